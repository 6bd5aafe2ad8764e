"""The journal of pemantauan kinerja: :class:`JurnalKinerja`, the append-only record of the
events (:mod:`birokrasi.kinerja.pemantauan.peristiwa`) of one pegawai under one SKP, and its
summaries per RHK and per BerAKHLAK value (PermenPANRB 6/2022 Pasal 5 huruf b, *pendokumentasian
kinerja*; Anak Lampiran 4: realisasi and umpan balik *berdasarkan bukti dukung*).

Events are read in date order; events of the same date keep the order in which they were
recorded (a stable sort on ``tanggal``), so the later-recorded realisation of a day wins and
summaries do not depend on the insertion order of events with distinct dates.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

import attrs

from birokrasi import _validasi as v
from birokrasi.errors import InvalidValueError, NotFoundError
from birokrasi.kinerja.pemantauan.peristiwa import (
    JENIS_PERISTIWA,
    BimbinganKinerja,
    DialogKinerja,
    Peristiwa,
    Realisasi,
    SifatUmpanBalik,
    TahapDialog,
    UmpanBalik,
)
from birokrasi.kinerja.perencanaan.perilaku import NilaiBerakhlak
from birokrasi.kinerja.perencanaan.skp import SKP
from birokrasi.pesan import pembuat_templat
from birokrasi.struktur.nip import NIP, _ke_nip

__all__ = [
    "HitunganUmpanBalik",
    "JurnalKinerja",
    "RingkasanJurnal",
    "RingkasanNilai",
    "RingkasanRHK",
]


@attrs.frozen
class HitunganUmpanBalik:
    """How many feedback events one giver gave with one nature."""

    pemberi: NIP
    sifat: SifatUmpanBalik
    jumlah: int


@attrs.frozen
class RingkasanRHK:
    """What the journal documents for one RHK: feedback by giver and nature, the latest
    realisation of each indicator, and the bukti dukung in date order."""

    rhk: str
    umpan_balik: tuple[HitunganUmpanBalik, ...]
    realisasi_terakhir: tuple[Realisasi, ...]
    bukti_dukung: tuple[str, ...]

    @property
    def jumlah_umpan_balik(self) -> int:
        """All feedback on the RHK."""
        return sum(h.jumlah for h in self.umpan_balik)


@attrs.frozen
class RingkasanNilai:
    """What the journal documents for one BerAKHLAK value: feedback by giver and nature and
    the bukti dukung in date order."""

    nilai: NilaiBerakhlak
    umpan_balik: tuple[HitunganUmpanBalik, ...]
    bukti_dukung: tuple[str, ...]

    @property
    def jumlah_umpan_balik(self) -> int:
        """All feedback on the value."""
        return sum(h.jumlah for h in self.umpan_balik)


@attrs.frozen
class RingkasanJurnal:
    """The journal folded: one row per RHK of the SKP (plus any unknown kode the journal
    names), one per BerAKHLAK value, dialogs held per stage and the pembinaan events."""

    per_rhk: tuple[RingkasanRHK, ...]
    per_nilai: tuple[RingkasanNilai, ...]
    dialog: tuple[tuple[TahapDialog, int], ...]
    pembinaan: tuple[BimbinganKinerja, ...]

    def rhk(self, kode: str) -> RingkasanRHK:
        """The row of RHK ``kode`` (a row with no events if the journal never names it)."""
        v.pastikan_tipe("kode", kode, str)
        return next((r for r in self.per_rhk if r.rhk == kode), RingkasanRHK(kode, (), (), ()))

    def nilai(self, nilai: NilaiBerakhlak) -> RingkasanNilai:
        """The row of BerAKHLAK value ``nilai`` (a row with no events if the summary has
        none for it)."""
        v.pastikan_tipe("nilai", nilai, NilaiBerakhlak)
        return next((r for r in self.per_nilai if r.nilai is nilai), RingkasanNilai(nilai, (), ()))


def _hitung(umpan_balik: list[UmpanBalik]) -> tuple[HitunganUmpanBalik, ...]:
    hitungan = Counter((u.oleh, u.sifat) for u in umpan_balik)
    urut = sorted(hitungan.items(), key=lambda item: (str(item[0][0]), item[0][1].value))
    return tuple(HitunganUmpanBalik(p, s, n) for (p, s), n in urut)


def _bukti(peristiwa: Iterable[UmpanBalik | Realisasi]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p.bukti_dukung for p in peristiwa if p.bukti_dukung is not None))


@attrs.frozen
class JurnalKinerja:
    """The append-only journal of pegawai ``pegawai`` under SKP ``skp`` (keys). Adding
    returns a new journal; nothing is removed or rewritten, a correction is a new event.

    Events are read in date order; events of the same date keep the order in which they were
    recorded (a stable sort on ``tanggal``), so the later-recorded realisation of a day wins.
    """

    skp: str = attrs.field(validator=v.kunci())
    pegawai: NIP = attrs.field(converter=_ke_nip, validator=v.instance_of(NIP))
    peristiwa: tuple[Peristiwa, ...] = attrs.field(
        default=(), converter=v.KeTuple[Peristiwa], validator=v.tuple_of(*JENIS_PERISTIWA)
    )

    def __attrs_post_init__(self) -> None:
        kode: set[str] = set()
        for index, p in enumerate(self.peristiwa):
            if p.pegawai != self.pegawai:
                raise InvalidValueError(
                    _PEGAWAI_LAIN(
                        nama=f"JurnalKinerja.peristiwa[{index}]",
                        kode=p.kode,
                        pegawai=p.pegawai,
                        pemilik=self.pegawai,
                        skp=self.skp,
                    )
                )
            if p.kode in kode:
                raise InvalidValueError(
                    _KODE_GANDA(nama=f"JurnalKinerja.peristiwa[{index}]", kode=p.kode)
                )
            kode.add(p.kode)

    @classmethod
    def untuk(cls, skp: SKP) -> JurnalKinerja:
        """An empty journal for the pegawai of ``skp``."""
        v.pastikan_tipe("skp", skp, SKP)
        return cls(skp.kode, skp.pegawai.nip)

    def tambah(self, *peristiwa: Peristiwa) -> JurnalKinerja:
        """A new journal with ``peristiwa`` appended, in that order."""
        return attrs.evolve(self, peristiwa=(*self.peristiwa, *peristiwa))

    def __len__(self) -> int:
        return len(self.peristiwa)

    def __iter__(self) -> Iterator[Peristiwa]:
        return iter(self.urut())

    def urut(self) -> tuple[Peristiwa, ...]:
        """The events by date, same-date events in recording order."""
        return tuple(sorted(self.peristiwa, key=lambda p: p.tanggal))

    def cari(self, kode: str) -> Peristiwa:
        """The event with this kode, or :class:`~birokrasi.errors.NotFoundError`."""
        v.pastikan_tipe("kode", kode, str)
        for p in self.peristiwa:
            if p.kode == kode:
                return p
        raise NotFoundError(_TIDAK_ADA(skp=self.skp, kode=v.render(kode)))

    def umpan_balik(self) -> tuple[UmpanBalik, ...]:
        """The feedback events, in reading order."""
        return tuple(p for p in self.urut() if isinstance(p, UmpanBalik))

    def realisasi(self) -> tuple[Realisasi, ...]:
        """The realisation events, in reading order."""
        return tuple(p for p in self.urut() if isinstance(p, Realisasi))

    def dialog(self) -> tuple[DialogKinerja, ...]:
        """The dialogs, in reading order."""
        return tuple(p for p in self.urut() if isinstance(p, DialogKinerja))

    def pembinaan(self) -> tuple[BimbinganKinerja, ...]:
        """The bimbingan and konseling events (konseling is a kind of pembinaan), in order."""
        return tuple(p for p in self.urut() if isinstance(p, BimbinganKinerja))

    def ringkas(self, skp: SKP | None = None) -> RingkasanJurnal:
        """Fold the journal into per-RHK and per-value summaries. With ``skp``, every RHK of
        the SKP has a row (in the SKP's order) before any unknown kode the journal names."""
        if skp is not None:
            v.pastikan_tipe("skp", skp, SKP)
        umpan_balik = self.umpan_balik()
        catatan = [p for p in self.urut() if isinstance(p, UmpanBalik | Realisasi)]
        urutan = [r.kode for r in skp.hasil_kerja] if skp is not None else []
        disebut = sorted({p.rhk for p in catatan if p.rhk is not None})
        per_rhk = []
        for kode in dict.fromkeys([*urutan, *disebut]):
            milik = [p for p in catatan if p.rhk == kode]
            terakhir = {p.indikator: p for p in milik if isinstance(p, Realisasi)}
            per_rhk.append(
                RingkasanRHK(
                    kode,
                    _hitung([p for p in milik if isinstance(p, UmpanBalik)]),
                    tuple(terakhir[i] for i in sorted(terakhir)),
                    _bukti(milik),
                )
            )
        per_nilai = []
        for nilai in NilaiBerakhlak:
            ub = [u for u in umpan_balik if u.nilai is nilai]
            per_nilai.append(RingkasanNilai(nilai, _hitung(ub), _bukti(ub)))
        dialog = Counter(d.tahap for d in self.dialog())
        return RingkasanJurnal(
            tuple(per_rhk),
            tuple(per_nilai),
            tuple((t, dialog[t]) for t in TahapDialog),
            self.pembinaan(),
        )


_t = pembuat_templat(__name__)
_PEGAWAI_LAIN = _t(
    "PANTAU/jurnal-pegawai-lain", "{nama}: {kode} is about {pegawai}, not {pemilik} of {skp}"
)
_KODE_GANDA = _t("PANTAU/jurnal-kode-ganda", "{nama}: kode {kode} is already recorded")
_TIDAK_ADA = _t("PANTAU/jurnal-tidak-ada", "JurnalKinerja {skp}: no event with kode {kode}")
