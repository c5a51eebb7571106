"""Sentence shapes beyond the two seeds: second verbs, noun-phrase tags, trailing adverbials, new speakers.

Every text is made up for these tests; the expected cue, text and speaker
fields are read off the sentence by hand.
"""

from __future__ import annotations

from test_claims_patterns import claims_of, summary


def test_reporting_verb_coordinated_after_a_plain_verb() -> None:
    [c] = claims_of("Korean experts welcomed the ceasefire but warned that it may not hold.")
    assert summary(c) == ("warn", "it may not hold", "group", "KR", "expert")
    assert c.speaker.mention == "Korean experts"


def test_plain_verb_coordinated_with_a_plain_verb_is_narration() -> None:
    assert claims_of("Several analysts toured the port and met the harbor master.") == []


def test_coordinated_verb_needs_one_clause_from_its_subject() -> None:
    assert claims_of("The ministers, who met in Lisbon, signed a pact and stressed that it is binding.") == []


def test_said_inside_a_noun_phrase_tag() -> None:
    remarked, said = claims_of(
        "A Norwegian scholar remarked that fishing fleets are moving north, "
        "a trend she said is alarming coastal towns."
    )
    assert summary(remarked) == ("remark", "fishing fleets are moving north", "individual", "NO", "scholar")
    assert (said.cue, said.text, said.speaker.mention) == ("say", "a trend is alarming coastal towns", "she")
    assert said.speaker.key == remarked.speaker.key
    assert (said.sentence_start, said.sentence_end) == (remarked.sentence_start, remarked.sentence_end)


def test_named_speaker_then_pronoun_with_a_second_verb() -> None:
    argued, urged = claims_of("Okafor argued that the levy is low, and she urged a review of the formula.")
    assert (argued.cue, argued.text, argued.speaker.person_id) == ("argue", "the levy is low", "maria-okafor")
    assert (urged.cue, urged.text, urged.speaker.mention) == ("urge", "a review of the formula", "she")
    assert urged.speaker.key == argued.speaker.key
    claims = claims_of("Lind welcomed the plan, but he cautioned that a review takes years.")
    assert [(c.cue, c.text, c.speaker.person_id) for c in claims] == [
        ("caution", "a review takes years", "tomas-lind")
    ]


def test_adverbial_after_a_trailing_verb_is_part_of_the_attribution() -> None:
    suggested, added = claims_of(
        "The levy could be phased in over five years, Okafor suggested in closing, "
        "adding that small ports would be exempt."
    )
    assert (suggested.cue, suggested.text) == ("suggest", "The levy could be phased in over five years")
    assert (added.cue, added.text) == ("add", "small ports would be exempt")
    assert added.speaker.key == suggested.speaker.key
    [later] = claims_of("Rates will stay flat, one panelist said later.")
    assert (later.cue, later.text) == ("say", "Rates will stay flat")


def test_colon_after_a_trailing_verb_keeps_the_elaboration() -> None:
    [c] = claims_of("Costs are the obstacle, one delegate explained: ships burn twice as much fuel.")
    assert (c.cue, c.text) == ("explain", "Costs are the obstacle: ships burn twice as much fuel")


def test_but_with_a_new_speaker_is_an_explicit_claim_of_that_speaker() -> None:
    first, continued, second = claims_of(
        "One Danish economist said that wind power is cheap. "
        "Storage is the hard part. "
        "But a Swedish engineer questioned whether the grid can cope."
    )
    assert (continued.cue, continued.attribution) == (None, "continued")
    assert summary(second) == (
        "question",
        "whether the grid can cope",
        "individual",
        "SE",
        "engineer",
    )
    assert second.attribution == "explicit"
    assert len({first.speaker.key, second.speaker.key}) == 2
    claims = claims_of(
        "But a Swedish engineer questioned whether the grid can cope. "
        "Yet one retired Finnish officer cautioned that cables are exposed."
    )
    assert [(c.cue, c.speaker.nationality, c.speaker.role) for c in claims] == [
        ("question", "SE", "engineer"),
        ("caution", "FI", "officer"),
    ]


def test_an_unknown_new_speaker_ends_the_previous_speakers_run() -> None:
    """``pundit`` is no role noun the reader knows, yet ``a ... questioned whether`` is someone new."""
    claims = claims_of(
        "One Chilean scholar said that copper prices fell. "
        "Exports are weak. "
        "But a Bolivian pundit questioned whether that matters. "
        "Lithium demand is strong."
    )
    assert [(c.cue, c.text) for c in claims] == [("say", "copper prices fell"), (None, "Exports are weak")]
