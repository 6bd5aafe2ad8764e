"""The angka kredit ledger, kenaikan pangkat/jenjang checks and projection (KAR-AK-07/08,
KAR-KP-01, KAR-KJ-01, KAR-KJ-02)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from birokrasi.errors import BirokrasiError, InvalidTypeError, InvalidValueError, OutOfWindowError
from birokrasi.karier.kenaikan import ATURAN as ATURAN_KENAIKAN
from birokrasi.karier.kenaikan import (
    PredikatDibaca,
    periksa_kenaikan_jenjang,
    periksa_kenaikan_pangkat,
)
from birokrasi.karier.konversi import HasilKinerja, bulatkan_angka_kredit
from birokrasi.karier.proyeksi import proyeksi_kenaikan
from birokrasi.karier.saldo import ATURAN as ATURAN_SALDO
from birokrasi.karier.saldo import (
    KenaikanJenjang,
    KenaikanPangkat,
    PosisiAngkaKredit,
    SaldoAwal,
    TambahanPendidikan,
    posisi_angka_kredit,
)
from birokrasi.karier.tabel_ak import akk_kenaikan_jenjang, akk_kenaikan_pangkat
from birokrasi.katalog import KATALOG
from birokrasi.kinerja.penilaian.evaluasi import JenisEvaluasi
from birokrasi.kinerja.predikat import Predikat
from birokrasi.struktur.golongan import Golongan
from birokrasi.struktur.jabatan import Jenjang

ATURAN = ATURAN_SALDO + ATURAN_KENAIKAN  # the rules of both modules (proyeksi has none)
D = dt.date
J, P, G = Jenjang, Predikat, Golongan
AWAL = SaldoAwal(D(2023, 1, 1), J.AHLI_PERTAMA, G.III_A)
UTAMA = SaldoAwal(D(2023, 1, 1), J.AHLI_UTAMA, G.IV_D)
PPPK = SaldoAwal(D(2023, 1, 1), J.AHLI_PERTAMA, None)
KJ = KenaikanJenjang(D(2024, 2, 1), J.AHLI_MUDA)
PERIODIK, TAHUNAN = JenisEvaluasi.PERIODIK, JenisEvaluasi.TAHUNAN


def _tahun(
    tahun: int, predikat: Predikat = P.BAIK, jenjang: Jenjang = J.AHLI_PERTAMA
) -> HasilKinerja:
    return HasilKinerja(jenjang, predikat, 12, D(tahun, 12, 31))


def test_rules_are_catalogued() -> None:
    for rule in ATURAN:
        assert KATALOG[rule.kode] is rule


def test_kar_ak_08_surplus_carries_over_after_kp() -> None:
    riwayat = [AWAL, _tahun(2023, P.SANGAT_BAIK), _tahun(2024, P.SANGAT_BAIK),
               _tahun(2025, P.SANGAT_BAIK), KenaikanPangkat(D(2026, 4, 1), G.III_B)]  # fmt: skip
    sebelum = posisi_angka_kredit(riwayat, tanggal=D(2026, 3, 31))
    assert sebelum.angka_kredit_pangkat == Fraction(225, 4)
    sesudah = posisi_angka_kredit(riwayat, tanggal=D(2026, 4, 1))
    assert sesudah.golongan is G.III_B
    assert sesudah.angka_kredit_pangkat == Fraction(225, 4) - 50
    assert sesudah.angka_kredit_jenjang == Fraction(225, 4)
    assert sesudah.mulai_pangkat == D(2026, 4, 1)


def test_kar_ak_07_reset_on_kenaikan_jenjang() -> None:
    riwayat = [
        SaldoAwal(D(2024, 1, 1), J.AHLI_PERTAMA, G.III_B, Fraction(90), sisa_pangkat=Fraction(40)),
        _tahun(2024),
        KenaikanJenjang(D(2025, 2, 1), J.AHLI_MUDA),
        KenaikanPangkat(D(2025, 2, 1), G.III_C),  # same day: uses the credit before the KJ
        _tahun(2025, jenjang=J.AHLI_MUDA),
    ]
    p = posisi_angka_kredit(riwayat, tanggal=D(2025, 12, 31))
    assert (p.jenjang, p.golongan) == (J.AHLI_MUDA, G.III_C)
    assert p.angka_kredit_jenjang == p.angka_kredit_pangkat == 25
    assert p.mulai_jenjang == p.mulai_pangkat == D(2025, 2, 1)
    assert len(p.hasil) == 1


def test_kar_ak_06_degree_credit_once() -> None:
    riwayat = [AWAL, TambahanPendidikan(D(2023, 6, 1), P.BAIK)]
    assert posisi_angka_kredit(riwayat, tanggal=D(2023, 6, 1)).angka_kredit_jenjang == Fraction(
        25, 2
    )
    with pytest.raises(InvalidValueError, match="once"):
        posisi_angka_kredit(
            [*riwayat, TambahanPendidikan(D(2023, 7, 1), P.BAIK)], tanggal=D(2024, 1, 1)
        )


@pytest.mark.parametrize(
    ("riwayat", "pesan"),
    [
        ([], "starts with a SaldoAwal"),
        ([_tahun(2023)], "starts with a SaldoAwal"),
        ([AWAL, attrs.evolve(AWAL, angka_kredit=Fraction(1))], "second SaldoAwal"),
        ([AWAL, _tahun(2022)], "before the ledger starts"),
        ([AWAL, _tahun(2023, jenjang=J.AHLI_MUDA)], "record the KenaikanJenjang"),
        ([AWAL, KenaikanPangkat(D(2023, 6, 1), G.III_B)], "does not reach"),
        ([AWAL, KenaikanPangkat(D(2023, 6, 1), G.III_C)], "not one step"),
        ([AWAL, KenaikanJenjang(D(2023, 6, 1), J.AHLI_MADYA)], "not the jenjang above"),
        ([UTAMA, KenaikanJenjang(D(2023, 6, 1), J.AHLI_UTAMA)], "not the jenjang above"),
        ([PPPK, KenaikanPangkat(D(2023, 6, 1), G.III_B)], "no golongan"),
        ([AWAL, _tahun(2023), KJ, KenaikanPangkat(KJ.tanggal, G.III_B)], "before the kenaikan"),
    ],
)  # fmt: skip
def test_ledger_refuses_inconsistent_history(riwayat: list[object], pesan: str) -> None:
    with pytest.raises(InvalidValueError, match=pesan):
        posisi_angka_kredit(riwayat, tanggal=D(2030, 1, 1))  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [None, "x", [AWAL, object()], [AWAL, 3]])
def test_ledger_bad_input_raises_birokrasi_error(bad: object) -> None:
    with pytest.raises(BirokrasiError):
        posisi_angka_kredit(bad, tanggal=D(2030, 1, 1))  # type: ignore[arg-type]


def test_ledger_date_before_start() -> None:
    with pytest.raises(InvalidValueError, match="before the ledger starts"):
        posisi_angka_kredit([AWAL], tanggal=D(2022, 1, 1))


@pytest.mark.parametrize(
    "kw",
    [
        {"jenjang": J.PELAKSANA},
        {"angka_kredit": -1},
        {"sisa_pangkat": Fraction(5)},
        {"mulai_jenjang": D(2024, 1, 1)},
    ],
)
def test_saldo_awal_rejects(kw: dict[str, object]) -> None:
    base: dict[str, object] = {
        "tanggal": D(2023, 1, 1),
        "jenjang": J.AHLI_PERTAMA,
        "golongan": None,
    }
    base.update(kw)
    with pytest.raises(InvalidValueError, match="SaldoAwal"):
        SaldoAwal(**base)  # type: ignore[arg-type]


def test_saldo_awal_angka_kredit_is_exact() -> None:
    """Like every exact amount of the library: int and Decimal convert, a float is refused."""
    awal = {"tanggal": D(2023, 1, 1), "jenjang": J.AHLI_PERTAMA, "golongan": None}
    assert SaldoAwal(**awal, angka_kredit=12).angka_kredit == Fraction(12)  # type: ignore[arg-type]
    assert SaldoAwal(**awal, angka_kredit=Decimal("12.5")).angka_kredit == Fraction(25, 2)  # type: ignore[arg-type]
    with pytest.raises(
        InvalidTypeError, match=r"^SaldoAwal\.angka_kredit: expected an exact number"
    ):
        SaldoAwal(**awal, angka_kredit=12.5)  # type: ignore[arg-type]


def test_ledger_accepts_tuples() -> None:
    p = posisi_angka_kredit(
        [AWAL, (J.AHLI_PERTAMA, P.BAIK, 6, D(2023, 6, 30))], tanggal=D(2023, 7, 1)
    )
    assert p.angka_kredit_jenjang == Fraction(25, 4)


def test_kar_kp_01_reports_every_missing_condition() -> None:
    awal = SaldoAwal(D(2023, 1, 1), J.AHLI_PERTAMA, G.III_A)
    p = posisi_angka_kredit([awal, _tahun(2023, P.KURANG)], tanggal=D(2024, 1, 1))
    pesan = [x.pesan.teks() for x in periksa_kenaikan_pangkat(p, "nip")]
    assert any("below the AKK" in m for m in pesan)
    assert any("less than 2" in m for m in pesan)
    assert any("below Baik" in m for m in pesan)
    assert {x.kode for x in periksa_kenaikan_pangkat(p, "nip")} == {"KAR-KP-01"}


def test_kar_kp_01_met() -> None:
    riwayat = [AWAL, *(_tahun(t) for t in range(2023, 2027))]
    p = posisi_angka_kredit(riwayat, tanggal=D(2027, 1, 1))
    assert periksa_kenaikan_pangkat(p, "nip") == ()
    kosong = posisi_angka_kredit([AWAL], tanggal=D(2027, 1, 1))
    assert any(
        "no annual predikat" in x.pesan.teks() for x in periksa_kenaikan_pangkat(kosong, "nip")
    )


def test_kar_kp_01_top_of_range_and_pppk() -> None:
    atas = SaldoAwal(D(2023, 1, 1), J.AHLI_PERTAMA, G.III_B, Fraction(60))
    p = posisi_angka_kredit([atas, _tahun(2023), _tahun(2024)], tanggal=D(2025, 1, 1))
    assert any("top of" in x.pesan.teks() for x in periksa_kenaikan_pangkat(p, "nip"))
    assert (
        periksa_kenaikan_pangkat(p, "nip", melampaui_rentang=True, lulus_uji_kompetensi=True) == ()
    )
    pppk = SaldoAwal(D(2023, 1, 1), J.AHLI_PERTAMA, None)
    q = posisi_angka_kredit([pppk], tanggal=D(2025, 1, 1))
    assert "PPPK" in periksa_kenaikan_pangkat(q, "nip")[0].pesan.teks()


def test_kar_kj_01_reports_every_missing_condition() -> None:
    p = posisi_angka_kredit([AWAL, _tahun(2023, P.BUTUH_PERBAIKAN)], tanggal=D(2023, 12, 31))
    hasil = periksa_kenaikan_jenjang(p, "nip", lowongan=False, lulus_uji_kompetensi=False)
    pesan = " | ".join(x.pesan.teks() for x in hasil)
    for bagian in ("below the AKK", "less than 1", "no vacancy", "uji kompetensi", "below Baik",
                   "minimum for Ahli Muda"):  # fmt: skip
        assert bagian in pesan
    assert {x.kode for x in hasil} == {"KAR-KJ-01", "KAR-KJ-02"}


def test_kar_kj_01_met_and_top() -> None:
    awal = SaldoAwal(D(2023, 1, 1), J.AHLI_PERTAMA, G.III_B, Fraction(90))
    p = posisi_angka_kredit([awal, _tahun(2023)], tanggal=D(2024, 1, 1))
    assert periksa_kenaikan_jenjang(p, "nip", lowongan=True, lulus_uji_kompetensi=True) == ()
    utama = SaldoAwal(D(2023, 1, 1), J.AHLI_UTAMA, G.IV_D)
    q = posisi_angka_kredit([utama], tanggal=D(2024, 1, 1))
    assert (
        "top of its ladder"
        in periksa_kenaikan_jenjang(q, "nip", lowongan=True, lulus_uji_kompetensi=True)[
            0
        ].pesan.teks()
    )


def test_proyeksi() -> None:
    p = posisi_angka_kredit([AWAL], tanggal=D(2024, 12, 31))
    baik = proyeksi_kenaikan(p, P.BAIK)
    assert (baik.kenaikan_pangkat, baik.kenaikan_jenjang) == (D(2028, 12, 31), D(2032, 12, 31))
    sb = proyeksi_kenaikan(p, P.SANGAT_BAIK)
    assert sb.kenaikan_pangkat == D(2027, 8, 31)  # 50 / (75/48) = 32 months
    penuh = posisi_angka_kredit([SaldoAwal(D(2023, 1, 1), J.AHLI_UTAMA, G.IV_D, Fraction(250))],
                                tanggal=D(2024, 2, 29))  # fmt: skip
    q = proyeksi_kenaikan(penuh, P.BAIK)
    assert q.sudah_pangkat
    assert q.kenaikan_pangkat is None
    assert not q.sudah_jenjang
    assert q.kenaikan_jenjang is None


@given(st.sampled_from([j for j in Jenjang if j.is_fungsional]), st.sampled_from(Predikat),
       st.fractions(min_value=0, max_value=300))  # fmt: skip
def test_proyeksi_is_the_earliest_month(jenjang: Jenjang, predikat: Predikat, ak: Fraction) -> None:
    p = posisi_angka_kredit([SaldoAwal(D(2024, 1, 1), jenjang, None, ak)], tanggal=D(2024, 1, 31))
    hasil = proyeksi_kenaikan(p, predikat)
    akk = akk_kenaikan_pangkat(jenjang, tanggal=D(2024, 1, 31))
    assert hasil.sudah_pangkat == (ak >= akk)
    if hasil.kenaikan_pangkat is not None:
        bulan = (hasil.kenaikan_pangkat.year - 2024) * 12 + hasil.kenaikan_pangkat.month - 1
        assert ak + bulan * hasil.per_bulan >= akk
        assert ak + (bulan - 1) * hasil.per_bulan < akk


def test_bad_arguments() -> None:
    p = posisi_angka_kredit([AWAL], tanggal=D(2024, 1, 1))
    with pytest.raises(InvalidTypeError):
        periksa_kenaikan_pangkat(p, "nip", masa_tahun="2")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError):
        periksa_kenaikan_jenjang(p, "nip", lowongan=1, lulus_uji_kompetensi=True)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError):
        proyeksi_kenaikan(p, "Baik")  # type: ignore[arg-type]
    with pytest.raises(
        InvalidTypeError, match=r"^riwayat: expected Iterable\[PeristiwaAngkaKredit\]"
    ):
        posisi_angka_kredit({AWAL: "awal"}, tanggal=D(2024, 1, 1))  # type: ignore[arg-type]


def test_leap_day_and_penilaian_in_the_ledger() -> None:
    awal = SaldoAwal(D(2024, 2, 29), J.AHLI_PERTAMA, G.III_A)
    p = posisi_angka_kredit([awal], tanggal=D(2025, 2, 27))
    assert any("less than 1" in x.pesan.teks() for x in periksa_kenaikan_jenjang(
        p, "nip", lowongan=True, lulus_uji_kompetensi=True))  # fmt: skip
    assert posisi_angka_kredit([awal], tanggal=D(2025, 3, 1)).mulai_jenjang == D(2024, 2, 29)


def test_messages_show_amounts_readably() -> None:
    p = posisi_angka_kredit(
        [AWAL, (J.AHLI_PERTAMA, P.BAIK, 2, D(2023, 2, 28))], tanggal=D(2023, 3, 1)
    )
    (temuan,) = [x for x in periksa_kenaikan_pangkat(p, "nip") if "AKK" in x.pesan.teks()]
    assert "~2.08" in temuan.pesan.teks()
    assert "~47.92" in temuan.pesan.teks()


# -- KAR-KP-02: a kenaikan pangkat without a vacancy ---------------------------------------------


def _puncak(*kenaikan: KenaikanPangkat) -> PosisiAngkaKredit:
    """An Ahli Pertama at III/b (the top of the jenjang) with the AKK and two years of Baik."""
    awal = SaldoAwal(
        D(2023, 1, 1), J.AHLI_PERTAMA, G.III_B, Fraction(100), sisa_pangkat=Fraction(100)
    )
    riwayat = [awal, _tahun(2023), _tahun(2024), *kenaikan, _tahun(2025), _tahun(2026)]
    return posisi_angka_kredit(riwayat, tanggal=D(2027, 1, 1))


def test_kar_kp_02_needs_the_uji_kompetensi() -> None:
    """Permen PUPR 4/2024 Pasal 54 ayat (6): '... sebanyak 1 (satu) kali kenaikan pangkat
    setelah lulus Uji Kompetensi'."""
    p = _puncak()
    hasil = periksa_kenaikan_pangkat(p, "nip", melampaui_rentang=True)
    assert [(x.kode, x.pesan.teks()) for x in hasil] == [
        ("KAR-KP-02", "no vacancy at the next jenjang: the kenaikan pangkat beyond III/b "
         "needs the uji kompetensi passed"),
    ]  # fmt: skip
    assert (
        periksa_kenaikan_pangkat(p, "nip", melampaui_rentang=True, lulus_uji_kompetensi=True) == ()
    )
    assert {x.kode for x in periksa_kenaikan_pangkat(p, "nip", lulus_uji_kompetensi=True)} == {
        "KAR-KP-01"
    }


