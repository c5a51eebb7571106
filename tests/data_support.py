"""Copies of the parser's data files, edited, and modules built from them: how the tests show that a
word added to a data file is a word the parser reads, and that a bad edit is refused."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from importlib import resources
from pathlib import Path
from types import ModuleType

import pytest

from roundtables.parse import data_files

DATA = Path(data_files.__file__).parent / "data"


def copy_data(tmp_path: Path) -> Path:
    """The parser's data files copied to ``tmp_path/data``."""
    shutil.copytree(DATA, tmp_path / "data")
    return tmp_path / "data"


def edit(path: Path, old: str, new: str) -> None:
    """Replace the one place ``old`` stands in the file at ``path`` by ``new``."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def module_from(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, module: ModuleType) -> ModuleType:
    """A second copy of ``module``, built from the data files under ``tmp_path/data`` (the parser's own
    modules keep the tables they imported)."""
    monkeypatch.setattr(resources, "files", lambda package: tmp_path)
    name = f"{module.__name__.rpartition('.')[2]}_copy"
    spec = importlib.util.spec_from_file_location(name, module.__file__)
    assert spec is not None and spec.loader is not None
    copy = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, name, copy)
    spec.loader.exec_module(copy)
    return copy
