"""NIP (STR-NIP-01) and NI PPPK (STR-NIP-02), checked against digest Addendum A7."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from birokrasi import BirokrasiError, InvalidTypeError, InvalidValueError
from birokrasi.struktur import KODE_PPPK_TERAMATI, NIP, JenisASN, JenisKelamin
from birokrasi.struktur.nip import _ke_nip, _ke_nips, _nip_argumen
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
    ("kode", "jenis"), [("01", JenisASN.PNS), ("12", JenisASN.PNS), ("13", JenisASN.PPPK),
                        ("99", JenisASN.PPPK)],
)  # fmt: skip
def test_str_nip_02_boundary_between_month_and_pppk_code(kode: str, jenis: JenisASN) -> None:
    assert NIP(f"199001012015{kode}1001").jenis_asn is jenis


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
