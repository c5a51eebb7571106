"""The two seed texts: Event, Panel and people written out by hand from reading them.

(The claims of the seeds are tested in ``test_claims_seeds.py``.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtables.parse import parse_file
from roundtables.parse.rawtext import sha256_hex

RAW = Path(__file__).resolve().parents[1] / "raw"
SEED_000 = RAW / "000_61fc81b2dc7eafc8.txt"
SEED_003 = RAW / "003_5366c535c20e3bee.txt"

pytestmark = pytest.mark.skipif(not SEED_000.exists() or not SEED_003.exists(), reason="seeds not in raw/")


def test_seed_000_event() -> None:
    pe = parse_file(SEED_000, source_file="raw/000_61fc81b2dc7eafc8.txt")
    ev = pe.event
    assert ev.event_id == "000_61fc81b2dc7eafc8"
    assert ev.source_file == "raw/000_61fc81b2dc7eafc8.txt"
    assert ev.source_sha256 == sha256_hex(SEED_000.read_bytes())
    assert ev.date == "2013-04-22"
    assert ev.title is None
    assert ev.location is None
    assert ev.host_organization == "Carnegie–Tsinghua Center for Global Policy"
    assert ev.format == "roundtable"
    assert ev.off_the_record is None
    assert ev.sections == [
        "Reactions to North Korean Aggression",
        "China’s North Korean Policy",
        "Opportunities for Future Collaboration",
    ]


def test_seed_000_panel_and_people() -> None:
    pe = parse_file(SEED_000, source_file="raw/000_61fc81b2dc7eafc8.txt")
    assert len(pe.panels) == 1
    panel = pe.panels[0]
    assert panel.panel_id == "000_61fc81b2dc7eafc8/p1"
    assert panel.represented == ["CN", "KR", "US"]
    discussants = [
        "david-mulrooney",
        "adam-liff",
        "james-baker",
        "cole-shepherd",
        "sun-zhe",
        "gu-guoliang",
        "wang-dong",
        "jia-xiudong",
        "jin-canrong",
        "john-delury",
    ]
    assert [(m.person_id, m.role) for m in panel.members] == [("paul-haenle", "host")] + [
        (d, "discussant") for d in discussants
    ]
    names = {m.person_id: m.name for m in pe.people}
    assert names["paul-haenle"] == "Paul Haenle"
    assert names["john-delury"] == "John Delury"
    haenle = next(m for m in pe.people if m.person_id == "paul-haenle")
    assert haenle.affiliations == ("Carnegie–Tsinghua Center for Global Policy",)
    assert "barack-obama" not in names


def test_seed_000_blocks_skip_the_header_and_the_name_list() -> None:
    from roundtables.parse import read_structure

    text = SEED_000.read_text(encoding="utf-8")
    st = read_structure(text)
    blocks = st.blocks
    assert text[blocks[0].start :].startswith("After North Korea")
    assert blocks[0].section is None
    labelled = [(b.section, b.topic) for b in blocks if b.topic]
    assert labelled == [
        ("Reactions to North Korean Aggression", "Diplomatic Frustrations"),
        ("China’s North Korean Policy", "Peace and Stability"),
        ("Opportunities for Future Collaboration", "Peaceful Development Strategy"),
    ]
    frustrations = next(b for b in blocks if b.topic == "Diplomatic Frustrations")
    assert text[frustrations.start :].startswith("One U.S. participant explained")
    assert not any("Discussants" in text[b.start : b.end] for b in blocks)


def test_seed_003_event() -> None:
    pe = parse_file(SEED_003, source_file="raw/003_5366c535c20e3bee.txt")
    ev = pe.event
    assert ev.date is None
    assert ev.title is None
    assert ev.location is None
    assert ev.host_organization == "Carnegie–Tsinghua Center for Global Policy"
    assert ev.format == "discussion"
    assert ev.off_the_record is True
    assert ev.sections == ["Discussion Highlights"]


def test_seed_003_panel_and_people() -> None:
    pe = parse_file(SEED_003, source_file="raw/003_5366c535c20e3bee.txt")
    (panel,) = pe.panels
    assert panel.represented == ["CN", "US"]
    assert [(m.person_id, m.role) for m in panel.members] == [
        ("li-bin", "moderator"),
        ("zhao-tong", "speaker"),
        ("wang-yisheng", "speaker"),
        ("paul-haenle", "speaker"),
    ]
    people = {m.person_id: m for m in pe.people}
    assert people["li-bin"].name == "Li Bin"
    assert people["li-bin"].bio is not None and people["li-bin"].bio.startswith(
        "Dr. Li Bin is a senior fellow"
    )
    assert people["li-bin"].affiliations == (
        "Carnegie–Tsinghua Center for Global Policy",
        "Tsinghua University",
    )
    assert people["wang-yisheng"].affiliations == ("Academy of Military Sciences",)
    assert people["paul-haenle"].bio is not None and people["paul-haenle"].bio.endswith(
        "U.S.-China relations."
    )
    assert "donald-trump" not in people and "shinzo-abe" not in people


def test_seed_003_blocks() -> None:
    from roundtables.parse import read_structure

    text = SEED_003.read_text(encoding="utf-8")
    blocks = read_structure(text).blocks
    topics = [b.topic for b in blocks if b.section == "Discussion Highlights"]
    assert topics == [
        "North Korea’s Next Steps",
        "China’s Perception of the North Korean Threat",
        "Differing Goals in the Korean Peninsula",
        "Trump’s Policy",
        "Bilateral Cooperation",
    ]
    assert text[blocks[0].start :].startswith("President Donald Trump confronted")
    assert not any(text[b.start : b.end].startswith(("Li Bin", "Dr. Li Bin", "Zhao Tong")) for b in blocks)
