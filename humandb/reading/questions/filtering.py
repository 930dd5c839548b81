"""Filters: values ("in Germany"), comparisons ("over 1000", "longer than 2 hours"), dates ("in March 2025",
"last year", "since June"), missing things ("no manager"), and the periods a question splits by."""

from __future__ import annotations

import datetime
import itertools

from sqlglot import exp

from humandb.brain.catalog import Column
from humandb.reading.questions import constructs
from humandb.reading.questions.ages import born_for
from humandb.reading.questions.grouping import Grouping
from humandb.reading.questions.linking import column_is_time, ending, roles_of
from humandb.reading.questions.looking import SOLD_VERBS
from humandb.reading.questions.periods import period_of
from humandb.reading.questions.query import Query, agg, literal, ref, value_of
from humandb.reading.questions.refusal import quote_list
from humandb.reading.questions.vocabulary import SUMMED
from humandb.reading.questions.words import Word, singular

__all__ = ["Filtering", "column_unit"]

_ARTICLES = frozenset({"the", "a", "an"})
_SUMMARIES = frozenset({"avg", "sum", "min", "max"})
_PREPOSITIONS = frozenset({"in", "with", "of", "from", "at", "for", "whose", "where"})

# Names of dates that look ahead: a month alone means the coming one.
_AHEAD = frozenset("next due expires expiry expiring deadline until scheduled planned renewal renews".split())


