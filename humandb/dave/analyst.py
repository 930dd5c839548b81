"""Dave at work: from the exact result and his desk to the rows he reports, his words and a script.

Everything here is instant and deterministic; the waiting happens later, on the stage. First he decides
what to say (`Line`s: a section, a template, slots), then the lines are rendered; the answer comes first,
the colour after it, then whatever the session's arcs have reached.
"""

from __future__ import annotations

import datetime
import functools
import math
import operator
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from humandb.brain.facts import Oddity
from humandb.brain.store import Outcome
from humandb.dave import arcs, grammar, remarks, rounding, words
from humandb.dave.answers import Told, headline
from humandb.dave.bezel import BezelChange, PostIt
from humandb.dave.desk import GARY, Desk
from humandb.dave.effort import Effort, Step
from humandb.dave.memory import Repeat, question_key, since
from humandb.dave.rounding import Slip
from humandb.dave.script import Beat, Script
from humandb.dave.team import TeamWork
from humandb.dave.words import Line
from humandb.reading.sql import Statement

__all__ = ["Report", "Timeline", "report"]

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
_PEOPLE = (("Dave ", "persona.self"), ("Gary ", "persona.gary"))
_NAMES_PERSON = operator.methodcaller("startswith", tuple(prefix for prefix, _ in _PEOPLE))
_SUMS = frozenset({"avg", "sum"})  # the aggregates Dave works out on Gary's ledger pad


@dataclass(frozen=True)
class Timeline:
    """How the wait is made up, from the SLA: the whole wait and the queue before Dave starts, in
    business minutes, and his ETA in words."""

    total: float
    eta: str
    queue: float = 0.0
    tickets: int = 0
    reason: str = ""  # "quarter-end" or "pto" when the calendar stretched the wait
    pile: bool = False  # this tier waits behind the paid pile (the free tier)


class _Spoken(NamedTuple):
    """A beat's words as Dave decided them: a line of his phrasebook, with text around it, said (rendered)
    only when somebody reads the script."""

    line: Line
    before: str = ""

    def render(self) -> str:
        return f"{self.before}{self.line.render()}"


# A _Spoken from a 2-tuple in one C call: NamedTuple's own __new__ is a Python function, and a script has several.
_spoken: Callable[[tuple[Line, str]], _Spoken] = functools.partial(tuple.__new__, _Spoken)
_ANSWER = _Spoken(Line("", 0), '"')  # the answer beat: his words, in quotes (rendered from the report)
_Text = str | _Spoken
_PlannedBeat = tuple[float, _Text, "str | None", str]  # at, words, cue, kind: a Beat before it is said


@dataclass(frozen=True)
class _Plan:
    """The script as Dave decided it while he worked: the beats' times, cues and lines; words come later."""

    beats: tuple[_PlannedBeat, ...]
    total: float
    eta: str
    mood: float


@dataclass(frozen=True)
class Report:
    """Dave's answer: the rows as he reports them, what he says, and how the performance goes.

    Everything that depends on his desk was decided when the statement ran (`said`, `asides`, the script's
    beats): which line of which section, and what fills it. The words are those decisions rendered, when
    somebody first reads them; rendering is pure, so when (or whether) that happens changes nothing.
    """

    rows: list[tuple[Any, ...]]
    business_minutes: float
    slips: tuple[Slip, ...] = ()
    said: tuple[Line, ...] = ()  # what he said, as he decided it: which line of which section, and its slots
    asides: tuple[Line, ...] = ()  # what he said as he picked it up (in the transcript, before the work)
    noted: int = 0  # how many of the lines he said, at the end, are what he noticed (his remarks)
    plan: _Plan = _Plan((), 0.0, "", 1.0)

    @functools.cached_property
    def lines(self) -> tuple[str, ...]:
        """What he said, line by line (the words are these joined)."""
        return tuple(line.render() for line in self.said)

    @functools.cached_property
    def words(self) -> str:
        return " ".join(self.lines)

    @functools.cached_property
    def remarks(self) -> tuple[str, ...]:
        """What he noticed in the data: the last of his lines."""
        return self.lines[len(self.lines) - self.noted:] if self.noted else ()

    @functools.cached_property
    def script(self) -> Script:
        plan = self.plan
        beats = tuple(Beat(at, self._said(text), cue, kind) for at, text, cue, kind in plan.beats)
        return Script(beats, plan.total, plan.eta, plan.mood)

    def _said(self, text: _Text) -> str:
        if text is _ANSWER:
            return f'"{self.words}"'
        return text if isinstance(text, str) else text.render()

    @property
    def transcript(self) -> list[str]:
        """The lines shown while he works (everything before his answer)."""
        return [beat.text for beat in self.script.beats if beat.text and beat.kind != "answer"]

    @property
    def jokes(self) -> tuple[str, ...]:
        """Which of his lines he used ("ledger.lent#2"), whatever filled them: what freshness is measured on."""
        return tuple(line.key for line in (*self.asides, *self.said))


