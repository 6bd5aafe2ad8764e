"""Evaluasi kinerja: PenilaianKinerja, evaluasi_kinerja, periksa_penilaian, RiwayatPenilaian."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from birokrasi import contoh, serial
from birokrasi import testing as bst
from birokrasi.contoh import skp as contoh_skp
from birokrasi.errors import (
    AuthorityError,
    BirokrasiError,
    InvalidTypeError,
    InvalidValueError,
    NotFoundError,
    OutOfWindowError,
)
from birokrasi.kinerja.penilaian.capaian import PredikatOrganisasi
from birokrasi.kinerja.penilaian.evaluasi import (
    ATURAN_PENILAI_EVALUASI,
    JENIS_PERIODIK_BAKU,
    JenisEvaluasi,
    PenilaianKinerja,
    evaluasi_kinerja,
    periksa_penilaian,
)
from birokrasi.kinerja.penilaian.riwayat import RiwayatPenilaian, evaluasi_tahunan
from birokrasi.kinerja.perencanaan.skp import SKP as SKP_KELAS
from birokrasi.kinerja.perencanaan.skp import (
    IndikatorKinerja,
    JenisHasilKerja,
    Pendekatan,
    RencanaHasilKerja,
    Tandatangan,
    Target,
    susun_skp,
)
from birokrasi.kinerja.predikat import ATURAN_KUADRAN, Predikat, Rating, predikat_kinerja
from birokrasi.periode import JenisPeriode, Periode
from birokrasi.struktur import Jabatan, Jenjang, PejabatLuar
from birokrasi.struktur.potret import potret_pegawai
from birokrasi.struktur.unsur import Delegasi

D = dt.date
ORG = contoh.instansi()
TAHUN = Periode.tahun(2025)
KEPALA = ORG.kepala_unit(ORG.unit_akar.kode, D(2025, 1, 2))  # type: ignore[union-attr]
SEKRETARIS = ORG.kepala_unit("DISKOMINFO.SEKRETARIAT", D(2025, 1, 2))
assert KEPALA is not None
assert SEKRETARIS is not None
JF = next(
    t
    for t in ORG.penempatan_aktif(D(2025, 1, 2))
    if not t.kepala
    and t.jabatan.jenjang.is_fungsional
    and ORG.pejabat_penilai(t.nip, D(2025, 1, 2)) == KEPALA
    and ORG.pejabat_penilai(t.nip, D(2025, 12, 31)) == KEPALA
)
DA, SE, DB = Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI


def _rhk() -> RencanaHasilKerja:
    return RencanaHasilKerja(
        "RHK-1",
        "Layanan aplikasi tersedia",
        (IndikatorKinerja("Persentase ketersediaan layanan", Target.angka(99, "persen")),),
        jenis=JenisHasilKerja.UTAMA,
    )


def _skp(nip: object = None, ditetapkan: bool = True) -> object:
    nip = JF.nip if nip is None else nip
    skp = susun_skp(ORG, "SKP-2025-JF", nip, TAHUN, Pendekatan.KUANTITATIF, (_rhk(),))  # type: ignore[arg-type]
    if ditetapkan:
        skp = skp.setujui(nip, D(2025, 1, 10)).tetapkan(ORG, skp.penilai.nip, D(2025, 1, 15))  # type: ignore[arg-type]
    return skp


SKP = _skp()
PENILAI = potret_pegawai(ORG, KEPALA.nip, D(2025, 12, 31))
PENILAI_LUAR = attrs.evolve(PENILAI, nip="197001011995031001", nama="Sekretaris Daerah")


def _eval(**ubah: object) -> PenilaianKinerja:
    dasar = {
        "kode": "EV-1",
        "jenis": JenisEvaluasi.TAHUNAN,
        "periode": TAHUN,
        "rating_hasil_kerja": DA,
        "rating_perilaku_kerja": SE,
        "oleh": PENILAI,
        "tanggal": D(2025, 12, 31),
    }
    dasar.update(ubah)
    return evaluasi_kinerja(SKP, **dasar)  # type: ignore[arg-type]


def test_kin_eval_predikat_is_derived_from_the_kuadran() -> None:
    p = _eval()
    assert p.predikat is Predikat.BAIK
    assert p.predikat is predikat_kinerja(p.rating_hasil_kerja, p.rating_perilaku_kerja)
    assert p.skp == SKP.kode  # type: ignore[attr-defined]
    assert p.pegawai == SKP.pegawai  # type: ignore[attr-defined]
    assert p.tahun == 2025
    assert p.jumlah_bulan == 12
    with pytest.raises(TypeError):
        PenilaianKinerja(  # type: ignore[call-arg]
            "X", "S", p.pegawai, p.penilai, p.jenis, p.periode, DA, DA, p.tanggal, predikat=1
        )


@given(st.sampled_from(Rating), st.sampled_from(Rating))
def test_kin_eval_predikat_follows_every_rating_pair(hasil: Rating, perilaku: Rating) -> None:
    p = _eval(rating_hasil_kerja=hasil, rating_perilaku_kerja=perilaku)
    assert p.predikat is predikat_kinerja(hasil, perilaku)


SEMESTERAN = {JenisPeriode.BULANAN, JenisPeriode.TRIWULANAN, JenisPeriode.SEMESTERAN}


def test_kin_eval_01_periodic_periods() -> None:
    assert _eval(jenis=JenisEvaluasi.PERIODIK, periode=Periode.triwulan(2025, 2)).jumlah_bulan == 3
    semester = _eval(
        jenis=JenisEvaluasi.PERIODIK, periode=Periode.semester(2025, 1), jenis_periodik=SEMESTERAN
    )
    assert semester.jumlah_bulan == 6
    with pytest.raises(InvalidValueError, match=r"at most 6 months.*KIN-EVAL-01"):
        _eval(jenis=JenisEvaluasi.PERIODIK, periode=Periode(D(2025, 1, 1), D(2025, 7, 1)))


@pytest.mark.parametrize(
    ("periode", "baku", "semesteran"),
    [
        (Periode.bulan(2025, 2), True, True),
        (Periode.triwulan(2025, 3), True, True),
        (Periode(D(2025, 2, 15), D(2025, 3, 31)), True, True),  # a quarter cut short
        (Periode(D(2025, 3, 1), D(2025, 4, 30)), False, True),  # across two quarters
        (Periode.semester(2025, 2), False, True),
        (Periode(D(2025, 6, 1), D(2025, 7, 31)), False, False),  # across two semesters
    ],
)
def test_kin_eval_01_periodic_is_monthly_or_quarterly_by_default(
    periode: Periode, baku: bool, semesteran: bool
) -> None:
    """6/2022's definition: the periodic evaluation reviews a pegawai "selama bulanan atau
    triwulanan"; a semester (or any span across quarters) is a policy, not the default."""
    p = PenilaianKinerja(
        "EV-P", SKP.kode, SKP.pegawai, PENILAI, JenisEvaluasi.PERIODIK, periode, DA, SE,  # type: ignore[attr-defined]
        periode.selesai,
    )  # fmt: skip

    def kode(**kebijakan: object) -> list[str]:
        return [x.kode for x in periksa_penilaian(p, SKP, **kebijakan)]  # type: ignore[arg-type]

    assert kode() == ([] if baku else ["KIN-EVAL-01"])
    assert kode(jenis_periodik=SEMESTERAN) == ([] if semesteran else ["KIN-EVAL-01"])
    assert kode(jenis_periodik={JenisPeriode.TAHUNAN}) == []  # any span up to six months
    if not baku:
        with pytest.raises(InvalidValueError, match=r"KIN-EVAL-01"):
            _eval(jenis=JenisEvaluasi.PERIODIK, periode=periode, tanggal=periode.selesai)
    assert periksa_penilaian(_eval(), SKP) == ()  # type: ignore[arg-type]


