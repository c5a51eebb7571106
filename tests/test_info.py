"""release_info: counts per table and the first distributions, counted by hand from the test texts."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from release_support import ROOT, build_fake, write_corpus
from roundtables.release import build_release, release_info
from roundtables.release.info import Tally, summarize
from roundtables.release.read import read_table


def test_counts_and_distributions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    raw = write_corpus(tmp_path / "raw")
    info = release_info(build_fake(raw, tmp_path / "out", "1.2.3").release)
    assert info.version == "1.2.3"
    assert info.counts == {"events": 3, "panels": 3, "people": 2, "claims": 3}
    # ev1 has two claims, ev2 one, ev3 none.
    assert info.claims_per_event == {"min": 0, "median": 1, "mean": 1.0, "max": 2, "events_without_claims": 1}
    # Speakers: Ada Lane at ev1, Ben Ortiz at ev1, Ada Lane at ev2 (one speaker per event and key).
    assert info.speakers_by_kind == {"individual": 3}
    assert info.speakers_by_nationality == {"(unknown)": 3}
    assert info.cues == {"say": 3}
    assert info.events_by_format == {"roundtable": 3}
    assert info.events_by_year == {"(unknown)": 3}
    lines = info.lines()
    assert lines[0] == "release 1.2.3"
    assert "records: events 3, panels 3, people 2, claims 3" in lines
    assert info.as_json()["cues"] == {"say": 3}


def test_the_build_counts_what_a_second_reading_counts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Records counted one at a time as a build once wrote them (each event followed by its panels and
    claims, the people last) give the card a second reading, table by table, gives."""
    monkeypatch.chdir(tmp_path)
    release = build_fake(write_corpus(tmp_path / "raw"), tmp_path / "out", "1.2.3").release
    tables = {t: list(read_table(release, t)) for t in ("events", "panels", "people", "claims")}
    tally = Tally()
    for event in tables["events"]:
        tally.count("events", event)
        for table in ("panels", "claims"):
            for record in tables[table]:
                if record["event_id"] == event["event_id"]:
                    tally.count(table, record)
    for person in tables["people"]:
        tally.count("people", person)
    counted = tally.info(release, "1.2.3")
    assert counted == summarize(release, "1.2.3")
    assert counted.counts == {"events": 3, "panels": 3, "people": 2, "claims": 3}
    assert counted.speakers_by_kind == {"individual": 3}


@pytest.mark.parametrize("rows", [1, 3, 4096])
def test_counting_written_batches_counts_what_a_reading_counts(tmp_path: Path, rows: int) -> None:
    """A build counts each batch of records as its writer flushes it, from the columns; a release of
    the genre texts (several speakers and cues an event, events without claims) read record by record
    gives the same card, however the batches fall."""
    release = build_release(ROOT / "tests" / "genre" / "raw", tmp_path / "out", "1.2.3", jobs=1).release
    tally = Tally()
    for table in ("events", "panels", "people", "claims"):
        whole = pq.read_table(release / f"{table}.parquet")
        for start in range(0, whole.num_rows, rows):
            tally.count_batch(table, whole.slice(start, rows))
    counted = tally.info(release, "1.2.3")
    assert counted == summarize(release, "1.2.3")
    assert counted.counts["claims"] > 50 and len(counted.speakers_by_kind) > 1
