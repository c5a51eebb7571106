"""A prefix tree of words matches what the plain alternation of the same words, longest first, matches.

The plain alternation is the reference: it is the pattern a reader of the word
list expects. The tree must give the same spans in every context a reader puts
it in (followed by a word end, by more words, inside ``(?i:…)``), on word lists
built to share prefixes and texts built from their pieces.
"""

from __future__ import annotations

import importlib
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from roundtables.parse.alternations import word_alternation, word_trie

descriptions = importlib.import_module("roundtables.parse.descriptions")

_PIECES = ["a", "ab", "b", "ba", "vice", "vice president", "president", "Vice-President", "co", "ab c"]
_WORDS = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=6)
_GLUE = st.sampled_from(["", " ", "  ", "-", " - ", "\n", "x", ".", "’s "])
_TEXTS = st.lists(st.tuples(st.sampled_from(_PIECES), _GLUE), max_size=8).map(
    lambda ps: "".join(p + g for p, g in ps)
)
_EXAMPLES = settings(max_examples=1500, deadline=None)
_CONTEXTS = ["(?:{})", r"(?i:{})(?![\w-])", r"(?<!\w)(?:{})\s+(?:\w+\s+)?(?:{})\b", "(?:{})(?:{})?c"]


def _spans(pattern: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text)]


def _old_alternation(words: list[str]) -> str:
    """The descriptions' plain alternation: longest first, a space or hyphen between parts."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(r"[\s-]+".join(re.escape(part) for part in re.split(r"[\s-]+", w)) for w in unique)


@given(words=_WORDS, text=_TEXTS)
@_EXAMPLES
@example(words=["vice", "vice president"], text="vice  president")
@example(words=["a", "ab"], text="abc ab a")
def test_a_tree_matches_where_the_alternation_does(words: list[str], text: str) -> None:
    for context in _CONTEXTS:
        tree, plain = word_trie(words), word_alternation(words)
        assert _spans(context.format(tree, tree), text) == _spans(context.format(plain, plain), text)


@given(words=_WORDS, text=_TEXTS)
@_EXAMPLES
@example(words=["vice president", "Vice-President", "vice"], text="Vice -  President of")
def test_a_gap_of_spaces_and_hyphens_joins_parts_as_the_alternation_does(words: list[str], text: str) -> None:
    words_spaced = [" ".join(re.split(r"[\s-]+", w)) for w in words]
    for context in _CONTEXTS:
        tree, plain = word_trie(words_spaced, gap=r"[\s-]+"), _old_alternation(words)
        assert _spans(context.format(tree, tree), text) == _spans(context.format(plain, plain), text)


_OFFICE_WORDS = [*descriptions.TITLES, *descriptions.RANKS, *descriptions.NATIONAL_BODIES]
_DESCRIPTION_PIECES = st.one_of(
    st.sampled_from(_OFFICE_WORDS),
    st.sampled_from(descriptions._NAT_WORDS),
    st.sampled_from(["of", "the", "for", "to", "former", "Senior", "’s", "Korea", "Studies", "Japan", "US"]),
)
_DESCRIPTIONS = st.lists(
    st.tuples(_DESCRIPTION_PIECES, st.sampled_from([" ", "  ", "-", ", "])), max_size=6
).map(lambda ps: "".join(p + g for p, g in ps))


def _plain_descriptions() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    lists = [_OFFICE_WORDS, [*descriptions.TITLES, *descriptions.RANKS], descriptions._NAT_WORDS]
    swaps = {descriptions._alternation(ws): _old_alternation(ws) for ws in lists}
    pairs = []
    for regex in (descriptions.TITLE_RE, descriptions._NAT_BEFORE, descriptions._COUNTRY_AFTER):
        plain = regex.pattern
        for fast, old in swaps.items():
            plain = plain.replace(fast, old)
        assert plain != regex.pattern
        pairs.append((regex, re.compile(plain)))
    return pairs


_PLAIN_DESCRIPTIONS = _plain_descriptions()


@given(text=_DESCRIPTIONS)
@_EXAMPLES
@example(text="former Chinese vice-minister of foreign affairs")
@example(text="Member of the National Assembly of the Republic of Korea ")
def test_the_description_patterns_read_as_with_plain_alternations(text: str) -> None:
    for regex, plain in _PLAIN_DESCRIPTIONS:
        assert [(m.span(), m.groupdict()) for m in plain.finditer(text)] == [
            (m.span(), m.groupdict()) for m in regex.finditer(text)
        ]