def test_kar_kp_02_once_only() -> None:
    """After the one step beyond the range (III/b -> III/c as Ahli Pertama), no second one."""
    p = _puncak(KenaikanPangkat(D(2025, 1, 1), G.III_C))
    assert p.golongan is G.III_C
    for kw in ({}, {"melampaui_rentang": True, "lulus_uji_kompetensi": True}):
        hasil = periksa_kenaikan_pangkat(p, "nip", **kw)  # type: ignore[arg-type]
        assert [x.kode for x in hasil if "range" in x.pesan.teks()] == ["KAR-KP-02"]
        assert "1 (satu) kali" in " ".join(x.pesan.teks() for x in hasil)


def test_kar_kp_02_inside_the_range_needs_nothing() -> None:
    riwayat = [AWAL, *(_tahun(t) for t in range(2023, 2027))]
    p = posisi_angka_kredit(riwayat, tanggal=D(2027, 1, 1))
    assert periksa_kenaikan_pangkat(p, "nip", melampaui_rentang=True) == ()


def test_kar_kp_02_bad_argument() -> None:
    with pytest.raises(InvalidTypeError, match=r"^lulus_uji_kompetensi: "):
        periksa_kenaikan_pangkat(_puncak(), "nip", lulus_uji_kompetensi="ya")  # type: ignore[arg-type]


