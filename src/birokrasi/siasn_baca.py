"""Records received from the national system (SIASN) read into library values.

The other direction of :mod:`birokrasi.siasn`: an agency that fetches its pegawai from SIASN's
web service gets plain JSON; these readers take it as received (``dict`` and ``list`` from
``json.loads``), check every field they read and return library values, or raise a library
error naming the field path (``rw-skp22[3].hasilKinerjaNilai``). They are **readers, not a
client**: fetching and authenticating stay with the agency.

Where the shapes come from (observed shapes, not a BKN specification; no BKN document was
read):

* ``ropegkemenag/apimwsbkn``, ``swagger.json`` (commit ``c83bd5d``): a Swagger 2.0 file of
  the web service (host ``apimws.bkn.go.id:8243``, base path ``/apisiasn/1.0``) kept in a
  ministry's public bridge. Field names and types of ``GET /pns/data-utama/{nipBaru}``
  (``pns.DataUtamaResponse``: ``nipBaru``, ``nama``, ``jabatanNama``, ``golRuangAkhir``,
  ``pangkatAkhir``, ``unorNama`` ...), ``GET /pns/rw-skp22/{nipBaru}``
  (``riwayat.RwSkp22Response``: ``tahun``, ``hasilKinerjaNilai``, ``PerilakuKerjaNilai``,
  ``KuadranKinerjaNilai`` with capitals, ``hasilKinerja``/``perilakuKerja``/``kuadranKinerja``
  texts, ``nipNrpPenilai``, ``namaPenilai``, ``penilaiJabatanNm``), ``GET
  /pns/rw-angkakredit/{nipBaru}`` (``riwayat.RwAngkaKreditResponse``: ``kreditUtamaBaru``,
  ``kreditPenunjangBaru``, ``kreditBaruTotal``, ``bulanMulaiPenailan`` [sic] ...,
  ``nomorSk``, ``tanggalSk``, ``isAngkaKreditPertama``, ``isIntegrasi``, ``isKonversi``),
  and the save requests :meth:`~birokrasi.siasn.PenilaianSIASN.ke_payload` writes
  (``riwayat.RWSkpCreate22``, ``riwayat.RWSkpPeriodikCreate``). The capitalised
  ``PerilakuKerjaNilai``/``KuadranKinerjaNilai`` of ``rw-skp22`` also appear in five other
  public integrations found by code search (PHP, TypeScript, C#) that store those rows.
* ``black-coffee04/ws-siasn-php``, ``src/Data/Referensi/*.json.gz`` (commit ``9cb3548``): the
  reference lists a SIASN SDK ships: ``perilakuDanKinerja`` (1 ``DIATAS ESPEKTASI`` [sic], 2
  ``SESUAI ESPEKTASI``, 3 ``DIBAWAH ESPEKTASI``), ``kuadranNilai`` (1 ``SANGAT BAIK`` ... 5
  ``SANGAT KURANG``), ``golonganPns`` (``III/a`` with pangkat ``Penata Muda``),
  ``jenisJabatan`` and ``periodik`` (``bulanan``, ``triwulan``); the enums parse these texts.

What was **not** seen, and how the readers treat it (all
:attr:`~birokrasi.hukum.Keyakinan.TIDAK_PASTI`):

* the values of ``golRuangAkhir``: read like the ``golonganPns`` names (``III/a``);
* the content of data-utama's ``jenjang``: not read; the jenjang is taken from the end of
  ``jabatanNama`` (``... Ahli Muda``) for a Jabatan Fungsional and is ``None`` otherwise;
* the notation of the angka kredit texts: a JSON number, text with a decimal dot as a machine
  writes it, or a decimal comma as on a PAK are read, exactly;
* the spelling of the ``is*`` flags (``"1"``/``"0"``, ``true``/``false`` are read) and of
  ``tanggalSk`` (``2024-03-01`` or ``01-03-2024``).

The same Swagger file gives ``rw-jabatan`` and ``rw-golongan`` rows; they are not read here
(data-utama gives the current jabatan and golongan).

>>> baris = {"tahun": "2024", "hasilKinerjaNilai": "2", "PerilakuKerjaNilai": "3",
...          "KuadranKinerjaNilai": "3", "nipNrpPenilai": "198511032010012007"}
>>> r = penilaian_dari_siasn([baris])[0]
>>> r.rating_hasil_kerja.label, r.predikat.label, r.predikat_siasn.label, r.kuadran_sesuai
('Sesuai Ekspektasi', 'Kurang/Misconduct', 'Butuh Perbaikan', False)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeVar

import attrs

from birokrasi import _validasi as v
from birokrasi.errors import BirokrasiError, InvalidTypeError, InvalidValueError
from birokrasi.karier.konversi import angka_kredit_dari_teks
from birokrasi.kinerja.penilaian.evaluasi import JenisEvaluasi
from birokrasi.kinerja.predikat import Predikat, Rating, predikat_kinerja
from birokrasi.periode import Periode
from birokrasi.siasn import KODE_SIASN_BAKU, KodeSIASN
from birokrasi.struktur.golongan import Golongan
from birokrasi.struktur.jabatan import Jenjang
from birokrasi.struktur.nip import NIP

__all__ = [
    "AngkaKreditSIASN",
    "PegawaiSIASN",
    "RiwayatKinerjaSIASN",
    "angka_kredit_dari_siasn",
    "pegawai_dari_siasn",
    "penilaian_dari_siasn",
]

T = TypeVar("T")


# -- reading one field -------------------------------------------------------------------------


def _ambil(baris: Mapping[str, Any], jalur: str, *nama: str) -> tuple[str, Any]:
    """The first of the spellings ``nama`` present (not ``None``, not blank) in ``baris``,
    with its path; two spellings with different values raise."""
    ada = [(n, baris[n]) for n in nama if n in baris and not _kosong(baris[n])]
    for n, nilai in ada[1:]:
        if str(nilai).strip() != str(ada[0][1]).strip():
            raise InvalidValueError(
                f"{jalur}.{n}: {v.describe(nilai)} disagrees with {jalur}.{ada[0][0]} "
                f"({v.describe(ada[0][1])})"
            )
    if not ada:
        return f"{jalur}.{nama[0]}", None
    return f"{jalur}.{ada[0][0]}", ada[0][1]


def _kosong(nilai: object) -> bool:
    return nilai is None or (isinstance(nilai, str) and not nilai.strip())


def _wajib(jalur: str, nilai: T | None) -> T:
    if nilai is None:
        raise InvalidValueError(f"{jalur}: missing")
    return nilai


_BULAT = re.compile(r"[0-9]{1,9}")


def _bulat(jalur: str, nilai: object) -> int | None:
    """A whole number written as a JSON int, an integral JSON number or digits in text."""
    if nilai is None:
        return None
    if isinstance(nilai, int) and not isinstance(nilai, bool):
        return nilai
    if isinstance(nilai, float) and nilai.is_integer():
        return int(nilai)
    if isinstance(nilai, str) and _BULAT.fullmatch(nilai.strip()):
        return int(nilai.strip())
    raise InvalidValueError(f"{jalur}: expected a whole number, got {v.describe(nilai)}")


def _teks(jalur: str, nilai: object) -> str | None:
    if nilai is None:
        return None
    if not isinstance(nilai, str):
        raise InvalidTypeError(f"{jalur}: expected text, got {v.describe(nilai)}")
    return nilai.strip()


def _baca(jalur: str, nilai: object, baca: Callable[[Any], T]) -> T | None:
    """``baca(nilai)`` with any library error prefixed by the field path."""
    if nilai is None:
        return None
    try:
        return baca(nilai)
    except BirokrasiError as e:
        raise type(e)(f"{jalur}: {e}") from None


def _baris(nama: str, data: object) -> tuple[tuple[str, Mapping[str, Any]], ...]:
    """The rows of a riwayat: the ``data`` list of a response, or the list itself."""
    if isinstance(data, Mapping) and "data" in data:
        data = data["data"]
    if isinstance(data, (str, bytes)) or not isinstance(data, Sequence):
        raise InvalidTypeError(f"{nama}: expected a list of records, got {v.describe(data)}")
    hasil = []
    for i, satu in enumerate(data):
        if not isinstance(satu, Mapping):
            raise InvalidTypeError(f"{nama}[{i}]: expected a record, got {v.describe(satu)}")
        hasil.append((f"{nama}[{i}]", satu))
    return tuple(hasil)


def _rekaman(nama: str, data: object) -> Mapping[str, Any]:
    if isinstance(data, Mapping) and isinstance(data.get("data"), Mapping):
        data = data["data"]
    if not isinstance(data, Mapping):
        raise InvalidTypeError(f"{nama}: expected a record, got {v.describe(data)}")
    return data


def _nip(jalur: str, nilai: object) -> NIP | None:
    teks = _teks(jalur, nilai)
    return _baca(jalur, teks, NIP.dari_teks)


# -- data-utama ----------------------------------------------------------------------------------

_JENJANG_JF = tuple(sorted((j for j in Jenjang if j.is_fungsional), key=lambda j: -len(j.label)))


def _jenjang_dari_nama(nama_jabatan: str | None) -> Jenjang | None:
    """The JF jenjang a jabatan name ends with (``Analis Kebijakan Ahli Muda``), or ``None``."""
    if nama_jabatan is None:
        return None
    kata = nama_jabatan.casefold().split()
    for jenjang in _JENJANG_JF:
        akhir = jenjang.label.casefold().split()
        if len(kata) > len(akhir) and kata[-len(akhir) :] == akhir:
            return jenjang
    return None


@attrs.frozen
class PegawaiSIASN:
    """A pegawai as SIASN's data-utama record gives it: identity, jabatan, golongan, unit."""

    nip: NIP
    nama: str
    jabatan_nama: str | None
    jenjang: Jenjang | None
    """The JF jenjang the jabatan name ends with; ``None`` for any other jabatan."""
    golongan: Golongan | None
    unor_nama: str | None


