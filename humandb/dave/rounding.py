"""Human precision: numbers the way a tired analyst reads them out, and his honest slips.

Dave keeps two significant figures ("like 18 thousand", "somewhere around $87,000"), leaves small
counts alone (nobody rounds 7), and about one computed number in five comes out a little off.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["Slip", "human_round", "human_row", "slip", "spoken"]

_SMALL = 20  # counts up to here are read out exactly: everybody can count to twenty
_MONEY_WORDS = ("salary", "amount", "price", "revenue", "total", "cost", "pay", "spend", "income")


def human_round(value: float) -> float:
    """Round to two significant figures, keeping ints as ints and small whole numbers exact.

    >>> human_round(18213), human_round(87123.45), human_round(7), human_round(2.968)
    (18000, 87000.0, 7, 3.0)
    """
    if isinstance(value, bool) or value == 0 or not math.isfinite(value):
        return value
    if isinstance(value, int) and abs(value) <= _SMALL:
        return value
    digits = 1 - math.floor(math.log10(abs(value)))
    rounded = round(value, digits)
    # Keep the stored type: a REAL column stays REAL even when Dave drops the decimals.
    return int(rounded) if isinstance(value, int) else float(rounded)


def human_row(row: tuple[Any, ...], computed: Sequence[bool]) -> tuple[Any, ...]:
    """A row as Dave copies it out: computed numbers rounded his way, stored values as they are.

    >>> human_row(("Engineering", 87123.45, 18213), (False, True, True))
    ('Engineering', 87000.0, 18000)
    """
    return tuple(human_round(value) if index < len(computed) and computed[index] and _number(value) else value
                 for index, value in enumerate(row))


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def is_money(column: str) -> bool:
    name = column.lower()
    return any(word in name for word in _MONEY_WORDS)


def spoken(value: float | None, *, money: bool = False) -> str:
    """How Dave says a (rounded) number out loud.

    >>> spoken(18000), spoken(1800000), spoken(87000, money=True), spoken(240)
    ('18 thousand', '1.8 million', '$87,000', '240')
    """
    if value is None:
        return "nothing"
    magnitude = abs(value)
    if money:
        sign = "-" if value < 0 else ""
        if magnitude >= 1e6:
            return f"{sign}${spoken(magnitude)}"
        return f"{sign}${magnitude:,.{_decimals(magnitude)}f}"
    for size, word in ((1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if magnitude >= size and not (word == "thousand" and magnitude < 10_000):
            return f"{_trim(value / size)} {word}"
    return _trim(value) if isinstance(value, float) else f"{value:,}"


def _decimals(value: float) -> int:
    return 0 if float(value).is_integer() or abs(value) >= 100 else 2


def _trim(value: float) -> str:
    if 0 < abs(value) < 1:
        return f"{value:.2g}"
    text = f"{value:,.1f}"
    return text[:-2] if text.endswith(".0") else text


@dataclass(frozen=True)
class Slip:
    """A number Dave got wrong: where, what it really was, what he said."""

    row: int
    column: int
    exact: float
    reported: float


def slip(value: float, rng: random.Random) -> float:
    """Dave's honest mistake on one number: its second significant figure off by one to three,
    the way a carried digit goes astray. Always differs from the number he should have said."""
    right = human_round(value)
    if right == 0 or (isinstance(value, int) and abs(value) <= _SMALL):
        wrong = right + rng.choice((-2, -1, 1, 2))
    else:
        step = 10.0 ** (math.floor(math.log10(abs(right))) - 1)
        wrong = right + rng.choice((-3, -2, -1, 1, 2, 3)) * step
    return round(wrong) if isinstance(value, int) else float(human_round(wrong))
