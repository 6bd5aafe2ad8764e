"""The rules of the sistem kerja (PermenPANRB 7/2022) as :class:`~birokrasi.hukum.Aturan`.

The body of PermenPANRB 7/2022 was not read: every rule cites it with keyakinan SEKUNDER (BKN's
knowledge base and regional decks summarising it) and, where a ministry regulation that
implements it was read, that text as TURUNAN. Rules the texts leave open are parameters of
:class:`~birokrasi.sistem_kerja.pemeriksaan.KebijakanSistemKerja` and say so in ``tafsiran``.
"""

from __future__ import annotations

from birokrasi.hukum import (
    PERATURAN_BKN_16_2022,
    PERMENKO_MARVES_2_2023,
    PERMENKUMHAM_1_2024,
    PERMENPANRB_7_2022,
    Aturan,
    Dasar,
    Keyakinan,
)

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
    "ATURAN_PERIODE",
    "ATURAN_SYARAT_KETUA",
    "ATURAN_TUMPANG_TINDIH",
]

_S = Keyakinan.SEKUNDER
_V_TURUNAN = Keyakinan.TURUNAN
_LAMPIRAN = "mekanisme kerja (penugasan, tim kerja)"
_MARVES_6 = Dasar(PERMENKO_MARVES_2_2023, pasal="6", keyakinan=_V_TURUNAN)
_BERLAKU = PERMENPANRB_7_2022.diundangkan

ATURAN_KETUA = Aturan(
    kode="SK-TIM-01",
    uraian="Tim kerja dipimpin oleh tepat satu Ketua Tim pada setiap hari masa kerjanya.",
    summary=(
        "A team has exactly one ketua on every day of its life: no gap, never two at once "
        "(gaps are allowed when the agency's policy makes the ketua optional)."
    ),
    dasar=Dasar(
        PERMENPANRB_7_2022,
        lampiran=_LAMPIRAN,
        keyakinan=_S,
        tafsiran=(
            "7/2022 says a team 'dapat dipimpin oleh Ketua Tim' (may) and leaves the need for a "
            "ketua to the unit leader; requiring one every day is the library's default policy "
            "(KebijakanSistemKerja.ketua_wajib), which an agency can switch off. At most one "
            "ketua at a time always holds."
        ),
    ),
    berlaku_sejak=_BERLAKU,
)

ATURAN_PERIODE = Aturan(
    kode="SK-TIM-02",
    uraian="Keanggotaan tim kerja berada dalam periode tim kerja.",
    summary="A membership starts and ends inside the team's periode (or before its dissolution).",
    dasar=Dasar(
        PERMENKO_MARVES_2_2023,
        pasal="6",
        ayat="1",
        keyakinan=_V_TURUNAN,
        tafsiran=(
            "Penugasan serves the unit's targets 'dalam periode waktu tertentu'; that a member "
            "cannot sit in a team before it is formed or after it ends is read from it."
        ),
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
        keyakinan=_V_TURUNAN,
        tafsiran=(
            "Team members are Pejabat Fungsional and Pelaksana drawn from units; a member "
            "without a placement has no unit to be drawn from. Members from another instansi "
            "are covered by SK-TIM-05 instead."
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
        keyakinan=_V_TURUNAN,
        tafsiran=(
            "Teams may draw members 'lintas instansi pemerintah'; the form of consent is not "
            "in the texts read. The agreement record follows the consent step of a formal "
            "cross-instansi penugasan (Peraturan BKN 16/2022 Pasal 8), by analogy."
        ),
    ),
    dasar_lain=(
        Dasar(PERATURAN_BKN_16_2022, pasal="8", ayat="1", keyakinan=Keyakinan.TERVERIFIKASI),
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
    dasar=Dasar(PERMENKO_MARVES_2_2023, pasal="6", ayat="4", keyakinan=_V_TURUNAN),
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
    dasar=Dasar(PERMENKUMHAM_1_2024, pasal="9", ayat="1", keyakinan=_V_TURUNAN),
    dasar_lain=(
        Dasar(
            PERMENKO_MARVES_2_2023,
            pasal="6",
            ayat="1",
            keyakinan=_V_TURUNAN,
            tafsiran=(
                "Marves says only 'periode waktu tertentu'; the one-year maximum is "
                "Kemenkumham's wording and the library's default "
                "(KebijakanSistemKerja.maks_bulan_penugasan)."
            ),
        ),
    ),
    berlaku_sejak=_BERLAKU,
)

ATURAN_PEMBERI_TUGAS = Aturan(
    kode="SK-TUGAS-02",
    uraian=(
        "Penugasan diberikan oleh Pejabat Penilai Kinerja atau pimpinan unit organisasi yang "
        "membawahi penerima tugas."
    ),
    summary=(
        "At its start, the pemberi is the penerima's Pejabat Penilai Kinerja or heads a unit "
        "above (or equal to) the penerima's unit; for a team, above the team's unit."
    ),
    dasar=Dasar(PERMENKO_MARVES_2_2023, pasal="6", ayat="2", huruf="c", keyakinan=_V_TURUNAN),
    dasar_lain=(
        Dasar(PERMENKUMHAM_1_2024, pasal="9", ayat="2", keyakinan=_V_TURUNAN),
        Dasar(
            PERMENPANRB_7_2022,
            lampiran=_LAMPIRAN,
            keyakinan=_S,
            tafsiran=(
                "Decks summarising 7/2022: penugasan is given by the Pejabat Penilai Kinerja "
                "or the Pimpinan Unit Organisasi. Accepting any head of an ancestor unit also "
                "covers Permenkumham 1/2024 Pasal 9 ayat (3) (a JPT Madya assigning a JF Ahli "
                "Utama directly)."
            ),
        ),
    ),
    berlaku_sejak=_BERLAKU,
)

ATURAN: tuple[Aturan, ...] = (
    ATURAN_KETUA,
    ATURAN_PERIODE,
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
