"""Everything generated from the models: JSON Schema files, Arrow schemas, the data dictionary.

Generated text is a pure function of the models, so a test can regenerate it
and compare with what is committed (``schema/`` and ``docs/data-dictionary.md``).
"""

from __future__ import annotations

import json
import types
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from roundtables.errors import SchemaDriftError
from roundtables.models import RECORD_TYPES, SCHEMA_VERSION, Record

if TYPE_CHECKING:
    import pyarrow as pa

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID_BASE = "urn:roundtables:schema"
REGENERATE_COMMAND = "roundtables schema --out schema"

SINGULAR = {"events": "event", "panels": "panel", "people": "person", "claims": "claim"}


def schema_filename(table: str) -> str:
    """``claims`` -> ``claim.schema.json``."""
    return f"{SINGULAR[table]}.schema.json"


def json_schema(table: str) -> dict[str, Any]:
    """The published JSON Schema (draft 2020-12) of one table's records."""
    model = RECORD_TYPES[table]
    body = model.model_json_schema(mode="validation")
    doc = (model.__doc__ or "").strip().splitlines()[0]
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "$id": f"{SCHEMA_ID_BASE}:{SINGULAR[table]}:{SCHEMA_VERSION}",
        "title": body.pop("title", model.__name__),
        "description": doc,
        "version": SCHEMA_VERSION,
        **{k: v for k, v in body.items() if k != "description"},
    }


def render_json(value: Any) -> str:
    """The one JSON layout for generated files: sorted keys are not used, so fields keep model order."""
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


def generated_schema_files() -> dict[str, str]:
    """File name -> text, for every file ``schema/`` should hold."""
    return {schema_filename(t): render_json(json_schema(t)) for t in RECORD_TYPES}


def write_schema(out: Path) -> list[Path]:
    """Regenerate the JSON Schema files in ``out``; returns the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in generated_schema_files().items():
        path = out / name
        path.write_text(text, encoding="utf-8", newline="\n")
        written.append(path)
    return written


def check_schema(directory: Path) -> None:
    """Raise :class:`SchemaDriftError` naming each file in ``directory`` that differs from the models."""
    problems = []
    for name, text in generated_schema_files().items():
        path = directory / name
        if not path.exists():
            problems.append(f"{name} is missing")
        elif path.read_text(encoding="utf-8") != text:
            problems.append(f"{name} differs from the models")
    if problems:
        raise SchemaDriftError(
            "; ".join(problems) + f"; regenerate with `{REGENERATE_COMMAND}`", path=directory
        )


def load_schema(directory: Path, table: str) -> dict[str, Any]:
    """Read one published schema file (the one a release is checked against)."""
    path = directory / schema_filename(table)
    try:
        loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise SchemaDriftError("schema file is missing", path=path) from err
    except json.JSONDecodeError as err:
        raise SchemaDriftError(f"not JSON: {err.msg}", path=path, line=err.lineno) from err
    return loaded


# --- Arrow -------------------------------------------------------------------------------------------


def unwrap_optional(annotation: Any) -> tuple[Any, bool]:
    """``X | None`` -> (X, True); ``Annotated[X, ...]`` -> X; anything else -> (it, False)."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return unwrap_optional(args[0])[0], True
    if origin is not None and hasattr(annotation, "__metadata__"):
        return unwrap_optional(get_args(annotation)[0])
    return annotation, False


def _arrow_type(annotation: Any) -> pa.DataType:
    import pyarrow as pa  # here, not at the top: checking records (build workers) needs no Arrow

    annotation, _ = unwrap_optional(annotation)
    origin = get_origin(annotation)
    if origin is list:
        return pa.list_(pa.field("item", _arrow_type(get_args(annotation)[0]), nullable=False))
    if origin is Literal or annotation is str:
        return pa.string()
    if annotation is bool:
        return pa.bool_()
    if annotation is int:
        return pa.int64()
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct([_arrow_field(n, f) for n, f in annotation.model_fields.items()])
    raise TypeError(f"no Arrow type for {annotation!r}")


def _arrow_field(name: str, info: FieldInfo) -> pa.Field:
    import pyarrow as pa

    _, nullable = unwrap_optional(info.annotation)
    metadata = {"description": info.description} if info.description else None
    return pa.field(name, _arrow_type(info.annotation), nullable=nullable, metadata=metadata)


def arrow_schema(table: str) -> pa.Schema:
    """The explicit Arrow schema of a table, so an all-null column keeps its type."""
    import pyarrow as pa

    model: type[Record] = RECORD_TYPES[table]
    fields = [_arrow_field(n, f) for n, f in model.model_fields.items()]
    return pa.schema(fields, metadata={"roundtables.schema_version": SCHEMA_VERSION})


# --- Data dictionary ---------------------------------------------------------------------------------


