"""birokrasi.tahun_kinerja: a performance year as one value, its cross-part checks
(KIN-TAHUN-01 to 05), its append-only operations and its round trip as one document."""

from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import birokrasi.testing as bt
from birokrasi import (
    BukuAngkaKredit,
    HasilKinerja,
    Jenjang,
    Periode,
    Predikat,
    PredikatOrganisasi,
    TahunKinerja,
    periksa_tahun_kinerja,
)
from birokrasi.contoh import karier, struktur
from birokrasi.contoh.tahun_kinerja import bagian_tahun_kinerja, tahun_2025
from birokrasi.dokumen import dari_dokumen, ke_dokumen
from birokrasi.errors import InvalidTypeError, InvalidValueError
from birokrasi.serial import dari_data, ke_data

TAHUN = tahun_2025()


def _kode(tahun: TahunKinerja) -> list[tuple[str, str]]:
    return [(t.kode, t.subjek) for t in periksa_tahun_kinerja(tahun)]


def test_tahun_contoh_konsisten() -> None:
    assert periksa_tahun_kinerja(TAHUN) == ()
    assert TAHUN.predikat_organisasi is PredikatOrganisasi.BAIK
    assert len(TAHUN.keberatan.putusan) == 1


def test_bolak_balik_sebagai_satu_dokumen() -> None:
    """The year is one versioned document that round-trips exactly, through JSON text."""
    dokumen = ke_dokumen(TAHUN)
    assert dokumen["@tipe"] == "TahunKinerja"
    kembali = dari_dokumen(json.loads(json.dumps(dokumen)), TahunKinerja)
    assert kembali == TAHUN
    assert ke_dokumen(kembali) == dokumen
    assert dari_dokumen(dokumen) == TAHUN
    assert dari_data(TahunKinerja, ke_data(TAHUN)) == TAHUN


# -- KIN-TAHUN-01..05 -------------------------------------------------------------------------


def test_kin_tahun_01_evaluasi_jurnal_dan_keberatan_merujuk_tahun_itu() -> None:
    tanpa_skp = attrs.evolve(TAHUN, skp=TAHUN.skp[1:])
    hilang = TAHUN.skp[0].kode
    temuan = _kode(tanpa_skp)
    dinilai = [p.kode for p in TAHUN.penilaian.isi if p.skp == hilang]
    assert dinilai
    assert [("KIN-TAHUN-01", k) for k in dinilai] == [t for t in temuan if t[0] == "KIN-TAHUN-01"][
        : len(dinilai)
    ]
    tanpa_penilaian = attrs.evolve(TAHUN, penilaian=type(TAHUN.penilaian)())
    keberatan = TAHUN.keberatan.keberatan[0].kode
    assert ("KIN-TAHUN-01", keberatan) in _kode(tanpa_penilaian)
    jurnal = TAHUN.jurnal[0].skp
    tanpa_skp_jurnal = attrs.evolve(TAHUN, skp=tuple(s for s in TAHUN.skp if s.kode != jurnal))
    assert ("KIN-TAHUN-01", jurnal) in _kode(tanpa_skp_jurnal)


def test_kin_tahun_02_setiap_nip_dikenal_instansi() -> None:
    asing = struktur.instansi()
    asing = attrs.evolve(
        asing,
        pegawai=tuple(p for p in asing.pegawai if p.nip.digit != struktur.PUTRI),
        penempatan=tuple(p for p in asing.penempatan if p.nip.digit != struktur.PUTRI),
    )
    temuan = _kode(attrs.evolve(TAHUN, instansi=asing))
    assert ("KIN-TAHUN-02", struktur.PUTRI) in temuan  # her ledger
    assert {k for k, _ in temuan} == {"KIN-TAHUN-02"}


def test_kin_tahun_03_tim_yang_disebut_rhk_ada() -> None:
    bernama = [s for s in TAHUN.skp if any(r.tim_kerja for r in s.hasil_kerja)]
    assert bernama, "the example names teams in its RHK"
    tanpa_tim = attrs.evolve(TAHUN, sistem_kerja=type(TAHUN.sistem_kerja)())
    temuan = _kode(tanpa_tim)
    assert {("KIN-TAHUN-03", s.kode) for s in bernama} <= set(temuan)
    assert {k for k, _ in temuan} == {"KIN-TAHUN-03"}


def test_kin_tahun_04_evaluasi_dalam_buku_adalah_evaluasi_tahun_itu() -> None:
    penilaian = TAHUN.penilaian.isi[0]
    pemilik = penilaian.pegawai.nip
    benar = TAHUN.tambah_angka_kredit(pemilik, penilaian)
    assert periksa_tahun_kinerja(benar) == ()
    lain = TAHUN.tambah_angka_kredit(struktur.PUTRI, penilaian)
    assert _kode(lain) == [("KIN-TAHUN-04", struktur.PUTRI)]
    asing = attrs.evolve(penilaian, kode="EV-LAIN")
    tidak_dikenal = TAHUN.tambah_angka_kredit(pemilik, asing)
    assert _kode(tidak_dikenal) == [("KIN-TAHUN-04", pemilik.digit)]
    tahun_lalu = attrs.evolve(asing, periode=Periode.tahun(2024), tanggal=dt.date(2025, 1, 5))
    assert periksa_tahun_kinerja(TAHUN.tambah_angka_kredit(pemilik, tahun_lalu)) == ()


