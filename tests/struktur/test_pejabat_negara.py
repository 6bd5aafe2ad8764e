"""STR-ATASAN-02 for officials without a NIP: a kepala daerah or Menteri declared above the root
unit as a :class:`PejabatNegara`, known by a kode (ADR 0011)."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from birokrasi import contoh, serial
from birokrasi.errors import (
    AuthorityError,
    InvalidTypeError,
    InvalidValueError,
    NotFoundError,
)
from birokrasi.hukum import Aturan
from birokrasi.struktur import (
    Instansi,
    PotretPegawai,
    PotretPejabatNegara,
    potret_pejabat_negara,
    potret_pelaku,
    potret_penilai,
)
from birokrasi.struktur.organisasi import ATURAN_ATASAN_LUAR

D = dt.date
HARI = D(2025, 6, 30)
ORG = contoh.instansi()
SEKDA = contoh.struktur.SEKRETARIS_DAERAH
BUPATI = contoh.struktur.BUPATI
KADIS = "197203141998031003"


def _pelaku(org: Instansi, oleh: object, tanggal: dt.date = HARI) -> object:
    return potret_pelaku(org, oleh, tanggal, tindakan="uji", aturan=ATURAN_ATASAN_LUAR)  # type: ignore[arg-type]


def test_str_atasan_02_the_chain_reaches_the_pejabat_negara_above_the_sekda() -> None:
    assert ORG.atasan_langsung(SEKDA.nip, HARI) == BUPATI
    assert ORG.pejabat_penilai(SEKDA.nip, HARI) == BUPATI
    assert ORG.atasan_jabatan(SEKDA, HARI) == BUPATI
    assert ORG.atasan_jabatan(BUPATI, HARI) is None
    assert ORG.pejabat_luar_pada(2, HARI) == BUPATI
    assert (BUPATI.pengenal, BUPATI.nama_jabatan, BUPATI.kepala) == (
        "BUPATI-CONTOH-2021",
        "Bupati Contoh",
        True,
    )
    assert BUPATI.aktif_pada(HARI)
    assert not BUPATI.aktif_pada(D(2021, 2, 25))


def test_str_atasan_02_a_pejabat_negara_at_tingkat_1_rates_the_head() -> None:
    """A Sekretariat Daerah: its head, the Sekda, is rated by the Bupati at tingkat 1."""
    org = attrs.evolve(ORG, pejabat_luar=(attrs.evolve(BUPATI, tingkat=1),))
    assert org.pejabat_penilai(KADIS, HARI) == attrs.evolve(BUPATI, tingkat=1)
    assert org.atasan_langsung(KADIS, HARI) == attrs.evolve(BUPATI, tingkat=1)
    with pytest.raises(
        NotFoundError, match=r"PejabatNegara\(kode, .*tingkat=1\)\) \(STR-ATASAN-02\)"
    ):
        attrs.evolve(ORG, pejabat_luar=()).pastikan_pejabat_penilai(KADIS, HARI)


def test_str_atasan_02_kode_is_never_a_nip() -> None:
    with pytest.raises(
        InvalidValueError, match=r"PejabatNegara.kode: .*has a letter.*STR-ATASAN-02"
    ):
        attrs.evolve(BUPATI, kode="199001012015031001")
    with pytest.raises(InvalidValueError, match=r"PejabatNegara.kode"):
        attrs.evolve(BUPATI, kode=" BUPATI")
    with pytest.raises(InvalidTypeError, match=r"PejabatNegara.kode"):
        attrs.evolve(BUPATI, kode=7)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"PejabatNegara.selesai"):
        attrs.evolve(BUPATI, selesai=D(2020, 1, 1))
    with pytest.raises(InvalidValueError, match=r"tingkat"):
        attrs.evolve(BUPATI, tingkat=0)
    with pytest.raises(InvalidValueError, match=r"overlapping"):
        ORG.tambah_pejabat_luar(attrs.evolve(BUPATI, kode="WABUP", tingkat=1))


def test_str_atasan_02_pelaku_pada_reads_a_nip_or_a_declared_kode() -> None:
    assert ORG.pelaku_pada(BUPATI.kode, HARI) == BUPATI
    assert ORG.pelaku_pada(SEKDA.nip, HARI) == SEKDA
    assert ORG.pelaku_pada(KADIS, HARI) == ORG.penempatan_pada(KADIS, HARI)
    assert ORG.pelaku_pada(BUPATI.kode, D(2020, 1, 1)) is None
    assert ORG.pejabat_negara_pada(BUPATI.kode, D(2020, 1, 1)) is None
    with pytest.raises(NotFoundError, match=r"neither a NIP nor the kode.*STR-ATASAN-02"):
        ORG.pelaku_pada("GUBERNUR", HARI)
    with pytest.raises(NotFoundError, match=r"no pejabat negara declared as 'GUBERNUR'"):
        ORG.pejabat_negara_pada("GUBERNUR", HARI)
    with pytest.raises(InvalidValueError, match=r"NIP"):
        ORG.pelaku_pada("12345", HARI)
    with pytest.raises(InvalidValueError, match=r"pengenal"):
        ORG.pelaku_pada(" BUPATI", HARI)
    with pytest.raises(InvalidTypeError, match=r"pengenal"):
        ORG.pelaku_pada(12345, HARI)  # type: ignore[arg-type]


def test_str_atasan_02_snapshot_of_a_pejabat_negara() -> None:
    potret = potret_pejabat_negara(ORG, BUPATI.kode, HARI)
    assert potret == PotretPejabatNegara(
        BUPATI.kode, BUPATI.nama, BUPATI.jabatan, BUPATI.unit, HARI
    )
    assert (potret.pengenal, potret.nama_jabatan, potret.kepala) == (
        BUPATI.kode,
        "Bupati Contoh",
        True,
    )
    assert potret_penilai(ORG, BUPATI, HARI) == potret
    assert isinstance(potret_penilai(ORG, SEKDA, HARI), PotretPegawai)
    with pytest.raises(NotFoundError, match=r"holds no post on 2020-01-01"):
        potret_pejabat_negara(ORG, BUPATI.kode, D(2020, 1, 1))
    with pytest.raises(InvalidTypeError, match=r"pejabat"):
        potret_penilai(ORG, "BUPATI", HARI)  # type: ignore[arg-type]


def test_str_atasan_02_an_act_takes_a_pejabat_negara_by_kode_or_own_snapshot() -> None:
    potret = potret_pejabat_negara(ORG, BUPATI.kode, HARI)
    assert _pelaku(ORG, BUPATI.kode) == potret
    assert _pelaku(ORG, potret) == potret
    with pytest.raises(InvalidValueError, match=r"disagrees with the instansi.*pass the kode"):
        _pelaku(ORG, attrs.evolve(potret, nama="Orang Lain"))
    with pytest.raises(
        AuthorityError, match=r"BUPATI-CONTOH-2021 \(H\. Bambang .*\) holds no post"
    ):
        _pelaku(ORG, BUPATI.kode, D(2021, 1, 1))
    with pytest.raises(InvalidTypeError, match=r"oleh: expected a NIP"):
        _pelaku(ORG, 3.5)
    with pytest.raises(AuthorityError, match=r"^uji: 199001012015031001 holds no post .*"):
        _pelaku(ORG, "199001012015031001")  # a NIP the instansi does not know: no name


def test_str_atasan_02_documents_keep_their_form_and_tag_only_the_new_class() -> None:
    data = serial.ke_data(ORG)
    assert isinstance(data, dict)
    luar = data["pejabat_luar"]
    assert isinstance(luar, list)
    assert isinstance(luar[0], dict)
    assert isinstance(luar[1], dict)
    assert "@tipe" not in luar[0]
    assert luar[1]["@tipe"] == "PejabatNegara"
    assert serial.dari_data(Instansi, data) == ORG
    del luar[1]["@tipe"]  # an untagged dict is read by its fields
    assert serial.dari_data(Instansi, data) == ORG


@given(st.from_regex(r"[A-Z][A-Z0-9.\-]{0,20}", fullmatch=True))
def test_str_atasan_02_any_declared_kode_resolves_to_its_official(kode: str) -> None:
    org = attrs.evolve(ORG, pejabat_luar=(SEKDA, attrs.evolve(BUPATI, kode=kode)))
    assert org.pelaku_pada(kode, HARI) == attrs.evolve(BUPATI, kode=kode)
    assert serial.dari_data(Instansi, serial.ke_data(org)) == org


def test_aturan_atasan_luar_is_cited() -> None:
    assert isinstance(ATURAN_ATASAN_LUAR, Aturan)
    assert "pejabat negara" in (ATURAN_ATASAN_LUAR.dasar.tafsiran or "")
