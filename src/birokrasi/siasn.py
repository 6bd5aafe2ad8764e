"""An evaluation in the shape the national system (SIASN / e-Kinerja BKN) exchanges.

This is a **mapping, not a client**: :func:`ke_siasn` turns a
:class:`~birokrasi.kinerja.penilaian.evaluasi.PenilaianKinerja` into a :class:`PenilaianSIASN` value
(the integer codes for the two ratings and the kuadran cell, the predikat, the period) and
:meth:`PenilaianSIASN.ke_payload` into a ``dict`` with the field names SIASN's web service
uses. Sending it, authenticating, and adding the SIASN-internal identifiers the library
cannot know (``pnsDinilaiOrang``/``pnsDinilaiId``, ``penilaiGolongan``, ``penilaiUnorNama``,
``periodikId``, ``koefisienId``) stay with the agency.

Where the codes come from. No regulation digest the library encodes documents SIASN's codes;
BKN's web-service reference is not public. The defaults (:data:`KODE_SIASN_BAKU`) are what
public agency integration code that syncs with SIASN sends (the ``/skp22/save`` annual and the
*kinerja periodik* endpoints; fields ``hasilKinerjaNilai``, ``perilakuKerjaNilai``,
``kuadranKinerjaNilai``):

* ratings: ``1`` = Di Atas Ekspektasi, ``2`` = Sesuai, ``3`` = Di Bawah. Two independent public
  integrations agree (a provincial BKD's Node.js SIASN bridge and a PHP SIMPEG that decodes
  ``rw-skp22`` records), and so does the ``perilakuDanKinerja`` reference list a public SIASN
  SDK ships (``black-coffee04/ws-siasn-php``, ``src/Data/Referensi``, commit ``9cb3548``).
* kuadran: ``1`` Sangat Baik, ``2`` Baik, ``3`` Butuh Perbaikan, ``4`` Kurang/Misconduct,
  ``5`` Sangat Kurang, one code per predikat: the ``kuadranNilai`` reference list of the same
  SDK (``SANGAT BAIK`` ... ``SANGAT KURANG``). The Node.js bridge sends 1 for (1, 1), 2 for
  (2, 2), 5 for (3, 3) and ``max(hasil, perilaku)`` otherwise, i.e. it never sends 4 and gives
  every mixed cell with a 3 the code 3, which does not distinguish Butuh Perbaikan from
  Kurang/Misconduct as the kuadran (KIN-PREDIKAT-01) does; records it wrote read back with
  :attr:`~birokrasi.siasn_baca.RiwayatKinerjaSIASN.kuadran_sesuai` false.

Both lists were read in third-party code, not in a BKN document: confidence
:attr:`~birokrasi.hukum.Keyakinan.SEKUNDER`. Reading SIASN records back is
:mod:`birokrasi.siasn_baca`.

Both tables are parameters: an agency that has BKN's reference list passes its own
:class:`KodeSIASN`.

>>> from birokrasi.contoh.karier import keberatan
>>> s = ke_siasn(keberatan()[0])
>>> (s.hasil_kinerja_nilai, s.perilaku_kerja_nilai, s.kuadran_kinerja_nilai, s.predikat)
(2, 3, 4, 'Kurang/Misconduct')
>>> s.ke_payload()  # annual: the skp22/save fields the library knows
{'tahun': 2025, 'hasilKinerjaNilai': 2, 'perilakuKerjaNilai': 3, 'kuadranKinerjaNilai': 4,
 'penilaiNipNrp': '198511032010012007', 'penilaiNama': 'Rina Marlina, S.IP.',
 'statusPenilai': 'ASN', 'penilaiJabatan': 'Kepala Subbagian Umum dan Kepegawaian'}
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from birokrasi import _validasi as v
from birokrasi.errors import InvalidValueError, NotFoundError
from birokrasi.hukum import Keyakinan
from birokrasi.kinerja.penilaian.evaluasi import JenisEvaluasi, PenilaianKinerja
from birokrasi.kinerja.predikat import Predikat, Rating
from birokrasi.pesan import pembuat_templat
from birokrasi.struktur.potret import PotretPegawai

__all__ = [
    "KODE_SIASN_BAKU",
    "KodeSIASN",
    "PenilaianSIASN",
    "ke_siasn",
    "rating_dari_siasn",
]


def _tabel(kunci: type[Rating] | type[Predikat]) -> v.Validator:
    """A mapping giving every member of ``kunci`` a distinct positive int code."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        nama = v.nama_field(instance, attribute)
        if not isinstance(value, Mapping):
            raise InvalidValueError(_BUKAN_PEMETAAN(nama=nama, diberikan=v.describe(value)))
        for anggota in kunci:
            kode = value.get(anggota)
            if not isinstance(kode, int) or isinstance(kode, bool) or kode < 1:
                raise InvalidValueError(
                    _KODE_BUKAN_POSITIF(nama=f"{nama}[{anggota.name}]", diberikan=v.describe(kode))
                )
        if len(value) != len(kunci) or len(set(value.values())) != len(kunci):
            raise InvalidValueError(
                _KODE_GANDA(nama=nama, kelas=kunci.__name__, diberikan=v.render(dict(value)))
            )

    return check


