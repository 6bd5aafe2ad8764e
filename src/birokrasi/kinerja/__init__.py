"""Performance management, in the order of PermenPANRB 6/2022 Pasal 5: the shared vocabulary
(:mod:`.predikat`: ratings, predikat, the kuadran kinerja), then the four stages of
pengelolaan kinerja: :mod:`.perencanaan` (SKP, targets, BerAKHLAK, pohon kinerja, deadlines),
:mod:`.pemantauan` (the journal of feedback, dialogues and pembinaan, and who may write it),
:mod:`.penilaian` (evaluations and their record, predikat organisasi, the kurva distribusi of
SE MenPANRB 3/2023) and :mod:`.tindak_lanjut` (penghargaan, kinerja rendah, keberatan).
The package offers the public names of its modules lazily (see :mod:`birokrasi._publik`).
"""

from typing import TYPE_CHECKING

from birokrasi._publik import pemuat

__all__, _muat, _daftar = pemuat(__name__, globals())

if not TYPE_CHECKING:
    __getattr__ = _muat
    __dir__ = _daftar
