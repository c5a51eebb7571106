"""The structure reader, one short hand-written text per pattern of the genre."""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtables.parse import parse_text, read_structure
from roundtables.parse.dates import place_and_date
from roundtables.parse.geography import DEMONYMS, NATIONALITY_CODES, country_code
from roundtables.parse.structure import parse_date_line


def _parse(text: str):  # type: ignore[no-untyped-def]
    return parse_text(text, event_id="t1", source_file="raw/t1.txt", source_sha256="0" * 64)


def _blocks(text: str) -> list[tuple[str | None, str | None, int, str]]:
    return [(b.section, b.topic, b.panel, text[b.start : b.end]) for b in read_structure(text).blocks]


def test_corpus_header_with_image_token_is_glued_to_the_first_paragraph() -> None:
    text = " date 2012-11-05 IMGXYZ77IMGZYXThe summit ended without a statement.\n\nA second paragraph here."
    pe = _parse(text)
    assert pe.event.date == "2012-11-05"
    assert pe.event.title is None and pe.event.location is None
    first = read_structure(text).blocks[0]
    assert text[first.start : first.end] == "The summit ended without a statement."


def test_corpus_header_without_image_token() -> None:
    text = " date 2010-01-31 Leaders met in the capital to talk about trade.\n"
    assert _parse(text).event.date == "2010-01-31"
    assert _blocks(text)[0][3] == "Leaders met in the capital to talk about trade."


def test_no_header_means_no_date() -> None:
    text = "Experts from Seoul met to review the past year of sanctions policy.\n"
    assert _parse(text).event.date is None


def test_event_sentence_with_a_full_date_gives_the_date() -> None:
    text = "The Example Forum hosted a seminar on energy on March 9, 2017. Experts spoke at length."
    assert _parse(text).event.date == "2017-03-09"


def test_page_shape_title_date_location_and_navigation() -> None:
    text = (
        "Registration\n"
        "event\n\n"
        "Ports and Power in the Pacific\n\n"
        "Thu. April 2nd, 2015\n"
        "Singapore\n\n"
        "IMGXYZ9IMGZYX\n\n"
        "Dana Cole moderated a panel on shipping routes with speakers from three countries.\n"
    )
    ev = _parse(text).event
    assert (ev.title, ev.date, ev.location) == ("Ports and Power in the Pacific", "2015-04-02", "Singapore")
    assert ev.format == "panel"
    assert ev.sections == []


def test_date_line_with_a_glued_time() -> None:
    assert parse_date_line("Wed. September 25th, 20244:00 PM - 5:00 PM (EDT)") == "2024-09-25"
    assert parse_date_line("Thursday, February 05, 2009") == "2009-02-05"
    assert parse_date_line("Mon. February 28th, 2011") == "2011-02-28"
    assert parse_date_line("Tuesday, Oct 22, 2013") == "2013-10-22"
    assert parse_date_line("The talks began on May 3, 2011 in Oslo.") is None
    assert parse_date_line("Feb. 30th, 2011") is None


def test_a_date_line_may_give_a_range_of_days_and_open_on_the_place() -> None:
    assert parse_date_line("21–22 February 2024") == "2024-02-21"
    assert parse_date_line("February 21-22, 2024") == "2024-02-21"
    assert parse_date_line("Thursday, June 3 to 5, 2019") == "2019-06-03"
    assert parse_date_line("New Delhi, 21–22 February 2024") is None  # the place is read apart
    assert place_and_date("New Delhi, 21–22 February 2024") == ("New Delhi", "2024-02-21")
    assert place_and_date("Tromsø, Norway, 24–26 April 2024") == ("Tromsø", "2024-04-24")
    assert place_and_date("Washington, DC, May 5, 2024") == ("Washington, DC", "2024-05-05")  # city, state
    # a place nobody knows, with no known country after it, is a headline, not a place
    assert place_and_date("Springfield Gazette, 3 May 2024") is None
    assert place_and_date("Lisbon, Madrid and Rome") is None


