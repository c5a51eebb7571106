"""Reporting expressions beyond a plain verb, speaker phrases with post-modifiers, narrator meta-sentences.

Every text is made up for these tests; the expected cue, text and speaker
fields are read off the sentence by hand.
"""

from __future__ import annotations

from test_claims_patterns import claims_of, summary


def test_verb_with_object_noun_takes_the_verbs_lemma() -> None:
    voiced, raised, made = claims_of(
        "Two Indonesian delegates voiced concern that fishing quotas are unenforced. "
        "A Thai expert raised the possibility that the canal could be revived. "
        "One Malaysian panelist made the case that ports need new dredging."
    )
    assert summary(voiced) == ("voice", "fishing quotas are unenforced", "group", "ID", "delegate")
    assert summary(raised) == ("raise", "the canal could be revived", "individual", "TH", "expert")
    assert summary(made) == ("make", "ports need new dredging", "individual", "MY", "panelist")


def test_verb_with_object_noun_and_no_clause_is_not_a_claim() -> None:
    assert claims_of("One Thai expert raised the possibility of a second canal.") == []


def test_adjective_predicate_with_a_clause() -> None:
    doubtful, hopeful = claims_of(
        "One Polish analyst was skeptical that the pipeline would open on time. "
        "Several engineers were cautiously optimistic that repairs could finish by May."
    )
    assert summary(doubtful) == (
        "be skeptical",
        "the pipeline would open on time",
        "individual",
        "PL",
        "analyst",
    )
    assert summary(hopeful) == ("be optimistic", "repairs could finish by May", "group", None, "engineer")


def test_adjective_predicate_without_a_clause_is_not_a_claim() -> None:
    assert claims_of("One Polish analyst was skeptical of the pipeline.") == []


def test_reported_question_is_no_claim_and_ends_the_run() -> None:
    [warned] = claims_of(
        "A Chilean economist warned that copper prices would fall. "
        "One attendee asked whether the mines could survive a slump. "
        "Some in the back of the hall wondered if the tax would rise. "
        "The smelters are already losing money."
    )
    assert summary(warned)[0:2] == ("warn", "copper prices would fall")


def test_question_put_to_someone_and_narrators_question_are_not_claims() -> None:
    assert (
        claims_of("The chair asked the panelists whether tariffs would stay. Would the tariffs stay?") == []
    )


def test_second_speaker_in_a_relative_clause_after_the_content() -> None:
    stated, called, labelled = claims_of(
        "Bolivian participants stated that the lithium deal was final, which one of them called a "
        "historic bargain. A Peruvian scholar noted that exports had doubled, which she dismissed as "
        "a temporary spike."
    )[:3]
    assert summary(stated) == ("state", "the lithium deal was final", "group", "BO", "participant")
    assert summary(called) == ("call", "a historic bargain", "individual", "BO", "participant")
    assert called.speaker.key != stated.speaker.key
    assert (labelled.cue, labelled.text) == ("note", "exports had doubled")


def test_dismiss_in_a_relative_clause_is_a_claim_of_the_pronoun() -> None:
    noted, dismissed = claims_of(
        "A Peruvian scholar noted that exports had doubled, which she dismissed as a temporary spike."
    )
    assert (dismissed.cue, dismissed.text) == ("dismiss", "a temporary spike")
    assert dismissed.speaker.key == noted.speaker.key


def test_called_outside_a_relative_clause_is_no_claim() -> None:
    assert claims_of("One analyst called the minister and booked a flight.") == []


def test_participle_after_a_plain_verb_names_a_new_speaker() -> None:
    first, warned, predicted = claims_of(
        "Chen Wei argued that the grid is stable. "
        "A mainland engineer went further, warning that blackouts could spread. "
        "This engineer also predicted that prices would double."
    )
    assert first.speaker.person_id == "chen-wei"
    assert summary(warned) == ("warn", "blackouts could spread", "individual", "CN", "engineer")
    assert warned.speaker.mention == "A mainland engineer"
    assert predicted.speaker.key == warned.speaker.key
    assert predicted.speaker.key != first.speaker.key


def test_passive_with_an_agent_is_the_agents_claim_without_one_the_participants() -> None:
    noted, c = claims_of(
        "It was noted that the harbor is busy. "
        "It was pointed out by a Greek participant that freight rates had tripled. "
        "Concerns were raised that insurers would withdraw."
    )
    assert summary(noted) == ("note", "the harbor is busy", "group", None, "participant")
    assert noted.speaker.mention == "It was noted"
    assert summary(c) == ("point out", "freight rates had tripled", "individual", "GR", "participant")


def test_agentless_passive_takes_the_last_noun_for_the_participants_and_a_new_key() -> None:
    argued, agreed, again = claims_of(
        "Twelve economists met in Lisbon. Most economists argued that rates would fall. "
        "It was generally agreed that the euro is undervalued. "
        "It was also emphasized that reforms must continue."
    )
    assert summary(agreed) == ("agree", "the euro is undervalued", "group", None, "economist")
    assert len({argued.speaker.key, agreed.speaker.key, again.speaker.key}) == 3


def test_narration_in_the_passive_is_no_claim() -> None:
    assert (
        claims_of("It was reported that the summit was postponed. It was expected that talks resume.") == []
    )


def test_speaker_with_a_post_modifier_before_the_verb() -> None:
    underscored, worried, felt = claims_of(
        "Participants from all three countries underscored that fisheries are collapsing.",
        "Danish and Swedish economists alike worried that the cable was exposed.",
        "Experts from the Finnish and Estonian shipping communities doubted that ferries would run.",
    )
    assert summary(underscored) == ("underscore", "fisheries are collapsing", "group", None, "participant")
    assert summary(worried) == ("worry", "the cable was exposed", "group", None, "economist")
    assert summary(felt) == ("doubt", "ferries would run", "group", None, "expert")


