"""Batch forms of the kuadran kinerja (rule ``KIN-PREDIKAT-01``) and of the kurva distribusi
check (rules ``KIN-DIST-01`` to ``KIN-DIST-05``), for year-end jobs over millions of pegawai.

:func:`predikat_kolom` derives the predikat from two columns of ratings,
:func:`hitung_per_unit` counts predikat per unit from a column of unit keys, and
:func:`periksa_distribusi_banyak` checks precomputed counts per unit, computing the bounds
once per (predikat organisasi, unit size); it returns exactly the findings that
:func:`~birokrasi.kinerja.penilaian.distribusi.periksa_distribusi` gives unit by unit. Every input
is validated; an error names the argument and the index or unit key of the bad item. The
per-employee functions of :mod:`birokrasi.kinerja.predikat` stay the reference.

>>> import datetime as dt
>>> from birokrasi.kinerja import PredikatOrganisasi, Rating
>>> A, S = Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI
>>> predikat = predikat_kolom([A, A, S], [A, S, S])
>>> [p.label for p in predikat]
['Sangat Baik', 'Baik', 'Baik']
>>> jumlah = hitung_per_unit(["U1", "U1", "U1"], predikat)
>>> temuan = periksa_distribusi_banyak(
...     {"U1": PredikatOrganisasi.BAIK}, jumlah, tanggal=dt.date(2024, 12, 31))
>>> [(t.subjek, t.jenis.name, t.batas, t.jumlah) for t in temuan]
[('U1', 'KURANG_DARI_MINIMUM', 1, 0)]
"""

from __future__ import annotations

import datetime as dt
import operator
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from birokrasi import _validasi as v
from birokrasi.errors import InvalidTypeError, InvalidValueError
from birokrasi.kinerja.penilaian.capaian import PredikatOrganisasi
from birokrasi.kinerja.penilaian.distribusi import (
    PelanggaranDistribusi,
    _periksa_batas,
    _pilih_kurva,
)
from birokrasi.kinerja.penilaian.kurva import (
    BatasDistribusi,
    KurvaDistribusi,
    Pembulatan,
    SebagianBesar,
)
from birokrasi.kinerja.predikat import KUADRAN, Predikat, Rating
from birokrasi.pesan import pembuat_templat

__all__ = ["hitung_per_unit", "periksa_distribusi_banyak", "predikat_kolom"]

# The kuadran keyed by the identity of the Rating members: ``id`` and int-keyed dict lookups
# run in C, where hashing an Enum calls Python code. Only the three members' ids are keys, so
# a lookup succeeds exactly when the item *is* a Rating (the members live as long as the
# module, so no other object can share their id).
_BARIS: dict[int, dict[int, Predikat]] = {
    id(h): {id(p): KUADRAN[h, p] for p in Rating} for h in Rating
}
_PREDIKAT: dict[int, Predikat] = {id(p): p for p in Predikat}


def _kolom(nama: str, nilai: object) -> Sequence[object]:
    if not isinstance(nilai, Sequence) or isinstance(nilai, str | bytes):
        raise InvalidTypeError(_BUKAN_URUTAN(nama=nama, diberikan=v.describe(nilai)))
    return nilai


def predikat_kolom(
    hasil_kerja: Sequence[Rating], perilaku_kerja: Sequence[Rating]
) -> list[Predikat]:
    """The predikat of every pegawai from two columns of ratings, item ``i`` of each being the
    ratings of pegawai ``i`` (KIN-PREDIKAT-01); same result as
    :func:`~birokrasi.kinerja.predikat.predikat_kinerja_banyak` over the pairs.

    A column that is not a sequence, columns of different lengths or an item that is not a
    :class:`Rating` raise an error naming the column and the index.
    """
    h = _kolom("hasil_kerja", hasil_kerja)
    p = _kolom("perilaku_kerja", perilaku_kerja)
    v.pastikan_sama_panjang("hasil_kerja", h, "perilaku_kerja", p)
    try:
        return list(map(operator.getitem, map(_BARIS.__getitem__, map(id, h)), map(id, p)))
    except KeyError:
        pass
    for nama, kolom in (("hasil_kerja", h), ("perilaku_kerja", p)):
        for index, nilai in enumerate(kolom):
            if type(nilai) is not Rating:
                raise InvalidTypeError(
                    _BUKAN_RATING(nama=nama, index=index, diberikan=v.describe(nilai))
                )
    raise AssertionError("unreachable: every item is a Rating")  # pragma: no cover


