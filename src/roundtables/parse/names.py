"""Person names: finding them in running text, reading lists of them, normalizing and slugging.

A name is a run of 2 to 5 capitalized words (initials allowed, not last) that
contains no organization, place, month, role or heading word. Whatever stands
before it in the same capitalized run — honorifics (``Dr.``), a possessive
organization (``Carnegie’s``), an organization and a position (``Carnegie–
Tsinghua Center Fellow``) — is its prefix, kept for affiliations. Lower-case
position words before a name are skipped too (``former Australian prime
minister Kevin Rudd``).

Two texts glued together with no separator (``John DeluryPresident``) show as
a lower-to-upper case change inside a word; the name ends there and the match
records where the glued text begins.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from roundtables.parse.geography import country_code
from roundtables.parse.lexicon import NAME_ABBREVIATIONS
from roundtables.parse.organizations import clear_caches as clear_organization_caches
from roundtables.parse.organizations import known_org, orgs_in
from roundtables.parse.vocabulary import (
    EVENT_NOUNS,
    HONORIFICS,
    MONTHS,
    NAME_PARTICLES,
    NAMED_THING_WORDS,
    NOT_NAME_WORDS,
    ORG_WORDS,
    POST_NOMINALS,
    TITLE_WORDS,
)

_TOKEN_RE = re.compile(r"[A-Z\u00c0-\u00de][\w’'\-–.]*|[a-z][\w’'\-]*")
MAX_RUN = 12
"""Words a run before and of a name may hold: a longer run of capitalized words (a heading in capitals,
a pasted list) names no one from its start, and each start reads at most this many words, so that a
paragraph of such words is read in linear time. The name at its end is found from a later start."""
_LONG_RUN = re.compile(rf"[A-Z\u00c0-\u00de][\w’'\-–]*(?: [A-Z\u00c0-\u00de][\w’'\-–]*){{{MAX_RUN}}}")


def _too_long(text: str, pos: int, limit: int) -> bool:
    """Whether the word-by-word reading from ``pos`` would pass ``MAX_RUN`` words, told without it:
    more than that many capitalized words a space apart, none of them letters after a name, glued to
    another text, or holding a period (the only words that end or shorten such a run)."""
    run = _LONG_RUN.match(text, pos, limit)
    if run is None or _GLUE_RE.search(run.group()) is not None:
        return False
    return not any(_bare(word) in POST_NOMINALS for word in run.group().split(" ")[1:])


_TWO_CAPITALIZED = re.compile(
    r"(?:[a-z][\w’'\-]* ){0,10}[A-Z\u00c0-\u00de][\w’'\-–.]* (?:[a-z][\w’'\-]* ){0,10}[A-Z\u00c0-\u00de]"
)
"""A name is two capitalized words of one run of words a space apart, after at most a few lower-case
title words and with at most a few particles or title words between: where no such run starts, no name
does (checked before reading the run word by word)."""
_PLACES_THAT_ARE_NAMES = frozenset({"jordan", "georgia", "chad", "virginia", "indiana", "florida", "nevada"})
"""Places that are also people's names (``Virginia Lee``): a place word ends no name, these may."""
_EVENT_WORDS = frozenset(EVENT_NOUNS) - {"talk", "exchange", "series"}
"""``Senior Policy Seminar August 5-8``: an event's head word ends no name (``Talk`` and ``Exchange`` may)."""
_FULL_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_MONTH_NAMES = frozenset(m for m in MONTHS if len(m) > 3 and m not in {"may", "june", "april", "august"})
_GLUE_RE = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_NAME_PREFIXES = ("Mc", "Mac", "Di", "De", "Da", "Du", "La", "Le", "Van", "Von", "O’", "O'", "D’", "D'")
_HONORIFIC_SET = frozenset(h.lower().rstrip(".") for h in HONORIFICS)
_GLUED_HONORIFICS = re.compile(r"(?:[A-Za-z]+\.){2,3}")


def _honorific(bare: str, token: str) -> bool:
    """``Dr``, ``Amb``, and honorifics glued together (``Amb.Prof.``)."""
    if bare in _HONORIFIC_SET:
        return True
    return _GLUED_HONORIFICS.fullmatch(token) is not None and all(
        part.lower() in _HONORIFIC_SET for part in token.split(".") if part
    )


