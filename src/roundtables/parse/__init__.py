"""The parser: one raw event text -> its Event, Panels, people and Claims.

``parse_file`` reads the bytes (``event_id`` is the file's stem,
``source_sha256`` the bytes' hash) and decodes them as
:func:`~roundtables.parse.rawtext.decode_raw` documents; ``parse_text``
parses an already decoded text. The structure reader
(:mod:`~roundtables.parse.structure`) finds header, sections, blocks, bios and
panels; :mod:`~roundtables.parse.people` the people and their roles;
:mod:`~roundtables.parse.event` the Event and Panel records; the claim
extractor (:mod:`~roundtables.parse.claims`) reads claims inside the blocks,
each sentence's reports found by :mod:`~roundtables.parse.cues` (their speakers
by :mod:`~roundtables.parse.verb_subjects`) and their words cut by
:mod:`~roundtables.parse.claim_text`.
Every problem with the input is a :class:`~roundtables.errors.RawTextError`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from roundtables.errors import RawTextError
from roundtables.models import Claim
from roundtables.parse import descriptions as _descriptions
from roundtables.parse import introductions as _introductions
from roundtables.parse import people as _people
from roundtables.parse import prose_speakers as _prose_speakers
from roundtables.parse import represented as _represented
from roundtables.parse import tails as _tails
from roundtables.parse.claims import extract_claims
from roundtables.parse.event import build_event, build_panels
from roundtables.parse.people import read_people
from roundtables.parse.prose_speakers import later_mentions, prose_speakers
from roundtables.parse.rawtext import check_event_id, decode_raw, read_raw, sha256_hex
from roundtables.parse.result import ParsedEvent, PersonMention
from roundtables.parse.structure import Structure, read_structure

__all__ = [
    "ParsedEvent",
    "PersonMention",
    "RawTextError",
    "Structure",
    "decode_raw",
    "parse_file",
    "parse_text",
    "read_structure",
]


def _forget_the_last_event() -> None:
    """Clear the caches of sentences and texts the readers share within one event: a corpus of repeated
    texts is then parsed no faster than one of different texts, and memory stays bounded."""
    for module in (_people, _introductions, _represented, _prose_speakers, _tails, _descriptions):
        module.clear_caches()


def parse_file(path: Path, *, source_file: str) -> ParsedEvent:
    """Parse the raw text at ``path``; ``source_file`` is its repository-relative path with ``/``."""
    path = Path(path)
    event_id = check_event_id(path.stem, path=path)
    data, text = read_raw(path)
    return parse_text(
        text, event_id=event_id, source_file=source_file, source_sha256=sha256_hex(data), path=path
    )


def parse_text(
    text: str,
    *,
    event_id: str,
    source_file: str,
    source_sha256: str,
    path: str | Path | None = None,
) -> ParsedEvent:
    """Parse a decoded raw text (offsets of claims refer to ``text`` as given)."""
    where = path if path is not None else source_file
    check_event_id(event_id, path=where)
    if not text.strip("\ufeff \t\r\n"):
        raise RawTextError("the file is empty", path=where, code="empty")
    _forget_the_last_event()
    st = read_structure(text, path=str(where))
    people = read_people(st)
    people += prose_speakers(st, people)
    people = later_mentions(st, people)
    claims = extract_claims(text, st.blocks, event_id=event_id, people=tuple(m for m, _ in people))
    event = build_event(
        st,
        event_id=event_id,
        source_file=source_file,
        source_sha256=source_sha256,
        people=[m for m, _ in people],
        claimed=[(c.sentence_start, c.sentence_end, c.text) for c in claims],
    )
    people = _quoted_participants_spoke(people, claims)
    panels = build_panels(st, people, claims, event_id=event_id)
    mentions = tuple(m for m, _ in people)
    return ParsedEvent(event=event, panels=panels, people=mentions, claims=tuple(claims), text=text)


def _quoted_participants_spoke(
    people: list[tuple[PersonMention, tuple[int, ...]]], claims: Sequence[Claim]
) -> list[tuple[PersonMention, tuple[int, ...]]]:
    """A person listed only as attending whom a claim quotes by name took part as a speaker; a
    host's, moderator's or discussant's role stays."""
    quoted = {c.speaker.person_id for c in claims if c.speaker.person_id is not None}
    return [
        (replace(m, role="speaker") if m.role == "participant" and m.person_id in quoted else m, panels)
        for m, panels in people
    ]
