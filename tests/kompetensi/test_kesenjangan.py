"""Gap analysis of a pegawai against their jabatan's standard (KOM-GAP-01) and the findings
for a whole instansi."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

import birokrasi.testing as bt
from birokrasi import (
    Kesenjangan,
    Kompetensi,
    LevelKompetensi,
    ProfilKompetensi,
    StandarKompetensi,
    SumberPenilaian,
    TingkatKompetensi,
    kesenjangan_pegawai,
    periksa_kompetensi,
    rincian_kesenjangan,
)
from birokrasi.contoh import kompetensi as contoh
from birokrasi.contoh import struktur
from birokrasi.errors import InvalidTypeError, InvalidValueError, NotFoundError

L = LevelKompetensi


def test_KOM_GAP_01_dewi_is_one_level_short_of_pengambilan_keputusan() -> None:
    gap = contoh.kesenjangan_dewi()
    assert gap.jabatan.nama == "Pranata Komputer Ahli Muda"
    assert gap.profil is not None
    assert gap.profil.tanggal == dt.date(2024, 3, 12)
    assert [str(k) for k in gap.kurang] == ["Pengambilan Keputusan: needs Level 2, has Level 1"]
    assert not gap.memenuhi
    assert len(gap.rincian) == 11


def test_KOM_GAP_01_level_by_level() -> None:
    a = Kompetensi.teknis("Analisis Statistik")
    b = Kompetensi.manajerial("Integritas")
    c = Kompetensi.sosial_kultural()
    profil = ProfilKompetensi(
        struktur.IRFAN,
        dt.date(2024, 1, 1),
        SumberPenilaian.PENILAIAN_KOMPETENSI,
        [TingkatKompetensi(a, L.LEVEL_4), TingkatKompetensi(b, L.LEVEL_2)],
    )
    syarat = [TingkatKompetensi(c, L.LEVEL_2), TingkatKompetensi(b, L.LEVEL_3),
              TingkatKompetensi(a, L.LEVEL_3)]  # fmt: skip
    hasil = rincian_kesenjangan(syarat, profil)
    assert hasil == (
        Kesenjangan(a, L.LEVEL_3, L.LEVEL_4),
        Kesenjangan(b, L.LEVEL_3, L.LEVEL_2),
        Kesenjangan(c, L.LEVEL_2, None),
    )
    assert [k.selisih for k in hasil] == [1, -1, -2]
    assert [k.terpenuhi for k in hasil] == [True, False, False]
    assert all(not k.terpenuhi for k in rincian_kesenjangan(syarat, None))


@given(bt.standar_kompetensi(max_size=8), bt.profil_kompetensi(max_size=8))
def test_KOM_GAP_01_a_gap_is_exactly_a_level_below_the_standard(
    standar: StandarKompetensi, profil: ProfilKompetensi
) -> None:
    hasil = rincian_kesenjangan(standar.syarat, profil)
    assert [k.kompetensi for k in hasil] == [t.kompetensi for t in standar.syarat]
    for k in hasil:
        punya = profil.level(k.kompetensi)
        assert k.terpenuhi == (punya is not None and punya >= k.dibutuhkan)


def test_KOM_PROFIL_01_and_KOM_GAP_01_findings_of_the_example_agency() -> None:
    temuan = periksa_kompetensi(
        struktur.instansi(), contoh.standar(), contoh.profil(), struktur.TANGGAL_DEMO
    )
    tanpa_penilaian = sorted(p.subjek for p in temuan if p.kode == "KOM-PROFIL-01")
    assert struktur.FAJAR in tanpa_penilaian
    assert struktur.PUTRI in tanpa_penilaian
    assert struktur.DEWI not in tanpa_penilaian
    dewi = [str(p.pesan) for p in temuan if p.subjek == struktur.DEWI]
    assert dewi == ["Pranata Komputer Ahli Muda: Pengambilan Keputusan: needs Level 2, has Level 1"]
    sebelum = periksa_kompetensi(
        struktur.instansi(), contoh.standar(), contoh.profil(), dt.date(2024, 6, 30)
    )
    assert struktur.FAJAR not in [p.subjek for p in sebelum if p.kode == "KOM-PROFIL-01"]


def test_bad_input_raises_library_errors() -> None:
    org = struktur.instansi()
    with pytest.raises(NotFoundError, match=r"^kesenjangan_pegawai: no standard for jabatan"):
        kesenjangan_pegawai(org, struktur.KEPALA_DINAS, struktur.TANGGAL_DEMO, [], [])
    with pytest.raises(NotFoundError, match=r"holds no placement"):
        kesenjangan_pegawai(org, struktur.DEWI, dt.date(2020, 1, 1), contoh.standar(), [])
    with pytest.raises(InvalidValueError, match=r"^standar\[1\]: a second standard"):
        periksa_kompetensi(org, [contoh.standar()[0]] * 2, [], struktur.TANGGAL_DEMO)
    with pytest.raises(InvalidTypeError, match=r"^syarat\[0\]"):
        rincian_kesenjangan(["Integritas"], None)  # type: ignore[list-item]
    with pytest.raises(InvalidTypeError, match=r"^profil: expected"):
        rincian_kesenjangan([], "profil")  # type: ignore[arg-type]


@pytest.mark.bahasa_baku
def test_kom_gap_01_di_bawah_standar_dalam_bahasa_indonesia() -> None:
    temuan = periksa_kompetensi(
        struktur.instansi(), contoh.standar(), contoh.profil(), struktur.TANGGAL_DEMO
    )
    [dewi] = [p for p in temuan if p.subjek == struktur.DEWI]
    assert dewi.pesan.kode == "KOM-GAP-01/di-bawah-standar"
    assert str(dewi.pesan) == (
        "Pranata Komputer Ahli Muda: Pengambilan Keputusan: dibutuhkan Level 2, dimiliki Level 1"
    )
    fajar = [p for p in temuan if p.subjek == struktur.FAJAR and p.kode == "KOM-PROFIL-01"]
    assert str(fajar[0].pesan) == (
        "tidak ada hasil penilaian kompetensi yang berlaku pada 30 Juni 2025 "
        "(hasil berlaku 3 tahun)"
    )
    assert str(
        rincian_kesenjangan([TingkatKompetensi(Kompetensi.teknis("X"), L.LEVEL_1)], None)[0]
    ) == ("X: dibutuhkan Level 1, dimiliki belum dinilai")
