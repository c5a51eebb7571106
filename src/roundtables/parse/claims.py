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
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Literal

from roundtables.models import Claim, Speaker, SpeakerKind
from roundtables.parse.alternations import word_alternation, word_trie
from roundtables.parse.blocks import Block
from roundtables.parse.lexicon import (
    ACCORDING_TO,
    AGENTLESS_PASSIVE_LEMMAS,
    ATTRIBUTION_ADVERBIALS,
    BARE_CLAUSE_LEMMAS,
    CLAUSE_HEADS,
    CLAUSE_LINKS,
    CLAUSE_OPENERS,
    CONSENSUS,
    CONTRAST_LINKS,
    COORDINATORS,
    DANGLING_LINKS,
    DISCOURSE_NOUNS,
    DISCOURSE_PAST_FORMS,
    DISCOURSE_VERBS,
    ELLIPTICAL_SUBJECTS,
    ENUMERATION_OPENERS,
    EVIDENCE_GERUND_LEMMAS,
    EXPRESSIONS,
    FRAME_NOUNS,
    GERUND_LINKS,
    NAMING_LEMMAS,
    NARRATION_SUBJECTS,
    NARRATOR_ASIDES,
    NOT_PARTICIPLES,
    OBJECT_THEN_CLAUSE_LEMMAS,
    PREDICATE_ADJECTIVES,
    PREDICATE_ADVERBS,
    PROPOSITION_NOUNS,
    QUESTION_LEMMAS,
    QUESTION_VERBS,
    RELATIVE_PRONOUNS,
    RELATIVE_SPEAKER_LINKS,
    REPORTING_VERBS,
    SPEAKER_VERB_GAP,
    STANCE_OBJECTS,
    SUBORDINATORS,
    TOPIC_VERBS,
    VIEW_NOUNS,
    ReportingVerb,
)
from roundtables.parse.names import find_name_at
from roundtables.parse.result import PersonMention
from roundtables.parse.sentences import fold, folded, is_question, may_hold, split_sentences
from roundtables.parse.speakers import (
    Mention,
    MentionReader,
    SpeakerEntry,
    SpeakerRegistry,
    entry_words,
)
from roundtables.parse.tails import tail_search, word_bound

Shape = Literal["pre", "post", "inverted", "relative", "tag", "gerund", "coord", "frame"]

_FORMS: dict[str, ReportingVerb] = {}
for _verb in (*REPORTING_VERBS, *EXPRESSIONS):
    for _form in _verb.forms:
        _FORMS.setdefault(_form, _verb)
_FINITE_FORMS = {form for verb in (*REPORTING_VERBS, *EXPRESSIONS) for form in verb.finite}
_STANCE_PREPOSITIONS = {p for prepositions in STANCE_OBJECTS.values() for p in prepositions}
_PREDICATE = (
    rf"(?:is|are|was|were)\s+(?:(?:{word_alternation(PREDICATE_ADVERBS)}|[a-z]+ly)\s+)"
    rf"(?:(?:{word_alternation(STANCE_OBJECTS)})\s+(?:{word_alternation(_STANCE_PREPOSITIONS)})"
    rf"|{word_alternation(PREDICATE_ADJECTIVES)})"
)
_VERB = re.compile(rf"(?<![\w’'-])(?:{word_trie(_FORMS)}|{_PREDICATE})(?![\w’'-])")


def _verb_of(written: str) -> ReportingVerb:
    """The reporting verb a match of ``_VERB`` writes; an adverb inside a predicate does not count."""
    form = " ".join(written.split())
    if form in _FORMS:
        return _FORMS[form]
    words = form.split()
    if words[-1] in _STANCE_PREPOSITIONS:
        return _FORMS[f"{words[0]} {words[-2]} {words[-1]}"]
    return _FORMS[f"{words[0]} {words[-1]}"]


def _needed_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """For an alternation of ``phrases`` (``word_alternation``) read ignoring case: a word of each, lower
    case, one of which every match holds, for :func:`may_hold` (``""``, in every text, for a phrase not in
    ASCII)."""
    longest = {max(phrase.lower().split(), key=len) for phrase in phrases}
    return tuple(word if word.isascii() else "" for word in longest)


_GAP_WORD = rf"(?i:{word_alternation(SPEAKER_VERB_GAP)})(?![\w-])"
_GAP_TAIL = re.compile(rf"(?:\s*,\s*{_GAP_WORD}\s*,|\s+{_GAP_WORD})*\s+$")
_POSSESSIVE_AFTER = re.compile(r"[’']s?(?![\w’'-])")
_PREPOSITION_WHICH = re.compile(r"(?<![\w-])(?:in|during|at)\s+which\s+$")
_FIRST_LETTER = re.compile(r"^\W*\w")
_STRAY_COMMA = re.compile(r",\s+$")
_OPENER_TAIL = re.compile(rf"(?:^|[\s,;:—–(])(?i:{word_alternation(CLAUSE_OPENERS)})\s*$")
_SUBORDINATOR_HEAD = re.compile(rf"^\W*(?i:{word_alternation(SUBORDINATORS)})\s+")
_RELATIVE_TAIL = re.compile(rf"(?:^|\s)(?i:{word_alternation(RELATIVE_PRONOUNS)})\s*$")


@cache
def _coord_tail(gaps: int) -> re.Pattern[str]:
    """A coordinator closing the words before a verb, past at most ``gaps`` gap words (``, and then``)."""
    return re.compile(
        rf"(?:,\s*)?(?<![\w-])(?i:{word_alternation(COORDINATORS)})(?:\s+{_GAP_WORD}){{0,{gaps}}}\s+$"
    )


