"""NIP (STR-NIP-01) and NI PPPK (STR-NIP-02), checked against digest Addendum A7, and the age at
appointment their digits show (STR-NIP-03)."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from birokrasi import BirokrasiError, InvalidTypeError, InvalidValueError
from birokrasi._validasi import geser_tanggal
from birokrasi.serial import dari_data
from birokrasi.struktur import KODE_PPPK_TERAMATI, NIP, Golongan, JenisASN, JenisKelamin, Pegawai
from birokrasi.struktur.nip import (
    ATURAN_USIA_PENGANGKATAN,
    KODE_PPPK_BAKU,
    USIA_MINIMUM,
    _ke_nip,
    _ke_nips,
    _nip_argumen,
    periksa_nip,
)
from birokrasi.testing import nip


def test_str_nip_01_parts_of_a_pns_nip() -> None:
    n = NIP("199001012015031001")
    assert n.tanggal_lahir == dt.date(1990, 1, 1)
    assert (n.tahun_pengangkatan, n.bulan_pengangkatan) == (2015, 3)
    assert n.tmt == dt.date(2015, 3, 1)
    assert n.jenis_kelamin is JenisKelamin.LAKI_LAKI
    assert n.jenis_kelamin.label == "Laki-laki"
    assert n.nomor_urut == 1
    assert n.jenis_asn is JenisASN.PNS
    assert n.kode_pppk is None
    assert str(n) == "199001012015031001"
    assert n.format() == "19900101 201503 1 001"


def test_str_nip_02_parts_of_a_ni_pppk() -> None:
    n = NIP("199203152022212001")
    assert n.jenis_asn is JenisASN.PPPK
    assert n.jenis_asn.label == "Pegawai Pemerintah dengan Perjanjian Kerja"
    assert (n.tahun_pengangkatan, n.kode_pppk) == (2022, 21)
    assert n.bulan_pengangkatan is None
    assert n.tmt is None
    assert n.jenis_kelamin is JenisKelamin.PEREMPUAN
    assert n.jenis_kelamin.label == "Perempuan"
    assert set(KODE_PPPK_TERAMATI) == {21, 24}


@pytest.mark.parametrize(
    ("kode", "jenis"), [("01", JenisASN.PNS), ("12", JenisASN.PNS), ("21", JenisASN.PPPK),
                        ("24", JenisASN.PPPK), ("29", JenisASN.PPPK)],
)  # fmt: skip
def test_str_nip_02_boundary_between_month_and_pppk_code(kode: str, jenis: JenisASN) -> None:
    assert NIP(f"199001012015{kode}1001").jenis_asn is jenis
    assert NIP.dari_teks(f"199001012015{kode}1001").jenis_asn is jenis


@pytest.mark.parametrize("kode", ["13", "19", "20", "30", "45", "99"])
def test_str_nip_02_other_codes_above_12_are_refused(kode: str) -> None:
    """Digit 13 of a NI PPPK is the PPPK code 2 and digit 14 the number of perjanjian kerja
    (1-9), so 21-29; a PNS NIP with a mistyped TMT month 13-20 or 30-99 is not a PPPK."""
    pesan = rf"^NIP\.digit: digits 13-14 '{kode}' are neither a TMT month .* \(STR-NIP-02\)"
    for buat in (NIP, NIP.dari_teks):
        with pytest.raises(InvalidValueError, match=pesan):
            buat(f"199001012015{kode}1001")
    assert frozenset(range(21, 30)) == KODE_PPPK_BAKU
    assert set(KODE_PPPK_TERAMATI) <= KODE_PPPK_BAKU


def test_str_nip_02_kode_pppk_admits_an_agencys_other_codes() -> None:
    lain = NIP.dari_teks("199001012015351001", kode_pppk={21, 35})
    assert (lain.jenis_asn, lain.kode_pppk, lain.tmt) == (JenisASN.PPPK, 35, None)
    assert lain == NIP.dari_teks("19900101 2015 35 1 001", kode_pppk=range(13, 100))
    assert Pegawai(lain, "Lain").jenis_asn is JenisASN.PPPK
    with pytest.raises(InvalidValueError, match=r"digits 13-14 '24' .* \[21, 35\]"):
        NIP.dari_teks("199001012015241001", kode_pppk={21, 35})
    assert NIP.dari_teks("199001012015031001", kode_pppk={35}).jenis_asn is JenisASN.PNS
    for salah in ({12}, {100}, {0}):
        with pytest.raises(InvalidValueError, match=r"^kode_pppk: .*13-99"):
            NIP.dari_teks("199001012015031001", kode_pppk=salah)
    for salah in ({"35"}, {True}, 35):
        with pytest.raises(InvalidTypeError, match=r"^kode_pppk: "):
            NIP.dari_teks("199001012015031001", kode_pppk=salah)  # type: ignore[arg-type]


def test_str_nip_02_stored_documents_keep_their_pppk_code() -> None:
    """A document stores the digits an agency admitted (with its own kode_pppk), so loading
    accepts every code that is not a month, and still refuses a malformed NIP."""
    assert dari_data(NIP, "199001012015701001").kode_pppk == 70
    assert dari_data(Pegawai, {"nip": "199001012015131001", "nama": "X"}).jenis_asn.name == "PPPK"
    with pytest.raises(InvalidValueError, match=r"^nip: NIP\.digit: digits 9-14"):
        dari_data(NIP, "199001012015001001")
    with pytest.raises(InvalidValueError, match=r"^pegawai\.nip: NIP\.digit: digit 15"):
        dari_data(Pegawai, {"nip": "199001012015703001", "nama": "X"})


@pytest.mark.parametrize(
    ("teks", "bagian"),
    [
        ("19900101201503100", "18 digits, got 17"),
        ("1990010120150310011", "18 digits, got 19"),
        ("", "18 digits, got 0"),
        ("19900101201503100a", "non-digit"),
        ("1990010120150310 1", "non-digit"),
        ("١٩٩٠٠١٠١٢٠١٥٠٣١٠٠١", "non-digit"),
        ("199002302015031001", "digits 1-8 '19900230'"),
        ("199013012015031001", "digits 1-8"),
        ("000001012015031001", "digits 1-8"),
        ("199001012015001001", "digits 9-14"),
        ("199001010000031001", "digits 9-14"),
        ("199001011989121001", "before the birth date"),
        ("199006151990051001", "before the birth date"),
        ("199001011989211001", "before the birth date"),
        ("199001012015033001", "digit 15"),
        ("199001012015030001", "digit 15"),
        ("199001012015031000", "nomor urut"),
    ],
)
def test_str_nip_01_rejects_with_the_wrong_part(teks: str, bagian: str) -> None:
    with pytest.raises(InvalidValueError, match=r"NIP.digit") as info:
        NIP(teks)
    assert bagian in str(info.value)


def test_str_nip_01_tmt_in_birth_month_boundary() -> None:
    assert NIP("199006012010061001").tmt == dt.date(2010, 6, 1)
    assert NIP("199006011990061001").tmt == dt.date(1990, 6, 1)  # same day: allowed
    assert NIP("199006011990211001").jenis_asn is JenisASN.PPPK  # same year: allowed


def test_nip_type_errors() -> None:
    with pytest.raises(InvalidTypeError, match=r"NIP.digit"):
        NIP(199001012015031001)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="teks"):
        NIP.dari_teks(None)  # type: ignore[arg-type]


def test_one_nip_converter_turns_digits_into_a_nip_and_keeps_the_rest() -> None:
    """Every class with a NIP field converts with ``_ke_nip``; what it cannot convert is
    left for the field's validator, which names the field."""
    nip_ = NIP("199001012015031001")
    assert _ke_nip("199001012015031001") == nip_
    assert _ke_nip(nip_) is nip_
    assert _ke_nip(None) is None
    assert _ke_nip(5) == 5
    with pytest.raises(InvalidValueError, match=r"^NIP\.digit: a NIP has 18 digits"):
        _ke_nip("123")


