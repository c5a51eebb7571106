"""Where an event took place: the place its introducing sentences, title or byline give.

``Event.location`` is the first found of: the structure's header, a dateline,
the place of the sentence that hosts or convenes the event or closes an event
phrase (:func:`place_of_event`), a headline or a reporter's byline
(:func:`place_in_title_or_byline`), a dated header line, and last where any
paragraph says the event was held (:func:`held_in`). A place is one the
gazetteer knows, not a nationality; only a city the text calls one (``the city
of Xining``) and a named venue where the text names no city need not be.
"""

from __future__ import annotations

import re

from roundtables.parse.geography import country_code
from roundtables.parse.introductions import blind_words, intro_sentences, org_verbs
from roundtables.parse.organizations import without_the
from roundtables.parse.represented import is_adjective
from roundtables.parse.structure import Structure
from roundtables.parse.vocabulary import EVENT_NOUNS

_EVENT_WORD = blind_words(EVENT_NOUNS)
_IN_PLACE_RE = re.compile(
    r"(?:\b(?:held|convened|took\s+place|met|gathered|hosted|organized|organised|opened|concluded)|"
    + _EVENT_WORD
    + r")(?:\s+(?!in\b)[a-z][\w’'-]*|\s+[A-Z][\w’'-]*(?=\s+[a-z])|\s+“[^”]{1,120}”|\s+\"[^\"]{1,120}\""
    r"|\s+\d[\d,–-]*){0,8}?"
    r"\s+in\s+(?:(?:its|their|our|the)\s+)?(?P<place>[A-Z][a-z]+(?:,?\s+(?:[A-Z][a-z]+|D\.?C\.?))?)"
    r"(?=\s+(?:office|offices|headquarters|campus)\b|[\s,.;]|$)"
)


def place_of_event(lead: list[str]) -> str | None:
    """``organized a roundtable in its Washington DC office``, ``the forum opened in Tokyo on Monday``:
    where the first sentence that hosts or convenes the event puts it, if it names a known city or
    country (not a nationality) in the clause of the event word; else where an event of the first
    sentences is said to be, closing its phrase (``a roundtable meeting themed "..." on Tuesday in
    Shanghai.``, ``the Forum in Tokyo on Dec. 5``)."""
    sentences = intro_sentences(lead)
    for sentence in sentences:
        if not org_verbs(sentence) and not _CONVENED_RE.search(sentence):
            continue
        for m in _IN_PLACE_RE.finditer(sentence) if _IN_CUE.search(sentence) else ():
            place = m.group("place")
            if country_code(place) is not None and not is_adjective(place.split()[0]):
                return place
        break
    for sentence in sentences[:_PLACE_SENTENCES]:
        for m in _WHEN_AND_WHERE.finditer(sentence):
            place = m.group("place") or m.group("where")
            if country_code(place) is not None and not is_adjective(place.split()[0]):
                return place
    for sentence in sentences[:_PLACE_SENTENCES]:
        called = _CITY_OF_RE.search(sentence) if "city" in sentence else None
        if called is not None:
            return called.group("place")
    for sentence in sentences[:_PLACE_SENTENCES]:
        for m in _AT_VENUE_RE.finditer(sentence) if _AT_CUE.search(sentence) else ():
            if (city := held_in(sentence[m.start() :])) is not None:
                return city  # ``held at The Carter Center in Atlanta, Georgia``: the city says more
            venue = m.group("venue").rstrip(" ,")
            if _VENUE_WORD_RE.search(venue) and len(without_the(venue).split()) > 1:
                return venue
    return None


_AT_VENUE_RE = re.compile(
    r"(?:\b(?:held|convened|took\s+place|met|gathered|hosted|organized|organised|opened|visited)|"
    + _EVENT_WORD
    + r")(?:\s+(?!at\b)[\w’'-]+){0,8}?,?\s+at\s+"
    r"(?P<venue>(?:The\s+|the\s+)?[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*[A-Z][\w’'.-]*){0,8})"
)
"""``a closed-door discussion at George Washington University’s Elliott School``, ``gathered here Wednesday
at The Carter Center``: the venue, where the text names no city."""
_IN_CUE = re.compile(r"\sin\s")
_AT_CUE = re.compile(r"\sat\s")
"""In every match of :data:`_IN_PLACE_RE`, :data:`_AT_VENUE_RE`, and found far faster: a sentence
without it is not searched."""
_VENUE_WORD_RE = re.compile(
    r"\b(?:University|Center|Centre|Institute|Hall|Hotel|Building|House|Campus|Library|Museum|Auditorium|"
    r"School|College|Ballroom|Convention)\b"
)


_PLACE_SENTENCES = 3
_CITY_OF_RE = re.compile(
    r"\b(?:held|convened|took\s+place|opened|met)\s+in\s+the\s+city\s+of\s+(?P<place>[A-Z][a-z]+)"
)
"""``was held in the city of Xining``: a city the text calls one, known to the gazetteer or not."""
_WHEN = r"on\s+(?:[A-Z][a-z]{2,8}\.?|\d{1,2}(?:st|nd|rd|th)?)(?:\s+\d{1,2}(?:[-–]\d{1,2})?)?(?:,?\s+\d{4})?"
_WHERE = r"in\s+(?P<{}>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
_WHEN_AND_WHERE = re.compile(
    rf"(?<![\w-])(?:{_WHEN}\s+{_WHERE.format('place')}|{_WHERE.format('where')}\s+{_WHEN})(?![\w-])"
)
"""``on Tuesday in Shanghai``, ``in Tokyo on Dec. 5``: the event's when and where, side by side."""


_CONVENED_RE = re.compile(r"\b(?:was|were)\s+held\b|\btook\s+place\b|\b(?:opened|concluded|convened)\b")


_CONVENED_IN_RE = re.compile(
    r"(?i:convened|held|opens|opened|closes|closed|concludes|concluded|kicks off)\s+in\s+"
    r"(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)
_BYLINE_IN_RE = re.compile(
    r"^\s*By\s+[A-Z][\w.’' -]{1,60}?\s+in\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)", re.MULTILINE
)


_HELD_IN_RE = re.compile(
    r"\b(?:held|took\s+place|convened)(?:\s+at\s+(?:[Tt]he\s+)?[A-Z][^,.;]{1,60}?)?\s+in\s+"
    r"(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?)"
)


_HELD_WORDS = ("held", "took", "convened")
"""One of them is in every match of :data:`_HELD_IN_RE`."""


def held_in(paragraph: str) -> str | None:
    """``the forum, held at The Carter Center in Atlanta, Georgia``: where any paragraph says the event
    was held, the last resort."""
    if not any(word in paragraph for word in _HELD_WORDS):
        return None
    for m in _HELD_IN_RE.finditer(paragraph):
        place = m.group("place")
        if country_code(place.split(",")[0]) is not None and not is_adjective(place.split()[0]):
            return place
    return None


def place_in_title_or_byline(st: Structure) -> str | None:
    """``Korea Forum Convened in Seoul amid ...``, ``By ZHANG YUNBI in Tokyo``: where a headline or a
    reporter's byline puts the event, when the body does not."""
    for regex, text in ((_CONVENED_IN_RE, st.title or ""), (_BYLINE_IN_RE, st.text[:2000])):
        m = regex.search(text)
        if m is not None and country_code(m.group("place")) is not None:
            return m.group("place")
    return None
