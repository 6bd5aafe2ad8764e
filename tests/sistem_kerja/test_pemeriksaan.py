"""The rules of the sistem kerja, one test per kode, with exact date boundaries."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs
import pytest
from bantu_sistem_kerja import (
    ADMIN,
    JF_B,
    JF_B2,
    JF_M2,
    JF_P2,
    KEPALA,
    OLEH,
    PINDAH,
    D,
    anggota,
    buat_instansi,
    tim,
)
from hypothesis import given

from birokrasi.errors import InvalidTypeError, InvalidValueError
from birokrasi.katalog import KATALOG
from birokrasi.periode import Periode
from birokrasi.serial import dari_data, ke_data
from birokrasi.sistem_kerja import (
    Keanggotaan,
    KebijakanSistemKerja,
    Penugasan,
    Peran,
    PersetujuanLintasInstansi,
    SistemKerja,
    periksa_alokasi,
    periksa_anggota,
    periksa_ketua,
    periksa_penetap,
    periksa_penugasan,
    periksa_sistem_kerja,
    periksa_tumpang_tindih,
)
from birokrasi.sistem_kerja.pemeriksaan import (
    ATURAN,
    JENJANG_PEMBERI_TUGAS_BAKU,
    KEBIJAKAN_SISTEM_KERJA_BAKU,
)
from birokrasi.struktur import NIP, Delegasi, Instansi, Jenjang
from birokrasi.testing import sistem_kerja

TANPA_KETUA = KebijakanSistemKerja(ketua_wajib=False)
WAJIB_KETUA = KebijakanSistemKerja(ketua_wajib=True)


def _orang(nip: str) -> str:
    """A pegawai of the test instansi as a message names them."""
    return f"Pegawai {nip[-3:]} ({nip})"


def _kode(hasil: tuple) -> list[str]:
    return [p.kode for p in hasil]


def test_rules_are_catalogued_with_citations() -> None:
    for rule in ATURAN:
        assert KATALOG[rule.kode] is rule
        assert all(d.keyakinan for d in rule.semua_dasar)
    assert {r.kode for r in ATURAN if r.tafsiran} >= {"SK-TIM-01", "SK-TIM-06", "SK-TUGAS-01"}


def test_valid_teams_have_no_findings(sistem_dasar: SistemKerja, org: Instansi) -> None:
    assert periksa_sistem_kerja(sistem_dasar, org) == ()


def test_SK_TIM_01_a_team_may_run_without_a_ketua_by_default() -> None:
    """7/2022: a team "dapat dipimpin oleh Ketua Tim" (may); requiring one is a policy."""
    tanpa = SistemKerja([tim("A")], [anggota(JF_B)])
    assert KEBIJAKAN_SISTEM_KERJA_BAKU.ketua_wajib is False
    assert periksa_ketua(tanpa) == ()
    assert _kode(periksa_ketua(tanpa, WAJIB_KETUA)) == ["SK-TIM-01"]
    dua = SistemKerja(
        [tim("A")], [anggota(JF_B, peran=Peran.KETUA), anggota(JF_B2, peran=Peran.KETUA)]
    )
    assert [str(p.pesan) for p in periksa_ketua(dua)] == ["two ketua at once on 2025-01-01"]


def test_SK_TIM_01_ketua_every_day_when_the_policy_requires_one() -> None:
    s = SistemKerja(
        [tim("A")],
        [
            anggota(JF_B, peran=Peran.KETUA, selesai=D(2025, 3, 31)),
            anggota(JF_B2, peran=Peran.KETUA, mulai=D(2025, 4, 2), selesai=D(2025, 12, 30)),
        ],
    )
    pesan = [str(p.pesan) for p in periksa_ketua(s, WAJIB_KETUA)]
    assert pesan == [
        "no ketua from 2025-04-01 to 2025-04-01",
        "no ketua from 2025-12-31 to 2025-12-31",
    ]
    assert periksa_ketua(s) == periksa_ketua(s, TANPA_KETUA) == ()
    tanpa = SistemKerja([tim("A")], [anggota(JF_B)])
    pesan = [str(p.pesan) for p in periksa_ketua(tanpa, WAJIB_KETUA)]
    assert pesan == ["no ketua from 2025-01-01 to 2025-12-31"]
    mepet = SistemKerja(
        [tim("A")],
        [
            anggota(JF_B, peran=Peran.KETUA, selesai=D(2025, 3, 31)),
            anggota(JF_B2, peran=Peran.KETUA, mulai=D(2025, 4, 1)),
        ],
    )
    assert periksa_ketua(mepet, WAJIB_KETUA) == ()


def test_SK_TIM_01_never_two_ketua_even_when_optional() -> None:
    s = SistemKerja(
        [tim("A")],
        [
            anggota(JF_B, peran=Peran.KETUA, selesai=D(2025, 4, 1)),
            anggota(JF_B2, peran=Peran.KETUA, mulai=D(2025, 4, 1)),
        ],
    )
    assert [str(p.pesan) for p in periksa_ketua(s, TANPA_KETUA)] == [
        "two ketua at once on 2025-04-01"
    ]


def test_SK_TIM_01_dissolution_ends_the_need_for_a_ketua(sistem_dasar: SistemKerja) -> None:
    s = sistem_dasar.akhiri_keanggotaan(JF_B, "A", D(2025, 6, 29), **OLEH)
    assert _kode(periksa_ketua(s, WAJIB_KETUA)) == ["SK-TIM-01"]
    assert periksa_ketua(s.bubarkan_tim("A", D(2025, 6, 29), **OLEH), WAJIB_KETUA) == ()


def test_SK_TIM_02_within_the_team_periode() -> None:
    pendek = Periode(D(2025, 2, 1), D(2025, 2, 28))
    s = SistemKerja(
        [tim("A", periode=pendek)],
        [
            anggota(JF_B, peran=Peran.KETUA, mulai=D(2025, 2, 1)),
            anggota(JF_B2, mulai=D(2025, 1, 31)),
            anggota(JF_P2, mulai=D(2025, 2, 1), selesai=D(2025, 3, 1)),
            anggota(JF_M2, mulai=D(2025, 2, 1), selesai=D(2025, 2, 28)),
        ],
    )
    assert [p.subjek[-3:] for p in periksa_ketua(s)] == [JF_B2[-3:], JF_P2[-3:]]
    assert set(_kode(periksa_ketua(s))) == {"SK-TIM-02"}


@pytest.mark.parametrize("selesai", [None, D(2025, 7, 31)])
@pytest.mark.parametrize("dibubarkan", [None, D(2025, 6, 15)])
def test_SK_TIM_02_membership_starting_after_the_team_ends(
    selesai: object, dibubarkan: object
) -> None:
    """A membership that starts after the team's last day (the end of its periode, or its
    dissolution) is reported whether it is open or has an end of its own."""
    paruh = Periode(D(2025, 1, 1), D(2025, 6, 30))
    telat = anggota(JF_B2, mulai=D(2025, 7, 1), selesai=selesai)  # type: ignore[arg-type]
    s = SistemKerja(
        [tim("A", periode=paruh, dibubarkan=dibubarkan)],
        [anggota(JF_B, peran=Peran.KETUA, selesai=D(2025, 6, 15)), telat],
    )
    hasil = [(p.kode, p.subjek[-3:]) for p in periksa_ketua(s, TANPA_KETUA)]
    assert hasil == [("SK-TIM-02", JF_B2[-3:])]


_ORANG = [NIP(x) for x in (JF_B, JF_B2, JF_P2, JF_M2, ADMIN, PINDAH)]


@given(sistem_kerja(orang=_ORANG, unit=("M1.P1", "M1.P2", "M2.P1")))
def test_open_membership_is_checked_like_one_ending_with_the_team(s: SistemKerja) -> None:
    """An open membership ends with its team. Every check that clips it to the team's life
    (SK-TIM-01/02/03/04/05/06/07/09) reports it exactly as the same membership with an explicit
    end on the last day it can hold, so an open record clipped to nothing is never skipped.
    SK-TIM-08 compares the records themselves and is left out."""
    org = buat_instansi()

    def tutup(k: Keanggotaan) -> Keanggotaan:
        if k.selesai is not None:
            return k
        return attrs.evolve(k, selesai=max(k.mulai, s.cari_tim(k.tim).akhir))

    tertutup = SistemKerja(s.tim, [tutup(k) for k in s.keanggotaan], s.penugasan)
    for periksa in (
        lambda x: periksa_ketua(x, WAJIB_KETUA),
        lambda x: periksa_ketua(x, TANPA_KETUA),
        lambda x: periksa_anggota(x, org),
        lambda x: periksa_penetap(x, org),
        lambda x: periksa_alokasi(x),
    ):
        assert sorted(map(str, periksa(s))) == sorted(map(str, periksa(tertutup)))


def test_SK_TIM_03_member_is_placed_every_day(org: Instansi) -> None:
    s = SistemKerja(
        [tim("A")],
        [
            anggota(JF_B, peran=Peran.KETUA),
            anggota(PINDAH, selesai=D(2025, 6, 30)),
            anggota(PINDAH, mulai=D(2025, 7, 1)),
            anggota("199001012015011001", mulai=D(2025, 7, 1)),
        ],
    )
    hasil = periksa_anggota(s, org)
    assert [(p.kode, str(p.pesan)) for p in hasil] == [
        ("SK-TIM-03", "holds no placement on 2025-07-01"),
        ("SK-TIM-03", "not a pegawai of the instansi"),
    ]


def test_SK_TIM_04_penetap_heads_a_common_ancestor(org: Instansi) -> None:
    lintas = [anggota(JF_B, peran=Peran.KETUA), anggota(JF_P2)]
    oleh_pratama = SistemKerja([tim("A")], lintas)
    assert [str(p.pesan)[-5:] for p in periksa_penetap(oleh_pratama, org)] == ["M1.P2"]
    oleh_madya = SistemKerja([tim("A", penetap=KEPALA["M1"])], lintas)
    assert periksa_penetap(oleh_madya, org) == ()
    lintas_madya = SistemKerja([tim("A", penetap=KEPALA["M1"])], [*lintas, anggota(JF_M2)])
    assert _kode(periksa_penetap(lintas_madya, org)) == ["SK-TIM-04"]
    bukan_kepala = SistemKerja([tim("A", penetap=JF_B)], lintas)
    assert "no allowed head post" in str(periksa_penetap(bukan_kepala, org)[0].pesan)
    asing = SistemKerja([tim("A", penetap="199001012015011001")], lintas)
    assert _kode(periksa_penetap(asing, org)) == ["SK-TIM-04"]
    hanya_jpt = KebijakanSistemKerja(jenjang_penetap={Jenjang.JPT_MADYA, Jenjang.JPT_PRATAMA})
    oleh_admin = SistemKerja([tim("A", penetap=ADMIN)], [])
    assert periksa_penetap(oleh_admin, org) == ()
    assert _kode(periksa_penetap(oleh_admin, org, hanya_jpt)) == ["SK-TIM-04"]


def test_SK_TIM_05_cross_instansi_needs_an_agreement(org: Instansi) -> None:
    luar = anggota("199001012015011001", mulai=D(2025, 3, 1), instansi="BPS")
    s = SistemKerja([tim("A")], [anggota(JF_B, peran=Peran.KETUA), luar])
    assert _kode(periksa_anggota(s, org)) == ["SK-TIM-05"]
    telat = s.tambah_persetujuan(PersetujuanLintasInstansi("A", "BPS", "1", D(2025, 3, 2), "Ses"))
    assert _kode(periksa_anggota(telat, org)) == ["SK-TIM-05"]
    tepat = telat.tambah_persetujuan(
        PersetujuanLintasInstansi("A", "BPS", "2", D(2025, 3, 1), "Ses")
    )
    assert periksa_anggota(tepat, org) == ()
    assert periksa_penetap(tepat, org) == ()  # outside members do not need the penetap


def test_SK_TIM_06_and_09_jenjang(org: Instansi) -> None:
    s = SistemKerja([tim("A")], [anggota(JF_M2, peran=Peran.KETUA), anggota(ADMIN)])
    assert _kode(periksa_anggota(s, org)) == ["SK-TIM-09"]
    keahlian = KebijakanSistemKerja(
        jenjang_ketua={j for j in Jenjang if j.is_fungsional},
        jenjang_anggota=set(Jenjang),
    )
    assert _kode(periksa_anggota(s, org, keahlian)) == ["SK-TIM-06"]


def test_SK_TIM_07_allocation_cap() -> None:
    s = SistemKerja(
        [tim("A"), tim("B")],
        [
            anggota(JF_B, "A", alokasi=Fraction(3, 4)),
            anggota(JF_B, "B", mulai=D(2025, 6, 1), selesai=D(2025, 6, 30), alokasi=Fraction(1, 2)),
            anggota(JF_B, "B", mulai=D(2025, 7, 1), alokasi=Fraction(1, 4)),
            anggota(JF_B2, "A", alokasi=1),
            anggota(JF_B2, "B"),
        ],
    )
    assert [str(p.pesan) for p in periksa_alokasi(s)] == [
        "125% of working time allocated from 2025-06-01 (cap 100%)"
    ]
    assert periksa_alokasi(s, KebijakanSistemKerja(batas_alokasi=Fraction(5, 4))) == ()


def test_SK_TIM_08_no_overlap_in_one_team() -> None:
    s = SistemKerja(
        [tim("A")],
        [anggota(JF_B, selesai=D(2025, 3, 1)), anggota(JF_B, mulai=D(2025, 3, 1)), anggota(JF_B2)],
    )
    assert [p.kode for p in periksa_tumpang_tindih(s)] == ["SK-TIM-08"]


def test_SK_TUGAS_01_at_most_one_year(org: Instansi) -> None:
    def tugas(selesai: object) -> SistemKerja:
        p = Periode(D(2025, 3, 1), selesai)  # type: ignore[arg-type]
        return SistemKerja(penugasan=[Penugasan("P", KEPALA["M1.P1"], "x", p, penerima=JF_B)])

    assert periksa_penugasan(tugas(D(2026, 2, 28)), org) == ()
    assert _kode(periksa_penugasan(tugas(D(2026, 3, 1)), org)) == ["SK-TUGAS-01"]
    enam = KebijakanSistemKerja(maks_bulan_penugasan=6)
    assert _kode(periksa_penugasan(tugas(D(2025, 9, 1)), org, enam)) == ["SK-TUGAS-01"]
    jauh = Periode(D(9999, 6, 1), D(9999, 12, 31))
    s = SistemKerja(penugasan=[Penugasan("P", KEPALA["K"], "x", jauh, penerima=JF_B)])
    assert "SK-TUGAS-01" not in _kode(periksa_penugasan(s, org))


@pytest.mark.parametrize(
    ("pemberi", "penerima", "tim_", "ok"),
    [
        (KEPALA["M1.P1"], JF_B, None, True),  # pejabat penilai
        (KEPALA["K"], JF_B, None, True),  # head of an ancestor unit
        (KEPALA["M2"], JF_B, None, False),
        (JF_B2, JF_B, None, False),
        (KEPALA["M1.P1"], PINDAH, None, False),  # penerima not placed on the start day
        (KEPALA["M1.P1"], "199001012015011001", None, False),  # unknown penerima
        (KEPALA["M1"], None, "A", True),
        (KEPALA["M1.P2"], None, "A", False),
        (KEPALA["M1"], None, "Z", False),  # team owned by a unit the instansi lacks
    ],
)
def test_SK_TUGAS_02_authority(
    org: Instansi, pemberi: str, penerima: str | None, tim_: str | None, ok: bool
) -> None:
    p = Penugasan("P", pemberi, "x", Periode(D(2025, 7, 1), D(2025, 9, 30)), penerima=penerima,
                  tim=tim_)  # fmt: skip
    s = SistemKerja([tim("A"), tim("Z", "TIDAK.ADA")], penugasan=[p])
    assert (periksa_penugasan(s, org) == ()) is ok


def test_SK_TUGAS_02_the_pemberi_is_a_jpt_by_default(org: Instansi) -> None:
    """Marves Pasal 6(2)(c): the PPT Pratama, as Pejabat Penilai Kinerja, gives penugasan; an
    Administrator or Pengawas rates on the strength of it. Any head of a unit above is a
    wider policy."""
    p = Penugasan("P", ADMIN, "x", Periode(D(2025, 7, 1), D(2025, 9, 30)), tim="A")
    s = SistemKerja([tim("A", "M1.P1.ADM")], penugasan=[p])
    [temuan] = periksa_penugasan(s, org)
    assert (temuan.kode, temuan.subjek) == ("SK-TUGAS-02", "P")
    assert str(temuan.pesan) == (
        f"Pegawai {ADMIN[-3:]} ({ADMIN}) holds Administrator on 2025-07-01; the pemberi of a "
        "penugasan is a Pimpinan Tinggi Utama or Pimpinan Tinggi Madya or Pimpinan Tinggi Pratama "
        "(KebijakanSistemKerja.jenjang_pemberi_tugas)"
    )
    assert KEBIJAKAN_SISTEM_KERJA_BAKU.jenjang_pemberi_tugas is None
    manajerial = KebijakanSistemKerja(jenjang_pemberi_tugas={j for j in Jenjang if j.is_manajerial})
    assert periksa_penugasan(s, org, manajerial) == ()
    hanya_madya = KebijakanSistemKerja(jenjang_pemberi_tugas={Jenjang.JPT_MADYA})
    oleh_pratama = SistemKerja(
        penugasan=[Penugasan("Q", KEPALA["M1.P1"], "x", p.periode, penerima=JF_B)]
    )
    assert periksa_penugasan(oleh_pratama, org) == ()
    assert _kode(periksa_penugasan(oleh_pratama, org, hanya_madya)) == ["SK-TUGAS-02"]


def test_SK_TUGAS_02_a_delegated_penilai_may_give_a_penugasan(org: Instansi) -> None:
    """The Pejabat Penilai Kinerja of the penerima is authorised even when the rating was
    delegated to an official who heads no unit above the penerima's."""
    p = Penugasan("P", KEPALA["M2"], "x", Periode(D(2025, 7, 1), D(2025, 9, 30)), penerima=JF_B)
    s = SistemKerja(penugasan=[p])
    delegasi = org.tambah_delegasi(Delegasi(KEPALA["M2"], JF_B, D(2025, 6, 1)))
    assert periksa_penugasan(s, delegasi) == ()
    [temuan] = periksa_penugasan(s, org)
    assert str(temuan.pesan) == (
        f"{_orang(KEPALA['M2'])} has no authority over {_orang(JF_B)} on 2025-07-01"
    )


