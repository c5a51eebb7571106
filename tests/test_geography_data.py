"""The country table is read from its data file: a line added there is a place the parser knows, and a
malformed line stops the import with an error naming the file and the line."""

from __future__ import annotations

from importlib import resources

import pytest

from roundtables.errors import InputError, LexiconError
from roundtables.parse import geography
from roundtables.parse.geography import country_code, nationality_table, normalize_place, read_countries

NAME = "roundtables/parse/data/countries.tsv"


def _packaged_text() -> str:
    return resources.files("roundtables.parse").joinpath("data", "countries.tsv").read_text(encoding="utf-8")


def test_the_packaged_file_is_what_the_module_holds() -> None:
    assert read_countries(_packaged_text(), NAME) == geography.COUNTRIES
    assert geography.COUNTRIES[0][0] == "US"
    assert ("TW", "taiwan|taipei", "taiwanese") in geography.COUNTRIES
    assert (
        "KR",
        "south korea|republic of korea|rok|korea|seoul",
        "south korean|korean",
    ) in geography.COUNTRIES
    # "-" in the file is a column with no word on purpose
    assert ("PA", "", "panamanian") in geography.COUNTRIES
    assert ("LU", "luxembourg", "") in geography.COUNTRIES
    assert country_code("Tbilisi") == "GE"
    assert country_code("Georgia") is None  # a personal name, left out on purpose
    assert country_code("Panamanians") == "PA"


def test_the_decisions_are_written_next_to_the_data() -> None:
    comments = "\n".join(line for line in _packaged_text().splitlines() if line.startswith("#"))
    for decision in ("stands for its country", "deliberately", '"korean" alone', "personal name"):
        assert decision in comments


def test_a_country_added_to_the_file_is_read_and_found() -> None:
    text = _packaged_text() + "# Kosovo's code is user-assigned.\nXK\tkosovo|pristina\tkosovar|kosovan\n"
    rows = read_countries(text, "copy/countries.tsv")
    assert rows[-1] == ("XK", "kosovo|pristina", "kosovar|kosovan")
    assert rows[:-1] == geography.COUNTRIES
    table = nationality_table(rows)
    assert table[normalize_place("Pristina")] == "XK"
    assert table[normalize_place("Kosovar")] == "XK"
    assert table[normalize_place("Kosovans")] == "XK"  # a plural in s is derived after -an
    assert "kosovars" not in table  # but not after -ar
    assert table[normalize_place("Washington")] == "US"
    assert country_code("Pristina") is None  # the parser's own table is the packaged one


HEAD = "# a comment\n\ncode\tplaces\tdemonyms\nFR\tfrance|paris\tfrench\n"
"""Lines 1-4; a line added after it is line 5."""


def test_comments_blank_lines_and_none_columns() -> None:
    rows = read_countries(HEAD + "  # indented comment\nPA\t-\tpanamanian\nLU\tluxembourg\t-\n", "t.tsv")
    assert rows == (("FR", "france|paris", "french"), ("PA", "", "panamanian"), ("LU", "luxembourg", ""))


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("DE\tgermany|berlin", "2 column(s), 3 expected (code, places, demonyms, separated by tabs)"),
        ("DE germany german", "1 column(s), 3 expected (code, places, demonyms, separated by tabs)"),
        (
            "DE\tgermany\tgerman\tteutonic",
            "4 column(s), 3 expected (code, places, demonyms, separated by tabs)",
        ),
        ("de\tgermany\tgerman", "code 'de' is not two upper-case letters"),
        ("DEU\tgermany\tgerman", "code 'DEU' is not two upper-case letters"),
        (" DE\tgermany\tgerman", "code ' DE' is not two upper-case letters"),
        ("FR\tcorsica\tcorsican", "code FR listed twice (first on line 4)"),
        ("DE\t\tgerman", "empty places column: list its words, or write - for none on purpose"),
        ("DE\tgermany\t", "empty demonyms column: list its words, or write - for none on purpose"),
        ("DE\tgermany|new  berlin\tgerman", "places: 'new  berlin' has stray blanks"),
        ("DE\tgermany| berlin\tgerman", "places: ' berlin' has stray blanks"),
        ("DE\tgermany\tgerman ", "demonyms: 'german ' has stray blanks"),
        ("DE\tgermany||berlin\tgerman", "places: '' is empty (a | with no word beside it)"),
        ("DE\tgermany|\tgerman", "places: '' is empty (a | with no word beside it)"),
        ("DE\tGermany\tgerman", "places: 'Germany' is not written as lookups see it"),
        ("DE\tgermany\tgerman|-", "demonyms: '-' is among words; - stands alone, for none"),
        ("DE\tgermany|paris\tgerman", "places: 'paris' already listed on line 4"),
        ("DE\tgermany|berlin|germany\tgerman", "places: 'germany' already listed on line 5"),
    ],
)
def test_a_malformed_line_is_refused_naming_file_and_line(line: str, message: str) -> None:
    with pytest.raises(LexiconError) as caught:
        read_countries(HEAD + line + "\nIT\titaly\titalian\n", "data/countries.tsv")
    error = caught.value
    assert isinstance(error, InputError)
    assert (error.path, error.line, error.code) == ("data/countries.tsv", 5, "bad-lexicon")
    assert error.reason.startswith(message)
    assert str(error).startswith(f"data/countries.tsv:5: {message}")


def test_a_malformed_line_of_the_packaged_file_is_refused() -> None:
    lines = _packaged_text().splitlines()
    number = lines.index("PA\t-\tpanamanian") + 1
    lines[number - 1] = "PA\t\tpanamanian"
    with pytest.raises(LexiconError, match=r"^copy/countries\.tsv:\d+: empty places column") as caught:
        read_countries("\n".join(lines), "copy/countries.tsv")
    assert caught.value.line == number


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (
            "FR\tfrance\tfrench\n",
            1,
            "header line code<TAB>places<TAB>demonyms expected, found 'FR\\tfrance\\tfrench'",
        ),
        ("# only\ncode places demonyms\n", 2, "header line code<TAB>places<TAB>demonyms expected"),
        ("# nothing\n", None, "header line code<TAB>places<TAB>demonyms expected, found ''"),
        ("# no rows\ncode\tplaces\tdemonyms\n", 2, "no countries after the header line"),
    ],
)
def test_a_file_without_header_or_rows_is_refused(text: str, line: int | None, message: str) -> None:
    with pytest.raises(LexiconError) as caught:
        read_countries(text, "c.tsv")
    assert (caught.value.path, caught.value.line) == ("c.tsv", line)
    assert caught.value.reason.startswith(message)


def test_a_word_two_countries_claim_is_refused_naming_the_file() -> None:
    """Rows that give one word two codes (a derived plural meeting another row's word, which the
    file's line checks cannot see) are refused: the word would read as either country."""
    rows = read_countries(
        "code\tplaces\tdemonyms\nGE\ttbilisi\tgeorgian\nXG\tatlanta\tgeorgian-american\n", "two.tsv"
    )
    assert nationality_table(rows, "two.tsv")["georgian"] == "GE"
    clash = (("GE", "tbilisi", "georgian"), ("XG", "savannah", "georgian"))
    with pytest.raises(LexiconError, match=r"^two\.tsv: 'georgian' names two countries, GE and XG$"):
        nationality_table(clash, "two.tsv")
