"""Fetch a published release over HTTP into a per-user cache or a chosen folder.

Each file is streamed to a hidden temporary file next to its destination,
checked against the registry shipped in the package, and only then renamed
into place, so a file under its final name is always whole and verified.
Files already in place are re-hashed and reused without touching the network.

(The module is not called ``download`` so that ``roundtables.download`` stays
the function.)
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import os
import tempfile
import urllib.error
import urllib.request
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import BinaryIO

from roundtables import __version__
from roundtables.errors import ChecksumError, DownloadError, UnknownVersionError
from roundtables.registry import registry_versions, release_entries, sha256_file, shipped_registry

DEFAULT_BASE_URL = "https://raw.githubusercontent.com/roundtables/roundtables/main/dist-data"
"""Where published releases live, laid out like ``dist-data/`` (``BASE/v1.0.0/claims.parquet``)."""
BASE_URL_ENV = "ROUNDTABLES_BASE_URL"
CACHE_DIR_ENV = "ROUNDTABLES_CACHE_DIR"
DEFAULT_TIMEOUT = 60.0
_CHUNK = 1 << 16


def resolve_base_url(explicit: str | None = None) -> str:
    """The argument, else ``$ROUNDTABLES_BASE_URL``, else :data:`DEFAULT_BASE_URL`."""
    chosen = explicit or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    return chosen.rstrip("/")


def resolve_cache_dir(explicit: str | Path | None = None) -> Path:
    """The argument, else ``$ROUNDTABLES_CACHE_DIR``, else the per-user cache of platformdirs."""
    if explicit is not None:
        return Path(explicit)
    env = os.environ.get(CACHE_DIR_ENV)
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("roundtables", appauthor=False))


def normalize_version(version: str) -> str:
    """Accept ``v1.0.0`` as well as ``1.0.0``."""
    return version.strip().removeprefix("v")


def release_files(version: str, registry: Mapping[str, str] | None = None) -> dict[str, str]:
    """File name -> SHA-256 of one release; :class:`UnknownVersionError` when the registry lacks it."""
    reg = dict(shipped_registry() if registry is None else registry)
    entries = release_entries(reg, normalize_version(version))
    if not entries:
        known = ", ".join(registry_versions(reg)) or "none"
        raise UnknownVersionError(
            f"no release {version!r} in the registry shipped with roundtables {__version__} "
            f"(known: {known}); a newer release needs a newer roundtables (pip install -U roundtables)"
        )
    return entries


def download(
    version: str,
    dest: str | Path | None = None,
    base_url: str | None = None,
    *,
    files: Iterable[str] | None = None,
    registry: Mapping[str, str] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> Path:
    """Fetch release ``version`` (all its files, or only ``files``) and return its folder ``DEST/vX.Y.Z``.

    ``dest`` defaults to :func:`resolve_cache_dir`. Files already there whose SHA-256
    matches the registry are kept and nothing is fetched for them.
    """
    version = normalize_version(version)
    entries = release_files(version, registry)
    wanted = list(entries) if files is None else list(files)
    unknown = [name for name in wanted if name not in entries]
    if unknown:
        raise UnknownVersionError(
            f"release {version} has no file {', '.join(unknown)} (it has: {', '.join(entries)})"
        )
    folder = resolve_cache_dir(dest) / f"v{version}"
    root = resolve_base_url(base_url)
    for name in wanted:
        target = folder / name
        if _verified(target, entries[name]):
            continue
        fetch_file(f"{root}/v{version}/{name}", target, entries[name], timeout=timeout)
    return folder


def _verified(path: Path, sha256: str) -> bool:
    """True for a file already in place with the right hash; a damaged one is removed."""
    if not path.is_file():
        return False
    if sha256_file(path) == sha256:
        return True
    path.unlink()
    return False


def fetch_file(url: str, target: Path, sha256: str, *, timeout: float = DEFAULT_TIMEOUT) -> Path:
    """Stream ``url`` into ``target`` if and only if the whole body arrives and its SHA-256 is ``sha256``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            digest = _stream(url, out, timeout)
        if digest != sha256:
            raise ChecksumError(
                f"SHA-256 is {digest}, the registry shipped with roundtables {__version__} says {sha256}; "
                "the file was removed. The server holds a damaged or altered copy: try again later "
                f"or another mirror (--base-url or ${BASE_URL_ENV})",
                path=url,
            )
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return target


def _stream(url: str, out: BinaryIO, timeout: float) -> str:
    """Copy the body of ``url`` into ``out``; return its SHA-256; DownloadError on any failure."""
    digest = hashlib.sha256()
    request = urllib.request.Request(url, headers={"User-Agent": f"roundtables/{__version__}"})
    received = 0
    declared: str | None = None
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            while chunk := response.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)
                received += len(chunk)
    except urllib.error.HTTPError as err:
        raise DownloadError(f"the server answered HTTP {err.code} {err.reason}", path=url) from None
    except urllib.error.URLError as err:
        raise DownloadError(f"cannot reach the server: {err.reason}", path=url) from None
    except http.client.IncompleteRead as err:
        raise DownloadError(
            f"transfer cut short after {received + len(err.partial)} bytes; nothing was kept", path=url
        ) from None
    except (OSError, http.client.HTTPException) as err:
        raise DownloadError(
            f"transfer failed after {received} bytes ({err or type(err).__name__}); nothing was kept",
            path=url,
        ) from None
    if declared is not None and declared.isdigit() and received != int(declared):
        raise DownloadError(
            f"transfer cut short: received {received} of {declared} bytes; nothing was kept", path=url
        )
    return digest.hexdigest()
