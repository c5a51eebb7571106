"""Read a release as typed records or as an Arrow table.

``version=None`` reads the release shipped inside the installed package (no
network). Another version is read from the per-user cache and downloaded
there first when missing (see :mod:`roundtables.fetch`). ``path=`` reads a
release folder on disk, such as one written by ``roundtables download --dest``.

pandas and polars (optional extras ``roundtables[pandas]``, ``roundtables[polars]``)
start from the Arrow table::

    roundtables.table("claims").to_pandas()
    polars.from_arrow(roundtables.table("claims"))
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from roundtables.errors import RecordError, ReleaseError
from roundtables.registry import VERSION_DIR, release_versions

if TYPE_CHECKING:  # imported where used: table() needs neither pydantic nor the models
    import pyarrow as pa

    from roundtables.models import Claim, Event, Panel, Person, Record, SpeakerKind

TABLES = ("events", "panels", "people", "claims")
"""The tables of a release (the keys of ``roundtables.models.RECORD_TYPES``)."""

PACKAGED_RELEASE = "_release"
"""Folder inside the installed package that holds ``vX.Y.Z/`` of the latest release."""

R = TypeVar("R", bound="Record")


def shipped_root() -> Path | None:
    """The folder holding the shipped ``vX.Y.Z/``: the package's own copy, else (in a source
    checkout) the repository's ``dist-data/``."""
    packaged = files("roundtables").joinpath(PACKAGED_RELEASE)
    if packaged.is_dir():
        return Path(str(packaged))
    repo = Path(__file__).resolve().parents[2]
    if (repo / "pyproject.toml").is_file() and (repo / "dist-data").is_dir():
        return repo / "dist-data"
    return None


def shipped_version() -> str | None:
    """The version read when none is asked for; None when this installation carries no release."""
    root = shipped_root()
    versions = release_versions(root) if root is not None else []
    return versions[-1] if versions else None


def release_dir(
    version: str | None = None, *, path: str | Path | None = None, files: list[str] | None = None
) -> Path:
    """The folder to read ``files`` of a release from, downloading them into the cache if needed."""
    if path is not None:
        if version is not None:
            raise ReleaseError("give a version or a path, not both", path=path)
        folder = Path(path)
        if not folder.is_dir():
            raise ReleaseError("no release folder here", path=folder)
        return folder
    root = shipped_root()
    if version is None:
        shipped = shipped_version()
        if root is None or shipped is None:
            raise ReleaseError(
                "this installation carries no release; fetch one with roundtables.download(VERSION) "
                "or read a folder with path="
            )
        return root / f"v{shipped}"
    from roundtables.fetch import download, normalize_version

    version = normalize_version(version)
    if root is not None and VERSION_DIR.match(f"v{version}") and (root / f"v{version}").is_dir():
        return root / f"v{version}"
    return download(version, files=files)


def _file(name: str, suffix: str, version: str | None, path: str | Path | None) -> Path:
    if name not in TABLES:
        raise ReleaseError(f"no table {name!r}; the tables are {', '.join(TABLES)}")
    filename = f"{name}.{suffix}"
    target = release_dir(version, path=path, files=[filename]) / filename
    if not target.is_file():
        raise ReleaseError("the release has no such file", path=target)
    return target


@functools.lru_cache(maxsize=16)
def _parse(path: Path, table: str, _stamp: tuple[int, int]) -> tuple[Record, ...]:
    from pydantic import ValidationError

    from roundtables.models import RECORD_TYPES

    model = RECORD_TYPES[table]
    records = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            try:
                records.append(model.model_validate_json(line))
            except ValidationError as err:
                first = err.errors()[0]
                where = ".".join(str(p) for p in first["loc"]) or "record"
                raise RecordError(f"{where}: {first['msg']}", path=path, line=number) from None
    return tuple(records)


def _records(table: str, model: type[R], version: str | None, path: str | Path | None) -> list[R]:
    """The records of one table, parsed once per file and handed out as a fresh list."""
    source = _file(table, "jsonl", version, path)
    stat = source.stat()
    parsed = _parse(source.resolve(), table, (stat.st_mtime_ns, stat.st_size))
    return [r for r in parsed if isinstance(r, model)]


def events(version: str | None = None, *, path: str | Path | None = None) -> list[Event]:
    """Every event of a release."""
    from roundtables.models import Event

    return _records("events", Event, version, path)


def panels(version: str | None = None, *, path: str | Path | None = None) -> list[Panel]:
    """Every panel of a release."""
    from roundtables.models import Panel

    return _records("panels", Panel, version, path)


def people(version: str | None = None, *, path: str | Path | None = None) -> list[Person]:
    """Every person of a release."""
    from roundtables.models import Person

    return _records("people", Person, version, path)


def claims(
    version: str | None = None,
    *,
    path: str | Path | None = None,
    nationality: str | None = None,
    kind: SpeakerKind | None = None,
    cue: str | None = None,
    event_id: str | None = None,
) -> list[Claim]:
    """The claims of a release, optionally only those whose speaker has this nationality (ISO code,
    ``US``) or kind (``individual``/``group``), with this cue (``argue``) or from this event."""
    from roundtables.models import Claim

    found = _records("claims", Claim, version, path)
    if nationality is not None:
        found = [c for c in found if c.speaker.nationality == nationality.upper()]
    if kind is not None:
        found = [c for c in found if c.speaker.kind == kind]
    if cue is not None:
        found = [c for c in found if c.cue == cue.lower()]
    if event_id is not None:
        found = [c for c in found if c.event_id == event_id]
    return found


def table(name: str, version: str | None = None, *, path: str | Path | None = None) -> pa.Table:
    """One table (``events``, ``panels``, ``people`` or ``claims``) as a pyarrow Table, from Parquet.

    Read with ``ParquetFile``, not ``read_table``: the latter goes through ``pyarrow.dataset``,
    which imports pandas when it is installed (half a second, for nothing).
    """
    import pyarrow.parquet as pq

    source = _file(name, "parquet", version, path)
    try:
        with pq.ParquetFile(source) as handle:
            return handle.read()
    except OSError as err:
        raise ReleaseError(f"not a readable Parquet file: {err}", path=source) from None


@dataclass(frozen=True)
class EventRecords:
    """One event with everything attached to it."""

    event: Event
    panels: list[Panel]
    people: list[Person]
    claims: list[Claim]


def event(event_id: str, version: str | None = None, *, path: str | Path | None = None) -> EventRecords:
    """One event with its panels, the people on them (in panel order) and its claims (in text order)."""
    match = [e for e in events(version, path=path) if e.event_id == event_id]
    if not match:
        raise ReleaseError(f"no event {event_id!r} in this release")
    its_panels = [p for p in panels(version, path=path) if p.event_id == event_id]
    by_id = {p.person_id: p for p in people(version, path=path)}
    order = list(dict.fromkeys(m.person_id for p in its_panels for m in p.members))
    order += sorted(pid for pid, p in by_id.items() if event_id in p.event_ids and pid not in order)
    return EventRecords(
        event=match[0],
        panels=its_panels,
        people=[by_id[pid] for pid in order if pid in by_id],
        claims=claims(version, path=path, event_id=event_id),
    )
