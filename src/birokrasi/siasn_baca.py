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
from collections.abc import Mapping
from fractions import Fraction
from typing import Any, TypeVar

import attrs

from birokrasi import _siasn_json as j_
from birokrasi import _validasi as v
from birokrasi.errors import InvalidValueError
from birokrasi.kinerja.penilaian.evaluasi import JenisEvaluasi
from birokrasi.kinerja.predikat import Predikat, Rating, predikat_kinerja
from birokrasi.periode import Periode
from birokrasi.pesan import Templat, pembuat_templat
from birokrasi.siasn import KODE_SIASN_BAKU, KodeSIASN
from birokrasi.struktur.golongan import Golongan
from birokrasi.struktur.jabatan import Jabatan, Jenjang
from birokrasi.struktur.nip import NIP, JenisASN
from birokrasi.struktur.unsur import Pegawai

__all__ = [
    "AngkaKreditSIASN",
    "PegawaiSIASN",
    "RiwayatKinerjaSIASN",
    "angka_kredit_dari_siasn",
    "pegawai_dari_siasn",
    "penilaian_dari_siasn",
]

T = TypeVar("T")


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


def _golongan(rekaman: Mapping[str, Any], j: str) -> Golongan | None:
    jalur, nilai = j_.ambil(rekaman, j, "golRuangAkhir")
    golongan = j_.baca(jalur, j_.teks(jalur, nilai), Golongan.parse)
    jalur, nilai = j_.ambil(rekaman, j, "pangkatAkhir")
    pangkat = j_.baca(jalur, j_.teks(jalur, nilai), Golongan.parse)
    if pangkat is not None and golongan is not None and pangkat is not golongan:
        raise InvalidValueError(
            _PANGKAT_LAIN(
                jalur=jalur, nilai=v.render(repr(nilai)), pangkat=pangkat, golongan=golongan
            )
        )
    return golongan


@attrs.frozen
class PegawaiSIASN:
    """A pegawai as SIASN's data-utama record gives it: identity, jabatan, golongan, unit."""

    nip: NIP
    nama: str
    jabatan_nama: str | None
    jenjang: Jenjang | None
    """The JF jenjang the jabatan name ends with; ``None`` for any other jabatan."""
    golongan: Golongan | None
    """``golRuangAkhir``; ``None`` for a PPPK (a PPPK has no golongan ruang)."""
    unor_nama: str | None

    @property
    def pegawai(self) -> Pegawai:
        """The library's :class:`~birokrasi.struktur.unsur.Pegawai`."""
        return Pegawai(self.nip, self.nama, self.golongan)

    @property
    def jabatan(self) -> Jabatan | None:
        """The library's :class:`~birokrasi.struktur.jabatan.Jabatan` when the jenjang is
        known (a Jabatan Fungsional), else ``None``."""
        if self.jabatan_nama is None or self.jenjang is None:
            return None
        return Jabatan(self.jabatan_nama, self.jenjang)


def pegawai_dari_siasn(data: Mapping[str, Any]) -> PegawaiSIASN:
    """The pegawai in a ``/pns/data-utama/{nipBaru}`` response (the record or the whole
    response with its ``data``). ``pangkatAkhir``, when present, must name the pangkat of
    ``golRuangAkhir``; neither is read for a PPPK. The jabatan is ``jabatanNama``, or
    ``jabatanFungsionalNama`` when that is missing.

    >>> p = pegawai_dari_siasn({"nipBaru": "199001012015031001", "nama": "Dewi Lestari",
    ...     "jabatanNama": "Analis Kebijakan Ahli Muda", "golRuangAkhir": "III/c",
    ...     "pangkatAkhir": "Penata", "unorNama": "Bagian Organisasi"})
    >>> p.jabatan
    Jabatan(nama='Analis Kebijakan Ahli Muda', jenjang=<Jenjang.AHLI_MUDA: 'Ahli Muda'>)
    >>> p.pegawai.golongan
    <Golongan.III_C: 'III/c'>
    """
    j = "data-utama"
    rekaman = j_.rekaman(j, data)
    jalur, nilai = j_.ambil(rekaman, j, "nipBaru")
    nip = j_.wajib(jalur, j_.nip(jalur, nilai))
    nama = j_.wajib(f"{j}.nama", j_.teks(*j_.ambil(rekaman, j, "nama")))
    jabatan = j_.teks(*j_.ambil(rekaman, j, "jabatanNama"))
    if jabatan is None:
        jabatan = j_.teks(*j_.ambil(rekaman, j, "jabatanFungsionalNama"))
    golongan = None if nip.jenis_asn is JenisASN.PPPK else _golongan(rekaman, j)
    return PegawaiSIASN(
        nip=nip,
        nama=nama,
        jabatan_nama=jabatan,
        jenjang=_jenjang_dari_nama(jabatan),
        golongan=golongan,
        unor_nama=j_.teks(*j_.ambil(rekaman, j, "unorNama")),
    )


