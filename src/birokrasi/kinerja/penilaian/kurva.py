"""The kurva (pola) distribusi as dated parameter data: bands, rounding and the curves of
SE MenPANRB 3/2023 (rules ``KIN-DIST-01`` to ``KIN-DIST-05``, in force from 31 January 2023).

A :class:`KurvaDistribusi` holds disjoint bands (:class:`Pita`) of caps and floors on the
share of a unit's employees with each predikat; :class:`Pembulatan` turns shares into counts
(the SE is silent on rounding). Agencies read :data:`KURVA_SE_3_2023` and may pass their own.
"""

from __future__ import annotations

import math
from fractions import Fraction
from typing import Any

import attrs

from birokrasi import _validasi as v
from birokrasi._enum import Tetap
from birokrasi.errors import InvalidValueError
from birokrasi.hukum import (
    PERMENPANRB_6_2022,
    PP_30_2019,
    SE_MENPANRB_3_2023,
    Aturan,
    Dasar,
    Keyakinan,
)
from birokrasi.kinerja.penilaian.capaian import PredikatOrganisasi
from birokrasi.kinerja.predikat import Predikat

__all__ = [
    "ATURAN",
    "KURVA_DISTRIBUSI",
    "KURVA_SE_3_2023",
    "BatasDistribusi",
    "BatasPita",
    "KurvaDistribusi",
    "Pembulatan",
    "Pita",
]


class Pembulatan(Tetap):
    """How a share of the unit becomes a count of employees (the SE is silent on rounding).

    * ``KETAT`` (default): a maximum of p% allows ``floor(p·n)`` employees and a minimum of
      p% requires ``ceil(p·n)``, so the shares are never exceeded or undershot.
    * ``LONGGAR``: a maximum allows ``ceil(p·n)``, a minimum requires ``floor(p·n)``.
    * ``TERDEKAT``: both round to the nearest count, halves upwards.

    >>> Pembulatan.KETAT.maksimum(Fraction(7, 10), 9), Pembulatan.KETAT.minimum(Fraction(6, 10), 9)
    (6, 6)
    """

    KETAT = "ketat"
    LONGGAR = "longgar"
    TERDEKAT = "terdekat"

    def maksimum(self, bagian: Fraction, jumlah_pegawai: int) -> int:
        """The count a cap of ``bagian`` allows in a unit of ``jumlah_pegawai``."""
        nilai = bagian * jumlah_pegawai
        if self is Pembulatan.KETAT:
            return math.floor(nilai)
        if self is Pembulatan.LONGGAR:
            return math.ceil(nilai)
        return math.floor(nilai + Fraction(1, 2))

    def minimum(self, bagian: Fraction, jumlah_pegawai: int) -> int:
        """The count a floor of ``bagian`` requires in a unit of ``jumlah_pegawai``."""
        nilai = bagian * jumlah_pegawai
        if self is Pembulatan.KETAT:
            return math.ceil(nilai)
        if self is Pembulatan.LONGGAR:
            return math.floor(nilai)
        return math.floor(nilai + Fraction(1, 2))


def _ke_predikat(value: Any) -> Any:
    """Converter: one :class:`Predikat` or an iterable of them → tuple in the regulation's
    order (best first); anything else is kept for the validator to reject."""
    if isinstance(value, Predikat):
        return (value,)
    if not v.iterabel(value):
        return value
    items = tuple(value)
    if all(isinstance(p, Predikat) for p in items):
        return tuple(sorted(items, reverse=True))
    return items


