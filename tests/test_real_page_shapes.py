"""Shapes of real event pages, one short made-up text each: noun-phrase reports, enumerations,
agentless passives, a speaker taking the floor, agendas, titles in quotation marks, dates, hosts.

Every text is written for these tests; expected values are read off the text by hand.
"""

from __future__ import annotations

from parse_support import parse_of
from roundtables.parse import ParsedEvent
from test_claims_patterns import claims_of, summary


def _parse(text: str) -> ParsedEvent:
    return parse_of(text, "r1")


def test_reports_with_a_noun_phrase_object() -> None:
    claims = claims_of(
        "One Danish scholar deplored the use of tariffs as a weapon. "
        "A Polish official put emphasis on the cost of delay. "
        "The participants agreed on the need for a hotline. "
        "One analyst expressed concern about the pace of testing. "
        "A Kenyan economist drew attention to the debt of small ports."
    )
    assert [(c.cue, c.text) for c in claims] == [
        ("deplore", "the use of tariffs as a weapon"),
        ("put", "the cost of delay"),
        ("agree", "the need for a hotline"),
        ("express", "the pace of testing"),
        ("draw", "the debt of small ports"),
    ]


def test_called_x_a_y_and_dismissing_the_narrative_that() -> None:
    called, dismissed = claims_of(
        "A Greek diplomat called the embargo a test of unity. "
        "One Irish scholar opened by dismissing the narrative that aid had failed."
    )
    assert (called.cue, called.text) == ("call", "the embargo a test of unity")
    assert dismissed.cue == "dismiss"
    assert dismissed.text == "the narrative that aid had failed"


def test_called_and_dismissed_with_a_plain_object_are_no_claims() -> None:
    assert (
        claims_of("One analyst called the minister and booked a flight. A scholar dismissed the class.") == []
    )


def test_an_announced_list_continues_its_speaker() -> None:
    identified, first, second = claims_of(
        "One Chilean engineer identified two kinds of risk. "
        "The first risk is a drought in the north. The second is the age of the dams."
    )
    assert (identified.cue, identified.text) == ("identify", "two kinds of risk")
    assert [(c.attribution, c.cue) for c in (first, second)] == [("continued", None), ("continued", None)]
    assert first.speaker.key == second.speaker.key == identified.speaker.key


def test_agentless_passive_is_the_participants_claim() -> None:
    [c] = claims_of("Delegates met for two days. It was broadly agreed that the ferry link must stay.")
    assert summary(c) == ("agree", "the ferry link must stay", "group", None, "delegate")


def test_a_speaker_taking_the_floor_carries_the_next_sentences() -> None:
    first, second = claims_of(
        "Tomas Lind discussed the state of the fisheries. Stocks of cod fell by half in a decade. "
        "Quotas have not followed."
    )
    assert [(c.attribution, c.speaker.person_id) for c in (first, second)] == [
        ("continued", "tomas-lind"),
        ("continued", "tomas-lind"),
    ]


def test_taking_the_floor_in_the_future_tense_announces_and_claims_nothing() -> None:
    assert claims_of("Tomas Lind will discuss the fisheries. Stocks of cod fell by half.") == []


def test_agenda_day_headings_and_name_lines_are_no_sections() -> None:
    pe = _parse(
        "Harbor Futures\n\n"
        "The Example Institute will convene a two-day forum on ports and shipping in the Baltic region.\n\n"
        "Tuesday, May 7, 2019\n\n"
        "9:00-10:30 a.m. Session I: Ports and Power\n"
        "Moderator: Ilse BRANDT, Example Institute\n"
        "Jonas VIK, Example University\n"
        "MA Lin, Example Shipping Council\n\n"
        "11:00 a.m.-12:30 p.m. Session II: Ships and Rules\n"
        "Moderator: Jonas VIK, Example University\n"
        "Petra NOVAK, Example Law School\n"
    )
    assert pe.event.sections == []
    assert pe.event.date == "2019-05-07"
    assert pe.event.format == "conference"
    roles = {p.name: p.role for p in pe.people}
    assert roles == {
        "Ilse Brandt": "moderator",
        "Jonas Vik": "moderator",
        "Ma Lin": "speaker",
        "Petra Novak": "speaker",
    }


def test_title_in_quotation_marks_and_location_of_the_event() -> None:
    pe = _parse(
        "The Example Council organized a roundtable in its Lisbon office titled “Ports After the Storm.” "
        "Experts from three countries took part.\n\n"
        "One participant argued that insurance costs will rise."
    )
    assert (pe.event.title, pe.event.location, pe.event.format) == (
        "Ports After the Storm",
        "Lisbon",
        "roundtable",
    )


def test_the_leads_event_date_wins_over_a_date_header() -> None:
    pe = _parse(
        " date 2019-06-30 On June 12, 2019, the Example Council hosted a roundtable on river trade.\n\n"
        "One participant said that barges are cheap."
    )
    assert pe.event.date == "2019-06-12"


def test_a_series_name_says_nothing_of_the_format() -> None:
    pe = _parse(
        "The Example Institute hosted its Global Dialogue series this spring, with two panel "
        "discussions on energy and water."
    )
    assert pe.event.format == "panel"


def test_host_from_a_first_person_announcement_and_its_moderator() -> None:
    pe = _parse(
        "We hosted a virtual discussion with Ana Ruiz and Li Wen on river trade. "
        "The discussion was moderated by Sam Okoro.\n\n"
        "Sam Okoro is the director of the Example Institute."
    )
    assert pe.event.host_organization == "Example Institute"


def test_no_host_where_the_text_names_none() -> None:
    pe = _parse(
        "Sam Okoro will moderate a discussion with Ana Ruiz on river trade.\n\n"
        "Sam Okoro is the director of the Example Institute."
    )
    assert pe.event.host_organization is None


def test_a_definite_group_continues_the_last_group_of_its_noun_a_bare_plural_starts_one() -> None:
    first, again, bare, third = claims_of(
        "All of the discussants agreed that the canal is vital. "
        "Panelists argued that fees are too high. "
        "However, all of the discussants noted that traffic is growing. "
        "Discussants added that dredging is overdue."
    )
    assert first.speaker.key == bare.speaker.key
    assert len({first.speaker.key, again.speaker.key, third.speaker.key}) == 3
