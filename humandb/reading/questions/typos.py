"""Typos: the known word a misspelt one most likely meant ("salery" → "salary", "custmers" → "customers").

A word is corrected only to one within one edit (a letter added, dropped, changed, or two swapped; two edits
for words of nine letters or more). The schema's and the vocabulary's words are found through their
one-letter deletions, a dictionary built with the index, so a typo costs a few lookups. The values of a
catalog (there may be 20,000) are scanned by rapidfuzz, a C library imported on the first such typo, and
only for longer words when no name or word of the vocabulary is close. Work per question is bounded: the
word is capped in length and the lexer caps how many words it corrects.
"""

from __future__ import annotations

from humandb.reading.questions.linking import Index, typo_targets
from humandb.reading.questions.spelling import deletions, distance
from humandb.reading.questions.vocabulary import (
    IRREGULAR_PARTICIPLES,
    KINDRED,
    KINDRED_NAMES,
    LINKING_VERBS,
    ROLE_WORDS,
)

__all__ = ["correct"]

_MAX_CHARS = 24
_PLAIN_ENGLISH = LINKING_VERBS | frozenset(ROLE_WORDS) | frozenset(
    word for group in (*KINDRED, *KINDRED_NAMES) for word in group)


def correct(word: str, index: Index) -> str | None:
    if len(word) < 4 or len(word) > _MAX_CHARS or not word.isalpha() or word in _PLAIN_ENGLISH \
            or (word.endswith("s") and word[:-1] in _PLAIN_ENGLISH):
        return None  # words of the vocabulary are not misspelt names ("write" is not "writer", "cost" not "most",
        # "owns" not "owes")
    index = typo_targets(index)
    allowed = 1 if len(word) < 9 else 2
    hits: list[tuple[int, int, bool, int, str]] = []
    for rank, near in enumerate((index.near_known, index.near_vocabulary)):
        for variant in deletions(word):
            for choice in near.get(variant, ()):
                if rank == 1 and word in IRREGULAR_PARTICIPLES and not word.startswith(choice):
                    continue  # a real verb is its own verb ("given" is "give"), not a misspelt cue ("lost")
                edits = distance(word, choice)
                if edits <= allowed:
                    hits.append((edits, rank, choice[0] != word[0], abs(len(choice) - len(word)), choice))
    if not hits and allowed == 2:
        hits = _scan(word, (index.known, index.vocabulary), allowed)
    if not hits and len(word) >= 6:
        hits = _scan(word, (index.valued,), 1)  # a value only when nothing else is close, and never a name
    hits = [hit for hit in hits if hit[-1] not in (word + "s", word + "es") and word not in (hit[-1] + "s",)
            and (len(word) > 5 or hit[-1][0] == word[0]) and not _first_letter_only(word, hit[-1])
            and not (hit[1] == 1 and _one_letter_changed(word, hit[-1]))]
    # "late" is no typo of "date", nor "cost" of "most"
    return min(hits)[-1] if hits else None  # a plural is not a typo ("good" is not "goods")


def _one_letter_changed(word: str, choice: str) -> bool:
    """"speed" is no typo of "spend": one letter changed for another makes another real word often enough that
    a word of the general vocabulary (not the schema's own) is reached that way only by a slip that keeps the
    letters (swapped, dropped, doubled)."""
    return len(word) == len(choice) and sum(a != b for a, b in zip(word, choice, strict=True)) == 1


def _first_letter_only(word: str, choice: str) -> bool:
    """"coldest" is no typo of "oldest", nor "bold" of "old": a letter added or dropped before a whole word
    makes another word far more often than a slip of the finger does."""
    return word[1:] == choice or choice[1:] == word


def _scan(word: str, lists: tuple[list[str], ...], allowed: int) -> list[tuple[int, int, bool, int, str]]:
    from rapidfuzz.distance import DamerauLevenshtein
    from rapidfuzz.process import extract

    hits = []
    for rank, choices in enumerate(lists):
        for choice, edits, _ in extract(word, choices, scorer=DamerauLevenshtein.distance, score_cutoff=allowed,
                                        limit=8):
            hits.append((int(edits), rank, choice[0] != word[0], abs(len(choice) - len(word)), str(choice)))
    return hits
