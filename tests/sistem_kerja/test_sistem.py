"""SistemKerja: append-only operations, their refusals, and indexed queries (checked against a
naive scan on random aggregates)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest
from bantu_sistem_kerja import JF_B, JF_B2, JF_M2, JF_P2, KEPALA, OLEH, ORG, TAHUN, D, anggota, tim
from hypothesis import given
from hypothesis import strategies as st

from birokrasi.errors import (
    AuthorityError,
    BirokrasiError,
    InvalidTypeError,
    InvalidValueError,
    NotFoundError,
)
from birokrasi.periode import Periode
from birokrasi.sistem_kerja import (
    Keanggotaan,
    Penugasan,
    Peran,
    PersetujuanLintasInstansi,
    SistemKerja,
    periksa_tumpang_tindih,
)
from birokrasi.testing import AKHIR, AWAL, kumpulan_nip, operasi, sistem_kerja, terapkan

# -- operations: exact boundaries --------------------------------------------------------


def test_pindahkan_ends_the_day_before_and_starts_on_the_day(sistem_dasar: SistemKerja) -> None:
    s = sistem_dasar.bentuk_tim(tim("C", "M2.P1", KEPALA["K"]), instansi=ORG)
    baru = s.pindahkan(JF_B, "B", "C", D(2025, 7, 1), alokasi=Fraction(1, 4), **OLEH)
    assert [t.kode for t in baru.tim_pegawai(JF_B, D(2025, 6, 30))] == ["A", "B"]
    assert [t.kode for t in baru.tim_pegawai(JF_B, D(2025, 7, 1))] == ["A", "C"]
    lama = next(k for k in baru.riwayat_keanggotaan(JF_B) if k.tim == "B")
    assert lama.selesai == D(2025, 6, 30)
    assert baru.riwayat_keanggotaan(JF_B)[-1].alokasi == Fraction(1, 4)
    assert s.tim_pegawai(JF_B, D(2025, 7, 1)) == (s.cari_tim("A"), s.cari_tim("B"))  # unchanged


def test_pindahkan_keeps_share_by_default(sistem_dasar: SistemKerja) -> None:
    s = SistemKerja([tim("A"), tim("C")], [anggota(JF_B, "A", alokasi=Fraction(1, 3))])
    baru = s.pindahkan(JF_B, "A", "C", D(2025, 2, 1), peran=Peran.KETUA_SUBTIM, **OLEH)
    assert baru.riwayat_keanggotaan(JF_B)[-1] == Keanggotaan(
        JF_B, "C", Peran.KETUA_SUBTIM, D(2025, 2, 1), alokasi=Fraction(1, 3)
    )


@pytest.mark.parametrize(
    ("nip", "dari", "ke", "tanggal", "error"),
    [
        (JF_B2, "B", "A", D(2025, 3, 1), NotFoundError),  # not in B
        (JF_B, "A", "X", D(2025, 3, 1), NotFoundError),  # unknown team
        (JF_B, "X", "A", D(2025, 3, 1), NotFoundError),
        (JF_B, "A", "A", D(2025, 3, 1), InvalidValueError),
        (JF_B, "A", "B", D(2025, 1, 1), InvalidValueError),  # would end before it starts
        (JF_B, "A", "B", D(2025, 3, 1), InvalidValueError),  # already in B
        (JF_B, "A", "B", "2025-03-01", InvalidTypeError),
    ],
)
def test_pindahkan_refuses(
    sistem_dasar: SistemKerja, nip: str, dari: str, ke: str, tanggal: object, error: type
) -> None:
    with pytest.raises(error):
        sistem_dasar.pindahkan(nip, dari, ke, tanggal, **OLEH)  # type: ignore[arg-type]


def test_akhiri_keanggotaan(sistem_dasar: SistemKerja) -> None:
    s = sistem_dasar.akhiri_keanggotaan(JF_B2, "A", D(2025, 1, 1), **OLEH)  # last day == first day
    assert s.anggota_tim("A", D(2025, 1, 1))[-1].nip.digit == JF_B2
    assert [k.nip.digit for k in s.anggota_tim("A", D(2025, 1, 2))] == [JF_B]
    with pytest.raises(NotFoundError):  # an ended record is never touched again
        s.akhiri_keanggotaan(JF_B2, "A", D(2025, 5, 1), **OLEH)
    future = SistemKerja([tim("A")], [anggota(JF_B2, mulai=D(2025, 6, 1))])
    with pytest.raises(InvalidValueError, match="before it starts"):
        future.akhiri_keanggotaan(JF_B2, "A", D(2025, 5, 31), **OLEH)


def test_tambah_anggota_refuses_overlap_and_unknown_team(sistem_dasar: SistemKerja) -> None:
    with pytest.raises(InvalidValueError, match="SK-TIM-08"):
        sistem_dasar.tambah_anggota(anggota(JF_B2, "A", mulai=D(2025, 12, 31)), **OLEH)
    with pytest.raises(NotFoundError):
        sistem_dasar.tambah_anggota(anggota(JF_B2, "X"), **OLEH)
    with pytest.raises(InvalidTypeError):
        sistem_dasar.tambah_anggota("JF_B2", **OLEH)  # type: ignore[arg-type]
    s = sistem_dasar.akhiri_keanggotaan(JF_B2, "A", D(2025, 3, 31), **OLEH)
    assert s.tambah_anggota(anggota(JF_B2, "A", mulai=D(2025, 4, 1)), **OLEH).riwayat_keanggotaan(
        JF_B2
    )[-1].mulai == D(2025, 4, 1)


def test_ganti_ketua(sistem_dasar: SistemKerja) -> None:
    s = sistem_dasar.ganti_ketua("A", JF_B2, D(2025, 4, 1), **OLEH)
    assert s.ketua_tim("A", D(2025, 3, 31)).nip.digit == JF_B  # type: ignore[union-attr]
    assert s.ketua_tim("A", D(2025, 4, 1)).nip.digit == JF_B2  # type: ignore[union-attr]
    peran = {k.nip.digit: k.peran for k in s.anggota_tim("A", D(2025, 4, 1))}
    assert peran == {JF_B: Peran.ANGGOTA, JF_B2: Peran.KETUA}
    tanpa = sistem_dasar.ganti_ketua("A", JF_M2, D(2025, 4, 1), lama_jadi_anggota=False, **OLEH)
    assert {k.nip.digit for k in tanpa.anggota_tim("A", D(2025, 4, 1))} == {JF_B2, JF_M2}
    with pytest.raises(InvalidValueError, match="already leads"):
        s.ganti_ketua("A", JF_B2, D(2025, 5, 1), **OLEH)
    with pytest.raises(InvalidValueError, match="before it starts"):
        sistem_dasar.ganti_ketua("A", JF_B2, D(2025, 1, 1), **OLEH)
    kosong = SistemKerja([tim("A")]).ganti_ketua("A", JF_B, D(2025, 1, 1), **OLEH)
    assert kosong.ketua_tim("A", D(2025, 1, 1)) is not None


def test_bubarkan_tim(sistem_dasar: SistemKerja) -> None:
    s = sistem_dasar.bubarkan_tim("A", D(2025, 6, 30), **OLEH)
    assert len(s.anggota_tim("A", D(2025, 6, 30))) == 2
    assert s.anggota_tim("A", D(2025, 7, 1)) == ()
    assert s.cari_tim("A").akhir == D(2025, 6, 30)
    assert not s.cari_tim("A").aktif_pada(D(2025, 7, 1))
    with pytest.raises(InvalidValueError, match="already dissolved"):
        s.bubarkan_tim("A", D(2025, 5, 1), **OLEH)
    with pytest.raises(InvalidValueError, match="outside"):
        sistem_dasar.bubarkan_tim("A", D(2026, 1, 1), **OLEH)
    nanti = sistem_dasar.tambah_anggota(anggota(JF_M2, "A", mulai=D(2025, 8, 1)), **OLEH)
    with pytest.raises(InvalidValueError, match="after"):
        nanti.bubarkan_tim("A", D(2025, 7, 31), **OLEH)
    with pytest.raises(NotFoundError):
        sistem_dasar.bubarkan_tim("X", D(2025, 7, 31), **OLEH)


def test_constructor_refuses_dangling_and_duplicate_keys() -> None:
    p = Penugasan("P1", JF_B, "x", TAHUN, tim="X")
    with pytest.raises(InvalidValueError, match=r"tim\[1\]"):
        SistemKerja([tim("A"), tim("A")])
    with pytest.raises(InvalidValueError, match=r"keanggotaan\[0\]"):
        SistemKerja([tim("A")], [anggota(JF_B, "X")])
    with pytest.raises(InvalidValueError, match=r"penugasan\[0\]"):
        SistemKerja([tim("A")], penugasan=[p])
    q = Penugasan("P1", JF_B, "x", TAHUN, penerima=JF_B2)
    with pytest.raises(InvalidValueError, match=r"penugasan\[1\]: duplicate"):
        SistemKerja([tim("A")], penugasan=[q, q])
    with pytest.raises(InvalidValueError, match=r"persetujuan\[0\]"):
        SistemKerja([tim("A")]).tambah_persetujuan(
            PersetujuanLintasInstansi("X", "LAIN", "1", D(2025, 1, 1), "Sekjen")
        )
    with pytest.raises(InvalidTypeError, match=r"SistemKerja.tim\[0\]"):
        SistemKerja(["A"])  # type: ignore[list-item]


def test_queries(sistem_dasar: SistemKerja) -> None:
    tugas_tim = Penugasan("P1", JF_B, "x", Periode(D(2025, 2, 1), D(2025, 3, 1)), tim="B")
    tugas = Penugasan("P2", JF_P2, "y", Periode(D(2024, 12, 1), D(2025, 1, 31)), penerima=JF_B)
    s = sistem_dasar.tambah_penugasan(tugas_tim).tambah_penugasan(tugas)
    assert s.penugasan_pegawai(JF_B, D(2025, 1, 31)) == (tugas,)
    assert s.penugasan_pegawai(JF_B, D(2025, 2, 1)) == (tugas_tim,)
    assert s.penugasan_pegawai(JF_P2, D(2025, 2, 1)) == (tugas_tim,)  # none given directly
    assert s.linimasa(JF_B)[0] == tugas
    assert len(s.linimasa(JF_B)) == 3
    assert s.riwayat_keanggotaan("198001012005011999") == ()
    assert len(s.riwayat_tim("B")) == 2
    assert s.ketua_tim("A", D(2026, 1, 1)) is None  # after the team's periode
    assert s.anggota_tim("A", D(2024, 12, 31)) == ()
    with pytest.raises(NotFoundError):
        s.anggota_tim("X", D(2025, 1, 1))
    with pytest.raises(InvalidTypeError):
        s.keanggotaan_pegawai(JF_B, "2025-01-01")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError):
        s.cari_tim(1)  # type: ignore[arg-type]
    with pytest.raises(BirokrasiError):
        s.riwayat_keanggotaan("123")


def test_open_membership_is_bounded_by_the_team() -> None:
    s = SistemKerja([tim("A", periode=Periode(D(2025, 1, 1), D(2025, 3, 31)))], [anggota(JF_B)])
    assert s.keanggotaan_pegawai(JF_B, D(2025, 3, 31))
    assert s.keanggotaan_pegawai(JF_B, D(2025, 4, 1)) == ()


# -- properties ----------------------------------------------------------------------------


def _naif(s: SistemKerja, tanggal: dt.date, nip: object = None, kode: str | None = None) -> list:
    hasil = []
    for k in s.keanggotaan:
        cocok = (nip is None or k.nip == nip) and (kode is None or k.tim == kode)
        if cocok and k.mulai <= tanggal <= k.akhir_dalam(s.cari_tim(k.tim)):
            hasil.append(k)
    return hasil


@given(sistem_kerja(), st.dates(AWAL - dt.timedelta(days=3), AKHIR + dt.timedelta(days=3)))
def test_queries_equal_a_naive_scan(s: SistemKerja, tanggal: dt.date) -> None:
    for nip in {k.nip for k in s.keanggotaan}:
        assert sorted(s.keanggotaan_pegawai(nip, tanggal), key=repr) == sorted(
            _naif(s, tanggal, nip=nip), key=repr
        )
    for t in s.tim:
        assert sorted(s.anggota_tim(t.kode, tanggal), key=repr) == sorted(
            _naif(s, tanggal, kode=t.kode), key=repr
        )
        ketua = [k for k in _naif(s, tanggal, kode=t.kode) if k.peran is Peran.KETUA]
        assert (s.ketua_tim(t.kode, tanggal) is None) == (not ketua)
        assert s.ketua_tim(t.kode, tanggal) in (ketua or [None])


def _akhir(k: Keanggotaan) -> dt.date:
    return dt.date.max if k.selesai is None else k.selesai


@given(st.data(), kumpulan_nip(4))
def test_operation_sequences_keep_history(data: st.DataObject, orang: list) -> None:
    """Histories only grow; a record is only ever ended, never edited otherwise; records that
    ended before an operation's date are untouched; no overlap within a team ever arises."""
    s = data.draw(sistem_kerja(orang, max_anggota=0))
    kode = [t.kode for t in s.tim]
    for langkah in data.draw(st.lists(operasi(kode, orang), max_size=15)):
        try:
            baru = terapkan(s, langkah)
        except BirokrasiError:
            continue
        tanggal = next(
            a.mulai if isinstance(a, Keanggotaan) else a
            for a in langkah[1]
            if isinstance(a, dt.date | Keanggotaan)
        )
        assert len(baru.keanggotaan) >= len(s.keanggotaan)
        for lama, kini in zip(s.keanggotaan, baru.keanggotaan, strict=False):
            assert (lama.nip, lama.tim, lama.peran, lama.mulai) == (
                kini.nip, kini.tim, kini.peran, kini.mulai
            )  # fmt: skip
            assert _akhir(kini) <= _akhir(lama)
            if _akhir(lama) < tanggal - dt.timedelta(days=1):
                assert kini == lama
        if langkah[0] == "bubarkan_tim":
            assert baru.anggota_tim(langkah[1][0], tanggal + dt.timedelta(days=1)) == ()
        s = baru
        assert periksa_tumpang_tindih(s) == ()