@attrs.frozen
class KodeSIASN:
    """A code table: the integers SIASN uses for each :class:`Rating` and for the kuadran
    cell of each :class:`Predikat`, with where the codes come from and how sure that is."""

    rating: Mapping[Rating, int] = attrs.field(
        converter=v.KeMapping[Rating, int], validator=_tabel(Rating)
    )
    kuadran: Mapping[Predikat, int] = attrs.field(
        converter=v.KeMapping[Predikat, int], validator=_tabel(Predikat)
    )
    sumber: str = attrs.field(validator=v.teks())
    keyakinan: Keyakinan = attrs.field(validator=v.instance_of(Keyakinan))


KODE_SIASN_BAKU = KodeSIASN(
    rating={
        Rating.DI_ATAS_EKSPEKTASI: 1,
        Rating.SESUAI_EKSPEKTASI: 2,
        Rating.DI_BAWAH_EKSPEKTASI: 3,
    },
    kuadran={
        Predikat.SANGAT_BAIK: 1,
        Predikat.BAIK: 2,
        Predikat.BUTUH_PERBAIKAN: 3,
        Predikat.KURANG: 4,
        Predikat.SANGAT_KURANG: 5,
    },
    sumber=(
        "Observed in public agency integration code syncing with SIASN (skp22/save, kinerja "
        "periodik: hasilKinerjaNilai, perilakuKerjaNilai, kuadranKinerjaNilai) and in the "
        "reference lists perilakuDanKinerja and kuadranNilai of the SIASN SDK "
        "black-coffee04/ws-siasn-php (src/Data/Referensi, commit 9cb3548); not a BKN document."
    ),
    keyakinan=Keyakinan.SEKUNDER,
)
"""The default codes; see the module docstring for their source and their limits."""


