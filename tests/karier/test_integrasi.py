"""Konvensional angka kredit into the integrated ledger (KAR-AK-09), read with the bands of
KAR-AK-10."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from birokrasi import serial
from birokrasi.errors import BirokrasiError, InvalidTypeError, InvalidValueError, OutOfWindowError
from birokrasi.karier.integrasi import ATURAN as ATURAN_INTEGRASI
from birokrasi.karier.integrasi import (
    NILAI_DASAR_INTEGRASI_2023,
    NilaiDasarIntegrasi,
    angka_kredit_integrasi,
    nilai_dasar_integrasi,
    periksa_angka_kredit_integrasi,
    saldo_awal_integrasi,
)
from birokrasi.karier.kenaikan import periksa_kenaikan_pangkat
from birokrasi.karier.pengangkatan import angka_kredit_dasar
from birokrasi.karier.saldo import posisi_angka_kredit
from birokrasi.karier.tabel_ak import MULAI_INTEGRASI, akk_kenaikan_pangkat
from birokrasi.katalog import KATALOG
from birokrasi.struktur.golongan import GOLONGAN_JF, Golongan
from birokrasi.struktur.jabatan import Jenjang

D = dt.date
J, G = Jenjang, Golongan
T = D(2023, 6, 30)

# The PAK konversi form's table, quoted (id.scribd.com/document/707496387): golongan, the old
# (konvensional) credit range, the nilai dasar and the integrated band.
RENTANG_PAK = [
    (J.AHLI_PERTAMA, G.III_A, 100, 150, 100, 0, 50),
    (J.AHLI_PERTAMA, G.III_B, 150, 200, 100, 50, 100),
    (J.AHLI_MUDA, G.III_C, 200, 300, 200, 0, 100),
    (J.AHLI_MUDA, G.III_D, 300, 400, 200, 100, 200),
    (J.AHLI_MADYA, G.IV_A, 400, 550, 400, 0, 150),
    (J.AHLI_MADYA, G.IV_B, 550, 700, 400, 150, 300),
    (J.AHLI_MADYA, G.IV_C, 700, 850, 400, 300, 450),
    (J.AHLI_UTAMA, G.IV_D, 850, 1050, 850, 0, 200),
    (J.AHLI_UTAMA, G.IV_E, 1050, 1250, 850, 200, 400),
]


def test_rules_are_catalogued() -> None:
    for rule in ATURAN_INTEGRASI:
        assert KATALOG[rule.kode] is rule
    assert [r.kode for r in ATURAN_INTEGRASI] == ["KAR-AK-09"]


def test_kar_ak_09_formulir_example() -> None:
    """FORMULIR PAK INTEGRASI: IV/b, 550,63 - 400 = 150,63."""
    hasil = angka_kredit_integrasi(
        Decimal("550.63"), jenjang=J.AHLI_MADYA, golongan=G.IV_B, tanggal=T
    )
    assert hasil == Fraction("150.63")
    assert (
        periksa_angka_kredit_integrasi(
            Decimal("550.63"), "nip", jenjang=J.AHLI_MADYA, golongan=G.IV_B, tanggal=T
        )
        == ()
    )


@pytest.mark.parametrize(("jenjang", "golongan", "lama", "lama_atas", "dasar", "bawah", "atas"),
                         RENTANG_PAK)  # fmt: skip
def test_kar_ak_09_pak_table(
    jenjang: Jenjang, golongan: Golongan, lama: int, lama_atas: int, dasar: int, bawah: int,
    atas: int,
) -> None:  # fmt: skip
    assert nilai_dasar_integrasi(golongan, tanggal=T) == dasar
    for konvensional, integrasi in ((lama, bawah), (lama_atas, atas)):
        assert (
            angka_kredit_integrasi(konvensional, jenjang=jenjang, golongan=golongan, tanggal=T)
            == integrasi
        )
    assert angka_kredit_dasar(jenjang, golongan, tanggal=T) == bawah


def test_kar_ak_09_keterampilan_values_are_derived() -> None:
    """Not read: the konvensional AKK of the BKN slide minus the integrated AKK."""
    nilai = NILAI_DASAR_INTEGRASI_2023.nilai
    assert [nilai[g] for g in (G.II_A, G.II_B, G.II_C, G.II_D)] == [25, 40, 40, 40]
    # Terampil II/c needed 60 konvensional; integrated, II/c starts at 20.
    assert angka_kredit_integrasi(60, jenjang=J.TERAMPIL, golongan=G.II_C, tanggal=T) == 20
    # Mahir and Penyelia share the golongan (and the values) of Ahli Pertama and Ahli Muda.
    assert angka_kredit_integrasi(150, jenjang=J.MAHIR, golongan=G.III_B, tanggal=T) == 50
    assert angka_kredit_integrasi(300, jenjang=J.PENYELIA, golongan=G.III_D, tanggal=T) == 100


def test_kar_ak_09_every_jf_golongan_has_a_value() -> None:
    semua = {g for daftar in GOLONGAN_JF.values() for g in daftar}
    assert semua <= set(NILAI_DASAR_INTEGRASI_2023.nilai)


def test_kar_ak_09_below_the_nilai_dasar_is_refused() -> None:
    with pytest.raises(InvalidValueError, match=r"akumulasi_konvensional: .*KAR-AK-09"):
        angka_kredit_integrasi(350, jenjang=J.AHLI_MADYA, golongan=G.IV_A, tanggal=T)


def test_kar_ak_09_outside_the_band_is_a_finding() -> None:
    """'hasilnya harus berada di rentangan 100-200. Jika dibawah 100 atau di atas 200, maka
    ada yang keliru' (III/d)."""

    def temuan(ak: int) -> list[str]:
        hasil = periksa_angka_kredit_integrasi(
            ak, "nip", jenjang=J.AHLI_MUDA, golongan=G.III_D, tanggal=T
        )
        assert {p.kode for p in hasil} <= {"KAR-AK-09"}
        return [p.pesan.teks() for p in hasil]

    assert temuan(300) == temuan(400) == []
    [bawah] = temuan(299)
    assert "below 100" in bawah
    [atas] = temuan(401)
    assert "above 200" in atas
    [negatif] = temuan(150)
    assert "below" in negatif


