"""Hypothesis strategies for every public type, for our tests and for agency code.

Install with the ``testing`` extra (``pip install birokrasi[testing]``). Every strategy is
importable from here; the private modules behind it are grouped like the library (``_dasar``
for hukum and periode, ``_struktur``, ``_sistem_kerja``, ``_skp``, ...), so no strategy
shares its name with a module. ``AWAL`` and ``AKHIR`` bound the dates the structure and team
strategies draw.
"""

try:
    import hypothesis as _hypothesis
except ImportError as _e:  # pragma: no cover - exercised in a subprocess without hypothesis
    raise ImportError(
        "birokrasi.testing needs hypothesis: install the testing extra, "
        "pip install 'birokrasi[testing]'"
    ) from _e
del _hypothesis

from birokrasi.testing._dasar import (
    aturan,
    dasar,
    parameter_pesan,
    pelanggaran,
    peraturan,
    periode,
    pesan,
    tanggal,
)
from birokrasi.testing._evaluasi import penilaian_kinerja, riwayat_penilaian
from birokrasi.testing._karier import hasil_kinerja, jenjang_fungsional, kejadian_kinerja
from birokrasi.testing._kinerja import (
    pembulatan,
    predikat,
    predikat_organisasi,
    rating,
    sebagian_besar,
    sebaran_predikat,
    unit_rencana,
)
from birokrasi.testing._kompetensi import (
    kebutuhan_kompetensi,
    kompetensi_asn,
    level_kompetensi,
    profil_kompetensi,
    standar_kompetensi,
    tingkat_kompetensi,
)
from birokrasi.testing._serial import delegasi, instansi_contoh, keberatan, penempatan
from birokrasi.testing._sistem_kerja import (
    PENETAP_UJI,
    instansi_uji,
    keanggotaan,
    kumpulan_nip,
    operasi,
    penugasan,
    sistem_kerja,
    terapkan,
    tim_kerja,
)
from birokrasi.testing._skp import (
    indikator_kinerja,
    nilai_berakhlak,
    perilaku_kerja,
    potret_pegawai,
    rencana_hasil_kerja,
    skp,
    skp_berjenjang,
    target,
)
from birokrasi.testing._struktur import (
    AKHIR,
    AWAL,
    eselon,
    golongan,
    instansi,
    jabatan,
    jenjang,
    nip,
    pegawai,
    unit_organisasi,
)
from birokrasi.testing._umpan_balik import jurnal_kinerja, peristiwa, umpan_balik

__all__ = [
    "AKHIR",
    "AWAL",
    "PENETAP_UJI",
    "aturan",
    "dasar",
    "delegasi",
    "eselon",
    "golongan",
    "hasil_kinerja",
    "indikator_kinerja",
    "instansi",
    "instansi_contoh",
    "instansi_uji",
    "jabatan",
    "jenjang",
    "jenjang_fungsional",
    "jurnal_kinerja",
    "keanggotaan",
    "keberatan",
    "kebutuhan_kompetensi",
    "kejadian_kinerja",
    "kompetensi_asn",
    "kumpulan_nip",
    "level_kompetensi",
    "nilai_berakhlak",
    "nip",
    "operasi",
    "parameter_pesan",
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
    "pesan",
    "potret_pegawai",
    "predikat",
    "predikat_organisasi",
    "profil_kompetensi",
    "rating",
    "rencana_hasil_kerja",
    "riwayat_penilaian",
    "sebagian_besar",
    "sebaran_predikat",
    "sistem_kerja",
    "skp",
    "skp_berjenjang",
    "standar_kompetensi",
    "tanggal",
    "target",
    "terapkan",
    "tim_kerja",
    "tingkat_kompetensi",
    "umpan_balik",
    "unit_organisasi",
    "unit_rencana",
]
