"""What a tim kerja needs (:class:`KebutuhanKompetensi`, kept beside the team by its kode, so
:class:`~birokrasi.sistem_kerja.tim_kerja.TimKerja`, its constructor and its stored documents
stay as they are) and which of those needs no member covers on a date (:func:`kesenjangan_tim`,
:func:`periksa_kebutuhan_tim`, rule KOM-TIM-01).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

from birokrasi import _validasi as v
from birokrasi.hukum import PERMENPANRB_7_2022, Aturan, Dasar, Keyakinan, Pelanggaran
from birokrasi.kompetensi.profil import (
    KebijakanKompetensi,
    ProfilKompetensi,
    _kebijakan_kompetensi,
    profil_berlaku,
)
from birokrasi.kompetensi.standar import TingkatKompetensi, _daftar, _ke_tingkat, _pastikan_sekali
from birokrasi.pesan import pembuat_templat
from birokrasi.sistem_kerja.sistem import SistemKerja
from birokrasi.struktur.nip import NIP, _ke_nips

__all__ = [
    "ATURAN",
    "ATURAN_KEBUTUHAN_TIM",
    "CakupanKompetensi",
    "KebutuhanKompetensi",
    "KesenjanganTim",
    "kesenjangan_tim",
    "periksa_kebutuhan_tim",
]

ATURAN_KEBUTUHAN_TIM = Aturan(
    kode="KOM-TIM-01",
    uraian=(
        "Kompetensi yang dibutuhkan tim kerja dimiliki, pada level yang dibutuhkan, oleh "
        "sekurang-kurangnya satu anggota tim."
    ),
    summary=(
        "Each competency a team states it needs is held at the needed level by at least one "
        "member on the day (by the assessment holding then)."
    ),
    dasar=Dasar(
        PERMENPANRB_7_2022,
        lampiran="mekanisme kerja (penugasan, tim kerja)",
        keyakinan=Keyakinan.TIDAK_PASTI,
        tafsiran=(
            "7/2022 was presented as assigning work to whoever has the competence, across "
            "units (as summarised); that a team states its needs as levels of the "
            "PermenPANRB 38/2017 competencies and that one member suffices per need is the "
            "library's reading."
        ),
    ),
)

ATURAN: tuple[Aturan, ...] = (ATURAN_KEBUTUHAN_TIM,)


@attrs.frozen
class KebutuhanKompetensi:
    """The competencies team ``tim`` (its kode) needs, each at a level (KOM-TIM-01). Each
    competency appears once; the levels are kept in the standard order."""

    tim: str = attrs.field(validator=v.kunci())
    syarat: tuple[TingkatKompetensi, ...] = attrs.field(
        converter=_ke_tingkat, validator=v.tuple_of(TingkatKompetensi)
    )

    def __attrs_post_init__(self) -> None:
        _pastikan_sekali("KebutuhanKompetensi.syarat", self.syarat)


@attrs.frozen
class CakupanKompetensi:
    """One need of a team and the members (by NIP, in NIP order) who hold it on the day."""

    syarat: TingkatKompetensi = attrs.field(validator=v.instance_of(TingkatKompetensi))
    oleh: tuple[NIP, ...] = attrs.field(converter=_ke_nips, validator=v.tuple_of(NIP))

    @property
    def tercakup(self) -> bool:
        """Whether some member holds the need."""
        return bool(self.oleh)


@attrs.frozen
class KesenjanganTim:
    """Team ``tim`` on ``tanggal`` against its needs (KOM-TIM-01): each need with the members
    who cover it."""

    tim: str = attrs.field(validator=v.kunci())
    tanggal: dt.date = attrs.field(validator=v.instance_of(dt.date))
    cakupan: tuple[CakupanKompetensi, ...] = attrs.field(
        converter=v.KeTuple[CakupanKompetensi], validator=v.tuple_of(CakupanKompetensi)
    )

    @property
    def tidak_tercakup(self) -> tuple[TingkatKompetensi, ...]:
        """The needs no member covers."""
        return tuple(c.syarat for c in self.cakupan if not c.tercakup)


def kesenjangan_tim(
    sistem: SistemKerja,
    kebutuhan: KebutuhanKompetensi,
    profil: Iterable[ProfilKompetensi],
    tanggal: dt.date,
    kebijakan: KebijakanKompetensi | None = None,
) -> KesenjanganTim:
    """Which of the team's needs its members (ketua included) cover on ``tanggal``, by the
    assessment holding that day for each (KOM-TIM-01, KOM-PROFIL-01)."""
    v.pastikan_tipe("sistem", sistem, SistemKerja)
    v.pastikan_tipe("kebutuhan", kebutuhan, KebutuhanKompetensi)
    semua = _daftar("profil", profil, ProfilKompetensi)
    aturan = _kebijakan_kompetensi(kebijakan)
    anggota = sorted({k.nip for k in sistem.anggota_tim(kebutuhan.tim, tanggal)})
    berlaku = {nip: profil_berlaku(semua, nip, tanggal, aturan) for nip in anggota}
    cakupan = []
    for syarat in kebutuhan.syarat:
        oleh = []
        for nip in anggota:
            p = berlaku[nip]
            level = None if p is None else p.level(syarat.kompetensi)
            if level is not None and level >= syarat.level:
                oleh.append(nip)
        cakupan.append(CakupanKompetensi(syarat, oleh))
    return KesenjanganTim(kebutuhan.tim, tanggal, cakupan)


def periksa_kebutuhan_tim(
    sistem: SistemKerja,
    kebutuhan: Iterable[KebutuhanKompetensi],
    profil: Iterable[ProfilKompetensi],
    tanggal: dt.date,
    kebijakan: KebijakanKompetensi | None = None,
) -> tuple[Pelanggaran, ...]:
    """Findings of KOM-TIM-01 on ``tanggal``: one per need of a team active that day that no
    member covers. A team not active that day is not checked."""
    v.pastikan_tipe("sistem", sistem, SistemKerja)
    semua = _daftar("profil", profil, ProfilKompetensi)
    hasil: list[Pelanggaran] = []
    for k in _daftar("kebutuhan", kebutuhan, KebutuhanKompetensi):
        if not sistem.cari_tim(k.tim).aktif_pada(tanggal):
            continue
        hasil += [
            Pelanggaran(ATURAN_KEBUTUHAN_TIM, k.tim, _TIDAK_TERCAKUP(syarat=syarat))
            for syarat in kesenjangan_tim(sistem, k, semua, tanggal, kebijakan).tidak_tercakup
        ]
    return tuple(hasil)


_t = pembuat_templat(__name__)
_TIDAK_TERCAKUP = _t("KOM-TIM-01/tidak-tercakup", "no member holds {syarat}")