def test_nip_tuples_take_generators_and_never_split_one_nip() -> None:
    digit = "199001012015031001"
    assert _ke_nips(d for d in [digit]) == (NIP(digit),)
    assert _ke_nips([digit, NIP(digit)]) == (NIP(digit), NIP(digit))
    assert _ke_nips(digit) == digit
    assert _ke_nips({digit: 1}) == {digit: 1}


def test_nip_argument_names_the_argument() -> None:
    assert _nip_argumen("kepala", "199001012015031001") == NIP("199001012015031001")
    with pytest.raises(InvalidTypeError, match=r"^kepala: expected NIP, got 5 \(int\)$"):
        _nip_argumen("kepala", 5)


def test_dari_teks_accepts_separators_and_restricts_pppk_codes() -> None:
    assert NIP.dari_teks("19900101 201503 1 001") == NIP("199001012015031001")
    assert NIP.dari_teks("19900101.201503.1.001") == NIP("199001012015031001")
    assert NIP.dari_teks("199203152022212001", kode_pppk={21}).kode_pppk == 21
    assert NIP.dari_teks("199001012015031001", kode_pppk={21}).jenis_asn is JenisASN.PNS
    with pytest.raises(InvalidValueError, match="STR-NIP-02"):
        NIP.dari_teks("199203152022992001", kode_pppk=KODE_PPPK_TERAMATI)


