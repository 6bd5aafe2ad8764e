"""The fuzzer's values: what a parameter's annotation admits, at its edges, and what it does not.

* :func:`bertipe` draws a value of an annotated type: the example agency's values (also moved
  to the calendar's first and last years), the library's constants, the strategies of
  :mod:`birokrasi.testing`, a public class built from its own constructor with drawn values
  (so policy objects come with extreme day counts), and edge numbers and dates (0, negative,
  ``10**5000``, ``date.min``, ``date.max``);
* :func:`bermusuh` draws a value of any type: ``None``, NaN, huge and negative numbers, empty
  and huge text, generators, mappings where a sequence belongs, a value of another public
  class;
* :func:`panggilan` draws the instance and arguments of one call: typed, one or several
  hostile, the values of one :data:`DUNIA` (the example agency's values that belong together,
  by parameter name), or a valid instance's fields with one replaced.
"""

from __future__ import annotations

import collections.abc as abc
import contextlib
import datetime as dt
import enum
import functools
import inspect
import re
import sys
import types
import typing
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta
from hypothesis import reject
from hypothesis import strategies as st

import birokrasi
import birokrasi.testing as bt
from birokrasi import contoh
from birokrasi.contoh import karier, penilaian, sistem_kerja, skp, struktur, umpan_balik
from birokrasi.errors import BirokrasiError
from birokrasi.kinerja.penilaian.riwayat import RiwayatPenilaian
from birokrasi.kinerja.tindak_lanjut.keberatan import DaftarKeberatan
from birokrasi.serial import dari_data, ke_data

TANGGAL_UJUNG = (
    dt.date.min,
    dt.date(1, 1, 2),
    dt.date(1, 1, 31),
    dt.date(1, 12, 31),
    dt.date(9998, 12, 31),
    dt.date(9999, 1, 1),
    dt.date(9999, 11, 30),
    dt.date(9999, 12, 1),
    dt.date(9999, 12, 17),
    dt.date(9999, 12, 30),
    dt.date.max,
)
"""Dates at the calendar's edges, where date arithmetic overflows."""

BILANGAN_UJUNG = (0, 1, -1, 2, 12, 13, 31, 365, 366, 9999, 10**6, 10**9, 2**63, 10**5000)
"""Counts and years at and past every bound a rule could have (``10**5000`` cannot even be
formatted as text)."""

_ISO = re.compile(r"\d{4}-\d\d-\d\d")


# -- the example agency, also at the calendar's ends ------------------------------------------


def _geser_data(data: object, tahun: int) -> object:
    if isinstance(data, str) and _ISO.fullmatch(data):
        return (dt.date.fromisoformat(data) + relativedelta(years=tahun)).isoformat()
    if isinstance(data, list):
        return [_geser_data(x, tahun) for x in data]
    if isinstance(data, dict):
        return {k: _geser_data(x, tahun) for k, x in data.items()}
    return data


def _tahun_data(data: object) -> list[int]:
    if isinstance(data, str) and _ISO.fullmatch(data):
        return [int(data[:4])]
    if isinstance(data, list):
        return [t for x in data for t in _tahun_data(x)]
    if isinstance(data, dict):
        return [t for x in data.values() for t in _tahun_data(x)]
    return []


def geser(nilai: Any, tahun: int) -> Any:
    """``nilai`` with every date moved by ``tahun`` whole years (29 February to the 28th),
    through its plain-data form."""
    return dari_data(type(nilai), _geser_data(ke_data(nilai), tahun))


def ke_ujung(nilai: Any, akhir: bool) -> Any:
    """``nilai`` moved so that its last date falls in 9999 (``akhir``) or its first in
    year 1."""
    tahun = _tahun_data(ke_data(nilai))
    return geser(nilai, 9999 - max(tahun) if akhir else 1 - min(tahun))


def _contoh() -> list[object]:
    """The example agency's values, also moved to the calendar's ends where they fit."""
    asli: list[object] = [
        contoh.instansi(),
        sistem_kerja.tim_kerja(),
        *skp.skp(),
        umpan_balik.skp_dewi(),
        umpan_balik.jurnal_dewi(),
        penilaian.penilaian_tahunan(),
        penilaian.usulan(),
        penilaian.rencana_predikat(),
        penilaian.peringkat(),
        *karier.riwayat_ak(),
        karier.posisi(),
        karier.proyeksi(),
        *karier.keberatan(),
        umpan_balik.jurnal_dewi().ringkas(umpan_balik.skp_dewi()),
    ]
    bergeser: list[object] = []
    for nilai in asli:
        if attrs.has(type(nilai)):
            for ke_akhir in (True, False):
                with contextlib.suppress(BirokrasiError):
                    bergeser.append(ke_ujung(nilai, ke_akhir))
    konstanta = [getattr(birokrasi, n) for n in birokrasi.__all__]
    return [*asli, *bergeser, *(k for k in konstanta if not callable(k))]


