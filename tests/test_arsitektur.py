"""Architecture: the library core stays pure, and its imports follow DESIGN.md's layering.

Checked by parsing the source (ast), so a new I/O, clock or randomness call fails the build
the moment it is written. Only ``__main__.py`` (the demo) may print.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "birokrasi"
MODULES = sorted(p for p in SRC.rglob("*.py") if p.name != "__main__.py")

FORBIDDEN_IMPORTS = {
    "os",
    "sys",
    "io",
    "pathlib",
    "shutil",
    "socket",
    "subprocess",
    "random",
    "secrets",
    "time",
    "logging",
    "tempfile",
    "urllib",
    "http",
    "requests",
    "uuid",
    "threading",
    "asyncio",
    "glob",
    "importlib",
    "pickle",
    "sqlite3",
    "builtins",
}
FORBIDDEN_CALLS = {"open", "print", "input", "exec", "eval", "breakpoint", "__import__"}
FORBIDDEN_ATTRIBUTES = {"today", "now", "utcnow", "fromtimestamp", "utcfromtimestamp"}

# The exemptions read the library's own package, never the user's data or the environment: the
# public face loads the library's modules lazily (PEP 562) with importlib.import_module, and
# the messages read their gettext catalogues, package data shipped in the wheel, once per
# folder and language with importlib.resources (ADR 0017).
ALLOWED = {"_publik.py": {"importlib"}, "pesan.py": {"importlib", "io"}}

# DESIGN.md §1: a module imports only from modules above it in this order. Inside kinerja the
# order is PermenPANRB 6/2022 Pasal 5's (a perencanaan, b pemantauan, c penilaian, d tindak
# lanjut) with one exception: pemantauan comes after penilaian, because its coverage and
# pembinaan checks read evaluations (docs/arsitektur.md says so too).
LAYERS = [
    "errors",
    "pesan",
    "_validasi",
    "_peta",
    "_enum",
    "hukum",
    "periode",
    "struktur",
    "sistem_kerja",
    "kompetensi",
    "kinerja.predikat",
    "kinerja.perencanaan",
    "kinerja.penilaian",
    "kinerja.pemantauan",
    "kinerja.tindak_lanjut",
    "karier",
]


def _relative(path: Path) -> str:
    return str(path.relative_to(SRC.parent))


def _violations(tree: ast.AST, allowed: frozenset[str] = frozenset()) -> list[str]:
    forbidden = FORBIDDEN_IMPORTS - allowed
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [f"import {a.name}" for a in node.names if a.name.split(".")[0] in forbidden]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] in forbidden:
                found.append(f"from {node.module} import ...")
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in FORBIDDEN_CALLS:
                found.append(f"call {func.id}()")
            if isinstance(func, ast.Attribute) and func.attr in FORBIDDEN_ATTRIBUTES:
                found.append(f"call .{func.attr}()")
    return found


@pytest.mark.parametrize("path", MODULES, ids=_relative)
def test_module_is_pure(path: Path) -> None:
    """No I/O, clock, randomness or printing in the library core (DESIGN.md §2 "Pure")."""
    allowed = frozenset(ALLOWED.get(path.name, set())) if path.parent == SRC else frozenset()
    assert _violations(ast.parse(path.read_text(encoding="utf-8")), allowed) == []


@pytest.mark.parametrize(
    "source",
    [
        "import os",
        "from pathlib import Path",
        "import random",
        "print('x')",
        "open('f')",
        "datetime.date.today()",
        "datetime.datetime.now()",
        "from time import time",
    ],
)
def test_purity_check_catches(source: str) -> None:
    """The checker itself flags each kind of impurity (so the test above can fail)."""
    assert _violations(ast.parse(source))


def _layer(module: str) -> int | None:
    """The index of the longest entry of LAYERS that ``module`` lies in, if any."""
    parts = module.split(".")
    if parts[0] != "birokrasi":
        return None
    for n in range(len(parts) - 1, 0, -1):
        prefix = ".".join(parts[1 : n + 1])
        if prefix in LAYERS:
            return LAYERS.index(prefix)
    return None


@pytest.mark.parametrize("path", MODULES, ids=_relative)
def test_module_imports_only_lower_layers(path: Path) -> None:
    """hukum and periode at the bottom; kinerja may use struktur, never the reverse; inside
    kinerja, a stage uses the vocabulary and earlier stages only."""
    own = _layer("birokrasi." + ".".join(path.relative_to(SRC).with_suffix("").parts))
    if own is None:
        return
    tree = ast.parse(path.read_text(encoding="utf-8"))
    hanya_tipe = {
        id(n)
        for blok in ast.walk(tree)
        if isinstance(blok, ast.If) and ast.unparse(blok.test) == "TYPE_CHECKING"
        for n in ast.walk(blok)
    }
    for node in ast.walk(tree):
        if id(node) in hanya_tipe:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            other = _layer(node.module)
            assert other is None or other <= own, f"{node.module} is above {path.name}"


def test_every_module_is_on_the_architecture_page() -> None:
    """docs/arsitektur.md names every library module, so the map cannot fall behind."""
    halaman = (SRC.parents[1] / "docs" / "arsitektur.md").read_text(encoding="utf-8")
    for path in MODULES:
        bagian = path.relative_to(SRC.parent).with_suffix("").parts
        nama = ".".join(bagian[:-1] if bagian[-1] == "__init__" else bagian)
        assert f"`{nama}`" in halaman, nama


@pytest.mark.parametrize(
    ("module", "layer"),
    [
        ("birokrasi.kinerja.predikat", "kinerja.predikat"),
        ("birokrasi.kinerja.penilaian.evaluasi", "kinerja.penilaian"),
        ("birokrasi.kinerja", None),
        ("birokrasi.karier.saldo", "karier"),
        ("birokrasi.serial", None),
        ("attrs", None),
    ],
)
def test_layer_of_a_module(module: str, layer: str | None) -> None:
    """A module's layer is the longest LAYERS entry it lies in (so sublayers are enforced)."""
    assert _layer(module) == (None if layer is None else LAYERS.index(layer))


