"""The angka kredit ledger as a ledger: each record counts once whatever the order or the number
of imports (KAR-AK-15, KAR-AK-03), and its credit inputs are exact numbers."""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from birokrasi import contoh
from birokrasi.errors import BirokrasiError, InvalidTypeError, InvalidValueError
from birokrasi.karier.integrasi import NilaiDasarIntegrasi
from birokrasi.karier.konversi import (
    HasilKinerja,
    PembagianBulan,
    angka_kredit,
    angka_kredit_dari_teks,
    angka_kredit_pendidikan,
)
from birokrasi.karier.penyesuaian import TabelAngkaKreditPenyesuaian
from birokrasi.karier.saldo import (
    ATURAN_SEKALI,
    KenaikanJenjang,
    KenaikanPangkat,
    PosisiAngkaKredit,
    PrioritasKonversi,
    SaldoAwal,
    TambahanPendidikan,
    periksa_riwayat_angka_kredit,
    posisi_angka_kredit,
)
from birokrasi.karier.tabel_ak import akk_kenaikan_pangkat
from birokrasi.katalog import KATALOG
from birokrasi.kinerja.penilaian.evaluasi import JenisEvaluasi, PenilaianKinerja
from birokrasi.kinerja.predikat import Predikat, Rating
from birokrasi.periode import Periode
from birokrasi.struktur.golongan import Golongan
from birokrasi.struktur.jabatan import Jenjang
from birokrasi.struktur.potret import potret_pegawai

D = dt.date
J, P, G, R = Jenjang, Predikat, Golongan, Rating
PERIODIK, TAHUNAN = JenisEvaluasi.PERIODIK, JenisEvaluasi.TAHUNAN
T = D(2025, 12, 31)
_DEWI = "198302252008012011"  # Dewi Anggraini, Pranata Komputer Ahli Muda (koefisien 25)
_ORG = contoh.instansi()
_PEGAWAI = potret_pegawai(_ORG, _DEWI, D(2025, 1, 2))
_PENILAI_T = _ORG.pejabat_penilai(_DEWI, D(2025, 1, 2))
assert _PENILAI_T is not None
_PENILAI = potret_pegawai(_ORG, _PENILAI_T.nip, D(2025, 1, 2))
AWAL = SaldoAwal(D(2025, 1, 1), J.AHLI_MUDA, None)
BAIK = (R.SESUAI_EKSPEKTASI, R.SESUAI_EKSPEKTASI)
SANGAT_BAIK = (R.DI_ATAS_EKSPEKTASI, R.DI_ATAS_EKSPEKTASI)


def _ev(
    kode: str,
    periode: Periode,
    jenis: JenisEvaluasi = PERIODIK,
    rating: tuple[Rating, Rating] = BAIK,
    menggantikan: str | None = None,
) -> PenilaianKinerja:
    """Dewi's evaluation ``kode`` over ``periode``."""
    return PenilaianKinerja(
        kode, "SKP-1", _PEGAWAI, _PENILAI, jenis, periode, *rating, periode.selesai,
        menggantikan=menggantikan,
    )  # fmt: skip


TRIWULAN = [_ev(f"EV-Q{q}", Periode.triwulan(2025, q), rating=SANGAT_BAIK) for q in (1, 2, 3, 4)]
SETAHUN = _ev("EV-2025", Periode.tahun(2025), TAHUNAN)


def _ak(bulan: int, predikat: Predikat = P.BAIK) -> Fraction:
    return angka_kredit(J.AHLI_MUDA, predikat, bulan=bulan, tanggal=T)


def test_kar_ak_15_is_catalogued() -> None:
    assert KATALOG["KAR-AK-15"] is ATURAN_SEKALI


def test_kar_ak_15_the_same_evaluation_twice_counts_once() -> None:
    """An import run twice: the position is that of one run, and the check names both."""
    riwayat = [AWAL, *TRIWULAN[:2]]
    sekali = posisi_angka_kredit(riwayat, tanggal=T)
    assert posisi_angka_kredit([*riwayat, *riwayat], tanggal=T) == sekali
    assert sekali.angka_kredit_jenjang == _ak(6, P.SANGAT_BAIK)
    (temuan,) = periksa_riwayat_angka_kredit([*riwayat, TRIWULAN[0]], "dewi")
    assert temuan.kode == "KAR-AK-15"
    assert temuan.subjek == "dewi"
    assert temuan.pesan.teks() == (
        "EV-Q1 (2025-01-01..2025-03-31) is recorded again as riwayat[3]: counted once"
    )


