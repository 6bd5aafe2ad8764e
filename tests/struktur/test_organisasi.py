"""Instansi: construction errors, operations, atasan langsung (STR-ATASAN-01), Pejabat Penilai
Kinerja (STR-PENILAI-01/02) and periksa_instansi (STR-KEPALA-01 and the rest)."""

from __future__ import annotations

import contextlib
import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from birokrasi import BirokrasiError, InvalidTypeError, InvalidValueError, NotFoundError
from birokrasi.struktur import (
    NIP,
    Delegasi,
    Golongan,
    Instansi,
    Jabatan,
    Jenjang,
    Pegawai,
    Pejabat,
    PejabatLuar,
    Penempatan,
    UnitOrganisasi,
    periksa_instansi,
)
from birokrasi.testing import instansi, tanggal

D = dt.date
AWAL = D(2024, 1, 1)
J = Jenjang

KEPALA = "197203141998031003"
SEKRETARIS = "197709222002122004"
KASUBBAG = "196804151993031002"
STAF = "198805172012121001"
JF = "199307142019031008"
PLT = "198302252008012011"
PPPK = "199203152022212001"

KEPALA_DINAS = Jabatan("Kepala Dinas", J.JPT_PRATAMA)
SEKDIS = Jabatan("Sekretaris", J.ADMINISTRATOR)
KASUB = Jabatan("Kasubbag", J.PENGAWAS)
PRAKOM = Jabatan("Pranata Komputer Ahli Pertama", J.AHLI_PERTAMA)
PRAKOM_MUDA = Jabatan("Pranata Komputer Ahli Muda", J.AHLI_MUDA)
PELAKSANA = Jabatan("Pengadministrasi Perkantoran", J.PELAKSANA)

UNIT = (
    UnitOrganisasi("D", "Dinas", jenjang_kepala=J.JPT_PRATAMA),
    UnitOrganisasi("S", "Sekretariat", "D", jenjang_kepala=J.ADMINISTRATOR),
    UnitOrganisasi("U", "Subbag Umum", "S", jenjang_kepala=J.PENGAWAS),
    UnitOrganisasi("B", "Bidang", "D"),
)
PEGAWAI = (
    Pegawai(KEPALA, "Kepala", Golongan.IV_C),
    Pegawai(SEKRETARIS, "Sekretaris", Golongan.IV_B),
    Pegawai(KASUBBAG, "Kasubbag", Golongan.III_D),
    Pegawai(STAF, "Staf", Golongan.II_C),
    Pegawai(JF, "JF", Golongan.III_B),
    Pegawai(PLT, "Plt", Golongan.III_D),
    Pegawai(PPPK, "PPPK"),
)


SEKDA = "196905121994031005"
LUAR = (PejabatLuar(SEKDA, "Sekda", Jabatan("Sekda", J.JPT_PRATAMA), "SETDA", D(2000, 1, 1)),)
"""The official above the root unit every test instansi declares (STR-ATASAN-02)."""


def org(*extra: Penempatan, delegasi: tuple[Delegasi, ...] = ()) -> Instansi:
    """Kepala and Sekretaris throughout; Kasubbag until 2024-06-30; Staf in U, JF in B; the
    Sekda above the Dinas."""
    return Instansi(
        "Dinas Uji",
        UNIT,
        PEGAWAI,
        (
            Penempatan(KEPALA, KEPALA_DINAS, "D", AWAL, kepala=True),
            Penempatan(SEKRETARIS, SEKDIS, "S", AWAL, kepala=True),
            Penempatan(KASUBBAG, KASUB, "U", AWAL, D(2024, 6, 30), kepala=True),
            Penempatan(STAF, PELAKSANA, "U", AWAL),
            Penempatan(JF, PRAKOM, "B", AWAL),
            *extra,
        ),
        delegasi,
        pejabat_luar=LUAR,
    )


def nips(p: Pejabat | None) -> str | None:
    return None if p is None else str(p.nip)


