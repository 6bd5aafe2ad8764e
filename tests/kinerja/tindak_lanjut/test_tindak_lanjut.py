"""Tindak lanjut: awards (KIN-TL-01) and the poor-performance chain (KIN-TL-02 .. KIN-TL-05)."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import birokrasi.testing as bt
from birokrasi import contoh
from birokrasi.errors import BirokrasiError, InvalidTypeError, InvalidValueError, OutOfWindowError
from birokrasi.katalog import KATALOG
from birokrasi.kinerja.penilaian.evaluasi import JenisEvaluasi, PenilaianKinerja
from birokrasi.kinerja.predikat import Predikat, Rating
from birokrasi.kinerja.tindak_lanjut.kinerja_rendah import ATURAN as ATURAN_KINERJA_RENDAH
from birokrasi.kinerja.tindak_lanjut.kinerja_rendah import (
    JenisKejadian,
    KejadianKinerja,
    TahapKinerjaRendah,
    predikat_pemicu,
    status_kinerja_rendah,
)
from birokrasi.kinerja.tindak_lanjut.penghargaan import ATURAN as ATURAN_PENGHARGAAN
from birokrasi.kinerja.tindak_lanjut.penghargaan import (
    KRITERIA_PENGHARGAAN,
    KriteriaPenghargaan,
    penghargaan_layak,
)
from birokrasi.periode import Periode
from birokrasi.struktur.potret import potret_pegawai

ATURAN = ATURAN_PENGHARGAAN + ATURAN_KINERJA_RENDAH  # the KIN-TL rules of both modules
D = dt.date
P, K, T = Predikat, JenisKejadian, TahapKinerjaRendah


def _k(jenis: JenisKejadian, tanggal: dt.date, p: Predikat | None = None) -> KejadianKinerja:
    return KejadianKinerja(jenis, tanggal, p)


RANTAI = [
    _k(K.HASIL_TAHUNAN, D(2025, 1, 15), P.SANGAT_KURANG),
    _k(K.HASIL_PERBAIKAN, D(2025, 7, 15), P.KURANG),
    _k(K.UJI_KOMPETENSI, D(2025, 8, 1)),
    _k(K.TANPA_LOWONGAN, D(2025, 9, 1)),
    _k(K.DIBERHENTIKAN, D(2026, 9, 1)),
]


def test_rules_are_catalogued() -> None:
    for rule in ATURAN:
        assert KATALOG[rule.kode] is rule


def test_kin_tl_01_awards() -> None:
    sb = {2023: P.SANGAT_BAIK, 2024: P.SANGAT_BAIK, 2025: P.BAIK}
    assert [k.kode for k in penghargaan_layak(sb, tahun=2024)] == [
        "TALENT-POOL",
        "PENGHARGAAN-INSTANSI",
    ]
    assert penghargaan_layak(sb, tahun=2025) == ()
    assert [k.kode for k in penghargaan_layak(sb, tahun=2023)] == ["PENGHARGAAN-INSTANSI"]
    sendiri = KriteriaPenghargaan("BAIK-3", "Piagam", P.BAIK, 3)
    assert penghargaan_layak(sb, tahun=2025, kriteria=[sendiri]) == (sendiri,)
    assert KRITERIA_PENGHARGAAN[0].aturan.tafsiran


@pytest.mark.parametrize("bad", [{"x": P.BAIK}, {2024: "Baik"}, "2024", None, [object()]])
def test_kin_tl_01_bad_history(bad: object) -> None:
    with pytest.raises(BirokrasiError):
        penghargaan_layak(bad, tahun=2024)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("riwayat", "lain", "pesan"),
    [
        ({"x": P.BAIK}, {}, "riwayat (tahun): expected int, got 'x' (str)"),
        ({2024: "Baik"}, {}, "riwayat[2024]: expected Predikat, got 'Baik' (str)"),
        (
            5,
            {},
            "riwayat: expected Mapping[int, Predikat] | Iterable[PenilaianKinerja], got 5 (int)",
        ),
        ([1], {}, "riwayat[0]: expected PenilaianKinerja, got 1 (int)"),
        ({}, {"tahun": "x"}, "tahun: expected int, got 'x' (str)"),
        ({}, {"kriteria": [1]}, "kriteria[0]: expected KriteriaPenghargaan, got 1 (int)"),
    ],
)
def test_kin_tl_01_errors_name_the_argument(
    riwayat: object, lain: dict[str, object], pesan: str
) -> None:
    argumen: dict[str, object] = {"tahun": 2024, **lain}
    with pytest.raises(BirokrasiError) as galat:
        penghargaan_layak(riwayat, **argumen)  # type: ignore[arg-type]
    assert str(galat.value) == pesan


def test_kin_tl_02_trigger() -> None:
    assert predikat_pemicu() == {P.KURANG, P.SANGAT_KURANG}
    assert predikat_pemicu(jpt=True) == {P.KURANG, P.SANGAT_KURANG, P.BUTUH_PERBAIKAN}
    cukup = [_k(K.HASIL_TAHUNAN, D(2025, 1, 15), P.BUTUH_PERBAIKAN)]
    assert status_kinerja_rendah(cukup, tanggal=D(2025, 2, 1)).tahap is T.NORMAL
    assert status_kinerja_rendah(cukup, tanggal=D(2025, 2, 1), jpt=True).tahap is T.PERBAIKAN


def test_kin_tl_chain_stage_by_stage() -> None:
    harapan = [
        (D(2025, 1, 1), T.NORMAL, None),
        (D(2025, 1, 15), T.PERBAIKAN, D(2025, 7, 15)),
        (D(2025, 7, 15), T.UJI_KOMPETENSI, None),
        (D(2025, 8, 1), T.PEMINDAHAN, None),
        (D(2025, 9, 1), T.PENEMPATAN_SEMENTARA, D(2026, 9, 1)),
        (D(2026, 9, 1), T.DIBERHENTIKAN, None),
    ]
    for tanggal, tahap, batas in harapan:
        s = status_kinerja_rendah(RANTAI, tanggal=tanggal)
        assert (s.tahap, s.batas) == (tahap, batas)
    s = status_kinerja_rendah(RANTAI[:4], tanggal=D(2026, 10, 1))
    assert s.terlambat
    assert s.aturan.kode == "KIN-TL-04"
    assert status_kinerja_rendah(RANTAI, tanggal=D(2027, 1, 1)).aturan.kode == "KIN-TL-05"


def test_kin_tl_02_improvement_ends_the_chain() -> None:
    membaik = [RANTAI[0], _k(K.HASIL_PERBAIKAN, D(2025, 7, 20), P.BAIK)]
    s = status_kinerja_rendah(membaik, tanggal=D(2025, 8, 1))
    assert s.tahap is T.NORMAL
    assert s.sejak is None
    moved = [*RANTAI[:3], _k(K.DIPINDAHKAN, D(2025, 9, 1))]
    assert status_kinerja_rendah(moved, tanggal=D(2025, 9, 2)).tahap is T.NORMAL


@pytest.mark.parametrize(
    ("kejadian", "pesan"),
    [
        ([_k(K.UJI_KOMPETENSI, D(2025, 1, 1))], "not a step from stage NORMAL"),
        ([RANTAI[0], _k(K.HASIL_PERBAIKAN, D(2025, 7, 14), P.KURANG)], "runs to 2025-07-15"),
        ([*RANTAI[:4], _k(K.DIBERHENTIKAN, D(2026, 8, 31))], "no dismissal before"),
        ([*RANTAI, _k(K.HASIL_TAHUNAN, D(2027, 1, 1), P.BAIK)], "from stage DIBERHENTIKAN"),
        ([RANTAI[0], _k(K.HASIL_TAHUNAN, D(2024, 1, 1), P.BAIK)], "before the previous"),
    ],
)
def test_kin_tl_invalid_transitions(kejadian: list[KejadianKinerja], pesan: str) -> None:
    with pytest.raises(InvalidValueError, match=pesan):
        status_kinerja_rendah(kejadian, tanggal=D(2030, 1, 1))


def test_kin_tl_chain_status_says_since_when_and_the_next_step() -> None:
    s = status_kinerja_rendah(RANTAI[:2], tanggal=D(2025, 7, 20))
    assert (s.sejak, s.langkah_berikut) == (D(2025, 7, 15), "uji kompetensi kembali")
    s = status_kinerja_rendah(RANTAI[:4], tanggal=D(2025, 9, 2))
    assert (s.sejak, s.langkah_berikut) == (
        D(2025, 9, 1),
        "pemindahan bila tersedia lowongan; bila tidak, pemberhentian dengan hormat",
    )


@pytest.mark.parametrize(
    ("kejadian", "jpt", "pesan"),
    [
        (
            [RANTAI[0], _k(K.UJI_KOMPETENSI, D(2025, 3, 1))],
            True,
            "kejadian[1]: UJI_KOMPETENSI on 2025-03-01 is not a step from stage PERBAIKAN",
        ),
        (
            [RANTAI[0], _k(K.TANPA_LOWONGAN, D(2025, 3, 1))],
            False,
            "kejadian[1]: TANPA_LOWONGAN on 2025-03-01 is not a step from stage PERBAIKAN",
        ),
        (
            RANTAI[:4],
            True,
            "kejadian[3]: TANPA_LOWONGAN on 2025-09-01 is not a step from stage PEMINDAHAN "
            "for a JPT",
        ),
    ],
)
def test_kin_tl_a_step_out_of_order_is_named_by_index_and_stage(
    kejadian: list[KejadianKinerja], jpt: bool, pesan: str
) -> None:
    with pytest.raises(InvalidValueError) as galat:
        status_kinerja_rendah(kejadian, tanggal=D(2030, 1, 1), jpt=jpt)
    assert str(galat.value) == pesan


def test_kin_tl_a_bad_event_is_named_by_index() -> None:
    with pytest.raises(InvalidTypeError, match=r"^kejadian\[1\]: expected KejadianKinerja"):
        status_kinerja_rendah([RANTAI[0], "x"], tanggal=D(2030, 1, 1))  # type: ignore[list-item]


def test_kin_tl_04_not_for_jpt() -> None:
    with pytest.raises(InvalidValueError, match="for a JPT"):
        status_kinerja_rendah(RANTAI[:4], tanggal=D(2030, 1, 1), jpt=True)


def test_annual_results_during_the_chain_are_recorded() -> None:
    kejadian = [RANTAI[0], _k(K.HASIL_TAHUNAN, D(2025, 3, 1), P.BAIK)]
    assert status_kinerja_rendah(kejadian, tanggal=D(2025, 3, 2)).tahap is T.PERBAIKAN


def test_kejadian_predikat_where_it_belongs() -> None:
    with pytest.raises(InvalidValueError, match="needs predikat"):
        _k(K.HASIL_TAHUNAN, D(2025, 1, 1))
    with pytest.raises(InvalidValueError, match="takes no predikat"):
        _k(K.UJI_KOMPETENSI, D(2025, 1, 1), P.BAIK)
    assert T.PERBAIKAN.label.startswith("Masa")
    assert K.DIPINDAHKAN.label


@pytest.mark.parametrize("bad", [None, "x", [object()], [3]])
def test_bad_input_raises_birokrasi_error(bad: object) -> None:
    with pytest.raises(BirokrasiError):
        status_kinerja_rendah(bad, tanggal=D(2025, 1, 1))  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError):
        status_kinerja_rendah([], tanggal="2025-01-01")  # type: ignore[arg-type]


def test_a_mapping_of_events_is_refused_not_read_as_its_keys() -> None:
    k = {_k(K.HASIL_TAHUNAN, D(2025, 1, 15), P.KURANG): "catatan"}
    with pytest.raises(InvalidTypeError, match=r"^kejadian: expected Iterable\[KejadianKinerja"):
        status_kinerja_rendah(k, tanggal=D(2025, 3, 1))


_URUT = [T.NORMAL, T.PERBAIKAN, T.UJI_KOMPETENSI, T.PEMINDAHAN, T.PENEMPATAN_SEMENTARA,
         T.DIBERHENTIKAN]  # fmt: skip


@given(st.lists(bt.kejadian_kinerja(), max_size=12), st.booleans())
def test_kin_tl_no_sequence_skips_a_stage(kejadian: list[KejadianKinerja], jpt: bool) -> None:
    kejadian.sort(key=lambda k: k.tanggal)
    tahap = T.NORMAL
    for n in range(1, len(kejadian) + 1):
        try:
            baru = status_kinerja_rendah(kejadian[:n], tanggal=D(2041, 1, 1), jpt=jpt).tahap
        except InvalidValueError:
            return
        maju = _URUT.index(baru) - _URUT.index(tahap)
        assert baru is T.NORMAL or maju in (0, 1)
        if baru is T.NORMAL and tahap is not T.NORMAL:
            assert tahap in (T.PERBAIKAN, T.PEMINDAHAN, T.PENEMPATAN_SEMENTARA)
        tahap = baru


def _penilaian(kode: str, tahun: int, hk: Rating, jenis: JenisEvaluasi) -> PenilaianKinerja:
    org = contoh.instansi()
    nip = "199003032014032004"
    d = D(2025, 6, 30)
    penilai = org.pejabat_penilai(nip, d)
    assert penilai is not None
    periode = Periode.tahun(tahun) if jenis is JenisEvaluasi.TAHUNAN else Periode.bulan(tahun, 1)
    return PenilaianKinerja(
        kode, "SKP", potret_pegawai(org, nip, d), potret_pegawai(org, penilai.nip, d), jenis,
        periode, hk,
        Rating.DI_ATAS_EKSPEKTASI, D(tahun + 1, 1, 15),
    )  # fmt: skip


def test_evaluations_feed_awards_and_the_chain() -> None:
    da, db = Rating.DI_ATAS_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI
    tahunan = [
        _penilaian("A23", 2023, da, JenisEvaluasi.TAHUNAN),
        _penilaian("A24", 2024, db, JenisEvaluasi.TAHUNAN),
        _penilaian("A24b", 2024, da, JenisEvaluasi.TAHUNAN),  # a later re-rating counts
        _penilaian("P24", 2024, db, JenisEvaluasi.PERIODIK),  # periodic: ignored
    ]
    assert penghargaan_layak(tahunan, tahun=2024)[0].kode == "TALENT-POOL"
    s = status_kinerja_rendah([tahunan[1]], tanggal=D(2025, 2, 1), jpt=True)
    assert s.tahap is T.PERBAIKAN
    with pytest.raises(InvalidTypeError, match="annual PenilaianKinerja"):
        status_kinerja_rendah([tahunan[3]], tanggal=D(2025, 2, 1))


def test_month_end_deadlines_are_clamped() -> None:
    k = [_k(K.HASIL_TAHUNAN, D(2025, 8, 31), P.KURANG)]
    assert status_kinerja_rendah(k, tanggal=D(2025, 9, 1)).batas == D(2026, 2, 28)


@pytest.mark.parametrize(
    ("hasil_tahunan", "batas"),
    [
        (D(2025, 1, 31), D(2025, 7, 31)),
        (D(2023, 8, 31), D(2024, 2, 29)),
        (D(2025, 8, 31), D(2026, 2, 28)),
    ],
)
def test_kin_tl_02_six_months_keep_the_day_or_end_the_month(
    hasil_tahunan: dt.date, batas: dt.date
) -> None:
    k = [_k(K.HASIL_TAHUNAN, hasil_tahunan, P.KURANG)]
    assert status_kinerja_rendah(k, tanggal=hasil_tahunan).batas == batas


def test_kin_tl_04_a_year_from_29_february_ends_on_28_february() -> None:
    hari = D(2024, 2, 29)
    k = [
        _k(K.HASIL_TAHUNAN, D(2023, 8, 31), P.KURANG),
        _k(K.HASIL_PERBAIKAN, hari, P.KURANG),
        _k(K.UJI_KOMPETENSI, hari),
        _k(K.TANPA_LOWONGAN, hari),
    ]
    s = status_kinerja_rendah(k, tanggal=hari)
    assert (s.tahap, s.batas) == (T.PENEMPATAN_SEMENTARA, D(2025, 2, 28))


def test_kin_tl_02_05_di_akhir_kalender() -> None:
    """Six or twelve months after a day late in 9999 is no date: the status says so with
    OutOfWindowError naming the rule, and an evaluation of the improvement period within
    9999 is refused as too early (both raised ValueError from dateutil before ``make fuzz``)."""
    kurang = _k(K.HASIL_TAHUNAN, D(9999, 8, 1), P.KURANG)
    with pytest.raises(OutOfWindowError, match=r"^kejadian: .*PERBAIKAN.*KIN-TL-02.*9999-12-31"):
        status_kinerja_rendah([kurang], tanggal=D.max)
    with pytest.raises(InvalidValueError, match=r"runs to a day after 9999-12-31"):
        status_kinerja_rendah([kurang, _k(K.HASIL_PERBAIKAN, D.max, P.KURANG)], tanggal=D.max)
    awal = _k(K.HASIL_TAHUNAN, D(9999, 6, 30), P.KURANG)
    assert status_kinerja_rendah([awal], tanggal=D.max).batas == D(9999, 12, 30)
    sementara = [
        _k(K.HASIL_TAHUNAN, D(9998, 1, 1), P.KURANG),
        _k(K.HASIL_PERBAIKAN, D(9998, 7, 1), P.KURANG),
        _k(K.UJI_KOMPETENSI, D(9998, 7, 2)),
        _k(K.TANPA_LOWONGAN, D(9999, 1, 2)),
    ]
    with pytest.raises(OutOfWindowError, match=r"PENEMPATAN_SEMENTARA, 12 months"):
        status_kinerja_rendah(sementara, tanggal=D.max)
    with pytest.raises(InvalidValueError, match=r"placement runs to a day after 9999-12-31"):
        status_kinerja_rendah([*sementara, _k(K.DIBERHENTIKAN, D.max)], tanggal=D.max)


def test_kin_tl_01_kriteria_dan_tahun_besar() -> None:
    with pytest.raises(
        InvalidTypeError, match=r"^kriteria: expected Iterable\[KriteriaPenghargaan\]"
    ):
        penghargaan_layak({2024: P.BAIK}, tahun=2024, kriteria=float("inf"))  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"^riwayat\[<int that cannot be shown>\]"):
        penghargaan_layak({10**5000: "Baik"}, tahun=2024)  # type: ignore[dict-item]
    assert penghargaan_layak({10**5000: P.SANGAT_BAIK}, tahun=10**5000) == (
        KRITERIA_PENGHARGAAN[1],
    )


def test_kin_tl_01_a_criterion_keeps_the_rule_it_is_given() -> None:
    """An agency's recognition applies its own rule when it names one (pinned by mutation
    testing, issue 15 §5)."""
    sendiri = attrs.evolve(ATURAN_PENGHARGAAN[0], kode="KIN-TL-99")
    kriteria = KriteriaPenghargaan("BAIK-3", "Piagam", P.BAIK, 3, aturan=sendiri)
    assert kriteria.aturan is sendiri
    assert KriteriaPenghargaan("BAIK-3", "Piagam", P.BAIK, 3).aturan is ATURAN_PENGHARGAAN[0]


@pytest.mark.bahasa_baku
def test_kin_tl_04_bukan_langkah_jpt_dalam_bahasa_indonesia() -> None:
    with pytest.raises(InvalidValueError) as galat:
        status_kinerja_rendah(RANTAI[:4], tanggal=D(2030, 1, 1), jpt=True)
    assert galat.value.kode == "KIN-TL-04/bukan-langkah-jpt"
    assert str(galat.value) == (
        "kejadian[3]: TANPA_LOWONGAN pada 1 September 2025 bukan langkah lanjutan dari tahap "
        "PEMINDAHAN bagi JPT"
    )


@pytest.mark.bahasa_baku
def test_kin_tl_02_batas_lewat_kalender_dalam_bahasa_indonesia() -> None:
    kurang = _k(K.HASIL_TAHUNAN, D(9999, 8, 1), P.KURANG)
    with pytest.raises(OutOfWindowError) as galat:
        status_kinerja_rendah([kurang], tanggal=D.max)
    assert str(galat.value) == (
        "kejadian: batas waktu tahap PERBAIKAN, 6 bulan sesudah 1 Agustus 9999 (KIN-TL-02), "
        "jatuh pada hari sesudah 31 Desember 9999, hari terakhir kalender"
    )
