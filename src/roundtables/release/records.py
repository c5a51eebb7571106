"""Record checks: the models first, then the published JSON Schema.

The JSON Schema in ``schema/`` is what a user of the release is promised, so it
is checked independently of the models that generated it: a record that the
models accept but the published schema rejects (or the reverse) is a bug this
catches before anything is published. The line checked is the exact JSONL line
that will be written, so what is validated is what ships.

Every record is checked by ``jsonschema_rs``, a compiled validator of the same
published schema (about 100 times faster than ``jsonschema``, which made a
third of a build's time). ``jsonschema`` stays the reference: it writes the
messages of a rejected record, and the tests hold the two to the same verdicts.
The one known difference is the reference's: Python's ``re`` lets ``$`` match
before a final newline, where JSON Schema's ECMA-262 regexes (and the models)
do not, so ``"US\n"`` is refused here as the models refuse it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema_rs
from jsonschema import Draft202012Validator
from pydantic import ValidationError

from roundtables.errors import RecordError
from roundtables.models import PRIMARY_KEYS, RECORD_TYPES, Record
from roundtables.schema import (
    check_schema,
    generated_schema_files,
    load_schema,
    render_json,
    schema_filename,
)

TABLES: tuple[str, ...] = tuple(RECORD_TYPES)
"""Release order of the tables: events, panels, people, claims."""


def jsonl_line(record: Record) -> str:
    """The one JSONL layout: model field order, compact, UTF-8 as is, one line per record.

    These are the bytes of ``json.dumps(record.model_dump(mode="json"), ensure_ascii=False,
    separators=(",", ":"))``, written by pydantic's serializer at a third of the cost.
    """
    return record.model_dump_json() + "\n"


def record_id(table: str, data: Any) -> str:
    """The record's primary key, or ``?`` when the data has none (for error messages)."""
    if isinstance(data, dict):
        value = data.get(PRIMARY_KEYS[table])
        if isinstance(value, str):
            return value
    return "?"


def _path(parts: Any) -> str:
    return ".".join(str(p) for p in parts) or "(record)"


class SchemaSet:
    """The published JSON Schema of every table, with a compiled and a reference validator per table."""

    def __init__(self, schemas: dict[str, dict[str, Any]]) -> None:
        self.schemas = schemas
        self.validators = {}
        self.compiled = {}
        for table, schema in schemas.items():
            Draft202012Validator.check_schema(schema)
            self.validators[table] = Draft202012Validator(schema)
            self.compiled[table] = jsonschema_rs.Draft202012Validator(schema)

    @classmethod
    def from_directory(cls, directory: Path) -> SchemaSet:
        """Load ``schema/`` after checking that it is exactly what the models generate."""
        check_schema(directory)
        return cls({table: load_schema(directory, table) for table in TABLES})

    @classmethod
    def published(cls, directory: Path | None) -> SchemaSet:
        """``directory`` if given, else ``./schema`` when present, else the schema the models generate.

        The last case is an installed package run outside a checkout: the text
        is then the same by construction (``check_schema`` holds ``schema/`` to it).
        """
        if directory is None and Path("schema").is_dir():
            directory = Path("schema")
        if directory is not None:
            return cls.from_directory(directory)
        files = generated_schema_files()
        return cls({t: json.loads(files[schema_filename(t)]) for t in TABLES})

    def files(self) -> dict[str, str]:
        """File name -> text of the schema files, as shipped in a release (the layout of ``schema/``)."""
        return {schema_filename(t): render_json(self.schemas[t]) for t in TABLES}

    def errors(self, table: str, data: Any) -> list[str]:
        """Every way ``data`` fails the published schema of ``table``, as ``field: message``.

        The compiled validator decides; the reference explains (a rejection is rare, so its speed
        does not matter), falling back on the compiled validator's words where it sees no error.
        """
        if self.compiled[table].is_valid(data):
            return []
        explained = self.reference_errors(table, data)
        compiled = self.compiled[table].iter_errors(data)
        return explained or [f"{_path(e.instance_path)}: {e.message}" for e in compiled]

    def reference_errors(self, table: str, data: Any) -> list[str]:
        """Every way ``data`` fails the schema by ``jsonschema`` alone (the reference the tests hold to)."""
        found = sorted(self.validators[table].iter_errors(data), key=lambda e: list(map(str, e.path)))
        return [f"{_path(e.path)}: {e.message}" for e in found]


def model_errors(table: str, line: str) -> list[str]:
    """Every way a JSONL line fails the model of ``table``, as ``field: message``."""
    try:
        RECORD_TYPES[table].model_validate_json(line)
    except ValidationError as err:
        return [f"{_path(e['loc'])}: {e['msg']}" for e in err.errors()]
    return []


def check_record(schemas: SchemaSet, table: str, record: Record, *, source_file: str) -> str:
    """The record's JSONL line once the model and the published schema both accept it.

    Raises :class:`RecordError` naming the raw file, the record id and every failing field.
    """
    line = jsonl_line(record)
    problems = model_errors(table, line)
    if not problems:
        problems = schemas.errors(table, json.loads(line))
    if problems:
        rid = record_id(table, record.model_dump(mode="json"))
        raise RecordError(f"{table} record {rid}: " + "; ".join(problems), path=source_file)
    return line