def test_kin_eval_01_finding_names_the_period_and_the_kinds() -> None:
    p = PenilaianKinerja(
        "EV-S", SKP.kode, SKP.pegawai, PENILAI, JenisEvaluasi.PERIODIK, Periode.semester(2025, 1),  # type: ignore[attr-defined]
        DA, SE, D(2025, 6, 30),
    )  # fmt: skip
    [temuan] = periksa_penilaian(p, SKP)  # type: ignore[arg-type]
    assert temuan.subjek == "penilaian:EV-S"
    assert str(temuan.pesan) == (
        "periodic evaluation of 2025-01-01..2025-06-30 is not inside one month or quarter "
        "(jenis_periodik: Bulanan, Triwulanan)"
    )
    assert frozenset({JenisPeriode.BULANAN, JenisPeriode.TRIWULANAN}) == JENIS_PERIODIK_BAKU


def test_kin_eval_01_jenis_periodik_is_checked() -> None:
    p = _eval()
    with pytest.raises(InvalidTypeError, match=r"^jenis_periodik: "):
        periksa_penilaian(p, SKP, jenis_periodik={"BULANAN"})  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"^jenis_periodik: "):
        periksa_penilaian(p, SKP, jenis_periodik=JenisPeriode.BULANAN)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"^jenis_periodik: .*empty"):
        periksa_penilaian(p, SKP, jenis_periodik=())  # type: ignore[arg-type]


def test_kin_eval_02_period_within_one_year() -> None:
    with pytest.raises(InvalidValueError, match=r"spans two performance years"):
        PenilaianKinerja(
            "E",
            "S",
            SKP.pegawai,  # type: ignore[attr-defined]
            PENILAI,
            JenisEvaluasi.TAHUNAN,
            Periode(D(2024, 7, 1), D(2025, 6, 30)),
            DA,
            DA,
            D(2025, 6, 30),
        )


def test_evaluation_cannot_predate_its_period_or_rate_oneself() -> None:
    with pytest.raises(InvalidValueError, match=r"PenilaianKinerja\.tanggal"):
        _eval(tanggal=D(2024, 12, 31))
    with pytest.raises(InvalidValueError, match="rates themself"):
        _eval(oleh=SKP.pegawai)  # type: ignore[attr-defined]
    with pytest.raises(InvalidValueError, match="replaces itself"):
        _eval(menggantikan="EV-1")


