"""``python -m birokrasi``: the example agency through one performance year (the only module
that prints).

Sections, in the order of the year: ``struktur`` (units, who rates whom), ``sistem-kerja``
(tim kerja formed, a member moved), ``kompetensi`` (gaps against a jabatan's standard and a
team's needs, and a staffing proposal), ``penyederhanaan`` (the Dinas of 2021, before
penyetaraan, against today's: layers, spans of control, posts that became JF, tim kerja
across units), ``skp`` (SKPs cascaded into a pohon kinerja),
``umpan-balik`` (a JF's year of feedback from several leaders), ``penilaian`` (periodic and
annual ratings, the unit's distribution checked and a compliant proposal) and ``karier``
(angka kredit, a projection, a keberatan), then ``tahun`` (all of it as one checked, versioned
record). ``python -m birokrasi penilaian karier`` shows only those, under the numbers they have
in the whole demo; output is wrapped to 80 columns (``--lebar`` changes it).

The whole run is in one language: Indonesian by default, English with ``--lang en`` (names,
kodes, labels and the regulations' terms stay as they are). The sections, their titles and
every line they print are in :mod:`birokrasi.contoh.bagian` and the ``bagian_*()`` functions
of :mod:`birokrasi.contoh`, messages of the catalogue ``birokrasi.contoh`` (ADR 0017) rendered
in the language of the run; the findings and errors of the library they show come from the
library's own catalogues. This module only parses the arguments, chooses the language
(``pakai_bahasa``), numbers and wraps the lines, and ends quietly when the reader stops early
(``python -m birokrasi | head``).
"""

from __future__ import annotations

import argparse
import os
import sys
import textwrap
from collections.abc import Sequence

from birokrasi.contoh.bagian import BAGIAN, judul_utama
from birokrasi.pesan import BAHASA, BAHASA_BAKU, pakai_bahasa

__all__ = ["BAGIAN", "main"]


def _bungkus(baris: str, lebar: int) -> list[str]:
    if len(baris) <= lebar:
        return [baris]
    isi = baris.lstrip(" ")
    awal = " " * (len(baris) - len(isi))
    lanjut = awal + ("    " if isi.startswith(("- ", "[")) else "  ")
    return textwrap.wrap(
        isi, lebar, initial_indent=awal, subsequent_indent=lanjut, break_on_hyphens=False
    )


def main(argv: Sequence[str] | None = None) -> None:
    """Print the chosen sections (default: all) of the example agency's year."""
    parser = argparse.ArgumentParser(
        prog="python -m birokrasi", description="The example agency through one year."
    )
    parser.add_argument(
        "bagian", nargs="*", metavar="BAGIAN", help=f"sections: {', '.join(BAGIAN)} (default: all)"
    )
    parser.add_argument("--lebar", type=int, default=80, help="wrap at this width (default 80)")
    parser.add_argument(
        "--lang",
        choices=BAHASA,
        default=BAHASA_BAKU,
        help="language of the whole run: id (Indonesian, the default) or en (English)",
    )
    args = parser.parse_args(argv)
    with pakai_bahasa(args.lang):
        _cetak(parser, args)


def _cetak(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    tidak_dikenal = [b for b in args.bagian if b not in BAGIAN]
    if tidak_dikenal:
        parser.error(
            f"unknown section(s) {', '.join(tidak_dikenal)}; choose from {', '.join(BAGIAN)}"
        )
    pilihan = args.bagian or list(BAGIAN)
    print("\n".join(_bungkus(str(judul_utama()), args.lebar)))
    for kunci in pilihan:
        nomor = list(BAGIAN).index(kunci) + 1
        pesan, bagian = BAGIAN[kunci]
        judul = str(pesan)
        print()
        print(f"{nomor}. {judul}")
        print("=" * min(args.lebar, len(judul) + 3))
        for baris in bagian():
            print("\n".join(_bungkus(baris, args.lebar)) if baris else "")


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:
        # The reader stopped early (``| head``): point stdout at devnull so the interpreter's
        # final flush does not fail again, and end quietly (the Python docs' recipe).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
