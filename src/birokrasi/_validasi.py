"""The one set of validators, converters and argument checks every module uses.

Private. Attrs validators raise the library's own errors naming the field
(``Kelas.field: what was expected, got what was given``); argument checks name the argument
the same way. Converters do not judge: what they cannot convert is kept, so that the
validator rejects it with that message. A message renders any value safely (:func:`describe`,
:func:`render`); a date step that may leave the calendar goes through :func:`geser_tanggal`.
A helper written a second time elsewhere belongs here (the
:class:`~birokrasi.struktur.nip.NIP` converters live next to ``NIP``, above this layer).
"""

from __future__ import annotations

import datetime as _dt
import re as _re
import types as _types
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Sized
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from birokrasi.errors import InvalidTypeError, InvalidValueError
from birokrasi.pesan import Pesan, Pilihan, pembuat_templat
from birokrasi.pesan import describe as describe
from birokrasi.pesan import render as render
from birokrasi.pesan import teks_bulat as teks_bulat

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]

T = TypeVar("T")
K = TypeVar("K")
_B = TypeVar("_B")
V = TypeVar("V")


def nama_field(instance: object, attribute: attrs.Attribute[Any]) -> str:
    """``Kelas.field`` for error messages."""
    return f"{type(instance).__name__}.{attribute.name}"


def _cocok(value: object, types: tuple[type, ...]) -> bool:
    """``isinstance``, except that a ``bool`` is no ``int`` and a ``datetime`` no ``date``
    unless asked for: both are subclasses that would silently change the meaning."""
    if not isinstance(value, types):
        return False
    if isinstance(value, bool) and bool not in types:
        return False
    return not (isinstance(value, _dt.datetime) and _dt.datetime not in types)


def _di_luar(nama: str, value: Any, minimum: Any, maximum: Any) -> Pesan | None:
    """What ``value`` breaks of the bounds given (``must be between 1 and 12``), or ``None``."""
    if (minimum is None or value >= minimum) and (maximum is None or value <= maximum):
        return None
    if maximum is None:
        return _MIN(nama=nama, minimum=minimum, diberikan=render(value))
    if minimum is None:
        return _MAKS(nama=nama, maksimum=maximum, diberikan=render(value))
    return _ANTARA(nama=nama, minimum=minimum, maksimum=maximum, diberikan=render(value))


# -- checks of function arguments ----------------------------------------------------------


def pastikan_tipe(nama: str, value: object, *types: type) -> None:
    """Check a function argument's type, raising :class:`InvalidTypeError` naming it
    (``bool`` is not an ``int``, ``datetime`` not a ``date``)."""
    if not _cocok(value, types):
        raise InvalidTypeError(
            _TIPE(nama=nama, diharapkan=Pilihan(types), diberikan=describe(value))
        )


def atau_baku(nama: str, value: _B | None, baku: _B) -> _B:
    """Argument ``nama``: ``baku`` (a library default: a policy, a table) when ``None``, else
    a value of ``baku``'s class (:class:`~birokrasi.errors.InvalidTypeError` naming ``nama``
    otherwise)."""
    if value is None:
        return baku
    pastikan_tipe(nama, value, type(baku))
    return value


def pastikan_teks(nama: str, value: object) -> str:
    """A function argument that is a non-blank ``str``."""
    pastikan_tipe(nama, value, str)
    assert isinstance(value, str)
    if not value.strip():
        raise InvalidValueError(_KOSONG(nama=nama))
    return value


def pastikan_kunci(nama: str, value: object) -> str:
    """A function argument that is a key (a kode): :func:`pastikan_teks` without surrounding
    whitespace. Keys are compared exactly, so ``' BID1 '`` is refused rather than stored as a
    key that silently differs from ``'BID1'``; names and free text use :func:`pastikan_teks`."""
    pastikan_teks(nama, value)
    assert isinstance(value, str)
    if value != value.strip():
        raise InvalidValueError(_SPASI(nama=nama, diberikan=render(repr(value))))
    return value


def pastikan_bilangan(
    nama: str, value: object, minimum: int | None = None, maximum: int | None = None
) -> int:
    """A function argument that is an ``int`` (not ``bool``) inside the bounds given."""
    pastikan_tipe(nama, value, int)
    assert isinstance(value, int)
    salah = _di_luar(nama, value, minimum, maximum)
    if salah is not None:
        raise InvalidValueError(salah)
    return value


