"""birokrasi.serial: exact round trips, JSON-compatible output, and path-carrying errors."""

from __future__ import annotations

import copy
import datetime as dt
import enum
import inspect
import json
import types
import typing
from collections import Counter
from collections.abc import Iterator, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import birokrasi
import birokrasi.testing as bt
import fuzz_serial
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
    penjelasan,
)
from birokrasi.contoh import (
    karier,
    kompetensi,
    penilaian,
    penyederhanaan,
    sistem_kerja,
    skp,
    struktur,
    umpan_balik,
)
from birokrasi.errors import BirokrasiError, InvalidTypeError, InvalidValueError
from birokrasi.kinerja.pemantauan.peristiwa import BimbinganKinerja
from birokrasi.kinerja.penilaian.distribusi import PelanggaranDistribusi
from birokrasi.pesan import Pesan, Pilihan
from birokrasi.serial import TAG_TIPE, dari_data, ke_data
from birokrasi.struktur.unsur import PejabatLuar

_T = typing.TypeVar("_T")

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
    "standar_kompetensi": bt.standar_kompetensi(),
    "profil_kompetensi": bt.profil_kompetensi(),
    "kebutuhan_kompetensi": bt.kebutuhan_kompetensi(),
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
    *kompetensi.standar(),
    *kompetensi.profil(),
    kompetensi.kesenjangan_dewi(),
    kompetensi.kesenjangan_satu_data(),
    kompetensi.usulan_satu_data(),
    birokrasi.KEBIJAKAN_KOMPETENSI_BAKU,
    penyederhanaan.instansi_sebelum(),
    penyederhanaan.perbandingan(),
    *birokrasi.lapisan_pegawai(struktur.instansi(), struktur.TANGGAL_DEMO)[:2],
    *birokrasi.rentang_kendali(struktur.instansi(), struktur.TANGGAL_DEMO)[:2],
    *birokrasi.jabatan_disetarakan(
        penyederhanaan.instansi_sebelum(),
        penyederhanaan.TANGGAL_SEBELUM,
        struktur.instansi(),
        struktur.TANGGAL_DEMO,
    ),
    *birokrasi.perubahan_penilai(
        penyederhanaan.instansi_sebelum(),
        penyederhanaan.TANGGAL_SEBELUM,
        struktur.instansi(),
        struktur.TANGGAL_DEMO,
    )[:2],
    *birokrasi.PEMETAAN_PENYETARAAN,
    *karier.keberatan_kepala(),
    birokrasi.TENGGAT_SKP,
    birokrasi.jelaskan_predikat(Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI),
    *birokrasi.KATALOG.values(),
]


@pytest.mark.parametrize("nilai", NILAI_CONTOH, ids=lambda x: type(x).__name__)
def test_bolak_balik_contoh(nilai: Any) -> None:
    _bolak_balik(nilai)


def _bentuk_dinyatakan(nilai: object) -> type:
    """The result type ``ke_data``'s overloads declare for ``nilai``, in their order."""
    if isinstance(nilai, NIP | enum.Enum | Decimal | Fraction | dt.date | str):
        return str
    if attrs.has(type(nilai)) or isinstance(nilai, Mapping):
        return dict
    if isinstance(nilai, tuple | list | frozenset):
        return list
    return object


_NILAI_LEPAS = [
    NIP("198302252008012011"),
    Predikat.BAIK,
    Decimal("12.50"),
    Fraction(75, 4),
    dt.date(2025, 1, 1),
    "teks",
    {2025: Predikat.BAIK},
    [Rating.DI_ATAS_EKSPEKTASI],
    frozenset({Predikat.BAIK, Predikat.KURANG}),
    (),
    None,
    7,
]


@pytest.mark.parametrize("nilai", NILAI_CONTOH + _NILAI_LEPAS, ids=lambda x: type(x).__name__)
def test_ke_data_hasil_sesuai_tipe_yang_dinyatakan(nilai: Any) -> None:
    """``ke_data``'s overloads say what a caller may index without a cast; each holds."""
    assert isinstance(ke_data(nilai), _bentuk_dinyatakan(nilai))


@settings(max_examples=50)
@given(st.one_of(*STRATEGI.values()))
def test_ke_data_hasil_sesuai_tipe_yang_dinyatakan_untuk_semua_strategi(nilai: Any) -> None:
    assert isinstance(ke_data(nilai), _bentuk_dinyatakan(nilai))


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


def test_dasar_dan_target_langsung() -> None:
    _bolak_balik(Target(nilai=Decimal("12.50"), satuan="dokumen"))
    _bolak_balik(birokrasi.KATALOG["KAR-AK-01"].dasar)
    assert isinstance(dari_data(Dasar, ke_data(birokrasi.KATALOG["KAR-AK-01"].dasar)), Dasar)
    _bolak_balik(
        Instansi("Kosong")  # an empty organisation still round-trips
    )


