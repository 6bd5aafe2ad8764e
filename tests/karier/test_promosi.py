"""Angka kredit given on a pengangkatan through promosi into a JF (KAR-AK-14): the converted
predikat, to which the Angka Kredit Dasar may be added."""

from __future__ import annotations

import datetime as dt

import pytest

from birokrasi.errors import InvalidTypeError, InvalidValueError
from birokrasi.karier.promosi import ATURAN, angka_kredit_promosi, saldo_awal_promosi
from birokrasi.karier.saldo import posisi_angka_kredit
from birokrasi.katalog import KATALOG
from birokrasi.kinerja.predikat import Predikat
from birokrasi.struktur.golongan import Golongan
from birokrasi.struktur.jabatan import Jenjang

D = dt.date
J, G, P = Jenjang, Golongan, Predikat
T = D(2024, 3, 1)


def test_rules_are_catalogued() -> None:
    assert [r.kode for r in ATURAN] == ["KAR-AK-14"]
    assert KATALOG["KAR-AK-14"] is ATURAN[0]


def test_kar_ak_14_converted_predikat_without_dasar_by_default() -> None:
    """'ditetapkan berdasarkan konversi Predikat Kinerja dan dapat ditambah dengan Angka Kredit
    Dasar': the Dasar is the authority's option, off unless asked for."""
    dua = [P.BAIK, P.BAIK]
    assert angka_kredit_promosi(J.AHLI_MADYA, G.IV_B, dua, tanggal=T) == 75
    assert angka_kredit_promosi(J.AHLI_MADYA, G.IV_B, dua, tanggal=T, tambah_dasar=True) == 225
    assert angka_kredit_promosi(J.AHLI_MADYA, G.IV_A, dua, tanggal=T, tambah_dasar=True) == 75


def test_kar_ak_14_starts_the_ledger() -> None:
    awal = saldo_awal_promosi(
        J.AHLI_MADYA, G.IV_B, [(P.SANGAT_BAIK, 6)], tanggal=T, tambah_dasar=True,
        mulai_pangkat=D(2021, 4, 1),
    )  # fmt: skip
    assert (awal.angka_kredit, awal.sisa_pangkat) == (150 + 28.125, 28.125)
    assert (awal.mulai_jenjang, awal.mulai_pangkat) == (T, D(2021, 4, 1))
    assert (awal.tanggal, awal.jenjang, awal.golongan) == (T, J.AHLI_MADYA, G.IV_B)
    assert posisi_angka_kredit([awal], tanggal=T).angka_kredit_pangkat == 28.125
    tanpa = saldo_awal_promosi(J.AHLI_MADYA, G.IV_B, [(P.SANGAT_BAIK, 6)], tanggal=T)
    assert (tanpa.angka_kredit, tanpa.sisa_pangkat) == (28.125, 28.125)


@pytest.mark.parametrize(
    ("kw", "galat", "pesan"),
    [
        (
            {"golongan": G.III_D},
            InvalidValueError,
            r"^golongan: III/d is not a golongan of Ahli Madya",
        ),
        ({"tambah_dasar": 1}, InvalidTypeError, r"^tambah_dasar: "),
        ({"predikat": [None]}, InvalidTypeError, r"^predikat\[0\]: "),
        ({"jenjang": J.JPT_PRATAMA}, InvalidValueError, r"^jenjang: "),
    ],
)
def test_bad_arguments(kw: dict[str, object], galat: type, pesan: str) -> None:
    base: dict[str, object] = {
        "jenjang": J.AHLI_MADYA,
        "golongan": G.IV_B,
        "predikat": [P.BAIK],
        "tanggal": T,
    }
    base.update(kw)
    with pytest.raises(galat, match=pesan):
        angka_kredit_promosi(**base)  # type: ignore[arg-type]
