"""The example agency's structure, 2024 and 2025: the Dinas Komunikasi dan Informatika of the
(fictional) Kabupaten Contoh after penyederhanaan birokrasi.

*Part of the year:* the organisation everything else happens in, before and through 2025. The
Kepala Dinas (JPT Pratama) leads a Sekretariat (Administrator) with one Subbagian (Pengawas);
the three bidang lost their Administrator posts, so their JF work directly under the Kepala
Dinas. Fajar Nugroho moves to another bidang on 1 July 2024; the Kasubbag post is vacant from
April to July 2025 (its staff then answer to the Sekretaris) until Rina Marlina is promoted
into it on 1 August; the Sandiman's rating is delegated to the Sekretaris for 2025.

*Rules it illustrates:* the atasan langsung is the head of the pegawai's unit, walking up past
a vacant post (STR-ATASAN-01); the Pejabat Penilai Kinerja is that atasan unless a delegation
names another official (STR-PENILAI-01/02); one Analis Kebijakan's golongan is left outside
his jenjang's range on purpose (STR-GOL-01). Names and NIPs are invented.

>>> org = instansi()
>>> len(org.pegawai), len(org.penempatan_aktif(TANGGAL_DEMO))
(33, 32)
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from birokrasi.pesan import Pesan, pembuat_templat
from birokrasi.struktur.golongan import Golongan
from birokrasi.struktur.jabatan import Jabatan, Jenjang
from birokrasi.struktur.organisasi import Instansi, Pejabat
from birokrasi.struktur.pemeriksaan import periksa_instansi
from birokrasi.struktur.unsur import (
    Delegasi,
    Pegawai,
    PejabatLuar,
    PejabatNegara,
    Penempatan,
    UnitOrganisasi,
)

__all__ = [
    "ANDI",
    "ARIEF",
    "BUPATI",
    "DEWI",
    "FAJAR",
    "HENDRA",
    "IRFAN",
    "KASUBBAG_LAMA",
    "KEPALA_DINAS",
    "LILIS",
    "LINA",
    "MAYA",
    "NAMA_INSTANSI",
    "PUTRI",
    "RATNA",
    "RINA",
    "SEKRETARIS",
    "SEKRETARIS_DAERAH",
    "SITI",
    "TANGGAL_DEMO",
    "YUSUF",
    "bagian_struktur",
    "instansi",
]

NAMA_INSTANSI = "Dinas Komunikasi dan Informatika Kabupaten Contoh"
TANGGAL_DEMO = dt.date(2025, 6, 30)
"""The date the demo and the docs ask their questions at (the Kasubbag post is vacant)."""

# The people the story follows, by NIP (the key every other part of the example uses).
KEPALA_DINAS = "197203141998031003"
"""Drs. Bambang Wicaksono, M.Si., Kepala Dinas (JPT Pratama)."""
SEKRETARIS = "197709222002122004"
"""Hj. Sri Rahayu, S.Sos., M.M., Sekretaris Dinas (Administrator)."""
KASUBBAG_LAMA = "196804151993031002"
"""Agus Salim, S.E., Kepala Subbagian Umum dan Kepegawaian until 31 March 2025."""
RINA = "198511032010012007"
"""Rina Marlina, S.IP., Analis SDM Aparatur Ahli Muda, Kasubbag from 1 August 2025."""
FAJAR = "199307142019031008"
"""Fajar Nugroho, S.Kom., Pranata Komputer Ahli Pertama, moved to Bidang Statistik in 2024."""
ARIEF = "199710102020121003"
"""Arief Wibowo, S.Tr.Sdn., Sandiman Ahli Pertama, rated by the Sekretaris under a delegation."""
DEWI = "198302252008012011"
"""Dewi Anggraini, S.Kom., Pranata Komputer Ahli Muda: ketua of one team, member of another."""
HENDRA = "197601102003121001"
"""Ir. Hendra Gunawan, M.Kom., Pranata Komputer Ahli Madya."""
YUSUF = "198406182009031004"
"""Yusuf Maulana, S.T., Pranata Komputer Ahli Muda."""
PUTRI = "199512302020122015"
"""Putri Ayu Lestari, S.Kom., Pranata Komputer Ahli Pertama, III/a."""
LILIS = "197105121997032005"
"""Dra. Lilis Suryani, Pranata Humas Ahli Madya."""
ANDI = "198709092011011002"
"""Andi Pratama, S.I.Kom., Pranata Humas Ahli Muda, ketua of Tim Komunikasi Publik."""
SITI = "199402172019032010"
"""Siti Nurhaliza, S.I.Kom., Pranata Humas Ahli Pertama."""
RATNA = "198604112010012013"
"""Ratna Dewi, S.Si., Statistisi Ahli Muda, ketua of Tim Satu Data."""
IRFAN = "199609282021031005"
"""Irfan Hakim, S.Stat., Statistisi Ahli Pertama."""
LINA = "199201152015032012"
"""Lina Marlina, A.Md., Statistisi Terampil."""
MAYA = "199207072022212003"
"""Maya Sari, S.Sos., Pranata Humas Ahli Pertama (PPPK)."""

_AWAL = dt.date(2024, 1, 1)
"""The first day of the story: every placement not listed otherwise starts here."""

_DINAS = "DISKOMINFO"
_SEKRETARIAT = "DISKOMINFO.SEKRETARIAT"
_UMPEG = "DISKOMINFO.SEKRETARIAT.UMPEG"
_IKP = "DISKOMINFO.IKP"
_APTIKA = "DISKOMINFO.APTIKA"
_STATISTIK = "DISKOMINFO.STATISTIK"

_UNIT = (
    UnitOrganisasi(_DINAS, NAMA_INSTANSI, jenjang_kepala=Jenjang.JPT_PRATAMA),
    UnitOrganisasi(_SEKRETARIAT, "Sekretariat", _DINAS, jenjang_kepala=Jenjang.ADMINISTRATOR),
    UnitOrganisasi(
        _UMPEG, "Subbagian Umum dan Kepegawaian", _SEKRETARIAT, jenjang_kepala=Jenjang.PENGAWAS
    ),
    UnitOrganisasi(_IKP, "Bidang Informasi dan Komunikasi Publik", _DINAS),
    UnitOrganisasi(_APTIKA, "Bidang Aplikasi Informatika", _DINAS),
    UnitOrganisasi(_STATISTIK, "Bidang Statistik dan Persandian", _DINAS),
)

_JABATAN_KEPALA_DINAS = Jabatan("Kepala Dinas Komunikasi dan Informatika", Jenjang.JPT_PRATAMA)
_JABATAN_SEKRETARIS = Jabatan("Sekretaris Dinas", Jenjang.ADMINISTRATOR)
_JABATAN_KASUBBAG = Jabatan("Kepala Subbagian Umum dan Kepegawaian", Jenjang.PENGAWAS)
_JABATAN_ANALIS_SDM = Jabatan("Analis SDM Aparatur Ahli Muda", Jenjang.AHLI_MUDA)
_JABATAN_PRANATA_KOMPUTER = Jabatan("Pranata Komputer Ahli Pertama", Jenjang.AHLI_PERTAMA)

# The pegawai whose placements are written out one by one: the heads, and the two whose post
# changes within the story.
_PEJABAT = (
    Pegawai(KEPALA_DINAS, "Drs. Bambang Wicaksono, M.Si.", Golongan.IV_C),
    Pegawai(SEKRETARIS, "Hj. Sri Rahayu, S.Sos., M.M.", Golongan.IV_B),
    Pegawai(KASUBBAG_LAMA, "Agus Salim, S.E.", Golongan.III_D),
    Pegawai(RINA, "Rina Marlina, S.IP.", Golongan.III_D),
    Pegawai(FAJAR, "Fajar Nugroho, S.Kom.", Golongan.III_B),
)
_RIWAYAT_PEJABAT = (
    Penempatan(KEPALA_DINAS, _JABATAN_KEPALA_DINAS, _DINAS, _AWAL, kepala=True),
    Penempatan(SEKRETARIS, _JABATAN_SEKRETARIS, _SEKRETARIAT, _AWAL, kepala=True),
    Penempatan(KASUBBAG_LAMA, _JABATAN_KASUBBAG, _UMPEG, _AWAL, dt.date(2025, 3, 31), kepala=True),
    Penempatan(RINA, _JABATAN_ANALIS_SDM, _UMPEG, _AWAL, dt.date(2025, 7, 31)),
    Penempatan(RINA, _JABATAN_KASUBBAG, _UMPEG, dt.date(2025, 8, 1), kepala=True),
    Penempatan(FAJAR, _JABATAN_PRANATA_KOMPUTER, _APTIKA, _AWAL, dt.date(2024, 6, 30)),
    Penempatan(FAJAR, _JABATAN_PRANATA_KOMPUTER, _STATISTIK, dt.date(2024, 7, 1)),
)


class _Staf(NamedTuple):
    """A row of the staff list: a pegawai in one post of one unit from 1 January 2024 on. The
    golongan is None for a PPPK; a JF's jabatan is written without its jenjang."""

    nip: str
    nama: str
    golongan: Golongan | None
    jabatan: str
    jenjang: Jenjang
    unit: str


