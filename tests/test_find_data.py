"""Finding the installed data: release_dir(), --version, info without argument, filters that say no."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import roundtables
from release_support import build_fake, write_corpus
from roundtables.cli import app
from roundtables.errors import InputError, ReleaseError

runner = CliRunner()


def test_release_dir_is_the_shipped_folder_for_any_tool() -> None:
    folder = roundtables.release_dir()
    assert folder.name == f"v{roundtables.shipped_version()}"
    assert roundtables.release_dir(roundtables.shipped_version()) == folder  # by number: no download
    duckdb = pytest.importorskip("duckdb")
    count = duckdb.sql(f"SELECT count(*) FROM '{folder / 'claims.parquet'}'").fetchall()
    assert count == [(len(roundtables.claims()),)]


def test_version_option_and_info_without_argument() -> None:
    version = runner.invoke(app, ["--version"])
    assert version.exit_code == 0
    assert version.stdout.strip() == (
        f"roundtables {roundtables.__version__} (shipped release: {roundtables.shipped_version()})"
    )
    info = runner.invoke(app, ["info", "--json"])
    assert info.exit_code == 0, info.output
    assert json.loads(info.stdout)["counts"]["claims"] == len(roundtables.claims())


@pytest.mark.parametrize(
    ("filters", "listed"),
    [
        ({"kind": "groups"}, "allowed: group, individual"),
        ({"nationality": "USA"}, "CN, "),
        ({"cue": "agreed"}, "agree, "),
        ({"event_id": "nope"}, "allowed: 000_61fc81b2dc7eafc8, 003_5366c535c20e3bee"),
    ],
)
def test_a_filter_value_no_claim_can_have_lists_the_allowed_ones(
    filters: dict[str, str], listed: str
) -> None:
    with pytest.raises(InputError) as caught:
        roundtables.claims(**filters)  # type: ignore[arg-type]
    assert caught.value.code == "bad-filter" and listed in caught.value.reason
    name, value = next(iter(filters.items()))
    assert caught.value.reason.startswith(f"{name}={value!r} matches nothing")


def test_a_possible_value_absent_from_the_release_is_just_empty() -> None:
    assert roundtables.claims(nationality="fr") == []
    assert roundtables.claims(cue="lament") == []
    assert len(roundtables.claims(nationality="us")) == len(roundtables.claims(nationality="US")) > 0


def test_path_readers_check_the_declared_hash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    release = build_fake(write_corpus(tmp_path / "raw"), tmp_path / "out").release
    assert len(roundtables.claims(path=release)) == 3
    claims = release / "claims.jsonl"
    claims.write_text(claims.read_text(encoding="utf-8").replace("cold", "warm"), encoding="utf-8")
    with pytest.raises(ReleaseError, match=r"datapackage\.json says sha256:") as caught:
        roundtables.claims(path=release)
    assert caught.value.path == str(claims.resolve())
    (release / "people.parquet").write_bytes(b"PAR1")
    with pytest.raises(ReleaseError, match="the file changed since the release was written"):
        roundtables.table("people", path=release)
