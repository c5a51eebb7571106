"""The ``roundtables`` command: a few lines over each library function, errors as one line."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from roundtables.errors import RoundtablesError
from roundtables.schema import data_dictionary, write_schema

app = typer.Typer(
    help="Build, check, compare and fetch releases of the roundtables dataset.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        from roundtables import __version__
        from roundtables.readers import shipped_version

        typer.echo(f"roundtables {__version__} (shipped release: {shipped_version() or 'none'})")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Build, check, compare and fetch releases of the roundtables dataset."""


@contextmanager
def reported() -> Iterator[None]:
    """Turn a library error into one readable line on stderr and its exit code."""
    try:
        yield
    except RoundtablesError as err:
        typer.echo(f"error [{err.code}]: {err}", err=True)
        raise typer.Exit(err.exit_code) from None


def echo(line: str) -> None:
    typer.echo(line)


class ProgressDisplay:
    """A build's progress on stderr: one line rewritten in place on a terminal (count, rate, time
    left), else a plain line every 5% of a long build, so logs stay readable."""

    def __init__(self, *, terminal: bool, min_files: int = 50) -> None:
        import time

        self.terminal = terminal
        self.min_files = min_files
        self.started = time.monotonic()
        self.shown = 0.0
        self.step = 0
        self.open_line = False

    def update(self, done: int, total: int, path: Path) -> None:
        import time

        if total < self.min_files:
            return
        now = time.monotonic()
        elapsed = max(now - self.started, 1e-9)
        rate = done / elapsed
        left = (total - done) / rate if rate else 0.0
        line = f"parsed {done:,}/{total:,} raw files, {rate:,.0f} files/s, {_duration(left)} left"
        if self.terminal:
            if done == total or now - self.shown >= 0.2:
                self.shown = now
                typer.echo(f"\r{line}\x1b[K", err=True, nl=False)
                self.open_line = True
        elif done == total or done * 20 // total > self.step:
            self.step = done * 20 // total
            typer.echo(f"{line} ({path.name})", err=True)

    def close(self) -> None:
        if self.open_line:
            typer.echo("", err=True)
            self.open_line = False


def _duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


@app.command()
def schema(
    out: Annotated[Path, typer.Option(help="Folder for the JSON Schema files.")] = Path("schema"),
    docs: Annotated[
        Path | None, typer.Option(help="Also write the Markdown data dictionary to this file.")
    ] = Path("docs/data-dictionary.md"),
) -> None:
    """Regenerate schema/ (and the data dictionary) from the models."""
    with reported():
        for path in write_schema(out):
            echo(f"wrote {path}")
        if docs is not None:
            docs.parent.mkdir(parents=True, exist_ok=True)
            docs.write_text(data_dictionary(), encoding="utf-8", newline="\n")
            echo(f"wrote {docs}")


@app.command()
def build(
    raw: Annotated[Path, typer.Option(help="Folder of raw event texts (<event_id>.txt).")] = Path("raw"),
    out: Annotated[Path, typer.Option(help="Folder of releases; writes OUT/vX.Y.Z.")] = Path("dist-data"),
    version: Annotated[
        str | None, typer.Option(help="Release version X.Y.Z (default: the package's dataset version).")
    ] = None,
    skip_invalid: Annotated[
        bool, typer.Option(help="Publish without the raw files that fail (listed in datapackage.json).")
    ] = False,
    schema_dir: Annotated[
        Path | None, typer.Option("--schema", help="Published JSON Schema to check records against.")
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(help="Worker processes that parse (default: one per core, fewer for a small corpus)."),
    ] = None,
) -> None:
    """Parse every raw text, check every record and publish OUT/vX.Y.Z (whole or not at all)."""
    import sys

    from roundtables import DATASET_VERSION
    from roundtables.release import build_release

    if jobs is not None and jobs < 1:
        typer.echo("error: --jobs must be at least 1", err=True)
        raise typer.Exit(2)
    display = ProgressDisplay(terminal=sys.stderr.isatty())
    with reported():
        try:
            summary = build_release(
                raw,
                out,
                version or DATASET_VERSION,
                skip_invalid=skip_invalid,
                progress=display.update,
                schema_dir=schema_dir,
                jobs=jobs,
            )
        finally:
            display.close()
    echo(f"read {summary.files_read} raw files from {raw}")
    echo("records: " + ", ".join(f"{t} {n}" for t, n in summary.records.items()))
    if summary.rejected:
        echo(f"skipped {len(summary.rejected)} raw files (listed in datapackage.json):")
        for rejected in summary.rejected:
            echo(f"  {rejected}")
    if summary.status == "unchanged":
        echo(f"{summary.release} already holds exactly this release: nothing to do")
    else:
        echo(f"wrote {summary.release}")


