"""Every public value to and from plain Python data, without I/O.

:func:`ke_data` turns a value into ``dict``/``list``/``str``/``int``/``bool``/``None`` that
``json.dumps`` (or a JSON column, a message queue, a cache) accepts as is; :func:`dari_data`
rebuilds the value from such data and ``dari_data(type(x), ke_data(x)) == x`` for every value.
A function's result loads with the function's return type: ``tuple[Pelanggaran, ...]`` for a
check, ``dict[int, PenilaianKinerja]``, or ``Penjelasan[Fraction]`` for a generic class (its
``hasil`` can only be read with the type argument). The library reads and writes no file:
where the data goes is the caller's business.

The shapes:

* an attrs class is a ``dict`` of its fields under their constructor names (all written;
  on load a missing field with a default takes the default);
* ``Decimal`` is its ``str`` (``"12.50"``, ``"1E+3"``: exact, finite, at most 400 digits on
  each side of the point and 6 in the exponent), ``Fraction`` is ``"n/d"`` (at most 400
  digits each; ``"n"`` is read too), a ``date`` is ISO ``"YYYY-MM-DD"``, an enum member is its
  name (``"SANGAT_BAIK"``), a :class:`NIP` is its 18-digit string (loaded with any NI PPPK code
  13-99 in digits 13-14, the codes an agency may have admitted with
  ``NIP.dari_teks(..., kode_pppk=...)``); the digits are ASCII only, with no sign other than a
  leading ``-``, no space, no ``_`` and no other script's digits (which Python's own ``int``
  and ``Decimal`` accept); tuples, lists and frozensets are lists (frozensets sorted), mappings
  are dicts keyed by the key's string form (an ``int`` key as its decimal digits);
* where a field may hold one of several classes (the events of a
  :class:`~birokrasi.kinerja.pemantauan.jurnal.JurnalKinerja`), the dict carries ``"@tipe"``, the
  class name; so does a value of a subclass where its parent class is declared (a
  :class:`~birokrasi.kinerja.pemantauan.peristiwa.KonselingKinerja` among the ``pembinaan`` of
  a journal's summary) or where nothing is declared (a check's result holding a
  :class:`~birokrasi.kinerja.penilaian.distribusi.PelanggaranDistribusi`): a value never
  changes class on the way back;
* a :class:`~birokrasi.hukum.Peraturan` (inside every ``Dasar`` and ``Aturan``) is written as
  its full data, not as a key into the library's list: agencies cite their own regulations,
  and a value must round-trip without a registry;
* a derived field (attrs ``init=False``, e.g. ``PenilaianKinerja.predikat``) is written for the
  reader's convenience but never believed on load: the value is rebuilt from its inputs and a
  derived field present in the data must equal the rebuilt one, or loading fails;
* private index fields (names starting with ``_``) are never written: indexes are rebuilt.

Loading is a trust boundary. Bad data raises only :class:`~birokrasi.errors.BirokrasiError`
subclasses (``InvalidTypeError`` for a wrong JSON type, ``InvalidValueError`` for the rest,
including the constructors' own rule checks and data nested deeper than 50 levels) and the
message starts with the path of the bad field, e.g.
``skp.hasil_kerja[2].indikator[0].target.nilai: ...``; it shows a bad value cut short, never
the whole input. :func:`ke_data` refuses (with the same errors) what :func:`dari_data` would
refuse to read back, such as ``Decimal("NaN")``.

Why no cattrs: the structuring is driven by attrs' own introspection (``attrs.fields``,
``Attribute.alias``/``init``/``default``) and the resolved type hints
(``typing.get_type_hints``, which is what ``attrs.resolve_types`` calls, without writing the
result back into the classes). The library's types use a small, closed set of field types, so
a few hundred lines cover them all with our own error paths and the strict
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
birokrasi.errors.InvalidValueError: periode.selesai: bukan tanggal yang sah: '2024-13-01'
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
import types
import typing
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeAlias, TypeVar, cast

import attrs
from attrs import AttrsInstance

from birokrasi import _publik
from birokrasi._validasi import describe, render
from birokrasi.errors import BirokrasiError, InvalidTypeError, InvalidValueError, NotFoundError
from birokrasi.pesan import Pesan, Pilihan, Templat, pembuat_templat, templat
from birokrasi.struktur.nip import NIP, _nip_tersimpan

__all__ = ["TAG_TIPE", "Data", "dari_data", "ke_data"]

Data: TypeAlias = "bool | int | str | list[Data] | dict[str, Data] | None"
"""Plain, JSON-compatible data: what :func:`ke_data` returns and :func:`dari_data` reads."""

TAG_TIPE = "@tipe"
"""The key naming the class of a value where a field admits several classes."""

T = TypeVar("T")

_POLOS_DALAM_UNION = frozenset({"PotretPegawai", "PejabatLuar"})
"""Classes that were a field's only class before the field admitted another (ADR 0011: a
pejabat negara beside a :class:`~birokrasi.struktur.potret.PotretPegawai` or a
:class:`~birokrasi.struktur.unsur.PejabatLuar`). In a union they are still written without
``"@tipe"``, so no stored document changes, and are read back by their fields."""

_BATAS_TEKS = 400
"""The longest message passed on from a constructor that gives its message as text."""

_BATAS_KEDALAMAN = 50
"""How deep data may nest; the library's own documents nest under 10 levels."""

_DESIMAL = re.compile(r"-?[0-9]{1,400}(?:\.[0-9]{1,400})?(?:E[+-][0-9]{1,6})?")
_PECAHAN = re.compile(r"-?[0-9]{1,400}(?:/[0-9]{1,400})?")
_BULAT = re.compile(r"0|-?[1-9][0-9]{0,399}")
_TANGGAL = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
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


