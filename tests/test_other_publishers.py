"""Reported speech in other publishers' summaries, one short made-up text per construction:
speakers named in prose, the voice of a conference report, page chrome, headlines, labelled lists.

Every text is written for these tests; expected values are read off the text by hand.
"""

from __future__ import annotations

import pytest

from parse_support import parse_of
from roundtables.errors import RawTextError
from roundtables.parse import ParsedEvent
from test_claims_patterns import claims_of, summary


def _parse(text: str) -> ParsedEvent:
    return parse_of(text, "o1")


def test_speakers_named_in_running_prose_are_people_and_speak() -> None:
    pe = _parse(
        "Harbor forum closes in Lisbon\n\n"
        "The Example Institute hosted its annual harbor forum on Monday.\n\n"
        "Ana Ruiz, dean of the Example School of Law, said that ports need new rules. "
        "“Shipping will not wait,” said Tomas Vale, a former Chilean trade minister. "
        "Kenji Mori from Japan, however, warned that insurers are leaving. "
        "Ruiz added that the rules should be regional."
    )
    people = {p.name: (p.role, p.title, p.nationality) for p in pe.people}
    assert people == {
        "Ana Ruiz": ("speaker", "dean", None),
        "Tomas Vale": ("speaker", "minister", "CL"),
        "Kenji Mori": ("speaker", None, "JP"),
    }
    said = [(c.cue, c.speaker.person_id) for c in pe.claims]
    assert said == [
        ("say", "ana-ruiz"),
        ("say", "tomas-vale"),
        ("warn", "kenji-mori"),
        ("add", "ana-ruiz"),
    ]


def test_people_only_talked_about_and_bylines_are_no_people() -> None:
    pe = _parse(
        "By Lena Park and Omar Diaz\n\n"
        "Delegates met in Seoul for the third river dialogue. Chinese President Li Wen said last week "
        "that the river must stay open. One delegate argued that the dams are a risk."
    )
    assert [p.name for p in pe.people] == []


def test_an_initial_and_a_full_first_name_are_one_person() -> None:
    pe = _parse(
        "The Example Council held a forum on rail links.\n\n"
        "K. Sarybay noted that freight is growing. Kairat Sarybay also said that tariffs fell."
    )
    assert [p.name for p in pe.people] == ["Kairat Sarybay"]


def test_the_voice_of_a_conference_report_is_a_group_claim() -> None:
    concluded, cautioned = claims_of(
        "Twenty scholars met in Hanoi. The conference concluded that the strait is calm. "
        "However, the group cautioned that fishing disputes could flare."
    )
    assert summary(concluded) == ("conclude", "the strait is calm", "group", None, "scholar")
    assert summary(cautioned)[:3] == ("caution", "fishing disputes could flare", "group")


def test_the_event_as_subject_of_a_plain_verb_is_narration() -> None:
    assert claims_of("The conference discussed shipping. Freight rates rose in May.") == []


def test_page_chrome_is_no_section_and_the_headline_is_the_title() -> None:
    pe = _parse(
        "River talks end with hope for a deal\n\n"
        "Updated: 2019-05-04 10:31\n\n"
        "By LENA PARK in Seoul\n\n"
        "Print Mail Large Medium Small\n\n"
        "Delegates to the third river dialogue agreed that the dams must be shared.\n\n"
        "© Copyright Example News"
    )
    assert pe.event.title == "River talks end with hope for a deal"
    assert pe.event.sections == []
    [claim] = pe.claims
    assert claim.cue == "agree"


def test_a_labelled_list_of_speakers_ends_where_the_summary_resumes() -> None:
    pe = _parse(
        "Session 4: Rivers and Power\n\n"
        "Speakers\n"
        "PARK Lena, Professor, Example University\n"
        "Omar DIAZ, Senior Fellow, Example Council\n\n"
        "Session Sketch\n\n"
        "Professor Park argued that the dams are a shared risk. Diaz said that talks must go on."
    )
    assert {p.name for p in pe.people} == {"Park Lena", "Omar Diaz"}
    assert [c.cue for c in pe.claims] == ["argue", "say"]


def test_an_iso_date_line_is_the_date_not_the_location_or_title() -> None:
    pe = _parse("2018-09-09\n\nThe Example Institute hosted a roundtable on river trade.")
    assert (pe.event.date, pe.event.location, pe.event.title) == ("2018-09-09", None, None)


def test_a_definite_mention_with_another_origin_is_another_speaker() -> None:
    scholar, european = claims_of(
        "A Chinese scholar argued that tariffs hurt growth. "
        "The European participant observed that ports are busy."
    )
    assert european.speaker.key != scholar.speaker.key
    assert european.speaker.nationality is None


def test_a_plural_noun_after_and_is_no_verb() -> None:
    [c] = claims_of("One official recommended closer cooperation between provinces and states.")
    assert c.text == "closer cooperation between provinces and states"


