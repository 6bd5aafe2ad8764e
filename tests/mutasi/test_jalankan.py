"""The mutation runner's module names and table, and the table on the Reliability page."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from jalankan import AKAR, Baris, modul_aturan, nama_modul, ringkas, tabel

HALAMAN = AKAR / "docs" / "keandalan.md"
KOLOM = ("mutants", "killed", "survived", "timeout", "no tests", "not run")


def test_rule_modules_are_every_module_of_the_three_packages_but_init() -> None:
    nama = modul_aturan()
    assert "birokrasi.kinerja.predikat" in nama
    assert "birokrasi.kinerja.penilaian.evaluasi" in nama
    assert "birokrasi.sistem_kerja.pemeriksaan" in nama
    assert "birokrasi.karier.saldo" in nama
    assert not [n for n in nama if n.endswith("__init__")]
    assert {n.split(".")[1] for n in nama} == {"sistem_kerja", "kinerja", "karier"}


@pytest.mark.parametrize(
    "teks",
    [
        "kinerja/predikat",
        "kinerja/predikat.py",
        "kinerja.predikat",
        "src/birokrasi/kinerja/predikat.py",
        "birokrasi.kinerja.predikat",
    ],
)
def test_a_module_can_be_named_as_a_path_or_dotted(teks: str) -> None:
    assert nama_modul(teks, modul_aturan()) == "birokrasi.kinerja.predikat"


@pytest.mark.parametrize("teks", ["kinerja", "hukum", "kinerja/__init__", "predikat"])
def test_a_name_that_is_not_a_rule_module_stops_the_run(teks: str) -> None:
    with pytest.raises(SystemExit, match="is not a rule module"):
        nama_modul(teks, modul_aturan())


def test_score_is_killed_and_timeout_over_the_mutants_tested() -> None:
    status = ["killed"] * 3 + ["timeout", "survived", "no tests", "not checked", "skipped"]
    baris = ringkas("kinerja.predikat", [*status, "caught by type check", "segfault"])
    assert baris.jumlah == Counter(
        {"killed": 4, "timeout": 2, "survived": 1, "no tests": 1, "not run": 2}
    )
    assert (baris.mutan, baris.diuji, baris.skor) == (10, 8, 6 / 8)
    assert ringkas("x", ["suspicious"]).jumlah == Counter({"survived": 1})


def test_table_has_a_row_per_module_and_a_total() -> None:
    teks = tabel([ringkas("a", ["killed", "survived"]), ringkas("b", ["not checked"])])
    assert teks.splitlines()[2:] == [
        "| a | 2 | 1 | 1 | 0 | 0 | 0 | 50.0 % |",
        "| b | 1 | 0 | 0 | 0 | 0 | 1 | not run |",
        "| **total** | 3 | 1 | 1 | 0 | 0 | 1 | 50.0 % |",
    ]
    assert Baris("c", Counter()).skor is None


def _baris_halaman() -> dict[str, list[str]]:
    bagian = HALAMAN.read_text(encoding="utf-8").split("## Mutation testing", 1)[1]
    baris = re.findall(r"^\| (\*\*total\*\*|[a-z_.]+) \|(.*)\|$", bagian, re.MULTILINE)
    return {nama: [s.strip() for s in sisa.split("|")] for nama, sisa in baris}


def test_reliability_page_lists_every_rule_module() -> None:
    tercatat = _baris_halaman()
    assert {m.removeprefix("birokrasi.") for m in modul_aturan()} <= set(tercatat)


def test_reliability_page_rows_add_up() -> None:
    """Each row's columns sum to its mutants, the score follows from them, and the total row
    is the sum of the module rows."""
    tercatat = _baris_halaman()
    jumlah = Counter[str]()
    for nama, sel in tercatat.items():
        angka = dict(zip(KOLOM, map(int, sel[:6]), strict=True))
        assert angka["mutants"] == sum(angka[k] for k in KOLOM[1:]), nama
        diuji = angka["mutants"] - angka["not run"]
        skor = f"{100 * (angka['killed'] + angka['timeout']) / diuji:.1f} %" if diuji else "not run"
        assert sel[6] == skor, nama
        if nama != "**total**":
            jumlah.update(angka)
    assert [int(s) for s in tercatat["**total**"][:6]] == [jumlah[k] for k in KOLOM]
