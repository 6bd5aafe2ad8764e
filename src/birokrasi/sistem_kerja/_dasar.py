"""Citations the rule modules of the sistem kerja share (PermenPANRB 7/2022 as summarised, and
the Permenko Marves 2/2023 text that implements it), defined once, and the way their messages
name a pegawai (:func:`nama_pegawai`)."""

from __future__ import annotations

from birokrasi.hukum import PERMENKO_MARVES_2_2023, PERMENPANRB_7_2022, Dasar, Keyakinan

LAMPIRAN = "mekanisme kerja (penugasan, tim kerja)"
"""The part of 7/2022's Lampiran the sistem kerja rules cite."""

SUMBER_MARVES_6 = (
    "pasal.id/en/peraturan/permen/permenko-marves-no-2-tahun-2023/koreksi/9624447 (audit S24)"
)
MARVES_6_AYAT_4 = (
    "Penugasan dalam tim kerja sebagaimana dimaksud pada ayat (3) dapat melibatkan Pejabat "
    "Fungsional dan/atau Pejabat Pelaksana 1 (satu) atau lebih jenis jabatan yang berasal dari: "
    "a. Dalam satu Unit Organisasi JPT Pratama; b. Lintas Unit Organisasi JPT Pratama; c. Lintas "
    "Unit Organisasi JPT Madya; dan/atau d. Lintas instansi pemerintah."
)
MARVES_6 = Dasar(
    PERMENKO_MARVES_2_2023,
    pasal="6",
    keyakinan=Keyakinan.TURUNAN,
    kutipan=(
        "(2) ... c. Pejabat Pimpinan Tinggi Pratama selaku Pejabat Penilai Kinerja memberikan "
        "penugasan dan penilaian kinerja kepada Pejabat Administrator, Pejabat Pengawas, Pejabat "
        "Fungsional, dan Pejabat Pelaksana; ... (5) Penugasan dalam tim kerja kepada Pejabat "
        "Fungsional dan/atau Pejabat Pelaksana yang berasal dari lintas Unit Organisasi JPT "
        "Pratama dan/atau lintas Unit Organisasi JPT Madya sebagaimana dimaksud pada ayat (4) "
        "huruf b dan c, ha[...] (the copy is cut off here)"
    ),
    sumber=SUMBER_MARVES_6,
)
BERLAKU = PERMENPANRB_7_2022.diundangkan
"""The day the sistem kerja rules apply from (7/2022 promulgated)."""
