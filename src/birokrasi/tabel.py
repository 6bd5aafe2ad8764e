"""The library's decision tables and interpretations rendered as Markdown, for the docs.

The tables stay Python data next to the rule that uses them (the kuadran of KIN-PREDIKAT-01,
the curves of KIN-DIST-01 to 05, the angka kredit parameters of KAR-AK-01/02/05/06, the
golongan ranges of STR-GOL-01 and the eselon ranges of STR-ESELON-01/02); this module only
reads them and writes Markdown, so the docs' *Decision tables* and *Interpretations* pages
cannot show a number the code does not use. Every function is pure and takes the table as an
argument (defaulting to the library's own), so an agency can render its replacement tables,
and writes its words in ``bahasa`` (``"id"`` or ``"en"``; ``None``: the context's, Indonesian
unless :func:`~birokrasi.pesan.pakai_bahasa` says otherwise): the docs show the English pages
and their Indonesian twins.

>>> print(markdown_kuadran().splitlines()[-1])
| **Di Bawah Ekspektasi** | Butuh Perbaikan | Butuh Perbaikan | Sangat Kurang |
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction

from birokrasi.hukum import Aturan, Dasar, Keyakinan
from birokrasi.karier.konversi import ATURAN_PENDIDIKAN, ATURAN_PERSENTASE
from birokrasi.karier.tabel_ak import (
    ATURAN_AKK,
    ATURAN_KOEFISIEN,
    TABEL_ANGKA_KREDIT,
    TabelAngkaKredit,
)
from birokrasi.katalog import KATALOG, _sel
from birokrasi.kinerja.penilaian.kurva import (
    KURVA_DISTRIBUSI,
    BatasDistribusi,
    KurvaDistribusi,
    Pembulatan,
    Pita,
    SebagianBesar,
)
from birokrasi.kinerja.predikat import ATURAN_KUADRAN, KUADRAN, Predikat, Rating
from birokrasi.pesan import Templat, pastikan_bahasa, pembuat_templat
from birokrasi.struktur.eselon import (
    ATURAN_PANGKAT_ESELON,
    ATURAN_SETARA_ESELON,
    Eselon,
    jenjang_setara,
)
from birokrasi.struktur.golongan import ATURAN_GOLONGAN_JF, GOLONGAN_JF, Golongan
from birokrasi.struktur.jabatan import Jenjang

__all__ = [
    "markdown_angka_kredit",
    "markdown_eselon",
    "markdown_golongan_jf",
    "markdown_keyakinan",
    "markdown_kuadran",
    "markdown_kurva",
    "markdown_tafsiran",
    "markdown_unit_kecil",
    "sebagai_markdown",
]


def _k(templat: Templat, bahasa: str, **parameter: object) -> str:
    return templat(**parameter).teks(bahasa)


def _dasar(rule: Aturan) -> str:
    """Every citation of ``rule`` with its confidence mark, e.g. ``PermenPANRB 6/2022 ... [S]``."""
    return "; ".join(f"{d} [{d.keyakinan.value}]" for d in rule.semua_dasar)


def _sumber(bahasa: str, *rules: Aturan) -> str:
    """The line under a table naming its rules, their citations and the date they apply from."""
    bagian: list[str] = []
    for rule in rules:
        if rule.berlaku_sejak:
            bagian.append(
                _k(
                    _ATURAN_SEJAK,
                    bahasa,
                    kode=rule.kode,
                    dasar=_dasar(rule),
                    sejak=rule.berlaku_sejak,
                )
            )
        else:
            bagian.append(f"`{rule.kode}` ({_dasar(rule)})")
    return _k(_ATURAN, bahasa, daftar="; ".join(bagian))


def _angka(nilai: Decimal) -> str:
    """A table number as the regulation writes it: no exponent, no trailing zeros."""
    return f"{nilai.normalize():f}"


def _persen(bagian: Fraction) -> str:
    """A share as a percentage, exact when whole (``7/10`` → ``70%``)."""
    nilai = bagian * 100
    if nilai.denominator == 1:
        return f"{nilai.numerator}%"
    return f"{nilai.numerator}/{nilai.denominator}%"


def markdown_kuadran(
    tabel: Mapping[tuple[Rating, Rating], Predikat] | None = None,
    aturan: Aturan | None = None,
    *,
    bahasa: str | None = None,
) -> str:
    """The kuadran kinerja (KIN-PREDIKAT-01) as a 3x3 table: rows are the rating hasil kerja,
    columns the rating perilaku kerja, cells the predikat; an absent pair shows ``-``.
    ``None`` is the library's :data:`~birokrasi.kinerja.predikat.KUADRAN` and its rule."""
    b = pastikan_bahasa(bahasa)
    tabel = KUADRAN if tabel is None else tabel
    aturan = ATURAN_KUADRAN if aturan is None else aturan
    kolom = sorted(Rating, reverse=True)
    out = [
        "| hasil kerja \\ perilaku kerja | " + " | ".join(r.label for r in kolom) + " |",
        "|---|" + "---|" * len(kolom),
    ]
    for hasil in kolom:
        sel = [tabel[hasil, p].label if (hasil, p) in tabel else "-" for p in kolom]
        out.append(f"| **{hasil.label}** | " + " | ".join(sel) + " |")
    return "\n".join([_sumber(b, aturan), "", *out])


