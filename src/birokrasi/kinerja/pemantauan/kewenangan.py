"""Who may record what in a :class:`~birokrasi.kinerja.pemantauan.jurnal.JurnalKinerja`: the role of
an author towards the pegawai on a date (:func:`peran_pemantauan`), the agency's policy
(:class:`KebijakanPemantauan`) and the authority check (:func:`periksa_kewenangan`) with the
rules it applies: KIN-UB-01/04, KIN-DIALOG-01, KIN-BINA-01/02 (PermenPANRB 6/2022 Pasal 5 huruf
b, with PermenPANRB 8/2021 where 6/2022's detail was not read).

Roles are read off the structure and the teams, reusing
:func:`~birokrasi.sistem_kerja.matriks.pemberi_umpan_balik` for the atasan langsung and the
ketua tim. What the regulation leaves to the agency (peer feedback, counsellors, the feedback
frequency, the days allowed for pembinaan) is a parameter with a documented default.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs

from birokrasi import _validasi as v
from birokrasi._enum import Berlabel
from birokrasi.errors import InvalidTypeError, InvalidValueError
from birokrasi.hukum import (
    PERMENPANRB_6_2022,
    PERMENPANRB_7_2022,
    PERMENPANRB_8_2021,
    Aturan,
    Dasar,
    Keyakinan,
    Pelanggaran,
)
from birokrasi.kinerja.pemantauan.jurnal import JurnalKinerja
from birokrasi.kinerja.pemantauan.peristiwa import (
    BimbinganKinerja,
    DialogKinerja,
    KonselingKinerja,
    Peristiwa,
    Realisasi,
    TahapDialog,
    UmpanBalik,
)
from birokrasi.kinerja.perencanaan.skp import SKP
from birokrasi.periode import JenisPeriode
from birokrasi.pesan import Pesan, pembuat_templat
from birokrasi.sistem_kerja.matriks import SumberUmpanBalik, _penempatan, pemberi_umpan_balik
from birokrasi.sistem_kerja.sistem import SistemKerja
from birokrasi.struktur.nip import NIP, _ke_nips, _nip_argumen
from birokrasi.struktur.organisasi import Instansi
from birokrasi.struktur.sebutan import sebut, sebut_pengenal

__all__ = [
    "ATURAN",
    "ATURAN_DIALOG",
    "ATURAN_KONSELING",
    "ATURAN_PEMBERI",
    "ATURAN_PEMBIMBING",
    "ATURAN_PENCATAT_REALISASI",
    "KEBIJAKAN_PEMANTAUAN_BAKU",
    "KebijakanPemantauan",
    "PeranPemantauan",
    "cocokkan_jurnal",
    "peran_pemantauan",
    "periksa_kewenangan",
]


BAGIAN_UMPAN_BALIK = "Umpan Balik Berkelanjutan (teks direproduksi; nomor Pasal tidak terlihat)"
"""Where PermenPANRB 6/2022 sets Umpan Balik Berkelanjutan, as the KIN-UB and KIN-BINA rules
cite it (the text was read reproduced, without its Pasal number)."""

ATURAN_PEMBERI = Aturan(
    kode="KIN-UB-01",
    uraian=(
        "Umpan Balik Berkelanjutan diberikan oleh Pimpinan dan dapat diberikan oleh ketua tim, "
        "rekan kerja setingkat, Pegawai di bawahnya, atau pihak lain yang berhubungan dengan "
        "kinerja Pegawai."
    ),
    summary=(
        "Feedback comes from the pimpinan, a ketua tim of the pegawai, or (by policy) a peer, a "
        "subordinate or a registered other party; anyone else is a breach."
    ),
    dasar=Dasar(
        PERMENPANRB_6_2022,
        bagian=BAGIAN_UMPAN_BALIK,
        keyakinan=Keyakinan.SEKUNDER,
        tafsiran=(
            "Who gives feedback (the Pimpinan; also rekan kerja setingkat, Pegawai di bawahnya "
            "or pihak lain yang berhubungan dengan kinerja Pegawai) is known from the research "
            "digest's report of a copy reproducing the 6/2022 text (online.flipbuilder.com/"
            "ojxpy/mcer, page 61) that neither the December 2026 audit nor this library could "
            "read again, so the mark is S. The ketua tim is not in that list: it comes from the "
            "7/2022 citation below. "
            "Pimpinan = atasan langsung or Pejabat Penilai Kinerja on the date (the SKP's "
            "penilai when the agency has none). Rekan setingkat = same jenjang, sharing the unit "
            "or a team that day; bawahan = someone whose atasan langsung or ketua tim the "
            "pegawai is; pihak lain cannot be read off the structure, so only NIPs the agency "
            "registers count. Which sources are accepted is KebijakanPemantauan."
        ),
    ),
    dasar_lain=(
        Dasar(
            PERMENPANRB_7_2022,
            bagian="mekanisme kerja: pemantauan dan umpan balik oleh Ketua Tim",
            keyakinan=Keyakinan.SEKUNDER,
        ),
    ),
)

ATURAN_PENCATAT_REALISASI = Aturan(
    kode="KIN-UB-04",
    uraian="Realisasi berdasarkan bukti dukung dicatat oleh Pegawai atau Pimpinannya.",
    summary="A realisation is recorded by the pegawai, the pimpinan or (by policy) a ketua tim.",
    dasar=Dasar(
        PERMENPANRB_6_2022,
        lampiran="format SKP, pendokumentasian kinerja",
        keyakinan=Keyakinan.SEKUNDER,
        tafsiran="Who records is not stated; the pegawai documents, the leaders may record.",
    ),
)

ATURAN_DIALOG = Aturan(
    kode="KIN-DIALOG-01",
    uraian="Dialog kinerja dilakukan antara Pimpinan dan Pegawai.",
    summary=(
        "A dialog kinerja has the pegawai and the pimpinan (at pemantauan, or a ketua tim) "
        "among its participants."
    ),
    dasar=Dasar(
        PERMENPANRB_6_2022,
        pasal="3",
        keyakinan=Keyakinan.TERVERIFIKASI,
        kutipan=(
            "Pengelolaan kinerja Pegawai ... berorientasi pada: ... Dialog kinerja yang intens "
            "antara Pimpinan dan Pegawai; ..."
        ),
        sumber=(
            "jdih.maritim.go.id/index.php/en/pengelolaan-kinerja-pegawai-aparatur-sipil-negara "
            "(Pasal 2, 3, 5 and 38 quoted)"
        ),
        tafsiran=(
            "Planning and evaluation dialogs need the pimpinan (who sets and rates the SKP); "
            "a ketua tim may hold a pemantauan dialog."
        ),
    ),
)

ATURAN_PEMBIMBING = Aturan(
    kode="KIN-BINA-01",
    uraian="Bimbingan kinerja diberikan oleh Pimpinan (Pejabat Penilai Kinerja).",
    summary="Bimbingan kinerja is given by the pimpinan (by policy also a ketua tim).",
    dasar=Dasar(
        PERMENPANRB_8_2021,
        lampiran="pembinaan kinerja (bimbingan kinerja)",
        keyakinan=Keyakinan.SEKUNDER,
        tafsiran=(
            "6/2022 names 'pengembangan kinerja Pegawai' (Pasal 5 huruf b) without the detail "
            "read; the bimbingan by the penilai of 8/2021 (revoked by 6/2022) is kept as the "
            "default."
        ),
    ),
    dasar_lain=(
        Dasar(
            PERMENPANRB_6_2022,
            pasal="5",
            huruf="b",
            keyakinan=Keyakinan.TERVERIFIKASI,
            kutipan=(
                "Pelaksanaan, pemantauan, dan pembinaan kinerja Pegawai yang meliputi "
                "pendokumentasian kinerja, pemberian Umpan Balik Berkelanjutan, dan pengembangan "
                "kinerja Pegawai"
            ),
            sumber=(
                "jdih.maritim.go.id/index.php/en/pengelolaan-kinerja-pegawai-aparatur-sipil-negara "
                "(Pasal 2, 3, 5 and 38 quoted)"
            ),
        ),
    ),
)

ATURAN_KONSELING = Aturan(
    kode="KIN-BINA-02",
    uraian=(
        "Konseling kinerja dilakukan oleh konselor independen, pejabat penilai kinerja yang "
        "telah memperoleh pelatihan konseling, atau pejabat yang memiliki fungsi konseling."
    ),
    summary="Konseling is held by the penilai or by a counsellor the agency registers.",
    dasar=Dasar(
        PERMENPANRB_8_2021,
        lampiran="pembinaan kinerja, konseling Kinerja angka 2) huruf (b)",
        keyakinan=Keyakinan.TIDAK_PASTI,
        kutipan=(
            "Konseling Kinerja selain dilakukan oleh konselor independen, juga dapat dilakukan "
            "oleh: (1) pejabat penilai Kinerja yang telah memperoleh pelatihan konseling; dan "
            "(2) pejabat yang memiliki fungsi memberikan konseling."
        ),
        sumber="online.flipbuilder.com/vajnr/eqrv/files/basic-html/page85.html (SALINAN, p. 77)",
        tafsiran=(
            "PermenPANRB 8/2021 was revoked by 6/2022, and no 6/2022 text on konseling was "
            "read (its Pasal 5 huruf b names only 'pengembangan kinerja Pegawai'): applying the "
            "8/2021 list under 6/2022 is the library's reading. Training cannot be read off the "
            "structure: the penilai is accepted by default, independent counsellors and "
            "officials with a counselling function are the NIPs the agency registers."
        ),
    ),
)

ATURAN: tuple[Aturan, ...] = (
    ATURAN_PEMBERI,
    ATURAN_PENCATAT_REALISASI,
    ATURAN_DIALOG,
    ATURAN_PEMBIMBING,
    ATURAN_KONSELING,
)


class PeranPemantauan(Berlabel):
    """The role of an author towards the pegawai on a date (KIN-UB-01)."""

    PEGAWAI = "Pegawai yang bersangkutan"
    PIMPINAN = "Pimpinan"
    KETUA_TIM = "Ketua Tim"
    REKAN_SETINGKAT = "Rekan kerja setingkat"
    BAWAHAN = "Pegawai di bawahnya"
    PIHAK_LAIN = "Pihak lain"
    KONSELOR = "Konselor"


_P = PeranPemantauan


def _himpunan_peran(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, frozenset):
        raise InvalidTypeError(
            _BUKAN_HIMPUNAN(nama=v.nama_field(instance, attribute), diberikan=v.describe(value))
        )
    for item in value:
        if not isinstance(item, PeranPemantauan):
            raise InvalidTypeError(
                _BUKAN_PERAN(nama=v.nama_field(instance, attribute), diberikan=v.describe(item))
            )


def _peran_atau(value: Iterable[_P] | None, baku: frozenset[_P]) -> frozenset[_P]:
    hasil: frozenset[_P] = baku if value is None else v.to_frozenset(value)
    return hasil


def _ke_pemberi(value: Iterable[PeranPemantauan] | None) -> frozenset[PeranPemantauan]:
    return _peran_atau(
        value, frozenset({_P.PIMPINAN, _P.KETUA_TIM, _P.REKAN_SETINGKAT, _P.BAWAHAN, _P.PIHAK_LAIN})
    )


def _ke_pencatat(value: Iterable[PeranPemantauan] | None) -> frozenset[PeranPemantauan]:
    return _peran_atau(value, frozenset({_P.PEGAWAI, _P.PIMPINAN, _P.KETUA_TIM}))


def _ke_mitra(value: Iterable[PeranPemantauan] | None) -> frozenset[PeranPemantauan]:
    return _peran_atau(value, frozenset({_P.PIMPINAN, _P.KETUA_TIM}))


def _ke_pembimbing(value: Iterable[PeranPemantauan] | None) -> frozenset[PeranPemantauan]:
    return _peran_atau(value, frozenset({_P.PIMPINAN}))


def _ke_pengonseling(value: Iterable[PeranPemantauan] | None) -> frozenset[PeranPemantauan]:
    return _peran_atau(value, frozenset({_P.PIMPINAN, _P.KONSELOR}))


@attrs.frozen
class KebijakanPemantauan:
    """The agency's choices where the regulation leaves room, with the library's defaults.

    Feedback (KIN-UB-01) is accepted by default from every source 6/2022 names: the pimpinan,
    a ketua tim, a rekan setingkat, a bawahan and a registered ``pihak_lain`` (the regulation
    permits them as sources; the predikat stays the penilai's). An agency that wants only its
    leaders' feedback passes ``pemberi_umpan_balik={PIMPINAN, KETUA_TIM}``. ``periodisasi``
    is the agreed feedback frequency (KIN-UB-05), ``hari_dialog_evaluasi`` the days after a
    period within which its evaluation dialog is looked for (KIN-DIALOG-02) and
    ``hari_pembinaan`` the days within which bimbingan or konseling is due (KIN-BINA-03).
    A set of roles passed as ``None`` is the library's default (:data:`KEBIJAKAN_PEMANTAUAN_BAKU`
    shows them all): pencatat realisasi the pegawai, pimpinan and ketua tim; mitra dialog the
    pimpinan and ketua tim; pembimbing the pimpinan; pengonseling the pimpinan and a konselor.
    """

    pemberi_umpan_balik: frozenset[PeranPemantauan] = attrs.field(
        default=None,
        kw_only=True,
        converter=_ke_pemberi,
        validator=_himpunan_peran,
    )
    pencatat_realisasi: frozenset[PeranPemantauan] = attrs.field(
        default=None,
        kw_only=True,
        converter=_ke_pencatat,
        validator=_himpunan_peran,
    )
    mitra_dialog: frozenset[PeranPemantauan] = attrs.field(
        default=None,
        kw_only=True,
        converter=_ke_mitra,
        validator=_himpunan_peran,
    )
    pembimbing: frozenset[PeranPemantauan] = attrs.field(
        default=None,
        kw_only=True,
        converter=_ke_pembimbing,
        validator=_himpunan_peran,
    )
    pengonseling: frozenset[PeranPemantauan] = attrs.field(
        default=None,
        kw_only=True,
        converter=_ke_pengonseling,
        validator=_himpunan_peran,
    )
    pihak_lain: tuple[NIP, ...] = attrs.field(
        default=(), kw_only=True, converter=_ke_nips, validator=v.tuple_of(NIP)
    )
    konselor: tuple[NIP, ...] = attrs.field(
        default=(), kw_only=True, converter=_ke_nips, validator=v.tuple_of(NIP)
    )
    periodisasi: JenisPeriode = attrs.field(
        default=JenisPeriode.TRIWULANAN, kw_only=True, validator=v.instance_of(JenisPeriode)
    )
    hari_dialog_evaluasi: int = attrs.field(default=30, kw_only=True, validator=v.bilangan(0))
    hari_pembinaan: int = attrs.field(default=30, kw_only=True, validator=v.bilangan(0))


KEBIJAKAN_PEMANTAUAN_BAKU = KebijakanPemantauan()
"""The library's defaults (see :class:`KebijakanPemantauan`)."""