_STAF = (
    # Sekretariat and its Subbagian
    _Staf("198503252009022006", "Indah Permatasari, S.IP., M.A.P.", Golongan.III_D,
          "Analis Kebijakan", Jenjang.AHLI_MUDA, _SEKRETARIAT),
    _Staf("199512122020121009", "Galih Saputra, S.E.", Golongan.III_A,
          "Perencana", Jenjang.AHLI_PERTAMA, _SEKRETARIAT),
    _Staf("199406062019032011", "Novi Andriani, S.Ak.", Golongan.III_B,
          "Analis Keuangan Pusat dan Daerah", Jenjang.AHLI_PERTAMA, _SEKRETARIAT),
    _Staf("199003032014032004", "Sri Wahyuni, A.Md.", Golongan.II_D,
          "Arsiparis", Jenjang.TERAMPIL, _UMPEG),
    _Staf("198805172012121001", "Joko Susilo", Golongan.II_C,
          "Pengadministrasi Perkantoran", Jenjang.PELAKSANA, _UMPEG),
    _Staf("199003202023211001", "Ahmad Fauzi", None,
          "Pengelola Layanan Operasional", Jenjang.PELAKSANA, _UMPEG),
    _Staf("199507252024212001", "Yuliani", None,
          "Pengadministrasi Perkantoran", Jenjang.PELAKSANA, _UMPEG),
    # Bidang Aplikasi Informatika
    _Staf(HENDRA, "Ir. Hendra Gunawan, M.Kom.", Golongan.IV_B,
          "Pranata Komputer", Jenjang.AHLI_MADYA, _APTIKA),
    _Staf(DEWI, "Dewi Anggraini, S.Kom.", Golongan.III_D,
          "Pranata Komputer", Jenjang.AHLI_MUDA, _APTIKA),
    _Staf(YUSUF, "Yusuf Maulana, S.T.", Golongan.III_C,
          "Pranata Komputer", Jenjang.AHLI_MUDA, _APTIKA),
    _Staf(PUTRI, "Putri Ayu Lestari, S.Kom.", Golongan.III_A,
          "Pranata Komputer", Jenjang.AHLI_PERTAMA, _APTIKA),
    _Staf("198201052006041003", "Sutrisno", Golongan.III_A,
          "Pranata Komputer", Jenjang.MAHIR, _APTIKA),
    _Staf("199108082015031006", "Dedi Kurniawan, A.Md.", Golongan.II_C,
          "Pranata Komputer", Jenjang.TERAMPIL, _APTIKA),
    _Staf("199611202022211001", "Rizky Ramadhan, S.Kom.", None,
          "Pranata Komputer", Jenjang.AHLI_PERTAMA, _APTIKA),
    _Staf("199804052023212002", "Nurul Hidayah, S.Kom.", None,
          "Pranata Komputer", Jenjang.AHLI_PERTAMA, _APTIKA),
    _Staf("199909092024211002", "Bayu Saputra", None,
          "Operator Layanan Operasional", Jenjang.PELAKSANA, _APTIKA),
    # Bidang Informasi dan Komunikasi Publik
    _Staf(LILIS, "Dra. Lilis Suryani", Golongan.IV_A,
          "Pranata Humas", Jenjang.AHLI_MADYA, _IKP),
    _Staf(ANDI, "Andi Pratama, S.I.Kom.", Golongan.III_C,
          "Pranata Humas", Jenjang.AHLI_MUDA, _IKP),
    _Staf(SITI, "Siti Nurhaliza, S.I.Kom.", Golongan.III_A,
          "Pranata Humas", Jenjang.AHLI_PERTAMA, _IKP),
    _Staf("198108112005012009", "Endang Sulastri", Golongan.III_B,
          "Pranata Humas", Jenjang.MAHIR, _IKP),
    _Staf("199005302014031003", "Wahyu Hidayat, A.Md.", Golongan.II_D,
          "Pranata Humas", Jenjang.TERAMPIL, _IKP),
    _Staf("198112012006041012", "Budi Santoso, S.H., M.H.", Golongan.III_B,
          "Analis Kebijakan", Jenjang.AHLI_MUDA, _IKP),
    _Staf(MAYA, "Maya Sari, S.Sos.", None,
          "Pranata Humas", Jenjang.AHLI_PERTAMA, _IKP),
    # Bidang Statistik dan Persandian
    _Staf("197408172000031002", "Dr. Teguh Prasetyo, M.Si.", Golongan.IV_A,
          "Statistisi", Jenjang.AHLI_MADYA, _STATISTIK),
    _Staf(RATNA, "Ratna Dewi, S.Si.", Golongan.III_C,
          "Statistisi", Jenjang.AHLI_MUDA, _STATISTIK),
    _Staf(IRFAN, "Irfan Hakim, S.Stat.", Golongan.III_A,
          "Statistisi", Jenjang.AHLI_PERTAMA, _STATISTIK),
    _Staf(LINA, "Lina Marlina, A.Md.", Golongan.II_C,
          "Statistisi", Jenjang.TERAMPIL, _STATISTIK),
    _Staf(ARIEF, "Arief Wibowo, S.Tr.Sdn.", Golongan.III_A,
          "Sandiman", Jenjang.AHLI_PERTAMA, _STATISTIK),
)  # fmt: skip

