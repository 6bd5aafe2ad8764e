"""One instansi's performance year as one value: structure, sistem kerja, SKPs, journals,
evaluations, keberatan, the angka kredit ledgers and the organisation's predikat.

Agencies keep a year's records together and exchange them whole; kept as a dozen separate
values, their consistency was the application's burden. :class:`TahunKinerja` holds them, its
``tambah_*``/``ajukan_keberatan``/``catat_putusan`` operations return a new year and never
erase what was recorded (an evaluation is corrected by a new one that ``menggantikan`` it, a
journal only grows), and :func:`periksa_tahun_kinerja` checks that the parts refer to each other
(KIN-TAHUN-01 to 05). As a document (:func:`birokrasi.dokumen.ke_dokumen`) the year is one
versioned record that round-trips exactly.

>>> from birokrasi.contoh.tahun_kinerja import tahun_2025
>>> tahun = tahun_2025()
>>> tahun.tahun, len(tahun.skp), len(tahun.penilaian.isi), periksa_tahun_kinerja(tahun)
(2025, 9, 9, ())
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from birokrasi import _validasi as v
from birokrasi.errors import InvalidValueError
from birokrasi.hukum import PERMENPANRB_6_2022, Aturan, Dasar, Keyakinan, Pelanggaran
from birokrasi.karier.konversi import HasilKinerja
from birokrasi.karier.saldo import KenaikanJenjang, KenaikanPangkat, SaldoAwal, TambahanPendidikan
from birokrasi.kinerja.pemantauan.jurnal import JurnalKinerja
from birokrasi.kinerja.penilaian.capaian import PredikatOrganisasi
from birokrasi.kinerja.penilaian.evaluasi import PenilaianKinerja
from birokrasi.kinerja.penilaian.riwayat import RiwayatPenilaian
from birokrasi.kinerja.perencanaan.skp import SKP
from birokrasi.kinerja.tindak_lanjut.keberatan import DaftarKeberatan, Keberatan, PutusanKeberatan
from birokrasi.pesan import Pesan, Templat, pembuat_templat
from birokrasi.sistem_kerja.sistem import SistemKerja
from birokrasi.struktur.nip import NIP, _nip_argumen
from birokrasi.struktur.organisasi import Instansi

__all__ = [
    "ATURAN",
    "BukuAngkaKredit",
    "TahunKinerja",
    "periksa_tahun_kinerja",
]

_SIKLUS = Dasar(
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
        "Pasal 5 orders the stages of one cycle (planning, monitoring, evaluation, follow-up); "
        "that the records of a year must refer to each other is the library's reading of that "
        "cycle, not a norm the text states."
    ),
)

ATURAN_RUJUKAN_TAHUN = Aturan(
    kode="KIN-TAHUN-01",
    uraian=(
        "Setiap evaluasi menilai SKP dalam tahun kinerja yang sama, setiap jurnal "
        "mendokumentasikan SKP tahun itu, dan setiap keberatan diajukan atas evaluasi tahun itu."
    ),
    summary=(
        "Every evaluation's SKP, every journal's SKP and every keberatan's evaluation is in the "
        "same performance year."
    ),
    dasar=_SIKLUS,
)

ATURAN_NIP_TAHUN = Aturan(
    kode="KIN-TAHUN-02",
    uraian="Setiap pegawai yang disebut dalam tahun kinerja adalah pegawai instansi itu.",
    summary=(
        "Every NIP the year names (an SKP's or an evaluation's pegawai, a journal's, an angka "
        "kredit ledger's) is a pegawai of the instansi."
    ),
    dasar=_SIKLUS,
)

ATURAN_TIM_TAHUN = Aturan(
    kode="KIN-TAHUN-03",
    uraian="Setiap tim kerja yang disebut RHK adalah tim dalam sistem kerja tahun itu.",
    summary="Every team an RHK names is a team of the year's sistem kerja.",
    dasar=_SIKLUS,
)

ATURAN_BUKU_TAHUN = Aturan(
    kode="KIN-TAHUN-04",
    uraian=(
        "Evaluasi dalam buku angka kredit untuk tahun itu adalah evaluasi tahun kinerja itu, "
        "milik pegawai pemilik buku."
    ),
    summary=(
        "An evaluation in an angka kredit ledger that falls in the year is one of the year's "
        "evaluations, of the ledger's pegawai."
    ),
    dasar=_SIKLUS,
)

ATURAN_DALAM_TAHUN = Aturan(
    kode="KIN-TAHUN-05",
    uraian="SKP dan evaluasi dalam tahun kinerja berada dalam tahun itu.",
    summary="The year's SKPs and evaluations lie inside that calendar year.",
    dasar=_SIKLUS,
)

ATURAN: tuple[Aturan, ...] = (
    ATURAN_RUJUKAN_TAHUN,
    ATURAN_NIP_TAHUN,
    ATURAN_TIM_TAHUN,
    ATURAN_BUKU_TAHUN,
    ATURAN_DALAM_TAHUN,
)

PeristiwaBuku = (
    SaldoAwal
    | HasilKinerja
    | PenilaianKinerja
    | KenaikanPangkat
    | KenaikanJenjang
    | TambahanPendidikan
)
"""An event a ledger in a year holds: those of
:data:`~birokrasi.karier.saldo.PeristiwaAngkaKredit` that are values (a bare tuple is not)."""

_PERISTIWA_BUKU = (
    SaldoAwal,
    HasilKinerja,
    PenilaianKinerja,
    KenaikanPangkat,
    KenaikanJenjang,
    TambahanPendidikan,
)


@attrs.frozen
class BukuAngkaKredit:
    """One pegawai's angka kredit ledger: the events
    :func:`~birokrasi.karier.saldo.posisi_angka_kredit` reads, in the order recorded."""

    pegawai: NIP = attrs.field(validator=v.instance_of(NIP))
    peristiwa: tuple[PeristiwaBuku, ...] = attrs.field(
        default=(), converter=v.KeTuple[PeristiwaBuku], validator=v.tuple_of(*_PERISTIWA_BUKU)
    )

    def tambah(self, *peristiwa: PeristiwaBuku) -> BukuAngkaKredit:
        """A new ledger with ``peristiwa`` appended."""
        return attrs.evolve(self, peristiwa=(*self.peristiwa, *peristiwa))


def _unik(nama: str, kunci: list[str]) -> None:
    dilihat: set[str] = set()
    for i, k in enumerate(kunci):
        if k in dilihat:
            raise InvalidValueError(_GANDA(nama=f"TahunKinerja.{nama}[{i}]", kunci=k))
        dilihat.add(k)


@attrs.frozen
class TahunKinerja:
    """One instansi's performance year ``tahun``: its structure and sistem kerja, the SKPs,
    their journals, the evaluations (with their corrections), the keberatan register, the
    angka kredit ledgers and the organisation's predikat.

    The constructor checks each part on its own (one SKP per kode, one journal per SKP, one
    ledger per pegawai); how the parts refer to each other is checked by
    :func:`periksa_tahun_kinerja`, so a year being assembled can be stored and shown with its
    findings.
    """

    tahun: int = attrs.field(validator=v.bilangan(1, 9999))
    instansi: Instansi = attrs.field(validator=v.instance_of(Instansi))
    sistem_kerja: SistemKerja = attrs.field(
        factory=SistemKerja, validator=v.instance_of(SistemKerja)
    )
    skp: tuple[SKP, ...] = attrs.field(
        default=(), converter=v.KeTuple[SKP], validator=v.tuple_of(SKP)
    )
    jurnal: tuple[JurnalKinerja, ...] = attrs.field(
        default=(), converter=v.KeTuple[JurnalKinerja], validator=v.tuple_of(JurnalKinerja)
    )
    penilaian: RiwayatPenilaian = attrs.field(
        factory=RiwayatPenilaian, validator=v.instance_of(RiwayatPenilaian)
    )
    keberatan: DaftarKeberatan = attrs.field(
        factory=DaftarKeberatan, validator=v.instance_of(DaftarKeberatan)
    )
    angka_kredit: tuple[BukuAngkaKredit, ...] = attrs.field(
        default=(), converter=v.KeTuple[BukuAngkaKredit], validator=v.tuple_of(BukuAngkaKredit)
    )
    predikat_organisasi: PredikatOrganisasi | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(PredikatOrganisasi))
    )

    def __attrs_post_init__(self) -> None:
        _unik("skp", [s.kode for s in self.skp])
        _unik("jurnal", [j.skp for j in self.jurnal])
        _unik("angka_kredit", [b.pegawai.digit for b in self.angka_kredit])

    # -- appending: a new year, nothing erased --------------------------------------------

    def tambah_skp(self, skp: SKP) -> TahunKinerja:
        """A new year with ``skp`` added (a kode already present is refused)."""
        v.pastikan_tipe("skp", skp, SKP)
        return attrs.evolve(self, skp=(*self.skp, skp))

    def catat_jurnal(self, jurnal: JurnalKinerja) -> TahunKinerja:
        """A new year with ``jurnal`` recorded: a new SKP's journal is added; an SKP's journal
        already held is replaced only by one that keeps every event it had (a journal grows,
        it is never rewritten)."""
        v.pastikan_tipe("jurnal", jurnal, JurnalKinerja)
        for i, lama in enumerate(self.jurnal):
            if lama.skp == jurnal.skp:
                if lama.pegawai != jurnal.pegawai or not all(
                    p in jurnal.peristiwa for p in lama.peristiwa
                ):
                    raise InvalidValueError(_JURNAL_HILANG(skp=jurnal.skp))
                return attrs.evolve(self, jurnal=(*self.jurnal[:i], jurnal, *self.jurnal[i + 1 :]))
        return attrs.evolve(self, jurnal=(*self.jurnal, jurnal))

    def tambah_penilaian(self, penilaian: PenilaianKinerja) -> TahunKinerja:
        """A new year with ``penilaian`` added to the evaluations (a correction names the
        evaluation it ``menggantikan``, which stays: see :class:`RiwayatPenilaian`)."""
        return attrs.evolve(self, penilaian=self.penilaian.tambah(penilaian))

    def ajukan_keberatan(self, keberatan: Keberatan) -> TahunKinerja:
        """A new year with ``keberatan`` in the register."""
        return attrs.evolve(self, keberatan=self.keberatan.ajukan(keberatan))

    def catat_putusan(self, putusan: PutusanKeberatan) -> TahunKinerja:
        """A new year with the decision ``putusan`` in the register."""
        return attrs.evolve(self, keberatan=self.keberatan.catat(putusan))

    def tambah_angka_kredit(self, pegawai: NIP | str, /, *peristiwa: PeristiwaBuku) -> TahunKinerja:
        """A new year with ``peristiwa`` appended to ``pegawai``'s ledger (opened if new)."""
        nip = _nip_argumen("pegawai", pegawai)
        buku = list(self.angka_kredit)
        for i, b in enumerate(buku):
            if b.pegawai == nip:
                buku[i] = b.tambah(*peristiwa)
                return attrs.evolve(self, angka_kredit=tuple(buku))
        return attrs.evolve(self, angka_kredit=(*buku, BukuAngkaKredit(nip, peristiwa)))

    def tetapkan_predikat_organisasi(self, predikat: PredikatOrganisasi) -> TahunKinerja:
        """A new year with the organisation's predikat set; one already set is not
        overwritten by another."""
        v.pastikan_tipe("predikat", predikat, PredikatOrganisasi)
        if self.predikat_organisasi not in (None, predikat):
            raise InvalidValueError(_PREDIKAT_SUDAH(predikat=self.predikat_organisasi))
        return attrs.evolve(self, predikat_organisasi=predikat)


