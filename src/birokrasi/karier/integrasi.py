"""Angka kredit earned under the former (konvensional) rules, brought into the integrated
ledger of PermenPANRB 1/2023 (KAR-AK-09): ``AK Integrasi = Akumulasi AK konvensional - Nilai
Dasar``, the nilai dasar a dated table per golongan ruang (:class:`NilaiDasarIntegrasi`), the
result checked against the golongan's band (KAR-AK-10) and turned into the
:class:`~birokrasi.karier.saldo.SaldoAwal` that starts the ledger.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from birokrasi import _validasi as v
from birokrasi.errors import InvalidTypeError, InvalidValueError, OutOfWindowError
from birokrasi.hukum import (
    PERATURAN_BKN_3_2023,
    PERMENPANRB_1_2023,
    Aturan,
    Dasar,
    Keyakinan,
    Pelanggaran,
)
from birokrasi.karier.kenaikan import _nilai_ak
from birokrasi.karier.pengangkatan import _BUKAN_GOLONGAN_JENJANG, angka_kredit_dasar
from birokrasi.karier.saldo import SaldoAwal
from birokrasi.karier.tabel_ak import (
    _BUKAN_JF,
    _BUKAN_PEMETAAN,
    _KUNCI,
    _NEGATIF,
    MULAI_INTEGRASI,
    TabelAngkaKredit,
    akk_kenaikan_pangkat,
)
from birokrasi.pesan import pembuat_templat
from birokrasi.struktur.golongan import GOLONGAN_JF, Golongan
from birokrasi.struktur.jabatan import Jenjang

__all__ = [
    "ATURAN",
    "ATURAN_INTEGRASI",
    "NILAI_DASAR_INTEGRASI_2023",
    "NilaiDasarIntegrasi",
    "angka_kredit_integrasi",
    "nilai_dasar_integrasi",
    "periksa_angka_kredit_integrasi",
    "saldo_awal_integrasi",
]

_SLIDE_BKN = "id.scribd.com/document/712964724 (BKN Direktorat Jabatan ASN, 2023)"

ATURAN_INTEGRASI = Aturan(
    kode="KAR-AK-09",
    uraian=(
        "Angka Kredit Kumulatif model konvensional disesuaikan menjadi model integrasi: AK "
        "Integrasi = Akumulasi AK konvensional - Nilai Dasar golongan ruang (II/a 25; II/b-II/d "
        "40; III/a-III/b 100; III/c-III/d 200; IV/a-IV/c 400; IV/d-IV/e 850); hasilnya berada "
        "dalam rentang angka kredit golongan ruangnya."
    ),
    summary=(
        "Credit earned under the old rules enters the integrated ledger as the accumulated "
        "credit minus the golongan's nilai dasar; the result lies in the golongan's band."
    ),
    dasar=Dasar(
        PERATURAN_BKN_3_2023,
        bagian="Ketentuan Peralihan: penyesuaian AK kumulatif konvensional ke integrasi",
        keyakinan=Keyakinan.SEKUNDER,
        kutipan="AK Integrasi = Akumulasi AK konvensional – Nilai Dasar",
        sumber=_SLIDE_BKN,
        tafsiran=(
            "The formula is on the BKN slides; the Pasal was not read. The nilai dasar of the "
            "keahlian golongan were read on a PAK form, the IV/b value (400) also on a PAK "
            "integrasi form, which adds that a result outside the golongan's band is a "
            "mistake: the library reports it (KAR-AK-10 gives the band) and refuses to start "
            "a ledger below it. Old-style PAK closed on 30 June 2023 and PAK konversi on 31 "
            "December 2023 (SE MenPANRB 8/2023 as reported); those dates are not enforced."
        ),
    ),
    dasar_lain=(
        Dasar(
            PERMENPANRB_1_2023,
            pasal="57",
            keyakinan=Keyakinan.SEKUNDER,
            kutipan=(
                "Pasal 57 Tata cara penyesuaian Angka Kredit Kumulatif (model konvensional "
                "menjadi Integrasi)"
            ),
            sumber=(
                "slideshare.net/WidarmaAtmaja/kebijakan-teknis-perka-bkn-no-3-tahun-2023-tentang-"
                "angka-kredit-kenaikan-pangkat-dan-jenjang-jf-3pdf (the mandates of Peraturan "
                "BKN 3/2023)"
            ),
        ),
        Dasar(
            PERATURAN_BKN_3_2023,
            bagian="formulir PAK konversi: nilai dasar",
            keyakinan=Keyakinan.SEKUNDER,
            kutipan=(
                "GOLONGAN RUANG | ANGKA KREDIT LAMA (KONVENSIONAL) | NILAI DASAR | AKUMULASI BARU "
                "(INTEGRASI): III/a 100 ≤ 150 100 0 – 50; III/b 150 ≤ 200 100 50 – 100; III/c "
                "200 ≤ 300 200 0 – 100; III/d 300 ≤ 400 200 100 – 200; IV/a 400 ≤ 550 400 0 - "
                "150; IV/b 550 ≤ 700 400 150 – 300; IV/c 700 ≤ 850 400 300 – 450; IV/d 850 "
                "≤1050 850 0 - 200; IV/e ≥1050 850 200 – 400"
            ),
            sumber="id.scribd.com/document/707496387 (PAK konversi of a Guru Madya, 2024)",
        ),
        Dasar(
            PERATURAN_BKN_3_2023,
            bagian="formulir PAK integrasi",
            keyakinan=Keyakinan.SEKUNDER,
            kutipan=(
                "(Jumlah angka kredit yang diperoleh)-(nilai dasar) = 550,63-400 = 150.63 ... "
                "Jika diangkat dengan golongan 3a, dan golongan saat ini 3d ... hasilnya harus "
                "berada di rentangan 100-200. Jika dibawah 100 atau di atas 200, maka ada yang "
                "keliru dalam perhitungan"
            ),
            sumber="id.scribd.com/document/670544451 (FORMULIR PAK INTEGRASI)",
        ),
        Dasar(
            PERATURAN_BKN_3_2023,
            bagian="bahan teknis BKN: kebutuhan AKK konvensional dan integrasi",
            keyakinan=Keyakinan.TIDAK_PASTI,
            kutipan=(
                "Madya IV/a – IV/b – IV/c 550-700 850 150 450; Muda III/c – III/d 300 400 100 "
                "200; Pertama III/a – III/b 150 200 50 100; Penyelia III/c – III/d 300 - 100 -; "
                "Terampil III/a – III/b 150 200 50 100; Mahir II/b – II/c – II/d 60-80 100 20 "
                "60; Pemula II/a-II/b 20 40 15 15"
            ),
            sumber=_SLIDE_BKN,
            tafsiran=(
                "The keterampilan nilai dasar were not read: II/a 25 and II/b-II/d 40 are the "
                "konvensional AKK on this slide (its keterampilan labels are shifted by one "
                "row) minus the integrated AKK of KAR-AK-05 (Pemula 40 - 15; Terampil 60 - 20 "
                "and 100 - 60); the same subtraction gives the read keahlian values. An agency "
                "whose former tables differ passes its own NilaiDasarIntegrasi."
            ),
        ),
    ),
    berlaku_sejak=MULAI_INTEGRASI,
)

ATURAN: tuple[Aturan, ...] = (ATURAN_INTEGRASI,)


def _ke_nilai(value: Any) -> Any:
    """Converter: a mapping whose values become exact Fractions where they can."""
    if isinstance(value, Mapping):
        return v.to_mapping({k: v.ke_pecahan(x) for k, x in value.items()})
    return value


def _nilai_sah(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    nama = v.nama_field(instance, attribute)
    if not isinstance(value, Mapping):
        raise InvalidTypeError(_BUKAN_PEMETAAN(nama=nama, diberikan=v.describe(value)))
    for g, x in value.items():
        if not isinstance(g, Golongan):
            raise InvalidTypeError(_KUNCI(nama=nama, kunci=Golongan, diberikan=v.describe(g)))
        v.pastikan_pecahan(f"{nama}[{g.label}]", x)
        if x < 0:
            raise InvalidValueError(_NEGATIF(nama=f"{nama}[{g.label}]", diberikan=v.render(x)))


@attrs.frozen
class NilaiDasarIntegrasi:
    """The nilai dasar per golongan ruang in force from ``berlaku_sejak`` (KAR-AK-09): what
    the former rules had accumulated at the start of the golongan's jenjang."""

    berlaku_sejak: dt.date = attrs.field(validator=v.instance_of(dt.date))
    nilai: Mapping[Golongan, Fraction] = attrs.field(
        converter=_ke_nilai, validator=_nilai_sah, hash=False
    )