_DELEGASI = Delegasi(
    SEKRETARIS,
    ARIEF,
    dt.date(2025, 1, 1),
    dt.date(2025, 12, 31),
    keterangan="Keputusan Kepala Dinas tentang pendelegasian penilaian kinerja (fiktif)",
)


SEKRETARIS_DAERAH = PejabatLuar(
    "196905121994031005",
    "Dr. H. Suharto, M.Si.",
    Jabatan("Sekretaris Daerah Kabupaten Contoh", Jenjang.JPT_PRATAMA),
    "SETDA.CONTOH",
    dt.date(2021, 3, 1),
)
"""The Sekretaris Daerah above the Dinas: the Kepala Dinas's atasan and Pejabat Penilai
Kinerja, who decides the keberatan of those the Kepala Dinas rates (STR-ATASAN-02)."""

BUPATI = PejabatNegara(
    "BUPATI-CONTOH-2021",
    "H. Bambang Hermawan, S.E., M.M.",
    "Bupati Contoh",
    "PEMKAB.CONTOH",
    dt.date(2021, 2, 26),
    tingkat=2,
)
"""The Bupati above the Sekda: a pejabat negara without a NIP, declared by a kode. The
Kepala Dinas reports to the Bupati through the Sekda; the example has the Sekda rate the
Kepala Dinas and the Bupati decide the Kepala Dinas's keberatan (STR-ATASAN-02). A regency
that has the Bupati rate its heads of perangkat daerah (the reading of PermenPANRB 8/2021's
guide for a JPT Pratama in the regions) declares the Bupati at ``tingkat=1`` instead."""


