"""The :class:`SistemKerja` aggregate: teams, memberships, assignments and cross-instansi
agreements, with append-only operations and indexed queries at a date.

Operations return a new aggregate and never edit the past: they append records, and the only
change to an existing record is to end it (set or shorten ``selesai`` / ``dibubarkan`` to a
date on or after its start); a record that ended before the operation's date is never touched.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from birokrasi import _validasi as v
from birokrasi._peta import Peta
from birokrasi.errors import InvalidValueError, NotFoundError
from birokrasi.pesan import pembuat_templat
from birokrasi.sistem_kerja._indeks import IndeksInterval, kosong
from birokrasi.sistem_kerja.kewenangan import pastikan_wewenang_tim
from birokrasi.sistem_kerja.penugasan import Penugasan
from birokrasi.sistem_kerja.tim_kerja import (
    Keanggotaan,
    Peran,
    PersetujuanLintasInstansi,
    TimKerja,
)
from birokrasi.struktur.nip import NIP, _nip_argumen
from birokrasi.struktur.organisasi import Instansi
from birokrasi.struktur.sebutan import sebut_pengenal
from birokrasi.struktur.unsur import Penempatan

__all__ = ["SistemKerja"]

_SEHARI = dt.timedelta(days=1)
_SAMA: Any = object()


def _selesai(k: Keanggotaan) -> dt.date:
    return dt.date.max if k.selesai is None else k.selesai


def _mulai(k: Keanggotaan) -> dt.date:
    return k.mulai


def _akhir(tim: Peta[str, TimKerja]) -> Callable[[Keanggotaan], dt.date]:
    """A membership's last day in its team as ``tim`` has it (the index's end)."""

    def akhir(k: Keanggotaan) -> dt.date:
        return k.akhir_dalam(tim[k.tim])

    return akhir


def _tugas_mulai(p: Penugasan) -> dt.date:
    return p.periode.mulai


def _tugas_akhir(p: Penugasan) -> dt.date:
    return p.periode.selesai


def _per_kunci(isi: Iterable[Any], kunci: Any) -> dict[Any, list[int]]:
    """The positions in ``isi`` of the records of each key (``None`` keys left out)."""
    hasil: dict[Any, list[int]] = {}
    for i, x in enumerate(isi):
        k = kunci(x)
        if k is not None:
            hasil.setdefault(k, []).append(i)
    return hasil


class _Indeks:
    """Lookup tables of one SistemKerja (private). Built in full, with every check, by the
    public constructor; an operation derives the next aggregate's tables from these,
    rebuilding only the entries of the keys it touches (ADR 0015)."""

    __slots__ = (
        "anggota",
        "ketua",
        "pegawai",
        "posisi_tim",
        "tim",
        "tugas",
        "tugas_nip",
        "tugas_tim",
    )

    def __init__(self, s: SistemKerja) -> None:
        tim: dict[str, TimKerja] = {}
        posisi_tim: dict[str, int] = {}
        for i, t in enumerate(s.tim):
            if t.kode in tim:
                raise InvalidValueError(_GANDA(letak=f"SistemKerja.tim[{i}]", kode=repr(t.kode)))
            tim[t.kode] = t
            posisi_tim[t.kode] = i
        rujukan: list[tuple[str, tuple[Keanggotaan | PersetujuanLintasInstansi, ...]]] = [
            ("keanggotaan", s.keanggotaan),
            ("persetujuan", s.persetujuan),
        ]
        for nama, isi in rujukan:
            for i, x in enumerate(isi):
                if x.tim not in tim:
                    raise InvalidValueError(
                        _TIM_TIDAK_DIKENAL(letak=f"SistemKerja.{nama}[{i}]", tim=repr(x.tim))
                    )
        tugas: dict[str, Penugasan] = {}
        for i, p in enumerate(s.penugasan):
            if p.kode in tugas:
                raise InvalidValueError(
                    _GANDA(letak=f"SistemKerja.penugasan[{i}]", kode=repr(p.kode))
                )
            tugas[p.kode] = p
            if p.tim is not None and p.tim not in tim:
                raise InvalidValueError(
                    _TIM_TIDAK_DIKENAL(letak=f"SistemKerja.penugasan[{i}]", tim=repr(p.tim))
                )
        self.tim = Peta(tim)
        self.posisi_tim = Peta(posisi_tim)
        self.tugas = Peta(tugas)
        akhir = _akhir(self.tim)
        k = s.keanggotaan

        def buat(pos: list[int]) -> IndeksInterval[Keanggotaan]:
            return IndeksInterval([k[i] for i in pos], _mulai, akhir, pos)

        per_nip = _per_kunci(k, lambda x: x.nip)
        per_tim = _per_kunci(k, lambda x: x.tim)
        per_ketua = _per_kunci(k, lambda x: x.tim if x.peran is Peran.KETUA else None)
        self.pegawai = Peta({n: buat(d) for n, d in per_nip.items()})
        self.anggota = Peta({t: buat(d) for t, d in per_tim.items()})
        self.ketua = Peta({t: buat(d) for t, d in per_ketua.items()})
        semua_tugas = s.penugasan

        def tugas_(pos: list[int]) -> IndeksInterval[Penugasan]:
            return IndeksInterval([semua_tugas[i] for i in pos], _tugas_mulai, _tugas_akhir)

        per_penerima = _per_kunci(semua_tugas, lambda x: x.penerima)
        per_tim_tugas = _per_kunci(semua_tugas, lambda x: x.tim)
        self.tugas_nip = Peta({n: tugas_(d) for n, d in per_penerima.items()})
        self.tugas_tim = Peta({t: tugas_(d) for t, d in per_tim_tugas.items()})

    def salin(self) -> _Indeks:
        """A copy sharing every table (to replace some of them)."""
        baru = _Indeks.__new__(_Indeks)
        for nama in _Indeks.__slots__:
            setattr(baru, nama, getattr(self, nama))
        return baru


def _perbarui(
    peta: Peta[Any, IndeksInterval[Keanggotaan]],
    terdampak: Iterable[Any],
    pengganti: dict[int, Keanggotaan],
    tambah: Iterable[tuple[Any, Keanggotaan, int]],
    akhir: Callable[[Keanggotaan], dt.date],
) -> Peta[Any, IndeksInterval[Keanggotaan]]:
    """``peta`` with the index of every key in ``terdampak`` rebuilt (its records replaced
    per ``pengganti``, its ends recomputed) and each ``(key, record, position)`` of
    ``tambah`` inserted."""
    ubah: dict[Any, IndeksInterval[Keanggotaan]] = {}
    for kunci in terdampak:
        lama = peta.get(kunci)
        if lama is not None:
            ubah[kunci] = lama.ganti(pengganti, akhir)
    for kunci, k, i in tambah:
        indeks = ubah.get(kunci)
        if indeks is None:
            indeks = peta.get(kunci, kosong())
        ubah[kunci] = indeks.sisipkan(k, k.mulai, akhir(k), i)
    return peta.dengan(ubah) if ubah else peta


class _Perubahan:
    """Memberships an operation ends and appends, checked one by one against the aggregate
    as the earlier ones left it, then applied at once by :meth:`SistemKerja._ubah`."""

    __slots__ = ("ganti", "instansi", "sistem", "tambah")

    def __init__(self, sistem: SistemKerja, instansi: Instansi) -> None:
        self.sistem = sistem
        self.instansi = instansi
        self.ganti: dict[int, tuple[Keanggotaan, Keanggotaan]] = {}
        self.tambah: list[Keanggotaan] = []

    def akhiri(self, k: Keanggotaan, selesai: dt.date) -> None:
        self.ganti[id(k)] = (k, attrs.evolve(k, selesai=selesai))

    def akhiri_kemarin(self, k: Keanggotaan, tanggal: dt.date, op: str) -> None:
        if tanggal <= k.mulai:
            raise InvalidValueError(
                _AKHIRI_SEBELUM_MULAI(
                    op=op,
                    pegawai=sebut_pengenal(self.instansi, k.nip),
                    tim=k.tim,
                    mulai=k.mulai,
                    tanggal=tanggal,
                )
            )
        self.akhiri(k, tanggal - _SEHARI)

    def tambahkan(self, keanggotaan: Keanggotaan) -> None:
        """Append ``keanggotaan``, refusing an unknown team and an overlap with another
        membership of the same pegawai in the same team (SK-TIM-08)."""
        self.sistem.cari_tim(keanggotaan.tim)
        lama = self.sistem._indeks.pegawai.get(keanggotaan.nip, kosong()).isi
        kini = [self.ganti.get(id(k), (k, k))[1] for k in lama]
        kini += [k for k in self.tambah if k.nip == keanggotaan.nip]
        for k in sorted(kini, key=_mulai):
            if (
                k.tim == keanggotaan.tim
                and k.mulai <= _selesai(keanggotaan)
                and keanggotaan.mulai <= _selesai(k)
            ):
                raise InvalidValueError(
                    _SUDAH_ANGGOTA(
                        pegawai=sebut_pengenal(self.instansi, keanggotaan.nip),
                        tim=k.tim,
                        mulai=k.mulai,
                    )
                )
        self.tambah.append(keanggotaan)

    def terapkan(self, tim: TimKerja | None = None) -> SistemKerja:
        return self.sistem._ubah(list(self.ganti.values()), self.tambah, tim)


@attrs.frozen
class SistemKerja:
    """Teams (by kode), memberships, assignments and cross-instansi agreements of one
    instansi. Construction refuses duplicate keys and references to unknown teams; rule
    findings come from :func:`~birokrasi.sistem_kerja.pemeriksaan.periksa_sistem_kerja`.

    Queries at ``tanggal`` use per-pegawai and per-team interval indexes built once (sorted by
    start with a running maximum of ends, bisected): O(log n + s) for the n records of that
    pegawai or team, s those overlapping back to the earliest still open; never a scan of all
    memberships. An open membership ends at the latest on the team's last day.

    An operation checks the records it adds or ends and derives the new aggregate's indexes
    from these, rebuilding only the entries of the pegawai and teams it touches (ADR 0015);
    the result equals the aggregate the constructor builds from the same tuples.
    """

    tim: tuple[TimKerja, ...] = attrs.field(
        default=(), converter=v.KeTuple[TimKerja], validator=v.tuple_of(TimKerja)
    )
    keanggotaan: tuple[Keanggotaan, ...] = attrs.field(
        default=(), converter=v.KeTuple[Keanggotaan], validator=v.tuple_of(Keanggotaan)
    )
    penugasan: tuple[Penugasan, ...] = attrs.field(
        default=(), converter=v.KeTuple[Penugasan], validator=v.tuple_of(Penugasan)
    )
    persetujuan: tuple[PersetujuanLintasInstansi, ...] = attrs.field(
        default=(),
        converter=v.KeTuple[PersetujuanLintasInstansi],
        validator=v.tuple_of(PersetujuanLintasInstansi),
    )
    _indeks: _Indeks = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_indeks", _Indeks(self))

    # -- operations (each returns a new SistemKerja) -----------------------------------------

    def bentuk_tim(self, tim: TimKerja, *, instansi: Instansi) -> SistemKerja:
        """A new SistemKerja with team ``tim`` formed by its SK: the SK's penetap must head
        the team's unit on the SK's date (SK-TIM-10, else
        :class:`~birokrasi.errors.AuthorityError`)."""
        v.pastikan_tipe("tim", tim, TimKerja)
        pastikan_wewenang_tim(
            instansi, tim.sk.penetap, [tim.unit], tim.sk.tanggal, tindakan="bentuk_tim"
        )
        if tim.kode in self._indeks.tim:
            return attrs.evolve(self, tim=(*self.tim, tim))  # raises what the constructor does
        indeks = self._indeks.salin()
        indeks.tim = indeks.tim.dengan({tim.kode: tim})
        indeks.posisi_tim = indeks.posisi_tim.dengan({tim.kode: len(self.tim)})
        return self._baru(
            (*self.tim, tim), self.keanggotaan, self.penugasan, self.persetujuan, indeks
        )

    def tambah_anggota(
        self, keanggotaan: Keanggotaan, *, oleh: NIP | str, instansi: Instansi
    ) -> SistemKerja:
        """A new SistemKerja with ``keanggotaan`` appended by ``oleh``, who must head the
        team's unit and the member's on its first day (SK-TIM-10); refuses an unknown team
        and a membership overlapping another of the same pegawai in the same team
        (SK-TIM-08)."""
        v.pastikan_tipe("keanggotaan", keanggotaan, Keanggotaan)
        tim = self.cari_tim(keanggotaan.tim)
        unit = [tim.unit, *_unit_pegawai(instansi, keanggotaan.nip, keanggotaan.mulai)]
        pastikan_wewenang_tim(instansi, oleh, unit, keanggotaan.mulai, tindakan="tambah_anggota")
        return self._tambah(keanggotaan, instansi)

    def _tambah(self, keanggotaan: Keanggotaan, instansi: Instansi) -> SistemKerja:
        ubah = _Perubahan(self, instansi)
        ubah.tambahkan(keanggotaan)
        return ubah.terapkan()

    def akhiri_keanggotaan(
        self, nip: NIP | str, tim: str, tanggal: dt.date, *, oleh: NIP | str, instansi: Instansi
    ) -> SistemKerja:
        """A new SistemKerja where the membership of ``nip`` in ``tim`` that holds on
        ``tanggal`` ends that day (``tanggal`` is its last day), by ``oleh`` (SK-TIM-10)."""
        k = self._aktif(nip, tim, tanggal, "akhiri_keanggotaan", instansi)
        unit = [self.cari_tim(tim).unit, *_unit_pegawai(instansi, k.nip, tanggal)]
        pastikan_wewenang_tim(instansi, oleh, unit, tanggal, tindakan="akhiri_keanggotaan")
        ubah = _Perubahan(self, instansi)
        ubah.akhiri(k, tanggal)
        return ubah.terapkan()

    def pindahkan(
        self,
        nip: NIP | str,
        dari: str,
        ke: str,
        tanggal: dt.date,
        *,
        oleh: NIP | str,
        instansi: Instansi,
        peran: Peran = Peran.ANGGOTA,
        alokasi: Any = _SAMA,
    ) -> SistemKerja:
        """Move ``nip`` from team ``dari`` to team ``ke`` on ``tanggal``: the membership in
        ``dari`` ends the day before and one in ``ke`` starts that day with ``peran`` (and the
        same share of working time unless ``alokasi`` is given). ``oleh`` must head both
        teams' units and the pegawai's (SK-TIM-10)."""
        v.pastikan_tipe("peran", peran, Peran)
        tim_ke = self.cari_tim(ke)
        if dari == ke:
            raise InvalidValueError(_TIM_SAMA(tim=repr(dari)))
        lama = self._aktif(nip, dari, tanggal, "pindahkan", instansi)
        unit = [
            self.cari_tim(dari).unit,
            tim_ke.unit,
            *_unit_pegawai(instansi, lama.nip, tanggal),
        ]
        pastikan_wewenang_tim(instansi, oleh, unit, tanggal, tindakan="pindahkan")
        baru = Keanggotaan(
            lama.nip,
            ke,
            peran,
            tanggal,
            alokasi=lama.alokasi if alokasi is _SAMA else alokasi,
            instansi=lama.instansi,
        )
        ubah = _Perubahan(self, instansi)
        ubah.akhiri_kemarin(lama, tanggal, "pindahkan")
        ubah.tambahkan(baru)
        return ubah.terapkan()

    def ganti_ketua(
        self,
        tim: str,
        nip: NIP | str,
        tanggal: dt.date,
        *,
        oleh: NIP | str,
        instansi: Instansi,
        lama_jadi_anggota: bool = True,
    ) -> SistemKerja:
        """Make ``nip`` the ketua of ``tim`` from ``tanggal``: the current ketua's record and
        any record of ``nip`` in the team end the day before; the former ketua stays on as
        anggota unless ``lama_jadi_anggota`` is false. ``oleh`` must head the team's unit and
        the new ketua's (SK-TIM-10)."""
        kunci = _nip_argumen("nip", nip)
        v.pastikan_tipe("lama_jadi_anggota", lama_jadi_anggota, bool)
        unit = [self.cari_tim(tim).unit, *_unit_pegawai(instansi, kunci, tanggal)]
        pastikan_wewenang_tim(instansi, oleh, unit, tanggal, tindakan="ganti_ketua")
        ketua = self.ketua_tim(tim, tanggal)
        if ketua is not None and ketua.nip == kunci:
            raise InvalidValueError(
                _SUDAH_KETUA(pegawai=sebut_pengenal(instansi, kunci), tim=tim, tanggal=tanggal)
            )
        ubah = _Perubahan(self, instansi)
        if ketua is not None:
            ubah.akhiri_kemarin(ketua, tanggal, "ganti_ketua")
            if lama_jadi_anggota:
                ubah.tambahkan(
                    attrs.evolve(ketua, peran=Peran.ANGGOTA, mulai=tanggal, selesai=None)
                )
        sendiri = [k for k in self.anggota_tim(tim, tanggal) if k.nip == kunci]
        alokasi = sendiri[0].alokasi if sendiri else None
        asal = sendiri[0].instansi if sendiri else None
        for k in sendiri:
            ubah.akhiri_kemarin(k, tanggal, "ganti_ketua")
        ubah.tambahkan(
            Keanggotaan(kunci, tim, Peran.KETUA, tanggal, alokasi=alokasi, instansi=asal)
        )
        return ubah.terapkan()

    def bubarkan_tim(
        self, kode: str, tanggal: dt.date, *, oleh: NIP | str, instansi: Instansi
    ) -> SistemKerja:
        """Dissolve team ``kode`` with ``tanggal`` as its last day, by ``oleh``, who must head
        the team's unit (SK-TIM-10); every membership still holding after that day ends on
        it."""
        tim = self.cari_tim(kode)
        v.pastikan_tipe("tanggal", tanggal, dt.date)
        pastikan_wewenang_tim(instansi, oleh, [tim.unit], tanggal, tindakan="bubarkan_tim")
        if tim.dibubarkan is not None:
            raise InvalidValueError(_SUDAH_BUBAR(tim=kode, tanggal=tim.dibubarkan))
        if tanggal not in tim.periode:
            raise InvalidValueError(
                _BUBAR_DI_LUAR(
                    tanggal=tanggal, mulai=tim.periode.mulai, selesai=tim.periode.selesai, tim=kode
                )
            )
        ubah = _Perubahan(self, instansi)
        for k in self._indeks.anggota.get(kode, kosong()).isi:
            if _selesai(k) > tanggal:
                if k.mulai > tanggal:
                    raise InvalidValueError(
                        _BUBAR_ANGGOTA_KEMUDIAN(
                            pegawai=sebut_pengenal(instansi, k.nip),
                            tim=kode,
                            mulai=k.mulai,
                            tanggal=tanggal,
                        )
                    )
                ubah.akhiri(k, tanggal)
        return ubah.terapkan(attrs.evolve(tim, dibubarkan=tanggal))

    def tambah_penugasan(self, penugasan: Penugasan) -> SistemKerja:
        """A new SistemKerja with ``penugasan`` appended."""
        ix = self._indeks
        if (
            not isinstance(penugasan, Penugasan)
            or penugasan.kode in ix.tugas
            or (penugasan.tim is not None and penugasan.tim not in ix.tim)
        ):
            # the constructor raises what it always raised
            return attrs.evolve(self, penugasan=(*self.penugasan, penugasan))
        indeks = ix.salin()
        indeks.tugas = ix.tugas.dengan({penugasan.kode: penugasan})
        awal, akhir = penugasan.periode.mulai, penugasan.periode.selesai
        if penugasan.penerima is not None:
            lama = ix.tugas_nip.get(penugasan.penerima, kosong())
            baru = lama.sisipkan(penugasan, awal, akhir)
            indeks.tugas_nip = ix.tugas_nip.dengan({penugasan.penerima: baru})
        if penugasan.tim is not None:
            lama = ix.tugas_tim.get(penugasan.tim, kosong())
            indeks.tugas_tim = ix.tugas_tim.dengan(
                {penugasan.tim: lama.sisipkan(penugasan, awal, akhir)}
            )
        penugasan_ = (*self.penugasan, penugasan)
        return self._baru(self.tim, self.keanggotaan, penugasan_, self.persetujuan, indeks)

    def tambah_persetujuan(self, persetujuan: PersetujuanLintasInstansi) -> SistemKerja:
        """A new SistemKerja with a cross-instansi agreement appended (SK-TIM-05)."""
        if not isinstance(persetujuan, PersetujuanLintasInstansi) or (
            persetujuan.tim not in self._indeks.tim
        ):
            # the constructor raises what it always raised
            return attrs.evolve(self, persetujuan=(*self.persetujuan, persetujuan))
        return self._baru(
            self.tim,
            self.keanggotaan,
            self.penugasan,
            (*self.persetujuan, persetujuan),
            self._indeks,
        )

    # -- queries -----------------------------------------------------------------------------

    def cari_tim(self, kode: str) -> TimKerja:
        """The team with this kode, or :class:`~birokrasi.errors.NotFoundError`."""
        v.pastikan_tipe("kode", kode, str)
        try:
            return self._indeks.tim[kode]
        except KeyError:
            raise NotFoundError(_TIDAK_ADA_TIM(kode=repr(kode))) from None

    def keanggotaan_pegawai(self, nip: NIP | str, tanggal: dt.date) -> tuple[Keanggotaan, ...]:
        """The memberships ``nip`` holds on ``tanggal``, oldest first."""
        v.pastikan_tipe("tanggal", tanggal, dt.date)
        return self._indeks.pegawai.get(_nip_argumen("nip", nip), kosong()).pada(tanggal)

    def tim_pegawai(self, nip: NIP | str, tanggal: dt.date) -> tuple[TimKerja, ...]:
        """The teams ``nip`` sits in on ``tanggal``."""
        kode = dict.fromkeys(k.tim for k in self.keanggotaan_pegawai(nip, tanggal))
        return tuple(self._indeks.tim[t] for t in kode)

    def anggota_tim(self, kode: str, tanggal: dt.date) -> tuple[Keanggotaan, ...]:
        """The memberships of team ``kode`` that hold on ``tanggal`` (ketua included)."""
        tim = self.cari_tim(kode)
        v.pastikan_tipe("tanggal", tanggal, dt.date)
        return self._indeks.anggota.get(tim.kode, kosong()).pada(tanggal)

    def ketua_tim(self, kode: str, tanggal: dt.date) -> Keanggotaan | None:
        """The ketua's membership of team ``kode`` on ``tanggal`` (the earliest-started if the
        data has two, which SK-TIM-01 reports), or ``None``."""
        tim = self.cari_tim(kode)
        v.pastikan_tipe("tanggal", tanggal, dt.date)
        return next(iter(self._indeks.ketua.get(tim.kode, kosong()).pada(tanggal)), None)

    def riwayat_keanggotaan(self, nip: NIP | str) -> tuple[Keanggotaan, ...]:
        """Every membership of ``nip``, ended or not, by start date."""
        return self._indeks.pegawai.get(_nip_argumen("nip", nip), kosong()).isi

    def riwayat(self, nip: NIP | str) -> tuple[Keanggotaan, ...]:
        """The 0.1.0 name of :meth:`riwayat_keanggotaan`, kept for code written against it."""
        return self.riwayat_keanggotaan(nip)

    def riwayat_tim(self, kode: str) -> tuple[Keanggotaan, ...]:
        """Every membership of team ``kode``, by start date."""
        return self._indeks.anggota.get(self.cari_tim(kode).kode, kosong()).isi

    def penugasan_pegawai(self, nip: NIP | str, tanggal: dt.date) -> tuple[Penugasan, ...]:
        """The assignments running on ``tanggal`` given to ``nip`` directly or to a team
        ``nip`` sits in that day."""
        v.pastikan_tipe("tanggal", tanggal, dt.date)
        langsung = self._indeks.tugas_nip.get(_nip_argumen("nip", nip), kosong()).pada(tanggal)
        lewat_tim = itertools.chain.from_iterable(
            self._indeks.tugas_tim.get(t.kode, kosong()).pada(tanggal)
            for t in self.tim_pegawai(nip, tanggal)
        )
        return (*langsung, *lewat_tim)

    def linimasa(self, nip: NIP | str) -> tuple[Keanggotaan | Penugasan, ...]:
        """The full history of ``nip``: memberships and direct assignments by start date."""
        tugas = self._indeks.tugas_nip.get(_nip_argumen("nip", nip), kosong()).isi
        semua: list[Keanggotaan | Penugasan] = [*self.riwayat_keanggotaan(nip), *tugas]
        return tuple(sorted(semua, key=_awal))

    # -- internals ---------------------------------------------------------------------------

    def _aktif(
        self, nip: NIP | str, tim: str, tanggal: dt.date, op: str, instansi: Instansi
    ) -> Keanggotaan:
        self.cari_tim(tim)
        kunci = _nip_argumen("nip", nip)
        v.pastikan_tipe("tanggal", tanggal, dt.date)
        milik = [k for k in self.riwayat_keanggotaan(kunci) if k.tim == tim]
        for k in milik:
            if k.mulai <= tanggal <= _selesai(k):
                return k
        if any(tanggal < k.mulai for k in milik):
            raise InvalidValueError(
                _MULAI_KEMUDIAN(
                    op=op, pegawai=sebut_pengenal(instansi, kunci), tim=tim, tanggal=tanggal
                )
            )
        raise NotFoundError(
            _BUKAN_ANGGOTA(op=op, pegawai=sebut_pengenal(instansi, kunci), tim=tim, tanggal=tanggal)
        )

    @classmethod
    def _baru(
        cls,
        tim: tuple[TimKerja, ...],
        keanggotaan: tuple[Keanggotaan, ...],
        penugasan: tuple[Penugasan, ...],
        persetujuan: tuple[PersetujuanLintasInstansi, ...],
        indeks: _Indeks,
    ) -> SistemKerja:
        """An aggregate over tuples the operation has checked, with the tables it derived:
        the constructor's converters, validators and full index build are skipped."""
        s: SistemKerja = cls.__new__(cls)
        object.__setattr__(s, "tim", tim)
        object.__setattr__(s, "keanggotaan", keanggotaan)
        object.__setattr__(s, "penugasan", penugasan)
        object.__setattr__(s, "persetujuan", persetujuan)
        object.__setattr__(s, "_indeks", indeks)
        return s

    def _ubah(
        self,
        ganti: list[tuple[Keanggotaan, Keanggotaan]],
        tambah: list[Keanggotaan],
        tim_baru: TimKerja | None = None,
    ) -> SistemKerja:
        """The aggregate with the memberships of ``ganti`` replaced (in place, same start),
        ``tambah`` appended and ``tim_baru`` replacing the team of its kode; every index
        entry of an affected pegawai or team is rebuilt, every other one shared."""
        lama = self._indeks
        indeks = lama.salin()
        tim = self.tim
        terdampak_nip: dict[Any, None] = {}
        terdampak_tim: dict[str, None] = {}
        if tim_baru is not None:
            i = lama.posisi_tim[tim_baru.kode]
            tim = (*tim[:i], tim_baru, *tim[i + 1 :])
            indeks.tim = lama.tim.dengan({tim_baru.kode: tim_baru})
            terdampak_tim[tim_baru.kode] = None
            terdampak_nip.update(
                (k.nip, None) for k in lama.anggota.get(tim_baru.kode, kosong()).isi
            )
        keanggotaan = self.keanggotaan
        pengganti: dict[int, Keanggotaan] = {}
        if ganti:
            daftar = list(keanggotaan)
            for k, baru in ganti:
                milik = lama.pegawai[k.nip]
                daftar[next(p for x, p in zip(milik.isi, milik.posisi, strict=True) if x is k)] = (
                    baru
                )
                pengganti[id(k)] = baru
                terdampak_nip[k.nip] = None
                terdampak_tim[k.tim] = None
            daftar += tambah
            keanggotaan = tuple(daftar)
        else:
            keanggotaan += tuple(tambah)  # one C-level copy
        akhir = _akhir(indeks.tim)
        n = len(self.keanggotaan)
        indeks.pegawai = _perbarui(
            lama.pegawai,
            terdampak_nip,
            pengganti,
            [(k.nip, k, n + j) for j, k in enumerate(tambah)],
            akhir,
        )
        indeks.anggota = _perbarui(
            lama.anggota,
            terdampak_tim,
            pengganti,
            [(k.tim, k, n + j) for j, k in enumerate(tambah)],
            akhir,
        )
        indeks.ketua = _perbarui(
            lama.ketua,
            terdampak_tim,
            pengganti,
            [(k.tim, k, n + j) for j, k in enumerate(tambah) if k.peran is Peran.KETUA],
            akhir,
        )
        return self._baru(tim, keanggotaan, self.penugasan, self.persetujuan, indeks)