_G = Golongan
NILAI_DASAR_INTEGRASI_2023 = NilaiDasarIntegrasi(
    MULAI_INTEGRASI,
    {
        _G.II_A: 25,
        _G.II_B: 40,
        _G.II_C: 40,
        _G.II_D: 40,
        _G.III_A: 100,
        _G.III_B: 100,
        _G.III_C: 200,
        _G.III_D: 200,
        _G.IV_A: 400,
        _G.IV_B: 400,
        _G.IV_C: 400,
        _G.IV_D: 850,
        _G.IV_E: 850,
    },
)
"""The nilai dasar as read (keahlian) and derived (keterampilan), KAR-AK-09."""


def nilai_dasar_integrasi(
    golongan: Golongan,
    *,
    tanggal: dt.date,
    nilai_dasar: NilaiDasarIntegrasi | None = None,
) -> Fraction:
    """The nilai dasar of ``golongan`` on ``tanggal`` (KAR-AK-09) in ``nilai_dasar`` (``None``,
    here and in the other integrasi functions: :data:`NILAI_DASAR_INTEGRASI_2023`).

    >>> from birokrasi.struktur import Golongan
    >>> nilai_dasar_integrasi(Golongan.IV_B, tanggal=dt.date(2023, 6, 30))
    Fraction(400, 1)
    """
    v.pastikan_tipe("golongan", golongan, Golongan)
    v.pastikan_tipe("tanggal", tanggal, dt.date)
    nilai_dasar = NILAI_DASAR_INTEGRASI_2023 if nilai_dasar is None else nilai_dasar
    v.pastikan_tipe("nilai_dasar", nilai_dasar, NilaiDasarIntegrasi)
    ATURAN_INTEGRASI.pastikan_berlaku(tanggal)
    if tanggal < nilai_dasar.berlaku_sejak:
        raise OutOfWindowError(
            _NILAI_DASAR_BELUM_BERLAKU(sejak=nilai_dasar.berlaku_sejak, tanggal=tanggal)
        )
    nilai = nilai_dasar.nilai.get(golongan)
    if nilai is None:
        raise InvalidValueError(_TANPA_NILAI_DASAR(golongan=golongan))
    return nilai


