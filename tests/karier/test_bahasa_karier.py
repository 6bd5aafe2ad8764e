"""The karier findings and errors read as an Indonesian HR officer writes them (issue 18 §1):
the exact text of the most important ones in the default language, amounts with a decimal
comma and dates written out."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from birokrasi import (
    Golongan,
    InvalidValueError,
    Jenjang,
    OutOfWindowError,
    Predikat,
    SaldoAwal,
    periksa_kenaikan_jenjang,
    periksa_kenaikan_pangkat,
    periksa_riwayat_angka_kredit,
    posisi_angka_kredit,
)
from birokrasi.contoh import karier
from birokrasi.karier.integrasi import periksa_angka_kredit_integrasi
from birokrasi.karier.tabel_ak import tabel_angka_kredit

pytestmark = pytest.mark.bahasa_baku


def test_kar_kp_01_kurang_angka_kredit_dalam_bahasa_indonesia() -> None:
    (temuan,) = periksa_kenaikan_pangkat(karier.posisi(), karier.PUTRI)
    assert temuan.pesan.kode == "KAR-KP-01/kurang-angka-kredit"
    assert str(temuan.pesan) == (
        "angka kredit 45,3125 kurang dari AKK 50 untuk Ahli Pertama (kurang 4,6875)"
    )
    assert temuan.pesan.teks("en") == (
        "angka kredit 45.3125 is below the AKK 50 of Ahli Pertama (short by 4.6875)"
    )


def test_kar_kj_01_predikat_rendah_dalam_bahasa_indonesia() -> None:
    awal = SaldoAwal(dt.date(2023, 1, 1), Jenjang.AHLI_PERTAMA, Golongan.III_A, 100)
    hasil = (Jenjang.AHLI_PERTAMA, Predikat.BUTUH_PERBAIKAN, 12, dt.date(2023, 12, 31))
    posisi = posisi_angka_kredit([awal, hasil], tanggal=dt.date(2024, 1, 2))
    temuan = periksa_kenaikan_jenjang(
        posisi, "nip", lowongan=True, lulus_uji_kompetensi=True, masa_tahun=0
    )
    assert [str(t.pesan) for t in temuan if t.pesan.kode == "KAR-KJ-01/predikat-rendah"] == [
        "predikat Butuh Perbaikan pada 31 Desember 2023 di bawah Baik (1 tahun terakhir)"
    ]


def test_kar_ak_15_dicatat_lagi_dalam_bahasa_indonesia() -> None:
    ak = karier.riwayat_ak()
    (temuan,) = periksa_riwayat_angka_kredit([*ak, ak[1]], "putri")
    assert temuan.pesan.kode == "KAR-AK-15/dicatat-lagi"
    assert str(temuan.pesan) == (
        "riwayat[1] (hasil kinerja, Baik, 12 bulan s.d. 31 Desember 2023) tercatat lagi sebagai "
        "riwayat[7]: dihitung satu kali"
    )


def test_kar_ak_09_di_bawah_rentang_dalam_bahasa_indonesia() -> None:
    (temuan,) = periksa_angka_kredit_integrasi(
        Decimal("549.5"),
        "nip",
        jenjang=Jenjang.AHLI_MADYA,
        golongan=Golongan.IV_B,
        tanggal=dt.date(2023, 6, 30),
    )
    assert str(temuan.pesan) == (
        "angka kredit integrasi 149,5 kurang dari 150, di luar rentang 150-300 untuk IV/b pada "
        "Ahli Madya: akumulasi angka kredit atau golongannya keliru"
    )


def test_kar_ak_01_tabel_tidak_berlaku_dalam_bahasa_indonesia() -> None:
    tabel = tabel_angka_kredit(dt.date(2024, 1, 1))
    with pytest.raises(OutOfWindowError) as info:
        tabel_angka_kredit(dt.date(2023, 6, 30), tabel=[tabel.__class__(
            dt.date(2024, 1, 1), tabel.koefisien, tabel.persentase, tabel.akk_pangkat,
            tabel.akk_jenjang,
        )])  # fmt: skip
    assert info.value.kode == "KAR-AK-01/tabel-tidak-berlaku"
    assert str(info.value) == (
        "tabel: tidak ada tabel angka kredit yang berlaku pada 30 Juni 2023 (KAR-AK-01)"
    )


def test_kar_ak_08_kenaikan_pangkat_kurang_dalam_bahasa_indonesia() -> None:
    from birokrasi import KenaikanPangkat

    awal = SaldoAwal(dt.date(2023, 1, 1), Jenjang.AHLI_PERTAMA, Golongan.III_A, 10)
    with pytest.raises(InvalidValueError) as info:
        posisi_angka_kredit(
            [awal, KenaikanPangkat(dt.date(2024, 1, 1), Golongan.III_B)],
            tanggal=dt.date(2024, 1, 1),
        )
    assert str(info.value) == (
        "riwayat[1]: angka kredit 10 belum mencapai AKK kenaikan pangkat 50 untuk Ahli Pertama "
        "(KAR-AK-08)"
    )
