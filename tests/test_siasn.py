"""birokrasi.siasn: a pure mapping of evaluations to SIASN codes and request fields."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given

import birokrasi.testing as bt
from birokrasi import JenisEvaluasi, Keyakinan, PenilaianKinerja, Predikat, Rating
from birokrasi.errors import InvalidTypeError, InvalidValueError, NotFoundError
from birokrasi.kinerja.predikat import KUADRAN
from birokrasi.siasn import KODE_SIASN_BAKU, KodeSIASN, ke_siasn, rating_dari_siasn

# Observed in public SIASN integrations: 1 above, 2 meets, 3 below.
RATING_TERAMATI = {
    Rating.DI_ATAS_EKSPEKTASI: 1,
    Rating.SESUAI_EKSPEKTASI: 2,
    Rating.DI_BAWAH_EKSPEKTASI: 3,
}


def test_kode_baku() -> None:
    assert dict(KODE_SIASN_BAKU.rating) == RATING_TERAMATI
    assert sorted(KODE_SIASN_BAKU.kuadran.values()) == [1, 2, 3, 4, 5]
    assert KODE_SIASN_BAKU.keyakinan is Keyakinan.SEKUNDER


@pytest.mark.parametrize(("sel", "predikat"), sorted(KUADRAN.items()))
def test_setiap_sel_kuadran(sel: tuple[Rating, Rating], predikat: Predikat) -> None:
    """The kuadran code follows the library's predikat for every cell, and the cells observed
    in public integration code (equal ratings) get the codes seen there: 1, 2 and 5."""
    hasil, perilaku = sel
    kode = KODE_SIASN_BAKU.kuadran[predikat]
    if hasil is perilaku:
        assert kode == {1: 1, 2: 2, 3: 5}[RATING_TERAMATI[hasil]]


@given(bt.penilaian_kinerja())
def test_pemetaan(p: PenilaianKinerja) -> None:
    s = ke_siasn(p)
    assert s.hasil_kinerja_nilai == RATING_TERAMATI[p.rating_hasil_kerja]
    assert s.perilaku_kerja_nilai == RATING_TERAMATI[p.rating_perilaku_kerja]
    assert s.sel_kuadran == (s.hasil_kinerja_nilai, s.perilaku_kerja_nilai)
    assert s.kuadran_kinerja_nilai == KODE_SIASN_BAKU.kuadran[p.predikat]
    assert s.predikat == p.predikat.label
    assert (s.tahun, s.bulan_mulai, s.bulan_selesai) == (
        p.tahun,
        p.periode.mulai.month,
        p.periode.selesai.month,
    )
    assert rating_dari_siasn(s.hasil_kinerja_nilai) is p.rating_hasil_kerja
    payload = s.ke_payload()
    assert payload["hasilKinerjaNilai"] == s.hasil_kinerja_nilai
    assert payload["penilaiNipNrp"] == p.penilai.nip.digit
    if p.jenis is JenisEvaluasi.PERIODIK:
        assert payload["bulanMulaiPenilaian"] == p.periode.mulai.month
        assert payload["penilaiJabatanNama"] == p.penilai.jabatan.nama
    else:
        assert "bulanMulaiPenilaian" not in payload
        assert payload["penilaiJabatan"] == p.penilai.jabatan.nama


@given(bt.penilaian_kinerja())
def test_tabel_instansi_sendiri(p: PenilaianKinerja) -> None:
    sendiri = attrs.evolve(
        KODE_SIASN_BAKU,
        rating={r: 10 + i for i, r in enumerate(Rating)},
        keyakinan=Keyakinan.TERVERIFIKASI,
        sumber="Referensi BKN instansi",
    )
    s = ke_siasn(p, kode=sendiri)
    assert s.hasil_kinerja_nilai == sendiri.rating[p.rating_hasil_kerja]
    assert rating_dari_siasn(s.hasil_kinerja_nilai, kode=sendiri) is p.rating_hasil_kerja


def _kode(**ubah: object) -> KodeSIASN:
    return attrs.evolve(KODE_SIASN_BAKU, **ubah)


@pytest.mark.parametrize(
    ("ubah", "pesan"),
    [
        ({"rating": [1, 2, 3]}, r"KodeSIASN\.rating: expected a mapping"),
        ({"rating": {Rating.SESUAI_EKSPEKTASI: 2}}, r"KodeSIASN\.rating\[DI_ATAS_EKSPEKTASI\]"),
        ({"rating": dict.fromkeys(Rating, 1)}, r"KodeSIASN\.rating: expected one distinct"),
        ({"rating": {**RATING_TERAMATI, "x": 4}}, r"KodeSIASN\.rating: expected one distinct"),
        ({"rating": {**RATING_TERAMATI, Rating.SESUAI_EKSPEKTASI: True}}, r"positive int"),
        ({"rating": {**RATING_TERAMATI, Rating.SESUAI_EKSPEKTASI: 0}}, r"positive int"),
        ({"kuadran": {Predikat.BAIK: 1}}, r"KodeSIASN\.kuadran\[SANGAT_BAIK\]"),
    ],
)
def test_tabel_salah(ubah: dict[str, object], pesan: str) -> None:
    with pytest.raises(InvalidValueError, match=pesan):
        _kode(**ubah)


def test_argumen_salah() -> None:
    with pytest.raises(InvalidTypeError, match="penilaian"):
        ke_siasn("EV-1")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="nilai"):
        rating_dari_siasn("1")  # type: ignore[arg-type]
    with pytest.raises(NotFoundError, match="not a SIASN rating code"):
        rating_dari_siasn(4)


def test_kode_tak_dikenal_sebesar_apa_pun_disebut() -> None:
    """An int too large to print is named in the NotFoundError (found by ``make fuzz``)."""
    with pytest.raises(NotFoundError, match=r"^nilai: <int that cannot be shown> is not a SIASN"):
        rating_dari_siasn(10**5000)
