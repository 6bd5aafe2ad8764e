"""Year-end 2025 of the example agency (:mod:`birokrasi.contoh`), as pure data: the
evaluations of the SKPs of :mod:`birokrasi.contoh.skp`, and the Dinas's distribution of predikat
checked against the kurva of its predikat organisasi and corrected.

*Part of the year:* December 2025, penilaian kinerja. The Bupati set the Dinas's 2025
predikat organisasi to *Baik*; each penilai rates the SKPs they set (the Kasubbag who left in
March is rated for his quarter); the raters' first intentions give almost everyone *Baik* (as
in national data, where 88% of records are Baik) and nobody below it.

*Rules it illustrates:* the Kepala Dinas's rating hasil kerja follows the predikat organisasi,
here *Sesuai Ekspektasi* (KIN-RATING-01, KIN-EVAL-05); each predikat is read off the kuadran of
the two ratings (KIN-PREDIKAT-01); the curve of a *Baik* unit caps *Baik* at 70% and needs at
least one *Butuh Perbaikan* or *Kurang/Misconduct* (KIN-DIST-02), so
:func:`usulkan_distribusi` proposes the fewest changes, taking the lowest-ranked first. Names
and numbers are invented.

>>> [penilaian.predikat.label for penilaian in penilaian_tahunan().berlaku()][:3]
['Baik', 'Sangat Baik', 'Baik']
>>> usulan().terpenuhi
True
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from birokrasi.contoh import skp as contoh_skp
from birokrasi.contoh import struktur as contoh
from birokrasi.contoh.struktur import DEWI, HENDRA, SEKRETARIS
from birokrasi.hukum import Pelanggaran
from birokrasi.kinerja.penilaian.capaian import PredikatOrganisasi, rating_hasil_kerja_pimpinan
from birokrasi.kinerja.penilaian.distribusi import periksa_distribusi
from birokrasi.kinerja.penilaian.evaluasi import JenisEvaluasi, PenilaianKinerja, periksa_penilaian
from birokrasi.kinerja.penilaian.riwayat import RiwayatPenilaian
from birokrasi.kinerja.penilaian.usulan import ArahPerubahan, UsulanDistribusi, usulkan_distribusi
from birokrasi.kinerja.perencanaan.skp import SKP
from birokrasi.kinerja.predikat import Predikat, Rating, jelaskan_predikat, pasangan_rating
from birokrasi.periode import Periode
from birokrasi.pesan import Pilihan, pembuat_templat

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


class _Evaluasi(NamedTuple):
    """A penilai's ratings of one SKP (against its Ekspektasi) and the kind of evaluation."""

    skp: str
    rating_hasil_kerja: Rating
    rating_perilaku_kerja: Rating
    jenis: JenisEvaluasi = JenisEvaluasi.TAHUNAN


_EVALUASI = (
    _Evaluasi(
        "SKP-2025-KADIS",
        rating_hasil_kerja_pimpinan(PREDIKAT_ORGANISASI),
        Rating.DI_ATAS_EKSPEKTASI,
    ),
    _Evaluasi("SKP-2025-SEKRETARIS", Rating.DI_ATAS_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI),
    _Evaluasi(
        "SKP-2025-KASUBBAG-1",
        Rating.SESUAI_EKSPEKTASI,
        Rating.SESUAI_EKSPEKTASI,
        JenisEvaluasi.PERIODIK,
    ),
    _Evaluasi("SKP-2025-RINA-1", Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI),
    _Evaluasi("SKP-2025-RINA-2", Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI),
    _Evaluasi("SKP-2025-PRAKOM-DEWI", Rating.DI_ATAS_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI),
    _Evaluasi("SKP-2025-PRAKOM-YUSUF", Rating.DI_BAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI),
    _Evaluasi("SKP-2025-HUMAS-LILIS", Rating.SESUAI_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI),
    _Evaluasi("SKP-2025-SANDIMAN", Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI),
)


def _nilai(skp: SKP, evaluasi: _Evaluasi) -> PenilaianKinerja:
    """The evaluation of ``skp`` by its penilai at the end of its periode (at the latest on
    the year's evaluation day)."""
    return PenilaianKinerja(
        f"EV-{skp.kode.removeprefix('SKP-')}",
        skp.kode,
        skp.pegawai,
        skp.penilai,
        evaluasi.jenis,
        Periode(skp.periode.mulai, skp.periode.selesai),
        evaluasi.rating_hasil_kerja,
        evaluasi.rating_perilaku_kerja,
        min(skp.periode.selesai, TANGGAL_EVALUASI),
    )