_LOWER_PREFIX_WORDS = frozenset({"former", "retired", "recently", "then", "current", "acting", "and"})
_POSSESSIVE_END = re.compile(r"[’']s$")
_INITIAL = re.compile(r"[A-Z]\.(?:[A-Z]\.)?")
_ACRONYM = re.compile(r"[A-Z]{2,}[’']?s?")
_PARTICLE_TAIL_RE = re.compile(
    r"(?: (?:"
    + "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))
    + r")){0,2} [A-Z\u00c0-\u00de][a-z\u00df-\u00ff]"
)


@dataclass(frozen=True)
class NameMatch:
    """A person's name found at ``start``..``end`` of the text it was searched in."""

    name: str
    start: int
    end: int
    prefix: str
    glued_at: int | None = None


@lru_cache(maxsize=8192)  # bounded; the same words are read again at each start of a run
def _bare(token: str) -> str:
    # ``_POSSESSIVE_END.sub("", token)`` for a token, which holds no line break
    if token.endswith(("’s", "'s")):
        token = token[:-2]
    return token.strip(".,;:").lower()


def _is_particle(token: str) -> bool:
    return token in NAME_PARTICLES


def _particle_in_name(text: str, end: int, limit: int, before: str | None) -> bool:
    """Whether the particle ending at ``end`` joins a name: a name word stands ``before`` it and, after
    at most two more particles, a capitalized word follows (``Ursula von der Leyen``)."""
    if before is None or not (_is_particle(before) or _name_token_ok(before)):
        return False
    return _PARTICLE_TAIL_RE.match(text, end, limit) is not None


def _is_initial(token: str) -> bool:
    """``_INITIAL.fullmatch(token)``, told by length first: an initial has two or four characters."""
    return (len(token) == 2 or len(token) == 4) and _INITIAL.fullmatch(token) is not None


def _glue_split(token: str) -> int | None:
    """Index inside ``token`` where a glued second text begins, if any."""
    rest = token[1:]
    if rest == rest.lower():
        return None  # no capital after the first letter: nothing glued
    for m in _GLUE_RE.finditer(token):
        head = token[: m.start()]
        word_start = max(head.rfind("-"), head.rfind("’"), head.rfind("'")) + 1
        part = head[word_start:]
        if part in _NAME_PREFIXES or len(part) < 3:
            continue
        return m.start()
    return None


@lru_cache(maxsize=8192)
def _name_token_ok(token: str) -> bool:
    bare = _bare(token)
    if not bare or any(ch.isdigit() for ch in token):
        return False
    if _is_initial(token):
        return True
    if not token[0].isupper():
        return False
    if bare in NOT_NAME_WORDS or bare in _MONTH_NAMES or bare in _FULL_WEEKDAYS or _honorific(bare, token):
        return False
    if bare in NAMED_THING_WORDS or bare in _EVENT_WORDS:
        return False
    if bare in ORG_WORDS or bare in TITLE_WORDS:
        return False
    return country_code(token.rstrip(".,")) is None or bare in _PLACES_THAT_ARE_NAMES


@lru_cache(maxsize=8192)
def _prefix_word(token: str) -> bool:
    """A word that may stand in a capitalized run before a name without being part of it."""
    bare = _bare(token)
    return (
        _honorific(bare, token)
        or bare in TITLE_WORDS
        or bare in ORG_WORDS
        or bare in NOT_NAME_WORDS
        or bare in NAMED_THING_WORDS
        or country_code(token.rstrip(".,’'s")) is not None
        or known_org(token)
        or token.endswith(("’s", "'s"))
        or _ACRONYM.fullmatch(token) is not None
    )


def clear_caches() -> None:
    """Forget the texts scanned so far: the caches of sentence scans serve one event, so a corpus
    of repeated texts is not parsed faster than one of different texts, and memory stays bounded."""
    _names_in.cache_clear()
    _find_name_at.cache_clear()
    clear_organization_caches()


def normalize_name(raw: str) -> str:
    """The reader's form: single spaces, all-capital words in Title Case (``ZHANG`` -> ``Zhang``)."""
    words = raw.replace("\u00a0", " ").split()
    out = []
    has_mixed = any(not w.isupper() for w in words if len(w) > 2)
    for w in words:
        if has_mixed and len(w) >= 2 and w.isupper() and w.isalpha():
            w = "-".join(part[:1] + part[1:].lower() for part in w.split("-"))
        out.append(w)
    return " ".join(out)


