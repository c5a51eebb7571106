"""The package as a user gets it: the wheel and sdist carry the latest release, and it loads offline."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from handmade_release import write_release
from roundtables import __version__
from roundtables.registry import parse_registry, registry_text, release_entries, release_versions

ROOT = Path(__file__).resolve().parents[1]
VERSIONS = release_versions(ROOT / "dist-data")


def build(project: Path, out: Path, *targets: str) -> list[Path]:
    """``python -m build`` (isolated only when hatchling is not at hand); returns the artifacts."""
    isolation = [] if importlib.util.find_spec("hatchling") is None else ["--no-isolation"]
    subprocess.run(
        [sys.executable, "-m", "build", *targets, *isolation, "--outdir", str(out), str(project)],
        check=True,
        capture_output=True,
        text=True,
    )
    return sorted(out.iterdir())


def wheel_release(wheel: Path) -> dict[str, str]:
    """``vX.Y.Z/<file>`` -> SHA-256 of every release file the wheel carries."""
    prefix = "roundtables/_release/"
    with zipfile.ZipFile(wheel) as archive:
        return {
            name[len(prefix) :]: hashlib.sha256(archive.read(name)).hexdigest()
            for name in archive.namelist()
            if name.startswith(prefix)
        }


def copy_project(dest: Path) -> Path:
    dest.mkdir()
    for name in ("pyproject.toml", "hatch_build.py", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, dest / name)
    shutil.copytree(ROOT / "src", dest / "src", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return dest


def test_wheel_carries_only_the_latest_release_also_when_built_from_the_sdist(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    for version in ("0.2.0", "0.10.0"):
        write_release(project / "dist-data", version)
    (project / "dist-data" / "v0.10.0" / ".lock").write_text("", encoding="utf-8")
    registry = parse_registry(registry_text(project / "dist-data"))

    wheel, sdist = build(project, tmp_path / "out")
    assert (wheel.suffix, sdist.name.endswith(".tar.gz")) == (".whl", True)
    with tarfile.open(sdist) as archive:
        names = {n.split("/", 1)[1] for n in archive.getnames() if "/" in n}
    assert {"hatch_build.py", "src/roundtables/registry.txt"} <= names
    assert {"dist-data/v0.2.0/claims.parquet", "dist-data/v0.10.0/claims.jsonl"} <= names

    carried = wheel_release(wheel)
    assert carried == {f"v0.10.0/{n}": h for n, h in release_entries(registry, "0.10.0").items()}
    with zipfile.ZipFile(wheel) as archive:
        assert "roundtables/registry.txt" in archive.namelist()


def test_wheel_build_without_a_release_fails_clearly(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    with pytest.raises(subprocess.CalledProcessError) as caught:
        build(project, tmp_path / "out", "--wheel")
    assert "dist-data/ holds no release" in caught.value.stdout + caught.value.stderr


def test_fresh_venv_loads_the_shipped_release(tmp_path: Path) -> None:
    latest = VERSIONS[-1]
    (wheel,) = build(ROOT, tmp_path / "dist", "--wheel")
    shipped = parse_registry((ROOT / "src" / "roundtables" / "registry.txt").read_text(encoding="utf-8"))
    assert wheel_release(wheel) == {f"v{latest}/{n}": h for n, h in release_entries(shipped, latest).items()}

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(wheel)], check=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ROUNDTABLES_", "PYTHON"))}
    env["ROUNDTABLES_BASE_URL"] = "http://127.0.0.1:9/offline"
    code = (
        "import roundtables\n"
        "print(len(roundtables.claims()))\n"
        "print(roundtables.shipped_version(), roundtables.__file__)\n"
        "c = roundtables.claims()[0]\n"
        "print(repr(roundtables.raw_text(c.event_id)[c.sentence_start : c.sentence_end]))\n"
        "from importlib.resources import files\n"
        "print(files('roundtables').joinpath('CITATION.cff').is_file())\n"
    )
    out = subprocess.run(
        [str(python), "-c", code], cwd=tmp_path, env=env, check=True, capture_output=True, text=True
    ).stdout.splitlines()
    lines = (ROOT / "dist-data" / f"v{latest}" / "claims.jsonl").read_text(encoding="utf-8").splitlines()
    assert out[0] == str(len(lines))
    assert out[1].startswith(f"{latest} {venv}")
    first = json.loads(lines[0])
    raw = (ROOT / "raw" / f"{first['event_id']}.txt").read_text(encoding="utf-8")
    assert out[2] == repr(raw[first["sentence_start"] : first["sentence_end"]])
    assert out[3] == "True"

    # the CLI after a pip install, outside the checkout: version, info and the seeds' accuracy, offline
    script = venv / ("Scripts/roundtables.exe" if os.name == "nt" else "bin/roundtables")

    def cli(*args: str) -> str:
        done = subprocess.run(
            [str(script), *args], cwd=tmp_path, env=env, check=True, capture_output=True, text=True
        )
        return done.stdout

    assert cli("--version").strip() == f"roundtables {__version__} (shipped release: {latest})"
    assert json.loads(cli("info", "--json"))["counts"]["claims"] == len(lines)
    assert json.loads(cli("evaluate", "--json"))["events_scored"] == 2
