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
    PejabatNegara,
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
from birokrasi.pesan import Pesan

TANGGAL = dt.date(2025, 6, 30)


@given(bt.jenjang_fungsional(), bt.predikat(), st.integers(1, 12))
def test_angka_kredit_sama(jenjang: Jenjang, predikat: Predikat, bulan: int) -> None:
    p = jelaskan_angka_kredit(jenjang, predikat, bulan=bulan, tanggal=TANGGAL)
    assert p.hasil == angka_kredit(jenjang, predikat, bulan=bulan, tanggal=TANGGAL)
    kode = [a.kode for a in p.aturan]
    assert kode[:2] == ["KAR-AK-01", "KAR-AK-02"]
    assert ("KAR-AK-03" in kode) == (bulan < 12)
    assert dict(p.masukan)["predikat"] == predikat.label
    assert str(p) == p.teks("en")
    assert p.dasar
    assert all(d.peraturan for d in p.dasar)


def test_angka_kredit_prorata() -> None:
    p = jelaskan_angka_kredit(Jenjang.AHLI_PERTAMA, Predikat.BAIK, bulan=2, tanggal=TANGGAL)
    assert p.hasil == Fraction(25, 12)
    assert "2 of 12 months (KAR-AK-03)" in p.teks()
    assert "2 dari 12 bulan (KAR-AK-03)" in p.teks("id")


@given(bt.predikat_organisasi(), st.integers(1, 60), bt.pembulatan())
def test_batas_distribusi_sama(po: PredikatOrganisasi, n: int, pembulatan: object) -> None:
    p = jelaskan_batas_distribusi(po, n, tanggal=TANGGAL, pembulatan=pembulatan)  # type: ignore[arg-type]
    assert p.hasil == batas_distribusi(po, n, tanggal=TANGGAL, pembulatan=pembulatan)  # type: ignore[arg-type]
    assert p.aturan == (p.hasil.kurva.aturan,)
    assert all(b.pita.nama in p.teks() for b in p.hasil.pita)


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
    assert "pemetaan instansi" in p.teks()
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
    assert "the head of the next unit up" in p.teks()
    assert "kepala unit berikutnya ke atas" in p.teks("id")
    assert dict(p.masukan)["atasan_langsung"].startswith(JF_KEPALA)


def test_pejabat_penilai_atasan_langsung() -> None:
    org = _org()
    p = jelaskan_pejabat_penilai(org, JF_KEPALA, TANGGAL)
    assert p.hasil is not None
    assert p.hasil.nip.digit == KEPALA
    assert "is your atasan langsung" in p.teks()
    assert [a.kode for a in p.aturan] == ["STR-ATASAN-01", "STR-PENILAI-01"]


def test_pejabat_penilai_tidak_ada() -> None:
    p = jelaskan_pejabat_penilai(_org(), KEPALA, TANGGAL)
    assert p.hasil is None
    assert "Anda tidak mempunyai Pejabat Penilai Kinerja" in p.teks("id")
    assert [a.kode for a in p.aturan] == ["STR-ATASAN-01", "STR-PENILAI-01", "STR-ATASAN-02"]


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
    assert "tidak berlaku" in p.teks("id")
    assert "has no effect" in p.teks("en")


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
    with pytest.raises(InvalidValueError, match=r"Penjelasan\.pesan"):
        Penjelasan(1, (), (), " ")
    with pytest.raises(InvalidTypeError, match=r"Penjelasan\.pesan"):
        Penjelasan(1, (), (), 3)  # type: ignore[arg-type]
    p = Penjelasan(1, [], [("a", "b")], "t")
    assert p.masukan == (("a", "b"),)
    assert p.pesan == Pesan.dari_teks("t")
    assert p.teks("id") == p.teks("en") == str(p) == "t"


def test_penjelasan_unit_sebesar_apa_pun() -> None:
    """The text gives every count exactly, even one too large for ``str`` (found by
    ``make fuzz``: building the explanation raised ValueError)."""
    p = jelaskan_batas_distribusi(PredikatOrganisasi.ISTIMEWA, 10**5000, tanggal=TANGGAL)
    assert f"Organisasi Istimewa, 1{'0' * 5000} pegawai" in p.teks()
    assert dict(p.masukan)["jumlah_pegawai"] == "1" + "0" * 5000


# -- natural Indonesian by default (issue 18 §2) -------------------------------------------


@pytest.mark.bahasa_baku
def test_kar_ak_01_penjelasan_dalam_bahasa_indonesia() -> None:
    p = jelaskan_angka_kredit(Jenjang.AHLI_PERTAMA, Predikat.SANGAT_BAIK, tanggal=TANGGAL)
    assert str(p).startswith(
        "Angka kredit 18,75 = 12/12 x 150% x 12,5: koefisien tahunan Ahli Pertama adalah 12,5 "
        "(KAR-AK-01) dan predikat Sangat Baik memberikan 150% (KAR-AK-02). Dasar hukum: "
        "PermenPANRB 1/2023 Lampiran koefisien angka kredit tahunan; "
    )
    dasar = [str(d) for a in p.aturan for d in a.semua_dasar]
    teks = str(p)
    assert all(teks.count(d) == 1 for d in dasar)  # each citation once


