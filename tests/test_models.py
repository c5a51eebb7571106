"""The models reject bad values and name the field that is wrong."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from roundtables.models import Claim, Event, Panel, Person


def event(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "event_id": "000_61fc81b2dc7eafc8",
        "source_file": "raw/000_61fc81b2dc7eafc8.txt",
        "source_sha256": "a" * 64,
        "date": "2013-04-22",
        "title": None,
        "location": None,
        "host_organization": "Carnegie–Tsinghua Center for Global Policy",
        "format": "roundtable",
        "off_the_record": None,
        "sections": ["Reactions to North Korean Aggression"],
    }
    return base | changes


def claim(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "claim_id": "ev1/c001",
        "event_id": "ev1",
        "panel_id": "ev1/p1",
        "section": None,
        "topic": None,
        "text": "the threat is growing",
        "sentence_start": 10,
        "sentence_end": 60,
        "cue": "say",
        "attribution": "explicit",
        "speaker": {
            "mention": "one U.S. participant",
            "kind": "individual",
            "nationality": "US",
            "role": "participant",
            "key": "s1",
            "person_id": None,
        },
    }
    return base | changes


def error_fields(err: ValidationError) -> set[str]:
    return {".".join(str(p) for p in e["loc"]) for e in err.errors()}


def test_good_records_validate() -> None:
    assert Event.model_validate(event()).format == "roundtable"
    assert Claim.model_validate(claim()).speaker.nationality == "US"


def test_bad_format_names_the_field() -> None:
    with pytest.raises(ValidationError) as info:
        Event.model_validate(event(format="party"))
    assert error_fields(info.value) == {"format"}


def test_reversed_span_is_rejected() -> None:
    with pytest.raises(ValidationError, match="sentence_start"):
        Claim.model_validate(claim(sentence_start=60, sentence_end=10))


def test_empty_span_is_rejected() -> None:
    with pytest.raises(ValidationError, match="sentence_start"):
        Claim.model_validate(claim(sentence_start=10, sentence_end=10))


def test_three_letter_country_code_is_rejected() -> None:
    bad = claim()
    bad["speaker"] = bad["speaker"] | {"nationality": "USA"}
    with pytest.raises(ValidationError) as info:
        Claim.model_validate(bad)
    assert error_fields(info.value) == {"speaker.nationality"}
    with pytest.raises(ValidationError) as info:
        Panel.model_validate(
            {"panel_id": "e/p1", "event_id": "e", "title": None, "members": [], "represented": ["CHN"]}
        )
    assert error_fields(info.value) == {"represented.0"}


@pytest.mark.parametrize(
    ("model", "data", "field"),
    [
        (Event, event(event_id="-starts-with-dash"), "event_id"),
        (Event, event(event_id="has space"), "event_id"),
        (Claim, claim(claim_id="ev1/7"), "claim_id"),
        (Claim, claim(panel_id="ev1/panel1"), "panel_id"),
        (
            Person,
            {
                "person_id": "Paul Haenle",
                "name": "Paul Haenle",
                "affiliations": [],
                "bio": None,
                "event_ids": [],
            },
            "person_id",
        ),
    ],
)
def test_malformed_ids_are_rejected(model: type, data: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        model.model_validate(data)
    assert field in error_fields(info.value)


def test_date_must_be_a_calendar_date() -> None:
    with pytest.raises(ValidationError) as info:
        Event.model_validate(event(date="2013-02-30"))
    assert error_fields(info.value) == {"date"}


def test_unknown_fields_are_forbidden() -> None:
    with pytest.raises(ValidationError) as info:
        Event.model_validate(event(venue="Beijing"))
    assert error_fields(info.value) == {"venue"}


def test_records_are_frozen_and_strict() -> None:
    record = Event.model_validate(event())
    with pytest.raises(ValidationError):
        record.title = "changed"  # type: ignore[misc]
    with pytest.raises(ValidationError) as info:
        Claim.model_validate(claim(sentence_start="10"))
    assert error_fields(info.value) == {"sentence_start"}


def test_continued_claims_have_no_cue() -> None:
    with pytest.raises(ValidationError, match="cue"):
        Claim.model_validate(claim(attribution="continued"))
    assert Claim.model_validate(claim(attribution="continued", cue=None)).cue is None


def test_claim_belongs_to_its_event() -> None:
    with pytest.raises(ValidationError, match="does not belong"):
        Claim.model_validate(claim(claim_id="other/c001"))


def test_person_event_ids_sorted_and_unique() -> None:
    data = {"person_id": "li-bin", "name": "Li Bin", "affiliations": [], "bio": None, "event_ids": ["b", "a"]}
    with pytest.raises(ValidationError) as info:
        Person.model_validate(data)
    assert error_fields(info.value) == {"event_ids"}
