"""Faster forms of the people, names and organizations patterns find what the old forms found.

The old forms are kept here as the reference; the fast forms search a lower-case
copy of a sentence, factor a shared ``\\b`` out of an alternation, or skip places
the pattern cannot match.
"""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

people = importlib.import_module("roundtables.parse.people")
names = importlib.import_module("roundtables.parse.names")

_OLD_TRIGGER = re.compile(
    r"(?=[abcdefijmprstw:])"
    r"(?:\b(?:discussion|conversation|dialogue|debate|talk|chat|session|webinar|briefing|seminar|workshop|"
    r"meeting|roundtable|panel|event|webcast|interview|exchange|discussions)\s+(?:with|between|featuring)"
    r"|\bfeaturing|\bfeatured|\bfeatures|\bjoined|\bjoin|\bjoins|\bincluded|\bincludes|\bincluding"
    r"|\bcomprised of|\bcomposed of|\bconsisted of|\bwere|\bare|:)\s*:?\s+",
    re.IGNORECASE,
)
_OLD_GROUP_LIST = re.compile(
    r"\b(?P<noun>panelists|panellists|speakers|participants|guests|experts|scholars|delegates|members|"
    r"delegation|panel|commentators)\s+(?:(?:that\s+)?(?:included|includes|including|such\s+as|comprised|were)|of)"
    r"\s*:?\s+"
    r"|\b(?P<apposed>panelists|panellists|speakers|commentators|discussants)\s*,\s+(?=[A-Z])",
    re.IGNORECASE,
)

_ODD = "\u0130\u0131\u017f\u212a"


def test_lower_case_keeps_what_a_case_insensitive_pattern_sees() -> None:
    """Every character but the four odd folds lowers to one character of the same kind (word, blank),
    and matches an ASCII character case-insensitively exactly when it lowers to it."""
    chars = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF and chr(c) not in _ODD]
    every = "".join(chars)
    lowered = "".join(c.lower() for c in chars)
    assert len(lowered) == len(every)
    for kind in (r"\w", r"\s"):
        assert [m.start() for m in re.finditer(kind, every)] == [
            m.start() for m in re.finditer(kind, lowered)
        ]
    ascii_like = set(re.findall(r"[\x00-\x7f]", every, re.IGNORECASE)) | {
        c for c in chars if c.lower().isascii()
    }
    for c in ascii_like:
        for x in map(chr, range(128)):
            folds = re.fullmatch(re.escape(x), c, re.IGNORECASE) is not None
            assert folds == (c.lower() == x.lower()), (c, x)


_WORDS = st.sampled_from(
    [
        "Discussion",
        "Round table",
        "round-table",
        "panels",
        "Forum",
        "town",
        " hall",
        "PANEL",
        "panelists",
        "Speakers",
        "discussants",
        "with",
        "WITH",
        "featuring",
        "joins",
        "join",
        "joined",
        "included",
        "composed of",
        "were",
        "Were",
        "are",
        "area",
        "aware",
        "that",
        "such as",
        "of",
        "remarks",
        "by",
        "from",
        "moderated",
        "co-hosted",
        "Jo",
        "x",
        "_",
        "1",
        "İ",
        "ı",
        "ſ",
        "K",
        "Σ",
    ]
)
_GAPS = st.sampled_from(["", " ", "  ", ": ", ":", " : ", ", ", ",", "\n", "-", ".", "\u00a0"])
_SENTENCES = st.lists(st.tuples(_WORDS, _GAPS), max_size=10).map(lambda ws: "".join(w + g for w, g in ws))


@given(sentence=_SENTENCES)
@settings(max_examples=3000, deadline=None)
def test_lower_case_twins_match_as_the_case_insensitive_patterns(sentence: str) -> None:
    low = people.folded(sentence)
    for old, pattern, twin in (
        (_OLD_TRIGGER, people._TRIGGER_RE, people._TRIGGER_LOW_RE),
        (_OLD_GROUP_LIST, people._GROUP_LIST_RE, people._GROUP_LIST_LOW_RE),
        (people._BY_LIST_RE, people._BY_LIST_RE, people._BY_LIST_LOW_RE),
        (people._EVENT_WORD_RE, people._EVENT_WORD_RE, people._EVENT_WORD_LOW_RE),
    ):
        want = [(m.span(), [g and g.lower() for g in m.groups()]) for m in old.finditer(sentence)]
        got = [
            (m.span(), [g and g.lower() for g in m.groups()])
            for m in people._finditer(pattern, twin, sentence, low)
        ]
        assert got == want


