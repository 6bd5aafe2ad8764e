"""The flattening analysis (birokrasi.sistem_kerja.penyederhanaan): tim kerja across units,
an instansi summed up on a date, and before/after compared (with STR-SETARA-01 findings)."""

from __future__ import annotations

import datetime as dt
import json
from fractions import Fraction

import pytest
from bantu_sistem_kerja import ADMIN, AWAL, JF_B, JF_B2, JF_M2, JF_P2, KEPALA, buat_instansi
from hypothesis import given
from hypothesis import strategies as st

from birokrasi import InvalidTypeError, InvalidValueError, contoh
from birokrasi.contoh import penyederhanaan as data
from birokrasi.contoh.sistem_kerja import tim_kerja
from birokrasi.periode import Periode
from birokrasi.serial import dari_data, ke_data
from birokrasi.sistem_kerja import (
    Keanggotaan,
    Peran,
    PerbandinganPenyederhanaan,
    SistemKerja,
    SuratKeputusan,
    TimKerja,
    bandingkan_penyederhanaan,
    ringkasan_struktur,
    statistik_tim_kerja,
)
from birokrasi.struktur import (
    NIP,
    Delegasi,
    Eselon,
    Instansi,
    Jabatan,
    Jenjang,
    Penempatan,
    lapisan_pegawai,
    rentang_kendali,
)
from birokrasi.testing import instansi, sistem_kerja, tanggal

D = dt.date
HARI = D(2025, 3, 3)
MASA = Periode(D(2025, 1, 2), D(2025, 12, 31))


def _tim(kode: str, unit: str) -> TimKerja:
    return TimKerja(
        kode, f"Tim {kode}", "Tujuan", unit, MASA, SuratKeputusan("SK", MASA.mulai, KEPALA["K"])
    )


def _sistem() -> SistemKerja:
    """T1 (owned by M1.P1): ketua JF_B (M1.P1.B) with JF_P2 (M1.P2) and JF_B2 (M1.P1.B).
    T2 (M1.P1.B): ketua JF_B2 alone with JF_B (same unit). T3: a member from another
    instansi and the Pelaksana JF_M2."""
    anggota = [
        Keanggotaan(JF_B, "T1", Peran.KETUA, MASA.mulai),
        Keanggotaan(JF_P2, "T1", Peran.ANGGOTA, MASA.mulai),
        Keanggotaan(JF_B2, "T1", Peran.ANGGOTA, MASA.mulai),
        Keanggotaan(JF_B2, "T2", Peran.KETUA, MASA.mulai),
        Keanggotaan(JF_B, "T2", Peran.ANGGOTA, MASA.mulai),
        Keanggotaan(ADMIN, "T3", Peran.KETUA, MASA.mulai),
        Keanggotaan(JF_M2, "T3", Peran.ANGGOTA, MASA.mulai),
        Keanggotaan(KEPALA["M2"], "T3", Peran.ANGGOTA, MASA.mulai, instansi="LAIN"),
    ]
    return SistemKerja([_tim("T1", "M1.P1"), _tim("T2", "M1.P1.B"), _tim("T3", "M1.P1")], anggota)


def test_tim_kerja_across_units() -> None:
    s = statistik_tim_kerja(_sistem(), buat_instansi(), HARI)
    assert s.tim == ("T1", "T2", "T3")
    assert s.tim_lintas_unit == ("T1", "T3")
    assert [str(n) for n in s.jf_dalam_tim] == sorted([JF_B, JF_B2, JF_P2])
    assert [str(n) for n in s.jf_dipimpin_luar_unit] == [JF_P2]
    assert s.porsi_jf_dipimpin_luar_unit == Fraction(1, 3)
    assert s.porsi_tim_lintas_unit == Fraction(2, 3)


def test_a_team_outside_its_periode_is_not_counted() -> None:
    s = statistik_tim_kerja(_sistem(), buat_instansi(), D(2024, 6, 1))
    assert s.tim == ()
    assert s.porsi_tim_lintas_unit is None
    assert s.porsi_jf_dipimpin_luar_unit is None


