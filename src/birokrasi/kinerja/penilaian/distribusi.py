"""Checking a unit against the kurva distribusi of SE MenPANRB 3/2023.

:func:`kurva_distribusi` picks the curve in force on a date
(:mod:`birokrasi.kinerja.penilaian.kurva`), :func:`batas_distribusi` turns it into counts for a
unit's size and :func:`periksa_distribusi` checks a unit's predikat, returning
:class:`PelanggaranDistribusi` values with the band, the bound and the count found.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from birokrasi import _validasi as v
from birokrasi._enum import Tetap
from birokrasi.errors import InvalidTypeError, InvalidValueError, OutOfWindowError
from birokrasi.hukum import Pelanggaran
from birokrasi.kinerja.penilaian.capaian import PredikatOrganisasi
from birokrasi.kinerja.penilaian.kurva import (
    KURVA_DISTRIBUSI,
    BatasDistribusi,
    BatasPita,
    KurvaDistribusi,
    Pembulatan,
    Pita,
    SebagianBesar,
)
from birokrasi.kinerja.predikat import Predikat

__all__ = [
    "JenisPelanggaranDistribusi",
    "PelanggaranDistribusi",
    "batas_distribusi",
    "kurva_distribusi",
    "periksa_distribusi",
]


class JenisPelanggaranDistribusi(Tetap):
    """What is wrong with a unit's distribution."""

    MELEBIHI_MAKSIMUM = "melebihi maksimum"
    """More employees in a band than its cap allows."""
    KURANG_DARI_MINIMUM = "kurang dari minimum"
    """Fewer employees in a band than its floor requires."""
    TIDAK_DAPAT_DIPENUHI = "tidak dapat dipenuhi"
    """No assignment can satisfy the curve at this unit size (reported first, then the bands)."""


@attrs.frozen
class PelanggaranDistribusi(Pelanggaran):
    """A breach of the kurva distribusi, with its data: the band (``None`` when the unit as a
    whole cannot comply), the count allowed or required (``batas``) and the count found
    (``jumlah``). For ``TIDAK_DAPAT_DIPENUHI`` without a band, ``batas`` is the unit's size
    and ``jumlah`` the sum of the floors."""

    jenis: JenisPelanggaranDistribusi = attrs.field(
        kw_only=True, validator=v.instance_of(JenisPelanggaranDistribusi)
    )
    pita: Pita | None = attrs.field(kw_only=True, validator=v.optional(v.instance_of(Pita)))
    batas: int = attrs.field(kw_only=True, validator=v.bilangan(0))
    jumlah: int = attrs.field(kw_only=True, validator=v.bilangan(0))


def kurva_distribusi(
    predikat_organisasi: PredikatOrganisasi,
    *,
    tanggal: dt.date,
    tabel: Iterable[KurvaDistribusi] | None = None,
) -> KurvaDistribusi:
    """The curve in force on ``tanggal`` for ``predikat_organisasi`` (KIN-DIST-01 to 05), read
    from ``tabel`` (``None``: the library's :data:`KURVA_DISTRIBUSI`).

    Raises :class:`~birokrasi.errors.OutOfWindowError` when none is in force (before 31
    January 2023 no curve was).
    """
    v.pastikan_tipe("predikat_organisasi", predikat_organisasi, PredikatOrganisasi)
    v.pastikan_tipe("tanggal", tanggal, dt.date)
    tabel = KURVA_DISTRIBUSI if tabel is None else tabel
    v.pastikan_iterabel("tabel", tabel, "curves")
    kandidat: list[KurvaDistribusi] = []
    for index, kurva in enumerate(tabel):
        v.pastikan_tipe(f"tabel[{index}]", kurva, KurvaDistribusi)
        if kurva.predikat_organisasi is predikat_organisasi:
            kandidat.append(kurva)
    berlaku = [k for k in kandidat if k.aturan.berlaku_pada(tanggal)]
    if not berlaku:
        if kandidat:
            kandidat[0].aturan.pastikan_berlaku(tanggal)
        raise OutOfWindowError(
            f"kurva_distribusi: no curve for {predikat_organisasi.label} is in force on "
            f"{tanggal.isoformat()}"
        )
    return max(berlaku, key=lambda k: k.aturan.berlaku_sejak or dt.date.min)