def test_kar_ak_15_the_same_result_twice_counts_once() -> None:
    """A result without a kode, or the plain tuple form of it, given twice is one record."""
    tahun = HasilKinerja(J.AHLI_MUDA, P.BAIK, 12, T)
    sebagai_tuple = (J.AHLI_MUDA, P.BAIK, 12, T)
    posisi = posisi_angka_kredit([AWAL, tahun, sebagai_tuple, AWAL], tanggal=T)
    assert posisi.angka_kredit_jenjang == _ak(12)
    assert len(posisi.hasil) == 1
    pesan = [
        t.pesan.teks() for t in periksa_riwayat_angka_kredit([AWAL, tahun, sebagai_tuple], "x")
    ]
    assert pesan == [
        "riwayat[1] (result, Baik, 12 month(s) to 2025-12-31) is recorded again as riwayat[2]: "
        "counted once"
    ]


def test_kar_ak_15_one_kode_for_two_evaluations_is_refused() -> None:
    lain = _ev("EV-Q1", Periode.triwulan(2025, 1), rating=BAIK)
    riwayat = [AWAL, TRIWULAN[0], lain]
    with pytest.raises(InvalidValueError, match=r"kode 'EV-Q1' names two different evaluations"):
        posisi_angka_kredit(riwayat, tanggal=T)
    (temuan,) = periksa_riwayat_angka_kredit(riwayat, "dewi")
    assert (
        temuan.pesan.teks()
        == "kode 'EV-Q1' names two different evaluations (riwayat[1] and riwayat[2])"
    )


def test_kar_ak_15_quarters_then_the_annual_by_default() -> None:
    """Default: the quarters, converted as they came, keep their months; the annual evaluation
    of the same year earns none, and the check names it with each quarter."""
    posisi = posisi_angka_kredit([AWAL, *TRIWULAN, SETAHUN], tanggal=T)
    assert [h.bulan for h in posisi.hasil] == [3, 3, 3, 3, 0]
    assert posisi.angka_kredit_jenjang == _ak(12, P.SANGAT_BAIK)
    pesan = [t.pesan.teks() for t in periksa_riwayat_angka_kredit([AWAL, *TRIWULAN, SETAHUN], "d")]
    assert pesan[0] == (
        "EV-2025 (2025-01-01..2025-12-31) and EV-Q1 (2025-01-01..2025-03-31) both cover "
        "2025-01, 2025-02, 2025-03: counted once, for EV-Q1 (2025-01-01..2025-03-31)"
    )
    assert len(pesan) == 4


def test_kar_ak_15_the_annual_earns_the_months_left() -> None:
    """A first quarter converted early, then the annual evaluation: 3 + 9 months; with
    ``PrioritasKonversi.TAHUNAN`` the annual takes the whole year and the quarter nothing."""
    riwayat = [AWAL, SETAHUN, TRIWULAN[0]]
    baku = posisi_angka_kredit(riwayat, tanggal=T)
    assert [h.bulan for h in baku.hasil] == [3, 9]
    assert baku.angka_kredit_jenjang == _ak(3, P.SANGAT_BAIK) + _ak(9)
    tahunan = posisi_angka_kredit(riwayat, tanggal=T, prioritas=PrioritasKonversi.TAHUNAN)
    assert [h.bulan for h in tahunan.hasil] == [0, 12]
    assert tahunan.angka_kredit_jenjang == _ak(12)
    (temuan,) = periksa_riwayat_angka_kredit(riwayat, "d", prioritas=PrioritasKonversi.TAHUNAN)
    assert temuan.pesan.teks().startswith("EV-Q1 (2025-01-01..2025-03-31) and EV-2025 (")
    assert temuan.pesan.teks().endswith("counted once, for EV-2025 (2025-01-01..2025-12-31)")


