"""The example agency's competencies in 2025 (:mod:`birokrasi.contoh`), as pure data.

*Part of the year:* the standards the Dinas set for four JF positions, the assessments its
people have (most by the kabupaten's assessment unit in 2023-2024; Fajar Nugroho's from 2021
no longer holds), and what *Tim Satu Data* needs once Dewi Anggraini moves out on 1 July.

*Rules it illustrates:* a standard names a level for every manajerial and sosial kultural
competency plus the position's teknis ones (KOM-STANDAR-01); a pegawai below their jabatan's
standard has a gap (KOM-GAP-01); an assessment holds three years (KOM-PROFIL-01); a team's
need no member covers (KOM-TIM-01); and a proposal for the team ranks candidates by fit but
never proposes one whose share of working time would pass 100% (KOM-USUL-01, SK-TIM-07). The
levels in the standards are the Dinas's own (the Lampiran's table per jenjang was not read);
names, levels and assessments are invented.

>>> [str(t) for t in kesenjangan_satu_data().tidak_tercakup]
['Visualisasi Data Level 2']
>>> [str(c.nip) == HENDRA for c in usulan_satu_data().calon][:2]
[True, False]
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

from birokrasi.contoh import struktur as contoh
from birokrasi.contoh.sistem_kerja import TANGGAL_PINDAH, tim_kerja
from birokrasi.contoh.struktur import (
    ARIEF,
    DEWI,
    FAJAR,
    HENDRA,
    IRFAN,
    LINA,
    PUTRI,
    RATNA,
    YUSUF,
)
from birokrasi.kompetensi.kebutuhan_tim import (
    KebutuhanKompetensi,
    KesenjanganTim,
    kesenjangan_tim,
)
from birokrasi.kompetensi.kesenjangan import (
    Kesenjangan,
    KesenjanganPegawai,
    kesenjangan_pegawai,
    periksa_kompetensi,
)
from birokrasi.kompetensi.profil import ProfilKompetensi, SumberPenilaian
from birokrasi.kompetensi.standar import (
    Kompetensi,
    KompetensiManajerial,
    LevelKompetensi,
    StandarKompetensi,
    TingkatKompetensi,
)
from birokrasi.kompetensi.usulan import UsulanAnggotaTim, usulkan_anggota_tim
from birokrasi.pesan import pembuat_templat
from birokrasi.struktur.jabatan import Jabatan, Jenjang
from birokrasi.struktur.nip import NIP

__all__ = [
    "ALOKASI_USULAN",
    "CALON_SATU_DATA",
    "bagian_kompetensi",
    "kebutuhan_tim",
    "kesenjangan_dewi",
    "kesenjangan_satu_data",
    "profil",
    "standar",
    "usulan_satu_data",
]

_UPT = "UPT Penilaian Kompetensi BKPSDM Kabupaten Contoh (fiktif)"

_PENGEMBANGAN_APLIKASI = Kompetensi.teknis("Pengembangan Aplikasi")
_ARSITEKTUR_SPBE = Kompetensi.teknis("Arsitektur SPBE")
_ANALISIS_STATISTIK = Kompetensi.teknis("Analisis Statistik")
_TATA_KELOLA_DATA = Kompetensi.teknis("Tata Kelola Data")
_VISUALISASI_DATA = Kompetensi.teknis("Visualisasi Data")
_PERSANDIAN = Kompetensi.teknis("Persandian")
_KOMUNIKASI = Kompetensi.manajerial(KompetensiManajerial.KOMUNIKASI)
_PENGAMBILAN_KEPUTUSAN = Kompetensi.manajerial(KompetensiManajerial.PENGAMBILAN_KEPUTUSAN)


def _tingkat(kompetensi: Kompetensi, level: int) -> TingkatKompetensi:
    return TingkatKompetensi(kompetensi, LevelKompetensi.dari_angka(level))


def _sembilan(level: int, **lain: int) -> list[TingkatKompetensi]:
    """The nine manajerial and sosial kultural competencies at ``level``, except those named
    (by member name) with another level."""
    manajerial = [
        _tingkat(Kompetensi.manajerial(k), lain.get(k.name, level)) for k in KompetensiManajerial
    ]
    return [*manajerial, _tingkat(Kompetensi.sosial_kultural(), lain.get("PEREKAT_BANGSA", level))]


def _jf(nama: str, jenjang: Jenjang) -> Jabatan:
    return Jabatan(f"{nama} {jenjang.label}", jenjang)


_STANDAR = (
    StandarKompetensi(
        _jf("Pranata Komputer", Jenjang.AHLI_MUDA),
        [*_sembilan(2), _tingkat(_PENGEMBANGAN_APLIKASI, 3), _tingkat(_ARSITEKTUR_SPBE, 3)],
    ),
    StandarKompetensi(
        _jf("Pranata Komputer", Jenjang.AHLI_PERTAMA),
        [*_sembilan(1), _tingkat(_PENGEMBANGAN_APLIKASI, 2)],
    ),
    StandarKompetensi(
        _jf("Statistisi", Jenjang.AHLI_MUDA),
        [*_sembilan(2), _tingkat(_ANALISIS_STATISTIK, 3), _tingkat(_TATA_KELOLA_DATA, 3)],
    ),
    StandarKompetensi(
        _jf("Statistisi", Jenjang.AHLI_PERTAMA),
        [*_sembilan(1), _tingkat(_ANALISIS_STATISTIK, 2)],
    ),
)

_P = SumberPenilaian
_PROFIL = (
    ProfilKompetensi(
        DEWI,
        dt.date(2024, 3, 12),
        _P.PENILAIAN_KOMPETENSI,
        [
            *_sembilan(2, INTEGRITAS=3, KERJA_SAMA=3, PENGAMBILAN_KEPUTUSAN=1),
            _tingkat(_PENGEMBANGAN_APLIKASI, 3),
            _tingkat(_ARSITEKTUR_SPBE, 4),
            _tingkat(_TATA_KELOLA_DATA, 2),
            _tingkat(_VISUALISASI_DATA, 1),
        ],
        penyelenggara=_UPT,
    ),
    ProfilKompetensi(
        YUSUF,
        dt.date(2024, 3, 12),
        _P.PENILAIAN_KOMPETENSI,
        [*_sembilan(2), _tingkat(_PENGEMBANGAN_APLIKASI, 3), _tingkat(_VISUALISASI_DATA, 2)],
        penyelenggara=_UPT,
    ),
    ProfilKompetensi(
        HENDRA,
        dt.date(2023, 10, 2),
        _P.PENILAIAN_KOMPETENSI,
        [
            *_sembilan(3),
            _tingkat(_ANALISIS_STATISTIK, 2),
            _tingkat(_TATA_KELOLA_DATA, 3),
            _tingkat(_VISUALISASI_DATA, 3),
        ],
        penyelenggara=_UPT,
    ),
    ProfilKompetensi(
        RATNA,
        dt.date(2023, 6, 15),
        _P.PENILAIAN_KOMPETENSI,
        [*_sembilan(3), _tingkat(_ANALISIS_STATISTIK, 4), _tingkat(_TATA_KELOLA_DATA, 3)],
        penyelenggara=_UPT,
    ),
    ProfilKompetensi(
        IRFAN,
        dt.date(2024, 5, 20),
        _P.UJI_KOMPETENSI,
        [
            _tingkat(_ANALISIS_STATISTIK, 3),
            _tingkat(_TATA_KELOLA_DATA, 2),
            _tingkat(_VISUALISASI_DATA, 2),
        ],
    ),
    ProfilKompetensi(
        LINA, dt.date(2024, 5, 20), _P.UJI_KOMPETENSI, [_tingkat(_ANALISIS_STATISTIK, 2)]
    ),
    ProfilKompetensi(
        FAJAR, dt.date(2021, 8, 9), _P.SELEKSI, [*_sembilan(1), _tingkat(_PENGEMBANGAN_APLIKASI, 2)]
    ),
    ProfilKompetensi(
        ARIEF, dt.date(2024, 11, 4), _P.PEMETAAN_INTERNAL, [*_sembilan(2), _tingkat(_PERSANDIAN, 2)]
    ),
)

_KEBUTUHAN = (
    KebutuhanKompetensi(
        "TIM-SATUDATA",
        [
            _tingkat(_TATA_KELOLA_DATA, 3),
            _tingkat(_ANALISIS_STATISTIK, 3),
            _tingkat(_VISUALISASI_DATA, 2),
            _tingkat(_KOMUNIKASI, 3),
        ],
    ),
)

CALON_SATU_DATA: tuple[str, ...] = (DEWI, YUSUF, PUTRI, HENDRA, IRFAN, LINA, ARIEF)
"""Who the Kepala Dinas considers for Tim Satu Data from 1 July (any unit: a proposal crosses
bidang)."""

ALOKASI_USULAN = Fraction(1, 2)
"""The share of working time a new member of Tim Satu Data gives it."""


def standar() -> tuple[StandarKompetensi, ...]:
    """The Dinas's competency standards of four JF positions (KOM-STANDAR-01)."""
    return _STANDAR


