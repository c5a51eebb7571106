"""The words the claim extractor reads by, as data in one place.

Everything the sentence splitter, the speaker reader and the claim extractor
match on is listed in the TOML files of ``roundtables/parse/data/``, where each
table says what it is for: ``reporting_verbs.toml`` (reporting verbs and
expressions), ``speaker_words.toml`` (the words a speaker is named with),
``clause_words.toml`` (the words round an attribution) and
``sentence_words.toml`` (abbreviations and sentence openers). Widening the
parser to a new turn of phrase is an edit to a data file, not to a regular
expression. This module reads them at import, each table into the upper-case
name of its key (``view_nouns`` -> :data:`VIEW_NOUNS`), and computes the few
tables derived from others (:data:`EXPRESSIONS`, :data:`SEAT_ROLES`, the
numerals of :data:`SPEAKER_DETERMINERS`). A file that does not read (an
unknown or missing table or key, an entry of the wrong shape) stops the import
with a :class:`~roundtables.errors.LexiconError` naming the file and the entry.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from roundtables.parse.data_files import DataFile


@dataclass(frozen=True)
class ReportingVerb:
    """A reporting verb: its lemma (the ``cue`` value) and the forms the genre writes it in.

    ``parenthetical_only`` marks verbs too common outside reporting to count
    unless they stand after the content (``..., the discussant continued.``)
    or take a ``that`` clause. ``needs_clause`` marks verbs whose plain object
    is a topic, not a claim (``explained their findings`` is narration,
    ``explained that ...`` and ``explained how ...`` are claims). ``takes_as``
    verbs report with ``as`` too (``described the plan as naive``).
    ``relative_only`` verbs report only in a relative clause after the content
    (``..., which she called a risky bargain``): elsewhere they are too common.
    ``as_only`` verbs report only in an ``as`` clause round their speaker
    (``as one official put it, ...``).
    ``plural`` holds finite forms beyond ``third`` and ``past``
    (``are skeptical``, ``were skeptical``).
    ``to_be`` verbs also report an object with ``to be`` (``judged the plan to be
    naive``), which counts like a ``that`` clause.
    """

    lemma: str
    base: str
    third: str
    past: str
    gerund: str
    parenthetical_only: bool = False
    needs_clause: bool = False
    takes_as: bool = False
    relative_only: bool = False
    plural: tuple[str, ...] = ()
    as_only: bool = False
    to_be: bool = False

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.base, self.third, self.past, self.gerund, *self.plural)

    @property
    def finite(self) -> tuple[str, ...]:
        """The finite forms, which may follow their subject: ``says``, ``said``, ``were skeptical``."""
        return (self.third, self.past, *self.plural)


@dataclass(frozen=True)
class RoleNoun:
    """A head noun that names a participant; ``kind_class`` groups nouns an anaphor may switch between.

    ``the discussant`` may point back to ``one panelist`` (both are
    ``participant`` class), never to ``the moderator``; collective nouns
    (``the Chinese side``) name a group even in the singular.
    """

    singular: str
    plural: str
    kind_class: str = "participant"
    collective: bool = False


_FORMS = ("lemma", "third", "past", "gerund")
_FLAGS = ("parenthetical_only", "needs_clause", "takes_as", "relative_only", "as_only", "to_be")
_VERB_KEYS = frozenset({*_FORMS, "base", *_FLAGS, "plural"})
_ROLE_KEYS = frozenset({"singular", "plural", "kind_class", "collective"})


class LexiconFile(DataFile):
    """A TOML file of the lexicon: words, and reporting verbs and role nouns, each entry checked."""

    def verb(self, key: str) -> ReportingVerb:
        """One reporting verb, an inline table (``{ lemma = "say", third = "says", ... }``)."""
        return self._verb(key, self._table(key, dict))

    def verbs(self, key: str) -> tuple[ReportingVerb, ...]:
        """A list of reporting verbs, in its order: an entry written twice is refused (one lemma may have
        several entries, ``argue`` and ``argue for``, but not the same one again)."""
        verbs = tuple(self._verb(f"{key}[{i}]", entry) for i, entry in enumerate(self._table(key, list)))
        first: dict[ReportingVerb, int] = {}
        for i, verb in enumerate(verbs):
            if verb in first:
                raise self.error(f"{key}[{i}]", f"{verb.lemma!r} written twice (first at [{first[verb]}])")
            first[verb] = i
        return verbs

    def verb_map(self, key: str) -> dict[str, ReportingVerb]:
        """A table of lemmas to their reporting verbs, each with that lemma."""
        table = self._table(key, dict)
        verbs = {word: self._verb(f"{key}.{word}", entry) for word, entry in table.items()}
        for word, verb in verbs.items():
            if verb.lemma != word:
                raise self.error(f"{key}.{word}", f"lemma is {verb.lemma!r}, not {word!r}")
        return verbs

    def _verb(self, where: str, entry: object) -> ReportingVerb:
        if not isinstance(entry, dict):
            raise self.error(where, 'a verb is an inline table { lemma = "...", third = "...", ... }')
        if isinstance(entry.get("lemma"), str):
            where = f"{where} (lemma {entry['lemma']!r})"
        if unknown := sorted(set(entry) - _VERB_KEYS):
            raise self.error(
                where, f"unknown key {', '.join(unknown)} (a verb has {', '.join(sorted(_VERB_KEYS))})"
            )
        if missing := [form for form in _FORMS if form not in entry]:
            raise self.error(where, f"missing {', '.join(missing)}")
        forms = {
            form: self._word(f"{where}.{form}", entry[form]) for form in (*_FORMS, "base") if form in entry
        }
        flags: dict[str, bool] = {}
        for flag in _FLAGS:
            if flag in entry:
                if not isinstance(entry[flag], bool):
                    raise self.error(where, f"{flag} should be true or false, not {entry[flag]!r}")
                flags[flag] = entry[flag]
        plural = self._words(f"{where}.plural", entry.get("plural", []))
        return ReportingVerb(
            lemma=forms["lemma"],
            base=forms.get("base", forms["lemma"]),
            third=forms["third"],
            past=forms["past"],
            gerund=forms["gerund"],
            plural=plural,
            **flags,
        )

    def role_nouns(self, key: str) -> tuple[RoleNoun, ...]:
        """A list of role nouns (``{ singular = "panelist", plural = "panelists" }``), in its order."""
        nouns = []
        for i, entry in enumerate(self._table(key, list)):
            where = f"{key}[{i}]"
            if not isinstance(entry, dict):
                raise self.error(where, 'a role noun is an inline table { singular = "...", plural = "..." }')
            if isinstance(entry.get("singular"), str):
                where = f"{where} (singular {entry['singular']!r})"
            if unknown := sorted(set(entry) - _ROLE_KEYS):
                raise self.error(
                    where,
                    f"unknown key {', '.join(unknown)} (a role noun has {', '.join(sorted(_ROLE_KEYS))})",
                )
            if missing := [form for form in ("singular", "plural") if form not in entry]:
                raise self.error(where, f"missing {', '.join(missing)}")
            collective = entry.get("collective", False)
            if not isinstance(collective, bool):
                raise self.error(where, f"collective should be true or false, not {collective!r}")
            nouns.append(
                RoleNoun(
                    self._word(f"{where}.singular", entry["singular"]),
                    self._word(f"{where}.plural", entry["plural"]),
                    self._word(f"{where}.kind_class", entry.get("kind_class", "participant")),
                    collective,
                )
            )
        return tuple(nouns)


def _verbs_of(
    file: DataFile, key: str, lemmas: Iterable[str], verbs: dict[str, ReportingVerb]
) -> dict[str, ReportingVerb]:
    """The verb of each lemma a table of expressions names, from ``expression_verbs``."""
    if missing := [lemma for lemma in lemmas if lemma not in verbs]:
        raise file.error(key, f"no verb {', '.join(map(repr, missing))} in expression_verbs")
    return {lemma: verbs[lemma] for lemma in lemmas}


def _with_object(verb: ReportingVerb, words: str, *, needs_clause: bool = True) -> ReportingVerb:
    """``express`` + ``concern`` -> ``expressed concern that ...`` (a clause must follow);
    ``put`` + ``emphasis on`` -> ``put emphasis on ...`` (a noun phrase follows). The cue stays the
    verb's lemma."""
    return ReportingVerb(
        verb.lemma,
        f"{verb.base} {words}",
        f"{verb.third} {words}",
        f"{verb.past} {words}",
        f"{verb.gerund} {words}",
        needs_clause=needs_clause,
    )


