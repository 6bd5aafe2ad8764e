"""A short run of the fuzzer (``make fuzz`` runs it for minutes): every public callable is
called with typed and hostile arguments, and only the library's own errors may escape."""

from __future__ import annotations

import os

import fuzz_publik

DETIK = float(os.environ.get("BIROKRASI_FUZZ_DETIK", "0"))
"""Seconds beyond the one round every target gets (``BIROKRASI_FUZZ_DETIK``; 0 in
``make test``, where the round takes about 10 s)."""


def test_hanya_galat_pustaka_yang_lolos() -> None:
    hasil = fuzz_publik.jalankan(DETIK, benih=0, contoh=2, cetak=False)
    temuan = [
        f"{t.sasaran}: {t.galat}: {t.pesan} at {t.lokasi}: {t.contoh}"
        for t in hasil.temuan.values()
    ]
    assert temuan == []
    assert hasil.galat_fuzzer == {}
    # Every target is called; hypothesis may end a target's round after one call when its
    # strategy has drawn every distinct argument set it can (seen once in a full run).
    daftar = fuzz_publik.sasaran()
    assert [s.nama for s in daftar if hasil.dipanggil[s.nama] == 0] == []
    assert hasil.panggilan >= 1.9 * len(daftar)


def test_setiap_sasaran_dipanggil() -> None:
    """The targets are the public names (functions, classes and their public methods and
    properties), each with its parameters' types resolved."""
    daftar = {s.nama: s for s in fuzz_publik.sasaran()}
    assert {"periksa_skp", "Periode", "Periode.tahun", "Instansi.pejabat_penilai"} <= set(daftar)
    assert "ke_siasn" in daftar  # birokrasi.siasn, outside birokrasi.__all__
    assert "penilaian_dari_siasn" in daftar  # birokrasi.siasn_baca, likewise
    assert not any(n.startswith(("dari_data", "ke_data")) for n in daftar)  # serial: elsewhere
    assert [p.nama for p in daftar["batas_keberatan"].parameter] == [
        "diterima",
        "hari",
        "hari_kerja",
        "libur",
    ]
