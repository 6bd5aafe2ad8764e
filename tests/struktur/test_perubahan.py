"""What changed per pegawai between two dates (birokrasi.struktur.perubahan): the structural
posts that became JF, checked against the penyetaraan table (STR-SETARA-01), and who rates
whom before and after (STR-PENILAI-01/02)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given

from birokrasi import InvalidTypeError, InvalidValueError, contoh
from birokrasi.contoh import penyederhanaan as data
from birokrasi.struktur import (
    PEMETAAN_PENYETARAAN,
    Eselon,
    Instansi,
    Jabatan,
    Jenjang,
    Pegawai,
    Penempatan,
    UnitOrganisasi,
    jabatan_disetarakan,
    periksa_penyetaraan_jabatan,
    perubahan_penilai,
)
from birokrasi.testing import instansi, tanggal

D = dt.date
J = Jenjang
SEBELUM, SESUDAH = D(2021, 6, 30), D(2022, 6, 30)
PENYETARAAN = D(2022, 1, 1)
AKHIR = PENYETARAAN - dt.timedelta(days=1)

KADIS = "197203141998031003"
KABID = "197709222002122004"
KASI = "196804151993031002"
STAF = "198805172012121001"


def _org(jenjang_kasi: Jenjang = J.AHLI_MUDA, jenjang_staf: Jenjang = J.PELAKSANA) -> Instansi:
    """One record over both dates: in 2021 a Kepala Bidang and a Kepala Seksi; from 2022 the
    bidang and seksi posts are gone (the units keep no head post) and both hold a JF. The
    staff member (Pelaksana) holds ``jenjang_staf`` from 2022."""
    unit = (
        UnitOrganisasi("D", "Dinas", jenjang_kepala=J.JPT_PRATAMA),
        UnitOrganisasi("D.B", "Bidang", "D", jenjang_kepala=J.ADMINISTRATOR),
        UnitOrganisasi("D.B.S", "Seksi", "D.B", jenjang_kepala=J.PENGAWAS),
    )
    orang = [Pegawai(n, f"P{n[-3:]}") for n in (KADIS, KABID, KASI, STAF)]
    awal = D(2021, 1, 1)
    tempat = [
        Penempatan(KADIS, Jabatan("Kepala Dinas", J.JPT_PRATAMA), "D", awal, kepala=True),
        Penempatan(KABID, Jabatan("Kepala Bidang", J.ADMINISTRATOR), "D.B", awal, AKHIR,
                   kepala=True),
        Penempatan(KASI, Jabatan("Kepala Seksi", J.PENGAWAS), "D.B.S", awal, AKHIR, kepala=True),
        Penempatan(STAF, Jabatan("Pengadministrasi", J.PELAKSANA), "D.B.S", awal, AKHIR),
        Penempatan(STAF, Jabatan(f"Staf {jenjang_staf.label}", jenjang_staf), "D.B.S",
                   PENYETARAAN),
        Penempatan(KABID, Jabatan("Pranata Komputer Ahli Madya", J.AHLI_MADYA), "D.B",
                   PENYETARAAN),
        Penempatan(KASI, Jabatan(f"Pranata Komputer {jenjang_kasi.label}", jenjang_kasi),
                   "D.B.S", PENYETARAAN),
    ]  # fmt: skip
    return Instansi("Dinas", unit, orang, tempat)


def test_str_setara_01_the_table_as_data() -> None:
    tabel = {r.eselon: (r.jenjang, r.jenjang_jf) for r in PEMETAAN_PENYETARAAN}
    assert tabel == {
        Eselon.III_A: (J.ADMINISTRATOR, J.AHLI_MADYA),
        Eselon.III_B: (J.ADMINISTRATOR, J.AHLI_MADYA),
        Eselon.IV_A: (J.PENGAWAS, J.AHLI_MUDA),
        Eselon.IV_B: (J.PENGAWAS, J.AHLI_MUDA),
        Eselon.V_A: (J.PELAKSANA, J.AHLI_PERTAMA),
    }
    assert {r.aturan.kode for r in PEMETAAN_PENYETARAAN} == {"STR-SETARA-01"}


def test_str_setara_01_posts_that_became_jf_in_one_record() -> None:
    org = _org()
    hasil = jabatan_disetarakan(org, SEBELUM, org, SESUDAH)
    assert [(str(x.nip), x.jenjang_penyetaraan, x.sesuai) for x in hasil] == [
        (KASI, J.AHLI_MUDA, True),
        (KABID, J.AHLI_MADYA, True),
    ]
    assert periksa_penyetaraan_jabatan(org, SEBELUM, org, SESUDAH) == ()


def test_str_setara_01_another_jenjang_is_a_finding() -> None:
    org = _org(J.AHLI_PERTAMA)
    (temuan,) = periksa_penyetaraan_jabatan(org, SEBELUM, org, SESUDAH)
    assert temuan.kode == "STR-SETARA-01"
    assert temuan.subjek == KASI
    assert "Kepala Seksi (Pengawas)" in str(temuan.pesan)
    assert "penyetaraan gives Ahli Muda" in str(temuan.pesan)


def test_str_setara_01_a_keterampilan_jf_is_a_finding_too() -> None:
    (temuan,) = periksa_penyetaraan_jabatan(_org(J.MAHIR), SEBELUM, _org(J.MAHIR), SESUDAH)
    assert "(Mahir)" in str(temuan.pesan)


def test_a_pelaksana_or_a_post_kept_is_not_a_penyetaraan() -> None:
    org = _org()
    nip = {str(x.nip) for x in jabatan_disetarakan(org, SEBELUM, org, SESUDAH)}
    assert STAF not in nip
    assert KADIS not in nip


def test_str_setara_01_an_eselon_v_post_given_by_the_records() -> None:
    org = _org(jenjang_staf=J.AHLI_PERTAMA)
    assert STAF not in {str(x.nip) for x in jabatan_disetarakan(org, SEBELUM, org, SESUDAH)}
    eselon = {STAF: Eselon.V_A, KASI: Eselon.IV_A}
    hasil = {str(x.nip): x for x in jabatan_disetarakan(org, SEBELUM, org, SESUDAH, eselon=eselon)}
    assert hasil[STAF].eselon is Eselon.V_A
    assert hasil[STAF].jenjang_penyetaraan is J.AHLI_PERTAMA
    assert hasil[STAF].sesuai
    assert hasil[KABID].eselon is None
    terampil = _org(jenjang_staf=J.TERAMPIL)
    (temuan,) = periksa_penyetaraan_jabatan(terampil, SEBELUM, terampil, SESUDAH, eselon=eselon)
    assert temuan.subjek == STAF
    assert "penyetaraan gives Ahli Pertama" in str(temuan.pesan)


def test_str_eselon_01_an_eselon_that_contradicts_the_post_is_refused() -> None:
    org = _org()
    with pytest.raises(
        InvalidValueError, match=rf"eselon\[{KASI}\]: eselon III.a is Administrator"
    ):
        jabatan_disetarakan(org, SEBELUM, org, SESUDAH, eselon={KASI: Eselon.III_A})
    with pytest.raises(InvalidTypeError, match="eselon: expected a mapping"):
        jabatan_disetarakan(org, SEBELUM, org, SESUDAH, eselon=[KASI])  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=rf"eselon\[{KASI}\]"):
        jabatan_disetarakan(org, SEBELUM, org, SESUDAH, eselon={KASI: "IV.a"})  # type: ignore[dict-item]
    with pytest.raises(InvalidTypeError, match="eselon"):
        jabatan_disetarakan(org, SEBELUM, org, SESUDAH, eselon={12: Eselon.IV_A})  # type: ignore[dict-item]


def test_a_jpt_eselon_is_not_converted() -> None:
    """A JPT who moved into a JF did not do so by penyetaraan (STR-SETARA-01 converts
    Administrator, Pengawas and eselon V only), with or without the eselon given."""
    org = _org().akhiri_penempatan(KADIS, AKHIR)
    org = org.tempatkan(
        Penempatan(KADIS, Jabatan("Analis Kebijakan Ahli Utama", J.AHLI_UTAMA), "D", PENYETARAAN)
    )
    for eselon in (None, {KADIS: Eselon.II_A}):
        hasil = jabatan_disetarakan(org, SEBELUM, org, SESUDAH, eselon=eselon)
        assert KADIS not in {str(x.nip) for x in hasil}


def test_str_penilai_01_who_rates_whom_before_and_after() -> None:
    org = _org()
    hasil = {str(x.nip): x for x in perubahan_penilai(org, SEBELUM, org, SESUDAH)}
    assert str(hasil[STAF].penilai_sebelum) == KASI
    assert str(hasil[STAF].penilai_sesudah) == KADIS
    assert hasil[STAF].berubah
    assert hasil[KADIS].penilai_sebelum is None
    assert not hasil[KADIS].berubah


def test_example_agency_penyetaraan() -> None:
    pasangan = (data.instansi_sebelum(), data.TANGGAL_SEBELUM, contoh.instansi(),
                contoh.TANGGAL_DEMO)  # fmt: skip
    hasil = jabatan_disetarakan(*pasangan)
    assert len(hasil) == 10
    assert [str(x.nip) for x in hasil if not x.sesuai] == [data.SUTRISNO]
    assert [t.subjek for t in periksa_penyetaraan_jabatan(*pasangan)] == [data.SUTRISNO]
    ahli_madya = [x for x in hasil if x.jenjang_penyetaraan is J.AHLI_MADYA]
    assert {x.jabatan_sebelum.jenjang for x in ahli_madya} == {J.ADMINISTRATOR}


def test_bad_arguments_are_refused() -> None:
    org = _org()
    for fungsi in (jabatan_disetarakan, periksa_penyetaraan_jabatan, perubahan_penilai):
        with pytest.raises(InvalidValueError, match="tanggal_sesudah"):
            fungsi(org, SESUDAH, org, SEBELUM)
        with pytest.raises(InvalidValueError, match="tanggal_sesudah"):
            fungsi(org, SEBELUM, org, SEBELUM)
        with pytest.raises(InvalidTypeError, match="sesudah"):
            fungsi(org, SEBELUM, "org", SESUDAH)  # type: ignore[arg-type]
        with pytest.raises(InvalidTypeError, match="tanggal_sebelum"):
            fungsi(org, "2021", org, SESUDAH)  # type: ignore[arg-type]


@given(instansi(), tanggal(), tanggal())
def test_str_setara_01_findings_are_exactly_the_mismatches(
    o: Instansi, a: dt.date, b: dt.date
) -> None:
    if a >= b:
        a, b = b, a
    if a == b:
        return
    hasil = jabatan_disetarakan(o, a, o, b)
    temuan = periksa_penyetaraan_jabatan(o, a, o, b)
    assert [t.subjek for t in temuan] == [str(x.nip) for x in hasil if not x.sesuai]
    for x in hasil:
        assert x.jabatan_sebelum.jenjang in (J.ADMINISTRATOR, J.PENGAWAS)
        assert x.jabatan_sesudah.jenjang.is_fungsional
    dinilai = perubahan_penilai(o, a, o, b)
    assert [x.nip for x in dinilai] == sorted(x.nip for x in dinilai)
    assert {x.nip for x in hasil} <= {x.nip for x in dinilai}


@pytest.mark.bahasa_baku
def test_str_setara_01_jenjang_lain_dalam_bahasa_indonesia() -> None:
    org = _org(J.AHLI_PERTAMA)
    (temuan,) = periksa_penyetaraan_jabatan(org, SEBELUM, org, SESUDAH)
    assert temuan.pesan.kode == "STR-SETARA-01/jenjang-lain"
    assert temuan.pesan.data()["jenjang"] is J.AHLI_MUDA
    assert " (Pengawas) pada " in str(temuan.pesan)
    assert str(temuan.pesan).endswith("; penyetaraan menghasilkan Ahli Muda")