# -- value types ---------------------------------------------------------------------------


def test_unit_validation() -> None:
    with pytest.raises(InvalidValueError, match="its own parent"):
        UnitOrganisasi("A", "A", "A")
    with pytest.raises(InvalidValueError, match=r"UnitOrganisasi.jenjang_kepala"):
        UnitOrganisasi("A", "A", jenjang_kepala=J.AHLI_MADYA)
    with pytest.raises(InvalidTypeError, match=r"UnitOrganisasi.jenjang_kepala"):
        UnitOrganisasi("A", "A", jenjang_kepala="Pengawas")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"UnitOrganisasi.kode"):
        UnitOrganisasi("", "A")


def test_pegawai_pns_pppk_golongan() -> None:
    assert Pegawai(STAF, "Staf", Golongan.II_C).nip == NIP(STAF)
    assert Pegawai(PPPK, "P").jenis_asn.name == "PPPK"
    with pytest.raises(InvalidValueError, match=r"Pegawai.golongan: .* PPPK has no golongan"):
        Pegawai(PPPK, "P", Golongan.III_A)
    with pytest.raises(InvalidTypeError, match=r"Pegawai.nip"):
        Pegawai(1, "P")  # type: ignore[arg-type]


def test_penempatan_and_delegasi_validation() -> None:
    p = Penempatan(STAF, PELAKSANA, "U", D(2024, 1, 1), D(2024, 1, 1))
    assert p.aktif_pada(D(2024, 1, 1))
    assert not p.aktif_pada(D(2024, 1, 2))
    with pytest.raises(InvalidValueError, match=r"Penempatan.selesai"):
        Penempatan(STAF, PELAKSANA, "U", D(2024, 1, 2), D(2024, 1, 1))
    with pytest.raises(InvalidTypeError, match=r"Penempatan.kepala"):
        Penempatan(STAF, PELAKSANA, "U", AWAL, kepala=1)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="tanggal"):
        p.aktif_pada(dt.datetime(2024, 1, 1))
    with pytest.raises(InvalidValueError, match="cannot rate themself"):
        Delegasi(STAF, STAF, AWAL)
    with pytest.raises(InvalidValueError, match=r"Delegasi.selesai"):
        Delegasi(KEPALA, STAF, D(2024, 2, 1), D(2024, 1, 1))
    assert Delegasi(KEPALA, STAF, AWAL).aktif_pada(D(2030, 1, 1))


# -- construction errors ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("unit", "pesan"),
    [
        ((UNIT[0], UNIT[0]), "duplicate kode 'D'"),
        ((UNIT[0], UnitOrganisasi("X", "X", "Y")), "parent 'Y' of 'X' does not exist"),
        ((UNIT[0], UnitOrganisasi("X", "X")), "more than one root"),
        (
            (UNIT[0], UnitOrganisasi("X", "X", "Y"), UnitOrganisasi("Y", "Y", "X")),
            "cycle",
        ),
        ((UnitOrganisasi("X", "X", "Y"), UnitOrganisasi("Y", "Y", "X")), "cycle"),
    ],
)
def test_construction_rejects_bad_trees(unit: tuple[UnitOrganisasi, ...], pesan: str) -> None:
    with pytest.raises(InvalidValueError, match=pesan):
        Instansi("X", unit)