def penilaian_tahunan() -> RiwayatPenilaian:
    """The evaluations of every 2025 SKP of the example agency, by their SKP's penilai."""
    evaluasi = {baris.skp: baris for baris in _EVALUASI}
    return RiwayatPenilaian(tuple(_nilai(skp, evaluasi[skp.kode]) for skp in contoh_skp.skp()))


def periksa_tahun() -> tuple[Pelanggaran, ...]:
    """Every evaluation checked against its SKP and the agency (KIN-EVAL-03..05); only the
    Dinas's own predikat organisasi is known, so KIN-EVAL-05 applies to its head alone."""
    org = contoh.instansi()
    akar = org.unit_akar
    assert akar is not None
    capaian = {akar.kode: PREDIKAT_ORGANISASI}
    skp = {satu.kode: satu for satu in contoh_skp.skp()}
    hasil: list[Pelanggaran] = []
    for penilaian in penilaian_tahunan().isi:
        hasil += periksa_penilaian(
            penilaian, skp[penilaian.skp], instansi=org, predikat_organisasi=capaian
        )
    return tuple(hasil)


def _staf() -> tuple[str, ...]:
    org = contoh.instansi()
    akar = org.unit_akar
    assert akar is not None
    kepala = org.kepala_unit(akar.kode, TANGGAL_EVALUASI)
    return tuple(
        str(penempatan.nip)
        for penempatan in org.penempatan_aktif(TANGGAL_EVALUASI)
        if kepala is None or penempatan.nip != kepala.nip
    )


_SANGAT_BAIK = (SEKRETARIS, DEWI, HENDRA)
"""Whom the raters first meant to rate Sangat Baik."""


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


def usulan(arah: ArahPerubahan = ArahPerubahan.TURUN) -> UsulanDistribusi:
    """The compliant assignment with the fewest changes for the Dinas's staff, moving people
    down (the default) or, with ``arah=ArahPerubahan.NAIK``, up where either is as few."""
    return usulkan_distribusi(
        PREDIKAT_ORGANISASI, rencana_predikat(), peringkat(), tanggal=TANGGAL_EVALUASI, arah=arah
    )


def _baris_evaluasi() -> list[str]:
    """One line per evaluation in force, the lowest predikat explained, and the checks."""
    baris = [f"  {_SKALA()}"]
    berlaku = tuple(penilaian_tahunan().berlaku())
    for penilaian in berlaku:
        tahunan = penilaian.jenis is JenisEvaluasi.TAHUNAN
        pesan = _BARIS_EVALUASI(
            nama=penilaian.pegawai.nama,
            jenis=_TAHUNAN() if tahunan else _PERIODIK(),
            mulai=penilaian.periode.mulai,
            selesai=penilaian.periode.selesai,
            hasil_kerja=penilaian.rating_hasil_kerja.label.removesuffix(" Ekspektasi"),
            perilaku_kerja=penilaian.rating_perilaku_kerja.label.removesuffix(" Ekspektasi"),
            predikat=penilaian.predikat,
        )
        baris.append(f"  {pesan}")
    terendah = min(berlaku, key=lambda penilaian: penilaian.predikat)
    penjelasan = jelaskan_predikat(terendah.rating_hasil_kerja, terendah.rating_perilaku_kerja)
    baris.append(str(_PENJELASAN(nama=terendah.pegawai.nama, penjelasan=str(penjelasan))))
    temuan = periksa_tahun()
    if temuan:
        baris.append(str(_PEMERIKSAAN(jumlah=len(temuan))))
    else:
        baris.append(str(_PEMERIKSAAN_NIHIL()))
    return baris + [f"  {pelanggaran}" for pelanggaran in temuan]


