"""A staffing proposal for a tim kerja (:func:`usulkan_anggota_tim`, rule KOM-USUL-01):
candidates ranked by how well their assessed competencies fit the team's needs, each explained
(:class:`CalonAnggota`), and those who cannot be proposed with the reason
(:class:`CalonDitolak`): already in the team (SK-TIM-08), or a share of working time that would
pass the allocation cap on the team's dates (SK-TIM-07, the cap of
:class:`~birokrasi.sistem_kerja.pemeriksaan.KebijakanSistemKerja`).

Pure: the proposal is computed from the values given, and the same values in any order give
the same proposal (ties are broken by NIP).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction

import attrs

from birokrasi import _validasi as v
from birokrasi.errors import InvalidValueError
from birokrasi.hukum import PERMENPANRB_7_2022, Aturan, Dasar, Keyakinan
from birokrasi.kompetensi.kebutuhan_tim import KebutuhanKompetensi
from birokrasi.kompetensi.kesenjangan import Kesenjangan, rincian_kesenjangan
from birokrasi.kompetensi.profil import (
    KebijakanKompetensi,
    ProfilKompetensi,
    _kebijakan_kompetensi,
    profil_berlaku,
)
from birokrasi.kompetensi.standar import TingkatKompetensi, _daftar
from birokrasi.pesan import Pesan, pembuat_templat
from birokrasi.sistem_kerja.pemeriksaan import (
    ATURAN_ALOKASI,
    ATURAN_TUMPANG_TINDIH,
    KEBIJAKAN_SISTEM_KERJA_BAKU,
    KebijakanSistemKerja,
)
from birokrasi.sistem_kerja.sistem import SistemKerja
from birokrasi.sistem_kerja.tim_kerja import Keanggotaan, Peran
from birokrasi.struktur.nip import NIP, _ke_nip, _nip_argumen

__all__ = [
    "ATURAN",
    "ATURAN_USULAN_ANGGOTA",
    "CalonAnggota",
    "CalonDitolak",
    "UsulanAnggotaTim",
    "usulkan_anggota_tim",
]

ATURAN_USULAN_ANGGOTA = Aturan(
    kode="KOM-USUL-01",
    uraian=(
        "Usulan anggota tim kerja mengutamakan pegawai yang kompetensinya paling sesuai dengan "
        "kebutuhan tim dan tidak mengusulkan pegawai yang alokasi waktu kerjanya akan melebihi "
        "batas pada masa tim."
    ),
    summary=(
        "Candidates for a team are ranked by how many of its needs they meet, then by the "
        "smallest shortfall, the lightest current load and NIP; nobody whose share would pass "
        "the allocation cap (SK-TIM-07) on the team's dates is proposed."
    ),
    dasar=Dasar(
        PERMENPANRB_7_2022,
        lampiran="mekanisme kerja (penugasan, tim kerja)",
        keyakinan=Keyakinan.TIDAK_PASTI,
        tafsiran=(
            "7/2022 (as summarised) places people across units by competence and asks that "
            "workload be considered; the ranking order is the library's reading, a proposal "
            "for the leader who decides, never a decision."
        ),
    ),
)

ATURAN: tuple[Aturan, ...] = (ATURAN_USULAN_ANGGOTA,)


@attrs.frozen
class CalonAnggota:
    """A proposed member (KOM-USUL-01): rank (1 = best fit), the needs met (``cocok``, the
    levels required) and those not met (``kurang``, with the level held), the assessment date
    used (``None`` when no assessment holds), the highest share of working time already
    allocated on any day of the team's dates and that share with the proposed one added."""

    nip: NIP = attrs.field(converter=_ke_nip, validator=v.instance_of(NIP))
    peringkat: int = attrs.field(validator=v.bilangan(1))
    cocok: tuple[TingkatKompetensi, ...] = attrs.field(
        converter=v.KeTuple[TingkatKompetensi], validator=v.tuple_of(TingkatKompetensi)
    )
    kurang: tuple[Kesenjangan, ...] = attrs.field(
        converter=v.KeTuple[Kesenjangan], validator=v.tuple_of(Kesenjangan)
    )
    tanggal_penilaian: dt.date | None = attrs.field(validator=v.optional(v.instance_of(dt.date)))
    alokasi_saat_ini: Fraction = attrs.field(converter=v.ke_pecahan, validator=v.pecahan())
    alokasi_sesudah: Fraction = attrs.field(converter=v.ke_pecahan, validator=v.pecahan())

    @property
    def kecocokan(self) -> Fraction:
        """The share of the team's needs met (1 when the team states none)."""
        jumlah = len(self.cocok) + len(self.kurang)
        return Fraction(1) if jumlah == 0 else Fraction(len(self.cocok), jumlah)

    @property
    def kekurangan(self) -> int:
        """The levels missing, summed over the needs not met."""
        return sum(-k.selisih for k in self.kurang)

    @property
    def uraian(self) -> Pesan:
        """One line explaining the candidate's place, as a message (``str()`` renders it in
        the context's language)."""
        return _URAIAN(
            peringkat=self.peringkat,
            nip=self.nip,
            cocok_n=len(self.cocok),
            jumlah=len(self.cocok) + len(self.kurang),
            cocok=_Rangkaian(self.cocok, ", "),
            kurang=_Rangkaian(tuple(k.pesan for k in self.kurang), "; "),
            saat_ini=_persen(self.alokasi_saat_ini),
            sesudah=_persen(self.alokasi_sesudah),
        )