@functools.cache
def _urai(tipe: Any) -> tuple[str, Any, tuple[Any, ...]]:
    """What kind of type ``tipe`` is (``bebas`` when it declares nothing, ``union``,
    ``urutan``, ``himpunan``, ``peta``, ``attrs`` or ``skalar``), its origin and arguments."""
    if tipe is None or tipe is Any or isinstance(tipe, TypeVar):
        return "bebas", tipe, ()
    asal = typing.get_origin(tipe) or tipe
    args = typing.get_args(tipe)
    if asal in (typing.Union, types.UnionType):
        return "union", asal, args
    if asal in (tuple, list):
        return "urutan", asal, args
    if asal in (frozenset, set):
        return "himpunan", asal, args
    if asal is Mapping or (isinstance(asal, type) and issubclass(asal, Mapping)):
        return "peta", asal, args
    if asal is Pesan:
        return "pesan", asal, args
    if asal is Pilihan:
        return "pilihan", asal, args
    if isinstance(asal, type) and attrs.has(asal) and asal is not NIP:
        return "attrs", asal, args
    return "skalar", asal, args


def _kelas_bertanda(kelas: list[type]) -> dict[str, type]:
    """The classes a ``"@tipe"`` may name where ``kelas`` are declared: each of them and every
    attrs subclass of theirs, by ``__name__``. A slotted attrs class leaves the undecorated
    class behind among ``__subclasses__()`` until it is collected, with the parent's fields;
    only the class attrs built has ``__attrs_attrs__`` of its own."""
    pilihan: dict[str, type] = {}
    antre: list[type] = list(kelas)
    while antre:
        k = antre.pop(0)
        if k.__name__ not in pilihan:
            pilihan[k.__name__] = k
            turunan: list[type] = type.__subclasses__(k)
            antre += [t for t in turunan if "__attrs_attrs__" in vars(t)]
    return pilihan


@functools.cache
def _turunan_attrs(kelas: type) -> bool:
    """Whether ``kelas`` is an attrs class extending another (so its values carry
    ``"@tipe"`` where their class is not declared)."""
    return attrs.has(kelas) and any(attrs.has(b) for b in kelas.__mro__[1:])


def _pesan_galat(e: BirokrasiError) -> Pesan:
    """The message of a caught error, as data; a free text (``Pesan.dari_teks``, or a text an
    app's class raised) is cut after 400 characters, so a path's message stays short."""
    pesan: object = e.args[0] if e.args else None
    if isinstance(pesan, Pesan) and pesan.kode != "TEKS":
        return pesan
    teks = pesan.teks("en") if isinstance(pesan, Pesan) else str(pesan)
    return Pesan.dari_teks(teks if len(teks) <= _BATAS_TEKS else teks[: _BATAS_TEKS - 3] + "...")


def _tampil_kunci(kunci: object) -> str:
    """A mapping key in an error path, cut short."""
    if isinstance(kunci, str):
        return repr(kunci if len(kunci) <= 40 else kunci[:37] + "...")
    return describe(kunci)


def _terlalu_dalam(jalur: str) -> InvalidValueError:
    return InvalidValueError(_TERLALU_DALAM(jalur=jalur, batas=_BATAS_KEDALAMAN))


def _muat_400_digit(n: int) -> bool:
    return n.bit_length() < 1330 and len(str(abs(n))) <= 400


# -- writing ---------------------------------------------------------------------------------


@typing.overload
def ke_data(nilai: NIP | enum.Enum | Decimal | Fraction | dt.date | str) -> str: ...
@typing.overload
def ke_data(nilai: AttrsInstance | Mapping[Any, object]) -> dict[str, Data]: ...
@typing.overload
def ke_data(nilai: tuple[object, ...] | list[Any] | frozenset[object]) -> list[Data]: ...
@typing.overload
def ke_data(nilai: object) -> Data: ...
def ke_data(nilai: object) -> Data:
    """``nilai`` (any public value, or a tuple/list/dict of them) as plain, JSON-compatible
    data.

    The result's type follows the value's, so it can be indexed without a cast: a string
    for a NIP, an enum member, a ``Decimal``, a ``Fraction``, a date or a string; a
    ``dict[str, Data]`` for any other attrs value or a mapping; a ``list[Data]`` for a
    tuple, list or frozenset. What lies deeper is :data:`Data`, to narrow with
    ``isinstance`` as JSON read back is narrowed.

    >>> from birokrasi import NIP, Predikat
    >>> ke_data((Predikat.BAIK, NIP("198001012006041001")))
    ['BAIK', '198001012006041001']
    """
    return _ke(nilai, type(nilai), "nilai", 0)


def _ke(nilai: Any, tipe: Any, jalur: str, kedalaman: int) -> Data:
    """``nilai`` written as ``tipe`` declares; ``None`` (or a type parameter, or ``Any``)
    declares nothing, as for the items of a returned tuple."""
    if kedalaman > _BATAS_KEDALAMAN:
        raise _terlalu_dalam(jalur)
    jenis, asal, args = _urai(tipe)
    if jenis == "bebas":
        kelas: Any = type(nilai)
        if _turunan_attrs(kelas):
            return {TAG_TIPE: kelas.__name__, **_ke_attrs(nilai, jalur, kedalaman)}
        jenis, asal, args = _urai(kelas)
    if jenis == "union":
        return _ke_union(nilai, args, jalur, kedalaman)
    if jenis == "urutan":
        return _ke_urutan(nilai, asal, args, jalur, kedalaman)
    if jenis == "himpunan":
        unsur = args[0] if args else None
        return sorted((_ke(x, unsur, jalur, kedalaman + 1) for x in nilai), key=repr)
    if jenis == "peta":
        return _ke_peta(nilai, args or (None, None), jalur, kedalaman)
    if jenis == "pesan" and isinstance(nilai, Pesan):
        return _ke_pesan(nilai, jalur, kedalaman)
    if jenis == "pilihan" and isinstance(nilai, Pilihan):
        return _ke_pilihan(nilai, jalur, kedalaman)
    return _ke_skalar(nilai, asal, jalur, kedalaman)


