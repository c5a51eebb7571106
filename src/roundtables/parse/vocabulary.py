"""Word lists the structure reader and the people reader share, kept as data in one place.

The words are listed in TOML files of ``roundtables/parse/data/``, where each
table says what it is for: ``page_words.toml`` (page furniture, the speakers'
block, dates, heading case, bio paragraphs), ``name_words.toml`` (the words
round a person's name and the offices of state), ``organization_words.toml``
(the words that make a run an organization) and ``event_words.toml`` (the
words of the sentences that introduce an event). This module reads them at
import, each table into the upper-case name of its key (``nav_lines`` ->
:data:`NAV_LINES`). A file that does not read (an unknown or missing table, an
entry of the wrong shape, a word listed twice in a set) stops the import with
a :class:`~roundtables.errors.LexiconError` naming the file and the entry.
"""

from __future__ import annotations

from roundtables.parse.data_files import DataFile

_PAGE = DataFile.packaged("page_words.toml")
NAV_LINES: frozenset[str] = _PAGE.word_set("nav_lines")
SPEAKERS_MARKERS: frozenset[str] = _PAGE.word_set("speakers_markers")
LEAD_HEADINGS: frozenset[str] = _PAGE.word_set("lead_headings")
MONTHS: dict[str, int] = _PAGE.word_numbers("months")
WEEKDAYS: frozenset[str] = _PAGE.word_set("weekdays")
FUNCTION_WORDS: frozenset[str] = _PAGE.word_set("function_words")
BIO_VERBS: tuple[str, ...] = _PAGE.words("bio_verbs")
_PAGE.close()

_NAMES = DataFile.packaged("name_words.toml")
HONORIFICS: tuple[str, ...] = _NAMES.words("honorifics")
TITLE_WORDS: frozenset[str] = _NAMES.word_set("title_words")
NAME_PARTICLES: frozenset[str] = _NAMES.word_set("name_particles")
POST_NOMINALS: frozenset[str] = _NAMES.word_set("post_nominals")
NOT_NAME_WORDS: frozenset[str] = _NAMES.word_set("not_name_words")
NAMED_THING_WORDS: frozenset[str] = _NAMES.word_set("named_thing_words")
OFFICE_TITLES: tuple[str, ...] = _NAMES.words("office_titles")
FORMER_WORDS: frozenset[str] = _NAMES.word_set("former_words")
NAMED_EVENT_HEADS: tuple[str, ...] = _NAMES.words("named_event_heads")
_NAMES.close()

_ORGANIZATIONS = DataFile.packaged("organization_words.toml")
ORG_WORDS: frozenset[str] = _ORGANIZATIONS.word_set("org_words")
FIELD_WORDS: frozenset[str] = _ORGANIZATIONS.word_set("field_words")
UNIT_HEADS: frozenset[str] = _ORGANIZATIONS.word_set("unit_heads")
NOT_ORG_ACRONYMS: frozenset[str] = _ORGANIZATIONS.word_set("not_org_acronyms")
SUBUNIT_HEADS: frozenset[str] = _ORGANIZATIONS.word_set("subunit_heads")
_ORGANIZATIONS.close()

_EVENTS = DataFile.packaged("event_words.toml")
EVENT_NOUNS: tuple[str, ...] = _EVENTS.words("event_nouns")
PARTICIPANT_NOUNS: tuple[str, ...] = _EVENTS.words("participant_nouns")
CORE_PARTICIPANT_NOUNS: tuple[str, ...] = _EVENTS.words("core_participant_nouns")
NOT_PARTICIPANT_MODIFIERS: frozenset[str] = _EVENTS.word_set("not_participant_modifiers")
DISCUSSION_PHRASES: tuple[str, ...] = _EVENTS.words("discussion_phrases")
EVENT_VERBS: tuple[str, ...] = _EVENTS.words("event_verbs")
HOSTING_VERBS: tuple[str, ...] = _EVENTS.words("hosting_verbs")
_EVENTS.close()
