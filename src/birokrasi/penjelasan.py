"""Why a derived result is what it is, as a value a UI can render.

A :class:`Penjelasan` carries the result (``hasil``), the rules applied (``aturan``, each with
its :class:`~birokrasi.hukum.Dasar`), the inputs as ``(name, rendered value)`` pairs
(``masukan``) and a sentence naming the people and citing each legal basis once (``pesan``, a
:class:`~birokrasi.pesan.Pesan`: Indonesian by default, English on request through
:meth:`Penjelasan.teks`). The ``jelaskan_*`` functions here are thin
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
>>> print(p)  # doctest: +NORMALIZE_WHITESPACE
Angka kredit 12,5 = 12/12 x 100% x 12,5: koefisien tahunan Ahli Pertama adalah 12,5 (KAR-AK-01)
dan predikat Baik memberikan 100% (KAR-AK-02). Dasar hukum: PermenPANRB 1/2023 Lampiran
koefisien angka kredit tahunan; Peraturan BKN 3/2023 Lampiran contoh perhitungan (Ahli Muda,
100% x 25); Peraturan BKN 3/2023 Pasal 1 angka 9; PermenPANRB 1/2023 Pasal 37 ayat (1).
>>> print(p.teks("en"))  # doctest: +ELLIPSIS
Angka kredit 12.5 = 12/12 x 100% x 12.5: the annual koefisien of Ahli Pertama is 12.5 ...
>>> isi = p.pesan.data()["isi"]  # the sentence; p.pesan adds the citations ("dasar")
>>> isi.kode, isi.data()["koefisien"]
('KAR-AK-01/penjelasan', Decimal('12.5'))
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
from birokrasi.karier.kenaikan import _nilai_ak
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
from birokrasi.pesan import Pesan, pembuat_templat
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
            _MASUKAN(nama=v.nama_field(instance, attribute), diberikan=v.describe(value))
        )


def _ke_pesan(value: Pesan | str) -> Pesan:
    """Converter: an app's own text becomes :meth:`Pesan.dari_teks`; anything else is kept
    for the validator."""
    if isinstance(value, str) and value.strip():
        return Pesan.dari_teks(value)
    return value  # type: ignore[return-value]


def _cek_pesan(instance: object, attribute: attrs.Attribute[Pesan], value: object) -> None:
    if isinstance(value, str):
        v.pastikan_teks(v.nama_field(instance, attribute), value)
    v.instance_of(Pesan)(instance, attribute, value)


@attrs.frozen
class Penjelasan(Generic[T]):
    """A derived result with its reasons: the rules applied, the inputs, and a sentence
    (``pesan``, rendered by :meth:`teks` in the language asked for; ``str()`` renders it in
    the context's language, Indonesian by default)."""

    hasil: T
    aturan: tuple[Aturan, ...] = attrs.field(
        converter=v.KeTuple[Aturan], validator=v.tuple_of(Aturan)
    )
    masukan: tuple[tuple[str, str], ...] = attrs.field(
        converter=v.KeTuple[tuple[str, str]], validator=_masukan
    )
    pesan: Pesan = attrs.field(converter=_ke_pesan, validator=_cek_pesan)

    @property
    def dasar(self) -> tuple[Dasar, ...]:
        """The citations of every rule applied, in order."""
        return tuple(d for a in self.aturan for d in a.semua_dasar)

    def teks(self, bahasa: str | None = None) -> str:
        """The sentence in ``bahasa`` (``"id"`` or ``"en"``; ``None``: the context's, see
        :func:`~birokrasi.pesan.pakai_bahasa`)."""
        return self.pesan.teks(bahasa)

    def __str__(self) -> str:
        return self.pesan.teks()


def _dasar(aturan: tuple[Aturan, ...] | list[Aturan]) -> str:
    """Each citation of the rules applied, once, in order."""
    return "; ".join(dict.fromkeys(str(d) for a in aturan for d in a.semua_dasar))


def _dengan_dasar(isi: Pesan, aturan: tuple[Aturan, ...] | list[Aturan]) -> Pesan:
    return _DENGAN_DASAR(isi=isi, dasar=_dasar(aturan))


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
    templat = _AK
    if bulan < 12:
        aturan.append(ATURAN_PRORATA)
        templat = _AK_PRORATA
    isi = templat(
        hasil=_nilai_ak(hasil),
        bulan=bulan,
        persen=persen,
        koefisien=koefisien,
        jenjang=jenjang,
        predikat=predikat,
    )
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
        _dengan_dasar(isi, aturan),
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
    >>> print(p)  # doctest: +NORMALIZE_WHITESPACE
    Organisasi Baik, 10 pegawai, pembulatan ketat (KIN-DIST-02): Baik 6-7 pegawai, Butuh
    Perbaikan dan/atau Kurang/Misconduct 1-10 pegawai. Dasar hukum: SE MenPANRB 3/2023 pola
    distribusi predikat kinerja pegawai, angka 2); PermenPANRB 6/2022 Pasal 24; PP 30/2019
    Pasal 41 ayat (7).
    """
    hasil = batas_distribusi(
        predikat_organisasi,
        jumlah_pegawai,
        tanggal=tanggal,
        pembulatan=pembulatan,
        sebagian_besar=sebagian_besar,
        kurva=kurva,
    )
    pita = tuple(
        _PITA(pita=b.pita.nama, minimum=b.minimum, maksimum=b.maksimum) for b in hasil.pita
    )
    isi = _BATAS(
        predikat_organisasi=predikat_organisasi,
        jumlah=jumlah_pegawai,
        pembulatan=hasil.pembulatan,
        aturan=hasil.kurva.aturan.kode,
        pita=pita,
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
        _dengan_dasar(isi, (hasil.kurva.aturan,)),
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
    ... # doctest: +NORMALIZE_WHITESPACE
    Rating hasil kerja pimpinan unit adalah Sesuai Ekspektasi, karena predikat kinerja
    organisasi Baik (KIN-RATING-01). Dasar hukum: SE MenPANRB 3/2023 tahap penetapan predikat
    kinerja pegawai.
    """
    hasil = rating_hasil_kerja_pimpinan(predikat_organisasi, pemetaan=pemetaan, tanggal=tanggal)
    masukan = [("predikat_organisasi", predikat_organisasi.label)]
    if tanggal is not None:
        masukan.append(("tanggal", tanggal.isoformat()))
    templat = _RATING if pemetaan in (None, PEMETAAN_RATING_PIMPINAN) else _RATING_INSTANSI
    isi = templat(rating=hasil, predikat_organisasi=predikat_organisasi)
    return Penjelasan(
        hasil,
        (ATURAN_RATING_PIMPINAN,),
        tuple(masukan),
        _dengan_dasar(isi, (ATURAN_RATING_PIMPINAN,)),
    )


