"""Angka kredit of a pengangkatan through penyesuaian (inpassing, penyetaraan included) into a
Jabatan Fungsional (KAR-AK-13, Peraturan BKN 3/2023 Bab II): a value by golongan ruang, masa
kerja and kualifikasi pendidikan from the Lampiran II angka 5 table, plus the Angka Kredit
Dasar, and the :class:`~birokrasi.karier.saldo.SaldoAwal` that starts the ledger from it.

The Lampiran II angka 5 table was not read. Its rows are a dated parameter
(:class:`TabelAngkaKreditPenyesuaian`) that the library leaves empty: an agency passes the rows
it applies, and without one the library refuses rather than guess.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
from dateutil.relativedelta import relativedelta

from birokrasi import _validasi as v
from birokrasi.errors import InvalidTypeError, InvalidValueError, NotFoundError, OutOfWindowError
from birokrasi.hukum import PERATURAN_BKN_3_2023, PERMENPANRB_1_2023, Aturan, Dasar, Keyakinan
from birokrasi.karier.pengangkatan import (
    _DEFINISI_DASAR,
    _RINGKASAN,
    _golongan_jenjang,
    angka_kredit_dasar,
)
from birokrasi.karier.saldo import SaldoAwal
from birokrasi.karier.tabel_ak import (
    _BUKAN_PEMETAAN,
    _KUNCI,
    _NEGATIF,
    MULAI_INTEGRASI,
    TabelAngkaKredit,
    _fungsional,
    tabel_angka_kredit,
)
from birokrasi.pesan import pembuat_templat
from birokrasi.struktur.golongan import Golongan
from birokrasi.struktur.jabatan import Jenjang

__all__ = [
    "ATURAN",
    "ATURAN_PENYESUAIAN",
    "TABEL_ANGKA_KREDIT_PENYESUAIAN_2023",
    "TabelAngkaKreditPenyesuaian",
    "angka_kredit_penyesuaian",
    "masa_kerja_penyesuaian",
    "saldo_awal_penyesuaian",
]

ATURAN_PENYESUAIAN = Aturan(
    kode="KAR-AK-13",
    uraian=(
        "Angka Kredit penyesuaian (termasuk penyetaraan) ke dalam Jabatan Fungsional diberikan "
        "berdasarkan pangkat dan golongan ruang sesuai masa kerja dalam pangkat terakhir serta "
        "kualifikasi pendidikan (tabel Lampiran II angka 5), ditambah Angka Kredit Dasar; bagi "
        "PNS dengan jabatan pelaksana masa kerja dihitung sejak calon PNS."
    ),
    summary=(
        "On a penyesuaian (inpassing) into a JF, the credit is the Lampiran II angka 5 value "
        "for the golongan, pendidikan and masa kerja in the last pangkat (from the CPNS date for "
        "a pelaksana) plus the Angka Kredit Dasar; that table was not read, an agency supplies "
        "its rows."
    ),
    dasar=Dasar(
        PERATURAN_BKN_3_2023,
        bagian="Bab II, Angka Kredit penyesuaian",
        keyakinan=Keyakinan.SEKUNDER,
        kutipan=(
            "Angka Kredit penyesuaian diberikan berdasarkan pangkat dan golongan ruang sesuai "
            "masa kerja dalam pangkat terakhir serta kualifikasi pendidikan. Dalam hal PNS "
            "dengan jabatan pelaksana maka masa kerja dihitung sejak calon PNS. ... Angka Kredit "
            "penyesuaian termasuk penyetaraan tercantum dalam Lampiran II angka 5 dan diberikan "
            "tambahan Angka Kredit Dasar."
        ),
        sumber=_RINGKASAN,
        tafsiran=(
            "Read in a summary that reproduces the Pasal's sentences without their numbers. "
            "Masa kerja counts in whole years up to the date of the appointment. The value of "
            "the table counts towards the next pangkat and the Angka Kredit Dasar does not, as "
            "on a perpindahan (KAR-AK-11). The sentence excepting 'penyesuaian jabatan melalui "
            "penyetaraan jabatan' from the 'dasar pengangkatan penyesuaian' was read without "
            "its context and is not applied."
        ),
    ),
    dasar_lain=(
        Dasar(
            PERATURAN_BKN_3_2023,
            lampiran="II angka 5",
            keyakinan=Keyakinan.TIDAK_PASTI,
            tafsiran=(
                "Not read: searches (December 2026) for 'Lampiran II angka 5', 'angka kredit "
                "penyesuaian' with golongan, masa kerja and pendidikan, and the copies of "
                "Peraturan BKN 3/2023 on fliphtml5 and pasal.id found no row. The library's "
                "TabelAngkaKreditPenyesuaian of 2023 is therefore empty and an agency passes "
                "the rows it applies. Their shape, a value per golongan ruang and ijazah by "
                "whole years of masa kerja with the last value for that many years or more, "
                "follows the former inpassing tables (PermenPANRB 26/2021 Lampiran VI: 'ANGKA "
                "KREDIT DAN MASA KEPANGKATAN < 1 TAHUN 1 TAHUN 2 TAHUN 3 TAHUN 4 TAHUN/ LEBIH', "
                "read in online.flipbuilder.com/eijqn/qvna page 1438)."
            ),
        ),
        Dasar(
            PERATURAN_BKN_3_2023,
            lampiran="II angka 12",
            keyakinan=Keyakinan.TERVERIFIKASI,
            kutipan=(
                "12. CONTOH PENETAPAN ANGKA KREDIT ... 1 AK Dasar yang diberikan 2 AK JF lama 3 "
                "AK Penyesuaian/ Penyetaraan 4 AK Konversi 5 AK yang diperoleh dari peningkatan "
                "pendidikan ... JUMLAH ANGKA KREDIT KUMULATIF"
            ),
            sumber="fliphtml5.com/ffcwr/kblm/Peraturan_BKN_Nomor_3_Tahun_2023/48",
        ),
        Dasar(
            PERMENPANRB_1_2023,
            pasal="25",
            keyakinan=Keyakinan.SEKUNDER,
            kutipan="Pasal 25 Pemberian angka kredit penyesuaian",
            sumber=(
                "slideshare.net/WidarmaAtmaja/kebijakan-teknis-perka-bkn-no-3-tahun-2023-tentang-"
                "angka-kredit-kenaikan-pangkat-dan-jenjang-jf-3pdf (the mandates of Peraturan "
                "BKN 3/2023)"
            ),
        ),
        _DEFINISI_DASAR,
    ),
    berlaku_sejak=MULAI_INTEGRASI,
)

ATURAN: tuple[Aturan, ...] = (ATURAN_PENYESUAIAN,)


def _ke_nilai(
    value: Mapping[Golongan, Mapping[str, Iterable[Fraction | Decimal | int]]],
) -> Mapping[Golongan, Mapping[str, tuple[Fraction, ...]]]:
    """Converter: nested mappings become read-only, each row a tuple of exact Fractions where
    it can."""
    hasil: Mapping[Golongan, Mapping[str, tuple[Fraction, ...]]] = _nilai_atau_asal(value)
    return hasil


def _nilai_atau_asal(value: object) -> Any:
    if not isinstance(value, Mapping):
        return value
    hasil: dict[Any, Any] = {}
    for g, baris in value.items():
        if isinstance(baris, Mapping):
            baris = v.to_mapping(
                {p: tuple(v.ke_pecahan(x) for x in v.to_tuple(xs)) for p, xs in baris.items()}
            )
        hasil[g] = baris
    return v.to_mapping(hasil)


def _nilai_sah(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    nama = v.nama_field(instance, attribute)
    if not isinstance(value, Mapping):
        raise InvalidTypeError(_BUKAN_PEMETAAN(nama=nama, diberikan=v.describe(value)))
    for g, baris in value.items():
        if not isinstance(g, Golongan):
            raise InvalidTypeError(_KUNCI(nama=nama, kunci=Golongan, diberikan=v.describe(g)))
        if not isinstance(baris, Mapping):
            raise InvalidTypeError(
                _BARIS_BUKAN_PEMETAAN(nama=f"{nama}[{g.label}]", diberikan=v.describe(baris))
            )
        for pendidikan, xs in baris.items():
            if not isinstance(pendidikan, str) or not pendidikan.strip():
                raise InvalidValueError(
                    _PENDIDIKAN_KOSONG(nama=f"{nama}[{g.label}]", diberikan=v.describe(pendidikan))
                )
            lokasi = f"{nama}[{g.label}][{pendidikan!r}]"
            if not xs:
                raise InvalidValueError(_TANPA_NILAI(nama=lokasi))
            for i, x in enumerate(xs):
                v.pastikan_pecahan(f"{lokasi}[{i}]", x)
                if x < 0:
                    raise InvalidValueError(_NEGATIF(nama=f"{lokasi}[{i}]", diberikan=v.render(x)))


@attrs.frozen
class TabelAngkaKreditPenyesuaian:
    """The Angka Kredit penyesuaian in force from ``berlaku_sejak`` (KAR-AK-13): per golongan
    ruang and kualifikasi pendidikan (the label the table uses, e.g. ``"S-1"``), the value by
    whole years of masa kerja, ``[0]`` for under a year and the last for that many years or
    more."""

    berlaku_sejak: dt.date = attrs.field(validator=v.instance_of(dt.date))
    nilai: Mapping[Golongan, Mapping[str, tuple[Fraction, ...]]] = attrs.field(
        converter=_ke_nilai, validator=_nilai_sah, hash=False
    )


TABEL_ANGKA_KREDIT_PENYESUAIAN_2023 = TabelAngkaKreditPenyesuaian(MULAI_INTEGRASI, {})
"""Empty: Peraturan BKN 3/2023 Lampiran II angka 5 was not read (KAR-AK-13)."""


def _sebelum(nama: str, tanggal: dt.date, batas: dt.date, nama_batas: str) -> None:
    if tanggal > batas:
        raise InvalidValueError(
            _SESUDAH(nama=nama, tanggal=tanggal, nama_batas=nama_batas, batas=batas)
        )


def masa_kerja_penyesuaian(
    *, tanggal: dt.date, mulai_pangkat: dt.date, mulai_cpns: dt.date | None = None
) -> int:
    """The whole years of masa kerja on ``tanggal``: since ``mulai_pangkat`` (the TMT of the
    last pangkat) or, for a PNS whose jabatan is pelaksana, since ``mulai_cpns`` (the TMT CPNS)
    (KAR-AK-13).

    >>> masa_kerja_penyesuaian(tanggal=dt.date(2024, 3, 1), mulai_pangkat=dt.date(2021, 4, 1))
    2
    """
    v.pastikan_tipe("tanggal", tanggal, dt.date)
    ATURAN_PENYESUAIAN.pastikan_berlaku(tanggal)
    v.pastikan_tipe("mulai_pangkat", mulai_pangkat, dt.date)
    _sebelum("mulai_pangkat", mulai_pangkat, tanggal, "tanggal")
    mulai = mulai_pangkat
    if mulai_cpns is not None:
        v.pastikan_tipe("mulai_cpns", mulai_cpns, dt.date)
        _sebelum("mulai_cpns", mulai_cpns, mulai_pangkat, "mulai_pangkat")
        mulai = mulai_cpns
    return relativedelta(tanggal, mulai).years


def _nilai_tabel(
    golongan: Golongan,
    pendidikan: str,
    tahun: int,
    tanggal: dt.date,
    tabel_penyesuaian: TabelAngkaKreditPenyesuaian | None,
) -> Fraction:
    if tabel_penyesuaian is None:
        tabel_penyesuaian = TABEL_ANGKA_KREDIT_PENYESUAIAN_2023
    v.pastikan_tipe("tabel_penyesuaian", tabel_penyesuaian, TabelAngkaKreditPenyesuaian)
    if tanggal < tabel_penyesuaian.berlaku_sejak:
        raise OutOfWindowError(
            _TABEL_BELUM_BERLAKU(sejak=tabel_penyesuaian.berlaku_sejak, tanggal=tanggal)
        )
    baris = tabel_penyesuaian.nilai.get(golongan, {}).get(pendidikan)
    if baris is None:
        raise NotFoundError(_TANPA_BARIS(golongan=golongan, pendidikan=pendidikan))
    return baris[min(tahun, len(baris) - 1)]


def _penyesuaian(
    jenjang: Jenjang,
    golongan: Golongan,
    pendidikan: str,
    tanggal: dt.date,
    mulai_pangkat: dt.date,
    mulai_cpns: dt.date | None,
    tabel_penyesuaian: TabelAngkaKreditPenyesuaian | None,
    tabel: TabelAngkaKredit | None,
) -> tuple[Fraction, Fraction]:
    """The value of the table and the Angka Kredit Dasar, the arguments checked."""
    tahun = masa_kerja_penyesuaian(
        tanggal=tanggal, mulai_pangkat=mulai_pangkat, mulai_cpns=mulai_cpns
    )
    _fungsional(jenjang, tabel_angka_kredit(tanggal, tabel=tabel))
    _golongan_jenjang(jenjang, golongan)
    v.pastikan_teks("pendidikan", pendidikan)
    nilai = _nilai_tabel(golongan, pendidikan, tahun, tanggal, tabel_penyesuaian)
    return nilai, angka_kredit_dasar(jenjang, golongan, tanggal=tanggal, tabel=tabel)


def angka_kredit_penyesuaian(
    jenjang: Jenjang,
    golongan: Golongan,
    pendidikan: str,
    *,
    tanggal: dt.date,
    mulai_pangkat: dt.date,
    mulai_cpns: dt.date | None = None,
    tabel_penyesuaian: TabelAngkaKreditPenyesuaian | None = None,
    tabel: TabelAngkaKredit | None = None,
) -> Fraction:
    """The credit of a PNS appointed into JF ``jenjang`` with ``golongan`` through penyesuaian
    on ``tanggal``: the ``tabel_penyesuaian`` (``None``: the library's
    :data:`TABEL_ANGKA_KREDIT_PENYESUAIAN_2023`) value for the golongan, ``pendidikan`` and masa
    kerja (:func:`masa_kerja_penyesuaian`) plus the golongan's Angka Kredit Dasar (KAR-AK-13,
    KAR-AK-10).

    Raises :class:`~birokrasi.errors.NotFoundError` when the table has no such row, which is
    always the case for the library's own, empty table.
    """
    nilai, dasar = _penyesuaian(
        jenjang, golongan, pendidikan, tanggal, mulai_pangkat, mulai_cpns, tabel_penyesuaian, tabel
    )
    return nilai + dasar


def saldo_awal_penyesuaian(
    jenjang: Jenjang,
    golongan: Golongan,
    pendidikan: str,
    *,
    tanggal: dt.date,
    mulai_pangkat: dt.date,
    mulai_cpns: dt.date | None = None,
    tabel_penyesuaian: TabelAngkaKreditPenyesuaian | None = None,
    tabel: TabelAngkaKredit | None = None,
) -> SaldoAwal:
    """The ledger's start for a PNS appointed into JF ``jenjang`` through penyesuaian on
    ``tanggal``: the credit of :func:`angka_kredit_penyesuaian`, of which the value of the
    table counts towards the next pangkat (KAR-AK-13, KAR-AK-10)."""
    nilai, dasar = _penyesuaian(
        jenjang, golongan, pendidikan, tanggal, mulai_pangkat, mulai_cpns, tabel_penyesuaian, tabel
    )
    return SaldoAwal(
        tanggal,
        jenjang,
        golongan,
        nilai + dasar,
        sisa_pangkat=nilai,
        mulai_jenjang=tanggal,
        mulai_pangkat=mulai_pangkat,
    )


_t = pembuat_templat(__name__)
_BARIS_BUKAN_PEMETAAN = _t(
    "PENYESUAIAN-AK/baris-bukan-pemetaan",
    "{nama}: expected a mapping of pendidikan, got {diberikan}",
)
_PENDIDIKAN_KOSONG = _t(
    "PENYESUAIAN-AK/pendidikan-kosong", "{nama}: an empty pendidikan {diberikan}"
)
_TANPA_NILAI = _t("PENYESUAIAN-AK/tanpa-nilai", "{nama}: no value")
_SESUDAH = _t("PENYESUAIAN-AK/sesudah", "{nama}: {tanggal} is after {nama_batas} {batas}")
_TABEL_BELUM_BERLAKU = _t(
    "KAR-AK-13/tabel-belum-berlaku",
    "tabel_penyesuaian: in force from {sejak}, not on {tanggal} (KAR-AK-13)",
)
_TANPA_BARIS = _t(
    "KAR-AK-13/tanpa-baris",
    "tabel_penyesuaian: no value for {golongan}, '{pendidikan}'; Peraturan BKN 3/2023 Lampiran II "
    "angka 5 was not read, pass a TabelAngkaKreditPenyesuaian with the row the agency applies "
    "(KAR-AK-13)",
)
