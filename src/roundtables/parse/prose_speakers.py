"""People named in running prose as the speaker of a report: ``Li Ming, dean of ..., said ...``.

News reports and institute write-ups of a dialogue rarely list their
participants: they introduce each one where they first speak. A name counts as
a person of the event when it is the subject of a reporting verb (``Dawn
Nakagawa, executive vice president of X, said``; ``veteran diplomat Wu Jianmin
suggested``) or of taking the floor (``X delivered the keynote``), the agent
after an inverted report (``..., said Graham Allison, a scholar from Y``) or the
source of ``according to``. Its role is ``speaker``;
its description (the title before the name and the appositive after it) gives
its title, nationality and affiliations. People only talked about (``President
X said last week``: a current office of state), bylines and authors have no such
report in the summary and stay out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache, lru_cache

from roundtables.parse.alternations import word_trie
from roundtables.parse.descriptions import describe
from roundtables.parse.geography import country_code
from roundtables.parse.lexicon import EXPRESSIONS, FLOOR_VERBS, REPORTING_VERBS, TOPIC_VERBS
from roundtables.parse.mention_grammar import name_tokens
from roundtables.parse.names import NameMatch, names_in, person_slug
from roundtables.parse.organizations import orgs_in
from roundtables.parse.people import in_office, same_person, sentences
from roundtables.parse.result import PersonMention
from roundtables.parse.structure import Structure
from roundtables.parse.tails import tail_search, word_bound

_FINITE = word_trie(
    [form for verb in (*REPORTING_VERBS, *EXPRESSIONS) for form in verb.finite] + [*FLOOR_VERBS, *TOPIC_VERBS]
)
_ADVERBS = r"(?:(?:also|further|then|later|however|too|again|once\s+again|[a-z]+ly)\s+){0,2}"
_AFTER_NAME = re.compile(
    r"\s*(?:\((?:ret\.?|retd\.?|retired)\)\s*)?(?:[A-Z]{2,5}\s+)?"
    r"(?P<post>\s*(?:from|of|at)\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*[A-Z][\w’'.&-]*)*)?"
    r"(?:\s*,\s*(?:however|too|also|in\s+turn|for\s+(?:his|her)\s+part|meanwhile)\s*,)?"
    rf"(?P<appositive>,\s*[^;:“”\"()]{{1,160}}?(?:,\s*|\s+))?(?:\s*,)?\s*{_ADVERBS}(?:{_FINITE})(?![\w’'-])"
)
"""A reporting verb after a name, past an optional post-modifier and appositive: ``X of Y said``,
``X, director of Y, said``, ``X from Korea, however, warned``."""
_CLAUSE_WORDS = r"(?:that|whether|if|how|why|what|when|as|to|and|but|or|which|who|while|because|the|a|an)"


@cache
def _before_name(longest: int) -> re.Pattern[str]:
    """An inverted report or ``according to`` before a name: ``..., said veteran diplomat X``; words of
    at most ``longest`` characters (``word_bound`` of the sentence: as if unbounded)."""
    return re.compile(
        rf"(?:(?<![\w’'-])(?:{_FINITE})|(?<![\w-])[Aa]ccording\s+to)\s+"
        rf"(?P<title>(?:(?!{_CLAUSE_WORDS}\s)[\w’'.-]{{1,{longest}}}\s+){{0,6}}?)$"
    )


_POSSESSIVE = re.compile(r"[’']s?\b")


_TITLE_WORDS = 5


@cache
def _title_before_name(longest: int) -> re.Pattern[str]:
    """Up to ``_TITLE_WORDS`` words right before a name, after a clause mark: its title (words as in
    ``_before_name``)."""
    return re.compile(
        r"(?:^|[,;:(—–]\s*|\s)"
        rf"(?P<title>(?:[a-z][\w’'-]{{0,{longest}}}\s+|[A-Z][\w.’'-]{{0,{longest}}}\s+){{1,{_TITLE_WORDS}}})$"
    )


_APPOSITIVE_AFTER = re.compile(
    r"(?:[’‘']s)?\s*,\s*(?P<appositive>[^;:“”\"()]{1,160}?)(?=\s*(?:,|[.!?]?$|\s+(?:said|who|which)\b))"
)


def _run_start(m: NameMatch) -> int:
    """Where the name's capitalized run starts: before its prefix (``Dr.``), if any."""
    return m.start - len(m.prefix) if m.prefix else m.start


