"""A pegawai's assessed profile and which assessment holds on a date (KOM-PROFIL-01)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import birokrasi.testing as bt
from birokrasi import (
    KebijakanKompetensi,
    Kompetensi,
    LevelKompetensi,
    ProfilKompetensi,
    SumberPenilaian,
    TingkatKompetensi,
    profil_berlaku,
)
from birokrasi.errors import InvalidTypeError, InvalidValueError

DEWI = "198302252008012011"
YUSUF = "198406182009031004"
INTEGRITAS = Kompetensi.manajerial("Integritas")


def _profil(tanggal: dt.date, nip: str = DEWI, level: int = 3) -> ProfilKompetensi:
    hasil = [TingkatKompetensi(INTEGRITAS, LevelKompetensi.dari_angka(level))]
    return ProfilKompetensi(nip, tanggal, SumberPenilaian.PENILAIAN_KOMPETENSI, hasil)


def test_KOM_PROFIL_01_a_result_holds_three_years() -> None:
    p = _profil(dt.date(2022, 3, 1))
    assert profil_berlaku([p], DEWI, dt.date(2022, 3, 1)) is p
    assert profil_berlaku([p], DEWI, dt.date(2025, 2, 28)) is p
    assert profil_berlaku([p], DEWI, dt.date(2025, 3, 1)) is None
    assert profil_berlaku([p], DEWI, dt.date(2022, 2, 28)) is None


def test_KOM_PROFIL_01_the_years_are_a_policy() -> None:
    p = _profil(dt.date(2022, 3, 1))
    lima = KebijakanKompetensi(masa_berlaku_tahun=5)
    assert profil_berlaku([p], DEWI, dt.date(2026, 3, 1), lima) is p
    with pytest.raises(InvalidValueError, match=r"^KebijakanKompetensi\.masa_berlaku_tahun"):
        KebijakanKompetensi(masa_berlaku_tahun=0)


def test_KOM_PROFIL_01_a_29_february_assessment_ends_before_its_28_february_anniversary() -> None:
    p = _profil(dt.date(2024, 2, 29))
    assert profil_berlaku([p], DEWI, dt.date(2027, 2, 27)) is p
    assert profil_berlaku([p], DEWI, dt.date(2027, 2, 28)) is None


def test_KOM_PROFIL_01_the_latest_assessment_holding_wins() -> None:
    lama, baru = _profil(dt.date(2023, 1, 1), level=2), _profil(dt.date(2024, 6, 1), level=4)
    lain = _profil(dt.date(2024, 7, 1), nip=YUSUF)
    assert profil_berlaku([baru, lain, lama], DEWI, dt.date(2024, 12, 1)) is baru
    assert profil_berlaku([baru, lain, lama], DEWI, dt.date(2024, 5, 31)) is lama


def test_two_different_assessments_of_one_day_are_refused() -> None:
    a, b = _profil(dt.date(2024, 1, 1), level=2), _profil(dt.date(2024, 1, 1), level=3)
    with pytest.raises(InvalidValueError, match=r"^profil: two different assessments"):
        profil_berlaku([a, b], DEWI, dt.date(2024, 2, 1))
    assert profil_berlaku([a, a], DEWI, dt.date(2024, 2, 1)) == a


def test_bad_input_raises_library_errors() -> None:
    with pytest.raises(InvalidTypeError, match=r"^profil\[0\]: expected ProfilKompetensi"):
        profil_berlaku(["x"], DEWI, dt.date(2024, 1, 1))  # type: ignore[list-item]
    with pytest.raises(InvalidTypeError, match=r"^profil: expected Iterable\[ProfilKompetensi\]"):
        profil_berlaku(_profil(dt.date(2024, 1, 1)), DEWI, dt.date(2024, 1, 1))  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"^tanggal"):
        profil_berlaku([], DEWI, "2024-01-01")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"^ProfilKompetensi\.hasil\[1\]"):
        ProfilKompetensi(
            DEWI,
            dt.date(2024, 1, 1),
            SumberPenilaian.UJI_KOMPETENSI,
            [TingkatKompetensi(INTEGRITAS, LevelKompetensi.LEVEL_1)] * 2,
        )


@given(
    st.lists(bt.profil_kompetensi(), max_size=6, unique_by=lambda p: p.tanggal),
    st.dates(dt.date(2024, 1, 1), dt.date(2029, 12, 31)),
)
def test_KOM_PROFIL_01_the_latest_holding_whatever_the_order(
    profil: list[ProfilKompetensi], tanggal: dt.date
) -> None:
    nip = DEWI
    dibalik = list(reversed(profil))
    assert profil_berlaku(profil, nip, tanggal) == profil_berlaku(dibalik, nip, tanggal)
    hasil = profil_berlaku(profil, nip, tanggal)
    if hasil is not None:
        assert hasil.tanggal <= tanggal
        assert all(
            p.tanggal <= hasil.tanggal or p.tanggal > tanggal for p in profil if p.nip == nip
        )
