"""Why a derived result is what it is, as a value a UI can render.

A :class:`Penjelasan` carries the result (``hasil``), the rules applied (``aturan``, each with
its :class:`~birokrasi.hukum.Dasar`), the inputs as ``(name, rendered value)`` pairs
(``masukan``) and an Indonesian sentence (``teks``). The ``jelaskan_*`` functions here are thin
wrappers: each calls the function that owns the rule and only describes its answer, so an
explanation can never disagree with the result it explains.

Checks already explain themselves (every ``periksa_*`` returns
:class:`~birokrasi.hukum.Pelanggaran` values naming rule, subject and message) and so does the
predikat (:func:`~birokrasi.kinerja.predikat.jelaskan_predikat`); this module adds the angka
kredit, the distribution bounds, a leader's rating hasil kerja and the pejabat penilai.

>>> import datetime as dt
>>> from birokrasi import Jenjang, Predikat
>>> p = jelaskan_angka_kredit(Jenjang.AHLI_PERTAMA, Predikat.BAIK, tanggal=dt.date(2025, 12, 31))
>>> p.hasil
Fraction(25, 2)
>>> [a.kode for a in p.aturan]
['KAR-AK-01', 'KAR-AK-02']
>>> print(p.teks)
Angka kredit 12/12 x 100% x 12.5 = 25/2 (12.500): koefisien tahunan Ahli Pertama 12.5 \
(KAR-AK-01), predikat Baik memberi 100% (KAR-AK-02).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from fractions import Fraction
from typing import Generic, TypeVar

import attrs

from birokrasi import _validasi as v
from birokrasi.errors import InvalidTypeError
from birokrasi.hukum import Aturan, Dasar
from birokrasi.karier.konversi import ATURAN_PERSENTASE, ATURAN_PRORATA, angka_kredit
from birokrasi.karier.tabel_ak import (
    ATURAN_KOEFISIEN,
    TabelAngkaKredit,
    koefisien_angka_kredit,
    tabel_angka_kredit,
)
from birokrasi.kinerja.penilaian.capaian import (
    ATURAN_RATING_PIMPINAN,
    PEMETAAN_RATING_PIMPINAN,
    PredikatOrganisasi,
    rating_hasil_kerja_pimpinan,
)
from birokrasi.kinerja.penilaian.distribusi import batas_distribusi
from birokrasi.kinerja.penilaian.kurva import (
    BatasDistribusi,
    KurvaDistribusi,
    Pembulatan,
    SebagianBesar,
)
from birokrasi.kinerja.predikat import Predikat, Rating
from birokrasi.struktur.jabatan import Jenjang
from birokrasi.struktur.nip import NIP, _nip_argumen
from birokrasi.struktur.organisasi import (
    ATURAN_ATASAN,
    ATURAN_ATASAN_LUAR,
    ATURAN_DELEGASI,
    ATURAN_PENILAI,
    Instansi,
    Pejabat,
)
from birokrasi.struktur.unsur import PejabatLuar, PejabatNegara, Penempatan

__all__ = [
    "Penjelasan",
    "jelaskan_angka_kredit",
    "jelaskan_batas_distribusi",
    "jelaskan_pejabat_penilai",
    "jelaskan_rating_hasil_kerja_pimpinan",
]

T = TypeVar("T")


def _masukan(instance: object, attribute: attrs.Attribute[object], value: object) -> None:
    if not isinstance(value, tuple) or not all(
        isinstance(m, tuple) and len(m) == 2 and all(isinstance(x, str) for x in m) for m in value
    ):
        raise InvalidTypeError(
            f"{v.nama_field(instance, attribute)}: expected a tuple of (name, value) str "
            f"pairs, got {v.describe(value)}"
        )


@attrs.frozen
class Penjelasan(Generic[T]):
    """A derived result with its reasons: the rules applied, the inputs, and a sentence."""

    hasil: T
    aturan: tuple[Aturan, ...] = attrs.field(
        converter=v.KeTuple[Aturan], validator=v.tuple_of(Aturan)
    )
    masukan: tuple[tuple[str, str], ...] = attrs.field(
        converter=v.KeTuple[tuple[str, str]], validator=_masukan
    )
    teks: str = attrs.field(validator=v.teks())

    @property
    def dasar(self) -> tuple[Dasar, ...]:
        """The citations of every rule applied, in order."""
        return tuple(d for a in self.aturan for d in a.semua_dasar)

    def __str__(self) -> str:
        return self.teks


def _angka(nilai: Fraction) -> str:
    return f"{nilai} ({float(nilai):.3f})"


def jelaskan_angka_kredit(
    jenjang: Jenjang,
    predikat: Predikat,
    *,
    bulan: int = 12,
    tanggal: dt.date,
    tabel: TabelAngkaKredit | None = None,
) -> Penjelasan[Fraction]:
    """:func:`~birokrasi.karier.konversi.angka_kredit` with its reasons (KAR-AK-01,
    KAR-AK-02, and KAR-AK-03 when pro rata over fewer than 12 months)."""
    hasil = angka_kredit(jenjang, predikat, bulan=bulan, tanggal=tanggal, tabel=tabel)
    koefisien = koefisien_angka_kredit(jenjang, tanggal=tanggal, tabel=tabel)
    persen = tabel_angka_kredit(tanggal, tabel=tabel).persentase[predikat]
    aturan = [ATURAN_KOEFISIEN, ATURAN_PERSENTASE]
    prorata = ""
    if bulan < 12:
        aturan.append(ATURAN_PRORATA)
        prorata = f", dihitung {bulan} dari 12 bulan (KAR-AK-03)"
    return Penjelasan(
        hasil,
        aturan,
        (
            ("jenjang", jenjang.label),
            ("predikat", predikat.label),
            ("bulan", str(bulan)),
            ("tanggal", tanggal.isoformat()),
            ("koefisien", str(koefisien)),
            ("persentase", f"{persen}%"),
        ),
        f"Angka kredit {bulan}/12 x {persen}% x {koefisien} = {_angka(hasil)}: koefisien "
        f"tahunan {jenjang.label} {koefisien} (KAR-AK-01), predikat {predikat.label} memberi "
        f"{persen}% (KAR-AK-02){prorata}.",
    )


def jelaskan_batas_distribusi(
    predikat_organisasi: PredikatOrganisasi,
    jumlah_pegawai: int,
    *,
    tanggal: dt.date,
    pembulatan: Pembulatan = Pembulatan.SEKETAT_MUNGKIN,
    sebagian_besar: SebagianBesar | None = SebagianBesar.LEBIH_DARI_SEPARUH,
    kurva: KurvaDistribusi | None = None,
) -> Penjelasan[BatasDistribusi]:
    """:func:`~birokrasi.kinerja.penilaian.distribusi.batas_distribusi` with its reasons: the
    curve's rule (KIN-DIST-01 to 05, or the agency's own curve) and the bounds per band; the
    rounding named is the one applied.

    >>> import datetime as dt
    >>> p = jelaskan_batas_distribusi(PredikatOrganisasi.BAIK, 10, tanggal=dt.date(2025, 1, 1))
    >>> print(p)
    Organisasi Baik, 10 pegawai, pembulatan KETAT (KIN-DIST-02): Baik 6-7 pegawai; \