def _kumpulkan(akar: Iterable[object]) -> dict[type, list[object]]:
    """Every value reachable from ``akar`` (attrs fields, items, keys), by its exact type."""
    kolam: dict[type, list[object]] = defaultdict(list)
    dilihat: set[int] = set()
    tumpukan = list(akar)
    while tumpukan:
        x = tumpukan.pop()
        if id(x) in dilihat or x is None or isinstance(x, bool | enum.Enum | type):
            continue
        dilihat.add(id(x))
        if attrs.has(type(x)):
            kolam[type(x)].append(x)
            tumpukan.extend(
                getattr(x, f.name) for f in attrs.fields(type(x)) if not f.name.startswith("_")
            )
        elif isinstance(x, tuple | list | frozenset | set):
            tumpukan.extend(x)
        elif isinstance(x, abc.Mapping):
            tumpukan.extend(x.keys())
            tumpukan.extend(x.values())
        elif isinstance(x, str | int | dt.date | Decimal | Fraction):
            kolam[type(x)].append(x)
    return {t: _unik(v) for t, v in sorted(kolam.items(), key=lambda item: item[0].__name__)}


def _unik(nilai: list[object]) -> list[object]:
    """The distinct values, in an order that does not depend on the hash seed (the walk
    through sets does), at most 400."""
    hasil: dict[object, object] = {}
    for x in sorted(nilai, key=_teks_urut):
        try:
            hasil.setdefault(x, x)
        except TypeError:
            hasil.setdefault(id(x), x)
    return list(hasil.values())[:400]


def _teks_urut(nilai: object) -> str:
    try:
        return repr(nilai)
    except ValueError:  # an int past the digit limit
        return ""


KOLAM = _kumpulkan(_contoh())
"""Valid values by type: the example agency, moved to the calendar's ends, and the library's
constants, with everything inside them."""


def _dunia(tahun: int) -> dict[str, list[object]]:
    """Values that belong together (one agency, its teams, an SKP and its journal, their
    evaluations, a decided and an open objection), moved ``tahun`` years on, by the name of
    the parameters they are meant for."""
    org = geser(contoh.instansi(), tahun)
    semua_skp = tuple(geser(x, tahun) for x in skp.skp())
    riwayat = geser(penilaian.penilaian_tahunan(), tahun)
    lama, daftar, riwayat_kb = (geser(x, max(tahun - 1, 0)) for x in karier.keberatan())
    sistem = geser(sistem_kerja.tim_kerja(), tahun)
    jurnal = geser(umpan_balik.jurnal_dewi(), tahun)
    hari = [dt.date(2025 + tahun, b, 1) for b in (1, 7)] + [dt.date(2025 + tahun, 12, 31)]
    kode = [
        *(u.kode for u in org.unit),
        *(t.kode for t in sistem.tim),
        *(x.kode for x in semua_skp),
        *(r.kode for x in semua_skp for r in x.hasil_kerja),
        *(x.kode for x in riwayat.isi),
        *(k.kode for k in daftar.keberatan),
        *(e.kode for e in jurnal.peristiwa),
    ]
    return {
        "instansi": [org],
        "sistem": [sistem],
        "skp": [geser(umpan_balik.skp_dewi(), tahun), semua_skp],
        "jurnal": [jurnal],
        "penilaian": [*riwayat.isi[:3], riwayat.isi, lama],
        "evaluasi": [riwayat.isi],
        "riwayat": [riwayat, riwayat_kb, RiwayatPenilaian((lama,))],
        "daftar": [daftar, DaftarKeberatan(daftar.keberatan)],
        "keberatan": [*daftar.keberatan],
        "oleh": [*(p.oleh for p in daftar.putusan), struktur.DEWI, struktur.KEPALA_DINAS],
        "posisi": [geser(karier.posisi(), tahun)],
        "nip": [struktur.DEWI, *(p.nip for p in org.pegawai[:6])],
        "pegawai": [struktur.DEWI],
        "kepala": [struktur.KEPALA_DINAS, struktur.SEKRETARIS],
        "tanggal": hari + [dt.date.max] * (tahun > 0),
        "tahun": [2025 + tahun],
        "kode": kode,
        "tim": [t.kode for t in sistem.tim],
        "dari": [t.kode for t in sistem.tim],
        "ke": [t.kode for t in sistem.tim],
        "unit": [u.kode for u in org.unit],
    }


