"""The example agency's 2025 SKPs (:func:`birokrasi.contoh.instansi`), cascaded.

*Part of the year:* January 2025, perencanaan kinerja (and August, when a promotion needs a new
SKP). The Kepala Dinas (JPT Pratama) plans from the Perjanjian Kinerja with a perspektif per row;
the Sekretaris, the Kasubbag, JF staff and the Sandiman (rated by the Sekretaris under a
delegation) each intervene an RHK of their leader. Rina Marlina is promoted to Kasubbag on 1
August 2025, so she has two SKPs that year; one Pranata Humas uses the qualitative approach.
Each SKP is drafted, agreed by the pegawai and set by the penilai on the dates its row gives.

*Rules it illustrates:* a JA/JF RHK names the leader's RHK it intervenes (KIN-SKP-04/05) and
the links form the pohon kinerja (KIN-POHON-01..03); a JPT's RHK carries a perspektif and its
Perjanjian Kinerja line (KIN-SKP-06/07); the pegawai agrees before the penilai sets the SKP
(KIN-SKP-09/10), by the deadline (KIN-SKP-08); a promotion starts a new SKP (KIN-SKP-11..13).
Two findings are left in on purpose: Yusuf's SKP is set five days late and one of the Kepala
Dinas's RHKs has no contributor. Everything is fictional.

The Kepala Dinas (JPT Pratama) reports to the Bupati through the Sekretaris Daerah; the
example declares the Sekda as the Kepala Dinas's penilai and the Bupati, a pejabat negara
without a NIP, above the Sekda (STR-ATASAN-02; see :data:`birokrasi.contoh.struktur.BUPATI`).

>>> daftar = skp()
>>> len(daftar), sorted({satu.status.label for satu in daftar})
(9, ['Ditetapkan'])
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from birokrasi.contoh import struktur as contoh
from birokrasi.contoh.struktur import (
    ARIEF,
    DEWI,
    KASUBBAG_LAMA,
    KEPALA_DINAS,
    LILIS,
    RINA,
    SEKRETARIS,
    SEKRETARIS_DAERAH,
    YUSUF,
    instansi,
)
from birokrasi.kinerja.perencanaan.pemeriksaan import periksa_skp, periksa_skp_tahunan
from birokrasi.kinerja.perencanaan.perilaku import (
    EkspektasiKhususPimpinan,
    NilaiBerakhlak,
    PerilakuKerja,
)
from birokrasi.kinerja.perencanaan.pohon import periksa_pohon_kinerja, pohon_kinerja
from birokrasi.kinerja.perencanaan.skp import (
    SKP,
    Aspek,
    Ekspektasi,
    IndikatorKinerja,
    JenisHasilKerja,
    Lampiran,
    Pendekatan,
    Perspektif,
    RencanaHasilKerja,
    RujukanRHK,
    Target,
    susun_skp,
)
from birokrasi.periode import Periode
from birokrasi.pesan import pembuat_templat
from birokrasi.struktur.organisasi import Instansi
from birokrasi.struktur.potret import PotretPegawai, potret_pejabat

__all__ = ["TAHUN", "bagian_skp", "penilai_kepala_dinas", "skp"]

TAHUN = 2025
_SETAHUN = Periode.tahun(TAHUN)


def penilai_kepala_dinas() -> PotretPegawai:
    """The (fictional) Sekretaris Daerah, declared above the Dinas, who sets the Kepala
    Dinas's SKP (STR-ATASAN-02): a snapshot on the day it was drafted."""
    return potret_pejabat(instansi(), SEKRETARIS_DAERAH.nip, dt.date(TAHUN, 1, 2))


class _RencanaSKP(NamedTuple):
    """An SKP as the agency records it: whose, for which period, its RHKs and the days it was
    drafted, agreed by the pegawai and set by the penilai (for the Kepala Dinas, the Sekretaris
    Daerah declared above the Dinas)."""

    kode: str
    nip: str
    periode: Periode
    hasil_kerja: tuple[RencanaHasilKerja, ...]
    disusun: dt.date
    disetujui: dt.date
    ditetapkan: dt.date
    pendekatan: Pendekatan = Pendekatan.KUANTITATIF
    perilaku: PerilakuKerja | None = None
    lampiran: Lampiran | None = None


