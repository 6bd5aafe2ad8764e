"""Batch forms of KIN-PREDIKAT-01 and KIN-DIST-01..05 agree with the per-employee API."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from birokrasi import InvalidTypeError, InvalidValueError, OutOfWindowError
from birokrasi.kinerja import (
    KURVA_SE_3_2023,
    JenisPelanggaranDistribusi,
    KurvaDistribusi,
    Pembulatan,
    Pita,
    Predikat,
    PredikatOrganisasi,
    Rating,
    SebagianBesar,
    periksa_distribusi,
    predikat_kinerja,
    predikat_kinerja_banyak,
)
from birokrasi.kinerja.penilaian.batch import (
    hitung_per_unit,
    periksa_distribusi_banyak,
    predikat_kolom,
)
from birokrasi.testing import pembulatan, predikat, predikat_organisasi, rating, sebagian_besar

T = dt.date(2024, 12, 31)
A, S, B = Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI
PO = PredikatOrganisasi


# -- predikat_kolom ------------------------------------------------------------------------


@given(st.lists(st.tuples(rating(), rating()), max_size=30))
def test_predikat_kolom_matches_per_pair(pasangan: list[tuple[Rating, Rating]]) -> None:
    hasil = predikat_kolom([h for h, _ in pasangan], tuple(p for _, p in pasangan))
    assert hasil == predikat_kinerja_banyak(pasangan)
    assert hasil == [predikat_kinerja(h, p) for h, p in pasangan]


def test_predikat_kolom_whole_kuadran() -> None:
    h = [x for x in Rating for _ in Rating]
    p = [y for _ in Rating for y in Rating]
    assert predikat_kolom(h, p) == [predikat_kinerja(x, y) for x, y in zip(h, p, strict=True)]


@pytest.mark.parametrize(
    ("hasil", "perilaku", "error", "pesan"),
    [
        ("AS", [A, S], InvalidTypeError, "hasil_kerja: expected a sequence"),
        ([A], {A}, InvalidTypeError, "perilaku_kerja: expected a sequence"),
        ([A, S], [A], InvalidValueError, r"^perilaku_kerja: expected as many items as hasil_kerja"),
        ([A, "Sesuai"], [A, S], InvalidTypeError, r"hasil_kerja\[1\]: expected Rating"),
        ([A, S], [A, Predikat.BAIK], InvalidTypeError, r"perilaku_kerja\[1\]: expected Rating"),
        ([A, S], [None, S], InvalidTypeError, r"perilaku_kerja\[0\]: expected Rating"),
    ],
)
def test_predikat_kolom_rejects(
    hasil: object, perilaku: object, error: type[Exception], pesan: str
) -> None:
    with pytest.raises(error, match=pesan):
        predikat_kolom(hasil, perilaku)  # type: ignore[arg-type]


# -- hitung_per_unit -----------------------------------------------------------------------


@given(st.lists(st.tuples(st.sampled_from(["U1", "U2", "U3"]), predikat()), max_size=40))
def test_hitung_per_unit_matches_counter(baris: list[tuple[str, Predikat]]) -> None:
    hasil = hitung_per_unit([u for u, _ in baris], [p for _, p in baris])
    harapan: dict[str, Counter[Predikat]] = {}
    for u, p in baris:
        harapan.setdefault(u, Counter())[p] += 1
    assert hasil == {u: dict(c) for u, c in harapan.items()}
    assert list(hasil) == list(dict.fromkeys(u for u, _ in baris))


def test_hitung_per_unit_empty() -> None:
    assert hitung_per_unit([], ()) == {}


@pytest.mark.parametrize(
    ("unit", "predikat_", "error", "pesan"),
    [
        (None, [], InvalidTypeError, "unit: expected a sequence"),
        (["U1"], "B", InvalidTypeError, r"^predikat: expected a sequence"),
        (["U1"], [], InvalidValueError, r"predikat: expected as many items as unit \(1\), got 0"),
        (["U1", 7], [Predikat.BAIK] * 2, InvalidTypeError, r"unit\[1\]: expected str"),
        (["U1", ["U2"]], [Predikat.BAIK] * 2, InvalidTypeError, r"unit\[1\]: expected str"),
        (["U1", " "], [Predikat.BAIK] * 2, InvalidValueError, r"unit\[1\]: .* must not be blank"),
        (["U1", "U1"], [Predikat.BAIK, "Baik"], InvalidTypeError, r"predikat\[1\]: expected"),
        (["U1", "U2"], [Predikat.BAIK, Rating.DI_ATAS_EKSPEKTASI], InvalidTypeError, r"\[1\]"),
    ],
)
def test_hitung_per_unit_rejects(
    unit: object, predikat_: object, error: type[Exception], pesan: str
) -> None:
    with pytest.raises(error, match=pesan):
        hitung_per_unit(unit, predikat_)  # type: ignore[arg-type]


# -- periksa_distribusi_banyak -------------------------------------------------------------


def _sebaran(jumlah: dict[Predikat, int]) -> list[Predikat]:
    return [p for p, n in jumlah.items() for _ in range(n)]


def _satu_per_satu(
    po: dict[str, PredikatOrganisasi],
    jumlah: dict[str, dict[Predikat, int]],
    pembulatan_: Pembulatan = Pembulatan.SEKETAT_MUNGKIN,
    kurva: dict[PredikatOrganisasi, KurvaDistribusi] | None = None,
    bacaan: SebagianBesar | None = SebagianBesar.LEBIH_DARI_SEPARUH,
) -> tuple[object, ...]:
    hasil: list[object] = []
    for unit, isi in jumlah.items():
        sendiri = None if kurva is None else kurva.get(po[unit])
        hasil.extend(
            periksa_distribusi(
                po[unit],
                _sebaran(isi),
                tanggal=T,
                pembulatan=pembulatan_,
                sebagian_besar=bacaan,
                kurva=sendiri,
                unit=unit,
            )
        )
    return tuple(hasil)


_jumlah = st.dictionaries(predikat(), st.integers(0, 25), max_size=5)


@st.composite
def _unit_acak(draw: st.DrawFn) -> tuple[dict[str, PredikatOrganisasi], dict[str, dict]]:  # type: ignore[type-arg]
    kunci = draw(st.lists(st.text("ABCU0123", min_size=1, max_size=3), max_size=12, unique=True))
    po = {k: draw(predikat_organisasi()) for k in kunci}
    # Repeat some counts so that units share a (predikat organisasi, size) and hit the cache.
    contoh = draw(st.lists(_jumlah, min_size=1, max_size=4))
    jumlah = {k: draw(st.sampled_from(contoh)) for k in kunci}
    return po, jumlah


@given(_unit_acak(), pembulatan(), sebagian_besar())
def test_same_findings_as_periksa_distribusi(
    data: tuple[dict[str, PredikatOrganisasi], dict[str, dict[Predikat, int]]],
    pembulatan_: Pembulatan,
    bacaan: SebagianBesar | None,
) -> None:
    po, jumlah = data
    hasil = periksa_distribusi_banyak(
        po, jumlah, tanggal=T, pembulatan=pembulatan_, sebagian_besar=bacaan
    )
    assert hasil == _satu_per_satu(po, jumlah, pembulatan_, bacaan=bacaan)


def test_defaults_match_periksa_distribusi() -> None:
    po = {"A": PO.ISTIMEWA, "B": PO.BAIK, "C": PO.KURANG}
    jumlah = {
        "A": {Predikat.SANGAT_KURANG: 10},
        "B": {Predikat.SANGAT_BAIK: 9, Predikat.BUTUH_PERBAIKAN: 1},
        "C": {Predikat.KURANG: 2},
    }
    hasil = periksa_distribusi_banyak(po, jumlah, tanggal=T)
    assert hasil == _satu_per_satu(po, jumlah)
    assert [(t.subjek, t.batas, t.jumlah) for t in hasil] == [("A", 6, 0), ("B", 6, 0)]


_LONGGAR = KurvaDistribusi(
    PO.BAIK,
    (Pita(Predikat.BAIK, maksimum=Fraction(1, 2)), Pita(Predikat.SANGAT_BAIK, minimum_jumlah=1)),
    KURVA_SE_3_2023[1].aturan,
)


_UTAMA = KurvaDistribusi(
    PO.ISTIMEWA,
    (Pita(Predikat.BAIK, maksimum=Fraction(1, 2)), Pita(Predikat.SANGAT_BAIK, minimum_jumlah=1)),
    KURVA_SE_3_2023[0].aturan,
    predikat_utama=Predikat.BAIK,
)


@given(_unit_acak(), sebagian_besar())
def test_same_findings_with_own_curve(
    data: tuple[dict[str, PredikatOrganisasi], dict[str, dict[Predikat, int]]],
    bacaan: SebagianBesar | None,
) -> None:
    po, jumlah = data
    kurva = {PO.BAIK: _LONGGAR, PO.ISTIMEWA: _UTAMA}
    hasil = periksa_distribusi_banyak(po, jumlah, tanggal=T, kurva=kurva, sebagian_besar=bacaan)
    assert hasil == _satu_per_satu(po, jumlah, kurva=kurva, bacaan=bacaan)


def test_findings_in_unit_order_with_data() -> None:
    po = {"KECIL": PO.BAIK, "OK": PO.ISTIMEWA, "LEBIH": PO.ISTIMEWA, "OK2": PO.ISTIMEWA}
    jumlah = {
        "KECIL": {Predikat.BAIK: 1},
        "OK": {Predikat.SANGAT_BAIK: 7, Predikat.BAIK: 3},
        "LEBIH": {Predikat.SANGAT_BAIK: 8, Predikat.BAIK: 2},
        "OK2": {Predikat.SANGAT_BAIK: 6, Predikat.BAIK: 4},
    }
    hasil = periksa_distribusi_banyak(po, jumlah, tanggal=T)
    assert hasil[0].subjek == "KECIL"
    assert hasil[0].jenis is JenisPelanggaranDistribusi.TIDAK_DAPAT_DIPENUHI
    assert [(t.subjek, t.batas, t.jumlah) for t in hasil if t.subjek != "KECIL"] == [
        ("LEBIH", 7, 8)
    ]
    assert periksa_distribusi_banyak(po, {}, tanggal=T) == ()


def test_before_any_curve_is_out_of_window() -> None:
    with pytest.raises(OutOfWindowError):
        periksa_distribusi_banyak(
            {"U": PO.BAIK}, {"U": {Predikat.BAIK: 1}}, tanggal=dt.date(2022, 12, 31)
        )


@pytest.mark.parametrize(
    ("po", "jumlah", "kwargs", "error", "pesan"),
    [
        ([], {}, {}, InvalidTypeError, "predikat_organisasi: expected Mapping"),
        ({}, [], {}, InvalidTypeError, "jumlah: expected Mapping"),
        ({}, {}, {"tanggal": "2024-12-31"}, InvalidTypeError, "tanggal: expected date"),
        ({}, {}, {"pembulatan": "ketat"}, InvalidTypeError, "pembulatan: expected Pembulatan"),
        ({}, {}, {"sebagian_besar": "x"}, InvalidTypeError, "sebagian_besar: expected Sebagian"),
        ({}, {}, {"kurva": [_LONGGAR]}, InvalidTypeError, "kurva: expected Mapping"),
        ({}, {1: {}}, {}, InvalidValueError, "jumlah: a unit key must be a non-blank str"),
        ({}, {"": {}}, {}, InvalidValueError, "jumlah: a unit key must be a non-blank str"),
        ({}, {"U": {}}, {}, InvalidTypeError, r"predikat_organisasi\['U'\]: .* got None"),
        ({"U": "Baik"}, {"U": {}}, {}, InvalidTypeError, r"predikat_organisasi\['U'\]"),
        ({"U": PO.BAIK}, {"U": [1]}, {}, InvalidTypeError, r"jumlah\['U'\]: expected a mapping"),
        ({"U": PO.BAIK}, {"U": {"Baik": 1}}, {}, InvalidTypeError, "expected Predikat keys"),
        (
            {"U": PO.BAIK},
            {"U": {Predikat.BAIK: 1.0}},
            {},
            InvalidTypeError,
            r"jumlah\['U'\]\[BAIK\]: expected int",
        ),
        (
            {"U": PO.BAIK},
            {"U": {Predikat.BAIK: True}},
            {},
            InvalidTypeError,
            r"jumlah\['U'\]\[BAIK\]: expected int",
        ),
        (
            {"U": PO.BAIK},
            {"U": {Predikat.BAIK: -1}},
            {},
            InvalidValueError,
            r"jumlah\['U'\]\[BAIK\]: must not be negative",
        ),
        (
            {"U": PO.ISTIMEWA},
            {"U": {Predikat.BAIK: 1}},
            {"kurva": {PO.ISTIMEWA: _LONGGAR}},
            InvalidValueError,
            "kurva: the curve is for Baik",
        ),
    ],
)
def test_periksa_distribusi_banyak_rejects(
    po: object, jumlah: object, kwargs: dict[str, object], error: type[Exception], pesan: str
) -> None:
    kwargs.setdefault("tanggal", T)
    with pytest.raises(error, match=pesan):
        periksa_distribusi_banyak(po, jumlah, **kwargs)  # type: ignore[arg-type]


def test_pipeline_from_columns() -> None:
    unit = ["U1"] * 10 + ["U2"] * 3
    hasil = [A] * 8 + [S] * 2 + [S, S, B]
    perilaku = [A] * 10 + [S, S, S]
    jumlah = hitung_per_unit(unit, predikat_kolom(hasil, perilaku))
    assert jumlah == {
        "U1": {Predikat.SANGAT_BAIK: 8, Predikat.BAIK: 2},
        "U2": {Predikat.BAIK: 2, Predikat.BUTUH_PERBAIKAN: 1},
    }
    temuan = periksa_distribusi_banyak({"U1": PO.ISTIMEWA, "U2": PO.BAIK}, jumlah, tanggal=T)
    assert [(t.subjek, t.batas, t.jumlah) for t in temuan] == [("U1", 7, 8)]


def test_temuan_jumlah_sebesar_apa_pun() -> None:
    """Counts too large for ``str`` are written exactly in the findings."""
    besar = 10**5000
    (lebih, kurang) = periksa_distribusi_banyak(
        {"U": PredikatOrganisasi.BAIK}, {"U": {Predikat.BAIK: besar}}, tanggal=dt.date(2024, 1, 1)
    )
    assert lebih.jumlah == besar
    assert str(lebih.pesan).startswith("Baik: 1" + "0" * 5000 + " of 1")
    assert f"of 1{'0' * 5000} employees" in str(kurang.pesan)


# -- pinned by mutation testing (issue 15 §5): the shortcut for compliant units ------------

SB_, B_, BP_, K_, SK_ = Predikat


@pytest.mark.parametrize(
    ("bacaan", "po", "jumlah", "temuan"),
    [
        # Baik leads with 2 of 5, its rivals 1 each; the others are missing from the counts.
        (SebagianBesar.TERBANYAK, PO.BAIK, {B_: 2, SB_: 1, BP_: 1, K_: 1}, False),
        (SebagianBesar.TERBANYAK, PO.BAIK, {B_: 2, BP_: 1}, False),
        # Baik ties with Sangat Baik: it does not outnumber every other predikat.
        (SebagianBesar.TERBANYAK, PO.BAIK, {B_: 2, SB_: 2, BP_: 1}, True),
        # No "sebagian besar": ten Sangat Baik are above the Istimewa cap of 70 %.
        (None, PO.ISTIMEWA, {SB_: 10}, True),
        (None, PO.ISTIMEWA, {SB_: 7, B_: 3}, False),
    ],
)
def test_kin_dist_01_02_batch_shortcut_finds_what_periksa_distribusi_finds(
    bacaan: SebagianBesar | None, po: PredikatOrganisasi, jumlah: dict[Predikat, int], temuan: bool
) -> None:
    hasil = periksa_distribusi_banyak({"U": po}, {"U": jumlah}, tanggal=T, sebagian_besar=bacaan)
    assert hasil == _satu_per_satu(
        {"U": po}, {"U": jumlah}, Pembulatan.SEKETAT_MUNGKIN, bacaan=bacaan
    )
    assert bool(hasil) is temuan
