"""The hand-over between the structure reader and the claim extractor.

The structure reader (``roundtables.parse.structure``) finds where the body's
paragraphs and bullets are, under which heading and inline label they stand and
which panel they belong to; the claim extractor (``roundtables.parse.claims``)
only ever reads inside those spans, so both agree on offsets by construction.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Block:
    """A paragraph or bullet of the body that may carry claims.

    ``start``/``end`` are code-point offsets in the decoded text and cover the
    block's content only: after any bullet mark and inline topic label, without
    surrounding white space. Lead paragraphs are blocks (``section`` None until
    the first heading); headings, name lists (``Discussants: ...``), bios, the
    ``event speakers`` block and agenda lines are not.
    """

    start: int
    end: int
    section: str | None
    topic: str | None
    panel: int = 1