_SKP_KEPALA_DINAS = _RencanaSKP(
    kode="SKP-2025-KADIS",
    nip=KEPALA_DINAS,
    periode=_SETAHUN,
    hasil_kerja=(
        RencanaHasilKerja(
            "RHK-1",
            "Meningkatnya kualitas layanan publik berbasis elektronik",
            (IndikatorKinerja("Indeks SPBE Kabupaten", Target.angka("3.5", "indeks")),),
            perjanjian_kinerja="PK 2025 Sasaran 1: Indeks SPBE",
            perspektif=Perspektif.PENERIMA_LAYANAN,
        ),
        RencanaHasilKerja(
            "RHK-2",
            "Meningkatnya keterbukaan informasi publik",
            (
                IndikatorKinerja(
                    "Persentase informasi publik yang dipublikasikan", Target.angka(90, "%")
                ),
            ),
            perjanjian_kinerja="PK 2025 Sasaran 2: Keterbukaan informasi",
            perspektif=Perspektif.PENERIMA_LAYANAN,
        ),
        RencanaHasilKerja(
            "RHK-3",
            "Meningkatnya kualitas data statistik sektoral",
            (
                IndikatorKinerja(
                    "Persentase data sektoral yang memenuhi prinsip Satu Data",
                    Target.angka(85, "%"),
                ),
            ),
            perjanjian_kinerja="PK 2025 Sasaran 3: Statistik sektoral",
            perspektif=Perspektif.PROSES_BISNIS,
        ),
        RencanaHasilKerja(
            "RHK-4",
            "Terwujudnya akuntabilitas kinerja dan keuangan dinas",
            (IndikatorKinerja("Nilai SAKIP dinas", Target.rentang(70, 80, "nilai")),),
            perjanjian_kinerja="PK 2025 Sasaran 4: Akuntabilitas",
            perspektif=Perspektif.PENGUATAN_INTERNAL,
        ),
        RencanaHasilKerja(
            "RHK-T1",
            "Terlaksananya inisiatif strategis Satu Data Kabupaten (penugasan dari Bupati)",
            (IndikatorKinerja("Portal Satu Data Kabupaten beroperasi", Target.angka(1, "portal")),),
            jenis=JenisHasilKerja.TAMBAHAN,
            perspektif=Perspektif.PROSES_BISNIS,
        ),
    ),
    disusun=dt.date(2025, 1, 2),
    disetujui=dt.date(2025, 1, 15),
    ditetapkan=dt.date(2025, 1, 20),
    perilaku=PerilakuKerja(
        (
            EkspektasiKhususPimpinan(
                NilaiBerakhlak.BERORIENTASI_PELAYANAN, "Memimpin percepatan layanan digital"
            ),
            EkspektasiKhususPimpinan(
                NilaiBerakhlak.KOLABORATIF, "Menggerakkan kolaborasi lintas perangkat daerah"
            ),
        )
    ),
    lampiran=Lampiran(
        dukungan_sumber_daya=(
            "Anggaran DPA Diskominfo 2025",
            "Pusat data dan jaringan intra pemerintah",
        ),
        skema_pertanggungjawaban=("Laporan kinerja triwulanan kepada Bupati",),
        konsekuensi=("Predikat kinerja menjadi dasar pembayaran tunjangan kinerja",),
    ),
)

_SKP_SEKRETARIS = _RencanaSKP(
    kode="SKP-2025-SEKRETARIS",
    nip=SEKRETARIS,
    periode=_SETAHUN,
    hasil_kerja=(
        RencanaHasilKerja(
            "RHK-1",
            "Tersusunnya dokumen perencanaan dan laporan kinerja dinas tepat waktu",
            (
                IndikatorKinerja(
                    "Dokumen Renja, PK, LKjIP dan laporan triwulanan",
                    Target.angka(7, "dok"),
                    aspek=Aspek.KUANTITAS,
                ),
                IndikatorKinerja(
                    "Disampaikan paling lambat", Target.angka(12, "bulan"), aspek=Aspek.WAKTU
                ),
            ),
            intervensi=RujukanRHK("SKP-2025-KADIS", "RHK-4"),
            ekspektasi=Ekspektasi("Dokumen selaras dengan Renstra dan tepat waktu"),
        ),
        RencanaHasilKerja(
            "RHK-2",
            "Terkelolanya keamanan informasi internal dinas",
            (
                IndikatorKinerja(
                    "Insiden keamanan informasi yang ditangani",
                    Target.angka(100, "%"),
                    aspek=Aspek.KUALITAS,
                ),
            ),
            intervensi=RujukanRHK("SKP-2025-KADIS", "RHK-4"),
        ),
    ),
    disusun=dt.date(2025, 1, 2),
    disetujui=dt.date(2025, 1, 21),
    ditetapkan=dt.date(2025, 1, 24),
)

