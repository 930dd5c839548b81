"""Enterprise teams: who is looped in, how the work divides, and Brooks's law on the clock."""

from __future__ import annotations

import math
from itertools import pairwise

import pytest

from humandb.dave.desk import GARY, Desk
from humandb.dave.team import (
    DAVE,
    MEETING_ROOM,
    PAIR_MINUTES,
    STANDUP_MINUTES,
    UNLIMITED,
    Analyst,
    TeamWork,
    assemble,
    best_team_size,
    roster,
    split,
)

SEEDS = (0, 1, 7, 42, 2026)
BIG_JOBS = (150.0, 500.0, 2000.0, 10_000.0)


def curve(work: float, seed: int, limit: int = MEETING_ROOM) -> list[float]:
    """elapsed(n) for n = 1..limit; index 0 is Dave alone."""
    everyone = roster(seed, limit)
    return [split(work, everyone[:size]).elapsed_minutes for size in range(1, limit + 1)]


def falls(values: list[float]) -> bool:
    return all(earlier > later for earlier, later in pairwise(values))


def rises(values: list[float]) -> bool:
    return all(earlier < later for earlier, later in pairwise(values))


# --- the roster -------------------------------------------------------------------------------------


def test_dave_comes_first_then_colleagues_named_from_the_seed() -> None:
    team = roster(7, 6)
    assert team[0] == Analyst(DAVE, 1.0, team[0].mood)
    assert len(team) == 6
    assert len({analyst.name for analyst in team}) == 6
    assert roster(7, 6) == team  # emotionally consistent
    assert roster(8, 6) != team


@pytest.mark.parametrize("seed", range(40))
def test_nobody_else_is_called_dave_or_gary(seed: int) -> None:
    names = [analyst.name for analyst in roster(seed, 30)]
    assert names[0] == DAVE
    assert DAVE not in names[1:]
    assert GARY not in names


@pytest.mark.parametrize("seed", SEEDS)
def test_the_team_is_the_office_dave_already_talks_about(seed: int) -> None:
    office = Desk(seed=seed).colleagues[1:]  # without Gary, who keeps the ledger pad and his distance
    assert tuple(analyst.name for analyst in roster(seed, 1 + len(office))[1:]) == office


@pytest.mark.parametrize("seed", SEEDS)
def test_a_smaller_roster_is_the_start_of_a_bigger_one(seed: int) -> None:
    assert roster(seed, 12)[:5] == roster(seed, 5)


@pytest.mark.parametrize("seed", SEEDS)
def test_each_colleague_looped_in_knows_the_data_no_better_than_the_last(seed: int) -> None:
    speeds = [analyst.speed for analyst in roster(seed, 40)]
    assert speeds[0] == 1.0
    assert speeds == sorted(speeds, reverse=True)
    assert all(0 < speed <= 1 for speed in speeds)
    assert all(0 <= analyst.mood <= 1 for analyst in roster(seed, 40))


@pytest.mark.parametrize("size", [0, -1, UNLIMITED + 1])
def test_a_roster_needs_at_least_dave_and_at_most_unlimited(size: int) -> None:
    with pytest.raises(ValueError, match="analysts"):
        roster(0, size)


def test_an_analyst_needs_a_speed_and_a_sane_mood() -> None:
    with pytest.raises(ValueError, match="speed"):
        Analyst("Priya", 0.0, 0.5)
    with pytest.raises(ValueError, match="mood"):
        Analyst("Priya", 1.0, 1.5)


# --- splitting the work -----------------------------------------------------------------------------

PRIYA = Analyst("Priya", 1.0, 0.8)
TOM = Analyst("Tom", 0.5, 0.6)
ANA = Analyst("Ana", 0.5, 0.9)
ALONE = Analyst(DAVE, 1.0, 0.5)


def test_dave_alone_takes_exactly_his_own_minutes_and_has_no_meetings() -> None:
    assert split(90, (ALONE,)) == TeamWork((ALONE,), 90, 0.0, 90.0, ())
    assert split(90, (ALONE,)).roll_call == ""


def test_two_analysts_halve_the_work_and_add_a_standup_and_a_slack_thread() -> None:
    team = split(120, (ALONE, PRIYA))
    assert team.coordination_minutes == STANDUP_MINUTES + PAIR_MINUTES == 35
    assert team.elapsed_minutes == 60 + 35
    assert team.meetings == ("15-minute stand-up", "a Slack thread")
    assert team.shares == (60, 60)
    assert (team.size, team.colleagues, team.roll_call) == (2, ("Priya",), "Priya")


def test_four_analysts_split_by_speed_and_meet_about_meeting() -> None:
    team = split(300, (ALONE, PRIYA, TOM, ANA))
    assert team.coordination_minutes == 15 + 20 * 6  # six pairs to keep in the loop
    assert team.elapsed_minutes == 300 / 3 + 135
    assert team.shares == (100, 100, 50, 50)
    assert team.meetings == ("15-minute stand-up", "a Slack thread", "sync meeting")
    assert team.roll_call == "Priya, Tom and Ana"


