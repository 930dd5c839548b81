"""Put every held-out question to humandb and count what came back.

    PYTHONPATH=$PWD python -m tests.heldout.score            # the table
    PYTHONPATH=$PWD python -m tests.heldout.score -v         # ... and every miss, with the SQL Dave wrote
    PYTHONPATH=$PWD python -m tests.heldout.score music -v   # one set

Each set's schema is built twice: in a plain sqlite3 database, where the reference SQL runs, and in a
humandb connection (instant, exact, quiet, on Wednesday 18 November 2026), where the question runs
through ``execute`` like any statement. A refusal is a `humandb.Error` from ``execute``.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import signal
import sqlite3
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import humandb
from humandb.stage.clock import FakeClock

from .common import NOW, Case
from .compare import matches

SETS = ("music", "trading", "rental", "clinic", "library_branch", "field_research", "hotel_ops", "school_district",
        "fleet_logistics", "helpdesk", "bike_share", "bakery_chain", "recruitment", "cinema_chain",
        "property_mgmt", "online_courses", "sports_league",
        "sample_paraphrases")
SECONDS_PER_QUESTION = 10


@dataclass
class Outcome:
    """What happened to one question: `verdict` is one of correct, wrong, refused, crashed."""

    case: Case
    verdict: str
    expected: list[tuple[Any, ...]] | None = None
    rows: list[tuple[Any, ...]] | None = None
    sql: str | None = None  # the SQL Dave said he wrote ("SQL: ..." in cur.messages)
    said: str = ""  # his refusal, or the exception, in short


@dataclass
class Result:
    name: str
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0

    def _count(self, refuse: bool, verdict: str) -> int:
        return sum(1 for o in self.outcomes if o.case.refuse is refuse and o.verdict == verdict)

    @property
    def answerable(self) -> int:
        return sum(1 for o in self.outcomes if not o.case.refuse)

    @property
    def correct(self) -> int:
        return self._count(False, "correct")

    @property
    def refused(self) -> int:
        return self._count(False, "refused")

    @property
    def wrong(self) -> int:
        """Confidently wrong: answered with rows that do not match."""
        return self._count(False, "wrong")

    @property
    def crashed(self) -> int:
        return sum(1 for o in self.outcomes if o.verdict == "crashed")

    @property
    def should_refuse(self) -> int:
        return sum(1 for o in self.outcomes if o.case.refuse)

    @property
    def refused_ok(self) -> int:
        """Should-refuse questions that were refused."""
        return self._count(True, "refused")

    @property
    def answered_anyway(self) -> int:
        """Should-refuse questions that got rows back."""
        return self._count(True, "wrong")


def load(name: str) -> ModuleType:
    return importlib.import_module(f"{__package__}.{name}")


def reference_db(module: ModuleType) -> sqlite3.Connection:
    """A plain in-memory sqlite3 database holding the set's data, for running the reference SQL."""
    con = sqlite3.connect(":memory:")
    module.build(con)
    con.commit()
    return con


def humandb_db(name: str, module: ModuleType) -> Any:
    """The humandb connection the questions are asked on."""
    sample = name == "sample_paraphrases"
    con = humandb.connect(":dave:" if sample else ":memory:", sla="instant", exact=True, show=False, sound=False,
                          seed=1, clock=FakeClock(NOW))  # fmt: skip
    if not sample:
        module.build(con)
        con.commit()
    return con


def dave_sql(messages: Any) -> str | None:
    """The SQL Dave says he wrote: a message (or a line of one) starting with 'SQL: '."""
    for message in messages or ():
        text = message[1] if isinstance(message, tuple) else str(message)
        for line in str(text).splitlines():
            if line.strip().startswith("SQL: "):
                return line.strip()[len("SQL: ") :]
    return None


class _TimeoutError(Exception):
    pass


