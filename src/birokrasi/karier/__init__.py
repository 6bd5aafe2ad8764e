"""What performance means for a JF career (PermenPANRB 1/2023, Peraturan BKN 3/2023): the
dated angka kredit table (:mod:`.tabel_ak`: koefisien, AKK), the konversi of predikat kinerja
into angka kredit (:mod:`.konversi`), its ledger (:mod:`.saldo`) and where it starts (on
appointment, :mod:`.pengangkatan`, :mod:`.pengangkatan_pertama`, :mod:`.penyesuaian` and
:mod:`.promosi`; from the former rules, :mod:`.integrasi`), the kenaikan
pangkat and jenjang checks (:mod:`.kenaikan`) and a projection (:mod:`.proyeksi`). The package
offers the public names of its modules lazily (see :mod:`birokrasi._publik`).
"""

from typing import TYPE_CHECKING

from birokrasi._publik import pemuat

# The static face for type checkers, generated from birokrasi._publik.TABEL:
# `python tests/test_publik.py` rewrites it, and tests/test_publik.py fails when it drifts.
# --- generated: begin
if TYPE_CHECKING:
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
# --- generated: end

__all__, _muat, _daftar = pemuat(__name__, globals())

if not TYPE_CHECKING:
    __getattr__ = _muat
    __dir__ = _daftar
