"""birokrasi.dokumen: versioned documents, their migrations, and the golden files of every
format version, which must load on every run.

``tests/arsip/`` holds, per format version, the documents that version wrote: ``0.1.0/``
(version 1, unversioned, captured from the release) and ``format-<n>/`` (envelopes), and the
schema of every version in ``skema/<n>.json``. A change of the format without a new version
(and a migration step) fails :func:`test_skema_format_tidak_berubah_diam_diam`.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings

import birokrasi
import test_serial
from bantu_arsip import beda_skema, skema, tambahan_kosong
from birokrasi import (
    SKP,
    Aturan,
    Pelanggaran,
    Periode,
    Predikat,
    PredikatOrganisasi,
    Rating,
    RiwayatPenilaian,
)
from birokrasi.contoh import penilaian
from birokrasi.contoh import skp as contoh_skp
from birokrasi.dokumen import (
    FORMAT,
    MIGRASI,
    VERSI_FORMAT,
    Migrasi,
    _naikkan,
    dari_dokumen,
    ke_dokumen,
    migrasikan,
)
from birokrasi.errors import BirokrasiError, InvalidTypeError, InvalidValueError
from birokrasi.kinerja.penilaian.distribusi import PelanggaranDistribusi, periksa_distribusi
from birokrasi.serial import Data, ke_data

ARSIP = Path(__file__).parent / "arsip"
RILIS = sorted(ARSIP.glob("[0-9]*/*.json"))  # version 1: unversioned, {"tipe", "data"}
EMAS = sorted(ARSIP.glob("format-*/*.json"))  # envelopes of version 2 and later
PERINTAH = "PYTHONPATH=src python tests/buat_arsip.py"


def _baca(berkas: Path) -> Any:
    return json.loads(berkas.read_text(encoding="utf-8"))


def _skema_versi(versi: int) -> dict[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = _baca(ARSIP / "skema" / f"{versi}.json")
    return data


# -- the golden documents -------------------------------------------------------------------


@pytest.mark.parametrize("berkas", EMAS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_dokumen_emas_dimuat(berkas: Path) -> None:
    """A document of any format version loads; one of the current version writes back to
    exactly the same data, an older one to its migration."""
    dokumen = _baca(berkas)
    nilai = dari_dokumen(dokumen)
    assert type(nilai).__name__ == dokumen["@tipe"]
    assert attrs.has(type(nilai))
    if dokumen["@versi"] == VERSI_FORMAT:
        assert ke_dokumen(nilai) == dokumen
    else:
        assert tambahan_kosong(ke_dokumen(nilai), migrasikan(dokumen)) == []


@pytest.mark.parametrize("berkas", RILIS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_dokumen_tanpa_versi_dimuat_sebagai_versi_1(berkas: Path) -> None:
    """0.1.0's documents are version 1: unversioned with their class given, or in an
    envelope of version 1 without it."""
    dokumen = _baca(berkas)
    kelas = getattr(birokrasi, dokumen["tipe"])
    nilai = dari_dokumen(dokumen["data"], kelas)
    amplop = {"@format": FORMAT, "@versi": 1, "@tipe": dokumen["tipe"], "isi": dokumen["data"]}
    assert dari_dokumen(amplop) == nilai
    assert migrasikan(amplop) == migrasikan(dokumen["data"], kelas)
    assert tambahan_kosong(ke_dokumen(nilai), migrasikan(amplop)) == []


def test_setiap_versi_punya_dokumen_emas_dan_skema() -> None:
    """Every format version up to the current one has its schema and its golden documents
    (version 1's are 0.1.0's), so none can stop loading unnoticed."""
    assert {p.stem for p in (ARSIP / "skema").glob("*.json")} == {
        str(v) for v in range(1, VERSI_FORMAT + 1)
    }
    assert len(RILIS) > 100
    for versi in range(2, VERSI_FORMAT + 1):
        berkas = list((ARSIP / f"format-{versi}").glob("*.json"))
        assert len(berkas) > 100, f"no golden documents of version {versi}: run {PERINTAH}"
        assert {_baca(b)["@versi"] for b in berkas} == {versi}


def _kelas_di_dalam(nilai: object, dilihat: set[str]) -> None:
    """Every attrs class and enum ``nilai`` holds, by name, into ``dilihat``."""
    if isinstance(nilai, enum.Enum):
        dilihat.add(type(nilai).__name__)
    elif attrs.has(type(nilai)):
        dilihat.add(type(nilai).__name__)
        for f in attrs.fields(type(nilai)):
            if not f.name.startswith("_"):
                _kelas_di_dalam(getattr(nilai, f.name), dilihat)
    elif isinstance(nilai, dict):
        for k, x in nilai.items():
            _kelas_di_dalam(k, dilihat)
            _kelas_di_dalam(x, dilihat)
    elif isinstance(nilai, tuple | list | frozenset):
        for x in nilai:
            _kelas_di_dalam(x, dilihat)


TANPA_EMAS = {
    # generic: its documents load only with the type argument (Penjelasan[Fraction]), and
    # explanations are recomputed from their inputs rather than kept as records
    "Penjelasan",
}


def test_dokumen_emas_mencakup_setiap_jenis_nilai() -> None:
    """The current version's golden documents hold every class of the format and every
    enum a field declares (a public enum no field holds is written only as bare data)."""
    dilihat: set[str] = set()
    for berkas in ARSIP.glob(f"format-{VERSI_FORMAT}/*.json"):
        _kelas_di_dalam(dari_dokumen(_baca(berkas)), dilihat)
    kini = _skema_versi(VERSI_FORMAT)
    disebut = {
        nama
        for medan in kini["kelas"].values()
        for tipe in medan.values()
        for nama in re.findall(r"\w+", tipe)
    }
    perlu = set(kini["kelas"]) | (set(kini["enum"]) & disebut)
    hilang = sorted(perlu - dilihat - TANPA_EMAS)
    assert hilang == [], (
        "no golden document holds these: add a strategy or an example to tests/test_serial.py"
    )


# -- the schema and the migration chain -----------------------------------------------------


def test_skema_format_tidak_berubah_diam_diam() -> None:
    """The code writes the format of :data:`VERSI_FORMAT`, as its committed schema says."""
    kini = skema(birokrasi)
    tercatat = _skema_versi(VERSI_FORMAT)
    beda = beda_skema(kini, tercatat)
    baru = sorted(set(kini["kelas"]) - set(tercatat["kelas"]))
    assert beda == [], (
        f"The serialised format changed since version {VERSI_FORMAT} (ADR 0016):\n  "
        + "\n  ".join(beda)
        + "\nDocuments of that version are stored and exchanged, so the change needs a new "
        "format version: in src/birokrasi/dokumen.py bump VERSI_FORMAT, append a Migrasi "
        "step to MIGRASI (the default ubah for an additive change, a tested function "
        f"otherwise), then run `{PERINTAH}` to write the new schema and golden documents."
    )
    assert baru == [], (
        f"New classes {baru} are not in the schema of version {VERSI_FORMAT}; no stored "
        f"document holds them, so no new version is needed: run `{PERINTAH}` (it adds their "
        "golden documents and leaves the others alone)."
    )
    assert kini == tercatat


def test_rantai_migrasi_lengkap() -> None:
    """One step per version, in order, and a step marked additive really is (its schema
    only adds optional fields and enum members, or widens a type)."""
    assert [m.dari_versi for m in MIGRASI] == list(range(1, VERSI_FORMAT))
    for m in MIGRASI:
        beda = beda_skema(_skema_versi(m.dari_versi + 1), _skema_versi(m.dari_versi))
        assert beda, f"step {m.dari_versi} changes nothing in the schema"
        if m.aditif:
            assert [b for b in beda if not b.startswith("aditif")] == []


@pytest.mark.parametrize(
    ("baru", "beda"),
    [
        ({"kelas": {"A": {"x": "int"}}, "enum": {"E": ["P"]}}, []),
        (
            {"kelas": {"A": {"x": "int", "y": "None | str (opsional)"}}, "enum": {"E": ["P"]}},
            ["aditif: A.y added: None | str (opsional)"],
        ),
        (
            {"kelas": {"A": {"x": "int", "y": "str"}}, "enum": {"E": ["P"]}},
            ["BUKAN aditif: A.y added: str"],
        ),
        (
            {"kelas": {"A": {"x": "None | int"}}, "enum": {"E": ["P", "Q"]}},
            ["aditif: A.x: int -> None | int", "aditif: E.Q added"],
        ),
        (
            {"kelas": {"A": {"x": "int (opsional)"}}, "enum": {"E": ["P"]}},
            ["aditif: A.x: int -> int (opsional)"],
        ),
        (
            {"kelas": {"A": {"x": "str"}}, "enum": {"E": ["Q"]}},
            [
                "BUKAN aditif: A.x: int -> str",
                "BUKAN aditif: E.P removed or renamed",
                "aditif: E.Q added",
            ],
        ),
        (
            {"kelas": {"A": {"z": "int"}}, "enum": {}},
            [
                "BUKAN aditif: A.x removed or renamed",
                "BUKAN aditif: A.z added: int",
                "BUKAN aditif: enum E removed or renamed",
            ],
        ),
        (
            {"kelas": {"B": {"x": "int"}}, "enum": {"E": ["P"]}},
            ["BUKAN aditif: class A removed or renamed"],
        ),
    ],
)
def test_beda_skema(baru: dict[str, dict[str, Any]], beda: list[str]) -> None:
    """The schema comparison sees each kind of change (so the tests above can fail)."""
    assert beda_skema(baru, {"kelas": {"A": {"x": "int"}}, "enum": {"E": ["P"]}}) == beda


# -- migrations -----------------------------------------------------------------------------


def _ganti_nama_periode(tipe: str, isi: Data) -> tuple[str, Data]:
    """A test step: version 1 called Periode 'Rentang' and its fields 'awal'/'akhir'."""
    if tipe == "Rentang" and isinstance(isi, dict):
        return "Periode", {"mulai": isi["awal"], "selesai": isi["akhir"]}
    return tipe, isi


RANTAI_UJI = (Migrasi(1, "Rentang became Periode", _ganti_nama_periode), Migrasi(2, "additive"))


def test_migrasi_berantai() -> None:
    """A document is carried through every step from its version to the current one; a
    renamed class's tag is rewritten by the step that renamed it (ADR 0016)."""
    lama = {
        "@format": FORMAT,
        "@versi": 1,
        "@tipe": "Rentang",
        "isi": {"awal": "2025-01-01", "akhir": "2025-06-30"},
    }
    hasil = _naikkan(lama, RANTAI_UJI, 3)
    assert hasil == {
        "@format": FORMAT,
        "@versi": 3,
        "@tipe": "Periode",
        "isi": {"mulai": "2025-01-01", "selesai": "2025-06-30"},
    }
    assert lama["isi"] == {"awal": "2025-01-01", "akhir": "2025-06-30"}  # not mutated
    assert _naikkan({**hasil, "@versi": 2}, RANTAI_UJI, 3) == hasil  # the additive step
    assert RANTAI_UJI[1].aditif
    assert not RANTAI_UJI[0].aditif


