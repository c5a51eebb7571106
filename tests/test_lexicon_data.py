"""The lexicon is read from its TOML data files: an entry added there is a word the parser reads, and a
malformed entry stops the import with an error naming the file and the entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from data_support import copy_data, edit, module_from
from roundtables.errors import LexiconError
from roundtables.parse import lexicon
from roundtables.parse.data_files import DataFile
from roundtables.parse.lexicon import LexiconFile, ReportingVerb, RoleNoun


def test_the_packaged_files_are_what_the_lexicon_holds() -> None:
    assert LexiconFile.packaged("reporting_verbs.toml").verbs("reporting_verbs") == lexicon.REPORTING_VERBS
    assert ReportingVerb("say", "say", "says", "said", "saying") in lexicon.REPORTING_VERBS
    assert (
        ReportingVerb("point out", "point out", "points out", "pointed out", "pointing out")
        in lexicon.REPORTING_VERBS
    )
    judge = ReportingVerb(
        "judge", "judge", "judges", "judged", "judging", parenthetical_only=True, to_be=True
    )
    assert judge in lexicon.REPORTING_VERBS
    according = "according to"
    assert (lexicon.ACCORDING_TO.lemma, *lexicon.ACCORDING_TO.forms) == ("accord", *[according] * 4)
    assert RoleNoun("chair", "chairs", kind_class="moderator") in lexicon.ROLE_NOUNS
    assert RoleNoun("seminar", "seminars", kind_class="event", collective=True) in lexicon.ROLE_NOUNS
    assert lexicon.SPEAKER_DETERMINERS["all the"] == "definite"
    assert lexicon.SPEAKER_DETERMINERS["all three of the"] == "indefinite"  # a numeral, computed
    assert lexicon.REPORTING_OBJECTS["make"] == (
        "the point",
        "the case",
        "the argument",
        "the observation",
        "a point",
        "a case",
    )
    assert (
        lexicon.CLAUSE_OPENERS[:2] == ("while", "although") and "on the other hand" in lexicon.CLAUSE_OPENERS
    )
    assert {"e.g", "i.e"} <= lexicon.SENTENCE_ABBREVIATIONS and "jr" not in lexicon.SENTENCE_ABBREVIATIONS


def test_a_verb_added_to_the_data_is_read_with_its_forms(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = copy_data(tmp_path)
    edit(
        data / "reporting_verbs.toml",
        "reporting_verbs = [\n",
        'reporting_verbs = [\n    { lemma = "whisper", third = "whispers", past = "whispered",'
        ' gerund = "whispering", needs_clause = true },\n',
    )
    edit(
        data / "reporting_verbs.toml",
        "[reporting_objects]\nexpress = [\n",
        '[reporting_objects]\nexpress = [\n    "dismay",\n',
    )
    copy = module_from(tmp_path, monkeypatch, lexicon)
    assert len(copy.REPORTING_VERBS) == len(lexicon.REPORTING_VERBS) + 1
    whisper = copy.REPORTING_VERBS[0]
    assert whisper.forms == ("whisper", "whispers", "whispered", "whispering")
    assert (whisper.lemma, whisper.needs_clause, whisper.parenthetical_only) == ("whisper", True, False)
    assert [v.forms for v in copy.REPORTING_VERBS[1:]] == [v.forms for v in lexicon.REPORTING_VERBS]
    # the derived expressions follow the data: a new feeling after "express"
    dismay = [v for v in copy.EXPRESSIONS if v.base == "express dismay"]
    assert [(v.lemma, v.past, v.needs_clause) for v in dismay] == [("express", "expressed dismay", True)]
    assert not [v for v in lexicon.EXPRESSIONS if v.base == "express dismay"]


def test_the_module_is_built_from_its_data_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = copy_data(tmp_path)
    edit(data / "speaker_words.toml", "view_nouns = [", 'view_nouns = ["standpoint", ')
    copy = module_from(tmp_path, monkeypatch, lexicon)
    assert copy.VIEW_NOUNS[:2] == ("standpoint", "view")
    assert "standpoint" not in lexicon.VIEW_NOUNS


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        (
            '{ lemma = "whisper", thrid = "whispers", past = "whispered", gerund = "whispering" }',
            "unknown key thrid",
        ),
        ('{ lemma = "whisper", third = "whispers", gerund = "whispering" }', "missing past"),
        (
            '{ lemma = "whisper", third = "whispers", past = "whispered", gerund = "whispering",'
            " takes_as = 1 }",
            "takes_as should be true or false, not 1",
        ),
        (
            '{ lemma = "whisper", third = "whispers ", past = "whispered", gerund = "whispering" }',
            "is not a word",
        ),
    ],
)
def test_a_malformed_verb_names_the_file_and_the_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, entry: str, problem: str
) -> None:
    data = copy_data(tmp_path)
    edit(data / "reporting_verbs.toml", "reporting_verbs = [\n", f"reporting_verbs = [\n    {entry},\n")
    with pytest.raises(LexiconError) as caught:
        module_from(tmp_path, monkeypatch, lexicon)
    assert caught.value.code == "bad-lexicon"
    message = str(caught.value)
    assert message.startswith(
        "roundtables/parse/data/reporting_verbs.toml: reporting_verbs[0] (lemma 'whisper')"
    )
    assert problem in message


def test_tables_misnamed_or_out_of_place_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "words.toml"
    path.write_text('view_nouns = ["view"]\nveiw_nouns = ["opinion"]\n', encoding="utf-8")
    file = DataFile.at(path)
    assert file.words("view_nouns") == ("view",)
    with pytest.raises(LexiconError, match=r"words\.toml: veiw_nouns: unknown table"):
        file.close()
    with pytest.raises(LexiconError, match=r"words\.toml: pronouns: table missing"):
        DataFile.at(path).word_map("pronouns")
    # a list written below a [table] belongs to that table in TOML: the table is refused, not misread
    path.write_text('[pronouns]\nhe = "individual"\nview_nouns = ["view"]\n', encoding="utf-8")
    with pytest.raises(LexiconError, match=r"words\.toml: pronouns\.view_nouns: \['view'\] is not a word"):
        DataFile.at(path).word_map("pronouns")
    path.write_text('generic_roles = ["member", "scholar", "member"]\n', encoding="utf-8")
    with pytest.raises(LexiconError, match=r"words\.toml: generic_roles: 'member' listed twice"):
        DataFile.at(path).word_set("generic_roles")
    path.write_text("view_nouns = [\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"words\.toml: not TOML"):
        DataFile.at(path)


def test_an_expression_needs_its_verb_written_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = copy_data(tmp_path)
    edit(
        data / "reporting_verbs.toml",
        "[noun_phrase_objects]\n",
        '[noun_phrase_objects]\npose = ["a challenge to"]\n',
    )
    with pytest.raises(LexiconError) as caught:
        module_from(tmp_path, monkeypatch, lexicon)
    assert str(caught.value) == (
        "roundtables/parse/data/reporting_verbs.toml: noun_phrase_objects: no verb 'pose' in expression_verbs"
    )
    edit(
        data / "reporting_verbs.toml",
        "[expression_verbs]\n",
        '[expression_verbs]\npose = { lemma = "pose", third = "poses", past = "posed", gerund = "posing" }\n',
    )
    copy = module_from(tmp_path, monkeypatch, lexicon)
    posed = [v for v in copy.EXPRESSIONS if v.lemma == "pose"]
    assert [(v.base, v.past, v.needs_clause) for v in posed] == [
        ("pose a challenge to", "posed a challenge to", False)
    ]


def test_role_nouns_are_checked_like_verbs(tmp_path: Path) -> None:
    path = tmp_path / "roles.toml"
    path.write_text(
        'role_nouns = [{ singular = "mediator", plural = "mediators", kind = "moderator" }]\n',
        encoding="utf-8",
    )
    with pytest.raises(
        LexiconError, match=r"roles\.toml: role_nouns\[0\] \(singular 'mediator'\): unknown key kind"
    ):
        LexiconFile.at(path).role_nouns("role_nouns")
    path.write_text(
        'role_nouns = [{ singular = "mediator", plural = "mediators", kind_class = "moderator" }]\n',
        encoding="utf-8",
    )
    assert LexiconFile.at(path).role_nouns("role_nouns") == (
        RoleNoun("mediator", "mediators", "moderator", False),
    )


def test_a_word_or_a_verb_written_twice_is_refused(tmp_path: Path) -> None:
    """A list keeps its order, so a repeated word would pass unseen: it is an edit meant elsewhere."""
    path = tmp_path / "twice.toml"
    path.write_text('view_nouns = ["view", "opinion", "view"]\n', encoding="utf-8")
    with pytest.raises(LexiconError, match=r"^.*twice\.toml: view_nouns: 'view' listed twice$"):
        DataFile.at(path).words("view_nouns")
    say = '{ lemma = "say", third = "says", past = "said", gerund = "saying" }'
    argue = '{ lemma = "argue", third = "argues", past = "argued", gerund = "arguing" }'
    argue_for = (
        '{ lemma = "argue", base = "argue for", third = "argues for", past = "argued for", '
        'gerund = "arguing for" }'
    )
    path.write_text(f"verbs = [{say}, {argue}, {argue_for}]\n", encoding="utf-8")
    assert [v.base for v in LexiconFile.at(path).verbs("verbs")] == ["say", "argue", "argue for"]
    path.write_text(f"verbs = [{say}, {argue}, {say}]\n", encoding="utf-8")
    with pytest.raises(
        LexiconError, match=r"twice\.toml: verbs\[2\]: 'say' written twice \(first at \[0\]\)$"
    ):
        LexiconFile.at(path).verbs("verbs")
