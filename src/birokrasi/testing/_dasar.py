"""Strategies for the legal-basis core (:mod:`birokrasi.hukum`) and time (:mod:`~.periode`)."""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from fractions import Fraction

from hypothesis import strategies as st

from birokrasi import _publik
from birokrasi.hukum import PERATURAN, Aturan, Dasar, Keyakinan, Pelanggaran, Peraturan
from birokrasi.periode import Periode
from birokrasi.pesan import Pesan, Pilihan, Templat, semua_templat
from birokrasi.struktur.nip import NIP

__all__ = [
    "aturan",
    "dasar",
    "parameter_pesan",
    "pelanggaran",
    "peraturan",
    "periode",
    "pesan",
    "tanggal",
]

_AWAL = dt.date(1950, 1, 1)
_AKHIR = dt.date(2100, 12, 31)


def tanggal(min_value: dt.date = _AWAL, max_value: dt.date = _AKHIR) -> st.SearchStrategy[dt.date]:
    """Plain dates (never ``datetime``) in a realistic civil-service range."""
    return st.dates(min_value=min_value, max_value=max_value)


@st.composite
def periode(
    draw: st.DrawFn,
    min_value: dt.date = _AWAL,
    max_value: dt.date = _AKHIR,
    max_hari: int | None = None,
) -> Periode:
    """A valid :class:`Periode` inside ``[min_value, max_value]``, at most ``max_hari`` long."""
    mulai = draw(tanggal(min_value, max_value))
    batas = max_value
    if max_hari is not None:
        batas = min(max_value, mulai + dt.timedelta(days=max_hari - 1))
    selesai = draw(tanggal(mulai, batas))
    return Periode(mulai, selesai)


def peraturan() -> st.SearchStrategy[Peraturan]:
    """One of the regulations the library cites."""
    return st.sampled_from(PERATURAN)


_TEKS = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1
).filter(lambda s: bool(s.strip()))
_NOMOR = st.integers(1, 200).map(str)


@st.composite
def dasar(draw: st.DrawFn) -> Dasar:
    """A valid citation: a pasal (with optional ayat) or a lampiran section."""
    reg = draw(peraturan())
    keyakinan = draw(st.sampled_from(Keyakinan))
    tafsiran = draw(st.none() | _TEKS)
    if draw(st.booleans()):
        return Dasar(
            reg,
            pasal=draw(_NOMOR),
            ayat=draw(st.none() | _NOMOR),
            keyakinan=keyakinan,
            tafsiran=tafsiran,
        )
    return Dasar(reg, lampiran=draw(st.sampled_from(["I", "II", "III"])), keyakinan=keyakinan)


@st.composite
def aturan(draw: st.DrawFn) -> Aturan:
    """A valid rule with a well-formed kode and an optional validity window."""
    area = draw(st.sampled_from(["STR", "SK", "KIN", "KAR"]))
    topik = draw(st.from_regex(r"[A-Z]{2,8}", fullmatch=True))
    nomor = draw(st.integers(1, 99))
    sejak = draw(st.none() | tanggal())
    sampai = None if sejak is None else draw(st.none() | tanggal(min_value=sejak))
    return Aturan(
        kode=f"{area}-{topik}-{nomor:02d}",
        uraian=draw(_TEKS),
        summary=draw(_TEKS),
        dasar=draw(dasar()),
        dasar_lain=draw(st.lists(dasar(), max_size=2)),
        berlaku_sejak=sejak,
        berlaku_sampai=sampai,
    )


def _enum_publik() -> list[enum.Enum]:
    _publik.muat_semua()
    anggota: list[enum.Enum] = []
    for nama in sorted(_publik.ASAL):
        kelas = _publik.kelas_publik(nama)
        if kelas is not None and issubclass(kelas, enum.Enum):
            anggota += list(kelas)
    return anggota


_NIP = st.sampled_from(
    [NIP("198001012006041001"), NIP("199512312020122002"), NIP("198507152021212003")]
)


def parameter_pesan(max_leaves: int = 6) -> st.SearchStrategy[object]:
    """A value a message parameter may hold: a str, an int, a bool, a ``Fraction``, a
    ``Decimal``, a date, a NIP, a member or a class of the library, ``None``, and tuples,
    ``Pilihan`` and messages of these."""
    daun: st.SearchStrategy[object] = st.one_of(
        _TEKS,
        st.integers(),
        st.booleans(),
        st.none(),
        st.fractions(),
        st.decimals(min_value=-(10**12), max_value=10**12, places=3),
        tanggal(),
        _NIP,
        st.sampled_from(_enum_publik()),
        st.sampled_from([int, str, dt.date, Decimal, Fraction, Periode, Aturan]),
    )
    return st.recursive(
        daun,
        lambda isi: st.one_of(
            st.lists(isi, max_size=3).map(tuple),
            st.lists(isi, min_size=1, max_size=3).map(lambda x: Pilihan(tuple(x))),
            st.builds(Pesan.dari_teks, _TEKS),
        ),
        max_leaves=max_leaves,
    )


@st.composite
def _dari_templat(draw: st.DrawFn, t: Templat) -> Pesan:
    return t(**{nama: draw(parameter_pesan()) for nama in sorted(t.parameter)})


def pesan() -> st.SearchStrategy[Pesan]:
    """A message: one of the library's templates (every module imported) with parameters of
    any kind :func:`parameter_pesan` draws, or a free text (:meth:`Pesan.dari_teks`)."""
    _publik.muat_semua()
    return st.one_of(
        st.builds(Pesan.dari_teks, _TEKS),
        st.sampled_from(semua_templat()).flatmap(_dari_templat),
    )


@st.composite
def pelanggaran(draw: st.DrawFn) -> Pelanggaran:
    """A breach of a generated rule, its message drawn by :func:`pesan`."""
    return Pelanggaran(draw(aturan()), draw(_TEKS), draw(pesan()))