def test_a_place_and_date_line_gives_the_event_date_and_location() -> None:
    text = (
        "Atlantic Policy Circle\n\n"
        "Lusophone Security Dialogue (Third Round)\n\n"
        "Lisbon, 3–4 March 2022\n\n"
        "The third round of the dialogue was organised by the Atlantic Policy Circle at a hotel by the "
        "river. Experts from Portugal and Brazil took part.\n"
    )
    ev = _parse(text).event
    assert (ev.title, ev.date, ev.location) == (
        "Lusophone Security Dialogue (Third Round)",
        "2022-03-03",
        "Lisbon",
    )


def test_a_day_and_month_without_year_take_the_year_of_the_page() -> None:
    posted = (
        "Notes from a workshop\n\nPosted by A. Writer | 20 May 2021 | Workshops\n\n"
        "On 10 and 11 May, the Nordic Arms Institute convened a workshop in Oslo on missile defence. "
        "Twelve experts took part.\n"
    )
    assert _parse(posted).event.date == "2021-05-10"
    last_week = (
        "Three things we heard\n\nBy A. Writer | Published 18 June 2024\n\n"
        "Last Wednesday, 12 June, the Harbour Foundation hosted a webinar on shipping with three guests.\n"
    )
    assert _parse(last_week).event.date == "2024-06-12"
    dateline = (
        "Think tanks meet in Lima\n\nLIMA, May 3, 2018 -- Experts called for closer ties at a forum.\n\n"
        "The Pacific Think Tank Forum, held on May 1-2, was organized by the Andean Policy Institute.\n"
    )
    assert _parse(dateline).event.date == "2018-05-01"


def test_an_organised_by_line_names_the_host_and_an_introduction_heading_keeps_the_lead() -> None:
    text = (
        "CO-CHAIRS' REPORT\n\n"
        "Second Andean Security Dialogue\n"
        "Lima, Peru, 5–6 October 2023\n\n"
        "Organized by the Andean Policy Institute in cooperation with the Pacific Coast Forum\n\n"
        "Introduction\n\n"
        "Twenty participants from Chile, Peru and Bolivia met in Lima for the second Andean Security "
        "Dialogue.\n\n"
        "Findings\n\n"
        "Several participants argued that border cooperation had improved.\n"
    )
    pe = _parse(text)
    ev = pe.event
    assert (ev.date, ev.location) == ("2023-10-05", "Lima")
    assert ev.host_organization == "Andean Policy Institute"
    assert ev.sections == ["Introduction", "Findings"]
    assert ev.format == "dialogue"  # the Forum is a host's name, not the event
    assert pe.panels[0].represented == ["BO", "CL", "PE"]


def test_labelled_header_lines_name_the_host_and_the_chair() -> None:
    text = (
        "Seminar Series No. 7\n\n"
        "Rivers and Power in Central Asia\n\n"
        "Date: Tuesday, 4 April 2023\n"
        "Organiser: Caspian Institute for Strategic Studies (CISS)\n\n"
        "Speakers: Dr. Amir Kassym, Senior Fellow, Steppe Policy Centre\n"
        "Chairperson: Dr. Lena Ortiz, Fellow, CISS\n\n"
        "Summary\n\n"
        "Dr. Lena Ortiz, who chaired the seminar, opened by noting that water quotas date from 1992. "
        "Dr. Kassym argued that the quotas no longer match the flow of the rivers.\n"
    )
    pe = _parse(text)
    ev = pe.event
    assert ev.host_organization == "Caspian Institute for Strategic Studies"
    assert ev.sections == ["Summary"]  # the chair's line is a name list, not a heading
    assert ev.format == "seminar"  # a lead that only names the host says nothing of the format
    assert {(m.name, m.role) for m in pe.people} >= {("Lena Ortiz", "moderator"), ("Amir Kassym", "speaker")}


