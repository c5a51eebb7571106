"""What the parser hands to the release builder for one raw text."""

from __future__ import annotations

from dataclasses import dataclass

from roundtables.models import Claim, Event, Panel, Role


@dataclass(frozen=True)
class PersonMention:
    """A person as one event names them; the builder merges mentions into Person records."""

    person_id: str
    name: str
    role: Role
    affiliations: tuple[str, ...]
    bio: str | None
    title: str | None = None
    nationality: str | None = None
    """What the person's introduction says they are (``ambassador``) and where from (``US``)."""


@dataclass(frozen=True)
class ParsedEvent:
    """Every record one raw text yields; claim offsets refer to ``text``, the decoded raw text."""

    event: Event
    panels: tuple[Panel, ...]
    people: tuple[PersonMention, ...]
    claims: tuple[Claim, ...]
    text: str