def _ke_union(nilai: Any, anggota: tuple[Any, ...], jalur: str, kedalaman: int) -> Data:
    if nilai is None:
        return None
    pilihan = [a for a in anggota if a is not type(None)]
    if len(pilihan) == 1:
        return _ke(nilai, pilihan[0], jalur, kedalaman)
    if not attrs.has(type(nilai)):
        raise InvalidTypeError(_UNION_BUKAN_ATTRS(jalur=jalur, nilai=describe(nilai), tag=TAG_TIPE))
    data = _ke_attrs(nilai, jalur, kedalaman)
    if type(nilai).__name__ in _POLOS_DALAM_UNION and type(nilai) in pilihan:
        return data
    return {TAG_TIPE: type(nilai).__name__, **data}


def _ke_urutan(
    nilai: Any, asal: type, args: tuple[Any, ...], jalur: str, kedalaman: int
) -> list[Data]:
    if asal is tuple and args and args[-1] is not Ellipsis:
        return [
            _ke(x, a, f"{jalur}[{i}]", kedalaman + 1)
            for i, (x, a) in enumerate(zip(nilai, args, strict=True))
        ]
    unsur = args[0] if args else None
    return [_ke(x, unsur, f"{jalur}[{i}]", kedalaman + 1) for i, x in enumerate(nilai)]


def _ke_peta(nilai: Any, args: tuple[Any, ...], jalur: str, kedalaman: int) -> dict[str, Data]:
    kunci_tipe, nilai_tipe = args
    hasil: dict[str, Data] = {}
    for k, x in nilai.items():
        kunci = _ke(k, kunci_tipe, jalur, kedalaman + 1)
        if isinstance(kunci, int) and not isinstance(kunci, bool) and _muat_400_digit(kunci):
            kunci = str(kunci)
        if not isinstance(kunci, str):
            raise InvalidTypeError(_KUNCI_TAK_TERTULIS(jalur=jalur, kunci=describe(k)))
        hasil[kunci] = _ke(x, nilai_tipe, f"{jalur}[{_tampil_kunci(kunci)}]", kedalaman + 1)
    return hasil


def _ke_skalar(nilai: Any, asal: Any, jalur: str, kedalaman: int) -> Data:
    if isinstance(nilai, enum.Enum):
        return nilai.name
    if nilai is None or isinstance(nilai, bool | int | str):
        return cast(Data, nilai)
    if isinstance(nilai, Decimal):
        teks = str(nilai)
        if not _DESIMAL.fullmatch(teks):
            raise InvalidValueError(_DESIMAL_TAK_TERTULIS(jalur=jalur, nilai=describe(nilai)))
        return teks
    if isinstance(nilai, Fraction):
        if not (_muat_400_digit(nilai.numerator) and _muat_400_digit(nilai.denominator)):
            raise InvalidValueError(_PECAHAN_TAK_TERTULIS(jalur=jalur))
        return f"{nilai.numerator}/{nilai.denominator}"
    if isinstance(nilai, dt.date) and not isinstance(nilai, dt.datetime):
        return nilai.isoformat()
    if isinstance(nilai, NIP):
        return nilai.digit
    kelas: type = type(nilai)
    if attrs.has(kelas):
        data = _ke_attrs(nilai, jalur, kedalaman)
        if kelas is not asal and isinstance(asal, type) and issubclass(kelas, asal):
            return {TAG_TIPE: kelas.__name__, **data}
        return data
    raise InvalidTypeError(_TAK_TERTULIS(jalur=jalur, nilai=describe(nilai)))


def _ke_attrs(nilai: Any, jalur: str, kedalaman: int) -> dict[str, Data]:
    kelas: type = type(nilai)
    return {
        k.kunci: _ke(getattr(nilai, k.nama), k.tipe, f"{jalur}.{k.kunci}", kedalaman + 1)
        for k in _kolom(kelas)
    }


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
    birokrasi.errors.InvalidValueError: rating_hasil_kerja: 'SANGAT_ISTIMEWA' bukan anggota \
