"""Angka kredit (PermenPANRB 1/2023 Pasal 37, Peraturan BKN 3/2023): KAR-AK-01 .. KAR-AK-06."""

from __future__ import annotations

import datetime as dt
import decimal
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import birokrasi.testing as bt
from birokrasi import contoh
from birokrasi.errors import (
    BirokrasiError,
    InvalidTypeError,
    InvalidValueError,
    NotFoundError,
    OutOfWindowError,
)
from birokrasi.karier.konversi import ATURAN as ATURAN_HITUNG
from birokrasi.karier.konversi import (
    HasilKinerja,
    PembagianBulan,
    akumulasi_angka_kredit,
    angka_kredit,
    angka_kredit_pendidikan,
    bulan_angka_kredit,
    bulatkan_angka_kredit,
    desimal_eksak,
    hasil_kinerja,
)
from birokrasi.karier.saldo import SaldoAwal, posisi_angka_kredit
from birokrasi.karier.tabel_ak import ATURAN as ATURAN_TABEL
from birokrasi.karier.tabel_ak import (
    TABEL_ANGKA_KREDIT_2023,
    TabelAngkaKredit,
    akk_kenaikan_jenjang,
    akk_kenaikan_pangkat,
    koefisien_angka_kredit,
    tabel_angka_kredit,
)
from birokrasi.katalog import KATALOG
from birokrasi.kinerja.penilaian.evaluasi import JenisEvaluasi, PenilaianKinerja
from birokrasi.kinerja.predikat import Predikat, Rating
from birokrasi.periode import Periode
from birokrasi.struktur.jabatan import Jenjang
from birokrasi.struktur.potret import potret_pegawai

ATURAN = ATURAN_TABEL + ATURAN_HITUNG  # the KAR-AK rules of both modules
D = dt.date
T = D(2025, 12, 31)
J, P = Jenjang, Predikat
JF = [j for j in Jenjang if j.is_fungsional]

# The regulation's tables, quoted: koefisien (KAR-AK-01) and Pasal 37 ayat (1) (KAR-AK-02).
KOEFISIEN = {
    J.PEMULA: "3.75",
    J.TERAMPIL: "5",
    J.MAHIR: "12.5",
    J.PENYELIA: "25",
    J.AHLI_PERTAMA: "12.5",
    J.AHLI_MUDA: "25",
    J.AHLI_MADYA: "37.5",
    J.AHLI_UTAMA: "50",
}
# jenjang x (Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang), 12 months
TAHUNAN = {
    J.PEMULA: ("5.625", "3.75", "2.8125", "1.875", "0.9375"),
    J.TERAMPIL: ("7.5", "5", "3.75", "2.5", "1.25"),
    J.MAHIR: ("18.75", "12.5", "9.375", "6.25", "3.125"),
    J.PENYELIA: ("37.5", "25", "18.75", "12.5", "6.25"),
    J.AHLI_PERTAMA: ("18.75", "12.5", "9.375", "6.25", "3.125"),
    J.AHLI_MUDA: ("37.5", "25", "18.75", "12.5", "6.25"),
    J.AHLI_MADYA: ("56.25", "37.5", "28.125", "18.75", "9.375"),
    J.AHLI_UTAMA: ("75", "50", "37.5", "25", "12.5"),
}
URUT = (P.SANGAT_BAIK, P.BAIK, P.BUTUH_PERBAIKAN, P.KURANG, P.SANGAT_KURANG)


def test_kar_ak_rules_are_catalogued() -> None:
    for rule in ATURAN:
        assert KATALOG[rule.kode] is rule
        assert rule.berlaku_sejak == D(2023, 1, 1)


@pytest.mark.parametrize("jenjang", JF, ids=lambda j: j.name)
def test_kar_ak_01_koefisien(jenjang: Jenjang) -> None:
    assert koefisien_angka_kredit(jenjang, tanggal=T) == Decimal(KOEFISIEN[jenjang])


@pytest.mark.parametrize("jenjang", [j for j in Jenjang if not j.is_fungsional])
def test_kar_ak_01_non_jf_has_no_koefisien(jenjang: Jenjang) -> None:
    with pytest.raises(InvalidValueError, match=r"jenjang: .* not a Jabatan Fungsional"):
        koefisien_angka_kredit(jenjang, tanggal=T)
    with pytest.raises(InvalidValueError):
        angka_kredit(jenjang, P.BAIK, tanggal=T)


@pytest.mark.parametrize("jenjang", JF, ids=lambda j: j.name)
def test_kar_ak_02_every_jenjang_and_predikat_at_12_months(jenjang: Jenjang) -> None:
    for predikat, harapan in zip(URUT, TAHUNAN[jenjang], strict=True):
        nilai = angka_kredit(jenjang, predikat, tanggal=T)
        assert nilai == Fraction(harapan)
        assert desimal_eksak(nilai) == Decimal(harapan)


