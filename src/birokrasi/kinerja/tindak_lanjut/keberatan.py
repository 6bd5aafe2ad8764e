"""Keberatan: a pegawai's objection to an evaluation, filed with reasons to the atasan of the
Pejabat Penilai Kinerja within 14 days of receiving it (KIN-KEBERATAN-01), decided once and
finally by that atasan (KIN-KEBERATAN-02); an accepted objection yields a new
:class:`~birokrasi.kinerja.penilaian.evaluasi.PenilaianKinerja` that supersedes the old one, which
stays on record (KIN-EVAL-06).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

import attrs

from birokrasi import _validasi as v
from birokrasi.errors import (
    AuthorityError,
    InvalidValueError,
    NotFoundError,
    OutOfWindowError,
)
from birokrasi.hukum import PERMENPANRB_6_2022, PP_30_2019, Aturan, Dasar, Keyakinan, Pelanggaran
from birokrasi.kinerja.penilaian.evaluasi import PenilaianKinerja
from birokrasi.kinerja.penilaian.riwayat import DASAR_UBAH_HASIL, RiwayatPenilaian
from birokrasi.kinerja.predikat import Rating
from birokrasi.pesan import pembuat_templat
from birokrasi.struktur.nip import NIP, _nip_argumen
from birokrasi.struktur.organisasi import Instansi, Pejabat
from birokrasi.struktur.potret import (
    PotretPegawai,
    PotretPejabat,
    PotretPejabatNegara,
    potret_pelaku,
)
from birokrasi.struktur.sebutan import sebut_pejabat, sebut_potret
from birokrasi.struktur.unsur import PejabatNegara

__all__ = [
    "ATURAN",
    "ATURAN_BATAS_KEBERATAN",
    "ATURAN_PUTUSAN_KEBERATAN",
    "HARI_KEBERATAN",
    "DaftarKeberatan",
    "Keberatan",
    "PutusanKeberatan",
    "ajukan_keberatan",
    "batas_keberatan",
    "pemutus_keberatan",
    "periksa_daftar_keberatan",
    "periksa_keberatan",
    "terima_keberatan",
    "tolak_keberatan",
]

HARI_KEBERATAN = 14
"""Days to file an objection after receiving the evaluation (KIN-KEBERATAN-01)."""

ATURAN_BATAS_KEBERATAN = Aturan(
    kode="KIN-KEBERATAN-01",
    uraian=(
        "PNS yang dinilai dapat mengajukan keberatan disertai alasan kepada atasan dari "
        "Pejabat Penilai Kinerja paling lambat 14 hari sejak hasil penilaian diterima."
    ),
    summary=(
        "An objection, with reasons, is filed with the rater's superior within 14 days of "
        "receiving the result: day 14 is on time, day 15 is late."
    ),
    dasar=Dasar(
        PP_30_2019,
        pasal="59",
        ayat="1",
        keyakinan=Keyakinan.SEKUNDER,
        tafsiran=(
            "The LAN book (Sistem Manajemen Kinerja ASN, p.104) restates 'paling lambat 14 "
            "hari sejak diterima'; no source says 'hari kerja', so calendar days are the "
            "default, counted from the day after receipt. Work days (weekends and given "
            "holidays excluded) are an option. PermenPANRB 6/2022 Pasal 29 keeps keberatan "
            "in Bab V; its Lampiran was not read."
        ),
    ),
    dasar_lain=(Dasar(PERMENPANRB_6_2022, pasal="29", keyakinan=Keyakinan.SEKUNDER),),
)

ATURAN_PUTUSAN_KEBERATAN = Aturan(
    kode="KIN-KEBERATAN-02",
    uraian=(
        "Atasan dari Pejabat Penilai Kinerja memeriksa keberatan, meminta penjelasan, dan "
        "dapat mengubah serta menetapkan hasil penilaian kinerja yang bersifat final."
    ),
    summary=(
        "Only the rater's direct superior decides, once; the decision is final and an "
        "accepted objection yields a superseding evaluation."
    ),
    dasar=DASAR_UBAH_HASIL,
    dasar_lain=(
        Dasar(
            PP_30_2019,
            pasal="59",
            ayat="3",
            keyakinan=Keyakinan.TERVERIFIKASI,
            kutipan=(
                "Dalam melaksanakan pemeriksaan terhadap hasil penilaian kinerja sebagaimana "
                "dimaksud pada ayat (2) atasan dari Pejabat Penilai Kinerja PNS meminta "
                "penjelasan kepada Pejabat Penilai Kinerja PNS dan PNS yang dinilai."
            ),
            sumber=(
                "fliphtml5.com/czets/hubi/PP_No.30_Tahun_2019_Tentang_Penilaian_Kinerja_Pegawai_"
                "Negeri_Sipil/30 (audit S20)"
            ),
            tafsiran=(
                "The superior is Instansi.atasan_langsung of the penilai on the decision "
                "date, above the root unit the official the instansi declares (STR-ATASAN-02); "
                "when the penilai no longer holds a post, the head above the post they rated "
                "from decides (the post, not the person, has the superior). No deadline for "
                "the decision was found. One objection per evaluation: the decision is final."
            ),
        ),
    ),
)

ATURAN: tuple[Aturan, ...] = (ATURAN_BATAS_KEBERATAN, ATURAN_PUTUSAN_KEBERATAN)


def _libur(libur: Iterable[dt.date]) -> frozenset[dt.date]:
    v.pastikan_iterabel("libur", libur, "Iterable[date]")
    hasil = frozenset(libur)
    for d in hasil:
        v.pastikan_tipe("libur[]", d, dt.date)
    return hasil


def batas_keberatan(
    diterima: dt.date,
    *,
    hari: int = HARI_KEBERATAN,
    hari_kerja: bool = False,
    libur: Iterable[dt.date] = frozenset(),
) -> dt.date:
    """The last day to file an objection to a result received on ``diterima``
    (KIN-KEBERATAN-01): ``hari`` calendar days later by default, or ``hari`` work days
    (Monday to Friday, not in ``libur``) when ``hari_kerja``. A last day after the calendar's
    (31 December 9999) raises :class:`~birokrasi.errors.OutOfWindowError`.

    >>> batas_keberatan(dt.date(2025, 1, 10))
    datetime.date(2025, 1, 24)
    >>> batas_keberatan(dt.date(2025, 1, 10), hari_kerja=True)
    datetime.date(2025, 1, 30)
    """
    v.pastikan_tipe("diterima", diterima, dt.date)
    v.pastikan_bilangan("hari", hari, 1, 366)
    v.pastikan_tipe("hari_kerja", hari_kerja, bool)
    bebas = _libur(libur)
    batas = _batas(diterima, hari, bebas if hari_kerja else None)
    if batas is None:
        templat = _BATAS_LEWAT_KALENDER_KERJA if hari_kerja else _BATAS_LEWAT_KALENDER
        raise OutOfWindowError(templat(hari=hari, diterima=diterima, akhir=dt.date.max))
    return batas


def _batas(diterima: dt.date, hari: int, libur: frozenset[dt.date] | None) -> dt.date | None:
    """``hari`` calendar days after ``diterima``, or ``hari`` work days when ``libur`` is
    given; ``None`` past the calendar's end."""
    if libur is None:
        return v.geser_tanggal(diterima, hari=hari)
    tanggal: dt.date | None = diterima
    sisa = hari
    while sisa and tanggal is not None:
        tanggal = v.geser_tanggal(tanggal, hari=1)
        if tanggal is not None and tanggal.weekday() < 5 and tanggal not in libur:
            sisa -= 1
    return tanggal


