"""KIN-UB-01..05, KIN-DIALOG-01/02, KIN-BINA-01..03: feedback events, the journal, its
summaries and the pemantauan checks."""

from __future__ import annotations

import contextlib
import datetime as dt
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from birokrasi import contoh
from birokrasi.contoh import umpan_balik as contoh_umpan_balik
from birokrasi.contoh.sistem_kerja import DEWI, tim_kerja
from birokrasi.errors import BirokrasiError, InvalidTypeError, InvalidValueError, NotFoundError
from birokrasi.katalog import KATALOG
from birokrasi.kinerja.pemantauan import kewenangan, pemeriksaan
from birokrasi.kinerja.pemantauan.jurnal import HitunganUmpanBalik, JurnalKinerja, RingkasanRHK
from birokrasi.kinerja.pemantauan.kewenangan import (
    KebijakanPemantauan,
    PeranPemantauan,
    peran_pemantauan,
    periksa_kewenangan,
)
from birokrasi.kinerja.pemantauan.pemeriksaan import (
    periksa_dokumentasi,
    periksa_jurnal,
    periksa_pemantauan,
    periksa_pembinaan,
)
from birokrasi.kinerja.pemantauan.peristiwa import (
    BimbinganKinerja,
    DialogKinerja,
    JenisUmpanBalik,
    KonselingKinerja,
    Realisasi,
    SifatUmpanBalik,
    TahapDialog,
    UmpanBalik,
)
from birokrasi.kinerja.penilaian.evaluasi import JenisEvaluasi, PenilaianKinerja
from birokrasi.kinerja.perencanaan.perilaku import NilaiBerakhlak
from birokrasi.kinerja.predikat import Rating
from birokrasi.periode import JenisPeriode, Periode
from birokrasi.testing import jurnal_kinerja, nip, skp

KADIS = contoh_umpan_balik.KEPALA_DINAS
RATNA = "198604112010012013"
ANDI = "198709092011011002"
SITI = "199402172019032010"
YUSUF = "198406182009031004"  # Pranata Komputer Ahli Muda, same unit as Dewi
PUTRI = "199512302020122015"  # Ahli Pertama, member of Dewi's Tim SPBE
T = dt.date


@pytest.fixture(scope="module")
def org():  # type: ignore[no-untyped-def]
    return contoh.instansi()


@pytest.fixture(scope="module")
def sistem():  # type: ignore[no-untyped-def]
    return tim_kerja()


@pytest.fixture(scope="module")
def skp_dewi():  # type: ignore[no-untyped-def]
    return contoh_umpan_balik.skp_dewi()


def ub(kode: str, tanggal: dt.date, oleh: str, **kw: object) -> UmpanBalik:
    kw.setdefault("rhk", "RHK-1")
    sifat = kw.pop("sifat", SifatUmpanBalik.APRESIASI)
    return UmpanBalik(kode, tanggal, oleh, DEWI, sifat, "catatan", **kw)  # type: ignore[arg-type]


def kosong(skp_dewi):  # type: ignore[no-untyped-def]
    return JurnalKinerja.untuk(skp_dewi)


# -- rules -----------------------------------------------------------------------------------


def test_rules_are_in_the_catalogue() -> None:
    for rule in kewenangan.ATURAN + pemeriksaan.ATURAN:
        assert KATALOG[rule.kode] is rule
    assert pemeriksaan.ATURAN_PEMBINAAN.tafsiran
    assert pemeriksaan.ATURAN_DOKUMENTASI.tafsiran


# -- events ----------------------------------------------------------------------------------


def test_umpan_balik_is_about_exactly_one_thing() -> None:
    with pytest.raises(InvalidValueError, match=r"UmpanBalik\.rhk"):
        ub("X", T(2025, 1, 2), KADIS, nilai=NilaiBerakhlak.LOYAL)
    with pytest.raises(InvalidValueError, match=r"UmpanBalik\.rhk"):
        ub("X", T(2025, 1, 2), KADIS, rhk=None)
    with pytest.raises(InvalidValueError, match=r"UmpanBalik\.oleh"):
        ub("X", T(2025, 1, 2), DEWI)
    with pytest.raises(InvalidValueError, match=r"UmpanBalik\.sifat"):
        ub("X", T(2025, 1, 2), KADIS, ekspektasi=Rating.DI_BAWAH_EKSPEKTASI)
    u = ub("X", T(2025, 1, 2), KADIS, jenis=JenisUmpanBalik.INSIDENTIL)
    assert not u.di_bawah_ekspektasi
    assert u.jenis.label == "Insidentil"
    assert str(u.sifat)


def test_bad_input_names_the_field() -> None:
    with pytest.raises(InvalidTypeError, match=r"UmpanBalik\.tanggal"):
        ub("X", "2025-01-02", KADIS)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="NIP"):
        ub("X", T(2025, 1, 2), "123")
    with pytest.raises(InvalidValueError, match=r"Realisasi\.nilai"):
        Realisasi("R", T(2025, 1, 2), DEWI, DEWI, "RHK-1")
    with pytest.raises(InvalidValueError, match=r"Realisasi\.nilai"):
        Realisasi("R", T(2025, 1, 2), DEWI, DEWI, "RHK-1", nilai="NaN")
    with pytest.raises(InvalidValueError, match=r"Realisasi\.indikator"):
        Realisasi("R", T(2025, 1, 2), DEWI, DEWI, "RHK-1", nilai=1, indikator=0)
    with pytest.raises(InvalidTypeError, match=r"Realisasi\.nilai"):
        Realisasi("R", T(2025, 1, 2), DEWI, DEWI, "RHK-1", nilai=1.5)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"Realisasi\.nilai"):
        Realisasi("R", T(2025, 1, 2), DEWI, DEWI, "RHK-1", nilai="x")
    assert Realisasi("R", T(2025, 1, 2), DEWI, DEWI, "RHK-1", nilai=" 2.5").nilai == Decimal("2.5")
    with pytest.raises(InvalidValueError, match=r"DialogKinerja.kesepakatan\[0\]"):
        DialogKinerja("D", T(2025, 1, 2), KADIS, DEWI, TahapDialog.EVALUASI, (KADIS, DEWI),
                      kesepakatan=[" "])  # fmt: skip
    with pytest.raises(InvalidValueError, match=r"BimbinganKinerja\.oleh"):
        BimbinganKinerja("B", T(2025, 1, 2), DEWI, DEWI, "alasan")
    with pytest.raises(InvalidValueError, match=r"KonselingKinerja\.oleh"):
        KonselingKinerja("B", T(2025, 1, 2), DEWI, DEWI, "alasan")


