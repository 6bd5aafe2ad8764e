"""The rules of pemantauan dan pembinaan kinerja (PermenPANRB 6/2022 Pasal 5 huruf b, with
PermenPANRB 8/2021 where 6/2022's detail was not read): who may give feedback and record
progress, documentation coverage, dialog kinerja, bimbingan and konseling.

The checks that apply them are in :mod:`birokrasi.kinerja.pemantauan.kewenangan` (authority) and
:mod:`birokrasi.kinerja.pemantauan.pemeriksaan` (the journal, coverage and pembinaan).
"""

from __future__ import annotations

from birokrasi.hukum import (
    PERMENPANRB_6_2022,
    PERMENPANRB_7_2022,
    PERMENPANRB_8_2021,
    Aturan,
    Dasar,
    Keyakinan,
)

__all__ = [
    "ATURAN",
    "ATURAN_DIALOG",
    "ATURAN_DIALOG_TAHAP",
    "ATURAN_DOKUMENTASI",
    "ATURAN_KONSELING",
    "ATURAN_PEMBERI",
    "ATURAN_PEMBIMBING",
    "ATURAN_PEMBINAAN",
    "ATURAN_PENCATAT_REALISASI",
    "ATURAN_PERIODE",
    "ATURAN_RUJUKAN",
]

_UB = "Umpan Balik Berkelanjutan (teks direproduksi; nomor Pasal tidak terlihat)"

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
        bagian=_UB,
        keyakinan=Keyakinan.TERVERIFIKASI,
        tafsiran=(
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

ATURAN_PERIODE = Aturan(
    kode="KIN-UB-02",
    uraian="Peristiwa pemantauan kinerja terjadi dalam periode SKP yang dipantau.",
    summary="Every event of the journal is dated inside the SKP's periode.",
    dasar=Dasar(
        PERMENPANRB_6_2022,
        pasal="5",
        huruf="b",
        keyakinan=Keyakinan.TERVERIFIKASI,
        tafsiran="An event outside the SKP's periode belongs to another SKP's journal.",
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
        bagian=_UB,
        keyakinan=Keyakinan.TERVERIFIKASI,
        tafsiran=(
            "The text obliges berkala feedback at a frequency agreed between Pimpinan and "
            "Pegawai and sets no national minimum; the library reads 'at least once per "
            "evaluation period' with the periodisation as a parameter (default triwulanan)."
        ),
    ),
    dasar_lain=(
        Dasar(
            PERMENPANRB_6_2022,
            lampiran="Anak Lampiran 4 (umpan balik berkelanjutan berdasarkan bukti dukung)",
            keyakinan=Keyakinan.TERVERIFIKASI,
        ),
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
        tafsiran=(
            "Planning and evaluation dialogs need the pimpinan (who sets and rates the SKP); "
            "a ketua tim may hold a pemantauan dialog."
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
            "read; the 8/2021 bimbingan by the penilai is kept as the default."
        ),
    ),
    dasar_lain=(
        Dasar(PERMENPANRB_6_2022, pasal="5", huruf="b", keyakinan=Keyakinan.TERVERIFIKASI),
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
        keyakinan=Keyakinan.TERVERIFIKASI,
        tafsiran=(
            "8/2021 wording applied under 6/2022. Training cannot be read off the structure: "
            "the penilai is accepted by default, independent counsellors and officials with a "
            "counselling function are the NIPs the agency registers."
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
        bagian=_UB + ", Pegawai tidak menunjukkan kemajuan",
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
    ATURAN_PEMBERI,
    ATURAN_PERIODE,
    ATURAN_RUJUKAN,
    ATURAN_PENCATAT_REALISASI,
    ATURAN_DOKUMENTASI,
    ATURAN_DIALOG,
    ATURAN_DIALOG_TAHAP,
    ATURAN_PEMBIMBING,
    ATURAN_KONSELING,
    ATURAN_PEMBINAAN,
)
