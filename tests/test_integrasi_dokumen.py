"""The integration snippets of ``docs/integrasi.md`` run as written (issue 16 §2): Django with
minimal settings and SQLAlchemy, both on SQLite in memory, store and load the example agency's
records; the year-end partition function runs on a Dask ``LocalCluster`` and, when PySpark is
installed, on Spark in local mode, each equal to the single-process result."""

from __future__ import annotations

import datetime as dt
import importlib
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import pytest

from birokrasi import contoh
from birokrasi.contoh import penilaian as contoh_penilaian
from birokrasi.contoh import skp as contoh_skp
from birokrasi.kinerja import PenilaianKinerja, PredikatOrganisasi
from birokrasi.kolom import gabung_hitungan, periksa_distribusi_kolom
from birokrasi.serial import ke_data

HALAMAN = Path(__file__).resolve().parents[1] / "docs" / "integrasi.md"
TANGGAL = dt.date(2025, 12, 31)


def _blok(nama: str) -> str:
    """The code of the block marked ``<!-- uji: nama -->`` on the page."""
    cocok = re.search(
        rf"<!-- uji: {nama} -->\n```python\n(.*?)```", HALAMAN.read_text(encoding="utf-8"), re.S
    )
    assert cocok is not None, nama
    return cocok.group(1)


def _modul(nama: str, kode: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """``kode`` written as module ``nama`` under ``tmp_path`` and imported, as an app would."""
    berkas = tmp_path.joinpath(*nama.split(".")).with_suffix(".py")
    berkas.parent.mkdir(parents=True, exist_ok=True)
    for paket in list(berkas.parents)[: len(nama.split(".")) - 1]:
        (paket / "__init__.py").touch()
    berkas.write_text(kode, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    return importlib.import_module(nama)


def _baris() -> tuple[list[tuple[str, int, int]], dict[str, PredikatOrganisasi]]:
    """A small synthetic country: rows (unit, two rating codes), and each unit's predikat."""
    rng = np.random.default_rng(7)
    unit = [f"U{i:03d}" for i in rng.integers(0, 40, 3000)]
    hasil = rng.choice([1, 2, 3], 3000, p=[0.1, 0.7, 0.2]).tolist()
    perilaku = rng.choice([1, 2, 3], 3000, p=[0.05, 0.75, 0.2]).tolist()
    po = list(PredikatOrganisasi)
    organisasi = {u: po[int(u[1:]) % len(po)] for u in set(unit)}
    return list(zip(unit, hasil, perilaku, strict=True)), organisasi


def _satu_proses(modul: Any, rows: list[tuple[str, int, int]], po: dict[str, Any]) -> Any:
    return periksa_distribusi_kolom(
        po, gabung_hitungan(*modul.hitung_partisi(rows)), tanggal=TANGGAL
    )


def _sama(a: Any, b: Any) -> None:
    assert len(a) == len(b)
    for kolom in ("unit", "kode", "jenis", "pita", "batas", "jumlah"):
        assert a.kolom()[kolom].tolist() == b.kolom()[kolom].tolist(), kolom


def test_django_snippet_stores_and_loads_an_evaluation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("django")
    import django
    from django.conf import settings
    from django.db import connection

    if not settings.configured:
        settings.configure(
            INSTALLED_APPS=["aplikasi_uji"],
            DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
            DEFAULT_AUTO_FIELD="django.db.models.AutoField",
        )
    (tmp_path / "aplikasi_uji").mkdir()
    (tmp_path / "aplikasi_uji" / "__init__.py").touch()
    (tmp_path / "aplikasi_uji" / "models.py").write_text(_blok("django"), encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    django.setup()
    models = importlib.import_module("aplikasi_uji.models")
    with connection.schema_editor() as editor:
        editor.create_model(models.PenilaianRecord)
    org, riwayat = contoh.instansi(), contoh_penilaian.penilaian_tahunan()
    skp = {s.kode: s for s in contoh_skp.skp()}
    penilaian = riwayat.cari("EV-2025-PRAKOM-DEWI")
    assert models.simpan_penilaian(penilaian, org, skp[penilaian.skp]) == []
    tersimpan = models.PenilaianRecord.objects.get(kode=penilaian.kode)
    assert tersimpan.predikat == penilaian.predikat.name
    assert tersimpan.ke_nilai() == penilaian
    assert isinstance(tersimpan.ke_nilai(), PenilaianKinerja)


def test_sqlalchemy_snippet_stores_and_loads_an_skp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("sqlalchemy")
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    modul = _modul("simpan_skp", _blok("sqlalchemy"), tmp_path, monkeypatch)
    mesin = create_engine("sqlite://")
    modul.Base.metadata.create_all(mesin)
    org = contoh.instansi()
    skp = next(s for s in contoh_skp.skp() if not contoh_skp_temuan(s, org))
    with Session(mesin) as session:
        assert modul.simpan(session, skp, org) == ()
        session.commit()
    with Session(mesin) as session:
        assert modul.muat(session, skp.kode) == skp
        assert ke_data(modul.muat(session, skp.kode)) == ke_data(skp)


def contoh_skp_temuan(skp: Any, org: Any) -> tuple[Any, ...]:
    from birokrasi.kinerja import periksa_skp

    return periksa_skp(skp, instansi=org)


def test_dask_snippet_equals_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("dask.bag")
    pytest.importorskip("distributed")
    hitung = _modul("hitung", _blok("partisi"), tmp_path, monkeypatch)
    rows, po = _baris()
    kode = "from hitung import hitung_partisi\n" + _blok("dask")
    dask = _modul("akhir_tahun_dask", kode, tmp_path, monkeypatch)
    temuan = dask.akhir_tahun_dask(rows, po, TANGGAL, processes=False)
    _sama(temuan, _satu_proses(hitung, rows, po))
    assert len(temuan) > 0  # the synthetic country breaches, so the comparison says something


def test_spark_snippet_equals_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip(
        "pyspark",
        reason="PySpark is not installed by make test (about 300 MB and a Java runtime); "
        "pip install pyspark to run this test",
    )
    from pyspark.sql import SparkSession

    hitung = _modul("hitung_spark", _blok("partisi"), tmp_path, monkeypatch)
    rows, po = _baris()
    kode = "from hitung_spark import hitung_partisi\n" + _blok("spark")
    modul = _modul("akhir_tahun_spark", kode, tmp_path, monkeypatch)
    # Spark's Python workers are new interpreters (this one), which cannot import modules that
    # live in a test's temporary folder: ship the snippets' functions by value.
    from pyspark import cloudpickle

    cloudpickle.register_pickle_by_value(hitung)
    cloudpickle.register_pickle_by_value(modul)
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("birokrasi")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    try:
        temuan = modul.akhir_tahun_spark(spark, rows, po, TANGGAL)
    finally:
        spark.stop()
    _sama(temuan, _satu_proses(hitung, rows, po))


def teardown_module() -> None:
    for nama in ("hitung", "hitung_spark", "akhir_tahun_dask", "akhir_tahun_spark", "simpan_skp"):
        sys.modules.pop(nama, None)
