"""What Dave remembers saying: the same question on the same day gets the same words about the same data,
and he notices when it comes back ("Same as an hour ago. Still about 18 thousand.").

He keeps, per question (typed a little differently is still the same question), when it was first
and last asked, how often, and the number he said; and per table, the size he counted, so that a
later count of part of it can be put against the whole. What he keeps is bounded: a web visitor's
desk must not grow without end.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

__all__ = ["Asked", "Memory", "question_key", "since"]

_KEPT = 256  # questions remembered; the oldest is forgotten first


@functools.lru_cache(maxsize=1024)
def question_key(text: str) -> str:
    """The same question typed a little differently is still the same question."""
    return re.sub(r"[\s;?!.]+", " ", text.lower()).strip()


@dataclass
class Asked:
    """One question as Dave remembers it."""

    first: datetime.datetime
    last: datetime.datetime
    times: int  # asked this many times, counting this one
    today: int  # ... of them on the day of `last`
    number: str  # the main number he said last time ("about 18 thousand orders"), "" if none
    result: Any  # what the result was, to tell a repeat from a change


@dataclass(frozen=True)
class Repeat:
    """How a question came back: the memory before this asking, and whether the answer moved."""

    before: Asked
    changed: bool


class Memory:
    def __init__(self) -> None:
        self.asked: OrderedDict[str, Asked] = OrderedDict()
        self.sizes: dict[str, tuple[int, str]] = {}  # table → (rows, as he said it)

    def ask(self, key: str, now: datetime.datetime, number: str, result: Any) -> Repeat | None:
        """Note that `key` was answered at `now` with `number`; the earlier asking, if there was one."""
        known = self.asked.pop(key, None)
        if known is None:
            self.asked[key] = Asked(now, now, 1, 1, number, result)
            while len(self.asked) > _KEPT:
                self.asked.popitem(last=False)
            return None
        before = known  # out of his memory now (a new one takes its place), so it can be handed over as it is
        same_day = known.last.date() == now.date()
        self.asked[key] = Asked(known.first, now, known.times + 1, known.today + 1 if same_day else 1, number,
                                result)
        return Repeat(before, changed=known.result != result)

    def times(self, key: str) -> int:
        known = self.asked.get(key)
        return known.times if known is not None else 0


def since(then: datetime.datetime, now: datetime.datetime) -> str:
    """How long ago, the way people say it on the same day: "a minute ago", "an hour ago", "this morning"."""
    minutes = (now - then).total_seconds() / 60
    if now.date() != then.date():
        days = (now.date() - then.date()).days
        return "yesterday" if days == 1 else f"on {_DAYS[then.weekday()]}" if days < 7 else "a while back"
    if minutes < 2:
        return "a minute ago"
    if minutes < 45:
        return "a few minutes ago"
    if minutes < 100:
        return "an hour ago"
    if minutes < 200:
        return "a couple of hours ago"
    return "this morning" if then.hour < 12 else "earlier today"


_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
