"""The English reader's work stays bounded: hostile catalogs, endless questions, caches measured in bytes.

A visitor can make a table of 20,000 long distinct values, or 150 rows of 30,000-word values, and ask about
it; or paste 10,000 characters. Dave must answer or refuse quickly, in little memory. The limits below are
generous (a slow CI machine must not flake); the figures they guard are far smaller (see benchmarks/english.py).
"""

from __future__ import annotations

import contextlib
import datetime
import time
import tracemalloc
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import humandb
from humandb.reading.questions import NotUnderstood, is_english, linking, translate
from humandb.reading.questions.budget import ByteBudgetCache
from humandb.stage.clock import FakeClock
from tests.conftest import TODAY

_SECONDS = 2.0
_TODAY = TODAY.date()


def _connect() -> humandb.Connection:
    return humandb.connect(":memory:", sla="instant", exact=True, show=False, sound=False, clock=FakeClock(TODAY))


@pytest.fixture(scope="module")
def many_names() -> Iterator[humandb.Connection]:
    """20,000 distinct names of 40-odd characters: each could be what a question points at."""
    con = _connect()
    raw = con.store._db  # bulk loading through Dave would take his whole afternoon
    raw.execute("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT, kind TEXT, price REAL)")
    raw.executemany("INSERT INTO things VALUES (?, ?, ?, ?)",
                    [(n, f"Gadget {n:05d} Catalogue Edition v{n % 97}", f"kind {n % 7}", n % 500)
                     for n in range(20_000)])
    yield con
    con.close()


@pytest.fixture(scope="module")
def huge_values() -> Iterator[humandb.Connection]:
    """150 rows whose text is 30,000 words each: 4 MB of one column nobody will ever type."""
    con = _connect()
    raw = con.store._db
    raw.execute("CREATE TABLE essays (id INTEGER PRIMARY KEY, title TEXT, body TEXT, words INTEGER)")
    raw.executemany("INSERT INTO essays VALUES (?, ?, ?, ?)",
                    [(n, " ".join(f"word{(n * 31 + i) % 5000}" for i in range(30_000)),
                      " ".join(f"w{(n + i) % 9000}" for i in range(30_000)), 30_000) for n in range(150)])
    yield con
    con.close()


def _timed(action: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    try:
        result = action()
    except NotUnderstood as refused:
        result = refused
    return time.perf_counter() - started, result


def _peak_bytes(action: Callable[[], Any]) -> int:
    tracemalloc.start()
    try:
        with contextlib.suppress(NotUnderstood):
            action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("question", [
    "how many things are there",
    "average price of gadget 01234 catalogue edition v70",
    "gadgte 19999 catalgue editoin v19 priec",  # typos: every word looked up among 20,000 names
    "which things cost more than 100 per kind",
])
def test_twenty_thousand_names_stay_quick(many_names: humandb.Connection, question: str) -> None:
    catalog = many_names.store.catalog()
    seconds, _ = _timed(lambda: translate(question, catalog, _TODAY))
    assert seconds < _SECONDS


def test_a_named_row_among_twenty_thousand_is_found(many_names: humandb.Connection) -> None:
    reading = translate("what is the price of gadget 01234 catalogue edition v70", many_names.store.catalog(), _TODAY)
    assert "Gadget 01234 Catalogue Edition v70" in reading.sql
    assert [row[-1] for row in many_names.execute(reading.sql).fetchall()] == [1234 % 500]


def test_thirty_thousand_word_values_are_never_read(huge_values: humandb.Connection) -> None:
    catalog = huge_values.store.catalog()
    assert all(len(value) <= 60 for table in catalog.tables.values() for _, value in table.values)
    question = "how many essays mention " + " ".join(f"word{i}" for i in range(400))
    seconds, result = _timed(lambda: translate(question, catalog, _TODAY))
    assert seconds < _SECONDS
    assert isinstance(result, NotUnderstood)


def test_describing_a_hostile_table_is_quick(huge_values: humandb.Connection) -> None:
    from humandb.brain.catalog import describe

    seconds, _ = _timed(lambda: describe(huge_values.store._db))
    assert seconds < _SECONDS


def test_the_index_of_a_hostile_catalog_is_small(many_names: humandb.Connection) -> None:
    catalog = many_names.store.catalog()
    linking._CACHE.clear()
    peak = _peak_bytes(lambda: linking.index_of(catalog))
    assert peak < 40_000_000  # tens of MB at most, where the old vocabulary took 640 MB
    assert linking._CACHE.used <= linking._CACHE.budget


@pytest.mark.parametrize("question", [
    "how many customers " * 700,  # 13,300 characters of English
    "/**/" * 2500 + "(",
    "a" * 10_000,
    "how " + "x" * 9_995,
    "total salary of " + "engineering " * 800,
])
def test_ten_thousand_characters_are_read_or_refused_quickly(question: str) -> None:
    seconds, _ = _timed(lambda: is_english(question))
    assert seconds < 0.05
    con = humandb.connect(sla="instant", exact=True, clock=FakeClock(TODAY))
    catalog = con.store.catalog()
    seconds, _ = _timed(lambda: translate(question, catalog, _TODAY))
    assert seconds < _SECONDS
    peak = _peak_bytes(lambda: translate(question + " ", catalog, _TODAY))
    assert peak < 20_000_000
    con.close()


def test_is_english_is_linear() -> None:
    short = min(_timed(lambda: is_english("how many " * 100))[0] for _ in range(5))
    long = min(_timed(lambda: is_english("how many " * 10_000))[0] for _ in range(5))
    assert long < 0.05 and long < max(short, 1e-5) * 1000


def test_the_cache_of_readings_is_bounded_in_bytes() -> None:
    from humandb.reading import questions as english

    con = humandb.connect(sla="instant", clock=FakeClock(TODAY))
    catalog = con.store.catalog()
    for n in range(3_000):
        with contextlib.suppress(NotUnderstood):
            translate(f"how many orders over {n} " + "please " * 50, catalog, _TODAY + datetime.timedelta(days=n % 3))
    assert english._READINGS.used <= english._READINGS.budget <= 4_000_000
    con.close()


def test_a_byte_budget_drops_the_oldest_and_refuses_giants() -> None:
    cache: ByteBudgetCache[str] = ByteBudgetCache(1_000)
    for n in range(20):
        cache.put(n, str(n), 100)
    assert len(cache) == 10 and cache.get(0) is None and cache.get(19) == "19"
    cache.put("giant", "x", 600)
    assert cache.get("giant") is None and cache.used <= 1_000


def test_a_question_about_the_sample_is_read_in_under_20_ms() -> None:
    """The reading alone, once the catalog's index is built (benchmarks/english.py prints the figures)."""
    import humandb.reading.questions as questions

    con = humandb.connect(sla="instant", exact=True, show=False, sound=False, clock=FakeClock(TODAY))
    catalog = con.store.catalog()
    asked = ("how many orders were returned in 2023", "which department has the highest average salary",
             "customers who never ordered anything", "top 5 customers by total amount",
             "whose birthday is next?", "busiest month ever", "how many employees are older than 50")
    translate(asked[0], catalog, _TODAY)
    took = []
    for question in asked:
        best = 1.0
        for _ in range(3):
            questions._READINGS.clear()  # the reading itself, not the cache of readings
            best = min(best, _timed(lambda: translate(question, catalog, _TODAY))[0])  # noqa: B023
        took.append(best)
    con.close()
    assert sorted(took)[len(took) // 2] < 0.020