def test_SK_TUGAS_02_refusal_names_the_team_or_the_penerima(org: Instansi) -> None:
    periode = Periode(D(2025, 7, 1), D(2025, 9, 30))
    s = SistemKerja(
        [tim("A")],
        penugasan=[
            Penugasan("P", KEPALA["M1.P2"], "x", periode, tim="A"),
            Penugasan("Q", KEPALA["M1.P2"], "x", periode, penerima=JF_B),
        ],
    )
    assert [str(p.pesan) for p in periksa_penugasan(s, org)] == [
        f"{_orang(KEPALA['M1.P2'])} has no authority over A on 2025-07-01",
        f"{_orang(KEPALA['M1.P2'])} has no authority over {_orang(JF_B)} on 2025-07-01",
    ]


@pytest.mark.parametrize(
    ("boleh", "daftar"),
    [
        ({Jenjang.JPT_MADYA}, "Pimpinan Tinggi Madya"),
        (
            {Jenjang.JPT_PRATAMA, Jenjang.JPT_MADYA},
            "Pimpinan Tinggi Madya or Pimpinan Tinggi Pratama",
        ),
    ],
)
def test_SK_TUGAS_02_finding_lists_the_jenjang_allowed(
    org: Instansi, boleh: set[Jenjang], daftar: str
) -> None:
    p = Penugasan("P", ADMIN, "x", Periode(D(2025, 7, 1), D(2025, 9, 30)), tim="A")
    s = SistemKerja([tim("A", "M1.P1.ADM")], penugasan=[p])
    [temuan] = periksa_penugasan(s, org, KebijakanSistemKerja(jenjang_pemberi_tugas=boleh))
    assert str(temuan.pesan).endswith(
        f"the pemberi of a penugasan is a {daftar} (KebijakanSistemKerja.jenjang_pemberi_tugas)"
    )