def test_kar_ak_02_bkn_example_ahli_pertama_sangat_baik() -> None:
    assert angka_kredit(J.AHLI_PERTAMA, P.SANGAT_BAIK, tanggal=T) == Decimal("18.75")


def test_kar_ak_03_bkn_example_two_months_baik() -> None:
    nilai = angka_kredit(J.AHLI_PERTAMA, P.BAIK, bulan=2, tanggal=T)
    assert nilai == Fraction(25, 12)
    assert bulatkan_angka_kredit(nilai) == Decimal("2.08")
    with pytest.raises(InvalidValueError, match="no finite decimal"):
        desimal_eksak(nilai)


@pytest.mark.parametrize("bulan", [13, -1])
def test_kar_ak_03_bulan_outside_0_12(bulan: int) -> None:
    with pytest.raises(InvalidValueError, match="bulan"):
        angka_kredit(J.AHLI_MUDA, P.BAIK, bulan=bulan, tanggal=T)


def test_kar_ak_01_boundary_1_january_2023() -> None:
    assert angka_kredit(J.AHLI_MUDA, P.BAIK, tanggal=D(2023, 1, 1)) == 25
    with pytest.raises(OutOfWindowError, match="2022-12-31"):
        angka_kredit(J.AHLI_MUDA, P.BAIK, tanggal=D(2022, 12, 31))
    with pytest.raises(OutOfWindowError):
        koefisien_angka_kredit(J.AHLI_MUDA, tanggal=D(2022, 12, 31))


@given(bt.jenjang_fungsional(), bt.predikat(), st.integers(1, 12))
def test_kar_ak_03_linear_in_months(jenjang: Jenjang, predikat: Predikat, bulan: int) -> None:
    satu = angka_kredit(jenjang, predikat, bulan=1, tanggal=T)
    assert angka_kredit(jenjang, predikat, bulan=bulan, tanggal=T) == bulan * satu


@given(bt.jenjang_fungsional(), bt.predikat(), bt.predikat(), st.integers(1, 12))
def test_kar_ak_02_monotone_in_predikat(
    jenjang: Jenjang, a: Predikat, b: Predikat, bulan: int
) -> None:
    x = angka_kredit(jenjang, a, bulan=bulan, tanggal=T)
    y = angka_kredit(jenjang, b, bulan=bulan, tanggal=T)
    assert (a < b) == (x < y)
    assert (a == b) == (x == y)


@given(bt.jenjang_fungsional(), bt.predikat())
def test_kar_ak_03_twelve_months_sum_to_the_year_exactly(
    jenjang: Jenjang, predikat: Predikat
) -> None:
    bulanan = [HasilKinerja(jenjang, predikat, 1, D(2024, m, 28)) for m in range(1, 13)]
    assert akumulasi_angka_kredit(bulanan) == angka_kredit(jenjang, predikat, tanggal=T)


@given(st.lists(bt.hasil_kinerja(), max_size=12))
def test_kar_ak_03_accumulation_is_the_sum_of_parts(hasil: list[HasilKinerja]) -> None:
    total = akumulasi_angka_kredit(hasil)
    assert total == sum((h.angka_kredit() for h in hasil), Fraction(0))
    potong = len(hasil) // 2
    assert total == akumulasi_angka_kredit(hasil[:potong]) + akumulasi_angka_kredit(hasil[potong:])


def test_kar_ak_03_accepts_tuples_and_penilaian() -> None:
    org = contoh.instansi()
    nip = "198302252008012011"  # Dewi Anggraini, Pranata Komputer Ahli Muda
    pegawai = potret_pegawai(org, nip, D(2025, 1, 2))
    penilai_t = org.pejabat_penilai(nip, D(2025, 1, 2))
    assert penilai_t is not None
    penilai = potret_pegawai(org, penilai_t.nip, D(2025, 1, 2))
    da, se = Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI

    def nilai(kode: str, periode: Periode, hk: Rating) -> PenilaianKinerja:
        return PenilaianKinerja(
            kode, "SKP-1", pegawai, penilai, JenisEvaluasi.PERIODIK, periode, hk, se,
            periode.selesai,
        )  # fmt: skip

    q1 = nilai("Q1", Periode.triwulan(2025, 1), da)  # Baik
    q2 = nilai("Q2", Periode.triwulan(2025, 2), se)
    assert hasil_kinerja(q1) == HasilKinerja(
        J.AHLI_MUDA, P.BAIK, 3, D(2025, 3, 31), jenis=JenisEvaluasi.PERIODIK
    )
    total = akumulasi_angka_kredit([q1, q2, (J.AHLI_MUDA, P.SANGAT_BAIK, 6, D(2025, 12, 31))])
    assert total == Fraction(25, 4) * 2 + Fraction(75, 4)
    with pytest.raises(InvalidValueError, match="overlaps"):
        akumulasi_angka_kredit([q1, nilai("Q1b", Periode.bulan(2025, 2), se)])


