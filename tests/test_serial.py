"""birokrasi.serial: exact round trips, JSON-compatible output, and path-carrying errors."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import birokrasi
import birokrasi.testing as bt
from birokrasi import (
    NIP,
    SKP,
    Aturan,
    Dasar,
    Instansi,
    JurnalKinerja,
    PenilaianKinerja,
    Periode,
    Predikat,
    Rating,
    Target,
)
from birokrasi.contoh import karier, penilaian, sistem_kerja, skp, struktur, umpan_balik
from birokrasi.errors import BirokrasiError, InvalidTypeError, InvalidValueError
from birokrasi.serial import TAG_TIPE, dari_data, ke_data

_JSON_SCALAR = (type(None), bool, int, str)


def _json_murni(data: object) -> bool:
    """Only dict (str keys), list, str, int, bool and None, all the way down."""
    if isinstance(data, dict):
        return all(isinstance(k, str) and _json_murni(x) for k, x in data.items())
    if isinstance(data, list):
        return all(_json_murni(x) for x in data)
    return isinstance(data, _JSON_SCALAR)


def _bolak_balik(nilai: Any) -> None:
    data = ke_data(nilai)
    assert _json_murni(data)
    teks = json.dumps(data)
    assert dari_data(type(nilai), json.loads(teks)) == nilai


# -- round trips over the strategies --------------------------------------------------------

STRATEGI: dict[str, st.SearchStrategy[Any]] = {
    "periode": bt.periode(),
    "peraturan": bt.peraturan(),
    "dasar": bt.dasar(),
    "aturan": bt.aturan(),
    "pelanggaran": bt.pelanggaran(),
    "nip": bt.nip(),
    "pegawai": bt.pegawai(),
    "penempatan": bt.penempatan(),
    "delegasi": bt.delegasi(),
    "instansi": bt.instansi(max_unit=5, max_pegawai=8),
    "instansi_contoh": bt.instansi_contoh(),
    "tim_kerja": bt.tim_kerja(),
    "sistem_kerja": bt.sistem_kerja(max_tim=3, max_anggota=10),
    "target": bt.target(),
    "indikator_kinerja": bt.indikator_kinerja(),
    "rencana_hasil_kerja": bt.rencana_hasil_kerja(),
    "perilaku_kerja": bt.perilaku_kerja(),
    "potret_pegawai": bt.potret_pegawai(),
    "skp": bt.skp(),
    "penilaian_kinerja": bt.penilaian_kinerja(),
    "riwayat_penilaian": bt.riwayat_penilaian(max_size=3),
    "jurnal_kinerja": bt.skp().flatmap(lambda s: bt.jurnal_kinerja(s, max_size=6)),
    "keberatan": bt.keberatan(),
    "hasil_kinerja": bt.hasil_kinerja(),
    "kejadian_kinerja": bt.kejadian_kinerja(),
}


@pytest.mark.parametrize("nama", sorted(STRATEGI))
def test_bolak_balik(nama: str) -> None:
    @settings(max_examples=25)
    @given(STRATEGI[nama])
    def periksa(nilai: Any) -> None:
        _bolak_balik(nilai)

    periksa()


@given(bt.unit_organisasi(max_size=4))
def test_bolak_balik_unit_organisasi(units: tuple[Any, ...]) -> None:
    assert dari_data(tuple[birokrasi.UnitOrganisasi, ...], ke_data(units)) == units


@given(bt.sistem_kerja(max_tim=2, max_anggota=6))
def test_bolak_balik_keanggotaan(sistem: birokrasi.SistemKerja) -> None:
    for k in sistem.keanggotaan:
        _bolak_balik(k)


NILAI_CONTOH = [
    struktur.instansi(),
    sistem_kerja.tim_kerja(),
    *skp.skp(),
    umpan_balik.jurnal_dewi(),
    penilaian.penilaian_tahunan(),
    penilaian.usulan(),
    karier.posisi(),
    karier.proyeksi(),
    *karier.keberatan(),
    *karier.riwayat_ak(),
    birokrasi.TABEL_ANGKA_KREDIT_2023,
    birokrasi.KEBIJAKAN_PEMANTAUAN_BAKU,
    birokrasi.KEBIJAKAN_SISTEM_KERJA_BAKU,
    birokrasi.TENGGAT_SKP,
    birokrasi.jelaskan_predikat(Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI),
    *birokrasi.KATALOG.values(),
]


@pytest.mark.parametrize("nilai", NILAI_CONTOH, ids=lambda x: type(x).__name__)
def test_bolak_balik_contoh(nilai: Any) -> None:
    _bolak_balik(nilai)


def test_kurva_dan_batas() -> None:
    kurva = birokrasi.kurva_distribusi(
        birokrasi.PredikatOrganisasi.BAIK, tanggal=dt.date(2024, 1, 1)
    )
    _bolak_balik(kurva)
    batas = birokrasi.batas_distribusi(
        birokrasi.PredikatOrganisasi.BAIK, 17, tanggal=dt.date(2024, 1, 1)
    )
    _bolak_balik(batas)


def test_koleksi_dan_tipe_generik() -> None:
    skps = skp.skp()
    assert dari_data(tuple[SKP, ...], ke_data(skps)) == skps
    assert ke_data([Predikat.BAIK, Fraction(1, 3), Decimal("1.50")]) == ["BAIK", "1/3", "1.50"]
    assert dari_data(tuple[Rating, int], ["SESUAI_EKSPEKTASI", 3]) == (
        Rating.SESUAI_EKSPEKTASI,
        3,
    )
    assert dari_data(frozenset[Rating], ["SESUAI_EKSPEKTASI"]) == {Rating.SESUAI_EKSPEKTASI}
    assert dari_data(Fraction, "7") == Fraction(7)
    assert dari_data(bool, True) is True
    assert dari_data(Mapping[str, int], {"a": 1}) == {"a": 1}


# -- shapes -------------------------------------------------------------------------------


def test_bentuk() -> None:
    ev = karier.keberatan()[0]
    data = ke_data(ev)
    assert isinstance(data, dict)
    assert data["predikat"] == ev.predikat.name  # derived field written
    assert data["rating_hasil_kerja"] == ev.rating_hasil_kerja.name
    assert data["pegawai"]["nip"] == ev.pegawai.nip.digit  # type: ignore[index,call-overload]
    assert data["tanggal"] == ev.tanggal.isoformat()
    org = ke_data(struktur.instansi())
    assert isinstance(org, dict)
    assert not any(k.startswith("_") for k in org)  # private index never written
    jurnal = ke_data(umpan_balik.jurnal_dewi())
    assert isinstance(jurnal, dict)
    assert all(TAG_TIPE in p for p in jurnal["peristiwa"])  # type: ignore[union-attr,operator]


def test_turunan_boleh_dihilangkan() -> None:
    ev = karier.keberatan()[0]
    data = ke_data(ev)
    assert isinstance(data, dict)
    del data["predikat"]
    assert dari_data(PenilaianKinerja, data) == ev


def test_ke_data_menolak_yang_tidak_dikenal() -> None:
    with pytest.raises(InvalidTypeError, match=r"nilai: cannot serialise"):
        ke_data(object())
    with pytest.raises(InvalidTypeError, match=r"cannot load a value of type"):
        dari_data(object, {})


# -- untrusted data: only BirokrasiError, with the path ---------------------------------


def _skp_data() -> dict[str, Any]:
    data = ke_data(skp.skp()[1])
    assert isinstance(data, dict)
    return data


KASUS: list[tuple[str, Any, type[BirokrasiError], str]] = [
    ("hasil_kerja.0.indikator.0.target.nilai", "-5", InvalidValueError, r"target\.nilai"),
    ("hasil_kerja.0.indikator.0.target.nilai", 5, InvalidTypeError, r"target\.nilai"),
    ("hasil_kerja.0.indikator.0.target.nilai", "abc", InvalidValueError, r"target\.nilai"),
    ("hasil_kerja.0.indikator.0.target.nilai", "NaN", InvalidValueError, r"target\.nilai"),
    ("pegawai.nip", "123", InvalidValueError, r"skp\.pegawai\.nip: NIP\.digit"),
    ("pegawai.nip", 123, InvalidTypeError, r"skp\.pegawai\.nip"),
    ("periode.selesai", "2000-01-01", InvalidValueError, r"skp\.periode\.selesai"),
    ("periode.selesai", "20250101", InvalidValueError, r"skp\.periode\.selesai"),
    ("periode.selesai", "2025-02-30", InvalidValueError, r"skp\.periode\.selesai: not a valid"),
    ("periode.selesai", None, InvalidTypeError, r"skp\.periode\.selesai"),
    ("pendekatan", "KUANTUM", InvalidValueError, r"skp\.pendekatan"),
    ("pendekatan", 1, InvalidTypeError, r"skp\.pendekatan"),
    ("hasil_kerja", {}, InvalidTypeError, r"skp\.hasil_kerja"),
    ("hasil_kerja.0", [], InvalidTypeError, r"skp\.hasil_kerja\[0\]"),
    ("pegawai.kepala", "ya", InvalidTypeError, r"skp\.pegawai\.kepala"),
    ("pegawai.nama", 3, InvalidTypeError, r"skp\.pegawai\.nama"),
    ("pegawai.nama", " ", InvalidValueError, r"skp\.pegawai\.nama"),
]


def _set(data: Any, jalur: str, nilai: Any) -> None:
    *awal, akhir = jalur.split(".")
    for bagian in awal:
        data = data[int(bagian)] if bagian.isdigit() else data[bagian]
    data[int(akhir) if akhir.isdigit() else akhir] = nilai


@pytest.mark.parametrize(("jalur", "nilai", "galat", "pesan"), KASUS)
def test_data_rusak(jalur: str, nilai: Any, galat: type[BirokrasiError], pesan: str) -> None:
    data = _skp_data()
    _set(data, jalur, nilai)
    with pytest.raises(galat, match=pesan):
        dari_data(SKP, data)


def test_field_hilang_dan_asing() -> None:
    data = _skp_data()
    del data["kode"]
    with pytest.raises(InvalidValueError, match=r"skp\.kode: missing required field"):
        dari_data(SKP, data)
    data = _skp_data()
    data["kodee"] = "x"
    with pytest.raises(InvalidValueError, match=r"skp: unknown field 'kodee'"):
        dari_data(SKP, data)
    with pytest.raises(InvalidTypeError, match=r"^skp: expected a dict of SKP fields"):
        dari_data(SKP, [])


def test_aturan_konstruktor_dengan_jalur() -> None:
    data = _skp_data()
    data["hasil_kerja"] = [data["hasil_kerja"][0]] * 2
    with pytest.raises(InvalidValueError, match=r"^skp\.hasil_kerja\[1\]: SKP\.hasil_kerja"):
        dari_data(SKP, data)


def test_turunan_tidak_dipercaya() -> None:
    data = ke_data(karier.keberatan()[0])
    assert isinstance(data, dict)
    data["predikat"] = "SANGAT_BAIK" if data["predikat"] != "SANGAT_BAIK" else "BAIK"
    with pytest.raises(InvalidValueError, match=r"penilaian_kinerja\.predikat: derived"):
        dari_data(PenilaianKinerja, data)


def test_union_bertanda() -> None:
    data = ke_data(umpan_balik.jurnal_dewi())
    assert isinstance(data, dict)
    rusak = copy.deepcopy(data)
    rusak["peristiwa"][0][TAG_TIPE] = "Surat"  # type: ignore[index,call-overload]
    with pytest.raises(InvalidValueError, match=r"jurnal_kinerja\.peristiwa\[0\]\.@tipe"):
        dari_data(JurnalKinerja, rusak)
    rusak["peristiwa"][0] = "x"  # type: ignore[index]
    with pytest.raises(InvalidTypeError, match=r"jurnal_kinerja\.peristiwa\[0\]: expected a dict"):
        dari_data(JurnalKinerja, rusak)


def test_bentuk_khusus_ditolak() -> None:
    with pytest.raises(InvalidValueError, match=r"^data: expected a list of 2, got 1"):
        dari_data(tuple[int, int], [1], akar="data")
    with pytest.raises(InvalidTypeError, match="expected a list"):
        dari_data(tuple[int, ...], "12")
    with pytest.raises(InvalidTypeError, match="expected a list"):
        dari_data(frozenset[int], {})
    with pytest.raises(InvalidTypeError, match="expected a dict"):
        dari_data(Mapping[str, int], [])
    with pytest.raises(InvalidTypeError, match="expected an int"):
        dari_data(int, True)
    with pytest.raises(InvalidTypeError, match="expected a bool"):
        dari_data(bool, 1)
    with pytest.raises(InvalidTypeError, match="expected a str"):
        dari_data(str, None)
    with pytest.raises(InvalidValueError, match="zero denominator"):
        dari_data(Fraction, "1/0")
    with pytest.raises(InvalidValueError, match="not a fraction"):
        dari_data(Fraction, "1.5")
    with pytest.raises(InvalidTypeError, match="fraction"):
        dari_data(Fraction, 1)
    with pytest.raises(InvalidTypeError, match="ISO date"):
        dari_data(dt.date, 20250101)
    with pytest.raises(InvalidTypeError, match="NIP"):
        dari_data(NIP, 199001012015031001)
    with pytest.raises(InvalidValueError, match=r"^_rapuh: TypeError"):
        dari_data(_Rapuh, {})


@attrs.frozen
class _Rapuh:
    """A class whose constructor fails with a non-library error (the trust boundary)."""

    def __attrs_post_init__(self) -> None:
        raise TypeError("boom")


def test_galat_di_luar_pustaka_dibungkus() -> None:
    with pytest.raises(InvalidValueError, match=r"^x: TypeError: boom"):
        dari_data(_Rapuh, {}, akar="x")


def test_galat_tanpa_nama_field() -> None:
    # Periode's cross-field message names "Periode.selesai", a known field.
    with pytest.raises(InvalidValueError, match=r"^periode\.selesai: Periode\.selesai"):
        dari_data(Periode, {"mulai": "2025-02-01", "selesai": "2025-01-01"})
    # A message naming another class keeps the object's path.
    aturan = ke_data(birokrasi.KATALOG["KAR-AK-01"])
    assert isinstance(aturan, dict)
    aturan["kode"] = "bukan kode"
    with pytest.raises(InvalidValueError, match=r"^aturan\.kode|^aturan: "):
        dari_data(Aturan, aturan)
    # A message naming no field keeps the object's path.
    dasar = ke_data(birokrasi.KATALOG["KAR-AK-02"].dasar)
    assert isinstance(dasar, dict)
    dasar["pasal"] = dasar["ayat"] = None
    with pytest.raises(InvalidValueError, match=r"^dasar: Dasar: a citation names at least"):
        dari_data(birokrasi.Dasar, dasar)


@settings(max_examples=50)
@given(bt.skp(), st.data())
def test_mutasi_hanya_birokrasi_error(nilai: SKP, data: st.DataObject) -> None:
    """Replace one leaf of a valid document with junk: loading either succeeds or raises a
    BirokrasiError whose message starts with a path into the document."""
    doc = ke_data(nilai)
    daun: list[tuple[Any, Any]] = []

    def kumpul(x: Any) -> None:
        if isinstance(x, dict):
            for k, y in x.items():
                daun.append((x, k))
                kumpul(y)
        elif isinstance(x, list):
            for i, y in enumerate(x):
                daun.append((x, i))
                kumpul(y)

    kumpul(doc)
    wadah, kunci = data.draw(st.sampled_from(daun))
    wadah[kunci] = data.draw(
        st.one_of(
            st.none(),
            st.booleans(),
            st.integers(-5, 5),
            st.text(max_size=5),
            st.sampled_from(["2025-02-30", "1/0", "-1", "BAIK", "199001012015031001"]),
            st.just([]),
            st.just({}),
        )
    )
    galat: BirokrasiError | None = None
    try:
        dari_data(SKP, doc)
    except BirokrasiError as e:
        galat = e
    assert galat is None or str(galat).startswith("skp")


def test_dasar_dan_target_langsung() -> None:
    _bolak_balik(Target(nilai=Decimal("12.50"), satuan="dokumen"))
    _bolak_balik(birokrasi.KATALOG["KAR-AK-01"].dasar)
    assert isinstance(dari_data(Dasar, ke_data(birokrasi.KATALOG["KAR-AK-01"].dasar)), Dasar)
    _bolak_balik(
        Instansi("Kosong")  # an empty organisation still round-trips
    )
