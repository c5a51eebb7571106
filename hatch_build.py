"""Hatch build hook: the wheel carries the latest ``dist-data/vX.Y.Z/`` as ``roundtables/_release/vX.Y.Z/``.

The latest is found at build time, so publishing a release needs no edit here
or in pyproject.toml. Editable installs read ``dist-data/`` in place instead.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

VERSION_DIR = re.compile(r"^v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")


def latest_release(dist_data: Path) -> Path | None:
    if not dist_data.is_dir():
        return None
    releases = [p for p in dist_data.iterdir() if p.is_dir() and VERSION_DIR.match(p.name)]
    return max(releases, key=lambda p: tuple(int(x) for x in p.name[1:].split(".")), default=None)


class ShippedReleaseHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        latest = latest_release(Path(self.root) / "dist-data")
        if latest is None:
            raise RuntimeError(
                "dist-data/ holds no release (vX.Y.Z/): run `roundtables build` before building the wheel"
            )
        target = f"roundtables/_release/{latest.name}"
        for path in sorted(latest.rglob("*")):
            relative = path.relative_to(latest)
            if path.is_file() and not any(part.startswith(".") for part in relative.parts):
                build_data["force_include"][str(path)] = f"{target}/{relative.as_posix()}"