_NOT_SLUG_RE = re.compile(r"[^a-z0-9]+")


def person_slug(name: str) -> str:
    """The person's id: ASCII-folded, lower case, hyphen-joined words of the normalized name."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    slug = _NOT_SLUG_RE.sub("-", folded).strip("-")
    if not slug:
        slug = "person-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]
    return slug


def _after_article(prefix: list[str]) -> bool:
    """Whether the words before a name are ``the`` and place or event words only (``The Pyeongchang
    ...``, ``the Korean Peninsula ...``): a person's name takes no article, so the run names a thing."""
    return _names_a_thing(_kept(word).article for word in reversed(prefix))


def _names_a_thing(articles: Iterable[int]) -> bool:
    """:func:`_after_article` over the words' ``_Kept.article``, read from the name back."""
    for article in articles:
        if article:
            return article > 0
    return False


def find_name_at(text: str, pos: int, *, limit: int | None = None) -> NameMatch | None:
    """The person name whose capitalized run starts at ``pos`` (after skipping spaces), if any."""
    return _find_name_at(text, pos, len(text) if limit is None else limit)


_RUN_RE = re.compile(rf"(?:{_TOKEN_RE.pattern})(?: (?:{_TOKEN_RE.pattern})){{0,{MAX_RUN}}}")
"""The words a space apart that :func:`_find_name_at` reads one by one: it stops at the latest after
``MAX_RUN + 1`` of them (a token holds no space, so the run splits back into them at its spaces)."""


@dataclass(frozen=True, slots=True)
class _Read:
    """What the run reader asks of a word as it stands in the text."""

    post_nominal: bool
    particle: bool
    lower: bool
    lower_prefix: bool
    """A lower-case word that may stand before a name (``former``, ``minister``)."""
    word: str
    """The word as kept: a full stop that is no initial's, honorific's or abbreviation's dropped."""
    cut: int | None
    """Where a glued second text begins inside ``word``."""


@lru_cache(maxsize=8192)  # bounded; the same words are read again at each start of a run
def _read(tok: str) -> _Read:
    bare = _bare(tok)
    word = tok
    if (
        not tok[0].islower()
        and tok.endswith(".")
        and not _is_initial(tok)
        and not _honorific(bare, tok)
        and tok.lower().rstrip(".") not in {"u.s", "u.k", "jr", "sr"}
    ):
        word = tok[:-1]
    rest = word[1:]
    return _Read(
        bare in POST_NOMINALS,
        tok in NAME_PARTICLES,
        tok[0].islower(),
        bare in TITLE_WORDS or bare in _LOWER_PREFIX_WORDS,
        word,
        None if rest == rest.lower() else _glue_split(word),
    )


@dataclass(frozen=True, slots=True)
class _Kept:
    """What the name test asks of a kept word."""

    word: str
    particle: bool
    dropped_at_end: bool
    """Lower case or ``and``: not the last word of a run."""
    prefix_word: bool
    prefix: bool
    """Lower case, or a prefix word that is no name word (a possessive is told by its place)."""
    possessive: bool
    name_part: bool
    initial: bool
    article: int
    """For :func:`_after_article`: 1 for ``the``, 0 for a place or event word, -1 for any other."""


@lru_cache(maxsize=8192)
def _kept(word: str) -> _Kept:
    bare = _bare(word)
    if bare == "the":
        article = 1
    elif bare in NAMED_THING_WORDS or country_code(word.rstrip(".,")) is not None:
        article = 0
    else:
        article = -1
    return _Kept(
        word,
        _is_particle(word),
        word[0].islower() or bare in {"and"},
        _prefix_word(word),
        word[0].islower() or (_prefix_word(word) and not _name_token_ok(word)),
        word.endswith(("’s", "'s")),
        _name_token_ok(word) or _is_particle(word),
        _is_initial(word),
        article,
    )


