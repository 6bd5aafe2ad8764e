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
from birokrasi.pesan import Pesan, pembuat_templat

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
    v.pastikan_iterabel("tabel", tabel, "Iterable[KurvaDistribusi]")
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
            _TANPA_KURVA(predikat_organisasi=predikat_organisasi, tanggal=tanggal)
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
            _KURVA_LAIN(untuk=kurva.predikat_organisasi, diminta=predikat_organisasi)
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
    v.pastikan_iterabel("predikat_pegawai", predikat_pegawai, "Iterable[Predikat]")
    jumlah = dict.fromkeys(Predikat, 0)
    for index, predikat in enumerate(predikat_pegawai):
        if type(predikat) is not Predikat:
            raise InvalidTypeError(_BUKAN_PREDIKAT(index=index, diberikan=v.describe(predikat)))
        jumlah[predikat] += 1
    return jumlah


def _cara(pembulatan: Pembulatan, maksimum: bool) -> Pesan:
    if pembulatan is Pembulatan.TERDEKAT:
        return _TERDEKAT()
    down = (pembulatan is not Pembulatan.LONGGAR) == maksimum
    return _KE_BAWAH() if down else _KE_ATAS()


def _sendiri(
    batas: BatasDistribusi, b: BatasPita, simpanan: dict[int, Any] | None
) -> tuple[int, Pesan]:
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
) -> tuple[int, Pesan]:
    """The count band ``b`` needs given the other counts, and why (internal helper)."""
    perlu = b.minimum
    sendiri, uraian = _sendiri(batas, b, simpanan)
    alasan = _ALASAN_PITA(uraian=uraian, pembulatan=_cara(batas.pembulatan, False))
    if b is _sifat(batas, simpanan)[1]:
        pesaing = max((p for p in Predikat if p not in b.pita.predikat), key=lambda p: jumlah[p])
        if jumlah[pesaing] + 1 > perlu:
            perlu = jumlah[pesaing] + 1
            return perlu, _ALASAN_TERBANYAK(pesaing=pesaing, jumlah=jumlah[pesaing], uraian=uraian)
    if b.sebagian_besar is not None and perlu > sendiri:
        alasan = _ALASAN_SEBAGIAN_BESAR(bacaan=b.sebagian_besar.uraian, uraian=uraian)
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
                _TIDAK_DAPAT_DIPENUHI(
                    jumlah_pegawai=n,
                    predikat_organisasi=batas.kurva.predikat_organisasi,
                    pembulatan=batas.pembulatan,
                ),
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
                    _MELEBIHI_MAKSIMUM(
                        pita=b.pita.nama,
                        jumlah=ada,
                        jumlah_pegawai=n,
                        maksimum=b.maksimum,
                        uraian=_sendiri(batas, b, simpanan)[1],
                        pembulatan=_cara(batas.pembulatan, True),
                    ),
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
                    _KURANG_DARI_MINIMUM(
                        pita=b.pita.nama, jumlah=ada, jumlah_pegawai=n, minimum=perlu, alasan=alasan
                    ),
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


_t = pembuat_templat(__name__)
_TANPA_KURVA = _t(
    "DISTRIBUSI/tanpa-kurva",
    "kurva_distribusi: no curve for {predikat_organisasi} is in force on {tanggal}",
)
_KURVA_LAIN = _t("DISTRIBUSI/kurva-lain", "kurva: the curve is for {untuk}, not {diminta}")
_BUKAN_PREDIKAT = _t(
    "DISTRIBUSI/bukan-predikat", "predikat_pegawai[{index}]: expected Predikat, got {diberikan}"
)
_TERDEKAT = _t("DISTRIBUSI/bulat-terdekat", "rounded to nearest")
_KE_BAWAH = _t("DISTRIBUSI/bulat-ke-bawah", "rounded down")
_KE_ATAS = _t("DISTRIBUSI/bulat-ke-atas", "rounded up")
_ALASAN_PITA = _t("DISTRIBUSI/alasan-pita", "{uraian}; {pembulatan}")
_ALASAN_TERBANYAK = _t(
    "DISTRIBUSI/alasan-terbanyak",
    "sebagian besar: more than any other predikat, and {pesaing} has {jumlah}; {uraian}",
)
_ALASAN_SEBAGIAN_BESAR = _t(
    "DISTRIBUSI/alasan-sebagian-besar", "sebagian besar: {bacaan}; {uraian}"
)
_TIDAK_DAPAT_DIPENUHI = _t(
    "KIN-DIST/tidak-dapat-dipenuhi",
    "no assignment of {jumlah_pegawai} employee(s) can satisfy the curve for "
    "{predikat_organisasi} ({pembulatan} rounding): the unit is too small for its bands",
)
_MELEBIHI_MAKSIMUM = _t(
    "KIN-DIST/melebihi-maksimum",
    "{pita}: {jumlah} of {jumlah_pegawai} employees, at most {maksimum} allowed "
    "({uraian}; {pembulatan})",
)
_KURANG_DARI_MINIMUM = _t(
    "KIN-DIST/kurang-dari-minimum",
    "{pita}: {jumlah} of {jumlah_pegawai} employees, at least {minimum} required ({alasan})",
)
