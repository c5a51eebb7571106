"""Reading raw bytes: the decoding convention and every kind of bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtables.errors import RawTextError
from roundtables.parse import decode_raw, parse_file, parse_text, rawtext

SUMMARY = (
    "The Example Institute hosted a roundtable discussion with scholars from Tokyo and Washington.\n"
    "\n"
    "Alliance Politics\n"
    "\n"
    "One Japanese participant said that the alliance is under strain.\n"
)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_decoded_text_is_what_read_text_returns(tmp_path: Path) -> None:
    data = ("\ufeff" + SUMMARY).replace("\n", "\r\n").encode("utf-8")
    path = _write(tmp_path, "e1.txt", data)
    assert decode_raw(data, path=path) == path.read_text(encoding="utf-8")


def test_crlf_and_bom_keep_exact_offsets(tmp_path: Path) -> None:
    data = ("\ufeff" + SUMMARY).replace("\n", "\r\n").encode("utf-8")
    path = _write(tmp_path, "e2.txt", data)
    pe = parse_file(path, source_file="raw/e2.txt")
    text = path.read_text(encoding="utf-8")
    assert pe.text == text
    assert text[0] == "\ufeff"
    assert pe.event.host_organization == "Example Institute"
    assert pe.event.sections == ["Alliance Politics"]
    assert pe.event.format == "roundtable"


def test_lone_cr_newlines_are_read_as_lf() -> None:
    assert decode_raw(b"a\rb\r\nc", path="x.txt") == "a\nb\nc"


def test_event_id_and_hash_come_from_the_file(tmp_path: Path) -> None:
    data = SUMMARY.encode("utf-8")
    path = _write(tmp_path, "2020_event-1.b.txt", data)
    pe = parse_file(path, source_file="raw/2020_event-1.b.txt")
    assert pe.event.event_id == "2020_event-1.b"
    import hashlib

    assert pe.event.source_sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b"  \r\n\n\t ", "empty"),
        (b"\xef\xbb\xbf\n", "empty"),
        (b"PK\x03\x04\x00\x00binary", "binary"),
        (bytes(range(1, 32)) * 4, "binary"),
        (b"caf\xe9 au lait and a long enough sentence here.", "not-utf8"),
        (b"word", "no-structure"),
        (b"Event Title\n\nMon. May 4th, 2015\n", "no-structure"),
    ],
)
def test_bad_input_raises_a_coded_error_naming_the_file(tmp_path: Path, data: bytes, code: str) -> None:
    path = _write(tmp_path, "bad.txt", data)
    with pytest.raises(RawTextError) as info:
        parse_file(path, source_file="raw/bad.txt")
    assert info.value.code == code
    assert "bad.txt" in str(info.value)


def test_not_utf8_names_the_byte_offset(tmp_path: Path) -> None:
    path = _write(tmp_path, "latin.txt", b"First line.\nSecond caf\xe9.")
    with pytest.raises(RawTextError) as info:
        parse_file(path, source_file="raw/latin.txt")
    assert "byte offset 22" in str(info.value)
    assert info.value.line == 2


def test_invalid_stem_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "-bad id.txt", SUMMARY.encode())
    with pytest.raises(RawTextError) as info:
        parse_file(path, source_file="raw/-bad id.txt")
    assert info.value.code == "bad-id"


def test_missing_file_is_a_raw_text_error(tmp_path: Path) -> None:
    with pytest.raises(RawTextError) as info:
        parse_file(tmp_path / "absent.txt", source_file="raw/absent.txt")
    assert info.value.code == "unreadable"


def test_a_genuine_short_summary_parses() -> None:
    pe = parse_text(
        "Jane Roe moderated a discussion on trade. One participant said tariffs hurt.",
        event_id="short",
        source_file="raw/short.txt",
        source_sha256="0" * 64,
    )
    assert [(m.person_id, m.role) for m in pe.panels[0].members] == [("jane-roe", "moderator")]


def test_a_truncated_text_keeps_what_is_there() -> None:
    text = (
        " date 2018-02-01 Omar Haddad hosted a roundtable with experts from Cairo.\n\n"
        "Water Security\n\nOne Egyptian expert said that the dam dispute is esc"
    )
    pe = parse_text(text, event_id="cut", source_file="raw/cut.txt", source_sha256="0" * 64)
    assert pe.event.date == "2018-02-01"
    assert pe.event.sections == ["Water Security"]
    assert pe.panels[0].represented == ["EG"]
    from roundtables.parse import read_structure

    last = read_structure(text).blocks[-1]
    assert text[last.start : last.end].endswith("is esc")


def test_control_characters_are_counted_as_the_plain_test_counts_them() -> None:
    for code in range(0x3000):
        ch = chr(code)
        plain = (ch < " " and ch not in rawtext._ALLOWED_CONTROLS) or "\x7f" <= ch < "\xa0"
        assert (rawtext._CONTROL_RE.fullmatch(ch) is not None) == plain, hex(code)
