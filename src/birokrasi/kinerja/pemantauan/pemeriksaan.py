"""Checks over a :class:`~birokrasi.kinerja.pemantauan.jurnal.JurnalKinerja` (PermenPANRB 6/2022
Pasal 5 huruf b) and the rules they apply: the journal's own consistency with its SKP
(KIN-UB-02/03), documentation coverage before an evaluation (KIN-UB-05, KIN-DIALOG-02),
pembinaan after below-expectation signals (KIN-BINA-03), and all of them with the authority
check of :mod:`birokrasi.kinerja.pemantauan.kewenangan` (:func:`periksa_pemantauan`). Every
check returns :class:`~birokrasi.hukum.Pelanggaran` values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from birokrasi import _validasi as v
from birokrasi.errors import NotFoundError
from birokrasi.hukum import (
    PERMENPANRB_6_2022,
    PERMENPANRB_8_2021,
    Aturan,
    Dasar,
    Keyakinan,
    Pelanggaran,
)
from birokrasi.kinerja.pemantauan.jurnal import JurnalKinerja
from birokrasi.kinerja.pemantauan.kewenangan import (
    BAGIAN_UMPAN_BALIK,
    KEBIJAKAN_PEMANTAUAN_BAKU,
    KebijakanPemantauan,
    cocokkan_jurnal,
    periksa_kewenangan,
)
from birokrasi.kinerja.pemantauan.peristiwa import (
    DialogKinerja,
    Peristiwa,
    Realisasi,
    TahapDialog,
    UmpanBalik,
)
from birokrasi.kinerja.penilaian.evaluasi import JenisEvaluasi, PenilaianKinerja
from birokrasi.kinerja.perencanaan.perilaku import NilaiBerakhlak
from birokrasi.kinerja.perencanaan.skp import SKP
from birokrasi.kinerja.predikat import Rating
from birokrasi.periode import JenisPeriode, Periode, periodisasi
from birokrasi.pesan import Pesan, pembuat_templat
from birokrasi.sistem_kerja.sistem import SistemKerja
from birokrasi.struktur.organisasi import Instansi

__all__ = [
    "ATURAN",
    "ATURAN_DIALOG_TAHAP",
    "ATURAN_DOKUMENTASI",
    "ATURAN_PEMBINAAN",
    "ATURAN_PERIODE_JURNAL",
    "ATURAN_RUJUKAN",
    "periksa_dokumentasi",
    "periksa_jurnal",
    "periksa_pemantauan",
    "periksa_pembinaan",
]


ATURAN_PERIODE_JURNAL = Aturan(
    kode="KIN-UB-02",
    uraian="Peristiwa pemantauan kinerja terjadi dalam periode SKP yang dipantau.",
    summary="Every event of the journal is dated inside the SKP's periode.",
    dasar=Dasar(
        PERMENPANRB_6_2022,
        pasal="5",
        huruf="b",
        keyakinan=Keyakinan.TIDAK_PASTI,
        kutipan=(
            "Pelaksanaan, pemantauan, dan pembinaan kinerja Pegawai yang meliputi "
            "pendokumentasian kinerja, pemberian Umpan Balik Berkelanjutan, dan pengembangan "
            "kinerja Pegawai"
        ),
        sumber=(
            "jdih.maritim.go.id/index.php/en/pengelolaan-kinerja-pegawai-aparatur-sipil-negara "
            "(Pasal 2, 3, 5 and 38 quoted)"
        ),
        tafsiran=(
            "Pasal 5 huruf b only lists what the stage comprises; it says nothing of dates. "
            "That every event of a journal falls inside the periode of the SKP it documents is "
            "the library's reading: an event outside the SKP's periode belongs to another "
            "SKP's journal."
        ),
    ),
)

ATURAN_RUJUKAN = Aturan(
    kode="KIN-UB-03",
    uraian=(
        "Umpan balik dan realisasi atas hasil kerja merujuk pada Rencana Hasil Kerja dan "
        "indikator SKP yang dipantau."
    ),
    summary="Feedback and realisations name an RHK (and indicator) of the SKP they document.",
    dasar=Dasar(
        PERMENPANRB_6_2022,
        lampiran="Anak Lampiran 4 (realisasi dan umpan balik per baris hasil kerja)",
        keyakinan=Keyakinan.TERVERIFIKASI,
        kutipan=(
            "Realisasi berdasarkan bukti dukung; Umpan balik berkelanjutan berdasarkan bukti dukung"
        ),
        sumber=(
            "id.scribd.com/document/672154356/Lampiran-Permenpan-RB-No-6-Th-2022-Kuantitatif "
            "(Anak Lampiran 4): the evaluation form's columns for each row of hasil kerja, as "
            "quoted by the research digest on PermenPANRB 6/2022 (section 4.1)"
        ),
    ),
)

ATURAN_DOKUMENTASI = Aturan(
    kode="KIN-UB-05",
    uraian=(
        "Setiap hasil kerja utama dan setiap nilai BerAKHLAK memperoleh umpan balik yang "
        "terdokumentasi dalam setiap periode evaluasi."
    ),
    summary=(
        "Before an evaluation, every utama RHK and every BerAKHLAK value has documented "
        "feedback in each evaluation period."
    ),
    dasar=Dasar(
        PERMENPANRB_6_2022,
        bagian=BAGIAN_UMPAN_BALIK,
        keyakinan=Keyakinan.TIDAK_PASTI,
        tafsiran=(
            "The text (known from the research digest's report of a reproduced copy) obliges "
            "berkala feedback at a frequency agreed between Pimpinan and Pegawai and sets no "
            "national minimum: a feedback on every RHK utama and every BerAKHLAK value in each "
            "evaluation period is the library's reading, with the periodisation as a parameter "
            "(default triwulanan)."
        ),
    ),
    dasar_lain=(
        Dasar(
            PERMENPANRB_6_2022,
            lampiran="Anak Lampiran 4 (umpan balik berkelanjutan berdasarkan bukti dukung)",
            keyakinan=Keyakinan.TERVERIFIKASI,
            kutipan="Umpan balik berkelanjutan berdasarkan bukti dukung",
            sumber=(
                "id.scribd.com/document/672154356/Lampiran-Permenpan-RB-No-6-Th-2022-Kuantitatif "
                "(Anak Lampiran 4): the evaluation form's column for each row of hasil kerja and "
                "each perilaku value, as quoted by the research digest on PermenPANRB 6/2022 "
                "(section 4.1)"
            ),
        ),
    ),
)

ATURAN_DIALOG_TAHAP = Aturan(
    kode="KIN-DIALOG-02",
    uraian=(
        "Pegawai wajib melakukan dialog kinerja dengan Pimpinan untuk menetapkan dan "
        "mengklarifikasi Ekspektasi, dan dialog kinerja menyertai evaluasi kinerja."
    ),
    summary=(
        "Before an evaluation there is a planning dialog and, for each evaluation period, an "
        "evaluation dialog."
    ),
    dasar=Dasar(
        PERMENPANRB_6_2022,
        lampiran="format SKP, pedoman penyusunan (dialog kinerja)",
        keyakinan=Keyakinan.SEKUNDER,
        tafsiran=(
            "The evaluation dialog of a period is looked for from its start to a parameter "
            "number of days after its end (default 30)."
        ),
    ),
)

ATURAN_PEMBINAAN = Aturan(
    kode="KIN-BINA-03",
    uraian=(
        "Hasil kerja atau perilaku kerja di bawah ekspektasi ditindaklanjuti dengan bimbingan "
        "atau konseling kinerja."
    ),
    summary=(
        "Below-expectation feedback or a periodic Di Bawah Ekspektasi rating makes bimbingan or "
        "konseling due within a parameter number of days (default 30)."
    ),
    dasar=Dasar(
        PERMENPANRB_6_2022,
        bagian=BAGIAN_UMPAN_BALIK + ", Pegawai tidak menunjukkan kemajuan",
        keyakinan=Keyakinan.TIDAK_PASTI,
        tafsiran=(
            "The reproduced text lets the Pimpinan act when the pegawai shows no progress (the "
            "list was cut off); 8/2021 named bimbingan and konseling as the pembinaan methods. "
            "The trigger and the deadline are the library's reading; the days are a parameter."
        ),
    ),
    dasar_lain=(
        Dasar(
            PERMENPANRB_8_2021,
            lampiran="pembinaan kinerja (bimbingan dan konseling kinerja)",
            keyakinan=Keyakinan.SEKUNDER,
        ),
    ),
)

ATURAN: tuple[Aturan, ...] = (
    ATURAN_PERIODE_JURNAL,
    ATURAN_RUJUKAN,
    ATURAN_DOKUMENTASI,
    ATURAN_DIALOG_TAHAP,
    ATURAN_PEMBINAAN,
)


def _subjek(jurnal: JurnalKinerja, kode: str) -> str:
    return f"{jurnal.skp}/{kode}"


def _periode(periode: Periode) -> Pesan:
    """A periode as a message parameter: ``1 Januari 2025 s.d. 31 Maret 2025``."""
    return _PERIODE(mulai=periode.mulai, selesai=periode.selesai)


def _dalam_periode(jurnal: JurnalKinerja, skp: SKP, p: Peristiwa) -> Iterator[Pelanggaran]:
    """KIN-UB-02: an event is dated inside the SKP's periode."""
    if p.tanggal not in skp.periode:
        yield Pelanggaran(
            ATURAN_PERIODE_JURNAL,
            _subjek(jurnal, p.kode),
            _DI_LUAR_PERIODE(tanggal=p.tanggal, periode=_periode(skp.periode)),
        )