def test_example_agency_tim_kerja() -> None:
    s = statistik_tim_kerja(tim_kerja(), contoh.instansi(), contoh.TANGGAL_DEMO)
    assert s.tim_lintas_unit == ("TIM-SATUDATA", "TIM-SPBE")
    assert {str(n) for n in s.jf_dipimpin_luar_unit} == {
        contoh.struktur.DEWI,
        contoh.struktur.IRFAN,
    }
    # On 1 July Dewi moves from Tim Satu Data (now all Bidang Statistik) to Tim Komunikasi
    # Publik, led from Bidang IKP.
    setelah = statistik_tim_kerja(tim_kerja(), contoh.instansi(), D(2025, 7, 1))
    assert setelah.tim_lintas_unit == ("TIM-HUMAS", "TIM-SPBE")
    assert {str(n) for n in setelah.jf_dipimpin_luar_unit} == {
        contoh.struktur.DEWI,
        contoh.struktur.IRFAN,
    }


def test_ringkasan_of_the_example_before_and_after() -> None:
    sebelum = ringkasan_struktur(data.instansi_sebelum(), data.TANGGAL_SEBELUM)
    sesudah = ringkasan_struktur(contoh.instansi(), contoh.TANGGAL_DEMO, tim_kerja())
    assert (sebelum.lapisan_maks, sesudah.lapisan_maks) == (3, 2)
    assert (sebelum.jumlah_manajerial, sesudah.jumlah_manajerial) == (13, 2)
    assert (sebelum.rentang_maks, sesudah.rentang_maks) == (4, 23)
    assert (sebelum.jf_dinilai_jpt, sesudah.jf_dinilai_jpt) == (0, 20)
    assert sebelum.tim_kerja is None
    assert sesudah.tim_kerja is not None


def test_str_setara_01_comparison_of_the_example() -> None:
    b = data.perbandingan()
    assert b.selisih_lapisan_maks == -1
    assert b.selisih_jumlah_manajerial == -11
    assert b.selisih_rentang_maks == 19
    assert b.selisih_jumlah_pimpinan == 2 - 13
    assert b.selisih_jumlah_jf == 13
    assert b.selisih_lapisan_rata is not None
    assert b.selisih_lapisan_rata < 0
    assert b.selisih_rentang_rata is not None
    assert b.selisih_rentang_rata > 0
    assert [t.kode for t in b.temuan] == ["STR-SETARA-01"]
    assert [t.subjek for t in b.temuan] == [data.SUTRISNO]
    assert len(b.jabatan_disetarakan) == 10
    assert all(x.berubah for x in b.penilai_berubah)
    assert len(b.penilai_berubah) == 20


def test_the_comparison_is_plain_data_and_back() -> None:
    """An analyst stores or ships the result as JSON (birokrasi.serial) and reads it back."""
    b = data.perbandingan()
    assert dari_data(PerbandinganPenyederhanaan, json.loads(json.dumps(ke_data(b)))) == b


def test_one_record_over_both_dates_without_penyetaraan() -> None:
    """Between 1 January and 30 June 2025 nobody was converted; the vacant Kasubbag post
    takes one layer off the Subbagian's staff (STR-ATASAN-01 walks past it)."""
    org = contoh.instansi()
    b = bandingkan_penyederhanaan(org, D(2025, 1, 1), org, contoh.TANGGAL_DEMO)
    assert b.jabatan_disetarakan == ()
    assert b.temuan == ()
    assert b.selisih_lapisan_maks == -1
    assert [x.nip for x in b.penilai_berubah] == sorted(
        p.nip for p in org.penempatan_aktif(contoh.TANGGAL_DEMO) if p.unit.endswith("UMPEG")
    )


def test_bad_arguments_are_refused() -> None:
    org = buat_instansi()
    with pytest.raises(InvalidTypeError, match="sistem"):
        statistik_tim_kerja("sistem", org, HARI)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="instansi"):
        statistik_tim_kerja(_sistem(), "org", HARI)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="tanggal"):
        ringkasan_struktur(org, "2025-03-03")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="sistem_kerja"):
        ringkasan_struktur(org, HARI, "tim")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="tanggal_sesudah"):
        bandingkan_penyederhanaan(org, HARI, org, HARI)


@st.composite
def _instansi_dan_sistem(draw: st.DrawFn) -> tuple[Instansi, SistemKerja]:
    o = draw(instansi(kepala_akar_tetap=True))
    unit = [u.kode for u in o.unit]
    return o, draw(sistem_kerja(orang=[p.nip for p in o.pegawai], unit=unit))


