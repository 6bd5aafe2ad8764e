"""Pictures for analysts (the optional extra ``birokrasi[plot]``, matplotlib): each function
draws one of the library's results on the caller's ``Axes`` and returns it, so a notebook or a
report lays figures out as it likes. The core never imports this module.

- :func:`gambar_kuadran`: the kuadran kinerja as a coloured 3×3 grid (KIN-PREDIKAT-01);
- :func:`gambar_distribusi`: a unit's predikat counts against the bands of its kurva
  distribusi (KIN-DIST-01 to 05), with the findings in the title;
- :func:`gambar_cakupan_kompetensi`: how many members of a team hold each need (KOM-TIM-01);
- :func:`gambar_struktur`: an instansi's unit tree on a date, each unit with its head post and
  the number of pegawai placed in it, and the layers counted (STR-ATASAN-01).

The figures draw what the library computes, nothing more: the same functions the docs' pages
use (their pictures are drawn by these functions when the site is built).

>>> import matplotlib
>>> matplotlib.use("Agg")
>>> import matplotlib.pyplot as plt
>>> fig, ax = plt.subplots()
>>> ax = gambar_kuadran(ax)
>>> len(ax.patches)
9
>>> plt.close(fig)
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping

from matplotlib.axes import Axes
from matplotlib.patches import Rectangle
from matplotlib.ticker import MaxNLocator

from birokrasi import _validasi as v
from birokrasi.kinerja.penilaian.capaian import PredikatOrganisasi
from birokrasi.kinerja.penilaian.distribusi import batas_distribusi, periksa_distribusi
from birokrasi.kinerja.penilaian.kurva import KurvaDistribusi
from birokrasi.kinerja.predikat import KUADRAN, Predikat, Rating
from birokrasi.kompetensi.kebutuhan_tim import KesenjanganTim
from birokrasi.struktur.organisasi import Instansi

__all__ = [
    "WARNA_PREDIKAT",
    "gambar_cakupan_kompetensi",
    "gambar_distribusi",
    "gambar_kuadran",
    "gambar_struktur",
]

WARNA_PREDIKAT: Mapping[Predikat, str] = {
    Predikat.SANGAT_BAIK: "#1a9850",
    Predikat.BAIK: "#91cf60",
    Predikat.BUTUH_PERBAIKAN: "#fee08b",
    Predikat.KURANG: "#fc8d59",
    Predikat.SANGAT_KURANG: "#d73027",
}
"""The colour of each predikat in every figure (best green, worst red)."""

_RATING = (Rating.DI_BAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI)


def _pastikan_axes(ax: object) -> None:
    v.pastikan_tipe("ax", ax, Axes)


def gambar_kuadran(ax: Axes) -> Axes:
    """The kuadran kinerja (KIN-PREDIKAT-01): rating hasil kerja across, rating perilaku
    kerja up, each cell coloured and labelled with its predikat."""
    _pastikan_axes(ax)
    for x, hasil in enumerate(_RATING):
        for y, perilaku in enumerate(_RATING):
            predikat = KUADRAN[hasil, perilaku]
            ax.add_patch(
                Rectangle((x, y), 1, 1, facecolor=WARNA_PREDIKAT[predikat], edgecolor="white")
            )
            ax.text(
                x + 0.5,
                y + 0.5,
                predikat.label.replace("/", "/\n"),
                ha="center",
                va="center",
                fontsize=8,
            )
    label = [r.label.replace(" Ekspektasi", "\nEkspektasi") for r in _RATING]
    ax.set_xlim(0, 3)
    ax.set_ylim(0, 3)
    ax.set_xticks([0.5, 1.5, 2.5], label, fontsize=7)
    ax.set_yticks([0.5, 1.5, 2.5], label, fontsize=7)
    ax.set_xlabel("Rating hasil kerja")
    ax.set_ylabel("Rating perilaku kerja")
    ax.set_title("Kuadran kinerja (KIN-PREDIKAT-01)")
    ax.set_aspect("equal")
    return ax


def _hitungan(sebaran: Mapping[Predikat, int] | Iterable[Predikat]) -> Counter[Predikat]:
    if isinstance(sebaran, Mapping):
        hitungan: Counter[Predikat] = Counter()
        for predikat, jumlah in sebaran.items():
            v.pastikan_tipe("sebaran", predikat, Predikat)
            hitungan[predikat] = v.pastikan_bilangan(f"sebaran[{predikat.name}]", jumlah, 0)
        return hitungan
    v.pastikan_iterabel("sebaran", sebaran, "predikat or a mapping of predikat to counts")
    daftar = list(sebaran)
    for i, predikat in enumerate(daftar):
        v.pastikan_tipe(f"sebaran[{i}]", predikat, Predikat)
    return Counter(daftar)


def gambar_distribusi(
    ax: Axes,
    predikat_organisasi: PredikatOrganisasi,
    sebaran: Mapping[Predikat, int] | Iterable[Predikat],
    *,
    tanggal: dt.date,
    kurva: KurvaDistribusi | None = None,
    judul: str | None = None,
) -> Axes:
    """A unit's predikat (``sebaran``: the predikat of its pegawai, or counts) as bars, each
    band of the unit's kurva distribusi (KIN-DIST-01 to 05, by ``predikat_organisasi`` on
    ``tanggal``, or the agency's own ``kurva``) drawn as the range of counts it allows, and
    the title saying whether the unit complies (the kode of each finding of
    :func:`~birokrasi.kinerja.penilaian.distribusi.periksa_distribusi`)."""
    _pastikan_axes(ax)
    hitungan = _hitungan(sebaran)
    n = sum(hitungan.values())
    batas = batas_distribusi(predikat_organisasi, n, kurva=kurva, tanggal=tanggal)
    urutan = sorted(Predikat, key=lambda p: -p.peringkat)
    posisi = {p: i for i, p in enumerate(urutan)}
    ax.bar(
        range(len(urutan)),
        [hitungan[p] for p in urutan],
        color=[WARNA_PREDIKAT[p] for p in urutan],
        edgecolor="black",
        linewidth=0.5,
    )
    for pita in batas.pita:
        xs = [posisi[p] for p in pita.pita.predikat]
        kiri, kanan = min(xs) - 0.45, max(xs) + 0.45
        jumlah = sum(hitungan[p] for p in pita.pita.predikat)
        warna = "tab:blue" if pita.memuat(jumlah) else "tab:red"
        ax.add_patch(
            Rectangle(
                (kiri, pita.minimum),
                kanan - kiri,
                pita.maksimum - pita.minimum,
                fill=False,
                hatch="//",
                edgecolor=warna,
                linewidth=1.2,
            )
        )
    temuan = periksa_distribusi(
        predikat_organisasi, _daftar(hitungan), kurva=kurva, tanggal=tanggal
    )
    keadaan = "sesuai kurva" if not temuan else ", ".join(sorted({p.kode for p in temuan}))
    ax.set_xticks(range(len(urutan)), [p.label.replace("/", "/\n") for p in urutan], fontsize=7)
    ax.set_ylabel("Jumlah pegawai")
    ax.set_ylim(0, max(n, 1) + 0.5)
    judul_baku = f"Predikat organisasi {predikat_organisasi.label}, {n} pegawai: {keadaan}"
    ax.set_title(judul or judul_baku, fontsize=9)
    return ax


def _daftar(hitungan: Counter[Predikat]) -> list[Predikat]:
    return [
        p for p, jumlah in sorted(hitungan.items(), key=lambda x: x[0].name) for _ in range(jumlah)
    ]


def gambar_cakupan_kompetensi(ax: Axes, hasil: KesenjanganTim) -> Axes:
    """A team's needs (KOM-TIM-01) as horizontal bars: how many members hold each need on the
    day, a need nobody holds marked in red."""
    _pastikan_axes(ax)
    v.pastikan_tipe("hasil", hasil, KesenjanganTim)
    nama = [str(c.syarat) for c in hasil.cakupan]
    jumlah = [len(c.oleh) for c in hasil.cakupan]
    warna = ["#1a9850" if c.tercakup else "#d73027" for c in hasil.cakupan]
    ax.barh(range(len(nama)), jumlah, color=warna)
    for y, (n, cakupan) in enumerate(zip(jumlah, hasil.cakupan, strict=True)):
        ax.text(
            n + 0.05, y, "tidak ada" if not cakupan.tercakup else str(n), va="center", fontsize=8
        )
    ax.set_yticks(range(len(nama)), nama, fontsize=8)
    ax.invert_yaxis()
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel("Anggota yang memenuhi")
    ax.set_title(
        f"Kebutuhan kompetensi {hasil.tim}, {hasil.tanggal.isoformat()} (KOM-TIM-01)", fontsize=9
    )
    return ax


def gambar_struktur(
    ax: Axes, instansi: Instansi, tanggal: dt.date, *, judul: str | None = None
) -> Axes:
    """The unit tree of ``instansi`` on ``tanggal``, the root on top: each unit with its kode,
    its head post's jenjang (or none, after penyederhanaan) and the pegawai placed in it; the
    title counts the layers of units with a head post (STR-ATASAN-01)."""
    _pastikan_axes(ax)
    v.pastikan_tipe("instansi", instansi, Instansi)
    v.pastikan_tipe("tanggal", tanggal, dt.date)
    akar = instansi.unit_akar
    if akar is None:
        ax.set_title(judul or f"{instansi.nama}: no units", fontsize=9)
        ax.set_axis_off()
        return ax
    ditempatkan = Counter(p.unit for p in instansi.penempatan_aktif(tanggal))
    posisi: dict[str, tuple[float, int]] = {}
    daun = [0]

    def letak(kode: str, kedalaman: int) -> float:
        anak = instansi.sub_unit(kode)
        if not anak:
            x = float(daun[0])
            daun[0] += 1
        else:
            xs = [letak(a.kode, kedalaman + 1) for a in anak]
            x = sum(xs) / len(xs)
        posisi[kode] = (x, kedalaman)
        return x

    letak(akar.kode, 0)
    for kode, (x, y) in posisi.items():
        unit = instansi.cari_unit(kode)
        if unit.induk is not None:
            px, py = posisi[unit.induk]
            ax.plot([px, x], [-py, -y], color="grey", linewidth=0.8, zorder=1)
        kepala = "tanpa kepala" if unit.jenjang_kepala is None else unit.jenjang_kepala.label
        warna = "#f0f0f0" if unit.jenjang_kepala is None else "#c6dbef"
        ax.text(
            x,
            -y,
            f"{kode}\n{kepala}\n{ditempatkan[kode]} pegawai",
            ha="center",
            va="center",
            fontsize=6,
            zorder=2,
            bbox={"boxstyle": "round", "facecolor": warna, "edgecolor": "grey"},
        )
    lapis = 1 + max(
        (y for kode, (_, y) in posisi.items() if instansi.cari_unit(kode).jenjang_kepala), default=0
    )
    ax.set_xlim(-0.8, max(daun[0] - 1, 0) + 0.8)
    ax.set_ylim(-max(y for _, y in posisi.values()) - 0.7, 0.7)
    ax.set_axis_off()
    ax.set_title(
        judul or f"{instansi.nama}, {tanggal.isoformat()}: {lapis} lapis kepala unit", fontsize=9
    )
    return ax
