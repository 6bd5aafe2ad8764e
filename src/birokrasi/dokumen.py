"""Versioned documents: a value in an envelope that states its format version.

Agencies keep performance records for years and exchange them; a record written today must
load after the library has changed. :func:`ke_dokumen` wraps :func:`~birokrasi.serial.ke_data`
in an envelope that names the format, its version and the value's class::

    {"@format": "birokrasi", "@versi": 2, "@tipe": "SKP", "isi": {...}}

:func:`dari_dokumen` reads a document of any version up to :data:`VERSI_FORMAT`: an older one
is first brought up to date by the chain of :data:`MIGRASI` (one small, explicit step per
format change, each a pure function on plain data), a newer one is refused with an error
naming both versions. Data without an envelope, as :func:`~birokrasi.serial.ke_data` writes
it and as 0.1.0 stored it, is version 1, and its class must be given.

The **format version** is an integer, bumped whenever the shape of a class or enum that a
document may hold changes: a field added, removed, renamed or retyped, an enum member added,
removed or renamed, a class renamed or removed (ADR 0016). A brand-new class does not bump it:
no older document can hold it. ``tests/arsip/skema/`` keeps the schema of every version and a
test fails when the code's schema departs from the current one's.

>>> from birokrasi import Periode
>>> import datetime as dt
>>> dokumen = ke_dokumen(Periode(dt.date(2025, 1, 1), dt.date(2025, 12, 31)))
>>> dokumen
{'@format': 'birokrasi', '@versi': 2, '@tipe': 'Periode', \
'isi': {'mulai': '2025-01-01', 'selesai': '2025-12-31'}}
>>> dari_dokumen(dokumen)
Periode(mulai=datetime.date(2025, 1, 1), selesai=datetime.date(2025, 12, 31))
>>> dari_dokumen({**dokumen, "@versi": 9})
Traceback (most recent call last):
...
birokrasi.errors.InvalidValueError: dokumen.@versi: the document is in format version 9, \
this birokrasi reads versions 1 to 2: load it with a newer birokrasi
"""

from __future__ import annotations

import typing
from collections.abc import Callable
from typing import Any, TypeVar, cast

import attrs

import birokrasi
from birokrasi._publik import ASAL
from birokrasi._validasi import describe, render
from birokrasi.errors import BirokrasiError, InvalidTypeError, InvalidValueError
from birokrasi.serial import Data, dari_data, ke_data

__all__ = [
    "FORMAT",
    "MIGRASI",
    "VERSI_FORMAT",
    "Migrasi",
    "dari_dokumen",
    "ke_dokumen",
    "migrasikan",
]

T = TypeVar("T")

FORMAT = "birokrasi"
"""The value of ``"@format"``: what tells a birokrasi document from other JSON."""

VERSI_FORMAT = 2
"""The format version :func:`ke_dokumen` writes. Version 1 is 0.1.0's (unversioned) form."""

Ubah: typing.TypeAlias = Callable[[str, Data], tuple[str, Data]]
"""A migration's change: ``(tipe, isi) -> (tipe, isi)`` on plain data, where ``tipe`` is the
document's ``"@tipe"`` and ``isi`` what :func:`~birokrasi.serial.ke_data` wrote."""


def _sama(tipe: str, isi: Data) -> tuple[str, Data]:
    """The step of an additive change: every document of the old version reads as it is."""
    return tipe, isi


@attrs.frozen
class Migrasi:
    """One step of the chain: how a document of version ``dari_versi`` becomes one of
    ``dari_versi + 1``.

    ``ubah`` is a pure function on plain data; it must not mutate its argument. An additive
    change (a new optional field whose empty value means what its absence meant, a new enum
    member, a field widened to a union that keeps the old class untagged) keeps the default,
    which changes nothing: old documents are already valid new ones.
    """

    dari_versi: int
    perubahan: str
    ubah: Ubah = _sama

    @property
    def aditif(self) -> bool:
        """Whether the step changes no data (an additive format change)."""
        return self.ubah is _sama