def pastikan_desimal(
    nama: str,
    value: object,
    minimum: Decimal | None = None,
    maximum: Decimal | None = None,
    *,
    positif: bool = False,
) -> Decimal:
    """A finite :class:`~decimal.Decimal` inside the bounds given, above 0 with ``positif``."""
    pastikan_tipe(nama, value, Decimal)
    assert isinstance(value, Decimal)
    if not value.is_finite():
        raise InvalidValueError(_HINGGA(nama=nama, diberikan=render(value)))
    salah = (
        _POSITIF(nama=nama, diberikan=render(value))
        if positif and value <= 0
        else _di_luar(nama, value, minimum, maximum)
    )
    if salah is not None:
        raise InvalidValueError(salah)
    return value


def pastikan_sama_panjang(nama_a: str, a: Sized, nama_b: str, b: Sized) -> None:
    """Two columns of one table (item ``i`` of each describing the same pegawai or unit):
    :class:`InvalidValueError` naming ``nama_b`` unless ``b`` has as many items as ``a``."""
    if len(a) != len(b):
        raise InvalidValueError(
            _PANJANG_BEDA(nama=nama_b, acuan=nama_a, panjang=len(a), diberikan=len(b))
        )


def iterabel(value: object) -> bool:
    """Whether ``value`` is a collection of items: iterable, but not text (``str``,
    ``bytes``), which would be read character by character, nor a mapping, which would be
    read as its keys."""
    return isinstance(value, Iterable) and not isinstance(value, str | bytes | Mapping)


def pastikan_iterabel(nama: str, value: object, diharapkan: str) -> None:
    """Raise :class:`InvalidTypeError` ``nama: expected <diharapkan>, got ...`` unless
    ``value`` is :func:`iterabel`."""
    if not iterabel(value):
        raise InvalidTypeError(_TIPE(nama=nama, diharapkan=diharapkan, diberikan=describe(value)))


def pastikan_eksak(nama: str, value: object) -> None:
    """An exact number: a :class:`~fractions.Fraction`, an ``int`` (not ``bool``) or a finite
    :class:`~decimal.Decimal`; never a ``float``."""
    pastikan_tipe(nama, value, Fraction, Decimal, int)
    if isinstance(value, Decimal) and not value.is_finite():
        raise InvalidValueError(_HINGGA(nama=nama, diberikan=render(value)))


def pastikan_pecahan(nama: str, value: object) -> Fraction:
    """An exact amount as :func:`ke_pecahan` leaves it: a :class:`~fractions.Fraction`. A
    non-finite ``Decimal`` is refused as a value; text (read it with
    :func:`pecahan_dari_teks`), ``float``, ``None``, ``bool`` and the rest as a type."""
    if isinstance(value, Fraction):
        return value
    if isinstance(value, Decimal) and not value.is_finite():
        raise InvalidValueError(_HINGGA(nama=nama, diberikan=render(value)))
    if isinstance(value, str):
        raise InvalidTypeError(_TEKS_BUKAN_ANGKA(nama=nama, diberikan=describe(value)))
    raise InvalidTypeError(_BUKAN_EKSAK(nama=nama, diberikan=describe(value)))


_ANGKA_INDONESIA = _re.compile(r"(-?)([1-9][0-9]{0,2}(?:\.[0-9]{3})+|[0-9]+)(?:,([0-9]+))?")
_DIGIT_TEKS = 4000
"""Digits a text may carry (Python's int-from-text limit is 4300)."""


def pecahan_dari_teks(nama: str, teks: object) -> Fraction:
    """The exact number written in Indonesian notation in ``teks``: a decimal comma and, in
    the whole part, dots grouping thousands (``"10,75"``, ``"1.234,5"``, ``"1234"``), an
    optional leading ``-`` and surrounding blanks. Refused with
    :class:`~birokrasi.errors.InvalidValueError`: English notation (``"10.75"``,
    ``"1,234.5"``), one dot group without a comma (``"1.234"``: 1234 in Indonesian, 1.234 in
    English), exponents, ``NaN``, other digits than 0-9, and more than 4000 digits."""
    pastikan_tipe(nama, teks, str)
    assert isinstance(teks, str)
    cocok = _ANGKA_INDONESIA.fullmatch(teks.strip())
    if cocok is None:
        raise InvalidValueError(_BUKAN_NOTASI(nama=nama, diberikan=describe(teks)))
    tanda, bulat, pecahan = cocok.groups()
    if bulat.count(".") == 1 and pecahan is None:
        raise InvalidValueError(_AMBIGU(nama=nama, diberikan=describe(teks)))
    digit = bulat.replace(".", "")
    if len(digit) + len(pecahan or "") > _DIGIT_TEKS:
        raise InvalidValueError(_DIGIT(nama=nama, batas=_DIGIT_TEKS))
    nilai = Fraction(int(digit))
    if pecahan is not None:
        nilai += Fraction(int(pecahan), 10 ** len(pecahan))
    return -nilai if tanda else nilai