DUNIA = (_dunia(0), _dunia(9999 - 2025))
"""The example agency as it is and moved so that its year 2025 is 9999."""


# -- annotations ----------------------------------------------------------------------------

_NAMA_TIPE: dict[str, object] = {
    "dt": dt,
    "Decimal": Decimal,
    "Fraction": Fraction,
    **{n: getattr(abc, n) for n in abc.__all__},
    **{n: getattr(typing, n) for n in ("Any", "Literal", "TypeAlias")},
}


def _ruang(modul: str) -> dict[str, object]:
    publik = {n: getattr(birokrasi, n) for n in birokrasi.__all__}
    return {**_NAMA_TIPE, **publik, **vars(sys.modules[modul])}


def tipe(anotasi: object, modul: str) -> Any:
    """The type an annotation (often a string: the library uses postponed annotations) names
    in module ``modul``; ``Any`` when it names nothing this fuzzer can resolve."""
    if isinstance(anotasi, str):
        try:
            return eval(anotasi, _ruang(modul))
        except Exception:
            return Any
    return Any if anotasi is inspect.Parameter.empty else anotasi


# -- typed values ---------------------------------------------------------------------------

_STRATEGI: dict[str, Callable[[], st.SearchStrategy[Any]]] = {
    "Periode": bt.periode,
    "Peraturan": bt.peraturan,
    "Dasar": bt.dasar,
    "Aturan": bt.aturan,
    "Pelanggaran": bt.pelanggaran,
    "Pesan": bt.pesan,
    "NIP": bt.nip,
    "Jabatan": bt.jabatan,
    "Pegawai": bt.pegawai,
    "UnitOrganisasi": lambda: bt.unit_organisasi().flatmap(st.sampled_from),
    "Instansi": lambda: bt.instansi() | bt.instansi_contoh(),
    "Penempatan": bt.penempatan,
    "Delegasi": bt.delegasi,
    "TimKerja": bt.tim_kerja,
    "SistemKerja": bt.sistem_kerja,
    "Target": bt.target,
    "IndikatorKinerja": bt.indikator_kinerja,
    "RencanaHasilKerja": bt.rencana_hasil_kerja,
    "PerilakuKerja": bt.perilaku_kerja,
    "PotretPegawai": bt.potret_pegawai,
    "SKP": bt.skp,
    "JurnalKinerja": lambda: bt.skp().flatmap(bt.jurnal_kinerja),
    "PenilaianKinerja": bt.penilaian_kinerja,
    "RiwayatPenilaian": bt.riwayat_penilaian,
    "Keberatan": bt.keberatan,
    "HasilKinerja": bt.hasil_kinerja,
    "KejadianKinerja": bt.kejadian_kinerja,
}
"""The strategies of :mod:`birokrasi.testing`, by the name of the class they build."""

_PANGGILAN_BALIK = (
    lambda evaluasi: {},
    lambda evaluasi: None,
    lambda evaluasi: {2025: "bukan penilaian"},
    lambda evaluasi: list(evaluasi),
)
"""Callbacks that return the wrong thing, for a parameter that takes a function."""


def pilih(nilai: Sequence[Any]) -> st.SearchStrategy[Any]:
    """One of ``nilai`` (``sampled_from``, or ``map(nilai.__getitem__)``, would render the
    whole list in the strategy's ``repr``, which hypothesis builds on every rejection)."""

    def ambil(indeks: int) -> Any:
        return nilai[indeks]

    return st.integers(0, len(nilai) - 1).map(ambil)


def _tanggal() -> st.SearchStrategy[dt.date]:
    return st.one_of(
        pilih(KOLAM[dt.date]),
        pilih(TANGGAL_UJUNG),
        bt.tanggal(),
        st.dates(dt.date(9999, 1, 1)),
        st.dates(max_value=dt.date(1, 12, 31)),
    )


