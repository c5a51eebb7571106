"""Event and Panel records from the structure and the people of one text.

Everything here reads the *introducing sentences*
(:mod:`~roundtables.parse.introductions`): the sentences of the lead that
introduce the event or its participants.

- ``host_organization``: see :mod:`~roundtables.parse.hosts`.
- ``format``: see :func:`event_format`.
- ``off_the_record``: true when the text says ``off the record``, false when
  it says ``on the record``, else null. The Chatham House Rule alone leaves it
  null: it forbids naming a speaker, not reporting what was said.
- ``represented``: see :func:`~roundtables.parse.represented.represented`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import get_args

from roundtables.models import Claim, Event, EventFormat, Panel, PanelMember
from roundtables.parse.data_files import DataFile
from roundtables.parse.dateline import dated_place, dateline_place
from roundtables.parse.event_place import held_in, place_in_title_or_byline, place_of_event
from roundtables.parse.hosts import fallback_host, host_organization, spelled_out
from roundtables.parse.introductions import blind_words, intro_sentences
from roundtables.parse.represented import PAIR, codes_by, represented, speaker_codes
from roundtables.parse.result import PersonMention
from roundtables.parse.sentences import fold
from roundtables.parse.structure import Structure, Unit
from roundtables.parse.tails import tail_search, word_bound
from roundtables.parse.vocabulary import DISCUSSION_PHRASES, EVENT_VERBS

_FORMATS = DataFile.packaged("event_formats.toml")
FORMAT_WORDS: dict[str, str] = _FORMATS.word_map("format_words")
"""Words for the kind of event -> the ``format`` value."""
if _bad := next((word for word, kind in FORMAT_WORDS.items() if kind not in get_args(EventFormat)), None):
    raise _FORMATS.error(
        f"format_words.{_bad}", f"{FORMAT_WORDS[_bad]!r} is not a format ({', '.join(get_args(EventFormat))})"
    )
_FORMATS.close()


_FORMAT_RE = re.compile(rf"\b({blind_words(tuple(FORMAT_WORDS))})\b")


def _alternation(words: tuple[str, ...]) -> str:
    """A regex alternation of ``words`` in their listed order."""
    return "|".join(map(re.escape, words))


_DISCUSS_RE = re.compile(rf"\b(?:{_alternation(DISCUSSION_PHRASES)})\b")
_DESCRIBE_RE = re.compile(rf"\b(?<![\w–-])(?:{blind_words(EVENT_VERBS)})\b")


_OFF_RE = re.compile(r"\boff[- ]the[- ]record\b", re.IGNORECASE)
_ON_RE = re.compile(r"\b(?:is|was|will be) on[- ]the[- ]record\b", re.IGNORECASE)


_NAMED_RE = re.compile(
    r"(?<![\w-])(?:titled|entitled|themed|under the (?:title|theme))\s*[,:]?\s*"
    r"(?:[“\"](?P<title>[^”\"\n]{3,200}?)[,.]?[”\"]|‘(?P<single>[^\n]{3,200}?)[,.]?’(?!\w))"
)
"""``a panel discussion titled “X”``: a title the lead gives in quotation marks."""
_NAMED_CUES = ("titled", "themed", "under the ")
"""One of them is in every match of :data:`_NAMED_RE`."""


def named_title(lead: list[str]) -> str | None:
    """The title a lead sentence gives the event (``hosted a panel titled “...”``), or None."""
    for para in lead:
        m = _NAMED_RE.search(para) if any(cue in para for cue in _NAMED_CUES) else None
        if m:
            return (m.group("title") or m.group("single")).strip()
    return None


_SERIES_RE = re.compile(r"\s+(?:series|program|programme)\b", re.IGNORECASE)


def _format_word(text: str, *, series: bool = False) -> str | None:
    """The first event word of ``text`` as a format; in running text one naming a series (``the Global
    Dialogue series included four panel discussions``) says nothing of this event's format, in a title
    it does (``a keynote speech at the Lecture Series``)."""
    for m in _FORMAT_RE.finditer(text):
        if (not series and _SERIES_RE.match(text, m.end())) or tail_search(
            _parts_of(word_bound(text)), text, m.start()
        ):
            continue
        return FORMAT_WORDS[fold(m.group(1))]
    return None


_AGENT_RE = re.compile(r"\s+by\b")
_TOPIC_RE = re.compile(r"[.;]|\bwith\b|\bon\b|\babout\b")
"""Where the words about an event give way to its topic or the next sentence."""


@cache
def _parts_of(longest: int) -> re.Pattern[str]:
    """``featured a series of compelling discussions``: the event's parts, not its format (words of at
    most ``longest`` characters: ``word_bound`` of the text, as if unbounded)."""
    return re.compile(rf"\b(?:series|number|range|set)\s+of\s+(?:[\w-]{{1,{longest}}}\s+){{0,2}}$", re.I)


def event_format(lead: list[str], title: str | None = None) -> str:
    """The event's format from the words that describe it.

    In order: the first event word after a verb that describes the event
    (``hosted a roundtable discussion`` -> roundtable); the first event word of
    a sentence that introduces the event; ``discussion`` when people meet to
    discuss with no event word (``A and B joined C to discuss ...``); the first
    event word of the lead; the title's; else ``other``.
    """
    for para in lead:
        for m in _DESCRIBE_RE.finditer(para):
            window = para[m.end() : m.end() + 60]
            if _AGENT_RE.match(window):
                continue  # ``co-organized by the X Centre for Policy Dialogue``: the host, not the event
            window = _TOPIC_RE.split(window, maxsplit=1)[0]
            f = _format_word(window)
            if f:
                return f
    intro = intro_sentences(lead)
    for sentence in intro:
        f = _format_word(sentence)
        if f:
            return f
    if any(_DISCUSS_RE.search(sentence) for sentence in intro):
        return "discussion"
    for para in lead:
        f = _format_word(para)
        if f:
            return f
    return (_format_word(title, series=True) if title else None) or "other"


def off_the_record(text: str) -> bool | None:
    """True when the text says the event was off the record, False when on it, else None."""
    if "record" not in text.lower():  # in every match, in some case (no letter of it folds oddly)
        return None
    said = [(max(m.start() - _RECORD_REACH, 0), m.end() + 1) for m in _RECORD_RE.finditer(text)]
    if any(_OFF_RE.search(text, start, end) for start, end in said):
        return True
    if any(_ON_RE.search(text, start, end) for start, end in said):
        return False
    return None


_RECORD_RE = re.compile(r"[- ](?i:record)")
_RECORD_REACH = len("will be on the")
"""Every match of :data:`_OFF_RE` and :data:`_ON_RE` ends in ``[- ]record``, and starts at most as far
before it as the longest (``will be on the record``): only there are they searched (their ``\b``
sees one character past ``record``; a lookbehind sees before the start)."""


_TITLE_LABEL_RE = re.compile(r"^(?:Title|Topic|Subject|Session|Event)\s*:\s+(?=\S)")
"""``Session: Plenary Session 4 (...)``: a label before the title is no part of it."""


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
        title=_TITLE_LABEL_RE.sub("", st.title) if st.title else named_title(lead or paras[:2]),
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
            [_without(st, u, claimed) for u in lead_units or para_units],
            st.title or named_title(lead or paras[:2]),
        ),
        off_the_record=off_the_record(body),
        sections=list(st.sections),
    )


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
