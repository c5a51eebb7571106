"""Who took part, in which role: host, moderator, discussant, speaker, participant.

Roles come from how the text introduces people, never from claims:

- host: ``X hosted a roundtable``, ``X will host``, ``hosted by X``, ``X of Y and Z co-hosted``;
- moderator: ``X moderated``, ``X and Y moderated the discussion``,
  ``X, <position>, moderated``, ``X of Y and Z co-chaired``, ``moderated by X``,
  ``chaired by X``, ``Moderator: X``;
- discussant: ``Discussants: ...``, ``Chinese discussants included ...``;
- speaker: lists after ``a discussion with``, ``a conversation between``,
  ``joined``, ``featured``, ``panelists included``, ``remarks by``, ``led by``,
  ``... experts: A, B``; subjects of ``presented``, ``explained``, ``commented``
  ... in the lead paragraphs; bio blocks; the ``event speakers`` block; bullets
  that are only ``Name, position``;
- participant: ``X attended``, ``X and Y were also present``, ``Also in attendance were ...``,
  ``Attendees included ...``, ``Attendees: ...``, ``Observers: ...``.

A person named in several ways keeps the first role of that list. Mentions of
one person within an event merge on first and last name, so ``Evan
Medeiros`` and ``Evan S. Medeiros`` are one person (the fuller form is kept).
Affiliations come from possessives and prefixes (``Carnegie’s``), ``of``/
``at`` phrases, appositives and bios, normalized where the organization table
knows them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from roundtables.models import ROLE_ORDER, Role
from roundtables.parse.descriptions import describe, group_nationality
from roundtables.parse.geography import NATIONALITY_CODES
from roundtables.parse.lexicon import NAME_ABBREVIATIONS
from roundtables.parse.names import (
    ABBREVIATION_END_RE,
    ListedPerson,
    NameMatch,
    names_in,
    parse_name_list,
    person_slug,
)
from roundtables.parse.names import clear_caches as clear_name_caches
from roundtables.parse.organizations import orgs_in, possessive_org
from roundtables.parse.result import PersonMention
from roundtables.parse.sentences import bounded, folded, may_hold
from roundtables.parse.structure import Structure
from roundtables.parse.vocabulary import EVENT_NOUNS, FORMER_WORDS, NAMED_EVENT_HEADS, OFFICE_TITLES

_MOD_VERB_RE = re.compile(
    r"\b(?:(?:co-)?(?:moderated|moderates|moderate|moderating|chaired|chairs|chair)|led the moderation|"
    r"served as (?:the )?moderator|was the moderator)\b"
    r"(?!\s+by\b)(?!\s+(?:conversation|discussion|session|panel)\b)"
)
_HOST_VERB_RE = re.compile(r"\b(?:(?:co-)?(?:hosted|hosts|host)|is hosting)\b(?!\s+by\b)")


def _by_first_letter(words: str) -> str:
    """``w1|w2|...`` as ``p(?:resented|resents)|e(?:xplained)...``, each letter's words in their order:
    the same matches (words of two letters never match at one place), but where a word starts the
    search tries the words of its first letter only, not every word."""
    groups: dict[str, list[str]] = {}
    for word in words.split("|"):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


_SPEAKER_VERB_RE = re.compile(
    r"\b(?:"
    + _by_first_letter(
        "presented|presents|present|explained|explains|explain|commented|comments|discussed|discusses|discuss|"
        "offered|offers|offer|provided|provides|provide|made|gave|gives|give|delivered|delivers|deliver|"
        "introduced|introduces|spoke|speaks|speak|shared|opened|joined|join|examined|examine|analyzed|described|"
        "outlined|addressed|responded|kicked off|talked|led|assessed|reviewed"
    )
    + r")\b"
)
_ATTEND_RE = re.compile(
    r"\b(?:attended|sat in|(?:were|was)\s+(?:also\s+)?(?:in attendance|present)"
    r"(?=\s*(?:[.;,]|$)|\s+(?:as|at|for)\b))"
)
"""An attendance verb whose subject is the attendees (``X and Y also attended``, ``X was also present``)."""
_ATTEND_LIST_RE = re.compile(
    r"\b(?:(?:also\s+)?in attendance|attendees|(?:also\s+)?attending|(?:also|those|others)\s+present|"
    r"observers)"
    r"(?:\s+(?:at\s+)?the\s+\w+)?\s+(?:were|was|included|include|includes)\s*:?\s+",
    re.IGNORECASE,
)
"""A phrase that opens a list of attendees (``Also in attendance were``, ``Observers included``)."""
_BY_LIST_RE = re.compile(
    r"\b(?P<verb>moderated|chaired|hosted|co-hosted|led|headed|remarks|presentations?|keynote|address|comments|"
    r"commentary|introduced|joined|delivered|given|presented|addressed|speech|speeches)\s+by\s+"
    r"|\b(?P<noun>remarks|presentations?|keynote|address|speech|speeches|lecture)\s+from\s+",
    re.IGNORECASE,
)
_TRIGGER_RE = re.compile(
    # The lookahead holds every first letter of the alternatives: other places fail at once. One ``\b``
    # before all the words, not one in each: where it holds, the words are told by their first letters.
    r"(?=[abcdefijmprstw:])"
    r"(?:\b(?:(?:discussion|conversation|dialogue|debate|talk|chat|session|webinar|briefing|seminar|workshop|"
    r"meeting|roundtable|panel|event|webcast|interview|exchange|discussions)\s+(?:with|between|featuring)"
    r"|featuring|featured|features|joined|join|joins|included|includes|including"
    r"|comprised of|composed of|consisted of|were|are)|:)\s*:?\s+",
    re.IGNORECASE,
)
_OF_PHRASE = (
    r"\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w’'.\-–]*"
    r"(?:\s+(?:(?:of|for|on|the|and|&|in)\s+)*[A-Z][\w’'.\-–]*)*"
)
"""An affiliation after a name in a subject (``Zhang Wei of Example University``)."""
_FIRST_GAP_RE = re.compile(
    rf"(?P<aff>\s*,[^,;]{{1,150}},|{_OF_PHRASE}(?:\s*,[^,;]{{1,150}},)?)?"
    r"\s*(?:(?:will|would|also|then|later|jointly|has|have|had|who|both|each|all)\s+)*"
)
_CHAIN_GAP_RE = re.compile(
    rf"(?P<aff>\s*,[^,;]{{1,150}}|{_OF_PHRASE}(?:\s*,[^,;]{{1,150}})?)?\s*(?:,|,?\s+and|,?\s+as well as)\s+"
    r"(?:[A-Z][\w’'.\-–]*\s+|(?:of|for|on|in|the|&)\s+){0,8}"
)
_DELEGATION_NOUNS = frozenset({"delegation", "delegates", "members"})
_GROUP_LIST_RE = re.compile(
    r"\b(?P<noun>panelists|panellists|speakers|participants|guests|experts|scholars|delegates|members|"
    r"delegation|panel|commentators)\s+(?:(?:that\s+)?(?:included|includes|including|such\s+as|comprised|were)|of)"
    r"\s*:?\s+"
    r"|\b(?P<apposed>panelists|panellists|speakers|commentators|discussants)\s*,\s+(?=[a-z])",
    re.IGNORECASE,
)
"""A participant noun opening a list of names: ``speakers included ...``, ``panelists including ...``."""
_TITLE_WITH_RE = re.compile(r"(?:^|\s)(?:with|featuring|by)\s+(?=[A-Z])")
_SPOKEN_BY = frozenset(
    {"delivered", "given", "presented", "addressed", "speech", "speeches", "keynote", "address"}
)
"""``The keynote speech was delivered by X``, ``addressed by X``, ``a keynote address from X``: a speaker
wherever the text says so, lead or not."""
_FLOOR_GERUND_RE = re.compile(
    r"(?:\s*\([^()]{1,40}\))?\s+(?:delivering|giving|making|presenting)\s+(?:(?:his|her|their|a|an|the)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:speech|address|remarks|keynote|presentation|lecture)\b"
)
"""A caption's speaker: ``Dr X delivering his speech``, ``X (second from right) giving keynote speech``."""
_ATTRIBUTION_RE = re.compile(
    r"\b(?:said|says|argued|argues|noted|notes|stated|states|agreed|agree|added|remarked|warned|suggested|"
    r"believed|believe|contended|pointed out|emphasized|emphasised|stressed|observed|concluded|asserted|"
    r"maintained|explained that|responded|acknowledged|cautioned|countered|claimed|insisted|predicted)\b"
)
_SENT_RE = re.compile(r"[.!?][\"”’)]?\s+(?=[A-Z“\"(])")
"""A sentence break, from its full stop: opening with the stop, not with a look back at it, lets the
search skip to the next stop (the break itself starts one character on)."""
_ABBREV_REACH = max(map(len, NAME_ABBREVIATIONS)) + 2
"""How far before a full stop :data:`ABBREVIATION_END_RE` reads (the longest abbreviation, its stop and
the character before it): searching from there finds the same."""


