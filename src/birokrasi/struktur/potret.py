"""A snapshot of who a pegawai was on a date: NIP, name, jabatan, unit and golongan; and of a
pejabat negara above the instansi, who has no NIP (:class:`PotretPejabatNegara`).

Documents such as the SKP and the evaluation record the pegawai and the Pejabat Penilai
Kinerja *as they were* when the document was set, so that a later move or promotion never
changes an old document (PermenPANRB 6/2022: the SKP names the jabatan of the pegawai and of
the penilai at the time it is set).
"""

from __future__ import annotations

import datetime as dt
from typing import TypeAlias

import attrs

from birokrasi import _validasi as v
from birokrasi.errors import AuthorityError, InvalidTypeError, InvalidValueError, NotFoundError
from birokrasi.hukum import Aturan
from birokrasi.pesan import pembuat_templat
from birokrasi.struktur.golongan import Golongan
from birokrasi.struktur.jabatan import Jabatan, Jenjang
from birokrasi.struktur.nip import NIP, _ke_nip
from birokrasi.struktur.organisasi import Instansi, Pejabat
from birokrasi.struktur.unsur import PejabatLuar, PejabatNegara, Penempatan, _kode_bukan_nip

__all__ = [
    "PotretPegawai",
    "PotretPejabat",
    "PotretPejabatNegara",
    "potret",
    "potret_pegawai",
    "potret_pejabat",
    "potret_pejabat_negara",
    "potret_pelaku",
    "potret_penilai",
]


@attrs.frozen
class PotretPegawai:
    """A pegawai as they were on ``tanggal``: frozen copies of their jabatan, unit and golongan."""

    nip: NIP = attrs.field(converter=_ke_nip, validator=v.instance_of(NIP))
    nama: str = attrs.field(validator=v.teks())
    jabatan: Jabatan = attrs.field(validator=v.instance_of(Jabatan))
    unit: str = attrs.field(validator=v.kunci())
    tanggal: dt.date = attrs.field(validator=v.instance_of(dt.date))
    golongan: Golongan | None = attrs.field(
        default=None, kw_only=True, validator=v.optional(v.instance_of(Golongan))
    )
    kepala: bool = attrs.field(default=False, kw_only=True, validator=v.instance_of(bool))

    @property
    def jenjang(self) -> Jenjang:
        """The jenjang of the jabatan held on ``tanggal``."""
        return self.jabatan.jenjang

    @property
    def pengenal(self) -> NIP:
        """The pegawai's identifier in the instansi's records: their NIP."""
        return self.nip

    @property
    def nama_jabatan(self) -> str:
        """The name of the jabatan held on ``tanggal`` (as for a
        :class:`PotretPejabatNegara`)."""
        return self.jabatan.nama


@attrs.frozen
class PotretPejabatNegara:
    """A pejabat negara declared above the instansi
    (:class:`~birokrasi.struktur.unsur.PejabatNegara`, STR-ATASAN-02) as they were on
    ``tanggal``: kode, name, the title of the post and the unit it heads. Recorded where they
    set an SKP, rate or decide a keberatan."""

    kode: str = attrs.field(validator=_kode_bukan_nip)
    nama: str = attrs.field(validator=v.teks())
    jabatan: str = attrs.field(validator=v.teks())
    unit: str = attrs.field(validator=v.teks())
    tanggal: dt.date = attrs.field(validator=v.instance_of(dt.date))

    @property
    def kepala(self) -> bool:
        """Always true: a pejabat negara heads the level above the instansi."""
        return True

    @property
    def pengenal(self) -> str:
        """The official's identifier in the instansi's records: their declared kode."""
        return self.kode

    @property
    def nama_jabatan(self) -> str:
        """The title of the post held on ``tanggal``."""
        return self.jabatan


PotretPejabat: TypeAlias = PotretPegawai | PotretPejabatNegara
"""Who a document records as having acted: a pegawai or official with a NIP, or a pejabat
negara above the instansi (ADR 0011)."""


