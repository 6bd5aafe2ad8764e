"""An error message always builds, whatever number it names.

``str`` refuses an int (and so a Fraction) past Python's 4300-digit limit, so a message that
formats the bad value with ``{x}`` raised ``ValueError`` instead of the library's error. Each
case below was found by ``make fuzz`` (tests/fuzz/fuzz_publik.py); the messages now render the
value with ``_validasi.render``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from fractions import Fraction

import pytest

from birokrasi import (
    KURVA_DISTRIBUSI,
    Golongan,
    Jenjang,
    KebijakanSistemKerja,
    KriteriaPenghargaan,
    NilaiDasarIntegrasi,
    Predikat,
    PredikatOrganisasi,
    SaldoAwal,
    TabelAngkaKreditPenyesuaian,
    angka_kredit_integrasi,
    periksa_distribusi_banyak,
)
from birokrasi.errors import InvalidValueError

BESAR = 10**5000
NEGATIF = Fraction(-BESAR, 3)
T = dt.date(2024, 1, 1)

KASUS: dict[str, Callable[[], object]] = {
    "nilai_dasar_integrasi": lambda: NilaiDasarIntegrasi(T, {Golongan.III_A: NEGATIF}),
    "akumulasi_konvensional": lambda: angka_kredit_integrasi(
        NEGATIF, jenjang=Jenjang.AHLI_MUDA, golongan=Golongan.III_C, tanggal=T
    ),
    "tabel_penyesuaian": lambda: TabelAngkaKreditPenyesuaian(
        T, {Golongan.III_A: {"S1": (NEGATIF,)}}
    ),
    "saldo_awal": lambda: SaldoAwal(T, Jenjang.AHLI_PERTAMA, Golongan.III_A, NEGATIF),
    "sisa_pangkat": lambda: SaldoAwal(
        T, Jenjang.AHLI_PERTAMA, Golongan.III_A, Fraction(BESAR), sisa_pangkat=Fraction(BESAR * 10)
    ),
    "batas_alokasi": lambda: KebijakanSistemKerja(batas_alokasi=NEGATIF),
    "jumlah_per_unit": lambda: periksa_distribusi_banyak(
        {"U": PredikatOrganisasi.BAIK}, {"U": {Predikat.BAIK: -BESAR}}, tanggal=T
    ),
    "jumlah_pegawai": lambda: KURVA_DISTRIBUSI[0].batas(-BESAR),
    "tahun_berturut": lambda: KriteriaPenghargaan("K", "Piagam", Predikat.BAIK, BESAR),
}


@pytest.mark.parametrize("buat", KASUS.values(), ids=KASUS.keys())
def test_pesan_bilangan_besar_dapat_dibangun(buat: Callable[[], object]) -> None:
    """The message builds in both languages and never carries the whole number: the value
    is named by its type, or its digits are cut after 60 characters."""
    with pytest.raises(InvalidValueError) as info:
        buat()
    for bahasa in ("en", "id"):
        teks = info.value.teks(bahasa)
        assert "cannot be shown" in teks or "..." in teks
        assert len(teks) < 500