def pegawai_dari_siasn(data: Mapping[str, Any]) -> PegawaiSIASN:
    """The pegawai in a ``/pns/data-utama/{nipBaru}`` response (the record or the whole
    response with its ``data``). ``pangkatAkhir``, when present, must name the pangkat of
    ``golRuangAkhir``.

    >>> p = pegawai_dari_siasn({"nipBaru": "199001012015031001", "nama": "Dewi Lestari",
    ...     "jabatanNama": "Analis Kebijakan Ahli Muda", "golRuangAkhir": "III/c",
    ...     "pangkatAkhir": "Penata", "unorNama": "Bagian Organisasi"})
    >>> p.jenjang.label, p.golongan.label
    ('Ahli Muda', 'III/c')
    """
    j = "data-utama"
    rekaman = _rekaman(j, data)
    jalur, nilai = _ambil(rekaman, j, "nipBaru")
    nip = _wajib(jalur, _nip(jalur, nilai))
    nama = _wajib(f"{j}.nama", _teks(*_ambil(rekaman, j, "nama")))
    jabatan = _teks(*_ambil(rekaman, j, "jabatanNama", "jabatanFungsionalNama"))
    jalur, nilai = _ambil(rekaman, j, "golRuangAkhir")
    golongan = _baca(jalur, _teks(jalur, nilai), Golongan.parse)
    jalur, nilai = _ambil(rekaman, j, "pangkatAkhir")
    pangkat = _baca(jalur, _teks(jalur, nilai), Golongan.parse)
    if pangkat is not None and golongan is not None and pangkat is not golongan:
        raise InvalidValueError(
            f"{jalur}: {nilai!r} is the pangkat of {pangkat.label}, not of golRuangAkhir "
            f"{golongan.label}"
        )
    return PegawaiSIASN(
        nip=nip,
        nama=nama,
        jabatan_nama=jabatan,
        jenjang=_jenjang_dari_nama(jabatan),
        golongan=golongan,
        unor_nama=_teks(*_ambil(rekaman, j, "unorNama")),
    )


