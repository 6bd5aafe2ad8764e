"""Penilaian kinerja (PermenPANRB 6/2022 Pasal 5 huruf c): the evaluation of an SKP
(:mod:`.evaluasi`) and its append-only record (:mod:`.riwayat`), predikat kinerja organisasi
(:mod:`.capaian`), the kurva distribusi of SE MenPANRB 3/2023 (:mod:`.kurva`), the
distribution check (:mod:`.distribusi`) and proposal (:mod:`.usulan`), and their batch forms
(:mod:`.batch`)."""
