"""Who a reporting verb's speaker is, read back from the verb.

The speaker before a verb may stand past adverbs and gap words (``one
participant, however, argued``), an appositive (``Robert Hertzberg, a
California senator, said``), a participial or relative post-modifier (``A
scholar who had served in Kabul noted``); an absolute phrase has its own
(``..., with some hoping for ...``); a coordinated verb phrase shares the
subject the sentence opens with. Where the speaker stands to the content is
the report's :data:`Shape`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Literal

from roundtables.models import SpeakerKind
from roundtables.parse.alternations import word_alternation
from roundtables.parse.clauses import (
    AFTER_PARENTHETICAL,
    COMMA_TAIL,
    GAP_TOKENS,
    GAP_WORD,
    INTRO,
    PREPOSITION_WHICH,
    QUOTE_TAIL,
    RELATIVE_TAIL,
    WORD_CHAR,
    ascii_last_word,
    clause_opens_before,
)
from roundtables.parse.lexicon import ELLIPTICAL_SUBJECTS, RELATIVE_SPEAKER_LINKS
from roundtables.parse.mention_reading import Mention
from roundtables.parse.mentions import MentionReader
from roundtables.parse.sentences import fold
from roundtables.parse.tails import tail_search
from roundtables.parse.verb_forms import VERB

Shape = Literal["pre", "post", "inverted", "relative", "tag", "gerund", "coord", "frame"]

_GAP_TAIL = re.compile(rf"(?:\s*,\s*{GAP_WORD}\s*,|\s+{GAP_WORD})*\s+$")
_STRAY_COMMA = re.compile(r",\s+$")


def _gap_tail(head: str) -> re.Match[str] | None:
    """``tail_search(_GAP_TAIL, head)``: the gap words and blanks between a speaker and its verb.

    The last of them ends the last word of ``head``: a comma, or a gap phrase's last word read whole
    (after a blank, before ``(?![\\w-])``). A last word in ASCII (folding reads ``ſ`` as ``s``) that is
    neither leaves only the blanks after it to match, and nothing before them is searched.
    """
    last = ascii_last_word(head)
    if last is not None and not last.endswith(",") and last not in GAP_TOKENS:
        return _GAP_TAIL.search(head, len(head.rstrip()))
    return tail_search(_GAP_TAIL, head)


_APPOSITION_COMMA = re.compile(r",\s*$")
_APPOSITIVE_TAIL = re.compile(r",\s*[^,;:“”\"()]{2,120}?,\s*$")
_PARTICIPIAL_TAIL = re.compile(r",\s*(?:held|[a-z]{2,}ed)\s[^,;:()]{2,120}?,\s*$")
_RELATIVE_SPEAKER_TAIL = re.compile(
    rf"\s+(?:{word_alternation(RELATIVE_SPEAKER_LINKS)})\s+[^,;:“”\"()—–]{{2,120}}?$"
)
"""``A scholar who had served in Kabul noted``: the post-modifier between a speaker and its verb."""
_TAG_TAIL = re.compile(
    r"(?P<comma>[,—–])\s*(?P<np>(?i:an?|the|one|another|this|that)\s+(?:[\w’'-]+\s+){1,4})$"
)
_TAG_RESUMES = re.compile(r"\s+[a-z]")
_COMMA_AS_TAIL = re.compile(r"[,—–]\s*as\s*$")
_SETTING_PHRASE = re.compile(
    r"^(?:(?:and|but)\s+)?(?:amid|in|at|after|before|during|despite|following|over|under|since)\s+[^,;:]*$",
    re.IGNORECASE,
)
"""A prepositional phrase setting the scene before a report: no content of it."""
_WITH_TAIL = re.compile(r",\s*with\s+$")
_WITH_QUANTIFIER = re.compile(rf",\s*with\s+(?P<q>(?i:{word_alternation(ELLIPTICAL_SUBJECTS)}))$")
_SETTING = re.compile(r"^\W*[A-Z][^,;:—–()“”\"]{0,60},\s*")


def absolute_subject(reader: MentionReader, s: str, head: str) -> Mention | None:
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
    mention = reader.ending_at(s, end)
    if mention is None or mention.form == "pronoun" or not tail_search(_WITH_TAIL, s, mention.start):
        return None
    return mention


def subject_of_verb_phrase(reader: MentionReader, s: str, end: int) -> Mention | None:
    """``Chinese experts welcomed the talks but stressed that ...``: the subject of a plain verb phrase.

    The sentence must open with the mention (after words like ``Meanwhile,``
    or a short setting such as ``At the close,``) and one clause without
    punctuation must run from it to the coordinator, so the second verb has
    the same subject; a mention there may be an object, never a new subject.
    """
    intro = INTRO.match(s)
    setting = _SETTING.match(s)
    found = reader.all_in(s, end)
    starts = {intro.end() if intro else 0, setting.end() if setting else 0}
    if not found or found[0].start not in starts:
        return None
    subject = found[0]
    between = s[subject.end : end]
    if not WORD_CHAR.search(between) or re.search(r"[,;:—–()“”\"]", between):
        return None
    if any(clause_opens_before(s, later) for later in found[1:]):
        return None
    return subject


def noun_phrase_tag(s: str, mention: Mention, verb_end: int) -> int | None:
    """``..., a concern she said is shared``: where a noun-phrase tag holding a reporting verb begins.

    The tag is a short noun phrase after a comma, the speaker and the verb,
    and the sentence resumes with a lower-case word that carries the claim
    about that noun phrase. Returns the offset of the comma, or None.
    """
    found = tail_search(_TAG_TAIL, s, mention.start)
    if found is None or VERB.search(found.group("np")) or not _TAG_RESUMES.match(s, verb_end):
        return None
    return found.start("comma")


def speaker_before(reader: MentionReader, s: str, head: str) -> Mention | None:
    """The mention a verb's subject is, allowing adverbs and an appositive between them."""
    gap = _gap_tail(head)
    if gap is None:
        return None
    stray = tail_search(_STRAY_COMMA, head)
    named = reader.ending_at(s, stray.start()) if stray is not None else None
    if named is not None and named.form == "name":
        # ``Admiral Samuel Paparo, warned of ...``, ``"…," a former envoy, Yasushi Akashi, said``
        return named
    mention = reader.ending_at(s, gap.start())
    if mention is not None:
        return _named_by_apposition(reader, s, mention)
    aside = tail_search(_APPOSITIVE_TAIL, head, gap.start() + 1)
    if aside is not None and not VERB.search(aside.group(0)):
        mention = reader.ending_at(s, aside.start())
        if mention is not None and (mention.form == "name" or mention.form == "indefinite"):
            return mention
    participial = tail_search(_PARTICIPIAL_TAIL, head, gap.start() + 1)
    if participial is not None:
        # ``The seminar, held under the "Chatham House Rule", concluded that ...``
        mention = reader.ending_at(s, participial.start())
        if mention is not None and mention.role_class == "event":
            return mention
    relative = tail_search(_RELATIVE_SPEAKER_TAIL, head, gap.start())
    if relative is not None and not VERB.search(relative.group(0)):
        mention = reader.ending_at(s, relative.start())
        if mention is not None and mention.form != "pronoun":
            return mention
    return reader.elliptical_ending_at(s, gap.start())


