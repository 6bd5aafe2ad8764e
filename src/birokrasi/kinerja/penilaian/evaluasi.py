"""Evaluasi kinerja: the periodic and annual evaluation of one SKP (:class:`PenilaianKinerja`)
(the append-only record of evaluations is
:class:`~birokrasi.kinerja.penilaian.riwayat.RiwayatPenilaian`).

The Pejabat Penilai Kinerja reviews the documented results and behaviour over a period and
gives two ratings; the predikat is *derived* from them through the kuadran kinerja and is
never accepted from the caller (PermenPANRB 6/2022 Pasal 1 and Pasal 5 huruf c). A re-rating,
for example after a keberatan, supersedes the earlier evaluation and never erases it.
"""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Collection, Iterable, Iterator, Mapping

import attrs

from birokrasi import _validasi as v
from birokrasi._enum import Berlabel
from birokrasi.errors import AuthorityError, InvalidTypeError, InvalidValueError, NotFoundError
from birokrasi.hukum import (
    PERATURAN_BRIN_1_2023,
    PERMENPANRB_6_2022,
    PP_30_2019,
    SE_MENPANRB_3_2023,
    Aturan,
    Dasar,
    Keyakinan,
    Pelanggaran,
)
from birokrasi.kinerja.penilaian.capaian import (
    PEMETAAN_RATING_PIMPINAN,
    PredikatOrganisasi,
    rating_hasil_kerja_pimpinan,
)
from birokrasi.kinerja.perencanaan.skp import SKP, StatusSKP
from birokrasi.kinerja.predikat import ATURAN_KUADRAN, Predikat, Rating, predikat_kinerja
from birokrasi.periode import JenisPeriode, Periode, periodisasi
from birokrasi.pesan import Pesan, Pilihan, Templat, pembuat_templat
from birokrasi.struktur.nip import NIP
from birokrasi.struktur.organisasi import Instansi
from birokrasi.struktur.potret import (
    PotretPegawai,
    PotretPejabat,
    PotretPejabatNegara,
    potret_pelaku,
)
from birokrasi.struktur.sebutan import sebut_pejabat, sebut_potret

__all__ = [
    "ATURAN",
    "ATURAN_EVALUASI_PERIODIK",
    "ATURAN_EVALUASI_TAHUNAN",
    "ATURAN_PENILAI_EVALUASI",
    "ATURAN_RATING_PIMPINAN_EVALUASI",
    "ATURAN_SKP_DITETAPKAN",
    "JENIS_PERIODIK_BAKU",
    "JenisEvaluasi",
    "PenilaianKinerja",
    "evaluasi_kinerja",
    "periksa_penilaian",
]

_DEFINISI = Dasar(PERMENPANRB_6_2022, pasal="1", keyakinan=Keyakinan.SEKUNDER)

ATURAN_EVALUASI_PERIODIK = Aturan(
    kode="KIN-EVAL-01",
    uraian=(
        "Evaluasi Kinerja Periodik menilai hasil kerja dan perilaku kerja dalam periode bulanan "
        "atau triwulanan, dan predikatnya ditetapkan berdasarkan kuadran kinerja."
    ),
    summary=(
        "A periodic evaluation covers a month or a quarter (or part of one, after a mutation) "
        "inside one performance year; its predikat comes from the kuadran. A semester is an "
        "agency's policy."
    ),
    dasar=attrs.evolve(
        _DEFINISI,
        tafsiran=(
            "Pasal 1 names bulanan and triwulanan, so by default a periodic evaluation lies "
            "inside one calendar month or quarter (a period cut short by a mutation or a new "
            "SKP is accepted). Semesteran, used by some sector forms, is a policy: "
            "periksa_penilaian/evaluasi_kinerja(..., jenis_periodik=...) with "
            "JenisPeriode.SEMESTERAN; JenisPeriode.TAHUNAN accepts any period inside the year. "
            "A periodic evaluation never covers more than six months."
        ),
    ),
    dasar_lain=(
        Dasar(
            PERATURAN_BRIN_1_2023,
            pasal="1",
            angka="7",
            keyakinan=Keyakinan.TERVERIFIKASI,
            tafsiran="BRIN's regulation copies the 6/2022 definition; it is read there.",
            kutipan=(
                "Evaluasi Kinerja Periodik Pegawai adalah proses di mana pejabat penilai kinerja "
                "mereviu keseluruhan hasil kerja dan perilaku kerja pegawai selama bulanan atau "
                "triwulanan dan menetapkan predikat kinerja periodik pegawai berdasarkan kuadran "
                "kinerja pegawai."
            ),
            sumber="pasal.id/peraturan/perban/peraturan-brin-no-1-tahun-2023/koreksi/8000663",
        ),
        Dasar(
            PERMENPANRB_6_2022,
            pasal="5",
            huruf="c",
            keyakinan=Keyakinan.SEKUNDER,
            tafsiran=(
                "Pasal 5 huruf c (penilaian kinerja: evaluasi kinerja pegawai) is known from a "
                "summary of 6/2022 (pustakawan.org/onmateri.php?id=20, audit S29), not read."
            ),
        ),
    ),
    berlaku_sejak=PERMENPANRB_6_2022.ditetapkan,
)

