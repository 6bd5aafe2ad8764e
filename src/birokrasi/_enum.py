"""A base for enums whose value is the official label (private helper)."""

from __future__ import annotations

import enum

__all__ = ["Berlabel"]


class Berlabel(enum.Enum):
    """An enum whose value is the official (Indonesian) label of the member."""

    @property
    def label(self) -> str:
        """The official label."""
        return str(self.value)
