"""The example agency's work teams in 2025 (:mod:`birokrasi.contoh`), as pure data.

*Part of the year:* January to December 2025. On 2 January the Kepala Dinas signs three SKs
forming *Tim Percepatan SPBE* (owned by Bidang Aplikasi Informatika, with a Statistisi from
another bidang), *Tim Satu Data* (Bidang Statistik) and *Tim Komunikasi Publik* (Bidang IKP).
Dewi Anggraini leads the SPBE team while sitting in Tim Satu Data, and is moved on 1 July from
Tim Satu Data to Tim Komunikasi Publik; the Kepala Dinas assigns one result to the SPBE team
and takes up a Statistisi's offer of extra work.

*Rules it illustrates:* each team has one ketua at a time (SK-TIM-01), its penetap heads a unit
above every member (SK-TIM-04), a pegawai's shares of working time in simultaneous teams add
up to at most 100% (SK-TIM-07), a move ends one membership and starts another (the past is
kept), and a ketua tim may give feedback to the members of the team (KIN-UB-01). Names,
numbers and SKs are invented.

>>> sistem = tim_kerja()
>>> [tim.kode for tim in sistem.tim_pegawai(DEWI, dt.date(2025, 6, 30))]
['TIM-SPBE', 'TIM-SATUDATA']
>>> [tim.kode for tim in sistem.tim_pegawai(DEWI, dt.date(2025, 7, 1))]
['TIM-SPBE', 'TIM-HUMAS']
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from birokrasi.contoh import struktur as contoh
from birokrasi.contoh.struktur import (
    ANDI,
    DEWI,
    FAJAR,
    IRFAN,
    KEPALA_DINAS,
    LINA,
    MAYA,
    PUTRI,
    RATNA,
    SEKRETARIS,
    SITI,
    YUSUF,
)
from birokrasi.errors import AuthorityError
from birokrasi.periode import Periode
from birokrasi.pesan import pembuat_templat
from birokrasi.sistem_kerja.kewenangan import pastikan_wewenang_tim
from birokrasi.sistem_kerja.matriks import lingkup_tim, pemberi_umpan_balik
from birokrasi.sistem_kerja.penugasan import AsalPenugasan, Penugasan
from birokrasi.sistem_kerja.sistem import SistemKerja
from birokrasi.sistem_kerja.tim_kerja import Keanggotaan, Peran, SuratKeputusan, TimKerja
from birokrasi.struktur.organisasi import Instansi

__all__ = ["DEWI", "TANGGAL_PINDAH", "bagian_sistem_kerja", "tim_kerja"]

TANGGAL_PINDAH = dt.date(2025, 7, 1)
"""The day Dewi moves from Tim Satu Data to Tim Komunikasi Publik."""

_TANGGAL_SK = dt.date(2025, 1, 2)
_MASA_TIM = Periode(_TANGGAL_SK, dt.date(2025, 12, 31))

_TIM = (
    TimKerja(
        "TIM-SPBE",
        "Tim Percepatan SPBE",
        "Menyusun arsitektur dan peta rencana SPBE kabupaten",
        "DISKOMINFO.APTIKA",
        _MASA_TIM,
        SuratKeputusan("800/001/DISKOMINFO/2025", _TANGGAL_SK, KEPALA_DINAS),
    ),
    TimKerja(
        "TIM-SATUDATA",
        "Tim Satu Data",
        "Menyelenggarakan Satu Data kabupaten",
        "DISKOMINFO.STATISTIK",
        _MASA_TIM,
        SuratKeputusan("800/002/DISKOMINFO/2025", _TANGGAL_SK, KEPALA_DINAS),
    ),
    TimKerja(
        "TIM-HUMAS",
        "Tim Komunikasi Publik",
        "Mengelola komunikasi publik program prioritas",
        "DISKOMINFO.IKP",
        _MASA_TIM,
        SuratKeputusan("800/003/DISKOMINFO/2025", _TANGGAL_SK, KEPALA_DINAS),
    ),
)

# Every membership starts with the SK; alokasi is the share of the member's working time.
_ANGGOTA = (
    Keanggotaan(DEWI, "TIM-SPBE", Peran.KETUA, _TANGGAL_SK, alokasi=Fraction(1, 2)),
    Keanggotaan(YUSUF, "TIM-SPBE", Peran.ANGGOTA, _TANGGAL_SK, alokasi=Fraction(1, 2)),
    Keanggotaan(PUTRI, "TIM-SPBE", Peran.ANGGOTA, _TANGGAL_SK, alokasi=Fraction(1, 2)),
    Keanggotaan(IRFAN, "TIM-SPBE", Peran.ANGGOTA, _TANGGAL_SK, alokasi=Fraction(1, 4)),
    Keanggotaan(RATNA, "TIM-SATUDATA", Peran.KETUA, _TANGGAL_SK, alokasi=Fraction(1, 2)),
    Keanggotaan(DEWI, "TIM-SATUDATA", Peran.ANGGOTA, _TANGGAL_SK, alokasi=Fraction(1, 4)),
    Keanggotaan(FAJAR, "TIM-SATUDATA", Peran.ANGGOTA, _TANGGAL_SK, alokasi=Fraction(1, 2)),
    Keanggotaan(LINA, "TIM-SATUDATA", Peran.ANGGOTA, _TANGGAL_SK, alokasi=Fraction(1, 2)),
    Keanggotaan(ANDI, "TIM-HUMAS", Peran.KETUA, _TANGGAL_SK, alokasi=Fraction(1, 2)),
    Keanggotaan(SITI, "TIM-HUMAS", Peran.ANGGOTA, _TANGGAL_SK, alokasi=Fraction(1, 2)),
    Keanggotaan(MAYA, "TIM-HUMAS", Peran.ANGGOTA, _TANGGAL_SK, alokasi=Fraction(1, 2)),
)

_PENUGASAN = (
    Penugasan(
        "TGS-2025-01",
        KEPALA_DINAS,
        "Dokumen arsitektur SPBE kabupaten ditetapkan",
        _MASA_TIM,
        tim="TIM-SPBE",
        rencana_hasil_kerja="RHK-DISKOMINFO-2025-03",
    ),
    Penugasan(
        "TGS-2025-02",
        KEPALA_DINAS,
        "Analisis statistik sektoral untuk dashboard pimpinan",
        Periode(dt.date(2025, 3, 1), dt.date(2025, 8, 31)),
        penerima=IRFAN,
        asal=AsalPenugasan.PENGAJUAN_SUKARELA,
    ),
)


def tim_kerja() -> SistemKerja:
    """The example agency's teams, memberships and assignments in 2025, built with the
    aggregate's operations, each by the Kepala Dinas (SK-TIM-10; a new, equal value on every
    call)."""
    org = contoh.instansi()
    sistem = SistemKerja()
    for tim in _TIM:
        sistem = sistem.bentuk_tim(tim, instansi=org)
    for anggota in _ANGGOTA:
        sistem = sistem.tambah_anggota(anggota, oleh=KEPALA_DINAS, instansi=org)
    sistem = sistem.pindahkan(
        DEWI, "TIM-SATUDATA", "TIM-HUMAS", TANGGAL_PINDAH, oleh=KEPALA_DINAS, instansi=org
    )
    for penugasan in _PENUGASAN:
        sistem = sistem.tambah_penugasan(penugasan)
    return sistem


def _nama(org: Instansi, nip: object) -> str:
    return org.cari_pegawai(str(nip)).nama


def _persen(alokasi: Fraction | None) -> str:
    return "-" if alokasi is None else f"{round(alokasi * 100)}%"


def bagian_sistem_kerja(tanggal: dt.date = contoh.TANGGAL_DEMO) -> list[str]:
    """The demo's sistem-kerja section: each team with its scope, ketua and members on
    ``tanggal``, who may give feedback to Dewi Anggraini that day, and who may move her
    between teams (SK-TIM-10), in the language of the context.

    >>> bagian_sistem_kerja()[0]
    'Tim kerja pada 30 Juni 2025 (PermenPANRB 7/2022):'
    """
    org = contoh.instansi()
    sistem = tim_kerja()
    baris = [str(_JUDUL(tanggal=tanggal))]
    for tim in sistem.tim:
        lingkup = lingkup_tim(sistem, org, tim.kode)
        ketua = sistem.ketua_tim(tim.kode, tanggal)
        pesan = _TIM_BARIS(
            kode=tim.kode,
            nama=tim.nama,
            lingkup=lingkup,
            ketua=_nama(org, ketua.nip) if ketua else None,
        )
        baris.append(f"  {pesan}")
        for anggota in sistem.anggota_tim(tim.kode, tanggal):
            alokasi = _persen(anggota.alokasi)
            baris.append(f"    - {_nama(org, anggota.nip)} ({anggota.peran.label}, {alokasi})")
    baris.append(str(_PEMBERI_UMPAN_BALIK(nama=_nama(org, DEWI))))
    for pemberi in pemberi_umpan_balik(sistem, org, DEWI, tanggal):
        lewat = f" {pemberi.tim}" if pemberi.tim else ""
        baris.append(f"  - {_nama(org, pemberi.nip)} ({pemberi.sumber.label}{lewat})")
    baris.append(str(_SIAPA_BOLEH(nama=_nama(org, DEWI))))
    unit = [t.unit for t in sistem.tim_pegawai(DEWI, tanggal)]
    dewi = org.penempatan_pada(DEWI, tanggal)
    unit += [dewi.unit] if dewi else []
    for oleh in (KEPALA_DINAS, SEKRETARIS):
        try:
            pastikan_wewenang_tim(org, oleh, unit, tanggal)
            hasil = _BOLEH(nama=_nama(org, oleh))
        except AuthorityError as e:
            hasil = _DITOLAK(alasan=e.pesan)
        baris.append(f"  - {hasil}")
    return baris


_t = pembuat_templat(__name__)
_JUDUL = _t("DEMO-SISTEM-KERJA/judul", "Tim kerja on {tanggal} (PermenPANRB 7/2022):")
_TIM_BARIS = _t("DEMO-SISTEM-KERJA/tim", "{kode} {nama} [{lingkup}]; ketua: {ketua}")
_PEMBERI_UMPAN_BALIK = _t("DEMO-SISTEM-KERJA/pemberi-umpan-balik", "Feedback givers for {nama}:")
_SIAPA_BOLEH = _t(
    "DEMO-SISTEM-KERJA/siapa-boleh", "Who may change the teams of {nama} (SK-TIM-10):"
)
_BOLEH = _t("DEMO-SISTEM-KERJA/boleh", "{nama}: allowed")
_DITOLAK = _t("DEMO-SISTEM-KERJA/ditolak", "refused: {alasan}")
