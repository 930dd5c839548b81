"""Huge results stream: the first rows of a 4-million-row join, and 1.8 million rows read in batches,
each in a fresh interpreter beside sqlite3 doing the same (time to the first rows, memory added)."""

from __future__ import annotations

import statistics
from pathlib import Path

from procs import Child, child_env
from report import Goal, Result

RUNS = 3
SCALE = 100

# Each child prints "seconds megabytes": the time to the first batch, and the resident memory the
# query added at its peak (VmHWM after it, less VmRSS before it: the data and imports are already in).
_MEMORY = """
def _kb(field):
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith(field + ":"))
"""

_OPEN = {
    "sqlite3": "import sqlite3\ncon = sqlite3.connect({database!r})\n",
    "humandb": "import humandb\ncon = humandb.connect({database!r}, sla='instant', exact=True, show=False, "
               "sound=False{scale})\n",
}

_CROSS_JOIN = _MEMORY + """
import time
{open}
con.execute("CREATE TABLE t (x INTEGER)")
con.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(2000)])
con.commit()
JOIN = "SELECT a.x, b.x FROM t AS a, t AS b"
start = time.perf_counter()
con.execute(JOIN).fetchmany(10)
read = time.perf_counter() - start  # the first time: humandb also reads the text (sqlglot) here
before = _kb("VmRSS")
elapsed = float("inf")
for _ in range(20):  # the best of 20: one run of a few microseconds is mostly the machine's noise
    start = time.perf_counter()
    first = con.execute(JOIN).fetchmany(10)
    elapsed = min(elapsed, time.perf_counter() - start)
assert len(first) == 10
print(elapsed, (_kb("VmHWM") - before) / 1024, read)
"""

_BATCHES = _MEMORY + """
import time
{open}
before = _kb("VmRSS")
start = time.perf_counter()
cursor = con.execute("SELECT * FROM orders")
count = len(cursor.fetchmany(10000))
first = time.perf_counter() - start
while batch := cursor.fetchmany(10000):
    count += len(batch)
assert count > 1_000_000, count
print(first, (_kb("VmHWM") - before) / 1024)
"""


def _pair(child: Child, code: str) -> tuple[float, float]:
    """The fastest time and the median memory of RUNS fresh children."""
    runs = [child.numbers(code)[:2] for _ in range(RUNS)]
    return min(seconds for seconds, _ in runs), statistics.median(megabytes for _, megabytes in runs)


def cross_join(scratch: Path) -> list[Result]:
    """fetchmany(10) over a 2000×2000 cross join: what the first rows cost, in time and memory."""
    child = Child(child_env(), scratch)
    codes = {name: _CROSS_JOIN.format(open=opening.format(database=":memory:", scale=""))
             for name, opening in _OPEN.items()}
    measured = {name: _pair(child, code) for name, code in codes.items()}
    first_read = min(child.numbers(codes["humandb"])[2] for _ in range(RUNS)) * 1e3
    rows = _rows("2000×2000 cross join, fetchmany(10)", measured)
    return [Result(rows[0].name, rows[0].unit, rows[0].sqlite3, rows[0].humandb, rows[0].goal,
                   note=f"best of 20 runs after the first; the first, which reads the text, took {first_read:.2g} ms"),
            rows[1]]


def batches(scratch: Path, sample: Path) -> list[Result]:
    """1.8 million orders (scale 100) read with fetchmany(10000): humandb on ':dave:' beside sqlite3 on the file."""
    child = Child(child_env(), scratch)
    measured = {
        "sqlite3": _pair(child, _BATCHES.format(open=_OPEN["sqlite3"].format(database=str(sample)))),
        "humandb": _pair(child, _BATCHES.format(open=_OPEN["humandb"].format(database=":dave:",
                                                                             scale=f", scale={SCALE}"))),
    }
    return _rows(f"scale {SCALE}: 1.8M orders, fetchmany(10000)", measured)


def _rows(name: str, measured: dict[str, tuple[float, float]]) -> list[Result]:
    # Memory is held to 2× sqlite3's with a floor of 8 MB: a few MB either way is the allocator's noise.
    sqlite_mb = max(measured["sqlite3"][1], 4.0)
    return [
        Result(f"{name}: time to the first batch", "ms", measured["sqlite3"][0] * 1e3, measured["humandb"][0] * 1e3,
               Goal(2.0, on_ratio=True)),
        Result(f"{name}: memory added", "MB", sqlite_mb, max(measured["humandb"][1], 0.0), Goal(2.0, on_ratio=True),
               note="resident memory the query added at its peak (sqlite3's counted as at least 4 MB)"),
    ]
