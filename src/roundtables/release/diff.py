"""``diff_releases``: per table, the records added, removed and changed between two releases.

Records are matched by primary key. A changed record lists its changed
fields; a change inside an object field is named with a dot
(``speaker.nationality``); a list field is compared whole. Ids are listed in
the order the releases hold them (removed: the old one's; others: the new
one's). The old release's tables are held in memory one at a time.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from roundtables.models import PRIMARY_KEYS
from roundtables.release.read import load_descriptor, read_table
from roundtables.release.records import TABLES


@dataclass(frozen=True)
class Changed:
    """One record present in both releases with different values."""

    id: str
    fields: tuple[str, ...]


@dataclass(frozen=True)
class TableDiff:
    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed: tuple[Changed, ...]

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)


@dataclass(frozen=True)
class ReleaseDiff:
    old_version: str | None
    new_version: str | None
    tables: dict[str, TableDiff]

    @property
    def identical(self) -> bool:
        return all(t.empty for t in self.tables.values())

    def as_json(self) -> dict[str, Any]:
        return {
            "old_version": self.old_version,
            "new_version": self.new_version,
            "tables": {
                name: {
                    "added": list(t.added),
                    "removed": list(t.removed),
                    "changed": [{"id": c.id, "fields": list(c.fields)} for c in t.changed],
                }
                for name, t in self.tables.items()
            },
        }

    def lines(self) -> list[str]:
        """A readable summary: a count line per table, then ``+`` added, ``-`` removed, ``~`` changed ids."""
        out = [f"{self.old_version or '?'} -> {self.new_version or '?'}"]
        for name, t in self.tables.items():
            out.append(f"{name}: {len(t.added)} added, {len(t.removed)} removed, {len(t.changed)} changed")
            out += [f"  + {i}" for i in t.added]
            out += [f"  - {i}" for i in t.removed]
            out += [f"  ~ {c.id}: {', '.join(c.fields)}" for c in t.changed]
        if self.identical:
            out.append("no record differs")
        return out


def changed_fields(old: dict[str, Any], new: dict[str, Any], prefix: str = "") -> list[str]:
    """The fields whose values differ, objects compared field by field, in ``new``'s order."""
    found = []
    for key in list(new) + [k for k in old if k not in new]:
        a, b = old.get(key), new.get(key)
        if isinstance(a, dict) and isinstance(b, dict):
            found += changed_fields(a, b, f"{prefix}{key}.")
        elif a != b or (key in old) != (key in new):
            found.append(prefix + key)
    return found


def _table_diff(old: Path, new: Path, table: str) -> TableDiff:
    key = PRIMARY_KEYS[table]
    before = {r[key]: r for r in read_table(old, table)}
    added: list[str] = []
    changed: list[Changed] = []
    for record in read_table(new, table):
        rid = record[key]
        previous = before.pop(rid, None)
        if previous is None:
            added.append(rid)
        elif previous != record:
            changed.append(Changed(rid, tuple(changed_fields(previous, record))))
    return TableDiff(tuple(added), tuple(before), tuple(changed))


def diff_releases(old: Path, new: Path) -> ReleaseDiff:
    """What changed from release folder ``old`` to ``new``; :class:`ReleaseError` if one is no release."""
    versions = [load_descriptor(d).get("version") for d in (old, new)]
    return ReleaseDiff(
        old_version=versions[0] if isinstance(versions[0], str) else None,
        new_version=versions[1] if isinstance(versions[1], str) else None,
        tables={t: _table_diff(old, new, t) for t in TABLES},
    )
