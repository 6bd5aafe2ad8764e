"""Predikat kinerja organisasi (capaian kinerja organisasi) and what it means for the unit's
leader, after SE MenPANRB 3/2023.

The leader one level up sets each unit's :class:`PredikatOrganisasi`; it fixes the unit's
kurva distribusi (:mod:`birokrasi.kinerja.penilaian.kurva`) and, for the unit's leader, the rating
hasil kerja (:func:`rating_hasil_kerja_pimpinan`, rule ``KIN-RATING-01``).
"""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Mapping

from birokrasi import _validasi as v
from birokrasi._enum import Berperingkat, pasang_varian
from birokrasi.errors import InvalidValueError
from birokrasi.hukum import SE_MENPANRB_3_2023, Aturan, Dasar, Keyakinan
from birokrasi.kinerja.predikat import Rating
from birokrasi.pesan import pembuat_templat

__all__ = [
    "ATURAN",
    "ATURAN_RATING_PIMPINAN",
    "PEMETAAN_RATING_PIMPINAN",
    "PredikatOrganisasi",
    "rating_hasil_kerja_pimpinan",
]


class PredikatOrganisasi(Berperingkat):
    """The predikat kinerja of an organisational unit (capaian kinerja organisasi), set by
    the leader one level up (SE MenPANRB 3/2023, step 1); Istimewa is best.

    >>> PredikatOrganisasi.parse("Cukup") is PredikatOrganisasi.BUTUH_PERBAIKAN
    True
    """

    ISTIMEWA = ("Istimewa", "Outstanding", 5)
    BAIK = ("Baik", "Good", 4)
    BUTUH_PERBAIKAN = ("Butuh Perbaikan", "Needs improvement", 3)
    KURANG = ("Kurang", "Poor", 2)
    SANGAT_KURANG = ("Sangat Kurang", "Very poor", 1)


pasang_varian(
    PredikatOrganisasi,
    {
        "Cukup": "BUTUH_PERBAIKAN",
        "Butuh Perbaikan (Cukup)": "BUTUH_PERBAIKAN",
        "Butuh Perbaikan/Cukup": "BUTUH_PERBAIKAN",
        "Cukup/Butuh Perbaikan": "BUTUH_PERBAIKAN",
    },
)


_PIMPINAN = SE_MENPANRB_3_2023.ditetapkan

ATURAN_RATING_PIMPINAN = Aturan(
    kode="KIN-RATING-01",
    uraian=(
        "Apabila pegawai yang dievaluasi adalah pimpinan unit, capaian kinerja organisasi yang "
        "dipimpinnya ditetapkan sebagai rating hasil kerjanya."
    ),
    summary="A unit leader's rating hasil kerja follows the unit's predikat organisasi.",
    dasar=Dasar(
        SE_MENPANRB_3_2023,
        bagian="tahap penetapan predikat kinerja pegawai",
        keyakinan=Keyakinan.SEKUNDER,
        kutipan=(
            "Apabila pimpinan organisasi adalah pegawai yang dievaluasi, maka capaian kinerja "
            "satuan organisasi yang dipimpin ditetapkan sebagai rating hasil kerja pegawai yang "
            "bersangkutan."
        ),
        sumber=(
            "postingnews.id/amp/11905/aturan-baru-pns-tidak-bisa-lagi-kerja-santai-sudah-mulai-"
            "dalam-pengawasan-ketat/16 (news reporting the SE; audit S3, also S2)"
        ),
    ),
    dasar_lain=(
        Dasar(
            SE_MENPANRB_3_2023,
            bagian="tahap penetapan predikat kinerja pegawai",
            keyakinan=Keyakinan.TIDAK_PASTI,
            tafsiran=(
                "How five organisation levels map onto three ratings is not stated. Default "
                "mapping: Istimewa -> Di Atas Ekspektasi, Baik -> Sesuai Ekspektasi, the lower "
                "three -> Di Bawah Ekspektasi (parameter pemetaan)."
            ),
        ),
    ),
    berlaku_sejak=_PIMPINAN,
)

PEMETAAN_RATING_PIMPINAN: Mapping[PredikatOrganisasi, Rating] = types.MappingProxyType(
    {
        PredikatOrganisasi.ISTIMEWA: Rating.DI_ATAS_EKSPEKTASI,
        PredikatOrganisasi.BAIK: Rating.SESUAI_EKSPEKTASI,
        PredikatOrganisasi.BUTUH_PERBAIKAN: Rating.DI_BAWAH_EKSPEKTASI,
        PredikatOrganisasi.KURANG: Rating.DI_BAWAH_EKSPEKTASI,
        PredikatOrganisasi.SANGAT_KURANG: Rating.DI_BAWAH_EKSPEKTASI,
    }
)
"""The default mapping of KIN-RATING-01 (an interpretation, TIDAK_PASTI)."""

ATURAN: tuple[Aturan, ...] = (ATURAN_RATING_PIMPINAN,)


def rating_hasil_kerja_pimpinan(
    predikat_organisasi: PredikatOrganisasi,
    *,
    pemetaan: Mapping[PredikatOrganisasi, Rating] | None = None,
    tanggal: dt.date | None = None,
) -> Rating:
    """A unit leader's rating hasil kerja from the unit's predikat organisasi (KIN-RATING-01),
    read from ``pemetaan`` (``None``: the library's :data:`PEMETAAN_RATING_PIMPINAN`).

    ``tanggal``, when given, is checked against the rule's window (from 31 January 2023).

    >>> rating_hasil_kerja_pimpinan(PredikatOrganisasi.BAIK).label
    'Sesuai Ekspektasi'
    """
    v.pastikan_tipe("predikat_organisasi", predikat_organisasi, PredikatOrganisasi)
    if pemetaan is None:
        pemetaan = PEMETAAN_RATING_PIMPINAN
    elif pemetaan is not PEMETAAN_RATING_PIMPINAN:
        v.pastikan_tipe("pemetaan", pemetaan, Mapping)
        for po in PredikatOrganisasi:
            if po not in pemetaan:
                raise InvalidValueError(_TANPA_RATING(predikat_organisasi=po))
            v.pastikan_tipe(f"pemetaan[{po.name}]", pemetaan[po], Rating)
    if tanggal is not None:
        v.pastikan_tipe("tanggal", tanggal, dt.date)
        ATURAN_RATING_PIMPINAN.pastikan_berlaku(tanggal)
    return pemetaan[predikat_organisasi]


_t = pembuat_templat(__name__)
_TANPA_RATING = _t("KIN-RATING-01/tanpa-rating", "pemetaan: no rating for {predikat_organisasi}")
