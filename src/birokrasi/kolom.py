"""The year-end on columns (the optional extra ``birokrasi[kolom]``, numpy): the kuadran
(KIN-PREDIKAT-01), predikat counts per unit, the kurva distribusi check (KIN-DIST-01 to 05)
and angka kredit (KAR-AK-02/03) over numpy arrays, pandas Series or Arrow arrays, for national
jobs (ADR 0013 records why numpy). The core never imports this module; the per-pegawai
functions stay the reference, and every result here equals theirs (property tests).

Columns are read as **codes**: a :class:`~birokrasi.kinerja.predikat.Rating` or
:class:`~birokrasi.kinerja.predikat.Predikat` column holds the member's ``peringkat`` (1 = the
lowest), or its name or label as text (``"DI_ATAS_EKSPEKTASI"``, ``"Di Atas Ekspektasi"``),
dictionary-encoded (an Arrow dictionary array, a pandas ``category``) or not; a jenjang
column holds names or labels (``"Ahli Muda"``); months are integers 0 to 12; unit keys are
text or integers. Text is parsed once per distinct value. A null, an unknown code or a
column of the wrong length raises a library error naming the column and the first bad
index. Results are columns: predikat codes, a count matrix per unit, angka kredit as integer
numerators over one common denominator (exact, KAR-AK-04).

>>> import datetime as dt
>>> import numpy as np
>>> from birokrasi.kinerja import Predikat, PredikatOrganisasi
>>> hasil = np.array([3, 2, 2, 1], dtype=np.int8)       # Rating codes: 3 Di Atas Ekspektasi
>>> perilaku = np.array(["Di Atas Ekspektasi", "Sesuai Ekspektasi", "SESUAI_EKSPEKTASI",
...                      "Sesuai Ekspektasi"])
>>> kode = predikat_kolom(hasil, perilaku)
>>> [predikat(k).label for k in kode.tolist()]
['Sangat Baik', 'Baik', 'Baik', 'Butuh Perbaikan']
>>> jumlah = hitung_per_unit_kolom(np.array(["U1", "U1", "U2", "U2"]), kode)
>>> jumlah.unit.tolist(), jumlah.jumlah.tolist()
(['U1', 'U2'], [[1, 1, 0, 0, 0], [0, 1, 1, 0, 0]])
>>> temuan = periksa_distribusi_kolom({"U1": PredikatOrganisasi.BAIK,
...                                    "U2": PredikatOrganisasi.BAIK}, jumlah,
...                                   tanggal=dt.date(2024, 12, 31))
>>> sorted(set(zip(temuan.unit.tolist(), temuan.kode.tolist())))  # 2 cannot fill Baik
[('U1', 'KIN-DIST-02'), ('U2', 'KIN-DIST-02')]
>>> temuan.jenis.tolist()[0], temuan.pelanggaran()[0].aturan.kode
('TIDAK_DAPAT_DIPENUHI', 'KIN-DIST-02')
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from fractions import Fraction
from typing import Any, TypeVar

import attrs
import numpy as np
import numpy.typing as npt

from birokrasi import _validasi as v
from birokrasi._enum import Berlabel
from birokrasi.errors import InvalidTypeError, InvalidValueError
from birokrasi.karier.konversi import angka_kredit
from birokrasi.kinerja.penilaian.capaian import PredikatOrganisasi
from birokrasi.kinerja.penilaian.distribusi import (
    JenisPelanggaranDistribusi,
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
from birokrasi.struktur.jabatan import Jenjang

__all__ = [
    "AngkaKreditKolom",
    "HitunganUnit",
    "TemuanDistribusiKolom",
    "angka_kredit_kolom",
    "gabung_hitungan",
    "hitung_per_unit_kolom",
    "periksa_distribusi_kolom",
    "predikat",
    "predikat_kolom",
]

E = TypeVar("E", bound=Berlabel)
Kolom = npt.NDArray[Any]

URUTAN_PREDIKAT: tuple[Predikat, ...] = tuple(Predikat)
"""The columns of :attr:`HitunganUnit.jumlah`: Sangat Baik first, Sangat Kurang last."""

_KUADRAN = np.zeros((4, 4), dtype=np.int8)
for (_h, _p), _hasil in KUADRAN.items():
    _KUADRAN[_h.peringkat, _p.peringkat] = _hasil.peringkat
# The column of HitunganUnit.jumlah for each predikat code (index 0 unused).
_KOLOM_PREDIKAT = np.zeros(6, dtype=np.int64)
for _i, _predikat in enumerate(URUTAN_PREDIKAT):
    _KOLOM_PREDIKAT[_predikat.peringkat] = _i


def _ke_numpy(nama: str, kolom: object) -> tuple[Kolom, Kolom | None]:
    """``kolom`` as numpy: ``(codes, None)``, or for dictionary-encoded data
    ``(indices, dictionary values)``. Nulls are refused naming the first one."""
    modul = type(kolom).__module__
    if modul.startswith("pyarrow"):
        arrow: Any = kolom
        if hasattr(arrow, "combine_chunks"):
            arrow = arrow.combine_chunks()
        if arrow.null_count:
            indeks = int(np.flatnonzero(arrow.is_null().to_numpy(zero_copy_only=False))[0])
            raise InvalidValueError(_NULL(nama=f"{nama}[{indeks}]"))
        if hasattr(arrow, "dictionary") and hasattr(arrow, "indices"):
            kamus = arrow.dictionary.to_numpy(zero_copy_only=False)
            return arrow.indices.to_numpy(zero_copy_only=False), kamus
        return arrow.to_numpy(zero_copy_only=False), None
    if modul.startswith("pandas"):
        seri: Any = kolom
        if str(getattr(seri, "dtype", "")) == "category":
            kode = seri.cat.codes.to_numpy()
            if (kode < 0).any():
                i = int(np.flatnonzero(kode < 0)[0])
                raise InvalidValueError(_NULL(nama=f"{nama}[{i}]"))
            return kode, seri.cat.categories.to_numpy()
        if seri.isna().any():
            i = int(np.flatnonzero(seri.isna().to_numpy())[0])
            raise InvalidValueError(_NULL(nama=f"{nama}[{i}]"))
        return seri.to_numpy(), None
    if isinstance(kolom, np.ndarray):
        if kolom.ndim != 1:
            raise InvalidValueError(_BUKAN_SATU_KOLOM(nama=nama, bentuk=str(kolom.shape)))
        return kolom, None
    if isinstance(kolom, Sequence) and not isinstance(kolom, str | bytes):
        daftar = list(kolom)
        if daftar and all(type(x) is int for x in daftar):
            return np.asarray(daftar, dtype=np.int64), None
        return np.asarray(daftar, dtype=object), None
    raise InvalidTypeError(_BUKAN_KOLOM(nama=nama, diberikan=v.describe(kolom)))


def _kode_enum(nama: str, kolom: object, kelas: type[E], kode_dari: Mapping[E, int]) -> Kolom:
    """The codes (``kode_dari`` of each member) of a column of ``kelas`` members, their codes,
    names or labels."""
    nilai, kamus = _ke_numpy(nama, kolom)
    if kamus is not None:
        peta = np.array(
            [_kode_satu(f"{nama} (dictionary)", x, kelas, kode_dari) for x in kamus.tolist()],
            dtype=np.int64,
        )
        return peta[nilai]
    if nilai.dtype.kind == "b":
        raise InvalidTypeError(_BOOLEAN(nama=nama, kelas=kelas.__name__))
    if np.issubdtype(nilai.dtype, np.integer):
        if kelas is Jenjang:
            raise InvalidTypeError(_JENJANG_ANGKA(nama=nama))
        sah = np.array(sorted(kode_dari.values()))
        if nilai.size == 0 or (sah[0] <= nilai.min() and nilai.max() <= sah[-1]):
            return nilai  # the codes are 1 to k with no gap, so the bounds check suffices
        salah = ~np.isin(nilai, sah)
        if salah.any():
            i = int(np.flatnonzero(salah)[0])
            raise InvalidValueError(
                _BUKAN_KODE(
                    nama=f"{nama}[{i}]",
                    nilai=int(nilai[i]),
                    kelas=kelas.__name__,
                    peringkat=tuple(int(x) for x in sah.tolist()),
                )
            )
        return nilai
    if nilai.dtype.kind in "fc":
        raise InvalidTypeError(_PECAHAN(nama=nama, kelas=kelas.__name__, dtype=str(nilai.dtype)))
    unik, balik = np.unique(nilai.astype(object), return_inverse=True)
    peta = np.array(
        [_kode_satu(nama, x, kelas, kode_dari, nilai) for x in unik.tolist()], dtype=np.int64
    )
    return peta[balik]


def _kode_satu(
    nama: str, x: object, kelas: type[E], kode_dari: Mapping[E, int], kolom: Kolom | None = None
) -> int:
    if isinstance(x, np.generic):
        x = x.item()
    angka = isinstance(x, int) and not isinstance(x, bool) and kelas is not Jenjang
    if angka and x in kode_dari.values():
        assert isinstance(x, int)
        return x
    if isinstance(x, kelas | str):
        try:
            return kode_dari[kelas.parse(x)]
        except InvalidValueError as e:
            tempat = "" if kolom is None else f"[{_pertama(kolom, x)}]"
            raise InvalidValueError(_DI_JALUR(nama=f"{nama}{tempat}", pesan=e.pesan)) from None
    tempat = "" if kolom is None else f"[{_pertama(kolom, x)}]"
    raise InvalidTypeError(
        _BUKAN_ANGGOTA(nama=f"{nama}{tempat}", kelas=kelas.__name__, diberikan=v.describe(x))
    )


def _pertama(kolom: Kolom, x: object) -> int:
    return next(i for i, y in enumerate(kolom.tolist()) if y is x or y == x)


_KODE_RATING = {r: r.peringkat for r in Rating}
_KODE_PREDIKAT = {p: p.peringkat for p in Predikat}
_KODE_JENJANG = {j: i for i, j in enumerate(Jenjang)}


_PREDIKAT_DARI_KODE = {p.peringkat: p for p in Predikat}


def predikat(kode: int) -> Predikat:
    """The :class:`~birokrasi.kinerja.predikat.Predikat` of a code of these columns (its
    ``peringkat``)."""
    hasil = _PREDIKAT_DARI_KODE.get(kode) if type(kode) is int else None
    if hasil is None:
        raise InvalidValueError(_BUKAN_KODE_PREDIKAT(kode=v.describe(kode)))
    return hasil


def predikat_kolom(hasil_kerja: object, perilaku_kerja: object) -> npt.NDArray[np.int8]:
    """The predikat code (``peringkat``, 5 = Sangat Baik) of every row from two rating columns
    (KIN-PREDIKAT-01), equal row by row to
    :func:`~birokrasi.kinerja.predikat.predikat_kinerja`."""
    h = _kode_enum("hasil_kerja", hasil_kerja, Rating, _KODE_RATING)
    p = _kode_enum("perilaku_kerja", perilaku_kerja, Rating, _KODE_RATING)
    v.pastikan_sama_panjang("hasil_kerja", h, "perilaku_kerja", p)
    return _KUADRAN[h, p]


@attrs.frozen(eq=False)
class HitunganUnit:
    """Predikat counts per unit: ``unit`` (the keys, sorted) and ``jumlah`` (one row per unit,
    one column per predikat in :data:`URUTAN_PREDIKAT` order). Partial counts from several
    partitions combine with :func:`gabung_hitungan` (associative and commutative)."""

    unit: Kolom = attrs.field(validator=v.instance_of(np.ndarray))
    jumlah: npt.NDArray[np.int64] = attrs.field(validator=v.instance_of(np.ndarray))

    def __attrs_post_init__(self) -> None:
        if self.jumlah.shape != (len(self.unit), len(URUTAN_PREDIKAT)):
            raise InvalidValueError(
                _BENTUK_JUMLAH(baris=len(self.unit), bentuk=str(self.jumlah.shape))
            )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, HitunganUnit):
            return NotImplemented
        return bool(
            np.array_equal(self.unit, other.unit) and np.array_equal(self.jumlah, other.jumlah)
        )

    __hash__ = None  # type: ignore[assignment]

    def sebagai_dict(self) -> dict[Any, dict[Predikat, int]]:
        """The counts as ``{unit: {predikat: n}}`` without zero entries, the form of
        :func:`~birokrasi.kinerja.penilaian.batch.hitung_per_unit`."""
        return {
            u: {p: int(n) for p, n in zip(URUTAN_PREDIKAT, baris, strict=True) if n}
            for u, baris in zip(self.unit.tolist(), self.jumlah, strict=True)
        }


def hitung_per_unit_kolom(unit: object, predikat: object) -> HitunganUnit:
    """The count of each predikat per unit, row ``i`` of ``unit`` (text or integer keys,
    dictionary-encoded or not) being the unit of the pegawai with predikat ``i`` (codes,
    names or labels)."""
    kunci, kamus = _ke_numpy("unit", unit)
    kode = _kode_enum("predikat", predikat, Predikat, _KODE_PREDIKAT)
    v.pastikan_sama_panjang("unit", kunci, "predikat", kode)
    if kamus is None:
        if kunci.dtype.kind not in "iuUSO":
            raise InvalidTypeError(_KUNCI_UNIT(dtype=str(kunci.dtype)))
        if kunci.dtype.kind == "O":
            _unit_teks(kunci)
            kunci = kunci.astype(str)
        kamus, kunci = np.unique(kunci, return_inverse=True)
    datar = kunci.astype(np.int64) * 5 + _KOLOM_PREDIKAT[kode]
    jumlah = np.bincount(datar, minlength=len(kamus) * 5).reshape(len(kamus), 5)
    dipakai = jumlah.any(axis=1)
    if not dipakai.all():  # a dictionary may list units no row uses
        kamus, jumlah = kamus[dipakai], jumlah[dipakai]
    if len(kamus) > 1 and not bool((kamus[:-1] < kamus[1:]).all()):
        gabung = gabung_hitungan(HitunganUnit(kamus, jumlah))  # sorts; merges repeated keys
        kamus, jumlah = gabung.unit, gabung.jumlah
    if kamus.dtype.kind in "USO":
        kosong = np.char.strip(kamus.astype(str)) == ""
        if kosong.any():
            raise InvalidValueError(_UNIT_KOSONG())
    return HitunganUnit(kamus, jumlah.astype(np.int64))


def _unit_teks(kunci: Kolom) -> None:
    for i, x in enumerate(kunci.tolist()):
        if type(x) is not str:
            raise InvalidTypeError(_UNIT_BUKAN_TEKS(nama=f"unit[{i}]", diberikan=v.describe(x)))


def gabung_hitungan(*bagian: HitunganUnit) -> HitunganUnit:
    """The counts of several partitions added up per unit (associative, commutative: any
    grouping and order gives the same result), so a distributed job checks each unit once."""
    for i, b in enumerate(bagian):
        v.pastikan_tipe(f"bagian[{i}]", b, HitunganUnit)
    if not bagian:
        return HitunganUnit(np.array([], dtype=str), np.zeros((0, 5), dtype=np.int64))
    semua = np.concatenate([b.unit for b in bagian])
    kamus, balik = np.unique(semua, return_inverse=True)
    jumlah = np.zeros((len(kamus), 5), dtype=np.int64)
    np.add.at(jumlah, balik, np.concatenate([b.jumlah for b in bagian]))
    return HitunganUnit(kamus, jumlah)


_JENIS = np.array([j.name for j in JenisPelanggaranDistribusi])
_TDD, _LEBIH, _KURANG = (
    list(JenisPelanggaranDistribusi).index(j)
    for j in (
        JenisPelanggaranDistribusi.TIDAK_DAPAT_DIPENUHI,
        JenisPelanggaranDistribusi.MELEBIHI_MAKSIMUM,
        JenisPelanggaranDistribusi.KURANG_DARI_MINIMUM,
    )
)


@attrs.frozen(eq=False)
class TemuanDistribusiKolom:
    """The findings of :func:`periksa_distribusi_kolom` as flat rows, one per breach, in unit
    order then in the order :func:`~birokrasi.kinerja.penilaian.distribusi.periksa_distribusi`
    reports them: ``unit``, rule ``kode``, ``jenis`` (a
    :class:`~birokrasi.kinerja.penilaian.distribusi.JenisPelanggaranDistribusi` name),
    ``pita`` (the band's name, ``""`` for a unit too small for its curve), ``batas`` (the
    count allowed or required) and ``jumlah`` (the count found). :meth:`kolom` gives them as
    a mapping a DataFrame takes; :meth:`pelanggaran` builds the findings with their messages,
    equal to the reference's."""

    unit: Kolom = attrs.field(validator=v.instance_of(np.ndarray))
    kode: Kolom = attrs.field(validator=v.instance_of(np.ndarray))
    jenis: Kolom = attrs.field(validator=v.instance_of(np.ndarray))
    pita: Kolom = attrs.field(validator=v.instance_of(np.ndarray))
    batas: npt.NDArray[np.int64] = attrs.field(validator=v.instance_of(np.ndarray))
    jumlah: npt.NDArray[np.int64] = attrs.field(validator=v.instance_of(np.ndarray))
    _bahan: tuple[Any, ...] = attrs.field(repr=False, alias="bahan")

    def __len__(self) -> int:
        return len(self.unit)

    def kolom(self) -> dict[str, Kolom]:
        """The rows as columns by name (``pandas.DataFrame(temuan.kolom())``)."""
        return {
            "unit": self.unit,
            "kode": self.kode,
            "jenis": self.jenis,
            "pita": self.pita,
            "batas": self.batas,
            "jumlah": self.jumlah,
        }

    def pelanggaran(self) -> tuple[PelanggaranDistribusi, ...]:
        """The findings as :class:`~birokrasi.kinerja.penilaian.distribusi.PelanggaranDistribusi`
        values with their messages, exactly those of ``periksa_distribusi`` unit by unit."""
        hitungan, po, batas_unit, n, baris_unit = self._bahan
        simpanan: dict[int, Any] = {}
        hasil: list[PelanggaranDistribusi] = []
        for i in dict.fromkeys(baris_unit.tolist()):
            lengkap = dict(zip(URUTAN_PREDIKAT, hitungan.jumlah[i].tolist(), strict=True))
            batas = batas_unit[po[i], int(n[i])]
            hasil.extend(_periksa_batas(batas, lengkap, str(hitungan.unit[i]), simpanan))
        return tuple(hasil)


