"""The words the claim extractor reads by, as data in one place.

Everything the sentence splitter, the speaker reader and the claim extractor
match on is listed here, so widening the parser to a new turn of phrase is an
edit to a table, not to a regular expression. All entries are lower case
unless said otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass


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


def _verb(
    lemma: str,
    third: str,
    past: str,
    gerund: str,
    *,
    parenthetical_only: bool = False,
    needs_clause: bool = False,
    takes_as: bool = False,
    relative_only: bool = False,
) -> ReportingVerb:
    return ReportingVerb(
        lemma, lemma, third, past, gerund, parenthetical_only, needs_clause, takes_as, relative_only
    )


def _particle(lemma: str, verb: ReportingVerb, particle: str) -> ReportingVerb:
    """``point`` + ``out`` -> ``point out``, ``pointed out``, ...; the particle is part of the cue."""
    return ReportingVerb(
        lemma,
        f"{verb.base} {particle}",
        f"{verb.third} {particle}",
        f"{verb.past} {particle}",
        f"{verb.gerund} {particle}",
    )


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


_POINT = ReportingVerb("point", "point", "points", "pointed", "pointing")
_AGREE = ReportingVerb("agree", "agree", "agrees", "agreed", "agreeing")
_REFER = ReportingVerb("refer", "refer", "refers", "referred", "referring")
_WARN = ReportingVerb("warn", "warn", "warns", "warned", "warning")
_CAUTION = ReportingVerb("caution", "caution", "cautions", "cautioned", "cautioning")
_SPEAK = ReportingVerb("speak", "speak", "speaks", "spoke", "speaking")
_LAY = ReportingVerb("lay", "lay", "lays", "laid", "laying")
_SET = ReportingVerb("set", "set", "sets", "set", "setting")
_SPELL = ReportingVerb("spell", "spell", "spells", "spelled", "spelling")
_CALL = ReportingVerb("call", "call", "calls", "called", "calling")
_ADVOCATE = _verb("advocate", "advocates", "advocated", "advocating")
_ARGUE = _verb("argue", "argues", "argued", "arguing")

REPORTING_VERBS: tuple[ReportingVerb, ...] = (
    _verb("say", "says", "said", "saying"),
    _verb("add", "adds", "added", "adding"),
    _verb("explain", "explains", "explained", "explaining", needs_clause=True),
    _verb("state", "states", "stated", "stating"),
    _ARGUE,
    _particle("argue", _ARGUE, "for"),
    _verb("note", "notes", "noted", "noting"),
    _verb("remark", "remarks", "remarked", "remarking"),
    _verb("comment", "comments", "commented", "commenting"),
    _verb("stress", "stresses", "stressed", "stressing"),
    _verb("emphasize", "emphasizes", "emphasized", "emphasizing"),
    _verb("emphasise", "emphasises", "emphasised", "emphasising"),
    _verb("warn", "warns", "warned", "warning"),
    _verb("caution", "cautions", "cautioned", "cautioning"),
    _verb("suggest", "suggests", "suggested", "suggesting"),
    _verb("agree", "agrees", "agreed", "agreeing", needs_clause=True),
    _verb("disagree", "disagrees", "disagreed", "disagreeing", needs_clause=True),
    _verb("conclude", "concludes", "concluded", "concluding"),
    _verb("acknowledge", "acknowledges", "acknowledged", "acknowledging"),
    _verb("admit", "admits", "admitted", "admitting"),
    _verb("concede", "concedes", "conceded", "conceding"),
    _verb("respond", "responds", "responded", "responding"),
    _verb("reply", "replies", "replied", "replying"),
    _verb("counter", "counters", "countered", "countering"),
    _verb("contend", "contends", "contended", "contending"),
    _verb("observe", "observes", "observed", "observing"),
    _particle("point out", _POINT, "out"),
    _particle("point to", _POINT, "to"),
    _verb("continue", "continues", "continued", "continuing", parenthetical_only=True),
    ReportingVerb("go on", "go on", "goes on", "went on", "going on", parenthetical_only=True),
    _ADVOCATE,
    _particle("advocate", _ADVOCATE, "for"),
    _particle("call for", _CALL, "for"),
    _verb("urge", "urges", "urged", "urging"),
    _verb("believe", "believes", "believed", "believing"),
    _verb("think", "thinks", "thought", "thinking", parenthetical_only=True),
    _verb("feel", "feels", "felt", "feeling", parenthetical_only=True),
    _verb("assert", "asserts", "asserted", "asserting"),
    _verb("maintain", "maintains", "maintained", "maintaining", parenthetical_only=True),
    _verb("claim", "claims", "claimed", "claiming"),
    _verb("insist", "insists", "insisted", "insisting"),
    _verb("hold", "holds", "held", "holding", parenthetical_only=True),
    _verb("propose", "proposes", "proposed", "proposing"),
    _verb("recommend", "recommends", "recommended", "recommending"),
    _verb("predict", "predicts", "predicted", "predicting"),
    _verb("forecast", "forecasts", "forecast", "forecasting"),
    _verb("question", "questions", "questioned", "questioning"),
    _verb("doubt", "doubts", "doubted", "doubting", parenthetical_only=True),
    _verb("worry", "worries", "worried", "worrying", parenthetical_only=True),
    _verb("highlight", "highlights", "highlighted", "highlighting"),
    _verb("underscore", "underscores", "underscored", "underscoring"),
    _verb("underline", "underlines", "underlined", "underlining"),
    _verb("posit", "posits", "posited", "positing"),
    _verb("express", "expresses", "expressed", "expressing"),
    _verb("describe", "describes", "described", "describing", needs_clause=True, takes_as=True),
    _verb("mention", "mentions", "mentioned", "mentioning", needs_clause=True),
    _verb("indicate", "indicates", "indicated", "indicating", needs_clause=True),
    _verb("reiterate", "reiterates", "reiterated", "reiterating"),
    _verb("affirm", "affirms", "affirmed", "affirming"),
    _verb("reaffirm", "reaffirms", "reaffirmed", "reaffirming"),
    _verb("assess", "assesses", "assessed", "assessing", parenthetical_only=True),
    _verb("estimate", "estimates", "estimated", "estimating"),
    _verb("speculate", "speculates", "speculated", "speculating"),
    _verb("surmise", "surmises", "surmised", "surmising"),
    _verb("suspect", "suspects", "suspected", "suspecting", parenthetical_only=True),
    _verb("reckon", "reckons", "reckoned", "reckoning", parenthetical_only=True),
    _verb("fear", "fears", "feared", "fearing", parenthetical_only=True),
    _verb("expect", "expects", "expected", "expecting", parenthetical_only=True),
    _verb("anticipate", "anticipates", "anticipated", "anticipating", parenthetical_only=True),
    ReportingVerb("judge", "judge", "judges", "judged", "judging", parenthetical_only=True, to_be=True),
    _verb("allow", "allows", "allowed", "allowing", parenthetical_only=True),
    _verb("grant", "grants", "granted", "granting", parenthetical_only=True),
    ReportingVerb("put", "put it", "puts it", "put it", "putting it", as_only=True),
    _verb("recall", "recalls", "recalled", "recalling", needs_clause=True),
    _verb("declare", "declares", "declared", "declaring"),
    _verb("confirm", "confirms", "confirmed", "confirming", needs_clause=True),
    _verb("opine", "opines", "opined", "opining"),
    _verb("hope", "hopes", "hoped", "hoping", parenthetical_only=True),
    _verb("report", "reports", "reported", "reporting", parenthetical_only=True, needs_clause=True),
    _verb("elaborate", "elaborates", "elaborated", "elaborating", needs_clause=True),
    _verb("ask", "asks", "asked", "asking", needs_clause=True),
    _verb("wonder", "wonders", "wondered", "wondering", needs_clause=True),
    _verb(
        "characterize", "characterizes", "characterized", "characterizing", needs_clause=True, takes_as=True
    ),
    _verb(
        "characterise", "characterises", "characterised", "characterising", needs_clause=True, takes_as=True
    ),
    _verb("call", "calls", "called", "calling", relative_only=True),
    _verb("dismiss", "dismisses", "dismissed", "dismissing", relative_only=True, takes_as=True),
    _verb("label", "labels", "labeled", "labeling", relative_only=True),
    _verb("term", "terms", "termed", "terming", relative_only=True),
    _verb("regard", "regards", "regarded", "regarding", relative_only=True, takes_as=True),
    _verb("consider", "considers", "considered", "considering", relative_only=True),
    _verb("deplore", "deplores", "deplored", "deploring"),
    _verb("lament", "laments", "lamented", "lamenting"),
    _verb("decry", "decries", "decried", "decrying"),
    _verb("criticize", "criticizes", "criticized", "criticizing"),
    _verb("criticise", "criticises", "criticised", "criticising"),
    _verb("condemn", "condemns", "condemned", "condemning"),
    _verb("praise", "praises", "praised", "praising"),
    _verb("hail", "hails", "hailed", "hailing"),
    _verb("laud", "lauds", "lauded", "lauding"),
    _verb("commend", "commends", "commended", "commending"),
    _verb("applaud", "applauds", "applauded", "applauding"),
    _verb("reject", "rejects", "rejected", "rejecting"),
    _verb("identify", "identifies", "identified", "identifying"),
    _verb("list", "lists", "listed", "listing"),
    _verb("cite", "cites", "cited", "citing"),
    _verb("object", "objects", "objected", "objecting", needs_clause=True),
    _verb("oppose", "opposes", "opposed", "opposing"),
    _verb("endorse", "endorses", "endorsed", "endorsing"),
    _verb("favor", "favors", "favored", "favoring"),
    _verb("favour", "favours", "favoured", "favouring"),
    _verb("allege", "alleges", "alleged", "alleging"),
    _verb("advise", "advises", "advised", "advising"),
    _verb("remind", "reminds", "reminded", "reminding", needs_clause=True),
    _verb("reason", "reasons", "reasoned", "reasoning", needs_clause=True),
    _verb("theorize", "theorizes", "theorized", "theorizing"),
    _verb("envision", "envisions", "envisioned", "envisioning"),
    _verb("foresee", "foresees", "foresaw", "foreseeing"),
    _verb("hold", "holds", "held", "holding", parenthetical_only=True),
    _verb("deny", "denies", "denied", "denying"),
    _verb("dispute", "disputes", "disputed", "disputing"),
    _verb("recognize", "recognizes", "recognized", "recognizing"),
    _verb("recognise", "recognises", "recognised", "recognising"),
    _verb("regret", "regrets", "regretted", "regretting"),
    _verb("dissect", "dissects", "dissected", "dissecting"),
    _verb("complain", "complains", "complained", "complaining", needs_clause=True),
    _verb("concur", "concurs", "concurred", "concurring", needs_clause=True),
    _verb("assure", "assures", "assured", "assuring", needs_clause=True),
    _verb("aver", "avers", "averred", "averring", needs_clause=True),
    _verb("hint", "hints", "hinted", "hinting", needs_clause=True),
    _verb("imply", "implies", "implied", "implying", needs_clause=True),
    _verb("reveal", "reveals", "revealed", "revealing", needs_clause=True),
    _verb("retort", "retorts", "retorted", "retorting", needs_clause=True),
    _verb("submit", "submits", "submitted", "submitting", needs_clause=True),
    _verb("summarize", "summarizes", "summarized", "summarizing", needs_clause=True),
    _verb("summarise", "summarises", "summarised", "summarising", needs_clause=True),
    _verb("testify", "testifies", "testified", "testifying", needs_clause=True),
    _verb("answer", "answers", "answered", "answering", needs_clause=True),
    _verb("analyze", "analyzes", "analyzed", "analyzing", needs_clause=True),
    _verb("analyse", "analyses", "analysed", "analysing", needs_clause=True),
    _verb("venture", "ventures", "ventured", "venturing", needs_clause=True),
    _particle("spell out", _SPELL, "out"),
    _particle("agree", _AGREE, "on"),
    _particle("agree", _AGREE, "upon"),
    _particle("call on", _CALL, "on"),
    _particle("call upon", _CALL, "upon"),
    _particle("refer to", _REFER, "to"),
    _particle("warn against", _WARN, "against"),
    _particle("warn of", _WARN, "of"),
    _particle("caution against", _CAUTION, "against"),
    _particle("speak of", _SPEAK, "of"),
    _particle("lay out", _LAY, "out"),
    _particle("set out", _SET, "out"),
    _particle("set forth", _SET, "forth"),
    ReportingVerb(
        "talk about", "talk about", "talks about", "talked about", "talking about", needs_clause=True
    ),
)
"""Every reporting verb the genre uses; the lemma is the claim's ``cue``.

