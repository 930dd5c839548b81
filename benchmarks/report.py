"""One measured result beside its sqlite3 baseline, the goal it is held to, and how to print them all."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Goal:
    """A limit on either the humandb/sqlite3 ratio or humandb's own value (in the result's unit)."""

    limit: float
    on_ratio: bool
    strictly_below: bool = False

    def describe(self, unit: str) -> str:
        sign = "<" if self.strictly_below else "≤"
        return f"{sign} {self.limit:.4g}×" if self.on_ratio else f"{sign} {self.limit:.4g} {unit}"

    def met_by(self, value: float, ratio: float | None) -> bool | None:
        measured = ratio if self.on_ratio else value
        if measured is None:
            return None
        return measured < self.limit if self.strictly_below else measured <= self.limit


@dataclass(frozen=True)
class Result:
    """One row of the report. Values are already in `unit`; `sqlite3` is None where there is no baseline."""

    name: str
    unit: str
    sqlite3: float | None
    humandb: float | None
    goal: Goal
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.sqlite3 is None or self.humandb is None or self.sqlite3 <= 0:
            return None
        return self.humandb / self.sqlite3

    @property
    def met(self) -> bool | None:
        return None if self.humandb is None else self.goal.met_by(self.humandb, self.ratio)

    def as_dict(self) -> dict[str, object]:
        return {
            "measurement": self.name, "unit": self.unit, "sqlite3": self.sqlite3, "humandb": self.humandb,
            "ratio": self.ratio, "goal": self.goal.describe(self.unit), "met": self.met, "note": self.note,
        }


def failed(name: str, unit: str, goal: Goal, error: BaseException) -> Result:
    """A row for a measurement that crashed: the report goes on and says why."""
    return Result(name, unit, None, None, goal, note=f"error: {type(error).__name__}: {error}")


_HEADINGS = ("measurement", "sqlite3", "humandb", "ratio", "goal", "met?")


def table(results: Sequence[Result]) -> str:
    """A plain-text table; unmet goals are shouted so they stand out in a terminal and in a log."""
    rows = [_HEADINGS, *(_cells(result) for result in results)]
    widths = [max(len(row[column]) for row in rows) for column in range(len(_HEADINGS))]
    lines = [" | ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
             for row in rows]
    lines.insert(1, "-+-".join("-" * width for width in widths))
    notes = [f"  * {result.name}: {result.note}" for result in results if result.note]
    return "\n".join(lines + (["", "notes:", *notes] if notes else []))


def markdown(header: dict[str, object], results: Sequence[Result]) -> str:
    """README's performance table: the same cells as `table`, as Markdown, with the machine it ran on."""
    rows = [_HEADINGS, tuple("---" for _ in _HEADINGS),
            *(tuple(cell.replace("|", "\\|").replace("  <-- goal not met", "") for cell in _cells(result))
              for result in results)]
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    machine = " · ".join(f"{name} {value}" for name, value in header.items())
    notes = [f"- {result.name}: {result.note}" for result in results if result.note]
    return "\n".join([f"Measured on {machine}.", "", *lines, "", *notes])


def as_json(header: dict[str, object], results: Sequence[Result]) -> str:
    return json.dumps({"environment": header, "results": [result.as_dict() for result in results]}, indent=2)


def _cells(result: Result) -> tuple[str, ...]:
    met = {True: "yes", False: "NO  <-- goal not met", None: "n/a"}[result.met]
    ratio = result.ratio
    return (result.name, _with_unit(result.sqlite3, result.unit), _with_unit(result.humandb, result.unit),
            "—" if ratio is None else f"{_number(ratio)}×", result.goal.describe(result.unit), met)


def _with_unit(value: float | None, unit: str) -> str:
    return "—" if value is None else f"{_number(value)} {unit}"


def _number(value: float) -> str:
    # Three significant figures read well from microseconds to seconds; .3g alone would go
    # scientific from 1000 up, so large values print whole.
    return f"{value:.0f}" if abs(value) >= 1000 else f"{value:.3g}"