_BY_LIST_LOW_RE = re.compile(_BY_LIST_RE.pattern)
_GROUP_LIST_LOW_RE = re.compile(_GROUP_LIST_RE.pattern)
_TRIGGER_LOW_RE = re.compile(_TRIGGER_RE.pattern)
"""The case-insensitive patterns above, case-sensitive (their letters are lower case): over a sentence
in lower case they match where the originals match over the sentence, three to five times faster."""


def _finditer(
    pattern: re.Pattern[str], low_pattern: re.Pattern[str], sentence: str, low: str | None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(sentence)``, read from ``low`` (the sentence :func:`folded`) when
    there is one: the same spans; the groups are in lower case."""
    return pattern.finditer(sentence) if low is None else low_pattern.finditer(low)


def sentences(text: str) -> list[str]:
    """The sentences of a paragraph (rough: not split after initials and common abbreviations)."""
    return list(_sentences(text))


def clear_caches() -> None:
    """Forget the paragraphs split so far, and the names' caches (see :func:`names.clear_caches`)."""
    _sentences.cache_clear()
    clear_name_caches()


@lru_cache(maxsize=1024)  # the people, event and prose readers split the same paragraphs; see clear_caches
def _sentences(text: str) -> tuple[str, ...]:
    out: list[str] = []
    start = 0
    for m in _SENT_RE.finditer(text):
        stop = m.start() + 1
        # The sentence ends in its full stop and is searched in place: before ``start`` stand blanks,
        # which a ``\b`` sees as it sees the start of a string.
        if ABBREVIATION_END_RE.search(text, max(start, stop - _ABBREV_REACH), stop):
            continue
        out.extend(text[a:b] for a, b in bounded(text, start, stop))
        start = m.end()
    out.extend(text[a:b] for a, b in bounded(text, start, len(text)))
    return tuple(s for s in out if s.strip())


@dataclass
class _Person:
    name: str
    role: Role
    affiliations: list[str] = field(default_factory=list)
    bio: str | None = None
    panels: list[int] = field(default_factory=list)
    order: int = 0
    descriptions: list[str] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)


