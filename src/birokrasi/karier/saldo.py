"""A JF pegawai's angka kredit ledger (:func:`posisi_angka_kredit`): the dated events
(:class:`SaldoAwal`, results, promotions, a higher degree) folded into a
:class:`PosisiAngkaKredit`; each record counts once in whatever order and however often it is
given, a calendar month earns credit once and a calendar year at most twelve months
(KAR-AK-15, KAR-AK-03, :func:`periksa_riwayat_angka_kredit`), credit resets on kenaikan
jenjang (KAR-AK-07) and the surplus carries over after a kenaikan pangkat (KAR-AK-08).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator
from fractions import Fraction

import attrs

from birokrasi import _validasi as v
from birokrasi._enum import Tetap
from birokrasi.errors import InvalidTypeError, InvalidValueError
from birokrasi.hukum import PERATURAN_BKN_3_2023, Aturan, Dasar, Keyakinan, Pelanggaran
from birokrasi.karier.konversi import (
    DASAR_PROPORSIONAL,
    HasilKinerja,
    PembagianBulan,
    angka_kredit_pendidikan,
    hasil_kinerja,
)
from birokrasi.karier.tabel_ak import (
    _NEGATIF,
    MULAI_INTEGRASI,
    TabelAngkaKredit,
    akk_kenaikan_pangkat,
)
from birokrasi.kinerja.penilaian.evaluasi import JenisEvaluasi, PenilaianKinerja
from birokrasi.kinerja.penilaian.riwayat import DASAR_UBAH_HASIL
from birokrasi.kinerja.predikat import Predikat
from birokrasi.pesan import Pesan, pembuat_templat
from birokrasi.struktur.golongan import Golongan
from birokrasi.struktur.jabatan import Jenjang

__all__ = [
    "ATURAN",
    "ATURAN_RESET",
    "ATURAN_SEKALI",
    "ATURAN_SISA",
    "KenaikanJenjang",
    "KenaikanPangkat",
    "PosisiAngkaKredit",
    "PrioritasKonversi",
    "SaldoAwal",
    "TambahanPendidikan",
    "periksa_riwayat_angka_kredit",
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

ATURAN_SEKALI = Aturan(
    kode="KAR-AK-15",
    uraian=(
        "Hasil penilaian kinerja dikonversi ke dalam angka kredit satu kali untuk periode "
        "penilaiannya: penilaian yang sama yang dicatat dua kali dihitung sekali, penilaian yang "
        "telah digantikan tidak dihitung, dan bulan yang telah dikonversi dari satu penilaian "
        "tidak dikonversi lagi dari penilaian lain."
    ),
    summary=(
        "An evaluation converts once, for its own period: the same record twice counts once, a "
        "superseded evaluation not at all, and a month converted from one evaluation is not "
        "converted again from another; by default the evaluation converted first keeps its "
        "months and a later annual one earns the months left."
    ),
    dasar=DASAR_PROPORSIONAL,
    dasar_lain=(
        Dasar(
            PERATURAN_BKN_3_2023,
            pasal="13",
            ayat="1",
            keyakinan=Keyakinan.TIDAK_PASTI,
            tafsiran=(
                "No text says which of two evaluations covering the same months converts them. "
                "The library's default (PrioritasKonversi.LEBIH_DAHULU) keeps a conversion once "
                "made: a periodic conversion exists so that a JF can use the credit before the "
                "year ends (BKN's example adds 2/12 'to sit the uji kompetensi at the nearest "
                "period', audit 2026-12 [S9]; 'Fungsional boleh membuat konversi dan penilaian "
                "SKP secara periodik sesuai dengan penilaian SKP triwulanan', Kanwil Kemenkumham "
                "Sumut, sumut.kemenkumham.go.id, 4 July 2024), so the annual evaluation converts "
                "the months not yet converted. Records are taken in date order, on one day the "
                "periodic before the annual and the shorter period first. "
                "PrioritasKonversi.TAHUNAN reads it the other way: the annual evaluation "
                "converts every month it covers and a periodic one only the months outside it; "
                "a kenaikan pangkat that spent periodic credit is then checked again."
            ),
        ),
        DASAR_UBAH_HASIL,
    ),
    berlaku_sejak=MULAI_INTEGRASI,
)

ATURAN: tuple[Aturan, ...] = (
    ATURAN_RESET,
    ATURAN_SISA,
    ATURAN_SEKALI,
)


class PrioritasKonversi(Tetap):
    """Which evaluation converts a month that two evaluations in a ledger cover (KAR-AK-15).

    * ``LEBIH_DAHULU`` (default): the one converted first, in date order (on one day the
      periodic before the annual, the shorter period first); a later one earns the months
      left. A periodic conversion already used stays.
    * ``TAHUNAN``: the annual evaluation of the year converts every month it covers; a
      periodic one earns only the months outside it.
    """

    LEBIH_DAHULU = "lebih_dahulu"
    TAHUNAN = "tahunan"


# -- events of the ledger -------------------------------------------------------------------


@attrs.frozen
class SaldoAwal:
    """Where a ledger starts: jenjang and golongan held, since when, and any credit already
    earned in the jenjang (e.g. from a PAK konversi/integrasi). Credit is an exact number
    (``Fraction``, ``int``, finite ``Decimal``), never a float or text: read a PAK's
    ``"10,75"`` with :func:`~birokrasi.karier.konversi.angka_kredit_dari_teks`."""

    tanggal: dt.date = attrs.field(validator=v.instance_of(dt.date))
    jenjang: Jenjang = attrs.field(validator=v.instance_of(Jenjang))
    golongan: Golongan | None = attrs.field(validator=v.optional(v.instance_of(Golongan)))
    angka_kredit: Fraction = attrs.field(
        default=Fraction(0), converter=v.ke_pecahan, validator=v.pecahan()
    )
    sisa_pangkat: Fraction | None = attrs.field(
        default=None, kw_only=True, converter=v.ke_pecahan, validator=v.optional(v.pecahan())
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
            raise InvalidValueError(_AWAL_BUKAN_JF(jenjang=self.jenjang))
        if self.angka_kredit < 0:
            raise InvalidValueError(
                _NEGATIF(nama="SaldoAwal.angka_kredit", diberikan=v.render(self.angka_kredit))
            )
        sisa = self.sisa_pangkat
        if sisa is not None and not 0 <= sisa <= self.angka_kredit:
            raise InvalidValueError(
                _AWAL_SISA(sisa=v.render(sisa), angka_kredit=v.render(self.angka_kredit))
            )
        for nama in ("mulai_jenjang", "mulai_pangkat"):
            mulai = getattr(self, nama)
            if mulai is not None and mulai > self.tanggal:
                raise InvalidValueError(_AWAL_MULAI(nama=f"SaldoAwal.{nama}", mulai=mulai))


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

    tanggal: dt.date = attrs.field(validator=v.instance_of(dt.date))
    jenjang: Jenjang = attrs.field(validator=v.instance_of(Jenjang))
    golongan: Golongan | None = attrs.field(validator=v.optional(v.instance_of(Golongan)))
    mulai_jenjang: dt.date = attrs.field(validator=v.instance_of(dt.date))
    mulai_pangkat: dt.date = attrs.field(validator=v.instance_of(dt.date))
    angka_kredit_jenjang: Fraction = attrs.field(converter=v.ke_pecahan, validator=v.pecahan())
    angka_kredit_pangkat: Fraction = attrs.field(converter=v.ke_pecahan, validator=v.pecahan())
    pendidikan_diberikan: bool = attrs.field(validator=v.instance_of(bool))
    hasil: tuple[HasilKinerja, ...] = attrs.field(
        converter=v.KeTuple[HasilKinerja], validator=v.tuple_of(HasilKinerja)
    )


# -- which records count (KAR-AK-15) -------------------------------------------------------

_JENIS = (
    SaldoAwal,
    HasilKinerja,
    PenilaianKinerja,
    KenaikanPangkat,
    KenaikanJenjang,
    TambahanPendidikan,
    tuple,
)
_URUTAN_EVALUASI = {JenisEvaluasi.PERIODIK: 0, JenisEvaluasi.TAHUNAN: 1, None: 2}

Entri = tuple[int, object]
"""A record of the ledger with its index in the caller's ``riwayat``."""


