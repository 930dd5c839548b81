"""What the held-out schemas share: the `Case` of a question, today's date, and small data helpers."""

from __future__ import annotations

import datetime
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

# "Today" for every question: Wednesday 18 November 2026 ("last year" is 2025, "last month" October 2026).
TODAY = datetime.date(2026, 11, 18)
NOW = datetime.datetime(2026, 11, 18, 10, 0)

FIRST_DAY = datetime.date(2023, 1, 1)
LAST_DAY = datetime.date(2026, 11, 15)

_ORDER_WORDS = re.compile(
    r"\b(top|bottom|rank\w*|sort\w*|order(ed)? by|first|last|earliest|latest|most recent|newest|oldest|"
    r"highest|lowest|biggest|smallest|largest|longest|shortest|cheapest|priciest|most expensive|heaviest|"
    r"lightest|best|worst|\d+ (most|least))\b"
)
_RATIO_WORDS = re.compile(r"(%|\bpercent\w*|\bpct\b|\bproportion\b|\bratio\b|\bshare\b|\bfraction\b)")
_YES_NO_START = re.compile(r"^(are|is|do|does|did|were|was|has|have|can)\b")
_HOW_MANY = re.compile(r"\b(how many|number of|count|no\. of|total|headcount)\b")
_COUNT_SQL = re.compile(r"^\s*SELECT\s+COUNT\(\*\)\s+FROM\b", re.IGNORECASE)


@dataclass(frozen=True)
class Case:
    """One question and the SQLite query whose result is its correct answer (None: it should be refused).

    The flags say how to compare an answer; left as None they are worked out from the question and the SQL:
    `ordered` (rows compared in order): the SQL ends in an outer ORDER BY and the question asks for a ranking;
    `ratio` (a fraction or its percentage both count): the question asks for a percentage or proportion;
    `yesno` (a single truthy/falsy value or the word yes/no): the question starts like a yes/no question;
    `listing` (a count may be answered by listing that many rows): the reference is a bare COUNT(*) and the
    question names the rows without asking how many ("orders not shipped yet", "customers with no region").
    """

    question: str
    sql: str | None
    note: str = ""
    ordered: bool | None = None
    ratio: bool | None = None
    yesno: bool | None = None
    listing: bool | None = None

    @property
    def refuse(self) -> bool:
        return self.sql is None

    def is_ordered(self) -> bool:
        if self.ordered is not None:
            return self.ordered
        return self.sql is not None and has_outer_order_by(self.sql) and bool(_ORDER_WORDS.search(self.question))

    def is_ratio(self) -> bool:
        return self.ratio if self.ratio is not None else bool(_RATIO_WORDS.search(self.question.lower()))

    def is_yesno(self) -> bool:
        return self.yesno if self.yesno is not None else bool(_YES_NO_START.match(self.question.strip().lower()))

    def is_listing(self) -> bool:
        if self.listing is not None:
            return self.listing
        return (self.sql is not None and _COUNT_SQL.match(self.sql) is not None and not self.is_yesno()
                and not _HOW_MANY.search(self.question.lower()))  # fmt: skip


def has_outer_order_by(sql: str) -> bool:
    """Whether `sql` has an ORDER BY outside every parenthesis (its outermost SELECT is ordered)."""
    depth = 0
    outer: list[str] = []
    for char in re.sub(r"'(?:[^']|'')*'", "''", sql):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0:
            outer.append(char)
    return re.search(r"\border\s+by\b", "".join(outer), re.IGNORECASE) is not None


# -- building data --------------------------------------------------------------------------------


def insert(cursor: Any, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """INSERT rows through a DB-API cursor (qmark parameters, which sqlite3 and humandb both take)."""
    marks = ", ".join("?" * len(columns))
    cursor.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", [tuple(row) for row in rows])


def create(cursor: Any, statements: Iterable[str]) -> None:
    for statement in statements:
        cursor.execute(statement)


def random_day(rng: random.Random, first: datetime.date = FIRST_DAY, last: datetime.date = LAST_DAY) -> datetime.date:
    return datetime.date.fromordinal(rng.randint(first.toordinal(), last.toordinal()))


def random_moment(
    rng: random.Random,
    first: datetime.date = FIRST_DAY,
    last: datetime.date = LAST_DAY,
    hours: tuple[int, int] = (9, 20),
) -> datetime.datetime:
    day = random_day(rng, first, last)
    return datetime.datetime(day.year, day.month, day.day, rng.randint(*hours), rng.randrange(60), rng.randrange(60))


def iso(value: datetime.date | datetime.datetime | None) -> str | None:
    """'2025-03-14' for a date, '2025-03-14 09:30:00' for a datetime, None for None."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.isoformat(" ", "seconds")
    return value.isoformat()


def money(value: float) -> float:
    return round(value + 1e-9, 2)
