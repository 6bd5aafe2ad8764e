"""Rule checks over a valid :class:`~birokrasi.struktur.organisasi.Instansi` at a date:
:func:`periksa_instansi` returns the :class:`~birokrasi.hukum.Pelanggaran` found (golongan
misfits, head posts held by the wrong jenjang, pegawai without atasan or rater, delegations
without effect).
"""

from __future__ import annotations

import datetime as dt

from birokrasi import _validasi as v
from birokrasi.hukum import UU_20_2023, Aturan, Dasar, Keyakinan, Pelanggaran
from birokrasi.struktur.golongan import periksa_golongan
from birokrasi.struktur.organisasi import (
    ATURAN_ATASAN,
    ATURAN_DELEGASI,
    ATURAN_PENILAI,
    Instansi,
)
from birokrasi.struktur.unsur import Penempatan

__all__ = ["ATURAN", "ATURAN_KEPALA", "periksa_instansi"]

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

ATURAN: tuple[Aturan, ...] = (ATURAN_KEPALA,)


def periksa_instansi(instansi: Instansi, tanggal: dt.date) -> tuple[Pelanggaran, ...]:
    """Findings over every placement holding on ``tanggal`` (STR-GOL-01, STR-KEPALA-01,
    STR-ATASAN-01, STR-PENILAI-01) and every delegation in force (STR-PENILAI-02).

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
            jabatan = "no placement" if wakil is None else f"jabatan {wakil.jabatan.nama}"
            hasil.append(
                Pelanggaran(
                    ATURAN_DELEGASI,
                    str(delegasi.dinilai),
                    f"delegation to {delegasi.penilai} has no effect: the delegate holds "
                    f"{jabatan}, not a jabatan manajerial",
                )
            )
    return tuple(hasil)


def _periksa_penempatan(
    instansi: Instansi, penempatan: Penempatan, tanggal: dt.date
) -> list[Pelanggaran]:
    nip = str(penempatan.nip)
    jenjang = penempatan.jabatan.jenjang
    pegawai = instansi.cari_pegawai(penempatan.nip)
    hasil = list(periksa_golongan(jenjang, pegawai.golongan, nip))
    unit = instansi.cari_unit(penempatan.unit)
    if penempatan.kepala and jenjang is not unit.jenjang_kepala:
        assert unit.jenjang_kepala is not None
        hasil.append(
            Pelanggaran(
                ATURAN_KEPALA,
                nip,
                f"holds the head post of {unit.kode!r} ({unit.jenjang_kepala.label}) as "
                f"{jenjang.label}",
            )
        )
    if penempatan.kepala and unit.induk is None:
        return hasil
    if instansi.atasan_langsung(penempatan.nip, tanggal) is None:
        hasil.append(
            Pelanggaran(ATURAN_ATASAN, nip, f"has no atasan langsung on {tanggal.isoformat()}")
        )
    elif instansi.pejabat_penilai(penempatan.nip, tanggal) is None:
        hasil.append(
            Pelanggaran(
                ATURAN_PENILAI,
                nip,
                f"has no Pejabat Penilai Kinerja of at least Pengawas on {tanggal.isoformat()}",
            )
        )
    return hasil
