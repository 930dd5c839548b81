"""Refusals: what Dave didn't understand, in his words, and the nearest question he can answer, built from
the words he did understand ("I can do: how many events per status?")."""

from __future__ import annotations

from collections.abc import Sequence

from humandb.brain.catalog import Catalog
from humandb.errors import ProgrammingError
from humandb.reading.questions.vocabulary import PERSON_NAME_PARTS
from humandb.reading.questions.words import Word

__all__ = ["NotUnderstood", "Puzzled", "quote_list", "refusal"]


class NotUnderstood(ProgrammingError):  # noqa: N818 - a ProgrammingError, named for what happened
    """Dave could not read the question: names the words he did not get and what he can answer instead
    (`suggestion`, a question he would read)."""

    def __init__(self, dave: str, cause: str, suggestion: str = "") -> None:
        super().__init__(dave, cause)
        self.suggestion = suggestion


class Puzzled(Exception):  # noqa: N818 - raised inside the reader, turned into NotUnderstood at its door
    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def quote_list(items: Sequence[str]) -> str:
    quoted = [f"“{item}”" for item in dict.fromkeys(items)]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def refusal(question: str, catalog: Catalog, problem: str, understood: Sequence[Word]) -> NotUnderstood:
    suggestion = suggest(catalog, understood)
    return NotUnderstood(
        f"Dave reads it twice. “{problem}. I can do: {suggestion}”",
        f"could not read the question {question[:200]!r}: {problem}",
        suggestion,
    )


def about_dave(question: str, catalog: Catalog) -> NotUnderstood:
    """A question put to Dave about himself: he answers it as himself, and says what he is here for."""
    suggestion = suggest(catalog, [])
    return NotUnderstood(
        f"“That one's about me, not the data. I'm Dave, senior data analyst, the desk with all the post-its. "
        f"Ask me about the data and I'm yours: {suggestion}”",
        f"the question {question[:200]!r} is about Dave, not about any table",
        suggestion,
    )


def suggest(catalog: Catalog, understood: Sequence[Word]) -> str:
    """A question about what was understood: its table (or a column's table), per one of its categories."""
    tables = [w.table for w in understood if w.kind in ("table", "column", "value") and w.table in catalog.tables]
    if not tables:
        biggest = sorted(catalog.tables.values(), key=lambda t: (-t.rows, t.name))
        tables = [biggest[0].name] if biggest else []
    if not tables:
        return "nothing yet: there are no tables. Try “CREATE TABLE …” first."
    table = catalog.tables[tables[0]]
    noun = " ".join(table.name.replace("_", " ").split()).lower()
    named = [w for w in understood if w.kind == "column" and w.table == table.name]
    column = next((table.column(w.column) for w in named), None)
    if column is not None and column.numeric and not column.key and column.shape not in ("flag", "year"):
        return f"what is the average {_spoken(column.name)} of {noun}?"  # (never "the average is ebike")
    categories = [c for c, _ in table.values if c in {w.column for w in named}] or [c for c, _ in table.values]
    counts: dict[str, int] = {}
    for name, _ in table.values:
        counts[name] = counts.get(name, 0) + 1
    # a breakdown is by a category: a few values, and not what a row is called (a first name, an email)
    small = sorted((c for c in dict.fromkeys(categories) if counts[c] <= 50 and not _called(c)),
                   key=lambda c: (counts[c] < 2, counts[c]))
    if small:
        return f"how many {noun} per {_spoken(small[0])}?"
    return f"how many {noun} are there?"


def _called(column: str) -> bool:
    """A column that names or reaches a row (first_name, title, email) rather than sorting it into a kind."""
    from humandb.brain.catalog import name_parts

    return bool(set(name_parts(column)) & (PERSON_NAME_PARTS | _CALLED))


_CALLED = frozenset("name title email mail phone address street url".split())


def _spoken(name: str) -> str:
    from humandb.brain.catalog import name_parts

    return " ".join(name_parts(name)) or name
