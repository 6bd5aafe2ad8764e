"""Strategies for the values :mod:`birokrasi.serial` writes that had none of their own:
single placements and delegations, objections, and whole example organisations.

>>> from hypothesis import find
>>> find(penempatan(), lambda p: p.kepala and p.selesai is None).kepala
True
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from birokrasi.kinerja.tindak_lanjut.keberatan import Keberatan
from birokrasi.struktur.organisasi import Instansi
from birokrasi.struktur.unsur import Delegasi, Penempatan
from birokrasi.testing._evaluasi import penilaian_kinerja
from birokrasi.testing._struktur import AKHIR, AWAL, instansi, jabatan, nip

__all__ = ["delegasi", "instansi_contoh", "keberatan", "penempatan"]


@st.composite
def penempatan(draw: st.DrawFn, unit: str | None = None) -> Penempatan:
    """A valid :class:`Penempatan` over 2024-2025, open-ended or closed, head post or not."""
    mulai = draw(st.dates(AWAL, AKHIR))
    selesai = draw(st.none() | st.dates(mulai, AKHIR))
    kode = unit if unit is not None else draw(st.sampled_from(["U0", "U1", "U2"]))
    return Penempatan(
        draw(nip()), draw(jabatan()), kode, mulai, selesai, kepala=draw(st.booleans())
    )


@st.composite
def delegasi(draw: st.DrawFn) -> Delegasi:
    """A valid :class:`Delegasi` between two distinct pegawai."""
    penilai = draw(nip(nomor_urut=1))
    dinilai = draw(nip(nomor_urut=2))
    mulai = draw(st.dates(AWAL, AKHIR))
    selesai = draw(st.none() | st.dates(mulai, AKHIR))
    return Delegasi(penilai, dinilai, mulai, selesai)


@st.composite
def keberatan(draw: st.DrawFn) -> Keberatan:
    """A valid :class:`Keberatan` against a generated evaluation, filed on or after the day
    the result was received (late filings included: lateness is a check, not a type rule)."""
    penilaian = draw(penilaian_kinerja())
    diterima = draw(
        st.none() | st.dates(penilaian.tanggal, penilaian.tanggal + dt.timedelta(days=30))
    )
    dasar = penilaian.tanggal if diterima is None else diterima
    tanggal = dasar + dt.timedelta(days=draw(st.integers(0, 40)))
    alasan = draw(st.sampled_from(["Realisasi belum dihitung", "Bukti dukung tidak dinilai"]))
    return Keberatan(
        f"KB-{draw(st.integers(1, 999))}", penilaian, tanggal, alasan, diterima=diterima
    )


def instansi_contoh() -> st.SearchStrategy[Instansi]:
    """A whole example organisation: an :class:`Instansi` whose root unit has a head
    throughout, so every other placed pegawai has an atasan langsung (see
    :func:`birokrasi.testing.instansi` for the knobs)."""
    return instansi(kepala_akar_tetap=True)
