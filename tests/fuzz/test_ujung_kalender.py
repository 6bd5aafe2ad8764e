"""Every public ``periksa_*`` keeps its promise at the calendar's end: on valid input it
returns findings and never raises.

The example agency is moved 7974 years on, so that its year 2025 is 9999 and its last day is
``date.max``; each check runs on it as of 31 December 9999, with the default policies and
with policies that reach past the calendar (day counts beyond it, the longest deadlines). A
deadline that falls after the calendar's last day cannot be missed, so it gives no finding.
A new public ``periksa_*`` fails :func:`test_setiap_periksa_publik_diuji` until it is added.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from fractions import Fraction

import attrs
import pytest
from fuzz_nilai import geser

import birokrasi
from birokrasi import (
    DaftarKeberatan,
    Golongan,
    Jenjang,
    Keberatan,
    KebijakanKompetensi,
    KebijakanPemantauan,
    KebijakanSistemKerja,
    Pelanggaran,
    Predikat,
    PredikatOrganisasi,
    PrioritasKonversi,
    PutusanKeberatan,
    TahunKinerja,
    TenggatSKP,
    periksa_alokasi,
    periksa_anggota,
    periksa_angka_kredit_integrasi,
    periksa_daftar_keberatan,
    periksa_distribusi,
    periksa_distribusi_banyak,
    periksa_dokumentasi,
    periksa_golongan,
    periksa_instansi,
    periksa_jurnal,
    periksa_keberatan,
    periksa_kebutuhan_tim,
    periksa_kenaikan_jenjang,
    periksa_kenaikan_pangkat,
    periksa_ketua,
    periksa_kewenangan,
    periksa_kompetensi,
    periksa_nip,
    periksa_pemantauan,
    periksa_pembinaan,
    periksa_penetap,
    periksa_penilaian,
    periksa_penugasan,
    periksa_penyetaraan_jabatan,
    periksa_pohon_kinerja,
    periksa_riwayat_angka_kredit,
    periksa_sistem_kerja,
    periksa_skp,
    periksa_skp_tahunan,
    periksa_standar,
    periksa_tahun_kinerja,
    periksa_tumpang_tindih,
)
from birokrasi import contoh as contoh_
from birokrasi.contoh import (
    karier,
    kompetensi,
    penilaian,
    penyederhanaan,
    sistem_kerja,
    skp,
    umpan_balik,
)
from birokrasi.contoh.struktur import PUTRI

GESER = 9999 - 2025
AKHIR = dt.date.max
ORG = geser(contoh_.instansi(), GESER)
ORG_SEBELUM = geser(penyederhanaan.instansi_sebelum(), GESER)
SISTEM = geser(sistem_kerja.tim_kerja(), GESER)
SKP = tuple(geser(s, GESER) for s in skp.skp())
SKP_DEWI = geser(umpan_balik.skp_dewi(), GESER)
JURNAL = geser(umpan_balik.jurnal_dewi(), GESER)
RIWAYAT = geser(penilaian.penilaian_tahunan(), GESER)
POSISI = geser(karier.posisi(), GESER)
RIWAYAT_AK = tuple(geser(p, GESER) for p in karier.riwayat_ak())
STANDAR = kompetensi.standar()
PROFIL = tuple(geser(p, GESER) for p in kompetensi.profil())
KEBUTUHAN = kompetensi.kebutuhan_tim()
PENILAIAN_LAMA = KebijakanKompetensi(masa_berlaku_tahun=50)
NILAI = RIWAYAT.isi[0]
SKP_NILAI = next(s for s in SKP if s.kode == NILAI.skp)
AKAR = {ORG.unit_akar.kode: PredikatOrganisasi.BAIK}  # type: ignore[union-attr]
SEBARAN = [Predikat.SANGAT_BAIK, Predikat.BAIK, Predikat.BAIK, Predikat.KURANG]

LAPANG = KebijakanPemantauan(hari_dialog_evaluasi=10**5000, hari_pembinaan=10**5000)
"""Day counts far past the calendar's end."""
TENGGAT_PANJANG = TenggatSKP(bulan_tahunan=12, hari_setelah_mulai=366)
PENUGASAN_PANJANG = KebijakanSistemKerja(maks_bulan_penugasan=1200)
JF = {"lowongan": True, "lulus_uji_kompetensi": True}


