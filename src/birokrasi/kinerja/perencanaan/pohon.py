"""The pohon kinerja (cascade tree) of a unit, built from its SKPs: every RHK that intervenes
a leader's RHK hangs under it, so each employee's results trace up to the organisation's
goals (PermenPANRB 6/2022, cascading/intervensi).

:func:`pohon_kinerja` builds the tree; :func:`periksa_pohon_kinerja` reports orphans
(``KIN-POHON-01``), cycles (``KIN-POHON-02``) and leader RHKs nobody contributes to
(``KIN-POHON-03``). Results never depend on the order the SKPs are given in.
"""

from __future__ import annotations

import types
from collections.abc import Iterable, Iterator, Mapping

import attrs

from birokrasi import _validasi as v
from birokrasi.errors import InvalidValueError, NotFoundError
from birokrasi.hukum import PERMENPANRB_6_2022, Aturan, Dasar, Keyakinan, Pelanggaran
from birokrasi.kinerja.perencanaan.skp import SKP, RencanaHasilKerja, RujukanRHK
from birokrasi.pesan import pembuat_templat
from birokrasi.struktur.nip import NIP

__all__ = [
    "ATURAN",
    "PohonKinerja",
    "SimpulKinerja",
    "periksa_pohon_kinerja",
    "pohon_kinerja",
]

_DASAR_KASKADE = Dasar(
    PERMENPANRB_6_2022,
    lampiran="format SKP JA/JF, kolom rencana hasil kerja pimpinan yang diintervensi",
    keyakinan=Keyakinan.SEKUNDER,
)

ATURAN_YATIM = Aturan(
    kode="KIN-POHON-01",
    uraian="Rencana hasil kerja yang diintervensi harus ada dalam kumpulan SKP unit.",
    summary="An RHK may not intervene an RHK that is not in the unit's SKPs (an orphan).",
    dasar=_DASAR_KASKADE,
)
ATURAN_SIKLUS = Aturan(
    kode="KIN-POHON-02",
    uraian="Intervensi rencana hasil kerja tidak membentuk siklus.",
    summary="Intervention links never form a cycle: results trace up to a root.",
    dasar=attrs.evolve(
        _DASAR_KASKADE,
        tafsiran="A cascade is a tree by construction; a cycle is a data error.",
    ),
)
ATURAN_TANPA_KONTRIBUTOR = Aturan(
    kode="KIN-POHON-03",
    uraian=(
        "Setiap hasil kerja utama pimpinan diintervensi oleh paling sedikit satu rencana hasil "
        "kerja pegawai yang dinilainya."
    ),
    summary="Each Hasil Kerja Utama of a leader has at least one contributing RHK below it.",
    dasar=attrs.evolve(
        _DASAR_KASKADE,
        keyakinan=Keyakinan.TIDAK_PASTI,
        tafsiran=(
            "Derived from the purpose of cascading (the leader's results are achieved through "
            "the staff); a leader is anyone recorded as penilai of another SKP in the set."
        ),
    ),
)

ATURAN: tuple[Aturan, ...] = (ATURAN_YATIM, ATURAN_SIKLUS, ATURAN_TANPA_KONTRIBUTOR)


@attrs.frozen
class SimpulKinerja:
    """One RHK in the tree: its key, owner, text and the RHK it intervenes (``induk``)."""

    rujukan: RujukanRHK = attrs.field(validator=v.instance_of(RujukanRHK))
    nip: NIP = attrs.field(validator=v.instance_of(NIP))
    nama: str = attrs.field(validator=v.teks())
    rhk: RencanaHasilKerja = attrs.field(validator=v.instance_of(RencanaHasilKerja))

    @property
    def induk(self) -> RujukanRHK | None:
        """The intervened RHK, or ``None`` for a root (e.g. a JPT's RHK)."""
        return self.rhk.intervensi


def _urut(skp: Iterable[SKP]) -> tuple[SKP, ...]:
    v.pastikan_iterabel("skp", skp, "Iterable[SKP]")
    daftar = tuple(skp)
    kode: dict[str, SKP] = {}
    for index, item in enumerate(daftar):
        v.pastikan_tipe(f"skp[{index}]", item, SKP)
        if item.kode in kode and kode[item.kode] != item:
            raise InvalidValueError(_SKP_GANDA(index=index, skp=repr(item.kode)))
        kode[item.kode] = item
    return tuple(kode[k] for k in sorted(kode))


