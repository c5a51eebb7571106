"""``validate_release``: every problem of a published release, each with a stable code.

Checked, in this order (a problem never stops the check; all are listed):

- files: every resource, schema file and metadata file (the dataset card
  ``README.md``, ``croissant.json``) listed in ``datapackage.json`` exists
  with its ``bytes`` and ``sha256`` hash (``missing-file``, ``bytes-mismatch``,
  ``hash-mismatch``); nothing else is in the folder (``extra-file``; hidden
  files such as a download's lock are not the release's); each
  table has its JSONL and Parquet resource (``missing-resource``); the
  descriptor itself is well formed (``bad-descriptor``).
- records: every JSONL line is a JSON object (``blank-line``, ``bad-json``,
  ``not-object``, ``no-final-newline``) with the fields in schema order
  (``field-order``) that the release's own JSON Schema and (same schema
  version only) the models accept (``invalid-record``); ids are unique
  (``duplicate-id``); the count is the declared ``rows`` (``rows-mismatch``).
- Parquet: readable (``parquet-unreadable``), with the Arrow schema of the
  models (``parquet-schema``, same schema version only), and row for row the
  JSONL records (``parquet-differs``, ``rows-mismatch``).
- references: a panel's or claim's event exists (``unknown-event``), a claim's
  panel exists and is on its event (``unknown-panel``, ``panel-event``), every
  panel member and named speaker is a person (``unknown-person``), each
  person's ``event_ids`` are the events whose panels list them (``person-events``).
- with the raw folder: each event's raw file exists (``raw-missing``), has the
  recorded SHA-256 (``raw-changed``), and every claim's span lies inside its
  decoded text (``span-out-of-range``) and covers a trimmed sentence holding
  the words of the claim's text in order (``span-mismatch``: the claim's text
  may drop an attribution from inside the sentence, never add words).

The decoded raw text is ``Path.read_text(encoding="utf-8")`` (what the parser
and ``eval/score.py`` count offsets in). Memory: ids and references are kept,
records are streamed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from roundtables.errors import RoundtablesError
from roundtables.models import PRIMARY_KEYS, RECORD_TYPES, SCHEMA_VERSION
from roundtables.release.datapackage import DESCRIPTOR_NAME, ROWS_PROPERTY
from roundtables.release.problems import Problem
from roundtables.release.read import jsonl_lines, load_descriptor
from roundtables.release.records import TABLES, SchemaSet, model_errors
from roundtables.release.writer import BATCH_ROWS, file_stats, parquet_schema
from roundtables.schema import load_schema

_MISSING = object()
_WORD = re.compile(r"\w+")


def _holds(sentence: str, claim: str) -> bool:
    """True when the claim's words appear in the sentence in order (attribution and commas cut out)."""
    words = iter(_WORD.findall(sentence.casefold()))
    return all(word in words for word in _WORD.findall(claim.casefold()))


class _Report:
    """The problems found, in the order found, each path shown relative to the release folder."""

    def __init__(self, directory: Path) -> None:
        self.dir = directory
        self.problems: list[Problem] = []

    def add(self, code: str, path: str | Path, message: str, line: int | None = None) -> None:
        shown = (
            path.relative_to(self.dir).as_posix()
            if isinstance(path, Path) and path.is_relative_to(self.dir)
            else str(path)
        )
        self.problems.append(Problem(code, shown, message, line))


