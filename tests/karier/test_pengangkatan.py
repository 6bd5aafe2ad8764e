"""Angka kredit on appointment into a JF: the Angka Kredit Dasar of a golongan (KAR-AK-10) and
the credit of a perpindahan dari jabatan lain (KAR-AK-11)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest

from birokrasi.errors import InvalidTypeError, InvalidValueError, OutOfWindowError
from birokrasi.karier.kenaikan import periksa_kenaikan_jenjang
from birokrasi.karier.pengangkatan import ATURAN as ATURAN_PENGANGKATAN
from birokrasi.karier.pengangkatan import (
    angka_kredit_dasar,
    angka_kredit_perpindahan,
    saldo_awal_perpindahan,
)
from birokrasi.karier.pengangkatan_pertama import angka_kredit_pengangkatan_pertama
from birokrasi.karier.saldo import posisi_angka_kredit
from birokrasi.karier.tabel_ak import TABEL_ANGKA_KREDIT_2023
from birokrasi.katalog import KATALOG
from birokrasi.kinerja.predikat import Predikat
from birokrasi.struktur.golongan import GOLONGAN_JF, Golongan
from birokrasi.struktur.jabatan import Jenjang

D = dt.date
J, G, P = Jenjang, Golongan, Predikat
T = D(2024, 3, 1)


def test_rules_are_catalogued() -> None:
    for rule in ATURAN_PENGANGKATAN:
        assert KATALOG[rule.kode] is rule
    assert [r.kode for r in ATURAN_PENGANGKATAN] == ["KAR-AK-10", "KAR-AK-11"]


def test_kar_ak_10_lampiran_example() -> None:
    """Peraturan BKN 3/2023 Lampiran I: 'Angka Kredit Dasar golongan ruang III/d sejumlah
    100 (seratus) Angka Kredit' (into Ahli Muda)."""
    assert angka_kredit_dasar(J.AHLI_MUDA, G.III_D, tanggal=T) == 100


def test_kar_ak_10_lowest_golongan_of_each_jenjang_is_zero() -> None:
    for jenjang, daftar in GOLONGAN_JF.items():
        assert angka_kredit_dasar(jenjang, daftar[0], tanggal=T) == 0
        if len(daftar) == 3:
            assert angka_kredit_dasar(jenjang, daftar[2], tanggal=T) == 2 * angka_kredit_dasar(
                jenjang, daftar[1], tanggal=T
            )


def test_kar_ak_10_follows_the_table_passed() -> None:
    import attrs

    tabel = attrs.evolve(
        TABEL_ANGKA_KREDIT_2023,
        akk_pangkat={**TABEL_ANGKA_KREDIT_2023.akk_pangkat, J.AHLI_MUDA: Decimal(80)},
    )
    assert angka_kredit_dasar(J.AHLI_MUDA, G.III_D, tanggal=T, tabel=tabel) == 80


def test_kar_ak_10_golongan_outside_the_range_is_lampiran_ii_angka_3() -> None:
    """Ayat (5): a golongan that does not fit the jenjang takes another table (not read)."""
    with pytest.raises(InvalidValueError, match=r"golongan: IV/a .*Lampiran II angka 3"):
        angka_kredit_dasar(J.AHLI_PERTAMA, G.IV_A, tanggal=T)
    with pytest.raises(InvalidValueError, match=r"golongan: II/d"):
        angka_kredit_dasar(J.AHLI_PERTAMA, G.II_D, tanggal=T)


def test_kar_ak_11_lampiran_example_top_pangkat() -> None:
    """Lampiran I: Ahli Muda, 100% x 25 = 25; 25 x 3 = 75 ('dikalikan 3 karena merupakan
    pangkat puncak dalam jabatan administrasi'), plus the Angka Kredit Dasar 100 of III/d."""
    tiga = [P.BAIK] * 3
    assert angka_kredit_perpindahan(J.AHLI_MUDA, G.III_D, tiga, tanggal=T) == 175
    lima = [P.SANGAT_BAIK, P.SANGAT_BAIK, P.BAIK, P.BAIK, P.BAIK]
    assert (
        angka_kredit_perpindahan(J.AHLI_MUDA, G.III_D, lima, tanggal=T, pangkat_puncak=True) == 175
    )
    assert angka_kredit_perpindahan(J.AHLI_MUDA, G.III_D, lima, tanggal=T) == 100 + 75 + 75


