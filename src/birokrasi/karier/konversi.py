"""Konversi predikat kinerja ke dalam angka kredit of Jabatan Fungsional under PermenPANRB
1/2023 and Peraturan BKN 3/2023: the conversion itself (KAR-AK-02, KAR-AK-03), its display
rounding (KAR-AK-04), the sum of a series of results and the one-off credit for a higher
degree (KAR-AK-06). The koefisien and AKK they read are in :mod:`birokrasi.karier.tabel_ak`.

Values are exact: every amount is a :class:`~fractions.Fraction` (``2/12 x 12.5 = 25/12`` has
no finite decimal form, and a :class:`~decimal.Decimal` rounded to any precision would make
twelve monthly results differ from the annual one). Rounding for a form or a screen is the
separate, explicit :func:`bulatkan_angka_kredit` (KAR-AK-04).
"""

from __future__ import annotations

import calendar
import datetime as dt
import decimal
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction

import attrs

from birokrasi import _validasi as v
from birokrasi._enum import Tetap
from birokrasi.errors import BirokrasiError, InvalidTypeError, InvalidValueError
from birokrasi.hukum import (
    PERATURAN_BKN_3_2023,
    PERMENPANRB_1_2023,
    Aturan,
    Dasar,
    Keyakinan,
)
from birokrasi.karier.tabel_ak import (
    MULAI_INTEGRASI,
    TabelAngkaKredit,
    _fungsional,
    akk_kenaikan_pangkat,
    tabel_angka_kredit,
)
from birokrasi.kinerja.penilaian.evaluasi import JenisEvaluasi, PenilaianKinerja
from birokrasi.kinerja.predikat import Predikat
from birokrasi.periode import Periode
from birokrasi.pesan import _digit, desimal_tepat, pembuat_templat
from birokrasi.struktur.jabatan import Jenjang

__all__ = [
    "ATURAN",
    "ATURAN_PEMBULATAN",
    "ATURAN_PENDIDIKAN",
    "ATURAN_PERSENTASE",
    "ATURAN_PRORATA",
    "HasilKinerja",
    "PembagianBulan",
    "akumulasi_angka_kredit",
    "angka_kredit",
    "angka_kredit_dari_teks",
    "angka_kredit_pendidikan",
    "bulan_angka_kredit",
    "bulatkan_angka_kredit",
    "desimal_eksak",
    "hasil_kinerja",
]

_NAIKPANGKAT = (
    "naikpangkat.com/poin-penting-permenpanrb-no-1-tahun-2023-tentang-jabatan-fungsional/2"
    " (Pasal 36-37 reproduced)"
)

ATURAN_PERSENTASE = Aturan(
    kode="KAR-AK-02",
    uraian=(
        "Angka kredit tahunan = persentase predikat kinerja x koefisien: Sangat Baik 150%, "
        "Baik 100%, Butuh Perbaikan 75%, Kurang 50%, Sangat Kurang 25%."
    ),
    summary=(
        "A year's predikat converts to angka kredit as a percentage of the jenjang's annual "
        "coefficient: 150 / 100 / 75 / 50 / 25 %."
    ),
    dasar=Dasar(
        PERMENPANRB_1_2023,
        pasal="37",
        ayat="1",
        keyakinan=Keyakinan.TERVERIFIKASI,
        kutipan=(
            "Predikat Kinerja sebagaimana dimaksud dalam Pasal 36 dikonversikan ke dalam "
            "perolehan Angka Kredit tahunan dengan ketentuan sebagai berikut: sangat baik "
            "ditetapkan nilai kuantitatif sebesar 150% (seratus lima puluh persen) dari koefisien "
            "Angka Kredit tahunan sesuai dengan jenjang JF; baik ditetapkan nilai kuantitatif "
            "sebesar 100% (seratus persen) ...; cukup/butuh perbaikan ditetapkan nilai "
            "kuantitatif sebesar 75% ...; kurang ditetapkan nilai kuantitatif sebesar 50% ...; "
            "dan sangat kurang ditetapkan nilai kuantitatif sebesar 25% ..."
        ),
        sumber=_NAIKPANGKAT,
    ),
    berlaku_sejak=MULAI_INTEGRASI,
)