_BREAK_PARTS = st.sampled_from(
    ["a", "A", "“", '"', "(", ")", "’", "”", ".", "!", "?", " ", "  ", "\n", "Dr.", "U.S."]
)


@given(text=st.lists(_BREAK_PARTS, max_size=16).map("".join))
@settings(max_examples=2000, deadline=None)
def test_sentence_breaks_from_the_full_stop_are_the_old_breaks(text: str) -> None:
    old = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z“\"(])")
    assert [(m.start() + 1, m.end()) for m in people._SENT_RE.finditer(text)] == [
        m.span() for m in old.finditer(text)
    ]


_NAME_PARTS = st.sampled_from(
    [
        "A",
        "Bo",
        "é",
        "É",
        "_",
        "1",
        "a",
        " ",
        "  ",
        "\n",
        "-",
        "’",
        "of",
        "for",
        "the",
        "in",
        "&",
        "Institute",
        "x" * 30,
    ]
)
_NAME_TEXTS = st.lists(_NAME_PARTS, max_size=14).map("".join)


@given(text=_NAME_TEXTS)
@settings(max_examples=2000, deadline=None)
def test_name_candidates_and_organization_links_are_found_as_before(text: str) -> None:
    old_candidate = re.compile(r"(?<![^\W_])(?:[A-Z]|[^\x00-\x7f])")
    for i in range(len(text) + 1):
        new, old = names._CANDIDATE_RE.search(text, i), old_candidate.search(text, i)
        assert (new and new.span()) == (old and old.span())
        m = names._INSIDE_ORG_RE.search(text, max(0, i - 60), i)
        assert names._inside_org(text, i) == (m is not None and names._bare(m.group(1)) in names.ORG_WORDS)


_OLD_SPEAKER_VERB = re.compile(
    r"\b(?:presented|presents|present|explained|explains|explain|commented|comments|discussed|discusses|discuss|"
    r"offered|offers|offer|provided|provides|provide|made|gave|gives|give|delivered|delivers|deliver|"
    r"introduced|introduces|spoke|speaks|speak|shared|opened|joined|join|examined|examine|analyzed|described|"
    r"outlined|addressed|responded|kicked off|talked|led|assessed|reviewed)\b"
)
_VERB_PARTS = st.sampled_from(
    [
        "present",
        "presented",
        "ed",
        "s",
        "kicked",
        " off",
        "kicked off",
        "led",
        "cal",
        "give",
        "n",
        " ",
        "-",
        "_",
        "é",
    ]
)


@given(text=st.lists(_VERB_PARTS, max_size=10).map("".join))
@settings(max_examples=2000, deadline=None)
def test_speaker_verbs_by_first_letter_match_as_before(text: str) -> None:
    assert [m.span() for m in people._SPEAKER_VERB_RE.finditer(text)] == [
        m.span() for m in _OLD_SPEAKER_VERB.finditer(text)
    ]


def _old_sentences(text: str) -> list[str]:
    old_break = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z“\"(])")
    out: list[str] = []
    start = 0
    for m in old_break.finditer(text):
        head = text[start : m.start()].rstrip('"”’)')
        if people.ABBREVIATION_END_RE.search(head, max(0, len(head) - people._ABBREV_REACH)):
            continue
        out.extend(text[a:b] for a, b in people.bounded(text, start, m.start()))
        start = m.end()
    out.extend(text[a:b] for a, b in people.bounded(text, start, len(text)))
    return [s for s in out if s.strip()]


_SENTENCE_PARTS = st.sampled_from(
    [
        "Dr.",
        "U.S.",
        "Capt.",
        "x.",
        "A.",
        "Ab.",
        "No.",
        "”",
        ")",
        '"',
        "(",
        "“",
        " ",
        "  ",
        "\n",
        "Zhu",
        "said",
        "?",
        "!",
    ]
)


@given(text=st.lists(_SENTENCE_PARTS, max_size=14).map("".join))
@settings(max_examples=2000, deadline=None)
def test_sentences_split_as_before(text: str) -> None:
    assert people.sentences(text) == _old_sentences(text)


def _old_in_office(sentence: str, m: names.NameMatch) -> bool:
    blank = m.start
    while blank > 0 and sentence[blank - 1].isspace():
        blank -= 1
    title = people._OFFICE_RE.search(sentence, max(0, blank - people._OFFICE_LONGEST), m.start)
    if title is None:
        return False
    words = sentence[: title.start()].split()
    while words:
        word = words.pop().strip('(“",').removesuffix("’s").removesuffix("'s")
        if word.lower() in people.FORMER_WORDS:
            return False
        if word.lower() not in people.NATIONALITY_CODES:
            return not word[:1].isupper()
    return True


