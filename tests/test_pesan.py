"""Messages as data (ADR 0017): every message kode renders in Indonesian and English, the
catalogues are complete and current, and no raise site or finding builds its text by hand."""

from __future__ import annotations

import ast
import contextlib
import contextvars
import datetime as dt
import importlib
import pickle
import pkgutil
import re
import string
import threading
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import birokrasi
import katalog_pesan
from birokrasi import InvalidTypeError, InvalidValueError, NotFoundError
from birokrasi.pesan import (
    BAHASA_BAKU,
    Pesan,
    Pilihan,
    Templat,
    bahasa_aktif,
    pakai_bahasa,
    pembuat_templat,
    semua_templat,
    teks_angka,
    teks_tanggal,
    templat,
)

SRC = Path(birokrasi.__file__).resolve().parent
OPSIONAL = {"birokrasi.gambar", "birokrasi.kolom", "birokrasi.testing", "birokrasi.__main__"}


def _semua_modul() -> list[str]:
    nama = [m.name for m in pkgutil.walk_packages(birokrasi.__path__, "birokrasi.")]
    return sorted(n for n in nama if not any(n == o or n.startswith(o + ".") for o in OPSIONAL))


def _impor_semua() -> tuple[Templat, ...]:
    for nama in _semua_modul():
        importlib.import_module(nama)
    for nama in sorted(OPSIONAL - {"birokrasi.__main__"}):
        with contextlib.suppress(ImportError):  # an extra not installed
            importlib.import_module(nama)
    return semua_templat()


SEMUA = _impor_semua()
KODE = [t.kode for t in SEMUA]

# English words that no Indonesian sentence of the catalogues contains; an Indonesian message
# with one of them left a phrase untranslated.
KATA_INGGRIS = re.compile(
    r"\b(the|is|are|must|expected|got|not|of|and|or|with|without|before|after|should|has|have|"
    r"which|when|who|than|no|none|only|at|on|for|from|by|between|given|missing|unknown|cannot)\b"
)


def _contoh_parameter(t: Templat) -> dict[str, object]:
    return {nama: f"<{nama}>" for nama in t.parameter}


def _tanpa_parameter(teks: str) -> str:
    return re.sub(r"\{[A-Za-z_][A-Za-z0-9_]*\}|<[A-Za-z_][A-Za-z0-9_]*>", " ", teks)


def _indonesia(t: Templat) -> str:
    katalog = katalog_pesan.LOKAL / "id" / "LC_MESSAGES" / f"{t.domain}.po"
    return _po(katalog).get(t.kode, "")


_CACHE_PO: dict[Path, dict[str, str]] = {}


def _po(path: Path) -> dict[str, str]:
    if path not in _CACHE_PO:
        from babel.messages.pofile import read_po

        if not path.exists():
            _CACHE_PO[path] = {}
        else:
            with path.open("rb") as f:
                _CACHE_PO[path] = {
                    str(m.context): m.string if "fuzzy" not in m.flags else ""
                    for m in read_po(f)
                    if m.id
                }
    return _CACHE_PO[path]


def _nama(teks: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(teks) if f is not None}


# -- the catalogues ----------------------------------------------------------------------------


def test_catalogues_are_current() -> None:
    """``make pesan`` was run after the last change of a template or a translation: the
    ``.pot``, ``.po`` and ``.mo`` files are what the code and the translations make."""
    assert katalog_pesan.main(["--periksa"]) == 0


def test_every_template_is_extracted() -> None:
    """The catalogue tool sees every template the code declares (none is built at run time,
    out of Babel's reach), and nothing else."""
    diekstrak = {
        m.context: (domain, m.id)
        for domain, katalog in katalog_pesan.templat_per_domain().items()
        for m in katalog
        if m.id
    }
    assert diekstrak == {t.kode: (t.domain, t.teks) for t in SEMUA}


