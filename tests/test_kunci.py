"""Keys are compared exactly (issue 14 §3): every field holding a key (a unit, team, SKP,
RHK, penugasan, event, evaluation or objection kode, or a reference to one) refuses text with
surrounding whitespace, naming the field, instead of storing a key that silently differs from
the one meant. Names and free text keep any spacing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs
import pytest

from birokrasi import (
    KRITERIA_PENGHARGAAN,
    BimbinganKinerja,
    PersetujuanLintasInstansi,
    Realisasi,
    RujukanRHK,
    UmpanBalik,
    contoh,
)
from birokrasi.contoh.karier import keberatan
from birokrasi.contoh.sistem_kerja import tim_kerja
from birokrasi.contoh.skp import skp
from birokrasi.contoh.umpan_balik import jurnal_dewi
from birokrasi.errors import InvalidValueError


def _pertama(kelas: type, daftar: tuple[object, ...]) -> Any:
    return next(x for x in daftar if isinstance(x, kelas))


def _persetujuan() -> Any:
    return PersetujuanLintasInstansi("TIM", "INSTANSI-LAIN", "B/1/2025", dt.date(2025, 1, 2), "X")


def _umpan_balik_rhk() -> Any:
    return next(
        p for p in jurnal_dewi().peristiwa if isinstance(p, UmpanBalik) and p.rhk is not None
    )


def _bimbingan() -> Any:
    nip = contoh.instansi().pegawai
    return BimbinganKinerja(
        "B-1", dt.date(2025, 3, 1), nip[0].nip, nip[1].nip, "alasan", rujukan=("UB-1",)
    )


CONTOH: dict[str, tuple[Callable[[], Any], tuple[str, ...]]] = {
    "UnitOrganisasi": (lambda: contoh.instansi().unit[1], ("kode", "induk")),
    "Penempatan": (lambda: contoh.instansi().penempatan[0], ("unit",)),
    "PotretPegawai": (lambda: skp()[0].pegawai, ("unit",)),
    "TimKerja": (lambda: tim_kerja().tim[0], ("kode", "unit")),
    "Keanggotaan": (lambda: tim_kerja().keanggotaan[0], ("tim", "instansi")),
    "PersetujuanLintasInstansi": (_persetujuan, ("tim", "instansi")),
    "Penugasan": (lambda: tim_kerja().penugasan[0], ("kode", "tim", "rencana_hasil_kerja")),
    "RujukanRHK": (lambda: RujukanRHK("SKP-1", "RHK-1"), ("skp", "rhk")),
    "RencanaHasilKerja": (
        lambda: skp()[0].hasil_kerja[0],
        ("kode", "penugasan", "tim_kerja"),
    ),
    "SKP": (lambda: skp()[0], ("kode",)),
    "UmpanBalik": (lambda: _umpan_balik_rhk(), ("kode", "rhk")),
    "Realisasi": (lambda: _pertama(Realisasi, jurnal_dewi().peristiwa), ("kode", "rhk")),
    "BimbinganKinerja": (_bimbingan, ("kode",)),
    "JurnalKinerja": (jurnal_dewi, ("skp",)),
    "PenilaianKinerja": (lambda: keberatan()[0], ("kode", "skp", "menggantikan")),
    "Keberatan": (lambda: keberatan()[1].keberatan[0], ("kode",)),
    "PutusanKeberatan": (lambda: keberatan()[1].putusan[0], ("keberatan",)),
    "KriteriaPenghargaan": (lambda: KRITERIA_PENGHARGAAN[0], ("kode",)),
}

KASUS = [(kelas, field) for kelas, (_, fields) in CONTOH.items() for field in fields]


@pytest.mark.parametrize(("kelas", "field"), KASUS, ids=[f"{k}.{f}" for k, f in KASUS])
def test_key_field_refuses_surrounding_whitespace(kelas: str, field: str) -> None:
    buat, _ = CONTOH[kelas]
    nilai = buat()
    assert type(nilai).__name__ == kelas
    with pytest.raises(
        InvalidValueError, match=rf"^{kelas}\.{field}: ' K-1 ' has surrounding whitespace"
    ):
        attrs.evolve(nilai, **{field: " K-1 "})
    assert getattr(attrs.evolve(nilai, **{field: "K 1"}), field) == "K 1"


def test_a_reference_tuple_refuses_a_key_with_whitespace_naming_its_index() -> None:
    bimbingan = _bimbingan()
    with pytest.raises(
        InvalidValueError, match=r"^BimbinganKinerja\.rujukan\[1\]: 'UB-2 ' has surrounding"
    ):
        attrs.evolve(bimbingan, rujukan=("UB-1", "UB-2 "))


def test_names_keep_their_spacing() -> None:
    unit = contoh.instansi().unit[1]
    assert attrs.evolve(unit, nama=" Bidang  Aplikasi ").nama == " Bidang  Aplikasi "
