"""A JF pegawai's angka kredit over time and what it opens: the ledger (:func:`posisi_angka_kredit`)
that resets on kenaikan jenjang (KAR-AK-07) and carries the surplus over after a kenaikan
pangkat (KAR-AK-08), the checks for kenaikan pangkat (KAR-KP-01) and kenaikan jenjang
(KAR-KJ-01, KAR-KJ-02) that report every missing condition, and a projection of the earliest
month each threshold is reached (:func:`proyeksi_kenaikan`).
"""

from __future__ import annotations

import datetime as dt
import math
import types
from collections.abc import Iterable, Mapping
from fractions import Fraction

import attrs

from birokrasi import _validasi as v
from birokrasi.errors import InvalidTypeError, InvalidValueError
from birokrasi.hukum import (
    PERATURAN_BKN_3_2023,
    PERMENPANRB_1_2023,
    Aturan,
    Dasar,
    Keyakinan,
    Pelanggaran,
)
from birokrasi.karier.angka_kredit import (
    MULAI_INTEGRASI,
    HasilKinerja,
    TabelAngkaKredit,
    _iterabel,
    akk_kenaikan_jenjang,
    akk_kenaikan_pangkat,
    angka_kredit,
    angka_kredit_pendidikan,
    bulatkan_angka_kredit,
    desimal_eksak,
    hasil_kinerja,
)
from birokrasi.kinerja.evaluasi import PenilaianKinerja
from birokrasi.kinerja.penilaian import Predikat
from birokrasi.struktur.golongan import GOLONGAN_JF, Golongan
from birokrasi.struktur.jabatan import Jenjang