def test_kar_ak_15_annual_priority_with_results_without_a_period() -> None:
    """Results without a period (HasilKinerja): the annual one reserves its months of the year
    under ``TAHUNAN``; by default it earns what the periodic ones left."""
    triwulan = HasilKinerja(J.AHLI_MUDA, P.SANGAT_BAIK, 3, D(2025, 3, 31), jenis=PERIODIK)
    tahun = HasilKinerja(J.AHLI_MUDA, P.BAIK, 12, T, jenis=TAHUNAN)
    baku = posisi_angka_kredit([AWAL, triwulan, tahun], tanggal=T)
    assert [h.bulan for h in baku.hasil] == [3, 9]
    utama = posisi_angka_kredit(
        [AWAL, triwulan, tahun], tanggal=T, prioritas=PrioritasKonversi.TAHUNAN
    )
    assert [h.bulan for h in utama.hasil] == [0, 12]
    (temuan,) = periksa_riwayat_angka_kredit(
        [AWAL, triwulan, tahun], "d", prioritas=PrioritasKonversi.TAHUNAN
    )
    assert temuan.pesan.teks() == (
        "riwayat[1] (Evaluasi Kinerja Periodik, Sangat Baik, 3 month(s) to 2025-03-31) earns 0 "
        "of its 3 month(s): riwayat[2] (Evaluasi Kinerja Tahunan, Baik, 12 month(s) to "
        "2025-12-31) already count 12 month(s) of 2025"
    )


def test_kar_ak_15_annual_priority_rechecks_a_kenaikan_pangkat() -> None:
    """Under ``TAHUNAN`` a kenaikan pangkat that spent periodic credit is checked again once
    the annual evaluation replaces it; the default keeps the periodic conversion."""
    awal = SaldoAwal(D(2025, 1, 1), J.AHLI_PERTAMA, G.III_A, Fraction(46))
    q1 = HasilKinerja(J.AHLI_PERTAMA, P.SANGAT_BAIK, 3, D(2025, 3, 31), jenis=PERIODIK)
    tahun = HasilKinerja(J.AHLI_PERTAMA, P.KURANG, 12, T, jenis=TAHUNAN)
    riwayat = [awal, q1, KenaikanPangkat(D(2025, 4, 1), G.III_B), tahun]
    assert posisi_angka_kredit(riwayat, tanggal=T).golongan is G.III_B
    utama = PrioritasKonversi.TAHUNAN
    assert posisi_angka_kredit(riwayat, tanggal=D(2025, 6, 1), prioritas=utama).golongan is G.III_B
    with pytest.raises(InvalidValueError, match="does not reach the AKK"):
        posisi_angka_kredit(riwayat, tanggal=T, prioritas=utama)


def test_kar_ak_15_a_superseded_evaluation_does_not_count() -> None:
    """After a keberatan the re-rating counts, not the rating it supersedes (KIN-EVAL-06);
    before, the first record kept the year and the re-rating earned no month."""
    lama = _ev("EV-2025", Periode.tahun(2025), TAHUNAN, (R.DI_BAWAH_EKSPEKTASI,) * 2)
    baru = _ev("EV-2025-B", Periode.tahun(2025), TAHUNAN, BAIK, menggantikan="EV-2025")
    posisi = posisi_angka_kredit([AWAL, lama, baru], tanggal=T)
    assert [(h.predikat, h.bulan) for h in posisi.hasil] == [(P.BAIK, 12)]
    assert periksa_riwayat_angka_kredit([AWAL, lama, baru], "d") == ()


def test_the_ledger_puts_records_in_date_order() -> None:
    """A ledger is a set of dated records: given in any order, the same position; a record
    dated before the start is refused."""
    riwayat = [AWAL, *TRIWULAN]
    assert posisi_angka_kredit(riwayat[::-1], tanggal=T) == posisi_angka_kredit(riwayat, tanggal=T)
    with pytest.raises(InvalidValueError, match=r"^riwayat\[1\]: dated 2024-12-31, before"):
        posisi_angka_kredit([AWAL, HasilKinerja(J.AHLI_MUDA, P.BAIK, 12, D(2024, 12, 31))],
                            tanggal=T)  # fmt: skip


