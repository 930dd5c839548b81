"""Dave's desk: what he carries from one request to the next.

Energy drains with work (a full business day of queries leaves him at about a third) and comes back
with coffee; the last twenty lines he said keep him from repeating himself; his colleagues are
named once per seed.
"""

from __future__ import annotations

import random
from collections import deque
from dataclasses import dataclass, field

__all__ = ["Desk"]

GARY = "Gary"  # the owner of the ledger pad: a fixed point in an otherwise seeded world


@dataclass
class Desk:
    """The state of Dave's desk for one connection."""

    seed: int = 0
    answered: int = 0
    energy: float = 1.0
    recent: deque[str] = field(default_factory=lambda: deque(maxlen=20))
    mentioned: dict[str, int] = field(default_factory=dict)
    _colleagues: tuple[str, ...] | None = None

    def rng_for(self, text: str) -> random.Random:
        """The random source for one answer: the same seed, turn and text always give the same words."""
        return random.Random(f"{self.seed}:{self.answered}:{text}")

    def work(self, business_minutes: float) -> None:
        """Dave finished a request: one more answer on the pile, a little less energy."""
        self.answered += 1
        self.energy = max(0.05, self.energy - business_minutes / 480 * 0.6)

    def coffee(self) -> None:
        self.energy = min(1.0, self.energy + 0.5)

    @property
    def tired(self) -> bool:
        return self.energy < 0.35

    @property
    def colleagues(self) -> tuple[str, ...]:
        """Gary first, then the people Dave works with, named by Faker from the seed."""
        if self._colleagues is None:
            from faker import Faker

            fake = Faker("en_US")
            fake.seed_instance(self.seed)
            others = dict.fromkeys(fake.first_name() for _ in range(12))
            others.pop(GARY, None)
            others.pop("Dave", None)
            self._colleagues = (GARY, *list(others)[:5])
        return self._colleagues
