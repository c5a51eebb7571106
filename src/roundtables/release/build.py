"""``build_release``: parse every raw file, check every record, publish ``OUT/vX.Y.Z``.

Decisions (the spec leaves them to us):

- Raw files are the ``*.txt`` files of the raw folder, read in name order
  (so the release's row order is stable). Names starting with ``.`` are
  ignored (``.gitkeep``, ``.DS_Store``), and so are the corpus's own files
  (:data:`CORPUS_FILES`: the sources manifest, the dataset metadata, the
  ``gold/`` annotations); any other entry, or a ``.txt`` whose
  stem is not a valid event id, is rejected with a reason, never skipped silently.
- The sources manifest (:mod:`roundtables.provenance`) is checked before
  anything is parsed; each event gets its row's URL, publisher and date.
- ``source_file`` is the raw file's path relative to the current directory
  when it lies under it (the repository root when run from there), with ``/``
  separators; otherwise ``<raw folder name>/<file name>``.
- A file is rejected when the parser cannot read it (:class:`RawTextError`),
  when one of its records fails the models or the published JSON Schema, or
  when its records do not hold together (a claim on an unknown panel, a panel
  member who is not among the people the event names, a span outside the
  text), or when the parser itself fails on it (code ``parser-error``, a bug
  to report): a file's records go in together or not at all. Any rejected file
  fails the build and nothing is written; with ``skip_invalid`` the release is
  written and each rejected file is listed with its reason in ``datapackage.json``.
- Records are streamed event by event into the table writers; the people
  (merged across events) are spilled to temporary files beyond a bound and
  merged at the end (:mod:`roundtables.release.people`).
- Files are parsed and checked over ``jobs`` worker processes (see
  :mod:`roundtables.release.work`) and written in name order, so the bytes
  of a release do not depend on ``jobs``.
"""

from __future__ import annotations

import re
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Literal

from roundtables import DATASET_VERSION
from roundtables.errors import RejectedFilesError, ReleaseError
from roundtables.models import EVENT_ID_PATTERN
from roundtables.provenance import SOURCES_FILE, check_sources, read_sources
from roundtables.release import datapackage, metadata
from roundtables.release.info import Tally
from roundtables.release.people import PeopleMerger
from roundtables.release.problems import Problem
from roundtables.release.records import TABLES, SchemaSet, check_record
from roundtables.release.work import FILES_PER_WORKER, ParseFile, default_jobs, process_files
from roundtables.release.writer import (
    BATCH_ROWS,
    FileStats,
    TableWriter,
    build_lock,
    publish,
    staging_dir,
    write_text_file,
)

SEMVER = re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")
_EVENT_ID = re.compile(EVENT_ID_PATTERN)

ID_RULE = "a letter or digit, then letters, digits, '.', '_' or '-'"
CORPUS_FILES = (SOURCES_FILE, "dataset.toml", "gold")
"""Entries of a raw folder that describe the corpus rather than hold an event text."""

Progress = Callable[[int, int, Path], None]
"""``progress(done, total, path)``: called after each raw file; the library itself prints nothing."""


@dataclass(frozen=True)
class BuildSummary:
    """What a build did: ``written`` a new release, or found it ``unchanged``."""

    version: str
    release: Path
    status: Literal["written", "unchanged"]
    files_read: int
    records: dict[str, int]
    rejected: tuple[Problem, ...]
    seconds: dict[str, float] = field(default_factory=dict)
    """Time by stage: ``parse`` (read, decode, hash and parse) and ``check``, summed over
    workers; ``write`` and ``total``, wall clock in this process."""


def check_version(version: str) -> str:
    """``version`` if it is semver ``X.Y.Z``; else a :class:`ReleaseError`."""
    if not SEMVER.match(version):
        raise ReleaseError(f"version {version!r} is not of the form X.Y.Z (e.g. 1.0.0)")
    return version


def source_file_for(path: Path, raw: Path, cwd: Path | None = None) -> str:
    """The ``source_file`` of a raw file (see the module docstring); ``cwd``, the resolved working
    directory, saves resolving it again for each of many files."""
    try:
        return path.resolve().relative_to(cwd or Path.cwd().resolve()).as_posix()
    except ValueError:
        return f"{raw.resolve().name}/{path.name}"