``suspect``, ``expect``, ``fear`` and the like report only with a ``that``
clause or inside the content (``What X wants, she suspected, is ...``): with
a plain object or passive (``the talks are expected to ...``) they narrate.
``put it`` reports only as ``as one official put it``, its cue ``put``.

``ask`` and ``wonder`` are read so that the question they report is
recognized and kept out: a reported question is no claim, whoever asks it
(:data:`QUESTION_LEMMAS`), nor is a narrator's own question.
"""

_OBJECT_VERBS: dict[str, ReportingVerb] = {
    "express": _verb("express", "expresses", "expressed", "expressing"),
    "voice": _verb("voice", "voices", "voiced", "voicing"),
    "raise": _verb("raise", "raises", "raised", "raising"),
    "make": ReportingVerb("make", "make", "makes", "made", "making"),
    "share": _verb("share", "shares", "shared", "sharing"),
    "hold": ReportingVerb("hold", "hold", "holds", "held", "holding"),
}

_FEELINGS = (
    "concern",
    "concerns",
    "doubt",
    "doubts",
    "hope",
    "confidence",
    "skepticism",
    "scepticism",
    "optimism",
    "pessimism",
    "fear",
    "fears",
    "worry",
    "worries",
    "frustration",
    "regret",
    "surprise",
    "the view",
    "the hope",
    "the belief",
    "the concern",
)

REPORTING_OBJECTS: dict[str, tuple[str, ...]] = {
    "express": _FEELINGS,
    "voice": _FEELINGS,
    "raise": (
        "the possibility",
        "the prospect",
        "the concern",
        "the question",
        "the worry",
        "the fear",
        "concern",
        "concerns",
        "doubts",
        "fears",
        "questions",
    ),
    "make": ("the point", "the case", "the argument", "the observation", "a point", "a case"),
    "share": ("the view", "the belief", "the concern", "the hope", "the assessment", "the sense"),
    "hold": ("the view", "the opinion", "the belief", "the position", "that view"),
}
"""Reporting expressions of a verb and its object noun: ``expressed concern that``, ``made the point that``.

