"""Pemantauan dan pembinaan kinerja (PermenPANRB 6/2022 Pasal 5 huruf b): the events an agency
app records during the year, which the evaluation at the end reads.

Each event is an immutable value with a key (``kode``), a date, an author (``oleh``) and the
pegawai it is about: :class:`UmpanBalik` (continuous feedback on an RHK or a BerAKHLAK
value), :class:`Realisasi` (progress on an indicator), :class:`DialogKinerja`,
:class:`BimbinganKinerja` and :class:`KonselingKinerja`. A :class:`JurnalKinerja` holds the
events of one pegawai under one SKP and only grows (:mod:`birokrasi.kinerja.pemantauan.jurnal`); the
rules and the checks are in :mod:`birokrasi.kinerja.pemantauan.pemeriksaan`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs

from birokrasi import _validasi as v
from birokrasi._enum import Berlabel
from birokrasi.errors import InvalidValueError
from birokrasi.kinerja.perencanaan.perilaku import NilaiBerakhlak
from birokrasi.kinerja.predikat import Rating
from birokrasi.pesan import pembuat_templat
from birokrasi.struktur.nip import NIP, _ke_nip, _ke_nips

__all__ = [
    "JENIS_PERISTIWA",
    "BimbinganKinerja",
    "CaraUmpanBalik",
    "DialogKinerja",
    "JenisUmpanBalik",
    "KonselingKinerja",
    "Peristiwa",
    "Realisasi",
    "SifatUmpanBalik",
    "TahapDialog",
    "UmpanBalik",
]


class SifatUmpanBalik(Berlabel):
    """The nature of a piece of feedback: *apresiasi* when the pegawai shows progress, or
    *perbaikan* (correction, improvement) when they do not (PermenPANRB 6/2022, Umpan Balik
    Berkelanjutan, wording reproduced [V])."""

    APRESIASI = "Apresiasi"
    PERBAIKAN = "Perbaikan"


class JenisUmpanBalik(Berlabel):
    """*Berkala* feedback at the frequency agreed with the pegawai, or *insidentil* feedback
    at any time (PermenPANRB 6/2022, Umpan Balik Berkelanjutan [V])."""

    BERKALA = "Berkala"
    INSIDENTIL = "Insidentil"


class CaraUmpanBalik(Berlabel):
    """Feedback is given *langsung* (face to face) or *tidak langsung* (in writing, through
    the application) (PermenPANRB 6/2022, Umpan Balik Berkelanjutan [V])."""

    LANGSUNG = "Langsung"
    TIDAK_LANGSUNG = "Tidak Langsung"


class TahapDialog(Berlabel):
    """The stage of the cycle a dialog kinerja belongs to (PermenPANRB 6/2022 Pasal 5)."""

    PERENCANAAN = "Perencanaan"
    PEMANTAUAN = "Pemantauan"
    EVALUASI = "Evaluasi"


@attrs.frozen
class UmpanBalik:
    """Umpan Balik Berkelanjutan from ``oleh`` to ``pegawai`` on ``tanggal``, about exactly one
    RHK (by kode) or one BerAKHLAK value, with its bukti dukung as an opaque reference.

    ``ekspektasi`` is the giver's reading against the expectation; Di Bawah Ekspektasi only
    goes with :attr:`SifatUmpanBalik.PERBAIKAN` and makes pembinaan due (KIN-BINA-03). Who may
    give it is checked by KIN-UB-01.
    """

    kode: str = attrs.field(validator=v.kunci())
    tanggal: dt.date = attrs.field(validator=v.instance_of(dt.date))
    oleh: NIP = attrs.field(converter=_ke_nip, validator=v.instance_of(NIP))
    pegawai: NIP = attrs.field(converter=_ke_nip, validator=v.instance_of(NIP))
    sifat: SifatUmpanBalik = attrs.field(validator=v.instance_of(SifatUmpanBalik))
    uraian: str = attrs.field(validator=v.teks())
    rhk: str | None = attrs.field(default=None, kw_only=True, validator=v.optional(v.kunci()))
    nilai: NilaiBerakhlak | None = attrs.field(
        default=None, kw_only=True, validator=v.optional(v.instance_of(NilaiBerakhlak))
    )
    ekspektasi: Rating | None = attrs.field(
        default=None, kw_only=True, validator=v.optional(v.instance_of(Rating))
    )
    jenis: JenisUmpanBalik = attrs.field(
        default=JenisUmpanBalik.BERKALA, kw_only=True, validator=v.instance_of(JenisUmpanBalik)
    )
    cara: CaraUmpanBalik = attrs.field(
        default=CaraUmpanBalik.LANGSUNG, kw_only=True, validator=v.instance_of(CaraUmpanBalik)
    )
    bukti_dukung: str | None = attrs.field(
        default=None, kw_only=True, validator=v.optional(v.teks())
    )

    def __attrs_post_init__(self) -> None:
        if (self.rhk is None) == (self.nilai is None):
            raise InvalidValueError(
                _TANPA_SASARAN(kode=self.kode)
                if self.rhk is None
                else _DUA_SASARAN(kode=self.kode, rhk=self.rhk, nilai=self.nilai)
            )
        if self.oleh == self.pegawai:
            raise InvalidValueError(_DIRI_SENDIRI(oleh=self.oleh, kode=self.kode))
        if self.ekspektasi is Rating.DI_BAWAH_EKSPEKTASI and self.sifat is not (
            SifatUmpanBalik.PERBAIKAN
        ):
            raise InvalidValueError(_SIFAT_PERBAIKAN(kode=self.kode, sifat=self.sifat))

    @property
    def di_bawah_ekspektasi(self) -> bool:
        """Whether the giver reads the result or behaviour as Di Bawah Ekspektasi."""
        return self.ekspektasi is Rating.DI_BAWAH_EKSPEKTASI


@attrs.frozen
class Realisasi:
    """Progress on indicator ``indikator`` (1-based, as numbered on the form) of RHK ``rhk`` on
    ``tanggal``: a number and/or a statement in words, with its bukti dukung (PermenPANRB
    6/2022 Anak Lampiran 4: *realisasi berdasarkan bukti dukung*)."""

    kode: str = attrs.field(validator=v.kunci())
    tanggal: dt.date = attrs.field(validator=v.instance_of(dt.date))
    oleh: NIP = attrs.field(converter=_ke_nip, validator=v.instance_of(NIP))
    pegawai: NIP = attrs.field(converter=_ke_nip, validator=v.instance_of(NIP))
    rhk: str = attrs.field(validator=v.kunci())
    indikator: int = attrs.field(default=1, kw_only=True, validator=v.bilangan(1))
    nilai: Decimal | None = attrs.field(
        default=None,
        kw_only=True,
        converter=attrs.converters.optional(v.ke_desimal),
        validator=v.optional(v.desimal()),
    )
    uraian: str | None = attrs.field(default=None, kw_only=True, validator=v.optional(v.teks()))
    bukti_dukung: str | None = attrs.field(
        default=None, kw_only=True, validator=v.optional(v.teks())
    )

    def __attrs_post_init__(self) -> None:
        if self.nilai is None and self.uraian is None:
            raise InvalidValueError(_REALISASI_KOSONG(kode=self.kode))


@attrs.frozen
class DialogKinerja:
    """A dialog kinerja between the pimpinan and the pegawai at one stage of the cycle, with
    what was agreed and the follow-up (PermenPANRB 6/2022 Pasal 3; KIN-DIALOG-01). The
    participants include the author and the pegawai."""

    kode: str = attrs.field(validator=v.kunci())
    tanggal: dt.date = attrs.field(validator=v.instance_of(dt.date))
    oleh: NIP = attrs.field(converter=_ke_nip, validator=v.instance_of(NIP))
    pegawai: NIP = attrs.field(converter=_ke_nip, validator=v.instance_of(NIP))
    tahap: TahapDialog = attrs.field(validator=v.instance_of(TahapDialog))
    peserta: tuple[NIP, ...] = attrs.field(converter=_ke_nips, validator=v.tuple_of(NIP))
    kesepakatan: tuple[str, ...] = attrs.field(
        default=(), kw_only=True, converter=v.KeTuple[str], validator=v.tuple_teks()
    )
    tindak_lanjut: tuple[str, ...] = attrs.field(
        default=(), kw_only=True, converter=v.KeTuple[str], validator=v.tuple_teks()
    )

    def __attrs_post_init__(self) -> None:
        if len(set(self.peserta)) != len(self.peserta):
            raise InvalidValueError(_PESERTA_GANDA(kode=self.kode))
        for templat, nip in (
            (_OLEH_BUKAN_PESERTA, self.oleh),
            (_PEGAWAI_BUKAN_PESERTA, self.pegawai),
        ):
            if nip not in self.peserta:
                raise InvalidValueError(templat(nip=nip, kode=self.kode))
        if self.oleh == self.pegawai and len(self.peserta) < 2:
            raise InvalidValueError(_SATU_PESERTA(kode=self.kode))


@attrs.frozen
class BimbinganKinerja:
    """Bimbingan kinerja: ``oleh`` coaches ``pegawai`` on ``tanggal`` for ``alasan``; what was
    agreed and the follow-up, and the kode of the events that prompted it (KIN-BINA-01/03)."""

    kode: str = attrs.field(validator=v.kunci())
    tanggal: dt.date = attrs.field(validator=v.instance_of(dt.date))
    oleh: NIP = attrs.field(converter=_ke_nip, validator=v.instance_of(NIP))
    pegawai: NIP = attrs.field(converter=_ke_nip, validator=v.instance_of(NIP))
    alasan: str = attrs.field(validator=v.teks())
    kesepakatan: tuple[str, ...] = attrs.field(
        default=(), kw_only=True, converter=v.KeTuple[str], validator=v.tuple_teks()
    )
    tindak_lanjut: tuple[str, ...] = attrs.field(
        default=(), kw_only=True, converter=v.KeTuple[str], validator=v.tuple_teks()
    )
    rujukan: tuple[str, ...] = attrs.field(
        default=(), kw_only=True, converter=v.KeTuple[str], validator=v.tuple_kunci()
    )

    def __attrs_post_init__(self) -> None:
        if self.oleh == self.pegawai:
            raise InvalidValueError(
                _MEMBINA_DIRI(kelas=type(self).__name__, oleh=self.oleh, kode=self.kode)
            )


@attrs.frozen
class KonselingKinerja(BimbinganKinerja):
    """Konseling kinerja: like :class:`BimbinganKinerja`, by the penilai or a counsellor,
    recorded on the *Format Pelaksanaan Konseling Kinerja* (KIN-BINA-02)."""


Peristiwa = UmpanBalik | Realisasi | DialogKinerja | BimbinganKinerja | KonselingKinerja
"""Any event of the journal."""


JENIS_PERISTIWA: tuple[type, ...] = (UmpanBalik, Realisasi, DialogKinerja, BimbinganKinerja)
"""The event classes, for ``isinstance`` checks (:class:`KonselingKinerja` is a
:class:`BimbinganKinerja`)."""


_t = pembuat_templat(__name__)
_TANPA_SASARAN = _t(
    "PANTAU/umpan-balik-tanpa-sasaran",
    "UmpanBalik.rhk: feedback {kode} is about exactly one RHK or one BerAKHLAK value, got neither",
)
_DUA_SASARAN = _t(
    "PANTAU/umpan-balik-dua-sasaran",
    "UmpanBalik.rhk: feedback {kode} is about exactly one RHK or one BerAKHLAK value, got "
    "both RHK {rhk} and {nilai}",
)
_DIRI_SENDIRI = _t(
    "PANTAU/umpan-balik-diri-sendiri", "UmpanBalik.oleh: {oleh} gives feedback to themself ({kode})"
)
_SIFAT_PERBAIKAN = _t(
    "PANTAU/umpan-balik-sifat",
    "UmpanBalik.sifat: {kode} reads Di Bawah Ekspektasi, so it is Perbaikan, not {sifat}",
)
_REALISASI_KOSONG = _t(
    "PANTAU/realisasi-kosong", "Realisasi.nilai: {kode} needs a value or a statement (uraian)"
)
_PESERTA_GANDA = _t(
    "PANTAU/dialog-peserta-ganda", "DialogKinerja.peserta: a participant is listed twice in {kode}"
)
_OLEH_BUKAN_PESERTA = _t(
    "PANTAU/dialog-oleh-bukan-peserta",
    "DialogKinerja.peserta: the oleh {nip} is not a participant of {kode}",
)
_PEGAWAI_BUKAN_PESERTA = _t(
    "PANTAU/dialog-pegawai-bukan-peserta",
    "DialogKinerja.peserta: the pegawai {nip} is not a participant of {kode}",
)
_SATU_PESERTA = _t(
    "PANTAU/dialog-satu-peserta", "DialogKinerja.peserta: {kode} has one participant"
)
_MEMBINA_DIRI = _t(
    "PANTAU/pembinaan-diri-sendiri", "{kelas}.oleh: {oleh} coaches themself ({kode})"
)