def test_kar_ak_09_before_2023_is_out_of_window() -> None:
    with pytest.raises(OutOfWindowError, match="KAR-AK-09"):
        angka_kredit_integrasi(400, jenjang=J.AHLI_MADYA, golongan=G.IV_A, tanggal=D(2022, 12, 31))
    with pytest.raises(OutOfWindowError, match="nilai_dasar"):
        nilai_dasar_integrasi(
            G.IV_A, tanggal=T, nilai_dasar=NilaiDasarIntegrasi(D(2024, 1, 1), {G.IV_A: 400})
        )


def test_kar_ak_09_golongan_outside_the_jenjang() -> None:
    with pytest.raises(InvalidValueError, match=r"golongan: IV/a .* Ahli Pertama"):
        angka_kredit_integrasi(450, jenjang=J.AHLI_PERTAMA, golongan=G.IV_A, tanggal=T)
    with pytest.raises(InvalidValueError, match=r"jenjang: Pelaksana is not a Jabatan Fungsional"):
        angka_kredit_integrasi(450, jenjang=J.PELAKSANA, golongan=G.III_A, tanggal=T)


def test_kar_ak_09_agency_table() -> None:
    """An agency whose old tables start elsewhere passes its own values."""
    sendiri = NilaiDasarIntegrasi(MULAI_INTEGRASI, {G.III_C: Decimal("150")})
    assert (
        angka_kredit_integrasi(
            300, jenjang=J.AHLI_MUDA, golongan=G.III_C, tanggal=T, nilai_dasar=sendiri
        )
        == 150
    )
    with pytest.raises(InvalidValueError, match=r"nilai_dasar: no nilai dasar for III/d"):
        angka_kredit_integrasi(
            300, jenjang=J.AHLI_MUDA, golongan=G.III_D, tanggal=T, nilai_dasar=sendiri
        )


