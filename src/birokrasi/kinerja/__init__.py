"""Performance management, in the order of PermenPANRB 6/2022 Pasal 5: the shared vocabulary
(:mod:`.predikat`: ratings, predikat, the kuadran kinerja), then the four stages of
pengelolaan kinerja: :mod:`.perencanaan` (SKP, targets, BerAKHLAK, pohon kinerja, deadlines),
:mod:`.pemantauan` (the journal of feedback, dialogues and pembinaan, and who may write it),
:mod:`.penilaian` (evaluations and their record, predikat organisasi, the kurva distribusi of
SE MenPANRB 3/2023) and :mod:`.tindak_lanjut` (penghargaan, kinerja rendah, keberatan).
The package offers the public names of its modules lazily (see :mod:`birokrasi._publik`).
"""

from typing import TYPE_CHECKING

from birokrasi._publik import pemuat

# The static face for type checkers, generated from birokrasi._publik.TABEL:
# `python tests/test_publik.py` rewrites it, and tests/test_publik.py fails when it drifts.
# --- generated: begin
if TYPE_CHECKING:
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
# --- generated: end

__all__, _muat, _daftar = pemuat(__name__, globals())

if not TYPE_CHECKING:
    __getattr__ = _muat
    __dir__ = _daftar