def test_a_convened_by_line_and_a_piped_place_and_date() -> None:
    text = (
        "Co-Chairs' Summary\n\n"
        "Third Baltic–Nordic Dialogue on Sea Lanes\n\n"
        "Gdynia, Poland | 12–13 May 2022\n\n"
        "Convened by the Amber Coast Institute and the Nordic Sea Lanes Forum\n\n"
        "Sixteen participants from Poland, Sweden and Finland took part in the dialogue.\n"
    )
    ev = _parse(text).event
    assert (ev.title, ev.date, ev.location) == (
        "Third Baltic–Nordic Dialogue on Sea Lanes",
        "2022-05-12",
        "Gdynia",
    )
    assert ev.host_organization == "Amber Coast Institute"
    assert place_and_date("Washington, DC | November 14, 2017") == ("Washington, DC", "2017-11-14")
    assert place_and_date("Honolulu, Hawaii, 3 March 2020") == ("Honolulu, Hawaii", "2020-03-03")


def test_a_labelled_place_line_gives_the_place_without_its_label() -> None:
    text = (
        "Ports and Power in the Atlantic\n\n"
        "Date: Tuesday, 4 April 2023\n"
        "Location: Porto, Portugal\n\n"
        "The Atlantic Policy Circle hosted a workshop on shipping with experts from Spain and Portugal.\n"
    )
    assert _parse(text).event.location == "Porto, Portugal"


def test_a_publication_date_is_not_the_event_date() -> None:
    text = (
        "Oil and Sanctions\n\nNews | August 9, 2019\n\n"
        "On July 30, 2019, the Example Institute convened experts from Oman to discuss oil.\n"
    )
    ev = _parse(text).event
    assert (ev.title, ev.date, ev.location) == ("Oil and Sanctions", "2019-07-30", None)


def test_date_header_before_a_whole_page() -> None:
    text = (
        " date 2016-06-01 event\n\nAsian Maritime Law\n\nWed. June 1st, 2016\nTokyo\n\n"
        "The Example Council held a workshop.\n"
    )
    ev = _parse(text).event
    assert (ev.date, ev.title, ev.location) == ("2016-06-01", "Asian Maritime Law", "Tokyo")
    assert ev.format == "workshop"


def test_topic_tags_and_event_speakers_block_are_not_body() -> None:
    text = (
        "Budget Fights\n\nFri. May 6th, 2016\nWashington, DC\n\n"
        "Lee Grant and Mia Holt joined Omar Sayed to discuss the budget. Ann Fox moderated.\n\n"
        "Economy PolicyTradeSecurityUnited StatesChina\n"
        "event speakers\n\n"
        "Lee Grant\n\nSenior Fellow, Budget Program\n\nGrant is a senior fellow at the Example Institute.\n\n"
        "Mia Holt\n\nMia Holt is a professor at Example University.\n"
    )
    pe = _parse(text)
    assert pe.event.sections == []
    blocks = _blocks(text)
    assert len(blocks) == 1 and blocks[0][3].startswith("Lee Grant and Mia Holt joined")


def test_sections_headings_in_title_case_and_in_capitals_with_a_colon() -> None:
    text = (
        "Nadia Cruz hosted a roundtable on Arctic shipping.\n\n"
        "Key Points of Discussion\n\n"
        "One participant said that ice is melting fast.\n\n"
        "OUTLOOK AND RISKS:\n\n"
        "Another participant warned that insurance costs will rise.\n"
    )
    assert _parse(text).event.sections == ["Key Points of Discussion", "OUTLOOK AND RISKS"]
    assert [b[0] for b in _blocks(text)] == [None, "Key Points of Discussion", "OUTLOOK AND RISKS"]


def test_a_sentence_is_never_a_heading() -> None:
    text = "Kim Hale chaired the meeting.\n\nThis event was off the record.\n\nThe meeting was short.\n"
    pe = _parse(text)
    assert pe.event.sections == []
    assert pe.event.off_the_record is True


