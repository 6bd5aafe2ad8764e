"""The public face, written once: which leaf module owns each public name.

``birokrasi`` and its subpackages (``birokrasi.struktur``, ``.sistem_kerja``,
``.kompetensi``, ``.kinerja``, ``.karier``) derive their ``__all__`` and their lazy loader
(PEP 562) from :data:`TABEL`, so ``from birokrasi import Rating`` imports
:mod:`birokrasi.kinerja.predikat` and what it needs, nothing else. The static view for type
checkers is the ``TYPE_CHECKING`` block of ``birokrasi/__init__.py``, which a test holds
equal to this table (see ADR 0001).
"""

from __future__ import annotations

import importlib
import types
from collections.abc import Callable, Mapping

from birokrasi.errors import BirokrasiError
from birokrasi.pesan import pembuat_templat

__all__ = ["ASAL", "TABEL", "USANG", "NamaTidakDikenal", "kelas_publik", "muat_semua", "pemuat"]


def _nama(daftar: str) -> tuple[str, ...]:
    return tuple(daftar.split())


TABEL: Mapping[str, tuple[str, ...]] = types.MappingProxyType(
    {
        "birokrasi.errors": _nama(
            "AuthorityError BirokrasiError InvalidTypeError InvalidValueError NotFoundError "
            "OutOfWindowError"
        ),
        "birokrasi.pesan": _nama(
            "BAHASA Pesan Pilihan Templat bahasa_aktif pakai_bahasa teks_angka teks_tanggal"
        ),
        "birokrasi.hukum": _nama("Aturan Dasar JenisPeraturan Keyakinan Pelanggaran Peraturan"),
        "birokrasi.periode": _nama("JenisPeriode Periode periodisasi"),
        "birokrasi.katalog": _nama("KATALOG aturan"),
        "birokrasi.struktur.jabatan": _nama(
            "Jabatan JenisJabatan Jenjang KategoriFungsional KelompokJabatan KelompokJabatanLama"
        ),
        "birokrasi.struktur.golongan": _nama("GOLONGAN_JF Golongan periksa_golongan"),
        "birokrasi.struktur.eselon": _nama(
            "PEMETAAN_PENYETARAAN Eselon PemetaanPenyetaraan jenjang_setara penyetaraan"
        ),
        "birokrasi.struktur.nip": _nama(
            "KODE_PPPK_BAKU KODE_PPPK_TERAMATI NIP JenisASN JenisKelamin periksa_nip"
        ),
        "birokrasi.struktur.unsur": _nama(
            "Delegasi Pegawai PejabatLuar PejabatNegara Penempatan UnitOrganisasi"
        ),
        "birokrasi.struktur.organisasi": _nama("Instansi Pejabat"),
        "birokrasi.struktur.potret": _nama(
            "PotretPegawai PotretPejabat PotretPejabatNegara potret_pegawai potret_pejabat "
            "potret_pejabat_negara potret_pelaku potret_penilai"
        ),
        "birokrasi.struktur.pemeriksaan": _nama("periksa_instansi"),
        "birokrasi.struktur.hierarki": _nama(
            "LapisanPegawai RentangKendali kedalaman_unit lapisan_pegawai rantai_terpanjang "
            "rentang_kendali"
        ),
        "birokrasi.struktur.perubahan": _nama(
            "JabatanDisetarakan PerubahanPenilai jabatan_disetarakan periksa_penyetaraan_jabatan "
            "perubahan_penilai"
        ),
        "birokrasi.sistem_kerja.tim_kerja": _nama(
            "Keanggotaan LingkupTim Peran PersetujuanLintasInstansi SuratKeputusan TimKerja"
        ),
        "birokrasi.sistem_kerja.penugasan": _nama("AsalPenugasan Penugasan"),
        "birokrasi.sistem_kerja.kewenangan": _nama("pastikan_wewenang_tim"),
        "birokrasi.sistem_kerja.sistem": _nama("SistemKerja"),
        "birokrasi.sistem_kerja.penyederhanaan": _nama(
            "PerbandinganPenyederhanaan RingkasanStruktur StatistikTimKerja "
            "bandingkan_penyederhanaan ringkasan_struktur statistik_tim_kerja"
        ),
        "birokrasi.sistem_kerja.matriks": _nama(
            "PemberiUmpanBalik SumberUmpanBalik lingkup_tim membawahi pemberi_umpan_balik "
            "penempatan_anggota"
        ),
        "birokrasi.sistem_kerja.pemeriksaan": _nama(
            "JENJANG_PEMBERI_TUGAS_BAKU KEBIJAKAN_SISTEM_KERJA_BAKU KebijakanSistemKerja "
            "periksa_alokasi periksa_anggota "
            "periksa_ketua periksa_penetap periksa_penugasan periksa_sistem_kerja "
            "periksa_tumpang_tindih"
        ),
        "birokrasi.kompetensi.standar": _nama(
            "KelompokKompetensi Kompetensi KompetensiManajerial KompetensiSosialKultural "
            "LevelKompetensi StandarKompetensi TingkatKompetensi periksa_standar"
        ),
        "birokrasi.kompetensi.profil": _nama(
            "KEBIJAKAN_KOMPETENSI_BAKU KebijakanKompetensi ProfilKompetensi SumberPenilaian "
            "profil_berlaku"
        ),
        "birokrasi.kompetensi.kesenjangan": _nama(
            "Kesenjangan KesenjanganPegawai kesenjangan_pegawai periksa_kompetensi "
            "rincian_kesenjangan"
        ),
        "birokrasi.kompetensi.kebutuhan_tim": _nama(
            "CakupanKompetensi KebutuhanKompetensi KesenjanganTim kesenjangan_tim "
            "periksa_kebutuhan_tim"
        ),
        "birokrasi.kompetensi.usulan": _nama(
            "CalonAnggota CalonDitolak UsulanAnggotaTim usulkan_anggota_tim"
        ),
        "birokrasi.kinerja.predikat": _nama(
            "KUADRAN PenjelasanPredikat Predikat Rating jelaskan_predikat pasangan_rating "
            "predikat_kinerja predikat_kinerja_banyak"
        ),
        "birokrasi.kinerja.perencanaan.target": _nama("Aspek IndikatorKinerja Target"),
        "birokrasi.kinerja.perencanaan.perilaku": _nama(
            "BERAKHLAK EkspektasiKhususPimpinan NilaiBerakhlak PerilakuKerja"
        ),
        "birokrasi.kinerja.perencanaan.skp": _nama(
            "SKP Ekspektasi JenisHasilKerja Lampiran Pendekatan Perspektif RencanaHasilKerja "
            "RujukanRHK StatusSKP Tandatangan susun_skp"
        ),
        "birokrasi.kinerja.perencanaan.tenggat": _nama(
            "TENGGAT_SKP PelanggaranTenggat TenggatSKP batas_penetapan"
        ),
        "birokrasi.kinerja.perencanaan.pohon": _nama(
            "PohonKinerja SimpulKinerja periksa_pohon_kinerja pohon_kinerja"
        ),
        "birokrasi.kinerja.perencanaan.pemeriksaan": _nama("periksa_skp periksa_skp_tahunan"),
        "birokrasi.kinerja.penilaian.capaian": _nama(
            "PEMETAAN_RATING_PIMPINAN PredikatOrganisasi rating_hasil_kerja_pimpinan"
        ),
        "birokrasi.kinerja.penilaian.evaluasi": _nama(
            "JENIS_PERIODIK_BAKU JenisEvaluasi PenilaianKinerja evaluasi_kinerja periksa_penilaian"
        ),
        "birokrasi.kinerja.penilaian.riwayat": _nama(
            "PemilihTahunan RiwayatPenilaian evaluasi_tahunan"
        ),
        "birokrasi.kinerja.penilaian.kurva": _nama(
            "KURVA_DISTRIBUSI KURVA_SE_3_2023 BatasDistribusi BatasPita KurvaDistribusi Pembulatan "
            "Pita SebagianBesar"
        ),
        "birokrasi.kinerja.penilaian.distribusi": _nama(
            "JenisPelanggaranDistribusi PelanggaranDistribusi batas_distribusi kurva_distribusi "
            "periksa_distribusi"
        ),
        "birokrasi.kinerja.penilaian.usulan": _nama(
            "ArahPerubahan Perubahan UsulanDistribusi usulkan_distribusi"
        ),
        "birokrasi.kinerja.penilaian.batch": _nama(
            "hitung_per_unit periksa_distribusi_banyak predikat_kolom"
        ),
        "birokrasi.kinerja.pemantauan.peristiwa": _nama(
            "JENIS_PERISTIWA BimbinganKinerja CaraUmpanBalik DialogKinerja JenisUmpanBalik "
            "KonselingKinerja Peristiwa Realisasi SifatUmpanBalik TahapDialog UmpanBalik"
        ),
        "birokrasi.kinerja.pemantauan.jurnal": _nama(
            "HitunganUmpanBalik JurnalKinerja RingkasanJurnal RingkasanNilai RingkasanRHK"
        ),
        "birokrasi.kinerja.pemantauan.kewenangan": _nama(
            "KEBIJAKAN_PEMANTAUAN_BAKU KebijakanPemantauan PeranPemantauan cocokkan_jurnal "
            "peran_pemantauan periksa_kewenangan"
        ),
        "birokrasi.kinerja.pemantauan.pemeriksaan": _nama(
            "periksa_dokumentasi periksa_jurnal periksa_pemantauan periksa_pembinaan"
        ),
        "birokrasi.kinerja.tindak_lanjut.penghargaan": _nama(
            "KRITERIA_PENGHARGAAN KriteriaPenghargaan penghargaan_layak"
        ),
        "birokrasi.kinerja.tindak_lanjut.kinerja_rendah": _nama(
            "JenisKejadian KejadianKinerja StatusKinerjaRendah TahapKinerjaRendah predikat_pemicu "
            "status_kinerja_rendah"
        ),
        "birokrasi.kinerja.tindak_lanjut.keberatan": _nama(
            "HARI_KEBERATAN DaftarKeberatan Keberatan PutusanKeberatan ajukan_keberatan "
            "batas_keberatan pemutus_keberatan periksa_daftar_keberatan periksa_keberatan "
            "terima_keberatan tolak_keberatan"
        ),
        "birokrasi.karier.tabel_ak": _nama(
            "MULAI_INTEGRASI TABEL_ANGKA_KREDIT TABEL_ANGKA_KREDIT_2023 TabelAngkaKredit "
            "akk_kenaikan_jenjang akk_kenaikan_pangkat koefisien_angka_kredit tabel_angka_kredit"
        ),
        "birokrasi.karier.konversi": _nama(
            "HasilKinerja PembagianBulan akumulasi_angka_kredit angka_kredit "
            "angka_kredit_banyak angka_kredit_dari_teks angka_kredit_pendidikan bulan_angka_kredit "
            "bulatkan_angka_kredit desimal_eksak hasil_kinerja"
        ),
        "birokrasi.karier.saldo": _nama(
            "KenaikanJenjang KenaikanPangkat PosisiAngkaKredit PrioritasKonversi SaldoAwal "
            "TambahanPendidikan periksa_riwayat_angka_kredit posisi_angka_kredit"
        ),
        "birokrasi.karier.pengangkatan": _nama(
            "angka_kredit_dasar angka_kredit_perpindahan saldo_awal_perpindahan"
        ),
        "birokrasi.karier.pengangkatan_pertama": _nama(
            "JENJANG_PENGANGKATAN_PERTAMA angka_kredit_pengangkatan_pertama "
            "saldo_awal_pengangkatan_pertama"
        ),
        "birokrasi.karier.penyesuaian": _nama(
            "TABEL_ANGKA_KREDIT_PENYESUAIAN_2023 TabelAngkaKreditPenyesuaian "
            "angka_kredit_penyesuaian masa_kerja_penyesuaian saldo_awal_penyesuaian"
        ),
        "birokrasi.karier.promosi": _nama("angka_kredit_promosi saldo_awal_promosi"),
        "birokrasi.karier.integrasi": _nama(
            "NILAI_DASAR_INTEGRASI_2023 NilaiDasarIntegrasi angka_kredit_integrasi "
            "nilai_dasar_integrasi periksa_angka_kredit_integrasi saldo_awal_integrasi"
        ),
        "birokrasi.karier.kenaikan": _nama(
            "JENJANG_PENGEMBANGAN_PROFESI PANGKAT_MINIMAL_JENJANG PredikatDibaca "
            "periksa_kenaikan_jenjang "
            "periksa_kenaikan_pangkat"
        ),
        "birokrasi.karier.proyeksi": _nama("ProyeksiKenaikan proyeksi_kenaikan"),
        "birokrasi.penjelasan": _nama(
            "Penjelasan jelaskan_angka_kredit jelaskan_batas_distribusi jelaskan_pejabat_penilai "
            "jelaskan_rating_hasil_kerja_pimpinan"
        ),
        "birokrasi.tahun_kinerja": _nama("BukuAngkaKredit TahunKinerja periksa_tahun_kinerja"),
    }
)
"""Leaf module -> the public names it owns, in the layering order of the architecture page."""

