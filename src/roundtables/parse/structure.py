"""The structure reader: where the header, headings, paragraphs, bullets, bios and lists of a text are.

It reads the two raw shapes of the genre (see the data contract) line by line;
every line of text is one unit (paragraphs of these summaries are single
lines), classified by how it is written, never by what it says (the kinds of
line: :mod:`~roundtables.parse.line_kinds`; dates:
:mod:`~roundtables.parse.dates`), then put together:

- header: an optional `` date YYYY-MM-DD`` line start (with or without an
  ``IMGXYZ<digits>IMGZYX`` image token, glued to the first paragraph or to
  navigation words), then, in page shape, navigation lines, a title line, a
  date line (``Mon. February 28th, 2011``, a time may be glued on), location
  lines and image tokens, all before the first sentence;
- headings: a short line of its own, in Title Case or capitals, without a
  final full stop; they make ``sections`` (a name line or position line
  of a bio is not a heading);
- paragraphs and bullets (``•``, ``-``, ``–``, ``*``; spacer lines between
  bullets are just blank) become :class:`~roundtables.parse.blocks.Block`\\ s,
  with the inline topic label they open with (``Diplomatic Frustrations : ...``,
  ``“Peaceful Development Strategy” : ...``, ``How Far Can It Go?: ...``) cut off; the
  question mark of a question label stays in the topic;
- name lists (``Discussants: ...``, ``Moderator: ...``), bio blocks (name line,
  optional position line, bio paragraph; or a paragraph opening ``X is a ...``),
  the trailing ``event speakers`` block, topic-tag lines (``Political
  ReformEconomyTrade...``) and navigation lines are not blocks;
- several panels: headings that open a panel (``Panel 2: ...``, ``Session
  II``, or a heading followed by a ``Moderator:`` line); with fewer than two,
  the event has one panel.

A text with no paragraph of at least five words, no name list and no bio has
no structure a reader would call an event summary: ``no-structure``. A text
cut off mid-sentence is read as far as it goes.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from roundtables.errors import RawTextError
from roundtables.parse.alternations import word_trie
from roundtables.parse.blocks import Block
from roundtables.parse.dates import (
    DIGIT_RE,
    INLINE_DATE_RE,
    date_without_year,
    inline_event_date,
    parse_date_line,
    place_and_date,
)
from roundtables.parse.geography import country_code
from roundtables.parse.line_kinds import (
    LIST_LINE_RE,
    MAX_LOCATION_WORDS,
    bio_opening,
    cap_ratio,
    ends_sentence,
    is_headingish,
    is_nav,
    is_nav_folded,
    is_position,
    is_sentence,
    is_tags,
    name_line,
    not_a_section,
    opens_on_host,
    opens_on_person,
    topic_label,
    words_of,
)
from roundtables.parse.names import find_name_at, parse_name_list
from roundtables.parse.sentences import folded
from roundtables.parse.vocabulary import (
    EVENT_NOUNS,
    HONORIFICS,
    LEAD_HEADINGS,
    PARTICIPANT_NOUNS,
    SPEAKERS_MARKERS,
)

_SPACE = " \t\u00a0\u200b\ufeff\u2002\u2003\u2009"
_HEADER_RE = re.compile(r"date\s+(\d{4}-\d{2}-\d{2})(?=\s|IMGXYZ|$)\s*")
_IMAGE_RE = re.compile(r"IMGXYZ\d*IMGZYX\s*")
_BULLET_RE = re.compile(r"(?:[•·▪◦●■‣∙*]|[-–—](?=\s)|\d{1,2}[.)](?=\s))[ \t\u00a0]*")
_TIME_RE = re.compile(
    r"^\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*[A-Z]{2,4})?\s*[-–—]\s*\d{1,2}(?::\d{2})?\s*"
    r"(?:am|pm|a\.m\.|p\.m\.)?.*$",
    re.IGNORECASE,
)
_LIST_ROLES = {
    "discussant": "discussant",
    "moderat": "moderator",
    "chair": "moderator",
    "host": "host",
    "attend": "participant",
    "observer": "participant",
    "also present": "participant",
}
_PANEL_HEADING_RE = re.compile(
    r"^(?:[\d:.apm\s–-]{4,}\s*)?(?:Panel|Session)\s*(?:[IVX]+|\d+|One|Two|Three|Four|Five|Six)\b",
    re.IGNORECASE,
)
_GENERIC_HEADINGS = frozenset(
    {
        "discussion highlights",
        "key points",
        "key points of discussion",
        "key takeaways",
        "takeaways",
        "highlights",
        "summary",
        "overview",
        "background",
        "synopsis",
        "agenda",
        "event summary",
        "discussion",
    }
)


@dataclass
class Unit:
    """One line of the text, classified; ``start``/``end`` cover its content (after marks and labels)."""

    start: int
    end: int
    line_start: int
    kind: str = "para"
    bullet: bool = False
    topic: str | None = None
    section: str | None = None
    panel: int = 1
    role: str | None = None
    in_lead: bool = False


@dataclass(frozen=True)
class BioEntry:
    """A person's bio block: the name line (or the name opening the bio), position line and bio text."""

    name: str
    position: str | None
    bio: str | None
    in_speakers_block: bool


