"""The vocabulary of PermenPANRB 38/2017 and the standard of a jabatan (KOM-JENIS-01,
KOM-KAMUS-01, KOM-LEVEL-01, KOM-STANDAR-01)."""

from __future__ import annotations

import pytest
from hypothesis import given

import birokrasi.testing as bt
from birokrasi import (
    Jabatan,
    Jenjang,
    KelompokKompetensi,
    Kompetensi,
    KompetensiManajerial,
    KompetensiSosialKultural,
    LevelKompetensi,
    StandarKompetensi,
    TingkatKompetensi,
    periksa_standar,
)
from birokrasi.errors import InvalidTypeError, InvalidValueError
from birokrasi.katalog import KATALOG
from birokrasi.kompetensi.standar import KOMPETENSI_WAJIB

JABATAN = Jabatan("Statistisi Ahli Muda", Jenjang.AHLI_MUDA)


def _lengkap(level: LevelKompetensi = LevelKompetensi.LEVEL_3) -> list[TingkatKompetensi]:
    return [TingkatKompetensi(k, level) for k in KOMPETENSI_WAJIB]


def test_KOM_JENIS_01_three_groups_in_the_standard_order() -> None:
    assert [k.label for k in KelompokKompetensi] == [
        "Kompetensi Teknis",
        "Kompetensi Manajerial",
        "Kompetensi Sosial Kultural",
    ]
    assert KelompokKompetensi.parse("sosial kultural") is KelompokKompetensi.SOSIAL_KULTURAL


def test_KOM_KAMUS_01_the_nine_named_competencies() -> None:
    """The Lampiran's names, as the nine competencies BKN assesses."""
    assert [k.label for k in KompetensiManajerial] == [
        "Integritas",
        "Kerja Sama",
        "Komunikasi",
        "Orientasi pada Hasil",
        "Pelayanan Publik",
        "Pengembangan Diri dan Orang Lain",
        "Mengelola Perubahan",
        "Pengambilan Keputusan",
    ]
    assert [k.label for k in KompetensiSosialKultural] == ["Perekat Bangsa"]
    assert len(KOMPETENSI_WAJIB) == 9


@pytest.mark.parametrize(
    ("teks", "anggota"),
    [
        ("Kerjasama", KompetensiManajerial.KERJA_SAMA),
        ("pengembangan diri & orang lain", KompetensiManajerial.PENGEMBANGAN_DIRI_DAN_ORANG_LAIN),
        ("ORIENTASI PADA HASIL", KompetensiManajerial.ORIENTASI_PADA_HASIL),
    ],
)
def test_KOM_KAMUS_01_names_found_in_the_wild_are_read(
    teks: str, anggota: KompetensiManajerial
) -> None:
    assert Kompetensi.manajerial(teks) == Kompetensi(KelompokKompetensi.MANAJERIAL, anggota.label)


def test_KOM_KAMUS_01_a_manajerial_competency_must_be_one_of_the_eight() -> None:
    with pytest.raises(InvalidValueError, match=r"^Kompetensi\.nama: 'Kepemimpinan' is not"):
        Kompetensi(KelompokKompetensi.MANAJERIAL, "Kepemimpinan")
    with pytest.raises(InvalidValueError, match=r"^KompetensiManajerial\.parse"):
        Kompetensi.manajerial("Kepemimpinan")
    with pytest.raises(InvalidValueError, match=r"^Kompetensi\.nama"):
        Kompetensi(KelompokKompetensi.SOSIAL_KULTURAL, "Integritas")


def test_teknis_competencies_are_the_instansi_s_keys() -> None:
    assert Kompetensi.teknis("Analisis Statistik").kelompok is KelompokKompetensi.TEKNIS
    assert str(Kompetensi.teknis("Analisis Statistik")) == "Analisis Statistik"
    with pytest.raises(InvalidValueError, match=r"^Kompetensi\.nama"):
        Kompetensi.teknis(" Analisis Statistik")
    with pytest.raises(InvalidTypeError, match=r"^Kompetensi\.kelompok"):
        Kompetensi("Kompetensi Teknis", "Analisis")  # type: ignore[arg-type]


def test_KOM_LEVEL_01_five_levels_ordered() -> None:
    assert [level.angka for level in LevelKompetensi] == [1, 2, 3, 4, 5]
    assert LevelKompetensi.LEVEL_5 > LevelKompetensi.LEVEL_4 > LevelKompetensi.LEVEL_1
    assert LevelKompetensi.dari_angka(4) is LevelKompetensi.LEVEL_4
    assert LevelKompetensi.parse("3") is LevelKompetensi.LEVEL_3
    with pytest.raises(InvalidValueError, match=r"^angka"):
        LevelKompetensi.dari_angka(6)
    with pytest.raises(InvalidTypeError, match=r"^angka"):
        LevelKompetensi.dari_angka(True)


def test_KOM_STANDAR_01_a_complete_standard_has_no_finding() -> None:
    standar = StandarKompetensi(JABATAN, _lengkap())
    assert periksa_standar(standar) == ()


def test_KOM_STANDAR_01_each_missing_named_competency_is_a_finding() -> None:
    syarat = [t for t in _lengkap() if t.kompetensi.nama != "Perekat Bangsa"]
    temuan = periksa_standar(StandarKompetensi(JABATAN, syarat))
    assert [(p.kode, p.subjek, str(p.pesan)) for p in temuan] == [
        (
            "KOM-STANDAR-01",
            "Statistisi Ahli Muda",
            "no level for 'Perekat Bangsa' (Kompetensi Sosial Kultural)",
        )
    ]


def test_standard_lists_each_competency_once_in_the_standard_order() -> None:
    teknis = TingkatKompetensi(Kompetensi.teknis("Analisis Statistik"), LevelKompetensi.LEVEL_3)
    standar = StandarKompetensi(JABATAN, [*_lengkap(), teknis])
    assert standar.syarat[0] == teknis
    assert standar == StandarKompetensi(JABATAN, reversed([*_lengkap(), teknis]))
    assert standar.level(teknis.kompetensi) is LevelKompetensi.LEVEL_3
    assert standar.level(Kompetensi.teknis("Lain")) is None
    with pytest.raises(InvalidValueError, match=r"^StandarKompetensi\.syarat\[1\]: 'Analisis"):
        StandarKompetensi(JABATAN, [teknis, teknis])
    with pytest.raises(InvalidTypeError, match=r"^StandarKompetensi\.syarat\[0\]"):
        StandarKompetensi(JABATAN, ["Integritas"])  # type: ignore[list-item]
    with pytest.raises(InvalidTypeError, match=r"^standar: expected StandarKompetensi"):
        periksa_standar(JABATAN)  # type: ignore[arg-type]


@given(bt.standar_kompetensi(max_size=10))
def test_KOM_STANDAR_01_findings_name_exactly_the_missing_ones(standar: StandarKompetensi) -> None:
    ada = {t.kompetensi for t in standar.syarat}
    kurang = [k for k in KOMPETENSI_WAJIB if k not in ada]
    temuan = periksa_standar(standar)
    assert len(temuan) == len(kurang)
    assert all(repr(k.nama) in str(p.pesan) for k, p in zip(kurang, temuan, strict=True))


def test_rules_are_catalogued() -> None:
    kode = {"KOM-JENIS-01", "KOM-KAMUS-01", "KOM-LEVEL-01", "KOM-STANDAR-01"}
    assert kode <= set(KATALOG)
    assert all(KATALOG[k].dasar.peraturan.singkat == "PermenPANRB 38/2017" for k in kode)
