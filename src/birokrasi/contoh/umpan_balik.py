"""A year of pemantauan kinerja for Dewi Anggraini (Pranata Komputer Ahli Muda) of the example
agency, as pure data: the journal of her 2025 SKP (:mod:`birokrasi.contoh.skp`).

Her atasan langsung (and Pejabat Penilai Kinerja) is the Kepala Dinas; she sits in Tim Satu
Data (ketua Ratna Dewi) until 30 June and in Tim Komunikasi Publik (ketua Andi Pratama) from
1 July, while leading Tim Percepatan SPBE herself (:mod:`birokrasi.contoh.sistem_kerja`). All
three give feedback; she records her realisations; dialogs are held at perencanaan, pemantauan
and after each quarter; the Kepala Dinas reads the second quarter as below expectation and
holds a konseling two weeks later. One piece of feedback comes from a colleague with no role
towards her (left in on purpose: KIN-UB-01 reports it). Everything is fictional.

>>> len(jurnal_dewi())
44
"""

from __future__ import annotations

import datetime as dt

from birokrasi.contoh import skp as contoh_skp
from birokrasi.contoh import struktur as contoh
from birokrasi.contoh.sistem_kerja import DEWI, tim_kerja
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

__all__ = ["KEPALA_DINAS", "KODE_SKP", "bagian_umpan_balik", "jurnal_dewi", "skp_dewi"]

KODE_SKP = "SKP-2025-PRAKOM-DEWI"
KEPALA_DINAS = "197203141998031003"
_RATNA = "198604112010012013"
"""Ketua Tim Satu Data (Dewi is a member until 30 June)."""
_ANDI = "198709092011011002"
"""Ketua Tim Komunikasi Publik (Dewi is a member from 1 July)."""
_SITI = "199402172019032010"
"""A Pranata Humas Ahli Pertama of another bidang: no role towards Dewi in March."""

_T = dt.date
_APR, _PER = SifatUmpanBalik.APRESIASI, SifatUmpanBalik.PERBAIKAN


def skp_dewi() -> SKP:
    """Dewi Anggraini's 2025 SKP from :func:`birokrasi.contoh.skp.skp`."""
    return next(s for s in contoh_skp.skp() if s.kode == KODE_SKP)


def _umpan_balik(triwulan: int) -> list[Peristiwa]:
    ketua = _RATNA if triwulan <= 2 else _ANDI
    bulan = 3 * (triwulan - 1) + 1
    hasil: list[Peristiwa] = []
    bawah = triwulan == 2
    hasil.append(
        UmpanBalik(
            f"UB-{triwulan}-RHK",
            _T(2025, bulan + 2, 20),
            KEPALA_DINAS,
            DEWI,
            _PER if bawah else _APR,
            "Integrasi aplikasi tertinggal dari rencana" if bawah else "Integrasi sesuai rencana",
            rhk="RHK-1",
            ekspektasi=Rating.DI_BAWAH_EKSPEKTASI if bawah else Rating.SESUAI_EKSPEKTASI,
            bukti_dukung=f"laporan-integrasi-tw{triwulan}.pdf",
        )
    )
    for i, nilai in enumerate(NilaiBerakhlak):
        pemberi = (KEPALA_DINAS, ketua)[i % 2]
        hasil.append(
            UmpanBalik(
                f"UB-{triwulan}-{nilai.name}",
                _T(2025, bulan + 1, 10 + i),
                pemberi,
                DEWI,
                _PER if nilai is NilaiBerakhlak.KOMPETEN and bawah else _APR,
                f"Umpan balik {nilai.label} triwulan {triwulan}",
                nilai=nilai,
            )
        )
    hasil.append(
        Realisasi(
            f"REAL-{triwulan}",
            _T(2025, bulan + 2, 25),
            DEWI,
            DEWI,
            "RHK-1",
            nilai=(1, 2, 4, 6)[triwulan - 1],
            bukti_dukung=f"ba-integrasi-tw{triwulan}.pdf",
        )
    )
    hasil.append(
        DialogKinerja(
            f"DIALOG-EVAL-{triwulan}",
            _T(2025, 12, 30) if triwulan == 4 else _T(2025, bulan + 3, 7),
            KEPALA_DINAS,
            DEWI,
            TahapDialog.EVALUASI,
            (KEPALA_DINAS, DEWI),
            kesepakatan=(f"Capaian triwulan {triwulan} dibahas",),
        )
    )
    return hasil


