"""An :class:`Instansi`: its unit tree, pegawai, the history of their placements and
delegations, with indexed queries at a date: :meth:`~Instansi.kepala_unit`,
:meth:`~Instansi.atasan_langsung` (STR-ATASAN-01) and :meth:`~Instansi.pejabat_penilai`
(STR-PENILAI-01, STR-PENILAI-02), up through the officials declared above the root unit
(STR-ATASAN-02).

Construction refuses data on which these queries would be ill-defined (a dangling parent, a
cycle, two roots, an unknown NIP or unit, overlapping placements of one NIP, two heads of one
unit at once); rule findings on valid data come from
:func:`~birokrasi.struktur.pemeriksaan.periksa_instansi`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Generic, Protocol, TypeAlias, TypeVar

import attrs

from birokrasi import _validasi as v
from birokrasi._peta import Peta
from birokrasi.errors import InvalidValueError, NotFoundError
from birokrasi.hukum import (
    PERMENPANRB_6_2022,
    PERMENPANRB_7_2022,
    PERMENPANRB_8_2021,
    PP_30_2019,
    Aturan,
    Dasar,
    Keyakinan,
)
from birokrasi.pesan import Pesan, pembuat_templat
from birokrasi.struktur.nip import NIP, _nip_argumen
from birokrasi.struktur.unsur import (
    Delegasi,
    Pegawai,
    PejabatLuar,
    PejabatNegara,
    Penempatan,
    UnitOrganisasi,
)

__all__ = [
    "ATURAN",
    "ATURAN_ATASAN",
    "ATURAN_ATASAN_LUAR",
    "ATURAN_DELEGASI",
    "ATURAN_PENILAI",
    "Instansi",
    "Pejabat",
]

Pejabat: TypeAlias = Penempatan | PejabatLuar | PejabatNegara
"""Who holds a post on a date: a placement inside the instansi or an official above it."""

ATURAN_ATASAN = Aturan(
    kode="STR-ATASAN-01",
    uraian=(
        "Atasan langsung pegawai adalah kepala unit organisasinya; bagi kepala unit, kepala unit "
        "induknya; dalam hal jabatan kepala kosong, kepala unit di atasnya."
    ),
    summary=(
        "A pegawai's direct superior is the head of their unit (for a unit head: of the parent "
        "unit), walking up the tree past vacant head posts."
    ),
    dasar=Dasar(
        PERMENPANRB_6_2022,
        pasal="1",
        keyakinan=Keyakinan.SEKUNDER,
        tafsiran=(
            "The regulation uses 'atasan langsung' without defining it; the unit-head reading and "
            "the walk-up past a vacant post are the library's interpretation (cf. the stepwise "
            "'atasan dari pejabat penilai kinerja secara berjenjang' of JF rules such as "
            "Permensos 4/2024 Pasal 13)."
        ),
    ),
    dasar_lain=(Dasar(PERMENPANRB_7_2022, lampiran="kedudukan", keyakinan=Keyakinan.SEKUNDER),),
)

ATURAN_PENILAI = Aturan(
    kode="STR-PENILAI-01",
    uraian=(
        "Pejabat Penilai Kinerja adalah atasan langsung pegawai dengan ketentuan paling rendah "
        "pejabat pengawas atau pejabat lain yang diberi pendelegasian kewenangan."
    ),
    summary=(
        "The rater is the direct superior if at least a Pengawas; when the superior holds the "
        "head post without a jabatan manajerial (e.g. a JF as Plt), the next head up who does."
    ),
    dasar=Dasar(
        PERMENPANRB_6_2022,
        pasal="1",
        keyakinan=Keyakinan.SEKUNDER,
        tafsiran=(
            "Pasal 1 wording quoted by Universitas Diponegoro's HR office and a BKN circular; "
            "skipping a non-manajerial head to the next manajerial one is an interpretation."
        ),
    ),
    berlaku_sejak=PERMENPANRB_6_2022.ditetapkan,
)

ATURAN_DELEGASI = Aturan(
    kode="STR-PENILAI-02",
    uraian=(
        "Pejabat lain yang diberi pendelegasian kewenangan menilai kinerja menduduki Jabatan "
        "Pimpinan Tinggi, Jabatan Administrator, atau Jabatan Pengawas."
    ),
    summary=(
        "A delegation makes another official the rater only while that official holds a "
        "jabatan manajerial; otherwise it has no effect and is reported."
    ),
    dasar=Dasar(
        PERMENPANRB_6_2022,
        pasal="1",
        keyakinan=Keyakinan.SEKUNDER,
        tafsiran=(
            "The requirement that the delegate holds a JPT, Administrator or Pengawas post is "
            "from a circular on Pejabat Penilai Kinerja PNS (angka 4 huruf a) that restates "
            "Pasal 1; its number was not identified."
        ),
    ),
    berlaku_sejak=PERMENPANRB_6_2022.ditetapkan,
)

ATURAN_ATASAN_LUAR = Aturan(
    kode="STR-ATASAN-02",
    uraian=(
        "Atasan langsung dan Pejabat Penilai Kinerja kepala unit organisasi tertinggi instansi "
        "adalah pejabat di atasnya di luar instansi (misalnya Sekretaris Daerah bagi kepala "
        "perangkat daerah), dan atasan pejabat itu pejabat di atasnya lagi."
    ),
    summary=(
        "Above the root unit the chain continues through the officials the instansi declares "
        "(tingkat 1, 2, ...): they rate the head of the instansi and decide the keberatan of "
        "those the head, or they themselves, rate. An instansi that declared none has no "
        "answer there, and the acts that need one say what to declare."
    ),
    dasar=Dasar(
        PP_30_2019,
        pasal="59",
        ayat="3",
        keyakinan=Keyakinan.SEKUNDER,
        tafsiran=(
            "Pasal 59 gives the keberatan to the 'atasan dari Pejabat Penilai Kinerja' without "
            "limiting it to the instansi; when the penilai is the head of the instansi that "
            "atasan sits outside it. Who sits there (Sekda, Bupati/Wali Kota, Menteri, JPT "
            "Utama) differs by instansi, so the library takes it as data, not as a rule. A "
            "kepala daerah or a Menteri is a pejabat negara with no NIP: declared as a "
            "PejabatNegara, known by a kode the instansi chooses (ADR 0011)."
        ),
    ),
    dasar_lain=(
        Dasar(
            PERMENPANRB_8_2021,
            lampiran="pejabat penilai",
            keyakinan=Keyakinan.SEKUNDER,
            tafsiran=(
                "The 8/2021 guide (p.58, digest) has the SKP of a JPT Utama set by the "
                "coordinating minister, of a JPT Madya by the head of the agency, of a JPT "
                "Pratama by the JPT Madya and, in the regions, by the Kepala Daerah (through "
                "the Sekda); an unidentified circular on Pejabat Penilai Kinerja (digest) has "
                "the Menteri rate and decide for a JPT Madya of a ministry."
            ),
        ),
        Dasar(PERMENPANRB_6_2022, pasal="1", keyakinan=Keyakinan.SEKUNDER),
    ),
)

ATURAN: tuple[Aturan, ...] = (ATURAN_ATASAN, ATURAN_ATASAN_LUAR, ATURAN_PENILAI, ATURAN_DELEGASI)


class _Berjangka(Protocol):
    @property
    def mulai(self) -> dt.date: ...
    @property
    def selesai(self) -> dt.date | None: ...


B = TypeVar("B", bound=_Berjangka)


def _tumpang(a: _Berjangka, b: _Berjangka) -> bool:
    """Whether ``a``, starting no later than ``b``, still holds when ``b`` starts."""
    return a.selesai is None or a.selesai >= b.mulai


class _Linimasa(Generic[B]):
    """Non-overlapping dated items sorted by ``mulai``; :meth:`pada` bisects. ``posisi``, if
    given, are the items' positions in the Instansi's tuple, kept alongside so that an
    operation can replace an item there. Never changed: :meth:`sisipkan` and :meth:`ganti`
    return a new timeline (ADR 0015)."""

    __slots__ = ("isi", "mulai", "posisi")

    def __init__(
        self,
        isi: Sequence[B],
        apa: Callable[[], Pesan] | None = None,
        posisi: Sequence[int] = (),
    ) -> None:
        """``apa`` makes the message naming whose records these are (called only when two
        of them overlap; a timeline built empty needs none)."""
        urutan = sorted(range(len(isi)), key=lambda i: isi[i].mulai)
        urut = [isi[i] for i in urutan]
        for a, b in itertools.pairwise(urut):
            if _tumpang(a, b):
                assert apa is not None
                raise InvalidValueError(_TUMPANG(apa=apa(), mulai_a=a.mulai, mulai_b=b.mulai))
        self.isi: tuple[B, ...] = tuple(urut)
        self.mulai: list[dt.date] = [x.mulai for x in urut]
        self.posisi: tuple[int, ...] = tuple(posisi[i] for i in urutan) if posisi else ()

    def sisipkan(self, x: B, posisi: int | None = None) -> _Linimasa[B] | None:
        """A new timeline with ``x`` in its place, or ``None`` if ``x`` overlaps an item."""
        i = bisect.bisect_right(self.mulai, x.mulai)
        if (i > 0 and _tumpang(self.isi[i - 1], x)) or (
            i < len(self.isi) and _tumpang(x, self.isi[i])
        ):
            return None
        baru: _Linimasa[B] = _Linimasa.__new__(_Linimasa)
        baru.isi = (*self.isi[:i], x, *self.isi[i:])
        baru.mulai = [*self.mulai[:i], x.mulai, *self.mulai[i:]]
        baru.posisi = (
            self.posisi if posisi is None else (*self.posisi[:i], posisi, *self.posisi[i:])
        )
        return baru

    def cari(self, x: B) -> int:
        """The index of the item ``x`` (this very object) in :attr:`isi`."""
        i = bisect.bisect_left(self.mulai, x.mulai)
        while self.isi[i] is not x:
            i += 1
        return i

    def ganti(self, lama: B, baru: B) -> _Linimasa[B]:
        """A new timeline with item ``lama`` replaced by ``baru``, which starts the same day
        and ends no later (so it overlaps nothing new)."""
        i = self.cari(lama)
        hasil: _Linimasa[B] = _Linimasa.__new__(_Linimasa)
        hasil.isi = (*self.isi[:i], baru, *self.isi[i + 1 :])
        hasil.mulai = self.mulai
        hasil.posisi = self.posisi
        return hasil

    def pada(self, tanggal: dt.date) -> B | None:
        i = bisect.bisect_right(self.mulai, tanggal) - 1
        if i < 0:
            return None
        item = self.isi[i]
        return item if item.selesai is None or tanggal <= item.selesai else None


_KOSONG: _Linimasa[Penempatan] = _Linimasa(())
_KOSONG_LUAR: _Linimasa[PejabatLuar | PejabatNegara] = _Linimasa(())
_KOSONG_NIP_LUAR: _Linimasa[PejabatLuar] = _Linimasa(())
_KOSONG_NEGARA: _Linimasa[PejabatNegara] = _Linimasa(())
_KOSONG_DELEGASI: _Linimasa[Delegasi] = _Linimasa(())


def _boleh_menilai(pejabat: Pejabat) -> bool:
    """Whether ``pejabat``'s post may rate (STR-PENILAI-01): a jabatan manajerial, or a
    pejabat negara above the root unit (a kepala daerah or Menteri, STR-ATASAN-02)."""
    return isinstance(pejabat, PejabatNegara) or pejabat.jabatan.jenjang.is_manajerial


def _bukan(x: object, *jenis: type) -> bool:
    """Whether ``x``, given to an operation, is none of ``jenis`` (then the constructor
    refuses it with its message)."""
    return not isinstance(x, jenis)


def _pastikan_siklus(
    akar: str | None, unit: dict[str, UnitOrganisasi], anak: dict[str, list[str]]
) -> None:
    tercapai: set[str] = set()
    antre = [] if akar is None else [akar]
    while antre:
        kode = antre.pop()
        tercapai.add(kode)
        antre.extend(anak[kode])
    lepas = sorted(set(unit) - tercapai)
    if lepas:
        raise InvalidValueError(_SIKLUS(unit=tuple(repr(k) for k in lepas)))


class _Indeks:
    """Lookup tables of one Instansi (private; never exposed mutable). Built in full, with
    every check, by the public constructor; an operation derives the next Instansi's tables
    from these, rebuilding only the entries of the keys it touches (ADR 0015)."""

    __slots__ = (
        "akar",
        "anak",
        "delegasi",
        "kepala",
        "luar",
        "luar_kode",
        "luar_nip",
        "pegawai",
        "penempatan",
        "unit",
    )

    def __init__(self, instansi: Instansi) -> None:
        unit: dict[str, UnitOrganisasi] = {}
        for i, u in enumerate(instansi.unit):
            if u.kode in unit:
                raise InvalidValueError(_KODE_GANDA(nama=f"Instansi.unit[{i}]", kode=u.kode))
            unit[u.kode] = u
        anak: dict[str, list[str]] = {k: [] for k in unit}
        akar = [u.kode for u in instansi.unit if u.induk is None]
        if len(akar) > 1:
            raise InvalidValueError(_AKAR_GANDA(unit=tuple(repr(k) for k in akar)))
        self.akar: str | None = akar[0] if akar else None
        for i, u in enumerate(instansi.unit):
            if u.induk is not None:
                if u.induk not in unit:
                    raise InvalidValueError(
                        _INDUK_TIDAK_ADA(nama=f"Instansi.unit[{i}]", induk=u.induk, kode=u.kode)
                    )
                anak[u.induk].append(u.kode)
        _pastikan_siklus(self.akar, unit, anak)
        self.unit = Peta(unit)
        self.anak: Peta[str, tuple[str, ...]] = Peta({k: tuple(d) for k, d in anak.items()})
        pegawai: dict[NIP, Pegawai] = {}
        for i, p in enumerate(instansi.pegawai):
            if p.nip in pegawai:
                raise InvalidValueError(
                    _NIP_GANDA(nama=f"Instansi.pegawai[{i}]", nip=p.nip, pegawai=p.nama)
                )
            pegawai[p.nip] = p
        self.pegawai = Peta(pegawai)
        per_nip: dict[NIP, list[int]] = {}
        per_kepala: dict[str, list[Penempatan]] = {}
        for i, t in enumerate(instansi.penempatan):
            self._pastikan_penempatan(i, t)
            per_nip.setdefault(t.nip, []).append(i)
            if t.kepala:
                per_kepala.setdefault(t.unit, []).append(t)
        semua = instansi.penempatan
        self.penempatan = Peta(
            {
                n: _Linimasa([semua[i] for i in d], self._apa_pegawai(_APA_NIP, n), d)
                for n, d in per_nip.items()
            }
        )
        self.kepala = Peta(
            {k: _Linimasa(d, functools.partial(_APA_KEPALA, unit=k)) for k, d in per_kepala.items()}
        )
        per_dinilai: dict[NIP, list[Delegasi]] = {}
        for i, d in enumerate(instansi.delegasi):
            for peran, nip in (("penilai", d.penilai), ("dinilai", d.dinilai)):
                if nip not in self.pegawai:
                    raise InvalidValueError(
                        _NIP_TIDAK_DIKENAL(nama=f"Instansi.delegasi[{i}].{peran}", nip=nip)
                    )
            per_dinilai.setdefault(d.dinilai, []).append(d)
        self.delegasi = Peta(
            {n: _Linimasa(d, self._apa_pegawai(_APA_DELEGASI, n)) for n, d in per_dinilai.items()}
        )
        per_tingkat: dict[int, list[PejabatLuar | PejabatNegara]] = {}
        per_nip_luar: dict[NIP, list[PejabatLuar]] = {}
        per_kode: dict[str, list[PejabatNegara]] = {}
        for p_luar in instansi.pejabat_luar:
            per_tingkat.setdefault(p_luar.tingkat, []).append(p_luar)
            if isinstance(p_luar, PejabatLuar):
                per_nip_luar.setdefault(p_luar.nip, []).append(p_luar)
            else:
                per_kode.setdefault(p_luar.kode, []).append(p_luar)
        self.luar = Peta(
            {
                t: _Linimasa(d, functools.partial(_APA_TINGKAT, tingkat=t))
                for t, d in per_tingkat.items()
            }
        )
        self.luar_nip = Peta(
            {
                n: _Linimasa(d, functools.partial(_APA_LUAR, nip=n, pegawai=d[0].nama))
                for n, d in per_nip_luar.items()
            }
        )
        self.luar_kode = Peta(
            {
                k: _Linimasa(d, functools.partial(_APA_NEGARA, kode=k, pejabat=d[0].nama))
                for k, d in per_kode.items()
            }
        )

    def _apa_pegawai(self, templat: Callable[..., Pesan], nip: NIP) -> Callable[[], Pesan]:
        """The message naming pegawai ``nip`` (known to the instansi) for a timeline."""
        return functools.partial(templat, nip=nip, pegawai=self.pegawai[nip].nama)

    def salin(self) -> _Indeks:
        """A copy sharing every table (to replace some of them)."""
        baru = _Indeks.__new__(_Indeks)
        for nama in _Indeks.__slots__:
            setattr(baru, nama, getattr(self, nama))
        return baru

    def _pastikan_penempatan(self, i: int, t: Penempatan) -> None:
        nama = f"Instansi.penempatan[{i}]"
        if t.nip not in self.pegawai:
            raise InvalidValueError(_NIP_TIDAK_DIKENAL(nama=nama, nip=t.nip))
        unit = self.unit.get(t.unit)
        if unit is None:
            raise InvalidValueError(_UNIT_TIDAK_DIKENAL(nama=nama, unit=t.unit))
        if t.kepala and unit.jenjang_kepala is None:
            raise InvalidValueError(
                _TANPA_JABATAN_KEPALA(
                    nama=nama, unit=t.unit, nip=t.nip, pegawai=self.pegawai[t.nip].nama
                )
            )


@attrs.frozen
class Instansi:
    """A government agency: units (a tree by kode), pegawai (by NIP), placements and
    delegations. Operations return a new Instansi; queries at ``tanggal`` use indexes built
    once at construction (bisect per NIP and per unit head post), so they do not scan. An
    operation checks the one record it adds or ends and derives the new indexes from these
    (ADR 0015); the result equals the Instansi the constructor builds from the same tuples.

    >>> from birokrasi import contoh
    >>> org = contoh.instansi()
    >>> org.atasan_langsung("198805172012121001", dt.date(2025, 6, 30)).jabatan.nama
    'Sekretaris Dinas'
    """

    nama: str = attrs.field(validator=v.teks())
    unit: tuple[UnitOrganisasi, ...] = attrs.field(
        default=(), converter=v.KeTuple[UnitOrganisasi], validator=v.tuple_of(UnitOrganisasi)
    )
    pegawai: tuple[Pegawai, ...] = attrs.field(
        default=(), converter=v.KeTuple[Pegawai], validator=v.tuple_of(Pegawai)
    )
    penempatan: tuple[Penempatan, ...] = attrs.field(
        default=(), converter=v.KeTuple[Penempatan], validator=v.tuple_of(Penempatan)
    )
    delegasi: tuple[Delegasi, ...] = attrs.field(
        default=(), converter=v.KeTuple[Delegasi], validator=v.tuple_of(Delegasi)
    )
    pejabat_luar: tuple[PejabatLuar | PejabatNegara, ...] = attrs.field(
        default=(),
        kw_only=True,
        converter=v.KeTuple[PejabatLuar | PejabatNegara],
        validator=v.tuple_of(PejabatLuar, PejabatNegara),
    )
    _indeks: _Indeks = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_indeks", _Indeks(self))

    # -- operations (each returns a new Instansi) ------------------------------------------

    def tambah_unit(self, unit: UnitOrganisasi) -> Instansi:
        """A new Instansi with ``unit`` added."""
        ix = self._indeks
        if (
            _bukan(unit, UnitOrganisasi)
            or unit.kode in ix.unit
            or (unit.induk is None and ix.akar is not None)
            or (unit.induk is not None and unit.induk not in ix.unit)
        ):
            return self._dibangun(unit=(*self.unit, unit))
        # a new kode under an existing parent: no unit can reach it, so no cycle either
        indeks = ix.salin()
        indeks.unit = ix.unit.dengan({unit.kode: unit})
        anak: dict[str, tuple[str, ...]] = {unit.kode: ()}
        if unit.induk is None:
            indeks.akar = unit.kode
        else:
            anak[unit.induk] = (*ix.anak[unit.induk], unit.kode)
        indeks.anak = ix.anak.dengan(anak)
        return self._baru(indeks, unit=(*self.unit, unit))

    def tambah_pegawai(self, pegawai: Pegawai) -> Instansi:
        """A new Instansi with ``pegawai`` added."""
        ix = self._indeks
        if _bukan(pegawai, Pegawai) or pegawai.nip in ix.pegawai:
            return self._dibangun(pegawai=(*self.pegawai, pegawai))
        indeks = ix.salin()
        indeks.pegawai = ix.pegawai.dengan({pegawai.nip: pegawai})
        return self._baru(indeks, pegawai=self.pegawai + (pegawai,))  # noqa: RUF005 (one copy)

    def tempatkan(self, penempatan: Penempatan) -> Instansi:
        """A new Instansi with ``penempatan`` appended to the history."""
        ix = self._indeks
        semua = self.penempatan + (penempatan,)  # noqa: RUF005 (one copy, not two)
        if _bukan(penempatan, Penempatan):
            return self._dibangun(penempatan=semua)
        unit = ix.unit.get(penempatan.unit)
        if (
            penempatan.nip not in ix.pegawai
            or unit is None
            or (penempatan.kepala and unit.jenjang_kepala is None)
        ):
            return self._dibangun(penempatan=semua)
        indeks = ix.salin()
        milik = ix.penempatan.get(penempatan.nip, _KOSONG).sisipkan(penempatan, len(semua) - 1)
        if milik is None:
            return self._dibangun(penempatan=semua)
        indeks.penempatan = ix.penempatan.dengan({penempatan.nip: milik})
        if penempatan.kepala:
            kepala = ix.kepala.get(penempatan.unit, _KOSONG).sisipkan(penempatan)
            if kepala is None:
                return self._dibangun(penempatan=semua)
            indeks.kepala = ix.kepala.dengan({penempatan.unit: kepala})
        return self._baru(indeks, penempatan=semua)

    def tambah_delegasi(self, delegasi: Delegasi) -> Instansi:
        """A new Instansi with ``delegasi`` added."""
        ix = self._indeks
        semua = (*self.delegasi, delegasi)
        if (
            _bukan(delegasi, Delegasi)
            or delegasi.penilai not in ix.pegawai
            or delegasi.dinilai not in ix.pegawai
        ):
            return self._dibangun(delegasi=semua)
        linimasa = ix.delegasi.get(delegasi.dinilai, _KOSONG_DELEGASI).sisipkan(delegasi)
        if linimasa is None:
            return self._dibangun(delegasi=semua)
        indeks = ix.salin()
        indeks.delegasi = ix.delegasi.dengan({delegasi.dinilai: linimasa})
        return self._baru(indeks, delegasi=semua)

    def tambah_pejabat_luar(self, pejabat: PejabatLuar | PejabatNegara) -> Instansi:
        """A new Instansi with ``pejabat`` declared above the root unit (STR-ATASAN-02)."""
        ix = self._indeks
        semua = (*self.pejabat_luar, pejabat)
        if _bukan(pejabat, PejabatLuar, PejabatNegara):
            return self._dibangun(pejabat_luar=semua)
        indeks = ix.salin()
        luar = ix.luar.get(pejabat.tingkat, _KOSONG_LUAR).sisipkan(pejabat)
        if luar is None:
            return self._dibangun(pejabat_luar=semua)
        indeks.luar = ix.luar.dengan({pejabat.tingkat: luar})
        if isinstance(pejabat, PejabatLuar):
            per_nip = ix.luar_nip.get(pejabat.nip, _KOSONG_NIP_LUAR).sisipkan(pejabat)
            if per_nip is None:
                return self._dibangun(pejabat_luar=semua)
            indeks.luar_nip = ix.luar_nip.dengan({pejabat.nip: per_nip})
        else:
            per_kode = ix.luar_kode.get(pejabat.kode, _KOSONG_NEGARA).sisipkan(pejabat)
            if per_kode is None:
                return self._dibangun(pejabat_luar=semua)
            indeks.luar_kode = ix.luar_kode.dengan({pejabat.kode: per_kode})
        return self._baru(indeks, pejabat_luar=semua)

    def akhiri_penempatan(self, nip: NIP | str, tanggal: dt.date) -> Instansi:
        """A new Instansi where the placement ``nip`` holds on ``tanggal`` ends that day."""
        aktif = self.penempatan_pada(nip, tanggal)
        if aktif is None:
            pegawai = self.cari_pegawai(nip)
            raise NotFoundError(
                _AKHIRI_TANPA_PENEMPATAN(nip=pegawai.nip, pegawai=pegawai.nama, tanggal=tanggal)
            )
        akhir = attrs.evolve(aktif, selesai=tanggal)
        ix = self._indeks
        milik = ix.penempatan[aktif.nip]
        i = milik.posisi[milik.cari(aktif)]
        indeks = ix.salin()
        indeks.penempatan = ix.penempatan.dengan({aktif.nip: milik.ganti(aktif, akhir)})
        if aktif.kepala:
            kepala = ix.kepala[aktif.unit]
            indeks.kepala = ix.kepala.dengan({aktif.unit: kepala.ganti(aktif, akhir)})
        daftar = list(self.penempatan)
        daftar[i] = akhir
        semua = tuple(daftar)
        return self._baru(indeks, penempatan=semua)

    def _dibangun(self, **ubah: Any) -> Instansi:
        """The Instansi with the fields ``ubah`` built from scratch by the constructor, every
        check included: where an operation meets a record it cannot simply add, the
        constructor raises what it always raised."""
        return attrs.evolve(self, **ubah)

    def _baru(self, indeks: _Indeks, **ubah: Any) -> Instansi:
        """The Instansi with the fields ``ubah``, which the operation has checked, and the
        tables it derived: the constructor's converters, validators and full index build are
        skipped."""
        baru: Instansi = Instansi.__new__(Instansi)
        for nama in ("nama", "unit", "pegawai", "penempatan", "delegasi", "pejabat_luar"):
            object.__setattr__(baru, nama, ubah.get(nama, getattr(self, nama)))
        object.__setattr__(baru, "_indeks", indeks)
        return baru

    # -- lookups -----------------------------------------------------------------------------

    @property
    def unit_akar(self) -> UnitOrganisasi | None:
        """The root unit, or ``None`` for an Instansi without units."""
        akar = self._indeks.akar
        return None if akar is None else self._indeks.unit[akar]

    def cari_unit(self, kode: str) -> UnitOrganisasi:
        """The unit with this kode, or :class:`~birokrasi.errors.NotFoundError`."""
        v.pastikan_tipe("kode", kode, str)
        try:
            return self._indeks.unit[kode]
        except KeyError:
            raise NotFoundError(_UNIT_TIDAK_ADA(kode=v.render(kode))) from None

    def cari_pegawai(self, nip: NIP | str) -> Pegawai:
        """The pegawai with this NIP, or :class:`~birokrasi.errors.NotFoundError`."""
        kunci = _nip_argumen("nip", nip)
        try:
            return self._indeks.pegawai[kunci]
        except KeyError:
            raise NotFoundError(_PEGAWAI_TIDAK_ADA(nip=kunci)) from None

    def sub_unit(self, kode: str) -> tuple[UnitOrganisasi, ...]:
        """The direct children of unit ``kode``, in the order they were added."""
        induk = self.cari_unit(kode)
        return tuple(self._indeks.unit[k] for k in self._indeks.anak[induk.kode])

    def jalur(self, kode: str) -> tuple[UnitOrganisasi, ...]:
        """The units from the root down to unit ``kode``."""
        unit: UnitOrganisasi | None = self.cari_unit(kode)
        hasil: list[UnitOrganisasi] = []
        while unit is not None:
            hasil.append(unit)
            unit = None if unit.induk is None else self._indeks.unit[unit.induk]
        return tuple(reversed(hasil))

    def riwayat_penempatan(self, nip: NIP | str) -> tuple[Penempatan, ...]:
        """Every placement of ``nip``, oldest first."""
        return self._linimasa(nip).isi

    def riwayat(self, nip: NIP | str) -> tuple[Penempatan, ...]:
        """The 0.1.0 name of :meth:`riwayat_penempatan`, kept for code written against it."""
        return self.riwayat_penempatan(nip)

    def penempatan_pada(self, nip: NIP | str, tanggal: dt.date) -> Penempatan | None:
        """The placement ``nip`` holds on ``tanggal``, or ``None``."""
        v.pastikan_tipe("tanggal", tanggal, dt.date)
        return self._linimasa(nip).pada(tanggal)

    def penempatan_aktif(self, tanggal: dt.date) -> tuple[Penempatan, ...]:
        """Every placement that holds on ``tanggal``, in the order of :attr:`pegawai`."""
        v.pastikan_tipe("tanggal", tanggal, dt.date)
        hasil = (self._indeks.penempatan.get(p.nip, _KOSONG).pada(tanggal) for p in self.pegawai)
        return tuple(t for t in hasil if t is not None)

    def kepala_unit(self, kode: str, tanggal: dt.date) -> Penempatan | None:
        """The placement in the head post of unit ``kode`` on ``tanggal``; ``None`` if vacant."""
        unit = self.cari_unit(kode)
        v.pastikan_tipe("tanggal", tanggal, dt.date)
        return self._indeks.kepala.get(unit.kode, _KOSONG).pada(tanggal)

    def pejabat_luar_pada(
        self, tingkat: int, tanggal: dt.date
    ) -> PejabatLuar | PejabatNegara | None:
        """The official declared at ``tingkat`` above the root unit on ``tanggal``, if any
        (STR-ATASAN-02)."""
        v.pastikan_bilangan("tingkat", tingkat, 1)
        v.pastikan_tipe("tanggal", tanggal, dt.date)
        return self._indeks.luar.get(tingkat, _KOSONG_LUAR).pada(tanggal)

    def pejabat_pada(self, nip: NIP | str, tanggal: dt.date) -> Penempatan | PejabatLuar | None:
        """The post ``nip`` holds on ``tanggal``: a placement in the instansi or, failing
        that, a declared post above its root unit; ``None`` when neither."""
        kunci = _nip_argumen("nip", nip)
        v.pastikan_tipe("tanggal", tanggal, dt.date)
        if kunci in self._indeks.pegawai:
            penempatan = self._indeks.penempatan.get(kunci, _KOSONG).pada(tanggal)
            if penempatan is not None:
                return penempatan
        return self._indeks.luar_nip.get(kunci, _KOSONG_NIP_LUAR).pada(tanggal)

    def pelaku_pada(self, pengenal: NIP | str, tanggal: dt.date) -> Pejabat | None:
        """The post held on ``tanggal`` by the official ``pengenal`` names: a NIP (or its
        digits), as :meth:`pejabat_pada`, or the kode of a declared :class:`PejabatNegara`, as
        :meth:`pejabat_negara_pada`. ``None`` when they hold no post that day. The acts take
        their actor this way (ADR 0010, ADR 0011)."""
        if isinstance(pengenal, str) and not isinstance(pengenal, NIP):
            if pengenal in self._indeks.luar_kode:
                return self.pejabat_negara_pada(pengenal, tanggal)
            if not pengenal.isdigit():
                v.pastikan_kunci("pengenal", pengenal)
                raise NotFoundError(_BUKAN_PENGENAL(instansi=self.nama, pengenal=pengenal))
        return self.pejabat_pada(_nip_argumen("pengenal", pengenal), tanggal)

    def pejabat_negara_pada(self, kode: str, tanggal: dt.date) -> PejabatNegara | None:
        """The post the pejabat negara declared as ``kode`` holds above the root unit on
        ``tanggal`` (STR-ATASAN-02); ``None`` when none that day. Raises
        :class:`~birokrasi.errors.NotFoundError` for a kode the instansi never declared."""
        v.pastikan_kunci("kode", kode)
        v.pastikan_tipe("tanggal", tanggal, dt.date)
        linimasa = self._indeks.luar_kode.get(kode)
        if linimasa is None:
            raise NotFoundError(_NEGARA_TIDAK_ADA(instansi=self.nama, kode=kode))
        return linimasa.pada(tanggal)

    # -- who leads and who rates -------------------------------------------------------------

    def atasan_langsung(self, nip: NIP | str, tanggal: dt.date) -> Pejabat | None:
        """The direct superior of ``nip`` on ``tanggal`` (STR-ATASAN-01): the head of their
        unit, or of the parent unit for a unit head, walking up while a head post is vacant,
        and above the root unit the declared officials (STR-ATASAN-02).

        ``nip`` is a pegawai placed that day or a declared official above the root. ``None``
        when nobody is declared above (see :meth:`pastikan_atasan_langsung`). Raises
        :class:`~birokrasi.errors.NotFoundError` if ``nip`` holds no post that day.
        """
        return next(self._rantai_atasan(self._ditempatkan(nip, tanggal), tanggal), None)

    def pejabat_penilai(self, nip: NIP | str, tanggal: dt.date) -> Pejabat | None:
        """The Pejabat Penilai Kinerja of ``nip`` on ``tanggal`` (STR-PENILAI-01/02).

        A delegation in force to an official placed in a jabatan manajerial wins; otherwise the
        atasan langsung if at least Pengawas, else the next head up who is, up through the
        officials declared above the root unit (STR-ATASAN-02). ``None`` when there is none
        (see :meth:`pastikan_pejabat_penilai`).
        """
        pejabat = self._ditempatkan(nip, tanggal)
        delegasi = self._indeks.delegasi.get(pejabat.nip)
        aktif = None if delegasi is None else delegasi.pada(tanggal)
        if aktif is not None:
            wakil = self.penempatan_pada(aktif.penilai, tanggal)
            if wakil is not None and wakil.jabatan.jenjang.is_manajerial:
                return wakil
        return next((h for h in self._rantai_atasan(pejabat, tanggal) if _boleh_menilai(h)), None)

    def atasan_jabatan(self, pejabat: Pejabat, tanggal: dt.date) -> Pejabat | None:
        """The head above the post ``pejabat`` records (a placement or an official above the
        root), on ``tanggal``: whoever then holds it, walking up past vacant posts
        (STR-ATASAN-01/02). For the superior of a post whose holder has since left."""
        v.pastikan_tipe("pejabat", pejabat, Penempatan, PejabatLuar, PejabatNegara)
        v.pastikan_tipe("tanggal", tanggal, dt.date)
        if isinstance(pejabat, Penempatan):
            self.cari_unit(pejabat.unit)
        return next(self._rantai_atasan(pejabat, tanggal), None)

    def pastikan_atasan_langsung(self, nip: NIP | str, tanggal: dt.date) -> Pejabat:
        """:meth:`atasan_langsung`, or :class:`~birokrasi.errors.NotFoundError` saying which
        official above the root unit to declare (STR-ATASAN-02)."""
        atasan = self.atasan_langsung(nip, tanggal)
        if atasan is None:
            raise NotFoundError(self._pesan_tanpa_atasan(_TANPA_ATASAN, nip, tanggal))
        return atasan

    def pastikan_pejabat_penilai(self, nip: NIP | str, tanggal: dt.date) -> Pejabat:
        """:meth:`pejabat_penilai`, or :class:`~birokrasi.errors.NotFoundError` saying which
        official above the root unit to declare (STR-ATASAN-02)."""
        penilai = self.pejabat_penilai(nip, tanggal)
        if penilai is None:
            raise NotFoundError(self._pesan_tanpa_atasan(_TANPA_PENILAI, nip, tanggal))
        return penilai

    def delegasi_pada(self, nip: NIP | str, tanggal: dt.date) -> Delegasi | None:
        """The delegation of the authority to rate ``nip`` in force on ``tanggal``, if any."""
        kunci = self.cari_pegawai(nip).nip
        v.pastikan_tipe("tanggal", tanggal, dt.date)
        delegasi = self._indeks.delegasi.get(kunci)
        return None if delegasi is None else delegasi.pada(tanggal)

    # -- internals ---------------------------------------------------------------------------

    def _linimasa(self, nip: NIP | str) -> _Linimasa[Penempatan]:
        kunci = self.cari_pegawai(nip).nip
        return self._indeks.penempatan.get(kunci, _KOSONG)

    def _ditempatkan(self, nip: NIP | str, tanggal: dt.date) -> Penempatan | PejabatLuar:
        kunci = _nip_argumen("nip", nip)
        pejabat = self.pejabat_pada(kunci, tanggal)
        if pejabat is None:
            nama = self._nama_pengenal(kunci)
            if nama is None:
                raise NotFoundError(_PEGAWAI_TIDAK_ADA(nip=kunci))
            raise NotFoundError(_TANPA_PENEMPATAN(nip=kunci, pegawai=nama, tanggal=tanggal))
        return pejabat

    def _nama_pengenal(self, pengenal: NIP | str) -> str | None:
        """The name the instansi knows for the official ``pengenal`` names (a pegawai, an
        official above the root unit by NIP, a pejabat negara by kode), or ``None``."""
        ix = self._indeks
        if isinstance(pengenal, str) and pengenal.isdigit():
            pengenal = NIP(pengenal)
        if isinstance(pengenal, NIP):
            pegawai = ix.pegawai.get(pengenal)
            if pegawai is not None:
                return pegawai.nama
            luar = ix.luar_nip.get(pengenal)
            return None if luar is None else luar.isi[0].nama
        negara = ix.luar_kode.get(pengenal)
        return None if negara is None else negara.isi[0].nama

    def _rantai_atasan(self, pejabat: Pejabat, tanggal: dt.date) -> Iterator[Pejabat]:
        """The heads above ``pejabat`` on ``tanggal``, nearest first: up the unit tree, then
        the declared officials above the root, tingkat by tingkat while one is declared."""
        tingkat = 1
        if isinstance(pejabat, PejabatLuar | PejabatNegara):
            tingkat = pejabat.tingkat + 1
        else:
            unit: str | None = pejabat.unit
            if pejabat.kepala:
                unit = self._indeks.unit[pejabat.unit].induk
            while unit is not None:
                kepala = self._indeks.kepala.get(unit, _KOSONG).pada(tanggal)
                if kepala is not None:
                    yield kepala
                unit = self._indeks.unit[unit].induk
        while (luar := self._indeks.luar.get(tingkat, _KOSONG_LUAR).pada(tanggal)) is not None:
            yield luar
            tingkat += 1

    def _pesan_tanpa_atasan(
        self, templat: Callable[..., Pesan], nip: NIP | str, tanggal: dt.date
    ) -> Pesan:
        pejabat = self._ditempatkan(nip, tanggal)
        tingkat = pejabat.tingkat + 1 if isinstance(pejabat, PejabatLuar) else 1
        return templat(
            instansi=self.nama,
            nip=pejabat.nip,
            pegawai=self._nama_pengenal(pejabat.nip),
            tanggal=tanggal,
            tingkat=tingkat,
        )


_t = pembuat_templat(__name__)
_TUMPANG = _t(
    "INSTANSI/tumpang-tindih",
    "Instansi: {apa} has two overlapping records starting {mulai_a} and {mulai_b}",
)
_APA_NIP = _t("INSTANSI/linimasa-pegawai", "NIP {nip} ({pegawai})")
_APA_KEPALA = _t("INSTANSI/linimasa-kepala", "head post of '{unit}'")
_APA_DELEGASI = _t("INSTANSI/linimasa-delegasi", "delegation for {nip} ({pegawai})")
_APA_TINGKAT = _t("INSTANSI/linimasa-tingkat", "official above the root, tingkat {tingkat},")
_APA_LUAR = _t("INSTANSI/linimasa-luar", "official {nip} ({pegawai}) above the root")
_APA_NEGARA = _t("INSTANSI/linimasa-negara", "pejabat negara '{kode}' ({pejabat}) above the root")
_SIKLUS = _t(
    "INSTANSI/siklus",
    "Instansi.unit: units [{unit}] do not reach a root (their parents form a cycle)",
)
_KODE_GANDA = _t("INSTANSI/kode-ganda", "{nama}: duplicate kode '{kode}'")
_AKAR_GANDA = _t("INSTANSI/akar-ganda", "Instansi.unit: more than one root unit [{unit}]")
_INDUK_TIDAK_ADA = _t(
    "INSTANSI/induk-tidak-ada", "{nama}: parent '{induk}' of '{kode}' does not exist"
)
_NIP_GANDA = _t("INSTANSI/nip-ganda", "{nama}: duplicate NIP {nip} ({pegawai})")
_NIP_TIDAK_DIKENAL = _t("INSTANSI/nip-tidak-dikenal", "{nama}: unknown NIP {nip}")
_UNIT_TIDAK_DIKENAL = _t("INSTANSI/unit-tidak-dikenal", "{nama}: unknown unit '{unit}'")
_TANPA_JABATAN_KEPALA = _t(
    "INSTANSI/tanpa-jabatan-kepala", "{nama}: unit '{unit}' has no head post for {nip} ({pegawai})"
)
_AKHIRI_TANPA_PENEMPATAN = _t(
    "INSTANSI/akhiri-tanpa-penempatan",
    "akhiri_penempatan: {nip} ({pegawai}) holds no placement on {tanggal}",
)
_UNIT_TIDAK_ADA = _t("INSTANSI/unit-tidak-ada", "Instansi: no unit with kode '{kode}'")
_PEGAWAI_TIDAK_ADA = _t("INSTANSI/pegawai-tidak-ada", "Instansi: no pegawai with NIP {nip}")
_TANPA_PENEMPATAN = _t(
    "INSTANSI/tanpa-penempatan", "Instansi: {nip} ({pegawai}) holds no placement on {tanggal}"
)
_BUKAN_PENGENAL = _t(
    "STR-ATASAN-02/bukan-pengenal",
    "Instansi '{instansi}': '{pengenal}' is neither a NIP nor the kode of a pejabat negara "
    "declared above the root unit (STR-ATASAN-02)",
)
_NEGARA_TIDAK_ADA = _t(
    "STR-ATASAN-02/pejabat-negara-tidak-ada",
    "Instansi '{instansi}': no pejabat negara declared as '{kode}' (STR-ATASAN-02)",
)
_TANPA_ATASAN = _t(
    "STR-ATASAN-02/tanpa-atasan",
    "Instansi '{instansi}': {nip} ({pegawai}) has no atasan langsung on {tanggal}; declare the "
    "official above the root unit: Instansi.tambah_pejabat_luar(PejabatLuar(nip, nama, jabatan, "
    "unit, mulai, tingkat={tingkat})) or, for one without a NIP, "
    "Instansi.tambah_pejabat_luar(PejabatNegara(kode, nama, jabatan, unit, mulai, "
    "tingkat={tingkat})) (STR-ATASAN-02)",
)
_TANPA_PENILAI = _t(
    "STR-ATASAN-02/tanpa-penilai",
    "Instansi '{instansi}': {nip} ({pegawai}) has no Pejabat Penilai Kinerja on {tanggal}; "
    "declare the official above the root unit: Instansi.tambah_pejabat_luar(PejabatLuar(nip, "
    "nama, jabatan, unit, mulai, tingkat={tingkat})) or, for one without a NIP, "
    "Instansi.tambah_pejabat_luar(PejabatNegara(kode, nama, jabatan, unit, mulai, "
    "tingkat={tingkat})) (STR-ATASAN-02)",
)