def test_dialog_participants() -> None:
    d = DialogKinerja
    with pytest.raises(InvalidValueError, match="listed twice"):
        d("D", T(2025, 1, 2), KADIS, DEWI, TahapDialog.EVALUASI, (KADIS, DEWI, KADIS))
    with pytest.raises(InvalidValueError, match="the oleh"):
        d("D", T(2025, 1, 2), KADIS, DEWI, TahapDialog.EVALUASI, (DEWI, RATNA))
    with pytest.raises(InvalidValueError, match="the pegawai"):
        d("D", T(2025, 1, 2), KADIS, DEWI, TahapDialog.EVALUASI, (KADIS,))
    with pytest.raises(InvalidValueError, match="one participant"):
        d("D", T(2025, 1, 2), DEWI, DEWI, TahapDialog.EVALUASI, (DEWI,))
    assert d("D", T(2025, 1, 2), DEWI, DEWI, TahapDialog.PEMANTAUAN, [DEWI, KADIS]).peserta[1]


# -- the journal -----------------------------------------------------------------------------


def test_journal_only_grows_and_rejects_foreign_or_duplicate_events(skp_dewi) -> None:  # type: ignore[no-untyped-def]
    j = kosong(skp_dewi)
    j1 = j.tambah(ub("A", T(2025, 2, 1), KADIS))
    assert len(j) == 0
    assert len(j1) == 1
    assert j1.cari("A").kode == "A"
    with pytest.raises(InvalidValueError, match="already recorded"):
        j1.tambah(ub("A", T(2025, 2, 2), KADIS))
    lain = UmpanBalik("B", T(2025, 2, 1), KADIS, YUSUF, SifatUmpanBalik.APRESIASI, "x", rhk="R")
    with pytest.raises(InvalidValueError, match="is about"):
        j1.tambah(lain)
    with pytest.raises(InvalidTypeError, match=r"JurnalKinerja.peristiwa\[1\]"):
        j1.tambah("bukan peristiwa")  # type: ignore[arg-type]
    with pytest.raises(NotFoundError, match="no event"):
        j1.cari("Z")
    with pytest.raises(InvalidTypeError):
        JurnalKinerja.untuk("SKP")  # type: ignore[arg-type]


def test_same_date_events_keep_recording_order(skp_dewi) -> None:  # type: ignore[no-untyped-def]
    r1 = Realisasi("R1", T(2025, 3, 1), DEWI, DEWI, "RHK-1", nilai=1)
    r2 = Realisasi("R2", T(2025, 3, 1), DEWI, DEWI, "RHK-1", nilai=2)
    r0 = Realisasi("R0", T(2025, 2, 1), DEWI, DEWI, "RHK-1", nilai=9)
    j = kosong(skp_dewi).tambah(r1, r2, r0)
    assert [p.kode for p in j] == ["R0", "R1", "R2"]
    assert j.ringkas(skp_dewi).rhk("RHK-1").realisasi_terakhir == (r2,)
    assert kosong(skp_dewi).tambah(r2, r1).ringkas().rhk("RHK-1").realisasi_terakhir == (r1,)


@given(st.data())
def test_property_journal_only_grows(data: st.DataObject) -> None:
    s = data.draw(skp())
    j = data.draw(jurnal_kinerja(s))
    e = BimbinganKinerja("NEW", s.periode.mulai, s.penilai.nip, s.pegawai.nip, "alasan")
    j2 = j.tambah(e)
    assert len(j2) == len(j) + 1
    assert j2.peristiwa[: len(j)] == j.peristiwa
    assert j.peristiwa == data.draw(st.just(j.peristiwa))


@given(st.data())
def test_property_summaries_ignore_insertion_order(data: st.DataObject) -> None:
    s = data.draw(skp())
    j = data.draw(jurnal_kinerja(s))
    tanggal = [p.tanggal for p in j.peristiwa]
    if len(set(tanggal)) != len(tanggal):
        return  # same-date events keep recording order by design
    acak = data.draw(st.permutations(j.peristiwa))
    assert JurnalKinerja(j.skp, j.pegawai, acak).ringkas(s) == j.ringkas(s)
    assert JurnalKinerja(j.skp, j.pegawai, acak).urut() == j.urut()


# -- the scenario: a JF in two teams -------------------------------------------------------


def test_scenario_feedback_from_atasan_and_both_ketua(org, sistem, skp_dewi) -> None:  # type: ignore[no-untyped-def]
    j = contoh_umpan_balik.jurnal_dewi()
    r = j.ringkas(skp_dewi)
    pemberi = {str(h.pemberi) for row in (*r.per_rhk, *r.per_nilai) for h in row.umpan_balik}
    assert {KADIS, RATNA, ANDI} <= pemberi
    assert r.rhk("RHK-1").jumlah_umpan_balik == 4
    assert r.nilai(NilaiBerakhlak.KOLABORATIF).jumlah_umpan_balik == 5
    assert r.rhk("RHK-1").realisasi_terakhir[0].nilai == 6
    assert r.rhk("RHK-1").bukti_dukung[0] == "laporan-integrasi-tw1.pdf"
    assert dict(r.dialog)[TahapDialog.EVALUASI] == 4
    assert [p.kode for p in r.pembinaan] == ["KONSELING-1"]
    assert r.rhk("RHK-X").umpan_balik == ()
    peran = {
        nip: peran_pemantauan(org, sistem, DEWI, nip, t, skp=skp_dewi)
        for nip, t in ((KADIS, T(2025, 5, 1)), (RATNA, T(2025, 5, 1)), (ANDI, T(2025, 8, 1)))
    }
    assert PeranPemantauan.PIMPINAN in peran[KADIS]
    assert PeranPemantauan.KETUA_TIM in peran[RATNA]
    assert PeranPemantauan.KETUA_TIM in peran[ANDI]
    found = periksa_pemantauan(j, skp_dewi, org, sistem, T(2025, 12, 31))
    assert [(p.kode, p.subjek) for p in found] == [("KIN-UB-01", f"{skp_dewi.kode}/UB-SITI")]
    assert contoh_umpan_balik.bagian_umpan_balik()[-1].strip().startswith("[KIN-UB-01]")


