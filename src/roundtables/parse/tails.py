"""Searches for patterns anchored at the end of a text that read only its end.

The claim reader asks, before each reporting verb, how the words before it
end (``..., and``, ``, who``, ``Another``). Searched from the sentence start,
that is quadratic in a long sentence; a pattern's reach, read off its parsed
form once, says how far back a match can start.
"""

from __future__ import annotations

import importlib
import re
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


_TAIL_REACH: dict[re.Pattern[str], tuple[int, bool] | None] = {}


def _tail_reach(pattern: re.Pattern[str]) -> tuple[int, bool] | None:
    """For a pattern anchored at the end of the text: (bound, exact). Exact: no match holds more than
    ``bound`` non-blank characters. Not exact: the pattern is ``(?:unit)*`` then blanks, each unit holding
    at most ``bound``. None: neither."""
    if pattern not in _TAIL_REACH:
        items = list(_SRE_PARSER.parse(pattern.pattern, pattern.flags))
        width = _nonblank_width(items)
        reach: tuple[int, bool] | None = None if width is None else (width, True)
        if not _anchored(items):
            reach = width = None
        if reach is None and width is None and _anchored(items) and items[0][0] is _SRE.MAX_REPEAT:
            low, high, body = items[0][1]
            unit = _nonblank_width(body)
            if low == 0 and high is _SRE.MAXREPEAT and unit is not None and _nonblank_width(items[1:]) == 0:
                reach = (unit, False)
        _TAIL_REACH[pattern] = reach
    return _TAIL_REACH[pattern]


def _nonblank(text: str, start: int, end: int) -> int:
    return len("".join(text[start:end].split()))


def tail_search(pattern: re.Pattern[str], text: str, endpos: int | None = None) -> re.Match[str] | None:
    """``pattern.search(text, 0, endpos)`` for a pattern anchored at ``endpos``, reading only the end.

    Before each reporting verb the words before it are searched for such tails;
    from the sentence start that is quadratic in a long sentence. No match
    can start before a stretch holding more non-blank characters than the
    pattern matches (exact bound), so the search starts there. For ``(?:unit)*``
    and blanks: a match found further than one unit from the stretch's start
    is the leftmost (one starting before would leave a valid start within a
    unit of it); one found nearer is checked by a search from the start.
    """
    stop = len(text) if endpos is None else min(endpos, len(text))
    reach = _tail_reach(pattern)
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
