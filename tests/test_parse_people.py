"""People and roles, one short hand-written text per way the genre introduces people."""

from __future__ import annotations

import pytest

from roundtables.parse import parse_text
from roundtables.parse.names import names_in, normalize_name, parse_name_list, person_slug


def _members(text: str) -> list[tuple[str, str]]:
    pe = parse_text(text, event_id="t2", source_file="raw/t2.txt", source_sha256="0" * 64)
    return [(m.person_id, m.role) for p in pe.panels for m in p.members]


def _people(text: str):  # type: ignore[no-untyped-def]
    pe = parse_text(text, event_id="t2", source_file="raw/t2.txt", source_sha256="0" * 64)
    return {m.person_id: m for m in pe.people}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Example’s Hal Berg hosted a roundtable on grain markets.", [("hal-berg", "host")]),
        (
            "Ivy Chen will host a discussion with Omar Diallo about debt.",
            [("ivy-chen", "host"), ("omar-diallo", "speaker")],
        ),
        ("Lars Holm moderated a discussion on fisheries policy.", [("lars-holm", "moderator")]),
        (
            "Lars Holm and Mei Tan moderated the discussion on ports.",
            [("lars-holm", "moderator"), ("mei-tan", "moderator")],
        ),
        (
            "The panel on ports was moderated by Dr. Mei Tan of Example University.",
            [("mei-tan", "moderator")],
        ),
        (
            "Nur Aziz spoke on trade and Pia Lund commented. Ola Berg moderated.",
            [("nur-aziz", "speaker"), ("pia-lund", "speaker"), ("ola-berg", "moderator")],
        ),
        (
            "Ambassador Rex Tan, former envoy to Chile, Peru, and Bolivia, moderated the event.",
            [("rex-tan", "moderator")],
        ),
        ("The director introduced the event, and Uma Rao moderated", [("uma-rao", "moderator")]),
        (
            "Example Center Fellow Gil Amar will moderate a discussion with Bo Lin, Cy Ott, "
            "and Di Fox on energy.",
            [("gil-amar", "moderator"), ("bo-lin", "speaker"), ("cy-ott", "speaker"), ("di-fox", "speaker")],
        ),
        (
            "Yan Ping and Sun Hao joined Ray Cole and Ned Vu to discuss ties.",
            [("yan-ping", "speaker"), ("sun-hao", "speaker"), ("ray-cole", "speaker"), ("ned-vu", "speaker")],
        ),
        (
            "Chinese discussants included Hu Wei, Lin Fang, and Ma Jun.",
            [("hu-wei", "discussant"), ("lin-fang", "discussant"), ("ma-jun", "discussant")],
        ),
        (
            "Ann Oh, Example Institute, and Bo Kim, Example University, attended the meeting.",
            [("ann-oh", "participant"), ("bo-kim", "participant")],
        ),
    ],
)
def test_roles_from_how_people_are_introduced(text: str, expected: list[tuple[str, str]]) -> None:
    assert _members(text) == expected


def test_discussants_line_glued_to_the_next_text() -> None:
    text = (
        "Jo Ray hosted a roundtable.\n\n"
        "Discussants: Al Bee, Cy Dee, Ed FayPresident Gus Hill said nothing new."
    )
    assert _members(text) == [
        ("jo-ray", "host"),
        ("al-bee", "discussant"),
        ("cy-dee", "discussant"),
        ("ed-fay", "discussant"),
    ]


def test_moderator_line_and_other_lists() -> None:
    text = "Mo Said hosted a workshop.\n\nModerator: Prof. Lia Gray\nSpeakers: Tim Cho, Ann Bay\n"
    assert _members(text) == [
        ("mo-said", "host"),
        ("lia-gray", "moderator"),
        ("tim-cho", "speaker"),
        ("ann-bay", "speaker"),
    ]