def potret_pegawai(instansi: Instansi, nip: NIP | str, tanggal: dt.date) -> PotretPegawai:
    """Snapshot pegawai ``nip`` of ``instansi`` on ``tanggal``.

    Raises :class:`~birokrasi.errors.NotFoundError` when ``nip`` is unknown or holds no
    placement that day.

    >>> from birokrasi import contoh
    >>> org = contoh.instansi()
    >>> kepala = org.kepala_unit(org.unit_akar.kode, dt.date(2025, 6, 30))
    >>> potret_pegawai(org, kepala.nip, dt.date(2025, 6, 30)).jenjang.name
    'JPT_PRATAMA'
    """
    v.pastikan_tipe("instansi", instansi, Instansi)
    pegawai = instansi.cari_pegawai(nip)
    penempatan = instansi.penempatan_pada(pegawai.nip, tanggal)
    if penempatan is None:
        raise NotFoundError(
            _TANPA_PENEMPATAN(nip=pegawai.nip, pegawai=pegawai.nama, tanggal=tanggal)
        )
    return PotretPegawai(
        pegawai.nip,
        pegawai.nama,
        penempatan.jabatan,
        penempatan.unit,
        tanggal,
        golongan=pegawai.golongan,
        kepala=penempatan.kepala,
    )


def potret_pejabat(instansi: Instansi, nip: NIP | str, tanggal: dt.date) -> PotretPegawai:
    """Snapshot the official ``nip`` on ``tanggal``: a pegawai placed in ``instansi`` that day
    (as :func:`potret_pegawai`) or an official declared above its root unit (STR-ATASAN-02).

    The acts that record who acted (setting an SKP, rating, deciding a keberatan) take the
    snapshot this way, so a record never names someone the instansi does not know. Raises
    :class:`~birokrasi.errors.NotFoundError` when ``nip`` holds no post that day.

    >>> from birokrasi import contoh
    >>> org = contoh.instansi()
    >>> potret_pejabat(org, "196905121994031005", dt.date(2025, 6, 30)).jabatan.nama
    'Sekretaris Daerah Kabupaten Contoh'
    """
    v.pastikan_tipe("instansi", instansi, Instansi)
    pejabat = instansi.pejabat_pada(nip, tanggal)
    if not isinstance(pejabat, PejabatLuar):
        return potret_pegawai(instansi, nip, tanggal)
    return PotretPegawai(
        pejabat.nip,
        pejabat.nama,
        pejabat.jabatan,
        pejabat.unit,
        tanggal,
        golongan=pejabat.golongan,
        kepala=True,
    )


def potret_pejabat_negara(instansi: Instansi, kode: str, tanggal: dt.date) -> PotretPejabatNegara:
    """Snapshot the pejabat negara declared as ``kode`` above the root unit of ``instansi`` on
    ``tanggal`` (STR-ATASAN-02). Raises :class:`~birokrasi.errors.NotFoundError` when the kode
    was never declared or holds no post that day.

    >>> from birokrasi import contoh
    >>> org = contoh.instansi()
    >>> potret_pejabat_negara(org, "BUPATI-CONTOH-2021", dt.date(2025, 6, 30)).jabatan
    'Bupati Contoh'
    """
    v.pastikan_tipe("instansi", instansi, Instansi)
    pejabat = instansi.pejabat_negara_pada(kode, tanggal)
    if pejabat is None:
        raise NotFoundError(_NEGARA_TANPA_JABATAN(kode=kode, tanggal=tanggal))
    return _potret_negara(pejabat, tanggal)


def _potret_negara(pejabat: PejabatNegara, tanggal: dt.date) -> PotretPejabatNegara:
    return PotretPejabatNegara(pejabat.kode, pejabat.nama, pejabat.jabatan, pejabat.unit, tanggal)


def _potret_dari(instansi: Instansi, pejabat: Pejabat, tanggal: dt.date) -> PotretPejabat:
    """The snapshot of the holder of ``pejabat`` (a post the instansi resolved) on ``tanggal``."""
    if isinstance(pejabat, PejabatNegara):
        return _potret_negara(pejabat, tanggal)
    return potret_pejabat(instansi, pejabat.nip, tanggal)


def potret_penilai(instansi: Instansi, pejabat: Pejabat, tanggal: dt.date) -> PotretPejabat:
    """The snapshot of whoever holds the post ``pejabat`` on ``tanggal``: what a document
    records for the Pejabat Penilai Kinerja (or the atasan) the instansi names, with or
    without a NIP (STR-ATASAN-02).

    >>> from birokrasi import contoh
    >>> org = contoh.instansi()
    >>> hari = dt.date(2025, 6, 30)
    >>> sekda = org.pejabat_luar_pada(1, hari)
    >>> potret_penilai(org, org.pastikan_atasan_langsung(sekda.nip, hari), hari).nama_jabatan
    'Bupati Contoh'
    """
    v.pastikan_tipe("instansi", instansi, Instansi)
    v.pastikan_tipe("pejabat", pejabat, Penempatan, PejabatLuar, PejabatNegara)
    v.pastikan_tipe("tanggal", tanggal, dt.date)
    return _potret_dari(instansi, pejabat, tanggal)


