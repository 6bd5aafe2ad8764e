"""PotretPegawai: a pegawai as they were on a date."""

from __future__ import annotations

import datetime as dt

import pytest

from birokrasi import contoh
from birokrasi.errors import InvalidTypeError, NotFoundError
from birokrasi.struktur.potret import potret_pegawai

ORG = contoh.instansi()


def test_snapshot_copies_the_placement_of_that_day() -> None:
    tanggal = contoh.TANGGAL_DEMO
    for penempatan in ORG.penempatan_aktif(tanggal):
        p = potret_pegawai(ORG, penempatan.nip, tanggal)
        assert p.jabatan == penempatan.jabatan
        assert p.unit == penempatan.unit
        assert p.kepala == penempatan.kepala
        assert p.jenjang is penempatan.jabatan.jenjang
        assert p.golongan == ORG.cari_pegawai(penempatan.nip).golongan


def test_snapshot_of_someone_not_placed_that_day() -> None:
    nip = ORG.pegawai[0].nip
    with pytest.raises(NotFoundError, match="holds no placement on 1990-01-01"):
        potret_pegawai(ORG, nip, dt.date(1990, 1, 1))
    with pytest.raises(InvalidTypeError, match="instansi"):
        potret_pegawai("org", nip, dt.date(2025, 1, 1))  # type: ignore[arg-type]
