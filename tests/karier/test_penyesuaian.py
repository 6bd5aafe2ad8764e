"""Angka kredit given on a pengangkatan through penyesuaian (inpassing) into a JF (KAR-AK-13): a
value by golongan ruang, masa kerja and pendidikan from a table an agency supplies (Lampiran II
angka 5 of Peraturan BKN 3/2023 was not read), plus the Angka Kredit Dasar."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest

from birokrasi import serial
from birokrasi.errors import InvalidTypeError, InvalidValueError, NotFoundError, OutOfWindowError
from birokrasi.karier.penyesuaian import (
    ATURAN,
    TABEL_ANGKA_KREDIT_PENYESUAIAN_2023,
    TabelAngkaKreditPenyesuaian,
    angka_kredit_penyesuaian,
    masa_kerja_penyesuaian,
    saldo_awal_penyesuaian,
)
from birokrasi.karier.saldo import posisi_angka_kredit
from birokrasi.karier.tabel_ak import MULAI_INTEGRASI, TABEL_ANGKA_KREDIT_2023
from birokrasi.katalog import KATALOG
from birokrasi.struktur.golongan import Golongan
from birokrasi.struktur.jabatan import Jenjang

D = dt.date
J, G = Jenjang, Golongan
T = D(2024, 3, 1)
INSTANSI = TabelAngkaKreditPenyesuaian(
    MULAI_INTEGRASI,
    {G.III_D: {"S-1": (10, 20, 30)}, G.III_A: {"D-IV/S-1": (0, Decimal("12.5"))}},
)
"""An agency's table: invented values standing in for the rows of Lampiran II angka 5."""


def test_rules_are_catalogued() -> None:
    assert [r.kode for r in ATURAN] == ["KAR-AK-13"]
    assert KATALOG["KAR-AK-13"] is ATURAN[0]


def test_kar_ak_13_the_library_has_no_row_of_lampiran_ii_angka_5() -> None:
    """The table was not read: the library's own table is empty and says so."""
    assert TABEL_ANGKA_KREDIT_PENYESUAIAN_2023.nilai == {}
    with pytest.raises(NotFoundError, match=r"III/d.*'S-1'.*Lampiran II angka 5.*KAR-AK-13"):
        angka_kredit_penyesuaian(
            J.AHLI_MUDA, G.III_D, "S-1", tanggal=T, mulai_pangkat=D(2020, 4, 1)
        )


def test_kar_ak_13_value_by_masa_kerja_plus_angka_kredit_dasar() -> None:
    """'Angka Kredit penyesuaian diberikan berdasarkan pangkat dan golongan ruang sesuai masa
    kerja dalam pangkat terakhir serta kualifikasi pendidikan ... diberikan tambahan Angka
    Kredit Dasar' (III/d into Ahli Muda: 100)."""

    def ak(mulai: dt.date) -> Fraction:
        return angka_kredit_penyesuaian(
            J.AHLI_MUDA, G.III_D, "S-1", tanggal=T, mulai_pangkat=mulai, tabel_penyesuaian=INSTANSI
        )

    assert ak(D(2023, 3, 2)) == 10 + 100
    assert ak(D(2023, 3, 1)) == 20 + 100
    assert ak(D(2016, 4, 1)) == 30 + 100
    lowest = angka_kredit_penyesuaian(
        J.AHLI_PERTAMA, G.III_A, "D-IV/S-1", tanggal=T, mulai_pangkat=D(2022, 1, 1),
        tabel_penyesuaian=INSTANSI,
    )  # fmt: skip
    assert lowest == Fraction(25, 2)


def test_kar_ak_13_masa_kerja_of_a_pelaksana_counts_from_cpns() -> None:
    """'Dalam hal PNS dengan jabatan pelaksana maka masa kerja dihitung sejak calon PNS.'"""
    assert masa_kerja_penyesuaian(tanggal=T, mulai_pangkat=D(2023, 6, 1)) == 0
    assert (
        masa_kerja_penyesuaian(tanggal=T, mulai_pangkat=D(2023, 6, 1), mulai_cpns=D(2021, 1, 1))
        == 3
    )
    hasil = angka_kredit_penyesuaian(
        J.AHLI_MUDA, G.III_D, "S-1", tanggal=T, mulai_pangkat=D(2023, 6, 1),
        mulai_cpns=D(2021, 1, 1), tabel_penyesuaian=INSTANSI,
    )  # fmt: skip
    assert hasil == 30 + 100