_GAP_TOKENS = entry_words(SPEAKER_VERB_GAP)


def _ascii_last_word(text: str) -> str | None:
    """The last word of ``text`` in lower case, if it is in ASCII (where lower case writes every letter as
    a case-insensitive pattern reads it): the word a tail pattern's last word must be. None: none, or not
    in ASCII (then no word may be ruled out)."""
    last = text.rsplit(None, 1)[-1:]
    return last[0].lower() if last and last[0].isascii() else None


def _gap_tail(head: str) -> re.Match[str] | None:
    """``tail_search(_GAP_TAIL, head)``: the gap words and blanks between a speaker and its verb.

    The last of them ends the last word of ``head``: a comma, or a gap phrase's last word read whole
    (after a blank, before ``(?![\\w-])``). A last word in ASCII (folding reads ``ſ`` as ``s``) that is
    neither leaves only the blanks after it to match, and nothing before them is searched.
    """
    last = _ascii_last_word(head)
    if last is not None and not last.endswith(",") and last not in _GAP_TOKENS:
        return _GAP_TAIL.search(head, len(head.rstrip()))
    return tail_search(_GAP_TAIL, head)


def _coord_tail_for(text: str) -> re.Pattern[str]:
    """The coordinator pattern for the end of ``text``: gap words bounded by those that end it, four at
    least, so that a chain is read whole, as if unbounded, while ``tail_search`` reads only the end."""
    return _coord_tail(max(4, _trailing_gap_words(text)))


_COORDINATION_ENDS = tuple(
    sorted({phrase.lower().split()[-1] for phrase in (*COORDINATORS, *SPEAKER_VERB_GAP)})
)


def _coordinator_tail(head: str) -> re.Match[str] | None:
    """``tail_search(_coord_tail_for(head), head)``: its match ends in a coordinator or gap word, then
    blanks, so the last word of ``head`` ends in one; one in ASCII that does not in lower case leaves none."""
    last = _ascii_last_word(head)
    if last is not None and not last.endswith(_COORDINATION_ENDS):
        return None
    return tail_search(_coord_tail_for(head), head)


def _trailing_gap_words(text: str, look: int = 6) -> int:
    """How many words at the end of ``text`` are words of gap phrases."""
    parts = text.rsplit(None, look)
    words = parts[1:] if len(parts) > look else parts
    count = 0
    for word in reversed(words):
        if word.lower() not in _GAP_TOKENS:
            return count
        count += 1
    return count if len(parts) <= look else _trailing_gap_words(text, look * 4)


