"""Reporting verbs as written: every form of the lexicon's verbs and expressions (``argued``, ``pointed
out``, ``was optimistic about``) in one pattern, and the verb a written form is."""

from __future__ import annotations

import re

from roundtables.parse.alternations import word_alternation, word_trie
from roundtables.parse.lexicon import (
    EXPRESSIONS,
    PREDICATE_ADJECTIVES,
    PREDICATE_ADVERBS,
    REPORTING_VERBS,
    STANCE_OBJECTS,
    ReportingVerb,
)

_FORMS: dict[str, ReportingVerb] = {}
for _verb in (*REPORTING_VERBS, *EXPRESSIONS):
    for _form in _verb.forms:
        _FORMS.setdefault(_form, _verb)
FINITE_FORMS = {form for verb in (*REPORTING_VERBS, *EXPRESSIONS) for form in verb.finite}
_STANCE_PREPOSITIONS = {p for prepositions in STANCE_OBJECTS.values() for p in prepositions}
_PREDICATE = (
    rf"(?:is|are|was|were)\s+(?:(?:{word_alternation(PREDICATE_ADVERBS)}|[a-z]+ly)\s+)"
    rf"(?:(?:{word_alternation(STANCE_OBJECTS)})\s+(?:{word_alternation(_STANCE_PREPOSITIONS)})"
    rf"|{word_alternation(PREDICATE_ADJECTIVES)})"
)
VERB = re.compile(rf"(?<![\w’'-])(?:{word_trie(_FORMS)}|{_PREDICATE})(?![\w’'-])")


def verb_of(written: str) -> ReportingVerb:
    """The reporting verb a match of ``VERB`` writes; an adverb inside a predicate does not count."""
    form = " ".join(written.split())
    if form in _FORMS:
        return _FORMS[form]
    words = form.split()
    if words[-1] in _STANCE_PREPOSITIONS:
        return _FORMS[f"{words[0]} {words[-2]} {words[-1]}"]
    return _FORMS[f"{words[0]} {words[-1]}"]
