"""KAR-AK-01, KAR-AK-05: an agency's own angka kredit table, passed as ``tabel=``, is the
table every calculation of ``karier`` reads, down to the helpers it calls."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest

from birokrasi.errors import InvalidTypeError, InvalidValueError, OutOfWindowError
from birokrasi.karier.integrasi import (
    NilaiDasarIntegrasi,
    periksa_angka_kredit_integrasi,
    saldo_awal_integrasi,
)
from birokrasi.karier.kenaikan import periksa_kenaikan_jenjang, periksa_kenaikan_pangkat
from birokrasi.karier.konversi import akumulasi_angka_kredit, angka_kredit, angka_kredit_pendidikan
from birokrasi.karier.pengangkatan import (
    angka_kredit_dasar,
    angka_kredit_perpindahan,
    saldo_awal_perpindahan,
)
from birokrasi.karier.pengangkatan_pertama import (
    angka_kredit_pengangkatan_pertama,
    saldo_awal_pengangkatan_pertama,
)
from birokrasi.karier.penyesuaian import (
    TabelAngkaKreditPenyesuaian,
    angka_kredit_penyesuaian,
    saldo_awal_penyesuaian,
)
from birokrasi.karier.promosi import angka_kredit_promosi, saldo_awal_promosi
from birokrasi.karier.proyeksi import proyeksi_kenaikan
from birokrasi.karier.saldo import (
    HasilKinerja,
    KenaikanJenjang,
    KenaikanPangkat,
    PosisiAngkaKredit,
    SaldoAwal,
    TambahanPendidikan,
    posisi_angka_kredit,
)
from birokrasi.karier.tabel_ak import (
    TABEL_ANGKA_KREDIT,
    TABEL_ANGKA_KREDIT_2023,
    TabelAngkaKredit,
    _mapping_angka,
    akk_kenaikan_jenjang,
    akk_kenaikan_pangkat,
    koefisien_angka_kredit,
    tabel_angka_kredit,
)
from birokrasi.kinerja.predikat import Predikat
from birokrasi.struktur.golongan import Golongan
from birokrasi.struktur.jabatan import Jenjang

T = dt.date(2024, 6, 1)
J, G, P = Jenjang, Golongan, Predikat


def _kali_dua(isi: dict[Jenjang, Decimal]) -> dict[Jenjang, Decimal]:
    return {k: 2 * x for k, x in isi.items()}


GANDA = attrs.evolve(
    TABEL_ANGKA_KREDIT_2023,
    koefisien=_kali_dua(dict(TABEL_ANGKA_KREDIT_2023.koefisien)),
    akk_pangkat=_kali_dua(dict(TABEL_ANGKA_KREDIT_2023.akk_pangkat)),
    akk_jenjang=_kali_dua(dict(TABEL_ANGKA_KREDIT_2023.akk_jenjang)),
)
"""The 2023 table with every koefisien and AKK doubled: every credit computed from it doubles."""

TANPA_MADYA = attrs.evolve(
    TABEL_ANGKA_KREDIT_2023,
    koefisien={j: k for j, k in TABEL_ANGKA_KREDIT_2023.koefisien.items() if j is not J.AHLI_MADYA},
    akk_pangkat={
        j: k for j, k in TABEL_ANGKA_KREDIT_2023.akk_pangkat.items() if j is not J.AHLI_MADYA
    },
    akk_jenjang={
        j: k for j, k in TABEL_ANGKA_KREDIT_2023.akk_jenjang.items() if j is not J.AHLI_MADYA
    },
)
"""An agency table without Ahli Madya: a calculation for that jenjang must refuse it."""

Hitung = Callable[[TabelAngkaKredit | None], Fraction | Decimal | SaldoAwal]
_PREDIKAT = [P.BAIK, (P.SANGAT_BAIK, 6)]
_PENYESUAIAN = TabelAngkaKreditPenyesuaian(T, {G.IV_B: {"S-2": (40, 50)}})

BERLIPAT: dict[str, Hitung] = {
    "koefisien_angka_kredit": lambda t: koefisien_angka_kredit(J.AHLI_MADYA, tanggal=T, tabel=t),
    "akk_kenaikan_pangkat": lambda t: akk_kenaikan_pangkat(J.AHLI_MADYA, tanggal=T, tabel=t),
    "akk_kenaikan_jenjang": lambda t: akk_kenaikan_jenjang(J.AHLI_MADYA, tanggal=T, tabel=t),
    "angka_kredit": lambda t: angka_kredit(J.AHLI_MADYA, P.BAIK, bulan=5, tanggal=T, tabel=t),
    "angka_kredit_pendidikan": lambda t: angka_kredit_pendidikan(
        J.AHLI_MADYA, P.BAIK, tanggal=T, tabel=t
    ),
    "akumulasi_angka_kredit": lambda t: akumulasi_angka_kredit(
        [(J.AHLI_MADYA, P.BAIK, 12, dt.date(2024, 12, 31))], tabel=t
    ),
    "angka_kredit_dasar": lambda t: angka_kredit_dasar(J.AHLI_MADYA, G.IV_B, tanggal=T, tabel=t),
    "angka_kredit_perpindahan": lambda t: angka_kredit_perpindahan(
        J.AHLI_MADYA, G.IV_B, _PREDIKAT, tanggal=T, tabel=t
    ),
    "angka_kredit_perpindahan puncak": lambda t: angka_kredit_perpindahan(
        J.AHLI_MADYA, G.IV_B, _PREDIKAT * 3, tanggal=T, pangkat_puncak=True, tabel=t
    ),
    "angka_kredit_promosi": lambda t: angka_kredit_promosi(
        J.AHLI_MADYA, G.IV_B, _PREDIKAT, tanggal=T, tabel=t
    ),
    "angka_kredit_promosi dasar": lambda t: angka_kredit_promosi(
        J.AHLI_MADYA, G.IV_B, _PREDIKAT, tanggal=T, tambah_dasar=True, tabel=t
    ),
    "angka_kredit_pengangkatan_pertama": lambda t: angka_kredit_pengangkatan_pertama(
        J.AHLI_PERTAMA, _PREDIKAT, tanggal=T, tabel=t
    ),
    "saldo_awal_perpindahan": lambda t: saldo_awal_perpindahan(
        J.AHLI_MADYA, G.IV_B, _PREDIKAT, tanggal=T, tabel=t
    ),
    "saldo_awal_promosi": lambda t: saldo_awal_promosi(
        J.AHLI_MADYA, G.IV_B, _PREDIKAT, tanggal=T, tambah_dasar=True, tabel=t
    ),
    "saldo_awal_pengangkatan_pertama": lambda t: saldo_awal_pengangkatan_pertama(
        J.AHLI_PERTAMA, G.III_A, _PREDIKAT, tanggal=T, tabel=t
    ),
}


def _kredit(hasil: Fraction | Decimal | SaldoAwal) -> tuple[Fraction | Decimal | None, ...]:
    if isinstance(hasil, SaldoAwal):
        return (hasil.angka_kredit, hasil.sisa_pangkat)
    return (hasil,)


@pytest.mark.parametrize("nama", BERLIPAT)
def test_kar_ak_01_doubled_table_doubles_every_credit(nama: str) -> None:
    biasa, ganda = _kredit(BERLIPAT[nama](None)), _kredit(BERLIPAT[nama](GANDA))
    assert biasa[0]
    assert ganda == tuple(None if x is None else 2 * x for x in biasa)


def test_kar_ak_13_penyesuaian_reads_the_dasar_from_the_agency_table() -> None:
    """The penyesuaian table's value stays; the Angka Kredit Dasar added to it doubles."""

    def hitung(t: TabelAngkaKredit | None) -> SaldoAwal:
        return saldo_awal_penyesuaian(
            J.AHLI_MADYA, G.IV_B, "S-2", tanggal=T, mulai_pangkat=dt.date(2020, 4, 1),
            tabel_penyesuaian=_PENYESUAIAN, tabel=t,
        )  # fmt: skip

    dasar = angka_kredit_dasar(J.AHLI_MADYA, G.IV_B, tanggal=T)
    assert (hitung(None).angka_kredit, hitung(None).sisa_pangkat) == (50 + dasar, 50)
    assert (hitung(GANDA).angka_kredit, hitung(GANDA).sisa_pangkat) == (50 + 2 * dasar, 50)
    ganda = angka_kredit_penyesuaian(
        J.AHLI_MADYA, G.IV_B, "S-2", tanggal=T, mulai_pangkat=dt.date(2020, 4, 1),
        tabel_penyesuaian=_PENYESUAIAN, tabel=GANDA,
    )  # fmt: skip
    assert ganda == 50 + 2 * dasar