Butuh Perbaikan dan/atau Kurang/Misconduct 1-10 pegawai.
    """
    hasil = batas_distribusi(
        predikat_organisasi,
        jumlah_pegawai,
        tanggal=tanggal,
        pembulatan=pembulatan,
        sebagian_besar=sebagian_besar,
        kurva=kurva,
    )
    pita = "; ".join(
        f"{b.pita.nama} {v.teks_bulat(b.minimum)}-{v.teks_bulat(b.maksimum)} pegawai"
        for b in hasil.pita
    )
    return Penjelasan(
        hasil,
        (hasil.kurva.aturan,),
        (
            ("predikat_organisasi", predikat_organisasi.label),
            ("jumlah_pegawai", v.teks_bulat(jumlah_pegawai)),
            ("tanggal", tanggal.isoformat()),
            ("pembulatan", pembulatan.name),
            ("sebagian_besar", "-" if sebagian_besar is None else sebagian_besar.name),
        ),
        f"Organisasi {predikat_organisasi.label}, {v.teks_bulat(jumlah_pegawai)} pegawai, "
        "pembulatan "
        f"{hasil.pembulatan.name} ({hasil.kurva.aturan.kode}): {pita}.",
    )


def jelaskan_rating_hasil_kerja_pimpinan(
    predikat_organisasi: PredikatOrganisasi,
    *,
    pemetaan: Mapping[PredikatOrganisasi, Rating] | None = None,
    tanggal: dt.date | None = None,
) -> Penjelasan[Rating]:
    """:func:`~birokrasi.kinerja.penilaian.capaian.rating_hasil_kerja_pimpinan` with its reason
    (KIN-RATING-01).

    >>> print(jelaskan_rating_hasil_kerja_pimpinan(PredikatOrganisasi.BAIK))
    Rating hasil kerja pimpinan unit: Sesuai Ekspektasi, karena predikat kinerja organisasi \
