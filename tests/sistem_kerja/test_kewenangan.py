"""SK-TIM-10: every operation that changes a team is by an official who heads, that day, the
team's unit and the unit of each pegawai the change assigns."""

from __future__ import annotations

import attrs
import pytest
from bantu_sistem_kerja import (
    ADMIN,
    JF_B,
    JF_B2,
    JF_M2,
    JF_P2,
    KEPALA,
    ORG,
    PINDAH,
    D,
    anggota,
    tim,
)

from birokrasi import contoh
from birokrasi.errors import AuthorityError, InvalidTypeError, InvalidValueError, NotFoundError
from birokrasi.sistem_kerja import Peran, SistemKerja
from birokrasi.sistem_kerja.kewenangan import ATURAN_PERUBAHAN_TIM, pastikan_wewenang_tim
from birokrasi.struktur import Jabatan, Jenjang, PejabatLuar

DITOLAK = r"SK-TIM-10"
SISTEM = SistemKerja([tim("A"), tim("B", "M1.P2", KEPALA["M1"])], [anggota(JF_B2, "A")])


def _ops(oleh: str) -> dict[str, object]:
    return {"oleh": oleh, "instansi": ORG}


def test_sk_tim_10_the_unit_head_changes_the_team_of_their_unit() -> None:
    s = SISTEM.tambah_anggota(anggota(JF_B, "A"), **_ops(KEPALA["M1.P1"]))  # type: ignore[arg-type]
    assert [k.nip.digit for k in s.anggota_tim("A", D(2025, 3, 1))] == [JF_B2, JF_B]
    s = s.ganti_ketua("A", JF_B, D(2025, 3, 1), **_ops(KEPALA["M1.P1"]))  # type: ignore[arg-type]
    s = s.akhiri_keanggotaan(JF_B2, "A", D(2025, 6, 30), **_ops(KEPALA["M1.P1"]))  # type: ignore[arg-type]
    s = s.bubarkan_tim("A", D(2025, 9, 30), **_ops(KEPALA["M1.P1"]))  # type: ignore[arg-type]
    assert s.cari_tim("A").akhir == D(2025, 9, 30)


@pytest.mark.parametrize(
    ("oleh", "alasan"),
    [
        (KEPALA["M1.P2"], "a sibling unit's head"),
        (KEPALA["M2"], "the head of another branch"),
        (ADMIN, "an Administrator heading a unit below, not above, the team's"),
        (JF_B, "a JF, no head post"),
        (PINDAH, "no post at all that day"),
    ],
)
def test_sk_tim_10_others_may_not_add_a_member(oleh: str, alasan: str) -> None:
    with pytest.raises(AuthorityError, match=DITOLAK):
        SISTEM.tambah_anggota(anggota(JF_B, "A", mulai=D(2025, 8, 1)), **_ops(oleh))  # type: ignore[arg-type]


def test_sk_tim_10_a_member_from_another_unit_needs_the_head_above_both() -> None:
    """JF_P2 sits in M1.P2: the head of M1.P1 cannot assign him to team A, the JPT Madya of
    M1 above both units can."""
    baru = anggota(JF_P2, "A")
    with pytest.raises(AuthorityError, match=r"does not head a unit above M1\.P2.*SK-TIM-10"):
        SISTEM.tambah_anggota(baru, **_ops(KEPALA["M1.P1"]))  # type: ignore[arg-type]
    assert SISTEM.tambah_anggota(baru, **_ops(KEPALA["M1"])).anggota_tim("A", D(2025, 1, 1))  # type: ignore[arg-type]
    dari_luar = anggota(JF_M2, "A", instansi="INSTANSI-LAIN")  # placed elsewhere: team unit only
    with pytest.raises(AuthorityError, match=DITOLAK):
        SISTEM.tambah_anggota(dari_luar, **_ops(KEPALA["M1.P1"]))  # type: ignore[arg-type]


def test_sk_tim_10_moving_needs_authority_over_both_teams() -> None:
    s = SISTEM.tambah_anggota(anggota(JF_B, "B"), **_ops(KEPALA["M1"]))  # type: ignore[arg-type]
    with pytest.raises(AuthorityError, match=r"M1\.P2"):
        s.pindahkan(JF_B, "B", "A", D(2025, 7, 1), **_ops(KEPALA["M1.P1"]))  # type: ignore[arg-type]
    pindah = s.pindahkan(JF_B, "B", "A", D(2025, 7, 1), **_ops(KEPALA["M1"]))  # type: ignore[arg-type]
    assert [t.kode for t in pindah.tim_pegawai(JF_B, D(2025, 7, 1))] == ["A"]


def test_sk_tim_10_the_sk_penetap_must_head_the_team_unit_to_form_it() -> None:
    with pytest.raises(AuthorityError, match=r"bentuk_tim.*SK-TIM-10"):
        SistemKerja().bentuk_tim(tim("C", "M2.P1", KEPALA["M1.P1"]), instansi=ORG)
    assert SistemKerja().bentuk_tim(tim("C", "M2.P1", KEPALA["M2"]), instansi=ORG).tim


def test_sk_tim_10_an_official_above_the_root_heads_every_unit() -> None:
    menteri_nip = "196501011990031001"
    luar = PejabatLuar(
        menteri_nip, "Sekjen", Jabatan("Sekretaris Jenderal", Jenjang.JPT_MADYA), "X", D(2024, 1, 1)
    )
    org = ORG.tambah_pejabat_luar(luar)
    assert pastikan_wewenang_tim(org, menteri_nip, ["M2.P1", "M1.P1.B"], D(2025, 1, 1)) == luar
    with pytest.raises(AuthorityError):
        pastikan_wewenang_tim(ORG, menteri_nip, ["M2.P1"], D(2025, 1, 1))
    bukan_kepala = attrs.evolve(luar, jabatan=Jabatan("Staf Ahli", Jenjang.AHLI_UTAMA))
    with pytest.raises(AuthorityError, match=r"no head post of a jabatan manajerial"):
        pastikan_wewenang_tim(
            ORG.tambah_pejabat_luar(bukan_kepala), menteri_nip, ["M2.P1"], D(2025, 1, 1)
        )


