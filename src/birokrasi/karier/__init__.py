"""What performance means for a JF career (PermenPANRB 1/2023, Peraturan BKN 3/2023): the
dated angka kredit table (:mod:`.tabel_ak`: koefisien, AKK), the konversi of predikat kinerja
into angka kredit (:mod:`.konversi`), its ledger (:mod:`.saldo`) and where it starts (on
appointment, :mod:`.pengangkatan`, :mod:`.pengangkatan_pertama`, :mod:`.penyesuaian` and
:mod:`.promosi`; from the former rules, :mod:`.integrasi`), the kenaikan
pangkat and jenjang checks (:mod:`.kenaikan`) and a projection (:mod:`.proyeksi`). The package
offers the public names of its modules lazily (see :mod:`birokrasi._publik`).
"""

from typing import TYPE_CHECKING

from birokrasi._publik import pemuat

__all__, _muat, _daftar = pemuat(__name__, globals())

if not TYPE_CHECKING:
    __getattr__ = _muat
    __dir__ = _daftar
