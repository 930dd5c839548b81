"""Costs paid once per process: `import humandb`, and the first query on Dave's sample company."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from procs import Child, child_env
from report import Goal, Result

import humandb

IMPORT_RUNS = 7
CACHED_RUNS = 5

_IMPORT = "import time; t=time.perf_counter(); import {module}; print(time.perf_counter()-t)"

# The cache dir comes from the environment; `import humandb` stays outside the timer, as the brief says.
_HUMANDB_FIRST_QUERY = """\
import time, humandb
t = time.perf_counter()
con = humandb.connect(":dave:", sla="instant", exact=True, show=False, sound=False)
con.execute("SELECT COUNT(*) FROM orders").fetchone()
print(time.perf_counter() - t)
"""

_SQLITE_FIRST_QUERY = """\
import sys, time, sqlite3
t = time.perf_counter()
con = sqlite3.connect(sys.argv[1])
con.execute("SELECT COUNT(*) FROM orders").fetchone()
print(time.perf_counter() - t)
"""


def import_time(scratch: Path) -> list[Result]:
    """`import X` in fresh interpreters: as installed here, and with ``python -S``.

    Modules that site's .pth files happen to import (certifi pulls in typing and re, for one) are free
    for whoever imports them next, and differ from machine to machine. ``-S`` skips site, with only
    humandb's directory on PYTHONPATH, so that row shows what the import itself costs.
    """
    home = str(Path(humandb.__file__).resolve().parents[1])
    as_installed = Child(child_env(), scratch)
    bare = Child(child_env(PYTHONPATH=home), scratch, flags=("-S",))
    return [
        _import_result("import time (median of 7)", as_installed),
        _import_result("import time, python -S (median of 7)", bare),
    ]


def _import_result(name: str, child: Child) -> Result:
    medians = {}
    for module in ("sqlite3", "humandb"):
        code = _IMPORT.format(module=module)
        child.seconds(code)  # warm-up: leaves the .pyc files a user's install would have
        medians[module] = child.median_seconds(code, IMPORT_RUNS)
    return Result(name, "ms", medians["sqlite3"] * 1e3, medians["humandb"] * 1e3, Goal(1.5, on_ratio=True))


_WHOLE = """\
import time
start = time.perf_counter()
import {module}
con = {module}.connect(":memory:"{options})
con.execute("SELECT 1").fetchall()
print(time.perf_counter() - start)
"""
_QUIET = ', sla="instant", show=False, sound=False'


def whole_process(scratch: Path) -> list[Result]:
    """import + connect(":memory:") + one query, in fresh interpreters with their bytecode written (one
    untimed warm-up each); the median of 7, beside sqlite3 doing the same."""
    child = Child(child_env(), scratch)
    results = []
    for label, options in (("default", _QUIET), ("exact=True", _QUIET + ", exact=True")):
        codes = {"sqlite3": _WHOLE.format(module="sqlite3", options=""),
                 "humandb": _WHOLE.format(module="humandb", options=options)}
        medians = {}
        for name, code in codes.items():
            child.seconds(code)  # warm-up: the .pyc files a user's install would have
            medians[name] = child.median_seconds(code, IMPORT_RUNS)
        results.append(Result(f"whole process: import + connect(':memory:') + SELECT 1, {label} (median of 7)",
                              "ms", medians["sqlite3"] * 1e3, medians["humandb"] * 1e3,
                              Goal(80.0, on_ratio=False), note="the import rows above are part of it"))
    return results


def first_query(scratch: Path) -> list[Result]:
    """First COUNT(*) on ':dave:' in a fresh process: with an empty sample cache, then with it filled."""
    _warm_bytecode(scratch)
    cache = scratch / "fresh-cache"
    child = Child(child_env(HUMANDB_CACHE_DIR=str(cache)), scratch)
    cold = child.seconds(_HUMANDB_FIRST_QUERY)
    cached = child.median_seconds(_HUMANDB_FIRST_QUERY, CACHED_RUNS)
    baseline = _sqlite_first_query(cache, scratch)
    # Milliseconds, so the sqlite3 baseline does not print as 0.00 s; the goals are 1 s and 0.3 s.
    baseline_note = "baseline: the same COUNT(*) via sqlite3 on a copy of the cached sample file"
    return [
        Result("first query on :dave:, empty cache (builds sample)", "ms", baseline * 1e3, cold * 1e3,
               Goal(1000.0, on_ratio=False), note=baseline_note),
        Result("first query on :dave:, cached (median of 5)", "ms", baseline * 1e3, cached * 1e3,
               Goal(300.0, on_ratio=False)),
    ]


def _warm_bytecode(scratch: Path) -> None:
    # One untimed run in a throwaway cache dir compiles sqlglot, Faker and the rest of humandb, so the
    # "empty cache" run measures building the sample, not compiling modules that a user has compiled.
    Child(child_env(HUMANDB_CACHE_DIR=str(scratch / "warm-up-cache")), scratch).seconds(_HUMANDB_FIRST_QUERY)


def _sqlite_first_query(cache: Path, scratch: Path) -> float:
    copy = scratch / "sample-copy.sqlite"
    shutil.copyfile(_cached_sample_path(cache), copy)
    return Child(child_env(), scratch).median_seconds(_SQLITE_FIRST_QUERY, CACHED_RUNS, args=[str(copy)])


def _cached_sample_path(cache: Path) -> Path:
    # cached_sample() reads HUMANDB_CACHE_DIR when called; point it at the filled cache just for this call.
    from humandb.brain.sample_cache import cached_sample

    previous = os.environ.get("HUMANDB_CACHE_DIR")
    os.environ["HUMANDB_CACHE_DIR"] = str(cache)
    try:
        return cached_sample()
    finally:
        if previous is None:
            del os.environ["HUMANDB_CACHE_DIR"]
        else:
            os.environ["HUMANDB_CACHE_DIR"] = previous