# -- rw-skp22 and kinerja periodik ---------------------------------------------------------------


@attrs.frozen
class RiwayatKinerjaSIASN:
    """One evaluation as SIASN records it: the ratings, the library's predikat for them
    (KIN-PREDIKAT-01), the predikat SIASN's kuadran code stands for, the period and the rater.

    An annual record (``rw-skp22``, ``skp22/save``) carries only the year, so its months are
    ``None``; a periodic one (*kinerja periodik*) carries its months.
    """

    jenis: JenisEvaluasi
    tahun: int
    bulan_mulai: int | None
    bulan_selesai: int | None
    rating_hasil_kerja: Rating
    rating_perilaku_kerja: Rating
    predikat: Predikat
    kuadran_kinerja_nilai: int
    predikat_siasn: Predikat
    penilai_nip: NIP | None
    penilai_nama: str | None
    penilai_jabatan: str | None

    @property
    def kuadran_sesuai(self) -> bool:
        """Whether SIASN's kuadran code names the library's predikat for the two ratings
        (some integrations send the larger rating code as the kuadran; see
        :mod:`birokrasi.siasn`)."""
        return self.predikat is self.predikat_siasn

    @property
    def periode(self) -> Periode | None:
        """The months of a periodic record; ``None`` for an annual one (SIASN keeps the year)."""
        if self.bulan_mulai is None or self.bulan_selesai is None:
            return None
        return Periode(
            Periode.bulan(self.tahun, self.bulan_mulai).mulai,
            Periode.bulan(self.tahun, self.bulan_selesai).selesai,
        )