@attrs.frozen
class Keberatan:
    """An objection to evaluation ``penilaian`` filed on ``tanggal`` with ``alasan``;
    ``diterima`` is the day the pegawai received the result (default: its date)."""

    kode: str = attrs.field(validator=v.kunci())
    penilaian: PenilaianKinerja = attrs.field(validator=v.instance_of(PenilaianKinerja))
    tanggal: dt.date = attrs.field(validator=v.instance_of(dt.date))
    alasan: str = attrs.field(validator=v.teks())
    diterima: dt.date | None = attrs.field(
        default=None, kw_only=True, validator=v.optional(v.instance_of(dt.date))
    )

    def __attrs_post_init__(self) -> None:
        if self.diterima is not None and self.diterima < self.penilaian.tanggal:
            raise InvalidValueError(
                _DITERIMA_MENDAHULUI(diterima=self.diterima, tanggal=self.penilaian.tanggal)
            )
        if self.tanggal < self.tanggal_diterima:
            raise InvalidValueError(
                _DIAJUKAN_MENDAHULUI(tanggal=self.tanggal, diterima=self.tanggal_diterima)
            )

    @property
    def tanggal_diterima(self) -> dt.date:
        """The day the result was received."""
        return self.penilaian.tanggal if self.diterima is None else self.diterima


