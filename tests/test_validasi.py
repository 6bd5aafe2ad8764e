"""The one set of validators, converters and argument checks (``birokrasi._validasi``).

Every module builds its constructors and argument checks from these, so what they accept,
what they refuse and how their errors name the field is stated here once.
"""

from __future__ import annotations

import collections
import datetime as dt
import types
from collections.abc import Iterator
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from birokrasi import _validasi as v
from birokrasi.errors import InvalidTypeError, InvalidValueError


@attrs.frozen
class Contoh:
    """A value built from the validators, as the library's classes are."""

    angka: tuple[int, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(int)
    )
    himpunan: frozenset[int] = attrs.field(
        default=frozenset(), converter=v.to_frozenset, validator=v.instance_of(frozenset)
    )
    tabel: Any = attrs.field(factory=dict, converter=v.to_mapping)
    catatan: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.tuple_teks()
    )
    jumlah: int = attrs.field(default=1, validator=v.bilangan(1, 12))
    sisa: int = attrs.field(default=0, validator=v.bilangan(0))
    nilai: Decimal | None = attrs.field(
        default=None, converter=v.ke_desimal, validator=v.optional(v.desimal(Decimal(0)))
    )
    persen: Decimal = attrs.field(default=Decimal(0), validator=v.desimal(Decimal(0), Decimal(100)))
    porsi: Fraction | None = attrs.field(
        default=None, converter=v.ke_pecahan, validator=v.optional(v.bagian())
    )
    alokasi: Fraction | None = attrs.field(
        default=None, converter=v.ke_pecahan, validator=v.optional(v.bagian(nol=False))
    )
    tanggal: dt.date = attrs.field(default=dt.date(2025, 1, 1), validator=v.instance_of(dt.date))
    nama: str = attrs.field(default="x", validator=v.teks())
    kode: str = attrs.field(default="K", validator=v.kunci())


def _generator(isi: list[int], dibaca: list[int]) -> Iterator[int]:
    for x in isi:
        dibaca.append(x)
        yield x


# -- iterabel --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "nilai", [[1], (1,), {1}, frozenset({1}), range(2), iter([1]), (x for x in [1]), {}.keys()]
)
def test_iterabel_accepts_collections(nilai: object) -> None:
    assert v.iterabel(nilai)


@pytest.mark.parametrize(
    "nilai", ["ab", b"ab", {"a": 1}, types.MappingProxyType({"a": 1}), 5, None, Decimal(1)]
)
def test_iterabel_refuses_text_mappings_and_scalars(nilai: object) -> None:
    """Text would be read character by character and a mapping as its keys."""
    assert not v.iterabel(nilai)


@given(st.lists(st.integers()))
def test_iterabel_holds_for_every_list(isi: list[int]) -> None:
    assert v.iterabel(isi)


def test_pastikan_iterabel_names_the_argument() -> None:
    v.pastikan_iterabel("kejadian", [], "an iterable of events")
    with pytest.raises(
        InvalidTypeError, match=r"^kejadian: expected an iterable of events, got 'ab' \(str\)$"
    ):
        v.pastikan_iterabel("kejadian", "ab", "an iterable of events")
    with pytest.raises(InvalidTypeError, match=r"^libur: expected a set of dates, got \{"):
        v.pastikan_iterabel("libur", {dt.date(2025, 1, 1): "x"}, "a set of dates")


# -- to_tuple --------------------------------------------------------------------------------


@given(st.lists(st.integers()))
def test_to_tuple_of_a_list_is_its_tuple(isi: list[int]) -> None:
    assert v.to_tuple(list(isi)) == tuple(isi)
    assert Contoh(angka=isi).angka == tuple(isi)  # type: ignore[arg-type]


@given(st.lists(st.integers()))
def test_to_tuple_consumes_a_generator_once(isi: list[int]) -> None:
    dibaca: list[int] = []
    assert Contoh(angka=_generator(isi, dibaca)).angka == tuple(isi)  # type: ignore[arg-type]
    assert dibaca == isi


def test_to_tuple_keeps_a_tuple() -> None:
    isi = (1, 2)
    assert v.to_tuple(isi) is isi


