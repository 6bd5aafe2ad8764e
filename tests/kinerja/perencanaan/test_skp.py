"""KIN-SKP-01 to 13: the SKP, its status transitions, its checks and its deadline."""

from __future__ import annotations

import contextlib
import datetime as dt
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from birokrasi import (
    AuthorityError,
    BirokrasiError,
    InvalidTypeError,
    InvalidValueError,
    NotFoundError,
    OutOfWindowError,
    Periode,
    contoh,
)
from birokrasi.contoh import skp as contoh_skp
from birokrasi.hukum import PERMENPANRB_6_2022, Keyakinan
from birokrasi.katalog import KATALOG
from birokrasi.kinerja.perencanaan import pemeriksaan as perencanaan
from birokrasi.kinerja.perencanaan import skp as skp_modul
from birokrasi.kinerja.perencanaan.pemeriksaan import periksa_skp, periksa_skp_tahunan
from birokrasi.kinerja.perencanaan.perilaku import (
    EkspektasiKhususPimpinan,
    NilaiBerakhlak,
    PerilakuKerja,
)
from birokrasi.kinerja.perencanaan.skp import (
    SKP,
    Aspek,
    Ekspektasi,
    IndikatorKinerja,
    JenisHasilKerja,
    Lampiran,
    Pendekatan,
    Perspektif,
    RencanaHasilKerja,
    RujukanRHK,
    StatusSKP,
    Tandatangan,
    Target,
    susun_skp,
)
from birokrasi.kinerja.perencanaan.tenggat import (
    TENGGAT_SKP,
    PelanggaranTenggat,
    TenggatSKP,
    batas_penetapan,
)
from birokrasi.testing import skp as skp_st

ORG = contoh.instansi()
DAFTAR = {s.kode: s for s in contoh_skp.skp()}
KADIS, SEKRETARIS, KASUBBAG = "197203141998031003", "197709222002122004", "196804151993031002"
RINA, DEWI, SANDIMAN = "198511032010012007", "198302252008012011", "199710102020121003"
TAHUN = Periode.tahun(2025)


def kodes(hasil: tuple[object, ...]) -> list[str]:
    return [p.kode for p in hasil]  # type: ignore[attr-defined]


def rhk_jf(kode: str = "RHK-1", atas: RujukanRHK | None = None) -> RencanaHasilKerja:
    return RencanaHasilKerja(
        kode,
        "Terintegrasinya aplikasi layanan",
        [
            IndikatorKinerja(
                "Aplikasi terintegrasi", Target.angka(6, "aplikasi"), aspek=Aspek.KUANTITAS
            )
        ],
        intervensi=atas or RujukanRHK("SKP-2025-KADIS", "RHK-1"),
    )


def draft_dewi(*rhk: RencanaHasilKerja, periode: Periode = TAHUN) -> SKP:
    return susun_skp(
        ORG, "SKP-DEWI", DEWI, periode, Pendekatan.KUANTITATIF, list(rhk) or [rhk_jf()]
    )


# -- examples from the Lampiran formats --------------------------------------------------------


def test_example_jpt_skp_with_perspektif() -> None:
    kadis = DAFTAR["SKP-2025-KADIS"]
    assert kadis.pegawai.jenjang.name == "JPT_PRATAMA"
    assert kadis.penilai.jabatan.nama == "Sekretaris Daerah Kabupaten Contoh"
    assert [r.perspektif for r in kadis.hasil_kerja][:3] == [
        Perspektif.PENERIMA_LAYANAN,
        Perspektif.PENERIMA_LAYANAN,
        Perspektif.PROSES_BISNIS,
    ]
    assert kadis.rhk("RHK-T1").jenis is JenisHasilKerja.TAMBAHAN
    assert len(kadis.hasil_kerja_utama) == 4
    assert kadis.lampiran.konsekuensi
    assert kadis.status is StatusSKP.DITETAPKAN
    assert periksa_skp(kadis, skp_lain=DAFTAR.values(), instansi=ORG) == ()


def test_example_jf_skp_with_intervensi() -> None:
    dewi = DAFTAR["SKP-2025-PRAKOM-DEWI"]
    rhk = dewi.rhk("RHK-1")
    assert rhk.intervensi == RujukanRHK("SKP-2025-KADIS", "RHK-1")
    assert str(rhk.intervensi) == "SKP-2025-KADIS/RHK-1"
    assert rhk.tim_kerja == "TIM-SPBE"
    assert dewi.penilai.nip.digit == KADIS
    assert periksa_skp(dewi, skp_lain=DAFTAR.values(), instansi=ORG) == ()


def test_example_qualitative_skp() -> None:
    humas = DAFTAR["SKP-2025-HUMAS-LILIS"]
    assert humas.pendekatan is Pendekatan.KUALITATIF
    assert humas.rhk("RHK-1").indikator[0].target.is_kualitatif
    assert periksa_skp(humas, skp_lain=DAFTAR.values()) == ()


def test_snapshots_do_not_follow_later_moves() -> None:
    rina_1 = DAFTAR["SKP-2025-RINA-1"]
    assert rina_1.pegawai.jabatan.nama == "Analis SDM Aparatur Ahli Muda"
    assert rina_1.penilai.nip.digit == KASUBBAG  # left office on 31 March; the SKP keeps him
    assert DAFTAR["SKP-2025-RINA-2"].pegawai.jenjang.name == "PENGAWAS"