_SKP_KASUBBAG_LAMA = _RencanaSKP(
    kode="SKP-2025-KASUBBAG-1",
    nip=KASUBBAG_LAMA,
    periode=Periode(dt.date(2025, 1, 1), dt.date(2025, 3, 31)),
    hasil_kerja=(
        RencanaHasilKerja(
            "RHK-1",
            "Terlaksananya administrasi kepegawaian dinas",
            (
                IndikatorKinerja(
                    "Usulan layanan kepegawaian diproses",
                    Target.angka(60, "usulan"),
                    aspek=Aspek.KUANTITAS,
                ),
            ),
            intervensi=RujukanRHK("SKP-2025-SEKRETARIS", "RHK-1"),
        ),
    ),
    disusun=dt.date(2025, 1, 2),
    disetujui=dt.date(2025, 1, 23),
    ditetapkan=dt.date(2025, 1, 27),
)

_SKP_RINA_ANALIS_SDM = _RencanaSKP(
    kode="SKP-2025-RINA-1",
    nip=RINA,
    periode=Periode(dt.date(2025, 1, 1), dt.date(2025, 7, 31)),
    hasil_kerja=(
        RencanaHasilKerja(
            "RHK-1",
            "Tersusunnya analisis kebutuhan dan rencana pengembangan kompetensi pegawai",
            (
                IndikatorKinerja(
                    "Dokumen analisis kebutuhan pengembangan kompetensi",
                    Target.angka(1, "dok"),
                    aspek=Aspek.KUANTITAS,
                ),
            ),
            intervensi=RujukanRHK("SKP-2025-KASUBBAG-1", "RHK-1"),
        ),
    ),
    disusun=dt.date(2025, 1, 2),
    disetujui=dt.date(2025, 1, 27),
    ditetapkan=dt.date(2025, 1, 28),
)

_SKP_RINA_KASUBBAG = _RencanaSKP(
    kode="SKP-2025-RINA-2",
    nip=RINA,
    periode=Periode(dt.date(2025, 8, 1), dt.date(2025, 12, 31)),
    hasil_kerja=(
        RencanaHasilKerja(
            "RHK-1",
            "Terlaksananya layanan umum dan kepegawaian dinas",
            (
                IndikatorKinerja(
                    "Layanan kepegawaian selesai sesuai standar",
                    Target.rentang(90, 100, "%"),
                    aspek=Aspek.KUALITAS,
                ),
            ),
            intervensi=RujukanRHK("SKP-2025-SEKRETARIS", "RHK-1"),
        ),
    ),
    disusun=dt.date(2025, 8, 2),
    disetujui=dt.date(2025, 8, 14),
    ditetapkan=dt.date(2025, 8, 20),
)

_SKP_DEWI = _RencanaSKP(
    kode="SKP-2025-PRAKOM-DEWI",
    nip=DEWI,
    periode=_SETAHUN,
    hasil_kerja=(
        RencanaHasilKerja(
            "RHK-1",
            "Terintegrasinya aplikasi layanan publik ke portal pelayanan",
            (
                IndikatorKinerja(
                    "Aplikasi layanan terintegrasi",
                    Target.angka(6, "aplikasi"),
                    aspek=Aspek.KUANTITAS,
                ),
            ),
            intervensi=RujukanRHK("SKP-2025-KADIS", "RHK-1"),
            tim_kerja="TIM-SPBE",
        ),
    ),
    disusun=dt.date(2025, 1, 2),
    disetujui=dt.date(2025, 1, 27),
    ditetapkan=dt.date(2025, 1, 30),
)

_SKP_YUSUF = _RencanaSKP(
    kode="SKP-2025-PRAKOM-YUSUF",
    nip=YUSUF,
    periode=_SETAHUN,
    hasil_kerja=(
        RencanaHasilKerja(
            "RHK-1",
            "Tersedianya infrastruktur jaringan intra pemerintah yang andal",
            (
                IndikatorKinerja(
                    "Aplikasi dipindahkan ke pusat data",
                    Target.angka(4, "aplikasi"),
                    aspek=Aspek.KUANTITAS,
                ),
            ),
            intervensi=RujukanRHK("SKP-2025-KADIS", "RHK-1"),
            tim_kerja="TIM-SPBE",
        ),
    ),
    disusun=dt.date(2025, 1, 2),
    disetujui=dt.date(2025, 1, 27),
    ditetapkan=dt.date(2025, 2, 5),
)