def _check_files(report: _Report, descriptor: dict[str, Any], meta: dict[str, Any]) -> dict[str, int | None]:
    """Every listed file present with its bytes and hash, nothing unlisted, each table's two resources;
    returns the rows each resource declares."""
    declared: dict[str, int | None] = {}
    resources = descriptor.get("resources")
    if not isinstance(resources, list):
        report.add("bad-descriptor", DESCRIPTOR_NAME, "no list of resources")
        resources = []
    listed: list[dict[str, Any]] = [r for r in resources if isinstance(r, dict)]
    for key in ("schema_files", "metadata_files"):
        extra_files = meta.get(key, [])
        if not isinstance(extra_files, list):
            report.add("bad-descriptor", DESCRIPTOR_NAME, f"roundtables.{key} is not a list")
            extra_files = []
        listed += [s for s in extra_files if isinstance(s, dict)]
    known = {DESCRIPTOR_NAME}
    for entry in listed:
        name = entry.get("path")
        if not isinstance(name, str) or "/" in name or name.startswith("."):
            report.add(
                "bad-descriptor", DESCRIPTOR_NAME, f"resource path {name!r} is not a file of the release"
            )
            continue
        known.add(name)
        _check_file(report, entry, name)
    by_path = {r.get("path"): r for r in resources if isinstance(r, dict)}
    for table in TABLES:
        for fmt in ("jsonl", "parquet"):
            resource = by_path.get(f"{table}.{fmt}")
            if resource is None:
                report.add("missing-resource", DESCRIPTOR_NAME, f"no resource for {table}.{fmt}")
            else:
                rows = resource.get("rows" if fmt == "jsonl" else ROWS_PROPERTY)
                if not isinstance(rows, int):
                    report.add("bad-descriptor", DESCRIPTOR_NAME, f"{table}.{fmt}: no row count")
                declared[f"{table}.{fmt}"] = rows if isinstance(rows, int) else None
    for path in sorted(report.dir.iterdir()):
        if path.name not in known and not path.name.startswith("."):
            report.add("extra-file", path, "not listed in datapackage.json")
    return declared


def _check_file(report: _Report, entry: dict[str, Any], name: str) -> None:
    path = report.dir / name
    if not path.is_file():
        report.add("missing-file", name, "listed in datapackage.json but absent")
        return
    stats = file_stats(path)
    if entry.get("bytes") != stats.bytes:
        report.add("bytes-mismatch", name, f"{stats.bytes} bytes, datapackage.json says {entry.get('bytes')}")
    if entry.get("hash") != f"sha256:{stats.sha256}":
        report.add("hash-mismatch", name, f"sha256:{stats.sha256}, datapackage.json says {entry.get('hash')}")


