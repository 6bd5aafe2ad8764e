"""KIN-PREDIKAT-01: ratings, predikat and the kuadran kinerja (PermenPANRB 6/2022)."""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable, Iterable

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from birokrasi import BirokrasiError, InvalidTypeError, InvalidValueError
from birokrasi._enum import kunci_teks, varian
from birokrasi.katalog import KATALOG
from birokrasi.kinerja import (
    KUADRAN,
    PenjelasanPredikat,
    Predikat,
    Rating,
    jelaskan_predikat,
    predikat_kinerja,
    predikat_kinerja_banyak,
)
from birokrasi.kinerja.predikat import ATURAN_KUADRAN, pasangan_rating
from birokrasi.testing import predikat, rating

A, S, B = Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI

# Digest §7.2 (PermenPANRB 6/2022 Lampiran, kuadran kinerja pegawai):
# | hasil kerja \ perilaku | Di Bawah          | Sesuai          | Di Atas         |
# | Di Atas Ekspektasi     | Kurang/Misconduct | Baik            | Sangat Baik     |
# | Sesuai Ekspektasi      | Kurang/Misconduct | Baik            | Baik            |
# | Di Bawah Ekspektasi    | Sangat Kurang     | Butuh Perbaikan | Butuh Perbaikan |
TABEL = {
    A: ("Kurang/Misconduct", "Baik", "Sangat Baik"),
    S: ("Kurang/Misconduct", "Baik", "Baik"),
    B: ("Sangat Kurang", "Butuh Perbaikan", "Butuh Perbaikan"),
}


def test_kin_predikat_01_full_table_as_quoted() -> None:
    for hasil, baris in TABEL.items():
        for perilaku, label in zip((B, S, A), baris, strict=True):
            assert predikat_kinerja(hasil, perilaku).label == label
    assert len(KUADRAN) == 9


def test_kin_predikat_01_is_catalogued_and_cited() -> None:
    assert KATALOG["KIN-PREDIKAT-01"] is ATURAN_KUADRAN
    assert ATURAN_KUADRAN.dasar.lampiran == "kuadran kinerja pegawai"
    assert ATURAN_KUADRAN.dasar.keyakinan.value == "S"


@given(rating(), rating())
def test_kin_predikat_01_total_and_agrees_with_table(hasil: Rating, perilaku: Rating) -> None:
    assert predikat_kinerja(hasil, perilaku) is KUADRAN[hasil, perilaku]


@given(rating(), rating(), rating())
def test_kin_predikat_01_monotone_in_each_rating(r1: Rating, r2: Rating, lain: Rating) -> None:
    lo, hi = sorted((r1, r2))
    assert predikat_kinerja(lo, lain) <= predikat_kinerja(hi, lain)
    assert predikat_kinerja(lain, lo) <= predikat_kinerja(lain, hi)


def test_kin_predikat_01_sangat_baik_only_from_double_di_atas() -> None:
    sumber = [k for k, p in KUADRAN.items() if p is Predikat.SANGAT_BAIK]
    assert sumber == [(A, A)]


def test_order_and_labels() -> None:
    assert list(Predikat) == sorted(Predikat, reverse=True)
    assert Predikat.SANGAT_BAIK > Predikat.BAIK > Predikat.BUTUH_PERBAIKAN
    assert Predikat.KURANG > Predikat.SANGAT_KURANG
    assert Predikat.KURANG.label == "Kurang/Misconduct"
    assert Predikat.BUTUH_PERBAIKAN.label == "Butuh Perbaikan"
    assert Rating.DI_ATAS_EKSPEKTASI.label == "Di Atas Ekspektasi"
    assert Rating.DI_BAWAH_EKSPEKTASI.label_en == "Below expectations"
    assert A > S > B
    assert B < S <= S
    assert A >= A
    assert str(Predikat.BAIK) == "Baik"
    assert Predikat("Baik") is Predikat.BAIK  # the value is the official label


