"""Layers up to the JPT and spans of control on a date (birokrasi.struktur.hierarki): read off
the atasan langsung (STR-ATASAN-01) and the Pejabat Penilai Kinerja (STR-PENILAI-01/02)."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from birokrasi import InvalidTypeError, contoh
from birokrasi.struktur import (
    NIP,
    Delegasi,
    Instansi,
    Jabatan,
    Jenjang,
    Pegawai,
    Penempatan,
    UnitOrganisasi,
    kedalaman_unit,
    lapisan_pegawai,
    rantai_terpanjang,
    rentang_kendali,
)
from birokrasi.struktur.unsur import PejabatLuar
from birokrasi.testing import instansi, tanggal

D = dt.date
AWAL = D(2021, 1, 1)
HARI = D(2021, 6, 30)
J = Jenjang

KADIS = "197203141998031003"
KABID = "197709222002122004"
KASI = "196804151993031002"
STAF = "198805172012121001"
JF = "199307142019031008"
SEKDA = "196905121994031005"


def _org(*, kabid: bool = True) -> Instansi:
    """Dinas > Bidang (Administrator) > Seksi (Pengawas): a staff member in the seksi and a
    JF in the bidang. Without ``kabid`` the bidang head post is vacant."""
    unit = (
        UnitOrganisasi("D", "Dinas", jenjang_kepala=J.JPT_PRATAMA),
        UnitOrganisasi("D.B", "Bidang", "D", jenjang_kepala=J.ADMINISTRATOR),
        UnitOrganisasi("D.B.S", "Seksi", "D.B", jenjang_kepala=J.PENGAWAS),
    )
    orang = [Pegawai(n, f"P{n[-3:]}") for n in (KADIS, KABID, KASI, STAF, JF)]
    tempat = [
        Penempatan(KADIS, Jabatan("Kepala Dinas", J.JPT_PRATAMA), "D", AWAL, kepala=True),
        Penempatan(KASI, Jabatan("Kepala Seksi", J.PENGAWAS), "D.B.S", AWAL, kepala=True),
        Penempatan(STAF, Jabatan("Pengadministrasi", J.PELAKSANA), "D.B.S", AWAL),
        Penempatan(JF, Jabatan("Pranata Komputer Ahli Muda", J.AHLI_MUDA), "D.B", AWAL),
    ]
    if kabid:
        tempat.append(
            Penempatan(KABID, Jabatan("Kepala Bidang", J.ADMINISTRATOR), "D.B", AWAL, kepala=True)
        )
    luar = PejabatLuar(SEKDA, "Sekda", Jabatan("Sekda", J.JPT_PRATAMA), "SETDA", AWAL)
    return Instansi("Dinas", unit, orang, tempat, pejabat_luar=(luar,))


def _lapisan(org: Instansi) -> dict[str, int | None]:
    return {str(x.nip): x.lapisan for x in lapisan_pegawai(org, HARI)}


def test_str_atasan_01_layers_count_the_chain_up_to_the_jpt() -> None:
    org = _org()
    assert _lapisan(org) == {KADIS: 0, KABID: 1, KASI: 2, STAF: 3, JF: 2}
    staf = next(x for x in lapisan_pegawai(org, HARI) if str(x.nip) == STAF)
    assert [str(n) for n in staf.rantai] == [KASI, KABID, KADIS]
    assert str(staf.jpt) == KADIS
    assert [str(x.nip) for x in rantai_terpanjang(org, HARI)] == [STAF]
    assert kedalaman_unit(org) == 3


def test_str_atasan_01_a_vacant_post_shortens_the_chain() -> None:
    assert _lapisan(_org(kabid=False)) == {KADIS: 0, KASI: 1, STAF: 2, JF: 1}


def test_officials_above_the_root_are_not_a_layer() -> None:
    """The Sekda leads the Kepala Dinas (STR-ATASAN-02) but is not the JPT of a unit of the
    instansi; without a JPT inside, nobody has a layer count."""
    org = _org()
    bukan_jpt = attrs.evolve(
        org,
        unit=(attrs.evolve(org.unit[0], jenjang_kepala=J.ADMINISTRATOR), *org.unit[1:]),
        penempatan=(
            attrs.evolve(org.penempatan[0], jabatan=Jabatan("Kepala", J.ADMINISTRATOR)),
            *org.penempatan[1:],
        ),
    )
    hasil = lapisan_pegawai(bukan_jpt, HARI)
    assert {x.lapisan for x in hasil} == {None}
    assert {x.jpt for x in hasil} == {None}
    assert rantai_terpanjang(bukan_jpt, HARI) == ()
    assert NIP(SEKDA) not in {r.pimpinan for r in rentang_kendali(org, HARI)}


def test_str_penilai_01_span_of_control_direct_reports_and_rated() -> None:
    hasil = {str(r.pimpinan): r for r in rentang_kendali(_org(), HARI)}
    assert set(hasil) == {KADIS, KABID, KASI}
    assert [str(n) for n in hasil[KABID].bawahan_langsung] == [KASI, JF]
    assert [str(n) for n in hasil[KABID].bawahan_jf] == [JF]
    assert [str(n) for n in hasil[KABID].dinilai_jf] == [JF]
    assert hasil[KADIS].rentang == 1


def test_str_penilai_02_a_delegation_moves_the_rating_not_the_report() -> None:
    org = _org().tambah_delegasi(Delegasi(KADIS, JF, AWAL))
    hasil = {str(r.pimpinan): r for r in rentang_kendali(org, HARI)}
    assert [str(n) for n in hasil[KABID].bawahan_langsung] == [KASI, JF]
    assert hasil[KABID].dinilai_jf == ()
    assert [str(n) for n in hasil[KADIS].dinilai_jf] == [JF]


def test_example_agency_after_penyetaraan() -> None:
    org = contoh.instansi()
    lapisan = lapisan_pegawai(org, contoh.TANGGAL_DEMO)
    assert len(lapisan) == len(org.penempatan_aktif(contoh.TANGGAL_DEMO))
    assert max(x.lapisan or 0 for x in lapisan) == 2
    jf = [x for x in lapisan if x.jabatan.jenjang.is_fungsional and x.unit.count(".") == 1]
    assert jf
    assert all(x.lapisan == 1 for x in jf if "SEKRETARIAT" not in x.unit)


@pytest.mark.parametrize("fungsi", [lapisan_pegawai, rantai_terpanjang, rentang_kendali])
def test_bad_arguments_are_refused(fungsi: object) -> None:
    assert callable(fungsi)
    with pytest.raises(InvalidTypeError, match="instansi"):
        fungsi("instansi", HARI)
    with pytest.raises(InvalidTypeError, match="tanggal"):
        fungsi(_org(), "2021-06-30")
    with pytest.raises(InvalidTypeError, match="instansi"):
        kedalaman_unit("instansi")  # type: ignore[arg-type]


@given(instansi(kepala_akar_tetap=True), tanggal())
def test_layers_are_bounded_by_the_depth_of_the_tree(o: Instansi, hari: dt.date) -> None:
    kedalaman = kedalaman_unit(o)
    for x in lapisan_pegawai(o, hari):
        assert x.lapisan is None or 0 <= x.lapisan <= kedalaman
        assert len(x.rantai) <= kedalaman
        assert x.nip not in x.rantai


@given(instansi(), tanggal())
def test_spans_add_up_to_the_pegawai_with_a_superior_inside(o: Instansi, hari: dt.date) -> None:
    aktif = o.penempatan_aktif(hari)
    dengan_atasan = [p for p in aktif if isinstance(o.atasan_langsung(p.nip, hari), Penempatan)]
    dinilai = [p for p in aktif if isinstance(o.pejabat_penilai(p.nip, hari), Penempatan)]
    rentang = rentang_kendali(o, hari)
    assert sum(r.rentang for r in rentang) == len(dengan_atasan)
    assert sum(len(r.dinilai) for r in rentang) == len(dinilai)
    for r in rentang:
        assert set(r.bawahan_jf) <= set(r.bawahan_langsung)
        assert set(r.dinilai_jf) <= set(r.dinilai)


@given(instansi(), tanggal(), st.data())
def test_results_do_not_depend_on_the_order_of_the_records(
    o: Instansi, hari: dt.date, data: st.DataObject
) -> None:
    lain = Instansi(
        o.nama,
        data.draw(st.permutations(o.unit)),
        data.draw(st.permutations(o.pegawai)),
        data.draw(st.permutations(o.penempatan)),
        data.draw(st.permutations(o.delegasi)),
        pejabat_luar=o.pejabat_luar,
    )
    assert lapisan_pegawai(lain, hari) == lapisan_pegawai(o, hari)
    assert rentang_kendali(lain, hari) == rentang_kendali(o, hari)
    assert kedalaman_unit(lain) == kedalaman_unit(o)