def test_kin_eval_03_only_the_penilai_may_evaluate() -> None:
    lain = potret_pegawai(ORG, SEKRETARIS.nip, D(2025, 12, 31))  # type: ignore[union-attr]
    with pytest.raises(AuthorityError, match=r"KIN-EVAL-03"):
        _eval(oleh=lain)


def test_kin_eval_03_the_current_pejabat_penilai_may_evaluate_with_the_instansi() -> None:
    """A successor or delegate authorised on the evaluation date also may (given instansi)."""
    lain = potret_pegawai(ORG, SEKRETARIS.nip, D(2025, 12, 31))  # type: ignore[union-attr]
    p = attrs.evolve(_eval(), penilai=lain)
    found = periksa_penilaian(p, SKP, instansi=ORG)  # type: ignore[arg-type]
    assert [x.kode for x in found] == ["KIN-EVAL-03"]
    assert periksa_penilaian(_eval(), SKP, instansi=ORG) == ()  # type: ignore[arg-type]


def test_kin_eval_03_a_delegate_on_the_evaluation_date_rates_given_the_instansi() -> None:
    """Without the instansi only the SKP's penilai may rate; with it, the official a delegation
    names on the evaluation date does."""
    lain = potret_pegawai(ORG, SEKRETARIS.nip, D(2025, 12, 31))  # type: ignore[union-attr]
    p = attrs.evolve(_eval(), penilai=lain)
    org = ORG.tambah_delegasi(Delegasi(lain.nip, JF.nip, D(2025, 1, 2)))
    assert periksa_penilaian(p, SKP, instansi=org) == ()  # type: ignore[arg-type]
    assert [x.kode for x in periksa_penilaian(p, SKP)] == ["KIN-EVAL-03"]  # type: ignore[arg-type]


def test_kin_eval_04_skp_must_be_set_and_cover_the_period() -> None:
    draft = _skp(ditetapkan=False)
    with pytest.raises(InvalidValueError, match=r"KIN-EVAL-04"):
        evaluasi_kinerja(
            draft,  # type: ignore[arg-type]
            "E",
            JenisEvaluasi.TAHUNAN,
            TAHUN,
            DA,
            DA,
            oleh=PENILAI,
            tanggal=D(2025, 12, 31),
        )
    short = attrs.evolve(SKP, periode=Periode(D(2025, 1, 1), D(2025, 6, 30)))  # type: ignore[misc]
    p = _eval()
    assert [x.kode for x in periksa_penilaian(p, short)] == ["KIN-EVAL-04"]


def test_kin_eval_04_evaluation_of_another_skp_is_reported_alone() -> None:
    p = attrs.evolve(_eval(), skp="SKP-LAIN")
    found = periksa_penilaian(p, SKP)  # type: ignore[arg-type]
    assert [x.kode for x in found] == ["KIN-EVAL-04"]
    assert "SKP-LAIN" in str(found[0].pesan)


def test_kin_eval_05_unit_head_rating_follows_predikat_organisasi() -> None:
    kepala_skp = susun_skp(
        ORG,
        "SKP-2025-SEK",
        SEKRETARIS.nip,  # type: ignore[union-attr]
        TAHUN,
        Pendekatan.KUANTITATIF,
        (_rhk(),),
    )
    p = PenilaianKinerja(
        "E-SEK",
        kepala_skp.kode,
        kepala_skp.pegawai,
        kepala_skp.penilai,
        JenisEvaluasi.TAHUNAN,
        TAHUN,
        SE,
        SE,
        D(2025, 12, 31),
    )
    assert p.pegawai.kepala
    by_org = {
        PredikatOrganisasi.ISTIMEWA: ["KIN-EVAL-05"],
        PredikatOrganisasi.BAIK: [],
        PredikatOrganisasi.KURANG: ["KIN-EVAL-05"],
    }
    for org, expected in by_org.items():
        found = [
            x.kode
            for x in periksa_penilaian(p, kepala_skp, predikat_organisasi={p.pegawai.unit: org})
            if x.kode == "KIN-EVAL-05"
        ]
        assert found == expected
    custom = dict.fromkeys(PredikatOrganisasi, SE)
    assert not [
        x
        for x in periksa_penilaian(
            p,
            kepala_skp,
            predikat_organisasi={p.pegawai.unit: PredikatOrganisasi.ISTIMEWA},
            pemetaan=custom,
        )
        if x.kode == "KIN-EVAL-05"
    ]


def test_kin_eval_05_does_not_apply_to_staff() -> None:
    semua = dict.fromkeys((u.kode for u in ORG.unit), PredikatOrganisasi.ISTIMEWA)
    found = periksa_penilaian(_eval(), SKP, predikat_organisasi=semua)  # type: ignore[arg-type]
    assert found == ()


# --- RiwayatPenilaian ----------------------------------------------------------------


