"""The one enum base (birokrasi._enum): labels, parsing, ranking and constant members, tested
once on small enums and then over every enum of the library."""

from __future__ import annotations

import enum
import importlib
import pkgutil

import pytest

import birokrasi
from birokrasi._enum import (
    AnggotaTetap,
    Berlabel,
    Berperingkat,
    Tetap,
    kunci_teks,
    pasang_varian,
)
from birokrasi._publik import TABEL
from birokrasi.errors import BirokrasiError, InvalidTypeError, InvalidValueError
from birokrasi.hukum import JenisPeraturan, Keyakinan
from birokrasi.kinerja.predikat import Rating
from birokrasi.periode import JenisPeriode
from birokrasi.struktur.eselon import Eselon
from birokrasi.struktur.golongan import Golongan
from birokrasi.struktur.jabatan import Jenjang


class Warna(Berlabel):
    MERAH = "Merah Tua"
    HIJAU = "Hijau"


class Nilai(Berperingkat):
    TINGGI = ("Tinggi", "High", 3)
    SEDANG = ("Sedang", "Medium", 2)
    RENDAH = ("Rendah", "Low", 1)


pasang_varian(Nilai, {"Lumayan": "SEDANG"})


class Mutu(Berperingkat):
    BAGUS = ("Bagus", "Good", 3)
    JELEK = ("Jelek", "Bad", 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Merah Tua", Warna.MERAH),
        ("merahtua", Warna.MERAH),
        ("  MERAH   TUA ", Warna.MERAH),
        ("MERAH", Warna.MERAH),
        ("merah_tua", Warna.MERAH),
        ("hijau", Warna.HIJAU),
        (Warna.HIJAU, Warna.HIJAU),
    ],
)
def test_parse_reads_label_and_member_name_in_any_case_or_spacing(
    text: str, expected: Warna
) -> None:
    assert Warna.parse(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"), [("medium", Nilai.SEDANG), ("LUMAYAN", Nilai.SEDANG)]
)
def test_parse_reads_english_label_and_registered_variants(text: str, expected: Nilai) -> None:
    assert Nilai.parse(text) is expected


@pytest.mark.parametrize("text", ["", "Merah Muda", "Lumayan", "Tinggi"])
def test_parse_refuses_other_text_listing_the_labels(text: str) -> None:
    with pytest.raises(InvalidValueError, match=r"Warna.parse: .* accepted labels: 'Merah Tua', "):
        Warna.parse(text)


@pytest.mark.parametrize("text", [1, None, b"Hijau", Nilai.SEDANG])
def test_parse_refuses_what_is_not_text(text: object) -> None:
    with pytest.raises(InvalidTypeError, match=r"Warna.parse: text: expected str"):
        Warna.parse(text)


def test_value_and_str_are_the_label() -> None:
    assert Warna.MERAH.value == Warna.MERAH.label == str(Warna.MERAH) == "Merah Tua"
    assert f"{Nilai.TINGGI}" == "Tinggi"
    assert Warna("Hijau") is Warna.HIJAU


def test_ranked_members_order_by_rank_better_is_greater() -> None:
    assert Nilai.TINGGI > Nilai.SEDANG >= Nilai.SEDANG > Nilai.RENDAH
    assert Nilai.RENDAH < Nilai.SEDANG <= Nilai.TINGGI
    assert not Nilai.RENDAH > Nilai.TINGGI
    assert sorted(Nilai) == [Nilai.RENDAH, Nilai.SEDANG, Nilai.TINGGI]
    assert max(Mutu) is Mutu.BAGUS


@pytest.mark.parametrize("op", ["__lt__", "__le__", "__gt__", "__ge__"])
def test_members_of_different_classes_do_not_compare(op: str) -> None:
    assert getattr(Nilai.TINGGI, op)(Mutu.BAGUS) is NotImplemented
    assert getattr(Nilai.TINGGI, op)(3) is NotImplemented
    with pytest.raises(TypeError):
        _ = Nilai.TINGGI < Mutu.BAGUS
    assert Nilai.TINGGI != Mutu.BAGUS  # type: ignore[comparison-overlap]


def test_unranked_labelled_members_do_not_order() -> None:
    with pytest.raises(TypeError):
        _ = Warna.MERAH < Warna.HIJAU  # type: ignore[operator]


def test_assigning_the_rank_is_refused_and_changes_nothing() -> None:
    with pytest.raises(AnggotaTetap, match=r"Nilai\.TINGGI\.peringkat: enum members are const"):
        Nilai.TINGGI.peringkat = 0
    assert Nilai.TINGGI.peringkat == 3
    assert Nilai.TINGGI > Nilai.RENDAH
    assert issubclass(AnggotaTetap, BirokrasiError)
    assert issubclass(AnggotaTetap, AttributeError)