# -- every value a function returns round-trips, loaded with the function's return type -------

T = dt.date(2025, 1, 1)


def _bolak_balik_sebagai(tipe: Any, nilai: Any) -> Any:
    """Round trip through JSON text, loading with ``tipe``; the class of every item survives."""
    data = ke_data(nilai)
    assert _json_murni(data)
    kembali = dari_data(tipe, json.loads(json.dumps(data)))
    assert kembali == nilai
    assert ke_data(kembali) == data
    return data


def _kembalian(fungsi: Any) -> Any:
    return typing.get_type_hints(fungsi)["return"]


@given(bt.predikat_organisasi(), st.integers(0, 40), bt.pembulatan(), bt.sebagian_besar())
def test_penjelasan_batas_distribusi(
    po: birokrasi.PredikatOrganisasi,
    n: int,
    bulat: birokrasi.Pembulatan,
    bacaan: birokrasi.SebagianBesar | None,
) -> None:
    fungsi = penjelasan.jelaskan_batas_distribusi
    hasil = fungsi(po, n, tanggal=T, pembulatan=bulat, sebagian_besar=bacaan)
    _bolak_balik_sebagai(_kembalian(fungsi), hasil)


@given(bt.jenjang_fungsional(), bt.predikat(), st.integers(1, 12))
def test_penjelasan_angka_kredit(
    jenjang: birokrasi.Jenjang, predikat: Predikat, bulan: int
) -> None:
    fungsi = penjelasan.jelaskan_angka_kredit
    hasil = fungsi(jenjang, predikat, bulan=bulan, tanggal=T)
    _bolak_balik_sebagai(_kembalian(fungsi), hasil)


@given(bt.predikat_organisasi())
def test_penjelasan_rating_pimpinan(po: birokrasi.PredikatOrganisasi) -> None:
    fungsi = penjelasan.jelaskan_rating_hasil_kerja_pimpinan
    _bolak_balik_sebagai(_kembalian(fungsi), fungsi(po))


def test_penjelasan_pejabat_penilai() -> None:
    org = struktur.instansi()
    fungsi = penjelasan.jelaskan_pejabat_penilai
    hasil = [
        fungsi(o, p.nip, p.mulai)
        for o in (org, attrs.evolve(org, pejabat_luar=()))
        for p in org.penempatan
        if p.selesai is None or p.selesai > p.mulai
    ]
    assert any(h.hasil is None for h in hasil)
    assert any(isinstance(h.hasil, PejabatLuar) for h in hasil)
    assert any(h.hasil is not None for h in hasil)
    for h in hasil:
        _bolak_balik_sebagai(_kembalian(fungsi), h)


@given(bt.rating(), bt.rating())
def test_penjelasan_predikat(hasil_kerja: Rating, perilaku_kerja: Rating) -> None:
    _bolak_balik(birokrasi.jelaskan_predikat(hasil_kerja, perilaku_kerja))


def test_penjelasan_tanpa_argumen_tipe_ditolak() -> None:
    """``Penjelasan`` is generic: its ``hasil`` loads only with the type argument."""
    data = ke_data(
        penjelasan.jelaskan_rating_hasil_kerja_pimpinan(birokrasi.PredikatOrganisasi.BAIK)
    )
    with pytest.raises(InvalidTypeError, match=r"^penjelasan\.hasil: .*Penjelasan\[Fraction\]"):
        dari_data(penjelasan.Penjelasan, data)


@settings(max_examples=50)
@given(bt.skp().flatmap(lambda s: st.tuples(st.just(s), bt.jurnal_kinerja(s, max_size=12))))
def test_ringkasan_jurnal_menjaga_jenis_peristiwa(pasangan: tuple[SKP, JurnalKinerja]) -> None:
    """Every kind of event keeps its class inside a summary: a KonselingKinerja among the
    ``pembinaan`` (declared as BimbinganKinerja, with the same fields) stays one."""
    skp_, jurnal = pasangan
    ringkasan = jurnal.ringkas(skp_)
    _bolak_balik(ringkasan)
    _bolak_balik(jurnal.ringkas())
    kembali = dari_data(birokrasi.RingkasanJurnal, ke_data(ringkasan))
    assert [type(p) for p in kembali.pembinaan] == [type(p) for p in ringkasan.pembinaan]


def test_konseling_dalam_ringkasan_bertanda() -> None:
    ringkasan = umpan_balik.jurnal_dewi().ringkas()
    data = ke_data(ringkasan)
    assert isinstance(data, dict)
    assert isinstance(data["pembinaan"], list)
    jenis = {type(p).__name__ for p in ringkasan.pembinaan}
    assert "KonselingKinerja" in jenis
    for p, d in zip(ringkasan.pembinaan, data["pembinaan"], strict=True):
        assert isinstance(d, dict)
        # a subclass where its parent is declared is tagged; the parent itself is not
        assert d.get(TAG_TIPE) == (None if type(p) is BimbinganKinerja else type(p).__name__)
    _bolak_balik(ringkasan)