class PohonKinerja:
    """The cascade tree of a set of SKPs (build with :func:`pohon_kinerja`). Immutable;
    every listing is sorted by key."""

    __slots__ = ("_akar", "_anak", "_siklus", "_simpul", "_tanpa", "_yatim", "skp")

    skp: tuple[SKP, ...]
    """The SKPs, by kode."""

    def __init__(self, skp: Iterable[SKP]) -> None:
        self.skp = _urut(skp)
        simpul: dict[RujukanRHK, SimpulKinerja] = {}
        for s in self.skp:
            for rhk in s.hasil_kerja:
                r = RujukanRHK(s.kode, rhk.kode)
                simpul[r] = SimpulKinerja(r, s.pegawai.nip, s.pegawai.nama, rhk)
        anak: dict[RujukanRHK, list[RujukanRHK]] = {}
        for r, n in simpul.items():
            if n.induk is not None and n.induk in simpul:
                anak.setdefault(n.induk, []).append(r)
        self._simpul: Mapping[RujukanRHK, SimpulKinerja] = types.MappingProxyType(simpul)
        self._anak: Mapping[RujukanRHK, tuple[RujukanRHK, ...]] = types.MappingProxyType(
            {k: tuple(sorted(a)) for k, a in anak.items()}
        )
        self._akar = tuple(sorted(r for r, n in simpul.items() if n.induk is None))
        self._yatim = tuple(
            sorted(r for r, n in simpul.items() if n.induk is not None and n.induk not in simpul)
        )
        self._siklus = self._cari_siklus()
        pimpinan = {s.penilai.pengenal for s in self.skp}
        self._tanpa = tuple(
            sorted(
                r
                for r, n in simpul.items()
                if n.nip in pimpinan and n.rhk.utama and r not in self._anak
            )
        )

    def _cari_siklus(self) -> tuple[tuple[RujukanRHK, ...], ...]:
        selesai: set[RujukanRHK] = set()
        hasil: list[tuple[RujukanRHK, ...]] = []
        for awal in sorted(self._simpul):
            jalur: list[RujukanRHK] = []
            posisi: dict[RujukanRHK, int] = {}
            r: RujukanRHK | None = awal
            while r is not None and r in self._simpul and r not in selesai and r not in posisi:
                posisi[r] = len(jalur)
                jalur.append(r)
                r = self._simpul[r].induk
            if r is not None and r in posisi:
                lingkar = jalur[posisi[r] :]
                i = lingkar.index(min(lingkar))
                hasil.append(tuple(lingkar[i:] + lingkar[:i]))
            selesai.update(jalur)
        return tuple(sorted(hasil))

    # -- queries -----------------------------------------------------------------------------

    @property
    def akar(self) -> tuple[RujukanRHK, ...]:
        """RHKs that intervene nothing (the organisation's goals as set in the JPT's SKP)."""
        return self._akar

    @property
    def yatim(self) -> tuple[RujukanRHK, ...]:
        """RHKs that intervene an RHK not in the set (KIN-POHON-01)."""
        return self._yatim

    @property
    def siklus(self) -> tuple[tuple[RujukanRHK, ...], ...]:
        """Each cycle once, starting from its smallest key (KIN-POHON-02)."""
        return self._siklus

    @property
    def tanpa_kontributor(self) -> tuple[RujukanRHK, ...]:
        """Leaders' Hasil Kerja Utama that nobody intervenes (KIN-POHON-03)."""
        return self._tanpa

    def __len__(self) -> int:
        return len(self._simpul)

    def __iter__(self) -> Iterator[SimpulKinerja]:
        return (self._simpul[r] for r in sorted(self._simpul))

    def simpul(self, rujukan: RujukanRHK) -> SimpulKinerja:
        """The node for ``rujukan``, or :class:`~birokrasi.errors.NotFoundError`."""
        v.pastikan_tipe("rujukan", rujukan, RujukanRHK)
        try:
            return self._simpul[rujukan]
        except KeyError:
            raise NotFoundError(_TIDAK_ADA(rujukan=str(rujukan))) from None

    def anak(self, rujukan: RujukanRHK) -> tuple[RujukanRHK, ...]:
        """The RHKs that intervene ``rujukan`` directly."""
        self.simpul(rujukan)
        return self._anak.get(rujukan, ())

    def jalur(self, rujukan: RujukanRHK) -> tuple[RujukanRHK, ...]:
        """From ``rujukan`` up to its root (or to where the chain breaks or loops)."""
        hasil = [self.simpul(rujukan).rujukan]
        induk = self._simpul[rujukan].induk
        while induk is not None and induk in self._simpul and induk not in hasil:
            hasil.append(induk)
            induk = self._simpul[induk].induk
        return tuple(hasil)

    def baris(self, bahasa: str | None = None) -> tuple[str, ...]:
        """The tree as indented text lines (roots first, then orphans), for demos and logs; an
        orphan's note in ``bahasa`` (``None``: the context's, see
        :func:`~birokrasi.pesan.pakai_bahasa`)."""
        keluar: list[str] = []

        def tulis(r: RujukanRHK, tingkat: int, catatan: str = "") -> None:
            n = self._simpul[r]
            keluar.append(f"{'  ' * tingkat}- [{r}] {n.rhk.uraian} ({n.nama}){catatan}")
            for a in self._anak.get(r, ()):
                tulis(a, tingkat + 1)

        for r in self._akar:
            tulis(r, 0)
        for r in self._yatim:
            catatan = _BARIS_YATIM(induk=str(self._simpul[r].induk)).teks(bahasa)
            tulis(r, 0, f" -- {catatan}")
        for lingkar in self._siklus:
            keluar.append("- siklus: " + " -> ".join(str(r) for r in lingkar))
        return tuple(keluar)

    def __repr__(self) -> str:
        return f"PohonKinerja({len(self.skp)} SKP, {len(self)} RHK)"