def test_migrasi_yang_gagal_adalah_data_buruk() -> None:
    """A step meeting data it cannot read raises a library error naming the step."""
    rusak = {"@format": FORMAT, "@versi": 1, "@tipe": "Rentang", "isi": {"awal": "2025-01-01"}}
    with pytest.raises(InvalidValueError, match=r"^dokumen: migrating from version 1: KeyError"):
        _naikkan(rusak, RANTAI_UJI, 3)


def test_versi_lebih_baru_ditolak() -> None:
    dokumen = {**ke_dokumen(Periode.tahun(2025)), "@versi": VERSI_FORMAT + 1}
    with pytest.raises(InvalidValueError) as e:
        dari_dokumen(dokumen, Periode)
    assert str(e.value) == (
        f"dokumen.@versi: the document is in format version {VERSI_FORMAT + 1}, this "
        f"birokrasi reads versions 1 to {VERSI_FORMAT}: load it with a newer birokrasi"
    )


@pytest.mark.parametrize(
    ("versi", "pesan"),
    [
        (10**5000, r"^dokumen.@versi: the document is in format version <int that cannot be"),
        (-(10**5000), r"^dokumen.@versi: versions start at 1, got <int that cannot be shown>"),
    ],
    ids=["besar", "negatif"],
)
def test_versi_raksasa_ditolak_dengan_pesan_pendek(versi: int, pesan: str) -> None:
    """An int past Python's digit limit cannot be formatted with ``str`` (which raised a bare
    ValueError, found by review of the envelope); the message says so instead."""
    dokumen = {**ke_dokumen(Periode.tahun(2025)), "@versi": versi}
    with pytest.raises(InvalidValueError, match=pesan) as e:
        dari_dokumen(dokumen)
    assert len(str(e.value)) < 300


