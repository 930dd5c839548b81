"""Dave's desk: what he carries from one request to the next.

Energy drains with work (a full business day of queries leaves him at about a third), comes back a
little at lunch and with coffee, and is whole again each morning; where he is in each section of his
phrasebook (a seeded rotation, so he does not repeat himself); what he remembers saying; where he is
in his day; the odd things he knows about; his colleagues, named once per seed.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import json
import os
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from humandb import errors
from humandb.brain.facts import Oddity
from humandb.dave import words
from humandb.dave.day import Workday
from humandb.dave.intray import InTray
from humandb.dave.memory import Memory

__all__ = ["Boost", "Colleague", "Desk"]

DRAIN_PER_DAY = 1.1  # a whole business day of work takes this much of his energy (lunch gives a little back)

GARY = "Gary"  # the owner of the ledger pad: a fixed point in an otherwise seeded world


@dataclass
class Boost:
    """A snack still working: each of the next `answers` answers takes `factor` of the usual time."""

    snack: str
    factor: float
    answers: int


@dataclass
class Desk:
    """The state of Dave's desk for one connection."""

    seed: int = 0
    turn: int = 0  # requests received so far; each one's words are seeded by its turn
    energy: float = 1.0
    mood_bonus: float = 0.0  # a paying customer's Dave is a happier Dave (the tier says how much)
    rotation: words.Rotation = field(default_factory=words.Rotation)
    greeted: bool = False
    memory: Memory = field(default_factory=Memory)
    day: Workday = field(default_factory=Workday)
    ledger_uses: int = 0
    mentioned: dict[str, int] = field(default_factory=dict)  # oddity → the turn he last mentioned it
    mentions: dict[str, int] = field(default_factory=dict)  # oddity → how many times he has mentioned it
    known: dict[str, tuple[Oddity, ...]] = field(default_factory=dict)  # table → the odd things he knows of
    boosts: list[Boost] = field(default_factory=list)
    intray: InTray = field(default_factory=InTray)
    user: str | None = None
    birthday: datetime.date | None = None  # the user's, if Dave was told
    wished_on: datetime.date | None = None
    _colleagues: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        if self.rotation.seed != self.seed:  # the order of his lines is his own, per seed
            self.rotation = words.Rotation(self.seed)

    def rng_for(self, text: str, turn: int | None = None) -> random.Random:
        """The random source for one answer: the same seed, turn and text always give the same words."""
        key = f"{self.seed}:{self.turn if turn is None else turn}:{text}"
        # Seeding with the UTF-8 bytes is what Random does with a str, so the words stay the same;
        # surrogatepass lets a lone surrogate someone typed seed Dave's refusal rather than crash it.
        return random.Random(key.encode("utf-8", "surrogatepass"))

    def next_turn(self) -> int:
        """A request arrives: it gets the next turn, whether or not anyone asks for Dave's words."""
        self.turn += 1
        return self.turn

    @property
    def asks(self) -> str:
        """The colleague Dave asks when he's stuck: always the same one, for a given seed."""
        return self.colleagues[1]

    @property
    def blames(self) -> str:
        """The colleague Dave quietly blames for odd data: always the same one, for a given seed."""
        return self.colleagues[2]

    def refuse(self, kind: type[errors.Error], section: str, cause: str, about: str = "") -> errors.Error:
        """The error to raise when Dave can't do something: his words from `section`, then the cause."""
        rng = self.rng_for(about or cause)
        queued = self._queued(cause) if section == "error.missing" else None
        if queued is not None:  # he made it himself, eventually: it is in his in-tray, not missing
            return kind(words.say("error.missing.queued", rng, table=queued), cause)
        return kind(words.say(section, rng, colleague=self.colleague(rng)), cause)

    def _queued(self, cause: str) -> str | None:
        """The table a "no such table" is about, when a CREATE for it waits in the in-tray."""
        missing = re.search(r"no such table: (?:\w+\.)?(\S+)", cause)
        if missing is None:
            return None
        name = missing.group(1).lower()
        for pending in self.intray.items:
            if pending.statement.kind == "create" and name in (table.lower() for table in pending.statement.tables):
                return missing.group(1)
        return None

    def work(self, business_minutes: float) -> None:
        """Dave finished a piece of work: a little less energy, and one answer less on each snack."""
        self.energy = max(0.05, self.energy - business_minutes / 480 * DRAIN_PER_DAY)
        for boost in self.boosts:
            boost.answers -= 1
        self.boosts = [boost for boost in self.boosts if boost.answers > 0]

    def coffee(self) -> None:
        self.energy = min(1.0, self.energy + 0.5)

    def is_birthday(self, today: datetime.date) -> bool:
        return self.birthday is not None and (self.birthday.month, self.birthday.day) == (today.month, today.day)

    def pace(self, today: datetime.date) -> float:
        """How much of his usual time Dave needs right now: snacks and your birthday make him quicker."""
        pace = 1.0
        for boost in self.boosts:
            pace *= boost.factor
        return pace * (0.8 if self.is_birthday(today) else 1.0)

    @property
    def tired(self) -> bool:
        return self.energy + self.mood_bonus < 0.35

    def colleague(self, rng: random.Random) -> Colleague:
        """Someone Dave might ask or blame; named only if a line actually mentions them."""
        return Colleague(self.seed, rng.random())

    @property
    def colleagues(self) -> tuple[str, ...]:
        """Gary first, then the people Dave works with, named by Faker from the seed."""
        if self._colleagues is None:
            self._colleagues = _colleagues(self.seed)
        return self._colleagues