_SET_OFF_GERUND = re.compile(r",\s*(?:while\s+)?$")
"""A gerund set off by a comma (``..., while acknowledging its costs``) is its own report; one
coordinated inside a clause (``pressuring X and allowing Y``) is part of it."""
_GERUND_LINK_TAIL = re.compile(rf"(?:,\s*|(?<![\w-])(?i:{word_alternation(GERUND_LINKS)})\s+)$")
_COMMA_TAIL = re.compile(r"[,—–][\"”’]?\s*$|[\"”’],\s*$")
_ADVERBIAL = rf"(?i:{word_alternation(ATTRIBUTION_ADVERBIALS)})(?![\w-])"
_LEADING_ADVERBIAL = re.compile(rf"\s*,?\s*{_ADVERBIAL}")
_WHEN_SAID = (
    r"(?:\s+(?:on|last|this|earlier|late|early)\s+(?:[A-Z][a-z]+day|week|month|year|[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
    r"|\s+(?:yesterday|today))"
)
"""``..., observers said on Friday.``: when it was said, no part of the claim."""
_WHEN_SAID_RE = re.compile(_WHEN_SAID)
_AFTER_PARENTHETICAL = re.compile(
    rf"(?:\s*,?\s*{_ADVERBIAL})?(?:{_WHEN_SAID})?"
    rf"(?:\s+(?:{word_alternation(RELATIVE_SPEAKER_LINKS)})\s+[^,;:“”\"()—–]{{2,120}}?)?"
    r"\s*(?:[,;:—–]|[.!?][\"”’)]*\s*$|$)"
)
_ASIDE = rf"(?:\s*,\s*{_GAP_WORD}\s*,|\s+{_ADVERBIAL}\s*,?|\s+[a-z]+ly(?=\s+that\s))?"
_CLAUSE_HEAD = re.compile(rf"{_ASIDE}\s*(?:[:“\"]|(?i:{word_alternation(CLAUSE_HEADS)})(?![\w-]))")
_TAKES_THAT = re.compile(rf"{_ASIDE}\s*(?:that(?![\w-])|:)")
_THAT_HEAD = re.compile(rf"{_ASIDE}\s*(?:[,:]\s*)?(?:that(?![\w-])\s*)?")
_APPOSITION_COMMA = re.compile(r",\s*$")
_APPOSITIVE_TAIL = re.compile(r",\s*[^,;:“”\"()]{2,120}?,\s*$")
_PARTICIPIAL_TAIL = re.compile(r",\s*(?:held|[a-z]{2,}ed)\s[^,;:()]{2,120}?,\s*$")
_RELATIVE_SPEAKER_TAIL = re.compile(
    rf"\s+(?:{word_alternation(RELATIVE_SPEAKER_LINKS)})\s+[^,;:“”\"()—–]{{2,120}}?$"
)
"""``A scholar who had served in Kabul noted``: the post-modifier between a speaker and its verb."""
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
_ASIDE_WORDS = _needed_words(NARRATOR_ASIDES)
_ASIDES = re.compile(rf"(?:^|[,;:—–(]\s*)(?i:{word_alternation(NARRATOR_ASIDES)})(?![\w-])")
_CLAUSE_LINK_HEAD = re.compile(
    rf"(?i:{word_alternation(CLAUSE_LINKS)})(?![\w-])"
    rf"|(?!(?:{word_alternation(NOT_PARTICIPLES)})(?![\w-]))[a-z]+ing(?![\w’'-])"
)
_CONTRAST_TAIL = re.compile(rf"(?:^|\s)(?i:{word_alternation(CONTRAST_LINKS)})$")
_NESTED_TAIL = re.compile(r"(?<![\w-])that\s*$")
_TAG_TAIL = re.compile(
    r"(?P<comma>[,—–])\s*(?P<np>(?i:an?|the|one|another|this|that)\s+(?:[\w’'-]+\s+){1,4})$"
)
_TAG_RESUMES = re.compile(r"\s+[a-z]")
_AS_COMPLEMENT = re.compile(r"\sas\s")
_TO_BE_OBJECT = re.compile(r"\s+(?:[\w’'-]+\s+){1,8}?to\s+be\s")
_AS_TAIL = re.compile(r"(?:^|[\s,;:—–(])(?i:as)\s*$")
_COMMA_AS_TAIL = re.compile(r"[,—–]\s*as\s*$")
_QUOTE_TAIL = re.compile(r"(?:,[”\"]|[”\"],)\s*$")
"""``“We are not there yet,” one official said of ...``: quoted words before their speaker are the claim."""
_BULLET_MARK = re.compile(r"(?:[•·▪◦●■‣∙*]|[-–—]|\d{1,2}[.)])(?=\s)")
"""A bullet's mark before a block: bullets under an attributing lead-in carry its speaker."""
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
_OBJECT_RELATIVE = re.compile(r",\s*which$")
_LEADING_AS = re.compile(r"^as\s+")
_LABEL_COLON = re.compile(r"^(?:[\w’'-]+\s+){0,2}[\w’'-]+\s*:\s*")
_CONSENSUS = re.compile(
    r"(?P<said>(?:(?i:there)\s+(?:was|is|has\s+been)|(?:ended|concluded|closed)\s+with)\s+(?:(?:a|an|the)\s+)?"
    r"(?:(?:[a-z]+ly|broad|wide|strong|general|clear|near|full|complete|some|considerable|unanimous)\s+){0,2}"
    r"(?:agreement|consensus))"
    r"(?:\s+(?:among|between)\s+[^,;:]{2,60}?)?\s+(?=that\s|on\s|about\s)(?:that\s|on\s|about\s)"
)
"""``There was strong agreement that ...``: the shared view of the participants (cue ``agree``)."""
_ACCORDING_TO = re.compile(r"(?<![\w-])[Aa]ccording\s+to\s+")
_UNREAD_SPEAKER = re.compile(
    rf"^\W*(?:(?i:{word_alternation(CLAUSE_OPENERS)})\s*(?:,\s*)?)*(?i:an?|one|another)\s+"
    rf"(?:[\w’'.-]+\s+){{1,5}}?(?:{_GAP_WORD}\s+)*(?:{word_alternation(_FINITE_FORMS)})"
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
_DATE_STAMP = r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}\s*[_–—-]+\s*"
"""``September 15, 2024_ Experts proposed ...``: a date stamped on a report's first sentence."""
_INTRO = re.compile(rf"^\W*(?:(?i:{word_alternation(CLAUSE_OPENERS)})\s*(?:,\s*)?|{_DATE_STAMP})+")
_TRIM_END = re.compile(r"[\s,;:—–-]+$|[.!?]+[\"”’)]*$")
_TRIM_END_CHARS = frozenset(',;:—–-.!?"”’)')
"""The characters of ``_TRIM_END`` besides white space."""
_TRAILING_LINK = re.compile(rf"(?:,?\s+(?i:{word_alternation(DANGLING_LINKS)}))+\s*$")
_LINK_WORDS = frozenset(link.lower().split()[-1] for link in DANGLING_LINKS)
"""The last word of each link, lower case: every match of ``_TRAILING_LINK`` ends in one."""
_LEADING_PUNCTUATION = re.compile(r"^[\s,;:—–-]+")
_LEADING_THAT = re.compile(r"^that\s+")
_COMMA_BEFORE_CLOSING_QUOTE = (",”", ",’", ',"')
"""A comma closing a claim inside its quotation marks, dropped: the text's last two characters."""
_TO_BETWEEN = re.compile(r"\s+to\s+")
_SPACE = re.compile(r"\s+")
_ORGANIZING_WORDS = ("organi", "hosted", "sponsored", "convened")
"""A match of ``_ORGANIZING`` holds one of these as written."""
_ORGANIZING = re.compile(
    r"(?<![\w-])(?:(?:co-)?organi[sz]e[sd]?|(?:co-)?hosted|(?:co-)?sponsored|convened)\s+(?:the|this|a|an)\s"
)
"""``China Daily and Genron NPO jointly organize the forum``: who put the event on is the narrator's."""
_BARE_CLAUSE = re.compile(
    r"\s+(?:[\w’'-]+\s+){1,5}?(?:was|were|is|are|would|will|had|has|could|should|might|must|can)(?![\w’'-])"
)
_OBJECT_THAT = re.compile(r"\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:[\w’'-]+\s+){1,3}?that\s+")
"""The person told, before the clause told: ``reminded the Japanese public that``."""
_SETTING_PHRASE = re.compile(
    r"^(?:(?:and|but)\s+)?(?:amid|in|at|after|before|during|despite|following|over|under|since)\s+[^,;:]*$",
    re.IGNORECASE,
)
"""A prepositional phrase setting the scene before a report: no content of it."""
_WITH_TAIL = re.compile(r",\s*with\s+$")
_WITH_QUANTIFIER = re.compile(rf",\s*with\s+(?P<q>(?i:{word_alternation(ELLIPTICAL_SUBJECTS)}))$")
_ENUMERATION = re.compile(rf"^\W*(?i:{word_alternation(ENUMERATION_OPENERS)})\s*,")
_FRAME_LINE = re.compile(
    rf"^\W*(?:Among\s+)?(?:the\s+|our\s+|their\s+)?(?:[\w’'-]+\s+){{0,3}}(?i:{word_alternation(FRAME_NOUNS)})"
    r"(?:\s+[^:]{0,100}?)?\s+(?:were|was|included|include|are)\s*:\s*$"
)
_REOPENED_QUOTE = re.compile(r"[“\"]")
_SETTING = re.compile(r"^\W*[A-Z][^,;:—–()“”\"]{0,60},\s*")
_WORD_CHAR = re.compile(r"\w")
_TOPIC_VERB = re.compile(
    rf"(?:\s*,[^,;:]{{2,120}},)?\s+(?:(?:then|also|first|next|later|briefly)\s+)?"
    rf"(?i:{word_alternation(TOPIC_VERBS)})(?![\w-])"
)
"""``Ambassador Kim discussed ...``, ``Li, director of X, then turned to ...``: a speaker takes the floor."""


