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
    assert (second.cue, second.text) == ("reply", "the canal is not")
    assert second.speaker.mention == "Prof. da Silva"
    assert second.speaker.key != first.speaker.key


def test_a_discourse_noun_with_any_past_verb_is_narration_not_a_continued_claim() -> None:
    for narration in (
        "The question drew no clear answer.",
        "This point went unanswered.",
        "The debate prompted a long silence.",
    ):
        claims = claims_of(f"Chen argued that tariffs raise prices. Is that a cost worth paying? {narration}")
        assert [(c.cue, c.text) for c in claims] == [("argue", "tariffs raise prices")], narration


def test_a_reporting_verb_coordinated_after_a_plain_verb_of_a_named_subject() -> None:
    [c] = claims_of(
        "At the close, Okafor thanked the guests and said that the forum would meet again in May."
    )
    assert (c.cue, c.text, c.speaker.person_id) == (
        "say",
        "the forum would meet again in May",
        "maria-okafor",
    )


def test_a_new_subject_after_the_coordinator_takes_the_claim() -> None:
    [c] = claims_of("Okafor thanked the guests, and Chen said that the forum should meet in May.")
    assert (c.cue, c.speaker.person_id) == ("say", "chen-wei")


def test_questions_put_by_the_moderator_or_the_audience_are_not_claims() -> None:
    claims = claims_of(
        "Lind opened the session by asking whether grain prices will stay high. "
        "Chen replied that harvests are recovering. "
        "A member of the audience asked whether storage is too costly. "
        "An audience member asked if rail can help. "
        "One questioner asked whether subsidies distort trade."
    )
    assert [(c.cue, c.text) for c in claims] == [("reply", "harvests are recovering")]


def test_a_participant_asking_makes_no_claim() -> None:
    assert claims_of("A Kenyan participant asked whether grain reserves could be pooled.") == []