class Filtering(Grouping):
    def filters(self, query: Query) -> None:
        constructs.average_comparisons(self)
        self._no_or_across_columns()
        self._one_level_of_a_tree()
        self._values_of_the_column_named()
        values: dict[tuple[str, str, bool], list[Word]] = {}
        for word in self.all_of("value"):
            negation = self.before(word, ("not", "never"), 2)
            if negation is not None and self.missing_date(query, word):
                self.use(negation, word)
                continue
            if negation is not None and negation.kind == "never" and word.table != query.entity \
                    and word.table in constructs.descendants(self, query.entity):
                continue  # "students never absent": no attendance row says so (an anti-join), not "<> 'absent'"
            self.use(word, negation)
            values.setdefault((word.table, word.column, negation is not None), []).append(word)
        for (table, column, negated), found in values.items():
            query.at = found[0].at
            self.join(query, table)
            column_ref = ref(table, column)
            found = list({word.value: word for word in found}.values())  # "dogs … the average dog": one dog
            literals = [literal(word.value) for word in found]
            condition: exp.Expression = exp.EQ(this=column_ref, expression=literals[0]) if len(literals) == 1 \
                else exp.In(this=column_ref, expressions=literals)
            query.filter(exp.Not(this=condition) if negated and len(literals) > 1 else
                               exp.NEQ(this=column_ref, expression=literals[0]) if negated else condition)
            said = " or ".join(word.value for word in found)
            query.said.append(f"where {column} {'is not' if negated else 'is'} {said}")
        for word in self.all_of("table"):  # "store 2", "invoice 5": the row with that key
            number = next((w for w in self.words if w.at == word.at + word.span and w.kind == "number"), None)
            if number is not None and number.number.is_integer() and number.at not in self.used \
                    and not self.before(word, ("best", "bottom", "cmp"), 2):
                self.use(word, number)
                self.join(query, word.table)
                query.at = word.at
                key = ref(word.table, self.table(word.table).key)
                query.filter(exp.EQ(this=key, expression=literal(number.number)))
                query.said.append(f"{singular(word.table)} number {int(number.number)}")
        for word in self.all_of("column"):  # "rooms on floor 3", "students in year 9": that column is that number
            number = next((w for w in self.words if w.at == word.at + word.span and w.kind == "number"), None)
            numbered = self.column_of(word)
            if number is not None and numbered is not None and numbered.numeric and not numbered.key \
                    and numbered.shape != "year" and number.number.is_integer() and number.at not in self.used \
                    and word.at not in self.used and not self.before(word, ("best", "bottom", "cmp"), 2):
                self.use(word, number)
                self.join(query, word.table)
                query.at = word.at
                query.filter(exp.EQ(this=ref(word.table, word.column), expression=literal(number.number)))
                query.said.append(f"where {word.column} is {int(number.number)}")
        for word in self.all_of("number"):  # "reviews that gave 5 stars", "rooms for 2 guests": that many
            counted = next((w for w in self.words if w.at == word.at + word.span and w.kind == "column"), None)
            many = self.column_of(counted) if counted is not None else None
            if counted is None or many is None or not many.numeric or many.key or word.at in self.used \
                    or self.before(word, ("cmp", "best", "bottom", "when", "agg"), 1) or not word.number.is_integer() \
                    or roles_of(many) & {"money", "pay"} or column_is_time(many):
                continue
            self.use(word, counted, self.before(word, ("unknown",), 1))
            self.join(query, many.table)
            query.at = word.at
            query.filter(exp.EQ(this=value_of(many), expression=literal(word.number)))
            query.said.append(f"where {many.name} is {int(word.number)}")
        for word in self.all_of("cmp"):
            query.at = word.at
            self.compare(query, word)
        for word in self.all_of("vsavg"):
            constructs.versus_average(self, query, word)
        for word in self.all_of("when") + self.all_of("year") + self.all_of("monthrel"):
            query.at = word.at
            self.dated(query, word)
        for word in self.all_of("quarter"):
            self.quarter(query, word)
        constructs.upcoming(self, query)
        for word in self.all_of("none") + self.all_of("sign"):
            self.missing_or_signed(query, word)
        for word in self.all_of("nullpost"):
            self.unknown(query, word)
        for word in self.all_of("day"):
            self.on_day(query, word)
        for word in self.all_of("dayrel"):
            self.days_from_today(query, word)
        for word in self.all_of("weekday"):
            self.on_weekdays(query, word)
        constructs.flags(self, query)
        constructs.without(self, query)
        constructs.done(self, query)
        constructs.states(self, query)
        self.having_one(query)

    def _values_of_the_column_named(self) -> None:
        """"Species in the families north or south": values said right after a column's name are that column's
        values; when the column holds none of them (they are another column's), refuse, naming them, rather
        than filter the other column under this one's name."""
        at = {w.at: w for w in self.words}
        for word in self.all_of("value"):
            before = word.at - 1
            while before >= 0 and self.raw[before] in _ARTICLES:
                before -= 1
            named = at.get(before)
            if named is None or named.kind != "column" or named.cue.startswith("role") \
                    or (named.table, named.column) == (word.table, word.column):
                continue
            ahead = named.at - 1
            while ahead >= 0 and self.raw[ahead] in _ARTICLES:
                ahead -= 1
            if ahead < 0 or self.raw[ahead] not in _PREPOSITIONS:
                continue  # "reasons dogs come in": a clause, not "in the reason 'dogs'"
            column = self.column_of(named)
            if column is None or column.numeric or column.temporal:
                continue
            listed = [w.text for w in self.all_of("value") if w.at >= word.at and (w.table, w.column) == (
                word.table, word.column)]
            raise self.puzzled(f"No {column.name} is called {quote_list(listed)}")

    def _no_or_across_columns(self) -> None:
        """"Observers in York or the North": values of two different columns joined by "or" would become two
        filters that must both hold, which is another question; refuse it, naming them."""
        found = sorted(self.all_of("value"), key=lambda w: w.at)
        for one, other in itertools.pairwise(found):
            between = {w.kind for w in self.words if one.at < w.at < other.at}
            if "or" in between and (one.table, one.column) != (other.table, other.column):
                raise self.puzzled(f"I can't filter on “{one.text}” or “{other.text}”: they are a "
                                   f"{one.column} and a {other.column}, and I only do “or” within one of them")

    def _one_level_of_a_tree(self) -> None:
        """"Species in the family Anatidae", "the genus of the barred owl", "sightings of birds and mammals": in
        a table that refers to itself (a tree), values said together may name rows at different levels, one
        under the other, which no filter on one row can find; refuse them rather than ask for a row that is
        both. Alternatives of one column ("vulnerable or endangered") are one level."""
        trees = {link.child for link in self.catalog.links if link.self_reference}
        found = [w for w in self.all_of("value") if w.table in trees]
        for table in {w.table for w in found}:
            named = sorted((w for w in found if w.table == table), key=lambda w: w.at)
            named = [w for i, w in enumerate(named)  # "colin reyes": a first and a last name, one row
                     if i == 0 or named[i - 1].at + named[i - 1].span != w.at or named[i - 1].column == w.column]
            alternatives = len({w.column for w in named}) == 1 and all(
                "or" in {w.kind for w in self.words if one.at < w.at < other.at}
                for one, other in itertools.pairwise(named))
            if len(named) > 1 and not alternatives:
                raise self.puzzled(f"{quote_list([w.text for w in named])} may be at different levels of the "
                                   f"{table}, which are a tree, and I can't follow a tree from one level to another")

    def missing_or_signed(self, query: Query, word: Word) -> None:
        """"No manager" is a NULL; "a negative amount" is below zero."""
        target = self.after(word, ("column",), 3)
        if target is None or target.at in self.used or (word.kind == "none" and self.through_many(
                query.entity, target.table)):
            return  # ("courses nobody enrolled in" is no blank date on some enrolment: an anti-join's, if any)
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

    def unknown(self, query: Query, word: Word) -> None:
        """"Pets whose breed is unknown": the column before it is empty."""
        target = self.before(word, ("column",), 3)
        if target is None or target.at in self.used:
            return
        self.use(word, target)
        self.join(query, target.table)
        query.at = word.at
        query.filter(exp.Is(this=ref(target.table, target.column), expression=exp.Null()))
        query.said.append(f"with no {target.column}")

    def having_one(self, query: Query) -> None:
        """"Tasks that have a parent task", "customers with a phone number": the column is filled in."""
        for word in self.all_of("has"):
            article = self.raw[word.at + 1] if word.at + 1 < len(self.raw) else ""
            target = self.after(word, ("column",), 3)
            if article not in ("a", "an", "any", "some") or target is None or target.at in self.used \
                    or target.table != query.entity:
                continue
            column = self.column_of(target)
            if column is None or (column.numeric and not column.key and not any(
                    link.child == column.table and link.column == column.name for link in self.catalog.links)):
                continue
            self.use(word, target)
            query.at = word.at
            query.filter(exp.Not(this=exp.Is(this=ref(target.table, target.column), expression=exp.Null())))
            query.said.append(f"with a {target.column}")

    def days_from_today(self, query: Query, word: Word) -> None:
        """"Yesterday", "today", "last week" (Monday to Sunday): days counted from the connection's today."""
        column = self.date_column(query, word)
        named = {query.entity} | {w.table for w in self.words if w.kind in ("table", "column", "value")}
        sold = self.sold_quantity(query.entity)
        if sold is not None:  # "plants we sold yesterday": the day of the sale (its line's, or its order's)
            named |= {sold.table} | {link.parent for link in self.catalog.links if link.child == sold.table}
        if column is None or column.shape == "year" or column.table not in named:
            return  # "our stock price today" is today's price, not the prices of what was ordered today
        if word.cue.startswith("week"):
            monday = self.today - datetime.timedelta(days=self.today.weekday()) \
                + datetime.timedelta(weeks=int(word.cue[4:]))
            first, after = monday, monday + datetime.timedelta(days=7)
        else:
            first = self.today + datetime.timedelta(days=int(word.cue))
            after = first + datetime.timedelta(days=1)
        self.use(word)
        self.join(query, column.table)
        # "after today", "before last week", "since yesterday": the day is one end of the range, not all of it
        end = self._end_of_range(word)
        if end is not None and not self._birthdays(column):
            self.use(end)
            if end.cue == "before":
                query.filter(exp.LT(this=value_of(column), expression=literal(first.isoformat())))
                query.said.append(f"with {column.name} before {first.isoformat()}")
            else:
                start = after if end.cue == "after" else first
                query.filter(exp.GTE(this=value_of(column), expression=literal(start.isoformat())))
                query.said.append(f"with {column.name} from {start.isoformat()} on")
            return
        if self._birthdays(column):
            self._birthday_days(query, column, first, after)
            return
        query.filter(exp.GTE(this=value_of(column), expression=literal(first.isoformat())),
                     exp.LT(this=value_of(column), expression=literal(after.isoformat())))
        query.said.append(f"with {column.name} from {first.isoformat()} to before {after.isoformat()}")

    def on_day(self, query: Query, word: Word) -> None:
        column = self.date_column(query, word)
        if column is None:
            return
        self.use(word)
        self.join(query, column.table)
        column_ref: exp.Expression = value_of(column)
        if "TIME" in column.type or column.shape == "datetime":
            column_ref = exp.Anonymous(this="DATE", expressions=[column_ref])
        end = self._end_of_range(word)  # "before 2026-01-01": one end of the range, not the day itself
        if end is not None:
            self.use(end)
            query.filter(_ENDS[end.cue](this=column_ref, expression=literal(word.value)))
            query.said.append(f"{end.cue} {word.value}")
            return
        query.filter(exp.EQ(this=column_ref, expression=literal(word.value)))
        query.said.append(f"on {word.value}")

    def on_weekdays(self, query: Query, word: Word) -> None:
        """"Outings on a weekend", "tickets opened on Sundays": the day of the week of the rows' date."""
        column = self.date_column(query, word)
        if column is None or not column.temporal:
            return
        self.use(word)
        self.join(query, column.table)
        day = exp.Anonymous(this="strftime", expressions=[literal("%w"), value_of(column)])
        query.filter(exp.In(this=day, expressions=[literal(number) for number in word.cue.split(",")]))
        query.said.append(f"on {word.text}")

    def _end_of_range(self, word: Word) -> Word | None:
        """"after", "before" or "since" right before a day or a week: the day is one end of the range."""
        end = self.before(word, ("when",), 1)
        return end if end is not None and end.cue in _ENDS else None

    def missing_date(self, query: Query, word: Word) -> bool:
        """"Not returned" where a returned_on date exists: the date is missing, whatever the status says."""
        stem = word.value.lower()
        columns = self.table(word.table).columns
        column = next((c for c in columns if c.temporal and c.name.lower().startswith(stem)), None)
        if column is None or self.through_many(query.entity, word.table):
            return False  # ("courses nobody enrolled in": no enrolment at all, not a blank date on one)
        self.join(query, word.table)
        query.filter(exp.Is(this=ref(word.table, column.name), expression=exp.Null()))
        query.said.append(f"not {word.value} yet")
        return True

    def compare(self, query: Query, word: Word) -> None:
        numbers = [w for w in self.words if w.kind == "number" and w.at > word.at and w.at not in self.used][:2]
        if word.cue.partition(":")[0].endswith("post"):  # "65 or more", "65 or older"
            numbers = [w for w in self.words if w.kind == "number" and w.at < word.at][-1:]
        if not numbers:
            return
        op, _, hint = word.cue.partition(":")
        op = op.removesuffix("post")
        number = numbers[0]
        if self.aged(query, word, op, hint, number):
            return
        counted = self.after(number, ("table",), 2)
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
        quantity = self.role_column(query.entity, "quantity")
        if counted is not None and op != "between" and counted.table != query.entity and quantity is not None \
                and self._one_each(query.entity, counted.table):
            # "deliveries of more than 200 plants": a delivery has one plant; the number is its quantity
            self.use(word, number, counted)
            query.filter(_comparison(op, value_of(quantity), literal(number.number)))
            query.said.append(f"with {quantity.name} {op} {number.text}")
            return
        if counted is not None and op != "between" and counted.table != query.entity:
            self.use(word, number, counted, self.before(word, ("has",), 2))
            self.having_count(query, counted.table, op, number.number)
            return
        if op != "between" and self._summary_compared(query, word, number, grouping):
            return
        column = self._target_column(query, word, number, hint)
        if column is None:
            return
        self.use(word, number)
        column_ref = value_of(column)
        self.join(query, column.table)
        totalled = [w for w in self.words if w.kind == "agg" and w.cue == "sum"] + [
            w for w in self.words if w.kind == "column" and w.cue.startswith("role") and w.text in SUMMED]
        # "users who logged more than 150 hours": their hours added up, unless one of the rows is named ("customers
        # with an order over $500": that order's amount)
        one_row = self.before(word, ("table",), 2)
        each = one_row is not None and one_row.table == column.table
        if (totalled or not each) and column.table != query.entity and query.fanout and op != "between" \
                and not self._owned_by(column.table, query.entity):
            self.use(*totalled)  # "customers who spent over $14,000 (in total)": per customer, added up
            self.group_by_entity(query)
            query.having.append(_comparison(op, agg("sum", column_ref), literal(number.number)))
            query.said.append(f"with total {column.name} {op} {number.text}")
            self.having_sum = True
            return
        if op == "between" and len(numbers) == 2:
            self.use(numbers[1], self.after(number, ("and",), 1))
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

    def _summary_compared(self, query: Query, word: Word, number: Word, grouping: Word | None) -> bool:
        """"Item types with an avg replacement cost over 25", "yards whose total rent is above 900": the average
        (or total, least, most) of each group is compared, not each row's value before it is summarised."""
        summary = next((w for w in self.words if w.kind == "agg" and w.cue in _SUMMARIES
                        and word.at - 5 <= w.at < word.at and w.at not in self.used), None)
        named = next((w for w in self.words if w.kind == "column" and summary is not None
                      and summary.at < w.at < word.at), None)
        column = self.column_of(named) if named is not None else None
        if summary is None or named is None or column is None or not column.numeric or column.key:
            return False
        self.use(summary, named, word, number)
        self.join(query, column.table)
        if grouping is not None:
            self.use(grouping)
            query.add_group(ref(grouping.table, grouping.column))
            query.add_select(ref(grouping.table, grouping.column))
        else:
            self.group_by_entity(query)
        op = word.cue.partition(":")[0].removesuffix("post")
        query.having.append(_comparison(op, agg(summary.cue, value_of(column)), literal(number.number)))
        query.said.append(f"with {summary.text} {column.name} {op} {number.text}")
        self.words = [w for w in self.words if w is not summary]  # the summary was the filter's, not the answer's
        return True

    def aged(self, query: Query, word: Word, op: str, hint: str, number: Word) -> bool:
        """"Pets over 10 years old", "staff older than 50", "guests under 30" (people whose only number is
        their age): the date of birth, compared with the day that many years ago."""
        unit = self.after(number, ("ageunit",), 1)
        aged = self.before(word, ("aged",), 1)
        birth = self.birth_of(query.entity)
        if birth is None or number.text.startswith("$") or not 0 < number.number <= 150:
            return False
        said = hint == "age" or unit is not None or aged is not None
        # "drivers over 50": of people, a bare number their age could be, with no amount named, is their age
        named = self.before(word, ("column",), 3) or self.after(number, ("unit", "column", "table"), 1)
        if not said and not (self.person(query.entity) and named is None and 16 <= number.number <= 110):
            return False
        self.use(word, number, unit, aged)
        self.join(query, birth.table)
        query.filter(born_for(birth, op, number.number, self.today))
        query.said.append(f"aged {op} {number.text}")
        return True

    def birth_of(self, table: str) -> Column | None:
        column = self.role_column(table, "birth")
        return column if column is not None and column.temporal else None

    def _owned_by(self, table: str, entity: str) -> bool:
        """The table is the entity's parent side (a customer's country row): nothing of it adds up per entity."""
        return any(link.child == entity and link.parent == table for link in self.catalog.links)

    def _related(self, one: str, other: str) -> bool:
        return other in self.distances(one) and one != other

    def _target_column(self, query: Query, word: Word, number: Word, hint: str = "") -> Column | None:
        if hint:
            near = self.nearest(query.entity, hint)
            if near is not None:
                return near
        for found in (self.before(word, ("column",), 4), self.after(number, ("column",), 2)):
            if found is not None:
                column = self.column_of(found)
                if column is not None and column.numeric:
                    self.use(found)
                    return column
        verb = self.before(word, ("column",), 2)
        if verb is not None:
            money = self.role_column(verb.table, "money") if number.text.startswith("$") else None
            if money is not None and (column := self.column_of(verb)) is not None and column.temporal:
                self.use(verb)  # "owners who paid more than $14000": the payments' amount, not when they paid
                return money
            return None
        own = self.role_column(query.entity, "money")
        if own is not None or number.text.startswith("$"):
            return own or self.nearest(query.entity, "money")
        return None  # "guests under 30": no amount of theirs is named, and another table's money is no guess

    def _one_each(self, entity: str, other: str) -> bool:
        """The entity's rows point at one row of the other table each (and the other never at them)."""
        links = self.catalog.links
        return any(link.child == entity and link.parent == other for link in links) and not any(
            link.child == other and link.parent == entity for link in links)

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
            column = self.date_column(query, word)
            if column is not None:
                self.use(word)
                self.month_range(query, column, year, (months - 1) % 12 + 1)
            return
        else:
            month = self.after(word, ("month",), 1)
            number = self.after(month or word, ("number",), 1)
            if month is not None and number is None:  # "in march", "since june": the last one that began
                year = self.today.year if month.number <= self.today.month else self.today.year - 1
                ahead = self.date_column(query, word)
                if ahead is not None and set(ahead.parts) & _AHEAD and word.cue != "since":
                    # "vaccinations due in december": a date that looks ahead means the next December
                    year = self.today.year if month.number >= self.today.month else self.today.year + 1
                if word.cue == "since":
                    column = self.date_column(query, word)
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
                column = self.date_column(query, word)
                if column is not None:
                    self.use(word, month, number)
                    self.month_range(query, column, year, int(month.number))
                return
            self.use(number)
        column = self.date_column(query, word)
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
        number = self.after(word, ("number",), 1)
        year = int(number.number) if number is not None and 1800 <= number.number <= 2200 else self.today.year
        column = self.date_column(query, word)
        if column is None:
            return
        self.use(word, number, self.before(word, ("when",), 1))
        first = 3 * (int(word.number) - 1) + 1
        self.month_range(query, column, year, first, months=3)

    def month_range(self, query: Query, column: Column, year: int, month: int, months: int = 1) -> None:
        self.join(query, column.table)
        column_ref = value_of(column)
        if months == 1 and self._birthdays(column):
            self._birthday_month(query, column, month)
            return
        after_month = month + months
        after = (year + (after_month - 1) // 12, (after_month - 1) % 12 + 1)
        query.filter(exp.GTE(this=column_ref, expression=literal(f"{year:04d}-{month:02d}-01")),
                     exp.LT(this=column_ref, expression=literal(f"{after[0]:04d}-{after[1]:02d}-01")))
        query.said.append(f"with {column.name} in {year:04d}-{month:02d}" + (f" (+{months - 1} months)"
                                                                             if months > 1 else ""))

    def _birthdays(self, column: Column) -> bool:
        """"A birthday this month" recurs every year: the month of a date of birth, not the date itself
        ("born in March 1990" is still the date)."""
        return "birth" in roles_of(column) and bool({"birthday", "birthdays"} & set(self.raw))

    def _birthday_month(self, query: Query, column: Column, month: int) -> None:
        month_of = exp.Anonymous(this="strftime", expressions=[literal("%m"), value_of(column)])
        query.filter(exp.EQ(this=month_of, expression=literal(f"{month:02d}")))
        query.said.append(f"with a birthday ({column.name}) in month {month:02d}")

    def _birthday_days(self, query: Query, column: Column, first: datetime.date, after: datetime.date) -> None:
        """"A birthday this week": the month and day of birth among the week's days (the year may turn)."""
        days = [first + datetime.timedelta(days=n) for n in range((after - first).days)]
        month_day = exp.Anonymous(this="strftime", expressions=[literal("%m-%d"), value_of(column)])
        query.filter(exp.In(this=month_day, expressions=[literal(day.strftime("%m-%d")) for day in days]))
        query.said.append(f"with a birthday ({column.name}) from {first.isoformat()} to before {after.isoformat()}")

    def date_column(self, query: Query, word: Word | None) -> Column | None:
        for found in self.all_of("column"):
            column = self.column_of(found)
            if column is not None and (column.temporal or column.shape == "year" or "date" in roles_of(column)):
                self.use(found)
                return column
        named = self._dated_verb(query)
        if named is not None:
            return named
        ended = self._ended_when(query, word)
        if ended is not None:
            return ended
        found_column = self.event_date(query)
        self.note_date(found_column)
        return found_column

    def _ended_when(self, query: Query, word: Word | None) -> Column | None:
        """"Tickets resolved this month", "jobs finished in October": a time said right after the end of a row's
        life is the date that ends it."""
        if word is None or not any(w.kind == "state" and w.cue == "done" and 0 < word.at - w.at <= 2
                                   for w in self.words):
            return None
        return ending(self.table(query.entity))

    def _dated_verb(self, query: Query) -> Column | None:
        """"Fines paid in 2025": a word read as one column (the paid flag) that also names a date of the same
        rows (paid_on) — the time is that date's, not the rows' first one."""
        chosen = {w.at: w for w in self.words if w.kind == "column"}
        for heard in self.heard or []:
            word = chosen.get(heard.at)
            if word is None or heard.cue != "event":
                continue
            column = self.column_of(heard)
            if column is not None and column.temporal and column.table == word.table \
                    and column.table in {query.entity, *query.joined}:
                return column
        return None

    def event_date(self, query: Query) -> Column | None:
        """The date a time filter means when no date is named: of the tables the question mentions, the one
        with the most rows that has a date (the events: "which employee handled the most orders in 2025")."""
        mentioned = {query.entity} | {w.table for w in self.words if w.kind in ("table", "column", "value") and w.table}
        sold = self.sold_lines(query.entity) if any(token in SOLD_VERBS for token in self.raw) else None
        if sold is not None:  # "croissants we sold last month": dated by the sale, not by the croissant's launch
            lines = {sold.table} | {link.parent for link in self.catalog.links if link.child == sold.table
                                    and link.parent != query.entity and not link.self_reference}
            sale = next((t for t in sorted(lines) if self.role_column(t, "date") is not None), None)
            if sale is not None:
                return self.role_column(sale, "date")
        for table in list(mentioned):  # order lines are dated by their order
            if self.role_column(table, "date") is None:
                mentioned |= {link.parent for link in self.catalog.links if link.child == table
                              and self.role_column(link.parent, "date") is not None and not link.self_reference}
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

    def by_period(self, query: Query, word: Word) -> None:
        column = self.date_column(query, word)
        if column is None:
            raise self.puzzled(f"I don't know which date to split {word.text}")
        self.use(word)
        self.join(query, column.table)
        period = period_of(column, word.kind)
        query.add_group(period)
        query.add_select(period)
        query.said.append(f"per {word.kind.removesuffix('ly').replace('quarter', 'quarter')} of {column.name}")



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


# A day after "after", "before" or "since": how the column compares with it.
_ENDS: dict[str, type[exp.Expression]] = {"after": exp.GT, "before": exp.LT, "since": exp.GTE}
