"""Docs and behaviour agree: every error code is documented, the README's examples run, links exist."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from roundtables import errors

ROOT = Path(__file__).resolve().parents[1]
ERRORS_DOC = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")
_RAISED = re.compile(
    r"(?:\bcode\s*(?::\s*str\s*)?=\s*|\bCODE\s*=\s*|Problem\(\s*|\.add\(\s*)\"([a-z][a-z0-9-]+)\""
)


def codes_in_source() -> set[str]:
    found = set()
    for path in (ROOT / "src" / "roundtables").rglob("*.py"):
        found |= set(_RAISED.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_error_code_the_code_raises_is_documented() -> None:
    codes = codes_in_source()
    assert {"not-raw-text", "no-structure", "bad-gold", "hash-mismatch"} <= codes  # the scan sees them
    missing = sorted(c for c in codes if f"`{c}`" not in ERRORS_DOC)
    assert missing == [], f"docs/errors.md does not list {missing}"


def test_documented_exit_codes_are_the_exceptions_exit_codes() -> None:
    rows = re.findall(r"^\| `([a-z0-9-]+)` \| (\d) \|", ERRORS_DOC, flags=re.MULTILINE)
    by_code = {
        cls.code: cls.exit_code
        for cls in vars(errors).values()
        if isinstance(cls, type) and issubclass(cls, errors.RoundtablesError) and "code" in vars(cls)
    }
    by_code |= {"raw-text": errors.RawTextError.exit_code, "bad-input": errors.InputError.exit_code}
    for code, exit_code in rows:
        expected = by_code.get(code, errors.InputError.exit_code)  # bad-sources, bad-gold ... are InputErrors
        assert int(exit_code) == expected, code


def test_the_no_structure_rule_is_stated_as_the_parser_applies_it() -> None:
    from roundtables.errors import RawTextError
    from roundtables.parse.structure import read_structure

    for text in ("Buy milk and bread.\n", "Buy milk, eggs and fresh bread.\n"):  # short, or about no event
        with pytest.raises(RawTextError) as caught:
            read_structure(text)
        assert caught.value.code == "no-structure"
    rule = (
        "no name list, no bio, and no paragraph of at least five words that speaks of an event or of people"
    )
    assert rule in " ".join(README.split()) and rule in " ".join(ERRORS_DOC.split())


def python_blocks(text: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)


def test_the_readme_examples_run(tmp_path: Path) -> None:
    blocks = python_blocks(README)
    assert len(blocks) >= 2
    pytest.importorskip("duckdb")
    pytest.importorskip("polars")
    pytest.importorskip("pandas")
    for block in blocks:
        done = subprocess.run([sys.executable, "-c", block], cwd=tmp_path, capture_output=True, text=True)
        assert done.returncode == 0, f"{block}\n{done.stderr[-2000:]}"


@pytest.mark.parametrize("doc", sorted(p.name for p in (ROOT / "docs").glob("*.md")))
def test_doc_links_exist(doc: str) -> None:
    text = (ROOT / "docs" / doc).read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#:]+)\)", text):
        assert (ROOT / "docs" / target).exists(), f"{doc} links to missing {target}"


def test_the_parser_tour_names_every_parse_module_and_data_file() -> None:
    """docs/parser.md walks a newcomer through the parser: a module or data file it does not name is one
    the newcomer cannot find (add a row for it)."""
    tour = (ROOT / "docs" / "parser.md").read_text(encoding="utf-8")
    parse = ROOT / "src" / "roundtables" / "parse"
    files = [p.name for p in parse.glob("*.py") if p.name != "__init__.py"]
    files += [p.name for p in (parse / "data").iterdir() if p.is_file()]
    assert len(files) > 50
    missing = sorted(name for name in files if f"`{name}`" not in tour)
    assert missing == [], f"docs/parser.md does not name {missing}"
