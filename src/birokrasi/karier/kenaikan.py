"""The checks for a JF's kenaikan pangkat (KAR-KP-01, KAR-KP-02 without a vacancy) and
kenaikan jenjang (KAR-KJ-01, KAR-KJ-02, KAR-KJ-03 pengembangan profesi) on a
:class:`~birokrasi.karier.saldo.PosisiAngkaKredit`: each reports every condition not met, as
:class:`~birokrasi.hukum.Pelanggaran` values.
"""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Collection, Iterator, Mapping
from fractions import Fraction

from dateutil.relativedelta import relativedelta

from birokrasi import _validasi as v
from birokrasi.errors import InvalidValueError
from birokrasi.hukum import (
    PERATURAN_BKN_3_2023,
    PERMEN_PUPR_4_2024,
    PERMENPANRB_1_2023,
    Aturan,
    Dasar,
    Keyakinan,
    Pelanggaran,
)
from birokrasi.karier.konversi import bulatkan_angka_kredit, desimal_eksak
from birokrasi.karier.saldo import PosisiAngkaKredit
from birokrasi.karier.tabel_ak import (
    MULAI_INTEGRASI,
    TabelAngkaKredit,
    akk_kenaikan_jenjang,
    akk_kenaikan_pangkat,
)
from birokrasi.kinerja.predikat import Predikat
from birokrasi.struktur.golongan import GOLONGAN_JF, Golongan
from birokrasi.struktur.jabatan import Jenjang

__all__ = [
    "ATURAN",
    "ATURAN_KENAIKAN_JENJANG",
    "ATURAN_KENAIKAN_PANGKAT",
    "ATURAN_PANGKAT_MINIMAL",
    "ATURAN_PENGEMBANGAN_PROFESI",
    "ATURAN_TANPA_LOWONGAN",
    "JENJANG_PENGEMBANGAN_PROFESI",
    "PANGKAT_MINIMAL_JENJANG",
    "periksa_kenaikan_jenjang",
    "periksa_kenaikan_pangkat",
]

ATURAN_KENAIKAN_PANGKAT = Aturan(
    kode="KAR-KP-01",
    uraian=(
        "Kenaikan pangkat Pejabat Fungsional setingkat lebih tinggi: AKK kenaikan pangkat "
        "terpenuhi, paling singkat 2 tahun dalam pangkat terakhir, predikat kinerja paling "
        "rendah Baik dalam 2 tahun terakhir, dan pangkat masih dalam rentang jenjangnya."
    ),
    summary=(
        "A JF rises one pangkat when the AKK is met, after at least 2 years in the pangkat "
        "with every predikat of the last 2 years at least Baik, within the jenjang's range."
    ),
    dasar=Dasar(
        PERMENPANRB_1_2023,
        pasal="39",
        keyakinan=Keyakinan.SEKUNDER,
        tafsiran=(
            "PermenPANRB 1/2023 slides mention only the AKK; the 2-year and 2-year-Baik "
            "conditions are from Permen PUPR 4/2024 Pasal 54 and the former Peraturan BKN "
            "11/2022 Pasal 39, and are parameters (masa_tahun, tahun_predikat). One step "
            "beyond the jenjang's range without a vacancy after uji kompetensi is allowed "
            "when the caller says so (melampaui_rentang)."
        ),
    ),
    berlaku_sejak=MULAI_INTEGRASI,
)

ATURAN_KENAIKAN_JENJANG = Aturan(
    kode="KAR-KJ-01",
    uraian=(
        "Kenaikan jenjang Jabatan Fungsional: paling singkat 1 tahun dalam jabatan terakhir, "
        "tersedia kebutuhan (lowongan), AKK kenaikan jenjang terpenuhi, predikat kinerja "
        "paling rendah Baik dalam 1 tahun terakhir, dan lulus uji kompetensi."
    ),
    summary=(
        "A JF moves up a jenjang after at least a year in it, with a vacancy, the AKK met, "
        "every predikat of the last year at least Baik and the uji kompetensi passed."
    ),
    dasar=Dasar(
        PERATURAN_BKN_3_2023,
        lampiran="contoh kenaikan jenjang",
        keyakinan=Keyakinan.TERVERIFIKASI,
    ),
    dasar_lain=(Dasar(PERMENPANRB_1_2023, pasal="30", keyakinan=Keyakinan.SEKUNDER),),
    berlaku_sejak=MULAI_INTEGRASI,
)

