"""A year of pemantauan kinerja for Dewi Anggraini (Pranata Komputer Ahli Muda) of the example
agency, as pure data: the journal of her 2025 SKP (:mod:`birokrasi.contoh.skp`).

*Part of the year:* January to December 2025, between setting the SKP and the year-end
evaluation. Her atasan langsung (and Pejabat Penilai Kinerja) is the Kepala Dinas; she sits in
Tim Satu Data (ketua Ratna Dewi) until 30 June and in Tim Komunikasi Publik (ketua Andi Pratama)
from 1 July, while leading Tim Percepatan SPBE herself (:mod:`birokrasi.contoh.sistem_kerja`).
Each quarter the Kepala Dinas reads her RHK, he and the ketua of her team give feedback on the
seven BerAKHLAK values, she records what she realised, and they hold an evaluation dialog. The
Kepala Dinas reads the second quarter as below expectation and holds a konseling two weeks
after that feedback.

*Rules it illustrates:* feedback comes from the pimpinan or a ketua tim of the pegawai
(KIN-UB-01: one piece from a colleague with no role towards her is left in on purpose and
reported), every RHK and BerAKHLAK value is documented in each period (KIN-UB-05), dialogs are
held at planning and after each period (KIN-DIALOG-01/02), and below-expectation feedback is
followed by bimbingan or konseling (KIN-BINA-02/03). Everything is fictional.

>>> len(jurnal_dewi())
44
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from birokrasi.contoh import skp as contoh_skp
from birokrasi.contoh import struktur as contoh
from birokrasi.contoh.sistem_kerja import tim_kerja
from birokrasi.contoh.struktur import ANDI, DEWI, KEPALA_DINAS, RATNA, SITI
from birokrasi.kinerja.pemantauan.jurnal import JurnalKinerja
from birokrasi.kinerja.pemantauan.kewenangan import peran_pemantauan
from birokrasi.kinerja.pemantauan.pemeriksaan import periksa_pemantauan
from birokrasi.kinerja.pemantauan.peristiwa import (
    CaraUmpanBalik,
    DialogKinerja,
    KonselingKinerja,
    Peristiwa,
    Realisasi,
    SifatUmpanBalik,
    TahapDialog,
    UmpanBalik,
)
from birokrasi.kinerja.perencanaan.perilaku import NilaiBerakhlak
from birokrasi.kinerja.perencanaan.skp import SKP
from birokrasi.kinerja.predikat import Rating
from birokrasi.pesan import pembuat_templat

__all__ = ["KEPALA_DINAS", "KODE_SKP", "bagian_umpan_balik", "jurnal_dewi", "skp_dewi"]

KODE_SKP = "SKP-2025-PRAKOM-DEWI"


def skp_dewi() -> SKP:
    """Dewi Anggraini's 2025 SKP from :func:`birokrasi.contoh.skp.skp`."""
    return next(skp for skp in contoh_skp.skp() if skp.kode == KODE_SKP)


_DIALOG_PERENCANAAN = DialogKinerja(
    "DIALOG-RENCANA",
    dt.date(2025, 1, 10),
    KEPALA_DINAS,
    DEWI,
    TahapDialog.PERENCANAAN,
    (KEPALA_DINAS, DEWI),
    kesepakatan=("Enam aplikasi layanan terintegrasi ke portal pada akhir tahun",),
)
_UMPAN_BALIK_SITI = UmpanBalik(
    "UB-SITI",
    dt.date(2025, 3, 5),
    SITI,
    DEWI,
    SifatUmpanBalik.APRESIASI,
    "Terima kasih atas bantuan unggahan berita",
    nilai=NilaiBerakhlak.KOLABORATIF,
    cara=CaraUmpanBalik.TIDAK_LANGSUNG,
)
_DIALOG_PEMANTAUAN = DialogKinerja(
    "DIALOG-PANTAU",
    dt.date(2025, 6, 24),
    RATNA,
    DEWI,
    TahapDialog.PEMANTAUAN,
    (RATNA, DEWI),
    kesepakatan=("Data integrasi diselaraskan dengan katalog Satu Data",),
)
_KONSELING = KonselingKinerja(
    "KONSELING-1",
    dt.date(2025, 7, 4),
    KEPALA_DINAS,
    DEWI,
    "Integrasi aplikasi triwulan II di bawah ekspektasi",
    kesepakatan=("Beban Tim SPBE dikurangi", "Pendampingan teknis dua minggu sekali"),
    tindak_lanjut=("Bimbingan teknis integrasi API",),
    rujukan=("UB-2-RHK",),
)