Decided convention: the cue is the verb's lemma (``express``, ``raise``,
``make``, ``voice``), as the spec's "the reporting verb's lemma" reads; the
object noun is part of the attribution, not of the cue or the claim. Phrasal
verbs keep their particle (``point out``, ``call for``), which is part of the
verb. The expressions report only with a clause (``that``, ``whether`` ...).
"""

PREDICATE_ADJECTIVES: tuple[str, ...] = (
    "skeptical",
    "sceptical",
    "optimistic",
    "pessimistic",
    "confident",
    "concerned",
    "worried",
    "hopeful",
    "doubtful",
    "convinced",
    "certain",
    "adamant",
    "afraid",
    "fearful",
    "uncertain",
    "unsure",
    "unconvinced",
)
"""Adjectives that report a stance with a clause: ``was skeptical that ...`` -> cue ``be skeptical``.

The cue is ``be`` plus the adjective, the predicate being the reporting
expression; ``worried that`` as a verb is ``worry``. An adverb may stand
between the copula and the adjective (``were cautiously optimistic``).
"""

PREDICATE_ADVERBS: tuple[str, ...] = (
    "more",
    "less",
    "very",
    "also",
    "still",
    "quite",
    "somewhat",
    "rather",
    "equally",
    "too",
)
"""Adverbs between copula and adjective besides any ``-ly`` word (``were more optimistic that``)."""

_EMPHASIS_VERBS: dict[str, ReportingVerb] = {
    "put": ReportingVerb("put", "put", "puts", "put", "putting"),
    "place": ReportingVerb("place", "place", "places", "placed", "placing"),
    "lay": _LAY,
    "draw": ReportingVerb("draw", "draw", "draws", "drew", "drawing"),
    "take": ReportingVerb("take", "take", "takes", "took", "taking"),
    "express": _OBJECT_VERBS["express"],
    "voice": _OBJECT_VERBS["voice"],
    "raise": _OBJECT_VERBS["raise"],
    "make": _OBJECT_VERBS["make"],
    "call": _CALL,
}

NOUN_PHRASE_OBJECTS: dict[str, tuple[str, ...]] = {
    "put": ("emphasis on", "stress on", "the emphasis on", "a premium on"),
    "place": ("emphasis on", "stress on", "the emphasis on"),
    "lay": ("emphasis on", "stress on"),
    "draw": ("attention to",),
    "call": ("attention to",),
    "take": ("issue with",),
    "make": ("the case for", "a case for", "the case against", "a plea for"),
    "express": (
        "hope of",
        "hopes of",
        "concern about",
        "concern over",
        "concern at",
        "concern for",
        "concerns about",
        "concerns over",
        "hope for",
        "support for",
        "skepticism about",
        "scepticism about",
        "optimism about",
        "pessimism about",
        "frustration with",
        "frustration at",
        "frustration over",
        "doubts about",
        "regret over",
        "regret at",
        "confidence in",
        "worry about",
        "worries about",
        "fears about",
        "fears over",
        "appreciation for",
        "opposition to",
        "interest in",
        "alarm at",
        "alarm over",
    ),
    "voice": (
        "hope of",
        "hopes of",
        "concern about",
        "concern over",
        "concerns about",
        "concerns over",
        "hope for",
        "support for",
        "skepticism about",
        "doubts about",
        "frustration with",
        "opposition to",
    ),
    "raise": ("concerns about", "concerns over", "concern about", "concern over", "doubts about"),
}
"""Reporting expressions whose object is a noun phrase after a preposition: ``put emphasis on the
limits of ...``, ``expressed concern about the deployment``, ``drew attention to ...``. The cue is
the verb's lemma, as for :data:`REPORTING_OBJECTS`; the noun phrase after the preposition is the claim."""


POSSESSED_FEELINGS: tuple[str, ...] = (
    "concern",
    "concerns",
    "hope",
    "hopes",
    "frustration",
    "excitement",
    "support",
    "appreciation",
    "optimism",
    "pessimism",
    "skepticism",
    "doubts",
    "fears",
    "worries",
    "regret",
    "disappointment",
    "willingness",
    "satisfaction",
    "confidence",
    "opposition",
    "dissatisfaction",
)
"""``expressed his excitement to visit ...``, ``voiced their frustration with ...``: a feeling the
speaker owns, after ``express`` or ``voice`` and a possessive; what follows is the claim."""
POSSESSIVES: tuple[str, ...] = ("his", "her", "their", "its", "our")

STANCE_OBJECTS: dict[str, tuple[str, ...]] = {
    "concerned": ("about", "over", "at", "by"),
    "worried": ("about", "over", "by"),
}
"""Adjectives of concern with a noun phrase after a preposition: ``was concerned over lingering
hostility`` reports a concern like ``expressed concern over ...`` (cue ``be concerned``). Other
stances (``skeptical about the notion``) report only with a clause, as the annotations read them."""


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