def test_post_modifier_ends_at_a_place_noun_not_at_the_verbs_object() -> None:
    [c] = claims_of("Analysts in the room felt that the rally would fade.")
    assert summary(c) == ("feel", "the rally would fade", "group", None, "analyst")
    assert c.speaker.mention == "Analysts in the room"


def test_according_to_after_an_opening_conjunction_and_though_others() -> None:
    said, according, claimed, warned = claims_of(
        "A Kenyan discussant said that the rail line pays for itself. "
        "But according to this discussant, the debt is a burden. "
        "Several analysts claimed that freight would grow, though others warned that demand is flat."
    )
    assert (according.cue, according.text) == ("accord", "the debt is a burden")
    assert according.speaker.key == said.speaker.key
    assert (claimed.cue, warned.cue, warned.text) == ("claim", "warn", "demand is flat")
    assert warned.speaker.kind == "group" and warned.speaker.key != claimed.speaker.key


def test_narrator_meta_sentences_end_the_speakers_run() -> None:
    for meta in (
        "This view was widely shared.",
        "Yet even among them, views differed on the timing.",
        "The conversation turned to shipping.",
    ):
        claims = claims_of(
            f"A Norwegian expert argued that cod stocks are recovering. {meta} Quotas will rise."
        )
        assert [c.cue for c in claims] == ["argue"], meta


def test_present_tense_question_sentence_still_continues_the_argument() -> None:
    argued, carried = claims_of(
        "A Norwegian expert argued that cod stocks are recovering. The question is whether quotas will rise."
    )
    assert (carried.cue, carried.attribution) == (None, "continued")
    assert carried.speaker.key == argued.speaker.key


def test_speaker_in_a_clause_without_content_is_registered() -> None:
    first, emphasized = claims_of(
        "One Irish participant said that farm subsidies distort trade. "
        "A Spanish participant made a similar point, although this participant emphasized that "
        "olive growers need relief."
    )
    assert summary(emphasized) == (
        "emphasize",
        "olive growers need relief",
        "individual",
        "ES",
        "participant",
    )
    assert emphasized.speaker.key != first.speaker.key


def test_agreement_without_a_clause_is_no_claim() -> None:
    [made] = claims_of(
        "One Czech participant agreed in part, but made the point that coal plants cannot close quickly."
    )
    assert summary(made) == ("make", "coal plants cannot close quickly", "individual", "CZ", "participant")
    assert claims_of("Several Czech participants agreed with the plan.") == []


def test_claim_text_drops_an_adverb_of_the_attribution_and_a_label_before_a_colon() -> None:
    stated, urged = claims_of(
        "Lithuanian experts stated flatly that the border will stay shut. "
        "One of them urged patience: the talks have only begun."
    )
    assert stated.text == "the border will stay shut"
    assert (urged.cue, urged.text) == ("urge", "the talks have only begun")


def test_as_one_speaker_put_it_before_inside_and_after_the_content() -> None:
    before, inside, after = claims_of(
        "As one Dutch diplomat put it, the levees buy time, not safety, until the sea rises. "
        "The harder question, as a Belgian engineer put it, is who pays. "
        "Flooding will return every decade, as one participant put it."
    )
    assert summary(before) == (
        "put",
        "the levees buy time, not safety, until the sea rises",
        "individual",
        "NL",
        "diplomat",
    )
    assert summary(inside) == ("put", "The harder question is who pays", "individual", "BE", "engineer")
    assert summary(after) == ("put", "Flooding will return every decade", "individual", None, "participant")


def test_put_it_outside_an_as_clause_is_no_cue() -> None:
    [c] = claims_of("The chair put it to a vote, one delegate said.")
    assert (c.cue, c.text) == ("say", "The chair put it to a vote")


def test_as_clause_with_a_plain_reporting_verb_after_the_content() -> None:
    [c] = claims_of("The canal will silt up again, as one Egyptian analyst noted.")
    assert summary(c) == ("note", "The canal will silt up again", "individual", "EG", "analyst")


def test_stance_verbs_report_inside_the_content_or_with_that() -> None:
    doubted, suspected, feared = claims_of(
        "A Swiss banker doubted that the reform would pass. "
        "What the cantons want, this banker suspected, is a veto. "
        "One Austrian official feared that tourism would suffer."
    )
    assert summary(suspected) == ("suspect", "What the cantons want is a veto", "individual", "CH", "banker")
    assert suspected.speaker.key == doubted.speaker.key
    assert summary(feared) == ("fear", "tourism would suffer", "individual", "AT", "official")


def test_stance_verbs_without_a_clause_or_in_the_passive_are_no_claims() -> None:
    assert (
        claims_of(
            "The ministers are expected to meet in June. "
            "One Austrian official expected the ministers to delay. "
            "A suspected leak was reported in May."
        )
        == []
    )


def test_a_participle_after_a_cut_out_attribution_keeps_its_comma() -> None:
    [c] = claims_of("Fishermen will lose the most, one Norwegian expert said, citing falling cod stocks.")
    assert summary(c) == (
        "say",
        "Fishermen will lose the most, citing falling cod stocks",
        "individual",
        "NO",
        "expert",
    )


def test_there_was_agreement_that_is_the_participants_claim() -> None:
    argued, agreed = claims_of(
        "A Norwegian expert argued that cod stocks are recovering. "
        "There was broad agreement that the quota should stay."
    )
    assert summary(agreed) == ("agree", "the quota should stay", "group", None, "participant")
    assert agreed.speaker.key != argued.speaker.key
