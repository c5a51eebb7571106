"""The mention reader skips the noun-phrase pattern where no noun phrase can end, and finds the same.

``MentionReader.ending_at`` tries the full noun-phrase pattern only from
where a head noun that can end the phrase is reached before any word no
noun phrase holds (``that``, ``had``). The reference below is the plain
reading that rule shortens: every start, the full pattern up to the last
head noun; both must give the same mention.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from roundtables.parse import mention_grammar as grammar
from roundtables.parse.mentions import Mention, MentionReader
from roundtables.parse.result import PersonMention

_PEOPLE = (PersonMention("chen-wei", "Chen Wei", "speaker", (), None),)
_WORDS = [
    # determiners, modifiers, nationalities and what joins them
    "one",
    "a",
    "two",
    "the",
    "several",
    "senior",
    "former",
    "naval",
    "American",
    "Chinese",
    "South",
    "Korean",
    "and",
    "or",
    ",",
    # heads and what may follow them
    "participant",
    "scholars",
    "experts",
    "officials",
    "from",
    "at",
    "of",
    "China",
    "Institute",
    "alike",
    # words no noun phrase holds before its head
    "that",
    "had",
    "it",
    "not",
    "which",
    "however",
    "they",
    "he",
    # other mentions
    "Chen",
    "Wei",
    "Dr.",
    "Lee",
    "them",
    "another",
    "argued",
]


def _reference(reader: MentionReader, text: str, end: int) -> Mention | None:
    first = max(0, end - 80)
    last_head = max((h for h in range(first, end) if grammar.HEAD_NOUN.match(text, h, end)), default=-1)
    for start in range(first, end):
        m = reader._fullmatch(text, start, end, last_head)
        if m is not None and (mention := reader._read.build(m)) is not None:
            return reader._with_coordinated_names(text, mention)
    return None


@given(words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=24), data=st.data())
@settings(max_examples=300, deadline=None)
def test_ending_at_finds_what_trying_every_start_finds(words: list[str], data: st.DataObject) -> None:
    text = " ".join(words).replace(" ,", ",")
    ends = sorted({0, len(text), *(i for i, ch in enumerate(text) if ch == " ")})
    end = data.draw(st.sampled_from(ends))
    reader = MentionReader(_PEOPLE)
    assert reader.ending_at(text, end) == _reference(reader, text, end)


def test_a_noun_phrase_is_still_read_across_nationalities_and_modifiers() -> None:
    text = "He said that two former senior American and Chinese naval officials"
    mention = MentionReader(()).ending_at(text, len(text))
    assert mention is not None
    assert text[mention.start : mention.end] == "two former senior American and Chinese naval officials"
    assert mention.kind == "group"


def test_no_noun_phrase_spans_a_clause_word() -> None:
    text = "One expert said that it had not"
    assert MentionReader(()).ending_at(text, len(text)) is None


_TITLED = [
    "Dr.",
    "Dr",
    "Vice",
    "Admiral",
    "Mr.",
    "Major",
    "Professor",
    "Chen",
    "Wei",
    "Lee",
    "said",
    "one",
    "expert",
    ",",
]


@given(words=st.lists(st.sampled_from(_TITLED), max_size=16))
@settings(max_examples=300, deadline=None)
def test_a_reader_told_its_text_finds_what_one_knowing_every_title_finds(words: list[str]) -> None:
    """The name pattern leaves out the titles the text never writes; no mention changes for that."""
    text = " ".join(words).replace(" ,", ",")
    people = (*_PEOPLE, PersonMention("major-lee", "Major Lee", "speaker", (), None))
    told, knowing = MentionReader(people, text), MentionReader(people)
    assert told.all_in(text) == knowing.all_in(text)
    for end in [i for i, ch in enumerate(text) if ch == " "] + [len(text)]:
        assert told.ending_at(text, end) == knowing.ending_at(text, end)
        assert told.starting_at(text, end + 1) == knowing.starting_at(text, end + 1)


def test_a_titled_surname_is_the_listed_person() -> None:
    text = "Dr. Wei said the talks had stalled"
    mention = MentionReader(_PEOPLE, text).starting_at(text, 0)
    assert mention is not None and mention.person_id == "chen-wei"


@given(text=st.text(alphabet="X’'-._ aZ9é\u212a\n", max_size=12))
@settings(max_examples=300, deadline=None)
def test_the_quickly_compiled_word_characters_are_the_same_characters(text: str) -> None:
    plain = re.compile(rf"{grammar._MENTION_START}X[\w’'-]*(?![\w’'-])")
    quick = re.compile(rf"{grammar._QUICK_START}X{grammar._QUICK_WORD_CHAR}*(?!{grammar._QUICK_WORD_CHAR})")
    for pos in range(len(text) + 1):
        a, b = plain.match(text, pos), quick.match(text, pos)
        assert (a and a.span()) == (b and b.span())