MIGRASI: tuple[Migrasi, ...] = (
    Migrasi(
        1,
        "Additive only, since 0.1.0: Dasar.kutipan and .sumber, Peraturan.dicabut_oleh, "
        "HasilKinerja.jenis, BatasPita.sebagian_besar, KurvaDistribusi.predikat_utama, "
        "KebijakanSistemKerja.jenjang_pemberi_tugas, Instansi.pejabat_luar, Tandatangan.kode "
        "(and Tandatangan.nip may be null); SKP.penilai, PenilaianKinerja.penilai and "
        "PutusanKeberatan.oleh admit a tagged PotretPejabatNegara beside the untagged "
        "PotretPegawai; JenisPeraturan gains PERMEN_PUPR and PERATURAN_BRIN, Pembulatan "
        "gains SEKETAT_MUNGKIN.",
    ),
)
"""The migration chain: step ``i`` takes version ``i + 1`` to ``i + 2``."""

_KUNCI = ("@format", "@versi", "@tipe", "isi")


def ke_dokumen(nilai: attrs.AttrsInstance) -> dict[str, Data]:
    """``nilai`` (an attrs value of the library) as a document of format :data:`VERSI_FORMAT`.

    Several values travel together in one value that holds them (a bundle); a bare tuple or
    dict is not a document, because its class could not be named.

    >>> ke_dokumen((1, 2))
    Traceback (most recent call last):
    ...
    birokrasi.errors.InvalidTypeError: nilai: a document holds one attrs value, got (1, 2) \
(tuple)
    """
    if not attrs.has(type(nilai)):
        raise InvalidTypeError(f"nilai: a document holds one attrs value, got {describe(nilai)}")
    return {
        "@format": FORMAT,
        "@versi": VERSI_FORMAT,
        "@tipe": type(nilai).__name__,
        "isi": ke_data(nilai),
    }


def migrasikan(data: object, kelas: type | None = None) -> dict[str, Data]:
    """``data`` (a document of any version up to :data:`VERSI_FORMAT`, or unversioned data
    of ``kelas``) as a document of the current version, still plain data: what a store runs
    to bring its records up to date without loading them.

    >>> from birokrasi import Periode
    >>> migrasikan({"mulai": "2025-01-01", "selesai": "2025-12-31"}, Periode)
    {'@format': 'birokrasi', '@versi': 2, '@tipe': 'Periode', \
'isi': {'mulai': '2025-01-01', 'selesai': '2025-12-31'}}
    """
    return _naikkan(_amplop(data, kelas), MIGRASI, VERSI_FORMAT)


@typing.overload
def dari_dokumen(data: object, kelas: type[T]) -> T: ...
@typing.overload
def dari_dokumen(data: object, kelas: None = None) -> object: ...
def dari_dokumen(data: object, kelas: type[T] | None = None) -> T | object:
    """The value a document holds, migrated from its version to the current one.

    ``kelas`` is the class expected (or a parent of it, or a generic class with its argument
    such as ``Penjelasan[Fraction]``); without it, the document's ``"@tipe"`` must name a
    public class of :mod:`birokrasi`. Unversioned data (version 1) needs ``kelas``. Raises
    only :class:`~birokrasi.errors.BirokrasiError` subclasses, naming the path of the fault.
    """
    amplop = _naikkan(_amplop(data, kelas), MIGRASI, VERSI_FORMAT)
    nama = cast(str, amplop["@tipe"])
    target = _kelas(nama, kelas)
    hasil: object = dari_data(target, amplop["isi"], akar="dokumen.isi")
    return hasil


