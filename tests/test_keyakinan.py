"""Confidence marks are earned (issue 13): a V or V* citation carries the words read and where
they were read, and a revoked regulation never earns V; the audit's re-marks hold."""

from __future__ import annotations

import datetime as dt

import pytest

from birokrasi.errors import InvalidTypeError, InvalidValueError
from birokrasi.hukum import (
    PERATURAN,
    PERMENPANRB_6_2022,
    PERMENPANRB_8_2021,
    UU_5_2014,
    UU_20_2023,
    Aturan,
    Dasar,
    JenisPeraturan,
    Keyakinan,
    Peraturan,
)
from birokrasi.katalog import KATALOG

V = Keyakinan.TERVERIFIKASI
VS = Keyakinan.TURUNAN
S = Keyakinan.SEKUNDER
U = Keyakinan.TIDAK_PASTI

DIPERBAIKI_DI_CABANG_LAIN: frozenset[str] = frozenset()


def _tanpa_bukti(rule: Aturan) -> list[str]:
    """The V/V* citations of ``rule`` that do not show the words read and where."""
    return [
        str(d)
        for d in rule.semua_dasar
        if d.keyakinan in (V, VS) and (d.kutipan is None or d.sumber is None)
    ]


@pytest.mark.parametrize("kode", sorted(set(KATALOG) - DIPERBAIKI_DI_CABANG_LAIN))
def test_v_citation_carries_kutipan_and_sumber(kode: str) -> None:
    """Every V and V* citation (main and supporting) quotes the text and says where it was
    read; otherwise the mark is lowered to what can be read."""
    assert _tanpa_bukti(KATALOG[kode]) == []


def test_exempted_kodes_are_catalogued_rules() -> None:
    assert set(KATALOG) >= DIPERBAIKI_DI_CABANG_LAIN


def test_v_check_finds_a_citation_without_kutipan() -> None:
    """The check above can fail: a V citation without its excerpt is reported."""
    dibaca = Dasar(PERMENPANRB_6_2022, pasal="3", keyakinan=V, kutipan="teks", sumber="alamat")
    tanpa = Dasar(PERMENPANRB_6_2022, pasal="5", keyakinan=VS, kutipan="teks")
    rule = Aturan("XX-UJI-01", "u", "s", dibaca, dasar_lain=(tanpa,))
    assert _tanpa_bukti(rule) == ["PermenPANRB 6/2022 Pasal 5"]


@pytest.mark.parametrize("kode", sorted(KATALOG))
def test_revoked_regulation_never_earns_v(kode: str) -> None:
    """A repealed text shows past law: its citations are S or U for the rule in force."""
    dicabut = [d for d in KATALOG[kode].semua_dasar if d.peraturan.dicabut]
    assert [str(d) for d in dicabut if d.keyakinan in (V, VS)] == []


def test_permenpanrb_8_2021_and_uu_5_2014_are_revoked() -> None:
    assert PERMENPANRB_8_2021.dicabut_oleh is PERMENPANRB_6_2022
    assert UU_5_2014.dicabut_oleh is UU_20_2023
    assert [p.singkat for p in PERATURAN if p.dicabut] == ["UU 5/2014", "PermenPANRB 8/2021"]


def test_peraturan_dicabut_oleh_must_be_a_newer_peraturan() -> None:
    with pytest.raises(InvalidTypeError, match=r"^Peraturan\.dicabut_oleh"):
        Peraturan(JenisPeraturan.PP, 1, 2020, "Uji", dicabut_oleh="PP 2/2021")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"^Peraturan\.dicabut_oleh: PP 1/2019 is older"):
        Peraturan(
            JenisPeraturan.PP,
            1,
            2020,
            "Uji",
            dicabut_oleh=Peraturan(JenisPeraturan.PP, 1, 2019, "Lama"),
        )
    baru = Peraturan(JenisPeraturan.PP, 2, 2020, "Baru", berlaku=dt.date(2020, 6, 1))
    assert Peraturan(JenisPeraturan.PP, 1, 2020, "Uji", dicabut_oleh=baru).dicabut


MARKS = {
    # kode: the marks of every citation, main first, after the December 2026 audit (§5)
    "KIN-UB-01": (S, S),
    "KIN-UB-02": (U,),
    "KIN-UB-05": (U, V),
    "KIN-EVAL-02": (S, U),
    "KIN-EVAL-04": (U,),
    "KIN-EVAL-06": (V, U),
    "KIN-RATING-01": (S, U),
    "KIN-BINA-02": (U,),
    "KIN-SKP-08": (S, S, U),
    "KIN-SKP-09": (S, S),
    "KIN-SKP-10": (S, S),
    "KIN-SKP-13": (S, S),
    "SK-TIM-03": (U,),
    "SK-TIM-05": (U, U),
    "SK-TUGAS-01": (U, VS),
}


@pytest.mark.parametrize(("kode", "tanda"), sorted(MARKS.items()), ids=sorted(MARKS))
def test_mark_follows_what_was_read(kode: str, tanda: tuple[Keyakinan, ...]) -> None:
    """The re-marks of the audit: V only where the cited words say what the rule does, a
    lowered mark explained by a tafsiran."""
    rule = KATALOG[kode]
    assert tuple(d.keyakinan for d in rule.semua_dasar) == tanda
    assert rule.tafsiran


def test_kin_rating_01_leader_rating_is_secondary_and_the_mapping_uncertain() -> None:
    dasar, pemetaan = KATALOG["KIN-RATING-01"].semua_dasar
    assert dasar.kutipan is not None
    assert "capaian kinerja satuan organisasi yang dipimpin" in dasar.kutipan
    assert pemetaan.tafsiran is not None
    assert "Istimewa -> Di Atas Ekspektasi" in pemetaan.tafsiran


def test_kin_eval_06_power_to_change_is_read_and_record_keeping_is_the_library_s() -> None:
    dibaca, pencatatan = KATALOG["KIN-EVAL-06"].semua_dasar
    assert dibaca.kutipan is not None
    assert "dapat mengubah dan menetapkan hasil penilaian kinerja" in dibaca.kutipan
    assert dibaca.tafsiran is None
    assert pencatatan.tafsiran is not None
