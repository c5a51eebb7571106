"""Files generated from the models must equal what is committed."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pyarrow as pa
import pytest

from roundtables.errors import SchemaDriftError
from roundtables.models import RECORD_TYPES, SCHEMA_VERSION
from roundtables.schema import (
    REGENERATE_COMMAND,
    arrow_schema,
    check_schema,
    data_dictionary,
    generated_schema_files,
    write_schema,
)

ROOT = Path(__file__).resolve().parents[1]


def test_published_schema_matches_the_models() -> None:
    try:
        check_schema(ROOT / "schema")
    except SchemaDriftError as err:
        pytest.fail(f"{err}\nRun `{REGENERATE_COMMAND}` from the repository root and commit schema/.")


def test_drift_is_detected_and_names_the_command(tmp_path: Path) -> None:
    write_schema(tmp_path)
    check_schema(tmp_path)
    path = tmp_path / "claim.schema.json"
    path.write_text(path.read_text(encoding="utf-8").replace("numbered in text order", "x"), encoding="utf-8")
    with pytest.raises(SchemaDriftError, match=r"claim\.schema\.json differs.*roundtables schema"):
        check_schema(tmp_path)


def test_data_dictionary_matches_the_models() -> None:
    committed = (ROOT / "docs" / "data-dictionary.md").read_text(encoding="utf-8")
    assert committed == data_dictionary(), f"docs/data-dictionary.md drifted: run `{REGENERATE_COMMAND}`"


@pytest.mark.parametrize("name", sorted(generated_schema_files()))
def test_schema_files_are_valid_2020_12_with_metadata(name: str) -> None:
    doc = json.loads(generated_schema_files()[name])
    jsonschema.Draft202012Validator.check_schema(doc)
    assert doc["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert doc["$id"].endswith(f":{SCHEMA_VERSION}")
    assert doc["title"] and doc["description"] and doc["version"] == SCHEMA_VERSION


def test_arrow_schema_nests_speaker_and_lists() -> None:
    claims = arrow_schema("claims")
    speaker = claims.field("speaker").type
    assert pa.types.is_struct(speaker)
    assert speaker.field("person_id").type == pa.string() and speaker.field("person_id").nullable
    assert claims.field("sentence_start").type == pa.int64()
    assert not claims.field("claim_id").nullable
    assert claims.field("cue").metadata[b"description"].startswith(b"The reporting verb")
    panels = arrow_schema("panels")
    assert pa.types.is_list(panels.field("members").type)
    assert pa.types.is_struct(panels.field("members").type.value_type)
    assert panels.field("represented").type == pa.list_(pa.field("item", pa.string(), nullable=False))
    assert arrow_schema("events").field("off_the_record").type == pa.bool_()


def test_every_model_field_is_described() -> None:
    for model in RECORD_TYPES.values():
        for name, info in model.model_fields.items():
            assert info.description, f"{model.__name__}.{name} has no description"
