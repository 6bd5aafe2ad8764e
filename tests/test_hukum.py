"""The legal-basis core: Peraturan, Dasar, Aturan, Pelanggaran."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import birokrasi
from birokrasi import testing as bst
from birokrasi.errors import (
    BirokrasiError,
    InvalidTypeError,
    InvalidValueError,
    NotFoundError,
    OutOfWindowError,
)
from birokrasi.hukum import (
    PERATURAN,
    PERMENPANRB_6_2022,
    PERMENPANRB_7_2022,
    SE_MENPANRB_3_2023,
    Aturan,
    Dasar,
    JenisPeraturan,
    Keyakinan,
    Pelanggaran,
    Peraturan,
)
from birokrasi.katalog import KATALOG, aturan

DASAR = Dasar(SE_MENPANRB_3_2023, bagian="angka 5", keyakinan=Keyakinan.SEKUNDER)
RULE = Aturan(
    "KIN-UJI-01",
    "Uraian aturan uji.",
    "A test rule.",
    DASAR,
    berlaku_sejak=dt.date(2023, 1, 31),
    berlaku_sampai=dt.date(2024, 12, 31),
)


def test_peraturan_cited_in_full() -> None:
    """ "Nomor 7 Tahun 2022" alone is ambiguous: the full title names the issuer."""
    assert PERMENPANRB_7_2022.judul == (
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 7 "
        "Tahun 2022 tentang Sistem Kerja pada Instansi Pemerintah untuk Penyederhanaan Birokrasi"
    )
    assert str(PERMENPANRB_7_2022) == PERMENPANRB_7_2022.judul
    assert PERMENPANRB_7_2022.diundangkan == dt.date(2022, 2, 21)


def test_every_peraturan_constant_is_unique() -> None:
    assert len({(p.jenis, p.nomor, p.tahun) for p in PERATURAN}) == len(PERATURAN)


def test_peraturan_rejects_date_before_its_year() -> None:
    with pytest.raises(InvalidValueError, match=r"Peraturan\.ditetapkan"):
        Peraturan(JenisPeraturan.PP, 1, 2020, "Uji", ditetapkan=dt.date(2019, 12, 31))


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"jenis": "PP"}, "jenis"),
        ({"nomor": 0}, "nomor"),
        ({"nomor": True}, "nomor"),
        ({"tahun": 1900}, "tahun"),
        ({"tentang": "  "}, "tentang"),
        ({"berlaku": dt.datetime(2022, 1, 1)}, "berlaku"),
    ],
)
def test_peraturan_rejects_bad_fields(kwargs: dict[str, object], field: str) -> None:
    args: dict[str, object] = {
        "jenis": JenisPeraturan.PP,
        "nomor": 1,
        "tahun": 2020,
        "tentang": "Uji",
    }
    args.update(kwargs)
    with pytest.raises(BirokrasiError, match=rf"Peraturan\.{field}"):
        Peraturan(**args)  # type: ignore[arg-type]


def test_dasar_location_rendering() -> None:
    d = Dasar(PERMENPANRB_6_2022, pasal="5", huruf="a", keyakinan=Keyakinan.TERVERIFIKASI)
    assert str(d) == "PermenPANRB 6/2022 Pasal 5 huruf a"
    full = Dasar(
        PERMENPANRB_6_2022,
        pasal="37",
        ayat="1",
        angka="2",
        lampiran="II",
        keyakinan=Keyakinan.SEKUNDER,
    )
    assert full.lokasi == "Pasal 37 ayat (1) angka 2 Lampiran II"
    assert str(DASAR) == "SE MenPANRB 3/2023 angka 5"


def test_dasar_needs_a_location() -> None:
    with pytest.raises(InvalidValueError, match="at least a pasal"):
        Dasar(PERMENPANRB_6_2022, keyakinan=Keyakinan.SEKUNDER)
    with pytest.raises(InvalidValueError, match="without a pasal"):
        Dasar(PERMENPANRB_6_2022, lampiran="I", ayat="2", keyakinan=Keyakinan.SEKUNDER)


def test_dasar_needs_a_keyakinan() -> None:
    with pytest.raises(InvalidTypeError, match=r"Dasar\.keyakinan"):
        Dasar(PERMENPANRB_6_2022, pasal="1", keyakinan="S")  # type: ignore[arg-type]


@pytest.mark.parametrize("kode", ["kin-x-01", "KIN-01", "K-X-01", "KIN-X-1", "KIN X-01", ""])
def test_aturan_kode_form(kode: str) -> None:
    with pytest.raises(InvalidValueError, match=r"Aturan\.kode"):
        Aturan(kode, "u", "s", DASAR)


def test_aturan_kode_must_be_str() -> None:
    with pytest.raises(InvalidTypeError, match=r"Aturan\.kode"):
        Aturan(1, "u", "s", DASAR)  # type: ignore[arg-type]


def test_aturan_window_is_inclusive() -> None:
    assert not RULE.berlaku_pada(dt.date(2023, 1, 30))
    assert RULE.berlaku_pada(dt.date(2023, 1, 31))
    assert RULE.berlaku_pada(dt.date(2024, 12, 31))
    assert not RULE.berlaku_pada(dt.date(2025, 1, 1))


def test_aturan_out_of_window_error_names_rule_and_window() -> None:
    RULE.pastikan_berlaku(dt.date(2023, 6, 1))
    with pytest.raises(OutOfWindowError, match=r"KIN-UJI-01.*2023-01-30.*2023-01-31 \.\. 2024"):
        RULE.pastikan_berlaku(dt.date(2023, 1, 30))
    open_rule = Aturan("KIN-UJI-02", "u", "s", DASAR, berlaku_sampai=dt.date(2020, 1, 1))
    with pytest.raises(OutOfWindowError, match=r"- \.\. 2020-01-01"):
        open_rule.pastikan_berlaku(dt.date(2021, 1, 1))
    assert open_rule.berlaku_pada(dt.date(1990, 1, 1))


def test_aturan_rejects_inverted_window_and_bad_date() -> None:
    with pytest.raises(InvalidValueError, match="berlaku_sampai"):
        Aturan(
            "KIN-UJI-03",
            "u",
            "s",
            DASAR,
            berlaku_sejak=dt.date(2024, 1, 1),
            berlaku_sampai=dt.date(2023, 1, 1),
        )
    with pytest.raises(InvalidTypeError, match="tanggal"):
        RULE.berlaku_pada("2024-01-01")  # type: ignore[arg-type]


def test_aturan_tafsiran_flag_follows_its_citations() -> None:
    assert not RULE.tafsiran
    note = Dasar(PERMENPANRB_6_2022, pasal="1", keyakinan=Keyakinan.TIDAK_PASTI, tafsiran="x")
    rule = Aturan("KIN-UJI-04", "u", "s", DASAR, dasar_lain=[note])
    assert rule.dasar_lain == (note,)
    assert rule.tafsiran
    assert rule.semua_dasar == (DASAR, note)


def test_aturan_dasar_lain_rejects_non_dasar() -> None:
    with pytest.raises(InvalidTypeError, match=r"dasar_lain\[0\]"):
        Aturan("KIN-UJI-05", "u", "s", DASAR, dasar_lain=["x"])  # type: ignore[list-item]
    with pytest.raises(InvalidTypeError, match="dasar_lain"):
        Aturan("KIN-UJI-05", "u", "s", DASAR, dasar_lain=5)  # type: ignore[arg-type]


def test_pelanggaran_carries_rule_subject_and_message() -> None:
    p = Pelanggaran(RULE, "unit:D01", "terlalu banyak Sangat Baik")
    assert p.kode == "KIN-UJI-01"
    assert (
        str(p) == "[KIN-UJI-01] unit:D01: terlalu banyak Sangat Baik (SE MenPANRB 3/2023 angka 5)"
    )
    with pytest.raises(InvalidValueError, match=r"Pelanggaran\.pesan"):
        Pelanggaran(RULE, "unit:D01", "")


def test_values_are_immutable() -> None:
    with pytest.raises(AttributeError):
        RULE.kode = "X"  # type: ignore[misc]


@given(bst.aturan())
def test_generated_rules_are_valid_and_hashable(rule: Aturan) -> None:
    assert hash(rule) == hash(rule)
    assert rule.dasar in rule.semua_dasar
    if rule.berlaku_sejak is not None:
        assert rule.berlaku_pada(rule.berlaku_sejak)


@given(bst.pelanggaran())
def test_generated_pelanggaran_render(p: Pelanggaran) -> None:
    assert p.kode in str(p)


# --- the catalogue -----------------------------------------------------------------


def test_catalogue_kodes_are_unique_and_sorted() -> None:
    assert list(KATALOG) == sorted(KATALOG)
    assert all(kode == rule.kode for kode, rule in KATALOG.items())


def test_every_catalogued_rule_has_a_citation() -> None:
    for rule in KATALOG.values():
        assert isinstance(rule.dasar, Dasar)
        for d in rule.semua_dasar:
            assert d.lokasi
            if d.keyakinan is Keyakinan.TIDAK_PASTI:
                assert d.tafsiran, f"{rule.kode}: an uncertain reading needs a tafsiran note"


def test_catalogue_lookup() -> None:
    for kode, rule in KATALOG.items():
        assert aturan(kode) is rule
    with pytest.raises(NotFoundError, match="NOPE-X-01"):
        aturan("NOPE-X-01")


def test_catalogue_is_read_only() -> None:
    with pytest.raises(TypeError):
        KATALOG["X"] = RULE  # type: ignore[index]


def test_every_module_level_rule_is_catalogued() -> None:
    """A rule defined in a module but missing from the catalogue would be invisible to
    analysts: every Aturan bound at module level must be in KATALOG."""
    import importlib
    import pkgutil

    for info in pkgutil.walk_packages(birokrasi.__path__, "birokrasi."):
        if info.name.startswith(("birokrasi.testing", "birokrasi.__main__")):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, Aturan):
                assert KATALOG.get(value.kode) == value, f"{info.name}.{name} not in KATALOG"


def test_catalogue_detects_duplicate_kodes() -> None:
    import types

    from birokrasi import katalog

    other = Aturan(RULE.kode, "lain", "other", DASAR)
    fake = types.SimpleNamespace(ATURAN=(RULE, other))
    with pytest.raises(InvalidValueError, match="used by two rules"):
        katalog._kumpulkan((fake,))  # type: ignore[arg-type]


@given(st.from_type(object), st.from_type(object), st.from_type(object))
def test_bad_input_raises_only_birokrasi_errors(a: object, b: object, c: object) -> None:
    for build in (
        lambda: Peraturan(a, b, c, "x"),  # type: ignore[arg-type]
        lambda: Dasar(a, pasal=b, keyakinan=c),  # type: ignore[arg-type]
        lambda: Aturan(a, b, c, DASAR),  # type: ignore[arg-type]
        lambda: Pelanggaran(a, b, c),  # type: ignore[arg-type]
    ):
        with contextlib.suppress(BirokrasiError):
            build()


def test_catalogue_renders_markdown_grouped_by_regulation() -> None:
    from birokrasi.katalog import sebagai_markdown

    text = sebagai_markdown()
    for kode in KATALOG:
        assert f"`{kode}`" in text
    assert "## PermenPANRB 6/2022" in text
    custom = {RULE.kode: RULE, "KIN-UJI-09": Aturan("KIN-UJI-09", "a|b", "s", DASAR)}
    small = sebagai_markdown(custom)
    assert small.startswith("## SE MenPANRB 3/2023")
    assert "2023-01-31 .. 2024-12-31" in small
    assert "a\\|b" in small
    assert "always" in small


def test_repr_pelanggaran_menyebut_aturan_dengan_kode() -> None:
    """A finding's repr names its rule by kode, not by the rule's whole text and citation."""
    from birokrasi import KATALOG, Pelanggaran

    aturan = KATALOG["KIN-DIST-01"]
    teks = repr(Pelanggaran(aturan, "unit A", "terlalu banyak"))
    assert teks == (
        "Pelanggaran(aturan=<KIN-DIST-01>, subjek='unit A', "
        "pesan=Pesan(templat=TEKS, parameter=(('teks', 'terlalu banyak'),)))"
    )
