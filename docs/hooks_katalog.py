"""MkDocs hook: fill the rule catalogue page from the library's rule registry at build time."""

from __future__ import annotations

from typing import Any

from birokrasi.katalog import KATALOG, sebagai_markdown

MARKER = "<!-- KATALOG -->"


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    """Replace the marker on the catalogue page by the generated tables."""
    if MARKER not in markdown:
        return markdown
    ringkas = f"The library applies **{len(KATALOG)} rules**.\n\n"
    return markdown.replace(MARKER, ringkas + sebagai_markdown(bahasa="en"))