@pytest.mark.parametrize("nilai", ["12", b"12", {"a": 1}, {1, 2}, {2: "x"}.values(), None, 5])
def test_to_tuple_leaves_other_values_to_the_validator(nilai: object) -> None:
    """Text and mappings are never split into characters or keys; a set (no stable order)
    and other unordered collections are not guessed at (their static type is refused too)."""
    assert v.to_tuple(nilai) is nilai
    with pytest.raises(InvalidTypeError, match=r"^Contoh\.angka: expected a tuple of int, got "):
        Contoh(angka=nilai)  # type: ignore[arg-type]


@pytest.mark.parametrize("nilai", [[2], range(2, 3), iter([2]), collections.deque([2])])
def test_to_tuple_accepts_any_sequence_or_iterator(nilai: object) -> None:
    """A constructor that stores a tuple takes any sequence or iterator of items, as its
    type (``Sequence[T] | Iterator[T]``) says."""
    assert Contoh(angka=nilai).angka == (2,)  # type: ignore[arg-type]


def test_typed_converters_are_the_plain_converters_at_run_time() -> None:
    """``KeTuple[T]`` (and the others) exist for type checkers; at run time the field's
    converter is the plain function, and calling the class converts the same way."""
    assert v.KeTuple[int] is v.to_tuple
    assert v.KeFrozenset[int] is v.to_frozenset
    assert v.KeMapping[str, int] is v.to_mapping
    assert v.KeTuple([1, 2]) == (1, 2)
    assert v.KeFrozenset([1, 1]) == frozenset({1})
    assert dict(v.KeMapping({"a": 1})) == {"a": 1}
    assert v.KeTuple("ab") == "ab"  # type: ignore[comparison-overlap]


def test_tuple_of_names_the_bad_item() -> None:
    with pytest.raises(
        InvalidTypeError, match=r"^Contoh\.angka\[1\]: expected int, got True \(bool\)$"
    ):
        Contoh(angka=[1, True])  # type: ignore[list-item]


def test_tuple_teks_refuses_blank_items() -> None:
    assert Contoh(catatan=["a", "b"]).catatan == ("a", "b")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"^Contoh\.catatan\[1\]: blank text$"):
        Contoh(catatan=("a", " "))
    with pytest.raises(InvalidTypeError, match=r"^Contoh\.catatan: expected a tuple of str"):
        Contoh(catatan="a")  # type: ignore[arg-type]


# -- to_frozenset and to_mapping -------------------------------------------------------------


@given(st.lists(st.integers()))
def test_to_frozenset_of_any_collection_is_its_set(isi: list[int]) -> None:
    for bentuk in (
        list(isi),
        tuple(isi),
        set(isi),
        iter(isi),
        frozenset(isi),
        dict.fromkeys(isi).keys(),
    ):
        assert Contoh(himpunan=bentuk).himpunan == frozenset(isi)  # type: ignore[arg-type]


@pytest.mark.parametrize("nilai", ["ab", {1: "a"}, 5, None])
def test_to_frozenset_leaves_other_values_to_the_validator(nilai: object) -> None:
    assert v.to_frozenset(nilai) is nilai
    with pytest.raises(InvalidTypeError, match=r"^Contoh\.himpunan: expected frozenset"):
        Contoh(himpunan=nilai)  # type: ignore[arg-type]


def test_to_mapping_makes_a_read_only_copy() -> None:
    asli = {"a": 1}
    tabel = Contoh(tabel=asli).tabel
    asli["b"] = 2
    assert dict(tabel) == {"a": 1}
    with pytest.raises(TypeError):
        tabel["c"] = 3
    assert v.to_mapping([("a", 1)]) == [("a", 1)]


# -- exact numbers ---------------------------------------------------------------------------


@given(st.decimals(allow_nan=False, allow_infinity=False) | st.integers())
def test_ke_pecahan_is_exact(x: Decimal | int) -> None:
    assert v.ke_pecahan(x) == Fraction(x)
    assert isinstance(v.ke_pecahan(x), Fraction)


@pytest.mark.parametrize("nilai", [0.5, True, "1/2", Decimal("NaN"), Decimal("Infinity")])
def test_ke_pecahan_keeps_inexact_values(nilai: object) -> None:
    assert v.ke_pecahan(nilai) is nilai