ATURAN_EVALUASI_TAHUNAN = Aturan(
    kode="KIN-EVAL-02",
    uraian=(
        "Evaluasi Kinerja Tahunan menilai seluruh hasil kerja dan perilaku kerja dalam satu "
        "tahun kinerja; predikat tahunan bukan rata-rata predikat periodik."
    ),
    summary=(
        "The annual evaluation is a whole-year review by the Pejabat Penilai Kinerja, not an "
        "average of the periodic predikat: it covers its SKP's whole periode and is dated on or "
        "after the periode ends; with several SKPs in a year, each SKP's period is evaluated "
        "and the year's annual predikat is the one set at the end of the last SKP."
    ),
    dasar=_DEFINISI,
    dasar_lain=(
        attrs.evolve(
            _DEFINISI,
            keyakinan=Keyakinan.TIDAK_PASTI,
            tafsiran=(
                "No source gives an aggregation rule for several SKPs in one year (mutation, "
                "promotion); the library follows e-Kinerja practice: every SKP period gets its "
                "own evaluation and the annual predikat of the year is that of the SKP period "
                "that ends last, the last penilai taking the earlier periods into account."
            ),
        ),
    ),
    berlaku_sejak=PERMENPANRB_6_2022.ditetapkan,
)

ATURAN_PENILAI_EVALUASI = Aturan(
    kode="KIN-EVAL-03",
    uraian=(
        "Evaluasi kinerja dilakukan oleh Pejabat Penilai Kinerja yang menetapkan SKP, atau "
        "pejabat yang berwenang menilai pegawai pada tanggal evaluasi."
    ),
    summary=(
        "Only the official the instansi names as the pegawai's Pejabat Penilai Kinerja on the "
        "evaluation date (a successor or a delegate), or the one who set the SKP if the "
        "instansi named them then, may evaluate, and only while holding a post."
    ),
    dasar=attrs.evolve(
        _DEFINISI,
        tafsiran=(
            "The SKP's own record of its penilai is believed only where the instansi confirms "
            "it (the pegawai's Pejabat Penilai Kinerja on the day the SKP was set): a record "
            "rewritten to a peer gives no authority. A penilai who no longer holds a post on "
            "the evaluation date does not rate: the post rates, so whoever the instansi names "
            "then (the successor, or the official above the root for the head) does."
        ),
    ),
    dasar_lain=(Dasar(PP_30_2019, pasal="59", keyakinan=Keyakinan.SEKUNDER),),
    berlaku_sejak=PERMENPANRB_6_2022.ditetapkan,
)

