"""docs/glosarium.md stays true to the API: every term occurs in the library's source, every
name it cites exists, and the table stays alphabetical."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import birokrasi

ROOT = Path(__file__).resolve().parents[1]
GLOSARIUM = ROOT / "docs" / "glosarium.md"
SUMBER = "\n".join(
    p.read_text(encoding="utf-8").lower()
    for p in sorted((ROOT / "src" / "birokrasi").rglob("*.py"))
)


def _baris() -> list[tuple[str, str, str]]:
    hasil: list[tuple[str, str, str]] = []
    for baris in GLOSARIUM.read_text(encoding="utf-8").splitlines():
        sel = [s.strip() for s in baris.strip().strip("|").split("|")]
        if len(sel) == 3 and sel[0] not in ("Indonesian", "---"):
            hasil.append((sel[0], sel[1], sel[2]))
    return hasil


BARIS = _baris()


def _bentuk(istilah: str) -> list[str]:
    """The forms a glossary term takes in code: as written, snake_case and CamelCase."""
    inti = re.sub(r"\s*\(.*\)", "", istilah).lower()
    return [inti, inti.replace(" ", "_"), inti.replace(" ", "")]


def test_glossary_has_terms() -> None:
    assert len(BARIS) > 100


def test_glossary_is_alphabetical() -> None:
    istilah = [t.lower() for t, _, _ in BARIS]
    assert istilah == sorted(istilah)


@pytest.mark.parametrize(("istilah", "inggris", "api"), BARIS, ids=[b[0] for b in BARIS])
def test_term_occurs_in_the_source(istilah: str, inggris: str, api: str) -> None:
    assert any(bentuk in SUMBER for bentuk in _bentuk(istilah)), istilah


@pytest.mark.parametrize(("istilah", "inggris", "api"), BARIS, ids=[b[0] for b in BARIS])
def test_every_cited_name_exists(istilah: str, inggris: str, api: str) -> None:
    for nama in re.findall(r"`([A-Za-z_][A-Za-z_0-9.]*)`", api):
        objek: object = birokrasi
        for bagian in nama.split("."):
            assert hasattr(objek, bagian), f"{istilah}: {nama} is not in the API"
            objek = getattr(objek, bagian)
