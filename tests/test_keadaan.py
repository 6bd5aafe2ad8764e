"""Stateful tests: random sequences of acts on the append-only records, started from the example
agency and checked after every step against a model of every record ever created (and, at the
end of every run, serialised to JSON and reloaded).

* :class:`MesinSistemKerja` forms teams, adds, ends and moves members, changes the ketua,
  dissolves teams and assigns work on :class:`SistemKerja`;
* :class:`MesinPenilaian` evaluates the example SKPs, re-rates, files objections and has them
  decided by the penilai's atasan (or by someone without that authority), and after every step
  folds each JF pegawai's standing evaluations into the angka kredit ledger.

Some acts are invalid on purpose (a membership overlapping another, a second decision, a late
objection, a superseded result superseded again, ...): each must raise the library error the
model predicts and leave the state as it was. Hypothesis shrinks a failure to the shortest
sequence of acts that breaks an invariant.

Runs are deterministic under the ``ci`` profile (``tests/conftest.py``) and short; a longer hunt:
``BIROKRASI_KEADAAN=500 HYPOTHESIS_PROFILE=local pytest tests/test_keadaan.py`` (the number of
runs per machine; each run takes up to ``LANGKAH`` steps).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
from collections import Counter
from collections.abc import Callable, Iterable
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from birokrasi import contoh
from birokrasi.contoh import karier as contoh_karier
from birokrasi.contoh import skp as contoh_skp
from birokrasi.contoh.penilaian import penilaian_tahunan
from birokrasi.contoh.sistem_kerja import tim_kerja
from birokrasi.contoh.struktur import (
    ARIEF,
    DEWI,
    HENDRA,
    KEPALA_DINAS,
    LILIS,
    PUTRI,
    SEKRETARIS,
    YUSUF,
)
from birokrasi.errors import AuthorityError, BirokrasiError, InvalidValueError, NotFoundError
from birokrasi.karier.konversi import PembagianBulan, akumulasi_angka_kredit, angka_kredit
from birokrasi.karier.saldo import PosisiAngkaKredit, SaldoAwal, posisi_angka_kredit
from birokrasi.kinerja.penilaian.evaluasi import JenisEvaluasi, PenilaianKinerja, evaluasi_kinerja
from birokrasi.kinerja.penilaian.riwayat import RiwayatPenilaian
from birokrasi.kinerja.perencanaan.skp import SKP
from birokrasi.kinerja.predikat import Rating
from birokrasi.kinerja.tindak_lanjut.keberatan import (
    HARI_KEBERATAN,
    DaftarKeberatan,
    Keberatan,
    PutusanKeberatan,
    ajukan_keberatan,
    terima_keberatan,
    tolak_keberatan,
)
from birokrasi.periode import Periode
from birokrasi.serial import dari_data, ke_data
from birokrasi.sistem_kerja.pemeriksaan import periksa_tumpang_tindih
from birokrasi.sistem_kerja.penugasan import Penugasan
from birokrasi.sistem_kerja.sistem import SistemKerja
from birokrasi.sistem_kerja.tim_kerja import Keanggotaan, Peran, SuratKeputusan, TimKerja
from birokrasi.struktur.nip import NIP
from birokrasi.struktur.potret import (
    PotretPejabat,
    potret_pegawai,
    potret_pejabat,
    potret_pejabat_negara,
)

CONTOH = int(os.environ.get("BIROKRASI_KEADAAN", "15"))
"""Runs per machine (``BIROKRASI_KEADAAN``)."""
LANGKAH = 30
"""Steps per run."""

D = dt.date
SEHARI = dt.timedelta(days=1)
ORG = contoh.instansi()
TANGGAL = st.dates(D(2024, 10, 1), D(2026, 6, 30))
"""The dates an act may fall on: around the example's 2025, both sides of it."""

SESEKALI = st.sampled_from([False, False, False, True])
"""True one time in four: how often an act is drawn to be invalid."""
BIASANYA = SESEKALI.map(lambda b: not b)
SELISIH = st.tuples(SESEKALI, st.integers(1, 3), st.integers(0, 30)).map(
    lambda t: -t[1] if t[0] else t[2]
)
"""Days after a date, now and then a few days before it."""
HARI_AJUAN = st.tuples(SESEKALI, st.integers(0, HARI_KEBERATAN)).map(
    lambda t: HARI_KEBERATAN + 1 + t[1] % 4 if t[0] else t[1]
)
"""Days from receiving a result to objecting: late (day 15 on) now and then."""

Galat = type[BirokrasiError]


def _akhir(k: Keanggotaan) -> dt.date:
    return dt.date.max if k.selesai is None else k.selesai


def _pulang_pergi(tipe: type[Any], nilai: object) -> None:
    """Serialising ``nilai`` to JSON and back gives an equal value that serialises the same."""
    data = ke_data(nilai)
    kembali = dari_data(tipe, json.loads(json.dumps(data)))
    assert kembali == nilai
    assert ke_data(kembali) == data


def _ditolak(galat: Galat, aksi: Callable[[], object]) -> None:
    """``aksi`` raises ``galat``; the machine keeps its state and model, and the invariants
    that follow check that the state still matches the model."""
    with pytest.raises(galat):
        aksi()