def test_bagian_refuses_a_float_and_values_outside_0_1() -> None:
    assert Contoh(porsi=Decimal("0.25")).porsi == Fraction(1, 4)
    assert Contoh(porsi=0).porsi == 0
    with pytest.raises(
        InvalidTypeError,
        match=r"^Contoh\.porsi: expected a Fraction, Decimal or int share \(never float",
    ):
        Contoh(porsi=0.5)  # type: ignore[arg-type]
    with pytest.raises(
        InvalidValueError, match=r"^Contoh\.porsi: a share must be between 0 and 1, got 2$"
    ):
        Contoh(porsi=2)


def test_bagian_without_nol_refuses_zero() -> None:
    assert Contoh(alokasi=1).alokasi == 1
    with pytest.raises(
        InvalidValueError,
        match=r"^Contoh\.alokasi: a share must be above 0 and at most 1, got 0$",
    ):
        Contoh(alokasi=0)


@pytest.mark.parametrize(("masuk", "keluar"), [(3, Decimal(3)), (" 1.50 ", Decimal("1.50"))])
def test_ke_desimal_converts_int_and_numeric_text(masuk: object, keluar: Decimal) -> None:
    assert Contoh(nilai=masuk).nilai == keluar  # type: ignore[arg-type]


@pytest.mark.parametrize("nilai", [1.5, True, "dua"])
def test_ke_desimal_leaves_float_bool_and_words_to_the_validator(nilai: object) -> None:
    assert v.ke_desimal(nilai) is nilai
    with pytest.raises(InvalidTypeError, match=r"^Contoh\.nilai: expected Decimal"):
        Contoh(nilai=nilai)  # type: ignore[arg-type]


def test_desimal_bounds_and_finiteness() -> None:
    with pytest.raises(InvalidValueError, match=r"^Contoh\.nilai: must be finite, got NaN$"):
        Contoh(nilai=Decimal("NaN"))
    with pytest.raises(InvalidValueError, match=r"^Contoh\.nilai: must be >= 0, got -1$"):
        Contoh(nilai=-1)  # type: ignore[arg-type]
    with pytest.raises(
        InvalidValueError, match=r"^Contoh\.persen: must be between 0 and 100, got 101$"
    ):
        Contoh(persen=Decimal(101))


def test_pastikan_desimal_positif_refuses_zero() -> None:
    assert v.pastikan_desimal("koefisien", Decimal("0.5"), positif=True) == Decimal("0.5")
    with pytest.raises(InvalidValueError, match=r"^koefisien\[AHLI_MUDA\]: must be > 0, got 0$"):
        v.pastikan_desimal("koefisien[AHLI_MUDA]", Decimal(0), positif=True)
    with pytest.raises(InvalidTypeError, match=r"^koefisien: expected Decimal, got 25 \(int\)$"):
        v.pastikan_desimal("koefisien", 25)


@pytest.mark.parametrize("nilai", [Fraction(1, 3), Decimal("0.5"), 3])
def test_pastikan_eksak_accepts_exact_numbers(nilai: object) -> None:
    v.pastikan_eksak("nilai", nilai)


@pytest.mark.parametrize(
    ("nilai", "galat", "pesan"),
    [
        (0.5, InvalidTypeError, r"^nilai: expected Fraction or Decimal or int, got 0.5 \(float\)$"),
        (True, InvalidTypeError, r"^nilai: expected Fraction"),
        (Decimal("NaN"), InvalidValueError, r"^nilai: must be finite, got NaN$"),
    ],
)
def test_pastikan_eksak_refuses_floats_and_non_finite(
    nilai: object, galat: type[Exception], pesan: str
) -> None:
    with pytest.raises(galat, match=pesan):
        v.pastikan_eksak("nilai", nilai)


# -- types and integers ----------------------------------------------------------------------


def test_bool_is_no_int_and_datetime_no_date() -> None:
    with pytest.raises(
        InvalidTypeError, match=r"^Contoh\.jumlah: expected int, got True \(bool\)$"
    ):
        Contoh(jumlah=True)
    with pytest.raises(InvalidTypeError, match=r"^Contoh\.tanggal: expected date, got "):
        Contoh(tanggal=dt.datetime(2025, 1, 1))
    with pytest.raises(InvalidTypeError, match=r"^tanggal: expected date, got "):
        v.pastikan_tipe("tanggal", dt.datetime(2025, 1, 1), dt.date)
    v.pastikan_tipe("tanggal", dt.datetime(2025, 1, 1), dt.datetime)
    v.pastikan_tipe("flag", True, bool, int)


