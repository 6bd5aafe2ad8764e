"""Table-driven cases an analyst extends without Python: one test per row of tests/kasus/*.csv.

Each CSV file has a header naming its columns (see docs/kasus.md); every row is a case written
in the regulation's own labels, names the rule it rests on (``aturan``, a kode) and has a
``sumber`` (source) that cites one of that rule's ``Dasar`` as the catalogue writes it, saying
where it was read when the rule marks that text as not read itself. A row is parsed with the
library's own parsers (``Rating.parse``, ``Predikat.parse``, ``Golongan.dari_teks``, ...) and
run through the public function it exercises. A malformed file or row fails with a message
naming ``file:line`` and the column, never with a bare traceback. Blank rows and rows whose
first cell starts with ``#`` are skipped (comments).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from pathlib import Path

import pytest

from birokrasi import (
    NIP,
    Golongan,
    Jenjang,
    Pembulatan,
    Periode,
    Predikat,
    PredikatOrganisasi,
    Rating,
    SebagianBesar,
    angka_kredit,
    angka_kredit_integrasi,
    batas_keberatan,
    bulan_angka_kredit,
    periksa_distribusi,
    periksa_golongan,
    periksa_nip,
    predikat_kinerja,
)
from birokrasi.errors import BirokrasiError
from birokrasi.hukum import Keyakinan
from birokrasi.katalog import KATALOG

KASUS = Path(__file__).resolve().parent / "kasus"

Baris = Mapping[str, str]


class KasusRusak(Exception):
    """A malformed CSV file or row (the analyst's input, not a library failure)."""


# -- parsing cells ---------------------------------------------------------------------------


def _sel(baris: Baris, kolom: str) -> str:
    nilai = baris.get(kolom)
    if nilai is None:
        raise KasusRusak(f"column {kolom!r} is missing")
    return nilai.strip()


def _wajib(baris: Baris, kolom: str) -> str:
    nilai = _sel(baris, kolom)
    if not nilai:
        raise KasusRusak(f"column {kolom!r} is empty")
    return nilai


def _parse(baris: Baris, kolom: str, parser: Callable[[str], object]) -> object:
    teks = _wajib(baris, kolom)
    try:
        return parser(teks)
    except (BirokrasiError, ValueError) as e:
        raise KasusRusak(f"column {kolom!r}: {teks!r} is not valid ({e})") from None


def _tanggal(baris: Baris, kolom: str) -> dt.date:
    hasil = _parse(baris, kolom, dt.date.fromisoformat)
    assert isinstance(hasil, dt.date)
    return hasil


def _bool(baris: Baris, kolom: str, *, baku: bool | None = None) -> bool:
    teks = _sel(baris, kolom).lower()
    if not teks and baku is not None:
        return baku
    if teks in ("true", "ya", "yes", "1"):
        return True
    if teks in ("false", "tidak", "no", "0"):
        return False
    raise KasusRusak(f"column {kolom!r}: expected true or false, got {teks!r}")


def _cacah(baris: Baris, kolom: str) -> int:
    teks = _wajib(baris, kolom)
    if not teks.isdigit():
        raise KasusRusak(f"column {kolom!r}: expected a whole number >= 0, got {teks!r}")
    return int(teks)


def _pecahan(baris: Baris, kolom: str) -> Fraction:
    """An exact number: a fraction ``25/12`` or a decimal ``18.75`` (never rounded)."""
    teks = _wajib(baris, kolom)
    try:
        if "/" in teks:
            pembilang, penyebut = teks.split("/")
            return Fraction(int(pembilang), int(penyebut))
        return Fraction(Decimal(teks))
    except (ValueError, ZeroDivisionError, InvalidOperation):
        raise KasusRusak(
            f"column {kolom!r}: expected an exact number like 25/12 or 18.75, got {teks!r}"
        ) from None


def _jenjang(teks: str) -> Jenjang:
    for j in Jenjang:
        if teks.lower() in (j.label.lower(), j.name.lower()):
            return j
    raise KasusRusak(f"unknown jenjang (expected one of {[j.label for j in Jenjang]})")


def _pilih(baris: Baris, kolom: str, parser: Callable[[str], object], tipe: type) -> object:
    hasil = _parse(baris, kolom, parser)
    assert isinstance(hasil, tipe)
    return hasil


# -- the cases, one function per file ---------------------------------------------------------


def kasus_kuadran(baris: Baris) -> None:
    """KIN-PREDIKAT-01: the predikat for two ratings."""
    hasil = _pilih(baris, "rating_hasil_kerja", Rating.parse, Rating)
    perilaku = _pilih(baris, "rating_perilaku_kerja", Rating.parse, Rating)
    harap = _pilih(baris, "predikat_diharapkan", Predikat.parse, Predikat)
    assert isinstance(hasil, Rating)
    assert isinstance(perilaku, Rating)
    assert predikat_kinerja(hasil, perilaku) is harap


_KOLOM_PREDIKAT = {
    "sangat_baik": Predikat.SANGAT_BAIK,
    "baik": Predikat.BAIK,
    "butuh_perbaikan": Predikat.BUTUH_PERBAIKAN,
    "kurang": Predikat.KURANG,
    "sangat_kurang": Predikat.SANGAT_KURANG,
}


def _pembulatan(baris: Baris) -> Pembulatan:
    teks = _sel(baris, "pembulatan").lower() if "pembulatan" in baris else ""
    if not teks:
        return Pembulatan.SEKETAT_MUNGKIN
    try:
        return Pembulatan(teks)
    except ValueError:
        raise KasusRusak(
            f"column 'pembulatan': expected {[p.value for p in Pembulatan]} or empty, got {teks!r}"
        ) from None


def _sebagian_besar(baris: Baris) -> SebagianBesar | None:
    teks = _sel(baris, "sebagian_besar").lower() if "sebagian_besar" in baris else ""
    if not teks:
        return SebagianBesar.LEBIH_DARI_SEPARUH
    if teks == "tanpa":
        return None
    try:
        return SebagianBesar(teks)
    except ValueError:
        raise KasusRusak(
            f"column 'sebagian_besar': expected {[p.value for p in SebagianBesar]}, 'tanpa' "
            f"or empty, got {teks!r}"
        ) from None


def kasus_distribusi(baris: Baris) -> None:
    """KIN-DIST-01..05: the kodes of the breaches of a unit's counts per predikat."""
    po = _pilih(baris, "predikat_organisasi", PredikatOrganisasi.parse, PredikatOrganisasi)
    assert isinstance(po, PredikatOrganisasi)
    predikat = [p for kolom, p in _KOLOM_PREDIKAT.items() for _ in range(_cacah(baris, kolom))]
    temuan = periksa_distribusi(
        po,
        predikat,
        tanggal=_tanggal(baris, "tanggal"),
        pembulatan=_pembulatan(baris),
        sebagian_besar=_sebagian_besar(baris),
    )
    harap = _sel(baris, "pelanggaran_diharapkan").split()
    assert sorted(p.kode for p in temuan) == sorted(harap), [str(p) for p in temuan]


def _periode(baris: Baris) -> Periode | None:
    """The evaluated period ``mulai``..``tanggal``, or ``None`` when ``mulai`` is empty."""
    if "mulai" not in baris or not _sel(baris, "mulai"):
        return None
    try:
        return Periode(_tanggal(baris, "mulai"), _tanggal(baris, "tanggal"))
    except BirokrasiError as e:
        raise KasusRusak(f"columns 'mulai' and 'tanggal': {e}") from None


def kasus_angka_kredit(baris: Baris) -> None:
    """KAR-AK-01..03: the exact angka kredit of a jenjang, predikat and number of months, and
    (given the period's first day ``mulai``) the months that period earns."""
    jenjang = _pilih(baris, "jenjang", _jenjang, Jenjang)
    predikat = _pilih(baris, "predikat", Predikat.parse, Predikat)
    assert isinstance(jenjang, Jenjang)
    assert isinstance(predikat, Predikat)
    bulan = _cacah(baris, "bulan")
    periode = _periode(baris)
    if periode is not None:
        assert bulan_angka_kredit(periode) == bulan, f"{periode} earns another number of months"
    hasil = angka_kredit(jenjang, predikat, bulan=bulan, tanggal=_tanggal(baris, "tanggal"))
    assert hasil == _pecahan(baris, "angka_kredit_diharapkan")


def kasus_integrasi(baris: Baris) -> None:
    """KAR-AK-09: the integrated angka kredit of a konvensional accumulation."""
    jenjang = _pilih(baris, "jenjang", _jenjang, Jenjang)
    golongan = _pilih(baris, "golongan", Golongan.dari_teks, Golongan)
    assert isinstance(jenjang, Jenjang)
    assert isinstance(golongan, Golongan)
    hasil = angka_kredit_integrasi(
        _pecahan(baris, "akumulasi_konvensional"),
        jenjang=jenjang,
        golongan=golongan,
        tanggal=_tanggal(baris, "tanggal"),
    )
    assert hasil == _pecahan(baris, "angka_kredit_integrasi_diharapkan")


def kasus_golongan(baris: Baris) -> None:
    """STR-GOL-01: whether a golongan fits the range of a JF jenjang."""
    jenjang = _pilih(baris, "jenjang", _jenjang, Jenjang)
    golongan = _pilih(baris, "golongan", Golongan.dari_teks, Golongan)
    assert isinstance(jenjang, Jenjang)
    assert isinstance(golongan, Golongan)
    sesuai = not periksa_golongan(jenjang, golongan, "kasus")
    assert sesuai is _bool(baris, "sesuai")


def kasus_nip(baris: Baris) -> None:
    """STR-NIP-01/02: a NIP is valid (of the given jenis ASN) or refused naming the bad part."""
    teks = _wajib(baris, "nip")
    if _bool(baris, "valid"):
        nip = NIP.dari_teks(teks)
        jenis = _sel(baris, "jenis_asn")
        assert not jenis or nip.jenis_asn.name == jenis.upper()
        return
    bagian = _wajib(baris, "bagian_salah")
    with pytest.raises(BirokrasiError) as e:
        NIP.dari_teks(teks)
    assert bagian.lower() in str(e.value).lower(), str(e.value)


def kasus_usia_pengangkatan(baris: Baris) -> None:
    """STR-NIP-03: whether the appointment a NIP shows is at the minimum age to apply."""
    nip = _pilih(baris, "nip", NIP.dari_teks, NIP)
    assert isinstance(nip, NIP)
    assert (periksa_nip(nip) == ()) is _bool(baris, "usia_cukup")


def kasus_keberatan(baris: Baris) -> None:
    """KIN-KEBERATAN-01: whether an objection filed on a date is within the deadline."""
    diterima = _tanggal(baris, "tanggal_hasil")
    diajukan = _tanggal(baris, "tanggal_ajukan")
    hari_kerja = _bool(baris, "hari_kerja", baku=False) if "hari_kerja" in baris else False
    tepat = diajukan <= batas_keberatan(diterima, hari_kerja=hari_kerja)
    assert tepat is _bool(baris, "tepat_waktu")


KASUS_PER_FILE: Mapping[str, tuple[Callable[[Baris], None], tuple[str, ...]]] = {
    "kuadran.csv": (kasus_kuadran, ("rating_hasil_kerja", "rating_perilaku_kerja")),
    "distribusi.csv": (
        kasus_distribusi,
        ("predikat_organisasi", "tanggal", *_KOLOM_PREDIKAT, "pelanggaran_diharapkan"),
    ),
    "angka_kredit.csv": (
        kasus_angka_kredit,
        ("jenjang", "predikat", "bulan", "tanggal", "angka_kredit_diharapkan"),
    ),
    "integrasi.csv": (
        kasus_integrasi,
        (
            "jenjang",
            "golongan",
            "akumulasi_konvensional",
            "tanggal",
            "angka_kredit_integrasi_diharapkan",
        ),
    ),
    "golongan.csv": (kasus_golongan, ("jenjang", "golongan", "sesuai")),
    "nip.csv": (kasus_nip, ("nip", "valid")),
    "usia_pengangkatan.csv": (kasus_usia_pengangkatan, ("nip", "usia_cukup")),
    "keberatan.csv": (kasus_keberatan, ("tanggal_hasil", "tanggal_ajukan", "tepat_waktu")),
}
"""Each CSV file: the function running one row and the columns it requires (plus ``aturan``
and ``sumber``)."""

ATURAN_PER_FILE: Mapping[str, frozenset[str]] = {
    "kuadran.csv": frozenset({"KIN-PREDIKAT-01"}),
    "distribusi.csv": frozenset(f"KIN-DIST-0{i}" for i in range(1, 6)),
    "angka_kredit.csv": frozenset({"KAR-AK-01", "KAR-AK-02", "KAR-AK-03"}),
    "integrasi.csv": frozenset({"KAR-AK-09"}),
    "golongan.csv": frozenset({"STR-GOL-01"}),
    "nip.csv": frozenset({"STR-NIP-01", "STR-NIP-02"}),
    "usia_pengangkatan.csv": frozenset({"STR-NIP-03"}),
    "keberatan.csv": frozenset({"KIN-KEBERATAN-01"}),
}
"""The rules a row of each file may rest on (its ``aturan``)."""

_DIBACA = (Keyakinan.TERVERIFIKASI, Keyakinan.TURUNAN)
"""Marks of a citation whose own wording (or a derivative copying it) was read."""


def periksa_sumber(nama: str, baris: Baris) -> None:
    """Raise :class:`KasusRusak` unless the row's ``sumber`` names one of the citations
    (``Dasar``) of its rule ``aturan`` as the catalogue writes it (``str(dasar)``) and, when no
    named citation was read itself (its mark is S or U), says where it was read
    (``read in ...``)."""
    kode = _wajib(baris, "aturan")
    if kode not in ATURAN_PER_FILE[nama]:
        raise KasusRusak(
            f"column 'aturan': {kode!r} is not a rule {nama} checks "
            f"(one of {sorted(ATURAN_PER_FILE[nama])})"
        )
    sumber = _wajib(baris, "sumber")
    dasar = KATALOG[kode].semua_dasar
    disebut = [d for d in dasar if str(d) in sumber]
    if not disebut:
        raise KasusRusak(
            f"column 'sumber' cites none of {kode}'s Dasar; write one of {[str(d) for d in dasar]}"
        )
    if "read in " not in sumber and all(d.keyakinan not in _DIBACA for d in disebut):
        raise KasusRusak(
            f"column 'sumber': {kode} marks {disebut[0]} {disebut[0].keyakinan.value}, its text "
            "was not read itself; say where the value was read ('..., read in <where>')"
        )


# -- reading the files --------------------------------------------------------------------------


def baca(path: Path) -> Iterator[tuple[str, Baris | KasusRusak]]:
    """``(id, row)`` for every case row of ``path`` (id ``file:line``), or ``(id, error)``
    when the file or the row is malformed."""
    nama = path.name
    if nama not in KASUS_PER_FILE:
        yield f"{nama}:1", KasusRusak(f"no runner for {nama}; known: {sorted(KASUS_PER_FILE)}")
        return
    _, kolom = KASUS_PER_FILE[nama]
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = [h.strip() for h in next(reader, [])]
        kurang = [k for k in (*kolom, "aturan", "sumber") if k not in header]
        if kurang:
            yield f"{nama}:1", KasusRusak(f"header lacks the column(s) {kurang}")
            return
        for sel in reader:
            lokasi = f"{nama}:{reader.line_num}"
            if not any(s.strip() for s in sel) or sel[0].lstrip().startswith("#"):
                continue
            if len(sel) != len(header):
                yield (
                    lokasi,
                    KasusRusak(
                        f"{len(sel)} cells for {len(header)} columns (a comma inside a value "
                        'must be quoted: "a, b")'
                    ),
                )
                continue
            baris = dict(zip(header, sel, strict=True))
            if not baris["sumber"].strip():
                yield lokasi, KasusRusak("column 'sumber' is empty: every case cites its source")
                continue
            yield lokasi, baris


def _semua() -> list[object]:
    params: list[object] = []
    for path in sorted(KASUS.glob("*.csv")):
        for lokasi, baris in baca(path):
            params.append(pytest.param(path.name, lokasi, baris, id=lokasi))
    return params


@pytest.mark.parametrize(("nama", "lokasi", "baris"), _semua())
def test_kasus(nama: str, lokasi: str, baris: Baris | KasusRusak) -> None:
    """One row of tests/kasus/*.csv, run through the library."""
    if isinstance(baris, KasusRusak):
        pytest.fail(f"{lokasi}: malformed: {baris}", pytrace=False)
    jalankan, _ = KASUS_PER_FILE[nama]
    try:
        jalankan(baris)
    except KasusRusak as e:
        pytest.fail(f"{lokasi}: malformed: {e}", pytrace=False)
    except AssertionError as e:
        pytest.fail(f"{lokasi}: the library disagrees with this row {dict(baris)}: {e}")


@pytest.mark.parametrize(("nama", "lokasi", "baris"), _semua())
def test_kasus_sumber_cites_its_rules_dasar(
    nama: str, lokasi: str, baris: Baris | KasusRusak
) -> None:
    """A row's source is a citation of its rule as the catalogue records it, and says where a
    text marked as not read (S, U) was read: test data never claims more than the rule does."""
    if isinstance(baris, KasusRusak):
        pytest.fail(f"{lokasi}: malformed: {baris}", pytrace=False)
    try:
        periksa_sumber(nama, baris)
    except KasusRusak as e:
        pytest.fail(f"{lokasi}: {e}", pytrace=False)


def test_every_file_has_cases() -> None:
    """Every runner has its CSV file, and each file has at least one case."""
    jumlah = Counter(str(p.values[0]) for p in _semua())  # type: ignore[attr-defined]
    assert sorted(jumlah) == sorted(KASUS_PER_FILE)


# -- the reader itself reports malformed input ----------------------------------------------------


def _tulis(tmp_path: Path, nama: str, isi: str) -> list[tuple[str, Baris | KasusRusak]]:
    path = tmp_path / nama
    path.write_text(isi, encoding="utf-8")
    return list(baca(path))


def test_malformed_file_and_rows_are_named(tmp_path: Path) -> None:
    [(lokasi, galat)] = _tulis(tmp_path, "lain.csv", "a\n1\n")
    assert lokasi == "lain.csv:1"
    assert "no runner" in str(galat)
    [(lokasi, galat)] = _tulis(tmp_path, "golongan.csv", "jenjang,golongan\nMahir,III/a\n")
    assert lokasi == "golongan.csv:1"
    assert "['sesuai', 'aturan', 'sumber']" in str(galat)
    hasil = _tulis(
        tmp_path,
        "golongan.csv",
        "jenjang,golongan,sesuai,aturan,sumber\n\n# komentar,,,,\nMahir,III/a,true,STR-GOL-01\n"
        "Mahir,III/a,true,STR-GOL-01,\nMahir,III/a,true,STR-GOL-01,x\n",
    )
    assert [lokasi for lokasi, _ in hasil] == ["golongan.csv:4", "golongan.csv:5", "golongan.csv:6"]
    assert "4 cells for 5 columns" in str(hasil[0][1])
    assert "sumber" in str(hasil[1][1])
    assert hasil[2][1] == {
        "jenjang": "Mahir",
        "golongan": "III/a",
        "sesuai": "true",
        "aturan": "STR-GOL-01",
        "sumber": "x",
    }


_GOL = "PermenPANRB 1/2023 Lampiran tabel angka kredit kumulatif kenaikan pangkat"


@pytest.mark.parametrize(
    ("nama", "aturan", "sumber", "pesan"),
    [
        ("kuadran.csv", "KIN-PREDIKAT-01", "PermenPANRB 6/2022 Lampiran kuadran kinerja pegawai",
         "was not read itself"),
        ("golongan.csv", "STR-GOL-01", f"{_GOL} (golongan columns)", "was not read itself"),
        ("golongan.csv", "STR-GOL-01", "PermenPANRB 1/2023 Lampiran AKK", "cites none"),
        ("golongan.csv", "KIN-PREDIKAT-01", f"{_GOL}, read in x", "not a rule golongan.csv"),
        ("golongan.csv", "", "x", "'aturan' is empty"),
    ],
)  # fmt: skip
def test_sumber_that_claims_more_than_its_rule_is_refused(
    nama: str, aturan: str, sumber: str, pesan: str
) -> None:
    """E3 of the December 2026 audit: the kuadran rows cited a Lampiran the rule says was not
    read. Such a row, a source citing nothing of its rule, or a rule of another file fail."""
    with pytest.raises(KasusRusak, match=pesan):
        periksa_sumber(nama, {"aturan": aturan, "sumber": sumber})


def test_sumber_of_a_read_text_or_saying_where_it_was_read_passes() -> None:
    periksa_sumber("golongan.csv", {"aturan": "STR-GOL-01", "sumber": f"{_GOL}, read in x"})
    periksa_sumber(
        "angka_kredit.csv",
        {"aturan": "KAR-AK-01", "sumber": "Peraturan BKN 3/2023 Pasal 1 angka 9: 12.5"},
    )


@pytest.mark.parametrize(
    ("fungsi", "baris", "pesan"),
    [
        (kasus_golongan, {"jenjang": "Mahir", "golongan": "III/f", "sesuai": "true"}, "III/f"),
        (kasus_golongan, {"jenjang": "Guru", "golongan": "III/a", "sesuai": "true"}, "jenjang"),
        (kasus_golongan, {"jenjang": "Mahir", "golongan": "III/a", "sesuai": "mungkin"}, "true"),
        (kasus_golongan, {"jenjang": "", "golongan": "III/a", "sesuai": "true"}, "empty"),
        (kasus_golongan, {"golongan": "III/a", "sesuai": "true"}, "missing"),
        (kasus_kuadran, {"rating_hasil_kerja": "Bagus"}, "rating_hasil_kerja"),
        (kasus_keberatan, {"tanggal_hasil": "10/01/2025"}, "tanggal_hasil"),
        (
            kasus_angka_kredit,
            {
                "jenjang": "Ahli Pertama",
                "predikat": "Baik",
                "bulan": "dua",
                "tanggal": "2025-01-01",
            },
            "whole number",
        ),
        (
            kasus_angka_kredit,
            {
                "jenjang": "Ahli Pertama",
                "predikat": "Baik",
                "bulan": "2",
                "tanggal": "2025-02-28",
                "angka_kredit_diharapkan": "2,08",
            },
            "exact number",
        ),
        (
            kasus_angka_kredit,
            {
                "jenjang": "Ahli Pertama",
                "predikat": "Baik",
                "bulan": "2",
                "mulai": "2025-03-01",
                "tanggal": "2025-02-28",
            },
            "'mulai' and 'tanggal'",
        ),
        (
            kasus_distribusi,
            {
                "predikat_organisasi": "Baik",
                "tanggal": "2025-12-31",
                **dict.fromkeys(_KOLOM_PREDIKAT, "1"),
                "pembulatan": "kira-kira",
                "pelanggaran_diharapkan": "",
            },
            "pembulatan",
        ),
        (
            kasus_distribusi,
            {
                "predikat_organisasi": "Baik",
                "tanggal": "2025-12-31",
                **dict.fromkeys(_KOLOM_PREDIKAT, "1"),
                "sebagian_besar": "mayoritas",
                "pelanggaran_diharapkan": "",
            },
            "sebagian_besar",
        ),
    ],
)
def test_malformed_cells_are_named(
    fungsi: Callable[[Baris], None], baris: Baris, pesan: str
) -> None:
    with pytest.raises(KasusRusak, match=pesan):
        fungsi(baris)