def _tanggal(p: object) -> dt.date:
    if isinstance(p, PenilaianKinerja):
        return p.periode.selesai
    tanggal: dt.date = p.tanggal  # type: ignore[attr-defined]
    return tanggal


def _kunci(p: object) -> tuple[object, ...]:
    """The ledger order: by date; on one day the start, results (periodic first, the shorter
    period first), the degree, kenaikan jenjang, then kenaikan pangkat (KAR-AK-08)."""
    if isinstance(p, PenilaianKinerja):
        jenis = _URUTAN_EVALUASI[p.jenis]
        return (p.periode.selesai, 1, jenis, -p.periode.mulai.toordinal(), 0, p.kode)
    if isinstance(p, HasilKinerja):
        jenis = _URUTAN_EVALUASI[p.jenis]
        return (p.tanggal, 1, jenis, 0, 1, p.jenjang.name, p.predikat.name, p.bulan)
    if isinstance(p, TambahanPendidikan):
        return (p.tanggal, 2, p.predikat.name)
    if isinstance(p, KenaikanJenjang):
        return (p.tanggal, 3, p.jenjang.name)
    if isinstance(p, KenaikanPangkat):
        return (p.tanggal, 4, p.golongan.tingkat)
    return (_tanggal(p), 0)


def _nama(i: int, p: object) -> Pesan:
    """A record named in a finding: an evaluation by kode and period, others by index."""
    if isinstance(p, PenilaianKinerja):
        return _NAMA_PENILAIAN(kode=p.kode, mulai=p.periode.mulai, selesai=p.periode.selesai)
    if isinstance(p, HasilKinerja):
        if p.jenis is None:
            return _NAMA_HASIL(
                nama=f"riwayat[{i}]", predikat=p.predikat, bulan=p.bulan, tanggal=p.tanggal
            )
        return _NAMA_HASIL_JENIS(
            nama=f"riwayat[{i}]",
            jenis=p.jenis,
            predikat=p.predikat,
            bulan=p.bulan,
            tanggal=p.tanggal,
        )
    return _NAMA_LAIN(nama=f"riwayat[{i}]", tipe=type(p))


