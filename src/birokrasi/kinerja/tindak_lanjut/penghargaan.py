"""Recognition as a follow-up of the evaluation (tindak lanjut, KIN-TL-01): the criteria an
agency sets (:class:`KriteriaPenghargaan`, a run of annual predikat) and the recognitions a
pegawai's annual results earn (:func:`penghargaan_layak`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

from birokrasi import _validasi as v
from birokrasi.hukum import PERMENPANRB_6_2022, PP_30_2019, Aturan, Dasar, Keyakinan
from birokrasi.kinerja.penilaian.evaluasi import PenilaianKinerja
from birokrasi.kinerja.penilaian.riwayat import evaluasi_tahunan
from birokrasi.kinerja.predikat import Predikat

__all__ = [
    "ATURAN",
    "ATURAN_PENGHARGAAN",
    "KRITERIA_PENGHARGAAN",
    "KriteriaPenghargaan",
    "penghargaan_layak",
]

ATURAN_PENGHARGAAN = Aturan(
    kode="KIN-TL-01",
    uraian=(
        "Hasil evaluasi kinerja ditindaklanjuti dengan pemberian penghargaan bagi pegawai "
        "berpredikat Sangat Baik, antara lain prioritas dalam kelompok rencana suksesi."
    ),
    summary=(
        "A run of Sangat Baik makes a pegawai eligible for recognition; which awards and "
        "after how many years are agency parameters."
    ),
    dasar=Dasar(
        PERMENPANRB_6_2022,
        pasal="28",
        keyakinan=Keyakinan.SEKUNDER,
        tafsiran=(
            "Pasal 28 names penghargaan as a follow-up without a list. The default criteria "
            "(Sangat Baik two years running: priority for the talent pool and competence "
            "development; one year: may be proposed for an agency award) recall PP 30/2019 "
            "Pasal 49-55 and were not verified in the text; agencies pass their own."
        ),
    ),
    dasar_lain=(
        Dasar(
            PP_30_2019,
            pasal="49",
            keyakinan=Keyakinan.TIDAK_PASTI,
            tafsiran=(
                "The award articles of PP 30/2019 (Pasal 49-55) were not read; the criteria "
                "are parameters (KriteriaPenghargaan)."
            ),
        ),
    ),
    berlaku_sejak=PERMENPANRB_6_2022.ditetapkan,
)

ATURAN: tuple[Aturan, ...] = (ATURAN_PENGHARGAAN,)


def _ke_aturan(value: Aturan | None) -> Aturan:
    return ATURAN_PENGHARGAAN if value is None else value


@attrs.frozen
class KriteriaPenghargaan:
    """A recognition an agency gives for ``tahun_berturut`` consecutive annual predikat of at
    least ``predikat_minimal`` (KIN-TL-01); ``aturan`` is the rule it applies (``None``:
    :data:`ATURAN_PENGHARGAAN`)."""

    kode: str = attrs.field(validator=v.kunci())
    nama: str = attrs.field(validator=v.teks())
    predikat_minimal: Predikat = attrs.field(validator=v.instance_of(Predikat))
    tahun_berturut: int = attrs.field(validator=v.bilangan(1, 10))
    aturan: Aturan = attrs.field(
        default=None, kw_only=True, converter=_ke_aturan, validator=v.instance_of(Aturan)
    )


KRITERIA_PENGHARGAAN: tuple[KriteriaPenghargaan, ...] = (
    KriteriaPenghargaan(
        "TALENT-POOL",
        "Prioritas kelompok rencana suksesi (talent pool) dan pengembangan kompetensi",
        Predikat.SANGAT_BAIK,
        2,
    ),
    KriteriaPenghargaan(
        "PENGHARGAAN-INSTANSI",
        "Dapat diusulkan untuk penghargaan instansi",
        Predikat.SANGAT_BAIK,
        1,
    ),
)
"""The default criteria (KIN-TL-01, an interpretation): agencies pass their own."""


def _predikat_tahunan(
    riwayat: Mapping[int, Predikat] | Iterable[PenilaianKinerja],
) -> dict[int, Predikat]:
    if isinstance(riwayat, Mapping):
        hasil: dict[int, Predikat] = {}
        for tahun, p in riwayat.items():
            v.pastikan_tipe("riwayat (tahun)", tahun, int)
            v.pastikan_tipe(f"riwayat[{v.render(tahun)}]", p, Predikat)
            hasil[tahun] = p
        return hasil
    v.pastikan_iterabel("riwayat", riwayat, "Mapping[int, Predikat] | Iterable[PenilaianKinerja]")
    daftar = list(riwayat)
    for i, p in enumerate(daftar):
        v.pastikan_tipe(f"riwayat[{i}]", p, PenilaianKinerja)
    return {t: p.predikat for t, p in evaluasi_tahunan(daftar).items()}


def penghargaan_layak(
    riwayat: Mapping[int, Predikat] | Iterable[PenilaianKinerja],
    *,
    tahun: int,
    kriteria: Iterable[KriteriaPenghargaan] | None = None,
) -> tuple[KriteriaPenghargaan, ...]:
    """The recognitions of ``kriteria`` (``None``: :data:`KRITERIA_PENGHARGAAN`) that
    ``riwayat`` (annual predikat by year, or annual evaluations whose latest per year counts;
    pass only those that stand) earns for the years ending with ``tahun`` (KIN-TL-01).

    >>> [k.kode for k in penghargaan_layak({2023: Predikat.SANGAT_BAIK,
    ...                                     2024: Predikat.SANGAT_BAIK}, tahun=2024)]
    ['TALENT-POOL', 'PENGHARGAAN-INSTANSI']
    """
    v.pastikan_tipe("tahun", tahun, int)
    per_tahun = _predikat_tahunan(riwayat)
    kriteria = KRITERIA_PENGHARGAAN if kriteria is None else kriteria
    v.pastikan_iterabel("kriteria", kriteria, "Iterable[KriteriaPenghargaan]")
    hasil: list[KriteriaPenghargaan] = []
    for i, k in enumerate(kriteria):
        v.pastikan_tipe(f"kriteria[{i}]", k, KriteriaPenghargaan)
        tahun_dicek = range(tahun - k.tahun_berturut + 1, tahun + 1)
        if all(t in per_tahun and per_tahun[t] >= k.predikat_minimal for t in tahun_dicek):
            hasil.append(k)
    return tuple(hasil)
