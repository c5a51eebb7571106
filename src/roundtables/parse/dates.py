"""Dates as event pages write them: a line that is only a date (``Mon. February 28th, 2011``,
``2018-09-09``, ``Date/Time: April 25, 2023 / 16:00``), a full date in a sentence saying the event was
held (``hosted ... on May 17, 2016``), a month and day whose year another date gives. (Where a news
dateline says the event was is :mod:`~roundtables.parse.dateline`'s job.)"""

from __future__ import annotations

import datetime as dt
import re

from roundtables.parse.geography import country_code
from roundtables.parse.sentences import fold
from roundtables.parse.vocabulary import MONTHS, WEEKDAYS

_LAST_DAY = r"(?:\s*(?:-|–|to|and)\s*\d{1,2}(?:st|nd|rd|th)?)?"
"""The last day of a range after the first (``21–22 February``, ``May 1-2``): the event's date is the
first."""
_DATE_LINE_RE = re.compile(
    rf"^(?:(?P<wd>[A-Za-z]+)\.?,?\s+)?(?P<mon>[A-Za-z]+)\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?{_LAST_DAY}"
    r",?\s+(?P<year>\d{4})(?P<rest>.*)$"
)
_DATE_LINE_DMY_RE = re.compile(
    rf"^(?:(?P<wd>[A-Za-z]+)\.?,?\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?{_LAST_DAY}\s+(?P<mon>[A-Za-z]+)\.?,?\s+"
    r"(?P<year>\d{4})(?P<rest>.*)$"
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_DAY_RANGE_END = rf"(?:\s*(?:-|–|to|and)\s*(?:{_MONTH}\.?\s+)?\d{{1,2}}(?:st|nd|rd|th)?)?"
INLINE_DATE_RE = re.compile(
    rf"\b(?P<mon>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?{_DAY_RANGE_END},?\s+(?P<year>\d{{4}})\b"
    rf"|\b(?P<dday>\d{{1,2}})(?:st|nd|rd|th)?{_LAST_DAY}\s+"
    rf"(?P<dmon>{_MONTH})\.?,?\s+(?P<dyear>\d{{4}})\b"
)
"""A full date in running text: ``May 17, 2016``, ``August 30 to September 2, 1999`` (the first day),
``28-29 August 2023``."""
_EVENT_VERB_RE = re.compile(
    r"\b(?:hosted|hosts|co-hosted|held|organized|organised|convened|assembled|sponsored|took place|"
    r"speaks|spoke|gathered)\b"
)
_DATE_LABEL_RE = re.compile(r"^\s*Date(?:\s*/\s*Time)?\s*:\s*", re.IGNORECASE)
_ISO_DATE_LINE_RE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?\s*$")


_MAX_DATE_LINE_TAIL = 8
"""Words a date line may carry after its date (a time, a place, a room)."""


_DATE_TAIL_RE = re.compile(r"^(?:\d{1,2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?|[|,–—/-]|\()")


def parse_date_line(text: str) -> str | None:
    """ISO date of a line that is only a date (``Mon. February 28th, 2011``, ``2018-09-09``,
    ``Date/Time: April 25, 2023 / 16:00``, a glued time allowed)."""
    label = _DATE_LABEL_RE.match(text)
    if label is not None:
        text = text[label.end() :]
    iso = _ISO_DATE_LINE_RE.match(text)
    if iso is not None:
        try:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3))).isoformat()
        except ValueError:
            return None
    for regex in (_DATE_LINE_RE, _DATE_LINE_DMY_RE):
        m = regex.match(text)
        if not m:
            continue
        wd = m.group("wd")
        if wd and wd.lower() not in WEEKDAYS:
            continue
        mon = MONTHS.get(fold(m.group("mon")))
        if mon is None:
            continue
        rest = m.group("rest").strip()
        if rest and not _DATE_TAIL_RE.match(rest):
            continue
        if len(rest.split()) > _MAX_DATE_LINE_TAIL:
            continue  # ``April 26, 2023, Nicholas Burns ... visited ...``: a sentence opening on its date
        try:
            return dt.date(int(m.group("year")), mon, int(m.group("day"))).isoformat()
        except ValueError:
            continue
    return None


_PLACE_BEFORE_DATE = re.compile(
    r"^(?P<place>[A-Z][^,;:|·()\d]{0,40}?)(?:,\s*(?P<region>[A-Z][^,;:|·()\d]{0,40}?))?(?:,\s+|\s+[|·]\s+)(?=\S)"
)