@pytest.mark.parametrize("kode", KODE)
def test_message_renders_in_both_languages(kode: str) -> None:
    """Each message kode has an Indonesian translation with the same parameters, free of
    English words, and renders in both languages with sample parameters."""
    t = templat(kode)
    indonesia = _indonesia(t)
    assert indonesia, f"{kode} has no Indonesian translation in {t.domain}.po"
    assert _nama(indonesia) == t.parameter, f"{kode}: the translation's parameters differ"
    pesan = t(**_contoh_parameter(t))
    en, id_ = pesan.teks("en"), pesan.teks("id")
    for nama in t.parameter:
        assert f"<{nama}>" in en
        assert f"<{nama}>" in id_
    if kode != "TEKS":
        assert not KATA_INGGRIS.findall(_tanpa_parameter(id_).replace("'", " ")), id_
    assert en == t.teks.format_map(_contoh_parameter(t))


def _tafsiran() -> list[str]:
    from birokrasi.katalog import KATALOG

    return sorted({d.tafsiran for a in KATALOG.values() for d in a.semua_dasar if d.tafsiran})


@pytest.mark.parametrize("catatan", _tafsiran(), ids=lambda t: t[:40])
def test_every_interpretation_note_is_in_indonesian(catatan: str) -> None:
    """Each rule's interpretation note (``Dasar.tafsiran``) has an Indonesian text, free of
    English words, that ``Dasar.tafsiran_teks`` returns by default."""
    po = _po_tanpa_konteks(katalog_pesan.LOKAL / "id" / "LC_MESSAGES" / "birokrasi.tafsiran.po")
    indonesia = po.get(catatan, "")
    assert indonesia, "no Indonesian text"
    tanpa_kutipan = re.sub(r'`[^`]*`|"[^"]*"', " ", indonesia)
    assert not KATA_INGGRIS.findall(tanpa_kutipan), indonesia


def _po_tanpa_konteks(path: Path) -> dict[str, str]:
    from babel.messages.pofile import read_po

    with path.open("rb") as f:
        return {str(m.id): m.string for m in read_po(f) if m.id and "fuzzy" not in m.flags}


def test_tafsiran_teks_by_language() -> None:
    from birokrasi.hukum import PERMENPANRB_6_2022, Dasar, Keyakinan

    catatan = _tafsiran()[0]
    d = Dasar(PERMENPANRB_6_2022, pasal="1", keyakinan=Keyakinan.TIDAK_PASTI, tafsiran=catatan)
    assert d.tafsiran_teks("en") == catatan
    with pakai_bahasa("id"):
        assert d.tafsiran_teks() == (
            _po_tanpa_konteks(
                katalog_pesan.LOKAL / "id" / "LC_MESSAGES" / "birokrasi.tafsiran.po"
            ).get(catatan)
            or catatan
        )
    sendiri = Dasar(PERMENPANRB_6_2022, pasal="1", keyakinan=Keyakinan.TIDAK_PASTI, tafsiran="x")
    assert sendiri.tafsiran_teks("id") == "x"
    tanpa = Dasar(PERMENPANRB_6_2022, pasal="1", keyakinan=Keyakinan.SEKUNDER)
    assert tanpa.tafsiran_teks() is None


# -- no hand-built message -------------------------------------------------------------------


def _nama_kelas(dasar: set[str]) -> set[str]:
    """The library's classes deriving (directly or not) from the classes named ``dasar``."""
    kelas = set(dasar)
    pohon = [ast.parse(p.read_text(encoding="utf-8")) for p in SRC.rglob("*.py")]
    berubah = True
    while berubah:
        berubah = False
        for tree in pohon:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in kelas:
                    induk = {ast.unparse(b).split(".")[-1] for b in node.bases}
                    if induk & kelas:
                        kelas.add(node.name)
                        berubah = True
    return kelas


GALAT = _nama_kelas({"BirokrasiError"})
TEMUAN = _nama_kelas({"Pelanggaran"})