@functools.lru_cache(maxsize=64)
def _colleagues(seed: int) -> tuple[str, ...]:
    # Faker costs 100 ms and 12 MB to import and milliseconds to build: the names a seed gives are kept in
    # the cache folder beside the sample, so only the first process to need them pays.
    if not 0 <= seed < _KEPT_BELOW:
        return _named_by_faker(seed)
    named = _kept_colleagues(seed)
    if named is None:
        named = _named_by_faker(seed)
        _keep_colleagues(seed, named)
    return named


_KEPT_SEEDS = 512  # seeds whose colleagues the cache file holds (a few KB); the earliest kept go first
# Seeds people choose are small numbers, asked for again and again; a web visitor's seed is a 64-bit hash used
# by one visitor only, and keeping it would only push the others out of the file.
_KEPT_BELOW = 1 << 32


def _colleagues_file() -> Path:
    from humandb.brain.sample_cache import cache_dir
    from humandb.version import __version__

    return cache_dir() / f"colleagues-{__version__}.json"


def _kept_colleagues(seed: int) -> tuple[str, ...] | None:
    try:
        kept = json.loads(_colleagues_file().read_text(encoding="utf-8"))
        names = kept[str(seed)]
    except (OSError, ValueError, KeyError, TypeError):
        return None  # none yet, or a file someone else broke: Faker names them again
    if isinstance(names, list) and names and all(isinstance(name, str) for name in names):
        return tuple(names)
    return None


def _keep_colleagues(seed: int, names: tuple[str, ...]) -> None:
    path = _colleagues_file()
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(kept, dict):
            kept = {}
    except (OSError, ValueError):
        kept = {}
    kept[str(seed)] = list(names)
    kept = dict(list(kept.items())[-_KEPT_SEEDS:])
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with contextlib.suppress(OSError):  # a read-only cache only costs the next process a Faker
        temporary.write_text(json.dumps(kept), encoding="utf-8")
        os.replace(temporary, path)  # whole or not at all, for a process reading it at the same time
    with contextlib.suppress(OSError):
        temporary.unlink(missing_ok=True)  # left only if the replace failed


def _named_by_faker(seed: int) -> tuple[str, ...]:
    from faker import Faker

    fake = Faker("en_US")
    fake.seed_instance(seed)
    others = dict.fromkeys(fake.first_name() for _ in range(12))
    others.pop(GARY, None)
    others.pop("Dave", None)
    return (GARY, *list(others)[:5])


class Colleague:
    """A colleague slot for the phrasebook: a value (the seed and a pick), named by Faker only when a line
    that mentions one is rendered."""

    __slots__ = ("pick", "seed")

    def __init__(self, seed: int, pick: float) -> None:
        self.seed = seed
        self.pick = pick

    def __format__(self, spec: str) -> str:
        others = _colleagues(self.seed)[1:]  # not Gary: he has his own lines
        return format(others[int(self.pick * len(others))], spec)

    def __str__(self) -> str:
        return format(self, "")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Colleague) and (self.seed, self.pick) == (other.seed, other.pick)

    def __hash__(self) -> int:
        return hash((self.seed, self.pick))