def test_periksa_riwayat_angka_kredit_arguments() -> None:
    assert periksa_riwayat_angka_kredit([AWAL, *TRIWULAN], "d", tanggal=D(2025, 6, 30)) == ()
    for salah in ({"subjek": 1}, {"tanggal": "2025"}, {"pembagian": "x"}, {"prioritas": "x"}):
        argumen = {"subjek": "d", **salah}
        with pytest.raises(InvalidTypeError, match=f"^{next(iter(salah))}: "):
            periksa_riwayat_angka_kredit([AWAL], **argumen)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="prioritas"):
        posisi_angka_kredit([AWAL], tanggal=T, prioritas="tahunan")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"riwayat\[1\]: not a ledger event"):
        periksa_riwayat_angka_kredit([AWAL, 3], "d")  # type: ignore[list-item]


# -- properties ----------------------------------------------------------------------------

_PERIODE = st.one_of(
    st.builds(Periode.bulan, st.just(2025), st.integers(1, 12)),
    st.builds(Periode.triwulan, st.just(2025), st.integers(1, 4)),
    st.just(Periode.tahun(2025)),
    st.tuples(st.integers(0, 364), st.integers(0, 40)).map(
        lambda x: Periode(
            D(2025, 1, 1) + dt.timedelta(days=x[0]),
            min(T, D(2025, 1, 1) + dt.timedelta(days=x[0] + x[1])),
        )
    ),
)
_RATING = st.sampled_from([BAIK, SANGAT_BAIK, (R.DI_BAWAH_EKSPEKTASI,) * 2])


@st.composite
def _evaluasi(draw: st.DrawFn) -> list[PenilaianKinerja]:
    daftar = draw(st.lists(st.tuples(_PERIODE, _RATING), max_size=7))
    hasil = []
    for i, (periode, rating) in enumerate(daftar):
        jenis = TAHUNAN if periode == Periode.tahun(2025) else PERIODIK
        hasil.append(_ev(f"EV-{i}", periode, jenis, rating))
    return hasil


def _bulan(periode: Periode, pembagian: PembagianBulan) -> set[tuple[int, int]]:
    return {(b.mulai.year, b.mulai.month) for b in periode.per_bulan() if pembagian.mendapat(b)}


_PRIORITAS = st.sampled_from(PrioritasKonversi)
_PEMBAGIAN = st.sampled_from(PembagianBulan)


@given(_evaluasi(), st.randoms(use_true_random=False), _PRIORITAS, _PEMBAGIAN)
def test_kar_ak_15_order_does_not_matter(
    evaluasi: list[PenilaianKinerja], acak: object, prioritas: PrioritasKonversi,
    pembagian: PembagianBulan,
) -> None:  # fmt: skip
    riwayat: list[object] = [AWAL, *evaluasi]
    diacak = list(riwayat)
    acak.shuffle(diacak)  # type: ignore[attr-defined]
    kw = {"tanggal": T, "prioritas": prioritas, "pembagian": pembagian}
    assert posisi_angka_kredit(diacak, **kw) == posisi_angka_kredit(riwayat, **kw)  # type: ignore[arg-type]
    assert len(periksa_riwayat_angka_kredit(diacak, "d", **kw)) == len(  # type: ignore[arg-type]
        periksa_riwayat_angka_kredit(riwayat, "d", **kw)  # type: ignore[arg-type]
    )


@given(_evaluasi(), st.data(), _PRIORITAS)
def test_kar_ak_15_an_import_run_twice_gives_the_same_position(
    evaluasi: list[PenilaianKinerja], data: st.DataObject, prioritas: PrioritasKonversi
) -> None:
    riwayat: list[object] = [AWAL, *evaluasi]
    ulang = data.draw(st.lists(st.sampled_from(riwayat), max_size=6))
    sekali = posisi_angka_kredit(riwayat, tanggal=T, prioritas=prioritas)
    assert posisi_angka_kredit([*riwayat, *riwayat], tanggal=T, prioritas=prioritas) == sekali
    assert posisi_angka_kredit([*riwayat, *ulang], tanggal=T, prioritas=prioritas) == sekali