class _Triwulan(NamedTuple):
    """One quarter of Dewi's journal: the ketua of the team she sits in (who gives feedback
    with the Kepala Dinas), the Kepala Dinas's reading of her RHK, the BerAKHLAK value she must
    improve (if any), how many applications she has integrated so far, and the days of the
    seven BerAKHLAK feedbacks (the first of seven, one a day), the RHK feedback, the
    realisation and the evaluation dialog."""

    nomor: int
    ketua_tim: str
    ekspektasi_rhk: Rating
    catatan_rhk: str
    nilai_perlu_perbaikan: NilaiBerakhlak | None
    aplikasi_terintegrasi: int
    umpan_balik_perilaku: dt.date
    umpan_balik_rhk: dt.date
    realisasi: dt.date
    dialog_evaluasi: dt.date


_TRIWULAN = (
    _Triwulan(
        nomor=1,
        ketua_tim=RATNA,
        ekspektasi_rhk=Rating.SESUAI_EKSPEKTASI,
        catatan_rhk="Integrasi sesuai rencana",
        nilai_perlu_perbaikan=None,
        aplikasi_terintegrasi=1,
        umpan_balik_perilaku=dt.date(2025, 2, 10),
        umpan_balik_rhk=dt.date(2025, 3, 20),
        realisasi=dt.date(2025, 3, 25),
        dialog_evaluasi=dt.date(2025, 4, 7),
    ),
    _Triwulan(
        nomor=2,
        ketua_tim=RATNA,
        ekspektasi_rhk=Rating.DI_BAWAH_EKSPEKTASI,
        catatan_rhk="Integrasi aplikasi tertinggal dari rencana",
        nilai_perlu_perbaikan=NilaiBerakhlak.KOMPETEN,
        aplikasi_terintegrasi=2,
        umpan_balik_perilaku=dt.date(2025, 5, 10),
        umpan_balik_rhk=dt.date(2025, 6, 20),
        realisasi=dt.date(2025, 6, 25),
        dialog_evaluasi=dt.date(2025, 7, 7),
    ),
    _Triwulan(
        nomor=3,
        ketua_tim=ANDI,
        ekspektasi_rhk=Rating.SESUAI_EKSPEKTASI,
        catatan_rhk="Integrasi sesuai rencana",
        nilai_perlu_perbaikan=None,
        aplikasi_terintegrasi=4,
        umpan_balik_perilaku=dt.date(2025, 8, 10),
        umpan_balik_rhk=dt.date(2025, 9, 20),
        realisasi=dt.date(2025, 9, 25),
        dialog_evaluasi=dt.date(2025, 10, 7),
    ),
    _Triwulan(
        nomor=4,
        ketua_tim=ANDI,
        ekspektasi_rhk=Rating.SESUAI_EKSPEKTASI,
        catatan_rhk="Integrasi sesuai rencana",
        nilai_perlu_perbaikan=None,
        aplikasi_terintegrasi=6,
        umpan_balik_perilaku=dt.date(2025, 11, 10),
        umpan_balik_rhk=dt.date(2025, 12, 20),
        realisasi=dt.date(2025, 12, 25),
        dialog_evaluasi=dt.date(2025, 12, 30),
    ),
)


def _sifat(perbaikan: bool) -> SifatUmpanBalik:
    return SifatUmpanBalik.PERBAIKAN if perbaikan else SifatUmpanBalik.APRESIASI


def _umpan_balik_rhk(triwulan: _Triwulan) -> UmpanBalik:
    """The Kepala Dinas's reading of Dewi's RHK; below expectation it asks for improvement."""
    return UmpanBalik(
        f"UB-{triwulan.nomor}-RHK",
        triwulan.umpan_balik_rhk,
        KEPALA_DINAS,
        DEWI,
        _sifat(triwulan.ekspektasi_rhk is Rating.DI_BAWAH_EKSPEKTASI),
        triwulan.catatan_rhk,
        rhk="RHK-1",
        ekspektasi=triwulan.ekspektasi_rhk,
        bukti_dukung=f"laporan-integrasi-tw{triwulan.nomor}.pdf",
    )


def _umpan_balik_perilaku(triwulan: _Triwulan) -> list[UmpanBalik]:
    """Feedback on each BerAKHLAK value, one a day, from the Kepala Dinas and the ketua tim in
    turn."""
    return [
        UmpanBalik(
            f"UB-{triwulan.nomor}-{nilai.name}",
            triwulan.umpan_balik_perilaku + dt.timedelta(days=urutan),
            (KEPALA_DINAS, triwulan.ketua_tim)[urutan % 2],
            DEWI,
            _sifat(nilai is triwulan.nilai_perlu_perbaikan),
            f"Umpan balik {nilai.label} triwulan {triwulan.nomor}",
            nilai=nilai,
        )
        for urutan, nilai in enumerate(NilaiBerakhlak)
    ]


