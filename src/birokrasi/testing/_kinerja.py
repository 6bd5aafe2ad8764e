"""Strategies for ratings, predikat and units of :mod:`birokrasi.kinerja`."""

from __future__ import annotations

from hypothesis import strategies as st

from birokrasi.kinerja.penilaian.capaian import PredikatOrganisasi
from birokrasi.kinerja.penilaian.kurva import Pembulatan, SebagianBesar
from birokrasi.kinerja.predikat import Predikat, Rating

__all__ = [
    "pembulatan",
    "predikat",
    "predikat_organisasi",
    "rating",
    "sebagian_besar",
    "sebaran_predikat",
    "unit_rencana",
]


def rating() -> st.SearchStrategy[Rating]:
    """Any :class:`Rating`."""
    return st.sampled_from(Rating)


def predikat() -> st.SearchStrategy[Predikat]:
    """Any :class:`Predikat`."""
    return st.sampled_from(Predikat)


def predikat_organisasi() -> st.SearchStrategy[PredikatOrganisasi]:
    """Any :class:`PredikatOrganisasi`."""
    return st.sampled_from(PredikatOrganisasi)


def pembulatan() -> st.SearchStrategy[Pembulatan]:
    """Any rounding policy."""
    return st.sampled_from(Pembulatan)


def sebagian_besar() -> st.SearchStrategy[SebagianBesar | None]:
    """Any reading of "sebagian besar", or ``None`` (the cap alone)."""
    return st.sampled_from([*SebagianBesar, None])


def sebaran_predikat(min_size: int = 0, max_size: int = 40) -> st.SearchStrategy[list[Predikat]]:
    """A unit's employee predikat (a multiset, as a list in arbitrary order).

    Lists are drawn both uniformly and skewed towards one predikat, as real units are.
    """
    seragam = st.lists(predikat(), min_size=min_size, max_size=max_size)

    @st.composite
    def condong(draw: st.DrawFn) -> list[Predikat]:
        utama = draw(predikat())
        return draw(
            st.lists(
                st.one_of(st.just(utama), st.just(utama), predikat()),
                min_size=min_size,
                max_size=max_size,
            )
        )

    return st.one_of(seragam, condong())


@st.composite
def unit_rencana(
    draw: st.DrawFn, min_size: int = 1, max_size: int = 30
) -> tuple[dict[str, Predikat], list[str]]:
    """A unit for :func:`~birokrasi.kinerja.usulkan_distribusi`: the intended predikat by
    employee key and a ranking of the keys (best first), not necessarily consistent with
    the intended predikat."""
    sebaran = draw(sebaran_predikat(min_size, max_size))
    kunci = [f"P{i:03d}" for i in range(len(sebaran))]
    rencana = dict(zip(kunci, sebaran, strict=True))
    peringkat = draw(st.permutations(kunci))
    return rencana, list(peringkat)
