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
    return tuple(sorted({v.lemma for v in verbs} | set(lexicon.VIEW_NOUNS) | {lexicon.QUESTION_CUE}))


@functools.cache
def nationality_codes() -> tuple[str, ...]:
    """Every ISO 3166-1 alpha-2 code the parser can give a speaker or a panel's ``represented``."""
    from roundtables.parse import geography

    return tuple(sorted(set(geography.NATIONALITY_CODES.values())))


@functools.cache
def speaker_roles() -> tuple[str, ...]:
    """The head nouns the parser knows for ``speaker.role``; a title (``vice president``) may occur too."""
    from roundtables.parse import lexicon

    return tuple(sorted({noun.singular for noun in lexicon.ROLE_NOUNS}))


PANEL_ROLES = ROLE_ORDER
"""``members.role``, in the order that decides a person named in two ways."""
