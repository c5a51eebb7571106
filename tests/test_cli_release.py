"""The build, validate, diff and info commands: output, exit codes, errors as one readable message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import roundtables
from release_support import fake_parse, write_corpus
from roundtables.cli import app

VERSION = roundtables.__version__
runner = CliRunner()


@pytest.fixture(autouse=True)
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory with raw/ (our own texts) and the stand-in parser as the build's parser."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("roundtables.release.work.default_parser", lambda: fake_parse)
    write_corpus(tmp_path / "raw")
    return tmp_path


def test_build_with_defaults_writes_the_package_version(project: Path) -> None:
    result = runner.invoke(app, ["build"])
    assert result.exit_code == 0, result.output
    assert "read 3 raw files from raw" in result.stdout
    assert "records: events 3, panels 3, people 2, claims 3" in result.stdout
    assert f"wrote dist-data/v{VERSION}" in result.stdout
    assert (project / "dist-data" / f"v{VERSION}" / "datapackage.json").is_file()
    again = runner.invoke(app, ["build"])
    assert again.exit_code == 0
    assert "nothing to do" in again.stdout


def test_build_refuses_to_change_a_published_version(project: Path) -> None:
    assert runner.invoke(app, ["build", "--out", "rel", "--version", "0.1.0"]).exit_code == 0
    ev2 = project / "raw" / "ev2.txt"
    ev2.write_text(ev2.read_text(encoding="utf-8").replace("cold", "warm"), encoding="utf-8")
    result = runner.invoke(app, ["build", "--out", "rel", "--version", "0.1.0"])
    assert result.exit_code == 3
    assert "error [release-exists]" in result.stderr
    assert "v0.1.0 is already published" in result.stderr
    assert "Traceback" not in result.output


def test_build_names_every_rejected_file(project: Path) -> None:
    (project / "raw" / "bad.txt").write_bytes(b"")
    (project / "raw" / "README").write_text("x\n", encoding="utf-8")
    result = runner.invoke(app, ["build"])
    assert result.exit_code == 2  # bad input, as the README says
    assert result.stderr.startswith("error [rejected]: no release written")
    assert "raw/bad.txt: [empty]" in result.stderr
    assert "raw/README: [not-raw-text]" in result.stderr
    assert not (project / "dist-data" / f"v{VERSION}").exists()
    skipped = runner.invoke(app, ["build", "--skip-invalid"])
    assert skipped.exit_code == 0
    assert "skipped 2 raw files" in skipped.stdout
    assert "raw/bad.txt: [empty]" in skipped.stdout


def test_build_rejects_a_version_that_is_not_semver(project: Path) -> None:
    result = runner.invoke(app, ["build", "--version", "1.0"])
    assert result.exit_code == 3
    assert "X.Y.Z" in result.stderr


def test_validate_passes_a_fresh_release_and_lists_problems_of_a_damaged_one(project: Path) -> None:
    runner.invoke(app, ["build"])
    ok = runner.invoke(app, ["validate", f"dist-data/v{VERSION}", "--raw", "raw"])
    assert ok.exit_code == 0, ok.output
    assert "valid" in ok.stdout
    with (project / "dist-data" / f"v{VERSION}" / "panels.jsonl").open("a", encoding="utf-8") as handle:
        handle.write("\n")
    bad = runner.invoke(app, ["validate", f"dist-data/v{VERSION}"])
    assert bad.exit_code == 1
    assert "panels.jsonl: [hash-mismatch]" in bad.stdout
    assert "panels.jsonl:4: [blank-line]" in bad.stdout
    missing = runner.invoke(app, ["validate", "dist-data/v9.9.9"])
    assert missing.exit_code == 3
    assert "release folder not found" in missing.stderr


def test_diff_as_text_and_json(project: Path) -> None:
    runner.invoke(app, ["build", "--version", "1.0.0"])
    ev1 = project / "raw" / "ev1.txt"
    ev1.write_text(ev1.read_text(encoding="utf-8").replace("favors talks", "favors tea"), encoding="utf-8")
    runner.invoke(app, ["build", "--version", "1.1.0"])
    text = runner.invoke(app, ["diff", "dist-data/v1.0.0", "dist-data/v1.1.0"])
    assert text.exit_code == 0
    assert "  ~ ev1/c001: text, sentence_end" in text.stdout
    as_json = runner.invoke(app, ["diff", "dist-data/v1.0.0", "dist-data/v1.1.0", "--json"])
    changed = json.loads(as_json.stdout)["tables"]["claims"]["changed"]
    assert {"id": "ev1/c001", "fields": ["text", "sentence_end"]} in changed


def test_info_prints_counts(project: Path) -> None:
    runner.invoke(app, ["build"])
    result = runner.invoke(app, ["info", f"dist-data/v{VERSION}"])
    assert result.exit_code == 0
    assert "records: events 3, panels 3, people 2, claims 3" in result.stdout
    as_json = json.loads(runner.invoke(app, ["info", f"dist-data/v{VERSION}", "--json"]).stdout)
    assert as_json["counts"]["claims"] == 3