@given(_instansi_dan_sistem(), tanggal())
def test_tim_statistics_are_consistent(
    pasangan: tuple[Instansi, SistemKerja], hari: dt.date
) -> None:
    o, s = pasangan
    hasil = statistik_tim_kerja(s, o, hari)
    assert set(hasil.tim_lintas_unit) <= set(hasil.tim)
    assert set(hasil.jf_dipimpin_luar_unit) <= set(hasil.jf_dalam_tim)
    for porsi in (hasil.porsi_tim_lintas_unit, hasil.porsi_jf_dipimpin_luar_unit):
        assert porsi is None or 0 <= porsi <= 1
    terbalik = SistemKerja(tuple(reversed(s.tim)), tuple(reversed(s.keanggotaan)))
    assert statistik_tim_kerja(terbalik, o, hari) == hasil


@given(instansi(), tanggal())
def test_ringkasan_agrees_with_its_parts(o: Instansi, hari: dt.date) -> None:
    r = ringkasan_struktur(o, hari)
    lapisan = [x.lapisan for x in lapisan_pegawai(o, hari) if x.lapisan is not None]
    rentang = [x.rentang for x in rentang_kendali(o, hari) if x.rentang]
    assert r.jumlah_pegawai == len(o.penempatan_aktif(hari))
    assert r.lapisan_maks == max(lapisan, default=0)
    assert r.jumlah_pimpinan == len(rentang)
    assert r.rentang_rata is None or r.rentang_rata * r.jumlah_pimpinan == sum(rentang)
    assert r.jf_dinilai_jpt <= r.jumlah_jf <= r.jumlah_pegawai


@given(instansi(), tanggal(), tanggal())
def test_selisih_is_sesudah_minus_sebelum(o: Instansi, a: dt.date, b: dt.date) -> None:
    if a == b:
        return
    a, b = min(a, b), max(a, b)
    p = bandingkan_penyederhanaan(o, a, o, b)
    assert p.selisih_lapisan_maks == p.sesudah.lapisan_maks - p.sebelum.lapisan_maks
    assert p.selisih_rentang_maks == p.sesudah.rentang_maks - p.sebelum.rentang_maks
    if p.sesudah.rentang_rata is not None and p.sebelum.rentang_rata is not None:
        assert p.selisih_rentang_rata == p.sesudah.rentang_rata - p.sebelum.rentang_rata
    else:
        assert p.selisih_rentang_rata is None


# -- pinned by mutation testing (issue 15 §5) ----------------------------------------------


def test_a_team_not_yet_formed_does_not_hide_the_later_ones() -> None:
    """Teams are read in kode order: one outside its periode is skipped, not the end."""
    awal = TimKerja(
        "T0", "Tim T0", "Tujuan", "M1.P1", Periode(D(2026, 1, 2), D(2026, 12, 31)),
        SuratKeputusan("SK", D(2026, 1, 2), KEPALA["K"]),
    )  # fmt: skip
    s = _sistem()
    s = SistemKerja([awal, *s.tim], s.keanggotaan)
    assert statistik_tim_kerja(s, buat_instansi(), HARI).tim == ("T1", "T2", "T3")


def test_jf_in_a_team_without_a_ketua_are_not_led_from_outside() -> None:
    """Without a ketua (or with one from another instansi) nobody is led from outside their
    unit: there is no ketua's unit to compare with."""
    for ketua in (None, Keanggotaan(KEPALA["M2"], "T4", Peran.KETUA, MASA.mulai, instansi="LAIN")):
        anggota = [
            Keanggotaan(JF_P2, "T4", Peran.ANGGOTA, MASA.mulai),
            Keanggotaan(JF_B, "T4", Peran.ANGGOTA, MASA.mulai),
            *([] if ketua is None else [ketua]),
        ]
        s = statistik_tim_kerja(SistemKerja([_tim("T4", "M1.P1")], anggota), buat_instansi(), HARI)
        assert s.tim_lintas_unit == ("T4",)
        assert s.jf_dipimpin_luar_unit == ()


def test_ringkasan_means_and_an_empty_day() -> None:
    """The means of layers and spans are exact; a day with nobody placed has maxima of 0 and
    no means."""
    sebelum = ringkasan_struktur(data.instansi_sebelum(), data.TANGGAL_SEBELUM)
    sesudah = ringkasan_struktur(contoh.instansi(), contoh.TANGGAL_DEMO)
    assert (sebelum.lapisan_rata, sebelum.rentang_rata) == (Fraction(62, 27), 2)
    assert (sesudah.lapisan_rata, sesudah.rentang_rata) == (Fraction(39, 32), Fraction(31, 2))
    kosong = ringkasan_struktur(buat_instansi(), D(2000, 1, 1))
    assert (kosong.lapisan_maks, kosong.rentang_maks, kosong.jumlah_pimpinan) == (0, 0, 0)
    assert (kosong.lapisan_rata, kosong.rentang_rata) == (None, None)