def _batas_pita(pita: Pita, utama: bool, bahasa: str) -> tuple[str, str, str]:
    minimum = "-" if pita.minimum is None else _persen(pita.minimum)
    if utama:
        minimum = "sebagian besar" if pita.minimum is None else f"{minimum}, sebagian besar"
    jumlah = str(pita.minimum_jumlah) if pita.minimum_jumlah else "-"
    if pita.maksimum is None:
        maksimum = "-"
    elif pita.maksimum == 0:
        maksimum = _k(_NOL_PERSEN, bahasa)
    else:
        maksimum = _persen(pita.maksimum)
    return minimum, jumlah, maksimum


def markdown_kurva(
    daftar: Iterable[KurvaDistribusi] | None = None, *, bahasa: str | None = None
) -> str:
    """Every kurva distribusi in ``daftar`` (``None``: the library's
    :data:`~birokrasi.kinerja.penilaian.kurva.KURVA_DISTRIBUSI`, KIN-DIST-01 to 05), one table
    per predikat organisasi: the bands with their minimum share, minimum head count and maximum
    share; a predikat in no band is free. Shares become counts through
    :class:`~birokrasi.kinerja.penilaian.kurva.Pembulatan`, and "sebagian besar" a floor
    through :class:`~birokrasi.kinerja.penilaian.kurva.SebagianBesar`.
    """
    b = pastikan_bahasa(bahasa)
    out: list[str] = []
    for k in KURVA_DISTRIBUSI if daftar is None else daftar:
        bebas = [p.label for p in Predikat if all(p not in pt.predikat for pt in k.pita)]
        out += [
            f"### Predikat organisasi {k.predikat_organisasi.label}",
            "",
            _sumber(b, k.aturan),
            "",
            _k(_KEPALA_KURVA, b),
            "|---|---|---|---|",
        ]
        for pita in k.pita:
            minimum, jumlah, maksimum = _batas_pita(pita, pita.predikat == (k.predikat_utama,), b)
            out.append(f"| {pita.nama} | {minimum} | {jumlah} | {maksimum} |")
        out += ["", _k(_BEBAS, b, predikat=tuple(bebas)) if bebas else _k(_BEBAS_TIDAK_ADA, b)]
        if k.predikat_utama is not None:
            out.append(_k(_SEBAGIAN_BESAR, b, predikat=k.predikat_utama))
        out.append("")
    return "\n".join(out).rstrip("\n")


def markdown_angka_kredit(
    daftar: Iterable[TabelAngkaKredit] | None = None, *, bahasa: str | None = None
) -> str:
    """Every angka kredit table in ``daftar`` (``None``: the library's
    :data:`~birokrasi.karier.tabel_ak.TABEL_ANGKA_KREDIT`): koefisien and AKK per JF jenjang
    (KAR-AK-01, KAR-AK-05), the percentage per predikat (KAR-AK-02) and the share for a higher
    degree (KAR-AK-06)."""
    b = pastikan_bahasa(bahasa)
    out: list[str] = []
    for t in TABEL_ANGKA_KREDIT if daftar is None else daftar:
        out += [
            _k(_TABEL_SEJAK, b, sejak=t.berlaku_sejak),
            "",
            _sumber(b, ATURAN_KOEFISIEN, ATURAN_AKK),
            "",
            _k(_KEPALA_AK, b),
            "|---|---|---|---|",
        ]
        for j, koef in t.koefisien.items():
            pangkat = t.akk_pangkat.get(j)
            jenjang = t.akk_jenjang.get(j)
            out.append(
                f"| {j.label} | {_angka(koef)} | "
                f"{'-' if pangkat is None else _angka(pangkat)} | "
                f"{'-' if jenjang is None else _angka(jenjang)} |"
            )
        out += ["", _sumber(b, ATURAN_PERSENTASE), "", _k(_KEPALA_PERSENTASE, b)]
        out.append("|---|---|")
        for p in sorted(t.persentase, reverse=True):
            out.append(f"| {p.label} | {_angka(t.persentase[p])}% |")
        out += [
            "",
            _k(
                _PENDIDIKAN,
                b,
                persen=_angka(t.persen_pendidikan),
                sumber=_sumber(b, ATURAN_PENDIDIKAN),
            ),
            "",
        ]
    return "\n".join(out).rstrip("\n")