def test_all_rules_are_catalogued_with_dasar() -> None:
    for modul in (skp_modul, perencanaan):
        for aturan in modul.ATURAN:
            assert KATALOG[aturan.kode] is aturan
            assert all(d.keyakinan for d in aturan.semua_dasar)
    assert {a.kode for a in perencanaan.ATURAN + skp_modul.ATURAN} == {
        f"KIN-SKP-{i:02d}" for i in range(1, 14)
    }
    assert perencanaan.ATURAN_TENGGAT.tafsiran  # the mid-year deadline is interpreted


# -- values ------------------------------------------------------------------------------------


def test_target_forms() -> None:
    assert Target.angka("12.5", "dokumen").nilai == Decimal("12.5")
    assert str(Target.rentang(80, 90, "%")) == "80-90 %"
    assert str(Target.kualitatif("Disetujui pimpinan")) == "Disetujui pimpinan"
    assert not Target.angka(1, "x").is_kualitatif
    with pytest.raises(InvalidValueError, match=r"exactly one"):
        Target()
    with pytest.raises(InvalidValueError, match=r"exactly one"):
        Target(nilai=1, uraian="x", satuan="x")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"Target.maksimum: a range"):
        Target(minimum=1, satuan="x")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"below minimum"):
        Target.rentang(9, 8, "x")
    with pytest.raises(InvalidValueError, match=r"Target.satuan: a numeric"):
        Target(nilai=1)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"Target.satuan: a qualitative"):
        Target(uraian="x", satuan="x")
    with pytest.raises(InvalidValueError, match=r"Target.nilai: must be >= 0, got -1"):
        Target.angka(-1, "x")
    with pytest.raises(InvalidValueError, match=r"Target.nilai: must be finite, got NaN"):
        Target.angka("NaN", "x")
    with pytest.raises(InvalidTypeError, match=r"Target.nilai"):
        Target.angka(1.5, "x")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"Target.nilai"):
        Target.angka("banyak", "x")
    with pytest.raises(InvalidTypeError, match=r"Target.nilai"):
        Target.angka(True, "x")


def test_labels_and_perspektif_certainty() -> None:
    assert str(Pendekatan.KUALITATIF) == "Kualitatif"
    assert Aspek("Biaya") is Aspek.BIAYA
    assert [p.pasti for p in Perspektif] == [True, True, True, False]
    assert "uncertain" in (Perspektif.__doc__ or "")


def test_skp_construction_errors() -> None:
    skp = draft_dewi()
    with pytest.raises(InvalidValueError, match=r"SKP.hasil_kerja\[1\].*twice"):
        attrs.evolve(skp, hasil_kerja=(rhk_jf(), rhk_jf()))
    with pytest.raises(InvalidValueError, match=r"SKP.periode.*two years"):
        attrs.evolve(skp, periode=Periode(dt.date(2025, 7, 1), dt.date(2026, 6, 30)))
    with pytest.raises(InvalidValueError, match=r"SKP.penilai.*themself"):
        attrs.evolve(skp, penilai=skp.pegawai)
    with pytest.raises(InvalidTypeError, match=r"SKP.hasil_kerja\[0\]"):
        attrs.evolve(skp, hasil_kerja=["x"])
    with pytest.raises(InvalidValueError, match=r"SKP.disetujui.*KIN-SKP-10"):
        attrs.evolve(skp, disetujui=Tandatangan(KADIS, dt.date(2025, 1, 5)))
    setuju = Tandatangan(DEWI, dt.date(2025, 1, 10))
    with pytest.raises(InvalidValueError, match=r"SKP.ditetapkan: set before"):
        attrs.evolve(skp, ditetapkan=Tandatangan(KADIS, dt.date(2025, 1, 12)))
    with pytest.raises(InvalidValueError, match=r"SKP.ditetapkan: signed by.*KIN-SKP-09"):
        attrs.evolve(
            skp, disetujui=setuju, ditetapkan=Tandatangan(SEKRETARIS, dt.date(2025, 1, 12))
        )
    with pytest.raises(InvalidValueError, match=r"before the agreement"):
        attrs.evolve(skp, disetujui=setuju, ditetapkan=Tandatangan(KADIS, dt.date(2025, 1, 9)))


def test_skp_queries_and_editing() -> None:
    skp = draft_dewi()
    assert skp.rujukan("RHK-1") == RujukanRHK("SKP-DEWI", "RHK-1")
    with pytest.raises(NotFoundError, match=r"no RHK with kode 'X'"):
        skp.rhk("X")
    with pytest.raises(InvalidTypeError, match=r"kode"):
        skp.rhk(1)  # type: ignore[arg-type]
    tambah = skp.tambah_hasil_kerja(
        rhk_jf("RHK-2").__class__("RHK-2", "Lain", ekspektasi=Ekspektasi("Tepat waktu"))
    )
    assert [r.kode for r in tambah.hasil_kerja] == ["RHK-1", "RHK-2"]
    disetujui = skp.setujui(DEWI, dt.date(2025, 1, 10))
    with pytest.raises(InvalidValueError, match=r"only a draft is edited"):
        disetujui.tambah_hasil_kerja(rhk_jf("RHK-3"))
    assert Lampiran(["a"]).dukungan_sumber_daya == ("a",)


# -- status transitions (KIN-SKP-09, KIN-SKP-10) --------------------------------------------


