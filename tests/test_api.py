"""The public face: names agency code and the acceptance tests import from ``birokrasi``."""

from __future__ import annotations

import importlib
import inspect
import re
import typing

import pytest

import birokrasi

# Names fixed by the project's issues (foundation, penilaian, karier).
FIXED = [
    "BirokrasiError",
    "Peraturan",
    "Dasar",
    "Aturan",
    "Pelanggaran",
    "Periode",
    "Jenjang",
    "Golongan",
    "NIP",
    "Rating",
    "Predikat",
    "predikat_kinerja",
    "PredikatOrganisasi",
    "periksa_distribusi",
    "batas_distribusi",
    "koefisien_angka_kredit",
    "angka_kredit",
]

SUBPACKAGES = [
    "birokrasi.errors",
    "birokrasi.periode",
    "birokrasi.struktur",
    "birokrasi.sistem_kerja",
    "birokrasi.kompetensi",
    "birokrasi.kinerja",
    "birokrasi.karier",
]


@pytest.mark.parametrize("name", FIXED)
def test_fixed_names_are_importable_from_birokrasi(name: str) -> None:
    assert name in birokrasi.__all__
    assert getattr(birokrasi, name) is not None


@pytest.mark.parametrize("modul", SUBPACKAGES)
def test_every_public_name_of_a_subpackage_is_reexported(modul: str) -> None:
    """Nothing public is left out of ``birokrasi.__all__`` (rule constants excepted: they are
    reached through ``birokrasi.KATALOG``)."""
    m = importlib.import_module(modul)
    for name in m.__all__:
        if name == "ATURAN" or name.startswith("ATURAN_"):
            continue
        assert name in birokrasi.__all__, f"{modul}.{name}"
        assert getattr(birokrasi, name) is getattr(m, name), f"{modul}.{name}"


def test_all_is_sorted_unique_and_resolvable() -> None:
    assert len(set(birokrasi.__all__)) == len(birokrasi.__all__)
    for name in birokrasi.__all__:
        getattr(birokrasi, name)


def test_import_birokrasi_loads_no_rule_module() -> None:
    """Names load on first use (PEP 562): importing the package stays cheap."""
    import subprocess
    import sys

    kode = "import birokrasi, sys; print(sorted(m for m in sys.modules if m.startswith('birok')))"
    keluaran = subprocess.run(
        [sys.executable, "-c", kode], capture_output=True, text=True, check=True
    ).stdout
    assert "birokrasi.kinerja" not in keluaran
    assert "birokrasi.struktur" not in keluaran


def test_unknown_names_are_attribute_errors_of_the_library() -> None:
    assert not hasattr(birokrasi, "tidak_ada")
    with pytest.raises(AttributeError, match="tidak_ada"):
        birokrasi.tidak_ada  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(birokrasi.BirokrasiError):
        birokrasi.tidak_ada  # type: ignore[attr-defined]  # noqa: B018
    assert set(birokrasi.__all__) <= set(dir(birokrasi))


PERIKSA = sorted(nama for nama in birokrasi.__all__ if nama.startswith("periksa_"))


@pytest.mark.parametrize("nama", PERIKSA)
def test_periksa_promises_findings_and_returns_a_tuple_of_pelanggaran(nama: str) -> None:
    """The reserved word: a ``periksa_*`` check returns findings (a tuple of
    :class:`~birokrasi.hukum.Pelanggaran`, empty when everything holds) and says so; a check
    that raises is ``pastikan_*``."""
    fungsi = getattr(birokrasi, nama)
    doc = inspect.getdoc(fungsi) or ""
    assert re.search(r"\bfindings?\b", doc, re.IGNORECASE), f"{nama}: no finding in the docstring"
    kembali = typing.get_type_hints(fungsi)["return"]
    assert typing.get_origin(kembali) is tuple, f"{nama} returns {kembali}"
    jenis, sisa = typing.get_args(kembali)
    assert sisa is Ellipsis, f"{nama} returns {kembali}"
    assert issubclass(jenis, birokrasi.Pelanggaran), f"{nama} returns {kembali}"