ATURAN_PANGKAT_MINIMAL = Aturan(
    kode="KAR-KJ-02",
    uraian=(
        "Pangkat paling rendah untuk kenaikan jenjang: II/a ke Terampil, II/d ke Mahir, III/b "
        "ke Penyelia dan Ahli Muda, III/d ke Ahli Madya, IV/c ke Ahli Utama."
    ),
    summary="Kenaikan jenjang needs at least the last golongan of the jenjang left behind.",
    dasar=Dasar(
        PERMENPANRB_1_2023,
        pasal="30",
        keyakinan=Keyakinan.SEKUNDER,
        tafsiran=(
            "Read in Permen PUPR 4/2024 Pasal 36 (a JF implementation of PermenPANRB 1/2023) "
            "and BKN announcements (April 2025); PANGKAT_MINIMAL_JENJANG is a parameter."
        ),
    ),
    berlaku_sejak=MULAI_INTEGRASI,
)

ATURAN_TANPA_LOWONGAN = Aturan(
    kode="KAR-KP-02",
    uraian=(
        "Pejabat Fungsional yang tidak dapat naik jenjang karena tidak tersedia lowongan "
        "kebutuhan dapat diberikan kenaikan pangkat setingkat lebih tinggi sebanyak 1 (satu) "
        "kali, setelah lulus Uji Kompetensi."
    ),
    summary=(
        "Without a vacancy at the next jenjang, a JF at the top of the jenjang's golongan "
        "range may rise one pangkat beyond it, once, after passing the uji kompetensi."
    ),
    dasar=Dasar(
        PERMEN_PUPR_4_2024,
        pasal="54",
        ayat="6",
        keyakinan=Keyakinan.TERVERIFIKASI,
        kutipan=(
            "Dalam hal pejabat fungsional tidak dapat diangkat ke dalam jenjang jabatan yang "
            "lebih tinggi karena tidak tersedia lowongan kebutuhan jenjang jabatan fungsional, "
            "dapat diusulkan kenaikan pangkat setingkat lebih tinggi sebanyak 1 (satu) kali "
            "kenaikan pangkat setelah lulus Uji Ko[mpetensi]"
        ),
        sumber="pasal.id/en/peraturan/permen/permen-pupr-no-4-tahun-2024/koreksi/9560058",
        tafsiran=(
            "Permen PUPR 4/2024 implements PermenPANRB 1/2023 for its JF; the national text "
            "is known only from a deck quoted in the audit's register (the step 'dapat "
            "diberikan'). The copy read breaks off at 'Uji Ko'. The caller says that there is "
            "no vacancy (melampaui_rentang) and that the uji kompetensi was passed; 'once' is "
            "read from the ledger: a golongan already above the jenjang's range has had its "
            "step."
        ),
    ),
    dasar_lain=(
        Dasar(
            PERMENPANRB_1_2023,
            pasal="39",
            keyakinan=Keyakinan.SEKUNDER,
            kutipan="dapat diberikan kenaikan pangkat satu tingkat lebih tinggi",
            sumber="id.scribd.com/presentation/704543330 ('JF Permenpan 01 2023' deck)",
        ),
    ),
    berlaku_sejak=MULAI_INTEGRASI,
)

ATURAN_PENGEMBANGAN_PROFESI = Aturan(
    kode="KAR-KJ-03",
    uraian=(
        "Pengembangan Profesi menjadi syarat kenaikan jenjang ke Penyelia, Ahli Madya, dan "
        "Ahli Utama."
    ),
    summary=(
        "A kenaikan jenjang to Penyelia, Ahli Madya or Ahli Utama also needs the pengembangan "
        "profesi requirement met."
    ),
    dasar=Dasar(
        PERATURAN_BKN_3_2023,
        bagian="bahan teknis BKN: perbandingan metode konvensional dan integrasi",
        keyakinan=Keyakinan.SEKUNDER,
        kutipan=(
            "Pengembangan Profesi sebagai syarat kenaikan jenjang pada Penyelia, Ahli Madya, "
            "dan Ahli Utama"
        ),
        sumber=(
            "id.scribd.com/document/712964724/Teknis-Penyesuaian-AK-dari-Konvensional-ke-"
            "Integrasi (BKN Direktorat Jabatan ASN, 2023)"
        ),
        tafsiran=(
            "Read as the jenjang reached: no kenaikan jenjang leaves Penyelia or Ahli Utama. "
            "What the pengembangan profesi consists of is set for each JF, so the caller says "
            "whether, or on which date, it was met; JENJANG_PENGEMBANGAN_PROFESI is a "
            "parameter."
        ),
    ),
    berlaku_sejak=MULAI_INTEGRASI,
)

