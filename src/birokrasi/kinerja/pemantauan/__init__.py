"""Pemantauan dan pembinaan kinerja (PermenPANRB 6/2022 Pasal 5 huruf b): the events of the
year (:mod:`.peristiwa`), their append-only journal (:mod:`.jurnal`), who may record what
(:mod:`.kewenangan`) and the checks of documentation, dialogues and pembinaan
(:mod:`.pemeriksaan`). Imported after :mod:`birokrasi.kinerja.penilaian`, because the
pembinaan and coverage checks read evaluations."""