def periksa_keberatan(
    keberatan: Keberatan,
    *,
    hari: int = HARI_KEBERATAN,
    hari_kerja: bool = False,
    libur: Iterable[dt.date] = frozenset(),
) -> tuple[Pelanggaran, ...]:
    """A finding when ``keberatan`` was filed after the deadline (KIN-KEBERATAN-01); none
    when the deadline falls after the calendar's last day, since no filing can be later."""
    v.pastikan_tipe("keberatan", keberatan, Keberatan)
    try:
        batas = batas_keberatan(
            keberatan.tanggal_diterima, hari=hari, hari_kerja=hari_kerja, libur=libur
        )
    except OutOfWindowError:
        return ()  # the deadline is after every date the calendar holds
    if keberatan.tanggal <= batas:
        return ()
    templat = _TERLAMBAT_KERJA if hari_kerja else _TERLAMBAT
    return (
        Pelanggaran(
            ATURAN_BATAS_KEBERATAN,
            f"keberatan:{keberatan.kode}",
            templat(
                tanggal=keberatan.tanggal,
                batas=batas,
                hari=hari,
                diterima=keberatan.tanggal_diterima,
            ),
        ),
    )


def ajukan_keberatan(
    penilaian: PenilaianKinerja,
    kode: str,
    alasan: str,
    *,
    tanggal: dt.date,
    diterima: dt.date | None = None,
    hari: int = HARI_KEBERATAN,
    hari_kerja: bool = False,
    libur: Iterable[dt.date] = frozenset(),
    riwayat: RiwayatPenilaian | None = None,
    oleh: NIP | str | None = None,
) -> Keberatan:
    """File an objection; a late filing raises :class:`~birokrasi.errors.InvalidValueError`
    (KIN-KEBERATAN-01), and so does, given ``riwayat``, an objection to an evaluation it does
    not hold or one already superseded (only the standing result can be objected to). Given
    ``oleh``, the filer must be the pegawai rated ("PNS yang dinilai", PP 30/2019 Pasal 59
    ayat (1)), else :class:`~birokrasi.errors.AuthorityError`."""
    keberatan = Keberatan(kode, penilaian, tanggal, alasan, diterima=diterima)
    pengaju = None if oleh is None else _nip_argumen("oleh", oleh)
    if pengaju is not None and pengaju != penilaian.pegawai.nip:
        raise AuthorityError(
            _BUKAN_YANG_DINILAI(
                oleh=pengaju,
                pegawai=sebut_potret(penilaian.pegawai),
                dasar=str(ATURAN_BATAS_KEBERATAN.dasar),
            )
        )
    if riwayat is not None:
        _pastikan_berlaku("ajukan_keberatan", penilaian, riwayat)
    for p in periksa_keberatan(keberatan, hari=hari, hari_kerja=hari_kerja, libur=libur):
        raise InvalidValueError(_AJUKAN_TERLAMBAT(pesan=p.pesan))
    return keberatan


@attrs.frozen
class PutusanKeberatan:
    """The final decision on objection ``keberatan`` (a kode) by ``oleh`` on ``tanggal``:
    accepted with a superseding evaluation ``penilaian_baru``, or rejected (``None``)."""

    keberatan: str = attrs.field(validator=v.kunci())
    oleh: PotretPejabat = attrs.field(validator=v.instance_of(PotretPegawai, PotretPejabatNegara))
    tanggal: dt.date = attrs.field(validator=v.instance_of(dt.date))
    penilaian_baru: PenilaianKinerja | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(PenilaianKinerja))
    )

    @property
    def diterima(self) -> bool:
        """Whether the objection was accepted (the result changed)."""
        return self.penilaian_baru is not None


