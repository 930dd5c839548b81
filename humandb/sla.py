"""Business minutes → an ETA and a real wait: tiers, presets, Dave's calendar and the time scale.

Dave's work is measured in business minutes. The SLA turns them into two things: an ETA on Dave's
working calendar (Monday-Friday 9:00-17:00) and the wall-clock seconds the stage actually waits.

"SLA is one business day. Or three if it's quarter end. Or five if Dave's on PTO."

The tiers on the website: free (one business day, behind the paid tickets), pro ($49/month plus
snacks: twice as fast, a better mood, no queue) and enterprise (unlimited analysts, an on-call human
overnight so the calendar never closes, no promise at all, and equity for Dave).

>>> from datetime import datetime
>>> p = schedule(120, now=datetime(2026, 3, 20, 16, 30), tier=tier("free"), seconds_per_hour=1.0)
>>> p.tickets_ahead, p.queue_minutes, p.work_minutes
(4, 60.0, 120.0)
>>> p.eta, p.wall_seconds
(datetime.datetime(2026, 3, 23, 11, 30), 3.0)
>>> eta_words(p.start, p.eta)
'by Monday 11:30'

Nothing here reads the wall clock: "now" always comes in as a value.
"""

from __future__ import annotations

import functools
import math
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

__all__ = [
    "BUSINESS_DAY_MINUTES",
    "DEFAULT_CALENDAR",
    "DEFAULT_PTO",
    "DEFAULT_SLA",
    "MAX_TICKETS_AHEAD",
    "ON_CALL",
    "PTO_MULTIPLIER",
    "QUARTER_END_MULTIPLIER",
    "QUEUE_TICKET_MINUTES",
    "SLA_PRESETS",
    "TIERS",
    "AroundTheClock",
    "Calendar",
    "MonthDay",
    "Tier",
    "Timing",
    "eta_words",
    "schedule",
    "seconds_per_business_hour",
    "tier",
]

BUSINESS_DAY_MINUTES = 480  # 9:00-17:00

QUARTER_END_MULTIPLIER = 3.0
PTO_MULTIPLIER = 5.0
_QUARTER_END_MONTHS = frozenset({3, 6, 9, 12})
_QUARTER_END_BUSINESS_DAYS = 5

MonthDay = tuple[int, int]
_DAYS_KEPT = 4096  # days whose multiplier a calendar keeps (over ten years of Dave's; then it starts again)

# Recurring every year, inclusive, as (month, day) pairs. Christmas week is split at New Year so each
# range reads naturally; a range whose start is after its end wraps over New Year all the same.
DEFAULT_PTO: tuple[tuple[MonthDay, MonthDay], ...] = (
    ((12, 24), (12, 31)),
    ((1, 1), (1, 2)),
    ((8, 3), (8, 14)),
)