@given(_evaluasi(), _PRIORITAS, _PEMBAGIAN)
def test_kar_ak_15_a_month_is_never_counted_twice(
    evaluasi: list[PenilaianKinerja], prioritas: PrioritasKonversi, pembagian: PembagianBulan
) -> None:
    """The months earned are exactly the months the evaluations cover, each once, whichever
    evaluation converts them; so the credit lies between the year at 25 % and at 150 %."""
    posisi = posisi_angka_kredit(
        [AWAL, *evaluasi], tanggal=T, prioritas=prioritas, pembagian=pembagian
    )
    tercakup = set().union(*(_bulan(p.periode, pembagian) for p in evaluasi))
    bulan = sum(h.bulan for h in posisi.hasil)
    assert bulan == len(tercakup) <= 12
    assert _ak(bulan, P.SANGAT_KURANG) <= posisi.angka_kredit_jenjang <= _ak(bulan, P.SANGAT_BAIK)


# -- credit inputs -------------------------------------------------------------------------

_BUKAN_ANGKA = [1.5, math.nan, None, True, "10,75", Decimal("NaN"), Decimal("-Infinity"), [1]]


@pytest.mark.parametrize("field", ["angka_kredit", "sisa_pangkat"])
@pytest.mark.parametrize("nilai", _BUKAN_ANGKA, ids=repr)
def test_saldo_awal_credit_is_an_exact_number(field: str, nilai: object) -> None:
    """Float, NaN, bool, text, a non-finite Decimal: a library error naming the field
    (``None`` is the default of ``sisa_pangkat``, so only ``angka_kredit`` refuses it)."""
    if field == "sisa_pangkat" and nilai is None:
        return
    with pytest.raises(BirokrasiError, match=rf"^SaldoAwal\.{field}: ") as info:
        SaldoAwal(D(2025, 1, 1), J.AHLI_MUDA, None, **{"angka_kredit": Fraction(20), field: nilai})
    jenis = InvalidValueError if isinstance(nilai, Decimal) else InvalidTypeError
    assert type(info.value) is jenis
    if isinstance(nilai, str):
        assert "angka_kredit_dari_teks" in str(info.value)


def test_saldo_awal_sisa_pangkat_converts_like_angka_kredit() -> None:
    """``sisa_pangkat`` takes an int or a Decimal as ``angka_kredit`` does (it refused them)."""
    awal = SaldoAwal(D(2025, 1, 1), J.AHLI_MUDA, None, 20, sisa_pangkat=Decimal("12.5"))  # type: ignore[arg-type]
    assert awal.sisa_pangkat == Fraction(25, 2)
    assert SaldoAwal(D(2025, 1, 1), J.AHLI_MUDA, None, 20, sisa_pangkat=5).sisa_pangkat == 5  # type: ignore[arg-type]


@pytest.mark.parametrize("nilai", _BUKAN_ANGKA, ids=repr)
def test_posisi_angka_kredit_credit_is_an_exact_number(nilai: object) -> None:
    posisi = posisi_angka_kredit([AWAL], tanggal=T)
    for field in ("angka_kredit_jenjang", "angka_kredit_pangkat"):
        with pytest.raises(BirokrasiError, match=rf"^PosisiAngkaKredit\.{field}: "):
            attrs.evolve(posisi, **{field: nilai})


def test_posisi_angka_kredit_fields_are_checked() -> None:
    posisi = posisi_angka_kredit([AWAL], tanggal=T)
    assert PosisiAngkaKredit(*attrs.astuple(posisi, recurse=False)) == posisi
    assert attrs.evolve(
        posisi, angka_kredit_pangkat=Decimal("2.5")
    ).angka_kredit_pangkat == Fraction(5, 2)
    for field, nilai in [("tanggal", "2025-12-31"), ("hasil", [1]), ("pendidikan_diberikan", 1)]:
        with pytest.raises(InvalidTypeError, match=rf"^PosisiAngkaKredit\.{field}"):
            attrs.evolve(posisi, **{field: nilai})


