"""The title before a name is searched only from the word before its last five words, yet reads as a
search from the sentence start (``prose_speakers._title_before``)."""

from __future__ import annotations

import importlib

from hypothesis import given, settings
from hypothesis import strategies as st

from roundtables.parse.names import NameMatch
from roundtables.parse.tails import word_bound

_PROSE = importlib.import_module("roundtables.parse.prose_speakers")
_PIECES = [
    "said",
    "former",
    "Ambassador",
    "Dr.",
    "U.S.",
    "vice-president",
    "o’neill",
    "and",
    "the",
    "Chief",
    ",",
    ";",
    "(",
    "—",
    ",Senior",
    "(deputy",
    "x,",
    "“",
    "2024",
    "é",
    "",
]
_BLANKS = st.sampled_from([" ", "  ", "\n", "\t", " \n "])


def _plain(sentence: str, m: NameMatch) -> str:
    start = m.start - len(m.prefix) if m.prefix else m.start
    found = _PROSE._title_before_name(word_bound(sentence)).search(sentence, 0, start)
    return found.group("title") if found else m.prefix


@given(
    words=st.lists(st.tuples(st.sampled_from(_PIECES), _BLANKS), max_size=14),
    lead=st.sampled_from(["", " ", "\n "]),
    prefix=st.sampled_from(["", "Dr. "]),
)
@settings(max_examples=400, deadline=None)
def test_the_title_window_reads_as_a_search_from_the_start(
    words: list[tuple[str, str]], lead: str, prefix: str
) -> None:
    before = lead + "".join(word + blank for word, blank in words) + prefix
    sentence = before + "Li Ming said."
    m = NameMatch("Li Ming", len(before), len(before) + 7, prefix.strip())
    assert _PROSE._title_before(sentence, m) == _plain(sentence, m)
