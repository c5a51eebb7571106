"""Property: no mutation of a real-shaped text makes the parser crash or place a claim outside the text.

The mutations are those of ``benchmarks/mutations.py`` (the fuzz harness runs
10,000 of them); the seed texts are the repository's own (``raw/`` and
``tests/genre/raw/``). Speed is measured by the harness, never asserted here.
"""

from __future__ import annotations

import random
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from release_support import ROOT
from roundtables.errors import RawTextError
from roundtables.parse import parse_text
from roundtables.parse.rawtext import decode_raw

sys.path.insert(0, str(ROOT / "benchmarks"))
from mutations import MUTATIONS, mutate

SEEDS = sorted([*(ROOT / "raw").glob("*.txt"), *(ROOT / "tests" / "genre" / "raw").glob("*.txt")])


def _parse_or_refuse(text: str) -> None:
    try:
        decoded = decode_raw(text.encode("utf-8"), path="mutated.txt")
        parsed = parse_text(decoded, event_id="mutated", source_file="mutated.txt", source_sha256="0" * 64)
    except RawTextError:
        return
    for claim in parsed.claims:
        assert 0 <= claim.sentence_start <= claim.sentence_end <= len(parsed.text), claim.claim_id


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), which=st.integers(0, len(SEEDS) - 1))
def test_mutated_texts_parse_or_are_refused_with_a_reason(seed: int, which: int) -> None:
    text, _names = mutate(SEEDS[which].read_text(encoding="utf-8"), random.Random(seed))
    _parse_or_refuse(text)


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_each_mutation_on_a_seed(name: str) -> None:
    text = SEEDS[0].read_text(encoding="utf-8")
    _parse_or_refuse(MUTATIONS[name](text, random.Random(11)))