Rating (seharusnya salah satu dari DI_ATAS_EKSPEKTASI, SESUAI_EKSPEKTASI, DI_BAWAH_EKSPEKTASI)
    """
    try:
        hash(tipe)
    except TypeError:
        raise InvalidTypeError(
            _TIPE_TAK_TERMUAT(jalur=akar or "data", tipe=describe(tipe))
        ) from None
    if akar is None:
        jenis, asal, _ = _urai(cast(Any, tipe))
        berkelas = isinstance(asal, type) and (asal is tipe or jenis == "attrs")
        akar = _akar(asal) if berkelas else "data"
    return cast(T, _dari(tipe, data, akar, 0))


def _salah_tipe(jalur: str, harapan: Templat, data: object, **lain: object) -> InvalidTypeError:
    return InvalidTypeError(harapan(jalur=jalur, diberikan=describe(data), **lain))


def _dari(tipe: Any, data: object, jalur: str, kedalaman: int) -> Any:
    if kedalaman > _BATAS_KEDALAMAN:
        raise _terlalu_dalam(jalur)
    jenis, asal, args = _urai(tipe)
    if jenis == "attrs":
        return _dari_attrs(asal, args, data, jalur, kedalaman)
    if jenis == "union":
        return _dari_union(args, data, jalur, kedalaman)
    if jenis == "pesan":
        return _dari_pesan(data, jalur, kedalaman)
    if jenis == "pilihan":
        return _dari_pilihan(data, jalur, kedalaman)
    if asal is tuple and args:
        return _dari_tuple(args, data, jalur, kedalaman)
    if asal is list and len(args) == 1:
        return list(_dari_tuple((args[0], ...), data, jalur, kedalaman))
    if asal is frozenset and len(args) == 1:
        return frozenset(_dari_tuple((args[0], ...), data, jalur, kedalaman))
    if asal in (dict, Mapping) and len(args) == 2:
        return _dari_peta(args, data, jalur, kedalaman)
    return _dari_skalar(tipe, data, jalur)


def _dari_skalar(tipe: Any, data: object, jalur: str) -> Any:
    if tipe in (bool, int, str):
        if not isinstance(data, tipe) or (tipe is int and isinstance(data, bool)):
            raise _salah_tipe(
                jalur, {bool: _BUKAN_BOOL, int: _BUKAN_INT, str: _BUKAN_STR}[tipe], data
            )
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
        return _dari_nip(data, jalur)
    if isinstance(tipe, TypeVar):
        raise InvalidTypeError(_PARAMETER_TIPE(jalur=jalur, tipe=str(tipe)))
    raise InvalidTypeError(_TIPE_TAK_TERMUAT(jalur=jalur, tipe=render(repr(tipe))))


def _dari_nip(data: object, jalur: str) -> NIP:
    if not isinstance(data, str):
        raise _salah_tipe(jalur, _BUKAN_NIP, data)
    try:
        return _nip_tersimpan(data)
    except BirokrasiError as e:
        raise type(e)(_DI_JALUR(jalur=jalur, pesan=_pesan_galat(e))) from e


def _dari_union(anggota: tuple[Any, ...], data: object, jalur: str, kedalaman: int) -> Any:
    if data is None and type(None) in anggota:
        return None
    kelas = [a for a in anggota if a is not type(None)]
    if len(kelas) == 1:
        return _dari(kelas[0], data, jalur, kedalaman)
    if not isinstance(data, dict):
        raise _salah_tipe(jalur, _BUKAN_DICT, data)
    pilihan = _kelas_bertanda(kelas)
    nama = data.get(TAG_TIPE)
    if nama is None:
        nama = _kelas_menurut_kunci(pilihan, data)
    if not isinstance(nama, str) or nama not in pilihan:
        raise InvalidValueError(
            _TAG_TIPE(jalur=f"{jalur}.{TAG_TIPE}", pilihan=tuple(pilihan), diberikan=describe(nama))
        )
    isi = {k: x for k, x in data.items() if k != TAG_TIPE}
    return _dari(pilihan[nama], isi, jalur, kedalaman)


def _kelas_menurut_kunci(pilihan: dict[str, type], data: dict[Any, Any]) -> str | None:
    """The one class among ``pilihan`` whose fields the untagged ``data`` fits (a value
    written where its field declared nothing, e.g. the result of a ``Penjelasan``, that may
    be read back where several classes are allowed); ``None`` when none or several fit."""
    kunci = set(data)
    cocok = []
    for nama, kelas in pilihan.items():
        medan = attrs.fields(kelas)
        semua = {f.name for f in medan if not f.name.startswith("_")}
        wajib = {f.alias for f in medan if f.init and f.default is attrs.NOTHING}
        if wajib <= kunci <= semua:
            cocok.append(nama)
    return cocok[0] if len(cocok) == 1 else None


def _dari_tuple(args: tuple[Any, ...], data: object, jalur: str, kedalaman: int) -> tuple[Any, ...]:
    if not isinstance(data, list):
        raise _salah_tipe(jalur, _BUKAN_LIST, data)
    if len(args) == 2 and args[1] is Ellipsis:
        return tuple(_dari(args[0], x, f"{jalur}[{i}]", kedalaman + 1) for i, x in enumerate(data))
    if len(data) != len(args):
        raise InvalidValueError(_PANJANG_LIST(jalur=jalur, panjang=len(args), diberikan=len(data)))
    return tuple(
        _dari(a, x, f"{jalur}[{i}]", kedalaman + 1)
        for i, (a, x) in enumerate(zip(args, data, strict=True))
    )


def _dari_peta(args: tuple[Any, ...], data: object, jalur: str, kedalaman: int) -> dict[Any, Any]:
    if not isinstance(data, dict):
        raise _salah_tipe(jalur, _BUKAN_DICT, data)
    kunci_tipe, nilai_tipe = args
    hasil: dict[Any, Any] = {}
    for k, x in data.items():
        di = f"{jalur}[{_tampil_kunci(k)}]"
        kunci = _dari_bulat(k, di) if kunci_tipe is int else _dari(kunci_tipe, k, di, kedalaman)
        hasil[kunci] = _dari(nilai_tipe, x, di, kedalaman + 1)
    return hasil


def _dari_bulat(data: object, jalur: str) -> int:
    """An ``int`` key: its decimal digits, as ``str(n)`` writes them."""
    if not isinstance(data, str):
        raise _salah_tipe(jalur, _BUKAN_KUNCI_BULAT, data)
    if not _BULAT.fullmatch(data):
        raise InvalidValueError(_KUNCI_BULAT(jalur=jalur, data=repr(data[:40])))
    return int(data)


def _dari_enum(tipe: type[enum.Enum], data: object, jalur: str) -> enum.Enum:
    if not isinstance(data, str):
        raise _salah_tipe(jalur, _BUKAN_NAMA_ANGGOTA, data, kelas=tipe.__name__)
    anggota = tipe.__members__.get(data)
    if anggota is None:
        raise InvalidValueError(
            _ANGGOTA_ENUM(
                jalur=jalur,
                data=repr(data[:40]),
                kelas=tipe.__name__,
                anggota=tuple(tipe.__members__),
            )
        )
    return anggota


def _dari_desimal(data: object, jalur: str) -> Decimal:
    if not isinstance(data, str):
        raise _salah_tipe(jalur, _BUKAN_DESIMAL, data)
    if not _DESIMAL.fullmatch(data):
        raise InvalidValueError(_DESIMAL_SALAH(jalur=jalur, data=repr(data[:40])))
    return Decimal(data)


def _dari_pecahan(data: object, jalur: str) -> Fraction:
    if not isinstance(data, str):
        raise _salah_tipe(jalur, _BUKAN_PECAHAN, data)
    if not _PECAHAN.fullmatch(data):
        raise InvalidValueError(_PECAHAN_SALAH(jalur=jalur, data=repr(data[:40])))
    try:
        return Fraction(data)
    except ZeroDivisionError:
        raise InvalidValueError(_PENYEBUT_NOL(jalur=jalur, data=repr(data[:40]))) from None


def _dari_tanggal(data: object, jalur: str) -> dt.date:
    if not isinstance(data, str):
        raise _salah_tipe(jalur, _BUKAN_TANGGAL, data)
    if _TANGGAL.fullmatch(data):
        try:
            return dt.date.fromisoformat(data)
        except ValueError:
            pass
    raise InvalidValueError(_TANGGAL_SALAH(jalur=jalur, data=repr(data[:40])))


def _ganti(tipe: Any, ganti: dict[Any, Any]) -> Any:
    """``tipe`` with the class's type parameters replaced by their arguments."""
    if isinstance(tipe, TypeVar):
        return ganti.get(tipe, tipe)
    parameter = getattr(tipe, "__parameters__", ())
    return tipe[tuple(ganti.get(p, p) for p in parameter)] if ganti and parameter else tipe