EXPRESSIONS: tuple[ReportingVerb, ...] = (
    *(_with_object(_OBJECT_VERBS[v], noun) for v, nouns in REPORTING_OBJECTS.items() for noun in nouns),
    *(
        _with_object(_OBJECT_VERBS[v], f"{possessive} {feeling}", needs_clause=False)
        for v in ("express", "voice")
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
"""The verb-and-object and adjective expressions as reporting verbs, read like the verbs above."""

ACCORDING_TO = ReportingVerb("accord", "according to", "according to", "according to", "according to")
"""``According to one participant, ...``: an attribution without a verb; its cue is the lemma ``accord``."""
CONSENSUS = ReportingVerb("agree", "agreement", "agreement", "agreement", "agreement")
"""``There was broad agreement that ...``: the participants' shared view; its cue is ``agree``."""

BARE_CLAUSE_LEMMAS: frozenset[str] = frozenset({"feel", "think"})
"""Verbs of thinking that report a clause without ``that`` (``Others felt this concern was overstated``)."""

OBJECT_THEN_CLAUSE_LEMMAS: frozenset[str] = frozenset(
    {"remind", "tell", "assure", "inform", "warn", "caution"}
)
"""Verbs that report to someone before the clause (``reminded the Japanese public that ...``)."""

EVIDENCE_GERUND_LEMMAS: frozenset[str] = frozenset({"cite", "list", "refer to", "point to"})
"""Verbs whose gerund with a plain object gives the grounds of a report, not a second claim
(``..., one expert said, citing falling cod stocks``)."""

ENUMERATION_OPENERS: tuple[str, ...] = (
    "first",
    "firstly",
    "second",
    "secondly",
    "third",
    "thirdly",
    "fourth",
    "fifth",
    "finally",
    "lastly",
)
"""``Third, the two sides should ...``: a sentence opening with an ordinal goes on with the speaker's
enumeration, whatever it names."""

FRAME_NOUNS: tuple[str, ...] = (
    "points",
    "views",
    "recommendations",
    "conclusions",
    "observations",
    "arguments",
    "proposals",
    "suggestions",
    "ideas",
    "takeaways",
    "findings",
    "themes",
)
"""What a frame line without a speaker announces (``Among the other significant points made during the
discussion were:``): the items after it are the participants' claims."""

SPEAKER_VERB_GAP: tuple[str, ...] = (
    "also",
    "further",
    "then",
    "later",
    "both",
    "all",
    "each",
    "too",
    "again",
    "strongly",
    "firmly",
    "repeatedly",
    "similarly",
    "likewise",
    "additionally",
    "subsequently",
    "ultimately",
    "generally",
    "largely",
    "broadly",
    "unanimously",
    "specifically",
    "explicitly",
    "correctly",
    "rightly",
    "nonetheless",
    "nevertheless",
    "instead",
    "meanwhile",
    "however",
    "therefore",
    "thus",
    "in turn",
    "on the other hand",
    "for example",
    "for instance",
    "in particular",
    "in response",
    "has",
    "have",
    "had",
    "long",
    "would",
    "might",
    "could",
    "may",
    "did not",
    "does not",
    "do not",
    "would not",
    "went on to",
    "goes on to",
    "continued to",
    "continues to",
    "proceeded to",
)
"""Words that may stand between a speaker and its verb: ``one panelist, however, also argued``.

Auxiliaries belong here too: a perfect (``has argued``), a modal (``would
argue``) or a negation (``did not believe that``) still reports the clause,
and the cue is the lemma of the verb after them (``believe``). ``will`` is
left out: ``Panelists will argue ...`` previews the event, it reports nothing.
"""

VIEW_NOUNS: tuple[str, ...] = ("view", "opinion", "judgment", "judgement", "assessment")
"""``In X's view, ...``, ``In the view of X, ...``, ``in her view``: an attribution by a noun.

Decided convention (as the held-out gold reads it): the sentence names its
speaker, so the claim is ``explicit`` and its cue is the noun (``view``); the
rest of the sentence is the content, and ``his``/``her``/``their`` resolve
like ``he``/``she``/``they``.
"""

RELATIVE_SPEAKER_LINKS: tuple[str, ...] = ("who", "with")
"""Words opening a post-modifier between speaker and verb: ``A scholar who had served in Kabul noted``."""

NARRATOR_ASIDES: tuple[str, ...] = (
    "it should be noted",
    "it must be noted",
    "it is worth noting",
    "it is worth recalling",
    "it bears noting",
    "it should be said",
    "it should be added",
)
"""The narrator's own remarks (``The U.S., it should be noted, ...``): no claim, and they end a run."""

ATTRIBUTION_ADVERBIALS: tuple[str, ...] = (
    "in closing",
    "in conclusion",
    "in summary",
    "in response",
    "in reply",
    "in return",
    "in turn",
    "later",
    "afterwards",
    "again",
    "too",
    "as well",
    "at the end",
    "at the end of the discussion",
    "at the end of the session",
    "at the end of the meeting",
    "toward the end",
    "towards the end",
    "at one point",
    "at the outset",
    "at the start",
    "at first",
    "firmly",
    "emphatically",
    "repeatedly",
    "bluntly",
    "frankly",
    "candidly",
)
"""Adverbials after a reporting verb that belong to the attribution, not the claim.

``..., one scholar suggested in closing, adding that ...``: the claim is the
part before, and ``in closing`` is neither its content nor the start of a new one.
"""

COORDINATORS: tuple[str, ...] = (
    "and",
    "but",
    "and then",
    "but also",
    "and also",
    "and instead",
    "while also",
)
"""Words joining a second reporting verb to the first one's speaker: ``argued ... and instead advocated``."""

CLAUSE_HEADS: tuple[str, ...] = (
    "that",
    "how",
    "why",
    "what",
    "whether",
    "where",
    "when",
    "if",
    "which",
    "who",
)
"""Words that open the clause a ``needs_clause`` verb must take to report a claim."""

GERUND_LINKS: tuple[str, ...] = ("by", "and", "while", "before", "after", "when")
"""Words that may introduce a reporting verb in -ing form carrying on its sentence's speaker."""

RELATIVE_PRONOUNS: tuple[str, ...] = ("which", "what")
"""``..., which a panelist said suggests ...``: the claim is the sentence around the attribution."""

CLAUSE_LINKS: tuple[str, ...] = (
    "which",
    "who",
    "whose",
    "where",
    "and",
    "but",
    "or",
    "yet",
    "so",
    "although",
    "though",
    "while",
    "whereas",
    "as",
    "because",
    "since",
)
"""Words opening a clause that carries on a claim's content after an attribution (``, which ...``)."""

NOT_PARTICIPLES: tuple[str, ...] = (
    "nothing",
    "something",
    "anything",
    "everything",
    "during",
    "thing",
    "things",
    "bring",
    "king",
    "spring",
    "morning",
    "evening",
    "ceiling",
    "string",
)
"""Words ending in ``-ing`` that open no participle phrase.

``... would pay a price, the panelist noted, pointing to ...``: like the
words of :data:`CLAUSE_LINKS`, a participle after a cut-out attribution
starts a phrase of its own, so the claim text keeps its comma.
"""

DANGLING_LINKS: tuple[str, ...] = ("and", "but", "or", "although", "though", "while", "whereas", "as", "with")
"""Conjunctions left at the end of a claim's text when the next attribution is cut off; they are dropped."""

CONTRAST_LINKS: tuple[str, ...] = ("while", "whereas", "but", "and", "yet", "however", "though", "although")
"""Words after which a lone quantifier or pronoun may name a new speaker (``..., while others argued``)."""

SUBORDINATORS: tuple[str, ...] = (
    "while",
    "although",
    "though",
    "even though",
    "whereas",
    "as",
    "since",
    "because",
    "if",
    "even as",
    "just as",
)
"""Words that open a subordinate clause holding a claim: ``While the scholars acknowledged that ..., X``."""

CLAUSE_OPENERS: tuple[str, ...] = (
    *SUBORDINATORS,
    "and",
    "but",
    "yet",
    "so",
    "or",
    "nor",
    "then",
    "however",
    "meanwhile",
    "finally",
    "moreover",
    "furthermore",
    "additionally",
    "still",
    "instead",
    "indeed",
    "similarly",
    "likewise",
    "consequently",
    "thus",
    "hence",
    "therefore",
    "nonetheless",
    "nevertheless",
    "also",
    "in addition",
    "in contrast",
    "in response",
    "in turn",
    "as a result",
    "for example",
    "for instance",
    "on the other hand",
    "at the same time",
    "by contrast",
    "that",
    "but that",
)
"""Words after which a new clause, and so a new speaker, may begin."""

NUMBER_WORDS: tuple[str, ...] = (
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
)
"""Numerals that count the members of a group of speakers (``two American scholars``)."""

NUMERAL_DETERMINER_FRAMES: tuple[str, ...] = (
    "{n}",
    "the {n}",
    "all {n}",
    "all the {n}",
    "all {n} of the",
    "{n} of the",
    "{n} other",
    "the {n} other",
)
"""How a numeral combines with other determiners (``all three panelists``, ``two of the experts``)."""


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


SPEAKER_DETERMINERS: dict[str, str] = {
    **_numeral_determiners(),
    "one": "indefinite",
    "a": "indefinite",
    "an": "indefinite",
    "another": "indefinite",
    "one other": "indefinite",
    "a second": "indefinite",
    "a third": "indefinite",
    "a fourth": "indefinite",
    "one of the": "indefinite",
    "one of the other": "indefinite",
    "the other": "indefinite",
    "each": "indefinite",
    "each of the": "indefinite",
    "the": "definite",
    "this": "definite",
    "these": "definite",
    "the same": "definite",
    "several": "indefinite",
    "some": "indefinite",
    "many": "indefinite",
    "most": "indefinite",
    "few": "indefinite",
    "a few": "indefinite",
    "other": "indefinite",
    "numerous": "indefinite",
    "various": "indefinite",
    "multiple": "indefinite",
    "certain": "indefinite",
    "all": "indefinite",
    "all the": "definite",
    "all of the": "definite",
    "both": "indefinite",
    "both the": "definite",
    "both of the": "definite",
    "most of the": "indefinite",
    "many of the": "indefinite",
    "some of the": "indefinite",
    "several of the": "indefinite",
    "a few of the": "indefinite",
    "a number of": "indefinite",
    "a majority of": "indefinite",
    "the majority of": "indefinite",
    "the majority of the": "indefinite",
    "a majority of the": "indefinite",
    "a minority of": "indefinite",
    "a minority of the": "indefinite",
    "a number of the": "indefinite",
    "a group of": "indefinite",
    "a couple of": "indefinite",
    "a handful of": "indefinite",
    "virtually all": "indefinite",
    "nearly all": "indefinite",
    "almost all": "indefinite",
    "virtually all of the": "definite",
    "nearly all of the": "definite",
}
"""Quantifiers and determiners before a role noun, and whether they start a new speaker."""

INDIVIDUAL_DETERMINERS: frozenset[str] = frozenset(
    {
        "one",
        "a",
        "an",
        "another",
        "one other",
        "a second",
        "a third",
        "a fourth",
        "one of the",
        "one of the other",
        "each",
        "each of the",
        "only one",
        "just one",
    }
)
"""Determiners that make the mention one person even before a plural noun (``one of the scholars``)."""

ROLE_MODIFIERS: tuple[str, ...] = (
    "senior",
    "former",
    "retired",
    "leading",
    "prominent",
    "distinguished",
    "other",
    "fellow",
    "visiting",
    "young",
    "younger",
    "junior",
    "veteran",
    "military",
    "government",
    "think tank",
    "think-tank",
    "academic",
    "nuclear",
    "security",
    "policy",
    "economic",
    "legal",
    "foreign",
    "foreign policy",
    "regional",
    "independent",
    "american-based",
    "chinese-american",
    "arms control",
    "well-known",
)
"""Modifiers that may stand before a role noun (``a retired Chinese military official``).

Any other single word may stand there too, lower case or capitalized
(``a former American naval officer``, ``one Southeast Asia specialist``),
unless it is a function word (:data:`NOT_MODIFIERS`, a determiner, a clause
opener), a nationality (read as the speaker's) or a possessive (``the ruling
party's lawmakers`` are people outside the room). This list holds the
multi-word modifiers and the words those rules would otherwise refuse.
"""

MAX_MODIFIERS = 4
"""How many modifiers may stand between determiner and role noun (``one former American naval officer``)."""

NOT_MODIFIERS: frozenset[str] = frozenset(
    {
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "of",
        "in",
        "on",
        "at",
        "to",
        "from",
        "by",
        "for",
        "with",
        "about",
        "among",
        "between",
        "as",
        "and",
        "or",
        "but",
        "nor",
        "yet",
        "so",
        "if",
        "while",
        "whereas",
        "although",
        "though",
        "because",
        "since",
        "than",
        "who",
        "whom",
        "whose",
        "which",
        "what",
        "where",
        "when",
        "how",
        "why",
        "whether",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "him",
        "her",
        "his",
        "its",
        "their",
        "them",
        "our",
        "us",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "should",
        "shall",
        "not",
        "no",
        "also",
        "then",
        "however",
    }
)
"""Function words that never modify a role noun, so a speaker noun phrase cannot run across them."""


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


ROLE_NOUNS: tuple[RoleNoun, ...] = (
    RoleNoun("participant", "participants"),
    RoleNoun("panelist", "panelists"),
    RoleNoun("panellist", "panellists"),
    RoleNoun("discussant", "discussants"),
    RoleNoun("speaker", "speakers"),
    RoleNoun("attendee", "attendees"),
    RoleNoun("presenter", "presenters"),
    RoleNoun("commentator", "commentators"),
    RoleNoun("respondent", "respondents"),
    RoleNoun("delegate", "delegates"),
    RoleNoun("guest", "guests"),
    RoleNoun("member", "members"),
    RoleNoun("scholar", "scholars"),
    RoleNoun("expert", "experts"),
    RoleNoun("analyst", "analysts"),
    RoleNoun("specialist", "specialists"),
    RoleNoun("researcher", "researchers"),
    RoleNoun("academic", "academics"),
    RoleNoun("professor", "professors"),
    RoleNoun("official", "officials"),
    RoleNoun("representative", "representatives"),
    RoleNoun("diplomat", "diplomats"),
    RoleNoun("practitioner", "practitioners"),
    RoleNoun("observer", "observers"),
    RoleNoun("economist", "economists"),
    RoleNoun("officer", "officers"),
    RoleNoun("strategist", "strategists"),
    RoleNoun("journalist", "journalists"),
    RoleNoun("lawmaker", "lawmakers"),
    RoleNoun("legislator", "legislators"),
    RoleNoun("veteran", "veterans"),
    RoleNoun("envoy", "envoys"),
    RoleNoun("ambassador", "ambassadors"),
    RoleNoun("negotiator", "negotiators"),
    RoleNoun("adviser", "advisers"),
    RoleNoun("advisor", "advisors"),
    RoleNoun("historian", "historians"),
    RoleNoun("lawyer", "lawyers"),
    RoleNoun("scientist", "scientists"),
    RoleNoun("engineer", "engineers"),
    RoleNoun("executive", "executives"),
    RoleNoun("fellow", "fellows"),
    RoleNoun("general", "generals"),
    RoleNoun("admiral", "admirals"),
    RoleNoun("colonel", "colonels"),
    RoleNoun("counterpart", "counterparts"),
    RoleNoun("partner", "partners"),
    RoleNoun("co-chair", "co-chairs", kind_class="moderator"),
    RoleNoun("interlocutor", "interlocutors"),
    RoleNoun("colleague", "colleagues"),
    RoleNoun("student", "students"),
    RoleNoun("policymaker", "policymakers"),
    RoleNoun("businessman", "businessmen"),
    RoleNoun("businesswoman", "businesswomen"),
    RoleNoun("chairman", "chairmen", kind_class="moderator"),
    RoleNoun("chairwoman", "chairwomen", kind_class="moderator"),
    RoleNoun("moderator", "moderators", kind_class="moderator"),
    RoleNoun("chair", "chairs", kind_class="moderator"),
    RoleNoun("host", "hosts", kind_class="host"),
    RoleNoun("side", "sides", kind_class="side", collective=True),
    RoleNoun("delegation", "delegations", kind_class="side", collective=True),
    *(
        RoleNoun(noun, noun + "s", kind_class="event", collective=True)
        for noun in (
            "conference",
            "seminar",
            "forum",
            "workshop",
            "symposium",
            "dialogue",
            "roundtable",
            "panel",
            "event",
            "meeting",
            "session",
            "group",
        )
    ),
)
"""Role nouns of the genre, singular (the ``role`` value) and plural.

Nouns of class ``event`` (``the conference concluded that ...``) are the voice
of a conference report: a group claim of its participants, whose role is the
noun the text last used for them (else ``participant``), as the spec settles.

Nouns outside this table still name a speaker when they look like person
nouns (:data:`PERSON_NOUN_SUFFIXES`); the table holds the frequent ones, the
irregular plurals and the nouns whose class is not ``participant``.
"""

PERSON_NOUN_SUFFIXES: tuple[str, ...] = ("ist", "ian", "er", "or", "ant", "ent")
"""Endings of nouns for people (``economist``, ``historian``, ``researcher``, ``consultant``).

A word with one of these endings, or the same plus ``s`` for the plural, is
taken as a role noun unless :data:`NOT_PERSON_NOUNS` lists it or it is a
nationality or region word (``Asian``); words ending in ``ment`` never are.
"""

NOT_PERSON_NOUNS: frozenset[str] = frozenset(
    {
        # -ist
        "list",
        "blacklist",
        "checklist",
        "shortlist",
        "watchlist",
        "whitelist",
        "wishlist",
        "playlist",
        "twist",
        "exist",
        "assist",
        "insist",
        "resist",
        "persist",
        "consist",
        "subsist",
        "desist",
        "mist",
        "fist",
        "wrist",
        "gist",
        # -ian
        "asian",
        "eurasian",
        "caucasian",
        "median",
        "meridian",
        "draconian",
        "utopian",
        "orwellian",
        # -er
        "other",
        "another",
        "former",
        "latter",
        "number",
        "order",
        "border",
        "matter",
        "center",
        "centre",
        "letter",
        "paper",
        "power",
        "water",
        "chapter",
        "quarter",
        "corner",
        "summer",
        "winter",
        "answer",
        "danger",
        "barrier",
        "cancer",
        "filter",
        "layer",
        "cluster",
        "register",
        "carrier",
        "trigger",
        "manner",
        "shelter",
        "theater",
        "theatre",
        "character",
        "disaster",
        "minister",
        "leader",
        "premier",
        "ruler",
        "whether",
        "either",
        "neither",
        "rather",
        "further",
        "together",
        "however",
        "whatever",
        "whoever",
        "whenever",
        "wherever",
        "never",
        "ever",
        "over",
        "under",
        "after",
        "later",
        "earlier",
        "better",
        "greater",
        "larger",
        "smaller",
        "higher",
        "lower",
        "longer",
        "stronger",
        "weaker",
        "closer",
        "wider",
        "broader",
        "deeper",
        "harder",
        "easier",
        "faster",
        "slower",
        "clearer",
        "fewer",
        "newer",
        "older",
        "younger",
        "bigger",
        "tougher",
        "riskier",
        "safer",
        "cheaper",
        "richer",
        "poorer",
        "sooner",
        "river",
        "tower",
        "silver",
        "fiber",
        "lumber",
        "timber",
        "offer",
        "cover",
        "super",
        "proper",
        "sheer",
        "clever",
        "bitter",
        "tender",
        "diaper",
        "ledger",
        "quieter",
        # -or
        "sector",
        "factor",
        "error",
        "mirror",
        "motor",
        "vector",
        "floor",
        "door",
        "corridor",
        "tractor",
        "monitor",
        "reactor",
        "indicator",
        "accelerator",
        "harbor",
        "harbour",
        "labor",
        "labour",
        "favor",
        "favour",
        "honor",
        "honour",
        "color",
        "colour",
        "rumor",
        "rumour",
        "behavior",
        "behaviour",
        "major",
        "minor",
        "interior",
        "exterior",
        "superior",
        "inferior",
        "prior",
        "junior",
        "senior",
        "anterior",
        "posterior",
        "terror",
        "horror",
        "tumor",
        "neighbor",
        "neighbour",
        "vigor",
        "rigor",
        "ardor",
        "armor",
        "armour",
        "valor",
        "anchor",
        "manor",
        # -ant
        "important",
        "relevant",
        "significant",
        "giant",
        "plant",
        "constant",
        "instant",
        "want",
        "grant",
        "pleasant",
        "dominant",
        "covenant",
        "variant",
        "restaurant",
        "elephant",
        "implant",
        "pollutant",
        "reluctant",
        "distant",
        "abundant",
        "elegant",
        "tolerant",
        "redundant",
        "vigilant",
        "arrogant",
        "brilliant",
        "radiant",
        "resultant",
        "extant",
        "vacant",
        "ant",
        "chant",
        "slant",
        "rant",
        "cant",
        "scant",
        # -ent
        "president",
        "event",
        "percent",
        "incident",
        "element",
        "content",
        "extent",
        "intent",
        "present",
        "recent",
        "different",
        "current",
        "urgent",
        "patent",
        "talent",
        "component",
        "accident",
        "precedent",
        "deterrent",
        "segment",
        "consent",
        "descent",
        "dissent",
        "cent",
        "rent",
        "tent",
        "advent",
        "torrent",
        "fluent",
        "frequent",
        "permanent",
        "prominent",
        "independent",
        "apparent",
        "evident",
        "efficient",
        "sufficient",
        "consistent",
        "persistent",
        "excellent",
        "intelligent",
        "competent",
        "transparent",
        "subsequent",
        "consequent",
        "equivalent",
        "prevalent",
        "ambivalent",
        "eminent",
        "imminent",
        "latent",
        "silent",
        "violent",
        "ancient",
        "decent",
        "innocent",
        "magnificent",
        "confident",
        "convenient",
        "coherent",
        "inherent",
        "adjacent",
        "absent",
        "affluent",
        "continent",
        "parliament",
        "went",
        "spent",
        "sent",
        "meant",
        "lent",
        "bent",
        "scent",
        "dent",
        "vent",
        "gent",
    }
)
"""Words with a person-noun ending that are not people, or not the participants of a roundtable.

Heads of state and government (``president``, ``minister``, ``leader``) are
listed because when the narrator reports them (``the president said``) the
statement is an event, not a participant's claim.
"""

GENERIC_ROLES: frozenset[str] = frozenset(
    {"participant", "panelist", "panellist", "discussant", "speaker", "scholar", "attendee", "member"}
)
"""Role nouns a definite anaphor may use for any participant (``the discussant`` -> ``one panelist``).

A definite mention with another role noun (``the expert``, ``the officer``)
points back only to a speaker holding that role.
"""

SEAT_ROLES: frozenset[str] = GENERIC_ROLES - {"scholar"}
"""Generic role nouns that name a seat at the table, which every speaker holds.

``the discussant`` continues the most recent anonymous speaker (``a
panelist``) even past an earlier ``a discussant``; ``the Chinese scholar``,
an occupation, first looks for the last scholar, past a nearer participant.
"""

BARE_PLURAL_ROLES: frozenset[str] = frozenset(
    {
        "participants",
        "panelists",
        "panellists",
        "discussants",
        "speakers",
        "attendees",
        "presenters",
        "commentators",
        "delegates",
        "scholars",
        "experts",
        "analysts",
        "economists",
        "specialists",
        "researchers",
        "academics",
        "representatives",
        "officials",
        "diplomats",
        "observers",
        "policymakers",
        "leaders",
        "partners",
        "co-chairs",
    }
)
"""Plurals that name a group of participants with no determiner (``Panelists agreed``)."""

ELLIPTICAL_SUBJECTS: dict[str, str] = {
    "one": "individual",
    "another": "individual",
    "one other": "individual",
    "the other": "individual",
    "a second": "individual",
    "the first": "individual",
    "the second": "individual",
    "others": "group",
    "some": "group",
    "many": "group",
    "several": "group",
    "most": "group",
    "a few": "group",
    "both": "group",
    "all": "group",
    **{f"all {n}": "group" for n in NUMBER_WORDS},
}
"""Quantifiers standing alone for a speaker (``Another argued``, ``while others contended``).

The left-out noun is the previous speaker's: ``One Chinese scholar said ...
Another argued ...`` is another Chinese scholar, and ``Two Indian analysts
differed. The first argued ...`` is one of the two.
"""

PARTITIVE_SUBJECTS: dict[str, str] = {
    "one of them": "individual",
    "another of them": "individual",
    "one of these": "individual",
    "one of those": "individual",
    "two of them": "group",
    "three of them": "group",
    "some of them": "group",
    "several of them": "group",
    "many of them": "group",
    "most of them": "group",
    "a few of them": "group",
    "a couple of them": "group",
    "all of them": "same",
    "both of them": "same",
}
"""``one of them stressed``: part of the last group that spoke, a new speaker with its nationality and role.

``same`` marks the partitives that name the whole group (``all of them``),
which continue it like ``they``.
"""

PRONOUNS: dict[str, str] = {"he": "individual", "she": "individual", "they": "group"}
"""Personal pronouns that may stand for a speaker, and the kind they refer back to."""

NAME_HONORIFICS: tuple[str, ...] = ("Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Professor", "Ambassador", "Amb.")
"""Titles that make the next capitalized word a person's name even when the text lists no such person.

A narrow subset of :data:`roundtables.parse.vocabulary.HONORIFICS` (which
also holds ``Former``, ``Vice``, ``General`` ...): only these never open a
capitalized phrase that is not a name. The titles that may stand before a
listed person's name are that vocabulary list itself.
"""

NAME_ABBREVIATIONS: tuple[str, ...] = (
    "U.S", "Dr", "Mr", "Ms", "Mrs", "St", "Prof", "Jr", "Sr", "No", "ret", "Gen", "Amb", "Adm", "Col", "Lt",
    "Maj", "Sen", "Rep", "Gov", "Hon", "Capt",
)  # fmt: skip
"""Abbreviations (written without their full stop) whose stop, like an initial's, ends no sentence in a
list of people or a person's introduction (``Amb. Kim``, ``Robert Smith Jr., ...``, ``Gen. (ret.) Lee``)."""


SENTENCE_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "no",
        "nos",
        "gen",
        "lt",
        "col",
        "capt",
        "adm",
        "maj",
        "sgt",
        "amb",
        "sen",
        "rep",
        "gov",
        "rev",
        "hon",
        "vs",
        "v",
        "fig",
        "vol",
        "pp",
        "cf",
        "approx",
        "dept",
        "univ",
        "e.g",
        "i.e",
        "viz",
    }
)
"""Words (without their final full stop) after which a full stop never ends a sentence."""

