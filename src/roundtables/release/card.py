"""The release's dataset card ``README.md``: YAML front matter the Hugging Face Hub reads, then prose.

The front matter declares one config per table (``data_files`` naming its
Parquet file), so ``datasets.load_dataset(<release folder>, "claims")`` loads
a table as it is and never trips on the schema files or ``datapackage.json``.
Every number in the card is computed from the release being written.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from roundtables.models import PRIMARY_KEYS, RECORD_TYPES

if TYPE_CHECKING:
    from roundtables.release.info import Info
    from roundtables.release.metadata import DatasetMetadata

DEFAULT_CONFIG = "claims"
TASKS = ("text-classification", "token-classification")
SIZES = ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M"))


def _q(value: str) -> str:
    """A YAML scalar: JSON's double-quoted string is valid YAML."""
    return json.dumps(value, ensure_ascii=False)


def size_category(rows: int) -> str:
    """The Hub's size category for the largest table."""
    return next((label for limit, label in SIZES if rows < limit), "1M<n<10M")


def front_matter(meta: DatasetMetadata, info: Info) -> list[str]:
    """The YAML block: licence, language, size, tasks, tags, and one config per table."""
    lines = ["---", f"pretty_name: {_q(meta.title)}"]
    if meta.license_id is None:
        lines.append("license: unknown")
    elif meta.excerpts:
        lines += ["license: other", f"license_name: {_q(meta.license_id.lower() + '-records-with-excerpts')}"]
        if meta.license_url:
            lines.append(f"license_link: {_q(meta.license_url)}")
    else:
        lines.append(f"license: {meta.license_id.lower()}")
    lines += ["language:", *(f"- {_q(lang)}" for lang in meta.language)]
    lines += ["size_categories:", f"- {_q(size_category(max(info.counts.values(), default=0)))}"]
    lines += ["task_categories:", *(f"- {t}" for t in TASKS)]
    if meta.keywords:
        lines += ["tags:", *(f"- {_q(k)}" for k in meta.keywords)]
    lines.append("configs:")
    for table in RECORD_TYPES:
        lines += [
            f"- config_name: {table}",
            "  data_files:",
            "  - split: train",
            f"    path: {table}.parquet",
        ]
        if table == DEFAULT_CONFIG:
            lines.append("  default: true")
    return [*lines, "---"]


def _counts(title: str, counts: dict[str, int]) -> str:
    return f"- {title}: " + (", ".join(f"{k} {n}" for k, n in counts.items()) or "none")


def _accuracy(evaluation: dict[str, Any] | None) -> list[str]:
    if evaluation is None:
        return [
            "No annotated sample came with this build (no `gold/` folder beside the raw texts), so no "
            "accuracy is stated. Annotate a few texts (see `docs/evaluation.md`) and rebuild to get one."
        ]
    c = evaluation["claims"]

    def ci(name: str) -> str:
        low, high = evaluation[name]
        return f"{low:.3f}–{high:.3f}"

    return [
        f"Scored by `roundtables evaluate` against the {evaluation['events_scored']} hand-annotated "
        f"events of `{evaluation['gold']}` ({c['gold']} annotated claims); 95% intervals: bootstrap "
        f"over events ({evaluation['bootstrap']['resamples']} resamples). The figures hold for the "
        "annotated texts; on texts the parser was not tuned on they will be lower.",
        "",
        "| figure | value | 95% interval |",
        "|---|---:|---|",
        f"| claims precision / recall / F1 | {c['precision']:.3f} / {c['recall']:.3f} / {c['f1']:.3f} "
        f"| F1 {ci('claims_f1_ci95')} |",
        f"| cue accuracy | {evaluation['cue_accuracy']:.3f} | |",
        f"| attribution accuracy | {evaluation['attribution_accuracy']:.3f} "
        f"| {ci('attribution_accuracy_ci95')} |",
        f"| speaker pairs F1 / B-cubed F1 | {evaluation['speaker_pairs_f1']:.3f} / "
        f"{evaluation['b_cubed_f1']:.3f} | |",
        f"| people F1 | {evaluation['people_f1']:.3f} | {ci('people_f1_ci95')} |",
        f"| people's roles | {evaluation['role_accuracy']:.3f} | |",
        f"| event fields | {evaluation['event_fields_accuracy']:.3f} | |",
    ]


def dataset_card(
    meta: DatasetMetadata,
    version: str,
    info: Info,
    evaluation: dict[str, Any] | None,
    resources: list[dict[str, Any]],
) -> str:
    """The whole card: front matter, then what the release holds, how good it is, how to load and cite it."""
    cpe = info.claims_per_event
    sizes = {r["path"]: r["bytes"] for r in resources}
    parts = [
        *front_matter(meta, info),
        "",
        f"# {meta.title}",
        "",
        f"Version {version}. {meta.description}",
        "",
        "## Tables",
        "",
        "| table | records | key | Parquet bytes | JSON Lines bytes |",
        "|---|---:|---|---:|---:|",
        *(
            f"| `{t}` | {info.counts[t]} | `{PRIMARY_KEYS[t]}` | {sizes.get(f'{t}.parquet', 0)} "
            f"| {sizes.get(f'{t}.jsonl', 0)} |"
            for t in RECORD_TYPES
        ),
        "",
        "Every field is described in `croissant.json`, in the JSON Schema files beside the tables "
        "(`*.schema.json`) and in `datapackage.json`.",
        "",
        "## Distributions",
        "",
        f"- claims per event: min {cpe['min']:g}, median {cpe['median']:g}, mean {cpe['mean']:.1f}, "
        f"max {cpe['max']:g}",
        _counts("events by year", info.events_by_year),
        _counts("events by format", info.events_by_format),
        _counts("speakers by kind", info.speakers_by_kind),
        _counts("speakers by nationality", info.speakers_by_nationality),
        _counts("claims by cue", info.cues),
        "",
        "## Accuracy",
        "",
        *_accuracy(evaluation),
        "",
        "## Load it",
        "",
        "```python",
        "from datasets import load_dataset",
        f'claims = load_dataset("path/to/this/folder", "{DEFAULT_CONFIG}", split="train")',
        "```",
        "",
        "The Parquet and JSON Lines files read as they are with pandas, polars, DuckDB or pyarrow; "
        "`croissant.json` (Croissant 1.1) loads with `mlcroissant`.",
        "",
        "## Sources",
        "",
        *(
            [f"- {s['title']}" + (f" <{s['path']}>" if s.get("path") else "") for s in meta.sources]
            or ["- not stated"]
        ),
        "",
        "Each event records its raw file, that file's SHA-256 and, where known, the page's URL, "
        "publisher and retrieval date.",
        "",
        "## Licence",
        "",
        (
            f"Records: {meta.license_title or meta.license_id}"
            + (f" ({meta.license_url})." if meta.license_url else ".")
            if meta.license_id
            else "No licence was stated for this build."
        ),
        *(["", meta.excerpts] if meta.excerpts else []),
        "",
        "## Citation",
        "",
        *(
            ["```bibtex", meta.citation, "```"]
            if meta.citation
            else ["No citation was given for this build."]
        ),
    ]
    return "\n".join(parts) + "\n"
