"""Dave's sample company kept on disk: built once per (version, format, seed, scale), safe against crashes.

`cached_sample` keeps one built file per key in the cache directory and `open_sample` copies it into a
connection with SQLite's backup API. A build goes to a temporary file and is renamed into place, so
processes building at once are safe, nobody ever sees half a file, and a damaged file is built again.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import os
import sqlite3
import time
from pathlib import Path

from humandb.brain import sample
from humandb.brain.sample import SAMPLE_SEED

__all__ = ["APPLICATION_ID", "cache_dir", "cached_sample", "open_sample"]


def cache_dir() -> Path:
    """HUMANDB_CACHE_DIR if set, else $XDG_CACHE_HOME/humandb, else ~/.cache/humandb (created on demand).

    A directory that cannot be created is still returned; `cached_sample` then builds elsewhere.
    """
    configured = os.environ.get("HUMANDB_CACHE_DIR")
    if configured:
        path = Path(configured).expanduser()
    else:
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        # The XDG spec says a relative XDG_CACHE_HOME is invalid and must be ignored.
        path = (Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache") / "humandb"
    with contextlib.suppress(OSError):
        path.mkdir(parents=True, exist_ok=True)
    return path


def cached_sample(*, seed: int = SAMPLE_SEED, scale: float = 1.0) -> Path:
    """The path of a database file holding the built sample, building it if it is missing or damaged.

    Files are keyed by the package version, `sample.SAMPLE_FORMAT`, seed and scale, so a file an older
    build() made is never reused. A build goes to a temporary file in the same directory and is
    renamed into place, so processes building at once are safe and nobody ever sees half a file; a
    file that is not whole all the same (truncated, not a database, not a finished sample: see
    `_intact`) is built again. If the cache directory is not writable, the sample is built in a
    private temporary directory that lives as long as the process.
    """
    sample.check(seed, scale)
    from humandb.version import __version__

    name = f"sample-{__version__}-v{sample.SAMPLE_FORMAT}-seed{seed}-scale{float(scale)!r}.sqlite"
    path = cache_dir() / name
    if _intact(path):
        return path
    try:
        return _build_file(path, seed, scale)
    except (OSError, sqlite3.OperationalError):
        if _intact(path):  # another process won the race (and Windows refused our rename)
            return path
    fallback = _private_temp_dir() / name
    return fallback if _intact(fallback) else _build_file(fallback, seed, scale)


# The sample's mark in SQLite's header (PRAGMA application_id), stamped once the build is complete.
APPLICATION_ID = int.from_bytes(b"Dave", "big")
_LEFT_BEHIND_SECONDS = 3600.0  # a temporary file this old belongs to a build that died (one takes seconds)


def _intact(path: Path) -> bool:
    """Whether `path` holds a finished sample, judged from its first 100 bytes and its size alone.

    SQLite's header must be there, carry HumanDB's mark, and count exactly as many pages as the file
    holds: a truncated copy, a disk that lost the tail of a write, or another program's database
    fails. (Damage inside a page is not looked for: that would mean reading the whole file.)
    """
    try:
        with open(path, "rb") as file:
            header = file.read(100)
            size = os.fstat(file.fileno()).st_size
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65_536 if page_size == 1 else page_size
    changes, pages, valid_for = (int.from_bytes(header[at : at + 4], "big") for at in (24, 28, 92))
    mark = int.from_bytes(header[68:72], "big")
    # The page count in the header is only trusted by SQLite when it was written by the last change.
    return mark == APPLICATION_ID and valid_for == changes and pages * page_size == size


def _build_file(path: Path, seed: int, scale: float) -> Path:
    import tempfile  # here: opening the cached sample, the common case, needs neither it nor shutil

    _sweep(path.parent)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".sample-", suffix=".tmp")
    os.close(handle)
    try:
        con = sqlite3.connect(temporary)
        try:
            # Nobody else can see this file until it is renamed, and a crash only leaves a temporary file
            # behind: no rollback journal and no syncing while it fills.
            con.execute("PRAGMA journal_mode = OFF")
            con.execute("PRAGMA synchronous = OFF")
            sample.build(con, seed=seed, scale=scale)
            con.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # last: the file is finished
        finally:
            con.close()
        _flush(temporary)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return path


def _flush(path: str) -> None:
    # On disk before it has its name: after a power cut the name never points at a half-written file
    # (and if it did, _intact would send it back to be built).
    handle = os.open(path, os.O_RDWR)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _sweep(directory: Path) -> None:
    """Delete temporary files of builds that died long ago (a killed process cannot clean up after itself)."""
    cutoff = time.time() - _LEFT_BEHIND_SECONDS
    for leftover in directory.glob(".sample-*.tmp"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()


@functools.lru_cache(maxsize=1)
def _private_temp_dir() -> Path:
    import shutil
    import tempfile

    path = tempfile.mkdtemp(prefix="humandb-sample-")
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return Path(path)


def open_sample(target: sqlite3.Connection, *, seed: int = SAMPLE_SEED, scale: float = 1.0) -> None:
    """Copy the cached sample into `target` (e.g. an in-memory connection) with the SQLite backup API."""
    path = cached_sample(seed=seed, scale=scale)
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        source.backup(target)
    finally:
        source.close()
