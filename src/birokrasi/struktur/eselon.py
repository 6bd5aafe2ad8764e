"""Legacy :class:`Eselon` (I.a ... V.a): its jabatan equivalence under UU 5/2014 Pasal 131
(STR-ESELON-01), its pangkat range under PP 13/2002 (STR-ESELON-02), and
:func:`penyetaraan` of jabatan administrasi into JF under PermenPANRB 17/2021 (STR-SETARA-01).
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable

import attrs

from birokrasi import _validasi as v
from birokrasi._enum import Berlabel, pasang_varian
from birokrasi.errors import InvalidValueError
from birokrasi.hukum import (
    PERMENPANRB_17_2021,
    PP_13_2002,
    UU_5_2014,
    Aturan,
    Dasar,
    Keyakinan,
)
from birokrasi.pesan import pembuat_templat
from birokrasi.struktur.golongan import Golongan
from birokrasi.struktur.jabatan import Jenjang

__all__ = [
    "ATURAN",
    "ATURAN_PANGKAT_ESELON",
    "ATURAN_PENYETARAAN",
    "ATURAN_SETARA_ESELON",
    "PEMETAAN_PENYETARAAN",
    "Eselon",
    "PemetaanPenyetaraan",
    "jenjang_setara",
    "penyetaraan",
]

ATURAN_SETARA_ESELON = Aturan(
    kode="STR-ESELON-01",
    uraian=(
        "Eselon Ia kepala LPNK setara JPT Utama; eselon Ia dan Ib setara JPT Madya; eselon II "
        "setara JPT Pratama; eselon III setara Administrator; eselon IV setara Pengawas; "
        "eselon V setara Pelaksana."
    ),
    summary="Each legacy eselon is equivalent to a jabatan of the ASN law (transitional).",
    dasar=Dasar(UU_5_2014, pasal="131", keyakinan=Keyakinan.SEKUNDER),
)

ATURAN_PANGKAT_ESELON = Aturan(
    kode="STR-ESELON-02",
    uraian="Setiap eselon memiliki jenjang pangkat terendah dan tertinggi.",
    summary="Each legacy eselon has a lowest and a highest pangkat (for importing old data).",
    dasar=Dasar(
        PP_13_2002,
        lampiran="jenjang pangkat eselon",
        keyakinan=Keyakinan.SEKUNDER,
        tafsiran=(
            "The PP 13/2002 table is used (I.a = IV/d-IV/e), not the older PP 15/1994 one that "
            "some pages still show (I.a = IV/e only)."
        ),
    ),
)

ATURAN_PENYETARAAN = Aturan(
    kode="STR-SETARA-01",
    uraian=(
        "Penyetaraan jabatan: Administrator menjadi JF Ahli Madya, Pengawas menjadi JF Ahli Muda, "
        "dan Pelaksana eselon V menjadi JF Ahli Pertama."
    ),
    summary=(
        "Penyetaraan turns Administrator into JF Ahli Madya, Pengawas into Ahli Muda and eselon V "
        "Pelaksana into Ahli Pertama; nothing else is converted."
    ),
    dasar=Dasar(PERMENPANRB_17_2021, pasal="4", keyakinan=Keyakinan.SEKUNDER),
    dasar_lain=(
        Dasar(
            PERMENPANRB_17_2021,
            pasal="2",
            keyakinan=Keyakinan.SEKUNDER,
            tafsiran=(
                "Scope (Pasal 2-3 per two summaries): Administrator, Pengawas and Pelaksana that "
                "are eselon V; an eselon V post must be given as Eselon.V_A, because a plain "
                "Jenjang.PELAKSANA is not convertible."
            ),
        ),
    ),
    berlaku_sejak=PERMENPANRB_17_2021.diundangkan,
)

ATURAN: tuple[Aturan, ...] = (ATURAN_SETARA_ESELON, ATURAN_PANGKAT_ESELON, ATURAN_PENYETARAAN)

_G = Golongan


class Eselon(Berlabel):
    """A legacy structural eselon with its PP 13/2002 pangkat range (STR-ESELON-02). Eselon
    order as PP 13/2002 ranks them, I.a highest (greatest) and V.a lowest; :meth:`parse`
    reads ``III.a``, ``III/a``, ``IIIa`` or ``iii.a``.

    >>> Eselon.parse("III/a").pangkat_terendah
    <Golongan.IV_A: 'IV/a'>
    >>> Eselon.III_A > Eselon.IV_A
    True
    """

    I_A = ("I.a", _G.IV_D, _G.IV_E)
    I_B = ("I.b", _G.IV_C, _G.IV_E)
    II_A = ("II.a", _G.IV_C, _G.IV_D)
    II_B = ("II.b", _G.IV_B, _G.IV_C)
    III_A = ("III.a", _G.IV_A, _G.IV_B)
    III_B = ("III.b", _G.III_D, _G.IV_A)
    IV_A = ("IV.a", _G.III_C, _G.III_D)
    IV_B = ("IV.b", _G.III_B, _G.III_C)
    V_A = ("V.a", _G.III_A, _G.III_B)

    def __init__(self, label: str, terendah: Golongan, tertinggi: Golongan) -> None:
        self.pangkat_terendah = terendah
        self.pangkat_tertinggi = tertinggi

    @property
    def rentang_pangkat(self) -> tuple[Golongan, ...]:
        """Every golongan from the lowest to the highest pangkat of this eselon."""
        return tuple(g for g in Golongan if self.pangkat_terendah <= g <= self.pangkat_tertinggi)

    def __lt__(self, other: object) -> bool:
        return _banding(self, other, operator.lt)

    def __le__(self, other: object) -> bool:
        return _banding(self, other, operator.le)

    def __gt__(self, other: object) -> bool:
        return _banding(self, other, operator.gt)

    def __ge__(self, other: object) -> bool:
        return _banding(self, other, operator.ge)

    @classmethod
    def dari_teks(cls, teks: str) -> Eselon:
        """Parse ``III.a``, ``III/a``, ``IIIa`` or ``iii.a``; anything else is refused
        (:meth:`parse` reads the same and a member; this name is kept from 0.1.0)."""
        v.pastikan_tipe("teks", teks, str)
        cocok = _POLA.fullmatch(teks)
        label = f"{cocok.group(1).upper()}.{cocok.group(2).lower()}" if cocok else ""
        if label not in _DARI_LABEL:
            raise InvalidValueError(_BUKAN_ESELON(teks=v.render(repr(teks))))
        return _DARI_LABEL[label]


def _banding(a: Eselon, b: object, op: Callable[[int, int], bool]) -> bool:
    """``op`` on the ranks of two eselon (I.a highest); ``NotImplemented`` for another type."""
    if not isinstance(b, Eselon):
        return NotImplemented  # type: ignore[no-any-return]
    return op(_PERINGKAT[b], _PERINGKAT[a])


_PERINGKAT = {e: i for i, e in enumerate(Eselon)}
"""Position in PP 13/2002's list, highest first (so a smaller number is a higher eselon)."""

