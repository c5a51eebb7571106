"""Where the participants came from: the ``represented`` ISO codes of an event's panels.

The sentences of the lead that introduce the event or its participants
(:mod:`~roundtables.parse.introductions`) speak for the whole panel; the other
paragraphs count only through a word for the participants themselves, and a
speaker's own words through a nationality (see :func:`represented` and
:func:`speaker_codes`). Each pattern is searched only where a cheap cue it
always contains is found (:class:`_Finder`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from roundtables.parse.alternations import word_trie
from roundtables.parse.geography import (
    CASE_SENSITIVE_CODES,
    DEMONYMS,
    NATIONALITY_CODES,
    PLACE_NAMES,
    country_code,
)
from roundtables.parse.introductions import intro_sentences, org_verbs
from roundtables.parse.sentences import folded
from roundtables.parse.vocabulary import (
    CORE_PARTICIPANT_NOUNS,
    EVENT_NOUNS,
    FUNCTION_WORDS,
    NOT_PARTICIPANT_MODIFIERS,
    PARTICIPANT_NOUNS,
)

_PARTICIPANT_NOUNS = word_trie(PARTICIPANT_NOUNS)
_CORE_NOUNS = word_trie(CORE_PARTICIPANT_NOUNS)
_NOT_MODIFIER = word_trie(NOT_PARTICIPANT_MODIFIERS | FUNCTION_WORDS)
_MODIFIER = rf"(?:(?!(?:{_NOT_MODIFIER})\b)[a-z][\w-]*|China|Korea|Asia|Japan|Russia|Arctic)"
_MAX_MODIFIERS = 4


def _geo_pattern() -> str:
    return rf"(?:(?i:{word_trie(NATIONALITY_CODES)})|{'|'.join(CASE_SENSITIVE_CODES)})(?![\w])"


_GEO = _geo_pattern()
_GEO_SEP = r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*|\s*/\s*)(?:the\s+)?"
_GEO_LIST = rf"{_GEO}(?:{_GEO_SEP}(?:{_GEO}|international|foreign|other))*"
_ADJ_RE_BROAD = re.compile(
    rf"(?<![\w.-])(?P<geo>{_GEO_LIST})\s+(?:{_MODIFIER}\s+){{0,{_MAX_MODIFIERS}}}?(?i:{_PARTICIPANT_NOUNS})\b"
)
_ADJ_RE_CORE = re.compile(
    rf"(?<![\w.-])(?P<geo>{_GEO_LIST})\s+(?:(?:leading|senior|top|former|prominent|distinguished)\s+)*"
    rf"(?i:{_CORE_NOUNS})\b"
)
_FROM_RE = re.compile(
    rf"(?i:{_PARTICIPANT_NOUNS})\b(?:\s+[a-z]+){{0,3}}?\s+from\s+(?:both\s+)?(?:the\s+)?(?P<geo>{_GEO_LIST})"
)
_BETWEEN_RE = re.compile(
    rf"\b(?i:dialogue|discussion|conversation|exchange|meeting|roundtable)s?\s+between\s+(?:the\s+)?(?P<geo>{_GEO_LIST})"
)


_DEMONYM_ENDINGS = ("ese", "ish", "ian", "ean", "can", "ch", "i", "ss", "ic", "an")
_NOT_DEMONYMS = frozenset(
    {
        "japan",
        "iran",
        "taiwan",
        "pakistan",
        "afghanistan",
        "kazakhstan",
        "uzbekistan",
        "oman",
        "sudan",
        "bhutan",
    }
)
_EXTRA_DEMONYMS = frozenset({"greek", "filipino", "kazakh", "uzbek", "sino"})


def is_adjective(word: str) -> bool:
    """Whether a place word is a nationality adjective (``Chinese``, ``U.S.``), not a country (``China``)."""
    low = word.lower()
    if "." in word or word.isupper():
        return True
    if low in _EXTRA_DEMONYMS or low in DEMONYMS:
        return True
    if low in PLACE_NAMES:
        return False  # ``Shanghai``, ``Hawaii``: places that merely end like ``Pakistani``
    return low.endswith(_DEMONYM_ENDINGS) and low not in _NOT_DEMONYMS and " " not in low.strip()


_GEO_RE = re.compile(_GEO)


def _codes(geo_list: str, *, adjectives_only: bool = False) -> set[str]:
    out: set[str] = set()
    for m in _GEO_RE.finditer(geo_list):
        if adjectives_only and not is_adjective(m.group().split()[-1]):
            continue
        code = country_code(m.group())
        if code:
            out.add(code)
    return out


class _NounCue(NamedTuple):
    """The closing noun of a pattern that ends on ``\\s`` and a noun of a word list, then ``\\b``: the
    noun after each blank (group 1), in any case (``blind``) or in a lower-case text (``low``). The noun
    ends where the pattern's would, both taking the first word of the list's tree that ends a word."""

    blind: re.Pattern[str]
    low: re.Pattern[str]


def _noun_cue(tree: str) -> _NounCue:
    return _NounCue(re.compile(rf"\s(?=((?i:{tree}))\b)"), re.compile(rf"\s(?=({tree})\b)"))


def _past_last_noun(cue: _NounCue, text: str) -> int:
    """One past the end of the last noun ``cue`` finds in ``text`` (every match of its pattern ends at
    such a noun, so a search up to there finds them all, the character after each in view), else 0."""
    low = folded(text)
    pattern, words = (cue.low, low) if low is not None else (cue.blind, text)
    end = -1
    for m in pattern.finditer(words):
        end = m.end(1)
    return end + 1


class _Finder(NamedTuple):
    """A pattern whose ``geo`` group names places, and what every match of it contains, found far
    faster than the match (a literal, or the pattern's closing noun after its space): a text without
    the cue is not searched, and a closing noun's text only up to its last one."""

    regex: re.Pattern[str]
    cue: re.Pattern[str] | str | _NounCue
    adjectives_only: bool = False


def codes_by(finders: tuple[_Finder, ...], text: str) -> set[str]:
    codes: set[str] = set()
    for regex, cue, adjectives_only in finders:
        end = len(text)
        if isinstance(cue, _NounCue):
            end = _past_last_noun(cue, text)
            if not end:
                continue
        elif (cue not in text) if isinstance(cue, str) else (cue.search(text) is None):
            continue
        for m in regex.finditer(text, 0, end):
            codes |= _codes(m.group("geo"), adjectives_only=adjectives_only)
    return codes


_PREPOSITION_RE = re.compile(r"\s(?:on|of|from|at|in|about|with)\s")
_PAIR_RE = re.compile(
    rf"(?<![\w.-])(?P<geo>{_GEO}(?:\s*[-–/]\s*{_GEO})+)\s+(?:[A-Za-z]+\s+){{0,2}}?"
    rf"(?i:{'|'.join(re.escape(n) for n in EVENT_NOUNS)})s?\b"
)
"""``a U.S.-China forum``, ``the Japan-Korea Dialogue``: an event named for the countries it joins."""
_BROAD = _Finder(_ADJ_RE_BROAD, _noun_cue(_PARTICIPANT_NOUNS), adjectives_only=True)
_CORE = _Finder(_ADJ_RE_CORE, _noun_cue(_CORE_NOUNS), adjectives_only=True)
_FROM = _Finder(_FROM_RE, "from")
_BETWEEN = _Finder(_BETWEEN_RE, "between")
PAIR = _Finder(_PAIR_RE, re.compile(rf"\s(?i:{word_trie(EVENT_NOUNS)})s?\b"))


def represented(texts: list[tuple[str, bool]]) -> list[str]:
    """ISO codes of where the participants came from, from (paragraph, is_lead) pairs.

    The sentences of the lead that introduce the event or its participants
    speak for the whole panel (``brought together Chinese and American
    technology policy experts``, ``scholars from Beijing, Seoul, and
    Washington``, ``a dialogue between China and the U.S.``); a general
    statement of the lead (``Chinese nuclear experts think ...``) does not.
    Only when they name no place do the other paragraphs count, and then only
    through a word for the participants themselves (``one Japanese participant``).
    """
    lead = [text for text, is_lead in texts if is_lead]
    codes = set()
    for sentence in intro_sentences(lead):
        codes |= codes_by((_BROAD, _FROM, _BETWEEN), sentence)
        if org_verbs(sentence):
            codes |= codes_by((PAIR,), sentence)
    if not codes:
        for text, _lead in texts:
            codes |= codes_by((_CORE,), text)
    return sorted(codes)


@lru_cache(maxsize=64)  # a speaker's words come back with each of their claims
def speaker_codes(mention: str) -> frozenset[str]:
    """Where a speaker's own words say it comes from (``Chinese and Japanese observers``)."""
    codes = codes_by((_BROAD,), mention)
    return frozenset(codes | _codes(_PREPOSITION_RE.split(mention)[0], adjectives_only=True))


def clear_caches() -> None:
    """Forget the speakers read for the last event (see :func:`people.clear_caches`)."""
    speaker_codes.cache_clear()