def _bilangan() -> st.SearchStrategy[int]:
    return st.one_of(
        st.integers(-3, 40),
        pilih(BILANGAN_UJUNG),
        pilih(BILANGAN_UJUNG).map(lambda n: -n),
        pilih(KOLAM[int]),
    )


_LABEL = sorted(
    {
        teks
        for kelas in (getattr(birokrasi, n) for n in birokrasi.__all__)
        if isinstance(kelas, type) and issubclass(kelas, enum.Enum)
        for m in kelas
        for teks in (m.name, str(m), m.name.lower().replace("_", " "))
    }
)
"""Every public enum member's name and label (what ``parse`` reads), and a loose spelling."""


def _teks() -> st.SearchStrategy[str]:
    return st.one_of(
        pilih(KOLAM[str]),
        pilih(_LABEL),
        st.text(max_size=12),
        pilih(("", " ", "x" * 100_000, "\x00", "ROUND_HALF_UP", "2025-01-01")),
    )


def _desimal() -> st.SearchStrategy[Decimal]:
    return st.one_of(
        st.decimals(places=3, min_value=-(10**6), max_value=10**6),
        st.decimals(),
        pilih((Decimal("sNaN"), Decimal("1E+999999"), Decimal("1E-999999"), Decimal(10**5000))),
    )


def _pecahan() -> st.SearchStrategy[Fraction]:
    return st.one_of(
        st.fractions(),
        pilih((Fraction(10**5000, 3), Fraction(-1, 10**5000), Fraction(0))),
    )


def _koleksi(
    unsur: st.SearchStrategy[Any], bentuk: tuple[Callable[[list[Any]], Any], ...]
) -> st.SearchStrategy[Any]:
    return st.tuples(st.lists(unsur, max_size=6), st.sampled_from(bentuk)).map(
        lambda pasangan: pasangan[1](pasangan[0])
    )


def _generator(nilai: list[Any]) -> Iterator[Any]:
    return (x for x in nilai)


def _himpunan(nilai: list[Any]) -> Any:
    try:
        return frozenset(nilai)
    except TypeError:
        return tuple(nilai)


_URUTAN = (list, tuple, _generator)
_KUMPULAN = (list, tuple, _generator, _himpunan)


@functools.cache
def bertipe(tp: Any) -> st.SearchStrategy[Any]:
    """Values of type ``tp``: valid ones and the extremes the type admits."""
    return st.deferred(lambda: _bertipe(tp))


def _bertipe(tp: Any) -> st.SearchStrategy[Any]:
    asal, argumen = typing.get_origin(tp), typing.get_args(tp)
    dasar = _tipe_dasar(tp)
    if dasar is not None:
        return dasar
    if asal in (typing.Union, types.UnionType):
        return st.one_of(*(bertipe(a) for a in argumen))
    if asal is typing.Literal:
        return st.sampled_from(argumen)
    if asal is tuple:
        if len(argumen) == 2 and argumen[1] is Ellipsis:
            return st.lists(bertipe(argumen[0]), max_size=6).map(tuple)
        return st.tuples(*(bertipe(a) for a in argumen))
    if asal in (abc.Mapping, dict, types.MappingProxyType):
        kunci, isi = argumen or (Any, Any)
        return st.dictionaries(bertipe(kunci), bertipe(isi), max_size=6)
    if asal is abc.Callable:
        return st.sampled_from(_PANGGILAN_BALIK)
    if asal in (abc.Sequence, list):
        return _koleksi(bertipe(argumen[0] if argumen else Any), (list, tuple))
    if asal in (abc.Iterable, abc.Iterator):
        return _koleksi(bertipe(argumen[0] if argumen else Any), _URUTAN)
    if asal in (abc.Collection, abc.Set, frozenset, set):
        return _koleksi(bertipe(argumen[0] if argumen else Any), _KUMPULAN)
    if isinstance(tp, type):
        return _kelas(tp)
    return bermusuh()


def _apa_saja() -> st.SearchStrategy[Any]:
    return st.one_of(bermusuh(), _teks())


def _tipe_dasar(tp: Any) -> st.SearchStrategy[Any] | None:
    sederhana: dict[Any, Callable[[], st.SearchStrategy[Any]]] = {
        type(None): st.none,
        None: st.none,
        bool: st.booleans,
        int: _bilangan,
        str: _teks,
        dt.date: _tanggal,
        Decimal: _desimal,
        Fraction: _pecahan,
        float: st.floats,
        object: _apa_saja,
        Any: _apa_saja,
    }
    if isinstance(tp, typing.TypeVar):
        return bermusuh()
    buat = sederhana.get(tp)
    return None if buat is None else buat()


