"""Benchmarks of birokrasi, each measured against a baseline timed in the same run.

Run ``python -m benchmarks`` (all), ``python -m benchmarks batch`` (one) and add ``--quick``
for a smoke run on smaller data. Not part of ``make test``; see ``docs/performance.md``.
"""
