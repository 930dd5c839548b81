"""Dave at work: from the exact result and his desk to the rows he reports, his words and a script.

Everything here is instant and deterministic; the waiting happens later, on the stage.
"""

from __future__ import annotations

import datetime
import math
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from humandb.brain.facts import Oddity
from humandb.brain.store import Outcome
from humandb.dave import arcs, rounding, words
from humandb.dave.bezel import BezelChange, PostIt
from humandb.dave.desk import GARY, Desk
from humandb.dave.effort import Effort, Step
from humandb.dave.remarks import remark
from humandb.dave.rounding import Slip
from humandb.dave.script import Beat, Script
from humandb.dave.team import TeamWork
from humandb.reading.sql import Statement

__all__ = ["Report", "report"]

_WORK_LINES = {
    "scan": ("working.scan", "printer"),
    "page": ("working.page", "paper"),
    "lookup": ("working.index", "peel"),
    "join": ("working.join", "stapler"),
    "group": ("working.group", "paper"),
    "sort": ("working.sort", "paper"),
    "aggregate": ("working.aggregate", "pencil"),
    "write": ("working.write", "typing"),
    "ddl": ("working.ddl", "typing"),
}
_NUMBER_ANSWERS = {"count", "avg", "sum", "min", "max"}


@dataclass(frozen=True)
class Timeline:
    """How the wait is made up, from the SLA: the whole wait and the queue before Dave starts, in
    business minutes, and his ETA in words."""

    total: float
    eta: str
    queue: float = 0.0
    tickets: int = 0
    reason: str = ""  # "quarter-end" or "pto" when the calendar stretched the wait


@dataclass(frozen=True)
class Report:
    """Dave's answer: the rows as he reports them, what he says, and how the performance goes."""

    rows: list[tuple[Any, ...]]
    words: str
    remarks: tuple[str, ...]
    script: Script
    business_minutes: float
    slips: tuple[Slip, ...] = ()
    lines: tuple[str, ...] = ()  # what he said, line by line (the words are these joined)

    @property
    def transcript(self) -> list[str]:
        """The lines shown while he works (everything before his answer)."""
        return [beat.text for beat in self.script.beats if beat.text and beat.kind != "answer"]


def report(
    statement: Statement,
    outcome: Outcome,
    *,
    desk: Desk,
    effort: Effort,
    timeline: Timeline,
    crew: TeamWork | None = None,
    oddities: Iterable[Oddity] = (),
    exact: bool = False,
    accuracy: float = 0.8,
    turn: int | None = None,
    bezel: BezelChange | None = None,
    postits_used: Sequence[PostIt] = (),
    now: datetime.datetime,
    queued: bool = False,
) -> Report:
    """Dave's report on one executed statement. Updates the desk (energy, lines said, remarks made)."""
    rng = desk.rng_for(statement.text, turn)
    rows, slips = (outcome.rows, ()) if exact else _human_rows(statement, outcome.rows, rng, accuracy)
    if queued:
        said = [words.say("answer.queued", rng, desk.recent, eta=timeline.eta, table=_table(statement))]
    else:
        said = [_bezel_line(statement, bezel, desk, rng) or _main_line(statement, outcome, rows, desk, rng, exact)]
    if statement.read_as:  # an English question: say how he read it before answering
        said.insert(0, words.say("english.read_as", rng, desk.recent, reading=statement.read_as))
    said[:0] = arcs.before(statement, desk, rng, now, timeline.reason)  # "now" comes with the request
    if bezel is not None and bezel.fallen is not None:
        said.append(_postit_line("postit.fell", bezel.fallen, desk, rng))
    if postits_used:
        said.append(_postit_line("postit.used", postits_used[0], desk, rng))
    if outcome.truncated:  # a sandbox stopped the rows: he says so rather than pass off a part as the whole
        said.append(words.say("answer.truncated", rng, desk.recent, rows=f"{len(outcome.rows):,}"))
    if statement.kind == "select" and not outcome.rows and rng.random() < 0.5:
        said.append(words.say("colleague.ask", rng, desk.recent, colleague=desk.asks))
    if slips and rng.random() < 0.5:
        said.append(words.say("slip", rng, desk.recent))
    noticed = remark(statement, oddities, desk, rng)
    remarks = (noticed,) if noticed else ()
    if noticed and rng.random() < 0.3:
        said.append(words.say("colleague.blame", rng, desk.recent, colleague=desk.blames))
    ledger = statement.kind == "select" and not exact and bool(set(statement.aggregates) & {"avg", "sum"})
    said += arcs.after(statement, desk, rng, ledger=ledger and rng.random() < 0.7, today=now.date())
    text = " ".join([*said, *remarks])
    script = _script(statement, effort, timeline, crew, text, desk, rng)
    desk.work(crew.shares[0] if crew is not None else effort.total)  # on a team Dave does only his share
    return Report(rows, text, remarks, script, effort.total, tuple(slips), (*said, *remarks))


def _postit_line(section: str, postit: PostIt, desk: Desk, rng: random.Random) -> str:
    return words.say(section, rng, desk.recent, index=postit.index, colour=postit.colour, label=postit.label,
                     place=postit.place, table=postit.table)


def _bezel_line(statement: Statement, change: BezelChange | None, desk: Desk, rng: random.Random) -> str | None:
    """What Dave says about CREATE INDEX / DROP INDEX: it's all about the post-its."""
    if change is None:
        return None
    if change.stuck is not None:
        section = "answer.create_rule" if change.stuck.laminated else "answer.create_index"
        return _postit_line(section, change.stuck, desk, rng)
    if change.peeled is not None:
        return _postit_line("answer.drop_index", change.peeled, desk, rng)
    return None