# -- the cross-part checks -------------------------------------------------------------------


def periksa_tahun_kinerja(tahun: TahunKinerja) -> tuple[Pelanggaran, ...]:
    """How the parts of ``tahun`` fail to refer to each other (KIN-TAHUN-01 to 05): the
    findings, keyed by the kode of the part that refers."""
    v.pastikan_tipe("tahun", tahun, TahunKinerja)
    return (
        *_periksa_rujukan(tahun),
        *_periksa_nip(tahun),
        *_periksa_tim(tahun),
        *_periksa_buku(tahun),
        *_periksa_dalam_tahun(tahun),
    )


def _periksa_rujukan(tahun: TahunKinerja) -> Iterator[Pelanggaran]:
    skp = {s.kode for s in tahun.skp}
    for p in tahun.penilaian.isi:
        if p.skp not in skp:
            yield Pelanggaran(
                ATURAN_RUJUKAN_TAHUN, p.kode, _PENILAIAN_LUAR(penilaian=p.kode, skp=p.skp)
            )
    for j in tahun.jurnal:
        if j.skp not in skp:
            yield Pelanggaran(ATURAN_RUJUKAN_TAHUN, j.skp, _JURNAL_LUAR(skp=j.skp))
    penilaian = set(tahun.penilaian.isi)
    for k in tahun.keberatan.keberatan:
        if k.penilaian not in penilaian:
            yield Pelanggaran(
                ATURAN_RUJUKAN_TAHUN,
                k.kode,
                _KEBERATAN_LUAR(keberatan=k.kode, penilaian=k.penilaian.kode),
            )


