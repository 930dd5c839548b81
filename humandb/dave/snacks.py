"""Snacks: the only performance tuning Dave responds to.

A snack lifts his energy and takes a stated share off the business minutes of his next few answers.
He knows his food and drink: coffee (which is a personality, and which he counts: the fifth of the
day is one too many), tea, biscuits, crisps, muffins, sandwiches, pizza. A snack he doesn't
recognise is still a snack: he eats it, a little warily. Beer waits for Friday afternoon; anything
that sounds like a salad is politely declined (never an exception).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from humandb.dave import grammar, words
from humandb.dave.desk import Boost, Desk

__all__ = ["REFUSED", "SNACKS", "Snack", "offer"]


@dataclass(frozen=True)
class Snack:
    name: str
    energy: float  # how much of a full day's energy it gives back
    faster: float  # the share taken off each of the next `answers` answers
    answers: int
    kind: str = "food"  # food, drink, coffee, beer
    some: bool = False  # said with "some" ("some crisps", "some chocolate") rather than "a"


def _menu(*snacks: Snack) -> dict[str, Snack]:
    return {snack.name: snack for snack in snacks}


SNACKS = _menu(
    Snack("coffee", 0.5, 0.10, 3, "coffee"),
    Snack("espresso", 0.6, 0.15, 2, "coffee"),
    Snack("latte", 0.45, 0.10, 3, "coffee"),
    Snack("cappuccino", 0.45, 0.10, 3, "coffee"),
    Snack("flat white", 0.5, 0.10, 3, "coffee"),
    Snack("tea", 0.3, 0.05, 3, "drink"),
    Snack("hot chocolate", 0.3, 0.10, 2, "drink"),
    Snack("donut", 0.3, 0.20, 2),
    Snack("bagel", 0.4, 0.15, 3),
    Snack("croissant", 0.3, 0.15, 2),
    Snack("cookie", 0.2, 0.10, 2),
    Snack("biscuit", 0.2, 0.10, 2, some=True),
    Snack("muffin", 0.3, 0.15, 2),
    Snack("brownie", 0.3, 0.15, 2),
    Snack("crisps", 0.2, 0.10, 2, some=True),
    Snack("chips", 0.2, 0.10, 2, some=True),
    Snack("pretzel", 0.2, 0.10, 2),
    Snack("popcorn", 0.2, 0.10, 2, some=True),
    Snack("sandwich", 0.5, 0.20, 3),
    Snack("pizza", 0.6, 0.30, 5, some=True),
    Snack("burrito", 0.5, 0.25, 4),
    Snack("cake", 0.4, 0.25, 3, some=True),
    Snack("chocolate", 0.3, 0.20, 2, some=True),
    Snack("beer", 0.2, 0.0, 1, "beer"),
    Snack("wine", 0.2, 0.0, 1, "beer", some=True),
)
_CALLED = {"doughnut": "donut", "biscuits": "biscuit", "cookies": "cookie", "crisp": "crisps", "chip": "chips",
           "sandwiches": "sandwich", "cupcake": "muffin", "coffees": "coffee", "lager": "beer", "ale": "beer",
           "pint": "beer", "americano": "coffee", "mocha": "latte", "cuppa": "tea", "slice of pizza": "pizza",
           "pizza slice": "pizza", "choc": "chocolate", "flapjack": "brownie"}
REFUSED = ("kale", "celery", "salad", "rice cake", "carrot", "quinoa", "protein bar", "tofu", "broccoli", "lentil")
# Not food, whatever anyone says: he thanks you and does not eat it.
INEDIBLE = ("oil", "glue", "stapler", "paper", "soap", "battery", "batteries", "toner", "pen", "pencil", "sock",
            "keyboard", "brick", "sand", "cable", "charger", "laptop", "phone", "post-it", "postit", "rock")
_EMOJI = {"☕": "coffee", "🍵": "tea", "🍩": "donut", "🍪": "cookie", "🥐": "croissant", "🍕": "pizza", "🥯": "bagel",
          "🌯": "burrito", "🍰": "cake", "🎂": "cake", "🧁": "muffin", "🍫": "chocolate", "🥨": "pretzel",
          "🍿": "popcorn", "🥪": "sandwich", "🍺": "beer", "🍻": "beer", "🍷": "wine", "🥦": "broccoli",
          "🥗": "salad", "🥕": "carrot"}
_UNKNOWN = Snack("", 0.15, 0.05, 2)  # whatever it is, it is food, probably
_LONGEST = 40


def _known(key: str) -> Snack | None:
    """The snack called `key` (plural, a brand-ish adjective or two in front, "a"/"some": all fine)."""
    for candidate in (key, grammar.singular(key) or key):
        candidate = _CALLED.get(candidate, candidate)
        if candidate in SNACKS:
            return SNACKS[candidate]
    words_ = key.split()
    if len(words_) > 1:  # "chocolate digestive biscuits" is a biscuit; "oat milk latte" is a latte
        return _known(" ".join(words_[1:]))
    return None


def _as_offered(key: str, snack: Snack | None) -> str:
    """How Dave says what he was given: "a donut", "some crisps", "an éclair"."""
    if snack is not None and snack.some:
        return f"some {key}"
    if grammar.singular(key):  # a plural: "some macarons"
        return f"some {key}"
    return grammar.a(key)


def offer(desk: Desk, name: object, rng: random.Random) -> str:
    """Offer Dave a snack; he says what he thinks of it (and a snack really speeds him up)."""
    text = " ".join(str(name).split())[:_LONGEST].strip()
    key = " ".join(_EMOJI.get(char, char) for char in text.lower().split()) if text else ""
    key = _EMOJI.get(key, key)
    for article in ("a ", "an ", "some ", "the ", "two ", "a few "):
        key = key.removeprefix(article)
    if not key:
        return words.say("snack.nothing", rng, desk.rotation)
    if any(word in key for word in REFUSED):
        return words.say("snack.refused", rng, desk.rotation, snack=key, offered=_as_offered(key, None))
    if any(word in INEDIBLE for word in key.replace("-", " ").split()) or not any(c.isalpha() for c in key):
        return words.say("snack.inedible", rng, desk.rotation, snack=key, offered=_as_offered(key, None))
    snack = _known(key)
    if snack is not None and snack.kind == "beer":
        friday = desk.day.today is not None and desk.day.today.weekday() == 4
        return words.say("snack.beer.friday" if friday else "snack.beer", rng, desk.rotation, snack=key,
                         offered=_as_offered(key, snack))
    eaten = snack or _UNKNOWN
    if eaten.kind == "coffee" and desk.day.coffees + 1 >= len(_COFFEES):
        desk.day.coffees += 1  # one too many: it goes to the plant, and does nothing for the SLA
        return words.say(_COFFEES[-1], rng, desk.rotation, snack=key, offered=_as_offered(key, snack))
    desk.energy = min(1.0, desk.energy + eaten.energy)
    desk.boosts.append(Boost(eaten.name or key, 1.0 - eaten.faster, eaten.answers))
    slots = {"snack": key, "offered": _as_offered(key, snack), "percent": round(eaten.faster * 100),
             "answers": grammar.counted(eaten.answers, "answer"), "next": _next(eaten.answers)}
    if eaten.kind == "coffee":  # coffee is not a snack, it is a personality; he counts them
        desk.day.coffees += 1
        return words.say(_COFFEES[min(desk.day.coffees, len(_COFFEES)) - 1], rng, desk.rotation, **slots)
    section = {"drink": "snack.drink", "food": "snack.food"}[eaten.kind] if snack else "snack.unknown"
    return words.say(section, rng, desk.rotation, **slots)


_COFFEES = ("coffee.first", "coffee.second", "coffee.third", "coffee.fourth", "coffee.too_many")


def _next(answers: int) -> str:
    """ "my next answer", "my next three answers"."""
    return "my next answer" if answers == 1 else f"my next {grammar.counted(answers, 'answer')}"
