"""The edges of clauses, shared by the readers of reports: where a clause opens (``However,``, ``which``,
``and then``), what may stand between a speaker and its verb (gap words, adverbials), and what may follow a
parenthetical report (``..., one participant said on Friday, ...``).

Tail patterns end in ``$``: they are read from the end of a text with
:func:`~roundtables.parse.tails.tail_search`.
"""

from __future__ import annotations

import re
from functools import cache

from roundtables.parse.alternations import word_alternation
from roundtables.parse.lexicon import (
    ATTRIBUTION_ADVERBIALS,
    CLAUSE_OPENERS,
    COORDINATORS,
    GERUND_LINKS,
    RELATIVE_PRONOUNS,
    RELATIVE_SPEAKER_LINKS,
    SPEAKER_VERB_GAP,
)
from roundtables.parse.mention_grammar import entry_words
from roundtables.parse.mention_reading import Mention
from roundtables.parse.tails import tail_search

GAP_WORD = rf"(?i:{word_alternation(SPEAKER_VERB_GAP)})(?![\w-])"
PREPOSITION_WHICH = re.compile(r"(?<![\w-])(?:in|during|at)\s+which\s+$")
OPENER_TAIL = re.compile(rf"(?:^|[\s,;:—–(])(?i:{word_alternation(CLAUSE_OPENERS)})\s*$")
RELATIVE_TAIL = re.compile(rf"(?:^|\s)(?i:{word_alternation(RELATIVE_PRONOUNS)})\s*$")


@cache
def coord_tail(gaps: int) -> re.Pattern[str]:
    """A coordinator closing the words before a verb, past at most ``gaps`` gap words (``, and then``)."""
    return re.compile(
        rf"(?:,\s*)?(?<![\w-])(?i:{word_alternation(COORDINATORS)})(?:\s+{GAP_WORD}){{0,{gaps}}}\s+$"
    )


GAP_TOKENS = entry_words(SPEAKER_VERB_GAP)


def ascii_last_word(text: str) -> str | None:
    """The last word of ``text`` in lower case, if it is in ASCII (where lower case writes every letter as
    a case-insensitive pattern reads it): the word a tail pattern's last word must be. None: none, or not
    in ASCII (then no word may be ruled out)."""
    last = text.rsplit(None, 1)[-1:]
    return last[0].lower() if last and last[0].isascii() else None


def coord_tail_for(text: str) -> re.Pattern[str]:
    """The coordinator pattern for the end of ``text``: gap words bounded by those that end it, four at
    least, so that a chain is read whole, as if unbounded, while ``tail_search`` reads only the end."""
    return coord_tail(max(4, trailing_gap_words(text)))


def trailing_gap_words(text: str, look: int = 6) -> int:
    """How many words at the end of ``text`` are words of gap phrases."""
    parts = text.rsplit(None, look)
    words = parts[1:] if len(parts) > look else parts
    count = 0
    for word in reversed(words):
        if word.lower() not in GAP_TOKENS:
            return count
        count += 1
    return count if len(parts) <= look else trailing_gap_words(text, look * 4)


GERUND_LINK_TAIL = re.compile(rf"(?:,\s*|(?<![\w-])(?i:{word_alternation(GERUND_LINKS)})\s+)$")
COMMA_TAIL = re.compile(r"[,—–][\"”’]?\s*$|[\"”’],\s*$")
ADVERBIAL = rf"(?i:{word_alternation(ATTRIBUTION_ADVERBIALS)})(?![\w-])"
WHEN_SAID = (
    r"(?:\s+(?:on|last|this|earlier|late|early)\s+(?:[A-Z][a-z]+day|week|month|year|[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
    r"|\s+(?:yesterday|today))"
)
"""``..., observers said on Friday.``: when it was said, no part of the claim."""
AFTER_PARENTHETICAL = re.compile(
    rf"(?:\s*,?\s*{ADVERBIAL})?(?:{WHEN_SAID})?"
    rf"(?:\s+(?:{word_alternation(RELATIVE_SPEAKER_LINKS)})\s+[^,;:“”\"()—–]{{2,120}}?)?"
    r"\s*(?:[,;:—–]|[.!?][\"”’)]*\s*$|$)"
)
ASIDE = rf"(?:\s*,\s*{GAP_WORD}\s*,|\s+{ADVERBIAL}\s*,?|\s+[a-z]+ly(?=\s+that\s))?"
QUOTE_TAIL = re.compile(r"(?:,[”\"]|[”\"],)\s*$")
"""``“We are not there yet,” one official said of ...``: quoted words before their speaker are the claim."""
DATE_STAMP = r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}\s*[_–—-]+\s*"
"""``September 15, 2024_ Experts proposed ...``: a date stamped on a report's first sentence."""
INTRO = re.compile(rf"^\W*(?:(?i:{word_alternation(CLAUSE_OPENERS)})\s*(?:,\s*)?|{DATE_STAMP})+")
OBJECT_THAT = re.compile(r"\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:[\w’'-]+\s+){1,3}?that\s+")
"""The person told, before the clause told: ``reminded the Japanese public that``."""
WORD_CHAR = re.compile(r"\w")


def clause_opens_before(sentence: str, mention: Mention) -> bool:
    """Whether a new clause may begin where ``mention`` stands: speakers are clause subjects."""
    before = sentence[: mention.start].rstrip()
    if not before or before.rstrip('”’"')[-1:] in (",", ";", ":", "—", "–", "(", "“", '"', ""):
        return True
    if (
        tail_search(OPENER_TAIL, before)
        or tail_search(RELATIVE_TAIL, before)
        or INTRO.fullmatch(before + " ")
    ):
        return True
    if mention.form == "name":
        last = before.split()[-1]
        return last[:1].isupper() or last.endswith(("’s", "'s"))
    return False
