"""KIN-POHON-01 to 03: the pohon kinerja (cascade tree) of a unit's SKPs."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from birokrasi import InvalidTypeError, InvalidValueError, NotFoundError
from birokrasi.contoh import skp as contoh_skp
from birokrasi.katalog import KATALOG
from birokrasi.kinerja.perencanaan import pohon as pohon_modul
from birokrasi.kinerja.perencanaan.pohon import PohonKinerja, periksa_pohon_kinerja, pohon_kinerja
from birokrasi.kinerja.perencanaan.skp import SKP, RujukanRHK
from birokrasi.testing import skp_berjenjang

DAFTAR = contoh_skp.skp()
R = RujukanRHK


def test_example_tree_of_the_agency() -> None:
    pohon = pohon_kinerja(DAFTAR)
    assert repr(pohon) == "PohonKinerja(9 SKP, 14 RHK)"
    assert len(list(pohon)) == len(pohon) == 14
    assert pohon.akar == tuple(
        R("SKP-2025-KADIS", k) for k in ("RHK-1", "RHK-2", "RHK-3", "RHK-4", "RHK-T1")
    )
    assert pohon.anak(R("SKP-2025-KADIS", "RHK-1")) == (
        R("SKP-2025-PRAKOM-DEWI", "RHK-1"),
        R("SKP-2025-PRAKOM-YUSUF", "RHK-1"),
    )
    assert pohon.jalur(R("SKP-2025-RINA-1", "RHK-1")) == (
        R("SKP-2025-RINA-1", "RHK-1"),
        R("SKP-2025-KASUBBAG-1", "RHK-1"),
        R("SKP-2025-SEKRETARIS", "RHK-1"),
        R("SKP-2025-KADIS", "RHK-4"),
    )
    assert pohon.yatim == ()
    assert pohon.siklus == ()
    assert pohon.tanpa_kontributor == (R("SKP-2025-KADIS", "RHK-3"),)
    baris = pohon.baris()
    kadis = pohon.simpul(R("SKP-2025-KADIS", "RHK-1"))
    assert baris[0] == f"- [SKP-2025-KADIS/RHK-1] {kadis.rhk.uraian} ({kadis.nama})"
    assert baris[1].startswith("  - [SKP-2025-PRAKOM-DEWI/RHK-1]")
    assert pohon.simpul(R("SKP-2025-KADIS", "RHK-1")).induk is None


def test_kin_pohon_03_leader_rhk_without_contributor() -> None:
    (temuan,) = periksa_pohon_kinerja(DAFTAR)
    assert (temuan.kode, temuan.subjek) == ("KIN-POHON-03", "SKP-2025-KADIS/RHK-3")


def test_rules_catalogued() -> None:
    for aturan in pohon_modul.ATURAN:
        assert KATALOG[aturan.kode] is aturan
    assert pohon_modul.ATURAN_TANPA_KONTRIBUTOR.tafsiran


def _ubah_intervensi(skp: SKP, kode: str, ke: RujukanRHK | None) -> SKP:
    baru = tuple(attrs.evolve(r, intervensi=ke) if r.kode == kode else r for r in skp.hasil_kerja)
    return attrs.evolve(skp, hasil_kerja=baru)


def test_kin_pohon_01_orphan() -> None:
    daftar = {s.kode: s for s in DAFTAR}
    daftar["SKP-2025-PRAKOM-DEWI"] = _ubah_intervensi(
        daftar["SKP-2025-PRAKOM-DEWI"], "RHK-1", R("SKP-2025-KADIS", "RHK-9")
    )
    pohon = pohon_kinerja(daftar.values())
    assert pohon.yatim == (R("SKP-2025-PRAKOM-DEWI", "RHK-1"),)
    dewi = pohon.simpul(R("SKP-2025-PRAKOM-DEWI", "RHK-1"))
    assert pohon.baris()[-1] == (
        f"- [SKP-2025-PRAKOM-DEWI/RHK-1] {dewi.rhk.uraian} ({dewi.nama}) -- yatim: intervenes "
        "missing SKP-2025-KADIS/RHK-9"
    )
    kode = [(p.kode, p.subjek) for p in periksa_pohon_kinerja(pohon)]
    assert kode == [
        ("KIN-POHON-01", "SKP-2025-PRAKOM-DEWI/RHK-1"),
        ("KIN-POHON-03", "SKP-2025-KADIS/RHK-3"),
    ]


def test_kin_pohon_02_cycle() -> None:
    daftar = {s.kode: s for s in DAFTAR}
    daftar["SKP-2025-KADIS"] = _ubah_intervensi(
        daftar["SKP-2025-KADIS"], "RHK-4", R("SKP-2025-RINA-1", "RHK-1")
    )
    pohon = pohon_kinerja(daftar.values())
    assert pohon.siklus == (
        (
            R("SKP-2025-KADIS", "RHK-4"),
            R("SKP-2025-RINA-1", "RHK-1"),
            R("SKP-2025-KASUBBAG-1", "RHK-1"),
            R("SKP-2025-SEKRETARIS", "RHK-1"),
        ),
    )
    assert pohon.jalur(R("SKP-2025-KADIS", "RHK-4"))[-1] == R("SKP-2025-SEKRETARIS", "RHK-1")
    temuan = [p for p in periksa_pohon_kinerja(pohon) if p.kode == "KIN-POHON-02"]
    assert len(temuan) == 1
    assert temuan[0].subjek == "SKP-2025-KADIS/RHK-4"
    assert str(temuan[0].pesan) == (
        "intervention cycle: SKP-2025-KADIS/RHK-4 -> SKP-2025-RINA-1/RHK-1 -> "
        "SKP-2025-KASUBBAG-1/RHK-1 -> SKP-2025-SEKRETARIS/RHK-1 -> SKP-2025-KADIS/RHK-4"
    )
    assert pohon.baris()[-1] == (
        "- siklus: SKP-2025-KADIS/RHK-4 -> SKP-2025-RINA-1/RHK-1 -> SKP-2025-KASUBBAG-1/RHK-1 "
        "-> SKP-2025-SEKRETARIS/RHK-1"
    )


def test_kin_pohon_02_a_chain_into_a_cycle_is_not_part_of_it() -> None:
    """KADIS/RHK-2 intervenes the Sekretaris, who with the Kasubbag intervene each other: the
    cycle is the two of them, not the chain that leads into it."""
    daftar = {s.kode: s for s in DAFTAR}
    sekretaris, kasubbag = R("SKP-2025-SEKRETARIS", "RHK-1"), R("SKP-2025-KASUBBAG-1", "RHK-1")
    daftar["SKP-2025-KADIS"] = _ubah_intervensi(daftar["SKP-2025-KADIS"], "RHK-2", sekretaris)
    daftar["SKP-2025-SEKRETARIS"] = _ubah_intervensi(
        daftar["SKP-2025-SEKRETARIS"], "RHK-1", kasubbag
    )
    assert pohon_kinerja(daftar.values()).siklus == ((kasubbag, sekretaris),)


def test_self_loop_is_a_cycle() -> None:
    kadis = _ubah_intervensi(DAFTAR[0], "RHK-1", R("SKP-2025-KADIS", "RHK-1"))
    assert pohon_kinerja([kadis]).siklus == ((R("SKP-2025-KADIS", "RHK-1"),),)


def test_bad_input() -> None:
    with pytest.raises(InvalidValueError, match=r"used twice"):
        pohon_kinerja([DAFTAR[0], attrs.evolve(DAFTAR[1], kode=DAFTAR[0].kode)])
    assert len(pohon_kinerja([DAFTAR[0], DAFTAR[0]]).skp) == 1  # the same SKP twice is fine
    with pytest.raises(InvalidTypeError, match=r"skp"):
        pohon_kinerja("SKP")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"skp\[0\]"):
        pohon_kinerja([1])  # type: ignore[list-item]
    pohon = pohon_kinerja(DAFTAR)
    with pytest.raises(NotFoundError, match=r"no RHK X/Y"):
        pohon.simpul(R("X", "Y"))
    with pytest.raises(NotFoundError):
        pohon.anak(R("X", "Y"))
    with pytest.raises(InvalidTypeError, match=r"rujukan"):
        pohon.simpul("X/Y")  # type: ignore[arg-type]


# -- properties ----------------------------------------------------------------------------


@given(skp_berjenjang(tingkat=3), st.randoms(use_true_random=False))
def test_result_does_not_depend_on_skp_order(daftar: list[SKP], acak: object) -> None:
    lain = list(daftar)
    acak.shuffle(lain)  # type: ignore[attr-defined]
    a, b = pohon_kinerja(daftar), pohon_kinerja(lain)
    assert (a.akar, a.yatim, a.siklus, a.tanpa_kontributor) == (
        b.akar,
        b.yatim,
        b.siklus,
        b.tanpa_kontributor,
    )
    assert a.baris() == b.baris()
    assert periksa_pohon_kinerja(daftar) == periksa_pohon_kinerja(lain)


@given(skp_berjenjang(tingkat=3))
def test_generated_cascade_has_no_orphans_or_cycles(daftar: list[SKP]) -> None:
    pohon = pohon_kinerja(daftar)
    assert pohon.yatim == ()
    assert pohon.siklus == ()
    for simpul in pohon:
        assert pohon.jalur(simpul.rujukan)[-1] in pohon.akar


@given(skp_berjenjang(tingkat=3), st.data())
def test_removing_a_leader_rhk_orphans_exactly_its_children(
    daftar: list[SKP], data: st.DataObject
) -> None:
    pohon = pohon_kinerja(daftar)
    diintervensi = {r.skp for x in daftar for r in _induk(x)}
    pimpinan = [s for s in daftar if s.kode in diintervensi]
    atasan = data.draw(st.sampled_from(pimpinan))
    hapus = data.draw(st.sampled_from(atasan.hasil_kerja))
    target = R(atasan.kode, hapus.kode)
    sisa = tuple(r for r in atasan.hasil_kerja if r.kode != hapus.kode)
    baru = [attrs.evolve(s, hasil_kerja=sisa) if s.kode == atasan.kode else s for s in daftar]
    assert set(pohon_kinerja(baru).yatim) == set(pohon.yatim) | set(pohon.anak(target))


def _induk(skp: SKP) -> list[RujukanRHK]:
    return [r.intervensi for r in skp.hasil_kerja if r.intervensi is not None]


def test_pohon_is_a_class_with_slots() -> None:
    assert "__slots__" in vars(PohonKinerja)


@pytest.mark.bahasa_baku
def test_kin_pohon_01_yatim_dalam_bahasa_indonesia() -> None:
    """The orphan's finding and its note in the drawn tree read in Indonesian by default and
    in English on request."""
    daftar = {s.kode: s for s in DAFTAR}
    daftar["SKP-2025-PRAKOM-DEWI"] = _ubah_intervensi(
        daftar["SKP-2025-PRAKOM-DEWI"], "RHK-1", R("SKP-2025-KADIS", "RHK-9")
    )
    pohon = pohon_kinerja(daftar.values())
    assert pohon.baris()[-1].endswith(
        " -- yatim: mengintervensi SKP-2025-KADIS/RHK-9 yang tidak ada"
    )
    assert pohon.baris("en")[-1].endswith(" -- yatim: intervenes missing SKP-2025-KADIS/RHK-9")
    yatim, tanpa = periksa_pohon_kinerja(pohon)
    assert yatim.pesan.kode == "KIN-POHON-01/yatim"
    assert str(yatim.pesan) == (
        "mengintervensi SKP-2025-KADIS/RHK-9, yang tidak terdapat dalam kumpulan SKP"
    )
    assert str(tanpa.pesan) == (
        "Hasil Kerja Utama pimpinan Drs. Bambang Wicaksono, M.Si. (197203141998031003) yang "
        "tidak diintervensi RHK mana pun"
    )