AMBIGUOUS_ABBREVIATIONS: frozenset[str] = frozenset(
    {"jr", "sr", "etc", "inc", "co", "corp", "ltd", "al", "p.m", "a.m"}
)
"""Abbreviations that may or may not close a sentence: they do only before a typical sentence opener.

Dotted capitals (``U.S.``, ``U.K.``, ``D.C.``) and single initials (``H.``)
are treated the same way without being listed.
"""

SENTENCE_OPENERS: frozenset[str] = frozenset(
    {
        "the",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "in",
        "on",
        "at",
        "as",
        "but",
        "however",
        "yet",
        "and",
        "so",
        "while",
        "although",
        "though",
        "meanwhile",
        "moreover",
        "furthermore",
        "additionally",
        "finally",
        "since",
        "because",
        "if",
        "when",
        "there",
        "here",
        "such",
        "many",
        "most",
        "some",
        "several",
        "both",
        "all",
        "one",
        "another",
        "a",
        "an",
        "panelists",
        "participants",
        "discussants",
        "speakers",
        "experts",
        "scholars",
        "according",
        "after",
        "before",
        "during",
        "for",
        "with",
        "without",
    }
)
"""Words that, capitalized, open a new sentence after an abbreviation (``... to the U.S. The next ...``)."""

NARRATION_SUBJECTS: tuple[str, ...] = (
    "the discussion",
    "the conversation",
    "the session",
    "the panel",
    "the roundtable",
    "the meeting",
    "the dialogue",
    "the event",
    "the workshop",
    "the seminar",
    "the conference",
    "the briefing",
    "the lecture",
    "this event",
    "this discussion",
    "this roundtable",
    "the debate",
    "the exchange",
    "the keynote",
    "the keynote speech",
    "the keynote address",
    "the opening speech",
    "the opening remarks",
    "the closing remarks",
    "the forum",
    "the symposium",
)
"""Openings of the narrator describing the event itself: never a claim, and they end a speaker's run."""

