"""Work teams of the example agency (:mod:`birokrasi.contoh`) in 2025, as pure data.

Three teams formed by the Kepala Dinas on 2 January 2025: *Tim Percepatan SPBE* (owned by
Bidang Aplikasi Informatika, with a Statistisi from another bidang), *Tim Satu Data* (Bidang
Statistik) and *Tim Komunikasi Publik* (Bidang IKP). Dewi Anggraini, a Pranata Komputer Ahli
Muda, leads the SPBE team while sitting in Tim Satu Data, and is moved on 1 July 2025 from
Tim Satu Data to Tim Komunikasi Publik. Names, numbers and SKs are invented.

>>> sistem = tim_kerja()
>>> [t.kode for t in sistem.tim_pegawai(DEWI, dt.date(2025, 6, 30))]
['TIM-SPBE', 'TIM-SATUDATA']
>>> [t.kode for t in sistem.tim_pegawai(DEWI, dt.date(2025, 7, 1))]
['TIM-SPBE', 'TIM-HUMAS']
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from birokrasi.contoh import struktur as contoh
from birokrasi.periode import Periode
from birokrasi.sistem_kerja.matriks import lingkup_tim, pemberi_umpan_balik
from birokrasi.sistem_kerja.penugasan import AsalPenugasan, Penugasan
from birokrasi.sistem_kerja.sistem import SistemKerja
from birokrasi.sistem_kerja.tim_kerja import Keanggotaan, Peran, SuratKeputusan, TimKerja
from birokrasi.struktur.organisasi import Instansi

__all__ = ["DEWI", "TANGGAL_PINDAH", "bagian_sistem_kerja", "tim_kerja"]

KEPALA_DINAS = "197203141998031003"
DEWI = "198302252008012011"
"""Dewi Anggraini, Pranata Komputer Ahli Muda: ketua of one team, member of another."""
TANGGAL_PINDAH = dt.date(2025, 7, 1)
"""The day Dewi moves from Tim Satu Data to Tim Komunikasi Publik."""

_SK = dt.date(2025, 1, 2)
_TAHUN = Periode(_SK, dt.date(2025, 12, 31))
_F = Fraction

# kode, nama, unit, tujuan, nomor SK
_TIM = (
    ("TIM-SPBE", "Tim Percepatan SPBE", "DISKOMINFO.APTIKA",
     "Menyusun arsitektur dan peta rencana SPBE kabupaten", "800/001/DISKOMINFO/2025"),
    ("TIM-SATUDATA", "Tim Satu Data", "DISKOMINFO.STATISTIK",
     "Menyelenggarakan Satu Data kabupaten", "800/002/DISKOMINFO/2025"),
    ("TIM-HUMAS", "Tim Komunikasi Publik", "DISKOMINFO.IKP",
     "Mengelola komunikasi publik program prioritas", "800/003/DISKOMINFO/2025"),
)  # fmt: skip

# NIP, tim, peran, alokasi
_ANGGOTA = (
    (DEWI, "TIM-SPBE", Peran.KETUA, _F(1, 2)),
    ("198406182009031004", "TIM-SPBE", Peran.ANGGOTA, _F(1, 2)),
    ("199512302020122015", "TIM-SPBE", Peran.ANGGOTA, _F(1, 2)),
    ("199609282021031005", "TIM-SPBE", Peran.ANGGOTA, _F(1, 4)),
    ("198604112010012013", "TIM-SATUDATA", Peran.KETUA, _F(1, 2)),
    (DEWI, "TIM-SATUDATA", Peran.ANGGOTA, _F(1, 4)),
    ("199307142019031008", "TIM-SATUDATA", Peran.ANGGOTA, _F(1, 2)),
    ("199201152015032012", "TIM-SATUDATA", Peran.ANGGOTA, _F(1, 2)),
    ("198709092011011002", "TIM-HUMAS", Peran.KETUA, _F(1, 2)),
    ("199402172019032010", "TIM-HUMAS", Peran.ANGGOTA, _F(1, 2)),
    ("199207072022212003", "TIM-HUMAS", Peran.ANGGOTA, _F(1, 2)),
)


def tim_kerja() -> SistemKerja:
    """The example agency's teams, memberships and assignments in 2025, built with the
    aggregate's operations (a new, equal value on every call)."""
    sistem = SistemKerja()
    for kode, nama, unit, tujuan, nomor in _TIM:
        sk = SuratKeputusan(nomor, _SK, KEPALA_DINAS)
        sistem = sistem.bentuk_tim(TimKerja(kode, nama, tujuan, unit, _TAHUN, sk))
    for nip, tim, peran, alokasi in _ANGGOTA:
        sistem = sistem.tambah_anggota(Keanggotaan(nip, tim, peran, _SK, alokasi=alokasi))
    sistem = sistem.pindahkan(DEWI, "TIM-SATUDATA", "TIM-HUMAS", TANGGAL_PINDAH)
    sistem = sistem.tambah_penugasan(
        Penugasan(
            "TGS-2025-01",
            KEPALA_DINAS,
            "Dokumen arsitektur SPBE kabupaten ditetapkan",
            _TAHUN,
            tim="TIM-SPBE",
            rencana_hasil_kerja="RHK-DISKOMINFO-2025-03",
        )
    )
    return sistem.tambah_penugasan(
        Penugasan(
            "TGS-2025-02",
            KEPALA_DINAS,
            "Analisis statistik sektoral untuk dashboard pimpinan",
            Periode(dt.date(2025, 3, 1), dt.date(2025, 8, 31)),
            penerima="199609282021031005",
            asal=AsalPenugasan.PENGAJUAN_SUKARELA,
        )
    )


def _nama(org: Instansi, nip: object) -> str:
    return org.cari_pegawai(str(nip)).nama


def bagian_sistem_kerja(tanggal: dt.date = contoh.TANGGAL_DEMO) -> list[str]:
    """The demo's sistem-kerja section: each team with its scope, ketua and members on
    ``tanggal``, then who may give feedback to Dewi Anggraini that day."""
    org = contoh.instansi()
    sistem = tim_kerja()
    baris = [f"Tim kerja pada {tanggal.isoformat()} (PermenPANRB 7/2022):"]
    for tim in sistem.tim:
        lingkup = lingkup_tim(sistem, org, tim.kode)
        ketua = sistem.ketua_tim(tim.kode, tanggal)
        baris.append(
            f"  {tim.kode} {tim.nama} [{lingkup.label if lingkup else '-'}]; ketua: "
            f"{_nama(org, ketua.nip) if ketua else '-'}"
        )
        for k in sistem.anggota_tim(tim.kode, tanggal):
            alokasi = f"{float(k.alokasi):.0%}" if k.alokasi is not None else "-"
            baris.append(f"    - {_nama(org, k.nip)} ({k.peran.label}, {alokasi})")
    baris.append(f"Pemberi umpan balik bagi {_nama(org, DEWI)}:")
    for p in pemberi_umpan_balik(sistem, org, DEWI, tanggal):
        lewat = f" {p.tim}" if p.tim else ""
        baris.append(f"  - {_nama(org, p.nip)} ({p.sumber.label}{lewat})")
    return baris
