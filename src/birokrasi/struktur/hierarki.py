"""How tall and how wide an :class:`~birokrasi.struktur.organisasi.Instansi` is on a date:
the layers between each pegawai and the JPT of their unit (:func:`lapisan_pegawai`, the
longest chain :func:`rantai_terpanjang`) and each leader's span of control
(:func:`rentang_kendali`: direct reports by atasan langsung, STR-ATASAN-01, and those they
rate, STR-PENILAI-01/02).

These are measures, not rules: no regulation sets a number of layers or a span of control.
They are read off the structure the rules define, for comparing an instansi before and after
penyederhanaan birokrasi (see :mod:`birokrasi.sistem_kerja.penyederhanaan`). Every result
is sorted by NIP, so it does not depend on the order the instansi lists its records in.
"""

from __future__ import annotations

import datetime as dt

import attrs

from birokrasi import _validasi as v
from birokrasi.struktur.jabatan import Jabatan
from birokrasi.struktur.nip import NIP
from birokrasi.struktur.organisasi import Instansi
from birokrasi.struktur.unsur import Penempatan

__all__ = [
    "LapisanPegawai",
    "RentangKendali",
    "kedalaman_unit",
    "lapisan_pegawai",
    "rantai_terpanjang",
    "rentang_kendali",
]


def _nip_urut(nip: tuple[NIP, ...]) -> tuple[NIP, ...]:
    return tuple(sorted(nip))


@attrs.frozen
class LapisanPegawai:
    """How far ``nip`` sits below the JPT of their unit on the date asked: ``rantai`` is the
    chain of atasan langsung inside the instansi (STR-ATASAN-01), nearest first, up to and
    including the first JPT; ``jpt`` is that JPT (the pegawai themself when they hold a JPT
    post), or ``None`` when the chain reaches none inside the instansi.
    """

    nip: NIP = attrs.field(validator=v.instance_of(NIP))
    jabatan: Jabatan = attrs.field(validator=v.instance_of(Jabatan))
    unit: str = attrs.field(validator=v.kunci())
    rantai: tuple[NIP, ...] = attrs.field(converter=v.KeTuple[NIP], validator=v.tuple_of(NIP))
    jpt: NIP | None = attrs.field(validator=v.optional(v.instance_of(NIP)))

    @property
    def lapisan(self) -> int | None:
        """The number of steps up to the JPT: 0 for the JPT, 1 for those the JPT leads
        directly; ``None`` when no JPT is reached."""
        return None if self.jpt is None else len(self.rantai)


@attrs.frozen
class RentangKendali:
    """The span of control of leader ``pimpinan`` (placed in the instansi) on the date asked:
    whose atasan langsung they are (``bawahan_langsung``, STR-ATASAN-01), whom they rate
    (``dinilai``, STR-PENILAI-01/02), and the Jabatan Fungsional among each."""

    pimpinan: NIP = attrs.field(validator=v.instance_of(NIP))
    jabatan: Jabatan = attrs.field(validator=v.instance_of(Jabatan))
    unit: str = attrs.field(validator=v.kunci())
    bawahan_langsung: tuple[NIP, ...] = attrs.field(
        converter=v.KeTuple[NIP], validator=v.tuple_of(NIP)
    )
    bawahan_jf: tuple[NIP, ...] = attrs.field(converter=v.KeTuple[NIP], validator=v.tuple_of(NIP))
    dinilai: tuple[NIP, ...] = attrs.field(converter=v.KeTuple[NIP], validator=v.tuple_of(NIP))
    dinilai_jf: tuple[NIP, ...] = attrs.field(converter=v.KeTuple[NIP], validator=v.tuple_of(NIP))

    @property
    def rentang(self) -> int:
        """The number of direct reports."""
        return len(self.bawahan_langsung)


def _aktif(instansi: Instansi, tanggal: dt.date) -> tuple[Penempatan, ...]:
    v.pastikan_tipe("instansi", instansi, Instansi)
    v.pastikan_tipe("tanggal", tanggal, dt.date)
    return tuple(sorted(instansi.penempatan_aktif(tanggal), key=lambda p: p.nip))


