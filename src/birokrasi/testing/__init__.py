"""Hypothesis strategies for every public type, for our tests and for agency code.

Install with the ``testing`` extra (``pip install birokrasi[testing]``). Strategies are
grouped like the library (``dasar`` for hukum and periode, ``struktur``, ``kinerja``, ...)
and all re-exported here.
"""

from birokrasi.testing.dasar import (
    aturan,
    dasar,
    pelanggaran,
    peraturan,
    periode,
    tanggal,
)
from birokrasi.testing.evaluasi import penilaian_kinerja, riwayat_penilaian
from birokrasi.testing.karier import (
    hasil_kinerja,
    jenjang_fungsional,
    kejadian_kinerja,
)
from birokrasi.testing.kinerja import (
    pembulatan,
    predikat,
    predikat_organisasi,
    rating,
    sebaran_predikat,
    unit_rencana,
)
from birokrasi.testing.serial import delegasi, instansi_contoh, keberatan, penempatan
from birokrasi.testing.sistem_kerja import (
    keanggotaan,
    operasi,
    penugasan,
    sistem_kerja,
    terapkan,
    tim_kerja,
)
from birokrasi.testing.skp import (
    indikator_kinerja,
    nilai_berakhlak,
    perilaku_kerja,
    potret_pegawai,
    rencana_hasil_kerja,
    skp,
    skp_berjenjang,
    target,
)
from birokrasi.testing.struktur import (
    eselon,
    golongan,
    instansi,
    jabatan,
    jenjang,
    nip,
    pegawai,
    unit_organisasi,
)
from birokrasi.testing.umpan_balik import jurnal_kinerja, peristiwa, umpan_balik

__all__ = [
    "aturan",
    "dasar",
    "delegasi",
    "eselon",
    "golongan",
    "hasil_kinerja",
    "indikator_kinerja",
    "instansi",
    "instansi_contoh",
    "jabatan",
    "jenjang",
    "jenjang_fungsional",
    "jurnal_kinerja",
    "keanggotaan",
    "keberatan",
    "kejadian_kinerja",
    "nilai_berakhlak",
    "nip",
    "operasi",
    "pegawai",
    "pelanggaran",
    "pembulatan",
    "penempatan",
    "penilaian_kinerja",
    "penugasan",
    "peraturan",
    "perilaku_kerja",
    "periode",
    "peristiwa",
    "potret_pegawai",
    "predikat",
    "predikat_organisasi",
    "rating",
    "rencana_hasil_kerja",
    "riwayat_penilaian",
    "sebaran_predikat",
    "sistem_kerja",
    "skp",
    "skp_berjenjang",
    "tanggal",
    "target",
    "terapkan",
    "tim_kerja",
    "umpan_balik",
    "unit_organisasi",
    "unit_rencana",
]
