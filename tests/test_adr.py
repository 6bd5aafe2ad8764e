"""Architecture decision records (docs/adr/): numbered, listed, published, complete."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

AKAR = Path(__file__).resolve().parents[1]
ADR = AKAR / "docs" / "adr"
CATATAN = sorted(ADR.glob("[0-9][0-9][0-9][0-9]-*.md"))
BAGIAN = ("## Context", "## Options considered", "## Decision", "## Consequences")


def test_records_are_numbered_from_0001_without_gaps() -> None:
    nomor = [int(p.name[:4]) for p in CATATAN]
    assert nomor == list(range(1, len(CATATAN) + 1))


@pytest.mark.parametrize("catatan", CATATAN, ids=lambda p: p.stem)
def test_record_is_listed_and_published(catatan: Path) -> None:
    """The index links every record and the site's navigation includes it."""
    assert f"]({catatan.name})" in (ADR / "index.md").read_text(encoding="utf-8")
    assert f"adr/{catatan.name}" in (AKAR / "mkdocs.yml").read_text(encoding="utf-8")


@pytest.mark.parametrize("catatan", CATATAN, ids=lambda p: p.stem)
def test_record_has_its_number_and_every_section(catatan: Path) -> None:
    teks = catatan.read_text(encoding="utf-8")
    assert re.match(rf"# ADR {catatan.name[:4]}: \S", teks)
    posisi = [teks.find(f"\n{b}\n") for b in BAGIAN]
    assert -1 not in posisi, catatan.name
    assert posisi == sorted(posisi), catatan.name