_BKN_13 = Dasar(PERATURAN_BKN_3_2023, pasal="13", ayat="1", keyakinan=Keyakinan.TERVERIFIKASI)

DASAR_PROPORSIONAL = Dasar(
    PERMENPANRB_1_2023,
    pasal="37",
    ayat="4",
    keyakinan=Keyakinan.TERVERIFIKASI,
    kutipan=(
        "Dalam hal Predikat Kinerja diperoleh melalui evaluasi kinerja yang dilaksanakan secara "
        "periodik maupun tahunan, konversi Predikat Kinerja ke dalam Angka Kredit dapat "
        "dihitung secara proporsional berdasarkan periode penilaian yang berjalan sepanjang "
        "terpenuhi Ekspektasi."
    ),
    sumber=_NAIKPANGKAT,
)
"""PermenPANRB 1/2023 Pasal 37 ayat (4): a periodic or annual predikat converts in proportion
to the evaluation period it covers; cited by KAR-AK-03 and KAR-AK-15."""

ATURAN_PRORATA = Aturan(
    kode="KAR-AK-03",
    uraian=(
        "Dalam hal predikat kinerja berasal dari evaluasi periodik, angka kredit dihitung "
        "secara proporsional: jumlah bulan / 12 x persentase x koefisien. Bulan yang dibagi "
        "dua periode dihitung satu kali, untuk periode yang memuat tanggal 1 bulan itu, "
        "sehingga satu tahun paling banyak 12/12 koefisien."
    ),
    summary=(
        "A periodic result earns its months' share, months / 12 x percentage x coefficient, "
        "kept exact; a calendar month shared by two periods counts once (by default for the "
        "period holding its 1st), so a year never earns more than 12/12."
    ),
    dasar=attrs.evolve(
        _BKN_13,
        kutipan=(
            "Angka Kredit Pejabat Fungsional diperoleh dari Predikat Kinerja yang dilaksanakan "
            "secara tahunan atau dilakukan secara periodik yang dapat dihitung secara "
            "proporsional."
        ),
        sumber=(
            "https://pasal.id/peraturan/perban/peraturan-bkn-no-3-tahun-2023/koreksi/7990891 "
            "(audit 2026-12 [S12])"
        ),
    ),
    dasar_lain=(
        Dasar(
            PERATURAN_BKN_3_2023,
            lampiran="angka kredit periodik",
            keyakinan=Keyakinan.SEKUNDER,
            kutipan="Angka Kredit = 2/12 × 100% × 12,5; Angka Kredit = 2,08",
            sumber=(
                "BKN Direktorat Jabatan ASN slides 'Perhitungan Konversi Predikat Kinerja', "
                "https://id.scribd.com/presentation/694983391 (audit 2026-12 [S9])"
            ),
            tafsiran=(
                "BKN's example prorates by whole months held (January-February, 2/12). The "
                "amount is kept as an exact fraction."
            ),
        ),
        attrs.evolve(
            _BKN_13,
            keyakinan=Keyakinan.TIDAK_PASTI,
            tafsiran=(
                "No text says which period a month shared by two periods belongs to. The "
                "library counts a month once (PembagianBulan; bulan_angka_kredit), by default "
                "for the period holding its 1st: a post taken up on the 1st (as a TMT commonly "
                "is) earns from that month; one taken up later earns from the next month, and "
                "the period that ends in the month keeps it. This is how a JF's tunjangan starts "
                "and stops (paid from the month after the TMT unless the TMT is the 1st, "
                "stopped from the month after leaving the post: Perka BKN 39/2007, now "
                "Peraturan BKN 5/2023, as summarised at "
                "timppabp.blogspot.com/2019/03/tunjangan-jabatan-fungsional.html). "
                "TENGAH_BULAN (the larger part of a month split in two) and AKHIR_BULAN (the "
                "later period) are the alternatives. In a ledger a result earns at most the "
                "months its calendar year has left, so an annual result recorded after "
                "periodic ones of the same year earns only the rest."
            ),
        ),
        DASAR_PROPORSIONAL,
    ),
    berlaku_sejak=MULAI_INTEGRASI,
)

