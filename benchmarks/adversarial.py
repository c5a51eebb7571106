"""Hand-made worst shapes for the parser's time, each 100 KB: what no mutation of a real text reaches.

    python benchmarks/adversarial.py            # one process, a line each

Each is parsed once after a short warm-up; the time is that of ``parse_text``.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Callable

SIZE = 100_000
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


def _fill(unit: str, head: str = "Roundtable on trade\n\n", tail: str = ".") -> str:
    body = (unit * (SIZE // len(unit) + 1))[: SIZE - len(head) - len(tail)]
    return head + body + tail


def _capitals() -> str:
    rng = random.Random(7)
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < SIZE - 100:
        words.append(rng.choice(_CAPITALS))
        if rng.random() < 0.5:
            words.append(rng.choice(["of", "for", "and", "the", "de"]))
    return "Roundtable on trade\n\nThe forum met. " + " ".join(words) + " said that it rained."


SHAPES: dict[str, Callable[[], str]] = {
    "one run-on sentence of reports": lambda: _fill(
        "One participant said that trade had grown, and another argued that it had not, "
    ),
    "one sentence listing names": lambda: _fill(
        "Anna Berg, Tomas Kell, Mei Lin and Omar Haddad, ", tail=" attended."
    ),
    "one run of capitalized words": _capitals,
    "short report sentences": lambda: _fill("A Chinese scholar said that the talks had stalled. "),
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
        start = time.perf_counter()
        claims = parse(text)
        out[name] = {
            "kb": len(text.encode("utf-8")) / 1000,
            "seconds": time.perf_counter() - start,
            "claims": claims,
        }
    return out


if __name__ == "__main__":
    json.dump(run(), sys.stdout, indent=2)
    print()