def periksa_distribusi_kolom(
    predikat_organisasi: Mapping[Any, PredikatOrganisasi],
    hitungan: HitunganUnit,
    *,
    tanggal: dt.date,
    pembulatan: Pembulatan = Pembulatan.SEKETAT_MUNGKIN,
    sebagian_besar: SebagianBesar | None = SebagianBesar.LEBIH_DARI_SEPARUH,
    kurva: Mapping[PredikatOrganisasi, KurvaDistribusi] | None = None,
) -> TemuanDistribusiKolom:
    """Check every unit of ``hitungan`` against the kurva distribusi of its predikat
    organisasi (KIN-DIST-01 to 05): the bounds are computed once per (predikat organisasi, unit
    size) and compared on whole columns. The result holds one row per breach, in the order
    of :func:`~birokrasi.kinerja.penilaian.distribusi.periksa_distribusi` unit by unit (units
    in key order), and builds those findings on request."""
    v.pastikan_tipe("hitungan", hitungan, HitunganUnit)
    v.pastikan_tipe("predikat_organisasi", predikat_organisasi, Mapping)
    kunci = hitungan.unit.tolist()
    po = []
    for u in kunci:
        nilai = predikat_organisasi.get(u)
        if type(nilai) is not PredikatOrganisasi:
            raise InvalidTypeError(
                _BUKAN_PO(nama=f"predikat_organisasi[{u!r}]", diberikan=v.describe(nilai))
            )
        po.append(nilai)
    kode_po = np.array([p.peringkat for p in po], dtype=np.int64)
    n = hitungan.jumlah.sum(axis=1)
    batas_unit: dict[tuple[PredikatOrganisasi, int], Any] = {}
    baris_semua: list[tuple[Kolom, ...]] = []
    for organisasi in sorted(set(po), key=lambda p: p.peringkat):
        pilihan = _pilih_kurva(
            organisasi, tanggal, pembulatan, None if kurva is None else kurva.get(organisasi),
            sebagian_besar,
        )  # fmt: skip
        baris = np.flatnonzero(kode_po == organisasi.peringkat)
        ukuran, letak = np.unique(n[baris], return_inverse=True)
        batas = [pilihan.batas(int(k), pembulatan, sebagian_besar) for k in ukuran]
        for k, b in zip(ukuran.tolist(), batas, strict=True):
            batas_unit[organisasi, k] = b
        for temuan in _baris_temuan(pilihan, batas, letak, hitungan.jumlah[baris], n[baris]):
            pilih, *kolom = temuan
            baris_semua.append((baris[pilih], *kolom))
    kolom = [np.concatenate([b[k] for b in baris_semua]) for k in range(7)] if baris_semua else []
    if not kolom:
        kolom = [np.zeros(0, dtype=np.int64)] * 2 + [np.zeros(0, dtype=str)] * 2
        kolom += [np.zeros(0, dtype=np.int64)] * 3
    indeks, urutan, kode, pita, jenis, batas_kolom, isi = kolom
    susun = np.lexsort((urutan, indeks))
    return TemuanDistribusiKolom(
        hitungan.unit[indeks[susun]],
        kode[susun],
        _JENIS[jenis[susun]],
        pita[susun],
        batas_kolom[susun],
        isi[susun],
        bahan=(hitungan, po, batas_unit, n, indeks[susun]),
    )


