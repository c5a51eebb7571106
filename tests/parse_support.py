"""Helpers the parser tests share: parse a made-up text, build and score an annotated folder."""

from __future__ import annotations

from pathlib import Path

from roundtables.evaluate import evaluate
from roundtables.parse import ParsedEvent, parse_text
from roundtables.release import build_release

ROOT = Path(__file__).resolve().parents[1]


def parse_of(text: str, event_id: str = "t1") -> ParsedEvent:
    """The records of one made-up raw text."""
    return parse_text(text, event_id=event_id, source_file=f"raw/{event_id}.txt", source_sha256="0" * 64)


def build_and_score(folder: Path, out: Path) -> dict[str, object]:
    """Build ``folder/raw`` into ``out``, score it against ``folder/gold`` with ``roundtables.evaluate``."""
    summary = build_release(folder / "raw", out, "0.0.1", schema_dir=ROOT / "schema")
    assert summary.rejected == ()
    return evaluate(summary.release, folder / "gold", folder / "raw").as_json()
