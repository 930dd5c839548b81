"""What Dave mentions about the data: one odd thing per answer, the most relevant he hasn't just said.

Relevance: an oddity in a column the query is about beats one elsewhere in the table; a table-wide
oddity (the 1987 order) only comes up when he read the whole table. Recently mentioned things rest
for a few answers, then come back, which is how a running gag works.
"""

from __future__ import annotations

import random
from collections.abc import Iterable

from humandb.brain.facts import Oddity
from humandb.dave import words
from humandb.dave.desk import Desk
from humandb.reading.sql import Statement

__all__ = ["remark"]

_REST = 4  # answers before the same oddity may come up again
_ORDER = {"old_date": 0, "negative": 1, "nulls": 2, "duplicate": 3}


def _key(oddity: Oddity) -> str:
    return f"{oddity.kind}:{oddity.table}.{oddity.column}"


def _relevance(oddity: Oddity, statement: Statement) -> int:
    mentioned = {column.lower() for column in statement.subjects if column}
    if oddity.column.lower() in mentioned:
        return 2
    return 1 if not statement.filtered else 0


def _rested(oddity: Oddity, desk: Desk) -> bool:
    return desk.turn - desk.mentioned.get(_key(oddity), -_REST) >= _REST


def remark(statement: Statement, found: Iterable[Oddity], desk: Desk, rng: random.Random) -> str | None:
    """Dave's one remark on this answer, or None when nothing odd is in reach (or he just said it)."""
    candidates = [
        oddity for oddity in found
        if _relevance(oddity, statement) > 0 and _rested(oddity, desk)
    ]
    if not candidates:
        return None
    best = max(candidates, key=lambda o: (_relevance(o, statement), -_ORDER.get(o.kind, 9)))
    again = _key(best) in desk.mentioned
    desk.mentioned[_key(best)] = desk.turn
    # The 1987 order is a running gag: the second time, Dave says it differently.
    section = "gag.1987" if again and best.kind == "old_date" else f"remark.{best.kind}"
    return words.say(
        section, rng, desk.recent,
        table=best.table, column=best.column, count=best.count, year=best.value, value=best.value,
    )