@dataclass
class Structure:
    """What the structure reader found in one text."""

    text: str
    date: str | None = None
    title: str | None = None
    location: str | None = None
    sections: list[str] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    bios: list[BioEntry] = field(default_factory=list)
    panel_titles: list[str | None] = field(default_factory=lambda: [None])

    def span(self, unit: Unit) -> str:
        return self.text[unit.start : unit.end]

    @property
    def blocks(self) -> list[Block]:
        return [
            Block(u.start, u.end, u.section, u.topic, u.panel)
            for u in self.units
            if u.kind == "para" and u.end > u.start
        ]

    @property
    def panel_count(self) -> int:
        return len(self.panel_titles)


def _lines(text: str) -> list[Unit]:
    units: list[Unit] = []
    pos = 0
    for line in text.split("\n"):
        s = pos
        e = pos + len(line)
        pos = e + 1
        while s < e and (text[s] in _SPACE or text[s].isspace()):
            s += 1
        while e > s and (text[e - 1] in _SPACE or text[e - 1].isspace()):
            e -= 1
        if s >= e:
            continue
        unit = Unit(s, e, s)
        img = _IMAGE_RE.match(text, s, e)
        if img:
            unit.start = img.end()
            if unit.start >= e:
                unit.kind = "image"
        bullet = _BULLET_RE.match(text, unit.start, e)
        if bullet and bullet.end() < e and unit.kind != "image":
            unit.bullet = True
            unit.start = bullet.end()
        units.append(unit)
    return units


def read_structure(text: str, *, path: str | None = None) -> Structure:
    """Classify every line of ``text``; RawTextError(code="no-structure") when nothing reads as a summary."""
    st = Structure(text)
    units = _lines(text)
    units = [u for u in units if u.kind != "image"]
    m = None
    if units:
        first = units[0]
        m = _HEADER_RE.match(text, first.start, first.end)
        if m:
            st.date = m.group(1)
            first.start = m.end()
            img = _IMAGE_RE.match(text, first.start, first.end)
            if img:
                first.start = img.end()
            if first.start >= first.end:
                units.pop(0)
            elif is_nav(text[first.start : first.end]):
                first.kind = "nav"
    _read_header(st, units)
    stamped = st.date  # a header's date is often the report's, days after the event
    if st.title is None:
        _headline(st, units)
    _read_body(st, units)
    _agenda_panels_are_not_sections(st)
    _assign_panels(st)
    header_date = m is not None if units else False
    if st.date is None or header_date:
        # A ` date ` header may be the publication date: the lead's "held on <date>" is the event's,
        # and where the lead says nothing, the first paragraph that does.
        paras = [u for u in st.units if u.kind == "para"]
        for u in [u for u in paras if u.in_lead] + (
            [u for u in paras if not u.in_lead] if st.date is None else []
        ):
            found = inline_event_date(st.span(u))
            if found:
                st.date = found
                break
    if st.date is None or st.date == stamped:
        opening = [st.span(u) for u in itertools.islice((u for u in st.units if u.kind == "para"), 6)]
        day = date_without_year(opening, st.text)
        if day is not None and (st.date is None or (day[:4] == st.date[:4] and day < st.date)):
            st.date = day  # ``got together at a Seoul hotel July 18`` under a stamp of July 20
    if not _has_structure(st):
        raise RawTextError(
            "no recognizable event summary: no paragraph of five words or more about an event or people "
            "(an event or participant word, a name), no name list, no bio",
            path=path,
            code="no-structure",
        )
    return st