def _kelas(kelas: type) -> st.SearchStrategy[Any]:
    if issubclass(kelas, enum.Enum):
        return st.sampled_from(list(kelas))
    sumber = [pilih(KOLAM[kelas])] if KOLAM.get(kelas) else []
    if kelas.__name__ in _STRATEGI:
        sumber.append(_STRATEGI[kelas.__name__]())
    if issubclass(kelas, BirokrasiError):
        sumber.append(bt.pesan().map(kelas))  # an error as the library raises it
    elif kelas.__module__.startswith("birokrasi.") and not issubclass(kelas, BaseException):
        sumber.append(dibangun(kelas))
    return st.one_of(*sumber) if sumber else bermusuh()


@st.composite
def dibangun(draw: st.DrawFn, kelas: type) -> Any:
    """An instance of ``kelas`` built by its constructor from typed values (rejected when the
    constructor refuses them)."""
    posisi, kata_kunci = draw(argumen(parameter(kelas, kelas), hanya_bertipe=True))
    try:
        return kelas(*posisi, **kata_kunci)
    except Exception:
        reject()


# -- parameters -----------------------------------------------------------------------------


@attrs.frozen
class Parameter:
    """One parameter of a callable: name, resolved type, kind and whether it has a default."""

    nama: str
    tipe: Any
    jenis: inspect._ParameterKind
    bawaan: bool


def parameter(fungsi: Callable[..., Any], pemilik: type | None = None) -> tuple[Parameter, ...]:
    """The parameters of ``fungsi`` with their types resolved; a class's constructor reads the
    attrs field types, since a field with a converter annotates its parameter ``Any``."""
    if isinstance(fungsi, type) and issubclass(fungsi, enum.Enum):
        nilai = typing.Literal[tuple(m.value for m in fungsi)]  # type: ignore[valid-type]
        return (Parameter("value", nilai, inspect.Parameter.POSITIONAL_ONLY, False),)
    try:
        tanda = inspect.signature(fungsi)
    except (TypeError, ValueError):
        return (Parameter("args", Any, inspect.Parameter.VAR_POSITIONAL, True),)
    modul = (pemilik or fungsi).__module__
    medan = (
        {f.alias: f.type for f in attrs.fields(fungsi) if f.init}
        if isinstance(fungsi, type) and attrs.has(fungsi)
        else {}
    )
    hasil = []
    for p in tanda.parameters.values():
        if p.kind is inspect.Parameter.VAR_KEYWORD or p.name in ("self", "cls"):
            continue
        anotasi = medan.get(p.name) or p.annotation
        hasil.append(Parameter(p.name, tipe(anotasi, modul), p.kind, p.default is not p.empty))
    return tuple(hasil)


def _sesuai(nilai: object, tp: Any) -> bool:
    """Whether ``nilai`` roughly fits annotation ``tp`` (its class or container kind)."""
    asal = typing.get_origin(tp)
    if asal in (typing.Union, types.UnionType):
        return any(_sesuai(nilai, a) for a in typing.get_args(tp))
    kelas = asal if asal is not None else tp
    return not isinstance(kelas, type) or isinstance(nilai, kelas)


def _dari_dunia(draw: st.DrawFn, dunia: dict[str, list[object]], nama: str, tp: Any) -> Any:
    calon = [x for x in dunia.get(nama, ()) if _sesuai(x, tp)]
    return draw(pilih(calon)) if calon else draw(bertipe(tp))


@st.composite
def argumen(
    draw: st.DrawFn, daftar: tuple[Parameter, ...], hanya_bertipe: bool = False
) -> tuple[list[Any], dict[str, Any]]:
    """Arguments for ``daftar``: all typed, or (unless ``hanya_bertipe``) one or several
    hostile; a parameter with a default is sometimes left out."""
    return _argumen(draw, daftar, "bertipe" if hanya_bertipe else _cara(draw), None)


