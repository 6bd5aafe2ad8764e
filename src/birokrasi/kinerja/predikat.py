"""Ratings, predikat and the kuadran kinerja of PermenPANRB 6/2022.

The Pejabat Penilai Kinerja gives two ratings, one for hasil kerja and one for perilaku kerja
(:class:`Rating`); the employee's :class:`Predikat` is read off the 3x3 kuadran kinerja
(:func:`predikat_kinerja`, rule ``KIN-PREDIKAT-01``). The table is precomputed data, so the
per-call path is one dictionary lookup; :func:`predikat_kinerja_banyak` maps many pairs.
"""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Iterable, Mapping

import attrs

from birokrasi import _validasi as v
from birokrasi._enum import Berperingkat, pasang_varian
from birokrasi.errors import InvalidTypeError, InvalidValueError
from birokrasi.hukum import PERMENPANRB_6_2022, Aturan, Dasar, Keyakinan
from birokrasi.pesan import Pesan, Templat, pembuat_templat

__all__ = [
    "ATURAN",
    "ATURAN_KUADRAN",
    "KUADRAN",
    "PenjelasanPredikat",
    "Predikat",
    "Rating",
    "jelaskan_predikat",
    "pasangan_rating",
    "predikat_kinerja",
    "predikat_kinerja_banyak",
]


class Rating(Berperingkat):
    """A rating of hasil kerja or perilaku kerja against the agreed ekspektasi.

    >>> Rating.DI_ATAS_EKSPEKTASI > Rating.SESUAI_EKSPEKTASI
    True
    >>> Rating.parse("diatas ekspektasi").label
    'Di Atas Ekspektasi'
    """

    DI_ATAS_EKSPEKTASI = ("Di Atas Ekspektasi", "Above expectations", 3)
    SESUAI_EKSPEKTASI = ("Sesuai Ekspektasi", "Meets expectations", 2)
    DI_BAWAH_EKSPEKTASI = ("Di Bawah Ekspektasi", "Below expectations", 1)


pasang_varian(
    Rating,
    {
        "Di Atas": "DI_ATAS_EKSPEKTASI",
        "Sesuai": "SESUAI_EKSPEKTASI",
        "Di Bawah": "DI_BAWAH_EKSPEKTASI",
        # SIASN's perilakuDanKinerja reference list spells it without the k.
        "Diatas Espektasi": "DI_ATAS_EKSPEKTASI",
        "Sesuai Espektasi": "SESUAI_EKSPEKTASI",
        "Dibawah Espektasi": "DI_BAWAH_EKSPEKTASI",
    },
)


class Predikat(Berperingkat):
    """The predikat kinerja pegawai, Sangat Baik (best) to Sangat Kurang.

    >>> Predikat.KURANG.label
    'Kurang/Misconduct'
    >>> Predikat.parse("Butuh Perbaikan (Cukup)") is Predikat.BUTUH_PERBAIKAN
    True
    """

    SANGAT_BAIK = ("Sangat Baik", "Very good", 5)
    BAIK = ("Baik", "Good", 4)
    BUTUH_PERBAIKAN = ("Butuh Perbaikan", "Needs improvement", 3)
    KURANG = ("Kurang/Misconduct", "Poor/Misconduct", 2)
    SANGAT_KURANG = ("Sangat Kurang", "Very poor", 1)


pasang_varian(
    Predikat,
    {
        "Cukup": "BUTUH_PERBAIKAN",
        "Butuh Perbaikan (Cukup)": "BUTUH_PERBAIKAN",
        "Butuh Perbaikan/Cukup": "BUTUH_PERBAIKAN",
        "Cukup/Butuh Perbaikan": "BUTUH_PERBAIKAN",
        "Kurang": "KURANG",
        "Kurang / Misconduct": "KURANG",
        "Kurang (Misconduct)": "KURANG",
        "Misconduct": "KURANG",
    },
)


