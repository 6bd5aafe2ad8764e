"""Derived scope of a team, authority over a unit, and the feedback-givers matrix."""

from __future__ import annotations

import datetime as dt

import pytest
from bantu_sistem_kerja import ADMIN, JF_B, JF_B2, JF_M2, JF_P2, KEPALA, OLEH, ORG, D, anggota, tim
from hypothesis import given
from hypothesis import strategies as st

from birokrasi.errors import InvalidTypeError, NotFoundError
from birokrasi.sistem_kerja import (
    LingkupTim,
    PemberiUmpanBalik,
    Peran,
    SistemKerja,
    SumberUmpanBalik,
    lingkup_tim,
    membawahi,
    pemberi_umpan_balik,
    penempatan_anggota,
)
from birokrasi.struktur import Instansi
from birokrasi.testing import instansi as instansi_st
from birokrasi.testing import sistem_kerja

LUAR = "199001012015011001"


@pytest.mark.parametrize(
    ("anggota_", "lingkup"),
    [
        ([JF_B, JF_B2], LingkupTim.DALAM_UNIT_JPT_PRATAMA),
        ([JF_B, ADMIN], LingkupTim.DALAM_UNIT_JPT_PRATAMA),
        ([JF_B, JF_P2], LingkupTim.LINTAS_UNIT_JPT_PRATAMA),
        ([JF_B, JF_M2], LingkupTim.LINTAS_UNIT_JPT_MADYA),
        ([KEPALA["K"], JF_B], LingkupTim.LINTAS_UNIT_JPT_MADYA),
        ([], None),
    ],
)
def test_lingkup_is_derived_from_placements(
    org: Instansi, anggota_: list[str], lingkup: LingkupTim | None
) -> None:
    s = SistemKerja([tim("A")], [anggota(x) for x in anggota_])
    assert lingkup_tim(s, org, "A") is lingkup


def test_lingkup_lintas_instansi(org: Instansi) -> None:
    s = SistemKerja([tim("A")], [anggota(JF_B), anggota(LUAR, instansi="BPS")])
    assert lingkup_tim(s, org, "A") is LingkupTim.LINTAS_INSTANSI
    assert LingkupTim.LINTAS_INSTANSI.label == "Lintas instansi pemerintah"
    assert penempatan_anggota(org, s.keanggotaan[1]) is None


def test_membawahi(org: Instansi) -> None:
    assert membawahi(org, KEPALA["M1"], "M1.P1.B", D(2025, 1, 1))
    assert membawahi(org, KEPALA["M1.P1"], "M1.P1", D(2025, 1, 1))
    assert not membawahi(org, KEPALA["M1.P1"], "M1", D(2025, 1, 1))
    assert not membawahi(org, JF_B, "M1.P1.B", D(2025, 1, 1))
    assert not membawahi(org, LUAR, "M1", D(2025, 1, 1))
    assert not membawahi(org, KEPALA["K"], "K", D(2023, 12, 31))
    with pytest.raises(NotFoundError):
        membawahi(org, KEPALA["K"], "X", D(2025, 1, 1))
    with pytest.raises(InvalidTypeError, match=r"^kepala: expected NIP"):
        membawahi(org, 5, "K", D(2025, 1, 1))  # type: ignore[arg-type]


def test_matrix_of_feedback_givers(org: Instansi, sistem_dasar: SistemKerja) -> None:
    """A JF who leads team A while a member of team B (another unit), moved to team C."""
    s = sistem_dasar.bentuk_tim(tim("C", "M2.P1", KEPALA["K"]), instansi=ORG)
    s = s.tambah_anggota(anggota(JF_M2, "C", Peran.KETUA), **OLEH).pindahkan(
        JF_B, "B", "C", D(2025, 7, 1), **OLEH
    )
    juni = pemberi_umpan_balik(s, org, JF_B, D(2025, 6, 30))
    assert juni == (
        PemberiUmpanBalik(KEPALA["M1.P1"], SumberUmpanBalik.ATASAN_LANGSUNG),
        PemberiUmpanBalik(JF_P2, SumberUmpanBalik.KETUA_TIM, "B"),
    )
    juli = pemberi_umpan_balik(s, org, JF_B, D(2025, 7, 1))
    assert [(p.nip.digit, p.tim) for p in juli] == [(KEPALA["M1.P1"], None), (JF_M2, "C")]
    assert SumberUmpanBalik.KETUA_TIM.label == "Ketua Tim"
    anggota_a = pemberi_umpan_balik(s, org, JF_B2, D(2025, 7, 1))
    assert [p.nip.digit for p in anggota_a] == [KEPALA["M1.P1"], JF_B]
    assert pemberi_umpan_balik(s, org, KEPALA["K"], D(2025, 7, 1)) == ()
    assert pemberi_umpan_balik(s, org, LUAR, D(2025, 7, 1)) == ()
    with pytest.raises(InvalidTypeError):
        pemberi_umpan_balik(s, org, 123, D(2025, 7, 1))  # type: ignore[arg-type]


@given(st.data())
def test_feedback_givers_equal_a_naive_scan(data: st.DataObject) -> None:
    org = data.draw(instansi_st(max_unit=5, max_pegawai=6, kepala_akar_tetap=True))
    orang = [p.nip for p in org.pegawai]
    s = data.draw(sistem_kerja(orang, max_anggota=15))
    tanggal = data.draw(st.dates(dt.date(2024, 1, 1), dt.date(2025, 12, 31)))
    for nip in orang:
        p = org.penempatan_pada(nip, tanggal)
        atasan = None if p is None else org.atasan_langsung(nip, tanggal)
        harapan = [] if atasan is None else [(atasan.nip, None)]
        for k in s.keanggotaan:
            if k.nip == nip and k.mulai <= tanggal <= k.akhir_dalam(s.cari_tim(k.tim)):
                ketua = [
                    x
                    for x in s.keanggotaan
                    if x.tim == k.tim
                    and x.peran is Peran.KETUA
                    and x.mulai <= tanggal <= x.akhir_dalam(s.cari_tim(x.tim))
                ]
                pertama = min(ketua, key=lambda x: x.mulai) if ketua else None
                if pertama is not None and pertama.nip != nip:
                    harapan.append((pertama.nip, k.tim))
        hasil = [(q.nip, q.tim) for q in pemberi_umpan_balik(s, org, nip, tanggal)]
        assert hasil == list(dict.fromkeys(harapan))


def test_lingkup_without_jpt_units() -> None:
    from birokrasi.struktur import Jabatan, Jenjang, Pegawai, Penempatan, UnitOrganisasi

    units = [
        UnitOrganisasi("R", "UPT", jenjang_kepala=Jenjang.ADMINISTRATOR),
        UnitOrganisasi("R.1", "Seksi", "R", jenjang_kepala=Jenjang.PENGAWAS),
    ]
    jf = Jabatan("Analis", Jenjang.AHLI_PERTAMA)
    org = Instansi(
        "UPT",
        units,
        [Pegawai(JF_B, "A"), Pegawai(JF_B2, "B")],
        [Penempatan(JF_B, jf, "R", D(2025, 1, 1)), Penempatan(JF_B2, jf, "R.1", D(2025, 1, 1))],
    )
    s = SistemKerja([tim("A", "R")], [anggota(JF_B), anggota(JF_B2)])
    assert lingkup_tim(s, org, "A") is LingkupTim.DALAM_UNIT_JPT_PRATAMA
