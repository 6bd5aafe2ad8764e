"""Legal basis: regulations (:class:`Peraturan`), citations (:class:`Dasar`), rules
(:class:`Aturan`) and breaches (:class:`Pelanggaran`).

Every rule the library applies is an :class:`Aturan` value with a stable kode and a
:class:`Dasar` naming the regulation and the Pasal/ayat or Lampiran it comes from, the
confidence of that reading (:class:`Keyakinan`) and, where the text is unclear, a note that
the rule is an interpretation. The catalogue of all rules is :data:`birokrasi.katalog.KATALOG`.
"""

from __future__ import annotations

import datetime as dt

import attrs

from birokrasi import _validasi as v
from birokrasi._enum import Tetap, pasang_varian
from birokrasi.errors import (
    AuthorityError,
    BirokrasiError,
    InvalidTypeError,
    InvalidValueError,
    NotFoundError,
    OutOfWindowError,
)
from birokrasi.pesan import POLA_KODE_ATURAN, Pesan, pembuat_templat, terjemahkan

DOMAIN_TAFSIRAN = "birokrasi.tafsiran"
"""The catalogue of the library's interpretation notes (:attr:`Dasar.tafsiran`)."""

__all__ = [
    "DOMAIN_TAFSIRAN",
    "PERATURAN",
    "PERATURAN_BKN_3_2023",
    "PERATURAN_BKN_11_2022",
    "PERATURAN_BKN_16_2022",
    "PERATURAN_BKN_26_2019",
    "PERATURAN_BRIN_1_2023",
    "PERKA_BKN_22_2007",
    "PERMENKO_MARVES_2_2023",
    "PERMENKUMHAM_1_2024",
    "PERMENPANRB_1_2023",
    "PERMENPANRB_6_2022",
    "PERMENPANRB_7_2022",
    "PERMENPANRB_8_2021",
    "PERMENPANRB_17_2021",
    "PERMENPANRB_25_2021",
    "PERMENPANRB_38_2017",
    "PERMEN_PUPR_4_2024",
    "PP_11_2017",
    "PP_13_2002",
    "PP_30_2019",
    "PP_49_2018",
    "SE_MENPANRB_3_2023",
    "SE_MENPANRB_20_2021",
    "UU_5_2014",
    "UU_20_2023",
    "Aturan",
    "AuthorityError",
    "BirokrasiError",
    "Dasar",
    "InvalidTypeError",
    "InvalidValueError",
    "JenisPeraturan",
    "Keyakinan",
    "NotFoundError",
    "OutOfWindowError",
    "Pelanggaran",
    "Peraturan",
]


class JenisPeraturan(Tetap):
    """The kind of legal instrument, with its full name and the usual short form."""

    UU = ("Undang-Undang", "UU")
    PP = ("Peraturan Pemerintah", "PP")
    PERPRES = ("Peraturan Presiden", "Perpres")
    PERMENPANRB = (
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
        "PermenPANRB",
    )
    SE_MENPANRB = (
        "Surat Edaran Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
        "SE MenPANRB",
    )
    PERATURAN_BKN = ("Peraturan Badan Kepegawaian Negara", "Peraturan BKN")
    PERKA_BKN = ("Peraturan Kepala Badan Kepegawaian Negara", "Perka BKN")
    PERMENKO_MARVES = (
        "Peraturan Menteri Koordinator Bidang Kemaritiman dan Investasi",
        "Permenko Marves",
    )
    PERMENKUMHAM = ("Peraturan Menteri Hukum dan Hak Asasi Manusia", "Permenkumham")
    PERMEN_PUPR = ("Peraturan Menteri Pekerjaan Umum dan Perumahan Rakyat", "Permen PUPR")
    PERATURAN_BRIN = ("Peraturan Badan Riset dan Inovasi Nasional", "Peraturan BRIN")

    def __init__(self, nama: str, singkatan: str) -> None:
        self.nama = nama
        self.singkatan = singkatan

    @property
    def label(self) -> str:
        """The full name (``parse`` also reads the short form)."""
        return self.nama


pasang_varian(JenisPeraturan, {j.singkatan: j.name for j in JenisPeraturan})


