"""The rules of the sistem kerja (PermenPANRB 7/2022), SK-TIM and SK-TUGAS, and the checks of
a :class:`~birokrasi.sistem_kerja.sistem.SistemKerja` that apply them under an agency's
:class:`KebijakanSistemKerja`.

The body of PermenPANRB 7/2022 was not read: every rule cites it with keyakinan SEKUNDER (BKN's
knowledge base and regional decks summarising it) and, where a ministry regulation that
implements it was read, that text as TURUNAN. Rules the texts leave open are parameters of
:class:`KebijakanSistemKerja` and say so in ``tafsiran``.

Each ``periksa_*`` returns a tuple of :class:`~birokrasi.hukum.Pelanggaran` (empty when the
rule holds); :func:`periksa_sistem_kerja` runs them all.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Iterator
from fractions import Fraction
from typing import Any

import attrs

from birokrasi import _validasi as v
from birokrasi.errors import InvalidTypeError, InvalidValueError, NotFoundError
from birokrasi.hukum import (
    PERATURAN_BKN_16_2022,
    PERMENKO_MARVES_2_2023,
    PERMENKUMHAM_1_2024,
    PERMENPANRB_7_2022,
    Aturan,
    Dasar,
    Keyakinan,
    Pelanggaran,
)
from birokrasi.pesan import Pesan, Pilihan, pembuat_templat
from birokrasi.sistem_kerja._dasar import BERLAKU as _BERLAKU
from birokrasi.sistem_kerja._dasar import LAMPIRAN as _LAMPIRAN
from birokrasi.sistem_kerja._dasar import MARVES_6 as _MARVES_6
from birokrasi.sistem_kerja._dasar import MARVES_6_AYAT_4 as _MARVES_6_AYAT_4
from birokrasi.sistem_kerja._dasar import SUMBER_MARVES_6 as _SUMBER_MARVES_6
from birokrasi.sistem_kerja.matriks import _penempatan, membawahi, penempatan_anggota
from birokrasi.sistem_kerja.sistem import SistemKerja
from birokrasi.sistem_kerja.tim_kerja import Keanggotaan, Peran, TimKerja
from birokrasi.struktur.jabatan import Jenjang
from birokrasi.struktur.nip import NIP
from birokrasi.struktur.organisasi import Instansi
from birokrasi.struktur.sebutan import sebut_pengenal

__all__ = [
    "ATURAN",
    "ATURAN_ALOKASI",
    "ATURAN_ANGGOTA",
    "ATURAN_DURASI",
    "ATURAN_KETUA",
    "ATURAN_LINTAS_INSTANSI",
    "ATURAN_PEMBERI_TUGAS",
    "ATURAN_PENEMPATAN",
    "ATURAN_PENETAP",
    "ATURAN_PERIODE_KEANGGOTAAN",
    "ATURAN_SYARAT_KETUA",
    "ATURAN_TUMPANG_TINDIH",
    "JENJANG_PEMBERI_TUGAS_BAKU",
    "KEBIJAKAN_SISTEM_KERJA_BAKU",
    "KebijakanSistemKerja",
    "periksa_alokasi",
    "periksa_anggota",
    "periksa_ketua",
    "periksa_penetap",
    "periksa_penugasan",
    "periksa_sistem_kerja",
    "periksa_tumpang_tindih",
]

_S = Keyakinan.SEKUNDER
_V_TURUNAN = Keyakinan.TURUNAN
_U = Keyakinan.TIDAK_PASTI

ATURAN_KETUA = Aturan(
    kode="SK-TIM-01",
    uraian=(
        "Tim kerja dapat dipimpin oleh Ketua Tim; pada satu hari tim kerja tidak dipimpin oleh "
        "lebih dari satu Ketua Tim."
    ),
    summary=(
        "A team never has two ketua on one day; a day without a ketua is a finding only when "
        "the agency's policy requires a ketua (KebijakanSistemKerja.ketua_wajib)."
    ),
    dasar=Dasar(
        PERMENPANRB_7_2022,
        lampiran=_LAMPIRAN,
        keyakinan=_S,
        tafsiran=(
            "BKN's knowledge base on 7/2022 (as recorded in the project's digest; not re-read "
            "here) says a team 'dapat dipimpin oleh Ketua Tim' (may) and leaves the need for a "
            "ketua to the unit leader, so by default a team may run without one. Requiring a "
            "ketua every day of a team's life is a stricter policy an agency switches on with "
            "KebijakanSistemKerja(ketua_wajib=True). At most one ketua at a time always holds."
        ),
    ),
    dasar_lain=(
        Dasar(
            PERMENKO_MARVES_2_2023,
            pasal="6",
            ayat="3",
            keyakinan=Keyakinan.TERVERIFIKASI,
            tafsiran="The penugasan of a tim kerja as Marves writes it names no ketua.",
            kutipan=(
                "Penugasan kepada Pejabat Fungsional dan Pejabat Pelaksana dapat dilaksanakan "
                "secara individu dan/atau dalam tim kerja dengan mengedepankan profesionalisme, "
                "kompetensi, dan kolaborasi berdasarkan keahlian dan/atau keterampilan."
            ),
            sumber=_SUMBER_MARVES_6,
        ),
    ),
    berlaku_sejak=_BERLAKU,
)

ATURAN_PERIODE_KEANGGOTAAN = Aturan(
    kode="SK-TIM-02",
    uraian="Keanggotaan tim kerja berada dalam periode tim kerja.",
    summary=(
        "A membership starts and ends inside the team's periode (or before its dissolution); "
        "an open membership ends with the team, so it breaches only by starting outside."
    ),
    dasar=Dasar(
        PERMENKO_MARVES_2_2023,
        pasal="6",
        ayat="1",
        keyakinan=Keyakinan.TERVERIFIKASI,
        tafsiran=(
            "Penugasan serves the unit's targets 'dalam periode waktu tertentu'; that a member "
            "cannot sit in a team before it is formed or after it ends is read from it."
        ),
        kutipan=(
            "Penugasan dilakukan dalam rangka mencapai target kinerja Unit Organisasi dalam "
            "periode waktu tertentu."
        ),
        sumber=_SUMBER_MARVES_6,
    ),
    dasar_lain=(Dasar(PERMENPANRB_7_2022, lampiran=_LAMPIRAN, keyakinan=_S),),
    berlaku_sejak=_BERLAKU,
)

ATURAN_PENEMPATAN = Aturan(
    kode="SK-TIM-03",
    uraian=(
        "Anggota tim kerja dari instansi sendiri menduduki jabatan pada setiap hari keanggotaannya."
    ),
    summary="A member from the team's own instansi holds a placement on every day of membership.",
    dasar=Dasar(
        PERMENKO_MARVES_2_2023,
        pasal="6",
        ayat="4",
        keyakinan=_U,
        kutipan=_MARVES_6_AYAT_4,
        sumber=_SUMBER_MARVES_6,
        tafsiran=(
            "Marves only lets a team draw Pejabat Fungsional and Pelaksana from units and "
            "instansi; that an own member holds a placement on every day of membership is not in "
            "the text but the library's inference: a member without a placement has no unit to "
            "be drawn from. Members from another instansi are covered by SK-TIM-05 instead."
        ),
    ),
    berlaku_sejak=_BERLAKU,
)

ATURAN_PENETAP = Aturan(
    kode="SK-TIM-04",
    uraian=(
        "Tim kerja ditetapkan oleh pimpinan unit organisasi yang membawahi unit kerja seluruh "
        "anggotanya; tim lintas unit JPT Pratama oleh JPT Madya di atasnya, dan seterusnya."
    ),
    summary=(
        "The penetap heads, at the SK date, a unit that is a common ancestor of every own "
        "member's unit (a team across two JPT Pratama units needs the JPT Madya above both)."
    ),
    dasar=Dasar(
        PERMENPANRB_7_2022,
        lampiran=_LAMPIRAN,
        keyakinan=_S,
        tafsiran=(
            "Regional decks summarising 7/2022: penugasan is 'ditetapkan oleh Pejabat Penilai "
            "Kinerja atas usulan Pimpinan Unit Organisasi'. Marves Pasal 6 ayat (5) adds a "
            "condition for members from other JPT Pratama/Madya units whose text is cut off; "
            "requiring a head above all members' units (each member's unit read at the start "
            "of the membership) and a manajerial jenjang (KebijakanSistemKerja.jenjang_penetap) "
            "is the library's reading."
        ),
    ),
    dasar_lain=(_MARVES_6,),
    berlaku_sejak=_BERLAKU,
)

ATURAN_LINTAS_INSTANSI = Aturan(
    kode="SK-TIM-05",
    uraian=(
        "Anggota tim kerja dari instansi lain hanya dengan persetujuan instansi asalnya yang "
        "ada paling lambat pada awal keanggotaan."
    ),
    summary=(
        "A member from another instansi needs an agreement of that instansi for the team, "
        "dated no later than the membership's start."
    ),
    dasar=Dasar(
        PERMENKO_MARVES_2_2023,
        pasal="6",
        ayat="4",
        huruf="d",
        keyakinan=_U,
        kutipan=_MARVES_6_AYAT_4,
        sumber=_SUMBER_MARVES_6,
        tafsiran=(
            "Teams may draw members 'lintas instansi pemerintah'; no text read asks for the home "
            "instansi's consent, nor its form. Requiring an agreement of the home instansi, "
            "dated no later than the membership's start, is the library's reading, by analogy "
            "with a formal cross-instansi penugasan (the next citation)."
        ),
    ),
    dasar_lain=(
        Dasar(
            PERATURAN_BKN_16_2022,
            pasal="8",
            ayat="1",
            keyakinan=_U,
            kutipan=(
                "Penugasan PNS dapat dilakukan berdasarkan perintah dari PPK Instansi Induk "
                "setelah mendapatkan persetujuan dari Instansi Penerima."
            ),
            sumber=("pasal.id/en/peraturan/perban/peraturan-bkn-no-16-tahun-2022/koreksi/8046851"),
            tafsiran=(
                "The text governs a formal penugasan to another instansi, ordered by the home "
                "PPK once the receiving instansi agrees; a team membership is not such a "
                "penugasan, so only the idea of a prior, recorded agreement is borrowed."
            ),
        ),
    ),
    berlaku_sejak=_BERLAKU,
)

ATURAN_SYARAT_KETUA = Aturan(
    kode="SK-TIM-06",
    uraian="Ketua Tim adalah pejabat fungsional atau pelaksana (kebijakan instansi).",
    summary=(
        "The ketua holds, when the role starts, a jenjang the agency allows for a ketua "
        "(default: any JF or Pelaksana)."
    ),
    dasar=Dasar(
        PERMENPANRB_7_2022,
        lampiran=_LAMPIRAN,
        keyakinan=Keyakinan.TIDAK_PASTI,
        tafsiran=(
            "No text read ties the ketua to a jenjang; practice makes former koordinator "
            "(Ahli Madya), sub-koordinator (Ahli Muda) and even pelaksana ketua tim. The "
            "allowed jenjang are a parameter (KebijakanSistemKerja.jenjang_ketua)."
        ),
    ),
    berlaku_sejak=_BERLAKU,
)

ATURAN_ALOKASI = Aturan(
    kode="SK-TIM-07",
    uraian=(
        "Penugasan memperhatikan beban kerja: jumlah alokasi waktu kerja pegawai pada tim "
        "yang berjalan bersamaan tidak melebihi 100%."
    ),
    summary=(
        "A pegawai may sit in several teams, but their shares of working time in simultaneous "
        "teams add up to at most 100% (the cap is a parameter)."
    ),
    dasar=Dasar(
        PERMENPANRB_7_2022,
        lampiran=_LAMPIRAN,
        keyakinan=_S,
        tafsiran=(
            "Penugasan principles summarised from 7/2022: workload is considered and a JF or "
            "Pelaksana may be in more than one team. Expressing workload as shares of working "
            "time capped at 100% (KebijakanSistemKerja.batas_alokasi) is the library's reading; "
            "memberships without a share count as 0."
        ),
    ),
    berlaku_sejak=_BERLAKU,
)

ATURAN_TUMPANG_TINDIH = Aturan(
    kode="SK-TIM-08",
    uraian="Seorang pegawai tidak tercatat dua kali pada tim kerja yang sama pada hari yang sama.",
    summary="A pegawai's memberships of one team never overlap (one role per team per day).",
    dasar=Dasar(
        PERMENPANRB_7_2022,
        lampiran=_LAMPIRAN,
        keyakinan=_S,
        tafsiran="A data-integrity reading: a role change ends one record and starts another.",
    ),
    berlaku_sejak=_BERLAKU,
)

ATURAN_ANGGOTA = Aturan(
    kode="SK-TIM-09",
    uraian="Anggota tim kerja adalah Pejabat Fungsional dan/atau Pejabat Pelaksana.",
    summary=(
        "An own member holds, when the membership starts, a jenjang allowed for members "
        "(default: any JF or Pelaksana)."
    ),
    dasar=Dasar(
        PERMENKO_MARVES_2_2023,
        pasal="6",
        ayat="4",
        keyakinan=_V_TURUNAN,
        kutipan=_MARVES_6_AYAT_4,
        sumber=_SUMBER_MARVES_6,
    ),
    dasar_lain=(
        Dasar(
            PERMENPANRB_7_2022,
            lampiran=_LAMPIRAN,
            keyakinan=_S,
            tafsiran="Agencies that put structural officials in teams widen "
            "KebijakanSistemKerja.jenjang_anggota.",
        ),
    ),
    berlaku_sejak=_BERLAKU,
)

ATURAN_DURASI = Aturan(
    kode="SK-TUGAS-01",
    uraian="Penugasan dilakukan dalam periode waktu tertentu paling lama 1 (satu) tahun.",
    summary="A penugasan lasts at most one year (a parameter, in months).",
    dasar=Dasar(
        PERMENKUMHAM_1_2024,
        pasal="9",
        ayat="1",
        keyakinan=_U,
        kutipan=(
            "Penugasan dilakukan dalam rangka mencapai target kinerja Unit Organisasi dalam "
            "periode waktu tertentu paling lama 1 (satu) tahun."
        ),
        sumber="pasal.id/peraturan/permen/permenkumham-no-1-tahun-2024/koreksi/9555344",
        tafsiran=(
            "The one-year maximum is Kemenkumham's own rule for its ministry; no national text "
            "read sets one (Marves, the next citation, says only 'periode waktu tertentu'). "
            "Using it as the national default is the library's choice, a parameter "
            "(KebijakanSistemKerja.maks_bulan_penugasan)."
        ),
    ),
    dasar_lain=(
        Dasar(
            PERMENKO_MARVES_2_2023,
            pasal="6",
            ayat="1",
            keyakinan=_V_TURUNAN,
            kutipan=(
                "Penugasan dilakukan dalam rangka mencapai target kinerja Unit Organisasi dalam "
                "periode waktu tertentu."
            ),
            sumber=_SUMBER_MARVES_6,
        ),
    ),
    berlaku_sejak=_BERLAKU,
)

ATURAN_PEMBERI_TUGAS = Aturan(
    kode="SK-TUGAS-02",
    uraian=(
        "Penugasan diberikan oleh Pejabat Pimpinan Tinggi selaku Pejabat Penilai Kinerja atau "
        "pimpinan unit organisasi yang membawahi penerima tugas; Pejabat Administrator dan "
        "Pejabat Pengawas menilai berdasarkan penugasan itu."
    ),
    summary=(
        "At its start, the pemberi holds a JPT post (the agency's policy may allow other "
        "manajerial jenjang) and is the penerima's Pejabat Penilai Kinerja or heads a unit "
        "above (or equal to) the penerima's unit; for a team, above the team's unit."
    ),
    dasar=Dasar(
        PERMENKO_MARVES_2_2023,
        pasal="6",
        ayat="2",
        huruf="c",
        keyakinan=Keyakinan.TERVERIFIKASI,
        tafsiran=(
            "Marves gives the penugasan to the PPT Pratama as Pejabat Penilai Kinerja; "
            "Administrators and Pengawas rate 'berdasarkan penugasan' of the PPT Pratama and "
            "do not give it. By default the pemberi holds a JPT post: Pratama, and Madya or "
            "Utama above it (Permenkumham 1/2024 Pasal 9 ayat (3) lets a JPT Madya assign a JF "
            "Ahli Utama directly). Reading 7/2022 as 'Pejabat Penilai Kinerja atau Pimpinan "
            "Unit Organisasi' at any level is a wider policy: "
            "KebijakanSistemKerja(jenjang_pemberi_tugas=...) with the manajerial jenjang."
        ),
        kutipan=(
            "Pejabat Pimpinan Tinggi Pratama selaku Pejabat Penilai Kinerja memberikan "
            "penugasan dan penilaian kinerja kepada Pejabat Administrator, Pejabat Pengawas, "
            "Pejabat Fungsional, dan Pejabat Pelaksana"
        ),
        sumber=_SUMBER_MARVES_6,
    ),
    dasar_lain=(
        Dasar(
            PERMENKO_MARVES_2_2023,
            pasal="6",
            ayat="2",
            huruf="d",
            keyakinan=Keyakinan.TERVERIFIKASI,
            kutipan=(
                "Pejabat Administrator selaku Pejabat Penilai Kinerja memberikan penilaian "
                "kinerja kepada Pejabat Pengawas, Pejabat Fungsional dan/atau Pejabat Pelaksana "
                "berdasarkan penugasan Pejabat Pimpinan Tinggi Pratama"
            ),
            sumber=_SUMBER_MARVES_6,
        ),
        Dasar(
            PERMENKUMHAM_1_2024,
            pasal="9",
            ayat="2",
            keyakinan=Keyakinan.SEKUNDER,
            tafsiran=(
                "Reported by the project's digest (Pasal 9 has Marves Pasal 6's skeleton, read "
                "at pasal.id/peraturan/permen/permenkumham-no-1-tahun-2024/koreksi/9555344); "
                "the words of ayat (2) were not re-read, so the mark is S."
            ),
        ),
        Dasar(
            PERMENPANRB_7_2022,
            lampiran=_LAMPIRAN,
            keyakinan=_S,
            tafsiran=(
                "Decks summarising 7/2022: penugasan is given by the Pejabat Penilai Kinerja "
                "or the Pimpinan Unit Organisasi; the policy jenjang_pemberi_tugas follows this "
                "wider reading."
            ),
        ),
    ),
    berlaku_sejak=_BERLAKU,
)

ATURAN: tuple[Aturan, ...] = (
    ATURAN_KETUA,
    ATURAN_PERIODE_KEANGGOTAAN,
    ATURAN_PENEMPATAN,
    ATURAN_PENETAP,
    ATURAN_LINTAS_INSTANSI,
    ATURAN_SYARAT_KETUA,
    ATURAN_ALOKASI,
    ATURAN_TUMPANG_TINDIH,
    ATURAN_ANGGOTA,
    ATURAN_DURASI,
    ATURAN_PEMBERI_TUGAS,
)


_NONMANAJERIAL = frozenset(j for j in Jenjang if not j.is_manajerial)
_MANAJERIAL = frozenset(j for j in Jenjang if j.is_manajerial)

JENJANG_PEMBERI_TUGAS_BAKU: frozenset[Jenjang] = frozenset(
    {Jenjang.JPT_PRATAMA, Jenjang.JPT_MADYA, Jenjang.JPT_UTAMA}
)
"""Who gives a penugasan when the policy does not say: a JPT (SK-TUGAS-02)."""


def _himpunan_jenjang(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, frozenset) or not all(isinstance(j, Jenjang) for j in value):
        raise InvalidTypeError(
            _HIMPUNAN_JENJANG(nama=v.nama_field(instance, attribute), diberikan=v.describe(value))
        )


def _himpunan_jenjang_opsional(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        _himpunan_jenjang(instance, attribute, value)


def _batas(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    v.instance_of(Fraction)(instance, attribute, value)
    if value <= 0:
        raise InvalidValueError(
            _BATAS_POSITIF(nama=v.nama_field(instance, attribute), diberikan=v.render(value))
        )


def _ke_nonmanajerial(value: Iterable[Jenjang] | None) -> frozenset[Jenjang]:
    hasil: frozenset[Jenjang] = _NONMANAJERIAL if value is None else v.to_frozenset(value)
    return hasil


def _ke_manajerial(value: Iterable[Jenjang] | None) -> frozenset[Jenjang]:
    hasil: frozenset[Jenjang] = _MANAJERIAL if value is None else v.to_frozenset(value)
    return hasil


@attrs.frozen
class KebijakanSistemKerja:
    """An agency's choices where PermenPANRB 7/2022 (as far as read) leaves room: whether a
    team must always have a ketua (SK-TIM-01; by default not, as 7/2022 says *dapat*), the
    jenjang allowed for ketua (SK-TIM-06), members (SK-TIM-09) and penetap (SK-TIM-04), the
    allocation cap (SK-TIM-07), the maximum penugasan length in months (SK-TUGAS-01) and the
    jenjang that may give a penugasan (SK-TUGAS-02; ``None``, the default, is
    :data:`JENJANG_PEMBERI_TUGAS_BAKU`, a JPT, as Marves Pasal 6(2) writes it; every
    manajerial jenjang is the wider reading). A set of jenjang passed as ``None`` is the
    library's default: every non-manajerial jenjang for ketua and members, every manajerial
    jenjang for the penetap."""

    ketua_wajib: bool = attrs.field(default=False, validator=v.instance_of(bool))
    jenjang_ketua: frozenset[Jenjang] = attrs.field(
        default=None, converter=_ke_nonmanajerial, validator=_himpunan_jenjang
    )
    jenjang_anggota: frozenset[Jenjang] = attrs.field(
        default=None, converter=_ke_nonmanajerial, validator=_himpunan_jenjang
    )
    jenjang_penetap: frozenset[Jenjang] = attrs.field(
        default=None, converter=_ke_manajerial, validator=_himpunan_jenjang
    )
    batas_alokasi: Fraction = attrs.field(default=Fraction(1), validator=_batas)
    maks_bulan_penugasan: int = attrs.field(default=12, validator=v.bilangan(1, 1200))
    jenjang_pemberi_tugas: frozenset[Jenjang] | None = attrs.field(
        default=None,
        kw_only=True,
        converter=attrs.converters.optional(v.KeFrozenset[Jenjang]),
        validator=_himpunan_jenjang_opsional,
    )

    @property
    def pemberi_tugas(self) -> frozenset[Jenjang]:
        """The jenjang that may give a penugasan under this policy (SK-TUGAS-02)."""
        if self.jenjang_pemberi_tugas is None:
            return JENJANG_PEMBERI_TUGAS_BAKU
        return self.jenjang_pemberi_tugas


KEBIJAKAN_SISTEM_KERJA_BAKU = KebijakanSistemKerja()
"""The library's default policy (each default is documented on its rule)."""