def test_the_comparison_reads_both_tim_kerja_and_the_eselon_given() -> None:
    pasangan = (
        data.instansi_sebelum(),
        data.TANGGAL_SEBELUM,
        contoh.instansi(),
        contoh.TANGGAL_DEMO,
    )
    b = bandingkan_penyederhanaan(
        *pasangan, sistem_kerja_sebelum=tim_kerja(), sistem_kerja_sesudah=tim_kerja()
    )
    assert b.sebelum.tim_kerja == statistik_tim_kerja(tim_kerja(), *pasangan[:2])
    assert b.sesudah.tim_kerja == statistik_tim_kerja(tim_kerja(), *pasangan[2:])
    eselon = {
        d.nip: Eselon.III_A if d.jabatan_sebelum.jenjang.name == "ADMINISTRATOR" else Eselon.IV_A
        for d in b.jabatan_disetarakan
    }
    dengan = bandingkan_penyederhanaan(*pasangan, eselon=eselon)
    assert {d.nip: d.eselon for d in dengan.jabatan_disetarakan} == eselon
    salah = {d.nip: Eselon.III_A for d in b.jabatan_disetarakan}
    with pytest.raises(InvalidValueError, match=r"^eselon\[\d+\]: eselon III.a is Administrator"):
        bandingkan_penyederhanaan(*pasangan, eselon=salah)


def test_str_penilai_02_a_delegated_rater_without_direct_reports_leads_nobody() -> None:
    """A delegation (STR-PENILAI-02) makes the Administrator ADMIN, who heads a unit with no
    staff, the rater of JF_B: ``rentang_kendali`` lists ADMIN with a span of 0, but the
    summary counts as leaders only those with direct reports, so the count, the widest and
    the mean span are those of the instansi without the delegation."""
    org = buat_instansi()
    delegasi = org.tambah_delegasi(Delegasi(ADMIN, JF_B, AWAL))
    [admin] = [r for r in rentang_kendali(delegasi, HARI) if r.pimpinan == NIP(ADMIN)]
    assert (admin.rentang, admin.dinilai) == (0, (NIP(JF_B),))
    tanpa, dengan = ringkasan_struktur(org, HARI), ringkasan_struktur(delegasi, HARI)
    assert dengan.jumlah_pimpinan == tanpa.jumlah_pimpinan == 6
    assert (dengan.rentang_maks, dengan.rentang_rata) == (tanpa.rentang_maks, tanpa.rentang_rata)
    assert (dengan.rentang_maks, dengan.rentang_rata) == (4, Fraction(11, 6))


def test_str_setara_01_an_eselon_v_pelaksana_turned_jf_is_checked_in_the_comparison() -> None:
    """The Pelaksana JF_M2, given as eselon V.a, became a JF: penyetaraan gives Ahli Pertama
    (STR-SETARA-01), so Ahli Muda is a finding and Ahli Pertama is none; without the eselon a
    Pelaksana post is not a structural one and nothing is checked."""
    sebelum = buat_instansi()
    eselon = {JF_M2: Eselon.V_A}
    for jenjang, temuan in ((Jenjang.AHLI_MUDA, [JF_M2]), (Jenjang.AHLI_PERTAMA, [])):
        sesudah = sebelum.akhiri_penempatan(JF_M2, D(2024, 12, 31)).tempatkan(
            Penempatan(JF_M2, Jabatan("Analis", jenjang), "M2.P1", D(2025, 1, 1))
        )
        b = bandingkan_penyederhanaan(sebelum, D(2024, 6, 3), sesudah, HARI, eselon=eselon)
        assert [(d.nip, d.jenjang_penyetaraan) for d in b.jabatan_disetarakan] == [
            (NIP(JF_M2), Jenjang.AHLI_PERTAMA)
        ]
        assert [(t.kode, t.subjek) for t in b.temuan] == [("STR-SETARA-01", x) for x in temuan]
        assert all(str(t.pesan).endswith("penyetaraan gives Ahli Pertama") for t in b.temuan)
        tanpa = bandingkan_penyederhanaan(sebelum, D(2024, 6, 3), sesudah, HARI)
        assert (tanpa.jabatan_disetarakan, tanpa.temuan) == ((), ())