def _dari_kode(jalur: str, nilai: int, tabel: Mapping[T, int], apa: str) -> T:
    for anggota, kode in tabel.items():
        if kode == nilai:
            return anggota
    raise InvalidValueError(
        f"{jalur}: {v.render(nilai)} is not a SIASN {apa} code (table: "
        f"{ {getattr(a, 'label', a): k for a, k in tabel.items()} })"
    )


def _cocokkan_teks(baris: Mapping[str, Any], jalur: str, nama: str, anggota: Any) -> None:
    """SIASN's own label next to a code (``hasilKinerja``) must name the same member."""
    j, nilai = _ambil(baris, jalur, nama)
    dibaca = _baca(j, _teks(j, nilai), type(anggota).parse)
    if dibaca is not None and dibaca is not anggota:
        raise InvalidValueError(
            f"{j}: {nilai!r} disagrees with the code beside it ({anggota.label}); check the "
            "KodeSIASN table"
        )


def _rating(baris: Mapping[str, Any], jalur: str, kode: KodeSIASN, *nama: str) -> Rating:
    j, nilai = _ambil(baris, jalur, *nama)
    angka = _wajib(j, _bulat(j, nilai))
    return _dari_kode(j, angka, kode.rating, "rating")


def _bulan(baris: Mapping[str, Any], jalur: str, *nama: str) -> int | None:
    j, nilai = _ambil(baris, jalur, *nama)
    bulan = _bulat(j, nilai)
    if bulan is not None and not 1 <= bulan <= 12:
        raise InvalidValueError(f"{j}: a month is 1-12, got {v.render(bulan)}")
    return bulan


def _periode_periodik(baris: Mapping[str, Any], jalur: str, tahun: int) -> tuple[int, int]:
    mulai = _wajib(f"{jalur}.bulanMulaiPenilaian", _bulan(baris, jalur, "bulanMulaiPenilaian"))
    selesai = _wajib(
        f"{jalur}.bulanSelesaiPenilaian", _bulan(baris, jalur, "bulanSelesaiPenilaian")
    )
    if mulai > selesai:
        raise InvalidValueError(f"{jalur}.bulanSelesaiPenilaian: {selesai} is before {mulai}")
    for nama in ("tahunMulaiPenilaian", "tahunSelesaiPenilaian"):
        j, nilai = _ambil(baris, jalur, nama)
        lain = _bulat(j, nilai)
        if lain is not None and lain != tahun:
            raise InvalidValueError(f"{j}: {lain} is not tahun {tahun}")
    return mulai, selesai


