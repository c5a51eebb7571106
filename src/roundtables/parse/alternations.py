"""Regex alternations of word lists: a plain one, and a prefix tree with the same matches.

The word lists are data (``lexicon``, ``vocabulary``, ``data/*.txt``); every
reader turns them into patterns through these two functions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def word_alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, with inner spaces matching any white space."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in unique)


_Trie = dict[str, "_Trie"]


def word_trie(words: Iterable[str], *, gap: str = r"\s+") -> str:
    """The same language as :func:`word_alternation`, as a prefix tree: one branch tried per character.

    Long lists (every form of every reporting verb) match several times faster
    this way, since a plain alternation tries each word at each position. Where
    two words match at one place the longer is tried first, as in the
    alternation; ``gap`` is what an inner space of a word matches.
    """
    root: _Trie = {}
    for word in {" ".join(w.split()) for w in words}:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        branches = [
            (gap if ch == " " else re.escape(ch)) + emit(child) for ch, child in sorted(node.items()) if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)
