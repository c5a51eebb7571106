"""What a person's description says of them: their title and, where it says so, their nationality.

A description is the words that introduce a person: a position line
(``Senior Fellow, Cato Institute``), an appositive (``former U.S. Ambassador to
China``), the words before a name (``Korean Consul General``) or a bio's
sentence (``X is U.S. undersecretary of state``). Two readings, both data-driven
(``data/titles.txt``, ``data/national_bodies.txt``):

- the **title** is the first title the description names, with the words that
  make the office (``vice president``, ``consul general``) and without rank or
  field (``senior``, ``for Korea studies``);
- the **nationality** comes from a nationality word before a title or a body of
  a state (``former Chinese ambassador``, ``U.S. Army``, ``Japan's foreign
  minister``) or a country after one (``member of the National Assembly of
  Korea``), never from an institute's name or location (``Institute of American
  Studies``, ``a university in China``): a scholar's employer says nothing of
  where they come from, and an ambassador ``to China`` is not Chinese.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from roundtables.parse.alternations import word_trie
from roundtables.parse.geography import (
    CASE_SENSITIVE_CODES,
    DEMONYMS,
    NATIONALITY_CODES,
    country_code,
    normalize_place,
)
from roundtables.parse.sentences import fold


@dataclass(frozen=True)
class Description:
    """A person's title (lower case, singular) and nationality (ISO alpha-2), each None if unsaid."""

    title: str | None = None
    nationality: str | None = None


def _lines(name: str) -> list[str]:
    text = resources.files("roundtables.parse").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _titles() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in _lines("titles.txt"):
        written, _, role = line.partition("=")
        table[" ".join(written.split())] = " ".join((role or written).split())
    return table


TITLES: dict[str, str] = _titles()
RANKS: frozenset[str] = frozenset(_lines("ranks.txt"))
"""Written title -> the role it gives (``advisor`` -> ``adviser``, ``ceo`` -> ``chief executive officer``)."""
NATIONAL_BODIES: tuple[str, ...] = tuple(_lines("national_bodies.txt"))
GROUP_NOUNS: tuple[str, ...] = tuple(_lines("group_nouns.txt"))


def _alternation(words: Iterable[str]) -> str:
    """``words`` with a space or hyphen between two parts matching any run of either (``vice-president``
    is ``vice president``). Every use reads them ignoring case: lower-cased, two spellings of one word
    make one branch of the tree."""
    return word_trie((" ".join(re.split(r"[\s-]+", w.lower())) for w in words), gap=r"[\s-]+")


_END = r"(?![\w’'-])"
_START = r"(?<![\w’'-])"
TITLE_RE = re.compile(rf"{_START}(?i:{_alternation([*TITLES, *RANKS])}){_END}")
_OFFICE = rf"(?i:{_alternation([*TITLES, *RANKS, *NATIONAL_BODIES])}){_END}"
_LAST_WORDS = [w.split()[-1] for w in DEMONYMS if w.strip()]
DEMONYM_WORDS = frozenset(_LAST_WORDS) | frozenset(w + "s" for w in _LAST_WORDS)
_NAT_WORDS = [k for k in NATIONALITY_CODES if "," not in k]
_NAT = rf"(?:(?i:{_alternation(_NAT_WORDS)})|{'|'.join(CASE_SENSITIVE_CODES)})(?![\w-])"
_NOT_MODIFIERS = (
    "and or of for the a an in at to with on by studies affairs institute university center centre "
    "academy program programme school college foundation society association"
)
_MODIFIER = rf"(?!(?i:{_alternation(_NOT_MODIFIERS.split())}){_END})[\w’'-]+"
_NAT_BEFORE = re.compile(rf"{_START}(?P<nat>{_NAT})(?P<pos>[’']s)?\s+(?:{_MODIFIER}\s+){{0,2}}?{_OFFICE}")
_PROPER_OF = r"\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
_COUNTRY_AFTER = re.compile(
    rf"{_START}{_OFFICE}(?:{_PROPER_OF})*?\s+of\s+(?:the\s+)?(?P<nat>{_NAT})(?!\s+[A-Z]|[’']s?\s)"
)


def title_in(text: str) -> str | None:
    """The role the first office of ``text`` gives, else its first rank, else None."""
    found = [" ".join(fold(m.group(0)).split()) for m in TITLE_RE.finditer(text)]
    offices = [TITLES[w] for w in found if w in TITLES]
    return offices[0] if offices else (found[0] if found else None)


def is_rank(title: str | None) -> bool:
    """Whether ``title`` is a rank or a membership (``data/ranks.txt``), which gives way to any office
    the text names."""
    return title in RANKS


def _attributive(m: re.Match[str]) -> bool:
    """``U.S.``, ``Chinese``, ``Japan's`` describe the office after them; a bare place (``Japan Chair``,
    ``Beijing Bureau Chief``) names a portfolio or a posting instead."""
    word = m.group("nat")
    if m.groupdict().get("pos") or "." in word or word.isupper() or word.lower() == "united states":
        return True
    if fold(m.group(0)).split()[-1] in _ELECTED_OFFICES:
        return True  # ``a California senator``: a place elects its office-holder
    return normalize_place(word.split()[-1]) in DEMONYM_WORDS


_ELECTED_OFFICES = frozenset(
    {"senator", "governor", "legislator", "lawmaker", "congressman", "congresswoman"}
)


def nationality_in(text: str) -> str | None:
    """The country a national office or body in ``text`` belongs to, or None."""
    found = [m for m in _NAT_BEFORE.finditer(text) if _attributive(m)][:1]
    found += [m for m in _COUNTRY_AFTER.finditer(text)][:1]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    return country_code(first.group("nat"))


@lru_cache(maxsize=4096)  # bounded: a build's memory must not grow with the corpus
def describe(*texts: str) -> Description:
    """The title and nationality a person's descriptions give, the earlier description first."""
    titles = [t for text in texts if text and (t := title_in(text)) is not None]
    title = next((t for t in titles if not is_rank(t)), titles[0] if titles else None)
    nationality = next((n for text in texts if text and (n := nationality_in(text)) is not None), None)
    return Description(title, nationality)


_GROUP_VERBS = ("included", "include", "includes", "were", "are", "was", "is", "comprised")
_GROUP_RE = re.compile(
    rf"{_START}(?P<nat>{_NAT})\s+(?:{_MODIFIER}\s+){{0,2}}?(?i:{_alternation(GROUP_NOUNS)}){_END}"
    rf"[^.;:]{{0,20}}?(?:\s(?:{'|'.join(_GROUP_VERBS)})\b\s*:?|:)\s*$"
)


_GROUP_ENDS = (":", *_GROUP_VERBS)
"""How every match of :data:`_GROUP_RE` ends, but for spaces."""


def group_nationality(lead_in: str) -> str | None:
    """``Chinese discussants included A and B``: the nationality a list's lead-in gives each name in it."""
    if not lead_in.rstrip().endswith(_GROUP_ENDS):
        return None
    m = _GROUP_RE.search(lead_in)
    return country_code(m.group("nat")) if m is not None and _attributive(m) else None


def clear_caches() -> None:
    """Forget the descriptions read for the last event (see :func:`people.clear_caches`)."""
    describe.cache_clear()
