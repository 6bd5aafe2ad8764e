"""Checks of perencanaan kinerja: one SKP's content, cascading, deadline and references
(:func:`periksa_skp`), and the SKPs of one pegawai in a year (:func:`periksa_skp_tahunan`).

Every rule is an :class:`~birokrasi.hukum.Aturan` (``KIN-SKP-01`` to ``08`` and ``11`` to
``13``; the authority rules ``09`` and ``10`` live with the transitions in :mod:`.skp`; the
deadline policy that ``08`` reads, :class:`~birokrasi.kinerja.perencanaan.tenggat.TenggatSKP`, in
:mod:`.tenggat`; the references ``14`` and ``15`` in :mod:`.rujukan`). Checks return
:class:`~birokrasi.hukum.Pelanggaran` values, never raise on valid input.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from birokrasi import _validasi as v
from birokrasi.errors import OutOfWindowError
from birokrasi.hukum import (
    PERMENPANRB_6_2022,
    PERMENPANRB_8_2021,
    Aturan,
    Dasar,
    Keyakinan,
    Pelanggaran,
)
from birokrasi.kinerja.perencanaan.rujukan import rujukan_sistem_kerja, sejak_pengangkatan
from birokrasi.kinerja.perencanaan.skp import ATURAN_PENETAPAN, SKP, Pendekatan, RencanaHasilKerja
from birokrasi.kinerja.perencanaan.tenggat import TENGGAT_SKP, PelanggaranTenggat, TenggatSKP
from birokrasi.periode import Periode
from birokrasi.pesan import Pesan, pembuat_templat
from birokrasi.sistem_kerja.sistem import SistemKerja
from birokrasi.struktur.nip import NIP
from birokrasi.struktur.organisasi import Instansi
from birokrasi.struktur.unsur import Penempatan

__all__ = [
    "ATURAN",
    "periksa_skp",
    "periksa_skp_tahunan",
]


def _p6(
    lampiran: str, *, keyakinan: Keyakinan = Keyakinan.SEKUNDER, tafsiran: str | None = None
) -> Dasar:
    return Dasar(PERMENPANRB_6_2022, lampiran=lampiran, keyakinan=keyakinan, tafsiran=tafsiran)


_FORM = "format SKP pendekatan hasil kerja kuantitatif/kualitatif"
_SALINAN_8_2021_HLM_52 = (
    "online.flipbuilder.com/vajnr/eqrv/files/basic-html/page58.html (SALINAN, p. 52)"
)

ATURAN_UTAMA = Aturan(
    kode="KIN-SKP-01",
    uraian="SKP memuat paling sedikit satu hasil kerja utama.",
    summary="An SKP has at least one Hasil Kerja Utama.",
    dasar=_p6(_FORM),
)
ATURAN_KUANTITATIF = Aturan(
    kode="KIN-SKP-02",
    uraian=(
        "Pada pendekatan kuantitatif setiap rencana hasil kerja memiliki indikator dengan target "
        "berupa angka atau rentang beserta satuannya."
    ),
    summary="In the quantitative approach each RHK has indicators, each with a numeric target.",
    dasar=_p6(_FORM),
)
ATURAN_KUALITATIF = Aturan(
    kode="KIN-SKP-03",
    uraian=(
        "Pada pendekatan kualitatif setiap rencana hasil kerja memiliki indikator dengan target "
        "yang dinyatakan secara kualitatif."
    ),
    summary="In the qualitative approach each RHK has indicators whose target is stated in words.",
    dasar=_p6(
        _FORM,
        keyakinan=Keyakinan.TIDAK_PASTI,
        tafsiran=(
            "The qualitative form's columns were not read; the library requires at least one "
            "indicator per RHK with a target in words and no numeric target."
        ),
    ),
)
ATURAN_INTERVENSI = Aturan(
    kode="KIN-SKP-04",
    uraian=(
        "Setiap hasil kerja utama pegawai JA/JF menyebutkan rencana hasil kerja pimpinan yang "
        "diintervensi."
    ),
    summary="Each Hasil Kerja Utama of a JA/JF pegawai names the leader's RHK it intervenes.",
    dasar=_p6("format SKP JA/JF, kolom rencana hasil kerja pimpinan yang diintervensi"),
)
ATURAN_INTERVENSI_ADA = Aturan(
    kode="KIN-SKP-05",
    uraian=(
        "Rencana hasil kerja yang diintervensi ada dalam SKP Pejabat Penilai Kinerja untuk "
        "periode yang beririsan."
    ),
    summary=(
        "The intervened RHK exists in an SKP of the pegawai's penilai over an overlapping period."
    ),
    dasar=_p6(
        "format SKP JA/JF, kolom rencana hasil kerja pimpinan yang diintervensi",
        keyakinan=Keyakinan.SEKUNDER,
        tafsiran=(
            "The leader whose RHK is intervened is read as the penilai recorded in the SKP, and "
            "the two SKPs must share at least one day."
        ),
    ),
)
ATURAN_PERSPEKTIF = Aturan(
    kode="KIN-SKP-06",
    uraian="Setiap indikator/rencana hasil kerja JPT memuat perspektif.",
    summary="Each RHK of a JPT carries a perspektif.",
    dasar=Dasar(
        PERMENPANRB_6_2022,
        lampiran="Anak Lampiran 4, format SKP JPT (kolom perspektif)",
        keyakinan=Keyakinan.TERVERIFIKASI,
        kutipan="Rencana Hasil Kerja; Indikator Kinerja Individu; Target; Perspektif",
        sumber=(
            "id.scribd.com/document/672154356/Lampiran-Permenpan-RB-No-6-Th-2022-Kuantitatif "
            "(Anak Lampiran 4): the columns of a row of the JPT form, as quoted by the research "
            "digest on PermenPANRB 6/2022 (section 4.1)"
        ),
    ),
)
ATURAN_PERJANJIAN_KINERJA = Aturan(
    kode="KIN-SKP-07",
    uraian="Hasil kerja utama JPT diturunkan dari Perjanjian Kinerja organisasi.",
    summary="Each Hasil Kerja Utama of a JPT cites its Perjanjian Kinerja line.",
    dasar=_p6(
        "format SKP JPT dan pimpinan unit kerja mandiri",
        keyakinan=Keyakinan.SEKUNDER,
        tafsiran="The link to the Perjanjian Kinerja is kept as the line's text or key.",
    ),
)
ATURAN_TENGGAT = Aturan(
    kode="KIN-SKP-08",
    uraian=(
        "SKP tahunan ditetapkan paling lambat akhir bulan Januari tahun kinerja; SKP yang dimulai "
        "di tengah tahun ditetapkan paling lambat 30 hari sejak periodenya dimulai."
    ),
    summary="An annual SKP is set by 31 January; a mid-year one within 30 days of its start.",
    dasar=_p6("penetapan SKP (batas waktu)", keyakinan=Keyakinan.SEKUNDER),
    dasar_lain=(
        Dasar(
            PERMENPANRB_8_2021,
            lampiran="huruf E angka 4 (paling lambat akhir Bulan Januari)",
            keyakinan=Keyakinan.SEKUNDER,
            kutipan=(
                "Penetapan SKP setiap tahun paling lambat dilakukan pada akhir Bulan Januari "
                "tahun anggaran."
            ),
            sumber=_SALINAN_8_2021_HLM_52,
            tafsiran=(
                "PermenPANRB 8/2021 was revoked by 6/2022: its words show the rule before 2022. "
                "That the end of January still holds under 6/2022 rests on secondary sources "
                "(the main citation)."
            ),
        ),
        Dasar(
            PERMENPANRB_8_2021,
            lampiran="huruf E angka 6 (perpindahan: SKP pada jabatan baru)",
            keyakinan=Keyakinan.TIDAK_PASTI,
            tafsiran=(
                "No deadline for a mid-year SKP was found; the library uses 30 days after the "
                "periode starts (the same length as January for an annual SKP), a parameter."
            ),
        ),
    ),
)
ATURAN_TIDAK_TUMPANG_TINDIH = Aturan(
    kode="KIN-SKP-11",
    uraian="SKP seorang pegawai dalam satu tahun tidak saling tumpang tindih.",
    summary="A pegawai's SKPs within a year do not overlap.",
    dasar=_p6(
        "penetapan SKP (mutasi/promosi)",
        keyakinan=Keyakinan.TIDAK_PASTI,
        tafsiran="Implied by one SKP per jabatan and period; no text read states it.",
    ),
)
ATURAN_CAKUPAN = Aturan(
    kode="KIN-SKP-12",
    uraian=(
        "SKP seorang pegawai dalam satu tahun mencakup seluruh masa penempatannya pada tahun itu."
    ),
    summary="A pegawai's SKPs cover every day of the year they hold a placement, and no other day.",
    dasar=_p6(
        "penetapan SKP (setiap pegawai wajib memiliki SKP)",
        keyakinan=Keyakinan.TIDAK_PASTI,
        tafsiran=(
            "Every day in a placement needs an SKP; the exclusions of 8/2021 (tugas belajar, CLTN "
            "...) are outside the placement history."
        ),
    ),
)
ATURAN_JABATAN_BARU = Aturan(
    kode="KIN-SKP-13",
    uraian=(
        "Dalam hal pegawai berpindah jabatan setelah SKP ditetapkan, pegawai menyusun SKP baru "
        "pada jabatan baru."
    ),
    summary="After a transfer or promotion the pegawai has a new SKP for the new position.",
    dasar=Dasar(
        PERMENPANRB_8_2021,
        lampiran="huruf E angka 6",
        keyakinan=Keyakinan.SEKUNDER,
        kutipan=(
            "Dalam hal terjadi perpindahan pegawai setelah SKP ditetapkan oleh pejabat penilai "
            "Kinerja maka pegawai melakukan penyusunan dan penetapan SKP pada jabatan baru."
        ),
        sumber=_SALINAN_8_2021_HLM_52,
        tafsiran=(
            "PermenPANRB 8/2021 was revoked by 6/2022; secondary sources report the same rule "
            "under 6/2022 (the next citation). Read as: one SKP never spans two placements "
            "(jabatan or unit)."
        ),
    ),
    dasar_lain=(_p6("penetapan SKP (mutasi)", keyakinan=Keyakinan.SEKUNDER),),
)

ATURAN: tuple[Aturan, ...] = (
    ATURAN_UTAMA,
    ATURAN_KUANTITATIF,
    ATURAN_KUALITATIF,
    ATURAN_INTERVENSI,
    ATURAN_INTERVENSI_ADA,
    ATURAN_PERSPEKTIF,
    ATURAN_PERJANJIAN_KINERJA,
    ATURAN_TENGGAT,
    ATURAN_TIDAK_TUMPANG_TINDIH,
    ATURAN_CAKUPAN,
    ATURAN_JABATAN_BARU,
)

# -- one SKP --------------------------------------------------------------------------------


def _subjek(skp: SKP, rhk: RencanaHasilKerja | None = None) -> str:
    return skp.kode if rhk is None else f"{skp.kode}/{rhk.kode}"


def _isi(skp: SKP) -> Iterator[Pelanggaran]:
    if not skp.hasil_kerja_utama:
        yield Pelanggaran(ATURAN_UTAMA, skp.kode, _TANPA_UTAMA())
    kualitatif = skp.pendekatan is Pendekatan.KUALITATIF
    aturan = ATURAN_KUALITATIF if kualitatif else ATURAN_KUANTITATIF
    for rhk in skp.hasil_kerja:
        if not rhk.indikator:
            tanpa = _TANPA_INDIKATOR_KUALITATIF if kualitatif else _TANPA_INDIKATOR_KUANTITATIF
            yield Pelanggaran(aturan, _subjek(skp, rhk), tanpa())
        for indikator in rhk.indikator:
            if indikator.target.is_kualitatif is not kualitatif:
                salah = _TARGET_BUKAN_KATA if kualitatif else _TARGET_BUKAN_ANGKA
                yield Pelanggaran(
                    aturan,
                    _subjek(skp, rhk),
                    salah(indikator=repr(indikator.uraian), pendekatan=skp.pendekatan),
                )


def _kaskade(skp: SKP) -> Iterator[Pelanggaran]:
    jpt = skp.pegawai.jenjang.is_pimpinan_tinggi
    for rhk in skp.hasil_kerja:
        if jpt:
            if rhk.perspektif is None:
                yield Pelanggaran(ATURAN_PERSPEKTIF, _subjek(skp, rhk), _TANPA_PERSPEKTIF())
            if rhk.utama and rhk.perjanjian_kinerja is None:
                yield Pelanggaran(
                    ATURAN_PERJANJIAN_KINERJA,
                    _subjek(skp, rhk),
                    _TANPA_PERJANJIAN_KINERJA(),
                )
        elif rhk.utama and rhk.intervensi is None:
            yield Pelanggaran(
                ATURAN_INTERVENSI,
                _subjek(skp, rhk),
                _TANPA_INTERVENSI(jenjang=skp.pegawai.jenjang),
            )


def _rujukan(skp: SKP, semua: dict[str, SKP]) -> Iterator[Pelanggaran]:
    for rhk in skp.hasil_kerja:
        if rhk.intervensi is None:
            continue
        atasan = semua.get(rhk.intervensi.skp)
        rujukan = str(rhk.intervensi)
        masalah: Pesan
        if atasan is None:
            masalah = _SKP_ATASAN_TIDAK_ADA(rujukan=rujukan, skp=repr(rhk.intervensi.skp))
        elif atasan.pegawai.nip != skp.penilai.pengenal:
            masalah = _SKP_BUKAN_PENILAI(
                rujukan=rujukan,
                nama=atasan.pegawai.nama,
                nip=atasan.pegawai.nip,
                nama_penilai=skp.penilai.nama,
                penilai=skp.penilai.pengenal,
            )
        elif not atasan.periode.beririsan(skp.periode):
            masalah = _PERIODE_TIDAK_BERIRISAN(rujukan=rujukan, periode=atasan.periode)
        elif all(r.kode != rhk.intervensi.rhk for r in atasan.hasil_kerja):
            masalah = _RHK_ATASAN_TIDAK_ADA(rujukan=rujukan, skp=atasan.kode)
        else:
            continue
        yield Pelanggaran(ATURAN_INTERVENSI_ADA, _subjek(skp, rhk), masalah)


def _tenggat(skp: SKP, tanggal: dt.date | None, tenggat: TenggatSKP) -> Iterator[Pelanggaran]:
    try:
        batas = tenggat.batas(skp.periode)
    except OutOfWindowError:
        return  # the deadline is after every date the calendar holds
    ditetapkan = None if skp.ditetapkan is None else skp.ditetapkan.tanggal
    acuan = ditetapkan if ditetapkan is not None else tanggal
    if acuan is None or acuan <= batas:
        return
    hari = (acuan - batas).days
    if ditetapkan is None:
        pesan = _BELUM_DITETAPKAN(batas=batas, hari=hari, tanggal=acuan)
    else:
        pesan = _DITETAPKAN_TERLAMBAT(ditetapkan=ditetapkan, hari=hari, batas=batas)
    yield PelanggaranTenggat(
        ATURAN_TENGGAT, skp.kode, pesan, batas=batas, ditetapkan=ditetapkan, hari_terlambat=hari
    )


def _wewenang(skp: SKP, instansi: Instansi) -> Iterator[Pelanggaran]:
    """KIN-SKP-09: the SKP was set by the pegawai's Pejabat Penilai Kinerja on that day, as
    the instansi (with the officials declared above its root unit) names them; the SKP's own
    record of its penilai is not believed."""
    if skp.ditetapkan is None:
        return
    tanggal = skp.ditetapkan.tanggal
    if instansi.pejabat_pada(skp.pegawai.nip, tanggal) is None:
        harus = skp.penilai.pengenal
    else:
        berwenang = instansi.pejabat_penilai(skp.pegawai.nip, tanggal)
        if berwenang is None:
            yield Pelanggaran(
                ATURAN_PENETAPAN,
                skp.kode,
                _TANPA_PENILAI(penanda=skp.ditetapkan.pengenal, tanggal=tanggal),
            )
            return
        harus = berwenang.pengenal
    if skp.ditetapkan.pengenal != harus:
        yield Pelanggaran(
            ATURAN_PENETAPAN,
            skp.kode,
            _PENANDA_BUKAN_PENILAI(penanda=skp.ditetapkan.pengenal, tanggal=tanggal, penilai=harus),
        )


def _daftar_skp(nama: str, skp: Iterable[SKP]) -> tuple[SKP, ...]:
    v.pastikan_iterabel(nama, skp, "Iterable[SKP]")
    hasil = tuple(skp)
    for index, item in enumerate(hasil):
        v.pastikan_tipe(f"{nama}[{index}]", item, SKP)
    return hasil


def periksa_skp(
    skp: SKP,
    *,
    skp_lain: Iterable[SKP] | None = None,
    instansi: Instansi | None = None,
    tanggal: dt.date | None = None,
    tenggat: TenggatSKP | None = None,
    sistem_kerja: SistemKerja | None = None,
) -> tuple[Pelanggaran, ...]:
    """Findings on one SKP: content (KIN-SKP-01 to 03), cascading (04, 06, 07), deadline (08),
    a periode starting before the pegawai's appointment (15).

    With ``skp_lain`` (e.g. the unit's SKPs) the intervened RHKs are resolved (KIN-SKP-05);
    with ``instansi`` the signer of the penetapan is checked (KIN-SKP-09) against the pegawai's
    Pejabat Penilai Kinerja that day, or the SKP's penilai when the pegawai has none there (not
    placed that day, say); ``tanggal`` is the date an SKP not yet set is checked at (without
    it only a set SKP can be late); with ``sistem_kerja`` the tim kerja and penugasan the RHKs
    name are resolved (KIN-SKP-14). ``tenggat`` is the deadline policy (``None``:
    :data:`TENGGAT_SKP`).
    """
    v.pastikan_tipe("skp", skp, SKP)
    tenggat = TENGGAT_SKP if tenggat is None else tenggat
    v.pastikan_tipe("tenggat", tenggat, TenggatSKP)
    if tanggal is not None:
        v.pastikan_tipe("tanggal", tanggal, dt.date)
    if sistem_kerja is not None:
        v.pastikan_tipe("sistem_kerja", sistem_kerja, SistemKerja)
    hasil = [*_isi(skp), *_kaskade(skp), *sejak_pengangkatan(skp)]
    if sistem_kerja is not None:
        hasil += rujukan_sistem_kerja(skp, sistem_kerja)
    if skp_lain is not None:
        semua = {s.kode: s for s in _daftar_skp("skp_lain", skp_lain)}
        semua[skp.kode] = skp
        hasil += _rujukan(skp, semua)
    hasil += _tenggat(skp, tanggal, tenggat)
    if instansi is not None:
        v.pastikan_tipe("instansi", instansi, Instansi)
        hasil += _wewenang(skp, instansi)
    return tuple(hasil)


# -- the SKPs of one pegawai in a year ------------------------------------------------------


def _kurangi(bagian: list[Periode], pengurang: Iterable[Periode]) -> list[Periode]:
    """The days of ``bagian`` not in any of ``pengurang``, as sorted disjoint periodes."""
    sisa = sorted(bagian)
    for p in pengurang:
        baru: list[Periode] = []
        for s in sisa:
            if not s.beririsan(p):
                baru.append(s)
                continue
            if s.mulai < p.mulai:
                baru.append(Periode(s.mulai, p.mulai - dt.timedelta(days=1)))
            if p.selesai < s.selesai:
                baru.append(Periode(p.selesai + dt.timedelta(days=1), s.selesai))
        sisa = baru
    return sisa


def _tumpang_tindih(milik: list[SKP], subjek: str) -> Iterator[Pelanggaran]:
    """KIN-SKP-11: no two of the pegawai's SKPs share a day."""
    for i, a in enumerate(milik):
        for b in milik[i + 1 :]:
            irisan = a.periode.irisan(b.periode)
            if irisan is not None:
                yield Pelanggaran(
                    ATURAN_TIDAK_TUMPANG_TINDIH,
                    subjek,
                    _TUMPANG_TINDIH(a=a.kode, b=b.kode, periode=irisan),
                )


