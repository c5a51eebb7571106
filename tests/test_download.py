"""Downloads from a real HTTP server on 127.0.0.1: verified, cached, reused offline, refused whole."""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import stat
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest
from typer.testing import CliRunner

import roundtables
import roundtables.fetch
from handmade_release import write_release
from roundtables.cli import app
from roundtables.errors import ChecksumError, DownloadError, UnknownVersionError
from roundtables.fetch import download, resolve_base_url, resolve_cache_dir
from roundtables.registry import parse_registry, registry_text

VERSION = "0.1.0"


class Handler(SimpleHTTPRequestHandler):
    """Serves a folder; paths in ``cut`` get a Content-Length for the whole file but half the body."""

    cut: ClassVar[set[str]] = set()

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        if self.path not in self.cut:
            super().do_GET()
            return
        body = Path(self.translate_path(self.path)).read_bytes()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body[: len(body) // 2])
        self.wfile.flush()
        self.close_connection = True


class Server:
    """A ThreadingHTTPServer serving ``root`` on a free loopback port, in a thread."""

    def __init__(self, root: Path) -> None:
        self.root = root
        handler = type("CutHandler", (Handler,), {"cut": set()})
        self.cut: set[str] = handler.cut
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(handler, directory=str(root)))
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def stop(self) -> None:
        if self.thread.is_alive():
            self.httpd.shutdown()
            self.thread.join()
        self.httpd.server_close()


@pytest.fixture
def published(tmp_path: Path) -> Path:
    """The publisher's copy of the release, from which the registry is made."""
    root = tmp_path / "published"
    write_release(root, VERSION)
    return root


@pytest.fixture
def registry(published: Path) -> dict[str, str]:
    return parse_registry(registry_text(published))


@pytest.fixture
def server(published: Path, tmp_path: Path) -> Iterator[Server]:
    served = tmp_path / "served"
    shutil.copytree(published, served)
    running = Server(served)
    yield running
    running.stop()


@pytest.fixture(autouse=True)
def no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ROUNDTABLES_BASE_URL", raising=False)
    monkeypatch.delenv("ROUNDTABLES_CACHE_DIR", raising=False)


def closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_good_download_is_whole_and_verified(
    server: Server, registry: dict[str, str], published: Path, tmp_path: Path
) -> None:
    folder = download(VERSION, tmp_path / "cache", server.url, registry=registry)
    assert folder == tmp_path / "cache" / f"v{VERSION}"
    expected = sorted(p.name for p in (published / f"v{VERSION}").iterdir())
    assert leftovers(folder) == expected
    for name in expected:
        assert (folder / name).read_bytes() == (published / f"v{VERSION}" / name).read_bytes()


def test_cache_is_reused_offline(server: Server, registry: dict[str, str], tmp_path: Path) -> None:
    first = download(VERSION, tmp_path / "cache", server.url, registry=registry)
    server.stop()
    assert download(f"v{VERSION}", tmp_path / "cache", server.url, registry=registry) == first
    assert download(VERSION, tmp_path / "cache", closed_port_url(), registry=registry, files=["claims.jsonl"])


def test_only_the_asked_files_are_fetched(server: Server, registry: dict[str, str], tmp_path: Path) -> None:
    folder = download(VERSION, tmp_path / "cache", server.url, registry=registry, files=["claims.parquet"])
    assert leftovers(folder) == ["claims.parquet"]


def test_tampered_file_is_refused_and_removed(
    server: Server, registry: dict[str, str], tmp_path: Path
) -> None:
    served = server.root / f"v{VERSION}" / "claims.jsonl"
    served.write_bytes(served.read_bytes().replace(b"doubled", b"tripled"))
    with pytest.raises(ChecksumError) as caught:
        download(VERSION, tmp_path / "cache", server.url, registry=registry, files=["claims.jsonl"])
    message = str(caught.value)
    assert message.startswith(f"{server.url}/v{VERSION}/claims.jsonl: SHA-256 is ")
    assert registry[f"v{VERSION}/claims.jsonl"] in message
    assert "the file was removed" in message
    assert leftovers(tmp_path / "cache" / f"v{VERSION}") == []


def test_truncated_transfer_is_refused_and_not_kept(
    server: Server, registry: dict[str, str], tmp_path: Path
) -> None:
    server.cut.add(f"/v{VERSION}/claims.parquet")
    with pytest.raises(DownloadError, match="cut short") as caught:
        download(VERSION, tmp_path / "dest", server.url, registry=registry, files=["claims.parquet"])
    assert not isinstance(caught.value, ChecksumError)
    assert f"/v{VERSION}/claims.parquet" in str(caught.value)
    assert leftovers(tmp_path / "dest" / f"v{VERSION}") == []


