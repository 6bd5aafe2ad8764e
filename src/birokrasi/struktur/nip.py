"""The 18-digit :class:`NIP` of a PNS (STR-NIP-01) and NI PPPK of a PPPK (STR-NIP-02).

Digits 1-8 are the birth date ``YYYYMMDD``; for a PNS digits 9-14 are the TMT CPNS ``YYYYMM``;
for a PPPK digits 9-12 are the year of first appointment, digit 13 the PPPK code 2 and digit
14 the number of perjanjian kerja (1-9), so 21-29 where a PNS has the month; digit 15 is the
gender (1 male, 2 female) and 16-18 a sequence number from 001.
"""

from __future__ import annotations

import datetime as dt
import re
import types
from collections.abc import Collection, Iterable, Mapping
from typing import Any

import attrs

from birokrasi import _validasi as v
from birokrasi._enum import Berlabel
from birokrasi.errors import InvalidTypeError, InvalidValueError
from birokrasi.hukum import (
    PERKA_BKN_22_2007,
    PP_11_2017,
    PP_49_2018,
    Aturan,
    Dasar,
    Keyakinan,
    Pelanggaran,
)
from birokrasi.pesan import pembuat_templat

__all__ = [
    "ATURAN",
    "ATURAN_NIP_PNS",
    "ATURAN_NIP_PPPK",
    "ATURAN_USIA_PENGANGKATAN",
    "KODE_PPPK_BAKU",
    "KODE_PPPK_TERAMATI",
    "NIP",
    "USIA_MINIMUM",
    "JenisASN",
    "JenisKelamin",
    "periksa_nip",
]

ATURAN_NIP_PNS = Aturan(
    kode="STR-NIP-01",
    uraian=(
        "NIP PNS terdiri atas 18 angka: tanggal lahir (8), tahun dan bulan pengangkatan CPNS (6), "
        "jenis kelamin (1) dan nomor urut (3)."
    ),
    summary=(
        "A PNS NIP is 18 digits: birth date YYYYMMDD, TMT CPNS YYYYMM, gender 1/2 and a sequence "
        "number from 001; the TMT is not before the birth date."
    ),
    dasar=Dasar(
        PERKA_BKN_22_2007,
        bagian="susunan NIP",
        keyakinan=Keyakinan.SEKUNDER,
        tafsiran=(
            "The article number was not found; the structure is from consistent secondary "
            "sources. 'TMT before the birth date' compares the 1st of the TMT month with the "
            "birth date."
        ),
    ),
)

ATURAN_NIP_PPPK = Aturan(
    kode="STR-NIP-02",
    uraian=(
        "NI PPPK terdiri atas 18 angka: tanggal lahir (8), tahun pengangkatan pertama sebagai "
        "calon PPPK (4), kode PPPK 2 dan jumlah perjanjian kerja (2), jenis kelamin (1) dan "
        "nomor urut (3)."
    ),
    summary=(
        "A NI PPPK has a 4-digit appointment year, then the PPPK code 2 and the number of "
        "perjanjian kerja 1-9 (so 21-29) where a PNS NIP has the month; any other value above "
        "12 is refused unless the agency admits it (kode_pppk=)."
    ),
    dasar=Dasar(
        PERKA_BKN_22_2007,
        bagian="susunan NIP, diterapkan pada NI PPPK",
        keyakinan=Keyakinan.TIDAK_PASTI,
        tafsiran=(
            "No regulation text on the NI PPPK was read. News reports describe its digits as "
            "birth date, year of first appointment as calon PPPK, 'jumlah perjanjian kerja', "
            "gender and sequence; a public NI PPPK parser reads digit 13 as the PPPK code 2 and "
            "digit 14 as that count (1-9), and the numbers seen in announcements carry 21 or "
            "24. The library reads 21-29 as a NI PPPK (KODE_PPPK_BAKU) and refuses other "
            "values above 12 (a mistyped PNS month); an agency that sees other codes passes "
            "them as NIP.dari_teks(..., kode_pppk=...). One report calls 24 the paruh-waktu "
            "code; that reading is not applied."
        ),
        kutipan=(
            "Setiap NI PPPK terdiri dari 18 digit angka yang mencakup informasi seperti tahun, "
            "bulan, dan tanggal lahir, tahun pengangkatan pertama sebagai calon PPPK, jumlah "
            "perjanjian kerja, jenis kelamin, dan nomor urut calon PPPK."
        ),
        sumber=(
            "sumateraekspres.bacakoran.co/amp/39371/pppk-2023-tak-dapat-thr-tahun-ini-gaji-13-"
            "bagaimana-simak-penjelasannya/16; the digit layout ('1 digit that indicates the "
            "code for PPPK (2)', '1 digit for frequency (1-9)') in the public parser "
            "github.com/muzhawir/indonesian_id lib/nip/pppk.ex"
        ),
    ),
)