def _urut(nama: Iterable[Pesan]) -> list[Pesan]:
    """Record names in a stable order (by their English text, as before they were data)."""
    return sorted(nama, key=lambda x: x.teks("en"))


@attrs.frozen
class _Susunan:
    """The records that count, in ledger order, and what was set aside (KAR-AK-15)."""

    entri: tuple[Entri, ...]
    ganda: tuple[Pesan, ...]
    bentrok: tuple[Pesan, ...]


def _susun(riwayat: object, tanggal: dt.date | None) -> _Susunan:
    """The records of ``riwayat`` dated up to ``tanggal`` in ledger order, each once: a record
    equal to an earlier one is the same record imported again, and an evaluation superseded by
    another in the ledger (KIN-EVAL-06) does not count."""
    v.pastikan_iterabel("riwayat", riwayat, "Iterable[PeristiwaAngkaKredit]")
    assert isinstance(riwayat, Iterable)
    dilihat: dict[tuple[object, ...], list[Entri]] = {}
    per_kode: dict[str, tuple[int, PenilaianKinerja]] = {}
    ganda: list[Pesan] = []
    bentrok: list[Pesan] = []
    for i, p in enumerate(riwayat):
        if not isinstance(p, _JENIS):
            raise InvalidTypeError(_BUKAN_PERISTIWA(nama=f"riwayat[{i}]", diberikan=v.describe(p)))
        if isinstance(p, tuple):
            p = hasil_kinerja(p, f"riwayat[{i}]")
        if tanggal is not None and _tanggal(p) > tanggal:
            continue
        kunci = _kunci(p)
        sama = next((j for j, q in dilihat.get(kunci, ()) if q == p), None)
        if isinstance(p, PenilaianKinerja) and sama is None and p.kode in per_kode:
            j = per_kode[p.kode][0]
            bentrok.append(_KODE_GANDA(kode=p.kode, pertama=f"riwayat[{j}]", kedua=f"riwayat[{i}]"))
            continue
        if sama is not None:
            ganda.append(_DICATAT_LAGI(nama=_nama(sama, p), lokasi=f"riwayat[{i}]"))
            continue
        dilihat.setdefault(kunci, []).append((i, p))
        if isinstance(p, PenilaianKinerja):
            per_kode[p.kode] = (i, p)
    diganti = {p.menggantikan for _, p in per_kode.values() if p.menggantikan}
    entri = sorted(
        (
            (i, p)
            for daftar in dilihat.values()
            for i, p in daftar
            if not (isinstance(p, PenilaianKinerja) and p.kode in diganti)
        ),
        key=lambda e: (_kunci(e[1]), e[0]),
    )
    return _Susunan(tuple(entri), tuple(ganda), tuple(bentrok))


