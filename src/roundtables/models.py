"""The four record types of the dataset: the one source of truth.

The JSON Schema in ``schema/``, the Arrow schema of the Parquet files and the
data dictionary are all generated from these classes, so a field is described
once, here.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SCHEMA_VERSION = "1.1.0"
"""1.1.0 added the provenance fields of Event (source_url, publisher, retrieved), optional with
default null, so records of schema 1.0.0 still validate."""

EVENT_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"
PANEL_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]*/p[1-9][0-9]*$"
CLAIM_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]*/c[0-9]{3,}$"
PERSON_ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
COUNTRY_PATTERN = r"^[A-Z]{2}$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
URL_PATTERN = r"^https?://[^\s/]+[^\s]*$"

EventFormat = Literal[
    "roundtable",
    "panel",
    "discussion",
    "workshop",
    "seminar",
    "conference",
    "briefing",
    "lecture",
    "dialogue",
    "other",
]
Role = Literal["host", "moderator", "discussant", "speaker", "participant"]
ROLE_ORDER: tuple[Role, ...] = ("host", "moderator", "discussant", "speaker", "participant")
SpeakerKind = Literal["individual", "group"]
Attribution = Literal["explicit", "continued"]

EventId = Annotated[str, Field(pattern=EVENT_ID_PATTERN, min_length=1)]
PanelId = Annotated[str, Field(pattern=PANEL_ID_PATTERN)]
PersonId = Annotated[str, Field(pattern=PERSON_ID_PATTERN)]
CountryCode = Annotated[str, Field(pattern=COUNTRY_PATTERN)]
NonEmpty = Annotated[str, Field(min_length=1)]


class Record(BaseModel):
    """Strict, frozen and closed: a record either is valid or raises, and never changes."""

    model_config = ConfigDict(strict=True, frozen=True, extra="forbid")


class Event(Record):
    """One event page: a roundtable, panel or discussion and what the page says about it."""

    model_config = ConfigDict(title="Event")

    event_id: EventId = Field(description="The raw file's stem; never derived from the text.")
    source_file: NonEmpty = Field(
        description="Path of the raw file relative to the repository root, with / separators."
    )
    source_sha256: str = Field(pattern=SHA256_PATTERN, description="Hex SHA-256 of the raw file's bytes.")
    source_url: str | None = Field(
        default=None,
        pattern=URL_PATTERN,
        description="Address of the page the raw text was taken from (raw/sources.tsv); null when unknown.",
    )
    publisher: str | None = Field(
        default=None,
        min_length=1,
        description="Who published that page, as raw/sources.tsv names them; null when unknown.",
    )
    retrieved: str | None = Field(
        default=None,
        pattern=DATE_PATTERN,
        description="ISO date (YYYY-MM-DD) the page was retrieved (raw/sources.tsv); null when unknown.",
    )
    date: str | None = Field(
        pattern=DATE_PATTERN,
        description="ISO date (YYYY-MM-DD) the text gives; null when it gives none (never guessed).",
    )
    title: str | None = Field(description="The page's title line; null when the text has none.")
    location: str | None = Field(description="Where the event took place, as the text names it.")
    host_organization: str | None = Field(
        description="Normalized full name of the hosting organization, whatever spelling the text uses."
    )
    format: EventFormat = Field(description="The kind of event, from the text's own words.")
    off_the_record: bool | None = Field(
        description="True when the text says the event was off the record; null when it says nothing."
    )
    sections: list[str] = Field(description="The body's section headings, in order.")

    @field_validator("date", "retrieved")
    @classmethod
    def _real_date(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                dt.date.fromisoformat(value)
            except ValueError as err:
                raise ValueError(f"{value!r} is not a calendar date") from err
        return value


class PanelMember(Record):
    """One person's place on a panel."""

    model_config = ConfigDict(title="PanelMember")

    person_id: PersonId = Field(description="The person's id in the people table.")
    role: Role = Field(
        description="host, moderator, discussant, speaker or participant; a person named in two ways "
        "takes the first of this list that fits."
    )


