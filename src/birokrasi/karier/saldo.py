"""A JF pegawai's angka kredit ledger (:func:`posisi_angka_kredit`): the dated events
(:class:`SaldoAwal`, results, promotions, a higher degree) folded into a
:class:`PosisiAngkaKredit`; a calendar month earns credit once and a calendar year at most
twelve months (KAR-AK-03), credit resets on kenaikan jenjang (KAR-AK-07) and the surplus
carries over after a kenaikan pangkat (KAR-AK-08).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from fractions import Fraction

import attrs

from birokrasi import _validasi as v
from birokrasi.errors import InvalidTypeError, InvalidValueError
from birokrasi.hukum import PERATURAN_BKN_3_2023, Aturan, Dasar, Keyakinan
from birokrasi.karier.konversi import (
    HasilKinerja,
    PembagianBulan,
    angka_kredit_pendidikan,
    hasil_kinerja,
)
from birokrasi.karier.tabel_ak import MULAI_INTEGRASI, TabelAngkaKredit, akk_kenaikan_pangkat
from birokrasi.kinerja.penilaian.evaluasi import PenilaianKinerja
from birokrasi.kinerja.predikat import Predikat
from birokrasi.struktur.golongan import Golongan
from birokrasi.struktur.jabatan import Jenjang

__all__ = [
    "ATURAN",
    "ATURAN_RESET",
    "ATURAN_SISA",
    "KenaikanJenjang",
    "KenaikanPangkat",
    "PosisiAngkaKredit",
    "SaldoAwal",
    "TambahanPendidikan",
    "posisi_angka_kredit",
]

_SLIDE_BKN = Dasar(
    PERATURAN_BKN_3_2023,
    lampiran="angka kredit integrasi",
    keyakinan=Keyakinan.SEKUNDER,
)

ATURAN_RESET = Aturan(
    kode="KAR-AK-07",
    uraian="Angka kredit diakumulasikan per jenjang dan menjadi 0 (nol) pada kenaikan jenjang.",
    summary="Angka kredit accumulates per jenjang and restarts at zero on kenaikan jenjang.",
    dasar=attrs.evolve(
        _SLIDE_BKN,
        tafsiran=(
            "BKN slides 'Perbandingan Metode Perhitungan AK Konvensional dan Integrasi' "
            "(2023); the Pasal of PermenPANRB 1/2023 was not read."
        ),
    ),
    berlaku_sejak=MULAI_INTEGRASI,
)

ATURAN_SISA = Aturan(
    kode="KAR-AK-08",
    uraian=(
        "Kelebihan angka kredit setelah kenaikan pangkat diperhitungkan untuk kenaikan pangkat "
        "berikutnya dalam jenjang yang sama; jika AKK pangkat dan jenjang terpenuhi bersamaan, "
        "kenaikan jenjang didahulukan lalu kenaikan pangkat dengan angka kredit yang sama."
    ),
    summary=(
        "The surplus after a kenaikan pangkat carries over to the next one inside the jenjang; "
        "a kenaikan pangkat on the day of a kenaikan jenjang uses the credit earned before it."
    ),
    dasar=attrs.evolve(
        _SLIDE_BKN,
        tafsiran=(
            "From BKN slides and PAK forms (III/a 0-50, III/b 50-100); the same rules are "
            "written in Permen PUPR 4/2024 Pasal 54, a JF implementation of PermenPANRB 1/2023."
        ),
    ),
    berlaku_sejak=MULAI_INTEGRASI,
)

ATURAN: tuple[Aturan, ...] = (
    ATURAN_RESET,
    ATURAN_SISA,
)


# -- events of the ledger -------------------------------------------------------------------


@attrs.frozen
class SaldoAwal:
    """Where a ledger starts: jenjang and golongan held, since when, and any credit already
    earned in the jenjang (e.g. from a PAK konversi/integrasi)."""

    tanggal: dt.date = attrs.field(validator=v.instance_of(dt.date))
    jenjang: Jenjang = attrs.field(validator=v.instance_of(Jenjang))
    golongan: Golongan | None = attrs.field(validator=v.optional(v.instance_of(Golongan)))
    angka_kredit: Fraction = attrs.field(
        default=Fraction(0), converter=v.ke_pecahan, validator=v.instance_of(Fraction)
    )
    sisa_pangkat: Fraction | None = attrs.field(
        default=None, kw_only=True, validator=v.optional(v.instance_of(Fraction))
    )
    """Credit counted towards the next pangkat; ``None`` means all of ``angka_kredit``."""
    mulai_jenjang: dt.date | None = attrs.field(
        default=None, kw_only=True, validator=v.optional(v.instance_of(dt.date))
    )
    mulai_pangkat: dt.date | None = attrs.field(
        default=None, kw_only=True, validator=v.optional(v.instance_of(dt.date))
    )

    def __attrs_post_init__(self) -> None:
        if not self.jenjang.is_fungsional:
            raise InvalidValueError(f"SaldoAwal.jenjang: {self.jenjang.label} is not a JF jenjang")
        if self.angka_kredit < 0:
            raise InvalidValueError(
                f"SaldoAwal.angka_kredit: negative ({v.render(self.angka_kredit)})"
            )
        sisa = self.sisa_pangkat
        if sisa is not None and not 0 <= sisa <= self.angka_kredit:
            raise InvalidValueError(
                f"SaldoAwal.sisa_pangkat: {v.render(sisa)} is outside "
                f"0..{v.render(self.angka_kredit)}"
            )
        for nama in ("mulai_jenjang", "mulai_pangkat"):
            mulai = getattr(self, nama)
            if mulai is not None and mulai > self.tanggal:
                raise InvalidValueError(f"SaldoAwal.{nama}: {mulai} is after tanggal")


@attrs.frozen
class KenaikanPangkat:
    """A kenaikan pangkat to ``golongan`` on ``tanggal`` (TMT)."""

    tanggal: dt.date = attrs.field(validator=v.instance_of(dt.date))
    golongan: Golongan = attrs.field(validator=v.instance_of(Golongan))


@attrs.frozen
class KenaikanJenjang:
    """A kenaikan jenjang to ``jenjang`` on ``tanggal`` (TMT)."""

    tanggal: dt.date = attrs.field(validator=v.instance_of(dt.date))
    jenjang: Jenjang = attrs.field(validator=v.instance_of(Jenjang))


@attrs.frozen
class TambahanPendidikan:
    """A higher formal degree recognised on ``tanggal`` with the ``predikat`` then held
    (KAR-AK-06); at most once per ledger."""

    tanggal: dt.date = attrs.field(validator=v.instance_of(dt.date))
    predikat: Predikat = attrs.field(validator=v.instance_of(Predikat))


PeristiwaAngkaKredit = (
    SaldoAwal
    | HasilKinerja
    | PenilaianKinerja
    | KenaikanPangkat
    | KenaikanJenjang
    | TambahanPendidikan
    | tuple[Jenjang, Predikat, int, dt.date]
)
"""An event of the angka kredit ledger (not to be confused with the journal's
:data:`~birokrasi.kinerja.pemantauan.peristiwa.Peristiwa`)."""


@attrs.frozen
class PosisiAngkaKredit:
    """A JF's standing on ``tanggal``: jenjang and golongan with their start dates, the
    credit earned in the jenjang (for KJ) and towards the next pangkat (for KP), and the
    results earned in the jenjang, each with the months it was credited for."""

    tanggal: dt.date
    jenjang: Jenjang
    golongan: Golongan | None
    mulai_jenjang: dt.date
    mulai_pangkat: dt.date
    angka_kredit_jenjang: Fraction
    angka_kredit_pangkat: Fraction
    pendidikan_diberikan: bool
    hasil: tuple[HasilKinerja, ...]


def _tanggal(p: object) -> dt.date:
    if isinstance(p, PenilaianKinerja):
        return p.periode.selesai
    if isinstance(p, tuple):
        return hasil_kinerja(p).tanggal
    tanggal: dt.date = p.tanggal  # type: ignore[attr-defined]
    return tanggal


_JENIS = (
    SaldoAwal,
    HasilKinerja,
    PenilaianKinerja,
    KenaikanPangkat,
    KenaikanJenjang,
    TambahanPendidikan,
    tuple,
)


def posisi_angka_kredit(
    riwayat: Iterable[PeristiwaAngkaKredit],
    *,
    tanggal: dt.date,
    tabel: TabelAngkaKredit | None = None,
    pembagian: PembagianBulan = PembagianBulan.TANGGAL_SATU,
) -> PosisiAngkaKredit:
    """Fold the dated ``riwayat`` (a :class:`SaldoAwal` first, then results and promotions,
    in date order) up to ``tanggal`` into a :class:`PosisiAngkaKredit` (KAR-AK-03, KAR-AK-07,
    KAR-AK-08).

    An evaluation earns the months ``pembagian`` gives its period that no evaluation before it
    earned, and a result earns at most the months its calendar year has left after the
    results before it: an annual result recorded after periodic ones of the same year earns
    only the rest of the year, and evaluations whose periods overlap earn a shared month once
    (KAR-AK-03).

    Raises :class:`~birokrasi.errors.InvalidValueError` naming the event when the ledger is
    inconsistent: out of date order, a result in another jenjang than the one held, a
    kenaikan pangkat without enough credit or a degree credited twice.
    """
    v.pastikan_tipe("tanggal", tanggal, dt.date)
    v.pastikan_tipe("pembagian", pembagian, PembagianBulan)
    v.pastikan_iterabel("riwayat", riwayat, "an iterable of events")
    daftar = list(riwayat)
    for i, p in enumerate(daftar):
        if not isinstance(p, _JENIS):
            raise InvalidTypeError(f"riwayat[{i}]: not a ledger event: {v.describe(p)}")
    if not daftar or not isinstance(daftar[0], SaldoAwal):
        raise InvalidValueError("riwayat[0]: a ledger starts with a SaldoAwal")
    awal = daftar[0]
    if tanggal < awal.tanggal:
        raise InvalidValueError(f"tanggal: {tanggal} is before the ledger starts ({awal.tanggal})")
    s = _Saldo(awal, tabel, pembagian)
    for i, p in enumerate(daftar[1:], start=1):
        kapan = _tanggal(p)
        if kapan < s.kini:
            raise InvalidValueError(
                f"riwayat[{i}]: dated {kapan.isoformat()}, before the previous event "
                f"({s.kini.isoformat()})"
            )
        if kapan > tanggal:
            break
        s.terapkan(i, p, kapan)
    return PosisiAngkaKredit(
        tanggal,
        s.jenjang,
        s.golongan,
        s.mulai_jenjang,
        s.mulai_pangkat,
        s.jenjang_ak,
        s.pangkat_ak,
        s.pendidikan,
        tuple(s.hasil),
    )


class _Saldo:
    """The mutable accumulator of :func:`posisi_angka_kredit` (private, never returned)."""

    def __init__(
        self, awal: SaldoAwal, tabel: TabelAngkaKredit | None, pembagian: PembagianBulan
    ) -> None:
        self.tabel = tabel
        self.pembagian = pembagian
        self.bulan_per_tahun: Counter[int] = Counter()
        self.bulan_diperoleh: set[tuple[int, int]] = set()
        self.kini = awal.tanggal
        self.jenjang = awal.jenjang
        self.golongan = awal.golongan
        self.mulai_jenjang = awal.mulai_jenjang or awal.tanggal
        self.mulai_pangkat = awal.mulai_pangkat or awal.tanggal
        self.jenjang_ak = awal.angka_kredit
        self.pangkat_ak = awal.angka_kredit if awal.sisa_pangkat is None else awal.sisa_pangkat
        self.pendidikan = False
        self.hasil: list[HasilKinerja] = []
        self.kj_terakhir: tuple[dt.date, Jenjang, Fraction] | None = None

    def terapkan(self, i: int, p: object, kapan: dt.date) -> None:
        self.kini = kapan
        if isinstance(p, SaldoAwal):
            raise InvalidValueError(f"riwayat[{i}]: a second SaldoAwal")
        if isinstance(p, KenaikanPangkat):
            self._pangkat(i, p)
        elif isinstance(p, KenaikanJenjang):
            self._jenjang(i, p)
        elif isinstance(p, TambahanPendidikan):
            if self.pendidikan:
                raise InvalidValueError(
                    f"riwayat[{i}]: the degree credit is given once ({ATURAN_SISA.kode}/KAR-AK-06)"
                )
            self.pendidikan = True
            tambah = angka_kredit_pendidikan(
                self.jenjang, p.predikat, tanggal=kapan, tabel=self.tabel
            )
            self.jenjang_ak += tambah
            self.pangkat_ak += tambah
        else:
            self._hasil(i, p)

    def _hasil(self, i: int, p: object) -> None:
        h = hasil_kinerja(p, f"riwayat[{i}]", pembagian=self.pembagian)
        if h.jenjang is not self.jenjang:
            raise InvalidValueError(
                f"riwayat[{i}]: a result in {h.jenjang.label} while the ledger holds "
                f"{self.jenjang.label}; record the KenaikanJenjang first"
            )
        if isinstance(p, PenilaianKinerja):  # a month earns angka kredit once (KAR-AK-03)
            bulan = {
                (b.mulai.year, b.mulai.month)
                for b in p.periode.per_bulan()
                if self.pembagian.mendapat(b)
            }
            h = attrs.evolve(h, bulan=len(bulan - self.bulan_diperoleh))
            self.bulan_diperoleh |= bulan
        tahun = h.tanggal.year
        sisa = 12 - self.bulan_per_tahun[tahun]
        if h.bulan > sisa:  # a year earns at most twelve months (KAR-AK-03)
            h = attrs.evolve(h, bulan=sisa)
        self.bulan_per_tahun[tahun] += h.bulan
        ak = h.angka_kredit(tabel=self.tabel)
        self.jenjang_ak += ak
        self.pangkat_ak += ak
        self.hasil.append(h)

    def _pangkat(self, i: int, p: KenaikanPangkat) -> None:
        if self.golongan is None or p.golongan.tingkat != self.golongan.tingkat + 1:
            raise InvalidValueError(
                f"riwayat[{i}]: kenaikan pangkat to {p.golongan.label} is not one step above "
                f"{self.golongan.label if self.golongan else 'no golongan'}"
            )
        kj = self.kj_terakhir
        if kj is not None and kj[0] == p.tanggal:
            # KJ first, then KP with the same angka kredit (KAR-AK-08): nothing is consumed.
            if kj[2] < akk_kenaikan_pangkat(kj[1], tanggal=p.tanggal, tabel=self.tabel):
                raise InvalidValueError(
                    f"riwayat[{i}]: credit before the kenaikan jenjang ({kj[2]}) does not reach "
                    f"the AKK kenaikan pangkat of {kj[1].label} ({ATURAN_SISA.kode})"
                )
        else:
            akk = akk_kenaikan_pangkat(self.jenjang, tanggal=p.tanggal, tabel=self.tabel)
            if self.pangkat_ak < akk:
                raise InvalidValueError(
                    f"riwayat[{i}]: {self.pangkat_ak} angka kredit does not reach the AKK "
                    f"kenaikan pangkat {akk} of {self.jenjang.label} ({ATURAN_SISA.kode})"
                )
            self.pangkat_ak -= akk
        self.golongan = p.golongan
        self.mulai_pangkat = p.tanggal

    def _jenjang(self, i: int, p: KenaikanJenjang) -> None:
        tangga = self.jenjang.tangga
        posisi = tangga.index(self.jenjang)
        if posisi + 1 >= len(tangga) or tangga[posisi + 1] is not p.jenjang:
            raise InvalidValueError(
                f"riwayat[{i}]: {p.jenjang.label} is not the jenjang above {self.jenjang.label}"
            )
        self.kj_terakhir = (p.tanggal, self.jenjang, self.pangkat_ak)
        self.jenjang = p.jenjang
        self.mulai_jenjang = p.tanggal
        self.jenjang_ak = Fraction(0)
        self.pangkat_ak = Fraction(0)
        self.hasil = []