ATURAN_PEMBULATAN = Aturan(
    kode="KAR-AK-04",
    uraian="Angka kredit ditampilkan dengan dua angka desimal; perhitungan tidak dibulatkan.",
    summary=(
        "Rounding is for display only (two decimals, half up, by default); sums are made on "
        "exact values."
    ),
    dasar=Dasar(
        PERATURAN_BKN_3_2023,
        lampiran="contoh perhitungan",
        keyakinan=Keyakinan.TIDAK_PASTI,
        tafsiran=(
            "No rounding rule was found; BKN examples print two decimals (2,08; 20,83). The "
            "number of places and the rounding mode are parameters."
        ),
    ),
    berlaku_sejak=MULAI_INTEGRASI,
)

ATURAN_PENDIDIKAN = Aturan(
    kode="KAR-AK-06",
    uraian=(
        "Pejabat Fungsional yang memperoleh ijazah pendidikan formal lebih tinggi diberikan "
        "tambahan angka kredit 25% dari AKK kenaikan pangkat jenjangnya, satu kali, dengan "
        "predikat kinerja paling rendah Baik."
    ),
    summary=(
        "A higher formal degree adds, once, 25% of the AKK for kenaikan pangkat of the "
        "current jenjang, if the predikat is at least Baik."
    ),
    dasar=Dasar(
        PERMENPANRB_1_2023,
        pasal="37",
        ayat="2",
        keyakinan=Keyakinan.TERVERIFIKASI,
        kutipan=(
            "Dalam hal Pejabat Fungsional memperoleh ijazah pendidikan formal yang lebih tinggi, "
            "diberikan tambahan Angka Kredit sebesar 25% (dua puluh lima persen) dari Angka "
            "Kredit Kumulatif kenaikan pangkat sesuai jenjangnya untuk 1 (satu) kali penilaian."
        ),
        sumber=_NAIKPANGKAT,
    ),
    dasar_lain=(
        Dasar(
            PERMENPANRB_1_2023,
            pasal="37",
            ayat="3",
            keyakinan=Keyakinan.TERVERIFIKASI,
            kutipan=(
                "Tambahan Angka Kredit sebagaimana dimaksud pada ayat (2) hanya diberikan bagi "
                "Pejabat Fungsional dengan Predikat Kinerja paling rendah baik."
            ),
            sumber=_NAIKPANGKAT,
        ),
    ),
    berlaku_sejak=MULAI_INTEGRASI,
)

ATURAN: tuple[Aturan, ...] = (
    ATURAN_PERSENTASE,
    ATURAN_PRORATA,
    ATURAN_PEMBULATAN,
    ATURAN_PENDIDIKAN,
)


# -- months, conversion and rounding -------------------------------------------------------


