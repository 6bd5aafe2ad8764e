"""Who may change a tim kerja (SK-TIM-10): forming a team, adding, moving or ending a member,
changing the ketua and dissolving the team are acts of the leader who heads the units
involved, checked against the :class:`~birokrasi.struktur.organisasi.Instansi` on the day of
the act, as the SK that formed the team was (SK-TIM-04).

The :class:`~birokrasi.sistem_kerja.sistem.SistemKerja` operations take the acting official
(``oleh``) and the instansi and call :func:`pastikan_wewenang_tim`; an application can call it
first to ask whether a user may act.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from birokrasi import _validasi as v
from birokrasi.errors import AuthorityError, BirokrasiError
from birokrasi.hukum import PERMENPANRB_7_2022, Aturan, Dasar, Keyakinan
from birokrasi.pesan import pembuat_templat
from birokrasi.sistem_kerja._dasar import BERLAKU, LAMPIRAN, MARVES_6
from birokrasi.struktur.nip import NIP, _nip_argumen
from birokrasi.struktur.organisasi import Instansi, Pejabat
from birokrasi.struktur.sebutan import sebut_pengenal
from birokrasi.struktur.unsur import PejabatLuar

__all__ = ["ATURAN", "ATURAN_PERUBAHAN_TIM", "pastikan_wewenang_tim"]

ATURAN_PERUBAHAN_TIM = Aturan(
    kode="SK-TIM-10",
    uraian=(
        "Pembentukan tim kerja dan perubahan penugasan di dalamnya (menambah, memindahkan atau "
        "mengakhiri anggota, mengganti ketua, membubarkan tim) dilakukan oleh pimpinan unit "
        "organisasi yang membawahi unit tim dan unit kerja anggota yang bersangkutan."
    ),
    summary=(
        "Whoever changes a team (forms it, adds, moves or ends a member, changes the ketua, "
        "dissolves it) holds, that day, a head post of a jabatan manajerial over the team's "
        "unit and over the unit of each pegawai the change assigns; the officials declared "
        "above the root unit head every unit."
    ),
    dasar=Dasar(
        PERMENPANRB_7_2022,
        lampiran=LAMPIRAN,
        keyakinan=Keyakinan.SEKUNDER,
        tafsiran=(
            "7/2022 (as summarised) has teams set by the leader of the unit organisation and "
            "work assigned by the Pejabat Penilai Kinerja; a change of membership assigns work "
            "as the SK did, so the library asks the authority SK-TIM-04 asks of the SK's "
            "penetap, on the day of the change. A narrower list of jenjang an agency sets in "
            "KebijakanSistemKerja.jenjang_penetap is reported by periksa_penetap for the SK."
        ),
    ),
    dasar_lain=(MARVES_6,),
    berlaku_sejak=BERLAKU,
)

ATURAN: tuple[Aturan, ...] = (ATURAN_PERUBAHAN_TIM,)


def _membawahi(instansi: Instansi, pejabat: Pejabat, unit: str) -> bool:
    if isinstance(pejabat, PejabatLuar):
        return True
    return pejabat.unit in {u.kode for u in instansi.jalur(unit)}


def _kode_negara(instansi: Instansi, oleh: str) -> bool:
    """Whether ``oleh`` is the kode of a pejabat negara ``instansi`` declared."""
    try:
        instansi.pejabat_negara_pada(oleh, dt.date.min)
    except BirokrasiError:
        return False
    return True


def pastikan_wewenang_tim(
    instansi: Instansi,
    oleh: NIP | str,
    unit: Iterable[str],
    tanggal: dt.date,
    *,
    tindakan: str = "tim kerja",
) -> Pejabat:
    """The post ``oleh`` holds on ``tanggal`` when it lets them change a team whose change
    touches ``unit`` (the team's unit and the units of the pegawai assigned, SK-TIM-10);
    otherwise :class:`~birokrasi.errors.AuthorityError` naming ``tindakan``, the official and
    the rule.

    >>> from birokrasi import contoh
    >>> org = contoh.instansi()
    >>> pastikan_wewenang_tim(org, "197203141998031003", ["DISKOMINFO.IKP"],
    ...                       dt.date(2025, 3, 1)).jabatan.nama
    'Kepala Dinas Komunikasi dan Informatika'
    """
    v.pastikan_tipe("instansi", instansi, Instansi)
    v.pastikan_tipe("tanggal", tanggal, dt.date)
    if isinstance(oleh, str) and not isinstance(oleh, NIP) and _kode_negara(instansi, oleh):
        raise AuthorityError(_PEJABAT_NEGARA(tindakan=tindakan, oleh=oleh))
    kunci = _nip_argumen("oleh", oleh)
    v.pastikan_iterabel("unit", unit, "Iterable[str]")
    daftar = [instansi.cari_unit(u).kode for u in unit]
    pejabat = instansi.pejabat_pada(kunci, tanggal)
    dasar = str(ATURAN_PERUBAHAN_TIM.dasar)
    if pejabat is None or not pejabat.kepala or not pejabat.jabatan.jenjang.is_manajerial:
        raise AuthorityError(
            _BUKAN_KEPALA(
                tindakan=tindakan,
                pegawai=sebut_pengenal(instansi, kunci),
                tanggal=tanggal,
                dasar=dasar,
            )
        )
    luar = sorted({u for u in daftar if not _membawahi(instansi, pejabat, u)})
    if luar:
        raise AuthorityError(
            _DI_LUAR_UNIT(
                tindakan=tindakan,
                pegawai=sebut_pengenal(instansi, kunci),
                jabatan=pejabat.jabatan.nama,
                unit=tuple(luar),
                tanggal=tanggal,
                dasar=dasar,
            )
        )
    return pejabat


_t = pembuat_templat(__name__)
_PEJABAT_NEGARA = _t(
    "SK-TIM-10/pejabat-negara",
    "{tindakan}: {oleh} is a pejabat negara above the instansi; its tim kerja are set and "
    "changed by the heads of its units, who sign by NIP (SK-TIM-10, ADR 0011)",
)
_BUKAN_KEPALA = _t(
    "SK-TIM-10/bukan-kepala",
    "{tindakan}: {pegawai} holds no head post of a jabatan manajerial on {tanggal} "
    "(SK-TIM-10, {dasar})",
)
_DI_LUAR_UNIT = _t(
    "SK-TIM-10/di-luar-unit",
    "{tindakan}: {pegawai}, {jabatan}, does not head a unit above {unit} on {tanggal} "
    "(SK-TIM-10, {dasar})",
)
