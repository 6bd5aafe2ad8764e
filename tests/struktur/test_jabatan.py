"""Taxonomy (STR-JAB-01), golongan (STR-GOL-01), eselon (STR-ESELON-01/02) and penyetaraan
(STR-SETARA-01), checked against the tables of the sistem-kerja digest §2-§3."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from birokrasi import BirokrasiError, InvalidTypeError, InvalidValueError
from birokrasi.katalog import KATALOG
from birokrasi.struktur import (
    GOLONGAN_JF,
    Eselon,
    Golongan,
    Jabatan,
    JenisJabatan,
    Jenjang,
    KategoriFungsional,
    KelompokJabatan,
    KelompokJabatanLama,
    jenjang_setara,
    penyetaraan,
    periksa_golongan,
)
from birokrasi.testing import golongan, jenjang

J = Jenjang
G = Golongan

# -- STR-JAB-01: taxonomy ------------------------------------------------------------------


def test_str_jab_01_members_and_labels() -> None:
    assert [j.name for j in Jenjang] == [
        "JPT_UTAMA", "JPT_MADYA", "JPT_PRATAMA", "ADMINISTRATOR", "PENGAWAS",
        "AHLI_UTAMA", "AHLI_MADYA", "AHLI_MUDA", "AHLI_PERTAMA",
        "PENYELIA", "MAHIR", "TERAMPIL", "PEMULA", "PELAKSANA",
    ]  # fmt: skip
    assert J.JPT_PRATAMA.label == "Pimpinan Tinggi Pratama"
    assert str(J.AHLI_PERTAMA) == "Ahli Pertama"
    assert KelompokJabatan.MANAJERIAL.label == "Jabatan Manajerial"
    assert JenisJabatan.FUNGSIONAL.label == "Jabatan Fungsional"
    assert KategoriFungsional.KEAHLIAN.label == "Keahlian"
    assert KelompokJabatanLama.ADMINISTRASI.label == "Jabatan Administrasi"


def test_str_jab_01_families_uu_20_2023_pasal_14_and_18() -> None:
    manajerial = {J.JPT_UTAMA, J.JPT_MADYA, J.JPT_PRATAMA, J.ADMINISTRATOR, J.PENGAWAS}
    assert {j for j in Jenjang if j.kelompok is KelompokJabatan.MANAJERIAL} == manajerial
    assert {j for j in Jenjang if j.is_manajerial} == manajerial
    assert J.PELAKSANA.kelompok is KelompokJabatan.NONMANAJERIAL
    assert not J.PELAKSANA.is_fungsional
    assert {j for j in Jenjang if j.kategori is KategoriFungsional.KETERAMPILAN} == {
        J.PEMULA, J.TERAMPIL, J.MAHIR, J.PENYELIA,
    }  # fmt: skip
    assert all(j.is_fungsional == (j.kategori is not None) for j in Jenjang)


def test_str_jab_01_old_families_uu_5_2014() -> None:
    assert J.JPT_MADYA.kelompok_lama is KelompokJabatanLama.PIMPINAN_TINGGI
    assert J.PELAKSANA.kelompok_lama is KelompokJabatanLama.ADMINISTRASI
    assert J.PENGAWAS.kelompok_lama is KelompokJabatanLama.ADMINISTRASI
    assert J.MAHIR.kelompok_lama is KelompokJabatanLama.FUNGSIONAL
    assert J.JPT_UTAMA.is_pimpinan_tinggi
    assert not J.ADMINISTRATOR.is_pimpinan_tinggi


def test_str_jab_01_ladders_pp_11_2017() -> None:
    assert J.AHLI_MUDA.tangga == (J.AHLI_PERTAMA, J.AHLI_MUDA, J.AHLI_MADYA, J.AHLI_UTAMA)
    assert J.PEMULA.tangga == (J.PEMULA, J.TERAMPIL, J.MAHIR, J.PENYELIA)
    assert J.PENGAWAS.tangga[-1] is J.JPT_UTAMA
    assert J.PELAKSANA.tangga == (J.PELAKSANA,)
    assert J.AHLI_UTAMA.lebih_tinggi_dari(J.AHLI_MADYA)
    assert not J.PEMULA.lebih_tinggi_dari(J.TERAMPIL)
    with pytest.raises(InvalidValueError, match="different ladders"):
        J.AHLI_MUDA.lebih_tinggi_dari(J.MAHIR)
    with pytest.raises(InvalidTypeError):
        J.AHLI_MUDA.lebih_tinggi_dari("Ahli Muda")  # type: ignore[arg-type]


@given(jenjang(), jenjang())
def test_ladder_order_is_consistent(a: Jenjang, b: Jenjang) -> None:
    if a.tangga == b.tangga:
        assert a.lebih_tinggi_dari(b) == (a.tangga.index(a) > a.tangga.index(b))
        assert a in a.tangga


def test_jabatan_validates() -> None:
    assert str(Jabatan("Statistisi Ahli Muda", J.AHLI_MUDA)) == "Statistisi Ahli Muda"
    with pytest.raises(InvalidValueError, match=r"Jabatan.nama"):
        Jabatan(" ", J.AHLI_MUDA)
    with pytest.raises(InvalidTypeError, match=r"Jabatan.jenjang"):
        Jabatan("x", "Ahli Muda")  # type: ignore[arg-type]


# -- Golongan ------------------------------------------------------------------------------


def test_golongan_names_digest_2_3() -> None:
    assert [(g.label, g.pangkat) for g in Golongan][:5] == [
        ("I/a", "Juru Muda"),
        ("I/b", "Juru Muda Tingkat I"),
        ("I/c", "Juru"),
        ("I/d", "Juru Tingkat I"),
        ("II/a", "Pengatur Muda"),
    ]
    assert G.III_D.pangkat == "Penata Tingkat I"
    assert G.IV_C.pangkat == "Pembina Utama Muda"
    assert G.IV_E.pangkat == "Pembina Utama"
    assert len(Golongan) == 17
    assert (G.III_A.romawi, G.III_A.ruang, G.III_A.tingkat) == ("III", "a", 9)


def test_golongan_order() -> None:
    assert sorted(Golongan) == list(Golongan)
    assert G.I_D < G.II_A <= G.II_A < G.IV_E
    assert G.IV_A > G.III_D >= G.III_D
    assert G.I_A.__lt__(1) is NotImplemented
    assert G.I_A.__le__(1) is NotImplemented
    assert G.I_A.__gt__(1) is NotImplemented
    assert G.I_A.__ge__(1) is NotImplemented
    with pytest.raises(TypeError):
        _ = G.I_A < 1  # type: ignore[operator]


@pytest.mark.parametrize("teks", ["III/a", "III a", "iii/a", "Iii/A", "IV/e", "I/d"])
def test_golongan_parser_accepts(teks: str) -> None:
    assert Golongan.dari_teks(teks).label.lower() == teks.lower().replace(" ", "/")


@pytest.mark.parametrize(
    "teks", ["", "III", "III/", "IIIa", "III-a", " III/a", "III/a ", "IV/f", "I/e", "V/a", "3/a"]
)
def test_golongan_parser_rejects(teks: str) -> None:
    with pytest.raises(InvalidValueError, match="not a golongan ruang"):
        Golongan.dari_teks(teks)


def test_golongan_parser_rejects_non_text() -> None:
    with pytest.raises(InvalidTypeError, match="teks"):
        Golongan.dari_teks(3)  # type: ignore[arg-type]


@given(golongan())
def test_golongan_round_trips_through_label(g: Golongan) -> None:
    assert Golongan.dari_teks(str(g)) is g
    assert Golongan.dari_teks(f"{g.romawi.lower()} {g.ruang.upper()}") is g


# -- STR-GOL-01: golongan range per JF jenjang (digest §2.4) ------------------------------

RENTANG = {
    J.PEMULA: ("II/a", "II/a"),
    J.TERAMPIL: ("II/b", "II/d"),
    J.MAHIR: ("III/a", "III/b"),
    J.PENYELIA: ("III/c", "III/d"),
    J.AHLI_PERTAMA: ("III/a", "III/b"),
    J.AHLI_MUDA: ("III/c", "III/d"),
    J.AHLI_MADYA: ("IV/a", "IV/c"),
    J.AHLI_UTAMA: ("IV/d", "IV/e"),
}


def test_str_gol_01_table() -> None:
    assert set(GOLONGAN_JF) == {j for j in Jenjang if j.is_fungsional}
    for j, (bawah, atas) in RENTANG.items():
        rentang = GOLONGAN_JF[j]
        assert (rentang[0].label, rentang[-1].label) == (bawah, atas)
        assert list(rentang) == [g for g in Golongan if rentang[0] <= g <= rentang[-1]]


@pytest.mark.parametrize(
    ("j", "g", "cocok"),
    [
        (J.AHLI_MUDA, G.III_B, False),
        (J.AHLI_MUDA, G.III_C, True),
        (J.AHLI_MUDA, G.III_D, True),
        (J.AHLI_MUDA, G.IV_A, False),
        (J.PEMULA, G.II_A, True),
        (J.PEMULA, G.II_B, False),
        (J.AHLI_MADYA, G.IV_C, True),
        (J.AHLI_MADYA, G.IV_D, False),
        (J.TERAMPIL, G.II_A, False),
    ],
)
def test_str_gol_01_boundaries(j: Jenjang, g: Golongan, cocok: bool) -> None:
    temuan = periksa_golongan(j, g, "199001012015031001")
    assert (temuan == ()) is cocok
    if not cocok:
        (p,) = temuan
        assert p.kode == "STR-GOL-01"
        assert p.subjek == "199001012015031001"
        assert p.pesan.data()["jenjang"] is j


def test_str_gol_01_no_range_no_finding() -> None:
    assert periksa_golongan(J.PELAKSANA, G.I_A, "x") == ()
    assert periksa_golongan(J.ADMINISTRATOR, G.II_A, "x") == ()
    assert periksa_golongan(J.AHLI_MUDA, None, "x") == ()
    assert periksa_golongan(J.AHLI_MUDA, G.II_A, "x", tabel={J.AHLI_MUDA: (G.II_A,)}) == ()


def test_str_gol_01_bad_arguments() -> None:
    with pytest.raises(InvalidTypeError, match="jenjang"):
        periksa_golongan("Ahli Muda", G.III_C, "x")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="golongan"):
        periksa_golongan(J.AHLI_MUDA, "III/c", "x")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="subjek"):
        periksa_golongan(J.AHLI_MUDA, G.III_C, 1)  # type: ignore[arg-type]


def test_str_gol_01_cites_penyetaraan_pasal_5() -> None:
    rule = KATALOG["STR-GOL-01"]
    assert rule.tafsiran
    assert any(d.pasal == "5" and "17/2021" in str(d) for d in rule.semua_dasar)


# -- STR-ESELON-01/02 --------------------------------------------------------------------


def test_str_eselon_01_equivalence_uu_5_2014_pasal_131() -> None:
    assert jenjang_setara(Eselon.I_A, kepala_lpnk=True) is J.JPT_UTAMA
    assert jenjang_setara(Eselon.I_A) is J.JPT_MADYA
    assert jenjang_setara(Eselon.I_B) is J.JPT_MADYA
    assert jenjang_setara(Eselon.II_A) is jenjang_setara(Eselon.II_B) is J.JPT_PRATAMA
    assert jenjang_setara(Eselon.III_B) is J.ADMINISTRATOR
    assert jenjang_setara(Eselon.IV_A) is J.PENGAWAS
    assert jenjang_setara(Eselon.V_A) is J.PELAKSANA
    with pytest.raises(InvalidValueError, match=r"I.a only"):
        jenjang_setara(Eselon.I_B, kepala_lpnk=True)
    with pytest.raises(InvalidTypeError):
        jenjang_setara("I.a")  # type: ignore[arg-type]


ESELON_PP_13_2002 = {
    "I.a": ("IV/d", "IV/e"),
    "I.b": ("IV/c", "IV/e"),
    "II.a": ("IV/c", "IV/d"),
    "II.b": ("IV/b", "IV/c"),
    "III.a": ("IV/a", "IV/b"),
    "III.b": ("III/d", "IV/a"),
    "IV.a": ("III/c", "III/d"),
    "IV.b": ("III/b", "III/c"),
    "V.a": ("III/a", "III/b"),
}


def test_str_eselon_02_pangkat_range_pp_13_2002() -> None:
    assert {
        e.label: (e.pangkat_terendah.label, e.pangkat_tertinggi.label) for e in Eselon
    } == ESELON_PP_13_2002
    assert Eselon.I_B.rentang_pangkat == (G.IV_C, G.IV_D, G.IV_E)
    assert str(Eselon.V_A) == "V.a"


@pytest.mark.parametrize(("teks", "e"), [("III.a", Eselon.III_A), ("iv/b", Eselon.IV_B),
                                          ("Va", Eselon.V_A), ("I b", Eselon.I_B)])  # fmt: skip
def test_eselon_parser(teks: str, e: Eselon) -> None:
    assert Eselon.dari_teks(teks) is e


@pytest.mark.parametrize("teks", ["", "V.b", "VI.a", "III.c", "III..a", "3.a"])
def test_eselon_parser_rejects(teks: str) -> None:
    with pytest.raises(InvalidValueError, match="not an eselon"):
        Eselon.dari_teks(teks)


# -- STR-SETARA-01 -------------------------------------------------------------------------


def test_str_setara_01_mapping_permenpanrb_17_2021() -> None:
    assert penyetaraan(J.ADMINISTRATOR) is J.AHLI_MADYA
    assert penyetaraan(J.PENGAWAS) is J.AHLI_MUDA
    assert penyetaraan(Eselon.V_A) is J.AHLI_PERTAMA
    assert penyetaraan(Eselon.III_A) is penyetaraan(Eselon.III_B) is J.AHLI_MADYA
    assert penyetaraan(Eselon.IV_A) is penyetaraan(Eselon.IV_B) is J.AHLI_MUDA


@pytest.mark.parametrize("asal", [j for j in Jenjang if j not in (J.ADMINISTRATOR, J.PENGAWAS)])
def test_str_setara_01_other_jenjang_not_converted(asal: Jenjang) -> None:
    with pytest.raises(InvalidValueError, match="not converted"):
        penyetaraan(asal)


def test_str_setara_01_pelaksana_hint_and_jpt_eselon() -> None:
    with pytest.raises(InvalidValueError, match=r"Eselon.V_A"):
        penyetaraan(J.PELAKSANA)
    for e in (Eselon.I_A, Eselon.I_B, Eselon.II_A, Eselon.II_B):
        with pytest.raises(InvalidValueError, match="JPT post"):
            penyetaraan(e)
    with pytest.raises(InvalidTypeError):
        penyetaraan("Administrator")  # type: ignore[arg-type]


@given(st.from_type(object) | st.text() | st.integers() | st.none())
def test_bad_input_raises_only_library_errors(nilai: object) -> None:
    for call in (
        lambda: Golongan.dari_teks(nilai),  # type: ignore[arg-type]
        lambda: Eselon.dari_teks(nilai),  # type: ignore[arg-type]
        lambda: Jabatan(nilai, J.MAHIR),  # type: ignore[arg-type]
        lambda: Jabatan("x", nilai),  # type: ignore[arg-type]
        lambda: penyetaraan(nilai),  # type: ignore[arg-type]
        lambda: jenjang_setara(nilai),  # type: ignore[arg-type]
        lambda: periksa_golongan(J.MAHIR, nilai, "x"),  # type: ignore[arg-type]
    ):
        with contextlib.suppress(BirokrasiError):
            call()


@pytest.mark.parametrize(
    ("tabel", "galat", "pesan"),
    [
        ([J.AHLI_MUDA], InvalidTypeError, r"^tabel: expected a mapping"),
        ({J.AHLI_MUDA: ()}, InvalidValueError, r"^tabel\[Ahli Muda\]: expected a non-empty"),
        (
            {J.AHLI_MUDA: ("III/c",)},
            InvalidValueError,
            r"^tabel\[Ahli Muda\]: expected a non-empty",
        ),
    ],
    ids=["bukan_mapping", "rentang_kosong", "rentang_teks"],
)
def test_str_gol_01_tabel_yang_salah_disebut(tabel: object, galat: type, pesan: str) -> None:
    """An agency's table that is no mapping or has an empty range is named (``min()`` of an
    empty range raised ValueError before ``make fuzz``)."""
    with pytest.raises(galat, match=pesan):
        periksa_golongan(J.AHLI_MUDA, G.III_A, "x", tabel=tabel)  # type: ignore[arg-type]


@pytest.mark.bahasa_baku
def test_str_gol_01_di_luar_rentang_dalam_bahasa_indonesia() -> None:
    (p,) = periksa_golongan(Jenjang.AHLI_MUDA, Golongan.III_B, "199001012015031001")
    assert p.pesan.kode == "STR-GOL-01/di-luar-rentang"
    assert str(p.pesan) == "golongan III/b berada di luar rentang III/c-III/d jenjang Ahli Muda"
    assert p.pesan.teks("en") == (
        "golongan III/b is outside the range III/c-III/d of jenjang Ahli Muda"
    )


@pytest.mark.bahasa_baku
def test_str_setara_01_tidak_disetarakan_dalam_bahasa_indonesia() -> None:
    with pytest.raises(InvalidValueError) as info:
        penyetaraan(Jenjang.PELAKSANA)
    assert info.value.kode == "STR-SETARA-01/pelaksana"
    assert str(info.value) == (
        "penyetaraan: jenjang Pelaksana tidak disetarakan ke dalam JF (bagi jabatan eselon V, "
        "berikan Eselon.V_A); yang disetarakan hanya Administrator, Pengawas dan eselon V "
        "(STR-SETARA-01)"
    )