@pytest.mark.parametrize(
    ("line", "topic", "content"),
    [
        (
            "Energy Ties : One scholar said gas deals matter.",
            "Energy Ties",
            "One scholar said gas deals matter.",
        ),
        ("“Soft Landing” : A scholar said reform helps.", "Soft Landing", "A scholar said reform helps."),
        ('"Open Door” : A scholar said access matters.', "Open Door", "A scholar said access matters."),
        (
            "  • Japan’s Choice: A panelist said Tokyo hedges.",
            "Japan’s Choice",
            "A panelist said Tokyo hedges.",
        ),
        ("- Supply Chains: Experts agreed chips are key.", "Supply Chains", "Experts agreed chips are key."),
        (
            "• Can the Truce Hold?: One scholar doubted it would.",
            "Can the Truce Hold?",
            "One scholar doubted it would.",
        ),
        ("Who Gains? : A panelist said nobody does.", "Who Gains?", "A panelist said nobody does."),
        ("“Why Now?”: A diplomat said timing matters.", "Why Now?", "A diplomat said timing matters."),
        ("2. Export Rules: Experts said lists grow.", "Export Rules", "Experts said lists grow."),
        ("The U.K. Angle : A scholar said London hedges.", "The U.K. Angle", "A scholar said London hedges."),
        ("• U.N. Sanctions: Experts said gaps remain.", "U.N. Sanctions", "Experts said gaps remain."),
        (
            "The U.S.-India Channel : One envoy said it works.",
            "The U.S.-India Channel",
            "One envoy said it works.",
        ),
        ("Dr. Ames’s Plan: A panelist said it costs.", "Dr. Ames’s Plan", "A panelist said it costs."),
    ],
)
def test_inline_topic_labels_are_cut_off_the_block(line: str, topic: str, content: str) -> None:
    text = "Ivo Marsh moderated a discussion on trade.\n\nHighlights\n\n" + line + "\n"
    last = _blocks(text)[-1]
    assert last[1] == topic
    assert last[3] == content


def test_a_sentence_with_a_colon_is_not_a_label() -> None:
    text = "Ivo Marsh moderated.\n\nThe participants raised three points of concern: cost, time and scope.\n"
    assert _blocks(text)[-1][1] is None


@pytest.mark.parametrize(
    "line",
    [
        "• Is the truce over? Some experts: perhaps.",
        "• Energy Ties — one scholar said gas deals matter.",
        "What comes next? Experts: more talks.",
        "Trade Is Slowing. Experts Agree: tariffs hurt.",
        "Ports Matter In The U.S. Today. Some: yes.",
    ],
)
def test_a_question_or_a_dash_inside_a_sentence_is_not_a_label(line: str) -> None:
    text = "Ivo Marsh moderated a discussion on trade.\n\nHighlights\n\n" + line + "\n"
    last = _blocks(text)[-1]
    assert last[1] is None
    assert last[3] == line.removeprefix("• ")


def test_hyphen_bullets_separated_by_spacer_lines() -> None:
    text = (
        "Rosa Diaz moderated a discussion.\n\nTakeaways\n\n"
        "- First Point: A participant said one thing.\n\n\n\n"
        "- Second Point: Another participant said another thing.\n"
    )
    blocks = _blocks(text)
    assert [(b[0], b[1]) for b in blocks[1:]] == [("Takeaways", "First Point"), ("Takeaways", "Second Point")]


def test_bio_blocks_and_name_lines_are_not_sections_nor_blocks() -> None:
    text = (
        "Tom Ng moderated a discussion with Ada Vance.\n\n"
        "Discussion Highlights\n\n"
        "• Growth: A panelist said growth is slowing.\n\n"
        "Tom Ng\n\nDr. Tom Ng is a fellow at the Example Center for Policy.\n\n"
        "Ada Vance\n\nAda Vance is a professor at Example University. She studies trade.\n"
    )
    pe = _parse(text)
    assert pe.event.sections == ["Discussion Highlights"]
    assert [b[3] for b in _blocks(text)][-1] == "A panelist said growth is slowing."
    vance = next(m for m in pe.people if m.person_id == "ada-vance")
    assert vance.bio == "Ada Vance is a professor at Example University. She studies trade."