# -- every enum of the library ------------------------------------------------------------


def _enum_publik() -> list[type[enum.Enum]]:
    kelas = (getattr(importlib.import_module(m), n) for m, daftar in TABEL.items() for n in daftar)
    return [k for k in kelas if isinstance(k, type) and issubclass(k, enum.Enum)]


ENUM = _enum_publik()
BERLABEL = [k for k in ENUM if issubclass(k, Berlabel)]
ANGGOTA_BERLABEL = [m for k in BERLABEL for m in k]


def _nama(nilai: object) -> str:
    return repr(nilai) if isinstance(nilai, enum.Enum) else getattr(nilai, "__name__", "")


def test_the_library_has_labelled_and_ranked_enums() -> None:
    """Guards the discovery below against finding nothing."""
    assert {"Predikat", "Golongan", "Peran", "NilaiBerakhlak"} <= {k.__name__ for k in BERLABEL}
    assert len(ENUM) > len(BERLABEL) > 25


def test_every_enum_of_the_library_uses_the_one_base() -> None:
    """Including enums no public name shows: every module of the library is walked."""
    for info in pkgutil.walk_packages(birokrasi.__path__, "birokrasi."):
        modul = importlib.import_module(info.name)
        for nilai in vars(modul).values():
            if isinstance(nilai, type) and issubclass(nilai, enum.Enum):
                assert issubclass(nilai, Tetap), f"{info.name}.{nilai.__name__}"


@pytest.mark.parametrize("anggota", ANGGOTA_BERLABEL, ids=_nama)
def test_str_of_every_labelled_member_is_its_label(anggota: Berlabel) -> None:
    assert str(anggota) == anggota.label == anggota.value
    assert isinstance(anggota.label, str)
    assert anggota.label.strip()


@pytest.mark.parametrize("anggota", ANGGOTA_BERLABEL, ids=_nama)
def test_every_labelled_member_parses_from_its_label_and_name(anggota: Berlabel) -> None:
    kelas = type(anggota)
    assert kelas.parse(anggota.label) is anggota
    assert kelas.parse(anggota.name) is anggota
    label_en = getattr(anggota, "label_en", None)
    assert label_en is None or kelas.parse(label_en) is anggota


@pytest.mark.parametrize("kelas", ENUM, ids=_nama)
def test_members_of_every_enum_cannot_be_changed(kelas: type[enum.Enum]) -> None:
    for anggota in kelas:
        nama = [n for n in vars(anggota) if not n.startswith("__")]
        sebelum = {n: getattr(anggota, n) for n in nama}
        for n in [*nama, "label", "value", "baru"]:
            with pytest.raises(AnggotaTetap, match=rf"{kelas.__name__}\.{anggota.name}\.{n}:"):
                setattr(anggota, n, None)
            with pytest.raises(AnggotaTetap):
                delattr(anggota, n)
        assert {n: getattr(anggota, n) for n in nama} == sebelum


class _ReprRusak:
    def __repr__(self) -> str:
        raise RuntimeError("repr")


@pytest.mark.parametrize("kelas", ENUM, ids=lambda k: k.__name__)
@pytest.mark.parametrize(
    "nilai",
    ["baik", 10**5000, object(), [1], None, _ReprRusak()],
    ids=["teks", "int_besar", "objek", "list", "none", "repr_rusak"],
)
def test_nilai_tak_dikenal_memberi_galat_pustaka(kelas: type[enum.Enum], nilai: object) -> None:
    """``Predikat("baik")`` (or any unknown value, even an int too large to print or an object
    whose ``repr`` raises) raises the library's InvalidValueError naming the class, never a
    bare ValueError, TypeError or the value's own error."""
    with pytest.raises(InvalidValueError, match=rf"^{kelas.__name__}\(.*not a value of"):
        kelas(nilai)


# -- one shape: every enum has a label, parses, and orders where the regulation orders ------


ANGGOTA = [m for k in ENUM for m in k]


@pytest.mark.parametrize("anggota", ANGGOTA, ids=_nama)
def test_every_member_has_a_label_and_parses_from_it_its_name_and_itself(
    anggota: Tetap,
) -> None:
    kelas = type(anggota)
    assert isinstance(anggota.label, str)
    assert anggota.label.strip()
    for teks in (anggota.label, anggota.name, f"  {anggota.label.upper()} ", anggota):
        assert kelas.parse(teks) is anggota


