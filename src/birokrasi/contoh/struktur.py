"""A small, realistic, fictional agency as pure data: the Dinas Komunikasi dan Informatika of
the (fictional) Kabupaten Contoh, after penyederhanaan birokrasi.

The Kepala Dinas (JPT Pratama) leads a Sekretariat (Administrator) with one Subbagian
(Pengawas); the three bidang lost their Administrator posts, so their JF work directly under
the Kepala Dinas. Placements run from 2024; one Pranata Komputer moves mid-2024, the
Kasubbag post is vacant from April to July 2025 (its staff then answer to the Sekretaris) and
the rating of one Sandiman is delegated to the Sekretaris in 2025. Names and NIPs are invented.

>>> org = instansi()
>>> len(org.pegawai), len(org.penempatan_aktif(TANGGAL_DEMO))
(33, 32)
"""

from __future__ import annotations

import datetime as dt

from birokrasi.struktur.golongan import Golongan
from birokrasi.struktur.jabatan import Jabatan, Jenjang
from birokrasi.struktur.organisasi import Instansi
from birokrasi.struktur.pemeriksaan import periksa_instansi
from birokrasi.struktur.unsur import Delegasi, Pegawai, Penempatan, UnitOrganisasi

__all__ = ["NAMA_INSTANSI", "TANGGAL_DEMO", "bagian_struktur", "instansi"]

NAMA_INSTANSI = "Dinas Komunikasi dan Informatika Kabupaten Contoh"
TANGGAL_DEMO = dt.date(2025, 6, 30)
"""The date the demo and the docs ask their questions at (the Kasubbag post is vacant)."""

_AWAL = dt.date(2024, 1, 1)
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

_G = Golongan
_J = Jenjang