def test_periksa_sistem_kerja_passes_the_policy_to_every_check(org: Instansi) -> None:
    """A policy stricter than the default on every parameter changes the findings of every
    check, and the whole check reports each of them under that policy."""
    ketat = KebijakanSistemKerja(
        ketua_wajib=True,
        jenjang_anggota={Jenjang.AHLI_PERTAMA},
        jenjang_penetap={Jenjang.JPT_UTAMA},
        batas_alokasi=Fraction(1, 2),
        maks_bulan_penugasan=1,
    )
    s = SistemKerja(
        [tim("A")],
        [anggota(JF_B, alokasi=1)],
        [Penugasan("P", KEPALA["M1.P1"], "x", Periode(D(2025, 7, 1), D(2025, 9, 30)), tim="A")],
    )
    semua = [
        lambda k: periksa_ketua(s, k),
        lambda k: periksa_anggota(s, org, k),
        lambda k: periksa_penetap(s, org, k),
        lambda k: periksa_alokasi(s, k),
        lambda k: periksa_tumpang_tindih(s),
        lambda k: periksa_penugasan(s, org, k),
    ]
    assert [bool(periksa(ketat)) and periksa(ketat) != periksa(None) for periksa in semua] == [
        True, True, True, True, False, True
    ]  # fmt: skip
    assert periksa_sistem_kerja(s, org, ketat) == tuple(p for f in semua for p in f(ketat))