def _predicate(adjective: str) -> ReportingVerb:
    """``was skeptical that ...``: an adjective predicate reports a claim; the cue is ``be skeptical``."""
    return ReportingVerb(
        f"be {adjective}",
        f"be {adjective}",
        f"is {adjective}",
        f"was {adjective}",
        f"being {adjective}",
        needs_clause=True,
        plural=(f"are {adjective}", f"were {adjective}"),
    )


def _predicate_with(adjective: str, preposition: str) -> ReportingVerb:
    words = f"{adjective} {preposition}"
    return ReportingVerb(
        f"be {adjective}",
        f"be {words}",
        f"is {words}",
        f"was {words}",
        f"being {words}",
        plural=(f"are {words}", f"were {words}"),
    )


_VERBS = LexiconFile.packaged("reporting_verbs.toml")
REPORTING_VERBS: tuple[ReportingVerb, ...] = _VERBS.verbs("reporting_verbs")
_EXPRESSION_VERBS: dict[str, ReportingVerb] = _VERBS.verb_map("expression_verbs")
REPORTING_OBJECTS: dict[str, tuple[str, ...]] = _VERBS.word_lists("reporting_objects")
NOUN_PHRASE_OBJECTS: dict[str, tuple[str, ...]] = _VERBS.word_lists("noun_phrase_objects")
POSSESSED_FEELINGS: tuple[str, ...] = _VERBS.words("possessed_feelings")
POSSESSIVES: tuple[str, ...] = _VERBS.words("possessives")
_POSSESSED_FEELING_VERBS: tuple[str, ...] = _VERBS.words("possessed_feeling_verbs")
STANCE_OBJECTS: dict[str, tuple[str, ...]] = _VERBS.word_lists("stance_objects")
PREDICATE_ADJECTIVES: tuple[str, ...] = _VERBS.words("predicate_adjectives")
PREDICATE_ADVERBS: tuple[str, ...] = _VERBS.words("predicate_adverbs")
ACCORDING_TO: ReportingVerb = _VERBS.verb("according_to")
CONSENSUS: ReportingVerb = _VERBS.verb("consensus")
BARE_CLAUSE_LEMMAS: frozenset[str] = _VERBS.word_set("bare_clause_lemmas")
OBJECT_THEN_CLAUSE_LEMMAS: frozenset[str] = _VERBS.word_set("object_then_clause_lemmas")
EVIDENCE_GERUND_LEMMAS: frozenset[str] = _VERBS.word_set("evidence_gerund_lemmas")
AGENTLESS_PASSIVE_LEMMAS: frozenset[str] = _VERBS.word_set("agentless_passive_lemmas")
NAMING_LEMMAS: frozenset[str] = _VERBS.word_set("naming_lemmas")
QUESTION_LEMMAS: frozenset[str] = _VERBS.word_set("question_lemmas")
QUESTION_VERBS: tuple[str, ...] = _VERBS.words("question_verbs")
TOPIC_VERBS: tuple[str, ...] = _VERBS.words("topic_verbs")
FLOOR_VERBS: tuple[str, ...] = _VERBS.words("floor_verbs")
PROPOSITION_NOUNS: tuple[str, ...] = _VERBS.words("proposition_nouns")
_OBJECT_VERBS = _verbs_of(_VERBS, "reporting_objects", REPORTING_OBJECTS, _EXPRESSION_VERBS)
_EMPHASIS_VERBS = _verbs_of(_VERBS, "noun_phrase_objects", NOUN_PHRASE_OBJECTS, _EXPRESSION_VERBS)
_verbs_of(_VERBS, "possessed_feeling_verbs", _POSSESSED_FEELING_VERBS, _EXPRESSION_VERBS)
_VERBS.close()

