"""Several money columns on one table (a labour part, a parts part, the tax and the total): a question about
revenue or spending means the whole, the total, not whichever part comes first. Schema and questions written
before the reader read them; compared by values."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from tests.english_schemas import Pair, answers, schema_pair

SCHEMA = (
    "CREATE TABLE mechanics (mech_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL)",
    "CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, mech_id INTEGER REFERENCES mechanics (mech_id), "
    "opened_on TEXT)",
    "CREATE TABLE invoices (inv_id INTEGER PRIMARY KEY, job_id INTEGER REFERENCES jobs (job_id), "
    "labour_amt REAL, parts_amt REAL, vat_amt REAL, amt_total REAL, issued_on TEXT)",
    "CREATE TABLE refunds (refund_id INTEGER PRIMARY KEY, inv_id INTEGER REFERENCES invoices (inv_id), "
    "tax_amount REAL, amount REAL)",
)


def _build(con: sqlite3.Connection) -> None:
    for statement in SCHEMA:
        con.execute(statement)
    con.executemany("INSERT INTO mechanics VALUES (?, ?)", [(1, "Rhona Kerr"), (2, "Idris Vale"), (3, "Tom Aske")])
    con.executemany("INSERT INTO jobs VALUES (?, ?, ?)",
                    [(n, 1 + n % 3, f"2025-{1 + n % 12:02d}-{1 + n % 27:02d}") for n in range(1, 31)])
    rows = []
    for n in range(1, 31):
        labour, parts = 40.0 + 7 * n, 15.0 + (n * 13) % 90
        vat = round((labour + parts) * 0.2, 2)
        rows.append((n, n, labour, parts, vat, labour + parts + vat, f"2025-{1 + n % 12:02d}-{2 + n % 26:02d}"))
    con.executemany("INSERT INTO invoices VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    con.executemany("INSERT INTO refunds VALUES (?, ?, ?, ?)", [(n, n * 3, 2.0 * n, 10.0 * n) for n in range(1, 8)])
    con.commit()


CASES = [
    ("total revenue from all invoices", "SELECT SUM(amt_total) FROM invoices"),
    ("revenue by mechanic",
     "SELECT m.full_name, SUM(i.amt_total) FROM invoices i JOIN jobs j ON j.job_id = i.job_id "
     "JOIN mechanics m ON m.mech_id = j.mech_id GROUP BY m.mech_id"),
    ("average invoice", "SELECT AVG(amt_total) FROM invoices"),
    ("how much have we refunded", "SELECT SUM(amount) FROM refunds"),
]


@pytest.fixture(scope="module")
def garage() -> Iterator[Pair]:
    with schema_pair(_build) as pair:
        yield pair


@pytest.mark.parametrize(("question", "sql"), CASES, ids=[question for question, _ in CASES])
def test_money_is_the_whole_not_a_part(garage: Pair, question: str,
                                       sql: str) -> None:
    answers(garage, question, sql)