def test_kin_skp_10_pegawai_agrees() -> None:
    skp = draft_dewi()
    assert skp.status is StatusSKP.DRAFT
    agreed = skp.setujui(DEWI, dt.date(2025, 1, 10))
    assert agreed.status is StatusSKP.DISETUJUI
    assert agreed.disetujui == Tandatangan(DEWI, dt.date(2025, 1, 10))
    assert skp.status is StatusSKP.DRAFT  # pure: the old value is unchanged
    with pytest.raises(AuthorityError, match=r"KIN-SKP-10"):
        skp.setujui(KADIS, dt.date(2025, 1, 10))
    with pytest.raises(InvalidValueError, match=r"only a draft is agreed"):
        agreed.setujui(DEWI, dt.date(2025, 1, 11))


def test_kin_skp_09_penilai_sets() -> None:
    agreed = draft_dewi().setujui(DEWI, dt.date(2025, 1, 10))
    with pytest.raises(AuthorityError, match=r"KIN-SKP-09.*PermenPANRB 6/2022"):
        agreed.tetapkan(ORG, SEKRETARIS, dt.date(2025, 1, 12))
    with pytest.raises(InvalidValueError, match=r"only an agreed SKP is set"):
        draft_dewi().tetapkan(ORG, KADIS, dt.date(2025, 1, 12))
    set_ = agreed.tetapkan(ORG, KADIS, dt.date(2025, 1, 12))
    assert set_.status is StatusSKP.DITETAPKAN
    with pytest.raises(InvalidValueError, match=r"only an agreed SKP is set"):
        set_.tetapkan(ORG, KADIS, dt.date(2025, 1, 13))
    with pytest.raises(InvalidTypeError, match=r"instansi"):
        agreed.tetapkan("org", KADIS, dt.date(2025, 1, 12))  # type: ignore[arg-type]


def test_kin_skp_09_delegation_decides_who_sets() -> None:
    draft = susun_skp(ORG, "S", SANDIMAN, TAHUN, Pendekatan.KUANTITATIF, [rhk_jf()])
    assert draft.penilai.nip.digit == SEKRETARIS  # delegated in 2025
    agreed = draft.setujui(SANDIMAN, dt.date(2025, 1, 10))
    with pytest.raises(AuthorityError):
        agreed.tetapkan(ORG, KADIS, dt.date(2025, 1, 12))
    assert agreed.tetapkan(ORG, SEKRETARIS, dt.date(2025, 1, 12)).penilai.nip.digit == SEKRETARIS


def test_str_atasan_02_head_of_agency_is_set_by_the_declared_official_above() -> None:
    kadis = DAFTAR["SKP-2025-KADIS"]
    sekda = contoh.struktur.SEKRETARIS_DAERAH
    assert kadis.penilai.nip == sekda.nip
    assert kadis.penilai.jabatan == sekda.jabatan
    draft = attrs.evolve(kadis, disetujui=None, ditetapkan=None)
    agreed = draft.setujui(KADIS, dt.date(2025, 1, 15))
    with pytest.raises(AuthorityError):
        agreed.tetapkan(ORG, SEKRETARIS, dt.date(2025, 1, 20))
    assert agreed.tetapkan(ORG, sekda.nip, dt.date(2025, 1, 20)) == kadis
    assert susun_skp(ORG, "K", KADIS, TAHUN, Pendekatan.KUANTITATIF, []).penilai.nip == sekda.nip
    sendiri = susun_skp(ORG, "K", KADIS, TAHUN, Pendekatan.KUANTITATIF, [], penilai=kadis.penilai)
    assert sendiri.penilai.tanggal == TAHUN.mulai  # re-snapshot from the instansi
    with pytest.raises(AuthorityError, match=r"KIN-SKP-09"):
        susun_skp(ORG, "D", DEWI, TAHUN, Pendekatan.KUANTITATIF, [], penilai=kadis.penilai)
    with pytest.raises(InvalidTypeError, match=r"penilai"):
        susun_skp(ORG, "K", KADIS, TAHUN, Pendekatan.KUANTITATIF, [], penilai="x")  # type: ignore[arg-type]


def test_str_atasan_02_undeclared_official_above_is_named_not_trusted() -> None:
    """Without an official declared above the root unit nobody may set the head's SKP; a
    hand-built penilai is not believed, and the error says what to declare."""
    tanpa = attrs.evolve(ORG, pejabat_luar=())
    kadis = DAFTAR["SKP-2025-KADIS"]
    with pytest.raises(NotFoundError, match=r"tambah_pejabat_luar.*tingkat=1.*STR-ATASAN-02"):
        susun_skp(tanpa, "K", KADIS, TAHUN, Pendekatan.KUANTITATIF, [], penilai=kadis.penilai)
    agreed = attrs.evolve(kadis, disetujui=None, ditetapkan=None).setujui(
        KADIS, dt.date(2025, 1, 15)
    )
    with pytest.raises(NotFoundError, match=r"STR-ATASAN-02"):
        agreed.tetapkan(tanpa, kadis.penilai.nip, dt.date(2025, 1, 20))
    temuan = periksa_skp(kadis, instansi=tanpa)
    assert kodes(temuan) == ["KIN-SKP-09"]
    assert "STR-ATASAN-02" in str(temuan[0].pesan)