# -- teams ---------------------------------------------------------------------------------


class MesinSistemKerja(RuleBasedStateMachine):
    """The example agency's teams under random operations, against a list model: the model
    keeps every team, membership and assignment in creation order and applies each operation
    as its docstring states it (a membership is only ever ended, never rewritten)."""

    def __init__(self) -> None:
        super().__init__()
        self.sistem = tim_kerja()
        self.tim = list(self.sistem.tim)
        self.anggota = list(self.sistem.keanggotaan)
        self.dibuat = list(self.anggota)
        """Every membership as it was created (its end can only come earlier since)."""
        self.tugas = list(self.sistem.penugasan)
        self.orang = sorted({k.nip for k in self.anggota} | {NIP(HENDRA), NIP(PUTRI)})
        self.nomor = 0

    # -- the model -------------------------------------------------------------------------

    def _cari_tim(self, kode: str) -> int | None:
        return next((i for i, t in enumerate(self.tim) if t.kode == kode), None)

    @staticmethod
    def _tumpang(anggota: list[Keanggotaan], baru: Keanggotaan) -> bool:
        return any(
            k.nip == baru.nip
            and k.tim == baru.tim
            and k.mulai <= _akhir(baru)
            and baru.mulai <= _akhir(k)
            for k in anggota
        )

    def _aktif(self, nip: NIP, tim: str, tanggal: dt.date) -> int | Galat:
        """The membership ``akhiri_keanggotaan`` and ``pindahkan`` act on, or their error."""
        if self._cari_tim(tim) is None:
            return NotFoundError
        milik = [i for i, k in enumerate(self.anggota) if k.nip == nip and k.tim == tim]
        for i in milik:
            if self.anggota[i].mulai <= tanggal <= _akhir(self.anggota[i]):
                return i
        if any(tanggal < self.anggota[i].mulai for i in milik):
            return InvalidValueError
        return NotFoundError

    def _pada(self, tim: str, tanggal: dt.date) -> list[int]:
        """The memberships of ``tim`` holding on ``tanggal`` (bounded by the team's last
        day), by start date."""
        i = self._cari_tim(tim)
        assert i is not None
        t = self.tim[i]
        ada = [
            i
            for i, k in enumerate(self.anggota)
            if k.tim == tim and k.mulai <= tanggal <= min(_akhir(k), t.akhir)
        ]
        return sorted(ada, key=lambda i: self.anggota[i].mulai)

    def _terapkan(self, aksi: Callable[[], SistemKerja], hasil: list[Keanggotaan] | Galat) -> None:
        """Run ``aksi``: refused with the predicted error, or the model's memberships become
        ``hasil`` (records appended beyond the old ones are new)."""
        if not isinstance(hasil, list):
            _ditolak(hasil, aksi)
            return
        self.sistem = aksi()
        self.dibuat += hasil[len(self.anggota) :]
        self.anggota = hasil

    # -- acts --------------------------------------------------------------------------------

    @rule(data=st.data(), kembar=SESEKALI)
    def bentuk_tim(self, data: st.DataObject, kembar: bool) -> None:
        """A team is formed; a kode already used is refused."""
        mulai = data.draw(TANGGAL)
        periode = Periode(mulai, data.draw(st.dates(mulai, D(2026, 12, 31))))
        if kembar:
            kode = data.draw(st.sampled_from(self.tim)).kode
        else:
            self.nomor += 1
            kode = f"TIM-B{self.nomor}"
        sk = SuratKeputusan(f"SK/{kode}", mulai, KEPALA_DINAS)
        tim = TimKerja(kode, f"Tim {kode}", "Tujuan", "DISKOMINFO.APTIKA", periode, sk)
        if kembar:
            _ditolak(InvalidValueError, lambda: self.sistem.bentuk_tim(tim, instansi=ORG))
            return
        self.sistem = self.sistem.bentuk_tim(tim, instansi=ORG)
        self.tim.append(tim)

    @rule(data=st.data(), peran=st.sampled_from(Peran))
    def tambah_anggota(self, data: st.DataObject, peran: Peran) -> None:
        """A membership is added; an unknown team or an overlap with the same pegawai's
        membership of the team (SK-TIM-08) is refused."""
        kode = data.draw(st.sampled_from([t.kode for t in self.tim] + ["TIM-TIDAK-ADA"]))
        mulai = data.draw(TANGGAL)
        selesai = data.draw(st.none() | st.dates(mulai, D(2026, 12, 31)))
        baru = Keanggotaan(data.draw(st.sampled_from(self.orang)), kode, peran, mulai, selesai)
        hasil: list[Keanggotaan] | Galat = [*self.anggota, baru]
        if self._cari_tim(kode) is None:
            hasil = NotFoundError
        elif self._tumpang(self.anggota, baru):
            hasil = InvalidValueError
        self._terapkan(lambda: self.sistem.tambah_anggota(baru, **OLEH), hasil)

    def _tanggal_dalam(self, data: st.DataObject, k: Keanggotaan) -> dt.date:
        """A date inside membership ``k`` mostly, any date sometimes."""
        dalam = st.dates(k.mulai, min(_akhir(k), D(2026, 12, 31)))
        return data.draw(st.one_of(dalam, dalam, TANGGAL))

    @rule(data=st.data())
    def akhiri_keanggotaan(self, data: st.DataObject) -> None:
        """A membership ends on a day it holds; a day it does not hold is refused."""
        k = data.draw(st.sampled_from(self.anggota))
        tanggal = self._tanggal_dalam(data, k)
        i = self._aktif(k.nip, k.tim, tanggal)
        hasil: list[Keanggotaan] | Galat = i if not isinstance(i, int) else list(self.anggota)
        if isinstance(hasil, list) and isinstance(i, int):
            hasil[i] = attrs.evolve(hasil[i], selesai=tanggal)
        self._terapkan(lambda: self.sistem.akhiri_keanggotaan(k.nip, k.tim, tanggal, **OLEH), hasil)

    def _model_pindahkan(
        self, k: Keanggotaan, ke: str, tanggal: dt.date, peran: Peran
    ) -> list[Keanggotaan] | Galat:
        if self._cari_tim(ke) is None:
            return NotFoundError
        if ke == k.tim:
            return InvalidValueError
        i = self._aktif(k.nip, k.tim, tanggal)
        if not isinstance(i, int):
            return i
        lama = self.anggota[i]
        if tanggal <= lama.mulai:
            return InvalidValueError
        hasil = list(self.anggota)
        hasil[i] = attrs.evolve(lama, selesai=tanggal - SEHARI)
        baru = Keanggotaan(
            lama.nip, ke, peran, tanggal, alokasi=lama.alokasi, instansi=lama.instansi
        )
        if self._tumpang(hasil, baru):
            return InvalidValueError
        return [*hasil, baru]

    @rule(data=st.data(), peran=st.sampled_from(Peran))
    def pindahkan(self, data: st.DataObject, peran: Peran) -> None:
        """A member moves to another team: one membership ends the day before, one starts."""
        k = data.draw(st.sampled_from(self.anggota))
        ke = data.draw(st.sampled_from([t.kode for t in self.tim] + ["TIM-TIDAK-ADA"]))
        tanggal = self._tanggal_dalam(data, k)
        hasil = self._model_pindahkan(k, ke, tanggal, peran)
        self._terapkan(
            lambda: self.sistem.pindahkan(k.nip, k.tim, ke, tanggal, peran=peran, **OLEH), hasil
        )

    def _model_ganti_ketua(
        self, tim: str, nip: NIP, tanggal: dt.date, lama_jadi_anggota: bool
    ) -> list[Keanggotaan] | Galat:
        hadir = self._pada(tim, tanggal)
        ketua = next((i for i in hadir if self.anggota[i].peran is Peran.KETUA), None)
        hasil = list(self.anggota)
        if ketua is not None:
            lama = self.anggota[ketua]
            if lama.nip == nip or tanggal <= lama.mulai:
                return InvalidValueError
            hasil[ketua] = attrs.evolve(lama, selesai=tanggal - SEHARI)
            if lama_jadi_anggota:
                tetap = attrs.evolve(lama, peran=Peran.ANGGOTA, mulai=tanggal, selesai=None)
                if self._tumpang(hasil, tetap):
                    return InvalidValueError
                hasil.append(tetap)
        sendiri = [i for i in hadir if self.anggota[i].nip == nip]
        for i in sendiri:
            if tanggal <= hasil[i].mulai:
                return InvalidValueError
            hasil[i] = attrs.evolve(hasil[i], selesai=tanggal - SEHARI)
        asal = self.anggota[sendiri[0]] if sendiri else None
        baru = Keanggotaan(
            nip,
            tim,
            Peran.KETUA,
            tanggal,
            alokasi=asal.alokasi if asal else None,
            instansi=asal.instansi if asal else None,
        )
        if self._tumpang(hasil, baru):
            return InvalidValueError
        return [*hasil, baru]

    @rule(data=st.data(), lama_jadi_anggota=st.booleans())
    def ganti_ketua(self, data: st.DataObject, lama_jadi_anggota: bool) -> None:
        """A new ketua from a date: the old ketua's and the newcomer's records end the day
        before, the old ketua stays on as anggota or leaves."""
        tim = data.draw(st.sampled_from(self.tim)).kode
        nip = data.draw(st.sampled_from(self.orang))
        tanggal = data.draw(TANGGAL)
        hasil = self._model_ganti_ketua(tim, nip, tanggal, lama_jadi_anggota)
        self._terapkan(
            lambda: self.sistem.ganti_ketua(
                tim, nip, tanggal, lama_jadi_anggota=lama_jadi_anggota, **OLEH
            ),
            hasil,
        )

    def _model_bubarkan(self, t: TimKerja, tanggal: dt.date) -> list[Keanggotaan] | Galat:
        if t.dibubarkan is not None or tanggal not in t.periode:
            return InvalidValueError
        hasil = list(self.anggota)
        for i, k in enumerate(self.anggota):
            if k.tim == t.kode and _akhir(k) > tanggal:
                if k.mulai > tanggal:
                    return InvalidValueError
                hasil[i] = attrs.evolve(k, selesai=tanggal)
        return hasil

    @rule(data=st.data())
    def bubarkan_tim(self, data: st.DataObject) -> None:
        """A team is dissolved on a day of its periode, ending what runs past it; twice, or
        before a member joins, is refused."""
        t = data.draw(st.sampled_from(self.tim))
        tanggal = data.draw(st.one_of(st.dates(t.mulai, t.periode.selesai), TANGGAL))
        hasil = self._model_bubarkan(t, tanggal)
        self._terapkan(lambda: self.sistem.bubarkan_tim(t.kode, tanggal, **OLEH), hasil)
        if isinstance(hasil, list):
            i = self.tim.index(t)
            self.tim[i] = attrs.evolve(t, dibubarkan=tanggal)

    @rule(data=st.data(), ke_tim=st.booleans(), kembar=SESEKALI)
    def tambah_penugasan(self, data: st.DataObject, ke_tim: bool, kembar: bool) -> None:
        """Work is assigned to a pegawai or a team; a used kode or unknown team is refused."""
        if kembar and self.tugas:
            kode = data.draw(st.sampled_from(self.tugas)).kode
        else:
            self.nomor += 1
            kode, kembar = f"TGS-B{self.nomor}", False
        mulai = data.draw(TANGGAL)
        periode = Periode(mulai, data.draw(st.dates(mulai, D(2026, 12, 31))))
        tim = data.draw(st.sampled_from([t.kode for t in self.tim] + ["TIM-TIDAK-ADA"]))
        tujuan: dict[str, Any] = (
            {"tim": tim} if ke_tim else {"penerima": data.draw(st.sampled_from(self.orang))}
        )
        tugas = Penugasan(kode, KEPALA_DINAS, "Hasil kerja", periode, **tujuan)
        if kembar or (ke_tim and self._cari_tim(tim) is None):
            _ditolak(InvalidValueError, lambda: self.sistem.tambah_penugasan(tugas))
            return
        self.sistem = self.sistem.tambah_penugasan(tugas)
        self.tugas.append(tugas)

    # -- invariants --------------------------------------------------------------------------

    @invariant()
    def setiap_catatan_masih_ada(self) -> None:
        """Every team, membership and assignment ever created is there once, in creation
        order, as the model has it."""
        assert self.sistem.tim == tuple(self.tim)
        assert self.sistem.keanggotaan == tuple(self.anggota)
        assert self.sistem.penugasan == tuple(self.tugas)

    @invariant()
    def keanggotaan_hanya_diakhiri(self) -> None:
        """A membership keeps who, where, which role, from when and with what share; its end
        only ever comes earlier, never before its start."""
        assert len(self.sistem.keanggotaan) == len(self.dibuat)
        for awal, kini in zip(self.dibuat, self.sistem.keanggotaan, strict=True):
            kunci = ("nip", "tim", "peran", "mulai", "alokasi", "instansi")
            assert [getattr(kini, a) for a in kunci] == [getattr(awal, a) for a in kunci]
            assert kini.mulai <= _akhir(kini) <= _akhir(awal)

    @invariant()
    def riwayat_menjangkau_semuanya(self) -> None:
        """Each pegawai's and each team's history answers every membership once."""
        for nip in {k.nip for k in self.anggota}:
            milik = Counter(k for k in self.anggota if k.nip == nip)
            assert Counter(self.sistem.riwayat_keanggotaan(nip)) == milik
        for t in self.tim:
            anggota = Counter(k for k in self.anggota if k.tim == t.kode)
            assert Counter(self.sistem.riwayat_tim(t.kode)) == anggota
        assert periksa_tumpang_tindih(self.sistem) == ()

    def teardown(self) -> None:
        """The aggregate the run built reloads equal from JSON, its indexes rebuilt."""
        _pulang_pergi(SistemKerja, self.sistem)
        kembali = dari_data(SistemKerja, ke_data(self.sistem))
        for nip in self.orang:
            assert kembali.riwayat_keanggotaan(nip) == self.sistem.riwayat_keanggotaan(nip)