@pytest.mark.parametrize(
    ("kw", "galat", "pesan"),
    [
        ({"berlaku_sejak": "2023-01-01"}, InvalidTypeError, "berlaku_sejak"),
        ({"nilai": [1]}, InvalidTypeError, "nilai"),
        ({"nilai": {"III/a": 100}}, InvalidTypeError, "nilai: keys"),
        ({"nilai": {G.III_A: 1.5}}, InvalidTypeError, r"nilai\[III/a\]"),
        ({"nilai": {G.III_A: -1}}, InvalidValueError, r"nilai\[III/a\]"),
    ],
)
def test_nilai_dasar_table_rejects(kw: dict[str, object], galat: type, pesan: str) -> None:
    base: dict[str, object] = {"berlaku_sejak": MULAI_INTEGRASI, "nilai": {G.III_A: 100}}
    base.update(kw)
    with pytest.raises(galat, match=rf"NilaiDasarIntegrasi\.{pesan}"):
        NilaiDasarIntegrasi(**base)  # type: ignore[arg-type]


def test_kar_ak_09_starts_the_ledger() -> None:
    """The IV/b example as a ledger start: 150,63 in Ahli Madya, of which 0,63 counts towards
    IV/c (the band of IV/b starts at 150)."""
    awal = saldo_awal_integrasi(
        Decimal("550.63"),
        jenjang=J.AHLI_MADYA,
        golongan=G.IV_B,
        tanggal=D(2023, 1, 1),
        mulai_pangkat=D(2021, 4, 1),
    )
    assert (awal.angka_kredit, awal.sisa_pangkat) == (Fraction("150.63"), Fraction("0.63"))
    assert (awal.mulai_pangkat, awal.mulai_jenjang) == (D(2021, 4, 1), None)
    p = posisi_angka_kredit([awal], tanggal=D(2023, 1, 1))
    assert p.angka_kredit_jenjang == Fraction("150.63")
    kurang = [x.pesan.teks() for x in periksa_kenaikan_pangkat(p, "nip")]
    assert any("short by 149.37" in m for m in kurang)


def test_kar_ak_09_ledger_refuses_a_start_below_the_band() -> None:
    with pytest.raises(InvalidValueError, match=r"below 150, .*KAR-AK-09"):
        saldo_awal_integrasi(549, jenjang=J.AHLI_MADYA, golongan=G.IV_B, tanggal=T)


@pytest.mark.parametrize(
    "kw",
    [
        {"akumulasi_konvensional": 1.5},
        {"akumulasi_konvensional": "400"},
        {"jenjang": "Ahli Madya"},
        {"golongan": None},
        {"tanggal": dt.datetime(2023, 6, 30)},
        {"nilai_dasar": {G.IV_A: 400}},
    ],
)
def test_bad_arguments(kw: dict[str, object]) -> None:
    base: dict[str, object] = {
        "akumulasi_konvensional": 400,
        "jenjang": J.AHLI_MADYA,
        "golongan": G.IV_A,
        "tanggal": T,
    }
    base.update(kw)
    nama = next(iter(kw))
    with pytest.raises(InvalidTypeError, match=rf"^{nama}: "):
        angka_kredit_integrasi(**base)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=rf"^{nama}: "):
        periksa_angka_kredit_integrasi(subjek="nip", **base)  # type: ignore[arg-type]


def test_negative_accumulation_is_refused() -> None:
    with pytest.raises(InvalidValueError, match="akumulasi_konvensional: negative"):
        angka_kredit_integrasi(-1, jenjang=J.AHLI_MADYA, golongan=G.IV_A, tanggal=T)
    with pytest.raises(InvalidValueError, match="akumulasi_konvensional: negative"):
        periksa_angka_kredit_integrasi(-1, "nip", jenjang=J.AHLI_MADYA, golongan=G.IV_A, tanggal=T)