# NIP, nama, golongan (None for PPPK), jabatan, jenjang, unit: placed from 2024-01-01 on.
_PEGAWAI: tuple[tuple[str, str, Golongan | None, str, Jenjang, str], ...] = (
    # Sekretariat and its Subbagian
    ("198503252009022006", "Indah Permatasari, S.IP., M.A.P.", _G.III_D, "Analis Kebijakan",
     _J.AHLI_MUDA, _SEKRETARIAT),
    ("199512122020121009", "Galih Saputra, S.E.", _G.III_A, "Perencana", _J.AHLI_PERTAMA,
     _SEKRETARIAT),
    ("199406062019032011", "Novi Andriani, S.Ak.", _G.III_B,
     "Analis Keuangan Pusat dan Daerah", _J.AHLI_PERTAMA, _SEKRETARIAT),
    ("199003032014032004", "Sri Wahyuni, A.Md.", _G.II_D, "Arsiparis", _J.TERAMPIL, _UMPEG),
    ("198805172012121001", "Joko Susilo", _G.II_C, "Pengadministrasi Perkantoran",
     _J.PELAKSANA, _UMPEG),
    ("199003202023211001", "Ahmad Fauzi", None, "Pengelola Layanan Operasional", _J.PELAKSANA,
     _UMPEG),
    ("199507252024212001", "Yuliani", None, "Pengadministrasi Perkantoran", _J.PELAKSANA,
     _UMPEG),
    # Bidang Aplikasi Informatika
    ("197601102003121001", "Ir. Hendra Gunawan, M.Kom.", _G.IV_B, "Pranata Komputer",
     _J.AHLI_MADYA, _APTIKA),
    ("198302252008012011", "Dewi Anggraini, S.Kom.", _G.III_D, "Pranata Komputer",
     _J.AHLI_MUDA, _APTIKA),
    ("198406182009031004", "Yusuf Maulana, S.T.", _G.III_C, "Pranata Komputer", _J.AHLI_MUDA,
     _APTIKA),
    ("199512302020122015", "Putri Ayu Lestari, S.Kom.", _G.III_A, "Pranata Komputer",
     _J.AHLI_PERTAMA, _APTIKA),
    ("198201052006041003", "Sutrisno", _G.III_A, "Pranata Komputer", _J.MAHIR, _APTIKA),
    ("199108082015031006", "Dedi Kurniawan, A.Md.", _G.II_C, "Pranata Komputer", _J.TERAMPIL,
     _APTIKA),
    ("199611202022211001", "Rizky Ramadhan, S.Kom.", None, "Pranata Komputer",
     _J.AHLI_PERTAMA, _APTIKA),
    ("199804052023212002", "Nurul Hidayah, S.Kom.", None, "Pranata Komputer",
     _J.AHLI_PERTAMA, _APTIKA),
    ("199909092024211002", "Bayu Saputra", None, "Operator Layanan Operasional", _J.PELAKSANA,
     _APTIKA),
    # Bidang Informasi dan Komunikasi Publik
    ("197105121997032005", "Dra. Lilis Suryani", _G.IV_A, "Pranata Humas", _J.AHLI_MADYA, _IKP),
    ("198709092011011002", "Andi Pratama, S.I.Kom.", _G.III_C, "Pranata Humas", _J.AHLI_MUDA,
     _IKP),
    ("199402172019032010", "Siti Nurhaliza, S.I.Kom.", _G.III_A, "Pranata Humas",
     _J.AHLI_PERTAMA, _IKP),
    ("198108112005012009", "Endang Sulastri", _G.III_B, "Pranata Humas", _J.MAHIR, _IKP),
    ("199005302014031003", "Wahyu Hidayat, A.Md.", _G.II_D, "Pranata Humas", _J.TERAMPIL, _IKP),
    ("198112012006041012", "Budi Santoso, S.H., M.H.", _G.III_B, "Analis Kebijakan",
     _J.AHLI_MUDA, _IKP),
    ("199207072022212003", "Maya Sari, S.Sos.", None, "Pranata Humas", _J.AHLI_PERTAMA, _IKP),
    # Bidang Statistik dan Persandian
    ("197408172000031002", "Dr. Teguh Prasetyo, M.Si.", _G.IV_A, "Statistisi", _J.AHLI_MADYA,
     _STATISTIK),
    ("198604112010012013", "Ratna Dewi, S.Si.", _G.III_C, "Statistisi", _J.AHLI_MUDA,
     _STATISTIK),
    ("199609282021031005", "Irfan Hakim, S.Stat.", _G.III_A, "Statistisi", _J.AHLI_PERTAMA,
     _STATISTIK),
    ("199201152015032012", "Lina Marlina, A.Md.", _G.II_C, "Statistisi", _J.TERAMPIL,
     _STATISTIK),
    ("199710102020121003", "Arief Wibowo, S.Tr.Sdn.", _G.III_A, "Sandiman", _J.AHLI_PERTAMA,
     _STATISTIK),
)  # fmt: skip

_KEPALA_DINAS = "197203141998031003"
_SEKRETARIS = "197709222002122004"
_KASUBBAG_LAMA = "196804151993031002"
_KASUBBAG_BARU = "198511032010012007"
_PINDAH = "199307142019031008"
_SANDIMAN = "199710102020121003"