def _unit_pegawai(instansi: Instansi, nip: NIP | str, tanggal: dt.date) -> list[str]:
    """The unit ``nip`` is placed in on ``tanggal`` (none for a member from another instansi
    or one not placed that day)."""
    v.pastikan_tipe("instansi", instansi, Instansi)
    p = instansi.pejabat_pada(nip, tanggal)
    return [p.unit] if isinstance(p, Penempatan) else []


def _awal(x: Keanggotaan | Penugasan) -> dt.date:
    return x.mulai if isinstance(x, Keanggotaan) else x.periode.mulai


_t = pembuat_templat(__name__)
_GANDA = _t("SISTEM-KERJA/kode-ganda", "{letak}: duplicate kode {kode}")
_TIM_TIDAK_DIKENAL = _t("SISTEM-KERJA/tim-tidak-dikenal", "{letak}: unknown team {tim}")
_TIDAK_ADA_TIM = _t("SISTEM-KERJA/tidak-ada-tim", "SistemKerja: no team with kode {kode}")
_AKHIRI_SEBELUM_MULAI = _t(
    "SISTEM-KERJA/akhiri-sebelum-mulai",
    "{op}: {pegawai} joined {tim} on {mulai}; ending it the day before {tanggal} would end it "
    "before it starts",
)
_SUDAH_ANGGOTA = _t(
    "SK-TIM-08/sudah-anggota",
    "tambah_anggota: {pegawai} is already in {tim} from {mulai} (SK-TIM-08); end that "
    "membership first",
)
_TIM_SAMA = _t("SISTEM-KERJA/tim-sama", "pindahkan: dari and ke are the same team {tim}")
_SUDAH_KETUA = _t(
    "SISTEM-KERJA/sudah-ketua", "ganti_ketua: {pegawai} already leads {tim} on {tanggal}"
)
_SUDAH_BUBAR = _t(
    "SISTEM-KERJA/sudah-bubar", "bubarkan_tim: {tim} was already dissolved on {tanggal}"
)
_BUBAR_DI_LUAR = _t(
    "SISTEM-KERJA/bubar-di-luar-periode",
    "bubarkan_tim: {tanggal} is outside the periode {mulai}..{selesai} of {tim}",
)
_BUBAR_ANGGOTA_KEMUDIAN = _t(
    "SISTEM-KERJA/bubar-anggota-kemudian",
    "bubarkan_tim: {pegawai} joins {tim} on {mulai}, after {tanggal}; end or correct that "
    "record first",
)
_MULAI_KEMUDIAN = _t(
    "SISTEM-KERJA/mulai-kemudian",
    "{op}: the membership of {pegawai} in {tim} starts after {tanggal}; a record cannot end "
    "before it starts",
)
_BUKAN_ANGGOTA = _t(
    "SISTEM-KERJA/bukan-anggota", "{op}: {pegawai} is not in team {tim} on {tanggal}"
)