ATURAN_SKP_DITETAPKAN = Aturan(
    kode="KIN-EVAL-04",
    uraian="Evaluasi kinerja dilakukan atas SKP yang telah ditetapkan, dalam periode SKP.",
    summary=(
        "An evaluation rates an SKP that has been set, over a period inside the SKP's periode."
    ),
    dasar=Dasar(
        PERMENPANRB_6_2022,
        pasal="5",
        keyakinan=Keyakinan.TIDAK_PASTI,
        kutipan=(
            "Perencanaan kinerja yang meliputi penetapan dan klarifikasi Ekspektasi; ... "
            "Penilaian kinerja Pegawai yang meliputi evaluasi kinerja Pegawai"
        ),
        sumber=(
            "jdih.maritim.go.id/index.php/en/pengelolaan-kinerja-pegawai-aparatur-sipil-negara "
            "(Pasal 2, 3, 5 and 38 quoted)"
        ),
        tafsiran=(
            "Pasal 5 lists the stages, planning before evaluation, but does not say what an "
            "evaluation rates: that it rates an SKP already set, over a period inside the SKP's "
            "periode, is the library's reading of the cycle."
        ),
    ),
    berlaku_sejak=PERMENPANRB_6_2022.ditetapkan,
)

ATURAN_RATING_PIMPINAN_EVALUASI = Aturan(
    kode="KIN-EVAL-05",
    uraian=(
        "Rating hasil kerja pimpinan unit kerja sama dengan capaian kinerja organisasi unit "
        "yang dipimpinnya."
    ),
    summary=(
        "A unit head's rating hasil kerja must equal the rating mapped from the unit's "
        "predikat organisasi (see KIN-RATING-01 for the mapping)."
    ),
    dasar=Dasar(
        PERMENPANRB_6_2022,
        pasal="24",
        keyakinan=Keyakinan.SEKUNDER,
        tafsiran="Applied through the configurable mapping of KIN-RATING-01.",
    ),
    berlaku_sejak=SE_MENPANRB_3_2023.ditetapkan,
)

ATURAN: tuple[Aturan, ...] = (
    ATURAN_EVALUASI_PERIODIK,
    ATURAN_EVALUASI_TAHUNAN,
    ATURAN_PENILAI_EVALUASI,
    ATURAN_SKP_DITETAPKAN,
    ATURAN_RATING_PIMPINAN_EVALUASI,
)


class JenisEvaluasi(Berlabel):
    """Periodic or annual evaluation (PermenPANRB 6/2022 Pasal 5 huruf c)."""

    PERIODIK = "Evaluasi Kinerja Periodik"
    TAHUNAN = "Evaluasi Kinerja Tahunan"


_MAKS_BULAN_PERIODIK = 6

JENIS_PERIODIK_BAKU: frozenset[JenisPeriode] = frozenset(
    {JenisPeriode.BULANAN, JenisPeriode.TRIWULANAN}
)
"""The periods a periodic evaluation may cover by default: a month or a quarter (KIN-EVAL-01)."""


def _jumlah_bulan(periode: Periode) -> int:
    return (periode.selesai.year - periode.mulai.year) * 12 + (
        periode.selesai.month - periode.mulai.month + 1
    )


