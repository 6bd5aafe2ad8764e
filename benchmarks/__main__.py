"""``python -m benchmarks [NAMA ...] [--quick] [--ulang N]`` (names: see ``BENCHMARKS``)."""

from __future__ import annotations

import argparse
import importlib
import platform
import sys

BENCHMARKS = {
    "batch": "benchmarks.batch",
    "tim": "benchmarks.tim",
    "operasi": "benchmarks.operasi",
    "impor": "benchmarks.impor",
    "memori": "benchmarks.memori",
    "kolom": "benchmarks.kolom",
    "mesin": "benchmarks.mesin",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "nama", nargs="*", metavar="NAMA", help=f"any of {', '.join(BENCHMARKS)} (default: all)"
    )
    parser.add_argument("--quick", action="store_true", help="smaller data, for a smoke run")
    parser.add_argument("--ulang", type=int, default=None, help="repetitions per measurement")
    args = parser.parse_args(argv)
    salah = [n for n in args.nama if n not in BENCHMARKS]
    if salah:
        parser.error(
            f"unknown benchmark(s) {', '.join(salah)}; choose from {', '.join(BENCHMARKS)}"
        )
    print(f"# birokrasi benchmarks{' (quick)' if args.quick else ''}")
    print(
        f"Python {platform.python_version()} ({platform.python_implementation()}), {sys.platform}"
    )
    gagal = []
    for nama in args.nama or list(BENCHMARKS):
        modul = importlib.import_module(BENCHMARKS[nama])
        if not modul.jalankan(args.quick, args.ulang):
            gagal.append(nama)
    print(f"\nTargets missed in: {', '.join(gagal)}" if gagal else "\nAll targets met.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
