"""People of other publishers' write-ups: named in one sentence, heard in a later one; taking the floor
in a noun phrase or a caption; quotations over several sentences.

Every text is written for these tests; expected values are read off the text by hand.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys

import pytest

from parse_support import parse_of


def test_a_person_named_first_and_reported_later_by_surname_is_a_speaker() -> None:
    pe = parse_of(
        "Port security forum\n\n"
        "The forum drew 150 officials. The opening address of Captain Ines Barbosa, head of the "
        "Lisbon harbour police, set the tone.\n\n"
        "Later in the day, Captain Barbosa urged that patrols be shared. Barbosa also noted that "
        "smuggling had fallen.\n\n"
        "Writer Paulo Reis covered the forum for a local paper."
    )
    assert [(p.name, p.role, p.title) for p in pe.people] == [("Ines Barbosa", "speaker", "head")]
    assert [(c.cue, c.speaker.person_id, c.text) for c in pe.claims] == [
        ("urge", "ines-barbosa", "patrols be shared"),
        ("note", "ines-barbosa", "smuggling had fallen"),
    ]


def test_a_surname_two_named_people_share_is_nobody() -> None:
    pe = parse_of(
        "Peninsula dialogue\n\n"
        "Kim Sun-hee of Example University and Kim Dong-su of the Example Institute attended.\n\n"
        "The session lasted two hours. Kim said the talks had stalled."
    )
    assert {p.name: p.role for p in pe.people} == {"Kim Sun-hee": "participant", "Kim Dong-su": "participant"}
    assert [c.speaker.person_id for c in pe.claims] == [None]


def test_a_quotation_over_several_sentences_is_one_speakers_explicit_then_continued() -> None:
    pe = parse_of(
        "Harbor forum\n\n"
        "Ana Ruiz, dean of the Example School of Law, spoke first. Ruiz stressed, “Ports need rules. "
        "Without them we will drift.”\n\n"
        "“We keep writing plans. We never fund them,” said Tomas Vale, a former trade minister."
    )
    got = [(c.attribution, c.speaker.person_id, c.text) for c in pe.claims]
    assert got == [
        ("explicit", "ana-ruiz", "“Ports need rules"),
        ("continued", "ana-ruiz", "Without them we will drift"),
        ("continued", "tomas-vale", "“We keep writing plans"),
        ("explicit", "tomas-vale", "We never fund them”"),
    ]


def test_an_inverted_report_leaves_the_speakers_appositive_out_of_the_claim() -> None:
    pe = parse_of(
        "Harbor forum\n\n"
        "“Rules come first,” said Tomas Vale, a former trade minister, “and money second.” "
        "Rates will rise, according to Ana Ruiz, by June."
    )
    assert [c.text for c in pe.claims] == ["“Rules come first” “and money second", "Rates will rise by June"]


def test_the_chatham_house_rule_alone_says_nothing_of_the_record() -> None:
    chatham = parse_of("Harbor forum\n\nThe forum was held under the Chatham House Rule.")
    off = parse_of("Harbor forum\n\nThe forum, under the Chatham House Rule, was off the record.")
    assert (chatham.event.off_the_record, off.event.off_the_record) == (None, True)


def test_a_news_dateline_gives_the_place_of_the_event() -> None:
    agency = parse_of("Forum on ports\n\nLISBON, May 2 (Example News) -- Ministers met at a forum on ports.")
    dashed = parse_of("Forum on ports\n\nPORTO ALEGRE – The institute held a forum on ports.")
    plain = parse_of("Forum on ports\n\nNATO experts met at a forum on ports.")
    assert [p.event.location for p in (agency, dashed, plain)] == ["Lisbon", "Porto Alegre", None]


def test_taking_the_floor_in_a_noun_phrase_a_passive_or_a_caption() -> None:
    pe = parse_of(
        "Harbor forum\n\n"
        "The Example Institute held its harbor forum in Lisbon on Monday.\n\n"
        "The afternoon opened with a keynote address from Lena Marsh, a former port director. "
        "The session was addressed by Carlos Dias. Ports were discussed at length.\n\n"
        "Omar Haddad (left) delivering his speech at the forum."
    )
    assert {p.name: p.role for p in pe.people} == {
        "Lena Marsh": "speaker",
        "Carlos Dias": "speaker",
        "Omar Haddad": "speaker",
    }


def test_an_event_that_speaks_past_a_participial_aside() -> None:
    pe = parse_of(
        "Harbor seminar\n\n"
        'The seminar, held under the "Chatham House Rule", concluded that ports need new rules.'
    )
    said = [(c.cue, c.speaker.kind, c.text) for c in pe.claims]
    assert said == [("conclude", "group", "ports need new rules")]
    assert pe.event.format == "seminar"


def test_items_under_a_frame_line_without_a_speaker_are_the_groups() -> None:
    pe = parse_of(
        "Harbor seminar\n\n"
        "The experts agreed that ports need rules.\n\n"
        "Among the other points made during the seminar were:\n\n"
        "Insurance is getting dearer. Crews are scarce.\n\n"
        "Dredging has fallen behind."
    )
    said = [(c.attribution, c.speaker.key, c.text) for c in pe.claims]
    key = said[0][1]
    assert said == [
        ("explicit", key, "ports need rules"),
        ("continued", key, "Insurance is getting dearer"),
        ("continued", key, "Crews are scarce"),
        ("continued", key, "Dredging has fallen behind"),
    ]


def test_the_title_is_the_header_line_written_as_a_headline() -> None:
    pe = parse_of(
        "EVENT REPORT\n\n"
        "Harbor Institute | Research | People\n\n"
        "Ports, Rules and the Next Decade of Shipping\n\n"
        "The Harbor Institute held a seminar on ports in Lisbon. One expert said that rules lag."
    )
    assert pe.event.title == "Ports, Rules and the Next Decade of Shipping"


def test_the_panel_speaks_as_the_event_does_and_a_venue_is_no_person() -> None:
    pe = parse_of(
        "Harbor forum\n\n"
        "The forum continued in the Example Winship Ballroom. Scholars met to discuss ports.\n\n"
        "In a panel titled “Ports of the Future,” they emphasized the need for rules. "
        "The panel said that each side should share data."
    )
    assert [p.name for p in pe.people] == []
    assert [(c.cue, c.speaker.role, c.text) for c in pe.claims] == [
        ("emphasize", "scholar", "the need for rules"),
        ("say", "scholar", "each side should share data"),
    ]


@pytest.mark.parametrize(
    ("sentence", "cue", "text"),
    [
        ("One delegate denied that the port was for sale.", "deny", "the port was for sale"),
        ("A Thai scholar recognized the need for a hotline.", "recognize", "the need for a hotline"),
        ("One expert regretted the lack of data.", "regret", "the lack of data"),
        ("The speaker dissected the new tariff policy.", "dissect", "the new tariff policy"),
        ("A participant complained that visas take months.", "complain", "visas take months"),
        ("One official hinted that talks could resume.", "hint", "talks could resume"),
        ("An analyst spelled out the costs of delay.", "spell out", "the costs of delay"),
    ],
)
def test_more_reporting_verbs_of_the_lexicon(sentence: str, cue: str, text: str) -> None:
    pe = parse_of(f"Harbor forum\n\nExperts met in Lisbon. {sentence}")
    assert [(c.cue, c.text) for c in pe.claims] == [(cue, text)]


def test_a_verb_that_needs_a_clause_narrates_with_a_plain_object() -> None:
    pe = parse_of("Harbor forum\n\nExperts met in Lisbon. One expert summarized the agenda.")
    assert pe.claims == ()


def test_a_gerund_after_a_report_reports_a_clause_or_a_noun_phrase_of_the_same_speaker() -> None:
    pe = parse_of(
        "Harbor forum\n\nExperts met in Lisbon. One admiral warned of a conflict in the region, "
        "emphasizing how the navy is stretched. A scholar praised the plan, while acknowledging its costs."
    )
    said = [(c.cue, c.speaker.key, c.text) for c in pe.claims]
    admiral, scholar = said[0][1], said[2][1]
    assert said == [
        ("warn of", admiral, "a conflict in the region"),
        ("emphasize", admiral, "how the navy is stretched"),
        ("praise", scholar, "the plan"),
        ("acknowledge", scholar, "its costs"),
    ]


def test_a_gerund_of_grounds_or_inside_a_clause_is_no_second_claim() -> None:
    pe = parse_of(
        "Harbor forum\n\nExperts met in Lisbon. One expert said that cod stocks will fall, citing new data. "
        "A scholar argued that Oslo keeps pressuring Brussels and allowing Moscow to fish."
    )
    assert [c.cue for c in pe.claims] == ["say", "argue"]


def test_a_stray_comma_between_a_name_and_its_verb() -> None:
    pe = parse_of(
        "Harbor forum\n\nExperts met in Lisbon. Fleet Admiral Rui Costa, warned of a conflict at sea."
    )
    assert [(p.name, p.title) for p in pe.people] == [("Rui Costa", "admiral")]
    assert [(c.cue, c.speaker.person_id, c.text) for c in pe.claims] == [
        ("warn of", "rui-costa", "a conflict at sea")
    ]


@pytest.mark.parametrize(
    ("sentence", "cue", "text"),
    [
        ("One expert holds the view that tariffs will stay.", "hold", "tariffs will stay"),
        ("One expert was deeply concerned over the fall in trade.", "be concerned", "the fall in trade"),
        ("One expert expressed her excitement to visit the port.", "express", "to visit the port"),
        ("The event stressed the need for open channels.", "stress", "the need for open channels"),
    ],
)
def test_expressions_of_holding_a_view_a_concern_a_feeling_and_an_events_voice(
    sentence: str, cue: str, text: str
) -> None:
    pe = parse_of(f"Harbor forum\n\nExperts met in Lisbon. {sentence}")
    assert [(c.cue, c.text) for c in pe.claims] == [(cue, text)]


def test_a_stance_coordinated_inside_the_content_is_not_the_reporters() -> None:
    pe = parse_of(
        "Harbor forum\n\nExperts met in Lisbon. Shippers, the analyst said, are concerned that rates "
        "will rise, and are worried about a strike."
    )
    assert [c.cue for c in pe.claims] == ["say"]


def test_an_ordinal_carries_the_enumeration_on_whatever_it_names() -> None:
    pe = parse_of(
        "Harbor forum\n\nExperts met in Lisbon. Ana Ruiz said there are two steps. "
        "First, the ports must share data. Second, the two navies should talk."
    )
    assert [(c.attribution, c.speaker.person_id) for c in pe.claims] == [
        ("explicit", "ana-ruiz"),
        ("continued", "ana-ruiz"),
        ("continued", "ana-ruiz"),
    ]


def test_a_paragraph_opening_on_its_date_is_a_paragraph_and_dates_the_event() -> None:
    pe = parse_of(
        "Ambassador visits the port institute\n\n"
        "April 26, 2023, Rui Costa, the ambassador, visited the Example Port Institute.\n\n"
        "Costa delivered a speech at the institute. He pointed out that ports need rules."
    )
    assert pe.event.date == "2023-04-26"
    assert [(p.name, p.role) for p in pe.people] == [("Rui Costa", "speaker")]
    assert [(c.cue, c.speaker.person_id) for c in pe.claims] == [("point out", "rui-costa")]


def test_a_possessive_is_no_subject_and_making_a_speech_takes_the_floor() -> None:
    pe = parse_of(
        "Harbor forum\n\n"
        "Ana Ruiz, a dean, said that ports need rules. After Ruiz’s overview, Lena Marsh moderated the "
        "discussion. She stressed that data must be shared.\n\n"
        "Prof. Tomas Vale, Example University, made his keynote speech. He stated that crews are scarce."
    )
    assert [(c.cue, c.speaker.person_id) for c in pe.claims] == [
        ("say", "ana-ruiz"),
        ("stress", "lena-marsh"),
        ("state", "tomas-vale"),
    ]


def test_a_date_stamp_opens_a_sentence_and_a_field_gives_no_nationality() -> None:
    pe = parse_of(
        "Harbor forum\n\nSeptember 15, 2024_ Experts on US-China relations proposed a maritime hotline."
    )
    assert [(c.cue, c.speaker.role, c.speaker.nationality) for c in pe.claims] == [
        ("propose", "expert", None)
    ]


def test_an_appositive_after_a_possessive_describes_the_name() -> None:
    pe = parse_of(
        "Harbor forum\n\nAdmiral Rui Costa’s, Commander, Example Fleet, warning set the tone. "
        "Costa stressed that patrols must be shared."
    )
    assert [(p.name, p.title) for p in pe.people] == [("Rui Costa", "commander")]


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        ('Scholars shared views at a roundtable themed "Ports and Power" on Tuesday in Lisbon.', "Lisbon"),
        ("Amid tensions, the Harbor Forum in Tokyo on Dec. 5 drew 300 experts.", "Tokyo"),
        ("The forum was attended by 96 people from various circles in Portugal.", None),
    ],
)
def test_the_place_of_the_event_beside_its_date_or_in_its_hosting_clause(
    lead: str, place: str | None
) -> None:
    pe = parse_of(f"Harbor forum\n\n{lead}")
    assert pe.event.location == place


@pytest.mark.parametrize(
    ("lead", "host"),
    [
        ("Organized by the Example Institute, the roundtable gathered ten scholars.", "Example Institute"),
        (
            "The Example Institute and the Sample Council co-sponsored a dialogue on ports.",
            "Example Institute",
        ),
        ("Since 2012, The Example Center has organized four forums for scholars.", "Example Center"),
        (
            "Officials attending the Example Center's eighth annual Senior Policy Seminar met.",
            "Example Center",
        ),
    ],
)
def test_the_host_of_a_participle_a_co_sponsor_an_opening_adverbial_a_possessive(
    lead: str, host: str
) -> None:
    pe = parse_of(f"Harbor forum\n\n{lead}")
    assert pe.event.host_organization == host


@pytest.mark.parametrize(
    ("text", "form"),
    [
        (
            "Port talks\n\nThe forum featured a series of discussions. Its conference hall was full.",
            "conference",
        ),
        (
            "Port talks\n\nThe seminar was co-organized by the Centre for Port Dialogue for scholars.",
            "seminar",
        ),
        ("A Lecture on Ports\n\nProfessor Ana Ruiz spoke to fifty students about ports.", "lecture"),
    ],
)
def test_the_format_skips_an_events_parts_and_a_hosts_name_and_falls_back_on_the_title(
    text: str, form: str
) -> None:
    assert parse_of(text).event.format == form


def test_a_caption_is_no_headline_and_an_events_word_ends_no_name() -> None:
    pe = parse_of(
        "From left: Ana Ruiz and Tomas Vale talk before the welcoming dinner of the forum in Lisbon "
        "on Friday.\n"
        "Observers say the forum can ease tensions\n"
        "Officials attending the Senior Policy Seminar August 5-8 assessed the trends."
    )
    assert pe.event.title == "Observers say the forum can ease tensions"
    assert "Seminar August" not in [p.name for p in pe.people]


def test_a_person_first_named_in_a_caption_is_described_by_a_later_introduction() -> None:
    pe = parse_of(
        "Harbor forum\n\n"
        "Dr Rui Costa delivering his speech at the forum.\n\n"
        "In his opening speech, Dr Rui Costa, Portugal’s Minister of State, recapped the year. "
        "Costa noted that ports need rules."
    )
    assert [(p.name, p.title, p.nationality) for p in pe.people] == [("Rui Costa", "minister", "PT")]
    assert [panel.represented for panel in pe.panels] == [["PT"]]


def test_a_person_named_in_the_headline_and_reported_in_the_body_is_a_speaker() -> None:
    pe = parse_of(
        "Dr. Rui Costa from Example University visited the Port Institute\n\n"
        "The institute held a lecture for fifty students. Dr. Costa argued that ports need rules."
    )
    assert [(p.name, p.role) for p in pe.people] == [("Rui Costa", "speaker")]
    assert [c.speaker.person_id for c in pe.claims] == ["rui-costa"]


def test_an_attendee_who_later_takes_the_floor_is_a_speaker() -> None:
    pe = parse_of(
        "Harbor roundtable\n\n"
        "Ana Ruiz, dean of the Example School, and Tomas Vale, a fellow, attended the roundtable.\n\n"
        "Prof Ana Ruiz began the roundtable with her opening remarks on ports."
    )
    assert {p.name: p.role for p in pe.people} == {"Ana Ruiz": "speaker", "Tomas Vale": "participant"}


def test_a_gerund_opening_the_sentence_reports_for_the_next_speaker() -> None:
    pe = parse_of(
        "Harbor forum\n\nExperts met in Lisbon. Noting that ports are crowded, Ana Ruiz argued that rules "
        "must change.\n\nNoting that the tide had turned, the crew went home."
    )
    assert [(c.cue, c.speaker.person_id, c.text) for c in pe.claims] == [
        ("note", "ana-ruiz", "ports are crowded"),
        ("argue", "ana-ruiz", "rules must change"),
    ]


def test_in_which_she_and_a_title_set_off_before_the_name_of_an_inverted_report() -> None:
    pe = parse_of(
        "Harbor forum\n\nExperts met in Lisbon. Tomas Vale said ports matter. "
        "Ambassador Ana Ruiz gave an opening remark, in which she expressed her hope for open ports. "
        '"The forum is a channel," a former envoy to Japan, Lena Marsh, said. '
        "Kim Jong-un was endorsed at the Congress, during which he reiterated his policy."
    )
    assert [(c.cue, c.speaker.person_id) for c in pe.claims] == [
        ("say", "tomas-vale"),
        ("express", "ana-ruiz"),
        ("say", "lena-marsh"),
    ]


def test_a_sentence_that_counts_speakers_of_its_own_carries_no_argument_on() -> None:
    pe = parse_of(
        "Harbor forum\n\nExperts met in Lisbon. One panelist said that ports are crowded. "
        "Crowding was also a central concern for several members of the panel. Ships wait for days."
    )
    assert [(c.attribution, c.text) for c in pe.claims] == [("explicit", "ports are crowded")]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Port forum\n\nThe 2026 Harbor Forum, held January 30 in Lisbon, drew 50 experts.", "2026-01-30"),
        (
            "Port forum\n\nBy A. Writer, September 29, 2016\n\nThe forum concluded in Lisbon on Sept. 28.",
            "2016-09-28",
        ),
        ("Port forum\n\nThe forum concluded in Lisbon on Sept. 28 with 50 experts.", None),
    ],
)
def test_an_events_day_without_a_year_takes_the_year_of_its_sentence_or_of_the_page(
    text: str, date: str | None
) -> None:
    assert parse_of(text).event.date == date


def test_a_label_before_the_title_is_no_part_of_it() -> None:
    pe = parse_of(
        "Session: Plenary Session 4 (Ports and Power)\n\nExperts met in Lisbon at a forum on ports."
    )
    assert pe.event.title == "Plenary Session 4 (Ports and Power)"


@pytest.mark.parametrize(
    ("lead", "host"),
    [
        ("The dialogue, held by the Example Institute and a council, drew 40 scholars.", "Example Institute"),
        (
            "LISBON, May 2 -- The Example Forum's annual conference brought together 200 experts.",
            "Example Forum",
        ),
        (
            "The Example Daily and the Sample Council jointly organize the forum for scholars.",
            "Example Daily",
        ),
    ],
)
def test_the_host_past_a_dateline_of_held_by_and_of_organize(lead: str, host: str) -> None:
    assert parse_of(f"Harbor forum\n\n{lead}").event.host_organization == host


def test_breadcrumbs_skip_links_and_publication_stamps_are_page_chrome() -> None:
    pe = parse_of(
        "Skip to main content\n"
        "Home › Events › Past events\n\n"
        "Ports, Rules and the Next Decade\n\n"
        "Published 14 March 2024 · 4 min read\n\n"
        "The Example Institute held a seminar on ports in Lisbon. One expert said that rules lag.\n\n"
        "(Reporting by A. Writer; Editing by B. Editor)"
    )
    assert pe.event.title == "Ports, Rules and the Next Decade"
    assert pe.event.sections == []


def test_name_lines_list_labels_and_places_are_no_sections() -> None:
    pe = parse_of(
        "Ports and Power\n\nThe institute held a seminar on ports with many experts.\n\nSession Sketch\n\n"
        "Panelists\n\n"
        "Rear Admiral Rui Costa (ret.), Example Navy\n\n"
        "Lisbon\n\n"
        "Rui Costa argued that ports need rules."
    )
    assert pe.event.sections == ["Session Sketch"]
    assert [(p.name, p.role) for p in pe.people] == [("Rui Costa", "speaker")]


def test_a_venue_where_no_city_is_named_and_a_stamp_run_into_chrome() -> None:
    pe = parse_of(
        "Port forum\n\nExample News, May 7, 2015 Adjust font size:\n\n"
        "The institute held a closed-door discussion at Example University’s School of Ports, bringing "
        "together twenty scholars. The forum, organized by the Example Academy and The Sample Center, "
        "drew 40."
    )
    assert pe.event.location == "Example University’s School of Ports"
    assert pe.event.host_organization == "Example Academy"
    assert pe.event.sections == []


def test_a_state_gives_a_nationality_and_a_who_clause_ends_an_appositive() -> None:
    pe = parse_of(
        "Harbor forum\n\nExperts met in Lisbon. Ports will grow, Ana Ruiz, a California senator said. "
        "“Ships are late,” said Tomas Vale, a veteran Chilean diplomat who serves today as honorary "
        "president of an association of shipping companies and port operators in the Pacific region."
    )
    described = {p.name: (p.title, p.nationality) for p in pe.people}
    assert described == {"Ana Ruiz": ("senator", "US"), "Tomas Vale": ("diplomat", "CL")}


@pytest.mark.parametrize(
    ("sentence", "kind", "text"),
    [
        ("Seven of the 12 experts believed that costs were priced in.", "group", "Seven of the 12 experts"),
        (
            "Only one participant insisted that the bill would come later.",
            "individual",
            "Only one participant",
        ),
        ("A majority of the experts called for a stress test.", "group", "A majority of the experts"),
        ("Twelve experts agreed that the rules lag.", "group", "Twelve experts"),
    ],
)
def test_counted_and_partitive_groups_speak(sentence: str, kind: str, text: str) -> None:
    pe = parse_of(f"Harbor forum\n\nExperts met in Vienna at a roundtable. {sentence}")
    assert [(c.speaker.kind, c.speaker.mention) for c in pe.claims] == [(kind, text)]


def test_letters_after_a_name_are_not_the_name() -> None:
    pe = parse_of("Harbor forum\n\nExperts met in Lisbon. Rachel Burrows OBE said that ports need rules.")
    assert [(p.name, p.person_id) for p in pe.people] == [("Rachel Burrows", "rachel-burrows")]


def test_numbered_headings_over_paragraphs_and_a_dated_line_is_no_section() -> None:
    pe = parse_of(
        "Ports and power\n\nThe institute convened twelve experts in Vienna.\n\n"
        "Roundtable, 7 May 2024, Vienna\n\n"
        "1. The cost of ports\n\nSome experts argued that ports cost too much.\n\n"
        "2. What next\n\nA majority of the experts called for a stress test."
    )
    assert pe.event.sections == ["1. The cost of ports", "2. What next"]
    assert [c.section for c in pe.claims] == ["1. The cost of ports", "2. What next"]


def test_glued_honorifics_before_a_name() -> None:
    pe = parse_of(
        "Harbor forum\n\nThe session on ports was chaired by Amb.Prof. KAI Noritake, Governor of the "
        "Example Forum, with twenty experts."
    )
    assert [(p.name, p.role) for p in pe.people] == [("Kai Noritake", "moderator")]


def test_names_in_apposition_to_a_word_for_the_speakers() -> None:
    pe = parse_of(
        "Harbor forum\n\nThe institute held a dialogue on ports. In reply, the three commentators, "
        "Mr. Rui Costa, Adviser, Example Centre, and Ms. Lena Marsh, Director, made comments."
    )
    assert {p.name: p.role for p in pe.people} == {"Rui Costa": "speaker", "Lena Marsh": "speaker"}


def test_when_it_was_said_is_no_claim_and_a_speakers_nationalities_are_represented() -> None:
    pe = parse_of(
        "Harbor forum\n\nThe two countries held a forum. More trade will help both ports, "
        "Chilean and Peruvian observers said on Friday."
    )
    assert [c.text for c in pe.claims] == ["More trade will help both ports"]
    assert [panel.represented for panel in pe.panels] == [["CL", "PE"]]


def test_a_group_named_by_several_nouns_is_the_participants() -> None:
    pe = parse_of(
        "Harbor seminar\n\nTwenty officials, academics, experts and business leaders attended the "
        "seminar. The seminar concluded that ports need rules."
    )
    assert [(c.speaker.kind, c.speaker.role) for c in pe.claims] == [("group", "participant")]


def test_a_title_names_whoever_holds_it() -> None:
    pe = parse_of(
        "Harbor forum\n\nSecretary General Rui Costa stressed that ports need rules. "
        "The ideas of the forum, as the Secretary General noted, can become policy."
    )
    assert [c.speaker.person_id for c in pe.claims] == ["rui-costa", "rui-costa"]


def test_who_organized_the_event_is_narration_that_ends_a_speakers_run() -> None:
    pe = parse_of(
        "Harbor forum\n\nAna Ruiz said that ports need rules. The Example Daily and the Sample Council "
        "jointly organize the forum."
    )
    assert [c.attribution for c in pe.claims] == ["explicit"]


def test_a_report_to_someone_and_partners_who_agree() -> None:
    pe = parse_of(
        "Harbor forum\n\nExperts met in Lisbon. Ana Ruiz reminded the port authorities that ships wait "
        "for days. Dialogue partners agreed that the rules must change."
    )
    assert [(c.cue, c.speaker.role or c.speaker.person_id, c.text) for c in pe.claims] == [
        ("remind", "ana-ruiz", "ships wait for days"),
        ("agree", "partner", "the rules must change"),
    ]


def test_an_absolute_phrase_with_a_quantifier_reports_for_a_new_group() -> None:
    pe = parse_of(
        "Harbor forum\n\nExperts met in Lisbon. Experts hailed the new port, with some hoping for more "
        "links with Brazil."
    )
    said = [(c.cue, c.speaker.key, c.text) for c in pe.claims]
    assert [(cue, text) for cue, _, text in said] == [
        ("hail", "the new port"),
        ("hope", "for more links with Brazil"),
    ]
    assert said[0][1] != said[1][1]


def test_a_scene_setting_phrase_is_no_content_and_holds_that_reports() -> None:
    pe = parse_of(
        "Harbor forum\n\nExperts met in Lisbon. And amid the trade tensions, all participants expressed "
        "concerns, hoping that the talks resume. Ana Ruiz, a scholar, holds that ports need rules. "
        "The forum was held in Lisbon."
    )
    assert [(c.cue, c.text) for c in pe.claims] == [
        ("hope", "the talks resume"),
        ("hold", "ports need rules"),
    ]


def test_a_back_link_is_chrome_and_the_title_names_a_series_format() -> None:
    pe = parse_of(
        "Dr. Ana Ruiz visited the institute, presenting a keynote at the Harbor Lecture Series\n\n"
        "< Back\n\n"
        "Dr. Ana Ruiz argued that ports need rules."
    )
    assert pe.event.format == "lecture"
    assert [c.section for c in pe.claims] == [None]


@pytest.mark.parametrize(
    ("text", "place", "host"),
    [
        ("Harbor Forum Convened in Seoul amid Tensions\n\nExperts met at the forum.", "Seoul", None),
        ("Harbor talks\n\nBy ANA RUIZ in Tokyo (Example Daily)\n\nExperts met at the forum.", "Tokyo", None),
        (
            "Harbor talks\n\nThe Example Forum and the Sample Council, with the cooperation of the Port "
            "Club (PC), co-sponsored a dialogue on ports on June 3 in Shanghai.",
            "Shanghai",
            "Example Forum",
        ),
    ],
)
def test_place_from_a_headline_or_byline_and_a_cities_name_is_no_adjective(
    text: str, place: str, host: str | None
) -> None:
    pe = parse_of(text)
    assert (pe.event.location, pe.event.host_organization) == (place, host)


def test_a_city_the_text_calls_one_and_a_filing_code_is_no_section() -> None:
    pe = parse_of(
        "Harbor forum\n\nThe 11th forum on ports was held in the city of Xiningburg with 40 scholars.\n\n"
        "Ana Ruiz & Tomas Vale A/032015\n\nOne scholar argued that ports need rules."
    )
    assert (pe.event.location, pe.event.sections) == ("Xiningburg", [])


def test_the_host_by_possessive_anywhere_in_the_opening_and_a_visit_at_a_venue() -> None:
    pe = parse_of(
        "Harbor seminar\n\nTwenty officials attending the Example Center's eighth annual Senior Port "
        "Seminar assessed trends. A delegation visited the Port Institute at Example University to meet "
        "scholars."
    )
    assert pe.event.host_organization == "Example Center"


def test_a_header_line_of_when_and_where() -> None:
    pe = parse_of(
        "REPORT FROM THE ANNUAL CONFERENCE\nAUGUST 30 - SEPTEMBER 2, 1999  LISBON, PORTUGAL\n\n"
        "Ports in a Time of Recovery\n\nThe conference brought together 200 experts."
    )
    assert pe.event.location == "Lisbon, Portugal"


def test_an_edition_of_an_event_hosts_nothing_and_held_in_anywhere_places_it() -> None:
    pe = parse_of(
        "Harbor forum\n\nThe 2026 Example Forum on Ports, held January 30, brought together 40 scholars.\n\n"
        "Scholars compared ports.\n\n"
        "The forum, held at The Sample Center in Atlanta, Georgia, ended with a dinner."
    )
    assert (pe.event.host_organization, pe.event.location) == (None, "Atlanta, Georgia")


def test_the_body_dates_the_event_before_a_later_publication_stamp() -> None:
    pe = parse_of(
        "Ports Forum Convened in Lisbon\n\nJuly 20, 2014\n\n"
        "Experts got together at a Lisbon hotel July 18 to discuss ports. "
        "One expert said that rules lag."
    )
    assert pe.event.date == "2014-07-18"


def test_a_plenary_session_is_a_panel() -> None:
    pe = parse_of(
        "Session: Plenary Session 4 (Ports)\n\nExperts met in Lisbon. One expert said that ports matter."
    )
    assert pe.event.format == "panel"


def test_in_her_opinion_frames_a_claim() -> None:
    pe = parse_of(
        "Harbor forum\n\nExperts met in Lisbon. Ana Ruiz spoke first. In her opinion, ports need rules."
    )
    assert [(c.cue, c.text) for c in pe.claims] == [("opinion", "ports need rules")]


def test_a_thought_reported_without_that() -> None:
    pe = parse_of(
        "Harbor forum\n\nExperts met in Lisbon. Several experts warned that ports are full. "
        "Others felt this concern was overstated. One expert felt the heat of the room."
    )
    assert [(c.cue, c.text) for c in pe.claims] == [
        ("warn", "ports are full"),
        ("feel", "this concern was overstated"),
    ]


_TWO_LATER_REPORTS = (
    "Roundtable on Baltic energy\n\n"
    "On March 3, 2025, the Nordic Policy Forum hosted a roundtable on energy security.\n\n"
    "Anna Berg is a historian at Lund University. Tomas Kell is an economist at Tartu University.\n\n"
    "Kell said that prices would stay volatile, while Berg argued that the grid links had helped."
)


@pytest.mark.parametrize("hash_seed", ["0", "1", "2", "3", "4", "5"])
def test_two_people_reported_later_in_one_sentence_are_listed_in_the_order_they_speak(hash_seed: str) -> None:
    code = (
        "import sys\nfrom roundtables.parse import parse_text\n"
        "pe = parse_text(sys.stdin.read(), event_id='e', source_file='e.txt', source_sha256='0' * 64)\n"
        "print(' '.join(p.person_id for p in pe.people))"
    )
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    done = subprocess.run(
        [sys.executable, "-c", code],
        input=_TWO_LATER_REPORTS,
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert done.stdout.split() == ["tomas-kell", "anna-berg"]


def test_a_name_is_cited_only_as_a_whole_word() -> None:
    cited = importlib.import_module("roundtables.parse.prose_speakers")._cited
    sentence = "Lee spoke in Leeds; Lee's view, O'Lee and Lee-Smith differ, as Lee, then LeeLee said."
    assert [(m.start, m.end) for m in cited(sentence, "Lee")] == [(0, 3), (63, 66)]