# -- KIN-UB-01: authority -------------------------------------------------------------------


def test_KIN_UB_01_ketua_tim_only_while_the_pegawai_is_in_the_team(org, sistem, skp_dewi) -> None:  # type: ignore[no-untyped-def]
    # Dewi leaves Tim Satu Data on 1 July 2025: Ratna is her ketua on 30 June, not on 1 July
    # (Ratna stays a peer only through a shared team or unit: she has neither on 1 July).
    j = kosong(skp_dewi).tambah(
        ub("IN", T(2025, 6, 30), RATNA), ub("OUT", T(2025, 7, 1), RATNA),
        ub("ANDI-0", T(2025, 6, 30), ANDI), ub("ANDI-1", T(2025, 7, 1), ANDI),
    )  # fmt: skip
    found = periksa_kewenangan(j, skp_dewi, org, sistem)
    assert sorted(p.subjek.split("/")[1] for p in found) == ["ANDI-0", "OUT"]
    assert {p.kode for p in found} == {"KIN-UB-01"}


def test_KIN_UB_01_peers_subordinates_and_others_by_policy(org, sistem, skp_dewi) -> None:  # type: ignore[no-untyped-def]
    j = kosong(skp_dewi).tambah(
        ub("PEER", T(2025, 3, 1), YUSUF), ub("SUB", T(2025, 3, 1), PUTRI),
        ub("OTHER", T(2025, 3, 1), SITI),
    )  # fmt: skip
    assert [p.subjek[-5:] for p in periksa_kewenangan(j, skp_dewi, org, sistem)] == ["OTHER"]
    ketat = KebijakanPemantauan(
        pemberi_umpan_balik={PeranPemantauan.PIMPINAN, PeranPemantauan.KETUA_TIM}
    )
    assert len(periksa_kewenangan(j, skp_dewi, org, sistem, kebijakan=ketat)) == 3
    terbuka = KebijakanPemantauan(pihak_lain=[SITI])
    assert periksa_kewenangan(j, skp_dewi, org, sistem, kebijakan=terbuka) == ()
    assert PeranPemantauan.BAWAHAN in peran_pemantauan(org, sistem, DEWI, PUTRI, T(2025, 3, 1))
    assert PeranPemantauan.PIHAK_LAIN.label == "Pihak lain"


def test_KIN_UB_01_every_role_of_a_peer(org, sistem) -> None:  # type: ignore[no-untyped-def]
    """Yusuf (Ahli Muda in Dewi's unit and team) is her bawahan and peer; Ratna (Ahli Muda in
    another unit, ketua of a team Dewi sits in) is her ketua and peer through the team; Putri
    (Ahli Pertama in Dewi's unit and team) is no peer, being of another jenjang."""
    hari = T(2025, 3, 1)
    assert {n: peran_pemantauan(org, sistem, DEWI, n, hari) for n in (YUSUF, RATNA, PUTRI)} == {
        YUSUF: {PeranPemantauan.BAWAHAN, PeranPemantauan.REKAN_SETINGKAT},
        RATNA: {PeranPemantauan.KETUA_TIM, PeranPemantauan.REKAN_SETINGKAT},
        PUTRI: {PeranPemantauan.BAWAHAN},
    }
    assert peran_pemantauan(org, sistem, DEWI, YUSUF, T(2023, 12, 31)) == frozenset()


def test_KIN_UB_01_pimpinan_are_the_atasan_and_the_penilai_then_the_skp(  # type: ignore[no-untyped-def]
    org, sistem, skp_dewi
) -> None:
    """With the rating delegated to the Sekretaris, the Kepala Dinas (atasan langsung) and the
    Sekretaris (Pejabat Penilai Kinerja) are both pimpinan; an SKP's other recorded penilai
    counts only when the agency names no penilai."""
    from birokrasi.struktur import Delegasi

    sekretaris = "197709222002122004"
    hari = T(2025, 3, 1)
    delegasi = org.tambah_delegasi(Delegasi(sekretaris, DEWI, T(2025, 1, 1)))
    pimpinan = frozenset({PeranPemantauan.PIMPINAN})
    assert peran_pemantauan(delegasi, sistem, DEWI, KADIS, hari) == pimpinan
    assert peran_pemantauan(delegasi, sistem, DEWI, sekretaris, hari, skp=skp_dewi) == pimpinan
    lain = attrs.evolve(
        skp_dewi, penilai=attrs.evolve(skp_dewi.penilai, nip=SITI), disetujui=None, ditetapkan=None
    )
    assert peran_pemantauan(org, sistem, DEWI, SITI, hari, skp=lain) == frozenset()


def test_KIN_UB_01_the_skp_penilai_rates_a_head_without_an_official_above(org, sistem) -> None:  # type: ignore[no-untyped-def]
    from birokrasi.contoh import skp as contoh_skp

    kadis = next(s for s in contoh_skp.skp() if s.kode == "SKP-2025-KADIS")
    tanpa = attrs.evolve(org, pejabat_luar=())
    luar = kadis.penilai.nip
    assert peran_pemantauan(tanpa, sistem, KADIS, luar, T(2025, 3, 1), skp=kadis) == frozenset(
        {PeranPemantauan.PIMPINAN}
    )
    u = UmpanBalik(
        "U", T(2025, 3, 1), luar, KADIS, SifatUmpanBalik.APRESIASI, "catatan", rhk="RHK-1"
    )
    assert periksa_kewenangan(JurnalKinerja.untuk(kadis).tambah(u), kadis, tanpa, sistem) == ()