def pohon_kinerja(skp: Iterable[SKP]) -> PohonKinerja:
    """The cascade tree of ``skp``. Raises :class:`~birokrasi.errors.InvalidValueError` when
    two different SKPs share a kode."""
    return PohonKinerja(skp)


def periksa_pohon_kinerja(skp: Iterable[SKP] | PohonKinerja) -> tuple[Pelanggaran, ...]:
    """Findings for orphans (KIN-POHON-01), cycles (KIN-POHON-02) and leader RHKs without
    contributors (KIN-POHON-03) in a set of SKPs, sorted by rule and subject."""
    pohon = skp if isinstance(skp, PohonKinerja) else PohonKinerja(skp)
    hasil: list[Pelanggaran] = []
    for r in pohon.yatim:
        hasil.append(Pelanggaran(ATURAN_YATIM, str(r), _YATIM(induk=str(pohon.simpul(r).induk))))
    for lingkar in pohon.siklus:
        hasil.append(
            Pelanggaran(
                ATURAN_SIKLUS,
                str(lingkar[0]),
                _SIKLUS(jalur=" -> ".join(str(r) for r in (*lingkar, lingkar[0]))),
            )
        )
    for r in pohon.tanpa_kontributor:
        n = pohon.simpul(r)
        hasil.append(
            Pelanggaran(
                ATURAN_TANPA_KONTRIBUTOR, str(r), _TANPA_KONTRIBUTOR(nama=n.nama, nip=n.nip)
            )
        )
    return tuple(hasil)


_t = pembuat_templat(__name__)
_SKP_GANDA = _t("POHON/skp-ganda", "skp[{index}]: SKP kode {skp} is used twice")
_TIDAK_ADA = _t("POHON/rhk-tidak-ada", "PohonKinerja: no RHK {rujukan}")
_BARIS_YATIM = _t("POHON/baris-yatim", "yatim: intervenes missing {induk}")
_YATIM = _t("KIN-POHON-01/yatim", "intervenes {induk}, which is not in the set")
_SIKLUS = _t("KIN-POHON-02/siklus", "intervention cycle: {jalur}")
_TANPA_KONTRIBUTOR = _t(
    "KIN-POHON-03/tanpa-kontributor",
    "Hasil Kerja Utama of leader {nama} ({nip}) that no RHK intervenes",
)
