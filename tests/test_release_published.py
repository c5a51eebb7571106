"""Every published release still validates, and the latest is what `roundtables build` makes of raw/ today.

The latest release carries the package's version. Its JSONL must be
byte-identical to a rebuild; Parquet equal in schema and rows (its bytes also
depend on the pyarrow version, which its footer records). Older releases stay
as they were published: they are checked, never rebuilt.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import roundtables
from roundtables.release import build_release, validate_release

ROOT = Path(__file__).resolve().parents[1]
RELEASES = sorted(
    (p for p in (ROOT / "dist-data").iterdir() if p.is_dir() and p.name.startswith("v")),
    key=lambda p: tuple(int(x) for x in p.name[1:].split(".")),
)
PUBLISHED = RELEASES[-1]
TABLES = ("events", "panels", "people", "claims")


def test_the_latest_release_carries_the_packages_version() -> None:
    assert PUBLISHED.name == f"v{roundtables.__version__}"


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("rebuild")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)  # source_file is relative to the repository root
        return build_release(Path("raw"), out, PUBLISHED.name[1:], schema_dir=Path("schema")).release


@pytest.mark.parametrize("release", RELEASES, ids=lambda p: p.name)
def test_every_published_release_is_valid(release: Path) -> None:
    assert [str(p) for p in validate_release(release, ROOT / "raw")] == []


@pytest.mark.parametrize("table", TABLES)
def test_jsonl_is_byte_identical(rebuilt: Path, table: str) -> None:
    assert (rebuilt / f"{table}.jsonl").read_bytes() == (PUBLISHED / f"{table}.jsonl").read_bytes()


@pytest.mark.parametrize("table", TABLES)
def test_parquet_has_the_same_schema_and_rows(rebuilt: Path, table: str) -> None:
    ours, published = (
        pq.read_table(rebuilt / f"{table}.parquet"),
        pq.read_table(PUBLISHED / f"{table}.parquet"),
    )
    assert ours.schema.equals(published.schema, check_metadata=True)
    assert ours.to_pylist() == published.to_pylist()


def test_schema_files_are_identical(rebuilt: Path) -> None:
    for path in sorted(rebuilt.glob("*.schema.json")):
        assert path.read_bytes() == (PUBLISHED / path.name).read_bytes()


def test_events_carry_the_sources_manifest(rebuilt: Path) -> None:
    for line in (rebuilt / "events.jsonl").read_text(encoding="utf-8").splitlines():
        event = json.loads(line)
        assert event["publisher"] == "Carnegie–Tsinghua Center for Global Policy"
        assert event["source_url"] is None and event["retrieved"] is None  # not known for the seeds
