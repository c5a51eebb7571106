"""Real readers take a built release as it is: DuckDB, pandas, polars, and frictionless on its descriptor."""

from __future__ import annotations

from pathlib import Path

import pytest

from release_support import build_fake, write_corpus


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("readers")
    raw = write_corpus(root / "raw")
    (raw / "ev4.txt").write_text("Réunion d’été\nSpeaker: Zoe Ng\nZoe Ng said “oui”.\n", encoding="utf-8")
    return build_fake(raw, root / "out").release


def test_duckdb_reads_parquet_and_jsonl(release: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    con = duckdb.connect()
    parquet = con.execute(
        "SELECT claim_id, speaker.person_id FROM read_parquet(?) ORDER BY claim_id",
        [str(release / "claims.parquet")],
    ).fetchall()
    assert parquet[0] == ("ev1/c001", "ada-lane")
    assert len(parquet) == 4
    jsonl = con.execute(
        "SELECT count(*), max(len(event_ids)) FROM read_json(?, format='newline_delimited')",
        [str(release / "people.jsonl")],
    ).fetchone()
    assert jsonl == (3, 2)


def test_pandas_reads_parquet_and_jsonl(release: Path) -> None:
    pd = pytest.importorskip("pandas")
    events = pd.read_parquet(release / "events.parquet")
    assert list(events["event_id"]) == ["ev1", "ev2", "ev3", "ev4"]
    assert events.loc[3, "title"] == "Réunion d’été"
    claims = pd.read_json(release / "claims.jsonl", lines=True)
    assert list(claims["claim_id"]) == ["ev1/c001", "ev1/c002", "ev2/c001", "ev4/c001"]
    assert claims.loc[3, "text"] == "“oui”"


def test_polars_reads_parquet_and_jsonl(release: Path) -> None:
    pl = pytest.importorskip("polars")
    panels = pl.read_parquet(release / "panels.parquet")
    members = panels.filter(pl.col("event_id") == "ev1")["members"].to_list()[0]
    assert [m["person_id"] for m in members] == ["ada-lane", "ben-ortiz"]
    people = pl.read_ndjson(release / "people.jsonl")
    assert people["person_id"].to_list() == ["ada-lane", "ben-ortiz", "zoe-ng"]
    claims = pl.read_parquet(release / "claims.parquet")
    assert claims.schema["speaker"].fields[2].name == "nationality"  # an all-null column keeps its type
    assert str(claims.schema["speaker"].fields[2].dtype) == "String"


def test_frictionless_validates_the_descriptor(release: Path) -> None:
    frictionless = pytest.importorskip("frictionless")
    pytest.importorskip("jsonlines", reason="frictionless reads JSONL with its json extra (jsonlines)")
    report = frictionless.validate(str(release / "datapackage.json"))
    errors = [(task.name, e.type, e.message) for task in report.tasks for e in task.errors]
    assert report.valid, errors


def test_frictionless_catches_a_tampered_file(tmp_path: Path, release: Path) -> None:
    frictionless = pytest.importorskip("frictionless")
    pytest.importorskip("jsonlines", reason="frictionless reads JSONL with its json extra (jsonlines)")
    copy = tmp_path / "copy"
    copy.mkdir()
    for path in release.iterdir():
        (copy / path.name).write_bytes(path.read_bytes())
    with (copy / "claims.jsonl").open("ab") as handle:
        handle.write((release / "claims.jsonl").read_bytes().splitlines(keepends=True)[0])
    report = frictionless.validate(str(copy / "datapackage.json"))
    types = {e.type for task in report.tasks for e in task.errors}
    assert not report.valid
    assert {"hash-count", "byte-count", "primary-key"} <= types
