"""The messages of kinerja/penilaian as an Indonesian reader sees them (ADR 0017, issue 18
§1-2): findings of the kurva distribusi name the predikat, the count found and the bound; the
reasons of a proposal read as Indonesian; an authority finding names the officials by name
and NIP. These tests run in the default language (``bahasa_baku``)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from birokrasi import contoh
from birokrasi.contoh import skp as contoh_skp
from birokrasi.errors import AuthorityError, InvalidValueError
from birokrasi.kinerja.penilaian.capaian import PredikatOrganisasi
from birokrasi.kinerja.penilaian.distribusi import periksa_distribusi
from birokrasi.kinerja.penilaian.evaluasi import (
    JenisEvaluasi,
    PenilaianKinerja,
    evaluasi_kinerja,
    periksa_penilaian,
)
from birokrasi.kinerja.penilaian.kurva import KURVA_SE_3_2023, Pita, SebagianBesar
from birokrasi.kinerja.penilaian.usulan import Perubahan, usulkan_distribusi
from birokrasi.kinerja.predikat import Predikat, Rating
from birokrasi.periode import Periode
from birokrasi.struktur.potret import potret_pegawai

pytestmark = pytest.mark.bahasa_baku

D = dt.date
T = D(2024, 12, 31)
PO = PredikatOrganisasi
SB, B, BP, K, SK = Predikat
SE = Rating.SESUAI_EKSPEKTASI


def test_kin_dist_melebihi_maksimum_dalam_bahasa_indonesia() -> None:
    [p] = periksa_distribusi(PO.ISTIMEWA, [SB] * 8 + [B] * 2, tanggal=T)
    assert p.pesan.kode == "KIN-DIST/melebihi-maksimum"
    assert p.pesan.data()["maksimum"] == 7
    assert str(p.pesan) == (
        "Predikat Sangat Baik: 8 dari 10 pegawai, seharusnya paling banyak 7 pegawai "
        "(Sangat Baik: paling banyak 70%; dibulatkan ke bawah)"
    )
    assert p.pesan.teks("en") == (
        "Sangat Baik: 8 of 10 employees, at most 7 allowed (Sangat Baik: at most 70%; rounded down)"
    )


def test_kin_dist_kurang_dari_minimum_dalam_bahasa_indonesia() -> None:
    [p] = periksa_distribusi(PO.ISTIMEWA, [SK] * 10, tanggal=T)
    assert p.pesan.kode == "KIN-DIST/kurang-dari-minimum"
    assert str(p.pesan) == (
        "Predikat Sangat Baik: 0 dari 10 pegawai, seharusnya paling sedikit 6 pegawai "
        "(sebagian besar: lebih dari separuh pegawai unit; Sangat Baik: paling banyak 70%)"
    )
    [t] = periksa_distribusi(
        PO.ISTIMEWA, [SB] * 3 + [B] * 4, tanggal=T, sebagian_besar=SebagianBesar.TERBANYAK
    )
    assert str(t.pesan) == (
        "Predikat Sangat Baik: 3 dari 7 pegawai, seharusnya paling sedikit 5 pegawai "
        "(sebagian besar: lebih banyak daripada setiap predikat lain, sedangkan Baik berjumlah 4 "
        "pegawai; Sangat Baik: paling banyak 70%)"
    )


def test_kin_dist_tidak_dapat_dipenuhi_dalam_bahasa_indonesia() -> None:
    tidak, _ = periksa_distribusi(PO.BAIK, [BP], tanggal=T)
    assert tidak.pesan.kode == "KIN-DIST/tidak-dapat-dipenuhi"
    assert str(tidak.pesan) == (
        "Tidak ada pembagian predikat bagi 1 pegawai yang memenuhi kurva distribusi predikat "
        "organisasi Baik (pembulatan longgar): unit kerja terlalu kecil untuk pita-pita kurva "
        "tersebut"
    )


def test_kin_dist_uraian_pita_dengan_koma_desimal() -> None:
    assert str(Pita(SB, maksimum=Fraction(1, 3)).uraian) == "Sangat Baik: paling banyak 33,3333%"
    assert str(Pita(B, minimum=Fraction(1, 8), minimum_jumlah=1).uraian) == (
        "Baik: paling sedikit 12,5%, paling sedikit 1 pegawai"
    )
    sangat_kurang = KURVA_SE_3_2023[-1]
    assert str(sangat_kurang.pita[0].uraian) == "Sangat Baik: tidak boleh ada"


def test_kin_dist_alasan_usulan_dalam_bahasa_indonesia() -> None:
    rencana = {f"P{i}": B for i in range(10)}
    usulan = usulkan_distribusi(PO.BAIK, rencana, list(rencana), tanggal=T)
    assert [str(c) for c in usulan.perubahan] == [
        "P7: Baik menjadi Butuh Perbaikan (KIN-DIST-02: Baik melebihi batas paling banyak 7 dari "
        "10 pegawai)",
        "P8: Baik menjadi Butuh Perbaikan (KIN-DIST-02: Baik melebihi batas paling banyak 7 dari "
        "10 pegawai)",
        "P9: Baik menjadi Butuh Perbaikan (KIN-DIST-02: Baik melebihi batas paling banyak 7 dari "
        "10 pegawai; Butuh Perbaikan dan/atau Kurang/Misconduct kurang dari batas paling "
        "sedikit 1 dari 10 pegawai)",
    ]
    assert usulan.perubahan[0].teks("en") == (
        "P7: Baik -> Butuh Perbaikan (KIN-DIST-02: Baik above its cap of 7 of 10 employees)"
    )


def test_kin_dist_alasan_dari_aplikasi_ditampilkan_apa_adanya() -> None:
    aturan = KURVA_SE_3_2023[1].aturan
    c = Perubahan("P1", B, BP, aturan, "disepakati dalam rapat")
    assert c.alasan.data() == {"teks": "disepakati dalam rapat"}
    assert str(c) == "P1: Baik menjadi Butuh Perbaikan (KIN-DIST-02: disepakati dalam rapat)"
    with pytest.raises(InvalidValueError):
        Perubahan("P1", B, BP, aturan, "  ")


ORG = contoh.instansi()
SKP_DEWI = {s.kode: s for s in contoh_skp.skp()}["SKP-2025-PRAKOM-DEWI"]


def test_kin_eval_03_bukan_penilai_menyebut_nama_dan_nip() -> None:
    sekretaris = potret_pegawai(ORG, "197709222002122004", D(2025, 12, 31))
    with pytest.raises(AuthorityError) as galat:
        evaluasi_kinerja(
            SKP_DEWI, "EV-X", JenisEvaluasi.TAHUNAN, SKP_DEWI.periode, SE, SE,
            oleh=sekretaris, tanggal=D(2025, 12, 31), instansi=ORG,
        )  # fmt: skip
    temuan = galat.value.pesan.data()["temuan"]
    assert galat.value.kode == "EVALUASI/tidak-berwenang"
    assert galat.value.kode_aturan == "KIN-EVAL-03"  # the rule of the finding it wraps
    assert str(temuan) == (
        "Hj. Sri Rahayu, S.Sos., M.M. (197709222002122004) bukan Pejabat Penilai Kinerja "
        "Dewi Anggraini, S.Kom. (198302252008012011) (yang berwenang: Drs. Bambang Wicaksono, "
        "M.Si. (197203141998031003))"
    )


def test_kin_eval_03_tidak_menjabat_menyebut_nama_dan_tanggal() -> None:
    kasubbag = contoh.struktur.KASUBBAG_LAMA
    skp = next(s for s in contoh_skp.skp() if s.penilai.nip.digit == kasubbag)
    p = PenilaianKinerja(
        "E-LEFT", skp.kode, skp.pegawai, skp.penilai, JenisEvaluasi.PERIODIK,
        Periode.triwulan(2025, 1), SE, SE, D(2025, 4, 5),
    )  # fmt: skip
    [temuan] = periksa_penilaian(p, skp, instansi=ORG)
    assert temuan.pesan.kode == "KIN-EVAL-03/tidak-menjabat"
    assert str(temuan.pesan) == (
        f"{skp.penilai.nama} ({kasubbag}) tidak memangku jabatan pada 5 April 2025; yang "
        "menilai adalah Pejabat Penilai Kinerja yang ditunjuk instansi pada hari itu"
    )


def test_kin_eval_01_di_luar_satu_periode_dalam_bahasa_indonesia() -> None:
    with pytest.raises(InvalidValueError) as galat:
        evaluasi_kinerja(
            SKP_DEWI, "EV-S1", JenisEvaluasi.PERIODIK, Periode.semester(2025, 1), SE, SE,
            oleh=SKP_DEWI.penilai, tanggal=D(2025, 6, 30),
        )  # fmt: skip
    assert str(galat.value) == (
        "evaluasi_kinerja: Evaluasi Kinerja Periodik 1 Januari 2025 s.d. 30 Juni 2025 tidak "
        "berada dalam satu bulan atau triwulan (jenis_periodik: Bulanan, Triwulanan) (KIN-EVAL-01)"
    )