def _satu_penilaian(baris: Mapping[str, Any], jalur: str, kode: KodeSIASN) -> RiwayatKinerjaSIASN:
    j, nilai = _ambil(baris, jalur, "tahun")
    tahun = _wajib(j, _bulat(j, nilai))
    hasil = _rating(baris, jalur, kode, "hasilKinerjaNilai")
    perilaku = _rating(baris, jalur, kode, "perilakuKerjaNilai", "PerilakuKerjaNilai")
    j, nilai = _ambil(baris, jalur, "kuadranKinerjaNilai", "KuadranKinerjaNilai")
    kuadran = _wajib(j, _bulat(j, nilai))
    predikat_siasn = _dari_kode(j, kuadran, kode.kuadran, "kuadran")
    _cocokkan_teks(baris, jalur, "hasilKinerja", hasil)
    _cocokkan_teks(baris, jalur, "perilakuKerja", perilaku)
    _cocokkan_teks(baris, jalur, "kuadranKinerja", predikat_siasn)
    periodik = any(n in baris for n in ("bulanMulaiPenilaian", "bulanSelesaiPenilaian"))
    bulan: tuple[int | None, int | None] = (
        _periode_periodik(baris, jalur, tahun) if periodik else (None, None)
    )
    jn, nip = _ambil(baris, jalur, "penilaiNipNrp", "nipNrpPenilai")
    return RiwayatKinerjaSIASN(
        jenis=JenisEvaluasi.PERIODIK if periodik else JenisEvaluasi.TAHUNAN,
        tahun=tahun,
        bulan_mulai=bulan[0],
        bulan_selesai=bulan[1],
        rating_hasil_kerja=hasil,
        rating_perilaku_kerja=perilaku,
        predikat=predikat_kinerja(hasil, perilaku),
        kuadran_kinerja_nilai=kuadran,
        predikat_siasn=predikat_siasn,
        penilai_nip=_nip(jn, nip),
        penilai_nama=_teks(*_ambil(baris, jalur, "penilaiNama", "namaPenilai")),
        penilai_jabatan=_teks(
            *_ambil(baris, jalur, "penilaiJabatan", "penilaiJabatanNama", "penilaiJabatanNm")
        ),
    )


def penilaian_dari_siasn(
    data: object, *, kode: KodeSIASN | None = None, nama: str = "rw-skp22"
) -> tuple[RiwayatKinerjaSIASN, ...]:
    """The evaluations in SIASN records: the ``data`` of a ``/pns/rw-skp22/{nipBaru}``
    response (or the list itself), or save payloads (``skp22/save``, *kinerja periodik*, as
    :meth:`~birokrasi.siasn.PenilaianSIASN.ke_payload` writes them), with the codes of table
    ``kode`` (``None``: :data:`~birokrasi.siasn.KODE_SIASN_BAKU`). ``nama`` starts the field
    paths of the errors.

    Every code must be in the table and every SIASN label beside a code
    (``hasilKinerja``, ``perilakuKerja``, ``kuadranKinerja``) must name the same member; a
    kuadran code that names another predikat than KIN-PREDIKAT-01 gives for the ratings is
    kept and reported (:attr:`RiwayatKinerjaSIASN.kuadran_sesuai`), not refused.
    """
    kode = KODE_SIASN_BAKU if kode is None else kode
    v.pastikan_tipe("kode", kode, KodeSIASN)
    v.pastikan_tipe("nama", nama, str)
    return tuple(_satu_penilaian(baris, jalur, kode) for jalur, baris in _baris(nama, data))


# -- rw-angkakredit ------------------------------------------------------------------------------


@attrs.frozen
class AngkaKreditSIASN:
    """One angka kredit record from SIASN: the period, the credit (exact), the SK."""

    bulan_mulai: int | None
    tahun_mulai: int | None
    bulan_selesai: int | None
    tahun_selesai: int | None
    kredit_utama: Fraction | None
    kredit_penunjang: Fraction | None
    kredit_total: Fraction | None
    nomor_sk: str | None
    tanggal_sk: dt.date | None
    pertama: bool | None
    integrasi: bool | None
    konversi: bool | None

    @property
    def total_sesuai(self) -> bool | None:
        """Whether the total is utama + penunjang (``None`` when one of them is missing)."""
        if None in (self.kredit_utama, self.kredit_penunjang, self.kredit_total):
            return None
        utama, penunjang = self.kredit_utama or Fraction(0), self.kredit_penunjang or Fraction(0)
        return utama + penunjang == self.kredit_total


_ANGKA_MESIN = re.compile(r"-?[0-9]{1,30}(\.[0-9]{1,30})?")


def _angka_kredit(jalur: str, nilai: object) -> Fraction | None:
    """Exact credit from a JSON int, a JSON number (read as the decimal it was written as),
    text with a decimal dot (``"12.5"``) or text in Indonesian notation (``"12,5"``)."""
    if nilai is None:
        return None
    if isinstance(nilai, int) and not isinstance(nilai, bool):
        return Fraction(nilai)
    if isinstance(nilai, float) and nilai == nilai and abs(nilai) != float("inf"):
        return Fraction(Decimal(repr(nilai)))
    if isinstance(nilai, str):
        teks = nilai.strip()
        if "," in teks:
            hasil = _baca(jalur, teks, angka_kredit_dari_teks)
            assert hasil is not None
            return hasil
        if _ANGKA_MESIN.fullmatch(teks):
            return Fraction(Decimal(teks))
    raise InvalidValueError(f"{jalur}: expected an angka kredit, got {v.describe(nilai)}")


