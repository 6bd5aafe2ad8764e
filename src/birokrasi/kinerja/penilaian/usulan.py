"""Proposing a compliant distribution: the fewest changes to the raters' intended predikat.

:func:`usulkan_distribusi` takes each employee's intended predikat and a ranking (best
first) and returns the assignment that satisfies the kurva distribusi (KIN-DIST-01 to 05)
changing the fewest employees. Demotions fall on the lowest-ranked employees of a predikat,
promotions on the highest-ranked. When the unit is too small for the curve, the result says
so (``terpenuhi`` is false) and changes nothing.

The algorithm works on counts. With disjoint bands, a move of one employee lowers the excess
over a cap by at most one and the shortfall under a floor by at most one, so at least
``max(excess, shortfall)`` employees must change; the greedy below reaches that bound by first
pairing excess with shortfall, then moving the rest to the nearest predikat with room (ties
go downwards). Only then are employees chosen, by rank.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

import attrs

from birokrasi import _validasi as v
from birokrasi.errors import InvalidTypeError, InvalidValueError
from birokrasi.hukum import Aturan, Pelanggaran
from birokrasi.kinerja.penilaian.capaian import PredikatOrganisasi
from birokrasi.kinerja.penilaian.distribusi import _periksa_batas, _pilih_kurva
from birokrasi.kinerja.penilaian.kurva import (
    BatasDistribusi,
    BatasPita,
    KurvaDistribusi,
    Pembulatan,
)
from birokrasi.kinerja.predikat import Predikat

__all__ = ["Perubahan", "UsulanDistribusi", "usulkan_distribusi"]

_URUTAN: tuple[Predikat, ...] = tuple(Predikat)
_INDEKS = {p: i for i, p in enumerate(_URUTAN)}


@attrs.frozen
class Perubahan:
    """One employee's predikat changed by a proposal, with the rule and the reason."""

    kunci: str = attrs.field(validator=v.teks())
    dari: Predikat = attrs.field(validator=v.instance_of(Predikat))
    ke: Predikat = attrs.field(validator=v.instance_of(Predikat))
    aturan: Aturan = attrs.field(validator=v.instance_of(Aturan))
    alasan: str = attrs.field(validator=v.teks())

    def __str__(self) -> str:
        arah = f"{self.dari.label} -> {self.ke.label}"
        return f"{self.kunci}: {arah} ({self.aturan.kode}: {self.alasan})"


@attrs.frozen
class UsulanDistribusi:
    """The proposal: the resulting predikat per employee (in ranking order), the changes and
    whether the curve is met. When ``terpenuhi`` is false no assignment can meet the curve at
    this unit size; ``hasil`` is then the intended predikat and ``pelanggaran`` says why."""

    batas: BatasDistribusi = attrs.field(validator=v.instance_of(BatasDistribusi))
    hasil: tuple[tuple[str, Predikat], ...] = attrs.field(validator=v.instance_of(tuple))
    perubahan: tuple[Perubahan, ...] = attrs.field(validator=v.tuple_of(Perubahan))
    pelanggaran: tuple[Pelanggaran, ...] = attrs.field(validator=v.tuple_of(Pelanggaran))

    @property
    def terpenuhi(self) -> bool:
        """Whether the proposed assignment meets the curve."""
        return not self.pelanggaran

    @property
    def kurva(self) -> KurvaDistribusi:
        """The curve applied."""
        return self.batas.kurva

    def sebagai_dict(self) -> dict[str, Predikat]:
        """The proposed predikat by employee key."""
        return dict(self.hasil)


@attrs.frozen
class _Kelompok:
    """A band during planning: a curve band, or a free predikat with bounds ``[0, n]``."""

    anggota: tuple[Predikat, ...]
    minimum: int
    maksimum: int
    batas: BatasPita | None


def _kelompok(batas: BatasDistribusi) -> list[_Kelompok]:
    hasil = [_Kelompok(b.pita.predikat, b.minimum, b.maksimum, b) for b in batas.pita]
    tercakup = {p for k in hasil for p in k.anggota}
    n = batas.jumlah_pegawai
    hasil.extend(_Kelompok((p,), 0, n, None) for p in _URUTAN if p not in tercakup)
    return hasil


def _alasan(kelompok: _Kelompok, lebih: bool, n: int) -> str:
    assert kelompok.batas is not None
    nama = kelompok.batas.pita.nama
    if lebih:
        return f"{nama} above its cap of {kelompok.maksimum} of {n} employees"
    return f"{nama} below its floor of {kelompok.minimum} of {n} employees"


