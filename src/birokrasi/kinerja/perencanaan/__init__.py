"""Perencanaan kinerja (PermenPANRB 6/2022 Pasal 5 huruf a): the SKP (:mod:`.skp`), its
indicators and targets (:mod:`.target`), perilaku kerja and BerAKHLAK (:mod:`.perilaku`), the
pohon kinerja (:mod:`.pohon`), the deadline policy (:mod:`.tenggat`) and the checks that apply
the stage's rules (:mod:`.pemeriksaan`)."""