@given(st.data())
def test_move_never_changes_records_ended_before_the_move(data: st.DataObject) -> None:
    orang = data.draw(kumpulan_nip(3))
    s = data.draw(sistem_kerja(orang, max_tim=3))
    nip, tanggal = data.draw(st.sampled_from(orang)), data.draw(st.dates(AWAL, AKHIR))
    dari, ke = data.draw(st.sampled_from(s.tim)).kode, data.draw(st.sampled_from(s.tim)).kode
    try:
        baru = s.pindahkan(nip, dari, ke, tanggal, **OLEH)
    except BirokrasiError:
        return
    for lama, kini in zip(s.keanggotaan, baru.keanggotaan, strict=False):
        if lama.selesai is not None and lama.selesai < tanggal:
            assert kini == lama


def test_riwayat_nama_lama_sama_dengan_riwayat_keanggotaan() -> None:
    """0.1.0's ``SistemKerja.riwayat`` still answers, as ``riwayat_keanggotaan``."""
    from birokrasi.contoh.sistem_kerja import tim_kerja

    sistem = tim_kerja()
    for k in sistem.keanggotaan:
        assert sistem.riwayat(k.nip) == sistem.riwayat_keanggotaan(k.nip)


@pytest.mark.parametrize(
    ("mulai", "selesai"),
    [(D(2025, 6, 30), None), (D(2025, 1, 1), D(2025, 3, 1))],
)
def test_sk_tim_08_one_shared_day_is_an_overlap(mulai: dt.date, selesai: dt.date | None) -> None:
    """JF_B sits in team A from 1 March to 30 June: a membership of A starting on its last
    day, or ending on its first, overlaps it."""
    s = SistemKerja([tim("A")], [anggota(JF_B, mulai=D(2025, 3, 1), selesai=D(2025, 6, 30))])
    with pytest.raises(InvalidValueError, match=r"already in A from 2025-03-01 \(SK-TIM-08\)"):
        s.tambah_anggota(anggota(JF_B, mulai=mulai, selesai=selesai), **OLEH)  # type: ignore[arg-type]
    assert s.tambah_anggota(anggota(JF_B, mulai=D(2025, 7, 1)), **OLEH).anggota_tim(  # type: ignore[arg-type]
        "A", D(2025, 7, 1)
    )