def test_kinerja_follows_pasal_5() -> None:
    """The tree under kinerja/ is the vocabulary plus the four stages of Pasal 5, and nothing
    else at its top (a new module must find its stage)."""
    kinerja = SRC / "kinerja"
    top = sorted(
        p.stem if p.is_file() else p.name for p in kinerja.iterdir() if p.name != "__pycache__"
    )
    assert top == [
        "__init__",
        "pemantauan",
        "penilaian",
        "perencanaan",
        "predikat",
        "tindak_lanjut",
    ]


def _periksa_yang_mengembalikan_none(tree: ast.AST) -> list[str]:
    """Functions named ``periksa_*`` (private ones too) annotated to return ``None``: a check
    that returns nothing can only raise, and a raising check is ``pastikan_*``."""
    return [
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef)
        and node.name.lstrip("_").startswith("periksa_")
        and isinstance(node.returns, ast.Constant)
        and node.returns.value is None
    ]


@pytest.mark.parametrize("path", MODULES, ids=_relative)
def test_periksa_returns_findings_pastikan_raises(path: Path) -> None:
    """The reserved words of DESIGN.md §3 hold for private helpers as well as public ones."""
    assert _periksa_yang_mengembalikan_none(ast.parse(path.read_text(encoding="utf-8"))) == []


def test_reserved_word_check_catches() -> None:
    kode = "def _periksa_x(a: int) -> None: ...\ndef periksa_y() -> tuple[int, ...]: ..."
    assert _periksa_yang_mengembalikan_none(ast.parse(kode)) == ["_periksa_x"]


# Optional dependencies (the extras of pyproject.toml) and the only modules that may import them.
EKSTRA = {"matplotlib", "hypothesis", "numpy", "pyarrow", "pandas"}
BOLEH = {"gambar.py": {"matplotlib"}, "kolom.py": {"numpy"}}


@pytest.mark.parametrize("path", MODULES, ids=_relative)
def test_the_core_never_imports_an_extra(path: Path) -> None:
    """Only ``gambar`` (plot), ``kolom`` (numpy) and ``testing`` (hypothesis) use an
    optional dependency."""
    bagian = path.relative_to(SRC).parts
    boleh = {"hypothesis"} if bagian[0] == "testing" else BOLEH.get(path.name, set())
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        nama: list[str] = []
        if isinstance(node, ast.Import):
            nama = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            nama = [node.module]
        for n in nama:
            akar = n.split(".")[0]
            assert akar not in EKSTRA - boleh, f"{path.name} imports {n}"
