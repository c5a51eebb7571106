"""The published dataset v1.0.0 is what `roundtables build` makes of raw/ today, up to schema 1.1.0.

Schema 1.1.0 only added the events' provenance fields (from raw/sources.tsv):
without them, JSONL must be byte-identical and Parquet equal in schema and rows
(its bytes also depend on the pyarrow version, which its footer records).
"""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from roundtables.release import build_release, validate_release

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = ROOT / "dist-data" / "v1.0.0"
TABLES = ("events", "panels", "people", "claims")
ADDED = {"events": ("source_url", "publisher", "retrieved")}
"""Fields schema 1.1.0 added, per table."""


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("rebuild")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)  # source_file is relative to the repository root
        return build_release(Path("raw"), out, "1.0.0", schema_dir=Path("schema")).release


def test_the_published_release_is_valid() -> None:
    assert [str(p) for p in validate_release(PUBLISHED, ROOT / "raw")] == []


def without_added(table: str, line: str) -> str:
    record = json.loads(line)
    for name in ADDED.get(table, ()):
        del record[name]
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


@pytest.mark.parametrize("table", TABLES)
def test_jsonl_is_byte_identical_but_for_the_added_fields(rebuilt: Path, table: str) -> None:
    ours = (rebuilt / f"{table}.jsonl").read_text(encoding="utf-8").splitlines()
    published = (PUBLISHED / f"{table}.jsonl").read_text(encoding="utf-8").splitlines()
    assert [without_added(table, line) for line in ours] == published


def test_events_carry_the_sources_manifest(rebuilt: Path) -> None:
    for line in (rebuilt / "events.jsonl").read_text(encoding="utf-8").splitlines():
        event = json.loads(line)
        assert event["publisher"] == "Carnegie–Tsinghua Center for Global Policy"
        assert event["source_url"] is None and event["retrieved"] is None  # not known for the seeds


@pytest.mark.parametrize("table", TABLES)
def test_parquet_has_the_same_schema_and_rows(rebuilt: Path, table: str) -> None:
    ours = pq.read_table(rebuilt / f"{table}.parquet").drop_columns(list(ADDED.get(table, ())))
    published = pq.read_table(PUBLISHED / f"{table}.parquet")
    assert ours.schema.equals(published.schema, check_metadata=False)
    assert ours.to_pylist() == published.to_pylist()


def test_schema_1_1_only_adds_optional_fields(rebuilt: Path) -> None:
    for old_path in sorted(PUBLISHED.glob("*.schema.json")):
        old = json.loads(old_path.read_text(encoding="utf-8"))
        new = json.loads((rebuilt / old_path.name).read_text(encoding="utf-8"))
        assert (old["version"], new["version"]) == ("1.0.0", "1.1.0")
        assert new["required"] == old["required"]
        assert {k: new["properties"][k] for k in old["properties"]} == old["properties"]
        added = set(new["properties"]) - set(old["properties"])
        table = {"event": "events", "panel": "panels", "person": "people", "claim": "claims"}
        assert added == set(ADDED.get(table[old_path.name.split(".")[0]], ()))