def profil() -> tuple[ProfilKompetensi, ...]:
    """Its people's assessments (KOM-PROFIL-01)."""
    return _PROFIL


def kebutuhan_tim() -> tuple[KebutuhanKompetensi, ...]:
    """What Tim Satu Data needs (KOM-TIM-01)."""
    return _KEBUTUHAN


def kesenjangan_dewi(tanggal: dt.date = contoh.TANGGAL_DEMO) -> KesenjanganPegawai:
    """Dewi Anggraini against the Pranata Komputer Ahli Muda standard (KOM-GAP-01)."""
    return kesenjangan_pegawai(contoh.instansi(), DEWI, tanggal, _STANDAR, _PROFIL)


def kesenjangan_satu_data(tanggal: dt.date = TANGGAL_PINDAH) -> KesenjanganTim:
    """Which of Tim Satu Data's needs its members cover once Dewi has left (KOM-TIM-01)."""
    return kesenjangan_tim(tim_kerja(), _KEBUTUHAN[0], _PROFIL, tanggal)


def usulan_satu_data() -> UsulanAnggotaTim:
    """The proposal of a new member for Tim Satu Data from 1 July (KOM-USUL-01)."""
    return usulkan_anggota_tim(
        tim_kerja(),
        _KEBUTUHAN[0],
        CALON_SATU_DATA,
        _PROFIL,
        alokasi=ALOKASI_USULAN,
        mulai=TANGGAL_PINDAH,
    )