def _named_by_apposition(reader: MentionReader, s: str, mention: Mention) -> Mention:
    """``Robert Hertzberg, a California senator, said``: the speaker is the name; the noun phrase in
    apposition describes them."""
    if mention.form not in ("indefinite", "bare"):
        return mention
    comma = tail_search(_APPOSITION_COMMA, s, mention.start)
    named = reader.ending_at(s, comma.start()) if comma is not None else None
    if named is None or named.form != "name":
        return mention
    return replace(
        named,
        end=mention.end,
        text=s[named.start : mention.end],
        nationality=named.nationality or mention.nationality,
        role=named.role or mention.role,
    )


def shape_before(s: str, mention: Mention, verb_end: int) -> Shape:
    """How ``mention``, the speaker before a verb ending at ``verb_end``, stands to the content: before
    it (``pre``), after it (``"…," she said``: ``post``) or in a relative clause."""
    before = s[: mention.start].rstrip()
    if tail_search(PREPOSITION_WHICH, before + " "):
        return "pre"  # ``..., in which she expressed her hope that ...``: the content follows
    if tail_search(RELATIVE_TAIL, before):
        return "relative"
    unintroduced = INTRO.sub("", before)
    content_before = unintroduced.strip(' ,;:—–“”"')
    parenthetical = AFTER_PARENTHETICAL.match(s, verb_end) is not None
    set_off = tail_search(COMMA_TAIL, before + " ") or tail_search(_COMMA_AS_TAIL, before)
    # ``"…," she said``: the content is a quotation the sentence opens with, not a quoted name in a
    # setting (``In a panel titled "…," they emphasized …``).
    opens_quoted = unintroduced.lstrip().startswith(("“", '"'))
    quoted = tail_search(QUOTE_TAIL, before + " ") is not None and (opens_quoted or parenthetical)
    if (parenthetical or quoted) and set_off and WORD_CHAR.search(content_before):
        if not quoted and _SETTING_PHRASE.match(content_before):
            return "pre"  # ``And amid the trade tensions, all participants expressed concerns, ...``
        return "post"
    return "pre"


def narrated_action(reader: MentionReader, s: str, begin: int, mention: Mention) -> bool:
    """``Li Bin presented ..., X commented, and ...``: a list of who did what, from ``begin`` (the end of
    the sentence's last report), not a claim."""
    intro = INTRO.match(s, begin)
    first = reader.starting_at(s, intro.end() if intro else begin)
    return first is not None and first.form == "name" and first.start < mention.start
