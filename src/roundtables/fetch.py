"""Fetch a published release over HTTP into a per-user cache or a chosen folder.

Missing files are streamed into a hidden staging folder in the cache, each
checked against the registry shipped in the package; only when all have
arrived is the staging folder moved into place (renamed whole as ``vX.Y.Z``
when that folder is new), so a failed download leaves nothing behind and a
file under its final name is always whole and verified. Files already in
place are re-hashed and reused without touching the network; the files of
the release shipped in the package are copied from it.

(The module is not called ``download`` so that ``roundtables.download`` stays
the function.)
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import os
import re
import secrets
import shutil
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


_SCHEME = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*)://")
SCHEMES = ("http", "https", "file")


def resolve_base_url(explicit: str | None = None) -> str:
    """The argument, else ``$ROUNDTABLES_BASE_URL``, else :data:`DEFAULT_BASE_URL`.

    A plain path to a folder laid out like ``dist-data/`` is a mirror too: it
    becomes its ``file://`` URL. Anything else is one :class:`DownloadError`.
    """
    chosen = explicit or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL
    match = _SCHEME.match(chosen)
    if match is None:
        folder = Path(chosen).expanduser()
        if not folder.is_dir():
            raise DownloadError(
                "the base URL is neither a URL (http://, https://, file://) nor an existing folder",
                path=chosen,
            )
        return folder.resolve().as_uri()
    if match["scheme"].lower() not in SCHEMES:
        raise DownloadError(
            f"unsupported URL scheme {match['scheme']!r} (use http, https or file)", path=chosen
        )
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
    matches the registry are kept and nothing is fetched for them; files of the
    release shipped in the package are copied from it, never fetched. The others
    are fetched into a hidden staging folder beside the version's folder and moved
    in only when every one of them arrived whole and verified: a failed download
    leaves nothing new behind (no file, no empty ``vX.Y.Z/``, no ``DEST`` it created).
    """
    version = normalize_version(version)
    entries = release_files(version, registry)
    wanted = list(entries) if files is None else list(files)
    unknown = [name for name in wanted if name not in entries]
    if unknown:
        raise UnknownVersionError(
            f"release {version} has no file {', '.join(unknown)} (it has: {', '.join(entries)})"
        )
    cache = resolve_cache_dir(dest)
    folder = cache / f"v{version}"
    damaged = [name for name in wanted if _damaged(folder / name, entries[name])]
    missing = [name for name in wanted if not (folder / name).is_file()]
    if not missing:
        return folder
    created = _make_dirs(cache)
    staging = cache / f".v{version}-{secrets.token_hex(4)}.part"
    try:
        staging.mkdir()  # the umask decides its mode, as for any folder the user makes
        root: str | None = None
        for name in missing:
            if _copy_shipped(version, name, entries[name], staging / name):
                continue
            root = root or resolve_base_url(base_url)
            try:
                fetch_file(f"{root}/v{version}/{name}", staging / name, entries[name], timeout=timeout)
            except DownloadError as err:
                if name in damaged:
                    raise type(err)(
                        f"the cached copy of {name} was damaged (its SHA-256 differed from the registry's) "
                        f"and has been removed; fetching it again failed: {err.reason}",
                        path=err.path,
                    ) from None
                raise
        _move_in(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        for made in reversed(created):
            with contextlib.suppress(OSError):
                made.rmdir()  # only when still empty
        raise
    return folder


def _make_dirs(folder: Path) -> list[Path]:
    """Create ``folder`` and its missing parents; the ones created, outermost first."""
    created = []
    for path in reversed([folder, *folder.parents]):
        if not path.exists():
            path.mkdir()
            created.append(path)
    return created


def _damaged(path: Path, sha256: str) -> bool:
    """True for a file in place whose SHA-256 is not the registry's; it is removed."""
    if not path.is_file() or sha256_file(path) == sha256:
        return False
    path.unlink()
    return True


def _copy_shipped(version: str, name: str, sha256: str, target: Path) -> bool:
    """Copy a file of the release shipped in the package (no network); False when it is not there."""
    from roundtables.readers import shipped_root

    root = shipped_root()
    source = root / f"v{version}" / name if root is not None else None
    if source is None or not source.is_file() or sha256_file(source) != sha256:
        return False
    with source.open("rb") as src, target.open("xb") as out:
        shutil.copyfileobj(src, out)
    return True


def _move_in(staging: Path, folder: Path) -> None:
    """The whole staging folder becomes ``folder``; or, when ``folder`` exists, each file moves into it."""
    if not folder.exists():
        try:
            os.rename(staging, folder)
            return
        except OSError:  # another download created it meanwhile
            pass
    folder.mkdir(exist_ok=True)
    for path in sorted(staging.iterdir()):
        os.replace(path, folder / path.name)
    staging.rmdir()


def fetch_file(url: str, target: Path, sha256: str, *, timeout: float = DEFAULT_TIMEOUT) -> Path:
    """Stream ``url`` into ``target`` if and only if the whole body arrives and its SHA-256 is ``sha256``.

    The body goes to a hidden ``.<name>.<random>.part`` file beside ``target``,
    created like any file (its mode follows the umask), renamed into place once verified.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.parent / f".{target.name}.{secrets.token_hex(4)}.part"
    try:
        with tmp.open("xb") as out:
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