def _teks_buatan(node: ast.expr) -> bool:
    """A text built at the call: a literal, an f-string, a concatenation, ``str(...)``,
    ``"...".format(...)`` or ``"...".join(...)``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _teks_buatan(node.left) or _teks_buatan(node.right)
    if isinstance(node, ast.Call):
        f = node.func
        if isinstance(f, ast.Name) and f.id == "str":
            return True
        if isinstance(f, ast.Attribute) and f.attr in {"format", "join", "teks"}:
            return True
    return False


def teks_buatan_tangan(sumber: str) -> list[str]:
    """The calls of a library error or finding class in ``sumber`` whose message is a text
    built at the call instead of a :class:`Pesan`."""
    temuan: list[str] = []
    for node in ast.walk(ast.parse(sumber)):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        nama = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
        if nama in GALAT:
            pesan = node.args[:1]
        elif nama in TEMUAN:
            pesan = node.args[2:3] + [k.value for k in node.keywords if k.arg == "pesan"]
        else:
            continue
        if any(_teks_buatan(a) for a in pesan):
            temuan.append(f"line {node.lineno}: {ast.unparse(node)[:100]}")
    return temuan


MODUL_SUMBER = sorted(p for p in SRC.rglob("*.py") if p.name != "__main__.py")


@pytest.mark.parametrize("path", MODUL_SUMBER, ids=lambda p: str(p.relative_to(SRC.parent)))
def test_no_message_is_built_by_hand(path: Path) -> None:
    """Every error and finding of the library takes a :class:`Pesan` from a template, so its
    text comes from the catalogue in the caller's language."""
    assert teks_buatan_tangan(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    "sumber",
    [
        'raise InvalidValueError(f"x {y}")',
        'raise NotFoundError("no such kode")',
        'raise AuthorityError("a" + b)',
        'raise InvalidTypeError("{}".format(x))',
        "e = OutOfWindowError(str(x))",
        'Pelanggaran(A, s, f"{x} is late")',
        'PelanggaranDistribusi(A, s, pesan="late", jenis=j)',
    ],
)
def test_hand_built_message_check_catches(sumber: str) -> None:
    """The check above flags every way of building a message by hand (so it can fail)."""
    assert teks_buatan_tangan(sumber) != []


def test_hand_built_message_check_passes_a_template() -> None:
    assert teks_buatan_tangan("raise InvalidValueError(_X(nama=n))") == []
    assert teks_buatan_tangan("Pelanggaran(A, s, _TERLAMBAT(tanggal=t))") == []


# -- rendering -------------------------------------------------------------------------------

_t = pembuat_templat("tests.test_pesan")
_UJI = _t("UJI-PESAN-01/contoh", "{nama} is due on {tanggal} with {angka} points")


def test_default_language_is_indonesian() -> None:
    with pakai_bahasa(BAHASA_BAKU):
        assert bahasa_aktif() == "id"


@pytest.mark.bahasa_baku
def test_the_default_context_is_indonesian() -> None:
    """Outside any ``pakai_bahasa`` block, messages are Indonesian."""
    assert bahasa_aktif() == "id"
    with pytest.raises(InvalidValueError) as info:
        birokrasi.Periode(dt.date(2025, 2, 1), dt.date(2025, 1, 1))
    assert str(info.value) == info.value.teks("id")


def test_language_per_call_and_per_context() -> None:
    p = _UJI(nama="Budi", tanggal=dt.date(2025, 1, 31), angka=Fraction(75, 4))
    assert p.teks("en") == "Budi is due on 2025-01-31 with 18.75 points"
    with pakai_bahasa("id"):
        assert bahasa_aktif() == "id"
        with pakai_bahasa("en"):
            assert str(p) == p.teks("en")
        assert bahasa_aktif() == "id"


def test_the_language_is_per_thread() -> None:
    """A thread starts in the default language whatever another thread chose."""
    dilihat: list[str] = []
    with pakai_bahasa("en"):
        t = threading.Thread(target=lambda: dilihat.append(bahasa_aktif()))
        t.start()
        t.join()
        dilihat.append(contextvars.copy_context().run(bahasa_aktif))
    assert dilihat == ["id", "en"]