@attrs.frozen
class PenilaianKinerja:
    """One evaluation: which SKP (by kode), whose and by whom (snapshots), the kind and
    period, the two ratings and the date. ``predikat`` is derived (KIN-PREDIKAT-01), never
    given. ``menggantikan`` names the kode of the evaluation this one supersedes.

    Construction checks what makes the value meaningless (a self-evaluation, a period across
    two years, a periodic period over six months, an evaluation dated before its period
    starts); who may evaluate, and whether a periodic period is a month or a quarter (or what
    the agency's policy allows), is checked by :func:`periksa_penilaian` and
    :func:`evaluasi_kinerja`.
    """

    kode: str = attrs.field(validator=v.kunci())
    skp: str = attrs.field(validator=v.kunci())
    pegawai: PotretPegawai = attrs.field(validator=v.instance_of(PotretPegawai))
    penilai: PotretPejabat = attrs.field(
        validator=v.instance_of(PotretPegawai, PotretPejabatNegara)
    )
    jenis: JenisEvaluasi = attrs.field(validator=v.instance_of(JenisEvaluasi))
    periode: Periode = attrs.field(validator=v.instance_of(Periode))
    rating_hasil_kerja: Rating = attrs.field(validator=v.instance_of(Rating))
    rating_perilaku_kerja: Rating = attrs.field(validator=v.instance_of(Rating))
    tanggal: dt.date = attrs.field(validator=v.instance_of(dt.date))
    menggantikan: str | None = attrs.field(
        default=None, kw_only=True, validator=v.optional(v.kunci())
    )
    alasan: str | None = attrs.field(default=None, kw_only=True, validator=v.optional(v.teks()))
    predikat: Predikat = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        if self.pegawai.nip == self.penilai.pengenal:
            raise InvalidValueError(_MENILAI_DIRI(pegawai=sebut_potret(self.pegawai)))
        if self.periode.mulai.year != self.periode.selesai.year:
            raise InvalidValueError(_DUA_TAHUN(periode=_periode(self.periode)))
        if (
            self.jenis is JenisEvaluasi.PERIODIK
            and _jumlah_bulan(self.periode) > _MAKS_BULAN_PERIODIK
        ):
            raise InvalidValueError(
                _LEBIH_ENAM_BULAN(maksimum=_MAKS_BULAN_PERIODIK, periode=_periode(self.periode))
            )
        if self.tanggal < self.periode.mulai:
            raise InvalidValueError(
                _TANGGAL_SEBELUM_PERIODE(tanggal=self.tanggal, periode=_periode(self.periode))
            )
        if self.menggantikan == self.kode:
            raise InvalidValueError(_MENGGANTIKAN_DIRI(kode=self.kode))
        predikat = predikat_kinerja(self.rating_hasil_kerja, self.rating_perilaku_kerja)
        object.__setattr__(self, "predikat", predikat)

    @property
    def tahun(self) -> int:
        """The performance year evaluated."""
        return self.periode.mulai.year

    @property
    def jumlah_bulan(self) -> int:
        """Calendar months the period touches, its span (the six-month limit of KIN-EVAL-01
        reads it). A month the period shares with another counts for both here; the months
        it earns angka kredit for, each counted once, are
        :func:`~birokrasi.karier.bulan_angka_kredit` (KAR-AK-03)."""
        return _jumlah_bulan(self.periode)


def evaluasi_kinerja(
    skp: SKP,
    kode: str,
    jenis: JenisEvaluasi,
    periode: Periode,
    rating_hasil_kerja: Rating,
    rating_perilaku_kerja: Rating,
    *,
    oleh: NIP | str | PotretPejabat,
    tanggal: dt.date,
    instansi: Instansi | None = None,
    menggantikan: str | None = None,
    alasan: str | None = None,
    jenis_periodik: Collection[JenisPeriode] | None = None,
    aturan_predikat: Aturan | None = None,
) -> PenilaianKinerja:
    """Evaluate ``skp`` over ``periode``: a new :class:`PenilaianKinerja` by ``oleh``.

    ``oleh`` is the rater's NIP, snapshot from ``instansi`` on ``tanggal`` (inside it or
    declared above its root unit), or the kode of a pejabat negara declared there (ADR 0011);
    a snapshot given instead must equal the one the instansi
    gives on its own date. With ``instansi`` the rater must be the one it names (KIN-EVAL-03);
    without it, only the SKP's own record is compared (0.1.0 behaviour).

    Raises :class:`~birokrasi.errors.AuthorityError` for anyone else (KIN-EVAL-03),
    :class:`~birokrasi.errors.OutOfWindowError` for a period before the kuadran's window
    (KIN-PREDIKAT-01, performance year 2022 on) unless ``aturan_predikat`` names the rule
    applied anyway, and :class:`~birokrasi.errors.InvalidValueError` when the SKP is not set
    or the period lies outside it (KIN-EVAL-04), an annual evaluation does not cover the
    SKP's periode (KIN-EVAL-02), or a periodic period is not inside one period of the kinds
    ``jenis_periodik`` (KIN-EVAL-01; by default a month or a quarter).
    """
    v.pastikan_tipe("skp", skp, SKP)
    v.pastikan_tipe("periode", periode, Periode)
    _pastikan_masa_kuadran(periode, aturan_predikat)
    penilai = _oleh(oleh, instansi, tanggal)
    penilaian = PenilaianKinerja(
        kode,
        skp.kode,
        skp.pegawai,
        penilai,
        jenis,
        periode,
        rating_hasil_kerja,
        rating_perilaku_kerja,
        tanggal,
        menggantikan=menggantikan,
        alasan=alasan,
    )
    for p in periksa_penilaian(penilaian, skp, instansi=instansi, jenis_periodik=jenis_periodik):
        if p.aturan is ATURAN_PENILAI_EVALUASI:
            raise AuthorityError(
                _TIDAK_BERWENANG(temuan=p.pesan, kode=p.kode, dasar=str(p.aturan.dasar))
            )
        raise InvalidValueError(_DITOLAK(temuan=p.pesan, kode=p.kode))
    return penilaian


