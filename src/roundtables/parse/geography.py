"""Places and nationalities -> ISO 3166-1 alpha-2 codes, as data.

One table serves the structure reader (``represented``: "from Beijing, Seoul,
and Washington") and the claim extractor (a speaker's nationality: "one U.S.
participant"). Keys are lower case; look words up with :func:`country_code`,
which folds case and curly apostrophes.

Decisions:
- A capital or a city stands for its country (``Washington`` -> US,
  ``Beijing`` -> CN), because these texts name delegations by city.
- Regions and blocs with no ISO 3166-1 code (``European``, ``Asian``,
  ``Western``, ``EU``) are deliberately absent, so they yield no code.
- ``Korean`` alone means South Korean (ROK) in this genre; ``North Korean``
  and ``Pyongyang`` are KP. Multi-word keys are matched before single words
  (see :data:`MAX_KEY_WORDS`) so ``North Korean`` never reads as ``Korean``.
- ``Sino-`` compounds and ``Chinese`` are CN; ``Taiwan``/``Taiwanese`` TW;
  ``Hong Kong`` HK; ``mainland`` alone is no place.
- The table is :data:`COUNTRIES`, one row a country; :data:`NATIONALITY_CODES`
  is derived from it and adds the plural of each demonym (``Filipinos``).
  Place words that are also common personal names stay out, because a
  place word cannot be part of a person's name.

The rows are data, in ``data/countries.tsv`` (one line a country: code, places,
demonyms), whose header comment explains the format and repeats the decisions
above, so a linguist can extend it without touching code. It is read at import
by :func:`read_countries`; a malformed line stops the import with a
:class:`~roundtables.errors.LexiconError` naming the file and the line.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from roundtables.errors import LexiconError

_FOLD = str.maketrans({"’": "'", "‘": "'", "\u00a0": " "})


def normalize_place(word: str) -> str:
    """The lookup form of ``word``: lower case, straight apostrophes, single spaces, no possessive."""
    text = " ".join(word.translate(_FOLD).split()).lower()
    text = re.sub(r"'s$", "", text)
    return text.strip()


_COLUMNS = ("code", "places", "demonyms")
_CODE = re.compile(r"[A-Z]{2}")
_NONE = "-"
"""A column that holds no word on purpose (Panama's places, Luxembourg's demonyms)."""


def read_countries(text: str, name: str) -> tuple[tuple[str, str, str], ...]:
    """The rows of a countries file (``data/countries.tsv``): after comments (``#``) and a header line,
    one line a country, ``code<TAB>places<TAB>demonyms``, read as ``(code, places, demonyms)`` with the
    words ``|``-joined and ``""`` for ``-``. A malformed line raises a
    :class:`~roundtables.errors.LexiconError` naming ``name``, the line and the problem."""
    lines = [
        (number, line)
        for number, line in enumerate(text.splitlines(), 1)
        if line.strip() and not line.lstrip().startswith("#")
    ]
    if not lines or tuple(lines[0][1].split("\t")) != _COLUMNS:
        number, line = lines[0] if lines else (None, "")
        raise LexiconError(
            f"header line {'<TAB>'.join(_COLUMNS)} expected, found {line!r}", path=name, line=number
        )
    if len(lines) == 1:
        raise LexiconError("no countries after the header line", path=name, line=lines[0][0])
    rows: list[tuple[str, str, str]] = []
    seen: dict[str, int] = {}
    for number, line in lines[1:]:
        columns = line.split("\t")
        problem = _problem(columns, number, seen)
        if problem is not None:
            raise LexiconError(problem, path=name, line=number)
        code, places, demonyms = ("" if column == _NONE else column for column in columns)
        rows.append((code, places, demonyms))
    return tuple(rows)


def _problem(columns: list[str], number: int, seen: dict[str, int]) -> str | None:
    """What is wrong with one country's line (None if nothing). Its code and words go into ``seen``
    (code or word -> its line), so that one listed again is refused."""
    if len(columns) != len(_COLUMNS):
        return (
            f"{len(columns)} column(s), {len(_COLUMNS)} expected ({', '.join(_COLUMNS)}, separated by tabs)"
        )
    code, *lists = columns
    if not _CODE.fullmatch(code):
        return f"code {code!r} is not two upper-case letters"
    if code in seen:
        return f"code {code} listed twice (first on line {seen[code]})"
    seen[code] = number
    for column, words in zip(_COLUMNS[1:], lists, strict=True):
        if not words:
            return f"empty {column} column: list its words, or write {_NONE} for none on purpose"
        for word in [] if words == _NONE else words.split("|"):
            problem = _word_problem(word) or (
                f"already listed on line {seen[word]}" if word in seen else None
            )
            if problem:
                return f"{column}: {word!r} {problem}"
            seen[word] = number
    return None


def _word_problem(word: str) -> str | None:
    """Why ``word`` cannot be a place or a demonym (None when it can)."""
    if not word:
        return "is empty (a | with no word beside it)"
    if word == _NONE:
        return f"is among words; {_NONE} stands alone, for none"
    if word != " ".join(word.split()):
        return "has stray blanks"
    if normalize_place(word) != word:
        return "is not written as lookups see it (lower case, straight apostrophes, no possessive 's)"
    return None


_PACKAGED = "roundtables/parse/data/countries.tsv"
COUNTRIES: tuple[tuple[str, str, str], ...] = read_countries(
    resources.files("roundtables.parse").joinpath("data", "countries.tsv").read_text(encoding="utf-8"),
    _PACKAGED,
)
"""One row a country, read from ``data/countries.tsv``: its ISO 3166-1 alpha-2 code, the lower-case
names of the country and its capital or main cities, and its demonyms (adjective forms; a plural in
``s`` is derived, so ``Americans``, ``Israelis`` and ``Filipinos`` are known), each ``|``-joined.
Capitals that are also common given names or surnames (``Lima``, ``Sofia``, ``Santiago``,
``Victoria``, ``Wellington``, ``Colombo``) and country names that are (``Jordan``, ``Georgia``,
``Chad``, ``Panama``) are left out: they would stop the name reader from reading a person's name."""

_PLURAL_S = ("an", "i", "ino", "ina", "er")
"""Demonym endings whose plural adds ``s``; ``Chinese``, ``Swiss``, ``Thai`` do not change."""


def nationality_table(countries: tuple[tuple[str, str, str], ...], source: str = _PACKAGED) -> dict[str, str]:
    """Each place, demonym and demonym plural of ``countries`` (rows as in :data:`COUNTRIES`, read from
    ``source``) -> its code: :data:`NATIONALITY_CODES` for the packaged rows."""
    table: dict[str, str] = {}
    for code, places, demonyms in countries:
        words = places.split("|") + demonyms.split("|")
        words += [d + "s" for d in demonyms.split("|") if d.endswith(_PLURAL_S) and d != "thai"]
        for word in filter(None, words):
            if (first := table.setdefault(word, code)) != code:
                raise LexiconError(f"{word!r} names two countries, {first} and {code}", path=source)
    return table


NATIONALITY_CODES: dict[str, str] = nationality_table(COUNTRIES)
"""Lower-case place name, demonym or nationality adjective -> ISO 3166-1 alpha-2 code."""

PLACE_NAMES: frozenset[str] = frozenset(
    p for _code, places, _names in COUNTRIES for p in places.split("|") if p
)
"""Names of countries and cities (``shanghai``, ``hawaii``), never adjectives however they end."""
DEMONYMS: frozenset[str] = frozenset(word for _code, _places, names in COUNTRIES for word in names.split("|"))
"""The nationality adjectives of :data:`COUNTRIES` (``Peruvian``, ``Argentine``, ``Slovak``)."""

MAX_KEY_WORDS = max(len(key.split()) for key in NATIONALITY_CODES)
"""The longest key in words; scan longest first so ``North Korean`` beats ``Korean``."""

CASE_SENSITIVE_CODES: dict[str, str] = {"US": "US"}
"""Abbreviations that are codes only in capitals (``US`` is not the pronoun ``us``)."""


@lru_cache(maxsize=8192)  # the same words are looked up again and again
def country_code(word: str) -> str | None:
    """ISO code of a place or nationality word (``"U.S."`` -> ``"US"``), or None when unknown."""
    stripped = word.strip()
    if stripped in CASE_SENSITIVE_CODES:
        return CASE_SENSITIVE_CODES[stripped]
    return NATIONALITY_CODES.get(normalize_place(word))