@pytest.mark.parametrize("kelas", ENUM, ids=lambda k: k.__name__)
def test_every_enum_refuses_unknown_text_naming_itself_and_its_labels(
    kelas: type[Tetap],
) -> None:
    pertama = next(iter(kelas))
    with pytest.raises(InvalidValueError, match=rf"^{kelas.__name__}\.parse: .*accepted labels: "):
        kelas.parse("bukan nilai apa pun")
    assert repr(pertama.label) in str(_galat(kelas))


def _galat(kelas: type[Tetap]) -> InvalidValueError:
    try:
        kelas.parse("bukan nilai apa pun")
    except InvalidValueError as e:
        return e
    raise AssertionError("parse accepted unknown text")  # pragma: no cover


@pytest.mark.parametrize("kelas", ENUM, ids=lambda k: k.__name__)
def test_no_text_parses_to_two_members(kelas: type[Tetap]) -> None:
    """A label or name of one member is never the label or name of another (case and
    spacing ignored), so the parser table is unambiguous."""
    dilihat: dict[str, Tetap] = {}
    for anggota in kelas:
        for teks in {anggota.label, anggota.name}:
            kunci = kunci_teks(teks)
            assert dilihat.setdefault(kunci, anggota) is anggota, (kelas.__name__, teks)


def test_plain_constant_enums_have_labels() -> None:
    assert JenisPeraturan.PERMENPANRB.label == JenisPeraturan.PERMENPANRB.nama
    assert JenisPeraturan.parse("PermenPANRB") is JenisPeraturan.PERMENPANRB
    assert JenisPeriode.TRIWULANAN.label == "Triwulanan"
    assert JenisPeriode.parse("triwulanan") is JenisPeriode.TRIWULANAN
    assert Keyakinan.parse("V*") is Keyakinan.TURUNAN
    assert Keyakinan.TERVERIFIKASI.label == "V"


@pytest.mark.parametrize(
    ("teks", "jenjang"),
    [
        ("Ahli Muda", Jenjang.AHLI_MUDA),
        ("AHLI MUDA", Jenjang.AHLI_MUDA),
        ("Ahli Pertama", Jenjang.AHLI_PERTAMA),
        ("Penyelia", Jenjang.PENYELIA),
        ("JPT Pratama", Jenjang.JPT_PRATAMA),
        ("Pimpinan Tinggi Pratama", Jenjang.JPT_PRATAMA),
        ("Jabatan Pimpinan Tinggi Madya", Jenjang.JPT_MADYA),
        ("Jabatan Pengawas", Jenjang.PENGAWAS),
    ],
)
def test_jenjang_parses_the_spellings_of_siasn_and_the_regulation(
    teks: str, jenjang: Jenjang
) -> None:
    assert Jenjang.parse(teks) is jenjang


def test_jenjang_orders_along_its_ladder_str_jab_01() -> None:
    assert Jenjang.AHLI_PERTAMA < Jenjang.AHLI_MUDA < Jenjang.AHLI_MADYA < Jenjang.AHLI_UTAMA
    assert Jenjang.PENGAWAS < Jenjang.ADMINISTRATOR < Jenjang.JPT_PRATAMA <= Jenjang.JPT_PRATAMA
    assert Jenjang.PENYELIA > Jenjang.MAHIR >= Jenjang.MAHIR
    assert max(Jenjang.AHLI_MUDA.tangga) is Jenjang.AHLI_UTAMA
    assert sorted([Jenjang.MAHIR, Jenjang.PEMULA, Jenjang.PENYELIA]) == [
        Jenjang.PEMULA,
        Jenjang.MAHIR,
        Jenjang.PENYELIA,
    ]


@pytest.mark.parametrize("op", ["__lt__", "__le__", "__gt__", "__ge__"])
def test_jenjang_on_different_ladders_do_not_order(op: str) -> None:
    with pytest.raises(InvalidValueError, match=r"Jenjang: Ahli Muda and Mahir are on differ"):
        getattr(Jenjang.AHLI_MUDA, op)(Jenjang.MAHIR)
    assert getattr(Jenjang.AHLI_MUDA, op)(Rating.SESUAI_EKSPEKTASI) is NotImplemented


def test_eselon_orders_from_v_a_up_to_i_a() -> None:
    assert Eselon.V_A < Eselon.IV_B < Eselon.IV_A < Eselon.III_A < Eselon.II_A < Eselon.I_A
    assert max(Eselon) is Eselon.I_A
    assert Eselon.II_B <= Eselon.II_B <= Eselon.II_A
    assert Eselon.II_A >= Eselon.II_A >= Eselon.II_B
    assert Eselon.parse("III/a") is Eselon.parse("iiia") is Eselon.III_A
    assert Eselon.II_B.__lt__(Golongan.IV_A) is NotImplemented
