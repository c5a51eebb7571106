"""Sentence splitting keeps exact offsets and does not stop at abbreviations, initials or quoted stops."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from roundtables.parse.sentences import (
    MAX_BLANKS,
    MAX_SENTENCE,
    bounded,
    folded,
    is_question,
    split_sentences,
)


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, 0, len(text))]


def test_plain_sentences_and_exact_offsets() -> None:
    text = "  Tariffs rose. Exports fell!   Did talks stall? Yes.  "
    spans = split_sentences(text, 0, len(text))
    assert [text[s:e] for s, e in spans] == ["Tariffs rose.", "Exports fell!", "Did talks stall?", "Yes."]
    assert spans[0] == (2, 15)


@pytest.mark.parametrize(
    "text",
    [
        "A U.S. delegate and a U.K. envoy met in Washington, D.C. last week.",
        "Dr. Wen and Mr. Ortiz spoke after St. Clair arrived.",
        "The review cited Resolution No. 2397 on sanctions.",
        "Small states, e.g. Laos, and large ones, i.e. India, took part.",
        "The talk by Douglas H. Paal was the last one.",
        "Martin Reyes Jr. chaired the session.",
    ],
)
def test_abbreviations_and_initials_do_not_end_a_sentence(text: str) -> None:
    assert sentences(text) == [text]


def test_dotted_abbreviation_at_the_end_of_a_sentence() -> None:
    text = "The envoy flew to the U.S. The talks resumed a week later."
    assert sentences(text) == ["The envoy flew to the U.S.", "The talks resumed a week later."]


def test_a_quotation_of_several_sentences_is_split_like_any_text() -> None:
    # The spec scores a long quotation sentence by sentence: one explicit, the others continued.
    text = "She called it “a pause. Not an end.” Then the panel moved on."
    assert sentences(text) == ["She called it “a pause.", "Not an end.”", "Then the panel moved on."]
    assert sentences('He said "wait. Then act." Nobody agreed.') == [
        'He said "wait.',
        'Then act."',
        "Nobody agreed.",
    ]


def test_an_unpaired_quote_is_ignored() -> None:
    assert sentences('An odd " mark. A second sentence.') == ['An odd " mark.', "A second sentence."]


def test_a_sentence_never_leaves_its_block() -> None:
    text = "First block ends here without a stop\n\nSecond block. Its second sentence."
    second = text.index("Second")
    assert split_sentences(text, 0, second - 2) == [(0, second - 2)]
    spans = split_sentences(text, second, len(text))
    assert [text[s:e] for s, e in spans] == ["Second block.", "Its second sentence."]


def test_lower_case_after_a_stop_continues_the_sentence() -> None:
    assert sentences("Output grew approx. three percent.") == ["Output grew approx. three percent."]


def test_questions() -> None:
    assert is_question("Will Beijing act?")
    assert is_question("Is the era of “strategic patience” over?”")
    assert not is_question("The panelist asked whether Beijing would act.")


def test_a_run_on_past_the_bound_is_cut_after_its_last_clause_mark() -> None:
    clause = "the delegates spoke of grain, "  # 30 characters, a comma at 28
    text = clause * 100  # 3,000 characters and no full stop
    spans = split_sentences(text, 0, len(text))
    # The first piece ends after the last comma within 2,000 characters: clause 66 ends at 1,980.
    assert spans[0] == (0, 1979)
    assert spans[1] == (1980, 2999)
    assert all(e - s <= MAX_SENTENCE for s, e in spans)


def test_a_run_on_without_marks_is_cut_at_a_space_then_at_the_bound() -> None:
    words = "word " * 500  # 2,500 characters, spaces only
    spans = split_sentences(words, 0, len(words))
    assert spans[0] == (0, 1999) and words[1999] == " "
    solid = "x" * 4500
    assert split_sentences(solid, 0, len(solid)) == [(0, 2000), (2000, 4000), (4000, 4500)]


def test_a_long_real_sentence_below_the_bound_is_whole() -> None:
    text = "One participant argued that " + "trade, " * 250 + "had grown."
    assert split_sentences(text, 0, len(text)) == [(0, len(text))]


def test_a_long_run_of_blanks_ends_a_sentence() -> None:
    first, second = "One expert said it", "rained today."
    text = first + " " * (MAX_BLANKS + 1) + second
    assert split_sentences(text, 0, len(text)) == [
        (0, len(first)),
        (len(first) + MAX_BLANKS + 1, len(text)),
    ]
    kept = first + " " * MAX_BLANKS + second
    assert split_sentences(kept, 0, len(kept)) == [(0, len(kept))]


_LONG = re.compile(rf"\s{{{MAX_BLANKS + 1},}}")


def _old_bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``bounded`` as first written: every blank run searched for, at any length."""
    pieces: list[tuple[int, int]] = []
    for blanks in _LONG.finditer(text, start, end):
        pieces += _old_bounded(text, start, blanks.start())
        start = blanks.end()
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        half = start + MAX_SENTENCE // 2
        cut = max(text.rfind(mark, half, limit) for mark in ";:,—–") + 1
        if cut <= 0:
            cut = max(text.rfind(" ", half, limit), text.rfind("\n", half, limit)) + 1
        if cut <= 0:
            cut = limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


_PIECES = st.sampled_from(["word", "x" * 700, ",", ";", "\n", " "]) | st.integers(1, 260).map(
    lambda n: " \n\t"[n % 3] * n
)


@given(parts=st.lists(_PIECES, max_size=30), cuts=st.tuples(st.integers(0, 3000), st.integers(0, 6000)))
@settings(max_examples=1000, deadline=None)
def test_bounded_cuts_as_before(parts: list[str], cuts: tuple[int, int]) -> None:
    text = "".join(parts)
    start, end = sorted(min(c, len(text)) for c in cuts)
    assert bounded(text, start, end) == _old_bounded(text, start, end)


def test_bounded_cuts_as_before_around_the_bounds() -> None:
    for n in range(MAX_BLANKS - 2, MAX_BLANKS + 3):
        for text in ("a" + " " * n + "b", "x" * (MAX_SENTENCE - n) + " " * n + "x" * n):
            for start in range(3):
                for end in range(len(text) - 2, len(text) + 1):
                    assert bounded(text, start, end) == _old_bounded(text, start, end)
                    assert bounded(text, start, start + n) == _old_bounded(text, start, start + n)


def test_lower_case_reads_every_character_as_a_case_insensitive_pattern_does() -> None:
    """Every character ``folded`` keeps lowers to one character of its kind (word, digit, blank), and a
    case-insensitive ASCII letter matches it where the letter matches its lower case."""
    every = "".join(chr(c) for c in range(sys.maxunicode + 1))
    low = folded(every)
    assert low is None
    kept = "".join(c for c in every if folded(c) is not None)
    assert len(every) - len(kept) == 4
    low = folded(kept)
    assert low is not None and len(low) == len(kept)
    for kind in (r"\w", r"\d", r"\s"):
        assert [m.start() for m in re.finditer(kind, kept)] == [m.start() for m in re.finditer(kind, low)]
    letters = [m.start() for m in re.finditer(r"(?i:[a-z])", kept)]
    assert letters == [m.start() for m in re.finditer(r"[a-z]", low)]
    for at in letters:
        assert {a for a in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(f"(?i:{a})", kept[at])} == {low[at]}