# -- rw-skp22 and kinerja periodik ---------------------------------------------------------------


@attrs.frozen
class RiwayatKinerjaSIASN:
    """One evaluation as SIASN records it: the ratings, the library's predikat for them
    (KIN-PREDIKAT-01), the predikat SIASN's kuadran code stands for, the period and the rater.

    An annual record (``rw-skp22``, ``skp22/save``) carries only the year, so its months are
    ``None``; a periodic save payload (*kinerja periodik*) carries its months. A row of
    ``rw-kinerjaperiodik`` (``periodikId``, no months in its observed shape) is periodic with
    months ``None``.
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


def _dari_kode(jalur: str, nilai: int, tabel: Mapping[T, int], bukan: Templat) -> T:
    for anggota, kode in tabel.items():
        if kode == nilai:
            return anggota
    raise InvalidValueError(
        bukan(
            jalur=jalur,
            nilai=v.render(nilai),
            tabel=str({getattr(a, "label", a): k for a, k in tabel.items()}),
        )
    )


def _cocokkan_teks(baris: Mapping[str, Any], jalur: str, nama: str, anggota: Any) -> None:
    """SIASN's own label next to a code (``hasilKinerja``) must name the same member."""
    j, nilai = j_.ambil(baris, jalur, nama)
    dibaca = j_.baca(j, j_.teks(j, nilai), type(anggota).parse)
    if dibaca is not None and dibaca is not anggota:
        raise InvalidValueError(_LABEL_LAIN(jalur=j, nilai=v.render(repr(nilai)), anggota=anggota))


def _rating(baris: Mapping[str, Any], jalur: str, kode: KodeSIASN, *nama: str) -> Rating:
    j, nilai = j_.ambil(baris, jalur, *nama)
    angka = j_.wajib(j, j_.bulat(j, nilai))
    return _dari_kode(j, angka, kode.rating, _BUKAN_KODE_RATING)


def _periode_periodik(baris: Mapping[str, Any], jalur: str, tahun: int) -> tuple[int, int]:
    mulai = j_.wajib(
        f"{jalur}.bulanMulaiPenilaian", j_.bulan(*j_.ambil(baris, jalur, "bulanMulaiPenilaian"))
    )
    selesai = j_.wajib(
        f"{jalur}.bulanSelesaiPenilaian", j_.bulan(*j_.ambil(baris, jalur, "bulanSelesaiPenilaian"))
    )
    if mulai > selesai:
        raise InvalidValueError(
            _BULAN_TERBALIK(jalur=f"{jalur}.bulanSelesaiPenilaian", selesai=selesai, mulai=mulai)
        )
    for nama in ("tahunMulaiPenilaian", "tahunSelesaiPenilaian"):
        j, nilai = j_.ambil(baris, jalur, nama)
        lain = j_.bulat(j, nilai)
        if lain is not None and lain != tahun:
            raise InvalidValueError(_TAHUN_LAIN(jalur=j, lain=lain, tahun=tahun))
    return mulai, selesai


def _ada(baris: Mapping[str, Any], jalur: str, *nama: str) -> bool:
    """Whether any of the fields ``nama`` holds a value."""
    return any(j_.ambil(baris, jalur, n)[1] is not None for n in nama)


