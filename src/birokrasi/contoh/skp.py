"""The 2025 SKPs of the example agency (:func:`birokrasi.contoh.instansi`), cascaded.

The Kepala Dinas (JPT Pratama) plans from the Perjanjian Kinerja with a perspektif per row;
the Sekretaris, the Kasubbag, JF staff and a Sandiman (rated by the Sekretaris under a
delegation) intervene the RHKs above them. Rina Marlina is promoted to Kasubbag on 1 August
2025, so she has two SKPs that year; one Pranata Humas uses the qualitative approach. Two
findings are left in on purpose: one SKP is set five days late and one of the Kepala Dinas's
RHKs has no contributor. Everything is fictional.

A regency's JPT Pratama is rated by the Kepala Daerah (PermenPANRB 8/2021 Lampiran E.3), who
has no NIP; the example lets a (fictional) Sekretaris Daerah act for the Bupati.

>>> daftar = skp()
>>> len(daftar), sorted({s.status.label for s in daftar})
(9, ['Ditetapkan'])
"""

from __future__ import annotations

import datetime as dt

from birokrasi.contoh import struktur as contoh
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
from birokrasi.struktur.jabatan import Jabatan, Jenjang
from birokrasi.struktur.organisasi import Instansi
from birokrasi.struktur.potret import PotretPegawai

__all__ = ["TAHUN", "bagian_skp", "penilai_kepala_dinas", "skp"]

TAHUN = 2025
_TAHUNAN = Periode.tahun(TAHUN)

_KEPALA_DINAS = "197203141998031003"
_SEKRETARIS = "197709222002122004"
_KASUBBAG_LAMA = "196804151993031002"
_RINA = "198511032010012007"
_DEWI = "198302252008012011"
_YUSUF = "198406182009031004"
_LILIS = "197105121997032005"
_SANDIMAN = "199710102020121003"

_K, _W, _KL = Aspek.KUANTITAS, Aspek.WAKTU, Aspek.KUALITAS


def penilai_kepala_dinas() -> PotretPegawai:
    """The (fictional) Sekretaris Daerah who sets the Kepala Dinas's SKP for the Bupati."""
    return PotretPegawai(
        "196905121994031005",
        "Dr. H. Suharto, M.Si.",
        Jabatan("Sekretaris Daerah Kabupaten Contoh", Jenjang.JPT_MADYA),
        "PEMKAB.CONTOH",
        dt.date(TAHUN, 1, 2),
    )


def _rhk(
    kode: str, uraian: str, *indikator: IndikatorKinerja, atas: str | None = None, **kw: object
) -> RencanaHasilKerja:
    intervensi = None if atas is None else RujukanRHK(*atas.split("/"))
    return RencanaHasilKerja(kode, uraian, indikator, intervensi=intervensi, **kw)  # type: ignore[arg-type]


def _i(uraian: str, target: Target, aspek: Aspek | None = None) -> IndikatorKinerja:
    return IndikatorKinerja(uraian, target, aspek=aspek)


def _tetapkan(
    org: Instansi,
    kode: str,
    nip: str,
    periode: Periode,
    rhk: list[RencanaHasilKerja],
    setuju: dt.date,
    tetap: dt.date,
    *,
    pendekatan: Pendekatan = Pendekatan.KUANTITATIF,
    penilai: PotretPegawai | None = None,
    perilaku: PerilakuKerja | None = None,
    lampiran: Lampiran | None = None,
) -> SKP:
    draft = susun_skp(
        org,
        kode,
        nip,
        periode,
        pendekatan,
        rhk,
        tanggal=periode.mulai + dt.timedelta(days=1),
        penilai=penilai,
        perilaku=perilaku,
        lampiran=lampiran,
    )
    return draft.setujui(nip, setuju).tetapkan(org, draft.penilai.nip, tetap)