def _pastikan_masa_kuadran(periode: Periode, aturan_predikat: Aturan | None) -> None:
    """KIN-PREDIKAT-01 applies from performance year 2022; before it, only when named."""
    if aturan_predikat is None:
        ATURAN_KUADRAN.pastikan_berlaku(periode.mulai)
        return
    v.pastikan_tipe("aturan_predikat", aturan_predikat, Aturan)
    if aturan_predikat.kode != ATURAN_KUADRAN.kode:
        raise InvalidValueError(
            _ATURAN_PREDIKAT(kuadran=ATURAN_KUADRAN.kode, diberikan=aturan_predikat.kode)
        )


def _oleh(oleh: object, instansi: Instansi | None, tanggal: object) -> PotretPejabat:
    """The rater's snapshot: taken from ``instansi`` for a NIP, checked against it for a
    snapshot; an official holding no post that day has no authority (KIN-EVAL-03)."""
    if instansi is not None:
        v.pastikan_tipe("instansi", instansi, Instansi)
    v.pastikan_tipe("tanggal", tanggal, dt.date)
    assert isinstance(tanggal, dt.date)
    if not isinstance(oleh, NIP | str | PotretPegawai | PotretPejabatNegara):
        raise InvalidTypeError(_OLEH_TIPE(diberikan=v.describe(oleh)))
    if instansi is None:
        if isinstance(oleh, PotretPegawai | PotretPejabatNegara):
            return oleh
        raise InvalidValueError(_TANPA_INSTANSI(oleh=v.render(oleh)))
    return potret_pelaku(
        instansi, oleh, tanggal, tindakan="evaluasi_kinerja", aturan=ATURAN_PENILAI_EVALUASI
    )


def _periode(periode: Periode) -> Pesan:
    """A period for a message: ``2025-01-01..2025-06-30``, ``1 Januari 2025 s.d. 30 Juni 2025``
    in Indonesian."""
    return _PERIODE(mulai=periode.mulai, selesai=periode.selesai)


def _jenis_periodik(jenis_periodik: object) -> frozenset[JenisPeriode]:
    """Argument ``jenis_periodik`` as a non-empty set of :class:`JenisPeriode` (``None``:
    :data:`JENIS_PERIODIK_BAKU`)."""
    if jenis_periodik is None:
        return JENIS_PERIODIK_BAKU
    v.pastikan_iterabel("jenis_periodik", jenis_periodik, "Collection[JenisPeriode]")
    assert isinstance(jenis_periodik, Iterable)
    daftar = tuple(jenis_periodik)
    for j in daftar:
        v.pastikan_tipe("jenis_periodik", j, JenisPeriode)
    if not daftar:
        raise InvalidValueError(_JENIS_KOSONG())
    return frozenset(daftar)


def _periode_periodik(
    penilaian: PenilaianKinerja, jenis: frozenset[JenisPeriode], subjek: str
) -> Iterator[Pelanggaran]:
    """KIN-EVAL-01: a periodic evaluation lies inside one period of an allowed kind (a
    month or a quarter by default) of its year."""
    if penilaian.jenis is not JenisEvaluasi.PERIODIK:
        return
    tahun = penilaian.tahun
    if any(penilaian.periode in p for j in jenis for p in periodisasi(tahun, j)):
        return
    urut = tuple(sorted(jenis, key=lambda j: j.value))
    yield Pelanggaran(
        ATURAN_EVALUASI_PERIODIK,
        subjek,
        _DI_LUAR_SATU_PERIODE(
            periode=_periode(penilaian.periode),
            satuan=Pilihan(tuple(_SATUAN[j]() for j in urut)),
            jenis=urut,
        ),
    )


