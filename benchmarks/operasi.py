"""One operation on a large aggregate against building that aggregate (issue 16 §3, ADR 0015):
an app that records one move should not pay for the whole agency.

``SistemKerja``: the 200 000 memberships of :mod:`benchmarks.tim` (50 000 pegawai, 5 000
teams). ``Instansi``: its 50 000 pegawai. Each operation is applied to the same aggregate with
a different pegawai or team every time (its result dropped), and the figure is the median per
operation; the build is one constructor call, measured in the same run. The queries of
:mod:`benchmarks.tim` are then timed on an aggregate derived by a thousand operations against
the same queries on the aggregate built in one call: the index an operation leaves must be as
fast as a fresh one.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import Any

from benchmarks._ukur import Hasil, tabel, target, ukur
from benchmarks.tim import AKHIR, AWAL, HARI, buat_instansi, buat_nip, buat_tim
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

TANGGAL = dt.date(2024, 12, 20)  # after every move of benchmarks.tim (day HARI - 30 at the latest)


def _per_operasi(nama: str, langkah: list[Callable[[], object]], ulang: int) -> Hasil:
    def semua() -> None:
        for f in langkah:
            f()

    return ukur(nama, semua, ulang, per=len(langkah))


def _berselang(
    pasangan: list[tuple[str, Callable[[], object]]], ulang: int, per: int
) -> list[Hasil]:
    """Each of ``pasangan`` measured ``ulang`` times, taking turns (so that a busy spell of the
    machine hits both)."""
    waktu: dict[str, list[float]] = {nama: [] for nama, _ in pasangan}
    for _ in range(ulang):
        for nama, f in pasangan:
            waktu[nama] += ukur(nama, f, 1).waktu
    return [Hasil(nama, tuple(waktu[nama]), per) for nama, _ in pasangan]


def _instansi_tim(penetap: NIP, n_unit: int) -> Instansi:
    """The units of benchmarks.tim's teams under one root headed by ``penetap``, who may
    change any team in them (SK-TIM-10)."""
    akar = UnitOrganisasi("ROOT", "Sekretariat", jenjang_kepala=Jenjang.JPT_MADYA)
    unit = [UnitOrganisasi(f"UNIT-{u:03d}", f"Unit {u}", "ROOT") for u in range(n_unit)]
    kepala = Penempatan(
        penetap, Jabatan("Sekretaris", Jenjang.JPT_MADYA), "ROOT", AWAL, kepala=True
    )
    return Instansi("Instansi", [akar, *unit], [Pegawai(penetap, "Penetap")], [kepala])


def _sistem_kerja(quick: bool, ulang: int, n_op: int) -> tuple[bool, SistemKerja, list[NIP]]:
    n_pegawai, n_tim = (12_000, 1_200) if quick else (50_000, 5_000)
    data = buat_tim(n_pegawai, n_tim)
    s = SistemKerja(data.tim, data.keanggotaan)
    penetap = data.nip[0]
    org = _instansi_tim(penetap, 500)
    oleh: dict[str, Any] = {"oleh": penetap, "instansi": org}
    rng = random.Random(5)
    print(
        f"\n## One operation on a SistemKerja of {len(s.keanggotaan):,} memberships "
        f"({n_pegawai:,} pegawai, {n_tim:,} teams)"
    )
    bangun = ukur(
        "build SistemKerja (one constructor call)",
        lambda: SistemKerja(data.tim, data.keanggotaan),
        ulang,
    )
    terbuka: list[Keanggotaan] = []  # open on TANGGAL, one per pegawai
    baru: list[tuple[NIP, str]] = []  # a pegawai and a team they never sat in
    for n in rng.sample(data.nip, n_op):
        riwayat = s.riwayat_keanggotaan(n)
        terbuka.append(next(k for k in riwayat if k.selesai is None))
        kode = {k.tim for k in riwayat}
        baru.append((n, next(t.kode for t in rng.sample(data.tim, 8) if t.kode not in kode)))

    def tambah(n: NIP, kode: str) -> Callable[[], object]:
        k = Keanggotaan(n, kode, Peran.ANGGOTA, TANGGAL)
        return lambda: s.tambah_anggota(k, **oleh)

    def akhiri(k: Keanggotaan) -> Callable[[], object]:
        return lambda: s.akhiri_keanggotaan(k.nip, k.tim, TANGGAL, **oleh)

    def pindahkan(k: Keanggotaan, ke: str) -> Callable[[], object]:
        return lambda: s.pindahkan(k.nip, k.tim, ke, TANGGAL, **oleh)

    def bentuk(j: int) -> Callable[[], object]:
        sk = SuratKeputusan(f"SK-BARU-{j}/2024", AWAL, penetap)
        t = TimKerja(f"BARU-{j:05d}", f"Tim {j}", "Tujuan", "UNIT-001", Periode(AWAL, AKHIR), sk)
        return lambda: s.bentuk_tim(t, instansi=org)

    baris = [
        bangun,
        _per_operasi("tambah_anggota", [tambah(n, t) for n, t in baru], ulang),
        _per_operasi("akhiri_keanggotaan", [akhiri(k) for k in terbuka], ulang),
        _per_operasi(
            "pindahkan (end one, start one)",
            [pindahkan(k, t) for k, (_, t) in zip(terbuka, baru, strict=True)],
            ulang,
        ),
        _per_operasi("bentuk_tim", [bentuk(j) for j in range(n_op)], ulang),
    ]
    tabel("One operation against building the aggregate (ratio to the build)", baris, bangun)
    print()
    ok = True
    for h in baris[1:]:
        ok &= target(f"build / {h.nama}", bangun.median / h.median, 100, paling_banyak=False)
    # the aggregate after many operations, for the query check
    turunan = s
    for k, (_, t) in zip(terbuka, baru, strict=True):
        turunan = turunan.pindahkan(k.nip, k.tim, t, TANGGAL, **oleh)
    return ok, turunan, [k.nip for k in terbuka]


def _instansi(quick: bool, ulang: int, n_op: int) -> tuple[bool, Instansi, list[NIP]]:
    n_pegawai = 12_000 if quick else 50_000
    data = buat_instansi(n_pegawai)
    tambahan = [Pegawai(buat_nip(n_pegawai + i), f"Pegawai baru {i}") for i in range(n_op)]
    org = data.instansi
    # n_op more pegawai, not yet placed, to place one at a time
    siap = Instansi(org.nama, org.unit, (*org.pegawai, *tambahan), org.penempatan)
    rng = random.Random(6)
    print(
        f"\n## One operation on an Instansi of {len(siap.pegawai):,} pegawai, "
        f"{len(siap.penempatan):,} placements, {len(siap.unit):,} units"
    )
    bangun = ukur(
        "build Instansi (one constructor call)",
        lambda: Instansi(siap.nama, siap.unit, siap.pegawai, siap.penempatan),
        ulang,
    )
    staf = Jabatan("Analis Kebijakan Ahli Pertama", Jenjang.AHLI_PERTAMA)
    seksi = [u.kode for u in siap.unit if u.kode.startswith("S")]
    dipindah = rng.sample(data.staf, n_op)

    def tambah_pegawai(i: int) -> Callable[[], object]:
        p = Pegawai(buat_nip(n_pegawai + n_op + i), "Pegawai")
        return lambda: siap.tambah_pegawai(p)

    def tempatkan(p: Pegawai) -> Callable[[], object]:
        t = Penempatan(p.nip, staf, rng.choice(seksi), TANGGAL)
        return lambda: siap.tempatkan(t)

    def akhiri(n: NIP) -> Callable[[], object]:
        return lambda: siap.akhiri_penempatan(n, TANGGAL)

    def tambah_unit(j: int) -> Callable[[], object]:
        u = UnitOrganisasi(f"BARU-{j}", f"Seksi baru {j}", "B000", jenjang_kepala=Jenjang.PENGAWAS)
        return lambda: siap.tambah_unit(u)

    baris = [
        bangun,
        _per_operasi("tambah_pegawai", [tambah_pegawai(i) for i in range(n_op)], ulang),
        _per_operasi("tempatkan", [tempatkan(p) for p in tambahan], ulang),
        _per_operasi("akhiri_penempatan", [akhiri(n) for n in dipindah], ulang),
        _per_operasi("tambah_unit", [tambah_unit(j) for j in range(n_op)], ulang),
    ]
    tabel("One operation against building the Instansi (ratio to the build)", baris, bangun)
    print()
    ok = True
    for h in baris[1:]:
        ok &= target(f"build / {h.nama}", bangun.median / h.median, 100, paling_banyak=False)
    turunan = siap
    for p in tambahan:
        turunan = turunan.tempatkan(Penempatan(p.nip, staf, rng.choice(seksi), TANGGAL))
    for n in dipindah:
        turunan = turunan.akhiri_penempatan(n, TANGGAL)
    return ok, turunan, data.staf


def jalankan(quick: bool, ulang: int | None = None) -> bool:
    ulang = ulang or (3 if quick else 5)
    n_op = 200 if quick else 1_000
    n_kueri = 2_000 if quick else 20_000
    ok, s_turunan, dipindah = _sistem_kerja(quick, ulang, n_op)
    ok_org, org_turunan, staf = _instansi(quick, ulang, n_op)
    ok &= ok_org
    s_segar = SistemKerja(s_turunan.tim, s_turunan.keanggotaan)
    org_segar = Instansi(
        org_turunan.nama, org_turunan.unit, org_turunan.pegawai, org_turunan.penempatan
    )
    rng = random.Random(8)
    semua_nip = [k.nip for k in s_segar.keanggotaan]
    nip = [rng.choice(dipindah if i % 2 else semua_nip) for i in range(n_kueri)]
    kueri = [(n, AWAL + dt.timedelta(days=rng.randrange(HARI))) for n in nip]
    sampai = (TANGGAL - AWAL).days  # the placements ended on TANGGAL hold up to it
    kueri_org = [
        (rng.choice(staf), AWAL + dt.timedelta(days=rng.randrange(sampai))) for _ in range(n_kueri)
    ]
    for kunci, tanggal in kueri[:100]:
        assert s_turunan.tim_pegawai(kunci, tanggal) == s_segar.tim_pegawai(kunci, tanggal)
    for kunci, tanggal in kueri_org[:100]:
        assert org_turunan.pejabat_penilai(kunci, tanggal) == org_segar.pejabat_penilai(
            kunci, tanggal
        )

    def semua(
        f: Callable[[NIP, dt.date], object], isi: list[tuple[NIP, dt.date]]
    ) -> Callable[[], None]:
        def jalan() -> None:
            for kunci, tanggal in isi:
                f(kunci, tanggal)

        return jalan

    print(f"\n## Queries after {n_op:,} operations (half of them on the pegawai moved)")
    tim_pegawai = _berselang(
        [
            ("tim_pegawai, aggregate built in one call", semua(s_segar.tim_pegawai, kueri)),
            (f"tim_pegawai, after {n_op:,} moves", semua(s_turunan.tim_pegawai, kueri)),
        ],
        ulang,
        n_kueri,
    )
    penilai = _berselang(
        [
            (
                "pejabat_penilai, Instansi built in one call",
                semua(org_segar.pejabat_penilai, kueri_org),
            ),
            (
                f"pejabat_penilai, after {2 * n_op:,} operations",
                semua(org_turunan.pejabat_penilai, kueri_org),
            ),
        ],
        ulang,
        n_kueri,
    )
    tabel("Per query: teams of a pegawai, derived against built", tim_pegawai, tim_pegawai[0])
    tabel("Per query: pejabat penilai, derived against built", penilai, penilai[0])
    print()
    ok &= target("tim_pegawai derived / built", tim_pegawai[1].median / tim_pegawai[0].median, 1.3)
    ok &= target("pejabat_penilai derived / built", penilai[1].median / penilai[0].median, 1.3)
    return ok
