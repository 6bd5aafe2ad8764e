"""The interval index behind "who is in which team on a date" (``sistem_kerja._indeks``): the
records holding on a date, both ends included, in start order, however they overlap."""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given
from hypothesis import strategies as st

from birokrasi.sistem_kerja._indeks import IndeksInterval, kosong

D = dt.date
Rentang = tuple[str, dt.date, dt.date]


def _indeks(isi: list[Rentang]) -> IndeksInterval[Rentang]:
    return IndeksInterval(isi, lambda r: r[1], lambda r: r[2])


def test_both_ends_of_a_record_are_included() -> None:
    a = ("a", D(2025, 1, 10), D(2025, 1, 20))
    indeks = _indeks([a])
    assert [indeks.pada(D(2025, 1, h)) for h in (9, 10, 15, 20, 21)] == [(), (a,), (a,), (a,), ()]


def test_a_long_record_is_found_behind_later_short_ones() -> None:
    """The record that started first still holds after the later ones ended: the walk back
    goes on while the running maximum of ends reaches the date."""
    panjang = ("panjang", D(2025, 1, 1), D(2025, 12, 31))
    pendek = [(f"p{i}", D(2025, 2, i), D(2025, 2, i)) for i in range(1, 6)]
    indeks = _indeks([*pendek, panjang])
    assert indeks.pada(D(2025, 3, 1)) == (panjang,)
    assert indeks.pada(D(2025, 2, 3)) == (panjang, pendek[2])
    assert indeks.isi == (panjang, *pendek)


def test_records_are_returned_in_start_order() -> None:
    a = ("a", D(2025, 1, 1), D(2025, 6, 30))
    b = ("b", D(2025, 2, 1), D(2025, 3, 31))
    c = ("c", D(2025, 3, 1), D(2025, 3, 31))
    assert _indeks([c, a, b]).pada(D(2025, 3, 15)) == (a, b, c)


def test_an_empty_index_holds_nothing() -> None:
    indeks: IndeksInterval[Rentang] = kosong()
    assert indeks.isi == ()
    assert indeks.pada(D.min) == ()
    assert indeks.pada(D(2025, 1, 1)) == ()


_HARI = st.integers(0, 40).map(lambda h: D(2025, 1, 1) + dt.timedelta(days=h))


@st.composite
def _rentang(draw: st.DrawFn) -> Rentang:
    mulai = draw(_HARI)
    return (
        f"r{draw(st.integers(0, 10**6))}",
        mulai,
        mulai + dt.timedelta(days=draw(st.integers(0, 20))),
    )


@given(st.lists(_rentang(), max_size=12), _HARI)
@example(
    [("a", D(2025, 1, 1), D(2025, 1, 30)), ("b", D(2025, 1, 5), D(2025, 1, 6))], D(2025, 1, 10)
)
@example([("a", D(2025, 1, 3), D(2025, 1, 3))], D(2025, 1, 3))
def test_pada_is_the_records_holding_on_the_date(isi: list[Rentang], tanggal: dt.date) -> None:
    harapan = sorted((r for r in isi if r[1] <= tanggal <= r[2]), key=lambda r: r[1])
    hasil = _indeks(isi).pada(tanggal)
    assert sorted(hasil) == sorted(harapan)
    assert [r[1] for r in hasil] == [r[1] for r in harapan]


def test_a_record_inserted_after_a_long_one_keeps_it_found() -> None:
    """``sisipkan`` carries the running maximum of ends past the insertion point: the long
    record before a short inserted one is still found after the short one ends (pinned by
    mutation testing, issue 15 §5)."""
    panjang = ("panjang", D(2025, 1, 1), D(2025, 12, 31))
    pendek = ("pendek", D(2025, 2, 1), D(2025, 2, 1))
    indeks = _indeks([panjang]).sisipkan(pendek, pendek[1], pendek[2])
    assert indeks.pada(D(2025, 3, 1)) == (panjang,)
    assert indeks.pada(D(2025, 2, 1)) == (panjang, pendek)
    assert indeks.isi == _indeks([panjang, pendek]).isi
