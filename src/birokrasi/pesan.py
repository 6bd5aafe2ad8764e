"""Messages as data: every finding and error carries a :class:`Pesan`, a message kode with its
parameters, and its text is rendered from a GNU gettext catalogue in the language asked for.

A module declares its messages once, next to the rules they report, as :class:`Templat` values
made by :func:`pembuat_templat`; the English template is the catalogue's ``msgid`` and the
message kode its ``msgctxt``. Indonesian (``"id"``) is the default language; English (``"en"``)
is always available. The language is chosen per call (``pesan.teks("en")``) or per context
(``with pakai_bahasa("en"): ...``, a :mod:`contextvars` variable, so each thread, task or
request has its own); the library never reads the process environment to choose it (ADR 0017).

>>> import datetime as dt
>>> teks_tanggal(dt.date(2025, 1, 31), "id"), teks_tanggal(dt.date(2025, 1, 31), "en")
('31 Januari 2025', '2025-01-31')
>>> teks_angka(Fraction(75, 4), "id"), teks_angka(Fraction(75, 4), "en")
('18,75', '18.75')
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as _dt
import decimal
import enum
import gettext
import io
import re
import string
from collections.abc import Callable, Iterator
from decimal import Decimal
from fractions import Fraction
from functools import cache
from importlib import resources
from typing import Final

import attrs

from birokrasi.errors import InvalidTypeError, InvalidValueError, NotFoundError

__all__ = [
    "BAHASA",
    "BAHASA_BAKU",
    "POLA_KODE_ATURAN",
    "POLA_KODE_PESAN",
    "Pesan",
    "Pilihan",
    "Templat",
    "bahasa_aktif",
    "desimal_tepat",
    "pakai_bahasa",
    "pastikan_bahasa",
    "pembuat_templat",
    "semua_templat",
    "teks_angka",
    "teks_tanggal",
    "templat",
    "terjemahkan",
]

BAHASA: Final = ("id", "en")
"""The languages of the catalogues: Indonesian and English."""

BAHASA_BAKU: Final = "id"
"""The language used when none is chosen: Indonesian, the language of the regulations and of
the civil servants who read the findings."""

POLA_KODE_ATURAN: Final = re.compile(r"^[A-Z]{2,}(?:-[A-Z0-9]+)+-\d{2}$")
"""A rule's kode: ``AREA-TOPIC-NN`` (``KIN-PREDIKAT-01``)."""

POLA_KODE_PESAN: Final = re.compile(
    r"^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)?$"
)
"""A message's kode: the rule it reports (``SK-TIM-03``) or an area (``NIP``), then optionally
``/`` and a slug naming the case (``SK-TIM-03/dua-ketua``, ``NIP/panjang``)."""

_BAHASA: contextvars.ContextVar[str] = contextvars.ContextVar("birokrasi_bahasa", default="id")

_BULAN = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


# -- safe rendering of values -----------------------------------------------------------------


def _singkat(ubah: Callable[[object], str], value: object) -> str:
    try:
        text = ubah(value)
    except Exception:
        text = f"<{type(value).__name__} that cannot be shown>"
    return text if len(text) <= 60 else text[:57] + "..."


def describe(value: object) -> str:
    """A short, safe rendering of a bad value for an error message; it never fails, even for
    an int past Python's digit limit or an object whose ``repr`` raises."""
    return f"{_singkat(repr, value)} ({type(value).__name__})"


def render(value: object) -> str:
    """``str(value)`` for an error message (``got 13``), as safe and short as
    :func:`describe`: an int past Python's digit limit cannot be formatted with ``str``."""
    return _singkat(str, value)


def teks_bulat(n: int) -> str:
    """The decimal digits of ``n`` for a finding or an explanation, exact at any size (``str``
    refuses an int past Python's digit limit; ``Decimal`` does not)."""
    return str(Decimal(n))


# -- the language ------------------------------------------------------------------------------


def pastikan_bahasa(bahasa: str | None) -> str:
    """The language to render in: ``bahasa`` when it is one of :data:`BAHASA`, the context's
    (:func:`bahasa_aktif`) when it is ``None``; a library error otherwise."""
    return _BAHASA.get() if bahasa is None else _pastikan_bahasa(bahasa)


