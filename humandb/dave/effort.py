"""How long Dave takes, in business minutes: a cost model over the statement and SQLite's plan.

Reading a table costs him more the bigger it is (logarithmically: he skims); a post-it (an index)
lets him jump straight to the page; joins, piles (GROUP BY) and sorting all add paperwork.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

from humandb.reading.sql import Statement

__all__ = ["Effort", "Step", "estimate"]

READING = 10.0  # every request: find the glasses, read the question
_PLAN_STEP = re.compile(r"^(SCAN|SEARCH)\s+(?:TABLE\s+)?(\S+)(?:\s+AS\s+\S+)?(.*)$")
_INDEX_USED = re.compile(r"USING (?:COVERING )?INDEX (\S+)")


@dataclass(frozen=True)
class Step:
    """One piece of Dave's work and what it costs him."""

    # read, scan, page, lookup, filter, join, group, sort, aggregate, copy, write, ddl, plan
    what: str
    table: str
    minutes: float
    index: str = ""  # for a lookup: the index (post-it) Dave used


@dataclass(frozen=True)
class Effort:
    steps: tuple[Step, ...]

    @functools.cached_property
    def total(self) -> float:  # asked several times per answer; the steps never change
        return round(sum(step.minutes for step in self.steps), 1)

    @functools.cached_property
    def indexes(self) -> frozenset[str]:
        """The indexes (post-its) the work looks things up in."""
        return frozenset(step.index for step in self.steps if step.index)


def _skim(rows: int) -> float:
    return math.log10(rows + 1)


def estimate(
    statement: Statement, plan: tuple[str, ...], table_rows: Mapping[str, int], result_rows: int
) -> Effort:
    """The steps of Dave's work for one executed statement."""
    # The same statement (a statement read before is the same object each time) over the same plan, table
    # sizes and result size costs the same: worked out once. The estimate is pure and an Effort is frozen,
    # so handing back the one worked out before changes nothing; a point SELECT asks on every statement.
    last = _ESTIMATED.get(statement.text)
    if last is not None and last[0] is statement and last[1] == plan and last[2] == table_rows and \
            last[3] == result_rows:
        return last[4]
    effort = _estimated(statement, plan, table_rows, result_rows)
    if len(_ESTIMATED) >= _ESTIMATES_KEPT:
        _ESTIMATED.clear()
    _ESTIMATED[statement.text] = (statement, plan, dict(table_rows), result_rows, effort)
    return effort


_ESTIMATED: dict[str, tuple[Statement, tuple[str, ...], dict[str, int], int, Effort]] = {}
_ESTIMATES_KEPT = 512  # statements whose last estimate is kept; a program asks a few kinds, a server more


def _estimated(
    statement: Statement, plan: tuple[str, ...], table_rows: Mapping[str, int], result_rows: int
) -> Effort:
    steps = [Step("read", "", READING)]
    if statement.kind == "explain":  # writing down a plan is quicker than carrying it out
        return Effort((*steps, Step("plan", "", 15.0)))
    steps += _plan_steps(statement, plan, table_rows)
    if statement.filtered:
        steps.append(Step("filter", "", 5.0))
    steps += _paperwork(statement, table_rows, result_rows)
    steps += [Step("join", "", 20.0)] * statement.joins
    if statement.grouped:
        steps.append(Step("group", "", 15.0 + 5 * _skim(result_rows)))
    if statement.ordered:
        steps.append(Step("sort", "", 10.0 + 5 * _skim(result_rows)))
    steps += [Step("aggregate", "", 10.0) for _ in statement.aggregates]
    if statement.returns_rows and result_rows:
        steps.append(Step("copy", "", min(120.0, 0.5 * result_rows)))
    return Effort(tuple(steps))


def _plan_steps(statement: Statement, plan: tuple[str, ...], table_rows: Mapping[str, int]) -> list[Step]:
    steps: list[Step] = []
    for line in plan:
        match = _PLAN_STEP.match(line)
        if not match:
            continue
        verb, name, rest = match.groups()
        if name == "CONSTANT":  # SQLite's "SCAN CONSTANT ROW": a SELECT of no table, nothing to read
            continue
        # A subquery's or a view's working rows ("(subquery-2)") have no binder of their own: Dave reads his
        # own notes from the step before, and never says SQLite's name for them.
        table = statement.table_named(name)
        if table.lower() not in {known.lower() for known in statement.tables}:
            table = ""
        rows = table_rows.get(table.lower(), 0) if table else 0
        if verb == "SEARCH" and "PRIMARY KEY" in rest:  # the row number is the page number
            steps.append(Step("page", table, 5.0 + 2 * _skim(rows)))
        elif verb == "SEARCH" and (used := _INDEX_USED.search(rest)):  # an index is a post-it on the bezel
            steps.append(Step("lookup", table, 5.0 + 3 * _skim(rows), used.group(1)))
        else:
            steps.append(Step("scan", table, 20.0 + 25 * _skim(rows)))
    return steps


def _paperwork(statement: Statement, table_rows: Mapping[str, int], affected: int) -> list[Step]:
    table = statement.tables[0] if statement.tables else ""
    if statement.kind in ("insert", "update", "delete"):
        return [Step("write", table, 10.0 + min(240.0, 0.5 * affected))]
    if statement.kind in ("create", "drop", "alter"):
        return [Step("ddl", table, 20.0 + 5 * _skim(table_rows.get(table.lower(), 0)))]
    return []
