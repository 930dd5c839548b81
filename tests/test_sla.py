"""The SLA on fixed dates: Dave's calendar, tiers, the time scale, and how he words his ETA."""

from __future__ import annotations

import doctest
import math
import os
import subprocess
import sys
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest

from humandb import sla
from humandb.sla import (
    BUSINESS_DAY_MINUTES,
    ON_CALL,
    TIERS,
    AroundTheClock,
    Calendar,
    Tier,
    Timing,
    eta_words,
    schedule,
    seconds_per_business_hour,
    tier,
)

CAL = Calendar()
FRIDAY = date(2026, 3, 20)  # an ordinary Friday: not quarter-end, not PTO
MONDAY = date(2026, 3, 16)
QUARTER_END = datetime(2026, 3, 27, 10, 0)  # Friday in the last 5 business days of Q1
PTO_AND_QUARTER_END = datetime(2026, 12, 28, 10, 0)  # Monday of Christmas week
SATURDAY_NIGHT = datetime(2026, 3, 21, 23, 0)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def walk_minute_by_minute(start: datetime, minutes: int) -> datetime:
    """The obvious, slow reference: step through each working minute."""
    cursor = start.replace(second=0, microsecond=0)
    while minutes:
        if CAL.is_business_day(cursor.date()) and time(9) <= cursor.time() < time(17):
            minutes -= 1
            if minutes == 0:
                return cursor + timedelta(minutes=1)
        cursor += timedelta(minutes=1)
    # Zero minutes of work still waits for Dave to clock in.
    while not (CAL.is_business_day(cursor.date()) and time(9) <= cursor.time() < time(17)):
        cursor += timedelta(minutes=1)
    return cursor


# --- the working calendar ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "minutes", "done"),
    [
        (at(FRIDAY, 16, 30), 60, datetime(2026, 3, 23, 9, 30)),  # over the weekend
        (at(FRIDAY, 16, 0), 60, at(FRIDAY, 17)),  # fits exactly: done at five, not Monday at nine
        (at(MONDAY, 7, 15), 30, at(MONDAY, 9, 30)),  # before nine: starts at nine
        (at(MONDAY, 18, 0), 30, datetime(2026, 3, 17, 9, 30)),  # after five: starts tomorrow
        (at(MONDAY, 17, 0), 30, datetime(2026, 3, 17, 9, 30)),  # five o'clock is after hours
        (datetime(2026, 3, 21, 11, 0), 30, datetime(2026, 3, 23, 9, 30)),  # Saturday
        (datetime(2026, 3, 22, 23, 59), 30, datetime(2026, 3, 23, 9, 30)),  # Sunday night
        (at(FRIDAY, 18, 0), 30, datetime(2026, 3, 23, 9, 30)),  # Friday evening
        (at(MONDAY, 10, 0), 3 * BUSINESS_DAY_MINUTES, datetime(2026, 3, 19, 10, 0)),
        (at(MONDAY, 9, 0), 5 * BUSINESS_DAY_MINUTES, at(FRIDAY, 17)),  # a whole week, exactly
        (datetime(2026, 3, 19, 13, 0), 2 * BUSINESS_DAY_MINUTES, datetime(2026, 3, 23, 13, 0)),
        (at(MONDAY, 10, 0), 0, at(MONDAY, 10, 0)),
        (datetime(2026, 3, 21, 11, 0), 0, datetime(2026, 3, 23, 9, 0)),  # nothing to do, still Monday
        (at(MONDAY, 10, 0), 0.5, datetime(2026, 3, 16, 10, 0, 30)),
        (at(MONDAY, 9, 0), 52 * 5 * BUSINESS_DAY_MINUTES, datetime(2027, 3, 12, 17, 0)),  # a year
    ],
)
def test_add_business_minutes(start: datetime, minutes: float, done: datetime) -> None:
    assert CAL.add_business_minutes(start, minutes) == done