def test_KIN_UB_01_finding_names_the_roles_held_and_accepted(org, sistem, skp_dewi) -> None:  # type: ignore[no-untyped-def]
    j = kosong(skp_dewi).tambah(ub("PEER", T(2025, 3, 1), YUSUF), ub("OTHER", T(2025, 3, 1), SITI))
    ketat = KebijakanPemantauan(pemberi_umpan_balik={PeranPemantauan.PIMPINAN})
    dewi = f"{org.cari_pegawai(DEWI).nama} ({DEWI})"
    yusuf, siti = (f"{org.cari_pegawai(n).nama} ({n})" for n in (YUSUF, SITI))
    assert [
        str(p.pesan) for p in periksa_kewenangan(j, skp_dewi, org, sistem, kebijakan=ketat)
    ] == [
        f"UmpanBalik by {yusuf} on 2025-03-01: their role towards {dewi} is Pegawai di bawahnya, "
        "Rekan kerja setingkat; accepted: Pimpinan",
        f"UmpanBalik by {siti} on 2025-03-01: their role towards {dewi} is none; "
        "accepted: Pimpinan",
    ]


@given(st.data())
def test_property_unauthorised_giver_is_always_reported(data: st.DataObject) -> None:
    org, sistem, s = contoh.instansi(), tim_kerja(), contoh_umpan_balik.skp_dewi()
    orang = data.draw(nip())
    tanggal = data.draw(st.dates(T(2025, 1, 1), T(2025, 12, 31)))
    if orang == s.pegawai.nip or peran_pemantauan(org, sistem, DEWI, orang, tanggal):
        return
    j = JurnalKinerja.untuk(s).tambah(ub("U", tanggal, str(orang)))
    assert [p.kode for p in periksa_kewenangan(j, s, org, sistem)] == ["KIN-UB-01"]


def test_pimpinan_falls_back_to_the_skp_and_str_atasan_02(org, sistem, skp_dewi) -> None:  # type: ignore[no-untyped-def]
    kemarin = T(2023, 12, 31)  # before any placement in the example agency
    assert peran_pemantauan(org, sistem, DEWI, KADIS, kemarin) == frozenset()
    assert PeranPemantauan.PIMPINAN in peran_pemantauan(
        org, sistem, DEWI, KADIS, kemarin, skp=skp_dewi
    )
    kadis = contoh_umpan_balik.skp_dewi().penilai
    assert kadis.nip.digit == KADIS
    sekda = "196905121994031005"  # declared above the Dinas: the Kepala Dinas's pimpinan
    luar = peran_pemantauan(org, sistem, KADIS, sekda, T(2025, 3, 1))
    assert luar == frozenset({PeranPemantauan.PIMPINAN})
    tanpa = attrs.evolve(org, pejabat_luar=())
    assert peran_pemantauan(tanpa, sistem, KADIS, sekda, T(2025, 3, 1)) == frozenset()


def test_policy_validation() -> None:
    with pytest.raises(InvalidTypeError, match=r"KebijakanPemantauan\.pembimbing"):
        KebijakanPemantauan(pembimbing="PIMPINAN")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"KebijakanPemantauan\.pembimbing"):
        KebijakanPemantauan(pembimbing=["PIMPINAN"])  # type: ignore[list-item]
    with pytest.raises(InvalidValueError, match="hari_pembinaan"):
        KebijakanPemantauan(hari_pembinaan=-1)
    with pytest.raises(InvalidTypeError, match="konselor"):
        KebijakanPemantauan(konselor=[1])  # type: ignore[list-item]
    dari_generator = KebijakanPemantauan(pembimbing=(p for p in [PeranPemantauan.KONSELOR]))
    assert dari_generator.pembimbing == frozenset({PeranPemantauan.KONSELOR})


# -- KIN-UB-02/03/04: the journal against its SKP -----------------------------------------------


def test_KIN_UB_02_period_boundaries_are_exact(skp_dewi) -> None:  # type: ignore[no-untyped-def]
    j = kosong(skp_dewi).tambah(
        ub("A", T(2025, 1, 1), KADIS), ub("B", T(2025, 12, 31), KADIS),
        ub("C", T(2024, 12, 31), KADIS), ub("D", T(2026, 1, 1), KADIS),
    )  # fmt: skip
    found = periksa_jurnal(j, skp_dewi)
    assert [(p.kode, p.subjek[-1]) for p in found] == [("KIN-UB-02", "C"), ("KIN-UB-02", "D")]


def test_KIN_UB_03_references(skp_dewi) -> None:  # type: ignore[no-untyped-def]
    j = kosong(skp_dewi).tambah(
        ub("A", T(2025, 2, 1), KADIS, rhk="RHK-9"),
        Realisasi("R1", T(2025, 2, 1), DEWI, DEWI, "RHK-1", nilai=1, indikator=1),
        Realisasi("R2", T(2025, 2, 1), DEWI, DEWI, "RHK-1", nilai=1, indikator=2),
        ub("V", T(2025, 2, 1), KADIS, rhk=None, nilai=NilaiBerakhlak.LOYAL),
    )
    found = periksa_jurnal(j, skp_dewi)
    assert [(p.kode, p.subjek[-2:]) for p in found] == [("KIN-UB-03", "/A"), ("KIN-UB-03", "R2")]


def test_journal_must_be_the_skps(skp_dewi) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidValueError, match="is not the journal"):
        periksa_jurnal(JurnalKinerja("LAIN", DEWI), skp_dewi)