def _lapisan(instansi: Instansi, penempatan: Penempatan, tanggal: dt.date) -> LapisanPegawai:
    rantai: list[NIP] = []
    pejabat: Penempatan = penempatan
    while not pejabat.jabatan.jenjang.is_pimpinan_tinggi:
        atasan = instansi.atasan_jabatan(pejabat, tanggal)
        if not isinstance(atasan, Penempatan):
            return LapisanPegawai(penempatan.nip, penempatan.jabatan, penempatan.unit, rantai, None)
        rantai.append(atasan.nip)
        pejabat = atasan
    return LapisanPegawai(penempatan.nip, penempatan.jabatan, penempatan.unit, rantai, pejabat.nip)


def lapisan_pegawai(instansi: Instansi, tanggal: dt.date) -> tuple[LapisanPegawai, ...]:
    """For every pegawai placed on ``tanggal``, by NIP: the chain of atasan langsung up to the
    JPT of their unit (STR-ATASAN-01). Officials above the root unit are not counted.

    >>> from birokrasi import contoh
    >>> [x.lapisan for x in lapisan_pegawai(contoh.instansi(), contoh.TANGGAL_DEMO)][:3]
    [1, 0, 1]
    """
    return tuple(_lapisan(instansi, p, tanggal) for p in _aktif(instansi, tanggal))


def rantai_terpanjang(instansi: Instansi, tanggal: dt.date) -> tuple[LapisanPegawai, ...]:
    """The pegawai with the longest chain up to a JPT on ``tanggal`` (all of them when
    several tie), by NIP; empty when nobody placed reaches a JPT."""
    lapisan = [x for x in lapisan_pegawai(instansi, tanggal) if x.lapisan is not None]
    if not lapisan:
        return ()
    terpanjang = max(x.lapisan or 0 for x in lapisan)
    return tuple(x for x in lapisan if x.lapisan == terpanjang)


def kedalaman_unit(instansi: Instansi) -> int:
    """The number of units on the longest path from the root unit down (0 without units): a
    bound on any chain of atasan langsung inside the instansi."""
    v.pastikan_tipe("instansi", instansi, Instansi)
    return max((len(instansi.jalur(u.kode)) for u in instansi.unit), default=0)


def rentang_kendali(instansi: Instansi, tanggal: dt.date) -> tuple[RentangKendali, ...]:
    """Every pegawai placed on ``tanggal`` who is the atasan langsung (STR-ATASAN-01) or the
    Pejabat Penilai Kinerja (STR-PENILAI-01/02) of someone placed that day, by NIP, with
    those they lead and rate. Leaders above the root unit are left out.

    >>> from birokrasi import contoh
    >>> kepala = rentang_kendali(contoh.instansi(), contoh.TANGGAL_DEMO)[0]
    >>> kepala.jabatan.nama, kepala.rentang, len(kepala.dinilai_jf)
    ('Kepala Dinas Komunikasi dan Informatika', 23, 20)
    """
    aktif = _aktif(instansi, tanggal)
    bawahan: dict[NIP, list[Penempatan]] = {}
    dinilai: dict[NIP, list[Penempatan]] = {}
    for p in aktif:
        atasan = instansi.atasan_langsung(p.nip, tanggal)
        if isinstance(atasan, Penempatan):
            bawahan.setdefault(atasan.nip, []).append(p)
        penilai = instansi.pejabat_penilai(p.nip, tanggal)
        if isinstance(penilai, Penempatan):
            dinilai.setdefault(penilai.nip, []).append(p)
    hasil = []
    for p in aktif:
        if p.nip not in bawahan and p.nip not in dinilai:
            continue
        langsung = bawahan.get(p.nip, [])
        nilai = dinilai.get(p.nip, [])
        hasil.append(
            RentangKendali(
                p.nip,
                p.jabatan,
                p.unit,
                _nip_urut(tuple(b.nip for b in langsung)),
                _nip_urut(tuple(b.nip for b in langsung if b.jabatan.jenjang.is_fungsional)),
                _nip_urut(tuple(b.nip for b in nilai)),
                _nip_urut(tuple(b.nip for b in nilai if b.jabatan.jenjang.is_fungsional)),
            )
        )
    return tuple(hasil)
