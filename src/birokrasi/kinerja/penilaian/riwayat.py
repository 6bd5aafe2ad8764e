"""The append-only record of evaluations (:class:`RiwayatPenilaian`): a re-rating, for example
after a keberatan, supersedes an earlier
:class:`~birokrasi.kinerja.penilaian.evaluasi.PenilaianKinerja` and never erases it (PP 30/2019
Pasal 59 ayat (4), rule ``KIN-EVAL-06``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping

import attrs

from birokrasi import _validasi as v
from birokrasi.errors import InvalidTypeError, InvalidValueError, NotFoundError
from birokrasi.hukum import PP_30_2019, Aturan, Dasar, Keyakinan
from birokrasi.kinerja.penilaian.evaluasi import JenisEvaluasi, PenilaianKinerja
from birokrasi.kinerja.predikat import Predikat
from birokrasi.pesan import pembuat_templat
from birokrasi.struktur.nip import NIP, _nip_argumen

__all__ = [
    "ATURAN",
    "ATURAN_PENGGANTIAN",
    "PemilihTahunan",
    "RiwayatPenilaian",
    "evaluasi_tahunan",
]

DASAR_UBAH_HASIL = Dasar(
    PP_30_2019,
    pasal="59",
    ayat="4",
    keyakinan=Keyakinan.TERVERIFIKASI,
    kutipan=(
        "Berdasarkan penjelasan sebagaimana dimaksud pada ayat (3), atasan dari Pejabat "
        "Penilai Kinerja PNS dapat mengubah dan menetapkan hasil penilaian kinerja serta "
        "bersifat final."
    ),
    sumber=(
        "fliphtml5.com/czets/hubi/PP_No.30_Tahun_2019_Tentang_Penilaian_Kinerja_Pegawai_"
        "Negeri_Sipil/30 (audit S20)"
    ),
)
"""PP 30/2019 Pasal 59 ayat (4): the atasan of the Pejabat Penilai Kinerja may change the
result, finally; cited by KIN-EVAL-06 here and KIN-KEBERATAN-02."""

ATURAN_PENGGANTIAN = Aturan(
    kode="KIN-EVAL-06",
    uraian=(
        "Hasil evaluasi yang diubah (antara lain atas keberatan) menggantikan hasil sebelumnya "
        "tanpa menghapusnya."
    ),
    summary=(
        "A re-rating supersedes an earlier evaluation of the same pegawai, SKP, kind and "
        "period; the earlier one stays on record and can be superseded only once."
    ),
    dasar=DASAR_UBAH_HASIL,
    dasar_lain=(
        Dasar(
            PP_30_2019,
            pasal="59",
            ayat="4",
            keyakinan=Keyakinan.TIDAK_PASTI,
            tafsiran=(
                "Ayat (4) gives the power to change a result, and makes the change final; how "
                "the change is recorded is the library's: the new evaluation supersedes the "
                "earlier one, which stays on record, and a result can be superseded only once."
            ),
        ),
    ),
)

ATURAN: tuple[Aturan, ...] = (ATURAN_PENGGANTIAN,)


PemilihTahunan = Callable[[Iterable[PenilaianKinerja]], Mapping[int, PenilaianKinerja]]
"""A rule choosing, per performance year, the annual evaluation that gives its predikat."""


def evaluasi_tahunan(evaluasi: Iterable[PenilaianKinerja]) -> dict[int, PenilaianKinerja]:
    """Per performance year, the annual evaluation that gives the year's predikat
    (KIN-EVAL-02): the one whose period ends last, the later-dated one on a tie (so a
    re-rating wins over the rating it replaces). Periodic evaluations are ignored."""
    v.pastikan_iterabel("evaluasi", evaluasi, "Iterable[PenilaianKinerja]")
    terakhir: dict[int, PenilaianKinerja] = {}
    for i, p in enumerate(evaluasi):
        v.pastikan_tipe(f"evaluasi[{i}]", p, PenilaianKinerja)
        if p.jenis is not JenisEvaluasi.TAHUNAN:
            continue
        lama = terakhir.get(p.tahun)
        if lama is None or (p.periode.selesai, p.tanggal) >= (lama.periode.selesai, lama.tanggal):
            terakhir[p.tahun] = p
    return terakhir


@attrs.frozen
class RiwayatPenilaian:
    """The append-only record of evaluations (any number of pegawai). :meth:`tambah` returns a
    new record; a re-rating names the evaluation it supersedes, which stays on record.

    Indexes are built once: lookups by kode are O(1), by pegawai O(k) in their evaluations.
    """

    isi: tuple[PenilaianKinerja, ...] = attrs.field(
        default=(), converter=v.KeTuple[PenilaianKinerja], validator=v.tuple_of(PenilaianKinerja)
    )
    _per_kode: dict[str, PenilaianKinerja] = attrs.field(init=False, eq=False, repr=False)
    _pengganti: dict[str, str] = attrs.field(init=False, eq=False, repr=False)
    _per_nip: dict[str, tuple[PenilaianKinerja, ...]] = attrs.field(
        init=False, eq=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        per_kode: dict[str, PenilaianKinerja] = {}
        pengganti: dict[str, str] = {}
        per_nip: dict[str, list[PenilaianKinerja]] = {}
        for i, p in enumerate(self.isi):
            if p.kode in per_kode:
                raise InvalidValueError(_KODE_GANDA(index=i, kode=repr(p.kode)))
            if p.menggantikan is not None:
                self._pastikan_pengganti(i, p, per_kode, pengganti)
                pengganti[p.menggantikan] = p.kode
            per_kode[p.kode] = p
            per_nip.setdefault(str(p.pegawai.nip), []).append(p)
        object.__setattr__(self, "_per_kode", per_kode)
        object.__setattr__(self, "_pengganti", pengganti)
        object.__setattr__(self, "_per_nip", {k: tuple(x) for k, x in per_nip.items()})

    @staticmethod
    def _pastikan_pengganti(
        i: int,
        baru: PenilaianKinerja,
        per_kode: dict[str, PenilaianKinerja],
        pengganti: dict[str, str],
    ) -> None:
        lama = per_kode.get(baru.menggantikan or "")
        if lama is None:
            raise InvalidValueError(_BUKAN_SEBELUMNYA(index=i, kode=repr(baru.menggantikan)))
        if lama.kode in pengganti:
            raise InvalidValueError(
                _SUDAH_DIGANTIKAN(index=i, kode=lama.kode, pengganti=pengganti[lama.kode])
            )
        sama = (lama.pegawai.nip, lama.skp, lama.jenis, lama.periode) == (
            baru.pegawai.nip,
            baru.skp,
            baru.jenis,
            baru.periode,
        )
        if not sama:
            raise InvalidValueError(_TIDAK_SAMA(index=i, kode=baru.kode, lama=lama.kode))
        if baru.tanggal < lama.tanggal:
            raise InvalidValueError(
                _LEBIH_AWAL(index=i, kode=baru.kode, tanggal=baru.tanggal, lama=lama.tanggal)
            )

    def tambah(self, penilaian: PenilaianKinerja) -> RiwayatPenilaian:
        """A new record with ``penilaian`` appended."""
        v.pastikan_tipe("penilaian", penilaian, PenilaianKinerja)
        return RiwayatPenilaian((*self.isi, penilaian))

    def cari(self, kode: str) -> PenilaianKinerja:
        """The evaluation with this kode, or :class:`~birokrasi.errors.NotFoundError`."""
        v.pastikan_tipe("kode", kode, str)
        try:
            return self._per_kode[kode]
        except KeyError:
            raise NotFoundError(_TIDAK_DITEMUKAN(kode=repr(kode))) from None

    def digantikan_oleh(self, kode: str) -> PenilaianKinerja | None:
        """The evaluation that supersedes ``kode``, or ``None`` if it still stands."""
        self.cari(kode)
        baru = self._pengganti.get(kode)
        return None if baru is None else self._per_kode[baru]

    def berlaku(self) -> Iterator[PenilaianKinerja]:
        """Every evaluation that has not been superseded, in record order."""
        return (p for p in self.isi if p.kode not in self._pengganti)

    def milik(self, nip: NIP | str) -> tuple[PenilaianKinerja, ...]:
        """Every evaluation (superseded included) of pegawai ``nip``, in record order."""
        return self._per_nip.get(str(_nip_argumen("nip", nip)), ())

    def tahunan(
        self, nip: NIP | str, tahun: int, *, pilih: PemilihTahunan | None = None
    ) -> PenilaianKinerja | None:
        """The annual predikat of ``nip`` for ``tahun`` (KIN-EVAL-02): by default the standing
        annual evaluation whose period ends last (:func:`evaluasi_tahunan`); an agency that
        reads the regulation differently passes its own ``pilih``. ``None`` when the year has
        none."""
        v.pastikan_tipe("tahun", tahun, int)
        berlaku = [p for p in self.milik(nip) if p.kode not in self._pengganti]
        if pilih is None:
            return evaluasi_tahunan(berlaku).get(tahun)
        return _pilihan(pilih, berlaku, tahun)

    def predikat_unit(
        self, nips: Iterable[NIP | str], tahun: int, *, pilih: PemilihTahunan | None = None
    ) -> tuple[tuple[str, Predikat], ...]:
        """(NIP, annual predikat) of each of ``nips`` that has one for ``tahun``, for a
        distribution check of their unit; ``pilih`` as in :meth:`tahunan`."""
        v.pastikan_iterabel("nips", nips, "Iterable[NIP | str]")
        hasil: list[tuple[str, Predikat]] = []
        for nip in nips:
            p = self.tahunan(nip, tahun, pilih=pilih)
            if p is not None:
                hasil.append((str(nip), p.predikat))
        return tuple(hasil)


def _pilihan(pilih: object, berlaku: list[PenilaianKinerja], tahun: int) -> PenilaianKinerja | None:
    """What an agency's ``pilih`` gives for ``tahun``, checked: a function returning a
    mapping of year to evaluation."""
    if not callable(pilih):
        raise InvalidTypeError(_PILIH_BUKAN_FUNGSI(diberikan=v.describe(pilih)))
    terpilih = pilih(berlaku)
    if not isinstance(terpilih, Mapping):
        raise InvalidTypeError(_PILIH_BUKAN_PEMETAAN(diberikan=v.describe(terpilih)))
    hasil = terpilih.get(tahun)
    v.pastikan_tipe(f"pilih(...)[{v.render(tahun)}]", hasil, PenilaianKinerja, type(None))
    return hasil


_t = pembuat_templat(__name__)
_KODE_GANDA = _t(
    "RIWAYAT-PENILAIAN/kode-ganda", "RiwayatPenilaian.isi[{index}]: kode {kode} used twice"
)
_BUKAN_SEBELUMNYA = _t(
    "KIN-EVAL-06/bukan-evaluasi-sebelumnya",
    "RiwayatPenilaian.isi[{index}].menggantikan: {kode} is not an earlier evaluation (KIN-EVAL-06)",
)
_SUDAH_DIGANTIKAN = _t(
    "KIN-EVAL-06/sudah-digantikan",
    "RiwayatPenilaian.isi[{index}].menggantikan: {kode} was already superseded by {pengganti} "
    "(KIN-EVAL-06)",
)
_TIDAK_SAMA = _t(
    "KIN-EVAL-06/tidak-sama",
    "RiwayatPenilaian.isi[{index}].menggantikan: {kode} must evaluate the same pegawai, SKP, kind "
    "and period as {lama} (KIN-EVAL-06)",
)
_LEBIH_AWAL = _t(
    "KIN-EVAL-06/lebih-awal",
    "RiwayatPenilaian.isi[{index}].menggantikan: {kode} is dated before the evaluation it "
    "supersedes ({tanggal}, before {lama})",
)
_TIDAK_DITEMUKAN = _t(
    "RIWAYAT-PENILAIAN/tidak-ditemukan", "RiwayatPenilaian: no evaluation with kode {kode}"
)
_PILIH_BUKAN_FUNGSI = _t(
    "RIWAYAT-PENILAIAN/pilih-bukan-fungsi", "pilih: expected a function, got {diberikan}"
)
_PILIH_BUKAN_PEMETAAN = _t(
    "RIWAYAT-PENILAIAN/pilih-bukan-pemetaan",
    "pilih: must return a mapping of year to PenilaianKinerja, returned {diberikan}",
)