def test_kin_eval_06_a_rerating_supersedes_and_keeps_the_old_one() -> None:
    lama = _eval(rating_hasil_kerja=DB, rating_perilaku_kerja=SE)
    riwayat = RiwayatPenilaian().tambah(lama)
    baru = _eval(
        kode="EV-2", menggantikan="EV-1", alasan="keberatan dikabulkan", tanggal=D(2026, 1, 20)
    )
    riwayat2 = riwayat.tambah(baru)
    assert (baru.menggantikan, baru.alasan) == ("EV-1", "keberatan dikabulkan")
    assert riwayat.isi == (lama,)
    assert riwayat2.isi == (lama, baru)
    assert riwayat2.digantikan_oleh("EV-1") == baru
    assert riwayat2.digantikan_oleh("EV-2") is None
    assert list(riwayat2.berlaku()) == [baru]
    assert riwayat2.tahunan(JF.nip, 2025) == baru
    assert riwayat2.tahunan(JF.nip, 2025).predikat is Predikat.BAIK  # type: ignore[union-attr]
    assert riwayat2.milik(JF.nip) == (lama, baru)
    assert riwayat2.cari("EV-1") is lama


@pytest.mark.parametrize(
    ("ubah", "pesan"),
    [
        ({"menggantikan": "TIDAK-ADA"}, "is not an earlier evaluation"),
        (
            {
                "menggantikan": "EV-1",
                "periode": Periode.triwulan(2025, 4),
                "jenis": JenisEvaluasi.PERIODIK,
            },
            "same pegawai, SKP, kind and period",
        ),
        ({"menggantikan": "EV-1", "tanggal": D(2025, 12, 30)}, "dated before"),
    ],
)
def test_kin_eval_06_invalid_supersession(ubah: dict[str, object], pesan: str) -> None:
    riwayat = RiwayatPenilaian((_eval(),))
    ubah = dict(ubah)  # the parameter is shared by every run of the test in one process
    tanggal = ubah.pop("tanggal", None)  # an annual re-rating dated early is not evaluated
    baru = _eval(kode="EV-2", **ubah)
    if tanggal is not None:
        baru = attrs.evolve(baru, tanggal=tanggal)
    with pytest.raises(
        InvalidValueError, match=rf"^RiwayatPenilaian\.isi\[1\]\.menggantikan: .*{pesan}"
    ):
        riwayat.tambah(baru)


def test_kin_eval_02_a_periodic_evaluation_before_the_annual_one_is_skipped() -> None:
    triwulan = _eval(kode="C", jenis=JenisEvaluasi.PERIODIK, periode=Periode.triwulan(2025, 4))
    tahunan = _eval()
    assert evaluasi_tahunan([triwulan, tahunan]) == {2025: tahunan}


def test_kin_eval_02_pilih_may_give_no_evaluation_for_the_year() -> None:
    riwayat = RiwayatPenilaian(_dua_periode(D(2025, 9, 30)))
    assert riwayat.tahunan(JF.nip, 2025, pilih=lambda evaluasi: {}) is None


def test_kin_eval_06_supersede_only_once_and_unique_kodes() -> None:
    riwayat = RiwayatPenilaian((_eval(), _eval(kode="EV-2", menggantikan="EV-1")))
    with pytest.raises(InvalidValueError, match="already superseded by EV-2"):
        riwayat.tambah(_eval(kode="EV-3", menggantikan="EV-1"))
    with pytest.raises(InvalidValueError, match="used twice"):
        riwayat.tambah(_eval())


def test_riwayat_lookups() -> None:
    riwayat = RiwayatPenilaian([_eval()])
    with pytest.raises(NotFoundError, match="NOPE"):
        riwayat.cari("NOPE")
    with pytest.raises(NotFoundError):
        riwayat.digantikan_oleh("NOPE")
    assert riwayat.tahunan(JF.nip, 2024) is None
    assert riwayat.milik("199001012015031001") == ()
    with pytest.raises(InvalidTypeError, match=r"^nip: expected NIP"):
        riwayat.milik(199001012015031001)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"^NIP\.digit"):
        riwayat.tahunan("JF", 2025)


def _dua_periode(batas: dt.date) -> tuple[PenilaianKinerja, PenilaianKinerja]:
    """Two annual evaluations of one year split at ``batas``: a poor first part (Sangat
    Kurang) up to ``batas`` and a Baik second part after it."""
    awal = attrs.evolve(
        _eval(kode="A", rating_hasil_kerja=DB, rating_perilaku_kerja=DB),
        skp="SKP-2025-JF-1",
        periode=Periode(D(2025, 1, 1), batas),
        tanggal=batas,
    )
    akhir = attrs.evolve(
        _eval(kode="B"),
        skp="SKP-2025-JF-2",
        periode=Periode(batas + dt.timedelta(days=1), D(2025, 12, 31)),
    )
    return awal, akhir


