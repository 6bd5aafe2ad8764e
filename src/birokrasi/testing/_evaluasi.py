"""Strategies for evaluation records (:mod:`birokrasi.kinerja.penilaian.evaluasi`,
:mod:`~.riwayat`)."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from birokrasi.kinerja.penilaian.evaluasi import JenisEvaluasi, PenilaianKinerja
from birokrasi.kinerja.penilaian.riwayat import RiwayatPenilaian
from birokrasi.kinerja.predikat import Rating
from birokrasi.periode import Periode
from birokrasi.testing._skp import potret_pegawai

__all__ = ["penilaian_kinerja", "riwayat_penilaian"]


@st.composite
def penilaian_kinerja(
    draw: st.DrawFn, jenis: JenisEvaluasi | None = None, kode: str | None = None
) -> PenilaianKinerja:
    """A valid evaluation of a generated SKP kode: a periodic one covers at most six months of
    one year, an annual one a part of a year ending on or before 31 December."""
    jenis = draw(st.sampled_from(JenisEvaluasi)) if jenis is None else jenis
    pegawai = draw(potret_pegawai(nomor_urut=1))
    penilai = draw(potret_pegawai(nomor_urut=2))
    tahun = draw(st.integers(2023, 2030))
    bulan_awal = draw(st.integers(1, 12))
    panjang = draw(st.integers(1, 6 if jenis is JenisEvaluasi.PERIODIK else 13 - bulan_awal))
    bulan_akhir = min(12, bulan_awal + panjang - 1)
    periode = Periode(
        Periode.bulan(tahun, bulan_awal).mulai, Periode.bulan(tahun, bulan_akhir).selesai
    )
    tanggal = periode.selesai + dt.timedelta(days=draw(st.integers(0, 45)))
    return PenilaianKinerja(
        kode if kode is not None else f"EV-{draw(st.integers(1, 10**6))}",
        f"SKP-{tahun}-{draw(st.integers(1, 999))}",
        pegawai,
        penilai,
        jenis,
        periode,
        draw(st.sampled_from(Rating)),
        draw(st.sampled_from(Rating)),
        tanggal,
    )


@st.composite
def riwayat_penilaian(draw: st.DrawFn, max_size: int = 5) -> RiwayatPenilaian:
    """A record of distinct evaluations, some re-rated (a re-rating supersedes the latest
    standing evaluation of the same key, dated later)."""
    isi: list[PenilaianKinerja] = []
    for i in range(draw(st.integers(0, max_size))):
        ulang = draw(st.booleans())
        lama = isi[-1] if isi and ulang else None
        if lama is None:
            isi.append(draw(penilaian_kinerja(kode=f"EV-{i}")))
            continue
        isi.append(
            PenilaianKinerja(
                f"EV-{i}",
                lama.skp,
                lama.pegawai,
                lama.penilai,
                lama.jenis,
                lama.periode,
                draw(st.sampled_from(Rating)),
                draw(st.sampled_from(Rating)),
                lama.tanggal + dt.timedelta(days=draw(st.integers(0, 30))),
                menggantikan=lama.kode,
                alasan="keberatan",
            )
        )
    return RiwayatPenilaian(tuple(isi))
