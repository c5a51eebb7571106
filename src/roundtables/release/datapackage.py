"""The release's ``datapackage.json``: a Frictionless Data Package descriptor.

One resource per data file. The JSONL resources carry the full Table Schema
(types, required, enums, primary and foreign keys), so ``frictionless validate``
checks their hashes, sizes, row counts and references. The Parquet resources
carry the same schema but ``frictionless`` 5 mishandles Parquet (it ignores a
wrong hash, reports a false ``byte-count`` error and fails list columns typed
``array``), so they are declared as plain files (``type: file``): frictionless
then checks their bytes and hash as files, and ``roundtables validate`` checks
their rows and schema. Their row count is the custom ``roundtables:rows``
(frictionless cannot count the rows of a file resource and reports ``rows``
as a ``row-count`` error). Checked: ``frictionless validate`` (5.21, with its
``json`` extra for JSONL) passes on a built release and catches a tampered
file, an extra line and a duplicate id. Table Schema field types are derived from the models.

The custom ``roundtables`` property holds what a rebuild needs and no time:
the schema version, the pyarrow version that wrote the Parquet files (their
footers record it), the Parquet settings, the schema files the records were
checked against, and every raw file a ``--skip-invalid`` build left out, with
its reason.
"""

from __future__ import annotations

import json
from typing import Any, Literal, get_args, get_origin

import pyarrow as pa
from pydantic import BaseModel

from roundtables.models import PRIMARY_KEYS, RECORD_TYPES, SCHEMA_VERSION
from roundtables.release.writer import PARQUET_SETTINGS, FileStats
from roundtables.schema import unwrap_optional

DESCRIPTOR_NAME = "datapackage.json"
NAME = "roundtables"
TITLE = "roundtables: Track-2 policy roundtables as events, panels, people and attributed claims"
DESCRIPTION = (
    "Think-tank summaries of closed-door Track-2 roundtables on North Korea and U.S.-China relations, "
    "parsed into validated records: events, panels, people and the claims attributed to participants."
)
LICENSES = [
    {
        "name": "CC-BY-4.0",
        "path": "https://creativecommons.org/licenses/by/4.0/",
        "title": "Creative Commons Attribution 4.0 International",
    }
]
SOURCES = [
    {
        "title": "Carnegie–Tsinghua Center for Global Policy, event pages",
        "path": "https://carnegietsinghua.org/",
    }
]
FOREIGN_KEYS: dict[str, list[tuple[str, str, str]]] = {
    "panels": [("event_id", "events", "event_id")],
    "claims": [("event_id", "events", "event_id"), ("panel_id", "panels", "panel_id")],
}
"""table -> (field, referenced table, referenced field); references inside lists are checked by validate."""

ROWS_PROPERTY = "roundtables:rows"
"""Row count of a Parquet resource: frictionless reports ``rows`` on a file resource as a row-count error."""

MEDIATYPES = {"jsonl": "application/jsonl", "parquet": "application/vnd.apache.parquet"}


def _field(name: str, annotation: Any, description: str | None) -> dict[str, Any]:
    inner, nullable = unwrap_optional(annotation)
    origin = get_origin(inner)
    constraints: dict[str, Any] = {}
    if origin is list:
        kind = "array"
    elif origin is Literal:
        kind = "string"
        constraints["enum"] = list(get_args(inner))
    elif isinstance(inner, type) and issubclass(inner, BaseModel):
        kind = "object"
    else:
        kind = {str: "string", int: "integer", bool: "boolean"}[inner]
    if not nullable:
        constraints["required"] = True
    field: dict[str, Any] = {"name": name, "type": kind}
    if description:
        field["description"] = description
    if constraints:
        field["constraints"] = constraints
    return field


def table_schema(table: str) -> dict[str, Any]:
    """The Frictionless Table Schema of one table, from its model."""
    model = RECORD_TYPES[table]
    schema: dict[str, Any] = {
        "fields": [_field(n, f.annotation, f.description) for n, f in model.model_fields.items()],
        "primaryKey": [PRIMARY_KEYS[table]],
    }
    if table in FOREIGN_KEYS:
        schema["foreignKeys"] = [
            {"fields": [f], "reference": {"resource": ref, "fields": [rf]}}
            for f, ref, rf in FOREIGN_KEYS[table]
        ]
    return schema


def _resource(table: str, fmt: str, stats: FileStats) -> dict[str, Any]:
    tabular = fmt == "jsonl"
    resource: dict[str, Any] = {
        "name": table if tabular else f"{table}-{fmt}",
        "type": "table" if tabular else "file",
        "path": stats.name,
        "format": fmt,
        "mediatype": MEDIATYPES[fmt],
    }
    if tabular:
        resource["encoding"] = "utf-8"
    resource |= {"bytes": stats.bytes, "hash": f"sha256:{stats.sha256}"}
    resource["rows" if tabular else ROWS_PROPERTY] = stats.rows
    resource["schema"] = table_schema(table)
    return resource


def descriptor(
    version: str,
    tables: dict[str, tuple[FileStats, FileStats]],
    schema_files: list[FileStats],
    skipped: list[dict[str, Any]],
) -> dict[str, Any]:
    """The descriptor of a release: ``tables`` maps table -> (JSONL stats, Parquet stats)."""
    resources = [_resource(t, "jsonl", jsonl) for t, (jsonl, _) in tables.items()]
    resources += [_resource(t, "parquet", parquet) for t, (_, parquet) in tables.items()]
    return {
        "name": NAME,
        "title": TITLE,
        "description": DESCRIPTION,
        "version": version,
        "licenses": LICENSES,
        "sources": SOURCES,
        "resources": resources,
        "roundtables": {
            "schema_version": SCHEMA_VERSION,
            "pyarrow_version": pa.__version__,
            "parquet": PARQUET_SETTINGS,
            "schema_files": [
                {"path": s.name, "bytes": s.bytes, "hash": f"sha256:{s.sha256}"} for s in schema_files
            ],
            "skipped": skipped,
        },
    }


def render(descriptor: dict[str, Any]) -> str:
    """The one layout of ``datapackage.json``: indented, keys in insertion order, UTF-8."""
    return json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n"
