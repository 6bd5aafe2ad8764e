"""KIN-DIST-01..05 (kurva distribusi, SE MenPANRB 3/2023) and KIN-RATING-01."""

from __future__ import annotations

import contextlib
import datetime as dt
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
    batas_distribusi,
    kurva_distribusi,
    periksa_distribusi,
    rating_hasil_kerja_pimpinan,
    usulkan_distribusi,
)
from birokrasi.testing import pembulatan, predikat, predikat_organisasi, sebaran_predikat

T = dt.date(2024, 6, 30)
PO = PredikatOrganisasi
SB, B, BP, K, SK = Predikat
BPK = "Butuh Perbaikan dan/atau Kurang/Misconduct"


def _batas(po: PredikatOrganisasi, n: int, **kw: object) -> list[tuple[str, int, int]]:
    hasil = batas_distribusi(po, n, tanggal=T, **kw)  # type: ignore[arg-type]
    return [(b.pita.nama, b.minimum, b.maksimum) for b in hasil.pita]


# SE MenPANRB 3/2023 (digest §8.3), counts with the default KETAT rounding.
CONTOH = {
    (PO.ISTIMEWA, 10): [("Sangat Baik", 0, 7)],
    (PO.ISTIMEWA, 20): [("Sangat Baik", 0, 14)],
    (PO.ISTIMEWA, 100): [("Sangat Baik", 0, 70)],
    (PO.BAIK, 10): [("Baik", 0, 7), (BPK, 1, 10)],
    (PO.BAIK, 20): [("Baik", 0, 14), (BPK, 1, 20)],
    (PO.BAIK, 100): [("Baik", 0, 70), (BPK, 1, 100)],
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
    assert "at most 7 allowed" in p.pesan
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
    assert "none" in p.pesan
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
            assert not batas_distribusi(po, n, tanggal=T).dapat_dipenuhi
            for unit in ([SK] * n, [K] * n, [BP] * n):
                hasil = _cek(po, unit)
                assert hasil[0].jenis is JenisPelanggaranDistribusi.TIDAK_DAPAT_DIPENUHI
                assert hasil[0].pita is None
                assert hasil[0].batas == n
                assert hasil[0].jumlah == n + 1
                assert len(hasil) >= 2
        assert batas_distribusi(po, 3, tanggal=T).dapat_dipenuhi
    # a unit of one under Baik: Baik allows floor(0.7) = 0, so the one must be BP or K
    assert _batas(PO.BAIK, 1) == [("Baik", 0, 0), (BPK, 1, 1)]
    assert _cek(PO.BAIK, [BP]) == []
    assert len(_cek(PO.BAIK, [B])) == 2
    assert _batas(PO.ISTIMEWA, 1) == [("Sangat Baik", 0, 0)]


def test_empty_unit_owes_nothing() -> None:
    for po in PO:
        assert periksa_distribusi(po, [], tanggal=T) == ()
        assert all(b.minimum == b.maksimum == 0 for b in batas_distribusi(po, 0, tanggal=T).pita)


def test_rounding_policies() -> None:
    assert _batas(PO.ISTIMEWA, 9) == [("Sangat Baik", 0, 6)]
    assert _batas(PO.ISTIMEWA, 9, pembulatan=Pembulatan.LONGGAR) == [("Sangat Baik", 0, 7)]
    assert _batas(PO.ISTIMEWA, 9, pembulatan=Pembulatan.TERDEKAT) == [("Sangat Baik", 0, 6)]
    assert _batas(PO.ISTIMEWA, 5, pembulatan=Pembulatan.TERDEKAT) == [("Sangat Baik", 0, 4)]
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
    assert "rounded up" in p.pesan
    [p] = _cek(PO.BUTUH_PERBAIKAN, _unit(B=9), pembulatan=Pembulatan.TERDEKAT)
    assert "rounded to nearest" in p.pesan


@given(predikat_organisasi(), st.integers(0, 400), pembulatan())
def test_kin_dist_bounds_are_sane(po: PredikatOrganisasi, n: int, bulat: Pembulatan) -> None:
    batas = batas_distribusi(po, n, tanggal=T, pembulatan=bulat)
    for b in batas.pita:
        assert 0 <= b.minimum <= n
        assert 0 <= b.maksimum <= n
        if b.pita.maksimum is not None:
            assert b.maksimum * b.pita.maksimum.denominator >= 0
            if bulat is Pembulatan.KETAT:
                assert Fraction(b.maksimum) <= b.pita.maksimum * n < b.maksimum + 1
        if b.pita.minimum is not None and bulat is Pembulatan.KETAT and n > 0:
            assert Fraction(b.minimum) >= b.pita.minimum * n


@given(predikat_organisasi(), sebaran_predikat(max_size=60), pembulatan())
def test_kin_dist_batas_and_periksa_agree(
    po: PredikatOrganisasi, unit: list[Predikat], bulat: Pembulatan
) -> None:
    batas = batas_distribusi(po, len(unit), tanggal=T, pembulatan=bulat)
    hasil = _cek(po, unit, pembulatan=bulat)
    hitung = Counter(unit)
    dilanggar = {
        b.pita for b in batas.pita if not b.memuat(sum(hitung[p] for p in b.pita.predikat))
    }
    assert {p.pita for p in hasil if p.pita is not None} == dilanggar
    tidak = [p for p in hasil if p.jenis is JenisPelanggaranDistribusi.TIDAK_DAPAT_DIPENUHI]
    assert len(tidak) == (0 if batas.dapat_dipenuhi else 1)
    if not batas.dapat_dipenuhi:
        assert hasil[0] is tidak[0]
        assert dilanggar


@given(predikat_organisasi(), sebaran_predikat(max_size=40), st.randoms(use_true_random=False))
def test_kin_dist_order_does_not_matter(
    po: PredikatOrganisasi, unit: list[Predikat], rnd: object
) -> None:
    acak = list(unit)
    rnd.shuffle(acak)  # type: ignore[attr-defined]
    assert periksa_distribusi(po, acak, tanggal=T) == periksa_distribusi(po, iter(unit), tanggal=T)


def _patuh(po: PredikatOrganisasi, unit: list[Predikat]) -> bool:
    return not periksa_distribusi(po, unit, tanggal=T)


# Monotonicity that holds: moving one employee out of a band that has only a cap, into a
# predikat no band counts (or a band that has only floors), keeps a compliant unit compliant.
PINDAH_AMAN = [
    (PO.ISTIMEWA, SB, B),
    (PO.ISTIMEWA, B, BP),
    (PO.BAIK, B, BP),
    (PO.BAIK, SB, BP),
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
    # promoting can break a cap
    assert not _patuh(PO.ISTIMEWA, _unit(SB=8, B=2))
    # adding an employee can break compliance (floors rise with the unit)
    assert _patuh(PO.BUTUH_PERBAIKAN, _unit(BP=6, B=4))
    assert not _patuh(PO.BUTUH_PERBAIKAN, _unit(BP=6, B=5))
    # a better predikat organisasi is not always easier: all-Baik passes nowhere
    assert not any(_patuh(po, [B] * 10) for po in PO if po is not PO.ISTIMEWA)
    assert _patuh(PO.ISTIMEWA, [B] * 10)


def test_agency_curve_and_dated_table() -> None:
    ketat = attrs.evolve(
        KURVA_SE_3_2023[0],
        pita=(Pita(SB, minimum=Fraction(1, 2), maksimum=Decimal("0.7")),),
    )
    assert ketat.pita[0].minimum == Fraction(1, 2)
    assert ketat.pita[0].maksimum == Fraction(7, 10)
    [p] = periksa_distribusi(PO.ISTIMEWA, _unit(SB=4, B=6), tanggal=T, kurva=ketat)
    assert (p.batas, p.jumlah) == (5, 4)
    assert "at least 50%, at most 70%" in p.pesan
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
    assert Pita(SB, maksimum=Fraction(1, 3)).uraian == "Sangat Baik: at most 33.3333%"


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
    assert not sempit.batas(1).dapat_dipenuhi
    assert sempit.batas(10).dapat_dipenuhi
    assert len(periksa_distribusi(PO.ISTIMEWA, [SB], tanggal=T, kurva=sempit)) == 2


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
    with pytest.raises(InvalidTypeError, match=r"^predikat_pegawai: expected an iterable"):
        periksa_distribusi(PO.BAIK, "Baik", tanggal=T)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"^tanggal"):
        periksa_distribusi(PO.BAIK, [], tanggal=dt.datetime(2024, 1, 1))
    with pytest.raises(InvalidTypeError, match=r"^pembulatan"):
        periksa_distribusi(PO.BAIK, [], tanggal=T, pembulatan="ketat")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"^predikat_organisasi"):
        periksa_distribusi(PO.BAIK.label, [], tanggal=T)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"^unit: must not be blank"):
        periksa_distribusi(PO.BAIK, [], tanggal=T, unit=" ")
    [p] = periksa_distribusi(PO.ISTIMEWA, [SB], tanggal=T, unit="UNIT-7")
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
    assert periksa_distribusi(PO.ISTIMEWA, [p], tanggal=T) == (
        () if p is not SB else periksa_distribusi(PO.ISTIMEWA, [SB], tanggal=T)
    )