def _unit_salah(index: int, unit: object) -> InvalidTypeError | InvalidValueError | None:
    if type(unit) is not str:
        return InvalidTypeError(_UNIT_BUKAN_TEKS(index=index, diberikan=v.describe(unit)))
    if not unit.strip():
        return InvalidValueError(_UNIT_KOSONG(index=index))
    return None


def hitung_per_unit(
    unit: Sequence[str], predikat: Sequence[Predikat]
) -> dict[str, dict[Predikat, int]]:
    """The count of each predikat per unit, item ``i`` of ``unit`` being the key (a non-blank
    ``str``) of the unit of pegawai ``i``; units in order of first appearance. A predikat
    absent from a unit is absent from its counts (count 0).

    The result is the ``jumlah`` argument of :func:`periksa_distribusi_banyak`. Bad input
    raises an error naming the column and the index.
    """
    u = _kolom("unit", unit)
    p = _kolom("predikat", predikat)
    v.pastikan_sama_panjang("unit", u, "predikat", p)
    try:
        hitungan: Counter[tuple[object, int]] | None = Counter(zip(u, map(id, p), strict=True))
    except TypeError:  # an unhashable unit key, named below
        hitungan = None
    if hitungan is not None:
        hasil: dict[str, dict[Predikat, int]] = {}
        for (kunci, i), n in hitungan.items():
            nilai = _PREDIKAT.get(i)
            if nilai is None or type(kunci) is not str:
                break
            baris = hasil.get(kunci)
            if baris is None:
                if not kunci.strip():
                    break
                baris = hasil[kunci] = {}
            baris[nilai] = n
        else:
            return hasil
    for index, (kunci, item) in enumerate(zip(u, p, strict=True)):
        salah = _unit_salah(index, kunci)
        if salah is not None:
            raise salah
        if type(item) is not Predikat:
            raise InvalidTypeError(_BUKAN_PREDIKAT(index=index, diberikan=v.describe(item)))
    raise AssertionError("unreachable: every item is valid")  # pragma: no cover


_Pita = tuple[tuple[Predikat, ...], int, int]
_Batas = tuple[BatasDistribusi, tuple[_Pita, ...], bool, Predikat | None]
_LAIN: dict[Predikat, tuple[Predikat, ...]] = {
    p: tuple(q for q in Predikat if q is not p) for p in Predikat
}


def _jumlah_unit(unit: str, hitungan: object) -> tuple[Mapping[Predikat, int], int]:
    """Validate one unit's counts; return them and the unit's size."""
    if not isinstance(hitungan, Mapping):
        raise InvalidTypeError(
            _JUMLAH_BUKAN_PEMETAAN(unit=repr(unit), diberikan=v.describe(hitungan))
        )
    total = 0
    for p, n in hitungan.items():
        if type(p) is not Predikat:
            raise InvalidTypeError(_KUNCI_BUKAN_PREDIKAT(unit=repr(unit), diberikan=v.describe(p)))
        if type(n) is not int:
            raise InvalidTypeError(
                _JUMLAH_BUKAN_INT(unit=repr(unit), predikat=p.name, diberikan=v.describe(n))
            )
        if n < 0:
            raise InvalidValueError(
                _JUMLAH_NEGATIF(unit=repr(unit), predikat=p.name, diberikan=v.render(n))
            )
        total += n
    return hitungan, total


