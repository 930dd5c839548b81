"""Reading understood words into one SELECT: what is counted, summed or ranked, the filters, the groups, the
order, and the joins along the catalog's links.

Every word a construct relies on is marked used; `Reader.read` returns the query and the positions used,
and the caller refuses a question whose content words were not all used (honesty before helpfulness).
"""

from __future__ import annotations

import datetime
from collections import deque

from sqlglot import exp

from humandb.brain.catalog import Catalog, Column, Link, Table, name_parts
from humandb.reading.english import constructs
from humandb.reading.english.linking import roles_of
from humandb.reading.english.query import Query, agg, is_aggregate, line_revenue, literal, ref, table_ref, value_of
from humandb.reading.english.refusal import Puzzled
from humandb.reading.english.words import Word, singular

__all__ = ["Reader"]

_NOT_LABELS = frozenset({"ship", "contact", "user", "file", "host", "middle", "maiden", "nick"})
_LISTING = frozenset({"show", "list", "give", "find", "display", "get", "tell", "return", "fetch", "print", "see"})
_SUMMED = frozenset({"revenue", "sales", "turnover", "spending", "spent", "takings", "spend", "income", "money",
                     "payroll", "bring in", "brings in", "brought in", "grossing", "gross", "take", "took", "make",
                     "made", "makes", "generated", "generate", "generates",
                     "proceeds", "receipts", "invoiced", "billed"})


