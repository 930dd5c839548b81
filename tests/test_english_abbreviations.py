"""Names written short, as database people write them ("svc_type", "supv_id", "first_nm"), are read as the
words they stand for: "service type" is svc_type, "supervise" is what a supv_id says. A repair firm, written
before the reader read it; compared by values."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from tests.english_schemas import Pair, answers, schema_pair

SCHEMA = (
    "CREATE TABLE techs (tech_id INTEGER PRIMARY KEY, first_nm TEXT, last_nm TEXT, "
    "supv_id INTEGER REFERENCES techs (tech_id))",
    "CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, tech_id INTEGER REFERENCES techs (tech_id), svc_type TEXT, "
    "cost REAL, sched_dt TEXT)",
)
TECHS = [(1, "Ana", "Ruiz", None), (2, "Bo", "Tran", 1), (3, "Cy", "Odu", 1), (4, "Dee", "Lark", 1),
         (5, "Eamon", "Hale", 2), (6, "Fern", "Ibe", 2)]


def _build(con: sqlite3.Connection) -> None:
    for statement in SCHEMA:
        con.execute(statement)
    con.executemany("INSERT INTO techs VALUES (?, ?, ?, ?)", TECHS)
    kinds = ("boiler", "wiring", "plumbing")
    con.executemany("INSERT INTO jobs VALUES (?, ?, ?, ?, ?)",
                    [(n, 1 + n % 6, kinds[n % 3], 50.0 + (n * 29) % 400, f"2026-{1 + n % 10:02d}-11")
                     for n in range(1, 31)])
    con.commit()


CASES = [
    ("total cost for each service type", "SELECT svc_type, SUM(cost) FROM jobs GROUP BY svc_type"),
    ("how many techs does ana ruiz supervise", "SELECT COUNT(*) FROM techs WHERE supv_id = 1"),
    ("list the techs bo tran supervises", "SELECT first_nm, last_nm FROM techs WHERE supv_id = 2"),
]


@pytest.fixture(scope="module")
def firm() -> Iterator[Pair]:
    with schema_pair(_build) as pair:
        yield pair


@pytest.mark.parametrize(("question", "sql"), CASES)
def test_names_written_short(firm: Pair, question: str, sql: str) -> None:
    answers(firm, question, sql)