def _kebijakan(kebijakan: KebijakanSistemKerja | None) -> KebijakanSistemKerja:
    return v.atau_baku("kebijakan", kebijakan, KEBIJAKAN_SISTEM_KERJA_BAKU)


def _persen(bagian: Fraction) -> int:
    """A share as a whole percentage, rounded exactly (half to even)."""
    return round(bagian * 100)


def _subjek(k: Keanggotaan) -> str:
    return f"{k.tim}/{k.nip}"


def _hari(ordinal: int) -> dt.date:
    return dt.date.fromordinal(min(max(ordinal, 1), dt.date.max.toordinal()))


def _ketua_tim(sistem: SistemKerja, tim: TimKerja, wajib: bool) -> Iterator[Pelanggaran]:
    jangka = sorted(
        (max(k.mulai, tim.mulai).toordinal(), k.akhir_dalam(tim).toordinal())
        for k in sistem.riwayat_tim(tim.kode)
        if k.peran is Peran.KETUA and max(k.mulai, tim.mulai) <= k.akhir_dalam(tim)
    )
    tertutup = tim.mulai.toordinal() - 1
    for mulai, akhir in jangka:
        if mulai <= tertutup:
            yield Pelanggaran(ATURAN_KETUA, tim.kode, _DUA_KETUA(tanggal=_hari(mulai)))
        elif wajib and mulai > tertutup + 1:
            yield Pelanggaran(
                ATURAN_KETUA,
                tim.kode,
                _TANPA_KETUA(mulai=_hari(tertutup + 1), selesai=_hari(mulai - 1)),
            )
        tertutup = max(tertutup, akhir)
    if wajib and tertutup < tim.akhir.toordinal():
        yield Pelanggaran(
            ATURAN_KETUA,
            tim.kode,
            _TANPA_KETUA(mulai=_hari(tertutup + 1), selesai=tim.akhir),
        )


