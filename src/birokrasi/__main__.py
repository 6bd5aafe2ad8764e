"""``python -m birokrasi``: the example agency end to end (the only module that prints).

Its unit tree and who rates whom (struktur), its work teams (sistem kerja), its 2025 SKPs and
pohon kinerja (perencanaan), a year of feedback and dialogues (umpan balik), and its
year-end evaluations and distribution check (penilaian), angka kredit and a keberatan
(karier dan tindak lanjut).
"""

from __future__ import annotations

import datetime as dt

from birokrasi import contoh
from birokrasi.contoh import karier as contoh_karier
from birokrasi.contoh import penilaian as contoh_penilaian
from birokrasi.contoh import sistem_kerja as contoh_sistem_kerja
from birokrasi.contoh import skp as contoh_skp
from birokrasi.contoh import umpan_balik as contoh_umpan_balik
from birokrasi.struktur.organisasi import Instansi
from birokrasi.struktur.pemeriksaan import periksa_instansi
from birokrasi.struktur.unsur import Penempatan, UnitOrganisasi


def _orang(org: Instansi, penempatan: Penempatan | None) -> str:
    if penempatan is None:
        return "-"
    pegawai = org.cari_pegawai(penempatan.nip)
    return f"{pegawai.nama} ({penempatan.jabatan.nama})"


def _pohon(org: Instansi, unit: UnitOrganisasi, tanggal: dt.date, kedalaman: int) -> None:
    indent = "    " * kedalaman
    if unit.jenjang_kepala is None:
        kepala = "no head post (simplified)"
    else:
        penempatan = org.kepala_unit(unit.kode, tanggal)
        kepala = "VACANT" if penempatan is None else _orang(org, penempatan)
        kepala = f"head [{unit.jenjang_kepala.label}]: {kepala}"
    print(f"{indent}- {unit.nama} <{unit.kode}>: {kepala}")
    for anak in org.sub_unit(unit.kode):
        _pohon(org, anak, tanggal, kedalaman + 1)


def _judul(teks: str) -> None:
    print()
    print(teks)
    print("=" * len(teks))


def main() -> None:
    """Print every part of the example agency's year."""
    org = contoh.instansi()
    tanggal = contoh.TANGGAL_DEMO
    _judul(f"1. Struktur: {org.nama} on {tanggal.isoformat()}")
    print("Organisation")
    akar = org.unit_akar
    assert akar is not None
    _pohon(org, akar, tanggal, 0)
    print()
    print("Who rates whom (pegawai -> Pejabat Penilai Kinerja)")
    for penempatan in org.penempatan_aktif(tanggal):
        pegawai = org.cari_pegawai(penempatan.nip)
        penilai = org.pejabat_penilai(penempatan.nip, tanggal)
        catatan = " [delegated]" if org.delegasi_pada(penempatan.nip, tanggal) else ""
        print(
            f"  {pegawai.nama:<34} {pegawai.jenis_asn.name:<4} "
            f"{penempatan.jabatan.nama:<46} -> {_orang(org, penempatan=penilai)}{catatan}"
        )
    print()
    print("Findings (periksa_instansi)")
    for temuan in periksa_instansi(org, tanggal) or ("none",):
        print(f"  {temuan}")
    for judul, baris in (
        (
            "2. Sistem kerja: tim kerja (PermenPANRB 7/2022)",
            contoh_sistem_kerja.bagian_sistem_kerja(),
        ),
        ("3. Perencanaan kinerja: SKP (PermenPANRB 6/2022)", contoh_skp.bagian_skp()),
        ("4. Umpan balik dan dialog kinerja", contoh_umpan_balik.bagian_umpan_balik()),
        ("5. Penilaian kinerja and kurva distribusi", contoh_penilaian.bagian_penilaian()),
        ("6. Karier dan tindak lanjut", contoh_karier.bagian_karier()),
    ):
        _judul(judul)
        print("\n".join(baris))


if __name__ == "__main__":
    main()
