"""The vocabulary of PermenPANRB 38/2017 (Standar Kompetensi Jabatan ASN): the three groups of
competencies (:class:`KelompokKompetensi`), the eight manajerial competencies and the one
sosial kultural competency its Lampiran names (:class:`KompetensiManajerial`,
:class:`KompetensiSosialKultural`), the five levels (:class:`LevelKompetensi`), a competency
(:class:`Kompetensi`: a named one, or a teknis one an instansi names itself), a level of one
competency (:class:`TingkatKompetensi`) and the standard of a jabatan
(:class:`StandarKompetensi`), with its completeness check (:func:`periksa_standar`).

The regulation leaves the teknis competencies to each instansi (they are keys here) and sets
the level a jenjang needs in a Lampiran table that was not read: a standard's levels are the
instansi's data, never a library default.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

import attrs

from birokrasi import _validasi as v
from birokrasi._enum import Berlabel, Berperingkat, pasang_varian
from birokrasi.errors import InvalidValueError
from birokrasi.hukum import (
    PERMENPANRB_38_2017,
    Aturan,
    Dasar,
    Keyakinan,
    Pelanggaran,
)
from birokrasi.pesan import pembuat_templat
from birokrasi.struktur.jabatan import Jabatan

__all__ = [
    "ATURAN",
    "ATURAN_JENIS_KOMPETENSI",
    "ATURAN_KAMUS_KOMPETENSI",
    "ATURAN_LEVEL_KOMPETENSI",
    "ATURAN_STANDAR_LENGKAP",
    "KelompokKompetensi",
    "Kompetensi",
    "KompetensiManajerial",
    "KompetensiSosialKultural",
    "LevelKompetensi",
    "StandarKompetensi",
    "TingkatKompetensi",
    "periksa_standar",
]

_SUMBER_TEKS = "slideshare.net/punyasiapa/permenpan-nomor-38-tahun-2023-17pdf (copy of the text)"
_PASAL_1_ANGKA_1 = (
    "Standar Kompetensi Jabatan Aparatur Sipil Negara yang selanjutnya disebut Standar "
    "Kompetensi ASN adalah deskripsi pengetahuan, keterampilan dan perilaku yang diperlukan "
    "seorang Aparatur Sipil Negara dalam melaksanakan tugas jabatan."
)
_DEFINISI_STANDAR = Dasar(
    PERMENPANRB_38_2017,
    pasal="1",
    angka="1",
    keyakinan=Keyakinan.TERVERIFIKASI,
    kutipan=_PASAL_1_ANGKA_1,
    sumber=_SUMBER_TEKS,
)
"""Pasal 1 angka 1, the definition every kompetensi rule rests on (read in a copy of the
regulation's text)."""

_KAMUS = "kamus kompetensi manajerial dan sosial kultural"
_SUMBER_FAQ_BKN = "support-siasn.bkn.go.id/faqs/layanan/Puspenkom (BKN's help pages)"

ATURAN_JENIS_KOMPETENSI = Aturan(
    kode="KOM-JENIS-01",
    uraian=(
        "Standar Kompetensi ASN terdiri atas kompetensi teknis, kompetensi manajerial, dan "
        "kompetensi sosial kultural."
    ),
    summary=(
        "An ASN position's competency standard has three groups: teknis (the field's own, set "
        "per instansi), manajerial and sosial kultural."
    ),
    dasar=Dasar(
        PERMENPANRB_38_2017,
        bagian="batang tubuh (the Pasal naming the three groups was not read)",
        keyakinan=Keyakinan.SEKUNDER,
        kutipan=(
            "Jenis Kompetensi yang wajib dimiliki oleh Pegawai yaitu sebagai berikut. 1. "
            "Kompetensi manajerial ... 2. Kompetensi sosial kultural ... 3. Kompetensi teknis"
        ),
        sumber=(
            "fliphtml5.com/pfhnl/arhg/Kamus-Kompetensi-Manajerial-dan-Sosial-Kultural/1 (an "
            "agency's kamus applying 38/2017); LAN's guide (studylib.net/doc/25416229) says "
            "38/2017 sets the managerial and socio-cultural dictionary and leaves the technical "
            "one to each instansi"
        ),
    ),
    dasar_lain=(_DEFINISI_STANDAR,),
)

ATURAN_KAMUS_KOMPETENSI = Aturan(
    kode="KOM-KAMUS-01",
    uraian=(
        "Kompetensi manajerial terdiri atas Integritas, Kerja Sama, Komunikasi, Orientasi pada "
        "Hasil, Pelayanan Publik, Pengembangan Diri dan Orang Lain, Mengelola Perubahan, dan "
        "Pengambilan Keputusan; kompetensi sosial kultural adalah Perekat Bangsa."
    ),
    summary=(
        "The Lampiran names eight manajerial competencies and one sosial kultural competency "
        "(Perekat Bangsa); teknis competencies are named by each instansi."
    ),
    dasar=Dasar(
        PERMENPANRB_38_2017,
        lampiran=_KAMUS,
        keyakinan=Keyakinan.SEKUNDER,
        kutipan=(
            "Berdasarkan Permenpan RB No. 38 Tahun 2017 tentang Standar Kompetensi Jabatan ASN "
            "mensyaratkan 9 (sembilan) kompetensi yang harus dinilai bagi ASN."
        ),
        sumber=(
            f"{_SUMBER_FAQ_BKN}; the nine names as listed by assessment tools and a deck quoting "
            "the Lampiran (pdfcoffee.com/download/9-perekat-bangsa-pdf-free.html)"
        ),
    ),
    dasar_lain=(
        Dasar(
            PERMENPANRB_38_2017,
            lampiran=_KAMUS,
            keyakinan=Keyakinan.TERVERIFIKASI,
            kutipan=(
                "Definisi : Kemampuan membuat keputusan yang baik secara tepat waktu dan dengan "
                "keyakinan diri setelah mempertimbangkan prinsip kehati-hatian"
            ),
            sumber="anyflip.com/xjznx/lauy/basic/51-100 (copy of the Lampiran, page 13)",
        ),
    ),
)

ATURAN_LEVEL_KOMPETENSI = Aturan(
    kode="KOM-LEVEL-01",
    uraian=(
        "Setiap kompetensi manajerial dan sosial kultural dijenjangkan dalam level 1 sampai "
        "dengan level 5."
    ),
    summary=(
        "Each manajerial and sosial kultural competency has five levels, 1 (lowest) to 5; a "
        "teknis competency is levelled the same way by its instansi."
    ),
    dasar=Dasar(
        PERMENPANRB_38_2017,
        lampiran=_KAMUS,
        keyakinan=Keyakinan.SEKUNDER,
        kutipan=(
            "Level Kompetensi ... 1 1. Memahami kompetensi dan mampu menerapkannya sesuai "
            "prosedur yang ditetapkan. ... 2 1. Memahami kompetensi secara komprehensif dan "
            "menerapkannya secara efektif."
        ),
        sumber="fliphtml5.com/pfhnl/arhg/Kamus-Kompetensi-Manajerial-dan-Sosial-Kultural/1",
        tafsiran=(
            "Levels 1-4 of Pengambilan Keputusan were also seen in the copy of the Lampiran "
            "(anyflip page 13); the five generic level descriptions come from an agency's kamus."
        ),
    ),
)

ATURAN_STANDAR_LENGKAP = Aturan(
    kode="KOM-STANDAR-01",
    uraian=(
        "Standar kompetensi jabatan memuat level yang dipersyaratkan untuk setiap kompetensi "
        "manajerial dan kompetensi sosial kultural."
    ),
    summary=(
        "A position's standard names a required level for each of the eight manajerial and "
        "the one sosial kultural competency (the nine assessed), plus its teknis ones."
    ),
    dasar=Dasar(
        PERMENPANRB_38_2017,
        lampiran=_KAMUS,
        keyakinan=Keyakinan.SEKUNDER,
        kutipan=(
            "Permenpan RB No. 38 Tahun 2017 tentang Standar Kompetensi Jabatan ASN mensyaratkan "
            "9 (sembilan) kompetensi yang harus dinilai bagi ASN."
        ),
        sumber=_SUMBER_FAQ_BKN,
        tafsiran=(
            "The Lampiran's table of the level each jenjang needs was not read, so the levels "
            "are the instansi's data; the check asks only that all nine are there."
        ),
    ),
)

ATURAN: tuple[Aturan, ...] = (
    ATURAN_JENIS_KOMPETENSI,
    ATURAN_KAMUS_KOMPETENSI,
    ATURAN_LEVEL_KOMPETENSI,
    ATURAN_STANDAR_LENGKAP,
)


class KelompokKompetensi(Berlabel):
    """The three groups of PermenPANRB 38/2017 (KOM-JENIS-01), in the order a standard lists
    them."""

    TEKNIS = "Kompetensi Teknis"
    MANAJERIAL = "Kompetensi Manajerial"
    SOSIAL_KULTURAL = "Kompetensi Sosial Kultural"


pasang_varian(
    KelompokKompetensi, {k.label.removeprefix("Kompetensi "): k.name for k in KelompokKompetensi}
)


class KompetensiManajerial(Berlabel):
    """The eight manajerial competencies of the Lampiran (KOM-KAMUS-01)."""

    INTEGRITAS = "Integritas"
    KERJA_SAMA = "Kerja Sama"
    KOMUNIKASI = "Komunikasi"
    ORIENTASI_PADA_HASIL = "Orientasi pada Hasil"
    PELAYANAN_PUBLIK = "Pelayanan Publik"
    PENGEMBANGAN_DIRI_DAN_ORANG_LAIN = "Pengembangan Diri dan Orang Lain"
    MENGELOLA_PERUBAHAN = "Mengelola Perubahan"
    PENGAMBILAN_KEPUTUSAN = "Pengambilan Keputusan"


pasang_varian(
    KompetensiManajerial,
    {
        "Kerjasama": "KERJA_SAMA",
        "Pengembangan Diri & Orang Lain": "PENGEMBANGAN_DIRI_DAN_ORANG_LAIN",
        "Pengelolaan Perubahan": "MENGELOLA_PERUBAHAN",
    },
)


class KompetensiSosialKultural(Berlabel):
    """The one sosial kultural competency of the Lampiran (KOM-KAMUS-01)."""

    PEREKAT_BANGSA = "Perekat Bangsa"


class LevelKompetensi(Berperingkat):
    """A level of a competency, 1 (lowest) to 5 (KOM-LEVEL-01); a higher level is greater, and
    :meth:`dari_angka` reads the number an assessment report gives.

    >>> LevelKompetensi.dari_angka(3) > LevelKompetensi.LEVEL_2
    True
    """

    LEVEL_1 = ("Level 1", "Level 1", 1)
    LEVEL_2 = ("Level 2", "Level 2", 2)
    LEVEL_3 = ("Level 3", "Level 3", 3)
    LEVEL_4 = ("Level 4", "Level 4", 4)
    LEVEL_5 = ("Level 5", "Level 5", 5)

    @property
    def angka(self) -> int:
        """The level's number, 1 to 5."""
        return self.peringkat

    @classmethod
    def dari_angka(cls, angka: int) -> LevelKompetensi:
        """The level numbered ``angka`` (1 to 5)."""
        v.pastikan_bilangan("angka", angka, 1, 5)
        return next(level for level in cls if level.peringkat == angka)


pasang_varian(LevelKompetensi, {str(n): f"LEVEL_{n}" for n in range(1, 6)})

_NAMA_TETAP: dict[KelompokKompetensi, type[Berlabel]] = {
    KelompokKompetensi.MANAJERIAL: KompetensiManajerial,
    KelompokKompetensi.SOSIAL_KULTURAL: KompetensiSosialKultural,
}
_URUTAN_KELOMPOK = {k: i for i, k in enumerate(KelompokKompetensi)}


@attrs.frozen(order=False)
class Kompetensi:
    """One competency: its :class:`KelompokKompetensi` and name. A manajerial or sosial
    kultural competency is named exactly as the Lampiran does (build it with
    :meth:`manajerial` or :meth:`sosial_kultural`); a teknis one carries the name its instansi
    gives it (:meth:`teknis`), which is a key.

    >>> Kompetensi.manajerial("kerjasama")
    Kompetensi(kelompok=<KelompokKompetensi.MANAJERIAL: 'Kompetensi Manajerial'>, nama='Kerja Sama')
    """

    kelompok: KelompokKompetensi = attrs.field(validator=v.instance_of(KelompokKompetensi))
    nama: str = attrs.field(validator=v.kunci())

    def __attrs_post_init__(self) -> None:
        kelas = _NAMA_TETAP.get(self.kelompok)
        if kelas is not None and self.nama not in {k.label for k in kelas}:
            raise InvalidValueError(
                _NAMA_TIDAK_DIKENAL(
                    nama=repr(self.nama),
                    kelompok=self.kelompok,
                    pilihan=tuple(repr(k.label) for k in kelas),
                )
            )

    @classmethod
    def manajerial(cls, kompetensi: KompetensiManajerial | str) -> Kompetensi:
        """A manajerial competency, from its member or any of its labels."""
        return cls(KelompokKompetensi.MANAJERIAL, KompetensiManajerial.parse(kompetensi).label)

    @classmethod
    def sosial_kultural(
        cls, kompetensi: KompetensiSosialKultural | str = KompetensiSosialKultural.PEREKAT_BANGSA
    ) -> Kompetensi:
        """The sosial kultural competency (Perekat Bangsa)."""
        label = KompetensiSosialKultural.parse(kompetensi).label
        return cls(KelompokKompetensi.SOSIAL_KULTURAL, label)

    @classmethod
    def teknis(cls, nama: str) -> Kompetensi:
        """A teknis competency named by its instansi (e.g. ``"Pengelolaan Data Statistik"``)."""
        return cls(KelompokKompetensi.TEKNIS, nama)

    @property
    def urutan(self) -> tuple[int, str]:
        """The sort key: the group's place (teknis, manajerial, sosial kultural), then the
        name."""
        return (_URUTAN_KELOMPOK[self.kelompok], self.nama)

    def __str__(self) -> str:
        return self.nama


KOMPETENSI_WAJIB: tuple[Kompetensi, ...] = (
    *(Kompetensi.manajerial(k) for k in KompetensiManajerial),
    *(Kompetensi.sosial_kultural(k) for k in KompetensiSosialKultural),
)
"""The nine competencies every standard names (KOM-STANDAR-01)."""


@attrs.frozen
class TingkatKompetensi:
    """A :class:`Kompetensi` at a :class:`LevelKompetensi`: a level a standard or a team
    requires, or a level an assessment found."""

    kompetensi: Kompetensi = attrs.field(validator=v.instance_of(Kompetensi))
    level: LevelKompetensi = attrs.field(validator=v.instance_of(LevelKompetensi))

    def __str__(self) -> str:
        return f"{self.kompetensi.nama} {self.level.label}"


T = TypeVar("T")


def _daftar(nama: str, isi: Iterable[T], tipe: type[T]) -> tuple[T, ...]:
    """Function argument ``nama``, a collection of ``tipe``, as a tuple; anything else raises
    :class:`~birokrasi.errors.InvalidTypeError` naming ``nama`` or the bad item (private
    helper)."""
    v.pastikan_iterabel(nama, isi, f"Iterable[{tipe.__name__}]")
    hasil = tuple(isi)
    for i, x in enumerate(hasil):
        v.pastikan_tipe(f"{nama}[{i}]", x, tipe)
    return hasil


def _urut_tingkat(isi: Iterable[TingkatKompetensi]) -> tuple[TingkatKompetensi, ...]:
    return tuple(sorted(isi, key=lambda t: t.kompetensi.urutan))


def _pastikan_sekali(pemilik: str, isi: tuple[TingkatKompetensi, ...]) -> None:
    """Raise unless each competency appears at most once in ``isi`` (private helper shared by
    the standard, the profile and a team's needs)."""
    dilihat: set[Kompetensi] = set()
    for i, t in enumerate(isi):
        if t.kompetensi in dilihat:
            raise InvalidValueError(
                _KOMPETENSI_GANDA(letak=f"{pemilik}[{i}]", kompetensi=repr(t.kompetensi.nama))
            )
        dilihat.add(t.kompetensi)


def _ke_tingkat(isi: Iterable[TingkatKompetensi]) -> tuple[TingkatKompetensi, ...]:
    """Converter (private helper): any collection of levels, kept in the standard order
    (teknis, manajerial, sosial kultural; by name within a group), so two values listing the
    same levels in another order are equal."""
    hasil = v.to_tuple(isi)
    if isinstance(hasil, tuple) and all(isinstance(t, TingkatKompetensi) for t in hasil):
        return _urut_tingkat(hasil)
    return hasil  # type: ignore[no-any-return]


@attrs.frozen
class StandarKompetensi:
    """The competency standard of a :class:`~birokrasi.struktur.jabatan.Jabatan` (Pasal 1
    angka 1): the level required of each competency, teknis, manajerial and sosial kultural.
    Each competency appears once; the levels are kept in the standard order.

    >>> from birokrasi import Jenjang
    >>> standar = StandarKompetensi(
    ...     Jabatan("Statistisi Ahli Muda", Jenjang.AHLI_MUDA),
    ...     [TingkatKompetensi(Kompetensi.teknis("Analisis Statistik"), LevelKompetensi.LEVEL_3)],
    ... )
    >>> [str(p.pesan) for p in periksa_standar(standar)][:1]
    ["level 'Integritas' (Kompetensi Manajerial) belum ditentukan"]
    """

    jabatan: Jabatan = attrs.field(validator=v.instance_of(Jabatan))
    syarat: tuple[TingkatKompetensi, ...] = attrs.field(
        converter=_ke_tingkat, validator=v.tuple_of(TingkatKompetensi)
    )

    def __attrs_post_init__(self) -> None:
        _pastikan_sekali("StandarKompetensi.syarat", self.syarat)

    def level(self, kompetensi: Kompetensi) -> LevelKompetensi | None:
        """The level the standard requires of ``kompetensi`` (``None`` when it names none)."""
        v.pastikan_tipe("kompetensi", kompetensi, Kompetensi)
        return next((t.level for t in self.syarat if t.kompetensi == kompetensi), None)


def periksa_standar(standar: StandarKompetensi) -> tuple[Pelanggaran, ...]:
    """Findings of KOM-STANDAR-01: one for each of the nine manajerial and sosial kultural
    competencies the standard gives no level."""
    v.pastikan_tipe("standar", standar, StandarKompetensi)
    ada = {t.kompetensi for t in standar.syarat}
    return tuple(
        Pelanggaran(
            ATURAN_STANDAR_LENGKAP,
            standar.jabatan.nama,
            _TANPA_LEVEL(kompetensi=repr(k.nama), kelompok=k.kelompok),
        )
        for k in KOMPETENSI_WAJIB
        if k not in ada
    )


_t = pembuat_templat(__name__)
_NAMA_TIDAK_DIKENAL = _t(
    "KOM-KAMUS-01/nama-tidak-dikenal",
    "Kompetensi.nama: {nama} is not a {kelompok} of PermenPANRB 38/2017 (KOM-KAMUS-01); "
    "one of {pilihan}",
)
_KOMPETENSI_GANDA = _t(
    "KOM/kompetensi-ganda",
    "{letak}: {kompetensi} is listed twice; give each competency one level",
)
_TANPA_LEVEL = _t("KOM-STANDAR-01/tanpa-level", "no level for {kompetensi} ({kelompok})")
