"""Write a release: streaming table writers, then an atomic, locked publish.

Each table is streamed into ``<table>.jsonl`` and ``<table>.parquet`` as its
records come; Parquet row groups are flushed every :data:`BATCH_ROWS` rows, so
memory is bounded by a batch, not by the corpus. Parquet is written with the
explicit Arrow schema from the models (never inferred) and the fixed
:data:`PARQUET_SETTINGS`; row-group boundaries depend only on the row count.
Neither format carries a timestamp, so the same records give the same bytes
(Parquet: with the same pyarrow version, which the footer records).

Publishing: files are written into a staging folder inside ``OUT``
(``.roundtables-build-vX.Y.Z-<pid>``), fsynced, then renamed to ``OUT/vX.Y.Z``
in one ``os.rename``: a reader sees the whole release or none. The whole build
holds an exclusive ``fcntl.flock`` on ``OUT/.roundtables-build-lock``, so two
builds into the same ``OUT`` cannot interleave (the second one fails at once;
``msvcrt.locking`` stands in on Windows). A version that exists is never
overwritten: identical files mean there is nothing to do, different files are
refused.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import pyarrow as pa
import pyarrow.json as pa_json
import pyarrow.parquet as pq

from roundtables.errors import ReleaseError, ReleaseExistsError, ReleaseLockedError
from roundtables.schema import arrow_schema

BATCH_ROWS = 4096
"""Rows per Parquet row group, and the most records a table writer holds in memory."""

PARQUET_SETTINGS: dict[str, Any] = {
    "version": "2.6",
    "compression": "zstd",
    "compression_level": 9,
    "use_dictionary": True,
    "write_statistics": True,
    "data_page_version": "1.0",
    "write_page_index": False,
    "store_schema": True,
}
"""Fixed Parquet writer settings (recorded in ``datapackage.json``)."""

LOCK_NAME = ".roundtables-build-lock"
STAGING_PREFIX = ".roundtables-build-"
_CHUNK = 1 << 20


@dataclass(frozen=True)
class FileStats:
    """What ``datapackage.json`` says about one file."""

    name: str
    bytes: int
    sha256: str
    rows: int | None = None


def file_stats(path: Path, rows: int | None = None) -> FileStats:
    """Size and SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return FileStats(path.name, size, digest.hexdigest(), rows)


@functools.cache
def parquet_schema(table: str) -> pa.Schema:
    """The Arrow schema a reader gets back from this table's Parquet files.

    Not quite :func:`arrow_schema`: Parquet names list items ``element``.
    """
    sink = pa.BufferOutputStream()
    pq.write_table(arrow_schema(table).empty_table(), sink, **PARQUET_SETTINGS)
    return pq.read_schema(pa.BufferReader(sink.getvalue()))


