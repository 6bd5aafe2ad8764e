"""Year-end batch: derive every predikat from two ratings and check every unit's distribution.

Synthetic data (``random.Random(seed)``): 4.7 M pegawai in 60 000 units, unit sizes 1 to
~155, each unit with a predikat organisasi and ratings drawn so that most units comply and
some do not. The library pipeline (``predikat_kolom`` → ``hitung_per_unit`` →
``periksa_distribusi_banyak``) runs against a hand-written bare loop doing the same
arithmetic with a dict lookup and ``collections.Counter``; both must find the same breaches.
Both apply ``KETAT`` rounding and "sebagian besar" as more than half (the library's default
rounding differs from ``KETAT`` only for units of one to four employees).
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from benchmarks._ukur import Hasil, tabel, target, ukur
from birokrasi.kinerja import (
    KUADRAN,
    KURVA_SE_3_2023,
    Pembulatan,
    Predikat,
    PredikatOrganisasi,
    Rating,
)
from birokrasi.kinerja.penilaian.batch import (
    hitung_per_unit,
    periksa_distribusi_banyak,
    predikat_kolom,
)

TANGGAL = dt.date(2024, 12, 31)
KETAT = Pembulatan.KETAT
P = Predikat
PO = PredikatOrganisasi

# Share of each predikat among the pegawai of a unit, by the unit's predikat organisasi.
_SEBARAN: dict[PredikatOrganisasi, dict[Predikat, float]] = {
    PO.ISTIMEWA: {P.SANGAT_BAIK: 0.6, P.BAIK: 0.3, P.BUTUH_PERBAIKAN: 0.05, P.KURANG: 0.05},
    PO.BAIK: {P.SANGAT_BAIK: 0.1, P.BAIK: 0.6, P.BUTUH_PERBAIKAN: 0.2, P.KURANG: 0.1},
    PO.BUTUH_PERBAIKAN: {P.SANGAT_BAIK: 0.03, P.BAIK: 0.2, P.BUTUH_PERBAIKAN: 0.75, P.KURANG: 0.02},
    PO.KURANG: {P.SANGAT_BAIK: 0.02, P.BAIK: 0.08, P.BUTUH_PERBAIKAN: 0.15, P.KURANG: 0.75},
    PO.SANGAT_KURANG: {P.BAIK: 0.1, P.BUTUH_PERBAIKAN: 0.1, P.KURANG: 0.05, P.SANGAT_KURANG: 0.75},
}
_BOBOT_PO = {
    PO.ISTIMEWA: 15,
    PO.BAIK: 60,
    PO.BUTUH_PERBAIKAN: 15,
    PO.KURANG: 7,
    PO.SANGAT_KURANG: 3,
}


@dataclass(frozen=True)
class Data:
    """Columns of one row per pegawai (sorted by unit, as an export by unit would be)."""

    unit: list[str]
    hasil_kerja: list[Rating]
    perilaku_kerja: list[Rating]
    predikat_organisasi: dict[str, PredikatOrganisasi]


def _ukuran(rng: random.Random, n_pegawai: int, n_unit: int) -> list[int]:
    rata = n_pegawai / n_unit
    ukuran = [rng.randint(1, max(1, round(2 * rata) - 1)) for _ in range(n_unit)]
    selisih = n_pegawai - sum(ukuran)
    langkah = 1 if selisih > 0 else -1
    while selisih:
        i = rng.randrange(n_unit)
        if ukuran[i] + langkah >= 1:
            ukuran[i] += langkah
            selisih -= langkah
    return ukuran


def buat_data(n_pegawai: int, n_unit: int, seed: int = 2024) -> Data:
    """Deterministic synthetic data for ``seed``."""
    rng = random.Random(seed)
    sel: dict[Predikat, list[tuple[Rating, Rating]]] = {}
    for pasangan, predikat in KUADRAN.items():
        sel.setdefault(predikat, []).append(pasangan)
    pilihan: dict[PredikatOrganisasi, tuple[list[tuple[Rating, Rating]], list[float]]] = {}
    for po, sebaran in _SEBARAN.items():
        pasangan = [c for p in sebaran for c in sel[p]]
        bobot = [sebaran[p] / len(sel[p]) for p in sebaran for _ in sel[p]]
        pilihan[po] = (pasangan, bobot)
    po_list, po_bobot = list(_BOBOT_PO), list(_BOBOT_PO.values())
    unit: list[str] = []
    baris: list[tuple[Rating, Rating]] = []
    predikat_organisasi: dict[str, PredikatOrganisasi] = {}
    for j, n in enumerate(_ukuran(rng, n_pegawai, n_unit)):
        kode = f"UNIT-{j:05d}"
        po = rng.choices(po_list, po_bobot)[0]
        predikat_organisasi[kode] = po
        unit.extend([kode] * n)
        pasangan, bobot = pilihan[po]
        baris.extend(rng.choices(pasangan, bobot, k=n))
    return Data(
        unit,
        [h for h, _ in baris],
        [p for _, p in baris],
        predikat_organisasi,
    )


# -- the baseline: the same arithmetic written by hand -----------------------------------

_Pita = tuple[tuple[Predikat, ...], Fraction | None, Fraction | None, int]
_PITA: dict[PredikatOrganisasi, tuple[_Pita, ...]] = {
    k.predikat_organisasi: tuple(
        (p.predikat, p.minimum, p.maksimum, p.minimum_jumlah) for p in k.pita
    )
    for k in KURVA_SE_3_2023
}
_UTAMA = {k.predikat_organisasi: (k.predikat_utama,) for k in KURVA_SE_3_2023}
_TERCAKUP = {po: {x for b in pita for x in b[0]} for po, pita in _PITA.items()}


def _periksa_tangan(
    per_unit: dict[str, dict[Predikat, int]], po_unit: dict[str, PredikatOrganisasi]
) -> list[tuple[str, object, str, int, int]]:
    """KETAT rounding with integer arithmetic: floor(p·n) for a cap, ceil(p·n) for a floor;
    "sebagian besar" adds a floor of floor(n/2) + 1."""
    temuan: list[tuple[str, object, str, int, int]] = []
    for u, isi in per_unit.items():
        po = po_unit[u]
        n = sum(isi.values())
        batas = []
        for anggota, bawah, atas, mutlak in _PITA[po]:
            lo = (
                mutlak
                if bawah is None
                else max(mutlak, -(-bawah.numerator * n // bawah.denominator))
            )
            hi = n if atas is None else atas.numerator * n // atas.denominator
            if anggota == _UTAMA[po] and n:
                lo = max(lo, n // 2 + 1)
            batas.append((anggota, min(lo, n), hi))
        lantai = sum(b[1] for b in batas)
        kapasitas = n if len(_TERCAKUP[po]) < len(P) else sum(b[2] for b in batas)
        if any(lo > hi for _, lo, hi in batas) or not lantai <= n <= kapasitas:
            temuan.append((u, None, "tidak dapat dipenuhi", n, lantai))
        for anggota, lo, hi in batas:
            ada = sum(isi.get(x, 0) for x in anggota)
            if ada > hi:
                temuan.append((u, anggota, "melebihi maksimum", hi, ada))
            if ada < lo:
                temuan.append((u, anggota, "kurang dari minimum", lo, ada))
    return temuan


def baseline_loop(d: Data) -> tuple[list[Predikat], int]:
    """A bare loop: one dict lookup per pegawai, a Counter per (unit, predikat)."""
    kuadran = dict(KUADRAN)
    predikat: list[Predikat] = []
    tambah = predikat.append
    hitung: Counter[tuple[str, Predikat]] = Counter()
    for u, h, p in zip(d.unit, d.hasil_kerja, d.perilaku_kerja, strict=True):
        x = kuadran[h, p]
        tambah(x)
        hitung[u, x] += 1
    per_unit: dict[str, dict[Predikat, int]] = {}
    for (u, x), n in hitung.items():
        per_unit.setdefault(u, {})[x] = n
    return predikat, len(_periksa_tangan(per_unit, d.predikat_organisasi))


def baseline_tuned(d: Data) -> tuple[list[Predikat], int]:
    """The same with C-level iteration (map over the dict, Counter over zip)."""
    predikat = list(
        map(dict(KUADRAN).__getitem__, zip(d.hasil_kerja, d.perilaku_kerja, strict=True))
    )
    per_unit: dict[str, dict[Predikat, int]] = {}
    for (u, x), n in Counter(zip(d.unit, predikat, strict=True)).items():
        per_unit.setdefault(u, {})[x] = n
    return predikat, len(_periksa_tangan(per_unit, d.predikat_organisasi))


def pustaka(d: Data) -> tuple[list[Predikat], int]:
    """The library's validated batch API."""
    predikat = predikat_kolom(d.hasil_kerja, d.perilaku_kerja)
    jumlah = hitung_per_unit(d.unit, predikat)
    return predikat, len(
        periksa_distribusi_banyak(d.predikat_organisasi, jumlah, tanggal=TANGGAL, pembulatan=KETAT)
    )


