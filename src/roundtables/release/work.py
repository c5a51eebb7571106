"""One raw file's work in a build: parse, hold together, check every record; in this process or a worker.

The work of a file depends on nothing but the file, so files can be spread
over worker processes; the builder writes their results in name order, which
makes a release's bytes the same whatever the number of workers. Whatever
goes wrong with a file comes back as a :class:`Problem` naming it, never as
an exception, so a worker's failure is reported like any other.

Workers start from a fork server that has imported the parser once (it takes
seconds: the parser compiles large patterns), each checks a few files at a time
(:data:`FILES_PER_TASK`) and is replaced after :data:`TASKS_PER_WORKER` files, so a
worker's memory is bounded whatever the corpus.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import ValidationError

from roundtables.errors import RawTextError, RecordError, ReleaseError
from roundtables.provenance import Source, with_source
from roundtables.release.people import PersonEntry
from roundtables.release.problems import Problem
from roundtables.release.records import SchemaSet, check_record

if TYPE_CHECKING:  # the parser is imported where it runs: in a worker, or here for one job
    from roundtables.parse.result import ParsedEvent

TASKS_PER_WORKER = 500
"""Files a worker parses before a fresh one takes its place (bounds a worker's memory)."""
FILES_PER_WORKER = 100
"""By default a worker starts only for each 100 files: starting one costs a second or two (the parser's
import), about what parsing 100 files takes, so a small corpus is parsed in the builder's own process."""
FILES_PER_TASK = 10
"""Files a worker takes at once: handing out one file at a time cost the builder more than writing it."""
IN_FLIGHT_PER_WORKER = 2
"""Tasks handed out ahead per worker: enough to keep workers busy, few enough to bound the parent's memory."""


Manifest = dict[str, Source]
"""The manifest's rows by event id (``sources.tsv``)."""


class ParseFile(Protocol):
    def __call__(self, path: Path, *, source_file: str) -> ParsedEvent: ...


@dataclass(frozen=True)
class FileResult:
    """What one raw file gives the builder: its JSONL lines by table and its people, or a problem."""

    path: Path
    event_id: str
    lines: tuple[tuple[str, str], ...] = ()
    people: tuple[PersonEntry, ...] = ()
    problem: Problem | None = None
    seconds: dict[str, float] = field(default_factory=dict)


def coherence(parsed: ParsedEvent, event_id: str, source_file: str) -> list[str]:
    """How the records of one event fail to hold together (ids, references, spans); empty when they do."""
    event = parsed.event
    problems = []
    if event.event_id != event_id:
        problems.append(f"event_id {event.event_id!r} is not the file's stem {event_id!r}")
    if event.source_file != source_file:
        problems.append(f"source_file {event.source_file!r} should be {source_file!r}")
    panel_ids = [p.panel_id for p in parsed.panels]
    if len(panel_ids) != len(set(panel_ids)):
        problems.append("two panels share an id")
    named = {m.person_id for m in parsed.people}
    members = {m.person_id for p in parsed.panels for m in p.members}
    for panel in parsed.panels:
        if panel.event_id != event_id:
            problems.append(f"panel {panel.panel_id} belongs to event {panel.event_id!r}")
    if members - named:
        problems.append(f"panel members without a person record: {', '.join(sorted(members - named))}")
    if named - members:
        problems.append(f"people on no panel: {', '.join(sorted(named - members))}")
    claim_ids = [c.claim_id for c in parsed.claims]
    if len(claim_ids) != len(set(claim_ids)):
        problems.append("two claims share an id")
    for claim in parsed.claims:
        if claim.event_id != event_id:
            problems.append(f"claim {claim.claim_id} belongs to event {claim.event_id!r}")
        if claim.panel_id not in panel_ids:
            problems.append(f"claim {claim.claim_id} is on unknown panel {claim.panel_id}")
        if claim.speaker.person_id is not None and claim.speaker.person_id not in named:
            problems.append(f"claim {claim.claim_id} names unknown speaker {claim.speaker.person_id}")
        if claim.sentence_end > len(parsed.text):
            problems.append(
                f"claim {claim.claim_id} span ends at {claim.sentence_end}, "
                f"past the end of the text ({len(parsed.text)})"
            )
    return problems


def checked_lines(
    parsed: ParsedEvent, event_id: str, schemas: SchemaSet, source: str
) -> list[tuple[str, str]]:
    """(table, JSONL line) for every record of one event; raises :class:`RecordError`."""
    problems = coherence(parsed, event_id, source)
    if problems:
        raise RecordError("records do not hold together: " + "; ".join(problems), path=source)
    checked = [("events", check_record(schemas, "events", parsed.event, source_file=source))]
    checked += [("panels", check_record(schemas, "panels", p, source_file=source)) for p in parsed.panels]
    checked += [("claims", check_record(schemas, "claims", c, source_file=source)) for c in parsed.claims]
    return checked


def process_file(
    path: Path, source: str, parse_file: ParseFile, schemas: SchemaSet, manifest: Manifest
) -> FileResult:
    """Parse one raw file, fill its provenance from ``manifest`` and check the records; every failure
    becomes the result's :class:`Problem`."""
    start = time.perf_counter()
    parsed_at = start
    try:
        parsed = with_source(parse_file(path, source_file=source), manifest.get(path.stem))
        parsed_at = time.perf_counter()
        lines = checked_lines(parsed, path.stem, schemas, source)
    except (RawTextError, RecordError) as err:
        problem = Problem(err.code, source, err.reason, err.line)
    except ValidationError as err:
        reason = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in err.errors())
        problem = Problem(RecordError.code, source, f"{err.title}: {reason}")
    except Exception as err:  # a parser bug: the file is rejected, never a traceback
        reason = f"the parser failed ({type(err).__name__}: {err}); please report this text"
        problem = Problem("parser-error", source, reason)
    else:
        seconds = {"parse": parsed_at - start, "check": time.perf_counter() - parsed_at}
        people = tuple(PersonEntry(m.person_id, m.name, tuple(m.affiliations), m.bio) for m in parsed.people)
        return FileResult(path, path.stem, tuple(lines), people, seconds=seconds)
    if parsed_at == start:
        parsed_at = time.perf_counter()
    seconds = {"parse": parsed_at - start, "check": time.perf_counter() - parsed_at}
    return FileResult(path, path.stem, problem=problem, seconds=seconds)