ATURAN_USIA_PENGANGKATAN = Aturan(
    kode="STR-NIP-03",
    uraian=(
        "Pelamar CPNS berusia paling rendah 18 tahun dan pelamar PPPK paling rendah 20 tahun "
        "pada saat melamar, sehingga TMT pengangkatan yang tertera pada NIP tidak mendahului "
        "usia tersebut."
    ),
    summary=(
        "The appointment a NIP shows is not before the minimum age to apply: the TMT CPNS not "
        "before the 18th birthday, the year of a NI PPPK not before the year of the 20th."
    ),
    dasar=Dasar(
        PP_11_2017,
        pasal="23",
        ayat="1",
        huruf="a",
        keyakinan=Keyakinan.SEKUNDER,
        kutipan=(
            "Usia paling rendah 18 (delapan belas) tahun dan paling tinggi 35 (tiga puluh lima) "
            "tahun pada saat melamar"
        ),
        sumber=(
            "mandarnesia.com/sembilan-syarat-dasar-bagi-pelamar-cpns-2018 (BKN's press release "
            "of 17 September 2018 quoting Pasal 23 ayat (1) PP 11/2017); the same list in "
            "Tribunnews, as translated at navva.org/indonesia/nation/these-are-nine-basic-"
            "requirements-for-2018-cpns-applicants"
        ),
        tafsiran=(
            "The words are BKN's press release quoting the Pasal, not the regulation as read, "
            "hence S. The TMT CPNS follows the application, so a TMT before the 18th birthday "
            "means an application before it. The NIP holds the TMT's month only: it is read as the"
            " 1st. Someone born on 29 February turns 18 on 28 February of a common year. The "
            "35-year maximum has exceptions for jabatan tertentu (ayat 2) and is not checked. The "
            "same minimum is applied to TMTs before PP 11/2017; the earlier pengadaan rules were "
            "not read."
        ),
    ),
    dasar_lain=(
        Dasar(
            PP_49_2018,
            pasal="16",
            huruf="a",
            keyakinan=Keyakinan.SEKUNDER,
            kutipan=(
                "Usia paling rendah 20 (dua puluh) tahun dan paling tinggi 1 (satu) tahun "
                "sebelum batas usia pada jabatan yang akan dilamar"
            ),
            sumber=(
                "akoenksembilantujuh.com/2021/05/tentang-manajemen-pegawai-pemerintah.html, a "
                "summary of PP 49/2018 (Persyaratan Pelamaran PPPK); the article number in "
                "medcom.id/nasional/peristiwa/0k8aR29K-mau-jadi-asn-ketahui-dulu-perbedaan-pns-"
                "dan-pppk ('Pasal 23 ayat 1 huruf a PP No 11/2017 dan [P]asal 16 huruf a PP No "
                "49/2018 untuk PPPK')"
            ),
            tafsiran=(
                "A NI PPPK holds only the year of appointment, so only a year before the one "
                "of the 20th birthday is a finding. A PPPK code at or below 12 would be read as "
                "a PNS month (audit R8) and checked against 18, which never reports a PPPK "
                "wrongly."
            ),
        ),
    ),
)