def _teks_bulan(bulan: Iterable[tuple[int, int]]) -> tuple[str, ...]:
    return tuple(f"{t:04d}-{b:02d}" for t, b in sorted(bulan))


class _Bulan:
    """Which record converted each calendar month and how many months of each year are
    converted (KAR-AK-03, KAR-AK-15). Private, mutable, never returned."""

    def __init__(
        self, pembagian: PembagianBulan, prioritas: PrioritasKonversi, entri: Iterable[Entri]
    ) -> None:
        self.pembagian = pembagian
        self.pemilik: dict[tuple[int, int], Pesan] = {}
        self.per_tahun: Counter[int] = Counter()
        self.sumber: dict[int, list[Pesan]] = {}
        self.cadangan: dict[tuple[int, int], Pesan] = {}
        self.cadangan_hasil: dict[int, dict[Pesan, int]] = {}
        if prioritas is PrioritasKonversi.TAHUNAN:
            for i, p in entri:
                if isinstance(p, PenilaianKinerja) and p.jenis is JenisEvaluasi.TAHUNAN:
                    for b in self.bulan(p):
                        self.cadangan.setdefault(b, _nama(i, p))
                elif isinstance(p, HasilKinerja) and p.jenis is JenisEvaluasi.TAHUNAN:
                    self.cadangan_hasil.setdefault(p.tanggal.year, {})[_nama(i, p)] = p.bulan

    def bulan(self, p: PenilaianKinerja) -> set[tuple[int, int]]:
        """The calendar months ``p``'s period earns under the month rule (KAR-AK-03)."""
        return {
            (b.mulai.year, b.mulai.month)
            for b in p.periode.per_bulan()
            if self.pembagian.mendapat(b)
        }

    def _dicadang(self, tahun: int) -> tuple[int, list[Pesan]]:
        nama = _urut({x for (t, _), x in self.cadangan.items() if t == tahun})
        jumlah = sum(1 for t, _ in self.cadangan if t == tahun)
        hasil = self.cadangan_hasil.get(tahun, {})
        return jumlah + sum(hasil.values()), [*nama, *_urut(hasil)]

    def catat(self, nama: Pesan, p: object, h: HasilKinerja) -> tuple[int, list[Pesan]]:
        """The months the result ``h`` of record ``p`` earns, and why it earns fewer than
        its own; the months are then taken."""
        tahun = h.tanggal.year
        if h.jenis is JenisEvaluasi.TAHUNAN:
            self.cadangan = {b: x for b, x in self.cadangan.items() if x != nama}
            self.cadangan_hasil.get(tahun, {}).pop(nama, None)
        pesan: list[Pesan] = []
        bulan = h.bulan
        if isinstance(p, PenilaianKinerja):
            milik = self.bulan(p)
            lain = {b: x for b in milik if (x := self.pemilik.get(b) or self.cadangan.get(b))}
            for x in _urut(set(lain.values())):
                sama = [b for b, y in lain.items() if y == x]
                pesan.append(_BULAN_BERIRISAN(nama=nama, lain=x, bulan=_teks_bulan(sama)))
            baru = milik - lain.keys()
            self.pemilik.update(dict.fromkeys(baru, nama))
            bulan = len(baru)
        dicadang, pencadang = self._dicadang(tahun)
        sisa = max(0, 12 - self.per_tahun[tahun] - dicadang)
        if bulan > sisa:
            sebab = (*self.sumber.get(tahun, []), *pencadang)
            pesan.append(
                _MELEBIHI_TAHUN(
                    nama=nama, sisa=sisa, bulan=bulan, sebab=sebab, terpakai=12 - sisa, tahun=tahun
                )
            )
            bulan = sisa
        self.per_tahun[tahun] += bulan
        if bulan:
            self.sumber.setdefault(tahun, []).append(nama)
        return bulan, pesan


