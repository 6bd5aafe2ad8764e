"""Fuzz every public callable: only the library's own errors may escape.

Every function and class in ``birokrasi.__all__`` (and ``birokrasi.siasn``), every public
method and property of those classes, called with arguments hypothesis draws from
:mod:`fuzz_nilai`: typed values (the example agency, also at the calendar's ends; the
strategies of :mod:`birokrasi.testing`; constructors fed extreme values) and hostile ones.
A call may return or raise a :class:`~birokrasi.errors.BirokrasiError`; anything else (a bare
``KeyError``, ``OverflowError``, ``StopIteration``, a call running past its time) is a bug.

Run ``python tests/fuzz/fuzz_publik.py --detik 600`` (``make fuzz``); ``--benih`` picks the
seed (a run with the same seed and number of rounds makes the same calls), ``--sasaran`` fuzzes
the callables whose name contains the text given. The exit status is 1 when any call raised
something other than a library error. ``tests/fuzz/test_fuzz_publik.py`` runs a few seconds
of it in ``make test``.
"""

from __future__ import annotations

import argparse
import enum
import inspect
import signal
import sys
import time
import traceback
import typing
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

import attrs
from fuzz_nilai import Parameter, panggilan, parameter
from hypothesis import HealthCheck, Phase, Verbosity, given, seed, settings
from hypothesis.errors import HypothesisException

import birokrasi
import birokrasi.siasn
import birokrasi.siasn_baca
from birokrasi.errors import BirokrasiError

BATAS_DETIK_PANGGILAN = 5.0
"""A call running longer than this is a failure (a loop over a huge day count, say)."""

MODUL_TAMBAHAN = (birokrasi.siasn, birokrasi.siasn_baca)
"""Public modules whose names are not in ``birokrasi.__all__``, fuzzed too
(``birokrasi.serial`` has its own fuzzer for documents)."""


_DARI_PANGGILAN = "fuzz_publik: raised by the call fuzzed"
"""The note on an exception the call raised (anything else is the fuzzer's own error)."""


class TerlaluLama(Exception):
    """A call ran past :data:`BATAS_DETIK_PANGGILAN`."""


@attrs.frozen
class Sasaran:
    """One public callable: how to call it and what it takes."""

    nama: str
    panggil: Callable[..., Any]
    parameter: tuple[Parameter, ...]
    pemilik: type | None = None
    """The class of the instance a method or property is called on."""


@attrs.define
class Temuan:
    """A non-library exception: where it was raised and the (shrunk) call that raised it."""

    sasaran: str
    galat: str
    pesan: str
    lokasi: str
    contoh: str


@attrs.define
class Hasil:
    """What a run saw: calls by outcome (``returned`` or the exception's class)."""

    hasil: Counter[str] = attrs.Factory(Counter)
    dipanggil: Counter[str] = attrs.Factory(Counter)
    """Calls by target, whatever their outcome."""
    kembali: Counter[str] = attrs.Factory(Counter)
    """Calls that returned, by target: a target that never returns is fuzzed only at its
    door."""
    temuan: dict[tuple[str, str, str], Temuan] = attrs.Factory(dict)
    tanpa_contoh: set[str] = attrs.Factory(set)
    galat_fuzzer: dict[str, str] = attrs.Factory(dict)
    ronde: int = 0

    @property
    def panggilan(self) -> int:
        return sum(self.hasil.values())


# -- targets --------------------------------------------------------------------------------


def _publik() -> dict[str, object]:
    nama = {n: getattr(birokrasi, n) for n in birokrasi.__all__}
    for modul in MODUL_TAMBAHAN:
        nama.update({n: getattr(modul, n) for n in modul.__all__})
    return nama


def _anggota(kelas: type) -> Iterator[tuple[str, object]]:
    """Public methods and properties of ``kelas`` defined by the library (not by attrs, enum
    or object)."""
    dilihat = set()
    for basis in kelas.__mro__:
        if not basis.__module__.startswith("birokrasi"):
            continue
        for nama, isi in vars(basis).items():
            if nama.startswith("_") or nama in dilihat:
                continue
            dilihat.add(nama)
            if isinstance(isi, property | classmethod | staticmethod) or inspect.isfunction(isi):
                yield nama, isi