ATURAN: tuple[Aturan, ...] = (ATURAN_NIP_PNS, ATURAN_NIP_PPPK, ATURAN_USIA_PENGANGKATAN)

KODE_PPPK_TERAMATI: Mapping[int, str] = types.MappingProxyType(
    {
        21: "PPPK (observed on regular NI PPPK)",
        24: "PPPK paruh waktu (observed in 2025 examples)",
    }
)
"""Digits 13-14 seen on real NI PPPK numbers [U]; documentation, not a closed list."""

KODE_PPPK_BAKU: frozenset[int] = frozenset(range(21, 30))
"""Digits 13-14 read as a NI PPPK by default: the PPPK code 2 and a number of perjanjian kerja
1-9 (STR-NIP-02)."""

_BUKAN_BULAN: frozenset[int] = frozenset(range(13, 100))
"""Every value of digits 13-14 that is not a month: the codes an agency may admit."""


class JenisASN(Berlabel):
    """The two kinds of ASN employee."""

    PNS = "Pegawai Negeri Sipil"
    PPPK = "Pegawai Pemerintah dengan Perjanjian Kerja"


class JenisKelamin(Berlabel):
    """Digit 15 of a NIP (``kode``): 1 for laki-laki, 2 for perempuan."""

    LAKI_LAKI = ("Laki-laki", "1")
    PEREMPUAN = ("Perempuan", "2")

    def __init__(self, label: str, kode: str) -> None:
        self.kode = kode


USIA_MINIMUM: Mapping[JenisASN, int] = types.MappingProxyType({JenisASN.PNS: 18, JenisASN.PPPK: 20})
"""The minimum age to apply, by jenis ASN: PP 11/2017 Pasal 23 ayat (1) huruf a for a CPNS,
PP 49/2018 Pasal 16 huruf a for a PPPK (STR-NIP-03)."""

_KELAMIN: Mapping[str, JenisKelamin] = types.MappingProxyType({k.kode: k for k in JenisKelamin})


_DIGIT = re.compile(r"[0-9]{18}")
_PEMISAH = re.compile(r"[ .\-]")


def _tanggal_lahir(digit: str) -> dt.date:
    try:
        return dt.date(int(digit[0:4]), int(digit[4:6]), int(digit[6:8]))
    except ValueError:
        raise InvalidValueError(_LAHIR(digit=digit[0:8])) from None


def _uraian_kode(kode_pppk: frozenset[int]) -> str:
    return "21-29" if kode_pppk == KODE_PPPK_BAKU else f"[{', '.join(map(str, sorted(kode_pppk)))}]"


def _pastikan_digit(digit: object, kode_pppk: frozenset[int]) -> None:
    """Raise naming ``NIP.digit`` unless ``digit`` is a NIP (STR-NIP-01) whose digits 13-14
    are a month or one of ``kode_pppk`` (STR-NIP-02)."""
    if not isinstance(digit, str):
        raise InvalidTypeError(_TIPE(diberikan=v.describe(digit)))
    if len(digit) != 18:
        raise InvalidValueError(_PANJANG(panjang=len(digit), digit=v.render(digit)))
    if not _DIGIT.fullmatch(digit):
        raise InvalidValueError(_BUKAN_ANGKA(digit=v.render(digit)))
    lahir = _tanggal_lahir(digit)
    tahun, kode = int(digit[8:12]), int(digit[12:14])
    if tahun == 0 or kode == 0:
        raise InvalidValueError(_TMT(digit=digit[8:14]))
    if kode > 12 and kode not in kode_pppk:
        raise InvalidValueError(_KODE_PPPK(digit=digit[12:14], kode=_uraian_kode(kode_pppk)))
    tmt = dt.date(tahun, kode, 1) if kode <= 12 else None
    if (tmt is not None and tmt < lahir) or tahun < lahir.year:
        raise InvalidValueError(_TMT_SEBELUM_LAHIR(digit=digit[8:14], lahir=lahir))
    if digit[14] not in "12":
        raise InvalidValueError(_KELAMIN_DIGIT(digit=digit[14]))
    if digit[15:] == "000":
        raise InvalidValueError(_NOMOR_URUT())


