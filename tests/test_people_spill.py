"""The people merger gives the same records whether it holds everything or spills runs to disk."""

from __future__ import annotations

import random

from roundtables.release.people import PeopleMerger, PersonEntry


def _mentions(rng: random.Random) -> list[tuple[str, list[PersonEntry], str]]:
    events = []
    for e in range(300):
        people = []
        for _ in range(rng.randrange(0, 6)):
            n = rng.randrange(40)
            affs = tuple(f"Org {rng.randrange(8)}" for _ in range(rng.randrange(3)))
            bio = f"Bio {rng.randrange(3)} of {n}" if rng.random() < 0.3 else None
            people.append(PersonEntry(f"person-{n:02d}", f"Person {n} v{rng.randrange(3)}", affs, bio))
        events.append((f"e{e:03d}", people, f"raw/e{e:03d}.txt"))
    return events


def test_spilled_runs_merge_to_the_same_records() -> None:
    for seed in range(5):
        events = _mentions(random.Random(seed))
        held, spilled = PeopleMerger(), PeopleMerger(spill_entries=7)
        for event_id, people, source in events:
            held.add(event_id, people, source)
            spilled.add(event_id, people, source)
        assert spilled._runs  # it did spill
        assert [(p.model_dump(), s) for p, s in spilled.people()] == [
            (p.model_dump(), s) for p, s in held.people()
        ]
