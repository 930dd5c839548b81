"""Small schemas of our own for the English tests: built in plain sqlite3, where the reference SQL runs, and
copied into a humandb connection (instant, exact, quiet, on the fixed "today"), where the question runs.
Answers are compared by value, the way the held-out sets compare them."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from typing import Any

import humandb
from humandb.stage.clock import FakeClock
from tests.conftest import TODAY
from tests.heldout.compare import matches

Pair = tuple[humandb.Connection, sqlite3.Connection]
Rows = list[tuple[Any, ...]]


@contextlib.contextmanager
def schema_pair(build: Callable[[sqlite3.Connection], None], **settings: Any) -> Iterator[Pair]:
    """The schema `build` makes, in humandb and in sqlite3; `settings` change the humandb connection's."""
    reference = sqlite3.connect(":memory:")
    build(reference)
    reference.commit()
    con = humandb.connect(":memory:", **{"sla": "instant", "exact": True, "show": False, "sound": False,
                                         "clock": FakeClock(TODAY), **settings})
    reference.backup(con.store._db)
    try:
        yield con, reference
    finally:
        con.close()
        reference.close()


def answers(pair: Pair, question: str, sql: str, *, yesno: bool = False) -> tuple[Rows, Rows]:
    """The question asked of humandb and the reference SQL run on sqlite3, which must agree by value; both
    returned, for what a test checks besides."""
    con, reference = pair
    expected = reference.execute(sql).fetchall()
    cursor = con.execute(question)
    got = cursor.fetchall()
    assert matches(expected, got, ordered=False, yesno=yesno), (question, cursor.messages[-1][1], got[:5],
                                                                 expected[:5])
    return expected, got