@pytest.mark.parametrize("bahasa", ["fr", "ID", ""])
def test_an_unknown_language_is_refused(bahasa: str) -> None:
    with pytest.raises(InvalidValueError, match="bahasa"), pakai_bahasa(bahasa):
        pass  # pragma: no cover
    with pytest.raises(InvalidValueError, match="bahasa"):
        _UJI(nama="x", tanggal=dt.date(2025, 1, 1), angka=1).teks(bahasa)


def test_a_language_must_be_text() -> None:
    with pytest.raises(InvalidTypeError, match="bahasa"):
        Pesan.dari_teks("x").teks(1)  # type: ignore[arg-type]


def test_teks_tanggal_writes_the_indonesian_month() -> None:
    bulan = [teks_tanggal(dt.date(2025, m, 1), "id").split()[1] for m in range(1, 13)]
    assert bulan == [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ]  # fmt: skip
    assert teks_tanggal(dt.date(1, 1, 1), "id") == "1 Januari 1"
    assert teks_tanggal(dt.date(9999, 12, 31), "en") == "9999-12-31"
    with pytest.raises(InvalidTypeError, match="tanggal"):
        teks_tanggal("2025-01-01")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("angka", "id_", "en"),
    [
        (Fraction(75, 4), "18,75", "18.75"),
        (Fraction(-1, 8), "-0,125", "-0.125"),
        (Fraction(25, 3), "25/3", "25/3"),
        (Fraction(12), "12", "12"),
        (2025, "2025", "2025"),
        (Decimal("12.50"), "12,50", "12.50"),
        (Decimal("1E+3"), "1000", "1000"),
        (Decimal("NaN"), "NaN", "NaN"),
        (10**5000, "1" + "0" * 5000, "1" + "0" * 5000),
    ],
    ids=lambda x: "besar" if isinstance(x, int) and x > 10**100 else None,
)
def test_teks_angka_uses_the_decimal_comma_in_indonesian(
    angka: int | Fraction | Decimal, id_: str, en: str
) -> None:
    assert (teks_angka(angka, "id"), teks_angka(angka, "en")) == (id_, en)


@pytest.mark.parametrize("bukan", [True, 1.5, "1", None])
def test_teks_angka_refuses_what_is_not_exact(bukan: object) -> None:
    with pytest.raises(InvalidTypeError, match="angka"):
        teks_angka(bukan)  # type: ignore[arg-type]


@given(st.fractions())
def test_teks_angka_reads_back_exactly(angka: Fraction) -> None:
    """The Indonesian text of a number with a finite decimal reads back to the same number."""
    teks = teks_angka(angka, "id")
    if "/" not in teks:
        assert Fraction(teks.replace(",", ".")) == angka


def test_parameters_keep_their_type_and_render_by_language() -> None:
    p = _UJI(nama=Pilihan(("a", "b")), tanggal=dt.date(2025, 12, 31), angka=Decimal("2.5"))
    assert p.data() == {
        "nama": Pilihan(("a", "b")),
        "tanggal": dt.date(2025, 12, 31),
        "angka": Decimal("2.5"),
    }
    assert p.teks("en") == "a or b is due on 2025-12-31 with 2.5 points"
    assert p.kode == "UJI-PESAN-01/contoh"
    assert p.kode_aturan == "UJI-PESAN-01"


_ANEH = type("Aneh", (), {"__str__": lambda s: 1 / 0, "__repr__": lambda s: 1 / 0})()