def _rencanakan(
    batas: BatasDistribusi, awal: Mapping[Predikat, int]
) -> list[tuple[Predikat, Predikat, str]]:
    """Moves (from, to, reason), one per changed employee; the number is minimal."""
    kelompok = _kelompok(batas)
    milik = {p: k for k in kelompok for p in k.anggota}
    jumlah = dict(awal)
    n = batas.jumlah_pegawai
    langkah: list[tuple[Predikat, Predikat, str]] = []

    def isi(k: _Kelompok) -> int:
        return sum(jumlah[p] for p in k.anggota)

    while True:
        lebih = [k for k in kelompok if isi(k) > k.maksimum]
        kurang = [k for k in kelompok if isi(k) < k.minimum]
        if not lebih and not kurang:
            return langkah
        if lebih:
            asal = [p for k in lebih for p in k.anggota if jumlah[p] > 0]
        else:
            asal = [p for k in kelompok if isi(k) > k.minimum for p in k.anggota if jumlah[p] > 0]
        if kurang:
            tujuan = [p for k in kurang for p in k.anggota]
        else:
            tujuan = [p for k in kelompok if isi(k) < k.maksimum for p in k.anggota]
        pasangan = [(a, t) for a in asal for t in tujuan if milik[a] is not milik[t]]
        if not pasangan:
            raise AssertionError("no move left although the curve is satisfiable")
        a, t = min(
            pasangan,
            key=lambda at: (abs(_INDEKS[at[0]] - _INDEKS[at[1]]), _INDEKS[at[1]] < _INDEKS[at[0]]),
        )
        sebab = []
        if isi(milik[a]) > milik[a].maksimum:
            sebab.append(_alasan(milik[a], True, n))
        if isi(milik[t]) < milik[t].minimum:
            sebab.append(_alasan(milik[t], False, n))
        jumlah[a] -= 1
        jumlah[t] += 1
        langkah.append((a, t, "; ".join(sebab)))


def _periksa_masukan(rencana: object, peringkat: object) -> tuple[str, ...]:
    if not isinstance(rencana, Mapping):
        raise InvalidTypeError(
            f"rencana: expected a mapping of key to Predikat, got {v.describe(rencana)}"
        )
    for kunci, predikat in rencana.items():
        if not isinstance(kunci, str) or not kunci.strip():
            raise InvalidTypeError(f"rencana: keys must be non-blank str, got {v.describe(kunci)}")
        if type(predikat) is not Predikat:
            raise InvalidTypeError(
                f"rencana[{kunci!r}]: expected Predikat, got {v.describe(predikat)}"
            )
    if isinstance(peringkat, str) or not isinstance(peringkat, Sequence):
        raise InvalidTypeError(
            f"peringkat: expected a sequence of keys, got {v.describe(peringkat)}"
        )
    urutan = tuple(peringkat)
    dilihat: set[object] = set()
    for index, kunci in enumerate(urutan):
        if not isinstance(kunci, str):
            raise InvalidTypeError(f"peringkat[{index}]: expected str, got {v.describe(kunci)}")
        if kunci in dilihat:
            raise InvalidValueError(f"peringkat[{index}]: {kunci!r} is ranked twice")
        if kunci not in rencana:
            raise InvalidValueError(f"peringkat[{index}]: {kunci!r} is not in rencana")
        dilihat.add(kunci)
    if len(urutan) != len(rencana):
        hilang = sorted(k for k in rencana if k not in dilihat)
        raise InvalidValueError(f"peringkat: keys missing from the ranking: {hilang[:5]}")
    return urutan


def usulkan_distribusi(
    predikat_organisasi: PredikatOrganisasi,
    rencana: Mapping[str, Predikat],
    peringkat: Sequence[str],
    *,
    tanggal: dt.date,
    pembulatan: Pembulatan = Pembulatan.KETAT,
    kurva: KurvaDistribusi | None = None,
) -> UsulanDistribusi:
    """Propose the compliant assignment closest to ``rencana`` (intended predikat by employee
    key), changing the fewest employees and choosing them by ``peringkat`` (every key once,
    best first) under the curve in force on ``tanggal`` (KIN-DIST-01 to 05)."""
    pilihan = _pilih_kurva(predikat_organisasi, tanggal, pembulatan, kurva)
    urutan = _periksa_masukan(rencana, peringkat)
    batas = pilihan.batas(len(urutan), pembulatan)
    awal = dict.fromkeys(Predikat, 0)
    for kunci in urutan:
        awal[rencana[kunci]] += 1
    if not batas.dapat_dipenuhi:
        tetap = tuple((k, rencana[k]) for k in urutan)
        return UsulanDistribusi(batas, tetap, (), _periksa_batas(batas, awal, "unit"))
    hasil = {k: rencana[k] for k in urutan}
    perubahan: list[Perubahan] = []
    langkah = _rencanakan(batas, awal)
    for asal in _URUTAN:
        keluar = [(t, s) for a, t, s in langkah if a is asal]
        if not keluar:
            continue
        pemilik = [k for k in urutan if rencana[k] is asal]
        turun = sorted((m for m in keluar if m[0] < asal), key=lambda m: m[0])
        naik = sorted((m for m in keluar if m[0] > asal), key=lambda m: m[0], reverse=True)
        dipilih = list(zip(reversed(pemilik), turun, strict=False))
        dipilih += list(zip(pemilik, naik, strict=False))
        for kunci, (ke, sebab) in dipilih:
            hasil[kunci] = ke
            perubahan.append(Perubahan(kunci, asal, ke, pilihan.aturan, sebab))
    akhir = dict.fromkeys(Predikat, 0)
    for predikat in hasil.values():
        akhir[predikat] += 1
    sisa = _periksa_batas(batas, akhir, "unit")
    if sisa:
        raise AssertionError(f"proposal breaks the curve: {sisa}")
    urut = {k: i for i, k in enumerate(urutan)}
    perubahan.sort(key=lambda p: urut[p.kunci])
    return UsulanDistribusi(batas, tuple(hasil.items()), tuple(perubahan), ())
