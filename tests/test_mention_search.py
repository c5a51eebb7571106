"""The mention search tries the noun-phrase pattern only where a noun phrase can reach a head noun.

The reference is the plain search of the full pattern; the fast one must find
the same match (same span, same groups) from every window.
"""

from __future__ import annotations

import importlib
import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

mentions = importlib.import_module("roundtables.parse.mentions")
grammar = importlib.import_module("roundtables.parse.mention_grammar")
PersonMention = importlib.import_module("roundtables.parse.result").PersonMention

_VOCABULARY = [
    "experts",
    "scholar",
    "officials",
    "former",
    "senior",
    "naval",
    "Chinese",
    "U.S.",
    "American",
    "and",
    "one",
    "a",
    "some",
    "the",
    "that",
    "after",
    "in",
    "In",
    "of",
    "AND",
    "US",
    "us",
    "for",
    "For",
    "from",
    "China",
    "he",
    "She",
    "Mr.",
    "Kim",
    "some of them",
    "went",
    "order",
    "said",
    "x-officer",
    ",",
    ".",
    "—",
]
_TEXTS = st.lists(st.sampled_from(_VOCABULARY), max_size=14).map(" ".join)


@given(text=_TEXTS, data=st.data())
@settings(max_examples=800, deadline=None)
def test_the_fast_search_finds_what_the_full_pattern_finds(text: str, data: st.DataObject) -> None:
    stop = data.draw(st.integers(0, len(text)))
    window = data.draw(st.integers(0, stop))
    scan = mentions._Scan(text, stop)
    fast = mentions._unnamed_from(scan, window)
    full = grammar.UNNAMED_MENTION.search(text, window, stop)
    assert _read(fast) == _read(full)


def _read(m: re.Match[str] | None) -> tuple[tuple[int, int], dict[str, str]] | None:
    """What a caller reads of a match: its span and the groups that took part (the cheap pattern has
    no noun-phrase groups, where the full pattern's are None)."""
    if m is None:
        return None
    return m.span(), {k: v for k, v in m.groupdict().items() if v is not None}


def test_every_three_words_are_searched_as_the_full_pattern_searches_them() -> None:
    for words in itertools.product(_VOCABULARY, repeat=3):
        text = " ".join(words)
        fast = mentions._unnamed_from(mentions._Scan(text, len(text)), 0)
        assert _read(fast) == _read(grammar.UNNAMED_MENTION.search(text)), text


def test_a_noun_phrase_after_a_stopper_word_is_found() -> None:
    text = "After the talks, two former senior Chinese officials from Beijing argued"
    m = mentions._unnamed_from(mentions._Scan(text, len(text)), 0)
    assert m is not None and m.group("np") == "two former senior Chinese officials from Beijing"


@given(text=_TEXTS, data=st.data())
@settings(max_examples=300, deadline=None)
def test_searches_kept_for_later_places_find_what_a_new_search_finds(text: str, data: st.DataObject) -> None:
    """A scan keeps its last search and answers a later place from it while no match can lie between."""
    stop = data.draw(st.integers(0, len(text)))
    places = sorted(data.draw(st.lists(st.integers(0, stop), max_size=8)))
    names = re.compile(r"(?<![\w’'-])(?:Kim|Mr\.\s+Kim|She)(?![\w-])")
    scan = mentions._Scan(text, stop)
    for at in places:
        assert _read(scan.next_plain(at)) == _read(grammar.NO_NOUN_PHRASE.search(text, at, stop))
        assert _read(scan.next_name(names, at)) == _read(names.search(text, at, stop))


_PEOPLE = (
    PersonMention("kim-jong", "Kim Jong", "speaker", (), None),
    PersonMention("ursula-von-der-leyen", "Ursula von der Leyen", "speaker", (), None),
    PersonMention("ana-da-silva", "Ana da silva", "speaker", (), None),
)
_ENDINGS = st.lists(
    st.sampled_from(
        [
            *_VOCABULARY,
            "Kim",
            "Jong",
            "Leyen",
            "von der Leyen",
            "Mr. Lee",
            "ſhe",
            "x,Kim",
            "Dr.",
            "Ana da silva",
            "SOME OF THEM",
        ]
    ),
    max_size=10,
).map(" ".join)


@given(text=_ENDINGS)
@settings(max_examples=300, deadline=None)
def test_mentions_ending_anywhere_are_found_as_without_the_word_check(text: str) -> None:
    """``ending_at`` gives up early where no head noun closes a noun phrase and the last word can end no
    other mention; everywhere it finds what it finds without that check."""
    reader = mentions.MentionReader(_PEOPLE, text)
    plain = mentions.MentionReader(_PEOPLE, text)
    plain._may_end_other_than_noun_phrase = lambda _text, _end: True
    for end in range(len(text) + 1):
        assert reader.ending_at(text, end) == plain.ending_at(text, end), (text, end)
