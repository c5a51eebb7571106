"""The public readers: `import roundtables` then records, tables and the first helpers users reach for."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

import roundtables
import roundtables.fetch
import roundtables.readers
from handmade_release import write_release
from roundtables.errors import DownloadError, RecordError, ReleaseError
from roundtables.models import Claim, Event, Panel, Person
from roundtables.registry import parse_registry, registry_text
from roundtables.schema import arrow_schema

ROOT = Path(__file__).resolve().parents[1]
PUBLISHED = ROOT / "dist-data" / "v1.0.0"


@pytest.fixture
def release(tmp_path: Path) -> Path:
    return write_release(tmp_path / "dist-data", "0.1.0")


@pytest.fixture
def shipped(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Make the installation's shipped releases a hand-made dist-data with 0.2.0 and 0.10.0."""
    root = tmp_path / "shipped"
    write_release(root, "0.2.0")
    write_release(root, "0.10.0")
    (root / "v0.10.0" / "claims.jsonl").write_text(
        "".join(line + "\n" for line in (root / "v0.10.0" / "claims.jsonl").read_text().splitlines()[:2]),
        encoding="utf-8",
    )
    monkeypatch.setattr(roundtables.readers, "shipped_root", lambda: root)
    return root


def test_import_reads_no_data_and_stays_light() -> None:
    code = (
        "import sys\n"
        "opened = []\n"
        "sys.addaudithook(lambda e, a: opened.append(str(a[0])) if e == 'open' else None)\n"
        "import roundtables\n"
        "data = [p for p in opened if p.endswith(('.jsonl', '.parquet', '.json', '.txt'))]\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('pyarrow', 'pydantic', 'platformdirs')]\n"
        "print(data, heavy, sorted(m for m in sys.modules if m.startswith('roundtables')))\n"
        "print(callable(roundtables.claims), 'claims' in dir(roundtables))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["[] [] ['roundtables']", "True True"]


def test_records_are_typed_models(release: Path) -> None:
    events = roundtables.events(path=release)
    assert [e.event_id for e in events] == ["ev-alpha", "ev-beta"]
    assert all(isinstance(e, Event) for e in events)
    assert events[0].off_the_record is True and events[1].date is None
    assert [p.panel_id for p in roundtables.panels(path=release)] == ["ev-alpha/p1", "ev-beta/p1"]
    assert all(isinstance(p, Panel) for p in roundtables.panels(path=release))
    assert [p.name for p in roundtables.people(path=release)] == ["Chen Wei", "Maria Lopez", "Omar Haddad"]
    assert all(isinstance(p, Person) for p in roundtables.people(path=release))
    claims = roundtables.claims(path=release)
    assert len(claims) == 5 and all(isinstance(c, Claim) for c in claims)
    assert claims[1].cue is None and claims[1].speaker.key == "s1"


def test_each_call_hands_out_a_fresh_list(release: Path) -> None:
    first = roundtables.claims(path=release)
    first.clear()
    assert len(roundtables.claims(path=release)) == 5


@pytest.mark.parametrize(
    ("filters", "ids"),
    [
        ({"nationality": "US"}, ["ev-alpha/c001", "ev-alpha/c002"]),
        ({"nationality": "kr"}, ["ev-beta/c002"]),
        ({"kind": "group"}, ["ev-beta/c001"]),
        ({"cue": "argue"}, ["ev-alpha/c003"]),
        ({"kind": "individual", "event_id": "ev-beta"}, ["ev-beta/c002"]),
        ({"nationality": "CN", "cue": "say"}, []),
    ],
)
def test_claims_filtered_by_speaker_and_cue(release: Path, filters: dict[str, Any], ids: list[str]) -> None:
    assert [c.claim_id for c in roundtables.claims(path=release, **filters)] == ids


def test_one_event_with_its_panels_people_and_claims(release: Path) -> None:
    beta = roundtables.event("ev-beta", path=release)
    assert beta.event.event_id == "ev-beta"
    assert [p.panel_id for p in beta.panels] == ["ev-beta/p1"]
    assert [p.person_id for p in beta.people] == ["omar-haddad", "chen-wei"]
    assert [c.claim_id for c in beta.claims] == ["ev-beta/c001", "ev-beta/c002"]
    with pytest.raises(ReleaseError, match="no event 'ev-gamma'"):
        roundtables.event("ev-gamma", path=release)


def test_table_is_arrow_and_feeds_pandas_and_polars(release: Path) -> None:
    claims = roundtables.table("claims", path=release)
    assert isinstance(claims, pa.Table)
    assert claims.num_rows == 5
    assert claims.schema.field("speaker").type == arrow_schema("claims").field("speaker").type
    assert claims.column("claim_id").to_pylist()[0] == "ev-alpha/c001"

    pandas = claims.to_pandas()
    assert pandas["cue"].isna().tolist() == [False, True, False, False, False]
    assert pandas.loc[2, "cue"] == "argue"
    polars = pytest.importorskip("polars")
    frame = polars.from_arrow(roundtables.table("people", path=release))
    chen = frame.filter(polars.col("person_id") == "chen-wei")
    assert chen["event_ids"].to_list() == [["ev-alpha", "ev-beta"]]


def test_unknown_table_and_missing_folder_are_clear(release: Path, tmp_path: Path) -> None:
    with pytest.raises(ReleaseError, match="no table 'speakers'; the tables are events, panels, people"):
        roundtables.table("speakers", path=release)
    with pytest.raises(ReleaseError, match="no release folder"):
        roundtables.claims(path=tmp_path / "nowhere")
    with pytest.raises(ReleaseError, match="not both"):
        roundtables.claims("0.1.0", path=release)


def test_a_bad_line_names_file_and_line(release: Path) -> None:
    path = release / "people.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    broken = json.loads(lines[1]) | {"person_id": "Not A Slug"}
    path.write_text("\n".join([lines[0], json.dumps(broken), lines[2]]) + "\n", encoding="utf-8")
    with pytest.raises(RecordError) as caught:
        roundtables.people(path=release)
    assert caught.value.line == 2
    assert str(caught.value).startswith(f"{path.resolve()}:2: person_id: ")


def test_no_version_reads_the_latest_shipped_release(shipped: Path) -> None:
    assert roundtables.shipped_version() == "0.10.0"
    assert len(roundtables.claims()) == 2
    assert len(roundtables.claims(version="0.2.0")) == 5
    assert roundtables.table("events").num_rows == 2


def test_an_installation_without_a_release_says_what_to_do(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(roundtables.readers, "shipped_root", lambda: None)
    assert roundtables.shipped_version() is None
    with pytest.raises(ReleaseError, match=r"carries no release; fetch one with roundtables\.download"):
        roundtables.claims()


@pytest.fixture
def mirror(release: Path) -> Iterator[str]:
    served = release.parent
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(served)))
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    thread.join()
    httpd.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_a_version_is_downloaded_once_then_read_from_the_cache(
    shipped: Path, release: Path, mirror: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry = parse_registry(registry_text(release.parent))
    monkeypatch.setattr(roundtables.fetch, "shipped_registry", lambda: registry)
    monkeypatch.setenv("ROUNDTABLES_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("ROUNDTABLES_BASE_URL", mirror)

    assert [c.claim_id for c in roundtables.claims(version="0.1.0", cue="warn")] == ["ev-beta/c002"]
    cached = tmp_path / "cache" / "v0.1.0"
    assert sorted(p.name for p in cached.iterdir()) == ["claims.jsonl"]

    shutil.rmtree(release)
    assert len(roundtables.claims(version="v0.1.0")) == 5
    with pytest.raises(DownloadError, match="HTTP 404"):
        roundtables.table("claims", version="0.1.0")
    assert sorted(p.name for p in cached.iterdir()) == ["claims.jsonl"]


def test_the_published_release_reads_whole() -> None:
    lines = (PUBLISHED / "claims.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(roundtables.claims(path=PUBLISHED)) == len(lines)
    assert roundtables.table("claims", path=PUBLISHED).num_rows == len(lines)
    first = roundtables.events(path=PUBLISHED)[0]
    one = roundtables.event(first.event_id, path=PUBLISHED)
    assert one.claims == [c for c in roundtables.claims(path=PUBLISHED) if c.event_id == first.event_id]