def test_kar_ak_13_starts_the_ledger() -> None:
    """The table's value counts towards the next pangkat; the Angka Kredit Dasar does not."""
    awal = saldo_awal_penyesuaian(
        J.AHLI_MUDA, G.III_D, "S-1", tanggal=T, mulai_pangkat=D(2022, 10, 1),
        tabel_penyesuaian=INSTANSI,
    )  # fmt: skip
    assert (awal.angka_kredit, awal.sisa_pangkat) == (120, 20)
    assert (awal.mulai_jenjang, awal.mulai_pangkat) == (T, D(2022, 10, 1))
    assert posisi_angka_kredit([awal], tanggal=T).angka_kredit_pangkat == 20


def test_kar_ak_13_missing_row_is_named() -> None:
    with pytest.raises(NotFoundError, match=r"tabel_penyesuaian: no value for III/d, 'S-2'"):
        angka_kredit_penyesuaian(
            J.AHLI_MUDA, G.III_D, "S-2", tanggal=T, mulai_pangkat=D(2020, 1, 1),
            tabel_penyesuaian=INSTANSI,
        )  # fmt: skip


def test_kar_ak_13_table_is_dated() -> None:
    baru = TabelAngkaKreditPenyesuaian(D(2025, 1, 1), {G.III_D: {"S-1": (1,)}})
    with pytest.raises(OutOfWindowError, match=r"tabel_penyesuaian: in force from 2025-01-01"):
        angka_kredit_penyesuaian(
            J.AHLI_MUDA, G.III_D, "S-1", tanggal=T, mulai_pangkat=D(2020, 1, 1),
            tabel_penyesuaian=baru,
        )  # fmt: skip
    with pytest.raises(OutOfWindowError, match="KAR-AK-13"):
        masa_kerja_penyesuaian(tanggal=D(2022, 12, 31), mulai_pangkat=D(2020, 1, 1))


def test_kar_ak_13_golongan_outside_the_jenjang_is_refused() -> None:
    with pytest.raises(
        InvalidValueError, match=r"^golongan: IV/a is not a golongan of Ahli Pertama \(STR-GOL-01\)"
    ):
        angka_kredit_penyesuaian(
            J.AHLI_PERTAMA, G.IV_A, "S-1", tanggal=T, mulai_pangkat=D(2020, 1, 1),
            tabel_penyesuaian=TabelAngkaKreditPenyesuaian(MULAI_INTEGRASI, {G.IV_A: {"S-1": (5,)}}),
        )  # fmt: skip


@pytest.mark.parametrize(
    ("kw", "galat", "pesan"),
    [
        ({"pendidikan": ""}, InvalidValueError, r"^pendidikan: "),
        ({"pendidikan": 1}, InvalidTypeError, r"^pendidikan: "),
        (
            {"mulai_pangkat": D(2024, 3, 2)},
            InvalidValueError,
            r"^mulai_pangkat: 2024-03-02 is after",
        ),
        ({"mulai_cpns": D(2024, 3, 2)}, InvalidValueError, r"^mulai_cpns: 2024-03-02 is after"),
        ({"mulai_cpns": "2020-01-01"}, InvalidTypeError, r"^mulai_cpns: "),
        ({"mulai_cpns": D(2021, 1, 1)}, InvalidValueError, r"^mulai_cpns: .* after mulai_pangkat"),
        ({"tabel_penyesuaian": {}}, InvalidTypeError, r"^tabel_penyesuaian: "),
        ({"jenjang": J.PELAKSANA}, InvalidValueError, r"^jenjang: Pelaksana"),
    ],
)
def test_bad_arguments(kw: dict[str, object], galat: type, pesan: str) -> None:
    base: dict[str, object] = {
        "jenjang": J.AHLI_MUDA,
        "golongan": G.III_D,
        "pendidikan": "S-1",
        "tanggal": T,
        "mulai_pangkat": D(2020, 1, 1),
        "tabel_penyesuaian": INSTANSI,
    }
    base.update(kw)
    with pytest.raises(galat, match=pesan):
        angka_kredit_penyesuaian(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("nilai", "galat", "pesan"),
    [
        ([], InvalidTypeError, r"nilai: expected a mapping"),
        ({"III/d": {"S-1": (1,)}}, InvalidTypeError, r"nilai: keys must be Golongan"),
        ({G.III_D: ["S-1"]}, InvalidTypeError, r"nilai\[III/d\]: expected a mapping"),
        ({G.III_D: {"": (1,)}}, InvalidValueError, r"nilai\[III/d\]: an empty pendidikan"),
        ({G.III_D: {"S-1": ()}}, InvalidValueError, r"nilai\[III/d\]\['S-1'\]: no value"),
        ({G.III_D: {"S-1": (1.5,)}}, InvalidTypeError, r"nilai\[III/d\]\['S-1'\]\[0\]: expected"),
        ({G.III_D: {"S-1": (-1,)}}, InvalidValueError, r"nilai\[III/d\]\['S-1'\]\[0\]: negative"),
    ],
)
def test_bad_table(nilai: object, galat: type, pesan: str) -> None:
    with pytest.raises(galat, match=rf"TabelAngkaKreditPenyesuaian\.{pesan}"):
        TabelAngkaKreditPenyesuaian(MULAI_INTEGRASI, nilai)


