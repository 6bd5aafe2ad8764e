"""The kurva distribusi's building blocks (``kinerja.penilaian.kurva``): bands, their shares
in words, the "sebagian besar" floor and the curve's own checks (KIN-DIST-01..05). Pinned by
mutation testing (issue 15 §5); the curves themselves are tested in ``test_distribusi``."""

from __future__ import annotations

from fractions import Fraction

import pytest

from birokrasi.errors import InvalidTypeError, InvalidValueError
from birokrasi.kinerja import Pembulatan, Predikat, SebagianBesar
from birokrasi.kinerja.penilaian.kurva import KURVA_SE_3_2023, KurvaDistribusi, Pita

SB, B, BP, K, SK = Predikat
ISTIMEWA = KURVA_SE_3_2023[0]


def test_kin_dist_a_band_may_cap_at_the_whole_unit() -> None:
    assert Pita(B, maksimum=1).uraian == "Baik: at most 100%"
    assert Pita(B, maksimum=1).batas(10, Pembulatan.KETAT).maksimum == 10


def test_kin_dist_a_band_may_have_its_floor_equal_to_its_cap() -> None:
    pita = Pita(B, minimum=Fraction(1, 2), maksimum=Fraction(1, 2))
    assert pita.uraian == "Baik: at least 50%, at most 50%"
    with pytest.raises(InvalidValueError) as galat:
        Pita(B, minimum=Fraction(3, 4), maksimum=Fraction(1, 200))
    assert str(galat.value) == "Pita.minimum: 75% is above maksimum 0.5% (Baik)"


def test_kin_dist_shares_in_words_keep_their_fraction() -> None:
    assert Pita(B, maksimum=Fraction(5, 8)).uraian == "Baik: at most 62.5%"
    assert Pita(B, maksimum=Fraction(1, 200)).uraian == "Baik: at most 0.5%"


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