def _pimpinan(
    instansi: Instansi, pegawai: NIP, tanggal: dt.date, skp: SKP | None
) -> set[NIP | str]:
    if _penempatan(instansi, pegawai, tanggal) is None:
        return set() if skp is None else {skp.penilai.pengenal}
    hasil: set[NIP | str] = set()
    atasan = instansi.atasan_langsung(pegawai, tanggal)
    penilai = instansi.pejabat_penilai(pegawai, tanggal)
    for p in (atasan, penilai):
        if p is not None:
            hasil.add(p.pengenal)
    if penilai is None and skp is not None:
        hasil.add(skp.penilai.pengenal)
    return hasil


def _rekan(
    instansi: Instansi, sistem: SistemKerja, pegawai: NIP, nip: NIP, tanggal: dt.date
) -> bool:
    a = _penempatan(instansi, pegawai, tanggal)
    b = _penempatan(instansi, nip, tanggal)
    if a is None or b is None or a.jabatan.jenjang is not b.jabatan.jenjang:
        return False
    tim = {k.tim for k in sistem.keanggotaan_pegawai(pegawai, tanggal)}
    return a.unit == b.unit or any(k.tim in tim for k in sistem.keanggotaan_pegawai(nip, tanggal))


def peran_pemantauan(
    instansi: Instansi,
    sistem: SistemKerja,
    pegawai: NIP | str,
    nip: NIP | str,
    tanggal: dt.date,
    *,
    skp: SKP | None = None,
    kebijakan: KebijakanPemantauan | None = None,
) -> frozenset[PeranPemantauan]:
    """Every role ``nip`` holds towards ``pegawai`` on ``tanggal`` (empty: none).

    The atasan langsung and the ketua of each team of the pegawai come from
    :func:`~birokrasi.sistem_kerja.matriks.pemberi_umpan_balik`; the Pejabat Penilai Kinerja
    (delegations included) also counts as pimpinan, and so does the SKP's recorded penilai
    when the agency has none for the pegawai. ``nip`` is a bawahan when the pegawai is among
    *its* feedback givers (its atasan langsung or ketua tim) (KIN-UB-01).
    """
    v.pastikan_tipe("instansi", instansi, Instansi)
    v.pastikan_tipe("sistem", sistem, SistemKerja)
    v.pastikan_tipe("tanggal", tanggal, dt.date)
    kebijakan = KEBIJAKAN_PEMANTAUAN_BAKU if kebijakan is None else kebijakan
    v.pastikan_tipe("kebijakan", kebijakan, KebijakanPemantauan)
    if skp is not None:
        v.pastikan_tipe("skp", skp, SKP)
    kunci, siapa = _nip_argumen("pegawai", pegawai), _nip_argumen("nip", nip)
    peran: set[PeranPemantauan] = set()
    if siapa == kunci:
        peran.add(_P.PEGAWAI)
    pemberi = pemberi_umpan_balik(sistem, instansi, kunci, tanggal)
    if siapa in _pimpinan(instansi, kunci, tanggal, skp):
        peran.add(_P.PIMPINAN)
    if any(p.nip == siapa and p.sumber is SumberUmpanBalik.KETUA_TIM for p in pemberi):
        peran.add(_P.KETUA_TIM)
    if siapa != kunci:
        if any(p.nip == kunci for p in pemberi_umpan_balik(sistem, instansi, siapa, tanggal)):
            peran.add(_P.BAWAHAN)
        if _rekan(instansi, sistem, kunci, siapa, tanggal):
            peran.add(_P.REKAN_SETINGKAT)
    if siapa in kebijakan.pihak_lain:
        peran.add(_P.PIHAK_LAIN)
    if siapa in kebijakan.konselor:
        peran.add(_P.KONSELOR)
    return frozenset(peran)