def _dari_attrs(tipe: type, args: tuple[Any, ...], data: object, jalur: str, kedalaman: int) -> Any:
    if not isinstance(data, dict):
        raise _salah_tipe(jalur, _BUKAN_DICT_KELAS, data, kelas=tipe.__name__)
    ganti = dict(zip(getattr(tipe, "__parameters__", ()), args, strict=False))
    if TAG_TIPE in data:
        pilihan = _kelas_bertanda([tipe])
        nama = data[TAG_TIPE]
        if not isinstance(nama, str) or nama not in pilihan:
            raise InvalidValueError(
                _TAG_TIPE(
                    jalur=f"{jalur}.{TAG_TIPE}", pilihan=tuple(pilihan), diberikan=describe(nama)
                )
            )
        tipe = pilihan[nama]
        data = {k: x for k, x in data.items() if k != TAG_TIPE}
    kolom = _kolom(tipe)
    _pastikan_kunci(data, {k.kunci for k in kolom}, (), tipe.__name__, jalur)
    kwargs: dict[str, Any] = {}
    for k in kolom:
        if not k.init:
            continue
        if k.kunci in data:
            kwargs[k.kunci] = _dari(
                _ganti(k.tipe, ganti), data[k.kunci], f"{jalur}.{k.kunci}", kedalaman + 1
            )
        elif k.wajib:
            raise InvalidValueError(_FIELD_WAJIB(jalur=f"{jalur}.{k.kunci}"))
    nilai = _bangun(tipe, kwargs, jalur)
    for k in kolom:
        if not k.init and k.kunci in data:
            di = f"{jalur}.{k.kunci}"
            turunan = _ke(getattr(nilai, k.nama), _ganti(k.tipe, ganti), di, kedalaman + 1)
            if data[k.kunci] != turunan:
                raise InvalidValueError(
                    _TURUNAN(jalur=di, turunan=describe(turunan), data=describe(data[k.kunci]))
                )
    return nilai


def _bangun(tipe: type, kwargs: dict[str, Any], jalur: str) -> Any:
    """Call the constructor, prefixing its own error with the path of the offending field."""
    try:
        return tipe(**kwargs)
    except BirokrasiError as e:
        pesan = _pesan_galat(e)
        di = _jalur_galat(tipe, pesan.teks("en")[:200], jalur)
        raise type(e)(_DI_JALUR(jalur=di, pesan=pesan)) from e
    except Exception as e:  # the trust boundary: anything else is bad data too
        raise InvalidValueError(
            _GALAT_LAIN(jalur=jalur, jenis=type(e).__name__, galat=render(e))
        ) from e


def _jalur_galat(tipe: type, pesan: str, jalur: str) -> str:
    """``jalur`` extended by the field that a ``Kelas.field[i]: ...`` message names."""
    cocok = _KELAS_FIELD.match(pesan)
    if cocok is None or cocok.group(1) != tipe.__name__:
        return jalur
    nama = {k.nama: k.kunci for k in _kolom(tipe)}.get(cocok.group(2))
    return jalur if nama is None else f"{jalur}.{nama}{cocok.group(3)}"