ATURAN: tuple[Aturan, ...] = (
    ATURAN_KENAIKAN_PANGKAT,
    ATURAN_TANPA_LOWONGAN,
    ATURAN_KENAIKAN_JENJANG,
    ATURAN_PANGKAT_MINIMAL,
    ATURAN_PENGEMBANGAN_PROFESI,
)

_G = Golongan
PANGKAT_MINIMAL_JENJANG: Mapping[Jenjang, Golongan] = types.MappingProxyType(
    {
        Jenjang.TERAMPIL: _G.II_A,
        Jenjang.MAHIR: _G.II_D,
        Jenjang.PENYELIA: _G.III_B,
        Jenjang.AHLI_MUDA: _G.III_B,
        Jenjang.AHLI_MADYA: _G.III_D,
        Jenjang.AHLI_UTAMA: _G.IV_C,
    }
)
"""The lowest golongan from which a JF may move up to each jenjang (KAR-KJ-02)."""

JENJANG_PENGEMBANGAN_PROFESI: frozenset[Jenjang] = frozenset(
    {Jenjang.PENYELIA, Jenjang.AHLI_MADYA, Jenjang.AHLI_UTAMA}
)
"""The jenjang a kenaikan jenjang to which needs the pengembangan profesi (KAR-KJ-03)."""


# -- checks ------------------------------------------------------------------------------


def _teks(q: Fraction) -> str:
    """An amount for a message: exact when it has a finite decimal form, else about 2 places."""
    try:
        return str(desimal_eksak(q))
    except InvalidValueError:
        return f"~{bulatkan_angka_kredit(q)}"


def _predikat_terakhir(
    posisi: PosisiAngkaKredit, tahun: int, aturan: Aturan, subjek: str
) -> list[Pelanggaran]:
    sejak = posisi.tanggal + relativedelta(years=-tahun)
    terakhir = [h for h in posisi.hasil if h.tanggal > sejak]
    if not terakhir:
        return [Pelanggaran(aturan, subjek, f"no predikat recorded in the last {tahun} year(s)")]
    buruk = [h for h in terakhir if h.predikat < Predikat.BAIK]
    return [
        Pelanggaran(
            aturan,
            subjek,
            f"predikat {h.predikat.label} on {h.tanggal.isoformat()} is below Baik "
            f"(last {tahun} year(s))",
        )
        for h in buruk
    ]


def periksa_kenaikan_pangkat(
    posisi: PosisiAngkaKredit,
    subjek: str,
    *,
    masa_tahun: int = 2,
    tahun_predikat: int = 2,
    melampaui_rentang: bool = False,
    lulus_uji_kompetensi: bool = False,
    tabel: TabelAngkaKredit | None = None,
) -> tuple[Pelanggaran, ...]:
    """A finding for every condition for a kenaikan pangkat that ``posisi`` does not meet
    (KAR-KP-01); none when the pegawai may be proposed. At the top of the jenjang's range,
    ``melampaui_rentang`` says there is no vacancy at the next jenjang: one step beyond the
    range is then allowed, once, with ``lulus_uji_kompetensi`` (KAR-KP-02)."""
    v.periksa_tipe("posisi", posisi, PosisiAngkaKredit)
    v.periksa_tipe("subjek", subjek, str)
    v.periksa_tipe("masa_tahun", masa_tahun, int)
    v.periksa_tipe("tahun_predikat", tahun_predikat, int)
    v.periksa_tipe("melampaui_rentang", melampaui_rentang, bool)
    v.periksa_tipe("lulus_uji_kompetensi", lulus_uji_kompetensi, bool)
    a = ATURAN_KENAIKAN_PANGKAT
    if posisi.golongan is None:
        return (Pelanggaran(a, subjek, "no golongan (PPPK): kenaikan pangkat does not apply"),)
    hasil: list[Pelanggaran] = []
    akk = akk_kenaikan_pangkat(posisi.jenjang, tanggal=posisi.tanggal, tabel=tabel)
    if posisi.angka_kredit_pangkat < akk:
        hasil.append(
            Pelanggaran(
                a,
                subjek,
                f"angka kredit {_teks(posisi.angka_kredit_pangkat)} is below the AKK "
                f"{_teks(akk)} of {posisi.jenjang.label} "
                f"(short by {_teks(akk - posisi.angka_kredit_pangkat)})",
            )
        )
    if posisi.tanggal < posisi.mulai_pangkat + relativedelta(years=masa_tahun):
        hasil.append(
            Pelanggaran(
                a,
                subjek,
                f"in golongan {posisi.golongan.label} since {posisi.mulai_pangkat.isoformat()}, "
                f"less than {masa_tahun} year(s)",
            )
        )
    hasil += _predikat_terakhir(posisi, tahun_predikat, a, subjek)
    hasil += _rentang_pangkat(posisi, subjek, melampaui_rentang, lulus_uji_kompetensi)
    return tuple(hasil)


