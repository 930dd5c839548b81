"""Snacks: the only performance tuning Dave responds to.

A known snack lifts his energy and takes a stated share off the business minutes of his next few
answers; anything healthy-sounding or unknown is politely declined (never an exception).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from humandb.dave import words
from humandb.dave.desk import Boost, Desk

__all__ = ["REFUSED", "SNACKS", "Snack", "offer"]


@dataclass(frozen=True)
class Snack:
    name: str
    energy: float  # how much of a full day's energy it gives back
    faster: float  # the share taken off each of the next `answers` answers
    answers: int


SNACKS = {
    snack.name: snack
    for snack in (
        Snack("coffee", 0.5, 0.10, 3),
        Snack("espresso", 0.6, 0.15, 2),
        Snack("tea", 0.3, 0.05, 3),
        Snack("donut", 0.3, 0.20, 2),
        Snack("bagel", 0.4, 0.15, 3),
        Snack("croissant", 0.3, 0.15, 2),
        Snack("cookie", 0.2, 0.10, 2),
        Snack("pizza", 0.6, 0.30, 5),
        Snack("burrito", 0.5, 0.25, 4),
        Snack("cake", 0.4, 0.25, 3),
        Snack("chocolate", 0.3, 0.20, 2),
    )
}
REFUSED = ("kale", "celery", "salad", "rice cake", "carrot", "quinoa", "protein bar", "tofu")


def offer(desk: Desk, name: str, rng: random.Random) -> str:
    """Offer Dave a snack; he says what he thinks of it (and a known one really speeds him up)."""
    key = " ".join(str(name).lower().split()).removesuffix("s") if str(name).strip() else ""
    snack = SNACKS.get(key)
    if snack is None:
        section = "snack.refused" if any(word in key for word in REFUSED) else "snack.unknown"
        return words.say(section, rng, desk.recent, snack=str(name).strip() or "nothing")
    desk.energy = min(1.0, desk.energy + snack.energy)
    desk.boosts.append(Boost(snack.name, 1.0 - snack.faster, snack.answers))
    reply = words.say("snack.accepted", rng, desk.recent, snack=snack.name,
                      percent=round(snack.faster * 100), answers=snack.answers)
    if snack.name in ("coffee", "espresso"):  # coffee is not a snack, it is a personality
        reply += " " + words.say("coffee", rng, desk.recent)
    return reply
