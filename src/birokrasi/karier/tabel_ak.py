"""The dated angka kredit parameters of Jabatan Fungsional under PermenPANRB 1/2023: the
annual koefisien per jenjang (KAR-AK-01) and the kebutuhan angka kredit kumulatif (AKK) for the
next pangkat and jenjang (KAR-AK-05), held with the percentages per predikat and the degree
share in a :class:`TabelAngkaKredit` an agency may replace.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from birokrasi import _validasi as v
from birokrasi.errors import InvalidTypeError, InvalidValueError, NotFoundError, OutOfWindowError
from birokrasi.hukum import (
    PERATURAN_BKN_3_2023,
    PERMENPANRB_1_2023,
    Aturan,
    Dasar,
    Keyakinan,
)
from birokrasi.kinerja.predikat import Predikat
from birokrasi.pesan import pembuat_templat
from birokrasi.struktur.jabatan import Jenjang

__all__ = [
    "ATURAN",
    "ATURAN_AKK",
    "ATURAN_KOEFISIEN",
    "MULAI_INTEGRASI",
    "TABEL_ANGKA_KREDIT",
    "TABEL_ANGKA_KREDIT_2023",
    "TabelAngkaKredit",
    "akk_kenaikan_jenjang",
    "akk_kenaikan_pangkat",
    "koefisien_angka_kredit",
    "tabel_angka_kredit",
]

MULAI_INTEGRASI = dt.date(2023, 1, 1)
"""The first day predikat kinerja convert into angka kredit (PermenPANRB 1/2023; BKN)."""

ATURAN_KOEFISIEN = Aturan(
    kode="KAR-AK-01",
    uraian=(
        "Koefisien angka kredit tahunan per jenjang Jabatan Fungsional: Pemula 3,75; Terampil "
        "5; Mahir 12,5; Penyelia 25; Ahli Pertama 12,5; Ahli Muda 25; Ahli Madya 37,5; Ahli "
        "Utama 50."
    ),
    summary=(
        "Each JF jenjang has an annual angka kredit coefficient (the yearly target); non-JF "
        "jenjang have none."
    ),
    dasar=Dasar(
        PERMENPANRB_1_2023,
        lampiran="koefisien angka kredit tahunan",
        keyakinan=Keyakinan.SEKUNDER,
        tafsiran=(
            "The Lampiran table itself was not read. Ahli Pertama 12,5 (sangat baik 150% x "
            "12,5 = 18,75; baik 2/12 x 12,5 = 2,08) is in the BKN Direktorat Jabatan ASN "
            "slides on Peraturan BKN 3/2023; Ahli Madya 37,5 on a PAK konversi form (Guru "
            "Madya, baik); the keterampilan values agree with AKK kenaikan pangkat / 4 years. "
            "The table is a dated parameter an agency may replace."
        ),
    ),
    dasar_lain=(
        Dasar(
            PERATURAN_BKN_3_2023,
            lampiran="contoh perhitungan (Ahli Muda, 100% x 25)",
            keyakinan=Keyakinan.TERVERIFIKASI,
            kutipan=(
                "Angka Kredit jenjang ahli muda dihitung berdasarkan konversi Predikat Kinerja "
                "dikalikan koefesien Angka Kredit per tahun dalam jenjang jabatan dan dikalikan "
                "masa kepangkatan, yaitu: 100% x 25 = 25;"
            ),
            sumber="fliphtml5.com/ffcwr/kblm/Peraturan_BKN_Nomor_3_Tahun_2023/25 (audit S10)",
        ),
        Dasar(
            PERATURAN_BKN_3_2023,
            pasal="1",
            angka="9",
            keyakinan=Keyakinan.TERVERIFIKASI,
            kutipan=(
                "Koefisien Angka Kredit adalah target Angka Kredit minimal yang harus dipenuhi "
                "setiap tahun pada setiap jenjang jabatan"
            ),
            sumber=(
                "inforegulasi.com/2023/07/peraturan-bkn-nomor-3-tahun-2023.html (audit S11, "
                "as quoted there)"
            ),
        ),
    ),
    berlaku_sejak=MULAI_INTEGRASI,
)

ATURAN_AKK = Aturan(
    kode="KAR-AK-05",
    uraian=(
        "Angka kredit kumulatif untuk kenaikan pangkat: Pemula 15, Terampil 20, Mahir 50, "
        "Penyelia 100, Ahli Pertama 50, Ahli Muda 100, Ahli Madya 150, Ahli Utama 200; untuk "
        "kenaikan jenjang: Pemula 15, Terampil 60, Mahir 100, Ahli Pertama 100, Ahli Muda "
        "200, Ahli Madya 450."
    ),
    summary=(
        "The cumulative credit needed for each pangkat step inside a jenjang, and for the "
        "next jenjang (none above Penyelia and Ahli Utama)."
    ),
    dasar=Dasar(
        PERMENPANRB_1_2023,
        lampiran="angka kredit kumulatif kenaikan pangkat dan jenjang",
        keyakinan=Keyakinan.SEKUNDER,
        tafsiran=(
            "The keahlian rows and all kenaikan jenjang values are from BKN slides "
            "('Perbandingan Kebutuhan AKK', whose keterampilan labels are shifted by one row) "
            "and PAK forms (III/a 0-50, III/b 50-100, ...); the keterampilan AKK kenaikan "
            "pangkat rows were read in the Lampiran (the second citation)."
        ),
    ),
    dasar_lain=(
        Dasar(
            PERMENPANRB_1_2023,
            lampiran="angka kredit kumulatif kenaikan pangkat, kategori keterampilan",
            keyakinan=Keyakinan.TERVERIFIKASI,
            kutipan=(
                "Kategori Keterampilan, AKK Kenaikan Pangkat: II/a 15; II/b, II/c, II/d 20; "
                "III/a, III/b 50; III/c 100; III/d **"
            ),
            sumber=(
                "fliphtml5.com/xtqsj/ulfq/Permen_PANRB_Nomor_1_Tahun_2023 page 84, a copy of "
                "the jdih.menpan.go.id SALINAN (audit 2026-12 [S6])"
            ),
        ),
    ),
    berlaku_sejak=MULAI_INTEGRASI,
)

ATURAN: tuple[Aturan, ...] = (
    ATURAN_KOEFISIEN,
    ATURAN_AKK,
)


# -- the dated parameter table -------------------------------------------------------------


def _mapping_angka(kunci: type) -> v.Validator:
    """A mapping from ``kunci`` members to finite, positive Decimals."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        nama = v.nama_field(instance, attribute)
        if not isinstance(value, Mapping):
            raise InvalidTypeError(_BUKAN_PEMETAAN(nama=nama, diberikan=v.describe(value)))
        for k, x in value.items():
            if not isinstance(k, Jenjang | Predikat) or not isinstance(k, kunci):
                raise InvalidTypeError(_KUNCI(nama=nama, kunci=kunci, diberikan=v.describe(k)))
            v.pastikan_desimal(f"{nama}[{k.name}]", x, positif=True)

    return check