def _keberatan(tanggal: dt.date) -> Keberatan:
    return Keberatan("KB-9999", attrs.evolve(NILAI, tanggal=tanggal), AKHIR, "alasan")


PEMERIKSAAN: dict[str, list[Callable[[], tuple[Pelanggaran, ...]]]] = {
    "periksa_alokasi": [lambda: periksa_alokasi(SISTEM)],
    "periksa_anggota": [lambda: periksa_anggota(SISTEM, ORG)],
    "periksa_angka_kredit_integrasi": [
        lambda: periksa_angka_kredit_integrasi(
            Fraction(120), "nip", jenjang=Jenjang.AHLI_MUDA, golongan=Golongan.III_C, tanggal=AKHIR
        )
    ],
    "periksa_distribusi": [
        lambda: periksa_distribusi(PredikatOrganisasi.BAIK, SEBARAN, tanggal=AKHIR)
    ],
    "periksa_distribusi_banyak": [
        lambda: periksa_distribusi_banyak(
            {"U": PredikatOrganisasi.KURANG}, {"U": {Predikat.BAIK: 3}}, tanggal=AKHIR
        )
    ],
    "periksa_dokumentasi": [
        lambda: periksa_dokumentasi(JURNAL, SKP_DEWI, AKHIR),
        lambda: periksa_dokumentasi(JURNAL, SKP_DEWI, AKHIR, kebijakan=LAPANG),
    ],
    "periksa_golongan": [lambda: periksa_golongan(Jenjang.AHLI_MUDA, Golongan.II_A, "nip")],
    "periksa_instansi": [lambda: periksa_instansi(ORG, AKHIR)],
    "periksa_jurnal": [lambda: periksa_jurnal(JURNAL, SKP_DEWI)],
    "periksa_daftar_keberatan": [
        lambda: periksa_daftar_keberatan(
            DaftarKeberatan(
                [_keberatan(AKHIR)], [PutusanKeberatan("KB-9999", NILAI.penilai, AKHIR, NILAI)]
            ),
            ORG,
            RIWAYAT,
        )
    ],
    "periksa_keberatan": [
        lambda: periksa_keberatan(_keberatan(dt.date(9999, 12, 25))),
        lambda: periksa_keberatan(_keberatan(dt.date(9999, 6, 1)), hari=366, hari_kerja=True),
    ],
    "periksa_kenaikan_jenjang": [
        lambda: periksa_kenaikan_jenjang(POSISI, "nip", **JF),
        lambda: periksa_kenaikan_jenjang(POSISI, "nip", **JF, masa_tahun=10**5000),
    ],
    "periksa_kenaikan_pangkat": [
        lambda: periksa_kenaikan_pangkat(POSISI, "nip"),
        lambda: periksa_kenaikan_pangkat(POSISI, "nip", masa_tahun=9999, tahun_predikat=9999),
    ],
    "periksa_ketua": [lambda: periksa_ketua(SISTEM)],
    "periksa_kebutuhan_tim": [
        lambda: periksa_kebutuhan_tim(SISTEM, KEBUTUHAN, PROFIL, AKHIR),
        lambda: periksa_kebutuhan_tim(SISTEM, KEBUTUHAN, PROFIL, AKHIR, PENILAIAN_LAMA),
    ],
    "periksa_kompetensi": [
        lambda: periksa_kompetensi(ORG, STANDAR, PROFIL, AKHIR),
        lambda: periksa_kompetensi(ORG, STANDAR, PROFIL, AKHIR, PENILAIAN_LAMA),
    ],
    "periksa_riwayat_angka_kredit": [
        lambda: periksa_riwayat_angka_kredit([*RIWAYAT_AK, *RIWAYAT_AK], "nip", tanggal=AKHIR),
        lambda: periksa_riwayat_angka_kredit(
            RIWAYAT_AK, "nip", prioritas=PrioritasKonversi.TAHUNAN
        ),
    ],
    "periksa_kewenangan": [lambda: periksa_kewenangan(JURNAL, SKP_DEWI, ORG, SISTEM)],
    "periksa_nip": [
        lambda: periksa_nip("999912019999121001"),  # 18 only past the calendar's end
        lambda: periksa_nip("999912019999211001"),
        lambda: periksa_nip(SKP_DEWI.pegawai.nip),
    ],
    "periksa_pemantauan": [
        lambda: periksa_pemantauan(JURNAL, SKP_DEWI, ORG, SISTEM, AKHIR, penilaian=RIWAYAT.isi),
        lambda: periksa_pemantauan(JURNAL, SKP_DEWI, ORG, SISTEM, AKHIR, kebijakan=LAPANG),
    ],
    "periksa_pembinaan": [
        lambda: periksa_pembinaan(JURNAL, SKP_DEWI, AKHIR, penilaian=RIWAYAT.isi),
        lambda: periksa_pembinaan(JURNAL, SKP_DEWI, AKHIR, kebijakan=LAPANG),
    ],
    "periksa_penetap": [lambda: periksa_penetap(SISTEM, ORG)],
    "periksa_penilaian": [
        lambda: periksa_penilaian(NILAI, SKP_NILAI, instansi=ORG, predikat_organisasi=AKAR)
    ],
    "periksa_penugasan": [
        lambda: periksa_penugasan(SISTEM, ORG),
        lambda: periksa_penugasan(SISTEM, ORG, PENUGASAN_PANJANG),
    ],
    "periksa_penyetaraan_jabatan": [
        lambda: periksa_penyetaraan_jabatan(ORG_SEBELUM, dt.date(9995, 6, 30), ORG, AKHIR),
        lambda: periksa_penyetaraan_jabatan(ORG, dt.date(9999, 12, 30), ORG, AKHIR),
    ],
    "periksa_pohon_kinerja": [lambda: periksa_pohon_kinerja(SKP)],
    "periksa_sistem_kerja": [lambda: periksa_sistem_kerja(SISTEM, ORG)],
    "periksa_skp": [
        lambda: periksa_skp(SKP_DEWI, skp_lain=SKP, instansi=ORG, tanggal=AKHIR),
        lambda: periksa_skp(SKP_DEWI, tanggal=AKHIR, tenggat=TENGGAT_PANJANG),
        lambda: periksa_skp(SKP_DEWI, sistem_kerja=SISTEM),
        lambda: periksa_skp(
            attrs.evolve(SKP_DEWI, periode=attrs.evolve(SKP_DEWI.periode, mulai=AKHIR)),
            tanggal=AKHIR,
            tenggat=TENGGAT_PANJANG,
        ),
    ],
    "periksa_skp_tahunan": [lambda: periksa_skp_tahunan(ORG, SKP_DEWI.pegawai.nip, 9999, SKP)],
    "periksa_standar": [lambda: periksa_standar(STANDAR[0]), lambda: periksa_standar(STANDAR[-1])],
    "periksa_tumpang_tindih": [lambda: periksa_tumpang_tindih(SISTEM)],
    "periksa_tahun_kinerja": [
        # the keberatan of the example year is decided in 2026, past the calendar once moved
        lambda: periksa_tahun_kinerja(
            TahunKinerja(9999, ORG, SISTEM, SKP, [JURNAL], RIWAYAT).tambah_angka_kredit(
                PUTRI, *RIWAYAT_AK, NILAI
            )
        )
    ],
}

KASUS = [
    pytest.param(periksa, id=f"{nama}-{i}")
    for nama, daftar in PEMERIKSAAN.items()
    for i, periksa in enumerate(daftar)
]


def test_setiap_periksa_publik_diuji() -> None:
    assert set(PEMERIKSAAN) == {n for n in birokrasi.__all__ if n.startswith("periksa_")}


def test_agensi_contoh_berada_di_akhir_kalender() -> None:
    assert SKP_DEWI.periode.selesai == AKHIR
    assert max(p.tanggal for p in JURNAL.peristiwa).year == 9999
    assert POSISI.tanggal == AKHIR


@pytest.mark.parametrize("periksa", KASUS)
def test_periksa_tidak_pernah_gagal_di_akhir_kalender(
    periksa: Callable[[], tuple[Pelanggaran, ...]],
) -> None:
    hasil = periksa()
    assert isinstance(hasil, tuple)
    assert all(isinstance(p, Pelanggaran) for p in hasil)