def _catatan_triwulan(triwulan: _Triwulan) -> list[Peristiwa]:
    """The quarter's journal entries: feedback, Dewi's realisation, the evaluation dialog."""
    realisasi = Realisasi(
        f"REAL-{triwulan.nomor}",
        triwulan.realisasi,
        DEWI,
        DEWI,
        "RHK-1",
        nilai=triwulan.aplikasi_terintegrasi,
        bukti_dukung=f"ba-integrasi-tw{triwulan.nomor}.pdf",
    )
    dialog = DialogKinerja(
        f"DIALOG-EVAL-{triwulan.nomor}",
        triwulan.dialog_evaluasi,
        KEPALA_DINAS,
        DEWI,
        TahapDialog.EVALUASI,
        (KEPALA_DINAS, DEWI),
        kesepakatan=(f"Capaian triwulan {triwulan.nomor} dibahas",),
    )
    return [_umpan_balik_rhk(triwulan), *_umpan_balik_perilaku(triwulan), realisasi, dialog]


def jurnal_dewi() -> JurnalKinerja:
    """Dewi Anggraini's 2025 journal (see the module docstring); a new value on every call."""
    jurnal = JurnalKinerja.untuk(skp_dewi()).tambah(_DIALOG_PERENCANAAN, _UMPAN_BALIK_SITI)
    for triwulan in _TRIWULAN:
        jurnal = jurnal.tambah(*_catatan_triwulan(triwulan))
    return jurnal.tambah(_DIALOG_PEMANTAUAN, _KONSELING)


def bagian_umpan_balik(tanggal: dt.date = dt.date(2025, 12, 31)) -> list[str]:
    """Demo lines: feedback on Dewi Anggraini's work per giver and role, then the findings of
    every pemantauan check as of ``tanggal``, in the language of the context.

    >>> bagian_umpan_balik()[0]
    'Umpan balik bagi Dewi Anggraini, S.Kom. (SKP-2025-PRAKOM-DEWI, 44 catatan):'
    """
    org = contoh.instansi()
    sistem = tim_kerja()
    skp = skp_dewi()
    jurnal = jurnal_dewi()
    baris = [str(_JUDUL(nama=org.cari_pegawai(DEWI).nama, skp=KODE_SKP, jumlah=len(jurnal)))]
    per_pemberi: dict[str, tuple[set[str], list[UmpanBalik]]] = {}
    for umpan_balik in jurnal.umpan_balik():
        peran_pemberi = peran_pemantauan(
            org, sistem, DEWI, umpan_balik.oleh, umpan_balik.tanggal, skp=skp
        )
        label, daftar = per_pemberi.setdefault(str(umpan_balik.oleh), (set(), []))
        label.update(peran.label for peran in peran_pemberi)
        daftar.append(umpan_balik)
    for nip, (label, daftar) in per_pemberi.items():
        apresiasi = sum(catatan.sifat is SifatUmpanBalik.APRESIASI for catatan in daftar)
        pesan = _PEMBERI(
            nama=org.cari_pegawai(nip).nama,
            peran=tuple(sorted(label)) or _TANPA_PERAN(),
            jumlah=len(daftar),
            apresiasi=apresiasi,
            perbaikan=len(daftar) - apresiasi,
        )
        baris.append(f"  - {pesan}")
    temuan = periksa_pemantauan(jurnal, skp, org, sistem, tanggal)
    baris.append(str(_PEMERIKSAAN(tanggal=tanggal, jumlah=len(temuan))))
    baris += [f"  {pelanggaran}" for pelanggaran in temuan]
    return baris


_t = pembuat_templat(__name__)
_JUDUL = _t("DEMO-UMPAN-BALIK/judul", "Feedback for {nama} ({skp}, {jumlah} records):")
_PEMBERI = _t(
    "DEMO-UMPAN-BALIK/pemberi",
    "{nama} ({peran}): {jumlah} feedback, {apresiasi} apresiasi, {perbaikan} perbaikan",
)
_TANPA_PERAN = _t("DEMO-UMPAN-BALIK/tanpa-peran", "no role")
_PEMERIKSAAN = _t(
    "DEMO-UMPAN-BALIK/pemeriksaan", "Pemantauan checks on {tanggal}: {jumlah} finding(s)"
)
