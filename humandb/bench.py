"""The benchmark the website shows: the same queries on sqlite3 (and DuckDB when installed) and on Dave.

DuckDB gets its own copy of the tables (its sqlite extension would be a download; everything here is offline).

Real measured seconds beside Dave's business time, plus the rows that matter to people: cost, vibes, a
built-in gut feeling, and whether it remembers your birthday.
"""

from __future__ import annotations

import importlib.util
import sqlite3
import time
from typing import Any

import humandb
from humandb.brain.sample_cache import cached_sample
from humandb.settings import Tier
from humandb.stage.clock import Clock

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


def _sqlite() -> sqlite3.Connection:
    return sqlite3.connect(cached_sample())


def _duckdb() -> Any | None:
    """DuckDB with its own copy of the sample's tables, or None when it is not installed.

    The tables are copied in rather than read through DuckDB's sqlite extension: that extension is a
    download, and the benchmark (like everything else here) runs offline. It is also how DuckDB is used.
    """
    if importlib.util.find_spec("duckdb") is None:
        return None
    import duckdb

    source = _sqlite()
    try:
        con = duckdb.connect()
        tables = source.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
                                "AND name NOT LIKE 'humandb%' ORDER BY name").fetchall()
        for (name,) in tables:
            columns = source.execute(f'PRAGMA table_info("{name}")').fetchall()
            declared = ", ".join(f'"{column[1]}" {column[2] or "VARCHAR"}' for column in columns)
            con.execute(f'CREATE TABLE "{name}" ({declared})')
            _copy(con, name, len(columns), source.execute(f'SELECT * FROM "{name}"').fetchall())
        return con
    except Exception:  # noqa: BLE001 - DuckDB is a guest here: whatever it can't do, the benchmark goes on
        return None
    finally:
        source.close()


def _copy(con: Any, name: str, width: int, rows: list[tuple[Any, ...]]) -> None:
    """Rows into a DuckDB table, a few hundred per INSERT: DuckDB's executemany takes a row at a time (the
    sample's 18,000 orders took 20 to 40 seconds that way, a still screen at the end of the demo)."""
    per = max(1, 2000 // max(width, 1))
    for start in range(0, len(rows), per):
        chunk = rows[start:start + per]
        values = ", ".join(["(" + ", ".join("?" * width) + ")"] * len(chunk))
        con.execute(f'INSERT INTO "{name}" VALUES {values}', [value for row in chunk for value in row])


def measure(*, seed: int = 1, tier: Tier = "free", clock: Clock | None = None) -> dict[str, Any]:
    """Measure every engine on the sample company; Dave's time is his business time for the same work.

    Dave's hours include the free tier's queue, which is longest first thing and shrinks through the day:
    `clock` fixes the moment (the site's recording uses its own), else they are the hours of right now.

    The totals (`sqlite_seconds`, `duckdb_seconds`, `humandb_seconds`) are for all the queries in one go;
    `per_query` has each query's best time on each engine beside Dave's business hours for it.
    """
    dave = humandb.connect(sla="instant", exact=True, show=False, sound=False, seed=seed, tier=tier, words=True,
                           clock=clock)
    minutes = []
    for sql in QUERIES:
        cursor = dave.execute(sql)
        minutes.append(cursor.business_minutes or 0.0)
    seconds = _seconds(lambda: [dave.execute(sql).fetchall() for sql in QUERIES])
    dave.close()
    hours = [round(m / 60, 1) for m in minutes]
    lite, duck = _sqlite(), _duckdb()
    try:
        per_query = [{
            "sql": sql,
            "sqlite_seconds": _seconds(lambda sql=sql: lite.execute(sql).fetchall(), repeat=10),
            "duckdb_seconds": _seconds(lambda sql=sql: duck.execute(sql).fetchall(), repeat=10) if duck else None,
            "humandb_business_hours": spent,
        } for sql, spent in zip(QUERIES, hours, strict=True)]
        return {
            "queries": list(QUERIES),
            "sqlite_seconds": _seconds(lambda: [lite.execute(sql).fetchall() for sql in QUERIES]),
            "duckdb_seconds": _seconds(lambda: [duck.execute(sql).fetchall() for sql in QUERIES]) if duck else None,
            "humandb_seconds": seconds,  # the same SQL through HumanDB at instant SLA
            "humandb_business_hours": hours,
            "per_query": per_query,
            "jokes": [{"row": row, "machines": machines, "dave": dave_says} for row, machines, dave_says in JOKES],
        }
    finally:
        lite.close()
        if duck is not None:
            duck.close()


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