_YA = {"1": True, "true": True, "0": False, "false": False}


def _tanda(jalur: str, nilai: object) -> bool | None:
    if nilai is None or isinstance(nilai, bool):
        return nilai
    if isinstance(nilai, int) and nilai in (0, 1):
        return bool(nilai)
    if isinstance(nilai, str) and nilai.strip().casefold() in _YA:
        return _YA[nilai.strip().casefold()]
    raise InvalidValueError(f"{jalur}: expected 1/0 or true/false, got {v.describe(nilai)}")


_TANGGAL = (
    (re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})"), (1, 2, 3)),
    (re.compile(r"([0-9]{2})-([0-9]{2})-([0-9]{4})"), (3, 2, 1)),
)


def _tanggal(jalur: str, nilai: object) -> dt.date | None:
    """A date written ``2024-03-01`` or ``01-03-2024``."""
    teks = _teks(jalur, nilai)
    if teks is None:
        return None
    for pola, (t, b, h) in _TANGGAL:
        cocok = pola.fullmatch(teks)
        if cocok is not None:
            try:
                return dt.date(int(cocok[t]), int(cocok[b]), int(cocok[h]))
            except ValueError:
                break
    raise InvalidValueError(f"{jalur}: expected a date (2024-03-01 or 01-03-2024), got {teks!r}")


def _satu_angka_kredit(baris: Mapping[str, Any], jalur: str) -> AngkaKreditSIASN:
    def bulat(*nama: str) -> int | None:
        return _bulat(*_ambil(baris, jalur, *nama))

    def angka(nama: str) -> Fraction | None:
        return _angka_kredit(*_ambil(baris, jalur, nama))

    def tanda(nama: str) -> bool | None:
        return _tanda(*_ambil(baris, jalur, nama))

    hasil = AngkaKreditSIASN(
        bulan_mulai=_bulan(baris, jalur, "bulanMulaiPenailan", "bulanMulaiPenilaian"),
        tahun_mulai=bulat("tahunMulaiPenailan", "tahunMulaiPenilaian"),
        bulan_selesai=_bulan(baris, jalur, "bulanSelesaiPenailan", "bulanSelesaiPenilaian"),
        tahun_selesai=bulat("tahunSelesaiPenailan", "tahunSelesaiPenilaian"),
        kredit_utama=angka("kreditUtamaBaru"),
        kredit_penunjang=angka("kreditPenunjangBaru"),
        kredit_total=angka("kreditBaruTotal"),
        nomor_sk=_teks(*_ambil(baris, jalur, "nomorSk")),
        tanggal_sk=_tanggal(*_ambil(baris, jalur, "tanggalSk")),
        pertama=tanda("isAngkaKreditPertama"),
        integrasi=tanda("isIntegrasi"),
        konversi=tanda("isKonversi"),
    )
    if hasil.kredit_utama is None and hasil.kredit_total is None:
        raise InvalidValueError(f"{jalur}.kreditBaruTotal: missing (and no kreditUtamaBaru)")
    return hasil


def angka_kredit_dari_siasn(data: object) -> tuple[AngkaKreditSIASN, ...]:
    """The angka kredit records of a ``/pns/rw-angkakredit/{nipBaru}`` response (its
    ``data`` or the list itself); credit is exact (:class:`~fractions.Fraction`), never a float.

    >>> ak = angka_kredit_dari_siasn([{"kreditUtamaBaru": "37.5", "kreditPenunjangBaru": "0",
    ...     "kreditBaruTotal": "37.5", "tanggalSk": "2024-03-01", "isKonversi": "1"}])[0]
    >>> ak.kredit_total, ak.total_sesuai, ak.konversi
    (Fraction(75, 2), True, True)
    """
    return tuple(_satu_angka_kredit(b, j) for j, b in _baris("rw-angkakredit", data))