def test_kin_eval_02_annual_predikat_of_the_last_period() -> None:
    """With two SKP periods in a year, the standing annual evaluation ending last counts."""
    awal, akhir = _dua_periode(D(2025, 6, 30))
    triwulan = _eval(kode="C", jenis=JenisEvaluasi.PERIODIK, periode=Periode.triwulan(2025, 4))
    riwayat = RiwayatPenilaian((akhir, awal, triwulan))
    assert riwayat.tahunan(JF.nip, 2025) is akhir
    assert riwayat.predikat_unit([JF.nip, KEPALA.nip], 2025) == ((str(JF.nip), Predikat.BAIK),)


@given(st.lists(st.tuples(st.sampled_from(Rating), st.sampled_from(Rating)), max_size=6))
def test_history_only_grows_and_the_newest_standing_rerating_wins(
    ratings: list[tuple[Rating, Rating]],
) -> None:
    riwayat = RiwayatPenilaian((_eval(),))
    for i, (h, p) in enumerate(ratings):
        sebelum = riwayat.isi
        riwayat = riwayat.tambah(
            _eval(
                kode=f"EV-{i + 2}",
                menggantikan=f"EV-{i + 1}",
                rating_hasil_kerja=h,
                rating_perilaku_kerja=p,
            )
        )
        assert riwayat.isi[: len(sebelum)] == sebelum
    assert len(list(riwayat.berlaku())) == 1
    assert riwayat.tahunan(JF.nip, 2025) == riwayat.isi[-1]


_APA_SAJA = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(),
    st.binary(),
    st.dates(),
    st.datetimes(),
    st.lists(st.integers(), max_size=3),
    st.tuples(st.text(), st.integers()),
    st.dictionaries(st.text(), st.integers(), max_size=2),
    st.builds(object),
)
"""Values of any everyday type: ``st.from_type(object)`` said the same but cost 80 s of the
suite resolving every class of the process; ``make fuzz`` (tests/fuzz) drives every public
callable with the library's own hostile values."""


@given(_APA_SAJA, _APA_SAJA, _APA_SAJA)
def test_bad_input_raises_only_birokrasi_errors(a: object, b: object, c: object) -> None:
    """Anything given to the evaluation's constructors and checks gives a library error."""
    for build in (
        lambda: PenilaianKinerja(
            a, b, c, PENILAI, JenisEvaluasi.TAHUNAN, TAHUN, DA, DA, D(2025, 12, 31)
        ),  # type: ignore[arg-type]
        lambda: RiwayatPenilaian(a),  # type: ignore[arg-type]
        lambda: _eval(periode=a, rating_hasil_kerja=b, tanggal=c),
        lambda: periksa_penilaian(a, SKP),  # type: ignore[arg-type]
        lambda: RiwayatPenilaian().tahunan(JF.nip, a),  # type: ignore[arg-type]
    ):
        with contextlib.suppress(BirokrasiError):
            build()


def test_jenis_evaluasi_labels() -> None:
    assert JenisEvaluasi.PERIODIK.label == "Evaluasi Kinerja Periodik"
    assert JenisEvaluasi.TAHUNAN.label == "Evaluasi Kinerja Tahunan"


def test_kin_eval_03_head_of_agency_is_rated_by_the_declared_official_above() -> None:
    """STR-ATASAN-02: the head of the agency is rated by the official declared above the root
    unit; a hand-built outside penilai the instansi does not name gives no authority."""
    kepala = potret_pegawai(ORG, KEPALA.nip, D(2025, 12, 31))
    p = attrs.evolve(_eval(), pegawai=kepala, penilai=PENILAI_LUAR)
    skp = attrs.evolve(  # type: ignore[misc]
        SKP, pegawai=kepala, penilai=PENILAI_LUAR, disetujui=None, ditetapkan=None
    )
    found = periksa_penilaian(p, skp, instansi=ORG)  # type: ignore[arg-type]
    assert [x.kode for x in found] == ["KIN-EVAL-04", "KIN-EVAL-03"]
    kadis = {s.kode: s for s in contoh_skp.skp()}["SKP-2025-KADIS"]
    sekda = contoh.struktur.SEKRETARIS_DAERAH
    akhir = evaluasi_kinerja(
        kadis, "EV-KADIS", JenisEvaluasi.TAHUNAN, kadis.periode, DA, DA,
        oleh=sekda.nip, tanggal=D(2025, 12, 31), instansi=ORG,
    )  # fmt: skip
    assert akhir.penilai.jabatan == sekda.jabatan
    assert akhir.penilai.unit == sekda.unit


def test_kin_eval_03_rewritten_penilai_gives_no_authority_even_from_data() -> None:
    """An SKP whose recorded penilai was rewritten to a peer (here through a serialised
    document) does not let that peer rate when the instansi is given."""
    rekan = potret_pegawai(ORG, SEKRETARIS.nip, D(2025, 1, 15))
    palsu = attrs.evolve(  # type: ignore[misc]
        SKP, penilai=rekan, ditetapkan=Tandatangan(rekan.nip, D(2025, 1, 15))
    )
    dimuat = serial.dari_data(SKP_KELAS, serial.ke_data(palsu))
    with pytest.raises(AuthorityError, match=r"KIN-EVAL-03"):
        evaluasi_kinerja(
            dimuat, "EV-X", JenisEvaluasi.TAHUNAN, TAHUN, DA, DA,
            oleh=rekan.nip, tanggal=D(2025, 12, 31), instansi=ORG,
        )  # fmt: skip
    sah = evaluasi_kinerja(
        dimuat, "EV-Y", JenisEvaluasi.TAHUNAN, TAHUN, DA, DA,
        oleh=KEPALA.nip, tanggal=D(2025, 12, 31), instansi=ORG,
    )  # fmt: skip
    assert sah.penilai.nip == KEPALA.nip


