"""The values a field can take where the models leave them open: cues, nationalities, speaker roles.

Read from the parser's own word lists (``roundtables.parse.lexicon`` and
``geography``), so the data dictionary and the readers' filters list exactly
what the parser can produce.
"""

from __future__ import annotations

import functools

from roundtables.models import ROLE_ORDER


@functools.cache
def cue_values() -> tuple[str, ...]:
    """Every ``cue`` the parser can give a claim: reporting verbs' lemmas, expressions, frames."""
    from roundtables.parse import lexicon

    verbs = (*lexicon.REPORTING_VERBS, *lexicon.EXPRESSIONS, lexicon.ACCORDING_TO)
    lemmas = {v.lemma for v in verbs} - lexicon.QUESTION_LEMMAS  # a reported question is no claim
    return tuple(sorted(lemmas | set(lexicon.VIEW_NOUNS)))


@functools.cache
def nationality_codes() -> tuple[str, ...]:
    """Every ISO 3166-1 alpha-2 code the parser can give a speaker or a panel's ``represented``."""
    from roundtables.parse import geography

    return tuple(sorted(set(geography.NATIONALITY_CODES.values())))


@functools.cache
def speaker_roles() -> tuple[str, ...]:
    """The head nouns and titles the parser knows for ``speaker.role`` (a noun read from its ending,
    ``economist``, may occur too); an event noun (``the conference``) gives the participants' noun."""
    from roundtables.parse import descriptions, lexicon

    nouns = {noun.singular for noun in lexicon.ROLE_NOUNS if noun.kind_class != "event"}
    return tuple(sorted(nouns | set(descriptions.TITLES.values()) | descriptions.RANKS))


PANEL_ROLES = ROLE_ORDER
"""``members.role``, in the order that decides a person named in two ways."""
