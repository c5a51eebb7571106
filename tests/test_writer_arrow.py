"""Records go to Parquet through Arrow's JSON reader: the same table, and bytes, as from the parsed lines.

``pa.Table.from_pylist`` of the records ``json.loads`` reads from their JSONL
lines is the reference (the writer used it until it proved the slowest step of
a build's writing). Records are generated from each table's Arrow schema, with
any Unicode text (control characters, NUL, line separators included).
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from roundtables.errors import ReleaseError
from roundtables.release.records import TABLES
from roundtables.release.writer import PARQUET_SETTINGS, TableWriter, jsonl_table
from roundtables.schema import arrow_schema


def _values(kind: pa.DataType, nullable: bool) -> st.SearchStrategy[Any]:
    base: st.SearchStrategy[Any]
    if pa.types.is_string(kind):
        base = st.text(max_size=12) | st.sampled_from(["\x00", "\u2028", "a\nb", '"\\', "𝔘", ""])
    elif pa.types.is_int64(kind):
        base = st.integers(-(2**63), 2**63 - 1)
    elif pa.types.is_boolean(kind):
        base = st.booleans()
    elif pa.types.is_list(kind):
        base = st.lists(_values(kind.value_type, kind.value_field.nullable), max_size=3)
    elif pa.types.is_struct(kind):
        base = st.fixed_dictionaries({f.name: _values(f.type, f.nullable) for f in kind})
    else:
        raise AssertionError(f"no strategy for Arrow type {kind}: add one")
    return st.none() | base if nullable else base


def _records(table: str) -> st.SearchStrategy[list[dict[str, Any]]]:
    schema = arrow_schema(table)
    return st.lists(st.fixed_dictionaries({f.name: _values(f.type, f.nullable) for f in schema}), max_size=6)


def _line(record: dict[str, Any]) -> bytes:
    return (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode()


def _parquet(table: pa.Table) -> bytes:
    sink = io.BytesIO()
    with pq.ParquetWriter(sink, table.schema, **PARQUET_SETTINGS) as writer:
        writer.write_table(table, row_group_size=4)
    return sink.getvalue()


@pytest.mark.parametrize("table", TABLES)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_a_batch_reads_as_the_parsed_records_do(table: str, data: st.DataObject) -> None:
    records = data.draw(_records(table).filter(bool))
    schema = arrow_schema(table)
    expected = pa.Table.from_pylist([json.loads(_line(r)) for r in records], schema=schema)
    got = jsonl_table(b"".join(_line(r) for r in records), schema, path=Path(f"{table}.jsonl"))
    assert got.equals(expected)
    assert got.schema.equals(expected.schema, check_metadata=True)
    assert _parquet(got) == _parquet(expected)


def test_a_record_arrow_cannot_read_is_an_error_naming_the_file() -> None:
    schema = arrow_schema("events")
    with pytest.raises(ReleaseError) as caught:
        jsonl_table(b'{"event_id": 7}\n', schema, path=Path("out/events.jsonl"))
    assert "events.jsonl" in str(caught.value)
    assert "could not be written as Parquet" in str(caught.value)


def test_the_writer_hands_each_batch_on_and_keeps_every_line(tmp_path: Path) -> None:
    batches: list[int] = []
    writer = TableWriter(tmp_path, "panels", batch_rows=2, on_batch=lambda b: batches.append(b.num_rows))
    lines = [
        '{"panel_id":"e_a-p1","event_id":"e_a","title":null,"members":[],"represented":[]}\n',
        '{"panel_id":"e_a-p2","event_id":"e_a","title":"Two","members":[],"represented":["CN"]}\n',
        '{"panel_id":"e_b-p1","event_id":"e_b","title":null,"members":[],"represented":[]}\n',
    ]
    for line in lines:
        writer.write(line)
    jsonl, parquet = writer.close()
    assert batches == [2, 1]
    assert (tmp_path / "panels.jsonl").read_text() == "".join(lines)
    assert jsonl.rows == parquet.rows == 3
    assert pq.read_table(tmp_path / "panels.parquet").column("title").to_pylist() == [None, "Two", None]


def test_a_line_without_its_newline_is_refused(tmp_path: Path) -> None:
    writer = TableWriter(tmp_path, "panels")
    with pytest.raises(ValueError, match="newline"):
        writer.write('{"panel_id":"e_a-p1"}')
    writer.abort()
