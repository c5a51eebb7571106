"""Speaker noun phrases beyond the two seeds: open role nouns, long modifier chains, partitives, numerals.

Every text is made up for these tests; the expected cue, text and speaker
fields are read off the sentence by hand.
"""

from __future__ import annotations

import pytest

from roundtables.parse import lexicon, vocabulary
from roundtables.parse.blocks import Block
from roundtables.parse.claims import extract_claims
from test_claims_patterns import PEOPLE, claims_of, summary


@pytest.mark.parametrize(
    ("sentence", "mention", "kind", "nationality", "role"),
    [
        (
            "One retired Indian officer warned that the pass is closed in winter.",
            "One retired Indian officer",
            "individual",
            "IN",
            "officer",
        ),
        (
            "A former German naval officer said that the canal needs dredging.",
            "A former German naval officer",
            "individual",
            "DE",
            "officer",
        ),
        (
            "One Central Asia specialist argued that the railway will be late.",
            "One Central Asia specialist",
            "individual",
            None,
            "specialist",
        ),
        (
            "A senior Brazilian trade negotiator noted that soy quotas are full.",
            "A senior Brazilian trade negotiator",
            "individual",
            "BR",
            "negotiator",
        ),
        (
            "Two Mexican historians contended that the border treaty was unfair.",
            "Two Mexican historians",
            "group",
            "MX",
            "historian",
        ),
        (
            "A French climatologist observed that glaciers are shrinking.",
            "A French climatologist",
            "individual",
            "FR",
            "climatologist",
        ),
        (
            "Several Japanese consultants stressed that wages must rise.",
            "Several Japanese consultants",
            "group",
            "JP",
            "consultant",
        ),
        (
            "An Australian lawmaker cautioned that the subsidy is too small.",
            "An Australian lawmaker",
            "individual",
            "AU",
            "lawmaker",
        ),
    ],
)
def test_open_role_nouns_and_modifier_chains(
    sentence: str, mention: str, kind: str, nationality: str | None, role: str
) -> None:
    [c] = claims_of(sentence)
    assert c.attribution == "explicit"
    assert (c.speaker.mention, c.speaker.kind, c.speaker.nationality, c.speaker.role) == (
        mention,
        kind,
        nationality,
        role,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The latter said nothing about it.",
        "The government stated that the port is open.",
        "The president said that tariffs will rise.",
        "A closer said that the deal is done.",
        "The ruling party's lawmakers insisted that the bill must pass.",
    ],
)
def test_words_with_person_endings_that_are_not_speakers(sentence: str) -> None:
    assert claims_of(sentence) == []


def test_multiword_nationality_is_one_nationality() -> None:
    korean, northern, zealand = claims_of(
        "A South Korean panelist said that exports are recovering. "
        "One North Korean defector argued that markets are spreading. "
        "A New Zealand diplomat noted that fisheries talks have stalled."
    )
    assert summary(korean)[2:] == ("individual", "KR", "panelist")
    assert summary(northern)[2:] == ("individual", "KP", "defector")
    assert summary(zealand)[2:] == ("individual", "NZ", "diplomat")


def test_a_speaker_placed_at_a_named_institution() -> None:
    [c] = claims_of("A fellow at the Lowy Institute argued that the reef treaty is weak.")
    assert (c.cue, c.text) == ("argue", "the reef treaty is weak")
    assert (c.speaker.mention, c.speaker.kind, c.speaker.role) == (
        "A fellow at the Lowy Institute",
        "individual",
        "fellow",
    )


def test_one_of_each_nationality_is_a_group_without_nationality() -> None:
    [c] = claims_of("One Brazilian and one Chilean participant said that the copper price is fair.")
    assert (c.speaker.mention, c.speaker.kind, c.speaker.nationality) == (
        "One Brazilian and one Chilean participant",
        "group",
        None,
    )


def test_the_participant_points_back_to_a_multiword_nationality_speaker() -> None:
    first, second = claims_of(
        "A South Korean participant said that the ferry link should reopen. "
        "Tourism would follow, the participant explained."
    )
    assert second.speaker.key == first.speaker.key
    assert summary(second) == ("explain", "Tourism would follow", "individual", "KR", "participant")


def test_one_of_them_is_a_new_member_of_the_last_group() -> None:
    group, one, again = claims_of(
        "Several Indian economists contended that the rupee is stable. "
        "Inflation is the real threat, one of them stressed. "
        "The economist also noted that food prices drive it."
    )
    assert summary(group) == ("contend", "the rupee is stable", "group", "IN", "economist")
    assert summary(one) == ("stress", "Inflation is the real threat", "individual", "IN", "economist")
    assert one.speaker.mention == "one of them"
    assert one.speaker.key != group.speaker.key
    assert again.speaker.key == one.speaker.key
    assert (again.cue, again.text) == ("note", "food prices drive it")