@pytest.mark.parametrize("minutes", [0, 1, 29, 30, 60, 419, 420, 479, 480, 481, 960, 1000, 2400, 2401, 3000])
@pytest.mark.parametrize(
    "start",
    [
        at(MONDAY, 8, 0),
        at(MONDAY, 9, 0),
        at(MONDAY, 10, 0),
        at(MONDAY, 16, 59),
        at(FRIDAY, 16, 30),
        at(FRIDAY, 17, 0),
        datetime(2026, 3, 21, 12, 0),
        datetime(2026, 3, 22, 12, 0),
    ],
)
def test_add_business_minutes_matches_a_minute_by_minute_walk(start: datetime, minutes: int) -> None:
    assert CAL.add_business_minutes(start, minutes) == walk_minute_by_minute(start, minutes)


def test_add_business_minutes_keeps_the_timezone() -> None:
    tz = timezone(timedelta(hours=2))
    start = datetime(2026, 3, 20, 16, 30, tzinfo=tz)
    assert CAL.add_business_minutes(start, 60) == datetime(2026, 3, 23, 9, 30, tzinfo=tz)


@pytest.mark.parametrize("minutes", [-1, float("nan"), float("inf")])
def test_add_business_minutes_rejects_nonsense(minutes: float) -> None:
    with pytest.raises(ValueError, match="business minutes"):
        CAL.add_business_minutes(at(MONDAY, 10), minutes)


def test_a_shorter_working_day() -> None:
    short = Calendar(start=time(10), end=time(16))
    assert short.day_minutes == 360
    assert CAL.day_minutes == BUSINESS_DAY_MINUTES
    assert short.add_business_minutes(at(FRIDAY, 15, 30), 60) == datetime(2026, 3, 23, 10, 30)


def test_calendar_rejects_a_day_that_ends_before_it_starts() -> None:
    with pytest.raises(ValueError, match="start before it ends"):
        Calendar(start=time(17), end=time(9))


def test_calendar_rejects_an_impossible_pto_date() -> None:
    with pytest.raises(ValueError, match="no day 30 in month 2"):
        Calendar(pto=(((2, 30), (3, 2)),))


def test_business_days_are_monday_to_friday_pto_included() -> None:
    assert [CAL.is_business_day(MONDAY + timedelta(days=n)) for n in range(7)] == [True] * 5 + [False] * 2
    assert CAL.is_business_day(date(2026, 12, 28))  # PTO, yet a business day: Dave is just away


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 3, 27), True),
        (date(2026, 3, 20), False),
        (date(2026, 12, 31), True),
        (date(2026, 3, 25), True),  # the fifth-last business day of March 2026
        (date(2026, 3, 24), False),
        (date(2026, 3, 28), True),  # a Saturday inside the stretch
        (date(2026, 3, 31), True),
        (date(2026, 6, 24), True),
        (date(2026, 6, 23), False),
        (date(2026, 9, 24), True),
        (date(2026, 9, 23), False),
        (date(2026, 12, 25), True),
        (date(2026, 4, 30), False),  # end of a month, not of a quarter
        (date(2027, 1, 1), False),
    ],
)
def test_quarter_end(day: date, expected: bool) -> None:
    assert CAL.is_quarter_end(day) is expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 12, 23), False),
        (date(2026, 12, 24), True),
        (date(2026, 12, 31), True),
        (date(2027, 1, 1), True),
        (date(2027, 1, 2), True),
        (date(2027, 1, 3), False),
        (date(2026, 8, 2), False),
        (date(2026, 8, 3), True),
        (date(2026, 8, 14), True),
        (date(2026, 8, 15), False),
        (date(2026, 3, 27), False),
    ],
)
def test_default_pto(day: date, expected: bool) -> None:
    assert CAL.on_pto(day) is expected


def test_a_pto_range_may_wrap_over_new_year() -> None:
    christmas = Calendar(pto=(((12, 24), (1, 2)),))
    assert christmas.on_pto(date(2026, 12, 30))
    assert christmas.on_pto(date(2027, 1, 2))
    assert not christmas.on_pto(date(2027, 1, 3))
    assert not christmas.on_pto(date(2026, 12, 23))


