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
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from birokrasi.errors import InvalidTypeError, InvalidValueError

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]

T = TypeVar("T")
K = TypeVar("K")
_B = TypeVar("_B")
V = TypeVar("V")


def nama_field(instance: object, attribute: attrs.Attribute[Any]) -> str:
    """``Kelas.field`` for error messages."""
    return f"{type(instance).__name__}.{attribute.name}"


def _singkat(ubah: Callable[[object], str], value: object) -> str:
    try:
        text = ubah(value)
    except Exception:
        text = f"<{type(value).__name__} that cannot be shown>"
    return text if len(text) <= 60 else text[:57] + "..."


def describe(value: object) -> str:
    """A short, safe rendering of a bad value for an error message; it never fails, even for
    an int past Python's digit limit or an object whose ``repr`` raises."""
    return f"{_singkat(repr, value)} ({type(value).__name__})"


def render(value: object) -> str:
    """``str(value)`` for an error message (``got 13``), as safe and short as
    :func:`describe`: an int past Python's digit limit cannot be formatted with ``str``."""
    return _singkat(str, value)


def _cocok(value: object, types: tuple[type, ...]) -> bool:
    """``isinstance``, except that a ``bool`` is no ``int`` and a ``datetime`` no ``date``
    unless asked for: both are subclasses that would silently change the meaning."""
    if not isinstance(value, types):
        return False
    if isinstance(value, bool) and bool not in types:
        return False
    return not (isinstance(value, _dt.datetime) and _dt.datetime not in types)


def _nama_tipe(types: tuple[type, ...]) -> str:
    return " or ".join(t.__name__ for t in types)


def _di_luar(value: Any, minimum: Any, maximum: Any) -> str | None:
    """What ``value`` breaks of the bounds given (``must be between 1 and 12``), or ``None``."""
    if (minimum is None or value >= minimum) and (maximum is None or value <= maximum):
        return None
    if maximum is None:
        return f"must be >= {minimum}"
    if minimum is None:
        return f"must be <= {maximum}"
    return f"must be between {minimum} and {maximum}"


def teks_bulat(n: int) -> str:
    """The decimal digits of ``n`` for a finding or an explanation, exact at any size (``str``
    refuses an int past Python's digit limit; ``Decimal`` does not)."""
    return str(Decimal(n))


# -- checks of function arguments ----------------------------------------------------------


def pastikan_tipe(nama: str, value: object, *types: type) -> None:
    """Check a function argument's type, raising :class:`InvalidTypeError` naming it
    (``bool`` is not an ``int``, ``datetime`` not a ``date``)."""
    if not _cocok(value, types):
        raise InvalidTypeError(f"{nama}: expected {_nama_tipe(types)}, got {describe(value)}")


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
        raise InvalidValueError(f"{nama}: must not be blank")
    return value


def pastikan_kunci(nama: str, value: object) -> str:
    """A function argument that is a key (a kode): :func:`pastikan_teks` without surrounding
    whitespace. Keys are compared exactly, so ``' BID1 '`` is refused rather than stored as a
    key that silently differs from ``'BID1'``; names and free text use :func:`pastikan_teks`."""
    pastikan_teks(nama, value)
    assert isinstance(value, str)
    if value != value.strip():
        raise InvalidValueError(
            f"{nama}: {_singkat(repr, value)} has surrounding whitespace; a key is "
            "compared exactly, so strip it before passing it"
        )
    return value


def pastikan_bilangan(
    nama: str, value: object, minimum: int | None = None, maximum: int | None = None
) -> int:
    """A function argument that is an ``int`` (not ``bool``) inside the bounds given."""
    pastikan_tipe(nama, value, int)
    assert isinstance(value, int)
    salah = _di_luar(value, minimum, maximum)
    if salah is not None:
        raise InvalidValueError(f"{nama}: {salah}, got {render(value)}")
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
        raise InvalidValueError(f"{nama}: must be finite, got {render(value)}")
    salah = "must be > 0" if positif and value <= 0 else _di_luar(value, minimum, maximum)
    if salah is not None:
        raise InvalidValueError(f"{nama}: {salah}, got {render(value)}")
    return value


