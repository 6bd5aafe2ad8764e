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
from decimal import Decimal
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
from birokrasi.pesan import Pesan, pembuat_templat
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


def _pecahan(x: Fraction | None) -> Decimal | None:
    """A mean to two decimals (shown with a decimal comma in Indonesian)."""
    if x is None:
        return None
    return (Decimal(x.numerator) / Decimal(x.denominator)).quantize(Decimal("0.01"))


def _baris(tahap: Pesan, r: RingkasanStruktur) -> str:
    pesan = _RINGKASAN(
        tahap=tahap,
        tanggal=r.tanggal,
        pegawai=r.jumlah_pegawai,
        manajerial=r.jumlah_manajerial,
        jf=r.jumlah_jf,
        lapisan_maks=r.lapisan_maks,
        lapisan_rata=_pecahan(r.lapisan_rata),
        rentang_maks=r.rentang_maks,
        rentang_rata=_pecahan(r.rentang_rata),
        pimpinan=r.jumlah_pimpinan,
        jf_dinilai_jpt=r.jf_dinilai_jpt,
    )
    return f"  {pesan}"


def bagian_penyederhanaan() -> list[str]:
    """The demo's penyederhanaan section: the numbers before and after, the posts that
    became JF and the finding on one of them (STR-SETARA-01), the spans of control after,
    who rates whom now, and how the 2025 tim kerja cut across units, in the language of the
    context.

    >>> bagian_penyederhanaan()[0]
    'Sebelum dan sesudah penyetaraan (PermenPANRB 17/2021, 7/2022)'
    """
    org = contoh.instansi()
    b = perbandingan()
    perubahan = _PERUBAHAN(
        lapisan=f"{b.selisih_lapisan_maks:+d}",
        manajerial=f"{b.selisih_jumlah_manajerial:+d}",
        jf=f"{b.selisih_jumlah_jf:+d}",
    )
    baris = [
        str(_JUDUL()),
        _baris(_SEBELUM(), b.sebelum),
        _baris(_SESUDAH(), b.sesudah),
        f"  {perubahan}",
        "",
        str(_DISETARAKAN()),
    ]
    for x in b.jabatan_disetarakan:
        sebelum, sesudah = x.jabatan_sebelum.nama, x.jabatan_sesudah.nama
        if x.sesuai:
            baris.append(f"  {sebelum} -> {sesudah}")
        else:
            pesan = _TIDAK_SESUAI(sebelum=sebelum, sesudah=sesudah, jenjang=x.jenjang_penyetaraan)
            baris.append(f"  {pesan}")
    baris += [f"  {t}" for t in b.temuan]
    baris += ["", str(_RENTANG(tanggal=contoh.TANGGAL_DEMO))]
    for r in rentang_kendali(org, contoh.TANGGAL_DEMO):
        baris.append(f"  {r.jabatan.nama}: {r.rentang} / {len(r.dinilai)} / {len(r.dinilai_jf)}")
    berubah = b.penilai_berubah
    pesan_penilai = _PENILAI_BERUBAH(berubah=len(berubah), jumlah=len(b.perubahan_penilai))
    baris += ["", str(pesan_penilai)]
    tim = b.sesudah.tim_kerja
    if tim is not None:
        pesan_tim = _TIM_LINTAS_UNIT(
            tanggal=tim.tanggal,
            lintas=len(tim.tim_lintas_unit),
            jumlah=len(tim.tim),
            kode=tuple(tim.tim_lintas_unit),
            jf_luar=len(tim.jf_dipimpin_luar_unit),
            jf=len(tim.jf_dalam_tim),
        )
        baris += ["", str(pesan_tim)]
    return baris


_t = pembuat_templat(__name__)
_JUDUL = _t(
    "DEMO-PENYEDERHANAAN/judul", "Before and after penyetaraan (PermenPANRB 17/2021, 7/2022)"
)
_SEBELUM = _t("DEMO-PENYEDERHANAAN/sebelum", "before")
_SESUDAH = _t("DEMO-PENYEDERHANAAN/sesudah", "after")
_RINGKASAN = _t(
    "DEMO-PENYEDERHANAAN/ringkasan",
    "{tahap} {tanggal}: {pegawai} pegawai, {manajerial} manajerial, {jf} JF; layers to the JPT "
    "max {lapisan_maks} (mean {lapisan_rata}); span of control max {rentang_maks} (mean "
    "{rentang_rata}, {pimpinan} leaders); JF rated by the JPT: {jf_dinilai_jpt}",
)
_PERUBAHAN = _t(
    "DEMO-PENYEDERHANAAN/perubahan",
    "change: layers max {lapisan}, manajerial {manajerial}, JF {jf}",
)
_DISETARAKAN = _t(
    "DEMO-PENYEDERHANAAN/disetarakan", "Structural posts that became JF (STR-SETARA-01)"
)
_TIDAK_SESUAI = _t(
    "DEMO-PENYEDERHANAAN/tidak-sesuai", "{sebelum} -> {sesudah}  <- table gives {jenjang}"
)
_RENTANG = _t("DEMO-PENYEDERHANAAN/rentang", "Span of control on {tanggal} (direct / rated / JF)")
_PENILAI_BERUBAH = _t(
    "DEMO-PENYEDERHANAAN/penilai-berubah", "Rater changed for {berubah} of {jumlah} pegawai"
)
_TIM_LINTAS_UNIT = _t(
    "DEMO-PENYEDERHANAAN/tim-lintas-unit",
    "Tim kerja on {tanggal}: {lintas} of {jumlah} cross unit lines ({kode}); {jf_luar} of {jf} "
    "JF in teams are led from another unit",
)
