"""The message catalogues: extract, update, compile (``make pesan``), or check (``--periksa``).

Babel extracts every ``_t("KODE", "English text {param}")`` call of ``src/birokrasi`` (the
templates made by :func:`birokrasi.pesan.pembuat_templat`) into one template per folder
(``locale/<domain>.pot``; the message kode is the ``msgctxt``, the English text the ``msgid``);
the rules' interpretation notes (``Dasar.tafsiran``, read from the rule catalogue) go to the
domain ``birokrasi.tafsiran``. Then it updates each language's
``locale/<bahasa>/LC_MESSAGES/<domain>.po`` from it (new entries come in untranslated, entries
no template declares any more go away) and compiles the ``.mo`` the wheel ships. A translator
edits the ``.po`` files' ``msgstr`` and runs ``make pesan`` again.

``--periksa`` changes nothing and exits 1 when a file is not what the code and the ``.po``
files make (compared by content, so another Babel version's header does not count).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po, write_po

AKAR = Path(__file__).resolve().parents[1]
SRC = AKAR / "src" / "birokrasi"
LOKAL = SRC / "locale"
BAHASA_TERJEMAHAN = ("id",)
KATA_KUNCI = {"_t": ((1, "c"), 2)}
TANGGAL = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)


def domain_berkas(berkas: Path) -> str:
    """The gettext domain of a source file: the folder of its module (``Templat.domain``)."""
    bagian = ["birokrasi", *berkas.relative_to(SRC).with_suffix("").parts]
    if bagian[-1] == "__init__":
        bagian.pop()
    return ".".join(bagian[:-1]) if len(bagian) > 1 else bagian[0]


def _katalog(bahasa: str | None) -> Catalog:
    return Catalog(
        locale=bahasa,
        domain=None,
        project="birokrasi",
        version="",
        creation_date=TANGGAL,
        revision_date=TANGGAL,
        charset="utf-8",
        fuzzy=False,
    )


def templat_per_domain() -> dict[str, Catalog]:
    """Every message the code declares, by domain, sorted by kode."""
    pesan: dict[str, dict[str, str]] = {}
    for berkas in sorted(SRC.rglob("*.py")):
        for _, teks, _, kode in extract_from_file("python", str(berkas), keywords=KATA_KUNCI):
            if not isinstance(teks, str) or not isinstance(kode, str):
                raise SystemExit(f"{berkas}: _t(...) needs two literal strings")
            pesan.setdefault(domain_berkas(berkas), {})[kode] = teks
    hasil: dict[str, Catalog] = {}
    for domain, isi in sorted(pesan.items()):
        katalog = _katalog(None)
        for kode in sorted(isi):
            katalog.add(isi[kode], context=kode, flags=("python-brace-format",))
        hasil[domain] = katalog
    return hasil


def templat_tafsiran() -> Catalog:
    """The interpretation notes of every rule in the catalogue (``Dasar.tafsiran``), each an
    English ``msgid`` of the domain ``birokrasi.tafsiran``."""
    from birokrasi.katalog import KATALOG

    catatan = {d.tafsiran for a in KATALOG.values() for d in a.semua_dasar if d.tafsiran}
    katalog = _katalog(None)
    for teks in sorted(catatan):
        katalog.add(teks)
    return katalog


def _tulis_po(katalog: Catalog) -> bytes:
    buf = io.BytesIO()
    write_po(buf, katalog, width=100, no_location=True, omit_header=False, ignore_obsolete=True)
    return buf.getvalue()


def _tulis_mo(katalog: Catalog) -> bytes:
    buf = io.BytesIO()
    write_mo(buf, katalog, use_fuzzy=False)
    return buf.getvalue()


def berkas_hasil() -> Iterator[tuple[Path, bytes, str]]:
    """``(path, content, kind)`` of every catalogue file the code and the ``.po`` files make."""
    semua = templat_per_domain()
    semua["birokrasi.tafsiran"] = templat_tafsiran()
    for domain, templat in semua.items():
        yield LOKAL / f"{domain}.pot", _tulis_po(templat), "po"
        for bahasa in BAHASA_TERJEMAHAN:
            folder = LOKAL / bahasa / "LC_MESSAGES"
            po = folder / f"{domain}.po"
            if po.exists():
                with po.open("rb") as f:
                    katalog = read_po(f, locale=bahasa)
            else:
                katalog = _katalog(bahasa)
            katalog.update(templat, no_fuzzy_matching=True, update_header_comment=False)
            katalog.obsolete.clear()
            yield po, _tulis_po(katalog), "po"
            yield folder / f"{domain}.mo", _tulis_mo(katalog), "mo"


def isi_katalog(data: bytes, jenis: str) -> dict[tuple[object, object], object]:
    """A catalogue file's messages (context and id to translation), header left out."""
    buf = io.BytesIO(data)
    katalog = read_mo(buf) if jenis == "mo" else read_po(buf)
    return {
        (m.context, m.id): (m.string, "fuzzy" in m.flags) for m in katalog if m.id and m.id != ""
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--periksa", action="store_true", help="check only, change nothing")
    args = parser.parse_args(argv)
    berbeda: list[str] = []
    dibuat = {path for path, _, _ in berkas_hasil()}
    for path, isi, jenis in berkas_hasil():
        if args.periksa:
            ada = path.read_bytes() if path.exists() else None
            if ada is None or isi_katalog(ada, jenis) != isi_katalog(isi, jenis):
                berbeda.append(str(path.relative_to(AKAR)))
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(isi)
    for path in sorted(LOKAL.rglob("*.po*")) + sorted(LOKAL.rglob("*.mo")):
        if path not in dibuat:
            if args.periksa:
                berbeda.append(f"{path.relative_to(AKAR)} (no template declares its domain)")
            else:
                path.unlink()
    if berbeda:
        sys.stderr.write("not up to date (run `make pesan`):\n  " + "\n  ".join(berbeda) + "\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