@settings(max_examples=50)
@given(bt.predikat_organisasi(), bt.unit_rencana(max_size=12), bt.pembulatan(), bt.sebagian_besar())
def test_usulan_distribusi(
    po: birokrasi.PredikatOrganisasi,
    unit: tuple[dict[str, Predikat], list[str]],
    bulat: birokrasi.Pembulatan,
    bacaan: birokrasi.SebagianBesar | None,
) -> None:
    rencana, peringkat = unit
    usulan = birokrasi.usulkan_distribusi(
        po, rencana, peringkat, tanggal=T, pembulatan=bulat, sebagian_besar=bacaan
    )
    _bolak_balik(usulan)
    _bolak_balik_sebagai(dict[str, Predikat], usulan.sebagai_dict())


def test_usulan_kurva_tidak_dapat_dipenuhi() -> None:
    """The proposal for a unit too small for the curve carries a PelanggaranDistribusi (with
    the band and counts) in a field declared as Pelanggaran: it comes back whole."""
    usulan = birokrasi.usulkan_distribusi(
        birokrasi.PredikatOrganisasi.KURANG,
        {"A": Predikat.KURANG, "B": Predikat.KURANG},
        ["A", "B"],
        tanggal=T,
        pembulatan=birokrasi.Pembulatan.KETAT,
    )
    assert not usulan.terpenuhi
    data = _bolak_balik_sebagai(birokrasi.UsulanDistribusi, usulan)
    assert data["pelanggaran"][0][TAG_TIPE] == "PelanggaranDistribusi"
    kembali = dari_data(birokrasi.UsulanDistribusi, data)
    assert type(kembali.pelanggaran[0]) is PelanggaranDistribusi


@given(bt.predikat_organisasi(), bt.sebaran_predikat(max_size=20))
def test_hasil_pemeriksaan_dengan_subkelas(
    po: birokrasi.PredikatOrganisasi, sebaran: list[Predikat]
) -> None:
    """A check's findings are a tuple of Pelanggaran subclasses: a tuple declares nothing,
    so each finding carries its class."""
    hasil = birokrasi.periksa_distribusi(po, sebaran, tanggal=T)
    data = _bolak_balik_sebagai(_kembalian(birokrasi.periksa_distribusi), hasil)
    assert all(d[TAG_TIPE] == "PelanggaranDistribusi" for d in data)  # type: ignore[index,call-overload,union-attr]
    assert dari_data(tuple[PelanggaranDistribusi, ...], data) == hasil


@given(bt.riwayat_penilaian(max_size=4))
def test_kamus_hasil_fungsi(riwayat: birokrasi.RiwayatPenilaian) -> None:
    """dict results: int keys are written as their digits, enum keys by name."""
    tahunan = birokrasi.evaluasi_tahunan(riwayat.isi)
    _bolak_balik_sebagai(_kembalian(birokrasi.evaluasi_tahunan), tahunan)
    predikat = [p.predikat for p in riwayat.isi]
    unit = [f"U{i % 2}" for i in range(len(predikat))]
    per_unit = birokrasi.hitung_per_unit(unit, predikat)
    _bolak_balik_sebagai(_kembalian(birokrasi.hitung_per_unit), per_unit)
    _bolak_balik_sebagai(list[Predikat], birokrasi.predikat_kinerja_banyak([]))


def test_kunci_bulat() -> None:
    assert ke_data({2024: Predikat.BAIK, -3: Predikat.KURANG, 0: Predikat.BAIK}) == {
        "2024": "BAIK",
        "-3": "KURANG",
        "0": "BAIK",
    }
    assert dari_data(dict[int, Predikat], {"2024": "BAIK"}) == {2024: Predikat.BAIK}
    with pytest.raises(InvalidTypeError, match=r"^data\[2024 \(int\)\]: expected an integer key"):
        dari_data(dict[int, Predikat], {2024: "BAIK"})


_DIDUKUNG = (type(None), bool, int, str, Decimal, Fraction, dt.date, NIP, Pesan, Pilihan)
_BUKAN_NILAI = (
    Iterator,  # a generator is consumed, not stored
    birokrasi.PohonKinerja,  # a view over SKPs: store pohon.skp, rebuild with pohon_kinerja()
)


_BUKAN_HASIL = {
    "Pesan.data",  # a message's parameters by name, for an app's rendering: store the Pesan
}


