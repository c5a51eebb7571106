"""The parser's shared word lists are read from their TOML data files: a word added there is a word the
parser reads, and a misnamed table or a word listed twice stops the import with an error naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtables.errors import LexiconError
from roundtables.parse.data_files import DataFile


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