def report(
    statement: Statement,
    outcome: Outcome,
    *,
    desk: Desk,
    effort: Effort,
    timeline: Timeline,
    crew: TeamWork | None = None,
    oddities: Iterable[Oddity] = (),
    looked: Sequence[str] = (),
    exact: bool = False,
    accuracy: float = 0.8,
    turn: int | None = None,
    bezel: BezelChange | None = None,
    postits_used: Sequence[PostIt] = (),
    now: datetime.datetime,
    queued: bool = False,
) -> Report:
    """Dave's report on one executed statement, as he picks it up at `now` (his day). Updates the desk:
    his day, his energy, what he remembers saying and where he is in his phrasebook."""
    rng = desk.rng_for(statement.text, turn)
    found = tuple(oddities)
    key = question_key(statement.text)
    # The same question about the same data is rounded (and slipped) the same way: emotional consistency.
    rows, slips = (outcome.rows, []) if exact else _human_rows(statement, outcome.rows, f"{desk.seed}:{key}",
                                                                 accuracy)
    asides = arcs.arriving(desk, rng, now, timeline.reason, user=desk.user)
    said, noted = _decide(statement, outcome, rows, slips, found, looked, desk, rng, timeline, bezel, postits_used,
                          now, exact, queued, key)
    said += noted  # the words end with what he noticed (a notebook shows those as notes)
    plan = _script(statement, effort, timeline, crew, desk, rng, asides)
    # His day goes on while he works, paid tickets included (on a team, only his share is his); on holiday
    # nothing tires him.
    if timeline.reason != "pto":
        desk.work(crew.shares[0] if crew is not None else timeline.total)
    # Decided, all of it; the words are rendered from these decisions when somebody reads them.
    return Report(rows, effort.total, tuple(slips), tuple(said), tuple(asides), len(noted), plan)


