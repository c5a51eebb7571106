"""Searches for patterns anchored at the end of a text that read only its end.

The claim reader asks, before each reporting verb, how the words before it
end (``..., and``, ``, who``, ``Another``). Searched from the sentence start,
that is quadratic in a long sentence; a pattern's reach, read off its parsed
form once, says how far back a match can start.
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache
from typing import Any

_SRE_PARSER: Any = importlib.import_module("re._parser")
_SRE: Any = importlib.import_module("re._constants")


def _nonblank_width(items: Any) -> int | None:
    """How many characters other than white space a parsed pattern matches at most; None: no bound."""
    total = 0
    for op, av in items:
        if op in (_SRE.AT, _SRE.ASSERT, _SRE.ASSERT_NOT):
            width: int | None = 0
        elif op is _SRE.IN:
            width = 0 if av == [(_SRE.CATEGORY, _SRE.CATEGORY_SPACE)] else 1
        elif op in (_SRE.LITERAL, _SRE.NOT_LITERAL, _SRE.ANY):
            width = 1
        elif op is _SRE.SUBPATTERN:
            width = _nonblank_width(av[-1])
        elif op is _SRE.BRANCH:
            widths = [_nonblank_width(branch) for branch in av[1]]
            width = None if None in widths else max(w for w in widths if w is not None)
        elif op in (_SRE.MAX_REPEAT, _SRE.MIN_REPEAT):
            body = _nonblank_width(av[2])
            width = body if body == 0 else None if body is None or av[1] is _SRE.MAXREPEAT else av[1] * body
        else:
            width = None
        if width is None:
            return None
        total += width
    return total


def _anchored(items: Any) -> bool:
    """Whether every match of a parsed pattern ends at the end of the text (``$``)."""
    if not items:
        return False
    op, av = items[-1]
    if op is _SRE.AT:
        return bool(av is _SRE.AT_END)
    if op is _SRE.BRANCH:
        return all(_anchored(branch) for branch in av[1])
    return op is _SRE.SUBPATTERN and _anchored(av[-1])


_Last = tuple[frozenset[str], bool]
"""The characters a match's last non-blank character may be, and whether any was read ignoring case."""


def _cased(char: str, flags: int) -> _Last | None:
    if not flags & re.IGNORECASE:
        return frozenset(char), False
    if not char.isascii():
        return None
    return frozenset({char.lower(), char.upper()}), True


def _last_chars(items: Any, flags: int) -> tuple[_Last | None, bool]:
    """What the last non-blank character of a match of parsed ``items`` may be (None: anything), and
    whether the items may match blanks only (then what stands before them may end the match)."""
    chars: set[str] = set()
    folded = False
    for op, av in reversed(items):
        nullable = False
        last: _Last | None
        if op in (_SRE.AT, _SRE.ASSERT, _SRE.ASSERT_NOT):
            continue
        if op is _SRE.LITERAL:
            if chr(av).isspace():
                continue
            last = _cased(chr(av), flags)
        elif op is _SRE.IN:
            last, nullable = _class_chars(av, flags)
            if last is not None and not last[0] and nullable:
                continue
        elif op is _SRE.SUBPATTERN:
            last, nullable = _last_chars(av[-1], (flags | av[1]) & ~av[2])
        elif op is _SRE.BRANCH:
            branches = [_last_chars(branch, flags) for branch in av[1]]
            known = [b for b, _ in branches if b is not None]
            last = None
            if len(known) == len(branches):
                last = frozenset().union(*(b[0] for b in known)), any(b[1] for b in known)
            nullable = any(n for _, n in branches)
        elif op in (_SRE.MAX_REPEAT, _SRE.MIN_REPEAT):
            last, nullable = _last_chars(av[2], flags)
            nullable = nullable or av[0] == 0
        else:
            last = None
        if last is None:
            return None, False
        chars |= last[0]
        folded = folded or last[1]
        if not nullable:
            return (frozenset(chars), folded), False
    return (frozenset(chars), folded), True


def _class_chars(members: Any, flags: int) -> tuple[_Last | None, bool]:
    """A character class's non-blank characters, and whether it matches a blank."""
    chars: set[str] = set()
    folded, blank = False, False
    for op, av in members:
        if op is _SRE.CATEGORY and av is _SRE.CATEGORY_SPACE:
            blank = True
            continue
        if op is _SRE.LITERAL:
            codes = [av]
        elif op is _SRE.RANGE and av[1] - av[0] < 256:
            codes = list(range(av[0], av[1] + 1))
        else:
            return None, False
        for code in codes:
            if chr(code).isspace():
                blank = True
                continue
            last = _cased(chr(code), flags)
            if last is None:
                return None, False
            chars |= last[0]
            folded = folded or last[1]
    return (frozenset(chars), folded), blank