def test_construction_rejects_bad_references() -> None:
    base = org()
    with pytest.raises(InvalidValueError, match="duplicate NIP"):
        base.tambah_pegawai(Pegawai(STAF, "lagi"))
    with pytest.raises(InvalidValueError, match=r"penempatan\[5\]: unknown NIP"):
        base.tempatkan(Penempatan("199001012015031001", PRAKOM, "B", AWAL))
    with pytest.raises(InvalidValueError, match="unknown unit 'Z'"):
        base.tempatkan(Penempatan(PLT, PRAKOM, "Z", AWAL))
    with pytest.raises(InvalidValueError, match="has no head post"):
        base.tempatkan(Penempatan(PLT, KASUB, "B", AWAL, kepala=True))
    with pytest.raises(InvalidValueError, match=r"delegasi\[0\].penilai: unknown NIP"):
        base.tambah_delegasi(Delegasi("199001012015031001", STAF, AWAL))
    with pytest.raises(InvalidValueError, match=r"delegasi\[0\].dinilai: unknown NIP"):
        base.tambah_delegasi(Delegasi(STAF, "199001012015031001", AWAL))
    with pytest.raises(InvalidTypeError, match=r"Instansi.unit"):
        Instansi("X", ["D"])  # type: ignore[list-item]


def test_instansi_takes_generators_and_refuses_a_set_or_a_mapping() -> None:
    """Like every tuple field of the library: a generator is consumed once; a set (no order)
    or a mapping (its keys) is refused naming the field."""
    assert Instansi("X", (u for u in UNIT)).unit == UNIT
    for salah in (set(UNIT), dict.fromkeys(UNIT)):
        with pytest.raises(InvalidTypeError, match=r"^Instansi\.unit: expected a tuple of"):
            Instansi("X", salah)  # type: ignore[arg-type]


def test_construction_rejects_overlaps() -> None:
    base = org()
    with pytest.raises(InvalidValueError, match=rf"NIP {STAF} \(Staf\) has two overlapping"):
        base.tempatkan(Penempatan(STAF, PELAKSANA, "B", D(2025, 1, 1)))
    with pytest.raises(InvalidValueError, match="head post of 'S' has two overlapping"):
        base.tempatkan(Penempatan(PLT, SEKDIS, "S", D(2025, 1, 1), kepala=True))
    # touching is not overlapping: the Kasubbag post is free from 2024-07-01
    assert base.tempatkan(Penempatan(PLT, KASUB, "U", D(2024, 7, 1), kepala=True))
    with pytest.raises(InvalidValueError, match="head post of 'U'"):
        base.tempatkan(Penempatan(PLT, KASUB, "U", D(2024, 6, 30), kepala=True))
    dua = (Delegasi(KEPALA, STAF, AWAL), Delegasi(SEKRETARIS, STAF, D(2025, 1, 1)))
    with pytest.raises(InvalidValueError, match="delegation for"):
        org(delegasi=dua)


# -- operations ------------------------------------------------------------------------------


def test_operations_return_new_values() -> None:
    base = org()
    before = (base.unit, base.pegawai, base.penempatan, base.delegasi, hash(base))
    baru = (
        base.tambah_unit(UnitOrganisasi("B2", "Bidang 2", "D"))
        .tempatkan(Penempatan(PLT, PRAKOM_MUDA, "B2", AWAL))
        .tambah_delegasi(Delegasi(SEKRETARIS, PLT, AWAL))
        .akhiri_penempatan(JF, D(2024, 12, 31))
    )
    assert (base.unit, base.pegawai, base.penempatan, base.delegasi, hash(base)) == before
    assert base != baru
    assert base.penempatan_pada(JF, D(2025, 1, 1)) is not None
    assert baru.penempatan_pada(JF, D(2025, 1, 1)) is None
    assert baru.riwayat_penempatan(JF)[0].selesai == D(2024, 12, 31)
    assert len(baru.penempatan) == len(base.penempatan) + 1
    assert org() == base
    assert hash(org()) == hash(base)


def test_akhiri_penempatan_needs_a_placement() -> None:
    with pytest.raises(NotFoundError, match="holds no placement"):
        org().akhiri_penempatan(PLT, D(2024, 5, 1))


def test_empty_instansi() -> None:
    kosong = Instansi("Kosong")
    assert kosong.unit_akar is None
    assert kosong.penempatan_aktif(AWAL) == ()
    assert periksa_instansi(kosong, AWAL) == ()


# -- lookups ---------------------------------------------------------------------------------


