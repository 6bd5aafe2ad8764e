"""The SKP (Sasaran Kinerja Pegawai): the plan a leader and an employee agree for a year or
part of a year (PermenPANRB 6/2022, Perencanaan Kinerja).

An :class:`SKP` records the pegawai and the Pejabat Penilai Kinerja as snapshots
(:class:`~birokrasi.struktur.potret.PotretPegawai`), its :class:`~birokrasi.periode.Periode`,
the :class:`Pendekatan`, the hasil kerja rows (:class:`RencanaHasilKerja` with
:class:`IndikatorKinerja` and :class:`Target`), the perilaku kerja
(:class:`~birokrasi.kinerja.perencanaan.perilaku.PerilakuKerja`) and the :class:`Lampiran`. Its
status moves draft -> disetujui (the pegawai agrees, KIN-SKP-10) -> ditetapkan (the penilai sets it,
KIN-SKP-09); each step returns a new SKP. The checks live in :mod:`.perencanaan` and
:mod:`.pohon`.
"""

from __future__ import annotations

import datetime as dt

import attrs

from birokrasi import _validasi as v
from birokrasi._enum import Berlabel
from birokrasi.errors import AuthorityError, InvalidValueError, NotFoundError
from birokrasi.hukum import PERMENPANRB_6_2022, PERMENPANRB_8_2021, Aturan, Dasar, Keyakinan
from birokrasi.kinerja.perencanaan.perilaku import PerilakuKerja
from birokrasi.kinerja.perencanaan.target import Aspek, IndikatorKinerja, Target
from birokrasi.periode import Periode
from birokrasi.pesan import pembuat_templat
from birokrasi.struktur.nip import NIP, _ke_nip
from birokrasi.struktur.organisasi import Instansi
from birokrasi.struktur.potret import (
    PotretPegawai,
    PotretPejabat,
    PotretPejabatNegara,
    potret_pegawai,
    potret_penilai,
)
from birokrasi.struktur.unsur import _kode_bukan_nip, _pengenal_argumen

__all__ = [
    "ATURAN",
    "ATURAN_PENETAPAN",
    "ATURAN_PERSETUJUAN",
    "SKP",
    "Aspek",
    "Ekspektasi",
    "IndikatorKinerja",
    "JenisHasilKerja",
    "Lampiran",
    "Pendekatan",
    "Perspektif",
    "RencanaHasilKerja",
    "RujukanRHK",
    "StatusSKP",
    "Tandatangan",
    "Target",
    "susun_skp",
]

_SALINAN_8_2021_HLM_52 = (
    "online.flipbuilder.com/vajnr/eqrv/files/basic-html/page58.html (SALINAN, p. 52)"
)
_KUTIPAN_8_2021_E_1 = (
    "Rencana SKP ... yang telah direviu oleh pengelola Kinerja/ tim pengelola Kinerja kemudian "
    "ditandatangani pegawai yang bersangkutan serta ditetapkan oleh pejabat penilai Kinerja."
)

ATURAN_PENETAPAN = Aturan(
    kode="KIN-SKP-09",
    uraian=(
        "SKP ditetapkan oleh Pejabat Penilai Kinerja pegawai (atasan langsung paling rendah "
        "pengawas, atau pejabat lain yang diberi pendelegasian kewenangan)."
    ),
    summary="Only the pegawai's Pejabat Penilai Kinerja (or the delegated official) sets the SKP.",
    dasar=Dasar(
        PERMENPANRB_6_2022,
        pasal="1",
        bagian="definisi Pejabat Penilai Kinerja",
        keyakinan=Keyakinan.SEKUNDER,
    ),
    dasar_lain=(
        Dasar(
            PERMENPANRB_8_2021,
            lampiran="huruf E angka 1 (SKP ditetapkan oleh pejabat penilai Kinerja)",
            keyakinan=Keyakinan.SEKUNDER,
            kutipan=_KUTIPAN_8_2021_E_1,
            sumber=_SALINAN_8_2021_HLM_52,
            tafsiran=(
                "The wording of 8/2021, revoked by 6/2022, is applied to 6/2022 (secondary "
                "sources describe the same penetapan under 6/2022). When the agency has no "
                "penilai for the pegawai (the head of the agency, rated by an official outside "
                "it), the penilai recorded in the SKP is the one who may set it."
            ),
        ),
    ),
)