@pytest.mark.parametrize("bad", [None, "abc", 3, [object()], [(J.AHLI_MUDA, P.BAIK)]])
def test_kar_ak_bad_input_raises_birokrasi_error(bad: object) -> None:
    with pytest.raises(BirokrasiError):
        akumulasi_angka_kredit(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("args", "kw"),
    [
        (("x", P.BAIK), {"tanggal": T}),
        ((J.AHLI_MUDA, "Baik"), {"tanggal": T}),
        ((J.AHLI_MUDA, P.BAIK), {"tanggal": "2025-01-01"}),
        ((J.AHLI_MUDA, P.BAIK), {"tanggal": T, "bulan": 1.5}),
        ((J.AHLI_MUDA, P.BAIK), {"tanggal": T, "bulan": True}),
        ((J.AHLI_MUDA, P.BAIK), {"tanggal": T, "tabel": "x"}),
    ],
)
def test_kar_ak_bad_arguments(args: tuple[object, ...], kw: dict[str, object]) -> None:
    with pytest.raises(BirokrasiError):
        angka_kredit(*args, **kw)  # type: ignore[arg-type]


def test_kar_ak_04_rounding_is_explicit() -> None:
    assert bulatkan_angka_kredit(Fraction(25, 12), tempat=0) == Decimal(2)
    assert bulatkan_angka_kredit(Fraction(2005, 1000)) == Decimal("2.01")
    assert bulatkan_angka_kredit(Fraction(2005, 1000), mode=decimal.ROUND_HALF_EVEN) == Decimal(
        "2.00"
    )
    assert bulatkan_angka_kredit(Fraction(-25, 12), mode=decimal.ROUND_FLOOR) == Decimal("-2.09")
    assert bulatkan_angka_kredit(Fraction(1, 2) - Fraction(1, 10**40), tempat=0) == 0
    assert bulatkan_angka_kredit(Decimal("20.833"), tempat=2) == Decimal("20.83")
    assert bulatkan_angka_kredit(7) == Decimal("7.00")
    assert str(bulatkan_angka_kredit(Fraction(0))) == "0.00"  # no negative zero
    for bad in ({"tempat": 11}, {"tempat": -1}, {"mode": "UP"}):
        with pytest.raises(InvalidValueError):
            bulatkan_angka_kredit(Fraction(1, 3), **bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        bulatkan_angka_kredit(Decimal("NaN"))
    with pytest.raises(InvalidTypeError):
        bulatkan_angka_kredit(0.5)  # type: ignore[arg-type]


@given(st.fractions(min_value=-1000, max_value=1000), st.integers(0, 4))
def test_kar_ak_04_rounding_matches_decimal_on_exact_values(q: Fraction, tempat: int) -> None:
    hasil = bulatkan_angka_kredit(q, tempat=tempat)
    assert abs(Fraction(hasil) - q) <= Fraction(1, 2 * 10**tempat)


def test_a_mapping_of_results_is_refused_not_read_as_its_keys() -> None:
    hasil = {(J.AHLI_PERTAMA, P.BAIK, 12, D(2024, 12, 31)): "2024"}
    with pytest.raises(InvalidTypeError, match=r"^hasil: expected Iterable\[HasilKinerja"):
        akumulasi_angka_kredit(hasil)  # type: ignore[arg-type]


def test_desimal_eksak() -> None:
    assert desimal_eksak(Decimal("1.5")) == Decimal("1.5")
    assert desimal_eksak(3) == 3
    assert desimal_eksak(Fraction(1, 1024)) == Decimal(1) / 1024
    with pytest.raises(InvalidValueError, match=r"^nilai: must be finite, got Infinity$"):
        desimal_eksak(Decimal("Infinity"))


def test_kar_ak_05_akk() -> None:
    pangkat = {J.PEMULA: 15, J.TERAMPIL: 20, J.MAHIR: 50, J.PENYELIA: 100, J.AHLI_PERTAMA: 50,
               J.AHLI_MUDA: 100, J.AHLI_MADYA: 150, J.AHLI_UTAMA: 200}  # fmt: skip
    jenjang = {J.PEMULA: 15, J.TERAMPIL: 60, J.MAHIR: 100, J.PENYELIA: None, J.AHLI_PERTAMA: 100,
               J.AHLI_MUDA: 200, J.AHLI_MADYA: 450, J.AHLI_UTAMA: None}  # fmt: skip
    for j in JF:
        assert akk_kenaikan_pangkat(j, tanggal=T) == pangkat[j]
        assert akk_kenaikan_jenjang(j, tanggal=T) == jenjang[j]
    with pytest.raises(InvalidValueError):
        akk_kenaikan_pangkat(J.PELAKSANA, tanggal=T)


@pytest.mark.parametrize("jenjang", [J.TERAMPIL, J.AHLI_PERTAMA, J.AHLI_MADYA, J.MAHIR])
def test_kar_ak_05_four_years_baik_per_pangkat(jenjang: Jenjang) -> None:
    assert 4 * angka_kredit(jenjang, P.BAIK, tanggal=T) == akk_kenaikan_pangkat(jenjang, tanggal=T)


def test_kar_ak_06_degree_credit() -> None:
    assert angka_kredit_pendidikan(J.AHLI_PERTAMA, P.BAIK, tanggal=T) == Fraction(25, 2)
    assert angka_kredit_pendidikan(J.AHLI_MADYA, P.SANGAT_BAIK, tanggal=T) == Fraction(75, 2)
    assert angka_kredit_pendidikan(J.AHLI_MADYA, P.BUTUH_PERBAIKAN, tanggal=T) == 0


def test_tabel_is_a_dated_parameter() -> None:
    baru = TabelAngkaKredit(
        D(2026, 1, 1),
        koefisien={**TABEL_ANGKA_KREDIT_2023.koefisien, J.AHLI_PERTAMA: Decimal(15)},
        persentase=TABEL_ANGKA_KREDIT_2023.persentase,
        akk_pangkat=TABEL_ANGKA_KREDIT_2023.akk_pangkat,
        akk_jenjang=TABEL_ANGKA_KREDIT_2023.akk_jenjang,
    )
    tabel = [TABEL_ANGKA_KREDIT_2023, baru]
    assert tabel_angka_kredit(D(2025, 12, 31), tabel=tabel) is TABEL_ANGKA_KREDIT_2023
    assert tabel_angka_kredit(D(2026, 1, 1), tabel=tabel) is baru
    assert tabel_angka_kredit(D(2026, 1, 1), tabel=(baru,)) is baru
    assert tabel_angka_kredit(D(2026, 1, 1), tabel=(t for t in tabel)) is baru
    assert koefisien_angka_kredit(J.AHLI_PERTAMA, tanggal=D(2026, 2, 1), tabel=baru) == 15
    with pytest.raises(OutOfWindowError):
        angka_kredit(J.AHLI_PERTAMA, P.BAIK, tanggal=D(2025, 6, 1), tabel=baru)
    with pytest.raises(InvalidTypeError, match=r"tabel\[1\]"):
        tabel_angka_kredit(T, tabel=[TABEL_ANGKA_KREDIT_2023, "x"])  # type: ignore[list-item]
    assert hash(baru) == hash(baru)


@pytest.mark.parametrize(
    "ubah",
    [
        {"koefisien": {J.AHLI_MUDA: Decimal(0)}},
        {"koefisien": {J.AHLI_MUDA: 25}},
        {"koefisien": {"Ahli Muda": Decimal(25)}},
        {"koefisien": {P.BAIK: Decimal(25)}},
        {"koefisien": {J.PELAKSANA: Decimal(1)}},
        {"koefisien": [(J.AHLI_MUDA, Decimal(25))]},
        {"koefisien": {J.AHLI_MUDA: Decimal("Infinity")}},
        {"persentase": {P.BAIK: Decimal(100)}},
        {"akk_pangkat": {J.AHLI_UTAMA: Decimal(200)}, "koefisien": {J.AHLI_MUDA: Decimal(25)}},
        {"persen_pendidikan": Decimal(101)},
    ],
)
def test_tabel_rejects_bad_values(ubah: dict[str, object]) -> None:
    kw: dict[str, object] = {
        "koefisien": TABEL_ANGKA_KREDIT_2023.koefisien,
        "persentase": TABEL_ANGKA_KREDIT_2023.persentase,
        "akk_pangkat": {},
        "akk_jenjang": {},
    }
    kw.update(ubah)
    with pytest.raises(BirokrasiError, match="TabelAngkaKredit"):
        TabelAngkaKredit(D(2023, 1, 1), **kw)  # type: ignore[arg-type]


def test_kar_ak_05_missing_akk_in_an_agency_table() -> None:
    t = TabelAngkaKredit(
        D(2023, 1, 1),
        koefisien=TABEL_ANGKA_KREDIT_2023.koefisien,
        persentase=TABEL_ANGKA_KREDIT_2023.persentase,
        akk_pangkat={},
        akk_jenjang={},
    )
    with pytest.raises(NotFoundError):
        akk_kenaikan_pangkat(J.AHLI_MUDA, tanggal=T, tabel=t)


# -- KAR-AK-03: a month shared by two periods earns angka kredit once -----------------------

_DEWI = "198302252008012011"  # Dewi Anggraini, Pranata Komputer Ahli Muda (koefisien 25)


def _evaluasi(periode: Periode, kode: str = "EV") -> PenilaianKinerja:
    """Dewi's evaluation over ``periode``, rated Baik (periodic when it spans at most six
    calendar months, annual otherwise)."""
    org = contoh.instansi()
    pegawai = potret_pegawai(org, _DEWI, D(2025, 1, 2))
    penilai_t = org.pejabat_penilai(_DEWI, D(2025, 1, 2))
    assert penilai_t is not None
    penilai = potret_pegawai(org, penilai_t.nip, D(2025, 1, 2))
    pendek = len(list(periode.per_bulan())) <= 6
    jenis = JenisEvaluasi.PERIODIK if pendek else JenisEvaluasi.TAHUNAN
    se = Rating.SESUAI_EKSPEKTASI
    return PenilaianKinerja(
        kode, "SKP-1", pegawai, penilai, jenis, periode, se, se, periode.selesai
    )


def _potong(tahun: int, potongan: list[int]) -> list[Periode]:
    """The year cut into consecutive periods, a new one starting after each day-of-year in
    ``potongan`` (0-based offsets from 1 January)."""
    awal = D(tahun, 1, 1)
    akhir = D(tahun, 12, 31)
    mulai = [awal, *(awal + dt.timedelta(days=k + 1) for k in sorted(set(potongan)))]
    selesai = [m - dt.timedelta(days=1) for m in mulai[1:]] + [akhir]
    return [Periode(m, s) for m, s in zip(mulai, selesai, strict=True)]


def test_kar_ak_03_year_split_mid_month_earns_the_annual_value() -> None:
    """The audit's case: 1 January-15 June and 16 June-31 December, Baik, is one year of
    credit (25 for an Ahli Muda), not 13/12 of it."""
    awal = _evaluasi(Periode(D(2025, 1, 1), D(2025, 6, 15)), "EV-1")
    akhir = _evaluasi(Periode(D(2025, 6, 16), D(2025, 12, 31)), "EV-2")
    tahunan = angka_kredit(J.AHLI_MUDA, P.BAIK, tanggal=T)
    assert hasil_kinerja(awal).bulan + hasil_kinerja(akhir).bulan == 12
    assert akumulasi_angka_kredit([awal, akhir]) == tahunan == 25


def test_kar_ak_03_month_goes_to_the_period_holding_its_first_day() -> None:
    juni = [Periode(D(2025, 1, 1), D(2025, 6, 15)), Periode(D(2025, 6, 16), D(2025, 12, 31))]
    assert [bulan_angka_kredit(p) for p in juni] == [6, 6]
    assert [bulan_angka_kredit(p, pembagian=PembagianBulan.AKHIR_BULAN) for p in juni] == [5, 7]
    # 15 of 30 days each: the period holding the 16th, the later one, has the larger part
    besar = PembagianBulan.TENGAH_BULAN
    assert [bulan_angka_kredit(p, pembagian=besar) for p in juni] == [5, 7]
    assert bulan_angka_kredit(Periode(D(2025, 1, 1), D(2025, 6, 16)), pembagian=besar) == 6
    februari = [Periode(D(2025, 2, 1), D(2025, 2, 14)), Periode(D(2025, 2, 15), D(2025, 2, 28))]
    assert [bulan_angka_kredit(p, pembagian=besar) for p in februari] == [0, 1]
    assert bulan_angka_kredit(Periode(D(2024, 2, 1), D(2024, 2, 15)), pembagian=besar) == 1
    assert bulan_angka_kredit(Periode(D(2025, 6, 10), D(2025, 6, 20))) == 0
    assert bulan_angka_kredit(Periode.tahun(2024)) == 12
    with pytest.raises(InvalidTypeError, match="pembagian"):
        bulan_angka_kredit(Periode.tahun(2024), pembagian="tanggal_satu")  # type: ignore[arg-type]


def test_kar_ak_03_a_period_earning_no_month_earns_nothing() -> None:
    """A periodic evaluation of the second half of a month (a new post from the 16th) earns
    no month under the default: the month belongs to the period holding its 1st."""
    separuh = _evaluasi(Periode(D(2025, 6, 16), D(2025, 6, 30)))
    assert hasil_kinerja(separuh).bulan == 0
    assert akumulasi_angka_kredit([separuh]) == 0
    assert angka_kredit(J.AHLI_MUDA, P.BAIK, bulan=0, tanggal=T) == 0


@given(st.lists(st.integers(0, 363), max_size=8), st.sampled_from(PembagianBulan))
def test_kar_ak_03_a_partition_of_the_year_earns_exactly_the_year(
    potongan: list[int], pembagian: PembagianBulan
) -> None:
    bagian = [_evaluasi(p, f"EV-{i}") for i, p in enumerate(_potong(2025, potongan))]
    tahunan = angka_kredit(J.AHLI_MUDA, P.BAIK, tanggal=T)
    assert akumulasi_angka_kredit(bagian, pembagian=pembagian) == tahunan
    awal = SaldoAwal(D(2025, 1, 1), J.AHLI_MUDA, None)
    posisi = posisi_angka_kredit([awal, *bagian], tanggal=T, pembagian=pembagian)
    assert posisi.angka_kredit_jenjang == tahunan


@given(
    st.lists(st.integers(0, 363), max_size=8),
    st.lists(st.booleans(), min_size=9, max_size=9),
    st.sampled_from(PembagianBulan),
)
def test_kar_ak_03_non_overlapping_periods_never_earn_more_than_the_year(
    potongan: list[int], simpan: list[bool], pembagian: PembagianBulan
) -> None:
    periode = [p for p, s in zip(_potong(2025, potongan), simpan, strict=False) if s]
    bagian = [_evaluasi(p, f"EV-{i}") for i, p in enumerate(periode)]
    tahunan = angka_kredit(J.AHLI_MUDA, P.BAIK, tanggal=T)
    assert akumulasi_angka_kredit(bagian, pembagian=pembagian) <= tahunan
    assert sum(bulan_angka_kredit(p, pembagian=pembagian) for p in periode) <= 12


def test_kar_ak_03_overlapping_evaluations_in_the_ledger_earn_a_month_once() -> None:
    """Two standing evaluations of January, or one of January and one of January-June, in
    the ledger: January earns once (tests/test_keadaan.py found it credited twice, the year's
    count of months being the only cap). An annual result after them still earns the rest."""
    januari = _evaluasi(Periode.bulan(2025, 1), "EV-JAN")
    awal = SaldoAwal(D(2025, 1, 1), J.AHLI_MUDA, None)
    semester = _evaluasi(Periode(D(2025, 1, 1), D(2025, 6, 30)), "EV-SEMESTER")
    riwayat = [awal, januari, _evaluasi(Periode.bulan(2025, 1), "EV-JAN-2"), semester]
    posisi = posisi_angka_kredit(riwayat, tanggal=T)
    assert [h.bulan for h in posisi.hasil] == [1, 0, 5]
    assert posisi.angka_kredit_jenjang == angka_kredit(J.AHLI_MUDA, P.BAIK, bulan=6, tanggal=T)
    triwulan = _evaluasi(Periode.triwulan(2025, 1), "EV-Q1")
    setahun = _evaluasi(Periode.tahun(2025), "EV-2025")
    posisi = posisi_angka_kredit([awal, januari, triwulan, setahun], tanggal=T)
    assert [h.bulan for h in posisi.hasil] == [1, 2, 9]


@given(st.integers(1, 10**60), st.integers(0, 200), st.integers(0, 200))
def test_desimal_eksak_selalu_eksak(pembilang: int, a: int, b: int) -> None:
    """Any number with a finite decimal form comes back exactly, however many digits it
    needs: 1/2**60 has 42 (a 28-digit context rounded it before ``make fuzz``)."""
    q = Fraction(pembilang, 2**a * 5**b)
    assert Fraction(desimal_eksak(q)) == q


def test_desimal_eksak_dan_pembulatan_bilangan_besar() -> None:
    """Past Python's int-to-text digit limit: exact, and a refusal whose message builds."""
    assert desimal_eksak(10**5000) == Decimal(10**5000)
    assert Fraction(desimal_eksak(Fraction(1, 2**60))) == Fraction(1, 2**60)
    with pytest.raises(InvalidValueError, match=r"^nilai: <Fraction that cannot be shown> has"):
        desimal_eksak(Fraction(10**5000, 3))
    assert bulatkan_angka_kredit(Decimal(10**5000)) == Decimal(10**5000)
    assert bulatkan_angka_kredit(Fraction(10**5000, 3), tempat=0) == Decimal(10**5000 // 3)
    assert bulatkan_angka_kredit(Decimal("1E+999999")) == Decimal("1E+999999")
    assert str(bulatkan_angka_kredit(Decimal("-0"))) == "0.00"


@given(
    st.decimals(places=6, min_value=-(10**6), max_value=10**6),
    st.integers(0, 10),
    st.sampled_from([m for m in dir(decimal) if m.startswith("ROUND_")]),
)
def test_bulatkan_decimal_sama_dengan_pecahannya(nilai: Decimal, tempat: int, mode: str) -> None:
    """A Decimal is rounded directly (fast even for 1E+999999), as its exact fraction is."""
    mode = getattr(decimal, mode)
    langsung = bulatkan_angka_kredit(nilai, tempat=tempat, mode=mode)
    assert langsung == bulatkan_angka_kredit(Fraction(nilai), tempat=tempat, mode=mode)


@pytest.mark.parametrize(
    ("panggil", "pesan"),
    [
        (lambda: PembagianBulan.AKHIR_BULAN.hari_penentu(2025, 0), r"^bulan: must be between"),
        (lambda: PembagianBulan.AKHIR_BULAN.hari_penentu(0, 1), r"^tahun: must be between"),
        (lambda: PembagianBulan.TENGAH_BULAN.hari_penentu("2025", 1), r"^tahun: expected int"),
        (lambda: PembagianBulan.TANGGAL_SATU.mendapat(None), r"^bagian: expected Periode"),
    ],
    ids=["bulan_0", "tahun_0", "tahun_teks", "bagian_none"],
)
def test_pembagian_bulan_memeriksa_argumen(panggil: object, pesan: str) -> None:
    with pytest.raises(BirokrasiError, match=pesan):
        panggil()  # type: ignore[operator]


def test_bulan_angka_kredit_sampai_akhir_kalender() -> None:
    """KAR-AK-03 over a periode that ends on the calendar's last day."""
    assert bulan_angka_kredit(Periode(dt.date(9999, 1, 1), dt.date.max)) == 12
    assert bulan_angka_kredit(Periode(dt.date(9998, 10, 6), dt.date(9999, 12, 30))) == 14


def test_hasil_kinerja_nama_harus_teks() -> None:
    """``nama`` goes into the message: an object whose ``str`` raises is refused first."""

    class ReprRusak:
        def __repr__(self) -> str:
            raise RuntimeError("repr")

    with pytest.raises(InvalidTypeError, match=r"^nama: expected str"):
        hasil_kinerja(None, ReprRusak())  # type: ignore[arg-type]


def test_tabel_agensi_tanpa_koefisien_jenjang_disebut() -> None:
    """A JF jenjang missing from an agency's table is named as missing from the table, not
    as "not a Jabatan Fungsional jenjang" (the fuzzer's empty tables showed the wording)."""
    persen = {p: Decimal(100) for p in Predikat}
    t = TabelAngkaKredit(dt.date(2023, 1, 1), {Jenjang.AHLI_MUDA: Decimal(25)}, persen, {}, {})
    with pytest.raises(InvalidValueError, match=r"^jenjang: the table in force from 2023-01-01"):
        angka_kredit(Jenjang.AHLI_PERTAMA, Predikat.BAIK, tanggal=dt.date(2024, 1, 1), tabel=t)
    with pytest.raises(InvalidValueError, match=r"is not a Jabatan Fungsional jenjang"):
        angka_kredit(Jenjang.PENGAWAS, Predikat.BAIK, tanggal=dt.date(2024, 1, 1), tabel=t)


def test_kar_ak_02_many_rows_equal_one_by_one() -> None:
    """``angka_kredit_banyak`` computes each distinct row once and equals ``angka_kredit``."""
    from birokrasi.karier import angka_kredit_banyak

    hari = dt.date(2024, 12, 31)
    baris = [
        (j, p, b) for j in (Jenjang.AHLI_MUDA, Jenjang.MAHIR) for p in Predikat for b in (0, 6, 12)
    ]
    assert angka_kredit_banyak(baris * 2, tanggal=hari) == [
        angka_kredit(j, p, bulan=b, tanggal=hari) for j, p, b in baris * 2
    ]
    with pytest.raises(InvalidTypeError, match=r"baris\[1\]: .*bulan: expected int"):
        angka_kredit_banyak([baris[2], (Jenjang.AHLI_MUDA, Predikat.BAIK, True)], tanggal=hari)
    with pytest.raises(InvalidTypeError, match=r"baris\[0\]: expected a \(jenjang, predikat"):
        angka_kredit_banyak([Jenjang.AHLI_MUDA], tanggal=hari)  # type: ignore[list-item]
    with pytest.raises(InvalidValueError, match=r"baris\[0\]: .*bulan"):
        angka_kredit_banyak([(Jenjang.AHLI_MUDA, Predikat.BAIK, 13)], tanggal=hari)


# -- pinned by mutation testing (issue 15 §5) ----------------------------------------------


def test_kar_ak_03_the_day_that_earns_the_month() -> None:
    """The 1st, the day after mid-month, the last day; February of a leap year too."""
    assert [p.hari_penentu(2024, 2) for p in PembagianBulan] == [1, 15, 29]
    assert [p.hari_penentu(2025, 2) for p in PembagianBulan] == [1, 15, 28]
    with pytest.raises(InvalidValueError, match=r"^bulan: must be between 1 and 12"):
        PembagianBulan.AKHIR_BULAN.hari_penentu(2025, 13)


def test_kar_ak_03_a_period_from_the_2nd_or_to_the_20th() -> None:
    dari_2 = Periode(D(2025, 6, 2), D(2025, 6, 30))
    assert bulan_angka_kredit(dari_2) == 0  # the 1st is not in it
    sampai_20 = Periode(D(2025, 6, 1), D(2025, 6, 20))
    assert [bulan_angka_kredit(sampai_20, pembagian=p) for p in PembagianBulan] == [1, 1, 0]


def test_kar_ak_03_evaluations_are_counted_with_the_month_rule_given() -> None:
    ev = _evaluasi(Periode(D(2025, 1, 1), D(2025, 6, 20)))
    akhir = PembagianBulan.AKHIR_BULAN
    assert (hasil_kinerja(ev).bulan, hasil_kinerja(ev, pembagian=akhir).bulan) == (6, 5)
    assert akumulasi_angka_kredit([ev], pembagian=akhir) == akumulasi_angka_kredit([ev]) * 5 / 6


def test_kar_ak_02_a_bad_result_is_named_by_its_place() -> None:
    pesan = "expected HasilKinerja, PenilaianKinerja or a (jenjang, predikat, bulan, tanggal) tuple"
    with pytest.raises(InvalidTypeError) as galat:
        hasil_kinerja(5)
    assert str(galat.value) == f"hasil: {pesan}, got 5 (int)"
    baik = (J.AHLI_MUDA, P.BAIK, 12, D(2025, 12, 31))
    with pytest.raises(InvalidTypeError) as galat_ke:
        akumulasi_angka_kredit([baik, 5])  # type: ignore[list-item]
    assert str(galat_ke.value) == f"hasil[1]: {pesan}, got 5 (int)"


@pytest.mark.parametrize(
    ("nilai", "harapan"),
    [(Fraction(2, 3), 1), (Fraction(1, 2), 0), (Fraction(-2, 3), -1), (Fraction(1, 3), 0)],
)
def test_kar_ak_04_rounding_half_down_tells_a_half_from_more(nilai: Fraction, harapan: int) -> None:
    hasil = bulatkan_angka_kredit(nilai, tempat=0, mode=decimal.ROUND_HALF_DOWN)
    assert hasil == harapan


def test_kar_ak_02_many_rows_compute_each_distinct_row_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The promise of ``angka_kredit_banyak``: one computation per distinct well-formed row;
    a row equal to a cached one only by ``True == 1`` is still checked, and a list is refused
    by its place, not by the cache (pinned by mutation testing, issue 15 §5)."""
    from birokrasi.karier import angka_kredit_banyak, konversi

    dihitung: list[tuple[object, ...]] = []
    asli = konversi.angka_kredit

    def hitung(*args: object, **kwargs: object) -> Fraction:
        dihitung.append((*args, kwargs["bulan"]))
        return asli(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(konversi, "angka_kredit", hitung)
    a, b = (J.AHLI_MUDA, P.BAIK, 1), (J.MAHIR, P.SANGAT_BAIK, 12)
    assert angka_kredit_banyak([a, b, a, b, a], tanggal=T) == [
        angka_kredit(j, p, bulan=n, tanggal=T) for j, p, n in (a, b, a, b, a)
    ]
    assert dihitung == [a, b]
    with pytest.raises(InvalidTypeError, match=r"^baris\[1\]: .*bulan: expected int"):
        angka_kredit_banyak([a, (J.AHLI_MUDA, P.BAIK, True)], tanggal=T)
    with pytest.raises(InvalidTypeError, match=r"^baris\[1\]: expected a \(jenjang, predikat"):
        angka_kredit_banyak([a, [J.AHLI_MUDA, P.BAIK, 1]], tanggal=T)  # type: ignore[list-item]


def test_kar_ak_01_many_rows_read_the_agency_table() -> None:
    from birokrasi.karier import angka_kredit_banyak

    t = TabelAngkaKredit(
        D(2023, 1, 1), {J.AHLI_MUDA: Decimal(50)}, {p: Decimal(100) for p in Predikat}, {}, {}
    )
    baris = [(J.AHLI_MUDA, P.BAIK, 12), (J.AHLI_MUDA, P.BAIK, 6)]
    assert angka_kredit_banyak(baris, tanggal=T, tabel=t) == [50, 25]