class Reader:
    def __init__(self, raw: list[str], words: list[Word], catalog: Catalog, today: datetime.date) -> None:
        self.raw = raw
        self.catalog = catalog
        self.today = today
        # "total sales": right after an aggregate, a word that is also a value (the Sales department)
        # means the column it is a synonym for.
        self.words = [w for w in words if not (w.kind == "value" and self._prev_in(words, w, ("agg",), 1)
                                               and any(o.at == w.at and o.kind == "column" for o in words))
                      and not (w.kind == "value" and w.cue == "weak" and not self._named_value(words, w))]
        self.used: set[int] = set()  # positions given a meaning by the reading
        self.having_sum = False
        self.first_dated = False  # a date filter or ranking used a table's first date (its making)
        self.event_dated = False  # a date filter or ranking used the entity's one date (read for an event's verb)
        self._distances: dict[str, dict[str, int]] = {}

    def _named_value(self, words: list[Word], value: Word) -> bool:
        """A value that is also a little word ("on", "data") counts only where it reads as a value: beside its
        column or table ("the Data department"), or after "in"/"from" ("employees in Data")."""
        near = [w for w in words if abs(w.at - value.at) <= 2 and w.at != value.at and w.table == value.table
                and w.kind in ("table", "column") and (w.kind == "table" or w.column == value.column)]
        before = self.raw[value.at - 1] if value.at > 0 else ""
        return bool(near) or before in ("in", "from", "at")

    # helpers over the words ----------------------------------------------------------------------

    def use(self, *words: Word | None) -> None:
        for word in words:
            if word is not None:
                self.used.update(range(word.at, word.at + word.span))

    def _of(self, kind: str) -> list[Word]:
        return [word for word in self.words if word.kind == kind]

    def _first(self, kind: str) -> Word | None:
        return next((word for word in self.words if word.kind == kind), None)

    def _next(self, word: Word, kinds: tuple[str, ...], within: int = 4) -> Word | None:
        for candidate in self.words:
            if word.at < candidate.at <= word.at + word.span - 1 + within and candidate.kind in kinds:
                return candidate
        return None

    def _prev(self, word: Word, kinds: tuple[str, ...], within: int = 4) -> Word | None:
        return self._prev_in(self.words, word, kinds, within)

    @staticmethod
    def _prev_in(words: list[Word], word: Word, kinds: tuple[str, ...], within: int) -> Word | None:
        for candidate in reversed(words):
            if word.at - within <= candidate.at + candidate.span - 1 < word.at and candidate.kind in kinds:
                return candidate
        return None

    def table(self, name: str) -> Table:
        return self.catalog.tables[name]

    def column_of(self, word: Word) -> Column | None:
        if not word.table:
            return None
        if "*" in word.column:
            return line_revenue(self.table(word.table))
        return self.table(word.table).column(word.column)

    def puzzled(self, problem: str) -> Puzzled:
        return Puzzled(problem)

    # roles of a table's columns ------------------------------------------------------------------

    def label(self, table: str) -> list[Column]:
        """The columns a row is known by: its name (first and last, for people), else its title, else its key."""
        columns = [c for c in self.table(table).columns if not c.numeric and not c.temporal and not c.key]
        own = [singular(part) for part in name_parts(table)]
        named = [c for c in columns if "name" in c.parts or "company" in c.parts]
        first = next((c for c in named if "first" in roles_of(c)), None)
        last = next((c for c in named if "last" in roles_of(c)), None)
        for candidates in ([c for c in named if c.parts == ("name",)],
                           [c for c in columns if c.parts and tuple(singular(p) for p in c.parts) == tuple(own)],
                           [first, last] if first is not None and last is not None else [],
                           [c for c in named if c.parts[0] in own or c.parts[0] in ("full", "display")],
                           [c for c in columns if c.parts in (("title",), ("label",))],
                           [c for c in named if c.parts[-1] == "name" and not set(c.parts) & _NOT_LABELS],
                           [c for c in columns if c.parts[-1] == "title"],
                           [c for c in named if not set(c.parts) & _NOT_LABELS]):
            if candidates:
                return candidates if len(candidates) == 2 and candidates == [first, last] else [candidates[0]]
        key = self.table(table).key
        found = self.table(table).column(key)
        return [found] if found is not None else []

    def role_column(self, table: str, role: str) -> Column | None:
        columns = [c for c in self.table(table).columns if role in roles_of(c)]
        line = line_revenue(self.table(table)) if role == "money" else None
        if line is not None:  # a line's price × quantity beats its unit price; a total beats both
            totals = [c for c in columns if set(c.parts) & {"amount", "total", "revenue", "sales", "subtotal"}]
            return totals[0] if totals else line
        if role == "money":
            # revenue is the amount of a sale, not a salary; a total beats a unit price
            columns.sort(key=lambda c: ("pay" in roles_of(c), not set(c.parts) & {"amount", "total", "revenue",
                                                                                  "sales", "subtotal"}))
        if role == "date":
            columns.sort(key=lambda c: "birth" in roles_of(c))
        if role == "size":  # a film's length, not how long it may be rented for
            columns.sort(key=lambda c: (not set(c.parts) & {"length", "runtime", "pages", "milliseconds", "minutes",
                                                            "seconds"}, len(c.parts)))
        if role == "lifecycle" and not columns:
            return self.role_column(table, "date")
        if role == "birth" and not columns:
            return None
        return columns[0] if columns else None

    def nearest(self, table: str, role: str) -> Column | None:
        """A column playing `role` in the table or, failing that, the closest linked table that has one."""
        if role == "pay":
            found = self.nearest(table, "pay_only")
            return found if found is not None else self.nearest(table, "money")
        for candidate in self.distances(table):  # nearest first: the dict keeps breadth-first order
            column = self.role_column(candidate, "pay" if role == "pay_only" else role)
            if column is not None:
                return column
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
        def score(candidate: Word) -> tuple[bool, int, bool, int]:
            if candidate.kind in ("agg", "best") and current.kind == "column" and distance.get(current.table, 99) > 0:
                return False, -1, False, 0  # "total minutes spent": the total of them, not the invoices' total
            if candidate.kind == "value" and self._prev(candidate, ("table",), 2) is not None and \
                    self._prev(candidate, ("table",), 2).table == candidate.table:  # type: ignore[union-attr]
                return False, -1, False, 0  # "customers in France": the customers' country
            near = distance.get(candidate.table, 99) if candidate.table else 50
            kind = {"value": 0, "table": 1, "column": 2}.get(candidate.kind, 3)
            if candidate.kind == "value" and self._prev(candidate, ("agg",), 1):
                kind = 5  # "total sales": after an aggregate, sales is the amount, not the department
            if candidate.kind == "column" and candidate.cue.startswith("role") and kind < 5:
                kind = 2
            return near >= 99, kind, candidate.cue == "part", near  # a meaning that can't join loses

        return score(word) < score(current)

    def entity(self) -> str:
        """The table the question is about: the first table named that is not a group, order or ranking
        target; with no table named, the table closest to everything the question mentions."""
        named = [w for w in self.words if w.kind == "table" and w.cue != "verb"]
        acted = self.acted_upon()
        if acted is not None:
            return acted
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
            hinted = [w.cue.partition(":")[2] for w in self.words if w.kind == "best" and ":" in w.cue]
            if any(w.kind == "agg" and w.cue == "sum" for w in self.words) and set(self.raw) & {"we", "our"}:
                hinted.append("money")  # "how much did we make in Q3?": the money the business took
            for role in hinted:  # "top 3 earners": whoever has the pay
                found = [t for t in self.catalog.tables.values() if self.role_column(t.name, role) is not None
                         and (role not in ("date",) or len(self.catalog.tables) == 1)]
                if role == "money" and found:
                    return max(found, key=lambda t: (self._totals(t.name), t.rows)).name
                if len(found) == 1 or (found and role in ("pay", "birth")):
                    return found[0].name
            raise self.puzzled("I can't tell which table you mean")
        first = mentioned[min(mentioned)][0].table

        def cost(table: str) -> tuple[int, int, int]:
            distance = self.distances(table)
            total = sum(min(distance.get(w.table, 99) for w in meanings) for meanings in mentioned.values())
            return total, 0 if table == first else 1, -self.table(table).rows

        return min(self.catalog.tables, key=cost)

    def _totals(self, table: str) -> bool:
        column = self.role_column(table, "money")
        return column is not None and bool(set(column.parts) & {"amount", "total", "revenue", "sales", "subtotal"})

    def acted_upon(self) -> str | None:
        """"What did Rachel White buy?": what the verb's subject did it to — the one table on the other side
        of the subject's events (customers ← orders → products)."""
        if self.raw[:1] != ["what"] or not set(self.raw[1:3]) & {"did", "does", "has", "have"}:
            return None
        subject = next((w for w in self.words if w.kind == "value"), None)
        verb = next((w for w in self.words if subject is not None and w.at > subject.at and w.kind == "unknown"), None)
        if subject is None or verb is None or any(w.kind == "table" for w in self.words):
            return None
        others = set()
        for link in self.catalog.links:
            if link.parent == subject.table and not link.self_reference:
                others |= {other.parent for other in self.catalog.links
                           if other.child == link.child and other.parent != subject.table and not other.self_reference}
        if len(others) != 1:
            return None
        self.use(verb)
        return others.pop()

    def distances(self, start: str) -> dict[str, int]:
        found = self._distances.get(start)
        if found is not None:
            return found
        distance, queue = {start: 0}, deque([start])
        while queue:
            current = queue.popleft()
            for link in self.catalog.links:
                other = link.parent if link.child == current else link.child if link.parent == current else None
                if other is not None and other not in distance:
                    distance[other] = distance[current] + 1
                    queue.append(other)
        self._distances[start] = distance
        return distance

    # the read -----------------------------------------------------------------------------------------

    def read(self) -> Query:
        entity = self.entity()
        self.resolve(entity)
        entity = self.entity()
        query = Query(entity)
        self.use(*[w for w in self.words if w.kind == "table" and w.table == entity][:1])
        special = constructs.special(self, query)
        if special is not None:
            return special
        self.filters(query)
        top = self.top_n()
        if self.having_sum:  # "customers who spent over $100 in total": the total was the filter's
            self.words = [w for w in self.words if not (w.kind == "agg" and w.at in self.used)]
        agg_word = next((w for w in self.words if w.kind == "agg" and not w.cue.endswith("?")), None)
        agg_word = self.counting_words(agg_word) or (None if self.having_sum else self.implied_sum())
        if agg_word is not None:  # "how much have we invoiced in total": said twice, meant once
            self.use(*[w for w in self.words if w.kind == "agg" and w.cue == agg_word.cue and w is not agg_word
                       and agg_word.cue != "count"])
        bests = self._of("best")
        # "top 3 most borrowed books": "top" only says how many; "most borrowed" says by what
        best = next((w for w in bests if w.text != "top"), bests[0]) if bests else None
        if best is not None and best.text != "top":
            self.use(*[w for w in bests if w.text == "top"])
        leading = self.leading_column()
        counting_it = agg_word is not None and agg_word.cue == "count" and leading is not None \
            and leading.at > agg_word.at
        grouped_by_leading = leading is not None and (agg_word or top) and not counting_it
        group = self.group_target(query) or (leading if grouped_by_leading else None)
        period = self._first("yearly") or self._first("monthly") or self._first("quarterly")
        if period is not None:
            self.by_period(query, period)
        verbed = any(w.kind == "table" and w.cue == "verb" and w.at not in self.used for w in self.words)
        if best is not None and (best.cue.endswith(":activity") or constructs.most_verbed(self, best)
                                 or (verbed and ":" not in best.cue and agg_word is None)):
            constructs.activity(self, query, best, group, top)
        elif leading is not None and group is None and agg_word is None and best is None and not query.group \
                and not top:
            self.distinct_values(query, leading)
        elif agg_word is not None and agg_word.cue == "count" and (best is None or best.at < agg_word.at
                                                                   or group is None) and not top:
            self.counted(query, group, best)
        elif self._first("their") is not None:
            self.with_their(query)
        elif best is not None and (top or self.ranks(best, group)):
            self.ranked(query, best, agg_word, group, top)
        elif agg_word is not None:
            self.aggregated(query, agg_word, group)
        elif best is not None:
            self.extreme(query, best, group)
        elif group is not None or period is not None:  # "customers per city", "tickets per month": how many
            query.add_select(*(self.group_by(query, group) if group is not None else []), agg("count"))
            query.said.insert(0, f"number of {query.entity}")
        elif top is not None:
            raise self.puzzled(f"I don't know what the {top} should be the top of")
        elif query.having and query.group and not self.having_sum:
            query.said.insert(0, f"the {query.entity}")
        elif self.having_sum:
            query.add_select(*self.group_by_entity(query))
            query.said.insert(0, f"the {query.entity}")
        else:
            self.listed(query)
        self.ordered(query)
        if query.fanout and not query.group and not any(is_aggregate(item) for item in query.select):
            query.distinct = True
        for word in self._of("column"):  # "total quantity ordered": ordering is what made every order
            column = self.column_of(word)
            if word.cue == "event" and column is not None and column.table in {query.entity, *query.joined}:
                first = next((c for c in self.table(column.table).columns if c.temporal
                              and "birth" not in roles_of(c)), None)
                if first == column:
                    self.use(word)
        return query

    # filters --------------------------------------------------------------------------------------------

    def filters(self, query: Query) -> None:
        constructs.average_comparisons(self)
        values: dict[tuple[str, str, bool], list[Word]] = {}
        for word in self._of("value"):
            negation = self._prev(word, ("not", "never"), 2)
            if negation is not None and self.missing_date(query, word):
                self.use(negation, word)
                continue
            self.use(word, negation)
            values.setdefault((word.table, word.column, negation is not None), []).append(word)
        for (table, column, negated), found in values.items():
            query.at = found[0].at
            self.join(query, table)
            column_ref = ref(table, column)
            literals = [literal(word.value) for word in found]
            condition: exp.Expression = exp.EQ(this=column_ref, expression=literals[0]) if len(literals) == 1 \
                else exp.In(this=column_ref, expressions=literals)
            query.filter(exp.Not(this=condition) if negated and len(literals) > 1 else
                               exp.NEQ(this=column_ref, expression=literals[0]) if negated else condition)
            said = " or ".join(word.value for word in found)
            query.said.append(f"where {column} {'is not' if negated else 'is'} {said}")
        for word in self._of("table"):  # "store 2", "invoice 5": the row with that key
            number = next((w for w in self.words if w.at == word.at + word.span and w.kind == "number"), None)
            if number is not None and number.number.is_integer() and number.at not in self.used \
                    and not self._prev(word, ("best", "bottom", "cmp"), 2):
                self.use(word, number)
                self.join(query, word.table)
                query.at = word.at
                key = ref(word.table, self.table(word.table).key)
                query.filter(exp.EQ(this=key, expression=literal(number.number)))
                query.said.append(f"{singular(word.table)} number {int(number.number)}")
        for word in self._of("cmp"):
            query.at = word.at
            self.compare(query, word)
        for word in self._of("vsavg"):
            constructs.versus_average(self, query, word)
        for word in self._of("when") + self._of("year") + self._of("monthrel"):
            query.at = word.at
            self.dated(query, word)
        for word in self._of("quarter"):
            self.quarter(query, word)
        for word in self._of("none") + self._of("sign"):
            self.missing_or_signed(query, word)
        for word in self._of("day"):
            self.on_day(query, word)
        constructs.flags(self, query)
        constructs.without(self, query)

    def missing_or_signed(self, query: Query, word: Word) -> None:
        """"No manager" is a NULL; "a negative amount" is below zero."""
        target = self._next(word, ("column",), 3)
        if target is None or target.at in self.used:
            return
        self.use(word, target)
        self.join(query, target.table)
        column_ref = ref(target.table, target.column)
        if word.kind == "none":
            query.filter(exp.Is(this=column_ref, expression=exp.Null()))
            query.said.append(f"with no {target.column}")
        else:
            op = exp.LT if word.cue == "<" else exp.GT
            query.filter(op(this=column_ref, expression=literal(0)))
            query.said.append(f"with a {word.text} {target.column}")

    def on_day(self, query: Query, word: Word) -> None:
        column = self._date_column(query, word)
        if column is None:
            return
        self.use(word)
        self.join(query, column.table)
        column_ref: exp.Expression = value_of(column)
        if "TIME" in column.type or column.shape == "datetime":
            column_ref = exp.Anonymous(this="DATE", expressions=[column_ref])
        query.filter(exp.EQ(this=column_ref, expression=literal(word.value)))
        query.said.append(f"on {word.value}")

    def missing_date(self, query: Query, word: Word) -> bool:
        """"Not returned" where a returned_on date exists: the date is missing, whatever the status says."""
        stem = word.value.lower()
        columns = self.table(word.table).columns
        column = next((c for c in columns if c.temporal and c.name.lower().startswith(stem)), None)
        if column is None:
            return False
        self.join(query, word.table)
        query.filter(exp.Is(this=ref(word.table, column.name), expression=exp.Null()))
        query.said.append(f"not {word.value} yet")
        return True

    def compare(self, query: Query, word: Word) -> None:
        numbers = [w for w in self.words if w.kind == "number" and w.at > word.at and w.at not in self.used][:2]
        if word.cue.endswith("post"):
            numbers = [w for w in self.words if w.kind == "number" and w.at < word.at][-1:]
        if not numbers:
            return
        op, _, hint = word.cue.partition(":")
        op = op.removesuffix("post")
        number = numbers[0]
        counted = self._next(number, ("table",), 2)
        grouping = next((w for w in self.words if w.kind == "column" and w.at < word.at and w.table == query.entity
                         and (c := self.column_of(w)) is not None and not c.numeric and not c.temporal), None)
        if counted is not None and counted.table == query.entity and grouping is not None and op != "between":
            self.use(word, number, counted, grouping)  # "teams with more than 4 agents"
            column_ref: exp.Expression = ref(grouping.table, grouping.column)
            query.add_group(column_ref)
            query.add_select(column_ref)
            query.having.append(_comparison(op, agg("count"), literal(number.number)))
            query.said.append(f"{grouping.column} with {op} {number.text} {query.entity}")
            return
        if counted is not None and op != "between" and counted.table != query.entity:
            self.use(word, number, counted, self._prev(word, ("has",), 2))
            self.having_count(query, counted.table, op, number.number)
            return
        column = self._target_column(query, word, number, hint)
        if column is None:
            return
        self.use(word, number)
        column_ref = value_of(column)
        self.join(query, column.table)
        totalled = [w for w in self.words if w.kind == "agg" and w.cue == "sum"] + [
            w for w in self.words if w.kind == "column" and w.cue.startswith("role") and w.text in _SUMMED]
        if totalled and column.table != query.entity and query.fanout and op != "between":
            self.use(*totalled)  # "customers who spent over $14,000 (in total)": per customer, added up
            self.group_by_entity(query)
            query.having.append(_comparison(op, agg("sum", column_ref), literal(number.number)))
            query.said.append(f"with total {column.name} {op} {number.text}")
            self.having_sum = True
            return
        if op == "between" and len(numbers) == 2:
            self.use(numbers[1], self._next(number, ("and",), 1))
            query.filter(exp.Between(this=column_ref, low=literal(number.number),
                                           high=literal(numbers[1].number)))
            query.said.append(f"with {column.name} between {number.text} and {numbers[1].text}")
        else:
            value = number.number
            unit = next((w for w in self.words if w.at == number.at + 1 and w.kind == "unit"), None)
            if unit is not None:  # "longer than 2 hours" of a length in minutes
                own = column_unit(column)
                if own is None:
                    raise self.puzzled(f"I don't know what unit {column.name} is in")
                self.use(unit)
                value = value * float(unit.cue) / own
            query.filter(_comparison(op, column_ref, literal(value)))
            query.said.append(f"with {column.name} {op} {number.text}" + (f" {unit.text}" if unit else ""))

    def _related(self, one: str, other: str) -> bool:
        return other in self.distances(one) and one != other

    def _target_column(self, query: Query, word: Word, number: Word, hint: str = "") -> Column | None:
        if hint:
            near = self.nearest(query.entity, hint)
            if near is not None:
                return near
        for found in (self._prev(word, ("column",), 4), self._next(number, ("column",), 2)):
            if found is not None:
                column = self.column_of(found)
                if column is not None and column.numeric:
                    self.use(found)
                    return column
        verb = self._prev(word, ("column",), 2)
        if verb is not None:
            return None
        return self.nearest(query.entity, "money")

    def having_count(self, query: Query, table: str, op: str, number: float) -> None:
        self.join(query, table)
        self.group_by_entity(query)
        query.having.append(_comparison(op, agg("count", ref(table, self.table(table).key)), literal(number)))
        query.said.append(f"with {op} {int(number)} {table}")

    def dated(self, query: Query, word: Word) -> None:
        if word.kind == "year":
            year, how = self.today.year + int(word.cue), "in"
        elif word.kind == "monthrel":
            months = self.today.month + int(word.cue)
            year = self.today.year + (months - 1) // 12
            column = self._date_column(query, word)
            if column is not None:
                self.use(word)
                self.month_range(query, column, year, (months - 1) % 12 + 1)
            return
        else:
            month = self._next(word, ("month",), 1)
            number = self._next(month or word, ("number",), 1)
            if month is not None and number is None:  # "in march", "since june": the last one that began
                year = self.today.year if month.number <= self.today.month else self.today.year - 1
                if word.cue == "since":
                    column = self._date_column(query, word)
                    if column is not None:
                        self.use(word, month)
                        self.join(query, column.table)
                        query.filter(exp.GTE(this=value_of(column),
                                             expression=literal(f"{year:04d}-{int(month.number):02d}-01")))
                        query.said.append(f"with {column.name} since {month.text} {year}")
                    return
                number = Word("number", str(year), month.at, number=float(year))
            if number is None or not 1800 <= number.number <= 2200 or not number.number.is_integer():
                return
            year, how = int(number.number), word.cue
            if month is not None:
                column = self._date_column(query, word)
                if column is not None:
                    self.use(word, month, number)
                    self.month_range(query, column, year, int(month.number))
                return
            self.use(number)
        column = self._date_column(query, word)
        if column is None:
            return
        self.use(word)
        self.join(query, column.table)
        column_ref = value_of(column)
        if column.numeric:  # a year stored as a number ("born INTEGER")
            bounds = {"before": "<", "after": ">", "since": ">="}
            query.filter(_comparison(bounds.get(how, "="), column_ref, literal(year)))
        else:
            start, end = literal(f"{year:04d}-01-01"), literal(f"{year + 1:04d}-01-01")
            if how == "before":
                query.filter(exp.LT(this=column_ref, expression=start))
            elif how == "after":
                query.filter(exp.GTE(this=column_ref, expression=end))
            elif how == "since":
                query.filter(exp.GTE(this=column_ref, expression=start))
            else:
                query.filter(exp.GTE(this=column_ref, expression=start), exp.LT(this=column_ref, expression=end))
        query.said.append(f"with {column.name} {how} {year}")

    def quarter(self, query: Query, word: Word) -> None:
        number = self._next(word, ("number",), 1)
        year = int(number.number) if number is not None and 1800 <= number.number <= 2200 else self.today.year
        column = self._date_column(query, word)
        if column is None:
            return
        self.use(word, number, self._prev(word, ("when",), 1))
        first = 3 * (int(word.number) - 1) + 1
        self.month_range(query, column, year, first, months=3)

    def month_range(self, query: Query, column: Column, year: int, month: int, months: int = 1) -> None:
        self.join(query, column.table)
        column_ref = value_of(column)
        after_month = month + months
        after = (year + (after_month - 1) // 12, (after_month - 1) % 12 + 1)
        query.filter(exp.GTE(this=column_ref, expression=literal(f"{year:04d}-{month:02d}-01")),
                     exp.LT(this=column_ref, expression=literal(f"{after[0]:04d}-{after[1]:02d}-01")))
        query.said.append(f"with {column.name} in {year:04d}-{month:02d}" + (f" (+{months - 1} months)"
                                                                             if months > 1 else ""))

    def _date_column(self, query: Query, word: Word | None) -> Column | None:
        for found in self._of("column"):
            column = self.column_of(found)
            if column is not None and (column.temporal or column.shape == "year" or "date" in roles_of(column)):
                self.use(found)
                return column
        found_column = self.event_date(query)
        self.note_date(found_column)
        return found_column

    def event_date(self, query: Query) -> Column | None:
        """The date a time filter means when no date is named: of the tables the question mentions, the one
        with the most rows that has a date (the events: "which employee handled the most orders in 2025")."""
        mentioned = {query.entity} | {w.table for w in self.words if w.kind in ("table", "column", "value") and w.table}
        dated = [(self.table(t).rows, t) for t in mentioned if t in self.distances(query.entity)
                 and self.role_column(t, "date") is not None and not self._only_birth(t)]
        if dated:
            return self.role_column(max(dated)[1], "date")
        return self.nearest(query.entity, "date")

    def _only_birth(self, table: str) -> bool:
        dates = [c for c in self.table(table).columns if c.temporal or c.shape == "year"]
        return bool(dates) and all("birth" in roles_of(c) for c in dates)

    def note_date(self, column: Column | None) -> None:
        """A date chosen for the entity without being named: an event's verb ("placed in 2023") meant it,
        if the entity has no other date the verb could mean."""
        if column is None:
            return
        dates = [c for c in self.table(column.table).columns if c.temporal and "birth" not in roles_of(c)]
        if dates == [column]:
            self.event_dated = True
        if dates and dates[0] == column:
            self.first_dated = True

    # what is asked ----------------------------------------------------------------------------------------

    def top_n(self) -> int | None:
        for word in self.words:
            if word.kind in ("best", "bottom", "earners"):
                number = self._next(word, ("number",), 1)
                if number is not None and number.number.is_integer() and number.at not in self.used:
                    self.use(number)
                    return int(number.number)
            if word.kind == "number" and word.at not in self.used and word.number.is_integer():
                after = self._next(word, ("best",), 1)
                which = self._next(word, ("table",), 1) if self._first("best") and word.at <= 2 else None
                if after is not None or which is not None:  # "5 most expensive", "which 3 products … most"
                    self.use(word)
                    return int(word.number)
        return None

    def ranks(self, best: Word, group: Word | None) -> bool:
        """"Which product is the most expensive" ranks rows; "what is the highest salary" asks for MAX."""
        if any(w.kind == "who" for w in self.words) or self.raw[:1] in (["which"], ["who"]):
            return True
        if self.raw and self.raw[0] in _LISTING:
            return True
        if ":" in best.cue and self._next(best, ("column",), 1) is None:
            return True  # "the most expensive product", "the oldest employee"
        if group is not None and self._next(best, ("table",), 3) is not None:
            return True  # "what country are most of our customers in"
        return any(w.kind == "table" and w.at > best.at for w in self.words) and group is None

    def counted(self, query: Query, group: Word | None, best: Word | None) -> None:
        agg_word = next((w for w in self.words if w.kind == "agg" and w.cue == "count"), None)
        self.use(agg_word)
        after = agg_word.at if agg_word is not None else len(self.raw)
        noun = next((w for w in self.words if w.at > after and w.kind in ("column", "table")), None)
        filtered = {w.column for w in self.words if w.kind == "value" and w.table == getattr(noun, "table", "")}
        if noun is not None and noun.kind == "column" and group is None and noun.column not in filtered:
            column = self.column_of(noun)
            if column is not None and not column.numeric and not column.temporal:
                self.use(noun)  # "how many departments": how many different ones
                self.use(self._prev(noun, ("distinct",), 2))
                self.join(query, noun.table)
                query.add_select(agg("count", ref(noun.table, noun.column), distinct=True))
                query.said.insert(0, f"number of different {noun.column} values")
                return
        if noun is not None and noun.kind == "table" and noun.table != query.entity and group is None \
                and noun.table in self.distances(query.entity):
            self.use(noun)  # "how many orders came from customers in Germany": count the entity, via the link
        key = agg("count", ref(query.entity, self.table(query.entity).key), distinct=True) if query.fanout \
            else agg("count")
        query.said.insert(0, f"number of {query.entity}")
        if group is None:
            query.add_select(key)
            return
        if group.kind == "table" and group.table != query.entity and self._owns(group.table, query.entity) \
                and best is None:
            labels, key = self.flipped(query, group)  # "how many tickets did each agent handle": zeros too
        else:
            labels = self.group_by(query, group)
        query.add_select(*labels, key)
        if best is not None:  # "which department has the most employees"
            self.use(best)
            query.order_by(key, best.cue.startswith("max"))
            query.limit = 1

    def _owns(self, parent: str, child: str) -> bool:
        """Rows of `child` belong to rows of `parent`: a path of child links (through a junction table too)."""
        path = self._path(parent, child)
        return path is not None and len(path) <= 2 and all(
            link.child == there or (link.parent == there and index == 1 and len(path) == 2)
            for index, (_, there, link) in enumerate(path)) and path[0][2].child == path[0][1]

    def flipped(self, query: Query, group: Word) -> tuple[list[exp.Expression], exp.Expression]:
        """Count the entity's rows per row of `group`'s table, keeping the groups that have none: FROM the
        group's table LEFT JOIN the entity, the entity's own filters moved into the join."""
        counted = query.entity
        own = [(c, at) for c, at in zip(query.where, query.where_at, strict=True)
               if all(col.table == group.table for col in c.find_all(exp.Column))]
        moved = [c for c, _ in zip(query.where, query.where_at, strict=True) if (c, _) not in own]
        if any(not all(col.table == counted for col in c.find_all(exp.Column)) for c in moved):
            labels = self.group_by(query, group)
            return labels, agg("count")
        query.entity, query.joins, query.joined = group.table, [], set()
        query.where, query.where_at = [c for c, _ in own], [at for _, at in own]
        query.fanout, query.outer = False, True
        self._distances.clear()
        self.join(query, counted, outer=True)
        if moved:  # "rentals handled by each staff member last month": the month picks rentals, not staff
            last = query.joins[-1]
            last.set("on", exp.and_(last.args["on"], *moved))
        self.use(group)
        return self.group_by_entity(query), agg("count", ref(counted, self.table(counted).key))

    def measure(self, query: Query, after: Word | None, hint: str = "") -> Column | None:
        """The numeric column a question is about: named near the cue, else the table's column of the role."""
        candidates = [w for w in self._of("column") if after is None or w.at > after.at] + self._of("column")
        for found in candidates:
            column = self.column_of(found)
            if column is not None and (column.numeric or column.temporal) and found.at not in self.used \
                    and not column.key:
                self.use(found)
                return column
        if hint == "activity":
            return None
        near = self.nearest(query.entity, hint or "money")
        if near is None and hint in ("birth", "lifecycle"):
            near = self.nearest(query.entity, "date")
        if hint in ("date", "lifecycle"):
            self.note_date(near)
        return near

    def aggregated(self, query: Query, agg_word: Word, group: Word | None) -> None:
        unit = next((w for w in self.words if w.kind == "unit" and w.at not in self.used), None)
        column = self.measure(query, agg_word, "size" if unit is not None else "")
        if unit is not None and column is not None and column_unit(column) is not None:
            self.use(unit, self._prev(unit, ("when",), 1))  # "in minutes": the column's unit converted
            self.join(query, column.table)
            scale = literal(column_unit(column) / float(unit.cue))  # type: ignore[operator]
            converted = exp.Mul(this=value_of(column), expression=scale)
            self.use(agg_word)
            query.said.insert(0, f"{agg_word.cue} {column.name} of {query.entity} in {unit.text}")
            labels = self.group_by(query, group) if group is not None else []
            query.add_select(*labels, agg(agg_word.cue, converted))
            return
        if column is None:
            raise self.puzzled(f"I don't know what to {agg_word.cue} in {query.entity}")
        self.use(agg_word)
        if column.temporal and agg_word.cue in ("sum", "avg"):
            raise self.puzzled(f"I can't {'add up' if agg_word.cue == 'sum' else 'average'} dates")
        reading = f"{'total' if agg_word.cue == 'sum' else 'average'} {column.name} of {query.entity}"
        self.summarised(query, agg_word.cue, column, reading, group)

    def extreme(self, query: Query, best: Word, group: Word | None) -> None:
        direction, _, hint = best.cue.partition(":")
        self.needs_measure(best)
        column = self.measure(query, best, hint)
        if column is None:
            raise self.puzzled(f"I don't know what “{best.text}” is about")
        self.use(best)
        self.summarised(query, direction, column, f"{best.text} {column.name} of {query.entity}", group)

    def summarised(self, query: Query, function: str, column: Column, reading: str, group: Word | None) -> None:
        """One aggregate of a column (per group, if there is one): SUM, AVG, MIN or MAX."""
        self.join(query, column.table)
        expression = agg(function, value_of(column))
        query.said.insert(0, reading)
        labels = self.group_by(query, group) if group is not None else []
        query.add_select(*labels, expression)

    def ranked(self, query: Query, best: Word, agg_word: Word | None, group: Word | None, top: int | None) -> None:
        direction, _, hint = best.cue.partition(":")
        descending = direction == "max" and not any(w.kind == "bottom" for w in self.words)
        self.use(best, self._first("bottom"))
        counted = self._next(best, ("table",), 3)  # "most of our customers"
        key: exp.Expression
        if agg_word is not None and agg_word.at > best.at and agg_word.cue == "count":
            self.use(agg_word)  # "top 5 cities by number of customers"
            named = self._next(agg_word, ("table",), 2)
            if named is not None and named.table != query.entity:
                self.use(named)
                self.join(query, named.table)
                key = agg("count", ref(named.table, self.table(named.table).key))
            else:
                self.use(named)
                key = agg("count")
            labels = self.group_by(query, group) if group is not None else self.group_by_entity(query)
            query.said.insert(0, f"{query.entity} ranked by how many")
        elif agg_word is not None and agg_word.at > best.at:
            column = self.measure(query, agg_word)
            if column is None:
                raise self.puzzled("I don't know what to rank by")
            self.use(agg_word)
            key = agg(agg_word.cue, value_of(column))
            self.join(query, column.table)
            labels = self.group_by(query, group) if group is not None else self.group_by_entity(query)
            query.said.insert(0, f"{query.entity} ranked by {agg_word.cue} {column.name}")
        elif counted is not None and counted.table == query.entity and group is not None and not hint:
            key = agg("count")  # "which country has the most customers"
            labels = self.group_by(query, group)
            query.said.insert(0, f"{group.text} ranked by number of {query.entity}")
        elif counted is not None and counted.table != query.entity and not hint:
            self.use(counted)
            self.join(query, counted.table)
            key = agg("count", ref(counted.table, self.table(counted.table).key))
            labels = self.group_by(query, group) if group is not None else self.group_by_entity(query)
            query.said.insert(0, f"{query.entity} ranked by number of {counted.table}")
        else:
            self.needs_measure(best)
            column = self.measure(query, best, hint)
            if column is None:
                raise self.puzzled(f"I don't know what “{best.text}” is about")
            self.join(query, column.table)
            key = value_of(column)
            summed = any(w.kind == "column" and w.text in _SUMMED and w.at in self.used for w in self.words)
            if summed and (group is not None or (query.fanout and column.table != query.entity)):
                key = agg("sum", key)  # "the category that brings in the most money": money adds up
            if isinstance(key, exp.AggFunc):
                labels = self.group_by(query, group) if group is not None else self.group_by_entity(query)
            elif group is not None:
                labels = self.group_by(query, group)
                key = agg("max" if descending else "min", key)
            elif query.fanout and column.numeric and column.table != query.entity:
                labels = self.group_by_entity(query)  # "products that sold the most units": add them up
                key = agg("sum", key)
            else:
                labels = self.labels(query)
                query.filter(exp.Not(this=exp.Is(this=key.copy(), expression=exp.Null())))
            query.said.insert(0, f"{query.entity} with the {best.text} {column.name}")
        query.add_select(*labels, key)
        query.order_by(key, descending)
        query.limit = top or 1

    def needs_measure(self, best: Word) -> None:
        """"Highest", "most", "best" say which end, not of what: without a named number (or a role such as
        "most expensive"), "the best singer" has no answer in the tables."""
        if ":" in best.cue or best.text in ("top", "bottom"):
            return
        named = [w for w in self.words if w.kind in ("column", "agg", "table") and w.at != best.at
                 and (w.kind != "column" or ((c := self.column_of(w)) is not None and (c.numeric or c.temporal)))]
        if not named:
            raise self.puzzled(f"I don't know what “{best.text}” is measured by")

    def with_their(self, query: Query) -> None:
        """"customer names with their order totals": one row per entity with an aggregate of linked rows."""
        their = self._first("their")
        assert their is not None
        agg_word = self._next(their, ("agg",), 4)
        counted = self._next(their, ("table",), 3)
        self.use(their)
        labels = self.group_by_entity(query)
        if agg_word is not None and agg_word.cue != "count":
            column = self.measure(query, their)
            if column is None:
                raise self.puzzled("I don't know which numbers to add up")
            self.use(agg_word, counted)
            self.join(query, column.table)
            query.add_select(*labels, agg(agg_word.cue, value_of(column)))
            query.said.insert(0, f"{query.entity} with their {agg_word.cue} of {column.name}")
        elif counted is not None:
            self.use(counted, agg_word)
            self.join(query, counted.table, outer=True)
            query.add_select(*labels, agg("count", ref(counted.table, self.table(counted.table).key)))
            query.said.insert(0, f"{query.entity} with their number of {counted.table}")
        else:
            query.group = []
            self.listed(query)

    def leading_column(self) -> Word | None:
        """A question that starts with a category column ("list the genres", "departments sorted by
        headcount", "what are the product categories") is about that column's values."""
        for word in self.words:
            if word.kind in ("distinct", "agg", "best", "number", "order", "order?", "group", "by", "dir", "who",
                             "has"):
                continue
            if word.kind == "table":
                following = next((w for w in self.words if w.at == word.at + word.span), None)
                if following is not None and following.kind == "column" and following.table == word.table:
                    self.use(word)
                    continue  # "product categories": the table only says whose categories
                return None
            if word.kind != "column":
                return None
            column = self.column_of(word)
            labels = self.label(word.table)
            if column is None or column.numeric or column.temporal or column in labels or word.cue.startswith("role"):
                return None
            self.use(word)
            return word
        return None

    def distinct_values(self, query: Query, word: Word) -> None:
        self.join(query, word.table)
        self.use(self._first("distinct"))
        query.add_select(ref(word.table, word.column))
        query.distinct = True
        query.said.insert(0, f"the different {word.column} values")

    def counting_words(self, agg_word: Word | None) -> Word | None:
        """"total number of orders" counts them; "total number of pages" and "average number of pages" are
        about the pages column: the "number of" is just how the column is said."""
        if agg_word is None:
            return None
        following = self._next(agg_word, ("table", "column"), 2)
        if "number of" in agg_word.text and agg_word.cue == "sum" and following is not None \
                and following.kind == "table":
            return Word("agg", agg_word.text, agg_word.at, cue="count", span=agg_word.span)
        if agg_word.cue in ("sum", "avg", "min", "max"):
            counting = self._next(agg_word, ("agg",), 1)
            after = self._next(counting, ("column",), 1) if counting is not None else None
            column = self.column_of(after) if after is not None else None
            if counting is not None and counting.cue == "count" and column is not None and column.numeric:
                self.use(counting)
                self.words = [w for w in self.words if w is not counting]
        return agg_word

    def implied_sum(self) -> Word | None:
        """"What was the revenue last year?": revenue, sales, turnover are sums without saying so."""
        for word in self.words:
            if word.kind == "column" and word.text in _SUMMED:
                column = self.column_of(word)
                if column is not None and column.numeric:
                    return Word("agg", word.text, word.at, cue="sum")
        return None

    def by_period(self, query: Query, word: Word) -> None:
        column = self._date_column(query, word)
        if column is None:
            raise self.puzzled(f"I don't know which date to split {word.text}")
        self.use(word)
        self.join(query, column.table)
        column_ref = value_of(column)
        if word.kind == "yearly":
            period: exp.Expression = exp.Cast(
                this=exp.Substring(this=column_ref, start=literal(1), length=literal(4)),
                to=exp.DataType.build("INTEGER"))
        elif word.kind == "monthly":
            period = exp.Substring(this=column_ref, start=literal(1), length=literal(7))
        else:
            year = exp.Substring(this=column_ref, start=literal(1), length=literal(4))
            month = exp.Cast(this=exp.Substring(this=column_ref, start=literal(6), length=literal(2)),
                             to=exp.DataType.build("INTEGER"))
            quarter = exp.Paren(this=exp.Add(this=exp.Div(this=exp.Paren(this=exp.Sub(
                this=month, expression=literal(1))), expression=literal(3), typed=True), expression=literal(1)))
            period = exp.DPipe(this=exp.DPipe(this=year, expression=literal("-Q")), expression=quarter)
        query.add_group(period)
        query.add_select(period)
        query.said.append(f"per {word.kind.removesuffix('ly').replace('quarter', 'quarter')} of {column.name}")

    def listed(self, query: Query) -> None:
        query.add_select(*self.labels(query))
        query.said.insert(0, f"the {query.entity}")

    def labels(self, query: Query) -> list[exp.Expression]:
        """The columns a listing shows: the name, plus every column the question mentions."""
        chosen: list[exp.Expression] = [ref(query.entity, c.name) for c in self.label(query.entity)]
        for word in self._of("column"):
            if word.table == query.entity or word.table in query.joined:
                column_ref = ref(word.table, word.column)
                if column_ref not in chosen and self._prev(word, ("order",), 1) is None \
                        and (word.cue != "event" or self._first("date") is not None) \
                        and (word.at not in self.used or word.cue.startswith("role")):
                    self.use(word)
                    chosen.append(column_ref)
        return chosen or [exp.Column(this=exp.Star(), table=exp.to_identifier(query.entity))]

    # grouping and order -------------------------------------------------------------------------------

    def group_target(self, query: Query) -> Word | None:
        opening = next((w for w in self.words if w.at == 1), None) if self.raw[:1] in (["which"], ["what"]) else None
        if opening is not None and opening.kind == "column" and (self._first("agg") or self._first("best")):
            column = self.column_of(opening)
            if column is not None and not column.numeric:  # "which department has the highest ..."
                self.use(opening)
                return opening
        ranking = any(w.kind in ("best", "bottom") for w in self.words)
        for word in self.words:
            if word.kind == "group" or (word.kind == "by" and not ranking):
                target = self._next(word, ("column", "table", "agg"), 2)
                if target is None or target.kind == "agg":
                    continue
                following = next((w for w in self.words if w.at == target.at + target.span), None)
                if target.kind == "table" and following is not None and following.kind == "column" \
                        and following.table == target.table:
                    self.use(target)
                    target = following  # "by product category": the category, not the product
                if word.kind == "by" and target.kind == "table" and not (self._of("agg") or self.implied_sum()):
                    continue  # "books by authors from …": written by, not grouped by
                self.use(word, target)
                return target
        return None

    def group_by(self, query: Query, target: Word) -> list[exp.Expression]:
        self.use(target)
        if target.kind == "table" and target.table == query.entity and self._prev(target, ("group",), 1) \
                and any(w.kind == "agg" and w.cue in ("avg", "sum") for w in self.words) and not query.fanout:
            return []  # "average minutes spent per ticket": per row, which is what an average is
        if target.kind == "column":
            self.join(query, target.table)
            column_ref = ref(target.table, target.column)
            query.add_group(column_ref)
            query.said.append(f"per {target.column}")
            return [column_ref]
        if target.table == query.entity:
            return self.group_by_entity(query)
        self.join(query, target.table)
        key = ref(target.table, self.table(target.table).key)
        shown: list[exp.Expression] = [ref(target.table, c.name) for c in self.label(target.table)] or [key]
        query.add_group(key, *shown)
        query.said.append(f"per {singular(target.table)}")
        return shown

    def group_by_entity(self, query: Query) -> list[exp.Expression]:
        key = ref(query.entity, self.table(query.entity).key)
        shown: list[exp.Expression] = [ref(query.entity, c.name) for c in self.label(query.entity)] or [key]
        query.add_group(key, *shown)
        return shown

    def ordered(self, query: Query) -> None:
        cue = self._first("order") or self._first("order?")
        direction = self._first("dir")
        if cue is None and direction is None:
            return
        self.use(cue, direction)
        dir_cue, _, hint = direction.cue.partition(":") if direction is not None else ("", "", "")
        descending = dir_cue == "desc"
        if cue is not None and cue.cue == "alpha":
            labels = self.label(query.entity)
            if labels:
                query.order_by(ref(query.entity, labels[0].name), False)
            return
        target = self._next(cue, ("column", "agg"), 3) if cue is not None else None
        aggregate = next((item for item in query.select if is_aggregate(item)), None)
        order_ref: exp.Expression
        if target is not None and target.kind == "column" and not (aggregate and query.group):
            self.use(target)
            column = self.column_of(target)
            if column is not None and "name" in roles_of(column) and column.table == query.entity \
                    and not query.group:
                pass
            order_ref = ref(target.table, target.column)
            self.join(query, target.table)
            if order_ref not in query.select and not query.group:
                query.add_select(order_ref)
        elif aggregate is not None and query.group:  # "departments sorted by headcount"
            self.use(target)
            if target is not None and target.kind == "agg" and target.cue == "count" and aggregate not in (
                    agg("count"),):
                pass
            order_ref = aggregate
        elif query.order:
            for item in query.order:
                item.set("desc", descending)
            return
        elif direction is not None and (hint or direction.text.endswith("first")):
            role = hint if hint in ("money", "date") else "money"
            near = self.nearest(query.entity, role)
            if near is None:
                raise self.puzzled(f"I don't know what to sort “{direction.text}” by")
            self.join(query, near.table)
            order_ref = value_of(near)
            if order_ref not in query.select and not query.group:
                query.add_select(order_ref)
        else:
            if cue is not None and cue.kind == "order?" and direction is None:
                self.used.discard(cue.at)
                return
            raise self.puzzled("I don't know what to sort by")
        query.order_by(order_ref, descending)
        name = order_ref.name if isinstance(order_ref, exp.Column) else order_ref.sql("sqlite")
        query.said.append(f"sorted by {name}{' descending' if descending else ''}")

    # joins ----------------------------------------------------------------------------------------------

    def join(self, query: Query, table: str, outer: bool = False) -> None:
        """Join `table` to the query along the catalog's links (breadth first from the entity)."""
        if table == query.entity or table in query.joined:
            return
        path = self._path(query.entity, table)
        if path is None:
            raise self.puzzled(f"I can't see how {query.entity} and {table} connect")
        for here, there, link in path:
            if there in query.joined or there == query.entity:
                continue
            if link.child == there:  # parent → child: one entity row becomes many
                query.fanout = True
                condition = exp.EQ(this=ref(there, link.column), expression=ref(here, link.parent_column))
            else:
                condition = exp.EQ(this=ref(there, link.parent_column), expression=ref(here, link.column))
            kind = "LEFT" if outer or query.outer else None
            query.joins.append(exp.Join(this=table_ref(there), on=condition, side=kind))
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


def column_unit(column: Column) -> float | None:
    """Seconds per unit of a duration column: milliseconds, seconds, minutes (a film's length), days."""
    parts = set(column.parts)
    for names, seconds in ((("milliseconds", "ms", "millis"), 0.001), (("seconds", "secs", "sec"), 1.0),
                           (("minutes", "mins", "min", "length", "runtime"), 60.0), (("hours", "hrs"), 3600.0),
                           (("days", "duration"), 86400.0)):
        if parts & set(names):
            return seconds
    return None


def _comparison(op: str, left: exp.Expression, right: exp.Expression) -> exp.Expression:
    kinds: dict[str, type[exp.Expression]] = {">": exp.GT, "<": exp.LT, ">=": exp.GTE, "<=": exp.LTE, "=": exp.EQ}
    return kinds[op](this=left, expression=right)
