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
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from roundtables.errors import InputError, RecordError, ReleaseError
from roundtables.registry import VERSION_DIR, release_versions, sha256_file

if TYPE_CHECKING:  # imported where used: table() needs neither pydantic nor the models
    import pyarrow as pa

    from roundtables.models import Claim, Event, Panel, Person, Record, SpeakerKind

TABLES = ("events", "panels", "people", "claims")
"""The tables of a release (the keys of ``roundtables.models.RECORD_TYPES``)."""

PACKAGED_RELEASE = "_release"
"""Folder inside the installed package that holds ``vX.Y.Z/`` of the latest release."""
PACKAGED_RAW = "_raw"
"""Folder inside the installed package that holds the raw folder the shipped release was built from."""

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


def shipped_raw() -> Path | None:
    """The raw folder the shipped release was built from: the package's copy, else (in a source
    checkout) the repository's ``raw/``; None when this installation carries none."""
    packaged = files("roundtables").joinpath(PACKAGED_RAW)
    if packaged.is_dir():
        return Path(str(packaged))
    repo = Path(__file__).resolve().parents[2]
    if (repo / "pyproject.toml").is_file() and (repo / "raw").is_dir():
        return repo / "raw"
    return None


def shipped_version() -> str | None:
    """The version read when none is asked for; None when this installation carries no release."""
    root = shipped_root()
    versions = release_versions(root) if root is not None else []
    return versions[-1] if versions else None


def release_dir(
    version: str | None = None, *, path: str | Path | None = None, files: list[str] | None = None
) -> Path:
    """The folder of a release on disk, for any tool that reads Parquet or JSON Lines.

    ``version=None`` is the release shipped in the package (no network); the
    shipped version asked by number is the same folder. Another version is
    the cache's copy, downloaded and verified first when missing (all files, or
    only ``files``). ``path=`` is returned as given once it is a folder.
    """
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
    if path is not None:
        stat = target.stat()
        _check_declared(target.resolve(), (stat.st_mtime_ns, stat.st_size))
    return target


@functools.lru_cache(maxsize=64)
def _check_declared(target: Path, _stamp: tuple[int, int]) -> None:
    """A file read with ``path=`` must have the size and SHA-256 its folder's datapackage.json declares.

    (Downloaded files are checked against the registry shipped in the package
    instead; a folder whose descriptor declares no hash for a file is read as is.)
    """
    descriptor = target.parent / "datapackage.json"
    try:
        declared = json.loads(descriptor.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReleaseError("not a release folder: no datapackage.json", path=target.parent) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ReleaseError(f"datapackage.json is not JSON ({err})", path=descriptor) from None
    resources = declared.get("resources") if isinstance(declared, dict) else None
    entry = next((r for r in resources or [] if isinstance(r, dict) and r.get("path") == target.name), None)
    want = entry.get("hash") if entry else None
    if not isinstance(want, str):
        return
    have = "sha256:" + sha256_file(target)
    if have != want:
        raise ReleaseError(
            f"{have}, but datapackage.json says {want}: the file changed since the release was written "
            "(run `roundtables validate` on the folder)",
            path=target,
        )


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
    ``US``) or kind (``individual``/``group``), with this cue (``argue``) or from this event.

    A value no claim can have (``kind="groups"``, ``nationality="USA"``, an unknown
    event) raises :class:`InputError` (``bad-filter``) listing the allowed values.
    """
    from roundtables.models import Claim

    found = _records("claims", Claim, version, path)
    if kind is not None:
        _allowed("kind", kind, ("individual", "group"))
        found = [c for c in found if c.speaker.kind == kind]
    if nationality is not None:
        from roundtables.vocabulary import nationality_codes

        code = nationality.upper()
        _allowed(
            "nationality", code, {*nationality_codes(), *(c.speaker.nationality or "" for c in found)} - {""}
        )
        found = [c for c in found if c.speaker.nationality == code]
    if cue is not None:
        from roundtables.vocabulary import cue_values

        _allowed("cue", cue.lower(), {*cue_values(), *(c.cue or "" for c in found)} - {""})
        found = [c for c in found if c.cue == cue.lower()]
    if event_id is not None:
        _allowed("event_id", event_id, [e.event_id for e in events(version, path=path)])
        found = [c for c in found if c.event_id == event_id]
    return found


def _allowed(name: str, value: str, allowed: Iterable[str]) -> None:
    """:class:`InputError` listing ``allowed`` unless ``value`` is among them."""
    values = sorted(set(allowed))
    if value not in values:
        raise InputError(
            f"{name}={value!r} matches nothing this field can hold; allowed: {', '.join(values)}",
            code="bad-filter",
        )


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


def raw_text(
    event_id: str,
    version: str | None = None,
    *,
    path: str | Path | None = None,
    raw: str | Path | None = None,
) -> str:
    """The decoded raw text of one event, as its offsets count: ``text[c.sentence_start:c.sentence_end]``.

    Read from ``raw`` (default: the raw texts shipped in the package) and
    checked against the event's ``source_sha256``, so offsets never point into
    another text than the one the release was built from.
    """
    match = [e for e in events(version, path=path) if e.event_id == event_id]
    if not match:
        raise ReleaseError(f"no event {event_id!r} in this release")
    folder = Path(raw) if raw is not None else shipped_raw()
    if folder is None:
        raise ReleaseError("this installation carries no raw texts; pass raw= the folder holding them")
    source = folder / f"{event_id}.txt"
    if not source.is_file():
        raise ReleaseError(
            "no raw text for this event here (the package carries the raw texts of the release it ships; "
            "for another corpus pass raw=)",
            path=source,
        )
    data = source.read_bytes()
    if hashlib.sha256(data).hexdigest() != match[0].source_sha256:
        raise ReleaseError(
            f"not the text event {event_id} was built from (its SHA-256 differs from source_sha256)",
            path=source,
        )
    return source.read_text(encoding="utf-8")


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