class _Records:
    """Each table's JSONL records and Parquet rows: well formed, valid, unique, in step with each other
    and counted as declared; sound records are handed to the reference check."""

    def __init__(
        self,
        report: _Report,
        declared_rows: dict[str, int | None],
        references: _References,
        *,
        same_schema: bool,
    ) -> None:
        self.report = report
        self.declared_rows = declared_rows
        self.references = references
        self.same_schema = same_schema

    def schemas(self) -> SchemaSet | None:
        try:
            return SchemaSet({t: load_schema(self.report.dir, t) for t in TABLES})
        except RoundtablesError as err:
            self.report.add("bad-schema", err.path or self.report.dir, err.reason)
        except Exception as err:  # jsonschema.SchemaError: the file is JSON but not a schema
            self.report.add("bad-schema", self.report.dir, f"a schema file is not a valid JSON Schema: {err}")
        return None

    def tables(self, schemas: SchemaSet | None) -> None:
        for table in TABLES:
            path = self.report.dir / f"{table}.jsonl"
            if path.is_file():
                self._table(table, path, schemas)

    def _parquet_rows(self, table: str) -> Iterator[dict[str, Any]] | None:
        path = self.report.dir / f"{table}.parquet"
        if not path.is_file():
            return None
        try:
            parquet = pq.ParquetFile(path)
        except (pa.ArrowException, OSError) as err:
            self.report.add("parquet-unreadable", path, str(err))
            return None
        expected = parquet_schema(table)
        if self.same_schema and not parquet.schema_arrow.equals(expected, check_metadata=True):
            got = {f.name: f for f in parquet.schema_arrow}
            wrong = [f.name for f in expected if got.get(f.name) != f] + [
                n for n in got if n not in expected.names
            ]
            self.report.add(
                "parquet-schema",
                path,
                f"not the schema of the models (fields: {', '.join(wrong) or 'metadata'})",
            )
        declared = self.declared_rows.get(path.name)
        if declared is not None and parquet.metadata.num_rows != declared:
            self.report.add(
                "rows-mismatch", path, f"{parquet.metadata.num_rows} rows, datapackage.json says {declared}"
            )

        def rows() -> Iterator[dict[str, Any]]:
            for batch in parquet.iter_batches(batch_size=BATCH_ROWS):
                yield from batch.to_pylist()

        return rows()

    def _table(self, table: str, path: Path, schemas: SchemaSet | None) -> None:
        fields = list(RECORD_TYPES[table].model_fields)
        key = PRIMARY_KEYS[table]
        parquet = self._parquet_rows(table)
        parquet_name = f"{table}.parquet"
        seen: set[str] = set()
        rows = 0
        last = b""
        for number, raw_line in jsonl_lines(path):
            last = raw_line
            if not raw_line.strip():
                self.report.add("blank-line", path, "empty line", number)
                continue
            rows += 1
            try:
                text = raw_line.decode("utf-8")
                data = json.loads(text)
            except (UnicodeDecodeError, json.JSONDecodeError) as err:
                self.report.add("bad-json", path, f"not a JSON line: {err}", number)
                continue
            if not isinstance(data, dict):
                self.report.add("not-object", path, "not a JSON object", number)
                continue
            if set(data) == set(fields) and list(data) != fields:
                self.report.add("field-order", path, "fields are not in schema order", number)
            errors = model_errors(table, text) if self.same_schema else []
            if not errors and schemas is not None:
                errors = schemas.errors(table, data)
            rid = data.get(key)
            label = f"{table} record {rid}" if isinstance(rid, str) else f"{table} record"
            if errors:
                self.report.add("invalid-record", path, f"{label}: " + "; ".join(errors), number)
            if isinstance(rid, str):
                if rid in seen:
                    self.report.add("duplicate-id", path, f"{key} {rid} appears twice", number)
                seen.add(rid)
            if parquet is not None:
                row = next(parquet, _MISSING)
                if row is _MISSING:
                    self.report.add(
                        "parquet-differs", parquet_name, f"no row for JSONL line {number} ({label})"
                    )
                    parquet = None
                elif row != data:
                    assert isinstance(row, dict)
                    diff = sorted(
                        k for k in set(row) | set(data) if row.get(k, _MISSING) != data.get(k, _MISSING)
                    )
                    self.report.add(
                        "parquet-differs",
                        parquet_name,
                        f"row {rows} differs from JSONL line {number} ({label}): {', '.join(diff)}",
                    )
            if not errors:
                self.references.record(table, data, number)
        if last and rows and not path.read_bytes().endswith(b"\n"):
            self.report.add("no-final-newline", path, "the last line does not end with a newline")
        if parquet is not None:
            extra = sum(1 for _ in parquet)
            if extra:
                self.report.add("parquet-differs", parquet_name, f"{extra} rows more than the JSONL file")
        declared = self.declared_rows.get(path.name)
        if declared is not None and rows != declared:
            self.report.add("rows-mismatch", path, f"{rows} records, datapackage.json says {declared}")


class _References:
    """What the records name (events, panels, people), gathered as they stream by, and whether it exists."""

    def __init__(self, report: _Report, raw: Path | None) -> None:
        self.report = report
        self.events: dict[str, str | None] = {}
        self.panels: dict[str, str] = {}
        self.people: dict[str, list[str]] = {}
        self.members: list[tuple[int, str, str, str]] = []
        self.raw_texts = _RawTexts(report, raw, self.events) if raw is not None else None

    def record(self, table: str, data: dict[str, Any], line: int) -> None:
        name = f"{table}.jsonl"
        if table == "events":
            self.events[data["event_id"]] = data.get("source_sha256")
            if self.raw_texts is not None:
                self.raw_texts.text(data["event_id"])
        elif table == "panels":
            self.panels[data["panel_id"]] = data["event_id"]
            if data["event_id"] not in self.events:
                self.report.add(
                    "unknown-event", name, f"panel {data['panel_id']}: no event {data['event_id']}", line
                )
            for member in data["members"]:
                self.members.append((line, data["panel_id"], data["event_id"], member["person_id"]))
        elif table == "people":
            self.people[data["person_id"]] = data["event_ids"]
        else:
            self._claim(data, line)

    def _claim(self, data: dict[str, Any], line: int) -> None:
        cid, event_id, panel_id = data["claim_id"], data["event_id"], data["panel_id"]
        if event_id not in self.events:
            self.report.add("unknown-event", "claims.jsonl", f"claim {cid}: no event {event_id}", line)
        if panel_id not in self.panels:
            self.report.add("unknown-panel", "claims.jsonl", f"claim {cid}: no panel {panel_id}", line)
        elif self.panels[panel_id] != event_id:
            self.report.add(
                "panel-event",
                "claims.jsonl",
                f"claim {cid}: panel {panel_id} is not on event {event_id}",
                line,
            )
        speaker = data["speaker"]["person_id"]
        if speaker is not None and speaker not in self.people:
            self.report.add(
                "unknown-person", "claims.jsonl", f"claim {cid}: speaker {speaker} is not in people", line
            )
        if self.raw_texts is not None:
            self.raw_texts.span(data, line)

    def people_agree(self) -> None:
        expected: dict[str, set[str]] = {}
        for line, panel_id, event_id, person_id in self.members:
            if person_id not in self.people:
                self.report.add(
                    "unknown-person",
                    "panels.jsonl",
                    f"panel {panel_id}: member {person_id} is not in people",
                    line,
                )
            expected.setdefault(person_id, set()).add(event_id)
        for person_id, event_ids in self.people.items():
            want = sorted(expected.get(person_id, set()))
            if event_ids != want:
                self.report.add(
                    "person-events",
                    "people.jsonl",
                    f"person {person_id}: event_ids {event_ids}, but the panels list them on {want}",
                )


