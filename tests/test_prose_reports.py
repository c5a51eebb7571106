"""People of other publishers' write-ups: named in one sentence, heard in a later one; taking the floor
in a noun phrase or a caption; quotations over several sentences.

Every text is written for these tests; expected values are read off the text by hand.
"""

from __future__ import annotations

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