def _pastikan_kunci(
    data: dict[Any, Any], dikenal: set[str], wajib: tuple[str, ...], kelas: str, jalur: str
) -> None:
    """No key of ``data`` outside ``dikenal``, and every key of ``wajib`` in it."""
    for kunci in data:
        if kunci not in dikenal:
            raise InvalidValueError(_FIELD_ASING(jalur=jalur, kunci=describe(kunci), kelas=kelas))
    for kunci in wajib:
        if kunci not in data:
            raise InvalidValueError(_FIELD_WAJIB(jalur=f"{jalur}.{kunci}"))


# -- messages --------------------------------------------------------------------------------
#
# A Pesan is written as its kode and its parameters, ``{"kode": "SK-TIM-03/dua-ketua",
# "parameter": {"tanggal": {"@tipe": "date", "nilai": "2025-01-31"}}}``, and read back by
# looking the kode up among the templates the library declares. A parameter's type is declared
# by no field, so each value carries its own: a str, an int, a bool and None are written as
# they are, a tuple as a list, anything else as a dict whose "@tipe" names its kind.

_KUNCI_PESAN = ("kode", "parameter")
_TIPE_DASAR: dict[str, type] = {
    "bool": bool,
    "int": int,
    "str": str,
    "float": float,
    "bytes": bytes,
    "object": object,
    "tuple": tuple,
    "list": list,
    "dict": dict,
    "set": set,
    "frozenset": frozenset,
    "NoneType": type(None),
    "Decimal": Decimal,
    "Fraction": Fraction,
    "date": dt.date,
    "datetime": dt.datetime,
}
"""The classes outside the library a message may name as a parameter (``expected date or
str``), by name."""


def _kelas_bernama(nama: str) -> type | None:
    """The class a parameter's ``"@tipe"`` (or a type parameter's name) names: one of
    :data:`_TIPE_DASAR`, a public class of the library, or an enum of the library's modules
    whose name no other enum of the library has."""
    if nama in _TIPE_DASAR:
        return _TIPE_DASAR[nama]
    kelas = _publik.kelas_publik(nama)
    if kelas is not None:
        return kelas
    _publik.muat_semua()
    return _enum_pustaka().get(nama)


def _enum_pustaka() -> dict[str, type]:
    """The enums declared by the library's modules, by a name only one of them has."""
    hasil: dict[str, type] = {}
    ganda: set[str] = set()
    antre: list[type] = [enum.Enum]
    while antre:
        k = antre.pop()
        antre += type.__subclasses__(k)
        if k.__module__.startswith("birokrasi.") and k is not enum.Enum:
            if k.__name__ in hasil and hasil[k.__name__] is not k:
                ganda.add(k.__name__)
            hasil[k.__name__] = k
    return {n: k for n, k in hasil.items() if n not in ganda}


def _terdaftar(kode: str) -> Templat | None:
    """The template declared as ``kode``, importing the library's modules if need be."""
    try:
        return templat(kode)
    except NotFoundError:
        _publik.muat_semua()
    try:
        return templat(kode)
    except NotFoundError:
        return None


def _ke_pesan(nilai: Pesan, jalur: str, kedalaman: int) -> dict[str, Data]:
    if _terdaftar(nilai.kode) != nilai.templat:
        raise InvalidValueError(_PESAN_TAK_TERDAFTAR(jalur=jalur, kode=render(nilai.kode)))
    return {
        "kode": nilai.kode,
        "parameter": {
            k: _ke_parameter(x, f"{jalur}.parameter.{k}", kedalaman + 1) for k, x in nilai.parameter
        },
    }


def _ke_pilihan(nilai: Pilihan, jalur: str, kedalaman: int) -> dict[str, Data]:
    return {"isi": _ke_isi(nilai.isi, f"{jalur}.isi", kedalaman + 1)}


def _ke_isi(nilai: Any, jalur: str, kedalaman: int) -> list[Data]:
    return [_ke_parameter(x, f"{jalur}[{i}]", kedalaman + 1) for i, x in enumerate(nilai)]


def _bertanda(tipe: str, /, **isi: Data) -> dict[str, Data]:
    return {TAG_TIPE: tipe, **isi}


def _ke_parameter(nilai: object, jalur: str, kedalaman: int) -> Data:
    """A message parameter, carrying its own type (no field declares it)."""
    if kedalaman > _BATAS_KEDALAMAN:
        raise _terlalu_dalam(jalur)
    if isinstance(nilai, enum.Enum):
        kelas = type(nilai)
        if _kelas_bernama(kelas.__name__) is not kelas:
            raise InvalidTypeError(_PARAMETER_TAK_TERTULIS(jalur=jalur, nilai=describe(nilai)))
        return _bertanda(kelas.__name__, nilai=nilai.name)
    if nilai is None or isinstance(nilai, bool | int | str):
        return cast(Data, nilai)
    if isinstance(nilai, tuple):
        return _ke_isi(nilai, jalur, kedalaman)
    if isinstance(nilai, list | frozenset):
        isi = _ke_isi(nilai, jalur, kedalaman)
        if isinstance(nilai, frozenset):
            isi.sort(key=repr)
        return _bertanda(type(nilai).__name__, isi=isi)
    if isinstance(nilai, Pesan):
        return _bertanda("Pesan", **_ke_pesan(nilai, jalur, kedalaman))
    if isinstance(nilai, Pilihan):
        return _bertanda("Pilihan", **_ke_pilihan(nilai, jalur, kedalaman))
    if isinstance(nilai, Decimal | Fraction | NIP) or (
        isinstance(nilai, dt.date) and not isinstance(nilai, dt.datetime)
    ):
        return _bertanda(type(nilai).__name__, nilai=_ke_skalar(nilai, None, jalur, kedalaman))
    if isinstance(nilai, type):
        if _kelas_bernama(nilai.__name__) is not nilai:
            raise InvalidTypeError(_PARAMETER_TAK_TERTULIS(jalur=jalur, nilai=describe(nilai)))
        return _bertanda("type", nama=nilai.__name__)
    kelas_nilai = type(nilai)
    if attrs.has(kelas_nilai) and _kelas_bernama(kelas_nilai.__name__) is kelas_nilai:
        return _bertanda(kelas_nilai.__name__, **_ke_attrs(nilai, jalur, kedalaman))
    raise InvalidTypeError(_PARAMETER_TAK_TERTULIS(jalur=jalur, nilai=describe(nilai)))