def _di_luar_tim(k: Keanggotaan, tim: TimKerja) -> bool:
    """SK-TIM-02: the membership starts before the team or ends after it; an open one ends
    with the team, so it is outside only when it starts after the team's last day."""
    akhir = k.mulai if k.selesai is None else k.selesai
    return k.mulai < tim.mulai or akhir > tim.akhir


def periksa_ketua(
    sistem: SistemKerja, kebijakan: KebijakanSistemKerja | None = None
) -> tuple[Pelanggaran, ...]:
    """Findings of SK-TIM-01: never two ketua on one day, and (when the policy requires a
    ketua) a ketua every day of each team's life; SK-TIM-02: memberships inside the team's
    life."""
    v.pastikan_tipe("sistem", sistem, SistemKerja)
    wajib = _kebijakan(kebijakan).ketua_wajib
    hasil: list[Pelanggaran] = []
    for tim in sistem.tim:
        hasil += _ketua_tim(sistem, tim, wajib)
        for k in sistem.riwayat_tim(tim.kode):
            if _di_luar_tim(k, tim):
                hasil.append(
                    Pelanggaran(
                        ATURAN_PERIODE_KEANGGOTAAN,
                        _subjek(k),
                        _DI_LUAR_TIM(mulai=k.mulai, tim_mulai=tim.mulai, tim_akhir=tim.akhir),
                    )
                )
    return tuple(hasil)