def test_KIN_UB_04_and_KIN_BINA_01_02_authority(org, sistem, skp_dewi) -> None:  # type: ignore[no-untyped-def]
    j = kosong(skp_dewi).tambah(
        Realisasi("R-OK", T(2025, 3, 1), DEWI, DEWI, "RHK-1", nilai=1),
        Realisasi("R-NO", T(2025, 3, 1), YUSUF, DEWI, "RHK-1", nilai=1),
        BimbinganKinerja("B-OK", T(2025, 3, 1), KADIS, DEWI, "alasan"),
        BimbinganKinerja("B-NO", T(2025, 3, 1), RATNA, DEWI, "alasan"),
        KonselingKinerja("K-OK", T(2025, 3, 1), KADIS, DEWI, "alasan"),
        KonselingKinerja("K-NO", T(2025, 3, 1), SITI, DEWI, "alasan"),
    )
    found = periksa_kewenangan(j, skp_dewi, org, sistem)
    assert [(p.kode, p.subjek[-4:]) for p in found] == [
        ("KIN-UB-04", "R-NO"), ("KIN-BINA-01", "B-NO"), ("KIN-BINA-02", "K-NO"),
    ]  # fmt: skip
    konselor = KebijakanPemantauan(konselor=[SITI])
    assert len(periksa_kewenangan(j, skp_dewi, org, sistem, kebijakan=konselor)) == 2


# -- KIN-DIALOG-01/02 and KIN-UB-05 ------------------------------------------------------------


def test_KIN_DIALOG_01_counterpart(org, sistem, skp_dewi) -> None:  # type: ignore[no-untyped-def]
    def d(kode: str, tahap: TahapDialog, oleh: str) -> DialogKinerja:
        return DialogKinerja(kode, T(2025, 3, 1), oleh, DEWI, tahap, (oleh, DEWI))

    j = kosong(skp_dewi).tambah(
        d("P-RATNA", TahapDialog.PEMANTAUAN, RATNA),
        d("E-RATNA", TahapDialog.EVALUASI, RATNA),
        d("E-KADIS", TahapDialog.PERENCANAAN, KADIS),
        d("P-SITI", TahapDialog.PEMANTAUAN, SITI),
    )
    found = periksa_kewenangan(j, skp_dewi, org, sistem)
    assert [(p.kode, p.subjek.split("/")[1]) for p in found] == [
        ("KIN-DIALOG-01", "E-RATNA"), ("KIN-DIALOG-01", "P-SITI"),
    ]  # fmt: skip


def test_KIN_UB_05_and_KIN_DIALOG_02_coverage(skp_dewi) -> None:  # type: ignore[no-untyped-def]
    j = contoh_umpan_balik.jurnal_dewi()
    assert periksa_dokumentasi(j, skp_dewi, T(2025, 12, 31)) == ()
    # Q1 is checked only once it has ended: on 30 March nothing is due, on 31 March it is
    kosong_ = kosong(skp_dewi)
    assert [str(p.pesan) for p in periksa_dokumentasi(kosong_, skp_dewi, T(2025, 3, 30))] == [
        "no planning dialog on or before 2025-03-30"
    ]
    found = periksa_dokumentasi(kosong_, skp_dewi, T(2025, 3, 31))
    assert sum(p.kode == "KIN-UB-05" for p in found) == 1 + 7
    assert sum(p.kode == "KIN-DIALOG-02" for p in found) == 2
    bulanan = KebijakanPemantauan(periodisasi=JenisPeriode.BULANAN)
    found = periksa_dokumentasi(j, skp_dewi, T(2025, 12, 31), kebijakan=bulanan)
    assert found
    assert {p.kode for p in found} == {"KIN-UB-05", "KIN-DIALOG-02"}


def test_KIN_DIALOG_02_evaluation_dialog_window_is_exact(skp_dewi) -> None:  # type: ignore[no-untyped-def]
    def j(tanggal: dt.date) -> JurnalKinerja:
        return kosong(skp_dewi).tambah(
            DialogKinerja("R", T(2025, 1, 2), KADIS, DEWI, TahapDialog.PERENCANAAN, (KADIS, DEWI)),
            DialogKinerja("E", tanggal, KADIS, DEWI, TahapDialog.EVALUASI, (KADIS, DEWI)),
        )

    def dialog(found: tuple[object, ...]) -> list[object]:
        return [p for p in found if p.kode == "KIN-DIALOG-02"]  # type: ignore[attr-defined]

    # Q1 (to 31 March) + 30 days = 30 April is the last day its evaluation dialog counts
    assert dialog(periksa_dokumentasi(j(T(2025, 4, 30)), skp_dewi, T(2025, 5, 31))) == []
    assert len(dialog(periksa_dokumentasi(j(T(2025, 5, 1)), skp_dewi, T(2025, 5, 31)))) == 1


# -- KIN-BINA-03 ------------------------------------------------------------------------------


def test_KIN_BINA_03_due_satisfied_and_late(skp_dewi) -> None:  # type: ignore[no-untyped-def]
    bawah = ub("U", T(2025, 6, 1), KADIS, sifat=SifatUmpanBalik.PERBAIKAN,
               ekspektasi=Rating.DI_BAWAH_EKSPEKTASI)  # fmt: skip
    j = kosong(skp_dewi).tambah(bawah)
    (due,) = periksa_pembinaan(j, skp_dewi, T(2025, 7, 1))
    assert due.kode == "KIN-BINA-03"
    assert "due by 2025-07-01" in str(due.pesan)
    (late,) = periksa_pembinaan(j, skp_dewi, T(2025, 7, 2))
    assert "no bimbingan or konseling followed by 2025-07-01" in str(late.pesan)
    tepat = j.tambah(BimbinganKinerja("B", T(2025, 7, 1), KADIS, DEWI, "tindak lanjut"))
    assert periksa_pembinaan(tepat, skp_dewi, T(2025, 12, 31)) == ()
    telat = j.tambah(BimbinganKinerja("B", T(2025, 7, 2), KADIS, DEWI, "tindak lanjut"))
    assert len(periksa_pembinaan(telat, skp_dewi, T(2025, 12, 31))) == 1
    sama = j.tambah(KonselingKinerja("K", T(2025, 6, 1), KADIS, DEWI, "tindak lanjut"))
    assert periksa_pembinaan(sama, skp_dewi, T(2025, 6, 1)) == ()
    assert periksa_pembinaan(j, skp_dewi, T(2025, 5, 31)) == ()


