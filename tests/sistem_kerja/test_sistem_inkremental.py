"""SistemKerja operations derive the next aggregate's indexes from the last one (issue 16 §3,
ADR 0015): whatever sequence of operations ran, the result equals the aggregate built from
scratch from its tuples, down to every index entry, and answers every query the same; an
operation refused raises what it raises on that rebuilt aggregate."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from bantu_sistem_kerja import JF_B, OLEH, ORG, D, tim
from hypothesis import given
from hypothesis import strategies as st

from birokrasi.errors import BirokrasiError, InvalidTypeError, InvalidValueError
from birokrasi.periode import Periode
from birokrasi.sistem_kerja import Penugasan, PersetujuanLintasInstansi, SistemKerja
from birokrasi.sistem_kerja._indeks import IndeksInterval
from birokrasi.testing import (
    AKHIR,
    AWAL,
    PENETAP_UJI,
    instansi_uji,
    kumpulan_nip,
    operasi,
    penugasan,
    sistem_kerja,
    terapkan,
    tim_kerja,
)

UNIT = ("U0", "U1")


def _isi_indeks(x: IndeksInterval[Any]) -> tuple[Any, ...]:
    return (x.isi, x.posisi, x._mulai, x._akhir, x._maks)


def _tabel(s: SistemKerja) -> dict[str, Any]:
    """Every table of the private index, as plain values."""
    hasil: dict[str, Any] = {}
    for nama in type(s._indeks).__slots__:
        peta = getattr(s._indeks, nama).ke_dict()
        hasil[nama] = {
            k: _isi_indeks(x) if isinstance(x, IndeksInterval) else x for k, x in peta.items()
        }
    return hasil


def _segar(s: SistemKerja) -> SistemKerja:
    return SistemKerja(s.tim, s.keanggotaan, s.penugasan, s.persetujuan)


def pastikan_sama_dengan_segar(s: SistemKerja, orang: list[Any]) -> None:
    """``s`` equals the aggregate rebuilt from its tuples: same value, same index tables, same
    answers at every day where some record starts or ends."""
    segar = _segar(s)
    assert s == segar
    assert hash(s) == hash(segar)
    assert repr(s) == repr(segar)
    assert _tabel(s) == _tabel(segar)
    hari = {AWAL, AKHIR}
    for k in s.keanggotaan:
        hari |= {k.mulai, k.mulai - dt.timedelta(days=1)}
        if k.selesai is not None:
            hari |= {k.selesai, k.selesai + dt.timedelta(days=1)}
    for t in s.tim:
        hari |= {t.akhir, t.akhir + dt.timedelta(days=1)}
    for nip in orang:
        assert s.riwayat_keanggotaan(nip) == segar.riwayat_keanggotaan(nip)
        assert s.linimasa(nip) == segar.linimasa(nip)
        for h in hari:
            assert s.keanggotaan_pegawai(nip, h) == segar.keanggotaan_pegawai(nip, h)
            assert s.penugasan_pegawai(nip, h) == segar.penugasan_pegawai(nip, h)
    for t in s.tim:
        assert s.cari_tim(t.kode) is t
        assert s.riwayat_tim(t.kode) == segar.riwayat_tim(t.kode)
        for h in hari:
            assert s.anggota_tim(t.kode, h) == segar.anggota_tim(t.kode, h)
            assert s.ketua_tim(t.kode, h) == segar.ketua_tim(t.kode, h)


@st.composite
def _langkah(draw: st.DrawFn, s: SistemKerja, orang: list[Any], nomor: int) -> Any:
    """A membership operation (random, or aimed at an existing record so that it is likely
    to succeed), or forming a team, adding an assignment or an agreement (team kode and
    assignment kode may repeat, teams may be unknown)."""
    kode = [t.kode for t in s.tim]
    pilih = draw(st.integers(0, 7))
    if pilih == 6 and s.keanggotaan:
        k = draw(st.sampled_from(s.keanggotaan))
        akhir = k.akhir_dalam(s.cari_tim(k.tim))
        if k.mulai < akhir:
            tanggal = draw(st.dates(k.mulai + dt.timedelta(days=1), akhir))
            if draw(st.booleans()):
                return ("akhiri_keanggotaan", (k.nip, k.tim, tanggal), {})
            ke = draw(st.sampled_from([x for x in kode if x != k.tim] or kode))
            return ("pindahkan", (k.nip, k.tim, ke, tanggal), {})
    if pilih == 7:
        t = draw(st.sampled_from(s.tim))
        awal = max([t.periode.mulai, *(k.mulai for k in s.riwayat_tim(t.kode))])
        if awal <= t.periode.selesai:
            return ("bubarkan_tim", (t.kode, draw(st.dates(awal, t.periode.selesai))), {})
    if pilih == 0:
        kode_baru = draw(st.sampled_from([*kode, f"T{nomor}"]))
        return ("bentuk_tim", draw(tim_kerja(kode_baru, draw(st.sampled_from(UNIT)), PENETAP_UJI)))
    if pilih == 1:
        kode_tugas = draw(st.sampled_from(["P0", "P1", f"P{nomor}"]))
        return ("tambah_penugasan", draw(penugasan(kode_tugas, [*kode, "TX"], orang)))
    if pilih == 2:
        tim_ = draw(st.sampled_from([*kode, "TX"]))
        return (
            "tambah_persetujuan",
            PersetujuanLintasInstansi(tim_, "INSTANSI-LAIN", "S-1", AWAL, "Sekretaris"),
        )
    return draw(operasi(kode, orang))


def _jalankan(s: SistemKerja, langkah: Any) -> SistemKerja:
    if langkah[0] == "bentuk_tim":
        return s.bentuk_tim(langkah[1], instansi=instansi_uji(UNIT))
    if langkah[0] in ("tambah_penugasan", "tambah_persetujuan"):
        hasil: SistemKerja = getattr(s, langkah[0])(langkah[1])
        return hasil
    return terapkan(s, langkah, instansi=instansi_uji(UNIT))


def _hasil(s: SistemKerja, langkah: Any) -> SistemKerja | tuple[type, str]:
    try:
        return _jalankan(s, langkah)
    except BirokrasiError as e:
        return (type(e), str(e))


@given(st.data(), kumpulan_nip(4))
def test_any_operation_sequence_equals_the_aggregate_built_from_scratch(
    data: st.DataObject, orang: list[Any]
) -> None:
    s = data.draw(sistem_kerja(orang, max_tim=3, max_anggota=6, unit=UNIT))
    versi = [(s, _tabel(s))]
    for nomor in range(data.draw(st.integers(1, 12))):
        langkah = data.draw(_langkah(s, orang, nomor + 10))
        hasil = _hasil(s, langkah)
        # the same operation on the aggregate rebuilt from the same tuples: same outcome
        hasil_segar = _hasil(_segar(s), langkah)
        if isinstance(hasil, tuple):
            assert hasil == hasil_segar
            continue
        assert isinstance(hasil_segar, SistemKerja)
        assert hasil == hasil_segar
        s = hasil
        pastikan_sama_dengan_segar(s, orang)
        versi.append((s, _tabel(s)))
    for lama, tabel in versi:  # a later operation never changed an earlier version
        assert _tabel(lama) == tabel


def test_a_refused_operation_leaves_the_aggregate_as_it_was(sistem_dasar: SistemKerja) -> None:
    sebelum = _tabel(sistem_dasar)
    with pytest.raises(InvalidValueError, match="SK-TIM-08"):
        sistem_dasar.pindahkan(JF_B, "B", "A", D(2025, 7, 1), **OLEH)
    assert _tabel(sistem_dasar) == sebelum
    pastikan_sama_dengan_segar(sistem_dasar, [JF_B])


def test_shortcuts_raise_what_the_constructor_raises(sistem_dasar: SistemKerja) -> None:
    """Duplicates and unknown teams reach the constructor, which says which item is wrong."""
    s = sistem_dasar
    with pytest.raises(InvalidValueError, match=r"SistemKerja\.tim\[2\]: duplicate kode 'A'"):
        s.bentuk_tim(tim("A"), instansi=ORG)
    tugas = Penugasan("P1", JF_B, "Hasil", Periode(D(2025, 1, 1), D(2025, 3, 31)), tim="A")
    s = s.tambah_penugasan(tugas)
    with pytest.raises(InvalidValueError, match=r"penugasan\[1\]: duplicate kode 'P1'"):
        s.tambah_penugasan(tugas)
    with pytest.raises(InvalidValueError, match=r"penugasan\[1\]: unknown team 'Z'"):
        s.tambah_penugasan(attrs.evolve(tugas, kode="P2", tim="Z"))
    with pytest.raises(InvalidTypeError, match=r"SistemKerja\.penugasan\[1\]: expected Penugasan"):
        s.tambah_penugasan("P2")  # type: ignore[arg-type]
    setuju = PersetujuanLintasInstansi("Z", "LAIN", "S-1", D(2025, 1, 1), "Sekretaris")
    with pytest.raises(InvalidValueError, match=r"persetujuan\[0\]: unknown team 'Z'"):
        s.tambah_persetujuan(setuju)
    with pytest.raises(InvalidTypeError, match=r"persetujuan\[0\]: expected Persetujuan"):
        s.tambah_persetujuan(object())  # type: ignore[arg-type]
    pastikan_sama_dengan_segar(s.tambah_persetujuan(attrs.evolve(setuju, tim="A")), [JF_B])