Baik (KIN-RATING-01).
    """
    hasil = rating_hasil_kerja_pimpinan(predikat_organisasi, pemetaan=pemetaan, tanggal=tanggal)
    masukan = [("predikat_organisasi", predikat_organisasi.label)]
    if tanggal is not None:
        masukan.append(("tanggal", tanggal.isoformat()))
    sendiri = "" if pemetaan in (None, PEMETAAN_RATING_PIMPINAN) else ", pemetaan instansi"
    return Penjelasan(
        hasil,
        (ATURAN_RATING_PIMPINAN,),
        tuple(masukan),
        f"Rating hasil kerja pimpinan unit: {hasil.label}, karena predikat kinerja organisasi "
        f"{predikat_organisasi.label} ({ATURAN_RATING_PIMPINAN.kode}{sendiri}).",
    )


def _siapa(p: Pejabat) -> str:
    if isinstance(p, PejabatNegara):
        return f"{p.nama} ({p.jabatan}, {p.unit}, di atas instansi)"
    luar = ", di atas instansi" if isinstance(p, PejabatLuar) else ""
    return f"{p.nip} ({p.jabatan.nama}, {p.unit}{luar})"


def jelaskan_pejabat_penilai(
    instansi: Instansi, nip: NIP | str, tanggal: dt.date
) -> Penjelasan[Pejabat | None]:
    """:meth:`Instansi.pejabat_penilai <birokrasi.struktur.organisasi.Instansi.pejabat_penilai>`
    with which rule chose whom: a delegation in force (STR-PENILAI-02), the atasan langsung
    (STR-ATASAN-01, STR-PENILAI-01), or the walk up past a head without a jabatan manajerial
    (STR-PENILAI-01), continued above the root unit through the declared officials
    (STR-ATASAN-02). A delegation that had no effect is named too.
    """
    v.pastikan_tipe("instansi", instansi, Instansi)
    hasil = instansi.pejabat_penilai(nip, tanggal)
    kunci = _nip_argumen("nip", nip)
    atasan = instansi.atasan_langsung(kunci, tanggal)
    dalam = isinstance(instansi.pejabat_pada(kunci, tanggal), Penempatan)
    delegasi = instansi.delegasi_pada(kunci, tanggal) if dalam else None
    masukan = [("nip", kunci.digit), ("tanggal", tanggal.isoformat())]
    if atasan is not None:
        masukan.append(("atasan_langsung", _siapa(atasan)))
    if delegasi is not None:
        masukan.append(("delegasi_kepada", delegasi.penilai.digit))
    catatan = ""
    if delegasi is not None and (hasil is None or hasil.pengenal != delegasi.penilai):
        catatan = (
            f" Pendelegasian kepada {delegasi.penilai} tidak berlaku karena penerimanya tidak "
            f"menduduki jabatan manajerial pada tanggal itu (STR-PENILAI-02)."
        )
    if hasil is None:
        aturan: tuple[Aturan, ...] = (ATURAN_ATASAN, ATURAN_PENILAI)
        teks = (
            f"{kunci} tidak mempunyai pejabat penilai pada {tanggal.isoformat()}: tidak ada "
            f"kepala unit berjabatan manajerial di atasnya (STR-PENILAI-01), dan tidak ada "
            f"pejabat di atas instansi yang dinyatakan (STR-ATASAN-02)."
        )
    elif delegasi is not None and hasil.pengenal == delegasi.penilai:
        aturan = (ATURAN_DELEGASI,)
        teks = (
            f"Pejabat penilai {kunci}: {_siapa(hasil)}, karena pendelegasian kewenangan menilai "
            f"yang berlaku sejak {delegasi.mulai.isoformat()} (STR-PENILAI-02)."
        )
    elif atasan is not None and hasil == atasan:
        aturan = (ATURAN_ATASAN, ATURAN_PENILAI)
        teks = (
            f"Pejabat penilai {kunci}: atasan langsungnya {_siapa(hasil)}, yang paling rendah "
            f"pejabat pengawas (STR-ATASAN-01, STR-PENILAI-01)."
        )
    else:
        assert atasan is not None
        aturan = (ATURAN_ATASAN, ATURAN_PENILAI)
        teks = (
            f"Pejabat penilai {kunci}: {_siapa(hasil)}, kepala unit berikutnya ke atas, karena "
            f"atasan langsungnya {_siapa(atasan)} tidak menduduki jabatan manajerial "
            f"(STR-PENILAI-01)."
        )
    if isinstance(hasil, PejabatLuar | PejabatNegara):
        aturan = (*aturan, ATURAN_ATASAN_LUAR)
    return Penjelasan(hasil, aturan, tuple(masukan), teks + catatan)
