"""Instansi operations derive the next Instansi's indexes from the last one (issue 16 §3, ADR
0015): whatever sequence of operations ran, the result equals the Instansi built from scratch
from its tuples, down to every index entry, and answers every query the same; an operation
refused raises what it raises on that rebuilt Instansi."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from birokrasi.errors import BirokrasiError, InvalidTypeError, InvalidValueError
from birokrasi.struktur import (
    NIP,
    Delegasi,
    Instansi,
    Jabatan,
    Jenjang,
    Pegawai,
    PejabatLuar,
    PejabatNegara,
    Penempatan,
    UnitOrganisasi,
)
from birokrasi.testing import AKHIR, AWAL, instansi, jenjang, nip

NIP_LUAR = "196501011990031001"


def _tabel(org: Instansi) -> dict[str, Any]:
    """Every table of the private index, as plain values."""
    hasil: dict[str, Any] = {}
    for nama in type(org._indeks).__slots__:
        isi = getattr(org._indeks, nama)
        if hasattr(isi, "ke_dict"):
            isi = {
                k: (x.isi, x.mulai, x.posisi) if hasattr(x, "mulai") else x
                for k, x in isi.ke_dict().items()
            }
        hasil[nama] = isi
    return hasil


def _segar(org: Instansi) -> Instansi:
    return Instansi(
        org.nama,
        org.unit,
        org.pegawai,
        org.penempatan,
        org.delegasi,
        pejabat_luar=org.pejabat_luar,
    )


def _jawab(org: Instansi, fungsi: Any, *args: Any) -> Any:
    try:
        return fungsi(*args)
    except BirokrasiError as e:
        return (type(e), str(e))


def pastikan_sama_dengan_segar(org: Instansi) -> None:
    """``org`` equals the Instansi rebuilt from its tuples: same value, same index tables, same
    answers at every day where some record starts or ends."""
    segar = _segar(org)
    assert org == segar
    assert hash(org) == hash(segar)
    assert _tabel(org) == _tabel(segar)
    hari = {AWAL, AKHIR}
    for x in (*org.penempatan, *org.delegasi, *org.pejabat_luar):
        hari |= {x.mulai, x.mulai - dt.timedelta(days=1)}
        if x.selesai is not None:
            hari |= {x.selesai, x.selesai + dt.timedelta(days=1)}
    assert org.unit_akar == segar.unit_akar
    for u in org.unit:
        assert org.sub_unit(u.kode) == segar.sub_unit(u.kode)
        assert org.jalur(u.kode) == segar.jalur(u.kode)
        for h in hari:
            assert org.kepala_unit(u.kode, h) == segar.kepala_unit(u.kode, h)
    pengenal = [p.nip for p in org.pegawai] + [NIP_LUAR, "BUPATI"]
    for n in pengenal:
        for h in hari:
            for nama in ("pelaku_pada", "atasan_langsung", "pejabat_penilai", "delegasi_pada"):
                assert _jawab(org, getattr(org, nama), n, h) == _jawab(
                    segar, getattr(segar, nama), n, h
                )
    for h in hari:
        assert org.penempatan_aktif(h) == segar.penempatan_aktif(h)
        for tingkat in (1, 2):
            assert org.pejabat_luar_pada(tingkat, h) == segar.pejabat_luar_pada(tingkat, h)


@st.composite
def _jangka(draw: st.DrawFn) -> tuple[dt.date, dt.date | None]:
    mulai = draw(st.dates(AWAL, AKHIR))
    return mulai, draw(st.none() | st.dates(mulai, AKHIR))


@st.composite
def _langkah(draw: st.DrawFn, org: Instansi, nomor: int) -> tuple[str, tuple[Any, ...]]:
    """One operation, valid or not: keys may repeat, references may be unknown, periods may
    overlap."""
    kode = [u.kode for u in org.unit]
    orang = [p.nip for p in org.pegawai]
    nip_baru = draw(nip(nomor_urut=500 + nomor))
    pilih = draw(st.integers(0, 6))
    if pilih == 0:
        baru = draw(st.sampled_from(kode)) if draw(st.integers(0, 3)) == 0 else f"N{nomor}"
        lain = [k for k in kode if k != baru]
        induk = draw(st.sampled_from(lain)) if lain and draw(st.integers(0, 3)) else None
        induk = "TIDAK-ADA" if draw(st.integers(0, 5)) == 0 else induk
        kepala = draw(st.none() | st.sampled_from([Jenjang.PENGAWAS, Jenjang.ADMINISTRATOR]))
        return (
            "tambah_unit",
            (UnitOrganisasi(baru, f"Unit {baru}", induk, jenjang_kepala=kepala),),
        )
    if pilih == 1:
        return ("tambah_pegawai", (Pegawai(draw(st.sampled_from([*orang, nip_baru])), "Baru"),))
    if pilih == 2 and kode:
        siapa = draw(st.sampled_from(orang)) if orang and draw(st.integers(0, 4)) else nip_baru
        riwayat = org.riwayat_penempatan(siapa) if siapa in orang else ()
        awal = AWAL
        if riwayat and draw(st.integers(0, 3)):  # mostly after the last one: likely accepted
            awal = min(AKHIR, (riwayat[-1].selesai or AKHIR) + dt.timedelta(days=1))
        mulai = draw(st.dates(awal, AKHIR))
        selesai = draw(st.none() | st.dates(mulai, AKHIR))
        unit = draw(st.sampled_from(kode)) if draw(st.integers(0, 4)) else "TIDAK-ADA"
        penempatan = Penempatan(
            siapa,
            Jabatan("Jabatan", draw(jenjang())),
            unit,
            mulai,
            selesai,
            kepala=draw(st.integers(0, 2)) == 0,
        )
        return ("tempatkan", (penempatan,))
    if pilih == 3 and orang:
        mulai, selesai = draw(_jangka())
        dinilai = draw(st.sampled_from(orang))
        penilai = draw(st.sampled_from([*(o for o in orang if o != dinilai), nip_baru]))
        return ("tambah_delegasi", (Delegasi(penilai, dinilai, mulai, selesai),))
    if pilih == 4:
        mulai, selesai = draw(_jangka())
        tingkat = draw(st.integers(1, 2))
        if draw(st.booleans()):
            jabatan = Jabatan("Sekretaris Daerah", Jenjang.JPT_PRATAMA)
            p: Any = PejabatLuar(
                NIP_LUAR, "Sekda", jabatan, "SETDA", mulai, selesai, tingkat=tingkat
            )
        else:
            p = PejabatNegara(
                "BUPATI", "Bupati", "Bupati", "PEMDA", mulai, selesai, tingkat=tingkat
            )
        return ("tambah_pejabat_luar", (p,))
    if pilih == 5 and org.penempatan:
        t = draw(st.sampled_from(org.penempatan))
        tanggal = draw(st.dates(t.mulai, t.selesai or AKHIR))
        return ("akhiri_penempatan", (t.nip, tanggal))
    return ("akhiri_penempatan", (draw(st.sampled_from([*orang, nip_baru])), draw(st.dates())))


def _hasil(org: Instansi, langkah: tuple[str, tuple[Any, ...]]) -> Instansi | tuple[type, str]:
    try:
        hasil: Instansi = getattr(org, langkah[0])(*langkah[1])
    except BirokrasiError as e:
        return (type(e), str(e))
    return hasil


@given(st.data())
def test_any_operation_sequence_equals_the_instansi_built_from_scratch(
    data: st.DataObject,
) -> None:
    org = data.draw(instansi(max_unit=5, max_pegawai=6))
    versi = [(org, _tabel(org))]
    for nomor in range(data.draw(st.integers(1, 12))):
        langkah = data.draw(_langkah(org, nomor))
        hasil = _hasil(org, langkah)
        hasil_segar = _hasil(_segar(org), langkah)
        if isinstance(hasil, tuple):
            assert hasil == hasil_segar
            continue
        assert isinstance(hasil_segar, Instansi)
        assert hasil == hasil_segar
        org = hasil
        pastikan_sama_dengan_segar(org)
        versi.append((org, _tabel(org)))
    for lama, tabel in versi:  # a later operation never changed an earlier version
        assert _tabel(lama) == tabel


def test_an_empty_instansi_grows_one_operation_at_a_time() -> None:
    org = Instansi("Kosong")
    org = org.tambah_unit(UnitOrganisasi("R", "Akar", jenjang_kepala=Jenjang.JPT_PRATAMA))
    org = org.tambah_unit(UnitOrganisasi("S", "Seksi", "R", jenjang_kepala=Jenjang.PENGAWAS))
    kepala, staf = "198001012005011001", "198001012005011002"
    org = org.tambah_pegawai(Pegawai(kepala, "Kepala")).tambah_pegawai(Pegawai(staf, "Staf"))
    org = org.tempatkan(
        Penempatan(kepala, Jabatan("Kasi", Jenjang.PENGAWAS), "S", AWAL, kepala=True)
    )
    org = org.tempatkan(Penempatan(staf, Jabatan("Analis", Jenjang.AHLI_PERTAMA), "S", AWAL))
    org = org.akhiri_penempatan(kepala, dt.date(2024, 6, 30))
    pastikan_sama_dengan_segar(org)
    assert org.pejabat_penilai(staf, dt.date(2024, 6, 30)).nip == NIP(kepala)  # type: ignore[union-attr]
    assert org.pejabat_penilai(staf, dt.date(2024, 7, 1)) is None


def test_shortcuts_raise_what_the_constructor_raises() -> None:
    org = Instansi("X", [UnitOrganisasi("R", "Akar", jenjang_kepala=Jenjang.JPT_PRATAMA)])
    org = org.tambah_pegawai(Pegawai("198001012005011001", "A"))
    with pytest.raises(InvalidValueError, match=r"Instansi\.unit\[1\]: duplicate kode 'R'"):
        org.tambah_unit(UnitOrganisasi("R", "Lagi"))
    with pytest.raises(InvalidValueError, match=r"more than one root unit \['R', 'Q'\]"):
        org.tambah_unit(UnitOrganisasi("Q", "Akar lain"))
    with pytest.raises(InvalidValueError, match=r"unit\[1\]: parent 'Z' of 'Q' does not exist"):
        org.tambah_unit(UnitOrganisasi("Q", "Anak", "Z"))
    with pytest.raises(InvalidTypeError, match=r"Instansi\.unit\[1\]: expected UnitOrganisasi"):
        org.tambah_unit("Q")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"pegawai\[1\]: duplicate NIP"):
        org.tambah_pegawai(Pegawai("198001012005011001", "B"))
    jab = Jabatan("Kepala", Jenjang.JPT_PRATAMA)
    t = Penempatan("198001012005011001", jab, "R", AWAL, kepala=True)
    org = org.tempatkan(t)
    with pytest.raises(InvalidValueError, match=r"NIP 198001012005011001 \(A\) has two overlap"):
        org.tempatkan(t)
    with pytest.raises(InvalidValueError, match=r"penempatan\[1\]: unknown NIP"):
        org.tempatkan(Penempatan("198001012005011009", jab, "R", AWAL))
    with pytest.raises(InvalidValueError, match=r"delegasi\[0\]\.penilai: unknown NIP"):
        org.tambah_delegasi(Delegasi("198001012005011009", "198001012005011001", AWAL))
    sekda = PejabatLuar(NIP_LUAR, "Sekda", jab, "SETDA", AWAL)
    org = org.tambah_pejabat_luar(sekda)
    with pytest.raises(InvalidValueError, match="tingkat 1, has two overlapping"):
        org.tambah_pejabat_luar(sekda)
    pastikan_sama_dengan_segar(org)