def test_partitives_with_a_noun_and_of_the_whole_group() -> None:
    one, two, everyone = claims_of(
        "One of the Turkish delegates insisted that the strait stays open. "
        "Two of the panelists replied that traffic has doubled. "
        "All of them agreed that pilots are scarce."
    )
    assert summary(one)[2:] == ("individual", "TR", "delegate")
    assert summary(two)[2:] == ("group", None, "panelist")
    assert two.speaker.key != one.speaker.key
    assert everyone.speaker.key == two.speaker.key


@pytest.mark.parametrize(
    ("sentence", "mention", "nationality", "role"),
    [
        ("All three panelists agreed that the loan was a mistake.", "All three panelists", None, "panelist"),
        ("Two Canadian scholars argued that it is illegal.", "Two Canadian scholars", "CA", "scholar"),
        ("The four discussants concluded that rates will fall.", "The four discussants", None, "discussant"),
        ("Both U.S. participants warned that it is close.", "Both U.S. participants", "US", "participant"),
    ],
)
def test_numeral_groups(sentence: str, mention: str, nationality: str | None, role: str) -> None:
    [c] = claims_of(sentence)
    assert (c.speaker.mention, c.speaker.kind, c.speaker.nationality, c.speaker.role) == (
        mention,
        "group",
        nationality,
        role,
    )


def test_a_specific_role_noun_points_back_to_its_role_not_the_last_speaker() -> None:
    expert, discussant, again = claims_of(
        "One Italian expert said that the bridge is safe. "
        "A Greek discussant countered that its cables are rusting. "
        "The expert replied that the cables were replaced in 2019."
    )
    assert again.speaker.key == expert.speaker.key != discussant.speaker.key
    assert summary(again)[2:] == ("individual", "IT", "expert")


def test_a_generic_role_noun_points_back_to_the_last_anonymous_speaker() -> None:
    officer, again = claims_of(
        "A Polish officer argued that the brigade is ready. The panelist added that drills start soon."
    )
    assert again.speaker.key == officer.speaker.key
    assert summary(again) == ("add", "drills start soon", "individual", "PL", "officer")


def test_an_occupation_anaphor_skips_a_nearer_speaker_with_another_role() -> None:
    scholar, group, member, other, again = claims_of(
        "A Turkish scholar argued that the strait treaty still holds. "
        "Turkish participants agreed that Ankara was left out. "
        "Ankara wants a seat, one of them said. "
        "A Greek participant noted that patrols have doubled. "
        "The Turkish scholar replied that patrols are routine."
    )
    assert summary(member)[2:] == ("individual", "TR", "participant")
    assert again.speaker.key == scholar.speaker.key
    assert again.speaker.key not in (group.speaker.key, member.speaker.key, other.speaker.key)
    assert summary(again) == ("reply", "patrols are routine", "individual", "TR", "scholar")


def test_a_seat_anaphor_continues_the_last_speaker_past_an_earlier_one_of_its_role() -> None:
    discussant, panelist, again = claims_of(
        "A discussant said that the dam will be finished in 2030. "
        "A panelist argued that the funding has run out. "
        "The discussant warned that the river may change course."
    )
    assert again.speaker.key == panelist.speaker.key != discussant.speaker.key
    assert summary(again)[2:] == ("individual", None, "panelist")


def test_an_anaphor_without_antecedent_starts_a_speaker_and_skips_named_people() -> None:
    named, expert, participant = claims_of(
        "Tomas Lind said that the harbor must be deepened. "
        "The expert noted that silt returns every spring. "
        "The participant added that dredging is costly."
    )
    assert expert.speaker.key != named.speaker.key
    assert (expert.speaker.role, expert.speaker.person_id) == ("expert", None)
    assert participant.speaker.key == expert.speaker.key
    assert participant.speaker.role == "expert"


def test_a_named_speaker_seen_in_another_section_is_found_by_a_later_pronoun() -> None:
    text = "Chen Wei spoke first.\n\nChen Wei argued that the quota is fair, and he urged patience."
    blocks = [Block(0, 21, None, None), Block(23, len(text), "Quotas", None)]
    argued, urged = extract_claims(text, blocks, event_id="ev", people=PEOPLE)
    assert (argued.cue, argued.text) == ("argue", "the quota is fair")
    assert (urged.cue, urged.text, urged.speaker.mention) == ("urge", "patience", "he")
    assert urged.speaker.key == argued.speaker.key
    assert urged.speaker.person_id == "chen-wei"


def test_name_honorifics_are_a_subset_of_the_shared_title_list() -> None:
    assert set(lexicon.NAME_HONORIFICS) <= set(vocabulary.HONORIFICS)


def test_ordinals_after_a_group_are_two_new_members_of_it() -> None:
    first, second = claims_of(
        "Two Indian analysts differed on the dam. The first argued that the project will be finished "
        "early, whereas the second insisted that funding will run out."
    )
    assert summary(first) == ("argue", "the project will be finished early", "individual", "IN", "analyst")
    assert summary(second) == ("insist", "funding will run out", "individual", "IN", "analyst")
    assert (first.speaker.mention, second.speaker.mention) == ("The first", "the second")
    assert first.speaker.key != second.speaker.key
