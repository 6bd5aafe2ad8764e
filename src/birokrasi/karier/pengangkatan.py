"""Angka kredit given when a PNS is appointed into a Jabatan Fungsional (Peraturan BKN 3/2023
Bab II): the Angka Kredit Dasar of a golongan ruang inside a jenjang (KAR-AK-10) and the credit
of a perpindahan dari jabatan lain (KAR-AK-11), with the
:class:`~birokrasi.karier.saldo.SaldoAwal` that starts the ledger from it. The other routes
have their modules: :mod:`~birokrasi.karier.pengangkatan_pertama`,
:mod:`~birokrasi.karier.penyesuaian` and :mod:`~birokrasi.karier.promosi`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from fractions import Fraction

from birokrasi import _validasi as v
from birokrasi.errors import InvalidValueError
from birokrasi.hukum import PERATURAN_BKN_3_2023, Aturan, Dasar, Keyakinan
from birokrasi.karier.konversi import angka_kredit
from birokrasi.karier.saldo import SaldoAwal
from birokrasi.karier.tabel_ak import (
    MULAI_INTEGRASI,
    TabelAngkaKredit,
    _fungsional,
    akk_kenaikan_pangkat,
    tabel_angka_kredit,
)
from birokrasi.kinerja.predikat import Predikat
from birokrasi.pesan import pembuat_templat
from birokrasi.struktur.golongan import GOLONGAN_JF, Golongan
from birokrasi.struktur.jabatan import Jenjang

__all__ = [
    "ATURAN",
    "ATURAN_ANGKA_KREDIT_DASAR",
    "ATURAN_PERPINDAHAN",
    "angka_kredit_dasar",
    "angka_kredit_perpindahan",
    "saldo_awal_perpindahan",
]

_LAMPIRAN_I = "fliphtml5.com/ffcwr/kblm/Peraturan_BKN_Nomor_3_Tahun_2023/25"
_RINGKASAN = (
    "karjono.net/2023/10/21/peraturan-bkn-nomor-3-tahun-2023-tentang-ak-kenaikan-pagkat-jenjang-"
    "jabatan-fungsional (sentences of the text, their ayat numbers dropped)"
)

_DEFINISI_DASAR = Dasar(
    PERATURAN_BKN_3_2023,
    pasal="1",
    keyakinan=Keyakinan.SEKUNDER,
    kutipan=(
        "Angka Kredit Dasar adalah Angka Kredit yang diberikan bagi Pejabat Fungsional yang "
        "diangkat melalui perpindahan dari jabatan lain, penyesuaian, dan promosi yang golongan "
        "ruangnya berada paling kurang satu tingkat diatas golongan ruang terendah pada "
        "jenjangnya."
    ),
    sumber=_RINGKASAN,
    tafsiran=(
        "The definition as a summary reproduces it (the angka of Pasal 1 not shown): no Angka "
        "Kredit Dasar at the lowest golongan of a jenjang, and none on a pengangkatan pertama."
    ),
)
"""Peraturan BKN 3/2023's definition of the Angka Kredit Dasar (KAR-AK-10 and the routes)."""