def _dari_pesan(data: object, jalur: str, kedalaman: int) -> Pesan:
    if not isinstance(data, dict):
        raise _salah_tipe(jalur, _BUKAN_DICT_KELAS, data, kelas="Pesan")
    _pastikan_kunci(data, set(_KUNCI_PESAN), _KUNCI_PESAN, "Pesan", jalur)
    kode, parameter = data["kode"], data["parameter"]
    if not isinstance(kode, str):
        raise _salah_tipe(f"{jalur}.kode", _BUKAN_STR, kode)
    if not isinstance(parameter, dict):
        raise _salah_tipe(f"{jalur}.parameter", _BUKAN_DICT, parameter)
    t = _terdaftar(kode)
    if t is None:
        raise InvalidValueError(_KODE_PESAN(jalur=f"{jalur}.kode", kode=repr(kode[:60])))
    if set(parameter) != t.parameter:
        raise InvalidValueError(
            _PARAMETER_PESAN(
                jalur=f"{jalur}.parameter",
                kode=kode,
                harapan=tuple(sorted(t.parameter)),
                diberikan=tuple(sorted(describe(k) for k in parameter)),
            )
        )
    return t(
        **{
            k: _dari_parameter(x, f"{jalur}.parameter.{k}", kedalaman + 1)
            for k, x in parameter.items()
        }
    )


def _dari_pilihan(data: object, jalur: str, kedalaman: int) -> Pilihan:
    if not isinstance(data, dict):
        raise _salah_tipe(jalur, _BUKAN_DICT_KELAS, data, kelas="Pilihan")
    _pastikan_kunci(data, {"isi"}, ("isi",), "Pilihan", jalur)
    return Pilihan(_dari_isi(data["isi"], f"{jalur}.isi", kedalaman + 1))


def _dari_isi(data: object, jalur: str, kedalaman: int) -> tuple[object, ...]:
    if not isinstance(data, list):
        raise _salah_tipe(jalur, _BUKAN_LIST, data)
    return tuple(_dari_parameter(x, f"{jalur}[{i}]", kedalaman + 1) for i, x in enumerate(data))


def _dari_parameter(data: object, jalur: str, kedalaman: int) -> object:
    """A message parameter written by :func:`_ke_parameter`."""
    if kedalaman > _BATAS_KEDALAMAN:
        raise _terlalu_dalam(jalur)
    if data is None or isinstance(data, bool | int | str):
        return data
    if isinstance(data, list):
        return _dari_isi(data, jalur, kedalaman)
    if not isinstance(data, dict):
        raise _salah_tipe(jalur, _BUKAN_PARAMETER, data)
    nama = data.get(TAG_TIPE)
    if not isinstance(nama, str):
        raise _salah_tipe(f"{jalur}.{TAG_TIPE}", _BUKAN_STR, nama)
    isi = {k: x for k, x in data.items() if k != TAG_TIPE}
    if nama in ("Pesan", "Pilihan"):
        return _dari(Pesan if nama == "Pesan" else Pilihan, isi, jalur, kedalaman)
    if nama in ("list", "frozenset"):
        _pastikan_kunci(isi, {"isi"}, ("isi",), nama, jalur)
        unsur = _dari_isi(isi["isi"], f"{jalur}.isi", kedalaman)
        return list(unsur) if nama == "list" else frozenset(unsur)
    kelas = _kelas_bernama(nama) if nama != "type" else type
    if kelas is type:
        _pastikan_kunci(isi, {"nama"}, ("nama",), nama, jalur)
        tipe = isi["nama"]
        kelas_tipe = _kelas_bernama(tipe) if isinstance(tipe, str) else None
        if kelas_tipe is None:
            raise InvalidValueError(_KELAS_PARAMETER(jalur=f"{jalur}.nama", nama=describe(tipe)))
        return kelas_tipe
    if kelas is not None and (issubclass(kelas, enum.Enum) or kelas in _SKALAR_PARAMETER):
        _pastikan_kunci(isi, {"nilai"}, ("nilai",), nama, jalur)
        return _dari(kelas, isi["nilai"], f"{jalur}.nilai", kedalaman)
    if kelas is None or not attrs.has(kelas):
        raise InvalidValueError(_KELAS_PARAMETER(jalur=f"{jalur}.{TAG_TIPE}", nama=describe(nama)))
    return _dari(kelas, isi, jalur, kedalaman)


_SKALAR_PARAMETER = (Decimal, Fraction, dt.date, NIP)


