"""Strategies for the legal-basis core (:mod:`birokrasi.hukum`) and time (:mod:`~.periode`)."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from birokrasi.hukum import PERATURAN, Aturan, Dasar, Keyakinan, Pelanggaran, Peraturan
from birokrasi.periode import Periode

__all__ = ["aturan", "dasar", "pelanggaran", "peraturan", "periode", "tanggal"]

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


@st.composite
def pelanggaran(draw: st.DrawFn) -> Pelanggaran:
    """A breach of a generated rule."""
    return Pelanggaran(draw(aturan()), draw(_TEKS), draw(_TEKS))
