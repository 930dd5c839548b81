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
    # The total is written where a person writes it on paper: in the step column, in words (a NULL there
    # read as a glitch on every screen that showed it).
    rows.append(("total", f"Total: {_duration(effort.total)}, give or take.", effort.total))
    return rows


def _duration(minutes: float) -> str:
    if minutes < 60:
        return f"about {round(minutes)} business minutes"
    hours = round(minutes / 60, 1)
    return "about one business hour" if hours == 1 else f"about {hours:g} business hours"


# What Dave writes for each kind of step (see effort.Step); slots come from the step and the statement.
_STEPS = {
    "read": "Find my glasses and read the question.",
    "scan": "Print out the {table} table (about {rows:,} rows).",
    "notes": "Go back through my notes from the step before.",
    "page": "Flip straight to the right page of {table}.",
    "lookup": "Use the index {index} on {table}.",
    "postit": "Check the {colour} post-it on the {place} of my monitor: “{label}”.",
    "filter": "Highlight everything where {where}.",
    "join": "Staple the printouts together where they match.",
    "group": "Sort the pages into piles by {group_by}.",
    "sort": "Put the pages in order by {order_by}.",
    "aggregate": "Do the sums on {gary}'s ledger pad.",
    "write": "Fill in the paperwork for {table}.",
    "ddl": "Fill in the paperwork for {table}.",
}


def _describe(step: Step, statement: Statement, table_rows: Mapping[str, int], postits: Mapping[str, PostIt]) -> str:
    postit = postits.get(step.index) if step.what == "lookup" else None
    what = "notes" if step.what in ("scan", "page", "lookup") and not step.table else step.what
    template = _STEPS["postit"] if postit is not None else _STEPS.get(what, "Copy the answer out neatly.")
    return template.format(
        table=step.table or "the table", rows=table_rows.get(step.table.lower(), 0), index=step.index,
        where=statement.where, group_by=statement.group_by, order_by=statement.order_by, gary=GARY,
        colour=postit.colour if postit else "", place=postit.place if postit else "",
        label=postit.label if postit else "",
    )