def _rentang(golongan: tuple[Golongan, ...]) -> str:
    bawah, atas = min(golongan), max(golongan)
    return bawah.label if bawah is atas else f"{bawah.label} - {atas.label}"


def markdown_golongan_jf(
    tabel: Mapping[Jenjang, tuple[Golongan, ...]] | None = None,
    aturan: Aturan | None = None,
    *,
    bahasa: str | None = None,
) -> str:
    """The golongan ruang allowed in each JF jenjang (STR-GOL-01), with the pangkat names
    (``None``: the library's :data:`~birokrasi.struktur.golongan.GOLONGAN_JF` and its rule)."""
    tabel = GOLONGAN_JF if tabel is None else tabel
    aturan = ATURAN_GOLONGAN_JF if aturan is None else aturan
    out = [
        _sumber(pastikan_bahasa(bahasa), aturan),
        "",
        "| jenjang | golongan | pangkat |",
        "|---|---|---|",
    ]
    for jenjang, golongan in tabel.items():
        pangkat = ", ".join(f"{g.label} {g.pangkat}" for g in sorted(golongan))
        out.append(f"| {jenjang.label} | {_rentang(golongan)} | {pangkat} |")
    return "\n".join(out)


def markdown_eselon(*, bahasa: str | None = None) -> str:
    """The legacy eselon with their pangkat range (STR-ESELON-02) and the jabatan they are
    equivalent to (STR-ESELON-01)."""
    b = pastikan_bahasa(bahasa)
    out = [
        _sumber(b, ATURAN_PANGKAT_ESELON, ATURAN_SETARA_ESELON),
        "",
        _k(_KEPALA_ESELON, b),
        "|---|---|---|---|",
    ]
    for e in Eselon:
        setara = jenjang_setara(e).label
        if e is Eselon.I_A:
            setara += " " + _k(_LPNK, b, jenjang=jenjang_setara(e, kepala_lpnk=True))
        out.append(
            f"| {e.label} | {e.pangkat_terendah.label} | {e.pangkat_tertinggi.label} | {setara} |"
        )
    return "\n".join(out)


_SINGKAT = dict(zip(Predikat, ("SB", "B", "BP", "K", "SK"), strict=True))


def _sel_unit(batas: BatasDistribusi, baku: bool, bahasa: str) -> str:
    """One cell of the small-unit table: can the unit comply, and the bounds per band."""
    pita = "; ".join(
        f"{'+'.join(_SINGKAT[p] for p in b.pita.predikat)} {b.minimum}–{b.maksimum}"
        for b in batas.pita
    )
    if not batas.dapat_dipenuhi:
        return _k(_TIDAK_DAPAT, bahasa, pita=pita)
    if baku:
        return _k(_DAPAT_DENGAN, bahasa, cara=batas.pembulatan.name, pita=pita)
    return _k(_DAPAT, bahasa, pita=pita)


