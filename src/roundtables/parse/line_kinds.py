"""What a line of an event page is, read from how it is written, never from what it says: running
text, a heading, page chrome (navigation words, breadcrumbs, stamps, bylines, a chrome phrase of
``data/chrome.txt``), a line of glued topic tags, a name alone, a position, the opening of a bio, a
label over a list of people, an inline topic label. The structure reader
(:mod:`~roundtables.parse.structure`) puts the lines together."""

from __future__ import annotations

import re
from importlib import resources
from typing import Literal

from roundtables.parse.data_files import DataFile
from roundtables.parse.dates import INLINE_DATE_RE, parse_date_line
from roundtables.parse.geography import country_code
from roundtables.parse.lexicon import SENTENCE_ABBREVIATIONS
from roundtables.parse.names import find_name_at
from roundtables.parse.vocabulary import BIO_VERBS, FUNCTION_WORDS, MONTHS, NAV_LINES, WEEKDAYS

_CLOSERS = '"”’)]'


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends a sentence: an end mark, then only closing marks (``."``, ``?)``), read
    from the end; like a ``$`` pattern, it also ends before a final line break."""
    if text.endswith("\n") and text[:-1].rstrip(_CLOSERS).endswith((".", "!", "?")):
        return True
    return text.rstrip(_CLOSERS).endswith((".", "!", "?"))


LIST_LINE_RE = re.compile(
    r"^(?P<label>(?:Chinese |American |U\.S\. |Korean |Japanese )?(?:Discussants?|Moderators?|Moderated by|"
    r"Chairs?|Chairpersons?|Chairm[ae]n|Co-[Cc]hairs?|Chaired by|Panelists?|Panellists?|Speakers?|"
    r"Participants?|Featuring|Hosts?|Hosted by|"
    r"Presenters?|Commentators?|Respondents?|Keynote(?: Speakers?)?|Attendees|Featured Speakers?|"
    r"Observers?|In [Aa]ttendance|Also [Aa]ttending|Also [Pp]resent))"
    r"(?:\s*:\s*|(?<=by)\s+)(?=\S)"
)
_LABEL_RE = re.compile(r"^(?P<label>[“\"‘'«]?[^:!?;]{2,90}?\??[”\"’'»]?)\s*:\s+(?=\S)")
"""A short phrase before a colon, quoted or not; a question is allowed (``How Far Can It Go?: ...``).

Its full stops must all close abbreviations (checked apart, ``_only_abbreviation_stops``)."""
_STOP_WORD_RE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
_BIO_STARTS_FILE = DataFile.packaged("bio_starts.toml")
_BIO_START_WORDS: tuple[str, ...] = _BIO_STARTS_FILE.words("bio_start_words")
_BIO_STARTS_FILE.close()


def words_of(text: str) -> list[str]:
    return text.split()


def is_sentence(text: str) -> bool:
    """Whether a line reads as running text rather than a heading or a label."""
    if not ends_sentence(text):
        return len(words_of(text)) >= 30
    if text.rstrip('”"’)]').endswith("?"):
        return ", " in text or len(words_of(text)) >= 15
    return True


def cap_ratio(text: str) -> float:
    words = [w.strip("“”\"‘’'()[]:,") for w in words_of(text)]
    content = [w for w in words if w and w.lower() not in FUNCTION_WORDS]
    if not content:
        return 0.0
    caps = sum(1 for w in content if w[0].isupper() or w[0].isdigit())
    return caps / len(content)


_COMMA_LOWER_RE = re.compile(r",\s+[a-z]")
_BY_THE_HOST_RE = re.compile(
    r"^\W*(?:co-?)?(?:(?:organi[sz]ed|hosted|sponsored|convened)\s+by\s|organi[sz]ers?\s*:\s*)", re.IGNORECASE
)


def opens_on_host(text: str) -> bool:
    """``Organised by the X Institute in cooperation with the Y Forum``, ``Organiser: X``: a line that
    names who put the event on (a line of the lead however it is capitalized, never a heading); its
    event words are the hosts' names, not the event's."""
    return _BY_THE_HOST_RE.match(text) is not None


def is_headingish(text: str) -> bool:
    """A short line of its own, Title Case or capitals, no final full stop."""
    if len(text) > 140 or opens_on_host(text):
        return False
    words = words_of(text)
    if not words or len(words) > 16:
        return False
    if is_sentence(text) or text.endswith((",", ";")) or _COMMA_LOWER_RE.search(text):
        return False
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        return True
    return cap_ratio(text) >= 0.6


_PEOPLE_LABELS = frozenset(
    {"panelists", "panellists", "speakers", "speaker", "moderator", "moderators", "participants"}
)
_FILING_CODE_RE = re.compile(r"/\d{4,}\b")
_NAME_LINE_LEAD_RE = re.compile(r"^\W*(?:Next|Then|Finally)\s*,\s*")


_NAME_COMMA_RE = re.compile(r"\s*(?:\([^)]{1,12}\)\s*)?,")


def not_a_section(line: str) -> Literal["person", "other", ""]:
    """A heading-like line that heads nothing: a person and position (``Rear Admiral X (ret.), U.S.
    Navy``: ``person``), a label over a list of people (``Panelists``) or a place alone
    (``Bengaluru``) or a dated line (``Roundtable, 7 May 2024, Vienna``: ``other``); else ``""``."""
    bare = " ".join(line.split()).rstrip(":").strip()
    if bare.lower() in _PEOPLE_LABELS or (len(words_of(bare)) <= 3 and country_code(bare) is not None):
        return "other"
    if len(words_of(bare)) <= MAX_LOCATION_WORDS and (
        INLINE_DATE_RE.search(bare) or _FILING_CODE_RE.search(bare)
    ):
        return "other"  # ``Roundtable, 7 May 2024, Vienna``, ``Ahmad RM & Sarah A/032015``: stamps
    lead = _NAME_LINE_LEAD_RE.match(bare)
    m = find_name_at(bare, lead.end() if lead else 0)
    named = m is not None and _NAME_COMMA_RE.match(bare, m.end) is not None
    return "person" if named else ""


_CASE_JOIN_RE = re.compile(r"[a-z][A-Z]")


def is_tags(text: str) -> bool:
    """A line of topic tags glued together (``Political ReformEconomyTrade...``)."""
    return not ends_sentence(text) and len(_CASE_JOIN_RE.findall(text)) >= 3


_PARTIAL_DATE_WORDS = frozenset(MONTHS) | WEEKDAYS


def _chrome_phrases() -> tuple[str, ...]:
    data = resources.files("roundtables.parse").joinpath("data", "chrome.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in data.splitlines() if line.strip() and not line.startswith("#"))


CHROME_PHRASES: tuple[str, ...] = _chrome_phrases()
"""Openings of page-chrome lines (``Updated: ...``, ``Print Mail ...``, ``© Copyright``), as data."""
_CHROME_INSIDE_PHRASES = tuple(p for p in CHROME_PHRASES if len(p.split()) > 1 and p[-1].isalnum())
_CHROME_INSIDE_RE = re.compile(
    "|".join(r"(?<!\w)" + re.escape(p) + r"(?!\w)" for p in _CHROME_INSIDE_PHRASES)
)
"""A chrome phrase of several words inside a short line (a stamp and a font-size control run together)."""
_CHROME_INSIDE_ANY_RE = re.compile("|".join(re.escape(p) for p in _CHROME_INSIDE_PHRASES))
_CHROME_RE = re.compile(
    "|".join(re.escape(p) + (r"(?!\w)" if p[-1].isalnum() else "") for p in CHROME_PHRASES)
)
_STAMP_RE = re.compile(r"\d{1,2}[:.]\d{2}\b|\|")
"""A clock time or a pipe: a publication stamp or a breadcrumb (``15 settembre 2024 | 12.40``)."""


_BREADCRUMB_RE = re.compile(r"^(?:[^\s›»]+(?:\s+[^\s›»]+){0,3}\s*[›»]\s*){1,5}[^›»]{0,60}$")
"""``Home › Events › Past events``: a trail of links, a few words a step."""
_BYLINE_RE = re.compile(r"By [A-Z][\w.’'\-]+(?: [A-Z][\w.’'\-]+){0,3}(?:\s*(?:,|and|in)\s|\s*$|\s*\()")
"""``By Jane Doe, Staff Writer``: a byline (a line that is only ``By`` and a name matches too)."""
_PIPE_DATE_RE = re.compile(r"[A-Za-z ]{2,20}\s*\|\s*(.+)$")
_DATE_WORD_RE = re.compile(r"[a-z]+|\d+")


def _chrome_inside(low: str) -> bool:
    """``_CHROME_INSIDE_RE`` finds a phrase; the bare phrases (no word bounds) are found faster first."""
    return _CHROME_INSIDE_ANY_RE.search(low) is not None and _CHROME_INSIDE_RE.search(low) is not None


def is_nav(text: str) -> bool:
    """Page furniture: navigation words, a byline, a link line (``... »``), a date without a year,
    a publication date (``News | July 25, 2018``: when the page was posted, not when the event was),
    a chrome line of :data:`CHROME_PHRASES`, a short stamp with a clock time or a pipe."""
    return is_nav_folded(text, " ".join(text.lower().split()))


def is_nav_folded(text: str, low: str) -> bool:
    """:func:`is_nav` of ``text``, whose words in lower case joined by single spaces are ``low``."""
    if (
        low in NAV_LINES
        or low.endswith(("»", "›"))
        or (("›" in low or "»" in low) and _BREADCRUMB_RE.search(low))
    ):
        return True
    if low.count("•") >= 3 and not text.lstrip().startswith("•"):
        return True  # a ticker of other stories' headlines, run together
    short = low.count(" ") < 12  # ``low`` is words joined by single spaces: at most 12 words
    if short and _chrome_inside(low) and not is_sentence(text):
        return True  # ``Xinhua, May 7, 2015 Adjust font size:``
    if _CHROME_RE.match(low) or (short and _STAMP_RE.search(low) and not is_sentence(text)):
        return True
    if text.startswith("By ") and _BYLINE_RE.match(text):
        return True
    dated = _PIPE_DATE_RE.match(text) if "|" in text else None
    if dated and parse_date_line(dated.group(1)):
        return True
    seen = False
    for word in _DATE_WORD_RE.finditer(low):
        w = word.group()
        if not (w in _PARTIAL_DATE_WORDS or (w.isdigit() and len(w) <= 2)):
            return False
        seen = True
    return seen


def name_line(text: str) -> str | None:
    """The person's name when the whole line is a name (``Dr. Li Bin``, ``Tong Zhao``)."""
    m = find_name_at(text, 0)
    if m is None or text[m.end :].strip(" ,") or m.glued_at is not None:
        return None
    if m.prefix and not all(w.endswith(".") or w[0].isupper() for w in m.prefix.split()):
        return None
    return m.name


def _name_tokens(name: str) -> set[str]:
    return {t.strip(".").title() for t in name.split() if len(t.strip(".")) >= 2}


def opens_on_person(text: str, name: str) -> bool:
    """Whether a bio paragraph opens on the person (a name word, capitalized, among its first eight words)."""
    bare = [w.removesuffix("’s").removesuffix("'s").strip(",.()") for w in text.split(None, 8)[:8]]
    head = {w.title() for w in bare if w} & set(bare)
    return bool(_name_tokens(name) & head) and is_sentence(text)


_BIO_STARTS = "|".join(re.escape(w) for w in _BIO_START_WORDS)
_BIO_VERB_RE = re.compile(
    rf"\s+(?:{'|'.join(map(re.escape, BIO_VERBS))})\s+(?:{_BIO_STARTS})\b", re.IGNORECASE
)
_BIO_APPOSITIVE_RE = re.compile(rf",[^,]{{3,120}},\s+(?:is|was)\s+(?:{_BIO_STARTS})\b")


def bio_opening(text: str) -> str | None:
    """The name a bio paragraph without a name line opens with (``Tanvi Madan is a senior fellow ...``)."""
    m = find_name_at(text, 0)
    if m is None or m.prefix.strip():
        return None
    rest = text[m.end :]
    if _BIO_VERB_RE.match(rest) or _BIO_APPOSITIVE_RE.match(rest):
        return m.name
    return None


def is_position(text: str) -> bool:
    return not is_sentence(text) and len(words_of(text)) <= 25 and not text.endswith(":")


_DOTTED_RE = re.compile(r"(?:[A-Z]\.)*[A-Z]")


def _only_abbreviation_stops(label: str) -> bool:
    """Whether each full stop in a label closes an abbreviation (``U.S. Role``, ``Dr. Li’s Plan``)."""
    for i, ch in enumerate(label):
        if ch != ".":
            continue
        before = _STOP_WORD_RE.search(label[max(0, i - 20) : i + 1])
        if before is None:
            return False
        word = before.group(1)
        dotted = bool(_DOTTED_RE.fullmatch(word))
        if not dotted and word.lower() not in SENTENCE_ABBREVIATIONS:
            return False
    return True


def topic_label(text: str) -> tuple[str, int] | None:
    """An inline label opening a paragraph or bullet: (label text, offset of the content after it)."""
    m = _LABEL_RE.match(text) if ":" in text and not opens_on_host(text) else None
    if not m or not _only_abbreviation_stops(m.group("label")):
        return None
    raw = m.group("label")
    label = raw.strip().strip("“”\"‘’'«»").strip()
    words = words_of(label)
    if not words or len(words) > 10:
        return None
    quoted = raw[:1] in "“\"‘'«"
    if not quoted and (cap_ratio(label) < 0.6 or not label[0].isupper()):
        return None
    if LIST_LINE_RE.match(text) or parse_date_line(label):
        return None
    return label, m.end()


MAX_LOCATION_WORDS = 8
"""A location line names a place (``Beijing``, ``Carnegie Endowment, Washington, DC``), in a few words."""
