"""The compiled validator (jsonschema-rs) gives the reference's (jsonschema) verdict on every record.

Valid records are those of the shipped release; invalid ones are made from
them by breaking one field at a time in every way the schema can object to
(type, null, empty, pattern, enum, minimum, missing, extra key), at every depth.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import pytest

from release_support import ROOT
from roundtables.release.records import TABLES, SchemaSet, model_errors

RELEASE = ROOT / "dist-data" / "v1.0.0"
BAD_VALUES: list[Any] = [None, 0, -1, 1.5, True, "", "x", "X Y", "US", "ab/c", "ü"]
BAD_VALUES += [[], ["x"], [1], {}, {"a": 1}]


@pytest.fixture(scope="module")
def schemas() -> SchemaSet:
    return SchemaSet.published(ROOT / "schema")


def _records(table: str) -> list[dict[str, Any]]:
    lines = (RELEASE / f"{table}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def _broken(value: Any) -> Iterator[Any]:
    """Copies of ``value`` with one field, at any depth, replaced, removed or joined by another."""
    if isinstance(value, dict):
        yield {**value, "unexpected": 1}
        for key, inner in value.items():
            yield {k: v for k, v in value.items() if k != key}
            for bad in [*BAD_VALUES, *_broken(inner)]:
                changed = copy.copy(value)
                changed[key] = bad
                yield changed
    elif isinstance(value, list) and value:
        for bad in [*BAD_VALUES[:8], *_broken(value[0])]:
            yield [bad, *value[1:]]


@pytest.mark.parametrize("table", TABLES)
def test_same_verdict_on_valid_and_broken_records(schemas: SchemaSet, table: str) -> None:
    records = _records(table)
    assert records
    seen = {"valid": 0, "invalid": 0}
    for record in records[:3]:
        for data in [record, *_broken(record)]:
            reference = not schemas.reference_errors(table, data)
            compiled = schemas.compiled[table].is_valid(data)
            assert compiled == reference, (table, data)
            assert (schemas.errors(table, data) == []) == reference
            seen["valid" if reference else "invalid"] += 1
    assert seen["valid"] >= 3 and seen["invalid"] >= 50


def test_every_shipped_record_passes_both(schemas: SchemaSet) -> None:
    for table in TABLES:
        for record in _records(table):
            assert schemas.compiled[table].is_valid(record)
            assert schemas.reference_errors(table, record) == []


def test_rejection_names_the_field_in_the_reference_words(schemas: SchemaSet) -> None:
    claim = _records("claims")[0]
    claim["speaker"]["kind"] = "crowd"
    assert schemas.errors("claims", claim) == ["speaker.kind: 'crowd' is not one of ['individual', 'group']"]


def test_the_one_known_difference_is_the_references_laxity(schemas: SchemaSet) -> None:
    """Python's ``re`` lets ``$`` match before a final newline; JSON Schema's regexes and the models
    do not."""
    claim = _records("claims")[0]
    claim["speaker"]["nationality"] = "US\n"
    assert schemas.reference_errors("claims", claim) == []
    assert not schemas.compiled["claims"].is_valid(claim)
    assert schemas.errors("claims", claim)
    assert model_errors("claims", json.dumps(claim))