def _bentuk_asing(tipe: Any, dilihat: set[Any]) -> list[str]:
    """What in ``tipe`` serial cannot write and read back (empty when everything can)."""
    asal = typing.get_origin(tipe) or tipe
    args = typing.get_args(tipe)
    if asal in (typing.Union, types.UnionType, tuple, list, frozenset):
        return [x for a in args if a is not Ellipsis for x in _bentuk_asing(a, dilihat)]
    if asal in (dict, Mapping):
        kunci, nilai = args
        salah = [] if kunci in _DIDUKUNG or _enum(kunci) else [f"key {kunci!r}"]
        return salah + _bentuk_asing(nilai, dilihat)
    if isinstance(tipe, typing.TypeVar) or tipe in _DIDUKUNG or _enum(tipe):
        return []
    if isinstance(asal, type) and attrs.has(asal):
        if asal in dilihat:
            return []
        dilihat.add(asal)
        medan = typing.get_type_hints(asal)
        return [
            x
            for f in attrs.fields(asal)
            if not f.name.startswith("_")
            for x in _bentuk_asing(medan[f.name], dilihat)
        ]
    return [repr(tipe)]


def _enum(tipe: Any) -> bool:
    return isinstance(tipe, type) and issubclass(tipe, enum.Enum)


def _kembalian_publik() -> list[tuple[str, Any]]:
    hasil = []
    for nama in birokrasi.__all__:
        objek = getattr(birokrasi, nama)
        fungsi = [(nama, objek)] if inspect.isfunction(objek) else []
        if inspect.isclass(objek):
            fungsi = [
                (f"{nama}.{m}", f)
                for m, f in inspect.getmembers(objek, inspect.isfunction)
                if not m.startswith("_")
            ]
        for n, f in fungsi:
            tipe = typing.get_type_hints(f).get("return")
            if n in _BUKAN_HASIL:
                continue
            if tipe is not None and (typing.get_origin(tipe) or tipe) not in _BUKAN_NILAI:
                hasil.append((n, tipe))
    return hasil


def test_setiap_hasil_publik_berbentuk_yang_dikenal() -> None:
    """Every public function's and method's return type (and every field under it) is a
    shape serial writes and reads, so each value a caller gets can be stored."""
    kembalian = _kembalian_publik()
    assert len(kembalian) > 150
    asing = {n: x for n, t in kembalian if (x := _bentuk_asing(t, set()))}
    assert asing == {}
    assert _bentuk_asing(dict[tuple[int], Any], set()) == ["key tuple[int]", "typing.Any"]


# -- strict shapes -------------------------------------------------------------------------

DITOLAK: list[tuple[Any, str]] = [
    *[
        (Decimal, s)
        for s in [
            "1_0",
            " 12 ",
            "12 ",
            "１２",
            "١٢",
            "१२",
            "+1",
            ".5",
            "1.",
            "1e5",
            "1E5",
            "NaN",
            "Infinity",
            "-Infinity",
            "sNaN",
            "1" * 401,
            "1E+1234567",
            "0x10",
            "",
        ]
    ],
    *[(Fraction, s) for s in ["１２", "1/２", "1_0", " 1/2", "1/2 ", "1/-2", "+1/2", "1 / 2", "٣"]],
    *[
        (dt.date, s)
        for s in [
            "２０２４-01-01",
            "2024-0١-01",
            " 2024-01-01",
            "2024-01-01 ",
            "2024-1-01",
            "+2024-01-01",
            "2024_01-01",
        ]
    ],
    *[
        (NIP, s)
        for s in [
            "１９８００１０１２００６０４１００１",
            "19800101200604100١",
            " 98001012006041001",
            "1980_01012006041001",
        ]
    ],
    *[(dict[int, str], {s: "x"}) for s in ["007", "-0", "+1", "１", " 1", "1_0", "1.0", ""]],  # type: ignore[misc]
]


@pytest.mark.parametrize(("tipe", "data"), DITOLAK, ids=repr)
def test_bentuk_ketat_ditolak(tipe: Any, data: Any) -> None:
    """Python's int(), Decimal() and Fraction() accept '_', spaces and other scripts'
    digits; a document's numbers, dates and NIPs are plain ASCII forms only."""
    with pytest.raises(InvalidValueError, match=r"^x"):
        dari_data(tipe, data, akar="x")


@pytest.mark.parametrize(
    ("tipe", "data", "nilai"),
    [
        (Decimal, "12.50", Decimal("12.50")),
        (Decimal, "-0", Decimal("-0")),
        (Decimal, "1E+3", Decimal("1E+3")),
        (Decimal, "1.0E-7", Decimal("1.0E-7")),
        (Fraction, "-1/3", Fraction(-1, 3)),
        (dict[int, str], {"0": "a", "-12": "b", "2024": "c"}, {0: "a", -12: "b", 2024: "c"}),
    ],
)
def test_bentuk_ketat_diterima(tipe: Any, data: Any, nilai: Any) -> None:
    assert dari_data(tipe, data) == nilai
    assert ke_data(nilai) == data


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_desimal_terhingga_bolak_balik(nilai: Decimal) -> None:
    """Every finite Decimal hypothesis draws has a plain form that reads back exactly."""
    assert dari_data(Decimal, ke_data(nilai)).as_tuple() == nilai.as_tuple()


