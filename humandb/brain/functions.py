"""SQL functions SQLite lacks but the dialects Dave reads use (see SQLGLOT-NOTES.md).

sqlglot writes DuckDB's ``median(x)`` as ``PERCENTILE_CONT(x, 0.5)``, ``list(x)`` as ``ARRAY_AGG(x)``,
and we rewrite ``date_trunc`` to a call of our own; these give SQLite the same meaning.

Two more are Dave's own: ``GUT_FEELING(x)``, his hunch about a value, and ``VIBES()``.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import math
import sqlite3
from typing import Any

__all__ = ["FEELINGS", "NO_FEELING", "VIBES", "gut_feeling", "register"]


class _PercentileCont:
    """Linear-interpolated percentile of the non-NULL values, as PostgreSQL and DuckDB define it."""

    def __init__(self) -> None:
        self.values: list[float] = []
        self.fraction = 0.5

    def step(self, value: Any, fraction: float) -> None:
        self.fraction = float(fraction)
        if value is not None:
            self.values.append(float(value))

    def finalize(self) -> float | None:
        if not self.values:
            return None
        ordered = sorted(self.values)
        position = self.fraction * (len(ordered) - 1)
        low, high = math.floor(position), math.ceil(position)
        return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


class _ArrayAgg:
    """Collects the values into a JSON array (SQLite has no list type; JSON is the closest)."""

    def __init__(self) -> None:
        self.values: list[Any] = []

    def step(self, value: Any) -> None:
        self.values.append(value)

    def finalize(self) -> str:
        return json.dumps(self.values)


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


def register(db: sqlite3.Connection, seed: int = 0) -> None:
    """Teach one SQLite connection the functions above; `seed` sets Dave's gut feelings."""
    db.create_aggregate("percentile_cont", 2, _PercentileCont)  # type: ignore[arg-type]
    db.create_aggregate("array_agg", 1, _ArrayAgg)  # type: ignore[arg-type]
    db.create_function("date_trunc", 2, _date_trunc, deterministic=True)
    # Consistent within a connection, but another seed feels differently: not "deterministic" in
    # SQLite's sense, so nobody can build an index on a feeling that changes when the file is reopened.
    db.create_function("gut_feeling", 1, lambda value: gut_feeling(seed, value))
    db.create_function("vibes", 0, lambda: VIBES, deterministic=True)
