"""The columnar year-end of the extra ``birokrasi[kolom]`` (issue 16 §1–2): every result equals
the per-pegawai reference functions, for numpy, pandas and Arrow columns of codes, names or
labels, dictionary-encoded or not; partial counts merge associatively; bad columns get library
errors naming the column and the row."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import given
from hypothesis import strategies as st

from birokrasi import kolom
from birokrasi.errors import InvalidTypeError, InvalidValueError
from birokrasi.karier import angka_kredit
from birokrasi.kinerja import (
    Predikat,
    PredikatOrganisasi,
    Rating,
    periksa_distribusi,
    predikat_kinerja,
)
from birokrasi.kinerja.penilaian.batch import hitung_per_unit
from birokrasi.kinerja.penilaian.kurva import SebagianBesar
from birokrasi.struktur import Jenjang

AKHIR = dt.date(2024, 12, 31)
FUNGSIONAL = [j for j in Jenjang if j.is_fungsional]
rating = st.sampled_from(list(Rating))
pasangan = st.lists(st.tuples(rating, rating), max_size=60)


def _bentuk(nilai: list[Rating] | list[Predikat], cara: str) -> object:
    """The same column in one of the shapes an agency's data arrives in."""
    if cara == "kode":
        return np.array([x.peringkat for x in nilai], dtype=np.int16)
    if cara == "nama":
        return np.array([x.name for x in nilai], dtype=str)
    if cara == "label":
        return [x.label for x in nilai]
    if cara == "arrow":
        return pa.array([x.label for x in nilai], type=pa.string())
    if cara == "arrow-kamus":
        return pa.array([x.name for x in nilai], type=pa.string()).dictionary_encode()
    if cara == "pandas":
        return pd.Series([x.peringkat for x in nilai], dtype="int64")
    assert cara == "pandas-kategori"
    return pd.Series([x.label for x in nilai], dtype="category")


CARA = ["kode", "nama", "label", "arrow", "arrow-kamus", "pandas", "pandas-kategori"]


@given(pasangan, st.sampled_from(CARA), st.sampled_from(CARA))
def test_kin_predikat_01_columns_equal_the_reference(
    baris: list[tuple[Rating, Rating]], cara_h: str, cara_p: str
) -> None:
    h = [a for a, _ in baris]
    p = [b for _, b in baris]
    hasil = kolom.predikat_kolom(_bentuk(h, cara_h), _bentuk(p, cara_p))
    assert [kolom.predikat(k) for k in hasil.tolist()] == [predikat_kinerja(a, b) for a, b in baris]


unit_predikat = st.lists(
    st.tuples(st.sampled_from(["U1", "U2", "U3", "B.7", "Z"]), st.sampled_from(list(Predikat))),
    max_size=80,
)


@given(unit_predikat, st.booleans())
def test_counts_per_unit_equal_the_list_api(baris: list[tuple[str, Predikat]], kamus: bool) -> None:
    unit = [u for u, _ in baris]
    predikat = [p for _, p in baris]
    kolom_unit = pa.array(unit).dictionary_encode() if kamus else np.array(unit, dtype=str)
    hasil = kolom.hitung_per_unit_kolom(kolom_unit, _bentuk(predikat, "kode"))
    assert hasil.sebagai_dict() == hitung_per_unit(unit, predikat)
    assert hasil.unit.tolist() == sorted(set(unit))


@given(unit_predikat, st.lists(st.integers(0, 3), max_size=80), st.randoms(use_true_random=False))
def test_partial_counts_merge_in_any_grouping_and_order(
    baris: list[tuple[str, Predikat]], bagian: list[int], acak: object
) -> None:
    """Counting partitions and merging equals counting the whole (associative, commutative)."""
    kelompok: dict[int, list[tuple[str, Predikat]]] = {}
    for i, b in enumerate(baris):
        kelompok.setdefault(bagian[i] if i < len(bagian) else 0, []).append(b)
    hitungan = [
        kolom.hitung_per_unit_kolom(
            np.array([u for u, _ in isi], dtype=str), _bentuk([p for _, p in isi], "kode")
        )
        for isi in kelompok.values()
    ]
    utuh = kolom.hitung_per_unit_kolom(
        np.array([u for u, _ in baris], dtype=str), _bentuk([p for _, p in baris], "kode")
    )
    assert kolom.gabung_hitungan(*hitungan).sebagai_dict() == utuh.sebagai_dict()
    acak.shuffle(hitungan)  # type: ignore[attr-defined]
    if len(hitungan) >= 2:
        kiri = kolom.gabung_hitungan(kolom.gabung_hitungan(*hitungan[:1]), *hitungan[1:])
        assert kiri == kolom.gabung_hitungan(*reversed(hitungan))