def test_ke_data_menolak_yang_tidak_terbaca() -> None:
    """ke_data writes nothing that dari_data would refuse."""
    for nilai in (Decimal("NaN"), Decimal("-Infinity"), Decimal("1" * 401), Decimal("1E+1234567")):
        with pytest.raises(InvalidValueError, match=r"^nilai: .*not finite or has more digits"):
            ke_data(nilai)
    with pytest.raises(InvalidValueError, match=r"^nilai\[0\]: a fraction has at most 400"):
        ke_data([Fraction(10**400, 3)])
    with pytest.raises(InvalidTypeError, match=r"^nilai: cannot write 1000.* as a key"):
        ke_data({10**400: "x"})
    with pytest.raises(InvalidTypeError, match=r"^nilai: cannot write True \(bool\) as a key"):
        ke_data({True: "x"})
    assert ke_data(frozenset({Predikat.BAIK, Predikat.KURANG})) == ["BAIK", "KURANG"]


@attrs.frozen
class _Campuran:
    """A field admitting two classes that cannot carry a tag."""

    isi: int | str


def test_union_tanpa_kelas_attrs() -> None:
    with pytest.raises(InvalidTypeError, match=r"^nilai\.isi: cannot serialise 1 \(int\) where"):
        ke_data(_Campuran(1))


# -- deep, huge and mistagged documents ---------------------------------------------------


@attrs.frozen
class _Simpul:
    """A self-referential shape: a tree whose data may nest without end."""

    anak: tuple[_Simpul, ...] = ()


def _sarang(n: int, isi: Any = None) -> Any:
    for _ in range(n):
        isi = [isi]
    return isi


def test_kedalaman_dibatasi() -> None:
    """Data nested deeper than 50 levels is a library error naming the path, never a
    RecursionError, whichever way it is read or written."""
    simpul = _Simpul()
    for _ in range(20):
        simpul = _Simpul((simpul,))
    assert dari_data(_Simpul, ke_data(simpul)) == simpul
    dalam: dict[str, Any] = {"anak": []}
    for _ in range(10_000):
        dalam = {"anak": [dalam]}
    with pytest.raises(
        InvalidValueError, match=r"^_simpul\.anak\[0\]\.anak.*nested deeper than 50"
    ):
        dari_data(_Simpul, dalam)
    with pytest.raises(InvalidValueError, match=r"^nilai\[0\]\[0\].*: nested deeper than 50"):
        ke_data(_sarang(10_000))
    data = ke_data(umpan_balik.jurnal_dewi())
    assert isinstance(data, dict)
    data["peristiwa"] = _sarang(10_000, data["peristiwa"])
    with pytest.raises(
        InvalidTypeError, match=r"^jurnal_kinerja\.peristiwa\[0\]: expected a dict, got <list"
    ):
        dari_data(JurnalKinerja, data)


@pytest.mark.parametrize(
    "tag", [5, None, [], ["UmpanBalik"], {}, {"a": 1}, "", "Surat", "UMPANBALIK"]
)
def test_tag_salah_tipe(tag: Any) -> None:
    """A wrong "@tipe" (of any JSON type) is a library error naming it."""
    data = ke_data(umpan_balik.jurnal_dewi())
    data["peristiwa"][0][TAG_TIPE] = tag  # type: ignore[index,call-overload]
    with pytest.raises(
        InvalidValueError, match=r"^jurnal_kinerja\.peristiwa\[0\]\.@tipe: expected"
    ):
        dari_data(JurnalKinerja, data)


@pytest.mark.parametrize("tag", [5, [], {}, "Pelanggaran", "UmpanBalik"])
def test_tag_subkelas_salah(tag: Any) -> None:
    """Where one class is declared, "@tipe" may name it or one of its subclasses only."""
    data = ke_data(birokrasi.KATALOG["KAR-AK-01"])
    assert isinstance(data, dict)
    data[TAG_TIPE] = tag
    with pytest.raises(InvalidValueError, match=r"^aturan\.@tipe: expected one of Aturan, got"):
        dari_data(Aturan, data)


def test_tag_subkelas_bukan_kelas_sisa_attrs() -> None:
    """attrs leaves the undecorated class of a slotted subclass among ``__subclasses__()``
    (with the parent's fields) until it is collected; a tag names the class attrs built."""

    @attrs.frozen
    class Induk:
        a: int

    @attrs.frozen
    class Anak(Induk):
        b: int

    assert dari_data(Induk, {TAG_TIPE: "Anak", "a": 1, "b": 2}) == Anak(1, 2)