pasang_varian(
    Eselon,
    {f"{e.label[:-2]}{pemisah}{e.label[-1]}": e.name for e in Eselon for pemisah in ("/", "")},
)

_POLA = re.compile(r"(IV|V|III|II|I)[./ ]?([AB])", re.IGNORECASE)
_DARI_LABEL = {e.label: e for e in Eselon}

_SETARA: dict[Eselon, Jenjang] = {
    Eselon.I_A: Jenjang.JPT_MADYA,
    Eselon.I_B: Jenjang.JPT_MADYA,
    Eselon.II_A: Jenjang.JPT_PRATAMA,
    Eselon.II_B: Jenjang.JPT_PRATAMA,
    Eselon.III_A: Jenjang.ADMINISTRATOR,
    Eselon.III_B: Jenjang.ADMINISTRATOR,
    Eselon.IV_A: Jenjang.PENGAWAS,
    Eselon.IV_B: Jenjang.PENGAWAS,
    Eselon.V_A: Jenjang.PELAKSANA,
}


def jenjang_setara(eselon: Eselon, *, kepala_lpnk: bool = False) -> Jenjang:
    """The jabatan equivalent to a legacy ``eselon`` (STR-ESELON-01).

    Eselon I.a is JPT Utama only for the head of a lembaga pemerintah nonkementerian
    (``kepala_lpnk=True``), otherwise JPT Madya.

    >>> jenjang_setara(Eselon.I_A, kepala_lpnk=True).label
    'Pimpinan Tinggi Utama'
    """
    v.pastikan_tipe("eselon", eselon, Eselon)
    v.pastikan_tipe("kepala_lpnk", kepala_lpnk, bool)
    if kepala_lpnk and eselon is not Eselon.I_A:
        raise InvalidValueError(_KEPALA_LPNK(eselon=eselon))
    return Jenjang.JPT_UTAMA if kepala_lpnk else _SETARA[eselon]


