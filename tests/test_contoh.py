"""The example agency: valid data exercising a vacancy, a move, a delegation and PPPK."""

from __future__ import annotations

import datetime as dt

import pytest

from birokrasi import contoh
from birokrasi.struktur import JenisASN, Jenjang, periksa_instansi

D = dt.date


def test_example_is_a_pure_value() -> None:
    assert contoh.instansi() == contoh.instansi()
    org = contoh.instansi()
    assert org.nama == contoh.NAMA_INSTANSI
    assert org.unit_akar is not None
    assert org.unit_akar.jenjang_kepala is Jenjang.JPT_PRATAMA


def test_example_mix() -> None:
    org = contoh.instansi()
    jf = [p for p in org.penempatan_aktif(contoh.TANGGAL_DEMO) if p.jabatan.jenjang.is_fungsional]
    assert 24 <= len(jf) <= 30
    assert {p.jabatan.jenjang.kategori for p in jf} == {
        Jenjang.AHLI_MUDA.kategori,
        Jenjang.MAHIR.kategori,
    }
    assert sum(p.jenis_asn is JenisASN.PPPK for p in org.pegawai) >= 5
    assert all(p.golongan is None for p in org.pegawai if p.jenis_asn is JenisASN.PPPK)


def test_vacancy_walk_up_and_new_head() -> None:
    org = contoh.instansi()
    staf = "198805172012121001"
    umpeg = "DISKOMINFO.SEKRETARIAT.UMPEG"
    assert org.kepala_unit(umpeg, D(2025, 3, 31)) is not None
    assert org.kepala_unit(umpeg, contoh.TANGGAL_DEMO) is None
    assert org.atasan_langsung(staf, contoh.TANGGAL_DEMO).jabatan.nama == "Sekretaris Dinas"
    baru = org.atasan_langsung(staf, D(2025, 8, 1))
    assert baru is not None
    assert str(baru.nip) == "198511032010012007"


def test_mid_year_move() -> None:
    org = contoh.instansi()
    riwayat = org.riwayat_penempatan("199307142019031008")
    assert [p.unit for p in riwayat] == ["DISKOMINFO.APTIKA", "DISKOMINFO.STATISTIK"]
    assert riwayat[0].selesai == D(2024, 6, 30)
    assert riwayat[1].mulai == D(2024, 7, 1)


def test_delegation_and_findings() -> None:
    org = contoh.instansi()
    penilai = org.pejabat_penilai("199710102020121003", contoh.TANGGAL_DEMO)
    assert penilai is not None
    assert penilai.jabatan.nama == "Sekretaris Dinas"
    for t in (D(2024, 1, 1), D(2024, 7, 1), contoh.TANGGAL_DEMO, D(2025, 12, 31)):
        assert [p.kode for p in periksa_instansi(org, t)] == ["STR-GOL-01"]


def test_every_placed_pegawai_has_a_rater_except_the_kepala_dinas() -> None:
    org = contoh.instansi()
    for p in org.penempatan_aktif(contoh.TANGGAL_DEMO):
        penilai = org.pejabat_penilai(p.nip, contoh.TANGGAL_DEMO)
        assert (penilai is None) == (p.kepala and p.unit == "DISKOMINFO")


def test_demo_prints_the_overview(capsys: pytest.CaptureFixture[str]) -> None:
    from birokrasi.__main__ import main

    main(["struktur"])
    keluaran = capsys.readouterr().out
    assert "VACANT" in keluaran
    assert "[delegated]" in keluaran
    assert "STR-GOL-01" in keluaran