@app.command()
def validate(
    release: Annotated[Path, typer.Argument(help="A release folder, e.g. dist-data/v1.0.0.")],
    raw: Annotated[
        Path | None, typer.Option(help="Also check every claim's sentence span against these raw texts.")
    ] = None,
) -> None:
    """Check a release: file sizes and hashes, every record, references (and spans, with --raw)."""
    from roundtables.release import validate_release

    with reported():
        problems = validate_release(release, raw)
    for problem in problems:
        echo(str(problem))
    if problems:
        typer.echo(f"{release}: {len(problems)} problems", err=True)
        raise typer.Exit(1)
    echo(f"{release}: valid")


@app.command()
def diff(
    old: Annotated[Path, typer.Argument(help="The older release folder.")],
    new: Annotated[Path, typer.Argument(help="The newer release folder.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the difference as JSON.")] = False,
) -> None:
    """Per table, the records added, removed and changed (with the changed fields) from OLD to NEW."""
    import json

    from roundtables.release import diff_releases

    with reported():
        result = diff_releases(old, new)
    if as_json:
        echo(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
    else:
        for line in result.lines():
            echo(line)


@app.command()
def info(
    release: Annotated[
        Path | None,
        typer.Argument(help="A release folder, e.g. dist-data/v1.0.0 (default: the release shipped)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Counts per table and the first distributions: claims per event, speakers, cues."""
    import json

    from roundtables.readers import release_dir
    from roundtables.release import release_info

    with reported():
        result = release_info(release if release is not None else release_dir())
    if as_json:
        echo(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
    else:
        for line in result.lines():
            echo(line)


@app.command("evaluate")
def evaluate_command(
    release: Annotated[
        Path | None, typer.Argument(help="A release folder (default: the release shipped in the package).")
    ] = None,
    gold: Annotated[
        Path | None,
        typer.Option(help="Folder of gold files <event_id>.json (default: the seeds' annotations shipped)."),
    ] = None,
    raw: Annotated[
        Path | None,
        typer.Option(help="Folder of the annotated raw texts (default: the gold folder's parent)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print every figure and detail as JSON.")] = False,
    details: Annotated[bool, typer.Option(help="Also list every miss, extra claim and wrong field.")] = False,
) -> None:
    """Score a release against hand annotations: claims found, attribution, speakers, people, event fields."""
    import json

    from roundtables.evaluate import evaluate_default

    with reported():
        result = evaluate_default(release, gold, raw)
    if as_json:
        echo(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
    else:
        for line in result.lines(details):
            echo(line)


@app.command("download")
def download_command(
    version: Annotated[str, typer.Argument(help="The release to fetch, e.g. 1.0.0.")],
    dest: Annotated[
        Path | None,
        typer.Option(help="Put vX.Y.Z/ here (default: $ROUNDTABLES_CACHE_DIR, else the per-user cache)."),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(help="Server laid out like dist-data/ (default: $ROUNDTABLES_BASE_URL, else ours)."),
    ] = None,
) -> None:
    """Fetch a published release, check every file against the shipped registry, keep it cached."""
    from roundtables.fetch import download

    with reported():
        folder = download(version, dest, base_url)
        echo(str(folder))


@app.command("registry")
def registry_command(
    dist_data: Annotated[Path, typer.Option(help="Folder of published releases.")] = Path("dist-data"),
    out: Annotated[Path, typer.Option(help="Registry file to write.")] = Path("src/roundtables/registry.txt"),
) -> None:
    """Regenerate the registry of releases shipped in the package (SHA-256 of every published file)."""
    from roundtables.registry import parse_registry, write_registry

    with reported():
        path = write_registry(dist_data, out)
        count = len(parse_registry(path.read_text(encoding="utf-8"), source=path))
        echo(f"wrote {path} ({count} files)")
