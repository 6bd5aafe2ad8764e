"""Career follow-up in the example agency (:func:`birokrasi.contoh.instansi`): the angka kredit
ledger and projection of one Pranata Komputer Ahli Pertama, and two keberatan over 2025
annual evaluations decided by the penilai's superior, one of them by the Bupati.

*Part of the year:* after it, 31 December 2025 to January 2026. Putri Ayu Lestari's predikat
since 2023 become angka kredit; she is told what is missing for her next pangkat and jenjang
and when she reaches them if every month is Baik. Sri Wahyuni objects to her 2025 evaluation
and the Sekretaris decides the objection; the Kepala Dinas objects to his, which the Sekda
gave, and the Bupati, a pejabat negara without a NIP, rejects it.

*Rules it illustrates:* each predikat earns a share of the jenjang's annual coefficient, kept
exact (KAR-AK-01..04) against the cumulative thresholds (KAR-AK-05, KAR-KP-01, KAR-KJ-01); an
objection is filed within 14 days with the penilai's superior, who decides once and whose
acceptance supersedes the evaluation, the old one staying on record (KIN-KEBERATAN-01/02,
KIN-EVAL-06); above the root unit the declared officials decide (STR-ATASAN-02). Everything
is fictional.

>>> posisi().angka_kredit_jenjang
Fraction(725, 16)
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from birokrasi.contoh import struktur as contoh
from birokrasi.contoh.penilaian import penilaian_tahunan
from birokrasi.contoh.struktur import PUTRI
from birokrasi.karier.kenaikan import periksa_kenaikan_jenjang, periksa_kenaikan_pangkat
from birokrasi.karier.konversi import HasilKinerja, bulatkan_angka_kredit
from birokrasi.karier.proyeksi import ProyeksiKenaikan, proyeksi_kenaikan
from birokrasi.karier.saldo import PosisiAngkaKredit, SaldoAwal, posisi_angka_kredit
from birokrasi.kinerja.penilaian.evaluasi import JenisEvaluasi, PenilaianKinerja
from birokrasi.kinerja.penilaian.riwayat import RiwayatPenilaian
from birokrasi.kinerja.predikat import Predikat, Rating
from birokrasi.kinerja.tindak_lanjut.keberatan import (
    DaftarKeberatan,
    PutusanKeberatan,
    ajukan_keberatan,
    terima_keberatan,
    tolak_keberatan,
)
from birokrasi.periode import Periode
from birokrasi.struktur.golongan import Golongan
from birokrasi.struktur.jabatan import Jenjang
from birokrasi.struktur.potret import potret_pegawai
from birokrasi.struktur.unsur import PejabatNegara

__all__ = [
    "PUTRI",
    "TANGGAL",
    "bagian_karier",
    "keberatan",
    "keberatan_kepala",
    "posisi",
    "proyeksi",
    "riwayat_ak",
]

TANGGAL = dt.date(2025, 12, 31)
_SRI = "199003032014032004"  # Sri Wahyuni, A.Md., Arsiparis Terampil


def riwayat_ak() -> tuple[SaldoAwal | HasilKinerja, ...]:
    """Putri's ledger: the 2023 start (no credit carried in), 2023 Baik and 2024 Sangat Baik
    annual results, then the 2025 quarters."""
    return (
        SaldoAwal(
            dt.date(2023, 1, 1),
            Jenjang.AHLI_PERTAMA,
            Golongan.III_A,
            mulai_pangkat=dt.date(2020, 12, 1),
        ),
        HasilKinerja(Jenjang.AHLI_PERTAMA, Predikat.BAIK, 12, dt.date(2023, 12, 31)),
        HasilKinerja(Jenjang.AHLI_PERTAMA, Predikat.SANGAT_BAIK, 12, dt.date(2024, 12, 31)),
        HasilKinerja(Jenjang.AHLI_PERTAMA, Predikat.BAIK, 3, dt.date(2025, 3, 31)),
        HasilKinerja(Jenjang.AHLI_PERTAMA, Predikat.SANGAT_BAIK, 3, dt.date(2025, 6, 30)),
        HasilKinerja(Jenjang.AHLI_PERTAMA, Predikat.BAIK, 3, dt.date(2025, 9, 30)),
        HasilKinerja(Jenjang.AHLI_PERTAMA, Predikat.BAIK, 3, dt.date(2025, 12, 31)),
    )


def posisi() -> PosisiAngkaKredit:
    """Putri's standing on 31 December 2025."""
    return posisi_angka_kredit(riwayat_ak(), tanggal=TANGGAL)


def proyeksi() -> ProyeksiKenaikan:
    """When Putri reaches the next thresholds if every month from 2026 is Baik."""
    return proyeksi_kenaikan(posisi(), Predikat.BAIK)


