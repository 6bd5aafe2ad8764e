"""Analysis of penyederhanaan birokrasi (PermenPANRB 7/2022, after the penyetaraan of
PermenPANRB 17/2021): an instansi summed up on a date (:func:`ringkasan_struktur`: layers,
spans of control, how tim kerja cut across units) and two such dates compared
(:func:`bandingkan_penyederhanaan`, with the structural posts that became JF and who now
rates whom, from :mod:`birokrasi.struktur.perubahan`).

The results are plain values for a table: counts, exact shares (``Fraction``), NIPs and team
kodes. The measures are not rules: nothing in the regulations read sets a number of layers,
a span of control or a share of cross-unit teams; the one prescribed element, the jenjang a
structural post becomes, is checked with its kode (STR-SETARA-01).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from fractions import Fraction

import attrs

from birokrasi import _validasi as v
from birokrasi.hukum import Pelanggaran
from birokrasi.sistem_kerja.sistem import SistemKerja
from birokrasi.struktur.eselon import Eselon
from birokrasi.struktur.hierarki import lapisan_pegawai, rentang_kendali
from birokrasi.struktur.nip import NIP
from birokrasi.struktur.organisasi import Instansi
from birokrasi.struktur.perubahan import (
    JabatanDisetarakan,
    PerubahanPenilai,
    jabatan_disetarakan,
    periksa_penyetaraan_jabatan,
    perubahan_penilai,
)
from birokrasi.struktur.unsur import Penempatan

__all__ = [
    "PerbandinganPenyederhanaan",
    "RingkasanStruktur",
    "StatistikTimKerja",
    "bandingkan_penyederhanaan",
    "ringkasan_struktur",
    "statistik_tim_kerja",
]


def _porsi(bagian: int, keseluruhan: int) -> Fraction | None:
    return None if keseluruhan == 0 else Fraction(bagian, keseluruhan)


def _selisih(sesudah: Fraction | None, sebelum: Fraction | None) -> Fraction | None:
    return None if sesudah is None or sebelum is None else sesudah - sebelum


@attrs.frozen
class StatistikTimKerja:
    """How the tim kerja of a sistem kerja cut across units on ``tanggal``. A member's unit
    is the unit of their placement that day; members from other instansi and members not
    placed that day are not counted.

    ``tim_lintas_unit``: the teams whose counted members sit in more than one unit.
    ``jf_dalam_tim``: the Jabatan Fungsional who are members of at least one team.
    ``jf_dipimpin_luar_unit``: those of them in at least one team whose ketua is placed in
    another unit.
    """

    tanggal: dt.date = attrs.field(validator=v.instance_of(dt.date))
    tim: tuple[str, ...] = attrs.field(converter=v.KeTuple[str], validator=v.tuple_kunci())
    tim_lintas_unit: tuple[str, ...] = attrs.field(
        converter=v.KeTuple[str], validator=v.tuple_kunci()
    )
    jf_dalam_tim: tuple[NIP, ...] = attrs.field(converter=v.KeTuple[NIP], validator=v.tuple_of(NIP))
    jf_dipimpin_luar_unit: tuple[NIP, ...] = attrs.field(
        converter=v.KeTuple[NIP], validator=v.tuple_of(NIP)
    )

    @property
    def porsi_tim_lintas_unit(self) -> Fraction | None:
        """The share of the teams that cross unit lines; ``None`` without teams."""
        return _porsi(len(self.tim_lintas_unit), len(self.tim))

    @property
    def porsi_jf_dipimpin_luar_unit(self) -> Fraction | None:
        """The share of the JF in teams led from another unit; ``None`` without JF in teams."""
        return _porsi(len(self.jf_dipimpin_luar_unit), len(self.jf_dalam_tim))


def statistik_tim_kerja(
    sistem: SistemKerja, instansi: Instansi, tanggal: dt.date
) -> StatistikTimKerja:
    """The cross-unit statistics of the teams of ``sistem`` that exist on ``tanggal``.

    >>> from birokrasi import contoh
    >>> from birokrasi.contoh.sistem_kerja import tim_kerja
    >>> s = statistik_tim_kerja(tim_kerja(), contoh.instansi(), contoh.TANGGAL_DEMO)
    >>> s.tim_lintas_unit, s.porsi_jf_dipimpin_luar_unit
    (('TIM-SATUDATA', 'TIM-SPBE'), Fraction(1, 5))
    """
    v.pastikan_tipe("sistem", sistem, SistemKerja)
    v.pastikan_tipe("instansi", instansi, Instansi)
    v.pastikan_tipe("tanggal", tanggal, dt.date)
    penempatan = {p.nip: p for p in instansi.penempatan_aktif(tanggal)}
    tim: list[str] = []
    lintas: list[str] = []
    jf: set[NIP] = set()
    dipimpin_luar: set[NIP] = set()
    for t in sorted(sistem.tim, key=lambda t: t.kode):
        if not t.aktif_pada(tanggal):
            continue
        tim.append(t.kode)
        anggota = [
            p
            for k in sistem.anggota_tim(t.kode, tanggal)
            if not k.lintas_instansi and (p := penempatan.get(k.nip)) is not None
        ]
        if len({p.unit for p in anggota}) > 1:
            lintas.append(t.kode)
        ketua = sistem.ketua_tim(t.kode, tanggal)
        unit_ketua = None
        if ketua is not None and not ketua.lintas_instansi and ketua.nip in penempatan:
            unit_ketua = penempatan[ketua.nip].unit
        for p in anggota:
            if p.jabatan.jenjang.is_fungsional:
                jf.add(p.nip)
                if unit_ketua is not None and p.unit != unit_ketua:
                    dipimpin_luar.add(p.nip)
    return StatistikTimKerja(tanggal, tim, lintas, sorted(jf), sorted(dipimpin_luar))


@attrs.frozen
class RingkasanStruktur:
    """An instansi on ``tanggal`` in numbers, for one row of a before/after table.

    Counts of the pegawai placed that day (all, JF, in a jabatan manajerial); of the leaders
    with at least one direct report (``jumlah_pimpinan``); the longest and the mean number
    of layers up to the JPT of one's unit (:func:`~birokrasi.struktur.hierarki.lapisan_pegawai`,
    over those who reach one); the widest and the mean span of control
    (:func:`~birokrasi.struktur.hierarki.rentang_kendali`, over the leaders counted); the JF
    rated by a JPT (``jf_dinilai_jpt``, STR-PENILAI-01); and the tim kerja statistics when a
    sistem kerja was given.
    """

    tanggal: dt.date = attrs.field(validator=v.instance_of(dt.date))
    jumlah_pegawai: int = attrs.field(validator=v.bilangan(minimum=0))
    jumlah_jf: int = attrs.field(validator=v.bilangan(minimum=0))
    jumlah_manajerial: int = attrs.field(validator=v.bilangan(minimum=0))
    jumlah_pimpinan: int = attrs.field(validator=v.bilangan(minimum=0))
    lapisan_maks: int = attrs.field(validator=v.bilangan(minimum=0))
    lapisan_rata: Fraction | None = attrs.field(validator=v.optional(v.instance_of(Fraction)))
    rentang_maks: int = attrs.field(validator=v.bilangan(minimum=0))
    rentang_rata: Fraction | None = attrs.field(validator=v.optional(v.instance_of(Fraction)))
    jf_dinilai_jpt: int = attrs.field(validator=v.bilangan(minimum=0))
    tim_kerja: StatistikTimKerja | None = attrs.field(
        default=None, kw_only=True, validator=v.optional(v.instance_of(StatistikTimKerja))
    )


def _jf_dinilai_jpt(instansi: Instansi, aktif: tuple[Penempatan, ...], tanggal: dt.date) -> int:
    jumlah = 0
    for p in aktif:
        if p.jabatan.jenjang.is_fungsional:
            penilai = instansi.pejabat_penilai(p.nip, tanggal)
            if isinstance(penilai, Penempatan) and penilai.jabatan.jenjang.is_pimpinan_tinggi:
                jumlah += 1
    return jumlah


def ringkasan_struktur(
    instansi: Instansi, tanggal: dt.date, sistem_kerja: SistemKerja | None = None
) -> RingkasanStruktur:
    """The numbers of :class:`RingkasanStruktur` for ``instansi`` on ``tanggal``.

    >>> from birokrasi import contoh
    >>> r = ringkasan_struktur(contoh.instansi(), contoh.TANGGAL_DEMO)
    >>> r.lapisan_maks, r.rentang_maks, r.jumlah_pimpinan, r.jf_dinilai_jpt
    (2, 23, 2, 20)
    """
    v.pastikan_tipe("instansi", instansi, Instansi)
    v.pastikan_tipe("tanggal", tanggal, dt.date)
    v.pastikan_tipe("sistem_kerja", sistem_kerja, SistemKerja, type(None))
    aktif = instansi.penempatan_aktif(tanggal)
    lapisan = [x.lapisan for x in lapisan_pegawai(instansi, tanggal) if x.lapisan is not None]
    rentang = [r.rentang for r in rentang_kendali(instansi, tanggal) if r.rentang > 0]
    return RingkasanStruktur(
        tanggal,
        len(aktif),
        sum(p.jabatan.jenjang.is_fungsional for p in aktif),
        sum(p.jabatan.jenjang.is_manajerial for p in aktif),
        len(rentang),
        max(lapisan, default=0),
        _porsi(sum(lapisan), len(lapisan)),
        max(rentang, default=0),
        _porsi(sum(rentang), len(rentang)),
        _jf_dinilai_jpt(instansi, aktif, tanggal),
        tim_kerja=(
            None if sistem_kerja is None else statistik_tim_kerja(sistem_kerja, instansi, tanggal)
        ),
    )


@attrs.frozen
class PerbandinganPenyederhanaan:
    """An instansi before and after penyederhanaan: the two :class:`RingkasanStruktur`, the
    structural posts that became JF (STR-SETARA-01), every rater before and after
    (STR-PENILAI-01/02), and the findings where a post became a JF of another jenjang than
    the penyetaraan table gives. The ``selisih_*`` properties are sesudah minus sebelum."""

    sebelum: RingkasanStruktur = attrs.field(validator=v.instance_of(RingkasanStruktur))
    sesudah: RingkasanStruktur = attrs.field(validator=v.instance_of(RingkasanStruktur))
    jabatan_disetarakan: tuple[JabatanDisetarakan, ...] = attrs.field(
        converter=v.KeTuple[JabatanDisetarakan], validator=v.tuple_of(JabatanDisetarakan)
    )
    perubahan_penilai: tuple[PerubahanPenilai, ...] = attrs.field(
        converter=v.KeTuple[PerubahanPenilai], validator=v.tuple_of(PerubahanPenilai)
    )
    temuan: tuple[Pelanggaran, ...] = attrs.field(
        converter=v.KeTuple[Pelanggaran], validator=v.tuple_of(Pelanggaran)
    )

    @property
    def selisih_lapisan_maks(self) -> int:
        """The change in the longest chain up to a JPT."""
        return self.sesudah.lapisan_maks - self.sebelum.lapisan_maks

    @property
    def selisih_lapisan_rata(self) -> Fraction | None:
        """The change in the mean number of layers; ``None`` when either is undefined."""
        return _selisih(self.sesudah.lapisan_rata, self.sebelum.lapisan_rata)

    @property
    def selisih_rentang_maks(self) -> int:
        """The change in the widest span of control."""
        return self.sesudah.rentang_maks - self.sebelum.rentang_maks

    @property
    def selisih_rentang_rata(self) -> Fraction | None:
        """The change in the mean span of control; ``None`` when either is undefined."""
        return _selisih(self.sesudah.rentang_rata, self.sebelum.rentang_rata)

    @property
    def selisih_jumlah_pimpinan(self) -> int:
        """The change in the number of leaders with direct reports."""
        return self.sesudah.jumlah_pimpinan - self.sebelum.jumlah_pimpinan

    @property
    def selisih_jumlah_manajerial(self) -> int:
        """The change in the number of jabatan manajerial held."""
        return self.sesudah.jumlah_manajerial - self.sebelum.jumlah_manajerial

    @property
    def selisih_jumlah_jf(self) -> int:
        """The change in the number of Jabatan Fungsional held."""
        return self.sesudah.jumlah_jf - self.sebelum.jumlah_jf

    @property
    def penilai_berubah(self) -> tuple[PerubahanPenilai, ...]:
        """The pegawai whose rater changed."""
        return tuple(x for x in self.perubahan_penilai if x.berubah)


def bandingkan_penyederhanaan(
    sebelum: Instansi,
    tanggal_sebelum: dt.date,
    sesudah: Instansi,
    tanggal_sesudah: dt.date,
    *,
    sistem_kerja_sebelum: SistemKerja | None = None,
    sistem_kerja_sesudah: SistemKerja | None = None,
    eselon: Mapping[str, Eselon] | Mapping[NIP, Eselon] | None = None,
) -> PerbandinganPenyederhanaan:
    """Compare ``sebelum`` on ``tanggal_sebelum`` with ``sesudah`` on ``tanggal_sesudah``
    (one Instansi whose records span both dates may be passed twice), each with its tim kerja
    when given; ``eselon`` is the legacy eselon of the posts held before, by NIP, as for
    :func:`~birokrasi.struktur.perubahan.jabatan_disetarakan`. Raises
    :class:`~birokrasi.errors.InvalidValueError` unless ``tanggal_sesudah`` is later.

    >>> from birokrasi import contoh
    >>> from birokrasi.contoh import penyederhanaan as p
    >>> b = bandingkan_penyederhanaan(p.instansi_sebelum(), p.TANGGAL_SEBELUM,
    ...                               contoh.instansi(), contoh.TANGGAL_DEMO)
    >>> b.selisih_lapisan_maks, b.selisih_jumlah_manajerial, [t.kode for t in b.temuan]
    (-1, -11, ['STR-SETARA-01'])
    """
    pasangan = (sebelum, tanggal_sebelum, sesudah, tanggal_sesudah)
    return PerbandinganPenyederhanaan(
        ringkasan_struktur(sebelum, tanggal_sebelum, sistem_kerja_sebelum),
        ringkasan_struktur(sesudah, tanggal_sesudah, sistem_kerja_sesudah),
        jabatan_disetarakan(*pasangan, eselon=eselon),
        perubahan_penilai(*pasangan),
        periksa_penyetaraan_jabatan(*pasangan, eselon=eselon),
    )
