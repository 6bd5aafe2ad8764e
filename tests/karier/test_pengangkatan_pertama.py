"""Angka kredit of a pengangkatan pertama: a CPNS appointed into a JF (KAR-AK-12)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from birokrasi.errors import InvalidTypeError, InvalidValueError, OutOfWindowError
from birokrasi.karier.pengangkatan import angka_kredit_dasar, angka_kredit_perpindahan
from birokrasi.karier.pengangkatan_pertama import (
    ATURAN,
    angka_kredit_pengangkatan_pertama,
    saldo_awal_pengangkatan_pertama,
)
from birokrasi.karier.saldo import posisi_angka_kredit
from birokrasi.katalog import KATALOG
from birokrasi.kinerja.predikat import Predikat
from birokrasi.struktur.golongan import Golongan
from birokrasi.struktur.jabatan import Jenjang

D = dt.date
J, G, P = Jenjang, Golongan, Predikat
T = D(2024, 3, 1)


def test_rules_are_catalogued() -> None:
    assert [r.kode for r in ATURAN] == ["KAR-AK-12"]
    assert KATALOG["KAR-AK-12"] is ATURAN[0]


def test_kar_ak_12_cpns_predikat_convert_month_by_month() -> None:
    """Pasal (Angka Kredit pengangkatan pertama) ayat (2) and (4): the predikat earned as a
    CPNS, converted in proportion to the months served: 10/12 x 100% x 12,5 + 100% x 12,5."""
    hasil = angka_kredit_pengangkatan_pertama(J.AHLI_PERTAMA, [(P.BAIK, 10), P.BAIK], tanggal=T)
    assert hasil == Fraction(125, 12) + Fraction(25, 2)
    sangat_baik = angka_kredit_pengangkatan_pertama(J.AHLI_MUDA, [P.SANGAT_BAIK], tanggal=T)
    assert sangat_baik == Fraction(75, 2)
    assert angka_kredit_pengangkatan_pertama(J.PEMULA, [], tanggal=T) == 0


def test_kar_ak_12_no_angka_kredit_dasar() -> None:
    """The Angka Kredit Dasar is given on perpindahan, penyesuaian and promosi only: a D-III
    CPNS appointed Terampil with II/c starts with the converted predikat alone, all of which
    counts towards the next pangkat."""
    awal = saldo_awal_pengangkatan_pertama(
        J.TERAMPIL, G.II_C, [(P.BAIK, 6), P.BAIK], tanggal=T, mulai_pangkat=D(2022, 9, 1)
    )
    assert awal.angka_kredit == Fraction(15, 2)
    assert awal.sisa_pangkat is None
    assert (awal.jenjang, awal.golongan, awal.mulai_jenjang) == (J.TERAMPIL, G.II_C, T)
    assert awal.mulai_pangkat == D(2022, 9, 1)
    pindah = angka_kredit_perpindahan(J.TERAMPIL, G.II_C, [(P.BAIK, 6), P.BAIK], tanggal=T)
    assert pindah == awal.angka_kredit + angka_kredit_dasar(J.TERAMPIL, G.II_C, tanggal=T) != 0
    p = posisi_angka_kredit([awal], tanggal=T)
    assert p.angka_kredit_pangkat == Fraction(15, 2)


@pytest.mark.parametrize("jenjang", [J.MAHIR, J.PENYELIA, J.AHLI_MADYA, J.AHLI_UTAMA])
def test_kar_ak_12_only_four_jenjang_take_a_cpns(jenjang: Jenjang) -> None:
    """Ayat (1): pengangkatan pertama is into ahli pertama, ahli muda, pemula or terampil."""
    with pytest.raises(InvalidValueError, match=rf"^jenjang: {jenjang.label} .*KAR-AK-12"):
        angka_kredit_pengangkatan_pertama(jenjang, [P.BAIK], tanggal=T)


def test_kar_ak_12_golongan_of_the_jenjang() -> None:
    with pytest.raises(InvalidValueError, match=r"^golongan: III/c is not a golongan of Ahli"):
        saldo_awal_pengangkatan_pertama(J.AHLI_PERTAMA, G.III_C, [P.BAIK], tanggal=T)
    with pytest.raises(InvalidTypeError, match=r"^golongan: "):
        saldo_awal_pengangkatan_pertama(J.AHLI_PERTAMA, "III/a", [P.BAIK], tanggal=T)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kw", "galat", "pesan"),
    [
        ({"predikat": P.BAIK}, InvalidTypeError, r"^predikat: expected Iterable\[Predikat"),
        ({"predikat": [(P.BAIK, 0)]}, InvalidValueError, r"^predikat\[0\]: "),
        ({"jenjang": J.PELAKSANA}, InvalidValueError, r"^jenjang: Pelaksana"),
        ({"jenjang": "Ahli Pertama"}, InvalidTypeError, r"^jenjang: "),
        ({"tanggal": D(2022, 12, 31)}, OutOfWindowError, "KAR-AK"),
    ],
)
def test_kar_ak_12_bad_arguments(kw: dict[str, object], galat: type, pesan: str) -> None:
    base: dict[str, object] = {"jenjang": J.AHLI_PERTAMA, "predikat": [P.BAIK], "tanggal": T}
    base.update(kw)
    with pytest.raises(galat, match=pesan):
        angka_kredit_pengangkatan_pertama(**base)  # type: ignore[arg-type]