def place_and_date(text: str) -> tuple[str, str] | None:
    """``New Delhi, 21–22 February 2024``, ``Hakone, Japan | 9–10 February 2019``: a date line that opens on
    where the event was (a known place, or any before a known country), as (the place, the ISO date).

    The place is the city: a country after it is dropped (``Hakone``), a US state or district kept, as
    American pages write a city (``Washington, DC``).
    """
    m = _PLACE_BEFORE_DATE.match(text)
    date = parse_date_line(text[m.end() :]) if m is not None else None
    if m is None or date is None:
        return None
    place, region = m.group("place").strip(), (m.group("region") or "").strip()
    code, region_code = country_code(place), country_code(region) if region else None
    if code is None and region_code is None:
        return None
    state = code == "US" and "US" in (region_code, country_code(f"{place} {region}"))
    return (f"{place}, {region}" if region and state else place), date


_ON_DATE_RE = re.compile(
    r"^\W*(?:On\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+\d|(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4},)"
)
"""A sentence that opens on its date (``On November 13th, 2018, ...``, ``April 26, 2023, X visited
...``) tells when the event was."""


_SENTENCE_SPLIT_RE = re.compile(r"\s(?<=[.!?]\s)\s*(?=[A-Z(])")
"""Blanks after a sentence's end mark, before a capital or a parenthesis; opening on a blank, not on
the lookbehind, the engine skips to each blank."""
DIGIT_RE = re.compile(r"\d")


def inline_event_date(text: str) -> str | None:
    """The date of a sentence that says the event was held on a full date (``hosted ... on May 17, 2016``)."""
    if DIGIT_RE.search(text) is None:
        return None  # a full date has a year
    for sentence in _SENTENCE_SPLIT_RE.split(text):
        if DIGIT_RE.search(sentence) is None:
            continue
        if not _EVENT_VERB_RE.search(sentence) and not _ON_DATE_RE.match(sentence):
            continue
        m = INLINE_DATE_RE.search(sentence)
        if m:
            mon = MONTHS[(m.group("mon") or m.group("dmon")).lower()]
            day, year = (
                (m.group("day"), m.group("year")) if m.group("mon") else (m.group("dday"), m.group("dyear"))
            )
            try:
                return dt.date(int(year), mon, int(day)).isoformat()
            except ValueError:
                continue
    return None


_DAY_OF_MONTH_RE = re.compile(
    rf"(?<![\w-])(?P<mon>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?(?![\d-])"
    r"(?!,?\s+\d{4})"
    rf"|(?<![\w-])(?P<dday>\d{{1,2}})(?:st|nd|rd|th)?{_LAST_DAY}\s+(?P<dmon>{_MONTH})\b(?!\.?,?\s+\d{{4}})"
)
"""A month and day without a year: ``January 30``, ``May 1-2``, ``12 June``, ``8 and 9 November``."""
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
_MEETING_VERB_RE = re.compile(r"\b(?:concluded|opened|got together|met|convened|wrapped up)\b")


def date_without_year(paras: list[str], text: str) -> str | None:
    """``The 2026 Forum, held January 30 in Atlanta``, ``concluded in Tokyo on Sept. 28`` under a stamp of
    ``September 29, 2016``: the event's month and day from its first paragraphs ``paras``, in the year of
    its sentence, else of the first full date of the page ``text`` (the report's own date, written days
    after the event)."""
    for sentence in (s for para in paras if DIGIT_RE.search(para) for s in _SENTENCE_SPLIT_RE.split(para)):
        if DIGIT_RE.search(sentence) is None:
            continue
        if not _EVENT_VERB_RE.search(sentence) and not _MEETING_VERB_RE.search(sentence):
            continue
        m = _DAY_OF_MONTH_RE.search(sentence)
        if m is None:
            continue
        own = _YEAR_RE.search(sentence)
        page = INLINE_DATE_RE.search(text)
        year = own.group(0) if own else (page.group("year") or page.group("dyear")) if page else None
        if year is None:
            return None
        month, day = (
            (m.group("mon"), m.group("day")) if m.group("mon") else (m.group("dmon"), m.group("dday"))
        )
        try:
            return dt.date(int(year), MONTHS[fold(month)], int(day)).isoformat()
        except (ValueError, KeyError):
            return None
    return None