ATURAN_ANGKA_KREDIT_DASAR = Aturan(
    kode="KAR-AK-10",
    uraian=(
        "Angka Kredit Dasar golongan ruang pada jenjang Jabatan Fungsional: angka kredit "
        "kumulatif kenaikan pangkat dari golongan ruang terendah jenjang itu sampai golongan "
        "ruang tersebut (Ahli Muda: III/c 0, III/d 100)."
    ),
    summary=(
        "A golongan's Angka Kredit Dasar in a JF jenjang is the AKK pangkat of the steps below "
        "it inside the jenjang (Ahli Muda III/d: 100), the floor of its band of credit."
    ),
    dasar=Dasar(
        PERATURAN_BKN_3_2023,
        lampiran="II angka 2",
        keyakinan=Keyakinan.TIDAK_PASTI,
        tafsiran=(
            "The Lampiran II angka 2 table was not read. One value was read in the Lampiran I "
            "example (III/d into Ahli Muda: 100), and it is the floor of the bands on PAK "
            "forms (Ahli Pertama III/a 0-50, III/b 50-100; Ahli Muda III/c 0-100, III/d "
            "100-200; Ahli Madya IV/a 0-150, IV/b 150-300, IV/c 300-450; Ahli Utama IV/d "
            "0-200, IV/e 200-400). The library derives every value as the number of golongan "
            "below it in the jenjang (STR-GOL-01) times the AKK kenaikan pangkat (KAR-AK-05), "
            "so a replaced TabelAngkaKredit moves it too."
        ),
    ),
    dasar_lain=(
        Dasar(
            PERATURAN_BKN_3_2023,
            lampiran="I angka 2 huruf b",
            keyakinan=Keyakinan.TERVERIFIKASI,
            kutipan=(
                "(2) Angka Kredit Dasar golongan ruang III/d sejumlah 100 (seratus) Angka Kredit."
            ),
            sumber=_LAMPIRAN_I,
        ),
        Dasar(
            PERATURAN_BKN_3_2023,
            bagian="formulir PAK konversi: rentang angka kredit",
            keyakinan=Keyakinan.SEKUNDER,
            kutipan=(
                "III/a 100 ≤ 150 100 0 – 50; III/b 150 ≤ 200 100 50 – 100; III/c 200 ≤ 300 200 "
                "0 – 100; III/d 300 ≤ 400 200 100 – 200; IV/a 400 ≤ 550 400 0 - 150; IV/b 550 "
                "≤ 700 400 150 – 300; IV/c 700 ≤ 850 400 300 – 450; IV/d 850 ≤1050 850 0 - 200; "
                "IV/e ≥1050 850 200 – 400"
            ),
            sumber="id.scribd.com/document/707496387 (PAK konversi of a Guru Madya, 2024)",
        ),
        _DEFINISI_DASAR,
    ),
    berlaku_sejak=MULAI_INTEGRASI,
)

ATURAN_PERPINDAHAN = Aturan(
    kode="KAR-AK-11",
    uraian=(
        "Angka Kredit perpindahan dari jabatan lain ke dalam Jabatan Fungsional: konversi "
        "Predikat Kinerja pada golongan ruang terakhir (persentase x koefisien jenjang yang "
        "akan diduduki x masa kepangkatan) ditambah Angka Kredit Dasar; bagi pangkat "
        "tertinggi dalam jabatan administrasi dengan masa kepangkatan lebih dari 3 tahun, "
        "hanya 3 tahun terakhir yang dikonversi."
    ),
    summary=(
        "On a transfer into a JF, the predikat held in the last golongan convert at the new "
        "jenjang's coefficient, plus the golongan's Angka Kredit Dasar; for the top pangkat "
        "of jabatan administrasi only the last 3 years count."
    ),
    dasar=Dasar(
        PERATURAN_BKN_3_2023,
        bagian="Bab II, Angka Kredit perpindahan (Pasal 5 ayat (1) huruf b)",
        keyakinan=Keyakinan.TERVERIFIKASI,
        kutipan=(
            "(1) Angka Kredit perpindahan antar kelompok jabatan sebagaimana dimaksud dalam "
            "Pasal 5 ayat (1) huruf b dihitung dan ditetapkan berdasarkan konversi Predikat "
            "Kinerja pada golongan ruang terakhir yang dimilikinya dan ditambah dengan Angka "
            "Kredit Dasar pada jenjang Jabatan Fungsional yang akan diduduki. ... (4) Dalam hal "
            "PNS ... memiliki pangkat tertinggi dalam jabatan administrasi dan masa "
            "kepangkatannya lebih dari 3 (tiga) tahun, maka Penetapan Angka Kredit dilakukan "
            "dengan mengkonversi Predikat Kinerja pada golongan ruang terakhir yang dimilikinya "
            "dalam kurun waktu 3 (tiga) tahun terakhir, ditambah Angka Kredit Dasar ... (5) "
            "Dalam hal PNS ... memiliki pangkat dan golongan ruang yang tidak sesuai dengan "
            "jenjang jabatan, Angka Kredit perpindahan ditetapkan sesuai dengan tabel Angka "
            "Kredit sebagaimana tercantum dalam Lampiran II angka 3"
        ),
        sumber="pasal.id/peraturan/perban/peraturan-bkn-no-3-tahun-2023",
        tafsiran=(
            "The copy read does not show the Pasal's number. The koefisien is that of the "
            "jenjang to be held, as in the Lampiran I example; each year in the last golongan "
            "brings its annual predikat and a part of a year its months (KAR-AK-03). The "
            "Lampiran II angka 3 table of ayat (5) was not read: for a golongan outside the "
            "jenjang's range the library refuses, and the PAK value goes into a SaldoAwal."
        ),
    ),
    dasar_lain=(
        Dasar(
            PERATURAN_BKN_3_2023,
            lampiran="I angka 2 huruf b",
            keyakinan=Keyakinan.TERVERIFIKASI,
            kutipan=(
                "(1) Angka Kredit jenjang ahli muda dihitung berdasarkan konversi Predikat "
                "Kinerja dikalikan koefesien Angka Kredit per tahun dalam jenjang jabatan dan "
                "dikalikan masa kepangkatan, yaitu: 100% x 25 = 25; 25 x 3 = 75 Angka Kredit. "
                "(dikalikan 3 karena merupakan pangkat puncak dalam jabatan administrasi)"
            ),
            sumber=_LAMPIRAN_I,
        ),
    ),
    berlaku_sejak=MULAI_INTEGRASI,
)

