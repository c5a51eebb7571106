"""What the words naming a speaker say: a match of the mention grammar read into a :class:`Mention`.

A mention's form (indefinite, definite, bare, pronoun, name), its kind (one
person or a group), nationality and role; for a name, the listed person it
names and what the words before it say of them (``veteran diplomat X``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from roundtables.models import SpeakerKind
from roundtables.parse.alternations import word_alternation
from roundtables.parse.descriptions import TITLE_RE, Description, describe
from roundtables.parse.geography import country_code
from roundtables.parse.lexicon import (
    BARE_PLURAL_ROLES,
    INDIVIDUAL_DETERMINERS,
    NOT_PERSON_NOUNS,
    PARTITIVE_SUBJECTS,
    PERSON_NOUN_SUFFIXES,
    PRONOUNS,
    REGIONAL_NATIONALITIES,
    ROLE_NOUNS,
    SPEAKER_DETERMINERS,
    TOPIC_POST_NOUNS,
    RoleNoun,
)
from roundtables.parse.mention_grammar import (
    NAT,
    ROLE_BY_FORM,
    UNNAMED_MENTION,
    capitalized_variants,
    name_tokens,
)
from roundtables.parse.result import PersonMention
from roundtables.parse.sentences import fold

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


_COORDINATED_HEAD = re.compile(
    r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:[a-z-]+\s+){0,2}"
    rf"(?:{word_alternation(n.plural for n in ROLE_NOUNS if n.kind_class == 'participant')})(?![\w-])"
)
"""Another people noun coordinated with a mention's head (``officials, academics, experts``)."""
_NAT_START = re.compile(NAT)
_NAT_TOKEN = re.compile(NAT)
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
    if word in ROLE_BY_FORM:
        return ROLE_BY_FORM[word]
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


class MatchReader:
    """Reads what the words of a mention say, knowing the event's listed people: whom a name or a panel
    role names, and what the list says of them."""

    def __init__(self, people: Sequence[PersonMention]) -> None:
        self._people = tuple(people)
        self._full: dict[str, str] = {}
        for p in people:
            for written in capitalized_variants(p.name):
                self._full.setdefault(written, p.person_id)
        tokens: dict[str, set[str]] = {}
        for p in people:
            for token in name_tokens(p.name):
                for written in (token, token.upper()):
                    tokens.setdefault(written, set()).add(p.person_id)
        self._tokens = tokens

    def written_names(self) -> tuple[str, ...]:
        """Every way a listed name may be written: whole (``Kim Dae-hyun``, ``KIM Dae-hyun``), then by one
        of its words (``Kim``)."""
        return (*self._full, *self._tokens)

    def listed(self, person_id: str | None) -> PersonMention | None:
        """The listed person ``person_id`` is, if any."""
        return next((p for p in self._people if p.person_id == person_id), None)

    def person_for_role(self, role_class: str | None) -> str | None:
        """The one listed person holding the panel role a noun names (``the moderator``), if unique."""
        if role_class not in ("moderator", "host"):
            return None
        ids = [p.person_id for p in self._people if p.role == role_class]
        return ids[0] if len(ids) == 1 else None

    def build(self, m: re.Match[str], offset: int = 0) -> Mention | None:
        """The mention a match of the grammar is, or None when its words name no person."""
        start, end = m.start() + offset, m.end() + offset
        text = m.group(0)
        groups = m.groupdict()
        if groups.get("np") is not None:
            return _noun_phrase(m, start, end, text)
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
            return _name_mention(m, offset, "unlisted", None)
        token = m.group("name")
        if token in self._full:
            person: str | None = self._full[token]
        else:
            ids = self._tokens.get(token, set())
            person = next(iter(ids)) if len(ids) == 1 else None
        return _name_mention(m, offset, "name", person)

    def shorter(self, text: str, start: int, end: int) -> Mention | None:
        """``A scholar went further``: the noun phrase read too far onto a word that is no person.

        Modifiers are any words, so the pattern may run past the real head noun
        onto a later ``-er`` word; the longest shorter phrase that is a mention wins.
        """
        cuts = [m.start() for m in _SPACE_RUN.finditer(text, start, end)]
        for cut in reversed(cuts):
            m = UNNAMED_MENTION.fullmatch(text, start, cut)
            if m is not None and m.group("np") is not None:
                mention = self.build(m)
                if mention is not None:
                    return mention
        return None


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


def _noun_phrase(m: re.Match[str], start: int, end: int, text: str) -> Mention | None:
    """A speaker noun phrase (``two former U.S. officials``); None where its head names no person or its
    determiner does not fit the head's number."""
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
    lexical = written in ROLE_BY_FORM
    role: str | None = noun.singular
    if plural and _COORDINATED_HEAD.match(m.string, m.end()):
        role = None  # ``officials, academics, experts and business leaders``: no one noun names them
    return Mention(start, end, text, form, kind, nationality, role, noun.kind_class, lexical=lexical)