def test_first_fitting_role_wins_and_bio_adds_affiliations() -> None:
    text = (
        "Example-Tsinghua’s Kai Lim moderated a discussion with scholars.\n\n"
        "Kai Lim\n\nDr. Kai Lim is a senior fellow at the Example Center for Global Policy "
        "and a professor of Example University.\n"
    )
    assert _members(text) == [("kai-lim", "moderator")]
    kai = _people(text)["kai-lim"]
    assert kai.name == "Kai Lim"
    assert kai.affiliations == ("Example-Tsinghua", "Example Center for Global Policy", "Example University")


def test_named_people_in_running_text_are_not_panel_members() -> None:
    text = (
        "President Ada Stone visited Tokyo on May 1, when Prime Minister Ben Okoro spoke to the press.\n\n"
        "Lee Wu moderated a discussion with U.S. and Japanese experts.\n\n"
        "Highlights\n\n"
        "• Alliance: One expert said a dialogue between President Ada Stone and Premier Ed Zhu is needed.\n"
    )
    assert _members(text) == [("lee-wu", "moderator")]


def test_affiliations_from_introductions() -> None:
    text = (
        "The discussion was moderated by Example’s Rae Dunn and panelists included Sol Park, "
        "director for Asia "
        "at the Example Foundation, Dr. Ty Moe of Example University, and Vi Ng of the Institute of Asian "
        "Studies of EXC."
    )
    people = _people(text)
    assert people["rae-dunn"].role == "moderator"
    assert people["rae-dunn"].affiliations == ("Example",)
    assert people["sol-park"].affiliations == ("Example Foundation",)
    assert people["ty-moe"].affiliations == ("Example University",)
    assert people["vi-ng"].affiliations == ("Institute of Asian Studies of EXC",)


def test_appositive_list_of_panelists() -> None:
    text = (
        "The panelists included three experts: Mr. Al Hart, Vice President at the Example Institute, "
        "Dr. Bea Cole, Senior Fellow at the Example Foundation, and Ambassador Cal Dorn, Director of "
        "the Asia Program at the Example Center."
    )
    people = _people(text)
    assert list(people) == ["al-hart", "bea-cole", "cal-dorn"]
    assert people["cal-dorn"].affiliations == ("Example Center",)


def test_names_partly_in_capitals_and_middle_initials_merge() -> None:
    text = (
        "Experts met online. ZHANG Wei, Director of the Example Institute, and Evan Moss "
        "attended this meeting.\n\n"
        "Evan R. Moss\n\nEvan R. Moss is a fellow at the Example Center.\n"
    )
    people = _people(text)
    assert people["zhang-wei"].name == "Zhang Wei"
    assert people["zhang-wei"].role == "participant"
    assert "evan-r-moss" in people and "evan-moss" not in people
    assert people["evan-r-moss"].role == "speaker"


def test_name_helpers() -> None:
    assert person_slug("Paul Haenle") == "paul-haenle"
    assert person_slug("José Ñúñez-Ortíz") == "jose-nunez-ortiz"
    assert person_slug("S. L. Narasimhan") == "s-l-narasimhan"
    assert normalize_name("DUN  Shixin") == "Dun Shixin"
    listed, end = parse_name_list("Ana Bo, Cid Ruiz and Dee Fox on the topic.", 0)
    assert [p.match.name for p in listed] == ["Ana Bo", "Cid Ruiz", "Dee Fox"]
    assert end == len("Ana Bo, Cid Ruiz and Dee Fox")


@pytest.mark.parametrize(
    ("bio", "affiliations"),
    [
        (
            "Lu Wen is an associate professor in Example University’s Department of Political Science. "
            "He also sits on the Academic Committee of the Example Institution.",
            ("Example University", "Example Institution"),
        ),
        (
            "Lu Wen is a former head of the Trade Department of the Example Ministry of Commerce. "
            "He taught at Example College.",
            ("Example Ministry of Commerce", "Example College"),
        ),
        (
            "Lu Wen is a senior fellow at the Example Institute for Peace. An expert on ports, he writes.",
            ("Example Institute for Peace",),
        ),
        (
            "Lu Wen is in the Security Studies program of the Example Foundation, in Washington, DC.",
            ("Example Foundation",),
        ),
        ("Lu Wen is a lecturer at the Navy’s Example War College in the US.", ("Example War College",)),
    ],
)
def test_affiliations_are_whole_organizations(bio: str, affiliations: tuple[str, ...]) -> None:
    text = "Lu Wen moderated a discussion on ports.\n\nLu Wen\n\n" + bio + "\n"
    assert _people(text)["lu-wen"].affiliations == affiliations