def _baris_temuan(
    kurva: KurvaDistribusi,
    batas: list[BatasDistribusi],
    letak: Kolom,
    jumlah: npt.NDArray[np.int64],
    n: npt.NDArray[np.int64],
) -> list[tuple[Kolom, ...]]:
    """The breaches of one predikat organisasi's units (rows of ``jumlah``, sizes ``n``, each
    with ``batas[letak[i]]``), as column pieces ``(rows, order in the unit, rule kode, band,
    kind, bound, count)``, by the rules of ``_periksa_batas``."""

    def potong(
        pilih: Kolom, urutan: int, pita: str, jenis: int, *angka: Kolom
    ) -> tuple[Kolom, ...]:
        k = len(pilih)
        return (
            pilih, np.full(k, urutan), np.full(k, kurva.aturan.kode), np.full(k, pita),
            np.full(k, jenis), *(a[pilih] for a in angka),
        )  # fmt: skip

    hasil = []
    tidak = np.flatnonzero(~np.array([b.dapat_dipenuhi for b in batas], dtype=bool)[letak])
    if len(tidak):
        lantai = np.array([sum(x.minimum for x in b.pita) for b in batas], dtype=np.int64)
        hasil.append(potong(tidak, 0, "", _TDD, n, lantai[letak]))
    utama = np.array(
        [-1 if b.terbanyak is None else b.pita.index(b.terbanyak) for b in batas], dtype=np.int64
    )[letak]
    for j, pita in enumerate(kurva.pita):
        dalam = [URUTAN_PREDIKAT.index(p) for p in pita.predikat]
        isi = jumlah[:, dalam].sum(axis=1)
        bawah = np.array([b.pita[j].minimum for b in batas], dtype=np.int64)[letak]
        atas = np.array([b.pita[j].maksimum for b in batas], dtype=np.int64)[letak]
        hasil.append(potong(np.flatnonzero(isi > atas), 1 + 2 * j, pita.nama, _LEBIH, atas, isi))
        perlu = bawah.copy()
        terbanyak = utama == j
        if terbanyak.any():
            lain = [c for c in range(len(URUTAN_PREDIKAT)) if c not in dalam]
            perlu[terbanyak] = np.maximum(
                perlu[terbanyak], jumlah[terbanyak][:, lain].max(axis=1) + 1
            )
        hasil.append(potong(np.flatnonzero(isi < perlu), 2 + 2 * j, pita.nama, _KURANG, perlu, isi))
    return hasil