# -- the envelope ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "nilai",
    [*contoh_skp.skp(), birokrasi.TABEL_ANGKA_KREDIT_2023, birokrasi.KATALOG["KIN-EVAL-01"]],
    ids=lambda x: type(x).__name__,
)
def test_bolak_balik_dokumen(nilai: Any) -> None:
    dokumen = ke_dokumen(nilai)
    assert list(dokumen) == ["@format", "@versi", "@tipe", "isi"]
    assert dokumen["isi"] == ke_data(nilai)
    teks = json.loads(json.dumps(dokumen))
    assert dari_dokumen(teks) == nilai
    assert dari_dokumen(teks, type(nilai)) == nilai


@pytest.mark.parametrize("nama", sorted(test_serial.STRATEGI))
def test_bolak_balik_dokumen_untuk_semua_strategi(nama: str) -> None:
    """Every value kind the serial tests draw round-trips as a document, with and without
    its class given."""

    @settings(max_examples=10)
    @given(test_serial.STRATEGI[nama])
    def periksa(nilai: Any) -> None:
        if not attrs.has(type(nilai)):
            return  # a NIP is a string, not a document
        dokumen = json.loads(json.dumps(ke_dokumen(nilai)))
        assert dari_dokumen(dokumen) == nilai
        assert dari_dokumen(dokumen, type(nilai)) == nilai

    periksa()


