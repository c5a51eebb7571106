"""``release_info``: the counts and first distributions a user of a release looks at.

Speakers are counted once per speaker (``event_id`` and ``speaker.key``), not
once per claim; cues once per claim (a continued claim counts as
``(continued)``). All counts are read from the JSONL files, streamed.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from roundtables.release.read import load_descriptor, read_table
from roundtables.release.records import TABLES

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
    counts = dict.fromkeys(TABLES, 0)
    per_event: Counter[str] = Counter()
    years: Counter[str] = Counter()
    formats: Counter[str] = Counter()
    for event in read_table(directory, "events"):
        counts["events"] += 1
        per_event[event["event_id"]] = 0
        years[event["date"][:4] if event.get("date") else UNKNOWN] += 1
        formats[event["format"]] += 1
    for table in ("panels", "people"):
        counts[table] = sum(1 for _ in read_table(directory, table))
    cues: Counter[str] = Counter()
    # A speaker is counted as its first claim describes it. A build writes an event's claims together,
    # so only the current event's speaker keys are held: memory does not grow with the corpus.
    kinds: Counter[str] = Counter()
    nationalities: Counter[str] = Counter()
    current: str | None = None
    keys: set[Any] = set()
    apart = False
    for claim in read_table(directory, "claims"):
        counts["claims"] += 1
        event_id, speaker = claim["event_id"], claim["speaker"]
        if event_id != current:
            apart = apart or per_event.get(event_id, 0) > 0
            current, keys = event_id, set()
        per_event[event_id] += 1
        cues[claim["cue"] or CONTINUED] += 1
        if speaker["key"] not in keys:
            keys.add(speaker["key"])
            kinds[speaker["kind"]] += 1
            nationalities[speaker["nationality"] or UNKNOWN] += 1
    if apart:  # an event's claims come apart (a release not written by ``build``): hold every key
        kinds, nationalities = _speakers_held(directory)
    values = list(per_event.values()) or [0]
    return Info(
        version=version,
        counts=counts,
        claims_per_event={
            "min": min(values),
            "median": statistics.median(values),
            "mean": statistics.fmean(values),
            "max": max(values),
            "events_without_claims": sum(1 for v in per_event.values() if v == 0),
        },
        events_by_year=dict(sorted(years.items())),
        events_by_format=_ranked(formats),
        speakers_by_kind=_ranked(kinds),
        speakers_by_nationality=_ranked(nationalities),
        cues=_ranked(cues),
    )


def _speakers_held(directory: Path) -> tuple[Counter[str], Counter[str]]:
    """Speakers by kind and by nationality, every (``event_id``, ``speaker.key``) held at once."""
    speakers: dict[tuple[str, str], dict[str, Any]] = {}
    for claim in read_table(directory, "claims"):
        speakers.setdefault((claim["event_id"], claim["speaker"]["key"]), claim["speaker"])
    kinds = Counter(s["kind"] for s in speakers.values())
    return kinds, Counter(s["nationality"] or UNKNOWN for s in speakers.values())