def jalankan(quick: bool, ulang: int | None = None) -> bool:
    n_pegawai, n_unit = (470_000, 6_000) if quick else (4_700_000, 60_000)
    ulang = ulang or (3 if quick else 5)
    d = buat_data(n_pegawai, n_unit)
    print(f"\n## Year-end batch: {n_pegawai:,} pegawai in {n_unit:,} units")
    hasil_pustaka, temuan = pustaka(d)
    for f in (baseline_loop, baseline_tuned):
        hasil_dasar, temuan_dasar = f(d)
        assert hasil_dasar == hasil_pustaka, f.__name__
        assert temuan_dasar == temuan, (f.__name__, temuan_dasar, temuan)
    print(f"(predikat of all pegawai agree; {temuan:,} breaches found by both)")
    dasar = ukur("baseline: bare loop, dict lookup + Counter", lambda: baseline_loop(d), ulang)
    tuned = ukur("baseline (tuned): map + Counter(zip)", lambda: baseline_tuned(d), ulang)
    total = ukur("**library**: whole pipeline", lambda: pustaka(d), ulang)
    pred: Sequence[Predikat] = predikat_kolom(d.hasil_kerja, d.perilaku_kerja)
    jumlah = hitung_per_unit(d.unit, pred)
    tahap = [
        ukur("  · predikat_kolom", lambda: predikat_kolom(d.hasil_kerja, d.perilaku_kerja), ulang),
        ukur("  · hitung_per_unit", lambda: hitung_per_unit(d.unit, pred), ulang),
        ukur(
            "  · periksa_distribusi_banyak",
            lambda: periksa_distribusi_banyak(
                d.predikat_organisasi, jumlah, tanggal=TANGGAL, pembulatan=KETAT
            ),
            ulang,
        ),
    ]
    baris: list[Hasil] = [dasar, tuned, total, *tahap]
    tabel("Year-end batch (ratio to the bare-loop baseline)", baris, dasar)
    print()
    ok = target("library / bare-loop baseline", total.median / dasar.median, 1.5)
    print(f"- library / tuned baseline: {total.median / tuned.median:.2f}× (reported)")
    return ok
