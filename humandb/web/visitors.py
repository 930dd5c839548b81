"""Visitors and their brains: each one gets a private copy of Dave's sample company, on a thread of its own.

A visitor is known by a session cookie; a request without one (or with one we no longer know) is a
new visitor. Their brain is opened, used and closed on their own thread (humandb/web/workers.py).
Brains are kept while they are used and evicted, least recently used first, when there are too many
or they have sat idle too long, so a thousand strangers cost a bounded amount of memory.
What one visitor does to their brain (DROP TABLE orders, a bezel full of post-its) stays in it, and no
crowd of newcomers takes it away while they are still at it: a visitor seen within `protect_seconds`
is never let go to make room (the newcomer is told the desk is full instead).
"""

from __future__ import annotations

import asyncio
import itertools
import secrets
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

from humandb.connection import Connection
from humandb.web.turns import Account
from humandb.web.workers import Worker

__all__ = ["COOKIE", "DeskFull", "Visitor", "Visitors"]

COOKIE = "humandb_visitor"


@dataclass
class Visitor:
    """One stranger at Dave's desk: their id (the cookie), the thread their brain lives on, and how much of
    Dave's time they have had lately."""

    id: str
    worker: Worker
    last_seen: float = field(default=0.0)
    new: bool = True  # the response should set the cookie
    account: Account = field(default_factory=Account)
    # Their requests run one at a time, in the order they came (an asyncio.Lock is first come, first served).
    order: asyncio.Lock = field(default_factory=asyncio.Lock)
    waiting: int = 0  # requests of theirs waiting behind their own earlier ones


class DeskFull(Exception):  # noqa: N818 - a state of the desk, answered with a 503
    """Every brain the server may keep belongs to someone who was here moments ago."""


class Visitors:
    """The visitors the server remembers, at most `limit`, each forgotten after `idle_seconds` unseen.
    `open_brain(visitor_id)` opens a visitor's brain (the id is theirs to keep: it chooses their Dave's luck)."""

    def __init__(
        self, open_brain: Callable[[str], Connection], *, limit: int = 128, idle_seconds: float = 1800.0,
        protect_seconds: float = 0.0, monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        if limit < 1:
            raise ValueError(f"a server must remember at least one visitor, not {limit}")
        self._open_brain = open_brain
        self.limit = limit
        self.idle_seconds = idle_seconds
        self.protect_seconds = protect_seconds
        self._monotonic = monotonic
        self._known: OrderedDict[str, Visitor] = OrderedDict()
        self._opened = itertools.count(1)  # names the visitors' threads, for a reader of a stack dump
        self.evicted = 0  # how many brains were let go (tests and the load benchmark read it)

    def find(self, visitor_id: str | None) -> Visitor | None:
        """The visitor with this cookie, if the server still knows them (nothing is opened for a stranger)."""
        now = self._monotonic()
        self._forget_idle(now)
        known = self._known.get(visitor_id) if visitor_id else None
        if known is not None:
            self._known.move_to_end(known.id)
            known.last_seen, known.new = now, False
        return known

    def visit(self, visitor_id: str | None, *, new_id: str | None = None) -> Visitor:
        """The visitor with this cookie, or a new one with a fresh brain (DeskFull if there is no room),
        known by `new_id` if given (the id a load balancer routes them by) or else a fresh secret."""
        known = self.find(visitor_id)
        if known is not None:
            return known
        now = self._monotonic()
        if len(self._known) >= self.limit:
            oldest = next(iter(self._known.values()))
            if now - oldest.last_seen < self.protect_seconds:
                raise DeskFull(f"all {self.limit} desks are in use by visitors seen in the last "
                               f"{self.protect_seconds:g} seconds")
            self._let_go(oldest.id)
        visitor_id = new_id if new_id and new_id not in self._known else secrets.token_urlsafe(18)
        visitor = Visitor(visitor_id, Worker(lambda: self._open_brain(visitor_id),
                                             f"humandb-visitor-{next(self._opened)}"), now)
        self._known[visitor.id] = visitor
        return visitor

    def __len__(self) -> int:
        return len(self._known)

    def __contains__(self, visitor_id: object) -> bool:
        return visitor_id in self._known

    def close(self, timeout: float = 5.0) -> None:
        """Let every visitor go, and wait (up to `timeout` seconds in all) for their brains to be closed."""
        workers = [self._known[visitor_id].worker for visitor_id in self._known]
        for visitor_id in list(self._known):
            self._let_go(visitor_id)
        deadline = self._monotonic() + timeout
        for worker in workers:
            worker.join(max(0.0, deadline - self._monotonic()))

    def _forget_idle(self, now: float) -> None:
        # The oldest come first (least recently seen), so stop at the first one still in use.
        while self._known:
            oldest = next(iter(self._known.values()))
            if now - oldest.last_seen <= self.idle_seconds:
                return
            self._let_go(oldest.id)

    def _let_go(self, visitor_id: str) -> None:
        visitor = self._known.pop(visitor_id)
        self.evicted += 1
        visitor.worker.close()  # on its own thread, after any request of theirs already at work