def test_kin_skp_09_checked_over_existing_values() -> None:
    draft = draft_dewi()
    # the penilai recorded is the Sekretaris, but she is not Dewi's structural penilai
    palsu = attrs.evolve(
        draft,
        penilai=DAFTAR["SKP-2025-SEKRETARIS"].pegawai,
        disetujui=Tandatangan(DEWI, dt.date(2025, 1, 10)),
        ditetapkan=Tandatangan(SEKRETARIS, dt.date(2025, 1, 12)),
    )
    assert kodes(periksa_skp(palsu, instansi=ORG)) == ["KIN-SKP-09"]
    assert periksa_skp(draft, instansi=ORG) == ()


def test_kin_skp_09_pegawai_not_placed_on_the_penetapan_date() -> None:
    """The Kasubbag of the example leaves on 31 March 2025; an SKP of his set afterwards is
    checked against its recorded penilai (who set it) instead of raising."""
    skp = DAFTAR["SKP-2025-KASUBBAG-1"]
    assert skp.ditetapkan is not None
    tanggal = dt.date(2025, 4, 2)
    assert ORG.penempatan_pada(skp.pegawai.nip, tanggal) is None
    telat = attrs.evolve(skp, ditetapkan=attrs.evolve(skp.ditetapkan, tanggal=tanggal))
    assert kodes(periksa_skp(telat, instansi=ORG)) == kodes(periksa_skp(telat)) == ["KIN-SKP-08"]


# -- content and cascading checks ------------------------------------------------------------


def test_kin_skp_01_needs_a_hasil_kerja_utama() -> None:
    tambahan = attrs.evolve(rhk_jf(), jenis=JenisHasilKerja.TAMBAHAN)
    assert kodes(periksa_skp(draft_dewi(tambahan))) == ["KIN-SKP-01"]


def test_kin_skp_02_kuantitatif_needs_indicator_and_numeric_target() -> None:
    tanpa = attrs.evolve(rhk_jf(), indikator=())
    kata = attrs.evolve(
        rhk_jf("RHK-2"), indikator=(IndikatorKinerja("x", Target.kualitatif("baik")),)
    )
    hasil = periksa_skp(draft_dewi(tanpa, kata))
    assert kodes(hasil) == ["KIN-SKP-02", "KIN-SKP-02"]
    assert [p.subjek for p in hasil] == ["SKP-DEWI/RHK-1", "SKP-DEWI/RHK-2"]


def test_kin_skp_03_kualitatif_needs_statement() -> None:
    skp = attrs.evolve(DAFTAR["SKP-2025-HUMAS-LILIS"], disetujui=None, ditetapkan=None)
    angka = attrs.evolve(rhk_jf("RHK-2"))
    [temuan] = periksa_skp(skp.tambah_hasil_kerja(angka))
    assert (temuan.kode, temuan.subjek, str(temuan.pesan)) == (
        "KIN-SKP-03",
        "SKP-2025-HUMAS-LILIS/RHK-2",
        "indikator 'Aplikasi terintegrasi': the target must be stated in words (pendekatan "
        "Kualitatif)",
    )


def test_kin_skp_04_jf_utama_intervenes() -> None:
    lepas = attrs.evolve(rhk_jf(), intervensi=None)
    tambahan = attrs.evolve(rhk_jf("RHK-2"), intervensi=None, jenis=JenisHasilKerja.TAMBAHAN)
    hasil = periksa_skp(draft_dewi(lepas, tambahan))
    assert kodes(hasil) == ["KIN-SKP-04"]
    assert "Ahli Muda" in str(hasil[0].pesan)


def test_kin_skp_06_07_jpt_perspektif_and_perjanjian_kinerja() -> None:
    kadis = DAFTAR["SKP-2025-KADIS"]
    polos = attrs.evolve(kadis.rhk("RHK-1"), perspektif=None, perjanjian_kinerja=None)
    tambahan = attrs.evolve(kadis.rhk("RHK-T1"), perjanjian_kinerja=None)
    skp = attrs.evolve(kadis, hasil_kerja=(polos, tambahan), disetujui=None, ditetapkan=None)
    assert [(p.kode, p.subjek, str(p.pesan)) for p in periksa_skp(skp)] == [
        ("KIN-SKP-06", "SKP-2025-KADIS/RHK-1", "JPT RHK without perspektif"),
        (
            "KIN-SKP-07",
            "SKP-2025-KADIS/RHK-1",
            "JPT Hasil Kerja Utama without its Perjanjian Kinerja line",
        ),
    ]


@pytest.mark.parametrize(
    ("rujukan", "pesan"),
    [
        (RujukanRHK("SKP-TIDAK-ADA", "RHK-1"), "no SKP"),
        (RujukanRHK("SKP-2025-SEKRETARIS", "RHK-1"), "not the penilai"),
        (RujukanRHK("SKP-2025-KADIS", "RHK-9"), "no such RHK"),
    ],
)
def test_kin_skp_05_intervened_rhk_exists_in_penilai_skp(rujukan: RujukanRHK, pesan: str) -> None:
    hasil = periksa_skp(draft_dewi(rhk_jf(atas=rujukan)), skp_lain=DAFTAR.values())
    assert [(p.kode, p.subjek) for p in hasil] == [("KIN-SKP-05", "SKP-DEWI/RHK-1")]
    assert str(hasil[0].pesan).startswith(f"intervenes {rujukan}: ")
    assert pesan in str(hasil[0].pesan)
    assert periksa_skp(draft_dewi(rhk_jf(atas=rujukan))) == ()  # unresolved without skp_lain