def test_sk_tim_10_arguments() -> None:
    assert ATURAN_PERUBAHAN_TIM.kode == "SK-TIM-10"
    with pytest.raises(NotFoundError, match=r"no unit"):
        pastikan_wewenang_tim(ORG, KEPALA["K"], ["TIDAK-ADA"], D(2025, 1, 1))
    with pytest.raises(InvalidTypeError, match=r"unit"):
        pastikan_wewenang_tim(ORG, KEPALA["K"], 5, D(2025, 1, 1))  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"instansi"):
        pastikan_wewenang_tim("org", KEPALA["K"], [], D(2025, 1, 1))  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"instansi"):
        SISTEM.tambah_anggota(anggota(JF_B, "A"), oleh=KEPALA["K"], instansi=None)  # type: ignore[arg-type]
    assert pastikan_wewenang_tim(ORG, KEPALA["K"], [], D(2025, 1, 1)).unit == "K"
    s = SISTEM.ganti_ketua("A", JF_B2, D(2025, 2, 1), oleh=KEPALA["K"], instansi=ORG)
    assert s.ketua_tim("A", D(2025, 2, 1)).nip.digit == JF_B2  # type: ignore[union-attr]
    assert Peran.KETUA is s.ketua_tim("A", D(2025, 2, 1)).peran  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("argumen", "pesan"),
    [
        (("org", KEPALA["M1"], [], D(2025, 1, 1)), "instansi: expected Instansi, got 'org' (str)"),
        ((ORG, 12, [], D(2025, 1, 1)), "oleh: expected NIP, got 12 (int)"),
        ((ORG, KEPALA["M1"], [], 5), "tanggal: expected date, got 5 (int)"),
        ((ORG, KEPALA["M1"], 5, D(2025, 1, 1)), "unit: expected Iterable[str], got 5"),
    ],
)
def test_sk_tim_10_errors_name_the_argument(argumen: tuple[object, ...], pesan: str) -> None:
    with pytest.raises(InvalidTypeError) as galat:
        pastikan_wewenang_tim(*argumen)  # type: ignore[arg-type]
    assert str(galat.value).startswith(pesan)


def test_sk_tim_10_refusal_names_the_act_the_official_the_units_and_the_rule() -> None:
    dasar = f"(SK-TIM-10, {ATURAN_PERUBAHAN_TIM.dasar})"
    with pytest.raises(AuthorityError) as galat:
        pastikan_wewenang_tim(ORG, JF_B, ["M1"], D(2025, 1, 1))
    assert str(galat.value) == (
        f"tim kerja: Pegawai {JF_B[-3:]} ({JF_B}) holds no head post of a jabatan manajerial "
        f"on 2025-01-01 {dasar}"
    )
    with pytest.raises(AuthorityError) as galat:
        pastikan_wewenang_tim(ORG, KEPALA["M1.P1"], ["M2", "M1.P2", "M2"], D(2025, 1, 1))
    assert str(galat.value) == (
        f"tim kerja: Pegawai {KEPALA['M1.P1'][-3:]} ({KEPALA['M1.P1']}), Kepala M1.P1, does not "
        f"head a unit above M1.P2, M2 on 2025-01-01 {dasar}"
    )


def test_sk_tim_10_a_refused_dissolution_is_named() -> None:
    with pytest.raises(AuthorityError, match=r"^bubarkan_tim: .*SK-TIM-10"):
        SISTEM.bubarkan_tim("A", D(2025, 9, 30), **_ops(KEPALA["M2"]))  # type: ignore[arg-type]


def test_sk_tim_10_a_pejabat_negara_does_not_sign_a_tim_kerja() -> None:
    """ADR 0011: the Bupati above the Dinas is known by a kode, and tim kerja are set and
    changed by the heads of the Dinas's units, who sign by NIP."""
    org = contoh.instansi()
    kode = contoh.struktur.BUPATI.kode
    with pytest.raises(AuthorityError, match=r"BUPATI-CONTOH-2021 is a pejabat negara.*SK-TIM-10"):
        pastikan_wewenang_tim(org, kode, ["DISKOMINFO.IKP"], D(2025, 3, 1))
    with pytest.raises(InvalidValueError, match=r"NIP.digit"):
        pastikan_wewenang_tim(org, "GUBERNUR", ["DISKOMINFO.IKP"], D(2025, 3, 1))


@pytest.mark.bahasa_baku
def test_sk_tim_10_di_luar_unit_dalam_bahasa_indonesia() -> None:
    """The refusal names the official by name and NIP, with the post held."""
    with pytest.raises(AuthorityError) as galat:
        pastikan_wewenang_tim(ORG, KEPALA["M1.P1"], ["M2"], D(2025, 1, 1))
    assert galat.value.kode == "SK-TIM-10/di-luar-unit"
    assert galat.value.kode_aturan == "SK-TIM-10"
    assert str(galat.value) == (
        f"tim kerja: Pegawai {KEPALA['M1.P1'][-3:]} ({KEPALA['M1.P1']}), Kepala M1.P1, tidak "
        "memimpin unit yang membawahi M2 pada 1 Januari 2025 "
        f"(SK-TIM-10, {ATURAN_PERUBAHAN_TIM.dasar})"
    )