# -- pinned by mutation testing (issue 15 §5) ----------------------------------------------

LUAR = "199001012015011001"  # a member from another instansi
BUKAN = {"oleh": JF_B, "instansi": ORG}  # heads no unit


@pytest.mark.parametrize(
    ("op", "panggil"),
    [
        ("bentuk_tim", lambda s: s.bentuk_tim(tim("C", penetap=JF_B), instansi=ORG)),
        ("tambah_anggota", lambda s: s.tambah_anggota(anggota(JF_M2, "A"), **BUKAN)),
        ("akhiri_keanggotaan",
         lambda s: s.akhiri_keanggotaan(JF_B2, "A", D(2025, 3, 1), **BUKAN)),
        ("pindahkan", lambda s: s.pindahkan(JF_B2, "A", "B", D(2025, 3, 1), **BUKAN)),
        ("ganti_ketua", lambda s: s.ganti_ketua("A", JF_B2, D(2025, 3, 1), **BUKAN)),
        ("bubarkan_tim", lambda s: s.bubarkan_tim("A", D(2025, 3, 1), **BUKAN)),
    ],
)  # fmt: skip
def test_sk_tim_10_each_refusal_names_the_operation(
    sistem_dasar: SistemKerja, op: str, panggil: object
) -> None:
    with pytest.raises(AuthorityError, match=rf"^{op}: Pegawai \d+ \({JF_B}\) holds no head post"):
        panggil(sistem_dasar)  # type: ignore[operator]