def _rentang_pangkat(
    posisi: PosisiAngkaKredit, subjek: str, melampaui_rentang: bool, lulus_uji_kompetensi: bool
) -> Iterator[Pelanggaran]:
    """KAR-KP-01 and KAR-KP-02: a pangkat inside the jenjang's range, or one step beyond its
    top without a vacancy, once, after the uji kompetensi."""
    rentang = GOLONGAN_JF.get(posisi.jenjang, ())
    golongan = posisi.golongan
    if not rentang or golongan is None or golongan < max(rentang):
        return
    puncak = max(rentang)
    if golongan > puncak:
        yield Pelanggaran(
            ATURAN_TANPA_LOWONGAN,
            subjek,
            f"golongan {golongan.label} is already above the range of {posisi.jenjang.label} "
            f"(up to {puncak.label}): a kenaikan pangkat without a vacancy is given 1 (satu) "
            "kali; a kenaikan jenjang comes first",
        )
    elif not melampaui_rentang:
        yield Pelanggaran(
            ATURAN_KENAIKAN_PANGKAT,
            subjek,
            f"golongan {golongan.label} is the top of {posisi.jenjang.label}: a "
            "kenaikan jenjang comes first (or one step without a vacancy after uji "
            "kompetensi)",
        )
    elif not lulus_uji_kompetensi:
        yield Pelanggaran(
            ATURAN_TANPA_LOWONGAN,
            subjek,
            f"no vacancy at the next jenjang: the kenaikan pangkat beyond {puncak.label} "
            "needs the uji kompetensi passed",
        )


def _syarat_jenjang(
    posisi: PosisiAngkaKredit,
    subjek: str,
    akk: Fraction,
    *,
    lowongan: bool,
    lulus_uji_kompetensi: bool,
    masa_tahun: int,
) -> Iterator[Pelanggaran]:
    """KAR-KJ-01: the AKK, a year in the jenjang, a vacancy, the uji kompetensi and every
    predikat of the last year at least Baik."""
    a = ATURAN_KENAIKAN_JENJANG
    if posisi.angka_kredit_jenjang < akk:
        yield Pelanggaran(
            a,
            subjek,
            f"angka kredit {_teks(posisi.angka_kredit_jenjang)} is below the AKK "
            f"{_teks(akk)} for the next jenjang "
            f"(short by {_teks(akk - posisi.angka_kredit_jenjang)})",
        )
    if posisi.tanggal < posisi.mulai_jenjang + relativedelta(years=masa_tahun):
        yield Pelanggaran(
            a,
            subjek,
            f"in {posisi.jenjang.label} since {posisi.mulai_jenjang.isoformat()}, less "
            f"than {masa_tahun} year(s)",
        )
    if not lowongan:
        yield Pelanggaran(a, subjek, "no vacancy (kebutuhan) at the next jenjang")
    if not lulus_uji_kompetensi:
        yield Pelanggaran(a, subjek, "the uji kompetensi has not been passed")
    yield from _predikat_terakhir(posisi, 1, a, subjek)


