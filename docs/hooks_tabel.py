"""MkDocs hook: fill the decision-table and interpretation pages from the library at build
time (see :mod:`birokrasi.tabel`), so no number in the docs is retyped."""

from __future__ import annotations

from typing import Any

from birokrasi import tabel

MARKER_TABEL = "<!-- TABEL -->"
MARKER_TAFSIRAN = "<!-- TAFSIRAN -->"
MARKER_KEYAKINAN = "<!-- KEYAKINAN -->"
MARKER_UNIT_KECIL = "<!-- UNIT_KECIL -->"


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    """Replace each marker by the Markdown the library renders for it."""
    if MARKER_TABEL in markdown:
        markdown = markdown.replace(MARKER_TABEL, tabel.sebagai_markdown())
    if MARKER_TAFSIRAN in markdown:
        markdown = markdown.replace(MARKER_TAFSIRAN, tabel.markdown_tafsiran())
    if MARKER_KEYAKINAN in markdown:
        markdown = markdown.replace(MARKER_KEYAKINAN, tabel.markdown_keyakinan())
    if MARKER_UNIT_KECIL in markdown:
        markdown = markdown.replace(MARKER_UNIT_KECIL, tabel.markdown_unit_kecil())
    return markdown