EXPRESSIONS: tuple[ReportingVerb, ...] = (
    *(_with_object(_OBJECT_VERBS[v], noun) for v, nouns in REPORTING_OBJECTS.items() for noun in nouns),
    *(
        _with_object(_EXPRESSION_VERBS[v], f"{possessive} {feeling}", needs_clause=False)
        for v in _POSSESSED_FEELING_VERBS
        for possessive in POSSESSIVES
        for feeling in POSSESSED_FEELINGS
    ),
    *(_predicate_with(a, p) for a, prepositions in STANCE_OBJECTS.items() for p in prepositions),
    *(
        _with_object(_EMPHASIS_VERBS[v], p, needs_clause=False)
        for v, phrases in NOUN_PHRASE_OBJECTS.items()
        for p in phrases
    ),
    *(_predicate(adjective) for adjective in PREDICATE_ADJECTIVES),
)
"""The verb-and-object and adjective expressions as reporting verbs, read like the verbs."""

_CLAUSES = LexiconFile.packaged("clause_words.toml")
ENUMERATION_OPENERS: tuple[str, ...] = _CLAUSES.words("enumeration_openers")
FRAME_NOUNS: tuple[str, ...] = _CLAUSES.words("frame_nouns")
NARRATOR_ASIDES: tuple[str, ...] = _CLAUSES.words("narrator_asides")
ATTRIBUTION_ADVERBIALS: tuple[str, ...] = _CLAUSES.words("attribution_adverbials")
COORDINATORS: tuple[str, ...] = _CLAUSES.words("coordinators")
CLAUSE_HEADS: tuple[str, ...] = _CLAUSES.words("clause_heads")
GERUND_LINKS: tuple[str, ...] = _CLAUSES.words("gerund_links")
RELATIVE_PRONOUNS: tuple[str, ...] = _CLAUSES.words("relative_pronouns")
CLAUSE_LINKS: tuple[str, ...] = _CLAUSES.words("clause_links")
NOT_PARTICIPLES: tuple[str, ...] = _CLAUSES.words("not_participles")
DANGLING_LINKS: tuple[str, ...] = _CLAUSES.words("dangling_links")
CONTRAST_LINKS: tuple[str, ...] = _CLAUSES.words("contrast_links")
SUBORDINATORS: tuple[str, ...] = _CLAUSES.words("subordinators")
CLAUSE_OPENERS: tuple[str, ...] = (*SUBORDINATORS, *_CLAUSES.words("clause_openers"))
NARRATION_SUBJECTS: tuple[str, ...] = _CLAUSES.words("narration_subjects")
DISCOURSE_NOUNS: tuple[str, ...] = _CLAUSES.words("discourse_nouns")
DISCOURSE_VERBS: tuple[str, ...] = _CLAUSES.words("discourse_verbs")
DISCOURSE_PAST_FORMS: tuple[str, ...] = _CLAUSES.words("discourse_past_forms")
_CLAUSES.close()