# -- evaluations, keberatan and angka kredit ---------------------------------------------------

DAFTAR_SKP = contoh_skp.skp()
OLEH: dict[str, Any] = {"oleh": KEPALA_DINAS, "instansi": ORG}
"""Every team change is by the Kepala Dinas, who heads every unit (SK-TIM-10)."""
_SRI_LAMA, _SRI_DAFTAR, _SRI_RIWAYAT = contoh_karier.keberatan()
POTRET = tuple(
    potret_pegawai(ORG, nip, D(2025, 6, 30))
    for nip in (KEPALA_DINAS, SEKRETARIS, DEWI, YUSUF, HENDRA, PUTRI)
)
"""People who may try to decide an objection without the authority to."""
JF = (DEWI, YUSUF, LILIS, ARIEF, str(_SRI_LAMA.pegawai.nip))
"""The JF pegawai whose standing evaluations are folded into the ledger (one jenjang in 2025)."""


@functools.cache
def _pemutus(penilaian: PenilaianKinerja, tanggal: dt.date) -> NIP | str | None:
    """The model of KIN-KEBERATAN-02: who decides an objection to ``penilaian`` on
    ``tanggal``: the atasan of a penilai holding a post that day (above the root unit, the
    declared Sekda, and above the Sekda the Bupati, known by a kode), else the head above the
    post the penilai rated from; ``None`` when nobody."""
    penilai = penilaian.penilai.pengenal
    kini = ORG.pelaku_pada(penilai, tanggal)
    dulu = kini if kini is not None else ORG.pelaku_pada(penilai, penilaian.tanggal)
    atasan = None if dulu is None else ORG.atasan_jabatan(dulu, tanggal)
    return None if atasan is None else atasan.pengenal


