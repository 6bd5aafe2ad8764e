"""Keberatan: a pegawai's objection to an evaluation, filed with reasons to the atasan of the
Pejabat Penilai Kinerja within 14 days of receiving it (KIN-KEBERATAN-01), decided once and
finally by that atasan (KIN-KEBERATAN-02); an accepted objection yields a new
:class:`~birokrasi.kinerja.penilaian.evaluasi.PenilaianKinerja` that supersedes the old one, which
stays on record (KIN-EVAL-06).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

from birokrasi import _validasi as v
from birokrasi.errors import AuthorityError, InvalidValueError, NotFoundError
from birokrasi.hukum import PERMENPANRB_6_2022, PP_30_2019, Aturan, Dasar, Keyakinan, Pelanggaran
from birokrasi.kinerja.penilaian.evaluasi import PenilaianKinerja
from birokrasi.kinerja.penilaian.riwayat import RiwayatPenilaian
from birokrasi.kinerja.predikat import Rating
from birokrasi.struktur.organisasi import Instansi
from birokrasi.struktur.potret import PotretPegawai

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
    "periksa_keberatan",
    "putuskan_keberatan",
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
    dasar=Dasar(PP_30_2019, pasal="59", ayat="4", keyakinan=Keyakinan.TERVERIFIKASI),
    dasar_lain=(
        Dasar(
            PP_30_2019,
            pasal="59",
            ayat="3",
            keyakinan=Keyakinan.TERVERIFIKASI,
            tafsiran=(
                "The superior is Instansi.atasan_langsung of the penilai on the decision "
                "date; no deadline for the decision was found."
            ),
        ),
    ),
)

ATURAN: tuple[Aturan, ...] = (ATURAN_BATAS_KEBERATAN, ATURAN_PUTUSAN_KEBERATAN)


def _libur(libur: Iterable[dt.date]) -> frozenset[dt.date]:
    v.pastikan_iterabel("libur", libur, "a set of dates")
    hasil = frozenset(libur)
    for d in hasil:
        v.periksa_tipe("libur[]", d, dt.date)
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
    (Monday to Friday, not in ``libur``) when ``hari_kerja``.

    >>> batas_keberatan(dt.date(2025, 1, 10))
    datetime.date(2025, 1, 24)
    >>> batas_keberatan(dt.date(2025, 1, 10), hari_kerja=True)
    datetime.date(2025, 1, 30)
    """
    v.periksa_tipe("diterima", diterima, dt.date)
    v.pastikan_bilangan("hari", hari, 1, 366)
    v.periksa_tipe("hari_kerja", hari_kerja, bool)
    bebas = _libur(libur)
    if not hari_kerja:
        return diterima + dt.timedelta(days=hari)
    tanggal, sisa = diterima, hari
    while sisa:
        tanggal += dt.timedelta(days=1)
        if tanggal.weekday() < 5 and tanggal not in bebas:
            sisa -= 1
    return tanggal


