"""Rule checks over a valid :class:`~birokrasi.struktur.organisasi.Instansi` at a date:
:func:`periksa_instansi` returns the :class:`~birokrasi.hukum.Pelanggaran` found (golongan
misfits, head posts held by the wrong jenjang, pegawai without atasan or rater, delegations
without effect, placements before the appointment their NIP shows, appointments before the
minimum age).
"""

from __future__ import annotations

import datetime as dt

from birokrasi import _validasi as v
from birokrasi.hukum import UU_20_2023, Aturan, Dasar, Keyakinan, Pelanggaran
from birokrasi.pesan import pembuat_templat
from birokrasi.struktur.golongan import periksa_golongan
from birokrasi.struktur.nip import periksa_nip
from birokrasi.struktur.organisasi import (
    ATURAN_ATASAN,
    ATURAN_ATASAN_LUAR,
    ATURAN_DELEGASI,
    ATURAN_PENILAI,
    Instansi,
)
from birokrasi.struktur.unsur import Penempatan

__all__ = ["ATURAN", "ATURAN_KEPALA", "ATURAN_SEJAK_PENGANGKATAN", "periksa_instansi"]

ATURAN_KEPALA = Aturan(
    kode="STR-KEPALA-01",
    uraian=(
        "Kepala unit organisasi menduduki jabatan manajerial sesuai jenjang jabatan kepala unit."
    ),
    summary=(
        "A unit's head post is held by a pegawai whose jabatan has the jenjang of that post "
        "(a JF or pelaksana acting as head is a finding)."
    ),
    dasar=Dasar(
        UU_20_2023,
        pasal="14",
        keyakinan=Keyakinan.SEKUNDER,
        tafsiran=(
            "UU 20/2023 makes leading a unit the mark of a jabatan manajerial; checking that the "
            "holder's jenjang equals the post's is the library's reading. Acting heads (Plt) are "
            "allowed but reported."
        ),
    ),
)

ATURAN_SEJAK_PENGANGKATAN = Aturan(
    kode="STR-PENEMPATAN-01",
    uraian=(
        "Pegawai ASN menduduki jabatan sejak diangkat: penempatan tidak dimulai sebelum TMT "
        "pengangkatan yang tertera pada NIP."
    ),
    summary=(
        "A placement does not start before the appointment its NIP shows: the TMT CPNS of a "
        "PNS, 1 January of the appointment year of a PPPK."
    ),
    dasar=Dasar(
        UU_20_2023,
        pasal="1",
        keyakinan=Keyakinan.SEKUNDER,
        kutipan=(
            "Pegawai Aparatur Sipil Negara yang selanjutnya disebut pegawai ASN adalah pegawai "
            "negeri sipil dan pegawai pemerintah dengan perjanjian kerja yang diangkat oleh "
            "pejabat pembina kepegawaian"
        ),
        sumber=(
            "lahatpos.disway.id/amp/645555/sekarang-pns-dan-pppk-panggilannya-pegawai-asn-"
            "presiden-jokowi-sahkan-undang-undang-terbaru (a news summary of Pasal 1, which goes "
            "on: 'diserahi tugas dalam suatu jabatan pemerintahan')"
        ),
        tafsiran=(
            "A pegawai ASN is appointed and then given a jabatan, so a placement before the "
            "appointment is a data error (a TMT typed wrong, or the placement of someone not "
            "yet appointed). The NIP holds the TMT CPNS month (read as its 1st) and only the "
            "year of a NI PPPK (read as 1 January, the earliest it can be). Reading a PPPK code "
            "at or below 12 as a PNS month (audit R8) can move that date later within the year."
        ),
    ),
)

ATURAN: tuple[Aturan, ...] = (ATURAN_KEPALA, ATURAN_SEJAK_PENGANGKATAN)


def periksa_instansi(instansi: Instansi, tanggal: dt.date) -> tuple[Pelanggaran, ...]:
    """Findings over every placement holding on ``tanggal`` (STR-GOL-01, STR-KEPALA-01,
    STR-ATASAN-01, STR-ATASAN-02 for the head of the root unit, STR-PENILAI-01,
    STR-PENEMPATAN-01), the NIP of every pegawai so placed
    (STR-NIP-03) and every delegation in force (STR-PENILAI-02).

    >>> from birokrasi import contoh
    >>> sorted({p.kode for p in periksa_instansi(contoh.instansi(), dt.date(2025, 6, 30))})
    ['STR-GOL-01']
    """
    v.pastikan_tipe("instansi", instansi, Instansi)
    v.pastikan_tipe("tanggal", tanggal, dt.date)
    hasil: list[Pelanggaran] = []
    for penempatan in instansi.penempatan_aktif(tanggal):
        hasil.extend(_periksa_penempatan(instansi, penempatan, tanggal))
    for delegasi in instansi.delegasi:
        if not delegasi.aktif_pada(tanggal):
            continue
        wakil = instansi.penempatan_pada(delegasi.penilai, tanggal)
        if wakil is None or not wakil.jabatan.jenjang.is_manajerial:
            penilai = instansi.cari_pegawai(delegasi.penilai).nama
            pesan = (
                _DELEGASI_TANPA_PENEMPATAN(nip=delegasi.penilai, pegawai=penilai)
                if wakil is None
                else _DELEGASI_BUKAN_MANAJERIAL(
                    nip=delegasi.penilai, pegawai=penilai, jabatan=wakil.jabatan.nama
                )
            )
            hasil.append(Pelanggaran(ATURAN_DELEGASI, str(delegasi.dinilai), pesan))
    return tuple(hasil)


