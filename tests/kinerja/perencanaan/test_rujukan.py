"""KIN-SKP-14 and 15: what an SKP refers to outside itself. An RHK naming a tim kerja or a
penugasan must find it in the sistem kerja, over the SKP's periode, with the pegawai in it;
the SKP's periode does not start before the appointment the pegawai's NIP shows."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from birokrasi import InvalidTypeError, Periode, SistemKerja, contoh
from birokrasi.contoh import skp as contoh_skp
from birokrasi.contoh.sistem_kerja import TANGGAL_PINDAH, tim_kerja
from birokrasi.contoh.struktur import DEWI as NIP_DEWI
from birokrasi.contoh.struktur import IRFAN, SITI
from birokrasi.kinerja.perencanaan.pemeriksaan import periksa_skp
from birokrasi.kinerja.perencanaan.rujukan import (
    ATURAN_RUJUKAN_SISTEM_KERJA,
    ATURAN_SKP_SEJAK_PENGANGKATAN,
)
from birokrasi.kinerja.perencanaan.skp import SKP, Pendekatan, susun_skp

ORG = contoh.instansi()
SISTEM = tim_kerja()
DAFTAR = {s.kode: s for s in contoh_skp.skp()}
DEWI = DAFTAR["SKP-2025-PRAKOM-DEWI"]
LILIS = DAFTAR["SKP-2025-HUMAS-LILIS"]
KIN_SKP_14 = ATURAN_RUJUKAN_SISTEM_KERJA.kode


def _rujuk(skp: SKP, periode: Periode | None = None, **rujukan: str | None) -> SKP:
    """``skp`` as a draft whose first RHK names ``rujukan`` (tim_kerja=, penugasan=)."""
    rhk = attrs.evolve(skp.hasil_kerja[0], **{"tim_kerja": None, "penugasan": None, **rujukan})
    return attrs.evolve(
        skp,
        hasil_kerja=(rhk,),
        periode=periode or skp.periode,
        disetujui=None,
        ditetapkan=None,
    )


def _temuan(skp: SKP, sistem: SistemKerja = SISTEM) -> list[tuple[str, str, str]]:
    return [
        (p.kode, p.subjek, str(p.pesan))
        for p in periksa_skp(skp, sistem_kerja=sistem)
        if p.kode in (KIN_SKP_14, ATURAN_SKP_SEJAK_PENGANGKATAN.kode)
    ]


def test_kin_skp_14_the_example_team_references_resolve() -> None:
    assert _temuan(DEWI) == []
    assert _temuan(DAFTAR["SKP-2025-PRAKOM-YUSUF"]) == []


def test_kin_skp_14_without_a_sistem_kerja_nothing_is_resolved() -> None:
    assert KIN_SKP_14 not in [p.kode for p in periksa_skp(_rujuk(DEWI, tim_kerja="TIM-X"))]


def test_kin_skp_14_a_team_the_sistem_kerja_does_not_have() -> None:
    ((kode, subjek, pesan),) = _temuan(_rujuk(DEWI, tim_kerja="TIM-X"))
    assert (kode, subjek) == ("KIN-SKP-14", "SKP-2025-PRAKOM-DEWI/RHK-1")
    assert pesan == "tim kerja 'TIM-X': no such team in the sistem kerja"


def test_kin_skp_14_a_team_outside_the_skp_periode() -> None:
    """The example teams run 2 January to 31 December 2025: a 2024 SKP cannot come from one."""
    skp = _rujuk(DEWI, Periode.tahun(2024), tim_kerja="TIM-SPBE")
    ((_, _, pesan),) = _temuan(skp)
    assert (
        pesan == "tim kerja 'TIM-SPBE' runs 2025-01-02..2025-12-31, outside 2024-01-01..2024-12-31"
    )


def test_kin_skp_14_the_pegawai_must_sit_in_the_team_during_the_periode() -> None:
    """Dewi leaves Tim Satu Data on 30 June and joins Tim Komunikasi Publik on 1 July."""
    separuh_awal = Periode(dt.date(2025, 1, 1), TANGGAL_PINDAH - dt.timedelta(days=1))
    separuh_akhir = Periode(TANGGAL_PINDAH, dt.date(2025, 12, 31))
    assert _temuan(_rujuk(DEWI, separuh_awal, tim_kerja="TIM-SATUDATA")) == []
    assert _temuan(_rujuk(DEWI, separuh_akhir, tim_kerja="TIM-HUMAS")) == []
    ((_, _, pesan),) = _temuan(_rujuk(DEWI, separuh_akhir, tim_kerja="TIM-SATUDATA"))
    assert pesan == (
        f"tim kerja 'TIM-SATUDATA': {DEWI.pegawai.nama} ({DEWI.pegawai.nip}) is not a member "
        "during "
        "2025-07-01..2025-12-31"
    )


def test_kin_skp_14_a_penugasan_the_sistem_kerja_does_not_record() -> None:
    """The example's Lilis names a penugasan the example's sistem kerja does not hold."""
    ((kode, subjek, pesan),) = _temuan(LILIS)
    assert (kode, subjek) == ("KIN-SKP-14", "SKP-2025-HUMAS-LILIS/RHK-1")
    assert pesan == "penugasan 'PENUGASAN-2025-017': no such penugasan in the sistem kerja"


def test_kin_skp_14_a_penugasan_to_the_pegawai_or_to_a_team_they_sit_in() -> None:
    """TGS-2025-02 goes to Irfan (March to August), TGS-2025-01 to Tim SPBE, Dewi's team."""
    irfan = attrs.evolve(DEWI.pegawai, nip=IRFAN)
    skp_irfan = attrs.evolve(_rujuk(DEWI, penugasan="TGS-2025-02"), pegawai=irfan)
    assert _temuan(skp_irfan) == []
    assert _temuan(_rujuk(DEWI, penugasan="TGS-2025-01")) == []
    ((_, _, pesan),) = _temuan(_rujuk(DEWI, penugasan="TGS-2025-02"))
    assert pesan == (
        f"penugasan 'TGS-2025-02' is given to {IRFAN}, not to "
        f"{DEWI.pegawai.nama} ({DEWI.pegawai.nip}) or a team they sit in during "
        "2025-03-01..2025-08-31"
    )
    awal = Periode(dt.date(2025, 1, 1), dt.date(2025, 2, 28))
    ((_, _, pesan),) = _temuan(
        attrs.evolve(_rujuk(DEWI, awal, penugasan="TGS-2025-02"), pegawai=irfan)
    )
    assert (
        pesan
        == "penugasan 'TGS-2025-02' runs 2025-03-01..2025-08-31, outside 2025-01-01..2025-02-28"
    )