def _metode(kelas: type, nama: str, isi: object) -> Sasaran:
    label = f"{kelas.__name__}.{nama}"
    if isinstance(isi, property):
        return Sasaran(label, lambda obj: getattr(obj, nama), (), kelas)
    if isinstance(isi, classmethod | staticmethod):
        fungsi = getattr(kelas, nama)
        return Sasaran(label, fungsi, _label_enum(parameter(fungsi, kelas), kelas))
    assert inspect.isfunction(isi)
    return Sasaran(
        label, lambda obj, *a, **k: getattr(obj, nama)(*a, **k), parameter(isi, kelas), kelas
    )


def _label_enum(daftar: tuple[Parameter, ...], kelas: type) -> tuple[Parameter, ...]:
    """An enum's class methods read text (``parse``, ``dari_teks``): offer its own labels and
    names too, besides any text."""
    if not issubclass(kelas, enum.Enum):
        return daftar
    teks = typing.Literal[tuple(t for m in kelas for t in (str(m), m.name))]  # type: ignore[valid-type]
    return tuple(
        attrs.evolve(p, tipe=teks | p.tipe) if p.tipe in (str, object) else p for p in daftar
    )


def sasaran() -> list[Sasaran]:
    """Every public callable: functions, constructors, then methods and properties."""
    hasil = []
    for nama, obj in sorted(_publik().items()):
        if isinstance(obj, type):
            hasil.append(Sasaran(nama, obj, parameter(obj)))
            hasil.extend(_metode(obj, m, isi) for m, isi in _anggota(obj))
        elif inspect.isfunction(obj):
            hasil.append(Sasaran(nama, obj, parameter(obj)))
    return hasil


# -- running --------------------------------------------------------------------------------


@contextmanager
def _batas_waktu(detik: float) -> Iterator[None]:
    def habis(signum: int, frame: FrameType | None) -> None:
        raise TerlaluLama(f"still running after {detik} s")

    lama = signal.signal(signal.SIGALRM, habis)
    signal.setitimer(signal.ITIMER_REAL, detik)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, lama)


def _lokasi(galat: BaseException) -> str:
    """The innermost frame of the library (or else the innermost frame) that raised."""
    bingkai = traceback.extract_tb(galat.__traceback__)
    milik = [b for b in bingkai if "/birokrasi/" in b.filename] or bingkai
    if not milik:
        return "?"
    b = milik[-1]
    return f"{b.filename.split('/src/')[-1]}:{b.lineno} in {b.name}"


def _ringkas(nilai: object, panjang: int = 300) -> str:
    try:
        teks = repr(nilai)
    except Exception:
        teks = f"<{type(nilai).__name__}>"
    return teks if len(teks) <= panjang else teks[: panjang - 3] + "..."


def _contoh(s: Sasaran, obj: object, posisi: list[Any], kata_kunci: dict[str, Any]) -> str:
    bagian = [_ringkas(a, 120) for a in posisi]
    bagian += [f"{k}={_ringkas(v, 120)}" for k, v in kata_kunci.items()]
    awal = f"({_ringkas(obj, 120)}).{s.nama.split('.')[-1]}" if s.pemilik else s.nama
    return f"{awal}({', '.join(bagian)})" if s.parameter or not s.pemilik else awal


def fuzz(s: Sasaran, hasil: Hasil, contoh: int, benih: int) -> None:
    """Call ``s`` on ``contoh`` drawn argument sets, recording every outcome in ``hasil``."""

    @settings(
        max_examples=contoh,
        database=None,
        deadline=None,
        derandomize=False,
        verbosity=Verbosity.quiet,
        report_multiple_bugs=False,
        suppress_health_check=list(HealthCheck),
        phases=(Phase.generate, Phase.shrink),
    )
    @seed(benih)
    @given(panggilan(s.parameter, s.pemilik, s.panggil if isinstance(s.panggil, type) else None))
    def uji(panggilan: tuple[object, list[Any], dict[str, Any]]) -> None:
        obj, posisi, kata_kunci = panggilan
        contoh_teks = _contoh(s, obj, posisi, kata_kunci)
        hasil.dipanggil[s.nama] += 1
        try:
            with _batas_waktu(BATAS_DETIK_PANGGILAN):
                if s.pemilik:
                    s.panggil(obj, *posisi, **kata_kunci)
                else:
                    s.panggil(*posisi, **kata_kunci)
        except BirokrasiError as galat:
            hasil.hasil[type(galat).__name__] += 1
        except Exception as galat:
            nama = type(galat).__name__
            hasil.hasil[nama] += 1
            lokasi = _lokasi(galat)
            kunci = (s.nama, nama, lokasi)
            temuan = Temuan(s.nama, nama, _ringkas(str(galat), 200), lokasi, contoh_teks)
            if kunci not in hasil.temuan or len(contoh_teks) <= len(hasil.temuan[kunci].contoh):
                hasil.temuan[kunci] = temuan
            galat.add_note(_DARI_PANGGILAN)
            raise
        else:
            hasil.hasil["returned"] += 1
            hasil.kembali[s.nama] += 1

    try:
        uji()
    except HypothesisException as galat:
        if type(galat).__name__ == "Unsatisfiable":
            hasil.tanpa_contoh.add(s.nama)
    except Exception as galat:
        if _DARI_PANGGILAN not in getattr(galat, "__notes__", ()):
            pesan = f"{type(galat).__name__}: {_ringkas(str(galat))}"
            hasil.galat_fuzzer.setdefault(s.nama, pesan)