class PembagianBulan(Tetap):
    """Which period earns a calendar month that periods share (KAR-AK-03). Each rule gives the
    month to the period holding one day of it, so of periods that do not overlap at most one
    earns it, and of periods covering the month exactly one.

    * ``TANGGAL_SATU`` (default): the period holding the month's 1st. A post taken up on the
      1st earns from that month, one taken up later from the next month; the period ending in
      the month keeps it.
    * ``TENGAH_BULAN``: the period holding the month's middle day (the 15th of February, the
      16th of other months): of a month split in two, the larger part, an exact half going to
      the later period.
    * ``AKHIR_BULAN``: the period holding the month's last day (the later period).

    >>> sejak_16_juni = Periode(dt.date(2025, 6, 16), dt.date(2025, 12, 31))
    >>> [bulan_angka_kredit(sejak_16_juni, pembagian=p) for p in PembagianBulan]
    [6, 7, 7]
    """

    TANGGAL_SATU = "tanggal_satu"
    TENGAH_BULAN = "tengah_bulan"
    AKHIR_BULAN = "akhir_bulan"

    def hari_penentu(self, tahun: int, bulan: int) -> int:
        """The day of the month whose holder earns the month."""
        v.pastikan_bilangan("tahun", tahun, dt.MINYEAR, dt.MAXYEAR)
        v.pastikan_bilangan("bulan", bulan, 1, 12)
        if self is PembagianBulan.TANGGAL_SATU:
            return 1
        hari = calendar.monthrange(tahun, bulan)[1]
        return hari if self is PembagianBulan.AKHIR_BULAN else hari // 2 + 1

    def mendapat(self, bagian: Periode) -> bool:
        """Whether a period earns the calendar month of which it holds ``bagian``."""
        v.pastikan_tipe("bagian", bagian, Periode)
        hari = self.hari_penentu(bagian.mulai.year, bagian.mulai.month)
        return bagian.mulai.day <= hari <= bagian.selesai.day


def bulan_angka_kredit(
    periode: Periode, *, pembagian: PembagianBulan = PembagianBulan.TANGGAL_SATU
) -> int:
    """The months ``periode`` earns angka kredit for: the calendar months it touches that
    ``pembagian`` gives to it, so a month shared with another period counts once and the
    periods of one year earn at most 12 (KAR-AK-03). It may be 0.

    >>> bulan_angka_kredit(Periode(dt.date(2025, 1, 1), dt.date(2025, 6, 15)))
    6
    """
    v.pastikan_tipe("periode", periode, Periode)
    v.pastikan_tipe("pembagian", pembagian, PembagianBulan)
    return sum(1 for bagian in periode.per_bulan() if pembagian.mendapat(bagian))


def angka_kredit(
    jenjang: Jenjang,
    predikat: Predikat,
    *,
    bulan: int = 12,
    tanggal: dt.date,
    tabel: TabelAngkaKredit | None = None,
) -> Fraction:
    """The angka kredit earned in ``jenjang`` with ``predikat`` over ``bulan`` months (0 to
    12): ``bulan/12 x persentase x koefisien``, exact (KAR-AK-02, KAR-AK-03).

    >>> angka_kredit(Jenjang.AHLI_PERTAMA, Predikat.SANGAT_BAIK, tanggal=dt.date(2024, 12, 31))
    Fraction(75, 4)
    >>> angka_kredit(Jenjang.AHLI_PERTAMA, Predikat.BAIK, bulan=2, tanggal=dt.date(2024, 2, 29))
    Fraction(25, 12)
    """
    t = tabel_angka_kredit(tanggal, tabel=tabel)
    koef = _fungsional(jenjang, t)
    v.pastikan_tipe("predikat", predikat, Predikat)
    n = v.pastikan_bilangan("bulan", bulan, 0, 12)
    return Fraction(n, 12) * Fraction(t.persentase[predikat]) / 100 * Fraction(koef)