def test_server_down_names_the_url(registry: dict[str, str], tmp_path: Path) -> None:
    url = closed_port_url()
    with pytest.raises(DownloadError, match="cannot reach the server") as caught:
        download(VERSION, tmp_path / "cache", url, registry=registry)
    assert str(caught.value).startswith(f"{url}/v{VERSION}/")
    assert leftovers(tmp_path / "cache" / f"v{VERSION}") == []


def test_http_error_names_the_url_and_status(
    server: Server, registry: dict[str, str], tmp_path: Path
) -> None:
    (server.root / f"v{VERSION}" / "people.parquet").unlink()
    with pytest.raises(DownloadError, match="HTTP 404") as caught:
        download(VERSION, tmp_path / "cache", server.url, registry=registry, files=["people.parquet"])
    assert str(caught.value).startswith(f"{server.url}/v{VERSION}/people.parquet: ")
    assert leftovers(tmp_path / "cache" / f"v{VERSION}") == []


def test_damaged_cached_file_is_fetched_again(
    server: Server, registry: dict[str, str], tmp_path: Path
) -> None:
    folder = download(VERSION, tmp_path / "cache", server.url, registry=registry, files=["events.jsonl"])
    good = (folder / "events.jsonl").read_bytes()
    (folder / "events.jsonl").write_bytes(good[:-10])
    download(VERSION, tmp_path / "cache", server.url, registry=registry, files=["events.jsonl"])
    assert (folder / "events.jsonl").read_bytes() == good

    (folder / "events.jsonl").write_bytes(b"{}\n")
    server.stop()
    with pytest.raises(DownloadError):
        download(VERSION, tmp_path / "cache", server.url, registry=registry, files=["events.jsonl"])
    assert leftovers(folder) == []


def test_unknown_version_lists_the_known_ones(registry: dict[str, str], tmp_path: Path) -> None:
    with pytest.raises(UnknownVersionError, match=r"'9\.9\.9'.*known: 0\.1\.0"):
        download("9.9.9", tmp_path / "cache", closed_port_url(), registry=registry)
    with pytest.raises(UnknownVersionError, match=r"no file nope\.csv"):
        download(VERSION, tmp_path / "cache", closed_port_url(), registry=registry, files=["nope.csv"])
    assert not (tmp_path / "cache").exists()


def test_base_url_and_cache_dir_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert resolve_base_url() == roundtables.fetch.DEFAULT_BASE_URL
    monkeypatch.setenv("ROUNDTABLES_BASE_URL", "http://mirror.invalid/data/")
    assert resolve_base_url() == "http://mirror.invalid/data"
    assert resolve_base_url("http://other.invalid") == "http://other.invalid"

    assert resolve_cache_dir().name == "roundtables"
    monkeypatch.setenv("ROUNDTABLES_CACHE_DIR", str(tmp_path / "c"))
    assert resolve_cache_dir() == tmp_path / "c"
    assert resolve_cache_dir(tmp_path / "d") == tmp_path / "d"


