"""Dave's in-tray — eventually consistent: "Dave will get back to you".

Under ``consistency="eventual"`` a write is acknowledged at once and lands in the in-tray with the
time it will be done (on the connection's clock). Until then reads do not see it. Landing happens in
order; a write that fails when it lands is kept as an error for ``commit()`` to raise.
"""

from __future__ import annotations

import datetime
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from humandb.errors import Error
from humandb.reading.sql import Statement

__all__ = ["InTray", "Pending"]


@dataclass(frozen=True)
class Pending:
    """A write Dave has acknowledged but not done yet."""

    statement: Statement
    params: Any  # one parameter set, or for executemany a list of them
    many: bool
    lands_at: datetime.datetime


@dataclass
class InTray:
    items: deque[Pending] = field(default_factory=deque)
    failures: list[Error] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.items) or bool(self.failures)

    def put(self, statement: Statement, params: Any, many: bool, now: datetime.datetime, seconds: float) -> Pending:
        """File a write; it lands `seconds` after the one before it (Dave works through the tray in order)."""
        start = max(now, self.items[-1].lands_at) if self.items else now
        pending = Pending(statement, _keep(params, many), many, start + datetime.timedelta(seconds=seconds))
        self.items.append(pending)
        return pending

    def due(self, now: datetime.datetime) -> list[Pending]:
        """Take out every write whose time has come, oldest first."""
        landed = []
        while self.items and self.items[0].lands_at <= now:
            landed.append(self.items.popleft())
        return landed

    def last_landing(self) -> datetime.datetime | None:
        return self.items[-1].lands_at if self.items else None

    def empty(self) -> None:
        self.items.clear()
        self.failures.clear()


def _keep(params: Any, many: bool) -> Any:
    # The caller may reuse its list after execute() returns: file a copy, as a person would.
    if many:
        return [dict(p) if isinstance(p, dict) else tuple(p) if isinstance(p, list) else p for p in params]
    if isinstance(params, dict):
        return dict(params)
    return tuple(params) if isinstance(params, list) else params