def test_bios_without_name_lines() -> None:
    text = (
        "We hosted a discussion with Ken Ito and Lia Moss. The discussion was moderated by Raj Patel.\n\n"
        "Ken Ito is a senior fellow at the Example Institute.\n\n"
        "Lia Moss is the director of Example Foundation.\n"
    )
    pe = _parse(text)
    assert len(_blocks(text)) == 1
    people = {m.person_id: m for m in pe.people}
    assert people["ken-ito"].bio == "Ken Ito is a senior fellow at the Example Institute."
    assert people["lia-moss"].affiliations == ("Example Foundation",)
    assert people["raj-patel"].role == "moderator"


def test_agenda_with_several_panels() -> None:
    text = (
        "Security Day\n\nMon. March 2nd, 2015\nSeoul\n\n"
        "The Example Institute hosted a conference with experts from Seoul and Tokyo.\n\n"
        "Panel 1: Missiles\nModerator: Ana Ruiz\nSpeakers: Ben Cho, Cai Lun\n\n"
        "A Korean expert said defenses are improving.\n\n"
        "Panel 2: Cyber\nModerator: Dr. Eli Stone\nSpeakers: Fay Wu\n\n"
        "A Japanese expert said attacks are rising.\n"
    )
    pe = _parse(text)
    assert pe.event.format == "conference"
    assert [p.panel_id for p in pe.panels] == ["t1/p1", "t1/p2"]
    assert [p.title for p in pe.panels] == ["Panel 1: Missiles", "Panel 2: Cyber"]
    assert [(m.person_id, m.role) for m in pe.panels[0].members] == [
        ("ana-ruiz", "moderator"),
        ("ben-cho", "speaker"),
        ("cai-lun", "speaker"),
    ]
    assert [(m.person_id, m.role) for m in pe.panels[1].members] == [
        ("eli-stone", "moderator"),
        ("fay-wu", "speaker"),
    ]
    assert pe.panels[0].represented == ["JP", "KR"]
    assert pe.panels[1].represented == ["JP"]
    assert [b[2] for b in _blocks(text)] == [1, 1, 2]


def test_a_simple_event_has_one_panel() -> None:
    pe = _parse("Joe Park moderated a briefing on sanctions with U.S. and Russian officials.\n")
    assert [p.panel_id for p in pe.panels] == ["t1/p1"]
    assert pe.panels[0].title is None
    assert pe.panels[0].represented == ["RU", "US"]
    assert pe.event.format == "briefing"


@pytest.mark.parametrize(
    ("text", "host"),
    [
        (
            "Carnegie-Tsinghua’s Ann Lee hosted a roundtable discussion on trade.",
            "Carnegie–Tsinghua Center for Global Policy",
        ),
        (
            "The Carnegie–Tsinghua Center’s Bo Wen moderated a discussion on trade.",
            "Carnegie–Tsinghua Center for Global Policy",
        ),
        (
            "The Carnegie–Tsinghua Center for Global Policy hosted a dialogue on trade.",
            "Carnegie–Tsinghua Center for Global Policy",
        ),
        ("In May 2015, the Example Policy Council hosted a lecture on trade.", "Example Policy Council"),
        ("The Brookings Institution held a seminar on climate policy.", "Brookings Institution"),
        (
            "Carnegie–Tsinghua convened a small workshop on river treaties.",
            "Carnegie–Tsinghua Center for Global Policy",
        ),
        (
            "Carnegie hosted the third talk in its series on grain.",
            "Carnegie Endowment for International Peace",
        ),
        ("Brookings convened scholars and officials to talk about ports.", "Brookings Institution"),
        ("Northwind hosted a roundtable on fishing quotas.", "Northwind"),
        (
            "In a seminar moderated by Carnegie–Tsinghua’s Wei Lan, experts from Hanoi compared notes.",
            "Carnegie–Tsinghua Center for Global Policy",
        ),
        (
            "The Carnegie-Tsinghua Center’s Ana Roy and Ben Sol moderated a dialogue among trade experts.",
            "Carnegie–Tsinghua Center for Global Policy",
        ),
        ("The talk was moderated by Carnegie’s Ida Moss.", "Carnegie Endowment for International Peace"),
        ("Carnegie India’s Ravi Nair moderated a panel on ports.", "Carnegie India"),
        ("Example Center Fellow Ola Fenn will moderate a discussion with Pia Gold.", "Example Center"),
        ("Join us for a Carnegie-hosted seminar on rivers.", "Carnegie Endowment for International Peace"),
    ],
)
def test_host_organization_is_normalized(text: str, host: str) -> None:
    assert _parse(text).event.host_organization == host


