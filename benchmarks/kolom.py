"""The columnar year-end (``birokrasi.kolom``, issue 16 §1) against a numpy floor in the same
run: predikat from two rating columns, counts per unit, the kurva check and angka kredit for
the JF half of the staff. The floor does the same arithmetic on the same columns with numpy and
validates nothing (it is given integer codes it trusts); the library reads an Arrow export as
it comes (dictionary-encoded unit keys and jenjang labels), validates every code and returns
the findings. Target: library ≤ 2× the floor."""

from __future__ import annotations

import datetime as dt
import math
import random
from fractions import Fraction

import numpy as np
import pyarrow as pa

from benchmarks._ukur import Hasil, tabel, target, ukur
from benchmarks.batch import _BOBOT_PO, _SEBARAN, _ukuran
from birokrasi.karier import angka_kredit
from birokrasi.kinerja import KUADRAN, Predikat, PredikatOrganisasi
from birokrasi.kinerja.penilaian.kurva import KURVA_SE_3_2023
from birokrasi.kolom import (
    URUTAN_PREDIKAT,
    angka_kredit_kolom,
    hitung_per_unit_kolom,
    periksa_distribusi_kolom,
    predikat_kolom,
)
from birokrasi.struktur import Jenjang

TANGGAL = dt.date(2024, 12, 31)
_JF = [j for j in Jenjang if j.is_fungsional]
_KURVA = {k.predikat_organisasi: k for k in KURVA_SE_3_2023}


class Data:
    """Synthetic national columns (deterministic for ``seed``), with the unit sizes and the
    predikat mix of each predikat organisasi of the list benchmark (``benchmarks.batch``)."""

    def __init__(self, n_pegawai: int, n_unit: int, seed: int = 2024) -> None:
        rng = np.random.default_rng(seed)
        po_semua = list(_BOBOT_PO)
        bobot = np.array(list(_BOBOT_PO.values()), dtype=float)
        pilih = rng.choice(len(po_semua), n_unit, p=bobot / bobot.sum())
        ukuran = np.array(_ukuran(random.Random(seed), n_pegawai, n_unit))
        self.unit_kode = np.repeat(np.arange(n_unit), ukuran)
        sel = list(KUADRAN.items())
        h_sel = np.array([h.peringkat for (h, _), _ in sel], dtype=np.int8)
        p_sel = np.array([q.peringkat for (_, q), _ in sel], dtype=np.int8)
        baris_po = pilih[self.unit_kode]
        cell = np.zeros(n_pegawai, dtype=np.int64)
        for i, po in enumerate(po_semua):
            sebaran = _SEBARAN[po]
            jumlah_sel = {q: sum(1 for _, x in sel if x is q) for q in sebaran}
            peluang = np.array([sebaran.get(x, 0) / jumlah_sel.get(x, 1) for _, x in sel])
            di = np.flatnonzero(baris_po == i)
            cell[di] = rng.choice(len(sel), len(di), p=peluang / peluang.sum())
        self.hasil, self.perilaku = h_sel[cell], p_sel[cell]
        nama = np.array([f"UNIT-{i:05d}" for i in range(n_unit)])
        kode_unit = pa.array(self.unit_kode.astype(np.int32))
        self.unit = pa.DictionaryArray.from_arrays(kode_unit, pa.array(nama))
        self.po = {str(nama[i]): po_semua[pilih[i]] for i in range(n_unit)}
        self.po_kode = np.array([po_semua[i].peringkat for i in pilih])
        n_jf = n_pegawai // 2
        self.jf = np.arange(n_jf)
        self.jenjang_kode = rng.integers(0, len(_JF), n_jf)
        self.jenjang = pa.DictionaryArray.from_arrays(
            pa.array(self.jenjang_kode.astype(np.int32)), pa.array([j.label for j in _JF])
        )
        self.bulan = np.full(n_jf, 12, dtype=np.int64)


def _lantai(d: Data) -> tuple[int, Fraction]:
    """The floor: the same arithmetic with numpy on trusted integer codes."""
    kuadran = np.zeros((4, 4), dtype=np.int8)
    for (h, p), hasil in KUADRAN.items():
        kuadran[h.peringkat, p.peringkat] = hasil.peringkat
    pred = kuadran[d.hasil, d.perilaku]
    kolom = np.array([0, 4, 3, 2, 1, 0])
    n_unit = len(d.po_kode)
    jumlah = np.bincount(d.unit_kode * 5 + kolom[pred], minlength=n_unit * 5).reshape(n_unit, 5)
    n = jumlah.sum(axis=1)
    salah = np.zeros(n_unit, dtype=bool)
    for po in PredikatOrganisasi:
        baris = np.flatnonzero(d.po_kode == po.peringkat)
        ukuran, letak = np.unique(n[baris], return_inverse=True)
        kurva = _KURVA[po]
        batas = [kurva.batas(int(k)) for k in ukuran]
        for j, pita in enumerate(kurva.pita):
            isi = jumlah[baris][:, [URUTAN_PREDIKAT.index(p) for p in pita.predikat]].sum(axis=1)
            bawah = np.array([b.pita[j].minimum for b in batas])[letak]
            atas = np.array([b.pita[j].maksimum for b in batas])[letak]
            salah[baris] |= (isi < bawah) | (isi > atas)
    nilai = {
        (k, q, m): angka_kredit(j, q, bulan=m, tanggal=TANGGAL)
        for k, j in enumerate(_JF)
        for q in Predikat
        for m in (12,)
    }
    penyebut = math.lcm(*(x.denominator for x in nilai.values()))
    tabel_ak = np.zeros((len(_JF), 6, 13), dtype=np.int64)
    for (k, q, m), x in nilai.items():
        tabel_ak[k, q.peringkat, m] = x.numerator * (penyebut // x.denominator)
    ak = tabel_ak[d.jenjang_kode, pred[d.jf], d.bulan]
    return int(salah.sum()), Fraction(int(ak.sum()), penyebut)


def _pustaka(d: Data) -> tuple[int, Fraction]:
    pred = predikat_kolom(d.hasil, d.perilaku)
    hitungan = hitung_per_unit_kolom(d.unit, pred)
    temuan = periksa_distribusi_kolom(d.po, hitungan, tanggal=TANGGAL)
    ak = angka_kredit_kolom(d.jenjang, pred[d.jf], d.bulan, tanggal=TANGGAL)
    return len(set(temuan.unit.tolist())), ak.jumlah()


def jalankan(quick: bool, ulang: int | None = None) -> bool:
    n_pegawai, n_unit = (470_000, 6_000) if quick else (4_700_000, 60_000)
    ulang = ulang or (3 if quick else 5)
    d = Data(n_pegawai, n_unit)
    print(f"\n## Columnar year-end: {n_pegawai:,} pegawai in {n_unit:,} units, {len(d.jf):,} JF")
    lantai, pustaka = _lantai(d), _pustaka(d)
    assert lantai == pustaka, (lantai, pustaka)
    print(f"({pustaka[0]:,} units breach the kurva by both; the angka kredit sums agree)")
    dasar = ukur("floor: numpy on trusted integer codes", lambda: _lantai(d), ulang)
    total = ukur("**library**: birokrasi.kolom from an Arrow export", lambda: _pustaka(d), ulang)
    baris: list[Hasil] = [dasar, total]
    tabel("Columnar year-end (ratio to the numpy floor)", baris, dasar)
    print()
    return target("library / numpy floor", total.median / dasar.median, 2.0)