@pytest.mark.parametrize(
    ("nilai", "id_", "en"),
    [
        (True, "ya", "yes"),
        (False, "tidak", "no"),
        (None, "-", "-"),
        (("x", 2), "x, 2", "x, 2"),
        ([dt.date(2025, 1, 2)], "2 Januari 2025", "2025-01-02"),
        ({"b", "a"}, "a, b", "a, b"),
        (int, "int", "int"),
        (birokrasi.Predikat.BAIK, "Baik", "Baik"),
        (Pesan.dari_teks("inner"), "inner", "inner"),
        (_ANEH, "<Aneh yang tidak dapat ditampilkan>", "<Aneh that cannot be shown>"),
    ],
)  # fmt: skip
def test_a_parameter_renders_safely(nilai: object, id_: str, en: str) -> None:
    t = pembuat_templat("tests.test_pesan")("UJI/nilai", "[{x}]")
    assert (t(x=nilai).teks("id"), t(x=nilai).teks("en")) == (f"[{id_}]", f"[{en}]")


def test_a_template_takes_exactly_its_parameters() -> None:
    with pytest.raises(InvalidTypeError, match="UJI-PESAN-01/contoh"):
        _UJI(nama="x")


@pytest.mark.parametrize("teks", ["{0}", "{x!r}", "{x:>3}", "{x.y}", "{"])
def test_a_template_has_bare_named_parameters(teks: str) -> None:
    with pytest.raises(InvalidValueError, match="UJI/salah"):
        Templat("tests", "UJI/salah", teks)


@pytest.mark.parametrize("kode", ["uji", "UJI/", "UJI/Besar", "UJI-", "UJI/a_b"])
def test_a_message_kode_has_its_form(kode: str) -> None:
    with pytest.raises(InvalidValueError, match="not a message kode"):
        Templat("tests", kode, "x")


def test_a_kode_is_declared_once() -> None:
    with pytest.raises(InvalidValueError, match="declared twice"):
        pembuat_templat("tests.lain")("UJI-PESAN-01/contoh", "another text")
    assert pembuat_templat("tests.test_pesan")("UJI-PESAN-01/contoh", _UJI.teks) is _UJI


def test_templat_looks_a_kode_up() -> None:
    assert templat("TEKS").teks == "{teks}"
    with pytest.raises(NotFoundError, match="NO/SUCH"):
        templat("NO/SUCH")
    with pytest.raises(InvalidTypeError, match="kode"):
        templat(3)  # type: ignore[arg-type]


def test_domain_is_the_folder_of_the_module() -> None:
    assert Templat("birokrasi.kinerja.penilaian.evaluasi", "A", "x").domain == (
        "birokrasi.kinerja.penilaian"
    )
    assert Templat("birokrasi.serial", "A", "x").domain == "birokrasi"
    assert Templat("birokrasi", "A", "x").domain == "birokrasi"


def test_a_free_text_is_shown_as_given() -> None:
    p = Pesan.dari_teks("Catatan instansi")
    assert p.teks("id") == p.teks("en") == "Catatan instansi"
    with pytest.raises(InvalidTypeError, match="teks"):
        Pesan.dari_teks(3)  # type: ignore[arg-type]


def test_an_error_carries_its_message_as_data() -> None:
    with pytest.raises(InvalidValueError) as info:
        birokrasi._validasi.pastikan_bilangan("bulan", 13, 1, 12)
    galat = info.value
    assert galat.kode == "NILAI/antara"
    assert galat.kode_aturan is None
    assert galat.parameter == {"nama": "bulan", "minimum": 1, "maksimum": 12, "diberikan": "13"}
    assert galat.teks("en") == "bulan: must be between 1 and 12, got 13"
    assert galat.teks("id") == "bulan: harus di antara 1 dan 12, diberikan 13"


def test_an_error_and_a_message_pickle() -> None:
    """A worker process (Dask, Spark, multiprocessing) sends errors and findings back."""
    galat = InvalidValueError(_UJI(nama="x", tanggal=dt.date(2025, 1, 1), angka=1))
    kembali = pickle.loads(pickle.dumps(galat))
    assert type(kembali) is InvalidValueError
    assert kembali.pesan == galat.pesan
    assert str(kembali) == str(galat)


