"""Speaker mentions: the words that name a speaker in a sentence, and what they say of them.

:class:`MentionReader` finds the words that name a speaker (``one U.S.
participant``, ``the discussant``, ``he``, ``Haenle``, ``one of them``) and
reads their kind, nationality and role; who they are across the event is
:mod:`~roundtables.parse.speakers`' job.

A speaker noun phrase is a determiner or quantifier (``one``, ``all three``,
``two of the``), up to :data:`~roundtables.parse.lexicon.MAX_MODIFIERS`
modifiers (``former``, ``naval``, ``Southeast Asia``) with at most one run of
nationalities among them (``South Korean``, ``American and Chinese``), and a
head noun for a person: a role noun of the lexicon or a word with a
person-noun ending (``economist``, ``officer``). The role is that head,
singular and lower case; its plural makes a group.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from roundtables.models import SpeakerKind
from roundtables.parse.alternations import word_alternation, word_trie
from roundtables.parse.descriptions import TITLE_RE, Description, describe
from roundtables.parse.geography import NATIONALITY_CODES, country_code
from roundtables.parse.lexicon import (
    BARE_PLURAL_ROLES,
    CLAUSE_OPENERS,
    CONTRAST_LINKS,
    ELLIPTICAL_SUBJECTS,
    INDIVIDUAL_DETERMINERS,
    MAX_MODIFIERS,
    NAME_HONORIFICS,
    NOT_MODIFIERS,
    NOT_PERSON_NOUNS,
    PARTITIVE_SUBJECTS,
    PERSON_NOUN_SUFFIXES,
    POST_MODIFIER_NOUNS,
    POST_MODIFIER_WORDS,
    POST_PREPOSITIONS,
    PRONOUNS,
    REGIONAL_NATIONALITIES,
    REPORTING_VERBS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    SPEAKER_DETERMINERS,
    TOPIC_POST_NOUNS,
    RoleNoun,
)
from roundtables.parse.result import PersonMention
from roundtables.parse.sentences import fold, folds_apart
from roundtables.parse.tails import tail_search
from roundtables.parse.vocabulary import HONORIFICS as TITLES
from roundtables.parse.vocabulary import NAME_PARTICLES

MentionForm = Literal["indefinite", "definite", "bare", "pronoun", "name"]


@dataclass(frozen=True)
class Mention:
    """Words naming a speaker, with offsets relative to the string they were read from."""

    start: int
    end: int
    text: str
    form: MentionForm
    kind: SpeakerKind
    nationality: str | None
    role: str | None
    role_class: str | None = None
    person_id: str | None = None
    name: str | None = None
    elliptical: bool = False
    partitive: bool = False
    lexical: bool = True
    address: str | None = None
    """The title a name is addressed by (``Ambassador Kim``): weaker than the person's own description."""


_ROLE_BY_FORM: dict[str, tuple[RoleNoun, bool]] = {}
for _noun in ROLE_NOUNS:
    _ROLE_BY_FORM[_noun.singular] = (_noun, False)
    _ROLE_BY_FORM[_noun.plural] = (_noun, True)