def test_kin_skp_05_periods_must_overlap() -> None:
    kadis = attrs.evolve(
        DAFTAR["SKP-2025-KADIS"], periode=Periode(dt.date(2025, 1, 1), dt.date(2025, 3, 31))
    )
    skp = draft_dewi(periode=Periode(dt.date(2025, 4, 1), dt.date(2025, 12, 31)))
    hasil = periksa_skp(skp, skp_lain=[kadis])
    assert kodes(hasil) == ["KIN-SKP-05"]
    assert "does not overlap" in str(hasil[0].pesan)


def test_periksa_skp_rejects_bad_arguments() -> None:
    with pytest.raises(InvalidTypeError, match=r"skp"):
        periksa_skp("SKP")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"skp_lain"):
        periksa_skp(draft_dewi(), skp_lain="abc")
    with pytest.raises(InvalidTypeError, match=r"skp_lain\[0\]"):
        periksa_skp(draft_dewi(), skp_lain=[1])  # type: ignore[list-item]
    with pytest.raises(InvalidTypeError, match=r"tanggal"):
        periksa_skp(draft_dewi(), tanggal="2025-01-01")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"tenggat"):
        periksa_skp(draft_dewi(), tenggat=30)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"instansi"):
        periksa_skp(draft_dewi(), instansi="org")  # type: ignore[arg-type]


# -- KIN-SKP-08: the deadline ----------------------------------------------------------------


def ditetapkan_pada(tanggal: dt.date, periode: Periode = TAHUN) -> SKP:
    draft = draft_dewi(periode=periode)
    return draft.setujui(DEWI, min(tanggal, periode.mulai)).tetapkan(ORG, KADIS, tanggal)


def test_kin_skp_08_31_january_passes_1_february_is_1_day_late() -> None:
    assert periksa_skp(ditetapkan_pada(dt.date(2025, 1, 31))) == ()
    (telat,) = periksa_skp(ditetapkan_pada(dt.date(2025, 2, 1)))
    assert isinstance(telat, PelanggaranTenggat)
    assert telat.kode == "KIN-SKP-08"
    assert (telat.batas, telat.ditetapkan, telat.hari_terlambat) == (
        dt.date(2025, 1, 31),
        dt.date(2025, 2, 1),
        1,
    )


def test_kin_skp_08_unset_skp_is_late_on_the_checking_date() -> None:
    draft = draft_dewi()
    assert periksa_skp(draft) == ()
    assert periksa_skp(draft, tanggal=dt.date(2025, 1, 31)) == ()
    (telat,) = periksa_skp(draft, tanggal=dt.date(2025, 2, 10))
    assert isinstance(telat, PelanggaranTenggat)
    assert (telat.ditetapkan, telat.hari_terlambat) == (None, 10)
    assert "not set by 2025-01-31" in str(telat.pesan)


def test_kin_skp_08_mid_year_default_is_30_days_after_start() -> None:
    mulai_agustus = Periode(dt.date(2025, 8, 1), dt.date(2025, 12, 31))
    assert batas_penetapan(mulai_agustus) == dt.date(2025, 8, 31)
    assert periksa_skp(ditetapkan_pada(dt.date(2025, 8, 31), mulai_agustus)) == ()
    (telat,) = periksa_skp(ditetapkan_pada(dt.date(2025, 9, 1), mulai_agustus))
    assert telat.hari_terlambat == 1  # type: ignore[attr-defined]


def test_kin_skp_08_policy_is_a_parameter() -> None:
    februari = TenggatSKP(bulan_tahunan=2, hari_setelah_mulai=14)
    assert batas_penetapan(Periode.tahun(2024), februari) == dt.date(2024, 2, 29)
    assert batas_penetapan(Periode.tahun(2024), TENGGAT_SKP) == dt.date(2024, 1, 31)
    assert batas_penetapan(Periode(dt.date(2025, 8, 1), dt.date(2025, 8, 31)), februari) == (
        dt.date(2025, 8, 15)
    )
    assert periksa_skp(ditetapkan_pada(dt.date(2025, 2, 20)), tenggat=februari) == ()
    with pytest.raises(InvalidValueError, match=r"TenggatSKP.bulan_tahunan"):
        TenggatSKP(bulan_tahunan=13)
    with pytest.raises(InvalidTypeError, match=r"tenggat"):
        batas_penetapan(TAHUN, "x")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"periode"):
        TENGGAT_SKP.batas("2025")  # type: ignore[arg-type]


@given(st.dates(dt.date(2025, 1, 1), dt.date(2025, 12, 31)))
def test_kin_skp_08_days_late_is_exact(tanggal: dt.date) -> None:
    hasil = periksa_skp(draft_dewi(), tanggal=tanggal)
    batas = dt.date(2025, 1, 31)
    if tanggal <= batas:
        assert hasil == ()
    else:
        assert hasil[0].hari_terlambat == (tanggal - batas).days  # type: ignore[attr-defined]


# -- KIN-SKP-11/12/13: the SKPs of one pegawai in a year ----------------------------------------


def test_kin_skp_11_12_13_promotion_gives_two_skps_covering_the_year() -> None:
    assert periksa_skp_tahunan(ORG, RINA, 2025, DAFTAR.values()) == ()
    assert periksa_skp_tahunan(ORG, KASUBBAG, 2025, DAFTAR.values()) == ()