def _pastikan_bahasa(bahasa: object) -> str:
    if not isinstance(bahasa, str):
        raise InvalidTypeError(_BAHASA_BUKAN_TEKS(diberikan=describe(bahasa)))
    if bahasa not in BAHASA:
        raise InvalidValueError(_BAHASA_TIDAK_DIKENAL(diberikan=render(bahasa), bahasa=BAHASA))
    return bahasa


def bahasa_aktif() -> str:
    """The language of the current context: the innermost :func:`pakai_bahasa`, else
    :data:`BAHASA_BAKU`."""
    return _BAHASA.get()


@contextlib.contextmanager
def pakai_bahasa(bahasa: str) -> Iterator[str]:
    """Render messages in ``bahasa`` (``"id"`` or ``"en"``) inside the ``with`` block, in this
    context only (a thread, an asyncio task or a request handler has its own).

    >>> with pakai_bahasa("en"):
    ...     bahasa_aktif()
    'en'
    >>> bahasa_aktif()
    'id'
    """
    token = _BAHASA.set(_pastikan_bahasa(bahasa))
    try:
        yield bahasa
    finally:
        _BAHASA.reset(token)


# -- dates and numbers ---------------------------------------------------------------------


def teks_tanggal(tanggal: _dt.date, bahasa: str | None = None) -> str:
    """A date as a message writes it: ``31 Januari 2025`` in Indonesian, ``2025-01-31``
    (ISO 8601) in English."""
    if not isinstance(tanggal, _dt.date):
        raise InvalidTypeError(_TANGGAL_BUKAN_DATE(diberikan=describe(tanggal)))
    b = pastikan_bahasa(bahasa)
    if b == "id" and not isinstance(tanggal, _dt.datetime):
        return f"{tanggal.day} {_BULAN[tanggal.month - 1]} {tanggal.year}"
    return tanggal.isoformat()


def desimal_tepat(x: Fraction) -> Decimal | None:
    """``x`` as an exact :class:`~decimal.Decimal` when it has a finite decimal form (its
    denominator divides a power of 10), else ``None``; exact at any size."""
    penyebut = x.denominator
    for faktor in (2, 5):
        while penyebut % faktor == 0:
            penyebut //= faktor
    if penyebut != 1:
        return None
    with decimal.localcontext() as ctx:
        ctx.prec = _digit(x.numerator) + x.denominator.bit_length() + 2
        ctx.Emax, ctx.Emin = decimal.MAX_EMAX, decimal.MIN_EMIN
        ctx.traps[decimal.Inexact] = True
        hasil: Decimal = Decimal(x.numerator) / Decimal(x.denominator)
        return hasil


def _digit(n: int) -> int:
    """At least the number of decimal digits of ``n`` (``str`` refuses ints past Python's
    digit limit). A quotient by 2**a * 5**b has at most ``max(a, b)`` (fewer than the
    denominator's bits) more significant digits than its numerator."""
    return abs(n).bit_length() * 30103 // 100000 + 1


def teks_angka(angka: int | Fraction | Decimal, bahasa: str | None = None) -> str:
    """An exact number as a message writes it: a decimal comma in Indonesian (``18,75``), a
    decimal point in English (``18.75``). A fraction without a finite decimal stays a fraction
    (``25/3``); digits are never grouped (a year stays ``2025``)."""
    b = pastikan_bahasa(bahasa)
    if isinstance(angka, bool) or not isinstance(angka, int | Fraction | Decimal):
        raise InvalidTypeError(_ANGKA_BUKAN_EKSAK(diberikan=describe(angka)))
    if isinstance(angka, int):
        teks = teks_bulat(angka)
    elif isinstance(angka, Decimal):
        teks = format(angka, "f") if angka.is_finite() else str(angka)
    else:
        tepat = desimal_tepat(angka)
        if tepat is None:
            return f"{teks_bulat(angka.numerator)}/{teks_bulat(angka.denominator)}"
        teks = format(tepat, "f")
    return teks.replace(".", ",") if b == "id" else teks


# -- templates and messages ----------------------------------------------------------------


