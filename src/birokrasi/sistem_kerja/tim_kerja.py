"""Work teams after penyederhanaan birokrasi (PermenPANRB 7/2022): :class:`TimKerja`, the
decision that forms it (:class:`SuratKeputusan`), :class:`Keanggotaan` with a :class:`Peran`,
the agreement that brings in members of another instansi (:class:`PersetujuanLintasInstansi`)
and the derived :class:`LingkupTim`.

Values refer to each other by key (team kode, NIP); the
:class:`~birokrasi.sistem_kerja.sistem.SistemKerja` aggregate holds them and their indexes.
The rules are in :mod:`birokrasi.sistem_kerja.pemeriksaan`, with the checks that apply them.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs

from birokrasi import _validasi as v
from birokrasi._enum import Berlabel
from birokrasi.errors import InvalidValueError
from birokrasi.periode import Periode
from birokrasi.pesan import pembuat_templat
from birokrasi.struktur.nip import NIP, _ke_nip

__all__ = [
    "Keanggotaan",
    "LingkupTim",
    "Peran",
    "PersetujuanLintasInstansi",
    "SuratKeputusan",
    "TimKerja",
]


class Peran(Berlabel):
    """A member's role in a team. A team "dapat dipimpin oleh Ketua Tim" (PermenPANRB 7/2022,
    as summarised by BKN); agencies that split big teams name sub-team leads (e.g. Kemenkeu's
    skuad), kept here as a role, not a jabatan."""

    KETUA = "Ketua Tim"
    KETUA_SUBTIM = "Ketua Subtim"
    ANGGOTA = "Anggota"


class LingkupTim(Berlabel):
    """Where a team's members come from (Permenko Marves 2/2023 Pasal 6 ayat (4), mirroring
    PermenPANRB 7/2022); derived from the members' placements, never typed in."""

    DALAM_UNIT_JPT_PRATAMA = "Dalam satu Unit Organisasi JPT Pratama"
    LINTAS_UNIT_JPT_PRATAMA = "Lintas Unit Organisasi JPT Pratama"
    LINTAS_UNIT_JPT_MADYA = "Lintas Unit Organisasi JPT Madya"
    LINTAS_INSTANSI = "Lintas instansi pemerintah"


@attrs.frozen
class SuratKeputusan:
    """The decision (SK) forming a team: its number, date and the NIP of the official who set
    it (``penetap``), whose authority is checked by SK-TIM-04."""

    nomor: str = attrs.field(validator=v.teks())
    tanggal: dt.date = attrs.field(validator=v.instance_of(dt.date))
    penetap: NIP = attrs.field(converter=_ke_nip, validator=v.instance_of(NIP))


@attrs.frozen
class TimKerja:
    """A work team: kode (its key), name, purpose and expected results, the unit that owns it,
    its planned :class:`~birokrasi.periode.Periode` and its SK. ``dibubarkan`` is the last day
    of a team dissolved early (set once, by :meth:`SistemKerja.bubarkan_tim`)."""

    kode: str = attrs.field(validator=v.kunci())
    nama: str = attrs.field(validator=v.teks())
    tujuan: str = attrs.field(validator=v.teks())
    unit: str = attrs.field(validator=v.kunci())
    periode: Periode = attrs.field(validator=v.instance_of(Periode))
    sk: SuratKeputusan = attrs.field(validator=v.instance_of(SuratKeputusan))
    hasil_diharapkan: tuple[str, ...] = attrs.field(
        default=(), kw_only=True, converter=v.KeTuple[str], validator=v.tuple_of(str)
    )
    dibubarkan: dt.date | None = attrs.field(
        default=None, kw_only=True, validator=v.optional(v.instance_of(dt.date))
    )

    def __attrs_post_init__(self) -> None:
        if self.dibubarkan is not None and self.dibubarkan not in self.periode:
            raise InvalidValueError(
                _DIBUBARKAN_DI_LUAR(
                    tanggal=self.dibubarkan,
                    mulai=self.periode.mulai,
                    selesai=self.periode.selesai,
                    tim=self.kode,
                )
            )

    @property
    def mulai(self) -> dt.date:
        """The team's first day."""
        return self.periode.mulai

    @property
    def akhir(self) -> dt.date:
        """The team's last day: the end of its periode, or the day it was dissolved."""
        return self.periode.selesai if self.dibubarkan is None else self.dibubarkan

    def aktif_pada(self, tanggal: dt.date) -> bool:
        """Whether the team exists on ``tanggal``."""
        v.pastikan_tipe("tanggal", tanggal, dt.date)
        return self.mulai <= tanggal <= self.akhir


@attrs.frozen
class Keanggotaan:
    """Pegawai ``nip`` sits in team ``tim`` with ``peran`` from ``mulai`` to ``selesai``
    (inclusive; ``None`` = until ended or until the team ends). ``alokasi`` is the share of
    working time (exact: ``Fraction``; ``Decimal`` and ``int`` are converted) and ``instansi``
    the key of the member's own instansi when it is not the team's (a cross-instansi member)."""

    nip: NIP = attrs.field(converter=_ke_nip, validator=v.instance_of(NIP))
    tim: str = attrs.field(validator=v.kunci())
    peran: Peran = attrs.field(validator=v.instance_of(Peran))
    mulai: dt.date = attrs.field(validator=v.instance_of(dt.date))
    selesai: dt.date | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(dt.date))
    )
    alokasi: Fraction | None = attrs.field(
        default=None,
        kw_only=True,
        converter=attrs.converters.optional(v.ke_pecahan),
        validator=v.optional(v.bagian(nol=False)),
    )
    instansi: str | None = attrs.field(default=None, kw_only=True, validator=v.optional(v.kunci()))

    def __attrs_post_init__(self) -> None:
        if self.selesai is not None and self.selesai < self.mulai:
            raise InvalidValueError(
                _SELESAI_SEBELUM_MULAI(
                    selesai=self.selesai, mulai=self.mulai, nip=self.nip, tim=self.tim
                )
            )

    @property
    def lintas_instansi(self) -> bool:
        """Whether the member comes from another instansi."""
        return self.instansi is not None

    def akhir_dalam(self, tim: TimKerja) -> dt.date:
        """The last day this membership can hold in ``tim``: its own end, bounded by the
        team's last day."""
        v.pastikan_tipe("tim", tim, TimKerja)
        return tim.akhir if self.selesai is None else min(self.selesai, tim.akhir)


@attrs.frozen
class PersetujuanLintasInstansi:
    """The agreement that lets members of instansi ``instansi`` sit in team ``tim``: its
    number, date and the official of that instansi who agreed (SK-TIM-05)."""

    tim: str = attrs.field(validator=v.kunci())
    instansi: str = attrs.field(validator=v.kunci())
    nomor: str = attrs.field(validator=v.teks())
    tanggal: dt.date = attrs.field(validator=v.instance_of(dt.date))
    pejabat: str = attrs.field(validator=v.teks())


_t = pembuat_templat(__name__)
_DIBUBARKAN_DI_LUAR = _t(
    "TIM/dibubarkan-di-luar-periode",
    "TimKerja.dibubarkan: {tanggal} is outside the team's periode {mulai}..{selesai} ({tim})",
)
_SELESAI_SEBELUM_MULAI = _t(
    "TIM/selesai-sebelum-mulai",
    "Keanggotaan.selesai: {selesai} is before mulai {mulai} ({nip} in {tim})",
)
