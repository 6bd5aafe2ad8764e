"""Angka kredit of a pengangkatan through promosi into a Jabatan Fungsional (KAR-AK-14,
Peraturan BKN 3/2023 Bab II): the converted predikat, to which the authority may add the Angka
Kredit Dasar, and the :class:`~birokrasi.karier.saldo.SaldoAwal` that starts the ledger from
it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from fractions import Fraction

from birokrasi import _validasi as v
from birokrasi.hukum import PERATURAN_BKN_3_2023, Aturan, Dasar, Keyakinan
from birokrasi.karier.pengangkatan import (
    _DEFINISI_DASAR,
    _RINGKASAN,
    _golongan_jenjang,
    _konversi,
    angka_kredit_dasar,
)
from birokrasi.karier.saldo import SaldoAwal
from birokrasi.karier.tabel_ak import (
    MULAI_INTEGRASI,
    TabelAngkaKredit,
    _fungsional,
    tabel_angka_kredit,
)
from birokrasi.kinerja.predikat import Predikat
from birokrasi.struktur.golongan import Golongan
from birokrasi.struktur.jabatan import Jenjang

__all__ = [
    "ATURAN",
    "ATURAN_PROMOSI",
    "angka_kredit_promosi",
    "saldo_awal_promosi",
]

ATURAN_PROMOSI = Aturan(
    kode="KAR-AK-14",
    uraian=(
        "Angka Kredit promosi ke dalam Jabatan Fungsional ditetapkan berdasarkan konversi "
        "Predikat Kinerja dan dapat ditambah dengan Angka Kredit Dasar."
    ),
    summary=(
        "On a promosi into a JF, the credit is the converted predikat; the authority may add "
        "the golongan's Angka Kredit Dasar (added only when asked for)."
    ),
    dasar=Dasar(
        PERATURAN_BKN_3_2023,
        bagian="Bab II, Angka Kredit promosi",
        keyakinan=Keyakinan.SEKUNDER,
        kutipan=(
            "Angka Kredit promosi ke dalam Jabatan Fungsional sebagaimana dimaksud pada ayat "
            "huruf a ditetapkan berdasarkan konversi Predikat Kinerja dan dapat ditambah dengan "
            "Angka Kredit Dasar. Angka Kredit kenaikan jenjang Jabatan Fungsional sebagaimana "
            "dimaksud pada ayat huruf b ditetapkan berdasarkan kumulatif konversi Predikat "
            "Kinerja."
        ),
        sumber=_RINGKASAN,
        tafsiran=(
            "Read in a summary that reproduces the Pasal's sentences without their numbers; "
            "the Pasal, its Lampiran I example and which predikat are converted (over what "
            "period, at whose coefficient) were not read. The library converts the predikat "
            "the caller passes at the coefficient of the jenjang to be held, as on a "
            "perpindahan (KAR-AK-11), and adds the Angka Kredit Dasar only when tambah_dasar "
            "says the authority gives it ('dapat'); the converted part counts towards the next "
            "pangkat. The second sentence, a kenaikan jenjang inside a JF by promosi, is not "
            "computed here: what 'kumulatif konversi' carries into the new jenjang was not "
            "read, and the ledger's KenaikanJenjang applies KAR-AK-07."
        ),
    ),
    dasar_lain=(_DEFINISI_DASAR,),
    berlaku_sejak=MULAI_INTEGRASI,
)

ATURAN: tuple[Aturan, ...] = (ATURAN_PROMOSI,)


def _promosi(
    jenjang: Jenjang,
    golongan: Golongan,
    predikat: Iterable[Predikat | tuple[Predikat, int]],
    tanggal: dt.date,
    tambah_dasar: bool,
    tabel: TabelAngkaKredit | None,
) -> tuple[Fraction, Fraction]:
    """The converted predikat and the Angka Kredit Dasar given (0 unless ``tambah_dasar``)."""
    t = tabel_angka_kredit(tanggal, tabel=tabel)
    _fungsional(jenjang, t)
    _golongan_jenjang(jenjang, golongan)
    v.pastikan_tipe("tambah_dasar", tambah_dasar, bool)
    konversi = _konversi(jenjang, predikat, tanggal, t)
    if not tambah_dasar:
        return konversi, Fraction(0)
    return konversi, angka_kredit_dasar(jenjang, golongan, tanggal=tanggal, tabel=t)


def angka_kredit_promosi(
    jenjang: Jenjang,
    golongan: Golongan,
    predikat: Iterable[Predikat | tuple[Predikat, int]],
    *,
    tanggal: dt.date,
    tambah_dasar: bool = False,
    tabel: TabelAngkaKredit | None = None,
) -> Fraction:
    """The credit of a PNS promoted into JF ``jenjang`` with ``golongan`` on ``tanggal``: the
    ``predikat`` (a Predikat is a year, ``(predikat, bulan)`` part of one) converted at the
    jenjang's coefficient, plus the golongan's Angka Kredit Dasar when the authority gives it
    (``tambah_dasar``) (KAR-AK-14, KAR-AK-10).

    >>> from birokrasi.kinerja import Predikat
    >>> from birokrasi.struktur import Golongan, Jenjang
    >>> angka_kredit_promosi(Jenjang.AHLI_MADYA, Golongan.IV_B, [Predikat.BAIK] * 2,
    ...                      tanggal=dt.date(2024, 3, 1), tambah_dasar=True)
    Fraction(225, 1)
    """
    konversi, dasar = _promosi(jenjang, golongan, predikat, tanggal, tambah_dasar, tabel)
    return konversi + dasar


def saldo_awal_promosi(
    jenjang: Jenjang,
    golongan: Golongan,
    predikat: Iterable[Predikat | tuple[Predikat, int]],
    *,
    tanggal: dt.date,
    tambah_dasar: bool = False,
    mulai_pangkat: dt.date | None = None,
    tabel: TabelAngkaKredit | None = None,
) -> SaldoAwal:
    """The ledger's start for a PNS promoted into JF ``jenjang`` on ``tanggal``: the credit of
    :func:`angka_kredit_promosi`, of which the converted predikat counts towards the next
    pangkat (KAR-AK-14, KAR-AK-10)."""
    konversi, dasar = _promosi(jenjang, golongan, predikat, tanggal, tambah_dasar, tabel)
    return SaldoAwal(
        tanggal,
        jenjang,
        golongan,
        konversi + dasar,
        sisa_pangkat=konversi,
        mulai_jenjang=tanggal,
        mulai_pangkat=mulai_pangkat,
    )
