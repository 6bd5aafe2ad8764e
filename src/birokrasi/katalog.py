"""The catalogue of every rule (:class:`~birokrasi.hukum.Aturan`) the library applies.

Each rule-owning module lists its rules in a module-level ``ATURAN`` tuple; this module
collects them into :data:`KATALOG`, a read-only mapping from kode to rule. The docs' rule
catalogue page is generated from it, so it cannot drift from the code.
"""

from __future__ import annotations

import types
from collections.abc import Mapping

from birokrasi import _validasi as v
from birokrasi import tahun_kinerja
from birokrasi.errors import InvalidValueError, NotFoundError
from birokrasi.hukum import PERATURAN, Aturan, Dasar, Peraturan
from birokrasi.karier import (
    integrasi,
    kenaikan,
    konversi,
    pengangkatan,
    pengangkatan_pertama,
    penyesuaian,
    promosi,
    saldo,
    tabel_ak,
)
from birokrasi.kinerja import predikat
from birokrasi.kinerja.pemantauan import kewenangan
from birokrasi.kinerja.pemantauan import pemeriksaan as pemantauan_pemeriksaan
from birokrasi.kinerja.penilaian import capaian, evaluasi, kurva, riwayat
from birokrasi.kinerja.perencanaan import pemeriksaan as perencanaan_pemeriksaan
from birokrasi.kinerja.perencanaan import perilaku, pohon, rujukan, skp
from birokrasi.kinerja.tindak_lanjut import keberatan, kinerja_rendah, penghargaan
from birokrasi.kompetensi import kebutuhan_tim, kesenjangan, profil, standar, usulan
from birokrasi.pesan import pembuat_templat
from birokrasi.sistem_kerja import kewenangan as sistem_kerja_kewenangan
from birokrasi.sistem_kerja import pemeriksaan as sistem_kerja_pemeriksaan
from birokrasi.struktur import eselon, golongan, jabatan, nip, organisasi
from birokrasi.struktur import pemeriksaan as struktur_pemeriksaan

__all__ = ["KATALOG", "aturan", "modul_aturan", "sebagai_markdown"]

_MODUL: tuple[types.ModuleType, ...] = (
    # rule-owning modules, one per line, in DESIGN order
    jabatan,
    golongan,
    eselon,
    nip,
    organisasi,
    struktur_pemeriksaan,
    sistem_kerja_pemeriksaan,
    sistem_kerja_kewenangan,
    standar,
    profil,
    kesenjangan,
    kebutuhan_tim,
    usulan,
    predikat,
    perilaku,
    skp,
    perencanaan_pemeriksaan,
    rujukan,
    pohon,
    capaian,
    kurva,
    evaluasi,
    riwayat,
    kewenangan,
    pemantauan_pemeriksaan,
    penghargaan,
    kinerja_rendah,
    keberatan,
    tabel_ak,
    konversi,
    saldo,
    pengangkatan,
    pengangkatan_pertama,
    penyesuaian,
    promosi,
    integrasi,
    kenaikan,
    tahun_kinerja,
)


_t = pembuat_templat(__name__)
_SELALU = _t("KATALOG/selalu", "always")
_KODE_GANDA = _t("KATALOG/kode-ganda", "katalog: kode {kode} is used by two rules")
_TIDAK_ADA = _t("KATALOG/tidak-ada", "aturan: no rule with kode {kode}")


def _kumpulkan(moduls: tuple[types.ModuleType, ...]) -> Mapping[str, Aturan]:
    daftar: dict[str, Aturan] = {}
    for modul in moduls:
        for rule in modul.ATURAN:
            if rule.kode in daftar and daftar[rule.kode] != rule:
                raise InvalidValueError(_KODE_GANDA(kode=rule.kode))
            daftar[rule.kode] = rule
    return types.MappingProxyType(dict(sorted(daftar.items())))


KATALOG: Mapping[str, Aturan] = _kumpulkan(_MODUL)
"""Every rule, by kode, in kode order."""

_ASAL: Mapping[str, str] = types.MappingProxyType(
    {rule.kode: modul.__name__ for modul in _MODUL for rule in modul.ATURAN}
)