# -- dates that stay in the calendar ---------------------------------------------------------

_HARI_BULAN = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _kabisat(tahun: int) -> bool:
    return tahun % 4 == 0 and (tahun % 100 != 0 or tahun % 400 == 0)


def geser_tanggal(tanggal: _dt.date, *, bulan: int = 0, hari: int = 0) -> _dt.date | None:
    """``tanggal`` moved by ``bulan`` calendar months (the day clipped to the month's length,
    as ``dateutil``'s ``relativedelta`` does) and then by ``hari`` days, or ``None`` when the
    result lies outside the calendar ``datetime`` holds (1 January of year 1 to
    31 December 9999). The month step may pass the calendar's end on the way: 1 December 9999
    plus one month less one day is 31 December 9999."""
    tahun, indeks = divmod(tanggal.year * 12 + tanggal.month - 1 + bulan, 12)
    kabisat = _kabisat(tahun)
    panjang = 29 if indeks == 1 and kabisat else _HARI_BULAN[indeks]
    lalu = tahun - 1
    ordinal = (
        lalu * 365
        + lalu // 4
        - lalu // 100
        + lalu // 400
        + sum(_HARI_BULAN[:indeks])
        + (indeks > 1 and kabisat)
        + min(tanggal.day, panjang)
        + hari
    )
    if 1 <= ordinal <= _dt.date.max.toordinal():
        return _dt.date.fromordinal(ordinal)
    return None


# -- attrs validators ----------------------------------------------------------------------


def instance_of(*types: type) -> Validator:
    """Like ``attrs.validators.instance_of`` but raising :class:`InvalidTypeError`.

    ``bool`` is never accepted where ``int`` is asked for, and ``datetime`` never where
    ``date`` is asked for: both are subclasses that would silently change the meaning.
    """

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        pastikan_tipe(nama_field(instance, attribute), value, *types)

    return check


def optional(validator: Validator) -> Validator:
    """Accept ``None`` or whatever ``validator`` accepts."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None:
            validator(instance, attribute, value)

    return check


def teks() -> Validator:
    """A non-blank ``str``."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        pastikan_teks(nama_field(instance, attribute), value)

    return check


def kunci() -> Validator:
    """A key (a kode other values refer to): a non-blank ``str`` without surrounding
    whitespace (:func:`pastikan_kunci`)."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        pastikan_kunci(nama_field(instance, attribute), value)

    return check


def bilangan(minimum: int | None = None, maximum: int | None = None) -> Validator:
    """An ``int`` (not ``bool``) inside ``[minimum, maximum]``."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        pastikan_bilangan(nama_field(instance, attribute), value, minimum, maximum)

    return check


def tuple_of(*types: type) -> Validator:
    """A ``tuple`` whose items are all instances of ``types``."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        nama = nama_field(instance, attribute)
        if not isinstance(value, tuple):
            raise InvalidTypeError(
                _TUPLE(nama=nama, diharapkan=Pilihan(types), diberikan=describe(value))
            )
        for index, item in enumerate(value):
            if not _cocok(item, types):
                raise InvalidTypeError(
                    _TIPE(
                        nama=f"{nama}[{index}]", diharapkan=Pilihan(types), diberikan=describe(item)
                    )
                )

    return check


def tuple_teks() -> Validator:
    """A ``tuple`` of non-blank ``str``."""
    is_tuple = tuple_of(str)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        is_tuple(instance, attribute, value)
        for index, item in enumerate(value):
            if not item.strip():
                raise InvalidValueError(
                    _BUTIR_KOSONG(nama=f"{nama_field(instance, attribute)}[{index}]")
                )

    return check


def tuple_kunci() -> Validator:
    """A ``tuple`` of keys (:func:`kunci`), each named by its index."""
    is_tuple = tuple_of(str)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        is_tuple(instance, attribute, value)
        for index, item in enumerate(value):
            pastikan_kunci(f"{nama_field(instance, attribute)}[{index}]", item)

    return check


def desimal(minimum: Decimal | None = None, maximum: Decimal | None = None) -> Validator:
    """A finite :class:`~decimal.Decimal` inside ``[minimum, maximum]`` (each bound when
    given)."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        pastikan_desimal(nama_field(instance, attribute), value, minimum, maximum)

    return check


