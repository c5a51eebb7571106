"""The event reader's fast forms read what the plain patterns they replace read.

Each fast form is a cue searched before a costly pattern (a literal or a short
pattern every match contains), a window that holds every match, or a prefix
tree for a word alternation. The plain forms are kept here as the reference,
on texts built from the words the patterns look for, in both cases, with the
letters ``re.IGNORECASE`` equates with ASCII ones (``ſ``, ``ı``, ``K``).
"""

from __future__ import annotations

import importlib
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from roundtables.parse.vocabulary import (
    CORE_PARTICIPANT_NOUNS,
    EVENT_NOUNS,
    EVENT_VERBS,
    HOSTING_VERBS,
    PARTICIPANT_NOUNS,
)

event_format = importlib.import_module("roundtables.parse.event_format")
event_place = importlib.import_module("roundtables.parse.event_place")
event_title = importlib.import_module("roundtables.parse.event_title")
hosts = importlib.import_module("roundtables.parse.hosts")
introductions = importlib.import_module("roundtables.parse.introductions")
record = importlib.import_module("roundtables.parse.off_the_record")
represented = importlib.import_module("roundtables.parse.represented")
descriptions = importlib.import_module("roundtables.parse.descriptions")

_WORDS = [
    "hosted", "HOSTS", "Organized", "brought together", "brought", "together", "co-hosted", "met",
    "meeting", "held", "took place", "convened", "a", "An", "the", "this", "its", "panel", "Panels",
    "round table", "round", "table", "town hall", "roundtable", "forum", "Forum", "talk", "stalk",
    "dialogue", "briefing", "at", "At", "in", "In", "The", "Carter", "Center", "University", "Tokyo",
    "Washington", "D.C.", "Chinese", "U.S.", "US", "Japan", "China", "experts", "participants",
    "scholars", "senior", "from", "between", "and", "off", "on", "record", "is", "was", "will be",
    "titled", "themed", "title", "theme", "under the", "“Title”", "’s", "'s", "included", "were", ":",
    ";", ".", ",", "-", "–", "ſ", "ı", "K", "İ", "x", "7", "join us for", "joined", "led", "webinars",
    "Round-Table", "discussions", "dialog", "talks", "symposium", "Colloquium", "by", "cohosted",
    "co-organised", "holds", "host", "sponsored", "gathered", "brings together", "convenes",
]  # fmt: skip
_PHRASES = [
    "will be on the record", "is on-the-record", "was on the record", "off the record", "off-the-record",
    "experts from", "participants from both the", "scholars from the", "a dialogue between",
    "under the title", "under the theme “Asia Now”", "titled", "hosted a", "a closed-door roundtable",
    "took place at The Carter Center in", "was held in", "Chinese and Japanese experts", "U.S.-China forum",
    "the Japan-Korea Dialogue", "Chinese participants included", "U.S. scholars were:",
]  # fmt: skip
_GAPS = ["", " ", " ", " ", "  ", "\n", "-", ", "]
_PIECES = st.one_of(st.sampled_from(_WORDS), st.sampled_from(_PHRASES))
_TEXTS = st.lists(st.tuples(_PIECES, st.sampled_from(_GAPS)), max_size=10).map(
    lambda ws: "".join(w + g for w, g in ws)
)
_EXAMPLES = settings(max_examples=1500, deadline=None)

_PLAIN_NOUNS = "(?i:" + "|".join(re.escape(n) for n in EVENT_NOUNS) + ")"


def _spans(regex: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in regex.finditer(text)]


_OLD_INTRO = re.compile(
    r"(?<![\w–-])(?:hosted|hosts|host|hosting|co-hosted|co-hosts|cohosted|held|holds|organized|organised|organizes|"
    r"Organized|Organised|co-sponsored|co-organized|co-organised|"
    r"convened|convenes|assembled|sponsored|brought together|brings together|gathered|met|meet|moderated|"
    r"moderate|moderates|chaired|chairs|featured|featuring|features|joined|join|included|including|"
    r"comprised|attended)\b"
    r"|\b(?:a|an|the|this|our|its)\s+(?:[\w-]+\s+){0,3}?(?:" + "|".join(map(re.escape, EVENT_NOUNS)) + r")\b",
    re.IGNORECASE,
)


@given(text=_TEXTS)
@_EXAMPLES
@example(text="the round  table")
@example(text="The town\nhall drew officials")
@example(text="our round\ttable met")
def test_an_introducing_sentence_is_told_as_before(text: str) -> None:
    """(A spaced event word takes one space, as in the list: ``round  table`` is no ``round table``.)"""
    assert introductions._introduces.__wrapped__(text) == (_OLD_INTRO.search(text) is not None)