def _predikat_unik(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    v.tuple_of(Predikat)(instance, attribute, value)
    if not value or len(set(value)) != len(value):
        raise InvalidValueError(
            f"{v.nama_field(instance, attribute)}: expected one or more distinct predikat, "
            f"got {v.describe(value)}"
        )


def _persen(bagian: Fraction) -> str:
    nilai = bagian * 100
    return f"{nilai.numerator}%" if nilai.denominator == 1 else f"{float(nilai):g}%"


@attrs.frozen
class Pita:
    """A band of the curve: one predikat or, where the SE says "dan/atau", several counted
    together, with a share cap (``maksimum``), a share floor (``minimum``) and an absolute
    floor (``minimum_jumlah``, for the SE's "harus ada": at least that many employees)."""

    predikat: tuple[Predikat, ...] = attrs.field(converter=_ke_predikat, validator=_predikat_unik)
    minimum: Fraction | None = attrs.field(
        default=None, kw_only=True, converter=v.ke_pecahan, validator=v.optional(v.bagian())
    )
    maksimum: Fraction | None = attrs.field(
        default=None, kw_only=True, converter=v.ke_pecahan, validator=v.optional(v.bagian())
    )
    minimum_jumlah: int = attrs.field(default=0, kw_only=True, validator=v.bilangan(0))

    def __attrs_post_init__(self) -> None:
        if self.minimum is None and self.maksimum is None and self.minimum_jumlah == 0:
            raise InvalidValueError(f"Pita: the band {self.nama} has no bound")
        if self.minimum is not None and self.maksimum is not None and self.minimum > self.maksimum:
            raise InvalidValueError(
                f"Pita.minimum: {_persen(self.minimum)} is above maksimum "
                f"{_persen(self.maksimum)} ({self.nama})"
            )

    @property
    def nama(self) -> str:
        """The band's predikat labels, e.g. ``Butuh Perbaikan dan/atau Kurang/Misconduct``."""
        return " dan/atau ".join(p.label for p in self.predikat)

    @property
    def uraian(self) -> str:
        """The band's rule in words, e.g. ``Sangat Baik: at most 70%``."""
        parts: list[str] = []
        if self.minimum is not None:
            parts.append(f"at least {_persen(self.minimum)}")
        if self.minimum_jumlah:
            parts.append(f"at least {self.minimum_jumlah} employee(s)")
        if self.maksimum is not None:
            parts.append("none" if self.maksimum == 0 else f"at most {_persen(self.maksimum)}")
        return f"{self.nama}: {', '.join(parts)}"

    def batas(self, jumlah_pegawai: int, pembulatan: Pembulatan) -> BatasPita:
        """The allowed counts of this band in a unit of ``jumlah_pegawai`` employees.

        The absolute floor is capped at the unit's size, so an empty unit owes nothing.
        """
        n = jumlah_pegawai
        bawah = self.minimum_jumlah
        if self.minimum is not None:
            bawah = max(bawah, pembulatan.minimum(self.minimum, n))
        atas = n if self.maksimum is None else pembulatan.maksimum(self.maksimum, n)
        return BatasPita(self, min(bawah, n), atas)


@attrs.frozen
class BatasPita:
    """A band's allowed counts in a unit of a given size: ``minimum ≤ count ≤ maksimum``."""

    pita: Pita = attrs.field(validator=v.instance_of(Pita))
    minimum: int = attrs.field(validator=v.bilangan(0))
    maksimum: int = attrs.field(validator=v.bilangan(0))

    def memuat(self, jumlah: int) -> bool:
        """Whether ``jumlah`` employees in this band respect both bounds."""
        return self.minimum <= jumlah <= self.maksimum


def _pita_terpisah(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    v.tuple_of(Pita)(instance, attribute, value)
    seen: set[Predikat] = set()
    for pita in value:
        if seen.intersection(pita.predikat):
            raise InvalidValueError(
                f"{v.nama_field(instance, attribute)}: bands must not share a predikat "
                f"({pita.nama})"
            )
        seen.update(pita.predikat)


@attrs.frozen
class KurvaDistribusi:
    """The curve for one predikat organisasi: disjoint bands and the rule that sets them.

    Agencies may build their own (e.g. adding a "sebagian besar" floor) and pass it as
    ``kurva=`` to the functions of this module.
    """

    predikat_organisasi: PredikatOrganisasi = attrs.field(
        validator=v.instance_of(PredikatOrganisasi)
    )
    pita: tuple[Pita, ...] = attrs.field(converter=v.to_tuple, validator=_pita_terpisah)
    aturan: Aturan = attrs.field(validator=v.instance_of(Aturan))

    def batas(
        self, jumlah_pegawai: int, pembulatan: Pembulatan = Pembulatan.KETAT
    ) -> BatasDistribusi:
        """The allowed counts of every band in a unit of ``jumlah_pegawai`` employees."""
        v.periksa_tipe("jumlah_pegawai", jumlah_pegawai, int)
        v.periksa_tipe("pembulatan", pembulatan, Pembulatan)
        if jumlah_pegawai < 0:
            raise InvalidValueError(f"jumlah_pegawai: must not be negative, got {jumlah_pegawai}")
        return BatasDistribusi(
            self,
            jumlah_pegawai,
            pembulatan,
            tuple(p.batas(jumlah_pegawai, pembulatan) for p in self.pita),
        )


@attrs.frozen
class BatasDistribusi:
    """The counts a curve allows in a unit of ``jumlah_pegawai`` employees, band by band.

    ``dapat_dipenuhi`` is false when the unit is too small for the bands to hold together
    (a band's floor above its cap, or floors adding up to more than the unit).
    """

    kurva: KurvaDistribusi = attrs.field(validator=v.instance_of(KurvaDistribusi))
    jumlah_pegawai: int = attrs.field(validator=v.bilangan(0))
    pembulatan: Pembulatan = attrs.field(validator=v.instance_of(Pembulatan))
    pita: tuple[BatasPita, ...] = attrs.field(validator=v.tuple_of(BatasPita))

    @property
    def dapat_dipenuhi(self) -> bool:
        """Whether some assignment of predikat to the unit's employees respects every band."""
        n = self.jumlah_pegawai
        if any(b.minimum > b.maksimum for b in self.pita):
            return False
        tercakup = {p for b in self.pita for p in b.pita.predikat}
        kapasitas = n if len(tercakup) < len(Predikat) else sum(b.maksimum for b in self.pita)
        return sum(b.minimum for b in self.pita) <= n <= kapasitas

    def untuk(self, predikat: Predikat) -> BatasPita | None:
        """The bounds of the band that counts ``predikat``, or ``None`` if it is free."""
        v.periksa_tipe("predikat", predikat, Predikat)
        return next((b for b in self.pita if predikat in b.pita.predikat), None)


_SUMBER = (
    "SE text itself not read; the pola distribusi is as reproduced by naikpangkat.com (p. 3) "
    "and ainamulyana.com, consistent with Kompasiana; the kalkulator distribusi predikat it "
    "points to was not seen. The SE gives shares only and is silent on rounding: counts use "
    "the pembulatan parameter (default KETAT: a cap of p% allows floor(p*n), a floor of p% "
    "requires ceil(p*n))."
)


def _aturan_kurva(nomor: int, po: PredikatOrganisasi, uraian: str, tafsiran: str) -> Aturan:
    return Aturan(
        kode=f"KIN-DIST-{nomor:02d}",
        uraian=uraian,
        summary=f"The kurva distribusi for a unit whose predikat organisasi is {po.label}.",
        dasar=Dasar(
            SE_MENPANRB_3_2023,
            bagian=f"pola distribusi predikat kinerja pegawai, angka {nomor})",
            keyakinan=Keyakinan.SEKUNDER,
            tafsiran=f"{_SUMBER} {tafsiran}",
        ),
        dasar_lain=(
            Dasar(PERMENPANRB_6_2022, pasal="24", keyakinan=Keyakinan.SEKUNDER),
            Dasar(PP_30_2019, pasal="41", ayat="7", keyakinan=Keyakinan.SEKUNDER),
        ),
        berlaku_sejak=SE_MENPANRB_3_2023.ditetapkan,
    )


_PO = PredikatOrganisasi
_SB, _B, _BP, _K, _SK = Predikat
_SEBAGIAN_BESAR = (
    '"Sebagian besar (maksimal 70%)" is coded as the 70% cap only; no floor is implied '
    "(an agency may add one with its own KurvaDistribusi)."
)

KURVA_SE_3_2023: tuple[KurvaDistribusi, ...] = (
    KurvaDistribusi(
        _PO.ISTIMEWA,
        (Pita(_SB, maksimum=Fraction(7, 10)),),
        _aturan_kurva(
            1,
            _PO.ISTIMEWA,
            "Organisasi Istimewa: sebagian besar (maksimal 70%) pegawai berpredikat Sangat Baik; "
            "pegawai lainnya dapat berpredikat apa pun.",
            _SEBAGIAN_BESAR,
        ),
    ),
    KurvaDistribusi(
        _PO.BAIK,
        (Pita(_B, maksimum=Fraction(7, 10)), Pita((_BP, _K), minimum_jumlah=1)),
        _aturan_kurva(
            2,
            _PO.BAIK,
            "Organisasi Baik: sebagian besar (maksimal 70%) pegawai berpredikat Baik dan harus "
            "ada pegawai berpredikat Butuh Perbaikan dan/atau Kurang/Misconduct.",
            f'{_SEBAGIAN_BESAR} "Harus ada" has no number: coded as at least one employee '
            "across Butuh Perbaikan and Kurang/Misconduct, whatever the unit size.",
        ),
    ),
    KurvaDistribusi(
        _PO.BUTUH_PERBAIKAN,
        (Pita(_SB, maksimum=Fraction(1, 10)), Pita(_BP, minimum=Fraction(6, 10))),
        _aturan_kurva(
            3,
            _PO.BUTUH_PERBAIKAN,
            "Organisasi Butuh Perbaikan/Cukup: minimal 60% pegawai berpredikat Butuh Perbaikan "
            "dan paling banyak 10% berpredikat Sangat Baik.",
            "Read as written.",
        ),
    ),
    KurvaDistribusi(
        _PO.KURANG,
        (
            Pita(_SB, maksimum=Fraction(1, 10)),
            Pita(_BP, minimum=Fraction(1, 10)),
            Pita(_K, minimum=Fraction(6, 10)),
        ),
        _aturan_kurva(
            4,
            _PO.KURANG,
            "Organisasi Kurang: minimal 60% pegawai berpredikat Kurang/Misconduct, minimal 10% "
            "Butuh Perbaikan, dan paling banyak 10% Sangat Baik.",
            "Read as written; with KETAT rounding no unit of one or two employees can comply.",
        ),
    ),
    KurvaDistribusi(
        _PO.SANGAT_KURANG,
        (
            Pita(_SB, maksimum=Fraction(0)),
            Pita((_BP, _K), minimum=Fraction(1, 10), minimum_jumlah=1),
            Pita(_SK, minimum=Fraction(6, 10)),
        ),
        _aturan_kurva(
            5,
            _PO.SANGAT_KURANG,
            "Organisasi Sangat Kurang: minimal 60% pegawai berpredikat Sangat Kurang, harus ada "
            "minimal 10% Kurang/Misconduct dan/atau Butuh Perbaikan, dan tidak ada Sangat Baik.",
            '"Harus ada minimal 10%" is coded as at least 10% and at least one employee across '
            "Kurang/Misconduct and Butuh Perbaikan; with KETAT rounding no unit of one or two "
            "employees can comply.",
        ),
    ),
)
"""The curves of SE MenPANRB 3/2023 (KIN-DIST-01 to 05), in force from 31 January 2023."""

KURVA_DISTRIBUSI: tuple[KurvaDistribusi, ...] = KURVA_SE_3_2023
"""Every dated curve the library knows; :func:`kurva_distribusi` picks the one in force."""

ATURAN: tuple[Aturan, ...] = tuple(k.aturan for k in KURVA_SE_3_2023)
