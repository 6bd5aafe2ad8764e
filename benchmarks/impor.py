"""Import cost: ``import birokrasi`` against its own dependencies (``import attrs,
dateutil.rrule``), each in a fresh interpreter, repeated and interleaved; median. The cost of
loading every public name (they load lazily, on first use) is reported alongside."""

from __future__ import annotations

import subprocess
import sys
import time

from benchmarks._ukur import Hasil, durasi, tabel, target


def _sekali(kode: str) -> float:
    mulai = time.perf_counter()
    subprocess.run([sys.executable, "-c", kode], check=True)
    return time.perf_counter() - mulai


def _modul_dimuat(kode: str) -> int:
    """How many of the library's modules ``kode`` loads in a fresh interpreter."""
    keluaran = subprocess.run(
        [sys.executable, "-c", f"{kode}\nimport sys\nprint(*sys.modules)"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return sum(1 for nama in keluaran.split() if nama.split(".")[0] == "birokrasi")


def _terberat(n: int) -> list[tuple[int, str]]:
    """The ``n`` modules with the largest self time under ``-X importtime`` (µs, name)."""
    keluaran = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import birokrasi"],
        check=True,
        capture_output=True,
        text=True,
    ).stderr
    baris: list[tuple[int, str]] = []
    for teks in keluaran.splitlines()[1:]:
        bagian = teks.removeprefix("import time:").split("|")
        if len(bagian) == 3:
            baris.append((int(bagian[0]), bagian[2].strip()))
    return sorted(baris, reverse=True)[:n]


def jalankan(quick: bool, ulang: int | None = None) -> bool:
    ulang = ulang or (7 if quick else 21)
    print(f"\n## Import cost ({ulang} fresh processes each, interleaved)")
    kode = {
        "python -c pass (interpreter start)": "pass",
        "import attrs, dateutil.rrule (baseline)": "import attrs, dateutil.rrule",
        "**import birokrasi**": "import birokrasi",
        "**from birokrasi import Rating**": "from birokrasi import Rating",
        "import birokrasi + every public name (for reference)": (
            "import birokrasi; [getattr(birokrasi, n) for n in birokrasi.__all__]"
        ),
    }
    waktu: dict[str, list[float]] = {k: [] for k in kode}
    for nama, teks in kode.items():  # warm the OS file cache and .pyc files
        _sekali(teks)
        del nama
    for _ in range(ulang):
        for nama, teks in kode.items():
            waktu[nama].append(_sekali(teks))
    hasil = [Hasil(nama, tuple(w)) for nama, w in waktu.items()]
    tabel("Fresh-process wall time (ratio to the baseline)", hasil, hasil[1])
    tambahan = hasil[2].median - hasil[1].median
    print(f"\nbirokrasi adds {durasi(tambahan)} over its dependencies.")
    print(
        "Names load on first use (PEP 562), so the last row is what a process that uses"
        f" every part of the library pays once: {durasi(hasil[4].median - hasil[1].median)}"
        " over the baseline."
    )
    for teks in ("import birokrasi", "from birokrasi import Rating"):
        print(f"`{teks}` loads {_modul_dimuat(teks)} birokrasi modules.")
    print("\nLargest self times under `python -X importtime -c 'import birokrasi'`:\n")
    for mikro, modul in _terberat(8):
        print(f"- {modul}: {mikro / 1000:.1f} ms")
    print()
    return target("import birokrasi − baseline, in ms", tambahan * 1e3, 50)
