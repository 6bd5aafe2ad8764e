"""Comparing a document written now with one archived from an earlier release."""

from __future__ import annotations

import contextlib
import enum
import importlib
import types
import typing
from collections.abc import Iterator
from typing import Any

import attrs


def tambahan_kosong(baru: Any, lama: Any, jalur: str = "") -> list[str]:
    """Where ``baru`` differs from ``lama`` other than by added keys with empty values."""
    if isinstance(lama, dict) and isinstance(baru, dict):
        beda = [f"{jalur}.{k}: missing" for k in lama if k not in baru]
        beda += [
            f"{jalur}.{k}: added with {x!r}"
            for k, x in baru.items()
            if k not in lama and x not in (None, [])
        ]
        return beda + [
            b for k in lama if k in baru for b in tambahan_kosong(baru[k], lama[k], f"{jalur}.{k}")
        ]
    if isinstance(lama, list) and isinstance(baru, list) and len(lama) == len(baru):
        return [
            b
            for i, (x, y) in enumerate(zip(baru, lama, strict=True))
            for b in tambahan_kosong(x, y, f"{jalur}[{i}]")
        ]
    return [] if baru == lama else [f"{jalur}: {lama!r} became {baru!r}"]


# -- the schema of the format ----------------------------------------------------------------

SUBPAKET = ("struktur", "sistem_kerja", "kompetensi", "kinerja", "karier")


def _nama_tipe(tipe: Any) -> str:
    """A field's declared type by class names only (modules may move, ADR 0008); a union's
    members sorted, since their order is not part of the format."""
    if tipe is None or tipe is type(None):
        return "None"
    if tipe is Any:
        return "Any"
    if isinstance(tipe, typing.TypeVar):
        return tipe.__name__
    asal = typing.get_origin(tipe)
    args = typing.get_args(tipe)
    if asal in (typing.Union, types.UnionType):
        return " | ".join(sorted(_nama_tipe(a) for a in args))
    if asal is not None:
        isi = ", ".join("..." if a is Ellipsis else _nama_tipe(a) for a in args)
        return f"{getattr(asal, '__name__', repr(asal))}[{isi}]"
    return str(getattr(tipe, "__name__", repr(tipe)))


def _disebut(tipe: Any) -> Iterator[Any]:
    """The classes a declared type mentions."""
    if isinstance(tipe, type):
        yield tipe
    asal = typing.get_origin(tipe)
    if isinstance(asal, type):
        yield asal
    for a in typing.get_args(tipe):
        yield from _disebut(a)


def kelas_publik(paket: types.ModuleType) -> list[type]:
    """The classes ``paket`` (birokrasi, of any release) and its subpackages export."""
    modul = [paket]
    for nama in SUBPAKET:
        with contextlib.suppress(ImportError):  # a release without that subpackage
            modul.append(importlib.import_module(f"{paket.__name__}.{nama}"))
    return [x for m in modul for n in m.__all__ if isinstance(x := getattr(m, n), type)]


BENTUK_KHUSUS = {
    # a message (format 3, ADR 0017) is written as its kode and its parameters, each parameter
    # carrying its own type (birokrasi.serial), not as its attrs fields
    "Pesan": {"kode": "str", "parameter": "dict[str, Parameter]"},
    "Pilihan": {"isi": "tuple[Parameter, ...]"},
}
"""Classes :mod:`birokrasi.serial` writes in a shape of their own, not as their fields."""


def skema(paket: types.ModuleType) -> dict[str, dict[str, Any]]:
    """The serialised format of ``paket``: every attrs class a document may hold (the public
    ones, what their fields mention, and their attrs subclasses) with each field's key and
    declared type (``(opsional)`` when it has a default, ``(turunan)`` when derived), and
    every enum's member names. Two releases write the same documents when their schemas are
    equal."""
    kelas: dict[str, dict[str, str]] = {}
    enum_: dict[str, list[str]] = {}
    antre: list[Any] = kelas_publik(paket)
    while antre:
        k = antre.pop()
        if isinstance(k, type) and issubclass(k, enum.Enum):
            enum_[k.__name__] = list(k.__members__)
            continue
        if not (isinstance(k, type) and attrs.has(k)) or k.__name__ in kelas:
            continue
        if k.__name__ in BENTUK_KHUSUS and k.__module__.endswith(".pesan"):
            kelas[k.__name__] = dict(BENTUK_KHUSUS[k.__name__])
            continue
        hints = typing.get_type_hints(k)
        medan: dict[str, str] = {}
        for f in attrs.fields(k):
            if f.name.startswith("_"):
                continue
            tanda = (
                " (turunan)"
                if not f.init
                else " (opsional)"
                if f.default is not attrs.NOTHING
                else ""
            )
            medan[f.alias if f.init else f.name] = _nama_tipe(hints[f.name]) + tanda
            antre += _disebut(hints[f.name])
        kelas[k.__name__] = medan
        antre += [t for t in type.__subclasses__(k) if "__attrs_attrs__" in vars(t)]
    return {"kelas": dict(sorted(kelas.items())), "enum": dict(sorted(enum_.items()))}


def beda_skema(baru: dict[str, dict[str, Any]], lama: dict[str, dict[str, Any]]) -> list[str]:
    """How ``baru`` departs from ``lama``, one line per change, each marked ``aditif`` (old
    documents are valid new ones) or ``BUKAN aditif``. New classes are not listed: no old
    document holds them."""
    beda: list[str] = []
    for nama, medan in lama["kelas"].items():
        if nama not in baru["kelas"]:
            beda.append(f"BUKAN aditif: class {nama} removed or renamed")
            continue
        kini = baru["kelas"][nama]
        for kunci, tipe in medan.items():
            if kunci not in kini:
                beda.append(f"BUKAN aditif: {nama}.{kunci} removed or renamed")
            elif kini[kunci] != tipe:
                beda.append(
                    f"{_sifat_ganti(tipe, kini[kunci])}: {nama}.{kunci}: {tipe} -> {kini[kunci]}"
                )
        for kunci, tipe in kini.items():
            if kunci not in medan:
                sifat = "aditif" if tipe.endswith(("(opsional)", "(turunan)")) else "BUKAN aditif"
                beda.append(f"{sifat}: {nama}.{kunci} added: {tipe}")
    for nama, anggota in lama["enum"].items():
        kini_e = baru["enum"].get(nama)
        if kini_e is None:
            beda.append(f"BUKAN aditif: enum {nama} removed or renamed")
            continue
        beda += [f"BUKAN aditif: {nama}.{a} removed or renamed" for a in anggota if a not in kini_e]
        beda += [f"aditif: {nama}.{a} added" for a in kini_e if a not in anggota]
    return beda


def _sifat_ganti(lama: str, baru: str) -> str:
    """A type change is additive when it only widens: every member of the old union stays,
    and a required field may become optional, not the reverse."""

    def bagian(t: str) -> tuple[set[str], str]:
        dasar, _, tanda = t.partition(" (")
        return set(dasar.split(" | ")), tanda

    (l_tipe, l_tanda), (b_tipe, b_tanda) = bagian(lama), bagian(baru)
    if l_tipe <= b_tipe and (l_tanda == b_tanda or (not l_tanda and b_tanda == "opsional)")):
        return "aditif"
    return "BUKAN aditif"
