"""The parser on the project's own annotated genre texts, scored by ``roundtables.evaluate``.

(``tests/test_evaluate.py`` holds ``evaluate`` to the evaluation's ``score.py`` on the same texts.)

These are regression floors on texts the parser was later tuned on, not a
measure of generalization (that figure, on unseen texts, is in the README).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from parse_support import build_and_score

ROOT = Path(__file__).resolve().parents[1]
GENRE = ROOT / "tests" / "genre"


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    return build_and_score(GENRE, tmp_path_factory.mktemp("genre"))


def test_every_genre_text_is_annotated() -> None:
    raw = sorted(p.stem for p in (GENRE / "raw").glob("*.txt"))
    gold = sorted(p.stem for p in (GENRE / "gold").glob("*.json"))
    assert raw == gold and len(raw) == 38


def test_claims_are_found(scores: dict[str, object]) -> None:
    claims = scores["claims"]
    assert isinstance(claims, dict)
    assert claims["f1"] >= 0.97, scores["details"]


def test_speakers_are_attributed_and_clustered(scores: dict[str, object]) -> None:
    assert scores["attribution_accuracy"] >= 0.97
    pairs = scores["speaker_pairs"]
    assert isinstance(pairs, dict) and pairs["f1"] >= 0.95


def test_people_and_event_fields(scores: dict[str, object]) -> None:
    people = scores["people"]
    assert isinstance(people, dict) and people["f1"] >= 0.97
    assert scores["role_accuracy"] >= 0.97
    assert scores["event_fields_accuracy"] >= 0.97
    assert scores["integrity_errors"] == 0
