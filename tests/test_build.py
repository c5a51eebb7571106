"""build_release: what a release holds, and that it is reproducible, safe and loses nothing."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from release_support import ROOT, build_fake, fake_parse, hashes, write_corpus
from roundtables.errors import ReleaseError, ReleaseExistsError, ReleaseLockedError
from roundtables.models import Claim
from roundtables.parse.result import ParsedEvent
from roundtables.release import build_release, validate_release
from roundtables.release.writer import build_lock

RELEASE_FILES = {
    *(f"{t}.{f}" for t in ("events", "panels", "people", "claims") for f in ("jsonl", "parquet")),
    "event.schema.json",
    "panel.schema.json",
    "person.schema.json",
    "claim.schema.json",
    "datapackage.json",
    "README.md",
    "croissant.json",
}


def jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return write_corpus(tmp_path / "raw")


def test_release_holds_every_table_in_both_formats(corpus: Path, tmp_path: Path) -> None:
    summary = build_fake(corpus, tmp_path / "out", "0.3.1")
    release = tmp_path / "out" / "v0.3.1"
    assert summary.status == "written"
    assert summary.release == release
    assert {p.name for p in release.iterdir()} == RELEASE_FILES
    assert summary.files_read == 3
    assert summary.records == {"events": 3, "panels": 3, "people": 2, "claims": 3}
    assert summary.rejected == ()
    assert [e["event_id"] for e in jsonl(release / "events.jsonl")] == ["ev1", "ev2", "ev3"]
    assert [e["source_file"] for e in jsonl(release / "events.jsonl")] == [
        "raw/ev1.txt",
        "raw/ev2.txt",
        "raw/ev3.txt",
    ]
    for table in ("events", "panels", "people", "claims"):
        assert pq.read_table(release / f"{table}.parquet").to_pylist() == jsonl(release / f"{table}.jsonl")
    for name in ("event", "panel", "person", "claim"):
        shipped = (release / f"{name}.schema.json").read_bytes()
        assert shipped == (ROOT / "schema" / f"{name}.schema.json").read_bytes()


def test_people_are_merged_across_events(corpus: Path, tmp_path: Path) -> None:
    build_fake(corpus, tmp_path / "out")
    people = jsonl(tmp_path / "out" / "v1.0.0" / "people.jsonl")
    assert people == [
        {
            "person_id": "ada-lane",
            "name": "Ada Lane",
            "affiliations": ["Example Institute"],
            "bio": None,
            "event_ids": ["ev1", "ev2"],
        },
        {
            "person_id": "ben-ortiz",
            "name": "Ben Ortiz",
            "affiliations": ["Example Institute"],
            "bio": None,
            "event_ids": ["ev1"],
        },
    ]


def test_jsonl_is_compact_utf8_in_model_field_order(corpus: Path, tmp_path: Path) -> None:
    (corpus / "ev4.txt").write_text("Réunion\nSpeaker: Zoe Ng\nZoe Ng said “yes”.\n", encoding="utf-8")
    build_fake(corpus, tmp_path / "out")
    lines = (tmp_path / "out" / "v1.0.0" / "claims.jsonl").read_text(encoding="utf-8").splitlines()
    last = lines[-1]
    assert last.startswith('{"claim_id":"ev4/c001","event_id":"ev4","panel_id":"ev4/p1","section":null,')
    assert '"text":"“yes”"' in last
    assert list(json.loads(last)) == list(Claim.model_fields)
    assert ", " not in last and ": " not in last


def test_claim_spans_point_into_the_raw_text(corpus: Path, tmp_path: Path) -> None:
    build_fake(corpus, tmp_path / "out")
    claims = jsonl(tmp_path / "out" / "v1.0.0" / "claims.jsonl")
    text = (corpus / "ev1.txt").read_text(encoding="utf-8")
    first = claims[0]
    assert isinstance(first["sentence_start"], int) and isinstance(first["sentence_end"], int)
    assert text[first["sentence_start"] : first["sentence_end"]] == "Ada Lane said the weather favors talks."


def test_source_file_outside_the_working_directory_is_folder_and_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = write_corpus(tmp_path / "texts")
    elsewhere = tmp_path / "work"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    build_fake(raw, tmp_path / "out")
    events = jsonl(tmp_path / "out" / "v1.0.0" / "events.jsonl")
    assert events[0]["source_file"] == "texts/ev1.txt"


def test_parquet_keeps_the_declared_type_of_an_all_null_column(corpus: Path, tmp_path: Path) -> None:
    build_fake(corpus, tmp_path / "out")
    schema = pq.read_schema(tmp_path / "out" / "v1.0.0" / "claims.parquet")
    speaker = schema.field("speaker").type
    assert speaker.field("nationality").type == pa.string()
    assert schema.field("section").type == pa.string()
    assert schema.field("sentence_start").type == pa.int64()


def test_two_builds_give_byte_identical_files(corpus: Path, tmp_path: Path) -> None:
    build_fake(corpus, tmp_path / "a")
    build_fake(corpus, tmp_path / "b")
    first, second = hashes(tmp_path / "a" / "v1.0.0"), hashes(tmp_path / "b" / "v1.0.0")
    assert first == second
    assert set(first) == RELEASE_FILES


def test_descriptor_declares_every_file_with_size_hash_and_rows(corpus: Path, tmp_path: Path) -> None:
    build_fake(corpus, tmp_path / "out")
    release = tmp_path / "out" / "v1.0.0"
    descriptor = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["name"] == "raw"  # no raw/dataset.toml: named after its folder, no licence claimed
    assert descriptor["version"] == "1.0.0"
    assert descriptor["licenses"] == [] and descriptor["sources"] == []
    by_path = {r["path"]: r for r in descriptor["resources"]}
    assert set(by_path) == {n for n in RELEASE_FILES if n.endswith((".jsonl", ".parquet"))}
    digests = hashes(release)
    for name, resource in by_path.items():
        assert resource["bytes"] == (release / name).stat().st_size
        assert resource["hash"] == f"sha256:{digests[name]}"
        assert resource["schema"]["primaryKey"]
    assert by_path["claims.jsonl"]["rows"] == 3
    assert by_path["claims.parquet"]["roundtables:rows"] == 3
    assert by_path["claims.jsonl"]["mediatype"] == "application/jsonl"
    assert by_path["people.parquet"]["format"] == "parquet"
    assert descriptor["roundtables"]["pyarrow_version"] == pa.__version__
    assert descriptor["roundtables"]["skipped"] == []
    text = (release / "datapackage.json").read_text(encoding="utf-8")
    assert not re.search(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:", text), "a timestamp in the descriptor"


def test_small_batches_stream_into_many_row_groups_with_the_same_rows(corpus: Path, tmp_path: Path) -> None:
    build_fake(corpus, tmp_path / "a")
    build_fake(corpus, tmp_path / "b", batch_rows=1)
    small = pq.ParquetFile(tmp_path / "b" / "v1.0.0" / "claims.parquet")
    assert small.metadata.num_row_groups == 3
    big = pq.read_table(tmp_path / "a" / "v1.0.0" / "claims.parquet")
    assert small.read().equals(big)


def test_progress_is_reported_after_each_file(corpus: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    build_fake(corpus, tmp_path / "out", progress=lambda d, t, p: seen.append((d, t, p.name)))
    assert seen == [(1, 3, "ev1.txt"), (2, 3, "ev2.txt"), (3, 3, "ev3.txt")]


def test_unparseable_files_fail_the_build_naming_each_and_write_nothing(corpus: Path, tmp_path: Path) -> None:
    (corpus / "ev0.txt").write_bytes(b"")
    (corpus / "ev9.txt").write_bytes(b"caf\xe9\n")
    (corpus / "notes.md").write_text("not an event\n", encoding="utf-8")
    with pytest.raises(ReleaseError) as caught:
        build_fake(corpus, tmp_path / "out")
    message = str(caught.value)
    assert "3 of 6 raw files rejected" in message
    assert "raw/ev0.txt: [empty]" in message
    assert "raw/ev9.txt: [not-utf8]" in message
    assert "raw/notes.md: [not-raw-text]" in message
    assert not (tmp_path / "out" / "v1.0.0").exists()
    assert [p.name for p in (tmp_path / "out").iterdir() if not p.name.endswith("lock")] == []


def test_skip_invalid_publishes_and_lists_each_skipped_file(corpus: Path, tmp_path: Path) -> None:
    (corpus / "ev0.txt").write_bytes(b"  \n")
    summary = build_fake(corpus, tmp_path / "out", skip_invalid=True)
    assert [(r.path, r.code) for r in summary.rejected] == [("raw/ev0.txt", "empty")]
    descriptor = json.loads((tmp_path / "out" / "v1.0.0" / "datapackage.json").read_text(encoding="utf-8"))
    skipped = descriptor["roundtables"]["skipped"]
    assert [(s["path"], s["code"]) for s in skipped] == [("raw/ev0.txt", "empty")]
    assert skipped[0]["message"]
    assert summary.records["events"] == 3


def test_records_that_do_not_hold_together_reject_their_file(corpus: Path, tmp_path: Path) -> None:
    def parse_with_a_stray_claim(path: Path, *, source_file: str) -> ParsedEvent:
        parsed = fake_parse(path, source_file=source_file)
        if path.stem != "ev2":
            return parsed
        stray = parsed.claims[0].model_copy(update={"panel_id": "ev2/p7"})
        return ParsedEvent(parsed.event, parsed.panels, parsed.people, (stray,), parsed.text)

    with pytest.raises(ReleaseError, match=r"raw/ev2.txt: \[invalid-record\].*ev2/c001 is on unknown panel"):
        build_release(corpus, tmp_path / "out", "1.0.0", parse=parse_with_a_stray_claim)
    assert not (tmp_path / "out" / "v1.0.0").exists()


@pytest.mark.parametrize("version", ["1.0", "v1.0.0", "1.0.0-rc1", "01.0.0", ""])
def test_version_must_be_semver(corpus: Path, tmp_path: Path, version: str) -> None:
    with pytest.raises(ReleaseError, match=r"X\.Y\.Z"):
        build_fake(corpus, tmp_path / "out", version)
    assert not (tmp_path / "out").exists()


def test_rebuilding_the_same_content_is_nothing_to_do(corpus: Path, tmp_path: Path) -> None:
    build_fake(corpus, tmp_path / "out")
    before = hashes(tmp_path / "out" / "v1.0.0")
    again = build_fake(corpus, tmp_path / "out")
    assert again.status == "unchanged"
    assert hashes(tmp_path / "out" / "v1.0.0") == before


def test_a_published_version_is_never_overwritten(corpus: Path, tmp_path: Path) -> None:
    build_fake(corpus, tmp_path / "out")
    release = tmp_path / "out" / "v1.0.0"
    before = hashes(release)
    text = (corpus / "ev2.txt").read_text(encoding="utf-8")
    (corpus / "ev2.txt").write_text(text.replace("the tea was cold", "the tea was hot"), encoding="utf-8")
    with pytest.raises(ReleaseExistsError, match=r"v1\.0\.0 is already published.*claims\.jsonl differs"):
        build_fake(corpus, tmp_path / "out")
    assert hashes(release) == before
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [".roundtables-build-lock", "v1.0.0"]
    assert build_fake(corpus, tmp_path / "out", "1.0.1").status == "written"


def test_a_second_build_at_the_same_time_is_refused(corpus: Path, tmp_path: Path) -> None:
    with build_lock(tmp_path / "out"), pytest.raises(ReleaseLockedError):
        build_fake(corpus, tmp_path / "out")
    assert build_fake(corpus, tmp_path / "out").status == "written"


def test_a_crash_mid_build_leaves_no_release_and_no_debris(corpus: Path, tmp_path: Path) -> None:
    def crashing(path: Path, *, source_file: str) -> ParsedEvent:
        if path.stem == "ev3":
            raise KeyboardInterrupt
        return fake_parse(path, source_file=source_file)

    with pytest.raises(KeyboardInterrupt):
        build_release(corpus, tmp_path / "out", "1.0.0", parse=crashing)
    assert os.listdir(tmp_path / "out") == [".roundtables-build-lock"]


def test_the_seed_texts_build_with_the_real_parser(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parse = pytest.importorskip("roundtables.parse")
    if not hasattr(parse, "parse_file"):
        pytest.skip("the parser has not landed yet")
    raw = tmp_path / "raw"
    raw.mkdir()
    for seed in sorted((ROOT / "raw").glob("*.txt")):
        (raw / seed.name).write_bytes(seed.read_bytes())
    monkeypatch.chdir(tmp_path)
    summary = build_release(raw, tmp_path / "out", "1.0.0", schema_dir=ROOT / "schema")
    assert summary.rejected == ()
    assert summary.records["events"] == 2
    assert summary.records["claims"] > 0
    assert validate_release(summary.release, raw) == []
    again = build_release(raw, tmp_path / "again", "1.0.0", schema_dir=ROOT / "schema")
    assert hashes(again.release) == hashes(summary.release)


def test_the_benchmark_corpus_builds_and_validates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A 20-event smoke run of the benchmark's synthetic corpus through the real parser."""
    parse = pytest.importorskip("roundtables.parse")
    if not hasattr(parse, "parse_file"):
        pytest.skip("the parser has not landed yet")
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    from synthetic import write_corpus as write_synthetic

    monkeypatch.chdir(tmp_path)
    write_synthetic(tmp_path / "raw", 20)
    summary = build_release(tmp_path / "raw", tmp_path / "out", "0.0.1", schema_dir=ROOT / "schema")
    assert [str(r) for r in summary.rejected] == []
    assert summary.records["events"] == 20
    assert validate_release(summary.release, tmp_path / "raw") == []


def test_a_parser_bug_rejects_the_file_naming_it(corpus: Path, tmp_path: Path) -> None:
    def buggy(path: Path, *, source_file: str) -> ParsedEvent:
        if path.stem == "ev2":
            raise IndexError("list index out of range")
        return fake_parse(path, source_file=source_file)

    with pytest.raises(ReleaseError, match=r"raw/ev2\.txt: \[parser-error\] the parser failed \(IndexError"):
        build_release(corpus, tmp_path / "out", "1.0.0", parse=buggy)
    assert not (tmp_path / "out" / "v1.0.0").exists()
    summary = build_release(corpus, tmp_path / "out", "1.0.0", parse=buggy, skip_invalid=True)
    assert [(r.path, r.code) for r in summary.rejected] == [("raw/ev2.txt", "parser-error")]
