"""A record's JSONL line is ``json.dumps`` of its JSON data, compact and UTF-8 as is, whatever its text.

The build writes lines with pydantic's serializer (faster); the layout users
were promised is the one ``json.dumps`` writes, kept here as the reference.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handmade_release import TABLES
from roundtables.release.records import jsonl_line

_TEXT = st.text(max_size=20) | st.sampled_from(
    ["\x00\x1f\x7f", "\u2028\u2029", '"\\/', "\b\f\n\r\t", "é𝔘", ""]
)


def _reference(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


@pytest.mark.parametrize("table", list(TABLES))
@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_a_line_is_the_json_dumps_of_the_record(table: str, data: st.DataObject) -> None:
    record = TABLES[table][0]
    texts = [name for name, value in record.model_dump().items() if isinstance(value, str)]
    update = {name: data.draw(_TEXT) for name in texts}
    changed = record.model_copy(update=update)
    assert jsonl_line(changed) == _reference(changed.model_dump(mode="json"))


@pytest.mark.parametrize("table", list(TABLES))
def test_every_handmade_record_is_written_as_json_dumps_writes_it(table: str) -> None:
    for record in TABLES[table]:
        assert jsonl_line(record) == _reference(record.model_dump(mode="json"))