@given(st.sampled_from(RENTANG_PAK), st.fractions(min_value=0, max_value=2000))
def test_band_finding_matches_the_ledger_start(
    baris: tuple[Jenjang, Golongan, int, int, int, int, int], ak: Fraction
) -> None:
    """A start with no finding builds a ledger; a start below the band is refused."""
    jenjang, golongan, *_ = baris
    temuan = periksa_angka_kredit_integrasi(
        ak, "nip", jenjang=jenjang, golongan=golongan, tanggal=T
    )
    bawah = angka_kredit_dasar(jenjang, golongan, tanggal=T)
    atas = bawah + akk_kenaikan_pangkat(jenjang, tanggal=T)
    try:
        awal = saldo_awal_integrasi(ak, jenjang=jenjang, golongan=golongan, tanggal=T)
    except BirokrasiError:
        assert temuan
        return
    assert awal.sisa_pangkat is not None
    assert awal.sisa_pangkat >= 0
    assert (temuan == ()) == (awal.angka_kredit <= atas)


def test_nilai_dasar_table_round_trips_as_a_document() -> None:
    data = serial.ke_data(NILAI_DASAR_INTEGRASI_2023)
    assert data["nilai"]["IV_B"] == "400/1"  # type: ignore[index,call-overload]
    assert serial.dari_data(NilaiDasarIntegrasi, data) == NILAI_DASAR_INTEGRASI_2023


def test_findings_show_decimal_amounts() -> None:
    [temuan] = periksa_angka_kredit_integrasi(
        Decimal("549.5"), "nip", jenjang=J.AHLI_MADYA, golongan=G.IV_B, tanggal=T
    )
    assert temuan.pesan.teks().startswith(
        "angka kredit integrasi 149.5 is below 150, outside the band"
    )


def test_kar_ak_10_exactly_the_floor_and_the_dates_kept() -> None:
    """An integrated credit equal to the golongan's Angka Kredit Dasar is its floor, with
    nothing yet towards the next pangkat; the dates given are kept in the saldo."""
    tanggal = dt.date(2023, 6, 30)
    bawah = angka_kredit_dasar(Jenjang.AHLI_MADYA, Golongan.IV_B, tanggal=tanggal)
    awal = saldo_awal_integrasi(
        bawah + 400, jenjang=Jenjang.AHLI_MADYA, golongan=Golongan.IV_B, tanggal=tanggal,
        mulai_jenjang=dt.date(2019, 1, 1), mulai_pangkat=dt.date(2021, 4, 1),
    )  # fmt: skip
    assert (awal.angka_kredit, awal.sisa_pangkat) == (bawah, 0)
    assert (awal.mulai_jenjang, awal.mulai_pangkat) == (dt.date(2019, 1, 1), dt.date(2021, 4, 1))


def test_kar_ak_09_the_ledger_start_reads_the_nilai_dasar_given() -> None:
    """An agency's nilai dasar replaces the 2023 one in the ledger start as in the credit
    (pinned by mutation testing, issue 15 §5)."""
    nilai_dasar = NilaiDasarIntegrasi(D(2023, 1, 1), {G.IV_B: Fraction(500)})
    kw: dict[str, object] = {"jenjang": J.AHLI_MADYA, "golongan": G.IV_B, "tanggal": T}
    awal = saldo_awal_integrasi(700, nilai_dasar=nilai_dasar, **kw)
    assert (awal.angka_kredit, awal.sisa_pangkat) == (200, 50)
    assert awal.angka_kredit == angka_kredit_integrasi(700, nilai_dasar=nilai_dasar, **kw)
    assert saldo_awal_integrasi(700, **kw).angka_kredit == 300
