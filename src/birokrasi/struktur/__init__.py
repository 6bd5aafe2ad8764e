"""Who holds which position: the position taxonomy (UU 20/2023), golongan, legacy eselon and
penyetaraan (PermenPANRB 17/2021), NIP, and the organisation with its atasan langsung and
Pejabat Penilai Kinerja (PermenPANRB 6/2022).

Modules: :mod:`.jabatan` (taxonomy), :mod:`.golongan`, :mod:`.eselon` (and penyetaraan),
:mod:`.nip`, :mod:`.unsur` (units, pegawai, placements, delegations), :mod:`.organisasi`
(:class:`Instansi` and its queries) and :mod:`.pemeriksaan` (:func:`periksa_instansi`).
The package offers the public names of its modules lazily (see :mod:`birokrasi._publik`).
"""

from typing import TYPE_CHECKING

from birokrasi._publik import pemuat

# The static face for type checkers, generated from birokrasi._publik.TABEL:
# `python tests/test_publik.py` rewrites it, and tests/test_publik.py fails when it drifts.
# --- generated: begin
if TYPE_CHECKING:
    from birokrasi.struktur.eselon import (
        PEMETAAN_PENYETARAAN as PEMETAAN_PENYETARAAN,
    )
    from birokrasi.struktur.eselon import (
        Eselon as Eselon,
    )
    from birokrasi.struktur.eselon import (
        PemetaanPenyetaraan as PemetaanPenyetaraan,
    )
    from birokrasi.struktur.eselon import (
        jenjang_setara as jenjang_setara,
    )
    from birokrasi.struktur.eselon import (
        penyetaraan as penyetaraan,
    )
    from birokrasi.struktur.golongan import (
        GOLONGAN_JF as GOLONGAN_JF,
    )
    from birokrasi.struktur.golongan import (
        Golongan as Golongan,
    )
    from birokrasi.struktur.golongan import (
        periksa_golongan as periksa_golongan,
    )
    from birokrasi.struktur.hierarki import (
        LapisanPegawai as LapisanPegawai,
    )
    from birokrasi.struktur.hierarki import (
        RentangKendali as RentangKendali,
    )
    from birokrasi.struktur.hierarki import (
        kedalaman_unit as kedalaman_unit,
    )
    from birokrasi.struktur.hierarki import (
        lapisan_pegawai as lapisan_pegawai,
    )
    from birokrasi.struktur.hierarki import (
        rantai_terpanjang as rantai_terpanjang,
    )
    from birokrasi.struktur.hierarki import (
        rentang_kendali as rentang_kendali,
    )
    from birokrasi.struktur.jabatan import (
        Jabatan as Jabatan,
    )
    from birokrasi.struktur.jabatan import (
        JenisJabatan as JenisJabatan,
    )
    from birokrasi.struktur.jabatan import (
        Jenjang as Jenjang,
    )
    from birokrasi.struktur.jabatan import (
        KategoriFungsional as KategoriFungsional,
    )
    from birokrasi.struktur.jabatan import (
        KelompokJabatan as KelompokJabatan,
    )
    from birokrasi.struktur.jabatan import (
        KelompokJabatanLama as KelompokJabatanLama,
    )
    from birokrasi.struktur.nip import (
        KODE_PPPK_BAKU as KODE_PPPK_BAKU,
    )
    from birokrasi.struktur.nip import (
        KODE_PPPK_TERAMATI as KODE_PPPK_TERAMATI,
    )
    from birokrasi.struktur.nip import (
        NIP as NIP,
    )
    from birokrasi.struktur.nip import (
        JenisASN as JenisASN,
    )
    from birokrasi.struktur.nip import (
        JenisKelamin as JenisKelamin,
    )
    from birokrasi.struktur.nip import (
        periksa_nip as periksa_nip,
    )
    from birokrasi.struktur.organisasi import (
        Instansi as Instansi,
    )
    from birokrasi.struktur.organisasi import (
        Pejabat as Pejabat,
    )
    from birokrasi.struktur.pemeriksaan import (
        periksa_instansi as periksa_instansi,
    )
    from birokrasi.struktur.perubahan import (
        JabatanDisetarakan as JabatanDisetarakan,
    )
    from birokrasi.struktur.perubahan import (
        PerubahanPenilai as PerubahanPenilai,
    )
    from birokrasi.struktur.perubahan import (
        jabatan_disetarakan as jabatan_disetarakan,
    )
    from birokrasi.struktur.perubahan import (
        periksa_penyetaraan_jabatan as periksa_penyetaraan_jabatan,
    )
    from birokrasi.struktur.perubahan import (
        perubahan_penilai as perubahan_penilai,
    )
    from birokrasi.struktur.potret import (
        PotretPegawai as PotretPegawai,
    )
    from birokrasi.struktur.potret import (
        PotretPejabat as PotretPejabat,
    )
    from birokrasi.struktur.potret import (
        PotretPejabatNegara as PotretPejabatNegara,
    )
    from birokrasi.struktur.potret import (
        potret_pegawai as potret_pegawai,
    )
    from birokrasi.struktur.potret import (
        potret_pejabat as potret_pejabat,
    )
    from birokrasi.struktur.potret import (
        potret_pejabat_negara as potret_pejabat_negara,
    )
    from birokrasi.struktur.potret import (
        potret_pelaku as potret_pelaku,
    )
    from birokrasi.struktur.potret import (
        potret_penilai as potret_penilai,
    )
    from birokrasi.struktur.unsur import (
        Delegasi as Delegasi,
    )
    from birokrasi.struktur.unsur import (
        Pegawai as Pegawai,
    )
    from birokrasi.struktur.unsur import (
        PejabatLuar as PejabatLuar,
    )
    from birokrasi.struktur.unsur import (
        PejabatNegara as PejabatNegara,
    )
    from birokrasi.struktur.unsur import (
        Penempatan as Penempatan,
    )
    from birokrasi.struktur.unsur import (
        UnitOrganisasi as UnitOrganisasi,
    )
# --- generated: end

__all__, _muat, _daftar = pemuat(__name__, globals())

if not TYPE_CHECKING:
    __getattr__ = _muat
    __dir__ = _daftar