_INITIAL_RE = re.compile(r"[a-z]\.")
_AND_END_RE = re.compile(r"\band$")


@lru_cache(maxsize=8192)  # bounded; ``same_person`` compares every name with every name known
def _key(name: str) -> tuple[str, str]:
    words = [w for w in name.lower().split() if not _INITIAL_RE.fullmatch(w)]
    if not words:
        return (name.lower(), "")
    return (words[0], words[-1])


def same_person(one: str, other: str) -> bool:
    """Whether two spellings name one person: same first and last name (``Evan S. Medeiros``), or the
    same last name and one first name the other's initial (``K. Sarybay``, ``Kairat Sarybay``)."""
    if _key(one) == _key(other):
        return True
    a, b = one.lower().split(), other.lower().split()
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1]:
        return False
    first_a, first_b = a[0].rstrip("."), b[0].rstrip(".")
    return (len(first_a) == 1 and first_b.startswith(first_a)) or (
        len(first_b) == 1 and first_a.startswith(first_b)
    )


class _Collector:
    def __init__(self) -> None:
        self.people: dict[tuple[str, str], _Person] = {}

    def add(
        self,
        name: str,
        role: Role,
        *,
        affiliations: tuple[str, ...] | list[str] = (),
        bio: str | None = None,
        panel: int | None = None,
        description: str = "",
    ) -> None:
        key = _key(name)
        person = self.people.get(key)
        if person is None:
            person = _Person(name, role, order=len(self.people))
            self.people[key] = person
        else:
            if len(name.split()) > len(person.name.split()):
                person.name = name
            if ROLE_ORDER.index(role) < ROLE_ORDER.index(person.role):
                person.role = role
        for aff in affiliations:
            if aff and aff not in person.affiliations:
                person.affiliations.append(aff)
        if bio and person.bio is None:
            person.bio = bio
        if description.strip() and description not in person.descriptions:
            person.descriptions.append(description)
        if panel is not None and panel not in person.panels:
            person.panels.append(panel)

    def add_listed(self, p: ListedPerson, role: Role, panel: int | None) -> None:
        self.add_match(p.match, role, panel, p.affiliations, p.description)
        if p.group:
            person = self.people[_key(p.match.name)]
            person.groups.append(p.group)

    def add_match(
        self,
        m: NameMatch,
        role: Role,
        panel: int | None,
        extra: tuple[str, ...] = (),
        description: str = "",
    ) -> None:
        # A prefix ending in ``and`` is the tail of the previous name's phrase (``X of Y Institute and Z``).
        affs = list(orgs_in(m.prefix)) if m.prefix and not _AND_END_RE.search(m.prefix) else []
        possessive = possessive_org(m.prefix) if m.prefix else None
        if possessive is not None and not affs:
            affs.append(possessive)
        self.add(
            m.name,
            role,
            affiliations=affs + [a for a in extra if a not in affs],
            panel=panel,
            description=description or m.prefix,
        )


