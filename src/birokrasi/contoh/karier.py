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
from birokrasi.pesan import pembuat_templat
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


def bagian_karier() -> list[str]:
    """Demo lines: Putri's angka kredit, what is missing for kenaikan pangkat and jenjang, the
    projection, and Sri's keberatan, in the language of the context.

    >>> print(bagian_karier()[2])
      kenaikan pangkat: belum memenuhi syarat:
    """
    sekarang, nanti = posisi(), proyeksi()
    org = contoh.instansi()
    jabatan = org.penempatan_pada(PUTRI, sekarang.tanggal)
    assert jabatan is not None
    baris = [
        str(
            _JUDUL(
                nama=org.cari_pegawai(PUTRI).nama,
                jabatan=jabatan.jabatan.nama,
                golongan=sekarang.golongan,
                tanggal=sekarang.tanggal,
            )
        ),
        "  "
        + str(
            _ANGKA_KREDIT(
                jenjang=bulatkan_angka_kredit(sekarang.angka_kredit_jenjang),
                pangkat=bulatkan_angka_kredit(sekarang.angka_kredit_pangkat),
            )
        ),
    ]
    for kenaikan, temuan in (
        (_KENAIKAN_PANGKAT(), periksa_kenaikan_pangkat(sekarang, PUTRI)),
        (_KENAIKAN_JENJANG(), periksa_kenaikan_jenjang(sekarang, PUTRI, lowongan=True,
                                                        lulus_uji_kompetensi=False)),
    ):  # fmt: skip
        syarat = _BELUM(kenaikan=kenaikan) if temuan else _MEMENUHI(kenaikan=kenaikan)
        baris.append(f"  {syarat}")
        baris += [f"    - {pelanggaran}" for pelanggaran in temuan]
    pesan_proyeksi = _PROYEKSI(
        predikat=Predikat.BAIK,
        per_bulan=bulatkan_angka_kredit(nanti.per_bulan),
        pangkat=nanti.kenaikan_pangkat,
        jenjang=nanti.kenaikan_jenjang,
    )
    baris.append(f"  {pesan_proyeksi}")
    lama, daftar, riwayat = keberatan()
    baru = riwayat.digantikan_oleh(lama.kode)
    assert baru is not None
    baris.append(
        str(
            _KEBERATAN(
                kode=daftar.keberatan[0].kode,
                lama=lama.kode,
                predikat_lama=lama.predikat,
                baru=baru.kode,
                predikat_baru=baru.predikat,
                penilai=baru.penilai.nama_jabatan,
            )
        )
    )
    daftar_kepala, putusan = keberatan_kepala()
    kepala = daftar_kepala.keberatan[0]
    baris.append(
        str(
            _KEBERATAN_KEPALA(
                kode=kepala.kode,
                penilaian=kepala.penilaian.kode,
                penilai=kepala.penilaian.penilai.nama_jabatan,
                tanggal=putusan.tanggal,
                oleh=putusan.oleh.nama,
                jabatan=putusan.oleh.nama_jabatan,
                pengenal=putusan.oleh.pengenal,
            )
        )
    )
    return baris


_t = pembuat_templat(__name__)
_JUDUL = _t("DEMO-KARIER/judul", "Angka kredit of {nama} ({jabatan}, {golongan}) as of {tanggal}:")
_ANGKA_KREDIT = _t(
    "DEMO-KARIER/angka-kredit",
    "within the jenjang {jenjang}, towards the next pangkat {pangkat} (shown to 2 decimals; "
    "computed exactly)",
)
_KENAIKAN_PANGKAT = _t("DEMO-KARIER/kenaikan-pangkat", "kenaikan pangkat")
_KENAIKAN_JENJANG = _t("DEMO-KARIER/kenaikan-jenjang", "kenaikan jenjang")
_MEMENUHI = _t("DEMO-KARIER/memenuhi", "{kenaikan}: eligible")
_BELUM = _t("DEMO-KARIER/belum", "{kenaikan}: not yet:")
_PROYEKSI = _t(
    "DEMO-KARIER/proyeksi",
    "projection if {predikat} every month ({per_bulan}/month): AKK for the pangkat reached on "
    "{pangkat}, AKK for the jenjang reached on {jenjang}",
)
_KEBERATAN = _t(
    "DEMO-KARIER/keberatan",
    "Keberatan {kode}: evaluation {lama} ({predikat_lama}) replaced by {baru} ({predikat_baru}) "
    "by {penilai}; the old result stays on record.",
)
_KEBERATAN_KEPALA = _t(
    "DEMO-KARIER/keberatan-kepala",
    "Keberatan {kode} of the Kepala Dinas against {penilaian} (rated by {penilai}): refused on "
    "{tanggal} by {oleh} ({jabatan}, {pengenal}), the rater's superior above the instansi "
    "(STR-ATASAN-02).",
)
