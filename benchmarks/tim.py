"""Team and rater queries at a date on large aggregates, against linear scans and against the
same queries on a quarter-size aggregate (an index should not care how much data it holds).

``SistemKerja``: 50 000 pegawai, 5 000 teams, 200 000 memberships over 2024 (every pegawai in
two teams at a time, each membership moved once during the year), built in one constructor
call. ``Instansi``: 50 000 pegawai in a unit tree with a head post per unit, some vacant.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from benchmarks._ukur import Hasil, durasi, tabel, target, ukur
from birokrasi.periode import Periode
from birokrasi.sistem_kerja import Keanggotaan, Peran, SistemKerja, SuratKeputusan, TimKerja
from birokrasi.struktur import (
    NIP,
    Instansi,
    Jabatan,
    Jenjang,
    Pegawai,
    Penempatan,
    UnitOrganisasi,
)

AWAL, AKHIR = dt.date(2024, 1, 1), dt.date(2024, 12, 31)
HARI = (AKHIR - AWAL).days + 1


def buat_nip(i: int) -> NIP:
    """A valid, distinct PNS NIP for every ``i`` below 900 × 10 000."""
    lahir = dt.date(1970, 1, 1) + dt.timedelta(days=i // 900)
    tmt = f"{2000 + i % 20}{1 + i % 12:02d}"
    return NIP(f"{lahir:%Y%m%d}{tmt}{1 + i % 2}{1 + i % 900:03d}")


def _hari(rng: random.Random, dari: int = 0, sampai: int = HARI - 1) -> dt.date:
    return AWAL + dt.timedelta(days=rng.randint(dari, sampai))


@dataclass(frozen=True)
class DataTim:
    nip: list[NIP]
    tim: list[TimKerja]
    keanggotaan: list[Keanggotaan]


def buat_tim(n_pegawai: int, n_tim: int, seed: int = 7) -> DataTim:
    """Four memberships per pegawai: two concurrent teams, each left for another mid-year."""
    rng = random.Random(seed)
    nip = [buat_nip(i) for i in range(n_pegawai)]
    penetap = nip[0]
    tim = [
        TimKerja(
            f"TIM-{j:05d}",
            f"Tim Kerja {j}",
            "Menyelesaikan sasaran kinerja unit",
            f"UNIT-{j % 500:03d}",
            Periode(AWAL, AKHIR),
            SuratKeputusan(f"SK-{j}/2024", AWAL, penetap),
        )
        for j in range(n_tim)
    ]
    keanggotaan: list[Keanggotaan] = []
    for i, n in enumerate(nip):
        pilih = rng.sample(range(n_tim), 4)
        for slot in (0, 2):
            pindah = _hari(rng, 30, HARI - 30)
            peran = Peran.KETUA if slot == 0 and i < n_tim else Peran.ANGGOTA
            lama, baru = tim[pilih[slot]].kode, tim[pilih[slot + 1]].kode
            keanggotaan.append(Keanggotaan(n, lama, peran, AWAL, pindah - dt.timedelta(days=1)))
            keanggotaan.append(Keanggotaan(n, baru, Peran.ANGGOTA, pindah))
    rng.shuffle(keanggotaan)
    return DataTim(nip, tim, keanggotaan)


# -- linear-scan baselines ----------------------------------------------------------------


def scan_tim_pegawai(s: SistemKerja, nip: NIP, tanggal: dt.date) -> tuple[str, ...]:
    return tuple(
        dict.fromkeys(
            k.tim
            for k in s.keanggotaan
            if k.nip == nip and k.mulai <= tanggal and (k.selesai is None or tanggal <= k.selesai)
        )
    )


def scan_anggota_tim(s: SistemKerja, kode: str, tanggal: dt.date) -> tuple[Keanggotaan, ...]:
    return tuple(
        k
        for k in s.keanggotaan
        if k.tim == kode and k.mulai <= tanggal and (k.selesai is None or tanggal <= k.selesai)
    )


@dataclass(frozen=True)
class DataInstansi:
    instansi: Instansi
    staf: list[NIP]


def buat_instansi(n_pegawai: int, seed: int = 11) -> DataInstansi:
    """Root (JPT Pratama) → bidang (Administrator) → seksi (Pengawas, 10 % vacant); 100
    pegawai per seksi; a fifth of the staff moved to another seksi mid-year."""
    rng = random.Random(seed)
    n_seksi = max(1, n_pegawai // 100)
    n_bidang = max(1, n_seksi // 10)
    unit = [UnitOrganisasi("ROOT", "Sekretariat Jenderal", jenjang_kepala=Jenjang.JPT_PRATAMA)]
    unit += [
        UnitOrganisasi(f"B{b:03d}", f"Bidang {b}", "ROOT", jenjang_kepala=Jenjang.ADMINISTRATOR)
        for b in range(n_bidang)
    ]
    unit += [
        UnitOrganisasi(
            f"S{s:04d}", f"Seksi {s}", f"B{s % n_bidang:03d}", jenjang_kepala=Jenjang.PENGAWAS
        )
        for s in range(n_seksi)
    ]
    nip = [buat_nip(i) for i in range(n_pegawai)]
    pegawai = [Pegawai(n, f"Pegawai {i}") for i, n in enumerate(nip)]
    jab = {
        "ROOT": Jabatan("Sekretaris Jenderal", Jenjang.JPT_PRATAMA),
        "B": Jabatan("Kepala Bidang", Jenjang.ADMINISTRATOR),
        "S": Jabatan("Kepala Seksi", Jenjang.PENGAWAS),
        "staf": Jabatan("Analis Kebijakan Ahli Pertama", Jenjang.AHLI_PERTAMA),
    }
    penempatan: list[Penempatan] = []
    kepala = [u for u in unit if not (u.kode.startswith("S") and rng.random() < 0.1)]
    for i, u in enumerate(kepala):
        penempatan.append(
            Penempatan(nip[i], jab[u.kode[0] if u.induk else "ROOT"], u.kode, AWAL, kepala=True)
        )
    staf = nip[len(kepala) :]
    for i, n in enumerate(staf):
        seksi = f"S{i % n_seksi:04d}"
        if rng.random() < 0.2:
            pindah = _hari(rng, 30, HARI - 30)
            penempatan.append(
                Penempatan(n, jab["staf"], seksi, AWAL, pindah - dt.timedelta(days=1))
            )
            seksi = f"S{rng.randrange(n_seksi):04d}"
            penempatan.append(Penempatan(n, jab["staf"], seksi, pindah))
        else:
            penempatan.append(Penempatan(n, jab["staf"], seksi, AWAL))
    rng.shuffle(penempatan)
    return DataInstansi(Instansi("Kementerian Contoh", unit, pegawai, penempatan), staf)


def scan_pejabat_penilai(org: Instansi, nip: NIP, tanggal: dt.date) -> Penempatan | None:
    """STR-ATASAN-01 / STR-PENILAI-01 by scanning the placements (no delegations here)."""

    def pada(t: Penempatan) -> bool:
        return t.mulai <= tanggal and (t.selesai is None or tanggal <= t.selesai)

    sendiri = next(t for t in org.penempatan if t.nip == nip and pada(t))
    induk = {u.kode: u.induk for u in org.unit}
    kode = induk[sendiri.unit] if sendiri.kepala else sendiri.unit
    while kode is not None:
        kepala = next((t for t in org.penempatan if t.kepala and t.unit == kode and pada(t)), None)
        if kepala is not None and kepala.jabatan.jenjang.is_manajerial:
            return kepala
        kode = induk[kode]
    return None


# -- the runs -----------------------------------------------------------------------------


def _per_query(
    nama: str,
    fungsi: Callable[[object, dt.date], object],
    kueri: list[tuple[object, dt.date]],
    ulang: int,
) -> Hasil:
    def semua() -> None:
        for kunci, tanggal in kueri:
            fungsi(kunci, tanggal)

    return ukur(nama, semua, ulang, per=len(kueri))


def jalankan(quick: bool, ulang: int | None = None) -> bool:
    n_pegawai, n_tim = (12_000, 1_200) if quick else (50_000, 5_000)
    ulang = ulang or (3 if quick else 5)
    n_kueri, n_scan = (2_000, 5) if quick else (20_000, 20)
    ok = True
    besar = buat_tim(n_pegawai, n_tim)
    kecil = buat_tim(n_pegawai // 4, n_tim // 4)
    print(
        f"\n## Team queries: {n_pegawai:,} pegawai, {n_tim:,} teams, "
        f"{len(besar.keanggotaan):,} memberships"
    )
    bangun = ukur(
        "build SistemKerja (one constructor call)",
        lambda: SistemKerja(besar.tim, besar.keanggotaan),
        1,
    )
    bangun_kecil = ukur(
        "build SistemKerja, quarter size", lambda: SistemKerja(kecil.tim, kecil.keanggotaan), 1
    )
    s_besar, s_kecil = (
        SistemKerja(besar.tim, besar.keanggotaan),
        SistemKerja(kecil.tim, kecil.keanggotaan),
    )
    rng = random.Random(99)

    def kueri_nip(d: DataTim) -> list[tuple[object, dt.date]]:
        return [(rng.choice(d.nip), _hari(rng)) for _ in range(n_kueri)]

    def kueri_tim(d: DataTim) -> list[tuple[object, dt.date]]:
        return [(rng.choice(d.tim).kode, _hari(rng)) for _ in range(n_kueri)]

    kb, kk = kueri_nip(besar), kueri_nip(kecil)
    tb, tk = kueri_tim(besar), kueri_tim(kecil)
    for kunci, tanggal in kb[:n_scan]:
        indeks = {t.kode for t in s_besar.tim_pegawai(kunci, tanggal)}  # type: ignore[arg-type]
        assert indeks == set(scan_tim_pegawai(s_besar, kunci, tanggal))  # type: ignore[arg-type]
    for kunci, tanggal in tb[:n_scan]:
        assert set(s_besar.anggota_tim(kunci, tanggal)) == set(
            scan_anggota_tim(s_besar, kunci, tanggal)
        )  # type: ignore[arg-type]
    baris_tim = [
        _per_query("tim_pegawai (indexed)", s_besar.tim_pegawai, kb, ulang),  # type: ignore[arg-type]
        _per_query("tim_pegawai, quarter size", s_kecil.tim_pegawai, kk, ulang),  # type: ignore[arg-type]
        _per_query(
            "tim_pegawai, linear scan",
            lambda k, t: scan_tim_pegawai(s_besar, k, t),
            kb[:n_scan],
            ulang,
        ),  # type: ignore[arg-type]
    ]
    baris_anggota = [
        _per_query("anggota_tim (indexed)", s_besar.anggota_tim, tb, ulang),  # type: ignore[arg-type]
        _per_query("anggota_tim, quarter size", s_kecil.anggota_tim, tk, ulang),  # type: ignore[arg-type]
        _per_query(
            "anggota_tim, linear scan",
            lambda k, t: scan_anggota_tim(s_besar, k, t),
            tb[:n_scan],
            ulang,
        ),  # type: ignore[arg-type]
    ]
    tabel("Building the aggregate", [bangun, bangun_kecil])
    print(f"\n({durasi(bangun.median / len(besar.keanggotaan))} per membership at full size)")
    for judul, baris in (
        ("teams of a pegawai at a date", baris_tim),
        ("members of a team at a date", baris_anggota),
    ):
        tabel(f"Per query: {judul} (ratio to the indexed query)", baris, baris[0])
        print()
        ok &= target(
            "linear scan / indexed", baris[2].median / baris[0].median, 100, paling_banyak=False
        )
        ok &= target("indexed at 4× data / quarter size", baris[0].median / baris[1].median, 1.3)

    org_besar, org_kecil = buat_instansi(n_pegawai), buat_instansi(n_pegawai // 4)
    print(
        f"\n## Pejabat penilai: Instansi of {n_pegawai:,} pegawai, "
        f"{len(org_besar.instansi.unit):,} units"
    )
    bangun_org = ukur(
        "build Instansi (one constructor call)",
        lambda: Instansi(
            "X", org_besar.instansi.unit, org_besar.instansi.pegawai, org_besar.instansi.penempatan
        ),
        1,
    )
    pb = [(rng.choice(org_besar.staf), _hari(rng)) for _ in range(n_kueri)]
    pk = [(rng.choice(org_kecil.staf), _hari(rng)) for _ in range(n_kueri)]
    for kunci, tanggal in pb[:n_scan]:
        assert org_besar.instansi.pejabat_penilai(kunci, tanggal) == scan_pejabat_penilai(
            org_besar.instansi, kunci, tanggal
        )  # type: ignore[arg-type]
    baris_penilai = [
        _per_query("pejabat_penilai (indexed)", org_besar.instansi.pejabat_penilai, pb, ulang),  # type: ignore[arg-type]
        _per_query("pejabat_penilai, quarter size", org_kecil.instansi.pejabat_penilai, pk, ulang),  # type: ignore[arg-type]
        _per_query(
            "pejabat_penilai, linear scan",
            lambda k, t: scan_pejabat_penilai(org_besar.instansi, k, t),
            pb[:n_scan],
            ulang,
        ),  # type: ignore[arg-type]
    ]
    tabel("Building the Instansi", [bangun_org])
    tabel(
        "Per query: Instansi.pejabat_penilai (ratio to the indexed query)",
        baris_penilai,
        baris_penilai[0],
    )
    print()
    ok &= target(
        "linear scan / indexed",
        baris_penilai[2].median / baris_penilai[0].median,
        100,
        paling_banyak=False,
    )
    ok &= target(
        "indexed at 4× data / quarter size", baris_penilai[0].median / baris_penilai[1].median, 1.3
    )
    return ok