# -- KAR-KJ-03: pengembangan profesi for Penyelia, Ahli Madya and Ahli Utama ----------------------


def _siap_naik(jenjang: Jenjang, golongan: Golongan) -> PosisiAngkaKredit:
    """A JF with the AKK for the next jenjang, a year of Baik and the minimum golongan."""
    akk = akk_kenaikan_jenjang(jenjang, tanggal=D(2024, 1, 1))
    assert akk is not None
    awal = SaldoAwal(D(2023, 1, 1), jenjang, golongan, akk)
    return posisi_angka_kredit([awal, _tahun(2023, jenjang=jenjang)], tanggal=D(2024, 1, 1))


@pytest.mark.parametrize(
    ("jenjang", "golongan", "wajib"),
    [
        (J.MAHIR, G.III_B, True),  # to Penyelia
        (J.AHLI_MUDA, G.III_D, True),  # to Ahli Madya
        (J.AHLI_MADYA, G.IV_C, True),  # to Ahli Utama
        (J.PEMULA, G.II_A, False),
        (J.TERAMPIL, G.II_D, False),
        (J.AHLI_PERTAMA, G.III_B, False),
    ],
)
def test_kar_kj_03_pengembangan_profesi(jenjang: Jenjang, golongan: Golongan, wajib: bool) -> None:
    """BKN: 'Pengembangan Profesi sebagai syarat kenaikan jenjang pada Penyelia, Ahli Madya,
    dan Ahli Utama'."""
    p = _siap_naik(jenjang, golongan)
    syarat = {"lowongan": True, "lulus_uji_kompetensi": True}
    tanpa = periksa_kenaikan_jenjang(p, "nip", **syarat)
    assert [x.kode for x in tanpa] == (["KAR-KJ-03"] if wajib else [])
    assert periksa_kenaikan_jenjang(p, "nip", pengembangan_profesi=True, **syarat) == ()
    assert periksa_kenaikan_jenjang(p, "nip", pengembangan_profesi=D(2023, 12, 1), **syarat) == ()
    nanti = periksa_kenaikan_jenjang(p, "nip", pengembangan_profesi=D(2024, 1, 2), **syarat)
    assert [x.kode for x in nanti] == (["KAR-KJ-03"] if wajib else [])
    if wajib:
        assert "2024-01-02, after 2024-01-01" in nanti[0].pesan.teks()


