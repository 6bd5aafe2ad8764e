"""Fixtures for the sistem kerja tests (helpers live in ``bantu_sistem_kerja``)."""

from __future__ import annotations

import pytest
from bantu_sistem_kerja import JF_B, JF_B2, JF_P2, KEPALA, anggota, buat_instansi, tim

from birokrasi.sistem_kerja import Peran, SistemKerja
from birokrasi.struktur import Instansi


@pytest.fixture(scope="session")
def org() -> Instansi:
    return buat_instansi()


@pytest.fixture
def sistem_dasar() -> SistemKerja:
    """Team A (unit M1.P1, ketua JF_B, anggota JF_B2) and team B (unit M1.P2, ketua JF_P2,
    anggota JF_B), whole of 2025."""
    return SistemKerja(
        [tim("A"), tim("B", "M1.P2", KEPALA["M1"])],
        [
            anggota(JF_B, "A", Peran.KETUA),
            anggota(JF_B2, "A"),
            anggota(JF_P2, "B", Peran.KETUA),
            anggota(JF_B, "B"),
        ],
    )