def _skp_ditetapkan(penilaian: PenilaianKinerja, skp: SKP, subjek: str) -> Iterator[Pelanggaran]:
    """KIN-EVAL-04: the SKP is set and its periode holds the evaluated period; KIN-EVAL-02:
    an annual evaluation covers the whole periode and is dated on or after its end."""
    if skp.status is not StatusSKP.DITETAPKAN:
        yield Pelanggaran(
            ATURAN_SKP_DITETAPKAN, subjek, _SKP_BELUM_DITETAPKAN(skp=skp.kode, status=skp.status)
        )
    if penilaian.periode not in skp.periode:
        yield Pelanggaran(
            ATURAN_SKP_DITETAPKAN,
            subjek,
            _DI_LUAR_PERIODE_SKP(
                periode=_periode(penilaian.periode), periode_skp=_periode(skp.periode)
            ),
        )
    if penilaian.jenis is not JenisEvaluasi.TAHUNAN:
        return
    if penilaian.periode in skp.periode and penilaian.periode != skp.periode:
        yield Pelanggaran(
            ATURAN_EVALUASI_TAHUNAN,
            subjek,
            _TIDAK_MENCAKUP(periode=_periode(penilaian.periode), periode_skp=_periode(skp.periode)),
        )
    if penilaian.tanggal < skp.periode.selesai:
        yield Pelanggaran(
            ATURAN_EVALUASI_TAHUNAN,
            subjek,
            _SEBELUM_AKHIR_SKP(tanggal=penilaian.tanggal, periode_skp=_periode(skp.periode)),
        )


def _penilai(
    penilaian: PenilaianKinerja, skp: SKP, instansi: Instansi | None, subjek: str
) -> Iterator[Pelanggaran]:
    """KIN-EVAL-03: without ``instansi``, the SKP's recorded penilai; with it, the official it
    names as the pegawai's Pejabat Penilai Kinerja on the evaluation date, or the SKP's penilai
    where the instansi named them on the day the SKP was set, holding a post that day."""
    nip, tanggal = penilaian.pegawai.nip, penilaian.tanggal
    penilai = penilaian.penilai.pengenal
    if instansi is None:
        berwenang: dict[NIP | str, object] = {skp.penilai.pengenal: sebut_potret(skp.penilai)}
    else:
        berwenang = _berwenang(instansi, skp, nip, tanggal)
        if not _menjabat(instansi, penilai, tanggal):
            yield Pelanggaran(
                ATURAN_PENILAI_EVALUASI,
                subjek,
                _TIDAK_MENJABAT(penilai=sebut_potret(penilaian.penilai), tanggal=tanggal),
            )
            return
    if penilai not in berwenang:
        boleh = tuple(berwenang[k] for k in sorted(berwenang, key=str))
        yield Pelanggaran(
            ATURAN_PENILAI_EVALUASI,
            subjek,
            _BUKAN_PENILAI(
                penilai=sebut_potret(penilaian.penilai),
                pegawai=sebut_potret(penilaian.pegawai),
                berwenang=boleh or _TAK_SEORANG_PUN(),
            ),
        )


def _menjabat(instansi: Instansi, pengenal: NIP | str, tanggal: dt.date) -> bool:
    """Whether the official ``pengenal`` holds a post of ``instansi`` on ``tanggal``; a
    recorded kode the instansi never declared holds none."""
    try:
        return instansi.pelaku_pada(pengenal, tanggal) is not None
    except NotFoundError:
        return False


def _berwenang(instansi: Instansi, skp: SKP, nip: NIP, tanggal: dt.date) -> dict[NIP | str, object]:
    """The officials who may evaluate, each with their name for a message."""
    hasil: dict[NIP | str, object] = {}
    for hari in (tanggal, skp.periode.selesai):
        if instansi.pejabat_pada(nip, hari) is not None:
            kini = instansi.pejabat_penilai(nip, hari)
            if kini is not None:
                hasil[kini.pengenal] = sebut_pejabat(instansi, kini)
                break
    ditetapkan = skp.periode.mulai if skp.ditetapkan is None else skp.ditetapkan.tanggal
    if instansi.pejabat_pada(nip, ditetapkan) is not None:
        dulu = instansi.pejabat_penilai(nip, ditetapkan)
        if dulu is not None and dulu.pengenal == skp.penilai.pengenal:
            hasil[dulu.pengenal] = sebut_pejabat(instansi, dulu)
    return hasil


