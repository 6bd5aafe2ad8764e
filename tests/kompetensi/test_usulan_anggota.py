"""The staffing proposal for a tim kerja (KOM-USUL-01): ranked by fit, explained, deterministic,
and never past the allocation cap (SK-TIM-07) or outside the team's life."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from typing import NamedTuple

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import birokrasi.testing as bt
from birokrasi import (
    NIP,
    Keanggotaan,
    KebijakanSistemKerja,
    KebutuhanKompetensi,
    LevelKompetensi,
    Peran,
    Periode,
    ProfilKompetensi,
    SistemKerja,
    SumberPenilaian,
    SuratKeputusan,
    TimKerja,
    TingkatKompetensi,
    UsulanAnggotaTim,
    periksa_alokasi,
    periksa_ketua,
    periksa_tumpang_tindih,
    usulkan_anggota_tim,
)
from birokrasi.contoh import kompetensi as contoh
from birokrasi.contoh import struktur
from birokrasi.contoh.sistem_kerja import TANGGAL_PINDAH, tim_kerja
from birokrasi.errors import InvalidTypeError, InvalidValueError, NotFoundError


def test_KOM_USUL_01_the_example_proposal_explained() -> None:
    usulan = contoh.usulan_satu_data()
    assert (usulan.tim, usulan.mulai, usulan.akhir) == (
        "TIM-SATUDATA",
        TANGGAL_PINDAH,
        dt.date(2025, 12, 31),
    )
    urutan = [str(c.nip) for c in usulan.calon]
    assert urutan == [struktur.HENDRA, struktur.IRFAN, struktur.YUSUF, struktur.ARIEF,
                      struktur.PUTRI]  # fmt: skip
    hendra = usulan.calon[0]
    assert usulan.terbaik == hendra
    assert hendra.kecocokan == Fraction(3, 4)
    assert [k.kompetensi.nama for k in hendra.kurang] == ["Analisis Statistik"]
    assert (hendra.alokasi_saat_ini, hendra.alokasi_sesudah) == (0, Fraction(1, 2))
    assert hendra.tanggal_penilaian == dt.date(2023, 10, 2)
    assert str(hendra.uraian).startswith(f"1. {struktur.HENDRA}: meets 3 of 4 needs")
    irfan = usulan.calon[1]
    assert irfan.alokasi_saat_ini == Fraction(1, 4)
    ditolak = {str(d.nip): d.kode for d in usulan.ditolak}
    assert ditolak == {struktur.DEWI: "SK-TIM-07", struktur.LINA: "SK-TIM-08"}


def test_KOM_USUL_01_ties_go_to_the_lighter_load_then_the_nip() -> None:
    usulan = contoh.usulan_satu_data()
    arief, putri = usulan.calon[3], usulan.calon[4]
    assert arief.kecocokan == putri.kecocokan == 0
    assert arief.kekurangan < putri.kekurangan
    sama = attrs.evolve(contoh.kebutuhan_tim()[0], syarat=[])
    tanpa_syarat = usulkan_anggota_tim(
        tim_kerja(), sama, [struktur.PUTRI, struktur.ARIEF, struktur.HENDRA], [],
        alokasi=Fraction(1, 2), mulai=TANGGAL_PINDAH,
    )  # fmt: skip
    bebas = sorted([struktur.ARIEF, struktur.HENDRA])
    assert [str(c.nip) for c in tanpa_syarat.calon] == [*bebas, struktur.PUTRI]
    assert all(c.kecocokan == 1 for c in tanpa_syarat.calon)


def test_KOM_USUL_01_the_membership_taking_up_the_proposal() -> None:
    usulan = contoh.usulan_satu_data()
    k = usulan.keanggotaan(struktur.HENDRA)
    assert (k.tim, k.mulai, k.selesai, k.alokasi) == (
        "TIM-SATUDATA",
        TANGGAL_PINDAH,
        None,
        Fraction(1, 2),
    )
    with pytest.raises(InvalidValueError, match=r"is not proposed"):
        usulan.keanggotaan(struktur.DEWI)


def test_KOM_USUL_01_the_cap_is_the_sistem_kerja_policy() -> None:
    longgar = KebijakanSistemKerja(batas_alokasi=Fraction(5, 4))
    usulan = usulkan_anggota_tim(
        tim_kerja(), contoh.kebutuhan_tim()[0], contoh.CALON_SATU_DATA, contoh.profil(),
        alokasi=Decimal("0.5"), mulai=TANGGAL_PINDAH, kebijakan_sistem_kerja=longgar,
    )  # fmt: skip
    assert struktur.DEWI in [str(c.nip) for c in usulan.calon]


def test_bad_input_raises_library_errors() -> None:
    sistem, kebutuhan = tim_kerja(), contoh.kebutuhan_tim()[0]

    def usul(**kw: object) -> UsulanAnggotaTim:
        args: dict[str, object] = {"alokasi": Fraction(1, 2), **kw}
        return usulkan_anggota_tim(sistem, kebutuhan, [struktur.HENDRA], [], **args)  # type: ignore[arg-type]

    with pytest.raises(InvalidValueError, match=r"^alokasi: a share must be above 0"):
        usul(alokasi=0)
    with pytest.raises(InvalidValueError, match=r"^alokasi: a share must be above 0"):
        usul(alokasi=Fraction(3, 2))
    with pytest.raises(InvalidTypeError, match=r"^alokasi: expected an exact number"):
        usul(alokasi=0.5)
    with pytest.raises(InvalidValueError, match=r"^mulai: 2026-01-01 is outside the life"):
        usul(mulai=dt.date(2026, 1, 1))
    with pytest.raises(InvalidTypeError, match=r"^mulai"):
        usul(mulai="2025-07-01")
    with pytest.raises(InvalidTypeError, match=r"^kebijakan_sistem_kerja"):
        usul(kebijakan_sistem_kerja="100%")
    with pytest.raises(InvalidTypeError, match=r"^calon\[0\]"):
        usulkan_anggota_tim(sistem, kebutuhan, [1], [], alokasi=1)  # type: ignore[list-item]
    with pytest.raises(InvalidTypeError, match=r"^calon: expected Iterable\[NIP \| str\]"):
        usulkan_anggota_tim(sistem, kebutuhan, struktur.HENDRA, [], alokasi=1)
    with pytest.raises(NotFoundError, match=r"no team with kode 'TIM-X'"):
        usulkan_anggota_tim(sistem, attrs.evolve(kebutuhan, tim="TIM-X"), [], [], alokasi=1)


# -- properties ------------------------------------------------------------------------------


class Kasus(NamedTuple):
    sistem: SistemKerja
    kebutuhan: KebutuhanKompetensi
    calon: list[NIP]
    profil: list[ProfilKompetensi]
    alokasi: Fraction
    mulai: dt.date


def _hari_penilaian(p: ProfilKompetensi) -> tuple[NIP, dt.date]:
    return (p.nip, p.tanggal)


@st.composite
def kasus(draw: st.DrawFn) -> Kasus:
    orang = draw(bt.kumpulan_nip(8))
    sistem = draw(bt.sistem_kerja(orang=orang, max_tim=2, max_anggota=12))
    tim = sistem.cari_tim("T0")
    return Kasus(
        sistem,
        draw(bt.kebutuhan_kompetensi("T0")),
        draw(st.lists(st.sampled_from(orang), max_size=8)),
        draw(st.lists(bt.profil_kompetensi(orang), max_size=8, unique_by=_hari_penilaian)),
        draw(st.sampled_from([Fraction(1, 4), Fraction(1, 2), Fraction(1)])),
        draw(st.dates(tim.mulai, tim.akhir)),
    )


def _usul(k: Kasus) -> UsulanAnggotaTim:
    return usulkan_anggota_tim(
        k.sistem, k.kebutuhan, k.calon, k.profil, alokasi=k.alokasi, mulai=k.mulai
    )


def _kasus_rekaman_setelah_tim() -> Kasus:
    """Found by hypothesis: a record that starts after its team's last day (an SK-TIM-02
    breach) still blocks a new open record of the same pegawai in that team (SK-TIM-08, as
    tambah_anggota applies it)."""
    orang = NIP("200001012001011001")
    hari = dt.date(2024, 1, 27)
    tim = TimKerja(
        "T0", "Tim T0", "Tujuan tim", "U0", Periode(hari, hari),
        SuratKeputusan("SK/T0", hari, "200001012001011999"),
    )  # fmt: skip
    sistem = SistemKerja([tim], [Keanggotaan(orang, "T0", Peran.KETUA, dt.date(2024, 2, 1))])
    return Kasus(sistem, KebutuhanKompetensi("T0", []), [orang], [], Fraction(1, 4), hari)


def test_SK_TIM_08_a_record_after_the_team_s_end_still_blocks_the_candidate() -> None:
    k = _kasus_rekaman_setelah_tim()
    usulan = _usul(k)
    assert usulan.calon == ()
    assert [d.kode for d in usulan.ditolak] == ["SK-TIM-08"]


def test_the_explanation_of_a_huge_share_is_exact() -> None:
    calon = attrs.evolve(
        contoh.usulan_satu_data().calon[0],
        peringkat=10**5000,
        alokasi_saat_ini=Fraction(10**5000, 3),
    )
    assert str(calon.uraian).startswith("1000")
    assert "%" in str(calon.uraian)


@given(kasus())
@example(_kasus_rekaman_setelah_tim())
def test_KOM_USUL_01_never_past_the_cap_nor_outside_the_team(k: Kasus) -> None:
    """Taking up every proposal at once adds no SK-TIM-07, SK-TIM-08 or SK-TIM-02 finding for
    any proposed pegawai (each is a different person, so their loads do not interact)."""
    usulan = _usul(k)
    tim = k.sistem.cari_tim("T0")
    baru = [usulan.keanggotaan(c.nip) for c in usulan.calon]
    for b in baru:
        assert tim.mulai <= b.mulai <= b.akhir_dalam(tim) == tim.akhir
    sesudah = SistemKerja(k.sistem.tim, [*k.sistem.keanggotaan, *baru], k.sistem.penugasan)
    diusulkan = {str(c.nip) for c in usulan.calon}
    for periksa in (periksa_alokasi, periksa_tumpang_tindih, periksa_ketua):
        lama = [p for p in periksa(k.sistem) if p.subjek.split("/")[-1] in diusulkan]
        kini = [p for p in periksa(sesudah) if p.subjek.split("/")[-1] in diusulkan]
        assert kini == lama
    for c in usulan.calon:
        assert c.alokasi_sesudah == c.alokasi_saat_ini + k.alokasi <= 1


@given(kasus())
def test_KOM_USUL_01_every_candidate_once_ranked_deterministically(k: Kasus) -> None:
    usulan = _usul(k)
    semua = [c.nip for c in usulan.calon] + [d.nip for d in usulan.ditolak]
    assert sorted(semua) == sorted(set(k.calon))
    assert [c.peringkat for c in usulan.calon] == list(range(1, len(usulan.calon) + 1))
    kunci = [(-len(c.cocok), c.kekurangan, c.alokasi_saat_ini, c.nip) for c in usulan.calon]
    assert kunci == sorted(kunci)
    assert [d.nip for d in usulan.ditolak] == sorted(d.nip for d in usulan.ditolak)
    for c in usulan.calon:
        assert len(c.cocok) + len(c.kurang) == len(k.kebutuhan.syarat)


@given(kasus(), st.randoms(use_true_random=False))
def test_KOM_USUL_01_the_order_of_the_inputs_does_not_matter(k: Kasus, acak: object) -> None:
    import random

    assert isinstance(acak, random.Random)
    calon, profil = list(k.calon), list(k.profil)
    acak.shuffle(calon)
    acak.shuffle(profil)
    assert _usul(k._replace(calon=calon, profil=profil)) == _usul(k)


@given(kasus(), bt.nip(nomor_urut=999))
def test_KOM_USUL_01_a_perfect_free_candidate_never_worsens_the_best_fit(
    k: Kasus, pendatang: NIP
) -> None:
    sebelum = _usul(k)
    hasil = [TingkatKompetensi(t.kompetensi, LevelKompetensi.LEVEL_5) for t in k.kebutuhan.syarat]
    sempurna = ProfilKompetensi(pendatang, k.mulai, SumberPenilaian.PENILAIAN_KOMPETENSI, hasil)
    sesudah = _usul(k._replace(calon=[*k.calon, pendatang], profil=[*k.profil, sempurna]))
    assert sesudah.terbaik is not None
    assert sesudah.terbaik.kecocokan == 1
    if sebelum.terbaik is not None:
        assert sesudah.terbaik.kecocokan >= sebelum.terbaik.kecocokan
    assert pendatang in [c.nip for c in sesudah.calon]


@pytest.mark.bahasa_baku
def test_kom_usul_01_uraian_dan_alasan_dalam_bahasa_indonesia() -> None:
    """The explanation and the refusal's reason are messages, Indonesian by default."""
    usulan = contoh.usulan_satu_data()
    assert str(usulan.calon[0].uraian) == (
        f"1. {struktur.HENDRA}: memenuhi 3 dari 4 kebutuhan (Tata Kelola Data Level 3, "
        "Visualisasi Data Level 2, Komunikasi Level 3); kurang: Analisis Statistik: dibutuhkan "
        "Level 3, dimiliki Level 2; alokasi 0%, menjadi 50% bersama tim ini"
    )
    dewi, lina = usulan.ditolak
    assert dewi.alasan.kode == "SK-TIM-07/usulan-melebihi-batas"
    assert dewi.alasan.kode_aturan == dewi.kode
    assert str(dewi.alasan) == (
        "75% sudah dialokasikan pada salah satu hari dalam 1 Juli 2025 s.d. 31 Desember 2025; "
        "dengan tambahan 50% melampaui batas 100%"
    )
    assert lina.alasan.kode_aturan == lina.kode == "SK-TIM-08"
    assert str(lina.alasan) == "sudah tercatat dalam TIM-SATUDATA pada atau sesudah 1 Juli 2025"