@attrs.frozen
class DaftarKeberatan:
    """The append-only register of objections and their decisions: at most one decision per
    objection, each dated on or after its filing (KIN-KEBERATAN-02)."""

    keberatan: tuple[Keberatan, ...] = attrs.field(
        default=(), converter=v.KeTuple[Keberatan], validator=v.tuple_of(Keberatan)
    )
    putusan: tuple[PutusanKeberatan, ...] = attrs.field(
        default=(), converter=v.KeTuple[PutusanKeberatan], validator=v.tuple_of(PutusanKeberatan)
    )

    def __attrs_post_init__(self) -> None:
        kode: dict[str, Keberatan] = {}
        for i, k in enumerate(self.keberatan):
            if k.kode in kode:
                raise InvalidValueError(
                    _KODE_GANDA(nama=f"DaftarKeberatan.keberatan[{i}]", kode=k.kode)
                )
            kode[k.kode] = k
        diputus: set[str] = set()
        for i, p in enumerate(self.putusan):
            tempat = f"DaftarKeberatan.putusan[{i}]"
            asal = kode.get(p.keberatan)
            if asal is None:
                raise InvalidValueError(_PUTUSAN_TANPA_KEBERATAN(nama=tempat, kode=p.keberatan))
            if p.keberatan in diputus:
                raise InvalidValueError(_SUDAH_DIPUTUS(nama=tempat, kode=p.keberatan))
            if p.tanggal < asal.tanggal:
                raise InvalidValueError(
                    _DIPUTUS_MENDAHULUI(nama=tempat, tanggal=p.tanggal, diajukan=asal.tanggal)
                )
            diputus.add(p.keberatan)

    def cari(self, kode: str) -> Keberatan:
        """The objection with this kode, or :class:`~birokrasi.errors.NotFoundError`."""
        v.pastikan_tipe("kode", kode, str)
        for k in self.keberatan:
            if k.kode == kode:
                return k
        raise NotFoundError(_TIDAK_ADA(kode=v.render(kode)))

    def putusan_atas(self, kode: str) -> PutusanKeberatan | None:
        """The decision on objection ``kode``, or ``None`` while pending."""
        self.cari(kode)
        return next((p for p in self.putusan if p.keberatan == kode), None)

    def ajukan(self, keberatan: Keberatan) -> DaftarKeberatan:
        """A new register with ``keberatan`` added; an objection to an evaluation already
        objected to is refused (one objection, decided finally, KIN-KEBERATAN-02)."""
        v.pastikan_tipe("keberatan", keberatan, Keberatan)
        for k in self.keberatan:
            if k.penilaian.kode == keberatan.penilaian.kode:
                raise InvalidValueError(
                    _SUDAH_DIAJUKAN(penilaian=k.penilaian.kode, keberatan=k.kode)
                )
        return attrs.evolve(self, keberatan=(*self.keberatan, keberatan))

    def catat(self, putusan: PutusanKeberatan) -> DaftarKeberatan:
        """A new register with ``putusan`` recorded."""
        v.pastikan_tipe("putusan", putusan, PutusanKeberatan)
        return attrs.evolve(self, putusan=(*self.putusan, putusan))


def _pastikan_berlaku(nama: str, penilaian: PenilaianKinerja, riwayat: RiwayatPenilaian) -> None:
    v.pastikan_tipe("riwayat", riwayat, RiwayatPenilaian)
    if riwayat.cari(penilaian.kode) != penilaian:
        raise InvalidValueError(_RIWAYAT_LAIN(kode=penilaian.kode))
    pengganti = riwayat.digantikan_oleh(penilaian.kode)
    if pengganti is not None:
        raise InvalidValueError(
            _SUDAH_DIGANTIKAN_AJUKAN(nama=nama, kode=penilaian.kode, pengganti=pengganti.kode)
        )


def pemutus_keberatan(instansi: Instansi, penilaian: PenilaianKinerja, tanggal: dt.date) -> Pejabat:
    """Who decides an objection to ``penilaian`` on ``tanggal`` (KIN-KEBERATAN-02): the
    atasan langsung of its penilai, above the root unit the declared official (STR-ATASAN-02);
    for a penilai who no longer holds a post, the head above the post they rated from.

    Raises :class:`~birokrasi.errors.NotFoundError` naming the rule (and what to declare)
    when there is none.
    """
    v.pastikan_tipe("instansi", instansi, Instansi)
    v.pastikan_tipe("penilaian", penilaian, PenilaianKinerja)
    v.pastikan_tipe("tanggal", tanggal, dt.date)
    penilai = penilaian.penilai.pengenal
    try:
        kini = instansi.pelaku_pada(penilai, tanggal)
        if kini is not None and not isinstance(kini, PejabatNegara):
            return instansi.pastikan_atasan_langsung(kini.nip, tanggal)
        dulu = kini if kini is not None else instansi.pelaku_pada(penilai, penilaian.tanggal)
    except NotFoundError as e:
        raise NotFoundError(_TANPA_PELAKU(galat=e.pesan)) from None
    atasan = None if dulu is None else instansi.atasan_jabatan(dulu, tanggal)
    if atasan is None:
        templat = _PENILAI_TANPA_JABATAN if kini is None else _PENILAI_TANPA_ATASAN
        raise NotFoundError(templat(penilai=sebut_potret(penilaian.penilai), tanggal=tanggal))
    return atasan


