"""The parser's shared word lists are read from their TOML data files: a word added there is a word the
parser reads, and a misnamed table or a word listed twice stops the import with an error naming the file."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from data_support import copy_data, edit, module_from
from roundtables.errors import LexiconError
from roundtables.parse import event_format, line_kinds, organizations, vocabulary
from roundtables.parse.data_files import DataFile


def test_the_packaged_files_are_what_the_vocabulary_holds() -> None:
    assert DataFile.packaged("page_words.toml").word_set("nav_lines") == vocabulary.NAV_LINES
    assert isinstance(vocabulary.NAV_LINES, frozenset) and "(map)" in vocabulary.NAV_LINES
    assert "connect with:" in vocabulary.NAV_LINES and "share" in vocabulary.NAV_LINES
    assert list(vocabulary.MONTHS.items())[:4] == [("january", 1), ("jan", 1), ("february", 2), ("feb", 2)]
    assert (vocabulary.MONTHS["sept"], vocabulary.MONTHS["dec"], len(vocabulary.MONTHS)) == (9, 12, 24)
    assert {"tues", "thurs", "sunday"} <= vocabulary.WEEKDAYS and "sept" not in vocabulary.WEEKDAYS
    assert vocabulary.HONORIFICS[:4] == ("Dr.", "Dr", "Mr.", "Mr") and vocabulary.HONORIFICS[-2:] == (
        "H.E.",
        "Mme.",
    )
    assert vocabulary.BIO_VERBS[:3] == ("is", "was", "holds") and vocabulary.BIO_VERBS[-1] == "co-chairs"
    assert {"universität", "fundación", "inc."} <= vocabulary.ORG_WORDS
    assert vocabulary.FIELD_WORDS < vocabulary.ORG_WORDS
    acronyms = {"DC", "NW", "NE", "SW", "SE", "AM", "PM", "EST", "EDT", "GMT", "TV"}
    assert acronyms == vocabulary.NOT_ORG_ACRONYMS
    assert {"people’s", "people's", "trump"} <= vocabulary.NOT_NAME_WORDS
    assert {"obe", "kcmg", "phd"} <= vocabulary.POST_NOMINALS
    assert vocabulary.EVENT_NOUNS[:3] == ("roundtable", "round-table", "round table")
    assert vocabulary.CORE_PARTICIPANT_NOUNS == (
        "participants",
        "participant",
        "panelists",
        "panelist",
        "discussants",
        "discussant",
        "scholars",
        "scholar",
        "experts",
        "expert",
    )
    assert vocabulary.EVENT_VERBS[:2] == ("hosted", "hosts") and "join us for" in vocabulary.EVENT_VERBS
    assert vocabulary.HOSTING_VERBS[-3:] == ("brought together", "brings together", "gathered")
    assert vocabulary.OFFICE_TITLES[0] == "President"
    assert "Secretary of the Treasury" in vocabulary.OFFICE_TITLES
    assert {"former", "ex", "ex-", "retired", "late", "then"} == vocabulary.FORMER_WORDS


def test_the_packaged_files_are_what_the_readers_hold() -> None:
    assert list(event_format.FORMAT_WORDS.items())[:3] == [
        ("roundtable", "roundtable"),
        ("round-table", "roundtable"),
        ("round table", "roundtable"),
    ]
    assert (
        event_format.FORMAT_WORDS["symposium"],
        event_format.FORMAT_WORDS["webinar"],
        len(event_format.FORMAT_WORDS),
    ) == (
        "conference",
        "seminar",
        23,
    )
    tsinghua = "Carnegie–Tsinghua Center for Global Policy"
    assert organizations.ORG_NAMES["carnegie-tsinghua"] == tsinghua
    assert organizations.normalize_org("The Carnegie-Tsinghua Center’s") == tsinghua
    assert organizations.normalize_org("U.S.-China Policy Foundation") == "US-China Policy Foundation"
    assert organizations.ORG_NAMES["carnegie china"] == "Carnegie China"
    assert list(organizations.ORG_NAMES)[-1] == "lowy institute for international policy"
    assert line_kinds._BIO_START_WORDS[:3] == ("a", "an", "the")
    assert line_kinds._BIO_START_WORDS[-2:] == ("china’s", "china's")


def test_words_added_to_the_vocabulary_are_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = copy_data(tmp_path)
    edit(data / "page_words.toml", "nav_lines = [\n", 'nav_lines = [\n    "subscribe",\n')
    edit(data / "page_words.toml", "dec = 12\n", "dec = 12\njuli = 7\n")
    edit(data / "name_words.toml", "honorifics = [\n", 'honorifics = [\n    "Excellency",\n')
    edit(data / "event_words.toml", "hosting_verbs = [\n", 'hosting_verbs = [\n    "staged",\n')
    copy = module_from(tmp_path, monkeypatch, vocabulary)
    assert vocabulary.NAV_LINES | {"subscribe"} == copy.NAV_LINES and "subscribe" not in vocabulary.NAV_LINES
    assert list(copy.MONTHS.items())[-2:] == [("dec", 12), ("juli", 7)] and "juli" not in vocabulary.MONTHS
    assert ("Excellency", *vocabulary.HONORIFICS) == copy.HONORIFICS
    assert ("staged", *vocabulary.HOSTING_VERBS) == copy.HOSTING_VERBS
    assert copy.EVENT_VERBS == vocabulary.EVENT_VERBS


def test_words_added_to_the_readers_tables_are_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = copy_data(tmp_path)
    edit(data / "event_formats.toml", "[format_words]\n", '[format_words]\nhackathon = "workshop"\n')
    edit(
        data / "organization_names.toml",
        "[org_names]\n",
        '[org_names]\n"belfer center" = "Belfer Center for Science and International Affairs"\n',
    )
    edit(data / "bio_starts.toml", '"china\'s",\n', '"china\'s", "emerita",\n')
    formats = module_from(tmp_path, monkeypatch, event_format)
    assert next(iter(formats.FORMAT_WORDS.items())) == ("hackathon", "workshop")
    # the parser's pattern of event words follows the table
    assert formats._format_word("They held a Hackathon on AI.") == "workshop"
    assert event_format._format_word("They held a Hackathon on AI.") is None
    orgs = module_from(tmp_path, monkeypatch, organizations)
    assert orgs.normalize_org("the Belfer Center’s") == "Belfer Center for Science and International Affairs"
    assert organizations.normalize_org("the Belfer Center’s") == "Belfer Center"
    kinds = module_from(tmp_path, monkeypatch, line_kinds)
    assert (*line_kinds._BIO_START_WORDS, "emerita") == kinds._BIO_START_WORDS
    bio = "Tanvi Madan is emerita professor at Brookings."
    assert (kinds.bio_opening(bio), line_kinds.bio_opening(bio)) == ("Tanvi Madan", None)


@pytest.mark.parametrize(
    ("file", "old", "new", "module", "message"),
    [
        (
            "page_words.toml",
            "nav_lines = [\n",
            'nav_lines = [\n    "share",\n',
            vocabulary,
            "roundtables/parse/data/page_words.toml: nav_lines: 'share' listed twice",
        ),
        (
            "name_words.toml",
            "former_words = [",
            "formerly_words = [",
            vocabulary,
            "roundtables/parse/data/name_words.toml: former_words: table missing",
        ),
        (
            "event_words.toml",
            "hosting_verbs = [",
            'hosting_verb = ["staged"]\nhosting_verbs = [',
            vocabulary,
            "roundtables/parse/data/event_words.toml: hosting_verb: unknown table",
        ),
        (
            "page_words.toml",
            "dec = 12\n",
            'dec = "12"\n',
            vocabulary,
            "roundtables/parse/data/page_words.toml: months.dec: '12' is not a whole number",
        ),
        (
            "event_formats.toml",
            "[format_words]\n",
            '[format_words]\nhackathon = "hackathon"\n',
            event_format,
            "roundtables/parse/data/event_formats.toml: format_words.hackathon: 'hackathon' is not a format",
        ),
        (
            "organization_names.toml",
            "[org_names]\n",
            '[org_names]\n"belfer center" = "Belfer Center "\n',
            organizations,
            "roundtables/parse/data/organization_names.toml: org_names.belfer center: 'Belfer Center '",
        ),
        (
            "bio_starts.toml",
            "bio_start_words = [",
            "bio_starts = [",
            line_kinds,
            "roundtables/parse/data/bio_starts.toml: bio_start_words: table missing",
        ),
    ],
)
def test_a_table_misnamed_or_misspelt_is_refused_with_its_file(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    file: str,
    old: str,
    new: str,
    module: ModuleType,
    message: str,
) -> None:
    data = copy_data(tmp_path)
    edit(data / file, old, new)
    with pytest.raises(LexiconError) as caught:
        module_from(tmp_path, monkeypatch, module)
    assert caught.value.code == "bad-lexicon"
    assert str(caught.value).startswith(message)


def test_numbers_are_read_in_order_and_checked(tmp_path: Path) -> None:
    path = tmp_path / "numbers.toml"
    path.write_text("[months]\nmay = 5\njan = 1\n", encoding="utf-8")
    months = DataFile.at(path).word_numbers("months")
    assert list(months.items()) == [("may", 5), ("jan", 1)] and all(type(n) is int for n in months.values())
    for value, shown in (("true", "True"), ("1.0", "1.0"), ('"1"', "'1'")):
        path.write_text(f"[months]\njan = {value}\n", encoding="utf-8")
        with pytest.raises(LexiconError, match=rf"numbers\.toml: months\.jan: {shown} is not a whole number"):
            DataFile.at(path).word_numbers("months")
    path.write_text('[months]\n" jan" = 1\n', encoding="utf-8")
    with pytest.raises(LexiconError, match=r"numbers\.toml: months: ' jan' is not a word"):
        DataFile.at(path).word_numbers("months")
    path.write_text("months = [1]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"numbers\.toml: months: should be a table"):
        DataFile.at(path).word_numbers("months")
