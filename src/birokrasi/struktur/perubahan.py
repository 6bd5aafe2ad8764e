"""What changed for each pegawai between two dates, possibly read from two records of one
agency (the structure before penyetaraan and after it): which structural posts became
which Jabatan Fungsional (:func:`jabatan_disetarakan`, checked against the penyetaraan
table by :func:`periksa_penyetaraan_jabatan`, STR-SETARA-01) and who rates whom
(:func:`perubahan_penilai`, STR-PENILAI-01/02).

The two records are matched by NIP. Every result is sorted by NIP.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import attrs

from birokrasi import _validasi as v
from birokrasi.errors import InvalidTypeError, InvalidValueError
from birokrasi.hukum import Pelanggaran
from birokrasi.pesan import pembuat_templat
from birokrasi.struktur.eselon import ATURAN_PENYETARAAN, Eselon, jenjang_setara, penyetaraan
from birokrasi.struktur.jabatan import Jabatan, Jenjang
from birokrasi.struktur.nip import NIP, _nip_argumen
from birokrasi.struktur.organisasi import Instansi, Pejabat
from birokrasi.struktur.unsur import Penempatan

__all__ = [
    "JabatanDisetarakan",
    "PerubahanPenilai",
    "jabatan_disetarakan",
    "periksa_penyetaraan_jabatan",
    "perubahan_penilai",
]

_STRUKTURAL = (Jenjang.ADMINISTRATOR, Jenjang.PENGAWAS)


@attrs.frozen
class JabatanDisetarakan:
    """Pegawai ``nip`` held a structural post (Administrator or Pengawas, or an eselon V
    Pelaksana) on the first date and a Jabatan Fungsional on the second;
    ``jenjang_penyetaraan`` is the JF jenjang the penyetaraan table gives that post
    (STR-SETARA-01), from its ``eselon`` when the records gave one."""

    nip: NIP = attrs.field(validator=v.instance_of(NIP))
    jabatan_sebelum: Jabatan = attrs.field(validator=v.instance_of(Jabatan))
    unit_sebelum: str = attrs.field(validator=v.kunci())
    jabatan_sesudah: Jabatan = attrs.field(validator=v.instance_of(Jabatan))
    unit_sesudah: str = attrs.field(validator=v.kunci())
    jenjang_penyetaraan: Jenjang = attrs.field(validator=v.instance_of(Jenjang))
    eselon: Eselon | None = attrs.field(
        default=None, kw_only=True, validator=v.optional(v.instance_of(Eselon))
    )

    @property
    def sesuai(self) -> bool:
        """Whether the JF jenjang held is the one the table gives (STR-SETARA-01)."""
        return self.jabatan_sesudah.jenjang is self.jenjang_penyetaraan


@attrs.frozen
class PerubahanPenilai:
    """The Pejabat Penilai Kinerja of ``nip`` on each date (STR-PENILAI-01/02), by pengenal
    written as text (a NIP's 18 digits, or the kode of a pejabat negara above the root unit,
    so that one column holds both); ``None`` when there was none.
    """

    nip: NIP = attrs.field(validator=v.instance_of(NIP))
    jabatan_sebelum: Jabatan = attrs.field(validator=v.instance_of(Jabatan))
    jabatan_sesudah: Jabatan = attrs.field(validator=v.instance_of(Jabatan))
    penilai_sebelum: str | None = attrs.field(validator=v.optional(v.kunci()))
    penilai_sesudah: str | None = attrs.field(validator=v.optional(v.kunci()))

    @property
    def berubah(self) -> bool:
        """Whether the rater changed."""
        return self.penilai_sebelum != self.penilai_sesudah


def _pasangan(
    sebelum: Instansi, tanggal_sebelum: dt.date, sesudah: Instansi, tanggal_sesudah: dt.date
) -> list[tuple[Penempatan, Penempatan]]:
    """The placements of each NIP placed on both dates, by NIP."""
    v.pastikan_tipe("sebelum", sebelum, Instansi)
    v.pastikan_tipe("sesudah", sesudah, Instansi)
    v.pastikan_tipe("tanggal_sebelum", tanggal_sebelum, dt.date)
    v.pastikan_tipe("tanggal_sesudah", tanggal_sesudah, dt.date)
    if tanggal_sesudah <= tanggal_sebelum:
        raise InvalidValueError(_URUTAN_TANGGAL(sesudah=tanggal_sesudah, sebelum=tanggal_sebelum))
    lama = {p.nip: p for p in sebelum.penempatan_aktif(tanggal_sebelum)}
    baru = {p.nip: p for p in sesudah.penempatan_aktif(tanggal_sesudah)}
    return [(lama[n], baru[n]) for n in sorted(lama.keys() & baru.keys())]


def _eselon_argumen(
    eselon: Mapping[str, Eselon] | Mapping[NIP, Eselon] | None,
) -> dict[NIP, Eselon]:
    if eselon is None:
        return {}
    if not isinstance(eselon, Mapping):
        raise InvalidTypeError(_ESELON_TIPE(diberikan=v.describe(eselon)))
    hasil: dict[NIP, Eselon] = {}
    for kunci, nilai in eselon.items():
        nip = _nip_argumen("eselon", kunci)
        v.pastikan_tipe(f"eselon[{nip}]", nilai, Eselon)
        hasil[nip] = nilai
    return hasil


def _disetarakan(
    sebelum: Instansi, lama: Penempatan, baru: Penempatan, eselon: Eselon | None
) -> JabatanDisetarakan | None:
    jenjang = lama.jabatan.jenjang
    if not baru.jabatan.jenjang.is_fungsional:
        return None
    if eselon is None:
        if jenjang not in _STRUKTURAL:
            return None
        tujuan = penyetaraan(jenjang)
    else:
        setara = jenjang_setara(eselon)
        if setara is not jenjang:
            raise InvalidValueError(
                _ESELON_TIDAK_SESUAI(
                    nip=lama.nip,
                    pegawai=sebelum.cari_pegawai(lama.nip).nama,
                    eselon=eselon,
                    setara=setara,
                    jabatan=lama.jabatan.nama,
                    jenjang=jenjang,
                )
            )
        if setara.is_pimpinan_tinggi:
            return None
        tujuan = penyetaraan(eselon)
    return JabatanDisetarakan(
        lama.nip, lama.jabatan, lama.unit, baru.jabatan, baru.unit, tujuan, eselon=eselon
    )


def jabatan_disetarakan(
    sebelum: Instansi,
    tanggal_sebelum: dt.date,
    sesudah: Instansi,
    tanggal_sesudah: dt.date,
    *,
    eselon: Mapping[str, Eselon] | Mapping[NIP, Eselon] | None = None,
) -> tuple[JabatanDisetarakan, ...]:
    """The pegawai who held an Administrator or Pengawas post in ``sebelum`` on
    ``tanggal_sebelum`` and a Jabatan Fungsional in ``sesudah`` on ``tanggal_sesudah`` (the
    same Instansi may be passed twice), with the JF jenjang penyetaraan gives the post
    (STR-SETARA-01).

    A Pelaksana post counts only when ``eselon`` (the legacy eselon of the posts held on
    ``tanggal_sebelum``, by NIP) gives it as eselon V; an eselon given for an Administrator
    or Pengawas post must agree with its jenjang (STR-ESELON-01), otherwise
    :class:`~birokrasi.errors.InvalidValueError`.

    >>> from birokrasi import contoh
    >>> from birokrasi.contoh import penyederhanaan as p
    >>> x = jabatan_disetarakan(p.instansi_sebelum(), p.TANGGAL_SEBELUM,
    ...                         contoh.instansi(), contoh.TANGGAL_DEMO)[0]
    >>> x.jabatan_sebelum.nama, x.jabatan_sesudah.nama, x.jenjang_penyetaraan.label
    ('Kepala Bidang Informasi dan Komunikasi Publik', 'Pranata Humas Ahli Madya', 'Ahli Madya')
    """
    per_nip = _eselon_argumen(eselon)
    hasil = (
        _disetarakan(sebelum, lama, baru, per_nip.get(lama.nip))
        for lama, baru in _pasangan(sebelum, tanggal_sebelum, sesudah, tanggal_sesudah)
    )
    return tuple(x for x in hasil if x is not None)


def periksa_penyetaraan_jabatan(
    sebelum: Instansi,
    tanggal_sebelum: dt.date,
    sesudah: Instansi,
    tanggal_sesudah: dt.date,
    *,
    eselon: Mapping[str, Eselon] | Mapping[NIP, Eselon] | None = None,
) -> tuple[Pelanggaran, ...]:
    """A finding (STR-SETARA-01) for each structural post that became a JF of another jenjang
    than the penyetaraan table gives (see :func:`jabatan_disetarakan`, whose arguments it
    takes). A finding asks for a reason (a later move, an education requirement), it does
    not say the placement is void.
    """
    return tuple(
        Pelanggaran(
            ATURAN_PENYETARAAN,
            str(x.nip),
            _PENYETARAAN_LAIN(
                pegawai=sesudah.cari_pegawai(x.nip).nama,
                jabatan_sebelum=x.jabatan_sebelum.nama,
                jenjang_sebelum=x.jabatan_sebelum.jenjang,
                tanggal_sebelum=tanggal_sebelum,
                jabatan_sesudah=x.jabatan_sesudah.nama,
                jenjang_sesudah=x.jabatan_sesudah.jenjang,
                tanggal_sesudah=tanggal_sesudah,
                jenjang=x.jenjang_penyetaraan,
            ),
        )
        for x in jabatan_disetarakan(
            sebelum, tanggal_sebelum, sesudah, tanggal_sesudah, eselon=eselon
        )
        if not x.sesuai
    )


def _pengenal(pejabat: Pejabat | None) -> str | None:
    return None if pejabat is None else str(pejabat.pengenal)


def perubahan_penilai(
    sebelum: Instansi, tanggal_sebelum: dt.date, sesudah: Instansi, tanggal_sesudah: dt.date
) -> tuple[PerubahanPenilai, ...]:
    """Who rated each pegawai placed on both dates, before and after (STR-PENILAI-01/02),
    by NIP; :attr:`PerubahanPenilai.berubah` marks those whose rater changed."""
    return tuple(
        PerubahanPenilai(
            lama.nip,
            lama.jabatan,
            baru.jabatan,
            _pengenal(sebelum.pejabat_penilai(lama.nip, tanggal_sebelum)),
            _pengenal(sesudah.pejabat_penilai(baru.nip, tanggal_sesudah)),
        )
        for lama, baru in _pasangan(sebelum, tanggal_sebelum, sesudah, tanggal_sesudah)
    )


_t = pembuat_templat(__name__)
_URUTAN_TANGGAL = _t(
    "PERUBAHAN/urutan-tanggal", "tanggal_sesudah: {sesudah} is not after tanggal_sebelum {sebelum}"
)
_ESELON_TIPE = _t(
    "PERUBAHAN/eselon-tipe", "eselon: expected a mapping of NIP to Eselon, got {diberikan}"
)
_ESELON_TIDAK_SESUAI = _t(
    "STR-ESELON-01/tidak-sesuai",
    "eselon[{nip}]: eselon {eselon} is {setara}, but the post {pegawai} held, {jabatan}, is "
    "{jenjang} (STR-ESELON-01)",
)
_PENYETARAAN_LAIN = _t(
    "STR-SETARA-01/jenjang-lain",
    "{pegawai} held {jabatan_sebelum} ({jenjang_sebelum}) on {tanggal_sebelum} and "
    "{jabatan_sesudah} ({jenjang_sesudah}) on {tanggal_sesudah}; penyetaraan gives {jenjang}",
)