@attrs.frozen
class TabelAngkaKredit:
    """The angka kredit parameters in force from ``berlaku_sejak``: koefisien per jenjang
    (KAR-AK-01), percentage per predikat (KAR-AK-02), AKK for kenaikan pangkat and jenjang
    (KAR-AK-05) and the share of the AKK pangkat for a higher degree (KAR-AK-06).

    Percentages are given in percent (``Decimal("150")``); an agency or a later regulation
    passes its own table to every function through ``tabel=``.
    """

    berlaku_sejak: dt.date = attrs.field(validator=v.instance_of(dt.date))
    koefisien: Mapping[Jenjang, Decimal] = attrs.field(
        converter=v.KeMapping[Jenjang, Decimal], validator=_mapping_angka(Jenjang), hash=False
    )
    persentase: Mapping[Predikat, Decimal] = attrs.field(
        converter=v.KeMapping[Predikat, Decimal], validator=_mapping_angka(Predikat), hash=False
    )
    akk_pangkat: Mapping[Jenjang, Decimal] = attrs.field(
        converter=v.KeMapping[Jenjang, Decimal], validator=_mapping_angka(Jenjang), hash=False
    )
    akk_jenjang: Mapping[Jenjang, Decimal] = attrs.field(
        converter=v.KeMapping[Jenjang, Decimal], validator=_mapping_angka(Jenjang), hash=False
    )
    persen_pendidikan: Decimal = attrs.field(
        default=Decimal(25), kw_only=True, validator=v.desimal(Decimal(0), Decimal(100))
    )

    def __attrs_post_init__(self) -> None:
        for j in self.koefisien:
            if not j.is_fungsional:
                raise InvalidValueError(_BUKAN_JF(nama="TabelAngkaKredit.koefisien", jenjang=j))
        kurang = tuple(p for p in Predikat if p not in self.persentase)
        if kurang:
            raise InvalidValueError(_TANPA_PERSENTASE(predikat=kurang))
        for nama in ("akk_pangkat", "akk_jenjang"):
            lebih = tuple(j for j in getattr(self, nama) if j not in self.koefisien)
            if lebih:
                raise InvalidValueError(
                    _TANPA_KOEFISIEN(nama=f"TabelAngkaKredit.{nama}", jenjang=lebih)
                )


