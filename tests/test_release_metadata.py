"""What a release says about itself: the corpus's metadata, its accuracy, the dataset card, Croissant.

The card and croissant.json are checked with the real tools: Hugging Face ``datasets`` loads
each table from the release folder offline, and ``mlcroissant`` validates the file and reads
every record set.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from release_support import build_fake, write_corpus
from roundtables.errors import InputError
from roundtables.evaluate import evaluate
from roundtables.release import build_release, validate_release

ROOT = Path(__file__).resolve().parents[1]
TABLES = ("events", "panels", "people", "claims")


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's raw/ (texts, sources.tsv, dataset.toml, gold/) built by the real parser."""
    out = tmp_path_factory.mktemp("release")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        return build_release(Path("raw"), out, "1.1.0", schema_dir=Path("schema")).release


def descriptor(release: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    return loaded


def rows(release: Path, table: str) -> int:
    return len((release / f"{table}.jsonl").read_text(encoding="utf-8").splitlines())


def test_the_release_is_valid_with_its_card_and_croissant(release: Path) -> None:
    assert [str(p) for p in validate_release(release, ROOT / "raw")] == []
    listed = {f["path"] for f in descriptor(release)["roundtables"]["metadata_files"]}
    assert listed == {"README.md", "croissant.json"}


def test_metadata_comes_from_dataset_toml(release: Path) -> None:
    desc = descriptor(release)
    assert desc["name"] == "roundtables" and desc["licenses"][0]["name"] == "CC-BY-4.0"
    assert "remain © their publishers" in desc["roundtables"]["excerpts"]
    assert desc["roundtables"]["citation"].startswith("@misc{roundtables,")


def test_the_annotated_sample_is_scored_into_the_metadata_and_the_card(release: Path) -> None:
    recorded = descriptor(release)["roundtables"]["evaluation"]
    figures = evaluate(release, ROOT / "raw" / "gold", ROOT / "raw")
    assert recorded == {**figures.summary(), "gold": "raw/gold"}
    assert recorded["events_scored"] == 2
    card = (release / "README.md").read_text(encoding="utf-8")
    c = recorded["claims"]
    assert (
        f"| claims precision / recall / F1 | {c['precision']:.3f} / {c['recall']:.3f} / {c['f1']:.3f}" in card
    )
    assert f"| `claims` | {rows(release, 'claims')} |" in card


def test_card_front_matter_declares_a_config_per_table(release: Path) -> None:
    yaml = pytest.importorskip("yaml")
    card = (release / "README.md").read_text(encoding="utf-8")
    assert card.startswith("---\n")
    meta = yaml.safe_load(card.split("---\n")[1])
    assert meta["license"] == "other" and meta["license_name"] == "cc-by-4.0-records-with-excerpts"
    assert meta["language"] == ["en"] and meta["size_categories"] == ["n<1K"]
    configs = {c["config_name"]: c["data_files"] for c in meta["configs"]}
    assert configs == {t: [{"split": "train", "path": f"{t}.parquet"}] for t in TABLES}


def test_hugging_face_datasets_loads_each_table_offline(release: Path, tmp_path: Path) -> None:
    pytest.importorskip("datasets")
    code = (
        "import json, sys\n"
        "from datasets import load_dataset\n"
        "out = {}\n"
        "for table in ('events', 'panels', 'people', 'claims'):\n"
        "    ds = load_dataset(sys.argv[1], table, split='train')\n"
        "    out[table] = [len(ds), ds[0]]\n"
        "print(json.dumps(out, default=str))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("HF_")}
    env |= {"HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1", "HF_HOME": str(tmp_path / "hf")}
    done = subprocess.run(
        [sys.executable, "-c", code, str(release)], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    for table in TABLES:
        first = json.loads((release / f"{table}.jsonl").read_text(encoding="utf-8").splitlines()[0])
        assert loaded[table][0] == rows(release, table)
        assert loaded[table][1] == first
    assert not (release / ".cache").exists()


def test_mlcroissant_validates_and_reads_every_record_set(release: Path) -> None:
    mlc = pytest.importorskip("mlcroissant")
    dataset = mlc.Dataset(jsonld=str(release / "croissant.json"))
    assert not dataset.metadata.issues.errors
    doc = json.loads((release / "croissant.json").read_text(encoding="utf-8"))
    assert doc["conformsTo"] == "http://mlcommons.org/croissant/1.1" and doc["version"] == "1.1.0"
    for table in TABLES:
        records = list(dataset.records(record_set=table))
        assert len(records) == rows(release, table)
    first = json.loads((release / "claims.jsonl").read_text(encoding="utf-8").splitlines()[0])
    claim = next(iter(dataset.records(record_set="claims")))
    assert claim["claims/claim_id"].decode() == first["claim_id"]
    assert claim["claims/sentence_start"] == first["sentence_start"]
    assert claim["claims/speaker"]["claims/speaker/mention"].decode() == first["speaker"]["mention"]


def test_a_users_dataset_toml_names_their_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    raw = write_corpus(tmp_path / "mine")
    (raw / "dataset.toml").write_text(
        'name = "harbor-talks"\ntitle = "Harbor talks"\ndescription = "Our own roundtables."\n'
        '[license]\nid = "CC0-1.0"\nurl = "https://creativecommons.org/publicdomain/zero/1.0/"\n'
        '[citation]\nbibtex = "@misc{harbor}"\n',
        encoding="utf-8",
    )
    release = build_fake(raw, tmp_path / "out").release
    desc = descriptor(release)
    assert (desc["name"], desc["title"], desc["licenses"][0]["name"]) == (
        "harbor-talks",
        "Harbor talks",
        "CC0-1.0",
    )
    assert desc["roundtables"]["evaluation"] is None
    card = (release / "README.md").read_text(encoding="utf-8")
    assert "license: cc0-1.0\n" in card and "@misc{harbor}" in card and "No annotated sample" in card
    croissant = json.loads((release / "croissant.json").read_text(encoding="utf-8"))
    assert croissant["name"] == "harbor-talks" and croissant["citeAs"] == "@misc{harbor}"

    (raw / "dataset.toml").write_text('name = "Bad Name"\ntitle = "t"\ndescription = "d"\n', encoding="utf-8")
    with pytest.raises(InputError, match="name 'Bad Name'") as caught:
        build_fake(raw, tmp_path / "out2")
    assert caught.value.code == "bad-metadata" and caught.value.exit_code == 2
