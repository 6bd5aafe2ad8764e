"""Rank: :class:`Golongan` ruang (I/a ... IV/e) with its pangkat name, the golongan allowed for
each JF jenjang (STR-GOL-01) and the check :func:`periksa_golongan`.

A pegawai whose golongan lies outside the range of their JF jenjang is a finding, not an
invalid value: penyetaraan placed people regardless of golongan (PermenPANRB 17/2021 Pasal 5).
"""

from __future__ import annotations

import re
import types
from collections.abc import Mapping

from birokrasi import _validasi as v
from birokrasi._enum import Berperingkat, pasang_varian
from birokrasi.errors import InvalidTypeError, InvalidValueError
from birokrasi.hukum import (
    PERMENPANRB_1_2023,
    PERMENPANRB_17_2021,
    Aturan,
    Dasar,
    Keyakinan,
    Pelanggaran,
)
from birokrasi.pesan import pembuat_templat
from birokrasi.struktur.jabatan import Jenjang

__all__ = ["ATURAN", "ATURAN_GOLONGAN_JF", "GOLONGAN_JF", "Golongan", "periksa_golongan"]

ATURAN_GOLONGAN_JF = Aturan(
    kode="STR-GOL-01",
    uraian="Setiap jenjang Jabatan Fungsional memiliki rentang pangkat/golongan ruang tertentu.",
    summary=(
        "Each JF jenjang has a golongan range (Pemula II/a; Terampil II/b-II/d; Mahir III/a-III/b; "
        "Penyelia III/c-III/d; Ahli Pertama III/a-III/b; Ahli Muda III/c-III/d; Ahli Madya "
        "IV/a-IV/c; Ahli Utama IV/d-IV/e); a mismatch is a finding."
    ),
    dasar=Dasar(
        PERMENPANRB_1_2023,
        lampiran="tabel angka kredit kumulatif kenaikan pangkat",
        keyakinan=Keyakinan.SEKUNDER,
        tafsiran=(
            "The ranges are read off the AKK table by golongan (keterampilan rows verified) and "
            "the JF regulations that repeat them (Peraturan BKN 6/2020 Pasal 10, Permen KP "
            "25/2023 Pasal 2); GOLONGAN_JF is a parameter an agency may replace."
        ),
    ),
    dasar_lain=(
        Dasar(
            PERMENPANRB_17_2021,
            pasal="5",
            keyakinan=Keyakinan.SEKUNDER,
            tafsiran=(
                "Penyetaraan places people regardless of pangkat/golongan, so a misfit is "
                "reported by periksa_golongan, never refused at construction."
            ),
        ),
    ),
)

ATURAN: tuple[Aturan, ...] = (ATURAN_GOLONGAN_JF,)

_POLA = re.compile(r"(IV|III|II|I)[/ ]([A-E])", re.IGNORECASE)


class Golongan(Berperingkat):
    """A golongan ruang with its pangkat name and its ``tingkat``, ordered from I/a (lowest)
    to IV/e; the notation (``label``) is the same in English.

    >>> Golongan.dari_teks("iii/a") is Golongan.III_A, Golongan.III_A.pangkat
    (True, 'Penata Muda')
    >>> Golongan.III_D < Golongan.IV_A
    True
    """

    I_A = ("I/a", "Juru Muda", 1)
    I_B = ("I/b", "Juru Muda Tingkat I", 2)
    I_C = ("I/c", "Juru", 3)
    I_D = ("I/d", "Juru Tingkat I", 4)
    II_A = ("II/a", "Pengatur Muda", 5)
    II_B = ("II/b", "Pengatur Muda Tingkat I", 6)
    II_C = ("II/c", "Pengatur", 7)
    II_D = ("II/d", "Pengatur Tingkat I", 8)
    III_A = ("III/a", "Penata Muda", 9)
    III_B = ("III/b", "Penata Muda Tingkat I", 10)
    III_C = ("III/c", "Penata", 11)
    III_D = ("III/d", "Penata Tingkat I", 12)
    IV_A = ("IV/a", "Pembina", 13)
    IV_B = ("IV/b", "Pembina Tingkat I", 14)
    IV_C = ("IV/c", "Pembina Utama Muda", 15)
    IV_D = ("IV/d", "Pembina Utama Madya", 16)
    IV_E = ("IV/e", "Pembina Utama", 17)

    def __init__(self, label: str, pangkat: str, tingkat: int) -> None:
        super().__init__(label, label, tingkat)
        self.pangkat = pangkat
        romawi, ruang = label.split("/")
        self.romawi = romawi
        self.ruang = ruang

    @property
    def tingkat(self) -> int:
        """Position in the order, 1 (I/a) to 17 (IV/e)."""
        return self.peringkat

    @classmethod
    def dari_teks(cls, teks: str) -> Golongan:
        """Parse ``III/a``, ``III a`` or ``iii/a`` (any case); anything else is refused.

        >>> Golongan.dari_teks("IV/f")
        Traceback (most recent call last):
        ...
        birokrasi.errors.InvalidValueError: Golongan: 'IV/f' bukan golongan ruang ...
        """
        v.pastikan_tipe("teks", teks, str)
        cocok = _POLA.fullmatch(teks)
        label = f"{cocok.group(1).upper()}/{cocok.group(2).lower()}" if cocok else None
        if label is None or label not in _DARI_LABEL:
            raise InvalidValueError(_BUKAN_GOLONGAN(teks=v.render(repr(teks))))
        return _DARI_LABEL[label]


