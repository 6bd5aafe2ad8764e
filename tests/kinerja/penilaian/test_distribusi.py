"""KIN-DIST-01..05 (kurva distribusi, SE MenPANRB 3/2023) and KIN-RATING-01."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
from collections import Counter
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from birokrasi import BirokrasiError, InvalidTypeError, InvalidValueError, OutOfWindowError
from birokrasi.hukum import SE_MENPANRB_3_2023, Aturan, Dasar, Keyakinan
from birokrasi.katalog import KATALOG
from birokrasi.kinerja import (
    KURVA_SE_3_2023,
    PEMETAAN_RATING_PIMPINAN,
    BatasDistribusi,
    BatasPita,
    JenisPelanggaranDistribusi,
    KurvaDistribusi,
    PelanggaranDistribusi,
    Pembulatan,
    Pita,
    Predikat,
    PredikatOrganisasi,
    Rating,
    SebagianBesar,
    batas_distribusi,
    kurva_distribusi,
    periksa_distribusi,
    rating_hasil_kerja_pimpinan,
    usulkan_distribusi,
)
from birokrasi.kinerja.penilaian import kurva as kurva_modul
from birokrasi.testing import (
    pembulatan,
    predikat,
    predikat_organisasi,
    sebagian_besar,
    sebaran_predikat,
)

T = dt.date(2024, 6, 30)
PO = PredikatOrganisasi
SB, B, BP, K, SK = Predikat
BPK = "Butuh Perbaikan dan/atau Kurang/Misconduct"
KETAT = Pembulatan.KETAT


def _batas(po: PredikatOrganisasi, n: int, **kw: object) -> list[tuple[str, int, int]]:
    hasil = batas_distribusi(po, n, tanggal=T, **kw)  # type: ignore[arg-type]
    return [(b.pita.nama, b.minimum, b.maksimum) for b in hasil.pita]


# SE MenPANRB 3/2023 (digest §8.3), counts with the default rounding (KETAT at these sizes) and
# "sebagian besar" read as more than half.
CONTOH = {
    (PO.ISTIMEWA, 10): [("Sangat Baik", 6, 7)],
    (PO.ISTIMEWA, 20): [("Sangat Baik", 11, 14)],
    (PO.ISTIMEWA, 100): [("Sangat Baik", 51, 70)],
    (PO.BAIK, 10): [("Baik", 6, 7), (BPK, 1, 10)],
    (PO.BAIK, 20): [("Baik", 11, 14), (BPK, 1, 20)],
    (PO.BAIK, 100): [("Baik", 51, 70), (BPK, 1, 100)],
    (PO.BUTUH_PERBAIKAN, 10): [("Sangat Baik", 0, 1), ("Butuh Perbaikan", 6, 10)],
    (PO.BUTUH_PERBAIKAN, 20): [("Sangat Baik", 0, 2), ("Butuh Perbaikan", 12, 20)],
    (PO.BUTUH_PERBAIKAN, 100): [("Sangat Baik", 0, 10), ("Butuh Perbaikan", 60, 100)],
    (PO.KURANG, 10): [
        ("Sangat Baik", 0, 1),
        ("Butuh Perbaikan", 1, 10),
        ("Kurang/Misconduct", 6, 10),
    ],
    (PO.KURANG, 20): [
        ("Sangat Baik", 0, 2),
        ("Butuh Perbaikan", 2, 20),
        ("Kurang/Misconduct", 12, 20),
    ],
    (PO.KURANG, 100): [
        ("Sangat Baik", 0, 10),
        ("Butuh Perbaikan", 10, 100),
        ("Kurang/Misconduct", 60, 100),
    ],
    (PO.SANGAT_KURANG, 10): [("Sangat Baik", 0, 0), (BPK, 1, 10), ("Sangat Kurang", 6, 10)],
    (PO.SANGAT_KURANG, 20): [("Sangat Baik", 0, 0), (BPK, 2, 20), ("Sangat Kurang", 12, 20)],
    (PO.SANGAT_KURANG, 100): [("Sangat Baik", 0, 0), (BPK, 10, 100), ("Sangat Kurang", 60, 100)],
}


@pytest.mark.parametrize(("kunci", "expected"), CONTOH.items(), ids=lambda x: str(x))
def test_kin_dist_exact_counts(kunci: tuple[PredikatOrganisasi, int], expected: object) -> None:
    po, n = kunci
    assert _batas(po, n) == expected
    assert batas_distribusi(po, n, tanggal=T).dapat_dipenuhi


def test_kin_dist_rules_are_catalogued_and_dated() -> None:
    for nomor, kurva in enumerate(KURVA_SE_3_2023, start=1):
        aturan = KATALOG[f"KIN-DIST-{nomor:02d}"]
        assert kurva.aturan is aturan
        assert kurva.predikat_organisasi is list(PO)[nomor - 1]
        assert aturan.berlaku_sejak == dt.date(2023, 1, 31)
        assert aturan.dasar.peraturan is SE_MENPANRB_3_2023
        assert aturan.tafsiran
        assert "silent on rounding" in (aturan.dasar.tafsiran or "")


def _unit(**jumlah: int) -> list[Predikat]:
    nama = {"SB": SB, "B": B, "BP": BP, "K": K, "SK": SK}
    return [nama[k] for k, c in jumlah.items() for _ in range(c)]


def _cek(po: PredikatOrganisasi, unit: list[Predikat], **kw: object) -> list[PelanggaranDistribusi]:
    hasil = periksa_distribusi(po, unit, tanggal=T, **kw)  # type: ignore[arg-type]
    assert all(isinstance(p, PelanggaranDistribusi) for p in hasil)
    return list(hasil)  # type: ignore[arg-type]


def test_kin_dist_01_istimewa_cap_boundary() -> None:
    assert _cek(PO.ISTIMEWA, _unit(SB=7, B=3)) == []
    [p] = _cek(PO.ISTIMEWA, _unit(SB=8, B=2))
    assert (p.kode, p.jenis, p.batas, p.jumlah) == (
        "KIN-DIST-01",
        JenisPelanggaranDistribusi.MELEBIHI_MAKSIMUM,
        7,
        8,
    )
    assert p.pita is not None
    assert p.pita.predikat == (SB,)
    assert "at most 7 allowed" in str(p.pesan)
    assert p.subjek == "unit"
    assert _cek(PO.ISTIMEWA, _unit(SB=70, SK=30)) == []  # only Sangat Baik is capped


def test_kin_dist_02_baik_cap_and_harus_ada() -> None:
    assert _cek(PO.BAIK, _unit(B=7, BP=3)) == []
    assert _cek(PO.BAIK, _unit(B=7, SB=2, K=1)) == []
    [p] = _cek(PO.BAIK, _unit(B=8, BP=2))
    assert (p.kode, p.batas, p.jumlah) == ("KIN-DIST-02", 7, 8)
    [p] = _cek(PO.BAIK, _unit(B=7, SB=3))
    assert (p.jenis, p.batas, p.jumlah) == (JenisPelanggaranDistribusi.KURANG_DARI_MINIMUM, 1, 0)
    assert p.pita is not None
    assert p.pita.predikat == (BP, K)
    # "harus ada" is a count floor of one, whatever the size
    for n in (1, 2, 50, 1000):
        assert batas_distribusi(PO.BAIK, n, tanggal=T).pita[1].minimum == 1


def test_kin_dist_03_butuh_perbaikan_boundaries() -> None:
    assert _cek(PO.BUTUH_PERBAIKAN, _unit(BP=6, SB=1, B=3)) == []
    assert [p.jumlah for p in _cek(PO.BUTUH_PERBAIKAN, _unit(BP=6, SB=2, B=2))] == [2]
    assert [p.jumlah for p in _cek(PO.BUTUH_PERBAIKAN, _unit(BP=5, B=5))] == [5]


def test_kin_dist_04_kurang_boundaries() -> None:
    assert _cek(PO.KURANG, _unit(K=6, BP=1, SB=1, B=2)) == []
    [p] = _cek(PO.KURANG, _unit(K=6, SB=1, B=3))
    assert (p.pita.nama if p.pita else None, p.batas, p.jumlah) == ("Butuh Perbaikan", 1, 0)
    [p] = _cek(PO.KURANG, _unit(K=5, BP=5))
    assert (p.batas, p.jumlah) == (6, 5)


def test_kin_dist_05_sangat_kurang_boundaries() -> None:
    assert _cek(PO.SANGAT_KURANG, _unit(SK=6, K=1, B=3)) == []
    assert _cek(PO.SANGAT_KURANG, _unit(SK=18, BP=1, K=1)) == []
    [p] = _cek(PO.SANGAT_KURANG, _unit(SK=6, SB=1, BP=3))
    assert (p.batas, p.jumlah) == (0, 1)
    assert "none" in str(p.pesan)
    [p] = _cek(PO.SANGAT_KURANG, _unit(SK=19, BP=1))  # 10% of 20 is 2
    assert (p.batas, p.jumlah) == (2, 1)


def test_kin_dist_window_starts_31_january_2023() -> None:
    unit = _unit(SB=8, B=2)
    with pytest.raises(OutOfWindowError, match=r"KIN-DIST-01"):
        periksa_distribusi(PO.ISTIMEWA, unit, tanggal=dt.date(2023, 1, 30))
    with pytest.raises(OutOfWindowError):
        batas_distribusi(PO.BAIK, 10, tanggal=dt.date(2023, 1, 30))
    assert len(periksa_distribusi(PO.ISTIMEWA, unit, tanggal=dt.date(2023, 1, 31))) == 1


def test_small_units_too_small_are_reported_first() -> None:
    for po in (PO.KURANG, PO.SANGAT_KURANG):
        for n in (1, 2):
            assert not batas_distribusi(po, n, tanggal=T, pembulatan=KETAT).dapat_dipenuhi
            for unit in ([SK] * n, [K] * n, [BP] * n):
                hasil = _cek(po, unit, pembulatan=KETAT)
                assert hasil[0].jenis is JenisPelanggaranDistribusi.TIDAK_DAPAT_DIPENUHI
                assert hasil[0].pita is None
                assert hasil[0].batas == n
                assert hasil[0].jumlah == n + 1
                assert len(hasil) >= 2
        assert batas_distribusi(po, 3, tanggal=T, pembulatan=KETAT).dapat_dipenuhi
    # the 0.1.0 reading (cap only, KETAT): a Baik unit of one must be BP or K
    lama = {"pembulatan": KETAT, "sebagian_besar": None}
    assert _batas(PO.BAIK, 1, **lama) == [("Baik", 0, 0), (BPK, 1, 1)]
    assert _cek(PO.BAIK, [BP], **lama) == []
    assert len(_cek(PO.BAIK, [B], **lama)) == 2
    assert _batas(PO.ISTIMEWA, 1, **lama) == [("Sangat Baik", 0, 0)]
    # with "sebagian besar" a Baik unit of one or two cannot comply under any rounding
    for n in (1, 2):
        for bulat in Pembulatan:
            assert not batas_distribusi(PO.BAIK, n, tanggal=T, pembulatan=bulat).dapat_dipenuhi
    [tidak, kurang] = _cek(PO.BAIK, [BP])
    assert tidak.jenis is JenisPelanggaranDistribusi.TIDAK_DAPAT_DIPENUHI
    assert "(longgar rounding)" in str(tidak.pesan)
    assert (kurang.pita.predikat if kurang.pita else None, kurang.batas) == ((B,), 1)


def test_empty_unit_owes_nothing() -> None:
    for po in PO:
        assert periksa_distribusi(po, [], tanggal=T) == ()
        assert all(b.minimum == b.maksimum == 0 for b in batas_distribusi(po, 0, tanggal=T).pita)


def test_rounding_policies() -> None:
    cap = {"sebagian_besar": None}
    assert _batas(PO.ISTIMEWA, 9, **cap) == [("Sangat Baik", 0, 6)]
    assert _batas(PO.ISTIMEWA, 9, pembulatan=Pembulatan.LONGGAR, **cap) == [("Sangat Baik", 0, 7)]
    assert _batas(PO.ISTIMEWA, 9, pembulatan=Pembulatan.TERDEKAT, **cap) == [("Sangat Baik", 0, 6)]
    assert _batas(PO.ISTIMEWA, 5, pembulatan=Pembulatan.TERDEKAT, **cap) == [("Sangat Baik", 0, 4)]
    assert _batas(PO.BUTUH_PERBAIKAN, 9, pembulatan=Pembulatan.LONGGAR)[1] == (
        "Butuh Perbaikan",
        5,
        9,
    )
    assert _batas(PO.BUTUH_PERBAIKAN, 9, pembulatan=Pembulatan.TERDEKAT)[1][1] == 5
    assert _batas(PO.KURANG, 1, pembulatan=Pembulatan.LONGGAR) == [
        ("Sangat Baik", 0, 1),
        ("Butuh Perbaikan", 0, 1),
        ("Kurang/Misconduct", 0, 1),
    ]
    # "harus ada" holds whatever the rounding
    assert _batas(PO.SANGAT_KURANG, 5, pembulatan=Pembulatan.LONGGAR)[1] == (BPK, 1, 5)
    [p] = _cek(PO.ISTIMEWA, _unit(SB=8, B=1), pembulatan=Pembulatan.LONGGAR)
    assert str(p.pesan).endswith("; rounded up)")
    [p] = _cek(PO.BUTUH_PERBAIKAN, _unit(B=9), pembulatan=Pembulatan.TERDEKAT)
    assert str(p.pesan).endswith("; rounded to nearest)")
    [p] = _cek(PO.BUTUH_PERBAIKAN, _unit(B=9))
    assert str(p.pesan).endswith("; rounded up)")
    [p] = _cek(PO.ISTIMEWA, _unit(SB=8, B=2))
    assert str(p.pesan).endswith("(Sangat Baik: at most 70%; rounded down)")


def test_kin_dist_default_rounding_is_ketat_when_the_unit_can_comply() -> None:
    """SEKETAT_MUNGKIN: KETAT, else TERDEKAT, else LONGGAR, whichever first lets the unit
    comply; the bounds say which was applied."""
    assert Pembulatan.SEKETAT_MUNGKIN.maksimum(Fraction(7, 10), 9) == 6
    assert Pembulatan.SEKETAT_MUNGKIN.minimum(Fraction(6, 10), 9) == 6
    dipakai = {
        (po, n): batas_distribusi(po, n, tanggal=T).pembulatan.name for po in PO for n in range(5)
    }
    assert dipakai == {
        **dict.fromkeys(((po, n) for po in PO for n in range(5)), "KETAT"),
        (PO.ISTIMEWA, 1): "TERDEKAT",
        (PO.ISTIMEWA, 2): "LONGGAR",
        (PO.ISTIMEWA, 4): "TERDEKAT",
        (PO.BAIK, 1): "LONGGAR",  # no rounding lets a Baik unit of one comply
        (PO.BAIK, 2): "LONGGAR",
        (PO.BAIK, 4): "TERDEKAT",
        (PO.KURANG, 1): "TERDEKAT",
        (PO.KURANG, 2): "TERDEKAT",
        (PO.SANGAT_KURANG, 1): "LONGGAR",
        (PO.SANGAT_KURANG, 2): "TERDEKAT",
    }
    # from five employees on, every curve can be met with KETAT, under either reading
    for po in PO:
        for bacaan in (*SebagianBesar, None):
            for n in range(5, 400):
                b = batas_distribusi(po, n, tanggal=T, sebagian_besar=bacaan)
                assert b.pembulatan is KETAT, (po, bacaan, n)


@given(predikat_organisasi(), st.integers(0, 400), pembulatan(), sebagian_besar())
def test_kin_dist_bounds_are_sane(
    po: PredikatOrganisasi, n: int, bulat: Pembulatan, bacaan: SebagianBesar | None
) -> None:
    batas = batas_distribusi(po, n, tanggal=T, pembulatan=bulat, sebagian_besar=bacaan)
    assert batas.pembulatan in bulat.urutan
    bulat = batas.pembulatan
    for b in batas.pita:
        if b.sebagian_besar is not None:
            assert b.pita.predikat == (batas.kurva.predikat_utama,)
            assert b.minimum >= min(b.sebagian_besar.minimum(n), n)
        assert 0 <= b.minimum <= n
        assert 0 <= b.maksimum <= n
        if b.pita.maksimum is not None:
            assert b.maksimum * b.pita.maksimum.denominator >= 0
            if bulat is Pembulatan.KETAT:
                assert Fraction(b.maksimum) <= b.pita.maksimum * n < b.maksimum + 1
        if b.pita.minimum is not None and bulat is Pembulatan.KETAT and n > 0:
            assert Fraction(b.minimum) >= b.pita.minimum * n


@given(predikat_organisasi(), sebaran_predikat(max_size=60), pembulatan(), sebagian_besar())
def test_kin_dist_batas_and_periksa_agree(
    po: PredikatOrganisasi,
    unit: list[Predikat],
    bulat: Pembulatan,
    bacaan: SebagianBesar | None,
) -> None:
    batas = batas_distribusi(po, len(unit), tanggal=T, pembulatan=bulat, sebagian_besar=bacaan)
    hasil = _cek(po, unit, pembulatan=bulat, sebagian_besar=bacaan)
    hitung = Counter(unit)
    dilanggar = {
        b.pita for b in batas.pita if not b.memuat(sum(hitung[p] for p in b.pita.predikat))
    }
    utama = batas.terbanyak
    if utama is not None:
        [u] = utama.pita.predikat
        if any(hitung[p] >= hitung[u] for p in Predikat if p is not u):
            dilanggar.add(utama.pita)
    assert {p.pita for p in hasil if p.pita is not None} == dilanggar
    tidak = [p for p in hasil if p.jenis is JenisPelanggaranDistribusi.TIDAK_DAPAT_DIPENUHI]
    assert len(tidak) == (0 if batas.dapat_dipenuhi else 1)
    if not batas.dapat_dipenuhi:
        assert hasil[0] is tidak[0]
        assert dilanggar


@pytest.mark.parametrize("bacaan", [*SebagianBesar, None], ids=str)
@pytest.mark.parametrize("bulat", list(Pembulatan), ids=str)
def test_kin_dist_dapat_dipenuhi_matches_every_assignment_up_to_5(
    bulat: Pembulatan, bacaan: SebagianBesar | None
) -> None:
    """``dapat_dipenuhi`` says exactly whether some assignment passes the check."""
    for po in PO:
        for n in range(6):
            ada = any(
                not periksa_distribusi(po, unit, tanggal=T, pembulatan=bulat, sebagian_besar=bacaan)
                for unit in itertools.combinations_with_replacement(Predikat, n)
            )
            batas = batas_distribusi(po, n, tanggal=T, pembulatan=bulat, sebagian_besar=bacaan)
            assert batas.dapat_dipenuhi is ada, (po, n)


@given(predikat_organisasi(), sebaran_predikat(max_size=40), st.randoms(use_true_random=False))
def test_kin_dist_order_does_not_matter(
    po: PredikatOrganisasi, unit: list[Predikat], rnd: object
) -> None:
    acak = list(unit)
    rnd.shuffle(acak)  # type: ignore[attr-defined]
    assert periksa_distribusi(po, acak, tanggal=T) == periksa_distribusi(po, iter(unit), tanggal=T)


def _patuh(po: PredikatOrganisasi, unit: list[Predikat]) -> bool:
    return not periksa_distribusi(po, unit, tanggal=T)


# Monotonicity that holds: moving one employee out of a band that has only a cap (or out of
# a predikat no band counts), into a predikat no band counts or a band that has only floors,
# keeps a compliant unit compliant.
PINDAH_AMAN = [
    (PO.ISTIMEWA, B, BP),
    (PO.ISTIMEWA, BP, SK),
    (PO.BAIK, SB, BP),
    (PO.BAIK, SK, K),
    (PO.BUTUH_PERBAIKAN, SB, B),
    (PO.BUTUH_PERBAIKAN, B, BP),
    (PO.KURANG, SB, B),
    (PO.KURANG, B, K),
    (PO.SANGAT_KURANG, B, SK),
    (PO.SANGAT_KURANG, B, BP),
]


@st.composite
def _unit_patuh(draw: st.DrawFn, po: PredikatOrganisasi, ada: Predikat) -> list[Predikat]:
    """A compliant unit with at least one ``ada``: a drawn unit seeded with ``ada`` (ranked
    first), repaired by usulkan_distribusi."""
    unit = [ada, *draw(sebaran_predikat(min_size=2, max_size=40))]
    rencana = {f"P{i}": p for i, p in enumerate(unit)}
    usulan = usulkan_distribusi(po, rencana, list(rencana), tanggal=T)
    assume(usulan.terpenuhi)
    return list(usulan.sebagai_dict().values())


@pytest.mark.parametrize(("po", "dari", "ke"), PINDAH_AMAN)
@settings(suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(data=st.data())
def test_kin_dist_monotone_moves_keep_compliance(
    po: PredikatOrganisasi, dari: Predikat, ke: Predikat, data: st.DataObject
) -> None:
    unit = data.draw(_unit_patuh(po, dari))
    assume(dari in unit)
    assert _patuh(po, unit)
    pindah = list(unit)
    pindah[pindah.index(dari)] = ke
    assert _patuh(po, pindah)


def test_kin_dist_monotonicity_that_does_not_hold() -> None:
    # demoting can break a floor: BP -> K under Butuh Perbaikan
    assert _patuh(PO.BUTUH_PERBAIKAN, _unit(BP=6, B=4))
    assert not _patuh(PO.BUTUH_PERBAIKAN, _unit(BP=5, K=1, B=4))
    # demoting K -> SK under Kurang breaks the Kurang floor
    assert _patuh(PO.KURANG, _unit(K=6, BP=1, B=3))
    assert not _patuh(PO.KURANG, _unit(K=5, SK=1, BP=1, B=3))
    # demoting Sangat Baik -> Baik under Baik can break the Baik cap
    assert _patuh(PO.BAIK, _unit(SB=1, B=7, BP=2))
    assert not _patuh(PO.BAIK, _unit(B=8, BP=2))
    # demoting the leading predikat can break "sebagian besar" (Istimewa: SB -> B)
    assert _patuh(PO.ISTIMEWA, _unit(SB=6, B=4))
    assert not _patuh(PO.ISTIMEWA, _unit(SB=5, B=5))
    assert _patuh(PO.BAIK, _unit(B=6, BP=4))
    assert not _patuh(PO.BAIK, _unit(B=5, BP=5))
    # promoting can break a cap
    assert not _patuh(PO.ISTIMEWA, _unit(SB=8, B=2))
    # adding an employee can break compliance (floors rise with the unit)
    assert _patuh(PO.BUTUH_PERBAIKAN, _unit(BP=6, B=4))
    assert not _patuh(PO.BUTUH_PERBAIKAN, _unit(BP=6, B=5))
    # all-Baik passes nowhere: Istimewa needs most to be Sangat Baik, Baik needs BP or K
    assert not any(_patuh(po, [B] * 10) for po in PO)
    assert _patuh(PO.ISTIMEWA, [B] * 10) is False


def test_agency_curve_and_dated_table() -> None:
    ketat = attrs.evolve(
        KURVA_SE_3_2023[0],
        pita=(Pita(SB, minimum=Fraction(1, 2), maksimum=Decimal("0.7")),),
        predikat_utama=None,
    )
    assert ketat.pita[0].minimum == Fraction(1, 2)
    assert ketat.pita[0].maksimum == Fraction(7, 10)
    [p] = periksa_distribusi(PO.ISTIMEWA, _unit(SB=4, B=6), tanggal=T, kurva=ketat)
    assert (p.batas, p.jumlah) == (5, 4)
    assert (
        batas_distribusi(PO.ISTIMEWA, 10, tanggal=T, kurva=ketat, sebagian_besar=None)
        .pita[0]
        .minimum
        == 5
    )
    assert "at least 50%, at most 70%" in str(p.pesan)
    with pytest.raises(InvalidValueError, match=r"^kurva: the curve is for Istimewa"):
        periksa_distribusi(PO.BAIK, [], tanggal=T, kurva=ketat)
    baru_aturan = attrs.evolve(
        KURVA_SE_3_2023[0].aturan, kode="KIN-DIST-91", berlaku_sejak=dt.date(2026, 1, 1)
    )
    baru = attrs.evolve(ketat, aturan=baru_aturan)
    tabel = (*KURVA_SE_3_2023, baru)
    assert (
        kurva_distribusi(PO.ISTIMEWA, tanggal=dt.date(2025, 12, 31), tabel=tabel)
        is KURVA_SE_3_2023[0]
    )
    assert kurva_distribusi(PO.ISTIMEWA, tanggal=dt.date(2026, 1, 1), tabel=tabel) is baru
    with pytest.raises(OutOfWindowError, match=r"no curve for Istimewa"):
        kurva_distribusi(PO.ISTIMEWA, tanggal=T, tabel=())
    with pytest.raises(InvalidTypeError, match=r"^tabel\[0\]"):
        kurva_distribusi(PO.ISTIMEWA, tanggal=T, tabel=[1])  # type: ignore[list-item]
    with pytest.raises(InvalidTypeError, match=r"^tabel"):
        kurva_distribusi(PO.ISTIMEWA, tanggal=T, tabel="x")  # type: ignore[arg-type]
    with pytest.raises(OutOfWindowError, match=r"KIN-DIST-91"):
        periksa_distribusi(PO.ISTIMEWA, [], tanggal=T, kurva=baru)


def test_pita_and_kurva_validation() -> None:
    pita = Pita([K, BP], minimum=0)
    assert pita.predikat == (BP, K)
    assert pita.nama == BPK
    with pytest.raises(InvalidTypeError, match=r"^Pita.maksimum: .*never float"):
        Pita(SB, maksimum=0.7)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"^Pita.maksimum: a share must be between"):
        Pita(SB, maksimum=Fraction(3, 2))
    with pytest.raises(InvalidValueError, match=r"^Pita.minimum: 80% is above maksimum 70%"):
        Pita(SB, minimum=Fraction(8, 10), maksimum=Fraction(7, 10))
    with pytest.raises(InvalidValueError, match=r"has no bound"):
        Pita(SB)
    with pytest.raises(InvalidValueError, match=r"^Pita.predikat: expected one or more distinct"):
        Pita([SB, SB], maksimum=1)
    with pytest.raises(InvalidValueError, match=r"^Pita.predikat"):
        Pita([], maksimum=1)
    with pytest.raises(InvalidTypeError, match=r"^Pita.predikat"):
        Pita("Baik", maksimum=1)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"^Pita.predikat"):
        Pita([SB, "Baik"], maksimum=1)  # type: ignore[list-item]
    with pytest.raises(InvalidTypeError, match=r"^Pita.minimum"):
        Pita(SB, minimum=Decimal("NaN"))
    aturan = KURVA_SE_3_2023[0].aturan
    with pytest.raises(InvalidValueError, match=r"^KurvaDistribusi.pita: bands must not share"):
        KurvaDistribusi(PO.BAIK, [Pita(B, maksimum=1), Pita([B, BP], minimum=0)], aturan)
    with pytest.raises(InvalidTypeError, match=r"^jumlah_pegawai"):
        KURVA_SE_3_2023[0].batas(True)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"^jumlah_pegawai: must not be negative"):
        batas_distribusi(PO.BAIK, -1, tanggal=T)
    assert str(Pita(SB, maksimum=Fraction(1, 3)).uraian) == "Sangat Baik: at most 33.3333%"


def test_batas_lookup_and_capacity() -> None:
    batas = batas_distribusi(PO.BAIK, 10, tanggal=T)
    assert batas.untuk(K) == BatasPita(batas.pita[1].pita, 1, 10)
    assert batas.untuk(SK) is None
    with pytest.raises(InvalidTypeError, match=r"^predikat"):
        batas.untuk("Baik")  # type: ignore[arg-type]
    # a curve that covers every predikat with caps can be too tight from above
    aturan = KURVA_SE_3_2023[0].aturan
    penuh = KurvaDistribusi(
        PO.ISTIMEWA, [Pita(p, maksimum=Fraction(1, 10)) for p in Predikat], aturan
    )
    assert not penuh.batas(10).dapat_dipenuhi
    assert penuh.batas(0).dapat_dipenuhi
    assert isinstance(penuh.batas(3), BatasDistribusi)
    # a band whose floor passes its cap after rounding: 60%..70% of one employee
    sempit = KurvaDistribusi(
        PO.ISTIMEWA, [Pita(SB, minimum=Fraction(6, 10), maksimum=Fraction(7, 10))], aturan
    )
    assert not sempit.batas(1, KETAT).dapat_dipenuhi
    assert sempit.batas(1).dapat_dipenuhi  # rounded to nearest: 1..1
    assert sempit.batas(1).pembulatan is Pembulatan.TERDEKAT
    assert sempit.batas(10).dapat_dipenuhi
    kecil = periksa_distribusi(PO.ISTIMEWA, [B], tanggal=T, kurva=sempit, pembulatan=KETAT)
    assert [str(p.pesan) for p in kecil] == [
        "no assignment of 1 employee(s) can satisfy the curve for Istimewa (ketat rounding): "
        "the unit is too small for its bands",
        "Sangat Baik: 0 of 1 employees, at least 1 required (Sangat Baik: at least 60%, at most "
        "70%; rounded up)",
    ]


@pytest.mark.parametrize(
    ("po", "rating"),
    [
        (PO.ISTIMEWA, Rating.DI_ATAS_EKSPEKTASI),
        (PO.BAIK, Rating.SESUAI_EKSPEKTASI),
        (PO.BUTUH_PERBAIKAN, Rating.DI_BAWAH_EKSPEKTASI),
        (PO.KURANG, Rating.DI_BAWAH_EKSPEKTASI),
        (PO.SANGAT_KURANG, Rating.DI_BAWAH_EKSPEKTASI),
    ],
)
def test_kin_rating_01_default_mapping(po: PredikatOrganisasi, rating: Rating) -> None:
    assert rating_hasil_kerja_pimpinan(po) is rating
    assert rating_hasil_kerja_pimpinan(po, tanggal=dt.date(2023, 1, 31)) is rating


def test_kin_rating_01_is_an_interpretation_and_a_parameter() -> None:
    aturan = KATALOG["KIN-RATING-01"]
    assert [d.keyakinan for d in aturan.dasar_lain] == [Keyakinan.TIDAK_PASTI]
    assert aturan.tafsiran
    lain = dict(PEMETAAN_RATING_PIMPINAN) | {PO.BUTUH_PERBAIKAN: Rating.SESUAI_EKSPEKTASI}
    assert (
        rating_hasil_kerja_pimpinan(PO.BUTUH_PERBAIKAN, pemetaan=lain) is Rating.SESUAI_EKSPEKTASI
    )
    with pytest.raises(InvalidValueError, match=r"^pemetaan: no rating for Istimewa"):
        rating_hasil_kerja_pimpinan(PO.BAIK, pemetaan={})
    with pytest.raises(InvalidTypeError, match=r"^pemetaan\[ISTIMEWA\]"):
        rating_hasil_kerja_pimpinan(PO.BAIK, pemetaan=dict.fromkeys(PO, "x"))  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"^pemetaan"):
        rating_hasil_kerja_pimpinan(PO.BAIK, pemetaan=[])  # type: ignore[arg-type]
    with pytest.raises(OutOfWindowError, match=r"KIN-RATING-01"):
        rating_hasil_kerja_pimpinan(PO.BAIK, tanggal=dt.date(2023, 1, 30))
    with pytest.raises(InvalidTypeError, match=r"^predikat_organisasi"):
        rating_hasil_kerja_pimpinan("Baik")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Istimewa", PO.ISTIMEWA),
        ("Cukup", PO.BUTUH_PERBAIKAN),
        ("Butuh Perbaikan/Cukup", PO.BUTUH_PERBAIKAN),
        ("butuh perbaikan (cukup)", PO.BUTUH_PERBAIKAN),
        ("SANGAT KURANG", PO.SANGAT_KURANG),
    ],
)
def test_predikat_organisasi_parse(text: str, expected: PredikatOrganisasi) -> None:
    assert PO.parse(text) is expected


def test_predikat_organisasi_parse_rejects() -> None:
    with pytest.raises(InvalidValueError, match=r"accepted labels: 'Istimewa', 'Baik'"):
        PO.parse("Sangat Baik")
    assert PO.ISTIMEWA > PO.BAIK
    assert next(iter(PO)) is PO.ISTIMEWA


def test_periksa_argument_errors_name_the_argument() -> None:
    with pytest.raises(InvalidTypeError, match=r"^predikat_pegawai\[1\]: expected Predikat"):
        periksa_distribusi(PO.BAIK, [B, "Baik"], tanggal=T)  # type: ignore[list-item]
    with pytest.raises(InvalidTypeError, match=r"^predikat_pegawai: expected Iterable\[Predikat\]"):
        periksa_distribusi(PO.BAIK, "Baik", tanggal=T)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"^tanggal"):
        periksa_distribusi(PO.BAIK, [], tanggal=dt.datetime(2024, 1, 1))
    with pytest.raises(InvalidTypeError, match=r"^pembulatan"):
        periksa_distribusi(PO.BAIK, [], tanggal=T, pembulatan="ketat")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"^predikat_organisasi"):
        periksa_distribusi(PO.BAIK.label, [], tanggal=T)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"^unit: must not be blank"):
        periksa_distribusi(PO.BAIK, [], tanggal=T, unit=" ")
    with pytest.raises(InvalidTypeError, match=r"^sebagian_besar: expected SebagianBesar or "):
        periksa_distribusi(PO.BAIK, [], tanggal=T, sebagian_besar="terbanyak")  # type: ignore[arg-type]
    [p] = periksa_distribusi(PO.ISTIMEWA, [B], tanggal=T, unit="UNIT-7")
    assert p.subjek == "UNIT-7"


_APA_SAJA = st.one_of(
    st.none(),
    st.integers(-5, 5),
    st.floats(allow_nan=True),
    st.text(max_size=5),
    st.lists(st.integers(), max_size=2),
    st.sampled_from([*Predikat, *PO, *Pembulatan, T, Fraction(1, 3), Decimal("0.5")]),
)


@given(_APA_SAJA, _APA_SAJA, _APA_SAJA)
def test_bad_input_raises_only_birokrasi_errors(a: object, b: object, c: object) -> None:
    calls = [
        lambda: periksa_distribusi(a, b, tanggal=c),  # type: ignore[arg-type]
        lambda: periksa_distribusi(PO.BAIK, [a], tanggal=T, pembulatan=b, unit=c),  # type: ignore[arg-type]
        lambda: batas_distribusi(a, b, tanggal=c),  # type: ignore[arg-type]
        lambda: batas_distribusi(PO.BAIK, a, tanggal=T, pembulatan=b),  # type: ignore[arg-type]
        lambda: kurva_distribusi(a, tanggal=b, tabel=c),  # type: ignore[arg-type]
        lambda: rating_hasil_kerja_pimpinan(a, pemetaan=b, tanggal=c),  # type: ignore[arg-type]
        lambda: PO.parse(a),
        lambda: Pita(a, minimum=b, maksimum=c),  # type: ignore[arg-type]
        lambda: Pita(SB, minimum=a, minimum_jumlah=b),  # type: ignore[arg-type]
        lambda: KurvaDistribusi(a, b, c),  # type: ignore[arg-type]
        lambda: BatasPita(a, b, c),  # type: ignore[arg-type]
        lambda: BatasDistribusi(a, b, c, ()),  # type: ignore[arg-type]
        lambda: PelanggaranDistribusi(
            KURVA_SE_3_2023[0].aturan,
            "u",
            "p",
            jenis=a,
            pita=b,
            batas=c,
            jumlah=0,  # type: ignore[arg-type]
        ),
    ]
    for call in calls:
        with contextlib.suppress(BirokrasiError):
            call()


def test_dasar_of_rules_is_well_formed() -> None:
    for kurva in KURVA_SE_3_2023:
        assert isinstance(kurva.aturan, Aturan)
        assert all(isinstance(d, Dasar) for d in kurva.aturan.semua_dasar)
        assert str(kurva.aturan.dasar).startswith("SE MenPANRB 3/2023 pola distribusi")


@given(predikat())
def test_every_predikat_counted(p: Predikat) -> None:
    assert (periksa_distribusi(PO.ISTIMEWA, [p], tanggal=T) == ()) is (p is SB)
    # with the cap alone KETAT can be met (by anyone but Sangat Baik), so it applies
    assert (periksa_distribusi(PO.ISTIMEWA, [p], tanggal=T, sebagian_besar=None) == ()) is (
        p is not SB
    )


# -- "sebagian besar" (KIN-DIST-01, KIN-DIST-02; audit 2026-12 E2) -------------------------


def _lantai(p: PelanggaranDistribusi) -> tuple[object, ...]:
    return (p.kode, p.jenis, p.pita.predikat if p.pita else None, p.batas, p.jumlah)


KURANG = JenisPelanggaranDistribusi.KURANG_DARI_MINIMUM


def test_kin_dist_01_istimewa_of_ten_sangat_kurang_breaks_sebagian_besar() -> None:
    assert [_lantai(p) for p in _cek(PO.ISTIMEWA, _unit(SK=10))] == [
        ("KIN-DIST-01", KURANG, (SB,), 6, 0)
    ]


def test_kin_dist_02_baik_without_baik_breaks_sebagian_besar() -> None:
    assert [_lantai(p) for p in _cek(PO.BAIK, _unit(SK=5, K=5))] == [
        ("KIN-DIST-02", KURANG, (B,), 6, 0)
    ]


def test_kin_dist_02_baik_of_nine_sangat_baik_breaks_sebagian_besar() -> None:
    assert [_lantai(p) for p in _cek(PO.BAIK, _unit(SB=9, BP=1))] == [
        ("KIN-DIST-02", KURANG, (B,), 6, 0)
    ]


def test_kin_dist_01_02_leading_band_no_longer_inverts() -> None:
    # 8 Sangat Baik of 10 break Istimewa's cap; 9 Sangat Baik of 10 may not pass under Baik
    assert [p.jenis for p in _cek(PO.ISTIMEWA, _unit(SB=8, B=2))] == [
        JenisPelanggaranDistribusi.MELEBIHI_MAKSIMUM
    ]
    assert _cek(PO.BAIK, _unit(SB=9, BP=1))
    assert _cek(PO.ISTIMEWA, _unit(SB=6, B=4)) == []
    assert _cek(PO.BAIK, _unit(B=6, SB=3, BP=1)) == []


# -- the default rounding lets a small unit comply when it can (audit 2026-12 R1) -----------


def test_kin_dist_01_one_person_istimewa_unit_may_give_sangat_baik() -> None:
    assert _cek(PO.ISTIMEWA, [SB]) == []


def test_kin_dist_04_kurang_unit_of_two_can_comply() -> None:
    assert batas_distribusi(PO.KURANG, 2, tanggal=T).dapat_dipenuhi
    assert _cek(PO.KURANG, [K, K]) == []


def test_kin_dist_05_sangat_kurang_unit_of_two_can_comply() -> None:
    assert _cek(PO.SANGAT_KURANG, [SK, K]) == []


def test_kin_dist_01_02_batas_show_the_floor() -> None:
    assert _batas(PO.ISTIMEWA, 10) == [("Sangat Baik", 6, 7)]
    baik = batas_distribusi(PO.BAIK, 10, tanggal=T)
    assert [b.sebagian_besar for b in baik.pita] == [SebagianBesar.LEBIH_DARI_SEPARUH, None]
    assert str(baik.pita[0].uraian) == (
        "Baik: at most 70%; sebagian besar: more than half of the unit"
    )
    assert str(baik.pita[1].uraian) == str(baik.pita[1].pita.uraian)
    assert baik.terbanyak is None
    terbanyak = {"sebagian_besar": SebagianBesar.TERBANYAK}
    assert _batas(PO.ISTIMEWA, 10, **terbanyak) == [("Sangat Baik", 3, 7)]
    assert _batas(PO.ISTIMEWA, 10, sebagian_besar=None) == [("Sangat Baik", 0, 7)]
    assert batas_distribusi(PO.BAIK, 10, tanggal=T, **terbanyak).terbanyak is not None  # type: ignore[arg-type]
    assert batas_distribusi(PO.BAIK, 0, tanggal=T, **terbanyak).terbanyak is None  # type: ignore[arg-type]
    # curves without a leading predikat are untouched by the reading
    for po in (PO.BUTUH_PERBAIKAN, PO.KURANG, PO.SANGAT_KURANG):
        assert _batas(po, 10, **terbanyak) == _batas(po, 10, sebagian_besar=None)
    assert [SebagianBesar.TERBANYAK.minimum(n) for n in range(7)] == [0, 1, 2, 2, 2, 2, 2]
    assert [SebagianBesar.LEBIH_DARI_SEPARUH.minimum(n) for n in range(5)] == [0, 1, 2, 2, 3]


def test_kin_dist_01_02_sebagian_besar_read_as_terbanyak() -> None:
    terbanyak = {"sebagian_besar": SebagianBesar.TERBANYAK}
    assert _cek(PO.ISTIMEWA, _unit(SB=4, B=3, BP=3), **terbanyak) == []
    assert _cek(PO.ISTIMEWA, _unit(SB=4, B=3, BP=3)) != []
    [p] = _cek(PO.ISTIMEWA, _unit(SB=3, B=3, BP=4), **terbanyak)
    assert _lantai(p) == ("KIN-DIST-01", KURANG, (SB,), 5, 3)
    assert str(p.pesan) == (
        "Sangat Baik: 3 of 10 employees, at least 5 required (sebagian besar: more than any "
        "other predikat, and Butuh Perbaikan has 4; Sangat Baik: at most 70%)"
    )
    [p] = _cek(PO.ISTIMEWA, _unit(SB=3, B=3, BP=3, K=1), **terbanyak)  # a tie is not enough
    assert (p.batas, p.jumlah) == (4, 3)
    assert _cek(PO.BAIK, _unit(SB=3, B=4, K=3), **terbanyak) == []
    [p] = _cek(PO.BAIK, _unit(SB=9, BP=1), **terbanyak)
    assert _lantai(p) == ("KIN-DIST-02", KURANG, (B,), 10, 0)
    assert _cek(PO.ISTIMEWA, [], **terbanyak) == []
    # the cap-only reading of 0.1.0
    assert _cek(PO.ISTIMEWA, _unit(SK=10), sebagian_besar=None) == []


def test_kin_dist_01_sebagian_besar_argument_is_checked() -> None:
    for periksa in (batas_distribusi, periksa_distribusi):
        with pytest.raises(InvalidTypeError, match=r"^sebagian_besar: expected SebagianBesar"):
            periksa(PO.ISTIMEWA, 10 if periksa is batas_distribusi else [], tanggal=T,
                    sebagian_besar="terbanyak")  # type: ignore[arg-type]  # fmt: skip


def test_kin_dist_01_terbanyak_one_more_than_the_next_is_the_band_floor() -> None:
    """Under TERBANYAK two employees need two Sangat Baik (one more than the one Baik): the
    floor is the band's own, so the reason is the band's."""
    [p] = _cek(PO.ISTIMEWA, _unit(SB=1, B=1), sebagian_besar=SebagianBesar.TERBANYAK)
    assert str(p.pesan) == (
        "Sangat Baik: 1 of 2 employees, at least 2 required (sebagian besar: more than any "
        "other predikat; Sangat Baik: at most 70%)"
    )


def test_kin_dist_01_sebagian_besar_message() -> None:
    [p] = _cek(PO.ISTIMEWA, _unit(SB=5, B=5))
    assert str(p.pesan) == (
        "Sangat Baik: 5 of 10 employees, at least 6 required (sebagian besar: more than half "
        "of the unit; Sangat Baik: at most 70%)"
    )
    # an agency floor at or above the majority is reported as the share it is
    sendiri = attrs.evolve(
        KURVA_SE_3_2023[0], pita=(Pita(SB, minimum=Fraction(6, 10), maksimum=Fraction(7, 10)),)
    )
    [p] = periksa_distribusi(PO.ISTIMEWA, _unit(SB=5, B=5), tanggal=T, kurva=sendiri)
    assert str(p.pesan).endswith("(Sangat Baik: at least 60%, at most 70%; rounded up)")


def test_kin_dist_predikat_utama_must_be_a_band_of_its_own() -> None:
    aturan = KURVA_SE_3_2023[1].aturan
    with pytest.raises(InvalidValueError, match=r"^KurvaDistribusi.predikat_utama: Baik must"):
        KurvaDistribusi(PO.BAIK, [Pita([B, SB], maksimum=1)], aturan, predikat_utama=B)
    with pytest.raises(InvalidValueError, match=r"^KurvaDistribusi.predikat_utama"):
        KurvaDistribusi(PO.BAIK, [Pita(SB, maksimum=1)], aturan, predikat_utama=B)
    with pytest.raises(InvalidTypeError, match=r"^KurvaDistribusi.predikat_utama"):
        KurvaDistribusi(PO.BAIK, [Pita(B, maksimum=1)], aturan, predikat_utama="Baik")  # type: ignore[arg-type]
    assert [k.predikat_utama for k in KURVA_SE_3_2023] == [SB, B, None, None, None]
    with pytest.raises(InvalidTypeError, match=r"^sebagian_besar"):
        KURVA_SE_3_2023[0].batas(3, sebagian_besar="terbanyak")  # type: ignore[arg-type]


def test_kin_dist_dasar_quotes_the_se_as_reported() -> None:
    for kurva in KURVA_SE_3_2023:
        dasar = kurva.aturan.dasar
        assert dasar.keyakinan is Keyakinan.SEKUNDER  # the SE as reported, not read
        assert dasar.kutipan is not None
        assert dasar.kutipan.startswith("Apabila predikat kinerja organisasi")
        assert dasar.sumber is not None
        assert "naikpangkat.com" in dasar.sumber
    assert "sebagian besar (maksimal 70%)" in (KURVA_SE_3_2023[0].aturan.dasar.kutipan or "")
    for kurva in KURVA_SE_3_2023[:2]:
        assert "LEBIH_DARI_SEPARUH" in (kurva.aturan.dasar.tafsiran or "")


@pytest.mark.parametrize(
    ("panggil", "galat", "pesan"),
    [
        (lambda: KETAT.maksimum(None, 10), InvalidTypeError, r"^bagian: expected Fraction"),
        (lambda: KETAT.minimum(0.5, 10), InvalidTypeError, r"^bagian: expected Fraction"),
        (lambda: KETAT.minimum(Fraction(3, 2), 10), InvalidValueError, r"^bagian: a share"),
        (lambda: KETAT.maksimum(Fraction(1, 2), -1), InvalidValueError, r"^jumlah_pegawai"),
        (lambda: KETAT.maksimum(Fraction(1, 2), "7"), InvalidTypeError, r"^jumlah_pegawai"),
        (lambda: SebagianBesar.TERBANYAK.minimum(None), InvalidTypeError, r"^jumlah_pegawai"),
        (lambda: SebagianBesar.TERBANYAK.minimum(-3), InvalidValueError, r"^jumlah_pegawai"),
        (lambda: Pita(SB, maksimum=Fraction(1, 2)).batas((), KETAT), InvalidTypeError, "jumlah"),
        (lambda: Pita(SB, maksimum=Fraction(1, 2)).batas(5, int), InvalidTypeError, "pembulatan"),
        (lambda: BatasPita(Pita(SB, maksimum=1), 0, 3).memuat({}), InvalidTypeError, r"^jumlah"),
        (
            lambda: SebagianBesar.LEBIH_DARI_SEPARUH.minimum(10**5000 * -1),
            InvalidValueError,
            r"^jumlah_pegawai: must be >= 0, got <int that cannot be shown>",
        ),
    ],
    ids=[
        "bagian_none",
        "bagian_float",
        "bagian_di_atas_1",
        "jumlah_negatif",
        "jumlah_teks",
        "sebagian_besar_none",
        "sebagian_besar_negatif",
        "pita_jumlah_tuple",
        "pita_pembulatan_kelas",
        "memuat_dict",
        "negatif_besar",
    ],
)
def test_pembulatan_dan_pita_memeriksa_argumen(
    panggil: object, galat: type[Exception], pesan: str
) -> None:
    """The rounding helpers are public: a bad argument is named, never a bare TypeError from
    the arithmetic (found by ``make fuzz``)."""
    with pytest.raises(galat, match=pesan):
        panggil()  # type: ignore[operator]


def _dapat_dipenuhi_satu_per_satu(batas: BatasDistribusi) -> bool:
    """The definition, one count of the leading band at a time (what the property tried
    before the fuzzer found it linear in the unit's size)."""
    utama = batas.terbanyak
    n = batas.jumlah_pegawai
    if utama is None:
        return kurva_modul._muat(batas._kelompok(), n)
    return any(
        kurva_modul._muat(batas._kelompok(t), n) for t in range(utama.minimum, utama.maksimum + 1)
    )


@given(
    predikat_organisasi(),
    st.integers(0, 120),
    st.sampled_from(list(Pembulatan)),
    st.sampled_from([*SebagianBesar, None]),
)
def test_kin_dist_dapat_dipenuhi_tries_one_count_of_the_leading_band(
    po: PredikatOrganisasi, n: int, bulat: Pembulatan, bacaan: SebagianBesar | None
) -> None:
    batas = batas_distribusi(po, n, tanggal=T, pembulatan=bulat, sebagian_besar=bacaan)
    assert batas.dapat_dipenuhi is _dapat_dipenuhi_satu_per_satu(batas)


def test_kin_dist_dapat_dipenuhi_answers_for_a_national_size_unit() -> None:
    """Found by make fuzz: the answer no longer walks every count up to the unit's size."""
    for po in PO:
        assert batas_distribusi(po, 10**15, tanggal=T).dapat_dipenuhi


# -- messages carry their data (the survivors of the mutation run after #18) ------------------


def test_kin_dist_03_a_longgar_floor_is_rounded_down_and_says_so() -> None:
    """Under LONGGAR a floor is rounded down (60 % of 9 is 5.4: at least 5), and the finding
    says so; a cap is rounded up."""
    [p] = _cek(PO.BUTUH_PERBAIKAN, _unit(B=9), pembulatan=Pembulatan.LONGGAR)
    assert (p.jenis, p.batas, p.jumlah) == (JenisPelanggaranDistribusi.KURANG_DARI_MINIMUM, 5, 0)
    assert str(p.pesan) == (
        "Butuh Perbaikan: 0 of 9 employees, at least 5 required "
        "(Butuh Perbaikan: at least 60%; rounded down)"
    )


def test_kin_dist_no_curve_in_a_table_names_the_predikat_and_the_date() -> None:
    with pytest.raises(OutOfWindowError) as galat:
        kurva_distribusi(PO.BAIK, tanggal=T, tabel=[])
    assert galat.value.pesan.data() == {"predikat_organisasi": PO.BAIK, "tanggal": T}
    assert str(galat.value) == "kurva_distribusi: no curve for Baik is in force on 2024-06-30"


def test_kin_dist_a_bad_predikat_is_named_with_what_was_given() -> None:
    with pytest.raises(InvalidTypeError) as galat:
        periksa_distribusi(PO.BAIK, [B, "Baik"], tanggal=T)  # type: ignore[list-item]
    assert str(galat.value) == "predikat_pegawai[1]: expected Predikat, got 'Baik' (str)"