def test_no_pto_at_all() -> None:
    assert not Calendar(pto=()).on_pto(date(2026, 12, 25))


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (FRIDAY, (1.0, "")),
        (QUARTER_END.date(), (3.0, "quarter-end")),
        (date(2026, 8, 5), (5.0, "pto")),
        (PTO_AND_QUARTER_END.date(), (5.0, "pto")),  # PTO wins over quarter-end
    ],
)
def test_multiplier(day: date, expected: tuple[float, str]) -> None:
    assert CAL.multiplier(day) == expected


# --- tiers ------------------------------------------------------------------------------------------


def test_tiers() -> None:
    assert [(t.name, t.speed, t.promise_minutes) for t in TIERS.values()] == [
        ("free", 1.0, 480),
        ("pro", 0.5, 240),
        ("enterprise", 0.25, math.inf),  # "we'll figure it out": no promise at all
    ]
    assert tier("free").words == "emotional support not guaranteed"
    assert tier("pro").words == "$49/month plus snacks"
    assert tier("enterprise").words == "we'll figure out the SLA"


def test_what_else_each_tier_gets() -> None:
    free, pro, enterprise = TIERS.values()
    assert [(t.mood_bonus, t.around_the_clock, t.unlimited_analysts) for t in (free, pro, enterprise)] == [
        (0.0, False, False),
        (0.2, False, False),  # snacks
        (0.1, True, True),  # equity: nice, but you cannot eat it
    ]
    assert "equity" in enterprise.perk
    assert pro.perk == "snacks"


def test_only_the_free_tier_queues() -> None:
    free, pro, enterprise = TIERS.values()
    assert (free.queue_ticket_minutes, free.max_tickets_ahead) == (15.0, 8)
    assert pro.queue_minutes(seed=3) == enterprise.queue_minutes(seed=3) == 0.0
    assert pro.tickets_ahead(seed=3) == enterprise.tickets_ahead(seed=3) == 0


def test_the_free_queue_is_derived_from_the_seed() -> None:
    free = tier("free")
    assert (free.tickets_ahead(), free.queue_minutes()) == (4, 60.0)  # seed 0
    assert (free.tickets_ahead(seed=8), free.queue_minutes(seed=8)) == (1, 15.0)
    ahead = [free.tickets_ahead(seed) for seed in range(200)]
    assert set(ahead) == set(range(1, 9))  # at least one paid ticket is always ahead: that's the free tier
    assert ahead == [free.tickets_ahead(seed) for seed in range(200)]


def test_a_tier_refuses_nonsense() -> None:
    with pytest.raises(ValueError, match="speed"):
        Tier("gold", 0.0, 60, "")
    with pytest.raises(ValueError, match="promise"):
        Tier("gold", 1.0, 0, "")
    with pytest.raises(ValueError, match="queue"):
        Tier("gold", 1.0, 60, "", queue_ticket_minutes=-1)


def test_tier_names_from_env_vars_are_forgiving() -> None:
    assert tier(" Pro ") is TIERS["pro"]


def test_unknown_tier_lists_the_known_ones() -> None:
    with pytest.raises(ValueError, match=r"unknown tier 'platinum'; choose one of: free, pro, enterprise"):
        tier("platinum")


# --- time scale -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "seconds"),
    [
        ("instant", 0.0),
        ("demo", 1.0),
        (None, 1.0),
        ("realistic", 3600.0),
        (" Realistic ", 3600.0),
        ("2.5", 2.5),
        ("0", 0.0),
        (7, 7.0),
        (0, 0.0),
        (0.25, 0.25),
    ],
)
def test_seconds_per_business_hour(given: str | float | None, seconds: float) -> None:
    result = seconds_per_business_hour(given)
    assert result == seconds
    assert type(result) is float