def _decide(
    statement: Statement, outcome: Outcome, rows: list[tuple[Any, ...]], slips: list[Slip],
    found: tuple[Oddity, ...], looked: Sequence[str], desk: Desk, rng: random.Random, timeline: Timeline,
    bezel: BezelChange | None, postits_used: Sequence[PostIt], now: datetime.datetime, exact: bool, queued: bool,
    key: str,
) -> tuple[list[Line], list[Line]]:
    """What Dave says, in order: the answer first, then what it reminds him of, then the colour; and apart,
    what he noticed in the data."""
    say = desk.rotation
    columns = outcome.columns or ()
    said: list[Line] = []
    told: Told | None = None
    if queued:
        said.append(words.line("answer.queued", rng, say, eta=timeline.eta, table=_table(statement)))
    elif (change := _bezel_line(bezel, desk, rng)) is not None:
        said.append(change)
    else:
        told = headline(statement, columns, outcome.rows, rows, rowcount=outcome.rowcount,
                        more=outcome.rest is not None, exact=exact)
    asked_before = desk.memory.times(key)
    # He remembers questions (what was asked, what he said), not chores: a write or a new table is no repeat.
    remembered = told is not None and statement.returns_rows
    repeated = _memory(desk, told, key, now, outcome, rng) if remembered and told is not None else None
    if told is not None:
        # Asked again today, the answer comes as a repeat ("Same as an hour ago: still about 18 thousand
        # orders."); otherwise the answer, then (now and then) that it has come back from another day.
        if repeated is None or not (told.number and repeated.section.startswith("memory.")):
            said.append(words.line(told.section, rng, say, **told.slots))
        if repeated is not None:
            said.append(repeated)
    if statement.read_as and (not asked_before or rng.random() < 0.2):
        # An English question: how he read it, the first time (he knows what you mean after that).
        said.insert(1 if said else 0, words.line("english.read_as", rng, say, reading=statement.read_as))
    if repeated is None and told is not None and told.part_of and (
            size := desk.memory.sizes.get(told.part_of.lower())):
        said.append(words.line("memory.part", rng, say, total=size[1]))
    # With nothing odd in its tables (most of the time), there is nothing for him to notice: no call needed.
    special = remarks.itself(statement, found, columns, outcome.rows, desk, rng) if columns and found else None
    person = _person(columns, outcome.rows, desk, rng) if special is None and columns else None
    noted: list[Line] = []
    if special is not None and special.section.startswith("oddity.itself.duplicate"):
        noted.append(special)  # a double email in a list is something he noticed, said at the end
    elif special is not None:
        said.append(special)
    elif person is not None:
        said.append(person)
    elif told is not None and told.colour and not postits_used and (
            repeated is None or repeated.section == "dejavu") and rng.random() < 0.7:
        # With a post-it he went straight to the page: that is the colour, not a ruler down every row.
        said.append(_colour(told, rng, desk))
    if bezel is not None and bezel.fallen is not None:
        said.append(_postit_line("postit.fell", bezel.fallen, desk, rng))
    if postits_used:
        said.append(_postit_line("postit.used", postits_used[0], desk, rng))
    if outcome.truncated:  # a sandbox stopped the rows: he says so rather than pass off a part as the whole
        said.append(words.line("answer.truncated", rng, say, rows=f"{len(outcome.rows):,}"))
    if statement.kind == "select" and not outcome.rows and not queued and rng.random() < 0.3:
        said.append(words.line("colleague.ask", rng, say, colleague=desk.asks))
    if slips and rng.random() < 0.5:
        said.append(words.line("slip", rng, say))
    said += remarks.payoffs(statement, found, looked, desk, rng)
    if special is None and found:
        noticed = remarks.remark(statement, found, desk, rng)
        if noticed is not None:
            noted.append(noticed)
            if rng.random() < 0.25:
                noted.append(words.line("colleague.blame", rng, say, colleague=desk.blames))
    if statement.kind == "select" and not exact and not _SUMS.isdisjoint(statement.aggregates) and \
            rng.random() < 0.7:
        borrowed = arcs.ledger(desk, rng)
        if borrowed is not None:
            said.append(borrowed)
    if (tired := arcs.tired(desk, rng)) is not None:
        said.append(tired)
    said += arcs.signing_off(desk, rng, timeline.reason, now.date())
    return said, noted


def _memory(
    desk: Desk, told: Told, key: str, now: datetime.datetime, outcome: Outcome, rng: random.Random,
) -> Line | None:
    """Remember what he said; if the question came back, a line about that (the same, or what changed)."""
    if told.total is not None:
        desk.memory.sizes[told.total[0].lower()] = (told.total[1], told.number.removeprefix("about "))
    result = (outcome.rowcount, len(outcome.rows), outcome.rows[0] if outcome.rows else None)
    repeat = desk.memory.ask(key, now, told.number, result)
    if repeat is None:
        return None
    before = repeat.before
    slots = {"when": since(before.last, now), "number": told.number, "before": before.number,
             "weekday": arcs.WEEKDAYS[before.first.weekday()], "times": _times(repeat.before.times + 1),
             "nth": _nth(repeat)}
    if repeat.changed and told.number and before.number.removeprefix("about ") == told.number.removeprefix("about "):
        section = "memory.changed.slightly"  # the data moved, but not enough to change what he'd say
    elif repeat.changed:
        section = "memory.changed" if told.number and before.number else "memory.changed.plain"
    elif before.last.date() != now.date():
        # Back from another day: he says so the first time it comes back, and after that only now and then.
        if rng.random() > (0.5 if before.times == 1 else 0.1):
            return None
        section = "dejavu"
    elif before.today >= 3:
        section = "memory.again.many"
    elif before.today == 2:
        section = "memory.again.third"
    else:
        section = "memory.again" if told.number else "memory.again.plain"
    return words.line(section, rng, desk.rotation, **slots)


