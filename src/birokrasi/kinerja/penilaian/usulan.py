"""Proposing a compliant distribution: the fewest changes to the raters' intended predikat.

:func:`usulkan_distribusi` takes each employee's intended predikat and a ranking (best
first) and returns the assignment that satisfies the kurva distribusi (KIN-DIST-01 to 05)
changing the fewest employees. Demotions fall on the lowest-ranked employees of a predikat,
promotions on the highest-ranked. When the unit is too small for the curve, the result says
so (``terpenuhi`` is false) and changes nothing.

The algorithm works on counts. For bounds on disjoint groups of predikat (the bands, with a
cap on each predikat of a group), the most employees that can keep their predikat has a
closed form: each group keeps at most ``min(count, cap)`` of each predikat, and the unit's
employees are spread over the groups' floors first, then where they can stay. So the fewest
changes from any counts are known exactly, and the plan moves one employee at a time, each
move lowering that number by one: a move from a group above its bounds to one below them if
there is one, else the nearest predikat (ties go downwards). Under ``TERBANYAK`` the count of
the leading predikat is fixed first (the one needing the fewest changes, then the nearest to
the intended count), which caps every other predikat one below it. Only then are employees
chosen, by rank.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

import attrs

from birokrasi import _validasi as v
from birokrasi._enum import Berlabel
from birokrasi.errors import InvalidTypeError, InvalidValueError
from birokrasi.hukum import Aturan, Pelanggaran
from birokrasi.kinerja.penilaian.capaian import PredikatOrganisasi
from birokrasi.kinerja.penilaian.distribusi import _periksa_batas, _pilih_kurva
from birokrasi.kinerja.penilaian.kurva import (
    BatasDistribusi,
    KurvaDistribusi,
    Pembulatan,
    SebagianBesar,
    _Kelompok,
    _muat,
)
from birokrasi.kinerja.predikat import Predikat
from birokrasi.pesan import Pesan, pembuat_templat
from birokrasi.struktur.nip import NIP

__all__ = ["ArahPerubahan", "Perubahan", "UsulanDistribusi", "usulkan_distribusi"]

_URUTAN: tuple[Predikat, ...] = tuple(Predikat)
_INDEKS = {p: i for i, p in enumerate(_URUTAN)}


class ArahPerubahan(Berlabel):
    """Which way a proposal moves an employee when either way takes the fewest changes: out of
    a band above its cap, a Baik can go up to Sangat Baik or down to Butuh Perbaikan. SE
    MenPANRB 3/2023 caps the leading predikat and lets "pegawai lainnya" hold the others
    (under a Baik unit: "dapat memiliki predikat kinerja Sangat Baik dan/atau Sangat Kurang"),
    so both are compliant; the choice is the agency's (KIN-DIST-01 to 05).

    * ``TURUN`` (default, the reading of 0.1.0): demote; ties go downwards.
    * ``NAIK``: promote; ties go upwards.

    Either way the number of changes is the fewest, and a floor is filled from whichever side
    needs fewer moves.
    """

    TURUN = "Turun"
    NAIK = "Naik"


def _ke_pesan(value: Pesan | str) -> Pesan:
    """Converter: a text (an app's own reason) becomes :meth:`Pesan.dari_teks`; anything else
    is kept for the validator."""
    if isinstance(value, str) and value.strip():
        return Pesan.dari_teks(value)
    return value  # type: ignore[return-value]


def _cek_alasan(instance: object, attribute: attrs.Attribute[Pesan], value: object) -> None:
    """A blank text is refused as blank (the converter keeps it); anything else is a Pesan."""
    if isinstance(value, str):
        v.teks()(instance, attribute, value)
    v.instance_of(Pesan)(instance, attribute, value)


@attrs.frozen
class Perubahan:
    """One employee's predikat changed by a proposal, with the rule and the reason
    (``alasan``, a :class:`~birokrasi.pesan.Pesan` rendered in the reader's language; a text
    given by an app is kept as given). ``str()`` renders the whole line in the context's
    language, :meth:`teks` in the language asked for."""

    kunci: str = attrs.field(validator=v.teks())
    dari: Predikat = attrs.field(validator=v.instance_of(Predikat))
    ke: Predikat = attrs.field(validator=v.instance_of(Predikat))
    aturan: Aturan = attrs.field(validator=v.instance_of(Aturan))
    alasan: Pesan = attrs.field(converter=_ke_pesan, validator=_cek_alasan)

    @property
    def pesan(self) -> Pesan:
        """The change and its reason as one message."""
        return _PERUBAHAN(
            kunci=self.kunci, dari=self.dari, ke=self.ke, kode=self.aturan.kode, alasan=self.alasan
        )

    def teks(self, bahasa: str | None = None) -> str:
        """The line in ``bahasa`` (``None``: the context's)."""
        return self.pesan.teks(bahasa)

    def __str__(self) -> str:
        return self.pesan.teks()


@attrs.frozen
class UsulanDistribusi:
    """The proposal: the resulting predikat per employee (in ranking order), the changes and
    whether the curve is met. When ``terpenuhi`` is false no assignment can meet the curve at
    this unit size; ``hasil`` is then the intended predikat and ``pelanggaran`` says why."""

    batas: BatasDistribusi = attrs.field(validator=v.instance_of(BatasDistribusi))
    hasil: tuple[tuple[str, Predikat], ...] = attrs.field(validator=v.instance_of(tuple))
    perubahan: tuple[Perubahan, ...] = attrs.field(validator=v.tuple_of(Perubahan))
    pelanggaran: tuple[Pelanggaran, ...] = attrs.field(validator=v.tuple_of(Pelanggaran))

    @property
    def terpenuhi(self) -> bool:
        """Whether the proposed assignment meets the curve."""
        return not self.pelanggaran

    @property
    def kurva(self) -> KurvaDistribusi:
        """The curve applied."""
        return self.batas.kurva

    def sebagai_dict(self) -> dict[str, Predikat]:
        """The proposed predikat by employee key."""
        return dict(self.hasil)


def _bertahan(kelompok: tuple[_Kelompok, ...], jumlah: Mapping[Predikat, int], n: int) -> int:
    """The most of ``n`` employees that can keep their predikat (from ``jumlah``) under the
    bounds of ``kelompok``, which can hold together: each group keeps up to ``min(count,
    cap)`` of each predikat, its floor is filled first, then what can stay."""
    lantai = sum(k.minimum for k in kelompok)
    dasar = sisa = 0
    for k in kelompok:
        bisa = sum(min(jumlah[p], k.plafon) for p in k.anggota)
        dasar += min(k.minimum, bisa)
        sisa += max(0, min(bisa, k.maksimum) - k.minimum)
    return dasar + min(n - lantai, sisa)


def _pilihan_kelompok(
    batas: BatasDistribusi, awal: Mapping[Predikat, int]
) -> list[tuple[_Kelompok, ...]]:
    """The groups to plan with: the bands, or under ``TERBANYAK`` the bands with each count
    of the leading predikat that needs the fewest changes, the nearest to ``awal`` first."""
    utama = batas.terbanyak
    if utama is None:
        return [batas._kelompok()]
    n = batas.jumlah_pegawai
    ada = sum(awal[p] for p in utama.pita.predikat)
    pilihan = []
    for t in range(utama.minimum, utama.maksimum + 1):
        kelompok = batas._kelompok(t)
        if _muat(kelompok, n):
            pilihan.append((n - _bertahan(kelompok, awal, n), abs(t - ada), t, kelompok))
    terbaik = min(x[0] for x in pilihan)
    return [x[3] for x in sorted(pilihan, key=lambda x: x[:3]) if x[0] == terbaik]


def _alasan(
    batas: BatasDistribusi, jumlah: Mapping[Predikat, int], asal: Predikat, ke: Predikat
) -> Pesan:
    """Why moving one employee from ``asal`` to ``ke`` is needed, in the curve's terms."""
    n = batas.jumlah_pegawai
    sebab: list[Pesan] = []
    for b in batas.pita:
        ada = sum(jumlah[p] for p in b.pita.predikat)
        if asal in b.pita.predikat and ada > b.maksimum:
            if b.maksimum == 0:
                sebab.append(_DILARANG(pita=b.pita.nama, jumlah_pegawai=n))
            else:
                sebab.append(
                    _DI_ATAS_BATAS(pita=b.pita.nama, maksimum=b.maksimum, jumlah_pegawai=n)
                )
        if ke in b.pita.predikat and ada < b.minimum:
            sebab.append(_DI_BAWAH_BATAS(pita=b.pita.nama, minimum=b.minimum, jumlah_pegawai=n))
    saing = _tersaingi(batas, jumlah)
    if saing is not None:
        u, pesaing = saing
        if ke is u:
            sebab.append(
                _HARUS_TERBANYAK(
                    utama=u, jumlah=jumlah[u], pesaing=pesaing, jumlah_pesaing=jumlah[pesaing]
                )
            )
        elif jumlah[asal] >= jumlah[u]:  # pragma: no branch
            sebab.append(
                _HARUS_LEBIH_SEDIKIT(
                    asal=asal, jumlah_asal=jumlah[asal], utama=u, jumlah_utama=jumlah[u]
                )
            )
    if not sebab:  # pragma: no cover (a planned move always fixes a band or the rivalry)
        return _PALING_SEDIKIT(kode=batas.kurva.aturan.kode)
    hasil = sebab[0]
    for lanjut in sebab[1:]:
        hasil = _LALU(awal=hasil, lanjut=lanjut)
    return hasil


def _tersaingi(
    batas: BatasDistribusi, jumlah: Mapping[Predikat, int]
) -> tuple[Predikat, Predikat] | None:
    """Under ``TERBANYAK``, the leading predikat and the most numerous other predikat when
    the leader does not outnumber it; otherwise ``None``."""
    utama = batas.terbanyak
    if utama is None:
        return None
    [u] = utama.pita.predikat
    pesaing = max((p for p in Predikat if p is not u), key=lambda p: jumlah[p])
    return (u, pesaing) if jumlah[pesaing] >= jumlah[u] else None


def _melawan(asal: Predikat, ke: Predikat, arah: ArahPerubahan) -> bool:
    """Whether a move from ``asal`` to ``ke`` goes against the preferred ``arah``."""
    naik = _INDEKS[ke] < _INDEKS[asal]
    return naik if arah is ArahPerubahan.TURUN else not naik


def _jarak(langkah: list[tuple[Predikat, Predikat, Pesan]], arah: ArahPerubahan) -> tuple[int, int]:
    """How far a plan moves employees in all, then how many of them against ``arah``."""
    return (
        sum(abs(_INDEKS[a] - _INDEKS[t]) for a, t, _ in langkah),
        sum(_melawan(a, t, arah) for a, t, _ in langkah),
    )


def _rencanakan(
    batas: BatasDistribusi, awal: Mapping[Predikat, int], arah: ArahPerubahan
) -> list[tuple[Predikat, Predikat, Pesan]]:
    """Moves (from, to, reason), one per changed employee; the number is minimal and, among
    the counts of the leading predikat that reach it, the moves are the shortest."""
    rencana = [_langkah(batas, k, awal, arah) for k in _pilihan_kelompok(batas, awal)]
    return min(rencana, key=lambda r: _jarak(r, arah))


def _langkah(
    batas: BatasDistribusi,
    kelompok: tuple[_Kelompok, ...],
    awal: Mapping[Predikat, int],
    arah: ArahPerubahan,
) -> list[tuple[Predikat, Predikat, Pesan]]:
    """The moves that meet the bounds of ``kelompok`` from ``awal``, each lowering the
    changes still needed by one."""
    milik = {p: k for k in kelompok for p in k.anggota}
    n = batas.jumlah_pegawai
    jumlah = dict(awal)
    langkah: list[tuple[Predikat, Predikat, Pesan]] = []

    def isi(k: _Kelompok) -> int:
        return sum(jumlah[p] for p in k.anggota)

    def kelebihan(p: Predikat) -> bool:
        return isi(milik[p]) > milik[p].maksimum or jumlah[p] > milik[p].plafon

    def menolong(asal: Predikat, ke: Predikat) -> bool:
        """Whether moving one employee from ``asal`` to ``ke`` lowers the changes needed."""
        jumlah[asal] -= 1
        jumlah[ke] += 1
        hasil = n - _bertahan(kelompok, jumlah, n) < perlu
        jumlah[asal] += 1
        jumlah[ke] -= 1
        return hasil

    perlu = n - _bertahan(kelompok, jumlah, n)
    while perlu:
        calon = sorted(
            ((a, t) for a in _URUTAN for t in _URUTAN if a is not t and jumlah[a] > 0),
            key=lambda at: (
                not kelebihan(at[0]),
                isi(milik[at[1]]) >= milik[at[1]].minimum,
                abs(_INDEKS[at[0]] - _INDEKS[at[1]]),
                _melawan(at[0], at[1], arah),
            ),
        )
        pindah = next((at for at in calon if menolong(*at)), None)
        if pindah is None:
            raise AssertionError("no move lowers the changes needed")
        asal, ke = pindah
        langkah.append((asal, ke, _alasan(batas, jumlah, asal, ke)))
        jumlah[asal] -= 1
        jumlah[ke] += 1
        perlu -= 1
    return langkah


def _rencana(rencana: object) -> dict[str, Predikat]:
    """Argument ``rencana``, a mapping or (key, Predikat) pairs (the shape of
    :meth:`RiwayatPenilaian.predikat_unit` and :attr:`UsulanDistribusi.hasil`), checked: keys
    are non-blank text given once, values Predikat."""
    if isinstance(rencana, Mapping):
        pasangan: list[object] = list(rencana.items())
    elif v.iterabel(rencana):
        assert isinstance(rencana, Iterable)
        pasangan = list(rencana)
    else:
        raise InvalidTypeError(_RENCANA_TIPE(diberikan=v.describe(rencana)))
    hasil: dict[str, Predikat] = {}
    for index, satu in enumerate(pasangan):
        if not isinstance(satu, tuple) or len(satu) != 2:
            raise InvalidTypeError(_BUKAN_PASANGAN(index=index, diberikan=v.describe(satu)))
        kunci, predikat = satu
        kunci = _kunci_nip(kunci)
        if not isinstance(kunci, str) or not kunci.strip():
            raise InvalidTypeError(_KUNCI_RENCANA(diberikan=v.describe(kunci)))
        if type(predikat) is not Predikat:
            raise InvalidTypeError(
                _BUKAN_PREDIKAT(kunci=repr(kunci), diberikan=v.describe(predikat))
            )
        if kunci in hasil:
            raise InvalidValueError(_KUNCI_GANDA(index=index, kunci=repr(kunci)))
        hasil[kunci] = predikat
    return hasil


def _kunci_nip(kunci: object) -> object:
    """An employee key as text: a :class:`NIP` is its digits, anything else as given."""
    return kunci.digit if isinstance(kunci, NIP) else kunci


def _tetap(tetap: object, rencana: Mapping[str, Predikat]) -> frozenset[str]:
    """Argument ``tetap``: keys of ``rencana`` whose predikat may not change."""
    if isinstance(tetap, str) or not v.iterabel(tetap):
        raise InvalidTypeError(_TETAP_TIPE(diberikan=v.describe(tetap)))
    assert isinstance(tetap, Iterable)
    hasil: set[str] = set()
    for kunci in map(_kunci_nip, tetap):
        if not isinstance(kunci, str):
            raise InvalidTypeError(_TETAP_KUNCI(diberikan=v.describe(kunci)))
        if kunci not in rencana:
            raise InvalidValueError(_TETAP_ASING(kunci=repr(kunci)))
        hasil.add(kunci)
    return frozenset(hasil)


def _pastikan_masukan(rencana: Mapping[str, Predikat], peringkat: object) -> tuple[str, ...]:
    if isinstance(peringkat, str) or not isinstance(peringkat, Sequence):
        raise InvalidTypeError(_PERINGKAT_TIPE(diberikan=v.describe(peringkat)))
    urutan: list[str] = []
    dilihat: set[object] = set()
    for index, kunci in enumerate(map(_kunci_nip, peringkat)):
        if not isinstance(kunci, str):
            raise InvalidTypeError(_PERINGKAT_KUNCI(index=index, diberikan=v.describe(kunci)))
        urutan.append(kunci)
        if kunci in dilihat:
            raise InvalidValueError(_PERINGKAT_GANDA(index=index, kunci=repr(kunci)))
        if kunci not in rencana:
            raise InvalidValueError(_PERINGKAT_ASING(index=index, kunci=repr(kunci)))
        dilihat.add(kunci)
    if len(urutan) != len(rencana):
        hilang = sorted(k for k in rencana if k not in dilihat)
        raise InvalidValueError(_PERINGKAT_KURANG(kunci=repr(hilang[:5])))
    return tuple(urutan)


def usulkan_distribusi(
    predikat_organisasi: PredikatOrganisasi,
    rencana: Mapping[str, Predikat] | Mapping[NIP, Predikat] | Iterable[tuple[str | NIP, Predikat]],
    peringkat: Sequence[str | NIP],
    *,
    tanggal: dt.date,
    pembulatan: Pembulatan = Pembulatan.SEKETAT_MUNGKIN,
    sebagian_besar: SebagianBesar | None = SebagianBesar.LEBIH_DARI_SEPARUH,
    kurva: KurvaDistribusi | None = None,
    arah: ArahPerubahan = ArahPerubahan.TURUN,
    tetap: Iterable[str | NIP] = (),
) -> UsulanDistribusi:
    """Propose the compliant assignment closest to ``rencana`` (intended predikat by employee
    key), changing the fewest employees and choosing them by ``peringkat`` (every key once,
    best first) under the curve in force on ``tanggal`` (KIN-DIST-01 to 05). Where moving up
    or down needs equally few changes, ``arah`` says which (:class:`ArahPerubahan`).

    ``rencana`` is a mapping or (key, predikat) pairs, so the standing predikat of a unit
    (:meth:`~birokrasi.kinerja.penilaian.riwayat.RiwayatPenilaian.predikat_unit`, after a
    keberatan too) or an earlier proposal's ``hasil`` is passed as it is; a key may be a
    :class:`~birokrasi.struktur.nip.NIP` or text, and the proposal names people by text (a NIP
    by its digits). The keys in ``tetap``
    keep their predikat: a predikat set by the decision on a keberatan is final (PP 30/2019
    Pasal 59 ayat (4), KIN-KEBERATAN-02), so the proposal moves others, or raises
    :class:`~birokrasi.errors.InvalidValueError` when only those keys could move."""
    v.pastikan_tipe("arah", arah, ArahPerubahan)
    pilihan = _pilih_kurva(predikat_organisasi, tanggal, pembulatan, kurva, sebagian_besar)
    rencana = _rencana(rencana)
    urutan = _pastikan_masukan(rencana, peringkat)
    terkunci = _tetap(tetap, rencana)
    batas = pilihan.batas(len(urutan), pembulatan, sebagian_besar)
    awal = dict.fromkeys(Predikat, 0)
    for kunci in urutan:
        awal[rencana[kunci]] += 1
    if not batas.dapat_dipenuhi:
        semula = tuple((k, rencana[k]) for k in urutan)
        return UsulanDistribusi(batas, semula, (), _periksa_batas(batas, awal, "unit"))
    hasil = {k: rencana[k] for k in urutan}
    perubahan: list[Perubahan] = []
    langkah = _rencanakan(batas, awal, arah)
    for asal in _URUTAN:
        keluar = [(t, s) for a, t, s in langkah if a is asal]
        if not keluar:
            continue
        pemilik = [k for k in urutan if rencana[k] is asal and k not in terkunci]
        if len(pemilik) < len(keluar):
            raise InvalidValueError(
                _TERKUNCI(jumlah=len(keluar), predikat=asal, bebas=len(pemilik))
            )
        turun = sorted((m for m in keluar if m[0] < asal), key=lambda m: m[0])
        naik = sorted((m for m in keluar if m[0] > asal), key=lambda m: m[0], reverse=True)
        dipilih = list(zip(reversed(pemilik), turun, strict=False))
        dipilih += list(zip(pemilik, naik, strict=False))
        for kunci, (ke, sebab) in dipilih:
            hasil[kunci] = ke
            perubahan.append(Perubahan(kunci, asal, ke, pilihan.aturan, sebab))
    akhir = dict.fromkeys(Predikat, 0)
    for predikat in hasil.values():
        akhir[predikat] += 1
    sisa = _periksa_batas(batas, akhir, "unit")
    if sisa:
        raise AssertionError(f"proposal breaks the curve: {sisa}")
    urut = {k: i for i, k in enumerate(urutan)}
    perubahan.sort(key=lambda p: urut[p.kunci])
    return UsulanDistribusi(batas, tuple(hasil.items()), tuple(perubahan), ())


_t = pembuat_templat(__name__)
_PERUBAHAN = _t("USULAN/perubahan", "{kunci}: {dari} -> {ke} ({kode}: {alasan})")
_DILARANG = _t("USULAN/dilarang", "{pita} allowed for none of {jumlah_pegawai} employees")
_DI_ATAS_BATAS = _t(
    "USULAN/di-atas-batas", "{pita} above its cap of {maksimum} of {jumlah_pegawai} employees"
)
_DI_BAWAH_BATAS = _t(
    "USULAN/di-bawah-batas", "{pita} below its floor of {minimum} of {jumlah_pegawai} employees"
)
_HARUS_TERBANYAK = _t(
    "USULAN/harus-terbanyak",
    "{utama} ({jumlah}) must outnumber every other predikat (sebagian besar), {pesaing} has "
    "{jumlah_pesaing}",
)
_HARUS_LEBIH_SEDIKIT = _t(
    "USULAN/harus-lebih-sedikit",
    "{asal} ({jumlah_asal}) must be fewer than {utama} ({jumlah_utama}), which must outnumber "
    "every other predikat (sebagian besar)",
)
_PALING_SEDIKIT = _t("USULAN/perubahan-paling-sedikit", "the fewest changes that meet {kode}")
_LALU = _t("USULAN/sebab-berikutnya", "{awal}; {lanjut}")
_RENCANA_TIPE = _t(
    "USULAN/rencana-tipe",
    "rencana: expected a mapping of key to Predikat or (key, Predikat) pairs, got {diberikan}",
)
_BUKAN_PASANGAN = _t(
    "USULAN/bukan-pasangan", "rencana[{index}]: expected a (key, Predikat) pair, got {diberikan}"
)
_KUNCI_RENCANA = _t("USULAN/kunci-rencana", "rencana: keys must be non-blank str, got {diberikan}")
_BUKAN_PREDIKAT = _t(
    "USULAN/bukan-predikat", "rencana[{kunci}]: expected Predikat, got {diberikan}"
)
_KUNCI_GANDA = _t("USULAN/kunci-ganda", "rencana[{index}]: key {kunci} given twice")
_TETAP_TIPE = _t("USULAN/tetap-tipe", "tetap: expected a collection of keys, got {diberikan}")
_TETAP_KUNCI = _t("USULAN/tetap-kunci", "tetap: expected str or NIP keys, got {diberikan}")
_TETAP_ASING = _t("USULAN/tetap-asing", "tetap: {kunci} is not in rencana")
_PERINGKAT_TIPE = _t(
    "USULAN/peringkat-tipe", "peringkat: expected a sequence of keys, got {diberikan}"
)
_PERINGKAT_KUNCI = _t("USULAN/peringkat-kunci", "peringkat[{index}]: expected str, got {diberikan}")
_PERINGKAT_GANDA = _t("USULAN/peringkat-ganda", "peringkat[{index}]: {kunci} is ranked twice")
_PERINGKAT_ASING = _t("USULAN/peringkat-asing", "peringkat[{index}]: {kunci} is not in rencana")
_PERINGKAT_KURANG = _t(
    "USULAN/peringkat-kurang", "peringkat: keys missing from the ranking: {kunci}"
)
_TERKUNCI = _t(
    "KIN-KEBERATAN-02/usulan-terkunci",
    "usulkan_distribusi: the curve needs {jumlah} employee(s) to leave {predikat}, but only "
    "{bebas} of them are not in tetap (a decided keberatan is final, KIN-KEBERATAN-02)",
)
