"""The benchmark the website shows: the same queries on sqlite3 (and DuckDB when installed) and on Dave.

Real measured seconds beside Dave's business time, plus the rows that matter to people: cost, vibes, a
built-in gut feeling, and whether it remembers your birthday.
"""

from __future__ import annotations

import csv
import importlib.util
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

import humandb
from humandb.brain.sample_cache import cached_sample
from humandb.settings import Tier

__all__ = ["QUERIES", "measure", "table"]

QUERIES = (
    "SELECT COUNT(*) FROM orders",
    "SELECT department, AVG(salary) FROM employees GROUP BY department",
    "SELECT c.country, SUM(o.amount) FROM orders o JOIN customers c ON c.id = o.customer_id GROUP BY c.country",
)

JOKES = (
    ("cost", "pennies", "$49/month plus snacks"),
    ("vibes", "clinical", "immaculate"),
    ("gut feeling", "no", "built in"),
    ("remembers your birthday", "no", "yes"),
)


def _seconds(run: Any, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def _sqlite_seconds() -> float:
    db = sqlite3.connect(cached_sample())
    try:
        return _seconds(lambda: [db.execute(sql).fetchall() for sql in QUERIES])
    finally:
        db.close()


def _duckdb_seconds() -> float | None:
    """DuckDB on the same data, loaded by DuckDB itself from CSV copies of the sample: its SQLite reader is an
    extension it would download, and nothing here goes online. None when DuckDB isn't installed or can't."""
    if importlib.util.find_spec("duckdb") is None:
        return None
    import duckdb

    try:
        with tempfile.TemporaryDirectory(prefix="humandb-bench-") as folder:
            con = duckdb.connect()
            source = sqlite3.connect(cached_sample())
            try:
                for table in ("customers", "employees", "orders", "products"):
                    path = Path(folder) / f"{table}.csv"
                    cursor = source.execute(f"SELECT * FROM {table}")
                    with path.open("w", encoding="utf-8", newline="") as out:
                        writer = csv.writer(out)
                        writer.writerow([column[0] for column in cursor.description])
                        writer.writerows(cursor)
                    con.execute(f"CREATE TABLE {table} AS SELECT * FROM read_csv_auto(?)", [str(path)])
            finally:
                source.close()
            return _seconds(lambda: [con.execute(sql).fetchall() for sql in QUERIES])
    except Exception:  # noqa: BLE001 - DuckDB is a guest here: whatever it can't do, the benchmark goes on
        return None


def measure(*, seed: int = 1, tier: Tier = "free") -> dict[str, Any]:
    """Measure every engine on the sample company; Dave's time is his business time for the same work."""
    dave = humandb.connect(sla="instant", exact=True, show=False, sound=False, seed=seed, tier=tier, words=True)
    minutes = []
    for sql in QUERIES:
        cursor = dave.execute(sql)
        minutes.append(cursor.business_minutes or 0.0)
    seconds = _seconds(lambda: [dave.execute(sql).fetchall() for sql in QUERIES])
    dave.close()
    return {
        "queries": list(QUERIES),
        "sqlite_seconds": _sqlite_seconds(),
        "duckdb_seconds": _duckdb_seconds(),
        "humandb_seconds": seconds,  # the same SQL through HumanDB at instant SLA
        "humandb_business_hours": [round(m / 60, 1) for m in minutes],
        "jokes": [{"row": row, "machines": machines, "dave": dave_says} for row, machines, dave_says in JOKES],
    }


def table(results: dict[str, Any]) -> Any:
    """The side-by-side table as a rich renderable."""
    from rich.table import Table

    shown = Table(title="HumanDB benchmark: the same three queries")
    shown.add_column("")
    shown.add_column("SQLite")
    timing = [f"{results['sqlite_seconds']:.4f} s"]
    if results["duckdb_seconds"] is not None:
        shown.add_column("DuckDB")
        timing.append(f"{results['duckdb_seconds']:.4f} s")
    shown.add_column("HumanDB (Dave)")
    hours = results["humandb_business_hours"]
    shown.add_row("time", *timing, f"{min(hours):g}–{max(hours):g} business hours")
    for joke in results["jokes"]:
        shown.add_row(joke["row"], *([joke["machines"]] * len(timing)), joke["dave"])
    return shown
