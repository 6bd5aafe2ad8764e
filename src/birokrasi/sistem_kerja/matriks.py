"""Where the sistem kerja meets the structure: the derived scope of a team
(:func:`lingkup_tim`), who heads a unit above another (:func:`membawahi`) and everyone who may
give performance feedback to a pegawai on a date (:func:`pemberi_umpan_balik`), the matrix of
line superior and team leads."""

from __future__ import annotations

import datetime as dt

import attrs

from birokrasi import _validasi as v
from birokrasi._enum import Berlabel
from birokrasi.errors import NotFoundError
from birokrasi.sistem_kerja.sistem import SistemKerja
from birokrasi.sistem_kerja.tim_kerja import Keanggotaan, LingkupTim
from birokrasi.struktur.jabatan import Jenjang
from birokrasi.struktur.nip import NIP, _ke_nip, _nip_argumen
from birokrasi.struktur.organisasi import Instansi
from birokrasi.struktur.unsur import PejabatNegara, Penempatan

__all__ = [
    "PemberiUmpanBalik",
    "SumberUmpanBalik",
    "lingkup_tim",
    "membawahi",
    "pemberi_umpan_balik",
    "penempatan_anggota",
]

_MADYA = (Jenjang.JPT_MADYA, Jenjang.JPT_UTAMA)
_JPT = (Jenjang.JPT_PRATAMA, *_MADYA)


def _penempatan(instansi: Instansi, nip: NIP, tanggal: dt.date) -> Penempatan | None:
    """The placement ``nip`` holds on ``tanggal``; ``None`` for none or an unknown NIP."""
    try:
        return instansi.penempatan_pada(nip, tanggal)
    except NotFoundError:
        return None


def penempatan_anggota(instansi: Instansi, keanggotaan: Keanggotaan) -> Penempatan | None:
    """The placement an own member holds on the first day of ``keanggotaan`` (``None`` for a
    cross-instansi member, an unknown NIP or no placement that day)."""
    v.pastikan_tipe("instansi", instansi, Instansi)
    v.pastikan_tipe("keanggotaan", keanggotaan, Keanggotaan)
    if keanggotaan.lintas_instansi:
        return None
    return _penempatan(instansi, keanggotaan.nip, keanggotaan.mulai)


def membawahi(instansi: Instansi, kepala: NIP | str, unit: str, tanggal: dt.date) -> bool:
    """Whether ``kepala`` holds, on ``tanggal``, the head post of ``unit`` or of a unit above
    it (the authority used by SK-TIM-04 and SK-TUGAS-02)."""
    v.pastikan_tipe("instansi", instansi, Instansi)
    v.pastikan_tipe("tanggal", tanggal, dt.date)
    jalur = {u.kode for u in instansi.jalur(unit)}
    p = _penempatan(instansi, _nip_argumen("kepala", kepala), tanggal)
    return p is not None and p.kepala and p.unit in jalur


def _unit_jpt(instansi: Instansi, unit: str, jenjang: tuple[Jenjang, ...]) -> str:
    jalur = instansi.jalur(unit)
    for u in reversed(jalur):
        if u.jenjang_kepala in jenjang:
            return u.kode
    return jalur[0].kode


def lingkup_tim(sistem: SistemKerja, instansi: Instansi, kode: str) -> LingkupTim | None:
    """The scope of team ``kode``, derived from every membership it ever had (Permenko Marves
    2/2023 Pasal 6 ayat (4)): across instansi if any member comes from another instansi;
    otherwise by the JPT Pratama and JPT Madya units above the members' units at the start of
    their memberships. ``None`` for a team without placed members.
    """
    v.pastikan_tipe("sistem", sistem, SistemKerja)
    riwayat = sistem.riwayat_tim(kode)
    if any(k.lintas_instansi for k in riwayat):
        return LingkupTim.LINTAS_INSTANSI
    unit = {p.unit for k in riwayat if (p := penempatan_anggota(instansi, k)) is not None}
    if not unit:
        return None
    if len({_unit_jpt(instansi, u, _JPT) for u in unit}) == 1:
        return LingkupTim.DALAM_UNIT_JPT_PRATAMA
    if len({_unit_jpt(instansi, u, _MADYA) for u in unit}) == 1:
        return LingkupTim.LINTAS_UNIT_JPT_PRATAMA
    return LingkupTim.LINTAS_UNIT_JPT_MADYA


class SumberUmpanBalik(Berlabel):
    """Why someone may give feedback: the line superior, or the lead of a team."""

    ATASAN_LANGSUNG = "Atasan langsung"
    KETUA_TIM = "Ketua Tim"


@attrs.frozen
class PemberiUmpanBalik:
    """One person who may give feedback to a pegawai: their NIP, why, and the team when they
    lead one."""

    nip: NIP = attrs.field(converter=_ke_nip, validator=v.instance_of(NIP))
    sumber: SumberUmpanBalik = attrs.field(validator=v.instance_of(SumberUmpanBalik))
    tim: str | None = attrs.field(default=None, validator=v.optional(v.teks()))


def pemberi_umpan_balik(
    sistem: SistemKerja, instansi: Instansi, nip: NIP | str, tanggal: dt.date
) -> tuple[PemberiUmpanBalik, ...]:
    """Everyone who may give performance feedback to ``nip`` on ``tanggal``: the atasan
    langsung from the structure (STR-ATASAN-01) and the ketua of every team ``nip`` sits in
    that day, except ``nip`` themself.

    PermenPANRB 6/2022 lets colleagues and others related to the pegawai's work give Umpan
    Balik Berkelanjutan, and BKN's summary of 7/2022 puts monitoring and feedback with the unit
    leader and/or the Ketua Tim; the ketua is not thereby the rater. O(log n) per index used.
    """
    v.pastikan_tipe("sistem", sistem, SistemKerja)
    v.pastikan_tipe("instansi", instansi, Instansi)
    v.pastikan_tipe("tanggal", tanggal, dt.date)
    kunci = _nip_argumen("nip", nip)
    hasil: list[PemberiUmpanBalik] = []
    if _penempatan(instansi, kunci, tanggal) is not None:
        atasan = instansi.atasan_langsung(kunci, tanggal)
        if atasan is not None and not isinstance(atasan, PejabatNegara):
            hasil.append(PemberiUmpanBalik(atasan.nip, SumberUmpanBalik.ATASAN_LANGSUNG))
    for k in sistem.keanggotaan_pegawai(kunci, tanggal):
        ketua = sistem.ketua_tim(k.tim, tanggal)
        if ketua is not None and ketua.nip != kunci:
            hasil.append(PemberiUmpanBalik(ketua.nip, SumberUmpanBalik.KETUA_TIM, k.tim))
    return tuple(dict.fromkeys(hasil))
