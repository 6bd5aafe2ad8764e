"""Periode and periodisasi."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from birokrasi import testing as bst
from birokrasi.errors import BirokrasiError, InvalidTypeError, InvalidValueError
from birokrasi.periode import JenisPeriode, Periode, periodisasi
from birokrasi.pesan import pembuat_templat

D = dt.date


def test_periode_is_closed_on_both_ends() -> None:
    p = Periode(D(2024, 1, 1), D(2024, 1, 31))
    assert D(2024, 1, 1) in p
    assert D(2024, 1, 31) in p
    assert D(2023, 12, 31) not in p
    assert D(2024, 2, 1) not in p
    assert p.jumlah_hari == 31
    assert Periode(D(2024, 1, 1), D(2024, 1, 1)).jumlah_hari == 1


def test_periode_rejects_inverted_and_wrong_types() -> None:
    with pytest.raises(InvalidValueError, match=r"Periode\.selesai.*before mulai"):
        Periode(D(2024, 2, 1), D(2024, 1, 31))
    with pytest.raises(InvalidTypeError, match=r"Periode\.mulai"):
        Periode("2024-01-01", D(2024, 1, 31))  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"Periode\.selesai"):
        Periode(D(2024, 1, 1), dt.datetime(2024, 1, 2))


def test_contains_rejects_datetimes_and_other_objects() -> None:
    p = Periode.tahun(2024)
    assert dt.datetime(2024, 5, 1) not in p
    assert "2024-05-01" not in p


def test_named_periods() -> None:
    assert Periode.tahun(2024) == Periode(D(2024, 1, 1), D(2024, 12, 31))
    assert Periode.semester(2024, 2) == Periode(D(2024, 7, 1), D(2024, 12, 31))
    assert Periode.triwulan(2023, 1) == Periode(D(2023, 1, 1), D(2023, 3, 31))
    assert Periode.bulan(2024, 2) == Periode(D(2024, 2, 1), D(2024, 2, 29))
    assert Periode.bulan(2023, 2).jumlah_hari == 28


@pytest.mark.parametrize(
    ("make", "ke"),
    [(Periode.semester, 3), (Periode.triwulan, 0), (Periode.triwulan, 5), (Periode.bulan, 13)],
)
def test_named_period_index_out_of_range(make: object, ke: int) -> None:
    with pytest.raises(InvalidValueError, match="ke must be"):
        make(2024, ke)  # type: ignore[operator]


def test_named_period_argument_types() -> None:
    with pytest.raises(InvalidTypeError, match="ke"):
        Periode.bulan(2024, "1")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="tahun"):
        Periode.tahun(2024.0)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="out of range"):
        Periode.tahun(10000)


def test_overlap_and_intersection() -> None:
    a = Periode(D(2024, 1, 1), D(2024, 6, 30))
    b = Periode(D(2024, 6, 30), D(2024, 12, 31))
    c = Periode(D(2024, 7, 1), D(2024, 12, 31))
    assert a.beririsan(b)
    assert a.irisan(b) == Periode(D(2024, 6, 30), D(2024, 6, 30))
    assert not a.beririsan(c)
    assert a.irisan(c) is None
    assert a in Periode.tahun(2024)
    assert Periode.tahun(2024) not in a
    with pytest.raises(InvalidTypeError, match="lain"):
        a.beririsan(D(2024, 1, 1))  # type: ignore[arg-type]


def test_per_bulan_clips_to_the_periode() -> None:
    p = Periode(D(2024, 1, 20), D(2024, 3, 5))
    assert list(p.per_bulan()) == [
        Periode(D(2024, 1, 20), D(2024, 1, 31)),
        Periode(D(2024, 2, 1), D(2024, 2, 29)),
        Periode(D(2024, 3, 1), D(2024, 3, 5)),
    ]


def test_str_and_order() -> None:
    assert str(Periode.triwulan(2024, 4)) == "2024-10-01..2024-12-31"
    assert Periode.triwulan(2024, 1) < Periode.triwulan(2024, 2)


@pytest.mark.parametrize(
    ("jenis", "jumlah"),
    [
        (JenisPeriode.BULANAN, 12),
        (JenisPeriode.TRIWULANAN, 4),
        (JenisPeriode.SEMESTERAN, 2),
        (JenisPeriode.TAHUNAN, 1),
    ],
)
def test_periodisasi_counts(jenis: JenisPeriode, jumlah: int) -> None:
    """PermenPANRB 6/2022 Pasal 1: periodic evaluation is bulanan or triwulanan."""
    assert len(periodisasi(2024, jenis)) == jumlah


def test_periodisasi_rejects_bad_kind() -> None:
    with pytest.raises(InvalidTypeError, match="jenis"):
        periodisasi(2024, 3)  # type: ignore[arg-type]


@given(st.integers(1900, 2200), st.sampled_from(JenisPeriode))
def test_periodisasi_covers_the_year_without_gap_or_overlap(
    tahun: int, jenis: JenisPeriode
) -> None:
    parts = periodisasi(tahun, jenis)
    assert parts[0].mulai == D(tahun, 1, 1)
    assert parts[-1].selesai == D(tahun, 12, 31)
    for before, after in itertools.pairwise(parts):
        assert after.mulai - before.selesai == dt.timedelta(days=1)
    assert sum(p.jumlah_hari for p in parts) == Periode.tahun(tahun).jumlah_hari


@given(bst.periode(), bst.periode())
def test_intersection_is_symmetric_and_inside_both(a: Periode, b: Periode) -> None:
    assert a.irisan(b) == b.irisan(a)
    both = a.irisan(b)
    assert (both is not None) == a.beririsan(b)
    if both is not None:
        assert both in a
        assert both in b


@given(bst.periode(max_hari=800))
def test_per_bulan_partitions_the_periode(p: Periode) -> None:
    parts = list(p.per_bulan())
    assert parts[0].mulai == p.mulai
    assert parts[-1].selesai == p.selesai
    assert sum(x.jumlah_hari for x in parts) == p.jumlah_hari
    assert all(x.mulai.month == x.selesai.month for x in parts)


@given(st.from_type(object), st.from_type(object))
def test_bad_input_raises_only_birokrasi_errors(a: object, b: object) -> None:
    with contextlib.suppress(BirokrasiError):
        Periode(a, b)  # type: ignore[arg-type]


def test_tahun_pertama_dan_terakhir_kalender() -> None:
    """Year 1 and year 9999 are performance years like any other: their periods end inside
    the calendar even where the month step after them would not."""
    assert Periode.tahun(9999) == Periode(D(9999, 1, 1), D.max)
    assert Periode.triwulan(9999, 4) == Periode(D(9999, 10, 1), D.max)
    assert Periode.bulan(9999, 12) == Periode(D(9999, 12, 1), D.max)
    assert Periode.tahun(1) == Periode(D.min, D(1, 12, 31))
    assert periodisasi(9999, JenisPeriode.SEMESTERAN)[-1].selesai == D.max
    assert [p.jumlah_hari for p in Periode(D(9999, 11, 20), D.max).per_bulan()] == [11, 31]
    assert len(list(Periode(D(9998, 1, 1), D.max).per_bulan())) == 24


@pytest.mark.parametrize(
    "buat",
    [
        lambda: Periode.tahun(10**5000),
        lambda: Periode.bulan(2024, 10**5000),
        lambda: Periode.semester(2024, -(10**5000)),
        lambda: Periode.triwulan(10000, 1),
        lambda: Periode.tahun(0),
    ],
    ids=["tahun_besar", "bulan_besar", "semester_negatif_besar", "tahun_10000", "tahun_0"],
)
def test_tahun_atau_ke_di_luar_kalender_memberi_galat_pustaka(buat: object) -> None:
    """An int too large to print is refused with a message that still builds."""
    with pytest.raises(InvalidValueError, match=r"out of range|must be"):
        buat()  # type: ignore[operator]


def test_periode_as_a_message_parameter_reads_by_language() -> None:
    """A Periode passed to a message renders its dates in the reader's language; ``str`` stays
    ISO 8601."""
    p = Periode.tahun(2025)
    assert p.teks_pesan("id") == "1 Januari 2025 s.d. 31 Desember 2025"
    assert p.teks_pesan("en") == "2025-01-01..2025-12-31" == str(p)
    t = pembuat_templat("tests.test_periode")("UJI-PERIODE/contoh", "[{periode}]")
    assert t(periode=p).teks("id") == "[1 Januari 2025 s.d. 31 Desember 2025]"
    assert t(periode=p).teks("en") == "[2025-01-01..2025-12-31]"