ATURAN_PERSETUJUAN = Aturan(
    kode="KIN-SKP-10",
    uraian=(
        "Pegawai menyusun SKP melalui dialog kinerja dan menandatangani (menyetujui) SKP "
        "sebelum ditetapkan oleh Pejabat Penilai Kinerja."
    ),
    summary="The pegawai agrees to (signs) their own SKP before the penilai sets it.",
    dasar=Dasar(
        PERMENPANRB_6_2022,
        lampiran="format SKP, pedoman penyusunan (dialog kinerja)",
        keyakinan=Keyakinan.SEKUNDER,
    ),
    dasar_lain=(
        Dasar(
            PERMENPANRB_8_2021,
            lampiran="huruf E angka 1 (ditandatangani pegawai yang bersangkutan)",
            keyakinan=Keyakinan.SEKUNDER,
            kutipan=_KUTIPAN_8_2021_E_1,
            sumber=_SALINAN_8_2021_HLM_52,
            tafsiran=(
                "PermenPANRB 8/2021 was revoked by 6/2022; its wording is kept as the reading "
                "of the 6/2022 form (the main citation). Agreement by the pegawai is modelled "
                "as the step before penetapan."
            ),
        ),
    ),
)

ATURAN: tuple[Aturan, ...] = (ATURAN_PENETAPAN, ATURAN_PERSETUJUAN)


class Pendekatan(Berlabel):
    """How hasil kerja is planned: quantitative or qualitative (6/2022 allows either)."""

    KUANTITATIF = "Kuantitatif"
    KUALITATIF = "Kualitatif"


class JenisHasilKerja(Berlabel):
    """A hasil kerja row is Utama (main) or Tambahan (additional)."""

    UTAMA = "Utama"
    TAMBAHAN = "Tambahan"


class Perspektif(Berlabel):
    """The perspective of a JPT's indicator (balanced-scorecard style, KIN-SKP-06).

    Penerima Layanan, Proses Bisnis and Penguatan Internal are seen in the Lampiran example
    as reproduced by public e-kinerja code [S]. Anggaran is **uncertain** [U]: the digest did
    not see it in the Lampiran; one public e-kinerja code base (a *Manual Indikator Kinerja*
    form) lists it as the fourth perspective ("efektivitas dan efisiensi penggunaan
    anggaran"). ``pasti`` is False for it.
    """

    PENERIMA_LAYANAN = "Penerima Layanan"
    PROSES_BISNIS = "Proses Bisnis"
    PENGUATAN_INTERNAL = "Penguatan Internal"
    ANGGARAN = "Anggaran"

    @property
    def pasti(self) -> bool:
        """Whether the value was seen in the Lampiran example (False only for Anggaran)."""
        return self is not Perspektif.ANGGARAN


class StatusSKP(Berlabel):
    """Where an SKP is in its life: drafted, agreed by the pegawai, set by the penilai."""

    DRAFT = "Draft"
    DISETUJUI = "Disetujui"
    DITETAPKAN = "Ditetapkan"


@attrs.frozen
class Ekspektasi:
    """The leader's expectation on one hasil kerja, agreed in the dialog kinerja (text)."""

    uraian: str = attrs.field(validator=v.teks())


@attrs.frozen(order=True)
class RujukanRHK:
    """A reference to an RHK by key: the kode of its SKP and its kode within that SKP."""

    skp: str = attrs.field(validator=v.kunci())
    rhk: str = attrs.field(validator=v.kunci())

    def __str__(self) -> str:
        return f"{self.skp}/{self.rhk}"


