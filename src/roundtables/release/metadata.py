"""What a release says about itself beyond its tables: the corpus's own metadata, its accuracy, its card.

A corpus describes itself in ``<raw>/dataset.toml`` (name, title, licence,
citation; see ``docs/own-corpus.md``), so a user's build carries the user's
name and licence, not this project's; without the file a build names itself
after its raw folder and states no licence. When ``<raw>/gold/`` holds hand
annotations, the build scores the new release against them
(:mod:`roundtables.evaluate`) and records the figures. :func:`complete` then
writes the dataset card ``README.md`` and ``croissant.json`` into the
release and lists both in ``datapackage.json``.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from roundtables.errors import InputError
from roundtables.release.card import dataset_card
from roundtables.release.croissant import CROISSANT_NAME, croissant
from roundtables.release.info import Info
from roundtables.release.writer import write_text_file

METADATA_FILE = "dataset.toml"
GOLD_DIR = "gold"
CARD_NAME = "README.md"
CODE = "bad-metadata"
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


@dataclass(frozen=True)
class DatasetMetadata:
    """Who the dataset is, under which licence, and how to cite it."""

    name: str
    title: str
    description: str
    homepage: str | None = None
    creator: str | None = None
    license_id: str | None = None
    license_title: str | None = None
    license_url: str | None = None
    excerpts: str | None = None
    citation: str | None = None
    sources: list[dict[str, str]] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    language: list[str] = field(default_factory=lambda: ["en"])


def _text(table: dict[str, Any], key: str, path: Path, required: bool = False) -> str | None:
    value = table.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{key}: want a non-empty string", path=path, code=CODE)
    return value.strip()


def read_metadata(raw: Path) -> DatasetMetadata:
    """The corpus's ``dataset.toml``, or neutral metadata naming the raw folder when there is none."""
    path = raw / METADATA_FILE
    if not path.is_file():
        folder = re.sub(r"[^a-z0-9._-]+", "-", raw.resolve().name.lower()).strip("-") or "corpus"
        return DatasetMetadata(
            name=folder,
            title=f"{folder}: event summaries parsed by roundtables",
            description=f"Records parsed by roundtables from the raw texts of {raw.resolve().name}/; "
            "no dataset.toml gave a title, licence or citation.",
        )
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise InputError(f"not TOML: {err}", path=path, code=CODE) from None
    name = _text(data, "name", path, required=True) or ""
    if not _NAME.match(name):
        raise InputError(
            f"name {name!r}: lower-case letters, digits, '.', '_' and '-' only", path=path, code=CODE
        )
    licence = data.get("license", {})
    citation = data.get("citation", {})
    if not isinstance(licence, dict) or not isinstance(citation, dict):
        raise InputError("[license] and [citation] must be tables", path=path, code=CODE)
    sources = data.get("sources", [])
    if not isinstance(sources, list) or not all(
        isinstance(s, dict) and isinstance(s.get("title"), str) and isinstance(s.get("url", ""), str)
        for s in sources
    ):
        raise InputError("[[sources]]: each wants a title and a url", path=path, code=CODE)
    for key in ("keywords", "language"):
        if not isinstance(data.get(key, []), list):
            raise InputError(f"{key}: want a list of strings", path=path, code=CODE)
    return DatasetMetadata(
        name=name,
        title=_text(data, "title", path, required=True) or "",
        description=_text(data, "description", path, required=True) or "",
        homepage=_text(data, "homepage", path),
        creator=_text(data, "creator", path),
        license_id=_text(licence, "id", path),
        license_title=_text(licence, "title", path),
        license_url=_text(licence, "url", path),
        excerpts=_text(licence, "excerpts", path),
        citation=_text(citation, "bibtex", path),
        sources=[{"title": s["title"], "path": s.get("url", "")} for s in sources],
        keywords=[str(k) for k in data.get("keywords", [])],
        language=[str(k) for k in data.get("language", ["en"])],
    )


def _licenses(meta: DatasetMetadata) -> list[dict[str, str]]:
    if meta.license_id is None:
        return []
    licence = {"name": meta.license_id}
    if meta.license_url:
        licence["path"] = meta.license_url
    if meta.license_title:
        licence["title"] = meta.license_title
    return [licence]


def complete(staging: Path, descriptor: dict[str, Any], raw: Path, info: Info) -> dict[str, Any]:
    """Fill ``descriptor`` with the corpus's metadata and accuracy; write README.md (its counts from
    ``info``) and croissant.json."""
    meta = read_metadata(raw)
    version = str(descriptor["version"])
    evaluation = None
    if (raw / GOLD_DIR).is_dir():
        from roundtables.evaluate import evaluate

        evaluation = evaluate(staging, raw / GOLD_DIR, raw).summary()
        evaluation["gold"] = f"{raw.resolve().name}/{GOLD_DIR}"
    descriptor = {
        **descriptor,
        "name": meta.name,
        "title": meta.title,
        "description": meta.description,
    }
    if meta.homepage:
        descriptor["homepage"] = meta.homepage
    descriptor["licenses"] = _licenses(meta)
    descriptor["sources"] = meta.sources
    extra = dict(descriptor["roundtables"])
    extra["evaluation"] = evaluation
    if meta.excerpts:
        extra["excerpts"] = meta.excerpts
    if meta.citation:
        extra["citation"] = meta.citation
    parquet = {
        r["path"].removesuffix(".parquet"): r["hash"].removeprefix("sha256:")
        for r in descriptor["resources"]
        if r["format"] == "parquet"
    }
    doc = croissant(
        {
            "name": meta.name,
            "title": meta.title,
            "description": meta.description,
            "license": meta.license_url or meta.license_id,
            "url": meta.homepage,
            "cite_as": meta.citation,
            "creator": meta.creator,
            "keywords": meta.keywords,
        },
        version,
        parquet,
    )
    card = dataset_card(meta, version, info, evaluation, descriptor["resources"])
    written = [
        write_text_file(staging / CROISSANT_NAME, json.dumps(doc, ensure_ascii=False, indent=2) + "\n"),
        write_text_file(staging / CARD_NAME, card),
    ]
    extra["metadata_files"] = [
        {"path": s.name, "bytes": s.bytes, "hash": f"sha256:{s.sha256}"} for s in written
    ]
    descriptor["roundtables"] = extra
    return descriptor