@dataclass
class _Cue:
    """One reporting verb of a sentence and how it is attached to its speaker and content."""

    verb: ReportingVerb
    start: int
    end: int
    shape: Shape
    mention: Mention | None
    inherits: _Cue | None = None
    subordinate: bool = False
    tag_start: int = 0
    silent: bool = False
    """A verb with no content clause (``agreed in part``): it names a speaker for what follows, no claim."""
    opening: bool = False
    """A gerund that opens the sentence (``Noting that X, Ha emphasized ...``): its speaker is the
    subject of the next report."""


def _clean(text: str) -> str:
    text = text.strip()
    text = _LEADING_PUNCTUATION.sub("", text)
    text = _LEADING_THAT.sub("", text)
    for _ in range(3):
        read = text
        text = _trim_end(text).rstrip()
        link = _trailing_link(text)
        text = (text if link is None else text[: link.start()]).rstrip()
        if text == read:
            break  # a round that changes nothing changes nothing again
    if text.endswith(_COMMA_BEFORE_CLOSING_QUOTE):
        text = text[:-2] + text[-1]
    return " ".join(text.split())


def _trailing_link(text: str) -> re.Match[str] | None:
    """``tail_search(_TRAILING_LINK, text)``: its match ends in a link word after a blank, then blanks,
    so the text's last word; one in ASCII that is no link word in lower case leaves no match."""
    last = _ascii_last_word(text)
    if last is not None and last not in _LINK_WORDS:
        return None
    return tail_search(_TRAILING_LINK, text)


def _trim_end(text: str) -> str:
    """``_TRIM_END.sub("", text)``, searching only the end of ``text`` that holds nothing but characters
    of its matches: every match lies there (none can hold the character before it)."""
    cut = len(text)
    while cut and (text[cut - 1] in _TRIM_END_CHARS or text[cut - 1].isspace()):
        cut -= 1
    return text if cut == len(text) else text[:cut] + _TRIM_END.sub("", text[cut:])


def _clause_opens_before(sentence: str, mention: Mention) -> bool:
    """Whether a new clause may begin where ``mention`` stands: speakers are clause subjects."""
    before = sentence[: mention.start].rstrip()
    if not before or before.rstrip('”’"')[-1:] in (",", ";", ":", "—", "–", "(", "“", '"', ""):
        return True
    if (
        tail_search(_OPENER_TAIL, before)
        or tail_search(_RELATIVE_TAIL, before)
        or _INTRO.fullmatch(before + " ")
    ):
        return True
    if mention.form == "name":
        last = before.split()[-1]
        return last[:1].isupper() or last.endswith(("’s", "'s"))
    return False


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