@contextlib.contextmanager
def _deadline(seconds: int) -> Iterator[None]:
    """Raise _TimeoutError in this (main) thread after `seconds`, where the platform has SIGALRM."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise _TimeoutError

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def ask(con: Any, case: Case, expected: list[tuple[Any, ...]] | None) -> Outcome:
    """Ask one question and judge the answer against `expected` (None: the question should be refused)."""
    try:
        with _deadline(SECONDS_PER_QUESTION):
            try:
                cur = con.execute(case.question)
            except humandb.Error as error:
                return Outcome(case, "refused", expected, said=_short(str(error)))
            try:
                rows = [tuple(row) for row in cur.fetchall()]
            except humandb.Error:
                rows = []  # answered, but with no result set to show
            sql = dave_sql(getattr(cur, "messages", None))
    except _TimeoutError:
        return Outcome(case, "crashed", expected, said=f"no answer within {SECONDS_PER_QUESTION} s")
    except Exception as error:  # noqa: BLE001 - anything else escaping execute is itself a finding
        return Outcome(case, "crashed", expected, said=_short(f"{type(error).__name__}: {error}"))
    if expected is None:
        return Outcome(case, "wrong", None, rows, sql)
    ok = matches(expected, rows, ordered=case.is_ordered(), ratio=case.is_ratio(), yesno=case.is_yesno(),
                 listing=case.is_listing())  # fmt: skip
    return Outcome(case, "correct" if ok else "wrong", expected, rows, sql)


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def score(name: str) -> Result:
    """Ask every question of one set (music, trading, rental, clinic, library_branch, field_research, hotel_ops,
    school_district, fleet_logistics, sample_paraphrases) and judge it."""
    module = load(name)
    started = time.perf_counter()
    reference = reference_db(module)
    con = humandb_db(name, module)
    result = Result(name)
    try:
        for case in module.QUESTIONS:
            expected = None if case.sql is None else [tuple(row) for row in reference.execute(case.sql).fetchall()]
            result.outcomes.append(ask(con, case, expected))
    finally:
        reference.close()
        with contextlib.suppress(Exception):
            con.close()
    result.seconds = time.perf_counter() - started
    return result


HEADER = ("set", "answerable", "correct", "refused", "wrong", "crashed", "| should refuse", "refused", "answered",
          "seconds")  # fmt: skip


def table(results: list[Result]) -> str:
    rows = [HEADER]
    for r in results:
        rows.append((r.name, str(r.answerable), str(r.correct), str(r.refused), str(r.wrong), str(r.crashed),
                     f"| {r.should_refuse}", str(r.refused_ok), str(r.answered_anyway),
                     f"{r.seconds:.1f}"))  # fmt: skip
    total = Result("total", [o for r in results for o in r.outcomes], sum(r.seconds for r in results))
    rows.append((total.name, str(total.answerable), str(total.correct), str(total.refused), str(total.wrong),
                 str(total.crashed), f"| {total.should_refuse}", str(total.refused_ok), str(total.answered_anyway),
                 f"{total.seconds:.1f}"))  # fmt: skip
    widths = [max(len(row[i]) for row in rows) for i in range(len(HEADER))]
    lines = ["  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths,
                                                                                                    strict=True)))
             for row in rows]  # fmt: skip
    lines.insert(1, "-" * len(lines[0]))
    lines.insert(len(lines) - 1, "-" * len(lines[0]))
    return "\n".join(lines)


def details(result: Result) -> str:
    out = [f"\n## {result.name}"]
    for o in result.outcomes:
        if o.verdict == "correct" or (o.case.refuse and o.verdict == "refused"):
            continue
        label = "answered (should refuse)" if o.case.refuse and o.verdict == "wrong" else o.verdict
        out.append(f"- [{label}] {o.case.question}")
        if o.expected is not None:
            out.append(f"    expected: {_short(repr(o.expected[:5]))}{' …' if len(o.expected) > 5 else ''}")
        if o.rows is not None:
            more = " …" if len(o.rows) > 5 else ""
            out.append(f"    got:      {_short(repr(o.rows[:5]))}{more} ({len(o.rows)} rows)")
        if o.sql:
            out.append(f"    Dave SQL: {_short(o.sql, 300)}")
        if o.said:
            out.append(f"    said:     {o.said}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", metavar="set", help=f"which sets (default: all of {', '.join(SETS)})")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss with the SQL Dave wrote")
    args = parser.parse_args(argv)
    unknown = [name for name in args.sets if name not in SETS]
    if unknown:
        parser.error(f"unknown set {unknown[0]!r}: choose from {', '.join(SETS)}")
    results = [score(name) for name in (args.sets or SETS)]
    print(table(results))
    if args.verbose:
        for result in results:
            print(details(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
