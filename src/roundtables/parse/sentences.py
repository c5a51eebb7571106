"""Sentence splitting with exact offsets into the raw text.

Claims point at whole source sentences, so a split must never drift by a
code point: the splitter works on offsets into the decoded raw text and only
ever inside one block, so no sentence crosses a paragraph or bullet.
"""

from __future__ import annotations

import re

from roundtables.parse.lexicon import AMBIGUOUS_ABBREVIATIONS, SENTENCE_ABBREVIATIONS, SENTENCE_OPENERS

_TERMINATOR = re.compile(r"[.!?]+[\"”’')\]]*")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_NEXT_WORD = re.compile(r"\s*[\"“‘'(\[]*([A-Za-z]+)")
_NOT_SPACE = re.compile(r"\S")

MAX_SENTENCE = 2000
"""Characters a sentence may hold (the longest of the development texts holds 837); a run-on past it
is cut at clause marks, so that the work done per sentence is bounded and a text reads in linear time."""
_CLAUSE_MARKS = ";:,—–"
MAX_BLANKS = 100
"""Blanks in a row a sentence may hold: a longer run (layout, not prose) ends it, so that patterns that
read blanks before or after a word do bounded work there."""
_LONG_BLANKS = re.compile(rf"\s{{{MAX_BLANKS + 1},}}")
_ODD_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")
"""The four letters a case-insensitive pattern matches to ASCII ones (``ı``, ``ſ``), unlike ``str.lower``."""


def folds_apart(text: str) -> bool:
    """Whether ``text`` holds a letter a case-insensitive pattern reads as an ASCII one that
    ``str.lower`` does not write so: then its lower case cannot stand in for the pattern."""
    return not text.isascii() and _ODD_FOLDS.search(text) is not None


def may_hold(low: str | None, words: tuple[str, ...]) -> bool:
    """Whether a text, :func:`folded` as ``low``, may hold one of ``words`` (lower case) as a
    case-insensitive pattern reads it: the exact pre-check of a pattern every match of which holds one of
    them (None, a text that folds apart, may hold any)."""
    return low is None or any(map(low.__contains__, words))


_ASCII_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def fold(text: str) -> str:
    """``text`` in lower case as a case-insensitive pattern reads its letters (``ſ`` as ``s``, ``ı`` and
    ``İ`` as ``i``): the key under which a word such a pattern found stands in a word list."""
    return (text.translate(_ASCII_FOLDS) if folds_apart(text) else text).lower()


def folded(text: str) -> str | None:
    """``text`` in lower case, for a case-sensitive twin (its letters lower case) of a case-insensitive
    pattern, which matches there where the pattern matches in ``text``, several times faster; None when
    ``text`` :func:`folds_apart`."""
    return None if folds_apart(text) else text.lower()


def _ends_sentence(text: str, dot: int, after: int, end: int) -> bool:
    """Whether the terminator run starting at ``dot`` and ending before ``after`` closes a sentence."""
    if after < end and not text[after].isspace():
        return False
    rest = _NOT_SPACE.search(text, after, end)  # not a slice: a long block has many terminators
    if rest is None:
        return True
    if rest.group().islower():
        return False
    if text[dot] != ".":
        return True
    before = _WORD_BEFORE.search(text, max(0, dot - 40), dot)
    if before is None:
        return True
    word = before.group(1)
    key = word.lower().rstrip(".")
    if key in SENTENCE_ABBREVIATIONS:
        return False
    dotted = "." in word.rstrip(".")
    initial = len(word) == 1 and word.isupper()
    if dotted or initial or key in AMBIGUOUS_ABBREVIATIONS:
        nxt = _NEXT_WORD.match(text, after, end)
        return nxt is not None and fold(nxt.group(1)) in SENTENCE_OPENERS
    return True


def bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` as pieces of at most ``MAX_SENTENCE`` characters: each long one cut after the
    last clause mark (``;`` ``:`` ``,`` dash) in its second half, else at the last space there, else at
    the bound; a run of more than ``MAX_BLANKS`` blanks cuts too (and belongs to no piece)."""
    if end - start <= MAX_BLANKS:
        return [(start, end)]  # too short for a long blank run or a cut
    pieces: list[tuple[int, int]] = []
    blanks = _LONG_BLANKS.search(text, start, end)
    while blanks is not None:
        pieces += bounded(text, start, blanks.start())
        start = blanks.end()
        blanks = _LONG_BLANKS.search(text, start, end)
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        half = start + MAX_SENTENCE // 2
        cut = max(text.rfind(mark, half, limit) for mark in _CLAUSE_MARKS) + 1
        if cut <= 0:
            cut = max(text.rfind(" ", half, limit), text.rfind("\n", half, limit)) + 1
        if cut <= 0:
            cut = limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of each sentence of ``text[start:end]``, without surrounding white space.

    A full stop ends a sentence unless it closes a known abbreviation
    (``Dr.``, ``No.``, ``e.g.``), or a dotted abbreviation or an initial
    (``U.S.``, ``Douglas H. Paal``) not followed by a typical sentence opener.
    A quotation's sentences are sentences too: the spec scores each one. A run-on longer than
    ``MAX_SENTENCE`` is cut in pieces (``bounded``).
    """
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _TERMINATOR.finditer(text, start, end):
        dot, after = match.start(), match.end()
        if _ends_sentence(text, dot, after, end):
            spans.append((cursor, after))
            cursor = after
    if cursor < end:
        spans.append((cursor, end))
    trimmed = []
    for s, e in (piece for span in spans for piece in bounded(text, *span)):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            trimmed.append((s, e))
    return trimmed


def is_question(sentence: str) -> bool:
    """A sentence that asks rather than claims: it ends in a question mark (before any closing quote)."""
    return sentence.rstrip().rstrip("\"”’')]").endswith("?")
