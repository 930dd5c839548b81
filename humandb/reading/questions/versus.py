"""Two counts compared: "are there more cats than dogs?", "did we do more surgeries in 2025 than in 2024?",
"did Union Cargo carry more orders than Harbor Freight?" — answered 1 (yes) or 0 (no).

Each side of "than" is read on its own, as the filters of one count of the same rows; a side that leaves out
what the other says ("than in 2024") keeps the other's filters on everything it does not name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlglot import exp

from humandb.reading.questions.query import Query, agg, ref
from humandb.reading.questions.relations import is_verb
from humandb.reading.questions.words import Word

if TYPE_CHECKING:
    from humandb.reading.questions.contract import Reader

__all__ = ["ratio_of", "versus"]

_GLUE = frozenset({"has", "who", "when", "by", "and", "or", "date"})


def versus(reader: Reader, query: Query) -> Query | None:
    cue = reader.first("versus") or reader.first("more") or reader.first("fewer")
    if cue is None:
        return None
    than = next((w for w in reader.words if w.kind == "than" and w.at > cue.at), None)
    if than is None or any(w.kind in ("number", "agg", "vsavg") and w.at == than.at + 1 for w in reader.words):
        return None  # "more than 5", "more than the average": a comparison, not two counts
    counted = _counted(reader, query)
    if counted is None:
        raise reader.puzzled("I can't tell what to count on each side of “than”")
    reader.use(cue, than, *[w for w in reader.words if w.kind == "table" and w.table == counted])
    sides = []
    for side in ([w for w in reader.words if w.at < than.at and w is not cue],
                 [w for w in reader.words if w.at > than.at]):
        sides.append(_side(reader, counted, side))
    left, right = _shared(sides[0], sides[1]), _shared(sides[1], sides[0])
    fewer = cue.kind == "fewer" or "fewer" in cue.text or "less" in cue.text
    comparison = (exp.LT if fewer else exp.GT)(this=_count(reader, counted, left), expression=_count(
        reader, counted, right))
    answer = Query(counted, bare=True)
    answer.select = [exp.Alias(this=comparison, alias=exp.to_identifier("answer"))]
    left_said = " ".join(sides[0].said) or "all"
    right_said = " ".join(sides[1].said) or "all"
    answer.said.append(f"whether there are {'fewer' if fewer else 'more'} {counted} {left_said} than "
                       f"{right_said} (1 is yes)")
    return answer


def ratio_of(reader: Reader, cue: Word) -> Query | None:
    """"The ratio of dvds to books", "ratio of members to staff": the count of one side's rows over the other's.
    Each side of "to" is read as the filters of a count, as each side of "than" is; read as one share, both
    kinds would land in its numerator together."""
    to = next((at for at in range(cue.at + cue.span, len(reader.raw)) if reader.raw[at] == "to"), None)
    if not cue.text.startswith("ratio") or to is None:
        return None
    words = [[w for w in reader.words if cue.at < w.at < to], [w for w in reader.words if w.at > to]]
    found = [_counted(reader.rereading(side), Query("")) for side in words]
    counted = [table for table in found if table is not None]
    if len(counted) != 2:
        raise reader.puzzled("I can't tell what to count on each side of the ratio")
    reader.use(cue)
    sides = [_side(reader, table, side) for table, side in zip(counted, words, strict=True)]
    if counted[0] == counted[1]:  # "dvds to books made in 2020": what one side leaves out, the other says
        sides = [_shared(sides[0], sides[1]), _shared(sides[1], sides[0])]
    top, bottom = (_count(reader, table, side) for table, side in zip(counted, sides, strict=True))
    answer = Query(counted[0], bare=True)
    answer.select = [exp.Div(this=top, expression=bottom, typed=False, safe=False)]
    answer.said.append(f"the ratio of {counted[0]} {' '.join(sides[0].said) or 'all'} to {counted[1]} "
                       f"{' '.join(sides[1].said) or 'all'}")
    return answer


def _counted(reader: Reader, query: Query) -> str | None:
    """The rows counted: the table the question names ("more orders"), else the one table of its values."""
    named = [w for w in reader.words if w.kind == "table" and w.cue != "verb"]
    if named:
        return named[0].table
    tables = {w.table for w in reader.words if w.kind == "value"}
    return tables.pop() if len(tables) == 1 else None


def _side(reader: Reader, counted: str, words: list[Word]) -> Query:
    """One side of "than" as the filters of a count of `counted`; every word of it must be used."""
    side = reader.rereading(words)
    side.used |= {at for w in words if w.kind == "table" and w.table == counted for at in range(w.at, w.at + w.span)}
    query = Query(counted)
    side.filters(query)
    left = [w for w in side.words if w.at not in side.used and w.kind not in _GLUE and w.cue != "verb"
            and not (w.kind == "agg" and w.cue.endswith("?"))]
    unknown = [w for w in left if w.kind == "unknown" and not is_verb(w)]
    if [w for w in left if w.kind != "unknown"] or unknown:
        raise reader.puzzled(f"I can't read “{' '.join(w.text for w in left)}” as a count of {counted}")
    reader.used |= side.used
    reader.use(*[w for w in left if is_verb(w)])
    return query


def _columns(condition: exp.Expression) -> frozenset[tuple[str, str]]:
    return frozenset((column.table, column.name) for column in condition.find_all(exp.Column))


def _shared(side: Query, other: Query) -> Query:
    """A side's filters, with the other side's on anything this side does not name ("than in 2024": the
    surgeries still)."""
    named = {columns for condition in side.where for columns in [_columns(condition)]}
    merged = Query(side.entity, where=list(side.where), joins=list(side.joins), joined=set(side.joined),
                   fanout=side.fanout)
    for condition, join_source in ((c, other) for c in other.where):
        if _columns(condition) not in named:
            merged.where.append(condition)
            for join in join_source.joins:
                table = join.this.name
                if table not in merged.joined:
                    merged.joins.append(join)
                    merged.joined.add(table)
            merged.fanout = merged.fanout or join_source.fanout
    return merged


def _count(reader: Reader, counted: str, side: Query) -> exp.Expression:
    key = agg("count", ref(counted, reader.table(counted).key), distinct=True) if side.fanout else agg("count")
    side.select = [key]
    return exp.Subquery(this=side.expression())
