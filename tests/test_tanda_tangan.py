"""Public signatures stay short: ``help()`` never prints a policy's, a table's or a rule's repr.

The convention (docs/arsitektur.md, *Defaults*): a parameter or field whose default is one of
the library's tables, policies or rules defaults to ``None``, which means that named constant;
the callable (or the field's converter) resolves it, so the value used and stored is the same
as before and equality and documents do not change.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import json
import pkgutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import birokrasi
from birokrasi import (
    GOLONGAN_JF,
    JENIS_PERIODIK_BAKU,
    KEBIJAKAN_PEMANTAUAN_BAKU,
    KEBIJAKAN_SISTEM_KERJA_BAKU,
    KRITERIA_PENGHARGAAN,
    KURVA_DISTRIBUSI,
    NILAI_DASAR_INTEGRASI_2023,
    PEMETAAN_RATING_PIMPINAN,
    TENGGAT_SKP,
    Golongan,
    Jenjang,
    KebijakanPemantauan,
    KebijakanSistemKerja,
    KriteriaPenghargaan,
    PenjelasanPredikat,
    Periode,
    Predikat,
    PredikatOrganisasi,
    Rating,
    batas_penetapan,
    jelaskan_rating_hasil_kerja_pimpinan,
    kurva_distribusi,
    nilai_dasar_integrasi,
    penghargaan_layak,
    periksa_golongan,
    rating_hasil_kerja_pimpinan,
)
from birokrasi.kinerja.predikat import ATURAN_KUADRAN
from birokrasi.kinerja.tindak_lanjut.penghargaan import ATURAN_PENGHARGAAN
from birokrasi.serial import dari_data

PANJANG_TANDA_TANGAN = 600
"""The longest signature allowed: about a dozen annotated parameters."""

PANJANG_BAKU = 60
"""The longest repr of a default: an enum member, a number, a short literal, ``None``."""

ARSIP = Path(__file__).parent / "arsip" / "0.1.0"


def _modul_publik() -> Iterator[Any]:
    yield birokrasi
    for info in pkgutil.walk_packages(birokrasi.__path__, "birokrasi."):
        if not any(bagian.startswith("_") for bagian in info.name.split(".")):
            yield importlib.import_module(info.name)


def _callable_publik() -> dict[str, Callable[..., Any]]:
    """Every public callable of every public module, and the public methods of its classes."""
    hasil: dict[str, Callable[..., Any]] = {}
    for modul in _modul_publik():
        for nama in getattr(modul, "__all__", ()):
            obj = getattr(modul, nama)
            if not callable(obj):
                continue
            hasil[f"{modul.__name__}.{nama}"] = obj
            if inspect.isclass(obj):
                for anggota in vars(obj):
                    metode = getattr(obj, anggota, None)
                    if not anggota.startswith("_") and callable(metode):
                        hasil[f"{modul.__name__}.{nama}.{anggota}"] = metode
    return hasil


def _tanda_tangan() -> dict[str, inspect.Signature]:
    hasil = {}
    for nama, obj in _callable_publik().items():
        try:
            hasil[nama] = inspect.signature(obj)
        except (TypeError, ValueError):  # builtins and enum classes have none to print
            continue
    return hasil


TANDA_TANGAN = _tanda_tangan()


def test_tanda_tangan_ditemukan() -> None:
    """The walk finds the public callables (so the tests below can fail)."""
    assert len(TANDA_TANGAN) > 300
    assert "birokrasi.kurva_distribusi" in TANDA_TANGAN
    assert "birokrasi.kinerja.KebijakanPemantauan" in TANDA_TANGAN


def test_setiap_tanda_tangan_publik_pendek() -> None:
    """``str(inspect.signature(f))`` of every public callable fits the limit."""
    panjang = {
        nama: len(str(ttd))
        for nama, ttd in TANDA_TANGAN.items()
        if len(str(ttd)) > PANJANG_TANDA_TANGAN
    }
    assert panjang == {}


def test_setiap_nilai_baku_bernama_pendek() -> None:
    """No default renders as a table, a policy or a rule: each repr is one short line."""
    panjang = {
        f"{nama}({p.name})": repr(p.default)[:80]
        for nama, ttd in TANDA_TANGAN.items()
        for p in ttd.parameters.values()
        if p.default is not inspect.Parameter.empty
        and (len(repr(p.default)) > PANJANG_BAKU or "\n" in repr(p.default))
    }
    assert panjang == {}


HARI = dt.date(2025, 6, 30)

NONE_SAMA_DENGAN_KONSTANTA: list[tuple[str, Callable[[Any], object], object]] = [
    (
        "kurva_distribusi.tabel",
        lambda x: kurva_distribusi(PredikatOrganisasi.BAIK, tanggal=HARI, tabel=x),
        KURVA_DISTRIBUSI,
    ),
    (
        "rating_hasil_kerja_pimpinan.pemetaan",
        lambda x: rating_hasil_kerja_pimpinan(PredikatOrganisasi.ISTIMEWA, pemetaan=x),
        PEMETAAN_RATING_PIMPINAN,
    ),
    (
        "jelaskan_rating_hasil_kerja_pimpinan.pemetaan",
        lambda x: str(jelaskan_rating_hasil_kerja_pimpinan(PredikatOrganisasi.BAIK, pemetaan=x)),
        PEMETAAN_RATING_PIMPINAN,
    ),
    (
        "penghargaan_layak.kriteria",
        lambda x: penghargaan_layak({2024: Predikat.SANGAT_BAIK}, tahun=2024, kriteria=x),
        KRITERIA_PENGHARGAAN,
    ),
    (
        "nilai_dasar_integrasi.nilai_dasar",
        lambda x: nilai_dasar_integrasi(Golongan.III_C, tanggal=HARI, nilai_dasar=x),
        NILAI_DASAR_INTEGRASI_2023,
    ),
    (
        "periksa_golongan.tabel",
        lambda x: periksa_golongan(Jenjang.AHLI_MUDA, Golongan.III_A, "x", tabel=x),
        GOLONGAN_JF,
    ),
    (
        "batas_penetapan.tenggat",
        lambda x: batas_penetapan(Periode.tahun(2025), x),
        TENGGAT_SKP,
    ),
    (
        "KriteriaPenghargaan.aturan",
        lambda x: KriteriaPenghargaan("K", "nama", Predikat.BAIK, 1, aturan=x),
        ATURAN_PENGHARGAAN,
    ),
    (
        "PenjelasanPredikat.aturan",
        lambda x: PenjelasanPredikat(
            Predikat.BAIK, Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, x
        ),
        ATURAN_KUADRAN,
    ),
]


@pytest.mark.parametrize(
    ("nama", "panggil", "konstanta"),
    NONE_SAMA_DENGAN_KONSTANTA,
    ids=[k[0] for k in NONE_SAMA_DENGAN_KONSTANTA],
)
def test_none_berarti_konstanta_pustaka(
    nama: str, panggil: Callable[[Any], object], konstanta: object
) -> None:
    """``None`` (the default) gives what passing the named constant gives."""
    assert panggil(None) == panggil(konstanta)


def test_jenis_periodik_baku_tetap() -> None:
    """The default periodic kinds are still a month and a quarter (KIN-EVAL-01)."""
    assert {j.name for j in JENIS_PERIODIK_BAKU} == {"BULANAN", "TRIWULANAN"}


@pytest.mark.parametrize(
    ("berkas", "kelas", "baku"),
    [
        ("kebijakan_pemantauan_baku.json", KebijakanPemantauan, KEBIJAKAN_PEMANTAUAN_BAKU),
        ("kebijakan_sistem_kerja_baku.json", KebijakanSistemKerja, KEBIJAKAN_SISTEM_KERJA_BAKU),
    ],
)
def test_kebijakan_baku_sama_dengan_rilis_lama(berkas: str, kelas: type, baku: object) -> None:
    """Every field of a policy that now defaults to ``None`` holds, when left out or passed
    ``None``, the value the default policy of 0.1.0 held: the signature changed, not the value.
    """
    dokumen = json.loads((ARSIP / berkas).read_text(encoding="utf-8"))
    lama = dari_data(kelas, dokumen["data"])
    medan = [a.name for a in attrs.fields(kelas) if a.default is None]
    assert len(medan) >= 3
    tanpa, dengan_none = kelas(), kelas(**dict.fromkeys(medan))
    assert tanpa == baku == dengan_none
    assert {m: getattr(tanpa, m) for m in medan} == {m: getattr(lama, m) for m in medan}


def test_penjelasan_predikat_tanpa_aturan_memakai_kuadran() -> None:
    """A PenjelasanPredikat document without ``aturan`` still loads with the kuadran rule."""
    dokumen = json.loads((ARSIP / "penjelasan_predikat.json").read_text(encoding="utf-8"))
    data = {k: v for k, v in dokumen["data"].items() if k != "aturan"}
    assert dari_data(PenjelasanPredikat, data).aturan == ATURAN_KUADRAN
