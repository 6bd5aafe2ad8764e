"""Mutation fuzz of :func:`birokrasi.serial.dari_data`: bad documents give library errors.

A document is taken from the archive (``tests/arsip/0.1.0/*.json`` and the contents of the
versioned golden documents, ``tests/arsip/format-*/*.json``) or written by ``ke_data`` from
a value the :mod:`birokrasi.testing` strategies draw, then mutated up to four times: a key or
item deleted, a key inserted, a value replaced by one of another type (huge numbers and
strings, NaN, other scripts' digits, ``"1_0"``, ``" 12 "``), data nested 10 000 levels deep, a
wrong ``"@tipe"``, a string leaf bent (full-width digits, spaces, ``_``), two values swapped.
Half of the documents of one class are first put in a versioned envelope
(:mod:`birokrasi.dokumen`), whose keys are mutated too, and loaded with ``dari_dokumen``.
Loading it must either give a value that round-trips through ``ke_data``/``dari_data``, or
raise a :class:`~birokrasi.errors.BirokrasiError` whose message starts with the path and is
short. ``tests/test_serial.py`` runs a short seeded round; for a longer hunt::

    PYTHONPATH=src python -m tests.fuzz_serial --detik 600

which prints the documents tried and the outcomes by exception class, and exits with 1 when
anything else was raised (or a loaded value did not round-trip).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
import time
import traceback
import typing
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import attrs
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

import birokrasi
import birokrasi.testing as bt
from birokrasi import penjelasan
from birokrasi.dokumen import FORMAT, VERSI_FORMAT, dari_dokumen, ke_dokumen
from birokrasi.errors import BirokrasiError
from birokrasi.kinerja.penilaian.distribusi import periksa_distribusi
from birokrasi.serial import TAG_TIPE, dari_data, ke_data

ARSIP = Path(__file__).parent / "arsip"
AKAR = "dok"
PANJANG_PESAN = 1_500
"""The longest error message allowed: a bad value is shown cut short, never whole."""

DALAM = 10_000
RAKSASA = 1_000_000
DIMUAT = "dimuat"  # loaded, and round-trips

Tipe = Any
Dokumen = tuple[Tipe, Any]


@cache
def dokumen_arsip() -> tuple[tuple[Tipe, str], ...]:
    """Every archived document: its class and its data as JSON text (copied by parsing)."""
    hasil = []
    for berkas in sorted(ARSIP.glob("[0-9]*/*.json")):
        dokumen = json.loads(berkas.read_text(encoding="utf-8"))
        hasil.append((getattr(birokrasi, dokumen["tipe"]), json.dumps(dokumen["data"])))
    for berkas in sorted(ARSIP.glob("format-*/*.json")):  # the versioned goldens' contents
        dokumen = json.loads(berkas.read_text(encoding="utf-8"))
        hasil.append((getattr(birokrasi, dokumen["@tipe"]), json.dumps(dokumen["isi"])))
    return tuple(hasil)


def _kembalian(fungsi: Callable[..., Any]) -> Tipe:
    return typing.get_type_hints(fungsi)["return"]


T = dt.date(2025, 1, 1)


def _nilai() -> st.SearchStrategy[Dokumen]:
    """(declared type, value) for values of every kind a document holds."""
    jurnal = bt.skp().flatmap(
        lambda s: bt.jurnal_kinerja(s, max_size=8).map(lambda j: (j, j.ringkas(s)))
    )
    usulan = st.tuples(bt.predikat_organisasi(), bt.unit_rencana(max_size=12), bt.pembulatan())
    pasangan: list[tuple[Tipe, st.SearchStrategy[Any]]] = [
        (birokrasi.SKP, bt.skp()),
        (birokrasi.PenilaianKinerja, bt.penilaian_kinerja()),
        (birokrasi.RiwayatPenilaian, bt.riwayat_penilaian(max_size=3)),
        (birokrasi.Keberatan, bt.keberatan()),
        (birokrasi.JurnalKinerja, jurnal.map(lambda x: x[0])),
        (birokrasi.RingkasanJurnal, jurnal.map(lambda x: x[1])),
        (birokrasi.Instansi, bt.instansi(max_unit=3, max_pegawai=5)),
        (birokrasi.SistemKerja, bt.sistem_kerja(max_tim=2, max_anggota=5)),
        (birokrasi.KejadianKinerja, bt.kejadian_kinerja()),
        (birokrasi.HasilKinerja, bt.hasil_kinerja()),
        (birokrasi.Aturan, bt.aturan()),
        (birokrasi.Delegasi, bt.delegasi()),
        (
            birokrasi.UsulanDistribusi,
            usulan.map(
                lambda u: birokrasi.usulkan_distribusi(
                    u[0], u[1][0], u[1][1], tanggal=T, pembulatan=u[2]
                )
            ),
        ),
        (
            _kembalian(periksa_distribusi),
            st.tuples(bt.predikat_organisasi(), bt.sebaran_predikat(max_size=12)).map(
                lambda u: periksa_distribusi(u[0], u[1], tanggal=T)
            ),
        ),
        (
            _kembalian(penjelasan.jelaskan_batas_distribusi),
            st.tuples(bt.predikat_organisasi(), st.integers(0, 40)).map(
                lambda u: penjelasan.jelaskan_batas_distribusi(u[0], u[1], tanggal=T)
            ),
        ),
        (
            birokrasi.PenjelasanPredikat,
            st.tuples(bt.rating(), bt.rating()).map(
                lambda r: birokrasi.jelaskan_predikat(r[0], r[1])
            ),
        ),
    ]
    return st.one_of(*(s.map(lambda v, t=t: (t, v)) for t, s in pasangan))


@st.composite
def dokumen(draw: st.DrawFn) -> Dokumen:
    """A valid document with its declared type."""
    if draw(st.booleans()):
        tipe, teks = draw(st.sampled_from(dokumen_arsip()))
        return tipe, json.loads(teks)
    tipe, nilai = draw(_nilai())
    return tipe, ke_data(nilai)


# -- mutations ----------------------------------------------------------------------------

TEKS_ANEH = [
    "",
    " ",
    "1_0",
    " 12 ",
    "１２",
    "١٢",
    "१२",
    "12\u200b",
    "+1",
    ".5",
    "1.",
    "1e5",
    "1E+999999999",
    "NaN",
    "-Infinity",
    "-0",
    "007",
    "1/0",
    "0/0",
    "１/２",
    "-1/-2",
    "2024-02-30",
    "２０２４-01-01",
    "2024-1-1",
    "20240101",
    " 2024-01-01",
    "198001012006041001",
    "１９８００１０１２００６０４１００１",
    "19800101200604100١",
    "BAIK",
    "SANGAT_BAIK",
    "KonselingKinerja",
    "PelanggaranDistribusi",
    TAG_TIPE,
    "\ud800",
    "\x00",
    "İ",
]


def _raksasa(jenis: int) -> Any:
    return [
        "9" * RAKSASA,
        "a" * RAKSASA,
        "1" * 401 + "/1",
        "1" * 400 + "." + "1" * 400,
        10**5000,
        -(2**63),
    ][jenis]


def _sarang(nilai: Any, n: int, jenis: int) -> Any:
    for _ in range(n):
        nilai = [nilai] if jenis == 0 else {"x": nilai} if jenis == 1 else {TAG_TIPE: nilai}
    return nilai


@st.composite
def sampah(draw: st.DrawFn) -> Any:
    """A value of any JSON type (and NaN), often of the wrong one."""
    return draw(
        st.one_of(
            st.none(),
            st.booleans(),
            st.integers(),
            st.integers(0, 5).map(_raksasa),
            st.sampled_from([math.nan, math.inf, -math.inf, -0.0, 1.5, 1e308]),
            st.text(max_size=12),
            st.sampled_from(TEKS_ANEH),
            st.builds(list),
            st.builds(dict),
            st.tuples(st.sampled_from([49, 50, 51, DALAM]), st.integers(0, 2)).map(
                lambda u: _sarang(None, u[0], u[1])
            ),
        )
    )


def _slot(akar: list[Any]) -> list[tuple[Any, Any]]:
    """Every (container, key) in the document, walked without recursion and no deeper than
    the library reads (a nest of 10 000 levels is not walked to its bottom)."""
    slot: list[tuple[Any, Any]] = [(akar, 0)]
    antre: list[tuple[Any, int]] = [(akar[0], 0)]
    while antre:
        x, kedalaman = antre.pop()
        if kedalaman > 60:
            continue
        anak = x.items() if isinstance(x, dict) else enumerate(x) if isinstance(x, list) else ()
        for k, y in anak:
            slot.append((x, k))
            antre.append((y, kedalaman + 1))
    return slot


def _salin(x: Any) -> Any:
    """A deep copy of JSON-like data, without recursion (it may be nested 10 000 deep)."""
    akar: list[Any] = [None]
    antre: list[tuple[Any, Any, Any]] = [(akar, 0, x)]
    while antre:
        wadah, kunci, y = antre.pop()
        baru: Any = y
        if isinstance(y, dict):
            baru = dict.fromkeys(y)
            antre += [(baru, k, v) for k, v in y.items()]
        elif isinstance(y, list):
            baru = [None] * len(y)
            antre += [(baru, i, v) for i, v in enumerate(y)]
        wadah[kunci] = baru
    return akar[0]


def _bengkok(teks: str, jenis: int) -> str:
    """A string leaf bent out of its plain form."""
    if jenis == 0:
        return teks.translate({c: c + 0xFEE0 for c in range(ord("0"), ord("9") + 1)})
    if jenis == 1:
        return teks.translate({c: c - ord("0") + 0x0660 for c in range(ord("0"), ord("9") + 1)})
    if jenis == 2:
        return teks[:1] + "_" + teks[1:]
    if jenis == 3:
        return f" {teks} "
    if jenis == 4:
        return teks[:-1]
    return teks * max(1, RAKSASA // max(1, len(teks)))


def mutasi(draw: st.DrawFn, akar: list[Any]) -> None:
    """Apply one mutation to the document held in ``akar[0]``."""
    slot = _slot(akar)
    wadah, kunci = draw(st.sampled_from(slot))
    jenis = draw(st.sampled_from(["hapus", "sisip", "ganti", "tag", "teks", "ganda", "tukar"]))
    if jenis == "hapus" and wadah is not akar:
        del wadah[kunci]
    elif jenis == "sisip" and isinstance(wadah, dict):
        nama = draw(st.sampled_from([TAG_TIPE, "x", "kode", "predikat"]) | st.text(max_size=8))
        wadah[nama] = draw(sampah())
    elif jenis == "sisip" and isinstance(wadah, list):
        wadah.insert(draw(st.integers(0, len(wadah))), draw(sampah()))
    elif jenis == "tag":
        bertanda = [x for w, k in slot if isinstance(x := w[k], dict) and TAG_TIPE in x]
        if bertanda and draw(st.booleans()):
            sasaran = draw(st.sampled_from(bertanda))
        elif isinstance(wadah[kunci], dict):
            sasaran = wadah[kunci]
        else:
            return
        sasaran[TAG_TIPE] = draw(sampah())
    elif jenis == "teks" and isinstance(wadah[kunci], str):
        wadah[kunci] = _bengkok(wadah[kunci], draw(st.integers(0, 5)))
    elif jenis == "ganda" and isinstance(wadah[kunci], list) and wadah[kunci]:
        wadah[kunci].append(_salin(wadah[kunci][0]))
    elif jenis == "tukar":
        lain, k = draw(st.sampled_from(slot))
        if lain is not wadah or k != kunci:
            wadah[kunci], lain[k] = lain[k], wadah[kunci]
    else:
        wadah[kunci] = draw(sampah())


class Amplop(typing.NamedTuple):
    """Load with :func:`~birokrasi.dokumen.dari_dokumen`, expecting ``kelas`` (``None``: the
    envelope names the class)."""

    kelas: Any


def _amplop(draw: st.DrawFn, tipe: Tipe, data: Any) -> Dokumen:
    """The document as :func:`~birokrasi.dokumen.dari_dokumen` reads it: in an envelope of
    the current version or of version 1 (with or without the class given), or unversioned."""
    bentuk = draw(st.sampled_from(["amplop", "amplop_kelas", "versi_1", "tanpa_versi"]))
    if bentuk == "tanpa_versi":
        return Amplop(tipe), data
    amplop = {
        "@format": FORMAT,
        "@versi": 1 if bentuk == "versi_1" else VERSI_FORMAT,
        "@tipe": (typing.get_origin(tipe) or tipe).__name__,
        "isi": data,
    }
    if draw(st.integers(0, 3)) == 0:  # the envelope's own keys, bent more often than by chance
        amplop[draw(st.sampled_from(["@format", "@versi", "@tipe"]))] = draw(sampah())
    return Amplop(tipe if bentuk == "amplop_kelas" else None), amplop


@st.composite
def dokumen_bermutasi(draw: st.DrawFn) -> Dokumen:
    """A document with zero to four mutations; half of those of one attrs class are first
    put in a versioned envelope (whose keys the mutations reach too)."""
    tipe, data = draw(dokumen())
    if attrs.has(typing.get_origin(tipe) or tipe) and draw(st.booleans()):
        tipe, data = _amplop(draw, tipe, data)
    akar = [data]
    for _ in range(draw(st.integers(0, 4))):
        mutasi(draw, akar)
    return tipe, akar[0]


# -- the oracle ---------------------------------------------------------------------------


def periksa(tipe: Tipe, data: Any) -> str:
    """Load ``data``: the outcome (``dimuat`` or the library error's class); anything else
    (another exception, a value that does not round-trip, a message without the path or
    too long) raises."""
    if isinstance(tipe, Amplop):
        return _periksa_amplop(tipe.kelas, data)
    try:
        nilai = dari_data(tipe, data, akar=AKAR)
    except BirokrasiError as e:
        pesan = str(e)
        assert pesan.startswith(AKAR), pesan[:200]
        assert len(pesan) <= PANJANG_PESAN, pesan[:200]
        return type(e).__name__
    tulis = ke_data(nilai)
    kembali = dari_data(tipe, tulis, akar=AKAR)
    assert kembali == nilai
    assert ke_data(kembali) == tulis
    return DIMUAT


def _periksa_amplop(kelas: Tipe, data: Any) -> str:
    try:
        nilai = dari_dokumen(data, kelas)
    except BirokrasiError as e:
        pesan = str(e)
        assert pesan.startswith("dokumen"), pesan[:200]
        assert len(pesan) <= PANJANG_PESAN, pesan[:200]
        return type(e).__name__
    tulis = ke_dokumen(nilai)
    kembali = dari_dokumen(tulis, kelas)
    assert kembali == nilai
    assert ke_dokumen(kembali) == tulis
    return DIMUAT


def uji(
    hitungan: Counter[str],
    *,
    contoh: int,
    benih: int | None = None,
    gagal: list[str] | None = None,
) -> Callable[[], None]:
    """The hypothesis test: ``contoh`` documents counted into ``hitungan``. Without
    ``gagal`` an unexpected outcome fails the test; with it, the outcome is counted and its
    traceback kept there."""

    @settings(
        max_examples=contoh,
        deadline=None,
        database=None,
        derandomize=benih is None,
        suppress_health_check=list(HealthCheck),
        print_blob=True,
    )
    @given(st.data())
    def fuzz(data: st.DataObject) -> None:
        tipe, dok = data.draw(dokumen_bermutasi())
        if gagal is None:
            hitungan[periksa(tipe, dok)] += 1
            return
        try:
            hitungan[periksa(tipe, dok)] += 1
        except Exception as e:  # counted: the report says what went wrong
            hitungan[f"BUKAN PUSTAKA {type(e).__name__}"] += 1
            tempat = traceback.extract_tb(e.__traceback__)[-1]
            gagal.append(f"{type(e).__name__} at {tempat.filename}:{tempat.lineno}: {str(e)[:300]}")

    return fuzz if benih is None else seed(benih)(fuzz)


def main(argv: list[str] | None = None) -> int:
    """Fuzz for ``--detik`` seconds; print the counts; 1 if anything was not a library
    error or a round-tripping value."""
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz_serial", description=__doc__)
    parser.add_argument("--detik", type=float, default=60.0, help="time budget in seconds")
    parser.add_argument("--benih", type=int, default=0, help="first seed")
    args = parser.parse_args(argv)
    hitungan: Counter[str] = Counter()
    gagal: list[str] = []
    mulai = time.monotonic()
    sampai = mulai + args.detik
    putaran = 0
    while time.monotonic() < sampai:
        uji(hitungan, contoh=25, benih=args.benih + putaran, gagal=gagal)()
        putaran += 1
    jumlah = sum(hitungan.values())
    baris = [f"{jumlah} documents in {time.monotonic() - mulai:.0f} s ({putaran} rounds)"]
    baris += [f"  {hasil:<32} {n:>8}" for hasil, n in hitungan.most_common()]
    bukan = sum(n for h, n in hitungan.items() if h.startswith("BUKAN"))
    baris += [f"  {'non-library':<32} {bukan:>8}", *gagal[:5]]
    sys.stdout.write("\n".join(baris) + "\n")
    return 1 if bukan else 0


if __name__ == "__main__":
    raise SystemExit(main())
