"""Checks of a :class:`~birokrasi.sistem_kerja.sistem.SistemKerja` against the rules of
:mod:`birokrasi.sistem_kerja.aturan`, under an agency's :class:`KebijakanSistemKerja`.

Each ``periksa_*`` returns a tuple of :class:`~birokrasi.hukum.Pelanggaran` (empty when the
rule holds); :func:`periksa_sistem_kerja` runs them all.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from fractions import Fraction
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

from birokrasi import _validasi as v
from birokrasi.errors import InvalidTypeError, InvalidValueError, NotFoundError
from birokrasi.hukum import Pelanggaran
from birokrasi.sistem_kerja import aturan as a
from birokrasi.sistem_kerja.matriks import membawahi, penempatan_anggota
from birokrasi.sistem_kerja.sistem import SistemKerja
from birokrasi.sistem_kerja.tim_kerja import Keanggotaan, Peran, TimKerja
from birokrasi.struktur.jabatan import Jenjang
from birokrasi.struktur.nip import NIP
from birokrasi.struktur.organisasi import Instansi

__all__ = [
    "KEBIJAKAN_SISTEM_KERJA_BAKU",
    "KebijakanSistemKerja",
    "periksa_alokasi",
    "periksa_anggota",
    "periksa_ketua",
    "periksa_penetap",
    "periksa_penugasan",
    "periksa_sistem_kerja",
    "periksa_tumpang_tindih",
]

_SEHARI = dt.timedelta(days=1)
_NONMANAJERIAL = frozenset(j for j in Jenjang if not j.is_manajerial)
_MANAJERIAL = frozenset(j for j in Jenjang if j.is_manajerial)


def _himpunan_jenjang(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, frozenset) or not all(isinstance(j, Jenjang) for j in value):
        raise InvalidTypeError(
            f"{v.nama_field(instance, attribute)}: expected a frozenset of Jenjang, "
            f"got {v.describe(value)}"
        )


def _batas(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    v.instance_of(Fraction)(instance, attribute, value)
    if value <= 0:
        raise InvalidValueError(f"{v.nama_field(instance, attribute)}: must be > 0, got {value}")


@attrs.frozen
class KebijakanSistemKerja:
    """An agency's choices where PermenPANRB 7/2022 (as far as read) leaves room: whether a
    team must always have a ketua (SK-TIM-01), the jenjang allowed for ketua (SK-TIM-06),
    members (SK-TIM-09) and penetap (SK-TIM-04), the allocation cap (SK-TIM-07) and the
    maximum penugasan length in months (SK-TUGAS-01)."""

    ketua_wajib: bool = attrs.field(default=True, validator=v.instance_of(bool))
    jenjang_ketua: frozenset[Jenjang] = attrs.field(
        default=_NONMANAJERIAL, converter=frozenset, validator=_himpunan_jenjang
    )
    jenjang_anggota: frozenset[Jenjang] = attrs.field(
        default=_NONMANAJERIAL, converter=frozenset, validator=_himpunan_jenjang
    )
    jenjang_penetap: frozenset[Jenjang] = attrs.field(
        default=_MANAJERIAL, converter=frozenset, validator=_himpunan_jenjang
    )
    batas_alokasi: Fraction = attrs.field(default=Fraction(1), validator=_batas)
    maks_bulan_penugasan: int = attrs.field(default=12, validator=v.bilangan(1, 1200))


KEBIJAKAN_SISTEM_KERJA_BAKU = KebijakanSistemKerja()
"""The library's default policy (each default is documented on its rule)."""


def _kebijakan(kebijakan: KebijakanSistemKerja | None) -> KebijakanSistemKerja:
    if kebijakan is None:
        return KEBIJAKAN_SISTEM_KERJA_BAKU
    v.periksa_tipe("kebijakan", kebijakan, KebijakanSistemKerja)
    return kebijakan


def _subjek(k: Keanggotaan) -> str:
    return f"{k.tim}/{k.nip}"


def _hari(ordinal: int) -> str:
    return dt.date.fromordinal(min(max(ordinal, 1), dt.date.max.toordinal())).isoformat()