def _penempatan(staf: _Staf) -> Penempatan:
    """The staff row's placement; a JF's jabatan is named with its jenjang (e.g. "Pranata
    Komputer Ahli Muda"), a Pelaksana's as written."""
    fungsional = staf.jenjang is not Jenjang.PELAKSANA
    nama = f"{staf.jabatan} {staf.jenjang.label}" if fungsional else staf.jabatan
    return Penempatan(staf.nip, Jabatan(nama, staf.jenjang), staf.unit, _AWAL)


def instansi() -> Instansi:
    """The example agency (see the module docstring); a new, equal value on every call."""
    pegawai = [*_PEJABAT, *(Pegawai(staf.nip, staf.nama, staf.golongan) for staf in _STAF)]
    penempatan = [*_RIWAYAT_PEJABAT, *(_penempatan(staf) for staf in _STAF)]
    return Instansi(
        NAMA_INSTANSI,
        _UNIT,
        pegawai,
        penempatan,
        (_DELEGASI,),
        pejabat_luar=(SEKRETARIS_DAERAH, BUPATI),
    )


def _orang(org: Instansi, pejabat: Pejabat | None) -> str:
    if pejabat is None:
        return "-"
    if isinstance(pejabat, PejabatNegara):
        return f"{pejabat.nama} ({pejabat.jabatan})"
    nama = pejabat.nama if isinstance(pejabat, PejabatLuar) else org.cari_pegawai(pejabat.nip).nama
    return f"{nama} ({pejabat.jabatan.nama})"


