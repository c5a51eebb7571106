"""Organizations: the normalization table of host names, and finding organization names in text.

The table (``data/organization_names.toml``) maps every spelling the texts use (``Carnegie-Tsinghua’s``, ``The
Carnegie–Tsinghua Center’s``) to one full name with the EN DASH the publisher
uses. Keys are in the folded form of :func:`fold_org` (lower case, ASCII
hyphen and apostrophe, no leading ``the``, no possessive); an organization the
table does not know keeps the text's own spelling.

``Carnegie``/``Carnegie’s`` is the Endowment; a named Carnegie centre keeps
its own name. ``Carnegie China`` stays ``Carnegie China``: it is the name the
centre took later, and dating an old event under it (or a new one under the
old name) would misstate what the text says.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from roundtables.parse.data_files import DataFile
from roundtables.parse.geography import country_code
from roundtables.parse.vocabulary import (
    FIELD_WORDS,
    HONORIFICS,
    NOT_ORG_ACRONYMS,
    ORG_WORDS,
    SUBUNIT_HEADS,
    TITLE_WORDS,
    UNIT_HEADS,
)

_NAMES = DataFile.packaged("organization_names.toml")
ORG_NAMES: dict[str, str] = _NAMES.word_map("org_names")
"""Folded spelling -> normalized full name of an organization."""
_NAMES.close()

_FOLD = str.maketrans({"–": "-", "—": "-", "‐": "-", "’": "'", "‘": "'", "\u00a0": " "})
_ACRONYM_RE = re.compile(r"^[A-Z][A-Z&]{1,7}$")
_WORD_RE = re.compile(r"&|[A-Za-z0-9][\w’'.&\-–]*")


@lru_cache(maxsize=8192)  # the same names are looked up again and again
def fold_org(name: str) -> str:
    """The lookup form of an organization's name."""
    text = " ".join(name.translate(_FOLD).split()).lower().strip(" ,.;:")
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"'s?$", "", text)
    text = re.sub(r"\s*\([^)]*\)$", "", text)
    return text.strip()


_POSSESSIVE_RE = re.compile(r"[’']s$")
_POSSESSIVE_OR_APOSTROPHE_RE = re.compile(r"[’']s?$")
_LEADING_THE_RE = re.compile(r"^[Tt]he\s+")


def without_the(text: str) -> str:
    """``text`` without a leading ``the`` (``The Carnegie Endowment`` -> ``Carnegie Endowment``)."""
    return _LEADING_THE_RE.sub("", text)


def _without_possessive(text: str) -> str:
    """``text`` less a final ``’s``; the pattern runs only on text ending in ``s`` (``$`` also matches
    before a final line break), the only text it can change."""
    return _POSSESSIVE_RE.sub("", text) if text.endswith(("s", "s\n")) else text


def normalize_org(name: str) -> str:
    """The table's full name for ``name``, else ``name`` without a leading ``The`` and possessive."""
    key = fold_org(name)
    if key in ORG_NAMES:
        return ORG_NAMES[key]
    text = " ".join(name.split()).strip(" ,.;:")
    if text.startswith(("T", "t")):
        text = without_the(text)
    if text.endswith(("s", "’", "'", "\n")):
        text = _POSSESSIVE_OR_APOSTROPHE_RE.sub("", text)
    return text


_POSSESSIVE_END_RE = re.compile(r"([A-Z][\w–\-. ]*?)[’']s$")


def possessive_org(prefix: str) -> str | None:
    """The organization whose possessive ends the words before a name (``Carnegie’s``), normalized."""
    possessive = _POSSESSIVE_END_RE.search(prefix.strip())
    return normalize_org(possessive.group(1)) if possessive else None


_MAX_KNOWN_WORDS = max(len(key.split()) for key in ORG_NAMES)
"""Words in the table's longest key: a longer run of words (less a leading ``the``) is no known name."""


def known_org(name: str) -> bool:
    """Whether the normalization table knows ``name``."""
    return fold_org(name) in ORG_NAMES


_ABBREVIATIONS = frozenset({"inc", "ltd", "co", "corp", "st", "jr", "sr", "bros", "no"})


def _ends_sentence(word: str) -> bool:
    """A word with a full stop that ends a sentence (``Policy.``), not an abbreviation (``Inc.``)."""
    if not word.endswith(".") or "." in word[:-1]:
        return False
    stem = word[:-1]
    return len(stem) > 1 and any(c.islower() for c in stem) and stem.lower() not in _ABBREVIATIONS


def _institution_word(token: str) -> bool:
    """An organization word that is not only a field (``Institute``, not ``Studies``)."""
    low = _without_possessive(token.lower().strip(".,"))
    return (low in ORG_WORDS or low.removesuffix("s") in ORG_WORDS) and low not in FIELD_WORDS


