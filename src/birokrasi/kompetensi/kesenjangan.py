"""Gap analysis of a pegawai against their jabatan's standard (rule KOM-GAP-01): level by
level, what the standard requires and what the assessment holding that day found
(:class:`Kesenjangan`, :class:`KesenjanganPegawai`, :func:`kesenjangan_pegawai`), and the
findings for a whole instansi (:func:`periksa_kompetensi`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping

import attrs

from birokrasi import _validasi as v
from birokrasi.errors import InvalidValueError, NotFoundError
from birokrasi.hukum import PERMENPANRB_38_2017, Aturan, Dasar, Keyakinan, Pelanggaran
from birokrasi.kompetensi.profil import (
    ATURAN_MASA_BERLAKU_PENILAIAN,
    KebijakanKompetensi,
    ProfilKompetensi,
    _kebijakan_kompetensi,
    profil_berlaku,
)
from birokrasi.kompetensi.standar import (
    Kompetensi,
    LevelKompetensi,
    StandarKompetensi,
    TingkatKompetensi,
    _daftar,
)
from birokrasi.pesan import Pesan, pembuat_templat
from birokrasi.struktur.jabatan import Jabatan
from birokrasi.struktur.nip import NIP, _ke_nip, _nip_argumen
from birokrasi.struktur.organisasi import Instansi
from birokrasi.struktur.sebutan import sebut_pengenal

__all__ = [
    "ATURAN",
    "ATURAN_KESENJANGAN",
    "Kesenjangan",
    "KesenjanganPegawai",
    "kesenjangan_pegawai",
    "periksa_kompetensi",
    "rincian_kesenjangan",
]

ATURAN_KESENJANGAN = Aturan(
    kode="KOM-GAP-01",
    uraian=(
        "Kompetensi yang dimiliki pegawai dibandingkan dengan Standar Kompetensi ASN jabatannya; "
        "kompetensi yang levelnya di bawah standar merupakan kesenjangan kompetensi."
    ),
    summary=(
        "A pegawai's assessed level of each competency of their jabatan's standard is compared "
        "with the required level; each competency below it (or not assessed) is a gap."
    ),
    dasar=Dasar(
        PERMENPANRB_38_2017,
        pasal="1",
        angka="1",
        keyakinan=Keyakinan.TERVERIFIKASI,
        kutipan=(
            "Standar Kompetensi Jabatan Aparatur Sipil Negara yang selanjutnya disebut Standar "
            "Kompetensi ASN adalah deskripsi pengetahuan, keterampilan dan perilaku yang "
            "diperlukan seorang Aparatur Sipil Negara dalam melaksanakan tugas jabatan."
        ),
        sumber="slideshare.net/punyasiapa/permenpan-nomor-38-tahun-2023-17pdf (copy of the text)",
        tafsiran=(
            "The standard says what the jabatan needs; comparing level by level, with a "
            "competency not assessed (or an assessment no longer holding, KOM-PROFIL-01) "
            "counted as a gap, is the library's reading."
        ),
    ),
)

ATURAN: tuple[Aturan, ...] = (ATURAN_KESENJANGAN,)


@attrs.frozen
class Kesenjangan:
    """One competency of a requirement (KOM-GAP-01): the level required (``dibutuhkan``) and
    the level assessed (``dimiliki``, ``None`` when not assessed)."""

    kompetensi: Kompetensi = attrs.field(validator=v.instance_of(Kompetensi))
    dibutuhkan: LevelKompetensi = attrs.field(validator=v.instance_of(LevelKompetensi))
    dimiliki: LevelKompetensi | None = attrs.field(
        validator=v.optional(v.instance_of(LevelKompetensi))
    )

    @property
    def selisih(self) -> int:
        """Assessed level minus required level (a missing assessment counts as level 0):
        negative for a gap."""
        punya = 0 if self.dimiliki is None else self.dimiliki.angka
        return punya - self.dibutuhkan.angka

    @property
    def terpenuhi(self) -> bool:
        """Whether the assessed level reaches the required one."""
        return self.selisih >= 0

    @property
    def pesan(self) -> Pesan:
        """The line as a message (``Kerja Sama: dibutuhkan Level 3, dimiliki Level 2``),
        rendered in the reader's language."""
        punya: object = _BELUM_DINILAI() if self.dimiliki is None else self.dimiliki
        return _RINCIAN(kompetensi=self.kompetensi.nama, dibutuhkan=self.dibutuhkan, dimiliki=punya)

    def __str__(self) -> str:
        return self.pesan.teks()


def rincian_kesenjangan(
    syarat: Iterable[TingkatKompetensi], profil: ProfilKompetensi | None
) -> tuple[Kesenjangan, ...]:
    """Each required level of ``syarat`` against what ``profil`` found (KOM-GAP-01), in the
    standard order; with no profile every competency is unassessed."""
    daftar_syarat = _daftar("syarat", syarat, TingkatKompetensi)
    v.pastikan_tipe("profil", profil, ProfilKompetensi, type(None))
    urut = sorted(daftar_syarat, key=lambda t: t.kompetensi.urutan)
    return tuple(
        Kesenjangan(t.kompetensi, t.level, None if profil is None else profil.level(t.kompetensi))
        for t in urut
    )


