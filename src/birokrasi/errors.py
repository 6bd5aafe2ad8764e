"""The library's exceptions.

Building an invalid value raises a :class:`BirokrasiError` subclass carrying a
:class:`~birokrasi.pesan.Pesan`: the message kode, the parameters (the field, the value, the
rule) and a text rendered from the catalogue in the context's language (Indonesian unless
:func:`~birokrasi.pesan.pakai_bahasa` says otherwise). Each also subclasses the matching
built-in (``ValueError``, ``TypeError``, ``LookupError``) so ``except ValueError`` keeps working
in caller code. Checking valid values against the rules never raises: ``periksa_*`` functions
return :class:`~birokrasi.hukum.Pelanggaran` values instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from birokrasi.pesan import Pesan

__all__ = [
    "AuthorityError",
    "BirokrasiError",
    "InvalidTypeError",
    "InvalidValueError",
    "NotFoundError",
    "OutOfWindowError",
]


class BirokrasiError(Exception):
    """Base class of every error this library raises on purpose. ``str()`` renders its
    :attr:`pesan` in the context's language; :meth:`teks` in the language asked for."""

    def __init__(self, pesan: Pesan) -> None:
        super().__init__(pesan)

    @property
    def pesan(self) -> Pesan:
        """The message as data: kode, parameters, rendering."""
        pesan: Pesan = self.args[0]
        return pesan

    @property
    def kode(self) -> str:
        """The message kode (``NIP/panjang``, ``KIN-EVAL-03/bukan-penilai``)."""
        return self.pesan.kode

    @property
    def kode_aturan(self) -> str | None:
        """The kode of the rule the error enforces, when it enforces one."""
        return self.pesan.kode_aturan

    @property
    def parameter(self) -> dict[str, object]:
        """The message's parameters by name."""
        return self.pesan.data()

    def teks(self, bahasa: str | None = None) -> str:
        """The message in ``bahasa`` (``"id"`` or ``"en"``; ``None``: the context's)."""
        return self.pesan.teks(bahasa)

    def __str__(self) -> str:
        teks = getattr(self.args[0], "teks", None)
        return str(teks()) if callable(teks) else super().__str__()


class InvalidValueError(BirokrasiError, ValueError):
    """A value is of the right type but breaks a rule (wrong length, impossible date, ...)."""


class InvalidTypeError(BirokrasiError, TypeError):
    """A value is of the wrong type (a ``str`` where a ``date`` belongs, ...)."""


class OutOfWindowError(BirokrasiError, ValueError):
    """A dated question falls outside the window the library has rules for.

    The library refuses to answer for dates before the first text it encodes (or after a
    rule's end) instead of silently applying a rule that was not in force.
    """


class NotFoundError(BirokrasiError, LookupError):
    """A key (NIP, kode of a unit or team, kode of a rule) names nothing known."""


class AuthorityError(BirokrasiError, ValueError):
    """An act (setting an SKP, rating, deciding an objection) by someone without authority.

    Raised only by operations that would otherwise build a value on a false premise; checks
    over existing values report authority breaches as ``Pelanggaran``.
    """