def test_kelas_induk_dan_turunan() -> None:
    """``kelas`` may be a parent of the document's class; the value keeps its class."""
    temuan = periksa_distribusi(
        PredikatOrganisasi.BAIK, [Predikat.SANGAT_BAIK] * 4, tanggal=dt.date(2025, 1, 1)
    )[0]
    assert isinstance(temuan, PelanggaranDistribusi)
    kembali = dari_dokumen(ke_dokumen(temuan), Pelanggaran)
    assert type(kembali) is PelanggaranDistribusi
    assert kembali == temuan
    with pytest.raises(InvalidValueError, match=r"^dokumen.@tipe: expected Aturan"):
        dari_dokumen(ke_dokumen(temuan), Aturan)


def test_dokumen_tanpa_versi_perlu_kelas() -> None:
    data = ke_data(Periode.tahun(2025))
    assert dari_dokumen(data, Periode) == Periode.tahun(2025)
    with pytest.raises(InvalidValueError, match=r"unversioned data .* pass kelas"):
        dari_dokumen(data)


@pytest.mark.parametrize(
    ("ubah", "galat", "pesan"),
    [
        ({"@format": "lain"}, InvalidValueError, "dokumen.@format: expected 'birokrasi'"),
        ({"@versi": "2"}, InvalidTypeError, "dokumen.@versi: expected an int"),
        ({"@versi": True}, InvalidTypeError, "dokumen.@versi: expected an int"),
        ({"@versi": 0}, InvalidValueError, "dokumen.@versi: versions start at 1, got 0"),
        ({"@tipe": 3}, InvalidTypeError, "dokumen.@tipe: expected a class name"),
        ({"@tipe": "open"}, InvalidValueError, "dokumen.@tipe: 'open' .* is not a public class"),
        ({"@tipe": "periksa_skp"}, InvalidValueError, "dokumen.@tipe: .* is not a public class"),
        ({"@tipe": "Rating"}, InvalidValueError, "dokumen.@tipe: .* is not a public class"),
        ({"lain": 1}, InvalidValueError, "dokumen: unknown key 'lain'"),
        ({"isi": []}, InvalidTypeError, r"dokumen.isi: expected a dict of Periode fields"),
        ({"isi": {"mulai": "2025-01-01"}}, InvalidValueError, "dokumen.isi.selesai: missing"),
    ],
)
def test_amplop_rusak(ubah: dict[str, Any], galat: type[BirokrasiError], pesan: str) -> None:
    dokumen = {**ke_dokumen(Periode.tahun(2025)), **ubah}
    with pytest.raises(galat, match=f"^{pesan}"):
        dari_dokumen(dokumen)


def test_amplop_tidak_lengkap() -> None:
    for kunci in ("@versi", "@tipe", "isi"):
        dokumen = {k: x for k, x in ke_dokumen(Periode.tahun(2025)).items() if k != kunci}
        with pytest.raises(InvalidValueError, match=f"^dokumen.{kunci}: missing"):
            dari_dokumen(dokumen)
    with pytest.raises(InvalidTypeError, match=r"^dokumen: expected a dict"):
        dari_dokumen([1])


@pytest.mark.parametrize("kelas", ["Periode", Rating, int, tuple[Periode, ...]])
def test_kelas_harus_kelas_attrs(kelas: Any) -> None:
    with pytest.raises(InvalidTypeError, match=r"^kelas: expected an attrs class"):
        dari_dokumen(ke_dokumen(Periode.tahun(2025)), kelas)