def _rujukan_ada(jurnal: JurnalKinerja, skp: SKP, p: Peristiwa) -> Iterator[Pelanggaran]:
    """KIN-UB-03: feedback or a realisation names an RHK (and indicator) the SKP has."""
    if not isinstance(p, UmpanBalik | Realisasi) or p.rhk is None:
        return
    try:
        rhk = skp.rhk(p.rhk)
    except NotFoundError:
        pesan = _RHK_TIDAK_ADA(rhk=p.rhk, skp=skp.kode)
    else:
        if not isinstance(p, Realisasi) or p.indikator <= len(rhk.indikator):
            return
        pesan = _INDIKATOR_TIDAK_ADA(indikator=p.indikator, rhk=rhk.kode, jumlah=len(rhk.indikator))
    yield Pelanggaran(ATURAN_RUJUKAN, _subjek(jurnal, p.kode), pesan)


def periksa_jurnal(jurnal: JurnalKinerja, skp: SKP) -> tuple[Pelanggaran, ...]:
    """A finding for each event dated outside the SKP's periode (KIN-UB-02) and each feedback
    or realisation naming an RHK or indicator the SKP does not have (KIN-UB-03). Raises
    :class:`~birokrasi.errors.InvalidValueError` if the journal is not the SKP's."""
    cocokkan_jurnal(jurnal, skp)
    return tuple(
        pelanggaran
        for p in jurnal.urut()
        for pelanggaran in (*_dalam_periode(jurnal, skp, p), *_rujukan_ada(jurnal, skp, p))
    )