@pytest.mark.parametrize(
    ("teks", "nilai"),
    [
        ("10,75", Fraction(43, 4)),
        ("1.234,5", Fraction(2469, 2)),
        ("1.234.567", Fraction(1234567)),
        ("1234", Fraction(1234)),
        (" 0,125 ", Fraction(1, 8)),
        ("-2,5", Fraction(-5, 2)),
        ("007", Fraction(7)),
    ],
)
def test_angka_kredit_dari_teks_reads_indonesian_notation(teks: str, nilai: Fraction) -> None:
    assert angka_kredit_dari_teks(teks) == nilai


@pytest.mark.parametrize(
    ("teks", "pesan"),
    [
        ("10.75", "not a number in Indonesian notation"),
        ("1,234.5", "not a number in Indonesian notation"),
        ("1.234", "ambiguous"),
        ("10.750", "ambiguous"),
        ("0.500", "not a number"),
        ("", "not a number"),
        (",5", "not a number"),
        ("10,", "not a number"),
        ("1 000", "not a number"),
        ("NaN", "not a number"),
        ("1e3", "not a number"),
        ("\u0661\u0660", "not a number"),
        ("9" * 4001, "more than 4000 digits"),
    ],
)
def test_angka_kredit_dari_teks_refuses_other_forms(teks: str, pesan: str) -> None:
    with pytest.raises(InvalidValueError, match=rf"^teks: .*{pesan}"):
        angka_kredit_dari_teks(teks)


def test_angka_kredit_dari_teks_takes_text_only() -> None:
    with pytest.raises(InvalidTypeError, match=r"^teks: expected str"):
        angka_kredit_dari_teks(10.75)  # type: ignore[arg-type]


@given(st.integers(0, 10**12), st.integers(0, 6))
def test_angka_kredit_dari_teks_reads_what_a_pak_prints(sen: int, tempat: int) -> None:
    """A value printed the Indonesian way (dots every three digits, a decimal comma) reads
    back exactly."""
    nilai = Fraction(sen, 10**tempat)
    bulat, pecahan = divmod(sen, 10**tempat)
    teks = f"{bulat:,}".replace(",", ".")
    if tempat:
        teks += "," + str(pecahan).zfill(tempat)
    elif teks.count(".") == 1:
        teks += ",0"
    assert angka_kredit_dari_teks(teks) == nilai
    assert (
        SaldoAwal(D(2025, 1, 1), J.AHLI_MUDA, None, angka_kredit_dari_teks(teks)).angka_kredit
        == nilai
    )


@pytest.mark.parametrize("nilai", [Decimal("NaN"), "12,5", 1.5, None])
def test_credit_tables_refuse_what_saldo_awal_refuses(nilai: object) -> None:
    jenis = InvalidValueError if isinstance(nilai, Decimal) else InvalidTypeError
    with pytest.raises(jenis, match=r"^NilaiDasarIntegrasi\.nilai\[III/a\]: "):
        NilaiDasarIntegrasi(D(2023, 1, 1), {G.III_A: nilai})
    with pytest.raises(
        jenis, match=r"^TabelAngkaKreditPenyesuaian\.nilai\[III/a\]\['S-1'\]\[0\]: "
    ):
        TabelAngkaKreditPenyesuaian(D(2023, 1, 1), {G.III_A: {"S-1": (nilai,)}})


# -- pinned by mutation testing (issue 15 §5) ----------------------------------------------

_DES = Periode(D(2025, 10, 1), T)
_SEM = Periode(D(2025, 7, 1), T)


def test_kar_ak_08_on_one_day_a_periodic_result_before_the_annual_one() -> None:
    """Both end on 31 December: the periodic one (a semester, Sangat Baik) converts first even
    though the annual one (a new post from October) is shorter; so does a periodic HasilKinerja
    before an annual one."""
    semester = _ev("EV-S2", _SEM, PERIODIK, SANGAT_BAIK)
    tahunan = _ev("EV-T", _DES, TAHUNAN)
    posisi = posisi_angka_kredit([AWAL, tahunan, semester], tanggal=T)
    assert [(h.jenis, h.bulan) for h in posisi.hasil] == [(PERIODIK, 6), (TAHUNAN, 0)]
    periodik = HasilKinerja(J.AHLI_MUDA, P.SANGAT_BAIK, 6, T, jenis=PERIODIK)
    setahun = HasilKinerja(J.AHLI_MUDA, P.BAIK, 12, T, jenis=TAHUNAN)
    posisi = posisi_angka_kredit([AWAL, setahun, periodik], tanggal=T)
    assert [(h.jenis, h.bulan) for h in posisi.hasil] == [(PERIODIK, 6), (TAHUNAN, 6)]


