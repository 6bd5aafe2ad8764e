"""The checks for a JF's kenaikan pangkat (KAR-KP-01, KAR-KP-02 without a vacancy) and
kenaikan jenjang (KAR-KJ-01, KAR-KJ-02, KAR-KJ-03 pengembangan profesi) on a
:class:`~birokrasi.karier.saldo.PosisiAngkaKredit`: each reports every condition not met, as
:class:`~birokrasi.hukum.Pelanggaran` values.
"""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Collection, Iterator, Mapping
from decimal import Decimal
from fractions import Fraction

from birokrasi import _validasi as v
from birokrasi._enum import Tetap
from birokrasi.errors import InvalidTypeError, InvalidValueError
from birokrasi.hukum import (
    PERATURAN_BKN_3_2023,
    PERATURAN_BKN_11_2022,
    PERMEN_PUPR_4_2024,
    PERMENPANRB_1_2023,
    Aturan,
    Dasar,
    Keyakinan,
    Pelanggaran,
)
from birokrasi.karier.konversi import HasilKinerja, bulatkan_angka_kredit, desimal_eksak
from birokrasi.karier.saldo import PosisiAngkaKredit
from birokrasi.karier.tabel_ak import (
    MULAI_INTEGRASI,
    TabelAngkaKredit,
    akk_kenaikan_jenjang,
    akk_kenaikan_pangkat,
)
from birokrasi.kinerja.penilaian.evaluasi import JenisEvaluasi
from birokrasi.kinerja.predikat import Predikat
from birokrasi.pesan import Pesan, pembuat_templat
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
    "PredikatDibaca",
    "periksa_kenaikan_jenjang",
    "periksa_kenaikan_pangkat",
]

_PUPR_36 = (
    "https://pasal.id/peraturan/permen/permen-pupr-no-4-tahun-2024/koreksi/9560118 "
    "(audit 2026-12 [S16])"
)

ATURAN_KENAIKAN_PANGKAT = Aturan(
    kode="KAR-KP-01",
    uraian=(
        "Kenaikan pangkat Pejabat Fungsional setingkat lebih tinggi: AKK kenaikan pangkat "
        "terpenuhi, paling singkat 2 tahun dalam pangkat terakhir, predikat kinerja tahunan "
        "paling rendah Baik dalam 2 tahun terakhir, dan pangkat masih dalam rentang jenjangnya."
    ),
    summary=(
        "A JF rises one pangkat when the AKK is met, after at least 2 years in the pangkat "
        "with every annual predikat of the last 2 years at least Baik, within the jenjang's "
        "range."
    ),
    dasar=Dasar(
        PERMEN_PUPR_4_2024,
        pasal="54",
        ayat="1",
        keyakinan=Keyakinan.TERVERIFIKASI,
        kutipan=(
            "Kenaikan pangkat dapat dipertimbangkan apabila: a. telah 2 (dua) tahun dalam "
            "pangkat terakhir; b. memenuhi jumlah Angka Kredit Kumulatif yang ditentukan untuk "
            "kenaikan pangkat setingkat lebih tinggi; dan c. predikat kinerja minimal bernilai "
            "baik dalam 2 (dua) tahun terakhir."
        ),
        sumber=(
            "https://pasal.id/en/peraturan/permen/permen-pupr-no-4-tahun-2024/koreksi/9560058 "
            "(audit 2026-12 [S17])"
        ),
        tafsiran=(
            "Permen PUPR 4/2024 sets the rules of the JF bidang PUPR mengikuti PermenPANRB "
            "1/2023, whose own Pasal 39 was not read; the library applies its conditions to "
            "every JF, the 2 years as parameters (masa_tahun, tahun_predikat). 'Predikat "
            "kinerja ... dalam 2 (dua) tahun terakhir' is read as the annual predikat of "
            "those years (PredikatDibaca.TAHUNAN); reading every periodic result as well is "
            "PredikatDibaca.SEMUA. One step beyond the jenjang's range without a vacancy "
            "after uji kompetensi (ayat (6)) is allowed when the caller says so "
            "(melampaui_rentang)."
        ),
    ),
    dasar_lain=(
        Dasar(
            PERATURAN_BKN_11_2022,
            pasal="39",
            ayat="1",
            keyakinan=Keyakinan.TERVERIFIKASI,
            kutipan=(
                "Kenaikan pangkat Jabatan Fungsional dapat dipertimbangkan apabila: a. paling "
                "singkat 2 (dua) tahun dalam pangkat terakhir; b. memenuhi jumlah Angka Kredit "
                "yang ditentukan untuk kenaikan pangkat setingkat lebih tinggi; dan c. setiap "
                "unsur penilaian kinerja paling rendah bernilai baik dalam 2 (dua) tahun "
                "terakhir."
            ),
            sumber=(
                "https://pasal.id/en/peraturan/perban/peraturan-bkn-no-11-tahun-2022/koreksi/"
                "8051739 (audit 2026-12 [S18])"
            ),
            tafsiran=(
                "The rule before PermenPANRB 1/2023, with the same three conditions; its "
                "'setiap unsur penilaian kinerja' predates the one predikat of PermenPANRB "
                "6/2022."
            ),
        ),
        Dasar(
            PERMENPANRB_1_2023,
            pasal="39",
            keyakinan=Keyakinan.SEKUNDER,
            kutipan=(
                "Kenaikan pangkat 1 (satu) tingkat lebih tinggi ... apabila telah memenuhi "
                "paling sedikit Angka Kredit Kumulatif kenaikan pangkat"
            ),
            sumber=(
                "'JF Permenpan 01 2023' deck, https://id.scribd.com/presentation/704543330 "
                "(audit 2026-12 [S15])"
            ),
            tafsiran="The national text was not read; the deck reproducing it names the AKK.",
        ),
    ),
    berlaku_sejak=MULAI_INTEGRASI,
)

