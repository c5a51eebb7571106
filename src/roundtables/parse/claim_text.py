"""The text of a claim: what a cue of a sentence reports, cut where the next report begins and trimmed."""

from __future__ import annotations

import re

from roundtables.parse.alternations import word_alternation
from roundtables.parse.clauses import (
    ADVERBIAL,
    ASIDE,
    GERUND_LINK_TAIL,
    INTRO,
    OBJECT_THAT,
    OPENER_TAIL,
    QUOTE_TAIL,
    RELATIVE_TAIL,
    WHEN_SAID,
    WORD_CHAR,
    ascii_last_word,
    coord_tail_for,
)
from roundtables.parse.cues import Cue
from roundtables.parse.lexicon import (
    ACCORDING_TO,
    CLAUSE_LINKS,
    DANGLING_LINKS,
    NOT_PARTICIPLES,
    OBJECT_THEN_CLAUSE_LEMMAS,
)
from roundtables.parse.tails import tail_search

_LEADING_ADVERBIAL = re.compile(rf"\s*,?\s*{ADVERBIAL}")
_WHEN_SAID_RE = re.compile(WHEN_SAID)
_THAT_HEAD = re.compile(rf"{ASIDE}\s*(?:[,:]\s*)?(?:that(?![\w-])\s*)?")
_CLAUSE_LINK_HEAD = re.compile(
    rf"(?i:{word_alternation(CLAUSE_LINKS)})(?![\w-])"
    rf"|(?!(?:{word_alternation(NOT_PARTICIPLES)})(?![\w-]))[a-z]+ing(?![\w’'-])"
)
_LEADING_AS = re.compile(r"^as\s+")
_LABEL_COLON = re.compile(r"^(?:[\w’'-]+\s+){0,2}[\w’'-]+\s*:\s*")
_TRIM_END = re.compile(r"[\s,;:—–-]+$|[.!?]+[\"”’)]*$")
_TRIM_END_CHARS = frozenset(',;:—–-.!?"”’)')
"""The characters of ``_TRIM_END`` besides white space."""
_TRAILING_LINK = re.compile(rf"(?:,?\s+(?i:{word_alternation(DANGLING_LINKS)}))+\s*$")
_LINK_WORDS = frozenset(link.lower().split()[-1] for link in DANGLING_LINKS)
"""The last word of each link, lower case: every match of ``_TRAILING_LINK`` ends in one."""
_LEADING_PUNCTUATION = re.compile(r"^[\s,;:—–-]+")
_LEADING_THAT = re.compile(r"^that\s+")
_COMMA_BEFORE_CLOSING_QUOTE = (",”", ",’", ',"')
"""A comma closing a claim inside its quotation marks, dropped: the text's last two characters."""
_REOPENED_QUOTE = re.compile(r"[“\"]")


def clean(text: str) -> str:
    """A claim's words as the record keeps them: no leading ``that``, no trailing punctuation or dangling
    link (``, and``), one blank between words."""
    text = text.strip()
    text = _LEADING_PUNCTUATION.sub("", text)
    text = _LEADING_THAT.sub("", text)
    for _ in range(3):
        read = text
        text = _trim_end(text).rstrip()
        link = _trailing_link(text)
        text = (text if link is None else text[: link.start()]).rstrip()
        if text == read:
            break  # a round that changes nothing changes nothing again
    if text.endswith(_COMMA_BEFORE_CLOSING_QUOTE):
        text = text[:-2] + text[-1]
    return " ".join(text.split())


def _trailing_link(text: str) -> re.Match[str] | None:
    """``tail_search(_TRAILING_LINK, text)``: its match ends in a link word after a blank, then blanks,
    so the text's last word; one in ASCII that is no link word in lower case leaves no match."""
    last = ascii_last_word(text)
    if last is not None and last not in _LINK_WORDS:
        return None
    return tail_search(_TRAILING_LINK, text)


def _trim_end(text: str) -> str:
    """``_TRIM_END.sub("", text)``, searching only the end of ``text`` that holds nothing but characters
    of its matches: every match lies there (none can hold the character before it)."""
    cut = len(text)
    while cut and (text[cut - 1] in _TRIM_END_CHARS or text[cut - 1].isspace()):
        cut -= 1
    return text if cut == len(text) else text[:cut] + _TRIM_END.sub("", text[cut:])