def _tanpa_skp(ditempatkan: list[Periode], milik: list[SKP], subjek: str) -> Iterator[Pelanggaran]:
    """KIN-SKP-12: every placed day of the year is covered by an SKP."""
    for celah in _kurangi(ditempatkan, [s.periode for s in milik]):
        yield Pelanggaran(ATURAN_CAKUPAN, subjek, _TANPA_SKP(periode=celah))


def _tanpa_penempatan(skp: SKP, ditempatkan: list[Periode], subjek: str) -> Iterator[Pelanggaran]:
    """KIN-SKP-12: an SKP covers no day without a placement."""
    for lebih in _kurangi([skp.periode], ditempatkan):
        yield Pelanggaran(ATURAN_CAKUPAN, subjek, _TANPA_PENEMPATAN(skp=skp.kode, periode=lebih))


def _satu_penempatan(
    skp: SKP, penempatan: list[tuple[Penempatan, Periode]], subjek: str
) -> Iterator[Pelanggaran]:
    """KIN-SKP-13: an SKP spans one placement (jabatan, unit and head post)."""
    jabatan = {(t.jabatan, t.unit, t.kepala) for t, b in penempatan if b.beririsan(skp.periode)}
    if len(jabatan) > 1:
        yield Pelanggaran(
            ATURAN_JABATAN_BARU,
            subjek,
            _BANYAK_PENEMPATAN(skp=skp.kode, periode=skp.periode, jumlah=len(jabatan)),
        )


