"""The poor-performance chain, a follow-up of the evaluation (tindak lanjut), as a pure state
machine (:func:`status_kinerja_rendah`, KIN-TL-02 .. KIN-TL-05): a year of Kurang or Sangat
Kurang (JPT: also Butuh Perbaikan) opens a six-month improvement period, then uji kompetensi, a
move to another or a lower post and, for JA and JF without a vacancy, a temporary placement of at
most a year before dismissal with honour. Recognition (KIN-TL-01) is in
:mod:`birokrasi.kinerja.tindak_lanjut.penghargaan`, objections in
:mod:`birokrasi.kinerja.tindak_lanjut.keberatan`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

from birokrasi import _validasi as v
from birokrasi._enum import Berlabel
from birokrasi.errors import InvalidTypeError, InvalidValueError, OutOfWindowError
from birokrasi.hukum import PP_30_2019, UU_20_2023, Aturan, Dasar, Keyakinan
from birokrasi.kinerja.penilaian.evaluasi import JenisEvaluasi, PenilaianKinerja
from birokrasi.kinerja.predikat import Predikat
from birokrasi.pesan import Pesan, pembuat_templat

__all__ = [
    "ATURAN",
    "ATURAN_PEMBERHENTIAN",
    "ATURAN_PENEMPATAN_SEMENTARA",
    "ATURAN_PERBAIKAN",
    "ATURAN_UJI_KOMPETENSI",
    "JenisKejadian",
    "KejadianKinerja",
    "StatusKinerjaRendah",
    "TahapKinerjaRendah",
    "predikat_pemicu",
    "status_kinerja_rendah",
]

ATURAN_PERBAIKAN = Aturan(
    kode="KIN-TL-02",
    uraian=(
        "Pegawai yang tidak memenuhi target kinerja dengan predikat Kurang atau Sangat Kurang "
        "(JPT: juga Butuh Perbaikan) dalam 1 tahun diberi kesempatan 6 bulan untuk "
        "memperbaiki kinerjanya."
    ),
    summary=(
        "An annual predikat of Kurang or Sangat Kurang (for a JPT also Butuh Perbaikan) opens "
        "a six-month improvement period; a predikat above those ends the chain."
    ),
    dasar=Dasar(
        PP_30_2019,
        pasal="58",
        keyakinan=Keyakinan.SEKUNDER,
        tafsiran=(
            "The annual predikat stands for 'target not met in one year'; improvement means "
            "a predikat outside the trigger set at the end of the period (LAN book p.120; "
            "Peraturan BRIN 4/2025 Pasal 38A and PermenDesa 7/2024 Pasal 24 repeat the chain)."
        ),
    ),
    dasar_lain=(Dasar(PP_30_2019, pasal="57", keyakinan=Keyakinan.SEKUNDER),),
)

ATURAN_UJI_KOMPETENSI = Aturan(
    kode="KIN-TL-03",
    uraian=(
        "Tanpa perbaikan kinerja, pegawai mengikuti uji kompetensi kembali dan dipindahkan ke "
        "jabatan lain yang sesuai kompetensinya atau ke jabatan yang lebih rendah."
    ),
    summary=(
        "Without improvement the pegawai sits an uji kompetensi and is moved to a post "
        "matching their competence or to a lower post; no deadline was found."
    ),
    dasar=Dasar(PP_30_2019, pasal="58", keyakinan=Keyakinan.SEKUNDER),
    dasar_lain=(Dasar(PP_30_2019, pasal="57", keyakinan=Keyakinan.SEKUNDER),),
)

ATURAN_PENEMPATAN_SEMENTARA = Aturan(
    kode="KIN-TL-04",
    uraian=(
        "Bagi pejabat administrasi dan fungsional, jika tidak tersedia jabatan yang sesuai "
        "atau lebih rendah yang lowong, pegawai ditempatkan sementara paling lama 1 tahun."
    ),
    summary=(
        "For JA and JF with no suitable or lower vacancy: a temporary placement of at most one "
        "year (not for JPT)."
    ),
    dasar=Dasar(PP_30_2019, pasal="58", keyakinan=Keyakinan.SEKUNDER),
)

ATURAN_PEMBERHENTIAN = Aturan(
    kode="KIN-TL-05",
    uraian=(
        "Jika setelah penempatan sementara 1 tahun tetap tidak tersedia lowongan, pegawai "
        "diberhentikan dengan hormat tidak atas permintaan sendiri karena tidak berkinerja."
    ),
    summary=(
        "Still no vacancy once the temporary year is over: dismissal with honour, not at "
        "own request, for not performing."
    ),
    dasar=Dasar(
        UU_20_2023,
        pasal="52",
        ayat="3",
        huruf="f",
        keyakinan=Keyakinan.TERVERIFIKASI,
        kutipan=(
            "(3) Pemberhentian tidak atas permintaan sendiri bagi Pegawai ASN dilakukan apabila: "
            "... f. tidak berkinerja; ... (4) Pemberhentian Pegawai ASN karena sebab "
            "sebagaimana dimaksud pada ayat (3) huruf a, huruf g, huruf i, dan huruf j "
            "dikategorikan sebagai pemberhentian tidak dengan hormat."
        ),
        sumber="pasal.id/peraturan/uu/uu-no-20-tahun-2023/koreksi/8820536 (audit S23)",
        tafsiran=(
            "Pasal 52 ayat (4) lists the 'tidak dengan hormat' grounds without huruf f, so "
            "the dismissal is 'dengan hormat'. It is dated on or after the end of the "
            "temporary year (the library's reading of 'paling lama 1 tahun')."
        ),
    ),
    dasar_lain=(Dasar(PP_30_2019, pasal="58", keyakinan=Keyakinan.SEKUNDER),),
)

ATURAN: tuple[Aturan, ...] = (
    ATURAN_PERBAIKAN,
    ATURAN_UJI_KOMPETENSI,
    ATURAN_PENEMPATAN_SEMENTARA,
    ATURAN_PEMBERHENTIAN,
)


# -- the poor-performance chain -----------------------------------------------------------


class TahapKinerjaRendah(Berlabel):
    """The stage of the poor-performance chain (KIN-TL-02 .. KIN-TL-05)."""

    NORMAL = "Tidak dalam tindak lanjut kinerja rendah"
    PERBAIKAN = "Masa perbaikan kinerja 6 bulan"
    UJI_KOMPETENSI = "Menunggu uji kompetensi"
    PEMINDAHAN = "Menunggu pemindahan ke jabatan lain atau lebih rendah"
    PENEMPATAN_SEMENTARA = "Penempatan sementara paling lama 1 tahun"
    DIBERHENTIKAN = "Diberhentikan dengan hormat"


class JenisKejadian(Berlabel):
    """What happened on a date in the chain."""

    HASIL_TAHUNAN = "hasil evaluasi kinerja tahunan"
    HASIL_PERBAIKAN = "hasil evaluasi akhir masa perbaikan"
    UJI_KOMPETENSI = "uji kompetensi dilaksanakan"
    DIPINDAHKAN = "dipindahkan ke jabatan lain yang sesuai atau lebih rendah"
    TANPA_LOWONGAN = "tidak tersedia jabatan yang sesuai atau lebih rendah yang lowong"
    DIBERHENTIKAN = "diberhentikan dengan hormat"


_BERPREDIKAT = (JenisKejadian.HASIL_TAHUNAN, JenisKejadian.HASIL_PERBAIKAN)


@attrs.frozen
class KejadianKinerja:
    """A dated event of the chain; results carry their ``predikat``, other events none."""

    jenis: JenisKejadian = attrs.field(validator=v.instance_of(JenisKejadian))
    tanggal: dt.date = attrs.field(validator=v.instance_of(dt.date))
    predikat: Predikat | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Predikat))
    )

    def __attrs_post_init__(self) -> None:
        if (self.predikat is None) == (self.jenis in _BERPREDIKAT):
            templat = _PERLU_PREDIKAT if self.predikat is None else _TANPA_PREDIKAT
            raise InvalidValueError(templat(jenis=self.jenis.name))


@attrs.frozen
class StatusKinerjaRendah:
    """Where the chain stands on ``tanggal``: the stage and since when, the next step, its
    deadline (``None`` where no rule gives one) and the rule that applies."""

    tanggal: dt.date
    tahap: TahapKinerjaRendah
    sejak: dt.date | None
    langkah_berikut: str
    batas: dt.date | None
    aturan: Aturan

    @property
    def terlambat(self) -> bool:
        """Whether the deadline of the next step has passed on ``tanggal``."""
        return self.batas is not None and self.tanggal > self.batas


def predikat_pemicu(*, jpt: bool = False) -> frozenset[Predikat]:
    """The annual predikat that open the chain: Kurang and Sangat Kurang, for a JPT also
    Butuh Perbaikan (KIN-TL-02)."""
    v.pastikan_tipe("jpt", jpt, bool)
    dasar = {Predikat.KURANG, Predikat.SANGAT_KURANG}
    return frozenset(dasar | {Predikat.BUTUH_PERBAIKAN} if jpt else dasar)


_T = TahapKinerjaRendah
_K = JenisKejadian
_LANGKAH: dict[TahapKinerjaRendah, tuple[str, int | None, Aturan]] = {
    _T.NORMAL: ("tidak ada", None, ATURAN_PERBAIKAN),
    _T.PERBAIKAN: ("evaluasi hasil masa perbaikan kinerja", 6, ATURAN_PERBAIKAN),
    _T.UJI_KOMPETENSI: ("uji kompetensi kembali", None, ATURAN_UJI_KOMPETENSI),
    _T.PEMINDAHAN: (
        "pemindahan ke jabatan lain yang sesuai kompetensi atau jabatan lebih rendah",
        None,
        ATURAN_UJI_KOMPETENSI,
    ),
    _T.PENEMPATAN_SEMENTARA: (
        "pemindahan bila tersedia lowongan; bila tidak, pemberhentian dengan hormat",
        12,
        ATURAN_PENEMPATAN_SEMENTARA,
    ),
    _T.DIBERHENTIKAN: ("tidak ada (tahap akhir)", None, ATURAN_PEMBERHENTIAN),
}


def _kejadian(nilai: object, i: int) -> KejadianKinerja:
    if isinstance(nilai, KejadianKinerja):
        return nilai
    if isinstance(nilai, PenilaianKinerja) and nilai.jenis is JenisEvaluasi.TAHUNAN:
        return KejadianKinerja(_K.HASIL_TAHUNAN, nilai.tanggal, nilai.predikat)
    raise InvalidTypeError(_BUKAN_KEJADIAN(nama=f"kejadian[{i}]", diberikan=v.describe(nilai)))


def _langkah(
    tahap: TahapKinerjaRendah, sejak: dt.date | None, k: KejadianKinerja, i: int, jpt: bool
) -> TahapKinerjaRendah:
    """The stage after event ``k``; an event the stage does not allow raises, naming it."""
    pemicu = predikat_pemicu(jpt=jpt)
    if k.jenis is _K.HASIL_TAHUNAN and tahap is not _T.DIBERHENTIKAN:
        if tahap is _T.NORMAL and k.predikat in pemicu:
            return _T.PERBAIKAN
        return tahap  # an annual result during the chain is recorded, the chain goes on
    if tahap is _T.PERBAIKAN and k.jenis is _K.HASIL_PERBAIKAN:
        assert sejak is not None
        batas = v.geser_tanggal(sejak, bulan=6)
        if batas is None or k.tanggal < batas:
            raise InvalidValueError(
                _PERBAIKAN_BELUM_SELESAI(
                    nama=f"kejadian[{i}]", batas=_hari(batas), tanggal=k.tanggal
                )
            )
        return _T.UJI_KOMPETENSI if k.predikat in pemicu else _T.NORMAL
    if tahap is _T.UJI_KOMPETENSI and k.jenis is _K.UJI_KOMPETENSI:
        return _T.PEMINDAHAN
    if tahap in (_T.PEMINDAHAN, _T.PENEMPATAN_SEMENTARA) and k.jenis is _K.DIPINDAHKAN:
        return _T.NORMAL
    if tahap is _T.PEMINDAHAN and k.jenis is _K.TANPA_LOWONGAN and not jpt:
        return _T.PENEMPATAN_SEMENTARA
    if tahap is _T.PENEMPATAN_SEMENTARA and k.jenis is _K.DIBERHENTIKAN:
        assert sejak is not None
        batas = v.geser_tanggal(sejak, bulan=12)
        if batas is None or k.tanggal < batas:
            raise InvalidValueError(
                _PENEMPATAN_BELUM_SELESAI(nama=f"kejadian[{i}]", batas=_hari(batas))
            )
        return _T.DIBERHENTIKAN
    templat = _BUKAN_LANGKAH_JPT if jpt and k.jenis is _K.TANPA_LOWONGAN else _BUKAN_LANGKAH
    raise InvalidValueError(
        templat(nama=f"kejadian[{i}]", jenis=k.jenis.name, tanggal=k.tanggal, tahap=tahap.name)
    )


def status_kinerja_rendah(
    kejadian: Iterable[KejadianKinerja | PenilaianKinerja], *, tanggal: dt.date, jpt: bool = False
) -> StatusKinerjaRendah:
    """Fold a pegawai's dated events (in date order; annual evaluations count as
    ``HASIL_TAHUNAN``) up to ``tanggal``: the stage, the next step, its deadline and the rule
    (KIN-TL-02 .. KIN-TL-05). An event the current stage does not allow raises
    :class:`~birokrasi.errors.InvalidValueError`, so no stage can be skipped.

    >>> k = [KejadianKinerja(JenisKejadian.HASIL_TAHUNAN, dt.date(2025, 1, 15), Predikat.KURANG)]
    >>> s = status_kinerja_rendah(k, tanggal=dt.date(2025, 3, 1))
    >>> s.tahap.name, s.batas
    ('PERBAIKAN', datetime.date(2025, 7, 15))
    """
    v.pastikan_tipe("tanggal", tanggal, dt.date)
    v.pastikan_tipe("jpt", jpt, bool)
    v.pastikan_iterabel("kejadian", kejadian, "Iterable[KejadianKinerja | PenilaianKinerja]")
    tahap, sejak, terakhir = _T.NORMAL, None, None
    for i, item in enumerate(kejadian):
        k = _kejadian(item, i)
        if terakhir is not None and k.tanggal < terakhir:
            raise InvalidValueError(
                _TIDAK_URUT(nama=f"kejadian[{i}]", tanggal=k.tanggal, sebelumnya=terakhir)
            )
        terakhir = k.tanggal
        if k.tanggal > tanggal:
            break
        baru = _langkah(tahap, sejak, k, i, jpt)
        if baru is not tahap:
            tahap, sejak = baru, (None if baru is _T.NORMAL else k.tanggal)
    teks, bulan, aturan = _LANGKAH[tahap]
    batas = None if bulan is None or sejak is None else v.geser_tanggal(sejak, bulan=bulan)
    if bulan is not None and sejak is not None and batas is None:
        raise OutOfWindowError(
            _BATAS_LEWAT_KALENDER[aturan.kode](
                tahap=tahap.name, bulan=bulan, sejak=sejak, hari=_hari(None)
            )
        )
    return StatusKinerjaRendah(tanggal, tahap, sejak, teks, batas, aturan)


def _hari(tanggal: dt.date | None) -> dt.date | Pesan:
    """A date for a message; ``None`` is a day past the calendar's last."""
    if tanggal is None:
        return _LEWAT_KALENDER(akhir=dt.date.max)
    return tanggal