_CAPITALIZED_WORDS = re.compile(r"[A-Z][\w’'.\-–]*(?:\s+[A-Z][\w’'.\-–]*)*\s*")
r"""Capitalized words only. Written ``(?:[A-Z][...]*\s*)+``, the same words, a failing run of capitals
(``CONCERNED BY CHINA’S NUCLEar``) is split every way before the match fails: exponential."""


def _subject(sentence: str, verb_start: int, *, fallback: bool) -> list[ListedPerson]:
    """Names that are the subject of the verb at ``verb_start`` (``X and Y moderated``), each with the
    organizations of its appositive or ``of`` phrase (``X of Example University and Y co-hosted``)."""
    names = [m for m in names_in(sentence) if m.end <= verb_start]
    if not names:
        return []
    chain: list[ListedPerson] = []
    edge = verb_start
    for m in reversed(names):
        gap = sentence[m.end : edge]
        regex = _FIRST_GAP_RE if not chain else _CHAIN_GAP_RE
        fit = regex.fullmatch(gap)
        if fit:
            aff = fit.group("aff")
            chain.append(
                ListedPerson(m, tuple(orgs_in(aff)) if aff else (), f"{m.prefix} {aff or ''}".strip(" ,"))
            )
            edge = m.start - len(m.prefix) - (1 if m.prefix else 0)
            edge = max(edge, 0)
            if not m.prefix or _AND_END_RE.search(m.prefix):
                edge = m.start
            continue
        break
    if chain:
        return list(reversed(chain))
    if fallback:
        first = names[0]
        lead = sentence[: first.start].strip()
        if not lead or _CAPITALIZED_WORDS.fullmatch(lead):
            return [ListedPerson(first, (), f"{first.prefix} {sentence[first.end : verb_start]}".strip(" ,"))]
    return []


def _roles_in_sentence(col: _Collector, sentence: str, panel: int, lead: bool) -> None:
    """Add the people of one sentence in the order the sentence names them."""
    found = _Found()
    _find_roles(found, sentence, lead)
    for _pos, p, role in sorted(found.items, key=lambda item: item[0]):
        col.add_listed(p, role, panel)


class _Found:
    def __init__(self) -> None:
        self.items: list[tuple[int, ListedPerson, Role]] = []

    def add_listed(self, p: ListedPerson, role: Role, _panel: object) -> None:
        self.items.append((p.match.start, p, role))


_POLITICAL_TITLE_RE = re.compile(
    r"^(?:President|Prime Minister|Premier|Chancellor|King|Queen|Chairman|Supreme Leader)$"
)


