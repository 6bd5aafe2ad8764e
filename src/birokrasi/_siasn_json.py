"""Reading fields of SIASN's JSON with their paths (private helper of
:mod:`birokrasi.siasn_baca`).

Every reader names the field it failed on as a path (``rw-skp22[3].hasilKinerjaNilai``) and
raises only the library's errors. The notations read are those seen or assumed for SIASN's
web service; see :mod:`birokrasi.siasn_baca` for which were seen.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeVar

from birokrasi import _validasi as v
from birokrasi.errors import BirokrasiError, InvalidTypeError, InvalidValueError
from birokrasi.karier.konversi import angka_kredit_dari_teks
from birokrasi.pesan import Pesan, pembuat_templat
from birokrasi.struktur.nip import NIP

__all__ = [
    "ambil",
    "angka_kredit",
    "baca",
    "baris",
    "bulan",
    "bulat",
    "nip",
    "rekaman",
    "tanda",
    "tanggal",
    "teks",
    "wajib",
]

T = TypeVar("T")


def ambil(baris: Mapping[str, Any], jalur: str, *nama: str) -> tuple[str, Any]:
    """The first of the spellings ``nama`` present (not ``None``, not blank) in ``baris``,
    with its path; two spellings with different values raise."""
    ada = [(n, baris[n]) for n in nama if n in baris and not _kosong(baris[n])]
    for n, nilai in ada[1:]:
        if str(nilai).strip() != str(ada[0][1]).strip():
            raise InvalidValueError(
                _BERTENTANGAN(
                    jalur=f"{jalur}.{n}",
                    nilai=v.describe(nilai),
                    lain=f"{jalur}.{ada[0][0]}",
                    nilai_lain=v.describe(ada[0][1]),
                )
            )
    if not ada:
        return f"{jalur}.{nama[0]}", None
    return f"{jalur}.{ada[0][0]}", ada[0][1]


def _kosong(nilai: object) -> bool:
    """``None`` or blank text: a field SIASN left empty."""
    return nilai is None or (isinstance(nilai, str) and not nilai.strip())


def wajib(jalur: str, nilai: T | None) -> T:
    """``nilai``, which must be there."""
    if nilai is None:
        raise InvalidValueError(_HILANG(jalur=jalur))
    return nilai


_BULAT = re.compile(r"[0-9]{1,9}")


def bulat(jalur: str, nilai: object) -> int | None:
    """A whole number written as a JSON int, an integral JSON number or digits in text."""
    if nilai is None:
        return None
    if isinstance(nilai, int) and not isinstance(nilai, bool):
        return nilai
    if isinstance(nilai, float) and nilai.is_integer():
        return int(nilai)
    if isinstance(nilai, str) and _BULAT.fullmatch(nilai.strip()):
        return int(nilai.strip())
    raise InvalidValueError(_BUKAN_BULAT(jalur=jalur, diberikan=v.describe(nilai)))


def teks(jalur: str, nilai: object) -> str | None:
    """Text without surrounding blanks."""
    if nilai is None:
        return None
    if not isinstance(nilai, str):
        raise InvalidTypeError(_BUKAN_TEKS(jalur=jalur, diberikan=v.describe(nilai)))
    return nilai.strip()


def baca(jalur: str, nilai: object, fungsi: Callable[[Any], T]) -> T | None:
    """``fungsi(nilai)`` with any library error prefixed by the field path."""
    if nilai is None:
        return None
    try:
        return fungsi(nilai)
    except BirokrasiError as e:
        pesan: object = e.args[0] if e.args else None
        if not isinstance(pesan, Pesan):
            pesan = Pesan.dari_teks(v.render(e))
        raise type(e)(_DI_JALUR(jalur=jalur, pesan=pesan)) from None


def baris(nama: str, data: object) -> tuple[tuple[str, Mapping[str, Any]], ...]:
    """The rows of a riwayat: the ``data`` list of a response, or the list itself."""
    if isinstance(data, Mapping) and "data" in data:
        data = data["data"]
    if isinstance(data, (str, bytes)) or not isinstance(data, Sequence):
        raise InvalidTypeError(_BUKAN_DAFTAR(jalur=nama, diberikan=v.describe(data)))
    hasil = []
    for i, satu in enumerate(data):
        if not isinstance(satu, Mapping):
            raise InvalidTypeError(_BUKAN_REKAMAN(jalur=f"{nama}[{i}]", diberikan=v.describe(satu)))
        hasil.append((f"{nama}[{i}]", satu))
    return tuple(hasil)


def rekaman(nama: str, data: object) -> Mapping[str, Any]:
    """One record: the ``data`` record of a response, or the record itself."""
    if isinstance(data, Mapping) and isinstance(data.get("data"), Mapping):
        data = data["data"]
    if not isinstance(data, Mapping):
        raise InvalidTypeError(_BUKAN_REKAMAN(jalur=nama, diberikan=v.describe(data)))
    return data


def nip(jalur: str, nilai: object) -> NIP | None:
    """A NIP, written with or without separators."""
    return baca(jalur, teks(jalur, nilai), NIP.dari_teks)


_ANGKA_MESIN = re.compile(r"-?[0-9]{1,30}(\.[0-9]{1,30})?")


def angka_kredit(jalur: str, nilai: object) -> Fraction | None:
    """Exact credit from a JSON int, a JSON number (read as the decimal it was written as),
    text with a decimal dot (``"12.5"``) or text in Indonesian notation (``"12,5"``)."""
    if nilai is None:
        return None
    if isinstance(nilai, int) and not isinstance(nilai, bool):
        return Fraction(nilai)
    if isinstance(nilai, float) and nilai == nilai and abs(nilai) != float("inf"):
        return Fraction(Decimal(repr(nilai)))
    if isinstance(nilai, str):
        isi = nilai.strip()
        if "," in isi:
            hasil = baca(jalur, isi, angka_kredit_dari_teks)
            assert hasil is not None
            return hasil
        if _ANGKA_MESIN.fullmatch(isi):
            return Fraction(Decimal(isi))
    raise InvalidValueError(_BUKAN_ANGKA_KREDIT(jalur=jalur, diberikan=v.describe(nilai)))


_YA = {"1": True, "true": True, "0": False, "false": False}


def tanda(jalur: str, nilai: object) -> bool | None:
    if nilai is None or isinstance(nilai, bool):
        return nilai
    if isinstance(nilai, int) and nilai in (0, 1):
        return bool(nilai)
    if isinstance(nilai, str) and nilai.strip().casefold() in _YA:
        return _YA[nilai.strip().casefold()]
    raise InvalidValueError(_BUKAN_TANDA(jalur=jalur, diberikan=v.describe(nilai)))


_TANGGAL = (
    (re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})"), (1, 2, 3)),
    (re.compile(r"([0-9]{2})-([0-9]{2})-([0-9]{4})"), (3, 2, 1)),
)


def tanggal(jalur: str, nilai: object) -> dt.date | None:
    """A date written ``2024-03-01`` or ``01-03-2024``."""
    isi = teks(jalur, nilai)
    if isi is None:
        return None
    for pola, (t, b, h) in _TANGGAL:
        cocok = pola.fullmatch(isi)
        if cocok is not None:
            try:
                return dt.date(int(cocok[t]), int(cocok[b]), int(cocok[h]))
            except ValueError:
                break
    raise InvalidValueError(_BUKAN_TANGGAL(jalur=jalur, diberikan=repr(isi[:60])))


def bulan(jalur: str, nilai: object) -> int | None:
    """A month, 1-12."""
    hasil = bulat(jalur, nilai)
    if hasil is not None and not 1 <= hasil <= 12:
        raise InvalidValueError(_BUKAN_BULAN(jalur=jalur, diberikan=v.render(hasil)))
    return hasil


_t = pembuat_templat(__name__)
_BERTENTANGAN = _t("SIASN/bertentangan", "{jalur}: {nilai} disagrees with {lain} ({nilai_lain})")
_HILANG = _t("SIASN/hilang", "{jalur}: missing")
_BUKAN_BULAT = _t("SIASN/bukan-bulat", "{jalur}: expected a whole number, got {diberikan}")
_BUKAN_TEKS = _t("SIASN/bukan-teks", "{jalur}: expected text, got {diberikan}")
_DI_JALUR = _t("SIASN/di-jalur", "{jalur}: {pesan}")
_BUKAN_DAFTAR = _t("SIASN/bukan-daftar", "{jalur}: expected a list of records, got {diberikan}")
_BUKAN_REKAMAN = _t("SIASN/bukan-rekaman", "{jalur}: expected a record, got {diberikan}")
_BUKAN_ANGKA_KREDIT = _t(
    "SIASN/bukan-angka-kredit", "{jalur}: expected an angka kredit, got {diberikan}"
)
_BUKAN_TANDA = _t("SIASN/bukan-tanda", "{jalur}: expected 1/0 or true/false, got {diberikan}")
_BUKAN_TANGGAL = _t(
    "SIASN/bukan-tanggal", "{jalur}: expected a date (2024-03-01 or 01-03-2024), got {diberikan}"
)
_BUKAN_BULAN = _t("SIASN/bukan-bulan", "{jalur}: a month is 1-12, got {diberikan}")