def _hari_setelah(tanggal: dt.date, hari: int) -> dt.date:
    """``hari`` days after ``tanggal``; the calendar's last day when that is beyond it (every
    date the calendar holds is then inside the window)."""
    return v.geser_tanggal(tanggal, hari=hari) or dt.date.max


def _periode_evaluasi(skp: SKP, tanggal: dt.date, jenis: JenisPeriode) -> tuple[Periode, ...]:
    potong = (p.irisan(skp.periode) for p in periodisasi(skp.periode.mulai.year, jenis))
    return tuple(p for p in potong if p is not None and p.selesai <= tanggal)


def _umpan_balik_periode(
    skp: SKP, periode: Periode, umpan_balik: Iterable[UmpanBalik]
) -> Iterator[Pelanggaran]:
    """KIN-UB-05: within ``periode``, feedback on every utama RHK and every BerAKHLAK value."""
    dalam = [u for u in umpan_balik if u.tanggal in periode]
    for rhk in skp.hasil_kerja_utama:
        if not any(u.rhk == rhk.kode for u in dalam):
            yield Pelanggaran(
                ATURAN_DOKUMENTASI,
                f"{skp.kode}/{rhk.kode}",
                _TANPA_UMPAN_BALIK_RHK(rhk=rhk.kode, periode=_periode(periode)),
            )
    for nilai in NilaiBerakhlak:
        if not any(u.nilai is nilai for u in dalam):
            yield Pelanggaran(
                ATURAN_DOKUMENTASI,
                f"{skp.kode}/{nilai.label}",
                _TANPA_UMPAN_BALIK_NILAI(nilai=nilai, periode=_periode(periode)),
            )


def _dialog_evaluasi(
    skp: SKP, periode: Periode, dialog: Iterable[DialogKinerja], tanggal: dt.date, hari: int
) -> Iterator[Pelanggaran]:
    """KIN-DIALOG-02: an evaluation dialog from the start of ``periode`` to ``hari`` days
    after its end (or ``tanggal``, if earlier)."""
    batas = min(tanggal, _hari_setelah(periode.selesai, hari))
    jendela = Periode(periode.mulai, batas)
    if not any(d.tahap is TahapDialog.EVALUASI and d.tanggal in jendela for d in dialog):
        yield Pelanggaran(
            ATURAN_DIALOG_TAHAP,
            skp.kode,
            _TANPA_DIALOG_EVALUASI(
                periode=_periode(periode), dari=jendela.mulai, sampai=jendela.selesai
            ),
        )