def test_nip_is_hashable_and_ordered() -> None:
    a, b = NIP("198001012005011001"), NIP("199001012015031001")
    assert a < b
    assert sorted([b, a]) == [a, b]
    assert {a, NIP(str(a))} == {a}


@given(nip())
def test_nip_round_trips_through_str(n: NIP) -> None:
    assert NIP(str(n)) == n
    assert NIP.dari_teks(n.format()) == n
    assert n.tanggal_lahir.year <= n.tahun_pengangkatan
    assert (n.tmt is None) == (n.jenis_asn is JenisASN.PPPK) == (n.kode_pppk is not None)


@given(nip(jenis=JenisASN.PPPK))
def test_pppk_strategy(n: NIP) -> None:
    assert n.jenis_asn is JenisASN.PPPK


@given(st.from_type(object) | st.text() | st.integers() | st.none() | st.from_regex(r"[0-9]{18}"))
def test_bad_input_raises_only_library_errors(nilai: object) -> None:
    for call in (lambda: NIP(nilai), lambda: NIP.dari_teks(nilai)):  # type: ignore[arg-type]
        with contextlib.suppress(BirokrasiError):
            call()


def test_kode_pppk_besar_disebut() -> None:
    with pytest.raises(InvalidValueError, match=r"^kode_pppk: \[5, <int that cannot be shown>\]"):
        NIP.dari_teks("199003032014032004", kode_pppk=[10**5000, 5])


# -- STR-NIP-03: the age at appointment (periksa_nip) ------------------------------------------


def test_awal_pengangkatan_is_the_tmt_or_1_january_of_a_pppk_year() -> None:
    assert NIP("199001012015031001").awal_pengangkatan == dt.date(2015, 3, 1)
    assert NIP("199203152022212001").awal_pengangkatan == dt.date(2022, 1, 1)


def test_str_nip_03_a_pns_appointed_at_one_is_a_finding() -> None:
    (temuan,) = periksa_nip("200206022003072001")
    assert (temuan.kode, temuan.subjek) == ("STR-NIP-03", "200206022003072001")
    assert "TMT CPNS 2003-07-01" in str(temuan.pesan)
    assert "age 1" in str(temuan.pesan)
    assert "18" in str(temuan.pesan)


@pytest.mark.parametrize(
    ("nip_", "cukup"),
    [
        ("199003152008031001", False),  # TMT 1 March 2008, 18 on 15 March 2008
        ("199003152008041001", True),
        ("199003012008031001", True),  # 18 on the day of the TMT
        ("199202292010021001", False),  # born 29 February: 18 on 28 February 2010
        ("199202292010031001", True),
        ("200206012022211001", True),  # PPPK: 20 during the appointment year
        ("200206012021211001", False),  # PPPK: still 19 on 31 December 2021
    ],
)
def test_str_nip_03_boundaries(nip_: str, cukup: bool) -> None:
    assert (periksa_nip(nip_) == ()) is cukup


