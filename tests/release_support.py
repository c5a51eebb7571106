"""A stand-in parser for release tests, so they do not depend on how well the real parser reads a text.

It reads a tiny format of its own: line 1 is the title, ``Speaker: <Name>``
lines name the panel, and every other line ``<Name> said <claim>.`` is one
claim (its line is its sentence). Texts are written by the tests.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from roundtables.errors import RawTextError
from roundtables.models import Claim, Event, Panel, PanelMember, Speaker
from roundtables.parse.result import ParsedEvent, PersonMention
from roundtables.release import BuildSummary, build_release

_SAID = re.compile(r"^(?P<name>[A-Z][A-Za-z ]+?) said (?P<text>.+)$")


def slug(name: str) -> str:
    return "-".join(name.lower().split())


def fake_parse(path: Path, *, source_file: str) -> ParsedEvent:
    data = path.read_bytes()
    if not data.strip():
        raise RawTextError("the file is empty", path=source_file, code="empty")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise RawTextError("not UTF-8", path=source_file, code="not-utf8") from None
    event_id = path.stem
    lines = text.split("\n")
    people: list[PersonMention] = []
    claims: list[Claim] = []
    offset = len(lines[0]) + 1
    for line in lines[1:]:
        if line.startswith("Speaker: "):
            name = line.removeprefix("Speaker: ").strip()
            people.append(PersonMention(slug(name), name, "speaker", ("Example Institute",), None))
        elif match := _SAID.match(line):
            name = match["name"]
            claims.append(
                Claim(
                    claim_id=f"{event_id}/c{len(claims) + 1:03d}",
                    event_id=event_id,
                    panel_id=f"{event_id}/p1",
                    section=None,
                    topic=None,
                    text=match["text"].rstrip("."),
                    sentence_start=offset,
                    sentence_end=offset + len(line),
                    cue="say",
                    attribution="explicit",
                    speaker=Speaker(
                        mention=name,
                        kind="individual",
                        nationality=None,
                        role=None,
                        key=slug(name),
                        person_id=slug(name),
                    ),
                )
            )
        offset += len(line) + 1
    event = Event(
        event_id=event_id,
        source_file=source_file,
        source_sha256=hashlib.sha256(data).hexdigest(),
        date=None,
        title=lines[0].strip() or None,
        location=None,
        host_organization=None,
        format="roundtable",
        off_the_record=None,
        sections=[],
    )
    panel = Panel(
        panel_id=f"{event_id}/p1",
        event_id=event_id,
        title=None,
        members=[PanelMember(person_id=p.person_id, role=p.role) for p in people],
        represented=[],
    )
    return ParsedEvent(event, (panel,), tuple(people), tuple(claims), text)


def write_corpus(raw: Path) -> Path:
    """Three small events of our own, two sharing a speaker."""
    raw.mkdir(parents=True, exist_ok=True)
    (raw / "ev1.txt").write_text(
        "A first test meeting\nSpeaker: Ada Lane\nSpeaker: Ben Ortiz\n"
        "Ada Lane said the weather favors talks.\nBen Ortiz said nobody agrees on the agenda.\n",
        encoding="utf-8",
    )
    (raw / "ev2.txt").write_text(
        "A second test meeting\nSpeaker: Ada Lane\nAda Lane said the tea was cold.\n", encoding="utf-8"
    )
    (raw / "ev3.txt").write_text("A meeting with nobody named\nNo one spoke at all.\n", encoding="utf-8")
    return raw


ROOT = Path(__file__).resolve().parents[1]


def build_fake(raw: Path, out: Path, version: str = "1.0.0", **options: Any) -> BuildSummary:
    """Build ``raw`` with the stand-in parser, checked against the repository's ``schema/``."""
    return build_release(raw, out, version, parse=fake_parse, schema_dir=ROOT / "schema", **options)


def hashes(folder: Path) -> dict[str, str]:
    """File name -> SHA-256 of every file in ``folder``."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def rewrite(release: Path, name: str, text: str) -> None:
    """Replace a file of a release and fix its size and hash in datapackage.json (a consistent edit)."""
    data = text.encode("utf-8")
    (release / name).write_bytes(data)
    descriptor_path = release / "datapackage.json"
    descriptor = json.loads(descriptor_path.read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        if resource["path"] == name:
            resource["bytes"] = len(data)
            resource["hash"] = "sha256:" + hashlib.sha256(data).hexdigest()
    descriptor_path.write_text(json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def edit_lines(release: Path, name: str, edit: Callable[[list[dict[str, Any]]], None]) -> None:
    """Load a JSONL table, let ``edit`` change its records, write it back consistently."""
    path = release / name
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    edit(records)
    text = "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in records)
    rewrite(release, name, text)


def dying_parse(path: Path, *, source_file: str) -> ParsedEvent:
    """``fake_parse``, but the worker process dies on a file whose name holds ``die``."""
    if "die" in path.stem:
        os._exit(3)
    return fake_parse(path, source_file=source_file)