ATURAN_KENAIKAN_JENJANG = Aturan(
    kode="KAR-KJ-01",
    uraian=(
        "Kenaikan jenjang Jabatan Fungsional: paling singkat 1 tahun dalam jabatan terakhir, "
        "tersedia kebutuhan (lowongan), AKK kenaikan jenjang terpenuhi, predikat kinerja "
        "tahunan paling rendah Baik dalam 1 tahun terakhir, dan lulus uji kompetensi."
    ),
    summary=(
        "A JF moves up a jenjang after at least a year in it, with a vacancy, the AKK met, "
        "the annual predikat of the last year at least Baik and the uji kompetensi passed."
    ),
    dasar=Dasar(
        PERATURAN_BKN_3_2023,
        lampiran="contoh kenaikan jenjang",
        keyakinan=Keyakinan.TERVERIFIKASI,
        kutipan=(
            "(1) paling singkat 1 (satu) tahun dalam jenjang jabatan ahli pertama; (2) "
            "memiliki Predikat Kinerja minimal baik; (3) tersedia kebutuhan; (4) mengikuti dan "
            "lulus Uji Kompetensi."
        ),
        sumber=(
            "https://fliphtml5.com/ffcwr/kblm/Peraturan_BKN_Nomor_3_Tahun_2023/25 "
            "(audit 2026-12 [S10])"
        ),
    ),
    dasar_lain=(
        Dasar(
            PERMEN_PUPR_4_2024,
            pasal="36",
            ayat="2",
            keyakinan=Keyakinan.TERVERIFIKASI,
            kutipan=(
                "Promosi untuk kenaikan jenjang JF Bidang PUPR harus memenuhi persyaratan: a. "
                "paling singkat telah 1 (satu) tahun dalam jabatan terakhir; b. tersedia "
                "lowongan kebutuhan jabatan; c. memenuhi Angka Kredit Kumulatif yang ditentukan "
                "untuk kenaikan jabatan setingkat lebih tinggi; d. predikat kinerja minimal "
                "bernilai baik dalam 1 (satu) tahun terakhir; e. telah mengikuti dan lulus Uji "
                "Kompetensi sesuai jenjang JF Bidang PUPR yang akan diduduki; dan f. telah "
                "memiliki pangkat minimal."
            ),
            sumber=_PUPR_36,
            tafsiran=(
                "Permen PUPR 4/2024 mengikuti PermenPANRB 1/2023 (its Pasal 30 was not read). "
                "'Predikat kinerja ... dalam 1 (satu) tahun terakhir' is read as the annual "
                "predikat (PredikatDibaca.TAHUNAN): a periodic result below Baik inside a "
                "year whose annual predikat is Baik does not block; PredikatDibaca.SEMUA "
                "reads every recorded result."
            ),
        ),
        Dasar(PERMENPANRB_1_2023, pasal="30", keyakinan=Keyakinan.SEKUNDER),
    ),
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
        PERMEN_PUPR_4_2024,
        pasal="36",
        ayat="3",
        keyakinan=Keyakinan.TERVERIFIKASI,
        kutipan=(
            "Pangkat minimal sebagaimana dimaksud pada ayat (2) huruf f sebagai berikut: a. "
            "Pembina Utama Muda (IV/c) untuk ke JF ahli utama; b. Penata Tingkat I (III/d) "
            "untuk ke JF ahli madya; c. Penata Muda Tingkat I (III/b) untuk ke JF ahli muda "
            "dan penyelia; d. Pengatur Tingkat I (II/d) untuk ke JF mahir; dan e. Pengatur "
            "Muda (II/a) untuk ke JF terampil."
        ),
        sumber=_PUPR_36,
        tafsiran=(
            "Permen PUPR 4/2024 mengikuti PermenPANRB 1/2023, whose own Pasal 30 was not "
            "read; the library applies the table to every JF, as BKN announcements (April "
            "2025) do. PANGKAT_MINIMAL_JENJANG is a parameter."
        ),
    ),
    dasar_lain=(Dasar(PERMENPANRB_1_2023, pasal="30", keyakinan=Keyakinan.SEKUNDER),),
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


