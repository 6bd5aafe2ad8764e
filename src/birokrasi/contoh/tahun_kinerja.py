"""The example agency's 2025 as one value: a :class:`~birokrasi.tahun_kinerja.TahunKinerja`
holding the other modules' records, checked whole and kept as one versioned document.

>>> from birokrasi.dokumen import dari_dokumen, ke_dokumen
>>> from birokrasi.tahun_kinerja import TahunKinerja
>>> tahun = tahun_2025()
>>> dari_dokumen(ke_dokumen(tahun), TahunKinerja) == tahun
True
"""

from __future__ import annotations

import json

from birokrasi.contoh import karier, penilaian, sistem_kerja, skp, struktur, umpan_balik
from birokrasi.dokumen import ke_dokumen
from birokrasi.pesan import pembuat_templat
from birokrasi.tahun_kinerja import TahunKinerja, periksa_tahun_kinerja

__all__ = ["bagian_tahun_kinerja", "tahun_2025"]


def tahun_2025() -> TahunKinerja:
    """Dinas Kominfo's 2025: the structure, the teams, the nine SKPs, Dewi's journal, the
    year-end evaluations, the Kepala Dinas's keberatan with the Bupati's decision, Putri's
    angka kredit ledger and the organisation's predikat."""
    daftar, _ = karier.keberatan_kepala()
    tahun = TahunKinerja(
        2025,
        struktur.instansi(),
        sistem_kerja.tim_kerja(),
        skp.skp(),
        (umpan_balik.jurnal_dewi(),),
        penilaian.penilaian_tahunan(),
        daftar,
    )
    return tahun.tambah_angka_kredit(
        struktur.PUTRI, *karier.riwayat_ak()
    ).tetapkan_predikat_organisasi(penilaian.PREDIKAT_ORGANISASI)


def bagian_tahun_kinerja() -> list[str]:
    """The lines ``python -m birokrasi`` prints for the year as one record, in the language of
    the context.

    >>> bagian_tahun_kinerja()[1]
    'Bagian-bagiannya saling merujuk dengan benar (KIN-TAHUN-01..05): 0 temuan'
    """
    tahun = tahun_2025()
    temuan = periksa_tahun_kinerja(tahun)
    dokumen = ke_dokumen(tahun)
    ukuran = len(json.dumps(dokumen).encode())
    ringkasan = _RINGKASAN(
        instansi=tahun.instansi.nama,
        tahun=tahun.tahun,
        skp=len(tahun.skp),
        jurnal=len(tahun.jurnal),
        evaluasi=len(tahun.penilaian.isi),
        keberatan=len(tahun.keberatan.keberatan),
        angka_kredit=len(tahun.angka_kredit),
        predikat=tahun.predikat_organisasi,
    )
    return [
        str(ringkasan),
        str(_RUJUKAN(jumlah=len(temuan))),
        str(_DOKUMEN(format=dokumen["@format"], versi=dokumen["@versi"], kib=ukuran // 1024)),
    ]


_t = pembuat_templat(__name__)
_RINGKASAN = _t(
    "DEMO-TAHUN/ringkasan",
    "{instansi}, {tahun}: {skp} SKP, {jurnal} journal(s), {evaluasi} evaluation(s), {keberatan} "
    "keberatan, {angka_kredit} angka kredit ledger(s), predikat organisasi {predikat}",
)
_RUJUKAN = _t(
    "DEMO-TAHUN/rujukan", "Parts refer to each other (KIN-TAHUN-01..05): {jumlah} findings"
)
_DOKUMEN = _t(
    "DEMO-TAHUN/dokumen", "As one document: format {format} version {versi}, {kib} KiB of JSON"
)
