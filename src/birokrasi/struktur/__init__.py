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

__all__, _muat, _daftar = pemuat(__name__, globals())

if not TYPE_CHECKING:
    __getattr__ = _muat
    __dir__ = _daftar
