"""Claim extraction: from the body's blocks to attributed ``Claim`` records.

How the genre attributes a statement, and so what this module reads:

- a reporting verb with its speaker before the content (``One U.S.
  participant explained that ...``), after it (``..., said one participant``,
  ``..., a discussant said.``), around it (``The first step, he explained,
  would be ...``), in a relative clause (``..., which a panelist said
  suggests ...``), in a noun-phrase tag (``..., a concern she said is
  shared``) or in an opening subordinate clause (``While the scholars
  acknowledged that ..., X``);
- further verbs carrying on the same speaker (``..., adding that ...``,
  ``... and instead advocated for ...``, ``welcomed the talks but stressed
  that ...``, ``X argued ..., and she urged ...``) or a second speaker in the
  same sentence (``..., although one panelist argued that ...``);
- unattributed sentences after an attributed one in the same block carry on
  its speaker's argument (``continued`` claims) until the narrator or another
  person takes the stage; narration before any attribution, questions, and
  the narrator describing the event are never claims.

The cues of a sentence are read by :mod:`~roundtables.parse.cues`, the words each reports by
:mod:`~roundtables.parse.claim_text`; this module follows speakers from sentence to sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from roundtables.models import Claim, Speaker
from roundtables.parse.alternations import word_alternation
from roundtables.parse.blocks import Block
from roundtables.parse.claim_text import clean, content_of
from roundtables.parse.clauses import (
    GAP_WORD,
    INTRO,
    PREPOSITION_WHICH,
    WORD_CHAR,
    clause_opens_before,
)
from roundtables.parse.cues import Cue, read_cues
from roundtables.parse.lexicon import (
    CLAUSE_HEADS,
    CLAUSE_OPENERS,
    CONTRAST_LINKS,
    DISCOURSE_NOUNS,
    DISCOURSE_PAST_FORMS,
    DISCOURSE_VERBS,
    ENUMERATION_OPENERS,
    FRAME_NOUNS,
    NARRATION_SUBJECTS,
    NARRATOR_ASIDES,
    QUESTION_LEMMAS,
    QUESTION_VERBS,
    TOPIC_VERBS,
)
from roundtables.parse.mention_reading import Mention
from roundtables.parse.mentions import MentionReader
from roundtables.parse.names import find_name_at
from roundtables.parse.result import PersonMention
from roundtables.parse.sentences import folded, is_question, may_hold, split_sentences
from roundtables.parse.speakers import SpeakerEntry, SpeakerRegistry
from roundtables.parse.tails import tail_search
from roundtables.parse.verb_forms import FINITE_FORMS, VERB


def _needed_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """For an alternation of ``phrases`` (``word_alternation``) read ignoring case: a word of each, lower
    case, one of which every match holds, for :func:`may_hold` (``""``, in every text, for a phrase not in
    ASCII)."""
    longest = {max(phrase.lower().split(), key=len) for phrase in phrases}
    return tuple(word if word.isascii() else "" for word in longest)


_POSSESSIVE_AFTER = re.compile(r"[’']s?(?![\w’'-])")
_ASIDE_WORDS = _needed_words(NARRATOR_ASIDES)
_ASIDES = re.compile(rf"(?:^|[,;:—–(]\s*)(?i:{word_alternation(NARRATOR_ASIDES)})(?![\w-])")
_CONTRAST_TAIL = re.compile(rf"(?:^|\s)(?i:{word_alternation(CONTRAST_LINKS)})$")
_BULLET_MARK = re.compile(r"(?:[•·▪◦●■‣∙*]|[-–—]|\d{1,2}[.)])(?=\s)")
"""A bullet's mark before a block: bullets under an attributing lead-in carry its speaker."""
_OBJECT_RELATIVE = re.compile(r",\s*which$")
_UNREAD_SPEAKER = re.compile(
    rf"^\W*(?:(?i:{word_alternation(CLAUSE_OPENERS)})\s*(?:,\s*)?)*(?i:an?|one|another)\s+"
    rf"(?:[\w’'.-]+\s+){{1,5}}?(?:{GAP_WORD}\s+)*(?:{word_alternation(FINITE_FORMS)})"
    r"\s*,?\s*(?:that|whether|how|why|what|if)(?![\w’'-])"
)
"""``But a Chinese pundit questioned whether ...``: an unknown new speaker still ends the run."""
_DISCOURSE = rf"(?i:{word_alternation(DISCOURSE_NOUNS)})"
_META = re.compile(
    rf"^\W*(?:(?i:{word_alternation(CLAUSE_OPENERS)}|even|here|again)\s*(?:,\s*)?)*(?:[^,;:]{{0,40}},\s*)?"
    rf"(?:(?i:there\s+(?:was|were|is|are|has\s+been|have\s+been|remained))\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{_DISCOURSE}"
    rf"|(?i:(?:the|this|that|these|those|such|a|an|much|some|little|no)\s+)?(?:[\w-]+\s+)?{_DISCOURSE}"
    rf"\s+(?:[a-z]+ly\s+|then\s+|also\s+)?(?i:{word_alternation(DISCOURSE_VERBS)})"
    rf"|(?i:the|this|that|these|those)\s+{_DISCOURSE}\s+(?:[a-z]+ly\s+)?"
    rf"(?:[a-z]+ed|{word_alternation(DISCOURSE_PAST_FORMS)})"
    r"|(?i:it|this)\s+(?:was|is|has\s+been|had\s+been)\s+(?:also\s+|widely\s+|generally\s+)?"
    r"[a-z]+ed\s+that"
    r"|[\w-]+\s+(?:were|was)\s+(?:also\s+)?(?:raised|expressed|voiced|noted)\s+that)(?![\w-])"
)
"""Narrator sentences about the discussion itself: ``This view was widely shared``, ``There was broad
agreement that ...``, ``It was noted that ...``. They name no speaker, are no claim and end a run."""
_QUESTION_WORDS = _needed_words(QUESTION_VERBS)
_QUESTION = re.compile(
    rf"(?<![\w-])(?i:{word_alternation(QUESTION_VERBS)})\s+(?:{word_alternation(CLAUSE_HEADS)})(?![\w-])"
)
"""A reported question ends a speaker's run even when its asker is not read: it is no carried-on argument."""
_NARRATION = re.compile(rf"^\W*(?i:{word_alternation(NARRATION_SUBJECTS)})(?![\w-])")
_ORGANIZING_WORDS = ("organi", "hosted", "sponsored", "convened")
"""A match of ``_ORGANIZING`` holds one of these as written."""
_ORGANIZING = re.compile(
    r"(?<![\w-])(?:(?:co-)?organi[sz]e[sd]?|(?:co-)?hosted|(?:co-)?sponsored|convened)\s+(?:the|this|a|an)\s"
)
"""``China Daily and Genron NPO jointly organize the forum``: who put the event on is the narrator's."""
_ENUMERATION = re.compile(rf"^\W*(?i:{word_alternation(ENUMERATION_OPENERS)})\s*,")
_FRAME_LINE = re.compile(
    rf"^\W*(?:Among\s+)?(?:the\s+|our\s+|their\s+)?(?:[\w’'-]+\s+){{0,3}}(?i:{word_alternation(FRAME_NOUNS)})"
    r"(?:\s+[^:]{0,100}?)?\s+(?:were|was|included|include|are)\s*:\s*$"
)
_TOPIC_VERB = re.compile(
    rf"(?:\s*,[^,;:]{{2,120}},)?\s+(?:(?:then|also|first|next|later|briefly)\s+)?"
    rf"(?i:{word_alternation(TOPIC_VERBS)})(?![\w-])"
)
"""``Ambassador Kim discussed ...``, ``Li, director of X, then turned to ...``: a speaker takes the floor."""


