"""roundtables evaluate: the matching rules on cases computed by hand, and agreement with score.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from roundtables.cli import app
from roundtables.errors import InputError
from roundtables.evaluate import evaluate, pair_claims, prf, same_cue, same_speaker_field
from roundtables.release import build_release

ROOT = Path(__file__).resolve().parents[1]
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
TEXT = "Alpha said the sky is blue. It rains often. Beta argued that taxes rise."


def span(sentence: str) -> dict[str, int]:
    start = TEXT.index(sentence)
    return {"sentence_start": start, "sentence_end": start + len(sentence)}


def speaker(key: str, nationality: str | None, role: str | None) -> dict[str, Any]:
    return {"mention": key, "kind": "individual", "nationality": nationality, "role": role, "key": key}


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


@pytest.fixture
def case(tmp_path: Path) -> tuple[Path, Path, Path]:
    """One event: three gold claims, three system claims (one wrong type, one wrong cue and cluster)."""
    raw, gold, release = tmp_path / "raw", tmp_path / "raw" / "gold", tmp_path / "release"
    gold.mkdir(parents=True)
    release.mkdir()
    (raw / "ev1.txt").write_text(TEXT, encoding="utf-8")
    event = {
        "date": "2020-01-02",
        "title": "Weather Talk",
        "location": None,
        "host_organization": "Example Institute",
        "format": "roundtable",
        "off_the_record": None,
        "sections": [],
    }
    s1 = {"key": "S1", "kind": "individual", "nationality": "US", "role": "participant"}
    s2 = {"key": "S2", "kind": "individual", "nationality": "CN", "role": "scholar"}
    claim = {"section": None, "topic": None}
    gold_file = {
        "event_id": "ev1",
        "event": event,
        "represented": ["CN", "US"],
        "people": [{"name": "Alpha", "role": "host"}, {"name": "Beta", "role": "discussant"}],
        "claims": [
            {"quote": "the sky is blue", "cue": "say", "attribution": "explicit", "speaker": s1, **claim},
            {"quote": "It rains often", "cue": None, "attribution": "continued", "speaker": s1, **claim},
            {"quote": "taxes rise", "cue": "argue", "attribution": "explicit", "speaker": s2, **claim},
        ],
    }
    (gold / "ev1.json").write_text(json.dumps(gold_file), encoding="utf-8")
    write_jsonl(
        release / "events.jsonl", [{"event_id": "ev1", **event, "title": "weather talk:", "format": "panel"}]
    )
    members = [
        {"person_id": p, "role": r} for p, r in (("alpha", "host"), ("beta", "speaker"), ("gamma", "speaker"))
    ]
    write_jsonl(
        release / "panels.jsonl",
        [{"panel_id": "ev1/p1", "event_id": "ev1", "members": members, "represented": ["US"]}],
    )
    write_jsonl(
        release / "people.jsonl", [{"person_id": p, "name": p.title()} for p in ("alpha", "beta", "gamma")]
    )
    base = {"event_id": "ev1", "panel_id": "ev1/p1", "section": None, "topic": None}
    write_jsonl(
        release / "claims.jsonl",
        [
            {"claim_id": "ev1/c001", **base, "text": "the sky is blue", **span("Alpha said the sky is blue."),
             "cue": "say", "attribution": "explicit", "speaker": speaker("k1", "US", "participant")},
            {"claim_id": "ev1/c002", **base, "text": "It rains often", **span("It rains often."),
             "cue": "add", "attribution": "explicit", "speaker": speaker("k1", "US", "participant")},
            {"claim_id": "ev1/c003", **base, "text": "taxes rise", **span("Beta argued that taxes rise."),
             "cue": "state", "attribution": "explicit", "speaker": speaker("k1", "CN", "senior scholar")},
        ],
    )  # fmt: skip
    return release, gold, raw


def test_figures_computed_by_hand(case: tuple[Path, Path, Path]) -> None:
    release, gold, raw = case
    f = evaluate(release, gold, raw).as_json()
    # found: c001 (g1) and c003 (g3, other cue); g2 is continued but c002 explicit: a miss and an extra
    assert (f["claims"]["tp"], f["claims"]["system"], f["claims"]["gold"]) == (2, 3, 3)
    assert f["claims"]["f1"] == 0.6667
    assert f["cue_accuracy"] == 0.5  # say == say, argue != state
    assert f["attribution_accuracy"] == 1.0  # "senior scholar" is a scholar by its last word
    # one system pair (k1, k1) that the gold does not pair: precision 0, recall 1 (no gold pairs), F1 0
    assert f["speaker_pairs"] == {"precision": 0.0, "recall": 1.0, "f1": 0.0, "tp": 0, "system": 1, "gold": 0}
    assert f["b_cubed"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667, "claims": 2}
    assert (f["people"]["precision"], f["people"]["recall"], f["people"]["f1"]) == (0.6667, 1.0, 0.8)
    assert f["role_accuracy"] == 0.5  # Beta: speaker, not discussant
    assert f["event_fields_accuracy"] == round(6 / 7, 4)  # the title matches loosely, the format does not
    assert f["represented_accuracy"] == 0.0
    # one event: every resample is that event, so each interval is a point
    assert f["ci95"] == {
        "claims_f1": [0.6667, 0.6667],
        "attribution_accuracy": [1.0, 1.0],
        "people_f1": [0.8, 0.8],
    }
    assert f["details"]["missed"] == ["ev1: missed [None] 'It rains often'"]
    assert f["details"]["cue"] == ["ev1: argue != state for 'taxes rise'"]


def test_pairing_prefers_the_same_cue_then_the_shorter_span() -> None:
    text = "Two noted that A holds. One agreed."
    gold = [{"quote": "A holds", "cue": "note", "attribution": "explicit"}]
    wide = {
        "sentence_start": 0,
        "sentence_end": len(text),
        "cue": "note",
        "attribution": "explicit",
        "text": "",
    }
    narrow = {"sentence_start": 0, "sentence_end": 23, "cue": "say", "attribution": "explicit", "text": ""}
    assert pair_claims(text, gold, [narrow, wide]) == [(0, 1)]
    wide["cue"] = "say"
    assert pair_claims(text, gold, [wide, narrow]) == [(0, 1)]
    narrow["attribution"] = "continued"
    assert pair_claims(text, gold, [wide, narrow]) == [(0, 0)]


def test_cue_role_and_ratio_rules() -> None:
    assert same_cue("point out", "point") and same_cue("Go  On", "go")
    assert not same_cue("point out", "point to") and not same_cue("say", None) and same_cue(None, None)
    assert same_speaker_field("role", "executive vice president", "vice president")
    assert not same_speaker_field("nationality", "US", None)
    assert prf(0, 0, 0) == (1.0, 1.0, 1.0) and prf(0, 0, 3) == (0.0, 0.0, 0.0)


def test_a_bad_gold_file_names_file_and_line(case: tuple[Path, Path, Path]) -> None:
    release, gold, raw = case
    (gold / "ev2.json").write_text('{"event_id": "ev2",\n  "event": }', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        evaluate(release, gold, raw)
    assert (caught.value.code, caught.value.line, caught.value.exit_code) == ("bad-gold", 2, 2)
    (gold / "ev2.json").unlink()
    data = json.loads((gold / "ev1.json").read_text(encoding="utf-8"))
    data["claims"][0]["quote"] = "not in the text"
    (gold / "ev1.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError, match=r"claims\[0\]: the quote is not in"):
        evaluate(release, gold, raw)


def test_cli_prints_figures_json_and_one_line_errors(case: tuple[Path, Path, Path]) -> None:
    release, gold, raw = case
    runner = CliRunner()
    text = runner.invoke(
        app, ["evaluate", str(release), "--gold", str(gold)]
    )  # raw: the gold folder's parent
    assert text.exit_code == 0, text.output
    assert "claims P/R/F1 0.667/0.667/0.667 [95% CI 0.667-0.667]" in text.stdout
    as_json = runner.invoke(app, ["evaluate", str(release), "--gold", str(gold), "--raw", str(raw), "--json"])
    assert json.loads(as_json.stdout)["claims"]["tp"] == 2
    missing = runner.invoke(app, ["evaluate", str(release), "--gold", str(raw / "none")])
    assert missing.exit_code == 2
    assert missing.stderr.strip().splitlines() == [f"error [bad-gold]: {raw / 'none'}: gold folder not found"]


def test_the_shipped_release_against_the_shipped_gold() -> None:
    result = CliRunner().invoke(app, ["evaluate", "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["events_scored"] == 2 and figures["claims"]["f1"] == 1.0


def score_py(raw: Path, release: Path, gold: Path, out: Path) -> dict[str, Any]:
    subprocess.run(
        [sys.executable, str(SCORE), "--raw", str(raw), "--release", str(release), "--gold", str(gold),
         "--json", str(out)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    loaded: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return loaded


@pytest.mark.skipif(not SCORE.is_file(), reason="../shared/eval/score.py is not beside the repository")
@pytest.mark.parametrize("corpus", ["hand-made", "seeds", "genre"])
def test_agrees_with_score_py(corpus: str, case: tuple[Path, Path, Path], tmp_path: Path) -> None:
    if corpus == "hand-made":
        release, gold, raw = case
    elif corpus == "seeds":
        raw, gold, release = ROOT / "raw", ROOT / "raw" / "gold", ROOT / "dist-data" / "v1.0.0"
    else:
        raw, gold = ROOT / "tests" / "genre" / "raw", ROOT / "tests" / "genre" / "gold"
        release = build_release(raw, tmp_path / "out", "0.0.1", schema_dir=ROOT / "schema").release
    ours = evaluate(release, gold, raw).as_json()
    theirs = score_py(raw, release, gold, tmp_path / "score.json")
    assert ours == theirs