def test_table_round_trips_as_a_document() -> None:
    data = serial.ke_data(INSTANSI)
    assert data["nilai"]["III_A"]["D-IV/S-1"] == ["0/1", "25/2"]  # type: ignore[index,call-overload]
    assert serial.dari_data(TabelAngkaKreditPenyesuaian, data) == INSTANSI


def test_kar_ak_13_masa_kerja_may_start_on_the_day() -> None:
    """A pangkat (or a CPNS start) on the day of the penyesuaian is zero years, not after it;
    a day later is refused, naming both dates (pinned by mutation testing, issue 15 §5)."""
    assert masa_kerja_penyesuaian(tanggal=T, mulai_pangkat=T, mulai_cpns=T) == 0
    with pytest.raises(
        InvalidValueError, match=r"^mulai_pangkat: 2024-03-02 is after tanggal 2024-03-01$"
    ):
        masa_kerja_penyesuaian(tanggal=T, mulai_pangkat=D(2024, 3, 2))


def test_kar_ak_13_the_ledger_start_counts_masa_kerja_from_cpns() -> None:
    """A pelaksana's start reads the table at the years since the TMT CPNS, as the credit does."""
    kw: dict[str, object] = {"tanggal": T, "mulai_pangkat": D(2023, 1, 1)}
    awal = saldo_awal_penyesuaian(J.AHLI_MUDA, G.III_D, "S-1", tabel_penyesuaian=INSTANSI, **kw)
    cpns = saldo_awal_penyesuaian(
        J.AHLI_MUDA, G.III_D, "S-1", tabel_penyesuaian=INSTANSI, mulai_cpns=D(2021, 1, 1), **kw
    )
    assert (awal.sisa_pangkat, cpns.sisa_pangkat) == (20, 30)
    assert cpns.angka_kredit == angka_kredit_penyesuaian(
        J.AHLI_MUDA, G.III_D, "S-1", tabel_penyesuaian=INSTANSI, mulai_cpns=D(2021, 1, 1), **kw
    )


def test_kar_ak_01_a_jenjang_missing_from_the_agency_table_is_refused_first() -> None:
    """The jenjang is checked against the agency's angka kredit table before the penyesuaian
    table is read: a jenjang that table lacks is named, not the missing row."""
    t = TABEL_ANGKA_KREDIT_2023
    tabel = attrs.evolve(
        t,
        **{
            nama: {j: k for j, k in getattr(t, nama).items() if j is not J.AHLI_MUDA}
            for nama in ("koefisien", "akk_pangkat", "akk_jenjang")
        },
    )
    with pytest.raises(InvalidValueError, match=r"^jenjang: .*no koefisien for Ahli Muda"):
        saldo_awal_penyesuaian(
            J.AHLI_MUDA, G.III_D, "S-3", tanggal=T, mulai_pangkat=D(2023, 1, 1),
            tabel_penyesuaian=INSTANSI, tabel=tabel,
        )  # fmt: skip