ATURAN_KUADRAN = Aturan(
    kode="KIN-PREDIKAT-01",
    uraian=(
        "Predikat kinerja pegawai ditetapkan berdasarkan kuadran kinerja dari rating hasil "
        "kerja dan rating perilaku kerja."
    ),
    summary="The employee's predikat is read off the 3x3 kuadran of the two ratings.",
    dasar=Dasar(
        PERMENPANRB_6_2022,
        lampiran="kuadran kinerja pegawai",
        keyakinan=Keyakinan.SEKUNDER,
        tafsiran=(
            "The Lampiran figure was not read; the 3x3 table is the one found identical in "
            "six or more independent e-kinerja code bases and in agency forms."
        ),
    ),
    dasar_lain=(
        Dasar(
            PERMENPANRB_6_2022,
            pasal="1",
            bagian="definisi Evaluasi Kinerja Periodik dan Tahunan (berdasarkan kuadran kinerja)",
            keyakinan=Keyakinan.SEKUNDER,
            tafsiran=(
                "6/2022 governs performance year 2022 onward; July-December 2021 was scored "
                "numerically under PermenPANRB 8/2021 (digest section 11), so the kuadran's "
                "window opens on 1 January 2022."
            ),
        ),
    ),
    berlaku_sejak=dt.date(2022, 1, 1),
)

_R = Rating
_P = Predikat
_KUADRAN: dict[tuple[Rating, Rating], Predikat] = {
    # (rating hasil kerja, rating perilaku kerja): predikat
    (_R.DI_ATAS_EKSPEKTASI, _R.DI_ATAS_EKSPEKTASI): _P.SANGAT_BAIK,
    (_R.DI_ATAS_EKSPEKTASI, _R.SESUAI_EKSPEKTASI): _P.BAIK,
    (_R.DI_ATAS_EKSPEKTASI, _R.DI_BAWAH_EKSPEKTASI): _P.KURANG,
    (_R.SESUAI_EKSPEKTASI, _R.DI_ATAS_EKSPEKTASI): _P.BAIK,
    (_R.SESUAI_EKSPEKTASI, _R.SESUAI_EKSPEKTASI): _P.BAIK,
    (_R.SESUAI_EKSPEKTASI, _R.DI_BAWAH_EKSPEKTASI): _P.KURANG,
    (_R.DI_BAWAH_EKSPEKTASI, _R.DI_ATAS_EKSPEKTASI): _P.BUTUH_PERBAIKAN,
    (_R.DI_BAWAH_EKSPEKTASI, _R.SESUAI_EKSPEKTASI): _P.BUTUH_PERBAIKAN,
    (_R.DI_BAWAH_EKSPEKTASI, _R.DI_BAWAH_EKSPEKTASI): _P.SANGAT_KURANG,
}

KUADRAN: Mapping[tuple[Rating, Rating], Predikat] = types.MappingProxyType(_KUADRAN)
"""The kuadran kinerja (KIN-PREDIKAT-01): ``(hasil kerja, perilaku kerja) → Predikat``."""

ATURAN: tuple[Aturan, ...] = (ATURAN_KUADRAN,)


def _tolak(hasil_kerja: object, perilaku_kerja: object, awalan: str = "") -> InvalidTypeError:
    """The error for a pair that is not two :class:`Rating` values, naming the argument."""
    for nama, nilai in (("hasil_kerja", hasil_kerja), ("perilaku_kerja", perilaku_kerja)):
        if type(nilai) is not Rating:
            return InvalidTypeError(_BUKAN_RATING(nama=awalan + nama, diberikan=v.describe(nilai)))
    raise AssertionError("unreachable: both values are ratings")  # pragma: no cover