def _hasil_entri(
    entri: Iterable[Entri], pembagian: PembagianBulan
) -> Iterator[tuple[int, object, HasilKinerja]]:
    for i, p in entri:
        if isinstance(p, HasilKinerja | PenilaianKinerja):
            yield i, p, hasil_kinerja(p, f"riwayat[{i}]", pembagian=pembagian)


def periksa_riwayat_angka_kredit(
    riwayat: Iterable[PeristiwaAngkaKredit],
    subjek: str,
    *,
    tanggal: dt.date | None = None,
    pembagian: PembagianBulan = PembagianBulan.TANGGAL_SATU,
    prioritas: PrioritasKonversi = PrioritasKonversi.LEBIH_DAHULU,
) -> tuple[Pelanggaran, ...]:
    """A finding for each record of ``riwayat`` (up to ``tanggal``) that
    :func:`posisi_angka_kredit` does not count in full, naming the records involved: the same
    record twice, one kode for two different evaluations (the ledger refuses it), and
    results covering months another result converts (KAR-AK-15, KAR-AK-03).

    >>> from birokrasi.contoh.karier import riwayat_ak
    >>> ak = riwayat_ak()
    >>> [(t.kode, t.pesan.kode) for t in periksa_riwayat_angka_kredit([*ak, ak[1]], "putri")]
    [('KAR-AK-15', 'KAR-AK-15/dicatat-lagi')]
    >>> temuan = periksa_riwayat_angka_kredit([*ak, ak[1]], "putri")[0]
    >>> print(temuan.pesan)  # doctest: +NORMALIZE_WHITESPACE
    riwayat[1] (hasil kinerja, Baik, 12 bulan s.d. 31 Desember 2023) tercatat lagi sebagai
    riwayat[7]: dihitung satu kali
    >>> print(temuan.pesan.teks("en"))  # doctest: +NORMALIZE_WHITESPACE
    riwayat[1] (result, Baik, 12 month(s) to 2023-12-31) is recorded again as riwayat[7]:
    counted once
    """
    v.pastikan_tipe("subjek", subjek, str)
    v.pastikan_tipe("tanggal", tanggal, dt.date, type(None))
    v.pastikan_tipe("pembagian", pembagian, PembagianBulan)
    v.pastikan_tipe("prioritas", prioritas, PrioritasKonversi)
    susunan = _susun(riwayat, tanggal)
    pesan = [*susunan.ganda, *susunan.bentrok]
    buku = _Bulan(pembagian, prioritas, susunan.entri)
    for i, p, h in _hasil_entri(susunan.entri, pembagian):
        pesan += buku.catat(_nama(i, p), p, h)[1]
    return tuple(Pelanggaran(ATURAN_SEKALI, subjek, x) for x in pesan)


# -- the fold ------------------------------------------------------------------------------


