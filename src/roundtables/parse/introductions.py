"""The introducing sentences of an event's lead, which every reader of the Event record reads.

They are the sentences of the lead that introduce the event or its participants
(a hosting, convening or moderating verb, or ``a/the/this <event word>``);
background narration (``U.S. Navy ships kept sailing near Chinese-held reefs``,
``Chinese experts think ...``) says nothing about the event. The hosting verbs
found in a sentence, and the prefix tree of a word list these patterns are
built with, serve the same readers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from roundtables.parse.alternations import word_trie
from roundtables.parse.line_kinds import opens_on_host
from roundtables.parse.people import sentences
from roundtables.parse.sentences import folded
from roundtables.parse.vocabulary import EVENT_NOUNS, HOSTING_VERBS


def blind_words(words: Sequence[str], *, blind: bool = True) -> str:
    """``words`` in any case (as written, unless ``blind``) as one prefix tree behind a test of the first
    letter, for a pattern that tries them at every position: a plain alternation tests each word in turn.
    The same strings as the alternation, a spaced word with one space as listed; the tree tries the longer
    of two words that match at one place first, and the spaced words only after it."""
    tree = word_trie(w for w in words if " " not in w)
    spaced = [re.escape(w) for w in words if " " in w]
    first = "".join(sorted({re.escape(w[0]) for w in words}))
    return rf"(?{'i' if blind else ''}:(?=[{first}])(?:{'|'.join([tree, *spaced])}))"


_ORG_VERB_RE = re.compile(rf"(?<![\w–-]){blind_words(HOSTING_VERBS, blind=False)}\b(?!\s+by)")
"""A hosting verb (no verb of the list starts another before a non-word character: the tree matches
where the alternation in list order does, the same span)."""


@lru_cache(maxsize=64)  # the readers of host, place and participants each ask of the same sentences
def org_verbs(sentence: str) -> tuple[tuple[int, int], ...]:
    """The spans of :data:`_ORG_VERB_RE` in ``sentence``."""
    return tuple(m.span() for m in _ORG_VERB_RE.finditer(sentence))


_INTRO_VERBS = (
    "hosted|hosts|host|hosting|co-hosted|co-hosts|cohosted|held|holds|organized|organised|organizes|"
    "co-sponsored|co-organized|co-organised|convened|convenes|assembled|sponsored|"
    "gathered|met|meet|moderated|moderate|moderates|chaired|chairs|featured|featuring|features|joined|join|"
    "included|including|comprised|attended|participated|participate|participates|participating"
)
_INTRO_VERB_RE = re.compile(
    rf"\b(?<![\w–-])(?:{word_trie(_INTRO_VERBS.split('|'))}|brought together|brings together"
    r"|(?:took|take|takes|taking)\s+part)\b",
    re.IGNORECASE,
)
_INTRO_EVENT_RE = re.compile(
    rf"\b(?:a|an|the|this|our|its)\s+(?:[\w-]+\s+){{0,3}}?{blind_words(EVENT_NOUNS, blind=False)}\b",
    re.IGNORECASE,
)
_EVENT_NOUN_TREE = word_trie(EVENT_NOUNS)
_EVENT_NOUN_CUE = re.compile(rf"\s(?i:{_EVENT_NOUN_TREE})\b")
"""Every event word that ends a phrase like ``a closed-door roundtable``: a space, then the word."""
_INTRO_VERB_LOW_RE = re.compile(_INTRO_VERB_RE.pattern)
_INTRO_EVENT_LOW_RE = re.compile(_INTRO_EVENT_RE.pattern)
_EVENT_NOUN_CUE_LOW = re.compile(rf"\s(?:{_EVENT_NOUN_TREE})\b")
"""The three patterns above case-sensitive (their letters are lower case), for a sentence in lower case
(:func:`~roundtables.parse.sentences.folded`)."""


def intro_sentences(lead: list[str]) -> list[str]:
    """The sentences of the lead that introduce the event or its participants, in text order."""
    return list(_intro_sentences(tuple(lead)))


@lru_cache(maxsize=8)  # the event's readers each ask for the same lead's
def _intro_sentences(lead: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sentence for para in lead for sentence in sentences(para) if _introduces(sentence))


@lru_cache(maxsize=256)  # the lead comes back with and without its claims, and once per panel
def _introduces(sentence: str) -> bool:
    """A hosting, convening or moderating verb (``hosted``), ``a/the/this <event word>``, or a line naming
    the host (``Organiser: X``)."""
    if opens_on_host(sentence):
        return True
    low = folded(sentence)
    if low is None:
        if _INTRO_VERB_RE.search(sentence):
            return True
        return _EVENT_NOUN_CUE.search(sentence) is not None and _INTRO_EVENT_RE.search(sentence) is not None
    if _INTRO_VERB_LOW_RE.search(low):
        return True
    return _EVENT_NOUN_CUE_LOW.search(low) is not None and _INTRO_EVENT_LOW_RE.search(low) is not None


def clear_caches() -> None:
    """Forget the sentences read for the last event (see :func:`people.clear_caches`)."""
    for cached in (org_verbs, _intro_sentences, _introduces):
        cached.cache_clear()
