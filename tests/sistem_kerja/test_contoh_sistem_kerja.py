"""The example agency's teams are valid and tell the documented story."""

from __future__ import annotations

import datetime as dt

from birokrasi import contoh
from birokrasi.contoh.sistem_kerja import DEWI, TANGGAL_PINDAH, bagian_sistem_kerja, tim_kerja
from birokrasi.sistem_kerja import KebijakanSistemKerja, Peran, periksa_sistem_kerja
from birokrasi.struktur import Jenjang


def test_example_has_no_findings() -> None:
    assert periksa_sistem_kerja(tim_kerja(), contoh.instansi()) == ()
    assert tim_kerja() == tim_kerja()


def test_example_holds_under_the_stricter_policies_too() -> None:
    """The example does not rely on the text-following defaults: every team has a ketua every
    day (SK-TIM-01) and the Kepala Dinas, a JPT Pratama, gives every penugasan (SK-TUGAS-02)."""
    ketat = KebijakanSistemKerja(ketua_wajib=True, jenjang_pemberi_tugas={Jenjang.JPT_PRATAMA})
    assert periksa_sistem_kerja(tim_kerja(), contoh.instansi(), ketat) == ()


def test_jf_leads_one_team_sits_in_another_and_moves() -> None:
    s = tim_kerja()
    sebelum = s.keanggotaan_pegawai(DEWI, TANGGAL_PINDAH - dt.timedelta(days=1))
    assert [(k.tim, k.peran) for k in sebelum] == [
        ("TIM-SPBE", Peran.KETUA),
        ("TIM-SATUDATA", Peran.ANGGOTA),
    ]
    sesudah = s.keanggotaan_pegawai(DEWI, TANGGAL_PINDAH)
    assert [k.tim for k in sesudah] == ["TIM-SPBE", "TIM-HUMAS"]
    assert len(s.linimasa(DEWI)) == 3


def test_demo_lines() -> None:
    baris = bagian_sistem_kerja()
    assert baris[0].startswith("Tim kerja on 2025-06-30")
    assert any("Ketua Tim TIM-SATUDATA" in b for b in baris)
    assert any("Ketua Tim TIM-HUMAS" in b for b in bagian_sistem_kerja(TANGGAL_PINDAH))
