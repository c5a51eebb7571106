"""Finding speaker mentions in a sentence: where the words naming a speaker stand.

:class:`MentionReader` finds the words that name a speaker (``one U.S.
participant``, ``the discussant``, ``he``, ``Haenle``, ``one of them``),
trying the patterns of :mod:`~roundtables.parse.mention_grammar` only where
they can match; :mod:`~roundtables.parse.mention_reading` reads what the words
say, :mod:`~roundtables.parse.speakers` who they are across the event.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from roundtables.models import SpeakerKind
from roundtables.parse.alternations import word_alternation
from roundtables.parse.lexicon import CONTRAST_LINKS, ELLIPTICAL_SUBJECTS, PARTITIVE_SUBJECTS, PRONOUNS
from roundtables.parse.mention_grammar import (
    HEAD_NOUN,
    HEAD_TO_END,
    MENTION_STARTS,
    NO_NOUN_PHRASE,
    NOUN_PHRASE_REACH,
    NOUN_PHRASE_STARTS,
    STOPPER,
    UNNAMED_MENTION,
    name_pattern,
)
from roundtables.parse.mention_reading import MatchReader, Mention
from roundtables.parse.result import PersonMention
from roundtables.parse.sentences import fold, folds_apart
from roundtables.parse.tails import tail_search

_FINAL_WORD = re.compile(r"[\w’'.-]*\Z")
_LOWER_MENTION_ENDS = tuple(
    sorted({p.lower() for p in PRONOUNS} | {phrase.lower().split()[-1] for phrase in PARTITIVE_SUBJECTS})
)
"""The words a pronoun or a partitive (``some of them``) ends in, lower case."""
_ELLIPTICAL = re.compile(rf"(?<![\w’'-])((?i:{word_alternation(ELLIPTICAL_SUBJECTS)}))\s*$")
_ELLIPSIS_OPENER = re.compile(rf"(?:^|\s)(?i:{word_alternation(CONTRAST_LINKS)})\s*$")
_NAME_JOINT = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)$")


def _heads_ending_at(text: str, begin: int, end: int) -> list[int]:
    """Where the head nouns in ``text[begin:end]`` start whose noun phrase can end at ``end`` (the head
    and what follows it match up to there): a noun phrase ending at ``end`` has its head at one."""
    heads, at = [], begin
    while (head := HEAD_NOUN.search(text, at, end)) is not None:
        if HEAD_TO_END.fullmatch(text, head.start(), end) is not None:
            heads.append(head.start())
        at = head.start() + 1
    return heads


def _noun_phrase_may_start(start: int, heads: list[int], stoppers: list[int]) -> bool:
    """Whether a noun phrase from ``start`` can reach a head noun: the first head at or after it comes
    before any stopper word at or after it."""
    h = bisect_left(heads, start)
    if h == len(heads):
        return False
    t = bisect_left(stoppers, start)
    return t == len(stoppers) or stoppers[t] >= heads[h]


class MentionReader:
    """Finds speaker mentions in a sentence, knowing the event's named people."""

    def __init__(self, people: Sequence[PersonMention], text: str | None = None) -> None:
        """``text``: the text whose sentences the reader will be given, if known (see
        :func:`~roundtables.parse.mention_grammar.name_pattern`)."""
        self._read = MatchReader(people)
        self._scan_text: str | None = None
        self._scans: dict[int, _Scan] = {}
        # As with titles, a name the text never writes (``SMITH``) is left out of the pattern.
        names = [n for n in self._read.written_names() if text is None or all(w in text for w in n.split())]
        self._names = name_pattern(names, text)
        self._name_ends = tuple({n.split()[-1] for n in names})

    def _fullmatch(self, text: str, start: int, end: int, last_head: int) -> re.Match[str] | None:
        named = self._names.fullmatch(text, start, end) if self._names is not None else None
        unnamed = UNNAMED_MENTION if start <= last_head else NO_NOUN_PHRASE
        return named or unnamed.fullmatch(text, start, end)

    def _match(self, text: str, start: int) -> re.Match[str] | None:
        named = self._names.match(text, start) if self._names is not None else None
        return named or UNNAMED_MENTION.match(text, start)

    def _search(self, scan: _Scan) -> re.Match[str] | None:
        """The leftmost mention from ``scan.at``, a name winning over other words at the same place."""
        text, at, end = scan.text, scan.at, scan.stop
        named = scan.next_name(self._names, at) if self._names is not None else None
        heads = scan.head_starts()
        first_head = bisect_left(heads, at)
        if first_head == len(heads):
            unnamed = NO_NOUN_PHRASE.search(text, at, end)
        else:
            # A noun phrase starts at most a determiner and a few modifiers before its head: the full
            # pattern need only be tried from there, the cheap one before it.
            window = max(at, heads[first_head] - NOUN_PHRASE_REACH)
            unnamed = NO_NOUN_PHRASE.search(text, at, window) or _unnamed_from(scan, window)
        first = named is not None and (unnamed is None or named.start() <= unnamed.start())
        return named if first else unnamed

    def listed(self, person_id: str | None) -> PersonMention | None:
        """:meth:`MatchReader.listed`, asked of the reader by the speaker registry."""
        return self._read.listed(person_id)

    def person_for_role(self, role_class: str | None) -> str | None:
        """:meth:`MatchReader.person_for_role`, asked of the reader by the speaker registry."""
        return self._read.person_for_role(role_class)

    def ending_at(self, text: str, end: int) -> Mention | None:
        """The longest mention that ends exactly at ``end`` of ``text``."""
        first = max(0, end - 80)
        heads = _heads_ending_at(text, first, end)
        if not heads and not self._may_end_other_than_noun_phrase(text, end):
            return None
        stoppers = [w.start() for w in STOPPER.finditer(text, first, end)] if heads else []
        for candidate in MENTION_STARTS.finditer(text, first, end):
            start = candidate.start()
            np = _noun_phrase_may_start(start, heads, stoppers)
            m = self._fullmatch(text, start, end, start if np else -1)
            if m is not None:
                mention = self._read.build(m)
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
        return self._read.build(m) if m is not None else None

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
            mention = self._read.build(m)
            if mention is None and m.groupdict().get("np") is not None:
                mention = self._read.shorter(text, m.start(), m.end())
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
        """``NO_NOUN_PHRASE.search(text, at, stop)``, kept as :meth:`next_name` is."""
        self._plain_from = _search_from(NO_NOUN_PHRASE, self.text, at, self.stop, self._plain_from)
        return self._plain_from[1]

    def head_starts(self) -> list[int]:
        """Where head nouns start in ``text[:stop]``, read once for every search of the scan."""
        if self._heads is None:
            self._heads = []
            at = 0
            while (head := HEAD_NOUN.search(self.text, at, self.stop)) is not None:
                self._heads.append(head.start())
                at = head.start() + 1
            if self._heads:
                self._stoppers = [m.start() for m in STOPPER.finditer(self.text, 0, self.stop)]
        return self._heads

    def stopper_starts(self) -> list[int]:
        """Where the words start that no noun phrase holds before its head (see
        :data:`~roundtables.parse.mention_grammar.STOPPER`)."""
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
    """``UNNAMED_MENTION.search(text, window, stop)``, with the noun phrase tried only where one can
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
        for start in NOUN_PHRASE_STARTS.finditer(text, low, min(head, last) + 1):
            m = UNNAMED_MENTION.match(text, start.start(), end)
            if m is not None:
                return m
        covered = max(covered, head + 1)
    return plain
