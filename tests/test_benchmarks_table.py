"""README's performance table is benchmarks/run.py's own output (``--markdown``): every row issue 20
asks for is there, each ratio is its two figures' quotient, and no row claims a goal its figures miss.

Nothing here times anything: the figures are whatever the last benchmark run printed.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEADINGS = ["measurement", "sqlite3", "humandb", "ratio", "goal", "met?"]
_NUMBER = re.compile(r"^(?P<value>-?[\d.]+(?:e-?\d+)?)(?: (?P<unit>\S+))?$")
_GOAL = re.compile(r"^(?P<sign>[≤<]) (?P<limit>[\d.]+)(?P<ratio>×)?(?: (?P<unit>\S+))?$")


def _table() -> list[list[str]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Benchmarks\n", 1)[1].split("\n## ", 1)[0]
    lines = [line for line in section.splitlines() if line.startswith("| ")]
    rows = [[cell.strip().replace("\\|", "|") for cell in re.split(r"(?<!\\)\|", line)[1:-1]] for line in lines]
    assert rows and rows[0] == HEADINGS, "README's Benchmarks section has no table from benchmarks/run.py --markdown"
    return [row for row in rows[1:] if set(row) != {"---"}]


def _value(cell: str) -> float | None:
    if cell == "—":
        return None
    found = _NUMBER.match(cell.rstrip("×"))
    assert found, f"not a figure: {cell!r}"
    return float(found["value"])


def test_the_table_has_every_row_the_issue_asks_for() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from run import ISSUE_ROWS  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    names = [row[0] for row in _table()]
    missing = [wanted for wanted in ISSUE_ROWS if not any(name.startswith(wanted) for name in names)]
    assert not missing, f"README's table lacks {missing}: paste benchmarks/run.py --markdown into it"


@pytest.mark.parametrize("row", _table(), ids=lambda row: row[0][:60])
def test_each_row_says_met_only_when_its_figures_meet_its_goal(row: list[str]) -> None:
    name, sqlite, humandb, ratio, goal, met = row
    baseline, measured, quotient = _value(sqlite), _value(humandb), _value(ratio)
    if baseline and measured is not None:
        assert quotient == pytest.approx(measured / baseline, rel=0.02, abs=0.01), name
    wanted = _GOAL.match(goal)
    assert wanted, f"{name}: not a goal: {goal!r}"
    figure = quotient if wanted["ratio"] else measured
    if figure is None or met == "n/a":
        assert met == "n/a" or figure is not None, name
        return
    limit = float(wanted["limit"])
    if abs(figure - limit) <= 0.01 * limit:  # printed to three figures: too close to call from the table
        return
    meets = figure < limit if wanted["sign"] == "<" else figure <= limit
    assert met == ("yes" if meets else "NO"), f"{name}: {figure} against {goal} says {met!r}"
