"""Position taxonomy: :class:`Jenjang` (the level of a position), its family under UU 20/2023
(:class:`KelompokJabatan`) and UU 5/2014 (:class:`KelompokJabatanLama`), its kind
(:class:`JenisJabatan`) and JF category (:class:`KategoriFungsional`), and :class:`Jabatan`.

UU 20/2023 Pasal 13-14 split ASN positions into jabatan manajerial (JPT Utama, Madya, Pratama,
Administrator, Pengawas) and Pasal 18 into jabatan nonmanajerial (fungsional and pelaksana);
the order of the JF jenjang follows PP 11/2017 (rule STR-JAB-01).
"""

from __future__ import annotations

import operator
from collections.abc import Callable

import attrs

from birokrasi import _validasi as v
from birokrasi._enum import Berlabel, pasang_varian
from birokrasi.errors import InvalidValueError
from birokrasi.hukum import PP_11_2017, UU_5_2014, UU_20_2023, Aturan, Dasar, Keyakinan
from birokrasi.pesan import pembuat_templat

__all__ = [
    "ATURAN",
    "ATURAN_TAKSONOMI",
    "Jabatan",
    "JenisJabatan",
    "Jenjang",
    "KategoriFungsional",
    "KelompokJabatan",
    "KelompokJabatanLama",
]

ATURAN_TAKSONOMI = Aturan(
    kode="STR-JAB-01",
    uraian=(
        "Jabatan ASN terdiri atas Jabatan Manajerial (JPT Utama, JPT Madya, JPT Pratama, "
        "Administrator, Pengawas) dan Jabatan Nonmanajerial (fungsional dan pelaksana)."
    ),
    summary=(
        "ASN positions are managerial (JPT Utama/Madya/Pratama, Administrator, Pengawas) or "
        "non-managerial (Jabatan Fungsional keahlian/keterampilan, and Pelaksana)."
    ),
    dasar=Dasar(UU_20_2023, pasal="14", keyakinan=Keyakinan.SEKUNDER),
    dasar_lain=(
        Dasar(
            UU_20_2023,
            pasal="18",
            ayat="1",
            keyakinan=Keyakinan.TERVERIFIKASI,
            kutipan=(
                "Jabatan Nonmanajerial sebagaimana dimaksud dalam Pasal 13 huruf b terdiri atas: "
                "a. jabatan fungsional; dan b. jabatan pelaksana."
            ),
            sumber="pasal.id/peraturan/uu/uu-no-20-tahun-2023/koreksi/8820421",
        ),
        Dasar(PP_11_2017, pasal="69", keyakinan=Keyakinan.SEKUNDER),
        Dasar(
            UU_5_2014,
            pasal="13",
            keyakinan=Keyakinan.SEKUNDER,
            tafsiran=(
                "The UU 5/2014 families (JPT, Jabatan Administrasi incl. Pelaksana, JF) are kept "
                "only to import old data; the Pasal number is background knowledge."
            ),
        ),
    ),
    berlaku_sejak=UU_20_2023.berlaku,
)

ATURAN: tuple[Aturan, ...] = (ATURAN_TAKSONOMI,)


class KelompokJabatan(Berlabel):
    """The family of a position under UU 20/2023 Pasal 13 (STR-JAB-01)."""

    MANAJERIAL = "Jabatan Manajerial"
    NONMANAJERIAL = "Jabatan Nonmanajerial"


class KelompokJabatanLama(Berlabel):
    """The family of a position under the former UU 5/2014, for importing old data."""

    PIMPINAN_TINGGI = "Jabatan Pimpinan Tinggi"
    ADMINISTRASI = "Jabatan Administrasi"
    FUNGSIONAL = "Jabatan Fungsional"


class JenisJabatan(Berlabel):
    """The kind of position: JPT, Administrator, Pengawas, Fungsional or Pelaksana."""

    JPT = "Jabatan Pimpinan Tinggi"
    ADMINISTRATOR = "Jabatan Administrator"
    PENGAWAS = "Jabatan Pengawas"
    FUNGSIONAL = "Jabatan Fungsional"
    PELAKSANA = "Jabatan Pelaksana"


pasang_varian(
    JenisJabatan,
    {
        # SIASN's jenisJabatan reference list (ws-siasn-php, Referensi/jenisJabatan): the
        # former names; a Jabatan Fungsional Umum is now a Jabatan Pelaksana. "Jabatan
        # Struktural" is JPT, Administrator or Pengawas by its eselon and is not a variant.
        "Jabatan Fungsional Tertentu": "FUNGSIONAL",
        "Fungsional Tertentu": "FUNGSIONAL",
        "Jabatan Fungsional Umum": "PELAKSANA",
        "Fungsional Umum": "PELAKSANA",
    },
)


class KategoriFungsional(Berlabel):
    """The two categories of Jabatan Fungsional (UU 20/2023 Pasal 18 ayat (2))."""

    KEAHLIAN = "Keahlian"
    KETERAMPILAN = "Keterampilan"


_J = JenisJabatan
_K = KategoriFungsional


