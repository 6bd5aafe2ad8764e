"""Year-end 2025 of the example agency (:mod:`birokrasi.contoh`), as pure data: annual
evaluations of the SKPs of :mod:`birokrasi.contoh.skp`, and the Dinas's distribution of
predikat checked against the kurva of its predikat organisasi and corrected.

The Bupati set the Dinas's 2025 predikat organisasi to *Baik*. The Kepala Dinas's rating hasil
kerja therefore is *Sesuai Ekspektasi* (KIN-RATING-01). The raters' first intentions give
almost everyone *Baik* (as in national data, where 88% of records are Baik) and nobody below
it: the curve of a *Baik* unit caps *Baik* at 70% and needs at least one *Butuh Perbaikan* or
*Kurang/Misconduct*, so :func:`usulkan_distribusi` proposes the fewest changes, taking the
lowest-ranked first. Names and numbers are invented.

>>> [p.predikat.label for p in penilaian_tahunan().berlaku()][:3]
['Baik', 'Sangat Baik', 'Baik']
>>> usulan().terpenuhi
True
"""

from __future__ import annotations

import datetime as dt

from birokrasi.contoh import skp as contoh_skp
from birokrasi.contoh import struktur as contoh
from birokrasi.hukum import Pelanggaran
from birokrasi.kinerja.penilaian.capaian import PredikatOrganisasi, rating_hasil_kerja_pimpinan
from birokrasi.kinerja.penilaian.distribusi import periksa_distribusi
from birokrasi.kinerja.penilaian.evaluasi import JenisEvaluasi, PenilaianKinerja, periksa_penilaian
from birokrasi.kinerja.penilaian.riwayat import RiwayatPenilaian
from birokrasi.kinerja.penilaian.usulan import UsulanDistribusi, usulkan_distribusi
from birokrasi.kinerja.perencanaan.skp import SKP
from birokrasi.kinerja.predikat import Predikat, Rating, jelaskan_predikat, pasangan_rating
from birokrasi.periode import Periode

__all__ = [
    "PREDIKAT_ORGANISASI",
    "TANGGAL_EVALUASI",
    "bagian_penilaian",
    "penilaian_tahunan",
    "periksa_tahun",
    "peringkat",
    "rencana_predikat",
    "usulan",
]

TANGGAL_EVALUASI = dt.date(2025, 12, 31)
PREDIKAT_ORGANISASI = PredikatOrganisasi.BAIK
"""The Dinas's 2025 predikat organisasi, set by the Bupati (SE MenPANRB 3/2023 step 1)."""

_A, _S, _B = Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI

# SKP kode -> (jenis, ratings hasil kerja / perilaku kerja) of its evaluation
_RATING: dict[str, tuple[JenisEvaluasi, Rating, Rating]] = {
    "SKP-2025-KADIS": (JenisEvaluasi.TAHUNAN, rating_hasil_kerja_pimpinan(PREDIKAT_ORGANISASI), _A),
    "SKP-2025-SEKRETARIS": (JenisEvaluasi.TAHUNAN, _A, _A),
    "SKP-2025-KASUBBAG-1": (JenisEvaluasi.PERIODIK, _S, _S),
    "SKP-2025-RINA-1": (JenisEvaluasi.TAHUNAN, _S, _S),
    "SKP-2025-RINA-2": (JenisEvaluasi.TAHUNAN, _A, _S),
    "SKP-2025-PRAKOM-DEWI": (JenisEvaluasi.TAHUNAN, _A, _A),
    "SKP-2025-PRAKOM-YUSUF": (JenisEvaluasi.TAHUNAN, _B, _S),
    "SKP-2025-HUMAS-LILIS": (JenisEvaluasi.TAHUNAN, _S, _A),
    "SKP-2025-SANDIMAN": (JenisEvaluasi.TAHUNAN, _S, _S),
}  # fmt: skip


def _evaluasi(skp: SKP) -> PenilaianKinerja:
    jenis, hasil, perilaku = _RATING[skp.kode]
    tanggal = min(skp.periode.selesai, TANGGAL_EVALUASI)
    return PenilaianKinerja(
        f"EV-{skp.kode.removeprefix('SKP-')}",
        skp.kode,
        skp.pegawai,
        skp.penilai,
        jenis,
        Periode(skp.periode.mulai, skp.periode.selesai),
        hasil,
        perilaku,
        tanggal,
    )


def penilaian_tahunan() -> RiwayatPenilaian:
    """The evaluations of every 2025 SKP of the example agency, by their SKP's penilai."""
    return RiwayatPenilaian(tuple(_evaluasi(s) for s in contoh_skp.skp()))