def test_kebijakan_round_trips_with_and_without_its_pemberi_tugas() -> None:
    for kebijakan in (
        KEBIJAKAN_SISTEM_KERJA_BAKU,
        KebijakanSistemKerja(jenjang_pemberi_tugas=[Jenjang.JPT_PRATAMA, Jenjang.ADMINISTRATOR]),
    ):
        assert dari_data(KebijakanSistemKerja, ke_data(kebijakan)) == kebijakan
    assert ke_data(KEBIJAKAN_SISTEM_KERJA_BAKU)["jenjang_pemberi_tugas"] is None
    assert KEBIJAKAN_SISTEM_KERJA_BAKU.pemberi_tugas == JENJANG_PEMBERI_TUGAS_BAKU


def test_kebijakan_refuses_bad_parameters() -> None:
    with pytest.raises(InvalidTypeError, match="jenjang_ketua"):
        KebijakanSistemKerja(jenjang_ketua={"AHLI_MUDA"})  # type: ignore[arg-type]
    for salah in (5, {Jenjang.AHLI_MUDA: "ketua"}, "AHLI_MUDA"):
        with pytest.raises(InvalidTypeError, match=r"^KebijakanSistemKerja\.jenjang_ketua"):
            KebijakanSistemKerja(jenjang_ketua=salah)  # type: ignore[arg-type]
    baru = KebijakanSistemKerja(jenjang_ketua=(j for j in [Jenjang.AHLI_MUDA]))
    assert baru.jenjang_ketua == frozenset({Jenjang.AHLI_MUDA})
    with pytest.raises(InvalidValueError, match="batas_alokasi"):
        KebijakanSistemKerja(batas_alokasi=Fraction(0))
    with pytest.raises(InvalidTypeError, match=r"^KebijakanSistemKerja\.batas_alokasi: expected"):
        KebijakanSistemKerja(batas_alokasi="1")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"^KebijakanSistemKerja\.jenjang_pemberi_tugas"):
        KebijakanSistemKerja(jenjang_pemberi_tugas="JPT_PRATAMA")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"^kebijakan: expected KebijakanSistemKerja"):
        periksa_ketua(SistemKerja(), "baku")  # type: ignore[arg-type]


