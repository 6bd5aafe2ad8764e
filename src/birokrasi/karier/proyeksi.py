"""A projection of a JF's angka kredit (:func:`proyeksi_kenaikan`): the earliest month the
AKK for kenaikan pangkat and jenjang is reached if every coming month earns the same predikat.
It applies no rule of its own: the amounts follow KAR-AK-02/03 (:mod:`.angka_kredit`) and the
thresholds KAR-AK-05 (:mod:`.tabel_ak`).
"""

from __future__ import annotations

import datetime as dt
import math
from fractions import Fraction

import attrs

from birokrasi import _validasi as v
from birokrasi.errors import OutOfWindowError
from birokrasi.karier.konversi import angka_kredit
from birokrasi.karier.saldo import PosisiAngkaKredit
from birokrasi.karier.tabel_ak import TabelAngkaKredit, akk_kenaikan_jenjang, akk_kenaikan_pangkat
from birokrasi.kinerja.predikat import Predikat
from birokrasi.pesan import Templat, pembuat_templat

__all__ = [
    "ProyeksiKenaikan",
    "proyeksi_kenaikan",
]


@attrs.frozen
class ProyeksiKenaikan:
    """When the AKK thresholds are first reached if every coming month earns ``predikat``:
    the last day of that month, or ``None`` (no threshold, or already reached: see
    ``sudah_*``). Only the angka kredit is projected; the other conditions are checked by
    :func:`~birokrasi.karier.kenaikan.periksa_kenaikan_pangkat` and
    :func:`~birokrasi.karier.kenaikan.periksa_kenaikan_jenjang`."""

    predikat: Predikat
    per_bulan: Fraction
    kenaikan_pangkat: dt.date | None
    kenaikan_jenjang: dt.date | None
    sudah_pangkat: bool
    sudah_jenjang: bool


def _akhir_bulan(tanggal: dt.date, tambah: int, lewat: Templat) -> dt.date:
    """The last day of the month ``tambah`` months after that of ``tanggal``;
    :class:`~birokrasi.errors.OutOfWindowError` past the calendar's last day."""
    akhir = v.geser_tanggal(tanggal.replace(day=1), bulan=tambah + 1, hari=-1)
    if akhir is None:
        raise OutOfWindowError(lewat(tanggal=dt.date.max))
    return akhir


def _bulan_ke(kurang: Fraction, per_bulan: Fraction) -> int:
    return max(1, math.ceil(kurang / per_bulan))


def proyeksi_kenaikan(
    posisi: PosisiAngkaKredit, predikat: Predikat, *, tabel: TabelAngkaKredit | None = None
) -> ProyeksiKenaikan:
    """Project ``posisi`` forward month by month from the month after ``posisi.tanggal``,
    assuming ``predikat`` every month (KAR-AK-03, KAR-AK-05).

    >>> from birokrasi.karier.saldo import SaldoAwal, posisi_angka_kredit
    >>> from birokrasi.struktur import Golongan, Jenjang
    >>> awal = SaldoAwal(dt.date(2024, 1, 1), Jenjang.AHLI_PERTAMA, Golongan.III_A)
    >>> p = proyeksi_kenaikan(posisi_angka_kredit([awal], tanggal=dt.date(2024, 12, 31)),
    ...                       Predikat.BAIK)
    >>> p.kenaikan_pangkat, p.kenaikan_jenjang
    (datetime.date(2028, 12, 31), datetime.date(2032, 12, 31))
    """
    v.pastikan_tipe("posisi", posisi, PosisiAngkaKredit)
    v.pastikan_tipe("predikat", predikat, Predikat)
    per_bulan = angka_kredit(posisi.jenjang, predikat, bulan=1, tanggal=posisi.tanggal, tabel=tabel)
    akk_p = akk_kenaikan_pangkat(posisi.jenjang, tanggal=posisi.tanggal, tabel=tabel)
    akk_j = akk_kenaikan_jenjang(posisi.jenjang, tanggal=posisi.tanggal, tabel=tabel)
    sudah_p = posisi.angka_kredit_pangkat >= akk_p
    kp = None
    if not sudah_p:
        kurang = akk_p - posisi.angka_kredit_pangkat
        kp = _akhir_bulan(posisi.tanggal, _bulan_ke(kurang, per_bulan), _LEWAT_KALENDER_PANGKAT)
    sudah_j = akk_j is not None and posisi.angka_kredit_jenjang >= akk_j
    kj = None
    if akk_j is not None and not sudah_j:
        kurang = akk_j - posisi.angka_kredit_jenjang
        kj = _akhir_bulan(posisi.tanggal, _bulan_ke(kurang, per_bulan), _LEWAT_KALENDER_JENJANG)
    return ProyeksiKenaikan(predikat, per_bulan, kp, kj, sudah_p, sudah_j)


_t = pembuat_templat(__name__)
_LEWAT_KALENDER_PANGKAT = _t(
    "PROYEKSI-AK/lewat-kalender-pangkat",
    "posisi: at this rate the AKK for kenaikan pangkat is reached after {tanggal}, the "
    "calendar's last day",
)
_LEWAT_KALENDER_JENJANG = _t(
    "PROYEKSI-AK/lewat-kalender-jenjang",
    "posisi: at this rate the AKK for kenaikan jenjang is reached after {tanggal}, the "
    "calendar's last day",
)