def periksa_tahun() -> tuple[Pelanggaran, ...]:
    """Every evaluation checked against its SKP and the agency (KIN-EVAL-03..05); only the
    Dinas's own predikat organisasi is known, so KIN-EVAL-05 applies to its head alone."""
    org = contoh.instansi()
    akar = org.unit_akar
    assert akar is not None
    capaian = {akar.kode: PREDIKAT_ORGANISASI}
    skp = {s.kode: s for s in contoh_skp.skp()}
    hasil: list[Pelanggaran] = []
    for p in penilaian_tahunan().isi:
        hasil += periksa_penilaian(p, skp[p.skp], instansi=org, predikat_organisasi=capaian)
    return tuple(hasil)


def _staf() -> tuple[str, ...]:
    org = contoh.instansi()
    akar = org.unit_akar
    assert akar is not None
    kepala = org.kepala_unit(akar.kode, TANGGAL_EVALUASI)
    return tuple(
        str(t.nip)
        for t in org.penempatan_aktif(TANGGAL_EVALUASI)
        if kepala is None or t.nip != kepala.nip
    )


_SANGAT_BAIK = ("197709222002122004", "198302252008012011", "197601102003121001")


def rencana_predikat() -> dict[str, Predikat]:
    """The raters' first intention for every staff member of the Dinas (all but its head):
    the annual predikat where an evaluation exists, otherwise Sangat Baik for three and Baik
    for everyone else."""
    riwayat = penilaian_tahunan()
    hasil: dict[str, Predikat] = {}
    for nip in _staf():
        evaluasi = riwayat.tahunan(nip, TANGGAL_EVALUASI.year)
        if evaluasi is not None:
            hasil[nip] = evaluasi.predikat
        else:
            hasil[nip] = Predikat.SANGAT_BAIK if nip in _SANGAT_BAIK else Predikat.BAIK
    return hasil


def peringkat() -> tuple[str, ...]:
    """The ranking agreed in the calibration meeting, best first: by intended predikat, then
    by the order of the staff list (a stand-in for the meeting's judgement)."""
    rencana = rencana_predikat()
    return tuple(sorted(rencana, key=lambda nip: -rencana[nip].peringkat))


def usulan() -> UsulanDistribusi:
    """The compliant assignment with the fewest changes for the Dinas's staff."""
    return usulkan_distribusi(
        PREDIKAT_ORGANISASI, rencana_predikat(), peringkat(), tanggal=TANGGAL_EVALUASI
    )


def bagian_penilaian() -> list[str]:
    """Demo lines: the annual evaluations, their checks, and the distribution corrected."""
    org = contoh.instansi()
    lines = [f"Penilaian kinerja {TANGGAL_EVALUASI.year} (predikat organisasi Dinas: "]
    lines[0] += f"{PREDIKAT_ORGANISASI.label})"
    lines.append("  (ratings: hasil kerja / perilaku kerja, against Ekspektasi)")
    for p in penilaian_tahunan().berlaku():
        jenis = "tahunan" if p.jenis is JenisEvaluasi.TAHUNAN else "periodik"
        rating = " / ".join(
            r.label.removesuffix(" Ekspektasi")
            for r in (p.rating_hasil_kerja, p.rating_perilaku_kerja)
        )
        lines.append(f"  {p.pegawai.nama}, {jenis} {p.periode}: {rating} -> {p.predikat.label}")
    terendah = min(penilaian_tahunan().berlaku(), key=lambda p: p.predikat)
    penjelasan = jelaskan_predikat(terendah.rating_hasil_kerja, terendah.rating_perilaku_kerja)
    lines.append(f"Explained to {terendah.pegawai.nama}: {penjelasan}")
    temuan = periksa_tahun()
    lines.append(f"Pemeriksaan evaluasi: {len(temuan) or 'tidak ada'} temuan")
    lines += [f"  {t}" for t in temuan]
    rencana = rencana_predikat()
    awal = periksa_distribusi(PREDIKAT_ORGANISASI, rencana.values(), tanggal=TANGGAL_EVALUASI)
    lines.append(f"Kurva distribusi for {len(rencana)} staff, first intention:")
    lines += [f"  {p}" for p in awal] or ["  compliant"]
    hasil = usulan()
    lines.append(f"usulkan_distribusi: {len(hasil.perubahan)} change(s)")
    for ubah in hasil.perubahan:
        nama = org.cari_pegawai(ubah.kunci).nama
        lines.append(f"  {nama}: {ubah.dari.label} -> {ubah.ke.label} ({ubah.alasan})")
        pasangan = " or ".join(f"{h.label}/{p.label}" for h, p in pasangan_rating(ubah.ke))
        lines.append(f"    needs ratings hasil kerja/perilaku kerja {pasangan}")
    akhir = periksa_distribusi(
        PREDIKAT_ORGANISASI, hasil.sebagai_dict().values(), tanggal=TANGGAL_EVALUASI
    )
    lines.append(f"After the proposal: {akhir or 'compliant'}")
    return lines