@given(sistem_kerja())
def test_checks_never_raise(s: SistemKerja) -> None:

    assert all(p.kode.startswith("SK-") for p in periksa_sistem_kerja(s, buat_instansi()))


def test_SK_TIM_03_placement_starting_late(org: Instansi) -> None:
    lama = Periode(D(2023, 6, 1), D(2025, 12, 31))
    s = SistemKerja(
        [tim("A", periode=lama)], [anggota(JF_B, peran=Peran.KETUA, mulai=D(2023, 6, 1))]
    )
    assert [str(p.pesan) for p in periksa_anggota(s, org)] == ["holds no placement on 2023-06-01"]


# -- pinned by mutation testing (issue 15 §5) ----------------------------------------------

ORG_UJI = buat_instansi()
_F = Fraction


def test_sk_tim_01_a_one_day_ketua_is_a_second_ketua_that_day() -> None:
    s = SistemKerja(
        [tim("A")],
        [
            anggota(JF_B, "A", Peran.KETUA, selesai=D(2025, 6, 30)),
            anggota(JF_B2, "A", Peran.KETUA, D(2025, 6, 30), D(2025, 6, 30)),
        ],
    )
    assert [str(p.pesan) for p in periksa_ketua(s)] == ["two ketua at once on 2025-06-30"]