class PredikatDibaca(Tetap):
    """Which recorded results the condition "predikat kinerja minimal bernilai baik dalam 1
    (satu) / 2 (dua) tahun terakhir" reads (KAR-KJ-01, KAR-KP-01).

    * ``TAHUNAN`` (default): the annual predikat, the results of annual evaluations. A result
      whose kind is not recorded (a plain tuple, a 0.1.0 document) is read as annual; a
      periodic one is not read.
    * ``SEMUA``: every recorded result, periodic ones included (the stricter reading).
    """

    TAHUNAN = "tahunan"
    SEMUA = "semua"

    def membaca(self, hasil: HasilKinerja) -> bool:
        """Whether the condition reads ``hasil``."""
        v.pastikan_tipe("hasil", hasil, HasilKinerja)
        return self is PredikatDibaca.SEMUA or hasil.jenis is not JenisEvaluasi.PERIODIK


# -- checks ------------------------------------------------------------------------------


def _nilai_ak(q: Fraction) -> Decimal | Pesan:
    """An amount as a message parameter: exact when it has a finite decimal form, else about 2
    places (``~8.33``; a decimal comma in Indonesian)."""
    try:
        return desimal_eksak(q)
    except InvalidValueError:
        return _KIRA_KIRA(angka=bulatkan_angka_kredit(q))