def potret_pelaku(
    instansi: Instansi,
    oleh: NIP | str | PotretPejabat,
    tanggal: dt.date,
    *,
    tindakan: str,
    aturan: Aturan,
) -> PotretPejabat:
    """The snapshot of whoever does act ``tindakan`` on ``tanggal`` (ADR 0010): taken from
    ``instansi`` for a NIP, or for the kode of a pejabat negara declared above its root unit
    (ADR 0011); a snapshot given instead must be the instansi's own snapshot of its date (else
    :class:`~birokrasi.errors.InvalidValueError`). An official who holds no post that day has
    no authority: :class:`~birokrasi.errors.AuthorityError` naming ``aturan``, the rule that
    gives the act. Whether the post authorises the act is the act's own check.
    """
    v.pastikan_tipe("instansi", instansi, Instansi)
    v.pastikan_tipe("tanggal", tanggal, dt.date)
    if not isinstance(oleh, NIP | str | PotretPegawai | PotretPejabatNegara):
        raise InvalidTypeError(_OLEH_TIPE(diberikan=v.describe(oleh)))
    kunci = oleh.pengenal if isinstance(oleh, PotretPegawai | PotretPejabatNegara) else oleh
    pejabat = instansi.pelaku_pada(kunci, tanggal)
    if pejabat is None:
        nama = instansi._nama_pengenal(kunci)
        if nama is None:
            pesan = _PELAKU_TANPA_JABATAN(
                tindakan=tindakan,
                pengenal=str(kunci),
                tanggal=tanggal,
                aturan=aturan.kode,
                dasar=str(aturan.dasar),
            )
        else:
            pesan = _PELAKU_BERNAMA_TANPA_JABATAN(
                tindakan=tindakan,
                pengenal=str(kunci),
                pegawai=nama,
                tanggal=tanggal,
                aturan=aturan.kode,
                dasar=str(aturan.dasar),
            )
        raise AuthorityError(pesan)
    if not isinstance(oleh, PotretPegawai | PotretPejabatNegara):
        return _potret_dari(instansi, pejabat, tanggal)
    dulu = instansi.pelaku_pada(kunci, oleh.tanggal)
    if dulu is None or oleh != _potret_dari(instansi, dulu, oleh.tanggal):
        templat = _POTRET_BEDA_NIP if isinstance(oleh, PotretPegawai) else _POTRET_BEDA_KODE
        raise InvalidValueError(
            templat(
                tindakan=tindakan,
                pengenal=str(kunci),
                pegawai=oleh.nama,
                tanggal=oleh.tanggal,
                aturan=aturan.kode,
            )
        )
    return oleh


potret = potret_pegawai
"""The 0.1.0 name of :func:`potret_pegawai`, kept for code written against it (the module
:mod:`birokrasi.struktur.potret` bears that name too)."""


_t = pembuat_templat(__name__)
_TANPA_PENEMPATAN = _t(
    "POTRET/tanpa-penempatan", "potret: {nip} ({pegawai}) holds no placement on {tanggal}"
)
_NEGARA_TANPA_JABATAN = _t(
    "POTRET/negara-tanpa-jabatan", "potret: pejabat negara '{kode}' holds no post on {tanggal}"
)
_OLEH_TIPE = _t(
    "POTRET/oleh-tipe",
    "oleh: expected a NIP or its digits, the kode of a pejabat negara, or their snapshot, got "
    "{diberikan}",
)
_PELAKU_TANPA_JABATAN = _t(
    "POTRET/pelaku-tanpa-jabatan",
    "{tindakan}: {pengenal} holds no post in the instansi on {tanggal} ({aturan}, {dasar})",
)
_PELAKU_BERNAMA_TANPA_JABATAN = _t(
    "POTRET/pelaku-bernama-tanpa-jabatan",
    "{tindakan}: {pengenal} ({pegawai}) holds no post in the instansi on {tanggal} ({aturan}, "
    "{dasar})",
)
_POTRET_BEDA_NIP = _t(
    "POTRET/beda-nip",
    "{tindakan}: the snapshot oleh of {pengenal} ({pegawai}) on {tanggal} disagrees with the "
    "instansi (name, jabatan, unit or golongan); pass the NIP ({aturan})",
)
_POTRET_BEDA_KODE = _t(
    "POTRET/beda-kode",
    "{tindakan}: the snapshot oleh of {pengenal} ({pegawai}) on {tanggal} disagrees with the "
    "instansi (name, jabatan, unit or golongan); pass the kode ({aturan})",
)
