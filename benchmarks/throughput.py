"""Steady-state costs: a repeated point SELECT and a bulk executemany, humandb beside sqlite3."""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from report import Goal, Result

import humandb

TABLE_ROWS = 10_000
SELECTS = 20_000
INSERTS = 100_000
REPEATS = 3

_POINT_SELECT = "SELECT * FROM items WHERE id = ?"
Row = tuple[Any, ...]


class _Connection(Protocol):
    """What sqlite3 and humandb connections share and the benchmarks use."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...

    def cursor(self) -> Any: ...

    def commit(self) -> None: ...

    def close(self) -> None: ...


def _humandb_memory() -> _Connection:
    # The settings under test: nothing shown, played or waited for, rows exactly as SQLite returns them.
    return humandb.connect(":memory:", sla="instant", exact=True, show=False, sound=False)


def _sqlite_memory() -> _Connection:
    return sqlite3.connect(":memory:")


OPENERS: dict[str, Callable[[], _Connection]] = {"sqlite3": _sqlite_memory, "humandb": _humandb_memory}


def point_select() -> Result:
    """Per-statement time of a parameterised point SELECT + fetchall; best of 3, the two interleaved."""
    items = [(number, f"item {number}", number * 0.25) for number in range(1, TABLE_ROWS + 1)]
    ids = [random.Random(42).randint(1, TABLE_ROWS) for _ in range(SELECTS)]
    connections = {name: _filled(open_(), items) for name, open_ in OPENERS.items()}
    try:
        best = interleaved_best({name: _select_loop(con, ids) for name, con in connections.items()})
    finally:
        for con in connections.values():
            con.close()
    per_statement = {name: seconds / SELECTS * 1e6 for name, seconds in best.items()}
    return Result(f"point SELECT + fetchall ({SELECTS:,}×, best of 3)", "µs/stmt", per_statement["sqlite3"],
                  per_statement["humandb"], Goal(3.0, on_ratio=True))


def bulk_insert() -> Result:
    """executemany of 100,000 rows into a fresh table, then commit; best of 3, the two interleaved."""
    rows = [(number, f"row {number}", number * 0.5) for number in range(INSERTS)]
    best = interleaved_best({name: _insert_once(open_, rows) for name, open_ in OPENERS.items()})
    return Result(f"executemany {INSERTS:,} rows + commit (best of 3)", "ms", best["sqlite3"] * 1e3,
                  best["humandb"] * 1e3, Goal(1.5, on_ratio=True))


def interleaved_best(runs: dict[str, Callable[[], float]]) -> dict[str, float]:
    """The best seconds of each run, over REPEATS rounds that take turns: alternating within each round
    spreads any drift (CPU boost, other load) over all of them."""
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(REPEATS):
        for name, run in runs.items():
            best[name] = min(best[name], run())
    return best


def _filled(con: _Connection, items: Sequence[Row]) -> _Connection:
    con.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT, price REAL)")
    con.cursor().executemany("INSERT INTO items VALUES (?, ?, ?)", items)
    con.commit()
    return con


def _select_loop(con: _Connection, ids: Sequence[int]) -> Callable[[], float]:
    def run() -> float:
        execute = con.execute
        start = time.perf_counter()
        for item_id in ids:
            execute(_POINT_SELECT, (item_id,)).fetchall()
        return time.perf_counter() - start

    return run


def _insert_once(open_: Callable[[], _Connection], rows: Sequence[Row]) -> Callable[[], float]:
    def run() -> float:
        con = open_()
        try:
            con.execute("CREATE TABLE t (a INTEGER, b TEXT, c REAL)")
            con.commit()  # the table exists before the clock starts: only the insert is timed
            cursor = con.cursor()
            start = time.perf_counter()
            cursor.executemany("INSERT INTO t VALUES (?, ?, ?)", rows)
            con.commit()
            return time.perf_counter() - start
        finally:
            con.close()

    return run