def _rating_pimpinan(
    penilaian: PenilaianKinerja,
    predikat_organisasi: Mapping[str, PredikatOrganisasi] | None,
    pemetaan: Mapping[PredikatOrganisasi, Rating] | None,
    subjek: str,
) -> Iterator[Pelanggaran]:
    """KIN-EVAL-05: a unit head's rating hasil kerja is the one their unit's predikat
    organisasi maps to."""
    if (
        predikat_organisasi is None
        or not penilaian.pegawai.kepala
        or not ATURAN_RATING_PIMPINAN_EVALUASI.berlaku_pada(penilaian.tanggal)
    ):
        return
    predikat_unit = predikat_organisasi.get(penilaian.pegawai.unit)
    if predikat_unit is None:
        return
    harus = rating_hasil_kerja_pimpinan(
        predikat_unit, pemetaan=PEMETAAN_RATING_PIMPINAN if pemetaan is None else pemetaan
    )
    if penilaian.rating_hasil_kerja is not harus:
        yield Pelanggaran(
            ATURAN_RATING_PIMPINAN_EVALUASI,
            subjek,
            _RATING_PIMPINAN(
                rating=penilaian.rating_hasil_kerja, predikat=predikat_unit, harus=harus
            ),
        )


def periksa_penilaian(
    penilaian: PenilaianKinerja,
    skp: SKP,
    *,
    instansi: Instansi | None = None,
    predikat_organisasi: Mapping[str, PredikatOrganisasi] | None = None,
    pemetaan: Mapping[PredikatOrganisasi, Rating] | None = None,
    jenis_periodik: Collection[JenisPeriode] | None = None,
) -> tuple[Pelanggaran, ...]:
    """Check an evaluation against its SKP (KIN-EVAL-03/04), a periodic one's period against
    the kinds ``jenis_periodik`` (KIN-EVAL-01: by default a month or a quarter, as 6/2022
    defines it; add :attr:`JenisPeriode.SEMESTERAN` for an agency that evaluates by semester)
    and, for the head of a unit whose predikat organisasi is in ``predikat_organisasi`` (by
    unit kode), the leader's rating (KIN-EVAL-05, through the mapping ``pemetaan`` of
    KIN-RATING-01).

    An evaluation of another SKP or pegawai gives that one finding (KIN-EVAL-04) and no other.
    """
    v.pastikan_tipe("penilaian", penilaian, PenilaianKinerja)
    v.pastikan_tipe("skp", skp, SKP)
    if instansi is not None:
        v.pastikan_tipe("instansi", instansi, Instansi)
    if predikat_organisasi is not None:
        v.pastikan_tipe("predikat_organisasi", predikat_organisasi, Mapping)
    jenis = _jenis_periodik(jenis_periodik)
    subjek = f"penilaian:{penilaian.kode}"
    if penilaian.skp != skp.kode or penilaian.pegawai.nip != skp.pegawai.nip:
        return (
            Pelanggaran(
                ATURAN_SKP_DITETAPKAN,
                subjek,
                _SKP_LAIN(
                    skp=penilaian.skp,
                    pegawai=sebut_potret(penilaian.pegawai),
                    skp_diperiksa=skp.kode,
                    pegawai_diperiksa=sebut_potret(skp.pegawai),
                ),
            ),
        )
    return (
        *_periode_periodik(penilaian, jenis, subjek),
        *_skp_ditetapkan(penilaian, skp, subjek),
        *_penilai(penilaian, skp, instansi, subjek),
        *_rating_pimpinan(penilaian, predikat_organisasi, pemetaan, subjek),
    )


