"""A per-key index of possibly overlapping date intervals, answering "which records hold on
``tanggal``" by bisection (private)."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

T = TypeVar("T")


class IndeksInterval(Generic[T]):
    """Records sorted by start, with the running maximum of their ends.

    :meth:`pada` bisects to the last record starting on or before ``tanggal`` and walks back
    only while the running maximum of ends still reaches ``tanggal``: O(log n + s) where s is
    the number of records between the earliest one still open on ``tanggal`` and the last one
    started, which for one pegawai or one team is small. Built in O(n log n).
    """

    __slots__ = ("_akhir", "_maks", "_mulai", "isi")

    def __init__(
        self,
        isi: Iterable[T],
        mulai: Callable[[T], dt.date],
        akhir: Callable[[T], dt.date],
    ) -> None:
        urut = sorted(isi, key=mulai)
        self.isi: tuple[T, ...] = tuple(urut)
        self._mulai: list[dt.date] = [mulai(x) for x in urut]
        self._akhir: list[dt.date] = [akhir(x) for x in urut]
        self._maks: list[dt.date] = []
        puncak = dt.date.min
        for a in self._akhir:
            puncak = max(puncak, a)
            self._maks.append(puncak)

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


def kosong() -> IndeksInterval[T]:
    """An index without records."""
    return IndeksInterval((), lambda _: dt.date.min, lambda _: dt.date.min)
