"""Memory per record: bytes per ``Keanggotaan`` and per ``PenilaianKinerja`` (attrs slots
classes), measured with ``tracemalloc`` over many instances, against a plain tuple of the
same fields. Field values are shared between instances (as the NIP of a pegawai, the dates
and the kode of a team are in a real aggregate), so the figure is the record's own cost."""

from __future__ import annotations

import datetime as dt
import sys
import tracemalloc
from collections.abc import Callable

from benchmarks.tim import buat_nip
from birokrasi.kinerja import JenisEvaluasi, PenilaianKinerja, Rating
from birokrasi.periode import Periode
from birokrasi.sistem_kerja import Keanggotaan, Peran
from birokrasi.struktur import Jabatan, Jenjang
from birokrasi.struktur.potret import PotretPegawai


def _per_instance(buat: Callable[[int], object], n: int) -> float:
    """Traced bytes per instance for ``n`` instances, the list holding them excluded."""
    tracemalloc.start()
    try:
        awal = tracemalloc.get_traced_memory()[0]
        isi = [buat(i) for i in range(n)]
        akhir = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    return (akhir - awal - sys.getsizeof(isi)) / n


def jalankan(quick: bool, ulang: int | None = None) -> bool:
    del ulang
    n = 20_000 if quick else 200_000
    nip = [buat_nip(i) for i in range(2)]
    mulai, selesai = dt.date(2024, 1, 1), dt.date(2024, 6, 30)
    periode = Periode(dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    jabatan = Jabatan("Analis Kebijakan Ahli Pertama", Jenjang.AHLI_PERTAMA)
    pegawai = PotretPegawai(nip[0], "Pegawai", jabatan, "S0001", selesai)
    penilai = PotretPegawai(
        nip[1], "Penilai", Jabatan("Kepala Seksi", Jenjang.PENGAWAS), "S0001", selesai
    )
    a = Rating.DI_ATAS_EKSPEKTASI
    ev = JenisEvaluasi.TAHUNAN
    buat: dict[str, Callable[[int], object]] = {
        "Keanggotaan": lambda i: Keanggotaan(nip[0], "TIM-00001", Peran.ANGGOTA, mulai, selesai),
        "tuple of the same 7 fields": lambda i: (
            nip[0],
            "TIM-00001",
            Peran.ANGGOTA,
            mulai,
            selesai,
            None,
            None,
        ),
        "PenilaianKinerja": lambda i: PenilaianKinerja(
            "EV-1", "SKP-1", pegawai, penilai, ev, periode, a, a, selesai
        ),
        "tuple of the same 12 fields": lambda i: (
            "EV-1",
            "SKP-1",
            pegawai,
            penilai,
            ev,
            periode,
            a,
            a,
            selesai,
            None,
            None,
            None,
        ),
    }
    print(f"\n## Memory per record ({n:,} instances each, field values shared)\n")
    print("| record | bytes per instance (tracemalloc) | sys.getsizeof | instance __dict__ |")
    print("|---|---:|---:|---|")
    ukuran: dict[str, float] = {}
    for nama, f in buat.items():
        ukuran[nama] = _per_instance(f, n)
        contoh = f(0)
        punya_dict = "yes" if hasattr(contoh, "__dict__") else "no"
        print(f"| {nama} | {ukuran[nama]:.1f} | {sys.getsizeof(contoh)} | {punya_dict} |")
    print()
    for kelas, dasar in (("Keanggotaan", "7"), ("PenilaianKinerja", "12")):
        rasio = ukuran[kelas] / ukuran[f"tuple of the same {dasar} fields"]
        print(f"- {kelas} / tuple of its fields: {rasio:.2f}× (reported, no target)")
    return True