def _dialog_perencanaan(
    skp: SKP, dialog: Iterable[DialogKinerja], tanggal: dt.date
) -> Iterator[Pelanggaran]:
    """KIN-DIALOG-02: a planning dialog on or before ``tanggal``."""
    if not any(d.tahap is TahapDialog.PERENCANAAN for d in dialog):
        yield Pelanggaran(
            ATURAN_DIALOG_TAHAP,
            skp.kode,
            _TANPA_DIALOG_PERENCANAAN(tanggal=tanggal),
        )


def periksa_dokumentasi(
    jurnal: JurnalKinerja,
    skp: SKP,
    tanggal: dt.date,
    *,
    kebijakan: KebijakanPemantauan | None = None,
) -> tuple[Pelanggaran, ...]:
    """A finding for each gap before an evaluation on ``tanggal``: in each evaluation period
    of the SKP that has ended by then, feedback on every utama RHK and every BerAKHLAK value
    (KIN-UB-05) and an evaluation dialog; and a planning dialog on or before ``tanggal``
    (KIN-DIALOG-02).

    Any feedback in the journal counts here; whether its giver was entitled is KIN-UB-01's
    question. Periods are :func:`~birokrasi.periode.periodisasi` cut to the SKP's periode.
    """
    cocokkan_jurnal(jurnal, skp)
    v.pastikan_tipe("tanggal", tanggal, dt.date)
    kebijakan = KEBIJAKAN_PEMANTAUAN_BAKU if kebijakan is None else kebijakan
    v.pastikan_tipe("kebijakan", kebijakan, KebijakanPemantauan)
    umpan_balik = [u for u in jurnal.umpan_balik() if u.tanggal <= tanggal]
    dialog = [d for d in jurnal.dialog() if d.tanggal <= tanggal]
    hari = kebijakan.hari_dialog_evaluasi
    hasil: list[Pelanggaran] = []
    for periode in _periode_evaluasi(skp, tanggal, kebijakan.periodisasi):
        hasil += _umpan_balik_periode(skp, periode, umpan_balik)
        hasil += _dialog_evaluasi(skp, periode, dialog, tanggal, hari)
    hasil += _dialog_perencanaan(skp, dialog, tanggal)
    return tuple(hasil)


def _pemicu(
    jurnal: JurnalKinerja, skp: SKP, tanggal: dt.date, penilaian: Iterable[PenilaianKinerja]
) -> list[tuple[dt.date, Pesan]]:
    pemicu: list[tuple[dt.date, Pesan]] = [
        (u.tanggal, _SEBAB_UMPAN_BALIK(kode=u.kode))
        for u in jurnal.umpan_balik()
        if u.di_bawah_ekspektasi and u.tanggal <= tanggal
    ]
    v.pastikan_iterabel("penilaian", penilaian, "Iterable[PenilaianKinerja]")
    for index, p in enumerate(penilaian):
        v.pastikan_tipe(f"penilaian[{index}]", p, PenilaianKinerja)
        bawah = (
            p.rating_hasil_kerja is Rating.DI_BAWAH_EKSPEKTASI,
            p.rating_perilaku_kerja is Rating.DI_BAWAH_EKSPEKTASI,
        )
        if (
            p.skp == skp.kode
            and p.pegawai.nip == jurnal.pegawai
            and p.jenis is JenisEvaluasi.PERIODIK
            and any(bawah)
            and p.tanggal <= tanggal
        ):
            aspek = _ASPEK[bawah]()
            sebab = _SEBAB_PENILAIAN(kode=p.kode, periode=_periode(p.periode), aspek=aspek)
            pemicu.append((p.tanggal, sebab))
    return sorted(pemicu, key=lambda x: x[0])


