"""Ages, worked out from a date of birth and today: "how old is Margaret Olsen?", "pets over 10 years old",
"guests under 30", "the average age of our staff".

An age is whole years lived: this year less the year of birth, less one if the birthday hasn't come yet.
Comparing an age with a number compares the birth date with the same day that many years ago.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from sqlglot import exp

from humandb.brain.catalog import Column
from humandb.reading.questions.query import Query, literal, ref, value_of

if TYPE_CHECKING:
    from humandb.reading.questions.contract import Reader

__all__ = ["age_of", "born_for", "how_old"]


def how_old(reader: Reader, query: Query) -> Query | None:
    """"How old is Margaret Olsen?": her age today, from her date of birth."""
    cue = reader.first("howold")
    if cue is None:
        return None
    birth = reader.birth_of(query.entity)
    if birth is None:
        raise reader.puzzled(f"I don't know when the {query.entity} were born")
    reader.use(cue)
    answer = Query(query.entity)
    reader.filters(answer)
    answer.add_select(*[ref(query.entity, c.name) for c in reader.label(query.entity)], age_of(birth, reader.today))
    answer.said.append(f"the age of the {query.entity}")
    eldest = next((w for w in reader.all_of("best") if w.cue.endswith(":birth")), None)
    if eldest is not None:  # "how old is our oldest member": the age of the one born first
        reader.use(eldest)
        answer.filter(exp.Not(this=exp.Is(this=value_of(birth), expression=exp.Null())))
        answer.order_by(value_of(birth), descending=eldest.cue.startswith("max"))
        answer.limit = 1
        answer.said.insert(0, f"the {eldest.text} one:")
    return answer


def age_of(column: Column, today: datetime.date) -> exp.Expression:
    """Whole years from the column's date to today."""
    birth = value_of(column)
    year = exp.Cast(this=exp.Anonymous(this="strftime", expressions=[literal("%Y"), birth]),
                    to=exp.DataType.build("INTEGER"))
    later = exp.GT(this=exp.Anonymous(this="strftime", expressions=[literal("%m-%d"), birth.copy()]),
                   expression=literal(today.strftime("%m-%d")))
    return exp.Sub(this=exp.Sub(this=literal(today.year), expression=year), expression=exp.Paren(this=later))


def born_for(column: Column, op: str, years: float, today: datetime.date) -> exp.Expression:
    """"Over 10 years old": born before this day ten years ago (and the other comparisons alike)."""
    whole = int(years)
    try:
        day = today.replace(year=today.year - whole)
    except ValueError:  # 29 February, in a year without one
        day = today.replace(year=today.year - whole, day=28)
    cutoff = literal(day.isoformat())
    birth = value_of(column)
    kinds: dict[str, type[exp.Expression]] = {">": exp.LT, ">=": exp.LTE, "<": exp.GT, "<=": exp.GTE, "=": exp.EQ}
    if op == "<=":  # "18 or younger": not yet 19
        return born_for(column, "<", whole + 1, today)
    if op == "=":  # "aged 30": born in the year that ends on the day they turned 31
        try:
            before = today.replace(year=today.year - whole - 1)
        except ValueError:
            before = today.replace(year=today.year - whole - 1, day=28)
        return exp.And(this=exp.GT(this=birth, expression=literal(before.isoformat())),
                       expression=exp.LTE(this=birth.copy(), expression=cutoff))
    return kinds[op](this=birth, expression=cutoff)