def test_KIN_BINA_03_periodic_rating(skp_dewi) -> None:  # type: ignore[no-untyped-def]
    def nilai(kode: str, hasil: Rating, jenis: JenisEvaluasi, skp_kode: str) -> PenilaianKinerja:
        return PenilaianKinerja(
            kode, skp_kode, skp_dewi.pegawai, skp_dewi.penilai, jenis,
            Periode.triwulan(2025, 2), hasil, Rating.SESUAI_EKSPEKTASI, T(2025, 7, 3),
        )  # fmt: skip

    di_bawah = Rating.DI_BAWAH_EKSPEKTASI
    penilaian = [
        nilai("P1", di_bawah, JenisEvaluasi.PERIODIK, skp_dewi.kode),
        nilai("P2", Rating.SESUAI_EKSPEKTASI, JenisEvaluasi.PERIODIK, skp_dewi.kode),
        nilai("P3", di_bawah, JenisEvaluasi.PERIODIK, "SKP-LAIN"),
    ]
    j = kosong(skp_dewi)
    (p,) = periksa_pembinaan(j, skp_dewi, T(2025, 8, 30), penilaian=penilaian)
    assert "penilaian P1" in str(p.pesan)
    assert "hasil kerja" in str(p.pesan)
    with pytest.raises(InvalidTypeError, match=r"penilaian\[0\]"):
        periksa_pembinaan(j, skp_dewi, T(2025, 8, 30), penilaian=["x"])  # type: ignore[list-item]


def test_windows_beyond_the_calendar_are_open_not_an_error(skp_dewi) -> None:  # type: ignore[no-untyped-def]
    """A policy may allow more days than the calendar has left: the window runs to its end."""
    lapang = KebijakanPemantauan(hari_pembinaan=10**9, hari_dialog_evaluasi=10**9)
    bawah = ub("U", T(2025, 6, 1), KADIS, sifat=SifatUmpanBalik.PERBAIKAN,
               ekspektasi=Rating.DI_BAWAH_EKSPEKTASI)  # fmt: skip
    (due,) = periksa_pembinaan(kosong(skp_dewi).tambah(bawah), skp_dewi, T(2025, 7, 2),
                               kebijakan=lapang)  # fmt: skip
    assert "due by 9999-12-31" in str(due.pesan)
    found = periksa_dokumentasi(kosong(skp_dewi), skp_dewi, T(2025, 3, 31), kebijakan=lapang)
    assert "no evaluation dialog for 2025-01-01..2025-03-31 between 2025-01-01 and 2025-03-31" in [
        str(p.pesan) for p in found
    ]


def test_bad_arguments_raise_library_errors(org, sistem, skp_dewi) -> None:  # type: ignore[no-untyped-def]
    j = kosong(skp_dewi)
    for call in (
        lambda: periksa_dokumentasi(j, skp_dewi, "2025-01-01"),  # type: ignore[arg-type]
        lambda: periksa_pembinaan(j, skp_dewi, T(2025, 1, 1), kebijakan="x"),  # type: ignore[arg-type]
        lambda: periksa_kewenangan(j, "skp", org, sistem),  # type: ignore[arg-type]
        lambda: peran_pemantauan(org, sistem, DEWI, 5, T(2025, 1, 1)),  # type: ignore[arg-type]
        lambda: peran_pemantauan(org, sistem, DEWI, KADIS, T(2025, 1, 1), skp="x"),  # type: ignore[arg-type]
        lambda: j.ringkas("x"),  # type: ignore[arg-type]
        lambda: j.ringkas().nilai("LOYAL"),  # type: ignore[arg-type]
        lambda: j.ringkas().rhk(1),  # type: ignore[arg-type]
    ):
        with pytest.raises(BirokrasiError):
            call()


@given(st.data())
def test_property_bad_input_raises_only_library_errors(data: st.DataObject) -> None:
    nilai = data.draw(st.one_of(st.none(), st.integers(), st.text(max_size=5), st.floats()))
    kw = {data.draw(st.sampled_from(["kode", "tanggal", "oleh", "uraian", "rhk"])): nilai}
    args = {"kode": "X", "tanggal": T(2025, 1, 2), "oleh": KADIS, "uraian": "u", "rhk": "R"}
    args.update(kw)
    with contextlib.suppress(BirokrasiError):
        UmpanBalik(args["kode"], args["tanggal"], args["oleh"], DEWI,  # type: ignore[arg-type]
                   SifatUmpanBalik.APRESIASI, args["uraian"], rhk=args["rhk"])  # type: ignore[arg-type]  # fmt: skip


def test_events_are_frozen() -> None:
    u = ub("A", T(2025, 2, 1), KADIS)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        u.kode = "B"  # type: ignore[misc]


def test_head_of_agency_is_rated_by_the_skps_penilai(org, sistem) -> None:  # type: ignore[no-untyped-def]
    from birokrasi.contoh import skp as contoh_skp

    kadis = next(s for s in contoh_skp.skp() if s.kode == "SKP-2025-KADIS")
    luar = kadis.penilai.nip
    assert PeranPemantauan.PIMPINAN in peran_pemantauan(
        org, sistem, KADIS, luar, T(2025, 3, 1), skp=kadis
    )
    j = JurnalKinerja.untuk(kadis).tambah(
        Realisasi("R", T(2025, 3, 1), KADIS, KADIS, "RHK-1", uraian="Indeks SPBE dinilai")
    )
    assert [r.kode for r in j.realisasi()] == ["R"]


