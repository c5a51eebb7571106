"""The published dataset v1.0.0 is what `roundtables build` makes of raw/ today.

JSONL must be byte-identical; Parquet equal in schema and rows (its bytes also
depend on the pyarrow version, which its footer records).
"""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from roundtables.release import build_release, validate_release

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = ROOT / "dist-data" / "v1.0.0"
TABLES = ("events", "panels", "people", "claims")


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("rebuild")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)  # source_file is relative to the repository root
        return build_release(Path("raw"), out, "1.0.0", schema_dir=Path("schema")).release


def test_the_published_release_is_valid() -> None:
    assert [str(p) for p in validate_release(PUBLISHED, ROOT / "raw")] == []


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