def _pangkat_minimal(
    posisi: PosisiAngkaKredit, subjek: str, pangkat_minimal: Mapping[Jenjang, Golongan]
) -> Iterator[Pelanggaran]:
    """KAR-KJ-02: at least the golongan ``pangkat_minimal`` sets for the next jenjang."""
    tangga = posisi.jenjang.tangga
    tujuan = tangga[tangga.index(posisi.jenjang) + 1]
    minimal = pangkat_minimal.get(tujuan)
    if minimal is not None and (posisi.golongan is None or posisi.golongan < minimal):
        punya = posisi.golongan.label if posisi.golongan else "none"
        yield Pelanggaran(
            ATURAN_PANGKAT_MINIMAL,
            subjek,
            f"golongan {punya} is below {minimal.label}, the minimum for {tujuan.label}",
        )


def _pengembangan_profesi(
    posisi: PosisiAngkaKredit,
    subjek: str,
    pengembangan_profesi: bool | dt.date,
    jenjang_wajib: Collection[Jenjang],
) -> Iterator[Pelanggaran]:
    """KAR-KJ-03: the pengembangan profesi met, on or before ``posisi.tanggal``, for the
    jenjang that require it."""
    tangga = posisi.jenjang.tangga
    tujuan = tangga[tangga.index(posisi.jenjang) + 1]
    if tujuan not in jenjang_wajib or pengembangan_profesi is True:
        return
    a = ATURAN_PENGEMBANGAN_PROFESI
    if pengembangan_profesi is False:
        yield Pelanggaran(
            a, subjek, f"the pengembangan profesi requirement for {tujuan.label} has not been met"
        )
    elif pengembangan_profesi > posisi.tanggal:
        yield Pelanggaran(
            a,
            subjek,
            f"the pengembangan profesi requirement for {tujuan.label} is met on "
            f"{pengembangan_profesi.isoformat()}, after {posisi.tanggal.isoformat()}",
        )


def periksa_kenaikan_jenjang(
    posisi: PosisiAngkaKredit,
    subjek: str,
    *,
    lowongan: bool,
    lulus_uji_kompetensi: bool,
    pengembangan_profesi: bool | dt.date = False,
    masa_tahun: int = 1,
    pangkat_minimal: Mapping[Jenjang, Golongan] = PANGKAT_MINIMAL_JENJANG,
    jenjang_pengembangan_profesi: Collection[Jenjang] = JENJANG_PENGEMBANGAN_PROFESI,
    tabel: TabelAngkaKredit | None = None,
) -> tuple[Pelanggaran, ...]:
    """A finding for every condition for a kenaikan jenjang that ``posisi`` does not meet
    (KAR-KJ-01, KAR-KJ-02, KAR-KJ-03); none when the pegawai may be proposed.
    ``pengembangan_profesi`` says whether (``True``) or on which date the pengembangan profesi
    requirement was met, for a kenaikan jenjang to one of ``jenjang_pengembangan_profesi``."""
    v.periksa_tipe("posisi", posisi, PosisiAngkaKredit)
    v.periksa_tipe("subjek", subjek, str)
    v.periksa_tipe("lowongan", lowongan, bool)
    v.periksa_tipe("lulus_uji_kompetensi", lulus_uji_kompetensi, bool)
    v.periksa_tipe("pengembangan_profesi", pengembangan_profesi, bool, dt.date)
    v.pastikan_iterabel(
        "jenjang_pengembangan_profesi", jenjang_pengembangan_profesi, "a collection of Jenjang"
    )
    for i, j in enumerate(jenjang_pengembangan_profesi):
        v.periksa_tipe(f"jenjang_pengembangan_profesi[{i}]", j, Jenjang)
    v.periksa_tipe("masa_tahun", masa_tahun, int)
    akk = akk_kenaikan_jenjang(posisi.jenjang, tanggal=posisi.tanggal, tabel=tabel)
    if akk is None:
        return (
            Pelanggaran(
                ATURAN_KENAIKAN_JENJANG, subjek, f"{posisi.jenjang.label} is the top of its ladder"
            ),
        )
    syarat = _syarat_jenjang(
        posisi,
        subjek,
        akk,
        lowongan=lowongan,
        lulus_uji_kompetensi=lulus_uji_kompetensi,
        masa_tahun=masa_tahun,
    )
    return (
        *syarat,
        *_pangkat_minimal(posisi, subjek, pangkat_minimal),
        *_pengembangan_profesi(posisi, subjek, pengembangan_profesi, jenjang_pengembangan_profesi),
    )
