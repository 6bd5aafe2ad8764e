"""Every public value to and from plain Python data, without I/O.

:func:`ke_data` turns a value into ``dict``/``list``/``str``/``int``/``bool``/``None`` that
``json.dumps`` (or a JSON column, a message queue, a cache) accepts as is; :func:`dari_data`
rebuilds the value from such data and ``dari_data(type(x), ke_data(x)) == x`` for every value.
The library reads and writes no file: where the data goes is the caller's business.

The shapes:

* an attrs class is a ``dict`` of its fields under their constructor names (all written;
  on load a missing field with a default takes the default);
* ``Decimal`` is its ``str`` (``"12.50"``, exact), ``Fraction`` is ``"n/d"``, a ``date`` is
  ISO ``"YYYY-MM-DD"``, an enum member is its name (``"SANGAT_BAIK"``), a :class:`NIP` is its
  18-digit string (loaded with any NI PPPK code 13-99 in digits 13-14, the codes an agency may
  have admitted with ``NIP.dari_teks(..., kode_pppk=...)``); tuples and frozensets are lists
  (frozensets sorted), mappings are dicts keyed by the key's string form;
* where a field may hold one of several classes (the events of a
  :class:`~birokrasi.kinerja.pemantauan.jurnal.JurnalKinerja`), the dict carries ``"@tipe"``, the
  class name;
* a :class:`~birokrasi.hukum.Peraturan` (inside every ``Dasar`` and ``Aturan``) is written as
  its full data, not as a key into the library's list: agencies cite their own regulations,
  and a value must round-trip without a registry;
* a derived field (attrs ``init=False``, e.g. ``PenilaianKinerja.predikat``) is written for the
  reader's convenience but never believed on load: the value is rebuilt from its inputs and a
  derived field present in the data must equal the rebuilt one, or loading fails;
* private index fields (names starting with ``_``) are never written: indexes are rebuilt.

Loading is a trust boundary. Bad data raises only :class:`~birokrasi.errors.BirokrasiError`
subclasses (``InvalidTypeError`` for a wrong JSON type, ``InvalidValueError`` for the rest,
including the constructors' own rule checks) and the message starts with the path of the bad
field, e.g. ``skp.hasil_kerja[2].indikator[0].target.nilai: ...``.

Why no cattrs: the structuring is driven by attrs' own introspection (``attrs.fields``,
``Attribute.alias``/``init``/``default``) and the resolved type hints
(``typing.get_type_hints``, which is what ``attrs.resolve_types`` calls, without writing the
result back into the classes). The library's types use a small, closed set of field types, so
about two hundred lines cover them all with our own error paths and the strict
Decimal/Fraction/date/NIP shapes above; runtime dependencies stay ``attrs`` and
``python-dateutil``, and no optional extra is needed. The only state is a cache of each
class's field plan (a pure function of the class).

>>> import datetime as dt
>>> from birokrasi import Periode
>>> ke_data(Periode(dt.date(2024, 1, 1), dt.date(2024, 3, 31)))
{'mulai': '2024-01-01', 'selesai': '2024-03-31'}
>>> dari_data(Periode, {"mulai": "2024-01-01", "selesai": "2024-03-31"})
Periode(mulai=datetime.date(2024, 1, 1), selesai=datetime.date(2024, 3, 31))
>>> dari_data(Periode, {"mulai": "2024-01-01", "selesai": "2024-13-01"})
Traceback (most recent call last):
...
birokrasi.errors.InvalidValueError: periode.selesai: not a valid date: '2024-13-01'
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
import types
import typing
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import Any, TypeAlias, TypeVar, cast

import attrs

from birokrasi._validasi import describe
from birokrasi.errors import BirokrasiError, InvalidTypeError, InvalidValueError
from birokrasi.struktur.nip import NIP, _nip_tersimpan

__all__ = ["TAG_TIPE", "Data", "dari_data", "ke_data"]

Data: TypeAlias = "bool | int | str | list[Data] | dict[str, Data] | None"
"""Plain, JSON-compatible data: what :func:`ke_data` returns and :func:`dari_data` reads."""

TAG_TIPE = "@tipe"
"""The key naming the class of a value where a field admits several classes."""

T = TypeVar("T")

_TANGGAL = re.compile(r"\d{4}-\d{2}-\d{2}")
_PECAHAN = re.compile(r"-?\d{1,400}(/\d{1,400})?")
_KELAS_FIELD = re.compile(r"(\w+)\.(\w+)((?:\[\d+\])*)")
_ULAR = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


@attrs.frozen
class _Kolom:
    """One serialised field of an attrs class."""

    nama: str  # the attribute name
    kunci: str  # the key in the data (the constructor name for init fields)
    tipe: Any
    init: bool
    wajib: bool


@functools.cache
def _kolom(cls: type) -> tuple[_Kolom, ...]:
    hints = typing.get_type_hints(cls)
    return tuple(
        _Kolom(
            f.name,
            f.alias if f.init else f.name,
            hints[f.name],
            f.init,
            f.init and f.default is attrs.NOTHING,
        )
        for f in attrs.fields(cls)
        if not f.name.startswith("_")
    )


def _akar(cls: type) -> str:
    return _ULAR.sub("_", cls.__name__).lower()


def _anggota_union(tipe: Any) -> tuple[Any, ...] | None:
    if typing.get_origin(tipe) in (typing.Union, types.UnionType):
        return typing.get_args(tipe)
    return None


# -- writing ---------------------------------------------------------------------------------


def ke_data(nilai: object) -> Data:
    """``nilai`` (any public value, or a tuple/list of them) as plain, JSON-compatible data.

    >>> from birokrasi import NIP, Predikat
    >>> ke_data((Predikat.BAIK, NIP("198001012006041001")))
    ['BAIK', '198001012006041001']
    """
    return _ke(nilai, type(nilai), "nilai")


def _ke(nilai: Any, tipe: Any, jalur: str) -> Data:
    anggota = _anggota_union(tipe)
    if anggota is not None:
        if nilai is None:
            return None
        pilihan = [a for a in anggota if a is not type(None)]
        if len(pilihan) == 1:
            return _ke(nilai, pilihan[0], jalur)
        data = _ke(nilai, type(nilai), jalur)
        assert isinstance(data, dict)
        return {TAG_TIPE: type(nilai).__name__, **data}
    asal = typing.get_origin(tipe) or tipe
    if asal in (tuple, list):
        args = typing.get_args(tipe)
        if len(args) == 2 and args[1] is Ellipsis:
            return [_ke(x, args[0], f"{jalur}[{i}]") for i, x in enumerate(nilai)]
        if args:
            return [
                _ke(x, a, f"{jalur}[{i}]") for i, (x, a) in enumerate(zip(nilai, args, strict=True))
            ]
        return [_ke(x, type(x), f"{jalur}[{i}]") for i, x in enumerate(nilai)]
    if asal is frozenset:
        (arg,) = typing.get_args(tipe)
        return sorted((_ke(x, arg, jalur) for x in nilai), key=repr)
    if asal is Mapping:
        kunci_tipe, nilai_tipe = typing.get_args(tipe)
        hasil: dict[str, Data] = {}
        for k, x in nilai.items():
            kunci = _ke(k, kunci_tipe, jalur)
            assert isinstance(kunci, str)
            hasil[kunci] = _ke(x, nilai_tipe, f"{jalur}[{kunci!r}]")
        return hasil
    if isinstance(nilai, enum.Enum):
        return nilai.name
    if nilai is None or isinstance(nilai, bool | int | str):
        return cast(Data, nilai)
    if isinstance(nilai, Decimal):
        return str(nilai)
    if isinstance(nilai, Fraction):
        return f"{nilai.numerator}/{nilai.denominator}"
    if isinstance(nilai, dt.date) and not isinstance(nilai, dt.datetime):
        return nilai.isoformat()
    if isinstance(nilai, NIP):
        return nilai.digit
    kelas: type = type(nilai)
    if attrs.has(kelas):
        return {
            k.kunci: _ke(getattr(nilai, k.nama), k.tipe, f"{jalur}.{k.kunci}")
            for k in _kolom(kelas)
        }
    raise InvalidTypeError(f"{jalur}: cannot serialise {describe(nilai)}")


# -- reading ---------------------------------------------------------------------------------


def dari_data(tipe: type[T], data: object, *, akar: str | None = None) -> T:
    """Rebuild a value of ``tipe`` from plain data written by :func:`ke_data`.

    ``akar`` names the root in error paths (default: ``tipe`` in snake case, e.g. ``skp``).
    Raises only :class:`~birokrasi.errors.BirokrasiError` subclasses, naming the path.

    >>> from birokrasi import Rating
    >>> dari_data(tuple[Rating, ...], ["DI_ATAS_EKSPEKTASI"])
    (<Rating.DI_ATAS_EKSPEKTASI: 'Di Atas Ekspektasi'>,)
    >>> dari_data(Rating, "SANGAT_ISTIMEWA", akar="rating_hasil_kerja")
    Traceback (most recent call last):
    ...
    birokrasi.errors.InvalidValueError: rating_hasil_kerja: 'SANGAT_ISTIMEWA' is not a member \