def test_bilangan_names_the_bounds_it_has() -> None:
    with pytest.raises(
        InvalidValueError, match=r"^Contoh\.jumlah: must be between 1 and 12, got 13$"
    ):
        Contoh(jumlah=13)
    with pytest.raises(InvalidValueError, match=r"^Contoh\.sisa: must be >= 0, got -1$"):
        Contoh(sisa=-1)
    with pytest.raises(InvalidValueError, match=r"^hari: must be <= 5, got 6$"):
        v.pastikan_bilangan("hari", 6, maximum=5)
    assert v.pastikan_bilangan("hari", 6) == 6


def test_teks_refuses_blank_text() -> None:
    with pytest.raises(InvalidValueError, match=r"^Contoh\.nama: must not be blank$"):
        Contoh(nama="  ")


def test_pastikan_teks_names_the_argument() -> None:
    assert v.pastikan_teks("unit", "U1") == "U1"
    with pytest.raises(InvalidValueError, match=r"^unit: must not be blank$"):
        v.pastikan_teks("unit", " ")
    with pytest.raises(InvalidTypeError, match=r"^unit: expected str, got 5 \(int\)$"):
        v.pastikan_teks("unit", 5)


@pytest.mark.parametrize("kode", [" BID1 ", "BID1 ", "\tBID1", "BID1\n", "\u00a0BID1"])
def test_kunci_refuses_surrounding_whitespace(kode: str) -> None:
    """A key is compared exactly: ``' BID1 '`` would silently differ from ``'BID1'``."""
    with pytest.raises(
        InvalidValueError, match=r"^Contoh\.kode: .* has surrounding whitespace; a key is compared"
    ):
        Contoh(kode=kode)


def test_kunci_refuses_blank_and_non_text_like_teks() -> None:
    with pytest.raises(InvalidValueError, match=r"^Contoh\.kode: must not be blank$"):
        Contoh(kode=" ")
    with pytest.raises(InvalidTypeError, match=r"^Contoh\.kode: expected str, got 5 \(int\)$"):
        Contoh(kode=5)  # type: ignore[arg-type]


def test_kunci_keeps_inner_spaces_and_names_may_have_any_spacing() -> None:
    assert Contoh(kode="BID 1").kode == "BID 1"
    assert Contoh(nama=" Bidang 1 ").nama == " Bidang 1 "


@given(st.text(min_size=1))
def test_kunci_accepts_exactly_the_stripped_non_blank_text(kode: str) -> None:
    if kode.strip() == kode:
        assert Contoh(kode=kode).kode == kode
    else:
        with pytest.raises(InvalidValueError, match=r"^Contoh\.kode: "):
            Contoh(kode=kode)


def test_pastikan_kunci_names_the_argument() -> None:
    assert v.pastikan_kunci("unit", "U1") == "U1"
    with pytest.raises(InvalidValueError, match=r"^unit: 'U1 ' has surrounding whitespace"):
        v.pastikan_kunci("unit", "U1 ")


def test_describe_shortens_long_values() -> None:
    assert v.describe("a" * 100) == "'" + "a" * 56 + "... (str)"
    assert v.describe(5) == "5 (int)"


class _ReprRusak:
    def __repr__(self) -> str:
        raise RuntimeError("no repr")


@pytest.mark.parametrize("nilai", [10**5000, _ReprRusak()], ids=["int_besar", "repr_rusak"])
def test_describe_tidak_pernah_gagal(nilai: object) -> None:
    """An error message can always be built, whatever the bad value."""
    assert "cannot be shown" in v.describe(nilai)


@pytest.mark.parametrize(
    ("nilai", "teks"),
    [(13, "13"), (Fraction(1, 3), "1/3"), ("a" * 100, "a" * 57 + "...")],
)
def test_render_is_str_shortened(nilai: object, teks: str) -> None:
    assert v.render(nilai) == teks


