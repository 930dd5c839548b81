"""What Dave's words cost: 2,000 quiet reports, timed.

A quiet connection (instant SLA, nothing shown or played) still writes Dave's report when it is asked
for words. This script runs the same mix of statements twice, with and without the paperwork, and
times the report itself (`dave.analyst.report`) and everything the paperwork adds per statement (the
plan, the effort, `sla.schedule`, the report). Run it before and after a change to Dave's words:

    PYTHONPATH=. python benchmarks/words.py [--count 2000]
"""

from __future__ import annotations

import argparse
import datetime
import statistics
import time
from collections.abc import Callable
from typing import Any

import humandb
from humandb.dave import analyst
from humandb.stage.clock import FakeClock

_MIX = (
    "SELECT COUNT(*) FROM orders WHERE customer_id = {n}",
    "SELECT AVG(amount) FROM orders WHERE id < {n}",
    "SELECT status, COUNT(*) FROM orders WHERE id < {n} GROUP BY status",
    "SELECT * FROM products WHERE id = {n}",
    "SELECT name, price FROM products WHERE id < {n} ORDER BY price DESC LIMIT 3",
    "SELECT * FROM customers WHERE id < 0",
)
_NOW = datetime.datetime(2026, 11, 18, 9, 30)


def _statements(count: int) -> list[str]:
    return [_MIX[n % len(_MIX)].format(n=n % 97 + 3) for n in range(count)]


def _run(count: int, words: bool) -> tuple[float, list[float]]:
    """Seconds for `count` statements, and (with words) the seconds each report took."""
    con = humandb.connect(sla="instant", show=False, sound=False, seed=1, clock=FakeClock(_NOW), words=words)
    timings: list[float] = []
    real: Callable[..., Any] = analyst.report

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return real(*args, **kwargs)
        finally:
            timings.append(time.perf_counter() - start)

    analyst.report = timed  # type: ignore[assignment]  # a measurement script, not the library
    try:
        statements = _statements(count)
        for text in statements[:50]:  # warm the parse cache and the phrasebook
            con.execute(text)
        timings.clear()
        start = time.perf_counter()
        for text in statements:
            con.execute(text)
        return time.perf_counter() - start, timings
    finally:
        analyst.report = real  # type: ignore[assignment]
        con.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    args = parser.parse_args()
    plain, _ = _run(args.count, words=False)
    worded, reports = _run(args.count, words=True)
    per = 1e6 / args.count
    print(f"{args.count} statements, quiet connection")
    print(f"  without words:        {plain * per:7.1f} µs per statement")
    print(f"  with words:           {worded * per:7.1f} µs per statement")
    print(f"  paperwork adds:       {(worded - plain) * per:7.1f} µs per statement")
    fastest = sorted(reports)[len(reports) // 10]  # the 10th percentile: the least disturbed by other processes
    print(f"  analyst.report:       {statistics.mean(reports) * 1e6:7.1f} µs mean, "
          f"{statistics.median(reports) * 1e6:.1f} µs median, {fastest * 1e6:.1f} µs 10th percentile")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
