"""Typos: the known word a misspelt one most likely meant ("salery" → "salary", "custmers" → "customers").

rapidfuzz (a C library) scans the catalog's words, so even 20,000 names cost about a millisecond; the word
is capped in length and the reader caps how many words it corrects, so the work per question is bounded.
A word is corrected only to one within one edit (two for words of seven letters or more); the schema's and
the vocabulary's words win over values, which are only tried when nothing else is close.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from humandb.reading.english.vocabulary import LINKING_VERBS

if TYPE_CHECKING:
    from humandb.reading.english.linking import Index

__all__ = ["correct"]

_MAX_CHARS = 24


def correct(word: str, index: Index) -> str | None:
    if len(word) < 4 or len(word) > _MAX_CHARS or not word.isalpha():
        return None
    from rapidfuzz.distance import DamerauLevenshtein  # imported on the first typo, not with humandb
    from rapidfuzz.process import extract

    if word in LINKING_VERBS:
        return None  # plain English, not a misspelt name ("write" is not "writer")
    allowed = 1 if len(word) < 9 else 2
    hits: list[tuple[int, int, bool, int, str]] = []
    for rank, choices in enumerate((index.known, index.vocabulary, index.valued)):
        for choice, distance, _ in extract(word, choices, scorer=DamerauLevenshtein.distance,
                                           score_cutoff=allowed, limit=8):
            hits.append((int(distance), rank, choice[0] != word[0], abs(len(choice) - len(word)), str(choice)))
        if rank == 1 and (hits or len(word) < 6):
            break  # a value is tried only when no name or word is close, and only for longer words
    return min(hits)[-1] if hits else None