@attrs.frozen
class CalonDitolak:
    """A candidate who cannot be proposed, with the rule that stops them and why (a message,
    rendered in the reader's language)."""

    nip: NIP = attrs.field(converter=_ke_nip, validator=v.instance_of(NIP))
    kode: str = attrs.field(validator=v.kunci())
    alasan: Pesan = attrs.field(validator=v.instance_of(Pesan))


@attrs.frozen
class UsulanAnggotaTim:
    """The proposal for team ``tim`` from ``mulai`` to ``akhir`` (its last day) with each new
    member giving it ``alokasi`` of their working time: the candidates in rank order and those
    refused, in NIP order."""

    tim: str = attrs.field(validator=v.kunci())
    mulai: dt.date = attrs.field(validator=v.instance_of(dt.date))
    akhir: dt.date = attrs.field(validator=v.instance_of(dt.date))
    alokasi: Fraction = attrs.field(converter=v.ke_pecahan, validator=v.bagian(nol=False))
    calon: tuple[CalonAnggota, ...] = attrs.field(
        converter=v.KeTuple[CalonAnggota], validator=v.tuple_of(CalonAnggota)
    )
    ditolak: tuple[CalonDitolak, ...] = attrs.field(
        converter=v.KeTuple[CalonDitolak], validator=v.tuple_of(CalonDitolak)
    )

    @property
    def terbaik(self) -> CalonAnggota | None:
        """The best-fitting candidate, or ``None`` when nobody can be proposed."""
        return self.calon[0] if self.calon else None

    def keanggotaan(self, nip: NIP | str, peran: Peran = Peran.ANGGOTA) -> Keanggotaan:
        """The membership that takes up the proposal for candidate ``nip``: from ``mulai`` to
        the team's end, with the proposed share of working time."""
        kunci = _nip_argumen("nip", nip)
        v.pastikan_tipe("peran", peran, Peran)
        if all(c.nip != kunci for c in self.calon):
            raise InvalidValueError(_TIDAK_DIUSULKAN(nip=kunci))
        return Keanggotaan(kunci, self.tim, peran, self.mulai, alokasi=self.alokasi)


def _persen(bagian: Fraction) -> int:
    """A share as a whole percentage, computed exactly (a huge share never overflows a
    float)."""
    return round(bagian * 100)


@attrs.frozen
class _Rangkaian:
    """Items of a message parameter joined by ``pemisah`` (``-`` when there is none)."""

    isi: tuple[object, ...]
    pemisah: str

    def teks_pesan(self, bahasa: str) -> str:
        return self.pemisah.join(_teks(x, bahasa) for x in self.isi) or "-"


def _teks(x: object, bahasa: str) -> str:
    return x.teks(bahasa) if isinstance(x, Pesan) else str(x)


def _puncak_alokasi(sistem: SistemKerja, nip: NIP, mulai: dt.date, akhir: dt.date) -> Fraction:
    """The highest total share of working time ``nip`` holds on any day from ``mulai`` to
    ``akhir``, counted as SK-TIM-07 counts it (a membership without a share counts 0)."""
    ubah: list[tuple[int, Fraction]] = []
    for k in sistem.riwayat_keanggotaan(nip):
        dari = max(k.mulai, mulai)
        sampai = min(k.akhir_dalam(sistem.cari_tim(k.tim)), akhir)
        if k.alokasi is not None and dari <= sampai:
            ubah += [(dari.toordinal(), k.alokasi), (sampai.toordinal() + 1, -k.alokasi)]
    puncak = total = Fraction(0)
    for _, d in sorted(ubah):
        total += d
        puncak = max(puncak, total)
    return puncak


def _kebijakan_sistem_kerja(kebijakan: KebijakanSistemKerja | None) -> KebijakanSistemKerja:
    return v.atau_baku("kebijakan_sistem_kerja", kebijakan, KEBIJAKAN_SISTEM_KERJA_BAKU)


