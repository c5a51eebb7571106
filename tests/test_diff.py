"""diff_releases: records added, removed and changed between two releases, by id and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from release_support import build_fake, write_corpus
from roundtables.errors import ReleaseError
from roundtables.release import diff_releases
from roundtables.release.diff import changed_fields


@pytest.fixture
def raw(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return write_corpus(tmp_path / "raw")


def test_identical_releases_have_no_difference(raw: Path, tmp_path: Path) -> None:
    old = build_fake(raw, tmp_path / "out", "1.0.0").release
    new = build_fake(raw, tmp_path / "other", "1.0.0").release
    result = diff_releases(old, new)
    assert result.identical
    assert result.lines()[-1] == "no record differs"


def test_an_edited_raw_sentence_names_the_claim_it_changed(raw: Path, tmp_path: Path) -> None:
    old = build_fake(raw, tmp_path / "out", "1.0.0").release
    text = (raw / "ev2.txt").read_text(encoding="utf-8")
    (raw / "ev2.txt").write_text(text.replace("the tea was cold", "the tea was cool"), encoding="utf-8")
    new = build_fake(raw, tmp_path / "out", "1.0.1").release
    result = diff_releases(old, new)
    claims = result.tables["claims"]
    assert claims.added == () and claims.removed == ()
    assert [(c.id, c.fields) for c in claims.changed] == [("ev2/c001", ("text",))]
    events = result.tables["events"]
    assert [(c.id, c.fields) for c in events.changed] == [("ev2", ("source_sha256",))]
    assert result.tables["panels"].empty and result.tables["people"].empty
    assert "  ~ ev2/c001: text" in result.lines()
    assert result.old_version == "1.0.0" and result.new_version == "1.0.1"


def test_added_and_removed_events_and_their_records(raw: Path, tmp_path: Path) -> None:
    old = build_fake(raw, tmp_path / "out", "1.0.0").release
    (raw / "ev1.txt").unlink()
    (raw / "ev4.txt").write_text(
        "A fourth meeting\nSpeaker: Cy Dunn\nCy Dunn said rain is coming.\n", "utf-8"
    )
    new = build_fake(raw, tmp_path / "out", "2.0.0").release
    result = diff_releases(old, new)
    assert result.tables["events"].added == ("ev4",)
    assert result.tables["events"].removed == ("ev1",)
    assert result.tables["claims"].added == ("ev4/c001",)
    assert result.tables["claims"].removed == ("ev1/c001", "ev1/c002")
    assert result.tables["people"].added == ("cy-dunn",)
    assert result.tables["people"].removed == ("ben-ortiz",)
    assert [(c.id, c.fields) for c in result.tables["people"].changed] == [("ada-lane", ("event_ids",))]
    as_json = result.as_json()
    assert as_json["tables"]["people"]["changed"] == [{"id": "ada-lane", "fields": ["event_ids"]}]
    assert as_json["tables"]["events"]["added"] == ["ev4"]
    assert "events: 1 added, 1 removed, 0 changed" in result.lines()


def test_a_change_inside_an_object_names_the_nested_field() -> None:
    old = {"claim_id": "e/c001", "speaker": {"kind": "individual", "nationality": "US"}, "cue": "say"}
    new = {"claim_id": "e/c001", "speaker": {"kind": "individual", "nationality": "CN"}, "cue": "add"}
    assert changed_fields(old, new) == ["speaker.nationality", "cue"]


def test_diffing_a_folder_that_is_no_release_is_an_error(raw: Path, tmp_path: Path) -> None:
    old = build_fake(raw, tmp_path / "out", "1.0.0").release
    with pytest.raises(ReleaseError):
        diff_releases(old, tmp_path / "nothing")
