"""How a message names a person: ``Nama (NIP)``, or the NIP (a pejabat negara's kode) alone
when the name is not known (issue 18 §2: a finding gives the NIP and, where known, the name).

Every area's findings and errors name people through these functions, so a pegawai, an
official above the root unit and a pejabat negara read the same everywhere.
"""

from __future__ import annotations

from birokrasi.pesan import Pesan, pembuat_templat
from birokrasi.struktur.nip import NIP
from birokrasi.struktur.organisasi import Instansi, Pejabat
from birokrasi.struktur.potret import PotretPejabat

__all__ = ["sebut", "sebut_pejabat", "sebut_pengenal", "sebut_potret"]


def sebut(nama: str | None, pengenal: NIP | str) -> Pesan | NIP | str:
    """A person as a message parameter: ``nama (pengenal)``, or ``pengenal`` alone."""
    return pengenal if nama is None else _ORANG(nama=nama, pengenal=pengenal)


def sebut_potret(potret: PotretPejabat) -> Pesan | NIP | str:
    """A recorded person (a snapshot) as a message parameter."""
    return sebut(potret.nama, potret.pengenal)


def sebut_pengenal(instansi: Instansi, pengenal: NIP | str) -> Pesan | NIP | str:
    """The person ``pengenal`` names (a pegawai, an official above the root unit, a pejabat
    negara), named as ``instansi`` knows them."""
    return sebut(instansi._nama_pengenal(pengenal), pengenal)


def sebut_pejabat(instansi: Instansi, pejabat: Pejabat) -> Pesan | NIP | str:
    """The holder of a post ``instansi`` resolved, by name and NIP (or kode)."""
    nama = getattr(pejabat, "nama", None)
    if not isinstance(nama, str):
        nama = instansi._nama_pengenal(pejabat.pengenal)
    return sebut(nama, pejabat.pengenal)


_t = pembuat_templat(__name__)
_ORANG = _t("ORANG", "{nama} ({pengenal})")