def _periode_evaluasi(data: st.DataObject, periode: Periode, jenis: JenisEvaluasi) -> Periode:
    """A month or quarter inside ``periode`` (periodic), or the whole SKP periode (annual,
    KIN-EVAL-02: a part year after a change is its own SKP)."""
    tahun = periode.mulai.year
    if jenis is JenisEvaluasi.PERIODIK:
        calon = [Periode.bulan(tahun, b) for b in range(1, 13)]
        calon += [Periode.triwulan(tahun, t) for t in range(1, 5)]
        return data.draw(st.sampled_from([p for p in calon if p in periode]))
    return periode


def _boleh_menilai(skp: SKP, tanggal: dt.date) -> set[NIP | str]:
    """The model of KIN-EVAL-03 with the instansi: the Pejabat Penilai Kinerja on the day (or,
    for a pegawai gone by then, on the SKP's last day), and the SKP's recorded penilai if the
    instansi named them when the SKP was set; each only while holding a post that day."""
    hasil: set[NIP | str] = set()
    pegawai = skp.pegawai.nip
    for hari in (tanggal, skp.periode.selesai):
        if ORG.pejabat_pada(pegawai, hari) is not None:
            kini = ORG.pejabat_penilai(pegawai, hari)
            if kini is not None:
                hasil.add(kini.pengenal)
                break
    assert skp.ditetapkan is not None
    dulu = ORG.pejabat_penilai(pegawai, skp.ditetapkan.tanggal)
    if dulu is not None and dulu.pengenal == skp.penilai.pengenal:
        hasil.add(dulu.pengenal)
    return {n for n in hasil if ORG.pelaku_pada(n, tanggal) is not None}