def pecahan() -> Validator:
    """An exact amount (convert with :func:`ke_pecahan`), as :func:`pastikan_pecahan`."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        pastikan_pecahan(nama_field(instance, attribute), value)

    return check


def bagian(*, nol: bool = True) -> Validator:
    """An exact share: a :class:`~fractions.Fraction` between 0 and 1, where 0 is allowed
    only with ``nol`` (convert with :func:`ke_pecahan`)."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        nama = nama_field(instance, attribute)
        if not isinstance(value, Fraction):
            raise InvalidTypeError(_BAGIAN_TIPE(nama=nama, diberikan=describe(value)))
        if not (0 <= value <= 1 if nol else 0 < value <= 1):
            templat = _BAGIAN_NOL if nol else _BAGIAN_POSITIF
            raise InvalidValueError(templat(nama=nama, diberikan=render(value)))

    return check


# -- attrs converters ----------------------------------------------------------------------


def to_tuple(value: Any) -> Any:
    """Converter: an ordered collection of items (a ``list``, ``range`` or other sequence, or
    an iterator such as a generator, consumed once) becomes a tuple; anything else is kept so
    that the validator can reject it with a clear message.

    Text is a sequence but is kept, never split into characters; a mapping (its keys) and a
    ``set`` (no stable order: the tuple would differ from one process to the next) are kept
    too. :class:`KeTuple` gives type checkers the same rule, ``Sequence[T] | Iterator[T]``.
    """
    if isinstance(value, tuple):
        return value
    if isinstance(value, Iterator) or (
        isinstance(value, Sequence) and not isinstance(value, str | bytes)
    ):
        return tuple(value)
    return value


def to_frozenset(value: Any) -> Any:
    """Converter: a collection of items (any :func:`iterabel`) becomes a ``frozenset``;
    anything else (text and mappings included) is kept for the validator to reject."""
    if iterabel(value):
        return frozenset(value)
    return value


def to_mapping(value: Any) -> Any:
    """Converter: a mapping becomes a read-only copy; anything else is kept for the
    validator."""
    if isinstance(value, Mapping):
        return _types.MappingProxyType(dict(value))
    return value


# Typed converters. mypy's attrs plugin gives a constructor parameter the type of its
# converter's first argument, but leaves a generic *function*'s type variable unbound; it does
# bind a generic *class* written with its argument (``converter=KeTuple[Rating]``). So each
# class below is, for type checkers, a converter from a collection of ``T`` (or a mapping),
# and at run time its subscription is the plain converter function above.


class KeTuple(Generic[T]):
    """``converter=KeTuple[T]`` on a ``tuple[T, ...]`` field: the constructor takes any
    ordered collection of ``T``, a sequence or an iterator (:func:`to_tuple`)."""

    def __new__(cls, value: Sequence[T] | Iterator[T]) -> tuple[T, ...]:  # type: ignore[misc]
        hasil: tuple[T, ...] = to_tuple(value)
        return hasil

    if not TYPE_CHECKING:

        def __class_getitem__(cls, item):
            return to_tuple


class KeFrozenset(Generic[T]):
    """``converter=KeFrozenset[T]`` on a ``frozenset[T]`` field: the constructor takes any
    ``Iterable[T]`` (:func:`to_frozenset`)."""

    def __new__(cls, value: Iterable[T]) -> frozenset[T]:  # type: ignore[misc]
        hasil: frozenset[T] = to_frozenset(value)
        return hasil

    if not TYPE_CHECKING:

        def __class_getitem__(cls, item):
            return to_frozenset