def test_big_teams_meet_about_the_meetings() -> None:
    assert "sync meeting about the sync meeting" in split(1, roster(0, 5)).meetings
    assert "sync meeting about the sync meeting" not in split(1, roster(0, 4)).meetings
    assert split(1, roster(0, 8)).meetings[-1] == "retro on why the sync meetings ran long"


@pytest.mark.parametrize("work", [-1.0, math.nan, math.inf])
def test_split_refuses_nonsense(work: float) -> None:
    with pytest.raises(ValueError, match="work"):
        split(work, (ALONE,))
    with pytest.raises(ValueError, match="work"):
        best_team_size(work, 0)


def test_split_needs_somebody() -> None:
    with pytest.raises(ValueError, match="at least one analyst"):
        split(60, ())


# --- Brooks's law -----------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("work", BIG_JOBS)
def test_the_curve_falls_to_one_best_size_then_rises(work: float, seed: int) -> None:
    elapsed = curve(work, seed)
    best = best_team_size(work, seed)
    assert best > 1, "a job this big is worth a colleague"
    assert elapsed[best - 1] == min(elapsed)
    falling, rising = elapsed[:best], elapsed[best - 1 :]
    assert falls(falling)
    assert rises(rising)


@pytest.mark.parametrize("seed", SEEDS)
def test_past_the_best_size_more_analysts_make_the_answer_later(seed: int) -> None:
    elapsed = curve(500, seed, limit=20)
    best = best_team_size(500, seed)
    assert elapsed[0] > elapsed[1] > elapsed[best - 1]  # a colleague helps at first
    assert elapsed[best - 1] < elapsed[best] < elapsed[best + 3] < elapsed[19]
    assert elapsed[19] > elapsed[0]  # twenty people: later than Dave on his own


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("work", [0.0, 10.0, 30.0, 60.0])
def test_small_jobs_are_best_done_by_dave_alone(work: float, seed: int) -> None:
    assert best_team_size(work, seed) == 1
    elapsed = curve(work, seed)
    assert rises(elapsed)


@pytest.mark.parametrize("seed", SEEDS)
def test_bigger_jobs_want_bigger_teams_up_to_the_meeting_room(seed: int) -> None:
    sizes = [best_team_size(work, seed) for work in (30, 150, 500, 2000, 10_000, 10**7)]
    assert sizes == sorted(sizes)
    assert sizes[0] == 1
    assert sizes[-1] == MEETING_ROOM
    assert best_team_size(10**7, seed, limit=3) == 3


# --- the enterprise team ----------------------------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("work", [20.0, 150.0, 2000.0])
def test_management_assembles_the_fastest_team(work: float, seed: int) -> None:
    team = assemble(work, seed)
    assert team.size == best_team_size(work, seed)
    assert team.analysts == roster(seed, team.size)
    assert team.elapsed_minutes == min(curve(work, seed))
    assert team.elapsed_minutes <= work  # never later than Dave alone


def test_a_customer_may_insist_on_a_bigger_team_and_wait_longer_for_it() -> None:
    insisted = assemble(150, seed=0, requested=10)
    assert insisted.size == 10
    assert insisted.elapsed_minutes > assemble(150, seed=0).elapsed_minutes
    assert insisted.elapsed_minutes > 150  # ten analysts: slower than Dave alone
    with pytest.raises(ValueError, match="analysts"):
        assemble(150, seed=0, requested=0)


def test_an_enterprise_query_is_a_team_effort_around_the_clock() -> None:
    import datetime

    import humandb
    from humandb.stage.clock import FakeClock

    saturday_night = datetime.datetime(2026, 11, 21, 23, 0)
    con = humandb.connect(sla="demo", tier="enterprise", seed=3, clock=FakeClock(saturday_night), show=False,
                          accuracy=1.0)
    cursor = con.execute(
        "SELECT c.country, SUM(o.amount) FROM orders o JOIN customers c ON c.id = o.customer_id "
        "GROUP BY c.country ORDER BY 2 DESC"
    )
    answer = cursor.answer
    assert answer is not None
    lines = answer.report.script.lines()
    assert any("👥" in line for line in lines) and any("stand-up" in line for line in lines)
    assert answer.timing.eta.date() == saturday_night.date()  # the on-call human works weekends
    free = humandb.connect(sla="demo", seed=3, clock=FakeClock(saturday_night), show=False)
    slower = free.execute(
        "SELECT c.country, SUM(o.amount) FROM orders o JOIN customers c ON c.id = o.customer_id "
        "GROUP BY c.country ORDER BY 2 DESC"
    )
    assert slower.answer is not None and slower.answer.timing.eta.weekday() == 0  # free tier: Monday
    assert any("🎫" in line for line in slower.answer.report.script.lines())
