"""The demo (``python -m birokrasi``): every section runs and stays within 80 columns, in
one language per run (Indonesian by default, English with ``--lang en``; issue 18 §3)."""

from __future__ import annotations

import re

import pytest

from birokrasi.__main__ import BAGIAN, main

# The English words of ``tests/test_pesan.py``'s check of the catalogues: no Indonesian
# sentence of the demo contains one.
KATA_INGGRIS = re.compile(
    r"\b(the|is|are|must|expected|got|not|of|and|or|with|without|before|after|should|has|have|"
    r"which|when|who|than|no|none|only|at|on|for|from|by|between|given|missing|unknown|cannot)\b"
)


def _keluaran(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    main(list(argv))
    return capsys.readouterr().out


def test_the_whole_year_fits_in_80_columns(capsys: pytest.CaptureFixture[str]) -> None:
    keluaran = _keluaran(capsys)
    for nomor, judul in enumerate((j for j, _ in BAGIAN.values()), start=1):
        assert f"{nomor}. {judul.teks('id')}" in keluaran
    assert max(len(baris) for baris in keluaran.splitlines()) <= 80


@pytest.mark.parametrize("bagian", list(BAGIAN))
def test_one_section_alone(bagian: str, capsys: pytest.CaptureFixture[str]) -> None:
    keluaran = _keluaran(capsys, bagian, "--lebar", "100")
    nomor = list(BAGIAN).index(bagian) + 1  # a section keeps its number when chosen alone
    assert f"\n{nomor}. {BAGIAN[bagian][0].teks('id')}" in keluaran
    lain = [judul.teks("id") for kunci, (judul, _) in BAGIAN.items() if kunci != bagian]
    assert not any(judul in keluaran for judul in lain)
    assert max(len(baris) for baris in keluaran.splitlines()) <= 100


@pytest.mark.bahasa_baku
def test_the_default_run_is_indonesian(capsys: pytest.CaptureFixture[str]) -> None:
    """Every line of the demo is Indonesian, the library's findings and reasons included: no
    English word is left. Lines are not wrapped, so a message is never split across lines."""
    keluaran = _keluaran(capsys, "--lebar", "100000")
    assert keluaran.startswith(
        "Dinas Komunikasi dan Informatika Kabupaten Contoh: satu tahun kinerja dengan birokrasi\n"
    )
    assert _baris_inggris(keluaran) == []


def _baris_inggris(keluaran: str) -> list[str]:
    """The lines with an English word."""
    return [baris for baris in keluaran.splitlines() if KATA_INGGRIS.search(baris)]


def test_the_indonesian_check_can_fail(capsys: pytest.CaptureFixture[str]) -> None:
    """The check above finds English in the English run (so it can fail)."""
    keluaran = _keluaran(capsys, "struktur", "--lang", "en", "--lebar", "100000")
    assert "Organisation on 2025-06-30" in _baris_inggris(keluaran)


@pytest.mark.bahasa_baku
def test_the_demo_writes_dates_and_numbers_the_indonesian_way(
    capsys: pytest.CaptureFixture[str],
) -> None:
    keluaran = _keluaran(capsys, "struktur", "penyederhanaan", "karier", "--lebar", "100000")
    assert "\nOrganisasi pada 30 Juni 2025\n" in keluaran
    assert "(rata-rata 2,30)" in keluaran
    assert "dalam jenjang 45,31, menuju pangkat berikut 45,31" in keluaran
    assert "AKK pangkat tercapai pada 31 Mei 2026" in keluaran
    assert "(Sekretaris Dinas) [didelegasikan]\n" in keluaran


def test_lang_en_runs_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    """``--lang en``: the same year, every line in English (names, kodes, labels and the
    regulations' terms stay as they are)."""
    indonesia = _keluaran(capsys, "--lebar", "100000")
    inggris = _keluaran(capsys, "--lang", "en", "--lebar", "100000")
    assert inggris != indonesia
    assert len(inggris.splitlines()) == len(indonesia.splitlines())
    assert inggris.startswith(
        "Dinas Komunikasi dan Informatika Kabupaten Contoh: one performance year with birokrasi\n"
    )
    for nomor, (judul, _) in enumerate(BAGIAN.values(), start=1):
        assert f"\n{nomor}. {judul.teks('en')}\n" in inggris
    for baris in (
        "Organisation on 2025-06-30",
        "Who rates whom (pegawai [PNS/PPPK], jabatan -> Pejabat Penilai Kinerja)",
        "Feedback givers for Dewi Anggraini, S.Kom.:",
        "Before and after penyetaraan (PermenPANRB 17/2021, 7/2022)",
        "Checks: 2 finding(s)",
        "Kurva distribusi for 31 staff, first intention:",
    ):
        assert f"\n{baris}\n" in inggris
    assert re.search(r"\nAs one document: format birokrasi version \d+, \d+ KiB of JSON\n", inggris)
    # Words only the Indonesian demo writes (none is in the example's data or labels).
    kata = re.compile(
        r"\b(pada|bagi|temuan|boleh|ditolak|kesenjangan|tahunan|periodik|sebelum|sesudah|"
        r"Siapa|KOSONG|didelegasikan|catatan|perubahan|memenuhi|belum|versi)\b"
    )
    assert kata.findall(inggris) == []
    assert kata.findall(indonesia) != []


def test_unknown_section_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as keluar:
        main(["anggaran"])
    assert keluar.value.code == 2
    assert "unknown section(s) anggaran" in capsys.readouterr().err


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    """``python -m birokrasi | head`` (issue 18 §3): the closed pipe ends the demo quietly."""
    import subprocess
    import sys

    proses = subprocess.run(
        f"{sys.executable} -m birokrasi | head -1",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proses.stdout.startswith("Dinas Komunikasi")
    assert "Traceback" not in proses.stderr
    assert "BrokenPipe" not in proses.stderr


def test_testing_without_hypothesis_says_what_to_install() -> None:
    """Issue 18 §4: importing ``birokrasi.testing`` without hypothesis names the extra."""
    import subprocess
    import sys

    kode = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "try:\n    import birokrasi.testing\n"
        "except ImportError as e:\n    print(e)\n"
    )
    proses = subprocess.run(
        [sys.executable, "-c", kode], capture_output=True, text=True, check=True
    )
    assert "pip install 'birokrasi[testing]'" in proses.stdout


def test_the_demo_shows_the_promoting_alternative_when_the_proposal_demotes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Issue 18 §3: for a Baik unit either way is compliant with the fewest changes
    (KIN-DIST-02), so the demo shows both."""
    from birokrasi.contoh import penilaian
    from birokrasi.kinerja import ArahPerubahan, periksa_distribusi

    turun, naik = penilaian.usulan(), penilaian.usulan(ArahPerubahan.NAIK)
    assert any(u.ke < u.dari for u in turun.perubahan)
    assert all(u.ke > u.dari for u in naik.perubahan)
    assert len(naik.perubahan) == len(turun.perubahan)
    akhir = naik.sebagai_dict().values()
    assert (
        periksa_distribusi(penilaian.PREDIKAT_ORGANISASI, akhir, tanggal=penilaian.TANGGAL_EVALUASI)
        == ()
    )
    keluaran = _keluaran(capsys, "penilaian", "--lebar", "120", "--lang", "en")
    assert f"Promoting instead (arah=NAIK), as compliant with {len(naik.perubahan)}" in keluaran
    keluaran = _keluaran(capsys, "penilaian", "--lebar", "120")
    assert f"sama-sama sesuai ketentuan dengan {len(naik.perubahan)} perubahan:" in keluaran
