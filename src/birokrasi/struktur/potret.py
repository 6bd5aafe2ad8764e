"""A snapshot of who a pegawai was on a date: NIP, name, jabatan, unit and golongan.

Documents such as the SKP and the evaluation record the pegawai and the Pejabat Penilai
Kinerja *as they were* when the document was set, so that a later move or promotion never
changes an old document (PermenPANRB 6/2022: the SKP names the jabatan of the pegawai and of
the penilai at the time it is set).
"""

from __future__ import annotations

import datetime as dt

import attrs

from birokrasi import _validasi as v
from birokrasi.errors import AuthorityError, InvalidTypeError, InvalidValueError, NotFoundError
from birokrasi.hukum import Aturan
from birokrasi.struktur.golongan import Golongan
from birokrasi.struktur.jabatan import Jabatan, Jenjang
from birokrasi.struktur.nip import NIP, _ke_nip
from birokrasi.struktur.organisasi import Instansi
from birokrasi.struktur.unsur import PejabatLuar

__all__ = ["PotretPegawai", "potret", "potret_pegawai", "potret_pejabat", "potret_pelaku"]


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
        raise NotFoundError(f"potret: {pegawai.nip} holds no placement on {tanggal.isoformat()}")
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


def potret_pelaku(
    instansi: Instansi,
    oleh: NIP | str | PotretPegawai,
    tanggal: dt.date,
    *,
    tindakan: str,
    aturan: Aturan,
) -> PotretPegawai:
    """The snapshot of whoever does act ``tindakan`` on ``tanggal`` (ADR 0010): taken from
    ``instansi`` for a NIP; a :class:`PotretPegawai` given instead must be the instansi's own
    snapshot of its date (else :class:`~birokrasi.errors.InvalidValueError`). An official who
    holds no post that day has no authority: :class:`~birokrasi.errors.AuthorityError` naming
    ``aturan``, the rule that gives the act. Whether the post authorises the act is the
    act's own check.
    """
    v.pastikan_tipe("instansi", instansi, Instansi)
    v.pastikan_tipe("tanggal", tanggal, dt.date)
    if not isinstance(oleh, NIP | str | PotretPegawai):
        raise InvalidTypeError(
            f"oleh: expected a NIP, its digits or a PotretPegawai, got {v.describe(oleh)}"
        )
    kunci = oleh.nip if isinstance(oleh, PotretPegawai) else oleh
    if instansi.pejabat_pada(kunci, tanggal) is None:
        raise AuthorityError(
            f"{tindakan}: {kunci} holds no post in the instansi on {tanggal.isoformat()} "
            f"({aturan.kode}, {aturan.dasar})"
        )
    if not isinstance(oleh, PotretPegawai):
        return potret_pejabat(instansi, kunci, tanggal)
    if instansi.pejabat_pada(kunci, oleh.tanggal) is None or oleh != potret_pejabat(
        instansi, kunci, oleh.tanggal
    ):
        raise InvalidValueError(
            f"{tindakan}: the snapshot oleh of {oleh.nip} on {oleh.tanggal.isoformat()} "
            f"disagrees with the instansi (name, jabatan, unit or golongan); pass the NIP "
            f"({aturan.kode})"
        )
    return oleh


potret = potret_pegawai
"""The 0.1.0 name of :func:`potret_pegawai`, kept for code written against it (the module
:mod:`birokrasi.struktur.potret` bears that name too)."""
