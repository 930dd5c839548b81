"""What Dave mentions about the data: one odd thing per answer, the most relevant he hasn't just said, told
as it is about the table (never about "them" when it is not about this result); and what he says when
someone fixes one.

Relevance: an oddity in a column the query is about beats one elsewhere in the table; a table-wide
oddity (the 1987 order) only comes up when he read the whole table. Recently mentioned things rest
for a few answers, then come back, which is how a running gag works. When the answer *is* the odd
thing (the 1987 order itself, the employees with no salary), that is what he says, whatever rested.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Sequence
from typing import Any

from humandb.brain.facts import Oddity
from humandb.dave import grammar, words
from humandb.dave.answers import column_words, nouns
from humandb.dave.desk import Desk
from humandb.dave.words import Line
from humandb.reading.sql import Statement

__all__ = ["itself", "payoffs", "remark"]

_REST = 4  # answers before the same oddity may come up again
_ORDER = {"old_date": 0, "negative": 1, "nulls": 2, "duplicate": 3}
_AGGREGATED = ("avg", "sum", "min", "max", "total", "median")


def _key(oddity: Oddity) -> str:
    return f"{oddity.kind}:{oddity.table.lower()}.{oddity.column.lower()}"


def _relevance(oddity: Oddity, statement: Statement) -> int:
    mentioned = {column.lower() for column in statement.subjects if column}
    if oddity.column.lower() in mentioned:
        return 2
    return 1 if not statement.filtered else 0


def _rested(oddity: Oddity, desk: Desk) -> bool:
    """A remark rests longer each time he makes it (4, 8, 16 ... answers): a running gag, not a tic."""
    rest = _REST << max(desk.mentions.get(_key(oddity), 0) - 1, 0)
    return desk.turn - desk.mentioned.get(_key(oddity), -rest) >= rest


def _mention(oddity: Oddity, desk: Desk) -> None:
    desk.mentioned[_key(oddity)] = desk.turn
    desk.mentions[_key(oddity)] = desk.mentions.get(_key(oddity), 0) + 1


def _slots(oddity: Oddity) -> dict[str, Any]:
    one, _ = nouns(oddity.table)
    column = column_words(oddity.column)
    # "four employees" says where they are; "four rows" needs " in staff" after it.
    in_table = "" if grammar.noun_of(oddity.table) else f" in {oddity.table}"
    return {
        "table": oddity.table, "column": column, "in_table": in_table, "year": oddity.value, "value": oddity.value,
        "one": one,
        "things": grammar.counted(oddity.count, one),
        "values": grammar.counted(oddity.count, f"{column} value"),
        "times": {1: "once", 2: "twice"}.get(oddity.count, f"{grammar.number_words(oddity.count)} times"),
    }


def itself(
    statement: Statement, found: Iterable[Oddity], columns: Sequence[str], rows: Sequence[tuple[Any, ...]],
    desk: Desk, rng: random.Random,
) -> Line | None:
    """When the result is the odd thing itself (the 1987 order, the rows with no salary), Dave says so."""
    names = [name.lower().split(".")[-1] for name in columns]
    for oddity in found:
        column = oddity.column.lower()
        hit = False
        if oddity.kind == "old_date" and column in names:
            at = names.index(column)
            hit = any(isinstance(row[at], str) and row[at].startswith(oddity.value) for row in rows[:1000])
        elif oddity.kind == "duplicate" and column in names:
            at = names.index(column)
            hit = any(row[at] == oddity.value for row in rows[:1000])
        elif oddity.kind == "nulls" and statement.where:
            hit = _is_null_filter(statement.where, oddity.column)
        elif oddity.kind == "negative" and statement.where:
            hit = re.search(rf"\b{re.escape(oddity.column)}\s*<\s*0\b", statement.where, re.I) is not None
        if hit and rows:
            seen = _key(oddity) in desk.mentioned
            _mention(oddity, desk)
            section = f"oddity.itself.{oddity.kind}" + (".again" if seen and oddity.kind == "old_date" else "")
            return words.line(section, rng, desk.rotation, **_slots(oddity))
    return None


def _is_null_filter(where: str, column: str) -> bool:
    """Whether the WHERE asks for the rows where `column` is blank (and not the other way round)."""
    pattern = rf"(NOT\s+)?\b(?:\w+\.)?{re.escape(column)}\s+IS\s+(NOT\s+)?NULL\b"
    return any(not negated and not inverted for negated, inverted in re.findall(pattern, where, re.I))


def remark(statement: Statement, found: Iterable[Oddity], desk: Desk, rng: random.Random) -> Line | None:
    """Dave's one remark on this answer, or None when nothing odd is in reach (or he just said it)."""
    candidates = [oddity for oddity in found if _relevance(oddity, statement) > 0 and _rested(oddity, desk)]
    if not candidates:
        return None
    best = max(candidates, key=lambda o: (_relevance(o, statement), -_ORDER.get(o.kind, 9)))
    again = _key(best) in desk.mentioned
    _mention(best, desk)
    section = f"remark.{best.kind}"
    if best.kind == "nulls" and _skipped(statement, best):
        section = "remark.nulls.skipped"  # an average or a sum really did leave the blanks out
    elif again and best.kind == "old_date":
        section = "gag.1987"  # a running gag: the second time, he says it differently
    elif again and f"{section}.again" in words.phrasebook():
        section += ".again"  # he has said it before, and says so
    return words.line(section, rng, desk.rotation, **_slots(best))


def _skipped(statement: Statement, oddity: Oddity) -> bool:
    about = [subject.lower() for subject, computed in zip(statement.subjects, statement.computed, strict=False)
             if computed]
    return oddity.column.lower() in about and any(kind in _AGGREGATED for kind in statement.aggregates)


def payoffs(
    statement: Statement, found: Sequence[Oddity], looked: Iterable[str], desk: Desk, rng: random.Random,
) -> list[Line]:
    """What Dave says when a write fixed something odd he knew about (all of it, or some), and what he
    knows afterwards. Only for tables whose odd things are worked out afresh (`looked`)."""
    said = []
    for table in looked:
        now = tuple(odd for odd in found if odd.table.lower() == table.lower())
        before = desk.known.get(table.lower())
        desk.known[table.lower()] = now
        if before is None or not statement.writes:
            continue
        remaining = {(odd.kind, odd.column.lower(), odd.value if odd.kind != "nulls" else ""): odd for odd in now}
        for odd in before:
            left = remaining.get((odd.kind, odd.column.lower(), odd.value if odd.kind != "nulls" else ""))
            if left is None:
                desk.mentioned.pop(_key(odd), None)
                said.append(words.line(f"payoff.{odd.kind}", rng, desk.rotation, **_slots(odd)))
            elif left.count < odd.count and odd.kind in ("nulls", "negative"):
                slots = {**_slots(left), "fixed": grammar.number_words(odd.count - left.count)}
                said.append(words.line(f"payoff.{odd.kind}.some", rng, desk.rotation, **slots))
    return said