def keberatan() -> tuple[PenilaianKinerja, DaftarKeberatan, RiwayatPenilaian]:
    """Sri's 2025 annual evaluation (Kurang), her objection filed on day 10 and the
    Sekretaris's decision that supersedes it with Baik."""
    org = contoh.instansi()
    diberikan = dt.date(2026, 1, 10)
    penilai = org.pejabat_penilai(_SRI, diberikan)
    assert penilai is not None
    assert not isinstance(penilai, PejabatNegara)
    atasan = org.pastikan_atasan_langsung(penilai.nip, dt.date(2026, 1, 28))
    lama = PenilaianKinerja(
        "EVAL-2025-SRI", "SKP-2025-SRI", potret_pegawai(org, _SRI, TANGGAL),
        potret_pegawai(org, penilai.nip, diberikan), JenisEvaluasi.TAHUNAN, Periode.tahun(2025),
        Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI, diberikan,
    )  # fmt: skip
    riwayat = RiwayatPenilaian((lama,))
    ajuan = ajukan_keberatan(
        lama,
        "KEB-2026-001",
        "Perilaku kerja dinilai di bawah ekspektasi tanpa umpan balik selama tahun 2025.",
        tanggal=dt.date(2026, 1, 20),
        riwayat=riwayat,
    )
    daftar, riwayat = terima_keberatan(
        DaftarKeberatan((ajuan,)), ajuan.kode,
        oleh=atasan.pengenal, tanggal=dt.date(2026, 1, 28), instansi=org, riwayat=riwayat,
        rating_hasil_kerja=Rating.SESUAI_EKSPEKTASI, rating_perilaku_kerja=Rating.SESUAI_EKSPEKTASI,
        kode_baru="EVAL-2025-SRI-K1",
    )  # fmt: skip
    return lama, daftar, riwayat


def keberatan_kepala() -> tuple[DaftarKeberatan, PutusanKeberatan]:
    """The Kepala Dinas's objection to his 2025 evaluation by the Sekda, filed on 9 January
    2026, and the Bupati's rejection on 23 January: the atasan of his penilai is the official
    declared above the Sekda, who acts by the kode the instansi gave him (STR-ATASAN-02)."""
    org = contoh.instansi()
    riwayat = penilaian_tahunan()
    lama = riwayat.cari("EV-2025-KADIS")
    ajuan = ajukan_keberatan(
        lama,
        "KEB-2026-002",
        "Rating hasil kerja tidak memperhitungkan capaian layanan SPBE di atas target.",
        tanggal=dt.date(2026, 1, 9),
        riwayat=riwayat,
    )
    daftar, _ = tolak_keberatan(
        DaftarKeberatan((ajuan,)), ajuan.kode,
        oleh=contoh.BUPATI.kode, tanggal=dt.date(2026, 1, 23), instansi=org, riwayat=riwayat,
    )  # fmt: skip
    putusan = daftar.putusan_atas(ajuan.kode)
    assert putusan is not None
    return daftar, putusan


def _ak(nilai: Fraction) -> str:
    return str(bulatkan_angka_kredit(nilai)).replace(".", ",")


def bagian_karier() -> list[str]:
    """Demo lines: Putri's angka kredit, what is missing for kenaikan pangkat and jenjang, the
    projection, and Sri's keberatan."""
    sekarang, nanti = posisi(), proyeksi()
    baris = [
        "Angka kredit Putri Ayu Lestari (Pranata Komputer Ahli Pertama, III/a) per 31-12-2025:",
        f"  dalam jenjang {_ak(sekarang.angka_kredit_jenjang)}, menuju pangkat berikut "
        f"{_ak(sekarang.angka_kredit_pangkat)} (tampilan 2 desimal; perhitungan eksak)",
    ]
    for judul, temuan in (
        ("kenaikan pangkat", periksa_kenaikan_pangkat(sekarang, PUTRI)),
        ("kenaikan jenjang", periksa_kenaikan_jenjang(sekarang, PUTRI, lowongan=True,
                                                       lulus_uji_kompetensi=False)),
    ):  # fmt: skip
        baris.append(f"  {judul}: " + ("memenuhi syarat" if not temuan else "belum:"))
        baris += [f"    - {pelanggaran}" for pelanggaran in temuan]
    baris.append(
        f"  proyeksi bila Baik setiap bulan ({_ak(nanti.per_bulan)}/bulan): AKK pangkat tercapai "
        f"{nanti.kenaikan_pangkat}, AKK jenjang tercapai {nanti.kenaikan_jenjang}"
    )
    lama, daftar, riwayat = keberatan()
    baru = riwayat.digantikan_oleh(lama.kode)
    assert baru is not None
    baris += [
        f"Keberatan {daftar.keberatan[0].kode}: evaluasi {lama.kode} ({lama.predikat.label}) "
        f"diganti {baru.kode} ({baru.predikat.label}) oleh {baru.penilai.nama_jabatan}; "
        "hasil lama tetap tercatat.",
    ]
    daftar_kepala, putusan = keberatan_kepala()
    kepala = daftar_kepala.keberatan[0]
    baris.append(
        f"Keberatan {kepala.kode} Kepala Dinas atas {kepala.penilaian.kode} (dinilai "
        f"{kepala.penilaian.penilai.nama_jabatan}): ditolak {putusan.tanggal.isoformat()} oleh "
        f"{putusan.oleh.nama} ({putusan.oleh.nama_jabatan}, {putusan.oleh.pengenal}), atasan "
        "pejabat penilai di atas instansi (STR-ATASAN-02)."
    )
    return baris
