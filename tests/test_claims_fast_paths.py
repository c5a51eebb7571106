"""The claim reader's fast paths (pre-checks, trimming only a text's end) answer as the plain forms.

The plain forms are kept here as the reference; they are run on every sentence
of the genre and blind texts and on made-up sentences built from the pieces the
patterns look for, in every case and with the characters case folding reads
unlike ``str.lower``.
"""

from __future__ import annotations

import re
import string
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from roundtables.parse import claim_text as T
from roundtables.parse import claims as C
from roundtables.parse import clauses
from roundtables.parse import cues as Q
from roundtables.parse import verb_subjects as V
from roundtables.parse.lexicon import DISCOURSE_NOUNS, NARRATOR_ASIDES, QUESTION_VERBS, VIEW_NOUNS
from roundtables.parse.sentences import folds_apart, split_sentences

ROOT = Path(__file__).resolve().parents[1]
_SENTENCES = sorted(
    {
        text[start:end]
        for folder in ("tests/genre/raw", "tests/blind/raw")
        for path in sorted((ROOT / folder).glob("*.txt"))
        for text in [path.read_text(encoding="utf-8")]
        for start, end in split_sentences(text, 0, len(text))
    }
)
_PIECES = st.sampled_from(
    [
        *(
            w
            for phrase in (*NARRATOR_ASIDES, *QUESTION_VERBS, *DISCOURSE_NOUNS, *VIEW_NOUNS)
            for w in phrase.split()
        ),
        *("that", "whether", "how", "the", "it", "was", "is", "there", "a", "one", "expert", "said"),
        *("hosted", "organized", "co-sponsored", "convened", "according", "to", "agreement", "consensus"),
        *(",", ";", ":", "—", "–", "-", ".", "!", "?", "...", '"', "”", "’", ")", "(", ",”", "and", "but"),
        *("\u0130", "\u0131", "\u017f", "\u212a", "aſked", "ıt", "İT", "\n", " ", "\t", "\u00a0"),
        *("also", "then", "in", "turn", "on", "other", "hand", "for", "example", "had", "also-ran", "ALSO,"),
        *("been", "has", "widely", "generally", "this", "as", "with", "although", "or", "and,", "was,"),
        *("a\u017f", "AND"),
    ]
)
_TEXTS = st.builds(
    lambda words, seps, case: case("".join(w + s for w, s in zip(words, seps, strict=False))),
    st.lists(_PIECES, max_size=30),
    st.lists(st.sampled_from([" ", "  ", "", "\n", ", "]), min_size=30, max_size=30),
    st.sampled_from([str, str.upper, str.title, str.capitalize]),
)


def _narrates(s: str) -> bool:
    return bool(
        C._NARRATION.match(s)
        or C._UNREAD_SPEAKER.match(s)
        or C._META.match(s)
        or C._QUESTION.search(s)
        or C._ASIDES.search(s)
        or C._ORGANIZING.search(s)
    )


def _clean(text: str) -> str:
    text = text.strip()
    text = T._LEADING_PUNCTUATION.sub("", text)
    text = T._LEADING_THAT.sub("", text)
    for _ in range(3):
        text = T._TRIM_END.sub("", text).rstrip()
        link = T._TRAILING_LINK.search(text)
        text = (text if link is None else text[: link.start()]).rstrip()
    text = re.sub(r",([”’\"])$", r"\1", text)
    return " ".join(text.split())


def _check(s: str) -> None:
    assert C._narrates(s) == _narrates(s), s
    assert T.clean(s) == _clean(s), s
    assert T._trim_end(s) == T._TRIM_END.sub("", s), s
    assert "ccording" in s or Q._ACCORDING_TO.search(s) is None, s
    assert "agreement" in s or "consensus" in s or Q._CONSENSUS.search(s) is None, s
    assert any(word in s for word in Q._VIEW_WORDS) or Q._VIEW_NOUN.search(s) is None, s
    _check_gap(s)


def _check_gap(head: str) -> None:
    found, expected = V._gap_tail(head), V._GAP_TAIL.search(head)
    assert (found and found.span()) == (expected and expected.span()), head
    link, expected = T._trailing_link(head), T._TRAILING_LINK.search(head)
    assert (link and link.span()) == (expected and expected.span()), head
    assert Q._may_be_passive(head) or Q._passive_head(64).search(head) is None, head
    coordinator, expected = Q._coordinator_tail(head), clauses.coord_tail_for(head).search(head)
    assert (coordinator and coordinator.span()) == (expected and expected.span()), head


def test_the_words_before_every_word_of_the_genre_and_blind_texts_end_in_the_same_gap() -> None:
    for s in _SENTENCES:
        for word in re.finditer(r"\S+", s):
            _check_gap(s[: word.start()])


def test_every_sentence_of_the_genre_and_blind_texts_is_read_alike() -> None:
    assert len(_SENTENCES) > 500
    for s in _SENTENCES:
        _check(s)


def test_letters_lower_case_does_not_write_as_folding_reads_them_are_read_alike() -> None:
    for s in (
        "Some in the audience a\u017fked whether it would last.",
        "The U.S., \u0131t should be noted, held firm.",
        "The U.S., \u0130T SHOULD BE NOTED, held firm.",
        "THE POINT WAS RAISED THAT TAXES RISE.",
        "Later, the \u212aorean side agreed, in conclu\u017fion.",
        "He asked whether it rains",
        "The U.S. side al\u017fo ",
        "The side li\u212aewise ",
    ):
        _check(s)
        _check(s.upper())
    assert _narrates("Some in the audience a\u017fked whether it would last.")
    assert _narrates("The U.S., \u0131t should be noted, held firm.")


def test_heads_ending_in_a_passive_or_a_dangling_link_are_read_alike() -> None:
    passives = ("It was generally widely ", "it has  been\n", "This had been also ", "So, it is\u00a0")
    links = ("the cost, a\u017f", "the cost AND", "costs, and\tor ", "costs w\u0131th")
    coordinated = ("costs, and then al\u017fo ", "costs (and ", "costs, BUT\n", "costs and instead ")
    for head in (*passives, *links, *coordinated):
        _check_gap(head)
    assert all(Q._passive_head(64).search(head) for head in passives)
    assert all(T._TRAILING_LINK.search(head) for head in links)
    assert all(clauses.coord_tail_for(head).search(head) for head in coordinated)


@given(_TEXTS)
@settings(max_examples=400, deadline=None)
def test_made_up_sentences_are_read_alike(s: str) -> None:
    _check(s)


def test_lower_case_writes_every_letter_as_case_folding_reads_it_but_those_folding_apart() -> None:
    """Every character a case-insensitive pattern reads as an ASCII letter is that letter in lower case,
    or one that ``folds_apart``."""
    every = "".join(chr(c) for c in range(0x80, sys.maxunicode + 1))
    folded = {m.group() for m in re.finditer(r"(?i:[a-z])", every)}
    for char in folded:
        letters = {a for a in string.ascii_lowercase if re.fullmatch(f"(?i:{a})", char)}
        assert folds_apart(char) or {char.lower()} == letters, (char, letters)
    assert {"İ", "ı", "ſ"} <= folded