def _nama_parameter(kode: str, teks: str) -> frozenset[str]:
    nama: set[str] = set()
    try:
        bagian = list(string.Formatter().parse(teks))
    except ValueError:
        raise InvalidValueError(_TEMPLAT_KURUNG(kode=kode)) from None
    for _, field, spec, conversion in bagian:
        if field is None:
            continue
        if not field.isidentifier() or spec or conversion:
            raise InvalidValueError(_TEMPLAT_PARAMETER(kode=kode, nama=render(field)))
        nama.add(field)
    return frozenset(nama)


def _teks_templat(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise InvalidTypeError(
            _TEMPLAT_TIPE(nama=f"Templat.{attribute.name}", diberikan=describe(value))
        )


@attrs.frozen
class Templat:
    """A message as declared in the code: its kode (the catalogue's ``msgctxt``), its English
    text with ``{named}`` parameters (the ``msgid``) and the module that declares it, whose
    folder names the catalogue (``birokrasi.kinerja.penilaian``). Calling it with the
    parameters gives a :class:`Pesan`."""

    modul: str = attrs.field(validator=_teks_templat)
    kode: str = attrs.field(validator=_teks_templat)
    teks: str = attrs.field(validator=_teks_templat)
    parameter: frozenset[str] = attrs.field(init=False, eq=False, repr=False)

    @kode.validator
    def _cek_kode(self, attribute: attrs.Attribute[str], value: str) -> None:
        if not POLA_KODE_PESAN.fullmatch(value):
            raise InvalidValueError(_TEMPLAT_KODE(diberikan=render(repr(value))))

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "parameter", _nama_parameter(self.kode, self.teks))

    @property
    def domain(self) -> str:
        """The gettext domain: the folder of the declaring module (``birokrasi`` for the
        top-level modules)."""
        bagian = self.modul.split(".")
        return ".".join(bagian[:-1]) if len(bagian) > 1 else self.modul

    def __call__(self, **parameter: object) -> Pesan:
        if set(parameter) != self.parameter:
            raise InvalidTypeError(
                _TEMPLAT_ARGUMEN(
                    kode=self.kode,
                    parameter=tuple(sorted(self.parameter)),
                    diberikan=tuple(sorted(parameter)),
                )
            )
        return Pesan(self, tuple(sorted((k, _beku(v)) for k, v in parameter.items())))


_TEMPLAT: dict[str, Templat] = {}


def pembuat_templat(modul: str) -> Callable[[str, str], Templat]:
    """The maker of a module's templates: ``_t = pembuat_templat(__name__)``, then
    ``_DUA_KETUA = _t("SK-TIM-03/dua-ketua", "two ketua at once on {tanggal}")``. Each kode
    is declared once in the library (a second declaration raises at import); the catalogue
    tool extracts the calls by the name ``_t``."""

    def _t(kode: str, teks: str) -> Templat:
        baru = Templat(modul, kode, teks)
        lama = _TEMPLAT.setdefault(kode, baru)
        if lama != baru:
            raise InvalidValueError(_TEMPLAT_GANDA(kode=kode, lama=lama.modul, baru=modul))
        return lama

    return _t


def templat(kode: str) -> Templat:
    """The template declared under ``kode`` by a module already imported."""
    if not isinstance(kode, str):
        raise InvalidTypeError(_KODE_BUKAN_TEKS(diberikan=describe(kode)))
    try:
        return _TEMPLAT[kode]
    except KeyError:
        raise NotFoundError(_KODE_TIDAK_DIKENAL(kode=render(kode))) from None


def semua_templat() -> tuple[Templat, ...]:
    """Every template declared by the modules imported so far, by kode."""
    return tuple(_TEMPLAT[k] for k in sorted(_TEMPLAT))


def _beku(value: object) -> object:
    if isinstance(value, list):
        return tuple(_beku(x) for x in value)
    if isinstance(value, set):
        return frozenset(value)
    return value


def _kode_saja(templat: Templat) -> str:
    return templat.kode


def _repr_parameter(parameter: tuple[tuple[str, object], ...]) -> str:
    """The parameters for ``repr``, each value as safe and short as in an error message (an
    int past Python's digit limit has no ``repr``)."""
    isi = ", ".join(f"({k!r}, {_singkat(repr, v)})" for k, v in parameter)
    return f"({isi},)" if len(parameter) == 1 else f"({isi})"