def test_hanya_nilai_attrs_menjadi_dokumen() -> None:
    for bukan in (Rating.DI_ATAS_EKSPEKTASI, (SKP,), {"a": 1}, 3):
        with pytest.raises(InvalidTypeError, match=r"^nilai: a document holds one attrs value"):
            ke_dokumen(bukan)  # type: ignore[arg-type]


def test_kelas_generik() -> None:
    """A generic class loads with its type argument, as with ``dari_data``."""
    from birokrasi.penjelasan import Penjelasan, jelaskan_batas_distribusi

    p = jelaskan_batas_distribusi(PredikatOrganisasi.BAIK, 17, tanggal=dt.date(2025, 1, 1))
    dokumen = ke_dokumen(p)
    assert dokumen["@tipe"] == "Penjelasan"
    assert dari_dokumen(dokumen, Penjelasan[birokrasi.BatasDistribusi]) == p


def test_riwayat_dengan_kelas() -> None:
    riwayat = penilaian.penilaian_tahunan()
    assert dari_dokumen(ke_dokumen(riwayat), RiwayatPenilaian) == riwayat


# -- version 3: messages as data (ADR 0017) -------------------------------------------------


def test_migrasi_2_ke_3_teks_pesan_menjadi_pesan_dari_teks() -> None:
    """A finding stored by version 2 holds its message as text; the step to version 3 turns
    it into ``Pesan.dari_teks(text)`` wherever it lies (a bare finding, findings in a field
    of another value), and leaves the stored data unchanged."""
    from birokrasi.pesan import Pesan

    emas = ARSIP / "format-2" / "contoh_pelanggaran_distribusi_0.json"
    lama = _baca(emas)
    teks = lama["isi"]["pesan"]
    assert isinstance(teks, str)
    baru = migrasikan(lama)
    assert baru["@versi"] == VERSI_FORMAT
    assert baru["isi"]["pesan"] == {"kode": "TEKS", "parameter": {"teks": teks}}  # type: ignore[index,call-overload]
    assert lama == _baca(emas)  # not mutated
    nilai = dari_dokumen(lama)
    assert isinstance(nilai, PelanggaranDistribusi)
    assert nilai.pesan == Pesan.dari_teks(teks)
    usulan = _baca(ARSIP / "format-2" / "contoh_usulan_distribusi_0.json")
    usulan["isi"]["pelanggaran"] = [{"@tipe": "PelanggaranDistribusi", **lama["isi"]}]
    dimuat = dari_dokumen(usulan)
    assert isinstance(dimuat, birokrasi.UsulanDistribusi)
    assert dimuat.pelanggaran == (nilai,)


def test_migrasi_2_ke_3_hanya_mengubah_teks_pesan_temuan() -> None:
    """The step changes a ``pesan`` text only in a dict shaped like a finding's."""
    langkah = MIGRASI[1]
    assert not langkah.aditif
    isi = {
        "pesan": "bukan temuan",
        "daftar": [{"aturan": {}, "subjek": "S", "pesan": "teks"}, 5, None],
        "sudah": {"aturan": {}, "subjek": "S", "pesan": {"kode": "TEKS", "parameter": {}}},
    }
    assert langkah.ubah("X", isi) == (
        "X",
        {
            "pesan": "bukan temuan",
            "daftar": [
                {
                    "aturan": {},
                    "subjek": "S",
                    "pesan": {"kode": "TEKS", "parameter": {"teks": "teks"}},
                },
                5,
                None,
            ],
            "sudah": {"aturan": {}, "subjek": "S", "pesan": {"kode": "TEKS", "parameter": {}}},
        },
    )


def test_temuan_berpesan_templat_bolak_balik_dokumen() -> None:
    """A finding made from a template keeps its kode and parameters in a document."""
    from birokrasi.pesan import Pilihan, templat

    pesan = templat("NILAI/tipe")(
        nama="x", diharapkan=Pilihan((dt.date, str)), diberikan=Predikat.BAIK
    )
    temuan = Pelanggaran(birokrasi.aturan("KIN-PREDIKAT-01"), "S", pesan)
    dokumen = json.loads(json.dumps(ke_dokumen(temuan)))
    assert dokumen["isi"]["pesan"]["kode"] == "NILAI/tipe"
    assert dari_dokumen(dokumen) == temuan