@pytest.mark.parametrize("salah", [("m", 3, "x"), (None, "A", "x"), ("m", "A", b"x")])
def test_a_template_of_non_text_is_a_library_error(salah: tuple[object, object, object]) -> None:
    with pytest.raises(InvalidTypeError, match=r"Templat\.(modul|kode|teks): expected str"):
        Templat(*salah)  # type: ignore[arg-type]


def test_an_error_given_text_by_an_app_still_prints() -> None:
    """An app that raises a library error with a text (not a ``Pesan``) still sees its text."""
    assert str(InvalidValueError("teks aplikasi")) == "teks aplikasi"  # type: ignore[arg-type]


def test_repr_names_the_kode_and_never_fails() -> None:
    """A message's ``repr`` shows its kode and parameters, safely: an int past Python's digit
    limit has no ``repr`` of its own."""
    besar = _UJI(nama="x", tanggal=dt.date(2025, 1, 1), angka=10**5000)
    teks = repr(besar)
    assert teks.startswith("Pesan(templat=UJI-PESAN-01/contoh, parameter=((")
    assert "<int that cannot be shown>" in teks


def test_a_translation_whose_parameters_do_not_fit_falls_back_to_english(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A broken catalogue entry (a parameter the template does not have) never makes a
    message fail to render: the English template is used."""
    import gettext

    import birokrasi.pesan as modul

    class Rusak(gettext.NullTranslations):
        def pgettext(self, context: str, message: str) -> str:
            return "{tidak_ada}"

    monkeypatch.setattr(modul, "_terjemahan", lambda domain, bahasa: Rusak())
    p = _UJI(nama="x", tanggal=dt.date(2025, 1, 31), angka=1)
    assert p.teks("id") == "x is due on 31 Januari 2025 with 1 points"


def test_a_parameter_whose_own_rendering_fails_is_named_by_its_type() -> None:
    class Rusak:
        def teks_pesan(self, bahasa: str) -> str:
            raise RuntimeError("rusak")

    t = pembuat_templat("tests.test_pesan")("UJI/rusak", "[{x}]")
    assert t(x=Rusak()).teks("id") == "[<Rusak yang tidak dapat ditampilkan>]"
    assert t(x=Rusak()).teks("en") == "[<Rusak that cannot be shown>]"


@pytest.mark.parametrize(
    ("templat_", "parameter", "cocok"),
    [
        ("UJI", (), "Pesan.templat: expected Templat"),
        (None, [("nama", "x")], "Pesan.parameter: expected a tuple"),
        (None, (("nama", "x"),), "takes the parameters"),
        (None, (("nama", 1), ("nama", 2), ("tanggal", 3)), "takes the parameters"),
        (None, (("angka", 1), ("nama", "x"), ("tanggal", 2), ("pita", 3)), "takes the parameters"),
    ],
)
def test_a_message_built_directly_is_checked(
    templat_: object, parameter: object, cocok: str
) -> None:
    """``Pesan(templat, parameter)`` built by hand must fit its template, so rendering can
    never miss a parameter (make fuzz found a ``KeyError`` from one that did not)."""
    with pytest.raises(InvalidTypeError, match=cocok):
        Pesan(_UJI if templat_ is None else templat_, parameter)  # type: ignore[arg-type]


def test_kode_aturan_of_a_message_wrapping_a_finding() -> None:
    """An act refused for a finding (``evaluasi_kinerja``) and a loading error at a path carry
    the rule of the message they wrap."""
    bungkus = pembuat_templat("tests.test_pesan")("UJI/bungkus", "at {jalur}: {isi}")
    dalam = _UJI(nama="x", tanggal=dt.date(2025, 1, 1), angka=1)
    assert bungkus(jalur="a", isi=dalam).kode_aturan == "UJI-PESAN-01"
    assert bungkus(jalur="a", isi=Pesan.dari_teks("t")).kode_aturan is None
    assert bungkus(jalur="a", isi="teks").kode_aturan is None