def _periksa_nip(tahun: TahunKinerja) -> Iterator[Pelanggaran]:
    dikenal = {p.nip for p in tahun.instansi.pegawai}
    disebut: list[tuple[str, NIP, Pesan]] = [
        *(
            (s.kode, s.pegawai.nip, _NIP_SKP(nama=s.pegawai.nama, nip=s.pegawai.nip))
            for s in tahun.skp
        ),
        *(
            (p.kode, p.pegawai.nip, _NIP_PENILAIAN(nama=p.pegawai.nama, nip=p.pegawai.nip))
            for p in tahun.penilaian.isi
        ),
        *((j.skp, j.pegawai, _NIP_JURNAL(nip=j.pegawai)) for j in tahun.jurnal),
        *((b.pegawai.digit, b.pegawai, _NIP_BUKU(nip=b.pegawai)) for b in tahun.angka_kredit),
    ]
    for subjek, nip, pesan in disebut:
        if nip not in dikenal:
            yield Pelanggaran(ATURAN_NIP_TAHUN, subjek, pesan)


def _periksa_tim(tahun: TahunKinerja) -> Iterator[Pelanggaran]:
    tim = {t.kode for t in tahun.sistem_kerja.tim}
    for s in tahun.skp:
        for rhk in s.hasil_kerja:
            if rhk.tim_kerja is not None and rhk.tim_kerja not in tim:
                yield Pelanggaran(
                    ATURAN_TIM_TAHUN, s.kode, _TIM_LUAR(rhk=rhk.kode, tim=rhk.tim_kerja)
                )