_PUBLIC_LIFE = (
    "summit",
    "talks",
    "leaders",
    "officials",
    "ministers",
    "government",
    "delegation",
    "negotiations",
)
"""Words of public life that, besides event and participant words, mark a text as a summary's."""
_SUMMARY_WORDS = sorted({*EVENT_NOUNS, *PARTICIPANT_NOUNS, *_PUBLIC_LIFE}, key=len, reverse=True)
_SUMMARY_WORD_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, _SUMMARY_WORDS)) + r")\b", re.IGNORECASE)
_SUMMARY_TREE = word_trie(w for w in _SUMMARY_WORDS if " " not in w)
_SUMMARY_WORD_LOW_RE = re.compile(
    r"\b(?:" + "|".join([_SUMMARY_TREE, *(re.escape(w) for w in _SUMMARY_WORDS if " " in w)]) + r")\b"
)
""":data:`_SUMMARY_WORD_RE` for a paragraph in lower case (its words are): case-sensitive, as a prefix tree
(whether it matches, not where, is asked)."""


def _summary_word(text: str) -> bool:
    """Whether :data:`_SUMMARY_WORD_RE` matches ``text``: read in lower case where that is the same."""
    low = folded(text)
    return (_SUMMARY_WORD_RE.search(text) if low is None else _SUMMARY_WORD_LOW_RE.search(low)) is not None


_ADDRESSED_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(h) for h in sorted(HONORIFICS, key=len, reverse=True))
    + r")\s+[A-Z]"
)


_CAPITAL_AFTER_BLANK_RE = re.compile(r"(?<=\s)[A-Z]")


def _has_structure(st: Structure) -> bool:
    """A name list or a bio; else a paragraph of five words or more that speaks of an event or of
    people: an event or participant word, a person's name or title (``Buy milk, eggs and bread.``
    does not)."""
    if st.bios or any(u.kind == "list" for u in st.units):
        return True
    for u in st.units:
        if u.kind != "para" or len(words_of(span := st.span(u))) < 5:
            continue
        if (
            _summary_word(span)
            or _ADDRESSED_RE.search(span)
            or find_name_at(span, 0)
            or any(find_name_at(span, m.start()) for m in _CAPITAL_AFTER_BLANK_RE.finditer(span))
        ):
            return True
    return False


_BY_LINE_RE = re.compile(r"^(?:Moderated|Chaired|Hosted|Organized|Organised|Presented)\s+by\s", re.IGNORECASE)
_VENUE_RE = re.compile(
    r"\b(?:University|Center|Centre|Institute|Institution|Hall|Hotel|Building|Endowment|House|Campus|"
    r"Library|Museum|Rooms?|Auditorium|Foundation|Council|School|College|Online|Virtual)\b"
)


_PLACE_PARTS_RE = re.compile(r",|\s+[–—-]\s+")


def _is_place_line(line: str) -> bool:
    """A header line that names where the event was: a known city or country, or a venue word
    (``Tsinghua University``); not a label or a stamp (``Summary of Dialogues``, ``0 Comment(s)``)."""
    if DIGIT_RE.search(line):
        return False
    parts = [p.strip() for p in _PLACE_PARTS_RE.split(line) if p.strip()]
    return bool(_VENUE_RE.search(line)) or any(country_code(p) is not None for p in parts)


_MAP_RE = re.compile(r"\s*\(map\)$")
_PLACE_LABEL_RE = re.compile(r"^(?:Location|Venue|Place|Where)\s*:\s*", re.IGNORECASE)
"""``Location: Jeju, Republic of Korea``: the label is no part of the place."""