class Panel(Record):
    """One discussion of an event; most events have one."""

    model_config = ConfigDict(title="Panel")

    panel_id: PanelId = Field(description="<event_id>/p<n>, numbered from 1 in text order.")
    event_id: EventId = Field(description="The event this panel belongs to.")
    title: str | None = Field(description="The panel's own heading when an agenda has several; else null.")
    members: list[PanelMember] = Field(description="One entry per person, in the order the text names them.")
    represented: list[CountryCode] = Field(
        description="ISO 3166-1 alpha-2 codes of the places or nationalities the participants came from, "
        "sorted."
    )

    @model_validator(mode="after")
    def _consistent(self) -> Panel:
        if not self.panel_id.startswith(self.event_id + "/"):
            raise ValueError(f"panel_id {self.panel_id!r} does not belong to event {self.event_id!r}")
        ids = [m.person_id for m in self.members]
        if len(ids) != len(set(ids)):
            raise ValueError("members: a person is listed twice")
        if self.represented != sorted(set(self.represented)):
            raise ValueError("represented: must be sorted and without repeats")
        return self


class Person(Record):
    """One real person across the whole dataset."""

    model_config = ConfigDict(title="Person")

    person_id: PersonId = Field(description="Stable slug of the normalized name, e.g. paul-haenle.")
    name: NonEmpty = Field(description="The name as a reader writes it, without honorifics.")
    affiliations: list[str] = Field(
        description="Organizations named in the person's bio or introduction, first mention first."
    )
    bio: str | None = Field(description="The bio paragraph the text gives, if any.")
    event_ids: list[EventId] = Field(description="Every event the person took part in, sorted.")

    @field_validator("event_ids")
    @classmethod
    def _sorted_ids(cls, value: list[str]) -> list[str]:
        if value != sorted(set(value)):
            raise ValueError("must be sorted and without repeats")
        return value


class Speaker(Record):
    """Who a claim is attributed to, as the text describes them."""

    model_config = ConfigDict(title="Speaker")

    mention: NonEmpty = Field(
        description="The words that name the speaker, as written: 'One U.S. participant', 'he'."
    )
    kind: SpeakerKind = Field(description="individual or group; an anaphor takes its antecedent's.")
    nationality: CountryCode | None = Field(
        description="ISO code of the speaker's nationality (U.S. -> US); an anaphor takes its antecedent's."
    )
    role: str | None = Field(
        pattern=r"^[a-z][a-z -]*$",
        description="The head noun, singular, lower case: participant, scholar, panelist ...",
    )
    key: NonEmpty = Field(description="The same value for every claim of the same speaker in an event.")
    person_id: PersonId | None = Field(description="Set only when the text names the speaker.")


class Claim(Record):
    """A statement the text attributes to a participant or a group of them."""

    model_config = ConfigDict(title="Claim")

    claim_id: str = Field(pattern=CLAIM_ID_PATTERN, description="<event_id>/c<nnn>, numbered in text order.")
    event_id: EventId = Field(description="The event the claim was made at.")
    panel_id: PanelId = Field(description="The panel the claim was made on.")
    section: str | None = Field(description="The section heading the claim stands under.")
    topic: str | None = Field(description="The inline label the paragraph or bullet opens with.")
    text: NonEmpty = Field(description="What is claimed, without the attribution.")
    sentence_start: int = Field(
        ge=0, description="Offset, in code points of the decoded raw text, where the sentence starts."
    )
    sentence_end: int = Field(
        ge=1, description="Offset, in code points of the decoded raw text, where the sentence ends."
    )
    cue: str | None = Field(
        pattern=r"^[a-z]+( [a-z]+)*$",
        description="The reporting verb's lemma (say, add, argue ...); null for a continued claim.",
    )
    attribution: Attribution = Field(
        description="explicit (the sentence names its speaker) or continued (carries on the previous "
        "speaker's argument)."
    )
    speaker: Speaker = Field(description="Who the claim is attributed to.")

    @model_validator(mode="after")
    def _consistent(self) -> Claim:
        if self.sentence_start >= self.sentence_end:
            raise ValueError(
                f"sentence_start ({self.sentence_start}) must be less than sentence_end ({self.sentence_end})"
            )
        if not self.claim_id.startswith(self.event_id + "/"):
            raise ValueError(f"claim_id {self.claim_id!r} does not belong to event {self.event_id!r}")
        if not self.panel_id.startswith(self.event_id + "/"):
            raise ValueError(f"panel_id {self.panel_id!r} does not belong to event {self.event_id!r}")
        if (self.attribution == "continued") != (self.cue is None):
            raise ValueError("cue must be null exactly when attribution is 'continued'")
        return self


RECORD_TYPES: dict[str, type[Record]] = {
    "events": Event,
    "panels": Panel,
    "people": Person,
    "claims": Claim,
}
"""Table name -> model, in release order."""

PRIMARY_KEYS: dict[str, str] = {
    "events": "event_id",
    "panels": "panel_id",
    "people": "person_id",
    "claims": "claim_id",
}