_t = pembuat_templat(__name__)
_TERLALU_DALAM = _t("SERIAL/terlalu-dalam", "{jalur}: nested deeper than {batas} levels")
_UNION_BUKAN_ATTRS = _t(
    "SERIAL/union-bukan-attrs",
    "{jalur}: cannot serialise {nilai} where several classes are admitted: only an attrs value "
    "carries {tag}",
)
_KUNCI_TAK_TERTULIS = _t("SERIAL/kunci-tak-tertulis", "{jalur}: cannot write {kunci} as a key")
_DESIMAL_TAK_TERTULIS = _t(
    "SERIAL/desimal-tak-tertulis",
    "{jalur}: {nilai} is not finite or has more digits than a document holds (400 on each side "
    "of the point, 6 in the exponent)",
)
_PECAHAN_TAK_TERTULIS = _t(
    "SERIAL/pecahan-tak-tertulis",
    "{jalur}: a fraction has at most 400 digits above and below the line in a document",
)
_TAK_TERTULIS = _t("SERIAL/tak-tertulis", "{jalur}: cannot serialise {nilai}")
_PARAMETER_TAK_TERTULIS = _t(
    "SERIAL/parameter-tak-tertulis",
    "{jalur}: cannot serialise {nilai} as a message parameter: a parameter is a str, a number, "
    "a date, a NIP, a member or a class of the library, a tuple of these, or a message",
)
_PESAN_TAK_TERDAFTAR = _t(
    "SERIAL/pesan-tak-terdaftar",
    "{jalur}: the message {kode} is not one the library declares, so it could not be read back",
)
_BUKAN_BOOL = _t("SERIAL/bukan-bool", "{jalur}: expected a bool, got {diberikan}")
_BUKAN_INT = _t("SERIAL/bukan-int", "{jalur}: expected an int, got {diberikan}")
_BUKAN_STR = _t("SERIAL/bukan-str", "{jalur}: expected a str, got {diberikan}")
_BUKAN_DICT = _t("SERIAL/bukan-dict", "{jalur}: expected a dict, got {diberikan}")
_BUKAN_LIST = _t("SERIAL/bukan-list", "{jalur}: expected a list, got {diberikan}")
_BUKAN_NIP = _t("SERIAL/bukan-nip", "{jalur}: expected an 18-digit NIP string, got {diberikan}")
_BUKAN_KUNCI_BULAT = _t(
    "SERIAL/bukan-kunci-bulat", "{jalur}: expected an integer key as a str, got {diberikan}"
)
_BUKAN_NAMA_ANGGOTA = _t(
    "SERIAL/bukan-nama-anggota", "{jalur}: expected a {kelas} member name, got {diberikan}"
)
_BUKAN_DESIMAL = _t(
    "SERIAL/bukan-desimal", "{jalur}: expected a decimal number as a str, got {diberikan}"
)
_BUKAN_PECAHAN = _t(
    "SERIAL/bukan-pecahan", "{jalur}: expected a fraction 'n/d' as a str, got {diberikan}"
)
_BUKAN_TANGGAL = _t(
    "SERIAL/bukan-tanggal", "{jalur}: expected an ISO date 'YYYY-MM-DD', got {diberikan}"
)
_BUKAN_DICT_KELAS = _t(
    "SERIAL/bukan-dict-kelas", "{jalur}: expected a dict of {kelas} fields, got {diberikan}"
)
_BUKAN_PARAMETER = _t(
    "SERIAL/bukan-parameter",
    "{jalur}: expected a message parameter (a str, an int, a bool, null, a list or a dict with "
    "@tipe), got {diberikan}",
)
_PARAMETER_TIPE = _t(
    "SERIAL/parameter-tipe",
    "{jalur}: the type here is the parameter {tipe}: load the class with its type argument "
    "(e.g. Penjelasan[Fraction])",
)
_TIPE_TAK_TERMUAT = _t("SERIAL/tipe-tak-termuat", "{jalur}: cannot load a value of type {tipe}")
_DI_JALUR = _t("SERIAL/di-jalur", "{jalur}: {pesan}")
_TAG_TIPE = _t("SERIAL/tag-tipe", "{jalur}: expected one of {pilihan}, got {diberikan}")
_PANJANG_LIST = _t(
    "SERIAL/panjang-list", "{jalur}: expected a list of {panjang}, got {diberikan} items"
)
_KUNCI_BULAT = _t("SERIAL/kunci-bulat", "{jalur}: not an integer key in plain form: {data}")
_ANGGOTA_ENUM = _t(
    "SERIAL/anggota-enum", "{jalur}: {data} is not a member of {kelas} (expected one of {anggota})"
)
_DESIMAL_SALAH = _t(
    "SERIAL/desimal", "{jalur}: not a decimal number in plain form (like '12.50'): {data}"
)
_PECAHAN_SALAH = _t("SERIAL/pecahan", "{jalur}: not a fraction 'n/d': {data}")
_PENYEBUT_NOL = _t("SERIAL/penyebut-nol", "{jalur}: zero denominator in {data}")
_TANGGAL_SALAH = _t("SERIAL/tanggal", "{jalur}: not a valid date: {data}")
_FIELD_ASING = _t("SERIAL/field-asing", "{jalur}: unknown field {kunci} for {kelas}")
_FIELD_WAJIB = _t("SERIAL/field-wajib", "{jalur}: missing required field")
_TURUNAN = _t(
    "SERIAL/turunan",
    "{jalur}: derived field is {turunan} from the other fields, the data says {data}",
)
_GALAT_LAIN = _t("SERIAL/galat-lain", "{jalur}: {jenis}: {galat}")
_KODE_PESAN = _t("SERIAL/kode-pesan", "{jalur}: no message is declared as {kode}")
_PARAMETER_PESAN = _t(
    "SERIAL/parameter-pesan",
    "{jalur}: the message {kode} takes the parameters {harapan}, got {diberikan}",
)
_KELAS_PARAMETER = _t(
    "SERIAL/kelas-parameter", "{jalur}: {nama} is not a type a message parameter may hold"
)