def _kepala_dinas(org: Instansi) -> SKP:
    pl, pb, pi = (
        Perspektif.PENERIMA_LAYANAN,
        Perspektif.PROSES_BISNIS,
        Perspektif.PENGUATAN_INTERNAL,
    )
    rhk = [
        _rhk(
            "RHK-1",
            "Meningkatnya kualitas layanan publik berbasis elektronik",
            _i("Indeks SPBE Kabupaten", Target.angka("3.5", "indeks")),
            perjanjian_kinerja="PK 2025 Sasaran 1: Indeks SPBE",
            perspektif=pl,
        ),
        _rhk(
            "RHK-2",
            "Meningkatnya keterbukaan informasi publik",
            _i("Persentase informasi publik yang dipublikasikan", Target.angka(90, "%")),
            perjanjian_kinerja="PK 2025 Sasaran 2: Keterbukaan informasi",
            perspektif=pl,
        ),
        _rhk(
            "RHK-3",
            "Meningkatnya kualitas data statistik sektoral",
            _i("Persentase data sektoral yang memenuhi prinsip Satu Data", Target.angka(85, "%")),
            perjanjian_kinerja="PK 2025 Sasaran 3: Statistik sektoral",
            perspektif=pb,
        ),
        _rhk(
            "RHK-4",
            "Terwujudnya akuntabilitas kinerja dan keuangan dinas",
            _i("Nilai SAKIP dinas", Target.rentang(70, 80, "nilai")),
            perjanjian_kinerja="PK 2025 Sasaran 4: Akuntabilitas",
            perspektif=pi,
        ),
        _rhk(
            "RHK-T1",
            "Terlaksananya inisiatif strategis Satu Data Kabupaten (penugasan dari Bupati)",
            _i("Portal Satu Data Kabupaten beroperasi", Target.angka(1, "portal")),
            jenis=JenisHasilKerja.TAMBAHAN,
            perspektif=pb,
        ),
    ]
    perilaku = PerilakuKerja(
        [
            EkspektasiKhususPimpinan(
                NilaiBerakhlak.BERORIENTASI_PELAYANAN, "Memimpin percepatan layanan digital"
            ),
            EkspektasiKhususPimpinan(
                NilaiBerakhlak.KOLABORATIF, "Menggerakkan kolaborasi lintas perangkat daerah"
            ),
        ]
    )
    lampiran = Lampiran(
        ["Anggaran DPA Diskominfo 2025", "Pusat data dan jaringan intra pemerintah"],
        ["Laporan kinerja triwulanan kepada Bupati"],
        ["Predikat kinerja menjadi dasar pembayaran tunjangan kinerja"],
    )
    return _tetapkan(
        org,
        "SKP-2025-KADIS",
        _KEPALA_DINAS,
        _TAHUNAN,
        rhk,
        dt.date(TAHUN, 1, 15),
        dt.date(TAHUN, 1, 20),
        penilai=penilai_kepala_dinas(),
        perilaku=perilaku,
        lampiran=lampiran,
    )