def test_lookups() -> None:
    o = org()
    assert o.unit_akar == UNIT[0]
    assert o.cari_unit("U").nama == "Subbag Umum"
    assert [u.kode for u in o.sub_unit("D")] == ["S", "B"]
    assert [u.kode for u in o.jalur("U")] == ["D", "S", "U"]
    assert o.cari_pegawai(NIP(STAF)).nama == "Staf"
    assert o.riwayat_penempatan(PLT) == ()
    assert o.penempatan_pada(PLT, AWAL) is None
    assert o.penempatan_pada(STAF, D(2023, 12, 31)) is None
    assert [str(p.nip) for p in o.penempatan_aktif(D(2024, 7, 1))] == [KEPALA, SEKRETARIS, STAF, JF]
    with pytest.raises(NotFoundError, match="no unit with kode 'Z'"):
        o.cari_unit("Z")
    with pytest.raises(NotFoundError, match="no pegawai with NIP"):
        o.cari_pegawai("199001012015031001")
    with pytest.raises(InvalidTypeError, match="nip"):
        o.cari_pegawai(199001012015031001)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="kode"):
        o.cari_unit(None)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="tanggal"):
        o.kepala_unit("D", "2024-01-01")  # type: ignore[arg-type]


# -- STR-ATASAN-01 ---------------------------------------------------------------------------


def test_str_atasan_01_head_of_own_unit_then_parent_for_heads() -> None:
    o = org()
    t = D(2024, 3, 1)
    assert nips(o.atasan_langsung(STAF, t)) == KASUBBAG
    assert nips(o.atasan_langsung(KASUBBAG, t)) == SEKRETARIS
    assert nips(o.atasan_langsung(SEKRETARIS, t)) == KEPALA
    assert nips(o.atasan_langsung(KEPALA, t)) == SEKDA  # STR-ATASAN-02
    assert attrs.evolve(o, pejabat_luar=()).atasan_langsung(KEPALA, t) is None


def test_str_atasan_01_walks_up_past_vacant_and_missing_head_posts() -> None:
    o = org()
    assert nips(o.kepala_unit("U", D(2024, 6, 30))) == KASUBBAG
    assert o.kepala_unit("U", D(2024, 7, 1)) is None
    assert nips(o.atasan_langsung(STAF, D(2024, 6, 30))) == KASUBBAG
    assert nips(o.atasan_langsung(STAF, D(2024, 7, 1))) == SEKRETARIS
    assert nips(o.atasan_langsung(JF, D(2024, 7, 1))) == KEPALA  # bidang without a head post


def test_str_atasan_01_unplaced_pegawai() -> None:
    with pytest.raises(NotFoundError, match="holds no placement"):
        org().atasan_langsung(PLT, AWAL)
    with pytest.raises(NotFoundError, match="no pegawai"):
        org().atasan_langsung("199001012015031001", AWAL)


# -- STR-PENILAI-01/02 -----------------------------------------------------------------------


def test_str_penilai_01_is_the_atasan_when_at_least_pengawas() -> None:
    o = org()
    assert nips(o.pejabat_penilai(STAF, D(2024, 3, 1))) == KASUBBAG
    assert nips(o.pejabat_penilai(STAF, D(2024, 7, 1))) == SEKRETARIS
    assert nips(o.pejabat_penilai(KEPALA, D(2024, 7, 1))) == SEKDA  # STR-ATASAN-02
    assert attrs.evolve(o, pejabat_luar=()).pejabat_penilai(KEPALA, D(2024, 7, 1)) is None


def test_str_penilai_01_skips_a_non_manajerial_acting_head() -> None:
    plt = Penempatan(PLT, PRAKOM_MUDA, "U", D(2024, 7, 1), kepala=True)
    o = org(plt)
    t = D(2024, 8, 1)
    assert nips(o.atasan_langsung(STAF, t)) == PLT
    assert nips(o.pejabat_penilai(STAF, t)) == SEKRETARIS
    assert [p.kode for p in periksa_instansi(o, t)] == ["STR-KEPALA-01"]


