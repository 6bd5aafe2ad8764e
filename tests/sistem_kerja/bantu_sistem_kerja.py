"""Helpers for the sistem kerja tests: a small instansi (JPT Utama > two JPT Madya > JPT
Pratama units > a bidang) for tests of scope, authority and placements."""

from __future__ import annotations

import datetime as dt

from birokrasi.periode import Periode
from birokrasi.sistem_kerja import Keanggotaan, Peran, SuratKeputusan, TimKerja
from birokrasi.struktur import Instansi, Jabatan, Jenjang, Pegawai, Penempatan, UnitOrganisasi

AWAL = dt.date(2024, 1, 1)
D = dt.date


def n(i: int) -> str:
    """A valid PNS NIP with sequence number ``i``."""
    return f"198001012005011{i:03d}"


KEPALA = {"K": n(1), "M1": n(2), "M2": n(3), "M1.P1": n(4), "M1.P2": n(5), "M2.P1": n(6)}
JF_B = n(10)  # JF Ahli Muda in bidang M1.P1.B (no head: answers to the JPT Pratama M1.P1)
JF_B2 = n(11)  # JF Ahli Pertama in M1.P1.B
JF_P2 = n(12)  # JF Ahli Muda in M1.P2
JF_M2 = n(13)  # Pelaksana in M2.P1
ADMIN = n(14)  # Administrator heading M1.P1.ADM
PINDAH = n(15)  # JF in M1.P1.B until 2025-06-30, then none


def buat_instansi() -> Instansi:
    units = [
        UnitOrganisasi("K", "Kementerian", jenjang_kepala=Jenjang.JPT_UTAMA),
        UnitOrganisasi("M1", "Ditjen 1", "K", jenjang_kepala=Jenjang.JPT_MADYA),
        UnitOrganisasi("M2", "Ditjen 2", "K", jenjang_kepala=Jenjang.JPT_MADYA),
        UnitOrganisasi("M1.P1", "Direktorat 1", "M1", jenjang_kepala=Jenjang.JPT_PRATAMA),
        UnitOrganisasi("M1.P2", "Direktorat 2", "M1", jenjang_kepala=Jenjang.JPT_PRATAMA),
        UnitOrganisasi("M2.P1", "Direktorat 3", "M2", jenjang_kepala=Jenjang.JPT_PRATAMA),
        UnitOrganisasi("M1.P1.B", "Kelompok JF", "M1.P1"),
        UnitOrganisasi("M1.P1.ADM", "Subdit", "M1.P1", jenjang_kepala=Jenjang.ADMINISTRATOR),
    ]
    jenjang = {
        "K": Jenjang.JPT_UTAMA,
        "M1": Jenjang.JPT_MADYA,
        "M2": Jenjang.JPT_MADYA,
        "M1.P1": Jenjang.JPT_PRATAMA,
        "M1.P2": Jenjang.JPT_PRATAMA,
        "M2.P1": Jenjang.JPT_PRATAMA,
    }
    pegawai = [Pegawai(x, f"Pegawai {x[-3:]}") for x in [*KEPALA.values(), *map(n, range(10, 16))]]
    penempatan = [
        Penempatan(nip, Jabatan(f"Kepala {u}", jenjang[u]), u, AWAL, kepala=True)
        for u, nip in KEPALA.items()
    ]
    penempatan += [
        Penempatan(JF_B, Jabatan("Analis Ahli Muda", Jenjang.AHLI_MUDA), "M1.P1.B", AWAL),
        Penempatan(JF_B2, Jabatan("Analis Ahli Pertama", Jenjang.AHLI_PERTAMA), "M1.P1.B", AWAL),
        Penempatan(JF_P2, Jabatan("Statistisi Ahli Muda", Jenjang.AHLI_MUDA), "M1.P2", AWAL),
        Penempatan(JF_M2, Jabatan("Pengadministrasi", Jenjang.PELAKSANA), "M2.P1", AWAL),
        Penempatan(
            ADMIN, Jabatan("Kasubdit", Jenjang.ADMINISTRATOR), "M1.P1.ADM", AWAL, kepala=True
        ),
        Penempatan(
            PINDAH, Jabatan("Analis", Jenjang.AHLI_PERTAMA), "M1.P1.B", AWAL, D(2025, 6, 30)
        ),
    ]
    return Instansi("Kementerian Uji", units, pegawai, penempatan)


TAHUN = Periode(D(2025, 1, 1), D(2025, 12, 31))


def tim(kode: str = "A", unit: str = "M1.P1", penetap: str | None = None, **kw: object) -> TimKerja:
    sk = SuratKeputusan(f"SK/{kode}", D(2025, 1, 1), penetap or KEPALA["M1.P1"])
    return TimKerja(kode, f"Tim {kode}", "Tujuan", unit, kw.pop("periode", TAHUN), sk, **kw)  # type: ignore[arg-type]


_AWAL_2025 = D(2025, 1, 1)


def anggota(nip: str, kode: str = "A", peran: Peran = Peran.ANGGOTA, mulai: dt.date = _AWAL_2025,
            selesai: dt.date | None = None, **kw: object) -> Keanggotaan:  # fmt: skip
    return Keanggotaan(nip, kode, peran, mulai, selesai, **kw)  # type: ignore[arg-type]


ORG = buat_instansi()
OLEH = {"oleh": KEPALA["K"], "instansi": ORG}
"""The JPT Utama at the root heads every unit: the official the operation tests act as
(SK-TIM-10 is tested on its own in test_kewenangan)."""