def _first_comma(s: str, begin: int, end: int) -> int:
    depth = 0
    for i in range(begin, end):
        ch = s[i]
        if ch in "“(":
            depth += 1
        elif ch in "”)" and depth:
            depth -= 1
        elif ch == "," and not depth:
            return i
    return end


def _clause_start(s: str, cue: Cue) -> int:
    """Where the clause of ``cue`` begins, so the content before it ends there."""
    if cue.shape == "tag":
        return cue.tag_start
    if cue.shape in ("pre", "relative", "post") and cue.mention is not None:
        at = cue.mention.start
    else:
        at = cue.start
    head = s[:at]
    relative = cue.shape == "relative"
    patterns = (
        (RELATIVE_TAIL,) if relative else (coord_tail_for(head.rstrip()), GERUND_LINK_TAIL, OPENER_TAIL)
    )
    for pattern in patterns:
        found = tail_search(pattern, head.rstrip())
        if found is not None:
            head = head[: found.start()]
    return len(head.rstrip(" ,;"))


def content_of(s: str, cues: list[Cue], i: int) -> str:
    """What the ``i``-th cue of sentence ``s`` reports: by its shape, the clause after the verb, the words
    before a parenthetical speaker, or both around it; up to where the next cue's clause begins."""
    cue = cues[i]
    stop = _clause_start(s, cues[i + 1]) if i + 1 < len(cues) else len(s)
    stop = max(stop, cue.end)
    prev_end = 0
    if i > 0:
        prev = cues[i - 1]
        prev_end = max(prev.end, prev.mention.end if prev.mention is not None else 0)
    if cue.shape in ("pre", "gerund", "coord"):
        addressee = OBJECT_THAT.match(s, cue.end) if cue.verb.lemma in OBJECT_THEN_CLAUSE_LEMMAS else None
        begin = addressee or _THAT_HEAD.match(s, cue.end)
        at = begin.end() if begin else cue.end
        label = _LABEL_COLON.match(s[at:stop])
        at += label.end() if label else 0
        if cue.subordinate:
            stop = min(stop, _first_comma(s, at, stop))
        return clean(s[at:stop])
    if cue.shape == "relative" and (cue.verb.relative_only or cue.verb.takes_as):
        return clean(_LEADING_AS.sub("", s[cue.end : stop].strip()))
    if cue.shape == "relative" and cue.mention is not None:
        return clean(s[prev_end : cue.mention.start] + " " + s[cue.end : stop])
    assert cue.mention is not None
    if cue.shape == "tag":
        return clean(s[cue.tag_start + 1 : cue.mention.start] + " " + s[cue.end : stop])
    if cue.shape == "post":
        before, after_at = s[prev_end : cue.mention.start], cue.end
    elif cue.shape == "frame":
        before, after_at = s[prev_end : cue.start], cue.end
        if INTRO.fullmatch(before):
            before = ""
    else:
        before, after_at = s[prev_end : cue.start], cue.mention.end
        if INTRO.fullmatch(before):
            before = ""
    adverbial = _LEADING_ADVERBIAL.match(s, after_at, stop)
    rest = s[adverbial.end() if adverbial else after_at : stop]
    if cue.shape == "post" and (when := _WHEN_SAID_RE.match(rest)) is not None:
        rest = rest[when.end() :]
    if cue.shape == "post" and tail_search(QUOTE_TAIL, s, cue.mention.start):
        rest = ""
    if cue.shape == "inverted" and cue.verb is not ACCORDING_TO and WORD_CHAR.search(before):
        # ``"A," said X, a minister, "B."``: after the speaker only a reopened quotation is content.
        reopened = _REOPENED_QUOTE.search(rest)
        rest = rest[reopened.start() :] if reopened is not None else ""
    colon = re.match(r"\s*:", rest) is not None
    rest = "" if re.fullmatch(r"\W*", rest) else re.sub(r"^[\s,;:—–]+", "", rest)
    joint = ": " if colon else ", " if _CLAUSE_LINK_HEAD.match(rest) else " "
    return clean(clean(before) + joint + rest)
