"""usulkan_distribusi: the fewest changes that make a unit meet KIN-DIST-01..05."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
from collections import Counter
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from birokrasi import (
    NIP,
    BirokrasiError,
    InvalidTypeError,
    InvalidValueError,
    OutOfWindowError,
)
from birokrasi.kinerja import (
    ArahPerubahan,
    JenisPelanggaranDistribusi,
    Pembulatan,
    Perubahan,
    Predikat,
    PredikatOrganisasi,
    SebagianBesar,
    UsulanDistribusi,
    batas_distribusi,
    periksa_distribusi,
    usulkan_distribusi,
)
from birokrasi.kinerja.penilaian.kurva import KURVA_SE_3_2023, KurvaDistribusi, Pita
from birokrasi.testing import pembulatan, predikat_organisasi, sebagian_besar, unit_rencana

T = dt.date(2024, 12, 31)
PO = PredikatOrganisasi
SB, B, BP, K, SK = Predikat


def _usul(
    po: PredikatOrganisasi,
    rencana: dict[str, Predikat],
    peringkat: list[str] | None = None,
    bulat: Pembulatan = Pembulatan.SEKETAT_MUNGKIN,
    bacaan: SebagianBesar | None = SebagianBesar.LEBIH_DARI_SEPARUH,
) -> UsulanDistribusi:
    return usulkan_distribusi(
        po,
        rencana,
        list(rencana) if peringkat is None else peringkat,
        tanggal=T,
        pembulatan=bulat,
        sebagian_besar=bacaan,
    )


def _brute_min_changes(
    po: PredikatOrganisasi, awal: list[Predikat], bulat: Pembulatan, bacaan: SebagianBesar | None
) -> int | None:
    """Fewest changed employees over every assignment (None when none complies)."""
    terbaik: int | None = None
    for akhir in itertools.product(Predikat, repeat=len(awal)):
        if not periksa_distribusi(po, akhir, tanggal=T, pembulatan=bulat, sebagian_besar=bacaan):
            beda = sum(a is not b for a, b in zip(awal, akhir, strict=True))
            terbaik = beda if terbaik is None else min(terbaik, beda)
    return terbaik


def _brute_by_counts(
    po: PredikatOrganisasi, awal: list[Predikat], bulat: Pembulatan, bacaan: SebagianBesar | None
) -> int | None:
    """The same over count vectors (employees of one predikat are interchangeable)."""
    n = len(awal)
    a = [awal.count(p) for p in Predikat]
    terbaik: int | None = None
    for akhir in itertools.combinations_with_replacement(Predikat, n):
        if not periksa_distribusi(po, akhir, tanggal=T, pembulatan=bulat, sebagian_besar=bacaan):
            t = [akhir.count(p) for p in Predikat]
            beda = n - sum(min(x, y) for x, y in zip(a, t, strict=True))
            terbaik = beda if terbaik is None else min(terbaik, beda)
    return terbaik


@given(predikat_organisasi(), unit_rencana(min_size=1, max_size=4), pembulatan(), sebagian_besar())
def test_minimal_against_full_brute_force(
    po: PredikatOrganisasi,
    unit: tuple[dict[str, Predikat], list[str]],
    bulat: Pembulatan,
    bacaan: SebagianBesar | None,
) -> None:
    rencana, peringkat = unit
    usulan = _usul(po, rencana, peringkat, bulat, bacaan)
    terbaik = _brute_min_changes(po, list(rencana.values()), bulat, bacaan)
    if terbaik is None:
        assert not usulan.terpenuhi
        assert usulan.perubahan == ()
    else:
        assert usulan.terpenuhi
        assert len(usulan.perubahan) == terbaik


@given(predikat_organisasi(), unit_rencana(min_size=1, max_size=7), pembulatan(), sebagian_besar())
def test_minimal_against_count_brute_force_up_to_7(
    po: PredikatOrganisasi,
    unit: tuple[dict[str, Predikat], list[str]],
    bulat: Pembulatan,
    bacaan: SebagianBesar | None,
) -> None:
    rencana, peringkat = unit
    usulan = _usul(po, rencana, peringkat, bulat, bacaan)
    terbaik = _brute_by_counts(po, list(rencana.values()), bulat, bacaan)
    assert usulan.terpenuhi is (terbaik is not None)
    if terbaik is not None:
        assert len(usulan.perubahan) == terbaik


@given(predikat_organisasi(), unit_rencana(max_size=60), pembulatan(), sebagian_besar())
def test_output_passes_the_check_and_changes_are_consistent(
    po: PredikatOrganisasi,
    unit: tuple[dict[str, Predikat], list[str]],
    bulat: Pembulatan,
    bacaan: SebagianBesar | None,
) -> None:
    rencana, peringkat = unit
    usulan = _usul(po, rencana, peringkat, bulat, bacaan)
    hasil = usulan.sebagai_dict()
    assert [k for k, _ in usulan.hasil] == peringkat
    dapat = batas_distribusi(
        po, len(rencana), tanggal=T, pembulatan=bulat, sebagian_besar=bacaan
    ).dapat_dipenuhi
    assert usulan.terpenuhi is dapat
    if dapat:
        assert (
            periksa_distribusi(
                po, hasil.values(), tanggal=T, pembulatan=bulat, sebagian_besar=bacaan
            )
            == ()
        )
    else:
        assert hasil == rencana
        assert usulan.perubahan == ()
        assert usulan.pelanggaran[0].jenis is JenisPelanggaranDistribusi.TIDAK_DAPAT_DIPENUHI  # type: ignore[attr-defined]
    berubah = {c.kunci: c for c in usulan.perubahan}
    assert len(berubah) == len(usulan.perubahan)
    for kunci, awal in rencana.items():
        if kunci in berubah:
            c = berubah[kunci]
            assert (c.dari, c.ke) == (awal, hasil[kunci])
            assert c.dari is not c.ke
            assert c.aturan is usulan.kurva.aturan
            assert c.alasan
        else:
            assert hasil[kunci] is awal


@given(predikat_organisasi(), unit_rencana(max_size=60), sebagian_besar())
def test_demotions_fall_on_the_lowest_ranked(
    po: PredikatOrganisasi,
    unit: tuple[dict[str, Predikat], list[str]],
    bacaan: SebagianBesar | None,
) -> None:
    rencana, peringkat = unit
    usulan = _usul(po, rencana, peringkat, bacaan=bacaan)
    hasil = usulan.sebagai_dict()
    posisi = {k: i for i, k in enumerate(peringkat)}
    for asal in Predikat:
        kelompok = [k for k in peringkat if rencana[k] is asal]
        tetap = [posisi[k] for k in kelompok if hasil[k] is asal]
        turun = [k for k in kelompok if hasil[k] < asal]
        naik = [k for k in kelompok if hasil[k] > asal]
        if tetap:
            assert all(posisi[k] > max(tetap) for k in turun)
            assert all(posisi[k] < min(tetap) for k in naik)
        # among the demoted, a lower rank never gets a better predikat
        for x, y in itertools.pairwise(turun):
            assert hasil[x] >= hasil[y]
        for x, y in itertools.pairwise(naik):
            assert hasil[x] >= hasil[y]


@given(predikat_organisasi(), unit_rencana(max_size=40), pembulatan(), sebagian_besar())
def test_compliant_input_is_unchanged(
    po: PredikatOrganisasi,
    unit: tuple[dict[str, Predikat], list[str]],
    bulat: Pembulatan,
    bacaan: SebagianBesar | None,
) -> None:
    rencana, peringkat = unit
    pertama = _usul(po, rencana, peringkat, bulat, bacaan)
    kedua = _usul(po, pertama.sebagai_dict(), peringkat, bulat, bacaan)
    if pertama.terpenuhi:
        assert kedua.perubahan == ()
        assert kedua.sebagai_dict() == pertama.sebagai_dict()


def test_worked_example_istimewa() -> None:
    rencana = {f"P{i}": SB for i in range(10)}
    usulan = _usul(PO.ISTIMEWA, rencana)
    assert [(c.kunci, c.dari, c.ke) for c in usulan.perubahan] == [
        ("P7", SB, B),
        ("P8", SB, B),
        ("P9", SB, B),
    ]
    assert "Sangat Baik above its cap of 7 of 10" in str(usulan.perubahan[0].alasan)
    assert str(usulan.perubahan[0]).startswith("P7: Sangat Baik -> Baik (KIN-DIST-01: ")


def test_worked_example_baik_moves_down_to_nearest() -> None:
    rencana = {f"P{i}": B for i in range(10)}
    usulan = _usul(PO.BAIK, rencana)
    assert [(c.kunci, c.ke) for c in usulan.perubahan] == [("P7", BP), ("P8", BP), ("P9", BP)]
    assert "below its floor of 1" in str(usulan.perubahan[2].alasan)


def test_worked_example_sangat_kurang_keeps_rank_order() -> None:
    rencana = {f"P{i}": B for i in range(10)}
    usulan = _usul(PO.SANGAT_KURANG, rencana)
    assert [hasil for _, hasil in usulan.hasil] == [B] * 3 + [BP] + [SK] * 6


def test_promotions_fall_on_the_highest_ranked() -> None:
    rencana = {f"P{i}": SK for i in range(10)}
    usulan = _usul(PO.KURANG, rencana)
    assert [hasil for _, hasil in usulan.hasil] == [BP] + [K] * 6 + [SK] * 3


def test_too_small_unit_is_flagged_not_changed() -> None:
    usulan = _usul(PO.KURANG, {"A": K, "B": K}, bulat=Pembulatan.KETAT)
    assert not usulan.terpenuhi
    assert usulan.sebagai_dict() == {"A": K, "B": K}
    assert usulan.perubahan == ()
    assert usulan.pelanggaran[0].jenis is JenisPelanggaranDistribusi.TIDAK_DAPAT_DIPENUHI  # type: ignore[attr-defined]
    assert _usul(PO.BAIK, {}).terpenuhi


def test_argument_errors() -> None:
    with pytest.raises(InvalidTypeError, match=r"^rencana: expected a mapping"):
        usulkan_distribusi(PO.BAIK, 42, ["a"], tanggal=T)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"^rencana\[0\]: expected a \(key, Predikat\) pair"):
        usulkan_distribusi(PO.BAIK, [B], ["a"], tanggal=T)  # type: ignore[list-item]
    with pytest.raises(InvalidValueError, match=r"^rencana\[1\]: key 'a' given twice"):
        usulkan_distribusi(PO.BAIK, [("a", B), ("a", SB)], ["a"], tanggal=T)
    with pytest.raises(InvalidTypeError, match=r"^rencana: keys must be non-blank str"):
        usulkan_distribusi(PO.BAIK, {1: B}, [1], tanggal=T)  # type: ignore[dict-item, list-item]
    with pytest.raises(InvalidTypeError, match=r"^rencana\['a'\]: expected Predikat"):
        usulkan_distribusi(PO.BAIK, {"a": "Baik"}, ["a"], tanggal=T)  # type: ignore[dict-item]
    with pytest.raises(InvalidTypeError, match=r"^peringkat: expected a sequence"):
        usulkan_distribusi(PO.BAIK, {"a": B}, "a", tanggal=T)
    with pytest.raises(InvalidTypeError, match=r"^peringkat\[0\]: expected str"):
        usulkan_distribusi(PO.BAIK, {"a": B}, [1], tanggal=T)  # type: ignore[list-item]
    with pytest.raises(InvalidValueError, match=r"^peringkat\[1\]: 'a' is ranked twice"):
        usulkan_distribusi(PO.BAIK, {"a": B, "b": B}, ["a", "a"], tanggal=T)
    with pytest.raises(InvalidValueError, match=r"^peringkat\[0\]: 'z' is not in rencana"):
        usulkan_distribusi(PO.BAIK, {"a": B}, ["z"], tanggal=T)
    with pytest.raises(
        InvalidValueError, match=r"^peringkat: keys missing from the ranking: \['b'\]"
    ):
        usulkan_distribusi(PO.BAIK, {"a": B, "b": B}, ["a"], tanggal=T)
    with pytest.raises(OutOfWindowError):
        usulkan_distribusi(PO.BAIK, {"a": B}, ["a"], tanggal=dt.date(2022, 12, 31))


def test_perubahan_validation() -> None:
    aturan = _usul(PO.ISTIMEWA, {"a": SB}).kurva.aturan
    assert Perubahan("a", SB, B, aturan, "x").ke is B
    with pytest.raises(InvalidValueError, match=r"^Perubahan.kunci"):
        Perubahan(" ", SB, B, aturan, "x")


_APA_SAJA = st.one_of(
    st.none(),
    st.integers(),
    st.text(max_size=3),
    st.lists(st.text(max_size=2), max_size=3),
    st.dictionaries(st.text(max_size=2), st.sampled_from([*Predikat, "x"]), max_size=3),
    st.sampled_from([*Predikat, *PO, T]),
)


@given(_APA_SAJA, _APA_SAJA, _APA_SAJA, _APA_SAJA)
def test_bad_input_raises_only_birokrasi_errors(a: object, b: object, c: object, d: object) -> None:
    calls = [
        lambda: usulkan_distribusi(a, b, c, tanggal=d),  # type: ignore[arg-type]
        lambda: usulkan_distribusi(PO.BAIK, b, c, tanggal=T),  # type: ignore[arg-type]
        lambda: usulkan_distribusi(PO.BAIK, {"x": B}, ["x"], tanggal=T, pembulatan=a, kurva=b),  # type: ignore[arg-type]
        lambda: Perubahan(a, b, c, d, "x"),  # type: ignore[arg-type]
        lambda: UsulanDistribusi(a, b, c, d),  # type: ignore[arg-type]
    ]
    for call in calls:
        with contextlib.suppress(BirokrasiError):
            call()


# -- "sebagian besar" (KIN-DIST-01, KIN-DIST-02) ----------------------------------------


def test_kin_dist_01_istimewa_of_sangat_kurang_promotes_the_best_ranked() -> None:
    rencana = {f"P{i}": SK for i in range(10)}
    usulan = _usul(PO.ISTIMEWA, rencana)
    assert [(c.kunci, c.ke) for c in usulan.perubahan] == [(f"P{i}", SB) for i in range(6)]
    assert "Sangat Baik below its floor of 6 of 10 employees" in str(usulan.perubahan[0].alasan)


def test_kin_dist_02_baik_of_sangat_baik_demotes_to_baik() -> None:
    rencana = {f"P{i}": SB for i in range(9)} | {"P9": BP}
    usulan = _usul(PO.BAIK, rencana)
    assert [(c.kunci, c.ke) for c in usulan.perubahan] == [(f"P{i}", B) for i in range(3, 9)]
    terbanyak = _usul(PO.BAIK, rencana, bacaan=SebagianBesar.TERBANYAK)
    hasil = Counter(terbanyak.sebagai_dict().values())
    assert len(terbanyak.perubahan) == 5  # 4 Sangat Baik, 5 Baik, 1 Butuh Perbaikan
    assert hasil[B] > max(hasil[p] for p in Predikat if p is not B)


def test_kin_dist_01_terbanyak_needs_fewer_changes_than_a_majority() -> None:
    rencana = {"A": SB, "B": SB, "C": SB, "D": B, "E": B, "F": BP, "G": BP, "H": K, "I": SK}
    assert len(_usul(PO.ISTIMEWA, rencana).perubahan) == 2
    usulan = _usul(PO.ISTIMEWA, rencana, bacaan=SebagianBesar.TERBANYAK)
    assert usulan.perubahan == ()
    tie = {"A": SB, "B": SB, "C": B, "D": B, "E": BP}
    [c] = _usul(PO.ISTIMEWA, tie, bacaan=SebagianBesar.TERBANYAK).perubahan
    assert (c.kunci, c.dari, c.ke) == ("C", B, SB)
    assert "must outnumber every other predikat (sebagian besar), Baik has 2" in str(c.alasan)


def test_kin_dist_02_terbanyak_caps_every_other_predikat_one_below() -> None:
    # BP and K share the "harus ada" band, yet each must stay below Baik
    rencana = {f"P{i}": p for i, p in enumerate([B, B, B, BP, BP, BP, BP, K])}
    usulan = _usul(PO.BAIK, rencana, bacaan=SebagianBesar.TERBANYAK)
    assert [(c.kunci, c.dari, c.ke) for c in usulan.perubahan] == [("P3", BP, B)]
    hasil = Counter(usulan.sebagai_dict().values())
    assert (hasil[B], hasil[BP], hasil[K]) == (4, 3, 1)


def test_kin_dist_01_terbanyak_at_its_cap_moves_the_rival_away() -> None:
    # four employees: 70% allows two Sangat Baik, so the second Baik must go
    rencana = {"A": SB, "B": SB, "C": B, "D": B}
    [c] = _usul(PO.ISTIMEWA, rencana, bacaan=SebagianBesar.TERBANYAK).perubahan
    assert (c.kunci, c.dari, c.ke) == ("D", B, BP)
    assert str(c.alasan) == (
        "Baik (2) must be fewer than Sangat Baik (2), which must outnumber every other "
        "predikat (sebagian besar)"
    )


# -- arah: promote as well as demote -----------------------------------------------------------


@given(
    predikat_organisasi(),
    unit_rencana(min_size=1, max_size=7),
    pembulatan(),
    sebagian_besar(),
    st.sampled_from(ArahPerubahan),
)
def test_minimal_in_either_direction_against_count_brute_force(
    po: PredikatOrganisasi,
    unit: tuple[dict[str, Predikat], list[str]],
    bulat: Pembulatan,
    bacaan: SebagianBesar | None,
    arah: ArahPerubahan,
) -> None:
    rencana, peringkat = unit
    usulan = usulkan_distribusi(
        po, rencana, peringkat, tanggal=T, pembulatan=bulat, sebagian_besar=bacaan, arah=arah
    )
    terbaik = _brute_by_counts(po, list(rencana.values()), bulat, bacaan)
    assert usulan.terpenuhi is (terbaik is not None)
    if terbaik is not None:
        assert len(usulan.perubahan) == terbaik
        assert not periksa_distribusi(
            po, usulan.sebagai_dict().values(), tanggal=T, pembulatan=bulat, sebagian_besar=bacaan
        )


def test_kin_dist_02_baik_unit_promotes_with_naik_and_still_fills_the_floor() -> None:
    """Ten Baik in a Baik unit: three must leave Baik (cap 7). ``NAIK`` promotes the two
    best-ranked to Sangat Baik; the floor of Butuh Perbaikan/Kurang still takes the lowest."""
    rencana = {f"P{i}": B for i in range(10)}
    naik = usulkan_distribusi(PO.BAIK, rencana, list(rencana), tanggal=T, arah=ArahPerubahan.NAIK)
    assert sorted((c.kunci, c.ke) for c in naik.perubahan) == [("P0", SB), ("P1", SB), ("P9", BP)]
    turun = usulkan_distribusi(PO.BAIK, rencana, list(rencana), tanggal=T)
    assert turun == usulkan_distribusi(
        PO.BAIK, rencana, list(rencana), tanggal=T, arah=ArahPerubahan.TURUN
    )
    assert {c.ke for c in turun.perubahan} == {BP}


def test_arah_must_be_an_arah_perubahan() -> None:
    with pytest.raises(InvalidTypeError, match=r"^arah: expected ArahPerubahan"):
        usulkan_distribusi(PO.BAIK, {"A": B}, ["A"], tanggal=T, arah="naik")  # type: ignore[arg-type]


@given(predikat_organisasi(), unit_rencana(min_size=1, max_size=7), pembulatan(), sebagian_besar())
def test_pasangan_sama_dengan_mapping(
    po: PredikatOrganisasi,
    unit: tuple[dict[str, Predikat], list[str]],
    bulat: Pembulatan,
    bacaan: SebagianBesar | None,
) -> None:
    """(key, predikat) pairs, the shape of ``RiwayatPenilaian.predikat_unit``, propose what the
    same mapping proposes."""
    rencana, peringkat = unit
    assert _usul(po, rencana, peringkat, bulat, bacaan) == usulkan_distribusi(
        po, tuple(rencana.items()), peringkat, tanggal=T, pembulatan=bulat, sebagian_besar=bacaan
    )


@given(
    predikat_organisasi(),
    unit_rencana(min_size=1, max_size=4),
    pembulatan(),
    sebagian_besar(),
    st.data(),
)
def test_usulan_ulang_setelah_keberatan_minimal(
    po: PredikatOrganisasi,
    unit: tuple[dict[str, Predikat], list[str]],
    bulat: Pembulatan,
    bacaan: SebagianBesar | None,
    data: st.DataObject,
) -> None:
    """KIN-DIST-01 to 05 after a keberatan: the unit met the curve as proposed, one upheld
    objection changes one predikat, and the proposal re-run on that state (its ``hasil`` with
    the one change, as pairs) changes the fewest employees the brute force finds, never more
    than one, and nobody when the unit still complies."""
    rencana, peringkat = unit
    usulan = _usul(po, rencana, peringkat, bulat, bacaan)
    if not usulan.terpenuhi:
        return
    kunci = data.draw(st.sampled_from(peringkat))
    keputusan = data.draw(st.sampled_from(Predikat))
    setelah = tuple((k, keputusan if k == kunci else p) for k, p in usulan.hasil)
    ulang = usulkan_distribusi(
        po, setelah, peringkat, tanggal=T, pembulatan=bulat, sebagian_besar=bacaan
    )
    terbaik = _brute_min_changes(po, [p for _, p in setelah], bulat, bacaan)
    assert terbaik is not None
    assert terbaik <= 1
    assert ulang.terpenuhi
    assert len(ulang.perubahan) == terbaik


# -- tetap: a predikat decided on a keberatan is final (PP 30/2019 Pasal 59(4)) ----------------


@given(
    predikat_organisasi(),
    unit_rencana(max_size=9),
    st.data(),
)
def test_kin_keberatan_02_tetap_keeps_the_decided_predikat(
    po: PredikatOrganisasi, unit_urutan: tuple[dict[str, Predikat], list[str]], data: st.DataObject
) -> None:
    """Whoever is in ``tetap`` keeps their predikat; the proposal still complies, or says that
    only fixed people could move."""
    unit, urutan = unit_urutan
    tetap = data.draw(st.sets(st.sampled_from(urutan))) if urutan else set()
    galat: InvalidValueError | None = None
    try:
        hasil = usulkan_distribusi(po, unit, urutan, tanggal=T, tetap=tetap)
    except InvalidValueError as e:
        galat = e
    if galat is not None:
        assert "tetap" in str(galat)
        assert "KIN-KEBERATAN-02" in str(galat)
        return
    akhir = hasil.sebagai_dict()
    assert all(akhir[k] is unit[k] for k in tetap)
    if hasil.batas.dapat_dipenuhi:
        assert periksa_distribusi(po, akhir.values(), tanggal=T) == ()


def test_kin_keberatan_02_tetap_moves_another_or_refuses() -> None:
    P = Predikat
    unit = {"a": P.BAIK, "b": P.BAIK, "c": P.BAIK, "d": P.BAIK, "e": P.SANGAT_BAIK}
    urutan = ["e", "a", "b", "c", "d"]
    bebas = usulkan_distribusi(PredikatOrganisasi.BAIK, unit, urutan, tanggal=T)
    [ubah] = bebas.perubahan
    assert ubah.kunci == "d"
    dikunci = usulkan_distribusi(PredikatOrganisasi.BAIK, unit, urutan, tanggal=T, tetap={"d"})
    assert [c.kunci for c in dikunci.perubahan] == ["c"]
    with pytest.raises(InvalidValueError, match=r"only 0 of them are not in tetap"):
        usulkan_distribusi(
            PredikatOrganisasi.BAIK, unit, urutan, tanggal=T, tetap={"a", "b", "c", "d"}
        )
    with pytest.raises(InvalidValueError, match=r"'x' is not in rencana"):
        usulkan_distribusi(PredikatOrganisasi.BAIK, unit, urutan, tanggal=T, tetap={"x"})
    with pytest.raises(InvalidTypeError, match=r"tetap"):
        usulkan_distribusi(PredikatOrganisasi.BAIK, unit, urutan, tanggal=T, tetap="d")
    with pytest.raises(InvalidTypeError, match=r"tetap"):
        usulkan_distribusi(PredikatOrganisasi.BAIK, unit, urutan, tanggal=T, tetap=[1])  # type: ignore[list-item]


def test_usulkan_distribusi_takes_nip_keys_and_names_people_by_digits() -> None:
    """An employee key may be a NIP or its digits, in rencana, peringkat and tetap alike."""
    nip = [NIP(f"19830225200801201{i}") for i in range(5)]
    unit = dict(zip(nip, [B, B, B, B, SB], strict=True))
    teks = {str(k): p for k, p in unit.items()}
    urutan = [nip[4], *nip[:4]]
    dengan_nip = usulkan_distribusi(PO.BAIK, unit, urutan, tanggal=T, tetap={nip[3]})
    dengan_teks = usulkan_distribusi(
        PO.BAIK, teks, [str(k) for k in urutan], tanggal=T, tetap={str(nip[3])}
    )
    assert dengan_nip == dengan_teks
    assert [c.kunci for c in dengan_nip.perubahan] == [nip[2].digit]


# -- pinned by mutation testing (issue 15 §5): which employee moves where, and why -----------

_HURUF = {"S": SB, "B": B, "P": BP, "K": K, "X": SK}


@pytest.mark.parametrize(
    ("po", "bacaan", "bulat", "arah", "pola", "harapan"),
    [
        pytest.param(
            PO.SANGAT_KURANG, SebagianBesar.LEBIH_DARI_SEPARUH, Pembulatan.SEKETAT_MUNGKIN,
            ArahPerubahan.TURUN, "X",
            ["P0: Sangat Kurang -> Kurang/Misconduct (KIN-DIST-05: Butuh Perbaikan dan/atau "
             "Kurang/Misconduct below its floor of 1 of 1 employees)"],
            id="kin_dist_05_nearest_predikat_of_the_band_below_its_floor_and_no_cap_at_the_cap",
        ),
        pytest.param(
            PO.SANGAT_KURANG, SebagianBesar.LEBIH_DARI_SEPARUH, Pembulatan.SEKETAT_MUNGKIN,
            ArahPerubahan.NAIK, "SB",
            ["P0: Sangat Baik -> Butuh Perbaikan (KIN-DIST-05: Sangat Baik allowed for none of 2 "
             "employees; Butuh Perbaikan dan/atau Kurang/Misconduct below its floor of 1 of 2 "
             "employees)",
             "P1: Baik -> Sangat Kurang (KIN-DIST-05: Sangat Kurang below its floor of 1 of 2 "
             "employees)"],
            id="kin_dist_05_the_employee_above_a_cap_moves_first_into_the_nearest_floor",
        ),
        pytest.param(
            PO.BAIK, SebagianBesar.TERBANYAK, Pembulatan.SEKETAT_MUNGKIN, ArahPerubahan.TURUN,
            "KBKKB",
            ["P0: Kurang/Misconduct -> Baik (KIN-DIST-02: Baik (2) must outnumber every other "
             "predikat (sebagian besar), Kurang/Misconduct has 3)"],
            id="kin_dist_02_terbanyak_a_floor_met_is_not_a_reason",
        ),
        pytest.param(
            PO.ISTIMEWA, SebagianBesar.TERBANYAK, Pembulatan.LONGGAR, ArahPerubahan.NAIK, "K",
            ["P0: Kurang/Misconduct -> Sangat Baik (KIN-DIST-01: Sangat Baik below its floor of "
             "1 of 1 employees; Sangat Baik (0) must outnumber every other predikat (sebagian "
             "besar), Kurang/Misconduct has 1)"],
            id="kin_dist_01_terbanyak_names_the_most_numerous_rival",
        ),
        pytest.param(
            PO.ISTIMEWA, SebagianBesar.TERBANYAK, Pembulatan.SEKETAT_MUNGKIN,
            ArahPerubahan.TURUN, "SSS",
            ["P2: Sangat Baik -> Baik (KIN-DIST-01: Sangat Baik above its cap of 2 of 3 "
             "employees)"],
            id="kin_dist_01_terbanyak_a_leader_outnumbering_all_is_not_a_reason",
        ),
        pytest.param(
            PO.BAIK, SebagianBesar.TERBANYAK, Pembulatan.SEKETAT_MUNGKIN, ArahPerubahan.TURUN,
            "KKPKP",
            ["P0: Kurang/Misconduct -> Baik (KIN-DIST-02: Baik below its floor of 2 of 5 "
             "employees; Baik (1) must outnumber every other predikat (sebagian besar), "
             "Kurang/Misconduct has 3)",
             "P2: Butuh Perbaikan -> Baik (KIN-DIST-02: Baik below its floor of 2 of 5 "
             "employees; Baik (0) must outnumber every other predikat (sebagian besar), "
             "Kurang/Misconduct has 3)",
             "P3: Kurang/Misconduct -> Sangat Kurang (KIN-DIST-02: Kurang/Misconduct (2) must "
             "be fewer than Baik (2), which must outnumber every other predikat (sebagian "
             "besar))"],
            id="kin_dist_02_terbanyak_of_equal_plans_the_shortest_then_downwards",
        ),
        pytest.param(
            PO.BUTUH_PERBAIKAN, SebagianBesar.TERBANYAK, Pembulatan.LONGGAR, ArahPerubahan.NAIK,
            "SX",
            ["P1: Sangat Kurang -> Butuh Perbaikan (KIN-DIST-03: Butuh Perbaikan below its "
             "floor of 1 of 2 employees)"],
            id="kin_dist_03_a_predikat_at_its_cap_is_not_above_it",
        ),
        pytest.param(
            PO.BAIK, SebagianBesar.TERBANYAK, Pembulatan.TERDEKAT, ArahPerubahan.TURUN, "KSK",
            ["P0: Kurang/Misconduct -> Baik (KIN-DIST-02: Baik below its floor of 2 of 3 "
             "employees; Baik (0) must outnumber every other predikat (sebagian besar), "
             "Kurang/Misconduct has 2)",
             "P1: Sangat Baik -> Baik (KIN-DIST-02: Baik below its floor of 2 of 3 employees; "
             "Baik (1) must outnumber every other predikat (sebagian besar), Sangat Baik has "
             "1)"],
            id="kin_dist_02_terbanyak_the_predikat_above_the_cap_moves_first",
        ),
        pytest.param(
            PO.ISTIMEWA, SebagianBesar.TERBANYAK, Pembulatan.LONGGAR, ArahPerubahan.NAIK, "KK",
            ["P0: Kurang/Misconduct -> Sangat Baik (KIN-DIST-01: Sangat Baik below its floor of "
             "2 of 2 employees; Sangat Baik (0) must outnumber every other predikat (sebagian "
             "besar), Kurang/Misconduct has 2)",
             "P1: Kurang/Misconduct -> Sangat Baik (KIN-DIST-01: Sangat Baik below its floor of "
             "2 of 2 employees; Sangat Baik (1) must outnumber every other predikat (sebagian "
             "besar), Kurang/Misconduct has 1)"],
            id="kin_dist_01_promotions_keep_the_order_of_their_reasons",
        ),
    ],
)  # fmt: skip
def test_kin_dist_changes_and_reasons(
    po: PredikatOrganisasi,
    bacaan: SebagianBesar,
    bulat: Pembulatan,
    arah: ArahPerubahan,
    pola: str,
    harapan: list[str],
) -> None:
    rencana = {f"P{i}": _HURUF[h] for i, h in enumerate(pola)}
    usulan = usulkan_distribusi(
        po, rencana, list(rencana), tanggal=T, pembulatan=bulat, sebagian_besar=bacaan, arah=arah
    )
    assert [str(p) for p in usulan.perubahan] == harapan


def test_kin_dist_too_small_unit_finding_is_about_the_unit() -> None:
    usulan = _usul(PO.KURANG, {"A": K, "B": K}, bulat=Pembulatan.KETAT)
    assert usulan.pelanggaran
    assert {p.subjek for p in usulan.pelanggaran} == {"unit"}


def test_usulkan_distribusi_checks_the_curve_and_reading_it_is_given() -> None:
    istimewa = usulkan_distribusi(PO.ISTIMEWA, {"a": SB}, ["a"], tanggal=T).kurva
    with pytest.raises(InvalidValueError, match=r"^kurva: the curve is for Istimewa, not Baik$"):
        usulkan_distribusi(PO.BAIK, {"a": B}, ["a"], tanggal=T, kurva=istimewa)
    with pytest.raises(InvalidTypeError) as galat:
        usulkan_distribusi(PO.BAIK, {"a": B}, ["a"], tanggal=T, sebagian_besar="x")  # type: ignore[arg-type]
    assert str(galat.value) == "sebagian_besar: expected SebagianBesar or NoneType, got 'x' (str)"


def test_usulkan_distribusi_argument_messages() -> None:
    with pytest.raises(InvalidTypeError) as galat:
        usulkan_distribusi(PO.BAIK, 42, ["a"], tanggal=T)  # type: ignore[arg-type]
    assert str(galat.value) == (
        "rencana: expected a mapping of key to Predikat or (key, Predikat) pairs, got 42 (int)"
    )
    for tetap in ("a", 5):
        with pytest.raises(InvalidTypeError, match=r"^tetap: expected a collection of keys"):
            usulkan_distribusi(PO.BAIK, {"a": B}, ["a"], tanggal=T, tetap=tetap)  # type: ignore[arg-type]


def test_kin_dist_02_terbanyak_keeps_the_leading_band_s_own_floor() -> None:
    """Under TERBANYAK the leading predikat's count is tried from the band's floor, not from
    the fewest that outnumber the others: an agency's curve that also asks 80% Baik gets 8
    Baik, not 3 (pinned by mutation testing, issue 15 §5)."""
    kurva = KurvaDistribusi(
        PO.BAIK,
        (Pita(B, minimum=Fraction(8, 10)),),
        KURVA_SE_3_2023[1].aturan,
        predikat_utama=B,
    )
    rencana = {f"p{i}": p for i, p in enumerate([SB, SB, B, B, BP, BP, K, K, SK, SK])}
    usul = usulkan_distribusi(
        PO.BAIK, rencana, list(rencana), tanggal=T, sebagian_besar=SebagianBesar.TERBANYAK,
        kurva=kurva,
    )  # fmt: skip
    assert Counter(p for _, p in usul.hasil)[B] == 8
    assert len(usul.perubahan) == 6


def test_kin_dist_02_terbanyak_equal_plans_keep_the_leading_count_nearest_the_intended() -> None:
    """Under TERBANYAK, of the counts of the leading predikat that need equally few changes
    and equally short moves, the one nearest the intended count is kept, not the smallest. An
    agency's Baik curve asking 20% Baik and 20% Butuh Perbaikan, nine employees with four Baik
    and three Sangat Kurang: keeping 4 Baik (Sangat Baik and Kurang move to Butuh Perbaikan)
    and taking 3 (a Baik and a Sangat Kurang move there) are both two changes, three steps and
    one promotion; the proposal keeps 4 (pinned by mutation testing, issue 15 §5)."""
    kurva = KurvaDistribusi(
        PO.BAIK,
        (Pita(B, minimum=Fraction(1, 5)), Pita(BP, minimum=Fraction(1, 5))),
        KURVA_SE_3_2023[1].aturan,
        predikat_utama=B,
    )
    rencana = {f"p{i}": p for i, p in enumerate([SB, B, B, B, B, K, SK, SK, SK])}
    usul = usulkan_distribusi(
        PO.BAIK, rencana, list(rencana), tanggal=T, sebagian_besar=SebagianBesar.TERBANYAK,
        kurva=kurva,
    )  # fmt: skip
    assert [(c.kunci, c.dari, c.ke) for c in usul.perubahan] == [("p0", SB, BP), ("p5", K, BP)]
    assert Counter(p for _, p in usul.hasil) == Counter({B: 4, SK: 3, BP: 2})
