"""The answer, said first: what a person would say aloud for each shape of result.

One value ("About 18 thousand orders."), one row ("Found it: Troy Li, Engineering, $183,500."), a ranking
("Billy Brown leads with about $17,000; Erik Black next, at about $16,000."), groups ("Seven departments.
The biggest is Engineering, with 70 employees; then Sales, with 45."), a list, a write, DDL, a plan.
Only what the result says, approximated Dave's way; the colour comes after, from other sections.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from humandb.dave import grammar, rounding
from humandb.reading.sql import Statement

__all__ = ["RowWords", "Told", "column_words", "headline", "nouns", "said_value"]

_LABELS = ("name", "title", "label", "product", "customer", "employee")
_MEASURE = re.compile(r"^\s*(count|avg|average|sum|total|min|max|median)\s*\((.*)\)\s*$", re.IGNORECASE)
_EQUALS = re.compile(r"^\s*(?:\w+\.)?(\w+)\s*=\s*(?:'([^']{1,40})'|(-?\d{1,12}(?:\.\d+)?))\s*$")
_LONGEST = 40  # characters of a stored value Dave reads out before he trails off


@dataclass(frozen=True)
class Told:
    """The answer in words: the section and slots of the line said first, the colour section that may
    follow it, and what memory keeps: the main number as said, and (for a whole table's count) its size."""

    section: str
    slots: dict[str, Any] = field(default_factory=dict)
    colour: str = ""
    number: str = ""
    total: tuple[str, int] | None = None  # (table, rows) when this was a whole table counted
    part_of: str = ""  # the table whose rows a filtered count counted


def nouns(table: str) -> tuple[str, str]:
    """What a table's rows are called: ("order", "orders"), or ("row", "rows") for a name that is no noun."""
    return grammar.noun_of(table) or ("row", "rows")


@functools.lru_cache(maxsize=2048)
def column_words(name: str) -> str:
    """A column's name as Dave says it: "ordered_at" → "ordered at", "AVG(salary)" → "average salary"."""
    measure = _MEASURE.match(name)
    if measure:
        kind, inner = measure.group(1).lower(), measure.group(2).split(".")[-1].strip('"`[] ')
        return f"{_MEASURE_WORDS[kind]} {column_words(inner)}".strip() if inner not in ("*", "") else "count"
    return " ".join(name.split(".")[-1].strip('"`[] ').replace("_", " ").split()) or "value"


_MEASURE_WORDS = {"count": "count of", "avg": "average", "average": "average", "sum": "total", "total": "total",
                  "min": "lowest", "max": "highest", "median": "median"}


def said_value(value: Any, column: str = "") -> str:
    """A stored value read out: money with its sign, big numbers with commas, text trimmed, blanks said so."""
    if value is None:
        return "blank"
    if isinstance(value, bytes):
        return grammar.counted(len(value), "byte") + " of binary"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return _said_stored_number(value, rounding.is_money(column))
    text = " ".join(str(value).split())
    if re.fullmatch(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d(:\d\d(\.\d+)?)?", text):
        text = text[:10]  # a timestamp read out is its day
    return text if len(text) <= _LONGEST else text[: _LONGEST - 1].rstrip() + "…"


def _said_stored_number(value: float, money: bool) -> str:
    if not math.isfinite(value):
        return _infinite(value)
    if money:
        sign = "-" if value < 0 else ""
        cents = 2 if not float(value).is_integer() and abs(value) < 100_000 else 0
        return f"{sign}${abs(value):,.{cents}f}"
    if isinstance(value, int):
        return f"{value:,}" if abs(value) >= 10_000 else str(value)
    return f"{value:,.2f}".rstrip("0").rstrip(".") if abs(value) >= 0.01 else f"{value:.2g}"


def _infinite(value: float) -> str:
    return "not a number at all" if math.isnan(value) else "infinity" if value > 0 else "minus infinity"


def _said_number(exact: Any, reported: Any, money: bool, exact_mode: bool) -> str:
    """A computed number as Dave says it: his rounding with "about" (or the exact figure when asked for)."""
    if not isinstance(reported, (int, float)) or isinstance(reported, bool):
        return said_value(reported)
    if not math.isfinite(reported):
        return _infinite(reported)
    if exact_mode:
        return _said_stored_number(reported, money)
    said = rounding.spoken(reported, money=money)
    return f"about {said}" if reported != exact else said


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


# -- the shapes ----------------------------------------------------------------------------------


def headline(
    statement: Statement, columns: Sequence[str], exact_rows: Sequence[tuple[Any, ...]],
    rows: Sequence[tuple[Any, ...]], *, rowcount: int, more: bool, exact: bool,
) -> Told:
    """The first thing Dave says about a result: its answer. `rows` are as he reports them (rounded),
    `exact_rows` as SQLite gave them; `more`: rows beyond his look are still in SQLite."""
    kind = statement.kind
    if kind == "select" or (kind in ("pragma", "other") and columns):
        return _selected(statement, columns, exact_rows, rows, more, exact)
    if kind == "explain":
        return _plan(rows)
    if kind in ("insert", "update", "delete"):
        return _written(statement, kind, rowcount)
    if kind == "alter" and (altered := _altered(statement.sql)) is not None:
        return altered
    if kind in ("create", "drop", "alter"):
        return Told(f"answer.{kind}", {"table": _table(statement)}, f"colour.{kind}")
    if kind in ("begin", "commit", "rollback"):
        return Told(f"answer.{kind}", colour="")
    return Told("answer.other", colour="colour.other")


# The four ALTER TABLEs SQLite knows, as sqlglot writes them for it: what changed, so Dave says that and
# not something else ("a new column" for a rename).
_ALTERS = (
    (re.compile(r"^ALTER TABLE (?P<table>.+?) RENAME COLUMN (?P<column>.+?) TO (?P<new>.+)$", re.I | re.S),
     "rename_column"),
    (re.compile(r"^ALTER TABLE (?P<table>.+?) RENAME TO (?P<new>.+)$", re.I | re.S), "rename"),
    (re.compile(r"^ALTER TABLE (?P<table>.+?) ADD (?:COLUMN )?(?P<column>\S+)", re.I | re.S), "add"),
    (re.compile(r"^ALTER TABLE (?P<table>.+?) DROP (?:COLUMN )?(?P<column>\S+)$", re.I | re.S), "drop"),
)


def _altered(sql: str) -> Told | None:
    for pattern, change in _ALTERS:
        if match := pattern.match(sql.strip()):
            slots = {name: value.strip('"`[]') for name, value in match.groupdict().items()}
            # A new name changes no layout: the colour about re-ruling pages is for the columns.
            return Told(f"answer.alter.{change}", slots, "" if change.startswith("rename") else "colour.alter")
    return None


def _table(statement: Statement) -> str:
    return statement.tables[0] if statement.tables else "the table"


def _written(statement: Statement, kind: str, rowcount: int) -> Told:
    table = _table(statement)
    one, many = nouns(table)
    # "Added one note." says where it went; "Added one row" needs " to staff" after it.
    named = grammar.noun_of(table) is not None
    slots = {"table": table, "many": many, "in_table": "" if named else f" in {table}",
             "to_table": "" if named else f" to {table}", "from_table": "" if named else f" from {table}"}
    if rowcount <= 0:
        return Told(f"answer.{kind}.none", slots, "")
    slots["things"] = grammar.counted(rowcount, one)
    return Told(f"answer.{kind}", slots, f"colour.{kind}", number=slots["things"])


def _plan(rows: Sequence[tuple[Any, ...]]) -> Told:
    steps = max(len(rows) - 1, 0)
    minutes = rows[-1][2] if rows and _number(rows[-1][2]) else 0.0
    hours = grammar.counted(round(minutes / 60, 1), "business hour") if minutes >= 60 else grammar.counted(
        round(minutes), "business minute")
    return Told("answer.explain", {"steps": grammar.counted(steps, "step"), "hours": hours}, "colour.explain")


def _selected(
    statement: Statement, columns: Sequence[str], exact_rows: Sequence[tuple[Any, ...]],
    rows: Sequence[tuple[Any, ...]], more: bool, exact: bool,
) -> Told:
    table = _table(statement)
    one, many = nouns(table)
    # "18 thousand orders" says where they are; "300 rows" needs " in staff" after it.
    base = {"table": table, "many": many, "in_table": "" if grammar.noun_of(table) else f" in {table}"}
    if not rows:
        return Told("answer.empty", base, "colour.empty")
    if more or len(rows) >= 1000:
        things = (f"more than {len(rows):,} {many}" if more else grammar.counted(len(rows), one))
        return Told("answer.big" if more else "answer.big.whole", {**base, "things": things}, "colour.big")
    width = len(rows[0])
    if len(rows) == 1 and width == 1:
        return _one_value(statement, columns, exact_rows[0][0], rows[0][0], base, exact)
    computed = [i for i in range(width) if i < len(statement.computed) and statement.computed[i]]
    if len(rows) == 1 and computed and len(computed) == width:
        return _values(statement, columns, exact_rows[0], rows[0], base, exact)
    # Only a grouped or sorted result is a ranking (finding its measure reads every row: asked only then).
    if (statement.grouped or statement.ordered) and (measure := _measure_column(statement, columns, rows)) is not None:
        label = _label_column(columns, rows, measure)
        if label is not None:
            return _ranked(statement, columns, exact_rows, rows, label, measure, base, exact)
    if len(rows) == 1:  # the row is read out when the line is said: nothing Dave decides depends on it
        return Told("answer.one_row", {**base, "row": RowWords(tuple(columns), rows[0], one)}, "colour.one_row")
    return _listed(columns, rows, base, one)


def _one_value(
    statement: Statement, columns: Sequence[str], exact_value: Any, value: Any, base: dict[str, Any], exact: bool,
) -> Told:
    name = columns[0] if columns else ""
    subject = statement.subjects[0] if statement.subjects else ""
    if value is None:
        return Told("answer.value.none", base, "")
    if not _number(value) or statement.computed[:1] != (True,):
        return Told("answer.value", {**base, "value": said_value(value, subject or name)}, "colour.value")
    aggregate = _aggregate_of(name, statement)
    money = rounding.is_money(subject or name)
    said = _said_number(exact_value, value, money, exact)
    column = column_words(subject) if subject else column_words(name)
    scope, matching = _scope(statement)
    if aggregate == "count":
        one, _ = nouns(_table(statement))
        counted_column = bool(subject) and subject != "*"
        distinct = counted_column and "DISTINCT" in name.upper()
        if distinct:  # COUNT(DISTINCT country): the countries
            one = f"different {column_words(subject)}"
        whole = isinstance(value, int) or float(value).is_integer()
        if value == 0:
            return Told("answer.count.none", base, "colour.empty")
        approximate = not exact and value != exact_value
        spoken = "" if exact or (whole and abs(value) <= 10) else rounding.spoken(value)
        if exact and not (whole and abs(value) <= 10):
            spoken = f"{value:,}"
        things = grammar.counted(value, one, approximate=approximate, spoken=spoken)
        slots = {**base, "things": things, "matching": matching}
        small = "colour.count.hand" if whole and value <= 5 else "colour.count.hands" if whole and value <= 10 else \
            "colour.count"
        if counted_column and not distinct:  # COUNT(salary): the rows that have one
            things = f"{things} with {grammar.a(column_words(subject))}"
            slots["things"] = things
        whole_rows = not counted_column and not statement.joins
        if statement.filtered or statement.joins:
            section = "answer.count.where" if matching else "answer.count.filtered"
            return Told(section, slots, small, number=things, part_of=_table(statement) if whole_rows else "")
        return Told("answer.count", slots, small, number=things,
                    total=(_table(statement), int(exact_value)) if whole_rows and _number(exact_value) else None)
    slots = {**base, "value": said, "column": column, "scope": scope}
    section = {"avg": "answer.average", "sum": "answer.sum", "total": "answer.sum", "min": "answer.min",
               "max": "answer.max"}.get(aggregate, "answer.number")
    colour = {"answer.average": "colour.average", "answer.sum": "colour.sum", "answer.min": "colour.extreme",
              "answer.max": "colour.extreme"}.get(section, "colour.number")
    return Told(section, slots, colour, number=said)


def _aggregate_of(name: str, statement: Statement) -> str:
    measure = _MEASURE.match(name)
    if measure:
        return {"average": "avg"}.get(measure.group(1).lower(), measure.group(1).lower())
    return statement.aggregates[0] if len(statement.aggregates) == 1 else "number"


def _scope(statement: Statement) -> tuple[str, str]:
    """A filter in words, for a number (" where the department is ‘Engineering’", " for the ones you picked")
    and for a count ("with the status ‘returned’"; "" when the filter is more than one column and value)."""
    if not statement.where:
        return "", ""
    equal = _EQUALS.match(statement.where)
    if equal is None:
        return " (only the ones you picked)", ""
    column = column_words(equal.group(1))
    if equal.group(2) is None:  # a number: customer_id = 42
        return f" where the {column} is {equal.group(3)}", f"with the {column} {equal.group(3)}"
    value = equal.group(2)
    return f" where the {column} is ‘{value}’", f"with the {column} ‘{value}’"


def _values(
    statement: Statement, columns: Sequence[str], exact_row: tuple[Any, ...], row: tuple[Any, ...],
    base: dict[str, Any], exact: bool,
) -> Told:
    """One row of computed numbers: a range when it is the lowest and highest of one column, else each named."""
    names = [_aggregate_of(name, statement) if _MEASURE.match(name) else "" for name in columns]
    subjects = [statement.subjects[i] if i < len(statement.subjects) else "" for i in range(len(row))]
    said = [_said_number(exact_row[i], row[i], rounding.is_money(subjects[i] or columns[i]), exact)
            for i in range(len(row))]
    if len(row) == 2 and sorted(names) == ["max", "min"] and subjects[0] == subjects[1] and None not in row:
        low, high = (0, 1) if names[0] == "min" else (1, 0)
        return Told("answer.range", {**base, "column": column_words(subjects[0] or "value"), "low": said[low],
                                      "high": said[high]}, "colour.range")
    parts = [f"{column_words(columns[i])} {said[i]}" for i in range(len(row))]
    return Told("answer.numbers", {**base, "numbers": grammar.listed(parts)}, "colour.number")


def _measure_column(statement: Statement, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> int | None:
    """The column a ranking is by: the first computed number, else the first stored number that is no key."""
    numeric = _numeric_columns(len(columns), rows[:50])
    computed = [i for i in numeric if i < len(statement.computed) and statement.computed[i]]
    if computed:
        return computed[0]
    stored = [i for i in numeric if not _is_key(columns[i])]
    return stored[0] if stored and statement.ordered else None


def _numeric_columns(width: int, rows: Sequence[tuple[Any, ...]]) -> list[int]:
    """The columns whose values are all numbers or blanks, with at least one number."""
    numeric = []
    for i in range(width):
        found = False
        for row in rows:
            value = row[i]
            kind = type(value)
            if kind is int or kind is float:
                found = True
            elif value is not None and not _number(value):  # a subclass of int or float is a number too
                break
            elif value is not None:
                found = True
        else:
            if found:
                numeric.append(i)
    return numeric


def _label_column(columns: Sequence[str], rows: Sequence[tuple[Any, ...]], measure: int | None) -> int | None:
    """The column that names a row: a name-like one, else the first text column, else the first that is not
    the measure."""
    width = len(columns)
    others = [i for i in range(width) if i != measure]
    texts = [i for i in others if any(isinstance(row[i], str) for row in rows[:50])]
    named = [i for i in texts if any(word in columns[i].lower() for word in _LABELS)]
    if named:
        return named[0]
    if texts:
        return texts[0]
    return others[0] if others else None


@functools.lru_cache(maxsize=2048)
def _is_key(column: str) -> bool:
    name = column.lower().split(".")[-1]
    return name == "id" or name.endswith("_id")


def _ranked(
    statement: Statement, columns: Sequence[str], exact_rows: Sequence[tuple[Any, ...]],
    rows: Sequence[tuple[Any, ...]], label: int, measure: int, base: dict[str, Any], exact: bool,
) -> Told:
    """A ranking or groups: the leader and the runner-up, with their numbers as Dave says them."""
    descending = _descending(statement)
    order = list(range(len(rows)))
    if not statement.ordered:  # groups in no order: Dave points at the biggest
        order.sort(key=lambda r: (rows[r][measure] is None, -(rows[r][measure] or 0)))
        descending = True
    first, *rest = order
    subject = statement.subjects[measure] if measure < len(statement.subjects) else ""
    name = columns[measure]
    kind = _aggregate_of(name, statement) if _MEASURE.match(name) or statement.computed[measure:measure + 1] == (
        True,) else "value"
    one, _ = nouns(_table(statement))

    def amount(r: int) -> str:
        value, exact_value = rows[r][measure], exact_rows[r][measure]
        if value is None:
            return "nothing"
        if kind == "count":
            whole = isinstance(value, int) or (math.isfinite(value) and float(value).is_integer())
            spoken = "" if exact or (whole and abs(value) <= 10) else rounding.spoken(value)
            return grammar.counted(value, one, approximate=not exact and value != exact_value, spoken=spoken)
        said = _said_number(exact_value, value, rounding.is_money(subject or name), exact)
        return said if kind != "value" else said_value(rows[r][measure], subject or name)

    slots = {**base, "leader": said_value(rows[first][label], columns[label]), "lead": amount(first),
             "measure": _measure_words(kind, subject or name)}
    if not rest:
        return Told("answer.top_one", slots, "colour.top", number=slots["lead"])
    second = rest[0]
    slots.update(runner=said_value(rows[second][label], columns[label]), next=amount(second),
                 groups=grammar.counted(len(rows), _group_noun(statement, columns[label])))
    close = _close(exact_rows[first][measure], exact_rows[second][measure])
    if slots["lead"] == slots["next"]:
        # A real tie, or the same only once rounded: then he says which is ahead, and that it's level to him.
        tied = exact_rows[first][measure] == exact_rows[second][measure]
        section = "answer.ranking.tie" if tied else "answer.ranking.level"
    elif statement.grouped and not statement.ordered:
        section = "answer.groups"
    elif descending:
        section = "answer.ranking.close" if close else "answer.ranking"
    else:
        section = "answer.ranking.low"
    return Told(section, slots, "colour.groups" if statement.grouped else "colour.ranking", number=slots["lead"])


def _measure_words(kind: str, column: str) -> str:
    words = column_words(column)
    return {"count": "count", "avg": f"average {words}", "sum": f"total {words}", "min": f"lowest {words}",
            "max": f"highest {words}"}.get(kind, words)


def _group_noun(statement: Statement, label_column: str) -> str:
    noun = column_words(label_column)
    return noun if statement.grouped else nouns(_table(statement))[0]


def _descending(statement: Statement) -> bool:
    first = statement.order_by.split(",")[0].upper() if statement.order_by else ""
    return first.rstrip().endswith("DESC")


def _close(first: Any, second: Any) -> bool:
    if not (_number(first) and _number(second)) or not (math.isfinite(first) and math.isfinite(second)):
        return False
    return bool(abs(first - second) <= 0.05 * max(abs(first), abs(second)))


def _named_column(columns: Sequence[str], rows: Sequence[tuple[Any, ...]]) -> int | None:
    """A column that names a row (name, title, ...) holding text, if there is one."""
    for i, column in enumerate(columns):
        if any(word in column.lower() for word in _LABELS) and any(isinstance(row[i], str) for row in rows[:50]):
            return i
    return None


def _dated(column: str) -> bool:
    name = column.lower()
    return name.endswith(("_on", "_at", "date", "day")) or "birth" in name


def _id_column(columns: Sequence[str]) -> int | None:
    return next((i for i, column in enumerate(columns) if column.lower().split(".")[-1] == "id"), None)


class RowWords(NamedTuple):
    """One row read out, as a slot's value: a value now, words when the line is rendered (see `_row_words`)."""

    columns: tuple[str, ...]
    row: tuple[Any, ...]
    one: str

    def __str__(self) -> str:
        return _row_words(self.columns, self.row, self.one)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def _row_words(columns: Sequence[str], row: tuple[Any, ...], one: str) -> str:
    """One row read out: what names it, then up to three things about it ("order 7 (delivered, $54.95,
    quantity 5)")."""
    label = _named_column(columns, [row])
    ident = _id_column(columns)
    if label is not None:
        head = said_value(row[label], columns[label])
    elif ident is not None and row[ident] is not None:
        head = f"{one} {said_value(row[ident])}"
    else:
        head = ""
    details = []
    for i, column in enumerate(columns):
        value = row[i]
        if i in (label, ident) or value is None or _is_key(column) or "email" in column.lower():
            continue
        text = said_value(value, column)
        labelled = (_number(value) and not rounding.is_money(column)) or _dated(column)
        details.append(f"{column_words(column)} {text}" if labelled else text)
        if len(details) == 3:
            break
    if not head:
        return ", ".join(details) or "a row of blanks"
    return f"{head} ({', '.join(details)})" if details else head


def _listed(columns: Sequence[str], rows: Sequence[tuple[Any, ...]], base: dict[str, Any], one: str) -> Told:
    """A list: how many, and the first few by name (or the numbers they run between)."""
    things = grammar.counted(len(rows), one)
    label = _named_column(columns, rows)
    ident = _id_column(columns)
    if label is not None:
        names = [said_value(row[label], columns[label]) for row in rows[:3]]
        if len(rows) > 3:
            names.append(f"{grammar.number_words(len(rows) - 3)} more")
        first = grammar.listed(names)
        section = "answer.rows"
    elif ident is not None and all(isinstance(row[ident], int) for row in rows):
        ids = [row[ident] for row in rows]
        first, section = f"numbered {said_value(min(ids))} to {said_value(max(ids))}", "answer.rows.numbered"
    else:
        first, section = "", "answer.rows.plain"
    return Told(section, {**base, "things": things, "first": first},
                "colour.rows.long" if len(rows) > 20 else "colour.rows", number=things)
