"""Speakers with surname particles, narration about the discussion, coordinated and reported questions.

Every text is made up for these tests; the expected records are read off the sentences by hand.
"""

from __future__ import annotations

from roundtables.parse.result import PersonMention
from test_claims_patterns import PEOPLE, claims_of

WITH_PARTICLE = (*PEOPLE, PersonMention("ines-van-der-berg", "Ines van der Berg", "speaker", (), None))


def test_a_listed_surname_with_particles_is_a_named_speaker() -> None:
    [c] = claims_of(
        "Chen said that ports are full. Dr. van der Berg pointed out that rail freight is cheaper.",
        people=WITH_PARTICLE,
    )[1:]
    assert (c.cue, c.text) == ("point out", "rail freight is cheaper")
    assert (c.speaker.mention, c.speaker.person_id) == ("Dr. van der Berg", "ines-van-der-berg")


def test_an_unlisted_surname_with_a_particle_after_an_honorific_is_a_named_speaker() -> None:
    first, second = claims_of("Chen said that ports are full. Prof. da Silva replied that the canal is not.")
    assert (second.cue, second.text, second.speaker.mention) == ("reply", "the canal is not", "Prof. da Silva")
    assert second.speaker.key != first.speaker.key


def test_a_discourse_noun_with_any_past_verb_is_narration_not_a_continued_claim() -> None:
    for narration in (
        "The question drew no clear answer.",
        "This point went unanswered.",
        "The debate prompted a long silence.",
    ):
        claims = claims_of(f"Chen argued that tariffs raise prices. Is that a cost worth paying? {narration}")
        assert [(c.cue, c.text) for c in claims] == [("argue", "tariffs raise prices")], narration
