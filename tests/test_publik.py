"""The public face is written once (birokrasi._publik.TABEL) and everything else follows it.

Run as a script (``python tests/test_publik.py``) to rewrite the ``TYPE_CHECKING`` blocks of
``birokrasi/__init__.py`` and of the subpackages' ``__init__.py`` from the table after adding
a public name.
"""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
import types
from pathlib import Path

import pytest

import birokrasi
from birokrasi import _publik
from birokrasi.errors import BirokrasiError

INIT = Path(__file__).resolve().parents[1] / "src" / "birokrasi" / "__init__.py"
AWAL, AKHIR = "# --- generated: begin\n", "# --- generated: end\n"
SUBPAKET = ("struktur", "sistem_kerja", "kompetensi", "kinerja", "karier")


def _init(paket: str = "birokrasi") -> Path:
    return INIT.parent.joinpath(*paket.split(".")[1:], "__init__.py")


def blok_statis(paket: str = "birokrasi") -> str:
    """The TYPE_CHECKING block that TABEL implies for ``paket``: the names its lazy loader
    offers (:func:`birokrasi._publik.pemuat`)."""
    modul_paket = importlib.import_module(paket)
    ditawarkan = {*modul_paket.__all__, *(n for n in _publik.USANG if paket == "birokrasi")}
    ditawarkan.discard("__version__")
    baris = ["if TYPE_CHECKING:"]
    semua = {modul: list(daftar) for modul, daftar in _publik.TABEL.items()}
    for nama, modul in _publik.USANG.items():
        semua.setdefault(modul, []).append(nama)
    for modul, daftar in semua.items():
        milik = [nama for nama in daftar if nama in ditawarkan]
        if not milik:
            continue
        baris.append(f"    from {modul} import (")
        baris += [f"        {nama} as {nama}," for nama in milik]
        baris.append("    )")
    return "\n".join(baris) + "\n"


def _isi_init(paket: str = "birokrasi") -> tuple[str, str, str]:
    teks = _init(paket).read_text(encoding="utf-8")
    kepala, sisa = teks.split(AWAL)
    blok, ekor = sisa.split(AKHIR)
    return kepala, blok, ekor


def _impor_statis(blok: str) -> set[tuple[str, str, str | None]]:
    return {
        (node.module or "", a.name, a.asname)
        for node in ast.walk(ast.parse(blok))
        if isinstance(node, ast.ImportFrom)
        for a in node.names
    }


PAKET = ("birokrasi", *(f"birokrasi.{p}" for p in SUBPAKET))


@pytest.mark.parametrize("paket", PAKET)
def test_blok_statis_sama_dengan_tabel(paket: str) -> None:
    """Type checkers see exactly the names of the table, in ``birokrasi`` and in each
    subpackage (``from birokrasi.kinerja import Predikat`` type-checks); regenerate: run this
    file."""
    assert _impor_statis(_isi_init(paket)[1]) == _impor_statis(blok_statis(paket))


def test_blok_statis_mengimpor_dari_modul_daun() -> None:
    """Every static import names a leaf module and re-exports the name as itself."""
    blok = ast.parse(_isi_init()[1])
    for node in ast.walk(blok):
        if isinstance(node, ast.ImportFrom):
            assert node.module in _publik.TABEL or node.module in _publik.USANG.values()
            assert all(a.asname == a.name for a in node.names)


def test_all_diturunkan_dari_tabel() -> None:
    assert sorted(birokrasi.__all__) == sorted([*_publik.ASAL, "__version__"])
    assert len(_publik.ASAL) == sum(len(d) for d in _publik.TABEL.values())  # no name twice
    assert not set(_publik.USANG) & set(_publik.ASAL)


@pytest.mark.parametrize("nama", sorted(_publik.USANG))
def test_nama_usang_tetap_diimpor_tanpa_diiklankan(nama: str) -> None:
    """An old name still imports from the module that defines it, outside ``__all__``."""
    nilai = getattr(birokrasi, nama)
    assert nilai is getattr(importlib.import_module(_publik.USANG[nama]), nama)
    assert nama not in birokrasi.__all__


