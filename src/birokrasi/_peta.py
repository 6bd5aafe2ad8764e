"""An immutable map that a new version derives from the old one without copying it
(private; ADR 0015).

The indexes of :class:`~birokrasi.sistem_kerja.SistemKerja` and
:class:`~birokrasi.struktur.Instansi` are dicts of 50 000 and more keys; an operation that
changes one pegawai's entry must not copy them all. A :class:`Peta` is a base dict that no
version ever changes plus a small dict of the keys changed since; when the changes outgrow the
square root of the base they are folded into a new base. Deriving a version therefore costs
O(√n) amortised (copying at most √n changes, plus an n-copy every √n versions) and a lookup
two dict probes. Keys are only added or replaced, never removed: the aggregates are
append-only.
"""

from __future__ import annotations

from collections.abc import Mapping
from math import isqrt
from typing import Generic, TypeVar, overload

K = TypeVar("K")
V = TypeVar("V")
D = TypeVar("D")

_LIPAT_MINIMUM = 32  # below this many changes, never fold (a small map is copied anyway)


class Peta(Generic[K, V]):
    """An immutable map: ``get``, ``[]``, ``in``, and :meth:`dengan` for a new version."""

    __slots__ = ("_dasar", "_ubah")

    def __init__(self, isi: dict[K, V] | None = None) -> None:
        """A map over ``isi``, which the map takes over: nobody may change it afterwards."""
        self._dasar: dict[K, V] = {} if isi is None else isi
        self._ubah: dict[K, V] = {}

    @overload
    def get(self, kunci: K) -> V | None: ...
    @overload
    def get(self, kunci: K, default: D) -> V | D: ...
    def get(self, kunci: K, default: object = None) -> object:
        ubah = self._ubah
        if ubah and kunci in ubah:
            return ubah[kunci]
        return self._dasar.get(kunci, default)

    def __getitem__(self, kunci: K) -> V:
        ubah = self._ubah
        if ubah and kunci in ubah:
            return ubah[kunci]
        return self._dasar[kunci]

    def __contains__(self, kunci: object) -> bool:
        return kunci in self._dasar or kunci in self._ubah

    def dengan(self, perubahan: Mapping[K, V]) -> Peta[K, V]:
        """A new version with the entries of ``perubahan`` added or replaced; this one is
        unchanged."""
        ubah = {**self._ubah, **perubahan}
        baru: Peta[K, V] = Peta.__new__(Peta)
        if len(ubah) > _LIPAT_MINIMUM and len(ubah) > isqrt(len(self._dasar)):
            baru._dasar, baru._ubah = {**self._dasar, **ubah}, {}
        else:
            baru._dasar, baru._ubah = self._dasar, ubah
        return baru

    def ke_dict(self) -> dict[K, V]:
        """Every entry, as a new dict (for tests and checks, O(n))."""
        return {**self._dasar, **self._ubah}