def _amplop(data: object, kelas: type | None) -> dict[str, Data]:
    """``data`` as a checked envelope of some version; unversioned data is version 1."""
    asal_kelas = typing.get_origin(kelas) or kelas
    if kelas is not None and not (isinstance(asal_kelas, type) and attrs.has(asal_kelas)):
        raise InvalidTypeError(f"kelas: expected an attrs class, got {describe(kelas)}")
    if not isinstance(data, dict):
        raise InvalidTypeError(f"dokumen: expected a dict, got {describe(data)}")
    if "@format" not in data:
        if kelas is None:
            raise InvalidValueError(
                "dokumen: no '@format': unversioned data (the 0.1.0 form) does not name its "
                "class; pass kelas"
            )
        asal = typing.get_origin(kelas) or kelas
        return {"@format": FORMAT, "@versi": 1, "@tipe": asal.__name__, "isi": data}
    asing = [k for k in data if k not in _KUNCI]
    if asing:
        raise InvalidValueError(f"dokumen: unknown key {describe(asing[0])} in the envelope")
    for k in _KUNCI:
        if k not in data:
            raise InvalidValueError(f"dokumen.{k}: missing")
    if data["@format"] != FORMAT:
        raise InvalidValueError(
            f"dokumen.@format: expected {FORMAT!r}, got {describe(data['@format'])}"
        )
    versi = data["@versi"]
    if not isinstance(versi, int) or isinstance(versi, bool):
        raise InvalidTypeError(f"dokumen.@versi: expected an int, got {describe(versi)}")
    if versi < 1:
        raise InvalidValueError(f"dokumen.@versi: versions start at 1, got {render(versi)}")
    if not isinstance(data["@tipe"], str):
        raise InvalidTypeError(
            f"dokumen.@tipe: expected a class name, got {describe(data['@tipe'])}"
        )
    return cast(dict[str, Data], data)


def _naikkan(amplop: dict[str, Data], rantai: tuple[Migrasi, ...], kini: int) -> dict[str, Data]:
    """``amplop`` carried through ``rantai`` up to version ``kini``."""
    versi = cast(int, amplop["@versi"])
    if versi > kini:
        raise InvalidValueError(
            f"dokumen.@versi: the document is in format version {render(versi)}, this birokrasi "
            f"reads versions 1 to {kini}: load it with a newer birokrasi"
        )
    tipe, isi = cast(str, amplop["@tipe"]), amplop["isi"]
    for langkah in rantai[versi - 1 : kini - 1]:
        try:
            tipe, isi = langkah.ubah(tipe, isi)
        except BirokrasiError as e:
            raise type(e)(f"dokumen: migrating from version {langkah.dari_versi}: {e}") from e
        except Exception as e:  # the trust boundary: a step meeting bad data is bad data
            raise InvalidValueError(
                f"dokumen: migrating from version {langkah.dari_versi}: {type(e).__name__}: "
                f"{str(e)[:200]}"
            ) from e
    return {"@format": FORMAT, "@versi": kini, "@tipe": tipe, "isi": isi}


def _kelas(nama: str, kelas: type | None) -> Any:
    """The class a document's ``"@tipe"`` names: ``kelas`` itself or a subclass of it, or,
    without ``kelas``, a public class of birokrasi."""
    if kelas is not None:
        asal = typing.get_origin(kelas) or kelas
        if nama == asal.__name__:
            return kelas
        turunan = _turunan(asal).get(nama)
        if turunan is None:
            raise InvalidValueError(
                f"dokumen.@tipe: expected {asal.__name__} (or a subclass), got {describe(nama)}"
            )
        return turunan
    nilai = getattr(birokrasi, nama) if nama in ASAL else None
    if not (isinstance(nilai, type) and attrs.has(nilai)):
        raise InvalidValueError(
            f"dokumen.@tipe: {describe(nama)} is not a public class of birokrasi "
            "(written by a newer birokrasi?)"
        )
    return nilai


def _turunan(kelas: type) -> dict[str, type]:
    """The attrs subclasses of ``kelas``, by name."""
    hasil: dict[str, type] = {}
    antre: list[type] = [kelas]
    while antre:
        k = antre.pop()
        langsung: list[type] = type.__subclasses__(k)
        for t in langsung:
            if "__attrs_attrs__" in vars(t) and t.__name__ not in hasil:
                hasil[t.__name__] = t
                antre.append(t)
    return hasil