_SKP_LILIS = _RencanaSKP(
    kode="SKP-2025-HUMAS-LILIS",
    nip=LILIS,
    periode=_SETAHUN,
    hasil_kerja=(
        RencanaHasilKerja(
            "RHK-1",
            "Terkelolanya strategi komunikasi publik pemerintah kabupaten",
            (
                IndikatorKinerja(
                    "Kualitas strategi komunikasi",
                    Target.kualitatif(
                        "Strategi komunikasi tahunan disetujui pimpinan dan menjadi acuan "
                        "seluruh perangkat daerah"
                    ),
                ),
            ),
            intervensi=RujukanRHK("SKP-2025-KADIS", "RHK-2"),
            penugasan="PENUGASAN-2025-017",
        ),
    ),
    disusun=dt.date(2025, 1, 2),
    disetujui=dt.date(2025, 1, 24),
    ditetapkan=dt.date(2025, 1, 29),
    pendekatan=Pendekatan.KUALITATIF,
)

_SKP_SANDIMAN = _RencanaSKP(
    kode="SKP-2025-SANDIMAN",
    nip=ARIEF,
    periode=_SETAHUN,
    hasil_kerja=(
        RencanaHasilKerja(
            "RHK-1",
            "Terlaksananya pengamanan persandian informasi dinas",
            (
                IndikatorKinerja(
                    "Sertifikat elektronik pejabat diterbitkan",
                    Target.angka(40, "sertifikat"),
                    aspek=Aspek.KUANTITAS,
                ),
            ),
            intervensi=RujukanRHK("SKP-2025-SEKRETARIS", "RHK-2"),
        ),
    ),
    disusun=dt.date(2025, 1, 2),
    disetujui=dt.date(2025, 1, 20),
    ditetapkan=dt.date(2025, 1, 22),
)

_RENCANA_SKP = (
    _SKP_KEPALA_DINAS,
    _SKP_SEKRETARIS,
    _SKP_KASUBBAG_LAMA,
    _SKP_RINA_ANALIS_SDM,
    _SKP_RINA_KASUBBAG,
    _SKP_DEWI,
    _SKP_YUSUF,
    _SKP_LILIS,
    _SKP_SANDIMAN,
)


def _tetapkan(org: Instansi, rencana: _RencanaSKP) -> SKP:
    """The SKP drafted on its ``disusun`` day (snapshotting the pegawai and the penilai then),
    agreed by the pegawai and set by the penilai (KIN-SKP-09/10)."""
    draft = susun_skp(
        org,
        rencana.kode,
        rencana.nip,
        rencana.periode,
        rencana.pendekatan,
        rencana.hasil_kerja,
        tanggal=rencana.disusun,
        perilaku=rencana.perilaku,
        lampiran=rencana.lampiran,
    )
    disetujui = draft.setujui(rencana.nip, rencana.disetujui)
    return disetujui.tetapkan(org, draft.penilai.pengenal, rencana.ditetapkan)


def skp() -> tuple[SKP, ...]:
    """The example agency's 2025 SKPs, all ditetapkan (see the module docstring)."""
    org = contoh.instansi()
    return tuple(_tetapkan(org, rencana) for rencana in _RENCANA_SKP)


def bagian_skp() -> list[str]:
    """Demo lines: the pohon kinerja of the agency's 2025 SKPs and every check's findings, in
    the language of the context.

    >>> bagian_skp()[0]
    'Perencanaan kinerja 2025: 9 SKP, pohon kinerja:'
    """
    org = contoh.instansi()
    daftar = skp()
    keluar = [str(_JUDUL(tahun=TAHUN, jumlah=len(daftar)))]
    keluar += [f"  {baris}" for baris in pohon_kinerja(daftar).baris()]
    temuan = [
        *(
            pelanggaran
            for satu in daftar
            for pelanggaran in periksa_skp(
                satu, skp_lain=daftar, instansi=org, tanggal=contoh.TANGGAL_DEMO
            )
        ),
        *periksa_pohon_kinerja(daftar),
        *(
            pelanggaran
            for nip in sorted({satu.pegawai.nip for satu in daftar})
            for pelanggaran in periksa_skp_tahunan(org, nip, TAHUN, daftar)
        ),
    ]
    keluar.append(str(_PEMERIKSAAN(jumlah=len(temuan))))
    keluar += [f"  {pelanggaran}" for pelanggaran in temuan]
    return keluar


_t = pembuat_templat(__name__)
_JUDUL = _t("DEMO-SKP/judul", "Performance planning {tahun}: {jumlah} SKP, pohon kinerja:")
_PEMERIKSAAN = _t("DEMO-SKP/pemeriksaan", "Checks: {jumlah} finding(s)")