def test_sk_tim_08_refusals_of_a_record_name_the_operation(sistem_dasar: SistemKerja) -> None:
    with pytest.raises(
        NotFoundError, match=rf"^akhiri_keanggotaan: .* \({JF_M2}\) is not in team A"
    ):
        sistem_dasar.akhiri_keanggotaan(JF_M2, "A", D(2025, 3, 1), **OLEH)
    with pytest.raises(NotFoundError, match=rf"^pindahkan: .* \({JF_M2}\) is not in team A"):
        sistem_dasar.pindahkan(JF_M2, "A", "B", D(2025, 3, 1), **OLEH)
    with pytest.raises(
        InvalidValueError, match=rf"^pindahkan: .* \({JF_B2}\) joined A on 2025-01-01"
    ):
        sistem_dasar.pindahkan(JF_B2, "A", "B", D(2025, 1, 1), **OLEH)
    with pytest.raises(
        InvalidValueError, match=rf"^ganti_ketua: .* \({JF_B}\) joined A on 2025-01-01"
    ):
        sistem_dasar.ganti_ketua("A", JF_B2, D(2025, 1, 1), **OLEH)
    masuk = sistem_dasar.tambah_anggota(anggota(JF_M2, "A", mulai=D(2025, 4, 1)), **OLEH)
    with pytest.raises(
        InvalidValueError, match=rf"^ganti_ketua: .* \({JF_M2}\) joined A on 2025-04-01"
    ):
        masuk.ganti_ketua("A", JF_M2, D(2025, 4, 1), **OLEH)
    nanti = SistemKerja([tim("A")], [anggota(JF_B2, mulai=D(2025, 6, 1))])
    with pytest.raises(InvalidValueError) as galat:
        nanti.akhiri_keanggotaan(JF_B2, "A", D(2025, 5, 31), **OLEH)
    assert str(galat.value) == (
        f"akhiri_keanggotaan: the membership of Pegawai {JF_B2[-3:]} ({JF_B2}) in A starts "
        "after 2025-05-31; a record cannot end before it starts"
    )