def _penempatan_tahun(
    instansi: Instansi, nip: NIP, tahunan: Periode
) -> list[tuple[Penempatan, Periode]]:
    """Each placement of ``nip`` with its days in the year (an open one runs to year end)."""
    hasil: list[tuple[Penempatan, Periode]] = []
    for t in instansi.riwayat_penempatan(nip):
        akhir = t.selesai if t.selesai is not None else max(t.mulai, tahunan.selesai)
        bagian = Periode(t.mulai, akhir).irisan(tahunan)
        if bagian is not None:
            hasil.append((t, bagian))
    return hasil


def periksa_skp_tahunan(
    instansi: Instansi, nip: NIP | str, tahun: int, skp: Iterable[SKP]
) -> tuple[Pelanggaran, ...]:
    """Findings on the SKPs of pegawai ``nip`` in year ``tahun`` (those in ``skp`` that are
    theirs and touch the year) against their placements in ``instansi``: no overlap (KIN-SKP-11),
    every placed day covered and no other (KIN-SKP-12), one SKP per placement (KIN-SKP-13).
    """
    v.pastikan_tipe("instansi", instansi, Instansi)
    pegawai = instansi.cari_pegawai(nip)
    tahunan = Periode.tahun(tahun)
    milik = sorted(
        (
            s
            for s in _daftar_skp("skp", skp)
            if s.pegawai.nip == pegawai.nip and s.periode.beririsan(tahunan)
        ),
        key=lambda s: (s.periode, s.kode),
    )
    subjek = f"{pegawai.nip}/{tahun}"
    penempatan = _penempatan_tahun(instansi, pegawai.nip, tahunan)
    ditempatkan = [b for _, b in penempatan]
    hasil = [*_tumpang_tindih(milik, subjek), *_tanpa_skp(ditempatkan, milik, subjek)]
    for s in milik:
        hasil += _tanpa_penempatan(s, ditempatkan, subjek)
        hasil += _satu_penempatan(s, penempatan, subjek)
    return tuple(hasil)


