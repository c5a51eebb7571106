"""The structure reader's fast paths (pre-checks, early exits, hoisted patterns) answer as the plain forms.

The plain forms are kept here as the reference; they are run on every line of
the genre and blind texts and on made-up lines built from the pieces the
patterns look for.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from roundtables.parse import dates as D
from roundtables.parse import line_kinds as K
from roundtables.parse import structure as S

_SENTENCE_END_RE = re.compile(r"[.!?][\"”’)\]]*$")
"""The sentence end ``line_kinds.ends_sentence`` reads from the end, as a pattern."""

ROOT = Path(__file__).resolve().parents[1]
_LINES = sorted(
    {
        line.strip()
        for folder in ("tests/genre/raw", "tests/blind/raw", "raw")
        for path in sorted((ROOT / folder).glob("*.txt"))
        for line in path.read_text(encoding="utf-8").split("\n")
    }
)
_PIECES = st.sampled_from(
    [
        "By ",
        "by",
        "Jane",
        "O’Neil",
        "Doe",
        "and",
        "in",
        "(",
        ",",
        ".",
        "?",
        "!",
        "”",
        ")",
        "|",
        "›",
        "»",
        "•",
        "May",
        "monday",
        "Mon.",
        "7",
        "2015",
        "12:40",
        "font size",
        "Adjust font size:",
        "read more",
        "all rights reserved",
        "We use cookies",
        "Updated on",
        "Home",
        "news",
        "ReformEconomyTrade",
        "aB",
        "x",
        "٣",
        "²",
        "hosted",
        "held on",
        "On",
        "met",
        "is",
        "a",
        "senior",
        "Jane Doe",
        "Jane’s",
        "Doe,",
        "(Doe)",
        "Tanvi Madan",
        "was",
    ]
)
_GAPS = st.sampled_from(["", " ", "  ", "\n", "\t", "\u00a0"])
_MADE_UP = st.lists(st.tuples(_PIECES, _GAPS), max_size=20).map(lambda ws: "".join(w + g for w, g in ws))


def _old_is_nav(text: str) -> bool:
    low = " ".join(text.lower().split())
    if low in K.NAV_LINES or low.endswith(("»", "›")) or K._BREADCRUMB_RE.search(low):
        return True
    if low.count("•") >= 3 and not text.lstrip().startswith("•"):
        return True
    if len(low.split()) <= 12 and K._CHROME_INSIDE_RE.search(low) and not K.is_sentence(text):
        return True
    if K._CHROME_RE.match(low) or (
        len(low.split()) <= 12 and K._STAMP_RE.search(low) and not K.is_sentence(text)
    ):
        return True
    if re.match(r"By [A-Z][\w.’'\-]+(?: [A-Z][\w.’'\-]+){0,3}(?:\s*(?:,|and|in)\s|\s*$|\s*\()", text):
        return True
    dated = re.match(r"[A-Za-z ]{2,20}\s*\|\s*(.+)$", text)
    if dated and D.parse_date_line(dated.group(1)):
        return True
    words = re.findall(r"[a-z]+|\d+", low)
    if words and all(w in K._PARTIAL_DATE_WORDS or (w.isdigit() and len(w) <= 2) for w in words):
        return True
    return bool(re.fullmatch(r"By [A-Z][\w.’'\-]+(?: [A-Z][\w.’'\-]+){0,3}", text))


def _old_is_tags(text: str) -> bool:
    return len(re.findall(r"[a-z][A-Z]", text)) >= 3 and not _SENTENCE_END_RE.search(text)


def _old_is_sentence(text: str) -> bool:
    words = text.split()
    if len(words) >= 30:
        return True
    if not _SENTENCE_END_RE.search(text):
        return False
    if text.rstrip('”"’)]').endswith("?"):
        return len(words) >= 15 or ", " in text
    return True


def _old_is_headingish(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 16 or len(text) > 140:
        return False
    host = r"\W*(?:co-?)?(?:(?:organi[sz]ed|hosted|sponsored|convened)\s+by\s|organi[sz]ers?\s*:)"
    if re.match(host, text, re.IGNORECASE):
        return False  # the host's line (``Organised by ...``, ``Organiser: ...``), never a heading
    if _old_is_sentence(text) or text.endswith((",", ";")) or re.search(r",\s+[a-z]", text):
        return False
    letters = [c for c in text if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        return True
    return K.cap_ratio(text) >= 0.6


def _old_mentions(text: str, name: str) -> bool:
    head = {w.removesuffix("’s").removesuffix("'s").strip(",.()").title() for w in text.split()[:8]}
    head = {w for w in head if w} & {
        w.removesuffix("’s").removesuffix("'s").strip(",.()") for w in text.split()[:8]
    }
    return bool(K._name_tokens(name) & head) and _old_is_sentence(text)


def _old_bio_opening(text: str) -> str | None:
    m = K.find_name_at(text, 0)
    if m is None or m.prefix.strip():
        return None
    rest = text[m.end :]
    verbs = "|".join(K.BIO_VERBS)
    starts = "|".join(re.escape(w) for w in K._BIO_START_WORDS)
    if re.match(rf"\s+(?:{verbs})\s+(?:{starts})\b", rest, re.IGNORECASE):
        return m.name
    if re.match(rf",[^,]{{3,120}},\s+(?:is|was)\s+(?:{starts})\b", rest):
        return m.name
    return None


def _old_inline_event_date(text: str) -> str | None:
    for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z(])", text):
        if not D._EVENT_VERB_RE.search(sentence) and not D._ON_DATE_RE.match(sentence):
            continue
        m = D.INLINE_DATE_RE.search(sentence)
        if m:
            mon = K.MONTHS[(m.group("mon") or m.group("dmon")).lower()]
            day, year = (
                (m.group("day"), m.group("year")) if m.group("mon") else (m.group("dday"), m.group("dyear"))
            )
            try:
                return D.dt.date(int(year), mon, int(day)).isoformat()
            except ValueError:
                continue
    return None


def _same(text: str) -> None:
    assert K.is_nav(text) == _old_is_nav(text), text
    assert K.is_tags(text) == _old_is_tags(text), text
    assert K.is_sentence(text) == _old_is_sentence(text), text
    assert K.is_headingish(text) == _old_is_headingish(text), text
    assert K.bio_opening(text) == _old_bio_opening(text), text
    assert D.inline_event_date(text) == _old_inline_event_date(text), text
    for name in ("Jane Doe", "O’Neil", "J. Doe", "Monday"):
        assert K.opens_on_person(text, name) == _old_mentions(text, name), (text, name)


def test_the_lines_of_the_texts_read_as_before() -> None:
    assert len(_LINES) > 1000
    for line in _LINES:
        _same(line)


@given(text=_MADE_UP)
@settings(max_examples=3000, deadline=None)
def test_made_up_lines_read_as_before(text: str) -> None:
    _same(text)


def _edge_shapes() -> list[str]:
    shapes = []
    for n in range(1, 34):
        for word in ("Word", "word", "Jane"):
            for end in ("", ".", "?", "?”", "!", ":", ","):
                for comma in ("", ", x"):
                    shapes.append(" ".join([word] * n) + comma + end)
    for k in range(12):
        shapes.append(" ".join(["The"] * k + ["Doe’s", "work", "is", "known."]))
    for size in range(130, 150):
        shapes.append(("Ab " * 60)[:size].strip() + "x")
        shapes.append(("Abcdefghij " * 15)[:size].strip() + "x")
    return shapes


def test_edge_shapes_read_as_before() -> None:
    for text in _edge_shapes():
        _same(text)


@given(text=st.text(alphabet='.!?"”’)]\n a\u2028', max_size=8))
@settings(max_examples=3000, deadline=None)
def test_a_sentence_end_is_read_from_the_end_as_the_pattern_reads_it(text: str) -> None:
    assert K.ends_sentence(text) == (re.search(r"[.!?][\"”’)\]]*$", text) is not None), repr(text)


_SUMMARY_PIECES = st.sampled_from(
    [
        "Panel",
        "PANELISTS",
        "panels",
        "round table",
        "Round Table",
        "roundtable",
        "policy makers",
        "Summit",
        "talks",
        "stalks",
        "experts",
        "expert",
        "Think Tanks",
        "officials",
        "-",
        "_",
        "x",
        "é",
        "ſ",
        "ı",
        "K",
        "İ",
        "\u017fummit",
        "\u0131",
        "WOR\u212aSHOP",
    ]
)


@given(text=st.lists(st.tuples(_SUMMARY_PIECES, _GAPS), max_size=8).map(lambda ws: "".join(map("".join, ws))))
@settings(max_examples=2000, deadline=None)
def test_a_summary_word_is_found_as_before(text: str) -> None:
    assert S._summary_word(text) == (S._SUMMARY_WORD_RE.search(text) is not None), text


_OLD_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")


@given(text=st.text(alphabet=".!?a A(\n\u2028\t", max_size=14))
@settings(max_examples=3000, deadline=None)
def test_sentences_split_as_before(text: str) -> None:
    assert D._SENTENCE_SPLIT_RE.split(text) == _OLD_SENTENCE_SPLIT.split(text)
    assert [m.span() for m in D._SENTENCE_SPLIT_RE.finditer(text)] == [
        m.span() for m in _OLD_SENTENCE_SPLIT.finditer(text)
    ]


def test_the_lines_split_into_sentences_as_before() -> None:
    for line in _LINES:
        assert D._SENTENCE_SPLIT_RE.split(line) == _OLD_SENTENCE_SPLIT.split(line)
