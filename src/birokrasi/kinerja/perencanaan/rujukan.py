"""What an SKP refers to outside itself, checked by
:func:`~birokrasi.kinerja.perencanaan.pemeriksaan.periksa_skp`: the tim kerja and penugasan
its RHKs come from, resolved in the :class:`~birokrasi.sistem_kerja.sistem.SistemKerja`
(KIN-SKP-14), and the appointment of its pegawai, read from the NIP (KIN-SKP-15).
"""

from __future__ import annotations

from collections.abc import Iterator

from birokrasi.hukum import (
    PERMENKO_MARVES_2_2023,
    PERMENPANRB_6_2022,
    PERMENPANRB_7_2022,
    Aturan,
    Dasar,
    Keyakinan,
    Pelanggaran,
)
from birokrasi.kinerja.perencanaan.skp import SKP, RencanaHasilKerja
from birokrasi.periode import Periode
from birokrasi.pesan import Pesan, pembuat_templat
from birokrasi.sistem_kerja.penugasan import Penugasan
from birokrasi.sistem_kerja.sistem import SistemKerja
from birokrasi.struktur.nip import NIP

__all__ = [
    "ATURAN",
    "ATURAN_RUJUKAN_SISTEM_KERJA",
    "ATURAN_SKP_SEJAK_PENGANGKATAN",
    "rujukan_sistem_kerja",
    "sejak_pengangkatan",
]

ATURAN_RUJUKAN_SISTEM_KERJA = Aturan(
    kode="KIN-SKP-14",
    uraian=(
        "Rencana hasil kerja yang berasal dari tim kerja atau penugasan merujuk tim kerja atau "
        "penugasan yang tercatat dalam sistem kerja, berlangsung dalam periode SKP dan "
        "melibatkan pegawai yang bersangkutan."
    ),
    summary=(
        "An RHK naming a tim kerja or a penugasan finds it in the sistem kerja, running during "
        "the SKP's periode, with the pegawai a member of the team (or given the penugasan, "
        "directly or through a team) on a day of that periode."
    ),
    dasar=Dasar(
        PERMENPANRB_7_2022,
        lampiran="mekanisme kerja (penugasan, tim kerja, pengelolaan kinerja)",
        keyakinan=Keyakinan.SEKUNDER,
        tafsiran=(
            "Under 7/2022 the work of JF and pelaksana is given as penugasan, individually or "
            "in tim kerja, and their kinerja is managed on it (the project's digest, from BKN's "
            "knowledge base and regional slides); the e-Kinerja application links team roles "
            "to results. That a named team or penugasan must exist, overlap the SKP and involve "
            "the pegawai is the library's reading: a reference that does not resolve is a data "
            "error. Teams of another instansi are checked against the sistem kerja passed."
        ),
    ),
    dasar_lain=(
        Dasar(
            PERMENKO_MARVES_2_2023,
            pasal="6",
            ayat="2",
            huruf="c",
            keyakinan=Keyakinan.TURUNAN,
            kutipan=(
                "Pejabat Pimpinan Tinggi Pratama selaku Pejabat Penilai Kinerja memberikan "
                "penugasan dan penilaian kinerja kepada Pejabat Administrator, Pejabat Pengawas, "
                "Pejabat Fungsional, dan Pejabat Pelaksana"
            ),
            sumber=(
                "pasal.id/en/peraturan/permen/permenko-marves-no-2-tahun-2023/koreksi/9624447 "
                "(audit S24)"
            ),
            tafsiran="The penugasan is what the penilaian kinerja is given on.",
        ),
    ),
    berlaku_sejak=PERMENPANRB_7_2022.diundangkan,
)

ATURAN_SKP_SEJAK_PENGANGKATAN = Aturan(
    kode="KIN-SKP-15",
    uraian=(
        "SKP disusun oleh Pegawai ASN: periodenya tidak dimulai sebelum TMT pengangkatan yang "
        "tertera pada NIP pegawai."
    ),
    summary=(
        "An SKP's periode does not start before the appointment its pegawai's NIP shows: the "
        "TMT CPNS, or 1 January of a NI PPPK's year."
    ),
    dasar=Dasar(
        PERMENPANRB_6_2022,
        pasal="1",
        keyakinan=Keyakinan.TIDAK_PASTI,
        tafsiran=(
            "6/2022 manages the kinerja of Pegawai ASN; before the appointment a person is no "
            "pegawai and has no SKP, so a periode starting earlier is a data error (a CPNS's "
            "first SKP starts at the TMT). No text stating it was read. An evaluation lies in "
            "its SKP's periode (KIN-EVAL-04), so it is covered through the SKP."
        ),
    ),
)

ATURAN: tuple[Aturan, ...] = (ATURAN_RUJUKAN_SISTEM_KERJA, ATURAN_SKP_SEJAK_PENGANGKATAN)


def _pengangkatan(nip: NIP) -> Pesan:
    if nip.tmt is not None:
        return _TMT_CPNS(tmt=nip.tmt)
    return _CALON_PPPK(tahun=nip.tahun_pengangkatan)


def sejak_pengangkatan(skp: SKP) -> Iterator[Pelanggaran]:
    """KIN-SKP-15: the SKP's periode starts on or after the pegawai's appointment."""
    nip = skp.pegawai.nip
    if skp.periode.mulai < nip.awal_pengangkatan:
        yield Pelanggaran(
            ATURAN_SKP_SEJAK_PENGANGKATAN,
            skp.kode,
            _SEBELUM_PENGANGKATAN(
                periode=skp.periode,
                nama=skp.pegawai.nama,
                nip=nip,
                pengangkatan=_pengangkatan(nip),
            ),
        )