class Keyakinan(Tetap):
    """How sure the library is of a citation, following the marks of the research digests.

    V and V* are earned, not asserted: such a citation carries the words read
    (:attr:`Dasar.kutipan`) and where they were read (:attr:`Dasar.sumber`), and cites a
    regulation in force (a revoked one, :attr:`Peraturan.dicabut_oleh`, shows past law only).
    """

    TERVERIFIKASI = "V"
    """The wording of the regulation itself (or a page reproducing it) was read, and it says
    what the rule relies on it for."""
    TURUNAN = "V*"
    """Read in a derivative regulation that implements and visibly copies the cited one; the
    citation names that derivative."""
    SEKUNDER = "S"
    """From official slides, circulars as reported, or several consistent secondary sources."""
    TIDAK_PASTI = "U"
    """A single weak source or an interpretation; a parameter where an agency could differ."""


def _tanggal_opsional() -> v.Validator:
    return v.optional(v.instance_of(dt.date))


@attrs.frozen
class Peraturan:
    """A regulation, always citable in full (``Nomor 7 Tahun 2022`` alone is ambiguous).

    >>> PERMENPANRB_6_2022.singkat
    'PermenPANRB 6/2022'
    >>> print(PERMENPANRB_6_2022.judul)  # doctest: +NORMALIZE_WHITESPACE
    Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi
    Nomor 6 Tahun 2022 tentang Pengelolaan Kinerja Pegawai Aparatur Sipil Negara
    """

    jenis: JenisPeraturan = attrs.field(validator=v.instance_of(JenisPeraturan))
    nomor: int = attrs.field(validator=v.bilangan(1))
    tahun: int = attrs.field(validator=v.bilangan(1945, 2200))
    tentang: str = attrs.field(validator=v.teks())
    ditetapkan: dt.date | None = attrs.field(default=None, validator=_tanggal_opsional())
    diundangkan: dt.date | None = attrs.field(default=None, validator=_tanggal_opsional())
    berlaku: dt.date | None = attrs.field(default=None, validator=_tanggal_opsional())
    dicabut_oleh: Peraturan | None = attrs.field(default=None, kw_only=True)
    """The regulation that revoked this one (``None`` while in force, or when unknown). A
    revoked text is history: read, it shows what the law was, not what it is, so a citation of
    it never earns the mark V (see :class:`Keyakinan`)."""

    @dicabut_oleh.validator
    def _cek_pencabut(self, attribute: attrs.Attribute[Peraturan | None], value: object) -> None:
        v.optional(v.instance_of(Peraturan))(self, attribute, value)
        if isinstance(value, Peraturan) and value.tahun < self.tahun:
            raise InvalidValueError(
                _PENCABUT_LEBIH_TUA(pencabut=value.singkat, dicabut=self.singkat)
            )

    def __attrs_post_init__(self) -> None:
        for nama in ("ditetapkan", "diundangkan", "berlaku"):
            tanggal = getattr(self, nama)
            if tanggal is not None and tanggal.year < self.tahun:
                raise InvalidValueError(
                    _TANGGAL_SEBELUM_TAHUN(
                        nama=f"Peraturan.{nama}", tanggal=tanggal, tahun=self.tahun
                    )
                )

    @property
    def dicabut(self) -> bool:
        """Whether the regulation has been revoked (:attr:`dicabut_oleh` is known)."""
        return self.dicabut_oleh is not None

    @property
    def singkat(self) -> str:
        """Short form, e.g. ``PermenPANRB 6/2022``."""
        return f"{self.jenis.singkatan} {self.nomor}/{self.tahun}"

    @property
    def judul(self) -> str:
        """Full citation: kind, Nomor, Tahun and ``tentang``."""
        return f"{self.jenis.nama} Nomor {self.nomor} Tahun {self.tahun} tentang {self.tentang}"

    def __str__(self) -> str:
        return self.judul