def test_comparison_with_other_types_is_refused() -> None:
    assert Predikat.BAIK != Rating.SESUAI_EKSPEKTASI
    for op in ("__lt__", "__le__", "__gt__", "__ge__"):
        assert getattr(Predikat.BAIK, op)(Rating.SESUAI_EKSPEKTASI) is NotImplemented
    with pytest.raises(TypeError):
        _ = Predikat.BAIK < 3  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sangat Baik", Predikat.SANGAT_BAIK),
        ("SANGAT BAIK", Predikat.SANGAT_BAIK),
        ("sangat_baik", Predikat.SANGAT_BAIK),
        ("  Baik ", Predikat.BAIK),
        ("Butuh Perbaikan", Predikat.BUTUH_PERBAIKAN),
        ("Cukup", Predikat.BUTUH_PERBAIKAN),
        ("Butuh Perbaikan (Cukup)", Predikat.BUTUH_PERBAIKAN),
        ("butuh perbaikan(cukup)", Predikat.BUTUH_PERBAIKAN),
        ("Cukup/Butuh Perbaikan", Predikat.BUTUH_PERBAIKAN),
        ("Butuh  Perbaikan / Cukup", Predikat.BUTUH_PERBAIKAN),
        ("Kurang/Misconduct", Predikat.KURANG),
        ("Kurang / Misconduct", Predikat.KURANG),
        ("kurang/misconduct", Predikat.KURANG),
        ("Kurang", Predikat.KURANG),
        ("Sangat Kurang", Predikat.SANGAT_KURANG),
        ("Very poor", Predikat.SANGAT_KURANG),
    ],
)
def test_predikat_parse_variants(text: str, expected: Predikat) -> None:
    assert Predikat.parse(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Diatas Ekspektasi", A), ("di atas", A), ("Sesuai", S), ("DI BAWAH EKSPEKTASI", B)],
)
def test_rating_parse_variants(text: str, expected: Rating) -> None:
    assert Rating.parse(text) is expected


@pytest.mark.parametrize("text", ["", "Baik sekali", "Istimewa", "Sangat", "Cukup Baik", "5"])
def test_predikat_parse_rejects_garbage_listing_labels(text: str) -> None:
    with pytest.raises(InvalidValueError, match=r"accepted labels: 'Sangat Baik', 'Baik'"):
        Predikat.parse(text)


def test_parse_rejects_non_text() -> None:
    with pytest.raises(InvalidTypeError, match=r"Predikat.parse: text"):
        Predikat.parse(5)
    assert Predikat.parse(Predikat.KURANG) is Predikat.KURANG


@given(predikat())
def test_parse_round_trips_label_name_and_english(p: Predikat) -> None:
    for text in (p.label, p.name, p.label_en, p.label.upper(), f" {p.label.lower()} "):
        assert Predikat.parse(text) is p


@given(st.text(max_size=30))
def test_parse_accepts_only_listed_variants(text: str) -> None:
    try:
        hasil = Predikat.parse(text)
    except InvalidValueError:
        assert kunci_teks(text) not in varian(Predikat)
    else:
        assert kunci_teks(text) in varian(Predikat)
        assert isinstance(hasil, Predikat)


@pytest.mark.parametrize(
    ("hasil", "perilaku", "pesan"),
    [
        ("Baik", S, "hasil_kerja: expected Rating, got 'Baik' (str)"),
        (S, None, "perilaku_kerja: expected Rating, got None (NoneType)"),
        (S, "x", "perilaku_kerja: expected Rating, got 'x' (str)"),
        ([], S, "hasil_kerja: expected Rating, got [] (list)"),
    ],
)
def test_kin_predikat_01_wrong_types_name_the_argument_and_value(
    hasil: object, perilaku: object, pesan: str
) -> None:
    with pytest.raises(InvalidTypeError) as galat:
        predikat_kinerja(hasil, perilaku)  # type: ignore[arg-type]
    assert str(galat.value) == pesan


def test_kin_predikat_01_batch_matches_single() -> None:
    pasangan = list(itertools.product(Rating, Rating)) * 3
    assert predikat_kinerja_banyak(pasangan) == [predikat_kinerja(h, p) for h, p in pasangan]
    assert predikat_kinerja_banyak(iter(pasangan[:2])) == [
        KUADRAN[pasangan[0]],
        KUADRAN[pasangan[1]],
    ]
    assert predikat_kinerja_banyak([]) == []


