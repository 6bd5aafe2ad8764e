"""Keberatan (PP 30/2019 Pasal 59; PermenPANRB 6/2022 Pasal 29): KIN-KEBERATAN-01/02."""

from __future__ import annotations

import datetime as dt
import re

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from birokrasi import contoh
from birokrasi.errors import (
    AuthorityError,
    BirokrasiError,
    InvalidTypeError,
    InvalidValueError,
    NotFoundError,
    OutOfWindowError,
)
from birokrasi.katalog import KATALOG
from birokrasi.kinerja.penilaian.evaluasi import JenisEvaluasi, PenilaianKinerja
from birokrasi.kinerja.penilaian.riwayat import RiwayatPenilaian
from birokrasi.kinerja.predikat import Predikat, Rating
from birokrasi.kinerja.tindak_lanjut.keberatan import (
    ATURAN,
    DaftarKeberatan,
    Keberatan,
    PutusanKeberatan,
    ajukan_keberatan,
    batas_keberatan,
    pemutus_keberatan,
    periksa_daftar_keberatan,
    periksa_keberatan,
    putuskan_keberatan,
    terima_keberatan,
    tolak_keberatan,
)
from birokrasi.periode import Periode
from birokrasi.struktur.potret import PotretPegawai, potret_pegawai, potret_pejabat

D = dt.date
ORG = contoh.instansi()
ARSIPARIS = "199003032014032004"
HARI = D(2026, 1, 10)  # the result is given (a Saturday)
_penilai = ORG.pejabat_penilai(ARSIPARIS, HARI)
_atasan = ORG.atasan_langsung(_penilai.nip, HARI) if _penilai else None
assert _penilai is not None
assert _atasan is not None
PENILAI = potret_pegawai(ORG, _penilai.nip, HARI)
ATASAN = potret_pegawai(ORG, _atasan.nip, HARI)
LAMA = PenilaianKinerja(
    "EVAL-2025-SRI", "SKP-2025-SRI", potret_pegawai(ORG, ARSIPARIS, D(2025, 12, 31)), PENILAI,
    JenisEvaluasi.TAHUNAN, Periode.tahun(2025), Rating.SESUAI_EKSPEKTASI,
    Rating.DI_BAWAH_EKSPEKTASI, HARI,
)  # fmt: skip
RIWAYAT = RiwayatPenilaian((LAMA,))
SE, DA = Rating.SESUAI_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI


def _orang(p: PotretPegawai) -> str:
    return f"{p.nama} ({p.nip})"


def _keberatan(tanggal: dt.date, kode: str = "KB-1") -> Keberatan:
    return Keberatan(kode, LAMA, tanggal, "Perilaku kerja dinilai tanpa catatan umpan balik")


def test_rules_are_catalogued() -> None:
    for rule in ATURAN:
        assert KATALOG[rule.kode] is rule


def test_kin_keberatan_01_day_14_on_time_day_15_late() -> None:
    assert periksa_keberatan(_keberatan(HARI + dt.timedelta(days=14))) == ()
    (p,) = periksa_keberatan(_keberatan(HARI + dt.timedelta(days=15)))
    assert p.kode == "KIN-KEBERATAN-01"
    assert "2026-01-24" in str(p.pesan)
    with pytest.raises(InvalidValueError, match="KIN-KEBERATAN-01"):
        ajukan_keberatan(LAMA, "KB-9", "alasan", tanggal=HARI + dt.timedelta(days=15))


def test_kin_keberatan_01_work_days_with_holidays() -> None:
    # Received Saturday 10 January 2026: 14 work days run to Thursday 29 January.
    assert batas_keberatan(HARI, hari_kerja=True) == D(2026, 1, 29)
    libur = {D(2026, 1, 16), D(2026, 1, 27)}
    assert batas_keberatan(HARI, hari_kerja=True, libur=libur) == D(2026, 2, 2)
    k = ajukan_keberatan(
        LAMA, "KB-2", "alasan", tanggal=D(2026, 2, 2), hari_kerja=True, libur=libur
    )
    assert k.tanggal_diterima == HARI
    assert periksa_keberatan(k, hari_kerja=True) != ()


@given(st.dates(min_value=D(2023, 1, 1), max_value=D(2030, 12, 31)), st.integers(1, 40))
def test_kin_keberatan_01_work_days_never_earlier_than_calendar(d: dt.date, hari: int) -> None:
    kerja = batas_keberatan(d, hari=hari, hari_kerja=True)
    assert kerja >= batas_keberatan(d, hari=hari)
    assert kerja.weekday() < 5


