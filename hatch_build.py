"""Hatch build hook: the wheel carries the latest ``dist-data/vX.Y.Z/`` as ``roundtables/_release/vX.Y.Z/``.

It also carries the raw folder the release is built from (``raw/``: the texts,
``sources.tsv``, ``dataset.toml`` and the ``gold/`` annotations) as
``roundtables/_raw/``, so ``roundtables.raw_text(event_id)`` and
``roundtables evaluate`` work after a pip install, and ``CITATION.cff`` as
``roundtables/CITATION.cff``. The latest release is found at build time, so
publishing a release needs no edit here or in pyproject.toml. Editable
installs read ``dist-data/`` and ``raw/`` in place instead.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

VERSION_DIR = re.compile(r"^v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")


def visible_files(folder: Path) -> list[Path]:
    """Every file under ``folder`` but hidden ones (locks, partial downloads, editor files)."""
    return [
        path
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    ]


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
        shipped = {f"roundtables/_release/{latest.name}": latest, "roundtables/_raw": Path(self.root) / "raw"}
        for target, folder in shipped.items():
            for path in visible_files(folder) if folder.is_dir() else []:
                build_data["force_include"][str(path)] = f"{target}/{path.relative_to(folder).as_posix()}"
        citation = Path(self.root) / "CITATION.cff"
        if citation.is_file():
            build_data["force_include"][str(citation)] = "roundtables/CITATION.cff"