_Learned = tuple[re.Pattern[str], tuple[int, bool] | None, _Last | None, bool]
_LEARNED: dict[int, _Learned] = {}
"""What ``tail_search`` has read off each pattern, by ``id`` (a pattern's own hash reads its whole
compiled code), the pattern kept beside it so the id stays its own."""


def _learn(pattern: re.Pattern[str]) -> _Learned:
    """A pattern, its reach (see ``_reach``), the characters its match may end in and whether it may
    match blanks alone (``_last_chars``); None and False unless every match ends at the end of the text."""
    known = _LEARNED.get(id(pattern))
    if known is None:
        items = list(_SRE_PARSER.parse(pattern.pattern, pattern.flags))
        reach: tuple[int, bool] | None = None
        last: _Last | None = None
        nullable = False
        if _anchored(items):
            reach = _reach(items)
            last, nullable = _last_chars(items, pattern.flags)
        known = _LEARNED[id(pattern)] = (pattern, reach, last, nullable)
    return known


def _reach(items: Any) -> tuple[int, bool] | None:
    """For a pattern anchored at the end of the text: (bound, exact). Exact: no match holds more than
    ``bound`` non-blank characters. Not exact: the pattern is ``(?:unit)*`` (or ``+``) then blanks, each
    unit holding at most ``bound``. None: neither."""
    width = _nonblank_width(items)
    if width is not None:
        return width, True
    if items[0][0] is _SRE.MAX_REPEAT:
        low, high, body = items[0][1]
        unit = _nonblank_width(body)
        if low <= 1 and high is _SRE.MAXREPEAT and unit is not None and _nonblank_width(items[1:]) == 0:
            return unit, False
    return None


def _nonblank(text: str, start: int, end: int) -> int:
    return len("".join(text[start:end].split()))


def tail_search(pattern: re.Pattern[str], text: str, endpos: int | None = None) -> re.Match[str] | None:
    """``pattern.search(text, 0, endpos)`` for a pattern anchored at ``endpos``, reading only the end.

    A pattern whose match must end in one of a few characters (``,\\s*$``) is not searched at all
    unless the text's last non-blank character is one of them; one that may match blanks alone
    (``(?:\\s+also)*\\s+$``) is then searched only in the trailing blanks, as every match lies there.

    Before each reporting verb the words before it are searched for such tails;
    from the sentence start that is quadratic in a long sentence. No match
    can start before a stretch holding more non-blank characters than the
    pattern matches (exact bound), so the search starts there. For ``(?:unit)*``
    and blanks: a match found further than one unit from the stretch's start
    is the leftmost (one starting before would leave a valid start within a
    unit of it); one found nearer is checked by a search from the start.
    """
    stop = len(text) if endpos is None else min(endpos, len(text))
    _, reach, last, blanks_alone = _learn(pattern)
    if last is not None:
        at = stop
        while at > 0 and text[at - 1].isspace():
            at -= 1
        char = text[at - 1] if at else ""
        if not at or (char not in last[0] and not (last[1] and not char.isascii())):
            return pattern.search(text, at, stop) if blanks_alone else None
    if reach is None:
        return pattern.search(text, 0, stop)
    bound, exact = reach
    begin = stop - 2 * bound - 16
    if begin <= 0 or _nonblank(text, begin, stop) <= bound:
        return pattern.search(text, 0, stop)
    found = pattern.search(text, begin, stop)
    if exact or found is None or _nonblank(text, begin, found.start()) > bound:
        return found
    return pattern.search(text, 0, stop)


_WORD_RUN = re.compile(r"[\w’'.-]+")


@lru_cache(maxsize=1024)
def word_bound(text: str) -> int:
    """A bound on the length of every word of ``text`` (runs of ``[\\w’'.-]``): 64, or the next power
    of two that holds its longest word.

    A tail pattern that reads words as ``[\\w…]+`` has no reach; written
    ``[\\w…]{1,N}`` with N this bound it matches the same in this text, and
    ``tail_search`` reads only its end. Few bounds, so few compiled patterns.
    """
    longest = max((len(w) for w in _WORD_RUN.findall(text)), default=0)
    bound = 64
    while bound < longest:
        bound *= 2
    return bound


def clear_caches() -> None:
    """Forget the texts measured for the last event (see :func:`people.clear_caches`)."""
    word_bound.cache_clear()
