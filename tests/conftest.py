"""Hypothesis profiles: ``ci`` (deterministic, no deadline) and ``local`` (more examples).

CI sets ``HYPOTHESIS_PROFILE=ci`` (see ``.ci/run``); ``make test`` defaults to ``ci`` too so a
landing never flakes. Hunt for bugs with ``HYPOTHESIS_PROFILE=local``.
"""

import os

from hypothesis import HealthCheck, settings

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
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