@attrs.frozen
class Pesan:
    """A message as data: its :class:`Templat` and the parameters (``(name, value)`` pairs,
    sorted by name). :meth:`teks` renders it; ``str()`` renders it in the context's language.

    The values keep their type (a ``date``, a ``Fraction``, a ``NIP``, another ``Pesan``), so
    an app can show them its own way; rendering writes a date ``31 Januari 2025`` and a number
    ``18,75`` in Indonesian."""

    templat: Templat = attrs.field(repr=_kode_saja)
    parameter: tuple[tuple[str, object], ...] = attrs.field(repr=_repr_parameter)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.templat, Templat):
            raise InvalidTypeError(_PESAN_TEMPLAT(diberikan=describe(self.templat)))
        pasangan = self.parameter
        if not isinstance(pasangan, tuple) or not all(
            isinstance(p, tuple) and len(p) == 2 and isinstance(p[0], str) for p in pasangan
        ):
            raise InvalidTypeError(_PESAN_PARAMETER(diberikan=describe(pasangan)))
        nama = [k for k, _ in pasangan]
        if sorted(nama) != sorted(self.templat.parameter) or len(set(nama)) != len(nama):
            raise InvalidTypeError(
                _TEMPLAT_ARGUMEN(
                    kode=self.templat.kode,
                    parameter=tuple(sorted(self.templat.parameter)),
                    diberikan=tuple(render(k) for k in nama),
                )
            )

    @property
    def kode(self) -> str:
        """The message kode (``SK-TIM-03/dua-ketua``)."""
        return self.templat.kode

    @property
    def kode_aturan(self) -> str | None:
        """The kode of the rule the message reports: the start of its own kode when that is a
        rule's (``SK-TIM-03/dua-ketua``), else that of the message it wraps (an act refused
        for a finding, a loading error at a path), else ``None``."""
        awal = self.templat.kode.split("/", 1)[0]
        if POLA_KODE_ATURAN.fullmatch(awal):
            return awal
        for _, nilai in self.parameter:
            if isinstance(nilai, Pesan) and (kode := nilai.kode_aturan) is not None:
                return kode
        return None

    def data(self) -> dict[str, object]:
        """The parameters as a dict, for an app's own rendering."""
        return dict(self.parameter)

    def teks(self, bahasa: str | None = None) -> str:
        """The message in ``bahasa`` (``None``: the context's, see :func:`pakai_bahasa`)."""
        b = pastikan_bahasa(bahasa)
        pola = _terjemahan(self.templat.domain, b).pgettext(self.templat.kode, self.templat.teks)
        nilai = {k: _teks_nilai(v, b) for k, v in self.parameter}
        try:
            return pola.format_map(nilai)
        except (KeyError, IndexError, ValueError):
            return self.templat.teks.format_map(nilai)

    def __str__(self) -> str:
        return self.teks()

    @classmethod
    def dari_teks(cls, teks: str) -> Pesan:
        """A message that is not in the catalogues (an app's own check, or a text stored
        before messages were data): shown as given in every language."""
        if not isinstance(teks, str):
            raise InvalidTypeError(_TEKS_BUKAN_TEKS(diberikan=describe(teks)))
        return _TEKS(teks=teks)


@attrs.frozen
class Pilihan:
    """Alternatives as one message parameter: ``date atau str`` in Indonesian, ``date or str``
    in English (types are written by their Python names)."""

    isi: tuple[object, ...] = attrs.field()

    def teks_pesan(self, bahasa: str) -> str:
        """The alternatives joined by ``atau`` / ``or``."""
        kata = " atau " if bahasa == "id" else " or "
        return kata.join(_teks_nilai(x, bahasa) for x in self.isi)


def _teks_nilai(value: object, bahasa: str) -> str:
    try:
        return _teks_nilai_tak_aman(value, bahasa)
    except Exception:
        if bahasa == "id":
            return f"<{type(value).__name__} yang tidak dapat ditampilkan>"
        return f"<{type(value).__name__} that cannot be shown>"