def jsonl_table(jsonl: bytes, schema: pa.Schema, *, path: Path) -> pa.Table:
    """The records of JSONL lines as an Arrow table of ``schema``: the same table as
    ``pa.Table.from_pylist`` of the parsed lines, read by Arrow's own JSON reader several times faster.

    The reader drops the not-null flags of nested fields, which the cast puts back.
    """
    try:
        table = pa_json.read_json(
            pa.BufferReader(jsonl),
            read_options=pa_json.ReadOptions(use_threads=False, block_size=max(len(jsonl), 1)),
            parse_options=pa_json.ParseOptions(explicit_schema=schema, unexpected_field_behavior="error"),
        )
        return table.select(schema.names).cast(schema)
    except (pa.ArrowInvalid, pa.ArrowTypeError) as err:
        raise ReleaseError(f"records could not be written as Parquet: {err}", path=path) from None


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class TableWriter:
    """Streams one table's records into its JSONL and Parquet files."""

    def __init__(
        self,
        directory: Path,
        table: str,
        *,
        batch_rows: int = BATCH_ROWS,
        on_batch: Callable[[pa.Table], None] | None = None,
    ) -> None:
        """``on_batch`` is given each batch of records as it is written (a build counts them for the card)."""
        self.table = table
        self._on_batch = on_batch
        self.batch_rows = batch_rows
        self.rows = 0
        self._schema = arrow_schema(table)
        self._jsonl_path = directory / f"{table}.jsonl"
        self._parquet_path = directory / f"{table}.parquet"
        self._jsonl = self._jsonl_path.open("wb")
        self._jsonl_hash = hashlib.sha256()
        self._jsonl_bytes = 0
        self._parquet = pq.ParquetWriter(self._parquet_path, self._schema, **PARQUET_SETTINGS)
        self._buffer: list[bytes] = []

    def write(self, line: str) -> None:
        """Append one record, given as its JSONL line (ending in a newline)."""
        if not line.endswith("\n"):
            raise ValueError(f"a {self.table} JSONL line must end with a newline: {line[:80]!r}")
        encoded = line.encode("utf-8")
        self._jsonl.write(encoded)
        self._jsonl_hash.update(encoded)
        self._jsonl_bytes += len(encoded)
        self._buffer.append(encoded)
        self.rows += 1
        if len(self._buffer) >= self.batch_rows:
            self._flush()

    def _flush(self) -> None:
        if self._buffer:
            batch = jsonl_table(b"".join(self._buffer), self._schema, path=self._jsonl_path)
            self._parquet.write_table(batch, row_group_size=self.batch_rows)
            if self._on_batch is not None:
                self._on_batch(batch)
            self._buffer = []

    def close(self) -> tuple[FileStats, FileStats]:
        """Flush, close and fsync both files; their stats, JSONL first."""
        self._flush()
        self._parquet.close()
        self._jsonl.flush()
        os.fsync(self._jsonl.fileno())
        self._jsonl.close()
        _fsync_path(self._parquet_path)
        jsonl = FileStats(self._jsonl_path.name, self._jsonl_bytes, self._jsonl_hash.hexdigest(), self.rows)
        return jsonl, file_stats(self._parquet_path, self.rows)

    def abort(self) -> None:
        """Close without caring about the files (the staging folder is about to go)."""
        self._buffer = []
        for close in (self._parquet.close, self._jsonl.close):
            with contextlib.suppress(Exception):
                close()


def write_text_file(path: Path, text: str) -> FileStats:
    """Write UTF-8 text with ``\\n`` line ends, fsynced; its stats."""
    data = text.encode("utf-8")
    with path.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    return FileStats(path.name, len(data), hashlib.sha256(data).hexdigest())


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


@contextmanager
def build_lock(out: Path) -> Iterator[None]:
    """Hold the exclusive build lock of ``out``; fail at once if another build holds it."""
    out.mkdir(parents=True, exist_ok=True)
    fd = os.open(out / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        if not _try_lock(fd):
            raise ReleaseLockedError(
                "another build is writing to this folder; run again when it has finished", path=out
            )
        yield
    finally:
        os.close(fd)


def staging_dir(out: Path, version: str) -> Path:
    """A fresh staging folder inside ``out``; call with the build lock held.

    Staging folders left by a killed build of the same version are removed
    first: with the lock held, no running build can own them.
    """
    prefix = f"{STAGING_PREFIX}v{version}-"
    for stale in out.glob(prefix + "*"):
        shutil.rmtree(stale, ignore_errors=True)
    path = out / f"{prefix}{os.getpid()}"
    path.mkdir()
    return path


def _tree_hashes(directory: Path) -> dict[str, str]:
    return {p.name: file_stats(p).sha256 for p in sorted(directory.iterdir()) if p.is_file()}


def differences(new: Path, old: Path) -> list[str]:
    """How the files of ``new`` differ from those of ``old``, one phrase per file; empty when identical."""
    a, b = _tree_hashes(new), _tree_hashes(old)
    found = []
    for name in sorted(set(a) | set(b)):
        if name not in b:
            found.append(f"{name} is new")
        elif name not in a:
            found.append(f"{name} would be removed")
        elif a[name] != b[name]:
            found.append(f"{name} differs")
    return found


def publish(staging: Path, target: Path) -> Literal["written", "unchanged"]:
    """Rename ``staging`` to ``target`` atomically; never touch an existing ``target``.

    Returns ``unchanged`` (and removes ``staging``) when ``target`` already
    holds the same files; raises :class:`ReleaseExistsError` when it holds others.
    """
    _fsync_path(staging)
    if target.exists():
        found = differences(staging, target)
        shutil.rmtree(staging)
        if found:
            raise ReleaseExistsError(
                f"{target.name} is already published with different content ({'; '.join(found)}); "
                "a published version never changes: build a new version number",
                path=target,
            )
        return "unchanged"
    os.rename(staging, target)
    _fsync_path(target.parent)
    return "written"
