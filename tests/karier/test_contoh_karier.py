"""The career example over the example agency (contoh_karier)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from birokrasi.contoh import karier as contoh_karier


def test_example_ledger_projection_and_keberatan() -> None:
    p = contoh_karier.posisi()
    assert p.angka_kredit_jenjang == Fraction(725, 16)
    q = contoh_karier.proyeksi()
    assert q.kenaikan_pangkat == dt.date(2026, 5, 31)
    lama, daftar, riwayat = contoh_karier.keberatan()
    baru = riwayat.digantikan_oleh(lama.kode)
    assert baru is not None
    assert daftar.putusan_atas(daftar.keberatan[0].kode) is not None
    baris = contoh_karier.bagian_karier()
    assert any("KAR-KJ-02" in b for b in baris)
    assert baris[-2].startswith("Keberatan KEB-2026-001")
    assert baris[-1].startswith("Keberatan KEB-2026-002 of the Kepala Dinas")
    assert "Bupati Contoh, BUPATI-CONTOH-2021" in baris[-1]