ASAL: Mapping[str, str] = types.MappingProxyType(
    {nama: modul for modul, daftar in TABEL.items() for nama in daftar}
)
"""Public name -> the leaf module that owns it."""

USANG: Mapping[str, str] = types.MappingProxyType(
    {
        "potret": "birokrasi.struktur.potret",
        "putuskan_keberatan": "birokrasi.kinerja.tindak_lanjut.keberatan",
    }
)
"""Names kept importable for code written against an earlier release, but no longer
advertised in ``__all__``: old name -> the leaf module that still defines it (as an alias of
its new name, documented there)."""


def muat_semua() -> None:
    """Import every leaf module of the public face, so that every message template of the
    library is declared (loading a stored :class:`~birokrasi.pesan.Pesan` looks its kode up)."""
    for modul in TABEL:
        importlib.import_module(modul)


def kelas_publik(nama: str) -> type | None:
    """The public class named ``nama`` (its module imported), or ``None`` when no public name
    is ``nama`` or it is not a class."""
    modul = ASAL.get(nama)
    if modul is None:
        return None
    nilai = getattr(importlib.import_module(modul), nama)
    return nilai if isinstance(nilai, type) else None


class NamaTidakDikenal(BirokrasiError, AttributeError):
    """A package was asked for a name it does not offer."""


