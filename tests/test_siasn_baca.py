"""birokrasi.siasn_baca: SIASN records read into library values, and the round trip.

The sample records follow the shapes of SIASN's web service as a public Swagger file gives
them (``ropegkemenag/apimwsbkn``, ``swagger.json``: ``pns.DataUtamaResponse``,
``riwayat.RwSkp22Response`` with its capitalised ``PerilakuKerjaNilai``/``KuadranKinerjaNilai``
and string values, ``riwayat.RwAngkaKreditResponse`` with ``bulanMulaiPenailan`` [sic]) and
the reference lists of a public SIASN SDK (``black-coffee04/ws-siasn-php``,
``src/Data/Referensi``: ``DIATAS ESPEKTASI``, ``KURANG``, ``III/a``). The names, NIPs and
values are made up.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import birokrasi.testing as bt
from birokrasi import (
    Golongan,
    Jabatan,
    JenisEvaluasi,
    JenisJabatan,
    JenisPeriode,
    Jenjang,
    Pegawai,
    PenilaianKinerja,
    Predikat,
    Rating,
)
from birokrasi.errors import BirokrasiError, InvalidTypeError, InvalidValueError
from birokrasi.siasn import KODE_SIASN_BAKU, ke_siasn
from birokrasi.siasn_baca import (
    angka_kredit_dari_siasn,
    pegawai_dari_siasn,
    penilaian_dari_siasn,
)
from birokrasi.struktur.potret import PotretPegawai

DATA_UTAMA: dict[str, Any] = {
    "id": "A8ACA7F3D9C83912E040640A040269BB",
    "nipBaru": "199001012015031001",
    "nipLama": "",
    "nama": " Dewi Lestari ",
    "gelarDepan": "",
    "gelarBelakang": "S.Kom.",
    "jabatanNama": "Pranata Komputer Ahli Muda",
    "jenisJabatan": "Jabatan Fungsional Tertentu",
    "golRuangAkhirId": "33",
    "golRuangAkhir": "III/c",
    "pangkatAkhir": "Penata",
    "unorNama": "Bagian Organisasi",
    "jenjang": "S1",
}

RW_SKP22: list[dict[str, Any]] = [
    {
        "id": "6a1b...",
        "tahun": "2023",
        "hasilKinerja": "SESUAI EKSPEKTASI",
        "hasilKinerjaNilai": "2",
        "perilakuKerja": "DIATAS ESPEKTASI",
        "PerilakuKerjaNilai": "1",
        "kuadranKinerja": "BAIK",
        "KuadranKinerjaNilai": "2",
        "namaPenilai": "Rina Marlina, S.IP.",
        "nipNrpPenilai": "198511032010012007",
        "penilaiJabatanNm": "Kepala Subbagian Umum dan Kepegawaian",
        "penilaiGolonganId": "34",
        "statusPenilai": "ASN",
        "pnsDinilaiId": "A8ACA7F3D9C83912E040640A040269BB",
    },
    {
        "tahun": "2024",
        "hasilKinerjaNilai": "2",
        "PerilakuKerjaNilai": "3",
        "KuadranKinerjaNilai": "3",
        "kuadranKinerja": "BUTUH PERBAIKAN",
        "namaPenilai": "Rina Marlina, S.IP.",
        "nipNrpPenilai": "198511032010012007",
    },
]

RW_ANGKAKREDIT: list[dict[str, Any]] = [
    {
        "id": "3f2c...",
        "bulanMulaiPenailan": "1",
        "tahunMulaiPenailan": "2023",
        "bulanSelesaiPenailan": "12",
        "tahunSelesaiPenailan": "2023",
        "kreditUtamaBaru": "25.5",
        "kreditPenunjangBaru": "0",
        "kreditBaruTotal": "25.5",
        "isAngkaKreditPertama": "0",
        "isIntegrasi": "0",
        "isKonversi": "1",
        "nomorSk": "800/123/BKPSDM/2024",
        "tanggalSk": "15-01-2024",
        "namaJabatan": None,
        "path": None,
    }
]


def test_data_utama() -> None:
    p = pegawai_dari_siasn({"code": 1, "data": DATA_UTAMA})
    assert p.nip.digit == "199001012015031001"
    assert p.nama == "Dewi Lestari"
    assert p.jabatan_nama == "Pranata Komputer Ahli Muda"
    assert p.jenjang is Jenjang.AHLI_MUDA
    assert p.golongan is Golongan.III_C
    assert p.unor_nama == "Bagian Organisasi"
    tanpa = pegawai_dari_siasn({**DATA_UTAMA, "jabatanNama": "Kepala Bagian Umum"})
    assert tanpa.jenjang is None
    assert pegawai_dari_siasn({**DATA_UTAMA, "jabatanNama": "Terampil"}).jenjang is None
    assert p.pegawai == Pegawai(p.nip, "Dewi Lestari", Golongan.III_C)
    assert p.jabatan == Jabatan("Pranata Komputer Ahli Muda", Jenjang.AHLI_MUDA)
    assert tanpa.jabatan is None


def test_data_utama_jabatan_fungsional_dan_pppk() -> None:
    jf = pegawai_dari_siasn(
        {**DATA_UTAMA, "jabatanNama": "", "jabatanFungsionalNama": "Analis SDM Aparatur Ahli Madya"}
    )
    assert jf.jenjang is Jenjang.AHLI_MADYA
    # A PPPK has no golongan ruang: golRuangAkhir (here a PPPK golongan) is not read.
    pppk = pegawai_dari_siasn(
        {**DATA_UTAMA, "nipBaru": "199203152022212001", "golRuangAkhir": "IX"}
    )
    assert pppk.golongan is None
    assert pppk.pegawai.golongan is None


@pytest.mark.parametrize(
    ("ubah", "galat", "pesan"),
    [
        ({"nipBaru": "1990"}, InvalidValueError, r"^data-utama\.nipBaru: "),
        ({"nipBaru": None}, InvalidValueError, r"^data-utama\.nipBaru: missing"),
        ({"nama": 7}, InvalidTypeError, r"^data-utama\.nama: expected text"),
        ({"golRuangAkhir": "III/f"}, InvalidValueError, r"^data-utama\.golRuangAkhir: "),
        ({"pangkatAkhir": "Pembina"}, InvalidValueError, r"pangkatAkhir: 'Pembina' is the pangk"),
    ],
)
def test_data_utama_salah(ubah: dict[str, Any], galat: type[Exception], pesan: str) -> None:
    with pytest.raises(galat, match=pesan):
        pegawai_dari_siasn({**DATA_UTAMA, **ubah})


def test_rw_skp22() -> None:
    a, b = penilaian_dari_siasn({"code": 1, "data": RW_SKP22})
    assert (a.jenis, a.tahun, a.bulan_mulai, a.periode) == (JenisEvaluasi.TAHUNAN, 2023, None, None)
    assert (a.rating_hasil_kerja, a.rating_perilaku_kerja) == (
        Rating.SESUAI_EKSPEKTASI,
        Rating.DI_ATAS_EKSPEKTASI,
    )
    assert a.predikat is a.predikat_siasn is Predikat.BAIK
    assert a.kuadran_sesuai
    assert a.penilai_nip is not None
    assert a.penilai_nip.digit == "198511032010012007"
    assert a.penilai_jabatan == "Kepala Subbagian Umum dan Kepegawaian"
    # The cell (Sesuai, Di Bawah) is Kurang/Misconduct (KIN-PREDIKAT-01); an integration that
    # sends max(hasil, perilaku) wrote 3: kept and reported, not refused.
    assert b.predikat is Predikat.KURANG
    assert b.predikat_siasn is Predikat.BUTUH_PERBAIKAN
    assert not b.kuadran_sesuai


def test_rw_kinerjaperiodik() -> None:
    """A rw-kinerjaperiodik row (riwayat.RwSkp22PeriodikResponse: numbers, periodikId, no
    months) is periodic; empty month fields do not make a row periodic."""
    (r,) = penilaian_dari_siasn(
        [
            {
                "tahun": "2024",
                "hasilKinerjaNilai": 1,
                "perilakuKerjaNilai": 2,
                "kuadranKinerjaNilai": 2,
                "periodikId": "2",
                "periodikNama": "triwulan",
            }
        ],
        nama="rw-kinerjaperiodik",
    )
    assert (r.jenis, r.periode, r.predikat) == (JenisEvaluasi.PERIODIK, None, Predikat.BAIK)
    (a,) = penilaian_dari_siasn([{**RW_SKP22[0], "bulanMulaiPenilaian": None}])
    assert a.jenis is JenisEvaluasi.TAHUNAN


@pytest.mark.parametrize(
    ("ubah", "pesan"),
    [
        ({"hasilKinerjaNilai": None}, r"^rw-skp22\[1\]\.hasilKinerjaNilai: missing"),
        ({"hasilKinerjaNilai": "4"}, r"^rw-skp22\[1\]\.hasilKinerjaNilai: 4 is not a SIASN rat"),
        ({"PerilakuKerjaNilai": "x"}, r"^rw-skp22\[1\]\.PerilakuKerjaNilai: expected a whole"),
        ({"perilakuKerjaNilai": 1}, r"^rw-skp22\[1\]\.PerilakuKerjaNilai: .* disagrees with"),
        ({"KuadranKinerjaNilai": "6"}, r"^rw-skp22\[1\]\.KuadranKinerjaNilai: 6 is not a SIASN"),
        ({"kuadranKinerja": "BAIK"}, r"^rw-skp22\[1\]\.kuadranKinerja: 'BAIK' disagrees"),
        ({"hasilKinerja": "LUAR BIASA"}, r"^rw-skp22\[1\]\.hasilKinerja: Rating\.parse"),
        ({"tahun": True}, r"^rw-skp22\[1\]\.tahun: expected a whole"),
        ({"nipNrpPenilai": "123"}, r"^rw-skp22\[1\]\.nipNrpPenilai: "),
        ({"bulanMulaiPenilaian": 13, "bulanSelesaiPenilaian": 3}, r"bulanMulaiPenilaian: a mo"),
        ({"bulanMulaiPenilaian": 4, "bulanSelesaiPenilaian": 3}, r"bulanSelesaiPenilaian: 3 is"),
        ({"bulanSelesaiPenilaian": 3}, r"^rw-skp22\[1\]\.bulanMulaiPenilaian: missing"),
        (
            {"bulanMulaiPenilaian": 1, "bulanSelesaiPenilaian": 3, "tahunMulaiPenilaian": 2023},
            r"tahunMulaiPenilaian: 2023 is not tahun 2024",
        ),
    ],
)
def test_rw_skp22_salah(ubah: dict[str, Any], pesan: str) -> None:
    baris = [RW_SKP22[0], {**RW_SKP22[1], **ubah}]
    with pytest.raises(InvalidValueError, match=pesan):
        penilaian_dari_siasn(baris)


@pytest.mark.parametrize(
    ("data", "pesan"),
    [
        ("[]", r"^rw-skp22: expected a list"),
        ([RW_SKP22[0], 3], r"^rw-skp22\[1\]: expected a record"),
        ({"data": None}, r"^rw-skp22: expected a list"),
    ],
)
def test_bukan_daftar(data: object, pesan: str) -> None:
    with pytest.raises(InvalidTypeError, match=pesan):
        penilaian_dari_siasn(data)


@given(bt.penilaian_kinerja())
def test_pulang_pergi(p: PenilaianKinerja) -> None:
    """ke_siasn -> payload -> reader gives the same ratings, predikat and period."""
    s = ke_siasn(p)
    (r,) = penilaian_dari_siasn([s.ke_payload()], nama="skp22/save")
    assert (r.rating_hasil_kerja, r.rating_perilaku_kerja) == (
        p.rating_hasil_kerja,
        p.rating_perilaku_kerja,
    )
    assert r.predikat is r.predikat_siasn is p.predikat
    assert r.kuadran_sesuai
    assert (r.jenis, r.tahun) == (p.jenis, p.tahun)
    if p.jenis is JenisEvaluasi.PERIODIK:
        assert r.periode == p.periode
    else:
        assert r.periode is None  # skp22/save carries the year only
    assert r.penilai_nama == p.penilai.nama
    assert r.penilai_jabatan == p.penilai.nama_jabatan
    if isinstance(p.penilai, PotretPegawai):
        assert r.penilai_nip == p.penilai.nip


@given(bt.penilaian_kinerja())
def test_pulang_pergi_tabel_sendiri(p: PenilaianKinerja) -> None:
    sendiri = attrs.evolve(KODE_SIASN_BAKU, rating={r: 10 + i for i, r in enumerate(Rating)})
    (r,) = penilaian_dari_siasn([ke_siasn(p, kode=sendiri).ke_payload()], kode=sendiri)
    assert r.rating_hasil_kerja is p.rating_hasil_kerja
    assert r.predikat is p.predikat


def test_rw_angkakredit() -> None:
    (ak,) = angka_kredit_dari_siasn({"data": RW_ANGKAKREDIT})
    assert (ak.bulan_mulai, ak.tahun_mulai, ak.bulan_selesai, ak.tahun_selesai) == (
        1,
        2023,
        12,
        2023,
    )
    assert (ak.kredit_utama, ak.kredit_penunjang, ak.kredit_total) == (
        Fraction(51, 2),
        0,
        Fraction(51, 2),
    )
    assert ak.total_sesuai
    assert (ak.pertama, ak.integrasi, ak.konversi) == (False, False, True)
    assert (ak.nomor_sk, ak.tanggal_sk) == ("800/123/BKPSDM/2024", dt.date(2024, 1, 15))


@pytest.mark.parametrize(
    ("nilai", "hasil"),
    [
        ("12.5", Fraction(25, 2)),
        ("12,5", Fraction(25, 2)),
        ("1.234,5", Fraction(2469, 2)),
        (12.1, Fraction(121, 10)),
        (12, Fraction(12)),
        (" 0.001 ", Fraction(1, 1000)),
    ],
)
def test_angka_kredit_eksak(nilai: object, hasil: Fraction) -> None:
    (ak,) = angka_kredit_dari_siasn([{"kreditBaruTotal": nilai}])
    assert ak.kredit_total == hasil
    assert ak.total_sesuai is None


@pytest.mark.parametrize(
    ("ubah", "pesan"),
    [
        ({"kreditUtamaBaru": "1e3"}, r"^rw-angkakredit\[0\]\.kreditUtamaBaru: expected an angka"),
        ({"kreditUtamaBaru": "1,2,3"}, r"^rw-angkakredit\[0\]\.kreditUtamaBaru: teks: "),
        ({"kreditUtamaBaru": float("nan")}, r"kreditUtamaBaru: expected an angka kredit"),
        ({"kreditUtamaBaru": True}, r"kreditUtamaBaru: expected an angka kredit"),
        ({"kreditUtamaBaru": None, "kreditBaruTotal": ""}, r"kreditBaruTotal: missing"),
        ({"isKonversi": "ya"}, r"^rw-angkakredit\[0\]\.isKonversi: expected 1/0"),
        ({"tanggalSk": "2024/01/15"}, r"^rw-angkakredit\[0\]\.tanggalSk: expected a date"),
        ({"bulanMulaiPenailan": "0"}, r"^rw-angkakredit\[0\]\.bulanMulaiPenailan: a month"),
        ({"bulanMulaiPenilaian": "2"}, r"bulanMulaiPenilaian: .* disagrees with"),
    ],
)
def test_rw_angkakredit_salah(ubah: dict[str, Any], pesan: str) -> None:
    with pytest.raises(InvalidValueError, match=pesan):
        angka_kredit_dari_siasn([{**RW_ANGKAKREDIT[0], **ubah}])


@pytest.mark.parametrize(
    ("enum", "teks", "anggota"),
    [
        (Rating, "DIATAS ESPEKTASI", Rating.DI_ATAS_EKSPEKTASI),
        (Rating, "SESUAI ESPEKTASI", Rating.SESUAI_EKSPEKTASI),
        (Rating, "DIBAWAH ESPEKTASI", Rating.DI_BAWAH_EKSPEKTASI),
        (Rating, "DIATAS EKSPEKTASI", Rating.DI_ATAS_EKSPEKTASI),
        (Predikat, "SANGAT BAIK", Predikat.SANGAT_BAIK),
        (Predikat, "BUTUH PERBAIKAN", Predikat.BUTUH_PERBAIKAN),
        (Predikat, "KURANG", Predikat.KURANG),
        (Predikat, "SANGAT KURANG", Predikat.SANGAT_KURANG),
        (Golongan, "III/a", Golongan.III_A),
        (Golongan, "Penata Muda", Golongan.III_A),
        (Golongan, "Penata Muda / III/a", Golongan.III_A),
        (Golongan, "PENATA MUDA TINGKAT I, III/b", Golongan.III_B),
        (Golongan, "Pembina Utama Muda (IV/c)", Golongan.IV_C),
        (Golongan, "IIId", Golongan.III_D),
        (Jenjang, "AHLI MUDA", Jenjang.AHLI_MUDA),
        (JenisJabatan, "Jabatan Fungsional Tertentu", JenisJabatan.FUNGSIONAL),
        (JenisJabatan, "Jabatan Fungsional Umum", JenisJabatan.PELAKSANA),
        (JenisPeriode, "bulanan", JenisPeriode.BULANAN),
        (JenisPeriode, "triwulan", JenisPeriode.TRIWULANAN),
    ],
)
def test_teks_siasn_terbaca(enum: Any, teks: str, anggota: object) -> None:
    """Every enum a SIASN field carries parses the texts SIASN's reference lists use."""
    assert enum.parse(teks) is anggota


