"""Tindak lanjut hasil evaluasi kinerja (PermenPANRB 6/2022 Pasal 5 huruf d): recognition
(:mod:`.penghargaan`), the poor-performance chain (:mod:`.kinerja_rendah`) and objections to
an evaluation (:mod:`.keberatan`, PP 30/2019 Pasal 59)."""