@attrs.frozen
class RencanaHasilKerja:
    """A hasil kerja row (RHK): key unique in its SKP, Utama or Tambahan, its indicators and
    the leader's :class:`Ekspektasi`.

    A JA/JF row names the leader's RHK it intervenes (``intervensi``, KIN-SKP-04/05); a JPT
    row cites its Perjanjian Kinerja line and a :class:`Perspektif` (KIN-SKP-06/07). The row
    may record the Penugasan or TimKerja it comes from (PermenPANRB 7/2022) as opaque keys.
    """

    kode: str = attrs.field(validator=v.kunci())
    uraian: str = attrs.field(validator=v.teks())
    indikator: tuple[IndikatorKinerja, ...] = attrs.field(
        default=(), converter=v.KeTuple[IndikatorKinerja], validator=v.tuple_of(IndikatorKinerja)
    )
    jenis: JenisHasilKerja = attrs.field(
        default=JenisHasilKerja.UTAMA, kw_only=True, validator=v.instance_of(JenisHasilKerja)
    )
    intervensi: RujukanRHK | None = attrs.field(
        default=None, kw_only=True, validator=v.optional(v.instance_of(RujukanRHK))
    )
    perjanjian_kinerja: str | None = attrs.field(
        default=None, kw_only=True, validator=v.optional(v.teks())
    )
    perspektif: Perspektif | None = attrs.field(
        default=None, kw_only=True, validator=v.optional(v.instance_of(Perspektif))
    )
    penugasan: str | None = attrs.field(default=None, kw_only=True, validator=v.optional(v.kunci()))
    tim_kerja: str | None = attrs.field(default=None, kw_only=True, validator=v.optional(v.kunci()))
    ekspektasi: Ekspektasi | None = attrs.field(
        default=None, kw_only=True, validator=v.optional(v.instance_of(Ekspektasi))
    )

    @property
    def utama(self) -> bool:
        """True for a Hasil Kerja Utama."""
        return self.jenis is JenisHasilKerja.UTAMA


@attrs.frozen
class Lampiran:
    """The SKP's Lampiran: dukungan sumber daya, skema pertanggungjawaban, konsekuensi."""

    dukungan_sumber_daya: tuple[str, ...] = attrs.field(
        default=(), converter=v.KeTuple[str], validator=v.tuple_of(str)
    )
    skema_pertanggungjawaban: tuple[str, ...] = attrs.field(
        default=(), converter=v.KeTuple[str], validator=v.tuple_of(str)
    )
    konsekuensi: tuple[str, ...] = attrs.field(
        default=(), converter=v.KeTuple[str], validator=v.tuple_of(str)
    )


def _ke_nip_opsional(nilai: NIP | str | None) -> NIP | None:
    return None if nilai is None else _ke_nip(nilai)


@attrs.frozen
class Tandatangan:
    """Who signed a step of the SKP, and when: a pegawai or official by ``nip``, or a pejabat
    negara above the instansi, who has no NIP, by ``kode`` (STR-ATASAN-02); exactly one."""

    nip: NIP | None = attrs.field(
        converter=_ke_nip_opsional, validator=v.optional(v.instance_of(NIP))
    )
    tanggal: dt.date = attrs.field(validator=v.instance_of(dt.date))
    kode: str | None = attrs.field(
        default=None, kw_only=True, validator=v.optional(_kode_bukan_nip)
    )

    def __attrs_post_init__(self) -> None:
        if (self.nip is None) == (self.kode is None):
            raise InvalidValueError(_TANDA_SATU(nip=self.nip, kode=repr(self.kode)))

    @property
    def pengenal(self) -> NIP | str:
        """Who signed: the NIP, or the kode of a pejabat negara."""
        pengenal = self.nip if self.nip is not None else self.kode
        assert pengenal is not None
        return pengenal


def _tanda(pengenal: NIP | str, tanggal: dt.date) -> Tandatangan:
    if isinstance(pengenal, NIP):
        return Tandatangan(pengenal, tanggal)
    return Tandatangan(None, tanggal, kode=pengenal)


