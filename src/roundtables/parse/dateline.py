"""A news dateline: ``HONOLULU (Aug. 10) --``, ``BEIJING, May 2, 2018 /Xinhua/ --``, ``KUNMING, June 18
(Xinhua) --``, ``ATLANTA –``.

Agencies and institute newsrooms open a report with the place it was filed from, in capitals, often
with the date and the agency; the place is where the event was unless the text says otherwise. The
date is the report's, not necessarily the event's, so only the place is read.
"""

from __future__ import annotations

import re

_PLACE = (
    r"(?P<place>[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){0,3})"
    r"(?:,\s*(?P<region>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?"
)
_DAY = r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?"
_DATE = rf"(?:,\s*{_DAY}|\s*\({_DAY}\))"
_AGENCY = r"(?:\s*/[^/\n]{1,30}/|\s*\([^()\n]{1,40}\))"
_DASH = r"\s*(?:--|—|–|-)\s*"
_DATELINE = re.compile(rf"{_PLACE}(?:{_DATE}?(?:{_AGENCY}{_DASH}?|{_DASH})|{_DATE}{_AGENCY}?\s+(?=[A-Z]))")


def dateline_place(paragraph: str) -> str | None:
    """The place a paragraph's dateline names, as a reader writes it (``New Delhi``), or None."""
    m = _DATELINE.match(paragraph.lstrip())
    if m is None or len(m.group("place").replace(".", "")) < 3:
        return None
    place = " ".join(word.capitalize() for word in m.group("place").split())
    return f"{place}, {m.group('region')}" if m.group("region") else place


def dateline_end(paragraph: str) -> int:
    """Where a paragraph's dateline ends (0 without one): the report begins there."""
    stripped = paragraph.lstrip()
    m = _DATELINE.match(stripped)
    return len(paragraph) - len(stripped) + m.end() if m is not None else 0


_DATE_THEN_PLACE = re.compile(
    r"^\s*[A-Za-z]{3,9}\.?\s+\d{1,2}(?:\s*[-–]\s*(?:[A-Za-z]{3,9}\.?\s+)?\d{1,2})?,?\s+\d{4}\s{2,}"
    r"(?P<place>[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){0,3}(?:,\s*[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+)?)?)\s*$",
    re.MULTILINE,
)


def dated_place(text: str) -> str | None:
    """``AUGUST 30 - SEPTEMBER 2, 1999  HONOLULU, HAWAII``: a report's header line of when and where."""
    m = _DATE_THEN_PLACE.search(text)
    if m is None:
        return None
    return ", ".join(" ".join(w.capitalize() for w in part.split()) for part in m.group("place").split(","))