def _periksa_penempatan(
    instansi: Instansi, penempatan: Penempatan, tanggal: dt.date
) -> list[Pelanggaran]:
    nip = str(penempatan.nip)
    jenjang = penempatan.jabatan.jenjang
    pegawai = instansi.cari_pegawai(penempatan.nip)
    hasil = [*periksa_nip(penempatan.nip), *_sejak_pengangkatan(penempatan, pegawai.nama)]
    hasil += periksa_golongan(jenjang, pegawai.golongan, nip)
    unit = instansi.cari_unit(penempatan.unit)
    if penempatan.kepala and jenjang is not unit.jenjang_kepala:
        assert unit.jenjang_kepala is not None
        hasil.append(
            Pelanggaran(
                ATURAN_KEPALA,
                nip,
                _KEPALA(
                    pegawai=pegawai.nama,
                    unit=unit.kode,
                    jenjang_kepala=unit.jenjang_kepala,
                    jenjang=jenjang,
                ),
            )
        )
    if (
        instansi.atasan_langsung(penempatan.nip, tanggal) is None
        and penempatan.kepala
        and (unit.induk is None)
    ):
        hasil.append(
            Pelanggaran(ATURAN_ATASAN_LUAR, nip, _AKAR(pegawai=pegawai.nama, tanggal=tanggal))
        )
    elif instansi.atasan_langsung(penempatan.nip, tanggal) is None:
        hasil.append(
            Pelanggaran(ATURAN_ATASAN, nip, _TANPA_ATASAN(pegawai=pegawai.nama, tanggal=tanggal))
        )
    elif instansi.pejabat_penilai(penempatan.nip, tanggal) is None:
        hasil.append(
            Pelanggaran(ATURAN_PENILAI, nip, _TANPA_PENILAI(pegawai=pegawai.nama, tanggal=tanggal))
        )
    return hasil


def _sejak_pengangkatan(penempatan: Penempatan, nama: str) -> list[Pelanggaran]:
    """STR-PENEMPATAN-01: the placement starts on or after the appointment its NIP shows."""
    nip = penempatan.nip
    awal = nip.awal_pengangkatan
    if penempatan.mulai >= awal:
        return []
    pesan = (
        _SEBELUM_TMT(pegawai=nama, unit=penempatan.unit, mulai=penempatan.mulai, tmt=awal)
        if nip.tmt is not None
        else _SEBELUM_PPPK(
            pegawai=nama, unit=penempatan.unit, mulai=penempatan.mulai, tahun=nip.tahun_pengangkatan
        )
    )
    return [Pelanggaran(ATURAN_SEJAK_PENGANGKATAN, str(nip), pesan)]


_t = pembuat_templat(__name__)
_DELEGASI_TANPA_PENEMPATAN = _t(
    "STR-PENILAI-02/tanpa-penempatan",
    "delegation to {nip} ({pegawai}) has no effect: the delegate holds no placement, not a "
    "jabatan manajerial",
)
_DELEGASI_BUKAN_MANAJERIAL = _t(
    "STR-PENILAI-02/bukan-manajerial",
    "delegation to {nip} ({pegawai}) has no effect: the delegate holds jabatan {jabatan}, not a "
    "jabatan manajerial",
)
_KEPALA = _t(
    "STR-KEPALA-01/jenjang-kepala",
    "{pegawai} holds the head post of '{unit}' ({jenjang_kepala}) as {jenjang}",
)
_AKAR = _t(
    "STR-ATASAN-02/kepala-akar",
    "{pegawai} heads the root unit and nobody is declared above it on {tanggal} "
    "(Instansi.tambah_pejabat_luar): nobody may set, rate or decide for them",
)
_TANPA_ATASAN = _t("STR-ATASAN-01/tanpa-atasan", "{pegawai} has no atasan langsung on {tanggal}")
_TANPA_PENILAI = _t(
    "STR-PENILAI-01/tanpa-penilai",
    "{pegawai} has no Pejabat Penilai Kinerja of at least Pengawas on {tanggal}",
)
_SEBELUM_TMT = _t(
    "STR-PENEMPATAN-01/sebelum-tmt",
    "placement of {pegawai} in '{unit}' from {mulai} starts before the appointment (TMT CPNS "
    "{tmt})",
)
_SEBELUM_PPPK = _t(
    "STR-PENEMPATAN-01/sebelum-pppk",
    "placement of {pegawai} in '{unit}' from {mulai} starts before the appointment (appointed "
    "as calon PPPK in {tahun})",
)
