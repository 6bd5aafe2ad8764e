"""docs/hooks_doctest.py: doctest examples in docstrings render as ``pycon`` code blocks, so
the strict docs build does not read their output as Markdown links."""

from __future__ import annotations

import importlib.util
import inspect
from pathlib import Path
from types import ModuleType, SimpleNamespace

from markdown import Markdown

from birokrasi.periode import periodisasi

HOOK = Path(__file__).resolve().parents[1] / "docs" / "hooks_doctest.py"


def _hook() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_hooks_doctest_under_test", HOOK)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


hook = _hook()


def test_doctest_block_becomes_pycon_fence_and_prose_stays_prose() -> None:
    lines = ["Cut the year.", "", ">>> f(1)", "...     g()", "[1, 2]", "", "After [x]."]
    assert hook.fence_doctests(lines) == [
        "Cut the year.",
        "",
        "```pycon",
        ">>> f(1)",
        "...     g()",
        "[1, 2]",
        "```",
        "",
        "After [x].",
    ]


def test_doctest_right_after_prose_is_separated_by_a_blank_line() -> None:
    assert hook.fence_doctests(["Example:", ">>> x", "1"]) == [
        "Example:",
        "",
        "```pycon",
        ">>> x",
        "1",
        "```",
    ]


def test_existing_fences_are_left_alone() -> None:
    lines = ["````markdown", "```python", ">>> x", "```", "````", "~~~", ">>> y", "~~~"]
    assert hook.fence_doctests(lines) == lines


def test_doctest_after_a_closed_fence_is_fenced() -> None:
    lines = ["```pycon", ">>> x", "```", "", ">>> y"]
    assert hook.fence_doctests(lines) == [*lines[:4], "```pycon", ">>> y", "```"]


def test_fence_is_longer_than_backticks_in_the_output() -> None:
    assert hook.fence_doctests([">>> md()", "'```x```'"]) == [
        "````pycon",
        ">>> md()",
        "'```x```'",
        "````",
    ]


def test_docstring_example_renders_as_code_not_as_block_quote() -> None:
    md = Markdown(extensions=[hook.DoctestExtension(), "pymdownx.superfences"])
    html = md.convert(inspect.getdoc(periodisasi) or "")
    assert "<blockquote>" not in html
    assert '<span class="gp">&gt;&gt;&gt; </span>' in html


def test_extension_is_registered_once_per_config() -> None:
    config = SimpleNamespace(markdown_extensions=["toc"])
    hook.on_config(config)
    hook.on_config(config)
    extensions = config.markdown_extensions
    assert sum(isinstance(e, hook.DoctestExtension) for e in extensions) == 1