def _times(count: int) -> str:
    said = _TIMES.get(count)
    return said if said is not None else f"{grammar.number_words(count)} times"


def _nth(repeat: Repeat) -> str:
    times = repeat.before.today + 1
    said = _NTH.get(times)
    return said if said is not None else f"{times}th"


_TIMES = {1: "once", 2: "twice"}
_NTH = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh"}


def _colour(told: Told, rng: random.Random, desk: Desk) -> Line:
    return words.line(told.colour, rng, desk.rotation, colleague=words.Later(lambda: desk.colleague(rng)), gary=GARY,
                      **told.slots)


def _person(
    columns: Sequence[str], rows: Sequence[tuple[Any, ...]], desk: Desk, rng: random.Random,
) -> Line | None:
    """Dave and Gary work here: when they turn up in a short result, he says so (not every time)."""
    if not rows or len(rows) > 20:
        return None
    # Nobody's name in it (nearly always): one pass in C over the text values, for both names at once.
    if not any(map(_NAMES_PERSON, [value for row in rows for value in row if isinstance(value, str)])):
        return None
    for prefix, section in _PEOPLE:
        if any(isinstance(value, str) and value.startswith(prefix) for row in rows for value in row):
            if desk.turn - desk.mentioned.get(section, -10) < 10:
                return None
            desk.mentioned[section] = desk.turn
            return words.line(section + (".one" if len(rows) == 1 else ""), rng, desk.rotation, gary=GARY)
    return None


def _postit_line(section: str, postit: PostIt, desk: Desk, rng: random.Random) -> Line:
    return words.line(section, rng, desk.rotation, index=postit.index, colour=postit.colour, label=postit.label,
                      place=postit.place, table=postit.table)


def _bezel_line(change: BezelChange | None, desk: Desk, rng: random.Random) -> Line | None:
    """What Dave says about CREATE INDEX / DROP INDEX: it's all about the post-its."""
    if change is None:
        return None
    if change.stuck is not None:
        section = "answer.create_rule" if change.stuck.laminated else "answer.create_index"
        return _postit_line(section, change.stuck, desk, rng)
    if change.peeled is not None:
        return _postit_line("answer.drop_index", change.peeled, desk, rng)
    return words.line("answer.drop_index.unknown", rng, desk.rotation)


def _human_rows(
    statement: Statement, rows: list[tuple[Any, ...]], steady: str, accuracy: float
) -> tuple[list[tuple[Any, ...]], list[Slip]]:
    """Round the computed numbers; with probability 1 - accuracy, get one of them a little wrong. The slip is
    seeded by `steady` (the seed and the question), so the same question about the same data comes out the
    same every time it is asked."""
    computed = [i for i, flag in enumerate(statement.computed) if flag]
    if not computed or not rows:
        return rows, []
    rng = random.Random(steady)
    reported = [list(row) for row in rows]
    slips: list[Slip] = []
    cells = [(r, c) for r in range(len(rows)) for c in computed if c < len(rows[r]) and _is_number(rows[r][c])]
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


def _table(statement: Statement) -> str:
    return statement.tables[0] if statement.tables else "the table"


# -- the script ----------------------------------------------------------------------------------