@pytest.mark.parametrize(
    ("bagian", "harapan"),
    [
        # one shared day: the last of the first membership, the first of the second
        ([(D(2025, 1, 1), D(2025, 6, 30), _F(3, 5)), (D(2025, 6, 30), None, _F(3, 5))],
         ["120% of working time allocated from 2025-06-30 (cap 100%)"]),
        # a one-day membership counts
        ([(D(2025, 1, 1), None, _F(3, 5)), (D(2025, 5, 1), D(2025, 5, 1), _F(3, 5))],
         ["120% of working time allocated from 2025-05-01 (cap 100%)"]),
        # exactly the cap is not over it; going over from there is
        ([(D(2025, 1, 1), None, _F(1, 2)), (D(2025, 3, 1), None, _F(1, 2)),
          (D(2025, 6, 1), None, _F(1, 10))],
         ["110% of working time allocated from 2025-06-01 (cap 100%)"]),
        # one finding per stretch, however the total changes inside it
        ([(D(2025, 1, 1), None, _F(3, 5)), (D(2025, 3, 1), None, _F(3, 5)),
          (D(2025, 6, 1), None, _F(1, 10))],
         ["120% of working time allocated from 2025-03-01 (cap 100%)"]),
    ],
)  # fmt: skip
def test_sk_tim_07_stretches_of_over_commitment(
    bagian: list[tuple[object, object, Fraction]], harapan: list[str]
) -> None:
    kode = "ABC"[: len(bagian)]
    s = SistemKerja(
        [tim(k) for k in kode],
        [
            anggota(JF_B, k, mulai=m, selesai=s, alokasi=a)  # type: ignore[arg-type]
            for k, (m, s, a) in zip(kode, bagian, strict=True)
        ],
    )
    hasil = periksa_alokasi(s)
    assert [str(p.pesan) for p in hasil] == harapan
    assert {p.subjek for p in hasil} == {JF_B}


def test_sk_tim_05_the_earliest_agreement_counts_and_every_member_is_checked() -> None:
    setuju = [
        PersetujuanLintasInstansi("A", "LAIN", str(i), tanggal, "Sekjen")
        for i, tanggal in enumerate((D(2025, 1, 1), D(2025, 3, 1)))
    ]
    s = SistemKerja(
        [tim("A")],
        [anggota("199001012015011001", "A", mulai=D(2025, 2, 1), instansi="LAIN"),
         anggota(PINDAH, "A", selesai=D(2025, 7, 1))],
        persetujuan=setuju,
    )  # fmt: skip
    assert [(p.kode, p.subjek[-3:]) for p in periksa_anggota(s, ORG_UJI)] == [
        ("SK-TIM-03", PINDAH[-3:])
    ]


def test_sk_tim_03_placement_from_the_first_day_to_the_last() -> None:
    """A membership starting the day the placement starts is covered; one ending the day
    after the placement ends is not, on that one day."""
    dari_awal = SistemKerja(
        [tim("A", periode=Periode(D(2024, 1, 1), D(2024, 12, 31)))],
        [anggota(JF_B, "A", mulai=D(2024, 1, 1))],
    )
    assert periksa_anggota(dari_awal, ORG_UJI) == ()
    lewat = SistemKerja([tim("A")], [anggota(PINDAH, "A", selesai=D(2025, 7, 1))])
    assert [str(p.pesan) for p in periksa_anggota(lewat, ORG_UJI)] == [
        "holds no placement on 2025-07-01"
    ]


