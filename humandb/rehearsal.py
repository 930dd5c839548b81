"""Rehearsed sessions with Dave, to read his character end to end: ``humandb transcript`` prints the first;
the tests measure both (freshness, glitches, repeats).

The first is two hundred varied requests (SQL and English) over the sample company, from an ordinary
Wednesday in November. The second is a regular's: mostly English, the same questions asked again and
again, snacks, a few fixes to the odd things in the data, from a Monday in mid-December, so it runs
through Dave's Christmas holiday.
"""

from __future__ import annotations

import datetime
import itertools
import re
from dataclasses import dataclass

import humandb
from humandb.stage.clock import FakeClock

__all__ = ["Exchange", "regular", "rehearse", "rehearse_regular", "requests"]

# A Wednesday morning in an ordinary week: no quarter-end, no PTO, no Monday.
WEDNESDAY = datetime.datetime(2026, 11, 18, 9, 30)
# A Monday ten days before Dave's Christmas PTO.
MONDAY = datetime.datetime(2026, 12, 14, 9, 5)

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


# The regular's questions: English first, some asked word for word again and again, some SQL, a few fixes.
_REGULAR = (
    "how many orders are there?", "how many orders are there?", "what's the average salary in engineering?",
    "which department has the highest average salary", "how many customers are in Germany?",
    "SELECT COUNT(*) FROM orders", "SELECT COUNT(*) FROM orders", "SELECT COUNT(*) FROM orders",
    "SELECT COUNT(*) FROM orders", "SELECT COUNT(*) FROM orders", "top 5 customers by total amount",
    "who earns the most?", "who is dave?", "how many employees are in finance?", "number of orders per status",
    "SELECT * FROM orders WHERE ordered_at < '1990-01-01'", "how many orders were returned?",
    "average price per category", "what is the cheapest product?", "how many products are there?",
    "SELECT name, salary FROM employees WHERE salary IS NULL", "employees per department",
    "SELECT email, COUNT(*) FROM customers GROUP BY email HAVING COUNT(*) > 1", "total revenue last year",
    "which 3 products sold the most units?", "how many different countries are there?",
    "what's the average salary in engineering?", "how many orders are there?",
    "CREATE INDEX orders_by_status ON orders (status)", "how many orders were cancelled?",
    "SELECT status, COUNT(*) FROM orders GROUP BY status", "oldest employee", "customers per city",
    "revenue by product category", "what was the revenue in 2023?", "list products under 5 sorted by price",
    "how many customers are in France?", "show me the cancelled orders over 500",
    "SELECT MIN(price), MAX(price) FROM products", "SELECT AVG(quantity) FROM orders",
)
_FIXES = (
    "DELETE FROM orders WHERE ordered_at < '1990-01-01'",
    "UPDATE employees SET salary = 52000 WHERE salary IS NULL AND department = 'Sales'",
    "UPDATE employees SET salary = 61000 WHERE salary IS NULL",
    "DELETE FROM customers WHERE email = 'thomas.billy@yahoo.com' AND id = "
    "(SELECT MAX(id) FROM customers WHERE email = 'thomas.billy@yahoo.com')",
    "UPDATE orders SET amount = -amount, quantity = -quantity WHERE amount < 0",
)
_SNACKS = ("coffee", "biscuits", "crisps", "a muffin", "beer", "kale", "a kouign-amann", "a ham sandwich", "tea",
           "🍩", "a stapler")
_COFFEE_RUN = 5  # one afternoon, five coffees in a row


def regular(count: int = 200) -> list[str]:
    """The second session's requests: mostly English, with repeats; the fixes come in the last third."""
    made: list[str] = []
    fixes = iter(_FIXES)
    rounds = itertools.cycle(_REGULAR)
    while len(made) < count:
        n = len(made)
        if n >= count * 2 // 3 and n % 9 == 0:
            fix = next(fixes, None)
            if fix is not None:
                made.append(fix)
                continue
        made.append(next(rounds))
    return made


@dataclass(frozen=True)
class Exchange:
    """One request and everything Dave said and did about it."""

    request: str
    transcript: tuple[str, ...]
    lines: tuple[str, ...]  # what Dave said, line by line
    failed: bool = False
    jokes: tuple[str, ...] = ()  # which of his lines they were ("ledger.lent#2"): what freshness counts


def rehearse(seed: int = 1, count: int = 200, now: datetime.datetime = WEDNESDAY) -> list[Exchange]:
    """Run the first rehearsal at instant SLA on a fake clock; Dave gets a coffee a third of the way in."""
    snacks = {count // 3: ["coffee"]}
    return _play(requests(count), snacks, seed=seed, now=now)


def rehearse_regular(seed: int = 1, count: int = 200, now: datetime.datetime = MONDAY) -> list[Exchange]:
    """Run the second rehearsal: a regular called Sam, whose birthday comes round, brings snacks now and then."""
    snacks = {n: [snack] for n, snack in zip(range(7, count, 13), _SNACKS, strict=False)}
    snacks.setdefault(count // 2, []).extend(["coffee"] * _COFFEE_RUN)
    return _play(regular(count), snacks, seed=seed, now=now, user="Sam", birthday="1990-01-12")


def _play(
    texts: list[str], snacks: dict[int, list[str]], *, seed: int, now: datetime.datetime, user: str | None = None,
    birthday: str | None = None,
) -> list[Exchange]:
    con = humandb.connect(sla="instant", show=False, sound=False, seed=seed, clock=FakeClock(now), user=user,
                          birthday=birthday)
    exchanges = []
    for number, request in enumerate(texts):
        for snack in snacks.get(number, ()):
            reply = con.offer_snack(snack)
            exchanges.append(Exchange(f"(offers Dave {_offered(snack)})", (), (reply,)))
        try:
            answer = con.execute(request).answer
        except humandb.Error as error:
            exchanges.append(Exchange(request, (), (error.dave,), failed=True))
            continue
        report = answer.report if answer is not None else None
        if report is None:  # a rehearsal connection always does its paperwork
            raise humandb.InternalError("Dave lost his notes.", "the rehearsal's answer has no report")
        exchanges.append(Exchange(request, tuple(report.transcript), report.lines, jokes=report.jokes))
    con.close()
    return exchanges


def _offered(snack: str) -> str:
    return snack if snack.startswith(("a ", "an ")) or not snack.isascii() else f"a {snack}" if snack in (
        "coffee", "tea", "beer") else f"some {snack}"


def as_text(exchanges: list[Exchange]) -> str:
    """The session as a readable transcript."""
    out = []
    for exchange in exchanges:
        out.append(f"humandb> {exchange.request}")
        out += [f"  {line}" for line in exchange.transcript]
        out.append("  " + ("❌ " if exchange.failed else "") + '"' + " ".join(exchange.lines) + '"')
        out.append("")
    return "\n".join(out)