@given(
    st.lists(st.tuples(st.integers(0, 7), st.sampled_from(list(Predikat))), max_size=120),
    st.lists(st.sampled_from(list(PredikatOrganisasi)), min_size=8, max_size=8),
    st.sampled_from([*SebagianBesar, None]),
)
def test_kin_dist_columns_find_what_the_reference_finds(
    baris: list[tuple[int, Predikat]],
    organisasi: list[PredikatOrganisasi],
    sebagian_besar: SebagianBesar | None,
) -> None:
    unit = [f"U{u}" for u, _ in baris]
    predikat = [p for _, p in baris]
    hitungan = kolom.hitung_per_unit_kolom(np.array(unit, dtype=str), _bentuk(predikat, "nama"))
    po = {f"U{i}": organisasi[i] for i in range(8)}
    temuan = kolom.periksa_distribusi_kolom(
        po, hitungan, tanggal=AKHIR, sebagian_besar=sebagian_besar
    )
    acuan = []
    for u in sorted(set(unit)):
        isi = [p for x, p in zip(unit, predikat, strict=True) if x == u]
        acuan += periksa_distribusi(
            po[u], isi, tanggal=AKHIR, unit=u, sebagian_besar=sebagian_besar
        )
    assert temuan.pelanggaran() == tuple(acuan)
    assert len(temuan) == len(acuan)
    kolom_temuan = temuan.kolom()
    baris = list(zip(*(kolom_temuan[k].tolist() for k in kolom_temuan), strict=True))
    assert baris == [
        (f.subjek, f.kode, f.jenis.name, "" if f.pita is None else f.pita.nama, f.batas, f.jumlah)
        for f in acuan
    ]


@given(
    st.lists(
        st.tuples(st.sampled_from(FUNGSIONAL), st.sampled_from(list(Predikat)), st.integers(0, 12)),
        max_size=60,
    ),
    st.booleans(),
)
def test_kar_ak_02_columns_equal_angka_kredit_exactly(
    baris: list[tuple[Jenjang, Predikat, int]], kamus: bool
) -> None:
    jenjang = [j.label for j, _, _ in baris]
    kolom_jenjang = pa.array(jenjang).dictionary_encode() if kamus else jenjang
    hasil = kolom.angka_kredit_kolom(
        kolom_jenjang,
        _bentuk([p for _, p, _ in baris], "kode"),
        np.array([b for _, _, b in baris], dtype=np.int64),
        tanggal=AKHIR,
    )
    acuan = [angka_kredit(j, p, bulan=b, tanggal=AKHIR) for j, p, b in baris]
    assert [hasil.pecahan(i) for i in range(len(baris))] == acuan
    assert hasil.jumlah() == sum(acuan)


def test_bad_columns_name_the_column_and_the_row() -> None:
    A = Rating.DI_ATAS_EKSPEKTASI.peringkat
    with pytest.raises(InvalidValueError, match=r"hasil_kerja\[1\]: 4 is not a Rating code"):
        kolom.predikat_kolom(np.array([A, 4]), np.array([A, A]))
    with pytest.raises(InvalidValueError, match=r"perilaku_kerja: expected as many items"):
        kolom.predikat_kolom(np.array([A, A]), np.array([A]))
    with pytest.raises(InvalidValueError, match=r"perilaku_kerja\[1\]: null"):
        kolom.predikat_kolom(np.array([A, A]), pa.array(["Baik Sekali", None]))
    with pytest.raises(InvalidValueError, match=r"hasil_kerja\[1\]: Rating.parse: 'luar biasa'"):
        kolom.predikat_kolom(["Sesuai Ekspektasi", "luar biasa"], np.array([A, A]))
    with pytest.raises(InvalidTypeError, match=r"hasil_kerja: expected Rating codes as integers"):
        kolom.predikat_kolom(pd.Series([3.0, 2.5]), np.array([A, A]))
    with pytest.raises(InvalidValueError, match=r"hasil_kerja\[1\]: null"):
        kolom.predikat_kolom(pd.Series(["Sesuai Ekspektasi", None]), np.array([A, A]))
    with pytest.raises(InvalidValueError, match=r"hasil_kerja\[0\]: null"):
        kolom.predikat_kolom(
            pd.Series([None, "Sesuai Ekspektasi"], dtype="category"), np.array([A, A])
        )
    with pytest.raises(InvalidValueError, match=r"expected one column"):
        kolom.predikat_kolom(np.array([[A]]), np.array([[A]]))
    with pytest.raises(InvalidTypeError, match=r"hasil_kerja: expected a numpy array"):
        kolom.predikat_kolom(3, 3)
    with pytest.raises(InvalidTypeError, match=r"hasil_kerja\[0\]: expected a Rating"):
        kolom.predikat_kolom([object()], [A])
    with pytest.raises(InvalidValueError, match=r"unit: a unit key must not be blank"):
        kolom.hitung_per_unit_kolom(np.array(["U1", " "]), np.array([5, 5]))
    with pytest.raises(InvalidTypeError, match=r"unit\[1\]: expected str"):
        kolom.hitung_per_unit_kolom(["U1", 7], np.array([5, 5]))
    with pytest.raises(InvalidValueError, match=r"jenjang\[0\]: Pengawas is not a jenjang"):
        kolom.angka_kredit_kolom(["Pengawas"], np.array([5]), np.array([12]), tanggal=AKHIR)
    with pytest.raises(InvalidTypeError, match=r"jenjang: jenjang are read by name"):
        kolom.angka_kredit_kolom(np.array([2]), np.array([5]), np.array([12]), tanggal=AKHIR)
    with pytest.raises(InvalidValueError, match=r"bulan\[0\]: expected 0 to 12, got 13"):
        kolom.angka_kredit_kolom(["Ahli Muda"], np.array([5]), np.array([13]), tanggal=AKHIR)
    with pytest.raises(InvalidValueError, match=r"kode: 9 \(int\) is not a Predikat code"):
        kolom.predikat(9)
    hitungan = kolom.hitung_per_unit_kolom(np.array(["U1"]), np.array([5]))
    with pytest.raises(InvalidTypeError, match=r"predikat_organisasi\['U1'\]"):
        kolom.periksa_distribusi_kolom({}, hitungan, tanggal=AKHIR)