def test_sk_tim_04_every_team_is_checked() -> None:
    s = SistemKerja(
        [tim("A", penetap=JF_B), tim("B", "M1.P2", KEPALA["M1.P2"])],
        [anggota(JF_B, "B")],
    )
    assert [(p.kode, p.subjek) for p in periksa_penetap(s, ORG_UJI)] == [
        ("SK-TIM-04", "A"),
        ("SK-TIM-04", "B"),
    ]


def test_sk_tim_01_08_a_team_from_the_calendars_first_day() -> None:
    """Dates at the calendar's start are named as they are, and a first membership from that
    day overlaps nothing."""
    awal = tim("A", periode=Periode(dt.date.min, D(2025, 12, 31)))
    s = SistemKerja([awal], [anggota(JF_B, "A", mulai=dt.date.min)])
    assert periksa_tumpang_tindih(s) == ()
    assert [str(p.pesan) for p in periksa_ketua(SistemKerja([awal]), WAJIB_KETUA)] == [
        "no ketua from 0001-01-01 to 2025-12-31"
    ]


# -- the findings in the default language (Indonesian) ---------------------------------------


@pytest.mark.bahasa_baku
def test_sk_tim_01_dua_ketua_dalam_bahasa_indonesia() -> None:
    dua = SistemKerja(
        [tim("A")], [anggota(JF_B, peran=Peran.KETUA), anggota(JF_B2, peran=Peran.KETUA)]
    )
    [temuan] = periksa_ketua(dua)
    assert temuan.pesan.kode == "SK-TIM-01/dua-ketua"
    assert temuan.pesan.data() == {"tanggal": D(2025, 1, 1)}
    assert str(temuan.pesan) == "dua Ketua Tim sekaligus pada 1 Januari 2025"
    tanpa = periksa_ketua(SistemKerja([tim("A")], [anggota(JF_B)]), WAJIB_KETUA)
    assert str(tanpa[0].pesan) == "tidak ada Ketua Tim dari 1 Januari 2025 s.d. 31 Desember 2025"


@pytest.mark.bahasa_baku
def test_sk_tim_07_melebihi_batas_dalam_bahasa_indonesia() -> None:
    s = SistemKerja(
        [tim("A"), tim("B")],
        [anggota(JF_B, "A", alokasi=Fraction(3, 4)), anggota(JF_B, "B", alokasi=Fraction(1, 2))],
    )
    [temuan] = periksa_alokasi(s)
    assert temuan.pesan.data() == {"persen": 125, "tanggal": D(2025, 1, 1), "batas": 100}
    assert str(temuan.pesan) == "alokasi waktu kerja 125% sejak 1 Januari 2025 (batas 100%)"


@pytest.mark.bahasa_baku
def test_sk_tugas_02_tanpa_wewenang_dalam_bahasa_indonesia(org: Instansi) -> None:
    """The finding names the pemberi and the penerima by name and NIP."""
    p = Penugasan("P", KEPALA["M2"], "x", Periode(D(2025, 7, 1), D(2025, 9, 30)), penerima=JF_B)
    [temuan] = periksa_penugasan(SistemKerja(penugasan=[p]), org)
    assert temuan.pesan.kode == "SK-TUGAS-02/tanpa-wewenang"
    assert str(temuan.pesan) == (
        f"{_orang(KEPALA['M2'])} tidak berwenang atas {_orang(JF_B)} pada 1 Juli 2025"
    )
    jenjang = Penugasan("Q", ADMIN, "x", p.periode, tim="A")
    s = SistemKerja([tim("A", "M1.P1.ADM")], penugasan=[jenjang])
    [temuan] = periksa_penugasan(s, org)
    assert str(temuan.pesan) == (
        f"{_orang(ADMIN)} berjenjang Administrator pada 1 Juli 2025; pemberi penugasan adalah "
        "Pimpinan Tinggi Utama atau Pimpinan Tinggi Madya atau Pimpinan Tinggi Pratama "
        "(KebijakanSistemKerja.jenjang_pemberi_tugas)"
    )


@pytest.mark.bahasa_baku
def test_sk_tim_03_tanpa_penempatan_dalam_bahasa_indonesia() -> None:
    lewat = SistemKerja([tim("A")], [anggota(PINDAH, "A", selesai=D(2025, 7, 1))])
    [temuan] = periksa_anggota(lewat, ORG_UJI)
    assert temuan.teks("id").startswith(
        f"[SK-TIM-03] A/{PINDAH}: tidak menduduki jabatan pada 1 Juli 2025 ("
    )
    assert temuan.teks("en").startswith(f"[SK-TIM-03] A/{PINDAH}: holds no placement on 2025-07-01")


# -- each finding's message carries its data (the survivors of the mutation run after #18) ----