@pytest.mark.parametrize("nama", [n for n in BERLIPAT if "pengangkatan_pertama" not in n])
def test_kar_ak_01_a_jenjang_missing_from_the_agency_table_is_refused(nama: str) -> None:
    with pytest.raises(InvalidValueError, match=r"no koefisien for Ahli Madya \(KAR-AK-01\)"):
        BERLIPAT[nama](TANPA_MADYA)


def test_kar_kp_01_kj_01_the_checks_read_the_akk_of_the_agency_table() -> None:
    """A pegawai who meets the 2023 AKK for a kenaikan falls short of the doubled one."""

    def posisi(golongan: Golongan, ak: int) -> PosisiAngkaKredit:
        awal = SaldoAwal(dt.date(2023, 1, 1), J.AHLI_PERTAMA, golongan, Fraction(ak))
        tahun = [HasilKinerja(J.AHLI_PERTAMA, P.BAIK, 12, dt.date(t, 12, 31)) for t in (2023, 2024)]
        return posisi_angka_kredit([awal, *tahun], tanggal=dt.date(2025, 1, 1))

    syarat = {"lowongan": True, "lulus_uji_kompetensi": True}
    jenjang, pangkat = posisi(G.III_B, 90), posisi(G.III_A, 30)
    assert periksa_kenaikan_jenjang(jenjang, "nip", **syarat) == ()
    assert periksa_kenaikan_pangkat(pangkat, "nip") == ()
    for temuan in (
        periksa_kenaikan_jenjang(jenjang, "nip", **syarat, tabel=GANDA),
        periksa_kenaikan_pangkat(pangkat, "nip", tabel=GANDA),
    ):
        assert ["below the AKK" in t.pesan.teks() for t in temuan] == [True]