def _keberatan_terbuka(
    nama: str,
    daftar: DaftarKeberatan,
    kode: str,
    oleh: NIP | str | PotretPejabat,
    tanggal: dt.date,
    instansi: Instansi,
    riwayat: RiwayatPenilaian,
) -> tuple[Keberatan, PotretPejabat]:
    """Objection ``kode`` of ``daftar`` and the decider's snapshot when ``oleh`` may decide it
    on ``tanggal``: not yet decided, and ``oleh`` its :func:`pemutus_keberatan`
    (KIN-KEBERATAN-02); otherwise raise, naming the public function ``nama``."""
    v.pastikan_tipe("daftar", daftar, DaftarKeberatan)
    v.pastikan_tipe("tanggal", tanggal, dt.date)
    v.pastikan_tipe("instansi", instansi, Instansi)
    v.pastikan_tipe("riwayat", riwayat, RiwayatPenilaian)
    keberatan = daftar.cari(kode)
    if daftar.putusan_atas(kode) is not None:
        raise InvalidValueError(_SUDAH_DIPUTUS(nama=nama, kode=kode))
    lama = keberatan.penilaian
    if riwayat.cari(lama.kode) != lama:
        raise InvalidValueError(_RIWAYAT_LAIN(kode=lama.kode))
    pemutus = potret_pelaku(instansi, oleh, tanggal, tindakan=nama, aturan=ATURAN_PUTUSAN_KEBERATAN)
    atasan = pemutus_keberatan(instansi, lama, tanggal)
    if atasan.pengenal != pemutus.pengenal:
        raise AuthorityError(
            _BUKAN_ATASAN(
                nama=nama,
                pemutus=sebut_potret(pemutus),
                penilai=sebut_potret(lama.penilai),
                tanggal=tanggal,
                atasan=sebut_pejabat(instansi, atasan),
                dasar=str(ATURAN_PUTUSAN_KEBERATAN.dasar),
            )
        )
    return keberatan, pemutus


def periksa_daftar_keberatan(
    daftar: DaftarKeberatan,
    instansi: Instansi,
    riwayat: RiwayatPenilaian | None = None,
) -> tuple[Pelanggaran, ...]:
    """Findings of KIN-KEBERATAN-02 over a register however it was built (by hand or loaded):
    an evaluation objected to twice; a decision by someone other than
    :func:`pemutus_keberatan` on its date (or when there is none); an acceptance whose new
    evaluation is not by the decider, of the same pegawai, SKP, kind and period, superseding
    the objected one, or (given ``riwayat``) missing from it."""
    v.pastikan_tipe("daftar", daftar, DaftarKeberatan)
    v.pastikan_tipe("instansi", instansi, Instansi)
    if riwayat is not None:
        v.pastikan_tipe("riwayat", riwayat, RiwayatPenilaian)
    hasil: list[Pelanggaran] = []
    pertama: dict[str, str] = {}
    for k in daftar.keberatan:
        asal = pertama.setdefault(k.penilaian.kode, k.kode)
        if asal != k.kode:
            hasil.append(
                Pelanggaran(
                    ATURAN_PUTUSAN_KEBERATAN,
                    f"keberatan:{k.kode}",
                    _DIAJUKAN_DUA_KALI(penilaian=k.penilaian.kode, keberatan=asal),
                )
            )
    for p in daftar.putusan:
        hasil += _periksa_putusan(p, daftar.cari(p.keberatan), instansi, riwayat)
    return tuple(hasil)