def test_kin_skp_11_overlap() -> None:
    rina_2 = attrs.evolve(
        DAFTAR["SKP-2025-RINA-2"], periode=Periode(dt.date(2025, 7, 25), dt.date(2025, 12, 31))
    )
    hasil = periksa_skp_tahunan(ORG, RINA, 2025, [DAFTAR["SKP-2025-RINA-1"], rina_2])
    assert kodes(hasil) == ["KIN-SKP-11", "KIN-SKP-13"]
    assert "2025-07-25..2025-07-31" in str(hasil[0].pesan)


def test_kin_skp_12_gap_and_days_without_placement() -> None:
    hasil = periksa_skp_tahunan(ORG, RINA, 2025, [DAFTAR["SKP-2025-RINA-1"]])
    assert kodes(hasil) == ["KIN-SKP-12"]
    assert "no SKP covers 2025-08-01..2025-12-31" in str(hasil[0].pesan)
    kasubbag = attrs.evolve(DAFTAR["SKP-2025-KASUBBAG-1"], periode=TAHUN)
    hasil = periksa_skp_tahunan(ORG, KASUBBAG, 2025, [kasubbag])
    assert kodes(hasil) == ["KIN-SKP-12"]
    assert "covers 2025-04-01..2025-12-31: no placement" in str(hasil[0].pesan)
    assert kodes(periksa_skp_tahunan(ORG, DEWI, 2025, [])) == ["KIN-SKP-12"]
    assert periksa_skp_tahunan(ORG, KASUBBAG, 2026, []) == ()  # no placement in 2026


def test_kin_skp_13_one_skp_across_a_promotion() -> None:
    satu = attrs.evolve(DAFTAR["SKP-2025-RINA-1"], periode=TAHUN)
    hasil = periksa_skp_tahunan(ORG, RINA, 2025, [satu])
    assert kodes(hasil) == ["KIN-SKP-13"]
    assert "spans 2 placements" in str(hasil[0].pesan)


def test_periksa_skp_tahunan_errors() -> None:
    with pytest.raises(NotFoundError):
        periksa_skp_tahunan(ORG, "199001012015031001", 2025, [])
    with pytest.raises(InvalidTypeError, match=r"instansi"):
        periksa_skp_tahunan("org", RINA, 2025, [])  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"skp"):
        periksa_skp_tahunan(ORG, RINA, 2025, 5)  # type: ignore[arg-type]


# -- properties --------------------------------------------------------------------------------


@given(skp_st())
def test_generated_skp_passes_single_skp_checks(skp: SKP) -> None:
    assert periksa_skp(skp) == ()
    assert skp.status is StatusSKP.DRAFT


_SAMPAH = st.one_of(
    st.none(),
    st.integers(),
    st.text(max_size=5),
    st.floats(),
    st.booleans(),
    st.dates(),
    st.lists(st.integers(), max_size=2),
    st.decimals(),
)


@given(st.lists(_SAMPAH, min_size=6, max_size=6))
def test_bad_input_raises_only_birokrasi_errors(a: list[object]) -> None:
    pembuat = [
        lambda: Target(nilai=a[0], minimum=a[1], maksimum=a[2], satuan=a[3], uraian=a[4]),
        lambda: IndikatorKinerja(a[0], a[1], aspek=a[2]),
        lambda: RencanaHasilKerja(a[0], a[1], a[2], jenis=a[3], intervensi=a[4]),
        lambda: RujukanRHK(a[0], a[1]),
        lambda: Lampiran(a[0], a[1], a[2]),
        lambda: Tandatangan(a[0], a[1]),
        lambda: Ekspektasi(a[0]),
        lambda: SKP(a[0], a[1], a[2], a[3], a[4], a[5]),
        lambda: TenggatSKP(a[0], a[1]),
        lambda: Target.angka(a[0], a[1]),
    ]
    for buat in pembuat:
        with contextlib.suppress(BirokrasiError):
            buat()  # type: ignore[no-untyped-call]


def test_kin_skp_12_gaps_on_both_sides() -> None:
    musim_semi = attrs.evolve(
        draft_dewi(), periode=Periode(dt.date(2025, 3, 1), dt.date(2025, 4, 30))
    )
    hasil = periksa_skp_tahunan(ORG, DEWI, 2025, [musim_semi])
    assert [str(p.pesan) for p in hasil] == [
        "no SKP covers 2025-01-01..2025-02-28",
        "no SKP covers 2025-05-01..2025-12-31",
    ]
    assert str(Target.angka(6, "aplikasi")) == "6 aplikasi"


@pytest.mark.bahasa_baku
def test_demo_lines() -> None:
    baris = contoh_skp.bagian_skp()
    assert baris[0] == "Perencanaan kinerja 2025: 9 SKP, pohon kinerja:"
    assert "Pemeriksaan: 2 temuan" in baris
    assert any("[KIN-SKP-08] SKP-2025-PRAKOM-YUSUF" in b and "5 hari sesudah" in b for b in baris)


def test_kin_skp_08_di_akhir_kalender() -> None:
    """A deadline after 31 December 9999 is no date: ``batas_penetapan`` raises
    OutOfWindowError naming the periode and the rule, and ``periksa_skp`` finds the SKP in
    time on every date the calendar holds (both raised OverflowError before ``make fuzz``)."""
    akhir = Periode(dt.date(9999, 12, 15), dt.date.max)
    with pytest.raises(OutOfWindowError, match=r"^periode: the last day .*\(KIN-SKP-08\)"):
        batas_penetapan(akhir)
    setahun = TenggatSKP(bulan_tahunan=12, hari_setelah_mulai=366)
    assert batas_penetapan(Periode.tahun(9999), setahun) == dt.date.max
    skp_akhir = attrs.evolve(draft_dewi(), periode=akhir)
    assert periksa_skp(skp_akhir, tanggal=dt.date.max) == ()
    assert periksa_skp(attrs.evolve(draft_dewi(), periode=Periode.tahun(9999)),
                       tanggal=dt.date.max, tenggat=setahun) == ()  # fmt: skip