_SPEAKERS = LexiconFile.packaged("speaker_words.toml")
SPEAKER_VERB_GAP: tuple[str, ...] = _SPEAKERS.words("speaker_verb_gap")
RELATIVE_SPEAKER_LINKS: tuple[str, ...] = _SPEAKERS.words("relative_speaker_links")
VIEW_NOUNS: tuple[str, ...] = _SPEAKERS.words("view_nouns")
NUMBER_WORDS: tuple[str, ...] = _SPEAKERS.words("number_words")
NUMERAL_DETERMINER_FRAMES: tuple[str, ...] = _SPEAKERS.words("numeral_determiner_frames")
COUNT_DIGITS: tuple[str, ...] = tuple(str(n) for n in range(2, 31))
"""Numerals in digits that count a group of speakers (``12 experts``, ``seven of the 12 experts``)."""


def _numeral_determiners() -> dict[str, str]:
    counts = (*NUMBER_WORDS, *COUNT_DIGITS)
    return {
        **{frame.format(n=n): "indefinite" for n in counts for frame in NUMERAL_DETERMINER_FRAMES},
        **{f"{n} of the {total}": "indefinite" for n in counts for total in counts},
        **{f"only {n}": "indefinite" for n in ("one", *counts)},
        "just one": "indefinite",
    }


