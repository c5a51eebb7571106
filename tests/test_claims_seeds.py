"""The claims of the two seed texts, written out by hand from the texts.

Each expected claim gives the opening words of its sentence, its cue (None
for a continued claim), a speaker label and its text. Speaker labels stand
for who is speaking: claims with the same label must share a speaker key,
claims with different labels must not. The blocks are marked by hand too, so
these tests hold the claim extractor alone to the seeds; the last test runs
the whole parser over them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from roundtables.models import Claim
from roundtables.parse.blocks import Block
from roundtables.parse.claims import extract_claims
from roundtables.parse.result import PersonMention

RAW = Path(__file__).resolve().parents[1] / "raw"
SEED_A = "000_61fc81b2dc7eafc8"
SEED_B = "003_5366c535c20e3bee"

Expected = tuple[str, str | None, str, str]
"""(sentence opening, cue, speaker label, text)."""

REACTIONS = "Reactions to North Korean Aggression"
POLICY = "China’s North Korean Policy"
FUTURE = "Opportunities for Future Collaboration"

# (first words, last words, section, topic) of every block of seed A that may carry claims
BLOCKS_A = [
    ("After North Korea’s most recent", "has increased.", None, None),
    ("Carnegie-Tsinghua’s Paul Haenle hosted", "U.S.-China collaboration.", None, None),
    ("The United States is reassessing", "relatively the same.", REACTIONS, None),
    ("One U.S. participant explained", "Obama and Pyongyang.", REACTIONS, "Diplomatic Frustrations"),
    ("While the Chinese scholars", "stability above all.", POLICY, None),
    (
        "A Chinese scholar stated that while",
        "suspicions in Pyongyang, the scholar added.",
        POLICY,
        "Peace and Stability",
    ),
    ("Several scholars agreed", "enable deeper cooperation.", FUTURE, None),
    ("A Chinese scholar stated that Beijing", "a new peace treaty.", FUTURE, "Peaceful Development Strategy"),
]

SPEAKERS_A = {
    "us1": ("individual", "US", "participant"),
    "us2": ("individual", "US", "participant"),
    "cn-scholars": ("group", "CN", "scholar"),
    "panelists": ("group", None, "panelist"),
    "cn-scholars-2": ("group", "CN", "scholar"),
    "cn1": ("individual", "CN", "scholar"),
    "cn2": ("individual", "CN", "scholar"),
    "scholars": ("group", None, "scholar"),
    "cn3": ("individual", "CN", "scholar"),
}

CLAIMS_A: list[Expected] = [
    (
        "The United States is reassessing",
        "say",
        "us1",
        "The United States is reassessing the threat posed by North Korea’s behavior based on the country’s "
        "newly demonstrated technical capabilities and development projections",
    ),
    (
        "However, the threat level",
        None,
        "us1",
        "However, the threat level felt by regional powers varies from country to country",
    ),
    (
        "South Korea’s threat assessment",
        None,
        "us1",
        "South Korea’s threat assessment has not changed dramatically from 2010 levels after the recent "
        "flurry of provocations, as the North’s near-range capacity remained relatively the same",
    ),
    (
        "One U.S. participant explained",
        "explain",
        "us2",
        "in the past, China’s offering of diplomatic engagement and concessions following North Korea’s "
        "provocative behavior, intended to halt North Korea’s nuclear intentions and capabilities, has been "
        "ineffective",
    ),
    ("It has led to", "say", "us2", "It has led to the current U.S. strategy of “strategic patience”"),
    (
        "It has led to",
        "add",
        "us2",
        "the failure of past initiatives discredits China’s appeal for direct dialogue between U.S. "
        "President Barack Obama and Pyongyang",
    ),
    (
        "While the Chinese scholars",
        "acknowledge",
        "cn-scholars",
        "Sino-North Korean relations are not what they used to be",
    ),
    (
        "As a result, several panelists",
        "agree",
        "panelists",
        "China could take more serious measures to impose a cost on North Korean defiance, such as enforcing "
        "UN sanctions",
    ),
    (
        "However, several Chinese scholars",
        "respond",
        "cn-scholars-2",
        "China’s fundamental policy toward the peninsula would remain unchanged, and would favor stability "
        "above all",
    ),
    (
        "A Chinese scholar stated that while",
        "state",
        "cn1",
        "while Beijing acknowledges the danger of North Korean brinkmanship, its goal is still to maintain a "
        "stable relationship with North Korea",
    ),
    (
        "Beijing favors a return",
        "say",
        "cn1",
        "Beijing favors a return to dialogue through the framework of the Six Party Talks",
    ),
    (
        "Beijing favors a return",
        "add",
        "cn1",
        "the United States should not act over-aggressively or use China as a tool "
        "to strangle the Kim regime",
    ),
    (
        "Another Chinese scholar added",
        "add",
        "cn2",
        "there is more opportunity today for U.S.-China cooperation on the North Korea issue due to mutual "
        "interests",
    ),
    (
        "This cooperation cannot",
        "add",
        "cn2",
        "This cooperation cannot be based on the United States exerting pressure on China, which would only "
        "heighten suspicions in Pyongyang",
    ),
    (
        "Several scholars agreed",
        "agree",
        "scholars",
        "the member countries of the Six-Party Talks need to clarify their "
        "respective positions on North Korea",
    ),
    (
        "This will promote",
        None,
        "scholars",
        "This will promote transparency between the powers and enable deeper cooperation",
    ),
    (
        "A Chinese scholar stated that Beijing",
        "state",
        "cn3",
        "Beijing should develop a strategy to provide a “soft landing” for North Korea through market "
        "liberalization and economic development",
    ),
    (
        "This strategy would require",
        None,
        "cn3",
        "This strategy would require China to explicitly state its support for peaceful reunification of the "
        "Korean peninsula and its opposition to the use of force to change the status quo",
    ),
    (
        "The first step, he explained",
        "explain",
        "cn3",
        "The first step would be to replace the broken armistice between North and South Korea with a new "
        "peace treaty",
    ),
]

HIGHLIGHTS = "Discussion Highlights"
BLOCKS_B = [
    ("President Donald Trump confronted", "regional security threat.", None, None),
    ("The Carnegie–Tsinghua Center’s Li Bin", "denuclearized Korean peninsula.", None, None),
    ("This event was off the record.", "This event was off the record.", None, None),
    ("The number of missile", "realistically expected.", HIGHLIGHTS, "North Korea’s Next Steps"),
    ("China’s shared border", "growing larger.", HIGHLIGHTS, "China’s Perception of the North Korean Threat"),
    (
        "Discussants agreed that there",
        "additional sanctions.",
        HIGHLIGHTS,
        "Differing Goals in the Korean Peninsula",
    ),
    ("The Trump administration’s policy", "panelists added.", HIGHLIGHTS, "Trump’s Policy"),
    ("China-U.S. cooperation in", "against each other.", HIGHLIGHTS, "Bilateral Cooperation"),
]

SPEAKERS_B = {
    "p1": ("individual", None, "panelist"),
    "p2": ("individual", None, "panelist"),
    "all-discussants": ("group", None, "discussant"),
    "p3": ("individual", None, "panelist"),
    "p4": ("individual", None, "panelist"),
    "panelists-concluded": ("group", None, "panelist"),
    "discussants-agreed": ("group", None, "discussant"),
    "p5": ("individual", None, "panelist"),
    "p6": ("individual", None, "panelist"),
    "d7": ("individual", None, "discussant"),
    "d8": ("individual", None, "discussant"),
    "p9": ("individual", None, "panelist"),
    "panelists-added": ("group", None, "panelist"),
    "discussants-agreed-2": ("group", None, "discussant"),
    "p10": ("individual", None, "panelist"),
    "panelists-agreed": ("group", None, "panelist"),
}

CLAIMS_B: list[Expected] = [
    (
        "The number of missile",
        "say",
        "p1",
        "The number of missile and nuclear tests carried out by the North Korean government has increased "
        "sharply over the past eight years, which suggests that Kim Jung-Un is aiming to further increase "
        "North Korea’s capacity",
    ),
    (
        "Another panelist remarked",
        "remark",
        "p2",
        "the North Korean government would need to develop an inter-continental ballistic missile—a "
        "possibility that should not be ruled out—in order to pose a real threat to U.S. homeland security",
    ),
    (
        "The development of such a missile",
        "continue",
        "p2",
        "The development of such a missile would impact the geopolitical landscape of northeast Asia",
    ),
    (
        "In light of the country’s",
        "agree",
        "all-discussants",
        "denuclearization is an urgent priority for both the Chinese and U.S. governments",
    ),
    (
        "In light of the country’s",
        "argue",
        "p3",
        "only a partial compromise with North Korea on its nuclear program should be realistically expected",
    ),
    (
        "China’s shared border",
        "remark",
        "p4",
        "China’s shared border with North Korea influences the divergence between China’s priorities and "
        "those of the United States toward North Korea",
    ),
    (
        "Chinese leaders, the discussant said",
        "say",
        "p4",
        "Chinese leaders are concerned that drastic political transformations in the Korean peninsula could "
        "impact China, and are particularly worried about a potential refugee crisis",
    ),
    (
        "However, all of the discussants",
        "note",
        "all-discussants",
        "China’s recent coal ban may suggest a departure from its previous non-interventionist policies",
    ),
    (
        "Panelists concluded",
        "conclude",
        "panelists-concluded",
        "Chinese leaders may be ready to step up their attempts to curb the North Korean military threat "
        "that they perceive as growing larger",
    ),
    (
        "Discussants agreed",
        "agree",
        "discussants-agreed",
        "there are fundamental differences between Chinese and U.S. goals and "
        "approaches in the Korean peninsula",
    ),
    (
        "One panelist said that while",
        "say",
        "p5",
        "while the United States is not wholly against a regime change in North Korea, China is reluctant to "
        "adopt an interventionist policy that may lead to a political crisis close to home",
    ),
    (
        "Meanwhile, a panelist said",
        "say",
        "p6",
        "China’s strategy is to reopen the six-party talks and increase collaboration with North Korea on "
        "trade and economic matters",
    ),
    (
        "Another discussant argued",
        "argue",
        "d7",
        "such a comprehensive approach would be ineffective given the current perception that North Korea is "
        "being assertive and provocative",
    ),
    ("Another discussant argued", "advocate", "d7", "additional sanctions"),
    (
        "The Trump administration’s policy",
        "say",
        "d8",
        "The Trump administration’s policy toward North Korea is still uncertain, and is likely to be "
        "revealed in the outcome of an on-going policy review",
    ),
    (
        "President Trump seems keen",
        "comment",
        "p9",
        "President Trump seems keen to deliver on his campaign promises, which includes pressuring China to "
        "adopt a tougher stance and allowing South Korea and Japan to nuclearize",
    ),
    (
        "But the panelist added",
        "add",
        "p9",
        "such a policy could seriously destabilize the Korean peninsula’s geopolitical landscape and instead "
        "serve to alienate China",
    ),
    (
        "There is a growing debate",
        "add",
        "panelists-added",
        "There is a growing debate among U.S. policymakers and analysts about whether denuclearization can "
        "only take place following of a regime change—an option China feels deeply hostile towards",
    ),
    (
        "China-U.S. cooperation in",
        "agree",
        "discussants-agreed-2",
        "China-U.S. cooperation in the Korean peninsula is a difficult but necessary step toward the "
        "resolution of the North Korean issue",
    ),
    (
        "President Trump’s policy review",
        "say",
        "p10",
        "President Trump’s policy review presents a good opportunity for the two countries to find areas of "
        "agreement to guide their cooperation",
    ),
    (
        "President Trump’s policy review",
        "add",
        "p10",
        "China and the United States should aim to integrate North Korea into a global system with economic "
        "growth and social provisions",
    ),
    (
        "But the discussant warned",
        "warn",
        "p10",
        "differing goals may dictate opposing policies further down the line",
    ),
    (
        "Finally, panelists agreed",
        "agree",
        "panelists-agreed",
        "rather than blaming each other for exacerbating the North Korean issue, China and the United States "
        "should put North Korea at the core of bilateral negotiations instead of using it as a tool against "
        "each other",
    ),
]

PEOPLE_B = (
    PersonMention("li-bin", "Li Bin", "moderator", (), None),
    PersonMention("paul-haenle", "Paul Haenle", "speaker", (), None),
)


def raw_text(event_id: str) -> str:
    path = RAW / f"{event_id}.txt"
    if not path.exists():
        pytest.skip(f"{path} is not in this checkout")
    return path.read_text(encoding="utf-8")


def hand_blocks(text: str, marks: Sequence[tuple[str, str, str | None, str | None]]) -> list[Block]:
    blocks = []
    for first, last, section, topic in marks:
        start = text.index(first)
        end = text.index(last, start) + len(last)
        blocks.append(Block(start, end, section, topic))
    return blocks


def check(
    text: str,
    claims: Sequence[Claim],
    expected: Sequence[Expected],
    speakers: dict[str, tuple[str, str | None, str]],
    event_id: str,
) -> None:
    got = [(text[c.sentence_start : c.sentence_end], c.cue, c.text) for c in claims]
    want = [(opening, cue, body) for opening, cue, _, body in expected]
    assert len(got) == len(want), [g[2][:40] for g in got]
    for (sentence, cue, body), (opening, want_cue, want_body) in zip(got, want, strict=True):
        assert sentence.startswith(opening), (sentence, opening)
        assert sentence == sentence.strip()
        assert (cue, body) == (want_cue, want_body)
    keys: dict[str, str] = {}
    for claim, (_, cue, label, _) in zip(claims, expected, strict=True):
        s = claim.speaker
        assert (s.kind, s.nationality, s.role) == speakers[label], (label, claim.text)
        assert claim.attribution == ("continued" if cue is None else "explicit")
        assert keys.setdefault(label, s.key) == s.key, label
        assert claim.event_id == event_id and claim.panel_id == f"{event_id}/p1"
    assert len(set(keys.values())) == len(keys), "two speakers share a key"
    assert [c.claim_id for c in claims] == [f"{event_id}/c{n:03d}" for n in range(1, len(claims) + 1)]


def test_seed_a_claims() -> None:
    text = raw_text(SEED_A)
    blocks = hand_blocks(text, BLOCKS_A)
    claims = extract_claims(text, blocks, event_id=SEED_A, people=())
    check(text, claims, CLAIMS_A, SPEAKERS_A, SEED_A)
    mentions = [c.speaker.mention for c in claims]
    assert mentions[:6] == ["one U.S. participant"] * 3 + [
        "One U.S. participant",
        "the participant",
        "the participant",
    ]
    assert mentions[-1] == "he"
    sections = [c.section for c in claims]
    assert sections == [REACTIONS] * 6 + [POLICY] * 8 + [FUTURE] * 5
    assert [c.topic for c in claims][3:6] == ["Diplomatic Frustrations"] * 3


def test_seed_b_claims() -> None:
    text = raw_text(SEED_B)
    blocks = hand_blocks(text, BLOCKS_B)
    claims = extract_claims(text, blocks, event_id=SEED_B, people=PEOPLE_B)
    check(text, claims, CLAIMS_B, SPEAKERS_B, SEED_B)
    assert [c.speaker.mention for c in claims if c.speaker.key == claims[-2].speaker.key] == [
        "a panelist",
        "a panelist",
        "the discussant",
    ]
    assert all(c.speaker.person_id is None for c in claims)
    assert [c.topic for c in claims].count("Trump’s Policy") == 4


@pytest.mark.parametrize(
    ("event_id", "expected", "speakers"),
    [(SEED_A, CLAIMS_A, SPEAKERS_A), (SEED_B, CLAIMS_B, SPEAKERS_B)],
)
def test_whole_parser_finds_the_same_claims(
    event_id: str, expected: list[Expected], speakers: dict[str, tuple[str, str | None, str]]
) -> None:
    from roundtables.parse import parse_file

    path = RAW / f"{event_id}.txt"
    text = raw_text(event_id)
    parsed = parse_file(path, source_file=f"raw/{path.name}")
    check(text, parsed.claims, expected, speakers, event_id)