def test_kin_skp_05_every_rhk_is_checked_after_one_without_or_with_a_good_intervensi() -> None:
    tambahan = attrs.evolve(rhk_jf("RHK-0"), intervensi=None, jenis=JenisHasilKerja.TAMBAHAN)
    salah = rhk_jf("RHK-2", atas=RujukanRHK("SKP-TIDAK-ADA", "RHK-1"))
    for depan in (tambahan, rhk_jf()):
        hasil = periksa_skp(draft_dewi(depan, salah), skp_lain=DAFTAR.values())
        assert [(p.kode, p.subjek) for p in hasil] == [("KIN-SKP-05", "SKP-DEWI/RHK-2")]


# -- pinned by mutation testing (issue 15 §5) ----------------------------------------------


def test_kin_skp_01_02_findings_say_what_is_missing() -> None:
    tambahan = attrs.evolve(rhk_jf(), jenis=JenisHasilKerja.TAMBAHAN)
    [utama] = periksa_skp(draft_dewi(tambahan))
    assert (utama.subjek, str(utama.pesan)) == ("SKP-DEWI", "no Hasil Kerja Utama")
    tanpa = attrs.evolve(rhk_jf(), indikator=())
    kata = attrs.evolve(
        rhk_jf("RHK-2"), indikator=(IndikatorKinerja("x", Target.kualitatif("baik")),)
    )
    assert [str(p.pesan) for p in periksa_skp(draft_dewi(tanpa, kata))] == [
        "no indikator kinerja",
        "indikator 'x': the target must be a number or range with satuan (pendekatan Kuantitatif)",
    ]


def test_kin_skp_04_finding_is_about_the_rhk() -> None:
    lepas = attrs.evolve(rhk_jf(), intervensi=None)
    [temuan] = periksa_skp(draft_dewi(lepas))
    assert (temuan.kode, temuan.subjek, str(temuan.pesan)) == (
        "KIN-SKP-04",
        "SKP-DEWI/RHK-1",
        "Ahli Muda: Hasil Kerja Utama intervenes no leader RHK",
    )


def test_kin_skp_05_an_rhk_intervening_its_own_skp() -> None:
    """The SKP checked is among the SKPs intervened RHKs are looked up in."""
    sendiri = draft_dewi(rhk_jf(atas=RujukanRHK("SKP-DEWI", "RHK-1")))
    [temuan] = periksa_skp(sendiri, skp_lain=[])
    assert str(temuan.pesan) == (
        f"intervenes SKP-DEWI/RHK-1: that SKP belongs to {sendiri.pegawai.nama} ({DEWI}), not "
        f"the penilai {sendiri.penilai.nama} ({KADIS})"
    )


def test_kin_skp_12_a_placement_before_the_one_an_skp_covers_is_still_a_gap() -> None:
    """Rina's two placements (to 31 July, from 1 August) and one SKP for August to October:
    every uncovered day of both is reported."""
    rina_2 = attrs.evolve(
        DAFTAR["SKP-2025-RINA-2"], periode=Periode(dt.date(2025, 8, 1), dt.date(2025, 10, 31))
    )
    assert [str(p.pesan) for p in periksa_skp_tahunan(ORG, RINA, 2025, [rina_2])] == [
        "no SKP covers 2025-01-01..2025-07-31",
        "no SKP covers 2025-11-01..2025-12-31",
    ]


def test_kin_skp_13_finding_names_the_skp_and_its_placements() -> None:
    satu = attrs.evolve(DAFTAR["SKP-2025-RINA-1"], periode=TAHUN)
    [temuan] = periksa_skp_tahunan(ORG, RINA, 2025, [satu])
    assert str(temuan.pesan) == (
        "SKP SKP-2025-RINA-1 (2025-01-01..2025-12-31) spans 2 placements; each needs its own SKP"
    )
    with pytest.raises(InvalidTypeError, match=r"^skp\[0\]: expected SKP, got 5 \(int\)$"):
        periksa_skp_tahunan(ORG, RINA, 2025, [5])  # type: ignore[list-item]


def test_kin_skp_rules_cite_the_lampiran_of_permenpanrb_6_2022() -> None:
    """Each rule read in a Lampiran of PermenPANRB 6/2022 cites it with its certainty and
    reading; rebuilding the citation gives the same (its builder runs only at import, out of
    mutation testing's sight)."""
    dikutip = [
        d
        for a in perencanaan.ATURAN
        for d in (a.dasar, *a.dasar_lain)
        if d.peraturan is PERMENPANRB_6_2022 and d.lampiran and d.kutipan is None
    ]
    assert len(dikutip) >= 10
    assert {d.keyakinan for d in dikutip} == {Keyakinan.SEKUNDER, Keyakinan.TIDAK_PASTI}
    for d in dikutip:
        assert perencanaan._p6(d.lampiran, keyakinan=d.keyakinan, tafsiran=d.tafsiran) == d


