# Two entry points for a new user: `make demo` and `make test`. `make bench` runs the benchmarks,
# `make fuzz` the fuzzers of the public API and of serial documents, `make mutation` mutation
# testing of the rule modules (not part of `make test`: it takes tens of minutes).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
# The demo needs the library only (attrs, python-dateutil), not the dev toolchain.
DEMO_STAMP := $(VENV)/.demo-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: demo test bench fuzz stres mutation pesan clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev,docs,testing,plot,kolom]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

$(DEMO_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	rm -f $(VENV)/.demo-*
	touch $(DEMO_STAMP)

# `make demo BAGIAN="penilaian karier"` shows only those sections.
BAGIAN ?=
demo: $(DEMO_STAMP)
	$(BIN)/python -m birokrasi $(BAGIAN)

# The docs build has no --quiet: that hides warnings from the count that makes --strict fail.
test: $(STAMP)
	$(BIN)/python -m coverage erase
	$(BIN)/python -m coverage run -m pytest
	$(BIN)/python -m coverage report
	$(BIN)/python -m mypy --strict src
	$(BIN)/ruff check src tests docs $(wildcard benchmarks)
	$(BIN)/ruff format --check src tests docs $(wildcard benchmarks)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir $(VENV)/site

# The engines benchmark needs PySpark (about 300 MB) and a Java runtime; Spark is skipped, with
# the reason, when either is missing.
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[mesin]' || echo "PySpark not installed: Spark is skipped"
	$(BIN)/python -m benchmarks

# Every public callable with typed and hostile arguments, then serial.dari_data over mutated
# documents, DETIK seconds each; only library errors may escape (make test runs a short round
# of both). `make fuzz DETIK=60 BENIH=1` for another run.
DETIK ?= 600
BENIH ?= 0
fuzz: $(STAMP)
	$(BIN)/python tests/fuzz/fuzz_publik.py --detik $(DETIK) --benih $(BENIH)
	$(BIN)/python -m tests.fuzz_serial --detik $(DETIK) --benih $(BENIH)

# Concurrent first use of public names in 400 fresh interpreters (make test runs 8).
stres: $(STAMP)
	BIROKRASI_STRES=400 $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_impor_serentak.py

# mutmut over the rule modules of sistem_kerja, kinerja and karier (ADR 0009); resumes where the
# last run stopped and prints the per-module table. `make mutation MODUL=kinerja/predikat` re-runs
# one module (several separated by spaces); ANAK sets the worker processes.
MODUL ?=
ANAK ?= 2
mutation: $(STAMP)
	$(BIN)/python tests/mutasi/jalankan.py --anak $(ANAK) $(MODUL)

# The message catalogues (ADR 0017): extract the templates with Babel, update the translations'
# .po files and compile the .mo files the wheel ships. Run it after changing a template or a
# translation; make test fails when it was not run.
pesan: $(STAMP)
	$(BIN)/python tests/katalog_pesan.py

clean:
	rm -rf $(VENV) site .coverage .mypy_cache .ruff_cache mutants
