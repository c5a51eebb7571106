"""One short hand-written text per way the genre attributes a claim.

The texts are made up for these tests; each asserts the cue, the claim text,
the speaker's fields and which claims share a speaker.
"""

from __future__ import annotations

import re

import pytest

from roundtables.models import Claim
from roundtables.parse.blocks import Block
from roundtables.parse.claims import extract_claims
from roundtables.parse.result import PersonMention

PEOPLE = (
    PersonMention("maria-okafor", "Maria Okafor", "host", (), None),
    PersonMention("chen-wei", "Chen Wei", "speaker", (), None),
    PersonMention("tomas-lind", "Tomas Lind", "moderator", (), None),
)


def claims_of(*paragraphs: str, people: tuple[PersonMention, ...] = PEOPLE) -> list[Claim]:
    """Claims of paragraphs joined by blank lines, one block each, all under one heading."""
    text = "\n\n".join(paragraphs)
    blocks, at = [], 0
    for paragraph in paragraphs:
        blocks.append(Block(at, at + len(paragraph), "Findings", None))
        at += len(paragraph) + 2
    found = extract_claims(text, blocks, event_id="ev", people=people)
    for claim in found:
        sentence = text[claim.sentence_start : claim.sentence_end]
        assert sentence.strip() == sentence and sentence
        words = iter(re.findall(r"\w+", sentence.casefold()))
        assert all(word in words for word in re.findall(r"\w+", claim.text.casefold())), claim.text
    return found


def summary(claim: Claim) -> tuple[str | None, str, str, str | None, str | None]:
    s = claim.speaker
    return claim.cue, claim.text, s.kind, s.nationality, s.role


def test_cue_before_the_content() -> None:
    [c] = claims_of("One Japanese participant explained that the alliance had never been stronger.")
    assert summary(c) == (
        "explain",
        "the alliance had never been stronger",
        "individual",
        "JP",
        "participant",
    )
    assert c.speaker.mention == "One Japanese participant"
    assert c.attribution == "explicit"
    assert c.speaker.person_id is None
    assert (c.claim_id, c.panel_id, c.section, c.topic) == ("ev/c001", "ev/p1", "Findings", None)


def test_group_cue_before_the_content() -> None:
    [c] = claims_of("Meanwhile, several Russian analysts responded that sanctions had failed.")
    assert summary(c) == ("respond", "sanctions had failed", "group", "RU", "analyst")


def test_cue_after_the_content() -> None:
    one, two, three = claims_of(
        "Grain prices will keep rising through the winter, said one Indian expert.",
        "Port capacity is the real bottleneck, a discussant said.",
        "Neither side wants a tariff war, panelists added.",
    )
    assert summary(one) == (
        "say",
        "Grain prices will keep rising through the winter",
        "individual",
        "IN",
        "expert",
    )
    assert one.speaker.mention == "one Indian expert"
    assert summary(two) == ("say", "Port capacity is the real bottleneck", "individual", None, "discussant")
    assert summary(three) == ("add", "Neither side wants a tariff war", "group", None, "panelist")
    assert len({one.speaker.key, two.speaker.key, three.speaker.key}) == 3


def test_cue_inside_the_content_and_anaphora() -> None:
    first, second, third = claims_of(
        "A German scholar argued that the treaty is obsolete. "
        "The real problem, she explained, is that no one verifies it. "
        "European capitals, the scholar said, are slow to admit this."
    )
    assert summary(second) == (
        "explain",
        "The real problem is that no one verifies it",
        "individual",
        "DE",
        "scholar",
    )
    assert second.speaker.mention == "she"
    assert summary(third) == (
        "say",
        "European capitals are slow to admit this",
        "individual",
        "DE",
        "scholar",
    )
    assert first.speaker.key == second.speaker.key == third.speaker.key


def test_definite_mention_takes_the_antecedents_fields() -> None:
    first, second = claims_of(
        "One Korean panelist noted that trade with the North has collapsed. "
        "Smuggling, the discussant continued, has taken its place."
    )
    assert second.speaker.key == first.speaker.key
    assert summary(second) == ("continue", "Smuggling has taken its place", "individual", "KR", "panelist")
    assert second.speaker.mention == "the discussant"


def test_cue_in_a_relative_clause() -> None:
    [c] = claims_of(
        "Shipping through the strait fell by a third last year, "
        "which an analyst said shows that insurers are nervous."
    )
    assert c.cue == "say"
    assert (
        c.text
        == "Shipping through the strait fell by a third last year, which shows that insurers are nervous"
    )
    assert (c.speaker.kind, c.speaker.role, c.speaker.mention) == ("individual", "analyst", "an analyst")


def test_say_adding_gives_two_claims_of_one_speaker_in_one_sentence() -> None:
    said, added = claims_of(
        "Drills near the border are routine, the participant said, adding that nobody should panic."
    )
    assert (said.cue, said.text) == ("say", "Drills near the border are routine")
    assert (added.cue, added.text) == ("add", "nobody should panic")
    assert said.speaker.key == added.speaker.key
    assert (said.sentence_start, said.sentence_end) == (added.sentence_start, added.sentence_end)
    assert [said.claim_id, added.claim_id] == ["ev/c001", "ev/c002"]


