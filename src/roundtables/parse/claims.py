"""Claim extraction (placeholder until the claim extractor lands: finds nothing yet)."""

from __future__ import annotations

from collections.abc import Sequence

from roundtables.models import Claim
from roundtables.parse.blocks import Block
from roundtables.parse.result import PersonMention


def extract_claims(
    text: str, blocks: Sequence[Block], *, event_id: str, people: Sequence[PersonMention]
) -> list[Claim]:
    """Every claim in ``blocks`` of ``text``, numbered ``<event_id>/c001`` on in text order."""
    return []