def _predikat_terakhir(
    posisi: PosisiAngkaKredit,
    tahun: int,
    aturan: Aturan,
    subjek: str,
    dibaca: PredikatDibaca,
) -> list[Pelanggaran]:
    """The predikat ``dibaca`` reads in the last ``tahun`` years: none, or one below Baik."""
    sejak = v.geser_tanggal(posisi.tanggal, bulan=-12 * tahun)
    terakhir = [
        h for h in posisi.hasil if (sejak is None or h.tanggal > sejak) and dibaca.membaca(h)
    ]
    kp = aturan is ATURAN_KENAIKAN_PANGKAT
    if not terakhir:
        if dibaca is PredikatDibaca.TAHUNAN:
            kosong = _KP_TANPA_PREDIKAT_TAHUNAN if kp else _KJ_TANPA_PREDIKAT_TAHUNAN
        else:
            kosong = _KP_TANPA_PREDIKAT if kp else _KJ_TANPA_PREDIKAT
        return [Pelanggaran(aturan, subjek, kosong(tahun=tahun))]
    buruk = [h for h in terakhir if h.predikat < Predikat.BAIK]
    rendah = _KP_PREDIKAT_RENDAH if kp else _KJ_PREDIKAT_RENDAH
    return [
        Pelanggaran(aturan, subjek, rendah(predikat=h.predikat, tanggal=h.tanggal, tahun=tahun))
        for h in buruk
    ]


def _belum(tanggal: dt.date, mulai: dt.date, tahun: int) -> bool:
    """Whether ``tanggal`` comes before ``tahun`` full years from ``mulai`` (always, when
    those years end after the calendar does)."""
    genap = v.geser_tanggal(mulai, bulan=12 * tahun)
    return genap is None or tanggal < genap


def periksa_kenaikan_pangkat(
    posisi: PosisiAngkaKredit,
    subjek: str,
    *,
    masa_tahun: int = 2,
    tahun_predikat: int = 2,
    melampaui_rentang: bool = False,
    lulus_uji_kompetensi: bool = False,
    predikat_dibaca: PredikatDibaca = PredikatDibaca.TAHUNAN,
    tabel: TabelAngkaKredit | None = None,
) -> tuple[Pelanggaran, ...]:
    """A finding for every condition for a kenaikan pangkat that ``posisi`` does not meet
    (KAR-KP-01); none when the pegawai may be proposed. The predikat condition reads the
    results ``predikat_dibaca`` says (by default the annual predikat). At the top of the
    jenjang's range, ``melampaui_rentang`` says there is no vacancy at the next jenjang: one
    step beyond the range is then allowed, once, with ``lulus_uji_kompetensi`` (KAR-KP-02)."""
    v.pastikan_tipe("posisi", posisi, PosisiAngkaKredit)
    v.pastikan_tipe("subjek", subjek, str)
    v.pastikan_bilangan("masa_tahun", masa_tahun, 0)
    v.pastikan_bilangan("tahun_predikat", tahun_predikat, 0)
    v.pastikan_tipe("melampaui_rentang", melampaui_rentang, bool)
    v.pastikan_tipe("lulus_uji_kompetensi", lulus_uji_kompetensi, bool)
    v.pastikan_tipe("predikat_dibaca", predikat_dibaca, PredikatDibaca)
    a = ATURAN_KENAIKAN_PANGKAT
    if posisi.golongan is None:
        return (Pelanggaran(a, subjek, _KP_TANPA_GOLONGAN()),)
    hasil: list[Pelanggaran] = []
    akk = akk_kenaikan_pangkat(posisi.jenjang, tanggal=posisi.tanggal, tabel=tabel)
    if posisi.angka_kredit_pangkat < akk:
        hasil.append(
            Pelanggaran(
                a,
                subjek,
                _KP_KURANG_AK(
                    angka_kredit=_nilai_ak(posisi.angka_kredit_pangkat),
                    akk=_nilai_ak(akk),
                    jenjang=posisi.jenjang,
                    kurang=_nilai_ak(akk - posisi.angka_kredit_pangkat),
                ),
            )
        )
    if _belum(posisi.tanggal, posisi.mulai_pangkat, masa_tahun):
        hasil.append(
            Pelanggaran(
                a,
                subjek,
                _KP_MASA(golongan=posisi.golongan, sejak=posisi.mulai_pangkat, tahun=masa_tahun),
            )
        )
    hasil += _predikat_terakhir(posisi, tahun_predikat, a, subjek, predikat_dibaca)
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
            _KP_DI_ATAS_RENTANG(golongan=golongan, jenjang=posisi.jenjang, puncak=puncak),
        )
    elif not melampaui_rentang:
        yield Pelanggaran(
            ATURAN_KENAIKAN_PANGKAT,
            subjek,
            _KP_PUNCAK(golongan=golongan, jenjang=posisi.jenjang),
        )
    elif not lulus_uji_kompetensi:
        yield Pelanggaran(
            ATURAN_TANPA_LOWONGAN,
            subjek,
            _KP_BELUM_UJI(puncak=puncak),
        )


