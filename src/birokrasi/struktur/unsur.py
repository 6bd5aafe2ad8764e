"""The elements an :class:`~birokrasi.struktur.organisasi.Instansi` is built from:
:class:`UnitOrganisasi`, :class:`Pegawai`, :class:`Penempatan`, :class:`Delegasi` and the
officials above its root unit (:class:`PejabatLuar`, and :class:`PejabatNegara` for those who
have no NIP).

They refer to each other by key (the kode of a unit, the :class:`NIP` of a pegawai, the kode of
a pejabat negara), never by object, so each is a small immutable value; the Instansi checks that
the keys resolve.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from birokrasi import _validasi as v
from birokrasi.errors import InvalidValueError
from birokrasi.pesan import pembuat_templat
from birokrasi.struktur.golongan import Golongan
from birokrasi.struktur.jabatan import Jabatan, Jenjang
from birokrasi.struktur.nip import NIP, JenisASN, _ke_nip, _nip_argumen

__all__ = [
    "Delegasi",
    "Pegawai",
    "PejabatLuar",
    "PejabatNegara",
    "Penempatan",
    "UnitOrganisasi",
]


def _pastikan_jangka(kelas: str, mulai: dt.date, selesai: dt.date | None) -> None:
    if selesai is not None and selesai < mulai:
        raise InvalidValueError(_SELESAI(nama=f"{kelas}.selesai", selesai=selesai, mulai=mulai))


def _aktif(mulai: dt.date, selesai: dt.date | None, tanggal: dt.date) -> bool:
    v.pastikan_tipe("tanggal", tanggal, dt.date)
    return mulai <= tanggal and (selesai is None or tanggal <= selesai)


def _manajerial_opsional(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    v.instance_of(Jenjang)(instance, attribute, value)
    if not value.is_manajerial:
        raise InvalidValueError(
            _KEPALA_MANAJERIAL(nama=v.nama_field(instance, attribute), jenjang=value)
        )


@attrs.frozen
class UnitOrganisasi:
    """A unit of the organisation tree: its kode, name, the kode of its parent (``None`` for the
    root) and the jenjang of its head post (``None`` when the unit has no structural head, e.g.
    a bidang whose Administrator post was simplified away)."""

    kode: str = attrs.field(validator=v.kunci())
    nama: str = attrs.field(validator=v.teks())
    induk: str | None = attrs.field(default=None, validator=v.optional(v.kunci()))
    jenjang_kepala: Jenjang | None = attrs.field(
        default=None, kw_only=True, validator=_manajerial_opsional
    )

    def __attrs_post_init__(self) -> None:
        if self.induk == self.kode:
            raise InvalidValueError(_INDUK_SENDIRI(kode=self.kode))


@attrs.frozen
class Pegawai:
    """An employee keyed by :class:`NIP`; PNS or PPPK follows from the NIP. ``golongan`` is the
    PNS golongan ruang (optional); a PPPK has none."""

    nip: NIP = attrs.field(converter=_ke_nip, validator=v.instance_of(NIP))
    nama: str = attrs.field(validator=v.teks())
    golongan: Golongan | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Golongan))
    )

    def __attrs_post_init__(self) -> None:
        if self.golongan is not None and self.jenis_asn is JenisASN.PPPK:
            raise InvalidValueError(
                _PPPK_GOLONGAN(nama=self.nama, nip=self.nip, golongan=self.golongan)
            )

    @property
    def jenis_asn(self) -> JenisASN:
        """PNS or PPPK, read from the NIP."""
        return self.nip.jenis_asn


@attrs.frozen
class Penempatan:
    """A pegawai holds a :class:`Jabatan` in a unit from ``mulai`` to ``selesai`` (inclusive;
    ``None`` = still holds it); ``kepala`` marks the unit's head post. A placement starting
    before the birth date the NIP shows is refused; one starting before the appointment is a
    finding of :func:`~birokrasi.struktur.pemeriksaan.periksa_instansi` (STR-PENEMPATAN-01)."""

    nip: NIP = attrs.field(converter=_ke_nip, validator=v.instance_of(NIP))
    jabatan: Jabatan = attrs.field(validator=v.instance_of(Jabatan))
    unit: str = attrs.field(validator=v.kunci())
    mulai: dt.date = attrs.field(validator=v.instance_of(dt.date))
    selesai: dt.date | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(dt.date))
    )
    kepala: bool = attrs.field(default=False, kw_only=True, validator=v.instance_of(bool))

    def __attrs_post_init__(self) -> None:
        _pastikan_jangka("Penempatan", self.mulai, self.selesai)
        lahir = self.nip.tanggal_lahir
        if self.mulai < lahir:
            raise InvalidValueError(_SEBELUM_LAHIR(mulai=self.mulai, lahir=lahir, nip=self.nip))

    @property
    def pengenal(self) -> NIP:
        """The holder's identifier in the instansi's records: their NIP."""
        return self.nip

    @property
    def nama_jabatan(self) -> str:
        """The name of the jabatan (as for every kind of :data:`~birokrasi.struktur.Pejabat`)."""
        return self.jabatan.nama

    def aktif_pada(self, tanggal: dt.date) -> bool:
        """Whether the placement holds on ``tanggal``."""
        return _aktif(self.mulai, self.selesai, tanggal)


@attrs.frozen
class Delegasi:
    """The authority to rate ``dinilai`` is delegated to ``penilai`` from ``mulai`` to
    ``selesai`` (PermenPANRB 6/2022 Pasal 1, STR-PENILAI-02)."""

    penilai: NIP = attrs.field(converter=_ke_nip, validator=v.instance_of(NIP))
    dinilai: NIP = attrs.field(converter=_ke_nip, validator=v.instance_of(NIP))
    mulai: dt.date = attrs.field(validator=v.instance_of(dt.date))
    selesai: dt.date | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(dt.date))
    )
    keterangan: str | None = attrs.field(default=None, kw_only=True, validator=v.optional(v.teks()))

    def __attrs_post_init__(self) -> None:
        _pastikan_jangka("Delegasi", self.mulai, self.selesai)
        if self.penilai == self.dinilai:
            raise InvalidValueError(_MENILAI_DIRI(nip=self.penilai))

    def aktif_pada(self, tanggal: dt.date) -> bool:
        """Whether the delegation holds on ``tanggal``."""
        return _aktif(self.mulai, self.selesai, tanggal)


@attrs.frozen
class PejabatLuar:
    """An official above the instansi's root unit, holding ``jabatan`` in ``unit`` (a kode
    outside the instansi's tree, e.g. ``"SETDA"``) from ``mulai`` to ``selesai``.

    ``tingkat`` 1 is the atasan langsung of the head of the root unit (a Sekretaris Daerah over
    a Kepala Dinas, a JPT Madya over a JPT Pratama), ``tingkat`` 2 that official's atasan, and
    so on (STR-ATASAN-02). The fields that share a name with :class:`Penempatan` mean the same,
    so a query may return either.
    """

    nip: NIP = attrs.field(converter=_ke_nip, validator=v.instance_of(NIP))
    nama: str = attrs.field(validator=v.teks())
    jabatan: Jabatan = attrs.field(validator=v.instance_of(Jabatan))
    unit: str = attrs.field(validator=v.teks())
    mulai: dt.date = attrs.field(validator=v.instance_of(dt.date))
    selesai: dt.date | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(dt.date))
    )
    tingkat: int = attrs.field(default=1, kw_only=True, validator=v.bilangan(minimum=1))
    golongan: Golongan | None = attrs.field(
        default=None, kw_only=True, validator=v.optional(v.instance_of(Golongan))
    )

    def __attrs_post_init__(self) -> None:
        _pastikan_jangka("PejabatLuar", self.mulai, self.selesai)

    @property
    def kepala(self) -> bool:
        """Always true: the official heads the level above (as :attr:`Penempatan.kepala`)."""
        return True

    @property
    def pengenal(self) -> NIP:
        """The official's identifier in the instansi's records: their NIP."""
        return self.nip

    @property
    def nama_jabatan(self) -> str:
        """The name of the jabatan (as for every kind of :data:`~birokrasi.struktur.Pejabat`)."""
        return self.jabatan.nama

    def aktif_pada(self, tanggal: dt.date) -> bool:
        """Whether the official holds the post on ``tanggal``."""
        return _aktif(self.mulai, self.selesai, tanggal)


def _kode_bukan_nip(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    v.kunci()(instance, attribute, value)
    if value.isdigit():
        raise InvalidValueError(
            _KODE_HURUF(nama=v.nama_field(instance, attribute), diberikan=v.render(value))
        )


def _pengenal_argumen(nama: str, nilai: object) -> NIP | str:
    """Function argument ``nama`` naming an official: a :class:`NIP` or its digits (validated
    as a NIP), or the kode of a pejabat negara (a key with a letter). Anything else raises
    :class:`~birokrasi.errors.InvalidTypeError` naming ``nama``."""
    v.pastikan_tipe(nama, nilai, NIP, str)
    if isinstance(nilai, NIP):
        return nilai
    assert isinstance(nilai, str)
    if nilai.isdigit():
        return _nip_argumen(nama, nilai)
    v.pastikan_kunci(nama, nilai)
    return nilai


@attrs.frozen
class PejabatNegara:
    """An official above the instansi's root unit who is not a pegawai ASN and so has no NIP:
    a kepala daerah (Bupati, Wali Kota, Gubernur) or a Menteri, holding the post ``jabatan``
    (its title, e.g. ``"Bupati Contoh"``) from ``mulai`` to ``selesai`` (STR-ATASAN-02).

    ``kode`` identifies the person in the instansi's records, as a NIP does a pegawai: the acts
    they do (setting the SKP of the head of the instansi, rating, deciding a keberatan) take it
    as ``oleh``. It has a letter, so it is never read as a NIP; use one kode per person (e.g.
    ``"BUPATI-2021"``). ``tingkat`` means what it means for :class:`PejabatLuar`, whose fields
    of the same name this class shares.
    """

    kode: str = attrs.field(validator=_kode_bukan_nip)
    nama: str = attrs.field(validator=v.teks())
    jabatan: str = attrs.field(validator=v.teks())
    unit: str = attrs.field(validator=v.teks())
    mulai: dt.date = attrs.field(validator=v.instance_of(dt.date))
    selesai: dt.date | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(dt.date))
    )
    tingkat: int = attrs.field(default=1, kw_only=True, validator=v.bilangan(minimum=1))

    def __attrs_post_init__(self) -> None:
        _pastikan_jangka("PejabatNegara", self.mulai, self.selesai)

    @property
    def kepala(self) -> bool:
        """Always true: the official heads the level above (as :attr:`Penempatan.kepala`)."""
        return True

    @property
    def pengenal(self) -> str:
        """The official's identifier in the instansi's records: their :attr:`kode`."""
        return self.kode

    @property
    def nama_jabatan(self) -> str:
        """The title of the post (as for every kind of :data:`~birokrasi.struktur.Pejabat`)."""
        return self.jabatan

    def aktif_pada(self, tanggal: dt.date) -> bool:
        """Whether the official holds the post on ``tanggal``."""
        return _aktif(self.mulai, self.selesai, tanggal)


_t = pembuat_templat(__name__)
_SELESAI = _t("UNSUR/selesai", "{nama}: {selesai} is before mulai {mulai}")
_KEPALA_MANAJERIAL = _t(
    "STR-JAB-01/kepala-manajerial",
    "{nama}: a unit's head post is a jabatan manajerial, got {jenjang} (STR-JAB-01)",
)
_INDUK_SENDIRI = _t("UNSUR/induk-sendiri", "UnitOrganisasi.induk: unit '{kode}' is its own parent")
_PPPK_GOLONGAN = _t(
    "UNSUR/pppk-golongan",
    "Pegawai.golongan: {nama} ({nip}) is a NI PPPK and a PPPK has no golongan ruang, got "
    "{golongan}",
)
_SEBELUM_LAHIR = _t(
    "UNSUR/sebelum-lahir",
    "Penempatan.mulai: {mulai} is before the birth date {lahir} of {nip}",
)
_MENILAI_DIRI = _t("UNSUR/menilai-diri", "Delegasi.penilai: {nip} cannot rate themself")
_KODE_HURUF = _t(
    "STR-ATASAN-02/kode-huruf",
    "{nama}: the kode of a pejabat negara has a letter, so it is never read as a NIP, got "
    "'{diberikan}' (STR-ATASAN-02)",
)