def _periksa_buku(tahun: TahunKinerja) -> Iterator[Pelanggaran]:
    penilaian = set(tahun.penilaian.isi)
    for b in tahun.angka_kredit:
        for p in b.peristiwa:
            if not isinstance(p, PenilaianKinerja) or p.periode.selesai.year != tahun.tahun:
                continue
            if p not in penilaian:
                yield Pelanggaran(ATURAN_BUKU_TAHUN, b.pegawai.digit, _BUKU_LUAR(penilaian=p.kode))
            elif p.pegawai.nip != b.pegawai:
                yield Pelanggaran(
                    ATURAN_BUKU_TAHUN,
                    b.pegawai.digit,
                    _BUKU_LAIN(penilaian=p.kode, nama=p.pegawai.nama, nip=p.pegawai.nip),
                )


def _periksa_dalam_tahun(tahun: TahunKinerja) -> Iterator[Pelanggaran]:
    bagian: list[tuple[str, Templat, int, int]] = [
        *(
            (s.kode, _SKP_LUAR_TAHUN, s.periode.mulai.year, s.periode.selesai.year)
            for s in tahun.skp
        ),
        *(
            (p.kode, _PENILAIAN_LUAR_TAHUN, p.periode.mulai.year, p.periode.selesai.year)
            for p in tahun.penilaian.isi
        ),
    ]
    for kode, templat, mulai, selesai in bagian:
        if (mulai, selesai) != (tahun.tahun, tahun.tahun):
            yield Pelanggaran(ATURAN_DALAM_TAHUN, kode, templat(kode=kode, tahun=tahun.tahun))


_t = pembuat_templat(__name__)
_GANDA = _t("TAHUN/ganda", "{nama}: {kunci} twice")
_JURNAL_HILANG = _t(
    "TAHUN/jurnal-kehilangan-peristiwa",
    "TahunKinerja.catat_jurnal: the journal of {skp} would lose recorded events; add events to "
    "the journal held (JurnalKinerja.tambah)",
)
_PREDIKAT_SUDAH = _t(
    "TAHUN/predikat-sudah-ditetapkan",
    "TahunKinerja.tetapkan_predikat_organisasi: the predikat is already {predikat}",
)
_PENILAIAN_LUAR = _t(
    "KIN-TAHUN-01/penilaian", "evaluation {penilaian} rates SKP {skp}, not in the year"
)
_JURNAL_LUAR = _t("KIN-TAHUN-01/jurnal", "a journal documents SKP {skp}, not in the year")
_KEBERATAN_LUAR = _t(
    "KIN-TAHUN-01/keberatan",
    "keberatan {keberatan} is against evaluation {penilaian}, not the year's",
)
_NIP_SKP = _t(
    "KIN-TAHUN-02/skp", "the SKP's pegawai {nama} ({nip}) is not a pegawai of the instansi"
)
_NIP_PENILAIAN = _t(
    "KIN-TAHUN-02/penilaian",
    "the evaluated pegawai {nama} ({nip}) is not a pegawai of the instansi",
)
_NIP_JURNAL = _t(
    "KIN-TAHUN-02/jurnal", "the journal's pegawai {nip} is not a pegawai of the instansi"
)
_NIP_BUKU = _t("KIN-TAHUN-02/buku", "the ledger's pegawai {nip} is not a pegawai of the instansi")
_TIM_LUAR = _t("KIN-TAHUN-03/tim", "RHK {rhk} names team {tim}, not in the year's sistem kerja")
_BUKU_LUAR = _t(
    "KIN-TAHUN-04/penilaian-luar", "the ledger holds evaluation {penilaian}, not one of the year's"
)
_BUKU_LAIN = _t(
    "KIN-TAHUN-04/pegawai-lain",
    "the ledger holds evaluation {penilaian} of another pegawai, {nama} ({nip})",
)
_SKP_LUAR_TAHUN = _t("KIN-TAHUN-05/skp", "the SKP {kode} is not inside {tahun}")
_PENILAIAN_LUAR_TAHUN = _t("KIN-TAHUN-05/penilaian", "the evaluation {kode} is not inside {tahun}")
