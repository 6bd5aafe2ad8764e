"""The one base of the library's enums (private helper).

* :class:`Tetap`: every enum of the library; its members are constants, so assigning or
  deleting an attribute of a member raises :class:`AnggotaTetap`. Every member has a
  :attr:`~Tetap.label` (its value when that is text; a class whose value is not text says what
  its label is) and :meth:`Tetap.parse` reads a member back from its label, its name or a
  registered variant, so every enum of the library is read from text the same way.
* :class:`Berlabel`: the value is the official (Indonesian) label and ``str()`` gives it. A
  member is written ``NAME = "label"``, or ``NAME = ("label", *data)`` with an
  ``__init__(self, label, *data)`` storing the data.
* :class:`Berperingkat`: a labelled enum whose members carry a rank (``peringkat``); a better
  member is *greater*, and members of different classes do not compare.
"""

from __future__ import annotations

import enum
import operator
import re
import types
import unicodedata
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from birokrasi import _validasi as v
from birokrasi.errors import BirokrasiError, InvalidTypeError, InvalidValueError
from birokrasi.pesan import pembuat_templat

__all__ = [
    "AnggotaTetap",
    "Berlabel",
    "Berperingkat",
    "Tetap",
    "kunci_teks",
    "pasang_varian",
    "varian",
]

E = TypeVar("E", bound="Tetap")

_PEMISAH = re.compile(r"[\s_]+")


class AnggotaTetap(BirokrasiError, AttributeError):
    """An attribute of an enum member was assigned or deleted: members are constants."""


class _TetapMeta(enum.EnumType):
    """Looking a member up by value raises only the library's error: the standard lookup
    formats the value into its own message first, which fails for an int past Python's digit
    limit (``ValueError``) or a value whose ``repr`` raises (anything)."""

    def __call__(cls, value: Any, *args: Any, **kwargs: Any) -> Any:
        if args or kwargs or not cls._member_map_:
            return super().__call__(value, *args, **kwargs)
        try:
            return super().__call__(value)
        except BirokrasiError:
            raise
        except Exception:
            return cls._missing_(value)  # type: ignore[attr-defined]


class Tetap(enum.Enum, metaclass=_TetapMeta):
    """An enum whose members cannot be changed once the class is built (a rank or label
    reassigned at run time would change every comparison in the process)."""

    def __setattr__(self, name: str, value: object) -> None:
        nama = self.__dict__.get("_name_")
        if nama is not None and type(self)._member_map_.get(nama) is self:
            raise _tetap(self, name)
        super().__setattr__(name, value)

    def __delattr__(self, name: str) -> None:
        raise _tetap(self, name)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        pasang_varian(cls, {})

    @property
    def label(self) -> str:
        """The member's label: its value when that is text (a class whose values are not text
        overrides this)."""
        nilai = self._value_
        return nilai if isinstance(nilai, str) else self.name

    @classmethod
    def parse(cls: type[E], text: object) -> E:
        """The member named by ``text``: its label, English label, member name or a variant
        found in the wild (case, spacing and underscores are ignored).

        A member of the class is returned unchanged; anything else raises
        :class:`~birokrasi.errors.InvalidValueError` listing the accepted labels.
        """
        if isinstance(text, cls):
            return text
        if not isinstance(text, str):
            raise InvalidTypeError(_PARSE_TIPE(kelas=cls.__name__, diberikan=v.describe(text)))
        member = _VARIAN[cls].get(kunci_teks(text))
        if member is None:
            raise InvalidValueError(
                _PARSE_TIDAK_DIKENAL(
                    kelas=cls.__name__,
                    teks=v.render(repr(text)),
                    label=tuple(repr(m.label) for m in cls),
                )
            )
        assert isinstance(member, cls)
        return member

    @classmethod
    def _missing_(cls, value: object) -> Any:
        """``Predikat("baik")`` and other unknown values: a library error naming the class and
        the way to get a member (by name, or by ``parse`` for labelled enums)."""
        raise InvalidValueError(
            _BUKAN_NILAI(
                kelas=cls.__name__, diberikan=v.describe(value), nama=tuple(cls.__members__)
            )
        )


def _tetap(anggota: Tetap, name: str) -> AnggotaTetap:
    """The error for changing attribute ``name`` of a member its class has registered."""
    return AnggotaTetap(_TETAP(nama=f"{type(anggota).__name__}.{anggota.name}.{name}"))


def kunci_teks(text: str) -> str:
    """Normalise a label for parsing: NFKC, case-folded, without spaces or underscores."""
    return _PEMISAH.sub("", unicodedata.normalize("NFKC", text).casefold())


_VARIAN: dict[type[Tetap], Mapping[str, Tetap]] = {}


def pasang_varian(cls: type[Tetap], extra: Mapping[str, str]) -> None:
    """Register the parser table of ``cls``: every label, English label and member name, plus
    the ``extra`` variants (text → member name)."""
    table: dict[str, Tetap] = {}
    for member in cls:
        for text in (member.label, getattr(member, "label_en", None), member.name):
            if text is not None:
                table[kunci_teks(text)] = member
    for text, name in extra.items():
        table[kunci_teks(text)] = cls[name]
    _VARIAN[cls] = types.MappingProxyType(table)


def varian(cls: type[Tetap]) -> tuple[str, ...]:
    """The normalised texts the parser of ``cls`` accepts (for docs and tests)."""
    return tuple(_VARIAN[cls])


class Berlabel(Tetap):
    """An enum whose value is the official (Indonesian) label of the member."""

    _value_: str

    def __new__(cls, label: str, *data: object) -> Any:
        obj = object.__new__(cls)
        obj._value_ = label
        return obj

    @property
    def label(self) -> str:
        """The official label."""
        return self._value_

    def __str__(self) -> str:
        return self.label


class Berperingkat(Berlabel):
    """A labelled enum whose members carry an English label and a rank, written
    ``NAME = ("label", "English label", peringkat)``. Comparisons follow the rank, so a
    better member is *greater*; members of two different classes do not compare."""

    label_en: str
    peringkat: int

    def __init__(self, label: str, label_en: str, peringkat: int) -> None:
        self.label_en = label_en
        self.peringkat = peringkat

    def __lt__(self, other: object) -> bool:
        return _banding(self, other, operator.lt)

    def __le__(self, other: object) -> bool:
        return _banding(self, other, operator.le)

    def __gt__(self, other: object) -> bool:
        return _banding(self, other, operator.gt)

    def __ge__(self, other: object) -> bool:
        return _banding(self, other, operator.ge)


def _banding(a: Berperingkat, b: object, op: Callable[[int, int], bool]) -> bool:
    """``op`` on the ranks of two members of one class; ``NotImplemented`` across classes."""
    if isinstance(b, Berperingkat) and type(b) is type(a):
        return op(a.peringkat, b.peringkat)
    return NotImplemented  # type: ignore[no-any-return]


_t = pembuat_templat(__name__)
_PARSE_TIPE = _t("ENUM/parse-tipe", "{kelas}.parse: text: expected str, got {diberikan}")
_PARSE_TIDAK_DIKENAL = _t(
    "ENUM/parse-tidak-dikenal",
    "{kelas}.parse: {teks} is not a known {kelas}; accepted labels: {label} (and their listed "
    "variants, any case or spacing)",
)
_BUKAN_NILAI = _t(
    "ENUM/bukan-nilai",
    "{kelas}({diberikan}): not a value of {kelas}; get a member with {kelas}[NAME] or "
    "{kelas}.parse(text) (names: {nama})",
)
_TETAP = _t("ENUM/tetap", "{nama}: enum members are constants and cannot be changed")
