"""birokrasi.penjelasan: explanations agree with the functions they explain."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import birokrasi.testing as bt
from birokrasi import (
    Delegasi,
    Instansi,
    Jabatan,
    Jenjang,
    Pegawai,
    Penempatan,
    Predikat,
    PredikatOrganisasi,
    Rating,
    UnitOrganisasi,
    angka_kredit,
    batas_distribusi,
    rating_hasil_kerja_pimpinan,
)
from birokrasi.contoh import struktur
from birokrasi.errors import InvalidTypeError, InvalidValueError
from birokrasi.penjelasan import (
    Penjelasan,
    jelaskan_angka_kredit,
    jelaskan_batas_distribusi,
    jelaskan_pejabat_penilai,
    jelaskan_rating_hasil_kerja_pimpinan,
)

TANGGAL = dt.date(2025, 6, 30)


@given(bt.jenjang_fungsional(), bt.predikat(), st.integers(1, 12))
def test_angka_kredit_sama(jenjang: Jenjang, predikat: Predikat, bulan: int) -> None:
    p = jelaskan_angka_kredit(jenjang, predikat, bulan=bulan, tanggal=TANGGAL)
    assert p.hasil == angka_kredit(jenjang, predikat, bulan=bulan, tanggal=TANGGAL)
    kode = [a.kode for a in p.aturan]
    assert kode[:2] == ["KAR-AK-01", "KAR-AK-02"]
    assert ("KAR-AK-03" in kode) == (bulan < 12)
    assert dict(p.masukan)["predikat"] == predikat.label
    assert str(p) == p.teks
    assert p.dasar
    assert all(d.peraturan for d in p.dasar)


def test_angka_kredit_prorata() -> None:
    p = jelaskan_angka_kredit(Jenjang.AHLI_PERTAMA, Predikat.BAIK, bulan=2, tanggal=TANGGAL)
    assert p.hasil == Fraction(25, 12)
    assert "2 dari 12 bulan (KAR-AK-03)" in p.teks


@given(bt.predikat_organisasi(), st.integers(1, 60), bt.pembulatan())
def test_batas_distribusi_sama(po: PredikatOrganisasi, n: int, pembulatan: object) -> None:
    p = jelaskan_batas_distribusi(po, n, tanggal=TANGGAL, pembulatan=pembulatan)  # type: ignore[arg-type]
    assert p.hasil == batas_distribusi(po, n, tanggal=TANGGAL, pembulatan=pembulatan)  # type: ignore[arg-type]
    assert p.aturan == (p.hasil.kurva.aturan,)
    assert all(b.pita.nama in p.teks for b in p.hasil.pita)


@given(bt.predikat_organisasi())
def test_rating_pimpinan_sama(po: PredikatOrganisasi) -> None:
    p = jelaskan_rating_hasil_kerja_pimpinan(po)
    assert p.hasil is rating_hasil_kerja_pimpinan(po)
    assert [a.kode for a in p.aturan] == ["KIN-RATING-01"]


def test_rating_pimpinan_pemetaan_sendiri() -> None:
    pemetaan = dict.fromkeys(PredikatOrganisasi, Rating.SESUAI_EKSPEKTASI)
    p = jelaskan_rating_hasil_kerja_pimpinan(
        PredikatOrganisasi.ISTIMEWA, pemetaan=pemetaan, tanggal=TANGGAL
    )
    assert p.hasil is Rating.SESUAI_EKSPEKTASI
    assert "pemetaan instansi" in p.teks
    assert dict(p.masukan)["tanggal"] == "2025-06-30"


# -- pejabat penilai -----------------------------------------------------------------------

KEPALA = "197203141998031003"
JF_KEPALA = "197709222002122004"
STAF = "198511032010012007"
LAIN = "199307142019031008"
AWAL = dt.date(2025, 1, 1)


def _org(delegasi: tuple[Delegasi, ...] = ()) -> Instansi:
    """Root U0 headed by a JPT; U1's head post held by a JF (not manajerial); STAF in U1."""
    return Instansi(
        "Uji",
        (
            UnitOrganisasi("U0", "Dinas", jenjang_kepala=Jenjang.JPT_PRATAMA),
            UnitOrganisasi("U1", "Bidang", "U0", jenjang_kepala=Jenjang.ADMINISTRATOR),
        ),
        tuple(Pegawai(n, n[-3:]) for n in (KEPALA, JF_KEPALA, STAF, LAIN)),
        (
            Penempatan(
                KEPALA, Jabatan("Kepala Dinas", Jenjang.JPT_PRATAMA), "U0", AWAL, kepala=True
            ),
            Penempatan(
                JF_KEPALA, Jabatan("Plt Kepala Bidang", Jenjang.AHLI_MADYA), "U1", AWAL, kepala=True
            ),
            Penempatan(STAF, Jabatan("Analis", Jenjang.AHLI_PERTAMA), "U1", AWAL),
            Penempatan(LAIN, Jabatan("Pranata", Jenjang.PELAKSANA), "U1", AWAL),
        ),
        delegasi,
    )


