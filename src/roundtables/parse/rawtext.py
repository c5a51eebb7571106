"""Reading a raw event text: bytes -> the one decoded string every offset refers to.

Convention: the decoded text is exactly what ``Path.read_text(encoding="utf-8")``
returns, so any consumer that opens the file the ordinary way (``eval/score.py``
does ``open(f, encoding="utf-8").read()``) sees the same code points at the
same offsets:

- strict UTF-8; anything else is refused (``not-utf8``, with the byte offset);
- universal newlines: CRLF and lone CR become LF;
- a leading byte-order mark is kept as U+FEFF at offset 0 (the structure
  reader skips it; offsets still count it).

Bad input raises :class:`~roundtables.errors.RawTextError` naming the file,
with a stable ``code``: ``empty`` (no bytes, or only white space and a BOM),
``binary`` (NUL bytes, or more than 10% control characters), ``not-utf8``,
``bad-id`` (a file stem that is not a valid event id). ``no-structure`` is
decided by the structure reader (see :mod:`roundtables.parse.structure`).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from roundtables.errors import RawTextError

EVENT_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
BOM = "\ufeff"
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f", "\v"}
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
"""A control character other than ``_ALLOWED_CONTROLS`` (C0 and DEL and C1)."""
_MAX_CONTROL_SHARE = 0.10


def check_event_id(stem: str, *, path: str | Path | None = None) -> str:
    """``stem`` if it is a valid event id, else RawTextError(code="bad-id")."""
    if not EVENT_ID_RE.fullmatch(stem):
        raise RawTextError(
            f"file name {stem!r} is not a valid event id (letters, digits, '.', '_', '-'; "
            "starting with a letter or digit)",
            path=path,
            code="bad-id",
        )
    return stem


def sha256_hex(data: bytes) -> str:
    """Hex SHA-256 of the raw bytes (the record's ``source_sha256``)."""
    return hashlib.sha256(data).hexdigest()


def _line_of_byte(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode_raw(data: bytes, *, path: str | Path | None) -> str:
    """Decode raw bytes as ``Path.read_text(encoding="utf-8")`` would, refusing bad input."""
    if not data.strip(b" \t\r\n\f\v").removeprefix(b"\xef\xbb\xbf").strip(b" \t\r\n\f\v"):
        raise RawTextError("the file is empty", path=path, code="empty")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise RawTextError(
            f"binary file (NUL byte at byte offset {nul}), not a text",
            path=path,
            line=_line_of_byte(data, nul),
            code="binary",
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise RawTextError(
            f"not UTF-8: invalid byte {data[err.start]:#04x} at byte offset {err.start}",
            path=path,
            line=_line_of_byte(data, err.start),
            code="not-utf8",
        ) from None
    controls = len(_CONTROL_RE.findall(text))
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise RawTextError(
            f"binary file ({controls} control characters in {len(text)}), not a text",
            path=path,
            code="binary",
        )
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_raw(path: Path) -> tuple[bytes, str]:
    """The file's bytes and decoded text; an unreadable file is a RawTextError(code="unreadable")."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise RawTextError(
            f"cannot read the file: {err.strerror or err}", path=path, code="unreadable"
        ) from None
    return data, decode_raw(data, path=path)