def jurnal_dewi() -> JurnalKinerja:
    """Dewi Anggraini's 2025 journal (see the module docstring); a new value on every call."""
    jurnal = JurnalKinerja.untuk(skp_dewi()).tambah(
        DialogKinerja(
            "DIALOG-RENCANA",
            _T(2025, 1, 10),
            KEPALA_DINAS,
            DEWI,
            TahapDialog.PERENCANAAN,
            (KEPALA_DINAS, DEWI),
            kesepakatan=("Enam aplikasi layanan terintegrasi ke portal pada akhir tahun",),
        ),
        UmpanBalik(
            "UB-SITI",
            _T(2025, 3, 5),
            _SITI,
            DEWI,
            _APR,
            "Terima kasih atas bantuan unggahan berita",
            nilai=NilaiBerakhlak.KOLABORATIF,
            cara=CaraUmpanBalik.TIDAK_LANGSUNG,
        ),
    )
    for triwulan in range(1, 5):
        jurnal = jurnal.tambah(*_umpan_balik(triwulan))
    return jurnal.tambah(
        DialogKinerja(
            "DIALOG-PANTAU",
            _T(2025, 6, 24),
            _RATNA,
            DEWI,
            TahapDialog.PEMANTAUAN,
            (_RATNA, DEWI),
            kesepakatan=("Data integrasi diselaraskan dengan katalog Satu Data",),
        ),
        KonselingKinerja(
            "KONSELING-1",
            _T(2025, 7, 4),
            KEPALA_DINAS,
            DEWI,
            "Integrasi aplikasi triwulan II di bawah ekspektasi",
            kesepakatan=("Beban Tim SPBE dikurangi", "Pendampingan teknis dua minggu sekali"),
            tindak_lanjut=("Bimbingan teknis integrasi API",),
            rujukan=("UB-2-RHK",),
        ),
    )


def bagian_umpan_balik(tanggal: dt.date = dt.date(2025, 12, 31)) -> list[str]:
    """Demo lines: feedback on Dewi Anggraini's work per giver and role, then the findings of
    every pemantauan check as of ``tanggal``."""
    org = contoh.instansi()
    sistem = tim_kerja()
    skp = skp_dewi()
    jurnal = jurnal_dewi()
    baris = [f"Umpan balik bagi {org.cari_pegawai(DEWI).nama} ({KODE_SKP}, {len(jurnal)} catatan):"]
    per_pemberi: dict[str, tuple[set[str], list[UmpanBalik]]] = {}
    for u in jurnal.umpan_balik():
        peran = peran_pemantauan(org, sistem, DEWI, u.oleh, u.tanggal, skp=skp)
        label, daftar = per_pemberi.setdefault(str(u.oleh), (set(), []))
        label.update(p.label for p in peran)
        daftar.append(u)
    for nip, (label, daftar) in per_pemberi.items():
        apresiasi = sum(u.sifat is _APR for u in daftar)
        baris.append(
            f"  - {org.cari_pegawai(nip).nama} ({', '.join(sorted(label)) or 'tanpa peran'}): "
            f"{len(daftar)} umpan balik, {apresiasi} apresiasi, {len(daftar) - apresiasi} perbaikan"
        )
    temuan = periksa_pemantauan(jurnal, skp, org, sistem, tanggal)
    baris.append(f"Pemeriksaan pemantauan pada {tanggal.isoformat()}: {len(temuan)} temuan")
    baris += [f"  {p}" for p in temuan]
    return baris