def test_two_speakers_in_one_sentence() -> None:
    group, one = claims_of(
        "All of the discussants agreed that the summit was overdue, "
        "although one panelist argued that it came too early for a deal."
    )
    assert summary(group) == ("agree", "the summit was overdue", "group", None, "discussant")
    assert summary(one) == ("argue", "it came too early for a deal", "individual", None, "panelist")
    assert group.speaker.key != one.speaker.key


def test_two_verbs_of_one_speaker() -> None:
    argued, advocated = claims_of(
        "Another expert argued that export controls backfire and instead advocated for joint research."
    )
    assert (argued.cue, argued.text) == ("argue", "export controls backfire")
    assert (advocated.cue, advocated.text) == ("advocate", "joint research")
    assert argued.speaker.key == advocated.speaker.key


def test_cue_in_an_opening_subordinate_clause() -> None:
    [c] = claims_of(
        "Although the Chinese experts conceded that growth is slowing, Beijing still sets the pace."
    )
    assert summary(c) == ("concede", "growth is slowing", "group", "CN", "expert")


def test_continued_claims_follow_an_attribution_in_the_same_block() -> None:
    claims = claims_of(
        "Energy ministers met in Oslo in June.",
        "A Norwegian participant stated that gas exports will peak soon. "
        "However, demand in Asia keeps growing. "
        "Will prices follow? "
        "Pipelines take a decade to build.",
        "Analysts expect a mild winter.",
    )
    assert [(c.cue, c.attribution) for c in claims] == [
        ("state", "explicit"),
        (None, "continued"),
        (None, "continued"),
    ]
    explicit, however, pipelines = claims
    assert however.text == "However, demand in Asia keeps growing"
    assert pipelines.text == "Pipelines take a decade to build"
    for c in (however, pipelines):
        assert c.speaker == explicit.speaker


def test_narration_is_not_a_claim() -> None:
    claims = claims_of(
        "Maria Okafor hosted a roundtable on Arctic shipping. Tomas Lind moderated the discussion.",
        "The talks were held in Tromsø. Several experts took part.",
        "What should the coast guard do? Nobody knows yet.",
        "One panelist said that ice maps are outdated. "
        "The discussion then turned to fisheries. Quotas are contested.",
    )
    assert [(c.cue, c.text) for c in claims] == [("say", "ice maps are outdated")]


def test_a_new_person_ends_the_previous_speakers_run() -> None:
    claims = claims_of(
        "A Canadian official warned that icebreakers are scarce. "
        "Chen Wei offered two remedies. "
        "Leasing ships is one of them."
    )
    assert [c.cue for c in claims] == ["warn"]


def test_named_speakers_get_their_person_id() -> None:
    first, second, third = claims_of(
        "Okafor argued that the route will open by 2035. "
        "Dr. Chen Wei countered that insurance costs will keep it closed. "
        "He noted that the last convoy needed two escorts."
    )
    assert (first.cue, first.speaker.person_id, first.speaker.mention) == ("argue", "maria-okafor", "Okafor")
    assert (first.speaker.kind, first.speaker.role, first.speaker.nationality) == ("individual", None, None)
    assert (second.cue, second.speaker.person_id, second.speaker.mention) == (
        "counter",
        "chen-wei",
        "Dr. Chen Wei",
    )
    assert third.speaker.person_id == "chen-wei"
    assert third.speaker.key == second.speaker.key != first.speaker.key


def test_indefinite_mentions_start_new_speakers_and_groups_get_own_keys() -> None:
    claims = claims_of(
        "One scholar said that the yuan is undervalued. "
        "Another scholar said that it is fairly priced. "
        "The scholar added that markets will decide. "
        "Panelists agreed that data are scarce. "
        "Panelists also agreed that more study is needed."
    )
    keys = [c.speaker.key for c in claims]
    assert keys[0] != keys[1]
    assert keys[2] == keys[1]
    assert len({keys[0], keys[1], keys[3], keys[4]}) == 4
    assert [c.speaker.kind for c in claims] == ["individual"] * 3 + ["group"] * 2


def test_moderator_is_not_taken_for_the_last_panelist() -> None:
    panelist, moderator = claims_of(
        "One panelist said that the ban is working. The moderator noted that exports fell anyway."
    )
    assert panelist.speaker.key != moderator.speaker.key
    assert (moderator.speaker.role, moderator.speaker.person_id) == ("moderator", "tomas-lind")


def test_pronoun_inside_a_narrated_clause_is_not_a_speaker() -> None:
    claims = claims_of(
        "A Thai expert said that the dam will be finished. "
        "The minister then visited the site, during which he stressed the schedule."
    )
    assert [c.cue for c in claims] == ["say"]


