"""English: "Dave learned SQL first, then English. He understands both."

A rule-based reader, no language model: the question's words are matched to the catalog (lexicon.py),
then read into the parts of one SELECT — what is counted, summed or ranked, the filters, the groups,
the order, the joins along inferred `<table>_id` links — and written out as SQLite SQL.

    >>> is_english("how many orders were returned?"), is_english("select 1")
    (True, False)
"""

from __future__ import annotations

import datetime
import difflib
import functools
import re
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from humandb.brain.catalog import Catalog, Column, Link, Table
from humandb.errors import ProgrammingError
from humandb.reading.lexicon import LISTING, Word, lex, tokens

if TYPE_CHECKING:
    from sqlglot import exp

    from humandb.connection import Connection

__all__ = ["NotUnderstood", "Reading", "is_english", "to_sql", "translate"]

# First words of statements: text starting so is SQL, even if broken. "show" and "describe" are left out:
# "show me the staff" is English, and SQLite has no SHOW statement anyway.
SQL_STARTERS = frozenset("""
select insert update delete create drop alter with explain pragma begin commit rollback values replace
attach detach vacuum analyze analyse reindex savepoint release summarize pivot unpivot install checkpoint
upsert truncate grant revoke from
""".split())

_MONEY = ("amount", "price", "salary", "total", "cost", "revenue", "pay", "fee")
_BIRTH = ("birth", "born", "dob")
_LABELS = ("name", "title", "label")


@functools.lru_cache(maxsize=4096)
def is_english(text: str) -> bool:
    """A question rather than a statement: its first word is not one SQL starts with."""
    match = re.match(r"\s*(?:--[^\n]*\n\s*|/\*.*?\*/\s*)*([A-Za-z_]+|\d+\s+[A-Za-z])", text, flags=re.DOTALL)
    if match is None:
        return False  # empty, a parenthesis, a number: let the SQL reader say what is wrong
    first = match.group(1).lower()
    typo = len(first) >= 5 and difflib.get_close_matches(first, SQL_STARTERS, n=1, cutoff=0.8)
    if first in SQL_STARTERS or typo:
        return False  # SQL, perhaps with a typo ("SELEC"): the SQL reader will say exactly where
    return bool(re.search(r"[A-Za-z]{2,}\s+\S", text.strip()) or "?" in text)


@dataclass(frozen=True)
class Reading:
    """What Dave made of a question: the SQL he would have written, and how he read it in words."""

    question: str
    sql: str
    read_as: str

    @property
    def expression(self) -> exp.Expr:
        """The reading as a sqlglot tree in SQLite's terms (what the pipeline runs)."""
        import sqlglot

        return sqlglot.parse_one(self.sql, read="sqlite")


class NotUnderstood(ProgrammingError):  # noqa: N818 - a ProgrammingError, named for what happened
    """Dave could not read the question: names the words he did not get and what he can answer."""


def to_sql(question: str, connection: Connection) -> str:
    """The SQL Dave would write for an English question about the connection's tables.

    >>> import humandb
    >>> to_sql("how many products are there?", humandb.connect(sla="instant"))
    'SELECT COUNT(*) FROM products'
    """
    return translate(question, connection.store.catalog(), connection.clock.now().date()).sql


@functools.lru_cache(maxsize=512)
def translate(question: str, catalog: Catalog, today: datetime.date) -> Reading:
    """Read an English question against a catalog; raises NotUnderstood when it can't be read honestly."""
    words = lex(question, catalog)
    unknown = [word.text for word in words if word.kind == "unknown"]
    if unknown:
        raise _puzzled(question, catalog, f"I don't know what {_quote_list(unknown)} means here")
    query = _Reader(question, words, catalog, today).read()
    return Reading(question, query.sql(), query.read_as())


def _quote_list(items: Sequence[str]) -> str:
    quoted = [f"“{item}”" for item in dict.fromkeys(items)]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]


def _puzzled(question: str, catalog: Catalog, problem: str) -> NotUnderstood:
    tables = ", ".join(sorted(catalog.tables)) or "nothing yet"
    example = next(iter(sorted(catalog.tables)), "orders")
    return NotUnderstood(
        f"Dave reads it twice. “{problem}. I can count, add up, average, rank and list things in {tables}"
        f" — try “how many {example} are there?”.”",
        f"could not read the question {question!r}: {problem}",
    )


# -- the query being put together ------------------------------------------------------------------


def _ident(name: str) -> str:
    return name if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name) else '"' + name.replace('"', '""') + '"'