_t = pembuat_templat(__name__)
_TANPA_UTAMA = _t("KIN-SKP-01/tanpa-utama", "no Hasil Kerja Utama")
_TANPA_INDIKATOR_KUANTITATIF = _t("KIN-SKP-02/tanpa-indikator", "no indikator kinerja")
_TANPA_INDIKATOR_KUALITATIF = _t("KIN-SKP-03/tanpa-indikator", "no indikator kinerja")
_TARGET_BUKAN_ANGKA = _t(
    "KIN-SKP-02/target-bukan-angka",
    "indikator {indikator}: the target must be a number or range with satuan "
    "(pendekatan {pendekatan})",
)
_TARGET_BUKAN_KATA = _t(
    "KIN-SKP-03/target-bukan-kata",
    "indikator {indikator}: the target must be stated in words (pendekatan {pendekatan})",
)
_TANPA_INTERVENSI = _t(
    "KIN-SKP-04/tanpa-intervensi", "{jenjang}: Hasil Kerja Utama intervenes no leader RHK"
)
_SKP_ATASAN_TIDAK_ADA = _t("KIN-SKP-05/skp-tidak-ada", "intervenes {rujukan}: no SKP {skp}")
_SKP_BUKAN_PENILAI = _t(
    "KIN-SKP-05/bukan-skp-penilai",
    "intervenes {rujukan}: that SKP belongs to {nama} ({nip}), not the penilai {nama_penilai} "
    "({penilai})",
)
_PERIODE_TIDAK_BERIRISAN = _t(
    "KIN-SKP-05/periode-tidak-beririsan", "intervenes {rujukan}: periode {periode} does not overlap"
)
_RHK_ATASAN_TIDAK_ADA = _t("KIN-SKP-05/rhk-tidak-ada", "intervenes {rujukan}: no such RHK in {skp}")
_TANPA_PERSPEKTIF = _t("KIN-SKP-06/tanpa-perspektif", "JPT RHK without perspektif")
_TANPA_PERJANJIAN_KINERJA = _t(
    "KIN-SKP-07/tanpa-perjanjian-kinerja",
    "JPT Hasil Kerja Utama without its Perjanjian Kinerja line",
)
_BELUM_DITETAPKAN = _t(
    "KIN-SKP-08/belum-ditetapkan", "not set by {batas}: {hari} day(s) late on {tanggal}"
)
_DITETAPKAN_TERLAMBAT = _t(
    "KIN-SKP-08/terlambat", "set on {ditetapkan}, {hari} day(s) after {batas}"
)
_TANPA_PENILAI = _t(
    "KIN-SKP-09/tanpa-penilai",
    "set by {penanda}; the instansi names no Pejabat Penilai Kinerja on {tanggal} (declare the "
    "official above the root unit, STR-ATASAN-02)",
)
_PENANDA_BUKAN_PENILAI = _t(
    "KIN-SKP-09/penanda-bukan-penilai",
    "set by {penanda}; the Pejabat Penilai Kinerja on {tanggal} is {penilai}",
)
_TUMPANG_TINDIH = _t("KIN-SKP-11/tumpang-tindih", "SKP {a} and {b} overlap on {periode}")
_TANPA_SKP = _t("KIN-SKP-12/tanpa-skp", "no SKP covers {periode}")
_TANPA_PENEMPATAN = _t("KIN-SKP-12/tanpa-penempatan", "SKP {skp} covers {periode}: no placement")
_BANYAK_PENEMPATAN = _t(
    "KIN-SKP-13/banyak-penempatan",
    "SKP {skp} ({periode}) spans {jumlah} placements; each needs its own SKP",
)