@attrs.frozen
class PenilaianSIASN:
    """One evaluation in SIASN's terms: the codes, the predikat, the period and the rater."""

    jenis: JenisEvaluasi
    tahun: int
    bulan_mulai: int
    bulan_selesai: int
    hasil_kinerja_nilai: int
    perilaku_kerja_nilai: int
    kuadran_kinerja_nilai: int
    predikat: str
    nip_dinilai: str
    penilai_nip: str | None
    penilai_nama: str
    penilai_jabatan: str

    @property
    def sel_kuadran(self) -> tuple[int, int]:
        """The kuadran cell as (hasil kerja code, perilaku kerja code)."""
        return (self.hasil_kinerja_nilai, self.perilaku_kerja_nilai)

    def ke_payload(self) -> dict[str, int | str]:
        """The fields of SIASN's save request with the names its web service uses
        (``skp22/save`` for an annual evaluation, *kinerja periodik* for a periodic one).

        Only what the library knows: merge the SIASN-internal ids yourself. A rater without a
        NIP (a pejabat negara, ADR 0011) has no ``penilaiNipNrp`` and no ``statusPenilai``:
        how SIASN records such a rater was not seen in public integration code (U), so set
        those two as your SIASN connection expects.
        """
        data: dict[str, int | str] = {
            "tahun": self.tahun,
            "hasilKinerjaNilai": self.hasil_kinerja_nilai,
            "perilakuKerjaNilai": self.perilaku_kerja_nilai,
            "kuadranKinerjaNilai": self.kuadran_kinerja_nilai,
        }
        if self.penilai_nip is not None:
            data["penilaiNipNrp"] = self.penilai_nip
        data["penilaiNama"] = self.penilai_nama
        if self.penilai_nip is not None:
            data["statusPenilai"] = "ASN"
        if self.jenis is JenisEvaluasi.TAHUNAN:
            data["penilaiJabatan"] = self.penilai_jabatan
        else:
            data["penilaiJabatanNama"] = self.penilai_jabatan
            data["bulanMulaiPenilaian"] = self.bulan_mulai
            data["bulanSelesaiPenilaian"] = self.bulan_selesai
            data["tahunMulaiPenilaian"] = self.tahun
            data["tahunSelesaiPenilaian"] = self.tahun
        return data


def ke_siasn(penilaian: PenilaianKinerja, *, kode: KodeSIASN | None = None) -> PenilaianSIASN:
    """``penilaian`` mapped to SIASN's codes with table ``kode`` (``None``:
    :data:`KODE_SIASN_BAKU`). The predikat is the library's (KIN-PREDIKAT-01), never
    recomputed from the codes."""
    v.pastikan_tipe("penilaian", penilaian, PenilaianKinerja)
    kode = KODE_SIASN_BAKU if kode is None else kode
    v.pastikan_tipe("kode", kode, KodeSIASN)
    penilai = penilaian.penilai
    return PenilaianSIASN(
        jenis=penilaian.jenis,
        tahun=penilaian.tahun,
        bulan_mulai=penilaian.periode.mulai.month,
        bulan_selesai=penilaian.periode.selesai.month,
        hasil_kinerja_nilai=kode.rating[penilaian.rating_hasil_kerja],
        perilaku_kerja_nilai=kode.rating[penilaian.rating_perilaku_kerja],
        kuadran_kinerja_nilai=kode.kuadran[penilaian.predikat],
        predikat=penilaian.predikat.label,
        nip_dinilai=penilaian.pegawai.nip.digit,
        penilai_nip=penilai.nip.digit if isinstance(penilai, PotretPegawai) else None,
        penilai_nama=penilai.nama,
        penilai_jabatan=penilai.nama_jabatan,
    )


def rating_dari_siasn(nilai: int, *, kode: KodeSIASN | None = None) -> Rating:
    """The :class:`Rating` a SIASN code stands for (reading ``rw-skp22`` records back) in
    table ``kode`` (``None``: :data:`KODE_SIASN_BAKU`).

    >>> rating_dari_siasn(1).label
    'Di Atas Ekspektasi'
    """
    v.pastikan_tipe("nilai", nilai, int)
    kode = KODE_SIASN_BAKU if kode is None else kode
    v.pastikan_tipe("kode", kode, KodeSIASN)
    for rating, angka in kode.rating.items():
        if angka == nilai:
            return rating
    raise NotFoundError(_BUKAN_KODE_RATING(nilai=v.render(nilai), tabel=str(dict(kode.rating))))


_t = pembuat_templat(__name__)
_BUKAN_PEMETAAN = _t("SIASN/bukan-pemetaan", "{nama}: expected a mapping, got {diberikan}")
_KODE_BUKAN_POSITIF = _t(
    "SIASN/kode-bukan-positif", "{nama}: expected a positive int code, got {diberikan}"
)
_KODE_GANDA = _t(
    "SIASN/kode-ganda", "{nama}: expected one distinct code for each {kelas}, got {diberikan}"
)
_BUKAN_KODE_RATING = _t(
    "SIASN/bukan-kode-rating", "nilai: {nilai} is not a SIASN rating code ({tabel})"
)
