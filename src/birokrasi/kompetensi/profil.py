"""A pegawai's assessed competencies (:class:`ProfilKompetensi`): what an assessment found, when
and how (:class:`SumberPenilaian`), and which assessment holds on a date under an agency's
:class:`KebijakanKompetensi` (:func:`profil_berlaku`, rule KOM-PROFIL-01).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

from birokrasi import _validasi as v
from birokrasi._enum import Berlabel
from birokrasi.errors import InvalidValueError
from birokrasi.hukum import PERATURAN_BKN_26_2019, Aturan, Dasar, Keyakinan
from birokrasi.kompetensi.standar import (
    Kompetensi,
    LevelKompetensi,
    TingkatKompetensi,
    _daftar,
    _ke_tingkat,
    _pastikan_sekali,
)
from birokrasi.pesan import pembuat_templat
from birokrasi.struktur.nip import NIP, _ke_nip, _nip_argumen

__all__ = [
    "ATURAN",
    "ATURAN_MASA_BERLAKU_PENILAIAN",
    "KEBIJAKAN_KOMPETENSI_BAKU",
    "KebijakanKompetensi",
    "ProfilKompetensi",
    "SumberPenilaian",
    "profil_berlaku",
]

ATURAN_MASA_BERLAKU_PENILAIAN = Aturan(
    kode="KOM-PROFIL-01",
    uraian="Hasil penilaian kompetensi berlaku selama 3 (tiga) tahun.",
    summary=(
        "An assessment's result holds for three years from its date; a pegawai's profile on a "
        "date is the latest assessment still holding (the years are a parameter)."
    ),
    dasar=Dasar(
        PERATURAN_BKN_26_2019,
        pasal="29",
        ayat="4",
        keyakinan=Keyakinan.SEKUNDER,
        kutipan=(
            "Berdasarkan Perban BKN No 26 Tahun 2019 tentang Pembinaan Penyelenggara Penilaian "
            "Kompetensi Pegawai Negeri Sipil Pasal 29 ayat (4), hasil penilaian kompetensi "
            "berlaku selama 3 (tiga) tahun."
        ),
        sumber="support-siasn.bkn.go.id/faqs/layanan/Puspenkom (BKN's help pages)",
        tafsiran=(
            "Read as BKN quotes it, not in the regulation; a later assessment replacing an "
            "earlier one still holding is the library's reading (KebijakanKompetensi)."
        ),
    ),
)

ATURAN: tuple[Aturan, ...] = (ATURAN_MASA_BERLAKU_PENILAIAN,)


class SumberPenilaian(Berlabel):
    """How a profile's levels were found: a penilaian kompetensi by an accredited penyelenggara
    (e.g. an assessment center), an uji kompetensi for a jabatan fungsional, a selection's
    competency test, or the instansi's own mapping (a self or supervisor assessment)."""

    PENILAIAN_KOMPETENSI = "Penilaian kompetensi"
    UJI_KOMPETENSI = "Uji kompetensi"
    SELEKSI = "Seleksi kompetensi"
    PEMETAAN_INTERNAL = "Pemetaan internal"


@attrs.frozen
class ProfilKompetensi:
    """What one assessment found of pegawai ``nip``: the level of each competency assessed,
    on ``tanggal`` (the assessment's date), by ``sumber``; ``penyelenggara`` names who
    assessed (optional). Each competency appears once; the levels are kept in the standard
    order."""

    nip: NIP = attrs.field(converter=_ke_nip, validator=v.instance_of(NIP))
    tanggal: dt.date = attrs.field(validator=v.instance_of(dt.date))
    sumber: SumberPenilaian = attrs.field(validator=v.instance_of(SumberPenilaian))
    hasil: tuple[TingkatKompetensi, ...] = attrs.field(
        converter=_ke_tingkat, validator=v.tuple_of(TingkatKompetensi)
    )
    penyelenggara: str | None = attrs.field(
        default=None, kw_only=True, validator=v.optional(v.teks())
    )

    def __attrs_post_init__(self) -> None:
        _pastikan_sekali("ProfilKompetensi.hasil", self.hasil)

    def level(self, kompetensi: Kompetensi) -> LevelKompetensi | None:
        """The level found for ``kompetensi`` (``None`` when it was not assessed)."""
        v.pastikan_tipe("kompetensi", kompetensi, Kompetensi)
        return next((t.level for t in self.hasil if t.kompetensi == kompetensi), None)


@attrs.frozen
class KebijakanKompetensi:
    """An agency's choices where the texts leave room: how many years an assessment holds
    (KOM-PROFIL-01: 3 by default, as BKN quotes Peraturan BKN 26/2019 Pasal 29 ayat (4))."""

    masa_berlaku_tahun: int = attrs.field(default=3, validator=v.bilangan(1, 50))


KEBIJAKAN_KOMPETENSI_BAKU = KebijakanKompetensi()
"""The library's default policy (KOM-PROFIL-01)."""


def _kebijakan_kompetensi(kebijakan: KebijakanKompetensi | None) -> KebijakanKompetensi:
    """``kebijakan`` or the default (private helper)."""
    return v.atau_baku("kebijakan", kebijakan, KEBIJAKAN_KOMPETENSI_BAKU)


def _berlaku_sampai(profil: ProfilKompetensi, kebijakan: KebijakanKompetensi) -> dt.date:
    """The last day ``profil`` holds: the day before its anniversary after the policy's years
    (the anniversary of 29 February is 28 February, so such an assessment runs to
    27 February)."""
    akhir = v.geser_tanggal(profil.tanggal, bulan=12 * kebijakan.masa_berlaku_tahun, hari=-1)
    return dt.date.max if akhir is None else akhir


def profil_berlaku(
    profil: Iterable[ProfilKompetensi],
    nip: NIP | str,
    tanggal: dt.date,
    kebijakan: KebijakanKompetensi | None = None,
) -> ProfilKompetensi | None:
    """The assessment of ``nip`` that holds on ``tanggal`` (KOM-PROFIL-01): the latest one
    made on or before that day and not older than the policy's years; ``None`` when none
    holds. Two different assessments of ``nip`` on one day are refused
    (:class:`~birokrasi.errors.InvalidValueError`): which holds would depend on their order.

    >>> import datetime as dt
    >>> lama = ProfilKompetensi("198302252008012011", dt.date(2021, 5, 1),
    ...                         SumberPenilaian.PENILAIAN_KOMPETENSI, [])
    >>> profil_berlaku([lama], "198302252008012011", dt.date(2024, 4, 30)) is lama
    True
    >>> profil_berlaku([lama], "198302252008012011", dt.date(2024, 5, 1)) is None
    True
    """
    kunci = _nip_argumen("nip", nip)
    v.pastikan_tipe("tanggal", tanggal, dt.date)
    aturan = _kebijakan_kompetensi(kebijakan)
    terbaik: ProfilKompetensi | None = None
    for p in _daftar("profil", profil, ProfilKompetensi):
        if p.nip != kunci or not p.tanggal <= tanggal <= _berlaku_sampai(p, aturan):
            continue
        if terbaik is not None and p.tanggal == terbaik.tanggal and p != terbaik:
            raise InvalidValueError(_PENILAIAN_GANDA(nip=kunci, tanggal=p.tanggal))
        if terbaik is None or p.tanggal > terbaik.tanggal:
            terbaik = p
    return terbaik


_t = pembuat_templat(__name__)
_PENILAIAN_GANDA = _t(
    "KOM-PROFIL/penilaian-ganda",
    "profil: two different assessments of {nip} on {tanggal}; keep one",
)