@attrs.frozen
class SKP:
    """An SKP (see the module docstring). Identity is ``kode``; the status follows from the
    signatures: none is :attr:`StatusSKP.DRAFT`, the pegawai's is ``DISETUJUI``, both are
    ``DITETAPKAN``. Change it only through :meth:`setujui` and :meth:`tetapkan`.
    """

    kode: str = attrs.field(validator=v.kunci())
    pegawai: PotretPegawai = attrs.field(validator=v.instance_of(PotretPegawai))
    penilai: PotretPejabat = attrs.field(
        validator=v.instance_of(PotretPegawai, PotretPejabatNegara)
    )
    periode: Periode = attrs.field(validator=v.instance_of(Periode))
    pendekatan: Pendekatan = attrs.field(validator=v.instance_of(Pendekatan))
    hasil_kerja: tuple[RencanaHasilKerja, ...] = attrs.field(
        converter=v.KeTuple[RencanaHasilKerja], validator=v.tuple_of(RencanaHasilKerja)
    )
    perilaku: PerilakuKerja = attrs.field(
        factory=PerilakuKerja, kw_only=True, validator=v.instance_of(PerilakuKerja)
    )
    lampiran: Lampiran = attrs.field(
        factory=Lampiran, kw_only=True, validator=v.instance_of(Lampiran)
    )
    disetujui: Tandatangan | None = attrs.field(
        default=None, kw_only=True, validator=v.optional(v.instance_of(Tandatangan))
    )
    ditetapkan: Tandatangan | None = attrs.field(
        default=None, kw_only=True, validator=v.optional(v.instance_of(Tandatangan))
    )

    def __attrs_post_init__(self) -> None:
        if self.pegawai.nip == self.penilai.pengenal:
            raise InvalidValueError(_MENILAI_DIRI(nama=self.pegawai.nama, nip=self.pegawai.nip))
        if self.periode.mulai.year != self.periode.selesai.year:
            raise InvalidValueError(_DUA_TAHUN(periode=self.periode))
        kode: set[str] = set()
        for index, rhk in enumerate(self.hasil_kerja):
            if rhk.kode in kode:
                raise InvalidValueError(_RHK_GANDA(index=index, rhk=repr(rhk.kode), skp=self.kode))
            kode.add(rhk.kode)
        self._pastikan_tandatangan()

    def _pastikan_tandatangan(self) -> None:
        if self.disetujui is not None and self.disetujui.pengenal != self.pegawai.nip:
            raise InvalidValueError(
                _DISETUJUI_ORANG_LAIN(
                    penanda=self.disetujui.pengenal, nama=self.pegawai.nama, nip=self.pegawai.nip
                )
            )
        if self.ditetapkan is None:
            return
        if self.disetujui is None:
            raise InvalidValueError(_DITETAPKAN_TANPA_PERSETUJUAN())
        if self.ditetapkan.pengenal != self.penilai.pengenal:
            raise InvalidValueError(
                _DITETAPKAN_ORANG_LAIN(
                    penanda=self.ditetapkan.pengenal,
                    nama=self.penilai.nama,
                    penilai=self.penilai.pengenal,
                )
            )
        if self.ditetapkan.tanggal < self.disetujui.tanggal:
            raise InvalidValueError(
                _DITETAPKAN_SEBELUM_SETUJU(
                    ditetapkan=self.ditetapkan.tanggal, disetujui=self.disetujui.tanggal
                )
            )

    @property
    def status(self) -> StatusSKP:
        """Draft, disetujui or ditetapkan, read from the signatures."""
        if self.ditetapkan is not None:
            return StatusSKP.DITETAPKAN
        if self.disetujui is not None:
            return StatusSKP.DISETUJUI
        return StatusSKP.DRAFT

    @property
    def hasil_kerja_utama(self) -> tuple[RencanaHasilKerja, ...]:
        """The Hasil Kerja Utama rows, in order."""
        return tuple(r for r in self.hasil_kerja if r.utama)

    def rhk(self, kode: str) -> RencanaHasilKerja:
        """The RHK with this kode, or :class:`~birokrasi.errors.NotFoundError`."""
        v.pastikan_tipe("kode", kode, str)
        for rhk in self.hasil_kerja:
            if rhk.kode == kode:
                return rhk
        raise NotFoundError(_RHK_TIDAK_ADA(skp=self.kode, rhk=v.render(repr(kode))))

    def rujukan(self, kode: str) -> RujukanRHK:
        """The key other SKPs use to intervene this SKP's RHK ``kode``."""
        return RujukanRHK(self.kode, self.rhk(kode).kode)

    def tambah_hasil_kerja(self, rhk: RencanaHasilKerja) -> SKP:
        """A new draft SKP with ``rhk`` appended; a signed SKP is not edited in place."""
        v.pastikan_tipe("rhk", rhk, RencanaHasilKerja)
        if self.status is not StatusSKP.DRAFT:
            raise InvalidValueError(_UBAH_BUKAN_DRAFT(skp=self.kode, status=self.status))
        return attrs.evolve(self, hasil_kerja=(*self.hasil_kerja, rhk))

    def setujui(self, oleh: NIP | str, tanggal: dt.date) -> SKP:
        """The pegawai agrees to the draft (KIN-SKP-10): a new SKP with status disetujui.

        Raises :class:`~birokrasi.errors.AuthorityError` when ``oleh`` is not the pegawai and
        :class:`~birokrasi.errors.InvalidValueError` unless the SKP is a draft.
        """
        tanda = Tandatangan(oleh, tanggal)
        if self.status is not StatusSKP.DRAFT:
            raise InvalidValueError(_SETUJUI_BUKAN_DRAFT(skp=self.kode, status=self.status))
        if tanda.nip != self.pegawai.nip:
            raise AuthorityError(
                _SETUJUI_ORANG_LAIN(
                    penanda=tanda.pengenal,
                    nama=self.pegawai.nama,
                    nip=self.pegawai.nip,
                    skp=self.kode,
                    dasar=str(ATURAN_PERSETUJUAN.dasar),
                )
            )
        return attrs.evolve(self, disetujui=tanda)

    def tetapkan(self, instansi: Instansi, oleh: NIP | str, tanggal: dt.date) -> SKP:
        """The Pejabat Penilai Kinerja sets the agreed SKP (KIN-SKP-09): a new SKP with status
        ditetapkan whose penilai is re-snapshot on ``tanggal``. ``oleh`` is a NIP, or the kode
        of a pejabat negara declared above the instansi (ADR 0011).

        The authorised official is :meth:`Instansi.pejabat_penilai` of the pegawai on
        ``tanggal`` (delegations included; for the head of the instansi, the official declared
        above its root unit, STR-ATASAN-02). Raises :class:`~birokrasi.errors.AuthorityError`
        for anyone else, :class:`~birokrasi.errors.NotFoundError` when the instansi names
        nobody (saying whom to declare) and :class:`~birokrasi.errors.InvalidValueError`
        unless the SKP is disetujui.
        """
        v.pastikan_tipe("instansi", instansi, Instansi)
        tanda = _tanda(_pengenal_argumen("oleh", oleh), tanggal)
        if self.status is not StatusSKP.DISETUJUI:
            raise InvalidValueError(_TETAPKAN_BELUM_SETUJU(skp=self.kode, status=self.status))
        harus = instansi.pastikan_pejabat_penilai(self.pegawai.nip, tanggal)
        penilai = potret_penilai(instansi, harus, tanggal)
        if tanda.pengenal != harus.pengenal:
            raise AuthorityError(
                _TETAPKAN_ORANG_LAIN(
                    penanda=tanda.pengenal,
                    penilai=harus.pengenal,
                    nama_penilai=penilai.nama,
                    nama=self.pegawai.nama,
                    nip=self.pegawai.nip,
                    tanggal=tanggal,
                    dasar=str(ATURAN_PENETAPAN.dasar),
                )
            )
        return attrs.evolve(self, penilai=penilai, ditetapkan=tanda)


