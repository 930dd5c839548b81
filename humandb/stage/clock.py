"""Clocks: the only place HumanDB reads the wall clock or waits. Tests pass a FakeClock."""

from __future__ import annotations

import datetime
import time
from typing import Protocol

__all__ = ["Clock", "FakeClock", "RealClock"]


class Clock(Protocol):
    def now(self) -> datetime.datetime: ...

    def sleep(self, seconds: float) -> None: ...

    async def asleep(self, seconds: float) -> None: ...


class RealClock:
    """The wall clock. `sleep` is interruptible by Ctrl-C and uses no CPU while it waits."""

    def now(self) -> datetime.datetime:
        return datetime.datetime.now()

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            time.sleep(seconds)

    async def asleep(self, seconds: float) -> None:
        import asyncio  # only the web server waits asynchronously; keep it off the import path

        if seconds > 0:
            await asyncio.sleep(seconds)


class FakeClock:
    """A clock that starts at a fixed moment and moves only when someone sleeps on it.

    `interrupt_at` (seconds after start) makes the sleep crossing it raise KeyboardInterrupt, as if
    the user pressed Ctrl-C at that moment.
    """

    def __init__(self, start: datetime.datetime, *, interrupt_at: float | None = None) -> None:
        self.start = start
        self.elapsed = 0.0
        self.sleeps: list[float] = []
        self.interrupt_at = interrupt_at

    def now(self) -> datetime.datetime:
        return self.start + datetime.timedelta(seconds=self.elapsed)

    def sleep(self, seconds: float) -> None:
        if seconds <= 0:
            return
        if self.interrupt_at is not None and self.elapsed + seconds >= self.interrupt_at:
            self.elapsed = self.interrupt_at
            self.interrupt_at = None
            raise KeyboardInterrupt
        self.sleeps.append(seconds)
        self.elapsed += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)