def _peran(peran: frozenset[PeranPemantauan]) -> frozenset[PeranPemantauan] | Pesan:
    """Roles as a message parameter (labels, sorted), or "none"."""
    return peran if peran else _TANPA_PERAN()


def _subjek(jurnal: JurnalKinerja, p: Peristiwa) -> str:
    return f"{jurnal.skp}/{p.kode}"


def cocokkan_jurnal(jurnal: JurnalKinerja, skp: SKP) -> None:
    """Raise :class:`~birokrasi.errors.InvalidValueError` unless ``jurnal`` is the journal of
    ``skp`` (same SKP kode and pegawai)."""
    v.pastikan_tipe("jurnal", jurnal, JurnalKinerja)
    v.pastikan_tipe("skp", skp, SKP)
    if jurnal.skp != skp.kode or jurnal.pegawai != skp.pegawai.nip:
        raise InvalidValueError(
            _JURNAL_LAIN(
                skp_jurnal=jurnal.skp,
                pegawai_jurnal=jurnal.pegawai,
                skp=skp.kode,
                pegawai=sebut(skp.pegawai.nama, skp.pegawai.nip),
            )
        )


def _syarat(p: Peristiwa, kebijakan: KebijakanPemantauan) -> tuple[Aturan, frozenset[_P]]:
    if isinstance(p, UmpanBalik):
        return ATURAN_PEMBERI, kebijakan.pemberi_umpan_balik
    if isinstance(p, Realisasi):
        return ATURAN_PENCATAT_REALISASI, kebijakan.pencatat_realisasi
    if isinstance(p, KonselingKinerja):
        return ATURAN_KONSELING, kebijakan.pengonseling
    if isinstance(p, BimbinganKinerja):
        return ATURAN_PEMBIMBING, kebijakan.pembimbing
    if p.tahap is TahapDialog.PEMANTAUAN:
        return ATURAN_DIALOG, kebijakan.mitra_dialog
    return ATURAN_DIALOG, frozenset({_P.PIMPINAN})