_t = pembuat_templat(__name__)
_PERIODE = _t("EVALUASI/periode", "{mulai}..{selesai}")
_MENILAI_DIRI = _t("EVALUASI/menilai-diri", "PenilaianKinerja.penilai: {pegawai} rates themself")
_DUA_TAHUN = _t(
    "KIN-EVAL-02/dua-tahun",
    "PenilaianKinerja.periode: {periode} spans two performance years (KIN-EVAL-02)",
)
_LEBIH_ENAM_BULAN = _t(
    "KIN-EVAL-01/lebih-enam-bulan",
    "PenilaianKinerja.periode: a periodic evaluation covers at most {maksimum} months, got "
    "{periode} (KIN-EVAL-01)",
)
_TANGGAL_SEBELUM_PERIODE = _t(
    "EVALUASI/tanggal-sebelum-periode",
    "PenilaianKinerja.tanggal: {tanggal} is before the period {periode} starts",
)
_MENGGANTIKAN_DIRI = _t(
    "EVALUASI/menggantikan-diri", "PenilaianKinerja.menggantikan: {kode} replaces itself"
)
_TIDAK_BERWENANG = _t("EVALUASI/tidak-berwenang", "evaluasi_kinerja: {temuan} ({kode}, {dasar})")
_DITOLAK = _t("EVALUASI/ditolak", "evaluasi_kinerja: {temuan} ({kode})")
_ATURAN_PREDIKAT = _t(
    "EVALUASI/aturan-predikat",
    "aturan_predikat: the predikat is derived by {kuadran} only, got {diberikan}",
)
_OLEH_TIPE = _t(
    "EVALUASI/oleh-tipe",
    "oleh: expected a NIP or its digits, the kode of a pejabat negara, or their snapshot, got "
    "{diberikan}",
)
_TANPA_INSTANSI = _t(
    "KIN-EVAL-03/tanpa-instansi",
    "instansi: needed to take the rater {oleh} from the structure (KIN-EVAL-03)",
)
_JENIS_KOSONG = _t(
    "EVALUASI/jenis-periodik-kosong", "jenis_periodik: empty; a periodic evaluation needs a kind"
)
_SATUAN: Mapping[JenisPeriode, Templat] = types.MappingProxyType(
    {
        JenisPeriode.BULANAN: _t("EVALUASI/satuan-bulan", "month"),
        JenisPeriode.TRIWULANAN: _t("EVALUASI/satuan-triwulan", "quarter"),
        JenisPeriode.SEMESTERAN: _t("EVALUASI/satuan-semester", "semester"),
        JenisPeriode.TAHUNAN: _t("EVALUASI/satuan-tahun", "year"),
    }
)
_DI_LUAR_SATU_PERIODE = _t(
    "KIN-EVAL-01/di-luar-satu-periode",
    "periodic evaluation of {periode} is not inside one {satuan} (jenis_periodik: {jenis})",
)
_SKP_BELUM_DITETAPKAN = _t("KIN-EVAL-04/skp-belum-ditetapkan", "SKP {skp} is {status}")
_DI_LUAR_PERIODE_SKP = _t(
    "KIN-EVAL-04/di-luar-periode-skp", "period {periode} lies outside SKP periode {periode_skp}"
)
_TIDAK_MENCAKUP = _t(
    "KIN-EVAL-02/tidak-mencakup",
    "annual evaluation of {periode} does not cover SKP periode {periode_skp}",
)
_SEBELUM_AKHIR_SKP = _t(
    "KIN-EVAL-02/sebelum-akhir-skp",
    "annual evaluation dated {tanggal}, before SKP periode {periode_skp} ends",
)
_TIDAK_MENJABAT = _t(
    "KIN-EVAL-03/tidak-menjabat",
    "{penilai} holds no post on {tanggal}; the Pejabat Penilai Kinerja the instansi names that "
    "day rates",
)
_BUKAN_PENILAI = _t(
    "KIN-EVAL-03/bukan-penilai",
    "{penilai} is not the Pejabat Penilai Kinerja of {pegawai} (allowed: {berwenang})",
)
_TAK_SEORANG_PUN = _t("KIN-EVAL-03/tak-seorang-pun", "nobody the instansi names")
_RATING_PIMPINAN = _t(
    "KIN-EVAL-05/rating-pimpinan",
    "unit head rated {rating} on hasil kerja; the unit's predikat {predikat} gives {harus}",
)
_SKP_LAIN = _t(
    "KIN-EVAL-04/skp-lain",
    "evaluates SKP {skp} of {pegawai}, not SKP {skp_diperiksa} of {pegawai_diperiksa}",
)
