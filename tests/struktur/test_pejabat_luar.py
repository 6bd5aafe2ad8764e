"""STR-ATASAN-02: officials declared above the root unit continue the chain of atasan and
Pejabat Penilai Kinerja past the head of the instansi."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from birokrasi import contoh
from birokrasi.errors import InvalidTypeError, InvalidValueError, NotFoundError
from birokrasi.struktur import Jabatan, Jenjang, PejabatLuar, potret_pejabat

D = dt.date
KADIS = "197203141998031003"
SEKDA = contoh.struktur.SEKRETARIS_DAERAH
ORG = attrs.evolve(contoh.instansi(), pejabat_luar=(SEKDA,))
"""The example agency with only its Sekda declared above (its Bupati is in
``test_pejabat_negara.py``)."""
ASISTEN = PejabatLuar(
    "196601011990031002", "Asisten", Jabatan("Asisten Pemerintahan", Jenjang.JPT_PRATAMA),
    "SETDA", D(2025, 7, 1), D(2025, 12, 31), tingkat=2,
)  # fmt: skip


def test_str_atasan_02_the_chain_goes_on_level_by_level() -> None:
    org = ORG.tambah_pejabat_luar(ASISTEN)
    assert org.atasan_langsung(SEKDA.nip, D(2025, 8, 1)) == ASISTEN
    assert org.atasan_langsung(SEKDA.nip, D(2025, 6, 30)) is None  # tingkat 2 not yet held
    assert org.pejabat_luar_pada(2, D(2026, 1, 1)) is None
    assert ASISTEN.aktif_pada(D(2025, 12, 31))
    assert not ASISTEN.aktif_pada(D(2026, 1, 1))
    assert ASISTEN.kepala
    with pytest.raises(NotFoundError, match=r"tingkat=2\)\) \(STR-ATASAN-02\)"):
        org.pastikan_atasan_langsung(SEKDA.nip, D(2025, 6, 30))
    assert org.pastikan_atasan_langsung(KADIS, D(2025, 6, 30)) == SEKDA


def test_str_atasan_02_an_official_above_is_known_by_nip_only_while_in_post() -> None:
    assert ORG.pejabat_pada(SEKDA.nip, D(2025, 1, 1)) == SEKDA
    assert ORG.pejabat_pada(SEKDA.nip, D(2020, 1, 1)) is None
    with pytest.raises(NotFoundError, match=r"holds no placement"):
        ORG.atasan_langsung(SEKDA.nip, D(2020, 1, 1))
    with pytest.raises(NotFoundError, match=r"no pegawai with NIP"):
        ORG.atasan_langsung("196501011990031001", D(2025, 1, 1))
    sekda = potret_pejabat(ORG, SEKDA.nip, D(2025, 1, 1))
    assert (sekda.unit, sekda.kepala, sekda.jabatan) == (SEKDA.unit, True, SEKDA.jabatan)


def test_str_atasan_02_the_head_above_a_post_whose_holder_left() -> None:
    dulu = ORG.penempatan_pada(KADIS, D(2025, 1, 1))
    assert dulu is not None
    assert ORG.atasan_jabatan(dulu, D(2025, 1, 1)) == SEKDA
    assert ORG.atasan_jabatan(SEKDA, D(2025, 1, 1)) is None
    with pytest.raises(InvalidTypeError, match=r"pejabat"):
        ORG.atasan_jabatan("x", D(2025, 1, 1))  # type: ignore[arg-type]
    with pytest.raises(NotFoundError, match=r"no unit"):
        ORG.atasan_jabatan(attrs.evolve(dulu, unit="X"), D(2025, 1, 1))


def test_str_atasan_02_declarations_are_checked() -> None:
    with pytest.raises(InvalidValueError, match=r"tingkat"):
        attrs.evolve(SEKDA, tingkat=0)
    with pytest.raises(InvalidValueError, match=r"before mulai"):
        attrs.evolve(SEKDA, selesai=D(2000, 1, 1))
    with pytest.raises(InvalidValueError, match=r"overlapping"):
        ORG.tambah_pejabat_luar(attrs.evolve(SEKDA, nip="196601011990031002"))
    with pytest.raises(InvalidValueError, match=r"tingkat"):
        ORG.pejabat_luar_pada(0, D(2025, 1, 1))
