"""The sources manifest (raw/sources.tsv): checked at build, copied into each event."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from release_support import ROOT, build_fake, write_corpus
from roundtables.errors import InputError
from roundtables.provenance import read_sources

HEADER = "event_id\turl\tpublisher\tretrieved\n"


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return write_corpus(tmp_path / "raw")


def manifest(raw: Path, *rows: str) -> None:
    (raw / "sources.tsv").write_text(
        "# our pages\n" + HEADER + "".join(r + "\n" for r in rows), encoding="utf-8"
    )


def events(release: Path) -> dict[str, dict[str, object]]:
    lines = (release / "events.jsonl").read_text(encoding="utf-8").splitlines()
    return {e["event_id"]: e for e in map(json.loads, lines)}


def test_each_event_gets_its_row(corpus: Path, tmp_path: Path) -> None:
    manifest(
        corpus,
        "ev1\thttps://example.org/events/1\tExample Institute\t2024-05-01",
        "ev2\t\tExample Institute\t",
        "ev3\thttp://example.org/3\t\t2023-12-31",
    )
    release = build_fake(corpus, tmp_path / "out").release
    got = {k: (e["source_url"], e["publisher"], e["retrieved"]) for k, e in events(release).items()}
    assert got == {
        "ev1": ("https://example.org/events/1", "Example Institute", "2024-05-01"),
        "ev2": (None, "Example Institute", None),
        "ev3": ("http://example.org/3", None, "2023-12-31"),
    }


def test_without_a_manifest_the_fields_are_null(corpus: Path, tmp_path: Path) -> None:
    release = build_fake(corpus, tmp_path / "out").release
    assert {(e["source_url"], e["publisher"], e["retrieved"]) for e in events(release).values()} == {
        (None, None, None)
    }


@pytest.mark.parametrize(
    ("row", "line", "reason"),
    [
        ("ev1\tftp://x\tP\t", 3, "url 'ftp://x' is not an http(s) address"),
        ("ev1\t\tP\t1 May 2024", 3, "not an ISO date"),
        ("ev1\t\tP", 3, "3 tab-separated columns, want 4"),
        ("bad id\t\tP\t", 3, "'bad id' is not a valid event id"),
    ],
)
def test_a_bad_row_names_file_and_line(
    corpus: Path, tmp_path: Path, row: str, line: int, reason: str
) -> None:
    manifest(corpus, row)
    with pytest.raises(InputError) as caught:
        build_fake(corpus, tmp_path / "out")
    assert caught.value.code == "bad-sources" and caught.value.exit_code == 2
    assert caught.value.line == line and reason in caught.value.reason
    assert str(caught.value).startswith(f"{corpus / 'sources.tsv'}:{line}: ")
    assert not (tmp_path / "out" / "v1.0.0").exists()


def test_missing_and_unknown_rows_are_listed(corpus: Path, tmp_path: Path) -> None:
    manifest(corpus, "ev1\t\tP\t", "ev1x\t\tP\t")
    with pytest.raises(InputError, match=r"no row for ev2, ev3; rows without a raw text: ev1x"):
        build_fake(corpus, tmp_path / "out")


def test_header_and_repeats_are_checked(tmp_path: Path) -> None:
    (tmp_path / "sources.tsv").write_text("id\turl\n", encoding="utf-8")
    with pytest.raises(InputError, match="the first line must be the header"):
        read_sources(tmp_path)
    (tmp_path / "sources.tsv").write_text(HEADER + "a\t\t\t\na\t\t\t\n", encoding="utf-8")
    with pytest.raises(InputError, match="a is listed twice") as caught:
        read_sources(tmp_path)
    assert caught.value.line == 3


def test_the_projects_manifest_covers_every_raw_text() -> None:
    sources = read_sources(ROOT / "raw")
    assert sources is not None
    assert sorted(sources) == sorted(p.stem for p in (ROOT / "raw").glob("*.txt"))
