"""``release_info``: the counts and first distributions a user of a release looks at.

Speakers are counted once per speaker (``event_id`` and ``speaker.key``), not
once per claim; cues once per claim (a continued claim counts as
``(continued)``). ``release_info`` reads the JSONL files, streamed; a build counts the same
records from the Parquet batches it writes (:class:`Tally`), for the dataset card.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from roundtables.release.read import load_descriptor, read_table
from roundtables.release.records import TABLES

if TYPE_CHECKING:
    import pyarrow as pa

UNKNOWN = "(unknown)"
CONTINUED = "(continued)"


@dataclass(frozen=True)
class Info:
    version: str | None
    counts: dict[str, int]
    claims_per_event: dict[str, float]
    events_by_year: dict[str, int]
    events_by_format: dict[str, int]
    speakers_by_kind: dict[str, int]
    speakers_by_nationality: dict[str, int]
    cues: dict[str, int]

    def as_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "counts": self.counts,
            "claims_per_event": self.claims_per_event,
            "events_by_year": self.events_by_year,
            "events_by_format": self.events_by_format,
            "speakers_by_kind": self.speakers_by_kind,
            "speakers_by_nationality": self.speakers_by_nationality,
            "cues": self.cues,
        }

    def lines(self) -> list[str]:
        """A readable summary, one distribution per block."""
        out = [f"release {self.version or '?'}"]
        out.append("records: " + ", ".join(f"{t} {n}" for t, n in self.counts.items()))
        cpe = self.claims_per_event
        out.append(
            f"claims per event: min {cpe['min']:g}, median {cpe['median']:g}, mean {cpe['mean']:.1f}, "
            f"max {cpe['max']:g}; events without claims {cpe['events_without_claims']:g}"
        )
        for title, counts in (
            ("events by year", self.events_by_year),
            ("events by format", self.events_by_format),
            ("speakers by kind", self.speakers_by_kind),
            ("speakers by nationality", self.speakers_by_nationality),
            ("cues", self.cues),
        ):
            out.append(f"{title}:")
            out += [f"  {name:<16} {n:>6}" for name, n in counts.items()]
        return out


def _ranked(counter: Counter[str]) -> dict[str, int]:
    return dict(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def release_info(directory: Path) -> Info:
    """Counts and distributions of the release in ``directory``."""
    version = load_descriptor(directory).get("version")
    return summarize(directory, version if isinstance(version, str) else None)


def summarize(directory: Path, version: str | None) -> Info:
    """Counts and distributions of the tables in ``directory`` (also a release still being built)."""
    tally = Tally()
    for table in ("events", "panels", "people", "claims"):
        for record in read_table(directory, table):
            tally.count(table, record)
    return tally.info(directory, version)


class Tally:
    """The counts of an :class:`Info`, fed one record at a time: a build feeds the records it writes, so
    the dataset card needs no second reading of the release."""

    def __init__(self) -> None:
        self.counts = dict.fromkeys(TABLES, 0)
        self._per_event: Counter[str] = Counter()
        self._years: Counter[str] = Counter()
        self._formats: Counter[str] = Counter()
        self._cues: Counter[str] = Counter()
        # A speaker is counted as its first claim describes it. A build writes an event's claims
        # together, so only the current event's speaker keys are held: memory does not grow with the corpus.
        self._kinds: Counter[str] = Counter()
        self._nationalities: Counter[str] = Counter()
        self._current: str | None = None
        self._keys: set[Any] = set()
        self._apart = False

    def count(self, table: str, record: dict[str, Any]) -> None:
        """Count one record of ``table``."""
        self.counts[table] += 1
        if table == "events":
            self._event(record["event_id"], record.get("date"), record["format"])
        elif table == "claims":
            said = record["speaker"]
            self._claim(record["event_id"], record["cue"], said["key"], said["kind"], said["nationality"])

    def count_batch(self, table: str, batch: pa.Table) -> None:
        """Count a batch of records of ``table`` as written to Parquet, in order: as :meth:`count` of each,
        reading only the columns counted."""
        self.counts[table] += batch.num_rows
        if table == "events":
            for row in zip(*_columns(batch, "event_id", "date", "format"), strict=True):
                self._event(*row)
        elif table == "claims":
            speaker = batch.column("speaker").combine_chunks()
            columns = [
                *_columns(batch, "event_id", "cue"),
                *(speaker.field(name).to_pylist() for name in ("key", "kind", "nationality")),
            ]
            for row in zip(*columns, strict=True):
                self._claim(*row)

    def _event(self, event_id: str, date: str | None, event_format: str) -> None:
        self._per_event.setdefault(event_id, 0)
        self._years[date[:4] if date else UNKNOWN] += 1
        self._formats[event_format] += 1

    def _claim(self, event_id: str, cue: str | None, key: str, kind: str, nationality: str | None) -> None:
        if event_id != self._current:
            self._apart = self._apart or self._per_event.get(event_id, 0) > 0
            self._current, self._keys = event_id, set()
        self._per_event[event_id] += 1
        self._cues[cue or CONTINUED] += 1
        if key not in self._keys:
            self._keys.add(key)
            self._kinds[kind] += 1
            self._nationalities[nationality or UNKNOWN] += 1

    def info(self, directory: Path, version: str | None) -> Info:
        """The summary of what was counted; ``directory`` holds the claims, read again only when an
        event's claims came apart (a release not written by ``build``) and every speaker key is held."""
        kinds, nationalities = self._kinds, self._nationalities
        if self._apart:
            kinds, nationalities = _speakers_held(directory)
        values = list(self._per_event.values()) or [0]
        return Info(
            version=version,
            counts=dict(self.counts),
            claims_per_event={
                "min": min(values),
                "median": statistics.median(values),
                "mean": statistics.fmean(values),
                "max": max(values),
                "events_without_claims": sum(1 for v in self._per_event.values() if v == 0),
            },
            events_by_year=dict(sorted(self._years.items())),
            events_by_format=_ranked(self._formats),
            speakers_by_kind=_ranked(kinds),
            speakers_by_nationality=_ranked(nationalities),
            cues=_ranked(self._cues),
        )


def _columns(batch: pa.Table, *names: str) -> list[list[Any]]:
    return [batch.column(name).to_pylist() for name in names]


def _speakers_held(directory: Path) -> tuple[Counter[str], Counter[str]]:
    """Speakers by kind and by nationality, every (``event_id``, ``speaker.key``) held at once."""
    speakers: dict[tuple[str, str], dict[str, Any]] = {}
    for claim in read_table(directory, "claims"):
        speakers.setdefault((claim["event_id"], claim["speaker"]["key"]), claim["speaker"])
    kinds = Counter(s["kind"] for s in speakers.values())
    return kinds, Counter(s["nationality"] or UNKNOWN for s in speakers.values())
