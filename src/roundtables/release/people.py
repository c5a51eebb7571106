"""Merge the people each event names into one Person record per ``person_id``.

Deterministic given the order events are read in (raw files sorted by name):
the name is the first mention's, affiliations are unioned in first-seen order,
the bio is the first one given, ``event_ids`` are sorted. The table is written
sorted by ``person_id``. People are few (hundreds, not millions), so they are
the one thing a build keeps in memory until the end.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

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


class PeopleMerger:
    """Collects mentions event by event; :meth:`people` gives the merged records."""

    def __init__(self) -> None:
        self._by_id: dict[str, _Merged] = {}

    def add(self, event_id: str, mentions: Iterable[Mentioned], source_file: str) -> None:
        """Add the people one event names; ``source_file`` is its raw file (for error messages)."""
        for mention in mentions:
            merged = self._by_id.setdefault(mention.person_id, _Merged(mention.name, source_file))
            for affiliation in mention.affiliations:
                if affiliation not in merged.affiliations:
                    merged.affiliations.append(affiliation)
            if merged.bio is None:
                merged.bio = mention.bio
            merged.event_ids.add(event_id)

    def people(self) -> list[tuple[Person, str]]:
        """One Person per id, sorted by id, with the raw file that first named them.

        Raises :class:`RecordError` (naming that file) when a merged record is invalid.
        """
        merged = []
        for pid, m in sorted(self._by_id.items()):
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
            merged.append((person, m.source_file))
        return merged