def markdown_unit_kecil(
    daftar: Iterable[KurvaDistribusi] | None = None,
    ukuran: Iterable[int] = range(1, 5),
    *,
    bahasa: str | None = None,
) -> str:
    """Whether a unit of each size in ``ukuran`` (default one to four employees) can comply
    with each curve of ``daftar`` (``None``: the library's, KIN-DIST-01 to 05), under every
    rounding (:class:`Pembulatan`, the default ``SEKETAT_MUNGKIN`` last, naming the rounding it
    applies) and, where a curve names a leading predikat, every reading of "sebagian besar"
    (:class:`SebagianBesar`; ``None`` is the cap alone), with the count bounds of each band
    (``min–max``)."""
    b = pastikan_bahasa(bahasa)
    kolom = (*Pembulatan.SEKETAT_MUNGKIN.urutan, Pembulatan.SEKETAT_MUNGKIN)
    out = [
        "| predikat organisasi | sebagian besar | pegawai | "
        + " | ".join(f"`{p.name}`" for p in kolom)
        + " |",
        "|---|---|---|" + "---|" * len(kolom),
    ]
    ukuran = tuple(ukuran)
    for k in KURVA_DISTRIBUSI if daftar is None else daftar:
        bacaan: tuple[SebagianBesar | None, ...] = (
            (*SebagianBesar, None) if k.predikat_utama is not None else (None,)
        )
        for sb in bacaan:
            nama = "-" if k.predikat_utama is None else f"`{sb.name if sb else None}`"
            for n in ukuran:
                sel = [_sel_unit(k.batas(n, p, sb), p is kolom[-1], b) for p in kolom]
                out.append(
                    f"| {k.predikat_organisasi.label} | {nama} | {n} | " + " | ".join(sel) + " |"
                )
    return "\n".join(out) + "\n"


def sebagai_markdown(*, bahasa: str | None = None) -> str:
    """Every decision table of the library, as the docs' *Decision tables* page shows them."""
    b = pastikan_bahasa(bahasa)
    bagian = (
        (_JUDUL_KUADRAN, markdown_kuadran(bahasa=b)),
        (_JUDUL_KURVA, markdown_kurva(bahasa=b)),
        (_JUDUL_AK, markdown_angka_kredit(bahasa=b)),
        (_JUDUL_GOLONGAN, markdown_golongan_jf(bahasa=b)),
        (_JUDUL_ESELON, markdown_eselon(bahasa=b)),
    )
    return "\n\n".join(f"## {_k(judul, b)}\n\n{isi}" for judul, isi in bagian) + "\n"


def _tafsiran_dasar(d: Dasar, bahasa: str) -> str:
    catatan = d.tafsiran_teks(bahasa)
    if catatan is None:
        catatan = _k(_TANPA_CATATAN, bahasa)
    return f"{_sel(catatan)} *({d} [{d.keyakinan.value}])*"


def markdown_tafsiran(
    katalog: Mapping[str, Aturan] | None = None, *, bahasa: str | None = None
) -> str:
    """Every rule of ``katalog`` (``None``: :data:`~birokrasi.katalog.KATALOG`) that is an
    interpretation: a citation carries a ``tafsiran`` note or the
    mark U (:attr:`~birokrasi.hukum.Keyakinan.TIDAK_PASTI`), as a table of the rule, the
    reading chosen with the citation it qualifies, and every citation's confidence."""
    b = pastikan_bahasa(bahasa)
    out = [_k(_KEPALA_TAFSIRAN, b), "|---|---|---|---|"]
    for rule in (KATALOG if katalog is None else katalog).values():
        pilihan = [
            d
            for d in rule.semua_dasar
            if d.tafsiran is not None or d.keyakinan is Keyakinan.TIDAK_PASTI
        ]
        if not pilihan:
            continue
        catatan = "<br>".join(_tafsiran_dasar(d, b) for d in pilihan)
        keyakinan = ", ".join(d.keyakinan.value for d in rule.semua_dasar)
        arti = rule.uraian if b == "id" else rule.summary
        out.append(f"| `{rule.kode}` | {_sel(arti)} | {catatan} | {keyakinan} |")
    return "\n".join(out) + "\n"


def markdown_keyakinan(
    katalog: Mapping[str, Aturan] | None = None, *, bahasa: str | None = None
) -> str:
    """How many rules of ``katalog`` (``None``: :data:`~birokrasi.katalog.KATALOG`) carry each
    confidence mark (:class:`~birokrasi.hukum.Keyakinan`): on their main citation, which counts
    every rule once, and on any of their citations."""
    b = pastikan_bahasa(bahasa)
    katalog = KATALOG if katalog is None else katalog
    out = [_k(_KEPALA_KEYAKINAN, b), "|---|---|---|---|"]
    for tanda in Keyakinan:
        utama = sum(rule.dasar.keyakinan is tanda for rule in katalog.values())
        mana = sum(any(d.keyakinan is tanda for d in rule.semua_dasar) for rule in katalog.values())
        nama = tanda.value.replace("*", "\\*")
        out.append(f"| **{nama}** | {_k(_ARTI_KEYAKINAN[tanda], b)} | {utama} | {mana} |")
    out.append(f"| {_k(_SEMUA, b)} | | {len(katalog)} | |")
    return "\n".join(out) + "\n"