def _pohon(org: Instansi, unit: UnitOrganisasi, tanggal: dt.date, kedalaman: int) -> list[str]:
    if unit.jenjang_kepala is None:
        kepala: Pesan = _TANPA_KEPALA()
    else:
        penempatan = org.kepala_unit(unit.kode, tanggal)
        orang = _KOSONG() if penempatan is None else _orang(org, penempatan)
        kepala = _KEPALA(jenjang=unit.jenjang_kepala, kepala=orang)
    baris = [f"{'  ' * kedalaman}- {unit.nama} <{unit.kode}>: {kepala}"]
    for anak in org.sub_unit(unit.kode):
        baris += _pohon(org, anak, tanggal, kedalaman + 1)
    return baris


def bagian_struktur(tanggal: dt.date = TANGGAL_DEMO) -> list[str]:
    """Demo lines: the unit tree with its heads, who rates whom on ``tanggal``
    (STR-ATASAN-01, STR-PENILAI-01/02) and the findings of ``periksa_instansi``, in the
    language of the context.

    >>> bagian_struktur()[0]
    'Organisasi pada 30 Juni 2025'
    """
    org = instansi()
    akar = org.unit_akar
    assert akar is not None
    baris = [str(_ORGANISASI(tanggal=tanggal)), *_pohon(org, akar, tanggal, 0)]
    tingkat = 1
    while (luar := org.pejabat_luar_pada(tingkat, tanggal)) is not None:
        baris.append(str(_DI_ATAS_DINAS(tingkat=tingkat, pejabat=_orang(org, luar))))
        tingkat += 1
    baris.append("")
    baris.append(str(_SIAPA_MENILAI()))
    for penempatan in org.penempatan_aktif(tanggal):
        pegawai = org.cari_pegawai(penempatan.nip)
        penilai = org.pejabat_penilai(penempatan.nip, tanggal)
        templat = _PENILAI_DELEGASI if org.delegasi_pada(penempatan.nip, tanggal) else _PENILAI
        pesan = templat(
            pegawai=pegawai.nama,
            jenis=pegawai.jenis_asn.name,
            jabatan=penempatan.jabatan.nama,
            penilai=_orang(org, penilai),
        )
        baris.append(f"  {pesan}")
    baris += ["", str(_TEMUAN())]
    baris += [f"  {temuan}" for temuan in periksa_instansi(org, tanggal)] or [f"  {_NIHIL()}"]
    return baris


_t = pembuat_templat(__name__)
_ORGANISASI = _t("DEMO-STRUKTUR/organisasi", "Organisation on {tanggal}")
_TANPA_KEPALA = _t("DEMO-STRUKTUR/tanpa-kepala", "no head post (simplified)")
_KOSONG = _t("DEMO-STRUKTUR/kosong", "VACANT")
_KEPALA = _t("DEMO-STRUKTUR/kepala", "head [{jenjang}]: {kepala}")
_DI_ATAS_DINAS = _t(
    "DEMO-STRUKTUR/di-atas-dinas", "Above the Dinas, tingkat {tingkat} (STR-ATASAN-02): {pejabat}"
)
_SIAPA_MENILAI = _t(
    "DEMO-STRUKTUR/siapa-menilai",
    "Who rates whom (pegawai [PNS/PPPK], jabatan -> Pejabat Penilai Kinerja)",
)
_PENILAI = _t("DEMO-STRUKTUR/penilai", "{pegawai} [{jenis}], {jabatan} -> {penilai}")
_PENILAI_DELEGASI = _t(
    "DEMO-STRUKTUR/penilai-delegasi", "{pegawai} [{jenis}], {jabatan} -> {penilai} [delegated]"
)
_TEMUAN = _t("DEMO-STRUKTUR/temuan", "Findings (periksa_instansi)")
_NIHIL = _t("DEMO-STRUKTUR/nihil", "none")
