"""A rehearsed session with Dave: two hundred varied requests (SQL and English) over the sample company,
to read his character end to end. ``humandb transcript`` prints one; the tests measure one.
"""

from __future__ import annotations

import datetime
import itertools
import re
from dataclasses import dataclass

import humandb
from humandb.stage.clock import FakeClock

__all__ = ["Exchange", "rehearse", "requests"]

# A Wednesday morning in an ordinary week: no quarter-end, no PTO, no Monday.
WEDNESDAY = datetime.datetime(2026, 11, 18, 9, 30)

_TABLES = {
    "orders": ("amount", "quantity", "status"),
    "employees": ("salary", "salary", "department"),
    "products": ("price", "price", "category"),
    "customers": ("id", "id", "country"),
}
_QUESTIONS = (
    "how many orders were returned?", "what's the average salary in engineering?", "top 5 customers by total amount",
    "which department has the highest average salary", "how many customers are in Germany?",
    "list products under 5 sorted by price", "total revenue last year", "number of orders per status",
    "who earns the most?", "what is the most expensive product?", "how many employees were hired in 2024?",
    "average price per category", "show me the cancelled orders over 500", "how many different countries are there?",
    "oldest employee", "revenue by product category", "which 3 products sold the most units?",
    "how many orders did customers in France place?", "customers per city", "what was the revenue in 2023?",
)


def requests(count: int = 200) -> list[str]:
    """The rehearsal's requests: every kind of statement Dave knows, a few asked twice (for déjà vu)."""
    made: list[str] = []
    for table, (measure, number, category) in _TABLES.items():
        made += [
            f"SELECT COUNT(*) FROM {table}",
            f"SELECT AVG({measure}) FROM {table}",
            f"SELECT SUM({number}) FROM {table}",
            f"SELECT MIN({measure}), MAX({measure}) FROM {table}",
            f"SELECT {category}, COUNT(*) FROM {table} GROUP BY {category} ORDER BY 2 DESC",
            f"SELECT * FROM {table} WHERE id = 7",
            f"SELECT * FROM {table} WHERE id < 40",
            f"SELECT * FROM {table} WHERE id < 0",
            f"EXPLAIN SELECT {category}, COUNT(*) FROM {table} GROUP BY {category}",
        ]
    made += [
        "SELECT c.country, SUM(o.amount) FROM orders o JOIN customers c ON c.id = o.customer_id GROUP BY 1",
        "SELECT p.name, o.quantity FROM orders o JOIN products p ON p.id = o.product_id WHERE o.id < 30",
        "SELECT * FROM orders", "SELECT name, salary FROM employees WHERE salary IS NULL",
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)",
        "INSERT INTO notes (body) VALUES ('call Gary about the ledger pad')",
        "UPDATE notes SET body = 'Gary called back' WHERE id = 1", "DELETE FROM notes WHERE id = 1",
        "CREATE INDEX orders_by_customer ON orders (customer_id)",
        "SELECT COUNT(*) FROM orders WHERE customer_id = 42", "DROP INDEX orders_by_customer", "DROP TABLE notes",
        "SELEC oops FROM nowhere", "SELECT * FROM no_such_table",
    ]
    made += list(_QUESTIONS)
    # Later rounds ask about other rows and other limits; the English questions come back word for word.
    rounds = (made, *([_varied(request, n) for request in made] for n in range(1, count // len(made) + 2)))
    return list(itertools.islice(itertools.chain(*rounds), count))


def _varied(request: str, round_: int) -> str:
    return re.sub(r"(?<=[=<] )(\d+)", lambda match: str(int(match.group(1)) + 11 * round_), request)


@dataclass(frozen=True)
class Exchange:
    """One request and everything Dave said and did about it."""

    request: str
    transcript: tuple[str, ...]
    lines: tuple[str, ...]  # what Dave said, line by line
    failed: bool = False


def rehearse(seed: int = 1, count: int = 200, now: datetime.datetime = WEDNESDAY) -> list[Exchange]:
    """Run the rehearsal at instant SLA on a fake clock; Dave gets a coffee a third of the way in."""
    con = humandb.connect(sla="instant", show=False, sound=False, seed=seed, clock=FakeClock(now))
    exchanges = []
    for number, request in enumerate(requests(count)):
        if number == count // 3:
            reply = con.offer_snack("coffee")
            exchanges.append(Exchange("(offers Dave a coffee)", (), (reply,)))
        try:
            answer = con.execute(request).answer
        except humandb.Error as error:
            exchanges.append(Exchange(request, (), (error.dave,), failed=True))
            continue
        report = answer.report if answer is not None else None
        if report is None:  # a rehearsal connection always does its paperwork
            raise humandb.InternalError("Dave lost his notes.", "the rehearsal's answer has no report")
        exchanges.append(Exchange(request, tuple(report.transcript), report.lines))
    con.close()
    return exchanges


def as_text(exchanges: list[Exchange]) -> str:
    """The session as a readable transcript."""
    out = []
    for exchange in exchanges:
        out.append(f"humandb> {exchange.request}")
        out += [f"  {line}" for line in exchange.transcript]
        out.append("  " + ("❌ " if exchange.failed else "") + '"' + " ".join(exchange.lines) + '"')
        out.append("")
    return "\n".join(out)