def _acronym(name: str) -> bool:
    return bool(_ACRONYM_RE.match(name)) and name not in NOT_ORG_ACRONYMS and country_code(name) is None


def _is_org_words(words: list[tuple[int, int, str]], a: int, b: int) -> bool:
    name = " ".join(w[2] for w in words[a : b + 1])
    return known_org(name) or any(_institution_word(w[2]) for w in words[a : b + 1]) or _acronym(name)


def _head(words: list[tuple[int, int, str]], a: int, b: int) -> str | None:
    """The first organization or unit word of words[a..b], lower case."""
    for _s, _e, w in words[a : b + 1]:
        low = w.lower().rstrip(".,")
        if low in UNIT_HEADS or _institution_word(low):
            return low
    return None


def _whole_organization(words: list[tuple[int, int, str]], a: int, b: int) -> tuple[int, int]:
    """Narrow a run to the organization a part of it belongs to.

    ``Tsinghua’s Department of X`` -> ``Tsinghua``; ``PLA’s National Defense
    University`` -> ``National Defense University``; ``Academic Committee of Y
    Institution`` -> ``Y Institution`` (a unit ``of`` an organization).
    """
    for k in range(a, b):
        if words[k][2].endswith(("’s", "'s")):
            head = _head(words, k + 1, b)
            if head is None or head in UNIT_HEADS:
                return a, k
            return k + 1, b
    # One pass each way, so a run of a thousand words costs a thousand steps, not a million:
    # which words[k..b] hold an institution word, and where the first head of the run stands.
    if not any(w[2] == "of" for w in words[a + 1 : b]):
        return a, b
    institution = [False] * (b - a + 2)  # institution[k - a]: an institution word in words[k..b]
    for k in range(b, a - 1, -1):
        institution[k - a] = institution[k - a + 1] or _institution_word(words[k][2])
    first_head = next((k for k in range(a, b + 1) if _head(words, k, k) is not None), b + 1)
    for c in range(b - 1, a, -1):
        if words[c][2] != "of":
            continue
        r = c + 1
        while r <= b and words[r][2].lower() == "the":
            r += 1
        if r > b or first_head > c - 1 or _head(words, first_head, first_head) not in UNIT_HEADS:
            continue
        # _is_org_words(words, r, b), without joining a long run: past the table's longest
        # name, a run can be neither a known organization nor an acronym.
        if institution[r - a] or (b - r <= _MAX_KNOWN_WORDS and _is_org_words(words, r, b)):
            return r, b
    return a, b


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


_BEFORE_ANOTHER_RE = re.compile(r"\s+(?:at|of|in|based at)\s+(?:the\s+)?[A-Z]")
_CONNECTORS = frozenset({"of", "for", "and", "on", "the", "a", "an", "&", "de"})
_HONORIFIC_SET = frozenset(HONORIFICS)


def org_spans(text: str) -> list[tuple[int, int, str]]:
    """Organization names in ``text`` as (start, end, name), sub-units skipped.

    A candidate is a run of capitalized words joined by ``of``/``for``/``and``/
    ``the``/``&`` that contains an organization word (``Institute``,
    ``University`` ...), is a known organization, or is an acronym. A run whose
    head is a sub-unit (``Program``, ``Project``) or that stands before ``at`` or
    ``of`` another organization (``Department of X at Y``) is not an
    affiliation of its own.
    """
    return list(_org_spans(text))


@lru_cache(maxsize=2048)  # ``people`` and ``prose_speakers`` read the same prefixes; see clear_caches
def _org_spans(text: str) -> tuple[tuple[int, int, str], ...]:
    return tuple(_Scan(text).spans(0))


def clear_caches() -> None:
    """Forget the texts scanned so far (called for each event, with the name caches)."""
    _org_spans.cache_clear()


class _Need(Exception):
    """Raised by a lookahead scan that needs another suffix's answer first (see ``_Scan.opens``)."""

    def __init__(self, at: int) -> None:
        self.at = at


