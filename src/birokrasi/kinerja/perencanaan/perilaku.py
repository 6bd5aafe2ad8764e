"""Perilaku kerja in the SKP: the seven BerAKHLAK core values, their panduan perilaku and the
leader's ekspektasi khusus per value (PermenPANRB 6/2022).

Under 6/2022 the SKP holds hasil kerja *and* perilaku kerja. Perilaku kerja is the seven ASN
core values (:class:`NilaiBerakhlak`), each with three official panduan perilaku, plus free
text from the leader per value (:class:`EkspektasiKhususPimpinan`), without the levels 1-7 of
PermenPANRB 8/2021 (rules ``KIN-PERILAKU-01`` and ``KIN-PERILAKU-02``).
"""

from __future__ import annotations

import types
from collections.abc import Mapping

import attrs

from birokrasi import _validasi as v
from birokrasi._enum import Berlabel
from birokrasi.errors import InvalidValueError
from birokrasi.hukum import (
    PERMENPANRB_6_2022,
    PERMENPANRB_8_2021,
    SE_MENPANRB_20_2021,
    Aturan,
    Dasar,
    Keyakinan,
)
from birokrasi.pesan import pembuat_templat

__all__ = [
    "ATURAN",
    "ATURAN_BERAKHLAK",
    "ATURAN_EKSPEKTASI_KHUSUS",
    "BERAKHLAK",
    "EkspektasiKhususPimpinan",
    "NilaiBerakhlak",
    "PerilakuKerja",
]

ATURAN_BERAKHLAK = Aturan(
    kode="KIN-PERILAKU-01",
    uraian=(
        "Perilaku kerja dalam SKP memuat tujuh nilai dasar ASN BerAKHLAK, masing-masing "
        "dengan tiga panduan perilaku."
    ),
    summary="Perilaku kerja is the seven BerAKHLAK core values, each with three panduan perilaku.",
    dasar=Dasar(
        PERMENPANRB_6_2022,
        lampiran="format SKP, bagian perilaku kerja",
        keyakinan=Keyakinan.SEKUNDER,
        tafsiran=(
            "The Lampiran text was not read; the 7 x 3 panduan are the strings found identical "
            "in five or more independent e-kinerja code bases, normalised for spelling only."
        ),
    ),
    dasar_lain=(
        Dasar(
            SE_MENPANRB_20_2021,
            bagian="core values BerAKHLAK dan panduan perilaku",
            keyakinan=Keyakinan.TIDAK_PASTI,
            tafsiran="Named by the digest as the origin of the values; its text was not read.",
        ),
    ),
    berlaku_sejak=PERMENPANRB_6_2022.ditetapkan,
)

ATURAN_EKSPEKTASI_KHUSUS = Aturan(
    kode="KIN-PERILAKU-02",
    uraian=(
        "Pimpinan dapat menuliskan satu ekspektasi khusus untuk setiap nilai BerAKHLAK, tanpa "
        "pelevelan perilaku."
    ),
    summary="The leader may write one free-text expectation per core value, with no levels.",
    dasar=Dasar(
        PERMENPANRB_6_2022,
        lampiran="format SKP, kolom ekspektasi khusus pimpinan",
        keyakinan=Keyakinan.SEKUNDER,
        tafsiran="At most one ekspektasi per value, as in the form's one cell per value.",
    ),
    dasar_lain=(
        Dasar(
            PERMENPANRB_8_2021,
            lampiran="standar perilaku kerja level 1-7 (replaced)",
            keyakinan=Keyakinan.SEKUNDER,
        ),
    ),
    berlaku_sejak=PERMENPANRB_6_2022.ditetapkan,
)

ATURAN: tuple[Aturan, ...] = (ATURAN_BERAKHLAK, ATURAN_EKSPEKTASI_KHUSUS)


