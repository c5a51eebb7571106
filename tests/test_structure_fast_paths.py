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

from roundtables.parse import structure as S

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
    ]
)
_GAPS = st.sampled_from(["", " ", "  ", "\n", "\t", "\u00a0"])
_MADE_UP = st.lists(st.tuples(_PIECES, _GAPS), max_size=14).map(lambda ws: "".join(w + g for w, g in ws))


def _old_is_nav(text: str) -> bool:
    low = " ".join(text.lower().split())
    if low in S.NAV_LINES or low.endswith(("»", "›")) or S._BREADCRUMB_RE.search(low):
        return True
    if low.count("•") >= 3 and not text.lstrip().startswith("•"):
        return True
    if len(low.split()) <= 12 and S._CHROME_INSIDE_RE.search(low) and not S.is_sentence(text):
        return True
    if S._CHROME_RE.match(low) or (
        len(low.split()) <= 12 and S._STAMP_RE.search(low) and not S.is_sentence(text)
    ):
        return True
    if re.match(r"By [A-Z][\w.’'\-]+(?: [A-Z][\w.’'\-]+){0,3}(?:\s*(?:,|and|in)\s|\s*$|\s*\()", text):
        return True
    dated = re.match(r"[A-Za-z ]{2,20}\s*\|\s*(.+)$", text)
    if dated and S.parse_date_line(dated.group(1)):
        return True
    words = re.findall(r"[a-z]+|\d+", low)
    if words and all(w in S._PARTIAL_DATE_WORDS or (w.isdigit() and len(w) <= 2) for w in words):
        return True
    return bool(re.fullmatch(r"By [A-Z][\w.’'\-]+(?: [A-Z][\w.’'\-]+){0,3}", text))


def _old_is_tags(text: str) -> bool:
    return len(re.findall(r"[a-z][A-Z]", text)) >= 3 and not S._SENTENCE_END_RE.search(text)


def _same(text: str) -> None:
    assert S.is_nav(text) == _old_is_nav(text), text
    assert S.is_tags(text) == _old_is_tags(text), text


def test_the_lines_of_the_texts_read_as_before() -> None:
    assert len(_LINES) > 1000
    for line in _LINES:
        _same(line)


@given(text=_MADE_UP)
@settings(max_examples=3000, deadline=None)
def test_made_up_lines_read_as_before(text: str) -> None:
    _same(text)