def _integrasi(
    akumulasi_konvensional: Fraction | Decimal | int,
    jenjang: Jenjang,
    golongan: Golongan,
    tanggal: dt.date,
    nilai_dasar: NilaiDasarIntegrasi | None,
) -> Fraction:
    """The accumulation minus the nilai dasar, negative or not, the arguments checked."""
    v.pastikan_eksak("akumulasi_konvensional", akumulasi_konvensional)
    lama = Fraction(akumulasi_konvensional)
    if lama < 0:
        raise InvalidValueError(_NEGATIF(nama="akumulasi_konvensional", diberikan=v.render(lama)))
    v.pastikan_tipe("jenjang", jenjang, Jenjang)
    v.pastikan_tipe("golongan", golongan, Golongan)
    if not jenjang.is_fungsional:
        raise InvalidValueError(_BUKAN_JF(nama="jenjang", jenjang=jenjang))
    if golongan not in GOLONGAN_JF[jenjang]:
        raise InvalidValueError(_BUKAN_GOLONGAN_JENJANG(golongan=golongan, jenjang=jenjang))
    return lama - nilai_dasar_integrasi(golongan, tanggal=tanggal, nilai_dasar=nilai_dasar)


def _rentang(
    jenjang: Jenjang, golongan: Golongan, tanggal: dt.date, tabel: TabelAngkaKredit | None
) -> tuple[Fraction, Fraction]:
    """The golongan's band of credit in the jenjang (KAR-AK-10)."""
    bawah = angka_kredit_dasar(jenjang, golongan, tanggal=tanggal, tabel=tabel)
    return bawah, bawah + akk_kenaikan_pangkat(jenjang, tanggal=tanggal, tabel=tabel)


def angka_kredit_integrasi(
    akumulasi_konvensional: Fraction | Decimal | int,
    *,
    jenjang: Jenjang,
    golongan: Golongan,
    tanggal: dt.date,
    nilai_dasar: NilaiDasarIntegrasi | None = None,
) -> Fraction:
    """The integrated angka kredit of a JF holding ``jenjang`` and ``golongan`` who had
    accumulated ``akumulasi_konvensional`` under the former rules (KAR-AK-09), exact.

    Raises :class:`~birokrasi.errors.InvalidValueError` when the accumulation is below the
    nilai dasar (negative credit has no meaning); whether the result lies in the golongan's
    band is :func:`periksa_angka_kredit_integrasi`.

    >>> from decimal import Decimal
    >>> from birokrasi.struktur import Golongan, Jenjang
    >>> angka_kredit_integrasi(Decimal("550.63"), jenjang=Jenjang.AHLI_MADYA,
    ...                        golongan=Golongan.IV_B, tanggal=dt.date(2023, 6, 30))
    Fraction(15063, 100)
    """
    ak = _integrasi(akumulasi_konvensional, jenjang, golongan, tanggal, nilai_dasar)
    if ak < 0:
        lama = Fraction(akumulasi_konvensional)
        raise InvalidValueError(
            _DI_BAWAH_NILAI_DASAR(
                akumulasi=_nilai_ak(lama), nilai_dasar=_nilai_ak(lama - ak), golongan=golongan
            )
        )
    return ak