@lru_cache(maxsize=16384)  # list readers ask again where the last item ended; see clear_caches
def _find_name_at(text: str, pos: int, end_limit: int) -> NameMatch | None:
    i = pos
    while i < end_limit and text[i] in " \u00a0\t":
        i += 1
    run_start = i
    if _TWO_CAPITALIZED.match(text, i, end_limit) is None:
        return None
    run = _RUN_RE.match(text, i, end_limit)
    if run is None:
        return None
    words_read = run.group().split(" ")
    # _too_long matches MAX_RUN + 1 capitalized words a space apart, which _RUN_RE reads as words
    if len(words_read) > MAX_RUN and _too_long(text, i, end_limit):
        return None
    starts: list[int] = []
    tokens: list[_Kept] = []
    glued_at: int | None = None
    lower_prefix = 0
    all_prefix = True
    for tok in words_read:
        r = _read(tok)
        if tokens and r.post_nominal:
            break  # ``Rachel Burrows OBE``: letters after a name end it
        if r.particle and _particle_in_name(
            text, i + len(tok), end_limit, tokens[-1].word if tokens else None
        ):
            pass
        elif r.lower:
            if tokens and not all_prefix:
                break
            if not r.lower_prefix:
                break
            if lower_prefix >= 6:
                break
            lower_prefix += 1
        if r.cut is not None:
            starts.append(i)
            tokens.append(_kept(r.word[: r.cut]))
            glued_at = i + r.cut
            break
        starts.append(i)
        tokens.append(_kept(r.word))
        if len(tokens) > MAX_RUN:
            return None
        if len(r.word) < len(tok):
            break  # a full stop dropped: the run ends at it
        all_prefix = all_prefix and tokens[-1].prefix_word
        i += len(tok) + 1
    while tokens and tokens[-1].dropped_at_end:
        tokens.pop()
    if not tokens:
        return None
    last_prefix = -1
    last = len(tokens) - 1
    del starts[last + 1 :]
    for k, kept in enumerate(tokens):
        if kept.particle and k - 1 > last_prefix:
            continue
        if kept.prefix or (kept.possessive and k < last):
            last_prefix = k
    if _names_a_thing(tokens[k].article for k in range(last_prefix, -1, -1)):
        return None
    first = last_prefix + 1
    name_tokens = tokens[first:]
    if len(name_tokens) > 5:
        return None
    if len(name_tokens) < 2 or name_tokens[-1].initial:
        return None
    if not all(t.name_part for t in name_tokens):
        return None
    if name_tokens[0].particle or sum(1 for t in name_tokens if not t.particle) < 2:
        return None
    if all(t.initial for t in name_tokens):
        return None
    words = [t.word for t in name_tokens]
    if all(t.word.isupper() for t in name_tokens if not t.initial):
        return None
    if known_org(" ".join(words)):
        return None
    raw_last = words[-1]
    if raw_last.endswith(("’s", "'s")):
        words[-1] = raw_last[:-2]
        end = starts[-1] + len(raw_last) - 2
    else:
        end = starts[-1] + len(raw_last)
    start = starts[first]
    prefix = text[run_start:start].strip()
    if glued_at is not None and glued_at != end:
        glued_at = None if end < glued_at - 0 and text[end:glued_at].strip() else glued_at
    return NameMatch(normalize_name(" ".join(words)), start, end, prefix, glued_at)


_TITLE_PHRASE_STEP_RE = re.compile(r"(?:\s+(?:of|for|on|the|and|&)|,(?:\s+and)?)?\s+(?=[A-Z])")


def _title_goes_on(text: str, pos: int, limit: int) -> bool:
    """Whether a position title continues at ``pos`` (``, Deterrence, and ...``) rather than a list."""
    step = _TITLE_PHRASE_STEP_RE.match(text, pos, limit)
    return step is not None and find_name_at(text, step.end(), limit=limit) is None


