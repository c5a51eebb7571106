"""The event's ``title``: the header's, less a label, or the one a lead sentence gives in quotes.

The header's title is the structure's (:mod:`~roundtables.parse.structure`) and
loses a label before it (``Session: ...``); without one, a lead sentence may
name the event (``a panel discussion titled “X”``), a title the format reader
reads too.
"""

from __future__ import annotations

import re

_NAMED_RE = re.compile(
    r"(?<![\w-])(?:titled|entitled|themed|under the (?:title|theme))\s*[,:]?\s*"
    r"(?:[“\"](?P<title>[^”\"\n]{3,200}?)[,.]?[”\"]|‘(?P<single>[^\n]{3,200}?)[,.]?’(?!\w))"
)
"""``a panel discussion titled “X”``: a title the lead gives in quotation marks."""
_NAMED_CUES = ("titled", "themed", "under the ")
"""One of them is in every match of :data:`_NAMED_RE`."""


def named_title(lead: list[str]) -> str | None:
    """The title a lead sentence gives the event (``hosted a panel titled “...”``), or None."""
    for para in lead:
        m = _NAMED_RE.search(para) if any(cue in para for cue in _NAMED_CUES) else None
        if m:
            return (m.group("title") or m.group("single")).strip()
    return None


TITLE_LABEL_RE = re.compile(r"^(?:Title|Topic|Subject|Session|Event)\s*:\s+(?=\S)")
"""``Session: Plenary Session 4 (...)``: a label before the title is no part of it."""