_POLITICAL_TITLE_END_RE = re.compile(
    r"(?:^|\s)(?:President|Prime Minister|Premier|Chancellor|King|Queen|Chairman|Supreme Leader)$"
)
_OFFICE_RE = re.compile(
    r"(?:^|(?<=[\s(“\"]))(?:"
    + "|".join(map(re.escape, sorted(OFFICE_TITLES, key=len, reverse=True)))
    + r")\s+$"
)
_OFFICE_LONGEST = max(map(len, OFFICE_TITLES))
_OFFICE_TITLES = tuple(OFFICE_TITLES)
_PROPER_OBJECT_RE = re.compile(
    r"\s+(?:the\s+)?(?:\d{4}\s+)?(?P<name>[A-Z][\w’'.\-–]*(?:\s+(?:(?:of|for|on|and|the|&|in)\s+)*[A-Z][\w’'.\-–]*)*)"
)


def in_office(sentence: str, m: NameMatch) -> bool:
    """Whether a name is introduced by a current office of state (``Chinese President X``), not by
    ``Former ...`` or by an organization's title (``Carnegie President X``)."""
    # The office ends where the blanks before the name begin: only the stretch before can hold it.
    blank = m.start
    while blank > 0 and sentence[blank - 1].isspace():
        blank -= 1
    if blank == m.start or not sentence.endswith(_OFFICE_TITLES, 0, blank):
        return False  # no office ends there
    title = _OFFICE_RE.search(sentence, max(0, blank - _OFFICE_LONGEST), m.start)
    if title is None:
        return False
    words = sentence[: title.start()].split()
    while words:
        word = words.pop().strip('(“",').removesuffix("’s").removesuffix("'s")
        if word.lower() in FORMER_WORDS:
            return False
        if word.lower() not in NATIONALITY_CODES:
            return not word[:1].isupper()
    return True


def _hosts_named_event(sentence: str, verb_end: int) -> bool:
    """Whether a hosting verb's object is another, named event (``will host the Belt and Road Forum``)."""
    obj = _PROPER_OBJECT_RE.match(sentence, verb_end)
    return obj is not None and any(w in NAMED_EVENT_HEADS for w in obj.group("name").split())


_EVENT_WORD_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, EVENT_NOUNS)) + r")\b", re.IGNORECASE)
_EVENT_WORD_LOW_RE = re.compile(r"\b(?:" + _by_first_letter("|".join(EVENT_NOUNS)) + r")\b")
""":data:`_EVENT_WORD_RE` for the sentence in lower case (the event nouns are)."""
_WITH_RE = re.compile(r"\bwith\s+")


_BY_WORDS = ("by", "from")
_FLOOR_WORDS = ("delivering", "giving", "making", "presenting")
_MOD_WORDS = ("moderat", "chair")
_ATTEND_WORDS = ("attended", "sat in", "attendance", "present")
_ATTEND_LIST_WORDS = ("attend", "present", "observers")
_GROUP_WORDS = (
    "panel",
    "speakers",
    "participants",
    "guests",
    "experts",
    "scholars",
    "delegat",
    "members",
    "commentators",
    "discussants",
)
_TRIGGER_WORDS = (
    "with",
    "between",
    "featur",
    "join",
    "includ",
    "comprised",
    "composed",
    "consisted",
    "were",
    "are",
    ":",
)
"""Words each pattern below needs (one of): a sentence without any is not searched with it."""


_GROUP_BEFORE_RE = re.compile(r"(?:panelists|speakers|guests|experts|participants|panel|who)\W*$")


def officials_in_sentence(sentence: str) -> list[tuple[NameMatch, Role]]:
    """The hosts and moderators a sentence introduces, in the order it names them: the people reader's
    roles of the sentence without the others, read by the only readers that give those two."""
    found = _Found()
    _listed_by(found, sentence, folded(sentence), lead=True, officials_only=True)
    _moderators_and_hosts(found, sentence)
    return [(p.match, role) for _pos, p, role in sorted(found.items, key=lambda item: item[0])]


