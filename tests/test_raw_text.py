"""roundtables.raw_text: the text a claim's offsets count in, checked against the release's hash."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import roundtables
from roundtables.errors import ReleaseError

ROOT = Path(__file__).resolve().parents[1]


def test_every_claim_sentence_is_in_its_raw_text() -> None:
    texts: dict[str, str] = {}
    for claim in roundtables.claims():
        text = texts.setdefault(claim.event_id, roundtables.raw_text(claim.event_id))
        sentence = text[claim.sentence_start : claim.sentence_end].casefold()
        words = iter(re.findall(r"\w+", sentence))
        assert all(w in words for w in re.findall(r"\w+", claim.text.casefold())), claim.claim_id


def test_a_changed_raw_text_is_refused(tmp_path: Path) -> None:
    event_id = roundtables.events()[0].event_id
    shutil.copytree(ROOT / "raw", tmp_path / "raw")
    path = tmp_path / "raw" / f"{event_id}.txt"
    assert roundtables.raw_text(event_id, raw=tmp_path / "raw") == path.read_text(encoding="utf-8")
    path.write_text(path.read_text(encoding="utf-8") + "x", encoding="utf-8")
    with pytest.raises(ReleaseError, match="SHA-256 differs"):
        roundtables.raw_text(event_id, raw=tmp_path / "raw")
    path.unlink()
    with pytest.raises(ReleaseError, match="no raw text for this event here"):
        roundtables.raw_text(event_id, raw=tmp_path / "raw")


def test_an_unknown_event_is_refused() -> None:
    with pytest.raises(ReleaseError, match="no event 'nope'"):
        roundtables.raw_text("nope")
