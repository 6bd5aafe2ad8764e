"""Hypothesis profiles: ``ci`` (deterministic, no deadline), ``local`` (more examples) and
``mutasi`` (deterministic, few examples).

CI sets ``HYPOTHESIS_PROFILE=ci`` (see ``.ci/run``); ``make test`` defaults to ``ci`` too so a
landing never flakes. Hunt for bugs with ``HYPOTHESIS_PROFILE=local``. The mutation runner
(``tests/mutasi/jalankan.py``, ADR 0009) selects ``mutasi``: each mutant runs the tests that
call its function, and a property test of 100 examples made the hypothesis-heavy modules
(``usulan``, ``kurva``) hours long; with 10 derandomized examples a property still runs its
``@example`` cases and its simplest draws, and the example tests pin the rules.
"""

import os
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

from birokrasi.pesan import pakai_bahasa

settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=100,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "local",
    deadline=None,
    max_examples=1000,
    print_blob=True,
)
settings.register_profile(
    "mutasi",
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=10,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True)
def _bahasa_inggris(request: pytest.FixtureRequest) -> Iterator[None]:
    """Messages render in English in this suite: its assertions on messages were written
    against the English templates (the ``msgid``). The Indonesian default is tested where a
    test is marked ``bahasa_baku`` (it runs in the default language), by the catalogue tests
    (``tests/test_pesan.py``: every message kode in both languages) and by the docs' examples,
    which run in the default language."""
    if request.node.get_closest_marker("bahasa_baku"):
        yield
        return
    with pakai_bahasa("en"):
        yield
