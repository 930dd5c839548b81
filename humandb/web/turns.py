"""Turns at Dave's time: how many visitors' requests are worked on at once, and who goes next.

Every request's work (its SQL, Dave's report, the bytes of his answer and his voice) runs off the event
loop, on a thread; at most `at_once` pieces of work run together, because each may hold a statement's
worth of SQLite memory and all of them share two cores. Who waits goes in order of how much of Dave's
time their visitor has had lately (an account that halves every `half_life` seconds), so a visitor who
sends slow statements queues behind one who sends quick ones. The last free place is kept for the
quick: visitors whose work has taken less than `quick_seconds` a piece lately. A newcomer has no
record yet, so a crowd of slow statements, however many visitors (or cookieless requests) it comes
from, never fills every place. Nobody waits longer than their patience: the web answers 503 then,
and the request is not run at all.

>>> import asyncio
>>> async def two_places() -> tuple[str, int]:
...     turns, slow, quick = Turns(2), Account(), Account()
...     slow.charge(0.5, now=time.monotonic())  # their last request took half a second
...     quick.charge(0.002, now=time.monotonic())
...     await turns.take(slow, patience=1.0)  # the first of two places: anyone may have it
...     try:
...         await turns.take(slow, patience=0.01)  # ... but not the last one
...     except Busy:
...         refused = "busy"
...     await turns.take(quick, patience=1.0)  # which is kept for the quick
...     return refused, turns.running
>>> asyncio.run(two_places())
('busy', 2)
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = ["Account", "Busy", "Turns"]


class Busy(Exception):  # noqa: N818 - a state of the queue, answered with a 503
    """The request waited its whole patience for a turn: it is not run."""


@dataclass
class Account:
    """How much of Dave's time one visitor has had lately (seconds of work, halving every `half_life`),
    and how long a piece of their work typically takes (the mean of the last one and the typical before)."""

    half_life: float = 10.0
    spent: float = 0.0
    at: float = 0.0
    pieces: int = 0
    typical: float = 0.0

    def balance(self, now: float) -> float:
        if self.spent == 0.0:
            return 0.0
        return self.spent * math.pow(0.5, max(0.0, now - self.at) / self.half_life)

    def charge(self, seconds: float, *, now: float) -> None:
        self.spent, self.at = self.balance(now) + seconds, now
        self.typical = seconds if self.pieces == 0 else (self.typical + seconds) / 2
        self.pieces += 1


@dataclass(order=True)
class _Waiter:
    balance: float
    order: int
    account: Account = field(compare=False)
    turn: asyncio.Future[None] = field(compare=False)


class Turns:
    """At most `at_once` pieces of work at a time; the waiting in order of their accounts, then of arrival."""

    def __init__(self, at_once: int, *, quick_seconds: float = 0.1,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        if at_once < 1:
            raise ValueError(f"at least one piece of work must be able to run, not {at_once}")
        self.at_once = at_once
        self.quick_seconds = quick_seconds
        self._monotonic = monotonic
        # With two places or more, the last is kept for the quick: one place shared by all is only a queue.
        self._kept = 1 if at_once > 1 else 0
        self.running = 0
        self._waiting: list[_Waiter] = []
        self._order = itertools.count()
        self.refused = 0  # requests that waited their whole patience (tests and the benchmark read it)

    def quick(self, account: Account) -> bool:
        """Whether the visitor's work has been quick lately (a newcomer has no record: not yet)."""
        return account.pieces > 0 and account.typical < self.quick_seconds

    def _may_start(self, account: Account) -> bool:
        free = self.at_once - self.running
        return free > self._kept or (free > 0 and self.quick(account))

    async def take(self, account: Account, *, patience: float) -> None:
        """Wait for a place (Busy after `patience` seconds); the caller must `give_back` it afterwards."""
        now = self._monotonic()
        # Every place that frees is handed on at once, so whoever still waits could not start now either:
        # starting at once overtakes no one.
        if self._may_start(account):
            self.running += 1
            return
        waiter = _Waiter(account.balance(now), next(self._order), account,
                         asyncio.get_running_loop().create_future())
        heapq.heappush(self._waiting, waiter)
        try:
            await asyncio.wait_for(asyncio.shield(waiter.turn), patience)
        except asyncio.TimeoutError:
            self._leave(waiter)
            self.refused += 1
            raise Busy(f"no turn within {patience:g} s: {self.running} requests at work, "
                       f"{self.waiting} more waiting") from None
        except BaseException:  # the request was cancelled (its client went away)
            self._leave(waiter)
            raise

    def _leave(self, waiter: _Waiter) -> None:
        if waiter.turn.done() and not waiter.turn.cancelled():
            self.give_back()  # the place came just as the wait ended: pass it on
        else:
            waiter.turn.cancel()  # skipped when its turn would have come

    def give_back(self, account: Account | None = None, seconds: float = 0.0) -> None:
        """A piece of work is done (charged to `account`, `seconds` long): the next in line may start."""
        now = self._monotonic()
        if account is not None:
            account.charge(seconds, now=now)
        self.running -= 1
        while self._waiting:
            first = self._waiting[0]
            if first.turn.done():  # gave up waiting
                heapq.heappop(self._waiting)
                continue
            if self._may_start(first.account):
                heapq.heappop(self._waiting)
            else:
                # Only the kept place is free and the first in line is not quick: the first quick one may have it.
                quick = min((waiter for waiter in self._waiting
                             if not waiter.turn.done() and self.quick(waiter.account)), default=None)
                if quick is None:
                    return
                first = quick
                self._waiting.remove(first)
                heapq.heapify(self._waiting)
            self.running += 1
            first.turn.set_result(None)
            if self.running >= self.at_once:
                return

    @property
    def waiting(self) -> int:
        return sum(not waiter.turn.done() for waiter in self._waiting)