DISCOURSE_NOUNS: tuple[str, ...] = (
    "view",
    "views",
    "agreement",
    "consensus",
    "debate",
    "debates",
    "discussion",
    "discussions",
    "conversation",
    "question",
    "questions",
    "point",
    "points",
    "disagreement",
    "disagreements",
    "opinion",
    "opinions",
    "sentiment",
    "assessment",
    "assessments",
    "exchange",
    "focus",
    "attention",
    "talk",
)
"""Nouns for the discussion itself: as a sentence's subject (``This view was widely shared``) or after
``There was`` (``There was broad agreement that ...``) they make the narrator's meta-sentence."""

DISCOURSE_VERBS: tuple[str, ...] = (
    "was",
    "were",
    "has",
    "have",
    "had",
    "differed",
    "diverged",
    "varied",
    "remained",
    "turned",
    "moved",
    "shifted",
    "focused",
    "centered",
    "ended",
    "began",
    "continued",
    "returned",
)
"""Verbs after a discourse noun that make the sentence narration (``views differed``, ``talk turned``)."""

DISCOURSE_PAST_FORMS: tuple[str, ...] = (
    "drew",
    "went",
    "took",
    "came",
    "got",
    "grew",
    "led",
    "left",
    "fell",
    "found",
    "made",
    "brought",
    "gave",
    "saw",
    "stood",
    "became",
    "ran",
    "met",
    "struck",
    "won",
    "lost",
    "kept",
    "held",
    "began",
    "spurred",
    "stirred",
)
"""Irregular past forms that, like any ``-ed`` verb, make ``The question drew no answer`` narration: a
discourse noun after ``the``/``this`` with a past-tense verb tells what happened in the room."""

