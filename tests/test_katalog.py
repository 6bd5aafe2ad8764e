"""How rules are declared and where they live (DESIGN § 3, issue 12 § 1): each rule is an
``ATURAN_*`` constant declared with keywords, under a name no other module uses, in the module
whose code applies it; that module lists it in ``ATURAN`` and :mod:`birokrasi.katalog` lists
that module, so no rule can be left out of the catalogue.

A module *applies* a rule when, outside the rule's declaration and ``ATURAN``, it names the rule:

* by its constant: a check (``Pelanggaran(ATURAN_X, ...)``), a result or a data table that
  carries the rule object (``aturan=ATURAN_X``);
* by its kode, in a function or class (the docstring or error message of a constructor,
  validator or query that *is* the rule, e.g. ``NIP`` raising "... (STR-NIP-01)");
* by its kode, in the docstring of a module-level data table that states the rule (a
  table-carrying rule, e.g. the panduan perilaku of KIN-PERILAKU-01).

A kode may be cited as ``STR-PENILAI-01/02``. The module docstring does not count: a module of
rules alone (the old ``aturan.py`` grab-bags) cites its kodes only there.
"""

from __future__ import annotations

import ast
import importlib
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import TypeGuard

import attrs
import pytest

import birokrasi
from birokrasi import katalog
from birokrasi.hukum import Aturan

SRC = Path(birokrasi.__file__).parent
_SEBUTAN = re.compile(r"\b([A-Z]{2,}(?:-[A-Z0-9]+)*?)-(\d{2}(?:/\d{2})*)\b")


@attrs.frozen
class Modul:
    """One source module of the library: its name, its syntax tree and (imported) itself."""

    nama: str
    pohon: ast.Module

    @property
    def modul(self) -> ModuleType:
        return importlib.import_module(self.nama)


def _semua_modul() -> list[Modul]:
    hasil = []
    for berkas in sorted(SRC.rglob("*.py")):
        bagian = berkas.relative_to(SRC.parent).with_suffix("").parts
        nama = ".".join(bagian[:-1] if bagian[-1] == "__init__" else bagian)
        if nama != "birokrasi.__main__":
            hasil.append(Modul(nama, ast.parse(berkas.read_text(encoding="utf-8"))))
    return hasil


MODUL = _semua_modul()


def _penugasan(pohon: ast.Module) -> Iterator[tuple[str, ast.stmt, ast.expr]]:
    """Module-level ``NAME = value`` / ``NAME: T = value`` statements."""
    for node in pohon.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, nilai = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, nilai = node.target, node.value
        else:
            continue
        if isinstance(target, ast.Name):
            yield target.id, node, nilai


def _konstanta_aturan(m: Modul) -> dict[str, tuple[Aturan, ast.stmt, ast.expr]]:
    """The rules a module declares: its module-level names bound to an :class:`Aturan`."""
    hasil = {}
    for nama, node, nilai in _penugasan(m.pohon):
        aturan = getattr(m.modul, nama, None)
        if isinstance(aturan, Aturan):
            hasil[nama] = (aturan, node, nilai)
    return hasil


def _panggilan_aturan(node: ast.AST) -> TypeGuard[ast.Call]:
    return (
        isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Aturan"
    )


def _disebut(teks: str) -> set[str]:
    """Every kode a text cites, ``AREA-TOPIC-01/02`` counting as both."""
    return {
        f"{awal}-{nomor}" for awal, nomor_ in _SEBUTAN.findall(teks) for nomor in nomor_.split("/")
    }


def _teks_dalam(node: ast.AST) -> Iterator[str]:
    for n in ast.walk(node):
        if isinstance(n, ast.Constant) and isinstance(n.value, str):
            yield n.value


def _yang_diterapkan(pohon: ast.Module, deklarasi: set[str]) -> tuple[set[str], set[str]]:
    """The names a module loads and the kodes it cites outside the statements that declare
    its rules (``deklarasi``) and its ``ATURAN`` (see the module docstring)."""
    lewati = {node for nama, node, _ in _penugasan(pohon) if nama in deklarasi | {"ATURAN"}}
    dimuat: set[str] = set()
    dikutip: set[str] = set()
    badan = pohon.body
    for i, node in enumerate(badan):
        if node in lewati:
            continue
        dimuat |= {
            n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
        }
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            dikutip |= {kode for teks in _teks_dalam(node) for kode in _disebut(teks)}
        elif isinstance(node, ast.Assign | ast.AnnAssign) and i + 1 < len(badan):
            dok = badan[i + 1]
            if isinstance(dok, ast.Expr) and isinstance(dok.value, ast.Constant):
                dikutip |= _disebut(str(dok.value.value))
    return dimuat, dikutip


def _tidak_diterapkan(m: Modul) -> list[str]:
    konstanta = _konstanta_aturan(m)
    dimuat, dikutip = _yang_diterapkan(m.pohon, set(konstanta))
    return [
        f"{m.nama}.{nama} ({aturan.kode})"
        for nama, (aturan, _, _) in konstanta.items()
        if nama not in dimuat and aturan.kode not in dikutip
    ]


# -- the tests --------------------------------------------------------------------------------


def test_no_module_is_named_after_rules() -> None:
    """Rules live with the check that applies them, not in an ``aturan`` grab-bag."""
    assert list(SRC.rglob("aturan*.py")) == []


