"""Hypothesis strategies for every public type, for our tests and for agency code.

Install with the ``testing`` extra (``pip install birokrasi[testing]``). Strategies are
grouped like the library (``dasar`` for hukum and periode, ``struktur``, ``kinerja``, ...)
and all re-exported here.
"""

from birokrasi.testing.dasar import (
    aturan,
    dasar,
    pelanggaran,
    peraturan,
    periode,
    tanggal,
)

__all__ = [
    "aturan",
    "dasar",
    "pelanggaran",
    "peraturan",
    "periode",
    "tanggal",
]