def test_kar_ak_08_on_one_day_the_shorter_period_first() -> None:
    q4 = _ev("EV-Q4", _DES, PERIODIK, SANGAT_BAIK)
    semester = _ev("EV-S2", _SEM, PERIODIK)
    posisi = posisi_angka_kredit([AWAL, semester, q4], tanggal=T)
    assert [(h.predikat, h.bulan) for h in posisi.hasil] == [(P.SANGAT_BAIK, 3), (P.BAIK, 3)]


def test_kar_ak_08_on_one_day_results_then_the_degree_then_kenaikan_jenjang() -> None:
    hari = D(2025, 6, 30)
    gelar = TambahanPendidikan(hari, P.BAIK)
    pendidikan = angka_kredit_pendidikan(J.AHLI_MUDA, P.BAIK, tanggal=hari)
    for hasil in (
        _ev("EV-S1", Periode(D(2025, 1, 1), hari)),
        HasilKinerja(J.AHLI_MUDA, P.BAIK, 6, hari, jenis=PERIODIK),
    ):
        posisi = posisi_angka_kredit([AWAL, gelar, hasil], tanggal=T)
        assert posisi.angka_kredit_jenjang == _ak(6) + pendidikan
    naik = posisi_angka_kredit([AWAL, KenaikanJenjang(hari, J.AHLI_MADYA), gelar], tanggal=T)
    assert (naik.jenjang, naik.angka_kredit_jenjang, naik.pendidikan_diberikan) == (
        J.AHLI_MADYA,
        0,
        True,
    )


def test_kar_ak_06_the_degree_adds_to_the_credit_held() -> None:
    awal = SaldoAwal(D(2025, 1, 1), J.AHLI_MUDA, G.III_C, Fraction(10))
    hari = D(2025, 2, 1)
    posisi = posisi_angka_kredit([awal, TambahanPendidikan(hari, P.BAIK)], tanggal=T)
    tambah = angka_kredit_pendidikan(J.AHLI_MUDA, P.BAIK, tanggal=hari)
    assert posisi.angka_kredit_jenjang == posisi.angka_kredit_pangkat == 10 + tambah


def test_kar_ak_07_exactly_the_akk_is_enough_for_kenaikan_pangkat() -> None:
    hari = D(2025, 4, 1)
    akk = akk_kenaikan_pangkat(J.AHLI_MUDA, tanggal=hari)
    awal = SaldoAwal(D(2025, 1, 1), J.AHLI_MUDA, G.III_C, akk)
    posisi = posisi_angka_kredit([awal, KenaikanPangkat(hari, G.III_D)], tanggal=T)
    assert (posisi.golongan, posisi.angka_kredit_pangkat) == (G.III_D, 0)
    # on the day of a kenaikan jenjang, the credit before it must reach the old jenjang's AKK
    akk_lama = akk_kenaikan_pangkat(J.AHLI_PERTAMA, tanggal=hari)
    pertama = SaldoAwal(D(2025, 1, 1), J.AHLI_PERTAMA, G.III_B, akk_lama)
    naik = [pertama, KenaikanJenjang(hari, J.AHLI_MUDA), KenaikanPangkat(hari, G.III_C)]
    posisi = posisi_angka_kredit(naik, tanggal=T)
    assert (posisi.jenjang, posisi.golongan) == (J.AHLI_MUDA, G.III_C)


def test_kar_ak_08_kenaikan_jenjang_to_the_top_of_the_ladder() -> None:
    awal = SaldoAwal(D(2025, 1, 1), J.AHLI_MADYA, G.IV_C)
    posisi = posisi_angka_kredit([awal, KenaikanJenjang(D(2025, 4, 1), J.AHLI_UTAMA)], tanggal=T)
    assert posisi.jenjang is J.AHLI_UTAMA