class _Scan:
    """One text's words, and a memo of which suffixes open with an organization.

    A run before ``at``/``of``/``in`` asks whether the text after it opens with
    an organization (``Department of X at Y``). That answer depends only on
    where the suffix starts: the words of ``text[end:]`` are this text's words
    after ``end``, since a word ends there. So each suffix is scanned once, only
    as far as its first organization, and without recursion; asked afresh for
    every run, a long run of names cost exponential time.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.words = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text)]
        self._opens: dict[int, bool] = {}

    def opens(self, first: int) -> bool:
        """Whether the text after ``words[first - 1]`` names an organization in its first 20 characters."""
        stack = [first]
        while stack:
            top = stack[-1]
            if top not in self._opens:
                base = self.words[top - 1][1]
                try:
                    found = next(self.spans(top, limit=base + 20), None)
                except _Need as need:
                    stack.append(need.at)
                    continue
                self._opens[top] = found is not None and found[0] - base < 20
            stack.pop()
        return self._opens[first]

    def spans(self, first: int, limit: int | None = None) -> Iterator[tuple[int, int, str]]:
        """``org_spans`` of the text after ``words[first - 1]``, in text offsets; with ``limit``,
        only until a run starts at ``limit`` (an answer needed from elsewhere raises :class:`_Need`)."""
        text, words = self.text, self.words
        i = first
        while i < len(words):
            if limit is not None and words[i][0] >= limit:
                return
            if not _is_cap(words[i][2]) or words[i][2] in _HONORIFIC_SET:
                i += 1
                continue
            j = i
            while j + 1 < len(words):
                gap = text[words[j][1] : words[j + 1][0]]
                nxt = words[j + 1][2]
                if gap not in (" ", "-", "–") or _ends_sentence(words[j][2]):
                    break
                if _is_cap(nxt):
                    j += 1
                    continue
                if nxt.lower() in _CONNECTORS:
                    if nxt == "and" and words[j][2].lower().rstrip("s") in ORG_WORDS:
                        break
                    k = j + 1
                    while (
                        k < len(words)
                        and words[k][2].lower() in _CONNECTORS
                        and text[words[k - 1][1] : words[k][0]] == " "
                    ):
                        k += 1
                    if k < len(words) and _is_cap(words[k][2]) and text[words[k - 1][1] : words[k][0]] == " ":
                        if words[j + 1][2] == "and" and words[k][2] in _HONORIFIC_SET:
                            break
                        j = k
                        continue
                break
            a, b = i, j
            i = j + 1
            a, b = _whole_organization(words, a, b)
            for k in range(b - 1, a - 1, -1):
                low = words[k][2].lower()
                if (low in SUBUNIT_HEADS or low in TITLE_WORDS) and words[k + 1][2].lower() in _CONNECTORS:
                    a2 = k + 1
                    while a2 <= b and words[a2][2].lower() in _CONNECTORS:
                        a2 += 1
                    a = a2
                    break
            while a <= b and words[a][2].lower() in TITLE_WORDS:
                a += 1
            while b > a and words[b][2].lower() in TITLE_WORDS and words[b][2].lower() not in ORG_WORDS:
                b -= 1
            if a > b:
                continue
            while b > a and words[b - 1][2].lower() == "in" and country_code(words[b][2]) is not None:
                b -= 2
            start, end = words[a][0], words[b][1]
            raw = text[start:end]
            name = without_the(raw) if raw.startswith(("The", "the")) else raw
            name = _without_possessive(name).rstrip(".,")
            tokens = [w.lower().rstrip(".,’'s") for w in name.split()]
            if not tokens:
                continue
            is_org = known_org(name) or any(_institution_word(t) for t in tokens) or _acronym(name)
            if not is_org:
                continue
            head = tokens[-1]
            if head in SUBUNIT_HEADS and not known_org(name):
                continue
            after = text[end : end + 12]
            before_another = _BEFORE_ANOTHER_RE.match(after) if after[:1].isspace() else None
            if before_another and not known_org(name) and len(text) - end < 2000:
                if limit is not None and b + 1 not in self._opens:
                    raise _Need(b + 1)
                if self.opens(b + 1):
                    continue
            if text[start - 1 : start] == "(" and len(tokens) == 1:
                continue
            offset = start + raw.find(name.split()[0])
            yield (offset, offset + len(name), name)


def known_orgs_in(text: str) -> list[tuple[int, str]]:
    """Table organizations named in ``text``: (position in the folded text, full name), longest first."""
    folded = " ".join(text.translate(_FOLD).split()).lower()
    found: list[tuple[int, int, str]] = []
    for key, full in ORG_NAMES.items():
        if key not in folded:
            continue  # the pattern below needs the key itself
        for m in re.finditer(r"(?<![\w-])" + re.escape(key) + r"(?![\w-])", folded):
            found.append((m.end() - m.start(), m.start(), full))
    found.sort(key=lambda f: (-f[0], f[1]))
    return [(pos, full) for _len, pos, full in found]


def orgs_in(text: str) -> list[str]:
    """Normalized organization names in ``text``, first mention first, without repeats."""
    out: list[str] = []
    for _s, _e, name in _org_spans(text):
        norm = normalize_org(name)
        if norm not in out:
            out.append(norm)
    return out