@dataclass
class _Current:
    entry: SpeakerEntry
    mention: str


def _subject(reader: MentionReader, s: str) -> Mention | None:
    """The first mention of a sentence that stands where a clause may begin: who the sentence is about."""
    for mention in reader.mentions_in(s):
        if _POSSESSIVE_AFTER.match(s, mention.end):
            continue  # ``After Professor Sutter’s overview, Levine moderated``: a possessive is no subject
        if clause_opens_before(s, mention):
            return mention
    return None


def _opening_subject(reader: MentionReader, s: str, end: int) -> Mention | None:
    """The speaker a sentence opens with, before ``end``: ``Lind welcomed it, but he warned ...``.

    A pronoun later in the sentence may point back to it even though it has no
    reporting verb of its own, so it is registered before the pronoun is resolved.
    """
    intro = INTRO.match(s)
    found = reader.all_in(s, end)
    if found and found[0].form != "pronoun" and found[0].start == (intro.end() if intro else 0):
        return found[0]
    return None


def extract_claims(
    text: str, blocks: Sequence[Block], *, event_id: str, people: Sequence[PersonMention]
) -> list[Claim]:
    """Every claim in ``blocks`` of ``text``, numbered ``<event_id>/c001`` on in text order."""
    reader = MentionReader(people, text)
    registry = SpeakerRegistry(reader)
    claims: list[Claim] = []

    def add(
        block: Block, span: tuple[int, int], body: str, cue: str | None, who: SpeakerEntry, said: str
    ) -> None:
        claims.append(
            Claim(
                claim_id=f"{event_id}/c{len(claims) + 1:03d}",
                event_id=event_id,
                panel_id=f"{event_id}/p{block.panel}",
                section=block.section,
                topic=block.topic,
                text=body,
                sentence_start=span[0],
                sentence_end=span[1],
                cue=cue,
                attribution="explicit" if cue is not None else "continued",
                speaker=Speaker(
                    mention=said,
                    kind=who.kind,
                    nationality=who.nationality,
                    role=who.role,
                    key=registry.key_of(who),
                    person_id=who.person_id,
                ),
            )
        )

    def carry_on(block: Block, held: list[tuple[tuple[int, int], str]], who: _Current | None) -> None:
        """A quotation no sentence attributes carries on the speaker before it, if any."""
        if who is not None:
            for span, body in held:
                add(block, span, body, None, who.entry, who.mention)

    lead: tuple[SpeakerEntry, str, str] | None = None
    framed: tuple[_Current, str | None] | None = None
    for number, block in enumerate(blocks):
        if framed is not None and framed[1] != block.section:
            framed = None
        current: _Current | None = framed[0] if framed is not None else None
        if lead is not None and (lead[0].section != block.section or not _is_bullet(text, block)):
            lead = None
        in_lead = lead
        held: list[tuple[tuple[int, int], str]] = []
        held_for: _Current | None = None
        depth = 0
        for span in split_sentences(text, block.start, block.end):
            s = text[span[0] : span[1]]
            opened_here, depth = depth == 0, max(0, depth + _quote_balance(s))
            if is_question(s):
                continue
            if span[1] == block.end and _FRAME_LINE.match(s) and not VERB.search(s):
                # ``Among the points made were:``: the items follow, block after block; they are
                # the last group's that spoke, else the participants'.
                participants = Mention(0, len(s), s, "indefinite", "group", None, None)
                group = next((e for e in reversed(registry.speakers) if e.kind == "group"), None)
                group = group or registry.resolve(participants, block.section, number)
                if group is not None:
                    framed = (_Current(group, s), block.section)
                continue
            cues = read_cues(reader, s)
            resolved: list[tuple[Cue, SpeakerEntry, str]] = []
            bodies: list[str] = []
            for i, cue in enumerate(cues):
                entry: SpeakerEntry | None
                if cue.mention is not None:
                    pronoun = cue.mention.form == "pronoun" and cue.shape not in ("tag", "frame")
                    if pronoun and not _pronoun_ok(s, cue.mention) and not _of_the_opener(reader, s, cue):
                        continue
                    if cue.mention.form in ("pronoun", "definite") and not resolved:
                        opener = _opening_subject(reader, s, cue.mention.start)
                        if opener is not None:
                            registry.resolve(opener, block.section, number)
                    entry = registry.resolve(cue.mention, block.section, number)
                    said = cue.mention.text
                elif cue.inherits is not None and any(r[0] is cue.inherits for r in resolved):
                    _, entry, said = next(r for r in resolved if r[0] is cue.inherits)
                elif cue.shape == "gerund":
                    found = reader.all_in(s, cue.start)
                    entry = registry.resolve(found[-1], block.section, number) if found else None
                    said = found[-1].text if found else ""
                else:
                    entry = None
                if entry is None or _puts_a_question(cue):
                    continue
                if cue.silent:
                    resolved.append((cue, entry, said))
                    bodies.append("")
                    continue
                body = content_of(s, cues, i)
                if body and WORD_CHAR.search(body):
                    resolved.append((cue, entry, said))
                    bodies.append(body)
                elif s.rstrip().endswith(":"):
                    resolved.append((cue, entry, said))
                    bodies.append("")
            spoken = [(r, body) for r, body in zip(resolved, bodies, strict=True) if body]
            if resolved and span[1] == block.end and s.rstrip().endswith(":") and _announces(spoken):
                # ``Delegates agreed on three things:`` announces the bullets, which are its claims.
                cue, entry, said = resolved[-1]
                lead = (entry, said, cue.verb.lemma)
                continue
            if spoken:
                # ``"A. B," said X.``: the quotation's sentences before the one naming X are X's too.
                for held_span, held_body in held:
                    add(block, held_span, held_body, None, spoken[0][0][1], spoken[0][0][2])
                held, framed = [], None
                for (cue, entry, said), body in spoken:
                    add(block, span, body, cue.verb.lemma, entry, said)
                current = _Current(spoken[-1][0][1], spoken[-1][0][2])
                continue
            if depth > 0 and (held or opened_here) and (body := clean(s)):
                # A quotation opens and runs on: whose it is, a later sentence may say.
                held_for = current if not held else held_for
                held.append((span, body))
                continue
            if held:
                carry_on(block, held, held_for)
                held = []
            if _narrates(s):
                current = None
                continue
            if in_lead is not None and current is None and span[0] == block.start:
                body = clean(s)
                if body:
                    add(block, span, body, in_lead[2], in_lead[0], in_lead[1])
                    current = _Current(in_lead[0], in_lead[1])
                    continue
            enumerating = current is not None and _ENUMERATION.match(s) is not None
            # ``Third, the two sides should ...``: the enumeration goes on, whoever the sentence names.
            subject = None if enumerating else _subject(reader, s)
            if subject is not None:
                if subject.form != "pronoun":
                    entry = registry.resolve(subject, block.section, number)
                    takes_floor = (
                        entry is not None
                        and subject.role_class != "event"
                        and _TOPIC_VERB.match(s, subject.end) is not None
                    )
                    current = _Current(entry, subject.text) if takes_floor and entry is not None else None
                continue
            if current is None:
                continue  # no argument to carry on: whether the sentence ends one does not matter
            if _names_someone_new(s) or (not enumerating and _speaks_of_speakers(reader, s)):
                current = None
                continue
            body = clean(s)
            if body:
                add(block, span, body, None, current.entry, current.mention)
        carry_on(block, held, held_for)
    return claims


