"""Strategies for :mod:`birokrasi.kompetensi`: competencies, levels, the standard of a jabatan,
assessed profiles and a team's needs."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st

from birokrasi.kompetensi.kebutuhan_tim import KebutuhanKompetensi
from birokrasi.kompetensi.profil import ProfilKompetensi, SumberPenilaian
from birokrasi.kompetensi.standar import (
    Kompetensi,
    KompetensiManajerial,
    LevelKompetensi,
    StandarKompetensi,
    TingkatKompetensi,
)
from birokrasi.struktur.nip import NIP
from birokrasi.testing._struktur import AKHIR, AWAL, jabatan

__all__ = [
    "kebutuhan_kompetensi",
    "kompetensi_asn",
    "level_kompetensi",
    "profil_kompetensi",
    "standar_kompetensi",
    "tingkat_kompetensi",
]

TEKNIS_UJI = ("Analisis Data", "Pengelolaan Jaringan", "Kehumasan")
"""The teknis competencies the strategies draw from (a small pool, so that standards, profiles
and needs often name the same ones)."""


def level_kompetensi() -> st.SearchStrategy[LevelKompetensi]:
    """Any level, 1 to 5."""
    return st.sampled_from(LevelKompetensi)


def kompetensi_asn() -> st.SearchStrategy[Kompetensi]:
    """A manajerial, sosial kultural or (from a small pool) teknis competency."""
    return st.one_of(
        st.sampled_from(KompetensiManajerial).map(Kompetensi.manajerial),
        st.just(Kompetensi.sosial_kultural()),
        st.sampled_from(TEKNIS_UJI).map(Kompetensi.teknis),
    )


def tingkat_kompetensi() -> st.SearchStrategy[TingkatKompetensi]:
    """A competency at a level."""
    return st.builds(TingkatKompetensi, kompetensi_asn(), level_kompetensi())


def _tingkat_unik(max_size: int) -> st.SearchStrategy[list[TingkatKompetensi]]:
    return st.lists(tingkat_kompetensi(), max_size=max_size, unique_by=lambda t: t.kompetensi)


def standar_kompetensi(max_size: int = 6) -> st.SearchStrategy[StandarKompetensi]:
    """The standard of a drawn jabatan, naming up to ``max_size`` competencies."""
    return st.builds(StandarKompetensi, jabatan(), _tingkat_unik(max_size))


@st.composite
def profil_kompetensi(
    draw: st.DrawFn, orang: Sequence[NIP] | None = None, max_size: int = 6
) -> ProfilKompetensi:
    """An assessment of one of ``orang`` (default: a fixed NIP) dated inside 2024-2025."""
    nip = draw(st.sampled_from(orang)) if orang else NIP("198302252008012011")
    return ProfilKompetensi(
        nip,
        draw(st.dates(AWAL, AKHIR)),
        draw(st.sampled_from(SumberPenilaian)),
        draw(_tingkat_unik(max_size)),
        penyelenggara=draw(st.none() | st.just("UPT Penilaian Kompetensi")),
    )


def kebutuhan_kompetensi(
    tim: str = "T0", max_size: int = 4
) -> st.SearchStrategy[KebutuhanKompetensi]:
    """The needs of team ``tim``."""
    return st.builds(KebutuhanKompetensi, st.just(tim), _tingkat_unik(max_size))