_NATIONALITY_WORDS = [k for k in NATIONALITY_CODES if not k.startswith("the ") and "," not in k]
_END = r"(?![\w’'-])"
_NAT = rf"(?:(?i:{word_trie(_NATIONALITY_WORDS)})|US)(?![\w-])"
_NAT_SEQ = rf"{_NAT}(?:(?:\s*,\s*|\s+)(?i:(?:and|or)\s+)?(?i:(?:an?|one)\s+)?{_NAT})*"
_DET = rf"(?i:{word_trie(SPEAKER_DETERMINERS)})"
_FUNCTION_WORDS = word_trie([*NOT_MODIFIERS, *SPEAKER_DETERMINERS, *CLAUSE_OPENERS])
_NOT_MODIFIER = rf"(?!(?i:{_FUNCTION_WORDS}){_END})(?!{_NAT})"
_MOD = (
    rf"(?:(?i:{word_trie(ROLE_MODIFIERS)}){_END}"
    rf"|{_NOT_MODIFIER}[A-Za-z][\w-]*(?![\w’'.-]))"
)
_SUFFIX_HEAD = rf"[a-z][a-z-]*(?:{'|'.join(PERSON_NOUN_SUFFIXES)})s?"
_ROLE = rf"(?i:{word_trie(_ROLE_BY_FORM)})(?![\w-])|{_SUFFIX_HEAD}(?![\w-])"
_PLACE = rf"(?i:the\s+)?(?:{_NAT}|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)"
_ORIGIN = rf"(?i:both\s+(?:countries|sides|nations))|{_PLACE}(?:(?:\s*,\s*|\s+)(?i:and\s+)?{_PLACE})*"
_MODS = rf"(?:{_MOD}\s+){{0,{MAX_MODIFIERS}}}"
_PROPER = r"[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,4}"
_POST_STOP = word_trie(
    [w for w in NOT_MODIFIERS if w not in ("the", "and", "of")]
    + [form for verb in REPORTING_VERBS for form in verb.forms]
)
_POST_WORD = rf"(?!(?i:{_POST_STOP}){_END})[\w’'-]+"
_POST_PHRASE = (
    rf"(?i:{word_alternation(POST_PREPOSITIONS)})\s+(?P<post>(?:{_POST_WORD}\s+){{0,5}}"
    rf"(?:(?i:{word_alternation(POST_MODIFIER_NOUNS)})|[A-Z][\w’'-]*)){_END}"
)
_NOUN_PHRASE_HEAD = (
    rf"(?P<role>{_ROLE})(?:\s+from\s+(?P<origin>{_ORIGIN})|\s+(?:at|of)\s+(?:the\s+)?{_PROPER}(?![\w-])"
    rf"|\s+{_POST_PHRASE})?(?:\s+(?i:{word_alternation(POST_MODIFIER_WORDS)}){_END})?"
)
"""A noun phrase from its head noun on: the head and what may follow it (``experts from China``)."""
_NOUN_PHRASE = rf"(?:(?P<det>{_DET})\s+)?{_MODS}(?:(?P<nat>{_NAT_SEQ})\s+)?{_MODS}{_NOUN_PHRASE_HEAD}"
_PARTITIVE = rf"(?P<part>(?i:{word_alternation(PARTITIVE_SUBJECTS)})){_END}"
_PRONOUN = rf"(?P<pron>{'|'.join(p.capitalize() + '|' + p for p in PRONOUNS)})(?![\w-])"
_MENTION_START = r"(?<![\w.’'-])"
_FINAL_WORD = re.compile(r"[\w’'.-]*\Z")
_LOWER_MENTION_ENDS = tuple(
    sorted({p.lower() for p in PRONOUNS} | {phrase.lower().split()[-1] for phrase in PARTITIVE_SUBJECTS})
)
"""The words a pronoun or a partitive (``some of them``) ends in, lower case."""
_MENTION_STARTS = re.compile(r"(?<![^\W_])(?<![.’'-])(?=\S)")
"""Where a mention may start: after no letter, digit, period, apostrophe or hyphen, at no blank (every
mention opens with a word)."""


def _titles(text: str | None) -> str:
    """Up to two titles before a name (``Vice Admiral``), of those whose words all stand in ``text`` (all
    if None): the name pattern is compiled for each event, and a title the text never writes cannot
    match in it, so leaving it out changes no match and keeps the compile quick."""
    if text is None:
        present = tuple(TITLES)
    else:
        written = {word for word in _TITLE_WORDS if word in text}
        present = tuple(title for title, words in _TITLE_SPLITS if written.issuperset(words))
    return _title_trie(present)


_TITLE_SPLITS = tuple((title, frozenset(title.split())) for title in TITLES)
_TITLE_WORDS = frozenset(word for _title, words in _TITLE_SPLITS for word in words)


@lru_cache(maxsize=256)
def _title_trie(present: tuple[str, ...]) -> str:
    """The titles part of the name pattern; texts of one corpus mostly write the same few titles."""
    return rf"(?:(?:{word_trie(present)})\s+){{0,2}}" if present else ""