@st.composite
def panggilan(
    draw: st.DrawFn,
    daftar: tuple[Parameter, ...],
    pemilik: type | None,
    kelas: type | None = None,
) -> tuple[object, list[Any], dict[str, Any]]:
    """The instance (of ``pemilik``, for a method) and the arguments of one call: all typed,
    one or several hostile, (``dunia``) the values of one world of the example agency
    wherever a parameter's name and type fit them, or (``tetangga``, for the constructor of
    attrs class ``kelas``) the fields of a valid instance with one of them replaced."""
    cara = _cara(draw)
    if kelas is not None and attrs.has(kelas) and KOLAM.get(kelas) and draw(st.booleans()):
        return (None, [], draw(_tetangga(kelas, daftar)))
    dunia = draw(pilih(DUNIA)) if cara == "dunia" else None
    obj = None
    if pemilik is not None:
        sejenis = [x for xs in (dunia or {}).values() for x in xs if type(x) is pemilik]
        obj = draw(pilih(sejenis) if sejenis else bertipe(pemilik))
    return (obj, *_argumen(draw, daftar, cara, dunia))


@st.composite
def _tetangga(draw: st.DrawFn, kelas: type, daftar: tuple[Parameter, ...]) -> dict[str, Any]:
    asal = draw(pilih(KOLAM[kelas]))
    kata_kunci = {f.alias: getattr(asal, f.name) for f in attrs.fields(kelas) if f.init}
    if daftar:
        p = draw(st.sampled_from(daftar))
        kata_kunci[p.nama] = draw(st.one_of(bertipe(p.tipe), bermusuh()))
    return kata_kunci


def _cara(draw: st.DrawFn) -> str:
    return draw(st.sampled_from(("bertipe", "dunia", "satu", "banyak")))


def _argumen(
    draw: st.DrawFn,
    daftar: tuple[Parameter, ...],
    cara: str,
    dunia: dict[str, list[object]] | None,
) -> tuple[list[Any], dict[str, Any]]:
    salah = draw(st.integers(0, max(len(daftar) - 1, 0)))
    posisi: list[Any] = []
    kata_kunci: dict[str, Any] = {}
    for i, p in enumerate(daftar):
        if p.jenis is inspect.Parameter.VAR_POSITIONAL:
            posisi.extend(draw(st.lists(bermusuh(), max_size=3)))
            continue
        if p.bawaan and draw(st.booleans()):
            continue
        if (cara == "satu" and i == salah) or (cara == "banyak" and draw(st.booleans())):
            nilai = draw(bermusuh())
        elif dunia is not None:
            nilai = _dari_dunia(draw, dunia, p.nama, p.tipe)
        else:
            nilai = draw(bertipe(p.tipe))
        if p.jenis is inspect.Parameter.POSITIONAL_ONLY:
            posisi.append(nilai)
        else:
            kata_kunci[p.nama] = nilai
    return posisi, kata_kunci


# -- hostile values -------------------------------------------------------------------------


class _ReprRusak:
    """An object whose ``repr`` and ``str`` raise: a message naming it must still build."""

    def __repr__(self) -> str:
        raise RuntimeError("repr")

    __str__ = __repr__


_MUSUH: tuple[Callable[[], object], ...] = (
    lambda: None,
    lambda: float("nan"),
    lambda: float("inf"),
    lambda: -1.5,
    lambda: 10**5000,
    lambda: -(10**5000),
    lambda: -1,
    lambda: 0,
    lambda: True,
    lambda: "",
    lambda: "   ",
    lambda: "x" * 100_000,
    lambda: b"bytes",
    lambda: dt.date.min,
    lambda: dt.date.max,
    lambda: dt.datetime(2025, 1, 1),
    lambda: dt.timedelta(days=1),
    list,
    lambda: (),
    dict,
    lambda: frozenset(),
    lambda: iter(()),
    lambda: (x for x in (None, 1, "a")),
    lambda: {"a": 1},
    lambda: [None],
    lambda: [1, "a", None],
    lambda: {None: None},
    lambda: object(),
    lambda: _ReprRusak(),
    lambda: Decimal("NaN"),
    lambda: Decimal("-Infinity"),
    lambda: Decimal(10**5000),
    lambda: Fraction(10**5000, 3),
    lambda: int,
    lambda: lambda *a: None,
)


@functools.cache
def bermusuh() -> st.SearchStrategy[Any]:
    """A value of any type: the classic troublemakers, or a valid value of some other type."""
    lain = [x for daftar in KOLAM.values() for x in daftar[:20]]
    return st.one_of(pilih(_MUSUH).map(lambda buat: buat()), pilih(lain))