def _pastikan_nip(instance: NIP, attribute: attrs.Attribute[str], digit: object) -> None:
    _pastikan_digit(digit, KODE_PPPK_BAKU)


def _kode_pppk_argumen(kode_pppk: Collection[int] | None) -> frozenset[int]:
    """Argument ``kode_pppk`` of :meth:`NIP.dari_teks` as a set of codes 13-99."""
    if kode_pppk is None:
        return KODE_PPPK_BAKU
    if not isinstance(kode_pppk, Mapping):
        v.pastikan_iterabel("kode_pppk", kode_pppk, "Collection[int]")
    daftar = list(kode_pppk)
    for k in daftar:
        if not isinstance(k, int) or isinstance(k, bool):
            raise InvalidTypeError(_KODE_PPPK_TIPE(diberikan=v.describe(k)))
    kode = frozenset(daftar)
    luar = sorted(k for k in kode if k not in _BUKAN_BULAN)
    if luar:
        raise InvalidValueError(_KODE_PPPK_LUAR(kode=tuple(v.render(k) for k in luar)))
    return kode


@attrs.frozen(order=True)
class NIP:
    """A validated NIP (PNS) or NI PPPK: hashable, ordered by its digits, ``str`` gives them.

    >>> nip = NIP("199001012015031001")
    >>> nip.tanggal_lahir, nip.tmt, nip.jenis_asn.name, nip.nomor_urut
    (datetime.date(1990, 1, 1), datetime.date(2015, 3, 1), 'PNS', 1)
    >>> NIP("199002302015031001")
    Traceback (most recent call last):
    ...
    birokrasi.errors.InvalidValueError: NIP.digit: angka ke-1 s.d. ke-8 '19900230' bukan ...
    """

    digit: str = attrs.field(validator=_pastikan_nip)

    @classmethod
    def dari_teks(cls, teks: str, *, kode_pppk: Collection[int] | None = None) -> NIP:
        """Parse a NIP written with spaces, dots or dashes (``19920315 2022 21 2 001``).

        ``kode_pppk`` is the set of digits 13-14 (13-99) read as a NI PPPK, by default
        :data:`KODE_PPPK_BAKU` (21-29); any other value above 12 is refused (STR-NIP-02).
        """
        v.pastikan_tipe("teks", teks, str)
        return _nip_dengan_kode(_PEMISAH.sub("", teks), _kode_pppk_argumen(kode_pppk))

    @property
    def tanggal_lahir(self) -> dt.date:
        """Digits 1-8: the birth date."""
        return dt.date(int(self.digit[0:4]), int(self.digit[4:6]), int(self.digit[6:8]))

    @property
    def tahun_pengangkatan(self) -> int:
        """Digits 9-12: the year of first appointment (CPNS or calon PPPK)."""
        return int(self.digit[8:12])

    @property
    def bulan_pengangkatan(self) -> int | None:
        """Digits 13-14 of a PNS NIP: the TMT CPNS month; ``None`` for a PPPK."""
        bulan = int(self.digit[12:14])
        return bulan if bulan <= 12 else None

    @property
    def tmt(self) -> dt.date | None:
        """The TMT CPNS (1st of the month) of a PNS; ``None`` for a PPPK."""
        bulan = self.bulan_pengangkatan
        return None if bulan is None else dt.date(self.tahun_pengangkatan, bulan, 1)

    @property
    def awal_pengangkatan(self) -> dt.date:
        """The earliest day the appointment can have taken effect: the TMT CPNS of a PNS,
        1 January of the appointment year of a PPPK (a NI PPPK holds no month)."""
        return self.tmt or dt.date(self.tahun_pengangkatan, 1, 1)

    @property
    def kode_pppk(self) -> int | None:
        """Digits 13-14 of a NI PPPK (STR-NIP-02); ``None`` for a PNS."""
        kode = int(self.digit[12:14])
        return kode if kode > 12 else None

    @property
    def jenis_asn(self) -> JenisASN:
        """PNS when digits 13-14 are a month, PPPK otherwise (STR-NIP-02)."""
        return JenisASN.PNS if self.bulan_pengangkatan is not None else JenisASN.PPPK

    @property
    def jenis_kelamin(self) -> JenisKelamin:
        """Digit 15."""
        return _KELAMIN[self.digit[14]]

    @property
    def nomor_urut(self) -> int:
        """Digits 16-18."""
        return int(self.digit[15:])

    def format(self) -> str:
        """The usual spaced form, e.g. ``19900101 201503 1 001``."""
        d = self.digit
        return f"{d[0:8]} {d[8:14]} {d[14]} {d[15:]}"

    def __str__(self) -> str:
        return self.digit