def find_titled_name_at(text: str, pos: int, *, limit: int | None = None) -> NameMatch | None:
    """A name after a long position title in running text (``Assistant Secretary of State for Arms
    Control, Deterrence, and Stability Mallory Stewart``): the title opens with a position word and
    runs over capitalized words, ``of``/``for``/``and`` and commas; the name is the first run inside
    it that ends in a name after a word that cannot be part of one, or that ends the title; of a longer
    run inside a title, the last two words are the name (``Director of Policy Planning Jo Ames``)."""
    end_limit = len(text) if limit is None else limit
    first = _TOKEN_RE.match(text, pos, end_limit)
    if first is None or not first.group()[0].isupper():
        return None
    word = _bare(first.group())
    if word not in _HONORIFIC_SET and word not in TITLE_WORDS:
        return None
    i = first.end()
    while i < end_limit:
        step = _TITLE_PHRASE_STEP_RE.match(text, i, end_limit)
        if step is None:
            return None
        q = step.end()
        m = find_name_at(text, q, limit=end_limit)
        if m is not None and (m.prefix or not _title_goes_on(text, m.end, end_limit)):
            words = m.name.split()
            start = m.start
            if len(words) >= 3 and not any(_is_initial(w) for w in words):
                start = text.index(words[-2], m.start)
                words = words[-2:]
            return NameMatch(" ".join(words), start, m.end, text[pos:start].strip(), m.glued_at)
        tok = _TOKEN_RE.match(text, q, end_limit)
        if tok is None or not tok.group()[0].isupper():
            return None
        i = tok.end()
    return None


_INSIDE_ORG_RE = re.compile(r"\b([A-Z][\w’'\-–]*)\s+(?:of|for|on|the|&|in)\s+(?:the\s+)?$")
_ORG_LINKS = ("of", "for", "on", "the", "&", "in")
"""The words that end :data:`_INSIDE_ORG_RE` before its blanks."""


def _inside_org(text: str, i: int) -> bool:
    start = max(0, i - 60)
    # A match ends in one of the links and blanks: a text that does not is not searched.
    j = i
    while j > start and text[j - 1].isspace():
        j -= 1
    if j == i or not text.endswith(_ORG_LINKS, start, j):
        return False
    m = _INSIDE_ORG_RE.search(text, start, i)
    return m is not None and _bare(m.group(1)) in ORG_WORDS


_THE_BEFORE_RE = re.compile(r"\b[Tt]he\s+$")


def names_in(text: str) -> list[NameMatch]:
    """Every person name in ``text``, in order (not the capitalized words inside organization names, nor
    a capitalized run right after ``the``: a person's name takes no article)."""
    return list(_names_in(text))


_CANDIDATE_RE = re.compile(r"[A-Z\x80-\U0010ffff](?<![^\W_](?s:.))")
"""A superset of where a name may start: a capital (ASCII, or any non-ASCII character, checked with
``str.isupper``) after no letter or digit. The character comes first and the look back after it, so
that the search skips to the next candidate character."""
_SPACE_RE = re.compile(r"\s")


@lru_cache(maxsize=2048)  # ``people`` and ``prose_speakers`` scan the same sentences; see clear_caches
def _names_in(text: str) -> tuple[NameMatch, ...]:
    out: list[NameMatch] = []
    i = 0
    n = len(text)
    while i < n:
        c = _CANDIDATE_RE.search(text, i)
        if c is None:
            break
        i = c.start()
        if text[i].isupper() and not _inside_org(text, i):
            m = _find_name_at(text, i, n)
            if m is not None:
                article = _THE_BEFORE_RE.search(text, max(0, i - 5), i) is not None
                if not (article and _after_article(["the", *m.prefix.split()])):
                    out.append(m)
                i = m.end
                continue
            space = _SPACE_RE.search(text, i)
            i = n if space is None else space.start()
            continue
        i += 1
    return tuple(out)


_SEP_RE = re.compile(r"(?:\s|,|;|&|\band\b|\bas well as\b)*")
_AFFIL_TAIL_RE = re.compile(r"\s+(?:of|from|at|with)\s+(?:the\s+)?(?=[A-Z])")
_RET_RE = re.compile(r"\s*\((?:ret\.?|retired)\)")
_BOUNDARY_RE = re.compile(r"(?=[,;\s])(?:,?\s+as well as\s+|,?\s+and\s+|,\s+|;\s+)")
"""A boundary between list items; the lookahead holds the first characters of all, so that other places
fail at once."""
_SEMICOLON_BOUNDARY_RE = re.compile(r";\s+(?:and\s+)?")
_VERB_CLAUSE_RE = re.compile(
    r",\s+(?:was|were|is|are|has|have|had|will|would|can|could|did|does|do|who|which|moderated|led|"
    r"spoke|said|shared|opened|discussed|presented|provided|made|gave|offered|explained)\b"
)
_SENTENCE_END_RE = re.compile(r"[.!?](?=[”\"’)]?\s|[”\"’)]?$)")


