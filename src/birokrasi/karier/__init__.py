"""What performance means for a JF career (PermenPANRB 1/2023, Peraturan BKN 3/2023): the
dated angka kredit table (koefisien, AKK), angka kredit from the predikat kinerja, its ledger,
the kenaikan pangkat and jenjang checks and a projection.

The function :func:`~birokrasi.karier.angka_kredit.angka_kredit` is exported from
:mod:`birokrasi` (``from birokrasi import angka_kredit``), not from this package, where the name
is the module :mod:`birokrasi.karier.angka_kredit`. The package offers the public names of its
modules lazily (see :mod:`birokrasi._publik`).
"""

from typing import TYPE_CHECKING

from birokrasi._publik import pemuat

__all__, _muat, _daftar = pemuat(__name__, globals())

if not TYPE_CHECKING:
    __getattr__ = _muat
    __dir__ = _daftar