class KeMapping(Generic[K, V]):
    """``converter=KeMapping[K, V]`` on a ``Mapping[K, V]`` field: the constructor takes any
    ``Mapping[K, V]`` and keeps a read-only copy (:func:`to_mapping`)."""

    def __new__(cls, value: Mapping[K, V]) -> Mapping[K, V]:  # type: ignore[misc]
        hasil: Mapping[K, V] = to_mapping(value)
        return hasil

    if not TYPE_CHECKING:

        def __class_getitem__(cls, item):
            return to_mapping


def ke_desimal(value: Decimal | int | str) -> Decimal:
    """Converter: an ``int`` or a numeric ``str`` becomes an exact :class:`~decimal.Decimal`;
    anything else (``float`` included: it is not exact) is kept for the validator to reject.
    Wrap it in ``attrs.converters.optional`` for a field that may be ``None``."""
    hasil: Decimal = _desimal_atau_asal(value)
    return hasil


def _desimal_atau_asal(value: object) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    if isinstance(value, str):
        try:
            return Decimal(value.strip())
        except ArithmeticError:
            return value
    return value


def ke_pecahan(value: Fraction | Decimal | int) -> Fraction:
    """Converter: an ``int`` or a finite :class:`~decimal.Decimal` becomes an exact
    :class:`~fractions.Fraction`; anything else (``float`` included: it is not exact) is kept
    for the validator to reject. Wrap it in ``attrs.converters.optional`` for a field that may
    be ``None``."""
    hasil: Fraction = _pecahan_atau_asal(value)
    return hasil


def _pecahan_atau_asal(value: object) -> Any:
    if isinstance(value, Decimal) and value.is_finite():
        return Fraction(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return Fraction(value)
    return value


_t = pembuat_templat(__name__)
_TIPE = _t("NILAI/tipe", "{nama}: expected {diharapkan}, got {diberikan}")
_TUPLE = _t("NILAI/tuple", "{nama}: expected a tuple of {diharapkan}, got {diberikan}")
_KOSONG = _t("NILAI/kosong", "{nama}: must not be blank")
_BUTIR_KOSONG = _t("NILAI/butir-kosong", "{nama}: blank text")
_SPASI = _t(
    "NILAI/spasi",
    "{nama}: {diberikan} has surrounding whitespace; a key is compared exactly, so strip it "
    "before passing it",
)
_MIN = _t("NILAI/minimum", "{nama}: must be >= {minimum}, got {diberikan}")
_MAKS = _t("NILAI/maksimum", "{nama}: must be <= {maksimum}, got {diberikan}")
_ANTARA = _t("NILAI/antara", "{nama}: must be between {minimum} and {maksimum}, got {diberikan}")
_POSITIF = _t("NILAI/positif", "{nama}: must be > 0, got {diberikan}")
_HINGGA = _t("NILAI/hingga", "{nama}: must be finite, got {diberikan}")
_TEKS_BUKAN_ANGKA = _t(
    "NILAI/teks-bukan-angka",
    "{nama}: text is not read as a number here; parse it first (angka_kredit_dari_teks reads "
    "'10,75'), got {diberikan}",
)
_BUKAN_EKSAK = _t(
    "NILAI/bukan-eksak",
    "{nama}: expected an exact number (Fraction, int or Decimal; never float), got {diberikan}",
)
_BUKAN_NOTASI = _t(
    "NILAI/notasi",
    "{nama}: {diberikan} is not a number in Indonesian notation (a decimal comma, dots grouping "
    "thousands: '10,75', '1.234,5')",
)
_AMBIGU = _t(
    "NILAI/ambigu",
    "{nama}: {diberikan} is ambiguous (one thousand and some in Indonesian notation, a decimal "
    "in English); write it without the dot or with a decimal comma",
)
_DIGIT = _t("NILAI/digit", "{nama}: more than {batas} digits")
_PANJANG_BEDA = _t(
    "NILAI/panjang-beda", "{nama}: expected as many items as {acuan} ({panjang}), got {diberikan}"
)
_BAGIAN_TIPE = _t(
    "NILAI/bagian-tipe",
    "{nama}: expected a Fraction, Decimal or int share (never float: shares must be exact), "
    "got {diberikan}",
)
_BAGIAN_NOL = _t("NILAI/bagian-nol", "{nama}: a share must be between 0 and 1, got {diberikan}")
_BAGIAN_POSITIF = _t(
    "NILAI/bagian-positif", "{nama}: a share must be above 0 and at most 1, got {diberikan}"
)