ATURAN: tuple[Aturan, ...] = (
    ATURAN_ANGKA_KREDIT_DASAR,
    ATURAN_PERPINDAHAN,
)


_BULAN_PUNCAK = 36
"""Ayat (4): 3 (tiga) tahun terakhir."""


def angka_kredit_dasar(
    jenjang: Jenjang,
    golongan: Golongan,
    *,
    tanggal: dt.date,
    tabel: TabelAngkaKredit | None = None,
) -> Fraction:
    """The Angka Kredit Dasar of ``golongan`` in JF ``jenjang``: the AKK kenaikan pangkat of
    the steps below it inside the jenjang (KAR-AK-10).

    Raises :class:`~birokrasi.errors.InvalidValueError` for a golongan outside the jenjang's
    range (Peraturan BKN 3/2023 sets that credit in a table the library has not read).

    >>> from birokrasi.struktur import Golongan, Jenjang
    >>> angka_kredit_dasar(Jenjang.AHLI_MUDA, Golongan.III_D, tanggal=dt.date(2024, 1, 1))
    Fraction(100, 1)
    """
    t = tabel_angka_kredit(tanggal, tabel=tabel)
    _fungsional(jenjang, t)
    v.pastikan_tipe("golongan", golongan, Golongan)
    rentang = GOLONGAN_JF[jenjang]
    if golongan not in rentang:
        raise InvalidValueError(
            _DI_LUAR_RENTANG(golongan=golongan, jenjang=jenjang, bawah=rentang[0], atas=rentang[-1])
        )
    return rentang.index(golongan) * akk_kenaikan_pangkat(jenjang, tanggal=tanggal, tabel=t)


def _masa(predikat: Iterable[Predikat | tuple[Predikat, int]]) -> list[tuple[Predikat, int]]:
    """``(predikat, bulan)`` for each item: a Predikat is a whole year."""
    v.pastikan_iterabel("predikat", predikat, "Iterable[Predikat | tuple[Predikat, int]]")
    hasil: list[tuple[Predikat, int]] = []
    for i, item in enumerate(predikat):
        nama = f"predikat[{i}]"
        if isinstance(item, tuple) and len(item) == 2:
            p, bulan = item
            v.pastikan_tipe(nama, p, Predikat)
            hasil.append((p, v.pastikan_bilangan(nama, bulan, 1, 12)))
        else:
            v.pastikan_tipe(nama, item, Predikat)
            assert isinstance(item, Predikat)
            hasil.append((item, 12))
    return hasil


def _terakhir(masa: list[tuple[Predikat, int]], bulan: int) -> list[tuple[Predikat, int]]:
    """The most recent ``bulan`` months of ``masa`` (oldest first)."""
    hasil: list[tuple[Predikat, int]] = []
    for p, n in reversed(masa):
        if bulan <= 0:
            break
        hasil.append((p, min(n, bulan)))
        bulan -= n
    return hasil[::-1]


