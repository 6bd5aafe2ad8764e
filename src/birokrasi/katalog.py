"""The catalogue of every rule (:class:`~birokrasi.hukum.Aturan`) the library applies.

Each rule-owning module lists its rules in a module-level ``ATURAN`` tuple; this module
collects them into :data:`KATALOG`, a read-only mapping from kode to rule. The docs' rule
catalogue page is generated from it, so it cannot drift from the code.
"""

from __future__ import annotations

import types
from collections.abc import Mapping

from birokrasi.errors import InvalidValueError, NotFoundError
from birokrasi.hukum import Aturan

__all__ = ["KATALOG", "aturan"]

_MODUL: tuple[types.ModuleType, ...] = (
    # rule-owning modules, one per line, in DESIGN order
)


def _kumpulkan(moduls: tuple[types.ModuleType, ...]) -> Mapping[str, Aturan]:
    daftar: dict[str, Aturan] = {}
    for modul in moduls:
        for rule in modul.ATURAN:
            if rule.kode in daftar and daftar[rule.kode] != rule:
                raise InvalidValueError(f"katalog: kode {rule.kode} is used by two rules")
            daftar[rule.kode] = rule
    return types.MappingProxyType(dict(sorted(daftar.items())))


KATALOG: Mapping[str, Aturan] = _kumpulkan(_MODUL)
"""Every rule, by kode, in kode order."""


def aturan(kode: str) -> Aturan:
    """The rule with this kode.

    >>> aturan("XXX-NONE-99")
    Traceback (most recent call last):
    ...
    birokrasi.errors.NotFoundError: aturan: no rule with kode 'XXX-NONE-99'
    """
    try:
        return KATALOG[kode]
    except KeyError:
        raise NotFoundError(f"aturan: no rule with kode {kode!r}") from None