def _narrates(s: str) -> bool:
    """Whether ``s`` is the narrator's (or an unread speaker's): it carries no one's argument on.

    A pattern after a list of words is searched only if the sentence holds a word every match of it holds.
    """
    if _NARRATION.match(s) or _UNREAD_SPEAKER.match(s) or _META.match(s):
        return True
    low = folded(s)
    return (
        (may_hold(low, _QUESTION_WORDS) and _QUESTION.search(s) is not None)
        or (may_hold(low, _ASIDE_WORDS) and _ASIDES.search(s) is not None)
        or (any(word in s for word in _ORGANIZING_WORDS) and _ORGANIZING.search(s) is not None)
    )


def _quote_balance(s: str) -> int:
    """Quotation marks a sentence opens minus those it closes; a straight quote opens after a space."""
    balance = s.count("“") - s.count("”")
    i = s.find('"')
    while i >= 0:
        balance += 1 if i == 0 or s[i - 1].isspace() or s[i - 1] in "([—–" else -1
        i = s.find('"', i + 1)
    return balance


def _puts_a_question(cue: Cue) -> bool:
    """``asked whether ...``, ``wondered how ...``: a reported question is no claim (the spec's "What
    counts"), whoever asks it; the sentence still ends the speaker's run."""
    return cue.verb.lemma in QUESTION_LEMMAS