def test_kin_skp_14_a_team_penugasan_needs_membership_while_both_run() -> None:
    """Siti sits in Tim Komunikasi Publik, not Tim SPBE, which TGS-2025-01 goes to."""
    siti = attrs.evolve(DEWI.pegawai, nip=SITI)
    ((_, _, pesan),) = _temuan(attrs.evolve(_rujuk(DEWI, penugasan="TGS-2025-01"), pegawai=siti))
    assert "is given to team 'TIM-SPBE', not to" in pesan


def test_periksa_skp_names_a_bad_sistem_kerja() -> None:
    with pytest.raises(InvalidTypeError, match=r"^sistem_kerja: expected SistemKerja"):
        periksa_skp(DEWI, sistem_kerja="SISTEM")  # type: ignore[arg-type]


# -- KIN-SKP-15 -------------------------------------------------------------------------------


def test_kin_skp_15_an_skp_starting_before_the_tmt_is_a_finding() -> None:
    """A CPNS with TMT March 2025 has no SKP for January and February."""
    draft = susun_skp(
        ORG,
        "SKP-X",
        NIP_DEWI,
        Periode.tahun(2025),
        Pendekatan.KUANTITATIF,
        [attrs.evolve(DEWI.hasil_kerja[0], tim_kerja=None)],
    )
    baru = attrs.evolve(draft, pegawai=attrs.evolve(draft.pegawai, nip="199001012025031001"))
    ((kode, subjek, pesan),) = [
        t for t in _temuan(baru) if t[0] == ATURAN_SKP_SEJAK_PENGANGKATAN.kode
    ]
    assert (kode, subjek) == ("KIN-SKP-15", "SKP-X")
    assert pesan == (
        "periode 2025-01-01..2025-12-31 starts before the appointment of "
        f"{DEWI.pegawai.nama} (199001012025031001): TMT CPNS 2025-03-01"
    )
    mulai_tmt = attrs.evolve(baru, periode=Periode(dt.date(2025, 3, 1), dt.date(2025, 12, 31)))
    assert [p.kode for p in periksa_skp(mulai_tmt) if p.kode == "KIN-SKP-15"] == []


def test_kin_skp_15_a_pppk_is_checked_against_its_year() -> None:
    pppk = "199001012025211001"
    skp = attrs.evolve(_rujuk(DEWI), pegawai=attrs.evolve(DEWI.pegawai, nip=pppk))
    assert [p.kode for p in periksa_skp(skp) if p.kode == "KIN-SKP-15"] == []
    lalu = attrs.evolve(skp, periode=Periode.tahun(2024))
    (temuan,) = [p for p in periksa_skp(lalu) if p.kode == "KIN-SKP-15"]
    assert "appointed as calon PPPK in 2025" in str(temuan.pesan)


@given(st.dates(dt.date(2025, 1, 1), dt.date(2025, 12, 31)))
def test_kin_skp_15_exactly_when_the_periode_starts_before_the_appointment(mulai: dt.date) -> None:
    skp = attrs.evolve(
        _rujuk(DEWI, Periode(mulai, dt.date(2025, 12, 31))),
        pegawai=attrs.evolve(DEWI.pegawai, nip="199001012025061001"),
    )
    ada = [p.kode for p in periksa_skp(skp) if p.kode == "KIN-SKP-15"]
    assert ada == (["KIN-SKP-15"] if mulai < dt.date(2025, 6, 1) else [])


@pytest.mark.parametrize(
    ("mulai", "selesai", "tim"),
    [
        (dt.date(2025, 1, 1), TANGGAL_PINDAH, "TIM-HUMAS"),
        (TANGGAL_PINDAH - dt.timedelta(days=1), dt.date(2025, 12, 31), "TIM-SATUDATA"),
        (dt.date(2025, 12, 31), dt.date(2025, 12, 31), "TIM-HUMAS"),
        (dt.date(2025, 1, 1), dt.date(2025, 1, 2), "TIM-SATUDATA"),
    ],
)
def test_kin_skp_14_one_shared_day_of_team_and_membership_is_enough(
    mulai: dt.date, selesai: dt.date, tim: str
) -> None:
    """The teams run 2 January to 31 December 2025; Dewi sits in Tim Satu Data until 30 June
    and in Tim Komunikasi Publik from 1 July: an SKP sharing only the first or last day with
    the team and the membership still refers to it."""
    assert _temuan(_rujuk(DEWI, Periode(mulai, selesai), tim_kerja=tim)) == []