_DARI_LABEL: dict[str, Golongan] = {g.label: g for g in Golongan}

pasang_varian(
    Golongan,
    {
        teks: g.name
        for g in Golongan
        for teks in (
            g.pangkat,  # SIASN's pangkatAkhir, golonganPns.namaPangkat
            f"{g.pangkat} / {g.label}",
            f"{g.pangkat}, {g.label}",
            f"{g.pangkat} ({g.label})",
            f"{g.pangkat} - {g.label}",
            f"{g.label} - {g.pangkat}",
            f"{g.romawi}{g.ruang}",
        )
    },
)

_G = Golongan
GOLONGAN_JF: Mapping[Jenjang, tuple[Golongan, ...]] = types.MappingProxyType(
    {
        Jenjang.PEMULA: (_G.II_A,),
        Jenjang.TERAMPIL: (_G.II_B, _G.II_C, _G.II_D),
        Jenjang.MAHIR: (_G.III_A, _G.III_B),
        Jenjang.PENYELIA: (_G.III_C, _G.III_D),
        Jenjang.AHLI_PERTAMA: (_G.III_A, _G.III_B),
        Jenjang.AHLI_MUDA: (_G.III_C, _G.III_D),
        Jenjang.AHLI_MADYA: (_G.IV_A, _G.IV_B, _G.IV_C),
        Jenjang.AHLI_UTAMA: (_G.IV_D, _G.IV_E),
    }
)
"""The golongan ruang allowed in each JF jenjang (STR-GOL-01); keys are the eight JF jenjang."""


def periksa_golongan(
    jenjang: Jenjang,
    golongan: Golongan | None,
    subjek: str,
    *,
    tabel: Mapping[Jenjang, tuple[Golongan, ...]] | None = None,
) -> tuple[Pelanggaran, ...]:
    """Whether ``golongan`` fits the range of JF ``jenjang`` (STR-GOL-01).

    Jenjang without a range in ``tabel`` (``None``: :data:`GOLONGAN_JF`; manajerial,
    pelaksana) and a missing golongan (PPPK, or unknown) give no finding; ``subjek`` names the
    pegawai in the finding.

    >>> periksa_golongan(Jenjang.AHLI_MUDA, Golongan.III_C, "199001012015031001")
    ()
    >>> [p.kode for p in periksa_golongan(Jenjang.AHLI_MUDA, Golongan.III_B, "x")]
    ['STR-GOL-01']
    """
    v.pastikan_tipe("jenjang", jenjang, Jenjang)
    if golongan is not None:
        v.pastikan_tipe("golongan", golongan, Golongan)
    v.pastikan_tipe("subjek", subjek, str)
    tabel = GOLONGAN_JF if tabel is None else tabel
    if not isinstance(tabel, Mapping):
        raise InvalidTypeError(_TABEL_TIPE(diberikan=v.describe(tabel)))
    rentang = tabel.get(jenjang)
    if rentang is not None and not (
        isinstance(rentang, tuple) and rentang and all(isinstance(g, Golongan) for g in rentang)
    ):
        raise InvalidValueError(
            _TABEL_RENTANG(nama=f"tabel[{jenjang.label}]", diberikan=v.describe(rentang))
        )
    if golongan is None or rentang is None or golongan in rentang:
        return ()
    bawah, atas = min(rentang), max(rentang)
    return (
        Pelanggaran(
            ATURAN_GOLONGAN_JF,
            subjek,
            _DI_LUAR_RENTANG(golongan=golongan, bawah=bawah, atas=atas, jenjang=jenjang),
        ),
    )


_t = pembuat_templat(__name__)
_BUKAN_GOLONGAN = _t(
    "GOLONGAN/bukan-golongan",
    "Golongan: {teks} is not a golongan ruang (expected I/a-I/d, II/a-II/d, III/a-III/d or "
    "IV/a-IV/e, written like 'III/a' or 'III a')",
)
_TABEL_TIPE = _t(
    "GOLONGAN/tabel-tipe", "tabel: expected a mapping of Jenjang to golongan, got {diberikan}"
)
_TABEL_RENTANG = _t(
    "GOLONGAN/tabel-rentang", "{nama}: expected a non-empty tuple of Golongan, got {diberikan}"
)
_DI_LUAR_RENTANG = _t(
    "STR-GOL-01/di-luar-rentang",
    "golongan {golongan} is outside the range {bawah}-{atas} of jenjang {jenjang}",
)