def test_received_later_than_the_evaluation() -> None:
    k = Keberatan("KB-3", LAMA, D(2026, 2, 5), "alasan", diterima=D(2026, 1, 25))
    assert periksa_keberatan(k) == ()
    with pytest.raises(InvalidValueError, match="before the evaluation"):
        Keberatan("KB-3", LAMA, D(2026, 2, 5), "alasan", diterima=D(2026, 1, 1))
    with pytest.raises(InvalidValueError, match="before the result was received"):
        _keberatan(D(2026, 1, 9))
    with pytest.raises(BirokrasiError):
        Keberatan("KB-3", LAMA, D(2026, 2, 5), "  ")


def test_kin_keberatan_02_accepted_supersedes_never_erases() -> None:
    daftar = DaftarKeberatan().ajukan(_keberatan(D(2026, 1, 20)))
    daftar, riwayat = terima_keberatan(
        daftar, "KB-1", oleh=ATASAN, tanggal=D(2026, 2, 3), instansi=ORG, riwayat=RIWAYAT,
        rating_hasil_kerja=SE, rating_perilaku_kerja=SE, kode_baru="EVAL-2025-SRI-K",
    )  # fmt: skip
    putusan = daftar.putusan_atas("KB-1")
    assert putusan is not None
    assert putusan.diterima
    baru = riwayat.cari("EVAL-2025-SRI-K")
    assert (LAMA.predikat, baru.predikat) == (Predikat.KURANG, Predikat.BAIK)
    assert baru.menggantikan == LAMA.kode
    assert baru.penilai == ATASAN
    assert riwayat.cari(LAMA.kode) == LAMA
    assert riwayat.digantikan_oleh(LAMA.kode) == baru
    with pytest.raises(InvalidValueError, match="already decided"):
        tolak_keberatan(daftar, "KB-1", oleh=ATASAN, tanggal=D(2026, 2, 4), instansi=ORG,
                        riwayat=riwayat)  # fmt: skip


def test_kin_keberatan_02_rejected_keeps_the_result() -> None:
    daftar = DaftarKeberatan([_keberatan(D(2026, 1, 20))])
    daftar, riwayat = tolak_keberatan(
        daftar, "KB-1", oleh=ATASAN, tanggal=D(2026, 2, 3), instansi=ORG, riwayat=RIWAYAT
    )
    assert riwayat == RIWAYAT
    putusan = daftar.putusan_atas("KB-1")
    assert putusan is not None
    assert not putusan.diterima


def test_kin_keberatan_02_wrong_decider() -> None:
    daftar = DaftarKeberatan([_keberatan(D(2026, 1, 20))])
    for oleh in (PENILAI, potret_pegawai(ORG, "197203141998031003", HARI)):
        with pytest.raises(AuthorityError, match="KIN-KEBERATAN-02"):
            tolak_keberatan(daftar, "KB-1", oleh=oleh, tanggal=D(2026, 2, 3), instansi=ORG,
                            riwayat=RIWAYAT)  # fmt: skip
        with pytest.raises(AuthorityError, match="KIN-KEBERATAN-02"):
            terima_keberatan(daftar, "KB-1", oleh=oleh, tanggal=D(2026, 2, 3), instansi=ORG,
                             riwayat=RIWAYAT, rating_hasil_kerja=SE, rating_perilaku_kerja=SE,
                             kode_baru="EVAL-Y")  # fmt: skip


def test_kin_keberatan_02_bad_decisions() -> None:
    daftar = DaftarKeberatan([_keberatan(D(2026, 1, 20))])
    kw = {"oleh": ATASAN, "instansi": ORG, "riwayat": RIWAYAT}
    with pytest.raises(InvalidValueError, match="decided before"):
        tolak_keberatan(daftar, "KB-1", tanggal=D(2026, 1, 19), **kw)  # type: ignore[arg-type]
    with pytest.raises(NotFoundError):
        tolak_keberatan(daftar, "KB-X", tanggal=D(2026, 2, 3), **kw)  # type: ignore[arg-type]
    lain = RiwayatPenilaian((attrs_evolve(LAMA, rating_hasil_kerja=DA),))
    with pytest.raises(InvalidValueError, match="another evaluation"):
        tolak_keberatan(daftar, "KB-1", oleh=ATASAN, tanggal=D(2026, 2, 3), instansi=ORG,
                        riwayat=lain)  # fmt: skip
    ganti = attrs_evolve(LAMA, kode="EVAL-X", menggantikan=LAMA.kode, tanggal=D(2026, 1, 30))
    with pytest.raises(InvalidValueError, match="already superseded"):
        terima_keberatan(daftar, "KB-1", oleh=ATASAN, tanggal=D(2026, 2, 3), instansi=ORG,
                         riwayat=RIWAYAT.tambah(ganti), rating_hasil_kerja=SE,
                         rating_perilaku_kerja=SE, kode_baru="EVAL-Y")  # fmt: skip


