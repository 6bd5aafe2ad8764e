"""The deadline policy for setting an SKP: :class:`TenggatSKP` (the end of January for an
annual SKP, 30 days after the start otherwise; agencies may set their own),
:func:`batas_penetapan` and :class:`PelanggaranTenggat`, the finding with its data. The rule
they parameterise, KIN-SKP-08, is applied by
:func:`~birokrasi.kinerja.perencanaan.pemeriksaan.periksa_skp`.
"""

from __future__ import annotations

import datetime as dt

import attrs

from birokrasi import _validasi as v
from birokrasi.errors import OutOfWindowError
from birokrasi.hukum import Pelanggaran
from birokrasi.periode import Periode
from birokrasi.pesan import pembuat_templat

__all__ = [
    "TENGGAT_SKP",
    "PelanggaranTenggat",
    "TenggatSKP",
    "batas_penetapan",
]


@attrs.frozen
class TenggatSKP:
    """The deadline policy of KIN-SKP-08: an SKP whose periode starts on 1 January is set by
    the end of month ``bulan_tahunan``; any other by ``hari_setelah_mulai`` days after its
    periode starts (an interpretation; agencies may set their own)."""

    bulan_tahunan: int = attrs.field(default=1, validator=v.bilangan(1, 12))
    hari_setelah_mulai: int = attrs.field(default=30, validator=v.bilangan(0, 366))

    def batas(self, periode: Periode) -> dt.date:
        """The last day the SKP for ``periode`` may be set;
        :class:`~birokrasi.errors.OutOfWindowError` when it falls after the calendar's last
        day (31 December 9999)."""
        v.pastikan_tipe("periode", periode, Periode)
        mulai = periode.mulai
        if (mulai.month, mulai.day) == (1, 1):
            batas = v.geser_tanggal(mulai, bulan=self.bulan_tahunan, hari=-1)
        else:
            batas = v.geser_tanggal(mulai, hari=self.hari_setelah_mulai)
        if batas is None:
            raise OutOfWindowError(_LEWAT_KALENDER(periode=periode, akhir=dt.date.max))
        return batas


TENGGAT_SKP = TenggatSKP()
"""The default: 31 January for an annual SKP, 30 days after the start otherwise."""


def batas_penetapan(periode: Periode, tenggat: TenggatSKP | None = None) -> dt.date:
    """The last day an SKP for ``periode`` may be set (KIN-SKP-08) under ``tenggat`` (``None``:
    :data:`TENGGAT_SKP`).

    >>> batas_penetapan(Periode.tahun(2025))
    datetime.date(2025, 1, 31)
    >>> batas_penetapan(Periode(dt.date(2025, 8, 1), dt.date(2025, 12, 31)))
    datetime.date(2025, 8, 31)
    """
    tenggat = TENGGAT_SKP if tenggat is None else tenggat
    v.pastikan_tipe("tenggat", tenggat, TenggatSKP)
    return tenggat.batas(periode)


@attrs.frozen
class PelanggaranTenggat(Pelanggaran):
    """A late SKP (KIN-SKP-08) with its data: the deadline, the day it was set (``None`` when
    it is still not set on the date checked) and the days late (at least 1)."""

    batas: dt.date = attrs.field(kw_only=True, validator=v.instance_of(dt.date))
    ditetapkan: dt.date | None = attrs.field(
        kw_only=True, validator=v.optional(v.instance_of(dt.date))
    )
    hari_terlambat: int = attrs.field(kw_only=True, validator=v.bilangan(1))


_t = pembuat_templat(__name__)
_LEWAT_KALENDER = _t(
    "KIN-SKP-08/lewat-kalender",
    "periode: the last day to set the SKP for {periode} (KIN-SKP-08) falls after {akhir}, "
    "the calendar's last day",
)