def usulkan_anggota_tim(
    sistem: SistemKerja,
    kebutuhan: KebutuhanKompetensi,
    calon: Iterable[NIP | str],
    profil: Iterable[ProfilKompetensi],
    *,
    alokasi: Fraction | Decimal | int,
    mulai: dt.date | None = None,
    kebijakan_sistem_kerja: KebijakanSistemKerja | None = None,
    kebijakan: KebijakanKompetensi | None = None,
) -> UsulanAnggotaTim:
    """Rank ``calon`` for the team of ``kebutuhan`` (KOM-USUL-01), joining on ``mulai`` (the
    team's first day by default; it must lie within the team's life) until the team's last
    day with ``alokasi`` of their working time.

    Each candidate is matched, need by need, against the assessment holding on ``mulai``
    (KOM-PROFIL-01). A candidate with a record in the team on or after ``mulai`` (SK-TIM-08,
    as :meth:`~birokrasi.sistem_kerja.sistem.SistemKerja.tambah_anggota` applies it) or whose
    highest share on any of those days plus ``alokasi`` would pass the cap (SK-TIM-07) is
    refused, never proposed. The rest are ranked by needs met (most first), levels missing
    (fewest first), share already allocated (least first) and NIP; a NIP given twice counts
    once. Pure and deterministic: the order of ``calon`` and ``profil`` does not matter.
    """
    v.pastikan_tipe("sistem", sistem, SistemKerja)
    v.pastikan_tipe("kebutuhan", kebutuhan, KebutuhanKompetensi)
    bagian = v.pastikan_pecahan("alokasi", v.ke_pecahan(alokasi))
    if not 0 < bagian <= 1:
        raise InvalidValueError(_ALOKASI(diberikan=bagian))
    tim = sistem.cari_tim(kebutuhan.tim)
    awal = tim.mulai if mulai is None else mulai
    v.pastikan_tipe("mulai", awal, dt.date)
    if not tim.mulai <= awal <= tim.akhir:
        raise InvalidValueError(
            _MULAI_DI_LUAR(tanggal=awal, tim=tim.kode, mulai=tim.mulai, akhir=tim.akhir)
        )
    batas = _kebijakan_sistem_kerja(kebijakan_sistem_kerja).batas_alokasi
    v.pastikan_iterabel("calon", calon, "Iterable[NIP | str]")
    nips = sorted({_nip_argumen(f"calon[{i}]", n) for i, n in enumerate(calon)})
    semua = _daftar("profil", profil, ProfilKompetensi)
    aturan = _kebijakan_kompetensi(kebijakan)
    # SK-TIM-08 as tambah_anggota applies it: the new, open-ended record may not overlap
    # another record of the pegawai in the team, whatever the team's own dates.
    anggota = {
        k.nip for k in sistem.riwayat_tim(tim.kode) if k.selesai is None or k.selesai >= awal
    }
    diterima: list[tuple[tuple[int, int, Fraction, NIP], CalonAnggota]] = []
    ditolak: list[CalonDitolak] = []
    for nip in nips:
        if nip in anggota:
            ditolak.append(
                CalonDitolak(
                    nip,
                    ATURAN_TUMPANG_TINDIH.kode,
                    _SUDAH_TERCATAT(tim=tim.kode, tanggal=awal),
                )
            )
            continue
        puncak = _puncak_alokasi(sistem, nip, awal, tim.akhir)
        if puncak + bagian > batas:
            ditolak.append(
                CalonDitolak(
                    nip,
                    ATURAN_ALOKASI.kode,
                    _MELEBIHI_BATAS(
                        puncak=_persen(puncak),
                        mulai=awal,
                        akhir=tim.akhir,
                        tambah=_persen(bagian),
                        batas=_persen(batas),
                    ),
                )
            )
            continue
        p = profil_berlaku(semua, nip, awal, aturan)
        rincian = rincian_kesenjangan(kebutuhan.syarat, p)
        cocok = tuple(TingkatKompetensi(k.kompetensi, k.dibutuhkan) for k in rincian if k.terpenuhi)
        kurang = tuple(k for k in rincian if not k.terpenuhi)
        kunci = (-len(cocok), sum(-k.selisih for k in kurang), puncak, nip)
        tanggal = None if p is None else p.tanggal
        calon_ini = CalonAnggota(nip, 1, cocok, kurang, tanggal, puncak, puncak + bagian)
        diterima.append((kunci, calon_ini))
    diterima.sort(key=lambda x: x[0])
    hasil = [attrs.evolve(c, peringkat=i) for i, (_, c) in enumerate(diterima, start=1)]
    return UsulanAnggotaTim(tim.kode, awal, tim.akhir, bagian, hasil, ditolak)


_t = pembuat_templat(__name__)
_URAIAN = _t(
    "KOM-USUL-01/uraian",
    "{peringkat}. {nip}: meets {cocok_n} of {jumlah} needs ({cocok}); missing: {kurang}; "
    "allocated {saat_ini}%, {sesudah}% with this team",
)
_SUDAH_TERCATAT = _t(
    "SK-TIM-08/usulan-sudah-tercatat", "already has a record in {tim} on or after {tanggal}"
)
_MELEBIHI_BATAS = _t(
    "SK-TIM-07/usulan-melebihi-batas",
    "{puncak}% already allocated on some day of {mulai}..{akhir}; with {tambah}% more it "
    "passes the cap {batas}%",
)
_TIDAK_DIUSULKAN = _t(
    "KOM-USUL/tidak-diusulkan", "UsulanAnggotaTim.keanggotaan: {nip} is not proposed"
)
_ALOKASI = _t("KOM-USUL/alokasi", "alokasi: a share must be above 0 and at most 1, got {diberikan}")
_MULAI_DI_LUAR = _t(
    "KOM-USUL/mulai-di-luar",
    "mulai: {tanggal} is outside the life of team {tim} ({mulai}..{akhir})",
)
