"""The ``host_organization`` of an event: who hosted it, as the introducing sentences say.

The introducing sentences (:mod:`~roundtables.parse.introductions`) name the
host; an organization only mentioned in the background narration is never the
host. The name is normalized through
:data:`~roundtables.parse.organizations.ORG_NAMES`, spelled out where the text
defines its acronym, and null when no introducing sentence names one (see
:func:`host_organization`, then :func:`fallback_host`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from roundtables.parse.dateline import dateline_end
from roundtables.parse.geography import country_code
from roundtables.parse.introductions import intro_sentences, org_verbs
from roundtables.parse.names import names_in
from roundtables.parse.organizations import (
    known_org,
    known_orgs_in,
    normalize_org,
    org_spans,
    orgs_in,
    possessive_org,
    without_the,
)
from roundtables.parse.people import officials_in_sentence, sentences
from roundtables.parse.result import PersonMention
from roundtables.parse.vocabulary import (
    EVENT_NOUNS,
    HONORIFICS,
    NOT_NAME_WORDS,
    PARTICIPANT_NOUNS,
    TITLE_WORDS,
)

_EVENT_NOUN_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, EVENT_NOUNS)) + r")s?\b", re.IGNORECASE)
_PARTICIPANT_RE = re.compile(r"\b(?:" + "|".join(map(re.escape, PARTICIPANT_NOUNS)) + r")\b", re.IGNORECASE)
_HOSTED_BY_RE = re.compile(
    r"\b(?i:hosted|held|organized|organised|sponsored|co-sponsored|convened) by\s+"
    r"|^\W*(?i:co-?organi[sz]ers?|organi[sz]ers?)\s*:\s*"
)
_HYPHEN_HOSTED_RE = re.compile(r"\b([A-Z][\w–\-]*?)-hosted\b")


def _org_in(subject: str, *, first: bool = False) -> str | None:
    """The organization a subject names (its last, ``X's Y Center``), or the object of ``by`` (its
    first: ``hosted by X and the Y``)."""
    known = known_orgs_in(subject)
    if known:
        return known[0][1]
    spans = org_spans(subject)
    if spans:
        return normalize_org(spans[0 if first else -1][2])
    return None


_COMMA_LOWER_RE = re.compile(r",\s+(?=[a-z])")
"""Patterns used per call, compiled once (the per-event patterns push them out of ``re``'s cache)."""


def _bare_org(subject: str) -> str | None:
    """A short organization name standing alone as the subject (``Brookings``, ``Carnegie–Tsinghua``)."""
    text = without_the(subject.strip(" ,"))
    tokens = text.split()
    if not 1 <= len(tokens) <= 4 or not all(t[:1].isupper() for t in tokens):
        return None
    if names_in(text) or country_code(text) is not None:
        return None
    if any(t.lower().strip(".") in _NOT_ORG_SUBJECT for t in tokens):
        return None
    return normalize_org(text)


_NOT_ORG_SUBJECT = NOT_NAME_WORDS | TITLE_WORDS | frozenset(h.lower().rstrip(".") for h in HONORIFICS)


_CLAUSE_END_RE = re.compile(r"[;:]|(?<=[a-z])\.(?:\s|$)")
_AFTER_VERB = 120
"""How far after a hosting verb its event word may be."""


def _introduces_event(after_verb: str) -> bool:
    """Whether the words after a hosting verb name an event or the people it brought together."""
    end = _CLAUSE_END_RE.search(after_verb, 0, _AFTER_VERB + 2)  # no clause end spans more than 2
    window = after_verb[: min(end.start(), _AFTER_VERB) if end else _AFTER_VERB]
    return bool(_EVENT_NOUN_RE.search(window) or _PARTICIPANT_RE.search(window))


_POSSESSIVE_BEFORE_WORDS = re.compile(
    r"([A-Z][\w–\-. ]*?)[’']s\s+[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3}\s*$"
)
r"""``the Carter Center’s Global Forum hosted``: an organization's possessive before one to four capitalized
words (one split of them only: ``(?:[A-Z]…\s*){1,4}`` tried every split of a run of capitals)."""


_AUXILIARIES = ("will", "would", "also", "recently", "jointly", "has", "have", "had", "again")
_AUXILIARIES_RE = re.compile(rf"(?:\s+(?:{'|'.join(_AUXILIARIES)}))+\s*$")
"""``X has also hosted``: the words between a subject and its verb (a match ends in one, and spaces)."""


def _org_of_subject(sentence: str, verb_start: int) -> str | None:
    """The host a hosting verb's subject names: the first of co-hosts (``Emory University and the
    Carter Center hosted``), past an opening adverbial (``Since 2012, The Carter Center has ...``)."""
    subject = sentence[dateline_end(sentence) : verb_start]
    subject = _SUPPORT_ASIDE_RE.sub(" ", subject)
    subject = _COMMA_LOWER_RE.split(subject)[-1] if "," in subject else subject
    subject = _OPENING_ADVERBIAL.sub("", subject)
    if subject.rstrip().endswith(_AUXILIARIES):
        subject = _AUXILIARIES_RE.sub(" ", subject)
    poss = _POSSESSIVE_BEFORE_WORDS.search(subject)
    if poss:
        return normalize_org(poss.group(1))
    if _EDITION_RE.search(subject):
        return None  # ``The 2026 Jimmy Carter Forum ..., held ..., brought together``: the event itself
    return _org_in(subject, first=True) or _bare_org(subject)


_SUPPORT_ASIDE_RE = re.compile(
    r",\s*(?:with\s+(?:the\s+)?(?:cooperation|support|help|assistance)\s+of|in\s+cooperation\s+with|"
    r"together\s+with|supported\s+by)\b[^,]*(?:,[^,]*?)?,\s*"
)
"""``X and Y, with the cooperation of Z, co-sponsored``: who helped is no host."""
_EDITION_RE = re.compile(
    r"\b(?:(?:19|20)\d\d|\d+(?:st|nd|rd|th)|annual|first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth)\s+(?:[A-Z][\w’'.-]*\s+)*?"
    rf"(?i:{'|'.join(map(re.escape, EVENT_NOUNS))})\b"
)
"""``The 2026 Jimmy Carter Forum``, ``the 12th Beijing-Tokyo Forum``: an edition of an event, no host."""
_OPENING_ADVERBIAL = re.compile(r"^\W*(?:(?:Since|In|On|Last|This|Earlier)\s+[\w ]{1,30}?|[A-Z][a-z]+ly),\s+")


def _org_of_person(prefix: str) -> str | None:
    """The organization in the words before a host's or moderator's name (``X’s``, ``X Center Fellow``)."""
    if not prefix:
        return None
    possessive = possessive_org(prefix)
    if possessive is not None:
        return possessive
    found = orgs_in(prefix)
    return found[0] if found else None


def host_organization(lead: list[str], all_paras: list[str]) -> str | None:
    """The hosting organization, normalized, from the sentence that introduces the event.

    In order, within each sentence of the lead (or of the first two
    paragraphs when there is no lead): the subject of a hosting verb followed
    by an event word (``Brookings convened a workshop``), the object of
    ``hosted by``, an ``X-hosted`` event, the organization before the name of
    the host or moderator (``The X Center’s A moderated``, ``moderated by X’s
    A``, ``X Center Fellow A will moderate``). An organization only mentioned
    in the background narration is never the host.
    """
    for sentence in intro_sentences(lead or all_paras[:2]):
        for start, end in org_verbs(sentence):
            if _introduces_event(sentence[end:]):
                org = _org_of_subject(sentence, start)
                if org:
                    return org
        by = _HOSTED_BY_RE.search(sentence)
        if by:
            org = _org_in(sentence[by.end() : by.end() + 120], first=True)
            if org:
                return org
        hy = _HYPHEN_HOSTED_RE.search(sentence)
        if hy and known_org(hy.group(1)):
            return normalize_org(hy.group(1))
        for match, _role in officials_in_sentence(sentence):
            org = _org_of_person(match.prefix)
            if org:
                return org
    for sentence in (s for para in (lead or all_paras)[:2] for s in sentences(para)):
        # ``attending the East-West Center's eighth annual Senior Policy Seminar``
        for m in _POSSESSIVE_EVENT_RE.finditer(sentence) if "’" in sentence or "'" in sentence else ():
            org = _org_in(m.group("org"), first=True)
            if org:
                return org
    return None


_POSSESSIVE_EVENT_RE = re.compile(
    r"(?P<org>(?<![\w’'-])[A-Z][\w–\-.]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w–\-.]*){0,5})[’']s\s+"
    r"(?:[\w-]+\s+){0,5}?(?i:" + "|".join(map(re.escape, EVENT_NOUNS)) + r")\b"
)


_POSSESSIVE_ORG_RE = re.compile(
    r"(?<![\w’'])([A-Z][\w–\-.]*(?:\s+[A-Z][\w–\-.]*){0,4})[’']s\s+(?:[a-z][\w-]*\s+|[A-Z][a-z]+\s+){0,3}?(?:fellow|director|chair|president|scholar|expert|associate)\b"
)


_FIRST_PERSON_HOST_RE = re.compile(
    r"\b(?:[Ww]e\s+(?:will\s+|are\s+)?(?:host|hosted|hosting|convened|organized|organised|held)|[Jj]oin us)\b"
)


def fallback_host(lead: list[str], people: Sequence[PersonMention]) -> str | None:
    """Where no sentence names the host: for a host that speaks in the first person (``We hosted``,
    ``Join us``), the organization of its moderator; else the one whose expert the lead introduces
    by possessive (``X, Carnegie’s Japan chair``) — announcements name their own people that way."""
    first_person = any(_FIRST_PERSON_HOST_RE.search(para) for para in lead)
    for role in ("host", "moderator") if first_person else ():
        for person in people:
            if person.role == role and person.affiliations:
                return person.affiliations[0]
    for sentence in intro_sentences(lead):
        m = _POSSESSIVE_ORG_RE.search(sentence)
        if m and known_org(m.group(1)):
            return normalize_org(m.group(1))
    return None


_ACRONYM_DEF_RE = re.compile(
    r"(?P<full>(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:(?:of|for|on|and|the|&|in)\s+)*[A-Z][\w’'.&-]*){1,9})"
    r"\s*\((?P<short>[A-Z][A-Za-z&.-]{1,9})\)"
)
_ACRONYM_RE = re.compile(r"[A-Z][A-Za-z&.-]{1,9}")
_CO_HOSTS_RE = re.compile(r"\s+and\s+[Tt]he\s+[A-Z]")
"""``Genron NPO and the China International Communications Group``: two hosts (an organization's own
name joins its words without an article: ``Center for Strategic and International Studies``)."""


def spelled_out(host: str | None, text: str) -> str | None:
    """The host as the text spells it out: an acronym the text defines (``Global Forum of Japan (GFJ)``)
    becomes the full name; of co-hosts joined by ``and`` the first is the host."""
    if host is None:
        return None
    co = _CO_HOSTS_RE.search(host)
    if co is not None and co.start() > 0 and not known_org(host):
        host = host[: co.start()]
    if _ACRONYM_RE.fullmatch(host):
        for m in _ACRONYM_DEF_RE.finditer(text):
            if m.group("short") == host:
                return normalize_org(m.group("full"))
    return host