def _title_before(sentence: str, m: NameMatch) -> str:
    """The title words before a name, searched from the last character of the word before the last
    ``_TITLE_WORDS`` words: a title word holds no blank, so every match starts there or later (at the
    clause mark that ends that word, or after it)."""
    end = _run_start(m)
    words = sentence[:end].rsplit(None, _TITLE_WORDS)
    begin = len(words[0]) - 1 if len(words) > _TITLE_WORDS else 0
    before = _title_before_name(word_bound(sentence)).search(sentence, begin, end)
    return before.group("title") if before else m.prefix


def _introduction(sentence: str, m: NameMatch) -> tuple[str, str]:
    """The words describing a name where the text first names it (before, appositive after)."""
    return _title_before(sentence, m), _appositive(sentence, m)


def _appositive(sentence: str, m: NameMatch) -> str:
    appositive = _APPOSITIVE_AFTER.match(sentence, m.end)
    return appositive.group("appositive") if appositive else ""


_ANY_FINITE = re.compile(rf"(?=(?:{_FINITE})(?![\w’'-]))")


@lru_cache(maxsize=1024)
def _verbs(sentence: str) -> tuple[int, int]:
    """Where the first and the last reporting or floor verb of a sentence start ((len, -1): none): no
    report reads a name as the subject of a verb after the last or the object of one before the first."""
    starts = [v.start() for v in _ANY_FINITE.finditer(sentence)]
    return (starts[0], starts[-1]) if starts else (len(sentence), -1)


def _reported(sentence: str, m: NameMatch) -> tuple[str, str] | None:
    """The words describing a name that a sentence reports as speaking (before, after), or None."""
    first, last = _verbs(sentence)
    after = _AFTER_NAME.match(sentence, m.end) if last >= m.end else None
    if after is not None:
        return _title_before(sentence, m), " ".join(
            part for part in (after.group("post"), after.group("appositive")) if part
        )
    if first >= _run_start(m) and "ccording" not in sentence:
        return None
    inverted = tail_search(_before_name(word_bound(sentence)), sentence, _run_start(m))
    if inverted is not None and not _POSSESSIVE.match(sentence, m.end):
        return f"{inverted.group('title')} {m.prefix}", _appositive(sentence, m)
    return None


_FROM_PLACE = re.compile(
    r"^\s*from\s+(?:the\s+)?(?P<place>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s*(?:,|$)"
)


def _origin(description: str) -> str | None:
    """``Kim Tae-woo from South Korea``: a person from a country comes from it."""
    m = _FROM_PLACE.match(description)
    return country_code(m.group("place")) if m is not None else None


def _speaker(name: str, before: str, appositive: str) -> PersonMention:
    described = describe(before, appositive)
    return PersonMention(
        person_id=person_slug(name),
        name=name,
        role="speaker",
        affiliations=tuple(orgs_in(appositive)) if appositive else (),
        bio=None,
        title=described.title,
        nationality=described.nationality or _origin(appositive),
    )


def _cited(sentence: str, token: str) -> list[NameMatch]:
    """``Aquilino``, ``Admiral Aquilino``: where a sentence cites a named person by one of their names."""
    found, at = [], sentence.find(token)
    while at != -1:
        end = at + len(token)
        if not _in_word(sentence, at - 1) and not _in_word(sentence, end):
            found.append(NameMatch(token, at, end, ""))
            at = sentence.find(token, end)
        else:
            at = sentence.find(token, at + 1)
    return found