class Jenjang(Berlabel):
    """The level of a position, with its official label, kind, JF category and rank
    (``tingkat``, 1 = lowest) on its ladder (STR-JAB-01). Jenjang on one ladder order by rank
    (``<``, ``max``, ``sorted``); comparing two ladders raises.

    >>> Jenjang.AHLI_MUDA.label, Jenjang.AHLI_MUDA.kelompok.label
    ('Ahli Muda', 'Jabatan Nonmanajerial')
    >>> Jenjang.ADMINISTRATOR > Jenjang.PENGAWAS, Jenjang.parse("AHLI MUDA")
    (True, <Jenjang.AHLI_MUDA: 'Ahli Muda'>)
    """

    JPT_UTAMA = ("Pimpinan Tinggi Utama", _J.JPT, None, 5)
    JPT_MADYA = ("Pimpinan Tinggi Madya", _J.JPT, None, 4)
    JPT_PRATAMA = ("Pimpinan Tinggi Pratama", _J.JPT, None, 3)
    ADMINISTRATOR = ("Administrator", _J.ADMINISTRATOR, None, 2)
    PENGAWAS = ("Pengawas", _J.PENGAWAS, None, 1)
    AHLI_UTAMA = ("Ahli Utama", _J.FUNGSIONAL, _K.KEAHLIAN, 4)
    AHLI_MADYA = ("Ahli Madya", _J.FUNGSIONAL, _K.KEAHLIAN, 3)
    AHLI_MUDA = ("Ahli Muda", _J.FUNGSIONAL, _K.KEAHLIAN, 2)
    AHLI_PERTAMA = ("Ahli Pertama", _J.FUNGSIONAL, _K.KEAHLIAN, 1)
    PENYELIA = ("Penyelia", _J.FUNGSIONAL, _K.KETERAMPILAN, 4)
    MAHIR = ("Mahir", _J.FUNGSIONAL, _K.KETERAMPILAN, 3)
    TERAMPIL = ("Terampil", _J.FUNGSIONAL, _K.KETERAMPILAN, 2)
    PEMULA = ("Pemula", _J.FUNGSIONAL, _K.KETERAMPILAN, 1)
    PELAKSANA = ("Pelaksana", _J.PELAKSANA, None, 1)

    def __init__(
        self, label: str, jenis: JenisJabatan, kategori: KategoriFungsional | None, tingkat: int
    ) -> None:
        self.jenis = jenis
        self.kategori = kategori
        self.tingkat = tingkat

    @property
    def is_manajerial(self) -> bool:
        """JPT, Administrator or Pengawas: leads a unit (UU 20/2023 Pasal 14)."""
        return self.jenis in (_J.JPT, _J.ADMINISTRATOR, _J.PENGAWAS)

    @property
    def is_fungsional(self) -> bool:
        """A Jabatan Fungsional jenjang (keahlian or keterampilan)."""
        return self.jenis is _J.FUNGSIONAL

    @property
    def is_pimpinan_tinggi(self) -> bool:
        """A JPT (Utama, Madya or Pratama)."""
        return self.jenis is _J.JPT

    @property
    def kelompok(self) -> KelompokJabatan:
        """The UU 20/2023 family."""
        if self.is_manajerial:
            return KelompokJabatan.MANAJERIAL
        return KelompokJabatan.NONMANAJERIAL

    @property
    def kelompok_lama(self) -> KelompokJabatanLama:
        """The UU 5/2014 family: Administrator, Pengawas and Pelaksana were Jabatan
        Administrasi there."""
        if self.is_pimpinan_tinggi:
            return KelompokJabatanLama.PIMPINAN_TINGGI
        if self.is_fungsional:
            return KelompokJabatanLama.FUNGSIONAL
        return KelompokJabatanLama.ADMINISTRASI

    @property
    def tangga(self) -> tuple[Jenjang, ...]:
        """The ladder this jenjang climbs, lowest first (manajerial, keahlian, keterampilan or
        pelaksana)."""
        return tuple(
            sorted(
                (j for j in Jenjang if j._kunci_tangga == self._kunci_tangga),
                key=lambda j: j.tingkat,
            )
        )

    @property
    def _kunci_tangga(self) -> tuple[bool, KategoriFungsional | None, bool]:
        return (self.is_manajerial, self.kategori, self.jenis is _J.PELAKSANA)

    def lebih_tinggi_dari(self, lain: Jenjang) -> bool:
        """Whether this jenjang is above ``lain`` on the same ladder.

        Jenjang on different ladders (e.g. Ahli Muda and Mahir) are not comparable and raise
        :class:`~birokrasi.errors.InvalidValueError`.
        """
        v.pastikan_tipe("lain", lain, Jenjang)
        return self._selisih(lain) > 0

    def _selisih(self, lain: Jenjang) -> int:
        """How many steps this jenjang is above ``lain`` on their one ladder."""
        if lain._kunci_tangga != self._kunci_tangga:
            raise InvalidValueError(_TANGGA_BEDA(jenjang=self, lain=lain))
        return self.tingkat - lain.tingkat

    def __lt__(self, other: object) -> bool:
        return _tangga_banding(self, other, operator.lt)

    def __le__(self, other: object) -> bool:
        return _tangga_banding(self, other, operator.le)

    def __gt__(self, other: object) -> bool:
        return _tangga_banding(self, other, operator.gt)

    def __ge__(self, other: object) -> bool:
        return _tangga_banding(self, other, operator.ge)


def _tangga_banding(a: Jenjang, b: object, op: Callable[[int, int], bool]) -> bool:
    """``op`` on the steps of two jenjang of one ladder; ``NotImplemented`` for another type."""
    if not isinstance(b, Jenjang):
        return NotImplemented  # type: ignore[no-any-return]
    return op(a._selisih(b), 0)


pasang_varian(Jenjang, {f"Jabatan {j.label}": j.name for j in Jenjang if not j.is_fungsional})


@attrs.frozen
class Jabatan:
    """A position: its name (e.g. ``Pranata Komputer Ahli Muda``) and :class:`Jenjang`."""

    nama: str = attrs.field(validator=v.teks())
    jenjang: Jenjang = attrs.field(validator=v.instance_of(Jenjang))

    def __str__(self) -> str:
        return self.nama


_t = pembuat_templat(__name__)
_TANGGA_BEDA = _t("JENJANG/tangga-beda", "Jenjang: {jenjang} and {lain} are on different ladders")
