"""Loading public names is safe under concurrent first use (a web server's threads).

Each run starts a fresh interpreter in which 16 threads, released together, each load a
random draw of public names from ``birokrasi`` and from the subpackage faces. Any exception
(deadlock, partial module, missing name) fails the test. ``BIROKRASI_STRES=<runs>`` (set by
``make stres``) makes the run bigger; the default takes a few seconds.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

_PROGRAM = r"""
import importlib, random, sys, threading
import birokrasi
from birokrasi import _publik

nama = sorted(_publik.ASAL) + sorted(_publik.USANG)
acak = random.Random(int(sys.argv[1]))
galat = []
pintu = threading.Barrier(16)

def kerja(pilihan):
    pintu.wait()
    for n in pilihan:
        try:
            modul = _publik.ASAL.get(n) or _publik.USANG[n]
            paket = importlib.import_module(".".join(modul.split(".")[:2]))
            assert getattr(birokrasi, n) is getattr(importlib.import_module(modul), n)
            if n in getattr(paket, "__all__", ()):
                assert getattr(paket, n) is getattr(birokrasi, n)
        except BaseException as e:
            galat.append(f"{n}: {type(e).__name__}: {e}")

utas = [threading.Thread(target=kerja, args=(acak.sample(nama, 24),)) for _ in range(16)]
for u in utas:
    u.start()
for u in utas:
    u.join()
print(len(galat))
print("\n".join(galat[:5]))
"""

JALAN = int(os.environ.get("BIROKRASI_STRES", "8"))


@pytest.mark.parametrize("benih", range(JALAN))
def test_nama_publik_dimuat_serentak_tanpa_galat(benih: int) -> None:
    hasil = subprocess.run(
        [sys.executable, "-c", _PROGRAM, str(benih)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert hasil.returncode == 0, hasil.stderr[-2000:]
    assert hasil.stdout.split("\n")[0] == "0", hasil.stdout