def _read_header(st: Structure, units: list[Unit]) -> None:
    """Classify the page header (navigation, title, date, location) before the first sentence."""
    text = st.text
    zone: list[Unit] = []
    for idx, u in enumerate(units):
        if u.kind == "nav":
            zone.append(u)
            continue
        line = text[u.start : u.end]
        if parse_date_line(line) or place_and_date(line):
            u.kind = "date"
        elif opens_on_host(line):
            break  # ``Convened by X and Y``: the lead begins, naming the hosts
        elif is_nav(line) or is_tags(line):
            u.kind = "nav"
        elif _TIME_RE.match(line) and len(words_of(line)) <= 8:
            u.kind = "time"
        elif (
            is_sentence(line)
            or LIST_LINE_RE.match(line)
            or _BY_LINE_RE.match(line)
            or _agenda_person(line, "person")
            or (idx + 1 < len(units) and name_line(line) and _is_bio_start(st, units, idx))
            or len(words_of(line)) > 25
            or cap_ratio(line) < 0.6
        ):
            break
        else:
            u.kind = "headerline"
        zone.append(u)
    if not zone:
        return
    dates = [i for i, u in enumerate(zone) if u.kind == "date"]
    lines = [i for i, u in enumerate(zone) if u.kind == "headerline"]
    title_i: int | None = None
    after = 0
    placed: tuple[str, str] | None = None
    if dates:
        d = dates[-1]
        dated = text[zone[d].start : zone[d].end]
        placed = place_and_date(dated)
        if st.date is None:
            st.date = placed[1] if placed is not None else parse_date_line(dated)
        before = [i for i in lines if i < d]
        if before:
            title_i = before[-1]
        after = d + 1
        for i in dates[:-1]:
            zone[i].kind = "nav"
    elif lines:
        cand = lines[0]
        line = text[zone[cand].start : zone[cand].end]
        nxt_unit = units[len(zone)] if len(zone) < len(units) else None
        generic = line.lower().strip(" :") in _GENERIC_HEADINGS
        before_bullets = len(lines) == 1 and nxt_unit is not None and nxt_unit.bullet
        if generic or before_bullets:
            for u in zone:
                if u.kind == "headerline":
                    u.kind = "pending"
            _unzone(zone)
            return
        for later in lines[1:]:
            later_text = text[zone[later].start : zone[later].end]
            if later_text != line and line.endswith(later_text) and len(later_text) > 8:
                zone[cand].kind = "nav"
                cand = later
                break
        title_i = cand
        after = cand + 1
    if title_i is not None:
        # Before a date line the last header line is the title unless it is furniture; with no date
        # the header line written as a headline is.
        title_i = _headline_like(
            text, zone, [i for i in lines if not dates or i < dates[-1]], title_i, bool(dates)
        )
        after = max(after, title_i + 1)
        zone[title_i].kind = "title"
        st.title = " ".join(text[zone[title_i].start : zone[title_i].end].split())
        for i in lines:
            if i < title_i:
                zone[i].kind = "nav"
    if title_i is not None or dates:
        loc: list[str] = []
        for i in range(after, len(zone)):
            u = zone[i]
            if u.kind == "headerline" and len(loc) < 2:
                piece = _PLACE_LABEL_RE.sub("", _MAP_RE.sub("", text[u.start : u.end])).strip()
                if len(words_of(piece)) > MAX_LOCATION_WORDS or not _is_place_line(piece):
                    u.kind = "nav"  # a header label or stamp after the date, as before: no section
                    continue
                if piece:
                    loc.append(piece)
                u.kind = "location"
        if loc:
            st.location = ", ".join(loc)
        elif placed is not None:
            st.location = placed[0]  # ``New Delhi, 21–22 February 2024``
    for u in zone:
        if u.kind == "headerline":
            u.kind = "pending"
    _unzone(zone)


_MAX_HEADLINE_WORDS = 20
_CAPTION_RE = re.compile(
    r"\W*(?:From (?:left|right)|\(?L-?R\)?|Left to right|Photo|Pictured)\b", re.IGNORECASE
)
"""A photo caption above a news headline (``From left: ...``) is no headline, though it stays text."""
_SHOUTED_RE = re.compile(r"^[^a-z]*$")