@attrs.frozen
class Dasar:
    """A citation: a :class:`Peraturan` plus where in it (Pasal/ayat/huruf, or Lampiran, or a
    section of a circular), how sure the reading is, and a note when it is an interpretation.

    >>> str(Dasar(PERMENPANRB_6_2022, pasal="1", angka="5", keyakinan=Keyakinan.SEKUNDER))
    'PermenPANRB 6/2022 Pasal 1 angka 5'
    """

    peraturan: Peraturan = attrs.field(validator=v.instance_of(Peraturan))
    pasal: str | None = attrs.field(default=None, kw_only=True, validator=v.optional(v.teks()))
    ayat: str | None = attrs.field(default=None, kw_only=True, validator=v.optional(v.teks()))
    huruf: str | None = attrs.field(default=None, kw_only=True, validator=v.optional(v.teks()))
    angka: str | None = attrs.field(default=None, kw_only=True, validator=v.optional(v.teks()))
    lampiran: str | None = attrs.field(default=None, kw_only=True, validator=v.optional(v.teks()))
    bagian: str | None = attrs.field(default=None, kw_only=True, validator=v.optional(v.teks()))
    keyakinan: Keyakinan = attrs.field(kw_only=True, validator=v.instance_of(Keyakinan))
    tafsiran: str | None = attrs.field(default=None, kw_only=True, validator=v.optional(v.teks()))
    """Set when the rule is the library's interpretation of an unclear or silent text."""
    kutipan: str | None = attrs.field(default=None, kw_only=True, validator=v.optional(v.teks()))
    """The words of the text the reading rests on, as read (in Indonesian)."""
    sumber: str | None = attrs.field(default=None, kw_only=True, validator=v.optional(v.teks()))
    """Where :attr:`kutipan` was read: the copy of the text (its address or title)."""

    def __attrs_post_init__(self) -> None:
        if self.pasal is None and self.lampiran is None and self.bagian is None:
            raise InvalidValueError(_DASAR_TANPA_LOKASI(peraturan=self.peraturan.singkat))
        if self.pasal is None and (self.ayat or self.huruf or self.angka):
            raise InvalidValueError(_DASAR_TANPA_PASAL())

    @property
    def lokasi(self) -> str:
        """Where in the regulation, e.g. ``Pasal 37 ayat (1)`` or ``Lampiran II``."""
        parts: list[str] = []
        if self.pasal is not None:
            parts.append(f"Pasal {self.pasal}")
        if self.ayat is not None:
            parts.append(f"ayat ({self.ayat})")
        if self.huruf is not None:
            parts.append(f"huruf {self.huruf}")
        if self.angka is not None:
            parts.append(f"angka {self.angka}")
        if self.lampiran is not None:
            parts.append(f"Lampiran {self.lampiran}")
        if self.bagian is not None:
            parts.append(self.bagian)
        return " ".join(parts)

    def __str__(self) -> str:
        return f"{self.peraturan.singkat} {self.lokasi}"

    def tafsiran_teks(self, bahasa: str | None = None) -> str | None:
        """:attr:`tafsiran` in ``bahasa`` (``None``: the context's, see
        :func:`~birokrasi.pesan.pakai_bahasa`): the library writes its notes in English and
        translates them in the catalogue ``birokrasi.tafsiran``; a note the catalogue does not
        hold (an agency's own) is shown as written."""
        if self.tafsiran is None:
            return None
        return terjemahkan(DOMAIN_TAFSIRAN, self.tafsiran, bahasa)


_KODE = POLA_KODE_ATURAN