def angka_kredit_banyak(
    baris: Iterable[tuple[Jenjang, Predikat, int]],
    *,
    tanggal: dt.date,
    tabel: TabelAngkaKredit | None = None,
) -> list[Fraction]:
    """:func:`angka_kredit` for many ``(jenjang, predikat, bulan)`` rows (KAR-AK-02/03), each
    distinct row computed once, so a year-end job over millions of JF pays one dict lookup per
    pegawai. A bad row raises an error naming its index.

    >>> a = (Jenjang.AHLI_PERTAMA, Predikat.SANGAT_BAIK, 12)
    >>> angka_kredit_banyak([a, a], tanggal=dt.date(2024, 12, 31))
    [Fraction(75, 4), Fraction(75, 4)]
    """
    t = tabel_angka_kredit(tanggal, tabel=tabel)
    v.pastikan_iterabel("baris", baris, "Iterable[tuple[Jenjang, Predikat, int]]")
    simpanan: dict[tuple[Jenjang, Predikat, int], Fraction] = {}
    hasil: list[Fraction] = []
    for i, satu in enumerate(baris):
        sah = (
            type(satu) is tuple
            and len(satu) == 3
            and type(satu[0]) is Jenjang
            and type(satu[1]) is Predikat
            and type(satu[2]) is int
        )
        nilai = simpanan.get(satu) if sah else None
        if nilai is None:
            if not isinstance(satu, tuple) or len(satu) != 3:
                raise InvalidTypeError(
                    _BARIS_BUKAN_TUPLE(nama=f"baris[{i}]", diberikan=v.describe(satu))
                )
            try:
                nilai = angka_kredit(satu[0], satu[1], bulan=satu[2], tanggal=tanggal, tabel=t)
            except BirokrasiError as e:
                raise type(e)(_DI_BARIS(nama=f"baris[{i}]", pesan=e.pesan)) from None
            if sah:
                simpanan[satu] = nilai
        hasil.append(nilai)
    return hasil


def angka_kredit_dari_teks(teks: str) -> Fraction:
    """The exact angka kredit written in Indonesian notation, as on a PAK: a decimal comma and
    dots grouping thousands. English notation and a lone dot group (``"1.234"``, which the
    two notations read differently) are refused with
    :class:`~birokrasi.errors.InvalidValueError`; constructors take numbers, never text.

    >>> angka_kredit_dari_teks("10,75"), angka_kredit_dari_teks("1.234,5")
    (Fraction(43, 4), Fraction(2469, 2))
    """
    return v.pecahan_dari_teks("teks", teks)


def desimal_eksak(nilai: Fraction | Decimal | int) -> Decimal:
    """``nilai`` as a Decimal when it has a finite decimal form; otherwise
    :class:`~birokrasi.errors.InvalidValueError` (round it with :func:`bulatkan_angka_kredit`).

    >>> desimal_eksak(Fraction(75, 4))
    Decimal('18.75')
    """
    v.pastikan_eksak("nilai", nilai)
    if isinstance(nilai, Decimal):
        return nilai
    q = Fraction(nilai)
    hasil = desimal_tepat(q)
    if hasil is None:
        raise InvalidValueError(_TANPA_DESIMAL(nilai=v.render(q)))
    return hasil


def bulatkan_angka_kredit(
    nilai: Fraction | Decimal | int, *, tempat: int = 2, mode: str = decimal.ROUND_HALF_UP
) -> Decimal:
    """``nilai`` rounded to ``tempat`` decimals with ``mode`` (a :mod:`decimal` rounding
    constant), for a form or a screen only (KAR-AK-04).

    >>> bulatkan_angka_kredit(Fraction(25, 12))
    Decimal('2.08')
    """
    v.pastikan_eksak("nilai", nilai)
    v.pastikan_bilangan("tempat", tempat, 0, 10)
    v.pastikan_tipe("mode", mode, str)
    mode_sah = {getattr(decimal, m) for m in dir(decimal) if m.startswith("ROUND_")}
    if mode not in mode_sah:
        raise InvalidValueError(_MODE(mode=v.describe(mode)))
    satuan = Decimal(1).scaleb(-tempat)
    if isinstance(nilai, Decimal):
        with decimal.localcontext() as ctx:
            ctx.prec = max(28, nilai.adjusted() + tempat + 3)
            ctx.Emax, ctx.Emin = decimal.MAX_EMAX, decimal.MIN_EMIN
            return (nilai.copy_abs() if nilai.is_zero() else nilai).quantize(satuan, rounding=mode)
    # Exact for every mode: the rounding decision only depends on the integer part and on
    # whether the rest is 0, below, at or above one half, so a proxy decimal carries that.
    q = Fraction(nilai) * 10**tempat
    tanda = "-" if q < 0 else ""
    bulat, sisa = divmod(abs(q), 1)
    ekor = (
        ""
        if sisa == 0
        else ".25"
        if sisa < Fraction(1, 2)
        else ".5"
        if sisa == Fraction(1, 2)
        else ".75"
    )
    with decimal.localcontext() as ctx:
        ctx.prec = _digit(int(bulat)) + 5
        ctx.Emax, ctx.Emin = decimal.MAX_EMAX, decimal.MIN_EMIN
        wakil = Decimal(f"{tanda}{ekor or 0}") + (-1 if tanda else 1) * Decimal(int(bulat))
        wakil = wakil.to_integral_value(rounding=mode)
        hasil: Decimal = wakil.scaleb(-tempat)
        return hasil.quantize(satuan)


