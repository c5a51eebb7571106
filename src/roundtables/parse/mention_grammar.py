"""The grammar of a speaker mention: the patterns the words naming a speaker match.

A speaker noun phrase is a determiner or quantifier (``one``, ``all three``,
``two of the``), up to :data:`~roundtables.parse.lexicon.MAX_MODIFIERS`
modifiers (``former``, ``naval``, ``Southeast Asia``) with at most one run of
nationalities among them (``South Korean``, ``American and Chinese``), and a
head noun for a person: a role noun of the lexicon or a word with a
person-noun ending (``economist``, ``officer``). The role is that head,
singular and lower case; its plural makes a group. The other mentions are a
pronoun, a partitive (``one of them``), an honorific before a name no list
gives (``Mr. Lee``) and a listed name of the event (:func:`name_pattern`).
What a match says is read by :mod:`~roundtables.parse.mention_reading`;
:mod:`~roundtables.parse.mentions` finds where one stands.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from roundtables.parse.alternations import word_alternation, word_trie
from roundtables.parse.geography import NATIONALITY_CODES
from roundtables.parse.lexicon import (
    CLAUSE_OPENERS,
    MAX_MODIFIERS,
    NAME_HONORIFICS,
    NOT_MODIFIERS,
    PARTITIVE_SUBJECTS,
    PERSON_NOUN_SUFFIXES,
    POST_MODIFIER_NOUNS,
    POST_MODIFIER_WORDS,
    POST_PREPOSITIONS,
    PRONOUNS,
    REPORTING_VERBS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    SPEAKER_DETERMINERS,
    RoleNoun,
)
from roundtables.parse.vocabulary import HONORIFICS as TITLES
from roundtables.parse.vocabulary import NAME_PARTICLES

ROLE_BY_FORM: dict[str, tuple[RoleNoun, bool]] = {}
for _noun in ROLE_NOUNS:
    ROLE_BY_FORM[_noun.singular] = (_noun, False)
    ROLE_BY_FORM[_noun.plural] = (_noun, True)
"""Each role noun by its singular and its plural, with whether that form is the plural."""

_NATIONALITY_WORDS = [k for k in NATIONALITY_CODES if not k.startswith("the ") and "," not in k]
_END = r"(?![\w’'-])"
NAT = rf"(?:(?i:{word_trie(_NATIONALITY_WORDS)})|US)(?![\w-])"
"""A nationality (``South Korean``, ``US``), a name of several words read whole."""
_NAT_SEQ = rf"{NAT}(?:(?:\s*,\s*|\s+)(?i:(?:and|or)\s+)?(?i:(?:an?|one)\s+)?{NAT})*"
_DET = rf"(?i:{word_trie(SPEAKER_DETERMINERS)})"
_FUNCTION_WORDS = word_trie([*NOT_MODIFIERS, *SPEAKER_DETERMINERS, *CLAUSE_OPENERS])
_NOT_MODIFIER = rf"(?!(?i:{_FUNCTION_WORDS}){_END})(?!{NAT})"
_MOD = (
    rf"(?:(?i:{word_trie(ROLE_MODIFIERS)}){_END}"
    rf"|{_NOT_MODIFIER}[A-Za-z][\w-]*(?![\w’'.-]))"
)
_SUFFIX_HEAD = rf"[a-z][a-z-]*(?:{'|'.join(PERSON_NOUN_SUFFIXES)})s?"
_ROLE = rf"(?i:{word_trie(ROLE_BY_FORM)})(?![\w-])|{_SUFFIX_HEAD}(?![\w-])"
_PLACE = rf"(?i:the\s+)?(?:{NAT}|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)"
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
MENTION_STARTS = re.compile(r"(?<![^\W_])(?<![.’'-])(?=\S)")
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
UNNAMED_MENTION = re.compile(
    _MENTION_START + "(?:" + "|".join([_PARTITIVE, rf"(?P<np>{_NOUN_PHRASE})", *_OTHER_MENTIONS]) + ")"
)
"""Mentions that need no list of the event's people; compiled once, the names per event."""
NO_NOUN_PHRASE = re.compile(_MENTION_START + "(?:" + "|".join([_PARTITIVE, *_OTHER_MENTIONS]) + ")")
"""The same without noun phrases: what can match where no head noun follows, much faster to search."""
NOUN_PHRASE_REACH = 160
"""How far before its head noun a speaker noun phrase may start (``two of the former senior
South Korean naval ...``): determiner, nationalities and up to MAX_MODIFIERS modifiers."""
HEAD_NOUN = re.compile(rf"{_MENTION_START}(?:{_ROLE})")
"""Where a noun phrase's head may stand: a noun phrase starts at or before one."""
HEAD_TO_END = re.compile(_NOUN_PHRASE_HEAD)
"""A head noun and what follows it: a noun phrase can end where this does."""