_J = Jenjang
_D = Decimal
TABEL_ANGKA_KREDIT_2023 = TabelAngkaKredit(
    MULAI_INTEGRASI,
    koefisien={
        _J.PEMULA: _D("3.75"),
        _J.TERAMPIL: _D("5"),
        _J.MAHIR: _D("12.5"),
        _J.PENYELIA: _D("25"),
        _J.AHLI_PERTAMA: _D("12.5"),
        _J.AHLI_MUDA: _D("25"),
        _J.AHLI_MADYA: _D("37.5"),
        _J.AHLI_UTAMA: _D("50"),
    },
    persentase={
        Predikat.SANGAT_BAIK: _D(150),
        Predikat.BAIK: _D(100),
        Predikat.BUTUH_PERBAIKAN: _D(75),
        Predikat.KURANG: _D(50),
        Predikat.SANGAT_KURANG: _D(25),
    },
    akk_pangkat={
        _J.PEMULA: _D(15),
        _J.TERAMPIL: _D(20),
        _J.MAHIR: _D(50),
        _J.PENYELIA: _D(100),
        _J.AHLI_PERTAMA: _D(50),
        _J.AHLI_MUDA: _D(100),
        _J.AHLI_MADYA: _D(150),
        _J.AHLI_UTAMA: _D(200),
    },
    akk_jenjang={
        _J.PEMULA: _D(15),
        _J.TERAMPIL: _D(60),
        _J.MAHIR: _D(100),
        _J.AHLI_PERTAMA: _D(100),
        _J.AHLI_MUDA: _D(200),
        _J.AHLI_MADYA: _D(450),
    },
)
"""PermenPANRB 1/2023 as read (KAR-AK-01/02/05/06), in force from 1 January 2023."""

TABEL_ANGKA_KREDIT: tuple[TabelAngkaKredit, ...] = (TABEL_ANGKA_KREDIT_2023,)
"""Every coded table, oldest first; :func:`tabel_angka_kredit` picks the one in force."""


def tabel_angka_kredit(
    tanggal: dt.date, *, tabel: TabelAngkaKredit | Iterable[TabelAngkaKredit] | None = None
) -> TabelAngkaKredit:
    """The table in force on ``tanggal`` (the latest with ``berlaku_sejak <= tanggal``).

    Raises :class:`~birokrasi.errors.OutOfWindowError` before 1 January 2023 (or before the
    first table passed).

    >>> tabel_angka_kredit(dt.date(2022, 12, 31))
    Traceback (most recent call last):
    ...
    birokrasi.errors.OutOfWindowError: KAR-AK-01: tidak ada aturan yang berlaku pada 31 Desember ...
    """
    v.pastikan_tipe("tanggal", tanggal, dt.date)
    ATURAN_KOEFISIEN.pastikan_berlaku(tanggal)
    if tabel is None:
        daftar: tuple[Any, ...] = TABEL_ANGKA_KREDIT
    elif isinstance(tabel, TabelAngkaKredit):
        daftar = (tabel,)
    else:
        isi = v.to_tuple(tabel)
        daftar = isi if isinstance(isi, tuple) else (isi,)
    for i, t in enumerate(daftar):
        v.pastikan_tipe(f"tabel[{i}]", t, TabelAngkaKredit)
    berlaku = [t for t in daftar if t.berlaku_sejak <= tanggal]
    if not berlaku:
        raise OutOfWindowError(_TABEL_TIDAK_BERLAKU(tanggal=tanggal))
    hasil: TabelAngkaKredit = max(berlaku, key=lambda t: t.berlaku_sejak)
    return hasil


