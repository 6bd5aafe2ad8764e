"""Indicators and targets of an SKP row: :class:`IndikatorKinerja` with its :class:`Target`
and the :class:`Aspek` it measures (PermenPANRB 6/2022 Lampiran, SKP formats).

A target is a number with its satuan, a range, or (for the qualitative approach) a statement
in words; numbers are exact :class:`~decimal.Decimal`.
"""

from __future__ import annotations

from decimal import Decimal

import attrs

from birokrasi import _validasi as v
from birokrasi._enum import Berlabel
from birokrasi.errors import InvalidValueError
from birokrasi.pesan import pembuat_templat

__all__ = ["Aspek", "IndikatorKinerja", "Target"]


class Aspek(Berlabel):
    """The aspect an indicator measures (the *Aspek* column of the kuantitatif form)."""

    KUANTITAS = "Kuantitas"
    KUALITAS = "Kualitas"
    WAKTU = "Waktu"
    BIAYA = "Biaya"


_ANGKA = v.optional(v.desimal(Decimal(0)))


@attrs.frozen
class Target:
    """A target: a number with its satuan (``Target.angka``), a range (``Target.rentang``) or,
    for the qualitative approach, a statement in words (``Target.kualitatif``). Numbers are
    :class:`~decimal.Decimal` (``int`` and numeric ``str`` are converted; ``float`` is
    refused).

    >>> str(Target.angka(12, "dokumen")), str(Target.rentang(80, 90, "%"))
    ('12 dokumen', '80-90 %')
    """

    nilai: Decimal | None = attrs.field(
        default=None,
        kw_only=True,
        converter=attrs.converters.optional(v.ke_desimal),
        validator=_ANGKA,
    )
    minimum: Decimal | None = attrs.field(
        default=None,
        kw_only=True,
        converter=attrs.converters.optional(v.ke_desimal),
        validator=_ANGKA,
    )
    maksimum: Decimal | None = attrs.field(
        default=None,
        kw_only=True,
        converter=attrs.converters.optional(v.ke_desimal),
        validator=_ANGKA,
    )
    satuan: str | None = attrs.field(default=None, kw_only=True, validator=v.optional(v.teks()))
    uraian: str | None = attrs.field(default=None, kw_only=True, validator=v.optional(v.teks()))

    def __attrs_post_init__(self) -> None:
        rentang = self.minimum is not None or self.maksimum is not None
        bentuk = (self.nilai is not None) + rentang + (self.uraian is not None)
        if bentuk != 1:
            raise InvalidValueError(
                _BENTUK(
                    nilai=self.nilai,
                    minimum=self.minimum,
                    maksimum=self.maksimum,
                    uraian=v.render(repr(self.uraian)),
                )
            )
        if rentang:
            if self.minimum is None or self.maksimum is None:
                raise InvalidValueError(_RENTANG_SEPARUH())
            if self.maksimum < self.minimum:
                raise InvalidValueError(
                    _RENTANG_TERBALIK(maksimum=self.maksimum, minimum=self.minimum)
                )
        if self.uraian is None and self.satuan is None:
            raise InvalidValueError(_TANPA_SATUAN())
        if self.uraian is not None and self.satuan is not None:
            raise InvalidValueError(_SATUAN_KUALITATIF())

    @classmethod
    def angka(cls, nilai: Decimal | int | str, satuan: str) -> Target:
        """A numeric target, e.g. ``Target.angka(12, "dokumen")``."""
        return cls(nilai=nilai, satuan=satuan)

    @classmethod
    def rentang(
        cls, minimum: Decimal | int | str, maksimum: Decimal | int | str, satuan: str
    ) -> Target:
        """A target range ``minimum..maksimum`` in ``satuan``."""
        return cls(minimum=minimum, maksimum=maksimum, satuan=satuan)

    @classmethod
    def kualitatif(cls, uraian: str) -> Target:
        """A target stated in words (pendekatan kualitatif)."""
        return cls(uraian=uraian)

    @property
    def is_kualitatif(self) -> bool:
        """True for a target stated in words."""
        return self.uraian is not None

    def __str__(self) -> str:
        if self.uraian is not None:
            return self.uraian
        if self.nilai is not None:
            return f"{self.nilai} {self.satuan}"
        return f"{self.minimum}-{self.maksimum} {self.satuan}"


@attrs.frozen
class IndikatorKinerja:
    """An indikator kinerja individu with its :class:`Target` and, on the kuantitatif form of
    JA/JF, its :class:`Aspek` (the JPT form has no aspek column)."""

    uraian: str = attrs.field(validator=v.teks())
    target: Target = attrs.field(validator=v.instance_of(Target))
    aspek: Aspek | None = attrs.field(
        default=None, kw_only=True, validator=v.optional(v.instance_of(Aspek))
    )


_t = pembuat_templat(__name__)
_BENTUK = _t(
    "TARGET/bentuk",
    "Target: give exactly one of nilai, minimum..maksimum or uraian, got nilai={nilai}, "
    "minimum={minimum}, maksimum={maksimum}, uraian={uraian}",
)
_RENTANG_SEPARUH = _t(
    "TARGET/rentang-separuh", "Target.maksimum: a range needs both minimum and maksimum"
)
_RENTANG_TERBALIK = _t(
    "TARGET/rentang-terbalik", "Target.maksimum: {maksimum} is below minimum {minimum}"
)
_TANPA_SATUAN = _t("TARGET/tanpa-satuan", "Target.satuan: a numeric target needs a satuan")
_SATUAN_KUALITATIF = _t(
    "TARGET/satuan-kualitatif", "Target.satuan: a qualitative target has no satuan"
)
