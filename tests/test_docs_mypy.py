"""The documented calls type-check: every example on the docs pages passes ``mypy --strict``
against the library, without a cast, and no public constructor takes ``Any``.

One mypy run (through ``mypy.api``, with the repository's configuration and a cache under
``.mypy_cache``) checks three kinds of generated module: each docs page's doctest examples in
order as one module (a page is one doctest namespace), a module that reveals the
``__init__`` of every public attrs class, and a module of calls that must be refused.

A page's examples are checked with every error code on, as a user's code would be: an example
narrows an optional result (``assert x is not None``, ``isinstance``) before reading it, and the
parts of a serialised document below its top level are ``serial.Data``, narrowed with
``isinstance`` as JSON read back is. A ``# type: ignore[code]`` marks a call a page shows being
refused, and ``warn_unused_ignores`` (part of ``--strict``) fails one that refuses nothing. A
page is one doctest namespace, so a name may be bound again to another type
(``--allow-redefinition-new``).
"""

from __future__ import annotations

import doctest
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from mypy import api

import birokrasi
from birokrasi import _publik

AKAR = Path(__file__).resolve().parents[1]
DOCS = AKAR / "docs"
_BARIS = re.compile(r"^(?P<berkas>[^:]+\.py):(?P<baris>\d+): (?P<jenis>error|note): (?P<pesan>.*)$")


def _halaman() -> Iterator[tuple[str, Path]]:
    for md in sorted(DOCS.rglob("*.md")):
        nama = "doc_" + re.sub(r"\W", "_", str(md.relative_to(DOCS).with_suffix("")))
        yield nama, md


def _modul_halaman(md: Path) -> tuple[str, list[int]]:
    """The page's examples as one module, and for each of its lines the page line."""
    baris: list[str] = []
    asal: list[int] = []
    for contoh in doctest.DocTestParser().get_examples(md.read_text(encoding="utf-8")):
        for i, teks in enumerate(contoh.source.rstrip("\n").split("\n")):
            baris.append(teks)
            asal.append(contoh.lineno + 1 + i)
    asal.insert(0, 0)
    return "\n".join(baris) + "\n", asal


def _kelas_publik() -> list[str]:
    return sorted(
        nama
        for nama in _publik.ASAL
        if isinstance(getattr(birokrasi, nama), type) and attrs.has(getattr(birokrasi, nama))
    )


_DITOLAK = {
    'Instansi("X", unit=[Predikat.BAIK])': "UnitOrganisasi",
    'Instansi("X", unit={UnitOrganisasi("U", "Unit")})': "set[UnitOrganisasi]",
    "KebijakanPemantauan(pihak_lain=[1])": "NIP | str",
    "Target(nilai=1.5, satuan='dokumen')": "Decimal | int | str | None",
}
"""Calls mypy must refuse, with a word its message must contain: the precise types keep
catching a wrong element, an unordered collection and a float."""


_MASIH_ANY = ("integrasi.NilaiDasarIntegrasi",)
"""Constructors still typed ``Any``, each a known gap: ``NilaiDasarIntegrasi.nilai``'s
converter lives in ``karier/integrasi.py``, changed in parallel (issue #14 §4)."""


@attrs.frozen
class _Hasil:
    galat: dict[str, list[str]]
    catatan: dict[str, list[str]]


@pytest.fixture(scope="module")
def hasil_mypy(tmp_path_factory: pytest.TempPathFactory) -> _Hasil:
    folder = tmp_path_factory.mktemp("docs_mypy")
    peta: dict[str, tuple[Path, list[int]]] = {}
    for nama, md in _halaman():
        teks, asal = _modul_halaman(md)
        if asal:
            (folder / f"{nama}.py").write_text(teks, encoding="utf-8")
            peta[nama] = (md, asal)
    kelas = _kelas_publik()
    (folder / "cek_konstruktor.py").write_text(
        "import birokrasi\n" + "".join(f"reveal_type(birokrasi.{k}.__init__)\n" for k in kelas),
        encoding="utf-8",
    )
    (folder / "cek_abaikan.py").write_text(
        "hasil: int = 1  # type: ignore[assignment]\n", encoding="utf-8"
    )
    (folder / "cek_ditolak.py").write_text(
        "from birokrasi import (Instansi, KebijakanPemantauan, Predikat, Target,"
        " UnitOrganisasi)\n" + "".join(f"{c}\n" for c in _DITOLAK),
        encoding="utf-8",
    )
    lama = os.environ.get("MYPYPATH")
    batas_rekursi = sys.getrecursionlimit()  # mypy raises it for the whole process
    os.environ["MYPYPATH"] = str(AKAR / "src")
    try:
        keluaran, _, _ = api.run(
            [
                "--config-file",
                str(AKAR / "pyproject.toml"),
                "--cache-dir",
                str(AKAR / ".mypy_cache" / "docs"),
                "--allow-redefinition-new",
                "--local-partial-types",
                "--no-error-summary",
                "--show-absolute-path",
                "--hide-error-context",
                str(folder),
            ]
        )
    finally:
        sys.setrecursionlimit(batas_rekursi)
        if lama is None:
            del os.environ["MYPYPATH"]
        else:
            os.environ["MYPYPATH"] = lama
    galat: dict[str, list[str]] = {}
    catatan: dict[str, list[str]] = {}
    for baris in keluaran.splitlines():
        cocok = _BARIS.match(baris)
        if cocok is None:
            continue
        modul = Path(cocok["berkas"]).stem
        nomor = int(cocok["baris"])
        if modul in peta:
            md, asal = peta[modul]
            tempat = f"{md.relative_to(AKAR)}:{asal[nomor - 1]}"
        else:
            tempat = f"{modul}:{nomor}"
        tujuan = galat if cocok["jenis"] == "error" else catatan
        tujuan.setdefault(modul, []).append(f"{tempat}: {cocok['pesan']}")
    return _Hasil(galat, catatan)


def test_docs_examples_pass_mypy_strict(hasil_mypy: _Hasil) -> None:
    """Every docs page's examples type-check as written (no cast)."""
    salah = [g for m, daftar in hasil_mypy.galat.items() if m.startswith("doc_") for g in daftar]
    assert not salah, "\n".join(salah)


def test_no_public_constructor_takes_any(hasil_mypy: _Hasil) -> None:
    """Each public attrs class's ``__init__`` has a precise type for every parameter."""
    ditemukan = hasil_mypy.catatan.get("cek_konstruktor", [])
    assert len(ditemukan) == len(_kelas_publik())
    assert not hasil_mypy.galat.get("cek_konstruktor")
    berisi_any = [c for c in ditemukan if "Any" in c and not any(k in c for k in _MASIH_ANY)]
    assert not berisi_any, "\n".join(berisi_any)


def test_wrong_arguments_are_still_refused(hasil_mypy: _Hasil) -> None:
    galat = hasil_mypy.galat.get("cek_ditolak", [])
    for nomor, (panggilan, kata) in enumerate(_DITOLAK.items(), start=2):
        pesan = [g for g in galat if g.startswith(f"cek_ditolak:{nomor}:")]
        assert pesan, f"mypy accepted {panggilan}"
        assert any(kata in g for g in pesan), (panggilan, pesan)


def test_an_ignore_that_refuses_nothing_fails(hasil_mypy: _Hasil) -> None:
    """A page's ``# type: ignore[code]`` must sit on a line mypy refuses: the same run reports
    an ignore on a line that type-checks."""
    galat = hasil_mypy.galat.get("cek_abaikan", [])
    assert any('Unused "type: ignore" comment' in g for g in galat), galat