def _ketua_tim(sistem: SistemKerja, tim: TimKerja, wajib: bool) -> Iterator[Pelanggaran]:
    jangka = sorted(
        (max(k.mulai, tim.mulai).toordinal(), k.akhir_dalam(tim).toordinal())
        for k in sistem.riwayat_tim(tim.kode)
        if k.peran is Peran.KETUA and max(k.mulai, tim.mulai) <= k.akhir_dalam(tim)
    )
    tertutup = tim.mulai.toordinal() - 1
    for mulai, akhir in jangka:
        if mulai <= tertutup:
            yield Pelanggaran(a.ATURAN_KETUA, tim.kode, f"two ketua at once on {_hari(mulai)}")
        elif wajib and mulai > tertutup + 1:
            yield Pelanggaran(
                a.ATURAN_KETUA,
                tim.kode,
                f"no ketua from {_hari(tertutup + 1)} to {_hari(mulai - 1)}",
            )
        tertutup = max(tertutup, akhir)
    if wajib and tertutup < tim.akhir.toordinal():
        yield Pelanggaran(
            a.ATURAN_KETUA,
            tim.kode,
            f"no ketua from {_hari(tertutup + 1)} to {tim.akhir.isoformat()}",
        )


def periksa_ketua(
    sistem: SistemKerja, kebijakan: KebijakanSistemKerja | None = None
) -> tuple[Pelanggaran, ...]:
    """SK-TIM-01: one ketua every day of each team's life (gaps allowed when the policy makes
    the ketua optional); SK-TIM-02: memberships inside the team's life."""
    v.periksa_tipe("sistem", sistem, SistemKerja)
    wajib = _kebijakan(kebijakan).ketua_wajib
    hasil: list[Pelanggaran] = []
    for tim in sistem.tim:
        hasil += _ketua_tim(sistem, tim, wajib)
        for k in sistem.riwayat_tim(tim.kode):
            if k.mulai < tim.mulai or (k.selesai is not None and k.selesai > tim.akhir):
                hasil.append(
                    Pelanggaran(
                        a.ATURAN_PERIODE,
                        _subjek(k),
                        f"membership from {k.mulai.isoformat()} lies outside the team's "
                        f"life {tim.mulai.isoformat()}..{tim.akhir.isoformat()}",
                    )
                )
    return tuple(hasil)


def periksa_tumpang_tindih(sistem: SistemKerja) -> tuple[Pelanggaran, ...]:
    """SK-TIM-08: no two memberships of one pegawai in one team share a day."""
    v.periksa_tipe("sistem", sistem, SistemKerja)
    hasil: list[Pelanggaran] = []
    for tim in sistem.tim:
        per_nip: dict[Any, list[Keanggotaan]] = {}
        for k in sistem.riwayat_tim(tim.kode):
            per_nip.setdefault(k.nip, []).append(k)
        for daftar in per_nip.values():
            tertutup = dt.date.min
            for i, k in enumerate(daftar):
                if i > 0 and k.mulai <= tertutup:
                    hasil.append(
                        Pelanggaran(
                            a.ATURAN_TUMPANG_TINDIH,
                            _subjek(k),
                            f"membership from {k.mulai.isoformat()} overlaps an earlier one",
                        )
                    )
                tertutup = max(tertutup, dt.date.max if k.selesai is None else k.selesai)
    return tuple(hasil)