def _human_rows(
    statement: Statement, rows: list[tuple[Any, ...]], rng: random.Random, accuracy: float
) -> tuple[list[tuple[Any, ...]], list[Slip]]:
    """Round the computed numbers; with probability 1 - accuracy, get one of them a little wrong."""
    computed = [i for i, flag in enumerate(statement.computed) if flag]
    if not computed or not rows:
        return rows, []
    reported = [list(row) for row in rows]
    slips: list[Slip] = []
    cells = [(r, c) for r in range(len(rows)) for c in computed if _is_number(rows[r][c])]
    slippable = [(r, c) for r, c in cells if math.isfinite(rows[r][c])]  # infinity has no digit to get wrong
    if slippable and rng.random() >= accuracy:
        r, c = rng.choice(slippable)
        wrong = rounding.slip(rows[r][c], rng)
        slips.append(Slip(r, c, rows[r][c], rounding.human_round(wrong)))
        reported[r][c] = wrong
    for r, c in cells:
        reported[r][c] = rounding.human_round(reported[r][c])
    return [tuple(row) for row in reported], slips


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _main_line(
    statement: Statement, outcome: Outcome, rows: Sequence[tuple[Any, ...]], desk: Desk,
    rng: random.Random, exact: bool,
) -> str:
    table = _table(statement)
    slots: dict[str, Any] = {"table": table, "rows": outcome.rowcount, "gary": GARY,
                             "colleague": desk.colleague(rng)}
    kind = statement.kind
    if kind == "select":
        section = _select_section(statement, rows, slots, exact)
    elif kind in ("begin", "commit", "rollback"):
        section = "answer.transaction"
    elif f"answer.{kind}" in words.phrasebook():
        section = f"answer.{kind}"
    else:
        section = "answer.other"
    return words.say(section, rng, desk.recent, **slots)


def _table(statement: Statement) -> str:
    return statement.tables[0] if statement.tables else "that"


def _select_section(
    statement: Statement, rows: Sequence[tuple[Any, ...]], slots: dict[str, Any], exact: bool
) -> str:
    if not rows:
        return "answer.empty"
    if len(rows) >= 1000:
        return "answer.big"
    single_number = len(rows) == 1 and len(rows[0]) == 1 and statement.computed[:1] == (True,)
    if single_number and _is_number(rows[0][0]):
        value = rows[0][0]
        aggregate = statement.aggregates[0] if len(statement.aggregates) == 1 else "number"
        subject = statement.subjects[0] if statement.subjects else ""
        slots["column"] = subject or "number"
        slots["number"] = rounding.spoken(value, money=rounding.is_money(subject))
        if aggregate == "count" and value <= 10:
            slots["hands"] = "two hands" if value > 5 else "one hand"
            return "answer.count_small"
        return f"answer.{aggregate}" if aggregate in _NUMBER_ANSWERS else "answer.number"
    if statement.grouped:
        slots["groups"] = len(rows)
        return "answer.grouped"
    if len(rows) == 1:
        return "answer.one_row"
    return "answer.join" if statement.joins else "answer.rows"


def _script(
    statement: Statement,
    effort: Effort, timeline: Timeline, crew: TeamWork | None, answer: str, desk: Desk, rng: random.Random
) -> Script:
    """The performance over the whole wait: the queue first, then (on a team) the meetings, then the work."""
    beats = [
        Beat(0.0, words.say("receiving", rng, desk.recent), None, "receive"),
        Beat(0.0, words.say("contacting", rng, desk.recent), "phone", "contact"),
        Beat(0.0, words.say("eta", rng, desk.recent, eta=timeline.eta), None, "eta"),
    ]
    if statement.read_as:
        beats.append(Beat(0.0, f"📝 The SQL Dave would have written: {statement.sql}", "pencil", "sql"))
    if timeline.tickets:
        beats.append(Beat(0.0, words.say("queue", rng, desk.recent, tickets=timeline.tickets), None, "queue"))
    start = timeline.queue
    working = max(timeline.total - start, 0.0)
    if crew is not None and crew.size > 1:
        talking = working * crew.coordination_minutes / crew.elapsed_minutes
        beats.append(Beat(start, words.say("team.looping_in", rng, desk.recent, names=crew.roll_call), "phone",
                          "team"))
        for n, meeting in enumerate(crew.meetings):
            beats.append(Beat(round(start + talking * n / len(crew.meetings), 1), f"📅 {meeting}", None, "team"))
        start, working = start + talking, working - talking
    elapsed = 0.0
    share = working / effort.total if effort.total else 0.0
    for step in effort.steps:
        line = _work_line(step, rng, desk)
        at = round(start + elapsed * share, 1)
        if line is not None:
            beats.append(Beat(at, line[0], line[1]))
        if step.what == "scan" and rng.random() < 0.15:  # the printer, as always, jams
            beats.append(Beat(at, words.say("gag.printer", rng, desk.recent, table=step.table), "printer"))
        elapsed += step.minutes
    if working > 30 and rng.random() < 0.5:
        table = statement.tables[0] if statement.tables else "the"
        beats.append(Beat(round(start + working / 2, 1), words.say("waiting", rng, desk.recent, table=table), None))
        beats.sort(key=lambda beat: beat.at)
    beats.append(Beat(timeline.total, f'"{answer}"', "ding", "answer"))
    return Script(tuple(beats), timeline.total, timeline.eta, round(desk.energy, 2))


def _work_line(step: Step, rng: random.Random, desk: Desk) -> tuple[str, str] | None:
    entry = _WORK_LINES.get(step.what)
    if entry is None:
        return None
    section, cue = entry
    slots = {"table": step.table or "the", "gary": GARY, "colleague": desk.colleague(rng)}
    return words.say(section, rng, desk.recent, **slots), cue