def test_kar_ak_05_the_projection_reads_the_agency_table() -> None:
    """Doubled koefisien and doubled AKK: twice the credit a month, the same months."""
    p = posisi_angka_kredit([SaldoAwal(T, J.AHLI_PERTAMA, G.III_A)], tanggal=T)
    baku, ganda = proyeksi_kenaikan(p, P.BAIK), proyeksi_kenaikan(p, P.BAIK, tabel=GANDA)
    assert ganda == attrs.evolve(baku, per_bulan=2 * baku.per_bulan)


def test_kar_ak_09_10_the_integration_band_is_the_agency_table_s() -> None:
    """Doubled: the band of IV/b in Ahli Madya is 300-600, below which 150.63 falls."""
    kw = {"jenjang": J.AHLI_MADYA, "golongan": G.IV_B, "tanggal": dt.date(2023, 6, 30)}
    assert periksa_angka_kredit_integrasi(Decimal("550.63"), "x", **kw) == ()  # type: ignore[arg-type]
    [temuan] = periksa_angka_kredit_integrasi(Decimal("550.63"), "x", **kw, tabel=GANDA)  # type: ignore[arg-type]
    assert "outside the band 300-600 of IV/b" in temuan.pesan.teks()
    with pytest.raises(InvalidValueError, match=r"is below 300, the floor"):
        saldo_awal_integrasi(Decimal("550.63"), **kw, tabel=GANDA)  # type: ignore[arg-type]


# -- pinned by mutation testing (issue 15 §5) ----------------------------------------------


def test_kar_ak_01_table_validator_names_the_field_and_refuses_bad_entries() -> None:
    """The validator of a table's mappings, built here so that mutation testing sees it (the
    table class builds its own at import)."""

    tabel = TABEL_ANGKA_KREDIT[0]
    medan = attrs.fields(TabelAngkaKredit).koefisien
    periksa = _mapping_angka(Jenjang)
    periksa(tabel, medan, {Jenjang.AHLI_MUDA: Decimal("25")})
    salah: list[tuple[object, type[Exception], str]] = [
        (5, InvalidTypeError, "TabelAngkaKredit.koefisien: expected a mapping, got 5 (int)"),
        ({Predikat.BAIK: Decimal(1)}, InvalidTypeError,
         "TabelAngkaKredit.koefisien: keys must be Jenjang, got <Predikat.BAIK: 'Baik'>"),
        ({"x": Decimal(1)}, InvalidTypeError,
         "TabelAngkaKredit.koefisien: keys must be Jenjang, got 'x' (str)"),
        ({Jenjang.AHLI_MUDA: Decimal(0)}, InvalidValueError,
         "TabelAngkaKredit.koefisien[AHLI_MUDA]: must be > 0, got 0"),
        ({Jenjang.AHLI_MUDA: 1}, InvalidTypeError, "TabelAngkaKredit.koefisien[AHLI_MUDA]: "),
    ]  # fmt: skip
    for nilai, galat, pesan in salah:
        with pytest.raises(galat) as info:
            periksa(tabel, medan, nilai)
        assert str(info.value).startswith(pesan), (nilai, str(info.value))


