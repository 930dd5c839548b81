"""Enterprise analysts: Dave and as many colleagues as it takes, and what Brooks's law charges for them.

The work divides among the analysts in proportion to their speed, but a team of two or more starts
with a stand-up, and every pair of analysts must keep each other in the loop:

    elapsed(n) = work / (sum of the n speeds) + STANDUP_MINUTES·[n > 1] + PAIR_MINUTES·n(n-1)/2

Colleagues are looped in from the one who knows the data best, so each is at most as quick as the
one before; and the stand-up is no longer than one pair's coordination. Together these make what
each extra analyst saves shrink and what they cost grow, so elapsed(n) falls to one best size and
rises after it: adding people to a late query makes it later.

>>> team = split(120, (Analyst("Dave", 1.0, 0.5), Analyst("Priya", 1.0, 0.8)))
>>> team.elapsed_minutes, team.coordination_minutes, team.meetings
(95.0, 35.0, ('15-minute stand-up', 'a Slack thread'))
>>> team.roll_call
'Priya'
"""

from __future__ import annotations

import functools
import math
import random
from dataclasses import dataclass

from humandb.dave.desk import GARY

__all__ = [
    "DAVE",
    "MEETING_ROOM",
    "PAIR_MINUTES",
    "STANDUP_MINUTES",
    "UNLIMITED",
    "Analyst",
    "TeamWork",
    "assemble",
    "best_team_size",
    "roster",
    "split",
]

DAVE = "Dave"
STANDUP_MINUTES = 15.0
# Keeping one pair of analysts in the loop: their Slack thread, their share of the sync meetings.
# It must be at least the stand-up, or the second analyst's cost would exceed the third's and the
# curve could wobble instead of having one best size.
PAIR_MINUTES = 20.0
MEETING_ROOM = 12  # the biggest room on the floor: management never sizes a team beyond it
UNLIMITED = 200  # "unlimited analysts", as the appendix of the enterprise contract defines it

# Each colleague looped in knows the data a little less than the one before: 80-100% of their speed.
_KNOW_HOW_DECAY = (0.8, 1.0)
_SLOWEST = 0.05  # even the two-hundredth analyst finds the spreadsheet eventually
_DAVE_MOOD = (0.3, 0.7)  # mildly exhausted; the desk's energy is the real thing
_COLLEAGUE_MOOD = (0.4, 1.0)  # they have not been doing this since 1987

# What the coordination time goes on, by team size: the minutes are the stand-up and the pairs,
# these are just the names the calendar invites carry.
_MEETINGS = (
    (2, "15-minute stand-up"),
    (2, "a Slack thread"),
    (3, "sync meeting"),
    (5, "sync meeting about the sync meeting"),
    (8, "retro on why the sync meetings ran long"),
)


@dataclass(frozen=True)
class Analyst:
    """One analyst at one desk: a name, a speed factor (Dave is 1.0) and a mood from 0 to 1."""

    name: str
    speed: float
    mood: float

    def __post_init__(self) -> None:
        if not (self.speed > 0 and math.isfinite(self.speed)):
            raise ValueError(f"{self.name}'s speed must be a finite number > 0, got {self.speed!r}")
        if not 0.0 <= self.mood <= 1.0:
            raise ValueError(f"{self.name}'s mood must be in [0, 1], got {self.mood!r}")


@dataclass(frozen=True)
class TeamWork:
    """How a piece of work went with a team: who, how much coordination, and when it was done."""

    analysts: tuple[Analyst, ...]
    work_minutes: float  # Dave's business minutes of effort, had he done it all alone
    coordination_minutes: float  # stand-up plus keeping every pair in the loop
    elapsed_minutes: float  # the split work plus the coordination: when the answer lands
    meetings: tuple[str, ...]  # what the coordination was spent on

    @property
    def size(self) -> int:
        return len(self.analysts)

    @property
    def colleagues(self) -> tuple[str, ...]:
        """The names Dave looped in (everyone but him)."""
        return tuple(analyst.name for analyst in self.analysts[1:])

    @property
    def roll_call(self) -> str:
        """The colleagues as Dave says them: "", "Priya", "Priya and Tom", "Priya, Tom and Ana"."""
        names = self.colleagues
        if len(names) <= 1:
            return "".join(names)
        return f"{', '.join(names[:-1])} and {names[-1]}"

    @property
    def shares(self) -> tuple[float, ...]:
        """The minutes of work each analyst does, in roster order: the quicker, the more."""
        total_speed = sum(analyst.speed for analyst in self.analysts)
        return tuple(self.work_minutes * analyst.speed / total_speed for analyst in self.analysts)