@pytest.mark.parametrize(
    ("pasangan", "pesan"),
    [
        ([(A, A), (A, "x")], r"^pasangan\[1\]\.perilaku_kerja: expected Rating"),
        ([(A,)], r"^pasangan\[0\]: expected a \(Rating, Rating\) pair"),
        ([[A, A]], r"^pasangan\[0\]: expected a \(Rating, Rating\) pair"),
        ([({}, A)], r"^pasangan\[0\]\.hasil_kerja"),
        ("AA", r"^pasangan: expected Iterable\[tuple\[Rating, Rating\]\]"),
        (5, r"^pasangan: expected Iterable\[tuple\[Rating, Rating\]\]"),
    ],
)
def test_kin_predikat_01_batch_names_bad_pair(pasangan: object, pesan: str) -> None:
    with pytest.raises(InvalidTypeError, match=pesan):
        predikat_kinerja_banyak(pasangan)  # type: ignore[arg-type]


@pytest.mark.parametrize("bungkus", [list, iter], ids=["list", "iterator"])
def test_kin_predikat_01_batch_error_names_index_field_and_value(
    bungkus: Callable[[list[object]], Iterable[object]],
) -> None:
    """A one-pass iterator of pairs gets the same error as a list: the index, the field and
    the value that is not a Rating."""
    with pytest.raises(InvalidTypeError) as galat:
        predikat_kinerja_banyak(bungkus([(A, A), (A, "x")]))  # type: ignore[arg-type]
    assert str(galat.value) == "pasangan[1].perilaku_kerja: expected Rating, got 'x' (str)"
    with pytest.raises(InvalidTypeError) as galat:
        predikat_kinerja_banyak(bungkus([(A,)]))  # type: ignore[arg-type]
    assert str(galat.value).startswith("pasangan[0]: expected a (Rating, Rating) pair, got (<")


@given(rating(), rating())
def test_kin_predikat_01_explanation(hasil: Rating, perilaku: Rating) -> None:
    j = jelaskan_predikat(hasil, perilaku)
    assert j.predikat is predikat_kinerja(hasil, perilaku)
    assert (j.hasil_kerja, j.perilaku_kerja, j.aturan) == (hasil, perilaku, ATURAN_KUADRAN)
    assert j.dasar is ATURAN_KUADRAN.dasar
    assert j.predikat.label in j.teks()
    assert "KIN-PREDIKAT-01" in str(j)
    assert hasil.label in j.teks("id")
    assert perilaku.label in j.teks("en")
    assert j.pesan.kode == "KIN-PREDIKAT-01/penjelasan"
    assert j.pesan.data()["predikat"] is j.predikat
    assert str(j).count(str(ATURAN_KUADRAN.dasar)) == 1


def test_explanation_must_follow_the_table() -> None:
    with pytest.raises(InvalidValueError, match=r"PenjelasanPredikat.predikat"):
        PenjelasanPredikat(Predikat.SANGAT_BAIK, B, B)
    with pytest.raises(InvalidTypeError, match=r"PenjelasanPredikat.hasil_kerja"):
        PenjelasanPredikat(Predikat.SANGAT_BAIK, "A", A)  # type: ignore[arg-type]


@given(st.one_of(st.none(), st.integers(), st.text(), st.floats(), st.sampled_from(Predikat)))
def test_bad_input_raises_only_birokrasi_errors(nilai: object) -> None:
    calls = [
        lambda: predikat_kinerja(nilai, S),  # type: ignore[arg-type]
        lambda: predikat_kinerja(S, nilai),  # type: ignore[arg-type]
        lambda: jelaskan_predikat(nilai, nilai),  # type: ignore[arg-type]
        lambda: predikat_kinerja_banyak([(nilai, nilai)]),  # type: ignore[list-item]
        lambda: predikat_kinerja_banyak(nilai),  # type: ignore[arg-type]
        lambda: Predikat.parse(nilai),
        lambda: Rating.parse(nilai),
        lambda: PenjelasanPredikat(nilai, S, S),  # type: ignore[arg-type]
    ]
    for call in calls:
        with contextlib.suppress(BirokrasiError):
            call()