def _anggota(sistem: SistemKerja, nip: NIP, tim: str, selama: Periode) -> bool:
    """Whether ``nip`` sits in team ``tim`` on a day of ``selama``."""
    kerja = sistem.cari_tim(tim)
    return any(
        k.tim == tim and k.mulai <= selama.selesai and k.akhir_dalam(kerja) >= selama.mulai
        for k in sistem.riwayat_keanggotaan(nip)
    )


def _masalah_tim(skp: SKP, sistem: SistemKerja, tim: str, kode: set[str]) -> Pesan | None:
    if tim not in kode:
        return _TIM_TIDAK_ADA(tim=repr(tim))
    kerja = sistem.cari_tim(tim)
    if kerja.akhir < skp.periode.mulai or skp.periode.selesai < kerja.mulai:
        return _TIM_DI_LUAR(
            tim=repr(tim), mulai=kerja.mulai, akhir=kerja.akhir, periode=skp.periode
        )
    if not _anggota(sistem, skp.pegawai.nip, tim, skp.periode):
        return _BUKAN_ANGGOTA(
            tim=repr(tim), nama=skp.pegawai.nama, nip=skp.pegawai.nip, periode=skp.periode
        )
    return None


def _masalah_tugas(
    skp: SKP, sistem: SistemKerja, tugas: Penugasan | None, kode: str
) -> Pesan | None:
    if tugas is None:
        return _TUGAS_TIDAK_ADA(penugasan=repr(kode))
    bersama = tugas.periode.irisan(skp.periode)
    if bersama is None:
        return _TUGAS_DI_LUAR(
            penugasan=repr(kode), periode_tugas=tugas.periode, periode=skp.periode
        )
    nip = skp.pegawai.nip
    if tugas.penerima == nip or (
        tugas.tim is not None and _anggota(sistem, nip, tugas.tim, bersama)
    ):
        return None
    kepada = tugas.penerima if tugas.tim is None else _KEPADA_TIM(tim=repr(tugas.tim))
    return _TUGAS_ORANG_LAIN(
        penugasan=repr(kode), kepada=kepada, nama=skp.pegawai.nama, nip=nip, periode=bersama
    )


def rujukan_sistem_kerja(skp: SKP, sistem: SistemKerja) -> Iterator[Pelanggaran]:
    """KIN-SKP-14: each RHK's tim kerja and penugasan resolve in ``sistem`` over the SKP's
    periode, with the pegawai in them."""
    tim = {t.kode for t in sistem.tim}
    tugas = {p.kode: p for p in sistem.penugasan}
    for rhk in skp.hasil_kerja:
        for masalah in _masalah_rhk(skp, sistem, rhk, tim, tugas):
            yield Pelanggaran(ATURAN_RUJUKAN_SISTEM_KERJA, f"{skp.kode}/{rhk.kode}", masalah)


def _masalah_rhk(
    skp: SKP,
    sistem: SistemKerja,
    rhk: RencanaHasilKerja,
    tim: set[str],
    tugas: dict[str, Penugasan],
) -> Iterator[Pesan]:
    if rhk.tim_kerja is not None:
        masalah = _masalah_tim(skp, sistem, rhk.tim_kerja, tim)
        if masalah is not None:
            yield masalah
    if rhk.penugasan is not None:
        masalah = _masalah_tugas(skp, sistem, tugas.get(rhk.penugasan), rhk.penugasan)
        if masalah is not None:
            yield masalah


_t = pembuat_templat(__name__)
_TMT_CPNS = _t("KIN-SKP-15/tmt-cpns", "TMT CPNS {tmt}")
_CALON_PPPK = _t("KIN-SKP-15/calon-pppk", "appointed as calon PPPK in {tahun}")
_SEBELUM_PENGANGKATAN = _t(
    "KIN-SKP-15/sebelum-pengangkatan",
    "periode {periode} starts before the appointment of {nama} ({nip}): {pengangkatan}",
)
_TIM_TIDAK_ADA = _t("KIN-SKP-14/tim-tidak-ada", "tim kerja {tim}: no such team in the sistem kerja")
_TIM_DI_LUAR = _t(
    "KIN-SKP-14/tim-di-luar-periode", "tim kerja {tim} runs {mulai}..{akhir}, outside {periode}"
)
_BUKAN_ANGGOTA = _t(
    "KIN-SKP-14/bukan-anggota",
    "tim kerja {tim}: {nama} ({nip}) is not a member during {periode}",
)
_TUGAS_TIDAK_ADA = _t(
    "KIN-SKP-14/penugasan-tidak-ada", "penugasan {penugasan}: no such penugasan in the sistem kerja"
)
_TUGAS_DI_LUAR = _t(
    "KIN-SKP-14/penugasan-di-luar-periode",
    "penugasan {penugasan} runs {periode_tugas}, outside {periode}",
)
_KEPADA_TIM = _t("KIN-SKP-14/kepada-tim", "team {tim}")
_TUGAS_ORANG_LAIN = _t(
    "KIN-SKP-14/penugasan-orang-lain",
    "penugasan {penugasan} is given to {kepada}, not to {nama} ({nip}) or a team they sit in "
    "during {periode}",
)