def test_kar_kj_03_target_jenjang_are_a_parameter() -> None:
    p = _siap_naik(J.AHLI_PERTAMA, G.III_B)
    syarat = {"lowongan": True, "lulus_uji_kompetensi": True}
    hasil = periksa_kenaikan_jenjang(p, "nip", jenjang_pengembangan_profesi={J.AHLI_MUDA}, **syarat)
    assert [x.pesan.teks() for x in hasil] == [
        "the pengembangan profesi requirement for Ahli Muda has not been met"
    ]


def test_kar_kj_03_bad_arguments() -> None:
    p = _siap_naik(J.AHLI_MUDA, G.III_D)
    with pytest.raises(InvalidTypeError, match=r"^pengembangan_profesi: "):
        periksa_kenaikan_jenjang(
            p,
            "nip",
            lowongan=True,
            lulus_uji_kompetensi=True,
            pengembangan_profesi="ya",  # type: ignore[arg-type]
        )
    with pytest.raises(InvalidTypeError, match=r"^jenjang_pengembangan_profesi\[0\]: "):
        periksa_kenaikan_jenjang(
            p, "nip", lowongan=True, lulus_uji_kompetensi=True,
            jenjang_pengembangan_profesi=["Ahli Madya"],  # type: ignore[list-item]
        )  # fmt: skip