def _syarat_jenjang(
    posisi: PosisiAngkaKredit,
    subjek: str,
    akk: Fraction,
    *,
    lowongan: bool,
    lulus_uji_kompetensi: bool,
    masa_tahun: int,
    predikat_dibaca: PredikatDibaca,
) -> Iterator[Pelanggaran]:
    """KAR-KJ-01: the AKK, a year in the jenjang, a vacancy, the uji kompetensi and the
    predikat of the last year (as ``predikat_dibaca`` reads it) at least Baik."""
    a = ATURAN_KENAIKAN_JENJANG
    if posisi.angka_kredit_jenjang < akk:
        yield Pelanggaran(
            a,
            subjek,
            _KJ_KURANG_AK(
                angka_kredit=_nilai_ak(posisi.angka_kredit_jenjang),
                akk=_nilai_ak(akk),
                kurang=_nilai_ak(akk - posisi.angka_kredit_jenjang),
            ),
        )
    if _belum(posisi.tanggal, posisi.mulai_jenjang, masa_tahun):
        yield Pelanggaran(
            a,
            subjek,
            _KJ_MASA(jenjang=posisi.jenjang, sejak=posisi.mulai_jenjang, tahun=masa_tahun),
        )
    if not lowongan:
        yield Pelanggaran(a, subjek, _KJ_TANPA_LOWONGAN())
    if not lulus_uji_kompetensi:
        yield Pelanggaran(a, subjek, _KJ_BELUM_UJI())
    yield from _predikat_terakhir(posisi, 1, a, subjek, predikat_dibaca)


def _pangkat_minimal(
    posisi: PosisiAngkaKredit, subjek: str, pangkat_minimal: Mapping[Jenjang, Golongan]
) -> Iterator[Pelanggaran]:
    """KAR-KJ-02: at least the golongan ``pangkat_minimal`` sets for the next jenjang."""
    tangga = posisi.jenjang.tangga
    tujuan = tangga[tangga.index(posisi.jenjang) + 1]
    if not isinstance(pangkat_minimal, Mapping):
        raise InvalidTypeError(
            _PANGKAT_MINIMAL_BUKAN_PEMETAAN(diberikan=v.describe(pangkat_minimal))
        )
    minimal = pangkat_minimal.get(tujuan)
    v.pastikan_tipe(f"pangkat_minimal[{tujuan.label}]", minimal, Golongan, type(None))
    if minimal is not None and (posisi.golongan is None or posisi.golongan < minimal):
        pesan = (
            _KJ_TANPA_GOLONGAN(minimal=minimal, tujuan=tujuan)
            if posisi.golongan is None
            else _KJ_GOLONGAN_RENDAH(golongan=posisi.golongan, minimal=minimal, tujuan=tujuan)
        )
        yield Pelanggaran(ATURAN_PANGKAT_MINIMAL, subjek, pesan)


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
        yield Pelanggaran(a, subjek, _KJ_BELUM_PENGEMBANGAN(tujuan=tujuan))
    elif pengembangan_profesi > posisi.tanggal:
        yield Pelanggaran(
            a,
            subjek,
            _KJ_PENGEMBANGAN_TERLAMBAT(
                tujuan=tujuan, tanggal_penuhi=pengembangan_profesi, tanggal=posisi.tanggal
            ),
        )