@pytest.mark.parametrize(
    "given", ["fast", "", "-1", "nan", "inf", -1, -0.5, float("nan"), float("inf"), True]
)
def test_seconds_per_business_hour_rejects_anything_else(given: str | float) -> None:
    with pytest.raises(ValueError, match=r"unknown SLA .*'instant'.*'demo'.*'realistic'.*a number >= 0"):
        seconds_per_business_hour(given)


# --- plans ------------------------------------------------------------------------------------------


def test_plan_on_an_ordinary_day() -> None:
    now = at(FRIDAY, 16, 30)
    assert schedule(60, now=now, tier=tier("free"), seconds_per_hour=1.0) == Timing(
        business_minutes=120,  # four paid tickets ahead (an hour), then Dave's hour
        multiplier=1.0,
        reason="",
        wall_seconds=2.0,
        start=now,
        eta=datetime(2026, 3, 23, 10, 30),
        queue_minutes=60,
        tickets_ahead=4,
    )


@pytest.mark.parametrize(
    ("name", "effort", "work_minutes"),
    [
        ("free", 100, 100),
        ("pro", 100, 50),
        ("enterprise", 100, 25),
        ("free", 10_000, 480),  # the SLA is a promise, however big the query
        ("pro", 10_000, 240),
        ("enterprise", 10_000, 2500),  # no promise: the SLA is "we'll figure it out"
        ("enterprise", 1_000_000, 250_000),
    ],
)
def test_tier_speed_and_promise(name: str, effort: float, work_minutes: float) -> None:
    result = schedule(effort, now=at(FRIDAY, 10), tier=tier(name), seconds_per_hour=0.0)
    assert result.work_minutes == work_minutes


def test_the_free_queue_comes_before_dave_and_outside_the_promise() -> None:
    result = schedule(10_000, now=at(FRIDAY, 10), tier=tier("free"), seconds_per_hour=60.0)
    assert (result.tickets_ahead, result.queue_minutes, result.work_minutes) == (4, 60, 480)
    assert result.business_minutes == 540
    assert result.wall_seconds == 540
    assert result.eta == datetime(2026, 3, 23, 11, 0)  # one business day after Dave picks it up at 11:00
    other_seed = schedule(10_000, now=at(FRIDAY, 10), tier=tier("free"), seconds_per_hour=60.0, seed=8)
    assert (other_seed.queue_minutes, other_seed.eta) == (15, datetime(2026, 3, 23, 10, 15))


def test_pro_is_faster_than_free_and_never_queues() -> None:
    for effort in (10, 60, 200, 10_000):
        for now in (at(FRIDAY, 10), at(FRIDAY, 16, 30), QUARTER_END, PTO_AND_QUARTER_END):
            free = schedule(effort, now=now, tier=tier("free"), seconds_per_hour=1.0)
            pro = schedule(effort, now=now, tier=tier("pro"), seconds_per_hour=1.0)
            assert pro.queue_minutes == 0
            assert pro.eta < free.eta
            assert pro.wall_seconds < free.wall_seconds
    pro = schedule(60, now=at(FRIDAY, 16, 30), tier=tier("pro"), seconds_per_hour=1.0)
    assert (pro.business_minutes, pro.eta) == (30, at(FRIDAY, 17))


def test_enterprise_works_saturday_night() -> None:
    result = schedule(200, now=SATURDAY_NIGHT, tier=tier("enterprise"), seconds_per_hour=1.0)
    assert (result.business_minutes, result.queue_minutes, result.reason) == (50, 0, "")
    assert result.eta == datetime(2026, 3, 21, 23, 50)  # the on-call human: the same night
    assert eta_words(result.start, result.eta) == "in about 50 minutes"
    # The same request on Dave's own calendar waits for Monday morning.
    monday = schedule(200, now=SATURDAY_NIGHT, tier=tier("pro"), seconds_per_hour=1.0).eta
    assert monday == datetime(2026, 3, 23, 10, 40)