def _baris_distribusi() -> list[str]:
    """The first intentions against the kurva, the proposal's changes and the result."""
    org = contoh.instansi()
    rencana = rencana_predikat()
    awal = periksa_distribusi(PREDIKAT_ORGANISASI, rencana.values(), tanggal=TANGGAL_EVALUASI)
    baris = [str(_KURVA(jumlah=len(rencana)))]
    baris += [f"  {pelanggaran}" for pelanggaran in awal] or [f"  {_SESUAI()}"]
    hasil = usulan()
    baris.append(str(_USULAN(jumlah=len(hasil.perubahan))))
    for ubah in hasil.perubahan:
        nama = org.cari_pegawai(ubah.kunci).nama
        baris.append(f"  {nama}: {ubah.dari.label} -> {ubah.ke.label} ({ubah.alasan})")
        pasangan = Pilihan(
            tuple(
                f"{hasil_kerja.label}/{perilaku_kerja.label}"
                for hasil_kerja, perilaku_kerja in pasangan_rating(ubah.ke)
            )
        )
        baris.append(f"    {_RATING_PERLU(pasangan=pasangan)}")
    akhir = periksa_distribusi(
        PREDIKAT_ORGANISASI, hasil.sebagai_dict().values(), tanggal=TANGGAL_EVALUASI
    )
    sesudah = _SESUDAH_USULAN(temuan=tuple(str(p) for p in akhir)) if akhir else None
    baris.append(str(sesudah or _SESUDAH_USULAN_SESUAI()))
    turun = [u for u in hasil.perubahan if u.ke < u.dari]
    naik = usulan(ArahPerubahan.NAIK)
    if turun and naik.perubahan != hasil.perubahan:
        baris.append(str(_MENAIKKAN(jumlah=len(naik.perubahan))))
        for ubah in naik.perubahan:
            nama = org.cari_pegawai(ubah.kunci).nama
            baris.append(f"  {nama}: {ubah.dari.label} -> {ubah.ke.label}")
    return baris


def bagian_penilaian() -> list[str]:
    """Demo lines: the annual evaluations, their checks, and the distribution corrected, in
    the language of the context.

    >>> bagian_penilaian()[0]
    'Penilaian kinerja 2025 (predikat organisasi Dinas: Baik)'
    """
    judul = _JUDUL(tahun=TANGGAL_EVALUASI.year, predikat=PREDIKAT_ORGANISASI)
    return [str(judul), *_baris_evaluasi(), *_baris_distribusi()]


_t = pembuat_templat(__name__)
_JUDUL = _t(
    "DEMO-PENILAIAN/judul",
    "Penilaian kinerja {tahun} (predikat organisasi of the Dinas: {predikat})",
)
_SKALA = _t("DEMO-PENILAIAN/skala", "(ratings: hasil kerja / perilaku kerja, against Ekspektasi)")
_TAHUNAN = _t("DEMO-PENILAIAN/tahunan", "annual")
_PERIODIK = _t("DEMO-PENILAIAN/periodik", "periodic")
_BARIS_EVALUASI = _t(
    "DEMO-PENILAIAN/evaluasi",
    "{nama}, {jenis} {mulai}..{selesai}: {hasil_kerja} / {perilaku_kerja} -> {predikat}",
)
_PENJELASAN = _t("DEMO-PENILAIAN/penjelasan", "Explained to {nama}: {penjelasan}")
_PEMERIKSAAN = _t("DEMO-PENILAIAN/pemeriksaan", "Evaluation checks: {jumlah} finding(s)")
_PEMERIKSAAN_NIHIL = _t("DEMO-PENILAIAN/pemeriksaan-nihil", "Evaluation checks: no findings")
_KURVA = _t("DEMO-PENILAIAN/kurva", "Kurva distribusi for {jumlah} staff, first intention:")
_SESUAI = _t("DEMO-PENILAIAN/sesuai", "compliant")
_USULAN = _t("DEMO-PENILAIAN/usulan", "usulkan_distribusi: {jumlah} change(s)")
_RATING_PERLU = _t(
    "DEMO-PENILAIAN/rating-perlu", "needs ratings hasil kerja/perilaku kerja {pasangan}"
)
_SESUDAH_USULAN = _t("DEMO-PENILAIAN/sesudah-usulan", "After the proposal: {temuan}")
_SESUDAH_USULAN_SESUAI = _t("DEMO-PENILAIAN/sesudah-usulan-sesuai", "After the proposal: compliant")
_MENAIKKAN = _t(
    "DEMO-PENILAIAN/menaikkan",
    "Promoting instead (arah=NAIK), as compliant with {jumlah} change(s):",
)