def _headline_like(
    text: str, zone: list[Unit], candidates: list[int], chosen: int, dated: bool = False
) -> int:
    """Of the header's title candidates, the one written as a headline: a site name, a section label
    in capitals (``THINK TANK``, ``CO-CHAIRS' REPORT``), a menu bar or a stamp with a date is page
    furniture, and a headline says more than they do (the most words, the first on a tie)."""

    def words(i: int) -> int:
        line = text[zone[i].start : zone[i].end]
        shouted = _SHOUTED_RE.match(line) is not None
        stamped = INLINE_DATE_RE.search(line) is not None
        furniture = shouted or stamped or "|" in line or len(words_of(line)) > _MAX_HEADLINE_WORDS + 5
        return 0 if furniture else len(words_of(line))

    best = max(candidates, key=lambda i: (words(i), -i))
    if dated and words(chosen) > 0:
        return chosen
    return best if words(best) > words(chosen) else chosen


def _headline(st: Structure, units: list[Unit]) -> None:
    """A news page's headline: the first line of the text, short, with no full stop, before the body
    (``China-Japan forum ends with message of hope``). It is the title, not a paragraph or a section."""
    first = next(
        (
            u
            for u in units
            if u.kind not in ("nav", "date", "time", "image")
            and not _CAPTION_RE.match(st.text, u.start, u.end)
        ),
        None,
    )
    if first is None or first is units[-1] or first.bullet:
        return
    line = " ".join(st.text[first.start : first.end].split())
    words = words_of(line)
    if not 3 <= len(words) <= _MAX_HEADLINE_WORDS or line.endswith((".", ":", ";", ",", "!")):
        return
    if LIST_LINE_RE.match(line) or _BY_LINE_RE.match(line) or _agenda_person(line, "person"):
        return
    if parse_date_line(line):
        return
    first.kind = "title"
    st.title = line


def _unzone(zone: list[Unit]) -> None:
    for u in zone:
        if u.kind == "pending":
            u.kind = "para"


def _is_bio_start(st: Structure, units: list[Unit], i: int) -> bool:
    """Whether units[i] is a name line whose bio follows (optionally after a position line)."""
    name = name_line(st.span(units[i]))
    if name is None or i + 1 >= len(units):
        return False
    nxt = st.span(units[i + 1])
    if opens_on_person(nxt, name):
        return True
    return i + 2 < len(units) and is_position(nxt) and opens_on_person(st.span(units[i + 2]), name)


def _read_body(st: Structure, units: list[Unit]) -> None:
    text = st.text
    section: str | None = None
    in_speakers = False
    bio_zone = False
    seen_heading = False
    i = 0
    n = len(units)
    while i < n:
        u = units[i]
        if u.kind not in ("para",):
            i += 1
            continue
        line = text[u.start : u.end]
        low = " ".join(line.lower().split())
        if low in SPEAKERS_MARKERS and not u.bullet:
            u.kind = "speakers"
            in_speakers = True
            i += 1
            continue
        if is_nav_folded(line, low) or is_tags(line):
            u.kind = "nav"
            i += 1
            continue
        lm = LIST_LINE_RE.match(line)
        if lm and not in_speakers:
            u.kind = "list"
            label = lm.group("label").lower()
            u.role = next((r for k, r in _LIST_ROLES.items() if k in label), "speaker")
            u.start += lm.end()
            u.section = section
            glued = _glued_rest(text, u)
            if glued is not None:
                rest = Unit(glued, u.end, glued)
                u.end = glued
                units.insert(i + 1, rest)
                n += 1
            i += 1
            continue
        name = name_line(line) if not u.bullet else None
        if name is not None and (_is_bio_start(st, units, i) or in_speakers or bio_zone):
            i = _read_bio(st, units, i, name, in_speakers)
            bio_zone = True
            continue
        if not u.bullet and is_position(line) and i + 1 < n and bio_opening(st.span(units[i + 1])):
            u.kind = "position"
            bio_name = bio_opening(st.span(units[i + 1])) or ""
            i = _read_bio(st, units, i + 1, bio_name, in_speakers, position=line)
            bio_zone = True
            continue
        if (
            not u.bullet
            and (opener := bio_opening(line)) is not None
            and (bio_zone or in_speakers or seen_heading or _later_bios(st, units, i))
        ):
            i = _read_bio(st, units, i, opener, in_speakers, name_in_bio=True)
            bio_zone = True
            continue
        if in_speakers and not u.bullet and _agenda_person(line, "person"):
            u.kind = "person"
            u.section = section
            i += 1
            continue
        if in_speakers and (is_headingish(line) or (is_sentence(line) and len(words_of(line)) >= 12)):
            # A labelled list of speakers ends where the summary resumes: a heading or a paragraph.
            in_speakers = False
        if in_speakers:
            u.kind = "other"
            i += 1
            continue
        if not u.bullet and (day := parse_date_line(line)) is not None and len(words_of(line)) <= 6:
            # An agenda's day heading (``Monday, March 4, 2019``): a date, not a section.
            u.kind = "other"
            st.date = st.date or day
            i += 1
            continue
        if not u.bullet and _agenda_person(line, units[i - 1].kind if i else ""):
            u.kind = "person"
            u.section = section
            i += 1
            continue
        headingish = not u.bullet and is_headingish(line)
        if headingish and (label := not_a_section(line)):
            u.kind = label
            u.section = section
            i += 1
            continue
        if headingish and not (_TIME_RE.match(line) and len(words_of(line)) <= 8):
            u.kind = "heading"
            section = " ".join(line.split()).rstrip(":").strip()
            st.sections.append(section)
            seen_heading = seen_heading or section.lower() not in LEAD_HEADINGS
            i += 1
            continue
        if u.bullet and _numbered_heading(text, u, units[i + 1] if i + 1 < n else None):
            u.kind, u.bullet, u.start = "heading", False, u.line_start
            section = " ".join(text[u.start : u.end].split())
            st.sections.append(section)
            seen_heading = True
            i += 1
            continue
        if u.bullet and _person_bullet(line):
            u.kind = "person"
            u.section = section
            i += 1
            continue
        label = topic_label(line)
        if label is not None:
            u.topic = label[0]
            u.start += label[1]
        u.kind = "para"
        u.section = section
        u.in_lead = not seen_heading and not bio_zone
        i += 1
    st.units = units