_t = pembuat_templat(__name__)
_ATURAN = _t("TABEL/aturan", "*Rule:* {daftar}")
_ATURAN_SEJAK = _t("TABEL/aturan-sejak", "`{kode}` ({dasar}, in force from {sejak})")
_NOL_PERSEN = _t("TABEL/nol-persen", "0% (none)")
_KEPALA_KURVA = _t(
    "TABEL/kepala-kurva",
    "| band (predikat counted together) | minimum share | minimum employees | maximum share |",
)
_BEBAS = _t("TABEL/bebas", "Free (no bound): {predikat}.")
_BEBAS_TIDAK_ADA = _t("TABEL/bebas-tidak-ada", "Free (no bound): none.")
_SEBAGIAN_BESAR = _t(
    "TABEL/sebagian-besar",
    "*Sebagian besar* of the unit must be {predikat}: by default more than half "
    "(`SebagianBesar.LEBIH_DARI_SEPARUH`), or more than any other predikat (`TERBANYAK`); "
    "`sebagian_besar=None` drops the floor.",
)
_TABEL_SEJAK = _t("TABEL/tabel-sejak", "### Table in force from {sejak}")
_KEPALA_AK = _t(
    "TABEL/kepala-angka-kredit",
    "| jenjang | annual koefisien | AKK kenaikan pangkat | AKK kenaikan jenjang |",
)
_KEPALA_PERSENTASE = _t("TABEL/kepala-persentase", "| predikat | percentage of koefisien |")
_PENDIDIKAN = _t(
    "TABEL/pendidikan",
    "A higher formal degree adds once {persen}% of the AKK kenaikan pangkat of the jenjang. "
    "{sumber}",
)
_KEPALA_ESELON = _t(
    "TABEL/kepala-eselon", "| eselon | lowest pangkat | highest pangkat | equivalent jabatan |"
)
_LPNK = _t("TABEL/lpnk", "({jenjang} for a kepala LPNK)")
_TIDAK_DAPAT = _t("TABEL/tidak-dapat", "**no**: {pita}")
_DAPAT = _t("TABEL/dapat", "yes: {pita}")
_DAPAT_DENGAN = _t("TABEL/dapat-dengan", "yes ({cara}): {pita}")
_JUDUL_KUADRAN = _t("TABEL/judul-kuadran", "Kuadran kinerja: ratings to predikat")
_JUDUL_KURVA = _t("TABEL/judul-kurva", "Kurva distribusi per predikat organisasi")
_JUDUL_AK = _t("TABEL/judul-angka-kredit", "Angka kredit: koefisien, percentages and AKK")
_JUDUL_GOLONGAN = _t("TABEL/judul-golongan", "Golongan ruang per JF jenjang")
_JUDUL_ESELON = _t("TABEL/judul-eselon", "Legacy eselon: pangkat range and equivalence")
_TANPA_CATATAN = _t("TABEL/tanpa-catatan", "(no note: the confidence mark is U)")
_KEPALA_TAFSIRAN = _t(
    "TABEL/kepala-tafsiran",
    "| kode | rule | reading chosen (tafsiran) and the citation it qualifies | keyakinan |",
)
_KEPALA_KEYAKINAN = _t(
    "TABEL/kepala-keyakinan", "| mark | meaning | rules (main citation) | rules (any citation) |"
)
_SEMUA = _t("TABEL/semua", "all")
_ARTI_KEYAKINAN = {
    Keyakinan.TERVERIFIKASI: _t(
        "TABEL/keyakinan-v",
        "the regulation's words were read, quoted with where they were read",
    ),
    Keyakinan.TURUNAN: _t(
        "TABEL/keyakinan-turunan", "read in a derivative regulation that copies the cited one"
    ),
    Keyakinan.SEKUNDER: _t(
        "TABEL/keyakinan-s", "secondary sources: official slides, circulars as reported, code"
    ),
    Keyakinan.TIDAK_PASTI: _t(
        "TABEL/keyakinan-u", "the library's interpretation, or a single weak source"
    ),
}