_OFFICE_PARTS = st.sampled_from(
    [
        "President",
        "Vice President",
        "Foreign Minister",
        "Minister",
        "Chinese",
        "former",
        "the",
        "X",
        " ",
        "\n",
        "(",
        "“",
    ]
)


@given(before=st.lists(_OFFICE_PARTS, max_size=8).map("".join))
@settings(max_examples=2000, deadline=None)
def test_offices_are_told_as_before(before: str) -> None:
    sentence = before + "Xi Jinping said"
    m = names.NameMatch("Xi Jinping", len(before), len(before) + 10, "")
    assert people.in_office(sentence, m) == _old_in_office(sentence, m)


@given(
    text=st.lists(st.sampled_from([",", ";", " ", "\n", "and", "as well as", "A", "x"]), max_size=12).map(
        "".join
    )
)
@settings(max_examples=1000, deadline=None)
def test_list_boundaries_are_found_as_before(text: str) -> None:
    old = re.compile(r",?\s+as well as\s+|,?\s+and\s+|,\s+|;\s+")
    assert [m.span() for m in names._BOUNDARY_RE.finditer(text)] == [m.span() for m in old.finditer(text)]


_OFFICIAL_SENTENCES = [
    "The dialogue was moderated by Tong Zhao and hosted by Paul Haenle of the Carnegie-Tsinghua Center.",
    "Paul Haenle hosted the roundtable, and Tong Zhao moderated it, with remarks by Maria Berg.",
    "Chinese President Xi Jinping will host the Belt and Road Forum, chaired by Wang Yi.",
    "Remarks by John Smith, hosted by Anna Lee; Peter Chan chaired.",
]


def _repository_sentences() -> list[str]:
    root = importlib.import_module("roundtables").__file__
    assert root is not None
    repo = Path(root).resolve().parents[2]
    texts = [
        p.read_text(encoding="utf-8") for p in sorted(repo.glob("**/raw/*.txt")) if ".venv" not in p.parts
    ]
    assert texts
    return [s for t in texts for para in t.split("\n\n") for s in people.sentences(para)]


def test_officials_are_the_hosts_and_moderators_of_all_roles() -> None:
    """``officials_in_sentence`` runs three readers of ``_find_roles``; it gives what the full reader
    gives with the other roles left out, in the same order."""
    sentences = [*_OFFICIAL_SENTENCES, *_repository_sentences()]
    officials = 0
    for sentence in sentences:
        found = people._Found()
        people._find_roles(found, sentence, True)
        everyone = [(p.match, role) for _pos, p, role in sorted(found.items, key=lambda item: item[0])]
        expected = [(m, role) for m, role in everyone if role in ("host", "moderator")]
        assert people.officials_in_sentence(sentence) == expected, sentence
        officials += len(expected)
    assert officials >= 6


