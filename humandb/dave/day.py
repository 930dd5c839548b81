"""Dave's working day, as the story goes: he is busy until the last thing he promised is done, so the next
request starts then (his ETAs never jump backwards); a new day brings him in fresh, with the paid
customers' standing reports back on top of the pile; lunch comes once.

At instant SLA nothing waits on the wall clock, but Dave's day still moves: two hundred requests of two
business hours each are weeks of his calendar, Mondays and Friday afternoons, quarter-end and PTO
included. The free tier's queue is real here: the morning pile (the tier's tickets for the seed), and
paid tickets that come in through the day, every one of them done before the next free request.
"""

from __future__ import annotations

import datetime
import functools
import math
import random
from dataclasses import dataclass

__all__ = ["Workday"]

_DAY_STARTS = datetime.time(9)
_LUNCH = datetime.time(12, 30)


@dataclass
class Workday:
    """Where Dave is in his own day."""

    free_at: datetime.datetime | None = None  # when the work he has promised is done
    today: datetime.date | None = None  # the day he is working
    cleared: datetime.datetime | None = None  # when he last cleared the paid pile
    lunch: bool = False  # he has had lunch today
    coffees: int = 0  # coffees today
    days: int = 0  # working days so far this session
    away: bool = False  # he was on PTO the last time he worked

    def clock_in(self, now: datetime.datetime) -> datetime.datetime:
        """When Dave can start on a request that arrives at `now`: then, or when he is done with the last."""
        if self.free_at is None or (self.free_at.tzinfo is None) != (now.tzinfo is None):
            return now
        return max(now, self.free_at)

    def clock_out(self, done: datetime.datetime) -> None:
        self.free_at = done if self.free_at is None or done > self.free_at else self.free_at

    def begin(self, moment: datetime.datetime) -> bool:
        """Dave picks up a request at `moment`; True when it is the first of a new working day."""
        if self.today == moment.date():
            return False
        self.today, self.lunch, self.coffees = moment.date(), False, 0
        self.days += 1
        return True

    def after_lunch(self, moment: datetime.datetime) -> bool:
        """True once a day, for the first request he picks up after lunchtime."""
        if self.lunch or moment.time() < _LUNCH or self.today != moment.date():
            return False
        self.lunch = True
        return True

    def paid_ahead(self, moment: datetime.datetime, morning_pile: int, seed: int) -> int:
        """The paid tickets ahead of a free request picked up at `moment`: the morning pile on a new day,
        then those that came in since he last cleared it (one every couple of hours, seeded). He clears
        them all first, so the next request only waits for new arrivals."""
        if morning_pile <= 0:
            return 0
        every = _arrival_gap(seed)
        opened = datetime.datetime.combine(moment.date(), _DAY_STARTS, tzinfo=moment.tzinfo)

        def arrived(by: datetime.datetime) -> int:
            return max(0, math.floor((by - opened).total_seconds() / 60 / every))

        if self.cleared is None or self.cleared.date() != moment.date():
            ahead = morning_pile + arrived(moment)
        else:
            ahead = arrived(moment) - arrived(self.cleared)
        self.cleared = moment
        return min(ahead, 2 * morning_pile + 4)


@functools.lru_cache(maxsize=256)
def _arrival_gap(seed: int) -> float:
    """Business minutes between paid tickets, for a seed (seeding a Random costs more than the rest of the day)."""
    return random.Random(f"arrivals:{seed}").uniform(90.0, 150.0)