_Peran = Callable[[NIP, dt.date], frozenset[PeranPemantauan]]
_Orang = Callable[[NIP, dt.date], Pesan | NIP | str]


def _mitra_dialog(
    jurnal: JurnalKinerja,
    p: DialogKinerja,
    aturan: Aturan,
    boleh: frozenset[_P],
    peran: _Peran,
    siapa: _Orang,
) -> Iterator[Pelanggaran]:
    """KIN-DIALOG-01: a participant other than the pegawai holds an accepted role."""
    mitra = [n for n in p.peserta if n != p.pegawai]
    if not any(peran(n, p.tanggal) & boleh for n in mitra):
        yield Pelanggaran(
            aturan,
            _subjek(jurnal, p),
            _TANPA_MITRA(
                tahap=p.tahap,
                tanggal=p.tanggal,
                boleh=_peran(boleh),
                pegawai=siapa(p.pegawai, p.tanggal),
            ),
        )


def _pencatat(
    jurnal: JurnalKinerja,
    p: UmpanBalik | Realisasi | BimbinganKinerja | KonselingKinerja,
    aturan: Aturan,
    boleh: frozenset[_P],
    peran: _Peran,
    siapa: _Orang,
) -> Iterator[Pelanggaran]:
    """KIN-UB-01, KIN-UB-04, KIN-BINA-01, KIN-BINA-02: the author holds an accepted role."""
    dimiliki = peran(p.oleh, p.tanggal)
    if not dimiliki & boleh:
        yield Pelanggaran(
            aturan,
            _subjek(jurnal, p),
            _PERAN_DITOLAK[aturan.kode](
                jenis=type(p).__name__,
                oleh=siapa(p.oleh, p.tanggal),
                tanggal=p.tanggal,
                pegawai=siapa(p.pegawai, p.tanggal),
                peran=_peran(dimiliki),
                boleh=_peran(boleh),
            ),
        )