def test_kin_eval_03_rater_snapshot_is_taken_from_the_instansi() -> None:
    with pytest.raises(InvalidValueError, match=r"instansi: needed.*KIN-EVAL-03"):
        _eval(oleh=KEPALA.nip)
    dari_nip = _eval(oleh=str(KEPALA.nip), instansi=ORG)
    assert dari_nip.penilai == PENILAI
    palsu = attrs.evolve(PENILAI, nama="Orang Lain")
    with pytest.raises(InvalidValueError, match=r"disagrees with the instansi"):
        _eval(oleh=palsu, instansi=ORG)
    with pytest.raises(InvalidTypeError, match=r"oleh"):
        _eval(oleh=12, instansi=ORG)
    with pytest.raises(AuthorityError, match=r"holds no post in the instansi.*KIN-EVAL-03"):
        _eval(oleh=SEKRETARIS.nip, instansi=ORG, tanggal=D(2023, 12, 31))


def test_kin_eval_03_rater_without_a_post_on_the_day_does_not_rate() -> None:
    """The Kasubbag leaves on 31 March 2025: on 5 April he rates nobody, though his NIP is
    the SKP's recorded penilai of his staff's first-quarter SKP."""
    kasubbag = contoh.struktur.KASUBBAG_LAMA
    skp = next(s for s in contoh_skp.skp() if s.penilai.nip.digit == kasubbag)
    p = PenilaianKinerja(
        "E-LEFT", skp.kode, skp.pegawai, skp.penilai, JenisEvaluasi.PERIODIK,
        Periode.triwulan(2025, 1), SE, SE, D(2025, 4, 5),
    )  # fmt: skip
    temuan = periksa_penilaian(p, skp, instansi=ORG)
    assert [x.kode for x in temuan] == ["KIN-EVAL-03"]
    assert "holds no post" in str(temuan[0].pesan)


def test_kin_eval_03_the_instansi_names_the_rater_on_the_day_or_at_the_skps_end() -> None:
    """A snapshot from the instansi is accepted as it is; a pegawai gone by the day is rated
    by the penilai of the SKP's last day; with nobody named, only a confirmed record rates."""
    assert _eval(instansi=ORG).penilai == PENILAI
    pergi = attrs.evolve(  # type: ignore[misc]
        SKP, periode=Periode(D(2025, 1, 1), D(2025, 6, 30))
    )
    p = attrs.evolve(_eval(), periode=pergi.periode, tanggal=D(2031, 1, 1))
    assert periksa_penilaian(p, pergi, instansi=ORG) == ()  # type: ignore[arg-type]
    tanpa = attrs.evolve(ORG, pejabat_luar=())
    kadis = {s.kode: s for s in contoh_skp.skp()}["SKP-2025-KADIS"]
    sekda = kadis.penilai
    dari_sekda = PenilaianKinerja(
        "EV-K", kadis.kode, kadis.pegawai, sekda, JenisEvaluasi.TAHUNAN, kadis.periode, DA, DA,
        D(2025, 12, 31),
    )  # fmt: skip
    assert periksa_penilaian(dari_sekda, kadis, instansi=ORG) == ()
    assert [x.kode for x in periksa_penilaian(dari_sekda, kadis, instansi=tanpa)] == ["KIN-EVAL-03"]
    sebelum = attrs.evolve(  # type: ignore[misc]
        SKP,
        disetujui=Tandatangan(JF.nip, D(2023, 11, 1)),
        ditetapkan=Tandatangan(KEPALA.nip, D(2023, 12, 1)),  # before anyone was placed
    )
    assert periksa_penilaian(_eval(), sebelum, instansi=ORG) == ()  # type: ignore[arg-type]


def test_kin_eval_02_annual_covers_the_skp_and_is_dated_after_it() -> None:
    with pytest.raises(InvalidValueError, match=r"does not cover.*KIN-EVAL-02"):
        _eval(periode=Periode(D(2025, 1, 1), D(2025, 6, 30)), tanggal=D(2025, 12, 31))
    with pytest.raises(InvalidValueError, match=r"before SKP periode .* ends.*KIN-EVAL-02"):
        _eval(tanggal=D(2025, 12, 30))
    assert _eval(tanggal=D(2026, 1, 5)).tanggal == D(2026, 1, 5)