@pytest.mark.parametrize("nama", sorted(_publik.ASAL))
def test_nama_dimiliki_modul_daunnya(nama: str) -> None:
    """Each name is defined (not re-exported) by the leaf module the table gives."""
    nilai = getattr(birokrasi, nama)
    modul = importlib.import_module(_publik.ASAL[nama])
    assert getattr(modul, nama) is nilai
    asal = getattr(nilai, "__module__", None)
    if isinstance(nilai, type | types.FunctionType):
        assert asal == _publik.ASAL[nama]


@pytest.mark.parametrize("paket", SUBPAKET)
def test_subpaket_menawarkan_nama_modulnya(paket: str) -> None:
    modul = importlib.import_module(f"birokrasi.{paket}")
    assert modul.__all__
    for nama in modul.__all__:
        assert _publik.ASAL[nama].startswith(f"birokrasi.{paket}.")
        assert getattr(modul, nama) is getattr(birokrasi, nama)
    assert set(dir(modul)) >= set(modul.__all__)


def _modul_library() -> set[str]:
    sumber = INIT.parent
    return {
        p.stem
        for p in sumber.rglob("*.py")
        if not p.stem.startswith("_") and "testing" not in p.relative_to(sumber).parts
    } | {p.name for p in sumber.rglob("*") if p.is_dir() and not p.name.startswith("_")}


def test_nama_publik_bukan_nama_modul() -> None:
    """One name, one meaning: no public name is also the name of a library module (0.1.0 had
    ``angka_kredit`` as both a function and the module ``birokrasi.karier.angka_kredit``)."""
    assert not set(_publik.ASAL) & _modul_library() - {"aturan"}


def test_strategi_bukan_nama_modul() -> None:
    """In birokrasi.testing no strategy shadows a module: the modules are private."""
    import birokrasi.testing as bt

    assert all(not isinstance(getattr(bt, nama), types.ModuleType) for nama in bt.__all__)
    sumber = INIT.parent / "testing"
    assert all(p.stem.startswith("_") for p in sumber.glob("*.py"))


@pytest.mark.parametrize("paket", ["birokrasi", *(f"birokrasi.{p}" for p in SUBPAKET)])
def test_nama_tidak_dikenal(paket: str) -> None:
    """An unknown name is an AttributeError that is also a BirokrasiError."""
    modul = importlib.import_module(paket)
    with pytest.raises(BirokrasiError, match=r"has no attribute 'TidakAda'"):
        _ = modul.TidakAda
    with pytest.raises(AttributeError):
        _ = modul.TidakAda
    assert not hasattr(modul, "TidakAda")


def test_dir_lists_public_names() -> None:
    assert set(dir(birokrasi)) >= set(birokrasi.__all__)


def _modul_dimuat(kode: str) -> list[str]:
    hasil = subprocess.run(
        [sys.executable, "-c", f"{kode}\nimport sys\nprint(*sorted(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return [m for m in hasil.stdout.split() if m.split(".")[0] == "birokrasi"]


def test_impor_satu_nama_memuat_sedikit_modul() -> None:
    """``from birokrasi import Rating`` loads the module that owns it and what that module
    imports: the vocabulary, not the stages (0.1.0 loaded 47 modules)."""
    dimuat = _modul_dimuat("from birokrasi import Rating")
    assert "birokrasi.kinerja.predikat" in dimuat
    assert len(dimuat) <= 9, dimuat  # 8 before messages became data (birokrasi.pesan)
    assert not any(m.startswith("birokrasi.kinerja.pen") for m in dimuat)


def test_impor_dari_subpaket_juga_malas() -> None:
    dimuat = _modul_dimuat("from birokrasi.struktur import NIP")
    assert "birokrasi.struktur.nip" in dimuat
    assert "birokrasi.struktur.organisasi" not in dimuat


if __name__ == "__main__":
    ruff = Path(sys.executable).parent / "ruff"
    for paket in PAKET:
        kepala, _, ekor = _isi_init(paket)
        _init(paket).write_text(kepala + AWAL + blok_statis(paket) + AKHIR + ekor, encoding="utf-8")
        subprocess.run([ruff, "check", "--fix", "--quiet", _init(paket)], check=False)
        subprocess.run([ruff, "format", "--quiet", _init(paket)], check=False)
