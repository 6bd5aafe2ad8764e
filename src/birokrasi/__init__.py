"""birokrasi: Indonesia's civil-service work system and performance-management regulations
as a pure, typed, cited domain model.

Everything agency code needs is importable from here; see ``__all__``. Each name is defined
in the leaf module that owns its concept (``birokrasi.kinerja.predikat`` for ``Rating``);
:data:`birokrasi._publik.TABEL` says which, and ``birokrasi.KATALOG`` lists every rule.

Names are loaded on first use (PEP 562): ``import birokrasi`` stays cheap for a request
handler or a command-line tool, and ``from birokrasi import X`` loads only the module that
owns ``X`` (and what it imports).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from birokrasi._publik import pemuat

# The static face for type checkers, generated from birokrasi._publik.TABEL:
# `python tests/test_publik.py` rewrites it, and tests/test_publik.py fails when it drifts.
# --- generated: begin
if TYPE_CHECKING:
    from birokrasi.errors import (
        AuthorityError as AuthorityError,
    )
    from birokrasi.errors import (
        BirokrasiError as BirokrasiError,
    )
    from birokrasi.errors import (
        InvalidTypeError as InvalidTypeError,
    )
    from birokrasi.errors import (
        InvalidValueError as InvalidValueError,
    )
    from birokrasi.errors import (
        NotFoundError as NotFoundError,
    )
    from birokrasi.errors import (
        OutOfWindowError as OutOfWindowError,
    )
    from birokrasi.hukum import (
        Aturan as Aturan,
    )
    from birokrasi.hukum import (
        Dasar as Dasar,
    )
    from birokrasi.hukum import (
        JenisPeraturan as JenisPeraturan,
    )
    from birokrasi.hukum import (
        Keyakinan as Keyakinan,
    )
    from birokrasi.hukum import (
        Pelanggaran as Pelanggaran,
    )
    from birokrasi.hukum import (
        Peraturan as Peraturan,
    )
    from birokrasi.karier.integrasi import (
        NILAI_DASAR_INTEGRASI_2023 as NILAI_DASAR_INTEGRASI_2023,
    )
    from birokrasi.karier.integrasi import (
        NilaiDasarIntegrasi as NilaiDasarIntegrasi,
    )
    from birokrasi.karier.integrasi import (
        angka_kredit_integrasi as angka_kredit_integrasi,
    )
    from birokrasi.karier.integrasi import (
        nilai_dasar_integrasi as nilai_dasar_integrasi,
    )
    from birokrasi.karier.integrasi import (
        periksa_angka_kredit_integrasi as periksa_angka_kredit_integrasi,
    )
    from birokrasi.karier.integrasi import (
        saldo_awal_integrasi as saldo_awal_integrasi,
    )
    from birokrasi.karier.kenaikan import (
        JENJANG_PENGEMBANGAN_PROFESI as JENJANG_PENGEMBANGAN_PROFESI,
    )
    from birokrasi.karier.kenaikan import (
        PANGKAT_MINIMAL_JENJANG as PANGKAT_MINIMAL_JENJANG,
    )
    from birokrasi.karier.kenaikan import (
        PredikatDibaca as PredikatDibaca,
    )
    from birokrasi.karier.kenaikan import (
        periksa_kenaikan_jenjang as periksa_kenaikan_jenjang,
    )
    from birokrasi.karier.kenaikan import (
        periksa_kenaikan_pangkat as periksa_kenaikan_pangkat,
    )
    from birokrasi.karier.konversi import (
        HasilKinerja as HasilKinerja,
    )
    from birokrasi.karier.konversi import (
        PembagianBulan as PembagianBulan,
    )
    from birokrasi.karier.konversi import (
        akumulasi_angka_kredit as akumulasi_angka_kredit,
    )
    from birokrasi.karier.konversi import (
        angka_kredit as angka_kredit,
    )
    from birokrasi.karier.konversi import (
        angka_kredit_banyak as angka_kredit_banyak,
    )
    from birokrasi.karier.konversi import (
        angka_kredit_dari_teks as angka_kredit_dari_teks,
    )
    from birokrasi.karier.konversi import (
        angka_kredit_pendidikan as angka_kredit_pendidikan,
    )
    from birokrasi.karier.konversi import (
        bulan_angka_kredit as bulan_angka_kredit,
    )
    from birokrasi.karier.konversi import (
        bulatkan_angka_kredit as bulatkan_angka_kredit,
    )
    from birokrasi.karier.konversi import (
        desimal_eksak as desimal_eksak,
    )
    from birokrasi.karier.konversi import (
        hasil_kinerja as hasil_kinerja,
    )
    from birokrasi.karier.pengangkatan import (
        angka_kredit_dasar as angka_kredit_dasar,
    )
    from birokrasi.karier.pengangkatan import (
        angka_kredit_perpindahan as angka_kredit_perpindahan,
    )
    from birokrasi.karier.pengangkatan import (
        saldo_awal_perpindahan as saldo_awal_perpindahan,
    )
    from birokrasi.karier.pengangkatan_pertama import (
        JENJANG_PENGANGKATAN_PERTAMA as JENJANG_PENGANGKATAN_PERTAMA,
    )
    from birokrasi.karier.pengangkatan_pertama import (
        angka_kredit_pengangkatan_pertama as angka_kredit_pengangkatan_pertama,
    )
    from birokrasi.karier.pengangkatan_pertama import (
        saldo_awal_pengangkatan_pertama as saldo_awal_pengangkatan_pertama,
    )
    from birokrasi.karier.penyesuaian import (
        TABEL_ANGKA_KREDIT_PENYESUAIAN_2023 as TABEL_ANGKA_KREDIT_PENYESUAIAN_2023,
    )
    from birokrasi.karier.penyesuaian import (
        TabelAngkaKreditPenyesuaian as TabelAngkaKreditPenyesuaian,
    )
    from birokrasi.karier.penyesuaian import (
        angka_kredit_penyesuaian as angka_kredit_penyesuaian,
    )
    from birokrasi.karier.penyesuaian import (
        masa_kerja_penyesuaian as masa_kerja_penyesuaian,
    )
    from birokrasi.karier.penyesuaian import (
        saldo_awal_penyesuaian as saldo_awal_penyesuaian,
    )
    from birokrasi.karier.promosi import (
        angka_kredit_promosi as angka_kredit_promosi,
    )
    from birokrasi.karier.promosi import (
        saldo_awal_promosi as saldo_awal_promosi,
    )
    from birokrasi.karier.proyeksi import (
        ProyeksiKenaikan as ProyeksiKenaikan,
    )
    from birokrasi.karier.proyeksi import (
        proyeksi_kenaikan as proyeksi_kenaikan,
    )
    from birokrasi.karier.saldo import (
        KenaikanJenjang as KenaikanJenjang,
    )
    from birokrasi.karier.saldo import (
        KenaikanPangkat as KenaikanPangkat,
    )
    from birokrasi.karier.saldo import (
        PosisiAngkaKredit as PosisiAngkaKredit,
    )
    from birokrasi.karier.saldo import (
        PrioritasKonversi as PrioritasKonversi,
    )
    from birokrasi.karier.saldo import (
        SaldoAwal as SaldoAwal,
    )
    from birokrasi.karier.saldo import (
        TambahanPendidikan as TambahanPendidikan,
    )
    from birokrasi.karier.saldo import (
        periksa_riwayat_angka_kredit as periksa_riwayat_angka_kredit,
    )
    from birokrasi.karier.saldo import (
        posisi_angka_kredit as posisi_angka_kredit,
    )
    from birokrasi.karier.tabel_ak import (
        MULAI_INTEGRASI as MULAI_INTEGRASI,
    )
    from birokrasi.karier.tabel_ak import (
        TABEL_ANGKA_KREDIT as TABEL_ANGKA_KREDIT,
    )
    from birokrasi.karier.tabel_ak import (
        TABEL_ANGKA_KREDIT_2023 as TABEL_ANGKA_KREDIT_2023,
    )
    from birokrasi.karier.tabel_ak import (
        TabelAngkaKredit as TabelAngkaKredit,
    )
    from birokrasi.karier.tabel_ak import (
        akk_kenaikan_jenjang as akk_kenaikan_jenjang,
    )
    from birokrasi.karier.tabel_ak import (
        akk_kenaikan_pangkat as akk_kenaikan_pangkat,
    )
    from birokrasi.karier.tabel_ak import (
        koefisien_angka_kredit as koefisien_angka_kredit,
    )
    from birokrasi.karier.tabel_ak import (
        tabel_angka_kredit as tabel_angka_kredit,
    )
    from birokrasi.katalog import (
        KATALOG as KATALOG,
    )
    from birokrasi.katalog import (
        aturan as aturan,
    )
    from birokrasi.kinerja.pemantauan.jurnal import (
        HitunganUmpanBalik as HitunganUmpanBalik,
    )
    from birokrasi.kinerja.pemantauan.jurnal import (
        JurnalKinerja as JurnalKinerja,
    )
    from birokrasi.kinerja.pemantauan.jurnal import (
        RingkasanJurnal as RingkasanJurnal,
    )
    from birokrasi.kinerja.pemantauan.jurnal import (
        RingkasanNilai as RingkasanNilai,
    )
    from birokrasi.kinerja.pemantauan.jurnal import (
        RingkasanRHK as RingkasanRHK,
    )
    from birokrasi.kinerja.pemantauan.kewenangan import (
        KEBIJAKAN_PEMANTAUAN_BAKU as KEBIJAKAN_PEMANTAUAN_BAKU,
    )
    from birokrasi.kinerja.pemantauan.kewenangan import (
        KebijakanPemantauan as KebijakanPemantauan,
    )
    from birokrasi.kinerja.pemantauan.kewenangan import (
        PeranPemantauan as PeranPemantauan,
    )
    from birokrasi.kinerja.pemantauan.kewenangan import (
        cocokkan_jurnal as cocokkan_jurnal,
    )
    from birokrasi.kinerja.pemantauan.kewenangan import (
        peran_pemantauan as peran_pemantauan,
    )
    from birokrasi.kinerja.pemantauan.kewenangan import (
        periksa_kewenangan as periksa_kewenangan,
    )
    from birokrasi.kinerja.pemantauan.pemeriksaan import (
        periksa_dokumentasi as periksa_dokumentasi,
    )
    from birokrasi.kinerja.pemantauan.pemeriksaan import (
        periksa_jurnal as periksa_jurnal,
    )
    from birokrasi.kinerja.pemantauan.pemeriksaan import (
        periksa_pemantauan as periksa_pemantauan,
    )
    from birokrasi.kinerja.pemantauan.pemeriksaan import (
        periksa_pembinaan as periksa_pembinaan,
    )
    from birokrasi.kinerja.pemantauan.peristiwa import (
        JENIS_PERISTIWA as JENIS_PERISTIWA,
    )
    from birokrasi.kinerja.pemantauan.peristiwa import (
        BimbinganKinerja as BimbinganKinerja,
    )
    from birokrasi.kinerja.pemantauan.peristiwa import (
        CaraUmpanBalik as CaraUmpanBalik,
    )
    from birokrasi.kinerja.pemantauan.peristiwa import (
        DialogKinerja as DialogKinerja,
    )
    from birokrasi.kinerja.pemantauan.peristiwa import (
        JenisUmpanBalik as JenisUmpanBalik,
    )
    from birokrasi.kinerja.pemantauan.peristiwa import (
        KonselingKinerja as KonselingKinerja,
    )
    from birokrasi.kinerja.pemantauan.peristiwa import (
        Peristiwa as Peristiwa,
    )
    from birokrasi.kinerja.pemantauan.peristiwa import (
        Realisasi as Realisasi,
    )
    from birokrasi.kinerja.pemantauan.peristiwa import (
        SifatUmpanBalik as SifatUmpanBalik,
    )
    from birokrasi.kinerja.pemantauan.peristiwa import (
        TahapDialog as TahapDialog,
    )
    from birokrasi.kinerja.pemantauan.peristiwa import (
        UmpanBalik as UmpanBalik,
    )
    from birokrasi.kinerja.penilaian.batch import (
        hitung_per_unit as hitung_per_unit,
    )
    from birokrasi.kinerja.penilaian.batch import (
        periksa_distribusi_banyak as periksa_distribusi_banyak,
    )
    from birokrasi.kinerja.penilaian.batch import (
        predikat_kolom as predikat_kolom,
    )
    from birokrasi.kinerja.penilaian.capaian import (
        PEMETAAN_RATING_PIMPINAN as PEMETAAN_RATING_PIMPINAN,
    )
    from birokrasi.kinerja.penilaian.capaian import (
        PredikatOrganisasi as PredikatOrganisasi,
    )
    from birokrasi.kinerja.penilaian.capaian import (
        rating_hasil_kerja_pimpinan as rating_hasil_kerja_pimpinan,
    )
    from birokrasi.kinerja.penilaian.distribusi import (
        JenisPelanggaranDistribusi as JenisPelanggaranDistribusi,
    )
    from birokrasi.kinerja.penilaian.distribusi import (
        PelanggaranDistribusi as PelanggaranDistribusi,
    )
    from birokrasi.kinerja.penilaian.distribusi import (
        batas_distribusi as batas_distribusi,
    )
    from birokrasi.kinerja.penilaian.distribusi import (
        kurva_distribusi as kurva_distribusi,
    )
    from birokrasi.kinerja.penilaian.distribusi import (
        periksa_distribusi as periksa_distribusi,
    )
    from birokrasi.kinerja.penilaian.evaluasi import (
        JENIS_PERIODIK_BAKU as JENIS_PERIODIK_BAKU,
    )
    from birokrasi.kinerja.penilaian.evaluasi import (
        JenisEvaluasi as JenisEvaluasi,
    )
    from birokrasi.kinerja.penilaian.evaluasi import (
        PenilaianKinerja as PenilaianKinerja,
    )
    from birokrasi.kinerja.penilaian.evaluasi import (
        evaluasi_kinerja as evaluasi_kinerja,
    )
    from birokrasi.kinerja.penilaian.evaluasi import (
        periksa_penilaian as periksa_penilaian,
    )
    from birokrasi.kinerja.penilaian.kurva import (
        KURVA_DISTRIBUSI as KURVA_DISTRIBUSI,
    )
    from birokrasi.kinerja.penilaian.kurva import (
        KURVA_SE_3_2023 as KURVA_SE_3_2023,
    )
    from birokrasi.kinerja.penilaian.kurva import (
        BatasDistribusi as BatasDistribusi,
    )
    from birokrasi.kinerja.penilaian.kurva import (
        BatasPita as BatasPita,
    )
    from birokrasi.kinerja.penilaian.kurva import (
        KurvaDistribusi as KurvaDistribusi,
    )
    from birokrasi.kinerja.penilaian.kurva import (
        Pembulatan as Pembulatan,
    )
    from birokrasi.kinerja.penilaian.kurva import (
        Pita as Pita,
    )
    from birokrasi.kinerja.penilaian.kurva import (
        SebagianBesar as SebagianBesar,
    )
    from birokrasi.kinerja.penilaian.riwayat import (
        PemilihTahunan as PemilihTahunan,
    )
    from birokrasi.kinerja.penilaian.riwayat import (
        RiwayatPenilaian as RiwayatPenilaian,
    )
    from birokrasi.kinerja.penilaian.riwayat import (
        evaluasi_tahunan as evaluasi_tahunan,
    )
    from birokrasi.kinerja.penilaian.usulan import (
        ArahPerubahan as ArahPerubahan,
    )
    from birokrasi.kinerja.penilaian.usulan import (
        Perubahan as Perubahan,
    )
    from birokrasi.kinerja.penilaian.usulan import (
        UsulanDistribusi as UsulanDistribusi,
    )
    from birokrasi.kinerja.penilaian.usulan import (
        usulkan_distribusi as usulkan_distribusi,
    )
    from birokrasi.kinerja.perencanaan.pemeriksaan import (
        periksa_skp as periksa_skp,
    )
    from birokrasi.kinerja.perencanaan.pemeriksaan import (
        periksa_skp_tahunan as periksa_skp_tahunan,
    )
    from birokrasi.kinerja.perencanaan.perilaku import (
        BERAKHLAK as BERAKHLAK,
    )
    from birokrasi.kinerja.perencanaan.perilaku import (
        EkspektasiKhususPimpinan as EkspektasiKhususPimpinan,
    )
    from birokrasi.kinerja.perencanaan.perilaku import (
        NilaiBerakhlak as NilaiBerakhlak,
    )
    from birokrasi.kinerja.perencanaan.perilaku import (
        PerilakuKerja as PerilakuKerja,
    )
    from birokrasi.kinerja.perencanaan.pohon import (
        PohonKinerja as PohonKinerja,
    )
    from birokrasi.kinerja.perencanaan.pohon import (
        SimpulKinerja as SimpulKinerja,
    )
    from birokrasi.kinerja.perencanaan.pohon import (
        periksa_pohon_kinerja as periksa_pohon_kinerja,
    )
    from birokrasi.kinerja.perencanaan.pohon import (
        pohon_kinerja as pohon_kinerja,
    )
    from birokrasi.kinerja.perencanaan.skp import (
        SKP as SKP,
    )
    from birokrasi.kinerja.perencanaan.skp import (
        Ekspektasi as Ekspektasi,
    )
    from birokrasi.kinerja.perencanaan.skp import (
        JenisHasilKerja as JenisHasilKerja,
    )
    from birokrasi.kinerja.perencanaan.skp import (
        Lampiran as Lampiran,
    )
    from birokrasi.kinerja.perencanaan.skp import (
        Pendekatan as Pendekatan,
    )
    from birokrasi.kinerja.perencanaan.skp import (
        Perspektif as Perspektif,
    )
    from birokrasi.kinerja.perencanaan.skp import (
        RencanaHasilKerja as RencanaHasilKerja,
    )
    from birokrasi.kinerja.perencanaan.skp import (
        RujukanRHK as RujukanRHK,
    )
    from birokrasi.kinerja.perencanaan.skp import (
        StatusSKP as StatusSKP,
    )
    from birokrasi.kinerja.perencanaan.skp import (
        Tandatangan as Tandatangan,
    )
    from birokrasi.kinerja.perencanaan.skp import (
        susun_skp as susun_skp,
    )
    from birokrasi.kinerja.perencanaan.target import (
        Aspek as Aspek,
    )
    from birokrasi.kinerja.perencanaan.target import (
        IndikatorKinerja as IndikatorKinerja,
    )
    from birokrasi.kinerja.perencanaan.target import (
        Target as Target,
    )
    from birokrasi.kinerja.perencanaan.tenggat import (
        TENGGAT_SKP as TENGGAT_SKP,
    )
    from birokrasi.kinerja.perencanaan.tenggat import (
        PelanggaranTenggat as PelanggaranTenggat,
    )
    from birokrasi.kinerja.perencanaan.tenggat import (
        TenggatSKP as TenggatSKP,
    )
    from birokrasi.kinerja.perencanaan.tenggat import (
        batas_penetapan as batas_penetapan,
    )
    from birokrasi.kinerja.predikat import (
        KUADRAN as KUADRAN,
    )
    from birokrasi.kinerja.predikat import (
        PenjelasanPredikat as PenjelasanPredikat,
    )
    from birokrasi.kinerja.predikat import (
        Predikat as Predikat,
    )
    from birokrasi.kinerja.predikat import (
        Rating as Rating,
    )
    from birokrasi.kinerja.predikat import (
        jelaskan_predikat as jelaskan_predikat,
    )
    from birokrasi.kinerja.predikat import (
        pasangan_rating as pasangan_rating,
    )
    from birokrasi.kinerja.predikat import (
        predikat_kinerja as predikat_kinerja,
    )
    from birokrasi.kinerja.predikat import (
        predikat_kinerja_banyak as predikat_kinerja_banyak,
    )
    from birokrasi.kinerja.tindak_lanjut.keberatan import (
        HARI_KEBERATAN as HARI_KEBERATAN,
    )
    from birokrasi.kinerja.tindak_lanjut.keberatan import (
        DaftarKeberatan as DaftarKeberatan,
    )
    from birokrasi.kinerja.tindak_lanjut.keberatan import (
        Keberatan as Keberatan,
    )
    from birokrasi.kinerja.tindak_lanjut.keberatan import (
        PutusanKeberatan as PutusanKeberatan,
    )
    from birokrasi.kinerja.tindak_lanjut.keberatan import (
        ajukan_keberatan as ajukan_keberatan,
    )
    from birokrasi.kinerja.tindak_lanjut.keberatan import (
        batas_keberatan as batas_keberatan,
    )
    from birokrasi.kinerja.tindak_lanjut.keberatan import (
        pemutus_keberatan as pemutus_keberatan,
    )
    from birokrasi.kinerja.tindak_lanjut.keberatan import (
        periksa_daftar_keberatan as periksa_daftar_keberatan,
    )
    from birokrasi.kinerja.tindak_lanjut.keberatan import (
        periksa_keberatan as periksa_keberatan,
    )
    from birokrasi.kinerja.tindak_lanjut.keberatan import (
        putuskan_keberatan as putuskan_keberatan,
    )
    from birokrasi.kinerja.tindak_lanjut.keberatan import (
        terima_keberatan as terima_keberatan,
    )
    from birokrasi.kinerja.tindak_lanjut.keberatan import (
        tolak_keberatan as tolak_keberatan,
    )
    from birokrasi.kinerja.tindak_lanjut.kinerja_rendah import (
        JenisKejadian as JenisKejadian,
    )
    from birokrasi.kinerja.tindak_lanjut.kinerja_rendah import (
        KejadianKinerja as KejadianKinerja,
    )
    from birokrasi.kinerja.tindak_lanjut.kinerja_rendah import (
        StatusKinerjaRendah as StatusKinerjaRendah,
    )
    from birokrasi.kinerja.tindak_lanjut.kinerja_rendah import (
        TahapKinerjaRendah as TahapKinerjaRendah,
    )
    from birokrasi.kinerja.tindak_lanjut.kinerja_rendah import (
        predikat_pemicu as predikat_pemicu,
    )
    from birokrasi.kinerja.tindak_lanjut.kinerja_rendah import (
        status_kinerja_rendah as status_kinerja_rendah,
    )
    from birokrasi.kinerja.tindak_lanjut.penghargaan import (
        KRITERIA_PENGHARGAAN as KRITERIA_PENGHARGAAN,
    )
    from birokrasi.kinerja.tindak_lanjut.penghargaan import (
        KriteriaPenghargaan as KriteriaPenghargaan,
    )
    from birokrasi.kinerja.tindak_lanjut.penghargaan import (
        penghargaan_layak as penghargaan_layak,
    )
    from birokrasi.kompetensi.kebutuhan_tim import (
        CakupanKompetensi as CakupanKompetensi,
    )
    from birokrasi.kompetensi.kebutuhan_tim import (
        KebutuhanKompetensi as KebutuhanKompetensi,
    )
    from birokrasi.kompetensi.kebutuhan_tim import (
        KesenjanganTim as KesenjanganTim,
    )
    from birokrasi.kompetensi.kebutuhan_tim import (
        kesenjangan_tim as kesenjangan_tim,
    )
    from birokrasi.kompetensi.kebutuhan_tim import (
        periksa_kebutuhan_tim as periksa_kebutuhan_tim,
    )
    from birokrasi.kompetensi.kesenjangan import (
        Kesenjangan as Kesenjangan,
    )
    from birokrasi.kompetensi.kesenjangan import (
        KesenjanganPegawai as KesenjanganPegawai,
    )
    from birokrasi.kompetensi.kesenjangan import (
        kesenjangan_pegawai as kesenjangan_pegawai,
    )
    from birokrasi.kompetensi.kesenjangan import (
        periksa_kompetensi as periksa_kompetensi,
    )
    from birokrasi.kompetensi.kesenjangan import (
        rincian_kesenjangan as rincian_kesenjangan,
    )
    from birokrasi.kompetensi.profil import (
        KEBIJAKAN_KOMPETENSI_BAKU as KEBIJAKAN_KOMPETENSI_BAKU,
    )
    from birokrasi.kompetensi.profil import (
        KebijakanKompetensi as KebijakanKompetensi,
    )
    from birokrasi.kompetensi.profil import (
        ProfilKompetensi as ProfilKompetensi,
    )
    from birokrasi.kompetensi.profil import (
        SumberPenilaian as SumberPenilaian,
    )
    from birokrasi.kompetensi.profil import (
        profil_berlaku as profil_berlaku,
    )
    from birokrasi.kompetensi.standar import (
        KelompokKompetensi as KelompokKompetensi,
    )
    from birokrasi.kompetensi.standar import (
        Kompetensi as Kompetensi,
    )
    from birokrasi.kompetensi.standar import (
        KompetensiManajerial as KompetensiManajerial,
    )
    from birokrasi.kompetensi.standar import (
        KompetensiSosialKultural as KompetensiSosialKultural,
    )
    from birokrasi.kompetensi.standar import (
        LevelKompetensi as LevelKompetensi,
    )
    from birokrasi.kompetensi.standar import (
        StandarKompetensi as StandarKompetensi,
    )
    from birokrasi.kompetensi.standar import (
        TingkatKompetensi as TingkatKompetensi,
    )
    from birokrasi.kompetensi.standar import (
        periksa_standar as periksa_standar,
    )
    from birokrasi.kompetensi.usulan import (
        CalonAnggota as CalonAnggota,
    )
    from birokrasi.kompetensi.usulan import (
        CalonDitolak as CalonDitolak,
    )
    from birokrasi.kompetensi.usulan import (
        UsulanAnggotaTim as UsulanAnggotaTim,
    )
    from birokrasi.kompetensi.usulan import (
        usulkan_anggota_tim as usulkan_anggota_tim,
    )
    from birokrasi.penjelasan import (
        Penjelasan as Penjelasan,
    )
    from birokrasi.penjelasan import (
        jelaskan_angka_kredit as jelaskan_angka_kredit,
    )
    from birokrasi.penjelasan import (
        jelaskan_batas_distribusi as jelaskan_batas_distribusi,
    )
    from birokrasi.penjelasan import (
        jelaskan_pejabat_penilai as jelaskan_pejabat_penilai,
    )
    from birokrasi.penjelasan import (
        jelaskan_rating_hasil_kerja_pimpinan as jelaskan_rating_hasil_kerja_pimpinan,
    )
    from birokrasi.periode import (
        JenisPeriode as JenisPeriode,
    )
    from birokrasi.periode import (
        Periode as Periode,
    )
    from birokrasi.periode import (
        periodisasi as periodisasi,
    )
    from birokrasi.pesan import (
        BAHASA as BAHASA,
    )
    from birokrasi.pesan import (
        Pesan as Pesan,
    )
    from birokrasi.pesan import (
        Pilihan as Pilihan,
    )
    from birokrasi.pesan import (
        Templat as Templat,
    )
    from birokrasi.pesan import (
        bahasa_aktif as bahasa_aktif,
    )
    from birokrasi.pesan import (
        pakai_bahasa as pakai_bahasa,
    )
    from birokrasi.pesan import (
        teks_angka as teks_angka,
    )
    from birokrasi.pesan import (
        teks_tanggal as teks_tanggal,
    )
    from birokrasi.sistem_kerja.kewenangan import (
        pastikan_wewenang_tim as pastikan_wewenang_tim,
    )
    from birokrasi.sistem_kerja.matriks import (
        PemberiUmpanBalik as PemberiUmpanBalik,
    )
    from birokrasi.sistem_kerja.matriks import (
        SumberUmpanBalik as SumberUmpanBalik,
    )
    from birokrasi.sistem_kerja.matriks import (
        lingkup_tim as lingkup_tim,
    )
    from birokrasi.sistem_kerja.matriks import (
        membawahi as membawahi,
    )
    from birokrasi.sistem_kerja.matriks import (
        pemberi_umpan_balik as pemberi_umpan_balik,
    )
    from birokrasi.sistem_kerja.matriks import (
        penempatan_anggota as penempatan_anggota,
    )
    from birokrasi.sistem_kerja.pemeriksaan import (
        JENJANG_PEMBERI_TUGAS_BAKU as JENJANG_PEMBERI_TUGAS_BAKU,
    )
    from birokrasi.sistem_kerja.pemeriksaan import (
        KEBIJAKAN_SISTEM_KERJA_BAKU as KEBIJAKAN_SISTEM_KERJA_BAKU,
    )
    from birokrasi.sistem_kerja.pemeriksaan import (
        KebijakanSistemKerja as KebijakanSistemKerja,
    )
    from birokrasi.sistem_kerja.pemeriksaan import (
        periksa_alokasi as periksa_alokasi,
    )
    from birokrasi.sistem_kerja.pemeriksaan import (
        periksa_anggota as periksa_anggota,
    )
    from birokrasi.sistem_kerja.pemeriksaan import (
        periksa_ketua as periksa_ketua,
    )
    from birokrasi.sistem_kerja.pemeriksaan import (
        periksa_penetap as periksa_penetap,
    )
    from birokrasi.sistem_kerja.pemeriksaan import (
        periksa_penugasan as periksa_penugasan,
    )
    from birokrasi.sistem_kerja.pemeriksaan import (
        periksa_sistem_kerja as periksa_sistem_kerja,
    )
    from birokrasi.sistem_kerja.pemeriksaan import (
        periksa_tumpang_tindih as periksa_tumpang_tindih,
    )
    from birokrasi.sistem_kerja.penugasan import (
        AsalPenugasan as AsalPenugasan,
    )
    from birokrasi.sistem_kerja.penugasan import (
        Penugasan as Penugasan,
    )
    from birokrasi.sistem_kerja.penyederhanaan import (
        PerbandinganPenyederhanaan as PerbandinganPenyederhanaan,
    )
    from birokrasi.sistem_kerja.penyederhanaan import (
        RingkasanStruktur as RingkasanStruktur,
    )
    from birokrasi.sistem_kerja.penyederhanaan import (
        StatistikTimKerja as StatistikTimKerja,
    )
    from birokrasi.sistem_kerja.penyederhanaan import (
        bandingkan_penyederhanaan as bandingkan_penyederhanaan,
    )
    from birokrasi.sistem_kerja.penyederhanaan import (
        ringkasan_struktur as ringkasan_struktur,
    )
    from birokrasi.sistem_kerja.penyederhanaan import (
        statistik_tim_kerja as statistik_tim_kerja,
    )
    from birokrasi.sistem_kerja.sistem import (
        SistemKerja as SistemKerja,
    )
    from birokrasi.sistem_kerja.tim_kerja import (
        Keanggotaan as Keanggotaan,
    )
    from birokrasi.sistem_kerja.tim_kerja import (
        LingkupTim as LingkupTim,
    )
    from birokrasi.sistem_kerja.tim_kerja import (
        Peran as Peran,
    )
    from birokrasi.sistem_kerja.tim_kerja import (
        PersetujuanLintasInstansi as PersetujuanLintasInstansi,
    )
    from birokrasi.sistem_kerja.tim_kerja import (
        SuratKeputusan as SuratKeputusan,
    )
    from birokrasi.sistem_kerja.tim_kerja import (
        TimKerja as TimKerja,
    )
    from birokrasi.struktur.eselon import (
        PEMETAAN_PENYETARAAN as PEMETAAN_PENYETARAAN,
    )
    from birokrasi.struktur.eselon import (
        Eselon as Eselon,
    )
    from birokrasi.struktur.eselon import (
        PemetaanPenyetaraan as PemetaanPenyetaraan,
    )
    from birokrasi.struktur.eselon import (
        jenjang_setara as jenjang_setara,
    )
    from birokrasi.struktur.eselon import (
        penyetaraan as penyetaraan,
    )
    from birokrasi.struktur.golongan import (
        GOLONGAN_JF as GOLONGAN_JF,
    )
    from birokrasi.struktur.golongan import (
        Golongan as Golongan,
    )
    from birokrasi.struktur.golongan import (
        periksa_golongan as periksa_golongan,
    )
    from birokrasi.struktur.hierarki import (
        LapisanPegawai as LapisanPegawai,
    )
    from birokrasi.struktur.hierarki import (
        RentangKendali as RentangKendali,
    )
    from birokrasi.struktur.hierarki import (
        kedalaman_unit as kedalaman_unit,
    )
    from birokrasi.struktur.hierarki import (
        lapisan_pegawai as lapisan_pegawai,
    )
    from birokrasi.struktur.hierarki import (
        rantai_terpanjang as rantai_terpanjang,
    )
    from birokrasi.struktur.hierarki import (
        rentang_kendali as rentang_kendali,
    )
    from birokrasi.struktur.jabatan import (
        Jabatan as Jabatan,
    )
    from birokrasi.struktur.jabatan import (
        JenisJabatan as JenisJabatan,
    )
    from birokrasi.struktur.jabatan import (
        Jenjang as Jenjang,
    )
    from birokrasi.struktur.jabatan import (
        KategoriFungsional as KategoriFungsional,
    )
    from birokrasi.struktur.jabatan import (
        KelompokJabatan as KelompokJabatan,
    )
    from birokrasi.struktur.jabatan import (
        KelompokJabatanLama as KelompokJabatanLama,
    )
    from birokrasi.struktur.nip import (
        KODE_PPPK_BAKU as KODE_PPPK_BAKU,
    )
    from birokrasi.struktur.nip import (
        KODE_PPPK_TERAMATI as KODE_PPPK_TERAMATI,
    )
    from birokrasi.struktur.nip import (
        NIP as NIP,
    )
    from birokrasi.struktur.nip import (
        JenisASN as JenisASN,
    )
    from birokrasi.struktur.nip import (
        JenisKelamin as JenisKelamin,
    )
    from birokrasi.struktur.nip import (
        periksa_nip as periksa_nip,
    )
    from birokrasi.struktur.organisasi import (
        Instansi as Instansi,
    )
    from birokrasi.struktur.organisasi import (
        Pejabat as Pejabat,
    )
    from birokrasi.struktur.pemeriksaan import (
        periksa_instansi as periksa_instansi,
    )
    from birokrasi.struktur.perubahan import (
        JabatanDisetarakan as JabatanDisetarakan,
    )
    from birokrasi.struktur.perubahan import (
        PerubahanPenilai as PerubahanPenilai,
    )
    from birokrasi.struktur.perubahan import (
        jabatan_disetarakan as jabatan_disetarakan,
    )
    from birokrasi.struktur.perubahan import (
        periksa_penyetaraan_jabatan as periksa_penyetaraan_jabatan,
    )
    from birokrasi.struktur.perubahan import (
        perubahan_penilai as perubahan_penilai,
    )
    from birokrasi.struktur.potret import (
        PotretPegawai as PotretPegawai,
    )
    from birokrasi.struktur.potret import (
        PotretPejabat as PotretPejabat,
    )
    from birokrasi.struktur.potret import (
        PotretPejabatNegara as PotretPejabatNegara,
    )
    from birokrasi.struktur.potret import (
        potret as potret,
    )
    from birokrasi.struktur.potret import (
        potret_pegawai as potret_pegawai,
    )
    from birokrasi.struktur.potret import (
        potret_pejabat as potret_pejabat,
    )
    from birokrasi.struktur.potret import (
        potret_pejabat_negara as potret_pejabat_negara,
    )
    from birokrasi.struktur.potret import (
        potret_pelaku as potret_pelaku,
    )
    from birokrasi.struktur.potret import (
        potret_penilai as potret_penilai,
    )
    from birokrasi.struktur.unsur import (
        Delegasi as Delegasi,
    )
    from birokrasi.struktur.unsur import (
        Pegawai as Pegawai,
    )
    from birokrasi.struktur.unsur import (
        PejabatLuar as PejabatLuar,
    )
    from birokrasi.struktur.unsur import (
        PejabatNegara as PejabatNegara,
    )
    from birokrasi.struktur.unsur import (
        Penempatan as Penempatan,
    )
    from birokrasi.struktur.unsur import (
        UnitOrganisasi as UnitOrganisasi,
    )
    from birokrasi.tahun_kinerja import (
        BukuAngkaKredit as BukuAngkaKredit,
    )
    from birokrasi.tahun_kinerja import (
        TahunKinerja as TahunKinerja,
    )
    from birokrasi.tahun_kinerja import (
        periksa_tahun_kinerja as periksa_tahun_kinerja,
    )
# --- generated: end

__version__ = "0.1.0"

__all__, _muat, _daftar = pemuat(__name__, globals())
__all__ += ["__version__"]

if not TYPE_CHECKING:
    __getattr__ = _muat
    __dir__ = _daftar
