"""birokrasi.tabel: the decision tables and interpretations rendered from the library's data."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest

from birokrasi import tabel
from birokrasi.hukum import PERMENPANRB_6_2022, Aturan, Dasar, Keyakinan
from birokrasi.karier.tabel_ak import TABEL_ANGKA_KREDIT_2023
from birokrasi.katalog import KATALOG
from birokrasi.kinerja.penilaian.capaian import PredikatOrganisasi
from birokrasi.kinerja.penilaian.kurva import KURVA_SE_3_2023, KurvaDistribusi, Pita
from birokrasi.kinerja.predikat import KUADRAN, Predikat, Rating
from birokrasi.struktur.eselon import Eselon
from birokrasi.struktur.golongan import GOLONGAN_JF, Golongan
from birokrasi.struktur.jabatan import Jenjang


def _baris(md: str, awal: str) -> str:
    """The table row of ``md`` whose first cell is ``awal``."""
    return next(b for b in md.splitlines() if b.startswith(f"| {awal} |"))


def test_kuadran_renders_every_cell_of_the_table() -> None:
    md = tabel.markdown_kuadran()
    assert "`KIN-PREDIKAT-01`" in md
    kolom = sorted(Rating, reverse=True)
    for hasil in Rating:
        sel = [s.strip() for s in _baris(md, f"**{hasil.label}**").split("|")[2:-1]]
        assert sel == [KUADRAN[hasil, p].label for p in kolom]


def test_kuadran_marks_a_missing_pair() -> None:
    atas = Rating.DI_ATAS_EKSPEKTASI
    sebagian = {(atas, atas): Predikat.SANGAT_BAIK}
    baris = _baris(tabel.markdown_kuadran(sebagian), f"**{atas.label}**")
    assert baris == f"| **{atas.label}** | Sangat Baik | - | - |"


def test_kurva_renders_every_band_with_its_rule() -> None:
    md = tabel.markdown_kurva()
    for k in KURVA_SE_3_2023:
        assert f"### Predikat organisasi {k.predikat_organisasi.label}" in md
        assert f"`{k.aturan.kode}`" in md
        assert f"in force from {k.aturan.berlaku_sejak}" in md
    sangat_kurang = md.split("### Predikat organisasi Sangat Kurang")[1]
    assert "| Sangat Baik | - | - | 0% (none) |" in sangat_kurang
    assert "| Butuh Perbaikan dan/atau Kurang/Misconduct | 10% | 1 | - |" in sangat_kurang
    assert "Free (no bound): Baik." in sangat_kurang
    assert md.count("| Sangat Baik | sebagian besar | - | 70% |") == 1
    assert md.count("| Baik | sebagian besar | - | 70% |") == 1
    assert md.count("*Sebagian besar* of the unit must be") == 2


def test_kurva_of_an_agency_covering_every_predikat() -> None:
    aturan = next(iter(KURVA_SE_3_2023)).aturan
    kurva = KurvaDistribusi(
        PredikatOrganisasi.ISTIMEWA,
        (Pita(tuple(Predikat), maksimum=Fraction(1, 3)),),
        aturan,
    )
    md = tabel.markdown_kurva([kurva])
    assert "| 100/3% |" in md
    assert "Free (no bound): none." in md
    utama = KurvaDistribusi(
        PredikatOrganisasi.ISTIMEWA,
        (Pita(Predikat.SANGAT_BAIK, minimum=Fraction(6, 10)),),
        aturan,
        predikat_utama=Predikat.SANGAT_BAIK,
    )
    assert "| Sangat Baik | 60%, sebagian besar | - | - |" in tabel.markdown_kurva([utama])


def test_unit_kecil_says_whether_a_small_unit_can_comply() -> None:
    md = tabel.markdown_unit_kecil()
    assert md.count("\n") == 2 + 3 * 4 * 2 + 3 * 4
    kepala = md.splitlines()[0]
    assert kepala.endswith("| `KETAT` | `TERDEKAT` | `LONGGAR` | `SEKETAT_MUNGKIN` |")
    baris = _baris(md, "Istimewa | `LEBIH_DARI_SEPARUH` | 1")
    assert baris.endswith("| **no**: SB 1–0 | yes: SB 1–1 | yes: SB 1–1 | yes (TERDEKAT): SB 1–1 |")
    baris = _baris(md, "Baik | `LEBIH_DARI_SEPARUH` | 2")
    assert baris.count("**no**") == 4
    assert "B 2–2; BP+K 1–2" in baris
    assert _baris(md, "Kurang | - | 2").endswith("| yes (TERDEKAT): SB 0–0; BP 0–2; K 1–2 |")
    assert "| Baik | `None` | 1 |" in md
    assert tabel.markdown_unit_kecil(KURVA_SE_3_2023[2:3], [7]) == (
        "| predikat organisasi | sebagian besar | pegawai | `KETAT` | `TERDEKAT` | `LONGGAR` "
        "| `SEKETAT_MUNGKIN` |\n|---|---|---|---|---|---|---|\n"
        "| Butuh Perbaikan | - | 7 | yes: SB 0–0; BP 5–7 | yes: SB 0–1; BP 4–7 "
        "| yes: SB 0–1; BP 4–7 | yes (KETAT): SB 0–0; BP 5–7 |\n"
    )


def test_angka_kredit_renders_the_table_values() -> None:
    md = tabel.markdown_angka_kredit()
    t = TABEL_ANGKA_KREDIT_2023
    for j, koef in t.koefisien.items():
        sel = [s.strip() for s in _baris(md, j.label).split("|")[2:-1]]
        assert Decimal(sel[0]) == koef
        assert sel[1] == "-" if j not in t.akk_pangkat else Decimal(sel[1]) == t.akk_pangkat[j]
        assert sel[2] == "-" if j not in t.akk_jenjang else Decimal(sel[2]) == t.akk_jenjang[j]
    for p, persen in t.persentase.items():
        assert _baris(md, p.label) == f"| {p.label} | {persen}% |"
    assert f"adds once {t.persen_pendidikan}%" in md
    for kode in ("KAR-AK-01", "KAR-AK-02", "KAR-AK-05", "KAR-AK-06"):
        assert f"`{kode}`" in md


def test_angka_kredit_numbers_keep_their_exact_form() -> None:
    lain = attrs.evolve(
        TABEL_ANGKA_KREDIT_2023,
        berlaku_sejak=dt.date(2030, 1, 1),
        koefisien={**TABEL_ANGKA_KREDIT_2023.koefisien, Jenjang.PEMULA: Decimal("1E+1")},
    )
    md = tabel.markdown_angka_kredit([lain])
    assert "### Table in force from 2030-01-01" in md
    assert _baris(md, "Pemula").startswith("| Pemula | 10 |")


def test_golongan_jf_renders_every_range() -> None:
    md = tabel.markdown_golongan_jf()
    assert "`STR-GOL-01`" in md
    for jenjang, golongan in GOLONGAN_JF.items():
        baris = _baris(md, jenjang.label)
        for g in golongan:
            assert f"{g.label} {g.pangkat}" in baris
    assert _baris(md, "Pemula").startswith("| Pemula | II/a |")
    assert _baris(md, "Ahli Madya").startswith("| Ahli Madya | IV/a - IV/c |")
    sendiri = tabel.markdown_golongan_jf({Jenjang.MAHIR: (Golongan.III_B, Golongan.III_A)})
    assert _baris(sendiri, "Mahir").startswith("| Mahir | III/a - III/b |")


def test_eselon_renders_ranges_and_equivalence() -> None:
    md = tabel.markdown_eselon()
    for e in Eselon:
        assert _baris(md, e.label).startswith(
            f"| {e.label} | {e.pangkat_terendah.label} | {e.pangkat_tertinggi.label} |"
        )
    assert "for a kepala LPNK" in _baris(md, "I.a")
    assert "LPNK" not in _baris(md, "I.b")


def test_sebagai_markdown_has_every_section() -> None:
    md = tabel.sebagai_markdown()
    assert md.count("\n## ") + md.startswith("## ") == 5
    assert md.endswith("\n")
    assert tabel.markdown_kuadran() in md


def test_tafsiran_lists_every_interpreted_rule_of_the_catalogue() -> None:
    md = tabel.markdown_tafsiran()
    for kode, rule in KATALOG.items():
        ditafsir = rule.tafsiran or any(
            d.keyakinan is Keyakinan.TIDAK_PASTI for d in rule.semua_dasar
        )
        assert (f"| `{kode}` |" in md) is ditafsir, kode


def test_tafsiran_cell_for_a_mark_u_without_note_and_escaping() -> None:
    dasar = Dasar(PERMENPANRB_6_2022, pasal="1", keyakinan=Keyakinan.TIDAK_PASTI)
    dengan = Dasar(PERMENPANRB_6_2022, pasal="2", keyakinan=Keyakinan.SEKUNDER, tafsiran="a | b")
    biasa = Dasar(PERMENPANRB_6_2022, pasal="3", keyakinan=Keyakinan.TERVERIFIKASI)
    katalog = {
        "XX-SATU-01": Aturan("XX-SATU-01", "u", "s1", dasar, dasar_lain=(dengan,)),
        "XX-DUA-01": Aturan("XX-DUA-01", "u", "s2", biasa),
    }
    md = tabel.markdown_tafsiran(katalog)
    baris = _baris(md, "`XX-SATU-01`")
    assert "(no note: the confidence mark is U)" in baris
    assert "a \\| b *(PermenPANRB 6/2022 Pasal 2 [S])*" in baris
    assert baris.endswith("| U, S |")
    assert "XX-DUA-01" not in md


def test_keyakinan_counts_rules_per_mark_on_main_and_any_citation() -> None:
    v = Dasar(PERMENPANRB_6_2022, pasal="1", keyakinan=Keyakinan.TERVERIFIKASI)
    u = Dasar(PERMENPANRB_6_2022, pasal="2", keyakinan=Keyakinan.TIDAK_PASTI)
    katalog = {
        "XX-SATU-01": Aturan("XX-SATU-01", "u", "s1", v, dasar_lain=(u,)),
        "XX-DUA-01": Aturan("XX-DUA-01", "u", "s2", u),
    }
    md = tabel.markdown_keyakinan(katalog)
    assert _baris(md, "**V**").endswith("| 1 | 1 |")
    assert _baris(md, "**V\\***").endswith("| 0 | 0 |")
    assert _baris(md, "**U**").endswith("| 1 | 2 |")
    assert _baris(md, "all") == "| all | | 2 | |"


def test_keyakinan_main_citation_counts_add_up_to_the_catalogue() -> None:
    baris = tabel.markdown_keyakinan().splitlines()[2 : 2 + len(Keyakinan)]
    assert sum(int(b.split("|")[3]) for b in baris) == len(KATALOG)


def test_a_table_in_an_unknown_language_is_refused() -> None:
    from birokrasi.errors import InvalidValueError

    with pytest.raises(InvalidValueError, match="bahasa"):
        tabel.markdown_kuadran(bahasa="fr")