class _RawTexts:
    """The raw texts claims are read against: each event's file checked once (missing, changed, not
    UTF-8), one text held at a time, and each claim's span checked in its text."""

    def __init__(self, report: _Report, raw: Path, events: dict[str, str | None]) -> None:
        self.report = report
        self.raw = raw
        self.events = events
        self.texts: dict[str, str | None] = {}
        self.checked: set[str] = set()

    def text(self, event_id: str) -> str | None:
        """The decoded raw text of an event (one held at a time); file problems reported once per event."""
        if event_id in self.texts:
            return self.texts[event_id]
        path = self.raw / f"{event_id}.txt"
        first = event_id not in self.checked
        self.checked.add(event_id)
        text: str | None = None
        if not path.is_file():
            if first:
                self.report.add("raw-missing", path.as_posix(), f"no raw text for event {event_id}")
        else:
            digest = file_stats(path).sha256
            if first and event_id in self.events and digest != self.events[event_id]:
                self.report.add(
                    "raw-changed", path.as_posix(), f"SHA-256 {digest} is not the event's source_sha256"
                )
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError as err:
                if first:
                    self.report.add("raw-missing", path.as_posix(), f"not UTF-8: {err.reason}")
        self.texts = {event_id: text}
        return text

    def span(self, data: dict[str, Any], line: int) -> None:
        text = self.text(data["event_id"])
        if text is None:
            return
        cid, start, end = data["claim_id"], data["sentence_start"], data["sentence_end"]
        if end > len(text):
            self.report.add(
                "span-out-of-range",
                "claims.jsonl",
                f"claim {cid}: span {start}:{end} ends past the text ({len(text)})",
                line,
            )
            return
        sentence = text[start:end]
        if not sentence.strip() or sentence != sentence.strip() or not _holds(sentence, data["text"]):
            self.report.add(
                "span-mismatch",
                "claims.jsonl",
                f"claim {cid}: the span {start}:{end} ({sentence[:60]!r}) does not hold the claim's text",
                line,
            )


def validate_release(directory: Path, raw: Path | None = None) -> list[Problem]:
    """Every problem of the release in ``directory`` (empty when it is sound); see the module docstring.

    ``raw`` is the folder of raw texts to check claim spans against. Raises
    :class:`ReleaseError` only when ``directory`` is not a release at all.
    """
    descriptor = load_descriptor(directory)
    report = _Report(directory)
    extra = descriptor.get("roundtables")
    meta: dict[str, Any] = extra if isinstance(extra, dict) else {}
    declared = _check_files(report, descriptor, meta)
    references = _References(report, raw)
    records = _Records(report, declared, references, same_schema=meta.get("schema_version") == SCHEMA_VERSION)
    records.tables(records.schemas())
    references.people_agree()
    return report.problems