def _satu_penilaian(baris: Mapping[str, Any], jalur: str, kode: KodeSIASN) -> RiwayatKinerjaSIASN:
    j, nilai = j_.ambil(baris, jalur, "tahun")
    tahun = j_.wajib(j, j_.bulat(j, nilai))
    hasil = _rating(baris, jalur, kode, "hasilKinerjaNilai")
    perilaku = _rating(baris, jalur, kode, "perilakuKerjaNilai", "PerilakuKerjaNilai")
    j, nilai = j_.ambil(baris, jalur, "kuadranKinerjaNilai", "KuadranKinerjaNilai")
    kuadran = j_.wajib(j, j_.bulat(j, nilai))
    predikat_siasn = _dari_kode(j, kuadran, kode.kuadran, _BUKAN_KODE_KUADRAN)
    _cocokkan_teks(baris, jalur, "hasilKinerja", hasil)
    _cocokkan_teks(baris, jalur, "perilakuKerja", perilaku)
    _cocokkan_teks(baris, jalur, "kuadranKinerja", predikat_siasn)
    ada_bulan = _ada(baris, jalur, "bulanMulaiPenilaian", "bulanSelesaiPenilaian")
    periodik = ada_bulan or _ada(baris, jalur, "periodikId", "periodikNama")
    bulan: tuple[int | None, int | None] = (
        _periode_periodik(baris, jalur, tahun) if ada_bulan else (None, None)
    )
    jn, nip = j_.ambil(baris, jalur, "penilaiNipNrp", "nipNrpPenilai")
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
        penilai_nip=j_.nip(jn, nip),
        penilai_nama=j_.teks(*j_.ambil(baris, jalur, "penilaiNama", "namaPenilai")),
        penilai_jabatan=j_.teks(
            *j_.ambil(baris, jalur, "penilaiJabatan", "penilaiJabatanNama", "penilaiJabatanNm")
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
    return tuple(_satu_penilaian(baris, jalur, kode) for jalur, baris in j_.baris(nama, data))


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


def _satu_angka_kredit(baris: Mapping[str, Any], jalur: str) -> AngkaKreditSIASN:
    def ambil(*nama: str) -> tuple[str, Any]:
        return j_.ambil(baris, jalur, *nama)

    hasil = AngkaKreditSIASN(
        bulan_mulai=j_.bulan(*ambil("bulanMulaiPenailan", "bulanMulaiPenilaian")),
        tahun_mulai=j_.bulat(*ambil("tahunMulaiPenailan", "tahunMulaiPenilaian")),
        bulan_selesai=j_.bulan(*ambil("bulanSelesaiPenailan", "bulanSelesaiPenilaian")),
        tahun_selesai=j_.bulat(*ambil("tahunSelesaiPenailan", "tahunSelesaiPenilaian")),
        kredit_utama=j_.angka_kredit(*ambil("kreditUtamaBaru")),
        kredit_penunjang=j_.angka_kredit(*ambil("kreditPenunjangBaru")),
        kredit_total=j_.angka_kredit(*ambil("kreditBaruTotal")),
        nomor_sk=j_.teks(*ambil("nomorSk")),
        tanggal_sk=j_.tanggal(*ambil("tanggalSk")),
        pertama=j_.tanda(*ambil("isAngkaKreditPertama")),
        integrasi=j_.tanda(*ambil("isIntegrasi")),
        konversi=j_.tanda(*ambil("isKonversi")),
    )
    if hasil.kredit_utama is None and hasil.kredit_total is None:
        raise InvalidValueError(_KREDIT_HILANG(jalur=f"{jalur}.kreditBaruTotal"))
    return hasil


def angka_kredit_dari_siasn(data: object) -> tuple[AngkaKreditSIASN, ...]:
    """The angka kredit records of a ``/pns/rw-angkakredit/{nipBaru}`` response (its
    ``data`` or the list itself); credit is exact (:class:`~fractions.Fraction`), never a float.

    >>> ak = angka_kredit_dari_siasn([{"kreditUtamaBaru": "37.5", "kreditPenunjangBaru": "0",
    ...     "kreditBaruTotal": "37.5", "tanggalSk": "2024-03-01", "isKonversi": "1"}])[0]
    >>> ak.kredit_total, ak.total_sesuai, ak.konversi
    (Fraction(75, 2), True, True)
    """
    return tuple(_satu_angka_kredit(b, j) for j, b in j_.baris("rw-angkakredit", data))


_t = pembuat_templat(__name__)
_PANGKAT_LAIN = _t(
    "SIASN/pangkat-lain",
    "{jalur}: {nilai} is the pangkat of {pangkat}, not of golRuangAkhir {golongan}",
)
_BUKAN_KODE_RATING = _t(
    "SIASN/bukan-kode-rating-baris", "{jalur}: {nilai} is not a SIASN rating code (table: {tabel})"
)
_BUKAN_KODE_KUADRAN = _t(
    "SIASN/bukan-kode-kuadran", "{jalur}: {nilai} is not a SIASN kuadran code (table: {tabel})"
)
_LABEL_LAIN = _t(
    "SIASN/label-lain",
    "{jalur}: {nilai} disagrees with the code beside it ({anggota}); check the KodeSIASN table",
)
_BULAN_TERBALIK = _t("SIASN/bulan-terbalik", "{jalur}: {selesai} is before {mulai}")
_TAHUN_LAIN = _t("SIASN/tahun-lain", "{jalur}: {lain} is not tahun {tahun}")
_KREDIT_HILANG = _t("SIASN/kredit-hilang", "{jalur}: missing (and no kreditUtamaBaru)")
