"""MkDocs hook: draw the figures of the guides with :mod:`birokrasi.gambar` when the site is
built (issue 19 §3), so every picture is what the library computes today. A page asks for one
with a marker ``<!-- GAMBAR:nama -->``; the figure is inlined as SVG (no file is written)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from typing import Any

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
from matplotlib.axes import Axes

from birokrasi import Predikat, PredikatOrganisasi, contoh, gambar
from birokrasi.contoh import kompetensi as contoh_kompetensi
from birokrasi.contoh import sistem_kerja as contoh_sistem_kerja
from birokrasi.kompetensi import kesenjangan_tim

AKHIR_TAHUN = dt.date(2025, 12, 31)
SESUAI = [Predikat.SANGAT_BAIK] * 2 + [Predikat.BAIK] * 5 + [Predikat.BUTUH_PERBAIKAN] * 2
MELANGGAR = [Predikat.SANGAT_BAIK] * 4 + [Predikat.BAIK] * 5


def _kuadran(ax: Axes) -> None:
    gambar.gambar_kuadran(ax)


def _distribusi_sesuai(ax: Axes) -> None:
    gambar.gambar_distribusi(ax, PredikatOrganisasi.BAIK, SESUAI, tanggal=AKHIR_TAHUN)


def _distribusi_melanggar(ax: Axes) -> None:
    gambar.gambar_distribusi(ax, PredikatOrganisasi.BAIK, MELANGGAR, tanggal=AKHIR_TAHUN)


def _cakupan(ax: Axes) -> None:
    kebutuhan = contoh_kompetensi.kebutuhan_tim()[0]
    hasil = kesenjangan_tim(
        contoh_sistem_kerja.tim_kerja(), kebutuhan, contoh_kompetensi.profil(), dt.date(2025, 7, 1)
    )
    gambar.gambar_cakupan_kompetensi(ax, hasil)


def _struktur(ax: Axes) -> None:
    gambar.gambar_struktur(ax, contoh.instansi(), contoh.struktur.TANGGAL_DEMO)


GAMBAR: dict[str, tuple[Callable[[Axes], None], tuple[float, float], str]] = {
    "kuadran": (_kuadran, (5.0, 4.6), "The kuadran kinerja, drawn by gambar_kuadran"),
    "distribusi-sesuai": (
        _distribusi_sesuai,
        (6.0, 3.6),
        "A Baik unit of 9 within its kurva (hatched: the counts each band allows)",
    ),
    "distribusi-melanggar": (
        _distribusi_melanggar,
        (6.0, 3.6),
        "The same unit with 4 Sangat Baik and nobody in the lowest band",
    ),
    "cakupan-kompetensi": (
        _cakupan,
        (6.5, 3.0),
        "Tim Satu Data's needs on 1 July 2025: how many members hold each",
    ),
    "struktur": (_struktur, (8.0, 3.8), "The example Dinas's units, drawn by gambar_struktur"),
}


def svg(nama: str) -> str:
    """The figure ``nama`` as an inline ``<figure>`` with its SVG and caption."""
    gambar_fn, ukuran, keterangan = GAMBAR[nama]
    fig, ax = plt.subplots(figsize=ukuran)
    try:
        gambar_fn(ax)
        fig.tight_layout()
        keluaran = io.StringIO()
        fig.savefig(keluaran, format="svg")
    finally:
        plt.close(fig)
    isi = keluaran.getvalue()
    isi = isi[isi.index("<svg") :]
    keterangan_html = f"<figcaption>{keterangan}</figcaption>"
    return f'<figure class="birokrasi-gambar">\n{isi}\n{keterangan_html}\n</figure>'


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    """Replace each ``<!-- GAMBAR:nama -->`` marker by its figure."""
    for nama in GAMBAR:
        penanda = f"<!-- GAMBAR:{nama} -->"
        if penanda in markdown:
            markdown = markdown.replace(penanda, svg(nama))
    return markdown
