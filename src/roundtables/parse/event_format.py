"""The event's ``format``: the kind of event the words that describe it name.

Event words map to formats through :data:`FORMAT_WORDS` (the data file
``event_formats.toml``); which of them counts is decided in order, from the
words after a verb that describes the event to the title (see
:func:`event_format`). A word for a series of events, or for the event's parts
(``a series of compelling discussions``), is no format of this event.
"""

from __future__ import annotations

import re
from functools import cache
from typing import get_args

from roundtables.models import EventFormat
from roundtables.parse.data_files import DataFile
from roundtables.parse.introductions import blind_words, intro_sentences
from roundtables.parse.line_kinds import opens_on_host
from roundtables.parse.sentences import fold
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


def past_the_host(text: str) -> str:
    """``Organized by the X Forum, the session took place ...``: the words after an opening phrase that
    names the host (its event words are the host's name), all of ``text`` when none opens it."""
    if not opens_on_host(text):
        return text
    comma = text.find(",")
    return text[comma + 1 :] if comma >= 0 else ""


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
        f = _format_word(past_the_host(sentence))
        if f:
            return f
    if any(_DISCUSS_RE.search(sentence) for sentence in intro):
        return "discussion"
    for para in lead:
        f = _format_word(past_the_host(para))
        if f:
            return f
    return (_format_word(title, series=True) if title else None) or "other"
