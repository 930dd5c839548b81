"""SQL functions SQLite lacks but the dialects Dave reads use (see SQLGLOT-NOTES.md).

sqlglot writes DuckDB's ``median(x)`` as ``PERCENTILE_CONT(x, 0.5)``, ``list(x)`` as ``ARRAY_AGG(x)``,
and we rewrite ``date_trunc`` to a call of our own; these give SQLite the same meaning.

Two more are Dave's own: ``GUT_FEELING(x)``, his hunch about a value, and ``VIBES()``.

Each is bounded: an aggregate holds at most `max_bytes` (array_agg its JSON text, no longer than
`max_text` either; percentile_cont 8 bytes a value), and past it raises OverflowError, which Python's
sqlite3 hands SQLite as "string or blob too big" (guard.breach: SIZE) and which stops the statement.
The work happens in `step`, one row at a time while SQLite runs the statement (so under its time budget):
what is left for `finalize`, after the last row, is at most one join or one sort of what was held.
A scalar function only ever sees one value, which SQLite's own length limit bounds.
"""

from __future__ import annotations

import array
import datetime
import hashlib
import json
import math
import sqlite3
from collections.abc import Callable
from typing import Any

__all__ = ["FEELINGS", "MAX_BYTES", "NO_FEELING", "VIBES", "gut_feeling", "register"]

MAX_BYTES = 1_000_000_000  # what an aggregate may hold unless told otherwise: SQLite's largest value


class _PercentileCont:
    """Linear-interpolated percentile of the non-NULL values, as PostgreSQL and DuckDB define it."""

    def __init__(self, max_bytes: int) -> None:
        self.values = array.array("d")  # 8 bytes a value, where a list of floats takes 32
        self.fraction = 0.5
        self.room = max_bytes // self.values.itemsize

    def step(self, value: Any, fraction: float) -> None:
        self.fraction = float(fraction)
        if value is not None:
            if len(self.values) >= self.room:
                raise OverflowError(f"percentile_cont holds at most {self.room:,} values")
            self.values.append(float(value))

    def finalize(self) -> float | None:
        if not self.values:
            return None
        ordered = sorted(self.values)
        position = self.fraction * (len(ordered) - 1)
        low, high = math.floor(position), math.ceil(position)
        return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


class _ArrayAgg:
    """Collects the values into a JSON array (SQLite has no list type; JSON is the closest); blobs as x'…'
    hex, as HumanDB's JSON writes them everywhere. Each value is written out as it comes, so its size is
    known at once and finalize only joins."""

    def __init__(self, max_bytes: int) -> None:
        self.parts: list[str] = []
        self.size = 2  # the brackets
        self.room = max_bytes

    def step(self, value: Any) -> None:
        part = json.dumps(f"x'{value.hex()}'" if isinstance(value, bytes) else value)  # ASCII: a byte a character
        self.size += len(part) + (2 if self.parts else 0)  # and ", " between values
        if self.size > self.room:
            raise OverflowError(f"array_agg makes text of at most {self.room:,} bytes")
        self.parts.append(part)

    def finalize(self) -> str:
        return "[" + ", ".join(self.parts) + "]"


def _bounded(aggregate: type[_PercentileCont] | type[_ArrayAgg], max_bytes: int) -> Callable[[], object]:
    """What sqlite3 calls to start each group's aggregate: one with its cap."""

    def start() -> object:
        return aggregate(max_bytes)

    return start


_UNITS = ("year", "quarter", "month", "week", "day", "hour", "minute", "second")


def _date_trunc(unit: str, value: str | None) -> str | None:
    if value is None:
        return None
    unit = unit.lower()
    if unit not in _UNITS:
        raise ValueError(f"date_trunc unit must be one of {', '.join(_UNITS)}")
    moment = datetime.datetime.fromisoformat(str(value))
    if unit in ("year", "quarter", "month", "week", "day"):
        day = moment.date()
        if unit == "year":
            day = day.replace(month=1, day=1)
        elif unit == "quarter":
            day = day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)
        elif unit == "month":
            day = day.replace(day=1)
        elif unit == "week":
            day -= datetime.timedelta(days=day.weekday())
        return datetime.datetime.combine(day, datetime.time()).isoformat(" ")
    keep = {"hour": 13, "minute": 16, "second": 19}[unit]
    return (moment.isoformat(" ")[:keep] + ":00:00"[: 19 - keep]) if keep < 19 else moment.isoformat(" ")[:19]


# Dave's hunches. Order matters: a hunch is an index into this tuple, so append, never reorder.
FEELINGS = ("up", "down", "flat", "bad vibes", "good vibes", "sideways", "trust me", "hmm")
NO_FEELING = "no feeling"  # GUT_FEELING(NULL): Dave has an opinion on everything except nothing
VIBES = "immaculate"


def gut_feeling(seed: int, value: Any) -> str:
    """Dave's hunch about a value: the same for the same seed, type and text, in every process.

    >>> gut_feeling(0, 42) == gut_feeling(0, 42)
    True
    >>> gut_feeling(0, None)
    'no feeling'
    """
    if value is None:
        return NO_FEELING
    # hashlib, not hash(): str hashes are salted per process, and Dave must feel the same tomorrow.
    digest = hashlib.sha256(f"{seed}\x00{_typed_text(value)}".encode()).digest()
    return FEELINGS[int.from_bytes(digest[:8], "big") % len(FEELINGS)]


def _typed_text(value: Any) -> str:
    """The value as SQLite sees it, type included: 1, 1.0 and '1' are three different hunches."""
    if isinstance(value, bytes):
        return f"blob\x00{value.hex()}"
    if isinstance(value, float):
        return f"real\x00{value!r}"  # repr: the shortest text that round-trips, the same everywhere
    if isinstance(value, int):
        return f"integer\x00{value}"
    return f"text\x00{value}"


def register(db: sqlite3.Connection, seed: int = 0, *, max_bytes: int = MAX_BYTES, max_text: int = MAX_BYTES) -> None:
    """Teach one SQLite connection the functions above; `seed` sets Dave's gut feelings, `max_bytes` what
    an aggregate may hold, `max_text` the longest text one may make (the connection's longest value)."""
    db.create_aggregate("percentile_cont", 2, _bounded(_PercentileCont, max_bytes))  # type: ignore[arg-type]
    db.create_aggregate("array_agg", 1, _bounded(_ArrayAgg, min(max_bytes, max_text)))  # type: ignore[arg-type]
    db.create_function("date_trunc", 2, _date_trunc, deterministic=True)
    # Consistent within a connection, but another seed feels differently: not "deterministic" in
    # SQLite's sense, so nobody can build an index on a feeling that changes when the file is reopened.
    db.create_function("gut_feeling", 1, lambda value: gut_feeling(seed, value))
    db.create_function("vibes", 0, lambda: VIBES, deterministic=True)
