"""Strategies for :mod:`birokrasi.struktur`: NIPs (PNS and PPPK), jenjang, golongan, eselon,
jabatan, pegawai, unit trees and whole :class:`~birokrasi.struktur.Instansi` values with
placement histories."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from birokrasi.struktur.eselon import Eselon
from birokrasi.struktur.golongan import Golongan
from birokrasi.struktur.jabatan import Jabatan, Jenjang
from birokrasi.struktur.nip import NIP, JenisASN
from birokrasi.struktur.organisasi import Instansi
from birokrasi.struktur.unsur import Delegasi, Pegawai, Penempatan, UnitOrganisasi

__all__ = [
    "eselon",
    "golongan",
    "instansi",
    "jabatan",
    "jenjang",
    "nip",
    "pegawai",
    "unit_organisasi",
]

AWAL = dt.date(2024, 1, 1)
AKHIR = dt.date(2025, 12, 31)
_MANAJERIAL = tuple(j for j in Jenjang if j.is_manajerial)


def jenjang() -> st.SearchStrategy[Jenjang]:
    """Any :class:`Jenjang`."""
    return st.sampled_from(Jenjang)


def golongan() -> st.SearchStrategy[Golongan]:
    """Any :class:`Golongan`."""
    return st.sampled_from(Golongan)


def eselon() -> st.SearchStrategy[Eselon]:
    """Any :class:`Eselon`."""
    return st.sampled_from(Eselon)


@st.composite
def nip(
    draw: st.DrawFn,
    jenis: JenisASN | None = None,
    nomor_urut: int | None = None,
    *,
    diangkat_sampai: int = 2030,
) -> NIP:
    """A valid NIP (PNS) or NI PPPK; ``nomor_urut`` fixes digits 16-18 (for unique keys) and
    ``diangkat_sampai`` is the last year of appointment drawn (any age at appointment: a
    young one is valid data that :func:`~birokrasi.struktur.nip.periksa_nip` reports)."""
    jenis = jenis if jenis is not None else draw(st.sampled_from(JenisASN))
    lahir = draw(st.dates(dt.date(1940, 1, 1), dt.date(min(2009, diangkat_sampai - 1), 12, 31)))
    tahun = draw(st.integers(lahir.year + 1, diangkat_sampai))
    kode = draw(st.integers(1, 12)) if jenis is JenisASN.PNS else draw(st.integers(21, 29))
    kelamin = draw(st.sampled_from("12"))
    urut = nomor_urut if nomor_urut is not None else draw(st.integers(1, 999))
    return NIP(f"{lahir:%Y%m%d}{tahun:04d}{kode:02d}{kelamin}{urut:03d}")


@st.composite
def jabatan(draw: st.DrawFn, jenjang_: Jenjang | None = None) -> Jabatan:
    """A :class:`Jabatan` of ``jenjang_`` (any jenjang when ``None``)."""
    pilih = jenjang_ if jenjang_ is not None else draw(jenjang())
    nama = draw(st.sampled_from(["Pranata Komputer", "Analis Kebijakan", "Statistisi", "Kepala"]))
    return Jabatan(f"{nama} {pilih.label}", pilih)


@st.composite
def pegawai(draw: st.DrawFn, nomor_urut: int | None = None) -> Pegawai:
    """A PNS (with an optional golongan, sometimes outside its JF range) or a PPPK."""
    kunci = draw(nip(nomor_urut=nomor_urut))
    gol = None if kunci.jenis_asn is JenisASN.PPPK else draw(st.none() | golongan())
    nama = draw(st.sampled_from(["Ani", "Budi", "Citra", "Dedi", "Eka"]))
    return Pegawai(kunci, nama, gol)


@st.composite
def unit_organisasi(draw: st.DrawFn, max_size: int = 8) -> tuple[UnitOrganisasi, ...]:
    """A unit tree: the root ``U0`` has a JPT head post; every later unit hangs under an
    earlier one and may have a head post or none."""
    jumlah = draw(st.integers(1, max_size))
    hasil = [UnitOrganisasi("U0", "Unit 0", jenjang_kepala=draw(st.sampled_from(_MANAJERIAL)))]
    for i in range(1, jumlah):
        induk = draw(st.integers(0, i - 1))
        kepala = draw(st.none() | st.sampled_from(_MANAJERIAL))
        hasil.append(UnitOrganisasi(f"U{i}", f"Unit {i}", f"U{induk}", jenjang_kepala=kepala))
    return tuple(hasil)


@st.composite
def _jangka(draw: st.DrawFn, mulai: dt.date) -> tuple[dt.date, dt.date | None]:
    selesai = draw(st.none() | st.dates(mulai, AKHIR))
    return mulai, selesai


@st.composite
def instansi(
    draw: st.DrawFn, max_unit: int = 8, max_pegawai: int = 15, kepala_akar_tetap: bool = False
) -> Instansi:
    """A valid :class:`Instansi` over 2024-2025: each pegawai gets up to three consecutive
    placements, some as the head of a unit whose head post is free; some delegations.

    With ``kepala_akar_tetap`` an extra pegawai heads the root unit throughout, so every other
    placed pegawai has an atasan langsung.
    """
    units = draw(unit_organisasi(max_unit))
    jumlah = draw(st.integers(0, max_pegawai))
    orang = [draw(pegawai(nomor_urut=i + 1)) for i in range(jumlah)]
    kepala_terisi: dict[str, list[tuple[dt.date, dt.date | None]]] = {}
    penempatan: list[Penempatan] = []
    if kepala_akar_tetap:
        akar = Pegawai(draw(nip(nomor_urut=999)), "Kepala")
        orang.append(akar)
        akar_jenjang = units[0].jenjang_kepala
        assert akar_jenjang is not None
        penempatan.append(
            Penempatan(akar.nip, Jabatan("Kepala", akar_jenjang), "U0", AWAL, None, kepala=True)
        )
        kepala_terisi["U0"] = [(AWAL, None)]
    for p in orang[:jumlah]:
        mulai = draw(st.dates(AWAL, AKHIR))
        for _ in range(draw(st.integers(0, 3))):
            mulai, selesai = draw(_jangka(mulai))
            unit = draw(st.sampled_from(units))
            kepala = unit.jenjang_kepala is not None and draw(st.booleans())
            if kepala and _bebas(kepala_terisi.get(unit.kode, []), mulai, selesai):
                kepala_terisi.setdefault(unit.kode, []).append((mulai, selesai))
                jenjang_ = unit.jenjang_kepala if draw(st.booleans()) else draw(jenjang())
            else:
                kepala = False
                jenjang_ = draw(st.sampled_from([j for j in Jenjang if not j.is_manajerial]))
            assert jenjang_ is not None
            penempatan.append(
                Penempatan(p.nip, draw(jabatan(jenjang_)), unit.kode, mulai, selesai, kepala=kepala)
            )
            if selesai is None or selesai >= AKHIR:
                break
            mulai = selesai + dt.timedelta(days=1)
    delegasi: list[Delegasi] = []
    if len(orang) >= 2:
        for dinilai in draw(st.lists(st.sampled_from(orang), max_size=3, unique=True)):
            penilai = draw(st.sampled_from([o for o in orang if o is not dinilai]))
            mulai, selesai = draw(_jangka(draw(st.dates(AWAL, AKHIR))))
            delegasi.append(Delegasi(penilai.nip, dinilai.nip, mulai, selesai))
    return Instansi("Instansi Uji", units, orang, penempatan, delegasi)


def _bebas(
    terisi: list[tuple[dt.date, dt.date | None]], mulai: dt.date, selesai: dt.date | None
) -> bool:
    ujung = selesai or dt.date.max
    return all(mulai > (s or dt.date.max) or ujung < m for m, s in terisi)