def test_tag_kelas_yang_dideklarasikan_diterima() -> None:
    aturan = birokrasi.KATALOG["KAR-AK-01"]
    data = ke_data(aturan)
    assert isinstance(data, dict)
    assert dari_data(Aturan, {TAG_TIPE: "Aturan", **data}) == aturan


def test_pesan_tidak_menampilkan_seluruh_masukan() -> None:
    """A huge bad value or key is shown cut short."""
    data = _skp_data()
    data["pegawai"]["nip"] = "9" * 1_000_000
    with pytest.raises(InvalidValueError) as galat:
        dari_data(SKP, data)
    assert str(galat.value).startswith("skp.pegawai.nip: NIP.digit: a NIP has 18 digits")
    assert len(str(galat.value)) <= 500
    with pytest.raises(InvalidTypeError) as galat_kunci:
        dari_data(Mapping[str, int], {"k" * 100_000: "x", 5: 1})
    assert str(galat_kunci.value).startswith("data['kkkk")
    assert len(str(galat_kunci.value)) < 150
    with pytest.raises(InvalidTypeError, match=r"^data\[5 \(int\)\]"):
        dari_data(Mapping[Predikat, int], {5: 1})
    ev = ke_data(karier.keberatan()[0])
    assert isinstance(ev, dict)
    ev["predikat"] = 10**5000
    with pytest.raises(InvalidValueError, match=r"derived field is 'KURANG' \(str\) .* \(int\)$"):
        dari_data(PenilaianKinerja, ev)
    with pytest.raises(InvalidValueError) as galat_panjang:
        dari_data(_Cerewet, {}, akar="c")
    # a message given as text (an app's class) is passed on cut short
    assert str(galat_panjang.value) == "c: " + "x" * 397 + "..."
    assert galat_panjang.value.pesan.kode == "SERIAL/di-jalur"


@attrs.frozen
class _Cerewet:
    """A class whose constructor fails with a very long message."""

    def __attrs_post_init__(self) -> None:
        raise InvalidValueError(Pesan.dari_teks("x" * 10_000))


@attrs.frozen
class _Kotak(typing.Generic[_T]):
    """A generic class whose field nests its parameter."""

    isi: tuple[_T, ...]
    cadangan: _T | None = None


def test_kelas_generik_dengan_argumen() -> None:
    kotak = _Kotak((Rating.SESUAI_EKSPEKTASI,), Rating.DI_ATAS_EKSPEKTASI)
    data = ke_data(kotak)
    assert data == {"isi": ["SESUAI_EKSPEKTASI"], "cadangan": "DI_ATAS_EKSPEKTASI"}
    assert dari_data(_Kotak[Rating], data) == kotak
    with pytest.raises(InvalidValueError, match=r"^_kotak\.isi\[0\]: 'BAIK' is not a member"):
        dari_data(_Kotak[Rating], {"isi": ["BAIK"]})


def test_tipe_tanpa_argumen_tidak_dimuat() -> None:
    for tipe in (tuple, list, dict, frozenset, typing.Any):
        with pytest.raises(InvalidTypeError, match=r"cannot load a value of type"):
            dari_data(tipe, [])


def test_fuzz_mutasi_dokumen() -> None:
    """The serial fuzzer's short seeded round (tests/fuzz_serial.py): archived and
    strategy-drawn documents, mutated; loading gives a round-tripping value or a library
    error with a short message starting with the path."""
    hitungan: Counter[str] = Counter()
    fuzz_serial.uji(hitungan, contoh=300)()
    assert sum(hitungan.values()) >= 300
    assert {fuzz_serial.DIMUAT, "InvalidTypeError", "InvalidValueError"} <= set(hitungan)


# -- messages as data (format 3, ADR 0017) ---------------------------------------------------


@attrs.frozen
class _Catatan:
    """A class of an app with message fields, as other classes of the library may have."""

    utama: Pesan
    lain: tuple[Pesan, ...] = ()
    pilihan: Pilihan | None = None
    cadangan: Pesan | None = None


@settings(max_examples=150)
@given(bt.pesan())
def test_pesan_bolak_balik_dengan_parameter_apa_pun(pesan: Pesan) -> None:
    """A message of any template, with parameters of any kind, comes back equal, with the
    same types, through JSON."""
    data = json.loads(json.dumps(ke_data(pesan)))
    kembali = dari_data(Pesan, data)
    assert kembali == pesan
    assert kembali.teks("id") == pesan.teks("id")
    assert kembali.teks("en") == pesan.teks("en")
    assert [type(x) for _, x in kembali.parameter] == [type(x) for _, x in pesan.parameter]