@pytest.mark.parametrize(
    "text",
    [
        "Beijing rejected the ruling, and Example Navy ships kept sailing near Chinese-held reefs.\n\n"
        "Dana Ruiz moderated a workshop on maritime law.\n",
        "The Example Party Congress was held in the capital last month.\n\n"
        "Ola Berg moderated a discussion with Tim Vos.\n",
        "Tim Vos hosted a roundtable on trade.\n",
        "Seoul hosted the games in 1988. Mia Lee moderated a panel on sport.\n",
    ],
)
def test_no_host_unless_the_event_sentence_names_one(text: str) -> None:
    assert _parse(text).event.host_organization is None


def test_geography_table() -> None:
    assert all(code.isupper() and len(code) == 2 for code in NATIONALITY_CODES.values())
    assert [
        country_code(w) for w in ("U.S.", "American", "Washington", "Chinese", "Beijing", "South Korean")
    ] == [
        "US",
        "US",
        "US",
        "CN",
        "CN",
        "KR",
    ]
    assert country_code("North Korean") == "KP" and country_code("Pyongyang") == "KP"
    assert (
        country_code("British") == "GB" and country_code("Taiwan") == "TW" and country_code("Moscow") == "RU"
    )
    assert country_code("European") is None
    assert country_code("us") is None and country_code("US") == "US"


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Peruvian", "PE"),
        ("Vietnamese", "VN"),
        ("Filipinos", "PH"),
        ("Indonesian", "ID"),
        ("Thai", "TH"),
        ("Singaporean", "SG"),
        ("Australians", "AU"),
        ("Mexican", "MX"),
        ("Dutch", "NL"),
        ("Ukrainian", "UA"),
        ("Israelis", "IL"),
        ("Emirati", "AE"),
        ("Sri Lankan", "LK"),
        ("Nepali", "NP"),
        ("Kazakh", "KZ"),
        ("Taiwanese", "TW"),
        ("Hong Kong", "HK"),
        ("Hanoi", "VN"),
        ("Nairobi", "KE"),
        ("Prague", "CZ"),
        ("Czech Republic", "CZ"),
        ("New Zealanders", "NZ"),
    ],
)
def test_geography_knows_demonyms_plurals_and_capitals(word: str, code: str) -> None:
    assert country_code(word) == code


def test_geography_leaves_out_words_that_are_also_personal_names() -> None:
    assert [country_code(w) for w in ("Lima", "Sofia", "Santiago", "Jordan", "Mainland", "Asian")] == [
        None
    ] * 6
    assert "peruvian" in DEMONYMS and "peru" not in DEMONYMS


def test_a_listed_person_named_like_no_capital_keeps_their_name() -> None:
    pe = _parse("Sofia Lima hosted a roundtable with experts from Peru, Cuba, and Argentina.")
    assert [m.person_id for m in pe.people] == ["sofia-lima"]
    assert pe.panels[0].represented == ["AR", "CU", "PE"]


def test_represented_reads_the_wider_table() -> None:
    pe = _parse("Ola Berg hosted a roundtable with Argentine, Slovak, and Vietnamese experts on rivers.")
    assert pe.panels[0].represented == ["AR", "SK", "VN"]


CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.mark.skipif(not CORPUS.exists(), reason="the development corpus is not here")
def test_every_corpus_text_parses() -> None:
    from roundtables.parse import parse_file

    files = sorted(CORPUS.glob("*/*.txt"))
    assert files
    for f in files:
        pe = parse_file(f, source_file=f"raw/{f.name}")
        assert pe.panels, f


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "The Example Forum hosted a seminar that brought together Chinese and American technology "
            "policy experts to compare chip rules.",
            ["CN", "US"],
        ),
        ("Northwind held a workshop with senior Japanese and Korean coast guard officers.", ["JP", "KR"]),
        (
            "Mia Lee hosted a roundtable with leading scholars and diplomats from Oslo, Rome and Cairo.",
            ["EG", "IT", "NO"],
        ),
        ("Mia Lee moderated a discussion with Indian and Chinese experts on water.", ["CN", "IN"]),
        ("The Example Institute hosted a meeting on U.S. efforts to engage policymakers in Asia.", []),
        (
            "Chinese climate experts think about carbon very differently from their U.S. counterparts.\n\n"
            "Ola Berg moderated a discussion on carbon markets.\n",
            [],
        ),
        (
            "Ola Berg moderated a roundtable on water.\n\nHighlights\n\n"
            "One Indian participant said dams matter. Nepalese farmers are worried, she added.\n",
            ["IN"],
        ),
        (
            "The Delta Circle convened a workshop on rivers in Hanoi. Fifteen experts took part, among them "
            "officials from Laos, Cambodia and Thailand.",
            ["KH", "LA", "TH"],
        ),
        ("Scholars from Peru and Chile participated in the first round of the talks in Lima.", ["CL", "PE"]),
    ],
)
def test_represented_comes_from_the_sentences_that_introduce_the_participants(
    text: str, codes: list[str]
) -> None:
    assert _parse(text).panels[0].represented == codes


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("Ada Moss and Ben Kerr joined Cy Dunn to discuss the grain trade. Di Fox moderated.", "discussion"),
        (
            "The debate over grain is old.\n\nExample Council convened a workshop on the grain trade.\n",
            "workshop",
        ),
        ("Ada Moss presented a new report on the grain trade.", "other"),
        (
            "Organized by the Pacific Coast Forum, the workshop on fisheries took place in Lima with twelve "
            "experts.",
            "workshop",
        ),
    ],
)
def test_format_from_the_words_that_describe_the_event(text: str, fmt: str) -> None:
    assert _parse(text).event.format == fmt


def test_agenda_host_of_the_event_hosts_every_panel() -> None:
    text = (
        "Ivo Lind hosted a conference on transport featuring Kim Sol.\n\n"
        "Panel 1: Ports\nModerator: Ana Ruiz\nSpeakers: Ben Cho\n\n"
        "A speaker said ports are full.\n\n"
        "Panel 2: Rail\nModerator: Eli Stone\nSpeakers: Fay Wu, Kim Sol\n\n"
        "A speaker said rail is slow.\n"
    )
    pe = _parse(text)
    assert [(m.person_id, m.role) for m in pe.panels[0].members] == [
        ("ivo-lind", "host"),
        ("ana-ruiz", "moderator"),
        ("ben-cho", "speaker"),
    ]
    assert [(m.person_id, m.role) for m in pe.panels[1].members] == [
        ("ivo-lind", "host"),
        ("kim-sol", "speaker"),
        ("eli-stone", "moderator"),
        ("fay-wu", "speaker"),
    ]


def test_panel_headings_under_an_agenda_title_panels_not_sections() -> None:
    text = (
        "Harbor Talks on Fisheries\n\n"
        "Example Institute brought coastal officials and scholars together to compare fishing rules.\n\n"
        "AGENDA:\n\n"
        "Session 1: Quotas\n"
        "Moderator: Lena Hartmann, Example Institute\n\n"
        "Session 2: Patrols\n"
        "Moderator: Olaf de Vries, Example Institute\n\n"
        "SUMMARY:\n\n"
        "Hartmann said that shared catch data would cut disputes over quotas in the coming season.\n"
    )
    st = read_structure(text)
    assert st.sections == ["AGENDA", "SUMMARY"]
    assert st.panel_titles == ["Session 1: Quotas", "Session 2: Patrols"]
