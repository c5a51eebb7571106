"""The registry of releases shipped in the package: its format, and that it matches dist-data/."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from handmade_release import write_release
from roundtables.cli import app
from roundtables.errors import ReleaseError
from roundtables.registry import (
    REGENERATE_COMMAND,
    check_registry,
    parse_registry,
    registry_text,
    registry_versions,
    release_entries,
    shipped_registry,
)

ROOT = Path(__file__).resolve().parents[1]
RELEASE_FILES = [
    "claim.schema.json",
    "claims.jsonl",
    "claims.parquet",
    "datapackage.json",
    "event.schema.json",
    "events.jsonl",
    "events.parquet",
    "panel.schema.json",
    "panels.jsonl",
    "panels.parquet",
    "people.jsonl",
    "people.parquet",
    "person.schema.json",
]


def test_shipped_registry_matches_dist_data() -> None:
    try:
        check_registry(ROOT / "dist-data", ROOT / "src" / "roundtables" / "registry.txt")
    except ReleaseError as err:
        pytest.fail(f"{err}\nRun `{REGENERATE_COMMAND}` from the repository root and commit it.")
    assert shipped_registry() == parse_registry(registry_text(ROOT / "dist-data"))


@pytest.fixture
def dist(tmp_path: Path) -> Path:
    root = tmp_path / "dist-data"
    for version in ("1.10.0", "1.2.0"):
        write_release(root, version)
    (root / "v1.2.0" / ".lock").write_text("a build in progress", encoding="utf-8")
    (root / "drafts").mkdir()
    (root / "drafts" / "notes.txt").write_text("not a release", encoding="utf-8")
    (root / "v2").mkdir()
    return root


def test_registry_lists_every_release_file_with_its_sha256(dist: Path) -> None:
    text = registry_text(dist)
    lines = text.splitlines()
    assert text.endswith("\n")
    assert lines == [f"v1.2.0/{n} sha256:{_sha(dist / 'v1.2.0' / n)}" for n in RELEASE_FILES] + [
        f"v1.10.0/{n} sha256:{_sha(dist / 'v1.10.0' / n)}" for n in RELEASE_FILES
    ]


def test_registry_is_read_back_per_version(dist: Path) -> None:
    registry = parse_registry(registry_text(dist))
    assert registry_versions(registry) == ["1.2.0", "1.10.0"]
    entries = release_entries(registry, "1.10.0")
    assert sorted(entries) == RELEASE_FILES
    assert entries["claims.jsonl"] == _sha(dist / "v1.10.0" / "claims.jsonl")


def test_empty_dist_data_gives_an_empty_registry(tmp_path: Path) -> None:
    assert registry_text(tmp_path / "missing") == ""
    assert parse_registry("") == {}


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("v1.0.0/claims.parquet md5:abc\n", 1),
        ("# comment\n\nclaims.parquet sha256:" + "a" * 64 + "\n", 3),
        ("v1.0.0/../../etc/passwd sha256:" + "a" * 64 + "\n", 1),
        ("v1.0.0/a sha256:" + "a" * 64 + "\nv1.0.0/a sha256:" + "b" * 64 + "\n", 2),
    ],
)
def test_bad_registry_lines_are_refused_with_their_line(text: str, line: int) -> None:
    with pytest.raises(ReleaseError) as caught:
        parse_registry(text, source="registry.txt")
    assert caught.value.line == line
    assert str(caught.value).startswith(f"registry.txt:{line}: ")


def test_drift_names_the_lines_and_the_command(dist: Path, tmp_path: Path) -> None:
    path = tmp_path / "registry.txt"
    path.write_text(registry_text(dist), encoding="utf-8")
    check_registry(dist, path)

    (dist / "v1.2.0" / "claims.jsonl").write_text("changed\n", encoding="utf-8")
    (dist / "v1.10.0" / "extra.csv").write_text("a,b\n", encoding="utf-8")
    with pytest.raises(ReleaseError) as caught:
        check_registry(dist, path)
    message = str(caught.value)
    assert "v1.10.0/extra.csv is not listed" in message
    assert "v1.2.0/claims.jsonl has another SHA-256" in message
    assert REGENERATE_COMMAND in message


def test_reordered_registry_is_drift(dist: Path, tmp_path: Path) -> None:
    path = tmp_path / "registry.txt"
    path.write_text("".join(sorted(registry_text(dist).splitlines(keepends=True), reverse=True)))
    with pytest.raises(ReleaseError, match="generated order"):
        check_registry(dist, path)


def test_cli_regenerates_the_registry(dist: Path, tmp_path: Path) -> None:
    out = tmp_path / "pkg" / "registry.txt"
    result = CliRunner().invoke(app, ["registry", "--dist-data", str(dist), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == registry_text(dist)
    assert "26 files" in result.output


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
