"""EXPLAIN — Dave's plan in his words: numbered steps from SQLite's real query plan and the parsed
statement, each with his business-minute estimate, and the total at the end.

    1. Find my glasses and read the question.                        10.0
    2. Print out the orders table (about 18,000 rows).              126.3
    3. Highlight everything where status = 'returned'.                5.0
    ...
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any

from humandb.dave.bezel import PostIt
from humandb.dave.desk import GARY
from humandb.dave.effort import Step, estimate
from humandb.reading.sql import Statement

__all__ = ["COLUMNS", "plan_rows"]

COLUMNS = ("step", "what_dave_does", "business_minutes")


def plan_rows(
    statement: Statement, plan: Sequence[str], table_rows: Mapping[str, int], postits: Sequence[PostIt] = ()
) -> list[tuple[Any, ...]]:
    """Dave's plan for the statement behind an EXPLAIN, one row per step plus a total."""
    doing = dataclasses.replace(statement, kind="select")  # cost the query itself, not the explaining
    effort = estimate(doing, tuple(plan), table_rows, 0)
    by_index = {postit.index: postit for postit in postits}
    rows: list[tuple[Any, ...]] = [
        (number, _describe(step, statement, table_rows, by_index), round(step.minutes, 1))
        for number, step in enumerate(effort.steps, start=1)
    ]
    hours = effort.total / 60
    rows.append((None, f"Total: about {hours:.1f} business hours, give or take.", effort.total))
    return rows


def _describe(step: Step, statement: Statement, table_rows: Mapping[str, int], postits: Mapping[str, PostIt]) -> str:
    rows = table_rows.get(step.table.lower(), 0)
    if step.what == "read":
        return "Find my glasses and read the question."
    if step.what == "scan":
        return f"Print out the {step.table} table (about {rows:,} rows)."
    if step.what == "page":
        return f"Flip straight to the right page of {step.table}."
    if step.what == "lookup":
        postit = postits.get(step.index)
        if postit is not None:
            return f"Check the {postit.colour} post-it on the {postit.place} of my monitor: “{postit.label}”."
        return f"Use the index {step.index} on {step.table}."
    if step.what == "filter":
        return f"Highlight everything where {statement.where}."
    if step.what == "join":
        return "Staple the printouts together where they match."
    if step.what == "group":
        return f"Sort the pages into piles by {statement.group_by}."
    if step.what == "sort":
        return f"Put the pages in order by {statement.order_by}."
    if step.what == "aggregate":
        return f"Do the sums on {GARY}'s ledger pad."
    if step.what in ("write", "ddl"):
        return f"Fill in the paperwork for {step.table or 'the table'}."
    return "Copy the answer out neatly."