def test_kin_skp_09_10_susun_keeps_what_it_is_given_and_setting_resnapshots() -> None:
    """``susun_skp`` snapshots on ``tanggal`` and keeps the perilaku and lampiran given; an
    SKP may be set the day it is agreed; setting re-snapshots the penilai on that day; one
    SKP covers one year."""
    perilaku = PerilakuKerja([EkspektasiKhususPimpinan(NilaiBerakhlak.ADAPTIF, "Pelopori SPBE")])
    lampiran = Lampiran(["Anggaran"])
    skp = susun_skp(
        ORG, "SKP-DEWI", DEWI, TAHUN, Pendekatan.KUANTITATIF, [rhk_jf()],
        tanggal=dt.date(2025, 1, 6), perilaku=perilaku, lampiran=lampiran,
    )  # fmt: skip
    assert (skp.pegawai.tanggal, skp.penilai.tanggal) == (dt.date(2025, 1, 6),) * 2
    assert (skp.perilaku, skp.lampiran) == (perilaku, lampiran)
    hari = dt.date(2025, 1, 10)
    ditetapkan = skp.setujui(DEWI, hari).tetapkan(ORG, KADIS, hari)
    assert ditetapkan.penilai.tanggal == hari
    with pytest.raises(InvalidValueError) as galat:
        attrs.evolve(skp, periode=Periode(dt.date(2025, 6, 1), dt.date(2026, 1, 31)))
    assert str(galat.value) == (
        "SKP.periode: 2025-06-01..2026-01-31 spans two years; an SKP covers one performance "
        "year or part of it"
    )
    with pytest.raises(InvalidValueError) as galat_target:
        Target()
    assert str(galat_target.value) == (
        "Target: give exactly one of nilai, minimum..maksimum or uraian, got nilai=-, "
        "minimum=-, maksimum=-, uraian=None"
    )


# -- the messages in the default language (Indonesian) ---------------------------------------


@pytest.mark.bahasa_baku
def test_kin_skp_09_bukan_penilai_dalam_bahasa_indonesia() -> None:
    """The refusal names the official who may set the SKP and the pegawai, by name and NIP,
    with the date written the Indonesian way."""
    agreed = draft_dewi().setujui(DEWI, dt.date(2025, 1, 10))
    with pytest.raises(AuthorityError) as galat:
        agreed.tetapkan(ORG, SEKRETARIS, dt.date(2025, 1, 12))
    assert galat.value.kode == "KIN-SKP-09/bukan-penilai"
    assert str(galat.value) == (
        f"SKP.tetapkan: {SEKRETARIS} bukan Pejabat Penilai Kinerja Drs. Bambang Wicaksono, "
        f"M.Si. ({KADIS}) bagi Dewi Anggraini, S.Kom. ({DEWI}) pada 12 Januari 2025 "
        "(KIN-SKP-09, PermenPANRB 6/2022 Pasal 1 definisi Pejabat Penilai Kinerja)"
    )


@pytest.mark.bahasa_baku
def test_kin_skp_10_bukan_pegawai_dalam_bahasa_indonesia() -> None:
    with pytest.raises(AuthorityError) as galat:
        draft_dewi().setujui(KADIS, dt.date(2025, 1, 10))
    assert galat.value.kode == "KIN-SKP-10/bukan-pegawai"
    assert str(galat.value).startswith(
        f"SKP.setujui: {KADIS} bukan pegawai Dewi Anggraini, S.Kom. ({DEWI}) pemilik SKP-DEWI "
        "(KIN-SKP-10, "
    )


@pytest.mark.bahasa_baku
def test_kin_skp_08_terlambat_dalam_bahasa_indonesia() -> None:
    """The deadline finding keeps its dates as data and writes them in Indonesian."""
    (telat,) = periksa_skp(draft_dewi(), tanggal=dt.date(2025, 2, 10))
    assert telat.pesan.kode == "KIN-SKP-08/belum-ditetapkan"
    assert telat.pesan.data() == {
        "batas": dt.date(2025, 1, 31),
        "hari": 10,
        "tanggal": dt.date(2025, 2, 10),
    }
    assert str(telat.pesan) == (
        "belum ditetapkan sampai dengan 31 Januari 2025: terlambat 10 hari pada 10 Februari 2025"
    )
    assert telat.pesan.teks("en") == "not set by 2025-01-31: 10 day(s) late on 2025-02-10"


@pytest.mark.bahasa_baku
def test_kin_skp_01_tanpa_utama_dalam_bahasa_indonesia() -> None:
    tambahan = attrs.evolve(rhk_jf(), jenis=JenisHasilKerja.TAMBAHAN)
    temuan = [p for p in periksa_skp(draft_dewi(tambahan)) if p.kode == "KIN-SKP-01"]
    assert [p.teks() for p in temuan] == [
        "[KIN-SKP-01] SKP-DEWI: tidak ada Hasil Kerja Utama (PermenPANRB 6/2022 Lampiran format "
        "SKP pendekatan hasil kerja kuantitatif/kualitatif)"
    ]


@pytest.mark.bahasa_baku
def test_target_bentuk_dalam_bahasa_indonesia() -> None:
    with pytest.raises(InvalidValueError) as galat:
        Target(nilai=Decimal("2.5"), uraian="x", satuan="dokumen")
    assert str(galat.value) == (
        "Target: isikan tepat salah satu dari nilai, minimum..maksimum, atau uraian; diberikan "
        "nilai=2,5, minimum=-, maksimum=-, uraian='x'"
    )
