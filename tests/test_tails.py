"""``tail_search`` reads only the end of a text, yet finds what a search from the start finds."""

from __future__ import annotations

import importlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from roundtables.parse import (
    claim_text,
    claims,
    clauses,
    cues,
    event_format,
    hosts,
    mention_grammar,
    mention_reading,
    mentions,
    speakers,
    verb_subjects,
)
from roundtables.parse.tails import tail_search

_PROSE = importlib.import_module("roundtables.parse.prose_speakers")
_READERS = [
    claims,
    claim_text,
    clauses,
    cues,
    verb_subjects,
    speakers,
    mentions,
    mention_grammar,
    mention_reading,
    hosts,
    event_format,
    _PROSE,
]
_BUILT = [
    _PROSE._before_name(64),
    _PROSE._title_before_name(64),
    event_format._parts_of(64),
    cues._passive_head(64),
    clauses.coord_tail(4),
]
"""Tail patterns built for a sentence's longest word (here words of at most 64 characters)."""

_PATTERNS = sorted(
    {
        value
        for module in _READERS
        for value in vars(module).values()
        if isinstance(value, re.Pattern) and value.pattern.endswith("$")
    }
    | set(_BUILT),
    key=lambda p: p.pattern,
)
_WORDS = [
    "and",
    "also",
    "who",
    "which",
    "it",
    "was",
    "one",
    "another",
    "the",
    "expert",
    ",",
    ";",
    "—",
    "'s",
    "Lee",
    "said",
    "according",
    "to",
    "series",
    "of",
    "Dr.",
    "Also",
    "WHICH",
    "’",
    "”",
    "\u212a",
]


@given(
    words=st.lists(st.sampled_from(_WORDS), max_size=400),
    spaces=st.sampled_from([" ", "  ", "\n", " , "]),
    cut=st.integers(0, 4000),
)
@settings(max_examples=150, deadline=None)
def test_tail_search_agrees_with_a_search_from_the_start(words: list[str], spaces: str, cut: int) -> None:
    text = spaces.join(words) + " "
    end = min(cut, len(text))
    for pattern in _PATTERNS:
        found, expected = tail_search(pattern, text, end), pattern.search(text, 0, end)
        assert (found and found.span()) == (expected and expected.span()), pattern.pattern


def test_every_two_word_ending_in_every_case_is_read_alike() -> None:
    """The last-character check reads case as the patterns do (``And also``, ``WHICH``)."""
    words = [w for w in _WORDS if w.strip()]
    endings = [f"{a} {b}" for a in words for b in words]
    for text in ("x, " + e + tail for e in endings for tail in ("", " ", ",\n")):
        for variant in (text, text.upper(), text.title()):
            for pattern in _PATTERNS:
                found, expected = tail_search(pattern, variant), pattern.search(variant)
                assert (found and found.span()) == (expected and expected.span()), (pattern.pattern, variant)


@pytest.mark.parametrize(
    ("pattern", "text", "span"),
    [
        (re.compile(r",\s*$"), "x" * 5000 + ",  ", (5000, 5003)),
        (re.compile(r"(?:\s*,\s*also\s*,|\s+also)*\s+$"), "a" + " also" * 300 + " ", (1, 1502)),
        (re.compile(r"(?:,?\s+also)+\s*$"), "a" + " also" * 300 + " ", (1, 1502)),
        (re.compile(r"(?:,?\s+also)+\s*$"), "a also" + " " * 5000, (1, 5006)),
        (re.compile(r"(?:^|\s)which\s*$"), "which", (0, 5)),
    ],
)
def test_a_match_far_back_or_at_the_start_is_found_whole(
    pattern: re.Pattern[str], text: str, span: tuple[int, int]
) -> None:
    found = tail_search(pattern, text)
    assert found is not None and found.span() == span