def posisi_angka_kredit(
    riwayat: Iterable[PeristiwaAngkaKredit],
    *,
    tanggal: dt.date,
    tabel: TabelAngkaKredit | None = None,
    pembagian: PembagianBulan = PembagianBulan.TANGGAL_SATU,
    prioritas: PrioritasKonversi = PrioritasKonversi.LEBIH_DAHULU,
) -> PosisiAngkaKredit:
    """Fold the dated ``riwayat`` (one :class:`SaldoAwal`, then results and promotions) up to
    ``tanggal`` into a :class:`PosisiAngkaKredit` (KAR-AK-03, KAR-AK-07, KAR-AK-08,
    KAR-AK-15).

    The ledger is a set of dated records: it puts them in date order itself (on one day the
    start, results, the degree, kenaikan jenjang, kenaikan pangkat), counts a record given
    twice once (an import run twice gives the same position) and leaves out an evaluation
    that another in the ledger supersedes (KIN-EVAL-06). An evaluation earns the months
    ``pembagian`` gives its period that no other evaluation converts, ``prioritas`` saying
    which one does when two cover a month (by default the one converted first: periodic
    results before the annual one, which earns the rest); a result earns at most the months
    its calendar year has left (KAR-AK-03, KAR-AK-15). :func:`periksa_riwayat_angka_kredit`
    lists what was not counted, and why.

    Raises :class:`~birokrasi.errors.InvalidValueError` naming the record when the ledger is
    inconsistent: no or two SaldoAwal, a record before the start, one kode for two different
    evaluations, a result in another jenjang than the one held, a kenaikan pangkat without
    enough credit or a degree credited twice.
    """
    v.pastikan_tipe("tanggal", tanggal, dt.date)
    v.pastikan_tipe("pembagian", pembagian, PembagianBulan)
    v.pastikan_tipe("prioritas", prioritas, PrioritasKonversi)
    susunan = _susun(riwayat, None)
    if susunan.bentrok:
        raise InvalidValueError(_RIWAYAT_BENTROK(pesan=susunan.bentrok[0]))
    awal = next((p for _, p in susunan.entri if isinstance(p, SaldoAwal)), None)
    if awal is None:
        raise InvalidValueError(_TANPA_SALDO_AWAL())
    if tanggal < awal.tanggal:
        raise InvalidValueError(_TANGGAL_SEBELUM_AWAL(tanggal=tanggal, awal=awal.tanggal))
    semua = [(i, p) for i, p in susunan.entri if _tanggal(p) <= tanggal]
    i, pertama = semua[0]
    if pertama is not awal:
        raise InvalidValueError(
            _CATATAN_SEBELUM_AWAL(
                nama=f"riwayat[{i}]", tanggal=_tanggal(pertama), awal=awal.tanggal
            )
        )
    s = _Saldo(awal, tabel, _Bulan(pembagian, prioritas, semua))
    for i, p in semua[1:]:
        s.terapkan(i, p)
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

    def __init__(self, awal: SaldoAwal, tabel: TabelAngkaKredit | None, bulan: _Bulan) -> None:
        self.tabel = tabel
        self.bulan = bulan
        self.jenjang = awal.jenjang
        self.golongan = awal.golongan
        self.mulai_jenjang = awal.mulai_jenjang or awal.tanggal
        self.mulai_pangkat = awal.mulai_pangkat or awal.tanggal
        self.jenjang_ak = awal.angka_kredit
        self.pangkat_ak = awal.angka_kredit if awal.sisa_pangkat is None else awal.sisa_pangkat
        self.pendidikan = False
        self.hasil: list[HasilKinerja] = []
        self.kj_terakhir: tuple[dt.date, Jenjang, Fraction] | None = None

    def terapkan(self, i: int, p: object) -> None:
        if isinstance(p, SaldoAwal):
            raise InvalidValueError(_SALDO_AWAL_KEDUA(nama=f"riwayat[{i}]"))
        if isinstance(p, KenaikanPangkat):
            self._pangkat(i, p)
        elif isinstance(p, KenaikanJenjang):
            self._jenjang(i, p)
        elif isinstance(p, TambahanPendidikan):
            if self.pendidikan:
                raise InvalidValueError(_PENDIDIKAN_SEKALI(nama=f"riwayat[{i}]"))
            self.pendidikan = True
            tambah = angka_kredit_pendidikan(
                self.jenjang, p.predikat, tanggal=p.tanggal, tabel=self.tabel
            )
            self.jenjang_ak += tambah
            self.pangkat_ak += tambah
        else:
            self._hasil(i, p)

    def _hasil(self, i: int, p: object) -> None:
        h = hasil_kinerja(p, f"riwayat[{i}]", pembagian=self.bulan.pembagian)
        if h.jenjang is not self.jenjang:
            raise InvalidValueError(
                _HASIL_JENJANG_LAIN(nama=f"riwayat[{i}]", jenjang=h.jenjang, dipegang=self.jenjang)
            )
        bulan, _ = self.bulan.catat(_nama(i, p), p, h)
        if bulan != h.bulan:
            h = attrs.evolve(h, bulan=bulan)
        ak = h.angka_kredit(tabel=self.tabel)
        self.jenjang_ak += ak
        self.pangkat_ak += ak
        self.hasil.append(h)

    def _pangkat(self, i: int, p: KenaikanPangkat) -> None:
        if self.golongan is None or p.golongan.tingkat != self.golongan.tingkat + 1:
            raise InvalidValueError(
                _PANGKAT_TANPA_GOLONGAN(nama=f"riwayat[{i}]", golongan=p.golongan)
                if self.golongan is None
                else _PANGKAT_BUKAN_SATU_TINGKAT(
                    nama=f"riwayat[{i}]", golongan=p.golongan, dipegang=self.golongan
                )
            )
        kj = self.kj_terakhir
        if kj is not None and kj[0] == p.tanggal:
            # KJ first, then KP with the same angka kredit (KAR-AK-08): nothing is consumed.
            if kj[2] < akk_kenaikan_pangkat(kj[1], tanggal=p.tanggal, tabel=self.tabel):
                raise InvalidValueError(
                    _KJ_KP_KURANG(nama=f"riwayat[{i}]", angka_kredit=kj[2], jenjang=kj[1])
                )
        else:
            akk = akk_kenaikan_pangkat(self.jenjang, tanggal=p.tanggal, tabel=self.tabel)
            if self.pangkat_ak < akk:
                raise InvalidValueError(
                    _KP_KURANG(
                        nama=f"riwayat[{i}]",
                        angka_kredit=self.pangkat_ak,
                        akk=akk,
                        jenjang=self.jenjang,
                    )
                )
            self.pangkat_ak -= akk
        self.golongan = p.golongan
        self.mulai_pangkat = p.tanggal

    def _jenjang(self, i: int, p: KenaikanJenjang) -> None:
        tangga = self.jenjang.tangga
        posisi = tangga.index(self.jenjang)
        if posisi + 1 >= len(tangga) or tangga[posisi + 1] is not p.jenjang:
            raise InvalidValueError(
                _BUKAN_JENJANG_BERIKUT(
                    nama=f"riwayat[{i}]", jenjang=p.jenjang, dipegang=self.jenjang
                )
            )
        self.kj_terakhir = (p.tanggal, self.jenjang, self.pangkat_ak)
        self.jenjang = p.jenjang
        self.mulai_jenjang = p.tanggal
        self.jenjang_ak = Fraction(0)
        self.pangkat_ak = Fraction(0)
        self.hasil = []


