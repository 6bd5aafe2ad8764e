"""Time: :class:`Periode` (a closed date interval) and the periodisasi of a performance year.

PermenPANRB 6/2022 evaluates performance periodically (bulanan or triwulanan, Pasal 1's
definition of *Evaluasi Kinerja Periodik*) and annually over one performance year, which is
the calendar year. Month arithmetic stays inside the calendar (years 1 to 9999).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from birokrasi import _validasi as v
from birokrasi._enum import Tetap, pasang_varian
from birokrasi.errors import InvalidValueError
from birokrasi.pesan import pembuat_templat, teks_tanggal

__all__ = ["JenisPeriode", "Periode", "periodisasi"]


@attrs.frozen(order=True)
class Periode:
    """A closed interval of dates ``[mulai, selesai]``; both ends belong to it.

    >>> p = Periode.triwulan(2024, 1)
    >>> p
    Periode(mulai=datetime.date(2024, 1, 1), selesai=datetime.date(2024, 3, 31))
    >>> dt.date(2024, 3, 31) in p, p.jumlah_hari
    (True, 91)
    """

    mulai: dt.date = attrs.field(validator=v.instance_of(dt.date))
    selesai: dt.date = attrs.field(validator=v.instance_of(dt.date))

    def __attrs_post_init__(self) -> None:
        if self.selesai < self.mulai:
            raise InvalidValueError(_SELESAI(selesai=self.selesai, mulai=self.mulai))

    @classmethod
    def tahun(cls, tahun: int) -> Periode:
        """The performance year ``tahun`` (1 January to 31 December)."""
        return cls._dari_bulan(tahun, 1, 12)

    @classmethod
    def semester(cls, tahun: int, ke: int) -> Periode:
        """Semester ``ke`` (1 or 2) of ``tahun``."""
        v.pastikan_tipe("ke", ke, int)
        if ke not in (1, 2):
            raise InvalidValueError(_SEMESTER(diberikan=v.render(ke)))
        return cls._dari_bulan(tahun, 6 * (ke - 1) + 1, 6)

    @classmethod
    def triwulan(cls, tahun: int, ke: int) -> Periode:
        """Triwulan (quarter) ``ke`` (1-4) of ``tahun``."""
        v.pastikan_tipe("ke", ke, int)
        if not 1 <= ke <= 4:
            raise InvalidValueError(_TRIWULAN(diberikan=v.render(ke)))
        return cls._dari_bulan(tahun, 3 * (ke - 1) + 1, 3)

    @classmethod
    def bulan(cls, tahun: int, ke: int) -> Periode:
        """Month ``ke`` (1-12) of ``tahun``."""
        v.pastikan_tipe("ke", ke, int)
        if not 1 <= ke <= 12:
            raise InvalidValueError(_BULAN(diberikan=v.render(ke)))
        return cls._dari_bulan(tahun, ke, 1)

    @classmethod
    def _dari_bulan(cls, tahun: int, bulan: int, jumlah: int) -> Periode:
        v.pastikan_tipe("tahun", tahun, int)
        if not dt.MINYEAR <= tahun <= dt.MAXYEAR:
            raise InvalidValueError(
                _TAHUN(tahun=v.render(tahun), minimum=dt.MINYEAR, maksimum=dt.MAXYEAR)
            )
        mulai = dt.date(tahun, bulan, 1)
        selesai = v.geser_tanggal(mulai, bulan=jumlah, hari=-1)
        assert selesai is not None
        return cls(mulai, selesai)

    @property
    def jumlah_hari(self) -> int:
        """Number of days, both ends included."""
        return (self.selesai - self.mulai).days + 1

    def __contains__(self, item: object) -> bool:
        """A date is in the periode if it lies between the ends; a periode if it lies inside."""
        if isinstance(item, Periode):
            return self.mulai <= item.mulai and item.selesai <= self.selesai
        if isinstance(item, dt.date) and not isinstance(item, dt.datetime):
            return self.mulai <= item <= self.selesai
        return False

    def beririsan(self, lain: Periode) -> bool:
        """Whether the two periodes share at least one day."""
        v.pastikan_tipe("lain", lain, Periode)
        return self.mulai <= lain.selesai and lain.mulai <= self.selesai

    def irisan(self, lain: Periode) -> Periode | None:
        """The days both periodes share, or ``None`` when they share none."""
        if not self.beririsan(lain):
            return None
        return Periode(max(self.mulai, lain.mulai), min(self.selesai, lain.selesai))

    def per_bulan(self) -> Iterator[Periode]:
        """The calendar months this periode touches, each clipped to the periode.

        >>> [p.jumlah_hari for p in Periode(dt.date(2024, 1, 20), dt.date(2024, 3, 5)).per_bulan()]
        [12, 29, 5]
        """
        awal: dt.date | None = self.mulai.replace(day=1)
        while awal is not None and awal <= self.selesai:
            akhir = v.geser_tanggal(awal, bulan=1, hari=-1)
            assert akhir is not None
            yield Periode(max(awal, self.mulai), min(akhir, self.selesai))
            awal = v.geser_tanggal(awal, bulan=1)

    def __str__(self) -> str:
        return f"{self.mulai.isoformat()}..{self.selesai.isoformat()}"

    def teks_pesan(self, bahasa: str) -> str:
        """The periode as a message parameter shows it: ``1 Januari 2025 s.d. 31 Desember
        2025`` in Indonesian, ``2025-01-01..2025-12-31`` (as ``str``) in English.

        >>> Periode.tahun(2025).teks_pesan("id")
        '1 Januari 2025 s.d. 31 Desember 2025'
        """
        if bahasa == "en":
            return str(self)
        return f"{teks_tanggal(self.mulai, bahasa)} s.d. {teks_tanggal(self.selesai, bahasa)}"


class JenisPeriode(Tetap):
    """How a performance year is cut into evaluation periods, with the months per period.

    Bulanan and triwulanan are the periodic evaluations of PermenPANRB 6/2022 Pasal 1;
    semesteran is used by some agencies (e.g. teachers' forms); tahunan is the annual one.
    """

    BULANAN = 1
    TRIWULANAN = 3
    SEMESTERAN = 6
    TAHUNAN = 12

    @property
    def jumlah_bulan(self) -> int:
        """Months in one period of this kind."""
        return self.value

    @property
    def label(self) -> str:
        """``Bulanan``, ``Triwulanan``, ``Semesteran`` or ``Tahunan``."""
        return self.name.capitalize()


# SIASN's periodik reference list: "bulanan", "triwulan".
pasang_varian(JenisPeriode, {"Triwulan": "TRIWULANAN", "Semester": "SEMESTERAN"})


def periodisasi(tahun: int, jenis: JenisPeriode) -> tuple[Periode, ...]:
    """Cut performance year ``tahun`` into consecutive periods of kind ``jenis``.

    The periods cover the year exactly, with no gap and no overlap.

    >>> [str(p) for p in periodisasi(2024, JenisPeriode.SEMESTERAN)]
    ['2024-01-01..2024-06-30', '2024-07-01..2024-12-31']
    """
    v.pastikan_tipe("jenis", jenis, JenisPeriode)
    n = jenis.jumlah_bulan
    return tuple(Periode._dari_bulan(tahun, bulan, n) for bulan in range(1, 13, n))


_t = pembuat_templat(__name__)
_SELESAI = _t("PERIODE/selesai", "Periode.selesai: {selesai} is before mulai {mulai}")
_SEMESTER = _t("PERIODE/semester", "Periode.semester: ke must be 1 or 2, got {diberikan}")
_TRIWULAN = _t("PERIODE/triwulan", "Periode.triwulan: ke must be 1-4, got {diberikan}")
_BULAN = _t("PERIODE/bulan", "Periode.bulan: ke must be 1-12, got {diberikan}")
_TAHUN = _t(
    "PERIODE/tahun",
    "Periode: tahun {tahun} is out of range (the calendar holds {minimum} to {maksimum})",
)