_ANNOUNCEMENT = re.compile(r"^(?:the\s+)?(?:following|these|this|several|some|a\s+few|[a-z]+)\b[^,;]{0,40}$")


def _announces(spoken: Sequence[tuple[tuple[Cue, SpeakerEntry, str], str]]) -> bool:
    """Whether a lead-in ending in a colon says nothing but what follows (``agreed on three things:``)."""
    return all(_ANNOUNCEMENT.match(body) is not None for _r, body in spoken)


_SETTING_OPENER = re.compile(r"^\W*(?:After\s+that|Next|Then|Later|Finally|Afterwards)\s*,?\s*")


def _names_someone_new(s: str) -> bool:
    """``Professor Robert Sutter followed with an overview``: a sentence that opens on a person's full
    name (even one the event does not list) is about that person, no carried-on argument."""
    opening = INTRO.match(s) or _SETTING_OPENER.match(s)
    at = opening.end() if opening else len(s) - len(s.lstrip())
    m = find_name_at(s, at)
    return (
        m is not None
        and len(m.name.split()) > 1
        and re.fullmatch(r"(?:[A-Z][\w.’'-]*\s+){0,3}", s[at : m.start]) is not None
    )


def _speaks_of_speakers(reader: MentionReader, s: str) -> bool:
    """``X was also a central concern for several members of the panel``: a sentence that counts
    speakers of its own (an indefinite group) tells of them in the narrator's voice; it carries no
    one's argument on."""
    return any(m.form == "indefinite" and m.role_class != "event" for m in reader.mentions_in(s))


def _is_bullet(text: str, block: Block) -> bool:
    """Whether ``block`` is a bullet: its line opens with a bullet mark before the content."""
    line = text.rfind("\n", 0, block.start) + 1
    return _BULLET_MARK.match(text[line : block.start].lstrip()) is not None


def _of_the_opener(reader: MentionReader, s: str, cue: Cue) -> bool:
    """``Ambassador Burns delivered a remark, in which he expressed ...``: a pronoun inside ``in which``
    names the named speaker the sentence opens with."""
    assert cue.mention is not None
    if not tail_search(PREPOSITION_WHICH, s, cue.mention.start):
        return False
    opener = _opening_subject(reader, s, cue.mention.start)
    return opener is not None and opener.form == "name"


def _pronoun_ok(s: str, mention: Mention) -> bool:
    """A pronoun names a speaker only as the subject of its own clause, never inside ``during which he``."""
    before = s[: mention.start].rstrip().rstrip('”’"')
    if tail_search(_OBJECT_RELATIVE, before):
        return True
    return not before or before[-1] in ",;:—–(" or tail_search(_CONTRAST_TAIL, before) is not None
