"""The pictures of the optional extra ``birokrasi[plot]`` (issue 19 §3): every figure is drawn
headless and is not empty, draws what the library computes, and bad input gets library errors
(that only this module imports matplotlib is checked in ``tests/test_arsitektur.py``)."""

from __future__ import annotations

import datetime as dt
import io

import matplotlib
import pytest

matplotlib.use("Agg")

import matplotlib.pyplot as plt
from matplotlib.patches import Rectangle

from birokrasi import (
    Instansi,
    InvalidTypeError,
    Predikat,
    PredikatOrganisasi,
    contoh,
    gambar,
)
from birokrasi.contoh import kompetensi as contoh_kompetensi
from birokrasi.contoh import sistem_kerja as contoh_sistem_kerja
from birokrasi.kinerja.predikat import KUADRAN
from birokrasi.kompetensi import kesenjangan_tim
from birokrasi.struktur import UnitOrganisasi, lapisan_pegawai

AKHIR = dt.date(2025, 12, 31)


def _kanvas() -> tuple[plt.Figure, plt.Axes]:
    fig, ax = plt.subplots()
    return fig, ax


def _svg(fig: plt.Figure) -> str:
    keluaran = io.StringIO()
    fig.savefig(keluaran, format="svg")
    plt.close(fig)
    return keluaran.getvalue()


def test_kin_predikat_01_the_kuadran_has_one_coloured_cell_per_pair() -> None:
    fig, ax = _kanvas()
    gambar.gambar_kuadran(ax)
    sel = [p for p in ax.patches if isinstance(p, Rectangle)]
    assert len(sel) == len(KUADRAN) == 9
    teks = {t.get_text().replace("\n", "") for t in ax.texts}
    assert teks == {p.label for p in KUADRAN.values()}
    warna = {matplotlib.colors.to_hex(p.get_facecolor()) for p in sel}
    assert warna == {gambar.WARNA_PREDIKAT[p] for p in KUADRAN.values()}
    assert "<svg" in _svg(fig)


@pytest.mark.parametrize(
    ("sebaran", "keadaan"),
    [
        (
            [Predikat.SANGAT_BAIK] * 2 + [Predikat.BAIK] * 5 + [Predikat.BUTUH_PERBAIKAN] * 2,
            "sesuai",
        ),
        ([Predikat.SANGAT_BAIK] * 4 + [Predikat.BAIK] * 5, "KIN-DIST-02"),
    ],
)
def test_kin_dist_02_a_unit_against_its_bands(sebaran: list[Predikat], keadaan: str) -> None:
    fig, ax = _kanvas()
    gambar.gambar_distribusi(ax, PredikatOrganisasi.BAIK, sebaran, tanggal=AKHIR)
    batang = [p.get_height() for p in ax.patches if not p.get_hatch()]
    assert batang == [sebaran.count(p) for p in sorted(Predikat, key=lambda p: -p.peringkat)]
    assert any(p.get_hatch() for p in ax.patches)
    assert keadaan in ax.get_title()
    hitungan = {p: sebaran.count(p) for p in set(sebaran)}
    fig2, ax2 = _kanvas()
    gambar.gambar_distribusi(ax2, PredikatOrganisasi.BAIK, hitungan, tanggal=AKHIR)
    assert ax2.get_title() == ax.get_title()  # counts or predikat: the same figure
    plt.close(fig)
    plt.close(fig2)


def test_kom_tim_01_coverage_marks_the_need_nobody_holds() -> None:
    hasil = kesenjangan_tim(
        contoh_sistem_kerja.tim_kerja(),
        contoh_kompetensi.kebutuhan_tim()[0],
        contoh_kompetensi.profil(),
        dt.date(2025, 7, 1),
    )
    fig, ax = _kanvas()
    gambar.gambar_cakupan_kompetensi(ax, hasil)
    assert [p.get_width() for p in ax.patches] == [len(c.oleh) for c in hasil.cakupan]
    assert sum(t.get_text() == "tidak ada" for t in ax.texts) == len(hasil.tidak_tercakup) == 1
    assert "<svg" in _svg(fig)


def test_str_atasan_01_the_structure_shows_every_unit_and_its_layers() -> None:
    org = contoh.instansi()
    fig, ax = _kanvas()
    gambar.gambar_struktur(ax, org, dt.date(2025, 6, 30))
    kotak = [t.get_text().split("\n")[0] for t in ax.texts]
    assert sorted(kotak) == sorted(u.kode for u in org.unit)
    lapisan = [
        x.lapisan for x in lapisan_pegawai(org, dt.date(2025, 6, 30)) if x.lapisan is not None
    ]
    assert f"rantai terpanjang {max(lapisan)} lapis ke JPT" in ax.get_title()
    fig2, ax2 = _kanvas()
    gambar.gambar_struktur(ax2, Instansi("Kosong"), dt.date(2025, 6, 30))
    assert "no units" in ax2.get_title()
    fig3, ax3 = _kanvas()
    gambar.gambar_struktur(ax3, Instansi("Satu", [UnitOrganisasi("U", "Unit")]), AKHIR)
    assert "nobody reaches a JPT" in ax3.get_title()
    plt.close(fig3)
    plt.close(fig)
    plt.close(fig2)


def test_bad_input_gets_library_errors() -> None:
    fig, ax = _kanvas()
    with pytest.raises(InvalidTypeError, match=r"ax: expected Axes"):
        gambar.gambar_kuadran("ax")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"sebaran\[1\]: expected Predikat"):
        gambar.gambar_distribusi(
            ax,
            PredikatOrganisasi.BAIK,
            [Predikat.BAIK, "Baik"],
            tanggal=AKHIR,  # type: ignore[list-item]
        )
    with pytest.raises(InvalidTypeError, match=r"hasil: expected KesenjanganTim"):
        gambar.gambar_cakupan_kompetensi(ax, None)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"instansi: expected Instansi"):
        gambar.gambar_struktur(ax, None, AKHIR)  # type: ignore[arg-type]
    plt.close(fig)