def pasangan_rating(predikat: Predikat) -> tuple[tuple[Rating, Rating], ...]:
    """Every ``(hasil kerja, perilaku kerja)`` pair the kuadran maps to ``predikat``
    (KIN-PREDIKAT-01), best pairs first: what a rater must give for that predikat, e.g. when
    :func:`~birokrasi.kinerja.penilaian.usulan.usulkan_distribusi` proposes one.

    >>> [(h.name, p.name) for h, p in pasangan_rating(Predikat.BUTUH_PERBAIKAN)]
    [('DI_BAWAH_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'), ('DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI')]
    """
    v.pastikan_tipe("predikat", predikat, Predikat)
    return tuple(
        (hasil, perilaku)
        for hasil in Rating
        for perilaku in Rating
        if _KUADRAN[hasil, perilaku] is predikat
    )


def predikat_kinerja(hasil_kerja: Rating, perilaku_kerja: Rating) -> Predikat:
    """The predikat for a pair of ratings, from the kuadran kinerja (KIN-PREDIKAT-01).

    >>> predikat_kinerja(Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI).label
    'Kurang/Misconduct'
    """
    try:
        return _KUADRAN[hasil_kerja, perilaku_kerja]
    except (KeyError, TypeError):
        raise _tolak(hasil_kerja, perilaku_kerja) from None


def predikat_kinerja_banyak(pasangan: Iterable[tuple[Rating, Rating]]) -> list[Predikat]:
    """The predikat for many ``(hasil kerja, perilaku kerja)`` pairs (KIN-PREDIKAT-01).

    Batch form for large data sets: one lookup per pair; a bad pair raises an error naming
    its index.

    >>> [p.name for p in predikat_kinerja_banyak([(Rating.DI_ATAS_EKSPEKTASI,) * 2])]
    ['SANGAT_BAIK']
    """
    v.pastikan_iterabel("pasangan", pasangan, "Iterable[tuple[Rating, Rating]]")
    daftar = pasangan if isinstance(pasangan, list | tuple) else list(pasangan)
    try:
        return [_KUADRAN[p] for p in daftar]
    except (KeyError, TypeError):
        pass
    for index, pair in enumerate(daftar):
        if type(pair) is not tuple or len(pair) != 2:
            raise InvalidTypeError(_BUKAN_PASANGAN(index=index, diberikan=v.describe(pair)))
        if type(pair[0]) is not Rating or type(pair[1]) is not Rating:
            raise _tolak(pair[0], pair[1], f"pasangan[{index}].")
    raise AssertionError("unreachable: every pair was valid")  # pragma: no cover


def _ke_aturan_kuadran(value: Aturan | None) -> Aturan:
    return ATURAN_KUADRAN if value is None else value


@attrs.frozen
class PenjelasanPredikat:
    """A predikat with its reasons: the two ratings, the rule applied (``None``:
    :data:`ATURAN_KUADRAN`) and its citation."""

    predikat: Predikat = attrs.field(validator=v.instance_of(Predikat))
    hasil_kerja: Rating = attrs.field(validator=v.instance_of(Rating))
    perilaku_kerja: Rating = attrs.field(validator=v.instance_of(Rating))
    aturan: Aturan = attrs.field(
        default=None, converter=_ke_aturan_kuadran, validator=v.instance_of(Aturan)
    )

    def __attrs_post_init__(self) -> None:
        if _KUADRAN[self.hasil_kerja, self.perilaku_kerja] is not self.predikat:
            raise InvalidValueError(
                _TIDAK_SESUAI_KUADRAN(
                    predikat=self.predikat,
                    hasil_kerja=self.hasil_kerja,
                    perilaku_kerja=self.perilaku_kerja,
                    kode=self.aturan.kode,
                )
            )

    @property
    def dasar(self) -> Dasar:
        """The citation of the rule applied."""
        return self.aturan.dasar

    @property
    def alasan(self) -> Pesan:
        """Why the kuadran gives this predikat, in words (the rows of the kuadran that give it)."""
        return _ALASAN[self.predikat]()

    @property
    def pesan(self) -> Pesan:
        """The explanation as data: the predikat, the two ratings, :attr:`alasan`, the rule's
        kode and its citation (cited once)."""
        return _PENJELASAN(
            predikat=self.predikat,
            hasil_kerja=self.hasil_kerja,
            perilaku_kerja=self.perilaku_kerja,
            alasan=self.alasan,
            kode=self.aturan.kode,
            dasar=str(self.dasar),
        )

    def teks(self, bahasa: str | None = None) -> str:
        """The explanation for display to the employee, in ``bahasa`` (``None``: the
        context's, Indonesian unless :func:`~birokrasi.pesan.pakai_bahasa` chose another)."""
        return self.pesan.teks(bahasa)

    def __str__(self) -> str:
        return self.teks()


