"""The kurva distribusi's building blocks (``kinerja.penilaian.kurva``): bands, their shares
in words, the "sebagian besar" floor and the curve's own checks (KIN-DIST-01..05). Pinned by
mutation testing (issue 15 §5); the curves themselves are tested in ``test_distribusi``."""

from __future__ import annotations

from fractions import Fraction

import pytest

from birokrasi.errors import InvalidTypeError, InvalidValueError
from birokrasi.hukum import PERMENPANRB_6_2022, PP_30_2019, SE_MENPANRB_3_2023, Keyakinan
from birokrasi.kinerja import Pembulatan, Predikat, SebagianBesar
from birokrasi.kinerja.penilaian.kurva import (
    _BACAAN,
    _SUMBER,
    KURVA_SE_3_2023,
    KurvaDistribusi,
    Pita,
    _aturan_kurva,
)

SB, B, BP, K, SK = Predikat
ISTIMEWA = KURVA_SE_3_2023[0]


def test_kin_dist_a_band_may_cap_at_the_whole_unit() -> None:
    assert str(Pita(B, maksimum=1).uraian) == "Baik: at most 100%"
    assert Pita(B, maksimum=1).batas(10, Pembulatan.KETAT).maksimum == 10


def test_kin_dist_a_band_may_have_its_floor_equal_to_its_cap() -> None:
    pita = Pita(B, minimum=Fraction(1, 2), maksimum=Fraction(1, 2))
    assert str(pita.uraian) == "Baik: at least 50%, at most 50%"
    with pytest.raises(InvalidValueError) as galat:
        Pita(B, minimum=Fraction(3, 4), maksimum=Fraction(1, 200))
    assert str(galat.value) == "Pita.minimum: 75% is above maksimum 0.5% (Baik)"


def test_kin_dist_shares_in_words_keep_their_fraction() -> None:
    assert str(Pita(B, maksimum=Fraction(5, 8)).uraian) == "Baik: at most 62.5%"
    assert str(Pita(B, maksimum=Fraction(1, 200)).uraian) == "Baik: at most 0.5%"


def test_kin_dist_a_band_refuses_a_negative_unit() -> None:
    with pytest.raises(InvalidValueError, match=r"^jumlah_pegawai: must be >= 0, got -1$"):
        Pita(B, maksimum=1).batas(-1, Pembulatan.KETAT)
    with pytest.raises(InvalidValueError, match=r"^jumlah_pegawai: must be >= 0, got -1$"):
        Pita(B, minimum_jumlah=1).batas(-1, Pembulatan.KETAT)  # no share: no rounding to check


def test_kin_dist_terbanyak_floor_outnumbers_the_four_other_predikat() -> None:
    """The fewest t with t + 4 (t - 1) >= n: four rivals of t - 1 each fill the rest."""
    harapan = [0] + [min(t for t in range(1, n + 1) if t + 4 * (t - 1) >= n) for n in range(1, 30)]
    assert [SebagianBesar.TERBANYAK.minimum(n) for n in range(30)] == harapan
    assert SebagianBesar.TERBANYAK.minimum(7) == 3


def test_kin_dist_a_curve_checks_its_bands_and_leading_predikat() -> None:
    with pytest.raises(InvalidTypeError) as galat:
        KurvaDistribusi(ISTIMEWA.predikat_organisasi, ("x",), ISTIMEWA.aturan)  # type: ignore[arg-type]
    assert str(galat.value) == "KurvaDistribusi.pita[0]: expected Pita, got 'x' (str)"
    with pytest.raises(InvalidValueError) as galat_utama:
        KurvaDistribusi(
            ISTIMEWA.predikat_organisasi, ISTIMEWA.pita, ISTIMEWA.aturan, predikat_utama=B
        )
    assert str(galat_utama.value) == (
        "KurvaDistribusi.predikat_utama: Baik must be the only predikat of one band"
    )


@pytest.mark.parametrize("nomor", range(1, 6))
def test_kin_dist_01_to_05_each_curve_cites_the_se_pattern_and_its_bases(nomor: int) -> None:
    """The rule of curve ``nomor`` is KIN-DIST-0n, read (S) in the SE's pola distribusi, angka
    n), also under PermenPANRB 6/2022 Pasal 24 and PP 30/2019 Pasal 41 ayat (7), in force from
    the SE's date; building it again from its parts gives the same rule (the builder runs
    only at import, where mutation testing cannot see it)."""
    kurva = KURVA_SE_3_2023[nomor - 1]
    aturan = kurva.aturan
    assert aturan.kode == f"KIN-DIST-{nomor:02d}"
    assert aturan.summary == (
        "The kurva distribusi for a unit whose predikat organisasi is "
        f"{kurva.predikat_organisasi.label}."
    )
    dasar = aturan.dasar
    assert (dasar.peraturan, dasar.bagian, dasar.keyakinan) == (
        SE_MENPANRB_3_2023,
        f"pola distribusi predikat kinerja pegawai, angka {nomor})",
        Keyakinan.SEKUNDER,
    )
    assert dasar.kutipan
    assert dasar.sumber == _SUMBER
    assert dasar.tafsiran is not None
    assert dasar.tafsiran.startswith(f"{_BACAAN} ")
    assert [(d.peraturan, d.pasal, d.ayat, d.keyakinan) for d in aturan.dasar_lain] == [
        (PERMENPANRB_6_2022, "24", None, Keyakinan.SEKUNDER),
        (PP_30_2019, "41", "7", Keyakinan.SEKUNDER),
    ]
    assert aturan.berlaku_sejak == SE_MENPANRB_3_2023.ditetapkan
    tafsiran = dasar.tafsiran.removeprefix(f"{_BACAAN} ")
    ulang = _aturan_kurva(nomor, kurva.predikat_organisasi, aturan.uraian, dasar.kutipan, tafsiran)
    assert ulang == aturan