of Rating (expected one of DI_ATAS_EKSPEKTASI, SESUAI_EKSPEKTASI, DI_BAWAH_EKSPEKTASI)
    """
    if akar is None:
        akar = _akar(tipe) if isinstance(tipe, type) else "data"
    return cast(T, _dari(tipe, data, akar))


def _salah_tipe(jalur: str, harapan: str, data: object) -> InvalidTypeError:
    return InvalidTypeError(f"{jalur}: expected {harapan}, got {describe(data)}")


def _dari(tipe: Any, data: object, jalur: str) -> Any:
    anggota = _anggota_union(tipe)
    if anggota is not None:
        return _dari_union(anggota, data, jalur)
    asal = typing.get_origin(tipe) or tipe
    if asal is tuple:
        return _dari_tuple(typing.get_args(tipe), data, jalur)
    if asal is frozenset:
        if not isinstance(data, list):
            raise _salah_tipe(jalur, "a list", data)
        (arg,) = typing.get_args(tipe)
        return frozenset(_dari(arg, x, f"{jalur}[{i}]") for i, x in enumerate(data))
    if asal is Mapping:
        if not isinstance(data, dict):
            raise _salah_tipe(jalur, "a dict", data)
        kunci_tipe, nilai_tipe = typing.get_args(tipe)
        return {
            _dari(kunci_tipe, k, f"{jalur}[{k!r}]"): _dari(nilai_tipe, x, f"{jalur}[{k!r}]")
            for k, x in data.items()
        }
    if tipe is bool:
        if not isinstance(data, bool):
            raise _salah_tipe(jalur, "a bool", data)
        return data
    if tipe is int:
        if not isinstance(data, int) or isinstance(data, bool):
            raise _salah_tipe(jalur, "an int", data)
        return data
    if tipe is str:
        if not isinstance(data, str):
            raise _salah_tipe(jalur, "a str", data)
        return data
    if isinstance(tipe, type) and issubclass(tipe, enum.Enum):
        return _dari_enum(tipe, data, jalur)
    if tipe is Decimal:
        return _dari_desimal(data, jalur)
    if tipe is Fraction:
        return _dari_pecahan(data, jalur)
    if tipe is dt.date:
        return _dari_tanggal(data, jalur)
    if tipe is NIP:
        if not isinstance(data, str):
            raise _salah_tipe(jalur, "an 18-digit NIP string", data)
        try:
            return _nip_tersimpan(data)
        except BirokrasiError as e:
            raise type(e)(f"{jalur}: {e}") from e
    if isinstance(tipe, type) and attrs.has(tipe):
        return _dari_attrs(tipe, data, jalur)
    raise InvalidTypeError(f"{jalur}: cannot load a value of type {tipe!r}")


def _dari_union(anggota: tuple[Any, ...], data: object, jalur: str) -> Any:
    if data is None and type(None) in anggota:
        return None
    kelas = [a for a in anggota if a is not type(None)]
    if len(kelas) == 1:
        return _dari(kelas[0], data, jalur)
    if not isinstance(data, dict):
        raise _salah_tipe(jalur, "a dict", data)
    nama = data.get(TAG_TIPE)
    pilihan = {k.__name__: k for k in kelas}
    if nama not in pilihan:
        raise InvalidValueError(
            f"{jalur}.{TAG_TIPE}: expected one of {', '.join(pilihan)}, got {describe(nama)}"
        )
    isi = {k: x for k, x in data.items() if k != TAG_TIPE}
    return _dari(pilihan[cast(str, nama)], isi, jalur)


def _dari_tuple(args: tuple[Any, ...], data: object, jalur: str) -> tuple[Any, ...]:
    if not isinstance(data, list):
        raise _salah_tipe(jalur, "a list", data)
    if len(args) == 2 and args[1] is Ellipsis:
        return tuple(_dari(args[0], x, f"{jalur}[{i}]") for i, x in enumerate(data))
    if len(data) != len(args):
        raise InvalidValueError(f"{jalur}: expected a list of {len(args)}, got {len(data)} items")
    return tuple(
        _dari(a, x, f"{jalur}[{i}]") for i, (a, x) in enumerate(zip(args, data, strict=True))
    )


def _dari_enum(tipe: type[enum.Enum], data: object, jalur: str) -> enum.Enum:
    if not isinstance(data, str):
        raise _salah_tipe(jalur, f"a {tipe.__name__} member name", data)
    anggota = tipe.__members__.get(data)
    if anggota is None:
        raise InvalidValueError(
            f"{jalur}: {data[:40]!r} is not a member of {tipe.__name__} "
            f"(expected one of {', '.join(tipe.__members__)})"
        )
    return anggota


def _dari_desimal(data: object, jalur: str) -> Decimal:
    if not isinstance(data, str):
        raise _salah_tipe(jalur, "a decimal number as a str", data)
    try:
        hasil = Decimal(data)
    except InvalidOperation:
        raise InvalidValueError(f"{jalur}: not a decimal number: {data[:40]!r}") from None
    if not hasil.is_finite():
        raise InvalidValueError(f"{jalur}: not a finite decimal number: {data[:40]!r}")
    return hasil


def _dari_pecahan(data: object, jalur: str) -> Fraction:
    if not isinstance(data, str):
        raise _salah_tipe(jalur, "a fraction 'n/d' as a str", data)
    if not _PECAHAN.fullmatch(data):
        raise InvalidValueError(f"{jalur}: not a fraction 'n/d': {data[:40]!r}")
    try:
        return Fraction(data)
    except ZeroDivisionError:
        raise InvalidValueError(f"{jalur}: zero denominator in {data!r}") from None


def _dari_tanggal(data: object, jalur: str) -> dt.date:
    if not isinstance(data, str):
        raise _salah_tipe(jalur, "an ISO date 'YYYY-MM-DD'", data)
    if _TANGGAL.fullmatch(data):
        try:
            return dt.date.fromisoformat(data)
        except ValueError:
            pass
    raise InvalidValueError(f"{jalur}: not a valid date: {data[:40]!r}")


def _dari_attrs(tipe: type, data: object, jalur: str) -> Any:
    if not isinstance(data, dict):
        raise _salah_tipe(jalur, f"a dict of {tipe.__name__} fields", data)
    kolom = _kolom(tipe)
    dikenal = {k.kunci for k in kolom}
    for kunci in data:
        if kunci not in dikenal:
            raise InvalidValueError(f"{jalur}: unknown field {describe(kunci)} for {tipe.__name__}")
    kwargs: dict[str, Any] = {}
    for k in kolom:
        if not k.init:
            continue
        if k.kunci in data:
            kwargs[k.kunci] = _dari(k.tipe, data[k.kunci], f"{jalur}.{k.kunci}")
        elif k.wajib:
            raise InvalidValueError(f"{jalur}.{k.kunci}: missing required field")
    nilai = _bangun(tipe, kwargs, jalur)
    for k in kolom:
        if not k.init and k.kunci in data:
            turunan = _ke(getattr(nilai, k.nama), k.tipe, f"{jalur}.{k.kunci}")
            if data[k.kunci] != turunan:
                raise InvalidValueError(
                    f"{jalur}.{k.kunci}: derived field is {turunan!r} from the other fields, "
                    f"the data says {describe(data[k.kunci])}"
                )
    return nilai


def _bangun(tipe: type, kwargs: dict[str, Any], jalur: str) -> Any:
    """Call the constructor, prefixing its own error with the path of the offending field."""
    try:
        return tipe(**kwargs)
    except BirokrasiError as e:
        raise type(e)(f"{_jalur_galat(tipe, str(e), jalur)}: {e}") from e
    except Exception as e:  # the trust boundary: anything else is bad data too
        raise InvalidValueError(f"{jalur}: {type(e).__name__}: {e}") from e


def _jalur_galat(tipe: type, pesan: str, jalur: str) -> str:
    """``jalur`` extended by the field that a ``Kelas.field[i]: ...`` message names."""
    cocok = _KELAS_FIELD.match(pesan)
    if cocok is None or cocok.group(1) != tipe.__name__:
        return jalur
    nama = {k.nama: k.kunci for k in _kolom(tipe)}.get(cocok.group(2))
    return jalur if nama is None else f"{jalur}.{nama}{cocok.group(3)}"
