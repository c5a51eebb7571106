"""Merge the people each event names into one Person record per ``person_id``.

Deterministic given the order events are read in (raw files sorted by name):
the name is the first mention's, affiliations are unioned in first-seen order,
the bio is the first one given, ``event_ids`` are sorted. The table is written
sorted by ``person_id``. So that a build's memory does not grow with the
corpus, the merger holds at most :data:`SPILL_ENTRIES` names, affiliations and
event ids: beyond that it writes what it holds, merged and sorted by id, to a
temporary file, and the final records merge those runs in order, one person
at a time (the same records as when everything is held).
"""

from __future__ import annotations

import heapq
import pickle
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any, NamedTuple, Protocol

from pydantic import ValidationError

from roundtables.errors import RecordError
from roundtables.models import Person


class Mentioned(Protocol):
    """What the merger reads of a person mention (a parser's ``PersonMention`` or a :class:`PersonEntry`)."""

    @property
    def person_id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def affiliations(self) -> tuple[str, ...]: ...
    @property
    def bio(self) -> str | None: ...


class PersonEntry(NamedTuple):
    """A mention as a build worker sends it back: plain data, so the builder need not import the parser."""

    person_id: str
    name: str
    affiliations: tuple[str, ...]
    bio: str | None


@dataclass
class _Merged:
    name: str
    source_file: str
    affiliations: list[str] = field(default_factory=list)
    bio: str | None = None
    event_ids: set[str] = field(default_factory=set)


SPILL_ENTRIES = 50_000
"""Names, affiliations and event ids the merger holds before it writes them to a temporary file."""


class PeopleMerger:
    """Collects mentions event by event; :meth:`people` gives the merged records."""

    def __init__(self, spill_entries: int = SPILL_ENTRIES) -> None:
        self._by_id: dict[str, _Merged] = {}
        self._held = 0
        self._spill_entries = spill_entries
        self._runs: list[IO[bytes]] = []

    def add(self, event_id: str, mentions: Iterable[Mentioned], source_file: str) -> None:
        """Add the people one event names; ``source_file`` is its raw file (for error messages)."""
        for mention in mentions:
            merged = self._by_id.get(mention.person_id)
            if merged is None:
                merged = self._by_id[mention.person_id] = _Merged(mention.name, source_file)
                self._held += 1
            for affiliation in mention.affiliations:
                if affiliation not in merged.affiliations:
                    merged.affiliations.append(affiliation)
                    self._held += 1
            if merged.bio is None:
                merged.bio = mention.bio
            if event_id not in merged.event_ids:
                merged.event_ids.add(event_id)
                self._held += 1
        if self._held >= self._spill_entries:
            self._spill()

    def _spill(self) -> None:
        """Write what is held, sorted by id, as one run of a temporary file, and forget it."""
        run = tempfile.TemporaryFile()  # noqa: SIM115 (open until the runs are merged)
        for pid, m in sorted(self._by_id.items()):
            pickle.dump((pid, m.name, m.source_file, m.affiliations, m.bio, sorted(m.event_ids)), run)
        run.seek(0)
        self._runs.append(run)
        self._by_id = {}
        self._held = 0

    def _merged(self) -> Iterator[tuple[str, _Merged]]:
        """Every merged person, sorted by id: from memory, or merged from the runs in the order written."""
        if not self._runs:
            yield from sorted(self._by_id.items())
            return
        self._spill()
        try:
            streams = [_read_run(run, index) for index, run in enumerate(self._runs)]
            current: tuple[str, _Merged] | None = None
            for pid, _index, name, source_file, affiliations, bio, event_ids in heapq.merge(*streams):
                if current is None or current[0] != pid:
                    if current is not None:
                        yield current
                    current = (pid, _Merged(name, source_file, list(affiliations), bio, set(event_ids)))
                    continue
                merged = current[1]
                merged.affiliations += [a for a in affiliations if a not in merged.affiliations]
                if merged.bio is None:
                    merged.bio = bio
                merged.event_ids.update(event_ids)
            if current is not None:
                yield current
        finally:
            for run in self._runs:
                run.close()
            self._runs = []

    def records(self) -> Iterator[tuple[Person, str]]:
        """One Person per id, sorted by id, with the raw file that first named them, one at a time.

        Raises :class:`RecordError` (naming that file) when a merged record is invalid.
        """
        for pid, m in self._merged():
            try:
                person = Person(
                    person_id=pid,
                    name=m.name,
                    affiliations=list(m.affiliations),
                    bio=m.bio,
                    event_ids=sorted(m.event_ids),
                )
            except ValidationError as err:
                fields = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in err.errors())
                raise RecordError(f"people record {pid}: {fields}", path=m.source_file) from None
            yield person, m.source_file

    def people(self) -> list[tuple[Person, str]]:
        """All of :meth:`records` as a list."""
        return list(self.records())


def _read_run(run: IO[bytes], index: int) -> Iterator[tuple[Any, ...]]:
    """The records of one run, each as (id, run index, fields...), so runs merge in the order written."""
    while True:
        try:
            pid, *fields = pickle.load(run)
        except EOFError:
            return
        yield (pid, index, *fields)
