"""The year-end on Dask and Spark as they are (issue 16 §2): each partition counts its rows with
``birokrasi.kolom`` (the partition function of ``docs/integrasi.md``), the driver merges the
counts (``gabung_hitungan``) and checks the kurva once. At 0.5 and 1 million pegawai (and 2
and 4.7 million with ``BIROKRASI_MESIN_PENUH=1``), against one process doing the same in the
same run; every engine's findings must equal the
single-process findings. Spark runs when PySpark and a Java runtime are installed (``pip
install pyspark``; Debian: ``openjdk-17-jre-headless``), and says why it skips otherwise.
There is no target: the table records what scaling costs on this machine."""

from __future__ import annotations

import datetime as dt
import importlib.util
import itertools
import os
import sys
from typing import Any

import numpy as np

from benchmarks._ukur import Hasil, tabel, ukur
from benchmarks.kolom import Data
from birokrasi.kolom import (
    HitunganUnit,
    gabung_hitungan,
    hitung_per_unit_kolom,
    periksa_distribusi_kolom,
    predikat_kolom,
)

TANGGAL = dt.date(2024, 12, 31)
PARTISI = 8


def hitung(unit: Any, hasil: Any, perilaku: Any) -> HitunganUnit:
    """One partition: its rows' counts per unit."""
    return hitung_per_unit_kolom(unit, predikat_kolom(hasil, perilaku))


def _kolom(d: Data) -> tuple[Any, Any, Any]:
    nama = np.array([f"UNIT-{i:05d}" for i in range(len(d.po_kode))])
    return nama[d.unit_kode], d.hasil, d.perilaku


def satu_proses(d: Data) -> Any:
    unit, hasil, perilaku = _kolom(d)
    return periksa_distribusi_kolom(d.po, hitung(unit, hasil, perilaku), tanggal=TANGGAL)


def _potong(n: int) -> list[slice]:
    batas = np.linspace(0, n, PARTISI + 1).astype(int)
    return [slice(a, b) for a, b in itertools.pairwise(batas.tolist())]


def dengan_dask(d: Data, client: Any) -> Any:
    unit, hasil, perilaku = _kolom(d)
    tugas = [
        client.submit(hitung, unit[s], hasil[s], perilaku[s], pure=False)
        for s in _potong(len(unit))
    ]
    bagian = client.gather(tugas)
    return periksa_distribusi_kolom(d.po, gabung_hitungan(*bagian), tanggal=TANGGAL)


def dengan_spark(d: Data, spark: Any) -> Any:
    import pandas as pd

    unit, hasil, perilaku = _kolom(d)
    frame = spark.createDataFrame(
        pd.DataFrame({"unit": unit, "hasil": hasil, "perilaku": perilaku})
    ).repartition(PARTISI)
    kolom = ", ".join(f"c{i} long" for i in range(5))

    def per_partisi(potongan: Any) -> Any:
        for p in potongan:
            h = hitung(p["unit"].to_numpy(), p["hasil"].to_numpy(), p["perilaku"].to_numpy())
            hasil_p = pd.DataFrame(h.jumlah, columns=[f"c{i}" for i in range(5)])
            hasil_p.insert(0, "unit", h.unit)
            yield hasil_p

    baris = frame.mapInPandas(per_partisi, f"unit string, {kolom}").toPandas()
    jumlah = baris[[f"c{i}" for i in range(5)]].to_numpy(dtype=np.int64)
    hitungan = gabung_hitungan(HitunganUnit(baris["unit"].to_numpy(dtype=str), jumlah))
    return periksa_distribusi_kolom(d.po, hitungan, tanggal=TANGGAL)


def _sama(a: Any, b: Any) -> bool:
    return all(a.kolom()[k].tolist() == b.kolom()[k].tolist() for k in a.kolom())


def _satu_ukuran(d: Data, client: Any, spark: Any, ulang: int) -> None:
    acuan = satu_proses(d)
    assert _sama(dengan_dask(d, client), acuan), "dask"
    baris: list[Hasil] = [
        ukur("one process", lambda: satu_proses(d), ulang),
        ukur("Dask LocalCluster (2 processes)", lambda: dengan_dask(d, client), ulang),
    ]
    if spark is not None:
        assert _sama(dengan_spark(d, spark), acuan), "spark"
        baris.append(ukur("Spark local[2], mapInPandas", lambda: dengan_spark(d, spark), ulang))
    print(f"\n({len(acuan):,} breaches; every engine's findings equal one process's)")
    n_pegawai, n_unit = len(d.unit_kode), len(d.po_kode)
    tabel(f"Year-end on engines: {n_pegawai:,} pegawai, {n_unit:,} units", baris, baris[0])


def jalankan(quick: bool, ulang: int | None = None) -> bool:
    ukuran = [(500_000, 6_400)] if quick else [(500_000, 6_400), (1_000_000, 12_800)]
    if os.environ.get("BIROKRASI_MESIN_PENUH"):  # the whole curve, for docs/negara.md
        ukuran = [*ukuran, (2_000_000, 25_500), (4_700_000, 60_000)]
    ulang = ulang or (1 if quick else 3)
    from dask.distributed import Client, LocalCluster

    spark = None
    if importlib.util.find_spec("pyspark") is None:
        print("\n(Spark skipped: PySpark is not installed; pip install pyspark and a Java runtime)")
    else:
        from pyspark.sql import SparkSession

        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers use this venv
        spark = (
            SparkSession.builder.master("local[2]")
            .appName("birokrasi")
            .config("spark.sql.execution.arrow.pyspark.enabled", "true")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.memory", "4g")  # the driver builds the frame from pandas
            .getOrCreate()
        )
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True) as cluster,
        Client(cluster) as client,
    ):
        for n_pegawai, n_unit in ukuran:
            _satu_ukuran(Data(n_pegawai, n_unit), client, spark, ulang)
    if spark is not None:
        spark.stop()
    return True