@attrs.frozen
class KesenjanganPegawai:
    """The gap analysis of pegawai ``nip`` on ``tanggal`` (KOM-GAP-01): the jabatan held, the
    assessment holding that day (``None`` when none does) and each competency of the
    jabatan's standard."""

    nip: NIP = attrs.field(converter=_ke_nip, validator=v.instance_of(NIP))
    tanggal: dt.date = attrs.field(validator=v.instance_of(dt.date))
    jabatan: Jabatan = attrs.field(validator=v.instance_of(Jabatan))
    profil: ProfilKompetensi | None = attrs.field(
        validator=v.optional(v.instance_of(ProfilKompetensi))
    )
    rincian: tuple[Kesenjangan, ...] = attrs.field(
        converter=v.KeTuple[Kesenjangan], validator=v.tuple_of(Kesenjangan)
    )

    @property
    def kurang(self) -> tuple[Kesenjangan, ...]:
        """The competencies below the standard."""
        return tuple(k for k in self.rincian if not k.terpenuhi)

    @property
    def memenuhi(self) -> bool:
        """Whether every competency of the standard is met."""
        return not self.kurang


def _per_jabatan(standar: Iterable[StandarKompetensi]) -> Mapping[Jabatan, StandarKompetensi]:
    hasil: dict[Jabatan, StandarKompetensi] = {}
    for i, s in enumerate(_daftar("standar", standar, StandarKompetensi)):
        if s.jabatan in hasil:
            raise InvalidValueError(
                _STANDAR_GANDA(letak=f"standar[{i}]", jabatan=repr(s.jabatan.nama))
            )
        hasil[s.jabatan] = s
    return hasil


def kesenjangan_pegawai(
    instansi: Instansi,
    nip: NIP | str,
    tanggal: dt.date,
    standar: Iterable[StandarKompetensi],
    profil: Iterable[ProfilKompetensi],
    kebijakan: KebijakanKompetensi | None = None,
) -> KesenjanganPegawai:
    """The gap analysis of ``nip`` on ``tanggal`` against the standard of the jabatan they
    hold that day (KOM-GAP-01), using the assessment that holds then (KOM-PROFIL-01).

    Raises :class:`~birokrasi.errors.NotFoundError` when ``nip`` holds no placement that day
    or no standard is given for their jabatan.
    """
    v.pastikan_tipe("instansi", instansi, Instansi)
    kunci = _nip_argumen("nip", nip)
    penempatan = instansi.penempatan_pada(kunci, tanggal)
    if penempatan is None:
        raise NotFoundError(
            _TANPA_PENEMPATAN(pegawai=sebut_pengenal(instansi, kunci), tanggal=tanggal)
        )
    milik = _per_jabatan(standar).get(penempatan.jabatan)
    if milik is None:
        raise NotFoundError(_TANPA_STANDAR(jabatan=repr(penempatan.jabatan.nama)))
    berlaku = profil_berlaku(profil, kunci, tanggal, kebijakan)
    return KesenjanganPegawai(
        kunci, tanggal, penempatan.jabatan, berlaku, rincian_kesenjangan(milik.syarat, berlaku)
    )


def periksa_kompetensi(
    instansi: Instansi,
    standar: Iterable[StandarKompetensi],
    profil: Iterable[ProfilKompetensi],
    tanggal: dt.date,
    kebijakan: KebijakanKompetensi | None = None,
) -> tuple[Pelanggaran, ...]:
    """Findings on ``tanggal`` for every pegawai placed that day whose jabatan has a standard:
    KOM-PROFIL-01 when no assessment holds, and KOM-GAP-01 for each competency below the
    standard. A jabatan without a standard is not checked."""
    v.pastikan_tipe("instansi", instansi, Instansi)
    v.pastikan_tipe("tanggal", tanggal, dt.date)
    per_jabatan = _per_jabatan(standar)
    semua = _daftar("profil", profil, ProfilKompetensi)
    aturan = _kebijakan_kompetensi(kebijakan)
    hasil: list[Pelanggaran] = []
    for penempatan in instansi.penempatan_aktif(tanggal):
        milik = per_jabatan.get(penempatan.jabatan)
        if milik is None:
            continue
        subjek = str(penempatan.nip)
        berlaku = profil_berlaku(semua, penempatan.nip, tanggal, aturan)
        if berlaku is None:
            hasil.append(
                Pelanggaran(
                    ATURAN_MASA_BERLAKU_PENILAIAN,
                    subjek,
                    _TANPA_PENILAIAN(tanggal=tanggal, tahun=aturan.masa_berlaku_tahun),
                )
            )
        hasil += [
            Pelanggaran(
                ATURAN_KESENJANGAN,
                subjek,
                _DI_BAWAH(jabatan=penempatan.jabatan.nama, rincian=k.pesan),
            )
            for k in rincian_kesenjangan(milik.syarat, berlaku)
            if not k.terpenuhi
        ]
    return tuple(hasil)


_t = pembuat_templat(__name__)
_RINCIAN = _t("KOM-GAP-01/rincian", "{kompetensi}: needs {dibutuhkan}, has {dimiliki}")
_BELUM_DINILAI = _t("KOM-GAP-01/belum-dinilai", "not assessed")
_DI_BAWAH = _t("KOM-GAP-01/di-bawah-standar", "{jabatan}: {rincian}")
_TANPA_PENILAIAN = _t(
    "KOM-PROFIL-01/tanpa-penilaian",
    "no competency assessment holds on {tanggal} (results hold {tahun} years)",
)
_STANDAR_GANDA = _t("KOM/standar-ganda", "{letak}: a second standard for jabatan {jabatan}")
_TANPA_PENEMPATAN = _t(
    "KOM/tanpa-penempatan", "kesenjangan_pegawai: {pegawai} holds no placement on {tanggal}"
)
_TANPA_STANDAR = _t("KOM/tanpa-standar", "kesenjangan_pegawai: no standard for jabatan {jabatan}")
