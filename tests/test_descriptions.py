"""What a person's description says: a title and, from a national office or body only, a nationality.

Every phrase is made up for these tests; the expected title and country are read off it by hand.
"""

from __future__ import annotations

import pytest

from parse_support import parse_of
from roundtables.parse import ParsedEvent
from roundtables.parse.descriptions import Description, describe, group_nationality


@pytest.mark.parametrize(
    ("description", "title", "nationality"),
    [
        ("Senior Fellow, Example Institute", "fellow", None),
        ("former U.S. Ambassador to Chile and Peru", "ambassador", "US"),
        ("Korean Consul General", "consul general", "KR"),
        ("Vice President for Research at the Example Foundation", "vice president", None),
        ("member of the National Assembly of Korea", "member", "KR"),
        ("Minister of Foreign Affairs of Japan", "minister", "JP"),
        ("former Australian prime minister", "prime minister", "AU"),
        ("Japan’s Ambassador to Brazil", "ambassador", "JP"),
        ("Commander of U.S. Southern Command", "commander", "US"),
        ("CEO of Example Analytics", "chief executive officer", None),
        ("advisor to the Example Bank", "adviser", None),
    ],
)
def test_title_and_nationality_of_a_description(
    description: str, title: str, nationality: str | None
) -> None:
    assert describe(description) == Description(title, nationality)


@pytest.mark.parametrize(
    "description",
    [
        "Professor at the University of Tokyo",
        "Director of the Institute of American Studies at the Chinese Academy of Social Sciences",
        "senior fellow for Korea studies at Example Council",
        "Example University’s Japan chair",
        "Beijing Bureau Chief of Example Times",
        "President of China Example University",
    ],
)
def test_an_institutions_name_or_place_gives_no_nationality(description: str) -> None:
    assert describe(description).nationality is None


def test_a_rank_gives_way_to_an_office() -> None:
    assert describe("Admiral", "Admiral (ret.), former Commander of U.S. Atlantic Fleet").title == "commander"
    assert describe("Rear Admiral").title == "rear admiral"


@pytest.mark.parametrize(
    ("lead_in", "code"),
    [
        ("Chinese discussants included ", "CN"),
        ("The Japanese participants were ", "JP"),
        ("The panelists included five distinguished China experts: ", None),
        ("Participants included ", None),
    ],
)
def test_a_lists_lead_in_gives_its_names_a_nationality(lead_in: str, code: str | None) -> None:
    assert group_nationality(lead_in) == code


def _parse(text: str) -> ParsedEvent:
    return parse_of(text, "d1")


def test_named_speakers_take_the_description_the_text_gives_them() -> None:
    pe = _parse(
        "The Example Forum hosted a panel with Lena Sato, Senior Fellow at the Example Institute, "
        "and Omar Reyes, former Mexican ambassador to Canada. Ivo Marsh moderated.\n\n"
        "Sato argued that the treaty is fragile. Reyes said that trade will recover. "
        "Canadian economist Ada Brook noted that prices are rising."
    )
    described = {c.speaker.mention: (c.speaker.nationality, c.speaker.role) for c in pe.claims}
    assert described == {
        "Sato": (None, "fellow"),
        "Reyes": ("MX", "ambassador"),
        "Canadian economist Ada Brook": ("CA", "economist"),
    }


def test_a_title_of_address_gives_way_to_the_persons_description() -> None:
    pe = _parse(
        "The Example Council hosted a discussion with Korean Consul General Min-ho Park.\n\n"
        "Ambassador Park said that the talks will resume."
    )
    [claim] = pe.claims
    assert (claim.speaker.nationality, claim.speaker.role) == ("KR", "consul general")


def test_represented_joins_listed_people_and_speakers() -> None:
    pe = _parse(
        "The Example Institute hosted a roundtable with Tomas Vale, former Chilean foreign minister, "
        "and Grace Lin, a researcher at the Example Institute in Tokyo.\n\n"
        "One Indonesian participant argued that the strait is safe."
    )
    [panel] = pe.panels
    assert panel.represented == ["CL", "ID"]
