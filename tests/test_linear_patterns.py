"""Patterns rewritten so that no input makes them backtrack exponentially still match what they matched.

``(?:[A-Z][\\w…]*\\s*)+`` splits a run of capitals every possible way before a
failing match gives up (``CONCERNED BY CHINA’S NUCLEar modernization`` took
minutes); the rewritten forms allow one split only. The old forms are kept
here as the reference, on strings short enough for them.
"""

from __future__ import annotations

import importlib
import itertools
import re
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from parse_support import parse_of

people = importlib.import_module("roundtables.parse.people")
hosts = importlib.import_module("roundtables.parse.hosts")

_WORDS = st.sampled_from(["A", "AB", "Ab", "StaTES", "a", "b1", "’s", "-", "–", ".", "_"])
_GAPS = st.sampled_from(["", " ", "  ", "\n", " \t"])
_SHORT = st.lists(st.tuples(_WORDS, _GAPS), max_size=5).map(lambda ws: "".join(w + g for w, g in ws))


@given(text=_SHORT)
@settings(max_examples=500, deadline=None)
def test_capitalized_words_match_as_before(text: str) -> None:
    old = re.fullmatch(r"(?:[A-Z][\w’'.\-–]*\s*)+", text)
    assert (people._CAPITALIZED_WORDS.fullmatch(text) is not None) == (old is not None)


_CAPITALS = st.lists(
    st.tuples(st.sampled_from(["A", "StaTES", "B.", "C’s", "a"]), _GAPS), min_size=1, max_size=6
)


@given(head=_SHORT, tail=_CAPITALS.map(lambda ws: "".join(w + g for w, g in ws)))
@settings(max_examples=500, deadline=None)
def test_a_possessive_before_capitalized_words_is_read_as_before(head: str, tail: str) -> None:
    subject = f"{head}’s {tail}"
    old = re.search(r"([A-Z][\w–\-. ]*?)[’']s\s+(?:[A-Z][\w.’'\-]*\s*){1,4}$", subject)
    new = hosts._POSSESSIVE_BEFORE_WORDS.search(subject)
    assert (new and new.group(1)) == (old and old.group(1))


def test_a_shouted_lead_before_a_name_is_no_list_of_names() -> None:
    lead = "The United StaTES IS INCREASINGLY CONCERNED BY CHINA’S NUCLEar modernization that"
    assert people._CAPITALIZED_WORDS.fullmatch(lead) is None
    assert people._CAPITALIZED_WORDS.fullmatch("The United StaTES IS INCREASINGLY CONCERNED") is not None


def test_a_word_longer_than_the_usual_bound_is_read_as_any_word() -> None:
    """Tail patterns bound a word's length by the longest word of the sentence, not by a constant."""
    long = "a" * 61
    inverted = parse_of(f"Roundtable\n\nYes, said {long} John Smith.")
    assert [(p.name, p.role) for p in inverted.people] == [("John Smith", "speaker")]
    titled = parse_of(f"Roundtable\n\nenvoy {'a' * 300} John Smith said it.")
    assert [(p.name, p.title) for p in titled.people] == [("John Smith", "envoy")]
    parts = parse_of(f"Briefing\n\nThe forum featured a set of {long} panels.")
    assert parts.event.format != "panel"


def test_a_long_chain_of_gap_words_still_coordinates_a_second_report() -> None:
    sentence = (
        "A Chinese scholar said that trade grew and then also later again further similarly argued "
        "that it fell."
    )
    claims = parse_of(f"Roundtable\n\n{sentence}").claims
    assert [(c.cue, c.speaker.mention) for c in claims] == [
        ("say", "A Chinese scholar"),
        ("argue", "A Chinese scholar"),
    ]
    assert claims[1].text == "it fell"


def test_a_long_adverb_in_an_agentless_passive_is_an_adverb() -> None:
    text = f"Roundtable\n\nThe participants met for a day. It was {'x' * 40}ly agreed that trade would grow."
    assert [(c.cue, c.text) for c in parse_of(text).claims] == [("agree", "trade would grow")]


claims = importlib.import_module("roundtables.parse.claims")
clauses = importlib.import_module("roundtables.parse.clauses")
_TOKENS = ["and", "But", ",", " ", "one", "expert", "said", "that", "there was", "agreement"]


def test_openers_with_or_without_commas_read_as_before() -> None:
    """``(?:opener\\s*,?\\s*)*`` split the blanks between two openers every way before failing;
    written ``\\s*(?:,\\s*)?`` it matches the same: every text of up to four tokens, joined both ways."""
    texts = {
        joint.join(tokens)
        for n in range(5)
        for tokens in itertools.product(_TOKENS, repeat=n)
        for joint in (" ", "")
    }
    for pattern in (claims._UNREAD_SPEAKER, claims._META, clauses.INTRO):
        old = re.compile(pattern.pattern.replace(r"\s*(?:,\s*)?", r"\s*,?\s*"))
        assert old.pattern != pattern.pattern
        for text in texts:
            new_match, old_match = pattern.match(text), old.match(text)
            assert (new_match and (new_match.span(), new_match.groups())) == (
                old_match and (old_match.span(), old_match.groups())
            ), (pattern.pattern, text)
            assert (pattern.fullmatch(text) is None) == (old.fullmatch(text) is None), text


names = importlib.import_module("roundtables.parse.names")
_RUN_WORDS = [
    "Ro",
    "Ci",
    "JANE",
    "Doe",
    "OBE",
    "McDonald",
    "DeluryPresident",
    "U.S.",
    "Smith’s",
    "De",
    "Center",
]
_RUN_WORDS += ["former", "and", "van", "of"]


_CAPITAL_RUNS = st.lists(
    st.sampled_from(["Ro", "Ci", "JANE", "Doe", "McDonald", "Center"]), min_size=12, max_size=20
)
_ODD_WORDS = st.lists(st.tuples(st.integers(0, 19), st.sampled_from(_RUN_WORDS)), max_size=3)


@given(
    words=st.tuples(_CAPITAL_RUNS, _ODD_WORDS).map(
        lambda run_odd: [dict(run_odd[1]).get(k, word) for k, word in enumerate(run_odd[0])]
    ),
    gaps=st.lists(st.tuples(st.integers(0, 19), _GAPS), max_size=2).map(dict),
)
@settings(max_examples=400, deadline=None)
def test_a_run_told_too_long_at_once_is_one_the_word_reader_finds_too_long(
    words: list[str], gaps: dict[int, str]
) -> None:
    text = "".join(w + gaps.get(k, " ") for k, w in enumerate(words))
    """The reader stops a run past ``MAX_RUN`` words; the quick check says so only where it would."""
    names.clear_caches()
    fast = [names.find_name_at(text, k) for k in range(len(text))]
    names.clear_caches()
    with mock.patch.object(names, "_too_long", lambda *_: False):
        slow = [names.find_name_at(text, k) for k in range(len(text))]
    names.clear_caches()
    assert fast == slow


def test_letters_after_a_name_end_a_long_run_of_capitalized_words() -> None:
    text = "Ro Ci OBE " + " ".join(["Doe"] * 14)
    found = names.find_name_at(text, 0)
    assert found is not None and (found.name, found.start, found.end) == ("Ro Ci", 0, 5)
    assert names.find_name_at(" ".join(["Doe"] * 14), 0) is None