def roster(seed: int, size: int) -> tuple[Analyst, ...]:
    """Dave first, then `size - 1` colleagues named by Faker from `seed`, never Dave or Gary.

    A smaller roster is always the start of a bigger one, and the colleagues are the people Dave's
    desk already talks about (the same seeded names, in the same order).
    """
    if not 1 <= size <= UNLIMITED:
        raise ValueError(f"a team has 1 to {UNLIMITED} analysts (unlimited, within reason), got {size!r}")
    return _roster(seed, size)


@functools.lru_cache(maxsize=64)
def _roster(seed: int, size: int) -> tuple[Analyst, ...]:
    # Speeds and moods from the standard library, so they do not move with Faker's version.
    rng = random.Random(f"team:{seed}")
    team = [Analyst(DAVE, 1.0, round(rng.uniform(*_DAVE_MOOD), 2))]
    speed = 1.0
    for name in _names(seed, size - 1):
        speed *= rng.uniform(*_KNOW_HOW_DECAY)
        # Rounding and the floor are both monotone, so speeds still never increase down the roster.
        team.append(Analyst(name, max(_SLOWEST, round(speed, 2)), round(rng.uniform(*_COLLEAGUE_MOOD), 2)))
    return tuple(team)


def _names(seed: int, count: int) -> list[str]:
    """Distinct first names, drawn as the desk draws its colleagues, so both agree on who is who."""
    from faker import Faker  # slow to import: only when a team is actually assembled

    fake = Faker("en_US")
    fake.seed_instance(seed)
    names: list[str] = []
    taken = {DAVE, GARY}
    # Far more draws than any roster needs; a bound so a bad Faker locale cannot loop for ever.
    for _ in range(50 * count + 100):
        if len(names) == count:
            break
        name = fake.first_name()
        if name not in taken:
            taken.add(name)
            names.append(name)
    if len(names) < count:
        raise ValueError(f"Faker ran out of distinct first names after {len(names)} colleagues")
    return names


def split(work_minutes: float, analysts: tuple[Analyst, ...]) -> TeamWork:
    """Divide `work_minutes` of Dave's effort among `analysts` and charge for the coordination."""
    _check_work(work_minutes)
    if not analysts:
        raise ValueError("a team needs at least one analyst (Dave)")
    coordination = _coordination_minutes(len(analysts))
    elapsed = work_minutes / sum(analyst.speed for analyst in analysts) + coordination
    return TeamWork(analysts, work_minutes, coordination, elapsed, _meetings(len(analysts)))


def best_team_size(work_minutes: float, seed: int, limit: int = MEETING_ROOM) -> int:
    """The team size, 1 to `limit`, whose answer lands first; the smaller on a tie (fewer people to feed).

    >>> best_team_size(30, seed=0), best_team_size(5000, seed=0)
    (1, 6)
    """
    _check_work(work_minutes)
    everyone = roster(seed, limit)
    elapsed = [split(work_minutes, everyone[:size]).elapsed_minutes for size in range(1, limit + 1)]
    return 1 + elapsed.index(min(elapsed))


def assemble(work_minutes: float, seed: int, requested: int | None = None) -> TeamWork:
    """The enterprise team for `work_minutes`: `requested` analysts, or else the best size.

    The contract says "unlimited analysts"; management reads it as "as many as make it fastest, up to
    the meeting room", which for most small queries is Dave on his own.
    """
    size = best_team_size(work_minutes, seed) if requested is None else requested
    return split(work_minutes, roster(seed, size))


def _coordination_minutes(size: int) -> float:
    standup = STANDUP_MINUTES if size > 1 else 0.0
    return standup + PAIR_MINUTES * size * (size - 1) / 2


def _meetings(size: int) -> tuple[str, ...]:
    return tuple(name for smallest, name in _MEETINGS if size >= smallest)


def _check_work(work_minutes: float) -> None:
    if not math.isfinite(work_minutes) or work_minutes < 0:
        raise ValueError(f"work must be a finite number of minutes >= 0, got {work_minutes!r}")