@pytest.mark.bahasa_baku
def test_kar_ak_03_penjelasan_pecahan_tanpa_desimal() -> None:
    p = jelaskan_angka_kredit(Jenjang.AHLI_PERTAMA, Predikat.BAIK, bulan=2, tanggal=TANGGAL)
    assert str(p).startswith("Angka kredit ~2,08 = 2/12 x 100% x 12,5: ")
    assert "dihitung secara proporsional, 2 dari 12 bulan (KAR-AK-03)" in str(p)
    assert p.hasil == Fraction(25, 12)


@pytest.mark.bahasa_baku
def test_str_penilai_01_penjelasan_menyebut_nama() -> None:
    org = struktur.instansi()
    p = jelaskan_pejabat_penilai(org, struktur.SEKRETARIS, struktur.TANGGAL_DEMO)
    assert str(p).startswith(
        "Pada 30 Juni 2025 Pejabat Penilai Kinerja Anda adalah Drs. Bambang Wicaksono, M.Si., "
        "Kepala Dinas Komunikasi dan Informatika, karena ia atasan langsung Anda dan paling "
        "rendah menduduki jabatan pengawas (STR-ATASAN-01, STR-PENILAI-01). Dasar hukum: "
    )


@pytest.mark.bahasa_baku
def test_str_penilai_01_naik_menyebut_atasan() -> None:
    p = jelaskan_pejabat_penilai(_org(), STAF, TANGGAL)
    assert str(p).startswith(
        "Pada 30 Juni 2025 Pejabat Penilai Kinerja Anda adalah 003, Kepala Dinas, kepala unit "
        "berikutnya ke atas, karena atasan langsung Anda, 004, Plt Kepala Bidang, tidak "
        "menduduki jabatan manajerial (STR-PENILAI-01). Dasar hukum: "
    )


@pytest.mark.bahasa_baku
def test_str_penilai_02_penjelasan_dalam_bahasa_indonesia() -> None:
    p = jelaskan_pejabat_penilai(_org((Delegasi(KEPALA, STAF, AWAL),)), STAF, TANGGAL)
    assert str(p).startswith(
        "Pada 30 Juni 2025 Pejabat Penilai Kinerja Anda adalah 003, Kepala Dinas, karena "
        "kewenangan menilai Anda didelegasikan kepadanya sejak 1 Januari 2025 (STR-PENILAI-02)."
    )
    lain = jelaskan_pejabat_penilai(_org((Delegasi(LAIN, STAF, AWAL),)), STAF, TANGGAL)
    assert (
        "Pendelegasian kepada 008 (199307142019031008) tidak berlaku, karena penerimanya tidak "
        "menduduki jabatan manajerial pada tanggal itu (STR-PENILAI-02)." in str(lain)
    )
    assert [a.kode for a in lain.aturan][-1] == "STR-PENILAI-02"


def test_str_atasan_02_penjelasan_pejabat_di_atas_instansi() -> None:
    org = struktur.instansi()
    p = jelaskan_pejabat_penilai(org, struktur.KEPALA_DINAS, struktur.TANGGAL_DEMO)
    assert "an official above the instansi (STR-ATASAN-02)" in p.teks()
    assert "pejabat di atas instansi (STR-ATASAN-02)" in p.teks("id")


@pytest.mark.bahasa_baku
def test_kin_rating_01_penjelasan_dalam_bahasa_indonesia() -> None:
    assert str(jelaskan_rating_hasil_kerja_pimpinan(PredikatOrganisasi.BAIK)) == (
        "Rating hasil kerja pimpinan unit adalah Sesuai Ekspektasi, karena predikat kinerja "
        "organisasi Baik (KIN-RATING-01). Dasar hukum: SE MenPANRB 3/2023 tahap penetapan "
        "predikat kinerja pegawai."
    )


def test_str_atasan_02_pejabat_negara_menilai() -> None:
    """A pejabat negara declared at tingkat 1 rates the head of the root unit: named by name
    and jabatan, as an official above the instansi (STR-ATASAN-02)."""
    bupati = PejabatNegara("BUPATI-UJI", "H. Bupati Uji, S.E.", "Bupati Uji", "PEMKAB.UJI", AWAL)
    org = _org().tambah_pejabat_luar(bupati)
    p = jelaskan_pejabat_penilai(org, KEPALA, TANGGAL)
    assert p.hasil == bupati
    assert [a.kode for a in p.aturan][-1] == "STR-ATASAN-02"
    assert p.teks("id").startswith(
        "Pada 30 Juni 2025 Pejabat Penilai Kinerja Anda adalah H. Bupati Uji, S.E., Bupati Uji, "
        "pejabat di atas instansi (STR-ATASAN-02), karena ia atasan langsung Anda"
    )
    assert dict(p.masukan)["atasan_langsung"].startswith("H. Bupati Uji, S.E. (Bupati Uji")