def test_kar_ak_03_a_year_earns_at_most_twelve_months_in_the_ledger() -> None:
    """Periodic results converted first, the annual result of the same year earns only the
    months left; a result beyond the year earns nothing."""
    triwulan = [
        HasilKinerja(J.AHLI_PERTAMA, P.SANGAT_BAIK, 3, D(2023, 3, 31), jenis=PERIODIK),
        HasilKinerja(J.AHLI_PERTAMA, P.SANGAT_BAIK, 3, D(2023, 6, 30), jenis=PERIODIK),
    ]
    tahunan = HasilKinerja(J.AHLI_PERTAMA, P.BAIK, 12, D(2023, 12, 31), jenis=TAHUNAN)
    p = posisi_angka_kredit([AWAL, *triwulan, tahunan, _tahun(2023)], tanggal=D(2024, 1, 1))
    assert [h.bulan for h in p.hasil] == [3, 3, 6, 0]
    assert p.angka_kredit_jenjang == Fraction(75, 8) + Fraction(25, 4)
    assert p.hasil[2] == attrs.evolve(tahunan, bulan=6)


def _bulanan(tahun: int, buruk: int | None = 3) -> list[HasilKinerja]:
    """Twelve monthly periodic results of an Ahli Pertama, Baik but for month ``buruk``."""
    return [
        HasilKinerja(
            J.AHLI_PERTAMA,
            P.BUTUH_PERBAIKAN if m == buruk else P.BAIK,
            1,
            D(tahun, m, 1) + relativedelta(day=31),
            jenis=PERIODIK,
        )
        for m in range(1, 13)
    ]