def iterabel(value: object) -> bool:
    """Whether ``value`` is a collection of items: iterable, but not text (``str``,
    ``bytes``), which would be read character by character, nor a mapping, which would be
    read as its keys."""
    return isinstance(value, Iterable) and not isinstance(value, str | bytes | Mapping)


def pastikan_iterabel(nama: str, value: object, diharapkan: str) -> None:
    """Raise :class:`InvalidTypeError` ``nama: expected <diharapkan>, got ...`` unless
    ``value`` is :func:`iterabel`."""
    if not iterabel(value):
        raise InvalidTypeError(f"{nama}: expected {diharapkan}, got {describe(value)}")


def pastikan_eksak(nama: str, value: object) -> None:
    """An exact number: a :class:`~fractions.Fraction`, an ``int`` (not ``bool``) or a finite
    :class:`~decimal.Decimal`; never a ``float``."""
    pastikan_tipe(nama, value, Fraction, Decimal, int)
    if isinstance(value, Decimal) and not value.is_finite():
        raise InvalidValueError(f"{nama}: must be finite, got {render(value)}")


def pastikan_pecahan(nama: str, value: object) -> Fraction:
    """An exact amount as :func:`ke_pecahan` leaves it: a :class:`~fractions.Fraction`. A
    non-finite ``Decimal`` is refused as a value; text (read it with
    :func:`pecahan_dari_teks`), ``float``, ``None``, ``bool`` and the rest as a type."""
    if isinstance(value, Fraction):
        return value
    if isinstance(value, Decimal) and not value.is_finite():
        raise InvalidValueError(f"{nama}: must be finite, got {render(value)}")
    if isinstance(value, str):
        raise InvalidTypeError(
            f"{nama}: text is not read as a number here; parse it first "
            f"(angka_kredit_dari_teks reads '10,75'), got {describe(value)}"
        )
    raise InvalidTypeError(
        f"{nama}: expected an exact number (Fraction, int or Decimal; never float), "
        f"got {describe(value)}"
    )


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
        raise InvalidValueError(
            f"{nama}: {describe(teks)} is not a number in Indonesian notation (a decimal "
            f"comma, dots grouping thousands: '10,75', '1.234,5')"
        )
    tanda, bulat, pecahan = cocok.groups()
    if bulat.count(".") == 1 and pecahan is None:
        raise InvalidValueError(
            f"{nama}: {describe(teks)} is ambiguous (one thousand and some in Indonesian "
            f"notation, a decimal in English); write it without the dot or with a decimal comma"
        )
    digit = bulat.replace(".", "")
    if len(digit) + len(pecahan or "") > _DIGIT_TEKS:
        raise InvalidValueError(f"{nama}: more than {_DIGIT_TEKS} digits")
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
    names = _nama_tipe(types)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, tuple):
            raise InvalidTypeError(
                f"{nama_field(instance, attribute)}: expected a tuple of {names}, "
                f"got {describe(value)}"
            )
        for index, item in enumerate(value):
            if not _cocok(item, types):
                raise InvalidTypeError(
                    f"{nama_field(instance, attribute)}[{index}]: expected {names}, "
                    f"got {describe(item)}"
                )

    return check


def tuple_teks() -> Validator:
    """A ``tuple`` of non-blank ``str``."""
    is_tuple = tuple_of(str)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        is_tuple(instance, attribute, value)
        for index, item in enumerate(value):
            if not item.strip():
                raise InvalidValueError(f"{nama_field(instance, attribute)}[{index}]: blank text")

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
            raise InvalidTypeError(
                f"{nama}: expected a Fraction, Decimal or int share (never float: shares must "
                f"be exact), got {describe(value)}"
            )
        if not (0 <= value <= 1 if nol else 0 < value <= 1):
            syarat = "between 0 and 1" if nol else "above 0 and at most 1"
            raise InvalidValueError(f"{nama}: a share must be {syarat}, got {render(value)}")

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