@settings(max_examples=50)
@given(bt.pesan(), st.lists(bt.pesan(), max_size=2), bt.parameter_pesan())
def test_medan_bertipe_pesan_ditangani_umum(utama: Pesan, lain: list[Pesan], x: object) -> None:
    """Any field declared as a Pesan (alone, in a tuple, optional) or a Pilihan round-trips."""
    catatan = _Catatan(utama, tuple(lain), Pilihan((x,)), utama)
    assert dari_data(_Catatan, json.loads(json.dumps(ke_data(catatan)))) == catatan
    assert dari_data(_Catatan, ke_data(_Catatan(utama))) == _Catatan(utama)


def test_bentuk_pesan_dalam_data() -> None:
    """The stored form of a message: its kode and its parameters, each carrying its type."""
    from birokrasi.pesan import templat

    pesan = templat("NILAI/antara")(
        nama="Target.nilai", minimum=Fraction(1, 4), maksimum=Decimal("12.50"), diberikan="13"
    )
    assert ke_data(pesan) == {
        "kode": "NILAI/antara",
        "parameter": {
            "diberikan": "13",
            "maksimum": {TAG_TIPE: "Decimal", "nilai": "12.50"},
            "minimum": {TAG_TIPE: "Fraction", "nilai": "1/4"},
            "nama": "Target.nilai",
        },
    }
    assert ke_data(Pesan.dari_teks("bebas")) == {"kode": "TEKS", "parameter": {"teks": "bebas"}}
    tipe = templat("NILAI/tipe")(
        nama="x",
        diharapkan=Pilihan((dt.date, NIP, Predikat)),
        diberikan=(Predikat.BAIK, dt.date(2025, 1, 31), None, True, 7, frozenset({2, 1}), [3]),
    )
    assert ke_data(tipe)["parameter"] == {
        "diberikan": [
            {TAG_TIPE: "Predikat", "nilai": "BAIK"},
            {TAG_TIPE: "date", "nilai": "2025-01-31"},
            None,
            True,
            7,
            {TAG_TIPE: "frozenset", "isi": [1, 2]},
            {TAG_TIPE: "list", "isi": [3]},
        ],
        "diharapkan": {
            TAG_TIPE: "Pilihan",
            "isi": [
                {TAG_TIPE: "type", "nama": "date"},
                {TAG_TIPE: "type", "nama": "NIP"},
                {TAG_TIPE: "type", "nama": "Predikat"},
            ],
        },
        "nama": "x",
    }
    assert dari_data(Pesan, ke_data(tipe)) == tipe
    periode = templat("TEKS")(teks=birokrasi.Periode(dt.date(2025, 1, 1), dt.date(2025, 6, 30)))
    assert ke_data(periode)["parameter"] == {
        "teks": {TAG_TIPE: "Periode", "mulai": "2025-01-01", "selesai": "2025-06-30"}
    }
    assert dari_data(Pesan, ke_data(periode)) == periode


class _EnumAplikasi(enum.Enum):
    A = 1


@attrs.frozen
class _KelasAplikasi:
    x: int = 1


@pytest.mark.parametrize(
    "nilai", [_EnumAplikasi.A, _KelasAplikasi(), _KelasAplikasi, 1.5, dt.datetime(2025, 1, 1)]
)
def test_parameter_yang_tidak_terbaca_kembali_ditolak(nilai: object) -> None:
    """A parameter that could not be read back (an app's enum or class, a float) is refused
    on writing, naming its path."""
    pesan = Pesan.dari_teks("x")
    pesan = attrs.evolve(pesan, parameter=(("teks", nilai),))
    with pytest.raises(InvalidTypeError, match=r"^nilai\.parameter\.teks: cannot serialise"):
        ke_data(pesan)


def test_templat_yang_tidak_dideklarasikan_ditolak() -> None:
    from birokrasi.pesan import Templat

    pesan = Templat("aplikasi", "APP/sendiri", "{x}")(x=1)
    with pytest.raises(InvalidValueError, match=r"^nilai: the message APP/sendiri is not one"):
        ke_data(pesan)