def test_kin_tahun_05_skp_dan_evaluasi_dalam_tahun_itu() -> None:
    temuan = _kode(attrs.evolve(TAHUN, tahun=2026))
    assert {k for k, _ in temuan} == {"KIN-TAHUN-05"}
    assert len(temuan) == len(TAHUN.skp) + len(TAHUN.penilaian.isi)


# -- appending, never erasing -----------------------------------------------------------------


def test_tambah_mengembalikan_tahun_baru_dan_menyimpan_riwayat() -> None:
    kosong = TahunKinerja(2025, TAHUN.instansi)
    tahun = kosong
    for s in TAHUN.skp:
        tahun = tahun.tambah_skp(s)
    tahun = tahun.catat_jurnal(TAHUN.jurnal[0])
    for p in TAHUN.penilaian.isi:
        tahun = tahun.tambah_penilaian(p)
    tahun = tahun.ajukan_keberatan(TAHUN.keberatan.keberatan[0])
    tahun = tahun.catat_putusan(TAHUN.keberatan.putusan[0])
    tahun = tahun.tambah_angka_kredit(struktur.PUTRI, *karier.riwayat_ak())
    tahun = tahun.tetapkan_predikat_organisasi(PredikatOrganisasi.BAIK)
    assert attrs.evolve(tahun, sistem_kerja=TAHUN.sistem_kerja) == TAHUN
    assert kosong == TahunKinerja(2025, TAHUN.instansi)  # the first year is unchanged


def test_tambah_menolak_yang_menghapus() -> None:
    with pytest.raises(InvalidValueError, match=r"^TahunKinerja.skp\[9\]: SKP-2025-KADIS twice"):
        TAHUN.tambah_skp(TAHUN.skp[0])
    jurnal = TAHUN.jurnal[0]
    dipangkas = attrs.evolve(jurnal, peristiwa=jurnal.peristiwa[1:])
    with pytest.raises(InvalidValueError, match=r"would lose recorded events"):
        TAHUN.catat_jurnal(dipangkas)
    tumbuh = TAHUN.catat_jurnal(jurnal.tambah())
    assert tumbuh.jurnal == TAHUN.jurnal
    with pytest.raises(InvalidValueError, match=r"already Baik"):
        TAHUN.tetapkan_predikat_organisasi(PredikatOrganisasi.ISTIMEWA)
    assert TAHUN.tetapkan_predikat_organisasi(PredikatOrganisasi.BAIK) == TAHUN
    with pytest.raises(InvalidValueError, match=r"already objected"):
        TAHUN.ajukan_keberatan(TAHUN.keberatan.keberatan[0])


def test_bagian_unik() -> None:
    with pytest.raises(InvalidValueError, match=r"^TahunKinerja.jurnal\[1\]: "):
        attrs.evolve(TAHUN, jurnal=(*TAHUN.jurnal, TAHUN.jurnal[0]))
    buku = TAHUN.angka_kredit[0]
    with pytest.raises(InvalidValueError, match=r"^TahunKinerja.angka_kredit\[1\]: "):
        attrs.evolve(TAHUN, angka_kredit=(buku, buku))
    with pytest.raises(InvalidTypeError, match=r"^pegawai: expected NIP"):
        TAHUN.tambah_angka_kredit(12)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError):
        BukuAngkaKredit(buku.pegawai, (("AHLI_PERTAMA", "BAIK", 12, dt.date(2025, 1, 1)),))  # type: ignore[arg-type]


@given(st.lists(st.tuples(st.sampled_from(Predikat), st.integers(1, 12)), max_size=6))
def test_buku_hanya_bertambah(hasil: list[tuple[Predikat, int]]) -> None:
    """Every append keeps the events recorded before, in their order."""
    tahun = TAHUN
    for i, (predikat, bulan) in enumerate(hasil):
        lama = tahun.angka_kredit[0].peristiwa
        peristiwa = HasilKinerja(Jenjang.AHLI_PERTAMA, predikat, bulan, dt.date(2026, 1, 1 + i))
        tahun = tahun.tambah_angka_kredit(struktur.PUTRI, peristiwa)
        assert tahun.angka_kredit[0].peristiwa == (*lama, peristiwa)
    assert dari_dokumen(ke_dokumen(tahun), TahunKinerja) == tahun


@given(bt.penilaian_kinerja())
def test_evaluasi_sembarang_tanpa_skp_ditemukan(penilaian: object) -> None:
    """A drawn evaluation whose SKP the year lacks is always reported (KIN-TAHUN-01)."""
    from birokrasi import PenilaianKinerja

    assert isinstance(penilaian, PenilaianKinerja)
    tahun = TahunKinerja(penilaian.periode.selesai.year, TAHUN.instansi).tambah_penilaian(penilaian)
    assert ("KIN-TAHUN-01", penilaian.kode) in _kode(tahun)


def test_demo() -> None:
    baris = bagian_tahun_kinerja()
    assert "0 findings" in baris[1]
    assert "version 3" in baris[2]
