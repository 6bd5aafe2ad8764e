"""The library's exceptions.

Building an invalid value raises a :class:`BirokrasiError` subclass whose message names the
field, the value and the rule; each also subclasses the matching built-in (``ValueError``,
``TypeError``, ``LookupError``) so ``except ValueError`` keeps working in caller code.
Checking valid values against the rules never raises: ``periksa_*`` functions return
:class:`~birokrasi.hukum.Pelanggaran` values instead.
"""

from __future__ import annotations

__all__ = [
    "AuthorityError",
    "BirokrasiError",
    "InvalidTypeError",
    "InvalidValueError",
    "NotFoundError",
    "OutOfWindowError",
]


class BirokrasiError(Exception):
    """Base class of every error this library raises on purpose."""


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