_WORKER: dict[str, Any] = {}


def default_parser() -> ParseFile:
    """The package's parser (imported on first use: it takes a second)."""
    from roundtables.parse import parse_file

    return parse_file


def _start_worker(
    schemas: dict[str, dict[str, Any]], parse_file: ParseFile | None, manifest: Manifest
) -> None:
    _WORKER["schemas"] = SchemaSet(schemas)
    _WORKER["parse"] = parse_file or default_parser()
    _WORKER["manifest"] = manifest


def _in_worker(batch: list[tuple[Path, str]]) -> list[FileResult]:
    parse, schemas, manifest = _WORKER["parse"], _WORKER["schemas"], _WORKER["manifest"]
    return [process_file(path, source, parse, schemas, manifest) for path, source in batch]


def _and_after(sources: list[str]) -> str:
    """The files a worker held with the first one: any of them may have made it die."""
    if len(sources) == 1:
        return ""
    return f" or one of the {len(sources) - 1} after it ({', '.join(sources[1:])})"


def _batches(files: Iterable[tuple[Path, str]]) -> Iterator[list[tuple[Path, str]]]:
    batch: list[tuple[Path, str]] = []
    for item in files:
        batch.append(item)
        if len(batch) == FILES_PER_TASK:
            yield batch
            batch = []
    if batch:
        yield batch


def _context() -> multiprocessing.context.BaseContext:
    if sys.platform != "win32" and "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["roundtables.parse", "roundtables.release.work"])
        return ctx
    return multiprocessing.get_context("spawn")


def default_jobs() -> int:
    """All the cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def process_files(
    files: Iterable[tuple[Path, str]],
    parse_file: ParseFile | None,
    schemas: SchemaSet,
    jobs: int,
    manifest: Manifest | None = None,
) -> Iterator[FileResult]:
    """The result of every (path, source) in the order given, over ``jobs`` worker processes (1: here).

    ``parse_file`` None is the package's parser, imported only where it runs (a build over workers never
    imports it in its own process: a second or so of compiling patterns); ``manifest`` gives provenance.
    """
    manifest = manifest or {}
    if jobs <= 1:
        parse = parse_file or default_parser()
        for path, source in files:
            yield process_file(path, source, parse, schemas, manifest)
        return
    pool = ProcessPoolExecutor(
        jobs,
        mp_context=_context(),
        initializer=_start_worker,
        initargs=(schemas.schemas, parse_file, manifest),
        max_tasks_per_child=max(1, TASKS_PER_WORKER // FILES_PER_TASK),
    )
    try:
        pending: deque[tuple[Future[list[FileResult]], list[str]]] = deque()
        todo = _batches(files)
        while True:
            while len(pending) < jobs * IN_FLIGHT_PER_WORKER and (batch := next(todo, None)) is not None:
                pending.append((pool.submit(_in_worker, batch), [source for _, source in batch]))
            if not pending:
                break
            future, sources = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                raise ReleaseError(
                    f"a build worker died while parsing this file{_and_after(sources)} (out of memory?); "
                    "no release written",
                    path=sources[0],
                ) from None
            yield from results
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
