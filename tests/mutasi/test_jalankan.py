"""The mutation runner's module names and table, and the table on the Reliability page."""

from __future__ import annotations

import re
from collections import Counter

import jalankan
import pytest
from jalankan import AKAR, Baris, hanya_pesan, modul_aturan, nama_modul, ringkas, tabel

HALAMAN = AKAR / "docs" / "keandalan.md"
KOLOM = ("mutants", "killed", "survived", "timeout", "no tests", "not run")
# The score on logic needs the message-only killed mutants, which the page does not list.


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
    baris = ringkas("kinerja.predikat", [(s, False) for s in status] + [
        ("caught by type check", True), ("segfault", False), ("survived", True),
        ("not checked", True),
    ])  # fmt: skip
    assert baris.jumlah == Counter(
        {"killed": 4, "timeout": 2, "survived": 2, "no tests": 1, "not run": 3}
    )
    assert baris.pesan == Counter({"killed": 1, "survived": 1})
    assert (baris.mutan, baris.diuji, baris.skor, baris.skor_logika) == (12, 9, 6 / 9, 5 / 7)
    assert ringkas("x", [("suspicious", False)]).jumlah == Counter({"survived": 1})


def test_table_has_a_row_per_module_and_a_total() -> None:
    teks = tabel([
        ringkas("a", [("killed", False), ("survived", False), ("survived", True)]),
        ringkas("b", [("not checked", False)]),
    ])  # fmt: skip
    assert teks.splitlines()[2:] == [
        "| a | 3 | 1 | 2 | 0 | 0 | 0 | 33.3 % | 1 | 50.0 % |",
        "| b | 1 | 0 | 0 | 0 | 0 | 1 | not run | 0 | not run |",
        "| **total** | 4 | 1 | 2 | 0 | 0 | 1 | 33.3 % | 1 | 50.0 % |",
    ]
    assert Baris("c", Counter(), Counter()).skor is None


def _diff(lama: str, baru: str) -> str:
    return f"--- a.py\n+++ a.py\n@@ -1 +1 @@\n-{lama}\n+{baru}"


@pytest.mark.parametrize(
    ("lama", "baru"),
    [
        ('v.pastikan_tipe("tanggal", t, dt.date)', "v.pastikan_tipe(None, t, dt.date)"),
        ('v.pastikan_tipe("tanggal", t, dt.date)', 'v.pastikan_tipe("XXtanggalXX", t, dt.date)'),
        ('v.pastikan_iterabel("libur", x, "a set of dates")', 'v.pastikan_iterabel("libur", x, )'),
        ('return E(f"{n}: got {v.describe(x)}")', 'return E(f"{n}: got {v.describe(None)}")'),
        ('raise NotFoundError(f"no objection {kode!r}")', "raise NotFoundError(None)"),
        ('kunci = _nip_argumen("nip", nip)', "kunci = _nip_argumen(None, nip)"),
    ],
)
def test_a_mutant_of_message_text_only_is_told_apart(lama: str, baru: str) -> None:
    assert hanya_pesan(_diff(lama, baru))


@pytest.mark.parametrize(
    ("lama", "baru"),
    [
        ("return self.mulai <= t <= self.akhir", "return self.mulai < t <= self.akhir"),
        ('jenis = "work" if kerja else "calendar"', 'jenis = "WORK" if kerja else "calendar"'),
        ('raise _tolak(p[0], p[1], f"[{i}].")', 'raise _tolak(p[0], None, f"[{i}].")'),
        ("t = tabel_angka_kredit(tanggal, tabel=tabel)", "t = tabel_angka_kredit(tanggal, )"),
        ('v.pastikan_tipe(f"p[{i}]", h, P, type(None))', 'v.pastikan_tipe(f"p[{i}]", h, P, )'),
    ],
)
def test_a_mutant_of_logic_is_not_message_only(lama: str, baru: str) -> None:
    assert not hanya_pesan(_diff(lama, baru))
    assert not hanya_pesan(_diff(lama, baru) + "\n-x = 1\n+x = 2")


def _baris_halaman() -> dict[str, list[str]]:
    bagian = HALAMAN.read_text(encoding="utf-8").split("## Mutation testing", 1)[1]
    baris = re.findall(r"^\| (\*\*total\*\*|[a-z_]+\.[a-z_.]+) \|(.*)\|$", bagian, re.MULTILINE)
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
        assert int(sel[7]) <= angka["survived"] + angka["no tests"], nama
        if nama != "**total**":
            jumlah.update({**angka, "pesan": int(sel[7])})
    total = tercatat["**total**"]
    assert [int(s) for s in total[:6]] + [int(total[7])] == [jumlah[k] for k in (*KOLOM, "pesan")]


def test_a_run_picks_the_untested_mutants_or_on_request_the_survivors(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hasil = {
        "a": {"a.f_1": "killed", "a.f_2": "survived", "a.f_3": "not checked", "a.f_4": "no tests"},
        "b": {"b.g_1": "timeout"},
    }
    monkeypatch.setattr(jalankan, "status_mutan", lambda m, kode: hasil.get(m, {}))
    assert jalankan.pilih_mutan(["a", "b"], False, {}) == ["a.f_3"]
    assert jalankan.pilih_mutan(["a", "b"], False, {}, True) == ["a.f_2", "a.f_4"]
    assert jalankan.pilih_mutan(["a"], True, {}) == ["a.*"]
    assert jalankan.pilih_mutan(["a", "c"], False, {}) == ["a.*", "c.*"]


def test_the_methods_an_enum_calls_while_building_its_members_are_not_mutated(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``NilaiBerakhlak.__init__`` runs while its class is built, before a trampoline could
    find its mutants: the installed mutmut must leave it alone, or the copy does not import."""
    file_mutation = pytest.importorskip("mutmut.mutation.file_mutation")
    monkeypatch.chdir(AKAR)  # mutmut reads [tool.mutmut] from the working directory
    jalankan.lewati_metode_enum(file_mutation)
    jalankan.lewati_metode_enum(file_mutation)  # a second call changes nothing
    berkas = AKAR / "src" / "birokrasi" / "kinerja" / "perencanaan" / "perilaku.py"
    mutan = file_mutation.mutate_file_contents(berkas.name, berkas.read_text(encoding="utf-8"))
    assert mutan.mutant_names
    assert not [n for n in mutan.mutant_names if "NilaiBerakhlak" in n]


def test_pytest_nodes_have_the_id_mutmut_reads(request: pytest.FixtureRequest) -> None:
    jalankan.nodeid_lama()
    assert request.node._nodeid == request.node.nodeid