def _tahunan(tahun: int, predikat: Predikat = P.BAIK) -> HasilKinerja:
    return HasilKinerja(J.AHLI_PERTAMA, predikat, 12, D(tahun, 12, 31), jenis=TAHUNAN)


def test_kar_kj_01_a_monthly_butuh_perbaikan_in_a_baik_year_does_not_block() -> None:
    """The audit's case: AK 102.24, a Butuh Perbaikan in March 2023, annual predikat Baik."""
    awal = SaldoAwal(D(2023, 1, 1), J.AHLI_PERTAMA, G.III_B, Fraction(90))
    p = posisi_angka_kredit([awal, *_bulanan(2023), _tahunan(2023)], tanggal=D(2024, 1, 1))
    assert bulatkan_angka_kredit(p.angka_kredit_jenjang) == Decimal("102.24")
    syarat = {"lowongan": True, "lulus_uji_kompetensi": True}
    assert periksa_kenaikan_jenjang(p, "nip", **syarat) == ()
    semua = periksa_kenaikan_jenjang(p, "nip", **syarat, predikat_dibaca=PredikatDibaca.SEMUA)
    assert [x.kode for x in semua] == ["KAR-KJ-01"]
    assert "Butuh Perbaikan on 2023-03-31 is below Baik" in semua[0].pesan.teks()


def test_kar_kj_01_an_annual_butuh_perbaikan_blocks() -> None:
    awal = SaldoAwal(D(2023, 1, 1), J.AHLI_PERTAMA, G.III_B, Fraction(90))
    riwayat = [awal, *_bulanan(2023, buruk=None), _tahunan(2023, P.BUTUH_PERBAIKAN)]
    p = posisi_angka_kredit(riwayat, tanggal=D(2024, 1, 1))
    (temuan,) = periksa_kenaikan_jenjang(p, "nip", lowongan=True, lulus_uji_kompetensi=True)
    assert "Butuh Perbaikan on 2023-12-31 is below Baik" in temuan.pesan.teks()


def test_kar_kj_01_periodic_results_alone_are_no_annual_predikat() -> None:
    awal = SaldoAwal(D(2023, 1, 1), J.AHLI_PERTAMA, G.III_B, Fraction(90))
    p = posisi_angka_kredit([awal, *_bulanan(2023, buruk=None)], tanggal=D(2024, 1, 1))
    syarat = {"lowongan": True, "lulus_uji_kompetensi": True}
    (temuan,) = periksa_kenaikan_jenjang(p, "nip", **syarat)
    assert temuan.pesan.teks() == "no annual predikat recorded in the last 1 year(s)"
    assert periksa_kenaikan_jenjang(p, "nip", **syarat, predikat_dibaca=PredikatDibaca.SEMUA) == ()


def test_kar_kp_01_reads_the_annual_predikat_of_the_last_two_years() -> None:
    riwayat = [AWAL, _tahunan(2023, P.SANGAT_BAIK), _tahunan(2024), _tahunan(2025),
               *_bulanan(2026, buruk=7), _tahunan(2026)]  # fmt: skip
    p = posisi_angka_kredit(riwayat, tanggal=D(2027, 1, 1))
    assert p.angka_kredit_pangkat >= 50
    assert periksa_kenaikan_pangkat(p, "nip") == ()
    (temuan,) = periksa_kenaikan_pangkat(p, "nip", predikat_dibaca=PredikatDibaca.SEMUA)
    assert "Butuh Perbaikan on 2026-07-31" in temuan.pesan.teks()
    with pytest.raises(InvalidTypeError, match="predikat_dibaca"):
        periksa_kenaikan_pangkat(p, "nip", predikat_dibaca="tahunan")  # type: ignore[arg-type]


def _posisi_akhir(tanggal: dt.date = D.max) -> PosisiAngkaKredit:
    """A JF placed in 9997 with two Baik years, read near the calendar's last day."""
    awal = SaldoAwal(D(9997, 1, 1), J.AHLI_PERTAMA, G.III_A)
    return posisi_angka_kredit([awal, _tahun(9997), _tahun(9998)], tanggal=tanggal)


def test_kar_kp_01_kj_01_di_akhir_kalender() -> None:
    """The checks answer near 31 December 9999 (they once added years past it)."""
    p = _posisi_akhir()
    assert [x.pesan.teks() for x in periksa_kenaikan_pangkat(p, "nip", tahun_predikat=1)] == [
        "angka kredit 25 is below the AKK 50 of Ahli Pertama (short by 25)",
        "no annual predikat recorded in the last 1 year(s)",
    ]
    lama = periksa_kenaikan_pangkat(p, "nip", masa_tahun=10**5000)
    assert lama[1].pesan.teks().endswith(f"since 9997-01-01, less than 1{'0' * 5000} year(s)")
    assert len(periksa_kenaikan_pangkat(p, "nip", tahun_predikat=10**5000)) == 1  # the AKK only
    syarat = {"lowongan": True, "lulus_uji_kompetensi": True}
    assert len(periksa_kenaikan_jenjang(p, "nip", **syarat)) == 3
    assert len(periksa_kenaikan_jenjang(p, "nip", **syarat, masa_tahun=10**5000)) == 4