@attrs.frozen
class Keberatan:
    """An objection to evaluation ``penilaian`` filed on ``tanggal`` with ``alasan``;
    ``diterima`` is the day the pegawai received the result (default: its date)."""

    kode: str = attrs.field(validator=v.teks())
    penilaian: PenilaianKinerja = attrs.field(validator=v.instance_of(PenilaianKinerja))
    tanggal: dt.date = attrs.field(validator=v.instance_of(dt.date))
    alasan: str = attrs.field(validator=v.teks())
    diterima: dt.date | None = attrs.field(
        default=None, kw_only=True, validator=v.optional(v.instance_of(dt.date))
    )

    def __attrs_post_init__(self) -> None:
        if self.diterima is not None and self.diterima < self.penilaian.tanggal:
            raise InvalidValueError(
                f"Keberatan.diterima: {self.diterima} is before the evaluation's date"
            )
        if self.tanggal < self.tanggal_diterima:
            raise InvalidValueError(
                f"Keberatan.tanggal: {self.tanggal} is before the result was received "
                f"({self.tanggal_diterima})"
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
    """A finding when ``keberatan`` was filed after the deadline (KIN-KEBERATAN-01)."""
    v.periksa_tipe("keberatan", keberatan, Keberatan)
    batas = batas_keberatan(
        keberatan.tanggal_diterima, hari=hari, hari_kerja=hari_kerja, libur=libur
    )
    if keberatan.tanggal <= batas:
        return ()
    jenis = "work" if hari_kerja else "calendar"
    return (
        Pelanggaran(
            ATURAN_BATAS_KEBERATAN,
            f"keberatan:{keberatan.kode}",
            f"filed {keberatan.tanggal.isoformat()}, after the last day {batas.isoformat()} "
            f"({hari} {jenis} days from {keberatan.tanggal_diterima.isoformat()})",
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
) -> Keberatan:
    """File an objection; a late filing raises :class:`~birokrasi.errors.InvalidValueError`
    (KIN-KEBERATAN-01)."""
    keberatan = Keberatan(kode, penilaian, tanggal, alasan, diterima=diterima)
    for p in periksa_keberatan(keberatan, hari=hari, hari_kerja=hari_kerja, libur=libur):
        raise InvalidValueError(f"ajukan_keberatan: {p.pesan} ({p.kode})")
    return keberatan


@attrs.frozen
class PutusanKeberatan:
    """The final decision on objection ``keberatan`` (a kode) by ``oleh`` on ``tanggal``:
    accepted with a superseding evaluation ``penilaian_baru``, or rejected (``None``)."""

    keberatan: str = attrs.field(validator=v.teks())
    oleh: PotretPegawai = attrs.field(validator=v.instance_of(PotretPegawai))
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
        default=(), converter=v.to_tuple, validator=v.tuple_of(Keberatan)
    )
    putusan: tuple[PutusanKeberatan, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.tuple_of(PutusanKeberatan)
    )

    def __attrs_post_init__(self) -> None:
        kode: dict[str, Keberatan] = {}
        for i, k in enumerate(self.keberatan):
            if k.kode in kode:
                raise InvalidValueError(f"DaftarKeberatan.keberatan[{i}]: kode {k.kode!r} twice")
            kode[k.kode] = k
        diputus: set[str] = set()
        for i, p in enumerate(self.putusan):
            tempat = f"DaftarKeberatan.putusan[{i}]"
            asal = kode.get(p.keberatan)
            if asal is None:
                raise InvalidValueError(f"{tempat}: no objection {p.keberatan!r}")
            if p.keberatan in diputus:
                raise InvalidValueError(
                    f"{tempat}: objection {p.keberatan} is already decided and the decision "
                    f"is final ({ATURAN_PUTUSAN_KEBERATAN.kode})"
                )
            if p.tanggal < asal.tanggal:
                raise InvalidValueError(f"{tempat}: decided before the objection was filed")
            diputus.add(p.keberatan)

    def cari(self, kode: str) -> Keberatan:
        """The objection with this kode, or :class:`~birokrasi.errors.NotFoundError`."""
        v.periksa_tipe("kode", kode, str)
        for k in self.keberatan:
            if k.kode == kode:
                return k
        raise NotFoundError(f"DaftarKeberatan: no objection {kode!r}")

    def putusan_atas(self, kode: str) -> PutusanKeberatan | None:
        """The decision on objection ``kode``, or ``None`` while pending."""
        self.cari(kode)
        return next((p for p in self.putusan if p.keberatan == kode), None)

    def ajukan(self, keberatan: Keberatan) -> DaftarKeberatan:
        """A new register with ``keberatan`` added."""
        v.periksa_tipe("keberatan", keberatan, Keberatan)
        return attrs.evolve(self, keberatan=(*self.keberatan, keberatan))

    def catat(self, putusan: PutusanKeberatan) -> DaftarKeberatan:
        """A new register with ``putusan`` recorded."""
        v.periksa_tipe("putusan", putusan, PutusanKeberatan)
        return attrs.evolve(self, putusan=(*self.putusan, putusan))


def putuskan_keberatan(
    daftar: DaftarKeberatan,
    kode: str,
    *,
    oleh: PotretPegawai,
    tanggal: dt.date,
    instansi: Instansi,
    riwayat: RiwayatPenilaian,
    hasil_kerja: Rating | None = None,
    perilaku_kerja: Rating | None = None,
    kode_baru: str | None = None,
) -> tuple[DaftarKeberatan, RiwayatPenilaian]:
    """Decide objection ``kode`` (KIN-KEBERATAN-02): ``oleh`` must be the atasan langsung of
    the penilai on ``tanggal`` (else :class:`~birokrasi.errors.AuthorityError`). Giving both
    ratings and ``kode_baru`` accepts it: a new evaluation by ``oleh`` supersedes the old
    one in ``riwayat`` (KIN-EVAL-06); giving none rejects it. A second decision raises.
    """
    v.periksa_tipe("daftar", daftar, DaftarKeberatan)
    v.periksa_tipe("oleh", oleh, PotretPegawai)
    v.periksa_tipe("tanggal", tanggal, dt.date)
    v.periksa_tipe("instansi", instansi, Instansi)
    v.periksa_tipe("riwayat", riwayat, RiwayatPenilaian)
    keberatan = daftar.cari(kode)
    if daftar.putusan_atas(kode) is not None:
        raise InvalidValueError(
            f"putuskan_keberatan: objection {kode} is already decided and the decision is "
            f"final ({ATURAN_PUTUSAN_KEBERATAN.kode})"
        )
    lama = keberatan.penilaian
    if riwayat.cari(lama.kode) != lama:
        raise InvalidValueError(f"riwayat: holds another evaluation under kode {lama.kode}")
    atasan = instansi.atasan_langsung(lama.penilai.nip, tanggal)
    if atasan is None or atasan.nip != oleh.nip:
        berwenang = "nobody" if atasan is None else str(atasan.nip)
        raise AuthorityError(
            f"putuskan_keberatan: {oleh.nip} is not the atasan of penilai {lama.penilai.nip} "
            f"on {tanggal.isoformat()} ({berwenang} is; {ATURAN_PUTUSAN_KEBERATAN.kode}, "
            f"{ATURAN_PUTUSAN_KEBERATAN.dasar})"
        )
    diberikan = [x is not None for x in (hasil_kerja, perilaku_kerja, kode_baru)]
    if any(diberikan) and not all(diberikan):
        raise InvalidValueError(
            "putuskan_keberatan: to accept, give hasil_kerja, perilaku_kerja and kode_baru; "
            "to reject, give none"
        )
    baru = None
    if all(diberikan):
        assert hasil_kerja is not None
        assert perilaku_kerja is not None
        assert kode_baru is not None
        pengganti = riwayat.digantikan_oleh(lama.kode)
        if pengganti is not None:
            raise InvalidValueError(
                f"putuskan_keberatan: {lama.kode} was already superseded by {pengganti.kode}"
            )
        baru = PenilaianKinerja(
            kode_baru,
            lama.skp,
            lama.pegawai,
            oleh,
            lama.jenis,
            lama.periode,
            hasil_kerja,
            perilaku_kerja,
            tanggal,
            menggantikan=lama.kode,
            alasan=f"keberatan {keberatan.kode}: {keberatan.alasan}",
        )
        riwayat = riwayat.tambah(baru)
    putusan = PutusanKeberatan(keberatan.kode, oleh, tanggal, baru)
    return daftar.catat(putusan), riwayat
