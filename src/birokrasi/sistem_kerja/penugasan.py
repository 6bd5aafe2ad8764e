"""Penugasan: a leader assigns work to a pegawai or to a team for a periode (PermenPANRB
7/2022 mekanisme kerja; Permenko Marves 2/2023 Pasal 6, Permenkumham 1/2024 Pasal 9).

The checks (SK-TUGAS-01 duration, SK-TUGAS-02 authority) are in
:mod:`birokrasi.sistem_kerja.pemeriksaan`.
"""

from __future__ import annotations

import attrs

from birokrasi import _validasi as v
from birokrasi._enum import Berlabel
from birokrasi.errors import InvalidValueError
from birokrasi.periode import Periode
from birokrasi.pesan import pembuat_templat
from birokrasi.struktur.nip import NIP, _ke_nip

__all__ = ["AsalPenugasan", "Penugasan"]


class AsalPenugasan(Berlabel):
    """How a penugasan arose: designated by the leader, or volunteered by the pegawai
    (penugasan principles summarised from PermenPANRB 7/2022)."""

    PENUNJUKAN = "Penunjukan"
    PENGAJUAN_SUKARELA = "Pengajuan sukarela"


@attrs.frozen
class Penugasan:
    """Work ``uraian`` given by ``pemberi`` to exactly one of pegawai ``penerima`` or team
    ``tim`` over ``periode``. ``rencana_hasil_kerja`` is an opaque key of the SKP rencana hasil
    kerja it feeds, kept for the kinerja layer."""

    kode: str = attrs.field(validator=v.kunci())
    pemberi: NIP = attrs.field(converter=_ke_nip, validator=v.instance_of(NIP))
    uraian: str = attrs.field(validator=v.teks())
    periode: Periode = attrs.field(validator=v.instance_of(Periode))
    penerima: NIP | None = attrs.field(
        default=None,
        kw_only=True,
        converter=attrs.converters.optional(_ke_nip),
        validator=v.optional(v.instance_of(NIP)),
    )
    tim: str | None = attrs.field(default=None, kw_only=True, validator=v.optional(v.kunci()))
    asal: AsalPenugasan = attrs.field(
        default=AsalPenugasan.PENUNJUKAN, kw_only=True, validator=v.instance_of(AsalPenugasan)
    )
    rencana_hasil_kerja: str | None = attrs.field(
        default=None, kw_only=True, validator=v.optional(v.kunci())
    )

    def __attrs_post_init__(self) -> None:
        if (self.penerima is None) == (self.tim is None):
            raise InvalidValueError(_PENERIMA_SATU(penugasan=self.kode))
        if self.penerima is not None and self.penerima == self.pemberi:
            raise InvalidValueError(_DIRI_SENDIRI(nip=self.pemberi, penugasan=self.kode))


_t = pembuat_templat(__name__)
_PENERIMA_SATU = _t(
    "TUGAS/penerima-satu",
    "Penugasan.penerima: give exactly one of penerima (a NIP) or tim ({penugasan})",
)
_DIRI_SENDIRI = _t(
    "TUGAS/diri-sendiri",
    "Penugasan.penerima: {nip} cannot assign work to themself ({penugasan})",
)