_PARTICLE = word_alternation(NAME_PARTICLES)
_PARTICLES = rf"(?:(?:{_PARTICLE})\s+){{0,2}}"
_OTHER_MENTIONS = [
    rf"(?<![\w-]){_PRONOUN}",
    rf"(?P<honorific>{word_alternation(NAME_HONORIFICS)})\s+(?P<unlisted>{_PARTICLES}[A-Z][\w’'-]+)(?![\w-]|\s+[A-Z])",
]
_UNNAMED_MENTION = re.compile(
    _MENTION_START + "(?:" + "|".join([_PARTITIVE, rf"(?P<np>{_NOUN_PHRASE})", *_OTHER_MENTIONS]) + ")"
)
"""Mentions that need no list of the event's people; compiled once, the names per event."""
_NO_NOUN_PHRASE = re.compile(_MENTION_START + "(?:" + "|".join([_PARTITIVE, *_OTHER_MENTIONS]) + ")")
"""The same without noun phrases: what can match where no head noun follows, much faster to search."""
_NOUN_PHRASE_REACH = 160
"""How far before its head noun a speaker noun phrase may start (``two of the former senior
South Korean naval ...``): determiner, nationalities and up to MAX_MODIFIERS modifiers."""
_HEAD_NOUN = re.compile(rf"{_MENTION_START}(?:{_ROLE})")
"""Where a noun phrase's head may stand: a noun phrase starts at or before one."""
_COORDINATED_HEAD = re.compile(
    r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:[a-z-]+\s+){0,2}"
    rf"(?:{word_alternation(n.plural for n in ROLE_NOUNS if n.kind_class == 'participant')})(?![\w-])"
)
"""Another people noun coordinated with a mention's head (``officials, academics, experts``)."""
_NAT_START = re.compile(_NAT)
_NAT_TOKEN = re.compile(_NAT)
_SPACE_RUN = re.compile(r"\s+")
_PLACE_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)


_CLAUSE_BREAK = re.compile(r"[,;:.!?()“”\"—–]")
_OF_TAIL = re.compile(r"(?:\s+(?:of|for)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?\s*$")


def _title_start(text: str, name_start: int) -> int:
    """Where the title words before a name begin (``veteran diplomat`` of ``..., veteran diplomat X``)."""
    begin = max(0, name_start - 80)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, begin, name_start)]
    at = breaks[-1] if breaks else begin
    while at < name_start and text[at].isspace():
        at += 1
    return at


def _described_before(text: str, name_start: int) -> Description:
    """``Chinese scholar Wu Xinbo``, ``Former Secretary of State Albright``: the title just before a name."""
    begin = max(0, name_start - 80)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, begin, name_start)]
    before = text[breaks[-1] if breaks else begin : name_start]
    titles = list(TITLE_RE.finditer(before))
    if not titles or not _OF_TAIL.fullmatch(before, titles[-1].end()):
        return Description()
    return describe(before)


def _person_noun(word: str) -> tuple[RoleNoun, bool] | None:
    """A role noun read from its ending (``economists`` -> ``economist``, plural), or None."""
    if word in _ROLE_BY_FORM:
        return _ROLE_BY_FORM[word]
    plural = word.endswith("s") and word[:-1].endswith(PERSON_NOUN_SUFFIXES)
    singular = word[:-1] if plural else word
    if (
        not singular.endswith(PERSON_NOUN_SUFFIXES)
        or len(singular) < 5
        or singular in NOT_PERSON_NOUNS
        or singular.endswith("ment")
        or country_code(singular) is not None
    ):
        return None
    return RoleNoun(singular, singular + "s"), plural


def _nationalities(text: str) -> list[str | None]:
    """One code per nationality of ``American and South Korean``, multi-word names read whole."""
    return [country_code(m.group(0)) for m in _NAT_TOKEN.finditer(text)]


_ELLIPTICAL = re.compile(rf"(?<![\w’'-])((?i:{word_alternation(ELLIPTICAL_SUBJECTS)}))\s*$")
_ELLIPSIS_OPENER = re.compile(rf"(?:^|\s)(?i:{word_alternation(CONTRAST_LINKS)})\s*$")
_NAME_JOINT = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)$")


_HEAD_TO_END = re.compile(_NOUN_PHRASE_HEAD)