_t = pembuat_templat(__name__)
_PERLU_PREDIKAT = _t(
    "KINERJA-RENDAH/kejadian-perlu-predikat", "KejadianKinerja.predikat: {jenis} needs predikat"
)
_TANPA_PREDIKAT = _t(
    "KINERJA-RENDAH/kejadian-tanpa-predikat", "KejadianKinerja.predikat: {jenis} takes no predikat"
)
_BUKAN_KEJADIAN = _t(
    "KINERJA-RENDAH/bukan-kejadian",
    "{nama}: expected KejadianKinerja or an annual PenilaianKinerja, got {diberikan}",
)
_PERBAIKAN_BELUM_SELESAI = _t(
    "KIN-TL-02/perbaikan-belum-selesai",
    "{nama}: the improvement period runs to {batas}; it cannot be evaluated on {tanggal} "
    "(KIN-TL-02)",
)
_PENEMPATAN_BELUM_SELESAI = _t(
    "KIN-TL-05/penempatan-belum-selesai",
    "{nama}: the temporary placement runs to {batas}; no dismissal before (KIN-TL-05)",
)
_BUKAN_LANGKAH = _t(
    "KINERJA-RENDAH/bukan-langkah", "{nama}: {jenis} on {tanggal} is not a step from stage {tahap}"
)
_BUKAN_LANGKAH_JPT = _t(
    "KIN-TL-04/bukan-langkah-jpt",
    "{nama}: {jenis} on {tanggal} is not a step from stage {tahap} for a JPT",
)
_TIDAK_URUT = _t(
    "KINERJA-RENDAH/kejadian-tidak-urut",
    "{nama}: dated {tanggal}, before the previous event ({sebelumnya})",
)
_BATAS_LEWAT_KALENDER = {
    ATURAN_PERBAIKAN.kode: _t(
        "KIN-TL-02/batas-lewat-kalender",
        "kejadian: the deadline of stage {tahap}, {bulan} months after {sejak} (KIN-TL-02), "
        "falls on {hari}",
    ),
    ATURAN_PENEMPATAN_SEMENTARA.kode: _t(
        "KIN-TL-04/batas-lewat-kalender",
        "kejadian: the deadline of stage {tahap}, {bulan} months after {sejak} (KIN-TL-04), "
        "falls on {hari}",
    ),
}
_LEWAT_KALENDER = _t("KINERJA-RENDAH/lewat-kalender", "a day after {akhir}, the calendar's last")