def test_sk_tim_08_a_membership_can_be_ended_on_its_last_day() -> None:
    s = SistemKerja([tim("A")], [anggota(JF_B2, selesai=D(2025, 6, 30))])
    hasil = s.akhiri_keanggotaan(JF_B2, "A", D(2025, 6, 30), **OLEH)
    assert hasil.riwayat_keanggotaan(JF_B2)[0].selesai == D(2025, 6, 30)


def test_sk_tim_05_a_member_from_another_instansi_keeps_it_when_moved_or_made_ketua() -> None:
    s = SistemKerja(
        [tim("A"), tim("C")],
        [anggota(LUAR, "A", alokasi=Fraction(1, 3), instansi="LAIN")],
        persetujuan=[
            PersetujuanLintasInstansi(t, "LAIN", "1", D(2025, 1, 1), "Sekjen") for t in "AC"
        ],
    )
    pindah = s.pindahkan(LUAR, "A", "C", D(2025, 3, 1), **OLEH).riwayat_keanggotaan(LUAR)[-1]
    assert (pindah.tim, pindah.alokasi, pindah.instansi) == ("C", Fraction(1, 3), "LAIN")
    ketua = s.ganti_ketua("A", LUAR, D(2025, 3, 1), **OLEH).ketua_tim("A", D(2025, 3, 1))
    assert ketua is not None
    assert (ketua.alokasi, ketua.instansi) == (Fraction(1, 3), "LAIN")