def _heads_ending_at(text: str, begin: int, end: int) -> list[int]:
    """Where the head nouns in ``text[begin:end]`` start whose noun phrase can end at ``end`` (the head
    and what follows it match up to there): a noun phrase ending at ``end`` has its head at one."""
    heads, at = [], begin
    while (head := _HEAD_NOUN.search(text, at, end)) is not None:
        if _HEAD_TO_END.fullmatch(text, head.start(), end) is not None:
            heads.append(head.start())
        at = head.start() + 1
    return heads


def entry_words(entries: Iterable[str]) -> frozenset[str]:
    """Every word, lower case, of a list of words and phrases (``in turn`` gives ``in`` and ``turn``)."""
    return frozenset(word for entry in entries for word in entry.lower().split())


def _single_words(*lists: Iterable[str]) -> frozenset[str]:
    """The entries of ``lists`` that are one word in lower case (``in turn`` and ``US`` are not)."""
    return frozenset(w for entries in lists for w in entries if w.isalpha() and w.islower())


_STOPPER = re.compile(
    r"(?<![\w’'.-])(?i:"
    + word_trie(
        _single_words(NOT_MODIFIERS, CLAUSE_OPENERS)
        - entry_words(SPEAKER_DETERMINERS)
        - entry_words(ROLE_MODIFIERS)
        - entry_words(_NATIONALITY_WORDS)
        - entry_words(_ROLE_BY_FORM)
        - {"and", "or", "a", "an", "one", "us"}
    )
    + r")(?![\w’'.-])"
)
"""A word no speaker noun phrase holds before its head: not a determiner (which only opens one), a
modifier, a nationality or what joins nationalities, in any case (the noun phrase reads those ignoring
case). A noun phrase cannot start before one and end at a head after it, so from there only the other
mentions are tried."""


def _first_words(entries: Iterable[str]) -> frozenset[str]:
    return frozenset(entry.lower().split()[0] for entry in entries if entry.split())


_NON_OPENERS = sorted(
    word
    for word in _single_words(NOT_MODIFIERS, SPEAKER_DETERMINERS, CLAUSE_OPENERS)
    - _first_words(SPEAKER_DETERMINERS)
    - _first_words(ROLE_MODIFIERS)
    - _first_words(_NATIONALITY_WORDS)
    - _first_words(_ROLE_BY_FORM)
    - {"us"}
    if not re.fullmatch(_SUFFIX_HEAD, word)
)
_NOUN_PHRASE_STARTS = re.compile(rf"{_MENTION_STARTS.pattern}(?!(?i:{word_trie(_NON_OPENERS)})(?![\w’'.-]))")
"""Where a noun phrase may start: where a mention may (:data:`_MENTION_STARTS`), but not at a function word
(``and``, ``of``, ``he``) that opens no determiner, modifier, nationality or head, in any case: the
noun phrase blocks those as modifiers and reads the rest ignoring case."""


def _noun_phrase_may_start(start: int, heads: list[int], stoppers: list[int]) -> bool:
    """Whether a noun phrase from ``start`` can reach a head noun: the first head at or after it comes
    before any stopper word at or after it."""
    h = bisect_left(heads, start)
    if h == len(heads):
        return False
    t = bisect_left(stoppers, start)
    return t == len(stoppers) or stoppers[t] >= heads[h]


_PARTICLE_SURNAME = re.compile(rf"(?<!\S)(?:(?:{_PARTICLE})\s+){{1,2}}[A-Z][\w’'-]+$")


def name_tokens(name: str) -> list[str]:
    """The words a listed name may be cited by; a surname with particles also whole (``de Wit``)."""
    tokens = [t for t in name.split() if len(t) > 1 and t[0].isupper() and not t.endswith(".")]
    surname = _PARTICLE_SURNAME.search(name)
    if surname is not None:
        tokens.append(" ".join(surname.group(0).split()))
    return tokens


def _capitalized_variants(name: str) -> list[str]:
    """``Kim Dae-hyun`` as agendas and Korean or Japanese pages write it too: ``KIM Dae-hyun``."""
    words = name.split()
    variants = [name]
    for i, word in enumerate(words):
        if len(word) > 1 and not word.endswith(".") and word.upper() != word:
            variants.append(" ".join([*words[:i], word.upper(), *words[i + 1 :]]))
    return variants


