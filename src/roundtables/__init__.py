"""roundtables: a structured, versioned dataset of Track-2 policy roundtables.

    import roundtables
    roundtables.claims()                    # the release shipped in the package, as typed records
    roundtables.claims(nationality="US")    # filtered by the speaker's nationality, kind or cue
    roundtables.event("000_61fc81b2dc7eafc8")  # one event with its panels, people and claims
    roundtables.table("claims")             # a pyarrow Table (.to_pandas(), polars.from_arrow(...))
    roundtables.download("1.0.0")           # another release, verified, into the per-user cache
    roundtables.claims(version="1.0.0")     # read it (downloaded on first use)
    roundtables.raw_text(event_id)          # the raw text a claim's offsets count in
    roundtables.release_dir()               # the folder of the shipped release (for DuckDB, polars ...)

Importing the package reads no data and imports nothing heavy: the readers are
loaded on first use.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "1.2.0"
DATASET_VERSION = __version__

_LAZY = {
    "events": "roundtables.readers",
    "panels": "roundtables.readers",
    "people": "roundtables.readers",
    "claims": "roundtables.readers",
    "table": "roundtables.readers",
    "event": "roundtables.readers",
    "EventRecords": "roundtables.readers",
    "shipped_version": "roundtables.readers",
    "raw_text": "roundtables.readers",
    "release_dir": "roundtables.readers",
    "download": "roundtables.fetch",
}

__all__ = [
    "DATASET_VERSION",
    "EventRecords",
    "__version__",
    "claims",
    "download",
    "event",
    "events",
    "panels",
    "people",
    "raw_text",
    "release_dir",
    "shipped_version",
    "table",
]

if TYPE_CHECKING:
    from roundtables.fetch import download
    from roundtables.readers import (
        EventRecords,
        claims,
        event,
        events,
        panels,
        people,
        raw_text,
        release_dir,
        shipped_version,
        table,
    )


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'roundtables' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