def _nama(nip: NIP | str) -> str:
    return contoh.instansi().cari_pegawai(str(nip)).nama


def _persen(alokasi: Fraction) -> str:
    return f"{round(alokasi * 100)}%"


def _baris_kesenjangan(k: Kesenjangan) -> str:
    if k.dimiliki is None:
        pesan = _BELUM_DINILAI(kompetensi=k.kompetensi.nama, dibutuhkan=k.dibutuhkan)
    else:
        pesan = _KESENJANGAN(
            kompetensi=k.kompetensi.nama, dibutuhkan=k.dibutuhkan, dimiliki=k.dimiliki
        )
    return f"  - {pesan}"


def bagian_kompetensi(tanggal: dt.date = contoh.TANGGAL_DEMO) -> list[str]:
    """The demo's kompetensi section: Dewi's gap, the instansi's findings, Tim Satu Data's
    uncovered need and the proposal of a new member, explained per candidate, in the language
    of the context.

    >>> bagian_kompetensi()[1]
    '  - kesenjangan: Pengambilan Keputusan: dibutuhkan Level 2, dimiliki Level 1'
    """
    gap = kesenjangan_dewi(tanggal)
    baris = [
        str(
            _PEGAWAI(
                nama=_nama(DEWI),
                jabatan=gap.jabatan.nama,
                tanggal=tanggal,
                dinilai=gap.profil.tanggal if gap.profil else None,
            )
        ),
        *(_baris_kesenjangan(k) for k in gap.kurang),
    ]
    temuan = periksa_kompetensi(contoh.instansi(), _STANDAR, _PROFIL, tanggal)
    per_kode: dict[str, int] = {}
    for p in temuan:
        per_kode[p.kode] = per_kode.get(p.kode, 0) + 1
    ringkas = ", ".join(f"{kode}: {n}" for kode, n in sorted(per_kode.items()))
    baris.append(str(_TEMUAN(jumlah=len(temuan), rincian=ringkas)))
    tim = kesenjangan_satu_data()
    if tim.tidak_tercakup:
        kurang = tuple(str(t) for t in tim.tidak_tercakup)
        baris.append(str(_TIDAK_TERCAKUP(tim=_NAMA_TIM, tanggal=tim.tanggal, kurang=kurang)))
    else:
        baris.append(str(_TERCAKUP(tim=_NAMA_TIM, tanggal=tim.tanggal)))
    usulan = usulan_satu_data()
    baris.append(str(_USULAN(tim=_NAMA_TIM, mulai=usulan.mulai, alokasi=_persen(usulan.alokasi))))
    for c in usulan.calon:
        pesan = _CALON(
            peringkat=c.peringkat,
            nama=_nama(c.nip),
            cocok=len(c.cocok),
            kebutuhan=len(c.cocok) + len(c.kurang),
            kurang=tuple(k.kompetensi.nama for k in c.kurang) or None,
            alokasi=_persen(c.alokasi_saat_ini),
        )
        baris.append(f"  {pesan}")
    for d in usulan.ditolak:
        baris.append(f"  - {_TIDAK_DIUSULKAN(nama=_nama(d.nip), kode=d.kode, alasan=d.alasan)}")
    return baris


_NAMA_TIM = "Tim Satu Data"

_t = pembuat_templat(__name__)
_PEGAWAI = _t("DEMO-KOMPETENSI/pegawai", "{nama} ({jabatan}) on {tanggal}, assessed {dinilai}:")
_KESENJANGAN = _t(
    "DEMO-KOMPETENSI/kesenjangan", "gap: {kompetensi}: needs {dibutuhkan}, has {dimiliki}"
)
_BELUM_DINILAI = _t(
    "DEMO-KOMPETENSI/belum-dinilai", "gap: {kompetensi}: needs {dibutuhkan}, not assessed"
)
_TEMUAN = _t("DEMO-KOMPETENSI/temuan", "periksa_kompetensi: {jumlah} findings ({rincian})")
_TIDAK_TERCAKUP = _t(
    "DEMO-KOMPETENSI/tidak-tercakup", "{tim} on {tanggal}: no member holds {kurang}"
)
_TERCAKUP = _t("DEMO-KOMPETENSI/tercakup", "{tim} on {tanggal}: its members cover every need")
_USULAN = _t(
    "DEMO-KOMPETENSI/usulan", "Proposed members of {tim} from {mulai} ({alokasi} of working time):"
)
_CALON = _t(
    "DEMO-KOMPETENSI/calon",
    "{peringkat}. {nama}: {cocok}/{kebutuhan} needs, missing {kurang}; allocated {alokasi}",
)
_TIDAK_DIUSULKAN = _t("DEMO-KOMPETENSI/tidak-diusulkan", "not proposed: {nama} ({kode}: {alasan})")
