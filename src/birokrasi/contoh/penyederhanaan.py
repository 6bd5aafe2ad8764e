"""The example agency before penyetaraan (:mod:`birokrasi.contoh`), as pure data, and the
flattening analysis comparing it with the agency of :func:`~birokrasi.contoh.instansi`.

*Part of the story:* in 2021 the Dinas still had its eselon III and IV posts: a Kepala
Bidang (Administrator) over each of the three bidang and two Kepala Seksi (Pengawas) under
each, and a second Subbagian under the Sekretariat. On 31 December 2021 the bidang and seksi
posts ended with penyetaraan (PermenPANRB 17/2021): each Kepala Bidang became a JF Ahli
Madya, each Kepala Seksi a JF Ahli Muda, except Sutrisno, Kepala Seksi Persandian, who is
now a Pranata Komputer Mahir (he lacked the education an Ahli Muda needs), which the
analysis reports for review (STR-SETARA-01). The staff sat in the seksi. The records of 2024
on are :func:`~birokrasi.contoh.instansi`'s; this module does not change them.

*Rules it illustrates:* the penyetaraan table (STR-SETARA-01); the atasan langsung and the
Pejabat Penilai Kinerja before and after (STR-ATASAN-01, STR-PENILAI-01/02). Names and NIPs
are those of :mod:`.struktur`; the 2021 posts are invented.

>>> org = instansi_sebelum()
>>> len(org.penempatan_aktif(TANGGAL_SEBELUM)), len(org.unit)
(27, 13)
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import NamedTuple

from birokrasi.contoh import struktur as contoh
from birokrasi.contoh.sistem_kerja import tim_kerja
from birokrasi.contoh.struktur import (
    ANDI,
    ARIEF,
    DEWI,
    FAJAR,
    HENDRA,
    IRFAN,
    KASUBBAG_LAMA,
    KEPALA_DINAS,
    LILIS,
    LINA,
    PUTRI,
    RATNA,
    RINA,
    SEKRETARIS,
    SEKRETARIS_DAERAH,
    SITI,
    YUSUF,
)
from birokrasi.sistem_kerja.penyederhanaan import (
    PerbandinganPenyederhanaan,
    RingkasanStruktur,
    bandingkan_penyederhanaan,
)
from birokrasi.struktur.hierarki import rentang_kendali
from birokrasi.struktur.jabatan import Jabatan, Jenjang
from birokrasi.struktur.organisasi import Instansi
from birokrasi.struktur.unsur import Penempatan, UnitOrganisasi

__all__ = [
    "SUTRISNO",
    "TANGGAL_PENYETARAAN",
    "TANGGAL_SEBELUM",
    "bagian_penyederhanaan",
    "instansi_sebelum",
    "perbandingan",
]

TANGGAL_SEBELUM = dt.date(2021, 6, 30)
"""The date the analysis reads the structure before penyetaraan at."""
TANGGAL_PENYETARAAN = dt.date(2022, 1, 1)
"""The first day after the structural posts ended (the 2021 placements end the day before)."""
SUTRISNO = "198201052006041003"
"""Sutrisno, Kepala Seksi Persandian in 2021, now Pranata Komputer Mahir."""

_MULAI = dt.date(2021, 1, 4)
_AKHIR = TANGGAL_PENYETARAAN - dt.timedelta(days=1)

_D = "DISKOMINFO"
_SEKRETARIAT = f"{_D}.SEKRETARIAT"
_UMPEG = f"{_SEKRETARIAT}.UMPEG"
_KEUPROG = f"{_SEKRETARIAT}.KEUPROG"
_IKP, _APTIKA, _STATISTIK = f"{_D}.IKP", f"{_D}.APTIKA", f"{_D}.STATISTIK"
_ADM, _PGW = Jenjang.ADMINISTRATOR, Jenjang.PENGAWAS

_UNIT = (
    UnitOrganisasi(_D, contoh.NAMA_INSTANSI, jenjang_kepala=Jenjang.JPT_PRATAMA),
    UnitOrganisasi(_SEKRETARIAT, "Sekretariat", _D, jenjang_kepala=_ADM),
    UnitOrganisasi(_UMPEG, "Subbagian Umum dan Kepegawaian", _SEKRETARIAT, jenjang_kepala=_PGW),
    UnitOrganisasi(_KEUPROG, "Subbagian Keuangan dan Program", _SEKRETARIAT, jenjang_kepala=_PGW),
    UnitOrganisasi(_IKP, "Bidang Informasi dan Komunikasi Publik", _D, jenjang_kepala=_ADM),
    UnitOrganisasi(f"{_IKP}.PUBLIKASI", "Seksi Publikasi", _IKP, jenjang_kepala=_PGW),
    UnitOrganisasi(f"{_IKP}.INFORMASI", "Seksi Informasi Publik", _IKP, jenjang_kepala=_PGW),
    UnitOrganisasi(_APTIKA, "Bidang Aplikasi Informatika", _D, jenjang_kepala=_ADM),
    UnitOrganisasi(f"{_APTIKA}.LAYANAN", "Seksi E-Government", _APTIKA, jenjang_kepala=_PGW),
    UnitOrganisasi(f"{_APTIKA}.INFRA", "Seksi Infrastruktur TIK", _APTIKA, jenjang_kepala=_PGW),
    UnitOrganisasi(_STATISTIK, "Bidang Statistik dan Persandian", _D, jenjang_kepala=_ADM),
    UnitOrganisasi(f"{_STATISTIK}.DATA", "Seksi Statistik", _STATISTIK, jenjang_kepala=_PGW),
    UnitOrganisasi(f"{_STATISTIK}.SANDI", "Seksi Persandian", _STATISTIK, jenjang_kepala=_PGW),
)  # fmt: skip


class _Pos(NamedTuple):
    """A row of the 2021 staff list: who held which post in which unit (a head post when
    ``kepala``), from 4 January (or ``mulai``) to 31 December 2021."""

    nip: str
    jabatan: str
    jenjang: Jenjang
    unit: str
    kepala: bool = False
    mulai: dt.date = _MULAI


_POS = (
    _Pos(KEPALA_DINAS, "Kepala Dinas Komunikasi dan Informatika", Jenjang.JPT_PRATAMA, _D, True),
    _Pos(SEKRETARIS, "Sekretaris Dinas", _ADM, _SEKRETARIAT, True),
    _Pos(KASUBBAG_LAMA, "Kepala Subbagian Umum dan Kepegawaian", _PGW, _UMPEG, True),
    _Pos("198503252009022006", "Kepala Subbagian Keuangan dan Program", _PGW, _KEUPROG, True),
    _Pos(LILIS, "Kepala Bidang Informasi dan Komunikasi Publik", _ADM, _IKP, True),
    _Pos(ANDI, "Kepala Seksi Publikasi", _PGW, f"{_IKP}.PUBLIKASI", True),
    _Pos("198112012006041012", "Kepala Seksi Informasi Publik", _PGW, f"{_IKP}.INFORMASI", True),
    _Pos(HENDRA, "Kepala Bidang Aplikasi Informatika", _ADM, _APTIKA, True),
    _Pos(DEWI, "Kepala Seksi E-Government", _PGW, f"{_APTIKA}.LAYANAN", True),
    _Pos(YUSUF, "Kepala Seksi Infrastruktur TIK", _PGW, f"{_APTIKA}.INFRA", True),
    _Pos("197408172000031002", "Kepala Bidang Statistik dan Persandian", _ADM, _STATISTIK, True),
    _Pos(RATNA, "Kepala Seksi Statistik", _PGW, f"{_STATISTIK}.DATA", True),
    _Pos(SUTRISNO, "Kepala Seksi Persandian", _PGW, f"{_STATISTIK}.SANDI", True),
    # the staff, in the seksi and subbagian
    _Pos(RINA, "Analis SDM Aparatur Ahli Muda", Jenjang.AHLI_MUDA, _UMPEG),
    _Pos("199003032014032004", "Arsiparis Terampil", Jenjang.TERAMPIL, _UMPEG),
    _Pos("198805172012121001", "Pengadministrasi Perkantoran", Jenjang.PELAKSANA, _UMPEG),
    _Pos("199512122020121009", "Perencana Ahli Pertama", Jenjang.AHLI_PERTAMA, _KEUPROG),
    _Pos("199406062019032011", "Analis Keuangan Pusat dan Daerah Ahli Pertama",
         Jenjang.AHLI_PERTAMA, _KEUPROG),
    _Pos("198108112005012009", "Pranata Humas Mahir", Jenjang.MAHIR, f"{_IKP}.PUBLIKASI"),
    _Pos("199005302014031003", "Pranata Humas Terampil", Jenjang.TERAMPIL, f"{_IKP}.PUBLIKASI"),
    _Pos(SITI, "Pranata Humas Ahli Pertama", Jenjang.AHLI_PERTAMA, f"{_IKP}.INFORMASI"),
    _Pos(PUTRI, "Pranata Komputer Ahli Pertama", Jenjang.AHLI_PERTAMA, f"{_APTIKA}.LAYANAN"),
    _Pos(FAJAR, "Pranata Komputer Ahli Pertama", Jenjang.AHLI_PERTAMA, f"{_APTIKA}.INFRA"),
    _Pos("199108082015031006", "Pranata Komputer Terampil", Jenjang.TERAMPIL,
         f"{_APTIKA}.INFRA"),
    _Pos(IRFAN, "Statistisi Ahli Pertama", Jenjang.AHLI_PERTAMA, f"{_STATISTIK}.DATA",
         mulai=dt.date(2021, 3, 1)),
    _Pos(LINA, "Statistisi Terampil", Jenjang.TERAMPIL, f"{_STATISTIK}.DATA"),
    _Pos(ARIEF, "Sandiman Ahli Pertama", Jenjang.AHLI_PERTAMA, f"{_STATISTIK}.SANDI"),
)  # fmt: skip


def instansi_sebelum() -> Instansi:
    """The Dinas in 2021, before penyetaraan: the units with their eselon III and IV posts
    and the placements of 2021 (a new, equal value on every call). The pegawai are those of
    :func:`~birokrasi.contoh.instansi` who were placed in 2021."""
    sesudah = contoh.instansi()
    return Instansi(
        contoh.NAMA_INSTANSI,
        _UNIT,
        [sesudah.cari_pegawai(pos.nip) for pos in _POS],
        [
            Penempatan(
                pos.nip, Jabatan(pos.jabatan, pos.jenjang), pos.unit, pos.mulai, _AKHIR,
                kepala=pos.kepala,
            )
            for pos in _POS
        ],
        pejabat_luar=(SEKRETARIS_DAERAH, contoh.BUPATI),
    )  # fmt: skip


def perbandingan() -> PerbandinganPenyederhanaan:
    """The Dinas on 30 June 2021 compared with the Dinas on :data:`~.struktur.TANGGAL_DEMO`,
    with its tim kerja of 2025.

    >>> b = perbandingan()
    >>> b.sebelum.lapisan_maks, b.sesudah.lapisan_maks
    (3, 2)
    """
    return bandingkan_penyederhanaan(
        instansi_sebelum(),
        TANGGAL_SEBELUM,
        contoh.instansi(),
        contoh.TANGGAL_DEMO,
        sistem_kerja_sesudah=tim_kerja(),
    )


def _pecahan(x: Fraction | None) -> str:
    return "-" if x is None else f"{float(x):.2f}"


def _baris(judul: str, r: RingkasanStruktur) -> str:
    return (
        f"  {judul} {r.tanggal.isoformat()}: {r.jumlah_pegawai} pegawai, "
        f"{r.jumlah_manajerial} manajerial, {r.jumlah_jf} JF; layers to the JPT max "
        f"{r.lapisan_maks} (mean {_pecahan(r.lapisan_rata)}); span of control max "
        f"{r.rentang_maks} (mean {_pecahan(r.rentang_rata)}, {r.jumlah_pimpinan} leaders); "
        f"JF rated by the JPT: {r.jf_dinilai_jpt}"
    )


def bagian_penyederhanaan() -> list[str]:
    """The demo's penyederhanaan section: the numbers before and after, the posts that
    became JF and the finding on one of them (STR-SETARA-01), the spans of control after,
    who rates whom now, and how the 2025 tim kerja cut across units.

    >>> bagian_penyederhanaan()[0]
    'Before and after penyetaraan (PermenPANRB 17/2021, 7/2022)'
    """
    org = contoh.instansi()
    b = perbandingan()
    baris = [
        "Before and after penyetaraan (PermenPANRB 17/2021, 7/2022)",
        _baris("before", b.sebelum),
        _baris("after ", b.sesudah),
        f"  change: layers max {b.selisih_lapisan_maks:+d}, manajerial "
        f"{b.selisih_jumlah_manajerial:+d}, JF {b.selisih_jumlah_jf:+d}",
        "",
        "Structural posts that became JF (STR-SETARA-01)",
    ]
    for x in b.jabatan_disetarakan:
        tanda = "" if x.sesuai else f"  <- table gives {x.jenjang_penyetaraan.label}"
        baris.append(f"  {x.jabatan_sebelum.nama} -> {x.jabatan_sesudah.nama}{tanda}")
    baris += [f"  {t}" for t in b.temuan]
    baris += ["", f"Span of control on {contoh.TANGGAL_DEMO.isoformat()} (direct / rated / JF)"]
    for r in rentang_kendali(org, contoh.TANGGAL_DEMO):
        baris.append(f"  {r.jabatan.nama}: {r.rentang} / {len(r.dinilai)} / {len(r.dinilai_jf)}")
    berubah = b.penilai_berubah
    baris += ["", f"Rater changed for {len(berubah)} of {len(b.perubahan_penilai)} pegawai"]
    tim = b.sesudah.tim_kerja
    if tim is not None:
        baris += [
            "",
            f"Tim kerja on {tim.tanggal.isoformat()}: {len(tim.tim_lintas_unit)} of "
            f"{len(tim.tim)} cross unit lines ({', '.join(tim.tim_lintas_unit)}); "
            f"{len(tim.jf_dipimpin_luar_unit)} of {len(tim.jf_dalam_tim)} JF in teams are "
            "led from another unit",
        ]
    return baris