@pytest.mark.parametrize("kw", [{"masa_tahun": -1}, {"tahun_predikat": -2}])
def test_kar_kp_01_tahun_negatif_ditolak(kw: dict[str, int]) -> None:
    with pytest.raises(InvalidValueError, match=rf"^{next(iter(kw))}: must be >= 0"):
        periksa_kenaikan_pangkat(_posisi_akhir(), "nip", **kw)  # type: ignore[arg-type]


def test_proyeksi_di_akhir_kalender() -> None:
    """A threshold reached after 9999-12-31 has no date: OutOfWindowError, not an
    OverflowError; one reached before it is projected as usual."""
    with pytest.raises(OutOfWindowError, match=r"^posisi: at this rate the AKK for kenaikan"):
        proyeksi_kenaikan(_posisi_akhir(), P.BAIK)
    dekat = posisi_angka_kredit(
        [SaldoAwal(D(9999, 1, 1), J.AHLI_PERTAMA, G.III_A, Fraction(99))], tanggal=D(9999, 1, 31)
    )
    hasil = proyeksi_kenaikan(dekat, P.BAIK)
    assert (hasil.sudah_pangkat, hasil.kenaikan_jenjang) == (True, D(9999, 2, 28))


def test_predikat_dibaca_memeriksa_argumen() -> None:
    with pytest.raises(InvalidTypeError, match=r"^hasil: expected HasilKinerja"):
        PredikatDibaca.TAHUNAN.membaca(float("nan"))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("pangkat_minimal", "pesan"),
    [
        ([J.AHLI_MUDA], r"^pangkat_minimal: expected a mapping"),
        ({J.AHLI_MUDA: "III/b"}, r"^pangkat_minimal\[Ahli Muda\]: expected Golongan"),
    ],
    ids=["bukan_mapping", "bukan_golongan"],
)
def test_kar_kj_02_pangkat_minimal_yang_salah_disebut(pangkat_minimal: object, pesan: str) -> None:
    p = _posisi_akhir()
    with pytest.raises(InvalidTypeError, match=pesan):
        periksa_kenaikan_jenjang(
            p,
            "nip",
            lowongan=True,
            lulus_uji_kompetensi=True,
            pangkat_minimal=pangkat_minimal,  # type: ignore[arg-type]
        )


def test_kar_kp_01_by_default_reads_the_predikat_of_two_years() -> None:
    awal = SaldoAwal(D(2023, 1, 1), J.AHLI_PERTAMA, G.III_A, Fraction(30))
    riwayat = [awal, _tahun(2023, P.KURANG), _tahun(2024), _tahun(2025)]
    p = posisi_angka_kredit(riwayat, tanggal=D(2026, 1, 1))
    assert periksa_kenaikan_pangkat(p, "nip") == ()
    assert [x.kode for x in periksa_kenaikan_pangkat(p, "nip", tahun_predikat=3)] == ["KAR-KP-01"]


def test_kar_kj_01_exactly_the_akk_is_enough() -> None:
    """Ahli Pertama earns 12.5 a year at Baik: starting 12.5 short of the AKK, a Baik year
    reaches it exactly."""
    akk = akk_kenaikan_jenjang(J.AHLI_PERTAMA, tanggal=D(2024, 1, 1))
    assert akk is not None
    awal = SaldoAwal(D(2023, 1, 1), J.AHLI_PERTAMA, G.III_B, akk - Fraction(25, 2))
    p = posisi_angka_kredit([awal, _tahun(2023)], tanggal=D(2024, 1, 1))
    assert p.angka_kredit_jenjang == akk
    assert periksa_kenaikan_jenjang(p, "nip", lowongan=True, lulus_uji_kompetensi=True) == ()


def test_kar_kj_03_met_on_the_day_of_the_check() -> None:
    p = _siap_naik(J.AHLI_MUDA, G.III_D)
    syarat = {"lowongan": True, "lulus_uji_kompetensi": True}
    assert periksa_kenaikan_jenjang(p, "nip", pengembangan_profesi=p.tanggal, **syarat) == ()


def test_kar_kj_01_masa_tahun_from_zero() -> None:
    syarat = {"lowongan": True, "lulus_uji_kompetensi": True}
    with pytest.raises(InvalidValueError, match=r"^masa_tahun: must be >= 0"):
        periksa_kenaikan_jenjang(_posisi_akhir(), "nip", masa_tahun=-1, **syarat)  # type: ignore[arg-type]
    p = posisi_angka_kredit([AWAL], tanggal=D(2023, 6, 1))
    tanpa_masa = periksa_kenaikan_jenjang(p, "nip", masa_tahun=0, **syarat)  # type: ignore[arg-type]
    assert not any(x.pesan.teks().startswith("in Ahli Pertama since") for x in tanpa_masa)
    assert any(
        x.pesan.teks().startswith("in Ahli Pertama since")
        for x in periksa_kenaikan_jenjang(p, "nip", **syarat)
    )  # type: ignore[arg-type]