def periksa_tumpang_tindih(sistem: SistemKerja) -> tuple[Pelanggaran, ...]:
    """Findings of SK-TIM-08: no two memberships of one pegawai in one team share a day."""
    v.pastikan_tipe("sistem", sistem, SistemKerja)
    hasil: list[Pelanggaran] = []
    for tim in sistem.tim:
        per_nip: dict[Any, list[Keanggotaan]] = {}
        for k in sistem.riwayat_tim(tim.kode):
            per_nip.setdefault(k.nip, []).append(k)
        for daftar in per_nip.values():
            tertutup = dt.date.min
            for i, k in enumerate(daftar):
                if i > 0 and k.mulai <= tertutup:
                    hasil.append(
                        Pelanggaran(
                            ATURAN_TUMPANG_TINDIH,
                            _subjek(k),
                            _TUMPANG_TINDIH(mulai=k.mulai),
                        )
                    )
                tertutup = max(tertutup, dt.date.max if k.selesai is None else k.selesai)
    return tuple(hasil)


def periksa_alokasi(
    sistem: SistemKerja, kebijakan: KebijakanSistemKerja | None = None
) -> tuple[Pelanggaran, ...]:
    """SK-TIM-07: a pegawai's shares of working time in simultaneous teams stay within the
    cap; one finding per stretch of over-commitment, naming its first day and the total."""
    v.pastikan_tipe("sistem", sistem, SistemKerja)
    batas = _kebijakan(kebijakan).batas_alokasi
    per_nip: dict[Any, list[tuple[int, Fraction]]] = {}
    for k in sistem.keanggotaan:
        akhir = k.akhir_dalam(sistem.cari_tim(k.tim))
        if k.alokasi is not None and k.mulai <= akhir:
            ubah = per_nip.setdefault(k.nip, [])
            ubah += [(k.mulai.toordinal(), k.alokasi), (akhir.toordinal() + 1, -k.alokasi)]
    hasil: list[Pelanggaran] = []
    for nip, ubah in per_nip.items():
        total, lebih = Fraction(0), False
        for tanggal, grup in itertools.groupby(sorted(ubah), key=lambda x: x[0]):
            total += sum((d for _, d in grup), Fraction(0))
            if total > batas and not lebih:
                hasil.append(
                    Pelanggaran(
                        ATURAN_ALOKASI,
                        str(nip),
                        _ALOKASI_LEBIH(
                            persen=_persen(total), tanggal=_hari(tanggal), batas=_persen(batas)
                        ),
                    )
                )
            lebih = total > batas
    return tuple(hasil)


