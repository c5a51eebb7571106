"""Speaker phrases with post-modifiers and auxiliaries, ``in X's view`` frames, quotes and narrator asides.

Every text is made up for these tests; the expected cue, text and speaker
fields are read off the sentence by hand.
"""

from __future__ import annotations

from test_claims_patterns import claims_of, summary


def test_speaker_with_a_relative_clause_before_a_perfect_verb() -> None:
    [c] = claims_of(
        "A retired naval officer who now lectures in Lisbon has argued that the straits are safe."
    )
    assert summary(c) == ("argue", "the straits are safe", "individual", None, "officer")
    assert c.speaker.mention == "A retired naval officer"


def test_speaker_with_a_relative_clause_set_off_by_commas() -> None:
    [c] = claims_of("One economist, who had worked at a central bank, argued that rates will fall.")
    assert summary(c) == ("argue", "rates will fall", "individual", None, "economist")


def test_speaker_with_a_with_phrase() -> None:
    [c] = claims_of("A delegate with long experience in Hanoi noted that the border is calm.")
    assert summary(c) == ("note", "the border is calm", "individual", None, "delegate")


def test_present_modal_and_negated_verbs_report_with_the_verbs_lemma() -> None:
    present, perfect, modal, negated = claims_of(
        "One Kenyan analyst argues that the railway is too costly. "
        "Two planners have noted that the tracks are old. "
        "A Peruvian engineer would contend that the dam is sound. "
        "One Chilean expert did not believe that the levy would pass."
    )
    assert summary(present) == ("argue", "the railway is too costly", "individual", "KE", "analyst")
    assert summary(perfect) == ("note", "the tracks are old", "group", None, "planner")
    assert summary(modal) == ("contend", "the dam is sound", "individual", "PE", "engineer")
    assert summary(negated) == ("believe", "the levy would pass", "individual", "CL", "expert")


def test_in_someones_view_names_the_speaker_with_cue_view() -> None:
    first, second, third = claims_of(
        "In one Danish expert’s view, the harbor fees are too high. "
        "Ports, in her view, need new cranes. "
        "In the view of the Norwegian delegates, however, the quota is fair."
    )
    assert summary(first) == ("view", "the harbor fees are too high", "individual", "DK", "expert")
    assert summary(second) == ("view", "Ports need new cranes", "individual", "DK", "expert")
    assert (first.attribution, second.speaker.key, second.speaker.mention) == (
        "explicit",
        first.speaker.key,
        "her",
    )
    assert (third.cue, third.speaker.kind, third.speaker.nationality, third.speaker.role) == (
        "view",
        "group",
        "NO",
        "delegate",
    )
    assert third.speaker.key != first.speaker.key


def test_view_as_an_ordinary_noun_is_no_claim() -> None:
    assert claims_of("The view from the harbor is striking. In view of the storm, the ferry stopped.") == []


def test_quoted_words_before_their_speaker_are_the_claim() -> None:
    [c] = claims_of("“The dam is finished,” one Brazilian official said of the new project on the river.")
    assert summary(c) == ("say", "“The dam is finished”", "individual", "BR", "official")


def test_a_narrator_aside_is_no_claim_and_ends_the_run() -> None:
    claims = claims_of(
        "One Omani scholar argued that the strait is open. "
        "The canal, it should be noted, was closed in May. "
        "Tolls have risen since then."
    )
    assert [c.cue for c in claims] == ["argue"]


def test_elliptical_one_and_the_other_after_a_pair_and_all_three() -> None:
    one, other, everyone = claims_of(
        "Two Greek participants disagreed about the ferry. "
        "One held that fares must rise. The other insisted that service must improve. "
        "All three agreed that the port needs money."
    )
    assert summary(one) == ("hold", "fares must rise", "individual", "GR", "participant")
    assert summary(other) == ("insist", "service must improve", "individual", "GR", "participant")
    assert one.speaker.key != other.speaker.key
    assert (everyone.cue, everyone.speaker.kind, everyone.speaker.role) == ("agree", "group", "participant")
    assert everyone.speaker.key not in (one.speaker.key, other.speaker.key)


def test_held_with_a_plain_object_is_no_claim() -> None:
    assert claims_of("One Greek scholar held a seminar on the ferry.") == []


def test_bullets_under_an_attributing_lead_in_are_its_speakers_claims() -> None:
    from roundtables.parse.blocks import Block
    from roundtables.parse.claims import extract_claims

    lead = "Delegates largely agreed on three things:"
    bullets = ["Ferries need new hulls.", "The port is too small.", "Fares should stay low."]
    text = lead + "\n\n" + "".join(f"  • {b}\n" for b in bullets) + "\nThe meeting closed at noon."
    blocks = [Block(0, len(lead), "Findings", None)]
    for b in bullets:
        at = text.index(b)
        blocks.append(Block(at, at + len(b), "Findings", None))
    tail = text.index("The meeting")
    blocks.append(Block(tail, len(text), "Findings", None))
    claims = extract_claims(text, blocks, event_id="ev", people=())
    assert [(c.cue, c.attribution, c.text) for c in claims] == [
        ("agree", "explicit", "Ferries need new hulls"),
        ("agree", "explicit", "The port is too small"),
        ("agree", "explicit", "Fares should stay low"),
    ]
    assert {(c.speaker.mention, c.speaker.kind, c.speaker.role) for c in claims} == {
        ("Delegates", "group", "delegate")
    }
    assert len({c.speaker.key for c in claims}) == 1


def test_went_on_after_the_content_continues_the_same_speaker() -> None:
    said, went_on = claims_of(
        "A Brazilian economist said that exports fell. Prices will recover slowly, the economist went on."
    )
    assert summary(went_on) == ("go on", "Prices will recover slowly", "individual", "BR", "economist")
    assert went_on.speaker.key == said.speaker.key


def test_went_on_to_is_no_cue_of_its_own() -> None:
    [c] = claims_of("A Brazilian economist went on to say that farms will suffer.")
    assert c.cue == "say"


def test_judged_an_object_to_be_reports_like_a_that_clause() -> None:
    [c] = claims_of("Scholars from both sides judged the harvest to be poorer than last year.")
    assert summary(c) == ("judge", "the harvest to be poorer than last year", "group", None, "scholar")


def test_judged_a_plain_object_is_narration() -> None:
    assert claims_of("Scholars from both sides judged the essay contest on Friday.") == []