def test_environment_picks_server_and_cache(
    server: Server, registry: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ROUNDTABLES_BASE_URL", server.url)
    monkeypatch.setenv("ROUNDTABLES_CACHE_DIR", str(tmp_path / "envcache"))
    folder = download(VERSION, registry=registry, files=["panels.jsonl"])
    assert folder == tmp_path / "envcache" / f"v{VERSION}"
    assert (folder / "panels.jsonl").is_file()


def test_cli_download_and_its_errors(
    server: Server, registry: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(roundtables.fetch, "shipped_registry", lambda: registry)
    runner = CliRunner()
    dest = tmp_path / "dest"
    ok = runner.invoke(app, ["download", VERSION, "--dest", str(dest), "--base-url", server.url])
    assert ok.exit_code == 0, ok.output
    assert ok.output.strip() == str(dest / f"v{VERSION}")
    assert len(leftovers(dest / f"v{VERSION}")) == len(registry)

    unknown = runner.invoke(app, ["download", "2.0.0", "--dest", str(dest), "--base-url", server.url])
    assert unknown.exit_code == 4
    assert unknown.output.startswith("error [unknown-version]: no release '2.0.0'")

    (server.root / f"v{VERSION}" / "events.jsonl").write_text("{}\n", encoding="utf-8")
    fresh = tmp_path / "fresh"
    bad = runner.invoke(app, ["download", VERSION, "--dest", str(fresh), "--base-url", server.url])
    assert bad.exit_code == 4
    assert bad.output.startswith(f"error [checksum]: {server.url}/v{VERSION}/events.jsonl: SHA-256 is ")
    assert "events.jsonl" not in leftovers(fresh / f"v{VERSION}")
    assert len(bad.output.strip().splitlines()) == 1


def test_every_fetched_file_matches_its_registry_hash(
    server: Server, registry: dict[str, str], tmp_path: Path
) -> None:
    folder = download(VERSION, tmp_path / "cache", server.url, registry=registry)
    for name in leftovers(folder):
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == registry[f"v{VERSION}/{name}"]


def test_a_failed_download_leaves_nothing_new(
    server: Server, registry: dict[str, str], tmp_path: Path
) -> None:
    served = server.root / f"v{VERSION}" / "people.jsonl"
    served.write_bytes(served.read_bytes() + b"\n")
    dest = tmp_path / "new" / "dest"
    with pytest.raises(ChecksumError):
        download(VERSION, dest, server.url, registry=registry)
    assert not (tmp_path / "new").exists()  # no file, no empty v0.1.0/, not even the folders it made

    kept = download(VERSION, dest, server.url, registry=registry, files=["claims.jsonl"])
    with pytest.raises(ChecksumError):
        download(VERSION, dest, server.url, registry=registry)
    assert leftovers(kept) == ["claims.jsonl"] and leftovers(dest) == [f"v{VERSION}"]


def test_a_plain_path_is_a_file_mirror(published: Path, registry: dict[str, str], tmp_path: Path) -> None:
    folder = download(VERSION, tmp_path / "cache", str(published), registry=registry)
    assert leftovers(folder) == sorted(p.name for p in (published / f"v{VERSION}").iterdir())
    assert resolve_base_url(str(published)) == published.resolve().as_uri()


def test_a_base_url_that_is_neither_is_refused_in_one_line(registry: dict[str, str], tmp_path: Path) -> None:
    with pytest.raises(DownloadError, match=r"neither a URL .* nor an existing folder"):
        download(VERSION, tmp_path / "cache", str(tmp_path / "nowhere"), registry=registry)
    with pytest.raises(DownloadError, match="unsupported URL scheme 'ftp'"):
        download(VERSION, tmp_path / "cache", "ftp://example.invalid/data", registry=registry)
    assert not (tmp_path / "cache").exists()


def test_cli_plain_path_base_url(
    published: Path, registry: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(roundtables.fetch, "shipped_registry", lambda: registry)
    runner = CliRunner()
    ok = runner.invoke(
        app, ["download", VERSION, "--dest", str(tmp_path / "d"), "--base-url", str(published)]
    )
    assert ok.exit_code == 0, ok.output
    bad = runner.invoke(
        app, ["download", VERSION, "--dest", str(tmp_path / "e"), "--base-url", "no/such/dir"]
    )
    assert bad.exit_code == 4
    assert bad.output.strip().splitlines() == [
        "error [download]: no/such/dir: the base URL is neither a URL (http://, https://, file://) "
        "nor an existing folder"
    ]


def test_a_damaged_cached_file_found_offline_says_so(
    server: Server, registry: dict[str, str], tmp_path: Path
) -> None:
    folder = download(VERSION, tmp_path / "cache", server.url, registry=registry, files=["events.jsonl"])
    (folder / "events.jsonl").write_bytes(b"{}\n")
    server.stop()
    with pytest.raises(DownloadError) as caught:
        download(VERSION, tmp_path / "cache", server.url, registry=registry, files=["events.jsonl"])
    reason = caught.value.reason
    assert reason.startswith("the cached copy of events.jsonl was damaged")
    assert "has been removed; fetching it again failed: cannot reach the server" in reason
    assert leftovers(folder) == []


@pytest.mark.parametrize(("umask", "file_mode", "dir_mode"), [(0o022, 0o644, 0o755), (0o027, 0o640, 0o750)])
def test_cached_files_follow_the_umask(
    server: Server, registry: dict[str, str], tmp_path: Path, umask: int, file_mode: int, dir_mode: int
) -> None:
    old = os.umask(umask)
    try:
        folder = download(VERSION, tmp_path / "cache", server.url, registry=registry)
    finally:
        os.umask(old)
    assert stat.S_IMODE(folder.stat().st_mode) == dir_mode
    assert {stat.S_IMODE((folder / n).stat().st_mode) for n in leftovers(folder)} == {file_mode}


def test_the_shipped_version_is_served_from_the_package(tmp_path: Path) -> None:
    shipped = roundtables.shipped_version()
    assert shipped is not None
    folder = download(shipped, tmp_path / "cache", closed_port_url())  # the real registry, no server
    for path in sorted(roundtables.release_dir().iterdir()):
        assert (folder / path.name).read_bytes() == path.read_bytes()