def jelaskan_predikat(hasil_kerja: Rating, perilaku_kerja: Rating) -> PenjelasanPredikat:
    """:func:`predikat_kinerja` with its explanation (KIN-PREDIKAT-01).

    >>> j = jelaskan_predikat(Rating.DI_BAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI)
    >>> print(j)
    Predikat kinerja Butuh Perbaikan menurut kuadran kinerja: rating hasil kerja Di Bawah
    Ekspektasi dan rating perilaku kerja Sesuai Ekspektasi, yaitu hasil kerja di bawah
    ekspektasi, sedangkan perilaku kerja sesuai atau di atas ekspektasi. Dasar: PermenPANRB
    6/2022 Lampiran kuadran kinerja pegawai (KIN-PREDIKAT-01).
    >>> j.predikat.label, j.pesan.kode
    ('Butuh Perbaikan', 'KIN-PREDIKAT-01/penjelasan')
    """
    predikat = predikat_kinerja(hasil_kerja, perilaku_kerja)
    return PenjelasanPredikat(predikat, hasil_kerja, perilaku_kerja)


_t = pembuat_templat(__name__)
_BUKAN_RATING = _t("PREDIKAT/bukan-rating", "{nama}: expected Rating, got {diberikan}")
_BUKAN_PASANGAN = _t(
    "PREDIKAT/bukan-pasangan",
    "pasangan[{index}]: expected a (Rating, Rating) pair, got {diberikan}",
)
_TIDAK_SESUAI_KUADRAN = _t(
    "KIN-PREDIKAT-01/tidak-sesuai-kuadran",
    "PenjelasanPredikat.predikat: {predikat} does not follow from {hasil_kerja} x "
    "{perilaku_kerja} ({kode})",
)
_PENJELASAN = _t(
    "KIN-PREDIKAT-01/penjelasan",
    "Predikat kinerja {predikat} by the kuadran kinerja: rating hasil kerja {hasil_kerja} and "
    "rating perilaku kerja {perilaku_kerja}, that is {alasan}. Basis: {dasar} ({kode}).",
)
_ALASAN: Mapping[Predikat, Templat] = {
    Predikat.SANGAT_BAIK: _t(
        "KIN-PREDIKAT-01/alasan-sangat-baik",
        "hasil kerja and perilaku kerja both above expectations",
    ),
    Predikat.BAIK: _t(
        "KIN-PREDIKAT-01/alasan-baik",
        "hasil kerja and perilaku kerja both meeting or above expectations",
    ),
    Predikat.BUTUH_PERBAIKAN: _t(
        "KIN-PREDIKAT-01/alasan-butuh-perbaikan",
        "hasil kerja below expectations, while perilaku kerja meets or is above them",
    ),
    Predikat.KURANG: _t(
        "KIN-PREDIKAT-01/alasan-kurang",
        "perilaku kerja below expectations, while hasil kerja meets or is above them",
    ),
    Predikat.SANGAT_KURANG: _t(
        "KIN-PREDIKAT-01/alasan-sangat-kurang",
        "hasil kerja and perilaku kerja both below expectations",
    ),
}