def modul_aturan(kode: str) -> str:
    """The module that defines and applies the rule ``kode`` (for links from the catalogue).

    >>> modul_aturan("KIN-PREDIKAT-01")
    'birokrasi.kinerja.predikat'
    """
    aturan(kode)
    return _ASAL[kode]


def aturan(kode: str) -> Aturan:
    """The rule with this kode.

    >>> aturan("XXX-NONE-99")
    Traceback (most recent call last):
    ...
    birokrasi.errors.NotFoundError: aturan: tidak ada aturan dengan kode 'XXX-NONE-99'
    """
    v.pastikan_tipe("kode", kode, str)
    try:
        return KATALOG[kode]
    except KeyError:
        raise NotFoundError(_TIDAK_ADA(kode=v.render(repr(kode)))) from None


def _sel(teks: str) -> str:
    """A Markdown table cell: pipes escaped, newlines flattened."""
    return teks.replace("|", "\\|").replace("\n", " ")


def _urutan_lokasi(rule: Aturan) -> tuple[int, str, str, str]:
    d = rule.dasar
    pasal = d.pasal or ""
    angka = int(pasal) if pasal.isdigit() else 10_000
    return (angka, d.lampiran or "", d.bagian or "", rule.kode)


def _dasar_dengan_kutipan(d: Dasar) -> str:
    """The citation, followed by the words read and where they were read, when recorded."""
    if d.kutipan is None:
        return str(d)
    sumber = f" ({d.sumber})" if d.sumber else ""
    return f"{d} — “{d.kutipan}”{sumber}"


def sebagai_markdown(
    katalog: Mapping[str, Aturan] | None = None, *, bahasa: str | None = None
) -> str:
    """The catalogue as Markdown tables, one per regulation, rules in Pasal order (the docs'
    rule catalogue page); each kode links to the API reference of the module applying it.

    Rules are grouped by the regulation of their main :class:`~birokrasi.hukum.Dasar`, in
    the order of :data:`birokrasi.hukum.PERATURAN`. Each rule shows its Indonesian ``uraian``
    and English ``summary``; the interpretation notes and the fixed words are in ``bahasa``
    (``None``: the context's).
    """
    rules = KATALOG if katalog is None else katalog
    by_reg: dict[Peraturan, list[Aturan]] = {}
    for rule in rules.values():
        by_reg.setdefault(rule.dasar.peraturan, []).append(rule)
    urutan = {p: i for i, p in enumerate(PERATURAN)}
    out: list[str] = []
    for reg in sorted(by_reg, key=lambda p: (urutan.get(p, len(urutan)), p.singkat)):
        out += [f"## {reg.singkat}", "", f"*{reg.judul}*", ""]
        out += [
            "| kode | aturan | dasar | keyakinan | berlaku | tafsiran |",
            "|---|---|---|---|---|---|",
        ]
        for rule in sorted(by_reg[reg], key=_urutan_lokasi):
            modul = _ASAL.get(rule.kode)
            kode = f"`{rule.kode}`" if modul is None else f"[`{rule.kode}`](api.md#{modul})"
            dasar = "; ".join(_dasar_dengan_kutipan(d) for d in rule.semua_dasar)
            keyakinan = ", ".join(d.keyakinan.value for d in rule.semua_dasar)
            sejak = rule.berlaku_sejak.isoformat() if rule.berlaku_sejak else ""
            sampai = rule.berlaku_sampai.isoformat() if rule.berlaku_sampai else ""
            berlaku = f"{sejak} .. {sampai}" if sejak or sampai else _SELALU().teks(bahasa)
            tafsiran = " ".join(
                t for d in rule.semua_dasar if (t := d.tafsiran_teks(bahasa)) is not None
            )
            out.append(
                f"| {kode} | {_sel(rule.uraian)}<br>*{_sel(rule.summary)}* | "
                f"{_sel(dasar)} | {keyakinan} | {berlaku} | {_sel(tafsiran)} |"
            )
        out.append("")
    return "\n".join(out)