def periksa_anggota(
    sistem: SistemKerja, instansi: Instansi, kebijakan: KebijakanSistemKerja | None = None
) -> tuple[Pelanggaran, ...]:
    """Findings of SK-TIM-03 (own members placed every day), SK-TIM-09 and SK-TIM-06 (jenjang
    of members and ketua when the role starts) and SK-TIM-05 (agreement for cross-instansi
    members)."""
    v.pastikan_tipe("sistem", sistem, SistemKerja)
    v.pastikan_tipe("instansi", instansi, Instansi)
    kb = _kebijakan(kebijakan)
    setuju: dict[tuple[str, str], dt.date] = {}
    for s in sistem.persetujuan:
        kunci = (s.tim, s.instansi)
        setuju[kunci] = min(setuju.get(kunci, dt.date.max), s.tanggal)
    hasil: list[Pelanggaran] = []
    for k in sistem.keanggotaan:
        if k.instansi is not None:
            if setuju.get((k.tim, k.instansi), dt.date.max) > k.mulai:
                hasil.append(
                    Pelanggaran(
                        ATURAN_LINTAS_INSTANSI,
                        _subjek(k),
                        _TANPA_PERSETUJUAN(instansi=k.instansi, tanggal=k.mulai),
                    )
                )
            continue
        hasil += _penempatan_penuh(sistem, instansi, k)
        p = penempatan_anggota(instansi, k)
        if p is None:
            continue
        jenjang = p.jabatan.jenjang
        if jenjang not in kb.jenjang_anggota:
            hasil.append(Pelanggaran(ATURAN_ANGGOTA, _subjek(k), _JENJANG_ANGGOTA(jenjang=jenjang)))
        if k.peran is Peran.KETUA and jenjang not in kb.jenjang_ketua:
            hasil.append(
                Pelanggaran(ATURAN_SYARAT_KETUA, _subjek(k), _JENJANG_KETUA(jenjang=jenjang))
            )
    return tuple(hasil)