def _hari_penentu(pembagian: PembagianBulan, tahun: int, bulan: int) -> dt.date:
    """The day whose holder earns the month, as :class:`PembagianBulan` states each rule."""
    if pembagian is PembagianBulan.TANGGAL_SATU:
        return D(tahun, bulan, 1)
    if pembagian is PembagianBulan.TENGAH_BULAN:
        return D(tahun, bulan, 15 if bulan == 2 else 16)
    berikut = D(tahun + bulan // 12, bulan % 12 + 1, 1)
    return berikut - SEHARI


def _urutan_buku(p: PenilaianKinerja) -> tuple[object, ...]:
    """The ledger's order of evaluations (KAR-AK-15): by period end; on one day the periodic
    before the annual, the shorter period first, then by kode."""
    tahunan = p.jenis is JenisEvaluasi.TAHUNAN
    return (p.periode.selesai, tahunan, -p.periode.mulai.toordinal(), p.kode)


def _kredit_per_bulan(
    urutan: Iterable[PenilaianKinerja], pembagian: PembagianBulan
) -> tuple[Fraction, set[tuple[int, int]]]:
    """The model of KAR-AK-03: walking the ledger's results in order, each calendar month is
    earned by the first result whose period holds the month's deciding day, at that result's
    predikat; the credit is the sum over the months earned, one month at a time."""
    diperoleh: set[tuple[int, int]] = set()
    total = Fraction(0)
    for p in urutan:
        tahun = p.periode.mulai.year  # an evaluation never spans two years
        for bulan in range(p.periode.mulai.month, p.periode.selesai.month + 1):
            if (tahun, bulan) in diperoleh or _hari_penentu(
                pembagian, tahun, bulan
            ) not in p.periode:
                continue
            diperoleh.add((tahun, bulan))
            total += angka_kredit(p.pegawai.jenjang, p.predikat, bulan=1, tanggal=p.periode.selesai)
    return total, diperoleh


class MesinPenilaian(RuleBasedStateMachine):
    """The example agency's 2025 evaluations and Sri Wahyuni's decided objection under random
    evaluations, re-ratings, objections and decisions, against a model that keeps every
    evaluation, objection and decision in creation order and which evaluation supersedes
    which."""

    def __init__(self) -> None:
        super().__init__()
        self.riwayat = RiwayatPenilaian((*penilaian_tahunan().isi, *_SRI_RIWAYAT.isi))
        self.daftar = _SRI_DAFTAR
        self.evaluasi = list(self.riwayat.isi)
        self.pengganti = {
            p.menggantikan: p.kode for p in self.evaluasi if p.menggantikan is not None
        }
        self.keberatan = list(self.daftar.keberatan)
        self.putusan = list(self.daftar.putusan)
        self.nomor = 0
        self.diperiksa: dict[str, tuple[str, ...]] = {}
        """Per JF, the standing evaluations the ledger was last checked with."""

    def _kode(self, awalan: str, lama: list[Any], kembar: bool) -> str:
        if kembar and lama:
            return str(lama[-1].kode)
        self.nomor += 1
        return f"{awalan}-M{self.nomor}"

    def _catat_evaluasi(self, baru: PenilaianKinerja) -> None:
        self.evaluasi.append(baru)
        if baru.menggantikan is not None:
            self.pengganti[baru.menggantikan] = baru.kode

    def _kode_dipakai(self, kode: str) -> bool:
        return any(p.kode == kode for p in self.evaluasi)

    # -- acts --------------------------------------------------------------------------------

    @rule(
        data=st.data(),
        jenis=st.sampled_from(JenisEvaluasi),
        rating=st.tuples(st.sampled_from(Rating), st.sampled_from(Rating)),
        hari=st.integers(0, 20),
        kembar=SESEKALI,
        tanpa_wewenang=SESEKALI,
    )
    def nilai(
        self,
        data: st.DataObject,
        jenis: JenisEvaluasi,
        rating: tuple[Rating, Rating],
        hari: int,
        kembar: bool,
        tanpa_wewenang: bool,
    ) -> None:
        """An official the instansi authorises evaluates a period of the SKP, named by NIP.
        Refused: a kode used before, or (``tanpa_wewenang``, or nobody authorised that day)
        an evaluator outside the model's :func:`_boleh_menilai` (KIN-EVAL-03)."""
        skp = data.draw(st.sampled_from(DAFTAR_SKP))
        periode = _periode_evaluasi(data, skp.periode, jenis)
        tanggal = periode.selesai + dt.timedelta(days=hari)
        boleh = _boleh_menilai(skp, tanggal)
        oleh: NIP | str
        if tanpa_wewenang or not boleh:
            tanpa_wewenang = True
            lain = [o.nip for o in POTRET if o.nip not in boleh | {skp.pegawai.nip}]
            oleh = data.draw(st.sampled_from(lain))
        else:
            oleh = data.draw(st.sampled_from(sorted(boleh, key=str)))
        kode = self._kode("EV", self.evaluasi, kembar)

        def aksi() -> RiwayatPenilaian:
            baru = evaluasi_kinerja(
                skp, kode, jenis, periode, *rating, oleh=oleh, tanggal=tanggal, instansi=ORG
            )
            return self.riwayat.tambah(baru)

        if tanpa_wewenang:
            _ditolak(AuthorityError, aksi)
        elif self._kode_dipakai(kode):
            _ditolak(InvalidValueError, aksi)
        else:
            self.riwayat = aksi()
            self._catat_evaluasi(self.riwayat.isi[-1])

    @rule(
        data=st.data(),
        rating=st.tuples(st.sampled_from(Rating), st.sampled_from(Rating)),
        hari=st.integers(0, 20),
        cacat=st.sampled_from([None, None, None, None, "kode", "tanggal", "periode"]),
    )
    def nilai_ulang(
        self, data: st.DataObject, rating: tuple[Rating, Rating], hari: int, cacat: str | None
    ) -> None:
        """The penilai re-rates an evaluation, superseding it (KIN-EVAL-06); refused when it is
        already superseded, or (``cacat``) under a used kode, dated before it or of another
        period."""
        berlaku = [p for p in self.evaluasi if p.kode not in self.pengganti]
        lama = data.draw(st.sampled_from(berlaku) | st.sampled_from(self.evaluasi))
        periode = lama.periode
        if cacat == "periode":
            periode = Periode(periode.mulai, periode.mulai + dt.timedelta(days=9))
        tanggal = lama.tanggal + dt.timedelta(days=-1 if cacat == "tanggal" else hari)
        kode = self._kode("EV", self.evaluasi, cacat == "kode")

        def aksi() -> RiwayatPenilaian:
            baru = PenilaianKinerja(
                kode, lama.skp, lama.pegawai, lama.penilai, lama.jenis, periode, *rating,
                tanggal, menggantikan=lama.kode, alasan="koreksi",
            )  # fmt: skip
            return self.riwayat.tambah(baru)

        if cacat is not None or lama.kode in self.pengganti:
            _ditolak(InvalidValueError, aksi)
            return
        self.riwayat = aksi()
        self._catat_evaluasi(self.riwayat.isi[-1])

    @rule(data=st.data(), hari=HARI_AJUAN, kembar=SESEKALI)
    def ajukan(self, data: st.DataObject, hari: int, kembar: bool) -> None:
        """The pegawai objects to an evaluation; late (day 15 on) or under a used kode is
        refused (KIN-KEBERATAN-01)."""
        dapat = [p for p in self.evaluasi if _pemutus(p, p.tanggal) is not None]
        penilaian = data.draw(st.sampled_from(dapat) | st.sampled_from(self.evaluasi))
        kode = self._kode("KB", self.keberatan, kembar)
        tanggal = penilaian.tanggal + dt.timedelta(days=hari)

        def aksi() -> DaftarKeberatan:
            ajuan = ajukan_keberatan(penilaian, kode, "Bukti dukung tidak dinilai", tanggal=tanggal)
            return self.daftar.ajukan(ajuan)

        dua_kali = any(k.penilaian.kode == penilaian.kode for k in self.keberatan)
        if hari > HARI_KEBERATAN or dua_kali or any(k.kode == kode for k in self.keberatan):
            _ditolak(InvalidValueError, aksi)
            return
        self.daftar = aksi()
        self.keberatan.append(self.daftar.keberatan[-1])

    def _terbuka(self) -> list[Keberatan]:
        diputus = {p.keberatan for p in self.putusan}
        return [k for k in self.keberatan if k.kode not in diputus]

    def _dapat_diputus(self) -> list[Keberatan]:
        """The pending objections whose penilai has an atasan on the day they were filed."""
        return [k for k in self._terbuka() if _pemutus(k.penilaian, k.tanggal) is not None]

    def _putus(
        self, data: st.DataObject, hari: int, sah: bool, lagi: bool
    ) -> tuple[Keberatan, PotretPejabat, dt.date, Galat | None]:
        """An objection, a decider, a date and the error the model predicts for deciding it.
        The objection is pending (mostly one whose penilai has an atasan), or decided
        already when ``lagi`` (and one is), by its decider: a decision is final. The decider
        is the penilai's atasan that day when ``sah`` (and there is one)."""
        terbuka = self._terbuka()
        if lagi and self.putusan:
            putusan = data.draw(st.sampled_from(self.putusan))
            keberatan = next(k for k in self.keberatan if k.kode == putusan.keberatan)
            return keberatan, putusan.oleh, putusan.tanggal, InvalidValueError
        pilihan = self._dapat_diputus() if data.draw(BIASANYA) else terbuka
        keberatan = data.draw(st.sampled_from(pilihan))
        tanggal = keberatan.tanggal + dt.timedelta(days=hari)
        atasan = _pemutus(keberatan.penilaian, tanggal)
        oleh: PotretPejabat
        if sah and isinstance(atasan, NIP):
            oleh = potret_pejabat(ORG, atasan, tanggal)
        elif sah and isinstance(atasan, str):
            oleh = potret_pejabat_negara(ORG, atasan, tanggal)
        else:
            oleh = data.draw(st.sampled_from(POTRET))
        galat: Galat | None = None
        if atasan is None:
            galat = NotFoundError
        elif atasan != oleh.pengenal:
            galat = AuthorityError
        elif tanggal < keberatan.tanggal:
            galat = InvalidValueError
        return keberatan, oleh, tanggal, galat

    @precondition(lambda self: self._dapat_diputus())
    @rule(
        data=st.data(),
        hari=SELISIH,
        sah=BIASANYA,
        lagi=SESEKALI,
        rating=st.tuples(st.sampled_from(Rating), st.sampled_from(Rating)),
        kembar=SESEKALI,
    )
    def terima(
        self,
        data: st.DataObject,
        hari: int,
        sah: bool,
        lagi: bool,
        rating: tuple[Rating, Rating],
        kembar: bool,
    ) -> None:
        """The atasan accepts an objection and re-rates: the new evaluation supersedes the
        objected one (KIN-KEBERATAN-02, KIN-EVAL-06); refused when that one is already
        superseded."""
        keberatan, oleh, tanggal, galat = self._putus(data, hari, sah, lagi)
        kode_baru = self._kode("EV", self.evaluasi, kembar)
        lama = keberatan.penilaian
        if galat is None and (
            lama.kode in self.pengganti
            or oleh.pengenal == lama.pegawai.nip
            or self._kode_dipakai(kode_baru)
        ):
            galat = InvalidValueError
        aksi = functools.partial(
            terima_keberatan, self.daftar, keberatan.kode, rating_hasil_kerja=rating[0],
            rating_perilaku_kerja=rating[1], kode_baru=kode_baru, oleh=oleh, tanggal=tanggal,
            instansi=ORG, riwayat=self.riwayat,
        )  # fmt: skip
        if galat is not None:
            _ditolak(galat, aksi)
            return
        self.daftar, self.riwayat = aksi()
        putusan = self.daftar.putusan[-1]
        assert putusan.penilaian_baru is not None
        assert putusan.penilaian_baru.menggantikan == lama.kode
        self.putusan.append(putusan)
        self._catat_evaluasi(putusan.penilaian_baru)

    @precondition(lambda self: self._dapat_diputus())
    @rule(data=st.data(), hari=SELISIH, sah=BIASANYA, lagi=SESEKALI)
    def tolak(self, data: st.DataObject, hari: int, sah: bool, lagi: bool) -> None:
        """The atasan rejects an objection; the result stands (KIN-KEBERATAN-02)."""
        keberatan, oleh, tanggal, galat = self._putus(data, hari, sah, lagi)
        aksi = functools.partial(
            tolak_keberatan, self.daftar, keberatan.kode, oleh=oleh, tanggal=tanggal,
            instansi=ORG, riwayat=self.riwayat,
        )  # fmt: skip
        if galat is not None:
            _ditolak(galat, aksi)
            return
        self.daftar, riwayat = aksi()
        assert riwayat is self.riwayat
        self.putusan.append(PutusanKeberatan(keberatan.kode, oleh, tanggal))

    # -- invariants --------------------------------------------------------------------------

    @invariant()
    def setiap_evaluasi_masih_ada(self) -> None:
        """Every evaluation ever created is on record once, in creation order, reachable by
        kode and by pegawai."""
        assert self.riwayat.isi == tuple(self.evaluasi)
        for p in self.evaluasi:
            assert self.riwayat.cari(p.kode) == p
        for nip in {p.pegawai.nip for p in self.evaluasi}:
            milik = tuple(p for p in self.evaluasi if p.pegawai.nip == nip)
            assert self.riwayat.milik(nip) == milik

    @invariant()
    def yang_digantikan_tetap_tercatat(self) -> None:
        """A superseded evaluation is still there and says which one supersedes it; one
        standing evaluation per chain of re-ratings, its last."""
        akar: dict[str, str] = {}
        terakhir: dict[str, str] = {}
        for p in self.evaluasi:
            akar[p.kode] = p.kode if p.menggantikan is None else akar[p.menggantikan]
            terakhir[akar[p.kode]] = p.kode
            baru = self.riwayat.digantikan_oleh(p.kode)
            assert (None if baru is None else baru.kode) == self.pengganti.get(p.kode)
        berlaku = [p.kode for p in self.riwayat.berlaku()]
        assert Counter(akar[k] for k in berlaku) == Counter(set(akar.values()))
        assert sorted(berlaku) == sorted(terakhir.values())

    @invariant()
    def keberatan_diputus_paling_banyak_sekali(self) -> None:
        """Every objection and decision is on record; an objection has at most one decision,
        and an accepted one's re-rating supersedes the objected evaluation."""
        assert self.daftar.keberatan == tuple(self.keberatan)
        assert self.daftar.putusan == tuple(self.putusan)
        diputus = Counter(p.keberatan for p in self.daftar.putusan)
        assert all(n == 1 for n in diputus.values())
        for k in self.keberatan:
            putusan = self.daftar.putusan_atas(k.kode)
            assert putusan == next((p for p in self.putusan if p.keberatan == k.kode), None)
            if putusan is not None and putusan.penilaian_baru is not None:
                assert self.riwayat.digantikan_oleh(k.penilaian.kode) == putusan.penilaian_baru

    @invariant()
    def sebulan_dihitung_sekali(self) -> None:
        """Each JF's standing evaluations, folded into the ledger by period end, earn each
        calendar month once: the credit is the model's month-by-month sum, at most twelve
        months a year. The plain sum of results refuses overlapping evaluations and gives the
        same credit for the others. (Checked when a JF's standing evaluations change.)"""
        for nip in JF:
            berlaku = [p for p in self.riwayat.berlaku() if str(p.pegawai.nip) == nip]
            urutan = sorted(berlaku, key=_urutan_buku)
            kunci = tuple(p.kode for p in urutan)
            if self.diperiksa.get(nip) == kunci:
                continue
            self.diperiksa[nip] = kunci
            penempatan = ORG.penempatan_pada(nip, D(2025, 6, 30))
            assert penempatan is not None
            awal = SaldoAwal(D(2025, 1, 1), penempatan.jabatan.jenjang, None)
            tumpang = any(a.periode.beririsan(b.periode) for a, b in _pasangan(urutan))
            for pembagian in PembagianBulan:
                posisi = posisi_angka_kredit(
                    [awal, *urutan], tanggal=D(2025, 12, 31), pembagian=pembagian
                )
                harapan, bulan = _kredit_per_bulan(urutan, pembagian)
                assert posisi.angka_kredit_jenjang == harapan
                assert sum(h.bulan for h in posisi.hasil) == len(bulan) <= 12
                if tumpang:
                    with pytest.raises(InvalidValueError, match="KAR-AK-03"):
                        akumulasi_angka_kredit(urutan, pembagian=pembagian)
                else:
                    assert akumulasi_angka_kredit(urutan, pembagian=pembagian) == harapan
            _pulang_pergi(PosisiAngkaKredit, posisi)

    def teardown(self) -> None:
        """The record and the register the run built reload equal from JSON, and the record
        answers which evaluation supersedes which as before."""
        _pulang_pergi(RiwayatPenilaian, self.riwayat)
        _pulang_pergi(DaftarKeberatan, self.daftar)
        kembali = dari_data(RiwayatPenilaian, ke_data(self.riwayat))
        assert list(kembali.berlaku()) == list(self.riwayat.berlaku())


def _pasangan(isi: list[PenilaianKinerja]) -> Iterable[tuple[PenilaianKinerja, PenilaianKinerja]]:
    return ((a, b) for i, a in enumerate(isi) for b in isi[:i])


_PENGATURAN = settings(max_examples=CONTOH, stateful_step_count=LANGKAH)

TestTimKerjaTakKehilanganCatatan = MesinSistemKerja.TestCase
TestTimKerjaTakKehilanganCatatan.settings = _PENGATURAN
TestPenilaianTakKehilanganCatatan = MesinPenilaian.TestCase
TestPenilaianTakKehilanganCatatan.settings = _PENGATURAN