def periksa_alokasi(
    sistem: SistemKerja, kebijakan: KebijakanSistemKerja | None = None
) -> tuple[Pelanggaran, ...]:
    """SK-TIM-07: a pegawai's shares of working time in simultaneous teams stay within the
    cap; one finding per stretch of over-commitment, naming its first day and the total."""
    v.periksa_tipe("sistem", sistem, SistemKerja)
    batas = _kebijakan(kebijakan).batas_alokasi
    per_nip: dict[Any, list[tuple[int, Fraction]]] = {}
    for k in sistem.keanggotaan:
        akhir = k.akhir_dalam(sistem.cari_tim(k.tim))
        if k.alokasi is not None and k.mulai <= akhir:
            ubah = per_nip.setdefault(k.nip, [])
            ubah += [(k.mulai.toordinal(), k.alokasi), (akhir.toordinal() + 1, -k.alokasi)]
    hasil: list[Pelanggaran] = []
    for nip, ubah in per_nip.items():
        total, lebih = Fraction(0), False
        for tanggal, grup in itertools.groupby(sorted(ubah), key=lambda x: x[0]):
            total += sum((d for _, d in grup), Fraction(0))
            if total > batas and not lebih:
                hasil.append(
                    Pelanggaran(
                        a.ATURAN_ALOKASI,
                        str(nip),
                        f"{float(total):.0%} of working time allocated from "
                        f"{_hari(tanggal)} (cap {float(batas):.0%})",
                    )
                )
            lebih = total > batas
    return tuple(hasil)


def periksa_anggota(
    sistem: SistemKerja, instansi: Instansi, kebijakan: KebijakanSistemKerja | None = None
) -> tuple[Pelanggaran, ...]:
    """SK-TIM-03 (own members placed every day), SK-TIM-09 and SK-TIM-06 (jenjang of members
    and ketua when the role starts) and SK-TIM-05 (agreement for cross-instansi members)."""
    v.periksa_tipe("sistem", sistem, SistemKerja)
    v.periksa_tipe("instansi", instansi, Instansi)
    kb = _kebijakan(kebijakan)
    setuju: dict[tuple[str, str], dt.date] = {}
    for s in sistem.persetujuan:
        kunci = (s.tim, s.instansi)
        setuju[kunci] = min(setuju.get(kunci, dt.date.max), s.tanggal)
    hasil: list[Pelanggaran] = []
    for k in sistem.keanggotaan:
        if k.instansi is not None:
            if setuju.get((k.tim, k.instansi), dt.date.max) > k.mulai:
                hasil.append(
                    Pelanggaran(
                        a.ATURAN_LINTAS_INSTANSI,
                        _subjek(k),
                        f"no agreement of {k.instansi} dated on or before {k.mulai.isoformat()}",
                    )
                )
            continue
        hasil += _penempatan_penuh(sistem, instansi, k)
        p = penempatan_anggota(instansi, k)
        if p is None:
            continue
        jenjang = p.jabatan.jenjang
        if jenjang not in kb.jenjang_anggota:
            hasil.append(Pelanggaran(a.ATURAN_ANGGOTA, _subjek(k), f"member is {jenjang.label}"))
        if k.peran is Peran.KETUA and jenjang not in kb.jenjang_ketua:
            hasil.append(
                Pelanggaran(a.ATURAN_SYARAT_KETUA, _subjek(k), f"ketua is {jenjang.label}")
            )
    return tuple(hasil)


def _penempatan_penuh(
    sistem: SistemKerja, instansi: Instansi, k: Keanggotaan
) -> Iterator[Pelanggaran]:
    akhir = k.akhir_dalam(sistem.cari_tim(k.tim)).toordinal()
    try:
        riwayat = instansi.riwayat_penempatan(k.nip)
    except NotFoundError:
        yield Pelanggaran(a.ATURAN_PENEMPATAN, _subjek(k), "not a pegawai of the instansi")
        return
    perlu = k.mulai.toordinal()
    for p in riwayat:
        if p.mulai.toordinal() > perlu:
            break
        perlu = max(perlu, (p.selesai or dt.date.max).toordinal() + 1)
    if perlu <= akhir:
        yield Pelanggaran(a.ATURAN_PENEMPATAN, _subjek(k), f"holds no placement on {_hari(perlu)}")