def test_str_nip_03_a_birthday_past_the_calendar_is_a_finding() -> None:
    assert [p.kode for p in periksa_nip("999001019990011001")] == ["STR-NIP-03"]


def test_str_nip_03_rests_on_the_minimum_age_to_apply() -> None:
    aturan = ATURAN_USIA_PENGANGKATAN
    assert aturan.dasar.peraturan.singkat == "PP 11/2017"
    assert "18 (delapan belas) tahun" in (aturan.dasar.kutipan or "")
    assert [d.peraturan.singkat for d in aturan.dasar_lain] == ["PP 49/2018"]
    assert USIA_MINIMUM == {JenisASN.PNS: 18, JenisASN.PPPK: 20}


def test_periksa_nip_names_a_bad_argument() -> None:
    with pytest.raises(InvalidTypeError, match=r"^nip: expected NIP"):
        periksa_nip(5)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"^NIP\.digit"):
        periksa_nip("12")


@given(nip())
def test_str_nip_03_finds_exactly_an_appointment_before_the_minimum_age(n: NIP) -> None:
    lahir = n.tanggal_lahir
    usia = USIA_MINIMUM[n.jenis_asn]
    if n.tmt is not None:
        muda = n.tmt < geser_tanggal(lahir, bulan=12 * usia)  # type: ignore[operator]
    else:
        muda = lahir.year + usia > n.tahun_pengangkatan
    assert [p.kode for p in periksa_nip(n)] == (["STR-NIP-03"] if muda else [])


@given(nip(diangkat_sampai=2024))
def test_nip_strategy_bounds_the_year_of_appointment(n: NIP) -> None:
    assert n.tanggal_lahir.year < n.tahun_pengangkatan <= 2024


def test_nip_compares_with_its_own_kind_only() -> None:
    """``NIP == str`` is False (not an error), and sets and dicts keyed by NIP still work."""
    nip = NIP("199001012015031001")
    assert nip.__eq__("199001012015031001") is NotImplemented
    assert nip != "199001012015031001"
    assert nip in {NIP("199001012015031001")}
    assert {nip: 1}[NIP("199001012015031001")] == 1
    with pytest.raises(TypeError):
        _ = nip < "199001012015031001"  # type: ignore[operator]


@pytest.mark.bahasa_baku
def test_str_nip_03_usia_pns_dalam_bahasa_indonesia() -> None:
    (temuan,) = periksa_nip("200206022003072001")
    assert temuan.pesan.kode == "STR-NIP-03/usia-pns"
    assert str(temuan.pesan) == (
        "TMT CPNS 1 Juli 2003 pada usia 1; pelamar PNS berusia paling rendah 18 tahun "
        "(lahir 2 Juni 2002)"
    )


@pytest.mark.bahasa_baku
def test_str_nip_01_tanggal_lahir_dalam_bahasa_indonesia() -> None:
    with pytest.raises(InvalidValueError) as info:
        NIP("199002302015031001")
    assert info.value.kode == "STR-NIP-01/tanggal-lahir"
    assert info.value.kode_aturan == "STR-NIP-01"
    assert str(info.value) == (
        "NIP.digit: angka ke-1 s.d. ke-8 '19900230' bukan tanggal lahir YYYYMMDD yang sah "
        "(STR-NIP-01)"
    )


@pytest.mark.bahasa_baku
def test_unsur_pppk_golongan_menyebut_nama_dalam_bahasa_indonesia() -> None:
    with pytest.raises(InvalidValueError) as info:
        Pegawai("199203152022212001", "Rina", Golongan.III_A)
    assert str(info.value) == (
        "Pegawai.golongan: Rina (199203152022212001) memiliki NI PPPK dan PPPK tidak memiliki "
        "golongan ruang, diberikan III/a"
    )