@attrs.frozen(eq=False)
class AngkaKreditKolom:
    """Angka kredit of many rows, exact: row ``i`` is ``pembilang[i] / penyebut`` (one common
    denominator for the whole column, so sums stay integers)."""

    pembilang: npt.NDArray[np.int64] = attrs.field(validator=v.instance_of(np.ndarray))
    penyebut: int = attrs.field(validator=v.bilangan(1))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AngkaKreditKolom):
            return NotImplemented
        return self.penyebut == other.penyebut and bool(
            np.array_equal(self.pembilang, other.pembilang)
        )

    __hash__ = None  # type: ignore[assignment]

    def pecahan(self, i: int) -> Fraction:
        """Row ``i`` as a :class:`~fractions.Fraction`."""
        return Fraction(int(self.pembilang[i]), self.penyebut)

    def jumlah(self) -> Fraction:
        """The sum of the column, exact."""
        return Fraction(int(self.pembilang.sum(dtype=np.int64)), self.penyebut)


def angka_kredit_kolom(
    jenjang: object, predikat: object, bulan: object, *, tanggal: dt.date
) -> AngkaKreditKolom:
    """The angka kredit of every row (KAR-AK-02/03): jenjang (names or labels), predikat
    (codes, names or labels) and months (0 to 12), under the table in force on ``tanggal``;
    row by row equal to :func:`~birokrasi.karier.konversi.angka_kredit`. The table is computed
    once per (jenjang, predikat, months) there is, so the column costs one lookup per row."""
    j = _kode_enum("jenjang", jenjang, Jenjang, _KODE_JENJANG)
    p = _kode_enum("predikat", predikat, Predikat, _KODE_PREDIKAT)
    b, kamus = _ke_numpy("bulan", bulan)
    if kamus is not None:
        b = kamus[b]
    if not np.issubdtype(b.dtype, np.integer):
        raise InvalidTypeError(_BULAN_BUKAN_BULAT(dtype=str(b.dtype)))
    salah = (b < 0) | (b > 12)
    if salah.any():
        i = int(np.flatnonzero(salah)[0])
        raise InvalidValueError(_BULAN_DI_LUAR(nama=f"bulan[{i}]", diberikan=int(b[i])))
    v.pastikan_sama_panjang("jenjang", j, "predikat", p)
    v.pastikan_sama_panjang("jenjang", j, "bulan", b)
    dipakai = np.unique(j).tolist()
    semua = list(Jenjang)
    for k in dipakai:
        if not semua[k].is_fungsional:
            i = int(np.flatnonzero(j == k)[0])
            raise InvalidValueError(_BUKAN_JF(nama=f"jenjang[{i}]", jenjang=semua[k]))
    nilai = {
        (k, q.peringkat, m): angka_kredit(semua[k], q, bulan=m, tanggal=tanggal)
        for k in dipakai
        for q in Predikat
        for m in range(13)
    }
    penyebut = math.lcm(*(x.denominator for x in nilai.values()))
    tabel = np.zeros((len(semua), 6, 13), dtype=np.int64)
    for (k, q, m), x in nilai.items():
        tabel[k, q, m] = x.numerator * (penyebut // x.denominator)
    return AngkaKreditKolom(tabel[j, p, b], penyebut)


_t = pembuat_templat(__name__)
_NULL = _t("KOLOM/null", "{nama}: null; every row needs a value")
_BUKAN_SATU_KOLOM = _t(
    "KOLOM/bukan-satu-kolom", "{nama}: expected one column, got an array of shape {bentuk}"
)
_BUKAN_KOLOM = _t(
    "KOLOM/bukan-kolom",
    "{nama}: expected a numpy array, a pandas Series, an Arrow array or a sequence, got "
    "{diberikan}",
)
_BOOLEAN = _t("KOLOM/boolean", "{nama}: expected {kelas} codes, got booleans")
_JENJANG_ANGKA = _t(
    "KOLOM/jenjang-angka", "{nama}: jenjang are read by name or label, not by number"
)
_BUKAN_KODE = _t(
    "KOLOM/bukan-kode", "{nama}: {nilai} is not a {kelas} code (its peringkat: {peringkat})"
)
_PECAHAN = _t(
    "KOLOM/pecahan",
    "{nama}: expected {kelas} codes as integers or text, got {dtype} (a column with a null "
    "reads as float in pandas: fill or drop it first)",
)
_DI_JALUR = _t("KOLOM/di-jalur", "{nama}: {pesan}")
_BUKAN_ANGGOTA = _t("KOLOM/bukan-anggota", "{nama}: expected a {kelas}, got {diberikan}")
_BUKAN_KODE_PREDIKAT = _t(
    "KOLOM/bukan-kode-predikat", "kode: {kode} is not a Predikat code (1 to 5)"
)
_BENTUK_JUMLAH = _t(
    "KOLOM/bentuk-jumlah", "HitunganUnit.jumlah: expected shape ({baris}, 5), got {bentuk}"
)
_KUNCI_UNIT = _t("KOLOM/kunci-unit", "unit: expected text or integer keys, got {dtype}")
_UNIT_KOSONG = _t("KOLOM/unit-kosong", "unit: a unit key must not be blank")
_UNIT_BUKAN_TEKS = _t("KOLOM/unit-bukan-teks", "{nama}: expected str, got {diberikan}")
_BUKAN_PO = _t(
    "KOLOM/bukan-predikat-organisasi", "{nama}: expected PredikatOrganisasi, got {diberikan}"
)
_BULAN_BUKAN_BULAT = _t("KOLOM/bulan-bukan-bulat", "bulan: expected integers 0 to 12, got {dtype}")
_BULAN_DI_LUAR = _t("KOLOM/bulan-di-luar", "{nama}: expected 0 to 12, got {diberikan}")
_BUKAN_JF = _t(
    "KAR-AK-02/kolom-bukan-jenjang-fungsional",
    "{nama}: {jenjang} is not a jenjang of a jabatan fungsional (KAR-AK-02)",
)
