"""A per-key index of possibly overlapping date intervals, answering "which records hold on
``tanggal``" by bisection (private)."""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Mapping
from typing import Generic, TypeVar

T = TypeVar("T")


class IndeksInterval(Generic[T]):
    """Records sorted by start, with the running maximum of their ends.

    :meth:`pada` bisects to the last record starting on or before ``tanggal`` and walks back
    only while the running maximum of ends still reaches ``tanggal``: O(log n + s) where s is
    the number of records between the earliest one still open on ``tanggal`` and the last one
    started, which for one pegawai or one team is small. Built in O(n log n); records of equal
    start keep the order they were given in. ``posisi``, if given, are the records' positions
    in the aggregate's tuple, kept alongside so that an operation can replace a record there.

    An index is never changed: :meth:`sisipkan` and :meth:`ganti` return a new one, in O(n)
    for the n records of this key (C-level copies, and a Python loop over the records after
    the change).
    """

    __slots__ = ("_akhir", "_maks", "_mulai", "isi", "posisi")

    def __init__(
        self,
        isi: Iterable[T],
        mulai: Callable[[T], dt.date],
        akhir: Callable[[T], dt.date],
        posisi: Iterable[int] | None = None,
    ) -> None:
        daftar = list(isi)
        urutan = sorted(range(len(daftar)), key=lambda i: mulai(daftar[i]))
        urut = [daftar[i] for i in urutan]
        self.isi: tuple[T, ...] = tuple(urut)
        if posisi is None:
            self.posisi: tuple[int, ...] = ()
        else:
            semula = list(posisi)
            self.posisi = tuple(semula[i] for i in urutan)
        self._mulai: list[dt.date] = [mulai(x) for x in urut]
        self._akhir: list[dt.date] = [akhir(x) for x in urut]
        self._maks: list[dt.date] = list(itertools.accumulate(self._akhir, max))

    def pada(self, tanggal: dt.date) -> tuple[T, ...]:
        """Records with ``mulai <= tanggal <= akhir``, in start order."""
        hasil: list[T] = []
        j = bisect.bisect_right(self._mulai, tanggal) - 1
        while j >= 0 and self._maks[j] >= tanggal:
            if self._akhir[j] >= tanggal:
                hasil.append(self.isi[j])
            j -= 1
        hasil.reverse()
        return tuple(hasil)

    def sisipkan(
        self, x: T, mulai: dt.date, akhir: dt.date, posisi: int | None = None
    ) -> IndeksInterval[T]:
        """A new index with ``x`` added after every record starting on or before ``mulai``
        (where building from the records in their order, ``x`` last, puts it)."""
        i = bisect.bisect_right(self._mulai, mulai)
        baru: IndeksInterval[T] = IndeksInterval.__new__(IndeksInterval)
        baru.isi = (*self.isi[:i], x, *self.isi[i:])
        baru.posisi = (
            self.posisi if posisi is None else (*self.posisi[:i], posisi, *self.posisi[i:])
        )
        baru._mulai = [*self._mulai[:i], mulai, *self._mulai[i:]]
        baru._akhir = [*self._akhir[:i], akhir, *self._akhir[i:]]
        awal = self._maks[i - 1] if i else dt.date.min
        baru._maks = [*self._maks[:i], *itertools.accumulate(baru._akhir[i:], max, initial=awal)]
        del baru._maks[i]  # the initial value
        return baru

    def ganti(self, pengganti: Mapping[int, T], akhir: Callable[[T], dt.date]) -> IndeksInterval[T]:
        """A new index where each record whose ``id`` is a key of ``pengganti`` is replaced
        by its value, which must start on the same day (so the order stands); every end is
        recomputed with ``akhir`` (a team's last day may have changed)."""
        baru: IndeksInterval[T] = IndeksInterval.__new__(IndeksInterval)
        baru.isi = tuple(pengganti.get(id(x), x) for x in self.isi)
        baru.posisi = self.posisi
        baru._mulai = self._mulai
        baru._akhir = [akhir(x) for x in baru.isi]
        baru._maks = list(itertools.accumulate(baru._akhir, max))
        return baru


def kosong() -> IndeksInterval[T]:
    """An index without records."""
    return IndeksInterval((), lambda _: dt.date.min, lambda _: dt.date.min)