def test_sk_tim_10_the_former_ketua_stays_on_open_ended() -> None:
    s = SistemKerja([tim("A")], [anggota(JF_B, "A", Peran.KETUA, selesai=D(2025, 9, 30))])
    baru = s.ganti_ketua("A", JF_B2, D(2025, 4, 1), **OLEH)
    lama = [k for k in baru.riwayat_keanggotaan(JF_B) if k.peran is Peran.ANGGOTA]
    assert [(k.mulai, k.selesai) for k in lama] == [(D(2025, 4, 1), None)]


def test_bubarkan_tim_ends_every_open_membership_on_the_day() -> None:
    s = SistemKerja(
        [tim("A"), tim("E")],
        [
            anggota(JF_B),
            anggota(JF_B2, mulai=D(2025, 6, 30)),
            anggota(JF_M2, selesai=D(2025, 3, 1)),
        ],
    )
    bubar = s.bubarkan_tim("A", D(2025, 6, 30), **OLEH)
    assert [(k.nip.digit, k.selesai) for k in bubar.riwayat_tim("A")] == [
        (JF_B, D(2025, 6, 30)), (JF_M2, D(2025, 3, 1)), (JF_B2, D(2025, 6, 30)),
    ]  # fmt: skip
    assert bubar.bubarkan_tim("E", D(2025, 6, 30), **OLEH).cari_tim("E").akhir == D(2025, 6, 30)


def test_operations_keep_assignments_and_agreements(sistem_dasar: SistemKerja) -> None:
    p = Penugasan("P1", JF_B, "x", TAHUN, penerima=JF_B2)
    setuju = PersetujuanLintasInstansi("A", "LAIN", "1", D(2025, 1, 1), "Sekjen")
    s = sistem_dasar.tambah_penugasan(p).tambah_persetujuan(setuju)
    hasil = s.akhiri_keanggotaan(JF_B2, "A", D(2025, 3, 1), **OLEH)
    assert (hasil.penugasan, hasil.persetujuan) == ((p,), (setuju,))


def test_sk_tim_10_a_second_assignment_keeps_the_first(sistem_dasar: SistemKerja) -> None:
    """Adding an assignment to a pegawai or a team that already has one keeps the earlier one
    (pinned by mutation testing, issue 15 §5)."""
    masa = Periode(D(2025, 2, 1), D(2025, 3, 1))
    satu = Penugasan("P1", JF_P2, "x", masa, penerima=JF_B)
    dua = Penugasan("P2", JF_P2, "y", masa, penerima=JF_B)
    tim_satu = Penugasan("P3", JF_B, "z", masa, tim="B")
    tim_dua = Penugasan("P4", JF_B, "w", masa, tim="B")
    s = sistem_dasar
    for p in (satu, dua, tim_satu, tim_dua):
        s = s.tambah_penugasan(p)
    assert s.penugasan_pegawai(JF_B, D(2025, 2, 1)) == (satu, dua, tim_satu, tim_dua)


def test_sk_tim_10_the_new_ketua_s_record_can_be_ended_after_a_change() -> None:
    """``ganti_ketua`` appends two records (the former ketua as anggota, the new ketua); the
    next operation on the second finds it, not the record before it, and the aggregate equals
    the one rebuilt from its records (pinned by mutation testing, issue 15 §5)."""
    from test_sistem_inkremental import pastikan_sama_dengan_segar

    s = SistemKerja(
        [tim("A"), tim("B", "M1.P2", KEPALA["M1"])],
        [anggota(JF_B, "A", Peran.KETUA), anggota(JF_B2, "A"), anggota(JF_P2, "B", Peran.KETUA)],
    )
    s = s.ganti_ketua("A", JF_B2, D(2025, 4, 1), **OLEH)
    s = s.akhiri_keanggotaan(JF_B2, "A", D(2025, 6, 30), **OLEH)
    assert s.ketua_tim("A", D(2025, 7, 1)) is None
    assert sorted(str(k.nip) for k in s.anggota_tim("A", D(2025, 4, 1))) == sorted([JF_B, JF_B2])
    pastikan_sama_dengan_segar(s, [JF_B, JF_B2, JF_P2])
