"""Strategies for :mod:`birokrasi.sistem_kerja`: teams, memberships, assignments, whole
:class:`~birokrasi.sistem_kerja.SistemKerja` aggregates (with arbitrary, possibly overlapping
memberships) and sequences of operations to replay with :func:`terapkan`."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import Any

from hypothesis import strategies as st

from birokrasi.periode import Periode
from birokrasi.sistem_kerja.penugasan import AsalPenugasan, Penugasan
from birokrasi.sistem_kerja.sistem import SistemKerja
from birokrasi.sistem_kerja.tim_kerja import Keanggotaan, Peran, SuratKeputusan, TimKerja
from birokrasi.struktur.jabatan import Jabatan, Jenjang
from birokrasi.struktur.nip import NIP
from birokrasi.struktur.organisasi import Instansi
from birokrasi.struktur.unsur import Pegawai, Penempatan, UnitOrganisasi
from birokrasi.testing._struktur import AKHIR, AWAL, nip

__all__ = [
    "PENETAP_UJI",
    "instansi_uji",
    "keanggotaan",
    "kumpulan_nip",
    "operasi",
    "penugasan",
    "sistem_kerja",
    "terapkan",
    "tim_kerja",
]


PENETAP_UJI = NIP("197001011995031999")
"""The head of :func:`instansi_uji`'s root unit."""

Operasi = tuple[str, tuple[Any, ...], dict[str, Any]]
"""An operation: the name of a :class:`SistemKerja` method, its arguments and keywords."""


def kumpulan_nip(jumlah: int = 6) -> st.SearchStrategy[list[NIP]]:
    """``jumlah`` distinct NIPs."""
    return st.tuples(*(nip(nomor_urut=i + 1) for i in range(jumlah))).map(list)


@st.composite
def _periode(draw: st.DrawFn) -> Periode:
    mulai = draw(st.dates(AWAL, AKHIR))
    return Periode(mulai, draw(st.dates(mulai, AKHIR)))


@st.composite
def tim_kerja(
    draw: st.DrawFn, kode: str = "T0", unit: str = "U0", penetap: NIP | None = None
) -> TimKerja:
    """A team over a periode inside 2024-2025, its SK dated on its first day."""
    periode = draw(_periode())
    kepala = penetap if penetap is not None else draw(nip(nomor_urut=999))
    sk = SuratKeputusan(f"SK/{kode}", periode.mulai, kepala)
    return TimKerja(kode, f"Tim {kode}", "Tujuan tim", unit, periode, sk)


@st.composite
def keanggotaan(draw: st.DrawFn, tim: Sequence[str], orang: Sequence[NIP]) -> Keanggotaan:
    """A membership of one of ``orang`` in one of ``tim``, possibly open-ended, sometimes with
    a share of working time, rarely from another instansi."""
    mulai = draw(st.dates(AWAL, AKHIR))
    selesai = draw(st.none() | st.dates(mulai, AKHIR))
    alokasi = draw(st.none() | st.sampled_from([Fraction(1, 4), Fraction(1, 2), Fraction(1)]))
    instansi = draw(st.sampled_from([None, None, None, "INSTANSI-LAIN"]))
    return Keanggotaan(
        draw(st.sampled_from(orang)),
        draw(st.sampled_from(tim)),
        draw(st.sampled_from(Peran)),
        mulai,
        selesai,
        alokasi=alokasi,
        instansi=instansi,
    )


@st.composite
def penugasan(draw: st.DrawFn, kode: str, tim: Sequence[str], orang: Sequence[NIP]) -> Penugasan:
    """An assignment from one of ``orang`` to another of them or to one of ``tim``."""
    pemberi = draw(st.sampled_from(orang))
    lain = [o for o in orang if o != pemberi]
    ke_tim = not lain or draw(st.booleans())
    return Penugasan(
        kode,
        pemberi,
        "Hasil kerja",
        draw(_periode()),
        penerima=None if ke_tim else draw(st.sampled_from(lain)),
        tim=draw(st.sampled_from(tim)) if ke_tim else None,
        asal=draw(st.sampled_from(AsalPenugasan)),
    )


@st.composite
def sistem_kerja(
    draw: st.DrawFn,
    orang: Sequence[NIP] | None = None,
    max_tim: int = 4,
    max_anggota: int = 25,
    unit: Sequence[str] = ("U0",),
) -> SistemKerja:
    """A valid aggregate with arbitrary memberships (overlaps and breaches included)."""
    pool = list(orang) if orang is not None else draw(kumpulan_nip())
    jumlah = draw(st.integers(1, max_tim))
    tim = [draw(tim_kerja(f"T{i}", draw(st.sampled_from(unit)))) for i in range(jumlah)]
    kode = [t.kode for t in tim]
    anggota = draw(st.lists(keanggotaan(kode, pool), max_size=max_anggota))
    tugas = [draw(penugasan(f"P{i}", kode, pool)) for i in range(draw(st.integers(0, 4)))]
    return SistemKerja(tim, anggota, tugas)


@st.composite
def operasi(draw: st.DrawFn, tim: Sequence[str], orang: Sequence[NIP]) -> Operasi:
    """One operation on an aggregate with teams ``tim`` and pegawai ``orang``; it may be
    refused (a :class:`~birokrasi.errors.BirokrasiError`) by the current state."""
    tanggal = draw(st.dates(AWAL, AKHIR))
    siapa = draw(st.sampled_from(orang))
    a, b = draw(st.sampled_from(tim)), draw(st.sampled_from(tim))
    pilihan: list[Operasi] = [
        ("tambah_anggota", (Keanggotaan(siapa, a, draw(st.sampled_from(Peran)), tanggal),), {}),
        ("akhiri_keanggotaan", (siapa, a, tanggal), {}),
        ("pindahkan", (siapa, a, b, tanggal), {}),
        ("ganti_ketua", (a, siapa, tanggal), {"lama_jadi_anggota": draw(st.booleans())}),
        ("bubarkan_tim", (a, tanggal), {}),
    ]
    return draw(st.sampled_from(pilihan))


def instansi_uji(unit: Sequence[str] = ("U0",)) -> Instansi:
    """An instansi holding the units ``unit`` under one root unit whose head,
    :data:`PENETAP_UJI`, may change any team in them (SK-TIM-10): the structure to
    :func:`terapkan` generated operations against."""
    akar = UnitOrganisasi("AKAR-UJI", "Unit uji", jenjang_kepala=Jenjang.JPT_MADYA)
    anak = [UnitOrganisasi(u, f"Unit {u}", akar.kode) for u in dict.fromkeys(unit)]
    kepala = Penempatan(
        PENETAP_UJI, Jabatan("Kepala unit uji", Jenjang.JPT_MADYA), akar.kode, AWAL, kepala=True
    )
    return Instansi("Instansi uji", [akar, *anak], [Pegawai(PENETAP_UJI, "Penetap")], [kepala])


def terapkan(
    sistem: SistemKerja,
    langkah: Operasi,
    *,
    oleh: NIP | str = PENETAP_UJI,
    instansi: Instansi | None = None,
) -> SistemKerja:
    """Apply one operation by ``oleh`` against ``instansi`` (default: :func:`instansi_uji`
    over the units of ``sistem``'s teams); raises what the operation raises."""
    nama, args, kwargs = langkah
    if instansi is None:
        instansi = instansi_uji([t.unit for t in sistem.tim] or ["U0"])
    hasil: SistemKerja = getattr(sistem, nama)(*args, **kwargs, oleh=oleh, instansi=instansi)
    return hasil