def periksa_distribusi_banyak(
    predikat_organisasi: Mapping[str, PredikatOrganisasi],
    jumlah: Mapping[str, Mapping[Predikat, int]],
    *,
    tanggal: dt.date,
    pembulatan: Pembulatan = Pembulatan.SEKETAT_MUNGKIN,
    sebagian_besar: SebagianBesar | None = SebagianBesar.LEBIH_DARI_SEPARUH,
    kurva: Mapping[PredikatOrganisasi, KurvaDistribusi] | None = None,
) -> tuple[PelanggaranDistribusi, ...]:
    """Check the predikat counts of many units against the kurva distribusi in force on
    ``tanggal`` (KIN-DIST-01 to 05); empty when every unit complies.

    ``jumlah`` maps each unit key to its counts per predikat (a missing predikat counts 0; see
    :func:`hitung_per_unit`) and ``predikat_organisasi`` gives each unit's predikat
    organisasi; ``kurva`` may give an agency's own curve per predikat organisasi. The findings
    are those of :func:`~birokrasi.kinerja.penilaian.distribusi.periksa_distribusi` with ``unit=``
    the unit key, unit after unit in the order of ``jumlah``; the bounds are computed once per
    (predikat organisasi, unit size).
    """
    v.pastikan_tipe("predikat_organisasi", predikat_organisasi, Mapping)
    v.pastikan_tipe("jumlah", jumlah, Mapping)
    v.pastikan_tipe("tanggal", tanggal, dt.date)
    v.pastikan_tipe("pembulatan", pembulatan, Pembulatan)
    v.pastikan_tipe("sebagian_besar", sebagian_besar, SebagianBesar, type(None))
    if kurva is not None:
        v.pastikan_tipe("kurva", kurva, Mapping)
    dipilih: dict[PredikatOrganisasi, KurvaDistribusi] = {}
    simpanan: dict[tuple[PredikatOrganisasi, int], _Batas] = {}
    hasil: list[PelanggaranDistribusi] = []
    kata: dict[int, Any] = {}
    for unit, isi in jumlah.items():
        if type(unit) is not str or not unit.strip():
            raise InvalidValueError(_KUNCI_UNIT(diberikan=v.describe(unit)))
        po = predikat_organisasi.get(unit)
        if type(po) is not PredikatOrganisasi:
            raise InvalidTypeError(_BUKAN_PO(unit=repr(unit), diberikan=v.describe(po)))
        hitungan, n = _jumlah_unit(unit, isi)
        entri = simpanan.get((po, n))
        if entri is None:
            pilihan = dipilih.get(po)
            if pilihan is None:
                sendiri = None if kurva is None else kurva.get(po)
                pilihan = dipilih[po] = _pilih_kurva(
                    po, tanggal, pembulatan, sendiri, sebagian_besar
                )
            batas = pilihan.batas(n, pembulatan, sebagian_besar)
            pita = tuple((b.pita.predikat, b.minimum, b.maksimum) for b in batas.pita)
            utama = None if batas.terbanyak is None else batas.terbanyak.pita.predikat[0]
            entri = simpanan[po, n] = (batas, pita, batas.dapat_dipenuhi, utama)
        batas, pita, patut, utama = entri
        if (
            patut
            and all(
                bawah <= sum(hitungan.get(x, 0) for x in anggota) <= atas
                for anggota, bawah, atas in pita
            )
            and (
                utama is None
                or hitungan.get(utama, 0) > max(hitungan.get(x, 0) for x in _LAIN[utama])
            )
        ):
            continue
        lengkap = dict.fromkeys(Predikat, 0)
        lengkap.update(hitungan)
        hasil.extend(_periksa_batas(batas, lengkap, unit, kata))
    return tuple(hasil)


_t = pembuat_templat(__name__)
_BUKAN_URUTAN = _t(
    "BATCH/bukan-urutan", "{nama}: expected a sequence (list or tuple), got {diberikan}"
)
_BUKAN_RATING = _t("BATCH/bukan-rating", "{nama}[{index}]: expected Rating, got {diberikan}")
_UNIT_BUKAN_TEKS = _t("BATCH/unit-bukan-teks", "unit[{index}]: expected str, got {diberikan}")
_UNIT_KOSONG = _t("BATCH/unit-kosong", "unit[{index}]: a unit key must not be blank")
_BUKAN_PREDIKAT = _t(
    "BATCH/bukan-predikat", "predikat[{index}]: expected Predikat, got {diberikan}"
)
_JUMLAH_BUKAN_PEMETAAN = _t(
    "BATCH/jumlah-bukan-pemetaan",
    "jumlah[{unit}]: expected a mapping of Predikat to counts, got {diberikan}",
)
_KUNCI_BUKAN_PREDIKAT = _t(
    "BATCH/kunci-bukan-predikat", "jumlah[{unit}]: expected Predikat keys, got {diberikan}"
)
_JUMLAH_BUKAN_INT = _t(
    "BATCH/jumlah-bukan-int", "jumlah[{unit}][{predikat}]: expected int, got {diberikan}"
)
_JUMLAH_NEGATIF = _t(
    "BATCH/jumlah-negatif", "jumlah[{unit}][{predikat}]: must not be negative, got {diberikan}"
)
_KUNCI_UNIT = _t("BATCH/kunci-unit", "jumlah: a unit key must be a non-blank str, got {diberikan}")
_BUKAN_PO = _t(
    "BATCH/bukan-predikat-organisasi",
    "predikat_organisasi[{unit}]: expected PredikatOrganisasi, got {diberikan}",
)
