"""Strategies for perencanaan kinerja (:mod:`birokrasi.kinerja.perencanaan.skp`): targets,
indicators, RHKs, SKPs and cascaded sets of SKPs (a JPT's SKP, the SKPs of the staff who intervene
it, and optionally a third level)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import strategies as st

from birokrasi.kinerja.perencanaan.perilaku import (
    EkspektasiKhususPimpinan,
    NilaiBerakhlak,
    PerilakuKerja,
)
from birokrasi.kinerja.perencanaan.skp import (
    SKP,
    Aspek,
    IndikatorKinerja,
    JenisHasilKerja,
    Pendekatan,
    Perspektif,
    RencanaHasilKerja,
    RujukanRHK,
    Target,
)
from birokrasi.periode import Periode
from birokrasi.struktur.jabatan import Jabatan, Jenjang
from birokrasi.struktur.nip import JenisASN
from birokrasi.struktur.potret import PotretPegawai
from birokrasi.testing._struktur import nip

__all__ = [
    "indikator_kinerja",
    "nilai_berakhlak",
    "perilaku_kerja",
    "potret_pegawai",
    "rencana_hasil_kerja",
    "skp",
    "skp_berjenjang",
    "target",
]

_TAHUN = 2025
_KATA = st.text(
    alphabet=st.characters(whitelist_categories=("L", "N"), whitelist_characters=" -"),
    min_size=1,
    max_size=30,
).filter(lambda s: s.strip() != "")
_KUNCI = _KATA.map(str.strip)
"""A key: words without surrounding whitespace (keys are compared exactly)."""
_ANGKA = st.decimals(min_value=0, max_value=10_000, allow_nan=False, places=2)


def nilai_berakhlak() -> st.SearchStrategy[NilaiBerakhlak]:
    """Any :class:`NilaiBerakhlak`."""
    return st.sampled_from(NilaiBerakhlak)


@st.composite
def target(draw: st.DrawFn, kualitatif: bool | None = None) -> Target:
    """A valid :class:`Target`: numeric or a range (``kualitatif=False``), in words (True)."""
    if kualitatif is None:
        kualitatif = draw(st.booleans())
    if kualitatif:
        return Target.kualitatif(draw(_KATA))
    satuan = draw(st.sampled_from(["dokumen", "%", "laporan", "kegiatan", "bulan"]))
    if draw(st.booleans()):
        return Target.angka(draw(_ANGKA), satuan)
    a, b = sorted((draw(_ANGKA), draw(_ANGKA)))
    return Target.rentang(a, b, satuan)


@st.composite
def indikator_kinerja(draw: st.DrawFn, kualitatif: bool | None = None) -> IndikatorKinerja:
    """A valid :class:`IndikatorKinerja`."""
    t = draw(target(kualitatif))
    aspek = None if t.is_kualitatif else draw(st.none() | st.sampled_from(Aspek))
    return IndikatorKinerja(draw(_KATA), t, aspek=aspek)


@st.composite
def rencana_hasil_kerja(
    draw: st.DrawFn,
    kode: str | None = None,
    *,
    kualitatif: bool | None = None,
    intervensi: RujukanRHK | None = None,
    jpt: bool = False,
) -> RencanaHasilKerja:
    """A valid RHK; for ``jpt`` with a perspektif and a Perjanjian Kinerja line."""
    return RencanaHasilKerja(
        kode if kode is not None else draw(_KUNCI),
        draw(_KATA),
        draw(st.lists(indikator_kinerja(kualitatif), min_size=1, max_size=3)),
        jenis=JenisHasilKerja.UTAMA
        if jpt or intervensi
        else draw(st.sampled_from(JenisHasilKerja)),
        intervensi=intervensi,
        perspektif=draw(st.sampled_from(Perspektif)) if jpt else None,
        perjanjian_kinerja=f"PK {draw(_KATA)}" if jpt else None,
    )


@st.composite
def perilaku_kerja(draw: st.DrawFn) -> PerilakuKerja:
    """Perilaku kerja with ekspektasi khusus for a random subset of the values."""
    nilai = draw(st.lists(nilai_berakhlak(), unique=True, max_size=7))
    return PerilakuKerja([EkspektasiKhususPimpinan(n, draw(_KATA)) for n in nilai])


@st.composite
def potret_pegawai(
    draw: st.DrawFn, jenjang: Jenjang | None = None, nomor_urut: int | None = None
) -> PotretPegawai:
    """A snapshot of a (fictional) pegawai holding a jabatan of ``jenjang`` in 2025, appointed
    before it."""
    j = jenjang if jenjang is not None else draw(st.sampled_from(Jenjang))
    return PotretPegawai(
        draw(nip(JenisASN.PNS, nomor_urut, diangkat_sampai=_TAHUN - 1)),
        draw(_KATA),
        Jabatan(f"Jabatan {j.label}", j),
        "UNIT",
        dt.date(_TAHUN, 1, 1),
        kepala=j.is_manajerial,
    )


@st.composite
def skp(
    draw: st.DrawFn,
    kode: str = "SKP-1",
    *,
    pegawai: PotretPegawai | None = None,
    penilai: PotretPegawai | None = None,
    periode: Periode | None = None,
    pendekatan: Pendekatan | None = None,
) -> SKP:
    """A draft :class:`SKP` that passes the single-SKP content checks (not the cascade)."""
    pegawai = pegawai if pegawai is not None else draw(potret_pegawai(nomor_urut=1))
    penilai = penilai if penilai is not None else draw(potret_pegawai(nomor_urut=2))
    pendekatan = pendekatan if pendekatan is not None else draw(st.sampled_from(Pendekatan))
    kualitatif = pendekatan is Pendekatan.KUALITATIF
    jpt = pegawai.jenjang.is_pimpinan_tinggi
    n = draw(st.integers(1, 4))
    rhk = [
        draw(
            rencana_hasil_kerja(
                f"RHK-{i}",
                kualitatif=kualitatif,
                jpt=jpt,
                intervensi=None if jpt else RujukanRHK("SKP-ATASAN", "RHK-1"),
            )
        )
        for i in range(1, n + 1)
    ]
    return SKP(
        kode,
        pegawai,
        penilai,
        periode if periode is not None else Periode.tahun(_TAHUN),
        pendekatan,
        rhk,
        perilaku=draw(perilaku_kerja()),
    )


@st.composite
def skp_berjenjang(draw: st.DrawFn, max_staf: int = 5, tingkat: int = 2) -> list[SKP]:
    """A cascaded set for one unit and 2025: a JPT's SKP (rated from outside), the SKPs of up
    to ``max_staf`` staff rated by the JPT whose utama RHKs each intervene one of the JPT's
    RHKs, and (``tingkat=3``) staff of one of them. Keys are unique; no orphans or cycles."""
    urut = iter(range(10, 999))
    kepala = draw(potret_pegawai(Jenjang.JPT_PRATAMA, next(urut)))
    luar = draw(potret_pegawai(Jenjang.JPT_MADYA, next(urut)))
    atas = draw(skp("SKP-JPT", pegawai=kepala, penilai=luar, pendekatan=Pendekatan.KUANTITATIF))
    hasil = [atas]
    jenjang_staf = (Jenjang.ADMINISTRATOR, Jenjang.AHLI_MUDA, Jenjang.AHLI_PERTAMA, Jenjang.MAHIR)
    pimpinan = [atas]
    for lapis in range(1, tingkat):
        bawah: list[SKP] = []
        for induk in pimpinan:
            for s in range(draw(st.integers(0 if lapis > 1 else 1, max_staf))):
                staf = draw(potret_pegawai(draw(st.sampled_from(jenjang_staf)), next(urut)))
                n = draw(st.integers(1, 3))
                rhk = [
                    RencanaHasilKerja(
                        f"RHK-{i}",
                        draw(_KATA),
                        [IndikatorKinerja(draw(_KATA), Target.angka(Decimal(i), "dokumen"))],
                        intervensi=RujukanRHK(
                            induk.kode, draw(st.sampled_from(induk.hasil_kerja)).kode
                        ),
                    )
                    for i in range(1, n + 1)
                ]
                bawah.append(
                    SKP(
                        f"{induk.kode}.{s}",
                        staf,
                        induk.pegawai,
                        Periode.tahun(_TAHUN),
                        Pendekatan.KUANTITATIF,
                        rhk,
                    )
                )
        hasil += bawah
        pimpinan = bawah[:1]
    return hasil
