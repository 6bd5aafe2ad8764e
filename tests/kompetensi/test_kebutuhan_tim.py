"""A team's competency needs and which no member covers (KOM-TIM-01)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import birokrasi.testing as bt
from birokrasi import (
    KebutuhanKompetensi,
    Kompetensi,
    LevelKompetensi,
    ProfilKompetensi,
    SistemKerja,
    TingkatKompetensi,
    kesenjangan_tim,
    periksa_kebutuhan_tim,
)
from birokrasi.contoh import kompetensi as contoh
from birokrasi.contoh import struktur
from birokrasi.contoh.sistem_kerja import TANGGAL_PINDAH, tim_kerja
from birokrasi.errors import InvalidValueError, NotFoundError


def test_KOM_TIM_01_satu_data_lacks_visualisasi_once_dewi_has_left() -> None:
    hasil = contoh.kesenjangan_satu_data()
    assert [str(t) for t in hasil.tidak_tercakup] == ["Visualisasi Data Level 2"]
    oleh = {str(c.syarat): [str(n) for n in c.oleh] for c in hasil.cakupan}
    assert oleh["Analisis Statistik Level 3"] == [struktur.RATNA]
    temuan = periksa_kebutuhan_tim(tim_kerja(), contoh.kebutuhan_tim(), contoh.profil(),
                                   TANGGAL_PINDAH)  # fmt: skip
    assert [(p.kode, p.subjek, str(p.pesan)) for p in temuan] == [
        ("KOM-TIM-01", "TIM-SATUDATA", "no member holds Visualisasi Data Level 2")
    ]


def test_KOM_TIM_01_a_team_not_running_is_not_checked() -> None:
    temuan = periksa_kebutuhan_tim(
        tim_kerja(), contoh.kebutuhan_tim(), contoh.profil(), dt.date(2024, 6, 1)
    )
    assert temuan == ()


def test_needs_name_each_competency_once_and_a_known_team() -> None:
    t = TingkatKompetensi(Kompetensi.teknis("Analisis Data"), LevelKompetensi.LEVEL_2)
    with pytest.raises(InvalidValueError, match=r"^KebutuhanKompetensi\.syarat\[1\]"):
        KebutuhanKompetensi("TIM-X", [t, t])
    with pytest.raises(InvalidValueError, match=r"^KebutuhanKompetensi\.tim"):
        KebutuhanKompetensi(" TIM-X", [t])
    with pytest.raises(NotFoundError, match=r"no team with kode 'TIM-X'"):
        kesenjangan_tim(tim_kerja(), KebutuhanKompetensi("TIM-X", [t]), [], TANGGAL_PINDAH)


def _hari_penilaian(p: ProfilKompetensi) -> tuple[object, dt.date]:
    return (p.nip, p.tanggal)


@given(
    bt.kumpulan_nip().flatmap(
        lambda orang: st.tuples(
            bt.sistem_kerja(orang=orang, max_tim=2, max_anggota=8),
            st.lists(
                bt.profil_kompetensi(orang), max_size=6, unique_by=lambda p: (p.nip, p.tanggal)
            ),
        )
    ),
    bt.kebutuhan_kompetensi("T0"),
    st.dates(bt.AWAL, bt.AKHIR),
)
def test_KOM_TIM_01_a_need_is_covered_exactly_when_a_member_holds_it(
    data: tuple[SistemKerja, list[ProfilKompetensi]],
    kebutuhan: KebutuhanKompetensi,
    tanggal: dt.date,
) -> None:
    sistem, profil = data
    hasil = kesenjangan_tim(sistem, kebutuhan, profil, tanggal)
    anggota = {k.nip for k in sistem.anggota_tim("T0", tanggal)}
    assert [c.syarat for c in hasil.cakupan] == list(kebutuhan.syarat)
    for c in hasil.cakupan:
        assert set(c.oleh) <= anggota
        assert list(c.oleh) == sorted(c.oleh)
    assert hasil == kesenjangan_tim(sistem, kebutuhan, list(reversed(profil)), tanggal)
