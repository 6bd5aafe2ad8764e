"""Strategies for pemantauan kinerja (:mod:`birokrasi.kinerja.pemantauan.peristiwa`,
:mod:`birokrasi.kinerja.pemantauan.jurnal`): events about one pegawai and journals of an SKP."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from birokrasi.errors import InvalidValueError
from birokrasi.kinerja.pemantauan.jurnal import JurnalKinerja
from birokrasi.kinerja.pemantauan.peristiwa import (
    BimbinganKinerja,
    CaraUmpanBalik,
    DialogKinerja,
    JenisUmpanBalik,
    KonselingKinerja,
    Peristiwa,
    Realisasi,
    SifatUmpanBalik,
    TahapDialog,
    UmpanBalik,
)
from birokrasi.kinerja.perencanaan.perilaku import NilaiBerakhlak
from birokrasi.kinerja.perencanaan.skp import SKP
from birokrasi.kinerja.predikat import Rating
from birokrasi.periode import Periode
from birokrasi.pesan import pembuat_templat
from birokrasi.struktur.nip import NIP
from birokrasi.struktur.potret import PotretPegawai

__all__ = ["jurnal_kinerja", "peristiwa", "umpan_balik"]

_KATA = st.text(alphabet="abcdefghij ", min_size=1, max_size=12).filter(lambda s: s.strip() != "")


def _tanggal(periode: Periode) -> st.SearchStrategy[dt.date]:
    return st.dates(min_value=periode.mulai, max_value=periode.selesai)


@st.composite
def umpan_balik(
    draw: st.DrawFn,
    kode: str,
    pegawai: NIP,
    oleh: NIP,
    periode: Periode,
    rhk: tuple[str, ...] = ("RHK-1",),
) -> UmpanBalik:
    """Feedback from ``oleh`` to ``pegawai`` inside ``periode`` on one of ``rhk`` or a value."""
    sifat = draw(st.sampled_from(SifatUmpanBalik))
    ekspektasi = draw(
        st.none()
        | st.sampled_from(
            list(Rating) if sifat is SifatUmpanBalik.PERBAIKAN else [Rating.SESUAI_EKSPEKTASI]
        )
    )
    pada_rhk = bool(rhk) and draw(st.booleans())
    return UmpanBalik(
        kode,
        draw(_tanggal(periode)),
        oleh,
        pegawai,
        sifat,
        draw(_KATA),
        rhk=draw(st.sampled_from(rhk)) if pada_rhk else None,
        nilai=None if pada_rhk else draw(st.sampled_from(NilaiBerakhlak)),
        ekspektasi=ekspektasi,
        jenis=draw(st.sampled_from(JenisUmpanBalik)),
        cara=draw(st.sampled_from(CaraUmpanBalik)),
        bukti_dukung=draw(st.none() | _KATA),
    )


@st.composite
def peristiwa(
    draw: st.DrawFn,
    kode: str,
    pegawai: NIP,
    pemberi: tuple[NIP, ...],
    periode: Periode,
    rhk: tuple[str, ...] = ("RHK-1",),
) -> Peristiwa:
    """Any kind of event about ``pegawai`` by one of ``pemberi`` (not the pegawai)."""
    oleh = draw(st.sampled_from(pemberi))
    jenis = draw(st.integers(0, 4))
    if jenis == 0 or not rhk:
        return draw(umpan_balik(kode, pegawai, oleh, periode, rhk))
    tanggal = draw(_tanggal(periode))
    if jenis == 1:
        return Realisasi(
            kode,
            tanggal,
            draw(st.sampled_from((pegawai, oleh))),
            pegawai,
            draw(st.sampled_from(rhk)),
            nilai=draw(st.integers(0, 100)),
            bukti_dukung=draw(st.none() | _KATA),
        )
    if jenis == 2:
        return DialogKinerja(
            kode, tanggal, oleh, pegawai, draw(st.sampled_from(TahapDialog)), (oleh, pegawai)
        )
    kelas = BimbinganKinerja if jenis == 3 else KonselingKinerja
    return kelas(kode, tanggal, oleh, pegawai, draw(_KATA))


@st.composite
def jurnal_kinerja(
    draw: st.DrawFn, skp: SKP, pemberi: tuple[NIP, ...] | None = None, max_size: int = 15
) -> JurnalKinerja:
    """A journal of ``skp`` with events by ``pemberi`` (default: the SKP's penilai) dated
    inside the SKP's periode, naming its RHKs."""
    oleh = pemberi
    if oleh is None:
        if not isinstance(skp.penilai, PotretPegawai):
            raise InvalidValueError(_PENILAI_PEJABAT_NEGARA())
        oleh = (skp.penilai.nip,)
    rhk = tuple(r.kode for r in skp.hasil_kerja)
    n = draw(st.integers(0, max_size))
    isi = [draw(peristiwa(f"E{i:03d}", skp.pegawai.nip, oleh, skp.periode, rhk)) for i in range(n)]
    return JurnalKinerja(skp.kode, skp.pegawai.nip, isi)


_t = pembuat_templat(__name__)
_PENILAI_PEJABAT_NEGARA = _t(
    "TESTING/penilai-pejabat-negara",
    "pemberi: the SKP's penilai is a pejabat negara, who records no feedback by NIP; name the "
    "givers",
)