def _penempatan_penuh(
    sistem: SistemKerja, instansi: Instansi, k: Keanggotaan
) -> Iterator[Pelanggaran]:
    akhir = k.akhir_dalam(sistem.cari_tim(k.tim)).toordinal()
    try:
        riwayat = instansi.riwayat_penempatan(k.nip)
    except NotFoundError:
        yield Pelanggaran(ATURAN_PENEMPATAN, _subjek(k), _BUKAN_PEGAWAI())
        return
    perlu = k.mulai.toordinal()
    for p in riwayat:
        if p.mulai.toordinal() > perlu:
            break
        perlu = max(perlu, (p.selesai or dt.date.max).toordinal() + 1)
    if perlu <= akhir:
        yield Pelanggaran(ATURAN_PENEMPATAN, _subjek(k), _TANPA_PENEMPATAN(tanggal=_hari(perlu)))


def periksa_penetap(
    sistem: SistemKerja, instansi: Instansi, kebijakan: KebijakanSistemKerja | None = None
) -> tuple[Pelanggaran, ...]:
    """Findings of SK-TIM-04: on the SK date the penetap holds a head post of an allowed
    jenjang over every own member's unit (read at the start of each membership)."""
    v.pastikan_tipe("sistem", sistem, SistemKerja)
    v.pastikan_tipe("instansi", instansi, Instansi)
    kb = _kebijakan(kebijakan)
    hasil: list[Pelanggaran] = []
    for tim in sistem.tim:
        sk = tim.sk
        p = _penempatan(instansi, sk.penetap, sk.tanggal)
        if p is None or not p.kepala or p.jabatan.jenjang not in kb.jenjang_penetap:
            hasil.append(
                Pelanggaran(
                    ATURAN_PENETAP,
                    tim.kode,
                    _PENETAP_BUKAN_KEPALA(
                        penetap=sebut_pengenal(instansi, sk.penetap), tanggal=sk.tanggal
                    ),
                )
            )
            continue
        unit = {
            q.unit for k in sistem.riwayat_tim(tim.kode) if (q := penempatan_anggota(instansi, k))
        }
        luar = sorted(u for u in unit if not membawahi(instansi, sk.penetap, u, sk.tanggal))
        if luar:
            hasil.append(
                Pelanggaran(
                    ATURAN_PENETAP,
                    tim.kode,
                    _PENETAP_DI_LUAR(
                        penetap=sebut_pengenal(instansi, sk.penetap), unit=tuple(luar)
                    ),
                )
            )
    return tuple(hasil)