def test_kin_predikat_01_window_opens_with_performance_year_2022() -> None:
    """A 2021 period was scored under PermenPANRB 8/2021: the kuadran applies only when the
    caller names it."""
    lama = attrs.evolve(  # type: ignore[misc]
        SKP, periode=Periode.tahun(2021)
    )
    with pytest.raises(OutOfWindowError, match=r"KIN-PREDIKAT-01"):
        evaluasi_kinerja(
            lama, "EV-2021", JenisEvaluasi.TAHUNAN, Periode.tahun(2021), DA, SE,
            oleh=PENILAI, tanggal=D(2021, 12, 31),
        )  # fmt: skip
    dinamai = evaluasi_kinerja(
        lama, "EV-2021", JenisEvaluasi.TAHUNAN, Periode.tahun(2021), DA, SE,
        oleh=PENILAI, tanggal=D(2021, 12, 31), aturan_predikat=ATURAN_KUADRAN,
    )  # fmt: skip
    assert dinamai.predikat is Predikat.BAIK
    with pytest.raises(InvalidValueError, match=r"aturan_predikat"):
        _eval(aturan_predikat=ATURAN_PENILAI_EVALUASI)
    with pytest.raises(InvalidTypeError, match=r"aturan_predikat"):
        _eval(aturan_predikat="KIN-PREDIKAT-01")
    assert _eval(periode=Periode.tahun(2025)).predikat is Predikat.BAIK


def test_kin_eval_03_pegawai_no_longer_placed_is_checked_against_the_skp_penilai() -> None:
    """The Kasubbag of the example leaves on 31 March 2025; his Q1 evaluation on 5 April is
    checked against the SKP's penilai, as for a pegawai the instansi names no penilai for."""
    skp = {s.kode: s for s in contoh_skp.skp()}["SKP-2025-KASUBBAG-1"]
    tanggal = D(2025, 4, 5)
    assert ORG.penempatan_pada(skp.pegawai.nip, tanggal) is None
    p = PenilaianKinerja(
        "E-KASUBBAG", skp.kode, skp.pegawai, skp.penilai, JenisEvaluasi.PERIODIK, skp.periode,
        SE, SE, tanggal,
    )  # fmt: skip
    assert periksa_penilaian(p, skp, instansi=ORG) == ()
    lain = attrs.evolve(p, penilai=potret_pegawai(ORG, KEPALA.nip, tanggal))
    assert [x.kode for x in periksa_penilaian(lain, skp, instansi=ORG)] == ["KIN-EVAL-03"]


def test_kin_eval_05_other_units_and_dates_before_the_curve_are_not_checked() -> None:
    kepala_skp = susun_skp(
        ORG, "SKP-2025-SEK", SEKRETARIS.nip, TAHUN, Pendekatan.KUANTITATIF, (_rhk(),)
    )
    p = PenilaianKinerja(
        "E-SEK",
        kepala_skp.kode,
        kepala_skp.pegawai,
        kepala_skp.penilai,
        JenisEvaluasi.TAHUNAN,
        TAHUN,
        DA,
        SE,
        D(2025, 12, 31),
    )

    def kode05(found: tuple[object, ...]) -> list[str]:
        return [x.kode for x in found if x.kode == "KIN-EVAL-05"]  # type: ignore[attr-defined]

    lain = {"DISKOMINFO": PredikatOrganisasi.KURANG}
    assert kode05(periksa_penilaian(p, kepala_skp, predikat_organisasi=lain)) == []
    sendiri = {p.pegawai.unit: PredikatOrganisasi.KURANG}
    lama = attrs.evolve(p, tanggal=D(2023, 1, 30), periode=Periode(D(2023, 1, 1), D(2023, 1, 30)))
    assert kode05(periksa_penilaian(p, kepala_skp, predikat_organisasi=sendiri)) == ["KIN-EVAL-05"]
    assert kode05(periksa_penilaian(lama, kepala_skp, predikat_organisasi=sendiri)) == []


@given(bst.penilaian_kinerja())
def test_generated_evaluations_derive_their_predikat(p: PenilaianKinerja) -> None:
    assert p.predikat is predikat_kinerja(p.rating_hasil_kerja, p.rating_perilaku_kerja)
    assert 1 <= p.jumlah_bulan <= 12
    if p.jenis is JenisEvaluasi.PERIODIK:
        assert p.jumlah_bulan <= 6


@given(bst.riwayat_penilaian())
def test_each_evaluation_is_superseded_at_most_once_and_the_latest_stands(
    r: RiwayatPenilaian,
) -> None:
    berlaku = list(r.berlaku())
    for p in r.isi:
        pengganti = r.digantikan_oleh(p.kode)
        assert (pengganti is None) == (p in berlaku)
        if pengganti is not None:
            assert pengganti.menggantikan == p.kode
            assert pengganti.tanggal >= p.tanggal