class _SentenceReader:
    """Finds the cues of one sentence: verbs, their speakers' mentions and the shapes that join them."""

    def __init__(self, reader: MentionReader) -> None:
        self.reader = reader

    def cues(self, s: str) -> list[_Cue]:
        # ``Noting that ...``: a verb that opens the sentence is read as written lower case.
        first = _FIRST_LETTER.search(s)
        at = first.end() - 1 if first is not None else 0
        lowered = s[:at] + s[at : at + 1].lower() + s[at + 1 :]
        matches = list(_VERB.finditer(lowered))
        cues: list[_Cue] = []
        for i, m in enumerate(matches):
            verb = _verb_of(m.group(0))
            nxt = matches[i + 1] if i + 1 < len(matches) else None
            if nxt is not None and _TO_BETWEEN.fullmatch(s, m.end(), nxt.start()):
                continue
            prev = matches[i - 1] if i > 0 else None
            if (
                prev is not None
                and cues
                and cues[-1].start == prev.start()
                and _verb_of(prev.group(0)).lemma == verb.lemma
                and not s[prev.end() : m.start()].strip()
            ):
                cues[-1].end = m.end()
                continue
            cue = self._attach(s, m, verb, cues)
            if cue is not None:
                cues.append(cue)
        # Literals every match holds: most sentences have none, and are not searched.
        for m in _ACCORDING_TO.finditer(s) if "ccording" in s else ():
            mention = self.reader.starting_at(s, m.end())
            head = s[: m.start()]
            if (
                mention is not None
                and mention.form != "pronoun"
                and (not head.strip() or tail_search(_COMMA_TAIL, head) or _INTRO.fullmatch(head))
                and _AFTER_PARENTHETICAL.match(s, mention.end) is not None
            ):
                cues.append(_Cue(ACCORDING_TO, m.start(), m.end(), "inverted", mention))
        cues.extend(self._views(s))
        for m in _CONSENSUS.finditer(s) if "agreement" in s or "consensus" in s else ():
            head = s[: m.start()]
            if not head.strip() or tail_search(_COMMA_TAIL, head) or _INTRO.fullmatch(head):
                said = m.group("said")
                mention = Mention(m.start("said"), m.end("said"), said, "indefinite", "group", None, None)
                cues.append(_Cue(CONSENSUS, m.start(), m.end(), "pre", mention))
            elif (event := self.reader.ending_at(s, len(head.rstrip()))) is not None and (
                event.role_class == "event" and _clause_opens_before(s, event)
            ):
                # ``The roundtable ended with a consensus that ...``: the event's voice.
                cues.append(_Cue(CONSENSUS, m.start(), m.end(), "pre", event))
        cues.sort(key=lambda cue: cue.start)
        for i, cue in enumerate(cues):
            if cue.opening:
                later = cues[i + 1] if i + 1 < len(cues) else None
                cue.mention = later.mention if later is not None and later.shape == "pre" else None
        return [cue for cue in cues if not cue.opening or cue.mention is not None]

    def _views(self, s: str) -> list[_Cue]:
        """``In X’s view, ...`` and its variants: the noun attributes the rest of the sentence to X."""
        found: list[_Cue] = []
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
                mention = self.reader.starting_at(s, of.end())
                end = mention.end if mention is not None else end
            elif (genitive := tail_search(_VIEW_GENITIVE, head)) is not None:
                mention = self.reader.ending_at(s, genitive.start())
                opening = tail_search(_VIEW_IN, s, mention.start) if mention is not None else None
                if opening is None:
                    continue
                start = opening.start()
            if mention is None:
                continue
            before = s[:start]
            if before.strip() and not tail_search(_COMMA_TAIL, before) and not _INTRO.fullmatch(before):
                continue
            if _AFTER_PARENTHETICAL.match(s, end) is None:
                continue
            found.append(_Cue(_VIEWS[m.group(0).lower()], start, end, "frame", mention))
        return found

    def _attach(self, s: str, m: re.Match[str], verb: ReportingVerb, earlier: list[_Cue]) -> _Cue | None:
        start, end = m.start(), m.end()
        head = s[:start]
        written = m.group(0).split()[0]
        after = s[end:]
        takes_that = _TAKES_THAT.match(after) is not None or (
            verb.to_be and _TO_BE_OBJECT.match(after) is not None
        )
        takes_clause = _CLAUSE_HEAD.match(after) is not None or (
            verb.takes_as and _AS_COMPLEMENT.search(after) is not None
        )
        if verb.lemma in BARE_CLAUSE_LEMMAS and _BARE_CLAUSE.match(after):
            takes_that = takes_clause = True  # ``Others felt this concern was overstated``
        if verb.lemma in OBJECT_THEN_CLAUSE_LEMMAS and _OBJECT_THAT.match(after):
            takes_that = takes_clause = True  # ``reminded the Japanese public that ...``
        if verb.relative_only:
            relative = self._relative_only(s, head, verb, start, end, takes_clause)
            if relative is not None or not _reports_a_complement(verb, after):
                return relative
        passive = (
            tail_search(_passive_head(word_bound(s)), head)
            if written == verb.past.split()[0] and _may_be_passive(head)
            else None
        )
        if passive is not None:
            return self._passive(s, verb, passive.start("it"), start, end)
        if written == verb.gerund.split()[0]:
            absolute = self._absolute_subject(s, head)
            if absolute is not None and (takes_clause or not verb.needs_clause):
                return _Cue(verb, start, end, "pre", absolute)  # ``..., with some hoping for ...``
            if (not head.strip() or _INTRO.fullmatch(head)) and not earlier and (takes_that or takes_clause):
                return _Cue(verb, start, end, "gerund", None, opening=True)
            link = tail_search(_GERUND_LINK_TAIL, head)
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
            if not earlier and not self.reader.all_in(s, start):
                return None
            return _Cue(verb, start, end, "gerund", None, earlier[-1] if earlier else None)
        mention = self._speaker_before(s, head)
        if verb.as_only and (mention is None or not tail_search(_AS_TAIL, s, mention.start)):
            return None
        if mention is not None and earlier and tail_search(_NESTED_TAIL, s, mention.start):
            return None
        if mention is not None and _clause_opens_before(s, mention):
            shape = self._shape_before(s, mention, end)
            if shape == "pre" and verb.parenthetical_only and not takes_that:
                return None
            if shape == "relative" and verb.needs_clause and not takes_clause:
                return None
            if shape == "pre" and verb.needs_clause and not takes_clause:
                return _Cue(verb, start, end, shape, mention, silent=True)
            if shape == "post" and self._narrated_action(s, earlier, mention):
                return None
            subordinate = (
                shape == "pre"
                and _SUBORDINATOR_HEAD.fullmatch(s[: mention.start] + " ") is not None
                and _SET_OFF.match(s, end) is None
            )
            return _Cue(verb, start, end, shape, mention, subordinate=subordinate)
        if mention is not None:
            tag = self._tag(s, mention, end)
            if tag is not None:
                return _Cue(verb, start, end, "tag", mention, tag_start=tag)
        if tail_search(_COMMA_TAIL, head) or not head.strip():
            after_mention = _SPACE.match(after)
            if after_mention is not None:
                inverted = self.reader.starting_at(s, end + after_mention.end())
                if (
                    inverted is not None
                    and inverted.form != "pronoun"
                    and _AFTER_PARENTHETICAL.match(s, inverted.end) is not None
                ):
                    return _Cue(verb, start, end, "inverted", inverted)
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
        if not _WORD_CHAR.search(after):
            return None  # ``between provinces and states.``: a noun, not a verb with content
        if earlier:
            return _Cue(verb, start, end, "coord", None, earlier[-1])
        subject = self._subject_of_verb_phrase(s, coordinator.start())
        if subject is None:
            return None
        return _Cue(verb, start, end, "coord", subject)

    def _absolute_subject(self, s: str, head: str) -> Mention | None:
        """``Experts hailed it, with some hoping for more links``: the speaker of an absolute phrase."""
        if "with" not in head:
            return None  # both patterns hold it, before the speaker's end
        end = len(head.rstrip())
        quantifier = tail_search(_WITH_QUANTIFIER, s, end)
        if quantifier is not None and quantifier.end() == end:
            word = " ".join(fold(quantifier.group("q")).split())
            kind: SpeakerKind = "individual" if ELLIPTICAL_SUBJECTS[word] == "individual" else "group"
            q_start, q_end = quantifier.span("q")
            return Mention(q_start, q_end, s[q_start:q_end], "indefinite", kind, None, None, elliptical=True)
        mention = self.reader.ending_at(s, end)
        if mention is None or mention.form == "pronoun" or not tail_search(_WITH_TAIL, s, mention.start):
            return None
        return mention

    def _relative_only(
        self, s: str, head: str, verb: ReportingVerb, start: int, end: int, takes_clause: bool
    ) -> _Cue | None:
        """``..., which she called a risky bargain``: verbs that report only after ``which`` and a speaker."""
        mention = self._speaker_before(s, head)
        if mention is None or not _RELATIVE_TAIL.search(s[: mention.start].rstrip()):
            return None
        if verb.takes_as and not takes_clause:
            return None
        return _Cue(verb, start, end, "relative", mention)

    def _passive(self, s: str, verb: ReportingVerb, it: int, start: int, end: int) -> _Cue | None:
        """``It was pointed out by a Japanese participant that ...``: the agent is the speaker.

        Without an agent (``It was generally agreed that ...``) the participants as a
        group are, for the verbs of :data:`AGENTLESS_PASSIVE_LEMMAS`, when a clause follows.
        """
        by = _BY.match(s, end)
        if by is None:
            if verb.lemma not in AGENTLESS_PASSIVE_LEMMAS or _TAKES_THAT.match(s, end) is None:
                return None
            if s[:it].strip() and not _COMMA_TAIL.search(s[:it]) and not _INTRO.fullmatch(s[:it]):
                return None
            said = s[it:end]
            return _Cue(verb, start, end, "pre", Mention(it, end, said, "indefinite", "group", None, None))
        agent = self.reader.starting_at(s, by.end())
        if agent is None or agent.form == "pronoun" or _TAKES_THAT.match(s, agent.end) is None:
            return None
        cue = _Cue(verb, start, agent.end, "pre", agent)
        return cue

    def _subject_of_verb_phrase(self, s: str, end: int) -> Mention | None:
        """``Chinese experts welcomed the talks but stressed that ...``: the subject of a plain verb phrase.

        The sentence must open with the mention (after words like ``Meanwhile,``
        or a short setting such as ``At the close,``) and one clause without
        punctuation must run from it to the coordinator, so the second verb has
        the same subject; a mention there may be an object, never a new subject.
        """
        intro = _INTRO.match(s)
        setting = _SETTING.match(s)
        found = self.reader.all_in(s, end)
        starts = {intro.end() if intro else 0, setting.end() if setting else 0}
        if not found or found[0].start not in starts:
            return None
        subject = found[0]
        between = s[subject.end : end]
        if not _WORD_CHAR.search(between) or re.search(r"[,;:—–()“”\"]", between):
            return None
        if any(_clause_opens_before(s, later) for later in found[1:]):
            return None
        return subject

    def _tag(self, s: str, mention: Mention, verb_end: int) -> int | None:
        """``..., a concern she said is shared``: where a noun-phrase tag holding a reporting verb begins.

        The tag is a short noun phrase after a comma, the speaker and the verb,
        and the sentence resumes with a lower-case word that carries the claim
        about that noun phrase. Returns the offset of the comma, or None.
        """
        found = tail_search(_TAG_TAIL, s, mention.start)
        if found is None or _VERB.search(found.group("np")) or not _TAG_RESUMES.match(s, verb_end):
            return None
        return found.start("comma")

    def _speaker_before(self, s: str, head: str) -> Mention | None:
        """The mention a verb's subject is, allowing adverbs and an appositive between them."""
        gap = _gap_tail(head)
        if gap is None:
            return None
        stray = tail_search(_STRAY_COMMA, head)
        named = self.reader.ending_at(s, stray.start()) if stray is not None else None
        if named is not None and named.form == "name":
            # ``Admiral Samuel Paparo, warned of ...``, ``"…," a former envoy, Yasushi Akashi, said``
            return named
        mention = self.reader.ending_at(s, gap.start())
        if mention is not None:
            return self._named_by_apposition(s, mention)
        aside = tail_search(_APPOSITIVE_TAIL, head, gap.start() + 1)
        if aside is not None and not _VERB.search(aside.group(0)):
            mention = self.reader.ending_at(s, aside.start())
            if mention is not None and (mention.form == "name" or mention.form == "indefinite"):
                return mention
        participial = tail_search(_PARTICIPIAL_TAIL, head, gap.start() + 1)
        if participial is not None:
            # ``The seminar, held under the "Chatham House Rule", concluded that ...``
            mention = self.reader.ending_at(s, participial.start())
            if mention is not None and mention.role_class == "event":
                return mention
        relative = tail_search(_RELATIVE_SPEAKER_TAIL, head, gap.start())
        if relative is not None and not _VERB.search(relative.group(0)):
            mention = self.reader.ending_at(s, relative.start())
            if mention is not None and mention.form != "pronoun":
                return mention
        return self.reader.elliptical_ending_at(s, gap.start())

    def _named_by_apposition(self, s: str, mention: Mention) -> Mention:
        """``Robert Hertzberg, a California senator, said``: the speaker is the name; the noun phrase in
        apposition describes them."""
        if mention.form not in ("indefinite", "bare"):
            return mention
        comma = tail_search(_APPOSITION_COMMA, s, mention.start)
        named = self.reader.ending_at(s, comma.start()) if comma is not None else None
        if named is None or named.form != "name":
            return mention
        return replace(
            named,
            end=mention.end,
            text=s[named.start : mention.end],
            nationality=named.nationality or mention.nationality,
            role=named.role or mention.role,
        )

    @staticmethod
    def _shape_before(s: str, mention: Mention, verb_end: int) -> Shape:
        before = s[: mention.start].rstrip()
        if tail_search(_PREPOSITION_WHICH, before + " "):
            return "pre"  # ``..., in which she expressed her hope that ...``: the content follows
        if tail_search(_RELATIVE_TAIL, before):
            return "relative"
        unintroduced = _INTRO.sub("", before)
        content_before = unintroduced.strip(' ,;:—–“”"')
        parenthetical = _AFTER_PARENTHETICAL.match(s, verb_end) is not None
        set_off = tail_search(_COMMA_TAIL, before + " ") or tail_search(_COMMA_AS_TAIL, before)
        # ``"…," she said``: the content is a quotation the sentence opens with, not a quoted name in a
        # setting (``In a panel titled "…," they emphasized …``).
        opens_quoted = unintroduced.lstrip().startswith(("“", '"'))
        quoted = tail_search(_QUOTE_TAIL, before + " ") is not None and (opens_quoted or parenthetical)
        if (parenthetical or quoted) and set_off and _WORD_CHAR.search(content_before):
            if not quoted and _SETTING_PHRASE.match(content_before):
                return "pre"  # ``And amid the trade tensions, all participants expressed concerns, ...``
            return "post"
        return "pre"

    def _narrated_action(self, s: str, earlier: list[_Cue], mention: Mention) -> bool:
        """``Li Bin presented ..., X commented, and ...``: a list of who did what, not a claim."""
        begin = earlier[-1].end if earlier else 0
        intro = _INTRO.match(s, begin)
        first = self.reader.starting_at(s, intro.end() if intro else begin)
        return first is not None and first.form == "name" and first.start < mention.start


