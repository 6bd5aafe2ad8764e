"""Strategies for :mod:`birokrasi.karier` and the follow-up of :mod:`birokrasi.kinerja`."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from birokrasi.karier.konversi import HasilKinerja
from birokrasi.karier.tabel_ak import MULAI_INTEGRASI
from birokrasi.kinerja.penilaian.evaluasi import JenisEvaluasi
from birokrasi.kinerja.predikat import Predikat
from birokrasi.kinerja.tindak_lanjut.kinerja_rendah import JenisKejadian, KejadianKinerja
from birokrasi.struktur.jabatan import Jenjang
from birokrasi.testing._kinerja import predikat

__all__ = [
    "hasil_kinerja",
    "jenjang_fungsional",
    "kejadian_kinerja",
]


def jenjang_fungsional() -> st.SearchStrategy[Jenjang]:
    """Any Jabatan Fungsional jenjang (the ones that earn angka kredit)."""
    return st.sampled_from([j for j in Jenjang if j.is_fungsional])


def _tanggal(sejak: dt.date = MULAI_INTEGRASI) -> st.SearchStrategy[dt.date]:
    return st.dates(min_value=sejak, max_value=dt.date(2040, 12, 31))


def hasil_kinerja(jenjang: Jenjang | None = None) -> st.SearchStrategy[HasilKinerja]:
    """A result earning angka kredit for 0 to 12 months, dated on or after 1 January 2023,
    of a periodic, an annual or an unrecorded kind of evaluation."""
    j = jenjang_fungsional() if jenjang is None else st.just(jenjang)
    jenis = st.none() | st.sampled_from(JenisEvaluasi)
    return st.builds(HasilKinerja, j, predikat(), st.integers(0, 12), _tanggal(), jenis=jenis)


def kejadian_kinerja() -> st.SearchStrategy[KejadianKinerja]:
    """Any single event of the poor-performance chain (with a predikat where one belongs)."""

    def _buat(jenis: JenisKejadian, tanggal: dt.date, p: Predikat) -> KejadianKinerja:
        berpredikat = jenis in (JenisKejadian.HASIL_TAHUNAN, JenisKejadian.HASIL_PERBAIKAN)
        return KejadianKinerja(jenis, tanggal, p if berpredikat else None)

    return st.builds(
        _buat, st.sampled_from(JenisKejadian), _tanggal(dt.date(2020, 1, 1)), predikat()
    )