def test_sk_tim_02_finding_names_the_start_and_the_teams_life() -> None:
    pendek = Periode(D(2025, 2, 1), D(2025, 2, 28))
    s = SistemKerja(
        [tim("A", periode=pendek)],
        [
            anggota(JF_B, peran=Peran.KETUA, mulai=D(2025, 2, 1)),
            anggota(JF_B2, mulai=D(2025, 1, 31)),
        ],
    )
    [temuan] = periksa_ketua(s)
    assert temuan.pesan.data() == {
        "mulai": D(2025, 1, 31),
        "tim_mulai": D(2025, 2, 1),
        "tim_akhir": D(2025, 2, 28),
    }
    assert str(temuan.pesan) == (
        "membership from 2025-01-31 lies outside the team's life 2025-02-01..2025-02-28"
    )


def test_sk_tim_08_finding_names_the_later_start() -> None:
    s = SistemKerja(
        [tim("A")],
        [anggota(JF_B, selesai=D(2025, 3, 1)), anggota(JF_B, mulai=D(2025, 3, 1)), anggota(JF_B2)],
    )
    [temuan] = periksa_tumpang_tindih(s)
    assert temuan.pesan.data() == {"mulai": D(2025, 3, 1)}
    assert str(temuan.pesan) == "membership from 2025-03-01 overlaps an earlier one"


def test_sk_tim_05_finding_names_the_home_instansi_and_the_start(org: Instansi) -> None:
    luar = anggota("199001012015011001", mulai=D(2025, 3, 1), instansi="BPS")
    [temuan] = periksa_anggota(
        SistemKerja([tim("A")], [anggota(JF_B, peran=Peran.KETUA), luar]), org
    )
    assert temuan.pesan.data() == {"instansi": "BPS", "tanggal": D(2025, 3, 1)}
    assert str(temuan.pesan) == "no agreement of BPS dated on or before 2025-03-01"


def test_sk_tim_06_09_findings_name_the_jenjang(org: Instansi) -> None:
    s = SistemKerja([tim("A")], [anggota(JF_M2, peran=Peran.KETUA), anggota(ADMIN)])
    [anggota_] = periksa_anggota(s, org)
    assert anggota_.pesan.data() == {"jenjang": Jenjang.ADMINISTRATOR}
    assert str(anggota_.pesan) == "member is Administrator"
    keahlian = KebijakanSistemKerja(
        jenjang_ketua={j for j in Jenjang if j.is_fungsional}, jenjang_anggota=set(Jenjang)
    )
    [ketua] = periksa_anggota(s, org, keahlian)
    assert (ketua.kode, ketua.pesan.data()) == ("SK-TIM-06", {"jenjang": Jenjang.PELAKSANA})
    assert str(ketua.pesan) == "ketua is Pelaksana"


def test_sk_tim_04_findings_name_the_penetap_the_date_and_the_units(org: Instansi) -> None:
    lintas = [anggota(JF_B, peran=Peran.KETUA), anggota(JF_P2)]
    [di_luar] = periksa_penetap(SistemKerja([tim("A")], lintas), org)
    assert str(di_luar.pesan) == (
        f"penetap {_orang(KEPALA['M1.P1'])} does not head a unit above M1.P2"
    )
    [bukan_kepala] = periksa_penetap(SistemKerja([tim("A", penetap=JF_B)], lintas), org)
    assert str(bukan_kepala.pesan) == (
        f"penetap {_orang(JF_B)} holds no allowed head post on 2025-01-01"
    )


def test_sk_tugas_01_finding_names_the_period_and_the_months(org: Instansi) -> None:
    p = Periode(D(2025, 3, 1), D(2026, 3, 1))
    s = SistemKerja(penugasan=[Penugasan("P", KEPALA["M1.P1"], "x", p, penerima=JF_B)])
    [temuan] = periksa_penugasan(s, org)
    assert temuan.pesan.data() == {"mulai": D(2025, 3, 1), "selesai": D(2026, 3, 1), "bulan": 12}
    assert str(temuan.pesan) == "2025-03-01..2026-03-01 is longer than 12 months"


def test_sk_tim_kebijakan_refusals_name_the_field_and_the_value() -> None:
    """SK-TIM-06/07/09 policy: a bad set of jenjang or a cap not above 0 is refused with the
    field (class and attribute) and the value given."""
    with pytest.raises(InvalidTypeError) as galat:
        KebijakanSistemKerja(jenjang_ketua={"AHLI_MUDA"})  # type: ignore[arg-type]
    assert str(galat.value) == (
        "KebijakanSistemKerja.jenjang_ketua: expected a frozenset of Jenjang, "
        "got frozenset({'AHLI_MUDA'}) (frozenset)"
    )
    with pytest.raises(InvalidValueError) as galat_batas:
        KebijakanSistemKerja(batas_alokasi=Fraction(-1, 2))
    assert str(galat_batas.value) == "KebijakanSistemKerja.batas_alokasi: must be > 0, got -1/2"
