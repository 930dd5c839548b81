"""How long Dave takes to read an English question into SQL (the reading only, no query run)."""

from __future__ import annotations

import statistics
import time

from report import Goal, Result

import humandb
from humandb.reading.english import translate

QUESTIONS = (
    "how many orders were returned in 2023",
    "what's the average salery of staff in engineering?",
    "top 5 customers by total amount",
    "which department has the highest average salary",
    "show me customer names with their order totals",
    "list products under 20 sorted by price",
)


def translation_time() -> list[Result]:
    """Milliseconds per question on the sample company, first read (catalog built) and warm (median)."""
    con = humandb.connect(sla="instant", exact=True, show=False, sound=False)
    today = con.clock.now().date()
    started = time.perf_counter()
    translate(QUESTIONS[0], con.store.catalog(), today)
    cold = (time.perf_counter() - started) * 1000
    warm = []
    for question in QUESTIONS:
        translate.cache_clear()  # measure the reading itself, not the cache of readings
        started = time.perf_counter()
        translate(question, con.store.catalog(), today)
        warm.append((time.perf_counter() - started) * 1000)
    con.close()
    goal = Goal(20.0, on_ratio=False)
    return [
        Result("English → SQL, first question (builds the catalog)", "ms", None, cold, goal),
        Result("English → SQL, per question (median of 6)", "ms", None, statistics.median(warm), goal),
    ]