def test_rules_are_declared_with_keywords() -> None:
    """Every rule constant is ``ATURAN_X = Aturan(kode=..., uraian=..., summary=..., ...)``,
    and no ``Aturan(...)`` anywhere in the library passes a field by position."""
    salah = []
    for m in MODUL:
        for nama, (_, _, nilai) in _konstanta_aturan(m).items():
            if not (nama.startswith("ATURAN_") and _panggilan_aturan(nilai)):
                salah.append(f"{m.nama}.{nama}: not an ATURAN_* = Aturan(...) declaration")
        for n in ast.walk(m.pohon):
            if _panggilan_aturan(n) and (n.args or any(k.arg is None for k in n.keywords)):
                salah.append(f"{m.nama} line {n.lineno}: Aturan(...) without keywords")
    assert salah == []


def test_rule_constant_names_are_unique_across_the_library() -> None:
    nama = Counter(n for m in MODUL for n, _, _ in _penugasan(m.pohon) if n.startswith("ATURAN_"))
    assert [n for n, kali in nama.items() if kali > 1] == []


def test_catalogue_lists_exactly_the_modules_that_own_rules() -> None:
    """A module that declares a rule or an ``ATURAN`` is in ``katalog._MODUL`` (once) and
    every listed module has a non-empty ``ATURAN``: a rule cannot miss the catalogue, and a
    module without rules does not pretend to have some."""
    terdaftar = [m.__name__ for m in katalog._MODUL]
    pemilik = {
        m.nama
        for m in MODUL
        if _konstanta_aturan(m) or any(n == "ATURAN" for n, _, _ in _penugasan(m.pohon))
    }
    assert len(terdaftar) == len(set(terdaftar))
    assert set(terdaftar) == pemilik
    for modul in katalog._MODUL:
        assert isinstance(modul.ATURAN, tuple), modul.__name__
        assert modul.ATURAN, modul.__name__
        assert all(isinstance(a, Aturan) for a in modul.ATURAN), modul.__name__


def test_each_rule_is_listed_and_linked_by_the_module_that_declares_it() -> None:
    """The module's ``ATURAN`` holds each of its rule constants, so the catalogue page links
    every kode to the module where the rule is declared and applied."""
    for m in MODUL:
        for nama, (aturan, _, _) in _konstanta_aturan(m).items():
            assert aturan in m.modul.ATURAN, f"{m.nama}.{nama}"
            assert katalog.modul_aturan(aturan.kode) == m.nama, f"{m.nama}.{nama}"


def test_each_rule_is_applied_by_its_own_module() -> None:
    """See the module docstring for what counts as applying a rule."""
    assert [t for m in MODUL for t in _tidak_diterapkan(m)] == []


def test_catalogue_links_point_at_documented_modules() -> None:
    """Each kode on the catalogue page links to ``api.md#<module>``; that module must be
    rendered on the API page, or the link leads nowhere."""
    api = (SRC.parents[1] / "docs" / "api.md").read_text(encoding="utf-8")
    dirender = set(re.findall(r"^::: ([\w.]+)$", api, flags=re.MULTILINE))
    assert {m.__name__ for m in katalog._MODUL} <= dirender


# -- the detector itself can fail --------------------------------------------------------------

_ATURAN_X = 'Aturan(kode="KIN-UJI-01", uraian="u", summary="s", dasar=D)'


@pytest.mark.parametrize(
    ("sumber", "diterapkan"),
    [
        (f"ATURAN_X = {_ATURAN_X}\nATURAN = (ATURAN_X,)\n", False),
        (f'"""KIN-UJI-01"""\nATURAN_X = {_ATURAN_X}\nATURAN = (ATURAN_X,)\n', False),
        (f"ATURAN_X = {_ATURAN_X}\ndef f():\n    return Pelanggaran(ATURAN_X, 'k', 'p')\n", True),
        (f"ATURAN_X = {_ATURAN_X}\nTABEL = (1, ATURAN_X)\n", True),
        (f"ATURAN_X = {_ATURAN_X}\nclass N:\n    '''The NIP (KIN-UJI-01/02).'''\n", True),
        (f"ATURAN_X = {_ATURAN_X}\nTABEL = (1, 2)\n'''The table of KIN-UJI-01.'''\n", True),
    ],
    ids=["grab-bag", "module-docstring", "check", "table-holds-rule", "class", "table-doc"],
)
def test_what_counts_as_applying_a_rule(sumber: str, diterapkan: bool) -> None:
    dimuat, dikutip = _yang_diterapkan(ast.parse(sumber), {"ATURAN_X"})
    assert ("ATURAN_X" in dimuat or "KIN-UJI-01" in dikutip) is diterapkan


def test_halaman_katalog_mengutip_teks_yang_dibaca() -> None:
    """The catalogue page shows, for every citation that records it, the words read and
    where they were read, so an analyst sees what a V rests on."""
    from birokrasi.katalog import KATALOG, sebagai_markdown

    halaman = sebagai_markdown()
    dikutip = [d for a in KATALOG.values() for d in a.semua_dasar if d.kutipan]
    assert dikutip
    for d in dikutip:
        assert d.kutipan is not None
        assert "“" + d.kutipan.split("|")[0][:40] in halaman, d


@pytest.mark.parametrize("kode", [5, [None], None], ids=["int", "list", "none"])
def test_aturan_kode_bukan_teks_disebut(kode: object) -> None:
    """``aturan([None])`` raised a bare TypeError (unhashable) before ``make fuzz``."""
    from birokrasi.errors import InvalidTypeError

    with pytest.raises(InvalidTypeError, match=r"^kode: expected str"):
        katalog.aturan(kode)  # type: ignore[arg-type]