def test_putuskan_keberatan_kept_for_0_1_0_decides_as_before() -> None:
    """The 0.1.0 decision: ratings and kode_baru accept, none rejects, a mix raises; each
    decision equals that of terima_keberatan / tolak_keberatan, and errors name it."""
    daftar = DaftarKeberatan([_keberatan(D(2026, 1, 20))])
    tanggal = D(2026, 2, 3)

    def putuskan(
        daftar: DaftarKeberatan = daftar,
        oleh: PotretPegawai = ATASAN,
        riwayat: RiwayatPenilaian = RIWAYAT,
        **nilai: object,
    ) -> tuple[DaftarKeberatan, RiwayatPenilaian]:
        return putuskan_keberatan(
            daftar, "KB-1", oleh=oleh, tanggal=tanggal, instansi=ORG, riwayat=riwayat,
            **nilai,  # type: ignore[arg-type]
        )  # fmt: skip

    terima = putuskan(hasil_kerja=SE, perilaku_kerja=DA, kode_baru="EVAL-K")
    assert terima == terima_keberatan(
        daftar, "KB-1", rating_hasil_kerja=SE, rating_perilaku_kerja=DA, kode_baru="EVAL-K",
        oleh=ATASAN, tanggal=tanggal, instansi=ORG, riwayat=RIWAYAT,
    )  # fmt: skip
    assert putuskan() == tolak_keberatan(
        daftar, "KB-1", oleh=ATASAN, tanggal=tanggal, instansi=ORG, riwayat=RIWAYAT
    )
    for sebagian in ({"hasil_kerja": SE}, {"perilaku_kerja": SE}, {"kode_baru": "EVAL-K"}):
        with pytest.raises(InvalidValueError, match=r"^putuskan_keberatan: to accept"):
            putuskan(**sebagian)
    with pytest.raises(AuthorityError, match=r"^putuskan_keberatan: "):
        putuskan(oleh=PENILAI)
    with pytest.raises(InvalidValueError, match=r"^putuskan_keberatan: .* already decided"):
        putuskan(terima[0])
    ganti = attrs_evolve(LAMA, kode="EVAL-X", menggantikan=LAMA.kode, tanggal=D(2026, 1, 30))
    with pytest.raises(InvalidValueError, match=r"^putuskan_keberatan: .* already superseded"):
        putuskan(riwayat=RIWAYAT.tambah(ganti), hasil_kerja=SE, perilaku_kerja=SE, kode_baru="K")


def attrs_evolve(p: PenilaianKinerja, **kw: object) -> PenilaianKinerja:
    import attrs

    return attrs.evolve(p, **kw)


def test_daftar_keberatan_register() -> None:
    k = _keberatan(D(2026, 1, 20))
    with pytest.raises(InvalidValueError, match="twice"):
        DaftarKeberatan([k, k])
    p = PutusanKeberatan("KB-1", ATASAN, D(2026, 2, 1))
    with pytest.raises(InvalidValueError, match="no objection"):
        DaftarKeberatan([], [p])
    with pytest.raises(InvalidValueError, match="final"):
        DaftarKeberatan([k], [p, p])
    with pytest.raises(NotFoundError):
        DaftarKeberatan().cari("KB-1")


@pytest.mark.parametrize(
    "kw",
    [
        {"hari": 0},
        {"hari": "14"},
        {"hari_kerja": 1},
        {"libur": "2026-01-01"},
        {"libur": [1]},
        {"libur": {D(2026, 1, 16): "Isra Mikraj"}},
    ],
)
def test_batas_bad_input(kw: dict[str, object]) -> None:
    with pytest.raises(BirokrasiError):
        batas_keberatan(HARI, **kw)  # type: ignore[arg-type]


def test_kin_keberatan_01_di_akhir_kalender() -> None:
    """A last day after 31 December 9999 is no date: ``batas_keberatan`` says so with
    OutOfWindowError naming ``diterima`` and the rule; ``periksa_keberatan`` finds nothing,
    since no filing can come after it (both raised OverflowError before ``make fuzz``)."""
    akhir = D(9999, 12, 25)
    with pytest.raises(OutOfWindowError, match=r"^diterima: the last day .*KIN-KEBERATAN-01"):
        batas_keberatan(akhir)
    with pytest.raises(OutOfWindowError, match=r"14 work days after 9999-12-25"):
        batas_keberatan(akhir, hari_kerja=True)
    assert batas_keberatan(D(9999, 12, 17)) == D.max
    nilai = attrs.evolve(LAMA, periode=Periode.tahun(9999), tanggal=akhir)
    for hari_kerja in (False, True):
        k = Keberatan("KB-9999", nilai, D.max, "alasan")
        assert periksa_keberatan(k, hari_kerja=hari_kerja) == ()
        assert ajukan_keberatan(nilai, "KB-9999", "alasan", tanggal=D.max) == k


