"""The values of the sistem kerja: constructors validate and refuse bad input naming the
field, raising only BirokrasiError."""

from __future__ import annotations

import contextlib
import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest
from bantu_sistem_kerja import JF_B, TAHUN, D, anggota, tim
from hypothesis import given
from hypothesis import strategies as st

from birokrasi.errors import BirokrasiError, InvalidTypeError, InvalidValueError
from birokrasi.periode import Periode
from birokrasi.sistem_kerja import (
    AsalPenugasan,
    Keanggotaan,
    Penugasan,
    Peran,
    PersetujuanLintasInstansi,
    SistemKerja,
    SuratKeputusan,
    TimKerja,
)


def test_labels() -> None:
    assert Peran.KETUA.label == "Ketua Tim"
    assert AsalPenugasan.PENGAJUAN_SUKARELA.label == "Pengajuan sukarela"


def test_alokasi_is_exact() -> None:
    assert anggota(JF_B, alokasi=Decimal("0.25")).alokasi == Fraction(1, 4)
    assert anggota(JF_B, alokasi=1).alokasi == Fraction(1)
    with pytest.raises(InvalidTypeError, match=r"Keanggotaan\.alokasi"):
        anggota(JF_B, alokasi=0.5)
    with pytest.raises(InvalidTypeError, match=r"Keanggotaan\.alokasi"):
        anggota(JF_B, alokasi=Decimal("NaN"))
    for salah in (Fraction(0), Fraction(3, 2), -1):
        with pytest.raises(InvalidValueError, match=r"Keanggotaan\.alokasi"):
            anggota(JF_B, alokasi=salah)


def test_keanggotaan_boundaries() -> None:
    assert anggota(JF_B, selesai=D(2025, 1, 1)).selesai == D(2025, 1, 1)
    with pytest.raises(InvalidValueError, match=r"Keanggotaan\.selesai"):
        anggota(JF_B, selesai=D(2024, 12, 31))
    k = anggota(JF_B, selesai=D(2026, 5, 1))
    assert k.akhir_dalam(tim()) == D(2025, 12, 31)
    assert not k.lintas_instansi
    with pytest.raises(InvalidTypeError):
        k.akhir_dalam("A")  # type: ignore[arg-type]


def test_tim_kerja_dibubarkan_inside_periode() -> None:
    assert tim(dibubarkan=D(2025, 12, 31)).akhir == D(2025, 12, 31)
    with pytest.raises(InvalidValueError, match=r"TimKerja\.dibubarkan"):
        tim(dibubarkan=D(2026, 1, 1))
    with pytest.raises(InvalidTypeError, match=r"^tanggal: expected date"):
        tim().aktif_pada("2025-01-01")  # type: ignore[arg-type]


def test_tim_kerja_aktif_from_its_first_to_its_last_day_inclusive() -> None:
    """A team exists on the first day of its periode and on its last day, or on the day it
    was dissolved, and not a day outside."""
    t, bubar = tim(), tim(dibubarkan=D(2025, 6, 30))
    assert [t.aktif_pada(d) for d in (D(2024, 12, 31), D(2025, 1, 1))] == [False, True]
    assert [t.aktif_pada(d) for d in (D(2025, 12, 31), D(2026, 1, 1))] == [True, False]
    assert [bubar.aktif_pada(d) for d in (D(2025, 6, 30), D(2025, 7, 1))] == [True, False]


def test_penugasan_has_exactly_one_penerima() -> None:
    with pytest.raises(InvalidValueError, match="exactly one"):
        Penugasan("P", JF_B, "x", TAHUN)
    with pytest.raises(InvalidValueError, match="exactly one"):
        Penugasan("P", JF_B, "x", TAHUN, penerima="198001012005011011", tim="A")
    with pytest.raises(InvalidValueError, match="themself"):
        Penugasan("P", JF_B, "x", TAHUN, penerima=JF_B)


_APA_SAJA = st.one_of(
    st.none(), st.integers(), st.floats(), st.text(max_size=20), st.dates(), st.booleans(),
    st.datetimes(), st.just(Fraction(1, 2)), st.sampled_from(Peran), st.just(TAHUN),
    st.just("198001012005011010"),
)  # fmt: skip


@pytest.mark.parametrize(
    ("kelas", "arity"),
    [
        (Keanggotaan, 5),
        (TimKerja, 6),
        (SuratKeputusan, 3),
        (Penugasan, 4),
        (PersetujuanLintasInstansi, 5),
        (SistemKerja, 4),
    ],
)
@given(data=st.data())
def test_bad_input_raises_only_birokrasi_error(
    kelas: type, arity: int, data: st.DataObject
) -> None:
    args = data.draw(st.lists(_APA_SAJA, min_size=arity, max_size=arity))
    with contextlib.suppress(BirokrasiError):
        kelas(*args)


def test_periode_argument_is_a_periode() -> None:
    with pytest.raises(InvalidTypeError, match=r"TimKerja\.periode"):
        TimKerja(
            "A", "A", "x", "U", (dt.date(2025, 1, 1),), SuratKeputusan("1", D(2025, 1, 1), JF_B)
        )  # type: ignore[arg-type]
    assert Periode(D(2025, 1, 1), D(2025, 1, 1)) in TAHUN
