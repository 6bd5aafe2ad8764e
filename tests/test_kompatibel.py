"""What 0.1.0 promised keeps holding: its public names import and its documents load.

``tests/arsip/0.1.0/`` was captured from the released 0.1.0 before the house was reshaped
(issue 12): the names ``from birokrasi import X`` gave, the names each subpackage gave, and
one serialised document of every public value kind (the example agency's year, the rule
catalogue, and hypothesis-drawn values). A document must load into its class and write back
to the same data, after the migration steps since format version 1 (the unversioned 0.1.0
form; see tests/test_dokumen.py and ADR 0016). Beyond those steps the only change allowed is
additive: a field added since, written with an empty value (``None`` or an empty list) that
means what its absence meant (for example ``Dasar.kutipan``, added after 0.1.0).
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pytest

import birokrasi
from bantu_arsip import tambahan_kosong as _tambahan_kosong
from birokrasi.dokumen import MIGRASI, dari_dokumen, migrasikan
from birokrasi.serial import dari_data, ke_data

ARSIP = Path(__file__).parent / "arsip"
# Releases' directories are named by their version; format-<n>/ and skema/ are the versioned
# documents' goldens and schemas (tests/test_dokumen.py).
VERSI = sorted(p.name for p in ARSIP.glob("[0-9]*") if p.is_dir())
DOKUMEN = sorted(ARSIP.glob("[0-9]*/*.json"))


def _baris(nama_berkas: str) -> list[str]:
    return [
        baris
        for versi in VERSI
        for baris in (ARSIP / versi / nama_berkas).read_text(encoding="utf-8").splitlines()
        if baris
    ]


@pytest.mark.parametrize("nama", _baris("nama_publik.txt"))
def test_nama_publik_lama_tetap_diimpor(nama: str) -> None:
    """``from birokrasi import X`` works for every X of an earlier release."""
    assert getattr(birokrasi, nama) is not None


@pytest.mark.parametrize("baris", _baris("nama_subpaket.txt"))
def test_nama_subpaket_lama_tetap_diimpor(baris: str) -> None:
    """``from birokrasi.kinerja import X`` (and the other subpackages) keeps working."""
    modul, nama = baris.split()
    assert getattr(importlib.import_module(modul), nama) is not None


def test_arsip_tidak_kosong() -> None:
    """The archive holds documents of every release (so the tests above can fail)."""
    assert VERSI == ["0.1.0"]
    assert len(DOKUMEN) > 100


@pytest.mark.parametrize(
    ("baru", "lama", "beda"),
    [
        ({"a": 1, "b": None}, {"a": 1}, []),
        ({"a": [{"x": 1, "y": []}]}, {"a": [{"x": 1}]}, []),
        ({"a": 1, "b": 2}, {"a": 1}, [".b: added with 2"]),
        ({"a": 2}, {"a": 1}, [".a: 1 became 2"]),
        ({}, {"a": 1}, [".a: missing"]),
        ([1, 2], [1], [": [1] became [1, 2]"]),
    ],
)
def test_hanya_tambahan_kosong_yang_boleh(baru: Any, lama: Any, beda: list[str]) -> None:
    """The comparison below accepts exactly the additive changes (so it can fail)."""
    assert _tambahan_kosong(baru, lama) == beda


@pytest.mark.parametrize("berkas", DOKUMEN, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_dokumen_lama_tetap_dimuat(berkas: Path) -> None:
    """A document written by an earlier release loads and writes back unchanged, or as the
    migration steps since its format version say (ADR 0016; unversioned data is version 1).
    While every step is additive, that is ``dari_data`` reading it as it is."""
    dokumen: dict[str, Any] = json.loads(berkas.read_text(encoding="utf-8"))
    kelas = getattr(birokrasi, dokumen["tipe"])
    nilai = dari_dokumen(dokumen["data"], kelas)
    assert type(nilai) is kelas
    assert _tambahan_kosong(ke_data(nilai), migrasikan(dokumen["data"], kelas)["isi"]) == []
    if all(m.aditif for m in MIGRASI):
        assert dari_data(kelas, dokumen["data"]) == nilai
