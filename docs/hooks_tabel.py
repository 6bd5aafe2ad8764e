"""MkDocs hook: fill the decision-table and interpretation pages from the library at build
time (see :mod:`birokrasi.tabel`), so no number in the docs is retyped.

A marker ``<!-- TABEL -->`` renders in English, the site's language; ``<!-- TABEL:id -->``
renders the same table in Indonesian, for the pages' Indonesian twins (ADR 0017)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from birokrasi import tabel

PENYAJI: dict[str, Callable[..., str]] = {
    "TABEL": tabel.sebagai_markdown,
    "TAFSIRAN": tabel.markdown_tafsiran,
    "KEYAKINAN": tabel.markdown_keyakinan,
    "UNIT_KECIL": tabel.markdown_unit_kecil,
}
MARKER = re.compile(r"<!-- (TABEL|TAFSIRAN|KEYAKINAN|UNIT_KECIL)(?::(id|en))? -->")


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    """Replace each marker by the Markdown the library renders for it, in its language."""
    return MARKER.sub(lambda m: PENYAJI[m.group(1)](bahasa=m.group(2) or "en"), markdown)
