"""Who holds which position: the position taxonomy (UU 20/2023), golongan, legacy eselon and
penyetaraan (PermenPANRB 17/2021), NIP, and the organisation with its atasan langsung and
Pejabat Penilai Kinerja (PermenPANRB 6/2022).

Modules: :mod:`.jabatan` (taxonomy), :mod:`.golongan`, :mod:`.eselon` (and penyetaraan),
:mod:`.nip`, :mod:`.unsur` (units, pegawai, placements, delegations), :mod:`.organisasi`
(:class:`Instansi` and its queries) and :mod:`.pemeriksaan` (:func:`periksa_instansi`).
"""

from birokrasi.struktur.eselon import Eselon, jenjang_setara, penyetaraan
from birokrasi.struktur.golongan import GOLONGAN_JF, Golongan, periksa_golongan
from birokrasi.struktur.jabatan import (
    Jabatan,
    JenisJabatan,
    Jenjang,
    KategoriFungsional,
    KelompokJabatan,
    KelompokJabatanLama,
)
from birokrasi.struktur.nip import KODE_PPPK_TERAMATI, NIP, JenisASN, JenisKelamin
from birokrasi.struktur.organisasi import Instansi
from birokrasi.struktur.pemeriksaan import periksa_instansi
from birokrasi.struktur.unsur import Delegasi, Pegawai, Penempatan, UnitOrganisasi

__all__ = [
    "GOLONGAN_JF",
    "KODE_PPPK_TERAMATI",
    "NIP",
    "Delegasi",
    "Eselon",
    "Golongan",
    "Instansi",
    "Jabatan",
    "JenisASN",
    "JenisJabatan",
    "JenisKelamin",
    "Jenjang",
    "KategoriFungsional",
    "KelompokJabatan",
    "KelompokJabatanLama",
    "Pegawai",
    "Penempatan",
    "UnitOrganisasi",
    "jenjang_setara",
    "penyetaraan",
    "periksa_golongan",
    "periksa_instansi",
]
