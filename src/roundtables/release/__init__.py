"""Releases: build ``raw/`` into ``OUT/vX.Y.Z/``, check one, compare two, summarize one.

Every function here is a plain library call returning data or raising a
:mod:`roundtables.errors` exception; the CLI only renders what they return.
The names are loaded on first use, so a build worker that needs only the
record checks imports no Arrow (and starts no Arrow threads before it forks).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_LAZY = {
    "BuildSummary": "roundtables.release.build",
    "build_release": "roundtables.release.build",
    "ReleaseDiff": "roundtables.release.diff",
    "TableDiff": "roundtables.release.diff",
    "diff_releases": "roundtables.release.diff",
    "Info": "roundtables.release.info",
    "release_info": "roundtables.release.info",
    "Problem": "roundtables.release.problems",
    "validate_release": "roundtables.release.validate",
}

if TYPE_CHECKING:
    from roundtables.release.build import BuildSummary, build_release
    from roundtables.release.diff import ReleaseDiff, TableDiff, diff_releases
    from roundtables.release.info import Info, release_info
    from roundtables.release.problems import Problem
    from roundtables.release.validate import validate_release

__all__ = [
    "BuildSummary",
    "Info",
    "Problem",
    "ReleaseDiff",
    "TableDiff",
    "build_release",
    "diff_releases",
    "release_info",
    "validate_release",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'roundtables.release' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
