"""Where each raw text came from: the sources manifest ``raw/sources.tsv``.

A raw text alone names a file and a hash; the manifest beside it says which
page it was taken from, who published it and when it was retrieved. The
build copies those three into each event (``source_url``, ``publisher``,
``retrieved``) after parsing, so the parser never needs to know about them.

The format is a tab-separated file with this header line, one row per raw
text; blank lines and lines starting with ``#`` are skipped::

    event_id<TAB>url<TAB>publisher<TAB>retrieved

- ``event_id`` is the raw file's stem, once;
- ``url`` is an ``http://`` or ``https://`` address, or empty when unknown;
- ``publisher`` is the publishing organization as it should be cited, or empty;
- ``retrieved`` is an ISO date (``2024-05-01``), or empty when unknown.

Empty means unknown and becomes ``null``: nothing is guessed. When the
manifest exists, every raw text must have a row and every row a raw text;
a corpus without a manifest builds with the three fields null.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from roundtables.errors import InputError
from roundtables.models import EVENT_ID_PATTERN, URL_PATTERN

if TYPE_CHECKING:  # the parser is imported where it runs: a build's workers
    from roundtables.parse.result import ParsedEvent

SOURCES_FILE = "sources.tsv"
COLUMNS = ("event_id", "url", "publisher", "retrieved")
_EVENT_ID = re.compile(EVENT_ID_PATTERN)
_URL = re.compile(URL_PATTERN)
CODE = "bad-sources"


@dataclass(frozen=True)
class Source:
    """Where one raw text came from; None where the manifest leaves a column empty."""

    url: str | None
    publisher: str | None
    retrieved: str | None


def _row(fields: list[str], path: Path, line: int) -> tuple[str, Source]:
    if len(fields) != len(COLUMNS):
        raise InputError(
            f"{len(fields)} tab-separated columns, want {len(COLUMNS)} ({', '.join(COLUMNS)})",
            path=path,
            line=line,
            code=CODE,
        )
    event_id, url, publisher, retrieved = (f.strip() for f in fields)
    if not _EVENT_ID.match(event_id):
        raise InputError(f"{event_id!r} is not a valid event id", path=path, line=line, code=CODE)
    if url and not _URL.match(url):
        raise InputError(f"url {url!r} is not an http(s) address", path=path, line=line, code=CODE)
    if retrieved:
        try:
            if dt.date.fromisoformat(retrieved).isoformat() != retrieved:
                raise ValueError
        except ValueError:
            raise InputError(
                f"retrieved {retrieved!r} is not an ISO date (YYYY-MM-DD)", path=path, line=line, code=CODE
            ) from None
    return event_id, Source(url or None, publisher or None, retrieved or None)


def read_sources(raw: Path) -> dict[str, Source] | None:
    """The manifest of the raw folder ``raw`` as event id -> :class:`Source`; None when there is none."""
    path = raw / SOURCES_FILE
    if not path.is_file():
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise InputError(f"not UTF-8 ({err.reason})", path=path, code=CODE) from None
    sources: dict[str, Source] = {}
    header_seen = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if not header_seen:
            if tuple(f.strip() for f in fields) != COLUMNS:
                raise InputError(
                    f"the first line must be the header {'<TAB>'.join(COLUMNS)}",
                    path=path,
                    line=number,
                    code=CODE,
                )
            header_seen = True
            continue
        event_id, source = _row(fields, path, number)
        if event_id in sources:
            raise InputError(f"{event_id} is listed twice", path=path, line=number, code=CODE)
        sources[event_id] = source
    return sources


def check_sources(sources: dict[str, Source] | None, event_ids: list[str], raw: Path) -> None:
    """Every raw text has a row and every row a raw text; :class:`InputError` lists the ones that do not."""
    if sources is None:
        return
    missing = sorted(set(event_ids) - set(sources))
    unknown = sorted(set(sources) - set(event_ids))
    problems = []
    if missing:
        problems.append(f"no row for {', '.join(missing)}")
    if unknown:
        problems.append(f"rows without a raw text: {', '.join(unknown)}")
    if problems:
        raise InputError("; ".join(problems), path=raw / SOURCES_FILE, code=CODE)


def with_source(parsed: ParsedEvent, source: Source | None) -> ParsedEvent:
    """``parsed`` with its event's provenance filled from the manifest row ``source`` (as parsed: none)."""
    if source is None:
        return parsed
    event = parsed.event.model_copy(
        update={"source_url": source.url, "publisher": source.publisher, "retrieved": source.retrieved}
    )
    return replace(parsed, event=event)
