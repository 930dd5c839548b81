"""How long Dave takes to read an English question into SQL (the reading only, no query run): on the sample
company, and on a catalog of 20,000 names (a visitor's table of long distinct values)."""

from __future__ import annotations

import contextlib
import datetime
import statistics
import time

from report import Goal, Result

import humandb
from humandb.brain.catalog import Catalog
from humandb.reading import questions as english
from humandb.reading.questions import NotUnderstood, linking, translate

QUESTIONS = (
    "how many orders were returned in 2023",
    "what's the average salery of staff in engineering?",
    "top 5 customers by total amount",
    "which department has the highest average salary",
    "show me customer names with their order totals",
    "list products under 20 sorted by price",
    "which customer spent the most money last year?",
    "customers who never ordered anything",
)
NAMED = (
    "how many things are there",
    "what is the price of gadget 01234 catalogue edition v70",
    "gadgte 19999 catalgue editoin",
    "average price per kind",
)


def _read(question: str, catalog: Catalog, today: datetime.date) -> float:
    english._READINGS.clear()  # measure the reading itself, not the cache of readings
    started = time.perf_counter()
    with contextlib.suppress(NotUnderstood):
        translate(question, catalog, today)
    return (time.perf_counter() - started) * 1000


def _names() -> humandb.Connection:
    con = humandb.connect(":memory:", sla="instant", exact=True, show=False, sound=False)
    raw = con.store._db
    raw.execute("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT, kind TEXT, price REAL)")
    raw.executemany("INSERT INTO things VALUES (?, ?, ?, ?)",
                    [(n, f"Gadget {n:05d} Catalogue Edition v{n % 97}", f"kind {n % 7}", n % 500)
                     for n in range(20_000)])
    return con


def translation_time() -> list[Result]:
    """Milliseconds per question: first read (the catalog's index built), then warm (median)."""
    goal = Goal(20.0, on_ratio=False)
    results = []
    for label, con, questions in (("sample", humandb.connect(sla="instant", exact=True, show=False, sound=False),
                                   QUESTIONS), ("20,000 names", _names(), NAMED)):
        con.execute("SELECT 1")  # the process's one-time costs (sqlglot's SQLite dialect) are startup's, not English's
        today = con.clock.now().date()
        catalog = con.store.catalog()
        linking._CACHE.clear()
        cold = _read(questions[0], catalog, today)
        warm = [min(_read(question, catalog, today) for _ in range(3)) for question in questions]
        con.close()
        results += [
            Result(f"English → SQL on {label}, first question (builds the index)", "ms", None, cold, goal),
            Result(f"English → SQL on {label}, per question (median of {len(questions)})", "ms", None,
                   statistics.median(warm), goal),
        ]
    return results


if __name__ == "__main__":
    for result in translation_time():
        print(f"{result.name:70} {result.humandb:8.2f} {result.unit}")