def _periksa_putusan(
    putusan: PutusanKeberatan,
    keberatan: Keberatan,
    instansi: Instansi,
    riwayat: RiwayatPenilaian | None,
) -> Iterator[Pelanggaran]:
    subjek = f"keberatan:{keberatan.kode}"
    lama = keberatan.penilaian
    siapa: object
    try:
        atasan = pemutus_keberatan(instansi, lama, putusan.tanggal)
    except NotFoundError:
        harus, siapa = None, _TANPA_PEMUTUS()
    else:
        harus, siapa = str(atasan.pengenal), sebut_pejabat(instansi, atasan)
    if harus != str(putusan.oleh.pengenal):
        yield Pelanggaran(
            ATURAN_PUTUSAN_KEBERATAN,
            subjek,
            _BUKAN_PEMUTUS(
                oleh=sebut_potret(putusan.oleh),
                tanggal=putusan.tanggal,
                penilai=sebut_potret(lama.penilai),
                atasan=siapa,
            ),
        )
    baru = putusan.penilaian_baru
    if baru is None:
        return
    sama = (baru.pegawai.nip, baru.skp, baru.jenis, baru.periode) == (
        lama.pegawai.nip,
        lama.skp,
        lama.jenis,
        lama.periode,
    )
    if not sama or baru.menggantikan != lama.kode or baru.penilai.pengenal != putusan.oleh.pengenal:
        yield Pelanggaran(
            ATURAN_PUTUSAN_KEBERATAN,
            subjek,
            _PENILAIAN_BARU_SALAH(baru=baru.kode, lama=lama.kode),
        )
    if riwayat is not None and riwayat.isi.count(baru) == 0:
        yield Pelanggaran(ATURAN_PUTUSAN_KEBERATAN, subjek, _BARU_TIDAK_DI_RIWAYAT(baru=baru.kode))


def _penilaian_baru(
    nama: str,
    keberatan: Keberatan,
    riwayat: RiwayatPenilaian,
    oleh: PotretPejabat,
    tanggal: dt.date,
    rating: tuple[Rating, Rating],
    kode_baru: str,
) -> PenilaianKinerja:
    """The re-rating by ``oleh`` that supersedes the objected evaluation (KIN-EVAL-06)."""
    lama = keberatan.penilaian
    pengganti = riwayat.digantikan_oleh(lama.kode)
    if pengganti is not None:
        raise InvalidValueError(
            _SUDAH_DIGANTIKAN(nama=nama, kode=lama.kode, pengganti=pengganti.kode)
        )
    return PenilaianKinerja(
        kode_baru,
        lama.skp,
        lama.pegawai,
        oleh,
        lama.jenis,
        lama.periode,
        *rating,
        tanggal,
        menggantikan=lama.kode,
        alasan=f"keberatan {keberatan.kode}: {keberatan.alasan}",
    )


def _catat(
    daftar: DaftarKeberatan,
    riwayat: RiwayatPenilaian,
    putusan: PutusanKeberatan,
) -> tuple[DaftarKeberatan, RiwayatPenilaian]:
    if putusan.penilaian_baru is not None:
        riwayat = riwayat.tambah(putusan.penilaian_baru)
    return daftar.catat(putusan), riwayat


def terima_keberatan(
    daftar: DaftarKeberatan,
    kode: str,
    *,
    rating_hasil_kerja: Rating,
    rating_perilaku_kerja: Rating,
    kode_baru: str,
    oleh: NIP | str | PotretPejabat,
    tanggal: dt.date,
    instansi: Instansi,
    riwayat: RiwayatPenilaian,
) -> tuple[DaftarKeberatan, RiwayatPenilaian]:
    """Accept objection ``kode`` (KIN-KEBERATAN-02): ``oleh``, the atasan langsung of the
    penilai on ``tanggal`` (else :class:`~birokrasi.errors.AuthorityError`), re-rates the
    pegawai; the new evaluation ``kode_baru`` supersedes the old one in ``riwayat``, which
    keeps it (KIN-EVAL-06). A second decision on the objection raises.
    """
    nama = "terima_keberatan"
    keberatan, pemutus = _keberatan_terbuka(nama, daftar, kode, oleh, tanggal, instansi, riwayat)
    rating = (rating_hasil_kerja, rating_perilaku_kerja)
    baru = _penilaian_baru(nama, keberatan, riwayat, pemutus, tanggal, rating, kode_baru)
    return _catat(daftar, riwayat, PutusanKeberatan(kode, pemutus, tanggal, baru))


