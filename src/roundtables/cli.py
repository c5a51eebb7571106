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


@app.callback()
def main() -> None:
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