def _in_word(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a character of a word (``\\w``, an apostrophe or a hyphen)."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in "_’'-")


class _Roster:
    """Names by surname, so that a name is compared only with the names that may be the same person
    (same last name): linear in a text's names, however many it holds."""

    def __init__(self, names: Sequence[str] = ()) -> None:
        self._by_last: dict[str, list[str]] = {}
        for name in names:
            self.add(name)

    def add(self, name: str) -> None:
        self._by_last.setdefault(_last(name), []).append(name)

    def remove(self, name: str) -> None:
        self._by_last[_last(name)].remove(name)

    def same(self, name: str) -> list[str]:
        return [other for other in self._by_last.get(_last(name), ()) if same_person(name, other)]


def _last(name: str) -> str:
    words = name.lower().split()
    return words[-1] if words else ""


_CAPITALIZED = re.compile(r"[A-Z][\w’'-]*")


def prose_speakers(
    st: Structure, people: Sequence[tuple[PersonMention, tuple[int, ...]]]
) -> list[tuple[PersonMention, tuple[int, ...]]]:
    """People the body introduces only by reporting what they said, in text order, not yet in ``people``.

    The report may come where the text first names them or later, by one of their names that no
    other named person shares (``Admiral John C. Aquilino, Commander, ...`` ... ``Aquilino
    stressed``); the description is the first mention's.
    """
    known = _Roster([p.name for p, _ in people])
    found: list[tuple[PersonMention, tuple[int, ...]]] = []
    found_at: dict[str, int] = {}
    fuller: dict[int, str] = {}
    waiting: dict[str, tuple[str, str]] = {}
    pending = _Roster()
    uses: dict[str, int] = {}
    citing: dict[str, list[tuple[str, str]]] = {}

    def count(name: str) -> None:
        for token in name_tokens(name):
            uses[token] = uses.get(token, 0) + 1

    def wait(name: str, words: tuple[str, str]) -> None:
        waiting[name] = words
        pending.add(name)
        count(name)
        for token in name_tokens(name):
            citing.setdefault(token.split()[-1], []).append((name, token))

    def speak(name: str, words: tuple[str, str], panel: int) -> None:
        for other in pending.same(name):
            pending.remove(other)
            waiting.pop(other)
        known.add(name)
        found_at[name] = len(found)
        found.append((_speaker(name, *words), (panel,)))

    for p, _ in people:
        count(p.name)
    for m in names_in(st.title or ""):
        # ``Dr. Thomas Fingar from Stanford University visited ...``: a headline names who, later, speaks.
        if not in_office(st.title or "", m) and not known.same(m.name) and not pending.same(m.name):
            wait(m.name, _introduction(st.title or "", m))
    for u in st.units:
        if u.kind != "para":
            continue
        for sentence in sentences(st.span(u)):
            for m in names_in(sentence):
                if in_office(sentence, m):
                    continue
                if same := known.same(m.name):
                    for earlier in same:
                        i = found_at.get(earlier)
                        if i is not None and len(m.name) > len(found[i][0].name):
                            fuller[i] = m.name
                    continue
                words = _reported(sentence, m)
                if words is None:
                    if not pending.same(m.name):
                        wait(m.name, _introduction(sentence, m))
                    continue
                count(m.name)
                speak(m.name, words, u.panel)
            if not waiting or not any(map(sentence.__contains__, citing)):
                continue  # a cited word is a key of ``citing``, written in the sentence
            for word in dict.fromkeys(w for w in _CAPITALIZED.findall(sentence) if w in citing):
                for name, token in citing[word]:
                    if name not in waiting or uses.get(token, 0) != 1:
                        continue
                    if any(_reported(sentence, c) for c in _cited(sentence, token)):
                        speak(name, waiting[name], u.panel)
    for i, name in fuller.items():
        person, panels = found[i]
        found[i] = (replace(person, name=name, person_id=person_slug(name)), panels)
    return found


def _speaks_as_subject(sentence: str, m: NameMatch) -> bool:
    """``X began the roundtable``, ``X, dean of Y, said``: the name itself is the reporting verb's
    subject (an appositive closed by a comma at most), not one of a list (``X, Y and Z attended a
    closed meeting``)."""
    after = _AFTER_NAME.match(sentence, m.end) if _verbs(sentence)[1] >= m.end else None
    if after is None:
        return False
    appositive = after.group("appositive")
    return appositive is None or appositive.rstrip().endswith(",")


def later_mentions(
    st: Structure, people: Sequence[tuple[PersonMention, tuple[int, ...]]]
) -> list[tuple[PersonMention, tuple[int, ...]]]:
    """People as later mentions revise them: one first named in a caption or a list takes title and
    nationality from the first later introduction that gives them (``Dr X, Singapore’s Senior
    Minister of State, recapped ...``); one listed as attending who is later reported as speaking or
    taking the floor (``Prof Liow began the roundtable with his opening remarks``) is a speaker."""
    out = list(people)
    index = {p.name: i for i, (p, _) in enumerate(out)}
    undescribed = _Roster([p.name for p, _ in out if p.title is None or p.nationality is None])
    attending = _Roster([p.name for p, _ in out if p.role == "participant"])
    for u in st.units:
        if u.kind != "para":
            continue
        for sentence in sentences(st.span(u)):
            for m in names_in(sentence):
                for name in attending.same(m.name):
                    if _speaks_as_subject(sentence, m) and not in_office(sentence, m):
                        i = index[name]
                        out[i] = (replace(out[i][0], role="speaker"), out[i][1])
                        attending.remove(name)
                for name in undescribed.same(m.name):
                    appositive = _appositive(sentence, m)
                    if not appositive or in_office(sentence, m):
                        continue
                    before = _title_before(sentence, m)
                    described = describe(before, appositive)
                    person, panels = out[index[name]]
                    title = person.title or described.title
                    nationality = person.nationality or described.nationality or _origin(appositive)
                    out[index[name]] = (replace(person, title=title, nationality=nationality), panels)
                    undescribed.remove(name)
    return out


def clear_caches() -> None:
    """Forget the sentences read for the last event (see :func:`people.clear_caches`)."""
    _verbs.cache_clear()