def test_proyeksi_exactly_the_akk_is_reached() -> None:
    """An angka kredit equal to an AKK has reached it: nothing left to project."""
    akk_j = akk_kenaikan_jenjang(J.AHLI_PERTAMA, tanggal=D(2024, 1, 31))
    for ak, pangkat, jenjang in ((Fraction(50), True, False), (akk_j, True, True)):
        p = posisi_angka_kredit(
            [SaldoAwal(D(2024, 1, 1), J.AHLI_PERTAMA, G.III_A, ak)], tanggal=D(2024, 1, 31)
        )
        hasil = proyeksi_kenaikan(p, P.BAIK)
        assert (hasil.predikat, hasil.sudah_pangkat, hasil.sudah_jenjang) == (
            P.BAIK, pangkat, jenjang
        )  # fmt: skip
        assert hasil.kenaikan_pangkat is None
        assert (hasil.kenaikan_jenjang is None) is jenjang


def test_proyeksi_di_akhir_kalender_names_the_kenaikan_jenjang() -> None:
    dekat = posisi_angka_kredit(
        [SaldoAwal(D(9999, 1, 1), J.AHLI_PERTAMA, G.III_A, Fraction(60))], tanggal=D(9999, 1, 31)
    )
    with pytest.raises(OutOfWindowError) as galat:
        proyeksi_kenaikan(dekat, P.BAIK)
    assert str(galat.value) == (
        "posisi: at this rate the AKK for kenaikan jenjang is reached after 9999-12-31, the "
        "calendar's last day"
    )


# -- pinned by mutation testing (issue 15 §5) ----------------------------------------------

_TIDAK = {"lowongan": False, "lulus_uji_kompetensi": False}
_AWAL_2024 = D(2024, 1, 1)


def test_kar_kp_01_findings_say_what_is_missing() -> None:
    posisi = posisi_angka_kredit([AWAL], tanggal=_AWAL_2024)
    pesan = [t.pesan.teks() for t in periksa_kenaikan_pangkat(posisi, "x")]
    assert pesan[-1] == "no annual predikat recorded in the last 2 year(s)"
    semua = periksa_kenaikan_pangkat(posisi, "x", predikat_dibaca=PredikatDibaca.SEMUA)
    assert semua[-1].pesan.teks() == "no predikat recorded in the last 2 year(s)"
    pppk = posisi_angka_kredit([PPPK], tanggal=_AWAL_2024)
    assert [t.pesan.teks() for t in periksa_kenaikan_pangkat(pppk, "x")] == [
        "no golongan (PPPK): kenaikan pangkat does not apply"
    ]
    puncak = posisi_angka_kredit([attrs.evolve(AWAL, golongan=G.III_B)], tanggal=_AWAL_2024)
    assert periksa_kenaikan_pangkat(puncak, "x")[-1].pesan.teks() == (
        "golongan III/b is the top of Ahli Pertama: a kenaikan jenjang comes first (or one "
        "step without a vacancy after uji kompetensi)"
    )


def test_kar_kj_01_02_findings_say_what_is_missing() -> None:
    posisi = posisi_angka_kredit([AWAL], tanggal=_AWAL_2024)
    pesan = [t.pesan.teks() for t in periksa_kenaikan_jenjang(posisi, "x", **_TIDAK)]
    assert pesan[1:3] == [
        "no vacancy (kebutuhan) at the next jenjang",
        "the uji kompetensi has not been passed",
    ]
    minimal = {J.AHLI_MUDA: G.III_C}
    assert periksa_kenaikan_jenjang(posisi, "x", pangkat_minimal={}, **_TIDAK)[-1].pesan.teks() == (
        "no annual predikat recorded in the last 1 year(s)"
    )
    akhir = periksa_kenaikan_jenjang(posisi, "x", pangkat_minimal=minimal, **_TIDAK)[-1]
    assert akhir.pesan.teks() == "golongan III/a is below III/c, the minimum for Ahli Muda"
    pppk = posisi_angka_kredit([PPPK], tanggal=_AWAL_2024)
    akhir = periksa_kenaikan_jenjang(pppk, "x", pangkat_minimal=minimal, **_TIDAK)[-1]
    assert akhir.pesan.teks() == "golongan none is below III/c, the minimum for Ahli Muda"
    with pytest.raises(InvalidTypeError) as galat:
        periksa_kenaikan_jenjang(posisi, "x", jenjang_pengembangan_profesi=5, **_TIDAK)  # type: ignore[arg-type]
    assert str(galat.value) == (
        "jenjang_pengembangan_profesi: expected Collection[Jenjang], got 5 (int)"
    )
