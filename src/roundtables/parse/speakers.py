"""The event's speakers: who each speaker mention names, across the event.

:class:`SpeakerRegistry` keeps the event's speakers in order of mention and
resolves anaphora: an indefinite mention starts a new speaker, a definite one
or a pronoun continues the most recent fitting one and takes over all its
fields. The mentions come from :class:`~roundtables.parse.mentions.MentionReader`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from roundtables.models import SpeakerKind
from roundtables.parse.descriptions import is_rank
from roundtables.parse.lexicon import GENERIC_ROLES, SEAT_ROLES
from roundtables.parse.mention_reading import Mention
from roundtables.parse.mentions import MentionReader

_ORIGIN_WORD = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+(?:an|ese|ish|ic|i)\b")


def _origin_words(text: str) -> set[str]:
    """The capitalized origin words of a mention (``The European participant`` -> European): a definite
    mention with one points back only to a speaker described by the same word."""
    return {m.group(0) for m in _ORIGIN_WORD.finditer(text)}


@dataclass
class SpeakerEntry:
    """One speaker of the event as the text has described it so far."""

    mention: str
    kind: SpeakerKind
    nationality: str | None
    role: str | None
    role_class: str | None
    person_id: str | None
    name: str | None
    section: str | None
    block: int
    key: str | None = None


def _same_role(held: str | None, named: str | None) -> bool:
    """``the Secretary General`` names whoever holds ``secretary general``: roles compare by their last
    word, as the evaluation reads them."""
    return held == named or (held is not None and named is not None and held.split()[-1] == named.split()[-1])


@dataclass
class SpeakerRegistry:
    """The event's speakers in order of last mention; resolves a mention to a speaker."""

    reader: MentionReader
    speakers: list[SpeakerEntry] = field(default_factory=list)
    _next_key: int = 0

    def key_of(self, entry: SpeakerEntry) -> str:
        if entry.key is None:
            self._next_key += 1
            entry.key = f"s{self._next_key}"
        return entry.key

    def _touch(self, entry: SpeakerEntry, section: str | None, block: int) -> SpeakerEntry:
        """Move ``entry`` to the end: it is the most recent speaker now, in this section and block."""
        self.speakers.remove(entry)
        self.speakers.append(entry)
        entry.section, entry.block = section, block
        return entry

    def _new(self, mention: Mention, section: str | None, block: int) -> SpeakerEntry:
        person = mention.person_id or self.reader.person_for_role(mention.role_class)
        nationality, role, role_class = mention.nationality, mention.role, mention.role_class
        model: SpeakerEntry | None = None
        if mention.elliptical:
            model = next((e for e in reversed(self.speakers) if e.section == section), None)
        elif mention.partitive:
            groups = [e for e in reversed(self.speakers) if e.kind == "group"]
            model = next((e for e in groups if e.section == section), groups[0] if groups else None)
        if model is not None:
            nationality, role, role_class = model.nationality, model.role, model.role_class
        if role_class == "event" or (role is None and mention.kind == "group" and mention.form != "name"):
            # ``It was agreed``, ``Some``: the noun the text last used for the participants.
            last_group = next((e for e in reversed(self.speakers) if e.kind == "group" and e.role), None)
            role = last_group.role if last_group is not None else "participant"
        listed = self.reader.listed(person) if mention.form == "name" else None
        if listed is not None:
            nationality = nationality or listed.nationality
            role = listed.title if role is None or (is_rank(role) and listed.title) else role
        role = role or mention.address
        entry = SpeakerEntry(
            mention.text,
            mention.kind,
            nationality,
            role,
            role_class,
            person,
            mention.name,
            section,
            block,
        )
        self.speakers.append(entry)
        return entry

    def resolve(self, mention: Mention, section: str | None, block: int) -> SpeakerEntry | None:
        """The speaker ``mention`` names; None when a pronoun has nothing to point back to."""
        if mention.form == "name":
            for entry in reversed(self.speakers):
                same_person = mention.person_id is not None and entry.person_id == mention.person_id
                same_name = (
                    mention.person_id is None and entry.name is not None and entry.name == mention.name
                )
                if same_person or same_name:
                    return self._touch(entry, section, block)
            return self._new(mention, section, block)
        if mention.form == "pronoun":
            for entry in reversed(self.speakers):
                if entry.section != section:
                    break
                if entry.kind == mention.kind:
                    return self._touch(entry, section, block)
            return None
        if mention.form == "definite" and mention.kind == "individual":
            antecedent = self._antecedent(mention)
            if antecedent is not None:
                return self._touch(antecedent, section, block)
        if mention.form == "definite" and mention.kind == "group":
            group = self._group_antecedent(mention)
            if group is not None:
                return self._touch(group, section, block)
        return self._new(mention, section, block)

    def _group_antecedent(self, mention: Mention) -> SpeakerEntry | None:
        """``all of the discussants``, ``the experts``: the most recent group they fit continues (the
        spec's settled group keys); a bare or counted plural (``panelists``, ``several``) is new."""
        for entry in reversed(self.speakers):
            if entry.kind != "group" or mention.nationality not in (None, entry.nationality):
                continue
            if entry.role == mention.role:
                return entry
        return None

    def _antecedent(self, mention: Mention) -> SpeakerEntry | None:
        """Who ``the expert`` or ``the discussant`` points back to, if anyone.

        A specific role noun (``the expert``, ``the officer``) points back to the
        most recent individual holding that role (``one of the experts``). A
        seat noun (``the discussant``, ``the participant``) points back to the
        most recent individual holding it or any anonymous individual of its
        class (``one panelist``), as the spec's ``the discussant`` -> ``one
        panelist``; never to a named person. ``the scholar`` does so only when
        no one holds its role, so ``the Chinese scholar`` is the earlier ``a
        Chinese scholar``, not a nearer Chinese participant. With no
        antecedent, the mention starts a new speaker with its own role.
        """
        origin = _origin_words(mention.text)
        fitting = [
            entry
            for entry in reversed(self.speakers)
            if entry.kind == "individual"
            and mention.nationality in (None, entry.nationality)
            and origin <= _origin_words(entry.mention)
        ]
        any_fits = mention.role in GENERIC_ROLES
        same_role = next((entry for entry in fitting if _same_role(entry.role, mention.role)), None)
        if mention.role not in SEAT_ROLES and (same_role is not None or not any_fits):
            return same_role
        for entry in fitting:
            anonymous = entry.person_id is None and entry.name is None
            if _same_role(entry.role, mention.role) or (anonymous and entry.role_class == mention.role_class):
                return entry
        return None