def raw_files(raw: Path) -> tuple[list[tuple[Path, str]], list[Problem]]:
    """The raw texts of ``raw`` in name order with their ``source_file``, and the entries that are
    not raw texts."""
    if not raw.is_dir():
        raise ReleaseError("raw folder not found", path=raw)
    files: list[tuple[Path, str]] = []
    rejected: list[Problem] = []
    cwd = Path.cwd().resolve()
    for path in sorted(raw.iterdir(), key=lambda p: p.name):
        if path.name.startswith(".") or path.name in CORPUS_FILES:
            continue
        source = source_file_for(path, raw, cwd)
        if not path.is_file() or path.suffix != ".txt":
            rejected.append(
                Problem("not-raw-text", source, "the raw folder holds only event texts named <event_id>.txt")
            )
        elif not _EVENT_ID.match(path.stem):
            rejected.append(Problem("bad-id", source, f"{path.stem!r} is not a valid event id ({ID_RULE})"))
        else:
            files.append((path, source))
    if not files and not rejected:
        raise ReleaseError("no raw files (*.txt) in the raw folder", path=raw)
    return files, rejected


def _rejected_error(rejected: list[Problem], total: int) -> ReleaseError:
    listing = "".join(f"\n  {r}" for r in rejected)
    return RejectedFilesError(
        f"no release written: {len(rejected)} of {total} raw files rejected "
        f"(fix them, or build with --skip-invalid to publish without them):{listing}"
    )


def build_release(
    raw: Path,
    out: Path,
    version: str = DATASET_VERSION,
    *,
    skip_invalid: bool = False,
    progress: Progress | None = None,
    schema_dir: Path | None = None,
    parse: ParseFile | None = None,
    batch_rows: int = BATCH_ROWS,
    jobs: int | None = None,
) -> BuildSummary:
    """Build ``out/v<version>`` from the raw texts in ``raw`` (see the module docstring).

    ``schema_dir`` is the published JSON Schema (default ``./schema`` when
    present, else the schema the models generate); ``parse`` replaces the
    parser (tests; picklable when ``jobs`` > 1); ``jobs`` is the number of
    worker processes (None: one per core, fewer for a small corpus; 1: parse
    in this process). Raises
    :class:`ReleaseError` when files are rejected (unless ``skip_invalid``),
    :class:`ReleaseExistsError` when the version is published with other
    content, :class:`ReleaseLockedError` when another build holds ``out``.
    """
    check_version(version)
    started = time.perf_counter()
    schemas = SchemaSet.published(schema_dir)
    sources, rejected = raw_files(raw)
    manifest = read_sources(raw)
    check_sources(manifest, [p.stem for p, _ in sources], raw)
    total = len(sources) + len(rejected)
    workers = min(jobs, len(sources)) if jobs else min(default_jobs(), len(sources) // FILES_PER_WORKER or 1)
    seconds = {"parse": 0.0, "check": 0.0, "write": 0.0}
    with build_lock(out):
        staging = staging_dir(out, version)
        writers: list[TableWriter] = []
        try:
            tally = Tally()  # counts each batch as it is written, for the dataset card
            writers = [
                TableWriter(staging, t, batch_rows=batch_rows, on_batch=partial(tally.count_batch, t))
                for t in TABLES
            ]
            by_table = dict(zip(TABLES, writers, strict=True))
            merger = PeopleMerger()
            results = process_files(sources, parse, schemas, workers, manifest)
            for done, result in enumerate(results, start=1):
                seconds["parse"] += result.seconds.get("parse", 0.0)
                seconds["check"] += result.seconds.get("check", 0.0)
                if result.problem is not None:
                    rejected.append(result.problem)
                else:
                    wrote = time.perf_counter()
                    for table, line in result.lines:
                        by_table[table].write(line)
                    merger.add(result.event_id, result.people, sources[done - 1][1])
                    seconds["write"] += time.perf_counter() - wrote
                if progress is not None:
                    progress(done, len(sources), result.path)
            rejected.sort(key=lambda r: r.path)
            if rejected and not skip_invalid:
                raise _rejected_error(rejected, total)
            wrote = time.perf_counter()
            for person, source in merger.records():
                by_table["people"].write(check_record(schemas, "people", person, source_file=source))
            stats = {w.table: w.close() for w in writers}
            seconds["write"] += time.perf_counter() - wrote
            schema_stats = [write_text_file(staging / n, t) for n, t in schemas.files().items()]
            desc = datapackage.descriptor(version, stats, schema_stats, [r.as_json() for r in rejected])
            # the corpus's metadata, accuracy, card (from the records counted as written), Croissant
            desc = metadata.complete(staging, desc, raw, tally.info(staging, version))
            write_text_file(staging / datapackage.DESCRIPTOR_NAME, datapackage.render(desc))
            status = publish(staging, out / f"v{version}")
        except BaseException:
            for writer in writers:
                writer.abort()
            shutil.rmtree(staging, ignore_errors=True)
            raise
    return BuildSummary(
        version=version,
        release=out / f"v{version}",
        status=status,
        files_read=total,
        records={t: jsonl.rows or 0 for t, (jsonl, _) in stats.items()},
        rejected=tuple(rejected),
        seconds={**seconds, "total": time.perf_counter() - started},
    )


__all__ = ["BuildSummary", "FileStats", "Progress", "build_release", "check_version"]
