"""Releases: build ``raw/`` into ``OUT/vX.Y.Z/``, check one, compare two, summarize one.

Every function here is a plain library call returning data or raising a
:mod:`roundtables.errors` exception; the CLI only renders what they return.
"""

from __future__ import annotations

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
