"""The registry of published releases shipped inside the package: every file's SHA-256.

Downloads are checked against this file, never against a manifest fetched from
the server that serves the data, so a tampered mirror cannot vouch for itself.
The format is pooch's (``v1.0.0/claims.parquet sha256:<hex>``, one file a
line), so pooch users can load ``registry.txt`` as it is.
"""

from __future__ import annotations

import hashlib
import re
from importlib.resources import files
from pathlib import Path

from roundtables.errors import ReleaseError

REGISTRY_FILE = "registry.txt"
REGENERATE_COMMAND = "roundtables registry --dist-data dist-data --out src/roundtables/registry.txt"
VERSION_DIR = re.compile(r"^v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
_LINE = re.compile(r"^(?P<name>v[0-9.]+/[^\s]+)\s+sha256:(?P<hex>[0-9a-f]{64})$")
_CHUNK = 1 << 16


def version_key(version: str) -> tuple[int, int, int]:
    """``1.10.0`` sorts after ``1.9.0``."""
    major, minor, patch = (int(p) for p in version.removeprefix("v").split("."))
    return major, minor, patch


def is_version_dir(path: Path) -> bool:
    """A release folder is named ``vX.Y.Z``; anything else in ``dist-data/`` is not a release."""
    return path.is_dir() and VERSION_DIR.match(path.name) is not None


def release_versions(root: Path) -> list[str]:
    """The versions (``1.0.0``, no ``v``) that have a folder under ``root``, oldest first."""
    if not root.is_dir():
        return []
    found = [p.name[1:] for p in root.iterdir() if is_version_dir(p)]
    return sorted(found, key=version_key)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _release_files(folder: Path) -> list[Path]:
    """Every file of a release, hidden files (locks, partial downloads) left out."""
    return sorted(
        (
            p
            for p in folder.rglob("*")
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)
        ),
        key=lambda p: p.relative_to(folder).as_posix(),
    )


def registry_text(dist_data: Path) -> str:
    """The registry of every file of every release under ``dist-data``, oldest version first."""
    lines = []
    for version in release_versions(dist_data):
        folder = dist_data / f"v{version}"
        for path in _release_files(folder):
            name = f"v{version}/{path.relative_to(folder).as_posix()}"
            lines.append(f"{name} sha256:{sha256_file(path)}")
    return "".join(line + "\n" for line in lines)


def parse_registry(text: str, *, source: str | Path | None = None) -> dict[str, str]:
    """``v1.0.0/claims.parquet`` -> hex SHA-256; blank lines and ``#`` comments are skipped."""
    entries: dict[str, str] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = _LINE.match(line)
        name = match.group("name") if match else ""
        if match is None or ".." in name.split("/") or not VERSION_DIR.match(name.split("/")[0]):
            raise ReleaseError(
                f"not a registry line (want `vX.Y.Z/<file> sha256:<hex>`): {line!r}", path=source, line=number
            )
        if name in entries:
            raise ReleaseError(f"{name} is listed twice", path=source, line=number)
        entries[name] = match.group("hex")
    return entries


def shipped_registry() -> dict[str, str]:
    """The registry inside the installed package."""
    resource = files("roundtables").joinpath(REGISTRY_FILE)
    try:
        text = resource.read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise ReleaseError("the package carries no registry of releases", path=str(resource)) from err
    return parse_registry(text, source=str(resource))


def registry_versions(registry: dict[str, str]) -> list[str]:
    """The versions a registry knows, oldest first."""
    return sorted({name.split("/")[0][1:] for name in registry}, key=version_key)


def release_entries(registry: dict[str, str], version: str) -> dict[str, str]:
    """File name inside the release folder -> hex SHA-256, for one version."""
    prefix = f"v{version}/"
    return {name[len(prefix) :]: digest for name, digest in registry.items() if name.startswith(prefix)}


def write_registry(dist_data: Path, out: Path) -> Path:
    """Regenerate the registry file from ``dist-data``."""
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(registry_text(dist_data), encoding="utf-8", newline="\n")
    return out


def check_registry(dist_data: Path, path: Path) -> None:
    """Raise :class:`ReleaseError` naming each line where ``path`` and ``dist-data`` disagree."""
    expected = registry_text(dist_data)
    want = parse_registry(expected, source=dist_data)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    have = parse_registry(text, source=path)
    problems = [f"{n} is not listed" for n in want if n not in have]
    problems += [f"{n} has no file in {dist_data}" for n in have if n not in want]
    problems += [f"{n} has another SHA-256" for n in want if n in have and have[n] != want[n]]
    if not problems and text != expected:
        problems.append("the lines are not in the generated order")
    if problems:
        raise ReleaseError("; ".join(problems) + f"; regenerate with `{REGENERATE_COMMAND}`", path=path)