AGENTLESS_PASSIVE_LEMMAS: frozenset[str] = frozenset(
    {
        "agree",
        "emphasize",
        "emphasise",
        "stress",
        "note",
        "suggest",
        "argue",
        "feel",
        "believe",
        "point out",
        "observe",
        "acknowledge",
        "propose",
        "recommend",
        "conclude",
        "underline",
        "underscore",
        "highlight",
        "say",
        "state",
        "urge",
        "warn",
        "caution",
        "concede",
        "affirm",
        "reaffirm",
        "reiterate",
        "assert",
        "contend",
        "insist",
        "maintain",
        "hope",
        "fear",
    }
)
"""``It was generally agreed that ...``: verbs whose agentless passive reports the participants' view.

The spec counts it as a claim of the participants as a group. Verbs of news
narration (``It was reported that``, ``It was expected that``) are left out:
their passive states what happened, not what anyone in the room argued.
"""

TOPIC_VERBS: tuple[str, ...] = (
    "discussed",
    "addressed",
    "spoke about",
    "spoke on",
    "spoke of",
    "talked about",
    "focused on",
    "focused her remarks on",
    "focused his remarks on",
    "turned to",
    "reflected on",
    "touched on",
    "touched upon",
    "elaborated on",
    "presented on",
    "gave an overview of",
    "gave a presentation on",
    "opened with",
)
"""``Ambassador Kim discussed the status of North Korea.``: a speaker takes the floor on a topic.

The sentence is no claim (its object is a topic, not a view), but the
unattributed sentences after it in the same paragraph carry that speaker's
argument, as after a reporting verb.
"""