def test_kin_eval_02_an_agency_may_choose_the_annual_evaluation_differently() -> None:
    """The reading of KIN-EVAL-02 is a parameter: e.g. the longest period counts."""
    awal, akhir = _dua_periode(D(2025, 9, 30))
    riwayat = RiwayatPenilaian((awal, akhir))

    def terpanjang(evaluasi: Iterable[PenilaianKinerja]) -> dict[int, PenilaianKinerja]:
        hasil: dict[int, PenilaianKinerja] = {}
        for p in evaluasi:
            if p.tahun not in hasil or p.periode.jumlah_hari > hasil[p.tahun].periode.jumlah_hari:
                hasil[p.tahun] = p
        return hasil

    assert riwayat.tahunan(JF.nip, 2025) is akhir
    assert riwayat.tahunan(JF.nip, 2025, pilih=terpanjang) is awal
    assert riwayat.predikat_unit([JF.nip], 2025, pilih=terpanjang) == (
        (str(JF.nip), Predikat.SANGAT_KURANG),
    )


@pytest.mark.parametrize(
    ("pilih", "galat", "pesan"),
    [
        (float("nan"), InvalidTypeError, r"^pilih: expected a function"),
        (lambda evaluasi: None, InvalidTypeError, r"^pilih: must return a mapping"),
        (lambda evaluasi: list(evaluasi), InvalidTypeError, r"^pilih: must return a mapping"),
        (lambda evaluasi: {2025: "Baik"}, InvalidTypeError, r"^pilih\(\.\.\.\)\[2025\]"),
    ],
    ids=["bukan_fungsi", "none", "list", "bukan_penilaian"],
)
def test_kin_eval_02_pilih_yang_salah_disebut(pilih: object, galat: type, pesan: str) -> None:
    """An agency's ``pilih`` that is no function or returns the wrong thing is named, not
    met with AttributeError deep inside (found by ``make fuzz``)."""
    riwayat = RiwayatPenilaian(_dua_periode(D(2025, 9, 30)))
    with pytest.raises(galat, match=pesan):
        riwayat.tahunan(JF.nip, 2025, pilih=pilih)  # type: ignore[arg-type]
    with pytest.raises(galat, match=pesan):
        riwayat.predikat_unit([JF.nip], 2025, pilih=pilih)  # type: ignore[arg-type]


def test_kin_eval_02_argumen_bukan_iterabel() -> None:
    with pytest.raises(InvalidTypeError, match=r"^evaluasi: expected Iterable\[PenilaianKinerja\]"):
        evaluasi_tahunan(None)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"^evaluasi\[0\]: expected PenilaianKinerja"):
        evaluasi_tahunan(["x"])  # type: ignore[list-item]
    with pytest.raises(InvalidTypeError, match=r"^nips: expected Iterable\[NIP \| str\]"):
        RiwayatPenilaian().predikat_unit(None, 2025)  # type: ignore[arg-type]


def test_kin_eval_03_the_skp_s_penilai_still_rates_after_the_rater_changed() -> None:
    """The Sekda, named the Kadis's Pejabat Penilai on the day the SKP was set (20 January,
    after a predecessor's term), still rates in December though an Asisten is named from
    July: the SKP's penilai on its setting day, not on the period's first day, counts (pinned
    by mutation testing, issue 15 §5)."""
    sekda = contoh.struktur.SEKRETARIS_DAERAH
    jabatan = Jabatan("Asisten Pemerintahan", Jenjang.JPT_PRATAMA)
    pendahulu = PejabatLuar(
        "196501012000031001", "Pendahulu", sekda.jabatan, "SETDA.CONTOH", D(2021, 3, 1),
        selesai=D(2025, 1, 9),
    )  # fmt: skip
    asisten = PejabatLuar("197001012000031001", "Asisten", jabatan, "SETDA.CONTOH", D(2025, 7, 1))
    lain = [attrs.evolve(p, tingkat=3) for p in ORG.pejabat_luar if p is not sekda]
    org = attrs.evolve(
        ORG,
        pejabat_luar=(
            pendahulu,
            attrs.evolve(sekda, mulai=D(2025, 1, 10), selesai=D(2025, 6, 30)),
            attrs.evolve(sekda, mulai=D(2025, 7, 1), tingkat=2),
            asisten,
            *lain,
        ),
    )
    kadis = {s.kode: s for s in contoh_skp.skp()}["SKP-2025-KADIS"]
    assert kadis.ditetapkan is not None
    assert kadis.ditetapkan.tanggal == D(2025, 1, 20)
    p = PenilaianKinerja(
        "EV-K", kadis.kode, kadis.pegawai, kadis.penilai, JenisEvaluasi.TAHUNAN, kadis.periode,
        DA, DA, D(2025, 12, 31),
    )  # fmt: skip
    assert periksa_penilaian(p, kadis, instansi=org) == ()
    oleh_asisten = attrs.evolve(p, penilai=attrs.evolve(kadis.penilai, nip=asisten.nip))
    assert periksa_penilaian(oleh_asisten, kadis, instansi=org) == ()
    lain = attrs.evolve(p, penilai=potret_pegawai(org, SEKRETARIS.nip, D(2025, 12, 31)))  # type: ignore[union-attr]
    (temuan,) = periksa_penilaian(lain, kadis, instansi=org)
    assert str(temuan.pesan).endswith(
        f"(allowed: {sekda.nama} ({sekda.nip}), {asisten.nama} ({asisten.nip}))"
    )