@pytest.mark.parametrize(
    "text", ["Buy milk, eggs and bread.", "Remember to water the plants on the balcony."]
)
def test_a_text_about_no_event_and_no_people_is_refused(text: str) -> None:
    with pytest.raises(RawTextError) as caught:
        _parse(text)
    assert caught.value.code == "no-structure"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Date/Time: April 25, 2023 / 16:00-17:15\n\nThe forum brought together delegates from Peru.",
            "2023-04-25",
        ),
        ("The Example Institute held its conference from August 30 to September 2, 1999.", "1999-08-30"),
        (
            "Delegates met in Lima. The dialogue was held on 28-29 August 2023 at the Example Institute.",
            "2023-08-28",
        ),
        (
            "On November 13th, 2018, Dr. Ana Ruiz gave a talk on river trade at the Example Institute.",
            "2018-11-13",
        ),
    ],
)
def test_the_events_date_from_the_body(text: str, date: str) -> None:
    assert _parse(text).event.date == date


def test_a_name_in_apposition_to_a_noun_phrase_is_the_speaker() -> None:
    pe = _parse(
        "The Example Forum opened in Lima on Monday.\n\n"
        "“We need rules for the river,” Ana Ruiz, a Chilean senator, said. "
        "The keynote speech was delivered by Mr. Omar Diaz, Professor, Example University. "
        "Prof. Diaz stated that dams are a shared risk."
    )
    people = {p.name: p.role for p in pe.people}
    assert people == {"Ana Ruiz": "speaker", "Omar Diaz": "speaker"}
    said, stated = pe.claims
    assert (said.speaker.person_id, said.speaker.nationality, said.speaker.role) == (
        "ana-ruiz",
        "CL",
        "senator",
    )
    assert (stated.speaker.person_id, stated.speaker.role) == ("omar-diaz", "professor")


def test_a_hosts_acronym_is_spelled_out_and_co_hosts_give_the_first() -> None:
    defined = _parse(
        "The Example Forum of Peru (EFP) brings people together.\n\n"
        "EFP hosted a dialogue on river trade in Lima. One participant said that barges are cheap."
    )
    assert defined.event.host_organization == "Example Forum of Peru"
    co = _parse(
        "The dialogue was co-hosted by the Example Foundation and the Example Institute of Chile. "
        "One participant said that barges are cheap."
    )
    assert co.event.host_organization == "Example Foundation"


def test_a_surname_in_capitals_points_to_the_listed_person() -> None:
    pe = _parse(
        "Session 2: Ports and Power\n\n"
        "Speakers: PARK Ji-won, Professor, Example University; Omar DIAZ, Fellow, Example Council\n\n"
        "Prof. PARK argued that the dams are a shared risk. According to DIAZ, talks must go on."
    )
    assert [(c.cue, c.speaker.person_id) for c in pe.claims] == [
        ("argue", "park-ji-won"),
        ("accord", "omar-diaz"),
    ]


def test_an_organization_named_like_a_person_is_no_speaker() -> None:
    pe = _parse(
        "The forum was co-hosted by Example Daily and the think tank Genron NPO, veteran diplomat "
        "Li Wen, a former Chinese ambassador, suggested that hope remains."
    )
    assert [p.name for p in pe.people] == ["Li Wen"]


def test_a_delegations_members_are_participants_a_panels_speakers() -> None:
    pe = _parse(
        "The Example Institute hosted a dialogue on river trade in Lima. The Chilean delegation "
        "included: Mr. Tomas Vale, Director, Example Council; Dr Ana Ruiz, Fellow, Example Council. "
        "Panelists including Omar Diaz of the Example School argued that barges are cheap."
    )
    roles = {p.name: p.role for p in pe.people}
    assert roles == {"Tomas Vale": "participant", "Ana Ruiz": "participant", "Omar Diaz": "speaker"}


def test_the_format_is_not_read_from_a_claim() -> None:
    pe = _parse(
        "Experts met in Lima to compare notes on trade.\n\n"
        "One participant argued that a workshop on dams is overdue. Another said that a seminar would help."
    )
    assert pe.event.format == "other"


def test_an_organizations_name_keeps_its_articles() -> None:
    pe = _parse("The Example Institute hosted a discussion with Ana Ruiz of the Center for a New Security.")
    assert [p.affiliations for p in pe.people] == [("Center for a New Security",)]


def test_lines_and_phrases_that_give_a_role_by_someone() -> None:
    pe = _parse(
        "January 6, 2017\n\n"
        "Moderated by Lena Park, Senior Fellow, Example Council\n\n"
        "After a dinner hosted by Amb. Tomas Vale, Chairman of the Example Forum, the dialogue began. "
        "Headed by Omar Diaz, the Chilean delegation argued that barges are cheap."
    )
    roles = {p.name: p.role for p in pe.people}
    assert roles == {"Lena Park": "moderator", "Tomas Vale": "host", "Omar Diaz": "speaker"}


def test_shared_views_and_a_consensus_the_event_ended_with() -> None:
    shared, ended, proposed = claims_of(
        "Twenty scholars met in Hanoi. The participants shared the view that the strait must stay open. "
        "The roundtable ended with a consensus that small powers should lead. "
        "Experts on maritime affairs proposed a joint coast guard forum."
    )
    assert (shared.cue, shared.text) == ("share", "the strait must stay open")
    assert (ended.cue, ended.speaker.kind) == ("agree", "group")
    assert (proposed.cue, proposed.speaker.mention) == ("propose", "Experts on maritime affairs")
