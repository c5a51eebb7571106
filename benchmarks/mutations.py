"""Mutations of real-shaped raw texts, for the fuzz harness and the property-based test.

Each mutation is a pure function of a text and a ``random.Random``: the same
seed gives the same mutated text, so a failure is reproducible from its seed.
They imitate what a careless export or a hostile user can hand the parser: a
text cut short, spans repeated or deleted, words shuffled, run-on sentences, long runs of
capitalized words and connectors (the shape that once made ``org_spans``
exponential), words in capitals or swapped case, odd Unicode, look-alike letters that a
case-insensitive pattern reads as ASCII ones (``ſ`` for ``s``), and control characters.
"""

from __future__ import annotations

import random
from collections.abc import Callable

Mutation = Callable[[str, random.Random], str]

_CAPITALS = [
    "Institute", "Center", "Global", "Policy", "University", "National", "Academy", "Council",
    "Foreign", "Relations", "Studies", "Department", "Program", "Carnegie", "Tsinghua", "Peace",
    "CSIS", "Strategic", "International", "Security", "Ministry", "Defense", "Affairs", "Asia",
]  # fmt: skip
_CONNECTORS = ["of", "for", "and", "on", "the", "&", "de", "at", "in", "of the", "based at"]
_ODD = [
    "\u200b", "\u200d", "\ufeff", "\u00a0", "\u2028", "\u2029", "\u202e", "\u0301", "\u0308",
    "\U0001f600", "\uff21", "\u0130", "\u00df", "\ufb01", "\u2019", "\u201c", "\u201d", "\u2014",
    "\u2013", "\u00ad", "\u3000", "\u0663", "\ud7ff", "\ue000", "\ufffd", "\u05d0", "\u0627",
]  # fmt: skip
_CONTROLS = [chr(c) for c in [*range(1, 9), 11, 12, *range(14, 32), 127, *range(128, 160)]]


def _cut(text: str, rng: random.Random) -> tuple[int, int]:
    a = rng.randrange(len(text) + 1)
    return a, min(len(text), a + rng.randrange(1, 400))


def truncate(text: str, rng: random.Random) -> str:
    """The text cut short anywhere, mid-word or mid-sentence."""
    return text[: rng.randrange(len(text) + 1)]


def repeat_span(text: str, rng: random.Random) -> str:
    """A span repeated a few to many times in place."""
    a, b = _cut(text, rng)
    return text[:a] + text[a:b] * rng.randrange(2, 30) + text[b:]


def delete_spans(text: str, rng: random.Random) -> str:
    """A few spans deleted, joining what was on either side."""
    for _ in range(rng.randrange(1, 6)):
        a, b = _cut(text, rng)
        text = text[:a] + text[b:]
    return text


def shuffle_words(text: str, rng: random.Random) -> str:
    """The words of one window (or the whole text) in random order, line breaks kept as words."""
    words = text.split(" ")
    a = rng.randrange(len(words) + 1)
    b = len(words) if rng.random() < 0.2 else min(len(words), a + rng.randrange(2, 80))
    window = words[a:b]
    rng.shuffle(window)
    return " ".join(words[:a] + window + words[b:])


def capital_run(text: str, rng: random.Random) -> str:
    """A long run of capitalized words and connectors inserted (organization-name bait)."""
    parts = []
    for _ in range(rng.randrange(10, 400)):
        parts.append(rng.choice(_CAPITALS))
        if rng.random() < 0.5:
            parts.append(rng.choice(_CONNECTORS))
    a = rng.randrange(len(text) + 1)
    return text[:a] + " ".join(parts) + rng.choice([".", "", " said that X.", "\n"]) + text[a:]


def run_on(text: str, rng: random.Random) -> str:
    """Full stops and line breaks taken out of a window (or the whole text): one long run-on sentence."""
    a = rng.randrange(len(text) + 1)
    b = len(text) if rng.random() < 0.3 else min(len(text), a + rng.randrange(200, 20_000))
    window = text[a:b].translate({ord("."): " ", ord("!"): " ", ord("?"): " ", ord("\n"): " "})
    return text[:a] + window + text[b:]


def odd_unicode(text: str, rng: random.Random) -> str:
    """Zero-width, bidirectional, combining, astral, full-width and line-separator characters."""
    chars = list(text)
    for _ in range(rng.randrange(1, 60)):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(_ODD))
    return "".join(chars)


def control_chars(text: str, rng: random.Random) -> str:
    """C0 and C1 control characters sprinkled in (a few; many make the text ``binary``)."""
    chars = list(text)
    for _ in range(rng.randrange(1, 40)):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(_CONTROLS))
    return "".join(chars)


_FOLDS = {"s": "\u017f", "i": "\u0131", "I": "\u0130", "k": "\u212a", "K": "\u212a"}
"""Letters a case-insensitive pattern reads as the ASCII letter they replace, where lower case does not
(long s, dotless i, dotted capital I, Kelvin sign): old prints, Turkish names, careless conversions."""


def fold_letters(text: str, rng: random.Random) -> str:
    """In a window, some of the letters of :data:`_FOLDS` written as their look-alikes."""
    a = rng.randrange(len(text) + 1)
    b = min(len(text), a + rng.randrange(20, 5_000))
    share = rng.choice([0.05, 0.3, 1.0])
    window = "".join(_FOLDS[c] if c in _FOLDS and rng.random() < share else c for c in text[a:b])
    return text[:a] + window + text[b:]


def change_case(text: str, rng: random.Random) -> str:
    """A window written in capitals, or with one letter in three of another case (a shouted headline, a
    careless export): runs of capitals that fail a pattern late are where backtracking explodes."""
    a = rng.randrange(len(text) + 1)
    b = min(len(text), a + rng.randrange(20, 2_000))
    if rng.random() < 0.5:
        window = text[a:b].upper()
    else:
        window = "".join(c.swapcase() if rng.random() < 0.3 else c for c in text[a:b])
    return text[:a] + window + text[b:]


MUTATIONS: dict[str, Mutation] = {
    "truncate": truncate,
    "repeat": repeat_span,
    "delete": delete_spans,
    "shuffle": shuffle_words,
    "capitals": capital_run,
    "case": change_case,
    "run-on": run_on,
    "unicode": odd_unicode,
    "folds": fold_letters,
    "controls": control_chars,
}


def mutate(text: str, rng: random.Random, steps: int = 3) -> tuple[str, list[str]]:
    """``text`` after 1 to ``steps`` random mutations; the text and the mutations' names, in order."""
    names = [rng.choice(sorted(MUTATIONS)) for _ in range(rng.randrange(1, steps + 1))]
    for name in names:
        text = MUTATIONS[name](text, rng)
    return text, names