@given(text=_TEXTS)
@_EXAMPLES
def test_the_venue_and_place_patterns_match_as_with_a_plain_alternation(text: str) -> None:
    for regex in (event_place._AT_VENUE_RE, event_place._IN_PLACE_RE):
        plain = re.compile(regex.pattern.replace(event_place._EVENT_WORD, _PLAIN_NOUNS))
        assert plain.pattern != regex.pattern
        assert _spans(regex, text) == _spans(plain, text)


_OLD_FORMAT = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, event_format.FORMAT_WORDS), key=len, reverse=True)) + r")\b", re.I
)
_OLD_DESCRIBE = re.compile(rf"(?<![\w–-])(?:{'|'.join(map(re.escape, EVENT_VERBS))})\b", re.IGNORECASE)
_OLD_ORG_VERB = re.compile(rf"(?<![\w–-])(?:{'|'.join(map(re.escape, HOSTING_VERBS))})\b(?!\s+by)")


@given(text=_TEXTS)
@_EXAMPLES
def test_event_words_and_verbs_match_as_with_a_plain_alternation(text: str) -> None:
    for new, old in (
        (event_format._FORMAT_RE, _OLD_FORMAT),
        (event_format._DESCRIBE_RE, _OLD_DESCRIBE),
        (introductions._ORG_VERB_RE, _OLD_ORG_VERB),
    ):
        assert [(m.span(), m.groups()) for m in new.finditer(text)] == [
            (m.span(), m.groups()) for m in old.finditer(text)
        ]


@given(text=_TEXTS)
@_EXAMPLES
def test_every_match_holds_its_cue(text: str) -> None:
    for finder in (represented._FROM, represented._BETWEEN, represented.PAIR):
        if finder.regex.search(text):
            assert finder.cue in text if isinstance(finder.cue, str) else finder.cue.search(text)
    if event_place._IN_PLACE_RE.search(text):
        assert event_place._IN_CUE.search(text)
    if event_place._AT_VENUE_RE.search(text):
        assert event_place._AT_CUE.search(text)
    if event_place._HELD_IN_RE.search(text):
        assert any(word in text for word in event_place._HELD_WORDS)
    if event_title._NAMED_RE.search(text):
        assert any(cue in text for cue in event_title._NAMED_CUES)
    if descriptions._GROUP_RE.search(text):
        assert text.rstrip().endswith(descriptions._GROUP_ENDS)


_NOUN_WORDS = [
    "Chinese", "chinese", "U.S.", "US", "us", "Japanese", "Korea", "China", "and", "or", "the", "&", "/",
    ",", "-", "leading", "senior", "former", "young", "of", "vs.", "expert", "Experts", "participant",
    "scholars", "policy", "makers", "policy makers", "Policy\nMakers", "think tanks", "thinktanks",
    "tanks", "expertise", "officials", "ſcholars", "K", "İ", "x", "_",
]  # fmt: skip
_NOUN_TEXTS = st.lists(st.tuples(st.sampled_from(_NOUN_WORDS), st.sampled_from(_GAPS)), max_size=10).map(
    lambda ws: "".join(w + g for w, g in ws)
)


@given(text=_NOUN_TEXTS)
@_EXAMPLES
def test_a_pattern_closing_on_a_noun_is_searched_up_to_its_last_noun(text: str) -> None:
    for finder in (represented._BROAD, represented._CORE):
        end = represented._past_last_noun(finder.cue, text)
        assert [m.span() for m in finder.regex.finditer(text, 0, end)] == [
            m.span() for m in finder.regex.finditer(text)
        ]
        assert end or not finder.regex.search(text)


def test_the_closing_nouns_end_in_a_word_character() -> None:
    """A search up to one past the last noun reads the character after it, as the whole text would;
    that holds for the pattern's ``\\b`` after a noun only if the noun ends in a word character."""
    for nouns in (PARTICIPANT_NOUNS, CORE_PARTICIPANT_NOUNS):
        assert all(re.fullmatch(r"\w", noun[-1]) for noun in nouns)


@given(text=_TEXTS)
@_EXAMPLES
def test_on_or_off_the_record_is_read_as_before(text: str) -> None:
    old = True if record._OFF_RE.search(text) else False if record._ON_RE.search(text) else None
    assert record.off_the_record(text) == old


def _old_introduces_event(after_verb: str) -> bool:
    window = re.split(r"[;:]|(?<=[a-z])\.(?:\s|$)", after_verb)[0][:120]
    return bool(hosts._EVENT_NOUN_RE.search(window) or hosts._PARTICIPANT_RE.search(window))


@given(text=_TEXTS, pad=st.integers(min_value=100, max_value=125))
@_EXAMPLES
def test_the_words_after_a_hosting_verb_are_read_as_before(text: str, pad: int) -> None:
    for after in (text, "x" * pad + text):  # the second's clause ends about the 120th character
        assert hosts._introduces_event(after) == _old_introduces_event(after)