_CAPS_SURNAME_RE = re.compile(r"(?<![\w’'-])[A-Z]{2,}(?:-[A-Z]{2,})?(?![\w’'-])")
_INNER_SENTENCE_RE = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")


def _agenda_person(line: str, previous: str) -> bool:
    """``Mei-ling CHEN, Example University``: an agenda's name line, a participant and no heading.

    The name opens the line and an affiliation follows its comma; agendas mark
    the surname in capitals, and a line right after another such line (or a
    list line such as ``Moderator: ...``) is one too.
    """
    m = find_name_at(line, 0)
    if m is None or m.start != 0 or m.prefix or not line[m.end :].lstrip().startswith(","):
        return False
    if _INNER_SENTENCE_RE.search(line) or ends_sentence(line.rstrip()):
        return False
    return _CAPS_SURNAME_RE.search(line[: m.end]) is not None or previous in ("person", "list", "heading")


def _glued_rest(text: str, u: Unit) -> int | None:
    """Where a text glued to the end of a name list begins (``..., John DeluryPresident Trump ...``)."""
    listed, end = parse_name_list(text[: u.end], u.start)
    if listed and listed[-1].match.glued_at is not None and end < u.end:
        return end
    return None


def _later_bios(st: Structure, units: list[Unit], i: int) -> bool:
    """Whether the paragraphs after units[i] are bios too (a run of bios without name lines)."""
    nxt = units[i + 1] if i + 1 < len(units) else None
    return nxt is None or bio_opening(st.span(nxt)) is not None or name_line(st.span(nxt)) is not None


_NUMBER_MARK_RE = re.compile(r"\s*\d{1,2}[.)]\s")
_MAX_NUMBERED_HEADING_WORDS = 8


def _numbered_heading(text: str, u: Unit, following: Unit | None) -> bool:
    """``1. The cost of diversification`` over a paragraph: a numbered heading, not a list item (a
    short line without a final stop, whose next line is a paragraph rather than item 2)."""
    line = text[u.start : u.end]
    return (
        _NUMBER_MARK_RE.match(text, u.line_start, u.end) is not None
        and len(words_of(line)) <= _MAX_NUMBERED_HEADING_WORDS
        and not ends_sentence(line)
        and following is not None
        and not following.bullet
        and is_sentence(text[following.start : following.end])
    )