def _teks_nilai_tak_aman(value: object, bahasa: str) -> str:
    if isinstance(value, Pesan):
        return value.teks(bahasa)
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return ("ya" if value else "tidak") if bahasa == "id" else ("yes" if value else "no")
    if isinstance(value, int | Fraction | Decimal):
        return teks_angka(value, bahasa)
    if isinstance(value, _dt.date):
        return teks_tanggal(value, bahasa)
    if isinstance(value, enum.Enum):
        label = getattr(value, "label", None)
        return label if isinstance(label, str) else value.name
    if isinstance(value, type):
        return value.__name__
    teks_pesan = getattr(value, "teks_pesan", None)
    if callable(teks_pesan):
        return str(teks_pesan(bahasa))
    if isinstance(value, frozenset | set):
        return ", ".join(sorted(_teks_nilai(x, bahasa) for x in value))
    if isinstance(value, tuple | list):
        return ", ".join(_teks_nilai(x, bahasa) for x in value)
    if value is None:
        return "-"
    teks = str(value)
    return teks if len(teks) <= 60 else teks[:57] + "..."


def terjemahkan(domain: str, teks: str, bahasa: str | None = None) -> str:
    """``teks`` (an English text the library wrote, such as an interpretation note) in
    ``bahasa`` from the catalogue ``domain``; a text the catalogue does not hold comes back as
    it is."""
    b = pastikan_bahasa(bahasa)
    return _terjemahan(domain, b).gettext(teks)


@cache
def _terjemahan(domain: str, bahasa: str) -> gettext.NullTranslations:
    """The catalogue of ``domain`` in ``bahasa``, read once from the package's own data (ADR
    0017): English is the source language, so its catalogue is the identity."""
    if bahasa == "en":
        return gettext.NullTranslations()
    berkas = resources.files("birokrasi").joinpath("locale", bahasa, "LC_MESSAGES", f"{domain}.mo")
    if not berkas.is_file():
        return gettext.NullTranslations()
    return gettext.GNUTranslations(io.BytesIO(berkas.read_bytes()))


_t = pembuat_templat(__name__)
_TEKS = _t("TEKS", "{teks}")
_BAHASA_BUKAN_TEKS = _t("BAHASA/bukan-teks", "bahasa: expected str, got {diberikan}")
_BAHASA_TIDAK_DIKENAL = _t(
    "BAHASA/tidak-dikenal", "bahasa: {diberikan} is not a language of the catalogues; use {bahasa}"
)
_TANGGAL_BUKAN_DATE = _t("PESAN/tanggal", "tanggal: expected date, got {diberikan}")
_ANGKA_BUKAN_EKSAK = _t("PESAN/angka", "angka: expected int, Fraction or Decimal, got {diberikan}")
_KODE_BUKAN_TEKS = _t("PESAN/kode-bukan-teks", "kode: expected str, got {diberikan}")
_KODE_TIDAK_DIKENAL = _t("PESAN/kode-tidak-dikenal", "kode: no message is declared as {kode}")
_TEKS_BUKAN_TEKS = _t("PESAN/teks-bukan-teks", "teks: expected str, got {diberikan}")
_TEMPLAT_TIPE = _t("PESAN/templat-tipe", "{nama}: expected str, got {diberikan}")
_TEMPLAT_KODE = _t("PESAN/templat-kode", "Templat.kode: {diberikan} is not a message kode")
_TEMPLAT_KURUNG = _t(
    "PESAN/templat-kurung", "Templat.teks of {kode}: a brace is not closed or not doubled"
)
_TEMPLAT_PARAMETER = _t(
    "PESAN/templat-parameter", "Templat.teks of {kode}: parameter {nama} must be a bare name"
)
_TEMPLAT_ARGUMEN = _t(
    "PESAN/templat-argumen", "message {kode} takes the parameters {parameter}, got {diberikan}"
)
_TEMPLAT_GANDA = _t(
    "PESAN/templat-ganda", "message kode {kode} declared twice (in {lama} and in {baru})"
)
_PESAN_TEMPLAT = _t("PESAN/templat", "Pesan.templat: expected Templat, got {diberikan}")
_PESAN_PARAMETER = _t(
    "PESAN/parameter",
    "Pesan.parameter: expected a tuple of (name, value) pairs, got {diberikan}",
)