_PENYETARAAN: dict[Jenjang, Jenjang] = {
    Jenjang.ADMINISTRATOR: Jenjang.AHLI_MADYA,
    Jenjang.PENGAWAS: Jenjang.AHLI_MUDA,
}


def penyetaraan(asal: Jenjang | Eselon) -> Jenjang:
    """The JF jenjang a jabatan administrasi becomes by penyetaraan (STR-SETARA-01).

    ``asal`` is an Administrator/Pengawas :class:`Jenjang` or a legacy :class:`Eselon`
    (III → Ahli Madya, IV → Ahli Muda, V → Ahli Pertama); anything else raises
    :class:`~birokrasi.errors.InvalidValueError`.

    >>> penyetaraan(Jenjang.PENGAWAS).label, penyetaraan(Eselon.V_A).label
    ('Ahli Muda', 'Ahli Pertama')
    """
    v.pastikan_tipe("asal", asal, Jenjang, Eselon)
    if isinstance(asal, Eselon):
        if asal is Eselon.V_A:
            return Jenjang.AHLI_PERTAMA
        jenjang = _SETARA[asal]
        if jenjang not in _PENYETARAAN:
            raise InvalidValueError(_ESELON_JPT(eselon=asal, jenjang=jenjang))
        return _PENYETARAAN[jenjang]
    if asal not in _PENYETARAAN:
        templat = _PELAKSANA if asal is Jenjang.PELAKSANA else _TIDAK_DISETARAKAN
        raise InvalidValueError(templat(jenjang=asal))
    return _PENYETARAAN[asal]


@attrs.frozen
class PemetaanPenyetaraan:
    """One row of the penyetaraan table (STR-SETARA-01): a legacy ``eselon``, the jabatan it
    is equivalent to (STR-ESELON-01) and the JF jenjang its holder becomes."""

    eselon: Eselon = attrs.field(validator=v.instance_of(Eselon))
    jenjang: Jenjang = attrs.field(validator=v.instance_of(Jenjang))
    jenjang_jf: Jenjang = attrs.field(validator=v.instance_of(Jenjang))

    @property
    def aturan(self) -> Aturan:
        """The rule the row states, with its citation and confidence."""
        return ATURAN_PENYETARAAN


PEMETAAN_PENYETARAAN: tuple[PemetaanPenyetaraan, ...] = tuple(
    PemetaanPenyetaraan(e, jenjang_setara(e), penyetaraan(e))
    for e in Eselon
    if e >= Eselon.V_A and e <= Eselon.III_A
)
"""The penyetaraan table as data, eselon III.a to V.a, highest first (STR-SETARA-01):
Administrator (III) to Ahli Madya, Pengawas (IV) to Ahli Muda, eselon V to Ahli Pertama.

>>> [(r.eselon.label, r.jenjang_jf.label) for r in PEMETAAN_PENYETARAAN][::2]
[('III.a', 'Ahli Madya'), ('IV.a', 'Ahli Muda'), ('V.a', 'Ahli Pertama')]
"""


_t = pembuat_templat(__name__)
_BUKAN_ESELON = _t(
    "ESELON/bukan-eselon",
    "Eselon: {teks} is not an eselon (expected I.a, I.b, II.a, II.b, III.a, III.b, IV.a, IV.b "
    "or V.a)",
)
_KEPALA_LPNK = _t(
    "STR-ESELON-01/kepala-lpnk",
    "jenjang_setara: kepala_lpnk applies to eselon I.a only, got {eselon}",
)
_ESELON_JPT = _t(
    "STR-SETARA-01/eselon-jpt",
    "penyetaraan: eselon {eselon} ({jenjang}) is a JPT post and is not converted into JF "
    "(STR-SETARA-01)",
)
_PELAKSANA = _t(
    "STR-SETARA-01/pelaksana",
    "penyetaraan: jenjang {jenjang} is not converted into JF (an eselon V post: pass "
    "Eselon.V_A); only Administrator, Pengawas and eselon V are (STR-SETARA-01)",
)
_TIDAK_DISETARAKAN = _t(
    "STR-SETARA-01/tidak-disetarakan",
    "penyetaraan: jenjang {jenjang} is not converted into JF; only Administrator, Pengawas and "
    "eselon V are (STR-SETARA-01)",
)