def test_a_position_after_the_organization_is_not_part_of_it() -> None:
    text = "Example Center Fellow Gil Amar moderated a discussion on ports."
    assert _people(text)["gil-amar"].affiliations == ("Example Center",)


def test_name_after_a_long_position_title_in_running_text() -> None:
    text = (
        "Join us for a talk on river treaties with Deputy Minister of Water, Forests, and Fisheries "
        "Lena Okafor and Tom Reyes, Carnegie’s fellow for water security."
    )
    people = _people(text)
    assert list(people) == ["lena-okafor", "tom-reyes"]
    assert people["lena-okafor"].role == "speaker"
    assert people["tom-reyes"].affiliations == ("Carnegie Endowment for International Peace",)


def test_a_head_of_state_after_with_is_not_a_speaker() -> None:
    text = "Ola Berg moderated a discussion on the visit of Example President Ada Stone with Bo Lin."
    assert _members(text) == [("ola-berg", "moderator"), ("bo-lin", "speaker")]


@pytest.mark.parametrize(
    "closing",
    [
        "Also in attendance were Ivo Marsh and Kai Lund.",
        "Attendees included Ivo Marsh and Kai Lund.",
        "Ivo Marsh and Kai Lund also attended.",
        "Also present were Ivo Marsh of the Example Academy and Kai Lund.",
        "Ivo Marsh and Kai Lund were also present.",
        "Those in attendance included Ivo Marsh and Kai Lund.",
        "\n\nObservers: Ivo Marsh, Kai Lund",
    ],
)
def test_people_named_only_as_attendees_are_participants(closing: str) -> None:
    text = "Ola Berg hosted a roundtable on inland shipping. " + closing
    assert _members(text) == [
        ("ola-berg", "host"),
        ("ivo-marsh", "participant"),
        ("kai-lund", "participant"),
    ]


def test_an_attendee_also_named_as_a_speaker_stays_a_speaker() -> None:
    text = (
        "Ola Berg hosted a discussion with Kai Lund on inland shipping. "
        "Also present were Kai Lund and Ivo Marsh."
    )
    assert _members(text) == [("ola-berg", "host"), ("kai-lund", "speaker"), ("ivo-marsh", "participant")]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Example’s Ola Berg and Ivo Marsh of the Example Academy co-hosted a roundtable on canals.", "host"),
        (
            "Ola Berg of the Example Institute and Ivo Marsh of the Example Academy co-chaired the meeting.",
            "moderator",
        ),
        (
            "Ola Berg, a fellow at the Example Institute, and Ivo Marsh of the Example Academy co-moderated "
            "the seminar.",
            "moderator",
        ),
        ("The seminar on canals was co-chaired by Ola Berg and Ivo Marsh.", "moderator"),
        ("Ola Berg and Ivo Marsh jointly hosted a roundtable on canals.", "host"),
    ],
)
def test_coordinated_hosts_and_chairs_with_affiliations(sentence: str, role: str) -> None:
    assert _members(sentence) == [("ola-berg", role), ("ivo-marsh", role)]


def test_an_of_phrase_in_a_subject_is_an_affiliation_of_that_name_only() -> None:
    people = _people(
        "Ola Berg of the Example Institute and Ivo Marsh of the Example Academy co-chaired the meeting."
    )
    assert people["ola-berg"].affiliations == ("Example Institute",)
    assert people["ivo-marsh"].affiliations == ("Example Academy",)