@dataclass(frozen=True)
class Calendar:
    """Dave's working calendar: Monday-Friday 9:00-17:00, his PTO, quarter-ends.

    `pto` holds yearly recurring, inclusive ranges of (month, day) pairs: ``((8, 3), (8, 14))`` is
    3-14 August every year. PTO days are still business days (Dave is just away); `schedule` slows the
    work down on them rather than skipping them.

    >>> Calendar().add_business_minutes(datetime(2026, 3, 20, 16, 30), 60)
    datetime.datetime(2026, 3, 23, 9, 30)
    """

    start: time = time(9)
    end: time = time(17)
    pto: tuple[tuple[MonthDay, MonthDay], ...] = DEFAULT_PTO
    # Each day's multiplier as worked out (see `multiplier`): no part of the calendar's value.
    _multipliers: dict[date, tuple[float, str]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.start >= self.end:
            raise ValueError(f"the working day must start before it ends, got {self.start}-{self.end}")
        for first, last in self.pto:
            for month, day in (first, last):
                try:
                    # A leap year accepts every real (month, day), including 29 February.
                    date(2024, month, day)
                except ValueError:
                    raise ValueError(f"PTO range {(first, last)} has no day {day} in month {month}") from None

    @functools.cached_property
    def day_minutes(self) -> float:
        """Business minutes in one working day (480 for 9:00-17:00)."""
        return _minutes_between(self.start, self.end)

    def is_business_day(self, day: date) -> bool:
        """Monday to Friday. PTO does not change this: Dave is away, the day still counts."""
        return day.weekday() < 5  # _weekday, without the call: every statement's schedule asks twice or more

    def on_pto(self, day: date) -> bool:
        """Whether `day` falls inside one of Dave's yearly PTO ranges."""
        return any(_in_yearly_range((day.month, day.day), first, last) for first, last in self.pto)

    def is_quarter_end(self, day: date) -> bool:
        """Within the last 5 business days of March, June, September or December.

        The stretch runs from the fifth-last business day to the end of the month, so a weekend
        inside it is quarter-end too: the pressure does not let up on Saturday.
        """
        if day.month not in _QUARTER_END_MONTHS:
            return False
        return day >= self._nth_last_business_day(day, _QUARTER_END_BUSINESS_DAYS)

    def multiplier(self, day: date) -> tuple[float, str]:
        """How much slower Dave works on `day`, and why: (1, ""), (3, "quarter-end") or (5, "pto")."""
        # Kept per day: the calendar is frozen, so a day's multiplier never changes, and every statement asks.
        known = self._multipliers.get(day)
        if known is None:
            if len(self._multipliers) >= _DAYS_KEPT:
                self._multipliers.clear()
            known = self._multipliers[day] = self._multiplier(day)
        return known

    def _multiplier(self, day: date) -> tuple[float, str]:
        # PTO wins: a quarter-end spent on a beach is slower still.
        if self.on_pto(day):
            return PTO_MULTIPLIER, "pto"
        if self.is_quarter_end(day):
            return QUARTER_END_MULTIPLIER, "quarter-end"
        return 1.0, ""

    def add_business_minutes(self, start: datetime, minutes: float) -> datetime:
        """The moment `minutes` of work started at `start` is done, counting working hours only.

        Work asked for before 9:00 starts at 9:00; after 17:00 or on a weekend, at 9:00 on the next
        business day. Work that fits exactly finishes at 17:00 rather than spilling into tomorrow.
        """
        _check_business_minutes(minutes)
        cursor = self._clock_in(start)
        left_today = _minutes_between(cursor.time(), self.end)
        if minutes <= left_today:
            return cursor + timedelta(minutes=minutes)
        remaining = minutes - left_today
        # Jump over whole days at once so a year of work costs the same as an hour.
        full_days = math.ceil(remaining / self.day_minutes) - 1
        last_day = self._add_business_days(cursor.date(), full_days + 1)
        last_minutes = remaining - full_days * self.day_minutes
        return self._at(cursor, last_day, self.start) + timedelta(minutes=last_minutes)

    def _clock_in(self, moment: datetime) -> datetime:
        """The first working moment at or after `moment`."""
        day = moment.date()
        if self.is_business_day(day) and moment.time() < self.end:
            return max(moment, datetime.combine(day, self.start, tzinfo=moment.tzinfo))  # self._at, inline
        return self._at(moment, self._add_business_days(moment.date(), 1), self.start)

    def _add_business_days(self, day: date, count: int) -> date:
        # Count a weekend from the Friday before it, so whole weeks always land on a business day.
        while not self.is_business_day(day):
            day -= timedelta(days=1)
        weeks, extra = divmod(count, 5)
        day += timedelta(weeks=weeks)
        while extra:
            day += timedelta(days=1)
            if self.is_business_day(day):
                extra -= 1
        return day

    def _nth_last_business_day(self, day: date, n: int) -> date:
        # Weekdays, not this calendar's business days: quarter-end is the company closing its books,
        # the same five days whoever happens to be on call.
        cursor = _last_day_of_month(day)
        while True:
            if _weekday(cursor):
                n -= 1
                if n == 0:
                    return cursor
            cursor -= timedelta(days=1)

    @staticmethod
    def _at(like: datetime, day: date, clock: time) -> datetime:
        # Keep the caller's tzinfo so aware and naive datetimes both come back as they went in.
        return datetime.combine(day, clock, tzinfo=like.tzinfo)


@dataclass(frozen=True)
class AroundTheClock(Calendar):
    """The enterprise calendar: a human on call overnight, so every minute is a business minute.

    PTO never applies, since someone is always on call. Quarter-end still does: it is the whole
    company closing its books, and the on-call analyst reconciles at 3 a.m. just as slowly.

    >>> AroundTheClock().add_business_minutes(datetime(2026, 3, 21, 23, 0), 30)
    datetime.datetime(2026, 3, 21, 23, 30)
    """

    start: time = time.min
    end: time = time.max
    pto: tuple[tuple[MonthDay, MonthDay], ...] = ()

    @property
    def day_minutes(self) -> float:
        return 24 * 60

    def is_business_day(self, day: date) -> bool:
        return True

    def on_pto(self, day: date) -> bool:
        return False

    def add_business_minutes(self, start: datetime, minutes: float) -> datetime:
        _check_business_minutes(minutes)
        return start + timedelta(minutes=minutes)


DEFAULT_CALENDAR = Calendar()
ON_CALL = AroundTheClock()


def _check_business_minutes(minutes: float) -> None:
    if not math.isfinite(minutes) or minutes < 0:
        raise ValueError(f"business minutes must be a finite number >= 0, got {minutes!r}")


def _weekday(day: date) -> bool:
    return day.weekday() < 5


def _minutes_between(first: time, last: time) -> float:
    # What (datetime.combine(day, last) - datetime.combine(day, first)).total_seconds() / 60 gives, to the
    # last bit (total_seconds divides the whole microseconds by a million, as here), without making three
    # datetimes and a timedelta: every statement's schedule asks.
    seconds = (last.hour - first.hour) * 3600 + (last.minute - first.minute) * 60 + last.second - first.second
    return (seconds * 1_000_000 + last.microsecond - first.microsecond) / 1_000_000 / 60


def _in_yearly_range(day: MonthDay, first: MonthDay, last: MonthDay) -> bool:
    if first <= last:
        return first <= day <= last
    return day >= first or day <= last


def _last_day_of_month(day: date) -> date:
    first_of_next = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return first_of_next - timedelta(days=1)


QUEUE_TICKET_MINUTES = 15.0  # each paid ticket ahead of a free one: a quarter of an hour of Dave
MAX_TICKETS_AHEAD = 8  # so the free queue is 15 minutes to 2 hours


@dataclass(frozen=True)
class Tier:
    """A pricing tier: how fast Dave works for you, what the SLA promises, and what else you get.

    The free queue is derived, never random: 1 to `max_tickets_ahead` paid tickets, drawn from the
    connection's seed alone. They are the paid customers' standing reports, re-filed every morning,
    so a free ticket waits behind the same ones every day, and a bad day (quarter-end, PTO) slows
    the whole wait, queue included, by the same multiplier.

    >>> free = tier("free")
    >>> free.tickets_ahead(seed=0), free.queue_minutes(seed=0)
    (4, 60.0)
    >>> tier("pro").queue_minutes(seed=0)
    0.0
    """

    name: str
    speed: float  # multiplier on Dave's business minutes
    promise_minutes: float  # the most Dave's work may take on an ordinary day; math.inf: no promise
    words: str
    perk: str = ""  # what else the website says you get
    mood_bonus: float = 0.0  # added to Dave's mood by the desk: paying customers bring snacks
    queue_ticket_minutes: float = 0.0  # business minutes each paid ticket ahead takes
    max_tickets_ahead: int = 0  # 0: nobody is ever ahead of you
    around_the_clock: bool = False  # an on-call human overnight: the calendar never closes
    unlimited_analysts: bool = False  # the work is split among a team (humandb.dave.team)

    def __post_init__(self) -> None:
        if not self.speed > 0 or not math.isfinite(self.speed):
            raise ValueError(f"a tier's speed must be a finite number > 0, got {self.speed!r}")
        if not self.promise_minutes > 0:
            raise ValueError(f"a tier's promise must be > 0 minutes (math.inf for none), got {self.promise_minutes!r}")
        if not math.isfinite(self.queue_ticket_minutes) or self.queue_ticket_minutes < 0 or self.max_tickets_ahead < 0:
            raise ValueError("a tier's queue must be a finite number of minutes >= 0 and a ticket count >= 0")

    def tickets_ahead(self, seed: int = 0) -> int:
        """How many paid tickets wait ahead of this tier's, for the connection's `seed`."""
        if self.max_tickets_ahead == 0:
            return 0
        # A string seed is hashed with SHA-512, so the queue is the same in every process.
        return random.Random(f"queue:{seed}").randint(1, self.max_tickets_ahead)

    def queue_minutes(self, seed: int = 0) -> float:
        """Business minutes spent waiting behind the paid tickets, on an ordinary day."""
        return self.tickets_ahead(seed) * self.queue_ticket_minutes


TIERS: dict[str, Tier] = {
    t.name: t
    for t in (
        Tier(
            "free", 1.0, BUSINESS_DAY_MINUTES, "emotional support not guaranteed",
            perk="a place in the queue",
            queue_ticket_minutes=QUEUE_TICKET_MINUTES, max_tickets_ahead=MAX_TICKETS_AHEAD,
        ),
        Tier("pro", 0.5, BUSINESS_DAY_MINUTES / 2, "$49/month plus snacks", perk="snacks", mood_bonus=0.2),
        Tier(
            "enterprise", 0.25, math.inf, "we'll figure out the SLA",
            perk="Dave gets equity (0.0001%, four-year vest, one-year cliff)",
            # Equity is a smaller mood bonus than snacks: you cannot eat it, and it vests in 2030.
            mood_bonus=0.1, around_the_clock=True, unlimited_analysts=True,
        ),
    )
}


def tier(name: str) -> Tier:
    """The tier called `name` (case and surrounding spaces ignored, since it may come from an env var)."""
    found = TIERS.get(name.strip().lower())
    if found is None:
        raise ValueError(f"unknown tier {name!r}; choose one of: {', '.join(TIERS)}")
    return found


# Real seconds the stage waits per business hour of Dave's work.
SLA_PRESETS: dict[str, float] = {"instant": 0.0, "demo": 1.0, "realistic": 3600.0}
DEFAULT_SLA = "demo"


def seconds_per_business_hour(sla: str | float | int | None) -> float:
    """The time scale: real seconds per business hour, from a preset name or a number.

    ``None`` means the default, "demo". Numeric strings are accepted because they come from
    environment variables.

    >>> seconds_per_business_hour("realistic"), seconds_per_business_hour("2.5")
    (3600.0, 2.5)
    """
    if sla is None:
        return SLA_PRESETS[DEFAULT_SLA]
    if isinstance(sla, str):
        return _parse_sla(sla)
    # bool is an int, but `sla=True` is surely a mistake, not one second per hour.
    if isinstance(sla, bool) or not isinstance(sla, (int, float)):
        raise ValueError(_sla_problem(sla))
    return _checked_scale(float(sla), sla)


def _parse_sla(text: str) -> float:
    key = text.strip().lower()
    if key in SLA_PRESETS:
        return SLA_PRESETS[key]
    try:
        number = float(key)
    except ValueError:
        raise ValueError(_sla_problem(text)) from None
    return _checked_scale(number, text)


def _checked_scale(number: float, given: object) -> float:
    # NaN and infinity parse as floats but would wait nonsense or forever.
    if not math.isfinite(number) or number < 0:
        raise ValueError(_sla_problem(given))
    return number


def _sla_problem(given: object) -> str:
    presets = ", ".join(f"{name!r} ({seconds:g} s)" for name, seconds in SLA_PRESETS.items())
    return (
        f"unknown SLA {given!r}; choose one of {presets}, or a number >= 0 of real seconds per business hour"
    )


@dataclass(frozen=True)
class Timing:
    """How long Dave's work takes, on his calendar and on the wall clock (not to be confused with SQLite's
    query plan, which is how he goes about it)."""

    business_minutes: float  # the queue, then the work after tier speed, cap and calendar multiplier
    multiplier: float  # 1, 3 at quarter-end, 5 on PTO
    reason: str  # "", "quarter-end" or "pto"
    wall_seconds: float  # what the stage really waits, queue included
    start: datetime  # the `now` it was scheduled at
    eta: datetime  # when Dave's calendar says he is done
    queue_minutes: float = 0.0  # waiting behind paid tickets before Dave starts (free tier)
    tickets_ahead: int = 0  # how many paid tickets that was

    @property
    def work_minutes(self) -> float:
        """Business minutes Dave actually spends on this request, once he gets to it."""
        return self.business_minutes - self.queue_minutes


def schedule(
    minutes: float,
    *,
    now: datetime,
    tier: Tier,
    seconds_per_hour: float,
    calendar: Calendar = DEFAULT_CALENDAR,
    seed: int = 0,
    tickets: int | None = None,
) -> Timing:
    """Schedule `minutes` of Dave's raw effort, asked for at `now`, under `tier`'s SLA.

    The tier's speed applies first, then the calendar's multiplier for `now`'s date; the work never
    exceeds the tier's promise times that multiplier, because the SLA is a promise, however big the query.
    Free tickets first wait behind the paid ones (`seed` decides how many). The queue is
    outside the promise, as the fine print says: the SLA clock starts when Dave picks up your ticket.
    Those tickets are Dave's work too, so quarter-end and PTO slow the queue as they slow yours.
    An around-the-clock tier plans on the on-call calendar instead of `calendar`. `tickets`: how many paid
    tickets are really ahead right now, when the caller keeps the queue as the day goes (Dave's desk
    does); None for the tier's morning pile.
    """
    if not math.isfinite(minutes) or minutes < 0:
        raise ValueError(f"Dave's effort must be a finite number of minutes >= 0, got {minutes!r}")
    if not math.isfinite(seconds_per_hour) or seconds_per_hour < 0:
        raise ValueError(f"seconds_per_hour must be a finite number >= 0, got {seconds_per_hour!r}")
    working = ON_CALL if tier.around_the_clock else calendar
    multiplier, reason = working.multiplier(now.date())
    tickets = tier.tickets_ahead(seed) if tickets is None or tier.max_tickets_ahead == 0 else max(0, tickets)
    queue_minutes = tickets * tier.queue_ticket_minutes * multiplier
    business_minutes = queue_minutes + min(minutes * tier.speed, tier.promise_minutes) * multiplier
    # Positionally, in the fields' order: by keyword costs a microsecond more, on every statement.
    return Timing(business_minutes, multiplier, reason, business_minutes / 60 * seconds_per_hour, now,
                  working.add_business_minutes(now, business_minutes), queue_minutes, tickets)


# English names from tuples, never strftime("%A"), so the words do not change with the locale.
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DAY_ABBREVIATIONS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def eta_words(now: datetime, eta: datetime) -> str:
    """How Dave states his ETA, from the closest to the furthest.

    "right now", "in about a minute", "in about 20 minutes" (under an hour away), "by 16:30 today",
    "by tomorrow 09:30", "by Monday 10:30" (within six days), "by Mon 7 Dec, 10:30" (further).

    >>> eta_words(datetime(2026, 3, 20, 16, 30), datetime(2026, 3, 23, 9, 30))
    'by Monday 09:30'
    """
    if now.tzinfo is not None and eta.tzinfo is not None:
        eta = eta.astimezone(now.tzinfo)
    if eta < now:
        raise ValueError(f"the ETA {eta} is before now ({now})")
    away = (eta - now).total_seconds() / 60
    if away < 60:
        return _minutes_words(away)
    # Round up to the minute: "by 09:31" is a promise Dave keeps, "by 09:30" for 09:30:40 is not.
    shown = _ceil_minute(eta)
    clock = f"{shown.hour:02d}:{shown.minute:02d}"
    days = (shown.date() - now.date()).days
    if days == 0:
        return f"by {clock} today"
    if days == 1:
        return f"by tomorrow {clock}"
    if days <= 6:
        return f"by {_DAY_NAMES[shown.weekday()]} {clock}"
    month = _MONTH_ABBREVIATIONS[shown.month - 1]
    return f"by {_DAY_ABBREVIATIONS[shown.weekday()]} {shown.day} {month}, {clock}"


def _minutes_words(away: float) -> str:
    if away == 0:
        return "right now"
    # People round to the nearest five once it is more than a handful of minutes.
    count = max(1, math.floor(away + 0.5))
    if count >= 10:
        count = 5 * math.floor(away / 5 + 0.5)
    if count == 1:
        return "in about a minute"
    if count >= 60:
        return "in about an hour"
    return f"in about {count} minutes"


def _ceil_minute(moment: datetime) -> datetime:
    if not (moment.second or moment.microsecond):  # on the minute already (the replace below is the costly part)
        return moment
    return moment.replace(second=0, microsecond=0) + _MINUTE


_MINUTE = timedelta(minutes=1)
