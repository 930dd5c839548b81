"""Honesty: every content word of a question is used by the reading, or named in the refusal.

A verb that joins two things the reading joined ("agents who handled tickets", "customers who bought the
Pro Monitor") is understood as that join, whatever the verb; anywhere else an unknown word is refused.
"""

from __future__ import annotations

from collections.abc import Iterable

from humandb.reading.questions.vocabulary import CREATION_VERBS, HAVING_VERBS, LINKING_VERBS
from humandb.reading.questions.words import Word, stem

__all__ = ["unread"]

# Kinds that are only glue: reading a question without them changes nothing.
_SOFT = frozenset({"by", "who", "has", "more", "fewer", "than", "or", "and", "order?", "date", "when", "group?",
                   "ratio?", "parent?"})

_LINKING = frozenset(stem(verb) for verb in LINKING_VERBS)
_SUBJECTS = frozenset({"we", "you", "they", "i"})
_MONEY_ROLES = frozenset({"role:money", "role:pay", "role:price"})
_DATED = frozenset({"when", "year", "monthrel", "dayrel", "quarter", "day", "month", "yearly", "monthly", "quarterly",
                    "date"})


def unread(words: Iterable[Word], used: set[int], joined: set[str], shown: set[tuple[str, str]],
           dated: bool, made: bool = False, raw: list[str] | None = None,
           played: set[str] | None = None, strict: bool = False) -> list[Word]:
    """The content words the reading did not use (unknown words included), in order.

    `joined` holds the tables the reading reads, `shown` the (table, column) pairs its SQL mentions, and
    `dated` says whether it filtered or ranked by the entity's one date (an event's verb: "placed in 2023"),
    `made` whether by its first date (a verb of its making: "orders placed in 2024", among three dates);
    `strict` that no verb is excused for linking things ("who directed Rodeo Princess" has no director: the
    people were guessed, and a verb the schema does not know can't say which of them)."""
    words = list(words)
    raw = raw or []
    undated = not any(w.kind in _DATED for w in words)
    left: list[Word] = []
    for word in words:
        if word.at in used or word.kind in _SOFT or (word.kind == "agg" and word.cue.endswith("?")):
            continue
        if word.kind == "column" and word.cue == "role:lifecycle" and undated:
            continue  # "how many pets are registered": every one of them is; with no date it picks none out
        if word.kind == "column" and word.cue in _MONEY_ROLES and played and "money" in played:
            continue  # "brings in the most fee revenue": money said three ways, read once
        if word.kind == "table" and word.table in joined:
            continue  # "orders from customers in London": the customers are how the orders are chosen
        if word.kind == "column" and all((word.table, part) in shown for part in word.column.split("*")):
            continue  # "the names of customers in Dublin": the names are what is shown
        if word.kind == "unknown" and word.text in HAVING_VERBS and word.at > 0 and raw[word.at - 1] in _SUBJECTS:
            continue  # "how many teachers do we employ": the ones there are
        if word.kind == "unknown" and _verb(word) and word.text.endswith(("ed", "en", "wn")) and any(
                w.at == word.at - 1 and w.kind == "column" and w.at in used for w in words):
            continue  # "total distance driven", "hours worked": the participle only says whose the amount is
        if word.kind in ("unknown", "column") and _verb(word) and not (strict and word.kind == "unknown") and (
                (word.kind == "unknown" and _linking(word, words, used, joined, raw)) or dated
                or (made and word.text in CREATION_VERBS)):
            continue
        left.append(word)
    return left


def _verb(word: Word) -> bool:
    return stem(word.text) in _LINKING or word.text in _LINKING or (word.kind == "column" and word.cue == "event")


_TOWARDS = frozenset({"to", "from", "into", "via", "through", "towards", "for"})


def _linking(word: Word, words: list[Word], used: set[int], joined: set[str], raw: list[str]) -> bool:
    """A verb between two things of different tables the reading joined: "customers who bought the Pro
    Monitor"; or after both ("how many orders did Erik Black place?")."""
    def tables(side: list[Word]) -> set[str]:
        return {w.table for w in side if w.kind in ("table", "value", "column") and w.table in joined
                and (w.at in used or w.kind == "table")}

    placed = next((w for w in words if w.at == word.at + 2 and w.kind == "value" and w.at in used), None)
    if placed is not None and raw[word.at + 1] in _TOWARDS:
        return True  # "orders that went to London", "parcels sent to Spain": where they went is the filter
    before = tables([w for w in words if w.at < word.at])
    after_words = [w for w in words if word.at < w.at <= word.at + 4 and w.kind in ("table", "value", "column")]
    after = tables(after_words)
    if any(w.kind == "who" and w.at < word.at for w in words) and joined:
        before |= {next(iter(sorted(joined)))} if not before else set()
    if after_words:
        return bool(before) and bool(after) and len(before | after) >= 2
    said_before = [w for w in words if w.at < word.at and w.at in used and w.kind in ("table", "column", "value")]
    plain = stem(word.text) in _LINKING or word.text in _LINKING
    return len(before) >= 2 or (plain and len(said_before) >= 2)  # "how many classes does each instructor teach"