def pemuat(
    paket: str, ruang: dict[str, object]
) -> tuple[list[str], Callable[[str], object], Callable[[], list[str]]]:
    """``__all__``, ``__getattr__`` and ``__dir__`` for the package ``paket``.

    The package offers every public name whose module lies inside it, except a name that is
    also one of its submodules (a test keeps public names and module names apart, so this
    only guards against a future clash). A loaded name is stored in the package's namespace
    ``ruang``, so it is looked up once.
    """
    awalan = paket + "."

    def di_paket(nama: str, modul: str) -> bool:
        return paket == "birokrasi" or (modul.startswith(awalan) and awalan + nama not in TABEL)

    milik = {nama: modul for nama, modul in ASAL.items() if di_paket(nama, modul)}
    usang = {nama: modul for nama, modul in USANG.items() if di_paket(nama, modul)}

    def getattr_(nama: str) -> object:
        modul = milik.get(nama) or usang.get(nama)
        if modul is None:
            raise NamaTidakDikenal(_TIDAK_ADA(paket=repr(paket), nama=repr(nama)))
        nilai = getattr(importlib.import_module(modul), nama)
        ruang[nama] = nilai
        return nilai

    def dir_() -> list[str]:
        return sorted({*ruang, *milik})

    return sorted(milik), getattr_, dir_


_t = pembuat_templat(__name__)
_TIDAK_ADA = _t("PUBLIK/nama-tidak-dikenal", "module {paket} has no attribute {nama}")