def test_a_subject_list_runs_over_an_organization_name_with_on() -> None:
    text = (
        "Ola Berg hosted a seminar on canals. Dr. Ivo Marsh and Council on Inland Waterways Fellow "
        "Kai Lund gave comments."
    )
    assert _members(text) == [("ola-berg", "host"), ("ivo-marsh", "speaker"), ("kai-lund", "speaker")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Lakeside Summer Games opened a path to talks between the two capitals.",
        "The Harbor Island Talks opened in the spring and offered little.",
        "After the Delta River Crisis, the Lindqvist Accord offered a framework for calm.",
        "The Hanoi Ferry Terminal opened last year, and the Osaka Marsh Bridge followed.",
        "Trade on the Korean Peninsula Rail Link opened slowly.",
    ],
)
def test_a_named_event_agreement_or_place_before_a_verb_is_not_a_person(sentence: str) -> None:
    text = "Ola Berg moderated a discussion on regional links.\n\n" + sentence + "\n"
    assert _members(text) == [("ola-berg", "moderator")]


def test_a_person_after_the_and_an_organization_or_a_title_is_still_a_person() -> None:
    text = (
        "The Example Institute’s Ivy Chen moderated a discussion.\n\n"
        "The U.S. Ambassador Omar Diallo spoke on ports.\n"
    )
    assert _members(text) == [("ivy-chen", "moderator"), ("omar-diallo", "speaker")]


@pytest.mark.parametrize(
    "background",
    [
        "Brazilian President Ana Reis will host the Amazon Water Summit next spring.",
        "Prime Minister Joel Kask hosted a state dinner for the visiting delegation.",
        "U.S. Defense Secretary Dale Pryor will host his Indian counterpart in May.",
        "The city of Lyon will host the Winter Games, and Lea Roux will host the Lyon Forum on Cities.",
        "The treaty talks were hosted by Foreign Minister Ines Sala in Lisbon.",
    ],
)
def test_office_holders_and_hosts_of_other_named_events_are_not_hosts(background: str) -> None:
    text = background + " Ivo Marsh moderated a roundtable on water security with Rosa Diaz.\n"
    assert _members(text) == [("ivo-marsh", "moderator"), ("rosa-diaz", "speaker")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Former Foreign Minister Ines Sala hosted a roundtable on ports.", [("ines-sala", "host")]),
        ("Example Institute President Hal Berg hosted a workshop on grain.", [("hal-berg", "host")]),
        ("Hal Berg will host a discussion on the Davos Forum agenda.", [("hal-berg", "host")]),
    ],
)
def test_former_officials_org_presidents_and_this_events_hosts_stay(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert _members(sentence + "\n") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marta van Doren and Yusuf bin Tariq met in Oslo.", ["Marta van Doren", "Yusuf bin Tariq"]),
        ("Elsa von der Brugge opened the talks.", ["Elsa von der Brugge"]),
        (
            "Ines da Costa, Rui dos Anjos and Tomas de la Vega",
            ["Ines da Costa", "Rui dos Anjos", "Tomas de la Vega"],
        ),
        ("Dr. de Brugge spoke next.", []),
    ],
)
def test_lower_case_particles_belong_to_the_name(text: str, expected: list[str]) -> None:
    assert [m.name for m in names_in(text)] == expected


def test_agenda_line_name_then_affiliation_is_one_person() -> None:
    listed, _ = parse_name_list("Lena Hartmann, Carnegie Europe; Olaf de Vries, Mercator Stiftung", 0)
    assert [(p.match.name, p.affiliations) for p in listed] == [
        ("Lena Hartmann", ("Carnegie Europe",)),
        ("Olaf de Vries", ("Mercator Stiftung",)),
    ]


def test_attendee_quoted_by_name_took_part_as_speaker() -> None:
    text = (
        "Nora Quist, Bao Lin and Theo Marsh attended a closed meeting on river dams.\n\n"
        "Bao Lin argued that upstream data sharing has improved since last year.\n"
    )
    roles = dict(_members(text))
    assert roles == {"nora-quist": "participant", "bao-lin": "speaker", "theo-marsh": "participant"}