def _usia(lahir: dt.date, pada: dt.date) -> int:
    """Whole years from ``lahir`` to ``pada``."""
    return pada.year - lahir.year - ((pada.month, pada.day) < (lahir.month, lahir.day))


def periksa_nip(nip: NIP | str) -> tuple[Pelanggaran, ...]:
    """Findings on a valid NIP: an appointment before the minimum age to apply (STR-NIP-03),
    18 for a CPNS (the TMT against the 18th birthday), 20 for a PPPK (the appointment year
    against the year of the 20th birthday).

    >>> [p.kode for p in periksa_nip("200206022003072001")]
    ['STR-NIP-03']
    >>> periksa_nip("199001012015031001")
    ()
    """
    kunci = _nip_argumen("nip", nip)
    lahir, usia = kunci.tanggal_lahir, USIA_MINIMUM[kunci.jenis_asn]
    tmt = kunci.tmt
    if tmt is not None:
        cukup = v.geser_tanggal(lahir, bulan=12 * usia)
        if cukup is not None and tmt >= cukup:
            return ()
        pesan = _USIA_PNS(
            tmt=tmt, usia_tmt=_usia(lahir, tmt), jenis=kunci.jenis_asn.name, usia=usia, lahir=lahir
        )
    else:
        if lahir.year + usia <= kunci.tahun_pengangkatan:
            return ()
        pesan = _USIA_PPPK(
            tahun=kunci.tahun_pengangkatan,
            usia_tahun=kunci.tahun_pengangkatan - lahir.year,
            jenis=kunci.jenis_asn.name,
            usia=usia,
            lahir=lahir,
        )
    return (Pelanggaran(ATURAN_USIA_PENGANGKATAN, str(kunci), pesan),)


def _nip_dengan_kode(digit: str, kode_pppk: frozenset[int]) -> NIP:
    """A NIP whose digits 13-14, when above 12, are one of ``kode_pppk`` (the attrs
    validator admits only :data:`KODE_PPPK_BAKU`, so the value is built without it)."""
    _pastikan_digit(digit, kode_pppk)
    nip = object.__new__(NIP)
    object.__setattr__(nip, "digit", digit)
    return nip


def _nip_tersimpan(digit: str) -> NIP:
    """A NIP read back from a stored document: any digits 13-14 above the months are kept as
    the NI PPPK code the agency admitted when the value was made (STR-NIP-02)."""
    return _nip_dengan_kode(digit, _BUKAN_BULAN)