def _old_find_name_at(text: str, pos: int, end_limit: int) -> names.NameMatch | None:
    """``names._find_name_at`` before it read a run at once and kept each word's answers."""
    n = names
    i = pos
    while i < end_limit and text[i] in " \u00a0\t":
        i += 1
    run_start = i
    if n._TWO_CAPITALIZED.match(text, i, end_limit) is None or n._too_long(text, i, end_limit):
        return None
    tokens: list[tuple[int, int, str]] = []
    glued_at: int | None = None
    lower_prefix = 0
    while i < end_limit:
        m = n._TOKEN_RE.match(text, i, end_limit)
        if not m:
            break
        tok = m.group()
        bare = n._bare(tok)
        if tokens and bare in n.POST_NOMINALS:
            break
        if tok in n.NAME_PARTICLES and n._particle_in_name(
            text, m.end(), end_limit, tokens[-1][2] if tokens else None
        ):
            pass
        elif tok[0].islower():
            if tokens and not all(n._prefix_word(t[2]) for t in tokens):
                break
            if bare not in n.TITLE_WORDS and bare not in n._LOWER_PREFIX_WORDS:
                break
            if lower_prefix >= 6:
                break
            lower_prefix += 1
        elif (
            tok.endswith(".")
            and not n._is_initial(tok)
            and not n._honorific(bare, tok)
            and tok.lower().rstrip(".") not in {"u.s", "u.k", "jr", "sr"}
        ):
            tok = tok[:-1]
        cut = n._glue_split(tok)
        if cut is not None:
            tokens.append((m.start(), m.start() + cut, tok[:cut]))
            glued_at = m.start() + cut
            break
        tokens.append((m.start(), m.start() + len(tok), tok))
        if len(tokens) > n.MAX_RUN:
            return None
        nxt = m.start() + len(tok)
        if nxt < end_limit and text[nxt] == " " and nxt + 1 < end_limit and not text[nxt + 1].isspace():
            i = nxt + 1
            continue
        break
    while tokens and (tokens[-1][2][0].islower() or n._bare(tokens[-1][2]) in {"and"}):
        tokens.pop()
    if not tokens:
        return None
    last_prefix = -1
    for k, (_s, _e, tok) in enumerate(tokens):
        possessive = tok.endswith(("’s", "'s")) and k < len(tokens) - 1
        if n._is_particle(tok) and k - 1 > last_prefix:
            continue
        if tok[0].islower() or possessive or (n._prefix_word(tok) and not n._name_token_ok(tok)):
            last_prefix = k
    if last_prefix >= 0 and n._after_article([t[2] for t in tokens[: last_prefix + 1]]):
        return None
    name_tokens = tokens[last_prefix + 1 :]
    if len(name_tokens) > 5:
        return None
    if len(name_tokens) < 2 or n._is_initial(name_tokens[-1][2]):
        return None
    if not all(n._name_token_ok(t[2]) or n._is_particle(t[2]) for t in name_tokens):
        return None
    if n._is_particle(name_tokens[0][2]) or sum(1 for t in name_tokens if not n._is_particle(t[2])) < 2:
        return None
    if sum(1 for t in name_tokens if not n._is_initial(t[2])) < 1:
        return None
    words = [t[2] for t in name_tokens]
    if all(w.isupper() for w in words if not n._is_initial(w)):
        return None
    if n.known_org(" ".join(words)):
        return None
    raw_last = words[-1]
    if raw_last.endswith(("’s", "'s")):
        words[-1] = raw_last[:-2]
        end = name_tokens[-1][1] - 2
    else:
        end = name_tokens[-1][1]
    start = name_tokens[0][0]
    prefix = text[run_start:start].strip()
    if glued_at is not None and glued_at != end:
        glued_at = None if end < glued_at - 0 and text[end:glued_at].strip() else glued_at
    return names.NameMatch(names.normalize_name(" ".join(words)), start, end, prefix, glued_at)


_RUN_WORDS = st.sampled_from(
    [
        "John",
        "Smith",
        "Smith’s",
        "Li",
        "ZHANG",
        "Wei.",
        "J.",
        "J.R.",
        "Dr.",
        "Amb.Prof.",
        "Jr.",
        "U.S.",
        "Ursula",
        "von",
        "der",
        "de",
        "Leyen",
        "OBE",
        "PhD",
        "former",
        "prime",
        "minister",
        "and",
        "the",
        "The",
        "Korea",
        "Korean",
        "Jordan",
        "Carnegie",
        "Carnegie’s",
        "Center",
        "Institute",
        "Fellow",
        "Senior",
        "Director",
        "Seminar",
        "Talk",
        "August",
        "Monday",
        "NATO",
        "DeluryPresident",
        "McDonald",
        "O’Brien",
        "Carnegie-Tsinghua",
        "said",
        "x",
        "é",
        "Émile",
        "2020",
    ]
)
_RUN_GAPS = st.sampled_from([" ", " ", " ", "  ", ", ", ".", "\u00a0", "\t", "\n", ""])
_RUN_TEXTS = st.lists(st.tuples(_RUN_WORDS, _RUN_GAPS), max_size=16).map(
    lambda ws: "".join(w + g for w, g in ws)
)


@given(text=_RUN_TEXTS, data=st.data())
@settings(max_examples=3000, deadline=None)
def test_names_are_read_from_a_run_as_word_by_word(text: str, data: st.DataObject) -> None:
    limit = data.draw(st.integers(0, len(text)))
    for pos in range(len(text) + 1):
        assert names._find_name_at.__wrapped__(text, pos, limit) == _old_find_name_at(text, pos, limit)
        assert names._find_name_at.__wrapped__(text, pos, len(text)) == _old_find_name_at(
            text, pos, len(text)
        )


def test_names_in_the_repository_sentences_are_read_as_word_by_word() -> None:
    for sentence in _repository_sentences():
        for pos in range(len(sentence)):
            if pos == 0 or sentence[pos - 1] == " ":
                want = _old_find_name_at(sentence, pos, len(sentence))
                assert names._find_name_at.__wrapped__(sentence, pos, len(sentence)) == want