def _kode_aturan(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    v.instance_of(str)(instance, attribute, value)
    assert isinstance(value, str)
    if not _KODE.fullmatch(value):
        raise InvalidValueError(_KODE_ATURAN(diberikan=repr(value)))


@attrs.frozen
class Aturan:
    """A rule: stable kode, meaning in Indonesian (``uraian``) and English (``summary``), its
    :class:`Dasar` and, where it changed over time, the window it is in force.

    ``berlaku_sejak``/``berlaku_sampai`` are inclusive; ``None`` means open on that side.
    """

    kode: str = attrs.field(validator=_kode_aturan)
    uraian: str = attrs.field(validator=v.teks())
    summary: str = attrs.field(validator=v.teks())
    dasar: Dasar = attrs.field(validator=v.instance_of(Dasar))
    dasar_lain: tuple[Dasar, ...] = attrs.field(
        default=(), kw_only=True, converter=v.KeTuple[Dasar], validator=v.tuple_of(Dasar)
    )
    berlaku_sejak: dt.date | None = attrs.field(
        default=None, kw_only=True, validator=_tanggal_opsional()
    )
    berlaku_sampai: dt.date | None = attrs.field(
        default=None, kw_only=True, validator=_tanggal_opsional()
    )

    def __attrs_post_init__(self) -> None:
        if (
            self.berlaku_sejak is not None
            and self.berlaku_sampai is not None
            and self.berlaku_sampai < self.berlaku_sejak
        ):
            raise InvalidValueError(
                _SAMPAI_SEBELUM_SEJAK(
                    sampai=self.berlaku_sampai, sejak=self.berlaku_sejak, kode=self.kode
                )
            )

    @property
    def semua_dasar(self) -> tuple[Dasar, ...]:
        """The main citation followed by the supporting ones."""
        return (self.dasar, *self.dasar_lain)

    @property
    def tafsiran(self) -> bool:
        """True when any citation marks this rule as the library's interpretation."""
        return any(d.tafsiran is not None for d in self.semua_dasar)

    def berlaku_pada(self, tanggal: dt.date) -> bool:
        """Whether the rule is in force on ``tanggal``."""
        v.pastikan_tipe("tanggal", tanggal, dt.date)
        if self.berlaku_sejak is not None and tanggal < self.berlaku_sejak:
            return False
        return self.berlaku_sampai is None or tanggal <= self.berlaku_sampai

    def pastikan_berlaku(self, tanggal: dt.date) -> None:
        """Raise :class:`OutOfWindowError` unless the rule is in force on ``tanggal``."""
        if not self.berlaku_pada(tanggal):
            raise OutOfWindowError(
                _TIDAK_BERLAKU(
                    kode=self.kode,
                    tanggal=tanggal,
                    sejak=self.berlaku_sejak,
                    sampai=self.berlaku_sampai,
                    dasar=str(self.dasar),
                )
            )


def _kode_saja(aturan: Aturan) -> str:
    return f"<{aturan.kode}>"


def _ke_pesan(value: Pesan | str) -> Pesan:
    """Converter: a text becomes :meth:`Pesan.dari_teks` (an app's own finding, shown as
    given in every language); anything else is kept for the validator."""
    if isinstance(value, str) and value.strip():
        return Pesan.dari_teks(value)
    return value  # type: ignore[return-value]


@attrs.frozen
class Pelanggaran:
    """A breach found by a ``periksa_*`` check: which rule, whose (a key), and what, as a
    :class:`~birokrasi.pesan.Pesan` (kode and parameters) rendered in the language asked for.
    Its ``repr`` names the rule by kode only (the rule itself is in
    :data:`birokrasi.KATALOG`). An app's own check may give the message as text."""

    aturan: Aturan = attrs.field(validator=v.instance_of(Aturan), repr=_kode_saja)
    subjek: str = attrs.field(validator=v.teks())
    pesan: Pesan = attrs.field(converter=_ke_pesan)

    @pesan.validator
    def _cek_pesan(self, attribute: attrs.Attribute[Pesan], value: object) -> None:
        if isinstance(value, str):
            v.pastikan_teks(v.nama_field(self, attribute), value)
        v.instance_of(Pesan)(self, attribute, value)

    @property
    def kode(self) -> str:
        """The broken rule's kode."""
        return self.aturan.kode

    def teks(self, bahasa: str | None = None) -> str:
        """``[kode] subjek: message (citation)``, the message in ``bahasa`` (``None``: the
        context's, see :func:`~birokrasi.pesan.pakai_bahasa`)."""
        return (
            f"[{self.aturan.kode}] {self.subjek}: {self.pesan.teks(bahasa)} ({self.aturan.dasar})"
        )

    def __str__(self) -> str:
        return self.teks()


def _p(
    jenis: JenisPeraturan,
    nomor: int,
    tahun: int,
    tentang: str,
    *,
    ditetapkan: dt.date | None = None,
    diundangkan: dt.date | None = None,
    berlaku: dt.date | None = None,
    dicabut_oleh: Peraturan | None = None,
) -> Peraturan:
    return Peraturan(
        jenis, nomor, tahun, tentang, ditetapkan, diundangkan, berlaku, dicabut_oleh=dicabut_oleh
    )


UU_20_2023 = _p(
    JenisPeraturan.UU,
    20,
    2023,
    "Aparatur Sipil Negara",
    ditetapkan=dt.date(2023, 10, 31),
    diundangkan=dt.date(2023, 10, 31),
    berlaku=dt.date(2023, 10, 31),
)
"""The ASN law in force: jabatan manajerial and nonmanajerial (Pasal 13-18)."""

UU_5_2014 = _p(JenisPeraturan.UU, 5, 2014, "Aparatur Sipil Negara", dicabut_oleh=UU_20_2023)
"""The former ASN law; its Pasal 131 carries the eselon equivalence. Replaced by UU 20/2023
(its Menimbang huruf c: UU 5/2014 "sudah tidak sesuai ... sehingga perlu diganti", as
reproduced at hanifmu.com/posts/undang-undang-nomor-20-tahun-2023-tentang-aparatur-sipil-negara;
news reports the old law "resmi dicabut")."""

PP_13_2002 = _p(
    JenisPeraturan.PP,
    13,
    2002,
    "Perubahan atas Peraturan Pemerintah Nomor 100 Tahun 2000 tentang Pengangkatan "
    "Pegawai Negeri Sipil dalam Jabatan Struktural",
)
"""Legacy pangkat ranges per eselon (for importing old data)."""

PP_11_2017 = _p(JenisPeraturan.PP, 11, 2017, "Manajemen Pegawai Negeri Sipil")
"""Manajemen PNS (jo. PP 17/2020): jenjang JF and pangkat; the conditions to apply as a CPNS
(Pasal 23), a minimum age of 18."""

PP_49_2018 = _p(JenisPeraturan.PP, 49, 2018, "Manajemen Pegawai Pemerintah dengan Perjanjian Kerja")
"""Manajemen PPPK: the conditions to apply as a PPPK (Pasal 16), a minimum age of 20."""

PP_30_2019 = _p(JenisPeraturan.PP, 30, 2019, "Penilaian Kinerja Pegawai Negeri Sipil")
"""Penilaian kinerja PNS; Pasal 59 keberatan, Pasal 56-58 poor-performance chain."""

PERKA_BKN_22_2007 = _p(JenisPeraturan.PERKA_BKN, 22, 2007, "Nomor Identitas Pegawai Negeri Sipil")
"""The 18-digit NIP structure."""

PERMENPANRB_17_2021 = _p(
    JenisPeraturan.PERMENPANRB,
    17,
    2021,
    "Penyetaraan Jabatan Administrasi ke dalam Jabatan Fungsional",
    diundangkan=dt.date(2021, 5, 18),
)
"""Penyetaraan jabatan: Administrator, Pengawas and eselon V into JF."""

PERMENPANRB_25_2021 = _p(
    JenisPeraturan.PERMENPANRB,
    25,
    2021,
    "Penyederhanaan Struktur Organisasi pada Instansi Pemerintah untuk Penyederhanaan Birokrasi",
    diundangkan=dt.date(2021, 5, 24),
)
"""Penyederhanaan struktur organisasi."""

PERMENPANRB_6_2022 = _p(
    JenisPeraturan.PERMENPANRB,
    6,
    2022,
    "Pengelolaan Kinerja Pegawai Aparatur Sipil Negara",
    ditetapkan=dt.date(2022, 2, 3),
)
"""Pengelolaan kinerja: SKP, umpan balik, evaluasi, predikat (BN 2022 No. 155)."""

PERMENPANRB_8_2021 = _p(
    JenisPeraturan.PERMENPANRB,
    8,
    2021,
    "Sistem Manajemen Kinerja Pegawai Negeri Sipil",
    dicabut_oleh=PERMENPANRB_6_2022,
)
"""The performance system for July-December 2021, revoked by PermenPANRB 6/2022: its
Ketentuan Penutup names 8/2021 (body fragment at
123dok.com/id/docs/permenpan-no-6-tahun-2022-pengelolaan-kinerja-asn.11024664) and its
Pasal 38 keeps only the 8/2021 link between SKP and angka kredit, "paling lama 1 (satu) tahun"
(quoted at jdih.maritim.go.id/index.php/en/pengelolaan-kinerja-pegawai-aparatur-sipil-negara)."""

PERMENPANRB_7_2022 = _p(
    JenisPeraturan.PERMENPANRB,
    7,
    2022,
    "Sistem Kerja pada Instansi Pemerintah untuk Penyederhanaan Birokrasi",
    diundangkan=dt.date(2022, 2, 21),
)
"""Sistem kerja after penyederhanaan birokrasi: mekanisme kerja, penugasan, tim kerja."""

PERMENPANRB_1_2023 = _p(
    JenisPeraturan.PERMENPANRB,
    1,
    2023,
    "Jabatan Fungsional",
    diundangkan=dt.date(2023, 1, 12),
)
"""Jabatan fungsional: angka kredit from the predikat kinerja (Pasal 37)."""

SE_MENPANRB_3_2023 = _p(
    JenisPeraturan.SE_MENPANRB,
    3,
    2023,
    "Tata Cara Penetapan Predikat Kinerja Pegawai Aparatur Sipil Negara",
    ditetapkan=dt.date(2023, 1, 31),
)
"""Predikat kinerja organisasi and the kurva distribusi of employee predikat."""

PERATURAN_BKN_3_2023 = _p(
    JenisPeraturan.PERATURAN_BKN,
    3,
    2023,
    "Angka Kredit, Kenaikan Pangkat, dan Kenaikan Jenjang Jabatan Fungsional",
)
"""Technical rules for angka kredit under PermenPANRB 1/2023."""

PERMENKO_MARVES_2_2023 = _p(
    JenisPeraturan.PERMENKO_MARVES,
    2,
    2023,
    "Sistem Kerja di Lingkungan Kementerian Koordinator Bidang Kemaritiman dan Investasi",
)
"""A ministry's own sistem-kerja rules implementing PermenPANRB 7/2022 (Pasal 1, 6)."""

SE_MENPANRB_20_2021 = _p(
    JenisPeraturan.SE_MENPANRB,
    20,
    2021,
    "Implementasi Core Values dan Employer Branding Aparatur Sipil Negara",
)
"""The circular that set the seven BerAKHLAK core values and their panduan perilaku."""

PERATURAN_BKN_16_2022 = _p(
    JenisPeraturan.PERATURAN_BKN,
    16,
    2022,
    "Tata Cara Penetapan Penugasan Pegawai Negeri Sipil pada Instansi Pemerintah dan di Luar "
    "Instansi Pemerintah",
)
"""Formal penugasan of a PNS to another instansi: ordered by the home PPK after the receiving
instansi agrees (Pasal 8)."""

PERMENKUMHAM_1_2024 = _p(
    JenisPeraturan.PERMENKUMHAM,
    1,
    2024,
    "Sistem Kerja Aparatur Sipil Negara di Lingkungan Kementerian Hukum dan Hak Asasi Manusia",
)
"""A ministry's own sistem-kerja rules implementing PermenPANRB 7/2022; Pasal 9 limits a
penugasan to at most one year."""

PERATURAN_BKN_11_2022 = _p(
    JenisPeraturan.PERATURAN_BKN,
    11,
    2022,
    "Pedoman Teknis Pembinaan Kepegawaian Jabatan Fungsional",
)
"""BKN's technical guide for Jabatan Fungsional before PermenPANRB 1/2023; Pasal 39 sets the
conditions for a JF's kenaikan pangkat. Its dates were not found in a readable copy."""

PERMEN_PUPR_4_2024 = _p(
    JenisPeraturan.PERMEN_PUPR,
    4,
    2024,
    "Petunjuk Pelaksanaan Jabatan Fungsional Bidang Pekerjaan Umum dan Perumahan Rakyat",
)
"""The JF bidang PUPR's rules following PermenPANRB 1/2023: kenaikan jenjang (Pasal 36),
conversion of the predikat (Pasal 46), kenaikan pangkat (Pasal 54). Its dates were not found
in a readable copy."""

PERATURAN_BRIN_1_2023 = _p(
    JenisPeraturan.PERATURAN_BRIN,
    1,
    2023,
    "Pengelolaan Kinerja Pegawai di Lingkungan Badan Riset dan Inovasi Nasional",
)
"""An agency's own rules implementing PermenPANRB 6/2022; its Pasal 1 copies the 6/2022
definitions (Evaluasi Kinerja Periodik "selama bulanan atau triwulanan")."""

PERMENPANRB_38_2017 = _p(
    JenisPeraturan.PERMENPANRB,
    38,
    2017,
    "Standar Kompetensi Jabatan Aparatur Sipil Negara",
)
"""The competency standard of ASN positions: kompetensi teknis, manajerial and sosial
kultural, and the Lampiran's kamus of the manajerial and sosial kultural competencies with
their levels 1-5. Its opening (Menimbang, Pasal 1) was read in copies of the text (e.g.
slideshare.net/punyasiapa/permenpan-nomor-38-tahun-2023-17pdf); no amendment or revocation
was found, and UU 20/2023 was not found to replace it. Its dates were not read."""

PERATURAN_BKN_26_2019 = _p(
    JenisPeraturan.PERATURAN_BKN,
    26,
    2019,
    "Pembinaan Penyelenggara Penilaian Kompetensi Pegawai Negeri Sipil",
)
"""Who may assess a PNS's competencies (an accredited penyelenggara) and for how long a result
holds (Pasal 29 ayat (4), as BKN's own help pages quote it). Its dates were not read."""

PERATURAN: tuple[Peraturan, ...] = (
    UU_5_2014,
    UU_20_2023,
    PP_13_2002,
    PP_11_2017,
    PP_49_2018,
    PP_30_2019,
    PERKA_BKN_22_2007,
    PERMENPANRB_17_2021,
    PERMENPANRB_25_2021,
    PERMENPANRB_8_2021,
    PERMENPANRB_6_2022,
    PERMENPANRB_7_2022,
    PERMENPANRB_1_2023,
    SE_MENPANRB_3_2023,
    PERATURAN_BKN_3_2023,
    PERMENKO_MARVES_2_2023,
    SE_MENPANRB_20_2021,
    PERATURAN_BKN_16_2022,
    PERMENKUMHAM_1_2024,
    PERATURAN_BKN_11_2022,
    PERMEN_PUPR_4_2024,
    PERATURAN_BRIN_1_2023,
    PERMENPANRB_38_2017,
    PERATURAN_BKN_26_2019,
)
"""Every regulation the library cites."""


_t = pembuat_templat(__name__)
_PENCABUT_LEBIH_TUA = _t(
    "HUKUM/pencabut-lebih-tua",
    "Peraturan.dicabut_oleh: {pencabut} is older than {dicabut}, which it cannot revoke",
)
_TANGGAL_SEBELUM_TAHUN = _t(
    "HUKUM/tanggal-sebelum-tahun", "{nama}: {tanggal} is before the regulation's year {tahun}"
)
_DASAR_TANPA_LOKASI = _t(
    "HUKUM/dasar-tanpa-lokasi",
    "Dasar: a citation names at least a pasal, a lampiran or a bagian of {peraturan}",
)
_DASAR_TANPA_PASAL = _t("HUKUM/dasar-tanpa-pasal", "Dasar.ayat/huruf/angka: given without a pasal")
_KODE_ATURAN = _t(
    "HUKUM/kode-aturan",
    "Aturan.kode: {diberikan} is not of the form AREA-TOPIC-NN (e.g. KIN-PREDIKAT-01)",
)
_SAMPAI_SEBELUM_SEJAK = _t(
    "HUKUM/sampai-sebelum-sejak",
    "Aturan.berlaku_sampai: {sampai} is before berlaku_sejak {sejak} ({kode})",
)
_TIDAK_BERLAKU = _t(
    "HUKUM/tidak-berlaku",
    "{kode}: no rule in force on {tanggal} (coded window {sejak} .. {sampai}, {dasar})",
)
