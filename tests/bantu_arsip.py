"""Comparing a document written now with one archived from an earlier release."""

from __future__ import annotations

from typing import Any


def tambahan_kosong(baru: Any, lama: Any, jalur: str = "") -> list[str]:
    """Where ``baru`` differs from ``lama`` other than by added keys with empty values."""
    if isinstance(lama, dict) and isinstance(baru, dict):
        beda = [f"{jalur}.{k}: missing" for k in lama if k not in baru]
        beda += [
            f"{jalur}.{k}: added with {x!r}"
            for k, x in baru.items()
            if k not in lama and x not in (None, [])
        ]
        return beda + [
            b for k in lama if k in baru for b in tambahan_kosong(baru[k], lama[k], f"{jalur}.{k}")
        ]
    if isinstance(lama, list) and isinstance(baru, list) and len(lama) == len(baru):
        return [
            b
            for i, (x, y) in enumerate(zip(baru, lama, strict=True))
            for b in tambahan_kosong(x, y, f"{jalur}[{i}]")
        ]
    return [] if baru == lama else [f"{jalur}: {lama!r} became {baru!r}"]
