"""Private base for the ranked, labelled enums of :mod:`birokrasi.kinerja` and their parser."""

from __future__ import annotations

import enum
import re
import types
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from birokrasi import _validasi as v
from birokrasi._enum import Berlabel as _Berlabel
from birokrasi.errors import InvalidTypeError, InvalidValueError

E = TypeVar("E", bound="Berperingkat")

_PEMISAH = re.compile(r"[\s_]+")


def kunci_teks(text: str) -> str:
    """Normalise a label for parsing: NFKC, case-folded, without spaces or underscores."""
    return _PEMISAH.sub("", unicodedata.normalize("NFKC", text).casefold())


_VARIAN: dict[type[Berperingkat], Mapping[str, Berperingkat]] = {}


class Berperingkat(enum.Enum):
    """An enum whose members carry an official label, an English label and a rank.

    Members are listed in the regulation's order (best first); comparisons follow the rank,
    so a better value is *greater*. The value is the official label.
    """

    label: str
    label_en: str
    peringkat: int

    def __new__(cls, label: str, label_en: str, peringkat: int) -> Any:
        obj = object.__new__(cls)
        obj._value_ = label
        obj.label = label
        obj.label_en = label_en
        obj.peringkat = peringkat
        return obj

    def __lt__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Berperingkat)
        return self.peringkat < other.peringkat

    def __le__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Berperingkat)
        return self.peringkat <= other.peringkat

    def __gt__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Berperingkat)
        return self.peringkat > other.peringkat

    def __ge__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, Berperingkat)
        return self.peringkat >= other.peringkat

    def __str__(self) -> str:
        return self.label

    @classmethod
    def parse(cls: type[E], text: object) -> E:
        """The member named by ``text``: its official label, English label, member name or a
        variant found in the wild (case, spacing and underscores are ignored).

        A member of the class is returned unchanged; anything else raises
        :class:`~birokrasi.errors.InvalidValueError` listing the accepted labels.
        """
        if isinstance(text, cls):
            return text
        if not isinstance(text, str):
            raise InvalidTypeError(
                f"{cls.__name__}.parse: text: expected str, got {v.describe(text)}"
            )
        member = _VARIAN[cls].get(kunci_teks(text))
        if member is None:
            accepted = ", ".join(repr(m.label) for m in cls)
            raise InvalidValueError(
                f"{cls.__name__}.parse: {text!r} is not a known {cls.__name__}; "
                f"accepted labels: {accepted} (and their listed variants, any case or spacing)"
            )
        assert isinstance(member, cls)
        return member


def pasang_varian(cls: type[Berperingkat], extra: Mapping[str, str]) -> None:
    """Register the parser table of ``cls``: every label, English label and member name, plus
    the ``extra`` variants (text → member name)."""
    table: dict[str, Berperingkat] = {}
    for member in cls:
        for text in (member.label, member.label_en, member.name):
            table[kunci_teks(text)] = member
    for text, name in extra.items():
        table[kunci_teks(text)] = cls[name]
    _VARIAN[cls] = types.MappingProxyType(table)


def varian(cls: type[Berperingkat]) -> tuple[str, ...]:
    """The normalised texts the parser of ``cls`` accepts (for docs and tests)."""
    return tuple(_VARIAN[cls])


def iterabel(value: object) -> bool:
    """Whether ``value`` is a collection of items: iterable, but not text or a mapping."""
    return isinstance(value, Iterable) and not isinstance(value, str | bytes | Mapping)


class Berlabel(_Berlabel):
    """An enum whose value is its official label; ``str()`` gives the label too."""

    def __str__(self) -> str:
        return self.label
