"""The kurva (pola) distribusi as dated parameter data: bands, rounding and the curves of
SE MenPANRB 3/2023 (rules ``KIN-DIST-01`` to ``KIN-DIST-05``, in force from 31 January 2023).

A :class:`KurvaDistribusi` holds disjoint bands (:class:`Pita`) of caps and floors on the
share of a unit's employees with each predikat, and the predikat that "sebagian besar" of the
unit must hold; :class:`Pembulatan` turns shares into counts (the SE is silent on rounding)
and :class:`SebagianBesar` says how "sebagian besar" is counted. Agencies read
:data:`KURVA_SE_3_2023` and may pass their own.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from decimal import Decimal
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
from birokrasi.pesan import Pesan, pembuat_templat

__all__ = [
    "ATURAN",
    "KURVA_DISTRIBUSI",
    "KURVA_SE_3_2023",
    "BatasDistribusi",
    "BatasPita",
    "KurvaDistribusi",
    "Pembulatan",
    "Pita",
    "SebagianBesar",
]


class Pembulatan(Tetap):
    """How a share of the unit becomes a count of employees (the SE is silent on rounding).

    * ``SEKETAT_MUNGKIN`` (default): ``KETAT`` whenever some assignment of the unit can then
      comply; a unit too small for that gets the strictest of ``TERDEKAT`` and ``LONGGAR``
      under which one can (and ``LONGGAR``'s counts when none can). Per share it rounds as
      ``KETAT``; :meth:`KurvaDistribusi.batas` does the fallback.
    * ``KETAT``: a maximum of p% allows ``floor(p·n)`` employees and a minimum of p% requires
      ``ceil(p·n)``, so the shares are never exceeded or undershot.
    * ``LONGGAR``: a maximum allows ``ceil(p·n)``, a minimum requires ``floor(p·n)``.
    * ``TERDEKAT``: both round to the nearest count, halves upwards.

    >>> Pembulatan.KETAT.maksimum(Fraction(7, 10), 9), Pembulatan.KETAT.minimum(Fraction(6, 10), 9)
    (6, 6)
    >>> [p.name for p in Pembulatan.SEKETAT_MUNGKIN.urutan]
    ['KETAT', 'TERDEKAT', 'LONGGAR']
    """

    KETAT = "ketat"
    LONGGAR = "longgar"
    TERDEKAT = "terdekat"
    SEKETAT_MUNGKIN = "seketat mungkin"

    @property
    def urutan(self) -> tuple[Pembulatan, ...]:
        """The roundings tried in turn for a unit, strictest first."""
        if self is Pembulatan.SEKETAT_MUNGKIN:
            return (Pembulatan.KETAT, Pembulatan.TERDEKAT, Pembulatan.LONGGAR)
        return (self,)

    def maksimum(self, bagian: Fraction, jumlah_pegawai: int) -> int:
        """The count a cap of ``bagian`` allows in a unit of ``jumlah_pegawai``."""
        nilai = _pastikan_bagian(bagian, jumlah_pegawai)
        if self is Pembulatan.LONGGAR:
            return math.ceil(nilai)
        if self is Pembulatan.TERDEKAT:
            return math.floor(nilai + Fraction(1, 2))
        return math.floor(nilai)

    def minimum(self, bagian: Fraction, jumlah_pegawai: int) -> int:
        """The count a floor of ``bagian`` requires in a unit of ``jumlah_pegawai``."""
        nilai = _pastikan_bagian(bagian, jumlah_pegawai)
        if self is Pembulatan.LONGGAR:
            return math.floor(nilai)
        if self is Pembulatan.TERDEKAT:
            return math.floor(nilai + Fraction(1, 2))
        return math.ceil(nilai)


def _pastikan_bagian(bagian: object, jumlah_pegawai: object) -> Fraction:
    """``bagian * jumlah_pegawai``, the arguments checked: an exact share between 0 and 1 and
    a unit size of at least 0."""
    v.pastikan_tipe("bagian", bagian, Fraction)
    assert isinstance(bagian, Fraction)
    if not 0 <= bagian <= 1:
        raise InvalidValueError(_BAGIAN(diberikan=v.render(bagian)))
    return bagian * v.pastikan_bilangan("jumlah_pegawai", jumlah_pegawai, 0)


class SebagianBesar(Tetap):
    """How "sebagian besar" (most) of a unit is counted where the SE names a curve's leading
    predikat (KIN-DIST-01: Sangat Baik under Istimewa; KIN-DIST-02: Baik under Baik).

    * ``LEBIH_DARI_SEPARUH`` (default): more than half of the unit, ``floor(n/2) + 1``.
    * ``TERBANYAK``: more employees than any other single predikat (a tie is not enough).

    Where a function takes ``sebagian_besar=``, ``None`` keeps the reading of 0.1.0: the cap
    only, no floor.

    >>> SebagianBesar.LEBIH_DARI_SEPARUH.minimum(10), SebagianBesar.TERBANYAK.minimum(10)
    (6, 3)
    """

    LEBIH_DARI_SEPARUH = "lebih dari separuh"
    TERBANYAK = "terbanyak"

    @property
    def uraian(self) -> Pesan:
        """The reading in words (a :class:`~birokrasi.pesan.Pesan`: ``str()`` renders it in
        the context's language, ``.teks("en")`` in English).

        >>> SebagianBesar.LEBIH_DARI_SEPARUH.uraian.teks("id")
        'lebih dari separuh pegawai unit'
        """
        if self is SebagianBesar.LEBIH_DARI_SEPARUH:
            return _SEPARUH()
        return _TERBANYAK()

    def minimum(self, jumlah_pegawai: int) -> int:
        """The fewest employees the leading predikat needs in a unit of ``jumlah_pegawai``
        (for ``TERBANYAK``, the fewest that can outnumber each of the four other predikat);
        an empty unit owes nothing."""
        n = v.pastikan_bilangan("jumlah_pegawai", jumlah_pegawai, 0)
        if n == 0:
            return 0
        if self is SebagianBesar.LEBIH_DARI_SEPARUH:
            return n // 2 + 1
        lain = len(Predikat) - 1
        return -(-(n + lain) // (lain + 1))


def _ke_predikat(value: Predikat | Iterable[Predikat]) -> tuple[Predikat, ...]:
    """Converter: one :class:`Predikat` or an iterable of them → tuple in the regulation's
    order (best first); anything else is kept for the validator to reject."""
    hasil: tuple[Predikat, ...] = _predikat_atau_asal(value)
    return hasil


def _predikat_atau_asal(value: Any) -> Any:
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
            _PREDIKAT_UNIK(nama=v.nama_field(instance, attribute), diberikan=v.describe(value))
        )


def _persen(bagian: Fraction) -> Fraction | Decimal:
    """A share as a percentage for a message: exact when it has a finite decimal (``12.5``),
    else six significant digits (``33.3333``), rendered with the language's decimal mark."""
    nilai = bagian * 100
    d = nilai.denominator
    for faktor in (2, 5):
        while d % faktor == 0:
            d //= faktor
    return nilai if d == 1 else Decimal(format(float(nilai), "g"))


@attrs.frozen
class Pita:
    """A band of the curve: one predikat or, where the SE says "dan/atau", several counted
    together, with a share cap (``maksimum``), a share floor (``minimum``) and an absolute
    floor (``minimum_jumlah``, for the SE's "harus ada": at least that many employees)."""

    predikat: tuple[Predikat, ...] = attrs.field(converter=_ke_predikat, validator=_predikat_unik)
    minimum: Fraction | None = attrs.field(
        default=None,
        kw_only=True,
        converter=attrs.converters.optional(v.ke_pecahan),
        validator=v.optional(v.bagian()),
    )
    maksimum: Fraction | None = attrs.field(
        default=None,
        kw_only=True,
        converter=attrs.converters.optional(v.ke_pecahan),
        validator=v.optional(v.bagian()),
    )
    minimum_jumlah: int = attrs.field(default=0, kw_only=True, validator=v.bilangan(0))

    def __attrs_post_init__(self) -> None:
        if self.minimum is None and self.maksimum is None and self.minimum_jumlah == 0:
            raise InvalidValueError(_TANPA_BATAS(pita=self.nama))
        if self.minimum is not None and self.maksimum is not None and self.minimum > self.maksimum:
            raise InvalidValueError(
                _MINIMUM_DI_ATAS(
                    minimum=_persen(self.minimum), maksimum=_persen(self.maksimum), pita=self.nama
                )
            )

    @property
    def nama(self) -> str:
        """The band's predikat labels, e.g. ``Butuh Perbaikan dan/atau Kurang/Misconduct``."""
        return " dan/atau ".join(p.label for p in self.predikat)

    @property
    def uraian(self) -> Pesan:
        """The band's rule in words (a :class:`~birokrasi.pesan.Pesan`), e.g. ``Sangat Baik:
        paling banyak 70%`` (``Sangat Baik: at most 70%`` in English).

        >>> Pita(Predikat.SANGAT_BAIK, maksimum=Fraction(7, 10)).uraian.teks("id")
        'Sangat Baik: paling banyak 70%'
        """
        syarat: list[Pesan] = []
        if self.minimum is not None:
            syarat.append(_PALING_SEDIKIT_PERSEN(persen=_persen(self.minimum)))
        if self.minimum_jumlah:
            syarat.append(_PALING_SEDIKIT_PEGAWAI(jumlah=self.minimum_jumlah))
        if self.maksimum is not None:
            syarat.append(
                _TIDAK_ADA()
                if self.maksimum == 0
                else _PALING_BANYAK_PERSEN(persen=_persen(self.maksimum))
            )
        return _URAIAN_PITA(pita=self.nama, syarat=tuple(syarat))

    def batas(self, jumlah_pegawai: int, pembulatan: Pembulatan) -> BatasPita:
        """The allowed counts of this band in a unit of ``jumlah_pegawai`` employees.

        The absolute floor is capped at the unit's size, so an empty unit owes nothing.
        """
        n = v.pastikan_bilangan("jumlah_pegawai", jumlah_pegawai, 0)
        v.pastikan_tipe("pembulatan", pembulatan, Pembulatan)
        bawah = self.minimum_jumlah
        if self.minimum is not None:
            bawah = max(bawah, pembulatan.minimum(self.minimum, n))
        atas = n if self.maksimum is None else pembulatan.maksimum(self.maksimum, n)
        return BatasPita(self, min(bawah, n), atas)


@attrs.frozen
class BatasPita:
    """A band's allowed counts in a unit of a given size: ``minimum ≤ count ≤ maksimum``.

    ``sebagian_besar`` is set on the band of the curve's leading predikat: the reading whose
    floor ``minimum`` includes (under ``TERBANYAK`` the band must also outnumber every other
    predikat, which no pair of bounds can say). ``None`` in documents written by 0.1.0.
    """

    pita: Pita = attrs.field(validator=v.instance_of(Pita))
    minimum: int = attrs.field(validator=v.bilangan(0))
    maksimum: int = attrs.field(validator=v.bilangan(0))
    sebagian_besar: SebagianBesar | None = attrs.field(
        default=None, kw_only=True, validator=v.optional(v.instance_of(SebagianBesar))
    )

    def memuat(self, jumlah: int) -> bool:
        """Whether ``jumlah`` employees in this band respect both bounds."""
        v.pastikan_tipe("jumlah", jumlah, int)
        return self.minimum <= jumlah <= self.maksimum

    @property
    def uraian(self) -> Pesan:
        """The band's rule in words, with the reading of "sebagian besar" where it applies (a
        :class:`~birokrasi.pesan.Pesan`)."""
        if self.sebagian_besar is None:
            return self.pita.uraian
        return _URAIAN_SEBAGIAN_BESAR(pita=self.pita.uraian, bacaan=self.sebagian_besar.uraian)


def _pita_terpisah(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    v.tuple_of(Pita)(instance, attribute, value)
    seen: set[Predikat] = set()
    for pita in value:
        if seen.intersection(pita.predikat):
            raise InvalidValueError(
                _PITA_BERBAGI(nama=v.nama_field(instance, attribute), pita=pita.nama)
            )
        seen.update(pita.predikat)


@attrs.frozen
class KurvaDistribusi:
    """The curve for one predikat organisasi: disjoint bands, the predikat that "sebagian
    besar" of the unit must hold (``predikat_utama``, the only predikat of one band; ``None``
    when the SE names none) and the rule that sets them.

    Agencies may build their own and pass it as ``kurva=`` to the functions of this module.
    """

    predikat_organisasi: PredikatOrganisasi = attrs.field(
        validator=v.instance_of(PredikatOrganisasi)
    )
    pita: tuple[Pita, ...] = attrs.field(converter=v.KeTuple[Pita], validator=_pita_terpisah)
    aturan: Aturan = attrs.field(validator=v.instance_of(Aturan))
    predikat_utama: Predikat | None = attrs.field(
        default=None, kw_only=True, validator=v.optional(v.instance_of(Predikat))
    )

    def __attrs_post_init__(self) -> None:
        utama = self.predikat_utama
        if utama is not None and all(p.predikat != (utama,) for p in self.pita):
            raise InvalidValueError(_UTAMA_BUKAN_PITA(predikat=utama))

    def batas(
        self,
        jumlah_pegawai: int,
        pembulatan: Pembulatan = Pembulatan.SEKETAT_MUNGKIN,
        sebagian_besar: SebagianBesar | None = SebagianBesar.LEBIH_DARI_SEPARUH,
    ) -> BatasDistribusi:
        """The allowed counts of every band in a unit of ``jumlah_pegawai`` employees, with
        the first rounding of ``pembulatan.urutan`` under which the unit can comply (the
        last one tried when none can)."""
        v.pastikan_tipe("jumlah_pegawai", jumlah_pegawai, int)
        v.pastikan_tipe("pembulatan", pembulatan, Pembulatan)
        v.pastikan_tipe("sebagian_besar", sebagian_besar, SebagianBesar, type(None))
        if jumlah_pegawai < 0:
            raise InvalidValueError(_NEGATIF(diberikan=v.render(jumlah_pegawai)))
        for cara in pembulatan.urutan:
            hasil = BatasDistribusi(
                self,
                jumlah_pegawai,
                cara,
                tuple(self._batas_pita(p, jumlah_pegawai, cara, sebagian_besar) for p in self.pita),
            )
            if hasil.dapat_dipenuhi:
                break
        return hasil

    def _batas_pita(
        self, pita: Pita, n: int, pembulatan: Pembulatan, sebagian_besar: SebagianBesar | None
    ) -> BatasPita:
        batas = pita.batas(n, pembulatan)
        if sebagian_besar is None or pita.predikat != (self.predikat_utama,):
            return batas
        bawah = max(batas.minimum, min(sebagian_besar.minimum(n), n))
        return BatasPita(pita, bawah, batas.maksimum, sebagian_besar=sebagian_besar)


@attrs.frozen
class _Kelompok:
    """A band while checking or planning: a curve band or a free predikat, with bounds on
    its count and a cap (``plafon``) on each of its predikat (the unit's size unless
    ``TERBANYAK`` fixes the count of the leading predikat)."""

    anggota: tuple[Predikat, ...]
    minimum: int
    maksimum: int
    plafon: int
    batas: BatasPita | None


def _muat(kelompok: tuple[_Kelompok, ...], n: int) -> bool:
    """Whether ``n`` employees can be spread so that every group keeps its bounds."""
    if any(k.minimum > k.maksimum for k in kelompok):
        return False
    return sum(k.minimum for k in kelompok) <= n <= sum(k.maksimum for k in kelompok)


@attrs.frozen
class BatasDistribusi:
    """The counts a curve allows in a unit of ``jumlah_pegawai`` employees, band by band, with
    the rounding applied (for ``SEKETAT_MUNGKIN``, the one chosen for this size).

    ``dapat_dipenuhi`` is false when the unit is too small for the bands to hold together
    (a band's floor above its cap, floors adding up to more than the unit, or no count of the
    leading predikat that outnumbers every other).
    """

    kurva: KurvaDistribusi = attrs.field(validator=v.instance_of(KurvaDistribusi))
    jumlah_pegawai: int = attrs.field(validator=v.bilangan(0))
    pembulatan: Pembulatan = attrs.field(validator=v.instance_of(Pembulatan))
    pita: tuple[BatasPita, ...] = attrs.field(validator=v.tuple_of(BatasPita))

    @property
    def dapat_dipenuhi(self) -> bool:
        """Whether some assignment of predikat to the unit's employees respects every band."""
        n = self.jumlah_pegawai
        utama = self.terbanyak
        if utama is None:
            return _muat(self._kelompok(), n)
        # With t people in the leading band, every other band's cap and the total cap grow
        # with t and the total floor grows with t: if any t fits, the largest t the other
        # floors leave room for fits, so one t is tried, not every t up to the unit's size.
        lain = sum(b.minimum for b in self.pita if b is not utama)
        t = min(utama.maksimum, n - lain)
        return t >= utama.minimum and _muat(self._kelompok(t), n)

    @property
    def terbanyak(self) -> BatasPita | None:
        """The band that must outnumber every other predikat (``TERBANYAK``), if any; an
        empty unit owes nothing."""
        if self.jumlah_pegawai == 0:
            return None
        return next((b for b in self.pita if b.sebagian_besar is SebagianBesar.TERBANYAK), None)

    def untuk(self, predikat: Predikat) -> BatasPita | None:
        """The bounds of the band that counts ``predikat``, or ``None`` if it is free."""
        v.pastikan_tipe("predikat", predikat, Predikat)
        return next((b for b in self.pita if predikat in b.pita.predikat), None)

    def _kelompok(self, jumlah_utama: int | None = None) -> tuple[_Kelompok, ...]:
        """Every band and free predikat with its bounds; with ``jumlah_utama``, the leading
        band holds exactly that many and every other predikat at most one fewer."""
        n = self.jumlah_pegawai
        utama = self.terbanyak if jumlah_utama is not None else None
        plafon = n if jumlah_utama is None else max(jumlah_utama - 1, 0)
        hasil: list[_Kelompok] = []
        for b in self.pita:
            if b is utama:
                assert jumlah_utama is not None
                hasil.append(_Kelompok(b.pita.predikat, jumlah_utama, jumlah_utama, n, b))
            else:
                atas = min(b.maksimum, plafon * len(b.pita.predikat))
                hasil.append(_Kelompok(b.pita.predikat, b.minimum, atas, plafon, b))
        tercakup = {p for b in self.pita for p in b.pita.predikat}
        hasil.extend(
            _Kelompok((p,), 0, min(n, plafon), plafon, None) for p in Predikat if p not in tercakup
        )
        return tuple(hasil)


_SUMBER = (
    "naikpangkat.com/se-terbaru-menpan-rb-tetapkan-3-tahap-evaluasi-kinerja-asn-harus-lebih-"
    "waspada/3, a news page quoting the SE's panduan pola distribusi (audit 2026-12 [S1]; "
    "quotation marks normalised)"
)
_BACAAN = (
    "The SE itself was not read, only the pola distribusi as reported (naikpangkat.com p. 3; "
    "ainamulyana.com and Kompasiana agree); the kalkulator distribusi predikat it points to "
    "was not seen. The SE gives shares only and is silent on rounding: counts use the "
    "pembulatan parameter, default SEKETAT_MUNGKIN: KETAT (a cap of p% allows floor(p*n), a "
    "floor of p% requires ceil(p*n), so no share of the text is exceeded or undershot) "
    "whenever some assignment of the unit can then comply, and otherwise the strictest of "
    "TERDEKAT and LONGGAR under which one can. Only units of one to four employees ever "
    "need the fallback; it keeps the library from demanding a predikat the text does not "
    "(under KETAT a one-person Istimewa unit could not give Sangat Baik, a two-person Kurang "
    "unit could not comply at all). KETAT, TERDEKAT and LONGGAR remain options."
)
_SEBAGIAN_BESAR = (
    '"Sebagian besar" is a floor on the leading predikat, read by the sebagian_besar '
    "parameter: default SebagianBesar.LEBIH_DARI_SEPARUH, more than half of the unit "
    "(floor(n/2)+1 employees), the ordinary sense of the phrase (the greater part of a whole) "
    'and the one that makes "(maksimal 70%)" a range above one half; KBBI\'s entry could not '
    "be read here. SebagianBesar.TERBANYAK (more employees than any other single predikat) "
    "is the weaker option; None keeps the 0.1.0 reading, the 70% cap only."
)


def _aturan_kurva(
    nomor: int, po: PredikatOrganisasi, uraian: str, kutipan: str, tafsiran: str
) -> Aturan:
    return Aturan(
        kode=f"KIN-DIST-{nomor:02d}",
        uraian=uraian,
        summary=f"The kurva distribusi for a unit whose predikat organisasi is {po.label}.",
        dasar=Dasar(
            SE_MENPANRB_3_2023,
            bagian=f"pola distribusi predikat kinerja pegawai, angka {nomor})",
            keyakinan=Keyakinan.SEKUNDER,
            tafsiran=f"{_BACAAN} {tafsiran}",
            kutipan=kutipan,
            sumber=_SUMBER,
        ),
        dasar_lain=(
            Dasar(PERMENPANRB_6_2022, pasal="24", keyakinan=Keyakinan.SEKUNDER),
            Dasar(PP_30_2019, pasal="41", ayat="7", keyakinan=Keyakinan.SEKUNDER),
        ),
        berlaku_sejak=SE_MENPANRB_3_2023.ditetapkan,
    )


_PO = PredikatOrganisasi
_SB, _B, _BP, _K, _SK = Predikat

KURVA_SE_3_2023: tuple[KurvaDistribusi, ...] = (
    KurvaDistribusi(
        _PO.ISTIMEWA,
        (Pita(_SB, maksimum=Fraction(7, 10)),),
        _aturan_kurva(
            1,
            _PO.ISTIMEWA,
            "Organisasi Istimewa: sebagian besar (maksimal 70%) pegawai berpredikat Sangat Baik; "
            "pegawai lainnya dapat berpredikat apa pun.",
            'Apabila predikat kinerja organisasi "Istimewa", maka sebagian besar (maksimal 70%) '
            'pegawai memiliki predikat kinerja "Sangat Baik" dan pegawai lainnya dapat memiliki '
            'predikat kinerja "Baik", "Butuh Perbaikan", "Kurang/misconduct" dan/atau "Sangat '
            'Kurang"',
            f'{_SEBAGIAN_BESAR} Kompasiana (audit [S30]) reports the cap alone: "istimewa ... '
            'maksimal 70 % pegawainya memperoleh predikat sangat baik".',
        ),
        predikat_utama=_SB,
    ),
    KurvaDistribusi(
        _PO.BAIK,
        (Pita(_B, maksimum=Fraction(7, 10)), Pita((_BP, _K), minimum_jumlah=1)),
        _aturan_kurva(
            2,
            _PO.BAIK,
            "Organisasi Baik: sebagian besar (maksimal 70%) pegawai berpredikat Baik dan harus "
            "ada pegawai berpredikat Butuh Perbaikan dan/atau Kurang/Misconduct.",
            'Apabila predikat kinerja organisasi "Baik", maka sebagian besar (maksimal 70%) '
            'pegawai memiliki predikat kinerja "Baik", harus ada pegawai dengan predikat kinerja '
            '"Butuh Perbaikan" dan/atau "Kurang/misconduct", dan pegawai lainnya dapat memiliki '
            'predikat kinerja "Sangat Baik" dan/atau "Sangat Kurang"',
            f'{_SEBAGIAN_BESAR} "Harus ada" has no number: coded as at least one employee '
            "across Butuh Perbaikan and Kurang/Misconduct, whatever the unit size; with the "
            "floor on Baik no Baik unit of one or two employees can comply.",
        ),
        predikat_utama=_B,
    ),
    KurvaDistribusi(
        _PO.BUTUH_PERBAIKAN,
        (Pita(_SB, maksimum=Fraction(1, 10)), Pita(_BP, minimum=Fraction(6, 10))),
        _aturan_kurva(
            3,
            _PO.BUTUH_PERBAIKAN,
            "Organisasi Butuh Perbaikan/Cukup: minimal 60% pegawai berpredikat Butuh Perbaikan "
            "dan paling banyak 10% berpredikat Sangat Baik.",
            'Apabila predikat kinerja organisasi "Butuh Perbaikan/Cukup", maka minimal 60% '
            'pegawai memiliki predikat kinerja "Butuh Perbaikan" dan pegawai lainnya dapat '
            'memiliki predikat kinerja "Sangat Baik" (maksimal 10%), "Baik", '
            '"Kurang/misconduct" dan/atau "Sangat Kurang"',
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
            'Apabila predikat kinerja organisasi "Kurang", maka minimal 60% pegawai memiliki '
            'predikat kinerja "Kurang/misconduct", minimal 10% pegawai memiliki predikat '
            'kinerja "Butuh Perbaikan" dan pegawai lainnya dapat memiliki predikat kinerja '
            '"Sangat Baik (maksimal 10%), "Baik", dan/atau "Sangat Kurang"',
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
            'Apabila predikat kinerja organisasi "Sangat Kurang", maka minimal 60% pegawai '
            'memiliki predikat kinerja "Sangat kurang" harus ada minimal 10% pegawai yang '
            'memiliki predikat kinerja "Kurang/misconduct", dan/atau "Butuh Perbaikan", pegawai '
            'lainnya dapat memjliki predikat kinerja "Baik" dan tidak ada pegawai dengan '
            'predikat kineria "Sangar Bak" [sic]',
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

_t = pembuat_templat(__name__)
_BAGIAN = _t("KURVA/bagian", "bagian: a share must be between 0 and 1, got {diberikan}")
_SEPARUH = _t("KURVA/lebih-dari-separuh", "more than half of the unit")
_TERBANYAK = _t("KURVA/terbanyak", "more than any other predikat")
_PREDIKAT_UNIK = _t(
    "KURVA/predikat-unik", "{nama}: expected one or more distinct predikat, got {diberikan}"
)
_TANPA_BATAS = _t("KURVA/pita-tanpa-batas", "Pita: the band {pita} has no bound")
_MINIMUM_DI_ATAS = _t(
    "KURVA/minimum-di-atas-maksimum",
    "Pita.minimum: {minimum}% is above maksimum {maksimum}% ({pita})",
)
_PALING_SEDIKIT_PERSEN = _t("KURVA/paling-sedikit-persen", "at least {persen}%")
_PALING_SEDIKIT_PEGAWAI = _t("KURVA/paling-sedikit-pegawai", "at least {jumlah} employee(s)")
_PALING_BANYAK_PERSEN = _t("KURVA/paling-banyak-persen", "at most {persen}%")
_TIDAK_ADA = _t("KURVA/tidak-ada", "none")
_URAIAN_PITA = _t("KURVA/uraian-pita", "{pita}: {syarat}")
_URAIAN_SEBAGIAN_BESAR = _t("KURVA/uraian-sebagian-besar", "{pita}; sebagian besar: {bacaan}")
_PITA_BERBAGI = _t("KURVA/pita-berbagi", "{nama}: bands must not share a predikat ({pita})")
_UTAMA_BUKAN_PITA = _t(
    "KURVA/utama-bukan-pita",
    "KurvaDistribusi.predikat_utama: {predikat} must be the only predikat of one band",
)
_NEGATIF = _t("KURVA/jumlah-negatif", "jumlah_pegawai: must not be negative, got {diberikan}")