# -- results and their accumulation --------------------------------------------------------


@attrs.frozen
class HasilKinerja:
    """One evaluation's contribution to angka kredit: the jenjang held, the predikat, the
    months it earns (0 to 12, see :func:`bulan_angka_kredit`), the date the period ends (which
    picks the table in force) and, when known, whether the evaluation was periodic or annual
    (the kenaikan checks read the annual predikat, KAR-KJ-01 and KAR-KP-01)."""

    jenjang: Jenjang = attrs.field(validator=v.instance_of(Jenjang))
    predikat: Predikat = attrs.field(validator=v.instance_of(Predikat))
    bulan: int = attrs.field(validator=v.bilangan(0, 12))
    tanggal: dt.date = attrs.field(validator=v.instance_of(dt.date))
    jenis: JenisEvaluasi | None = attrs.field(
        default=None, kw_only=True, validator=v.optional(v.instance_of(JenisEvaluasi))
    )
    """``None`` when the kind is not recorded (a plain tuple, a 0.1.0 document)."""

    def angka_kredit(self, *, tabel: TabelAngkaKredit | None = None) -> Fraction:
        """The exact angka kredit of this result (KAR-AK-02, KAR-AK-03)."""
        return angka_kredit(
            self.jenjang, self.predikat, bulan=self.bulan, tanggal=self.tanggal, tabel=tabel
        )


def hasil_kinerja(
    nilai: object,
    nama: str = "hasil",
    *,
    pembagian: PembagianBulan = PembagianBulan.TANGGAL_SATU,
) -> HasilKinerja:
    """A :class:`HasilKinerja` from itself, a :class:`~birokrasi.kinerja.PenilaianKinerja`
    (its pegawai's jenjang, predikat, jenis, period end and the months the period earns under
    ``pembagian``, KAR-AK-03) or a plain tuple ``(jenjang, predikat, bulan, tanggal)``;
    ``nama`` names it in an error."""
    v.pastikan_tipe("nama", nama, str)
    if isinstance(nilai, HasilKinerja):
        return nilai
    if isinstance(nilai, PenilaianKinerja):
        return HasilKinerja(
            nilai.pegawai.jenjang,
            nilai.predikat,
            bulan_angka_kredit(nilai.periode, pembagian=pembagian),
            nilai.periode.selesai,
            jenis=nilai.jenis,
        )
    if isinstance(nilai, tuple) and len(nilai) == 4:
        return HasilKinerja(*nilai)
    raise InvalidTypeError(_BUKAN_HASIL(nama=nama, diberikan=v.describe(nilai)))


