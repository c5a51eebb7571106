"""A build gives the same bytes whatever the number of worker processes, and names a file that fails."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from release_support import ROOT, dying_parse, hashes, write_corpus
from roundtables.cli import ProgressDisplay
from roundtables.errors import ReleaseError
from roundtables.release import build_release

GENRE = ROOT / "tests" / "genre" / "raw"


def test_same_bytes_with_one_or_two_workers_and_failures_named(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    shutil.copytree(GENRE, raw)
    (raw / "zz_empty.txt").write_bytes(b"")
    (raw / "zz_binary.txt").write_bytes(b"\x00\x01binary")
    one = build_release(raw, tmp_path / "one", "0.0.1", skip_invalid=True, jobs=1)
    two = build_release(raw, tmp_path / "two", "0.0.1", skip_invalid=True, jobs=2)
    assert hashes(one.release) == hashes(two.release)
    assert one.records == two.records
    assert [(p.code, Path(p.path).name) for p in two.rejected] == [
        ("binary", "zz_binary.txt"),
        ("empty", "zz_empty.txt"),
    ]
    assert set(two.seconds) == {"parse", "check", "write", "total"}


def test_progress_is_plain_lines_off_a_terminal(capsys: object) -> None:
    display = ProgressDisplay(terminal=False)
    for done in range(1, 101):
        display.update(done, 100, Path(f"{done:03d}.txt"))
    display.close()
    err = capsys.readouterr().err  # type: ignore[attr-defined]
    lines = err.splitlines()
    assert len(lines) == 20
    assert lines[-1].startswith("parsed 100/100 raw files") and lines[-1].endswith("(100.txt)")
    assert "\r" not in err


def test_progress_rewrites_one_line_on_a_terminal(capsys: object) -> None:
    display = ProgressDisplay(terminal=True)
    for done in range(1, 61):
        display.update(done, 60, Path("x.txt"))
    display.close()
    err = capsys.readouterr().err  # type: ignore[attr-defined]
    assert err.count("\n") == 1 and "\r" in err and "left" in err and "60/60" in err


def test_a_worker_that_dies_names_its_files_and_publishes_nothing(tmp_path: Path) -> None:
    raw = write_corpus(tmp_path / "raw")
    for i in range(4, 14):
        (raw / f"ev{i:02d}.txt").write_text(f"Meeting {i}\nSpeaker: Ada Lane\nAda Lane said it rained.\n")
    (raw / "ev05_die.txt").write_text("Meeting that kills its worker\nAda Lane said nothing.\n")
    with pytest.raises(ReleaseError) as caught:
        build_release(raw, tmp_path / "out", "0.0.1", parse=dying_parse, schema_dir=ROOT / "schema", jobs=2)
    message = str(caught.value)
    assert "a build worker died while parsing" in message and "no release written" in message
    assert "ev05_die.txt" in message
    assert not (tmp_path / "out" / "v0.0.1").exists()


def test_a_build_over_workers_leaves_the_parser_to_them(tmp_path: Path) -> None:
    """Importing the parser takes about a second: the builder's process, which only writes, skips it."""
    raw = write_corpus(tmp_path / "raw")
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from roundtables.release import build_release\n"
        f"summary = build_release(Path({str(raw)!r}), Path({str(tmp_path / 'out')!r}), '0.0.1',"
        " jobs=2, skip_invalid=True)\n"
        "print(summary.records['claims'], 'roundtables.parse.claims' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    claims, imported = done.stdout.split()
    assert int(claims) > 0
    assert imported == "False"