def test_ringkasan_tanpa_baris_nilai_memberi_baris_kosong() -> None:
    """A summary with no row for a value (one built by hand) answers with an empty row, as
    :meth:`RingkasanJurnal.rhk` does for an RHK; ``next`` raised StopIteration before."""
    from birokrasi.kinerja.pemantauan.jurnal import RingkasanJurnal, RingkasanNilai

    kosong_ = RingkasanJurnal((), (), (), ())
    assert kosong_.nilai(NilaiBerakhlak.LOYAL) == RingkasanNilai(NilaiBerakhlak.LOYAL, (), ())
    assert kosong_.nilai(NilaiBerakhlak.LOYAL).jumlah_umpan_balik == 0


def test_periksa_pembinaan_penilaian_bukan_iterabel(skp_dewi) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(
        InvalidTypeError, match=r"^penilaian: expected Iterable\[PenilaianKinerja\]"
    ):
        periksa_pembinaan(kosong(skp_dewi), skp_dewi, T(2025, 8, 30), penilaian=None)  # type: ignore[arg-type]


# -- survivors of mutation testing (docs/keandalan.md) -----------------------------------------


def _dokumentasi(skp_dewi, *peristiwa: object) -> list[str]:  # type: ignore[no-untyped-def]
    j = kosong(skp_dewi).tambah(*peristiwa)
    return [
        p.subjek for p in periksa_dokumentasi(j, skp_dewi, T(2025, 3, 31)) if p.kode == "KIN-UB-05"
    ]


def test_KIN_UB_05_feedback_on_one_thing_covers_only_that_thing(skp_dewi) -> None:  # type: ignore[no-untyped-def]
    """Feedback on the utama RHK leaves every BerAKHLAK value uncovered; feedback on every
    value leaves the RHK uncovered; feedback dated on the evaluation day counts."""
    nilai = [
        ub(f"N{i}", T(2025, 3, 31), KADIS, rhk=None, nilai=n) for i, n in enumerate(NilaiBerakhlak)
    ]
    semua_nilai = [f"{skp_dewi.kode}/{n.label}" for n in NilaiBerakhlak]
    assert _dokumentasi(skp_dewi, ub("R", T(2025, 3, 31), KADIS)) == semua_nilai
    assert _dokumentasi(skp_dewi, *nilai) == [f"{skp_dewi.kode}/RHK-1"]


def test_KIN_DIALOG_02_only_a_planning_dialog_is_one_and_it_counts_on_the_day(skp_dewi) -> None:  # type: ignore[no-untyped-def]
    def tahap(t: TahapDialog) -> JurnalKinerja:
        return kosong(skp_dewi).tambah(
            DialogKinerja("D", T(2025, 2, 1), KADIS, DEWI, t, (KADIS, DEWI))
        )

    pesan = "no planning dialog on or before 2025-02-01"
    assert [
        str(p.pesan)
        for p in periksa_dokumentasi(tahap(TahapDialog.EVALUASI), skp_dewi, T(2025, 2, 1))
    ] == [pesan]
    assert periksa_dokumentasi(tahap(TahapDialog.PERENCANAAN), skp_dewi, T(2025, 2, 1)) == ()


def _periodik(
    skp_dewi, kode: str, hasil: Rating, perilaku: Rating, tanggal: dt.date
) -> PenilaianKinerja:  # type: ignore[no-untyped-def]
    return PenilaianKinerja(
        kode, skp_dewi.kode, skp_dewi.pegawai, skp_dewi.penilai, JenisEvaluasi.PERIODIK,
        Periode.triwulan(2025, 2), hasil, perilaku, tanggal,
    )  # fmt: skip


def test_KIN_BINA_03_signals_on_the_day_in_date_order_each_reported(skp_dewi) -> None:  # type: ignore[no-untyped-def]
    """A signal dated on the day of the check is due; signals are reported in date order,
    those of one day in the order found (feedback first); a satisfied signal does not end the
    check of the later ones."""
    db, se = Rating.DI_BAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI
    bawah = ub("U", T(2025, 7, 3), KADIS, sifat=SifatUmpanBalik.PERBAIKAN, ekspektasi=db)
    j = kosong(skp_dewi).tambah(bawah)
    penilaian = [
        _periodik(skp_dewi, "P2", se, db, T(2025, 7, 3)),
        _periodik(skp_dewi, "P1", db, db, T(2025, 7, 1)),
    ]
    akhir = "on {}: bimbingan or konseling is due by {}"
    assert [
        str(p.pesan) for p in periksa_pembinaan(j, skp_dewi, T(2025, 7, 3), penilaian=penilaian)
    ] == [
        "penilaian P1 (2025-04-01..2025-06-30) rates hasil kerja and perilaku kerja Di Bawah "
        "Ekspektasi " + akhir.format("2025-07-01", "2025-07-31"),
        "umpan balik U reads Di Bawah Ekspektasi " + akhir.format("2025-07-03", "2025-08-02"),
        "penilaian P2 (2025-04-01..2025-06-30) rates perilaku kerja Di Bawah Ekspektasi "
        + akhir.format("2025-07-03", "2025-08-02"),
    ]
    awal = ub("U0", T(2025, 5, 1), KADIS, sifat=SifatUmpanBalik.PERBAIKAN, ekspektasi=db)
    dibina = j.tambah(awal, BimbinganKinerja("B", T(2025, 5, 2), KADIS, DEWI, "tindak lanjut"))
    assert [str(p.pesan)[:13] for p in periksa_pembinaan(dibina, skp_dewi, T(2025, 7, 3))] == [
        "umpan balik U"
    ]