_QUICK_START = r"(?<![\w.'-])(?<!’)"
_QUICK_WORD_CHAR = r"(?:[\w'-]|’{1})"
r"""``_MENTION_START`` and ``[\w’'-]`` as the per-event name pattern writes them: the same characters, but
a class that mixes ``\w`` with ``’`` costs the compiler a quarter of a millisecond each time, and this
pattern is compiled once an event (``{1}`` keeps the compiler from folding ``’`` back into the class)."""


class MentionReader:
    """Finds speaker mentions in a sentence, knowing the event's named people."""

    def __init__(self, people: Sequence[PersonMention], text: str | None = None) -> None:
        """``text``: the text whose sentences the reader will be given, if known (see :func:`_titles`)."""
        self._people = tuple(people)
        self._full: dict[str, str] = {}
        for p in people:
            for written in _capitalized_variants(p.name):
                self._full.setdefault(written, p.person_id)
        tokens: dict[str, set[str]] = {}
        for p in people:
            for token in name_tokens(p.name):
                for written in (token, token.upper()):
                    tokens.setdefault(written, set()).add(p.person_id)
        self._tokens = tokens
        self._scan_text: str | None = None
        self._scans: dict[int, _Scan] = {}
        # As with titles, a name the text never writes (``SMITH``) is left out of the pattern.
        names = [n for n in (*self._full, *tokens) if text is None or all(part in text for part in n.split())]
        self._names: re.Pattern[str] | None = None
        self._name_ends = tuple({n.split()[-1] for n in names})
        if names:
            self._names = re.compile(
                rf"{_QUICK_START}{_titles(text)}(?P<name>{word_alternation(names)})(?![\w-]|\s+[A-Z][a-z])"
                rf"(?P<origin>\s+(?:from|of|at)\s+(?:the\s+)?[A-Z]{_QUICK_WORD_CHAR}*"
                rf"(?:\s+(?:of\s+)?[A-Z]{_QUICK_WORD_CHAR}*){{0,4}}(?!{_QUICK_WORD_CHAR}))?"
            )

    def _fullmatch(self, text: str, start: int, end: int, last_head: int) -> re.Match[str] | None:
        named = self._names.fullmatch(text, start, end) if self._names is not None else None
        unnamed = _UNNAMED_MENTION if start <= last_head else _NO_NOUN_PHRASE
        return named or unnamed.fullmatch(text, start, end)

    def _match(self, text: str, start: int) -> re.Match[str] | None:
        named = self._names.match(text, start) if self._names is not None else None
        return named or _UNNAMED_MENTION.match(text, start)

    def _search(self, scan: _Scan) -> re.Match[str] | None:
        """The leftmost mention from ``scan.at``, a name winning over other words at the same place."""
        text, at, end = scan.text, scan.at, scan.stop
        named = scan.next_name(self._names, at) if self._names is not None else None
        heads = scan.head_starts()
        first_head = bisect_left(heads, at)
        if first_head == len(heads):
            unnamed = _NO_NOUN_PHRASE.search(text, at, end)
        else:
            # A noun phrase starts at most a determiner and a few modifiers before its head: the full
            # pattern need only be tried from there, the cheap one before it.
            window = max(at, heads[first_head] - _NOUN_PHRASE_REACH)
            unnamed = _NO_NOUN_PHRASE.search(text, at, window) or _unnamed_from(scan, window)
        first = named is not None and (unnamed is None or named.start() <= unnamed.start())
        return named if first else unnamed

    def _shorter(self, text: str, start: int, end: int) -> Mention | None:
        """``A scholar went further``: the noun phrase read too far onto a word that is no person.

        Modifiers are any words, so the pattern may run past the real head noun
        onto a later ``-er`` word; the longest shorter phrase that is a mention wins.
        """
        cuts = [m.start() for m in _SPACE_RUN.finditer(text, start, end)]
        for cut in reversed(cuts):
            m = _UNNAMED_MENTION.fullmatch(text, start, cut)
            if m is not None and m.group("np") is not None:
                mention = self._build(m)
                if mention is not None:
                    return mention
        return None

    def listed(self, person_id: str | None) -> PersonMention | None:
        """The listed person ``person_id`` is, if any."""
        return next((p for p in self._people if p.person_id == person_id), None)

    def listed_role(self, person_id: str | None) -> str | None:
        """The event role the people list gives ``person_id`` (``moderator``), or None."""
        return next((p.role for p in self._people if p.person_id == person_id), None)

    def person_for_role(self, role_class: str | None) -> str | None:
        """The one listed person holding the panel role a noun names (``the moderator``), if unique."""
        if role_class not in ("moderator", "host"):
            return None
        ids = [p.person_id for p in self._people if p.role == role_class]
        return ids[0] if len(ids) == 1 else None

    def _build(self, m: re.Match[str], offset: int = 0) -> Mention | None:
        start, end = m.start() + offset, m.end() + offset
        text = m.group(0)
        groups = m.groupdict()
        if groups.get("np") is not None:
            return self._noun_phrase(m, start, end, text)
        if groups.get("part") is not None:
            whole = PARTITIVE_SUBJECTS[" ".join(fold(m.group("part")).split())]
            if whole == "same":
                return Mention(start, end, text, "pronoun", "group", None, None)
            part_kind: SpeakerKind = "individual" if whole == "individual" else "group"
            return Mention(start, end, text, "indefinite", part_kind, None, None, partitive=True)
        if groups.get("pron") is not None:
            kind: SpeakerKind = "individual" if PRONOUNS[m.group("pron").lower()] == "individual" else "group"
            return Mention(start, end, text, "pronoun", kind, None, None)
        if groups.get("unlisted") is not None:
            return self._name_mention(m, offset, "unlisted", None)
        token = m.group("name")
        if token in self._full:
            person: str | None = self._full[token]
        else:
            ids = self._tokens.get(token, set())
            person = next(iter(ids)) if len(ids) == 1 else None
        return self._name_mention(m, offset, "name", person)

    @staticmethod
    def _name_mention(m: re.Match[str], offset: int, group: str, person: str | None) -> Mention:
        """A named speaker, with what the words before the name say of them (``veteran diplomat X``,
        whose noun phrase then belongs to the mention), the title it is addressed by, its origin."""
        start, end = m.start() + offset, m.end() + offset
        said = _described_before(m.string, m.start())
        if said.title is not None:
            start = _title_start(m.string, m.start()) + offset
        address = _described_before(m.string, m.start(group)).title
        origin = m.groupdict().get("origin")
        origin_place = origin.split(None, 1)[1] if origin and origin.split()[0] == "from" else None
        nationality = said.nationality or (country_code(origin_place) if origin_place else None)
        return Mention(
            start,
            end,
            m.string[start - offset : end - offset],
            "name",
            "individual",
            nationality,
            said.title,
            person_id=person,
            name=m.group(group),
            address=address,
        )

    def _noun_phrase(self, m: re.Match[str], start: int, end: int, text: str) -> Mention | None:
        det = " ".join(fold(m.group("det")).split()) if m.group("det") else None
        written = fold(m.group("role"))
        found = _person_noun(written)
        if found is None:
            return None
        noun, plural = found
        nat_text = m.group("nat")
        codes = _nationalities(nat_text) if nat_text else []
        several_nations = len(codes) > 1
        if not codes and m.group("origin"):
            origin = re.sub(r"(?i)^the\s+", "", m.group("origin"))
            parts = [re.sub(r"(?i)^the\s+", "", p) for p in _PLACE_SPLIT.split(origin)]
            codes = [country_code(p) for p in parts] if _NAT_START.match(origin) else [None, None]
        if not codes and m.group("post") and m.group("post").split()[-1].lower() not in TOPIC_POST_NOUNS:
            codes = _nationalities(m.group("post"))
        if not codes:
            codes = [
                REGIONAL_NATIONALITIES[w]
                for w in text[: m.start("role") - start].lower().split()
                if w in REGIONAL_NATIONALITIES
            ]
        nationality = codes[0] if codes and all(c == codes[0] for c in codes) else None
        form: MentionForm
        if det is None:
            if not plural or written not in BARE_PLURAL_ROLES:
                return None
            form = "bare"
        else:
            form = "definite" if SPEAKER_DETERMINERS[det] == "definite" else "indefinite"
            group_word = det not in INDIVIDUAL_DETERMINERS and det not in ("the", "this")
            if group_word and not plural and not noun.collective:
                return None
        kind: SpeakerKind
        if det in INDIVIDUAL_DETERMINERS and not several_nations:
            kind = "individual"
        elif noun.collective or plural or several_nations:
            kind = "group"
        else:
            kind = "individual"
        lexical = written in _ROLE_BY_FORM
        role: str | None = noun.singular
        if plural and _COORDINATED_HEAD.match(m.string, m.end()):
            role = None  # ``officials, academics, experts and business leaders``: no one noun names them
        return Mention(start, end, text, form, kind, nationality, role, noun.kind_class, lexical=lexical)

    def ending_at(self, text: str, end: int) -> Mention | None:
        """The longest mention that ends exactly at ``end`` of ``text``."""
        first = max(0, end - 80)
        heads = _heads_ending_at(text, first, end)
        if not heads and not self._may_end_other_than_noun_phrase(text, end):
            return None
        stoppers = [w.start() for w in _STOPPER.finditer(text, first, end)] if heads else []
        for candidate in _MENTION_STARTS.finditer(text, first, end):
            start = candidate.start()
            np = _noun_phrase_may_start(start, heads, stoppers)
            m = self._fullmatch(text, start, end, start if np else -1)
            if m is not None:
                mention = self._build(m)
                if mention is not None:
                    return self._with_coordinated_names(text, mention)
        return None

    def _may_end_other_than_noun_phrase(self, text: str, end: int) -> bool:
        """Whether a mention other than a noun phrase may end at ``end``: a name, an origin or a name after
        an honorific ends in a word that opens with a capital (or in a name's last word), a pronoun or a
        partitive in one of their words."""
        if text.endswith(self._name_ends, 0, end):
            return True
        word = _FINAL_WORD.search(text, max(0, end - 80), end)
        last = "" if word is None else word.group()
        return last[:1].isupper() or folds_apart(last) or last.lower().endswith(_LOWER_MENTION_ENDS)

    def _with_coordinated_names(self, text: str, mention: Mention) -> Mention:
        """``Pan Zhenqiang and Fan Jishe``: named people joined by ``and`` speak as a group."""
        if mention.form != "name":
            return mention
        joint = tail_search(_NAME_JOINT, text, mention.start)
        if joint is None:
            return mention
        other = self.ending_at(text, joint.start())
        if other is None or other.form != "name":
            return mention
        names = text[other.start : mention.end]
        return Mention(other.start, mention.end, names, "name", "group", None, None, name=names)

    def elliptical_ending_at(self, text: str, end: int) -> Mention | None:
        """A quantifier standing for a speaker just before ``end`` (``Another argued``), at a clause start."""
        m = tail_search(_ELLIPTICAL, text, end)
        if m is None or m.end() != end:
            return None
        before = text[: m.start()].rstrip()
        if before and before[-1] not in ",;:—–(" and not tail_search(_ELLIPSIS_OPENER, before):
            return None
        words = " ".join(fold(m.group(1)).split())
        kind: SpeakerKind = "individual" if ELLIPTICAL_SUBJECTS[words] == "individual" else "group"
        return Mention(m.start(), end, m.group(1), "indefinite", kind, None, None, elliptical=True)

    def starting_at(self, text: str, start: int) -> Mention | None:
        """The mention that starts exactly at ``start`` of ``text``, if any."""
        m = self._match(text, start)
        return self._build(m) if m is not None else None

    def all_in(self, text: str, end: int | None = None) -> list[Mention]:
        """Every mention in ``text[:end]``, in order."""
        return list(self.mentions_in(text, end))

    def mentions_in(self, text: str, end: int | None = None) -> Iterator[Mention]:
        """The mentions of :meth:`all_in`, read only as far as the caller takes them.

        A sentence is asked for its mentions several times (its subject, the
        speakers before each verb); the scan of each ``text[:end]`` is kept for
        the sentence read last and continued where it stopped.
        """
        if text is not self._scan_text:
            self._scan_text, self._scans = text, {}
        stop = len(text) if end is None else end
        scan = self._scans.get(stop)
        if scan is None:
            scan = self._scans[stop] = _Scan(text, stop)
        i = 0
        while True:
            if i < len(scan.found):
                yield scan.found[i]
                i += 1
            elif not self._step(scan):
                return

    def _step(self, scan: _Scan) -> bool:
        """Read the next mention of ``scan`` into it; False when none is left."""
        text, stop = scan.text, scan.stop
        while scan.at < stop and (m := self._search(scan)) is not None:
            mention = self._build(m)
            if mention is None and m.groupdict().get("np") is not None:
                mention = self._shorter(text, m.start(), m.end())
            if mention is not None:
                scan.found.append(mention)
                scan.at = max(mention.end, m.start() + 1)
                return True
            scan.at = max(m.end(), m.start() + 1)
        scan.at = stop
        return False


