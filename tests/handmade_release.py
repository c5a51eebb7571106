"""A tiny release folder written by hand, for tests that must not wait for a real build.

Two invented events, their panels, three people and five claims, laid out as
``roundtables build`` lays out ``dist-data/vX.Y.Z/``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from roundtables.models import Claim, Event, Panel, PanelMember, Person, Record, Speaker
from roundtables.schema import arrow_schema, generated_schema_files

HOST = "Carnegie–Tsinghua Center for Global Policy"

EVENTS = [
    Event(
        event_id="ev-alpha",
        source_file="raw/ev-alpha.txt",
        source_sha256="1" * 64,
        date="2014-05-06",
        title="Shipping lanes and coast guards",
        location="Beijing",
        host_organization=HOST,
        format="roundtable",
        off_the_record=True,
        sections=["Maritime Disputes"],
    ),
    Event(
        event_id="ev-beta",
        source_file="raw/ev-beta.txt",
        source_sha256="2" * 64,
        date=None,
        title=None,
        location=None,
        host_organization=HOST,
        format="discussion",
        off_the_record=None,
        sections=[],
    ),
]

PANELS = [
    Panel(
        panel_id="ev-alpha/p1",
        event_id="ev-alpha",
        title=None,
        members=[
            PanelMember(person_id="maria-lopez", role="host"),
            PanelMember(person_id="chen-wei", role="speaker"),
        ],
        represented=["CN", "US"],
    ),
    Panel(
        panel_id="ev-beta/p1",
        event_id="ev-beta",
        title=None,
        members=[
            PanelMember(person_id="omar-haddad", role="moderator"),
            PanelMember(person_id="chen-wei", role="discussant"),
        ],
        represented=["CN", "KR"],
    ),
]

PEOPLE = [
    Person(
        person_id="chen-wei",
        name="Chen Wei",
        affiliations=["Harbor Institute"],
        bio=None,
        event_ids=["ev-alpha", "ev-beta"],
    ),
    Person(
        person_id="maria-lopez",
        name="Maria Lopez",
        affiliations=[],
        bio="A resident scholar.",
        event_ids=["ev-alpha"],
    ),
    Person(person_id="omar-haddad", name="Omar Haddad", affiliations=[], bio=None, event_ids=["ev-beta"]),
]


def _speaker(mention: str, kind: str, nationality: str | None, role: str | None, key: str) -> Speaker:
    return Speaker.model_validate(
        {
            "mention": mention,
            "kind": kind,
            "nationality": nationality,
            "role": role,
            "key": key,
            "person_id": None,
        }
    )


def _claim(cid: str, text: str, span: tuple[int, int], cue: str | None, speaker: Speaker) -> Claim:
    event_id = cid.split("/")[0]
    return Claim(
        claim_id=cid,
        event_id=event_id,
        panel_id=f"{event_id}/p1",
        section=None,
        topic=None,
        text=text,
        sentence_start=span[0],
        sentence_end=span[1],
        cue=cue,
        attribution="continued" if cue is None else "explicit",
        speaker=speaker,
    )


_US = _speaker("One American participant", "individual", "US", "participant", "s1")
CLAIMS = [
    _claim("ev-alpha/c001", "patrols near the strait have doubled", (0, 60), "say", _US),
    _claim("ev-alpha/c002", "neither navy wants a collision", (61, 110), None, _US),
    _claim(
        "ev-alpha/c003",
        "fishing fleets are the real flashpoint",
        (111, 170),
        "argue",
        _speaker("A Chinese scholar", "individual", "CN", "scholar", "s2"),
    ),
    _claim(
        "ev-beta/c001",
        "talks should resume within the year",
        (0, 50),
        "agree",
        _speaker("All of the panelists", "group", None, "panelist", "s1"),
    ),
    _claim(
        "ev-beta/c002",
        "sanctions alone will not change course",
        (51, 99),
        "warn",
        _speaker("One Korean expert", "individual", "KR", "expert", "s2"),
    ),
]

TABLES: dict[str, list[Record]] = {
    "events": list(EVENTS),
    "panels": list(PANELS),
    "people": list(PEOPLE),
    "claims": list(CLAIMS),
}


def jsonl_line(record: Record) -> str:
    return json.dumps(record.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))


def write_release(folder: Path, version: str = "0.1.0") -> Path:
    """Write the hand-made release into ``folder/vX.Y.Z`` and return that folder."""
    out = folder / f"v{version}"
    out.mkdir(parents=True)
    resources = []
    for name, records in TABLES.items():
        rows = [r.model_dump(mode="json") for r in records]
        pq.write_table(pa.Table.from_pylist(rows, schema=arrow_schema(name)), out / f"{name}.parquet")
        (out / f"{name}.jsonl").write_text(
            "".join(jsonl_line(r) + "\n" for r in records), encoding="utf-8", newline="\n"
        )
        resources.append({"name": name, "path": f"{name}.jsonl", "rows": len(records)})
    for filename, text in generated_schema_files().items():
        (out / filename).write_text(text, encoding="utf-8", newline="\n")
    package = {"name": "roundtables", "version": version, "resources": resources}
    (out / "datapackage.json").write_text(json.dumps(package, indent=2) + "\n", encoding="utf-8")
    return out