def _literal(value: object) -> str:
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@dataclass
class _Query:
    entity: str
    select: list[str] = field(default_factory=list)
    where: list[str] = field(default_factory=list)
    group: list[str] = field(default_factory=list)
    having: list[str] = field(default_factory=list)
    order: list[str] = field(default_factory=list)
    limit: int | None = None
    distinct: bool = False
    joins: list[str] = field(default_factory=list)
    joined: set[str] = field(default_factory=set)
    fanout: bool = False  # joined to a table with many rows per entity row
    said: list[str] = field(default_factory=list)

    def sql(self) -> str:
        parts = ["SELECT " + ("DISTINCT " if self.distinct else "") + ", ".join(self.select),
                 f"FROM {_ident(self.entity)}", *self.joins]
        if self.where:
            parts.append("WHERE " + " AND ".join(self.where))
        if self.group:
            parts.append("GROUP BY " + ", ".join(self.group))
        if self.having:
            parts.append("HAVING " + " AND ".join(self.having))
        if self.order:
            parts.append("ORDER BY " + ", ".join(self.order))
        if self.limit is not None:
            parts.append(f"LIMIT {self.limit}")
        return " ".join(parts)

    def read_as(self) -> str:
        return " ".join(self.said) if self.said else f"everything in {self.entity}"


# -- reading the words -----------------------------------------------------------------------------


