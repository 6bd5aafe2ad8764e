"""The reason a proposal gives for a move reads right when a band allows nobody (KIN-DIST-05:
under a Sangat Kurang unit, no Sangat Baik)."""

from __future__ import annotations

import datetime as dt

from birokrasi.kinerja import Predikat, PredikatOrganisasi, usulkan_distribusi


def test_kin_dist_05_a_band_that_allows_nobody_says_so() -> None:
    rencana = {"A": Predikat.SANGAT_BAIK, "B": Predikat.SANGAT_KURANG, "C": Predikat.SANGAT_KURANG}
    rencana |= {"D": Predikat.SANGAT_KURANG, "E": Predikat.KURANG}
    hasil = usulkan_distribusi(
        PredikatOrganisasi.SANGAT_KURANG,
        rencana,
        list(rencana),
        tanggal=dt.date(2024, 12, 31),
    )
    alasan = [str(u.alasan) for u in hasil.perubahan if u.dari is Predikat.SANGAT_BAIK]
    assert alasan == ["Sangat Baik allowed for none of 5 employees"]
