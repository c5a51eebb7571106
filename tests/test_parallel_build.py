"""A build gives the same bytes whatever the number of worker processes, and names a file that fails."""

from __future__ import annotations

import shutil
from pathlib import Path

from release_support import ROOT, hashes
from roundtables.cli import ProgressDisplay
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