# -- who files and who decides, taken from the instansi (issue 14) ------------------------------

KADIS = "197203141998031003"
SEKDA = "196905121994031005"  # declared above the Dinas (STR-ATASAN-02)
DEWI = "198302252008012011"


def _oleh_kadis() -> tuple[PenilaianKinerja, DaftarKeberatan, RiwayatPenilaian]:
    """An evaluation of Dewi by the Kepala Dinas and Dewi's objection to it."""
    dewi = potret_pegawai(ORG, DEWI, D(2025, 12, 31))
    lama = PenilaianKinerja(
        "EV-DEWI", "SKP-2025-PRAKOM-DEWI", dewi, potret_pegawai(ORG, KADIS, HARI),
        JenisEvaluasi.TAHUNAN, Periode.tahun(2025), SE, SE, HARI,
    )  # fmt: skip
    ajuan = ajukan_keberatan(lama, "KB-D", "alasan", tanggal=HARI, oleh=DEWI)
    return lama, DaftarKeberatan((ajuan,)), RiwayatPenilaian((lama,))


def test_kin_keberatan_01_only_the_pegawai_rated_files() -> None:
    assert ajukan_keberatan(LAMA, "KB-1", "alasan", tanggal=HARI, oleh=ARSIPARIS).kode == "KB-1"
    with pytest.raises(AuthorityError, match=r"not the pegawai rated.*KIN-KEBERATAN-01"):
        ajukan_keberatan(LAMA, "KB-1", "alasan", tanggal=HARI, oleh=ATASAN.nip)


def test_kin_keberatan_02_one_objection_per_standing_evaluation() -> None:
    daftar = DaftarKeberatan((_keberatan(HARI),))
    with pytest.raises(InvalidValueError, match=r"already objected to in KB-1"):
        daftar.ajukan(_keberatan(HARI, "KB-2"))
    diganti = RIWAYAT.tambah(
        attrs.evolve(LAMA, kode="EV-BARU", menggantikan=LAMA.kode, tanggal=D(2026, 1, 12))
    )
    with pytest.raises(InvalidValueError, match=r"superseded by EV-BARU"):
        ajukan_keberatan(LAMA, "KB-3", "alasan", tanggal=HARI, riwayat=diganti)
    with pytest.raises(InvalidValueError, match=r"another evaluation"):
        ajukan_keberatan(
            attrs.evolve(LAMA, alasan="lain"), "KB-3", "alasan", tanggal=HARI, riwayat=RIWAYAT
        )


def test_kin_keberatan_02_the_official_above_the_instansi_decides_on_the_heads_rating() -> None:
    """Dewi is rated by the Kepala Dinas: the Sekda declared above the Dinas decides."""
    lama, daftar, riwayat = _oleh_kadis()
    assert str(pemutus_keberatan(ORG, lama, D(2026, 1, 20)).nip) == SEKDA
    with pytest.raises(AuthorityError, match=r"KIN-KEBERATAN-02"):
        tolak_keberatan(
            daftar, "KB-D", oleh=KADIS, tanggal=D(2026, 1, 20), instansi=ORG, riwayat=riwayat
        )
    daftar2, riwayat2 = terima_keberatan(
        daftar, "KB-D", rating_hasil_kerja=DA, rating_perilaku_kerja=SE, kode_baru="EV-DEWI-2",
        oleh=SEKDA, tanggal=D(2026, 1, 20), instansi=ORG, riwayat=riwayat,
    )  # fmt: skip
    baru = riwayat2.digantikan_oleh("EV-DEWI")
    assert baru is not None
    assert str(baru.penilai.nip) == SEKDA
    assert baru.penilai.jabatan.nama == "Sekretaris Daerah Kabupaten Contoh"
    assert periksa_daftar_keberatan(daftar2, ORG, riwayat2) == ()
    tanpa = attrs.evolve(ORG, pejabat_luar=())
    with pytest.raises(NotFoundError, match=r"STR-ATASAN-02.*KIN-KEBERATAN-02"):
        pemutus_keberatan(tanpa, lama, D(2026, 1, 20))
    with pytest.raises(AuthorityError, match=r"holds no post"):
        tolak_keberatan(
            daftar, "KB-D", oleh=SEKDA, tanggal=D(2026, 1, 20), instansi=tanpa, riwayat=riwayat
        )