def periksa_pembinaan(
    jurnal: JurnalKinerja,
    skp: SKP,
    tanggal: dt.date,
    *,
    penilaian: Iterable[PenilaianKinerja] = (),
    kebijakan: KebijakanPemantauan | None = None,
) -> tuple[Pelanggaran, ...]:
    """As of ``tanggal``, a finding for each below-expectation signal (feedback read as Di
    Bawah Ekspektasi, or a periodic evaluation of this SKP with a Di Bawah Ekspektasi rating)
    not followed, on
    the same day or within ``kebijakan.hari_pembinaan`` days, by a bimbingan or konseling
    recorded by ``tanggal`` (KIN-BINA-03). The message says whether it is still due or late.
    """
    cocokkan_jurnal(jurnal, skp)
    v.pastikan_tipe("tanggal", tanggal, dt.date)
    kebijakan = KEBIJAKAN_PEMANTAUAN_BAKU if kebijakan is None else kebijakan
    v.pastikan_tipe("kebijakan", kebijakan, KebijakanPemantauan)
    pembinaan = [b for b in jurnal.pembinaan() if b.tanggal <= tanggal]
    hasil: list[Pelanggaran] = []
    for mulai, sebab in _pemicu(jurnal, skp, tanggal, penilaian):
        tenggat = _hari_setelah(mulai, kebijakan.hari_pembinaan)
        if any(mulai <= b.tanggal <= tenggat for b in pembinaan):
            continue
        templat = _PEMBINAAN_JATUH_TEMPO if tanggal <= tenggat else _PEMBINAAN_TERLAMBAT
        hasil.append(
            Pelanggaran(
                ATURAN_PEMBINAAN,
                f"{skp.kode}/{jurnal.pegawai}",
                templat(sebab=sebab, mulai=mulai, tenggat=tenggat),
            )
        )
    return tuple(hasil)


def periksa_pemantauan(
    jurnal: JurnalKinerja,
    skp: SKP,
    instansi: Instansi,
    sistem: SistemKerja,
    tanggal: dt.date,
    *,
    penilaian: Iterable[PenilaianKinerja] = (),
    kebijakan: KebijakanPemantauan | None = None,
) -> tuple[Pelanggaran, ...]:
    """The findings of all the checks of this module over one journal, as of ``tanggal``: the
    journal's own consistency, authority, documentation coverage and pembinaan, under
    ``kebijakan`` (``None``, here and in each check: :data:`KEBIJAKAN_PEMANTAUAN_BAKU`)."""
    return (
        *periksa_jurnal(jurnal, skp),
        *periksa_kewenangan(jurnal, skp, instansi, sistem, kebijakan=kebijakan),
        *periksa_dokumentasi(jurnal, skp, tanggal, kebijakan=kebijakan),
        *periksa_pembinaan(jurnal, skp, tanggal, penilaian=penilaian, kebijakan=kebijakan),
    )


_t = pembuat_templat(__name__)
_PERIODE = _t("PANTAU/periode", "{mulai}..{selesai}")
_DI_LUAR_PERIODE = _t(
    "KIN-UB-02/di-luar-periode", "dated {tanggal}, outside the SKP periode {periode}"
)
_RHK_TIDAK_ADA = _t("KIN-UB-03/rhk-tidak-ada", "names RHK {rhk}, which SKP {skp} does not have")
_INDIKATOR_TIDAK_ADA = _t(
    "KIN-UB-03/indikator-tidak-ada", "names indicator {indikator} of {rhk}, which has {jumlah}"
)
_TANPA_UMPAN_BALIK_RHK = _t(
    "KIN-UB-05/tanpa-umpan-balik-rhk", "no feedback on RHK {rhk} in {periode}"
)
_TANPA_UMPAN_BALIK_NILAI = _t(
    "KIN-UB-05/tanpa-umpan-balik-nilai", "no feedback on {nilai} in {periode}"
)
_TANPA_DIALOG_EVALUASI = _t(
    "KIN-DIALOG-02/tanpa-dialog-evaluasi",
    "no evaluation dialog for {periode} between {dari} and {sampai}",
)
_TANPA_DIALOG_PERENCANAAN = _t(
    "KIN-DIALOG-02/tanpa-dialog-perencanaan", "no planning dialog on or before {tanggal}"
)
_SEBAB_UMPAN_BALIK = _t(
    "KIN-BINA-03/sebab-umpan-balik", "umpan balik {kode} reads Di Bawah Ekspektasi"
)
_SEBAB_PENILAIAN = _t(
    "KIN-BINA-03/sebab-penilaian", "penilaian {kode} ({periode}) rates {aspek} Di Bawah Ekspektasi"
)
_ASPEK = {
    (True, False): _t("KIN-BINA-03/aspek-hasil-kerja", "hasil kerja"),
    (False, True): _t("KIN-BINA-03/aspek-perilaku-kerja", "perilaku kerja"),
    (True, True): _t("KIN-BINA-03/aspek-keduanya", "hasil kerja and perilaku kerja"),
}
_PEMBINAAN_JATUH_TEMPO = _t(
    "KIN-BINA-03/jatuh-tempo", "{sebab} on {mulai}: bimbingan or konseling is due by {tenggat}"
)
_PEMBINAAN_TERLAMBAT = _t(
    "KIN-BINA-03/terlambat",
    "{sebab} on {mulai}: no bimbingan or konseling followed by {tenggat}",
)
