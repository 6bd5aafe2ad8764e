"""Angka kredit of a pengangkatan pertama: a CPNS appointed into a Jabatan Fungsional starts
with the predikat earned as a CPNS, converted month by month, and no Angka Kredit Dasar
(KAR-AK-12, Peraturan BKN 3/2023 Bab II), and the :class:`~birokrasi.karier.saldo.SaldoAwal`
that starts the ledger from it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from fractions import Fraction

from birokrasi.errors import InvalidValueError
from birokrasi.hukum import PERATURAN_BKN_3_2023, Aturan, Dasar, Keyakinan
from birokrasi.karier.pengangkatan import _DEFINISI_DASAR, _golongan_jenjang, _konversi
from birokrasi.karier.saldo import SaldoAwal
from birokrasi.karier.tabel_ak import (
    MULAI_INTEGRASI,
    TabelAngkaKredit,
    _fungsional,
    tabel_angka_kredit,
)
from birokrasi.kinerja.predikat import Predikat
from birokrasi.pesan import pembuat_templat
from birokrasi.struktur.golongan import Golongan
from birokrasi.struktur.jabatan import Jenjang

__all__ = [
    "ATURAN",
    "ATURAN_PENGANGKATAN_PERTAMA",
    "JENJANG_PENGANGKATAN_PERTAMA",
    "angka_kredit_pengangkatan_pertama",
    "saldo_awal_pengangkatan_pertama",
]

ATURAN_PENGANGKATAN_PERTAMA = Aturan(
    kode="KAR-AK-12",
    uraian=(
        "Angka Kredit pengangkatan pertama dalam Jabatan Fungsional melalui pengadaan calon PNS "
        "(jenjang ahli pertama, ahli muda, pemula atau terampil): konversi Predikat Kinerja yang "
        "dihasilkan selama masa kerja calon PNS, dihitung secara proporsional; tanpa Angka "
        "Kredit Dasar."
    ),
    summary=(
        "A CPNS appointed into a JF starts with the predikat earned as a CPNS, converted month "
        "by month at the jenjang's coefficient, and no Angka Kredit Dasar; the route leads to "
        "Ahli Pertama, Ahli Muda, Pemula and Terampil only."
    ),
    dasar=Dasar(
        PERATURAN_BKN_3_2023,
        bagian="Bab II, Angka Kredit pengangkatan pertama",
        keyakinan=Keyakinan.TERVERIFIKASI,
        kutipan=(
            "(1) Pengangkatan pertama ... berlaku bagi PNS yang diangkat dalam Jabatan "
            "Fungsional melalui pengadaan calon PNS pada jenjang: a. ahli pertama; b. ahli "
            "muda; c. pemula; atau d. terampil. (2) Perolehan Angka Kredit pengangkatan pertama "
            "ditetapkan berdasarkan konversi Predikat Kinerja yang dihasilkan selama "
            "melaksanakan tugas Jabatan Fungsional dalam masa kerja calon PNS. ... (4) Konversi "
            "Predikat Kinerja calon PNS dan Penetapan Angka Kredit dilakukan oleh Pejabat "
            "Penilai Kinerja berdasarkan Predikat Kinerja yang dihitung secara proporsional "
            "selama calon PNS melaksanakan tugas."
        ),
        sumber=(
            "trenmediadiklat.com/materi/persiapan-pembekalan-uji-kompetensi-bagi-pejabat-"
            "fungsional-yang-akan-naik-jenjang-jabatan-fungsional-perpindahan-jabatan-"
            "fungsional-dan-pengangkatan-ke-dalam-jabatan-fungsional"
        ),
        tafsiran=(
            "The copy read does not show the Pasal's number, and the Lampiran I angka 1 "
            "example was not read. The koefisien is that of the jenjang the CPNS is appointed "
            "to; each predikat brings its months (KAR-AK-03), a whole year twelve. No Angka "
            "Kredit Dasar is added: its definition (the second citation) names perpindahan, "
            "penyesuaian and promosi only, so all of the credit counts towards the next "
            "pangkat."
        ),
    ),
    dasar_lain=(_DEFINISI_DASAR,),
    berlaku_sejak=MULAI_INTEGRASI,
)

ATURAN: tuple[Aturan, ...] = (ATURAN_PENGANGKATAN_PERTAMA,)

JENJANG_PENGANGKATAN_PERTAMA: frozenset[Jenjang] = frozenset(
    {Jenjang.AHLI_PERTAMA, Jenjang.AHLI_MUDA, Jenjang.PEMULA, Jenjang.TERAMPIL}
)
"""The jenjang a CPNS may be appointed to (KAR-AK-12, ayat (1))."""


def angka_kredit_pengangkatan_pertama(
    jenjang: Jenjang,
    predikat: Iterable[Predikat | tuple[Predikat, int]],
    *,
    tanggal: dt.date,
    tabel: TabelAngkaKredit | None = None,
) -> Fraction:
    """The credit of a CPNS appointed into JF ``jenjang`` on ``tanggal``: the ``predikat``
    earned as a CPNS (a Predikat is a year, ``(predikat, bulan)`` part of one) converted at the
    jenjang's coefficient, with no Angka Kredit Dasar (KAR-AK-12).

    Raises :class:`~birokrasi.errors.InvalidValueError` for a jenjang outside
    :data:`JENJANG_PENGANGKATAN_PERTAMA`.

    >>> from birokrasi.kinerja import Predikat
    >>> from birokrasi.struktur import Jenjang
    >>> angka_kredit_pengangkatan_pertama(Jenjang.AHLI_PERTAMA, [(Predikat.BAIK, 10)],
    ...                                   tanggal=dt.date(2024, 3, 1))
    Fraction(125, 12)
    """
    t = tabel_angka_kredit(tanggal, tabel=tabel)
    _fungsional(jenjang, t)
    if jenjang not in JENJANG_PENGANGKATAN_PERTAMA:
        raise InvalidValueError(_BUKAN_JENJANG_PERTAMA(jenjang=jenjang))
    return _konversi(jenjang, predikat, tanggal, t)


def saldo_awal_pengangkatan_pertama(
    jenjang: Jenjang,
    golongan: Golongan,
    predikat: Iterable[Predikat | tuple[Predikat, int]],
    *,
    tanggal: dt.date,
    mulai_pangkat: dt.date | None = None,
    tabel: TabelAngkaKredit | None = None,
) -> SaldoAwal:
    """The ledger's start for a CPNS appointed into JF ``jenjang`` with ``golongan`` on
    ``tanggal``: the credit of :func:`angka_kredit_pengangkatan_pertama`, all of it towards the
    next pangkat (KAR-AK-12)."""
    jumlah = angka_kredit_pengangkatan_pertama(jenjang, predikat, tanggal=tanggal, tabel=tabel)
    _golongan_jenjang(jenjang, golongan)
    return SaldoAwal(
        tanggal, jenjang, golongan, jumlah, mulai_jenjang=tanggal, mulai_pangkat=mulai_pangkat
    )


_t = pembuat_templat(__name__)
_BUKAN_JENJANG_PERTAMA = _t(
    "KAR-AK-12/bukan-jenjang-pertama",
    "jenjang: {jenjang} takes no pengangkatan pertama; a CPNS is appointed Ahli "
    "Pertama, Ahli Muda, Pemula or Terampil (KAR-AK-12)",
)
