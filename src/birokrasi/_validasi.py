"""Attrs validators and converters that raise the library's own errors, naming the field.

Private: public modules use these so that every constructor rejects bad input with an error
of the form ``Kelas.field: what was expected, what was given``.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from birokrasi.errors import InvalidTypeError, InvalidValueError

T = TypeVar("T")

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def nama_field(instance: object, attribute: attrs.Attribute[Any]) -> str:
    """``Kelas.field`` for error messages."""
    return f"{type(instance).__name__}.{attribute.name}"


def describe(value: object) -> str:
    """A short, safe rendering of a bad value for an error message."""
    text = repr(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return f"{text} ({type(value).__name__})"


def instance_of(*types: type) -> Validator:
    """Like ``attrs.validators.instance_of`` but raising :class:`InvalidTypeError`.

    ``bool`` is never accepted where ``int`` is asked for, and ``datetime`` never where
    ``date`` is asked for: both are subclasses that would silently change the meaning.
    """
    names = " or ".join(t.__name__ for t in types)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        ok = isinstance(value, types)
        if ok and isinstance(value, bool) and bool not in types:
            ok = False
        if ok and isinstance(value, _dt.datetime) and _dt.datetime not in types:
            ok = False
        if not ok:
            raise InvalidTypeError(
                f"{nama_field(instance, attribute)}: expected {names}, got {describe(value)}"
            )

    return check


def optional(validator: Validator) -> Validator:
    """Accept ``None`` or whatever ``validator`` accepts."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None:
            validator(instance, attribute, value)

    return check


def teks() -> Validator:
    """A non-blank ``str``."""
    is_str = instance_of(str)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        is_str(instance, attribute, value)
        if not value.strip():
            raise InvalidValueError(f"{nama_field(instance, attribute)}: must not be blank")

    return check


def bilangan(minimum: int | None = None, maximum: int | None = None) -> Validator:
    """An ``int`` (not ``bool``) inside ``[minimum, maximum]``."""
    is_int = instance_of(int)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        is_int(instance, attribute, value)
        if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
            raise InvalidValueError(
                f"{nama_field(instance, attribute)}: must be between {minimum} and {maximum}, "
                f"got {value}"
            )

    return check


def tuple_of(*types: type) -> Validator:
    """A ``tuple`` whose items are all instances of ``types``."""
    names = " or ".join(t.__name__ for t in types)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, tuple):
            raise InvalidTypeError(
                f"{nama_field(instance, attribute)}: expected a tuple of {names}, "
                f"got {describe(value)}"
            )
        for index, item in enumerate(value):
            if not isinstance(item, types) or (isinstance(item, bool) and bool not in types):
                raise InvalidTypeError(
                    f"{nama_field(instance, attribute)}[{index}]: expected {names}, "
                    f"got {describe(item)}"
                )

    return check


def to_tuple(value: Any) -> Any:
    """Converter: a ``list`` or an iterator (e.g. a generator) becomes a tuple; anything else
    is kept so that the validator can reject it with a clear message.

    Other iterables are not consumed: a ``set`` has no stable order and a ``range`` may be
    unbounded in practice, so both are refused by the validator rather than guessed at.
    """
    if isinstance(value, list | Iterator):
        return tuple(value)
    return value


def ke_desimal(value: Any) -> Any:
    """Converter: an ``int`` or a numeric ``str`` becomes an exact :class:`~decimal.Decimal`;
    anything else (``float`` included: it is not exact) is kept for the validator to reject."""
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    if isinstance(value, str):
        try:
            return Decimal(value.strip())
        except ArithmeticError:
            return value
    return value


def desimal(minimum: Decimal | None = None) -> Validator:
    """A finite :class:`~decimal.Decimal`, at least ``minimum`` when given."""
    is_decimal = instance_of(Decimal)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        is_decimal(instance, attribute, value)
        if not value.is_finite():
            raise InvalidValueError(
                f"{nama_field(instance, attribute)}: must be finite, got {value}"
            )
        if minimum is not None and value < minimum:
            raise InvalidValueError(
                f"{nama_field(instance, attribute)}: must be >= {minimum}, got {value}"
            )

    return check


def periksa_tipe(nama: str, value: object, *types: type) -> None:
    """Check a function argument's type, raising :class:`InvalidTypeError` naming it."""
    ok = isinstance(value, types)
    if ok and isinstance(value, bool) and bool not in types:
        ok = False
    if ok and isinstance(value, _dt.datetime) and _dt.datetime not in types:
        ok = False
    if not ok:
        names = " or ".join(t.__name__ for t in types)
        raise InvalidTypeError(f"{nama}: expected {names}, got {describe(value)}")


def iterabel(value: object) -> bool:
    """Whether ``value`` is a collection of items: iterable, but not text or a mapping."""
    return isinstance(value, Iterable) and not isinstance(value, str | bytes | Mapping)