def _first_comma(s: str, begin: int, end: int) -> int:
    depth = 0
    for i in range(begin, end):
        ch = s[i]
        if ch in "“(":
            depth += 1
        elif ch in "”)" and depth:
            depth -= 1
        elif ch == "," and not depth:
            return i
    return end


def _clause_start(s: str, cue: _Cue) -> int:
    """Where the clause of ``cue`` begins, so the content before it ends there."""
    if cue.shape == "tag":
        return cue.tag_start
    if cue.shape in ("pre", "relative", "post") and cue.mention is not None:
        at = cue.mention.start
    else:
        at = cue.start
    head = s[:at]
    relative = cue.shape == "relative"
    patterns = (
        (_RELATIVE_TAIL,) if relative else (_coord_tail_for(head.rstrip()), _GERUND_LINK_TAIL, _OPENER_TAIL)
    )
    for pattern in patterns:
        found = tail_search(pattern, head.rstrip())
        if found is not None:
            head = head[: found.start()]
    return len(head.rstrip(" ,;"))


def _content(s: str, cues: list[_Cue], i: int) -> str:
    cue = cues[i]
    stop = _clause_start(s, cues[i + 1]) if i + 1 < len(cues) else len(s)
    stop = max(stop, cue.end)
    prev_end = 0
    if i > 0:
        prev = cues[i - 1]
        prev_end = max(prev.end, prev.mention.end if prev.mention is not None else 0)
    if cue.shape in ("pre", "gerund", "coord"):
        addressee = _OBJECT_THAT.match(s, cue.end) if cue.verb.lemma in OBJECT_THEN_CLAUSE_LEMMAS else None
        begin = addressee or _THAT_HEAD.match(s, cue.end)
        at = begin.end() if begin else cue.end
        label = _LABEL_COLON.match(s[at:stop])
        at += label.end() if label else 0
        if cue.subordinate:
            stop = min(stop, _first_comma(s, at, stop))
        return _clean(s[at:stop])
    if cue.shape == "relative" and (cue.verb.relative_only or cue.verb.takes_as):
        return _clean(_LEADING_AS.sub("", s[cue.end : stop].strip()))
    if cue.shape == "relative" and cue.mention is not None:
        return _clean(s[prev_end : cue.mention.start] + " " + s[cue.end : stop])
    assert cue.mention is not None
    if cue.shape == "tag":
        return _clean(s[cue.tag_start + 1 : cue.mention.start] + " " + s[cue.end : stop])
    if cue.shape == "post":
        before, after_at = s[prev_end : cue.mention.start], cue.end
    elif cue.shape == "frame":
        before, after_at = s[prev_end : cue.start], cue.end
        if _INTRO.fullmatch(before):
            before = ""
    else:
        before, after_at = s[prev_end : cue.start], cue.mention.end
        if _INTRO.fullmatch(before):
            before = ""
    adverbial = _LEADING_ADVERBIAL.match(s, after_at, stop)
    rest = s[adverbial.end() if adverbial else after_at : stop]
    if cue.shape == "post" and (when := _WHEN_SAID_RE.match(rest)) is not None:
        rest = rest[when.end() :]
    if cue.shape == "post" and tail_search(_QUOTE_TAIL, s, cue.mention.start):
        rest = ""
    if cue.shape == "inverted" and cue.verb is not ACCORDING_TO and _WORD_CHAR.search(before):
        # ``"A," said X, a minister, "B."``: after the speaker only a reopened quotation is content.
        reopened = _REOPENED_QUOTE.search(rest)
        rest = rest[reopened.start() :] if reopened is not None else ""
    colon = re.match(r"\s*:", rest) is not None
    rest = "" if re.fullmatch(r"\W*", rest) else re.sub(r"^[\s,;:—–]+", "", rest)
    joint = ": " if colon else ", " if _CLAUSE_LINK_HEAD.match(rest) else " "
    return _clean(_clean(before) + joint + rest)


