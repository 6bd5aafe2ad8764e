"""birokrasi: Indonesia's civil-service work system and performance-management regulations
as a pure, typed, cited domain model.

Everything agency code needs is importable from here; see ``__all__``.
"""

from birokrasi.errors import (
    AuthorityError,
    BirokrasiError,
    InvalidTypeError,
    InvalidValueError,
    NotFoundError,
    OutOfWindowError,
)
from birokrasi.hukum import Aturan, Dasar, JenisPeraturan, Keyakinan, Pelanggaran, Peraturan
from birokrasi.katalog import KATALOG, aturan
from birokrasi.periode import JenisPeriode, Periode, periodisasi

__version__ = "0.1.0"

__all__ = [
    "KATALOG",
    "Aturan",
    "AuthorityError",
    "BirokrasiError",
    "Dasar",
    "InvalidTypeError",
    "InvalidValueError",
    "JenisPeraturan",
    "JenisPeriode",
    "Keyakinan",
    "NotFoundError",
    "OutOfWindowError",
    "Pelanggaran",
    "Peraturan",
    "Periode",
    "__version__",
    "aturan",
    "periodisasi",
]