def entry_words(entries: Iterable[str]) -> frozenset[str]:
    """Every word, lower case, of a list of words and phrases (``in turn`` gives ``in`` and ``turn``)."""
    return frozenset(word for entry in entries for word in entry.lower().split())


def _single_words(*lists: Iterable[str]) -> frozenset[str]:
    """The entries of ``lists`` that are one word in lower case (``in turn`` and ``US`` are not)."""
    return frozenset(w for entries in lists for w in entries if w.isalpha() and w.islower())


STOPPER = re.compile(
    r"(?<![\w’'.-])(?i:"
    + word_trie(
        _single_words(NOT_MODIFIERS, CLAUSE_OPENERS)
        - entry_words(SPEAKER_DETERMINERS)
        - entry_words(ROLE_MODIFIERS)
        - entry_words(_NATIONALITY_WORDS)
        - entry_words(ROLE_BY_FORM)
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
    - _first_words(ROLE_BY_FORM)
    - {"us"}
    if not re.fullmatch(_SUFFIX_HEAD, word)
)
NOUN_PHRASE_STARTS = re.compile(rf"{MENTION_STARTS.pattern}(?!(?i:{word_trie(_NON_OPENERS)})(?![\w’'.-]))")
"""Where a noun phrase may start: where a mention may (:data:`MENTION_STARTS`), but not at a function word
(``and``, ``of``, ``he``) that opens no determiner, modifier, nationality or head, in any case: the
noun phrase blocks those as modifiers and reads the rest ignoring case."""


_PARTICLE_SURNAME = re.compile(rf"(?<!\S)(?:(?:{_PARTICLE})\s+){{1,2}}[A-Z][\w’'-]+$")


def name_tokens(name: str) -> list[str]:
    """The words a listed name may be cited by; a surname with particles also whole (``de Wit``)."""
    tokens = [t for t in name.split() if len(t) > 1 and t[0].isupper() and not t.endswith(".")]
    surname = _PARTICLE_SURNAME.search(name)
    if surname is not None:
        tokens.append(" ".join(surname.group(0).split()))
    return tokens


def capitalized_variants(name: str) -> list[str]:
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


def name_pattern(names: list[str], text: str | None) -> re.Pattern[str] | None:
    """A listed name of the event, written as one of ``names``, after up to two titles and before an
    origin (``Ambassador Kim from Seoul``): compiled once an event, with only the titles ``text`` writes
    (see :func:`_titles`); None when there are no names."""
    if not names:
        return None
    return re.compile(
        rf"{_QUICK_START}{_titles(text)}(?P<name>{word_alternation(names)})(?![\w-]|\s+[A-Z][a-z])"
        rf"(?P<origin>\s+(?:from|of|at)\s+(?:the\s+)?[A-Z]{_QUICK_WORD_CHAR}*"
        rf"(?:\s+(?:of\s+)?[A-Z]{_QUICK_WORD_CHAR}*){{0,4}}(?!{_QUICK_WORD_CHAR}))?"
    )