def test_enterprise_has_no_cap_and_runs_through_the_night() -> None:
    result = schedule(100_000, now=at(FRIDAY, 10), tier=tier("enterprise"), seconds_per_hour=1.0)
    assert result.business_minutes == 25_000  # far past any promise: there is none
    assert result.eta == at(FRIDAY, 10) + timedelta(minutes=25_000)  # 17 days and 8 hours, nights included


def test_enterprise_ignores_pto_but_not_quarter_end() -> None:
    christmas = schedule(400, now=PTO_AND_QUARTER_END, tier=tier("enterprise"), seconds_per_hour=1.0)
    assert (christmas.multiplier, christmas.reason, christmas.business_minutes) == (3.0, "quarter-end", 300)
    august = schedule(400, now=datetime(2026, 8, 5, 10), tier=tier("enterprise"), seconds_per_hour=1.0)
    assert (august.multiplier, august.eta) == (1.0, datetime(2026, 8, 5, 11, 40))


def test_the_on_call_calendar() -> None:
    assert isinstance(ON_CALL, AroundTheClock)
    assert ON_CALL.day_minutes == 24 * 60
    assert all(ON_CALL.is_business_day(MONDAY + timedelta(days=n)) for n in range(7))
    assert not ON_CALL.on_pto(date(2026, 12, 25))
    assert ON_CALL.add_business_minutes(SATURDAY_NIGHT, 90) == datetime(2026, 3, 22, 0, 30)
    # Quarter-end is the company's last five weekdays, whoever is on call.
    assert [ON_CALL.is_quarter_end(date(2026, 3, d)) for d in (24, 25, 28, 31)] == [False, True, True, True]
    with pytest.raises(ValueError, match="business minutes"):
        ON_CALL.add_business_minutes(SATURDAY_NIGHT, float("inf"))


def test_quarter_end_triples_the_work_the_promise_and_the_queue() -> None:
    result = schedule(10_000, now=QUARTER_END, tier=tier("free"), seconds_per_hour=1.0)
    assert (result.work_minutes, result.multiplier, result.reason) == (1440, 3.0, "quarter-end")
    assert (result.tickets_ahead, result.queue_minutes) == (4, 180)  # 4 tickets × 15 minutes × 3
    assert result.eta == datetime(2026, 4, 1, 13, 0)  # three business days after the queue
    assert schedule(40, now=QUARTER_END, tier=tier("pro"), seconds_per_hour=1.0).business_minutes == 60


def test_pto_beats_quarter_end() -> None:
    result = schedule(10_000, now=PTO_AND_QUARTER_END, tier=tier("free"), seconds_per_hour=1.0)
    assert (result.work_minutes, result.multiplier, result.reason) == (2400, 5.0, "pto")
    assert result.queue_minutes == 300  # 4 tickets × 15 minutes × 5: the queue waits for Dave's holiday too
    assert result.eta == datetime(2027, 1, 4, 15, 0)


def test_a_calendar_without_pto_leaves_only_quarter_end() -> None:
    result = schedule(
        60, now=PTO_AND_QUARTER_END, tier=tier("free"), seconds_per_hour=1.0, calendar=Calendar(pto=())
    )
    assert (result.work_minutes, result.reason) == (180, "quarter-end")


@pytest.mark.parametrize(
    ("sla_name", "wall_seconds"),
    [("demo", 2.0), ("instant", 0.0), ("realistic", 7200.0), ("30", 60.0)],
)
def test_wall_seconds(sla_name: str, wall_seconds: float) -> None:
    scale = seconds_per_business_hour(sla_name)
    result = schedule(240, now=at(FRIDAY, 10), tier=tier("pro"), seconds_per_hour=scale)
    assert result.wall_seconds == wall_seconds
    assert result.eta == at(FRIDAY, 12)  # the time scale never moves Dave's calendar