def test_kin_keberatan_02_a_penilai_who_left_is_replaced_by_the_head_above_the_post() -> None:
    """The Kasubbag rated before he left on 31 March 2025: the head above his post then
    (the Sekretaris) decides."""
    kasubbag = contoh.struktur.KASUBBAG_LAMA
    staf = potret_pegawai(ORG, "198805172012121001", D(2025, 3, 1))
    lama = PenilaianKinerja(
        "EV-Q1", "SKP-Q1", staf, potret_pegawai(ORG, kasubbag, D(2025, 3, 31)),
        JenisEvaluasi.PERIODIK, Periode.triwulan(2025, 1), SE, SE, D(2025, 3, 31),
    )  # fmt: skip
    assert ORG.penempatan_pada(kasubbag, D(2025, 4, 10)) is None
    assert pemutus_keberatan(ORG, lama, D(2025, 4, 10)).jabatan.nama == "Sekretaris Dinas"
    pergi = attrs.evolve(lama, tanggal=D(2025, 4, 2))  # rated after he left: no post to walk
    with pytest.raises(NotFoundError, match=r"holds no post.*KIN-KEBERATAN-02"):
        pemutus_keberatan(ORG, pergi, D(2025, 4, 10))


def test_kin_keberatan_02_the_deciders_snapshot_must_be_the_instansis() -> None:
    _, daftar, riwayat = _oleh_kadis()
    sekda = potret_pejabat(ORG, SEKDA, D(2026, 1, 20))
    palsu = attrs.evolve(sekda, nama="Orang Lain")
    with pytest.raises(InvalidValueError, match=r"disagrees with the instansi"):
        tolak_keberatan(
            daftar, "KB-D", oleh=palsu, tanggal=D(2026, 1, 20), instansi=ORG, riwayat=riwayat
        )
    with pytest.raises(InvalidTypeError, match=r"oleh"):
        tolak_keberatan(
            daftar,
            "KB-D",
            oleh=5,
            tanggal=D(2026, 1, 20),
            instansi=ORG,
            riwayat=riwayat,  # type: ignore[arg-type]
        )
    hasil, _ = tolak_keberatan(
        daftar, "KB-D", oleh=sekda, tanggal=D(2026, 1, 20), instansi=ORG, riwayat=riwayat
    )
    assert hasil.putusan[0].oleh == sekda


def test_kin_keberatan_02_periksa_daftar_keberatan_reports_hand_built_records() -> None:
    lama, daftar, riwayat = _oleh_kadis()
    sekda = potret_pejabat(ORG, SEKDA, D(2026, 1, 20))
    kadis = potret_pegawai(ORG, KADIS, D(2026, 1, 20))
    dua = Keberatan("KB-E", lama, HARI, "lagi")
    dengan_dua = DaftarKeberatan((*daftar.keberatan, dua))
    assert [(p.kode, p.subjek) for p in periksa_daftar_keberatan(dengan_dua, ORG)] == [
        ("KIN-KEBERATAN-02", "keberatan:KB-E")
    ]
    baru = attrs.evolve(lama, kode="EV-X", penilai=kadis, menggantikan=lama.kode)
    oleh_kadis = attrs.evolve(
        daftar, putusan=(PutusanKeberatan("KB-D", kadis, D(2026, 1, 20), baru),)
    )
    pesan = [str(p.pesan) for p in periksa_daftar_keberatan(oleh_kadis, ORG, riwayat)]
    assert len(pesan) == 2
    assert "the atasan of penilai" in pesan[0]
    assert "is not in riwayat" in pesan[1]
    benar = attrs.evolve(baru, penilai=sekda)
    lain_periode = attrs.evolve(
        benar, periode=Periode.triwulan(2025, 4), jenis=JenisEvaluasi.PERIODIK
    )
    salah = attrs.evolve(
        daftar, putusan=(PutusanKeberatan("KB-D", sekda, D(2026, 1, 20), lain_periode),)
    )
    assert [str(p.pesan).split(" must")[0] for p in periksa_daftar_keberatan(salah, ORG)] == [
        "new evaluation EV-X"
    ]
    tanpa = attrs.evolve(ORG, pejabat_luar=())
    ditolak = attrs.evolve(daftar, putusan=(PutusanKeberatan("KB-D", sekda, D(2026, 1, 20)),))
    assert "nobody the instansi names" in str(periksa_daftar_keberatan(ditolak, tanpa)[0].pesan)
    with pytest.raises(InvalidTypeError):
        periksa_daftar_keberatan(daftar, ORG, "riwayat")  # type: ignore[arg-type]


def test_kin_keberatan_01_hari_runs_from_1_to_366() -> None:
    assert batas_keberatan(HARI, hari=366) == D(2027, 1, 11)
    with pytest.raises(BirokrasiError, match=r"^hari: "):
        batas_keberatan(HARI, hari=367)