def _script(
    statement: Statement, effort: Effort, timeline: Timeline, crew: TeamWork | None, desk: Desk,
    rng: random.Random, asides: Sequence[Line],
) -> _Plan:
    """The performance over the whole wait: what he says as he picks it up, the queue, then (on a team) the
    meetings, then the work. Decided now (his rotation and his dice move on); said when it is read."""
    say = desk.rotation
    # Drawn in this order (his dice and his rotation move on the same way as ever), said in the order it
    # happens: you get hold of him, he says hello and what kind of day it is, reads your query, gives an ETA.
    receiving = (0.0, _spoken((words.line("receiving", rng, say), "")), None, "receive")
    beats: list[_PlannedBeat] = [(0.0, _spoken((words.line("contacting", rng, say), "")), "phone", "contact")]
    beats += [(0.0, _spoken((line, "💬 ")), None, "aside") for line in asides]
    beats.append(receiving)
    beats.append((0.0, _spoken((words.line("eta", rng, say, eta=timeline.eta), "")), None, "eta"))
    if statement.read_as:
        beats.append((0.0, f"📝 The SQL Dave would have written: {statement.sql}", "pencil", "sql"))
    queue = _queue_line(timeline, desk, rng)
    if queue is not None:
        beats.append((0.0, _spoken((queue, "")), None, "queue"))
    start = timeline.queue
    working = max(timeline.total - start, 0.0)
    if crew is not None and crew.size > 1:
        talking = working * crew.coordination_minutes / crew.elapsed_minutes
        beats.append((start, _spoken((words.line("team.looping_in", rng, say, names=crew.roll_call), "")), "phone",
                      "team"))
        for n, meeting in enumerate(crew.meetings):
            beats.append((round(start + talking * n / len(crew.meetings), 1), f"📅 {meeting}", None, "team"))
        start, working = start + talking, working - talking
    elapsed = 0.0
    total = effort.total
    share = working / total if total else 0.0
    for step in effort.steps:
        line = _work_line(step, statement, rng, desk)
        at = round(start + elapsed * share, 1)
        if line is not None:
            beats.append((at, _spoken((line[0], "")), line[1], "work"))
        if step.what == "scan" and step.table and rng.random() < 0.15:  # the printer, as always, jams
            beats.append((at, _spoken((words.line("gag.printer", rng, say, table=step.table), "")), "printer", "work"))
        elapsed += step.minutes
    if working > 30 and rng.random() < 0.5:
        section, table = ("waiting", statement.tables[0]) if statement.tables else ("waiting.anywhere", "")
        beats.append((round(start + working / 2, 1), _spoken((words.line(section, rng, say, table=table), "")), None,
                      "work"))
        beats.sort(key=lambda beat: beat[0])
    beats.append((timeline.total, _ANSWER, "ding", "answer"))
    return _Plan(tuple(beats), timeline.total, timeline.eta, round(desk.energy, 2))


def _queue_line(timeline: Timeline, desk: Desk, rng: random.Random) -> Line | None:
    """The free tier's place in the pile, as it is right now: the morning pile, a few new ones, or nobody."""
    if timeline.tickets:
        cleared = desk.day.cleared  # when he picked this one up, and cleared the pile before it
        morning = cleared is not None and cleared.time() <= datetime.time(9, 30) and timeline.tickets > 2
        section = "queue.morning" if morning else "queue"
        return words.line(section, rng, desk.rotation, tickets=grammar.counted(timeline.tickets, "paid ticket"),
                          count=timeline.tickets)
    if timeline.pile and rng.random() < 0.3:
        return words.line("queue.clear", rng, desk.rotation)
    return None


def _work_line(step: Step, statement: Statement, rng: random.Random, desk: Desk) -> tuple[Line, str] | None:
    entry = _WORK_LINES.get(step.what)
    if entry is None:
        return None
    section, cue = entry
    tables = statement.tables
    table = step.table or (tables[0] if tables and step.what in ("write", "ddl", "join") else "")
    if step.what in ("scan", "page", "lookup", "write") and not table:
        section = "working.notes"  # his own working pages from the step before: no binder to name
    if step.what == "ddl" and not table:
        section = "working.ddl"
    if step.what == "aggregate" and 1 <= desk.ledger_uses < arcs.RETURNED and rng.random() < 0.5:
        section = "working.ledger"  # while the pad is on loan (once he has borrowed it), the sums go in it
    slots = {"table": table, "other": tables[1] if len(tables) > 1 else "the other binder", "gary": GARY,
             "colleague": words.Later(lambda: desk.colleague(rng))}
    return words.line(section, rng, desk.rotation, **slots), cue
