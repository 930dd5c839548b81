"""Time between two dates of a row: "average days to ship an order", "how long does it take to close a
ticket", "the longest time to complete a task in hours".

The end is the date named by the verb (shipped_date for "ship", closed_at for "close"); the start is the
row's first date (when it was made). Rows that have not ended yet have no duration and are left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlglot import exp

from humandb.brain.catalog import Column
from humandb.reading.questions.linking import ending, roles_of
from humandb.reading.questions.query import Query, agg, literal, value_of
from humandb.reading.questions.vocabulary import ENDINGS
from humandb.reading.questions.words import Word, stem

if TYPE_CHECKING:
    from humandb.reading.questions.contract import Reader

__all__ = ["elapsed"]

_DAYS = {"day": 1.0, "days": 1.0, "week": 1 / 7, "weeks": 1 / 7, "hour": 24.0, "hours": 24.0, "minute": 1440.0,
         "minutes": 1440.0}


def elapsed(reader: Reader, query: Query) -> Query | None:
    found = _asked(reader) or _lasted(reader, query)
    if found is None:
        return None
    unit, verb, cue = found
    end = _end(reader, query.entity, verb) if verb.kind != "end" else reader.column_of(verb)
    if end is None:
        return None
    start = next((c for c in reader.table(end.table).columns if c.temporal and c != end
                  and "birth" not in roles_of(c)), None)
    if start is None:
        return None
    answer = Query(end.table)
    reader.use(cue, verb if verb.kind != "end" else None, *[w for w in reader.words if w.at == getattr(unit, "at", -1)],
               *[w for w in reader.words if w.kind == "table" and w.table == end.table])
    per_day = _DAYS.get(unit.text if unit is not None else "days", 1.0)
    between: exp.Expression = exp.Sub(this=_julian(end), expression=_julian(start))
    if per_day != 1.0:
        between = exp.Mul(this=exp.Paren(this=between), expression=literal(per_day))
    aggregate = next((w for w in reader.words if w.kind in ("agg", "best") and w.at not in reader.used), None)
    function = "avg"
    if aggregate is not None and aggregate.kind == "best":
        function = "max" if aggregate.cue.startswith("max") else "min"
    elif aggregate is not None and aggregate.cue in ("avg", "sum"):
        function = aggregate.cue
    reader.use(aggregate)
    reader.filters(answer)
    answer.add_select(agg(function, between))
    answer.said.insert(0, f"{function} {unit.text if unit is not None else 'days'} from {start.name} to {end.name}")
    return answer


def _asked(reader: Reader) -> tuple[Word | None, Word, Word] | None:
    """The unit, the verb and the cue of "days to ship", "time to close", "how long … to resolve"."""
    raw = reader.raw
    how_long = next((w for w in reader.words if w.kind == "howlong"), None)
    for at, token in enumerate(raw):
        if token != "to" or at + 1 >= len(raw) or at == 0:
            continue
        unit = next((w for w in reader.words if w.at == at - 1 and w.text in _DAYS), None)
        cue = unit or next((w for w in reader.words if w.at == at - 1 and w.text == "time"), None) or how_long
        if cue is None:
            continue
        verb = next((w for w in reader.words if w.at == at + 1), None) or Word("unknown", raw[at + 1], at + 1)
        # "time to close a ticket, in hours": the unit said after "in", anywhere
        unit = unit or next((w for w in reader.words if w.text in _DAYS and w.at > 0 and raw[w.at - 1] == "in"),
                            None)
        return unit, verb, cue
    return None


def _lasted(reader: Reader, query: Query) -> tuple[Word | None, Word, Word] | None:
    """"Average loan length in days", "how long do stays last": a row's length where it has no length column
    of its own but a date it ends on."""
    # "rental duration" is the rental's own length even where another table has a column of that name
    cue = next((w for w in reader.words if w.text.rsplit(" ", 1)[-1] in _LENGTH or w.kind == "howlong"), None)
    if cue is None or (cue.kind == "column" and cue.table == query.entity and not cue.cue.startswith("role")):
        return None
    own = reader.role_column(query.entity, "size")
    end = ending(reader.table(query.entity))
    if own is not None or end is None:
        return None
    unit = next((w for w in reader.words if w.text in _DAYS), None)
    return unit, Word("end", end.name, cue.at, table=end.table, column=end.name), cue


_LENGTH = frozenset({"length", "duration", "lasted"})  # ("last" is the latest: "last 5 orders")


def _end(reader: Reader, entity: str, verb: Word) -> Column | None:
    """The date the verb names: "ship" → shipped_date, "close" → closed_at, of the entity's table first."""
    root = stem(verb.text)
    if len(root) < 3:
        return None
    tables = [entity, *[t for t in reader.catalog.tables if t != entity]]
    for table in tables:
        for column in reader.table(table).columns:
            if column.temporal and column.parts and stem(column.parts[0]).startswith(root[:4]) \
                    and root.startswith(stem(column.parts[0])[:4]):
                return column
    if any(root.startswith(end) or end.startswith(root) for end in ENDINGS if " " not in end):
        return ending(reader.table(entity))  # "time to resolve a ticket": whatever date ends a ticket (closed_at)
    return None


def _julian(column: Column) -> exp.Expression:
    return exp.Anonymous(this="julianday", expressions=[value_of(column)])