def test_kin_keberatan_01_di_akhir_kalender_says_calendar_or_work_days() -> None:
    with pytest.raises(OutOfWindowError) as galat:
        batas_keberatan(D(9999, 12, 25))
    assert str(galat.value) == (
        "diterima: the last day to object (KIN-KEBERATAN-01), 14 calendar days after "
        "9999-12-25, falls after 9999-12-31, the calendar's last day"
    )


@pytest.mark.parametrize(
    ("hari_kerja", "batas", "jenis"),
    [(False, "2026-01-13", "calendar"), (True, "2026-01-13", "work")],
)
def test_kin_keberatan_01_finding_names_the_days_counted(
    hari_kerja: bool, batas: str, jenis: str
) -> None:
    """Received Saturday 10 January: 3 calendar days and 2 work days both end Tuesday the
    13th."""
    hari = 3 if not hari_kerja else 2
    (p,) = periksa_keberatan(_keberatan(D(2026, 1, 20)), hari=hari, hari_kerja=hari_kerja)
    assert str(p.pesan) == (
        f"filed 2026-01-20, after the last day {batas} ({hari} {jenis} days from 2026-01-10)"
    )


def test_kin_keberatan_01_filed_the_day_the_result_is_received() -> None:
    assert periksa_keberatan(_keberatan(HARI)) == ()
    k = Keberatan("KB-3", LAMA, HARI, "alasan", diterima=HARI)
    assert k.tanggal_diterima == HARI


def test_kin_keberatan_02_decided_the_day_it_is_filed() -> None:
    k = _keberatan(D(2026, 1, 20))
    daftar = DaftarKeberatan([k], [PutusanKeberatan("KB-1", ATASAN, k.tanggal)])
    assert daftar.putusan_atas("KB-1") is not None


def test_kin_keberatan_02_the_new_evaluation_gives_the_objection_as_its_reason() -> None:
    daftar = DaftarKeberatan([_keberatan(D(2026, 1, 20))])
    _, riwayat = terima_keberatan(
        daftar, "KB-1", oleh=ATASAN, tanggal=D(2026, 2, 3), instansi=ORG, riwayat=RIWAYAT,
        rating_hasil_kerja=SE, rating_perilaku_kerja=SE, kode_baru="EVAL-2025-SRI-K",
    )  # fmt: skip
    baru = riwayat.cari("EVAL-2025-SRI-K")
    assert baru.alasan == "keberatan KB-1: Perilaku kerja dinilai tanpa catatan umpan balik"


# -- periksa_daftar_keberatan: a register however it was built (KIN-KEBERATAN-02) ----------


def _diterima(daftar: DaftarKeberatan) -> tuple[DaftarKeberatan, RiwayatPenilaian]:
    return terima_keberatan(
        daftar, "KB-1", oleh=ATASAN, tanggal=D(2026, 2, 3), instansi=ORG, riwayat=RIWAYAT,
        rating_hasil_kerja=SE, rating_perilaku_kerja=SE, kode_baru="EVAL-2025-SRI-K",
    )  # fmt: skip


def test_kin_keberatan_02_a_register_built_by_the_operations_has_no_finding() -> None:
    daftar, riwayat = _diterima(DaftarKeberatan([_keberatan(D(2026, 1, 20))]))
    assert periksa_daftar_keberatan(daftar, ORG, riwayat) == ()
    assert periksa_daftar_keberatan(daftar, ORG) == ()
    assert pemutus_keberatan(ORG, LAMA, D(2026, 2, 3)).nip == ATASAN.nip