def test_kar_ak_01_tables_given_are_checked_and_one_must_be_in_force() -> None:

    with pytest.raises(InvalidTypeError) as galat:
        tabel_angka_kredit(dt.date(2024, 1, 1), tabel=5)  # type: ignore[arg-type]
    assert str(galat.value) == "tabel[0]: expected TabelAngkaKredit, got 5 (int)"
    nanti = attrs.evolve(TABEL_ANGKA_KREDIT[0], berlaku_sejak=dt.date(2025, 1, 1))
    with pytest.raises(OutOfWindowError) as belum:
        tabel_angka_kredit(dt.date(2024, 1, 1), tabel=[nanti])
    assert str(belum.value) == "tabel: no angka kredit table in force on 2024-01-01 (KAR-AK-01)"


def test_kar_ak_05_the_ledger_reads_the_agency_table() -> None:
    """Doubled koefisien: the results and the degree credit twice as much; doubled AKK: a
    kenaikan pangkat the 2023 table allows is refused, on the day of a kenaikan jenjang too."""
    awal = SaldoAwal(dt.date(2023, 1, 1), J.AHLI_PERTAMA, G.III_A)
    riwayat = [
        awal,
        HasilKinerja(J.AHLI_PERTAMA, P.BAIK, 12, dt.date(2023, 12, 31)),
        TambahanPendidikan(dt.date(2024, 1, 5), P.BAIK),
    ]
    baku = posisi_angka_kredit(riwayat, tanggal=T)
    ganda = posisi_angka_kredit(riwayat, tanggal=T, tabel=GANDA)
    assert ganda.angka_kredit_jenjang == 2 * baku.angka_kredit_jenjang > 0
    akk = akk_kenaikan_pangkat(J.AHLI_PERTAMA, tanggal=T)
    cukup = SaldoAwal(dt.date(2023, 1, 1), J.AHLI_PERTAMA, G.III_A, akk)
    naik = [cukup, KenaikanPangkat(T, G.III_B)]
    assert posisi_angka_kredit(naik, tanggal=T).golongan is G.III_B
    with pytest.raises(InvalidValueError, match=r"does not reach the AKK"):
        posisi_angka_kredit(naik, tanggal=T, tabel=GANDA)
    jenjang = [
        attrs.evolve(cukup, golongan=G.III_B),
        KenaikanJenjang(T, J.AHLI_MUDA),
        KenaikanPangkat(T, G.III_C),
    ]
    assert posisi_angka_kredit(jenjang, tanggal=T).golongan is G.III_C
    with pytest.raises(InvalidValueError, match=r"credit before the kenaikan jenjang"):
        posisi_angka_kredit(jenjang, tanggal=T, tabel=GANDA)


def test_kar_ak_pengangkatan_and_penyesuaian_start_in_the_golongan_given() -> None:
    """The starting balance of a transfer keeps its golongan and the top-of-range choice
    (a transfer at the top of its range counts differently); so does an adjustment's
    (pinned by mutation testing, issue 15 §5)."""
    predikat = _PREDIKAT * 3
    for puncak in (False, True):
        awal = saldo_awal_perpindahan(
            J.AHLI_MADYA, G.IV_B, predikat, tanggal=T, pangkat_puncak=puncak
        )
        ak = angka_kredit_perpindahan(
            J.AHLI_MADYA, G.IV_B, predikat, tanggal=T, pangkat_puncak=puncak
        )
        assert (awal.golongan, awal.angka_kredit) == (G.IV_B, ak)
    baku = saldo_awal_perpindahan(J.AHLI_MADYA, G.IV_B, predikat, tanggal=T)
    assert baku.angka_kredit == angka_kredit_perpindahan(J.AHLI_MADYA, G.IV_B, predikat, tanggal=T)
    sesuai = saldo_awal_penyesuaian(
        J.AHLI_MADYA, G.IV_B, "S-2", tanggal=T, mulai_pangkat=dt.date(2020, 4, 1),
        tabel_penyesuaian=_PENYESUAIAN,
    )  # fmt: skip
    assert (sesuai.golongan, sesuai.mulai_pangkat) == (G.IV_B, dt.date(2020, 4, 1))


def test_kar_ak_09_a_nilai_dasar_may_be_zero_or_a_fraction() -> None:
    nilai = {G.III_A: Fraction(0), G.III_B: Fraction(1, 2)}
    assert NilaiDasarIntegrasi(dt.date(2023, 1, 1), nilai).nilai == nilai
    with pytest.raises(InvalidValueError, match=r"\[III/a\]: negative \(-1\)"):
        NilaiDasarIntegrasi(dt.date(2023, 1, 1), {G.III_A: Fraction(-1)})
