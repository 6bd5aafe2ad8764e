"""Write the schema and the golden documents of the current format version.

Run from the repository root when the schema test of ``tests/test_dokumen.py`` asks for it::

    PYTHONPATH=src python tests/buat_arsip.py

It writes ``tests/arsip/skema/<versi>.json`` (the schema the test holds the code to) and adds
to ``tests/arsip/format-<versi>/`` one document of every value kind it lacks: the example
agency's values, every rule of the catalogue, the values of :func:`nilai_tambahan`, and three
values drawn by each strategy of ``tests/test_serial.py``. A golden document that exists is
never rewritten: it is what that version stored, and it must keep loading (ADR 0016).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import birokrasi
from bantu_arsip import skema
from birokrasi.dokumen import VERSI_FORMAT, ke_dokumen
from birokrasi.kinerja.perencanaan.pemeriksaan import ATURAN_TENGGAT
from birokrasi.kinerja.perencanaan.tenggat import PelanggaranTenggat
from birokrasi.serial import _akar

ARSIP = Path(__file__).parent / "arsip"


def _tarik(strategi: st.SearchStrategy[Any], n: int = 3) -> list[Any]:
    """``n`` values of ``strategi``, the same on every run (later draws are the larger ones)."""
    hasil: list[Any] = []

    @settings(
        derandomize=True,
        database=None,
        max_examples=40,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
        deadline=None,
    )
    @given(strategi)
    def kumpul(nilai: Any) -> None:
        hasil.append(nilai)

    kumpul()
    return hasil[-n:]


def nilai_tambahan() -> list[Any]:
    """Values of the kinds ``tests/test_serial.py``'s examples and strategies do not hold:
    results of queries and checks, ledger events, the constants' tables."""
    from birokrasi.contoh import karier, sistem_kerja, skp, struktur, tahun_kinerja, umpan_balik

    org = struktur.instansi()
    tanggal = dt.date(2025, 6, 30)
    nip = next(iter(skp.skp())).pegawai.nip
    kejadian = [
        birokrasi.KejadianKinerja(
            birokrasi.JenisKejadian.HASIL_TAHUNAN, dt.date(2025, 1, 2), birokrasi.Predikat.KURANG
        )
    ]
    return [
        umpan_balik.jurnal_dewi().ringkas(umpan_balik.skp_dewi()),
        *karier.keberatan_kepala(),
        birokrasi.KenaikanPangkat(dt.date(2025, 4, 1), birokrasi.Golongan.III_B),
        birokrasi.KenaikanJenjang(dt.date(2025, 4, 1), birokrasi.Jenjang.AHLI_MUDA),
        birokrasi.TambahanPendidikan(dt.date(2025, 4, 1), birokrasi.Predikat.BAIK),
        *birokrasi.KRITERIA_PENGHARGAAN,
        birokrasi.NILAI_DASAR_INTEGRASI_2023,
        birokrasi.TABEL_ANGKA_KREDIT_PENYESUAIAN_2023,
        *birokrasi.periksa_distribusi(
            birokrasi.PredikatOrganisasi.BAIK,
            [birokrasi.Predikat.SANGAT_BAIK] * 4,
            tanggal=dt.date(2025, 1, 1),
        ),
        PelanggaranTenggat(
            ATURAN_TENGGAT,
            "SKP-1",
            "ditetapkan terlambat",
            batas=dt.date(2025, 1, 31),
            ditetapkan=dt.date(2025, 2, 3),
            hari_terlambat=3,
        ),
        *birokrasi.pemberi_umpan_balik(sistem_kerja.tim_kerja(), org, nip, tanggal),
        birokrasi.PersetujuanLintasInstansi(
            "TIM-1", "BAPPEDA", "800/12/2025", dt.date(2025, 1, 6), "Kepala Bappeda"
        ),
        *birokrasi.pohon_kinerja(skp.skp()),
        *pelanggaran_pesan(),
        birokrasi.status_kinerja_rendah(kejadian, tanggal=tanggal),
        tahun_kinerja.tahun_2025(),
        *tahun_kinerja.tahun_2025().angka_kredit,
    ]


def pelanggaran_pesan() -> list[Any]:
    """Findings whose messages hold every kind of parameter (format 3, ADR 0017), made from
    the core's own templates: alternatives, a nested message, a date, a number, a member."""
    from decimal import Decimal
    from fractions import Fraction

    from birokrasi.pesan import Pesan, Pilihan, templat

    aturan = birokrasi.aturan("KIN-PREDIKAT-01")
    tipe = templat("NILAI/tipe")(
        nama="PenilaianKinerja.tanggal",
        diharapkan=Pilihan((dt.date, str)),
        diberikan="2025 (int)",
    )
    antara = templat("NILAI/antara")(
        nama="Target.nilai", minimum=Fraction(1, 4), maksimum=Decimal("12.50"), diberikan="13"
    )
    return [
        birokrasi.Pelanggaran(aturan, "198001012006041001", tipe),
        birokrasi.Pelanggaran(aturan, "198001012006041001", antara),
        birokrasi.Pelanggaran(
            aturan,
            "198001012006041001",
            templat("NILAI/tipe")(
                nama="data",
                diharapkan=(birokrasi.Predikat.BAIK, birokrasi.NIP("198001012006041001"), None),
                diberikan=Pesan.dari_teks(f"{dt.date(2025, 1, 31)} (date)"),
            ),
        ),
        birokrasi.Pelanggaran(aturan, "SKP-1", Pesan.dari_teks("teks bebas dari aplikasi")),
    ]


def nilai_emas() -> dict[str, Any]:
    """File stem -> value, for every value kind a document may hold."""
    import test_serial

    hasil: dict[str, Any] = {}
    for nilai in [*test_serial.NILAI_CONTOH, *nilai_tambahan()]:
        if isinstance(nilai, birokrasi.Aturan):
            hasil[f"aturan_{nilai.kode}"] = nilai
            continue
        akar = _akar(type(nilai))
        n = sum(1 for k in hasil if k.startswith(f"contoh_{akar}_"))
        hasil[f"contoh_{akar}_{n}"] = nilai
    for nama, strategi in sorted(test_serial.STRATEGI.items()):
        for i, nilai in enumerate(_tarik(strategi)):
            if not isinstance(nilai, birokrasi.NIP):  # a NIP is a string, not a document
                hasil[f"{nama}_{i}"] = nilai
    return hasil


def tulis_json(berkas: Path, data: Any) -> None:
    berkas.write_text(
        json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python tests/buat_arsip.py", description=__doc__)
    parser.parse_args(argv)
    (ARSIP / "skema").mkdir(exist_ok=True)
    tulis_json(ARSIP / "skema" / f"{VERSI_FORMAT}.json", skema(birokrasi))
    tujuan = ARSIP / f"format-{VERSI_FORMAT}"
    tujuan.mkdir(exist_ok=True)
    baru = 0
    for nama, nilai in nilai_emas().items():
        berkas = tujuan / f"{nama}.json"
        if not berkas.exists():
            tulis_json(berkas, ke_dokumen(nilai))
            baru += 1
    sys.stdout.write(f"{tujuan}: {baru} new golden documents\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