__all__ = [
    "ATURAN",
    "ATURAN_KENAIKAN_JENJANG",
    "ATURAN_KENAIKAN_PANGKAT",
    "ATURAN_PANGKAT_MINIMAL",
    "ATURAN_RESET",
    "ATURAN_SISA",
    "PANGKAT_MINIMAL_JENJANG",
    "KenaikanJenjang",
    "KenaikanPangkat",
    "PosisiAngkaKredit",
    "ProyeksiKenaikan",
    "SaldoAwal",
    "TambahanPendidikan",
    "periksa_kenaikan_jenjang",
    "periksa_kenaikan_pangkat",
    "posisi_angka_kredit",
    "proyeksi_kenaikan",
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

ATURAN_KENAIKAN_PANGKAT = Aturan(
    kode="KAR-KP-01",
    uraian=(
        "Kenaikan pangkat Pejabat Fungsional setingkat lebih tinggi: AKK kenaikan pangkat "
        "terpenuhi, paling singkat 2 tahun dalam pangkat terakhir, predikat kinerja paling "
        "rendah Baik dalam 2 tahun terakhir, dan pangkat masih dalam rentang jenjangnya."
    ),
    summary=(
        "A JF rises one pangkat when the AKK is met, after at least 2 years in the pangkat "
        "with every predikat of the last 2 years at least Baik, within the jenjang's range."
    ),
    dasar=Dasar(
        PERMENPANRB_1_2023,
        pasal="39",
        keyakinan=Keyakinan.SEKUNDER,
        tafsiran=(
            "PermenPANRB 1/2023 slides mention only the AKK; the 2-year and 2-year-Baik "
            "conditions are from Permen PUPR 4/2024 Pasal 54 and the former Peraturan BKN "
            "11/2022 Pasal 39, and are parameters (masa_tahun, tahun_predikat). One step "
            "beyond the jenjang's range without a vacancy after uji kompetensi is allowed "
            "when the caller says so (melampaui_rentang)."
        ),
    ),
    berlaku_sejak=MULAI_INTEGRASI,
)

ATURAN_KENAIKAN_JENJANG = Aturan(
    kode="KAR-KJ-01",
    uraian=(
        "Kenaikan jenjang Jabatan Fungsional: paling singkat 1 tahun dalam jabatan terakhir, "
        "tersedia kebutuhan (lowongan), AKK kenaikan jenjang terpenuhi, predikat kinerja "
        "paling rendah Baik dalam 1 tahun terakhir, dan lulus uji kompetensi."
    ),
    summary=(
        "A JF moves up a jenjang after at least a year in it, with a vacancy, the AKK met, "
        "every predikat of the last year at least Baik and the uji kompetensi passed."
    ),
    dasar=Dasar(
        PERATURAN_BKN_3_2023,
        lampiran="contoh kenaikan jenjang",
        keyakinan=Keyakinan.TERVERIFIKASI,
    ),
    dasar_lain=(Dasar(PERMENPANRB_1_2023, pasal="30", keyakinan=Keyakinan.SEKUNDER),),
    berlaku_sejak=MULAI_INTEGRASI,
)

ATURAN_PANGKAT_MINIMAL = Aturan(
    kode="KAR-KJ-02",
    uraian=(
        "Pangkat paling rendah untuk kenaikan jenjang: II/a ke Terampil, II/d ke Mahir, III/b "
        "ke Penyelia dan Ahli Muda, III/d ke Ahli Madya, IV/c ke Ahli Utama."
    ),
    summary="Kenaikan jenjang needs at least the last golongan of the jenjang left behind.",
    dasar=Dasar(
        PERMENPANRB_1_2023,
        pasal="30",
        keyakinan=Keyakinan.SEKUNDER,
        tafsiran=(
            "Read in Permen PUPR 4/2024 Pasal 36 (a JF implementation of PermenPANRB 1/2023) "
            "and BKN announcements (April 2025); PANGKAT_MINIMAL_JENJANG is a parameter."
        ),
    ),
    berlaku_sejak=MULAI_INTEGRASI,
)

ATURAN: tuple[Aturan, ...] = (
    ATURAN_RESET,
    ATURAN_SISA,
    ATURAN_KENAIKAN_PANGKAT,
    ATURAN_KENAIKAN_JENJANG,
    ATURAN_PANGKAT_MINIMAL,
)

_G = Golongan
PANGKAT_MINIMAL_JENJANG: Mapping[Jenjang, Golongan] = types.MappingProxyType(
    {
        Jenjang.TERAMPIL: _G.II_A,
        Jenjang.MAHIR: _G.II_D,
        Jenjang.PENYELIA: _G.III_B,
        Jenjang.AHLI_MUDA: _G.III_B,
        Jenjang.AHLI_MADYA: _G.III_D,
        Jenjang.AHLI_UTAMA: _G.IV_C,
    }
)
"""The lowest golongan from which a JF may move up to each jenjang (KAR-KJ-02)."""


# -- events of the ledger -------------------------------------------------------------------


@attrs.frozen
class SaldoAwal:
    """Where a ledger starts: jenjang and golongan held, since when, and any credit already
    earned in the jenjang (e.g. from a PAK konversi/integrasi)."""

    tanggal: dt.date = attrs.field(validator=v.instance_of(dt.date))
    jenjang: Jenjang = attrs.field(validator=v.instance_of(Jenjang))
    golongan: Golongan | None = attrs.field(validator=v.optional(v.instance_of(Golongan)))
    angka_kredit: Fraction = attrs.field(
        default=Fraction(0), converter=Fraction, validator=v.instance_of(Fraction)
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
            raise InvalidValueError(f"SaldoAwal.angka_kredit: negative ({self.angka_kredit})")
        sisa = self.sisa_pangkat
        if sisa is not None and not 0 <= sisa <= self.angka_kredit:
            raise InvalidValueError(
                f"SaldoAwal.sisa_pangkat: {sisa} is outside 0..{self.angka_kredit}"
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


Peristiwa = (
    SaldoAwal
    | HasilKinerja
    | PenilaianKinerja
    | KenaikanPangkat
    | KenaikanJenjang
    | TambahanPendidikan
    | tuple[Jenjang, Predikat, int, dt.date]
)


@attrs.frozen
class PosisiAngkaKredit:
    """A JF's standing on ``tanggal``: jenjang and golongan with their start dates, the
    credit earned in the jenjang (for KJ) and towards the next pangkat (for KP), and the
    results earned in the jenjang."""

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
    riwayat: Iterable[Peristiwa], *, tanggal: dt.date, tabel: TabelAngkaKredit | None = None
) -> PosisiAngkaKredit:
    """Fold the dated ``riwayat`` (a :class:`SaldoAwal` first, then results and promotions,
    in date order) up to ``tanggal`` into a :class:`PosisiAngkaKredit` (KAR-AK-07, KAR-AK-08).

    Raises :class:`~birokrasi.errors.InvalidValueError` naming the event when the ledger is
    inconsistent: out of date order, a result in another jenjang than the one held, a
    kenaikan pangkat without enough credit or a degree credited twice.
    """
    v.periksa_tipe("tanggal", tanggal, dt.date)
    if not _iterabel(riwayat):
        raise InvalidTypeError(
            f"riwayat: expected an iterable of events, got {v.describe(riwayat)}"
        )
    daftar = list(riwayat)
    for i, p in enumerate(daftar):
        if not isinstance(p, _JENIS):
            raise InvalidTypeError(f"riwayat[{i}]: not a ledger event: {v.describe(p)}")
    if not daftar or not isinstance(daftar[0], SaldoAwal):
        raise InvalidValueError("riwayat[0]: a ledger starts with a SaldoAwal")
    awal = daftar[0]
    if tanggal < awal.tanggal:
        raise InvalidValueError(f"tanggal: {tanggal} is before the ledger starts ({awal.tanggal})")
    s = _Saldo(awal, tabel)
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

    def __init__(self, awal: SaldoAwal, tabel: TabelAngkaKredit | None) -> None:
        self.tabel = tabel
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
            h = hasil_kinerja(p, f"riwayat[{i}]")
            if h.jenjang is not self.jenjang:
                raise InvalidValueError(
                    f"riwayat[{i}]: a result in {h.jenjang.label} while the ledger holds "
                    f"{self.jenjang.label}; record the KenaikanJenjang first"
                )
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


# -- checks ------------------------------------------------------------------------------


def _teks(q: Fraction) -> str:
    """An amount for a message: exact when it has a finite decimal form, else about 2 places."""
    try:
        return str(desimal_eksak(q))
    except InvalidValueError:
        return f"~{bulatkan_angka_kredit(q)}"


def _tambah_tahun(tanggal: dt.date, tahun: int) -> dt.date:
    try:
        return tanggal.replace(year=tanggal.year + tahun)
    except ValueError:  # 29 February
        return tanggal.replace(year=tanggal.year + tahun, day=28)


def _predikat_terakhir(
    posisi: PosisiAngkaKredit, tahun: int, aturan: Aturan, subjek: str
) -> list[Pelanggaran]:
    sejak = _tambah_tahun(posisi.tanggal, -tahun)
    terakhir = [h for h in posisi.hasil if h.tanggal > sejak]
    if not terakhir:
        return [Pelanggaran(aturan, subjek, f"no predikat recorded in the last {tahun} year(s)")]
    buruk = [h for h in terakhir if h.predikat < Predikat.BAIK]
    return [
        Pelanggaran(
            aturan,
            subjek,
            f"predikat {h.predikat.label} on {h.tanggal.isoformat()} is below Baik "
            f"(last {tahun} year(s))",
        )
        for h in buruk
    ]


def periksa_kenaikan_pangkat(
    posisi: PosisiAngkaKredit,
    subjek: str,
    *,
    masa_tahun: int = 2,
    tahun_predikat: int = 2,
    melampaui_rentang: bool = False,
    tabel: TabelAngkaKredit | None = None,
) -> tuple[Pelanggaran, ...]:
    """Every condition for a kenaikan pangkat that ``posisi`` does not meet (KAR-KP-01);
    empty when the pegawai may be proposed."""
    v.periksa_tipe("posisi", posisi, PosisiAngkaKredit)
    v.periksa_tipe("subjek", subjek, str)
    v.periksa_tipe("masa_tahun", masa_tahun, int)
    v.periksa_tipe("tahun_predikat", tahun_predikat, int)
    v.periksa_tipe("melampaui_rentang", melampaui_rentang, bool)
    a = ATURAN_KENAIKAN_PANGKAT
    if posisi.golongan is None:
        return (Pelanggaran(a, subjek, "no golongan (PPPK): kenaikan pangkat does not apply"),)
    hasil: list[Pelanggaran] = []
    akk = akk_kenaikan_pangkat(posisi.jenjang, tanggal=posisi.tanggal, tabel=tabel)
    if posisi.angka_kredit_pangkat < akk:
        hasil.append(
            Pelanggaran(
                a,
                subjek,
                f"angka kredit {_teks(posisi.angka_kredit_pangkat)} is below the AKK "
                f"{_teks(akk)} of {posisi.jenjang.label} "
                f"(short by {_teks(akk - posisi.angka_kredit_pangkat)})",
            )
        )
    if posisi.tanggal < _tambah_tahun(posisi.mulai_pangkat, masa_tahun):
        hasil.append(
            Pelanggaran(
                a,
                subjek,
                f"in golongan {posisi.golongan.label} since {posisi.mulai_pangkat.isoformat()}, "
                f"less than {masa_tahun} year(s)",
            )
        )
    hasil += _predikat_terakhir(posisi, tahun_predikat, a, subjek)
    rentang = GOLONGAN_JF.get(posisi.jenjang, ())
    if rentang and posisi.golongan >= max(rentang) and not melampaui_rentang:
        hasil.append(
            Pelanggaran(
                a,
                subjek,
                f"golongan {posisi.golongan.label} is the top of {posisi.jenjang.label}: a "
                "kenaikan jenjang comes first (or one step without a vacancy after uji "
                "kompetensi)",
            )
        )
    return tuple(hasil)


def periksa_kenaikan_jenjang(
    posisi: PosisiAngkaKredit,
    subjek: str,
    *,
    lowongan: bool,
    lulus_uji_kompetensi: bool,
    masa_tahun: int = 1,
    pangkat_minimal: Mapping[Jenjang, Golongan] = PANGKAT_MINIMAL_JENJANG,
    tabel: TabelAngkaKredit | None = None,
) -> tuple[Pelanggaran, ...]:
    """Every condition for a kenaikan jenjang that ``posisi`` does not meet (KAR-KJ-01,
    KAR-KJ-02); empty when the pegawai may be proposed."""
    v.periksa_tipe("posisi", posisi, PosisiAngkaKredit)
    v.periksa_tipe("subjek", subjek, str)
    v.periksa_tipe("lowongan", lowongan, bool)
    v.periksa_tipe("lulus_uji_kompetensi", lulus_uji_kompetensi, bool)
    v.periksa_tipe("masa_tahun", masa_tahun, int)
    a = ATURAN_KENAIKAN_JENJANG
    akk = akk_kenaikan_jenjang(posisi.jenjang, tanggal=posisi.tanggal, tabel=tabel)
    if akk is None:
        return (Pelanggaran(a, subjek, f"{posisi.jenjang.label} is the top of its ladder"),)
    hasil: list[Pelanggaran] = []
    if posisi.angka_kredit_jenjang < akk:
        hasil.append(
            Pelanggaran(
                a,
                subjek,
                f"angka kredit {_teks(posisi.angka_kredit_jenjang)} is below the AKK "
                f"{_teks(akk)} for the next jenjang "
                f"(short by {_teks(akk - posisi.angka_kredit_jenjang)})",
            )
        )
    if posisi.tanggal < _tambah_tahun(posisi.mulai_jenjang, masa_tahun):
        hasil.append(
            Pelanggaran(
                a,
                subjek,
                f"in {posisi.jenjang.label} since {posisi.mulai_jenjang.isoformat()}, less "
                f"than {masa_tahun} year(s)",
            )
        )
    if not lowongan:
        hasil.append(Pelanggaran(a, subjek, "no vacancy (kebutuhan) at the next jenjang"))
    if not lulus_uji_kompetensi:
        hasil.append(Pelanggaran(a, subjek, "the uji kompetensi has not been passed"))
    hasil += _predikat_terakhir(posisi, 1, a, subjek)
    tangga = posisi.jenjang.tangga
    tujuan = tangga[tangga.index(posisi.jenjang) + 1]
    minimal = pangkat_minimal.get(tujuan)
    if minimal is not None and (posisi.golongan is None or posisi.golongan < minimal):
        punya = posisi.golongan.label if posisi.golongan else "none"
        hasil.append(
            Pelanggaran(
                ATURAN_PANGKAT_MINIMAL,
                subjek,
                f"golongan {punya} is below {minimal.label}, the minimum for {tujuan.label}",
            )
        )
    return tuple(hasil)


# -- projection --------------------------------------------------------------------------


@attrs.frozen
class ProyeksiKenaikan:
    """When the AKK thresholds are first reached if every coming month earns ``predikat``:
    the last day of that month, or ``None`` (no threshold, or already reached: see
    ``sudah_*``). Only the angka kredit is projected; the other conditions are checked by
    :func:`periksa_kenaikan_pangkat` and :func:`periksa_kenaikan_jenjang`."""

    predikat: Predikat
    per_bulan: Fraction
    kenaikan_pangkat: dt.date | None
    kenaikan_jenjang: dt.date | None
    sudah_pangkat: bool
    sudah_jenjang: bool


def _akhir_bulan(tanggal: dt.date, tambah: int) -> dt.date:
    indeks = tanggal.year * 12 + tanggal.month - 1 + tambah
    tahun, bulan = divmod(indeks, 12)
    awal_berikut = dt.date(tahun + (bulan + 1) // 12, (bulan + 1) % 12 + 1, 1)
    return awal_berikut - dt.timedelta(days=1)


def _bulan_ke(kurang: Fraction, per_bulan: Fraction) -> int:
    return max(1, math.ceil(kurang / per_bulan))


def proyeksi_kenaikan(
    posisi: PosisiAngkaKredit, predikat: Predikat, *, tabel: TabelAngkaKredit | None = None
) -> ProyeksiKenaikan:
    """Project ``posisi`` forward month by month from the month after ``posisi.tanggal``,
    assuming ``predikat`` every month (KAR-AK-03, KAR-AK-05).

    >>> awal = SaldoAwal(dt.date(2024, 1, 1), Jenjang.AHLI_PERTAMA, Golongan.III_A)
    >>> p = proyeksi_kenaikan(posisi_angka_kredit([awal], tanggal=dt.date(2024, 12, 31)),
    ...                       Predikat.BAIK)
    >>> p.kenaikan_pangkat, p.kenaikan_jenjang
    (datetime.date(2028, 12, 31), datetime.date(2032, 12, 31))
    """
    v.periksa_tipe("posisi", posisi, PosisiAngkaKredit)
    v.periksa_tipe("predikat", predikat, Predikat)
    per_bulan = angka_kredit(posisi.jenjang, predikat, bulan=1, tanggal=posisi.tanggal, tabel=tabel)
    akk_p = akk_kenaikan_pangkat(posisi.jenjang, tanggal=posisi.tanggal, tabel=tabel)
    akk_j = akk_kenaikan_jenjang(posisi.jenjang, tanggal=posisi.tanggal, tabel=tabel)
    sudah_p = posisi.angka_kredit_pangkat >= akk_p
    kp = None
    if not sudah_p:
        kp = _akhir_bulan(posisi.tanggal, _bulan_ke(akk_p - posisi.angka_kredit_pangkat, per_bulan))
    sudah_j = akk_j is not None and posisi.angka_kredit_jenjang >= akk_j
    kj = None
    if akk_j is not None and not sudah_j:
        kj = _akhir_bulan(posisi.tanggal, _bulan_ke(akk_j - posisi.angka_kredit_jenjang, per_bulan))
    return ProyeksiKenaikan(predikat, per_bulan, kp, kj, sudah_p, sudah_j)