def periksa_kenaikan_jenjang(
    posisi: PosisiAngkaKredit,
    subjek: str,
    *,
    lowongan: bool,
    lulus_uji_kompetensi: bool,
    pengembangan_profesi: bool | dt.date = False,
    masa_tahun: int = 1,
    pangkat_minimal: Mapping[Jenjang, Golongan] | None = None,
    jenjang_pengembangan_profesi: Collection[Jenjang] | None = None,
    predikat_dibaca: PredikatDibaca = PredikatDibaca.TAHUNAN,
    tabel: TabelAngkaKredit | None = None,
) -> tuple[Pelanggaran, ...]:
    """A finding for every condition for a kenaikan jenjang that ``posisi`` does not meet
    (KAR-KJ-01, KAR-KJ-02, KAR-KJ-03); none when the pegawai may be proposed. The predikat
    condition reads the results ``predikat_dibaca`` says (by default the annual predikat).
    ``pengembangan_profesi`` says whether (``True``) or on which date the pengembangan profesi
    requirement was met, for a kenaikan jenjang to one of ``jenjang_pengembangan_profesi``.
    ``None`` is the library's table: :data:`PANGKAT_MINIMAL_JENJANG`,
    :data:`JENJANG_PENGEMBANGAN_PROFESI`."""
    v.pastikan_tipe("posisi", posisi, PosisiAngkaKredit)
    v.pastikan_tipe("subjek", subjek, str)
    v.pastikan_tipe("lowongan", lowongan, bool)
    v.pastikan_tipe("lulus_uji_kompetensi", lulus_uji_kompetensi, bool)
    v.pastikan_tipe("pengembangan_profesi", pengembangan_profesi, bool, dt.date)
    if pangkat_minimal is None:
        pangkat_minimal = PANGKAT_MINIMAL_JENJANG
    if jenjang_pengembangan_profesi is None:
        jenjang_pengembangan_profesi = JENJANG_PENGEMBANGAN_PROFESI
    v.pastikan_iterabel(
        "jenjang_pengembangan_profesi", jenjang_pengembangan_profesi, "Collection[Jenjang]"
    )
    for i, j in enumerate(jenjang_pengembangan_profesi):
        v.pastikan_tipe(f"jenjang_pengembangan_profesi[{i}]", j, Jenjang)
    v.pastikan_bilangan("masa_tahun", masa_tahun, 0)
    v.pastikan_tipe("predikat_dibaca", predikat_dibaca, PredikatDibaca)
    akk = akk_kenaikan_jenjang(posisi.jenjang, tanggal=posisi.tanggal, tabel=tabel)
    if akk is None:
        return (Pelanggaran(ATURAN_KENAIKAN_JENJANG, subjek, _KJ_PUNCAK(jenjang=posisi.jenjang)),)
    syarat = _syarat_jenjang(
        posisi,
        subjek,
        akk,
        lowongan=lowongan,
        lulus_uji_kompetensi=lulus_uji_kompetensi,
        masa_tahun=masa_tahun,
        predikat_dibaca=predikat_dibaca,
    )
    return (
        *syarat,
        *_pangkat_minimal(posisi, subjek, pangkat_minimal),
        *_pengembangan_profesi(posisi, subjek, pengembangan_profesi, jenjang_pengembangan_profesi),
    )