@pytest.mark.parametrize(
    ("data", "galat", "pesan"),
    [
        ("teks", InvalidTypeError, r"^pesan: expected a dict of Pesan fields, got 'teks'"),
        ({"kode": "TEKS"}, InvalidValueError, r"^pesan\.parameter: missing required field"),
        (
            {"kode": "TEKS", "parameter": {}, "x": 1},
            InvalidValueError,
            r"^pesan: unknown field 'x' \(str\) for Pesan",
        ),
        ({"kode": 5, "parameter": {}}, InvalidTypeError, r"^pesan\.kode: expected a str"),
        (
            {"kode": "TEKS", "parameter": []},
            InvalidTypeError,
            r"^pesan\.parameter: expected a dict",
        ),
        (
            {"kode": "TIDAK/ada", "parameter": {}},
            InvalidValueError,
            r"^pesan\.kode: no message is declared as 'TIDAK/ada'",
        ),
        (
            {"kode": "TEKS", "parameter": {"x": "a"}},
            InvalidValueError,
            r"^pesan\.parameter: the message TEKS takes the parameters teks, got 'x' \(str\)",
        ),
        (
            {"kode": "TEKS", "parameter": {"teks": 1.5}},
            InvalidTypeError,
            r"^pesan\.parameter\.teks: expected a message parameter",
        ),
        (
            {"kode": "TEKS", "parameter": {"teks": {"nilai": 1}}},
            InvalidTypeError,
            r"^pesan\.parameter\.teks\.@tipe: expected a str, got None",
        ),
        (
            {"kode": "TEKS", "parameter": {"teks": {TAG_TIPE: "Kelas"}}},
            InvalidValueError,
            r"^pesan\.parameter\.teks\.@tipe: 'Kelas' \(str\) is not a type a message parameter",
        ),
        (
            {"kode": "TEKS", "parameter": {"teks": {TAG_TIPE: "type", "nama": "Kelas"}}},
            InvalidValueError,
            r"^pesan\.parameter\.teks\.nama: 'Kelas' \(str\) is not a type",
        ),
        (
            {"kode": "TEKS", "parameter": {"teks": {TAG_TIPE: "date", "nilai": "2025-13-01"}}},
            InvalidValueError,
            r"^pesan\.parameter\.teks\.nilai: not a valid date",
        ),
        (
            {"kode": "TEKS", "parameter": {"teks": {TAG_TIPE: "Predikat", "isi": "BAIK"}}},
            InvalidValueError,
            r"^pesan\.parameter\.teks: unknown field 'isi' \(str\) for Predikat",
        ),
        (
            {"kode": "TEKS", "parameter": {"teks": {TAG_TIPE: "list", "isi": 5}}},
            InvalidTypeError,
            r"^pesan\.parameter\.teks\.isi: expected a list",
        ),
        (
            {"kode": "TEKS", "parameter": {"teks": {TAG_TIPE: "Pilihan", "isi": "a"}}},
            InvalidTypeError,
            r"^pesan\.parameter\.teks\.isi: expected a list",
        ),
    ],
)
def test_pesan_rusak_ditolak(data: object, galat: type[BirokrasiError], pesan: str) -> None:
    with pytest.raises(galat, match=pesan):
        dari_data(Pesan, data)


def test_pilihan_rusak_ditolak() -> None:
    with pytest.raises(InvalidTypeError, match=r"^pilihan: expected a dict of Pilihan fields"):
        dari_data(Pilihan, ["a"])


def test_parameter_terlalu_dalam_ditolak() -> None:
    data: Any = "x"
    for _ in range(60):
        data = [data]
    with pytest.raises(InvalidValueError, match=r"nested deeper than 50 levels"):
        dari_data(Pesan, {"kode": "TEKS", "parameter": {"teks": data}})
    nilai: Any = "x"
    for _ in range(60):
        nilai = (nilai,)
    with pytest.raises(InvalidValueError, match=r"nested deeper than 50 levels"):
        ke_data(attrs.evolve(Pesan.dari_teks("x"), parameter=(("teks", nilai),)))


@pytest.mark.bahasa_baku
def test_galat_serial_dalam_bahasa_indonesia() -> None:
    """A loading error names the path, then says what is wrong in Indonesian; a constructor's
    own message is nested in it as data."""
    with pytest.raises(InvalidValueError) as galat:
        dari_data(birokrasi.Periode, {"mulai": "2024-01-01", "selesai": "2024-13-01"})
    assert str(galat.value) == "periode.selesai: bukan tanggal yang sah: '2024-13-01'"
    with pytest.raises(InvalidValueError) as galat_bangun:
        dari_data(birokrasi.Periode, {"mulai": "2024-02-01", "selesai": "2024-01-01"})
    assert galat_bangun.value.kode == "SERIAL/di-jalur"
    dalam = galat_bangun.value.parameter["pesan"]
    assert isinstance(dalam, Pesan)
    assert str(galat_bangun.value) == f"periode.selesai: {dalam.teks('id')}"


@pytest.mark.parametrize("tipe", [{"a": 1}, [1], {1}])
def test_an_unhashable_type_argument_is_a_library_error(tipe: object) -> None:
    """``dari_data`` given a dict or a list where a type belongs says so (it raised a bare
    ``TypeError`` from a type cache; found while writing a test)."""
    with pytest.raises(InvalidTypeError, match="data: cannot load a value of type"):
        dari_data(tipe, 1)  # type: ignore[arg-type]
