"""A day or a week said after "after", "before" or "since" ("tasks scheduled after today", "visits since last
week") is one end of the range, not the whole range: the word was read and then dropped. Schema and questions
written before the reader read them; compared by values against today, 2026-11-18 (a Wednesday)."""

from __future__ import annotations

import datetime
import sqlite3
from collections.abc import Iterator

import pytest

import humandb
from humandb.stage.clock import FakeClock
from tests.conftest import TODAY

SCHEMA = (
    "CREATE TABLE vets (vet_id INTEGER PRIMARY KEY, vet_name TEXT NOT NULL)",
    "CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, vet_id INTEGER REFERENCES vets (vet_id), pet TEXT, "
    "visit_on TEXT)",
)
CASES = [
    ("how many visits are booked after today", "SELECT COUNT(*) FROM visits WHERE visit_on > '2026-11-18'"),
    ("how many visits were before today", "SELECT COUNT(*) FROM visits WHERE visit_on < '2026-11-18'"),
    ("how many visits since last week", "SELECT COUNT(*) FROM visits WHERE visit_on >= '2026-11-09'"),
    ("how many visits today", "SELECT COUNT(*) FROM visits WHERE visit_on = '2026-11-18'"),
]


@pytest.fixture(scope="module")
def clinic() -> Iterator[tuple[humandb.Connection, sqlite3.Connection]]:
    reference = sqlite3.connect(":memory:")
    for statement in SCHEMA:
        reference.execute(statement)
    reference.executemany("INSERT INTO vets VALUES (?, ?)", [(1, "Ana Ruiz"), (2, "Ben Okafor")])
    first = datetime.date(2026, 10, 20)
    reference.executemany("INSERT INTO visits VALUES (?, ?, ?, ?)",
                          [(n, 1 + n % 2, f"pet {n}", (first + datetime.timedelta(days=n % 60)).isoformat())
                           for n in range(1, 121)])
    reference.commit()
    con = humandb.connect(":memory:", sla="instant", exact=True, show=False, sound=False, clock=FakeClock(TODAY))
    reference.backup(con.store._db)
    yield con, reference
    con.close()
    reference.close()


@pytest.mark.parametrize(("question", "sql"), CASES, ids=[question for question, _ in CASES])
def test_a_day_after_after_is_one_end_of_the_range(clinic: tuple[humandb.Connection, sqlite3.Connection],
                                                   question: str, sql: str) -> None:
    con, reference = clinic
    cursor = con.execute(question)
    assert cursor.fetchall() == reference.execute(sql).fetchall(), (question, cursor.messages[-1][1])


@pytest.mark.parametrize(("question", "answer"), [
    ("do we have any visits booked after today", "yes"),
    ("have we got any visits before 2026-01-01", "no"),
    ("did we have any visits with ben okafor", "yes"),
])
def test_do_we_have_any_asks_whether(clinic: tuple[humandb.Connection, sqlite3.Connection], question: str,
                                     answer: str) -> None:
    """"Do we have any …", "have we got any …": the pronoun between the verb and "any" still asks yes or no."""
    con, _ = clinic
    cursor = con.execute(question)
    assert cursor.fetchall() == [(answer,)], (question, cursor.messages[-1][1])
