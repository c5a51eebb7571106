"""Hand-made worst shapes for the parser's time, each 100 KB: what no mutation of a real text reaches.

    python benchmarks/adversarial.py            # one process, a line each

Each is parsed three times after a short warm-up; the time is the fastest ``parse_text``.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Callable

SIZE = 100_000
REPEATS = 3
"""Each shape is timed three times and the fastest kept: the parser's cost, not the machine's hiccups."""
_CAPITALS = [
    "Institute",
    "Center",
    "Global",
    "Policy",
    "University",
    "National",
    "Academy",
    "Council",
    "Foreign",
    "Relations",
    "Peace",
]


_SLOTS = {
    "who": [
        "One participant",
        "A Chinese scholar",
        "An American expert",
        "Another speaker",
        "A former official",
    ],
    "what": ["trade", "the alliance", "the sanctions regime", "tourism", "the talks", "investment"],
    "verb": ["said", "argued", "noted", "warned", "stressed", "suggested"],
    "shout": ["CHINA’S", "RUSSIA’S", "THE ALLIANCE’S", "PYONGYANG’S", "WASHINGTON’S"],
    "name": [
        "Anna Berg",
        "Tomas Kell",
        "Mei Lin",
        "Omar Haddad",
        "Jae-won Park",
        "Lucia Ortega",
        "Ivan Petrov",
    ],
}


def _fill(unit: str, head: str = "Roundtable on trade\n\n", tail: str = ".") -> str:
    """``unit`` repeated to 100 KB, its ``{slot}`` words drawn at random: no two sentences alike, so no
    cache of a sentence read before can make the shape cheap."""
    rng = random.Random(11)
    parts: list[str] = []
    size = len(head) + len(tail)
    while size < SIZE:
        part = unit.format(**{slot: rng.choice(words) for slot, words in _SLOTS.items()})
        parts.append(part)
        size += len(part)
    return head + "".join(parts)[: SIZE - len(head) - len(tail)] + tail


def _capitals() -> str:
    rng = random.Random(7)
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < SIZE - 100:
        words.append(rng.choice(_CAPITALS))
        if rng.random() < 0.5:
            words.append(rng.choice(["of", "for", "and", "the", "de"]))
    return "Roundtable on trade\n\nThe forum met. " + " ".join(words) + " said that it rained."


def _capital_paragraphs() -> str:
    """Paragraphs of two-letter capitalized words after a lead: each start of a run is read as a name."""
    rng = random.Random(5)
    letters = "BCDFGHJKLMNPRSTVW"
    head = "Roundtable on trade\n\nThe Example Institute hosted a panel discussion with Anna Berg.\n\n"
    paragraphs: list[str] = []
    size = len(head)
    while size < SIZE:
        words = [rng.choice(letters) + rng.choice("aeiou") for _ in range(600)]
        paragraphs.append("The speakers were " + " ".join(words) + ".")
        size += len(paragraphs[-1]) + 2
    return (head + "\n\n".join(paragraphs))[:SIZE]


SHAPES: dict[str, Callable[[], str]] = {
    "one run-on sentence of reports": lambda: _fill(
        "{who} {verb} that {what} had grown, and another argued that it had not, "
    ),
    "one sentence listing names": lambda: _fill("{name}, ", tail=" attended."),
    "one run of capitalized words": _capitals,
    "short report sentences": lambda: _fill("{who} {verb} that {what} had stalled. "),
    "runs of openers after a report": lambda: _fill(
        "{who} {verb} that {what} grew. “" + "and " * 24 + "xyz,” he added. " + "And " * 24 + "xyz. "
    ),
    "blank runs inside sentences": lambda: _fill("{name}" + " " * 1900 + "x said that {what} is strong. "),
    "paragraphs of capitalized words": _capital_paragraphs,
    "shouted sentences before a name": lambda: _fill(
        "The United StaTES IS INCREASINGLY CONCERNED BY {shout} NUCLEar modernization that {name}; then "
        "moderated. "
    ),
}


def run() -> dict[str, dict[str, float]]:
    """Seconds and claims for each shape."""
    from roundtables.parse import parse_text

    def parse(text: str) -> int:
        return len(
            parse_text(text, event_id="adversarial", source_file="a.txt", source_sha256="0" * 64).claims
        )

    parse(SHAPES["short report sentences"]()[:5000])
    out = {}
    for name, make in SHAPES.items():
        text = make()
        times = []
        for _ in range(REPEATS):
            start = time.perf_counter()
            claims = parse(text)
            times.append(time.perf_counter() - start)
        out[name] = {"kb": len(text.encode("utf-8")) / 1000, "seconds": min(times), "claims": claims}
    return out


if __name__ == "__main__":
    json.dump(run(), sys.stdout, indent=2)
    print()
