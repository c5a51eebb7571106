"""Whether the event was ``off_the_record``.

True when the text says ``off the record``, false when it says ``on the
record``, else null. The Chatham House Rule alone leaves it null: it forbids
naming a speaker, not reporting what was said.
"""

from __future__ import annotations

import re

_OFF_RE = re.compile(r"\boff[- ]the[- ]record\b", re.IGNORECASE)
_ON_RE = re.compile(r"\b(?:is|was|will be) on[- ]the[- ]record\b", re.IGNORECASE)


def off_the_record(text: str) -> bool | None:
    """True when the text says the event was off the record, False when on it, else None."""
    if "record" not in text.lower():  # in every match, in some case (no letter of it folds oddly)
        return None
    said = [(max(m.start() - _RECORD_REACH, 0), m.end() + 1) for m in _RECORD_RE.finditer(text)]
    if any(_OFF_RE.search(text, start, end) for start, end in said):
        return True
    if any(_ON_RE.search(text, start, end) for start, end in said):
        return False
    return None


_RECORD_RE = re.compile(r"[- ](?i:record)")
_RECORD_REACH = len("will be on the")
"""Every match of :data:`_OFF_RE` and :data:`_ON_RE` ends in ``[- ]record``, and starts at most as far
before it as the longest (``will be on the record``): only there are they searched (their ``\b``
sees one character past ``record``; a lookbehind sees before the start)."""