def test_str_penilai_02_delegation() -> None:
    ke_sekretaris = Delegasi(SEKRETARIS, JF, D(2024, 3, 1), D(2024, 3, 31))
    o = org(delegasi=(ke_sekretaris,))
    assert nips(o.pejabat_penilai(JF, D(2024, 3, 15))) == SEKRETARIS
    assert o.delegasi_pada(JF, D(2024, 3, 15)) == ke_sekretaris
    assert nips(o.pejabat_penilai(JF, D(2024, 4, 1))) == KEPALA
    assert o.delegasi_pada(JF, D(2024, 4, 1)) is None
    assert o.delegasi_pada(STAF, D(2024, 4, 1)) is None
    assert periksa_instansi(o, D(2024, 3, 15)) == ()


def test_str_penilai_02_delegation_without_effect() -> None:
    ke_staf = Delegasi(STAF, JF, AWAL)  # a pelaksana cannot rate
    ke_kasubbag = Delegasi(KASUBBAG, STAF, AWAL)  # no longer placed from July 2024
    o = org(delegasi=(ke_staf, ke_kasubbag))
    t = D(2024, 8, 1)
    assert nips(o.pejabat_penilai(JF, t)) == KEPALA
    assert nips(o.pejabat_penilai(STAF, t)) == SEKRETARIS
    temuan = periksa_instansi(o, t)
    assert [(p.kode, p.subjek) for p in temuan] == [
        ("STR-PENILAI-02", JF),
        ("STR-PENILAI-02", STAF),
    ]
    assert "no placement" in str(temuan[1].pesan)


# -- periksa_instansi ------------------------------------------------------------------------


def test_periksa_instansi_findings() -> None:
    unit = (
        UnitOrganisasi("D", "Dinas", jenjang_kepala=J.JPT_PRATAMA),
        UnitOrganisasi("U", "Unit", "D", jenjang_kepala=J.PENGAWAS),
        UnitOrganisasi("B", "Bidang", "D"),
    )
    o = Instansi(
        "X",
        unit,
        PEGAWAI,
        (
            Penempatan(SEKRETARIS, SEKDIS, "U", AWAL, kepala=True),  # wrong jenjang for U
            Penempatan(JF, PRAKOM_MUDA, "B", AWAL),  # III/b in Ahli Muda; no head above
            Penempatan(PLT, PRAKOM_MUDA, "D", AWAL, kepala=True),  # JF as root head
            Penempatan(STAF, PELAKSANA, "U", AWAL),
        ),
    )
    t = D(2024, 5, 1)
    assert [(p.kode, p.subjek) for p in periksa_instansi(o, t)] == [
        ("STR-KEPALA-01", SEKRETARIS),
        ("STR-PENILAI-01", SEKRETARIS),
        ("STR-GOL-01", JF),
        ("STR-PENILAI-01", JF),
        ("STR-KEPALA-01", PLT),
        ("STR-ATASAN-02", PLT),  # the root head with nobody declared above
    ]
    tanpa_kepala = o.akhiri_penempatan(PLT, D(2024, 4, 30))
    assert ("STR-ATASAN-01", JF) in [(p.kode, p.subjek) for p in periksa_instansi(tanpa_kepala, t)]
    with pytest.raises(InvalidTypeError, match="instansi"):
        periksa_instansi("X", t)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="tanggal"):
        periksa_instansi(o, None)  # type: ignore[arg-type]


# -- properties ------------------------------------------------------------------------------

TANGGAL = tanggal(D(2023, 12, 1), D(2026, 1, 31))


def _naive_penempatan(o: Instansi, nip: NIP, t: dt.date) -> Penempatan | None:
    hits = [p for p in o.penempatan if p.nip == nip and p.aktif_pada(t)]
    assert len(hits) <= 1
    return hits[0] if hits else None