def akumulasi_angka_kredit(
    hasil: Iterable[HasilKinerja | PenilaianKinerja | tuple[Jenjang, Predikat, int, dt.date]],
    *,
    tabel: TabelAngkaKredit | None = None,
    pembagian: PembagianBulan = PembagianBulan.TANGGAL_SATU,
) -> Fraction:
    """The exact sum of the angka kredit of ``hasil`` (KAR-AK-02, KAR-AK-03).

    Evaluations (:class:`~birokrasi.kinerja.PenilaianKinerja`) of one pegawai whose periods
    overlap are refused (pass either the periodic or the annual results, and only those that
    stand); a calendar month two of them share is counted once, for the period ``pembagian``
    gives it to, so the evaluations of one year never earn more than the year.

    >>> akumulasi_angka_kredit([(Jenjang.AHLI_PERTAMA, Predikat.BAIK, 1, dt.date(2024, m, 28))
    ...                         for m in range(1, 13)])
    Fraction(25, 2)
    """
    v.pastikan_iterabel("hasil", hasil, "Iterable[HasilKinerja | PenilaianKinerja | tuple]")
    v.pastikan_tipe("pembagian", pembagian, PembagianBulan)
    total = Fraction(0)
    dilihat: list[PenilaianKinerja] = []
    for i, item in enumerate(hasil):
        if isinstance(item, PenilaianKinerja):
            for lama in dilihat:
                if lama.pegawai.nip == item.pegawai.nip and lama.periode.beririsan(item.periode):
                    raise InvalidValueError(
                        _BERIRISAN(
                            nama=f"hasil[{i}]",
                            kode=item.kode,
                            lama=lama.kode,
                            mulai=lama.periode.mulai,
                            selesai=lama.periode.selesai,
                        )
                    )
            dilihat.append(item)
        total += hasil_kinerja(item, f"hasil[{i}]", pembagian=pembagian).angka_kredit(tabel=tabel)
    return total


# -- the degree credit -------------------------------------------------------------------


def angka_kredit_pendidikan(
    jenjang: Jenjang,
    predikat: Predikat,
    *,
    tanggal: dt.date,
    tabel: TabelAngkaKredit | None = None,
) -> Fraction:
    """The one-off credit for a higher formal degree earned in ``jenjang``: 25% of the AKK
    for kenaikan pangkat of that jenjang, or 0 when ``predikat`` is below Baik (KAR-AK-06).

    >>> angka_kredit_pendidikan(Jenjang.AHLI_PERTAMA, Predikat.BAIK, tanggal=dt.date(2024, 5, 1))
    Fraction(25, 2)
    """
    t = tabel_angka_kredit(tanggal, tabel=tabel)
    akk = akk_kenaikan_pangkat(jenjang, tanggal=tanggal, tabel=t)
    v.pastikan_tipe("predikat", predikat, Predikat)
    if predikat < Predikat.BAIK:
        return Fraction(0)
    return akk * Fraction(t.persen_pendidikan) / 100


_t = pembuat_templat(__name__)
_BARIS_BUKAN_TUPLE = _t(
    "KONVERSI-AK/baris-bukan-tuple",
    "{nama}: expected a (jenjang, predikat, bulan) tuple, got {diberikan}",
)
_DI_BARIS = _t("KONVERSI-AK/baris", "{nama}: {pesan}")
_TANPA_DESIMAL = _t(
    "KAR-AK-04/tanpa-desimal",
    "nilai: {nilai} has no finite decimal form; round it for display (KAR-AK-04)",
)
_MODE = _t("KONVERSI-AK/mode", "mode: {mode} is not a decimal rounding mode")
_BUKAN_HASIL = _t(
    "KONVERSI-AK/bukan-hasil",
    "{nama}: expected HasilKinerja, PenilaianKinerja or a (jenjang, predikat, bulan, tanggal) "
    "tuple, got {diberikan}",
)
_BERIRISAN = _t(
    "KAR-AK-03/beririsan",
    "{nama}: {kode} overlaps {lama} ({mulai}..{selesai}); a month earns angka kredit once "
    "(KAR-AK-03)",
)