@dataclass
class _Current:
    entry: SpeakerEntry
    mention: str


def _subject(reader: MentionReader, s: str) -> Mention | None:
    """The first mention of a sentence that stands where a clause may begin: who the sentence is about."""
    for mention in reader.mentions_in(s):
        if _POSSESSIVE_AFTER.match(s, mention.end):
            continue  # ``After Professor Sutter’s overview, Levine moderated``: a possessive is no subject
        if _clause_opens_before(s, mention):
            return mention
    return None


def _opening_subject(reader: MentionReader, s: str, end: int) -> Mention | None:
    """The speaker a sentence opens with, before ``end``: ``Lind welcomed it, but he warned ...``.

    A pronoun later in the sentence may point back to it even though it has no
    reporting verb of its own, so it is registered before the pronoun is resolved.
    """
    intro = _INTRO.match(s)
    found = reader.all_in(s, end)
    if found and found[0].form != "pronoun" and found[0].start == (intro.end() if intro else 0):
        return found[0]
    return None


def extract_claims(
    text: str, blocks: Sequence[Block], *, event_id: str, people: Sequence[PersonMention]
) -> list[Claim]:
    """Every claim in ``blocks`` of ``text``, numbered ``<event_id>/c001`` on in text order."""
    reader = MentionReader(people, text)
    sentences = _SentenceReader(reader)
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
            if span[1] == block.end and _FRAME_LINE.match(s) and not _VERB.search(s):
                # ``Among the points made were:``: the items follow, block after block; they are
                # the last group's that spoke, else the participants'.
                participants = Mention(0, len(s), s, "indefinite", "group", None, None)
                group = next((e for e in reversed(registry.speakers) if e.kind == "group"), None)
                group = group or registry.resolve(participants, block.section, number)
                if group is not None:
                    framed = (_Current(group, s), block.section)
                continue
            cues = sentences.cues(s)
            resolved: list[tuple[_Cue, SpeakerEntry, str]] = []
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
                body = _content(s, cues, i)
                if body and _WORD_CHAR.search(body):
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
            if depth > 0 and (held or opened_here) and (body := _clean(s)):
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
                body = _clean(s)
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
            body = _clean(s)
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