def periksa_kewenangan(
    jurnal: JurnalKinerja,
    skp: SKP,
    instansi: Instansi,
    sistem: SistemKerja,
    *,
    kebijakan: KebijakanPemantauan | None = None,
) -> tuple[Pelanggaran, ...]:
    """A finding for every event whose author holds no accepted role towards the pegawai on
    its date:
    feedback (KIN-UB-01), realisations (KIN-UB-04), bimbingan (KIN-BINA-01), konseling
    (KIN-BINA-02); a dialog needs an accepted counterpart among its participants
    (KIN-DIALOG-01)."""
    cocokkan_jurnal(jurnal, skp)
    kebijakan = KEBIJAKAN_PEMANTAUAN_BAKU if kebijakan is None else kebijakan
    v.pastikan_tipe("kebijakan", kebijakan, KebijakanPemantauan)

    def peran(nip: NIP, tanggal: dt.date) -> frozenset[PeranPemantauan]:
        return peran_pemantauan(
            instansi, sistem, jurnal.pegawai, nip, tanggal, skp=skp, kebijakan=kebijakan
        )

    def siapa(nip: NIP, tanggal: dt.date) -> Pesan | NIP | str:
        if nip == skp.pegawai.nip:
            return sebut(skp.pegawai.nama, nip)
        return sebut_pengenal(instansi, nip)

    hasil: list[Pelanggaran] = []
    for p in jurnal.urut():
        aturan, boleh = _syarat(p, kebijakan)
        if isinstance(p, DialogKinerja):
            hasil += _mitra_dialog(jurnal, p, aturan, boleh, peran, siapa)
        else:
            hasil += _pencatat(jurnal, p, aturan, boleh, peran, siapa)
    return tuple(hasil)


