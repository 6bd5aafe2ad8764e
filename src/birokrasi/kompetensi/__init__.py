"""Competencies (PermenPANRB 38/2017, Standar Kompetensi Jabatan ASN) and placing people in
tim kerja by them: the standard of a jabatan (:class:`StandarKompetensi`), a pegawai's
assessed profile (:class:`ProfilKompetensi`), gap analysis per pegawai
(:func:`kesenjangan_pegawai`) and per team (:func:`kesenjangan_tim`), and a staffing proposal
(:func:`usulkan_anggota_tim`) that never passes the allocation cap of the sistem kerja.

Modules: :mod:`.standar`, :mod:`.profil`, :mod:`.kesenjangan`, :mod:`.kebutuhan_tim` and
:mod:`.usulan`. The package offers the public names of its modules lazily (see
:mod:`birokrasi._publik`).
"""

from typing import TYPE_CHECKING

from birokrasi._publik import pemuat

# The static face for type checkers, generated from birokrasi._publik.TABEL:
# `python tests/test_publik.py` rewrites it, and tests/test_publik.py fails when it drifts.
# --- generated: begin
if TYPE_CHECKING:
    from birokrasi.kompetensi.kebutuhan_tim import (
        CakupanKompetensi as CakupanKompetensi,
    )
    from birokrasi.kompetensi.kebutuhan_tim import (
        KebutuhanKompetensi as KebutuhanKompetensi,
    )
    from birokrasi.kompetensi.kebutuhan_tim import (
        KesenjanganTim as KesenjanganTim,
    )
    from birokrasi.kompetensi.kebutuhan_tim import (
        kesenjangan_tim as kesenjangan_tim,
    )
    from birokrasi.kompetensi.kebutuhan_tim import (
        periksa_kebutuhan_tim as periksa_kebutuhan_tim,
    )
    from birokrasi.kompetensi.kesenjangan import (
        Kesenjangan as Kesenjangan,
    )
    from birokrasi.kompetensi.kesenjangan import (
        KesenjanganPegawai as KesenjanganPegawai,
    )
    from birokrasi.kompetensi.kesenjangan import (
        kesenjangan_pegawai as kesenjangan_pegawai,
    )
    from birokrasi.kompetensi.kesenjangan import (
        periksa_kompetensi as periksa_kompetensi,
    )
    from birokrasi.kompetensi.kesenjangan import (
        rincian_kesenjangan as rincian_kesenjangan,
    )
    from birokrasi.kompetensi.profil import (
        KEBIJAKAN_KOMPETENSI_BAKU as KEBIJAKAN_KOMPETENSI_BAKU,
    )
    from birokrasi.kompetensi.profil import (
        KebijakanKompetensi as KebijakanKompetensi,
    )
    from birokrasi.kompetensi.profil import (
        ProfilKompetensi as ProfilKompetensi,
    )
    from birokrasi.kompetensi.profil import (
        SumberPenilaian as SumberPenilaian,
    )
    from birokrasi.kompetensi.profil import (
        profil_berlaku as profil_berlaku,
    )
    from birokrasi.kompetensi.standar import (
        KelompokKompetensi as KelompokKompetensi,
    )
    from birokrasi.kompetensi.standar import (
        Kompetensi as Kompetensi,
    )
    from birokrasi.kompetensi.standar import (
        KompetensiManajerial as KompetensiManajerial,
    )
    from birokrasi.kompetensi.standar import (
        KompetensiSosialKultural as KompetensiSosialKultural,
    )
    from birokrasi.kompetensi.standar import (
        LevelKompetensi as LevelKompetensi,
    )
    from birokrasi.kompetensi.standar import (
        StandarKompetensi as StandarKompetensi,
    )
    from birokrasi.kompetensi.standar import (
        TingkatKompetensi as TingkatKompetensi,
    )
    from birokrasi.kompetensi.standar import (
        periksa_standar as periksa_standar,
    )
    from birokrasi.kompetensi.usulan import (
        CalonAnggota as CalonAnggota,
    )
    from birokrasi.kompetensi.usulan import (
        CalonDitolak as CalonDitolak,
    )
    from birokrasi.kompetensi.usulan import (
        UsulanAnggotaTim as UsulanAnggotaTim,
    )
    from birokrasi.kompetensi.usulan import (
        usulkan_anggota_tim as usulkan_anggota_tim,
    )
# --- generated: end

__all__, _muat, _daftar = pemuat(__name__, globals())

if not TYPE_CHECKING:
    __getattr__ = _muat
    __dir__ = _daftar