def _pilih_kurva(
    predikat_organisasi: PredikatOrganisasi,
    tanggal: dt.date,
    pembulatan: Pembulatan,
    kurva: KurvaDistribusi | None,
    sebagian_besar: SebagianBesar | None = None,
) -> KurvaDistribusi:
    """Validate the common arguments and return the curve to apply (internal helper)."""
    v.pastikan_tipe("predikat_organisasi", predikat_organisasi, PredikatOrganisasi)
    v.pastikan_tipe("tanggal", tanggal, dt.date)
    v.pastikan_tipe("pembulatan", pembulatan, Pembulatan)
    v.pastikan_tipe("sebagian_besar", sebagian_besar, SebagianBesar, type(None))
    if kurva is None:
        return kurva_distribusi(predikat_organisasi, tanggal=tanggal)
    v.pastikan_tipe("kurva", kurva, KurvaDistribusi)
    if kurva.predikat_organisasi is not predikat_organisasi:
        raise InvalidValueError(
            f"kurva: the curve is for {kurva.predikat_organisasi.label}, not "
            f"{predikat_organisasi.label}"
        )
    kurva.aturan.pastikan_berlaku(tanggal)
    return kurva


def batas_distribusi(
    predikat_organisasi: PredikatOrganisasi,
    jumlah_pegawai: int,
    *,
    tanggal: dt.date,
    pembulatan: Pembulatan = Pembulatan.SEKETAT_MUNGKIN,
    sebagian_besar: SebagianBesar | None = SebagianBesar.LEBIH_DARI_SEPARUH,
    kurva: KurvaDistribusi | None = None,
) -> BatasDistribusi:
    """The allowed minimum and maximum counts per band for a unit of ``jumlah_pegawai``
    employees under the curve in force on ``tanggal`` (KIN-DIST-01 to 05), "sebagian besar"
    read by ``sebagian_besar`` (``None``: no floor).

    >>> b = batas_distribusi(PredikatOrganisasi.ISTIMEWA, 10, tanggal=dt.date(2024, 1, 1))
    >>> [(x.pita.nama, x.minimum, x.maksimum) for x in b.pita]
    [('Sangat Baik', 6, 7)]
    """
    return _pilih_kurva(predikat_organisasi, tanggal, pembulatan, kurva, sebagian_besar).batas(
        jumlah_pegawai, pembulatan, sebagian_besar
    )


def _hitung_predikat(predikat_pegawai: Iterable[Predikat]) -> dict[Predikat, int]:
    """Count an iterable of :class:`Predikat`, naming a bad item by index (internal helper)."""
    v.pastikan_iterabel("predikat_pegawai", predikat_pegawai, "an iterable of Predikat")
    jumlah = dict.fromkeys(Predikat, 0)
    for index, predikat in enumerate(predikat_pegawai):
        if type(predikat) is not Predikat:
            raise InvalidTypeError(
                f"predikat_pegawai[{index}]: expected Predikat, got {v.describe(predikat)}"
            )
        jumlah[predikat] += 1
    return jumlah


def _cara(pembulatan: Pembulatan, maksimum: bool) -> str:
    if pembulatan is Pembulatan.TERDEKAT:
        return "rounded to nearest"
    down = (pembulatan is not Pembulatan.LONGGAR) == maksimum
    return "rounded down" if down else "rounded up"


def _sendiri(
    batas: BatasDistribusi, b: BatasPita, simpanan: dict[int, Any] | None
) -> tuple[int, str]:
    """Band ``b``'s own floor (without "sebagian besar") and its rule in words, computed once
    per band object in ``simpanan`` (a cache that lives for one batch call)."""
    if simpanan is not None:
        ada = simpanan.get(id(b))
        if ada is not None:
            return ada  # type: ignore[no-any-return]
    hasil = b.pita.batas(batas.jumlah_pegawai, batas.pembulatan).minimum, b.pita.uraian
    if simpanan is not None:
        simpanan[id(b)] = hasil
    return hasil


def _sifat(
    batas: BatasDistribusi, simpanan: dict[int, Any] | None
) -> tuple[bool, BatasPita | None]:
    """``batas.dapat_dipenuhi`` and ``batas.terbanyak``, computed once per bounds object in
    ``simpanan``."""
    if simpanan is not None:
        ada = simpanan.get(id(batas))
        if ada is not None:
            return ada  # type: ignore[no-any-return]
    hasil = batas.dapat_dipenuhi, batas.terbanyak
    if simpanan is not None:
        simpanan[id(batas)] = hasil
    return hasil