@dataclass
class _Scan:
    """How far :meth:`MentionReader.mentions_in` has read ``text[:stop]``, and what it found."""

    text: str
    stop: int
    at: int = 0
    found: list[Mention] = field(default_factory=list)
    _heads: list[int] | None = None
    _stoppers: list[int] = field(default_factory=list)
    _names_from: tuple[int, re.Match[str] | None] | None = None
    _plain_from: tuple[int, re.Match[str] | None] | None = None

    def next_name(self, names: re.Pattern[str], at: int) -> re.Match[str] | None:
        """``names.search(text, at, stop)``: kept, since a search from a later place up to the match found
        finds the same (each mention is searched for from where the last one ended)."""
        self._names_from = _search_from(names, self.text, at, self.stop, self._names_from)
        return self._names_from[1]

    def next_plain(self, at: int) -> re.Match[str] | None:
        """``_NO_NOUN_PHRASE.search(text, at, stop)``, kept as :meth:`next_name` is."""
        self._plain_from = _search_from(_NO_NOUN_PHRASE, self.text, at, self.stop, self._plain_from)
        return self._plain_from[1]

    def head_starts(self) -> list[int]:
        """Where head nouns start in ``text[:stop]``, read once for every search of the scan."""
        if self._heads is None:
            self._heads = []
            at = 0
            while (head := _HEAD_NOUN.search(self.text, at, self.stop)) is not None:
                self._heads.append(head.start())
                at = head.start() + 1
            if self._heads:
                self._stoppers = [m.start() for m in _STOPPER.finditer(self.text, 0, self.stop)]
        return self._heads

    def stopper_starts(self) -> list[int]:
        """Where the words start that no noun phrase holds before its head (see :data:`_STOPPER`)."""
        self.head_starts()
        return self._stoppers