@pytest.mark.parametrize(
    ("sentence", "mention", "kind", "nationality"),
    [
        (
            "Both American and Chinese scholars believe that talks must resume.",
            "Both American and Chinese scholars",
            "group",
            None,
        ),
        (
            "A U.S. and a Chinese expert both noted that the deal is fragile.",
            "A U.S. and a Chinese expert",
            "group",
            None,
        ),
        (
            "One of the Japanese delegates insisted that the quota is fair.",
            "One of the Japanese delegates",
            "individual",
            "JP",
        ),
        ("The Chinese side maintained that the border is settled.", "The Chinese side", "group", "CN"),
        ("Most attendees felt that the forecast was too rosy.", "Most attendees", "group", None),
    ],
)
def test_quantifiers_and_nationalities(
    sentence: str, mention: str, kind: str, nationality: str | None
) -> None:
    [c] = claims_of(sentence)
    assert (c.speaker.mention, c.speaker.kind, c.speaker.nationality) == (mention, kind, nationality)


def test_lemmas_of_inflected_and_multiword_verbs() -> None:
    claims = claims_of(
        "One participant pointed out that the port is idle. "
        "A scholar emphasised that costs are falling. "
        "Another scholar called for a moratorium on new mines."
    )
    assert [(c.cue, c.text) for c in claims] == [
        ("point out", "the port is idle"),
        ("emphasise", "costs are falling"),
        ("call for", "a moratorium on new mines"),
    ]


def test_topic_objects_are_narration_not_claims() -> None:
    claims = claims_of(
        "Chen Wei and Maria Okafor explained their survey results. One panelist explained how quotas work."
    )
    assert [(c.cue, c.text) for c in claims] == [("explain", "how quotas work")]


def test_appositive_between_speaker_and_verb() -> None:
    named, indefinite = claims_of(
        "Maria Okafor, who chairs the polar council, argued that the treaty needs an update. "
        "One participant, a retired admiral, warned that patrols are thin."
    )
    assert (named.cue, named.text, named.speaker.person_id) == (
        "argue",
        "the treaty needs an update",
        "maria-okafor",
    )
    assert (indefinite.cue, indefinite.speaker.mention, indefinite.speaker.role) == (
        "warn",
        "One participant",
        "participant",
    )


def test_elliptical_speakers_take_the_left_out_noun() -> None:
    one, another, some, others = claims_of(
        "One Chilean scholar said that copper prices will recover. Another argued that they will not. "
        "Some panelists stressed that demand is weak, while others contended that supply is the issue."
    )
    assert (another.speaker.mention, another.speaker.kind) == ("Another", "individual")
    assert (another.speaker.nationality, another.speaker.role) == ("CL", "scholar")
    assert another.speaker.key != one.speaker.key
    assert (others.cue, others.text, others.speaker.kind, others.speaker.role) == (
        "contend",
        "supply is the issue",
        "group",
        "panelist",
    )
    assert others.speaker.key != some.speaker.key


def test_according_to_and_a_place_of_origin() -> None:
    first, second = claims_of(
        "According to one participant from Tokyo, the yen is undervalued. "
        "Rates will stay low, according to a Korean analyst."
    )
    assert (first.cue, first.text, first.speaker.nationality) == (
        "accord",
        "the yen is undervalued",
        "JP",
    )
    assert first.speaker.mention == "one participant from Tokyo"
    assert (second.cue, second.text, second.speaker.nationality) == (
        "accord",
        "Rates will stay low",
        "KR",
    )


def test_aside_after_the_verb() -> None:
    [c] = claims_of("One delegate noted, however, that the quota was never enforced.")
    assert (c.cue, c.text) == ("note", "the quota was never enforced")


def test_future_previews_are_not_claims() -> None:
    assert (
        claims_of("Panelists will argue that the quota is unfair. Chen Wei will explain how it works.") == []
    )


def test_origin_of_several_places_or_both_countries_gives_no_nationality() -> None:
    group, one = claims_of(
        "Participants from both countries agreed that the canal matters. "
        "One participant from Lima and Quito said that the toll is too high."
    )
    assert (group.speaker.kind, group.speaker.nationality) == ("group", None)
    assert (one.speaker.kind, one.speaker.nationality, one.speaker.role) == (
        "individual",
        None,
        "participant",
    )


def test_a_speaker_who_disagrees_saying_that() -> None:
    first, second = claims_of(
        "Tomas Lind argued that the canal is safe, "
        "but one Chilean expert disagreed, saying that silt is rising."
    )
    assert (first.cue, first.speaker.person_id) == ("argue", "tomas-lind")
    assert (second.cue, second.text, second.speaker.nationality) == ("say", "silt is rising", "CL")


def test_reported_speech_inside_a_claim_stays_in_it() -> None:
    [c] = claims_of("One panelist noted that some economists believe the boom is over.")
    assert (c.cue, c.text, c.speaker.role) == ("note", "some economists believe the boom is over", "panelist")


def test_quoted_claims_keep_their_quotation() -> None:
    said, before, added = claims_of(
        "“We will not fold,” one Chilean participant said. “Prices fell. They will recover,” he added."
    )
    assert (said.cue, said.text) == ("say", "“We will not fold”")
    # The quotation's sentence before the one that names its speaker carries on that speaker.
    assert (before.cue, before.text, before.speaker.key) == (None, "“Prices fell", said.speaker.key)
    assert (added.cue, added.text) == ("add", "They will recover”")
    assert said.speaker.key == added.speaker.key