def tolak_keberatan(
    daftar: DaftarKeberatan,
    kode: str,
    *,
    oleh: NIP | str | PotretPejabat,
    tanggal: dt.date,
    instansi: Instansi,
    riwayat: RiwayatPenilaian,
) -> tuple[DaftarKeberatan, RiwayatPenilaian]:
    """Reject objection ``kode`` (KIN-KEBERATAN-02): ``oleh`` must be the atasan langsung of
    the penilai on ``tanggal`` (else :class:`~birokrasi.errors.AuthorityError`); the result
    stands and ``riwayat`` is returned unchanged. A second decision on the objection raises.
    """
    _, pemutus = _keberatan_terbuka(
        "tolak_keberatan", daftar, kode, oleh, tanggal, instansi, riwayat
    )
    return _catat(daftar, riwayat, PutusanKeberatan(kode, pemutus, tanggal))


def putuskan_keberatan(
    daftar: DaftarKeberatan,
    kode: str,
    *,
    oleh: NIP | str | PotretPejabat,
    tanggal: dt.date,
    instansi: Instansi,
    riwayat: RiwayatPenilaian,
    hasil_kerja: Rating | None = None,
    perilaku_kerja: Rating | None = None,
    kode_baru: str | None = None,
) -> tuple[DaftarKeberatan, RiwayatPenilaian]:
    """Kept for code written against 0.1.0: use :func:`terima_keberatan` or
    :func:`tolak_keberatan`, which run the same steps. Both ratings and ``kode_baru`` accept
    objection ``kode``, none rejects it, a mix raises
    :class:`~birokrasi.errors.InvalidValueError` (KIN-KEBERATAN-02).
    """
    nama = "putuskan_keberatan"
    keberatan, pemutus = _keberatan_terbuka(nama, daftar, kode, oleh, tanggal, instansi, riwayat)
    if hasil_kerja is None and perilaku_kerja is None and kode_baru is None:
        return _catat(daftar, riwayat, PutusanKeberatan(kode, pemutus, tanggal))
    if hasil_kerja is None or perilaku_kerja is None or kode_baru is None:
        raise InvalidValueError(_PUTUSKAN_SEBAGIAN())
    rating = (hasil_kerja, perilaku_kerja)
    baru = _penilaian_baru(nama, keberatan, riwayat, pemutus, tanggal, rating, kode_baru)
    return _catat(daftar, riwayat, PutusanKeberatan(kode, pemutus, tanggal, baru))