def _listed_by(col: _Found, sentence: str, low: str | None, *, lead: bool, officials_only: bool) -> None:
    """``moderated by A``, ``hosted by B``, ``remarks by C``: the people listed after a ``by``."""
    for m in _finditer(_BY_LIST_RE, _BY_LIST_LOW_RE, sentence, low) if may_hold(low, _BY_WORDS) else ():
        verb = (m.group("verb") or m.group("noun")).lower()
        role: Role = (
            "moderator" if verb in ("moderated", "chaired") else "host" if "host" in verb else "speaker"
        )
        if role == "speaker" and (officials_only or (not lead and verb not in _SPOKEN_BY)):
            continue
        for p in parse_name_list(sentence, m.end())[0]:
            if role != "host" or not in_office(sentence, p.match):
                col.add_listed(p, role, 0)


def _moderators_and_hosts(col: _Found, sentence: str) -> None:
    """The subjects of moderating and hosting verbs (``X moderated``, ``Y hosted the dialogue``)."""
    for m in _MOD_VERB_RE.finditer(sentence) if any(map(sentence.__contains__, _MOD_WORDS)) else ():
        for n in _subject(sentence, m.start(), fallback=True):
            col.add_listed(n, "moderator", 0)
    for m in _HOST_VERB_RE.finditer(sentence) if "host" in sentence else ():
        if _hosts_named_event(sentence, m.end()):
            continue
        for n in _subject(sentence, m.start(), fallback=True):
            if not in_office(sentence, n.match):
                col.add_listed(n, "host", 0)


def _find_roles(col: _Found, sentence: str, lead: bool) -> None:
    panel = 0
    low = folded(sentence)
    _listed_by(col, sentence, low, lead=lead, officials_only=False)
    for m in _FLOOR_GERUND_RE.finditer(sentence) if any(map(sentence.__contains__, _FLOOR_WORDS)) else ():
        for n in _subject(sentence, m.start(), fallback=False):
            col.add_listed(n, "speaker", panel)
    _moderators_and_hosts(col, sentence)
    if may_hold(low, ("discussant",)) and re.search(
        r"\bdiscussants?\b[^.]{0,20}?\b(?:included|were|are|include)\b\s*:?", sentence, re.IGNORECASE
    ):
        m2 = re.search(
            r"\bdiscussants?\b[^.]{0,20}?\b(?:included|were|are|include)\b\s*:?\s*", sentence, re.I
        )
        if m2:
            for p in parse_name_list(sentence, m2.end())[0]:
                col.add_listed(replace(p, group=sentence[: m2.end()]), "discussant", panel)
    if any(map(sentence.__contains__, _ATTEND_WORDS)) and _ATTEND_RE.search(sentence):
        m3 = _ATTEND_RE.search(sentence)
        assert m3 is not None
        listed = parse_name_list(sentence, 0)[0]
        if not listed:
            listed_matches = _subject(sentence, m3.start(), fallback=False)
            for n in listed_matches:
                col.add_listed(n, "participant", panel)
        for p in listed:
            col.add_listed(p, "participant", panel)
    attendance = (
        [m.span() for m in _ATTEND_LIST_RE.finditer(sentence)] if may_hold(low, _ATTEND_LIST_WORDS) else []
    )
    for _start, end in attendance:
        for p in parse_name_list(sentence, end)[0]:
            col.add_listed(p, "participant", panel)
    lists_group = may_hold(low, _GROUP_WORDS)
    for m in _finditer(_GROUP_LIST_RE, _GROUP_LIST_LOW_RE, sentence, low) if lists_group else ():
        # ``panelists including A of X, B of Y, and C``: a list of participants anywhere in the body;
        # a delegation's members are its participants, a panel's its speakers.
        noun = (m.group("noun") or m.group("apposed")).lower()
        listed_role: Role = "participant" if noun in _DELEGATION_NOUNS else "speaker"
        for p in parse_name_list(sentence, m.end())[0]:
            col.add_listed(replace(p, group=sentence[: m.end()]), listed_role, panel)
    if not lead:
        return
    for m in _finditer(_TRIGGER_RE, _TRIGGER_LOW_RE, sentence, low) if may_hold(low, _TRIGGER_WORDS) else ():
        before = sentence[max(0, m.start() - 20) : m.start()].lower()
        role: Role = (
            "discussant"
            if "discussant" in before
            else "participant"
            if "attendee" in before
            or "delegation" in before
            or any(a <= m.start() < b for a, b in attendance)
            else "speaker"
        )
        if (
            role == "speaker"
            and m.group().strip().lower() in ("were", "are", ":")
            and not _GROUP_BEFORE_RE.search(before)
        ):
            continue
        group = sentence[max(0, m.start() - 60) : m.end()]
        for p in parse_name_list(sentence, m.end())[0]:
            col.add_listed(replace(p, group=group), role, panel)
    first_event = (
        next(_finditer(_EVENT_WORD_RE, _EVENT_WORD_LOW_RE, sentence, low), None)
        if "with" in sentence
        else None
    )
    if first_event:
        for m in _WITH_RE.finditer(sentence, first_event.end()):
            for p in parse_name_list(sentence, m.end())[0]:
                if not _POLITICAL_TITLE_END_RE.search(p.match.prefix):
                    col.add_listed(p, "speaker", panel)
    for m in _SPEAKER_VERB_RE.finditer(sentence):
        for n in _subject(sentence, m.start(), fallback=False):
            if not _POLITICAL_TITLE_RE.match(n.match.prefix.strip()):
                col.add_listed(n, "speaker", panel)