def periksa_penetap(
    sistem: SistemKerja, instansi: Instansi, kebijakan: KebijakanSistemKerja | None = None
) -> tuple[Pelanggaran, ...]:
    """SK-TIM-04: on the SK date the penetap holds a head post of an allowed jenjang over
    every own member's unit (read at the start of each membership)."""
    v.periksa_tipe("sistem", sistem, SistemKerja)
    v.periksa_tipe("instansi", instansi, Instansi)
    kb = _kebijakan(kebijakan)
    hasil: list[Pelanggaran] = []
    for tim in sistem.tim:
        sk = tim.sk
        try:
            p = instansi.penempatan_pada(sk.penetap, sk.tanggal)
        except NotFoundError:
            p = None
        if p is None or not p.kepala or p.jabatan.jenjang not in kb.jenjang_penetap:
            hasil.append(
                Pelanggaran(
                    a.ATURAN_PENETAP,
                    tim.kode,
                    f"penetap {sk.penetap} holds no allowed head post on {sk.tanggal.isoformat()}",
                )
            )
            continue
        unit = {
            q.unit for k in sistem.riwayat_tim(tim.kode) if (q := penempatan_anggota(instansi, k))
        }
        luar = sorted(u for u in unit if not membawahi(instansi, sk.penetap, u, sk.tanggal))
        if luar:
            hasil.append(
                Pelanggaran(
                    a.ATURAN_PENETAP,
                    tim.kode,
                    f"penetap {sk.penetap} does not head a unit above {', '.join(luar)}",
                )
            )
    return tuple(hasil)


def _batas_durasi(mulai: dt.date, bulan: int) -> dt.date:
    try:
        return mulai + relativedelta(months=bulan) - _SEHARI
    except (OverflowError, ValueError):
        return dt.date.max


def periksa_penugasan(
    sistem: SistemKerja, instansi: Instansi, kebijakan: KebijakanSistemKerja | None = None
) -> tuple[Pelanggaran, ...]:
    """SK-TUGAS-01 (at most the maximum length) and SK-TUGAS-02 (at the start, the pemberi
    is the penerima's Pejabat Penilai Kinerja or heads a unit above the penerima's unit or
    above the team's unit)."""
    v.periksa_tipe("sistem", sistem, SistemKerja)
    v.periksa_tipe("instansi", instansi, Instansi)
    kb = _kebijakan(kebijakan)
    hasil: list[Pelanggaran] = []
    for t in sistem.penugasan:
        mulai = t.periode.mulai
        if t.periode.selesai > _batas_durasi(mulai, kb.maks_bulan_penugasan):
            hasil.append(
                Pelanggaran(
                    a.ATURAN_DURASI,
                    t.kode,
                    f"{t.periode} is longer than {kb.maks_bulan_penugasan} months",
                )
            )
        if not _berwenang(sistem, instansi, t.pemberi, t.penerima, t.tim, mulai):
            sasaran = t.tim if t.tim is not None else str(t.penerima)
            hasil.append(
                Pelanggaran(
                    a.ATURAN_PEMBERI_TUGAS,
                    t.kode,
                    f"{t.pemberi} has no authority over {sasaran} on {mulai.isoformat()}",
                )
            )
    return tuple(hasil)


def _berwenang(
    sistem: SistemKerja,
    instansi: Instansi,
    pemberi: NIP,
    penerima: NIP | None,
    tim: str | None,
    tanggal: dt.date,
) -> bool:
    if tim is not None:
        unit = sistem.cari_tim(tim).unit
    else:
        assert penerima is not None
        try:
            p = instansi.penempatan_pada(penerima, tanggal)
        except NotFoundError:
            return False
        if p is None:
            return False
        penilai = instansi.pejabat_penilai(penerima, tanggal)
        if penilai is not None and penilai.nip == pemberi:
            return True
        unit = p.unit
    try:
        return membawahi(instansi, pemberi, unit, tanggal)
    except NotFoundError:
        return False


def periksa_sistem_kerja(
    sistem: SistemKerja, instansi: Instansi, kebijakan: KebijakanSistemKerja | None = None
) -> tuple[Pelanggaran, ...]:
    """Every check of this module, in rule order of :data:`~.aturan.ATURAN`."""
    return (
        *periksa_ketua(sistem, kebijakan),
        *periksa_anggota(sistem, instansi, kebijakan),
        *periksa_penetap(sistem, instansi, kebijakan),
        *periksa_alokasi(sistem, kebijakan),
        *periksa_tumpang_tindih(sistem),
        *periksa_penugasan(sistem, instansi, kebijakan),
    )