def susun_skp(
    instansi: Instansi,
    kode: str,
    nip: NIP | str,
    periode: Periode,
    pendekatan: Pendekatan,
    hasil_kerja: tuple[RencanaHasilKerja, ...] | list[RencanaHasilKerja],
    *,
    tanggal: dt.date | None = None,
    penilai: PotretPejabat | None = None,
    perilaku: PerilakuKerja | None = None,
    lampiran: Lampiran | None = None,
) -> SKP:
    """Draft an SKP for ``nip`` of ``instansi``, snapshotting the pegawai and their Pejabat
    Penilai Kinerja on ``tanggal`` (default: the first day of ``periode``).

    The penilai comes from the instansi, the head of the instansi's from the official declared
    above its root unit (STR-ATASAN-02); ``penilai``, kept for 0.1.0 code, must be that
    official. Raises :class:`~birokrasi.errors.NotFoundError` when either cannot be found
    (saying whom to declare) and :class:`~birokrasi.errors.AuthorityError` for another
    ``penilai``.
    """
    v.pastikan_tipe("periode", periode, Periode)
    pada = periode.mulai if tanggal is None else tanggal
    v.pastikan_tipe("tanggal", pada, dt.date)
    pegawai = potret_pegawai(instansi, nip, pada)
    berwenang = instansi.pastikan_pejabat_penilai(pegawai.nip, pada)
    potret = potret_penilai(instansi, berwenang, pada)
    if penilai is not None:
        v.pastikan_tipe("penilai", penilai, PotretPegawai, PotretPejabatNegara)
        if penilai.pengenal != berwenang.pengenal:
            raise AuthorityError(
                _SUSUN_PENILAI_LAIN(
                    penilai=penilai.pengenal,
                    berwenang=berwenang.pengenal,
                    nama_penilai=potret.nama,
                    nama=pegawai.nama,
                    nip=pegawai.nip,
                    tanggal=pada,
                )
            )
    return SKP(
        kode,
        pegawai,
        potret,
        periode,
        pendekatan,
        hasil_kerja,
        perilaku=PerilakuKerja() if perilaku is None else perilaku,
        lampiran=Lampiran() if lampiran is None else lampiran,
    )


