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

__all__, _muat, _daftar = pemuat(__name__, globals())

if not TYPE_CHECKING:
    __getattr__ = _muat
    __dir__ = _daftar