SPEAKER_DETERMINERS: dict[str, str] = {**_numeral_determiners(), **_SPEAKERS.word_map("speaker_determiners")}
INDIVIDUAL_DETERMINERS: frozenset[str] = _SPEAKERS.word_set("individual_determiners")
ROLE_MODIFIERS: tuple[str, ...] = _SPEAKERS.words("role_modifiers")
MAX_MODIFIERS = 4
"""How many modifiers may stand between determiner and role noun (``one former American naval officer``)."""
NOT_MODIFIERS: frozenset[str] = _SPEAKERS.word_set("not_modifiers")
ROLE_NOUNS: tuple[RoleNoun, ...] = _SPEAKERS.role_nouns("role_nouns")
PERSON_NOUN_SUFFIXES: tuple[str, ...] = _SPEAKERS.words("person_noun_suffixes")
NOT_PERSON_NOUNS: frozenset[str] = _SPEAKERS.word_set("not_person_nouns")
GENERIC_ROLES: frozenset[str] = _SPEAKERS.word_set("generic_roles")
SEAT_ROLES: frozenset[str] = GENERIC_ROLES - {"scholar"}
"""Generic role nouns that name a seat at the table, which every speaker holds.

``the discussant`` continues the most recent anonymous speaker (``a
panelist``) even past an earlier ``a discussant``; ``the Chinese scholar``,
an occupation, first looks for the last scholar, past a nearer participant.
"""
BARE_PLURAL_ROLES: frozenset[str] = _SPEAKERS.word_set("bare_plural_roles")
ELLIPTICAL_SUBJECTS: dict[str, str] = {
    **_SPEAKERS.word_map("elliptical_subjects"),
    **{f"all {n}": "group" for n in NUMBER_WORDS},
}
PARTITIVE_SUBJECTS: dict[str, str] = _SPEAKERS.word_map("partitive_subjects")
PRONOUNS: dict[str, str] = _SPEAKERS.word_map("pronouns")
NAME_HONORIFICS: tuple[str, ...] = _SPEAKERS.words("name_honorifics")
NAME_ABBREVIATIONS: tuple[str, ...] = _SPEAKERS.words("name_abbreviations")
POST_PREPOSITIONS: tuple[str, ...] = _SPEAKERS.words("post_prepositions")
POST_MODIFIER_NOUNS: tuple[str, ...] = _SPEAKERS.words("post_modifier_nouns")
TOPIC_POST_NOUNS: frozenset[str] = _SPEAKERS.word_set("topic_post_nouns")
POST_MODIFIER_WORDS: tuple[str, ...] = _SPEAKERS.words("post_modifier_words")
REGIONAL_NATIONALITIES: dict[str, str] = _SPEAKERS.word_map("regional_nationalities")
_SPEAKERS.close()

_SENTENCES = LexiconFile.packaged("sentence_words.toml")
SENTENCE_ABBREVIATIONS: frozenset[str] = _SENTENCES.word_set("sentence_abbreviations")
AMBIGUOUS_ABBREVIATIONS: frozenset[str] = _SENTENCES.word_set("ambiguous_abbreviations")
SENTENCE_OPENERS: frozenset[str] = _SENTENCES.word_set("sentence_openers")
_SENTENCES.close()