@pytest.mark.parametrize(
    "nilai",
    [10**5000, -(10**5000), Fraction(10**5000, 3), _ReprRusak()],
    ids=["int_besar", "int_negatif_besar", "pecahan_besar", "repr_rusak"],
)
def test_render_tidak_pernah_gagal(nilai: object) -> None:
    """``got {value}`` in a message cannot fail: ``str`` refuses ints past the digit limit."""
    assert "cannot be shown" in v.render(nilai)


@pytest.mark.parametrize(
    ("bilangan", "pesan"),
    [
        (lambda: v.pastikan_bilangan("hari", 10**5000, 0, 366), r"^hari: must be between"),
        (lambda: v.pastikan_desimal("x", Decimal(10**5000), maximum=Decimal(1)), r"^x: must be"),
        (lambda: Contoh(porsi=Fraction(10**5000, 3)), r"^Contoh\.porsi: a share must be"),
    ],
)
def test_pesan_bilangan_besar_dapat_dibangun(bilangan: Any, pesan: str) -> None:
    with pytest.raises(InvalidValueError, match=pesan):
        bilangan()


# -- geser_tanggal -----------------------------------------------------------------------------


@given(
    st.dates(dt.date(2, 1, 1), dt.date(9998, 1, 1)),
    st.integers(-12, 12),
    st.integers(-400, 400),
)
def test_geser_tanggal_seperti_relativedelta(tanggal: dt.date, bulan: int, hari: int) -> None:
    """Inside the calendar it is dateutil's ``relativedelta(months=bulan, days=hari)``."""
    from dateutil.relativedelta import relativedelta

    assert v.geser_tanggal(tanggal, bulan=bulan, hari=hari) == tanggal + relativedelta(
        months=bulan, days=hari
    )


@pytest.mark.parametrize(
    ("tanggal", "bulan", "hari", "hasil"),
    [
        (dt.date(9999, 12, 1), 1, -1, dt.date.max),  # the month step passes the end
        (dt.date(9999, 1, 1), 12, -1, dt.date.max),
        (dt.date(1, 1, 31), -1, 40, dt.date(1, 2, 9)),  # and the start, via 31 December 0
        (dt.date(2024, 1, 31), 1, 0, dt.date(2024, 2, 29)),
        (dt.date(2100, 1, 31), 1, 0, dt.date(2100, 2, 28)),
        (dt.date.max, 0, 1, None),
        (dt.date.min, 0, -1, None),
        (dt.date(9999, 12, 31), 1, 0, None),
        (dt.date(2025, 1, 1), 10**5000, 0, None),
        (dt.date(2025, 1, 1), 0, -(10**5000), None),
    ],
    ids=[
        "akhir_lewat_jalan",
        "tahun_9999",
        "lewat_tahun_0",
        "kabisat",
        "bukan_kabisat",
        "sehari_setelah_max",
        "sehari_sebelum_min",
        "sebulan_setelah_max",
        "bulan_besar",
        "hari_negatif_besar",
    ],
)
def test_geser_tanggal_di_ujung_kalender(
    tanggal: dt.date, bulan: int, hari: int, hasil: dt.date | None
) -> None:
    """``None`` outside the calendar, never an OverflowError; a step through year 0 or
    10000 that ends inside the calendar gives its date."""
    assert v.geser_tanggal(tanggal, bulan=bulan, hari=hari) == hasil


def test_teks_bulat_exact_at_any_size() -> None:
    """Findings and explanations give counts exactly, even past the digit limit."""
    assert v.teks_bulat(-12) == "-12"
    assert v.teks_bulat(10**5000) == "1" + "0" * 5000


def test_atau_baku_gives_the_default_or_checks_the_class() -> None:
    from birokrasi.sistem_kerja import KEBIJAKAN_SISTEM_KERJA_BAKU, KebijakanSistemKerja

    sendiri = KebijakanSistemKerja(ketua_wajib=False)
    assert (
        v.atau_baku("kebijakan", None, KEBIJAKAN_SISTEM_KERJA_BAKU) is KEBIJAKAN_SISTEM_KERJA_BAKU
    )
    assert v.atau_baku("kebijakan", sendiri, KEBIJAKAN_SISTEM_KERJA_BAKU) is sendiri
    with pytest.raises(InvalidTypeError, match=r"kebijakan: expected KebijakanSistemKerja"):
        v.atau_baku("kebijakan", "ketat", KEBIJAKAN_SISTEM_KERJA_BAKU)