_t = pembuat_templat(__name__)
_TANPA_PERAN = _t("PANTAU/tanpa-peran", "none")
_BUKAN_HIMPUNAN = _t(
    "PANTAU/bukan-himpunan-peran", "{nama}: expected a set of PeranPemantauan, got {diberikan}"
)
_BUKAN_PERAN = _t("PANTAU/bukan-peran", "{nama}: {diberikan} is not a PeranPemantauan")
_JURNAL_LAIN = _t(
    "PANTAU/jurnal-skp-lain",
    "jurnal: the journal of {skp_jurnal} ({pegawai_jurnal}) is not the journal of SKP {skp} "
    "({pegawai})",
)
_TANPA_MITRA = _t(
    "KIN-DIALOG-01/tanpa-mitra",
    "dialog {tahap} on {tanggal} has no participant who is {boleh} of {pegawai}",
)
_PERAN_DITOLAK = {
    ATURAN_PEMBERI.kode: _t(
        "KIN-UB-01/peran-pemberi",
        "{jenis} by {oleh} on {tanggal}: their role towards {pegawai} is {peran}; "
        "accepted: {boleh}",
    ),
    ATURAN_PENCATAT_REALISASI.kode: _t(
        "KIN-UB-04/peran-pencatat",
        "{jenis} by {oleh} on {tanggal}: their role towards {pegawai} is {peran}; "
        "accepted: {boleh}",
    ),
    ATURAN_PEMBIMBING.kode: _t(
        "KIN-BINA-01/peran-pembimbing",
        "{jenis} by {oleh} on {tanggal}: their role towards {pegawai} is {peran}; "
        "accepted: {boleh}",
    ),
    ATURAN_KONSELING.kode: _t(
        "KIN-BINA-02/peran-pengonseling",
        "{jenis} by {oleh} on {tanggal}: their role towards {pegawai} is {peran}; "
        "accepted: {boleh}",
    ),
}