def periksa_angka_kredit_integrasi(
    akumulasi_konvensional: Fraction | Decimal | int,
    subjek: str,
    *,
    jenjang: Jenjang,
    golongan: Golongan,
    tanggal: dt.date,
    nilai_dasar: NilaiDasarIntegrasi | None = None,
    tabel: TabelAngkaKredit | None = None,
) -> tuple[Pelanggaran, ...]:
    """A finding when the integrated angka kredit of ``akumulasi_konvensional`` lies outside
    the band of ``golongan`` in ``jenjang`` (KAR-AK-09, band of KAR-AK-10); none when it fits."""
    v.pastikan_tipe("subjek", subjek, str)
    ak = _integrasi(akumulasi_konvensional, jenjang, golongan, tanggal, nilai_dasar)
    bawah, atas = _rentang(jenjang, golongan, tanggal, tabel)
    if bawah <= ak <= atas:
        return ()
    templat = _DI_BAWAH_RENTANG if ak < bawah else _DI_ATAS_RENTANG
    return (
        Pelanggaran(
            ATURAN_INTEGRASI,
            subjek,
            templat(
                angka_kredit=_nilai_ak(ak),
                bawah=_nilai_ak(bawah),
                atas=_nilai_ak(atas),
                golongan=golongan,
                jenjang=jenjang,
            ),
        ),
    )


def saldo_awal_integrasi(
    akumulasi_konvensional: Fraction | Decimal | int,
    *,
    jenjang: Jenjang,
    golongan: Golongan,
    tanggal: dt.date,
    mulai_jenjang: dt.date | None = None,
    mulai_pangkat: dt.date | None = None,
    nilai_dasar: NilaiDasarIntegrasi | None = None,
    tabel: TabelAngkaKredit | None = None,
) -> SaldoAwal:
    """The ledger's start on ``tanggal`` from the konvensional accumulation (KAR-AK-09): the
    integrated credit for the jenjang, of which the part above the golongan's Angka Kredit
    Dasar (KAR-AK-10) counts towards the next pangkat.

    Raises :class:`~birokrasi.errors.InvalidValueError` when the credit is below the
    golongan's band: the golongan would rest on credit it does not have.
    """
    ak = _integrasi(akumulasi_konvensional, jenjang, golongan, tanggal, nilai_dasar)
    bawah, _ = _rentang(jenjang, golongan, tanggal, tabel)
    if ak < bawah:
        raise InvalidValueError(
            _DI_BAWAH_DASAR_GOLONGAN(
                angka_kredit=_nilai_ak(ak),
                bawah=_nilai_ak(bawah),
                golongan=golongan,
                jenjang=jenjang,
            )
        )
    return SaldoAwal(
        tanggal,
        jenjang,
        golongan,
        ak,
        sisa_pangkat=ak - bawah,
        mulai_jenjang=mulai_jenjang,
        mulai_pangkat=mulai_pangkat,
    )


_t = pembuat_templat(__name__)
_NILAI_DASAR_BELUM_BERLAKU = _t(
    "KAR-AK-09/nilai-dasar-belum-berlaku",
    "nilai_dasar: in force from {sejak}, not on {tanggal} (KAR-AK-09)",
)
_TANPA_NILAI_DASAR = _t(
    "KAR-AK-09/tanpa-nilai-dasar", "nilai_dasar: no nilai dasar for {golongan} (KAR-AK-09)"
)
_DI_BAWAH_NILAI_DASAR = _t(
    "KAR-AK-09/di-bawah-nilai-dasar",
    "akumulasi_konvensional: {akumulasi} is below the nilai dasar {nilai_dasar} of {golongan}; "
    "the accumulation does not reach the golongan (KAR-AK-09)",
)
_DI_BAWAH_RENTANG = _t(
    "KAR-AK-09/di-bawah-rentang",
    "angka kredit integrasi {angka_kredit} is below {bawah}, outside the band {bawah}-{atas} of "
    "{golongan} in {jenjang}: the accumulation or the golongan is wrong",
)
_DI_ATAS_RENTANG = _t(
    "KAR-AK-09/di-atas-rentang",
    "angka kredit integrasi {angka_kredit} is above {atas}, outside the band {bawah}-{atas} of "
    "{golongan} in {jenjang}: the accumulation or the golongan is wrong",
)
_DI_BAWAH_DASAR_GOLONGAN = _t(
    "KAR-AK-09/di-bawah-dasar-golongan",
    "akumulasi_konvensional: angka kredit integrasi {angka_kredit} is below {bawah}, the floor "
    "of {golongan} in {jenjang} (KAR-AK-09)",
)