@given(st.sampled_from(Predikat))
def test_kin_predikat_01_pasangan_rating_is_the_inverse_of_the_kuadran(p: Predikat) -> None:
    pasangan = pasangan_rating(p)
    assert pasangan
    assert all(predikat_kinerja(h, q) is p for h, q in pasangan)
    semua = {(h, q) for h in Rating for q in Rating if predikat_kinerja(h, q) is p}
    assert set(pasangan) == semua


def test_pasangan_rating_rejects_non_predikat() -> None:
    with pytest.raises(InvalidTypeError, match=r"^predikat: expected Predikat, got 'Baik'"):
        pasangan_rating("Baik")  # type: ignore[arg-type]


def test_kin_predikat_01_an_explanation_keeps_the_rule_it_is_given() -> None:
    """An agency's own table explains its predikat under its own rule (the default is the
    kuadran of PermenPANRB 6/2022)."""
    sendiri = attrs.evolve(ATURAN_KUADRAN, kode="KIN-PREDIKAT-99")
    j = PenjelasanPredikat(predikat_kinerja(B, B), B, B, aturan=sendiri)
    assert j.aturan is sendiri
    assert PenjelasanPredikat(predikat_kinerja(B, B), B, B).aturan is ATURAN_KUADRAN


@pytest.mark.bahasa_baku
def test_kin_predikat_01_penjelasan_dalam_bahasa_indonesia() -> None:
    """The explanation reads in natural Indonesian by default, cites its Dasar once, and keeps
    its parts as data."""
    j = jelaskan_predikat(B, S)
    assert (
        str(j)
        == j.teks()
        == j.teks("id")
        == (
            "Predikat kinerja Butuh Perbaikan menurut kuadran kinerja: rating hasil kerja Di Bawah "
            "Ekspektasi dan rating perilaku kerja Sesuai Ekspektasi, yaitu hasil kerja di bawah "
            "ekspektasi, sedangkan perilaku kerja sesuai atau di atas ekspektasi. Dasar: "
            "PermenPANRB 6/2022 Lampiran kuadran kinerja pegawai (KIN-PREDIKAT-01)."
        )
    )
    assert j.teks("en") == (
        "Predikat kinerja Butuh Perbaikan by the kuadran kinerja: rating hasil kerja Di Bawah "
        "Ekspektasi and rating perilaku kerja Sesuai Ekspektasi, that is hasil kerja below "
        "expectations, while perilaku kerja meets or is above them. Basis: PermenPANRB 6/2022 "
        "Lampiran kuadran kinerja pegawai (KIN-PREDIKAT-01)."
    )
    assert j.pesan.data() == {
        "predikat": Predikat.BUTUH_PERBAIKAN,
        "hasil_kerja": B,
        "perilaku_kerja": S,
        "alasan": j.alasan,
        "kode": "KIN-PREDIKAT-01",
        "dasar": str(ATURAN_KUADRAN.dasar),
    }
    assert j.alasan.kode == "KIN-PREDIKAT-01/alasan-butuh-perbaikan"


@pytest.mark.bahasa_baku
@pytest.mark.parametrize("predikat", list(Predikat))
def test_kin_predikat_01_every_alasan_is_indonesian(predikat: Predikat) -> None:
    hasil, perilaku = pasangan_rating(predikat)[0]
    j = jelaskan_predikat(hasil, perilaku)
    assert "ekspektasi" in j.alasan.teks()
    assert "expectations" in j.alasan.teks("en")
    assert str(j).count("PermenPANRB 6/2022") == 1


@pytest.mark.bahasa_baku
def test_kin_predikat_01_tidak_sesuai_kuadran_dalam_bahasa_indonesia() -> None:
    with pytest.raises(InvalidValueError) as galat:
        PenjelasanPredikat(Predikat.SANGAT_BAIK, B, B)
    assert str(galat.value) == (
        "PenjelasanPredikat.predikat: Sangat Baik tidak sesuai dengan kuadran Di Bawah "
        "Ekspektasi x Di Bawah Ekspektasi (KIN-PREDIKAT-01)"
    )
    with pytest.raises(InvalidTypeError) as galat_tipe:
        predikat_kinerja(A, "x")  # type: ignore[arg-type]
    assert str(galat_tipe.value) == "perilaku_kerja: seharusnya Rating, diberikan 'x' (str)"