def _lantai(
    batas: BatasDistribusi,
    b: BatasPita,
    jumlah: Mapping[Predikat, int],
    simpanan: dict[int, Any] | None = None,
) -> tuple[int, str]:
    """The count band ``b`` needs given the other counts, and why (internal helper)."""
    perlu = b.minimum
    sendiri, uraian = _sendiri(batas, b, simpanan)
    alasan = f"{uraian}; {_cara(batas.pembulatan, False)}"
    if b is _sifat(batas, simpanan)[1]:
        pesaing = max((p for p in Predikat if p not in b.pita.predikat), key=lambda p: jumlah[p])
        if jumlah[pesaing] + 1 > perlu:
            perlu = jumlah[pesaing] + 1
            return perlu, (
                f"sebagian besar: more than any other predikat, and {pesaing.label} has "
                f"{v.teks_bulat(jumlah[pesaing])}; {uraian}"
            )
    if b.sebagian_besar is not None and perlu > sendiri:
        alasan = f"sebagian besar: {b.sebagian_besar.uraian}; {uraian}"
    return perlu, alasan


def _periksa_batas(
    batas: BatasDistribusi,
    jumlah: Mapping[Predikat, int],
    unit: str,
    simpanan: dict[int, Any] | None = None,
) -> tuple[PelanggaranDistribusi, ...]:
    """Check counts per predikat against computed bounds (internal helper, no validation);
    a batch passes ``simpanan`` so each band's words are computed once per call."""
    aturan = batas.kurva.aturan
    n = batas.jumlah_pegawai
    hasil: list[PelanggaranDistribusi] = []
    if not _sifat(batas, simpanan)[0]:
        lantai = sum(b.minimum for b in batas.pita)
        hasil.append(
            PelanggaranDistribusi(
                aturan,
                unit,
                f"no assignment of {v.teks_bulat(n)} employee(s) can satisfy the curve for "
                f"{batas.kurva.predikat_organisasi.label} ({batas.pembulatan.name} rounding): "
                "the unit is too small for its bands",
                jenis=JenisPelanggaranDistribusi.TIDAK_DAPAT_DIPENUHI,
                pita=None,
                batas=n,
                jumlah=lantai,
            )
        )
    for b in batas.pita:
        ada = sum(jumlah[p] for p in b.pita.predikat)
        if ada > b.maksimum:
            hasil.append(
                PelanggaranDistribusi(
                    aturan,
                    unit,
                    f"{b.pita.nama}: {v.teks_bulat(ada)} of {v.teks_bulat(n)} employees, at most "
                    f"{v.teks_bulat(b.maksimum)} allowed "
                    f"({_sendiri(batas, b, simpanan)[1]}; {_cara(batas.pembulatan, True)})",
                    jenis=JenisPelanggaranDistribusi.MELEBIHI_MAKSIMUM,
                    pita=b.pita,
                    batas=b.maksimum,
                    jumlah=ada,
                )
            )
        perlu, alasan = _lantai(batas, b, jumlah, simpanan)
        if ada < perlu:
            hasil.append(
                PelanggaranDistribusi(
                    aturan,
                    unit,
                    f"{b.pita.nama}: {v.teks_bulat(ada)} of {v.teks_bulat(n)} employees, at least "
                    f"{v.teks_bulat(perlu)} required ({alasan})",
                    jenis=JenisPelanggaranDistribusi.KURANG_DARI_MINIMUM,
                    pita=b.pita,
                    batas=perlu,
                    jumlah=ada,
                )
            )
    return tuple(hasil)


def periksa_distribusi(
    predikat_organisasi: PredikatOrganisasi,
    predikat_pegawai: Iterable[Predikat],
    *,
    tanggal: dt.date,
    pembulatan: Pembulatan = Pembulatan.SEKETAT_MUNGKIN,
    sebagian_besar: SebagianBesar | None = SebagianBesar.LEBIH_DARI_SEPARUH,
    kurva: KurvaDistribusi | None = None,
    unit: str = "unit",
) -> tuple[PelanggaranDistribusi, ...]:
    """Check a unit's employee predikat against the kurva distribusi in force on ``tanggal``
    (KIN-DIST-01 to 05); empty when compliant. Each finding is a
    :class:`PelanggaranDistribusi` naming the band, the count allowed and the count found;
    ``unit`` is the subject key put on each finding.

    >>> p = periksa_distribusi(
    ...     PredikatOrganisasi.ISTIMEWA, [Predikat.SANGAT_BAIK] * 8 + [Predikat.BAIK] * 2,
    ...     tanggal=dt.date(2024, 1, 1))
    >>> [(x.pita.nama, x.batas, x.jumlah) for x in p]
    [('Sangat Baik', 7, 8)]
    """
    v.pastikan_teks("unit", unit)
    pilihan = _pilih_kurva(predikat_organisasi, tanggal, pembulatan, kurva, sebagian_besar)
    jumlah = _hitung_predikat(predikat_pegawai)
    batas = pilihan.batas(sum(jumlah.values()), pembulatan, sebagian_besar)
    return _periksa_batas(batas, jumlah, unit)
