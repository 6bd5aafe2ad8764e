"""How work is assigned after penyederhanaan birokrasi (PermenPANRB 7/2022): work teams
(:class:`TimKerja`, :class:`Keanggotaan`), assignments (:class:`Penugasan`), the
:class:`SistemKerja` aggregate with append-only operations and indexed date queries, the
feedback-givers matrix (:func:`pemberi_umpan_balik`) and the checks (``periksa_*``).

Modules: :mod:`.tim_kerja`, :mod:`.penugasan`, :mod:`.sistem`, :mod:`.matriks`,
:mod:`.aturan` (the rules) and :mod:`.pemeriksaan` (checks and :class:`KebijakanSistemKerja`).
"""

from birokrasi.sistem_kerja.matriks import (
    PemberiUmpanBalik,
    SumberUmpanBalik,
    lingkup_tim,
    membawahi,
    pemberi_umpan_balik,
    penempatan_anggota,
)
from birokrasi.sistem_kerja.pemeriksaan import (
    KEBIJAKAN_SISTEM_KERJA_BAKU,
    KebijakanSistemKerja,
    periksa_alokasi,
    periksa_anggota,
    periksa_ketua,
    periksa_penetap,
    periksa_penugasan,
    periksa_sistem_kerja,
    periksa_tumpang_tindih,
)
from birokrasi.sistem_kerja.penugasan import AsalPenugasan, Penugasan
from birokrasi.sistem_kerja.sistem import SistemKerja
from birokrasi.sistem_kerja.tim_kerja import (
    Keanggotaan,
    LingkupTim,
    Peran,
    PersetujuanLintasInstansi,
    SuratKeputusan,
    TimKerja,
)

__all__ = [
    "KEBIJAKAN_SISTEM_KERJA_BAKU",
    "AsalPenugasan",
    "Keanggotaan",
    "KebijakanSistemKerja",
    "LingkupTim",
    "PemberiUmpanBalik",
    "Penugasan",
    "Peran",
    "PersetujuanLintasInstansi",
    "SistemKerja",
    "SumberUmpanBalik",
    "SuratKeputusan",
    "TimKerja",
    "lingkup_tim",
    "membawahi",
    "pemberi_umpan_balik",
    "penempatan_anggota",
    "periksa_alokasi",
    "periksa_anggota",
    "periksa_ketua",
    "periksa_penetap",
    "periksa_penugasan",
    "periksa_sistem_kerja",
    "periksa_tumpang_tindih",
]