NAMING_LEMMAS: frozenset[str] = frozenset({"call", "label", "term"})
"""Verbs that report outside a relative clause only as ``called X a Y``: the naming is the view."""

PROPOSITION_NOUNS: tuple[str, ...] = (
    "narrative",
    "idea",
    "notion",
    "claim",
    "claims",
    "view",
    "views",
    "argument",
    "suggestion",
    "assertion",
    "charge",
    "charges",
    "fear",
    "fears",
    "concern",
    "concerns",
    "criticism",
    "proposition",
    "premise",
    "assumption",
    "perception",
    "perceptions",
    "belief",
    "theory",
    "allegation",
    "allegations",
)
"""``dismissed the narrative that ...``, ``rejected the view that ...``: a noun for a proposition,
whose ``that`` clause is what the speaker rejects or endorses."""

FLOOR_VERBS: tuple[str, ...] = (
    "delivered",
    "gave",
    "presented",
    "began",
    "opened",
    "kicked off",
    "spoke",
    "addressed",
    "followed",
    "closed",
    "concluded",
    *(
        f"made {determiner} {speech}"
        for determiner in ("his", "her", "their", "a", "the")
        for speech in ("speech", "keynote speech", "keynote", "presentation", "remarks", "opening remarks")
    ),
    "made remarks",
    "made comments",
    "made opening remarks",
    "made closing remarks",
)
"""``X delivered the keynote``, ``X began proceedings with a speech``, ``X made his keynote speech``: a
named person taking the floor is a speaker of the event, though the sentence reports no view (see
:data:`TOPIC_VERBS` too)."""

QUESTION_VERBS: tuple[str, ...] = ("asked", "wondered", "inquired", "enquired")
"""Verbs of a reported question: ``Some in the audience asked whether ...`` ends the speaker's run."""

QUESTION_LEMMAS: frozenset[str] = frozenset({"ask", "wonder"})
"""Verbs that report a question, never a claim: ``asked whether ...``, ``wondered how ...``."""

POST_PREPOSITIONS: tuple[str, ...] = ("from", "in", "at", "among", "within", "to", "on")
"""Prepositions of a speaker's post-modifier: ``participants from all four countries``."""

POST_MODIFIER_NOUNS: tuple[str, ...] = (
    "countries",
    "sides",
    "nations",
    "delegations",
    "parties",
    "communities",
    "community",
    "room",
    "audience",
    "region",
    "regions",
    "field",
    "fields",
    "governments",
    "government",
    "institutions",
    "universities",
    "think tanks",
    "organizations",
    "world",
    "camp",
    "camps",
    "conference",
    "dialogue",
    "forum",
    "seminar",
    "meeting",
    "roundtable",
    "workshop",
    "summit",
    "talks",
    "event",
    "relations",
    "affairs",
    "issues",
    "policy",
)
"""Nouns that may close a speaker's post-modifier; a capitalized word may too (``experts at Fudan``).

Only these end one, so a following verb or its object is never read into the speaker."""

TOPIC_POST_NOUNS: frozenset[str] = frozenset({"relations", "affairs", "issues", "policy"})
"""Post-modifiers ending in one of these name a field, not an origin: ``experts on US-China relations``
have no nationality from it (``experts from China`` have)."""

POST_MODIFIER_WORDS: tuple[str, ...] = ("alike", "present")
"""Words after a speaker noun that keep it a speaker: ``American and Chinese scholars alike``."""

REGIONAL_NATIONALITIES: dict[str, str] = {"mainland": "CN", "pla": "CN"}
"""Modifiers that give a nationality though they name no country: ``a mainland scholar`` is Chinese."""
