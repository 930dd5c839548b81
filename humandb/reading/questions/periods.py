"""Periods of time as groups: "orders per month", "revenue by quarter", and the period that stands out:
"busiest month ever", "which year had the most sales", "the 3 best months for revenue"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlglot import exp

from humandb.brain.catalog import Column
from humandb.reading.questions.query import Query, agg, literal, value_of
from humandb.reading.questions.vocabulary import SUMMED
from humandb.reading.questions.words import Word

if TYPE_CHECKING:
    from humandb.reading.questions.contract import Reader

__all__ = ["PERIODS", "period_of", "ranked_period"]

# The word for a period, and how a question groups by it.
PERIODS = {"year": "yearly", "years": "yearly", "month": "monthly", "months": "monthly", "quarter": "quarterly",
           "quarters": "quarterly", "day": "daily", "days": "daily", "date": "daily", "week": "weekly",
           "weeks": "weekly"}


def period_of(column: Column, kind: str) -> exp.Expression:
    """The period a date falls in: 2025 (an integer), '2025-03', '2025-Q1', '2025-03-14' or '2025-W10'."""
    column_ref = value_of(column)
    if kind == "yearly":
        return exp.Cast(this=exp.Substring(this=column_ref, start=literal(1), length=literal(4)),
                        to=exp.DataType.build("INTEGER"))
    if kind == "monthly":
        return exp.Substring(this=column_ref, start=literal(1), length=literal(7))
    if kind == "daily":
        return exp.Substring(this=column_ref, start=literal(1), length=literal(10))
    if kind == "weekly":
        return exp.Anonymous(this="strftime", expressions=[literal("%Y-W%W"), column_ref])
    year = exp.Substring(this=column_ref, start=literal(1), length=literal(4))
    month = exp.Cast(this=exp.Substring(this=column_ref.copy(), start=literal(6), length=literal(2)),
                     to=exp.DataType.build("INTEGER"))
    quarter = exp.Paren(this=exp.Add(this=exp.Div(this=exp.Paren(this=exp.Sub(
        this=month, expression=literal(1))), expression=literal(3), typed=True), expression=literal(1)))
    return exp.DPipe(this=exp.DPipe(this=year, expression=literal("-Q")), expression=quarter)


def asked_period(reader: Reader) -> str:
    """"Busiest month ever", "which year had the most sales": the period a ranking is of, or ""."""
    best = next((w for w in reader.words if w.kind == "best"), None)
    if best is None:
        return ""
    after = best.at + best.span
    if after < len(reader.raw) and reader.raw[after][:1].isdigit():
        after += 1  # "top 3 months by revenue"
    if after < len(reader.raw) and reader.raw[after] in PERIODS and not any(w.at == after for w in reader.words
                                                                            if w.kind in ("table", "column")):
        return reader.raw[after]
    if reader.raw[:1] in (["which"], ["what"]) and len(reader.raw) > 1 and reader.raw[1] in PERIODS:
        return reader.raw[1]
    return ""


def ranked_period(reader: Reader, query: Query) -> Query | None:
    word = asked_period(reader)
    if not word:
        return None
    best = next(w for w in reader.words if w.kind == "best")
    meant = _money_meant(reader)
    if meant is not None and meant.table != query.entity:
        query = Query(meant.table)
    reader.filters(query)
    money = next((w for w in reader.words if w.kind == "column" and w.cue in ("role:money", "role:price")), None)
    measure = reader.column_of(money) if money is not None else None
    if measure is None and not best.cue.endswith("activity") and best.text not in ("most", "busiest"):
        measure = reader.nearest(query.entity, "money")  # "our best quarter": by what it brought in
    column = reader.date_column(query, None)
    if column is None:
        raise reader.puzzled(f"I don't know which date to find the {best.text} {word} by")
    reader.use(best, money, *[w for w in reader.words if w.text == word])
    reader.join(query, column.table)
    period = period_of(column, PERIODS[word])
    key: exp.Expression = agg("count")
    if measure is not None:
        reader.join(query, measure.table)
        key = agg("sum", value_of(measure))
    elif query.fanout:
        key = agg("count", exp.column(reader.table(query.entity).key, query.entity), distinct=True)
    top = next((w for w in reader.words if w.kind == "number" and w.at in (best.at - 1, best.at + best.span)
                and w.number.is_integer()), None)
    reader.use(top)
    query.add_group(period)
    query.add_select(period, key)
    query.order_by(key, best.cue.startswith("max"))
    query.limit = int(top.number) if top is not None else 1
    query.said.insert(0, f"the {word} with the {best.text} {query.entity}")
    return query


def _money_meant(reader: Reader) -> Word | None:
    """"Best year for sales": a ranking's "sales" is money, though a department may be called Sales."""
    heard = reader.heard or []
    for word in list(reader.words):
        if word.kind == "value" and word.text in SUMMED:
            money = next((w for w in heard if w.at == word.at and w.kind == "column" and w.cue == "role:money"),
                         None)
            if money is not None:
                reader.words = [money if w is word else w for w in reader.words]
                return money
    return None
