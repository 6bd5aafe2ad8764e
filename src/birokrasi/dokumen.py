"""Versioned documents: a value in an envelope that states its format version.

Agencies keep performance records for years and exchange them; a record written today must
load after the library has changed. :func:`ke_dokumen` wraps :func:`~birokrasi.serial.ke_data`
in an envelope that names the format, its version and the value's class::

    {"@format": "birokrasi", "@versi": 3, "@tipe": "SKP", "isi": {...}}

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
{'@format': 'birokrasi', '@versi': 3, '@tipe': 'Periode', \
'isi': {'mulai': '2025-01-01', 'selesai': '2025-12-31'}}
>>> dari_dokumen(dokumen)
Periode(mulai=datetime.date(2025, 1, 1), selesai=datetime.date(2025, 12, 31))
>>> dari_dokumen({**dokumen, "@versi": 9})
Traceback (most recent call last):
...
birokrasi.errors.InvalidValueError: dokumen.@versi: dokumen ini berformat versi 9, sedangkan \
birokrasi ini membaca versi 1 s.d. 3: muat dengan birokrasi yang lebih baru
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
from birokrasi.pesan import Pesan, pembuat_templat
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

VERSI_FORMAT = 3
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


_TEKS_MENJADI_PESAN: tuple[tuple[frozenset[str], str, str], ...] = (
    (frozenset({"aturan", "subjek", "pesan"}), "pesan", "pesan"),
    (frozenset({"nip", "kode", "alasan"}), "alasan", "alasan"),
    (frozenset({"aturan", "hasil", "masukan", "teks"}), "teks", "pesan"),
    (frozenset({"kunci", "dari", "ke", "alasan"}), "alasan", "alasan"),
)
"""The fields whose text became a :class:`~birokrasi.pesan.Pesan` in version 3: the keys that
tell its class's dict from any other, the field's name in version 2 and in version 3. Every
dict of a ``Pelanggaran`` (or a subclass) has ``aturan``, ``subjek`` and ``pesan``; of a
``CalonDitolak``, ``nip``, ``kode`` and ``alasan``; of a ``Penjelasan``, ``aturan``,
``hasil``, ``masukan`` and ``teks`` (renamed ``pesan``); of a ``Perubahan`` (a proposal's
change), ``kunci``, ``dari``, ``ke`` and ``alasan``."""


def _pesan_dari_teks(teks: str) -> dict[str, Data]:
    """A stored message text as version 3 writes ``Pesan.dari_teks(teks)``."""
    return {"kode": "TEKS", "parameter": {"teks": teks}}


def _teks_menjadi_pesan(data: Data) -> Data:
    """``data`` with every stored message text of version 2 (a ``Pelanggaran.pesan`` wherever
    it lies: in a list of findings, in a result, in a field that declares nothing) turned into
    a message as data, ``Pesan.dari_teks(text)``; a new value, ``data`` is not changed."""
    if isinstance(data, list):
        return [_teks_menjadi_pesan(x) for x in data]
    if not isinstance(data, dict):
        return data
    hasil = {k: _teks_menjadi_pesan(x) for k, x in data.items()}
    for kunci, lama, baru in _TEKS_MENJADI_PESAN:
        teks = data.get(lama)
        if kunci <= data.keys() and isinstance(teks, str):
            del hasil[lama]
            hasil[baru] = _pesan_dari_teks(teks)
    return hasil


def _ke_versi_3(tipe: str, isi: Data) -> tuple[str, Data]:
    """Version 2 -> 3: a message text becomes ``Pesan.dari_teks(text)``."""
    return tipe, _teks_menjadi_pesan(isi)


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
    Migrasi(
        2,
        "Messages are data (ADR 0017): Pelanggaran.pesan (and its subclasses'), "
        "CalonDitolak.alasan, Perubahan.alasan and Penjelasan.pesan (formerly Penjelasan.teks) "
        "are a Pesan, "
        'written {"kode": ..., "parameter": {...}}; a stored text becomes Pesan.dari_teks(text), '
        'i.e. {"kode": "TEKS", "parameter": {"teks": text}}.',
        _ke_versi_3,
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
    birokrasi.errors.InvalidTypeError: nilai: satu dokumen memuat satu nilai attrs, diberikan \
(1, 2) (tuple)
    """
    if not attrs.has(type(nilai)):
        raise InvalidTypeError(_BUKAN_ATTRS(diberikan=describe(nilai)))
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
    {'@format': 'birokrasi', '@versi': 3, '@tipe': 'Periode', \
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
        raise InvalidTypeError(_KELAS_BUKAN_ATTRS(diberikan=describe(kelas)))
    if not isinstance(data, dict):
        raise InvalidTypeError(_BUKAN_DICT(diberikan=describe(data)))
    if "@format" not in data:
        if kelas is None:
            raise InvalidValueError(_TANPA_FORMAT())
        asal = typing.get_origin(kelas) or kelas
        return {"@format": FORMAT, "@versi": 1, "@tipe": asal.__name__, "isi": data}
    asing = [k for k in data if k not in _KUNCI]
    if asing:
        raise InvalidValueError(_KUNCI_ASING(kunci=describe(asing[0])))
    for k in _KUNCI:
        if k not in data:
            raise InvalidValueError(_KUNCI_HILANG(jalur=f"dokumen.{k}"))
    if data["@format"] != FORMAT:
        raise InvalidValueError(
            _FORMAT_LAIN(format=repr(FORMAT), diberikan=describe(data["@format"]))
        )
    versi = data["@versi"]
    if not isinstance(versi, int) or isinstance(versi, bool):
        raise InvalidTypeError(_VERSI_BUKAN_INT(diberikan=describe(versi)))
    if versi < 1:
        raise InvalidValueError(_VERSI_NOL(diberikan=render(versi)))
    if not isinstance(data["@tipe"], str):
        raise InvalidTypeError(_TIPE_BUKAN_TEKS(diberikan=describe(data["@tipe"])))
    return cast(dict[str, Data], data)


def _naikkan(amplop: dict[str, Data], rantai: tuple[Migrasi, ...], kini: int) -> dict[str, Data]:
    """``amplop`` carried through ``rantai`` up to version ``kini``."""
    versi = cast(int, amplop["@versi"])
    if versi > kini:
        raise InvalidValueError(_VERSI_BARU(versi=render(versi), kini=kini))
    tipe, isi = cast(str, amplop["@tipe"]), amplop["isi"]
    for langkah in rantai[versi - 1 : kini - 1]:
        try:
            tipe, isi = langkah.ubah(tipe, isi)
        except BirokrasiError as e:
            pesan: object = e.args[0] if e.args else None
            if not isinstance(pesan, Pesan):
                pesan = Pesan.dari_teks(render(e))
            raise type(e)(_MIGRASI_GAGAL(versi=langkah.dari_versi, pesan=pesan)) from e
        except Exception as e:  # the trust boundary: a step meeting bad data is bad data
            raise InvalidValueError(
                _MIGRASI_GALAT(versi=langkah.dari_versi, jenis=type(e).__name__, galat=str(e)[:200])
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
            raise InvalidValueError(_TIPE_LAIN(kelas=asal.__name__, diberikan=describe(nama)))
        return turunan
    nilai = getattr(birokrasi, nama) if nama in ASAL else None
    if not (isinstance(nilai, type) and attrs.has(nilai)):
        raise InvalidValueError(_TIPE_BUKAN_PUBLIK(nama=describe(nama)))
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


_t = pembuat_templat(__name__)
_BUKAN_ATTRS = _t("DOKUMEN/bukan-attrs", "nilai: a document holds one attrs value, got {diberikan}")
_KELAS_BUKAN_ATTRS = _t(
    "DOKUMEN/kelas-bukan-attrs", "kelas: expected an attrs class, got {diberikan}"
)
_BUKAN_DICT = _t("DOKUMEN/bukan-dict", "dokumen: expected a dict, got {diberikan}")
_TANPA_FORMAT = _t(
    "DOKUMEN/tanpa-format",
    "dokumen: no '@format': unversioned data (the 0.1.0 form) does not name its class; pass kelas",
)
_KUNCI_ASING = _t("DOKUMEN/kunci-asing", "dokumen: unknown key {kunci} in the envelope")
_KUNCI_HILANG = _t("DOKUMEN/kunci-hilang", "{jalur}: missing")
_FORMAT_LAIN = _t("DOKUMEN/format-lain", "dokumen.@format: expected {format}, got {diberikan}")
_VERSI_BUKAN_INT = _t("DOKUMEN/versi-bukan-int", "dokumen.@versi: expected an int, got {diberikan}")
_VERSI_NOL = _t("DOKUMEN/versi-nol", "dokumen.@versi: versions start at 1, got {diberikan}")
_TIPE_BUKAN_TEKS = _t(
    "DOKUMEN/tipe-bukan-teks", "dokumen.@tipe: expected a class name, got {diberikan}"
)
_VERSI_BARU = _t(
    "DOKUMEN/versi-baru",
    "dokumen.@versi: the document is in format version {versi}, this birokrasi reads versions 1 "
    "to {kini}: load it with a newer birokrasi",
)
_MIGRASI_GAGAL = _t("DOKUMEN/migrasi-gagal", "dokumen: migrating from version {versi}: {pesan}")
_MIGRASI_GALAT = _t(
    "DOKUMEN/migrasi-galat", "dokumen: migrating from version {versi}: {jenis}: {galat}"
)
_TIPE_LAIN = _t(
    "DOKUMEN/tipe-lain", "dokumen.@tipe: expected {kelas} (or a subclass), got {diberikan}"
)
_TIPE_BUKAN_PUBLIK = _t(
    "DOKUMEN/tipe-bukan-publik",
    "dokumen.@tipe: {nama} is not a public class of birokrasi (written by a newer birokrasi?)",
)