_t = pembuat_templat(__name__)
_KIRA_KIRA = _t("KARIER/kira-kira", "~{angka}")
_KP_TANPA_PREDIKAT_TAHUNAN = _t(
    "KAR-KP-01/tanpa-predikat-tahunan", "no annual predikat recorded in the last {tahun} year(s)"
)
_KP_TANPA_PREDIKAT = _t(
    "KAR-KP-01/tanpa-predikat", "no predikat recorded in the last {tahun} year(s)"
)
_KP_PREDIKAT_RENDAH = _t(
    "KAR-KP-01/predikat-rendah",
    "predikat {predikat} on {tanggal} is below Baik (last {tahun} year(s))",
)
_KP_TANPA_GOLONGAN = _t(
    "KAR-KP-01/tanpa-golongan", "no golongan (PPPK): kenaikan pangkat does not apply"
)
_KP_KURANG_AK = _t(
    "KAR-KP-01/kurang-angka-kredit",
    "angka kredit {angka_kredit} is below the AKK {akk} of {jenjang} (short by {kurang})",
)
_KP_MASA = _t("KAR-KP-01/masa", "in golongan {golongan} since {sejak}, less than {tahun} year(s)")
_KP_PUNCAK = _t(
    "KAR-KP-01/puncak-rentang",
    "golongan {golongan} is the top of {jenjang}: a kenaikan jenjang comes first (or one step "
    "without a vacancy after uji kompetensi)",
)
_KP_DI_ATAS_RENTANG = _t(
    "KAR-KP-02/di-atas-rentang",
    "golongan {golongan} is already above the range of {jenjang} (up to {puncak}): a kenaikan "
    "pangkat without a vacancy is given 1 (satu) kali; a kenaikan jenjang comes first",
)
_KP_BELUM_UJI = _t(
    "KAR-KP-02/belum-uji-kompetensi",
    "no vacancy at the next jenjang: the kenaikan pangkat beyond {puncak} needs the uji "
    "kompetensi passed",
)
_KJ_TANPA_PREDIKAT_TAHUNAN = _t(
    "KAR-KJ-01/tanpa-predikat-tahunan", "no annual predikat recorded in the last {tahun} year(s)"
)
_KJ_TANPA_PREDIKAT = _t(
    "KAR-KJ-01/tanpa-predikat", "no predikat recorded in the last {tahun} year(s)"
)
_KJ_PREDIKAT_RENDAH = _t(
    "KAR-KJ-01/predikat-rendah",
    "predikat {predikat} on {tanggal} is below Baik (last {tahun} year(s))",
)
_KJ_KURANG_AK = _t(
    "KAR-KJ-01/kurang-angka-kredit",
    "angka kredit {angka_kredit} is below the AKK {akk} for the next jenjang (short by {kurang})",
)
_KJ_MASA = _t("KAR-KJ-01/masa", "in {jenjang} since {sejak}, less than {tahun} year(s)")
_KJ_TANPA_LOWONGAN = _t("KAR-KJ-01/tanpa-lowongan", "no vacancy (kebutuhan) at the next jenjang")
_KJ_BELUM_UJI = _t("KAR-KJ-01/belum-uji-kompetensi", "the uji kompetensi has not been passed")
_KJ_PUNCAK = _t("KAR-KJ-01/puncak-jenjang", "{jenjang} is the top of its ladder")
_PANGKAT_MINIMAL_BUKAN_PEMETAAN = _t(
    "KENAIKAN/pangkat-minimal-bukan-pemetaan",
    "pangkat_minimal: expected a mapping of Jenjang to Golongan, got {diberikan}",
)
_KJ_GOLONGAN_RENDAH = _t(
    "KAR-KJ-02/golongan-rendah", "golongan {golongan} is below {minimal}, the minimum for {tujuan}"
)
_KJ_TANPA_GOLONGAN = _t(
    "KAR-KJ-02/tanpa-golongan", "golongan none is below {minimal}, the minimum for {tujuan}"
)
_KJ_BELUM_PENGEMBANGAN = _t(
    "KAR-KJ-03/belum-dipenuhi",
    "the pengembangan profesi requirement for {tujuan} has not been met",
)
_KJ_PENGEMBANGAN_TERLAMBAT = _t(
    "KAR-KJ-03/terlambat",
    "the pengembangan profesi requirement for {tujuan} is met on {tanggal_penuhi}, after {tanggal}",
)