def _ke_nip(nilai: NIP | str) -> NIP:
    """Converter: a ``str`` becomes a :class:`NIP` (validated: a bad one raises naming
    ``NIP.digit``); anything else is kept for the validator to reject naming the field."""
    hasil: NIP = _nip_atau_asal(nilai)
    return hasil


def _nip_atau_asal(nilai: object) -> Any:
    return NIP(nilai) if isinstance(nilai, str) else nilai


def _ke_nips(nilai: Iterable[NIP | str]) -> tuple[NIP, ...]:
    """Converter: a collection of NIPs (or their digits) becomes a tuple of :class:`NIP`;
    anything else, one NIP string included, is kept for the validator."""
    urutan = v.to_tuple(nilai)
    hasil: tuple[NIP, ...] = (
        tuple(_nip_atau_asal(n) for n in urutan) if isinstance(urutan, tuple) else urutan
    )
    return hasil


def _nip_argumen(nama: str, nilai: object) -> NIP:
    """Function argument ``nama``, a :class:`NIP` or its digits, as a NIP; anything else
    raises :class:`~birokrasi.errors.InvalidTypeError` naming ``nama``."""
    kunci = _nip_atau_asal(nilai)
    v.pastikan_tipe(nama, kunci, NIP)
    assert isinstance(kunci, NIP)
    return kunci


_t = pembuat_templat(__name__)
_TIPE = _t("NIP/tipe", "NIP.digit: expected str, got {diberikan}")
_PANJANG = _t(
    "STR-NIP-01/panjang", "NIP.digit: a NIP has 18 digits, got {panjang} in '{digit}' (STR-NIP-01)"
)
_BUKAN_ANGKA = _t(
    "STR-NIP-01/bukan-angka", "NIP.digit: '{digit}' contains a non-digit (STR-NIP-01)"
)
_LAHIR = _t(
    "STR-NIP-01/tanggal-lahir",
    "NIP.digit: digits 1-8 '{digit}' are not a valid birth date YYYYMMDD (STR-NIP-01)",
)
_TMT = _t(
    "STR-NIP-01/tmt",
    "NIP.digit: digits 9-14 '{digit}' are not a TMT year and month (or PPPK code) (STR-NIP-01)",
)
_KODE_PPPK = _t(
    "STR-NIP-02/kode-pppk",
    "NIP.digit: digits 13-14 '{digit}' are neither a TMT month (01-12) nor a NI PPPK code "
    "{kode} (STR-NIP-02)",
)
_TMT_SEBELUM_LAHIR = _t(
    "STR-NIP-01/tmt-sebelum-lahir",
    "NIP.digit: TMT '{digit}' is before the birth date {lahir} (STR-NIP-01)",
)
_KELAMIN_DIGIT = _t(
    "STR-NIP-01/jenis-kelamin",
    "NIP.digit: digit 15 (jenis kelamin) must be 1 or 2, got '{digit}' (STR-NIP-01)",
)
_NOMOR_URUT = _t(
    "STR-NIP-01/nomor-urut", "NIP.digit: digits 16-18 (nomor urut) start at 001 (STR-NIP-01)"
)
_KODE_PPPK_TIPE = _t("NIP/kode-pppk-tipe", "kode_pppk: expected int codes, got {diberikan}")
_KODE_PPPK_LUAR = _t(
    "STR-NIP-02/kode-pppk-luar",
    "kode_pppk: [{kode}] cannot mark a NI PPPK; digits 13-14 above the months are 13-99 "
    "(STR-NIP-02)",
)
_USIA_PNS = _t(
    "STR-NIP-03/usia-pns",
    "TMT CPNS {tmt} is at age {usia_tmt}; a {jenis} applies at {usia} at the least (born {lahir})",
)
_USIA_PPPK = _t(
    "STR-NIP-03/usia-pppk",
    "appointed as calon PPPK in {tahun}, the year of age {usia_tahun} at the most; a {jenis} "
    "applies at {usia} at the least (born {lahir})",
)