def test_pejabat_penilai_naik() -> None:
    org = _org()
    p = jelaskan_pejabat_penilai(org, STAF, TANGGAL)
    assert p.hasil == org.pejabat_penilai(STAF, TANGGAL)
    assert p.hasil is not None
    assert p.hasil.nip.digit == KEPALA
    assert "kepala unit berikutnya ke atas" in p.teks
    assert dict(p.masukan)["atasan_langsung"].startswith(JF_KEPALA)


def test_pejabat_penilai_atasan_langsung() -> None:
    org = _org()
    p = jelaskan_pejabat_penilai(org, JF_KEPALA, TANGGAL)
    assert p.hasil is not None
    assert p.hasil.nip.digit == KEPALA
    assert "atasan langsungnya" in p.teks
    assert [a.kode for a in p.aturan] == ["STR-ATASAN-01", "STR-PENILAI-01"]


def test_pejabat_penilai_tidak_ada() -> None:
    p = jelaskan_pejabat_penilai(_org(), KEPALA, TANGGAL)
    assert p.hasil is None
    assert "tidak mempunyai pejabat penilai" in p.teks


def test_pejabat_penilai_delegasi() -> None:
    org = _org((Delegasi(KEPALA, STAF, AWAL),))
    p = jelaskan_pejabat_penilai(org, STAF, TANGGAL)
    assert p.hasil is not None
    assert p.hasil.nip.digit == KEPALA
    assert [a.kode for a in p.aturan] == ["STR-PENILAI-02"]
    assert dict(p.masukan)["delegasi_kepada"] == KEPALA


def test_pejabat_penilai_delegasi_tidak_berlaku() -> None:
    org = _org((Delegasi(LAIN, STAF, AWAL),))
    p = jelaskan_pejabat_penilai(org, STAF, TANGGAL)
    assert p.hasil == org.pejabat_penilai(STAF, TANGGAL)
    assert "tidak berlaku" in p.teks


def test_pejabat_penilai_contoh() -> None:
    org = struktur.instansi()
    for pegawai in org.penempatan_aktif(struktur.TANGGAL_DEMO):
        p = jelaskan_pejabat_penilai(org, pegawai.nip, struktur.TANGGAL_DEMO)
        assert p.hasil == org.pejabat_penilai(pegawai.nip, struktur.TANGGAL_DEMO)
    with pytest.raises(InvalidTypeError, match="instansi"):
        jelaskan_pejabat_penilai("org", STAF, TANGGAL)  # type: ignore[arg-type]


# -- the value itself ----------------------------------------------------------------------


def test_penjelasan_divalidasi() -> None:
    with pytest.raises(InvalidTypeError, match=r"Penjelasan\.masukan"):
        Penjelasan(1, (), (("a", 1),), "teks")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"Penjelasan\.masukan"):
        Penjelasan(1, (), "ab", "teks")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"Penjelasan\.aturan"):
        Penjelasan(1, ("KAR-AK-01",), (), "teks")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"Penjelasan\.teks"):
        Penjelasan(1, (), (), " ")
    assert Penjelasan(1, [], [("a", "b")], "t").masukan == (("a", "b"),)


def test_penjelasan_unit_sebesar_apa_pun() -> None:
    """The text gives every count exactly, even one too large for ``str`` (found by
    ``make fuzz``: building the explanation raised ValueError)."""
    p = jelaskan_batas_distribusi(PredikatOrganisasi.ISTIMEWA, 10**5000, tanggal=TANGGAL)
    assert f"Organisasi Istimewa, 1{'0' * 5000} pegawai" in p.teks
    assert dict(p.masukan)["jumlah_pegawai"] == "1" + "0" * 5000