def _batas_durasi(mulai: dt.date, bulan: int) -> dt.date:
    """The last day of ``bulan`` months from ``mulai``; the calendar's last day when that is
    beyond it (no assignment can then be too long)."""
    return v.geser_tanggal(mulai, bulan=bulan, hari=-1) or dt.date.max


def periksa_penugasan(
    sistem: SistemKerja, instansi: Instansi, kebijakan: KebijakanSistemKerja | None = None
) -> tuple[Pelanggaran, ...]:
    """Findings of SK-TUGAS-01 (at most the maximum length) and SK-TUGAS-02 (at the start,
    the pemberi holds a post of a jenjang the policy allows, by default a JPT, and is the
    penerima's Pejabat Penilai Kinerja or heads a unit above the penerima's unit or above the
    team's unit)."""
    v.pastikan_tipe("sistem", sistem, SistemKerja)
    v.pastikan_tipe("instansi", instansi, Instansi)
    kb = _kebijakan(kebijakan)
    hasil: list[Pelanggaran] = []
    for t in sistem.penugasan:
        mulai = t.periode.mulai
        if t.periode.selesai > _batas_durasi(mulai, kb.maks_bulan_penugasan):
            hasil.append(
                Pelanggaran(
                    ATURAN_DURASI,
                    t.kode,
                    _TERLALU_LAMA(
                        mulai=mulai, selesai=t.periode.selesai, bulan=kb.maks_bulan_penugasan
                    ),
                )
            )
        masalah = _jenjang_pemberi(instansi, t.pemberi, mulai, kb.pemberi_tugas)
        if masalah is None and not _berwenang(
            sistem, instansi, t.pemberi, t.penerima, t.tim, mulai
        ):
            sasaran: object = t.tim
            if t.penerima is not None:
                sasaran = sebut_pengenal(instansi, t.penerima)
            masalah = _TANPA_WEWENANG(
                pemberi=sebut_pengenal(instansi, t.pemberi), sasaran=sasaran, tanggal=mulai
            )
        if masalah is not None:
            hasil.append(Pelanggaran(ATURAN_PEMBERI_TUGAS, t.kode, masalah))
    return tuple(hasil)