_t = pembuat_templat(__name__)
_TANDA_SATU = _t(
    "SKP/tandatangan-satu",
    "Tandatangan: give the signer's nip or, for a pejabat negara, their kode; exactly one, "
    "got nip={nip} and kode={kode}",
)
_MENILAI_DIRI = _t("SKP/menilai-diri", "SKP.penilai: {nama} ({nip}) cannot rate themself")
_DUA_TAHUN = _t(
    "SKP/dua-tahun",
    "SKP.periode: {periode} spans two years; an SKP covers one performance year or part of it",
)
_RHK_GANDA = _t("SKP/rhk-ganda", "SKP.hasil_kerja[{index}]: RHK kode {rhk} is used twice in {skp}")
_DISETUJUI_ORANG_LAIN = _t(
    "KIN-SKP-10/disetujui-orang-lain",
    "SKP.disetujui: signed by {penanda}, not the pegawai {nama} ({nip}) (KIN-SKP-10)",
)
_DITETAPKAN_TANPA_PERSETUJUAN = _t(
    "KIN-SKP-10/ditetapkan-sebelum-disetujui",
    "SKP.ditetapkan: set before the pegawai agreed (KIN-SKP-10)",
)
_DITETAPKAN_ORANG_LAIN = _t(
    "KIN-SKP-09/ditetapkan-orang-lain",
    "SKP.ditetapkan: signed by {penanda}, not the penilai {nama} ({penilai}) (KIN-SKP-09)",
)
_DITETAPKAN_SEBELUM_SETUJU = _t(
    "SKP/ditetapkan-sebelum-persetujuan",
    "SKP.ditetapkan: {ditetapkan} is before the agreement on {disetujui}",
)
_RHK_TIDAK_ADA = _t("SKP/rhk-tidak-ada", "SKP {skp}: no RHK with kode {rhk}")
_UBAH_BUKAN_DRAFT = _t(
    "SKP/ubah-bukan-draft", "SKP.hasil_kerja: {skp} is {status}; only a draft is edited"
)
_SETUJUI_BUKAN_DRAFT = _t(
    "KIN-SKP-10/bukan-draft", "SKP.setujui: {skp} is {status}; only a draft is agreed"
)
_SETUJUI_ORANG_LAIN = _t(
    "KIN-SKP-10/bukan-pegawai",
    "SKP.setujui: {penanda} is not the pegawai {nama} ({nip}) of {skp} (KIN-SKP-10, {dasar})",
)
_TETAPKAN_BELUM_SETUJU = _t(
    "KIN-SKP-09/belum-disetujui", "SKP.tetapkan: {skp} is {status}; only an agreed SKP is set"
)
_TETAPKAN_ORANG_LAIN = _t(
    "KIN-SKP-09/bukan-penilai",
    "SKP.tetapkan: {penanda} is not the Pejabat Penilai Kinerja {nama_penilai} ({penilai}) of "
    "{nama} ({nip}) on {tanggal} (KIN-SKP-09, {dasar})",
)
_SUSUN_PENILAI_LAIN = _t(
    "KIN-SKP-09/susun-penilai-lain",
    "susun_skp: {penilai} is not the Pejabat Penilai Kinerja {nama_penilai} ({berwenang}) of "
    "{nama} ({nip}) on {tanggal} (KIN-SKP-09)",
)
