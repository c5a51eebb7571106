"""Event and Panel records from the structure and the people of one text.

The records are assembled here from one reader per field, each in a module
named for its job; most read the *introducing sentences* of the lead
(:mod:`~roundtables.parse.introductions`):

- ``title``: :mod:`~roundtables.parse.event_title`;
- ``location``: the header, a dateline, then :mod:`~roundtables.parse.event_place`;
- ``host_organization``: :mod:`~roundtables.parse.hosts`;
- ``format``: :mod:`~roundtables.parse.event_format`;
- ``off_the_record``: :mod:`~roundtables.parse.off_the_record`;
- a panel's ``represented``: :mod:`~roundtables.parse.represented`.

The words of the text's claims are taken out of the paragraphs the format and
the last place reader read: ``a workshop on dams is overdue`` says nothing of
this event.
"""

from __future__ import annotations

from collections.abc import Sequence

from roundtables.models import Claim, Event, Panel, PanelMember
from roundtables.parse.dateline import dated_place, dateline_place
from roundtables.parse.event_format import event_format, past_the_host
from roundtables.parse.event_place import held_in, place_in_title_or_byline, place_of_event
from roundtables.parse.event_title import TITLE_LABEL_RE, named_title
from roundtables.parse.hosts import fallback_host, host_organization, spelled_out
from roundtables.parse.off_the_record import off_the_record
from roundtables.parse.represented import PAIR, codes_by, represented, speaker_codes
from roundtables.parse.result import PersonMention
from roundtables.parse.structure import Structure, Unit

_HEADER_REACH = 1000
"""How far into a text its header may run (a when-and-where line)."""


Claimed = tuple[int, int, str]
"""A claim's sentence span in the raw text and the claim's words."""


def _without(st: Structure, unit: Unit, claimed: Sequence[Claimed]) -> str:
    """The paragraph of ``unit`` less the words of its claims, each taken out of its own sentence only
    (one pass over the paragraph, whatever the number of claims)."""
    pieces: list[str] = []
    at = unit.start
    by_sentence: dict[tuple[int, int], list[str]] = {}
    for start, end, words in claimed:
        if unit.start <= start and end <= unit.end:
            by_sentence.setdefault((start, end), []).append(words)
    for (start, end), all_words in sorted(by_sentence.items()):
        if start < at:
            continue
        sentence = st.text[start:end]
        for words in all_words:
            sentence = sentence.replace(words, " ")
        pieces += [st.text[at:start], sentence]
        at = end
    pieces.append(st.text[at : unit.end])
    return "".join(pieces)


def build_event(
    st: Structure,
    *,
    event_id: str,
    source_file: str,
    source_sha256: str,
    people: Sequence[PersonMention] = (),
    claimed: Sequence[Claimed] = (),
) -> Event:
    """The Event record of a structure; ``claimed`` are its claims (sentence span and words), whose
    words (``a workshop on dams is overdue``) say nothing of this event's format."""
    lead_units = [u for u in st.units if u.kind == "para" and u.in_lead]
    para_units = [u for u in st.units if u.kind == "para"]
    lead = [st.span(u) for u in lead_units]
    paras = [st.span(u) for u in para_units]
    body = "\n".join(paras)
    return Event(
        event_id=event_id,
        source_file=source_file,
        source_sha256=source_sha256,
        date=st.date,
        title=TITLE_LABEL_RE.sub("", st.title) if st.title else named_title(lead or paras[:2]),
        location=st.location
        or next((place for p in paras[:2] if (place := dateline_place(p))), None)
        or place_of_event(lead or paras[:2])
        or place_in_title_or_byline(st)
        or dated_place(st.text[:_HEADER_REACH])
        or next((place for u in para_units if (place := held_in(_without(st, u, claimed)))), None),
        host_organization=spelled_out(
            host_organization(lead, paras) or fallback_host(lead or paras[:2], people), st.text
        ),
        format=event_format(  # type: ignore[arg-type]
            [_without(st, u, claimed) for u in _describing(st, lead_units) or para_units],
            st.title or named_title(lead or paras[:2]),
        ),
        off_the_record=off_the_record(body),
        sections=list(st.sections),
    )


def _describing(st: Structure, lead_units: list[Unit]) -> list[Unit]:
    """The lead less the lines that only name the hosts (``Organiser: X``): a lead of nothing else says
    nothing of the event's format, and the paragraphs are read instead."""
    return [u for u in lead_units if past_the_host(st.span(u)).strip()]


def build_panels(
    st: Structure,
    people: list[tuple[PersonMention, tuple[int, ...]]],
    claims: Sequence[Claim] = (),
    *,
    event_id: str,
) -> tuple[Panel, ...]:
    """One Panel per panel of the structure, members in the order the text names them.

    ``represented`` joins the places the lead names for the whole panel with the
    nationality of every member and every speaker the text describes by one.
    """
    panels: list[Panel] = []
    for number, title in enumerate(st.panel_titles, start=1):
        panel_id = f"{event_id}/p{number}"
        described = {m.nationality for m, nums in people if number in nums and m.nationality}
        for c in claims:
            if c.panel_id == panel_id:
                described |= speaker_codes(c.speaker.mention)
                described |= {c.speaker.nationality} if c.speaker.nationality else set()
        if number == 1 and st.title:
            described |= codes_by((PAIR,), st.title)
        members = [PanelMember(person_id=m.person_id, role=m.role) for m, nums in people if number in nums]
        seen: set[str] = set()
        unique = []
        for member in members:
            if member.person_id not in seen:
                seen.add(member.person_id)
                unique.append(member)
        texts = [(st.span(u), u.in_lead) for u in st.units if u.kind == "para" and u.panel == number]
        panels.append(
            Panel(
                panel_id=panel_id,
                event_id=event_id,
                title=title,
                members=unique,
                represented=sorted(set(represented(texts)) | described),
            )
        )
    return tuple(panels)
