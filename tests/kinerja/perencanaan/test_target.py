"""Target messages (KIN-SKP target forms)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from birokrasi.errors import InvalidValueError
from birokrasi.kinerja.perencanaan.target import Target


def test_target_bentuk_a_long_uraian_is_cut_in_the_message() -> None:
    """A Target of two forms names its uraian cut short (make fuzz found a message carrying a
    document's whole text)."""
    with pytest.raises(InvalidValueError) as info:
        Target(nilai=Decimal(40), satuan="%", uraian="a" * 5000)
    assert len(str(info.value)) < 300
    assert "'aaa" in info.value.teks("en")
