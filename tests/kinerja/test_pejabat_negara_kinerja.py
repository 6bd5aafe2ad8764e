"""The acts of a pejabat negara above the instansi (STR-ATASAN-02, ADR 0011): setting the SKP of
the head of the instansi (KIN-SKP-09), rating them (KIN-EVAL-03) and deciding a keberatan
(KIN-KEBERATAN-02), each taken by the kode the instansi declared."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from birokrasi import contoh, serial
from birokrasi.contoh.karier import keberatan_kepala
from birokrasi.contoh.penilaian import penilaian_tahunan
from birokrasi.errors import AuthorityError, InvalidTypeError, InvalidValueError, NotFoundError
from birokrasi.kinerja import (
    SKP,
    DaftarKeberatan,
    JenisEvaluasi,
    Pendekatan,
    PenilaianKinerja,
    Rating,
    RiwayatPenilaian,
    Tandatangan,
    ajukan_keberatan,
    evaluasi_kinerja,
    pemutus_keberatan,
    periksa_daftar_keberatan,
    periksa_penilaian,
    periksa_skp,
    susun_skp,
    terima_keberatan,
    tolak_keberatan,
)
from birokrasi.periode import Periode
from birokrasi.siasn import ke_siasn
from birokrasi.struktur import NIP, PejabatNegara, PotretPegawai, PotretPejabatNegara
from birokrasi.struktur.potret import potret_pegawai

D = dt.date
BUPATI = contoh.struktur.BUPATI
SEKDA = contoh.struktur.SEKRETARIS_DAERAH
KADIS = contoh.struktur.KEPALA_DINAS
SEKRETARIS = contoh.struktur.SEKRETARIS
ORG = attrs.evolve(contoh.instansi(), pejabat_luar=(attrs.evolve(BUPATI, tingkat=1),))
"""The example Dinas read the other way: the Bupati rates its head directly (tingkat 1)."""
SKP_KADIS = next(s for s in contoh.skp.skp() if s.kode == "SKP-2025-KADIS")


def _skp() -> SKP:
    draft = susun_skp(
        ORG, "SKP-KADIS", KADIS, Periode.tahun(2025), Pendekatan.KUANTITATIF,
        SKP_KADIS.hasil_kerja, tanggal=D(2025, 1, 2),
    )  # fmt: skip
    return draft.setujui(KADIS, D(2025, 1, 10)).tetapkan(ORG, BUPATI.kode, D(2025, 1, 20))


def _evaluasi(skp: SKP, oleh: object = BUPATI.kode) -> PenilaianKinerja:
    return evaluasi_kinerja(
        skp, "EV-KADIS", JenisEvaluasi.TAHUNAN, skp.periode, Rating.SESUAI_EKSPEKTASI,
        Rating.DI_ATAS_EKSPEKTASI, oleh=oleh, tanggal=D(2025, 12, 31), instansi=ORG,  # type: ignore[arg-type]
    )  # fmt: skip


def test_kin_skp_09_the_pejabat_negara_sets_the_heads_skp_by_kode() -> None:
    skp = _skp()
    assert isinstance(skp.penilai, PotretPejabatNegara)
    assert skp.penilai.pengenal == BUPATI.kode
    assert skp.ditetapkan == Tandatangan(None, D(2025, 1, 20), kode=BUPATI.kode)
    assert periksa_skp(skp, instansi=ORG) == ()


def test_kin_skp_09_anyone_else_is_refused_and_a_forged_signature_reported() -> None:
    draft = susun_skp(
        ORG, "SKP-KADIS", KADIS, Periode.tahun(2025), Pendekatan.KUANTITATIF,
        SKP_KADIS.hasil_kerja, tanggal=D(2025, 1, 2),
    ).setujui(KADIS, D(2025, 1, 10))  # fmt: skip
    with pytest.raises(
        AuthorityError, match=r"SKP.tetapkan: .* is not the Pejabat Penilai .*BUPATI"
    ):
        draft.tetapkan(ORG, SEKRETARIS, D(2025, 1, 20))
    with pytest.raises(AuthorityError, match=r"WALIKOTA is not the Pejabat Penilai"):
        draft.tetapkan(ORG, "WALIKOTA", D(2025, 1, 20))
    lain = attrs.evolve(BUPATI, kode="BUPATI-LAMA", mulai=D(2016, 1, 1), selesai=D(2021, 2, 25))
    dulu = attrs.evolve(ORG, pejabat_luar=(*ORG.pejabat_luar, attrs.evolve(lain, tingkat=1)))
    penilai = _skp().penilai
    assert isinstance(penilai, PotretPejabatNegara)
    palsu = attrs.evolve(
        _skp(),
        penilai=attrs.evolve(penilai, kode="BUPATI-LAMA"),
        ditetapkan=Tandatangan(None, D(2025, 1, 20), kode="BUPATI-LAMA"),
    )
    assert [p.kode for p in periksa_skp(palsu, instansi=dulu)] == ["KIN-SKP-09"]


def test_tandatangan_names_exactly_one_signer() -> None:
    with pytest.raises(InvalidValueError, match=r"exactly one"):
        Tandatangan(None, D(2025, 1, 1))
    with pytest.raises(InvalidValueError, match=r"exactly one"):
        Tandatangan(KADIS, D(2025, 1, 1), kode=BUPATI.kode)
    with pytest.raises(InvalidValueError, match=r"Tandatangan.kode"):
        Tandatangan(None, D(2025, 1, 1), kode="123")
    assert Tandatangan(KADIS, D(2025, 1, 1)).pengenal == NIP(KADIS)


def test_kin_eval_03_the_pejabat_negara_rates_the_head_by_kode() -> None:
    skp = _skp()
    hasil = _evaluasi(skp)
    assert isinstance(hasil.penilai, PotretPejabatNegara)
    assert periksa_penilaian(hasil, skp, instansi=ORG) == ()
    assert _evaluasi(skp, hasil.penilai) == hasil  # the instansi's own snapshot is accepted
    with pytest.raises(AuthorityError, match=r"KIN-EVAL-03"):
        _evaluasi(skp, SEKRETARIS)
    with pytest.raises(InvalidValueError, match=r"disagrees with the instansi"):
        _evaluasi(skp, attrs.evolve(hasil.penilai, jabatan="Wakil Bupati Contoh"))
    tanpa = attrs.evolve(hasil, penilai=attrs.evolve(hasil.penilai, kode="GUBERNUR"))
    assert [p.kode for p in periksa_penilaian(tanpa, skp, instansi=ORG)] == ["KIN-EVAL-03"]


def test_siasn_a_rater_without_nip_has_no_nip_field() -> None:
    payload = ke_siasn(_evaluasi(_skp())).ke_payload()
    assert "penilaiNipNrp" not in payload
    assert "statusPenilai" not in payload
    assert payload["penilaiNama"] == BUPATI.nama
    asn = ke_siasn(penilaian_tahunan().cari("EV-2025-SEKRETARIS")).ke_payload()
    assert asn["statusPenilai"] == "ASN"
    assert asn["penilaiNipNrp"] == KADIS


def test_documents_with_a_pejabat_negara_round_trip() -> None:
    skp = _skp()
    data = serial.ke_data(skp)
    assert isinstance(data, dict)
    assert isinstance(data["penilai"], dict)
    assert data["penilai"]["@tipe"] == "PotretPejabatNegara"
    assert serial.dari_data(SKP, data) == skp
    pegawai = serial.ke_data(SKP_KADIS)
    assert isinstance(pegawai, dict)
    assert isinstance(pegawai["penilai"], dict)
    assert "@tipe" not in pegawai["penilai"]  # an SKP rated by a pegawai is written as before
    assert isinstance(serial.dari_data(SKP, pegawai).penilai, PotretPegawai)


def test_kin_keberatan_02_the_bupati_decides_the_keberatan_of_the_head() -> None:
    daftar, putusan = keberatan_kepala()
    assert isinstance(putusan.oleh, PotretPejabatNegara)
    assert (putusan.oleh.pengenal, putusan.diterima) == (BUPATI.kode, False)
    org, riwayat = contoh.instansi(), penilaian_tahunan()
    assert periksa_daftar_keberatan(daftar, org, riwayat) == ()
    lama = riwayat.cari("EV-2025-KADIS")
    assert pemutus_keberatan(org, lama, D(2026, 1, 23)) == BUPATI
    oleh_sekda = attrs.evolve(putusan, oleh=attrs.evolve(putusan.oleh, kode="SEKDA-PALSU"))
    temuan = periksa_daftar_keberatan(attrs.evolve(daftar, putusan=(oleh_sekda,)), org, riwayat)
    assert [p.kode for p in temuan] == ["KIN-KEBERATAN-02"]
    assert "BUPATI-CONTOH-2021" in str(temuan[0].pesan)


def test_kin_keberatan_02_only_the_bupati_accepts_and_his_re_rating_stands() -> None:
    org, riwayat = contoh.instansi(), penilaian_tahunan()
    lama = riwayat.cari("EV-2025-KADIS")
    ajuan = ajukan_keberatan(lama, "KEB-K", "alasan", tanggal=D(2026, 1, 9), riwayat=riwayat)
    daftar = DaftarKeberatan((ajuan,))
    kwargs = {
        "rating_hasil_kerja": Rating.DI_ATAS_EKSPEKTASI,
        "rating_perilaku_kerja": Rating.DI_ATAS_EKSPEKTASI,
        "kode_baru": "EV-K-2",
        "tanggal": D(2026, 1, 23),
        "instansi": org,
        "riwayat": riwayat,
    }
    with pytest.raises(
        AuthorityError, match=r"is not the atasan of penilai .*\(BUPATI-CONTOH-2021\) is"
    ):
        terima_keberatan(daftar, "KEB-K", oleh=SEKDA.nip, **kwargs)  # type: ignore[arg-type]
    daftar, riwayat = terima_keberatan(daftar, "KEB-K", oleh=BUPATI.kode, **kwargs)  # type: ignore[arg-type]
    baru = riwayat.tahunan(KADIS, 2025)
    assert baru is not None
    assert isinstance(baru.penilai, PotretPejabatNegara)
    assert baru.menggantikan == lama.kode
    assert periksa_daftar_keberatan(daftar, org, riwayat) == ()


def test_kin_keberatan_02_nobody_above_the_pejabat_negara_says_what_to_declare() -> None:
    skp = _skp()
    hasil = _evaluasi(skp)
    riwayat = RiwayatPenilaian((hasil,))
    ajuan = ajukan_keberatan(hasil, "KEB-1", "alasan", tanggal=D(2026, 1, 5), riwayat=riwayat)
    with pytest.raises(
        NotFoundError, match=r"has nobody declared above them.*STR-ATASAN-02, KIN-KEBERATAN-02"
    ):
        pemutus_keberatan(ORG, hasil, D(2026, 1, 10))
    pergi = attrs.evolve(BUPATI, tingkat=1, selesai=D(2026, 1, 1))
    with pytest.raises(NotFoundError, match=r"holds no post"):
        pemutus_keberatan(attrs.evolve(ORG, pejabat_luar=(pergi,)), hasil, D(2026, 1, 10))
    with pytest.raises(NotFoundError, match=r"KIN-KEBERATAN-02"):
        tolak_keberatan(DaftarKeberatan((ajuan,)), "KEB-1", oleh=BUPATI.kode,
                        tanggal=D(2026, 1, 10), instansi=ORG, riwayat=riwayat)  # fmt: skip
    assert isinstance(hasil.penilai, PotretPejabatNegara)
    hilang = attrs.evolve(hasil, penilai=attrs.evolve(hasil.penilai, kode="GUBERNUR"))
    with pytest.raises(
        NotFoundError, match=r"'GUBERNUR' is neither a NIP nor the kode.*KIN-KEBERATAN-02"
    ):
        pemutus_keberatan(ORG, hilang, D(2026, 1, 10))


def test_kin_keberatan_02_a_pejabat_negara_in_a_new_post_is_judged_from_it() -> None:
    """A pejabat negara who has since taken another post above the root is judged from the
    post held on the day of the decision, not the one rated from: the head above the new post
    decides, never the penilai themself (pinned by mutation testing, issue 15 §5)."""
    hasil = _evaluasi(_skp())
    dulu = attrs.evolve(BUPATI, tingkat=1, selesai=D(2025, 12, 31))
    kini = attrs.evolve(BUPATI, tingkat=2, mulai=D(2026, 1, 1), jabatan="Bupati Contoh II")
    gubernur = PejabatNegara(
        "GUBERNUR-CONTOH", "Gubernur", "Gubernur Contoh", "PEMPROV.CONTOH", D(2020, 1, 1),
        tingkat=3,
    )  # fmt: skip
    org = attrs.evolve(ORG, pejabat_luar=(dulu, kini, gubernur))
    assert pemutus_keberatan(org, hasil, D(2026, 1, 10)) == gubernur


def test_kin_keberatan_02_nobody_to_decide_says_why() -> None:
    """The refusal says whether the penilai holds no post or has nobody declared above."""
    hasil = _evaluasi(_skp())
    with pytest.raises(
        NotFoundError,
        match=r"penilai H\. Bambang Hermawan, S\.E\., M\.M\. \(BUPATI-CONTOH-2021\) has nobody "
        r"declared above them on ",
    ):
        pemutus_keberatan(ORG, hasil, D(2026, 1, 10))
    pergi = attrs.evolve(BUPATI, tingkat=1, selesai=D(2026, 1, 1))
    with pytest.raises(NotFoundError, match=r"penilai .* \(BUPATI-CONTOH-2021\) holds no post on "):
        pemutus_keberatan(attrs.evolve(ORG, pejabat_luar=(pergi,)), hasil, D(2026, 1, 10))


def test_kin_eval_03_findings_name_who_may_rate() -> None:
    """The finding names the allowed raters, or says the instansi names nobody; a kode the
    instansi never declared holds no post (pinned by mutation testing, issue 15 §5)."""
    skp = _skp()
    hasil = _evaluasi(skp)
    lain = attrs.evolve(hasil, penilai=potret_pegawai(ORG, SEKRETARIS, D(2025, 12, 31)))
    pesan = [str(p.pesan) for p in periksa_penilaian(lain, skp, instansi=ORG)]
    assert pesan == [
        f"Hj. Sri Rahayu, S.Sos., M.M. ({SEKRETARIS}) is not the Pejabat Penilai Kinerja of "
        f"Drs. Bambang Wicaksono, M.Si. ({KADIS}) "
        "(allowed: H. Bambang Hermawan, S.E., M.M. (BUPATI-CONTOH-2021))"
    ]
    tanpa_atas = attrs.evolve(ORG, pejabat_luar=())
    pesan = [str(p.pesan) for p in periksa_penilaian(lain, skp, instansi=tanpa_atas)]
    assert pesan[0].endswith("(allowed: nobody the instansi names)")
    tanpa = attrs.evolve(hasil, penilai=attrs.evolve(hasil.penilai, kode="GUBERNUR"))
    pesan = [str(p.pesan) for p in periksa_penilaian(tanpa, skp, instansi=ORG)]
    assert pesan == [
        "H. Bambang Hermawan, S.E., M.M. (GUBERNUR) holds no post on 2025-12-31; the Pejabat "
        "Penilai Kinerja the instansi names that day rates"
    ]


def test_kin_eval_03_a_refused_rater_is_named_with_the_act() -> None:
    with pytest.raises(AuthorityError, match=r"^evaluasi_kinerja: \d+ holds no post"):
        _evaluasi(_skp(), SEKDA.nip)


def test_kin_eval_01_jumlah_bulan_is_a_whole_number() -> None:
    hasil = _evaluasi(_skp())
    assert type(hasil.jumlah_bulan) is int
    assert hasil.jumlah_bulan == 12


def test_kin_skp_09_the_pejabat_negara_s_snapshot_is_accepted_and_signers_named() -> None:
    """``susun_skp`` takes the pejabat negara's own snapshot as ``penilai``; a signature with
    neither or both signers and a bad ``oleh`` are refused with their own words (pinned by
    mutation testing, issue 15 §5)."""
    draft = susun_skp(
        ORG, "SKP-KADIS", KADIS, Periode.tahun(2025), Pendekatan.KUANTITATIF,
        SKP_KADIS.hasil_kerja, tanggal=D(2025, 1, 2), penilai=_skp().penilai,
    )  # fmt: skip
    assert isinstance(draft.penilai, PotretPejabatNegara)
    assert draft.penilai.pengenal == BUPATI.kode
    with pytest.raises(InvalidValueError, match=r"^Tandatangan: give the signer's nip or, for a"):
        Tandatangan(None, D(2025, 1, 1))
    with pytest.raises(InvalidTypeError, match=r"^oleh: expected NIP or str"):
        draft.setujui(KADIS, D(2025, 1, 10)).tetapkan(ORG, 12345, D(2025, 1, 20))  # type: ignore[arg-type]
