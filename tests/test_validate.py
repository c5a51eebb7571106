"""validate_release: a sound release has no problem; each kind of damage is named with its code."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from release_support import build_fake, edit_lines, rewrite, write_corpus
from roundtables.errors import ReleaseError
from roundtables.release import Problem, validate_release


@pytest.fixture
def raw(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return write_corpus(tmp_path / "raw")


@pytest.fixture
def release(raw: Path, tmp_path: Path) -> Path:
    return build_fake(raw, tmp_path / "out").release


def codes(problems: list[Problem]) -> set[tuple[str, str]]:
    return {(p.code, p.path) for p in problems}


def test_a_fresh_release_is_valid(release: Path, raw: Path) -> None:
    assert validate_release(release) == []
    assert validate_release(release, raw) == []


def test_a_tampered_file_is_found_by_its_hash(release: Path) -> None:
    data = bytearray((release / "claims.parquet").read_bytes())
    data[len(data) // 2] ^= 0xFF
    (release / "claims.parquet").write_bytes(bytes(data))
    problems = validate_release(release)
    assert ("hash-mismatch", "claims.parquet") in codes(problems)
    assert ("bytes-mismatch", "claims.parquet") not in codes(problems)


def test_an_extra_line_is_found(release: Path) -> None:
    path = release / "claims.jsonl"
    first = path.read_text(encoding="utf-8").splitlines(keepends=True)[0]
    with path.open("a", encoding="utf-8") as handle:
        handle.write(first)
    found = codes(validate_release(release))
    assert {
        ("hash-mismatch", "claims.jsonl"),
        ("bytes-mismatch", "claims.jsonl"),
        ("rows-mismatch", "claims.jsonl"),
        ("duplicate-id", "claims.jsonl"),
        ("parquet-differs", "claims.parquet"),
    } <= found
    duplicate = next(p for p in validate_release(release) if p.code == "duplicate-id")
    assert duplicate.line == 4
    assert "ev1/c001" in duplicate.message


def test_a_blank_line_is_found(release: Path) -> None:
    text = (release / "events.jsonl").read_text(encoding="utf-8")
    rewrite(release, "events.jsonl", text + "\n")
    problems = validate_release(release)
    assert [(p.code, p.line) for p in problems] == [("blank-line", 4)]


def test_a_claim_on_a_missing_panel_is_a_broken_reference(release: Path) -> None:
    def break_reference(records: list[dict[str, Any]]) -> None:
        records[1]["panel_id"] = "ev1/p9"

    edit_lines(release, "claims.jsonl", break_reference)
    problems = validate_release(release)
    assert {p.code for p in problems} == {"unknown-panel", "parquet-differs"}
    unknown = next(p for p in problems if p.code == "unknown-panel")
    assert (unknown.path, unknown.line) == ("claims.jsonl", 2)
    assert "ev1/c002" in unknown.message and "ev1/p9" in unknown.message


def test_a_claim_on_another_events_panel_is_found(release: Path) -> None:
    edit_lines(release, "claims.jsonl", lambda rs: rs[2].update(panel_id="ev2/p1", event_id="ev1"))
    found = {p.code for p in validate_release(release)}
    assert "invalid-record" in found  # the models: claim ev2/c001 must belong to its event


def test_members_must_be_people_and_people_must_list_their_events(release: Path) -> None:
    def drop_ben(records: list[dict[str, Any]]) -> None:
        records[:] = [r for r in records if r["person_id"] != "ben-ortiz"]
        records[0]["event_ids"] = ["ev1"]

    edit_lines(release, "people.jsonl", drop_ben)
    problems = [p for p in validate_release(release) if p.code not in {"rows-mismatch", "parquet-differs"}]
    assert sorted((p.code, p.path) for p in problems) == [
        ("person-events", "people.jsonl"),
        ("unknown-person", "claims.jsonl"),
        ("unknown-person", "panels.jsonl"),
    ]
    person_events = next(p for p in problems if p.code == "person-events")
    assert "ada-lane" in person_events.message


def test_a_record_the_schema_rejects_is_named(release: Path) -> None:
    edit_lines(release, "claims.jsonl", lambda rs: rs[0].update(cue="Said!"))
    invalid = [p for p in validate_release(release) if p.code == "invalid-record"]
    assert len(invalid) == 1
    assert invalid[0].line == 1 and "ev1/c001" in invalid[0].message and "cue" in invalid[0].message


def test_fields_out_of_schema_order_are_found(release: Path) -> None:
    edit_lines(release, "events.jsonl", lambda rs: rs.__setitem__(0, dict(reversed(list(rs[0].items())))))
    assert ("field-order", "events.jsonl") in codes(validate_release(release))


def test_extra_and_missing_files_are_found(release: Path) -> None:
    (release / "notes.txt").write_text("hello\n", encoding="utf-8")
    (release / "people.parquet").unlink()
    found = codes(validate_release(release))
    assert ("extra-file", "notes.txt") in found
    assert ("missing-file", "people.parquet") in found


def test_a_parquet_file_with_an_inferred_schema_is_found(release: Path) -> None:
    rows = [json.loads(line) for line in (release / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    sink = pa.BufferOutputStream()
    pq.write_table(pa.Table.from_pylist(rows), sink)
    descriptor = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    (release / "events.parquet").write_bytes(sink.getvalue().to_pybytes())
    (release / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    found = codes(validate_release(release))
    assert ("parquet-schema", "events.parquet") in found


def test_spans_are_checked_against_the_raw_texts(release: Path, raw: Path) -> None:
    text = (raw / "ev1.txt").read_text(encoding="utf-8")
    (raw / "ev1.txt").write_text("Preface added later.\n" + text, encoding="utf-8")
    (raw / "ev3.txt").unlink()
    problems = validate_release(release, raw)
    assert sorted((p.code, Path(p.path).name) for p in problems) == [
        ("raw-changed", "ev1.txt"),
        ("raw-missing", "ev3.txt"),
        ("span-mismatch", "claims.jsonl"),
        ("span-mismatch", "claims.jsonl"),
    ]
    assert validate_release(release) == []


def test_a_span_past_the_end_of_the_text_is_found(release: Path, raw: Path) -> None:
    edit_lines(release, "claims.jsonl", lambda rs: rs[2].update(sentence_end=10_000))
    found = {p.code for p in validate_release(release, raw) if p.code != "parquet-differs"}
    assert found == {"span-out-of-range"}


def test_a_folder_that_is_no_release_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ReleaseError, match=r"no datapackage\.json"):
        validate_release(tmp_path)
    with pytest.raises(ReleaseError, match="not found"):
        validate_release(tmp_path / "v9.9.9")
