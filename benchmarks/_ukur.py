"""Timing and table helpers shared by the benchmarks."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Hasil:
    """Timings of one measured thing, in seconds (one entry per repetition)."""

    nama: str
    waktu: tuple[float, ...]
    per: int = 1  # operations per repetition: figures are reported per operation

    @property
    def median(self) -> float:
        return statistics.median(self.waktu) / self.per

    @property
    def minimum(self) -> float:
        return min(self.waktu) / self.per

    @property
    def maksimum(self) -> float:
        return max(self.waktu) / self.per


def ukur(nama: str, fungsi: Callable[[], Any], ulang: int, per: int = 1) -> Hasil:
    """Run ``fungsi`` ``ulang`` times with the cyclic GC off (as timeit does); keep each time."""
    waktu: list[float] = []
    for _ in range(ulang):
        gc.collect()
        gc.disable()
        try:
            mulai = time.perf_counter()
            fungsi()
            waktu.append(time.perf_counter() - mulai)
        finally:
            gc.enable()
    return Hasil(nama, tuple(waktu), per)


def durasi(detik: float) -> str:
    """A duration with a readable unit (negative for a saving)."""
    if detik < 0:
        return f"-{durasi(-detik)}"
    if detik >= 1:
        return f"{detik:.3f} s"
    if detik >= 1e-3:
        return f"{detik * 1e3:.2f} ms"
    if detik >= 1e-6:
        return f"{detik * 1e6:.2f} µs"
    return f"{detik * 1e9:.0f} ns"


def _rasio(nilai: float) -> str:
    """``2.50×``, or ``1/390`` for a ratio too small for two decimals."""
    return f"{nilai:.2f}×" if nilai >= 0.01 or nilai == 0 else f"1/{1 / nilai:,.0f}"


def tabel(judul: str, baris: list[Hasil], dasar: Hasil | None = None) -> None:
    """Print the median, min–max and (if ``dasar`` is given) the ratio to it."""
    print(f"\n### {judul}\n")
    print("| measured | median | min–max | runs | ratio |")
    print("|---|---:|---:|---:|---:|")
    for h in baris:
        rasio = "" if dasar is None else _rasio(h.median / dasar.median)
        rentang = f"{durasi(h.minimum)}–{durasi(h.maksimum)}"
        print(f"| {h.nama} | {durasi(h.median)} | {rentang} | {len(h.waktu)} | {rasio} |")


def target(uraian: str, nilai: float, batas: float, *, paling_banyak: bool = True) -> bool:
    """Print whether a ratio meets its target and return it."""
    ok = nilai <= batas if paling_banyak else nilai >= batas
    arah = "≤" if paling_banyak else "≥"
    status = "MET" if ok else "MISSED"
    print(f"- target {uraian}: {nilai:.2f} (want {arah} {batas:g}) — **{status}**")
    return ok