def _golongan_jenjang(jenjang: Jenjang, golongan: Golongan) -> None:
    """Raise unless ``golongan`` is one of ``jenjang``'s (STR-GOL-01)."""
    v.pastikan_tipe("golongan", golongan, Golongan)
    if golongan not in GOLONGAN_JF[jenjang]:
        raise InvalidValueError(_BUKAN_GOLONGAN_JENJANG(golongan=golongan, jenjang=jenjang))


def _konversi(
    jenjang: Jenjang,
    predikat: Iterable[Predikat | tuple[Predikat, int]],
    tanggal: dt.date,
    tabel: TabelAngkaKredit | None,
) -> Fraction:
    """The ``predikat`` (a year each, or ``(predikat, bulan)``) converted in ``jenjang``."""
    return sum(
        (
            angka_kredit(jenjang, p, bulan=n, tanggal=tanggal, tabel=tabel)
            for p, n in _masa(predikat)
        ),
        Fraction(0),
    )


def angka_kredit_perpindahan(
    jenjang: Jenjang,
    golongan: Golongan,
    predikat: Iterable[Predikat | tuple[Predikat, int]],
    *,
    tanggal: dt.date,
    pangkat_puncak: bool = False,
    tabel: TabelAngkaKredit | None = None,
) -> Fraction:
    """The credit of a PNS moving into JF ``jenjang`` with ``golongan`` on ``tanggal``: the
    ``predikat`` held in that golongan (oldest first; a Predikat is a year, ``(predikat,
    bulan)`` part of one) converted at the jenjang's coefficient, plus the golongan's Angka
    Kredit Dasar; with ``pangkat_puncak`` (the top pangkat of jabatan administrasi) only the
    last 3 years count (KAR-AK-11, KAR-AK-10).

    >>> from birokrasi.kinerja import Predikat
    >>> from birokrasi.struktur import Golongan, Jenjang
    >>> angka_kredit_perpindahan(Jenjang.AHLI_MUDA, Golongan.III_D, [Predikat.BAIK] * 3,
    ...                          tanggal=dt.date(2024, 1, 1))
    Fraction(175, 1)
    """
    dasar = angka_kredit_dasar(jenjang, golongan, tanggal=tanggal, tabel=tabel)
    masa = _masa(predikat)
    v.pastikan_tipe("pangkat_puncak", pangkat_puncak, bool)
    if pangkat_puncak:
        masa = _terakhir(masa, _BULAN_PUNCAK)
    return dasar + _konversi(jenjang, masa, tanggal, tabel)


def saldo_awal_perpindahan(
    jenjang: Jenjang,
    golongan: Golongan,
    predikat: Iterable[Predikat | tuple[Predikat, int]],
    *,
    tanggal: dt.date,
    mulai_pangkat: dt.date | None = None,
    pangkat_puncak: bool = False,
    tabel: TabelAngkaKredit | None = None,
) -> SaldoAwal:
    """The ledger's start for a PNS moving into JF ``jenjang`` on ``tanggal``: the credit of
    :func:`angka_kredit_perpindahan`, of which the part above the golongan's Angka Kredit
    Dasar counts towards the next pangkat (KAR-AK-11, KAR-AK-10, KAR-AK-08)."""
    jumlah = angka_kredit_perpindahan(
        jenjang, golongan, predikat, tanggal=tanggal, pangkat_puncak=pangkat_puncak, tabel=tabel
    )
    dasar = angka_kredit_dasar(jenjang, golongan, tanggal=tanggal, tabel=tabel)
    return SaldoAwal(
        tanggal,
        jenjang,
        golongan,
        jumlah,
        sisa_pangkat=jumlah - dasar,
        mulai_jenjang=tanggal,
        mulai_pangkat=mulai_pangkat,
    )


_t = pembuat_templat(__name__)
_DI_LUAR_RENTANG = _t(
    "KAR-AK-10/di-luar-rentang",
    "golongan: {golongan} is outside the range of {jenjang} ({bawah}-{atas}); its credit is in "
    "Peraturan BKN 3/2023 Lampiran II angka 3, which the library has not read: put the PAK "
    "value in a SaldoAwal (KAR-AK-10, KAR-AK-11)",
)
_BUKAN_GOLONGAN_JENJANG = _t(
    "STR-GOL-01/angka-kredit-golongan-jenjang",
    "golongan: {golongan} is not a golongan of {jenjang} (STR-GOL-01)",
)