_t = pembuat_templat(__name__)
_AWAL_BUKAN_JF = _t("SALDO-AK/bukan-jf", "SaldoAwal.jenjang: {jenjang} is not a JF jenjang")
_AWAL_SISA = _t(
    "SALDO-AK/sisa-pangkat", "SaldoAwal.sisa_pangkat: {sisa} is outside 0..{angka_kredit}"
)
_AWAL_MULAI = _t("SALDO-AK/mulai", "{nama}: {mulai} is after tanggal")
_NAMA_PENILAIAN = _t("SALDO-AK/nama-penilaian", "{kode} ({mulai}..{selesai})")
_NAMA_HASIL = _t(
    "SALDO-AK/nama-hasil", "{nama} (result, {predikat}, {bulan} month(s) to {tanggal})"
)
_NAMA_HASIL_JENIS = _t(
    "SALDO-AK/nama-hasil-jenis", "{nama} ({jenis}, {predikat}, {bulan} month(s) to {tanggal})"
)
_NAMA_LAIN = _t("SALDO-AK/nama-lain", "{nama} ({tipe})")
_BUKAN_PERISTIWA = _t("SALDO-AK/bukan-peristiwa", "{nama}: not a ledger event: {diberikan}")
_KODE_GANDA = _t(
    "KAR-AK-15/kode-ganda", "kode '{kode}' names two different evaluations ({pertama} and {kedua})"
)
_DICATAT_LAGI = _t("KAR-AK-15/dicatat-lagi", "{nama} is recorded again as {lokasi}: counted once")
_BULAN_BERIRISAN = _t(
    "KAR-AK-15/bulan-beririsan", "{nama} and {lain} both cover {bulan}: counted once, for {lain}"
)
_MELEBIHI_TAHUN = _t(
    "KAR-AK-15/melebihi-tahun",
    "{nama} earns {sisa} of its {bulan} month(s): {sebab} already count {terpakai} month(s) of "
    "{tahun}",
)
_RIWAYAT_BENTROK = _t("KAR-AK-15/riwayat-bentrok", "riwayat: {pesan} (KAR-AK-15)")
_TANPA_SALDO_AWAL = _t(
    "SALDO-AK/tanpa-saldo-awal", "riwayat: a ledger starts with a SaldoAwal; none is recorded"
)
_TANGGAL_SEBELUM_AWAL = _t(
    "SALDO-AK/tanggal-sebelum-awal", "tanggal: {tanggal} is before the ledger starts ({awal})"
)
_CATATAN_SEBELUM_AWAL = _t(
    "SALDO-AK/catatan-sebelum-awal", "{nama}: dated {tanggal}, before the ledger starts ({awal})"
)
_SALDO_AWAL_KEDUA = _t("SALDO-AK/saldo-awal-kedua", "{nama}: a second SaldoAwal")
_PENDIDIKAN_SEKALI = _t(
    "KAR-AK-08/pendidikan-sekali", "{nama}: the degree credit is given once (KAR-AK-08/KAR-AK-06)"
)
_HASIL_JENJANG_LAIN = _t(
    "SALDO-AK/hasil-jenjang-lain",
    "{nama}: a result in {jenjang} while the ledger holds {dipegang}; record the KenaikanJenjang "
    "first",
)
_PANGKAT_TANPA_GOLONGAN = _t(
    "SALDO-AK/pangkat-tanpa-golongan",
    "{nama}: kenaikan pangkat to {golongan} is not one step above no golongan",
)
_PANGKAT_BUKAN_SATU_TINGKAT = _t(
    "SALDO-AK/pangkat-bukan-satu-tingkat",
    "{nama}: kenaikan pangkat to {golongan} is not one step above {dipegang}",
)
_KJ_KP_KURANG = _t(
    "KAR-AK-08/kenaikan-jenjang-kurang",
    "{nama}: credit before the kenaikan jenjang ({angka_kredit}) does not reach the AKK kenaikan "
    "pangkat of {jenjang} (KAR-AK-08)",
)
_KP_KURANG = _t(
    "KAR-AK-08/kenaikan-pangkat-kurang",
    "{nama}: {angka_kredit} angka kredit does not reach the AKK kenaikan pangkat {akk} of "
    "{jenjang} (KAR-AK-08)",
)
_BUKAN_JENJANG_BERIKUT = _t(
    "SALDO-AK/bukan-jenjang-berikut", "{nama}: {jenjang} is not the jenjang above {dipegang}"
)
