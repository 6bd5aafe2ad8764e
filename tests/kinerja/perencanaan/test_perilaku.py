"""KIN-PERILAKU-01/02: the BerAKHLAK core values and ekspektasi khusus pimpinan."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from birokrasi import BirokrasiError, InvalidTypeError, InvalidValueError
from birokrasi.katalog import KATALOG
from birokrasi.kinerja.perencanaan.perilaku import (
    ATURAN_BERAKHLAK,
    ATURAN_EKSPEKTASI_KHUSUS,
    BERAKHLAK,
    EkspektasiKhususPimpinan,
    NilaiBerakhlak,
    PerilakuKerja,
)
from birokrasi.testing import nilai_berakhlak, perilaku_kerja

# Digest §5 (PermenPANRB 6/2022 Lampiran, as found identical in >= 5 e-kinerja code bases):
TABEL = {
    "Berorientasi Pelayanan": (
        "Memahami dan memenuhi kebutuhan masyarakat",
        "Ramah, cekatan, solutif, dan dapat diandalkan",
        "Melakukan perbaikan tiada henti",
    ),
    "Akuntabel": (
        "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan "
        "berintegritas tinggi",
        "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan "
        "efisien",
        "Tidak menyalahgunakan kewenangan jabatan",
    ),
    "Kompeten": (
        "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
        "Membantu orang lain belajar",
        "Melaksanakan tugas dengan kualitas terbaik",
    ),
    "Harmonis": (
        "Menghargai setiap orang apapun latar belakangnya",
        "Suka menolong orang lain",
        "Membangun lingkungan kerja yang kondusif",
    ),
    "Loyal": (
        "Memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang "
        "sah",
        "Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara",
        "Menjaga rahasia jabatan dan negara",
    ),
    "Adaptif": (
        "Cepat menyesuaikan diri menghadapi perubahan",
        "Terus berinovasi dan mengembangkan kreativitas",
        "Bertindak proaktif",
    ),
    "Kolaboratif": (
        "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
        "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
        "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama",
    ),
}


def test_kin_perilaku_01_table_exact_7_by_3() -> None:
    assert {n.label: n.panduan for n in NilaiBerakhlak} == TABEL
    assert [n.label for n in NilaiBerakhlak] == list(TABEL)
    assert len(BERAKHLAK) == 7
    assert all(len(p) == 3 for p in BERAKHLAK.values())
    assert all(len(n.panduan_en) == 3 and n.label_en for n in NilaiBerakhlak)


def test_kin_perilaku_01_value_is_label_and_str() -> None:
    assert NilaiBerakhlak("Akuntabel") is NilaiBerakhlak.AKUNTABEL
    assert str(NilaiBerakhlak.KOLABORATIF) == "Kolaboratif"
    with pytest.raises(TypeError):
        BERAKHLAK[NilaiBerakhlak.LOYAL] = ("a", "b", "c")  # type: ignore[index]


def test_kin_perilaku_catalogued_and_cited() -> None:
    assert KATALOG["KIN-PERILAKU-01"] is ATURAN_BERAKHLAK
    assert KATALOG["KIN-PERILAKU-02"] is ATURAN_EKSPEKTASI_KHUSUS
    assert ATURAN_BERAKHLAK.tafsiran
    assert ATURAN_BERAKHLAK.dasar.keyakinan.value == "S"


def test_kin_perilaku_02_one_ekspektasi_per_value() -> None:
    e = EkspektasiKhususPimpinan(NilaiBerakhlak.ADAPTIF, "Memelopori layanan digital")
    p = PerilakuKerja([e])
    assert p.ekspektasi_untuk(NilaiBerakhlak.ADAPTIF) == "Memelopori layanan digital"
    assert p.ekspektasi_untuk(NilaiBerakhlak.HARMONIS) is None
    baris = p.baris()
    assert [b[0] for b in baris] == list(NilaiBerakhlak)
    assert baris[5] == (NilaiBerakhlak.ADAPTIF, NilaiBerakhlak.ADAPTIF.panduan, e.uraian)
    with pytest.raises(InvalidValueError, match=r"PerilakuKerja.ekspektasi\[1\].*KIN-PERILAKU-02"):
        PerilakuKerja([e, EkspektasiKhususPimpinan(NilaiBerakhlak.ADAPTIF, "lain")])
    with pytest.raises(InvalidTypeError, match=r"nilai"):
        p.ekspektasi_untuk("Adaptif")  # type: ignore[arg-type]


def test_kin_perilaku_02_bad_fields_name_the_field() -> None:
    with pytest.raises(InvalidTypeError, match=r"EkspektasiKhususPimpinan.nilai"):
        EkspektasiKhususPimpinan("Adaptif", "x")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"EkspektasiKhususPimpinan.uraian"):
        EkspektasiKhususPimpinan(NilaiBerakhlak.ADAPTIF, "  ")
    with pytest.raises(InvalidTypeError, match=r"PerilakuKerja.ekspektasi\[0\]"):
        PerilakuKerja(["x"])  # type: ignore[list-item]


@given(perilaku_kerja(), nilai_berakhlak())
def test_kin_perilaku_02_lookup_matches_list(p: PerilakuKerja, nilai: NilaiBerakhlak) -> None:
    cocok = [e.uraian for e in p.ekspektasi if e.nilai is nilai]
    assert p.ekspektasi_untuk(nilai) == (cocok[0] if cocok else None)


_SAMPAH = st.one_of(
    st.none(), st.integers(), st.text(max_size=5), st.floats(), st.lists(st.integers())
)


@given(_SAMPAH, _SAMPAH)
def test_bad_input_raises_only_birokrasi_errors(a: object, b: object) -> None:
    with contextlib.suppress(BirokrasiError):
        EkspektasiKhususPimpinan(a, b)  # type: ignore[arg-type]
    with contextlib.suppress(BirokrasiError):
        PerilakuKerja(a)  # type: ignore[arg-type]
