"""Costs paid once per process: `import humandb`, and the first query on Dave's sample company."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from procs import child_env, median_seconds, seconds_from
from report import Goal, Result

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


def import_time() -> Result:
    """Median wall time of `import X` in fresh interpreters, after one warm-up run writes bytecode."""
    env = child_env()
    medians = {}
    for module in ("sqlite3", "humandb"):
        code = _IMPORT.format(module=module)
        seconds_from(code, env)  # warm-up: leaves the .pyc files a user's install would have
        medians[module] = median_seconds(code, env, IMPORT_RUNS)
    return Result("import time (median of 7)", "ms", medians["sqlite3"] * 1e3, medians["humandb"] * 1e3,
                  Goal(1.5, on_ratio=True))


def first_query(scratch: Path) -> list[Result]:
    """First COUNT(*) on ':dave:' in a fresh process: with an empty sample cache, then with it filled."""
    _warm_bytecode(scratch / "warm-up-cache")
    cache = scratch / "fresh-cache"
    env = child_env(HUMANDB_CACHE_DIR=str(cache))
    cold = seconds_from(_HUMANDB_FIRST_QUERY, env)
    cached = median_seconds(_HUMANDB_FIRST_QUERY, env, CACHED_RUNS)
    baseline = _sqlite_first_query(cache, scratch / "sample-copy.sqlite")
    return [
        Result("first query on :dave:, empty cache (builds sample)", "s", baseline, cold,
               Goal(1.0, on_ratio=False), note="baseline: sqlite3 COUNT(*) on a copy of the cached sample file"),
        Result("first query on :dave:, cached (median of 5)", "s", baseline, cached, Goal(0.3, on_ratio=False)),
    ]


def _warm_bytecode(cache: Path) -> None:
    # One untimed run in a throwaway cache dir compiles sqlglot, Faker and the rest of humandb, so the
    # "empty cache" run measures building the sample, not compiling modules that a user has compiled.
    seconds_from(_HUMANDB_FIRST_QUERY, child_env(HUMANDB_CACHE_DIR=str(cache)))


def _sqlite_first_query(cache: Path, copy: Path) -> float:
    shutil.copyfile(_cached_sample_path(cache), copy)
    return median_seconds(_SQLITE_FIRST_QUERY, child_env(), CACHED_RUNS, args=[str(copy)])


def _cached_sample_path(cache: Path) -> Path:
    # cached_sample() reads HUMANDB_CACHE_DIR when called; point it at the filled cache just for this call.
    from humandb.brain.sample import cached_sample

    previous = os.environ.get("HUMANDB_CACHE_DIR")
    os.environ["HUMANDB_CACHE_DIR"] = str(cache)
    try:
        return cached_sample()
    finally:
        if previous is None:
            del os.environ["HUMANDB_CACHE_DIR"]
        else:
            os.environ["HUMANDB_CACHE_DIR"] = previous
