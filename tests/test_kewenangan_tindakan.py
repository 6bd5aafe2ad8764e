"""Authority cannot be bypassed: every act of the library × every kind of actor, with the
expected allow or deny and the rule that decides (issue 15 §4).

The subject is Dewi Anggraini, a Pranata Komputer in the example Dinas (Bidang Aplikasi
Informatika, which has no head post since penyederhanaan birokrasi), on 15 July 2025: her
atasan langsung and her Pejabat Penilai Kinerja are both the Kepala Dinas; the Kepala Dinas's
atasan is the Sekretaris Daerah declared above the Dinas, and above the Sekda the Bupati, a
pejabat negara known by a kode (STR-ATASAN-02, ADR 0011). An act that records
(feedback) is allowed or reported; every other act is allowed or refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import attrs
import pytest

from birokrasi import (
    AuthorityError,
    BirokrasiError,
    DaftarKeberatan,
    InvalidValueError,
    JenisEvaluasi,
    Jenjang,
    JurnalKinerja,
    Keanggotaan,
    Peran,
    Rating,
    RiwayatPenilaian,
    SaldoAwal,
    SifatUmpanBalik,
    SuratKeputusan,
    TimKerja,
    UmpanBalik,
    ajukan_keberatan,
    contoh,
    evaluasi_kinerja,
    hasil_kinerja,
    periksa_kewenangan,
    posisi_angka_kredit,
    terima_keberatan,
)
from birokrasi.contoh import sistem_kerja as contoh_sk
from birokrasi.contoh import skp as contoh_skp
from birokrasi.periode import Periode

ORG = contoh.instansi()
SISTEM = contoh_sk.tim_kerja()
SKP = {s.kode: s for s in contoh_skp.skp()}["SKP-2025-PRAKOM-DEWI"]
HARI = dt.date(2025, 7, 15)
AKHIR = dt.date(2025, 12, 31)

AKTOR = {
    "diri sendiri": "198302252008012011",
    "rekan": "198406182009031004",  # another Pranata Komputer of the same bidang
    "ketua tim": "198709092011011002",  # ketua of Tim Komunikasi Publik, where Dewi sits
    "atasan": "197203141998031003",  # the Kepala Dinas
    "penilai": "197203141998031003",  # the same Kepala Dinas (no head in her bidang)
    "kepala unit lain": "197709222002122004",  # the Sekretaris: heads only the Sekretariat
    "atasan penilai": "196905121994031005",  # the Sekretaris Daerah, declared above the Dinas
    "pejabat luar": "196501011990031001",  # a Kepala Dinas of another agency, not declared
    "orang asing": "199901012024011001",
    "pejabat negara": "BUPATI-CONTOH-2021",  # the Bupati, declared above the Sekda, no NIP
}


def _bentuk(oleh: str) -> object:
    sk = SuratKeputusan("SK/UJI", HARI, oleh)
    tim = TimKerja("TIM-UJI", "Tim Uji", "Uji", "DISKOMINFO.APTIKA", Periode.tahun(2025), sk)
    return SISTEM.bentuk_tim(tim, instansi=ORG)


def _tambah(oleh: str) -> object:
    baru = Keanggotaan(AKTOR["diri sendiri"], "TIM-SATUDATA", Peran.ANGGOTA, HARI)
    return SISTEM.tambah_anggota(baru, oleh=oleh, instansi=ORG)


def _pindah(oleh: str) -> object:
    dewi = AKTOR["diri sendiri"]
    return SISTEM.pindahkan(dewi, "TIM-HUMAS", "TIM-SATUDATA", HARI, oleh=oleh, instansi=ORG)


def _tetapkan(oleh: str) -> object:
    draft = attrs.evolve(SKP, disetujui=None, ditetapkan=None)
    setuju = draft.setujui(AKTOR["diri sendiri"], dt.date(2025, 1, 27))
    return setuju.tetapkan(ORG, oleh, dt.date(2025, 1, 30))


def _nilai(oleh: str) -> object:
    return evaluasi_kinerja(
        SKP, "EV-UJI", JenisEvaluasi.TAHUNAN, SKP.periode,
        Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI,
        oleh=oleh, tanggal=AKHIR, instansi=ORG,
    )  # fmt: skip


def _angka_kredit(oleh: str) -> object:
    """Angka kredit is only ever derived from an evaluation: recording it is rating."""
    hasil = hasil_kinerja(_nilai(oleh))  # type: ignore[arg-type]
    awal = SaldoAwal(dt.date(2025, 1, 1), Jenjang.AHLI_MUDA, None)
    return posisi_angka_kredit([awal, hasil], tanggal=AKHIR)


def _putus(oleh: str) -> object:
    lama = _nilai(AKTOR["penilai"])
    assert not isinstance(lama, BirokrasiError)
    keberatan = ajukan_keberatan(lama, "KB-UJI", "Bukti dukung", tanggal=dt.date(2026, 1, 5))  # type: ignore[arg-type]
    return terima_keberatan(
        DaftarKeberatan([keberatan]), "KB-UJI",
        rating_hasil_kerja=Rating.DI_ATAS_EKSPEKTASI,
        rating_perilaku_kerja=Rating.SESUAI_EKSPEKTASI, kode_baru="EV-UJI-2", oleh=oleh,
        tanggal=dt.date(2026, 1, 20), instansi=ORG,
        riwayat=RiwayatPenilaian([lama]),  # type: ignore[list-item]
    )  # fmt: skip


def _umpan_balik(oleh: str) -> tuple[str, ...]:
    """Feedback is recorded whoever gives it; an author without a role is a finding."""
    rhk = SKP.hasil_kerja[0].kode
    ub = UmpanBalik(
        "UB-UJI", HARI, oleh, AKTOR["diri sendiri"], SifatUmpanBalik.APRESIASI, "x", rhk=rhk
    )
    jurnal = JurnalKinerja.untuk(SKP).tambah(ub)
    return tuple(p.kode for p in periksa_kewenangan(jurnal, SKP, ORG, SISTEM))


TINDAKAN: dict[str, Callable[[str], object]] = {
    "bentuk tim": _bentuk,
    "tambah anggota": _tambah,
    "pindahkan": _pindah,
    "tetapkan SKP": _tetapkan,
    "nilai": _nilai,
    "angka kredit": _angka_kredit,
    "putuskan keberatan": _putus,
}

BOLEH = "boleh"
_TIM = "SK-TIM-10"
_SKP = "KIN-SKP-09"
_EVAL = "KIN-EVAL-03"
_KB = "KIN-KEBERATAN-02"

# act -> actor -> "boleh" or the kode of the rule that refuses
HARAPAN: dict[str, dict[str, str]] = {
    "bentuk tim": {
        "diri sendiri": _TIM, "rekan": _TIM, "ketua tim": _TIM, "atasan": BOLEH,
        "penilai": BOLEH, "kepala unit lain": _TIM, "atasan penilai": BOLEH,
        "pejabat luar": _TIM, "orang asing": _TIM,
        "pejabat negara": "NIP",
    },
    "tambah anggota": {
        "diri sendiri": _TIM, "rekan": _TIM, "ketua tim": _TIM, "atasan": BOLEH,
        "penilai": BOLEH, "kepala unit lain": _TIM, "atasan penilai": BOLEH,
        "pejabat luar": _TIM, "orang asing": _TIM,
        "pejabat negara": _TIM,
    },
    "pindahkan": {
        "diri sendiri": _TIM, "rekan": _TIM, "ketua tim": _TIM, "atasan": BOLEH,
        "penilai": BOLEH, "kepala unit lain": _TIM, "atasan penilai": BOLEH,
        "pejabat luar": _TIM, "orang asing": _TIM,
        "pejabat negara": _TIM,
    },
    "tetapkan SKP": {
        "diri sendiri": _SKP, "rekan": _SKP, "ketua tim": _SKP, "atasan": BOLEH,
        "penilai": BOLEH, "kepala unit lain": _SKP, "atasan penilai": _SKP,
        "pejabat luar": _SKP, "orang asing": _SKP,
        "pejabat negara": _SKP,
    },
    "nilai": {
        "diri sendiri": "rates themself", "rekan": _EVAL, "ketua tim": _EVAL, "atasan": BOLEH,
        "penilai": BOLEH, "kepala unit lain": _EVAL, "atasan penilai": _EVAL,
        "pejabat luar": _EVAL, "orang asing": _EVAL,
        "pejabat negara": _EVAL,
    },
    "angka kredit": {
        "diri sendiri": "rates themself", "rekan": _EVAL, "ketua tim": _EVAL, "atasan": BOLEH,
        "penilai": BOLEH, "kepala unit lain": _EVAL, "atasan penilai": _EVAL,
        "pejabat luar": _EVAL, "orang asing": _EVAL,
        "pejabat negara": _EVAL,
    },
    "putuskan keberatan": {
        "diri sendiri": _KB, "rekan": _KB, "ketua tim": _KB, "atasan": _KB, "penilai": _KB,
        "kepala unit lain": _KB, "atasan penilai": BOLEH, "pejabat luar": _KB,
        "orang asing": _KB,
        "pejabat negara": _KB,
    },
}  # fmt: skip

# who may give feedback (KIN-UB-01): colleagues and leaders may; nobody outside her work
UMPAN_BALIK = {
    "diri sendiri": "themself", "rekan": BOLEH, "ketua tim": BOLEH, "atasan": BOLEH,
    "penilai": BOLEH, "kepala unit lain": "KIN-UB-01", "atasan penilai": "KIN-UB-01",
    "pejabat luar": "KIN-UB-01", "orang asing": "KIN-UB-01", "pejabat negara": "NIP",
}  # fmt: skip


def test_the_table_covers_every_act_and_actor() -> None:
    assert set(HARAPAN) == set(TINDAKAN)
    assert all(set(baris) == set(AKTOR) for baris in (*HARAPAN.values(), UMPAN_BALIK))


@pytest.mark.parametrize(
    ("tindakan", "aktor"), [(t, a) for t in HARAPAN for a in AKTOR], ids=lambda x: x
)
def test_act_by_actor(tindakan: str, aktor: str) -> None:
    harapan = HARAPAN[tindakan][aktor]
    aksi = TINDAKAN[tindakan]
    if harapan == BOLEH:
        aksi(AKTOR[aktor])
        return
    with pytest.raises(BirokrasiError, match=harapan) as galat:
        aksi(AKTOR[aktor])
    if harapan.startswith(("SK-", "KIN-")):
        assert isinstance(galat.value, AuthorityError)


@pytest.mark.parametrize("aktor", list(AKTOR))
def test_feedback_by_actor(aktor: str) -> None:
    harapan = UMPAN_BALIK[aktor]
    if harapan in {"themself", "NIP"}:  # not even recorded: to someone else, by a NIP
        with pytest.raises(InvalidValueError, match=harapan):
            _umpan_balik(AKTOR[aktor])
        return
    assert _umpan_balik(AKTOR[aktor]) == (() if harapan == BOLEH else (harapan,))
