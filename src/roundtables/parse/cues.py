"""Cues: where a sentence attributes words to a speaker, and how.

A cue is a reporting verb (or a frame such as ``according to`` or ``in X's
view``) with the mention of its speaker and the shape that joins them: the
speaker before the content (``One U.S. participant explained that ...``),
after it (``..., said one participant``), around it, in a relative clause or
a noun-phrase tag, a passive's agent, or no mention of its own (a gerund or a
coordinated verb carrying on the report before it). Each construction is read
by a function of its own; :func:`read_cues` tries them in turn for each verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from roundtables.models import SpeakerKind
from roundtables.parse.alternations import word_alternation
from roundtables.parse.clauses import (
    AFTER_PARENTHETICAL,
    ASIDE,
    COMMA_TAIL,
    GERUND_LINK_TAIL,
    INTRO,
    OBJECT_THAT,
    RELATIVE_TAIL,
    WORD_CHAR,
    ascii_last_word,
    clause_opens_before,
    coord_tail_for,
)
from roundtables.parse.lexicon import (
    ACCORDING_TO,
    AGENTLESS_PASSIVE_LEMMAS,
    BARE_CLAUSE_LEMMAS,
    CLAUSE_HEADS,
    CONSENSUS,
    COORDINATORS,
    EVIDENCE_GERUND_LEMMAS,
    NAMING_LEMMAS,
    OBJECT_THEN_CLAUSE_LEMMAS,
    PROPOSITION_NOUNS,
    SPEAKER_VERB_GAP,
    SUBORDINATORS,
    VIEW_NOUNS,
    ReportingVerb,
)
from roundtables.parse.mention_reading import Mention
from roundtables.parse.mentions import MentionReader
from roundtables.parse.tails import tail_search, word_bound
from roundtables.parse.verb_forms import VERB, verb_of
from roundtables.parse.verb_subjects import (
    Shape,
    absolute_subject,
    narrated_action,
    noun_phrase_tag,
    shape_before,
    speaker_before,
    subject_of_verb_phrase,
)


@dataclass
class Cue:
    """One reporting verb of a sentence and how it is attached to its speaker and content."""

    verb: ReportingVerb
    start: int
    end: int
    shape: Shape
    mention: Mention | None
    inherits: Cue | None = None
    subordinate: bool = False
    tag_start: int = 0
    silent: bool = False
    """A verb with no content clause (``agreed in part``): it names a speaker for what follows, no claim."""
    opening: bool = False
    """A gerund that opens the sentence (``Noting that X, Ha emphasized ...``): its speaker is the
    subject of the next report."""


_FIRST_LETTER = re.compile(r"^\W*\w")
_SUBORDINATOR_HEAD = re.compile(rf"^\W*(?i:{word_alternation(SUBORDINATORS)})\s+")
_COORDINATION_ENDS = tuple(
    sorted({phrase.lower().split()[-1] for phrase in (*COORDINATORS, *SPEAKER_VERB_GAP)})
)


def _coordinator_tail(head: str) -> re.Match[str] | None:
    """``tail_search(coord_tail_for(head), head)``: its match ends in a coordinator or gap word, then
    blanks, so the last word of ``head`` ends in one; one in ASCII that does not in lower case leaves none."""
    last = ascii_last_word(head)
    if last is not None and not last.endswith(_COORDINATION_ENDS):
        return None
    return tail_search(coord_tail_for(head), head)


_SET_OFF_GERUND = re.compile(r",\s*(?:while\s+)?$")
"""A gerund set off by a comma (``..., while acknowledging its costs``) is its own report; one
coordinated inside a clause (``pressuring X and allowing Y``) is part of it."""
_CLAUSE_HEAD = re.compile(rf"{ASIDE}\s*(?:[:“\"]|(?i:{word_alternation(CLAUSE_HEADS)})(?![\w-]))")
_TAKES_THAT = re.compile(rf"{ASIDE}\s*(?:that(?![\w-])|:)")
_VIEWS = {noun: ReportingVerb(noun, noun, noun, noun, noun) for noun in VIEW_NOUNS}
_VIEW_WORDS = tuple(noun.split()[0] for noun in VIEW_NOUNS)
"""A word every match of ``_VIEW_NOUN`` holds as written: most sentences have none, and are not searched."""
_VIEW_NOUN = re.compile(rf"(?<![\w-])(?:{word_alternation(VIEW_NOUNS)})(?![\w’'-])")
_VIEW_POSSESSIVE = re.compile(r"(?<![\w-])[Ii]n\s+(?P<pos>his|her|their)\s+$")
_VIEW_THE = re.compile(r"(?<![\w-])[Ii]n\s+the\s+$")
_VIEW_OF = re.compile(r"\s+of\s+")
_VIEW_GENITIVE = re.compile(r"[’'](?:s)?\s+$")
_VIEW_IN = re.compile(r"(?<![\w-])[Ii]n\s+$")
"""``In one expert’s view, ...``, ``In the view of the Chinese participants, ...``, ``in her view``."""
_POSSESSIVE_KIND: dict[str, SpeakerKind] = {"his": "individual", "her": "individual", "their": "group"}
_NESTED_TAIL = re.compile(r"(?<![\w-])that\s*$")
_AS_COMPLEMENT = re.compile(r"\sas\s")
_TO_BE_OBJECT = re.compile(r"\s+(?:[\w’'-]+\s+){1,8}?to\s+be\s")
_AS_TAIL = re.compile(r"(?:^|[\s,;:—–(])(?i:as)\s*$")
_SET_OFF = re.compile(r"\s*,")
"""``As one official put it, ...``: the subordinate clause ends at the verb, and the claim is what follows."""


@cache
def _passive_head(longest: int) -> re.Pattern[str]:
    """``it was generally agreed``: the agentless passive's subject and auxiliary before the verb
    (adverbs of at most ``longest`` characters: ``word_bound`` of the sentence, as if unbounded)."""
    return re.compile(
        r"(?:^|[\s,;:—–])(?P<it>(?i:it|this))\s+(?:was|is|has\s+been|had\s+been)\s+"
        rf"(?:(?:also|[a-z]{{1,{longest}}}ly)\s+){{0,2}}$"
    )


_PASSIVE_AUXILIARIES = frozenset({"was", "is", "been"})


def _may_be_passive(head: str) -> bool:
    """Whether ``head`` may end in a ``_passive_head``: its auxiliary's last word stands between blanks
    with at most two words after it, so it is one of the last three words as written."""
    return head[-1:].isspace() and not _PASSIVE_AUXILIARIES.isdisjoint(head.rsplit(None, 3)[-3:])


_BY = re.compile(r"\s+by\s+")
_CONSENSUS = re.compile(
    r"(?P<said>(?:(?i:there)\s+(?:was|is|has\s+been)|(?:ended|concluded|closed)\s+with)\s+(?:(?:a|an|the)\s+)?"
    r"(?:(?:[a-z]+ly|broad|wide|strong|general|clear|near|full|complete|some|considerable|unanimous)\s+){0,2}"
    r"(?:agreement|consensus))"
    r"(?:\s+(?:among|between)\s+[^,;:]{2,60}?)?\s+(?=that\s|on\s|about\s)(?:that\s|on\s|about\s)"
)
"""``There was strong agreement that ...``: the shared view of the participants (cue ``agree``)."""
_ACCORDING_TO = re.compile(r"(?<![\w-])[Aa]ccording\s+to\s+")
_TO_BETWEEN = re.compile(r"\s+to\s+")
_SPACE = re.compile(r"\s+")
_BARE_CLAUSE = re.compile(
    r"\s+(?:[\w’'-]+\s+){1,5}?(?:was|were|is|are|would|will|had|has|could|should|might|must|can)(?![\w’'-])"
)


_NAMING = re.compile(
    r"\s+(?!(?:for|on|upon|in|out|off|up|back|it|them|him|her)\b)"
    r"(?:(?!(?:and|or|but|to)\b)(?![\w’'-]*ed\b)[\w’'-]+\s+){1,8}?(?:a|an)\s+[“\"]?\w"
)
_PROPOSITION = re.compile(
    rf"\s+(?i:the|this|that|any|a)\s+(?:[\w-]+\s+){{0,2}}?(?:{word_alternation(PROPOSITION_NOUNS)})"
    r"\s+(?:that|as)\b"
)


def _reports_a_complement(verb: ReportingVerb, after: str) -> bool:
    """``called the regime a test``, ``dismissing the narrative that ...``: a verb that reports only in
    a relative clause elsewhere reports here too, its complement being the view."""
    if verb.lemma in NAMING_LEMMAS:
        return _NAMING.match(after) is not None
    return _PROPOSITION.match(after) is not None


def read_cues(reader: MentionReader, s: str) -> list[Cue]:
    """The cues of sentence ``s`` in text order: its reporting verbs with their speakers, and the frames
    that attribute without a verb (``according to X``, ``in X's view``, ``there was agreement that``)."""
    cues = _verb_cues(reader, s)
    cues.extend(_according_to(reader, s))
    cues.extend(_views(reader, s))
    cues.extend(_consensus(reader, s))
    cues.sort(key=lambda cue: cue.start)
    for i, cue in enumerate(cues):
        if cue.opening:
            later = cues[i + 1] if i + 1 < len(cues) else None
            cue.mention = later.mention if later is not None and later.shape == "pre" else None
    return [cue for cue in cues if not cue.opening or cue.mention is not None]


def _verb_cues(reader: MentionReader, s: str) -> list[Cue]:
    """Each reporting verb attached to its speaker; ``argued and argued`` and ``went on to say`` are one."""
    # ``Noting that ...``: a verb that opens the sentence is read as written lower case.
    first = _FIRST_LETTER.search(s)
    at = first.end() - 1 if first is not None else 0
    lowered = s[:at] + s[at : at + 1].lower() + s[at + 1 :]
    matches = list(VERB.finditer(lowered))
    cues: list[Cue] = []
    for i, m in enumerate(matches):
        verb = verb_of(m.group(0))
        nxt = matches[i + 1] if i + 1 < len(matches) else None
        if nxt is not None and _TO_BETWEEN.fullmatch(s, m.end(), nxt.start()):
            continue
        prev = matches[i - 1] if i > 0 else None
        if (
            prev is not None
            and cues
            and cues[-1].start == prev.start()
            and verb_of(prev.group(0)).lemma == verb.lemma
            and not s[prev.end() : m.start()].strip()
        ):
            cues[-1].end = m.end()
            continue
        cue = _attach(reader, s, m, verb, cues)
        if cue is not None:
            cues.append(cue)
    return cues


def _opens_report(head: str) -> bool:
    """Whether a frame may stand after ``head``: at the sentence's start, after an opener or a comma."""
    return not head.strip() or tail_search(COMMA_TAIL, head) is not None or INTRO.fullmatch(head) is not None


def _according_to(reader: MentionReader, s: str) -> list[Cue]:
    """``According to one expert, ...``: the speaker named after the phrase."""
    found: list[Cue] = []
    # A literal every match holds: most sentences have none, and are not searched.
    for m in _ACCORDING_TO.finditer(s) if "ccording" in s else ():
        mention = reader.starting_at(s, m.end())
        if (
            mention is not None
            and mention.form != "pronoun"
            and _opens_report(s[: m.start()])
            and AFTER_PARENTHETICAL.match(s, mention.end) is not None
        ):
            found.append(Cue(ACCORDING_TO, m.start(), m.end(), "inverted", mention))
    return found


def _consensus(reader: MentionReader, s: str) -> list[Cue]:
    """``There was broad agreement that ...``: the participants' shared view; ``The roundtable ended with a
    consensus that ...``: the event's voice."""
    found: list[Cue] = []
    for m in _CONSENSUS.finditer(s) if "agreement" in s or "consensus" in s else ():
        head = s[: m.start()]
        if _opens_report(head):
            said = m.group("said")
            mention = Mention(m.start("said"), m.end("said"), said, "indefinite", "group", None, None)
            found.append(Cue(CONSENSUS, m.start(), m.end(), "pre", mention))
        elif (event := reader.ending_at(s, len(head.rstrip()))) is not None and (
            event.role_class == "event" and clause_opens_before(s, event)
        ):
            found.append(Cue(CONSENSUS, m.start(), m.end(), "pre", event))
    return found


def _views(reader: MentionReader, s: str) -> list[Cue]:
    """``In X’s view, ...`` and its variants: the noun attributes the rest of the sentence to X."""
    found: list[Cue] = []
    if not any(word in s for word in _VIEW_WORDS):
        return found
    for m in _VIEW_NOUN.finditer(s):
        head = s[: m.start()]
        mention: Mention | None = None
        end = m.end()
        if (possessive := tail_search(_VIEW_POSSESSIVE, head)) is not None:
            word = possessive.group("pos")
            start = possessive.start()
            mention = Mention(
                possessive.start("pos"),
                possessive.end("pos"),
                word,
                "pronoun",
                _POSSESSIVE_KIND[word],
                None,
                None,
            )
        elif (the := tail_search(_VIEW_THE, head)) is not None and (
            of := _VIEW_OF.match(s, m.end())
        ) is not None:
            start = the.start()
            mention = reader.starting_at(s, of.end())
            end = mention.end if mention is not None else end
        elif (genitive := tail_search(_VIEW_GENITIVE, head)) is not None:
            mention = reader.ending_at(s, genitive.start())
            opening = tail_search(_VIEW_IN, s, mention.start) if mention is not None else None
            if opening is None:
                continue
            start = opening.start()
        if mention is None:
            continue
        if not _opens_report(s[:start]):
            continue
        if AFTER_PARENTHETICAL.match(s, end) is None:
            continue
        found.append(Cue(_VIEWS[m.group(0).lower()], start, end, "frame", mention))
    return found


def _attach(
    reader: MentionReader, s: str, m: re.Match[str], verb: ReportingVerb, earlier: list[Cue]
) -> Cue | None:
    """The cue a verb makes, by the construction it stands in, tried in turn: a relative-only verb, an
    agentive or agentless passive, a gerund, a speaker before it (``pre``, ``post``, ``relative``), a
    noun-phrase tag, an inverted speaker after it (``..., said X``), a coordinated verb."""
    start, end = m.start(), m.end()
    head = s[:start]
    written = m.group(0).split()[0]
    after = s[end:]
    takes_that, takes_clause = _complements(verb, after)
    if verb.relative_only:
        relative = _relative_only(reader, s, head, verb, start, end, takes_clause)
        if relative is not None or not _reports_a_complement(verb, after):
            return relative
    passive = (
        tail_search(_passive_head(word_bound(s)), head)
        if written == verb.past.split()[0] and _may_be_passive(head)
        else None
    )
    if passive is not None:
        return _passive(reader, s, verb, passive.start("it"), start, end)
    if written == verb.gerund.split()[0]:
        return _gerund(reader, s, m, _Complemented(verb, takes_that, takes_clause), earlier)
    mention = speaker_before(reader, s, head)
    if verb.as_only and (mention is None or not tail_search(_AS_TAIL, s, mention.start)):
        return None
    if mention is not None and earlier and tail_search(_NESTED_TAIL, s, mention.start):
        return None
    if mention is not None and clause_opens_before(s, mention):
        shape = shape_before(s, mention, end)
        if shape == "pre" and verb.parenthetical_only and not takes_that:
            return None
        if shape == "relative" and verb.needs_clause and not takes_clause:
            return None
        if shape == "pre" and verb.needs_clause and not takes_clause:
            return Cue(verb, start, end, shape, mention, silent=True)
        if shape == "post" and narrated_action(reader, s, earlier[-1].end if earlier else 0, mention):
            return None
        subordinate = (
            shape == "pre"
            and _SUBORDINATOR_HEAD.fullmatch(s[: mention.start] + " ") is not None
            and _SET_OFF.match(s, end) is None
        )
        return Cue(verb, start, end, shape, mention, subordinate=subordinate)
    if mention is not None:
        tag = noun_phrase_tag(s, mention, end)
        if tag is not None:
            return Cue(verb, start, end, "tag", mention, tag_start=tag)
    inverted = _inverted(reader, s, m, verb)
    if inverted is not None:
        return inverted
    return _coordinated(reader, s, m, _Complemented(verb, takes_that, takes_clause), earlier)


class _Complemented(NamedTuple):
    """A reporting verb with what :func:`_complements` read after it."""

    verb: ReportingVerb
    takes_that: bool
    takes_clause: bool


def _complements(verb: ReportingVerb, after: str) -> tuple[bool, bool]:
    """Whether the words ``after`` a verb open a ``that`` clause (or a colon), and whether they open any
    content clause (``that``, ``whether``, a quotation, ``as`` for the verbs taking it)."""
    takes_that = _TAKES_THAT.match(after) is not None or (
        verb.to_be and _TO_BE_OBJECT.match(after) is not None
    )
    takes_clause = _CLAUSE_HEAD.match(after) is not None or (
        verb.takes_as and _AS_COMPLEMENT.search(after) is not None
    )
    if verb.lemma in BARE_CLAUSE_LEMMAS and _BARE_CLAUSE.match(after):
        takes_that = takes_clause = True  # ``Others felt this concern was overstated``
    if verb.lemma in OBJECT_THEN_CLAUSE_LEMMAS and OBJECT_THAT.match(after):
        takes_that = takes_clause = True  # ``reminded the Japanese public that ...``
    return takes_that, takes_clause


def _gerund(
    reader: MentionReader, s: str, m: re.Match[str], read: _Complemented, earlier: list[Cue]
) -> Cue | None:
    """``..., adding that ...``: a gerund carries on the report before it; ``..., with some hoping for
    ...`` has its own subject; one opening the sentence (``Noting that ...``) takes the next report's."""
    verb, takes_that, takes_clause = read
    start, end = m.start(), m.end()
    head = s[:start]
    absolute = absolute_subject(reader, s, head)
    if absolute is not None and (takes_clause or not verb.needs_clause):
        return Cue(verb, start, end, "pre", absolute)
    if (not head.strip() or INTRO.fullmatch(head)) and not earlier and (takes_that or takes_clause):
        return Cue(verb, start, end, "gerund", None, opening=True)
    link = tail_search(GERUND_LINK_TAIL, head)
    noun_phrase = (
        not verb.needs_clause
        and verb.lemma not in EVIDENCE_GERUND_LEMMAS
        and tail_search(_SET_OFF_GERUND, head) is not None
    )
    reports = takes_that or takes_clause or (earlier and noun_phrase)
    if link is None or not (reports or head.rstrip().endswith(" by") or verb.lemma == "add"):
        return None
    if verb.needs_clause and not takes_clause:
        return None
    if not earlier and not reader.all_in(s, start):
        return None
    return Cue(verb, start, end, "gerund", None, earlier[-1] if earlier else None)


def _inverted(reader: MentionReader, s: str, m: re.Match[str], verb: ReportingVerb) -> Cue | None:
    """``"...," said one participant``: the speaker right after a verb that opens the sentence or
    follows a comma, the sentence going on after the speaker as after a parenthetical."""
    start, end = m.start(), m.end()
    head = s[:start]
    if not (tail_search(COMMA_TAIL, head) or not head.strip()):
        return None
    after_mention = _SPACE.match(s, end)
    if after_mention is None:
        return None
    inverted = reader.starting_at(s, after_mention.end())
    if (
        inverted is not None
        and inverted.form != "pronoun"
        and AFTER_PARENTHETICAL.match(s, inverted.end) is not None
    ):
        return Cue(verb, start, end, "inverted", inverted)
    return None


def _coordinated(
    reader: MentionReader, s: str, m: re.Match[str], read: _Complemented, earlier: list[Cue]
) -> Cue | None:
    """``X argued ..., and urged ...``, ``welcomed the talks but stressed that ...``: a finite verb after
    a coordinator has the subject of the report before it, or of the verb phrase the sentence opens with."""
    verb, takes_that, takes_clause = read
    start, end = m.start(), m.end()
    head = s[:start]
    written = m.group(0).split()[0]
    finite = written in {form.split()[0] for form in verb.finite}
    coordinator = _coordinator_tail(head) if finite else None
    if not (finite and coordinator):
        return None
    if (verb.parenthetical_only and not takes_that) or (verb.needs_clause and not takes_clause):
        return None
    if verb.lemma.startswith("be ") and not takes_clause:
        # ``X are concerned that ..., and are worried about Y``: a stance coordinated inside the
        # content is the content's subject's, not the reporter's.
        return None
    if not WORD_CHAR.search(s, end):
        return None  # ``between provinces and states.``: a noun, not a verb with content
    if earlier:
        return Cue(verb, start, end, "coord", None, earlier[-1])
    subject = subject_of_verb_phrase(reader, s, coordinator.start())
    if subject is None:
        return None
    return Cue(verb, start, end, "coord", subject)


def _relative_only(
    reader: MentionReader, s: str, head: str, verb: ReportingVerb, start: int, end: int, takes_clause: bool
) -> Cue | None:
    """``..., which she called a risky bargain``: verbs that report only after ``which`` and a speaker."""
    mention = speaker_before(reader, s, head)
    if mention is None or not RELATIVE_TAIL.search(s[: mention.start].rstrip()):
        return None
    if verb.takes_as and not takes_clause:
        return None
    return Cue(verb, start, end, "relative", mention)


def _passive(reader: MentionReader, s: str, verb: ReportingVerb, it: int, start: int, end: int) -> Cue | None:
    """``It was pointed out by a Japanese participant that ...``: the agent is the speaker.

    Without an agent (``It was generally agreed that ...``) the participants as a
    group are, for the verbs of :data:`AGENTLESS_PASSIVE_LEMMAS`, when a clause follows.
    """
    by = _BY.match(s, end)
    if by is None:
        if verb.lemma not in AGENTLESS_PASSIVE_LEMMAS or _TAKES_THAT.match(s, end) is None:
            return None
        if s[:it].strip() and not COMMA_TAIL.search(s[:it]) and not INTRO.fullmatch(s[:it]):
            return None
        said = s[it:end]
        return Cue(verb, start, end, "pre", Mention(it, end, said, "indefinite", "group", None, None))
    agent = reader.starting_at(s, by.end())
    if agent is None or agent.form == "pronoun" or _TAKES_THAT.match(s, agent.end) is None:
        return None
    return Cue(verb, start, agent.end, "pre", agent)
