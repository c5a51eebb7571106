"""The parser's data files: TOML tables of words in ``roundtables/parse/data/``, each read and checked.

A file that does not read (not TOML, a table missing, misnamed or of the wrong
shape, a word with stray blanks, a word listed twice in a set) stops the
import with a :class:`~roundtables.errors.LexiconError` naming the file and
the entry, so an edit by hand never silently drops a word.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path
from typing import Any, Self

from roundtables.errors import LexiconError


class DataFile:
    """One TOML file of the parser's data. Each table is read once, by the reader of its shape, which checks
    it; :meth:`close` then refuses a table no reader asked for (a misspelt name would be lost)."""

    def __init__(self, name: str, text: str) -> None:
        self.name = name
        try:
            self._tables: dict[str, Any] = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise LexiconError(f"not TOML: {error}", path=name) from None
        self._unread = dict.fromkeys(self._tables)

    @classmethod
    def packaged(cls, name: str) -> Self:
        """``roundtables/parse/data/<name>`` as installed."""
        text = resources.files("roundtables.parse").joinpath("data", name).read_text(encoding="utf-8")
        return cls(f"roundtables/parse/data/{name}", text)

    @classmethod
    def at(cls, path: Path) -> Self:
        return cls(str(path), path.read_text(encoding="utf-8"))

    def error(self, where: str, problem: str) -> LexiconError:
        return LexiconError(f"{where}: {problem}", path=self.name)

    def _table(self, key: str, kind: type) -> Any:
        if key not in self._tables:
            raise self.error(key, "table missing")
        self._unread.pop(key, None)
        value = self._tables[key]
        if not isinstance(value, kind):
            raise self.error(key, f"should be {'a list' if kind is list else 'a table'}")
        return value

    def _word(self, where: str, value: object) -> str:
        if not isinstance(value, str) or not value or value != " ".join(value.split()):
            raise self.error(
                where, f"{value!r} is not a word (a string, single spaces, no space at its ends)"
            )
        return value

    def _words(self, where: str, value: object) -> tuple[str, ...]:
        if not isinstance(value, list):
            raise self.error(where, "should be a list of words")
        return tuple(self._word(f"{where}[{i}]", word) for i, word in enumerate(value))

    def words(self, key: str) -> tuple[str, ...]:
        """A list of words, in its order: a word listed twice is refused (an edit meant elsewhere)."""
        words = self._words(key, self._table(key, list))
        seen: set[str] = set()
        for word in words:
            if word in seen:
                raise self.error(key, f"{word!r} listed twice")
            seen.add(word)
        return words

    def word_set(self, key: str) -> frozenset[str]:
        """A list of words, as a set."""
        return frozenset(self.words(key))

    def word_map(self, key: str) -> dict[str, str]:
        """A table of words to words (``"one of the" = "indefinite"``), in its order."""
        table = self._table(key, dict)
        return {self._word(key, word): self._word(f"{key}.{word}", value) for word, value in table.items()}

    def word_numbers(self, key: str) -> dict[str, int]:
        """A table of words to whole numbers (``january = 1``), in its order."""
        table = self._table(key, dict)
        return {self._word(key, word): self._number(f"{key}.{word}", value) for word, value in table.items()}

    def _number(self, where: str, value: object) -> int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.error(where, f"{value!r} is not a whole number")
        return value

    def word_lists(self, key: str) -> dict[str, tuple[str, ...]]:
        """A table of words to lists of words (``express = ["concern", ...]``), in its order."""
        table = self._table(key, dict)
        return {self._word(key, word): self._words(f"{key}.{word}", value) for word, value in table.items()}

    def close(self) -> None:
        """Refuse the tables no reader asked for."""
        if self._unread:
            raise self.error(", ".join(self._unread), "unknown table (no reader of the parser asks for it)")