def instansi() -> Instansi:
    """The example agency (see the module docstring); a new, equal value on every call."""
    pegawai = [
        Pegawai(_KEPALA_DINAS, "Drs. Bambang Wicaksono, M.Si.", _G.IV_C),
        Pegawai(_SEKRETARIS, "Hj. Sri Rahayu, S.Sos., M.M.", _G.IV_B),
        Pegawai(_KASUBBAG_LAMA, "Agus Salim, S.E.", _G.III_D),
        Pegawai(_KASUBBAG_BARU, "Rina Marlina, S.IP.", _G.III_D),
        Pegawai(_PINDAH, "Fajar Nugroho, S.Kom.", _G.III_B),
    ]
    kepala = Jabatan("Kepala Dinas Komunikasi dan Informatika", _J.JPT_PRATAMA)
    kasubbag = Jabatan("Kepala Subbagian Umum dan Kepegawaian", _J.PENGAWAS)
    analis_sdm = Jabatan("Analis SDM Aparatur Ahli Muda", _J.AHLI_MUDA)
    prakom = Jabatan("Pranata Komputer Ahli Pertama", _J.AHLI_PERTAMA)
    penempatan = [
        Penempatan(_KEPALA_DINAS, kepala, _DINAS, _AWAL, kepala=True),
        Penempatan(
            _SEKRETARIS,
            Jabatan("Sekretaris Dinas", _J.ADMINISTRATOR),
            _SEKRETARIAT,
            _AWAL,
            kepala=True,
        ),
        Penempatan(_KASUBBAG_LAMA, kasubbag, _UMPEG, _AWAL, dt.date(2025, 3, 31), kepala=True),
        Penempatan(_KASUBBAG_BARU, analis_sdm, _UMPEG, _AWAL, dt.date(2025, 7, 31)),
        Penempatan(_KASUBBAG_BARU, kasubbag, _UMPEG, dt.date(2025, 8, 1), kepala=True),
        Penempatan(_PINDAH, prakom, _APTIKA, _AWAL, dt.date(2024, 6, 30)),
        Penempatan(_PINDAH, prakom, _STATISTIK, dt.date(2024, 7, 1)),
    ]
    for nip, nama, golongan, jabatan, jenjang, unit in _PEGAWAI:
        pegawai.append(Pegawai(nip, nama, golongan))
        nama_jabatan = jabatan if jenjang is _J.PELAKSANA else f"{jabatan} {jenjang.label}"
        penempatan.append(Penempatan(nip, Jabatan(nama_jabatan, jenjang), unit, _AWAL))
    delegasi = Delegasi(
        _SEKRETARIS,
        _SANDIMAN,
        dt.date(2025, 1, 1),
        dt.date(2025, 12, 31),
        keterangan="Keputusan Kepala Dinas tentang pendelegasian penilaian kinerja (fiktif)",
    )
    return Instansi(NAMA_INSTANSI, _UNIT, pegawai, penempatan, (delegasi,))


def _orang(org: Instansi, penempatan: Penempatan | None) -> str:
    if penempatan is None:
        return "-"
    return f"{org.cari_pegawai(penempatan.nip).nama} ({penempatan.jabatan.nama})"


def _pohon(org: Instansi, unit: UnitOrganisasi, tanggal: dt.date, kedalaman: int) -> list[str]:
    if unit.jenjang_kepala is None:
        kepala = "no head post (simplified)"
    else:
        penempatan = org.kepala_unit(unit.kode, tanggal)
        kepala = "VACANT" if penempatan is None else _orang(org, penempatan)
        kepala = f"head [{unit.jenjang_kepala.label}]: {kepala}"
    baris = [f"{'  ' * kedalaman}- {unit.nama} <{unit.kode}>: {kepala}"]
    for anak in org.sub_unit(unit.kode):
        baris += _pohon(org, anak, tanggal, kedalaman + 1)
    return baris


def bagian_struktur(tanggal: dt.date = TANGGAL_DEMO) -> list[str]:
    """Demo lines: the unit tree with its heads, who rates whom on ``tanggal``
    (STR-ATASAN-01, STR-PENILAI-01/02) and the findings of ``periksa_instansi``.

    >>> bagian_struktur()[0]
    'Organisation on 2025-06-30'
    """
    org = instansi()
    akar = org.unit_akar
    assert akar is not None
    baris = [f"Organisation on {tanggal.isoformat()}", *_pohon(org, akar, tanggal, 0), ""]
    baris.append("Who rates whom (pegawai [PNS/PPPK], jabatan -> Pejabat Penilai Kinerja)")
    for penempatan in org.penempatan_aktif(tanggal):
        pegawai = org.cari_pegawai(penempatan.nip)
        penilai = org.pejabat_penilai(penempatan.nip, tanggal)
        catatan = " [delegated]" if org.delegasi_pada(penempatan.nip, tanggal) else ""
        baris.append(
            f"  {pegawai.nama} [{pegawai.jenis_asn.name}], {penempatan.jabatan.nama}"
            f" -> {_orang(org, penilai)}{catatan}"
        )
    baris += ["", "Findings (periksa_instansi)"]
    baris += [f"  {temuan}" for temuan in periksa_instansi(org, tanggal)] or ["  none"]
    return baris
