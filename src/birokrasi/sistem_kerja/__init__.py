"""How work is assigned after penyederhanaan birokrasi (PermenPANRB 7/2022): work teams
(:class:`TimKerja`, :class:`Keanggotaan`), assignments (:class:`Penugasan`), the
:class:`SistemKerja` aggregate with append-only operations and indexed date queries, the
feedback-givers matrix (:func:`pemberi_umpan_balik`) and the checks (``periksa_*``).

Modules: :mod:`.tim_kerja`, :mod:`.penugasan`, :mod:`.sistem`, :mod:`.matriks` and
:mod:`.pemeriksaan` (the SK-TIM and SK-TUGAS rules, their checks and
:class:`KebijakanSistemKerja`).
The package offers the public names of its modules lazily (see :mod:`birokrasi._publik`).
"""

from typing import TYPE_CHECKING

from birokrasi._publik import pemuat

# The static face for type checkers, generated from birokrasi._publik.TABEL:
# `python tests/test_publik.py` rewrites it, and tests/test_publik.py fails when it drifts.
# --- generated: begin
if TYPE_CHECKING:
    from birokrasi.sistem_kerja.kewenangan import (
        pastikan_wewenang_tim as pastikan_wewenang_tim,
    )
    from birokrasi.sistem_kerja.matriks import (
        PemberiUmpanBalik as PemberiUmpanBalik,
    )
    from birokrasi.sistem_kerja.matriks import (
        SumberUmpanBalik as SumberUmpanBalik,
    )
    from birokrasi.sistem_kerja.matriks import (
        lingkup_tim as lingkup_tim,
    )
    from birokrasi.sistem_kerja.matriks import (
        membawahi as membawahi,
    )
    from birokrasi.sistem_kerja.matriks import (
        pemberi_umpan_balik as pemberi_umpan_balik,
    )
    from birokrasi.sistem_kerja.matriks import (
        penempatan_anggota as penempatan_anggota,
    )
    from birokrasi.sistem_kerja.pemeriksaan import (
        JENJANG_PEMBERI_TUGAS_BAKU as JENJANG_PEMBERI_TUGAS_BAKU,
    )
    from birokrasi.sistem_kerja.pemeriksaan import (
        KEBIJAKAN_SISTEM_KERJA_BAKU as KEBIJAKAN_SISTEM_KERJA_BAKU,
    )
    from birokrasi.sistem_kerja.pemeriksaan import (
        KebijakanSistemKerja as KebijakanSistemKerja,
    )
    from birokrasi.sistem_kerja.pemeriksaan import (
        periksa_alokasi as periksa_alokasi,
    )
    from birokrasi.sistem_kerja.pemeriksaan import (
        periksa_anggota as periksa_anggota,
    )
    from birokrasi.sistem_kerja.pemeriksaan import (
        periksa_ketua as periksa_ketua,
    )
    from birokrasi.sistem_kerja.pemeriksaan import (
        periksa_penetap as periksa_penetap,
    )
    from birokrasi.sistem_kerja.pemeriksaan import (
        periksa_penugasan as periksa_penugasan,
    )
    from birokrasi.sistem_kerja.pemeriksaan import (
        periksa_sistem_kerja as periksa_sistem_kerja,
    )
    from birokrasi.sistem_kerja.pemeriksaan import (
        periksa_tumpang_tindih as periksa_tumpang_tindih,
    )
    from birokrasi.sistem_kerja.penugasan import (
        AsalPenugasan as AsalPenugasan,
    )
    from birokrasi.sistem_kerja.penugasan import (
        Penugasan as Penugasan,
    )
    from birokrasi.sistem_kerja.penyederhanaan import (
        PerbandinganPenyederhanaan as PerbandinganPenyederhanaan,
    )
    from birokrasi.sistem_kerja.penyederhanaan import (
        RingkasanStruktur as RingkasanStruktur,
    )
    from birokrasi.sistem_kerja.penyederhanaan import (
        StatistikTimKerja as StatistikTimKerja,
    )
    from birokrasi.sistem_kerja.penyederhanaan import (
        bandingkan_penyederhanaan as bandingkan_penyederhanaan,
    )
    from birokrasi.sistem_kerja.penyederhanaan import (
        ringkasan_struktur as ringkasan_struktur,
    )
    from birokrasi.sistem_kerja.penyederhanaan import (
        statistik_tim_kerja as statistik_tim_kerja,
    )
    from birokrasi.sistem_kerja.sistem import (
        SistemKerja as SistemKerja,
    )
    from birokrasi.sistem_kerja.tim_kerja import (
        Keanggotaan as Keanggotaan,
    )
    from birokrasi.sistem_kerja.tim_kerja import (
        LingkupTim as LingkupTim,
    )
    from birokrasi.sistem_kerja.tim_kerja import (
        Peran as Peran,
    )
    from birokrasi.sistem_kerja.tim_kerja import (
        PersetujuanLintasInstansi as PersetujuanLintasInstansi,
    )
    from birokrasi.sistem_kerja.tim_kerja import (
        SuratKeputusan as SuratKeputusan,
    )
    from birokrasi.sistem_kerja.tim_kerja import (
        TimKerja as TimKerja,
    )
# --- generated: end

__all__, _muat, _daftar = pemuat(__name__, globals())

if not TYPE_CHECKING:
    __getattr__ = _muat
    __dir__ = _daftar
