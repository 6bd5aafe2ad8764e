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
    assert f"1. {BAGIAN[bagian][0]}" in keluaran
    lain = [judul for kunci, (judul, _) in BAGIAN.items() if kunci != bagian]
    assert not any(judul in keluaran for judul in lain)
    assert max(len(baris) for baris in keluaran.splitlines()) <= 100


def test_unknown_section_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as keluar:
        main(["anggaran"])
    assert keluar.value.code == 2
    assert "unknown section(s) anggaran" in capsys.readouterr().err
