"""The sections of ``python -m birokrasi``, in the order of the year: each one's key (what
``python -m birokrasi BAGIAN...`` takes), its title and the ``bagian_*()`` function giving its
lines. The titles are messages of the catalogue ``birokrasi.contoh`` (ADR 0017), rendered in
the language of the run: Indonesian by default, English with ``--lang en``.

>>> from birokrasi.pesan import pakai_bahasa
>>> str(judul_utama())
'Dinas Komunikasi dan Informatika Kabupaten Contoh: satu tahun kinerja dengan birokrasi'
>>> with pakai_bahasa("en"):
...     str(BAGIAN["penilaian"][0])
'Penilaian kinerja and the kurva distribusi'
"""

from __future__ import annotations

from collections.abc import Callable

from birokrasi.contoh import (
    karier,
    kompetensi,
    penilaian,
    penyederhanaan,
    sistem_kerja,
    skp,
    struktur,
    tahun_kinerja,
    umpan_balik,
)
from birokrasi.pesan import Pesan, pembuat_templat

__all__ = ["BAGIAN", "judul_utama"]


def judul_utama() -> Pesan:
    """The demo's first line: the example agency and what the demo shows."""
    return _JUDUL_UTAMA(instansi=struktur.NAMA_INSTANSI)


_t = pembuat_templat(__name__)
_JUDUL_UTAMA = _t("DEMO/judul", "{instansi}: one performance year with birokrasi")
_STRUKTUR = _t("DEMO/struktur", "Struktur: positions and who rates whom")
_SISTEM_KERJA = _t("DEMO/sistem-kerja", "Sistem kerja: tim kerja (PermenPANRB 7/2022)")
_KOMPETENSI = _t(
    "DEMO/kompetensi", "Kompetensi: competencies and team staffing (PermenPANRB 38/2017)"
)
_PENYEDERHANAAN = _t(
    "DEMO/penyederhanaan", "Penyederhanaan birokrasi: the Dinas before and after penyetaraan"
)
_SKP = _t("DEMO/skp", "Perencanaan kinerja: SKP and pohon kinerja (PermenPANRB 6/2022)")
_UMPAN_BALIK = _t("DEMO/umpan-balik", "Umpan balik: feedback and dialogues on performance")
_PENILAIAN = _t("DEMO/penilaian", "Penilaian kinerja and the kurva distribusi")
_KARIER = _t("DEMO/karier", "Karier and follow-up: angka kredit, keberatan")
_TAHUN = _t("DEMO/tahun", "The year as one record, checked whole")

BAGIAN: dict[str, tuple[Pesan, Callable[[], list[str]]]] = {
    "struktur": (_STRUKTUR(), struktur.bagian_struktur),
    "sistem-kerja": (_SISTEM_KERJA(), sistem_kerja.bagian_sistem_kerja),
    "kompetensi": (_KOMPETENSI(), kompetensi.bagian_kompetensi),
    "penyederhanaan": (_PENYEDERHANAAN(), penyederhanaan.bagian_penyederhanaan),
    "skp": (_SKP(), skp.bagian_skp),
    "umpan-balik": (_UMPAN_BALIK(), umpan_balik.bagian_umpan_balik),
    "penilaian": (_PENILAIAN(), penilaian.bagian_penilaian),
    "karier": (_KARIER(), karier.bagian_karier),
    "tahun": (_TAHUN(), tahun_kinerja.bagian_tahun_kinerja),
}
"""The sections by key, in the order of the year; a section keeps its number (its place here)
when it is shown alone."""
