"""Mutation testing of the rule modules with mutmut (``make mutation``; ADR 0009).

mutmut copies ``src/`` to ``mutants/``, writes every mutant of the functions and methods of
``sistem_kerja``, ``kinerja`` and ``karier`` next to the original, records once which tests of
``tests/sistem_kerja``, ``tests/kinerja`` and ``tests/karier`` call each function, then runs,
for each mutant, only those tests (``-x``, the hypothesis profile ``mutasi`` of
``tests/conftest.py``: derandomized, 10 examples; ``--profil ci`` for the 100 of CI) in a
process forked from one that has already imported everything.

``python tests/mutasi/jalankan.py`` runs the mutants that have no result yet (new or changed
functions; a first run does them all) and prints the table of every rule module;
``python tests/mutasi/jalankan.py kinerja/predikat karier.saldo`` does the same for those
modules only. ``--ulang`` tests the named modules' mutants again, or, with no module named,
deletes ``mutants/`` for a run from scratch (needed after a change to ``[tool.mutmut]``, which
mutmut does not notice). ``--ulang-penyintas`` tests only the survivors again (after tests were
written for them). ``--penyintas`` also prints each survivor's diff; ``--anak`` sets the
number of worker processes; ``--laporan`` prints the table of the last results without running.
``--lacak`` traces again, over every test, which tests call each function: mutmut traces only
the tests that are new since its last trace, so after the rule code changed an old test that
now calls a function is not run against its mutants until the next full trace.
The exit status is 1 when a listed module has a survivor.

Two adaptations keep it working with the mutmut 3.8 and pytest 9 installed (ADR 0009): the
methods an enum calls while building its members are not mutated (:func:`lewati_metode_enum`),
and pytest's nodes get back the ``_nodeid`` mutmut's stats run reads (:func:`nodeid_lama`).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

AKAR = Path(__file__).resolve().parents[2]
SUMBER = AKAR / "src"
HASIL = AKAR / "mutants" / "src"
PAKET = ("sistem_kerja", "kinerja", "karier")
# The library's enum bases: mutmut leaves the methods an Enum calls while building its members
# alone, but only for classes whose base it recognises by name.
BASIS_ENUM = ("Tetap", "Berlabel", "Berperingkat")
# mutmut's statuses, folded into the table's columns.
KOLOM = {
    "killed": "killed",
    "caught by type check": "killed",
    "timeout": "timeout",
    "segfault": "timeout",
    "survived": "survived",
    "suspicious": "survived",
    "no tests": "no tests",
    "skipped": "not run",
    "not checked": "not run",
    "check was interrupted by user": "not run",
}


# A mutated line that builds an error message: a validator given the argument's name (the NIP
# converter ``_nip_argumen`` is one), an exception, the rendering of the offending value.
_PESAN = re.compile(r"pastikan_\w+\(|_nip_argumen\(|Error\(|\braise\b|describe\(|\bf\"")
_TEKS = re.compile(r"""[rfb]*("[^"\\]*(?:\\.[^"\\]*)*"|'[^'\\]*(?:\\.[^'\\]*)*')""")
_DESKRIPSI = re.compile(r"(describe|render)\([^()]*\)")


def _bentuk(baris: str) -> str:
    """A line with every string literal, ``None`` and rendered value replaced by ``S``."""
    return _DESKRIPSI.sub("S", _TEKS.sub("S", baris)).replace("None", "S").replace(" ", "")


def hanya_pesan(diff: str) -> bool:
    """Whether a mutant (its unified diff) changes only the text of an error message: one line
    that builds a message, differing only in its string literals, in a value rendered into
    it, or by one string argument dropped."""
    lama = [b[1:] for b in diff.splitlines() if b.startswith("-") and not b.startswith("---")]
    baru = [b[1:] for b in diff.splitlines() if b.startswith("+") and not b.startswith("+++")]
    if len(lama) != 1 or len(baru) != 1 or not _PESAN.search(lama[0]):
        return False
    a, b = _bentuk(lama[0]), _bentuk(baru[0])
    return a == b or b in {a.replace(",S)", ",)", 1), a.replace("(S,", "(", 1)}


def modul_aturan() -> list[str]:
    """The dotted names of the rule modules: every module of the three packages but ``__init__``."""
    nama = []
    for paket in PAKET:
        for berkas in sorted((SUMBER / "birokrasi" / paket).rglob("*.py")):
            if berkas.name != "__init__.py":
                nama.append(".".join(berkas.relative_to(SUMBER).with_suffix("").parts))
    return nama


def nama_modul(teks: str, dikenal: Sequence[str]) -> str:
    """``kinerja/predikat``, ``kinerja.predikat``, ``src/birokrasi/kinerja/predikat.py`` and
    ``birokrasi.kinerja.predikat`` all name the module ``birokrasi.kinerja.predikat``."""
    bersih = teks.strip().removesuffix(".py").replace("/", ".").removeprefix("src.")
    if not bersih.startswith("birokrasi."):
        bersih = f"birokrasi.{bersih}"
    if bersih not in dikenal:
        raise SystemExit(f"{teks!r} is not a rule module; one of: {', '.join(dikenal)}")
    return bersih


@dataclass(frozen=True)
class Baris:
    """One module's count of mutants by column, and of those that change only message text."""

    modul: str
    jumlah: Counter[str]
    pesan: Counter[str]

    @property
    def mutan(self) -> int:
        return sum(self.jumlah.values())

    @property
    def diuji(self) -> int:
        return self.mutan - self.jumlah["not run"]

    @property
    def skor(self) -> float | None:
        """Killed and timed-out mutants over the mutants tested (``None`` when none was)."""
        return _bagi(self.jumlah["killed"] + self.jumlah["timeout"], self.diuji)

    @property
    def skor_logika(self) -> float | None:
        """The score over the mutants that change more than the text of a message."""
        bunuh = self.jumlah["killed"] + self.jumlah["timeout"]
        bunuh_pesan = self.pesan["killed"] + self.pesan["timeout"]
        return _bagi(bunuh - bunuh_pesan, self.diuji - sum(self.pesan.values()))


def _bagi(a: int, b: int) -> float | None:
    return a / b if b else None


def ringkas(modul: str, status: Iterable[tuple[str, bool]]) -> Baris:
    """The row of ``modul`` from each tested mutant's status and whether it is message-only."""
    jumlah, pesan = Counter[str](), Counter[str]()
    for s, hanya in status:
        kolom = KOLOM.get(s, "survived")
        jumlah[kolom] += 1
        if hanya and kolom != "not run":
            pesan[kolom] += 1
    return Baris(modul, jumlah, pesan)


KOLOM_TABEL = ("killed", "survived", "timeout", "no tests", "not run")


def tabel(baris: Sequence[Baris]) -> str:
    """The per-module table in Markdown, with a total row: every mutant, then the survivors
    that change only message text and the score without the message-only mutants."""
    kepala = (
        "| module | mutants | "
        + " | ".join(KOLOM_TABEL)
        + " | score | of the survivors: message only | score on logic |"
    )
    garis = "|---|" + "---:|" * (len(KOLOM_TABEL) + 4)
    total = Baris(
        "**total**",
        sum((b.jumlah for b in baris), Counter()),
        sum((b.pesan for b in baris), Counter()),
    )

    def persen(x: float | None) -> str:
        return "not run" if x is None else f"{100 * x:.1f} %"

    def sel(b: Baris) -> str:
        angka = " | ".join(str(b.jumlah[k]) for k in KOLOM_TABEL)
        pesan = b.pesan["survived"] + b.pesan["no tests"]
        return (
            f"| {b.modul} | {b.mutan} | {angka} | {persen(b.skor)} | {pesan} "
            f"| {persen(b.skor_logika)} |"
        )

    return "\n".join([kepala, garis, *(sel(b) for b in [*baris, total])])


def status_mutan(modul: str, kode_keluar: Mapping[int | None, str]) -> dict[str, str]:
    """The status of every mutant of ``modul`` in mutmut's result file (empty before a run)."""
    meta = HASIL.joinpath(*modul.split(".")).with_suffix(".py.meta")
    if not meta.exists():
        return {}
    data = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
    return {nama: kode_keluar[kode] for nama, kode in data.items()}


def pilih_mutan(
    dipilih: Sequence[str],
    ulang: bool,
    kode_keluar: Mapping[int | None, str],
    penyintas: bool = False,
) -> list[str]:
    """What to pass ``mutmut run`` for the modules named: a pattern per module to test all its
    mutants (``ulang``, or before the first run made them), else by name the untested mutants
    or, with ``penyintas``, the survivors (mutmut re-tests every mutant a pattern matches and,
    by name, only those it is given)."""
    if ulang or any(not status_mutan(m, kode_keluar) for m in dipilih):
        return [f"{m}.*" for m in dipilih]
    lagi = {"survived", "no tests"} if penyintas else {"not run"}
    return [
        nama
        for m in dipilih
        for nama, status in status_mutan(m, kode_keluar).items()
        if KOLOM.get(status, "survived") in lagi
    ]


# The methods an Enum calls while it builds its members: a trampoline there would look up its
# mutants before the class exists, so importing the copy fails.
METODE_ENUM = ("__new__", "__init__", "_generate_next_value_", "__init_subclass__")


def _nama_basis(basis: object) -> str:
    """``Berlabel`` for ``Berlabel`` and for ``_enum.Berlabel``; ``""`` for anything else."""
    nama = getattr(basis, "value", None)
    if isinstance(nama, str):
        return nama
    atribut = getattr(basis, "attr", None)
    return _nama_basis(atribut) if atribut is not None else ""


def lewati_metode_enum(file_mutation: Any) -> None:
    """Leave alone the :data:`METODE_ENUM` methods of the classes based on an enum, the
    library's :data:`BASIS_ENUM` included. mutmut 3.8 builds its list of enum bases into
    ``ENUM_BASE_NAMES`` in some releases (extended here) and in others has none and
    trampolines every method, so the visitor that picks the nodes to mutate is wrapped to skip
    those methods (idempotent)."""
    nama_enum = getattr(file_mutation, "ENUM_BASE_NAMES", None)
    if nama_enum is not None:
        nama_enum.update(BASIS_ENUM)
        return
    visitor = file_mutation.MutationVisitor
    if getattr(visitor.on_visit, "birokrasi_enum", False):
        return
    asli = visitor.on_visit
    basis_enum = {"Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", *BASIS_ENUM}

    def on_visit(self: Any, node: Any) -> bool:
        lewati: set[int] = self.__dict__.setdefault("_birokrasi_lewati", set())
        if type(node).__name__ == "ClassDef" and any(
            _nama_basis(b.value) in basis_enum for b in node.bases
        ):
            for metode in getattr(node.body, "body", ()):
                nama = getattr(getattr(metode, "name", None), "value", None)
                if type(metode).__name__ == "FunctionDef" and nama in METODE_ENUM:
                    lewati.add(id(metode))
        if id(node) in lewati:
            return False
        return bool(asli(self, node))

    on_visit.birokrasi_enum = True  # type: ignore[attr-defined]
    visitor.on_visit = on_visit


def nodeid_lama() -> None:
    """Give pytest's nodes back the private ``_nodeid`` that mutmut 3.8's stats run reads to
    record which test called a function: pytest 9 keeps the id elsewhere, and without it the
    first traced test fails in teardown (``'Function' object has no attribute '_nodeid'``)."""
    from _pytest.nodes import Node

    if not hasattr(Node, "_nodeid"):
        Node._nodeid = property(lambda self: self.nodeid)  # type: ignore[attr-defined]


def mutmut(argumen: list[str]) -> None:
    """Run a mutmut command in this process, from the project's root."""
    from mutmut.__main__ import cli
    from mutmut.mutation import file_mutation

    lewati_metode_enum(file_mutation)
    nodeid_lama()
    os.chdir(AKAR)
    try:
        cli.main(args=argumen, prog_name="mutmut", standalone_mode=False)
    except SystemExit as keluar:
        if keluar.code:
            raise


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("modul", nargs="*", help="rule modules to re-run (default: all, resumed)")
    parser.add_argument("--anak", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument(
        "--profil",
        default="mutasi",
        help="hypothesis profile of tests/conftest.py the tests run with (default mutasi)",
    )
    parser.add_argument("--penyintas", action="store_true", help="print each survivor's diff")
    parser.add_argument("--ulang", action="store_true", help="test again (all: from scratch)")
    parser.add_argument("--laporan", action="store_true", help="only print the last results")
    parser.add_argument(
        "--ulang-penyintas", action="store_true", help="test only the survivors again"
    )
    parser.add_argument(
        "--lacak", action="store_true", help="trace again which tests call each function"
    )
    args = parser.parse_args(argv)
    dikenal = modul_aturan()
    dipilih = [nama_modul(m, dikenal) for m in args.modul]
    if args.ulang and not dipilih:
        shutil.rmtree(HASIL.parent, ignore_errors=True)
    if args.lacak:
        (HASIL.parent / "mutmut-stats.json").unlink(missing_ok=True)
    from mutmut.stats import status_by_exit_code

    if args.ulang_penyintas and not dipilih:
        dipilih = dikenal
    sasaran = pilih_mutan(dipilih, args.ulang, status_by_exit_code, args.ulang_penyintas)
    if not args.laporan and (sasaran or not dipilih):
        os.environ["HYPOTHESIS_PROFILE"] = args.profil
        mutmut(["run", "--max-children", str(args.anak), *sasaran])

    from mutmut.mutation.diff_apply import get_diff_for_mutant

    baris = []
    penyintas = []
    for modul in dipilih or dikenal:
        berkas = Path("src", *modul.split(".")).with_suffix(".py")
        hasil = []
        for nama, s in status_mutan(modul, status_by_exit_code).items():
            kolom = KOLOM.get(s, "survived")
            diff = "" if kolom == "not run" else get_diff_for_mutant(nama, path=berkas)
            hasil.append((s, hanya_pesan(diff)))
            if kolom in ("survived", "no tests"):
                penyintas.append((nama, hanya_pesan(diff), diff))
        baris.append(ringkas(modul.removeprefix("birokrasi."), hasil))
    print(tabel(baris))
    for nama, pesan, diff in penyintas:
        print(f"survived{' (message only)' if pesan else ''}: {nama}")
        if args.penyintas:
            print(diff)
    return 1 if penyintas else 0


if __name__ == "__main__":
    sys.exit(main())
