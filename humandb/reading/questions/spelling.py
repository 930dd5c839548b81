"""Spelling: the one-letter deletions of a word and the edits between two words, what typos are found with.

Kept apart from typos.py because the index builds its deletions dictionary with them, and typos.py reads
the index: both lean on these, neither on the other's module.
"""

from __future__ import annotations

__all__ = ["deletions", "distance"]


def deletions(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def distance(one: str, other: str) -> int:
    """Edits between two words: insertions, deletions, substitutions and swaps of neighbours."""
    previous2: list[int] = []
    previous = list(range(len(other) + 1))
    for i in range(1, len(one) + 1):
        current = [i] + [0] * len(other)
        for j in range(1, len(other) + 1):
            cost = 0 if one[i - 1] == other[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and one[i - 1] == other[j - 2] and one[i - 2] == other[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]