@dataclass(frozen=True)
class ListedPerson:
    """One person of a name list, with the organizations its appositive or ``of``-phrase names."""

    match: NameMatch
    affiliations: tuple[str, ...]
    description: str = ""
    """The words that introduce the person: the title before the name and the appositive after it."""
    group: str = ""
    """The words naming the group a list puts the person in (``Chinese discussants included ...``)."""


ABBREVIATION_END_RE = re.compile(rf"\b(?:[A-Z]|{'|'.join(map(re.escape, NAME_ABBREVIATIONS))})\.$")
"""A string ending in an initial's or a listed abbreviation's full stop, which ends no sentence."""
_ITEM_SPLIT_RE = re.compile(r";\s*(?:and\s+)?")
_LIST_GOES_ON_RE = re.compile(
    r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s+as well as\s+|\s*;\s*)(?=[A-Z]|[a-z]+ [A-Z])"
)


def _sentence_end(text: str, pos: int, limit: int) -> int:
    for m in _SENTENCE_END_RE.finditer(text, pos, limit):
        before = text[max(0, m.start() - 4) : m.start() + 1]
        if ABBREVIATION_END_RE.search(before):
            continue
        return m.start()
    return limit


def _semicolon_items(text: str, pos: int, limit: int) -> bool:
    """Whether ``text[pos:limit]`` lists ``Name, Affiliation; Name, Affiliation``: semicolons part the
    items, each opening with a name, so a comma inside an item leads to the affiliation, not a name."""
    if text.find(";", pos, limit) < 0:
        return False
    items = _ITEM_SPLIT_RE.split(text[pos:limit])
    return len(items) > 1 and all(find_name_at(item.strip(), 0) is not None for item in items)


def parse_name_list(text: str, pos: int, limit: int | None = None) -> tuple[list[ListedPerson], int]:
    """The names listed from ``pos`` (``A, B, and C``; ``A, director of X, B of Y``), and where the list ends.

    The first item must be a name; a following comma segment that is not a name
    is the previous name's appositive; anything else ends the list.
    """
    end_limit = _sentence_end(text, pos, len(text) if limit is None else limit)
    boundary_re = _SEMICOLON_BOUNDARY_RE if _semicolon_items(text, pos, end_limit) else _BOUNDARY_RE
    out: list[ListedPerson] = []
    i = pos
    while i < end_limit:
        sep = _SEP_RE.match(text, i, end_limit)
        j = sep.end() if sep else i
        m = find_name_at(text, j, limit=end_limit) or find_titled_name_at(text, j, limit=end_limit)
        if m is None:
            break
        affs: list[str] = list(orgs_in(m.prefix)) if m.prefix else []
        k = m.end
        if m.glued_at is not None:
            out.append(ListedPerson(m, tuple(affs), m.prefix))
            return out, m.glued_at
        ret = _RET_RE.match(text, k, end_limit)
        if ret:
            k = ret.end()
        tail_end = k
        tail = _AFFIL_TAIL_RE.match(text, k, end_limit)
        appositive_start = k
        if tail:
            appositive_start = tail.end()
        stop = end_limit
        for b in boundary_re.finditer(text, appositive_start, end_limit):
            if find_name_at(text, b.end(), limit=end_limit) is not None:
                stop = b.start()
                break
        verb_clause = _VERB_CLAUSE_RE.search(text, k, stop)
        if verb_clause:
            stop = verb_clause.start()
        rest = text[k:stop]
        is_appositive = bool(tail) or rest.startswith(",") or rest.startswith(" (")
        if is_appositive:
            affs += [a for a in orgs_in(rest) if a not in affs]
            tail_end = stop
        description = f"{m.prefix} {text[k:tail_end]}".strip(" ,()")
        out.append(ListedPerson(m, tuple(affs), description))
        if tail_end < end_limit and not is_appositive:
            nxt = text[tail_end:end_limit]
            if not _LIST_GOES_ON_RE.match(nxt):
                return out, tail_end
        i = tail_end
        if stop == end_limit and is_appositive:
            return out, stop
    return out, i