def test_a_dictionary_with_a_repeated_or_unused_key_counts_once() -> None:
    unit = pa.DictionaryArray.from_arrays(pa.array([0, 2, 2, 0]), pa.array(["B", "X", "B"]))
    hasil = kolom.hitung_per_unit_kolom(unit, np.array([5, 4, 4, 3]))
    assert hasil.sebagai_dict() == {
        "B": {Predikat.SANGAT_BAIK: 1, Predikat.BAIK: 2, Predikat.BUTUH_PERBAIKAN: 1}
    }


def test_an_empty_merge_and_integer_unit_keys() -> None:
    assert kolom.gabung_hitungan().unit.size == 0
    hasil = kolom.hitung_per_unit_kolom(np.array([7, 3, 7]), np.array([5, 4, 5]))
    assert hasil.sebagai_dict() == {3: {Predikat.BAIK: 1}, 7: {Predikat.SANGAT_BAIK: 2}}
    assert Counter(hasil.jumlah.sum(axis=1).tolist()) == Counter([1, 2])


def test_every_shape_of_column_is_read_the_same() -> None:
    """Chunked Arrow, Python ints, object keys, category months: one answer."""
    baku = kolom.predikat_kolom(np.array([3, 2]), np.array([3, 1]))
    terpotong = pa.chunked_array([["Di Atas Ekspektasi"], ["SESUAI_EKSPEKTASI"]])
    assert kolom.predikat_kolom(terpotong, [3, 1]).tolist() == baku.tolist()
    skalar = np.array([np.int64(3), np.int8(2)], dtype=object)
    assert kolom.predikat_kolom(skalar, [3, 1]).tolist() == baku.tolist()
    obj = kolom.hitung_per_unit_kolom(np.array(["A", "B"], dtype=object), baku)
    assert obj == kolom.hitung_per_unit_kolom(["A", "B"], baku)
    assert obj != "A"
    bulan = pd.Series([12, 6], dtype="category")
    ak = kolom.angka_kredit_kolom(["Ahli Muda", "Ahli Muda"], baku, bulan, tanggal=AKHIR)
    assert ak == kolom.angka_kredit_kolom(["Ahli Muda"] * 2, baku, np.array([12, 6]), tanggal=AKHIR)
    assert ak != 3
    with pytest.raises(InvalidTypeError, match=r"bulan: expected integers"):
        kolom.angka_kredit_kolom(["Ahli Muda"], [5], np.array([1.5]), tanggal=AKHIR)
    with pytest.raises(InvalidTypeError, match=r"unit: expected text or integer keys"):
        kolom.hitung_per_unit_kolom(np.array([1.5]), [5])
    with pytest.raises(InvalidTypeError, match=r"hasil_kerja: expected Rating codes, got booleans"):
        kolom.predikat_kolom(np.array([True]), [3])
    with pytest.raises(InvalidValueError, match=r"HitunganUnit.jumlah: expected shape"):
        kolom.HitunganUnit(np.array(["A"]), np.zeros((2, 5), dtype=np.int64))


def test_kin_dist_terbanyak_with_an_empty_unit_among_others() -> None:
    """A unit with no pegawai owes nothing, beside one whose leading predikat must win."""
    hitungan = kolom.HitunganUnit(
        np.array(["A", "B"]), np.array([[0, 0, 0, 0, 0], [2, 2, 0, 0, 0]], dtype=np.int64)
    )
    po = {"A": PredikatOrganisasi.ISTIMEWA, "B": PredikatOrganisasi.ISTIMEWA}
    temuan = kolom.periksa_distribusi_kolom(
        po, hitungan, tanggal=AKHIR, sebagian_besar=SebagianBesar.TERBANYAK
    )
    acuan = periksa_distribusi(
        PredikatOrganisasi.ISTIMEWA,
        [Predikat.SANGAT_BAIK] * 2 + [Predikat.BAIK] * 2,
        tanggal=AKHIR,
        unit="B",
        sebagian_besar=SebagianBesar.TERBANYAK,
    )
    assert temuan.pelanggaran() == acuan