_LEAD = 0
"""The panel number of a mention in the lead of an event with several panels: the whole event."""


def _panels_of(person: _Person, count: int) -> tuple[int, ...]:
    """The panels a person sits on: a host named in the lead hosts every panel; anyone else named in
    the lead of an agenda sits on the panels that name them, else on the first."""
    if _LEAD in person.panels:
        if person.role == "host":
            return tuple(range(1, count + 1))
        named = tuple(sorted(p for p in person.panels if p != _LEAD))
        return named or (1,)
    return tuple(sorted(person.panels)) or (1,)


def _bio_sentences(bio: str | None) -> tuple[str, ...]:
    """A bio's opening sentences: what the person is or was (``X is ...``, ``He previously served as``)."""
    return tuple(sentences(bio)[:2]) if bio else ()


def read_people(st: Structure) -> list[tuple[PersonMention, tuple[int, ...]]]:
    """Every person the text introduces, with role, affiliations, bio, and the panels they sit on."""
    col = _Collector()
    text = st.text
    for u in st.units:
        span = text[u.start : u.end]
        if u.kind == "para":
            descriptive = u.in_lead or not _ATTRIBUTION_RE.search(span)
            panel = _LEAD if u.in_lead and st.panel_count > 1 else u.panel
            for sentence in sentences(span):
                _roles_in_sentence(col, sentence, panel, descriptive)
        elif u.kind == "list":
            role: Role = u.role if u.role in ROLE_ORDER else "speaker"
            for p in parse_name_list(span, 0)[0]:
                col.add_listed(p, role, u.panel)
        elif u.kind == "person":
            for p in parse_name_list(span, 0)[0][:1]:
                col.add_listed(p, "speaker", u.panel)
    if st.title:
        # ``"U.S.-China Relations" with Ambassador X, former ...``: a title that names who speaks.
        for m in _TITLE_WITH_RE.finditer(st.title):
            for p in parse_name_list(st.title, m.end())[0]:
                col.add_listed(p, "speaker", _LEAD if st.panel_count > 1 else 1)
    for bio in st.bios:
        affs: list[str] = []
        if bio.position:
            affs += orgs_in(bio.position)
        if bio.bio:
            affs += [a for a in orgs_in(bio.bio) if a not in affs]
        col.add(bio.name, "speaker", affiliations=affs, bio=bio.bio, description=bio.position or "")
    out: list[tuple[PersonMention, tuple[int, ...]]] = []
    nationality_of = lru_cache(maxsize=None)(group_nationality)  # one list gives each name its lead-in
    for person in sorted(col.people.values(), key=lambda p: p.order):
        panels = _panels_of(person, st.panel_count)
        described = describe(*person.descriptions, *_bio_sentences(person.bio))
        nationality = described.nationality or next(
            (code for group in person.groups if (code := nationality_of(group)) is not None), None
        )
        mention = PersonMention(
            person_id=person_slug(person.name),
            name=person.name,
            role=person.role,
            affiliations=tuple(person.affiliations),
            bio=person.bio,
            title=described.title,
            nationality=nationality,
        )
        out.append((mention, panels))
    return out