def test_golongan_tanpa_tebakan() -> None:
    with pytest.raises(InvalidValueError):
        Golongan.parse("Penata Muda / III/b")
    with pytest.raises(InvalidValueError):
        JenisJabatan.parse("Jabatan Struktural")


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda isi: st.lists(isi, max_size=3) | st.dictionaries(st.text(max_size=8), isi, max_size=3),
    max_leaves=8,
)
_NAMA = st.sampled_from(
    [
        *RW_SKP22[0],
        *RW_ANGKAKREDIT[0],
        *DATA_UTAMA,
        "perilakuKerjaNilai",
        "kuadranKinerjaNilai",
        "bulanMulaiPenilaian",
        "bulanSelesaiPenilaian",
        "tahunMulaiPenilaian",
    ]
)


@given(st.lists(st.dictionaries(_NAMA, _JSON, max_size=8), max_size=3))
def test_json_apa_pun_hanya_galat_pustaka(baris: list[dict[str, Any]]) -> None:
    """Whatever JSON arrives, a reader returns values or raises the library's own error."""
    for baca in (penilaian_dari_siasn, angka_kredit_dari_siasn):
        with contextlib.suppress(BirokrasiError):
            baca(baris)
    for satu in baris:
        with contextlib.suppress(BirokrasiError):
            pegawai_dari_siasn(satu)