_t = pembuat_templat(__name__)
_BATAS_LEWAT_KALENDER = _t(
    "KIN-KEBERATAN-01/batas-lewat-kalender",
    "diterima: the last day to object (KIN-KEBERATAN-01), {hari} calendar days after "
    "{diterima}, falls after {akhir}, the calendar's last day",
)
_BATAS_LEWAT_KALENDER_KERJA = _t(
    "KIN-KEBERATAN-01/batas-lewat-kalender-hari-kerja",
    "diterima: the last day to object (KIN-KEBERATAN-01), {hari} work days after "
    "{diterima}, falls after {akhir}, the calendar's last day",
)
_DITERIMA_MENDAHULUI = _t(
    "KEBERATAN/diterima-mendahului-penilaian",
    "Keberatan.diterima: {diterima} is before the evaluation's date ({tanggal})",
)
_DIAJUKAN_MENDAHULUI = _t(
    "KEBERATAN/diajukan-mendahului-diterima",
    "Keberatan.tanggal: {tanggal} is before the result was received ({diterima})",
)
_TERLAMBAT = _t(
    "KIN-KEBERATAN-01/terlambat",
    "filed {tanggal}, after the last day {batas} ({hari} calendar days from {diterima})",
)
_TERLAMBAT_KERJA = _t(
    "KIN-KEBERATAN-01/terlambat-hari-kerja",
    "filed {tanggal}, after the last day {batas} ({hari} work days from {diterima})",
)
_BUKAN_YANG_DINILAI = _t(
    "KIN-KEBERATAN-01/bukan-yang-dinilai",
    "ajukan_keberatan: {oleh} is not the pegawai rated, {pegawai} (KIN-KEBERATAN-01, {dasar})",
)
_AJUKAN_TERLAMBAT = _t(
    "KIN-KEBERATAN-01/ajukan-terlambat", "ajukan_keberatan: {pesan} (KIN-KEBERATAN-01)"
)
_KODE_GANDA = _t("KEBERATAN/kode-ganda", "{nama}: kode {kode} twice")
_PUTUSAN_TANPA_KEBERATAN = _t("KEBERATAN/putusan-tanpa-keberatan", "{nama}: no objection {kode}")
_SUDAH_DIPUTUS = _t(
    "KIN-KEBERATAN-02/sudah-diputus",
    "{nama}: objection {kode} is already decided and the decision is final (KIN-KEBERATAN-02)",
)
_DIPUTUS_MENDAHULUI = _t(
    "KEBERATAN/diputus-mendahului-diajukan",
    "{nama}: decided before the objection was filed ({tanggal}, filed {diajukan})",
)
_TIDAK_ADA = _t("KEBERATAN/tidak-ada", "DaftarKeberatan: no objection {kode}")
_SUDAH_DIAJUKAN = _t(
    "KIN-KEBERATAN-02/sudah-diajukan",
    "DaftarKeberatan.ajukan: evaluation {penilaian} is already objected to in {keberatan} "
    "(KIN-KEBERATAN-02)",
)
_RIWAYAT_LAIN = _t("KEBERATAN/riwayat-lain", "riwayat: holds another evaluation under kode {kode}")
_SUDAH_DIGANTIKAN_AJUKAN = _t(
    "KIN-KEBERATAN-02/sudah-digantikan",
    "{nama}: {kode} was superseded by {pengganti}; only the standing result is objected to "
    "(KIN-KEBERATAN-02)",
)
_TANPA_PELAKU = _t("KIN-KEBERATAN-02/penilai-tidak-dikenal", "{galat} (KIN-KEBERATAN-02)")
_PENILAI_TANPA_JABATAN = _t(
    "KIN-KEBERATAN-02/penilai-tanpa-jabatan",
    "keberatan: penilai {penilai} holds no post on {tanggal} and the instansi names no head "
    "above the post they rated from; declare the official above the root unit (STR-ATASAN-02, "
    "KIN-KEBERATAN-02)",
)
_PENILAI_TANPA_ATASAN = _t(
    "KIN-KEBERATAN-02/penilai-tanpa-atasan",
    "keberatan: penilai {penilai} has nobody declared above them on {tanggal} and the instansi "
    "names no head above the post they rated from; declare the official above the root unit "
    "(STR-ATASAN-02, KIN-KEBERATAN-02)",
)
_BUKAN_ATASAN = _t(
    "KIN-KEBERATAN-02/bukan-atasan",
    "{nama}: {pemutus} is not the atasan of penilai {penilai} on {tanggal} ({atasan} is; "
    "KIN-KEBERATAN-02, {dasar})",
)
_DIAJUKAN_DUA_KALI = _t(
    "KIN-KEBERATAN-02/diajukan-dua-kali",
    "evaluation {penilaian} was already objected to in {keberatan}",
)
_TANPA_PEMUTUS = _t("KIN-KEBERATAN-02/tanpa-pemutus", "nobody the instansi names")
_BUKAN_PEMUTUS = _t(
    "KIN-KEBERATAN-02/bukan-pemutus",
    "decided by {oleh} on {tanggal}; the atasan of penilai {penilai} is {atasan}",
)
_PENILAIAN_BARU_SALAH = _t(
    "KIN-KEBERATAN-02/penilaian-baru-salah",
    "new evaluation {baru} must be by the decider, of the same pegawai, SKP, kind and period, "
    "superseding {lama}",
)
_BARU_TIDAK_DI_RIWAYAT = _t(
    "KIN-KEBERATAN-02/penilaian-baru-tidak-di-riwayat", "new evaluation {baru} is not in riwayat"
)
_SUDAH_DIGANTIKAN = _t(
    "KIN-KEBERATAN-02/sudah-digantikan-putusan",
    "{nama}: {kode} was already superseded by {pengganti}",
)
_PUTUSKAN_SEBAGIAN = _t(
    "KIN-KEBERATAN-02/putuskan-sebagian",
    "putuskan_keberatan: to accept, give hasil_kerja, perilaku_kerja and kode_baru; to reject, "
    "give none",
)