def test_kar_ak_08_refusals_name_the_record() -> None:
    with pytest.raises(InvalidValueError, match=r"^riwayat\[1\]: kenaikan pangkat to "):
        posisi_angka_kredit([AWAL, KenaikanPangkat(D(2025, 4, 1), G.IV_A)], tanggal=T)
    with pytest.raises(InvalidValueError, match=r"^riwayat\[1\]: Ahli Utama is not the jenjang"):
        posisi_angka_kredit([AWAL, KenaikanJenjang(D(2025, 4, 1), J.AHLI_UTAMA)], tanggal=T)


_R = HasilKinerja(J.AHLI_MUDA, P.BAIK, 12, T)


def test_kar_ak_15_the_check_reads_the_records_up_to_its_date() -> None:
    assert len(periksa_riwayat_angka_kredit([AWAL, _R, _R], "d", tanggal=T)) == 1
    assert periksa_riwayat_angka_kredit([AWAL, _R, _R], "d", tanggal=D(2025, 12, 30)) == ()
    awal = HasilKinerja(J.AHLI_MUDA, P.BAIK, 6, D(2025, 6, 30))
    campur = [AWAL, _R, awal, awal]  # a later record first, then one given twice
    assert len(periksa_riwayat_angka_kredit(campur, "d", tanggal=D(2025, 7, 1))) == 1


def test_kar_ak_15_every_duplicate_and_conflict_is_reported() -> None:
    lain = HasilKinerja(J.AHLI_MUDA, P.SANGAT_BAIK, 6, D(2025, 6, 30))
    ev = _ev("EV-X", Periode(D(2025, 1, 1), D(2025, 3, 31)))
    bentrok = _ev("EV-X", Periode(D(2025, 4, 1), D(2025, 6, 30)))
    temuan = periksa_riwayat_angka_kredit([AWAL, ev, bentrok, _R, _R, lain, lain], "d")
    assert [t.pesan.teks().split(" ")[-2:] for t in temuan][:3] == [
        ["counted", "once"],
        ["counted", "once"],
        ["and", "riwayat[2])"],
    ]


def test_kar_ak_15_the_months_left_name_every_result_counting_them() -> None:
    q1 = HasilKinerja(J.AHLI_MUDA, P.BAIK, 3, D(2025, 3, 31), jenis=PERIODIK)
    q2 = HasilKinerja(J.AHLI_MUDA, P.BAIK, 3, D(2025, 6, 30), jenis=PERIODIK)
    setahun = HasilKinerja(J.AHLI_MUDA, P.BAIK, 12, T, jenis=TAHUNAN)
    (temuan,) = periksa_riwayat_angka_kredit([AWAL, q1, q2, setahun], "d")
    assert temuan.pesan.teks() == (
        "riwayat[3] (Evaluasi Kinerja Tahunan, Baik, 12 month(s) to 2025-12-31) earns 6 of its "
        "12 month(s): riwayat[1] (Evaluasi Kinerja Periodik, Baik, 3 month(s) to 2025-03-31), "
        "riwayat[2] (Evaluasi Kinerja Periodik, Baik, 3 month(s) to 2025-06-30) already count "
        "6 month(s) of 2025"
    )


def test_kar_ak_15_annual_priority_reserves_only_its_own_months() -> None:
    """Under ``TAHUNAN`` an annual evaluation of July to December reserves those six months of
    2025: a periodic result of nine months earns the six left, naming it."""
    tahunan = _ev("EV-T", _SEM, TAHUNAN)
    sembilan = HasilKinerja(J.AHLI_MUDA, P.SANGAT_BAIK, 9, D(2025, 9, 30), jenis=PERIODIK)
    riwayat = [AWAL, sembilan, tahunan]
    (temuan,) = periksa_riwayat_angka_kredit(riwayat, "d", prioritas=PrioritasKonversi.TAHUNAN)
    assert temuan.pesan.teks() == (
        "riwayat[1] (Evaluasi Kinerja Periodik, Sangat Baik, 9 month(s) to 2025-09-30) earns 6 "
        "of its 9 month(s): EV-T (2025-07-01..2025-12-31) already count 6 month(s) of 2025"
    )
