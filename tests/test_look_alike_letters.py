"""Letters a case-insensitive pattern reads as ASCII ones (``ſ`` as ``s``, ``ı`` and ``İ`` as ``i``, the
Kelvin sign as ``k``) but lower case writes otherwise: a word found by such a pattern is looked up in
its word list as the pattern read it, never as a missing key (old prints, Turkish names)."""

from __future__ import annotations

import re
import string
import sys

from parse_support import parse_of
from roundtables.parse.sentences import fold, folds_apart


def test_fold_writes_every_letter_as_a_case_insensitive_pattern_reads_it() -> None:
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for char in {m.group() for m in re.finditer(r"(?i:[a-z])", every)}:
        letters = {a for a in string.ascii_lowercase if re.fullmatch(f"(?i:{a})", char)}
        assert {fold(char)} == letters, char
    assert fold("Thıs ſeminar, İstanbul, \u212aim") == "this seminar, istanbul, kim"
    assert folds_apart("ſ") and not folds_apart("Straße")


def test_look_alike_letters_in_lexicon_words_are_read_as_the_words() -> None:
    parsed = parse_of(
        "Harbor forum\n\nThe ſeminar was held in Lisbon on trade. ſome of them argued that trade matters. "
        "Thıs expert said that ports matter. One dırector noted that ſhips matter."
    )
    assert parsed.event.format == "seminar"
    said = [(c.speaker.kind, c.speaker.role, c.cue, c.text) for c in parsed.claims]
    assert ("individual", "expert", "say", "ports matter") in said
