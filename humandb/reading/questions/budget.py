"""A least-recently-used cache bounded in bytes, not entries: one hostile catalog can weigh as much as a
thousand ordinary ones, so counting entries bounds nothing.

    >>> cache: ByteBudgetCache[str] = ByteBudgetCache(100)
    >>> for key in "abc":
    ...     cache.put(key, key.upper(), 40)
    >>> cache.get("a") is None, cache.get("c"), cache.used
    (True, 'C', 80)
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from typing import Generic, TypeVar

__all__ = ["ByteBudgetCache"]

T = TypeVar("T")


class ByteBudgetCache(Generic[T]):
    """Keeps values while their estimated sizes add up to at most `budget` bytes; a value bigger than a
    quarter of the budget is not kept at all (it would push out everything else)."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.used = 0
        self._entries: OrderedDict[Hashable, tuple[T, int]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> T | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            self._entries.move_to_end(key)
            return entry[0]

    def put(self, key: Hashable, value: T, size: int) -> None:
        if size > self.budget // 2:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self.used -= old[1]
            self._entries[key] = (value, size)
            self.used += size
            while self.used > self.budget:
                _, (_, dropped) = self._entries.popitem(last=False)
                self.used -= dropped

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self.used = 0

    def __len__(self) -> int:
        return len(self._entries)
