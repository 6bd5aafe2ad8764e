"""The example agency: a fictional *Dinas Komunikasi dan Informatika Kabupaten Contoh* through
one performance year, as pure data for the demo, the docs and the tests.

One module per part of the year, each building on the one before:

* :mod:`.struktur`: units, pegawai, placements and delegations (:func:`instansi`), and
  the NIPs of the people the story follows (``DEWI``, ``KEPALA_DINAS``...);
* :mod:`.sistem_kerja`: tim kerja formed, a member moved (``tim_kerja()``);
* :mod:`.kompetensi`: competency standards, assessments, a team's needs and a staffing
  proposal (``usulan_satu_data()``);
* :mod:`.penyederhanaan`: the structure of 2021, before penyetaraan
  (``instansi_sebelum()``), compared with today's (``perbandingan()``);
* :mod:`.skp`: the 2025 SKPs, cascaded into a pohon kinerja (``skp()``);
* :mod:`.umpan_balik`: a year of feedback and dialogues for one JF;
* :mod:`.penilaian`: the year-end evaluations and the distribution check and correction;
* :mod:`.karier`: one JF's angka kredit and projection, and a keberatan;
* :mod:`.tahun_kinerja`: the whole year as one value (``tahun_2025()``).

Each module declares its data the way an agency's records hold it: tables of library values
(``Pegawai``, ``TimKerja``, ``RencanaHasilKerja``...) or of small named rows, each turned into
the library's values by one short function. Each also has a ``bagian_*()`` function giving the
lines ``python -m birokrasi`` prints.

>>> from birokrasi import contoh
>>> contoh.instansi().nama == contoh.NAMA_INSTANSI
True
"""

from birokrasi.contoh.struktur import NAMA_INSTANSI, TANGGAL_DEMO, instansi

__all__ = ["NAMA_INSTANSI", "TANGGAL_DEMO", "instansi"]