def _fungsional(jenjang: Jenjang, t: TabelAngkaKredit, nama: str = "jenjang") -> Decimal:
    v.pastikan_tipe(nama, jenjang, Jenjang)
    koef = t.koefisien.get(jenjang)
    if koef is None:
        if jenjang.is_fungsional:
            raise InvalidValueError(
                _KOEFISIEN_TIDAK_ADA(nama=nama, sejak=t.berlaku_sejak, jenjang=jenjang)
            )
        raise InvalidValueError(_KOEFISIEN_BUKAN_JF(nama=nama, jenjang=jenjang))
    return koef


def koefisien_angka_kredit(
    jenjang: Jenjang, *, tanggal: dt.date, tabel: TabelAngkaKredit | None = None
) -> Decimal:
    """The annual angka kredit coefficient of JF ``jenjang`` on ``tanggal`` (KAR-AK-01).

    >>> koefisien_angka_kredit(Jenjang.AHLI_PERTAMA, tanggal=dt.date(2025, 1, 1))
    Decimal('12.5')
    """
    return _fungsional(jenjang, tabel_angka_kredit(tanggal, tabel=tabel))


# -- thresholds --------------------------------------------------------------------------


def akk_kenaikan_pangkat(
    jenjang: Jenjang, *, tanggal: dt.date, tabel: TabelAngkaKredit | None = None
) -> Fraction:
    """The angka kredit needed for each pangkat step inside JF ``jenjang`` (KAR-AK-05).

    >>> akk_kenaikan_pangkat(Jenjang.AHLI_MADYA, tanggal=dt.date(2024, 1, 1))
    Fraction(150, 1)
    """
    t = tabel_angka_kredit(tanggal, tabel=tabel)
    _fungsional(jenjang, t)
    nilai = t.akk_pangkat.get(jenjang)
    if nilai is None:
        raise NotFoundError(_TANPA_AKK_PANGKAT(jenjang=jenjang))
    return Fraction(nilai)


def akk_kenaikan_jenjang(
    jenjang: Jenjang, *, tanggal: dt.date, tabel: TabelAngkaKredit | None = None
) -> Fraction | None:
    """The angka kredit needed to move from JF ``jenjang`` to the next one (KAR-AK-05);
    ``None`` at the top of the ladder (Penyelia, Ahli Utama).

    >>> akk_kenaikan_jenjang(Jenjang.AHLI_MUDA, tanggal=dt.date(2024, 1, 1))
    Fraction(200, 1)
    """
    t = tabel_angka_kredit(tanggal, tabel=tabel)
    _fungsional(jenjang, t)
    nilai = t.akk_jenjang.get(jenjang)
    return None if nilai is None else Fraction(nilai)


_t = pembuat_templat(__name__)
# Shared by the folder's modules (each kode is declared once in the library).
_BUKAN_PEMETAAN = _t("KARIER/bukan-pemetaan", "{nama}: expected a mapping, got {diberikan}")
_KUNCI = _t("KARIER/kunci", "{nama}: keys must be {kunci}, got {diberikan}")
_NEGATIF = _t("KARIER/negatif", "{nama}: negative ({diberikan})")
_BUKAN_JF = _t("KARIER/bukan-jf", "{nama}: {jenjang} is not a Jabatan Fungsional jenjang")
_TANPA_PERSENTASE = _t(
    "TABEL-AK/tanpa-persentase", "TabelAngkaKredit.persentase: no percentage for {predikat}"
)
_TANPA_KOEFISIEN = _t("TABEL-AK/tanpa-koefisien", "{nama}: {jenjang} have no koefisien")
_TABEL_TIDAK_BERLAKU = _t(
    "KAR-AK-01/tabel-tidak-berlaku",
    "tabel: no angka kredit table in force on {tanggal} (KAR-AK-01)",
)
_KOEFISIEN_TIDAK_ADA = _t(
    "KAR-AK-01/koefisien-tidak-ada",
    "{nama}: the table in force from {sejak} has no koefisien for {jenjang} (KAR-AK-01)",
)
_KOEFISIEN_BUKAN_JF = _t(
    "KAR-AK-01/bukan-jf",
    "{nama}: {jenjang} is not a Jabatan Fungsional jenjang; only JF earn angka kredit (KAR-AK-01)",
)
_TANPA_AKK_PANGKAT = _t(
    "KAR-AK-05/tanpa-akk-pangkat", "jenjang: no AKK kenaikan pangkat for {jenjang}"
)