@pytest.mark.parametrize(
    ("minutes", "seconds_per_hour", "problem"),
    [
        (-1, 1.0, "effort"),
        (float("nan"), 1.0, "effort"),
        (60, -1.0, "seconds_per_hour"),
        (60, float("inf"), "seconds_per_hour"),
    ],
)
def test_plan_rejects_nonsense(minutes: float, seconds_per_hour: float, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        schedule(minutes, now=at(FRIDAY, 10), tier=tier("free"), seconds_per_hour=seconds_per_hour)


# --- how Dave words it ------------------------------------------------------------------------------

NOW = datetime(2026, 11, 27, 10, 0)  # a Friday


@pytest.mark.parametrize(
    ("eta", "words"),
    [
        (NOW, "right now"),
        (NOW + timedelta(seconds=20), "in about a minute"),
        (NOW + timedelta(minutes=1), "in about a minute"),
        (NOW + timedelta(minutes=7), "in about 7 minutes"),
        (NOW + timedelta(minutes=9, seconds=40), "in about 10 minutes"),
        (NOW + timedelta(minutes=12), "in about 10 minutes"),
        (NOW + timedelta(minutes=13), "in about 15 minutes"),
        (NOW + timedelta(minutes=20), "in about 20 minutes"),
        (NOW + timedelta(minutes=58), "in about an hour"),
        (datetime(2026, 11, 27, 11, 0), "by 11:00 today"),
        (datetime(2026, 11, 27, 16, 30), "by 16:30 today"),
        (datetime(2026, 11, 27, 16, 29, 40), "by 16:30 today"),  # rounded up: a promise Dave keeps
        (datetime(2026, 11, 28, 9, 30), "by tomorrow 09:30"),
        (datetime(2026, 11, 30, 9, 30), "by Monday 09:30"),
        (datetime(2026, 12, 3, 17, 0), "by Thursday 17:00"),  # six days on
        (datetime(2026, 12, 4, 10, 30), "by Fri 4 Dec, 10:30"),  # a week on
        (datetime(2026, 12, 7, 10, 30), "by Mon 7 Dec, 10:30"),
        (datetime(2027, 1, 4, 9, 5), "by Mon 4 Jan, 09:05"),
    ],
)
def test_eta_words(eta: datetime, words: str) -> None:
    assert eta_words(NOW, eta) == words


def test_friday_afternoon_request_lands_on_monday() -> None:
    result = schedule(60, now=at(FRIDAY, 16, 30), tier=tier("free"), seconds_per_hour=1.0)
    assert eta_words(result.start, result.eta) == "by Monday 10:30"  # behind four paid tickets
    pro = schedule(120, now=at(FRIDAY, 16, 30), tier=tier("pro"), seconds_per_hour=1.0)
    assert eta_words(pro.start, pro.eta) == "by Monday 09:30"


def test_eta_words_across_midnight_uses_the_rounded_eta() -> None:
    late = datetime(2026, 11, 27, 22, 0)
    assert eta_words(late, datetime(2026, 11, 27, 23, 59, 30)) == "by tomorrow 00:00"


def test_eta_words_compares_aware_times_in_the_askers_zone() -> None:
    paris = timezone(timedelta(hours=1))
    now = datetime(2026, 11, 27, 16, 0, tzinfo=paris)
    assert eta_words(now, datetime(2026, 11, 27, 17, 0, tzinfo=timezone.utc)) == "by 18:00 today"


def test_eta_words_rejects_an_eta_in_the_past() -> None:
    with pytest.raises(ValueError, match="before now"):
        eta_words(NOW, NOW - timedelta(minutes=1))


# --- the module itself ------------------------------------------------------------------------------


def test_docstring_examples() -> None:
    assert doctest.testmod(sla).failed == 0


def test_importing_sla_pulls_in_only_the_standard_library() -> None:
    probe = (
        "import sys, humandb; before = set(sys.modules); import humandb.sla; "
        "print('\\n'.join(sorted(set(sys.modules) - before)))"
    )
    # The repository root goes first, so the probe imports this checkout whether or not it is installed.
    root = str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
    added = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env
    ).stdout.split()
    foreign = [m for m in added if m.split(".")[0] not in sys.stdlib_module_names | {"humandb"}]
    assert "humandb.sla" in added
    assert foreign == []