def _naive_kepala(o: Instansi, kode: str, t: dt.date) -> Penempatan | None:
    hits = [p for p in o.penempatan if p.kepala and p.unit == kode and p.aktif_pada(t)]
    assert len(hits) <= 1
    return hits[0] if hits else None


def _naive_rantai(o: Instansi, p: Penempatan, t: dt.date) -> list[Penempatan]:
    induk = {u.kode: u.induk for u in o.unit}
    kode = induk[p.unit] if p.kepala else p.unit
    hasil = []
    while kode is not None:
        h = _naive_kepala(o, kode, t)
        if h is not None:
            hasil.append(h)
        kode = induk[kode]
    return hasil


@given(instansi(), st.lists(TANGGAL, min_size=1, max_size=5))
def test_queries_agree_with_a_linear_scan(o: Instansi, dates: list[dt.date]) -> None:
    for t in dates:
        for u in o.unit:
            assert o.kepala_unit(u.kode, t) == _naive_kepala(o, u.kode, t)
        for peg in o.pegawai:
            p = _naive_penempatan(o, peg.nip, t)
            assert o.penempatan_pada(peg.nip, t) == p
            if p is None:
                continue
            rantai = _naive_rantai(o, p, t)
            assert o.atasan_langsung(peg.nip, t) == (rantai[0] if rantai else None)
            manajerial = [h for h in rantai if h.jabatan.jenjang.is_manajerial]
            d = [x for x in o.delegasi if x.dinilai == peg.nip and x.aktif_pada(t)]
            wakil = _naive_penempatan(o, d[0].penilai, t) if d else None
            if wakil is not None and wakil.jabatan.jenjang.is_manajerial:
                assert o.pejabat_penilai(peg.nip, t) == wakil
            else:
                assert o.pejabat_penilai(peg.nip, t) == (manajerial[0] if manajerial else None)


@given(instansi(kepala_akar_tetap=True), TANGGAL)
def test_every_placed_pegawai_but_the_root_head_has_one_atasan(o: Instansi, t: dt.date) -> None:
    akar = o.unit_akar
    assert akar is not None
    for p in o.penempatan_aktif(t):
        atasan = o.atasan_langsung(p.nip, t)
        if p.kepala and p.unit == akar.kode:
            assert atasan is None
        else:
            assert atasan is not None
            assert atasan.kepala
            assert atasan.nip != p.nip
            assert atasan.aktif_pada(t)
        penilai = o.pejabat_penilai(p.nip, t)
        if penilai is not None:
            assert penilai.jabatan.jenjang.is_manajerial  # at least Pengawas
            assert penilai.nip != p.nip


@given(instansi(), TANGGAL, st.data())
def test_operations_never_mutate(o: Instansi, t: dt.date, data: st.DataObject) -> None:
    snapshot = attrs.asdict(o, recurse=False)
    hash_awal = hash(o)
    aktif = o.penempatan_aktif(t)
    if aktif:
        p = data.draw(st.sampled_from(aktif))
        baru = o.akhiri_penempatan(p.nip, t)
        assert baru.penempatan_pada(p.nip, t) is not None
        assert baru.penempatan_pada(p.nip, t + dt.timedelta(days=1)) is None
    o.tambah_unit(UnitOrganisasi("BARU", "Baru", "U0"))
    assert attrs.asdict(o, recurse=False) == snapshot
    assert hash(o) == hash_awal
    periksa_instansi(o, t)


_NILAI = st.from_type(object) | st.text() | st.integers() | st.none()