def _puts_a_question(cue: _Cue) -> bool:
    """``asked whether ...``, ``wondered how ...``: a reported question is no claim (the spec's "What
    counts"), whoever asks it; the sentence still ends the speaker's run."""
    return cue.verb.lemma in QUESTION_LEMMAS


_ANNOUNCEMENT = re.compile(r"^(?:the\s+)?(?:following|these|this|several|some|a\s+few|[a-z]+)\b[^,;]{0,40}$")


def _announces(spoken: Sequence[tuple[tuple[_Cue, SpeakerEntry, str], str]]) -> bool:
    """Whether a lead-in ending in a colon says nothing but what follows (``agreed on three things:``)."""
    return all(_ANNOUNCEMENT.match(body) is not None for _r, body in spoken)


_SETTING_OPENER = re.compile(r"^\W*(?:After\s+that|Next|Then|Later|Finally|Afterwards)\s*,?\s*")


def _names_someone_new(s: str) -> bool:
    """``Professor Robert Sutter followed with an overview``: a sentence that opens on a person's full
    name (even one the event does not list) is about that person, no carried-on argument."""
    opening = _INTRO.match(s) or _SETTING_OPENER.match(s)
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


def _of_the_opener(reader: MentionReader, s: str, cue: _Cue) -> bool:
    """``Ambassador Burns delivered a remark, in which he expressed ...``: a pronoun inside ``in which``
    names the named speaker the sentence opens with."""
    assert cue.mention is not None
    if not tail_search(_PREPOSITION_WHICH, s, cue.mention.start):
        return False
    opener = _opening_subject(reader, s, cue.mention.start)
    return opener is not None and opener.form == "name"


def _pronoun_ok(s: str, mention: Mention) -> bool:
    """A pronoun names a speaker only as the subject of its own clause, never inside ``during which he``."""
    before = s[: mention.start].rstrip().rstrip('”’"')
    if tail_search(_OBJECT_RELATIVE, before):
        return True
    return not before or before[-1] in ",;:—–(" or tail_search(_CONTRAST_TAIL, before) is not None
