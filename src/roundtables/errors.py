"""The exceptions the library raises; the CLI turns each into one line and an exit code.

    RoundtablesError            every error this package raises on purpose
    ├── RawTextError            a raw event text cannot be read or parsed
    ├── RecordError             a record fails the models or the published JSON Schema
    ├── InputError              other bad input: a sources manifest, dataset metadata, gold file, filter
    │   └── LexiconError        a data file of the parser's lexicon does not read
    ├── SchemaDriftError        schema/ differs from what the models generate
    ├── ReleaseError            a release cannot be built, read or checked
    │   ├── RejectedFilesError  raw files were rejected, so no release was written (bad input: exit 2)
    │   ├── ReleaseExistsError  the version is already published with other content
    │   └── ReleaseLockedError  another build of the same output folder is running
    └── DownloadError           a release cannot be fetched
        ├── UnknownVersionError the version is not in the registry shipped with the package
        └── ChecksumError       a downloaded file's SHA-256 differs from the registry's

Every error carries the file it is about, the line when one applies, a stable
``code`` a program can match on, and a reason written for a person.
"""

from __future__ import annotations

from pathlib import Path


class RoundtablesError(Exception):
    """Base class: ``str(err)`` is ``file:line: reason`` (file and line when known)."""

    code = "error"
    exit_code = 1

    def __init__(self, reason: str, *, path: str | Path | None = None, line: int | None = None) -> None:
        self.reason = reason
        self.path = None if path is None else str(path)
        self.line = line
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.reason}" if where else self.reason


class RawTextError(RoundtablesError):
    """A raw text that cannot be read or parsed; ``code`` says why (empty, not-utf8, binary, ...)."""

    exit_code = 2

    def __init__(
        self, reason: str, *, path: str | Path | None = None, line: int | None = None, code: str = "raw-text"
    ) -> None:
        self.code = code
        super().__init__(reason, path=path, line=line)


class RecordError(RoundtablesError):
    """A record that the models or the published schema reject."""

    code = "invalid-record"
    exit_code = 2


class InputError(RoundtablesError):
    """Bad input other than a raw text: ``code`` says which (``bad-sources``, ``bad-metadata``,
    ``bad-gold``, ``bad-filter``)."""

    exit_code = 2

    def __init__(
        self, reason: str, *, path: str | Path | None = None, line: int | None = None, code: str = "bad-input"
    ) -> None:
        self.code = code
        super().__init__(reason, path=path, line=line)


class LexiconError(InputError):
    """A data file of the parser's lexicon (``roundtables/parse/data/``: the TOML word tables, the
    countries' TSV) that does not read: not TOML, a table missing or unknown, a line or an entry of the
    wrong shape. Raised when the parser is imported."""

    def __init__(self, reason: str, *, path: str | Path | None = None, line: int | None = None) -> None:
        super().__init__(reason, path=path, line=line, code="bad-lexicon")


class SchemaDriftError(RoundtablesError):
    """The files in ``schema/`` are not what the models generate."""

    code = "schema-drift"
    exit_code = 2


class ReleaseError(RoundtablesError):
    """A release that cannot be built, read or checked."""

    code = "release"
    exit_code = 3


class RejectedFilesError(ReleaseError):
    """Raw files were rejected, so nothing was written: the input is bad, not the release."""

    code = "rejected"
    exit_code = 2


class ReleaseExistsError(ReleaseError):
    """The version is already published with different content; published versions never change."""

    code = "release-exists"


class ReleaseLockedError(ReleaseError):
    """Another build is writing to the same output folder."""

    code = "release-locked"


class DownloadError(RoundtablesError):
    """A release file that cannot be fetched."""

    code = "download"
    exit_code = 4


class UnknownVersionError(DownloadError):
    """The version is not in the registry of releases shipped inside the package."""

    code = "unknown-version"


class ChecksumError(DownloadError):
    """A fetched file whose SHA-256 is not the registry's; the file has been removed."""

    code = "checksum"