@given(_NILAI, _NILAI)
def test_bad_input_raises_only_library_errors(a: object, b: object) -> None:
    calls = (
        lambda: UnitOrganisasi(a, "x"),  # type: ignore[arg-type]
        lambda: UnitOrganisasi("x", "y", a, jenjang_kepala=b),  # type: ignore[arg-type]
        lambda: Pegawai(a, b),  # type: ignore[arg-type]
        lambda: Pegawai(STAF, "x", a),  # type: ignore[arg-type]
        lambda: Penempatan(a, PRAKOM, "U", AWAL),  # type: ignore[arg-type]
        lambda: Penempatan(STAF, a, b, AWAL),  # type: ignore[arg-type]
        lambda: Penempatan(STAF, PRAKOM, "U", a, b),  # type: ignore[arg-type]
        lambda: Delegasi(a, b, AWAL),  # type: ignore[arg-type]
        lambda: Delegasi(KEPALA, STAF, a, b),  # type: ignore[arg-type]
        lambda: Instansi(a, b),  # type: ignore[arg-type]
        lambda: Instansi("x", (), a),  # type: ignore[arg-type]
        lambda: org().atasan_langsung(a, b),  # type: ignore[arg-type]
        lambda: org().kepala_unit(a, b),  # type: ignore[arg-type]
    )
    for call in calls:
        with contextlib.suppress(BirokrasiError):
            call()


# -- scale -----------------------------------------------------------------------------------


def test_riwayat_nama_lama_sama_dengan_riwayat_penempatan() -> None:
    """0.1.0's ``Instansi.riwayat`` still answers, as ``riwayat_penempatan``."""
    from birokrasi import contoh

    org = contoh.instansi()
    for p in org.pegawai:
        assert org.riwayat(p.nip) == org.riwayat_penempatan(p.nip)


# -- references to the NIP: birth and appointment ----------------------------------------------


def test_a_placement_cannot_start_before_the_pegawai_is_born() -> None:
    """JF was born on 14 July 1993: a placement from the day before is meaningless."""
    with pytest.raises(
        InvalidValueError,
        match=r"^Penempatan\.mulai: 1993-07-13 is before the birth date 1993-07-14 of "
        r"199307142019031008$",
    ):
        Penempatan(JF, PRAKOM, "B", D(1993, 7, 13))
    assert Penempatan(JF, PRAKOM, "B", D(1993, 7, 14)).mulai == D(1993, 7, 14)


def _satu_orang(nip: str, mulai: dt.date) -> Instansi:
    return Instansi(
        "X",
        (UnitOrganisasi("D", "Dinas", jenjang_kepala=J.JPT_PRATAMA), UnitOrganisasi("B", "B", "D")),
        (Pegawai(KEPALA, "Kepala", Golongan.IV_C), Pegawai(nip, "Orang")),
        (
            Penempatan(KEPALA, KEPALA_DINAS, "D", D(2000, 1, 1), kepala=True),
            Penempatan(nip, PELAKSANA, "B", mulai),
        ),
        pejabat_luar=LUAR,
    )


def test_str_penempatan_01_a_placement_before_the_tmt_is_a_finding() -> None:
    """JF's TMT CPNS is March 2019: a placement from 15 February 2019 starts before it."""
    o = _satu_orang(JF, D(2019, 2, 15))
    (temuan,) = periksa_instansi(o, D(2019, 6, 1))
    assert (temuan.kode, temuan.subjek) == ("STR-PENEMPATAN-01", JF)
    assert "2019-02-15" in str(temuan.pesan)
    assert "TMT CPNS 2019-03-01" in str(temuan.pesan)
    assert periksa_instansi(_satu_orang(JF, D(2019, 3, 1)), D(2019, 6, 1)) == ()


def test_str_penempatan_01_a_check_date_before_the_tmt_is_reported_through_the_placement() -> None:
    """Checked on a day before the TMT, the pegawai holds a post before being appointed."""
    o = _satu_orang(JF, D(2018, 1, 1))
    assert [p.kode for p in periksa_instansi(o, D(2018, 6, 1))] == ["STR-PENEMPATAN-01"]


