"""Reading a published release: its descriptor and its JSONL tables, line by line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from roundtables.errors import ReleaseError
from roundtables.release.datapackage import DESCRIPTOR_NAME
from roundtables.release.records import TABLES


def release_dir(directory: Path) -> Path:
    """``directory`` if it is a folder with a ``datapackage.json``; else a :class:`ReleaseError`."""
    if not directory.is_dir():
        raise ReleaseError("release folder not found", path=directory)
    if not (directory / DESCRIPTOR_NAME).is_file():
        raise ReleaseError(f"not a release: no {DESCRIPTOR_NAME}", path=directory)
    return directory


def load_descriptor(directory: Path) -> dict[str, Any]:
    """The parsed ``datapackage.json`` of a release."""
    path = release_dir(directory) / DESCRIPTOR_NAME
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as err:
        raise ReleaseError(f"not UTF-8: {err.reason}", path=path) from None
    except json.JSONDecodeError as err:
        raise ReleaseError(f"not JSON: {err.msg}", path=path, line=err.lineno) from None
    if not isinstance(loaded, dict):
        raise ReleaseError("not a JSON object", path=path)
    return loaded


def jsonl_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """(line number, line without its ``\\n``) for every line of a JSONL file, streamed."""
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            yield number, line.removesuffix(b"\n")


def read_table(directory: Path, table: str) -> Iterator[dict[str, Any]]:
    """Every record of one table of a release, from its JSONL file; a bad line is a :class:`ReleaseError`."""
    if table not in TABLES:
        raise ReleaseError(f"unknown table {table!r}")
    path = directory / f"{table}.jsonl"
    if not path.is_file():
        raise ReleaseError("table file is missing", path=path)
    for number, line in jsonl_lines(path):
        try:
            record = json.loads(line)
        except (UnicodeDecodeError, json.JSONDecodeError) as err:
            raise ReleaseError(
                f"not a JSON line ({err}); run `roundtables validate`", path=path, line=number
            ) from None
        if not isinstance(record, dict):
            raise ReleaseError("not a JSON object", path=path, line=number)
        yield record