def _person_bullet(line: str) -> bool:
    m = find_name_at(line, 0)
    if m is None:
        return False
    rest = line[m.end :]
    return (rest.startswith(",") or not rest.strip()) and not is_sentence(line) and len(words_of(line)) <= 25


_BIO_GO_ON_RE = re.compile(r"(?:He|She|His|Her|They|Their|Prior|Previously|Before)\b")


def _read_bio(
    st: Structure,
    units: list[Unit],
    i: int,
    name: str,
    in_speakers: bool,
    *,
    position: str | None = None,
    name_in_bio: bool = False,
) -> int:
    """Mark a bio block starting at units[i]; return the index after it."""
    text = st.text
    n = len(units)
    j = i
    if not name_in_bio and units[i].kind != "bio":
        units[i].kind = "name"
        j = i + 1
        if j < n and not opens_on_person(st.span(units[j]), name) and is_position(st.span(units[j])):
            nxt_is_name = name_line(st.span(units[j])) is not None
            if not nxt_is_name or (j + 1 < n and opens_on_person(st.span(units[j + 1]), st.span(units[j]))):
                units[j].kind = "position"
                position = " ".join(st.span(units[j]).split())
                j += 1
    bio_parts: list[str] = []
    while j < n:
        line = st.span(units[j])
        if not bio_parts:
            if is_sentence(line) and (name_in_bio or opens_on_person(line, name)):
                units[j].kind = "bio"
                bio_parts.append(line)
                j += 1
                continue
            break
        if is_sentence(line) and not units[j].bullet and _BIO_GO_ON_RE.match(line):
            units[j].kind = "bio"
            bio_parts.append(line)
            j += 1
            continue
        break
    bio = " ".join(" ".join(bio_parts).split()) or None
    st.bios.append(BioEntry(name, position, bio, in_speakers))
    del text
    return max(j, i + 1)


def _agenda_panels_are_not_sections(st: Structure) -> None:
    """A panel heading under an agenda (``Panel I: ...`` followed by its ``Moderator:``/``Speakers:``
    lines and no paragraph) titles a panel; it is not a section of the body, and its lines stay
    under the enclosing section (``AGENDA``)."""
    units = st.units
    headings = [idx for idx, u in enumerate(units) if u.kind == "heading"]
    keep: list[str] = []
    enclosing: str | None = None
    for n, idx in enumerate(headings):
        title = " ".join(st.span(units[idx]).split()).rstrip(":").strip()
        stop = headings[n + 1] if n + 1 < len(headings) else len(units)
        body = [u for u in units[idx + 1 : stop] if u.kind not in ("nav", "other")]
        agenda_entry = (
            _PANEL_HEADING_RE.match(st.span(units[idx])) is not None
            and any(u.kind == "list" for u in body)
            and not any(u.kind == "para" for u in body)
        )
        if not agenda_entry:
            keep.append(title)
            enclosing = title
            continue
        for u in units[idx:stop]:
            u.section = enclosing
    if len(keep) == len(headings):
        return
    st.sections = keep


def _assign_panels(st: Structure) -> None:
    """Number panels when an agenda has several; every unit gets its panel and section."""
    units = st.units
    starts: list[int] = []
    last_heading: int | None = None
    for idx, u in enumerate(units):
        if u.kind == "heading":
            last_heading = idx
            if _PANEL_HEADING_RE.match(st.span(u)) and idx not in starts:
                starts.append(idx)
        elif u.kind == "list" and u.role == "moderator":
            since = [s for s in starts if last_heading is not None and s >= last_heading]
            if since:
                continue
            anchor = (
                last_heading
                if last_heading is not None and (not starts or last_heading > starts[-1])
                else idx
            )
            starts.append(anchor)
    starts.sort()
    if len(starts) < 2:
        return
    titles: list[str | None] = []
    for s in starts:
        titles.append(" ".join(st.span(units[s]).split()) if units[s].kind == "heading" else None)
    st.panel_titles = titles
    panel = 1
    for idx, u in enumerate(units):
        while panel < len(starts) and idx >= starts[panel]:
            panel += 1
        u.panel = panel