def test_periksa_pemantauan_passes_the_policy_and_the_evaluations_on(org, sistem, skp_dewi) -> None:  # type: ignore[no-untyped-def]
    db = Rating.DI_BAWAH_EKSPEKTASI
    j = kosong(skp_dewi).tambah(ub("PEER", T(2025, 3, 1), YUSUF))
    penilaian = [_periodik(skp_dewi, "P1", db, db, T(2025, 7, 1))]
    ketat = KebijakanPemantauan(
        pemberi_umpan_balik={PeranPemantauan.PIMPINAN},
        periodisasi=JenisPeriode.BULANAN,
        hari_pembinaan=10,
    )
    hari = T(2025, 7, 10)
    semua = periksa_pemantauan(j, skp_dewi, org, sistem, hari, penilaian=penilaian, kebijakan=ketat)
    assert semua == (
        *periksa_jurnal(j, skp_dewi),
        *periksa_kewenangan(j, skp_dewi, org, sistem, kebijakan=ketat),
        *periksa_dokumentasi(j, skp_dewi, hari, kebijakan=ketat),
        *periksa_pembinaan(j, skp_dewi, hari, penilaian=penilaian, kebijakan=ketat),
    )
    assert periksa_kewenangan(j, skp_dewi, org, sistem, kebijakan=ketat)
    assert periksa_dokumentasi(j, skp_dewi, hari, kebijakan=ketat) != periksa_dokumentasi(
        j, skp_dewi, hari
    )
    assert periksa_pembinaan(j, skp_dewi, hari, penilaian=penilaian) != periksa_pembinaan(
        j, skp_dewi, hari, penilaian=penilaian, kebijakan=ketat
    )


def test_ringkasan_rows_counts_and_bukti(skp_dewi) -> None:  # type: ignore[no-untyped-def]
    """With the SKP every RHK has a row, an unknown kode has an empty one; counts go by giver,
    then by nature; a value's bukti dukung is kept."""
    kosong_ = kosong(skp_dewi)
    assert kosong_.ringkas(skp_dewi).per_rhk == (RingkasanRHK("RHK-1", (), (), ()),)
    assert kosong_.ringkas().per_rhk == ()
    assert kosong_.ringkas().rhk("RHK-X") == RingkasanRHK("RHK-X", (), (), ())
    perbaikan = SifatUmpanBalik.PERBAIKAN
    j = kosong_.tambah(
        ub("A", T(2025, 3, 1), RATNA),
        ub("B", T(2025, 3, 2), KADIS, sifat=perbaikan),
        ub("C", T(2025, 3, 3), KADIS, rhk=None, nilai=NilaiBerakhlak.LOYAL, bukti_dukung="x.pdf"),
    )
    r = j.ringkas(skp_dewi)
    assert r.rhk("RHK-1").umpan_balik == (
        HitunganUmpanBalik(j.peristiwa[1].oleh, perbaikan, 1),
        HitunganUmpanBalik(j.peristiwa[0].oleh, SifatUmpanBalik.APRESIASI, 1),
    )
    assert r.nilai(NilaiBerakhlak.LOYAL).bukti_dukung == ("x.pdf",)


def test_kin_ub_01_a_policy_keeps_the_roles_it_is_given() -> None:
    """Who records realisations, holds the dialog and counsels: an agency's choice replaces
    the default (pinned by mutation testing, issue 15 §5)."""
    hanya = frozenset({PeranPemantauan.PIMPINAN})
    k = KebijakanPemantauan(pencatat_realisasi=hanya, mitra_dialog=hanya, pengonseling=hanya)
    assert (k.pencatat_realisasi, k.mitra_dialog, k.pengonseling) == (hanya, hanya, hanya)
    assert KebijakanPemantauan().pencatat_realisasi != hanya


# -- the messages in Indonesian, the default language (ADR 0017) -------------------------------


@pytest.mark.bahasa_baku
def test_kin_ub_01_peran_pemberi_dalam_bahasa_indonesia(org, sistem, skp_dewi) -> None:  # type: ignore[no-untyped-def]
    j = kosong(skp_dewi).tambah(ub("OTHER", T(2025, 3, 1), SITI))
    ketat = KebijakanPemantauan(pemberi_umpan_balik={PeranPemantauan.PIMPINAN})
    (p,) = periksa_kewenangan(j, skp_dewi, org, sistem, kebijakan=ketat)
    assert p.pesan.kode == "KIN-UB-01/peran-pemberi"
    siti, dewi = (f"{org.cari_pegawai(n).nama} ({n})" for n in (SITI, DEWI))
    assert str(p.pesan) == (
        f"UmpanBalik oleh {siti} pada 1 Maret 2025: perannya terhadap {dewi} adalah tidak ada; "
        "peran yang diterima: Pimpinan"
    )


@pytest.mark.bahasa_baku
def test_kin_ub_05_dan_kin_dialog_02_dalam_bahasa_indonesia(skp_dewi) -> None:  # type: ignore[no-untyped-def]
    found = periksa_dokumentasi(kosong(skp_dewi), skp_dewi, T(2025, 3, 31))
    teks = {p.pesan.kode: str(p.pesan) for p in found}
    assert teks["KIN-UB-05/tanpa-umpan-balik-rhk"] == (
        "tidak ada umpan balik atas RHK RHK-1 dalam periode 1 Januari 2025 s.d. 31 Maret 2025"
    )
    assert teks["KIN-DIALOG-02/tanpa-dialog-perencanaan"] == (
        "tidak ada dialog kinerja tahap perencanaan sampai dengan 31 Maret 2025"
    )


@pytest.mark.bahasa_baku
def test_kin_bina_03_jatuh_tempo_dalam_bahasa_indonesia(skp_dewi) -> None:  # type: ignore[no-untyped-def]
    db = Rating.DI_BAWAH_EKSPEKTASI
    penilaian = [_periodik(skp_dewi, "P1", db, db, T(2025, 7, 1))]
    (p,) = periksa_pembinaan(kosong(skp_dewi), skp_dewi, T(2025, 7, 3), penilaian=penilaian)
    assert p.pesan.kode == "KIN-BINA-03/jatuh-tempo"
    assert str(p.pesan) == (
        "penilaian P1 (1 April 2025 s.d. 30 Juni 2025) menilai hasil kerja dan perilaku kerja "
        "Di Bawah Ekspektasi pada 1 Juli 2025: bimbingan atau konseling kinerja harus "
        "dilaksanakan paling lambat 31 Juli 2025"
    )