def test_kin_keberatan_02_a_register_by_hand_is_checked() -> None:
    """An evaluation objected to twice; a decision by the penilai instead of their atasan; an
    acceptance whose new evaluation is by someone else, supersedes nothing and is missing
    from the riwayat."""
    dua = DaftarKeberatan([_keberatan(D(2026, 1, 20)), _keberatan(D(2026, 1, 21), "KB-2")])
    baru = attrs.evolve(LAMA, kode="EVAL-X", penilai=PENILAI, tanggal=D(2026, 2, 3))
    salah = attrs.evolve(dua, putusan=(PutusanKeberatan("KB-1", PENILAI, D(2026, 2, 3), baru),))
    temuan = periksa_daftar_keberatan(salah, ORG, RIWAYAT)
    assert [(p.kode, p.subjek, str(p.pesan)) for p in temuan] == [
        ("KIN-KEBERATAN-02", "keberatan:KB-2", "evaluation EVAL-2025-SRI was already objected "
         "to in KB-1"),
        ("KIN-KEBERATAN-02", "keberatan:KB-1", f"decided by {_orang(PENILAI)} on 2026-02-03; "
         f"the atasan of penilai {_orang(PENILAI)} is {_orang(ATASAN)}"),
        ("KIN-KEBERATAN-02", "keberatan:KB-1", "new evaluation EVAL-X must be by the decider, of "
         "the same pegawai, SKP, kind and period, superseding EVAL-2025-SRI"),
        ("KIN-KEBERATAN-02", "keberatan:KB-1", "new evaluation EVAL-X is not in riwayat"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "ubah",
    [
        {"skp": "SKP-LAIN"},
        {"jenis": JenisEvaluasi.PERIODIK, "periode": Periode.triwulan(2025, 4)},
        {"menggantikan": None},
        {"penilai": PENILAI},
    ],
)
def test_kin_keberatan_02_each_mismatch_of_the_new_evaluation_is_a_finding(
    ubah: dict[str, object],
) -> None:
    daftar, _ = _diterima(DaftarKeberatan([_keberatan(D(2026, 1, 20))]))
    (putusan,) = daftar.putusan
    assert putusan.penilaian_baru is not None
    lain = attrs.evolve(putusan.penilaian_baru, **ubah)
    diubah = attrs.evolve(daftar, putusan=(attrs.evolve(putusan, penilaian_baru=lain),))
    assert [str(p.pesan)[:31] for p in periksa_daftar_keberatan(diubah, ORG)] == [
        "new evaluation EVAL-2025-SRI-K "
    ]


# -- pinned by mutation testing (issue 15 §5) ----------------------------------------------


def test_kin_keberatan_01_ajukan_counts_from_the_day_received() -> None:
    """Received 10 days after the evaluation, an objection on day 20 is on time: ajukan
    keeps the day received and counts from it."""
    k = ajukan_keberatan(
        LAMA, "KB-4", "alasan", tanggal=HARI + dt.timedelta(days=20), diterima=D(2026, 1, 20)
    )
    assert k.diterima == D(2026, 1, 20)
    assert k.tanggal_diterima == D(2026, 1, 20)


def test_kin_keberatan_01_ajukan_uses_the_days_given() -> None:
    with pytest.raises(InvalidValueError, match=r"3 calendar days from 2026-01-10"):
        ajukan_keberatan(LAMA, "KB-5", "alasan", tanggal=HARI + dt.timedelta(days=5), hari=3)
    k = ajukan_keberatan(LAMA, "KB-5", "alasan", tanggal=HARI + dt.timedelta(days=20), hari=20)
    assert k.tanggal == D(2026, 1, 30)


def test_kin_keberatan_02_objections_to_two_evaluations_are_no_finding() -> None:
    lain = attrs.evolve(LAMA, kode="EVAL-2025-SRI-Q4", jenis=JenisEvaluasi.PERIODIK,
                        periode=Periode.triwulan(2025, 4))  # fmt: skip
    daftar = DaftarKeberatan([_keberatan(HARI), Keberatan("KB-2", lain, HARI, "alasan")])
    assert periksa_daftar_keberatan(daftar, ORG) == ()


def test_kin_keberatan_02_a_decision_when_nobody_may_decide_is_a_finding() -> None:
    _, daftar, _ = _oleh_kadis()
    sekda = potret_pejabat(ORG, SEKDA, D(2026, 1, 20))
    tanpa = attrs.evolve(ORG, pejabat_luar=())
    ditolak = attrs.evolve(daftar, putusan=(PutusanKeberatan("KB-D", sekda, D(2026, 1, 20)),))
    (p,) = periksa_daftar_keberatan(ditolak, tanpa)
    assert str(p.pesan) == (
        f"decided by {_orang(sekda)} on 2026-01-20; the atasan of penilai "
        f"{_orang(potret_pegawai(ORG, KADIS, D(2026, 1, 20)))} is nobody the instansi names"
    )


@pytest.mark.parametrize("nama", ["terima_keberatan", "tolak_keberatan", "putuskan_keberatan"])
def test_kin_keberatan_02_each_refusal_names_the_act(nama: str) -> None:
    """Deciding twice, by someone without a post, by someone who is not the atasan, and
    (accepting) an objection to a superseded evaluation: each error starts with the act."""
    daftar = DaftarKeberatan([_keberatan(D(2026, 1, 20))])
    terima = nama != "tolak_keberatan"

    def putus(
        daftar: DaftarKeberatan = daftar,
        oleh: str = str(ATASAN.nip),
        riwayat: RiwayatPenilaian = RIWAYAT,
    ) -> tuple[DaftarKeberatan, RiwayatPenilaian]:
        kw: dict[str, object] = {
            "oleh": oleh,
            "tanggal": D(2026, 2, 3),
            "instansi": ORG,
            "riwayat": riwayat,
        }
        if nama == "terima_keberatan":
            kw |= {"rating_hasil_kerja": SE, "rating_perilaku_kerja": SE, "kode_baru": "EV-K"}
            return terima_keberatan(daftar, "KB-1", **kw)  # type: ignore[arg-type]
        if nama == "putuskan_keberatan":
            kw |= {"hasil_kerja": SE, "perilaku_kerja": SE, "kode_baru": "EV-K"}
            return putuskan_keberatan(daftar, "KB-1", **kw)  # type: ignore[arg-type]
        return tolak_keberatan(daftar, "KB-1", **kw)  # type: ignore[arg-type]

    diputus, _ = putus()
    with pytest.raises(InvalidValueError, match=rf"^{nama}: objection KB-1 is already decided"):
        putus(diputus)
    with pytest.raises(AuthorityError, match=rf"^{nama}: 199901012024011001 holds no post"):
        putus(oleh="199901012024011001")
    with pytest.raises(
        AuthorityError, match=rf"^{nama}: {re.escape(_orang(PENILAI))} is not the atasan"
    ):
        putus(oleh=str(PENILAI.nip))
    if terima:
        ganti = attrs.evolve(LAMA, kode="EV-X", menggantikan=LAMA.kode, tanggal=D(2026, 1, 30))
        with pytest.raises(
            InvalidValueError, match=rf"^{nama}: EVAL-2025-SRI was already superseded by EV-X$"
        ):
            putus(riwayat=RIWAYAT.tambah(ganti))


@pytest.mark.parametrize(
    "sebagian",
    [
        {"hasil_kerja": SE},
        {"perilaku_kerja": SE},
        {"kode_baru": "EV-K"},
        {"hasil_kerja": SE, "perilaku_kerja": SE},
        {"hasil_kerja": SE, "kode_baru": "EV-K"},
        {"perilaku_kerja": SE, "kode_baru": "EV-K"},
    ],
)
def test_kin_keberatan_02_putuskan_needs_all_three_to_accept(sebagian: dict[str, object]) -> None:
    daftar = DaftarKeberatan([_keberatan(D(2026, 1, 20))])
    with pytest.raises(InvalidValueError) as galat:
        putuskan_keberatan(daftar, "KB-1", oleh=ATASAN, tanggal=D(2026, 2, 3), instansi=ORG,
                           riwayat=RIWAYAT, **sebagian)  # type: ignore[arg-type]  # fmt: skip
    assert str(galat.value) == (
        "putuskan_keberatan: to accept, give hasil_kerja, perilaku_kerja and kode_baru; to "
        "reject, give none"
    )


# -- the messages in Indonesian, the default language (ADR 0017) -------------------------------


@pytest.mark.bahasa_baku
def test_kin_keberatan_01_terlambat_dalam_bahasa_indonesia() -> None:
    (p,) = periksa_keberatan(_keberatan(D(2026, 1, 20)), hari=2, hari_kerja=True)
    assert p.pesan.kode == "KIN-KEBERATAN-01/terlambat-hari-kerja"
    assert str(p.pesan) == (
        "diajukan 20 Januari 2026, sesudah batas akhir 13 Januari 2026 (2 hari kerja sejak "
        "10 Januari 2026)"
    )


@pytest.mark.bahasa_baku
def test_kin_keberatan_02_bukan_atasan_dalam_bahasa_indonesia() -> None:
    daftar = DaftarKeberatan([_keberatan(D(2026, 1, 20))])
    with pytest.raises(AuthorityError) as galat:
        tolak_keberatan(daftar, "KB-1", oleh=PENILAI.nip, tanggal=D(2026, 2, 3), instansi=ORG,
                        riwayat=RIWAYAT)  # fmt: skip
    assert galat.value.kode == "KIN-KEBERATAN-02/bukan-atasan"
    assert str(galat.value) == (
        f"tolak_keberatan: {_orang(PENILAI)} bukan atasan dari penilai {_orang(PENILAI)} pada "
        f"3 Februari 2026 (atasannya adalah {_orang(ATASAN)}; KIN-KEBERATAN-02, PP 30/2019 "
        "Pasal 59 ayat (4))"
    )


@pytest.mark.bahasa_baku
def test_kin_keberatan_02_bukan_pemutus_dalam_bahasa_indonesia() -> None:
    dua = DaftarKeberatan([_keberatan(D(2026, 1, 20))])
    salah = attrs.evolve(dua, putusan=(PutusanKeberatan("KB-1", PENILAI, D(2026, 2, 3)),))
    (p,) = periksa_daftar_keberatan(salah, ORG, RIWAYAT)
    assert p.pesan.kode == "KIN-KEBERATAN-02/bukan-pemutus"
    assert str(p.pesan) == (
        f"diputus oleh {_orang(PENILAI)} pada 3 Februari 2026; atasan dari penilai "
        f"{_orang(PENILAI)} adalah {_orang(ATASAN)}"
    )