def _jenjang_pemberi(
    instansi: Instansi, pemberi: NIP, tanggal: dt.date, boleh: frozenset[Jenjang]
) -> Pesan | None:
    """SK-TUGAS-02: why ``pemberi``'s post on ``tanggal`` cannot give a penugasan, or
    ``None``. A pemberi without a placement is left to the authority check."""
    p = _penempatan(instansi, pemberi, tanggal)
    if p is None or p.jabatan.jenjang in boleh:
        return None
    return _JENJANG_PEMBERI(
        pemberi=sebut_pengenal(instansi, pemberi),
        jenjang=p.jabatan.jenjang,
        tanggal=tanggal,
        boleh=Pilihan(tuple(j for j in Jenjang if j in boleh)),
    )


def _berwenang(
    sistem: SistemKerja,
    instansi: Instansi,
    pemberi: NIP,
    penerima: NIP | None,
    tim: str | None,
    tanggal: dt.date,
) -> bool:
    if tim is not None:
        unit = sistem.cari_tim(tim).unit
    else:
        assert penerima is not None
        p = _penempatan(instansi, penerima, tanggal)
        if p is None:
            return False
        penilai = instansi.pejabat_penilai(penerima, tanggal)
        if penilai is not None and penilai.pengenal == pemberi:
            return True
        unit = p.unit
    try:
        return membawahi(instansi, pemberi, unit, tanggal)
    except NotFoundError:
        return False


def periksa_sistem_kerja(
    sistem: SistemKerja, instansi: Instansi, kebijakan: KebijakanSistemKerja | None = None
) -> tuple[Pelanggaran, ...]:
    """The findings of every check of this module, in rule order of :data:`ATURAN`."""
    return (
        *periksa_ketua(sistem, kebijakan),
        *periksa_anggota(sistem, instansi, kebijakan),
        *periksa_penetap(sistem, instansi, kebijakan),
        *periksa_alokasi(sistem, kebijakan),
        *periksa_tumpang_tindih(sistem),
        *periksa_penugasan(sistem, instansi, kebijakan),
    )


_t = pembuat_templat(__name__)
_HIMPUNAN_JENJANG = _t(
    "KEBIJAKAN-SK/himpunan-jenjang", "{nama}: expected a frozenset of Jenjang, got {diberikan}"
)
_BATAS_POSITIF = _t("KEBIJAKAN-SK/batas-positif", "{nama}: must be > 0, got {diberikan}")
_DUA_KETUA = _t("SK-TIM-01/dua-ketua", "two ketua at once on {tanggal}")
_TANPA_KETUA = _t("SK-TIM-01/tanpa-ketua", "no ketua from {mulai} to {selesai}")
_DI_LUAR_TIM = _t(
    "SK-TIM-02/di-luar-tim",
    "membership from {mulai} lies outside the team's life {tim_mulai}..{tim_akhir}",
)
_BUKAN_PEGAWAI = _t("SK-TIM-03/bukan-pegawai", "not a pegawai of the instansi")
_TANPA_PENEMPATAN = _t("SK-TIM-03/tanpa-penempatan", "holds no placement on {tanggal}")
_PENETAP_BUKAN_KEPALA = _t(
    "SK-TIM-04/bukan-kepala", "penetap {penetap} holds no allowed head post on {tanggal}"
)
_PENETAP_DI_LUAR = _t(
    "SK-TIM-04/di-luar-unit", "penetap {penetap} does not head a unit above {unit}"
)
_TANPA_PERSETUJUAN = _t(
    "SK-TIM-05/tanpa-persetujuan", "no agreement of {instansi} dated on or before {tanggal}"
)
_JENJANG_KETUA = _t("SK-TIM-06/jenjang", "ketua is {jenjang}")
_ALOKASI_LEBIH = _t(
    "SK-TIM-07/melebihi-batas",
    "{persen}% of working time allocated from {tanggal} (cap {batas}%)",
)
_TUMPANG_TINDIH = _t("SK-TIM-08/tumpang-tindih", "membership from {mulai} overlaps an earlier one")
_JENJANG_ANGGOTA = _t("SK-TIM-09/jenjang", "member is {jenjang}")
_TERLALU_LAMA = _t("SK-TUGAS-01/terlalu-lama", "{mulai}..{selesai} is longer than {bulan} months")
_TANPA_WEWENANG = _t(
    "SK-TUGAS-02/tanpa-wewenang", "{pemberi} has no authority over {sasaran} on {tanggal}"
)
_JENJANG_PEMBERI = _t(
    "SK-TUGAS-02/jenjang-pemberi",
    "{pemberi} holds {jenjang} on {tanggal}; the pemberi of a penugasan is a {boleh} "
    "(KebijakanSistemKerja.jenjang_pemberi_tugas)",
)