def _benih(benih: int, ronde: int, nama: str) -> int:
    return zlib.crc32(f"{benih}:{ronde}:{nama}".encode())


def jalankan(
    detik: float, benih: int = 0, saring: str = "", contoh: int = 10, cetak: bool = True
) -> Hasil:
    """Fuzz every target in rounds (``contoh`` calls each per round) until ``detik`` seconds
    have passed; every target gets at least one round."""
    daftar = [s for s in sasaran() if saring in s.nama]
    hasil = Hasil()
    selesai = time.monotonic() + detik
    while hasil.ronde == 0 or time.monotonic() < selesai:
        for s in daftar:
            if hasil.ronde > 0 and time.monotonic() >= selesai:
                break
            fuzz(s, hasil, contoh, _benih(benih, hasil.ronde, s.nama))
        hasil.ronde += 1
        if cetak:
            print(f"round {hasil.ronde}: {hasil.panggilan} calls", file=sys.stderr)
    if cetak:
        laporan(daftar, hasil, benih, detik)
    return hasil


def laporan(daftar: list[Sasaran], hasil: Hasil, benih: int, detik: float) -> None:
    """Print the run's calls, outcomes by exception class and every non-library exception."""
    kelas = sum(isinstance(s.panggil, type) for s in daftar)
    fungsi = sum("." not in s.nama for s in daftar) - kelas
    print(f"# birokrasi fuzz: seed {benih}, budget {detik:g} s")
    print(
        f"Targets: {len(daftar)} ({fungsi} functions, {kelas} classes, "
        f"{len(daftar) - fungsi - kelas} methods and properties)"
    )
    print(f"Rounds: {hasil.ronde}; calls: {hasil.panggilan}")
    print("Outcomes by exception class:")
    for nama, jumlah in hasil.hasil.most_common():
        print(f"  {nama:<24} {jumlah:>9}")
    diam = sorted(s.nama for s in daftar if not hasil.kembali[s.nama])
    print(f"Targets that returned normally at least once: {len(daftar) - len(diam)}")
    if diam:
        print(f"Never returned (reached only with arguments they refuse): {', '.join(diam)}")
    if hasil.tanpa_contoh:
        print(f"No valid arguments found for: {', '.join(sorted(hasil.tanpa_contoh))}")
    for nama, galat in sorted(hasil.galat_fuzzer.items()):
        print(f"Fuzzer error in {nama}: {galat}")
    print(f"Non-library exceptions: {len(hasil.temuan)} distinct")
    for t in sorted(hasil.temuan.values(), key=lambda t: (t.sasaran, t.galat)):
        print(f"- {t.sasaran}: {t.galat}: {t.pesan}\n    at {t.lokasi}\n    {t.contoh}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="fuzz_publik", description=__doc__)
    parser.add_argument("--detik", type=float, default=600, help="time budget in seconds")
    parser.add_argument("--benih", type=int, default=0, help="seed")
    parser.add_argument("--sasaran", default="", help="fuzz only names containing this")
    parser.add_argument("--contoh", type=int, default=10, help="calls per target per round")
    args = parser.parse_args(argv)
    hasil = jalankan(args.detik, args.benih, args.sasaran, args.contoh)
    return 1 if hasil.temuan or hasil.galat_fuzzer else 0


if __name__ == "__main__":
    raise SystemExit(main())