def _type_name(annotation: Any) -> str:
    inner, nullable = unwrap_optional(annotation)
    origin = get_origin(inner)
    if origin is list:
        name = f"array of {_type_name(get_args(inner)[0])}"
    elif origin is Literal:
        name = "one of " + ", ".join(f"`{v}`" for v in get_args(inner))
    elif isinstance(inner, type) and issubclass(inner, BaseModel):
        name = f"object ({inner.__name__})"
    else:
        name = {str: "string", int: "integer", bool: "boolean"}.get(inner, str(inner))
    return f"{name} or null" if nullable else name


def _table_rows(model: type[BaseModel], prefix: str = "") -> list[str]:
    rows = []
    for name, info in model.model_fields.items():
        desc = (info.description or "").replace("|", "\\|")
        rows.append(f"| `{prefix}{name}` | {_type_name(info.annotation)} | {desc} |")
        inner, _ = unwrap_optional(info.annotation)
        if get_origin(inner) is list:
            inner, _ = unwrap_optional(get_args(inner)[0])
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            rows.extend(_table_rows(inner, f"{prefix}{name}."))
    return rows


def example_records() -> dict[str, Record]:
    """One invented record per table, as the dictionary shows them (validated by the models)."""
    from roundtables.models import Claim, Event, Panel, PanelMember, Person, Speaker

    event = Event(
        event_id="042_example",
        source_file="raw/042_example.txt",
        source_sha256="0" * 64,
        source_url="https://example.org/events/2019/03/maritime-roundtable",
        publisher="Example Institute",
        retrieved="2024-05-01",
        date="2019-03-14",
        title="Maritime Security in East Asia",
        location="Beijing",
        host_organization="Example Institute",
        format="roundtable",
        off_the_record=True,
        sections=["Coast Guards", "Next Steps"],
    )
    panel = Panel(
        panel_id="042_example/p1",
        event_id="042_example",
        title=None,
        members=[
            PanelMember(person_id="ada-lane", role="host"),
            PanelMember(person_id="chen-wei", role="discussant"),
        ],
        represented=["CN", "US"],
    )
    person = Person(
        person_id="chen-wei",
        name="Chen Wei",
        affiliations=["Harbor Institute"],
        bio=None,
        event_ids=["042_example"],
    )
    claim = Claim(
        claim_id="042_example/c003",
        event_id="042_example",
        panel_id="042_example/p1",
        section="Coast Guards",
        topic=None,
        text="joint patrols would lower the risk of collisions",
        sentence_start=1204,
        sentence_end=1290,
        cue="argue",
        attribution="explicit",
        speaker=Speaker(
            mention="One Chinese scholar",
            kind="individual",
            nationality="CN",
            role="scholar",
            key="s2",
            person_id=None,
        ),
    )
    return {"events": event, "panels": panel, "people": person, "claims": claim}


def _values_section() -> list[str]:
    from roundtables.vocabulary import PANEL_ROLES, cue_values, nationality_codes, speaker_roles

    def listing(values: tuple[str, ...]) -> str:
        return ", ".join(f"`{v}`" for v in values)

    return [
        "",
        "## Values",
        "",
        "Read from the parser's word lists (`roundtables.vocabulary`); a reader's filter given a "
        "value outside them raises `bad-filter`.",
        "",
        "- `panels.members.role`, in the order that decides a person named in two ways: "
        f"{listing(PANEL_ROLES)}.",
        f"- `claims.cue` (the reporting verb's lemma; null for a continued claim): {listing(cue_values())}.",
        "- `claims.speaker.role`: the head noun of the mention, singular and lower case; the nouns the "
        f"parser knows are {listing(speaker_roles())}; a named speaker may carry a title "
        "(`vice president`, `director`).",
        f"- `claims.speaker.nationality` and `panels.represented`: {listing(nationality_codes())}.",
    ]


def _examples_section() -> list[str]:
    parts = [
        "",
        "## Example records",
        "",
        "Invented, but shaped as the release holds them (in a release each is one JSONL line).",
    ]
    for table, record in example_records().items():
        parts += ["", f"`{table}`:", "", "```json", record.model_dump_json(indent=2), "```"]
    return parts


def data_dictionary() -> str:
    """The Markdown data dictionary (docs/data-dictionary.md), generated from the models."""
    parts = [
        "# Data dictionary",
        "",
        f"Generated from `roundtables.models` (schema version {SCHEMA_VERSION}) by "
        "`roundtables schema --docs docs/data-dictionary.md`; do not edit by hand.",
    ]
    for table, model in RECORD_TYPES.items():
        doc = (model.__doc__ or "").strip().splitlines()[0]
        parts += [
            "",
            f"## {table}",
            "",
            doc,
            "",
            f"Files: `{table}.parquet`, `{table}.jsonl`; JSON Schema: `schema/{schema_filename(table)}`.",
            "",
            "| field | type | meaning |",
            "|---|---|---|",
            *_table_rows(model),
        ]
    parts += _values_section() + _examples_section()
    return "\n".join(parts) + "\n"