class NilaiBerakhlak(Berlabel):
    """The seven BerAKHLAK core values with their official label, an English gloss and their
    three panduan perilaku (Indonesian, with English glosses), in the official order
    (KIN-PERILAKU-01).

    >>> NilaiBerakhlak.AKUNTABEL.panduan[2]
    'Tidak menyalahgunakan kewenangan jabatan'
    >>> "".join(n.label[0] for n in NilaiBerakhlak)
    'BAKHLAK'
    """

    label_en: str
    panduan: tuple[str, str, str]
    panduan_en: tuple[str, str, str]

    BERORIENTASI_PELAYANAN = (
        "Berorientasi Pelayanan",
        "Service-oriented",
        (
            "Memahami dan memenuhi kebutuhan masyarakat",
            "Ramah, cekatan, solutif, dan dapat diandalkan",
            "Melakukan perbaikan tiada henti",
        ),
        (
            "Understands and meets the public's needs",
            "Friendly, quick, solution-minded and dependable",
            "Improves continuously",
        ),
    )
    AKUNTABEL = (
        "Akuntabel",
        "Accountable",
        (
            "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan "
            "berintegritas tinggi",
            "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, "
            "dan efisien",
            "Tidak menyalahgunakan kewenangan jabatan",
        ),
        (
            "Works honestly, responsibly, carefully, with discipline and high integrity",
            "Uses state assets and property responsibly, effectively and efficiently",
            "Does not abuse the authority of office",
        ),
    )
    KOMPETEN = (
        "Kompeten",
        "Competent",
        (
            "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
            "Membantu orang lain belajar",
            "Melaksanakan tugas dengan kualitas terbaik",
        ),
        (
            "Builds own competence to meet ever-changing challenges",
            "Helps others learn",
            "Does the work to the best quality",
        ),
    )
    HARMONIS = (
        "Harmonis",
        "Harmonious",
        (
            "Menghargai setiap orang apapun latar belakangnya",
            "Suka menolong orang lain",
            "Membangun lingkungan kerja yang kondusif",
        ),
        (
            "Respects everyone whatever their background",
            "Likes to help others",
            "Builds a supportive working environment",
        ),
    )
    LOYAL = (
        "Loyal",
        "Loyal",
        (
            "Memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan "
            "yang sah",
            "Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara",
            "Menjaga rahasia jabatan dan negara",
        ),
        (
            "Upholds Pancasila and the 1945 Constitution, loyal to the Republic and its lawful "
            "government",
            "Guards the good name of fellow ASN, leaders, the agency and the state",
            "Keeps official and state secrets",
        ),
    )
    ADAPTIF = (
        "Adaptif",
        "Adaptive",
        (
            "Cepat menyesuaikan diri menghadapi perubahan",
            "Terus berinovasi dan mengembangkan kreativitas",
            "Bertindak proaktif",
        ),
        (
            "Adapts quickly to change",
            "Keeps innovating and developing creativity",
            "Acts proactively",
        ),
    )
    KOLABORATIF = (
        "Kolaboratif",
        "Collaborative",
        (
            "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
            "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
            "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama",
        ),
        (
            "Gives all parties the chance to contribute",
            "Open to working together to add value",
            "Mobilises the use of resources for shared goals",
        ),
    )

    def __init__(
        self,
        label: str,
        label_en: str,
        panduan: tuple[str, str, str],
        panduan_en: tuple[str, str, str],
    ) -> None:
        self.label_en = label_en
        self.panduan = panduan
        self.panduan_en = panduan_en


BERAKHLAK: Mapping[NilaiBerakhlak, tuple[str, str, str]] = types.MappingProxyType(
    {nilai: nilai.panduan for nilai in NilaiBerakhlak}
)
"""The 7 x 3 table of panduan perilaku, read-only, in the official order (KIN-PERILAKU-01)."""


@attrs.frozen
class EkspektasiKhususPimpinan:
    """The leader's specific expectation for one core value, as free text (KIN-PERILAKU-02)."""

    nilai: NilaiBerakhlak = attrs.field(validator=v.instance_of(NilaiBerakhlak))
    uraian: str = attrs.field(validator=v.teks())


@attrs.frozen
class PerilakuKerja:
    """The perilaku kerja part of an SKP: all seven values with their panduan, and at most one
    :class:`EkspektasiKhususPimpinan` per value (KIN-PERILAKU-01, KIN-PERILAKU-02).

    >>> p = PerilakuKerja([EkspektasiKhususPimpinan(NilaiBerakhlak.ADAPTIF, "Pelopori SPBE")])
    >>> p.ekspektasi_untuk(NilaiBerakhlak.ADAPTIF), p.ekspektasi_untuk(NilaiBerakhlak.LOYAL)
    ('Pelopori SPBE', None)
    """

    ekspektasi: tuple[EkspektasiKhususPimpinan, ...] = attrs.field(
        default=(),
        converter=v.KeTuple[EkspektasiKhususPimpinan],
        validator=v.tuple_of(EkspektasiKhususPimpinan),
    )

    def __attrs_post_init__(self) -> None:
        dilihat: set[NilaiBerakhlak] = set()
        for index, item in enumerate(self.ekspektasi):
            if item.nilai in dilihat:
                raise InvalidValueError(_EKSPEKTASI_GANDA(index=index, nilai=item.nilai))
            dilihat.add(item.nilai)

    def ekspektasi_untuk(self, nilai: NilaiBerakhlak) -> str | None:
        """The leader's ekspektasi khusus for ``nilai``, or ``None`` when none was written."""
        v.pastikan_tipe("nilai", nilai, NilaiBerakhlak)
        return next((e.uraian for e in self.ekspektasi if e.nilai is nilai), None)

    def baris(self) -> tuple[tuple[NilaiBerakhlak, tuple[str, str, str], str | None], ...]:
        """The form's seven rows: value, its panduan perilaku and the leader's ekspektasi."""
        return tuple((n, n.panduan, self.ekspektasi_untuk(n)) for n in NilaiBerakhlak)


_t = pembuat_templat(__name__)
_EKSPEKTASI_GANDA = _t(
    "KIN-PERILAKU-02/ganda",
    "PerilakuKerja.ekspektasi[{index}]: a second ekspektasi for {nilai}; one per value "
    "(KIN-PERILAKU-02)",
)
