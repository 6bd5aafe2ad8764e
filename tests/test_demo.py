"""The demo (``python -m birokrasi``): every section runs and stays within 80 columns."""

from __future__ import annotations

import pytest

from birokrasi.__main__ import BAGIAN, main


def test_the_whole_year_fits_in_80_columns(capsys: pytest.CaptureFixture[str]) -> None:
    main([])
    keluaran = capsys.readouterr().out
    for nomor, judul in enumerate((j for j, _ in BAGIAN.values()), start=1):
        assert f"{nomor}. {judul}" in keluaran
    assert max(len(baris) for baris in keluaran.splitlines()) <= 80


@pytest.mark.parametrize("bagian", list(BAGIAN))
def test_one_section_alone(bagian: str, capsys: pytest.CaptureFixture[str]) -> None:
    main([bagian, "--lebar", "100"])
    keluaran = capsys.readouterr().out
    nomor = list(BAGIAN).index(bagian) + 1  # a section keeps its number when chosen alone
    assert f"\n{nomor}. {BAGIAN[bagian][0]}" in keluaran
    lain = [judul for kunci, (judul, _) in BAGIAN.items() if kunci != bagian]
    assert not any(judul in keluaran for judul in lain)
    assert max(len(baris) for baris in keluaran.splitlines()) <= 100


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
    main(["penilaian", "--lebar", "120"])
    keluaran = capsys.readouterr().out
    assert f"Promoting instead (arah=NAIK), as compliant with {len(naik.perubahan)}" in keluaran
