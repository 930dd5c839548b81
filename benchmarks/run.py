"""Measure humandb beside the standard library's sqlite3 and print one table.

    python benchmarks/run.py          # the table
    python benchmarks/run.py --json   # the same results as JSON
    python benchmarks/run.py --markdown   # README's performance table

A report, not a test: it always exits 0 and marks the goals it did not meet.
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import english
import scale
import startup
import streaming
import throughput
import voice
import waiting
from report import Goal, Result, as_json, failed, markdown, table

import humandb

# Each step: what it is called if it crashes, and how to measure it. Order matters a little: the
# subprocess measurements run first, before this process has warmed caches that might skew the rest.
Step = tuple[str, str, Goal, Callable[[Path], list[Result]]]
STEPS: tuple[Step, ...] = (
    ("import time", "ms", Goal(1.5, on_ratio=True), startup.import_time),
    ("whole process", "ms", Goal(80.0, on_ratio=False), startup.whole_process),
    ("first query on :dave:", "ms", Goal(1000.0, on_ratio=False), startup.first_query),
    ("demo SLA wait, fresh process", "ms", Goal(30.0, on_ratio=False), waiting.fresh_wait),
    ("point SELECT", "µs/stmt", Goal(1.5, on_ratio=True), lambda _: throughput.point_select()),
    ("executemany", "ms", Goal(1.5, on_ratio=True), lambda _: [throughput.bulk_insert()]),
    ("cross join fetchmany", "ms", Goal(2.0, on_ratio=True), streaming.cross_join),
    ("demo SLA wait", "ms", Goal(30.0, on_ratio=False), lambda _: waiting.wait_accuracy()),
    ("English → SQL", "ms", Goal(20.0, on_ratio=False), lambda _: english.translation_time()),
    ("Dave's voice", "ms", Goal(50.0, on_ratio=False), lambda _: voice.voice_time()),
    # The scale-100 build runs in a child into the run's cache; the steps after it reuse the file.
    ("scale 100 build", "s", Goal(15.0, on_ratio=False), scale.build_time),
    ("scale 100 exact queries", "ms", Goal(1.2, on_ratio=True), lambda _: scale.exact_queries()),
    ("scale 100 fetchmany", "ms", Goal(2.0, on_ratio=True),
     lambda scratch: streaming.batches(scratch, scale.sample_path())),
    ("scale 100 first remark", "ms", Goal(1000.0, on_ratio=False), scale.first_remark),
    ("peak memory", "MB", Goal(2.5, on_ratio=True), scale.peak_memory),
)

# The rows issue 20 asks for, by the start of their names: README's table must show each of them.
ISSUE_ROWS = (
    "point SELECT + fetchall, exact=True", "point SELECT + fetchall, default exact=False",
    "scale 100: point lookup by id, vs sqlite3 in memory", "2000×2000 cross join, fetchmany(10)",
    "scale 100: 1.8M orders, fetchmany(10000)", "whole process: import + connect", "import time",
    "peak RSS, fresh process, one COUNT(*) on :dave: (Dave's words)", "demo SLA, fresh process",
)


def main(argv: list[str] | None = None) -> int:
    options = _arguments(argv)
    results = _measure_all()
    header = _environment()
    if options.json:
        print(as_json(header, results))
    elif options.markdown:
        print(markdown(header, results))
    else:
        print(" · ".join(f"{name} {value}" for name, value in header.items()))
        print()
        print(table(results))
    return 0


def _measure_all() -> list[Result]:
    previous = os.environ.get("HUMANDB_CACHE_DIR")
    with tempfile.TemporaryDirectory(prefix="humandb-bench-") as scratch:
        # Every humandb in this run, here and in the children, builds its sample in a throwaway cache,
        # so the user's own cache is never read, filled or replaced.
        os.environ["HUMANDB_CACHE_DIR"] = str(Path(scratch) / "run-cache")
        try:
            return [result for step in STEPS for result in _measured(step, Path(scratch))]
        finally:
            if previous is None:
                del os.environ["HUMANDB_CACHE_DIR"]
            else:
                os.environ["HUMANDB_CACHE_DIR"] = previous


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--markdown", action="store_true", help="print the results as README's table")
    return parser.parse_args(argv)


def _measured(step: Step, scratch: Path) -> list[Result]:
    name, unit, goal, measure = step
    print(f"measuring {name}…", file=sys.stderr, flush=True)  # stderr: stdout stays the report
    try:
        return measure(scratch)
    except Exception as error:  # noqa: BLE001 - one broken measurement must not hide the others
        return [failed(name, unit, goal, error)]


def _environment() -> dict[str, object]:
    return {
        "Python": platform.python_version(),
        "SQLite": sqlite3.sqlite_version,
        "humandb": humandb.__version__,
        "cores": os.cpu_count() or 1,
        "machine": f"{platform.system()} {platform.machine()}",
    }


if __name__ == "__main__":
    sys.exit(main())