class _Reader:
    def __init__(self, question: str, words: list[Word], catalog: Catalog, today: datetime.date) -> None:
        self.question = question
        self.words = words
        self.catalog = catalog
        self.today = today
        self.raw = tokens(question)
        # "total sales": right after an aggregate, a word that is also a value (the Sales department)
        # means the column it is a synonym for.
        self.words = [w for w in words if not (w.kind == "value" and self._prev(w, ("agg",), 1)
                                               and any(o.at == w.at and o.kind == "column" for o in words))]
        self.used: set[int] = set()  # positions already given a meaning

    # helpers over the words ----------------------------------------------------------------------

    def _of(self, kind: str) -> list[Word]:
        return [word for word in self.words if word.kind == kind]

    def _first(self, kind: str) -> Word | None:
        return next((word for word in self.words if word.kind == kind), None)

    def _at(self, at: int) -> list[Word]:
        return [word for word in self.words if word.at == at]

    def _next(self, word: Word, kinds: tuple[str, ...], within: int = 4) -> Word | None:
        for candidate in self.words:
            if word.at < candidate.at <= word.at + within and candidate.kind in kinds:
                return candidate
        return None

    def _prev(self, word: Word, kinds: tuple[str, ...], within: int = 4) -> Word | None:
        for candidate in reversed(self.words):
            if word.at - within <= candidate.at < word.at and candidate.kind in kinds:
                return candidate
        return None

    def table(self, name: str) -> Table:
        return self.catalog.tables[name]

    def ref(self, table: str, column: str) -> str:
        return f"{_ident(table)}.{_ident(column)}"

    def label(self, table: str) -> Column | None:
        columns = self.table(table).columns
        for wanted in _LABELS:
            found = next((c for c in columns if c.name.lower() == wanted), None)
            if found is not None:
                return found
        return next((c for c in columns if c.key and c.name.lower() == "id"), None)  # orders are known by number

    def money(self, table: str) -> Column | None:
        columns = [c for c in self.table(table).columns if c.numeric and not c.key]
        return next((c for c in columns if any(m in c.name.lower() for m in _MONEY)), columns[-1] if columns else None)

    def size(self, table: str) -> Column | None:
        return next((c for c in self.table(table).columns if c.numeric and any(
            word in c.name.lower() for word in ("pages", "length", "duration", "size", "words", "minutes"))), None)

    def when_column(self, table: str, birth: bool = False) -> Column | None:
        columns = [c for c in self.table(table).columns if c.temporal or any(b in c.name.lower() for b in _BIRTH)]
        if birth:
            born = [c for c in columns if any(b in c.name.lower() for b in _BIRTH)]
            return born[0] if born else (columns[0] if columns else None)
        dated = [c for c in columns if c.temporal]
        return dated[0] if dated else None

    def nearest_table(self, table: str, pick: str) -> tuple[str, Column] | None:
        """A column of the kind `pick` (money/date/birth) in the table or, failing that, the closest linked one."""
        for candidate in self.distances(table):  # nearest first: the dict keeps breadth-first order
            column = (self.money(candidate) if pick == "money" else self.size(candidate) if pick == "size"
                      else self.when_column(candidate, pick == "birth"))
            if column is not None:
                return candidate, column
        return None

    # choosing meanings --------------------------------------------------------------------------------

    def resolve(self, entity: str) -> None:
        """Where a phrase has several meanings, keep the one nearest the entity (its own table, then links)."""
        distance = self.distances(entity)
        chosen: dict[int, Word] = {}
        for word in self.words:
            if word.at in chosen and not self._better(word, chosen[word.at], distance):
                continue
            chosen[word.at] = word
        self.words = [chosen[at] for at in sorted(chosen)]

    def _better(self, word: Word, current: Word, distance: dict[str, int]) -> bool:
        def score(candidate: Word) -> tuple[bool, int, int]:
            near = distance.get(candidate.table, 99) if candidate.table else 50
            kind = {"value": 0, "table": 1, "column": 2}.get(candidate.kind, 3)
            if candidate.kind == "value" and self._prev(candidate, ("agg",), 1):
                kind = 5  # "total sales": after an aggregate, sales is the amount, not the department
            return near >= 99, kind, near  # a meaning that can't join the rest loses, whatever it is

        return score(word) < score(current)

    def entity(self) -> str:
        """The table the question is about: the first table named that is not a group, order or ranking
        target; with no table named, the table closest to everything the question mentions."""
        named = [w for w in self.words if w.kind == "table"]
        for word in named:
            if not self._prev(word, ("group", "by", "order", "their", "best", "yearly"), 1):
                return word.table
        if named:
            return named[0].table
        mentioned: dict[int, list[Word]] = {}
        for word in self.words:
            if word.kind in ("column", "value"):
                mentioned.setdefault(word.at, []).append(word)
        if not mentioned:
            raise _puzzled(self.question, self.catalog, "I can't tell which table you mean")
        first = mentioned[min(mentioned)][0].table

        def cost(table: str) -> tuple[int, int]:
            distance = self.distances(table)
            total = sum(min(distance.get(w.table, 99) for w in meanings) for meanings in mentioned.values())
            return total, 0 if table == first else 1

        return min(self.catalog.tables, key=cost)

    def distances(self, start: str) -> dict[str, int]:
        distance, queue = {start: 0}, deque([start])
        while queue:
            current = queue.popleft()
            for link in self.catalog.links:
                other = link.parent if link.child == current else link.child if link.parent == current else None
                if other is not None and other not in distance:
                    distance[other] = distance[current] + 1
                    queue.append(other)
        return distance

    # the read -----------------------------------------------------------------------------------------

    def read(self) -> _Query:
        entity = self.entity()
        self.resolve(entity)
        entity = self.entity()
        query = _Query(entity)
        self.filters(query)
        top = self.top_n()
        agg = self._first("agg") or self.implied_sum()
        bests = self._of("best")
        # "top 3 most borrowed books": "top" only says how many; "most borrowed" says by what
        best = next((w for w in bests if w.text != "top"), bests[0]) if bests else None
        leading = self.leading_column()
        counting_it = agg is not None and agg.cue == "count" and leading is not None and leading.at > agg.at
        grouped_by_leading = leading is not None and (agg or top) and not counting_it
        group = self.group_target(query) or (leading if grouped_by_leading else None)
        yearly = self._first("yearly") or self._first("monthly")
        if yearly is not None:
            self.by_period(query, yearly)
        if leading is not None and group is None and agg is None and best is None and not query.group and not top:
            self.distinct_values(query, leading)
        elif agg is not None and agg.cue == "count" and (best is None or best.at < agg.at or group is None) and not top:
            self.counted(query, group, best)
        elif self._first("their") is not None:
            self.with_their(query)
        elif best is not None and (top or self.ranks(best, group)):
            self.ranked(query, best, agg, group, top)
        elif agg is not None:
            self.aggregated(query, agg, group)
        elif best is not None:
            self.extreme(query, best, group)
        elif group is not None:  # "customers per city": how many in each
            query.select += [*self.group_by(query, group), "COUNT(*)"]
            query.said.insert(0, f"number of {query.entity}")
        else:
            self.listed(query)
        self.ordered(query)
        if query.fanout and not query.group and not any("(" in item for item in query.select):
            query.distinct = True
        return query

    # filters --------------------------------------------------------------------------------------------

    def filters(self, query: _Query) -> None:
        values: dict[tuple[str, str, str], list[str]] = {}
        for word in self._of("value"):
            negated = self._prev(word, ("not",), 2) is not None
            if negated and self.missing_date(query, word):
                continue
            values.setdefault((word.table, word.column, "!=" if negated else "="), []).append(word.value)
        for (table, column, op), found in values.items():
            self.join(query, table)
            ref = self.ref(table, column)
            if len(found) == 1:
                query.where.append(f"{ref} {op} {_literal(found[0])}")
            else:
                inside = ", ".join(_literal(v) for v in found)
                query.where.append(f"{ref} {'NOT IN' if op == '!=' else 'IN'} ({inside})")
            query.said.append(f"where {column} {'is not' if op == '!=' else 'is'} {' or '.join(found)}")
        for word in self._of("cmp"):
            self.compare(query, word)
        for word in self._of("when") + self._of("year"):
            self.dated(query, word)
        for word in self._of("none") + self._of("sign"):
            self.missing_or_signed(query, word)
        for word in self._of("day"):
            self.on_day(query, word)

    def missing_or_signed(self, query: _Query, word: Word) -> None:
        """"No manager" is a NULL; "a negative amount" is below zero."""
        target = self._next(word, ("column",), 3)
        if target is None:
            return
        self.used.add(target.at)
        self.join(query, target.table)
        ref = self.ref(target.table, target.column)
        if word.kind == "none":
            query.where.append(f"{ref} IS NULL")
            query.said.append(f"with no {target.column}")
        else:
            query.where.append(f"{ref} {word.cue} 0")
            query.said.append(f"with a {word.text} {target.column}")

    def on_day(self, query: _Query, word: Word) -> None:
        column = self._date_column(query, word)
        if column is None:
            return
        self.join(query, column.table)
        ref = self.ref(column.table, column.name)
        day = _literal(word.value)
        query.where.append(f"{ref} = {day}" if "TIME" not in column.type else f"DATE({ref}) = {day}")
        query.said.append(f"on {word.value}")

    def missing_date(self, query: _Query, word: Word) -> bool:
        """"Not returned" where a returned_on date exists: the date is missing, whatever the status says."""
        stem = word.value.lower()
        columns = self.table(word.table).columns
        column = next((c for c in columns if c.temporal and c.name.lower().startswith(stem)), None)
        if column is None:
            return False
        self.join(query, word.table)
        query.where.append(f"{self.ref(word.table, column.name)} IS NULL")
        query.said.append(f"not {word.value} yet")
        return True
    def compare(self, query: _Query, word: Word) -> None:
        numbers = [w for w in self.words if w.kind == "number" and w.at > word.at][:2]
        if word.cue.endswith("post"):
            numbers = [w for w in self.words if w.kind == "number" and w.at < word.at][-1:]
        if not numbers:
            return
        op, _, hint = word.cue.partition(":")
        op = op.removesuffix("post")
        number = numbers[0]
        self.used.add(number.at)
        counted = self._next(number, ("table",), 2)
        if counted is not None and counted.table != query.entity and op != "between":
            self.having_count(query, counted.table, op, number.number)
            return
        column = self._target_column(query, word, number, hint)
        if column is None:
            return
        ref = self.ref(column.table, column.name)
        self.join(query, column.table)
        if op == "between" and len(numbers) == 2:
            self.used.add(numbers[1].at)
            query.where.append(f"{ref} BETWEEN {_literal(number.number)} AND {_literal(numbers[1].number)}")
            query.said.append(f"with {column.name} between {number.text} and {numbers[1].text}")
        else:
            query.where.append(f"{ref} {op} {_literal(number.number)}")
            query.said.append(f"with {column.name} {op} {number.text}")

    def _target_column(self, query: _Query, word: Word, number: Word, hint: str = "") -> Column | None:
        if hint:
            near = self.nearest_table(query.entity, hint)
            if near is not None:
                return near[1]
        for found in (self._prev(word, ("column",), 4), self._next(number, ("column",), 2)):
            if found is not None:
                column = self.table(found.table).column(found.column)
                if column is not None and column.numeric:
                    self.used.add(found.at)
                    return column
        return self.money(query.entity)

    def having_count(self, query: _Query, table: str, op: str, number: float) -> None:
        self.join(query, table)
        self.group_by_entity(query)
        query.having.append(f"COUNT({self.ref(table, self._key(table))}) {op} {_literal(number)}")
        query.said.append(f"with {op} {int(number)} {table}")

    def dated(self, query: _Query, word: Word) -> None:
        if word.kind == "year":
            year, how = self.today.year + int(word.cue), "in"
        else:
            month = self._next(word, ("month",), 1)
            number = self._next(month or word, ("number",), 1)
            if number is None or not 1800 <= number.number <= 2200 or not number.number.is_integer():
                return
            self.used.add(number.at)
            year, how = int(number.number), word.cue
            if month is not None:
                self.month(query, word, year, int(month.number))
                return
        column = self._date_column(query, word)
        if column is None:
            return
        self.join(query, column.table)
        ref = self.ref(column.table, column.name)
        if column.numeric:  # a year stored as a number ("born INTEGER")
            bounds = {"before": f"{ref} < {year}", "after": f"{ref} > {year}", "since": f"{ref} >= {year}"}
            query.where.append(bounds.get(how, f"{ref} = {year}"))
        else:
            start, end = f"'{year:04d}-01-01'", f"'{year + 1:04d}-01-01'"
            bounds = {"before": f"{ref} < {start}", "after": f"{ref} >= {end}", "since": f"{ref} >= {start}"}
            query.where.append(bounds.get(how, f"{ref} >= {start} AND {ref} < {end}"))
        query.said.append(f"with {column.name} {how} {year}")

    def month(self, query: _Query, word: Word, year: int, month: int) -> None:
        column = self._date_column(query, word)
        if column is None:
            return
        self.join(query, column.table)
        ref = self.ref(column.table, column.name)
        after = (year + 1, 1) if month == 12 else (year, month + 1)
        query.where.append(f"{ref} >= '{year:04d}-{month:02d}-01' AND {ref} < '{after[0]:04d}-{after[1]:02d}-01'")
        query.said.append(f"with {column.name} in {year:04d}-{month:02d}")

    def _date_column(self, query: _Query, word: Word) -> Column | None:
        for found in self._of("column"):
            column = self.table(found.table).column(found.column)
            if column is not None and (column.temporal or any(b in column.name.lower() for b in _BIRTH)):
                self.used.add(found.at)
                return column
        near = self.nearest_table(query.entity, "date")
        return near[1] if near else None

    # what is asked ----------------------------------------------------------------------------------------

    def top_n(self) -> int | None:
        for word in self.words:
            if word.kind == "best" or (word.kind == "bottom"):
                number = self._next(word, ("number",), 1)
                if number is not None and number.number.is_integer() and number.at not in self.used:
                    self.used.add(number.at)
                    return int(number.number)
            if word.kind == "number" and word.at not in self.used and word.number.is_integer():
                after = self._next(word, ("best",), 1)
                which = self._next(word, ("table",), 1) if self._first("best") and word.at <= 2 else None
                if after is not None or which is not None:  # "5 most expensive", "which 3 products … most"
                    self.used.add(word.at)
                    return int(word.number)
        return None

    def ranks(self, best: Word, group: Word | None) -> bool:
        """"Which product is the most expensive" ranks rows; "what is the highest salary" asks for MAX."""
        if any(w.kind == "who" for w in self.words) or self.raw[:1] in (["which"], ["who"]):
            return True
        if self.raw and self.raw[0] in LISTING - {"what", "which", "who", "whose"}:
            return True
        if ":" in best.cue and self._next(best, ("column",), 1) is None:
            return True  # "the most expensive product", "the oldest employee"
        return any(w.kind == "table" and w.at > best.at for w in self.words) and group is None

    def counted(self, query: _Query, group: Word | None, best: Word | None) -> None:
        agg = self._first("agg")
        after = agg.at if agg is not None else len(self.raw)
        noun = next((w for w in self.words if w.at > after and w.kind in ("column", "table")), None)
        if noun is not None and noun.kind == "column" and group is None:
            column = self.table(noun.table).column(noun.column)
            if column is not None and not column.numeric:  # "how many departments": how many different ones
                self.join(query, noun.table)
                query.select.append(f"COUNT(DISTINCT {self.ref(noun.table, noun.column)})")
                query.said.insert(0, f"number of different {noun.column} values")
                return
        key = f"COUNT(DISTINCT {self.ref(query.entity, self._key(query.entity))})" if query.fanout else "COUNT(*)"
        query.said.insert(0, f"number of {query.entity}")
        if group is None:
            query.select.append(key)
            return
        labels = self.group_by(query, group)
        query.select += [*labels, key]
        if best is not None:  # "which department has the most employees"
            query.order.append(f"{key} {'DESC' if best.cue.startswith('max') else 'ASC'}")
            query.limit = 1

    def measure(self, query: _Query, after: Word | None, hint: str = "") -> Column | None:
        """The numeric column a question is about: named near the cue, else the table's money column."""
        candidates = [w for w in self._of("column") if after is None or w.at > after.at] + self._of("column")
        for found in candidates:
            column = self.table(found.table).column(found.column)
            if column is not None and (column.numeric or column.temporal) and found.at not in self.used:
                self.used.add(found.at)
                return column
        pick = hint or "money"
        near = self.nearest_table(query.entity, pick)
        return near[1] if near else None

    def aggregated(self, query: _Query, agg: Word, group: Word | None) -> None:
        column = self.measure(query, agg)
        if column is None:
            raise _puzzled(self.question, self.catalog, f"I don't know what to {agg.cue} in {query.entity}")
        reading = f"{'total' if agg.cue == 'sum' else 'average'} {column.name} of {query.entity}"
        self.summarised(query, agg.cue, column, reading, group)

    def extreme(self, query: _Query, best: Word, group: Word | None) -> None:
        direction, _, hint = best.cue.partition(":")
        column = self.measure(query, best, hint)
        if column is None:
            raise _puzzled(self.question, self.catalog, f"I don't know what “{best.text}” is about")
        self.summarised(query, direction, column, f"{best.text} {column.name} of {query.entity}", group)

    def summarised(self, query: _Query, function: str, column: Column, reading: str, group: Word | None) -> None:
        """One aggregate of a column (per group, if there is one): SUM, AVG, MIN or MAX."""
        self.join(query, column.table)
        expression = f"{function.upper()}({self.ref(column.table, column.name)})"
        query.said.insert(0, reading)
        labels = self.group_by(query, group) if group is not None else []
        query.select += [*labels, expression]

    def ranked(self, query: _Query, best: Word, agg: Word | None, group: Word | None, top: int | None) -> None:
        direction, _, hint = best.cue.partition(":")
        descending = direction == "max" and not any(w.kind == "bottom" for w in self.words)
        counted = self._next(best, ("table",), 2)
        if agg is not None and agg.at > best.at and agg.cue == "count":  # "top 5 cities by number of customers"
            named = self._next(agg, ("table",), 2)
            if named is not None and named.table != query.entity:
                self.join(query, named.table)
                key = f"COUNT({self.ref(named.table, self._key(named.table))})"
            else:
                key = "COUNT(*)"
            labels = self.group_by(query, group) if group is not None else self.group_by_entity(query)
            query.said.insert(0, f"{query.entity} ranked by how many")
        elif agg is not None and agg.at > best.at:
            column = self.measure(query, agg)
            if column is None:
                raise _puzzled(self.question, self.catalog, "I don't know what to rank by")
            key = f"{agg.cue.upper()}({self.ref(column.table, column.name)})"
            self.join(query, column.table)
            labels = self.group_by(query, group) if group is not None else self.group_by_entity(query)
            query.said.insert(0, f"{query.entity} ranked by {agg.cue} {column.name}")
        elif counted is not None and counted.table == query.entity and group is not None and not hint:
            key = "COUNT(*)"  # "which country has the most customers"
            labels = self.group_by(query, group)
            query.said.insert(0, f"{group.text} ranked by number of {query.entity}")
        elif counted is not None and counted.table != query.entity and not hint:
            self.join(query, counted.table)
            key = f"COUNT({self.ref(counted.table, self._key(counted.table))})"
            labels = self.group_by(query, group) if group is not None else self.group_by_entity(query)
            query.said.insert(0, f"{query.entity} ranked by number of {counted.table}")
        else:
            column = self.measure(query, best, hint)
            if column is None:
                raise _puzzled(self.question, self.catalog, f"I don't know what “{best.text}” is about")
            self.join(query, column.table)
            key = self.ref(column.table, column.name)
            if group is not None:
                labels = self.group_by(query, group)
                key = f"{'MAX' if descending else 'MIN'}({key})"
            elif query.fanout and column.numeric and column.table != query.entity:
                labels = self.group_by_entity(query)  # "products that sold the most units": add them up
                key = f"SUM({key})"
            else:
                labels = self.labels(query)
            query.said.insert(0, f"{query.entity} with the {best.text} {column.name}")
        query.select += [*labels, key] if key not in labels else labels
        query.order.append(f"{key} {'DESC' if descending else 'ASC'}")
        query.limit = top or 1

    def with_their(self, query: _Query) -> None:
        """"customer names with their order totals": one row per entity with an aggregate of linked rows."""
        their = self._first("their")
        assert their is not None
        agg = self._next(their, ("agg",), 4)
        counted = self._next(their, ("table",), 3)
        labels = self.group_by_entity(query)
        if agg is not None and agg.cue != "count":
            column = self.measure(query, their)
            if column is None:
                raise _puzzled(self.question, self.catalog, "I don't know which numbers to add up")
            self.join(query, column.table)
            query.select += [*labels, f"{agg.cue.upper()}({self.ref(column.table, column.name)})"]
            query.said.insert(0, f"{query.entity} with their {agg.cue} of {column.name}")
        elif counted is not None:
            self.join(query, counted.table)
            query.select += [*labels, f"COUNT({self.ref(counted.table, self._key(counted.table))})"]
            query.said.insert(0, f"{query.entity} with their number of {counted.table}")
        else:
            self.listed(query)

    def leading_column(self) -> Word | None:
        """A question that starts with a category column ("list the genres", "departments sorted by
        headcount", "what are the product categories") is about that column's values."""
        for word in self.words:
            if word.kind in ("distinct", "agg", "best", "number", "order", "order?", "group", "by", "dir"):
                continue
            if word.kind == "table":
                following = next((w for w in self.words if w.at == word.at + 1), None)
                if following is not None and following.kind == "column" and following.table == word.table:
                    continue  # "product categories": the table only says whose categories
                return None
            if word.kind != "column":
                return None
            column = self.table(word.table).column(word.column)
            label = self.label(word.table)
            if column is None or column.numeric or column.temporal or (label is not None and label.name == word.column):
                return None
            self.used.add(word.at)
            return word
        return None

    def distinct_values(self, query: _Query, word: Word) -> None:
        self.join(query, word.table)
        query.select.append(self.ref(word.table, word.column))
        query.distinct = True
        query.said.insert(0, f"the different {word.column} values")

    def implied_sum(self) -> Word | None:
        """"What was the revenue last year?": revenue, sales, turnover are sums without saying so."""
        for word in self.words:
            if word.kind == "column" and word.text in ("revenue", "sales", "turnover", "spending", "spent", "takings"):
                return Word("agg", word.text, word.at - 1 if word.at else 0, cue="sum")
        return None

    def by_period(self, query: _Query, word: Word) -> None:
        column = self._date_column(query, word)
        if column is None:
            raise _puzzled(self.question, self.catalog, f"I don't know which date to split {word.text}")
        self.join(query, column.table)
        width = 4 if word.kind == "yearly" else 7
        ref = self.ref(column.table, column.name)
        period = f"CAST(SUBSTR({ref}, 1, 4) AS INTEGER)" if width == 4 else f"SUBSTR({ref}, 1, 7)"
        query.group.append(period)
        query.select.append(period)
        query.said.append(f"per {'year' if width == 4 else 'month'} of {column.name}")

    def listed(self, query: _Query) -> None:
        query.select += self.labels(query)
        query.said.insert(0, f"the {query.entity}")

    def labels(self, query: _Query) -> list[str]:
        """The columns a listing shows: the name, plus every column the question mentions."""
        chosen: list[str] = []
        label = self.label(query.entity)
        if label is not None:
            chosen.append(self.ref(query.entity, label.name))
        for word in self._of("column"):
            if word.table == query.entity or word.table in query.joined:
                ref = self.ref(word.table, word.column)
                if ref not in chosen and (self._prev(word, ("order",), 1) is None):
                    chosen.append(ref)
        return chosen or [f"{_ident(query.entity)}.*"]

    # grouping and order -------------------------------------------------------------------------------

    def group_target(self, query: _Query) -> Word | None:
        opening = next((w for w in self.words if w.at == 1), None) if self.raw[:1] in (["which"], ["what"]) else None
        if opening is not None and opening.kind == "column" and (self._first("agg") or self._first("best")):
            column = self.table(opening.table).column(opening.column)
            if column is not None and not column.numeric:  # "which department has the highest ..."
                self.used.add(opening.at)
                return opening
        ranking = any(w.kind in ("best", "bottom") for w in self.words)
        for word in self.words:
            if word.kind == "group" or (word.kind == "by" and not ranking):
                target = self._next(word, ("column", "table", "agg"), 2)
                if target is None or target.kind == "agg":
                    continue
                following = next((w for w in self.words if w.at == target.at + 1), None)
                if target.kind == "table" and following is not None and following.kind == "column" \
                        and following.table == target.table:
                    target = following  # "by product category": the category, not the product
                if word.kind == "by" and target.kind == "table" and not (self._of("agg") or self.implied_sum()):
                    continue  # "books by authors from …": written by, not grouped by
                self.used.add(target.at)
                return target
        return None

    def group_by(self, query: _Query, target: Word) -> list[str]:
        if target.kind == "column":
            self.join(query, target.table)
            ref = self.ref(target.table, target.column)
            query.group.append(ref)
            query.said.append(f"per {target.column}")
            return [ref]
        if target.table == query.entity:
            return self.group_by_entity(query)
        self.join(query, target.table)
        label = self.label(target.table)
        key = self.ref(target.table, self._key(target.table))
        shown = self.ref(target.table, label.name) if label else key
        query.group += [key] if shown == key else [key, shown]
        query.said.append(f"per {_singular_word(target.table)}")
        return [shown]

    def group_by_entity(self, query: _Query) -> list[str]:
        key = self.ref(query.entity, self._key(query.entity))
        label = self.label(query.entity)
        shown = self.ref(query.entity, label.name) if label else key
        for ref in (key, shown):
            if ref not in query.group:
                query.group.append(ref)
        return [shown]

    def ordered(self, query: _Query) -> None:
        cue = self._first("order") or self._first("order?")
        direction = self._first("dir")
        if cue is None and direction is None:
            return
        descending = direction is not None and direction.cue == "desc"
        if cue is not None and cue.cue == "alpha":
            label = self.label(query.entity)
            query.order = [self.ref(query.entity, label.name)] if label else query.order
            return
        target = self._next(cue, ("column", "agg"), 3) if cue is not None else None
        aggregate = next((item for item in query.select if "(" in item), None)
        if target is not None and target.kind == "column" and not (aggregate and query.group):
            ref = self.ref(target.table, target.column)
            self.join(query, target.table)
            if ref not in query.select and not query.group:
                query.select.append(ref)
        elif aggregate is not None and query.group:  # "departments sorted by headcount"
            ref = aggregate
        elif query.order:
            query.order = [item.rsplit(" ", 1)[0] + (" DESC" if descending else " ASC") for item in query.order]
            return
        elif direction is not None and direction.text.endswith("first"):
            text = direction.text
            dated = any(word in text for word in ("recent", "newest", "oldest", "latest", "earliest"))
            near = self.nearest_table(query.entity, "date" if dated else "money")
            if near is None:
                return
            self.join(query, near[0])
            ref = self.ref(near[1].table, near[1].name)
            if ref not in query.select and not query.group:
                query.select.append(ref)
        else:
            return
        query.order = [f"{ref} {'DESC' if descending else 'ASC'}"]
        query.said.append(f"sorted by {ref.split('.')[-1]}{' descending' if descending else ''}")

    # joins ----------------------------------------------------------------------------------------------

    def _key(self, table: str) -> str:
        column = self.table(table).column("id")
        return column.name if column is not None else "rowid"

    def join(self, query: _Query, table: str) -> None:
        """Join `table` to the query along inferred links (breadth first from the entity)."""
        if table == query.entity or table in query.joined:
            return
        path = self._path(query.entity, table)
        if path is None:
            raise _puzzled(self.question, self.catalog, f"I can't see how {query.entity} and {table} connect")
        for here, there, link in path:
            if there in query.joined or there == query.entity:
                continue
            if link.child == there:  # parent → child: one entity row becomes many
                query.fanout = True
                condition = f"{self.ref(there, link.column)} = {self.ref(here, self._key(here))}"
            else:
                condition = f"{self.ref(there, self._key(there))} = {self.ref(here, link.column)}"
            query.joins.append(f"JOIN {_ident(there)} ON {condition}")
            query.joined.add(there)

    def _path(self, start: str, goal: str) -> list[tuple[str, str, Link]] | None:
        previous: dict[str, tuple[str, Link]] = {}
        queue, seen = deque([start]), {start}
        while queue:
            current = queue.popleft()
            if current == goal:
                break
            for link in self.catalog.links:
                other = link.parent if link.child == current else link.child if link.parent == current else None
                if other is not None and other not in seen:
                    seen.add(other)
                    previous[other] = (current, link)
                    queue.append(other)
        if goal not in seen:
            return None
        path: list[tuple[str, str, Link]] = []
        node = goal
        while node != start:
            here, link = previous[node]
            path.append((here, node, link))
            node = here
        return list(reversed(path))


def _singular_word(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