def _search_from(
    pattern: re.Pattern[str], text: str, at: int, stop: int, last: tuple[int, re.Match[str] | None] | None
) -> tuple[int, re.Match[str] | None]:
    """``(at, pattern.search(text, at, stop))``, taken from ``last`` (the same for an earlier place)
    when ``at`` lies between that place and its match: no match starts in between."""
    if last is not None and last[0] <= at and (last[1] is None or at <= last[1].start()):
        return at, last[1]
    return at, pattern.search(text, at, stop)


def _unnamed_from(scan: _Scan, window: int) -> re.Match[str] | None:
    """``_UNNAMED_MENTION.search(text, window, stop)``, with the noun phrase tried only where one can
    reach a head noun (after the last stopper word before a head, up to it), the cheap pattern elsewhere.

    Where no noun phrase can start, the full pattern's alternatives that match are the cheap pattern's,
    in the same order; so the leftmost match is the cheap pattern's, unless a start where a noun phrase
    can reach a head comes first (or at the same place, where the noun phrase is tried before the rest).
    """
    text, end = scan.text, scan.stop
    plain = scan.next_plain(window)
    last = end if plain is None else plain.start()
    heads, stoppers = scan.head_starts(), scan.stopper_starts()
    covered = window
    for h in range(bisect_left(heads, window), len(heads)):
        head = heads[h]
        if covered > last:
            break
        before = bisect_left(stoppers, head) - 1
        low = max(covered, stoppers[before] + 1 if before >= 0 else 0)
        for start in _NOUN_PHRASE_STARTS.finditer(text, low, min(head, last) + 1):
            m = _UNNAMED_MENTION.match(text, start.start(), end)
            if m is not None:
                return m
        covered = max(covered, head + 1)
    return plain