def test_kar_ak_11_months_of_a_year() -> None:
    """A part of a year counts its months (KAR-AK-03): 6/12 x 100% x 25."""
    hasil = angka_kredit_perpindahan(J.AHLI_MUDA, G.III_C, [(P.BAIK, 6), P.SANGAT_BAIK], tanggal=T)
    assert hasil == Fraction(25, 2) + Fraction(75, 2)
    # Over 36 months with the top pangkat: only the most recent 36 count.
    puncak = angka_kredit_perpindahan(
        J.AHLI_MUDA, G.III_D, [(P.SANGAT_BAIK, 6), P.BAIK, P.BAIK, P.BAIK], tanggal=T,
        pangkat_puncak=True,
    )  # fmt: skip
    assert puncak == 100 + 75
    sebagian = angka_kredit_perpindahan(
        J.AHLI_MUDA, G.III_D, [P.SANGAT_BAIK, P.BAIK, P.BAIK, (P.BAIK, 6)], tanggal=T,
        pangkat_puncak=True,
    )  # fmt: skip
    assert sebagian == 100 + Fraction(75, 4) + 25 + 25 + Fraction(25, 2)


def test_kar_ak_11_no_year_in_the_golongan() -> None:
    assert angka_kredit_perpindahan(J.AHLI_PERTAMA, G.III_B, [], tanggal=T) == 50


def test_kar_ak_11_starts_the_ledger() -> None:
    awal = saldo_awal_perpindahan(
        J.AHLI_MUDA, G.III_D, [P.BAIK] * 3, tanggal=T, mulai_pangkat=D(2019, 4, 1)
    )
    assert (awal.angka_kredit, awal.sisa_pangkat) == (175, 75)
    assert (awal.mulai_jenjang, awal.mulai_pangkat) == (T, D(2019, 4, 1))
    p = posisi_angka_kredit([awal], tanggal=D(2025, 3, 1))
    hasil = periksa_kenaikan_jenjang(
        p, "nip", lowongan=True, lulus_uji_kompetensi=True, pengembangan_profesi=True
    )
    assert [x.pesan.teks() for x in hasil if "below the AKK" in x.pesan.teks()] == [
        "angka kredit 175 is below the AKK 200 for the next jenjang (short by 25)"
    ]


@pytest.mark.parametrize(
    ("kw", "galat", "pesan"),
    [
        ({"predikat": P.BAIK}, InvalidTypeError, r"^predikat: expected Iterable\[Predikat"),
        ({"predikat": ["Baik"]}, InvalidTypeError, r"^predikat\[0\]: expected Predikat"),
        ({"predikat": [(P.BAIK, 13)]}, InvalidValueError, r"^predikat\[0\]: .*between 1 and 12"),
        ({"predikat": [(P.BAIK,)]}, InvalidTypeError, r"^predikat\[0\]: expected Predikat"),
        ({"pangkat_puncak": 1}, InvalidTypeError, r"^pangkat_puncak: "),
        ({"jenjang": J.PELAKSANA}, InvalidValueError, r"^jenjang: Pelaksana"),
        ({"golongan": None}, InvalidTypeError, r"^golongan: "),
        ({"tanggal": D(2022, 12, 31)}, OutOfWindowError, "KAR-AK"),
    ],
)
def test_bad_arguments(kw: dict[str, object], galat: type, pesan: str) -> None:
    base: dict[str, object] = {
        "jenjang": J.AHLI_MUDA,
        "golongan": G.III_D,
        "predikat": [P.BAIK],
        "tanggal": T,
    }
    base.update(kw)
    with pytest.raises(galat, match=pesan):
        angka_kredit_perpindahan(**base)  # type: ignore[arg-type]


def test_kar_ak_11_the_top_pangkat_counts_a_last_single_month() -> None:
    """With the top pangkat the most recent 36 months count, down to a single month taken
    from an older year (pinned by mutation testing, issue 15 §5)."""
    predikat = [P.SANGAT_BAIK, (P.BAIK, 11), P.BAIK, P.BAIK]
    puncak = angka_kredit_perpindahan(
        J.AHLI_MUDA, G.III_D, predikat, tanggal=T, pangkat_puncak=True
    )
    # 1 month of Sangat Baik (150% x 25 / 12), then 35 months of Baik (100% x 25 / 12).
    assert puncak == 100 + Fraction(75, 24) + Fraction(25 * 35, 12)


def test_kar_ak_12_no_predikat_is_an_exact_zero() -> None:
    """A CPNS appointed with no predikat yet gets the exact 0, a Fraction like every credit."""
    hasil = angka_kredit_pengangkatan_pertama(J.AHLI_PERTAMA, [], tanggal=T)
    assert type(hasil) is Fraction
    assert hasil == 0


def test_kar_ak_11_a_bad_predikat_in_a_pair_is_named_by_its_place() -> None:
    with pytest.raises(InvalidTypeError, match=r"^predikat\[1\]: expected Predikat"):
        angka_kredit_perpindahan(J.AHLI_MUDA, G.III_D, [P.BAIK, ("Baik", 6)], tanggal=T)
