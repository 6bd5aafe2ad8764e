"""MkDocs hook: render doctest examples as ``pycon`` code blocks, in docstrings and pages alike.

mkdocstrings hands docstring text to Markdown as it is and recognises bare ``>>>`` examples only
inside an ``Examples:`` section; anywhere else ``>>>`` lines become nested block quotes and
bracketed output such as ``['a', 'b']`` becomes a reference link that the strict build rejects.
This hook adds a Markdown preprocessor, used by mkdocstrings too because it reads the same
``markdown_extensions``, that fences every doctest block found outside an existing fence. The
docstrings themselves stay plain doctests, so pytest runs them unchanged.
"""

from __future__ import annotations

import re
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor
from mkdocs.plugins import event_priority

_PROMPT = re.compile(r">>>( |$)")
_FENCE = re.compile(r"\s*(`{3,}|~{3,})")
_BACKTICKS = re.compile(r"`+")

# After normalize_whitespace (30), before pymdownx.superfences turns fences into code (25).
_PRIORITY = 28


def fence_doctests(lines: list[str]) -> list[str]:
    """Wrap each doctest block in a ``pycon`` fence and leave every other line as it is.

    A doctest block starts at a line beginning with ``>>>`` and runs, as in :mod:`doctest`, up to
    the next blank line; lines inside an existing fenced code block are never touched.
    """
    out: list[str] = []
    fence: str | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        if fence is None and _PROMPT.match(line):
            end = _block_end(lines, i)
            out.extend(_fenced(lines[i:end], blank_before=bool(out and out[-1].strip())))
            i = end
            continue
        fence = _fence_after(line, fence)
        out.append(line)
        i += 1
    return out


def _block_end(lines: list[str], start: int) -> int:
    end = start
    while end < len(lines) and lines[end].strip():
        end += 1
    return end


def _fenced(block: list[str], *, blank_before: bool) -> list[str]:
    longest = max((len(run) for line in block for run in _BACKTICKS.findall(line)), default=0)
    fence = "`" * max(3, longest + 1)
    return [""] * blank_before + [f"{fence}pycon", *block, fence]


def _fence_after(line: str, fence: str | None) -> str | None:
    """The fence open after ``line``: opened by a fence run, closed by a matching bare one."""
    match = _FENCE.match(line)
    if match is None:
        return fence
    run = match.group(1)
    if fence is None:
        return run
    closes = run[0] == fence[0] and len(run) >= len(fence) and not line[match.end() :].strip()
    return None if closes else fence


class DoctestPreprocessor(Preprocessor):
    """Apply :func:`fence_doctests` to the Markdown source before fences are parsed."""

    def run(self, lines: list[str]) -> list[str]:
        return fence_doctests(lines)


class DoctestExtension(Extension):
    """Markdown extension registering :class:`DoctestPreprocessor`."""

    def extendMarkdown(self, md: Markdown) -> None:
        md.preprocessors.register(DoctestPreprocessor(md), "doctest_fences", _PRIORITY)


@event_priority(100)
def on_config(config: Any, **_: Any) -> Any:
    """Add the extension before mkdocstrings copies the Markdown configuration for docstrings."""
    extensions = config.markdown_extensions
    if not any(isinstance(ext, DoctestExtension) for ext in extensions):
        extensions.append(DoctestExtension())
    return config