def skp() -> tuple[SKP, ...]:
    """The example agency's 2025 SKPs, all ditetapkan (see the module docstring)."""
    org = contoh.instansi()
    hari = dt.date
    kadis = _kepala_dinas(org)
    sekretaris = _tetapkan(
        org,
        "SKP-2025-SEKRETARIS",
        _SEKRETARIS,
        _TAHUNAN,
        [
            _rhk(
                "RHK-1",
                "Tersusunnya dokumen perencanaan dan laporan kinerja dinas tepat waktu",
                _i("Dokumen Renja, PK, LKjIP dan laporan triwulanan", Target.angka(7, "dok"), _K),
                _i("Disampaikan paling lambat", Target.angka(12, "bulan"), _W),
                atas="SKP-2025-KADIS/RHK-4",
                ekspektasi=Ekspektasi("Dokumen selaras dengan Renstra dan tepat waktu"),
            ),
            _rhk(
                "RHK-2",
                "Terkelolanya keamanan informasi internal dinas",
                _i("Insiden keamanan informasi yang ditangani", Target.angka(100, "%"), _KL),
                atas="SKP-2025-KADIS/RHK-4",
            ),
        ],
        hari(TAHUN, 1, 21),
        hari(TAHUN, 1, 24),
    )
    kasubbag = _tetapkan(
        org,
        "SKP-2025-KASUBBAG-1",
        _KASUBBAG_LAMA,
        Periode(hari(TAHUN, 1, 1), hari(TAHUN, 3, 31)),
        [
            _rhk(
                "RHK-1",
                "Terlaksananya administrasi kepegawaian dinas",
                _i("Usulan layanan kepegawaian diproses", Target.angka(60, "usulan"), _K),
                atas="SKP-2025-SEKRETARIS/RHK-1",
            )
        ],
        hari(TAHUN, 1, 23),
        hari(TAHUN, 1, 27),
    )
    rina_1 = _tetapkan(
        org,
        "SKP-2025-RINA-1",
        _RINA,
        Periode(hari(TAHUN, 1, 1), hari(TAHUN, 7, 31)),
        [
            _rhk(
                "RHK-1",
                "Tersusunnya analisis kebutuhan dan rencana pengembangan kompetensi pegawai",
                _i(
                    "Dokumen analisis kebutuhan pengembangan kompetensi", Target.angka(1, "dok"), _K
                ),
                atas="SKP-2025-KASUBBAG-1/RHK-1",
            )
        ],
        hari(TAHUN, 1, 27),
        hari(TAHUN, 1, 28),
    )
    rina_2 = _tetapkan(
        org,
        "SKP-2025-RINA-2",
        _RINA,
        Periode(hari(TAHUN, 8, 1), hari(TAHUN, 12, 31)),
        [
            _rhk(
                "RHK-1",
                "Terlaksananya layanan umum dan kepegawaian dinas",
                _i("Layanan kepegawaian selesai sesuai standar", Target.rentang(90, 100, "%"), _KL),
                atas="SKP-2025-SEKRETARIS/RHK-1",
            )
        ],
        hari(TAHUN, 8, 14),
        hari(TAHUN, 8, 20),
    )
    prakom = [
        _tetapkan(
            org,
            f"SKP-2025-PRAKOM-{nama}",
            nip,
            _TAHUNAN,
            [
                _rhk(
                    "RHK-1",
                    uraian,
                    _i(indikator, Target.angka(jumlah, "aplikasi"), _K),
                    atas="SKP-2025-KADIS/RHK-1",
                    tim_kerja="TIM-SPBE",
                )
            ],
            hari(TAHUN, 1, 27),
            tetap,
        )
        for nama, nip, uraian, indikator, jumlah, tetap in (
            (
                "DEWI",
                _DEWI,
                "Terintegrasinya aplikasi layanan publik ke portal pelayanan",
                "Aplikasi layanan terintegrasi",
                6,
                hari(TAHUN, 1, 30),
            ),
            (
                "YUSUF",
                _YUSUF,
                "Tersedianya infrastruktur jaringan intra pemerintah yang andal",
                "Aplikasi dipindahkan ke pusat data",
                4,
                hari(TAHUN, 2, 5),
            ),
        )
    ]
    humas = _tetapkan(
        org,
        "SKP-2025-HUMAS-LILIS",
        _LILIS,
        _TAHUNAN,
        [
            _rhk(
                "RHK-1",
                "Terkelolanya strategi komunikasi publik pemerintah kabupaten",
                _i(
                    "Kualitas strategi komunikasi",
                    Target.kualitatif(
                        "Strategi komunikasi tahunan disetujui pimpinan dan menjadi acuan "
                        "seluruh perangkat daerah"
                    ),
                ),
                atas="SKP-2025-KADIS/RHK-2",
                penugasan="PENUGASAN-2025-017",
            )
        ],
        hari(TAHUN, 1, 24),
        hari(TAHUN, 1, 29),
        pendekatan=Pendekatan.KUALITATIF,
    )
    sandiman = _tetapkan(
        org,
        "SKP-2025-SANDIMAN",
        _SANDIMAN,
        _TAHUNAN,
        [
            _rhk(
                "RHK-1",
                "Terlaksananya pengamanan persandian informasi dinas",
                _i("Sertifikat elektronik pejabat diterbitkan", Target.angka(40, "sertifikat"), _K),
                atas="SKP-2025-SEKRETARIS/RHK-2",
            )
        ],
        hari(TAHUN, 1, 20),
        hari(TAHUN, 1, 22),
    )
    return (kadis, sekretaris, kasubbag, rina_1, rina_2, *prakom, humas, sandiman)


def bagian_skp() -> list[str]:
    """Demo lines: the pohon kinerja of the agency's 2025 SKPs and every check's findings."""
    org = contoh.instansi()
    daftar = skp()
    keluar = [f"Perencanaan kinerja {TAHUN}: {len(daftar)} SKP, pohon kinerja:"]
    keluar += [f"  {baris}" for baris in pohon_kinerja(daftar).baris()]
    temuan = [
        *(
            p
            for s in daftar
            for p in periksa_skp(s, skp_lain=daftar, instansi=org, tanggal=contoh.TANGGAL_DEMO)
        ),
        *periksa_pohon_kinerja(daftar),
        *(
            p
            for nip in sorted({s.pegawai.nip for s in daftar})
            for p in periksa_skp_tahunan(org, nip, TAHUN, daftar)
        ),
    ]
    keluar.append(f"Pemeriksaan: {len(temuan)} temuan")
    keluar += [f"  {p}" for p in temuan]
    return keluar