def _nama(instansi: Instansi, nip: NIP) -> str:
    """The pegawai's name as the instansi records it (an Instansi holds a placement or a
    delegation only for a pegawai it records)."""
    return instansi.cari_pegawai(nip).nama


def _orang(instansi: Instansi, p: Pejabat) -> Pesan:
    """A pejabat named in a sentence: name and jabatan (``Drs. Bambang Wicaksono, M.Si.,
    Kepala Dinas ...``), and whether the pejabat stands above the instansi."""
    if isinstance(p, PejabatNegara):
        return _ORANG_LUAR(nama=p.nama, jabatan=p.jabatan)
    if isinstance(p, PejabatLuar):
        return _ORANG_LUAR(nama=p.nama, jabatan=p.jabatan.nama)
    return _ORANG(nama=_nama(instansi, p.nip), jabatan=p.jabatan.nama)


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
    (STR-ATASAN-02). A delegation that had no effect is named too. The sentence names the
    people (the name recorded for the pegawai, or the official's, with the jabatan) and
    addresses the pegawai rated ("Anda" / "you").

    >>> from birokrasi.contoh import struktur
    >>> org = struktur.instansi()
    >>> p = jelaskan_pejabat_penilai(org, struktur.SEKRETARIS, struktur.TANGGAL_DEMO)
    >>> print(p)  # doctest: +NORMALIZE_WHITESPACE
    Pada 30 Juni 2025 Pejabat Penilai Kinerja Anda adalah Drs. Bambang Wicaksono, M.Si., Kepala
    Dinas Komunikasi dan Informatika, karena ia atasan langsung Anda dan paling rendah menduduki
    jabatan pengawas (STR-ATASAN-01, STR-PENILAI-01). Dasar hukum: ...
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
    if hasil is None:
        aturan: tuple[Aturan, ...] = (ATURAN_ATASAN, ATURAN_PENILAI, ATURAN_ATASAN_LUAR)
        isi = _PENILAI_TIDAK_ADA(tanggal=tanggal)
    elif delegasi is not None and hasil.pengenal == delegasi.penilai:
        aturan = (ATURAN_DELEGASI,)
        isi = _PENILAI_DELEGASI(
            tanggal=tanggal, penilai=_orang(instansi, hasil), mulai=delegasi.mulai
        )
    elif atasan is not None and hasil == atasan:
        aturan = (ATURAN_ATASAN, ATURAN_PENILAI)
        isi = _PENILAI_ATASAN(tanggal=tanggal, penilai=_orang(instansi, hasil))
    else:
        assert atasan is not None
        aturan = (ATURAN_ATASAN, ATURAN_PENILAI)
        isi = _PENILAI_NAIK(
            tanggal=tanggal, penilai=_orang(instansi, hasil), atasan=_orang(instansi, atasan)
        )
    if isinstance(hasil, PejabatLuar | PejabatNegara):
        aturan = (*aturan, ATURAN_ATASAN_LUAR)
    if delegasi is not None and (hasil is None or hasil.pengenal != delegasi.penilai):
        isi = _DENGAN_CATATAN(
            isi=isi,
            catatan=_DELEGASI_TIDAK_BERLAKU(
                penerima=_nama(instansi, delegasi.penilai), nip=delegasi.penilai.digit
            ),
        )
        aturan = (*aturan, ATURAN_DELEGASI)  # only the delegation branch cites it otherwise
    return Penjelasan(hasil, aturan, tuple(masukan), _dengan_dasar(isi, aturan))


_t = pembuat_templat(__name__)
_MASUKAN = _t(
    "PENJELASAN/masukan", "{nama}: expected a tuple of (name, value) str pairs, got {diberikan}"
)
_DENGAN_DASAR = _t("PENJELASAN/dasar", "{isi} Legal basis: {dasar}.")
_DENGAN_CATATAN = _t("PENJELASAN/catatan", "{isi} {catatan}")
_AK = _t(
    "KAR-AK-01/penjelasan",
    "Angka kredit {hasil} = {bulan}/12 x {persen}% x {koefisien}: the annual koefisien of "
    "{jenjang} is {koefisien} (KAR-AK-01) and predikat {predikat} gives {persen}% (KAR-AK-02).",
)
_AK_PRORATA = _t(
    "KAR-AK-03/penjelasan",
    "Angka kredit {hasil} = {bulan}/12 x {persen}% x {koefisien}: the annual koefisien of "
    "{jenjang} is {koefisien} (KAR-AK-01), predikat {predikat} gives {persen}% (KAR-AK-02), and "
    "the year is counted pro rata, {bulan} of 12 months (KAR-AK-03).",
)
_PITA = _t("PENJELASAN/pita", "{pita} {minimum}-{maksimum} pegawai")
_BATAS = _t(
    "PENJELASAN/batas-distribusi",
    "Organisasi {predikat_organisasi}, {jumlah} pegawai, pembulatan {pembulatan} ({aturan}): "
    "{pita}.",
)
_RATING = _t(
    "KIN-RATING-01/penjelasan",
    "The rating hasil kerja of the pimpinan unit is {rating}, because the predikat kinerja "
    "organisasi is {predikat_organisasi} (KIN-RATING-01).",
)
_RATING_INSTANSI = _t(
    "KIN-RATING-01/penjelasan-pemetaan-instansi",
    "The rating hasil kerja of the pimpinan unit is {rating}, because the predikat kinerja "
    "organisasi is {predikat_organisasi} (KIN-RATING-01, the agency's own mapping, pemetaan "
    "instansi).",
)
_ORANG = _t("PENJELASAN/orang", "{nama}, {jabatan}")
_ORANG_LUAR = _t(
    "PENJELASAN/orang-luar", "{nama}, {jabatan}, an official above the instansi (STR-ATASAN-02)"
)
_PENILAI_TIDAK_ADA = _t(
    "STR-PENILAI-01/penjelasan-tidak-ada",
    "On {tanggal} you have no Pejabat Penilai Kinerja: no head of a unit above you holds a "
    "jabatan manajerial (STR-PENILAI-01), and no official above the instansi is declared "
    "(STR-ATASAN-02).",
)
_PENILAI_DELEGASI = _t(
    "STR-PENILAI-02/penjelasan",
    "On {tanggal} your Pejabat Penilai Kinerja is {penilai}, because the authority to rate "
    "you was delegated to this official with effect from {mulai} (STR-PENILAI-02).",
)
_PENILAI_ATASAN = _t(
    "STR-PENILAI-01/penjelasan-atasan",
    "On {tanggal} your Pejabat Penilai Kinerja is {penilai}, because this official is your "
    "atasan langsung and holds at least a jabatan pengawas (STR-ATASAN-01, STR-PENILAI-01).",
)
_PENILAI_NAIK = _t(
    "STR-PENILAI-01/penjelasan-naik",
    "On {tanggal} your Pejabat Penilai Kinerja is {penilai}, the head of the next unit up, "
    "because your atasan langsung, {atasan}, holds no jabatan manajerial (STR-PENILAI-01).",
)
_DELEGASI_TIDAK_BERLAKU = _t(
    "STR-PENILAI-02/penjelasan-tidak-berlaku",
    "The delegation to {penerima} ({nip}) has no effect, because the delegate holds no "
    "jabatan manajerial on that date (STR-PENILAI-02).",
)