def test_str_penempatan_01_a_pppk_is_checked_against_1_january_of_the_year() -> None:
    """PPPK's NI PPPK shows appointment in 2022 and no month."""
    assert periksa_instansi(_satu_orang(PPPK, D(2022, 1, 1)), D(2022, 6, 1)) == ()
    temuan = periksa_instansi(_satu_orang(PPPK, D(2021, 12, 31)), D(2022, 6, 1))
    assert [p.kode for p in temuan] == ["STR-PENEMPATAN-01"]
    assert "appointed as calon PPPK in 2022" in str(temuan[0].pesan)


def test_str_nip_03_periksa_instansi_reports_a_placed_pegawai_appointed_too_young() -> None:
    muda = "200206022003072001"
    o = _satu_orang(muda, D(2024, 1, 1))
    assert [(p.kode, p.subjek) for p in periksa_instansi(o, D(2024, 6, 1))] == [
        ("STR-NIP-03", muda)
    ]
    assert periksa_instansi(o, D(2023, 6, 1)) == ()


# -- the findings in Indonesian, the default language (ADR 0017) -----------------------------


@pytest.mark.bahasa_baku
def test_str_kepala_01_jenjang_kepala_dalam_bahasa_indonesia() -> None:
    plt = Penempatan(PLT, PRAKOM_MUDA, "U", D(2024, 7, 1), kepala=True)
    (temuan,) = periksa_instansi(org(plt), D(2024, 8, 1))
    assert temuan.pesan.kode == "STR-KEPALA-01/jenjang-kepala"
    assert str(temuan.pesan) == "Plt menduduki jabatan kepala 'U' (Pengawas) sebagai Ahli Muda"


@pytest.mark.bahasa_baku
def test_str_penilai_02_tanpa_penempatan_dalam_bahasa_indonesia() -> None:
    o = org(delegasi=(Delegasi(KASUBBAG, STAF, AWAL),))
    (temuan,) = periksa_instansi(o, D(2024, 8, 1))
    assert str(temuan.pesan) == (
        f"pendelegasian kepada {KASUBBAG} (Kasubbag) tidak berlaku: penerima delegasi tidak "
        "menduduki penempatan, bukan jabatan manajerial"
    )


@pytest.mark.bahasa_baku
def test_str_atasan_01_tanpa_atasan_dalam_bahasa_indonesia() -> None:
    o = Instansi(
        "X",
        (UnitOrganisasi("D", "Dinas"),),
        (Pegawai(STAF, "Staf", Golongan.II_C),),
        (Penempatan(STAF, PELAKSANA, "D", AWAL),),
    )
    (temuan,) = periksa_instansi(o, AWAL)
    assert temuan.kode == "STR-ATASAN-01"
    assert temuan.pesan.data() == {"pegawai": "Staf", "tanggal": AWAL}
    assert str(temuan.pesan) == "Staf tidak memiliki atasan langsung pada 1 Januari 2024"


@pytest.mark.bahasa_baku
def test_str_atasan_02_tanpa_penilai_dalam_bahasa_indonesia() -> None:
    o = attrs.evolve(org(), pejabat_luar=())
    with pytest.raises(NotFoundError) as info:
        o.pastikan_pejabat_penilai(KEPALA, D(2024, 3, 1))
    assert info.value.kode == "STR-ATASAN-02/tanpa-penilai"
    assert str(info.value).startswith(
        f"Instansi 'Dinas Uji': {KEPALA} (Kepala) tidak memiliki Pejabat Penilai Kinerja pada "
        "1 Maret 2024; nyatakan pejabat di atas unit tertinggi: "
    )


@pytest.mark.bahasa_baku
def test_instansi_tanpa_penempatan_menyebut_nama_dalam_bahasa_indonesia() -> None:
    with pytest.raises(NotFoundError) as info:
        org().atasan_langsung(PLT, AWAL)
    assert str(info.value) == (
        f"Instansi: {PLT} (Plt) tidak menduduki penempatan pada 1 Januari 2024"
    )
    assert info.value.teks("en") == f"Instansi: {PLT} (Plt) holds no placement on 2024-01-01"
