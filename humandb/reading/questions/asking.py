"""What is asked: how many, how much, the average, the highest, the top N, a list of names."""

from __future__ import annotations

from sqlglot import exp

from humandb.brain.catalog import Column, name_parts
from humandb.reading.questions import constructs
from humandb.reading.questions.ages import age_of
from humandb.reading.questions.filtering import Filtering, column_unit
from humandb.reading.questions.linking import column_is_time, roles_of
from humandb.reading.questions.looking import SOLD_VERBS
from humandb.reading.questions.query import Query, agg, literal, ref, value_of
from humandb.reading.questions.vocabulary import SUMMED
from humandb.reading.questions.words import Word, singular, stem

__all__ = ["Asking"]

# Things a number counts in ("how many credits is it worth", "how many pages"): they add up, unlike grades.
_UNIT_NOUNS = frozenset("credits credit points pages words miles kilometres kilometers km calories litres liters "
                        "gallons kilos grams seats".split())
_TOTALS = frozenset({"amount", "total", "revenue", "sales", "subtotal", "payment"})
_SUMMED_STEMS = frozenset(stem(word) for word in SUMMED)  # "spends" adds up as "spend" does
_SOLD = SOLD_VERBS
_SOLD_STEMS = frozenset({"sold", "bought", "purchas", "order", "buy"})
_US = frozenset({"us", "me"})
_SIZES = frozenset({"biggest", "largest", "smallest"})  # of a thing with no money: its size
_HEIGHTS = frozenset({"highest", "lowest", "tallest"})  # of a thing with an elevation: by it
_DID = frozenset({"did", "do", "does"})
_UNIT_COLUMNS = frozenset({"unit", "units", "uom"})  # the column that says what a quantity is counted in
_PRICE_OF_ONE = frozenset({"most expensive", "least expensive", "priciest", "dearest", "cheapest"})
_BEEN = frozenset({"were", "was", "been", "got", "get", "are", "is"})
_LISTING = frozenset({"show", "list", "give", "find", "display", "get", "tell", "return", "fetch", "print", "see"})


class Asking(Filtering):
    def top_n(self) -> int | None:
        for word in self.words:
            if word.kind in ("best", "bottom", "earners"):
                number = self.after(word, ("number",), 1)
                if number is not None and number.number.is_integer() and number.at not in self.used:
                    self.use(number)
                    return int(number.number)
            if word.kind == "number" and word.at not in self.used and word.number.is_integer():
                after = self.after(word, ("best",), 1)
                which = self.after(word, ("table",), 1) if self.first("best") and word.at <= 2 else None
                if after is not None or which is not None:  # "5 most expensive", "which 3 products … most"
                    self.use(word)
                    return int(word.number)
        return None

    def ranks(self, best: Word, group: Word | None) -> bool:
        """"Which product is the most expensive" ranks rows; "what is the highest salary" asks for MAX; "the
        last outing for each boat" asks for it once per boat."""
        if any(w.kind == "who" for w in self.words) or self.raw[:1] in (["which"], ["who"]):
            return True
        if group is not None and group.at > 0 and self.raw[group.at - 1] in ("each", "per", "every"):
            return False
        if any(w.kind == "unit" and w.at > best.at for w in self.words):
            return False  # "the longest trip in minutes": how long it was, in minutes
        if any(w.kind == "table" and w.at > 0 and self.raw[w.at - 1] == "which" for w in self.words):
            return True  # "in store 1, which customer spent the most?"
        if self.raw and self.raw[0] in _LISTING:
            return True
        if self.raw[:1] == ["what"] and group is not None and group.kind == "column" and group.at <= 2:
            return True  # "what category costs the most" asks which category, as "which category" does
        if ":" in best.cue and self.after(best, ("column",), 1) is None:
            return True  # "the most expensive product", "the oldest employee"
        named = self.after(best, ("column",), 1)
        column = self.column_of(named) if named is not None else None
        if column is not None and not column.numeric and not column.temporal and not column.key:
            return True  # "the biggest stadium": a name can't be the largest, the row it names can
        if best.cue.endswith(":date") and best.at == 0 and named is not None and named.table == self.entity() \
                and len(self.words) == 2:
            return True  # "earliest premiere": the show that premiered first, shown with its date
        if group is not None and self.after(best, ("table",), 3) is not None:
            return True  # "what country are most of our customers in"
        return any(w.kind == "table" and w.at > best.at for w in self.words) and group is None

    def counted(self, query: Query, group: Word | None, best: Word | None) -> None:
        agg_word = next((w for w in self.words if w.kind == "agg" and w.cue == "count"), None)
        self.use(agg_word)
        if agg_word is not None and agg_word.text.endswith(("times", "often")) and group is None \
                and not self.after(agg_word, ("table",), 1):
            table = constructs.activity_table(self, query.entity)  # "how many times has Tara stayed with us"
            if table is None:
                raise self.puzzled(f"I don't know what to count for the {query.entity}")
            self.join(query, table)
            query.add_select(agg("count", ref(table, self.table(table).key)))
            query.said.insert(0, f"number of {table}")
            return
        after = agg_word.at if agg_word is not None else len(self.raw)
        noun = next((w for w in self.words if w.at > after and w.kind in ("column", "table")), None)
        filtered = {w.column for w in self.words if w.kind == "value" and w.table == getattr(noun, "table", "")}
        if noun is not None and noun.kind == "column" and group is not None and group.kind == "table" \
                and query.entity == group.table and noun.table != query.entity and not query.where \
                and not query.joins and self._owns(group.table, noun.table):
            column = self.column_of(noun)
            if column is not None and not column.numeric and not column.temporal and not column.key:
                self.use(noun)  # "how many parts has each actor got": the cast rows, counted per actor
                query.entity = noun.table
        if noun is not None and noun.kind == "column" and group is None and noun.column not in filtered:
            column = self.column_of(noun)
            if column is not None and not column.numeric and not column.temporal:
                self.use(noun)  # "how many departments": how many different ones
                self.use(self.before(noun, ("distinct",), 2))
                self.join(query, noun.table)
                query.add_select(agg("count", ref(noun.table, noun.column), distinct=True))
                query.said.insert(0, f"number of different {noun.column} values")
                return
        if noun is not None and noun.kind == "table" and noun.table != query.entity and group is None \
                and noun.table in self.distances(query.entity):
            self.use(noun)  # "how many orders came from customers in Germany": count the entity, via the link
        key = agg("count", ref(query.entity, self.table(query.entity).key), distinct=True) if query.fanout \
            else agg("count")
        # "how many distinct products have customers ordered", "how many different species": the rows counted
        # are different ones already (counted once each across a join)
        for named in (w for w in self.words if w.kind in ("table", "value") and w.table == query.entity):
            self.use(self.before(named, ("distinct",), 1))
        sold = self._units_sold(query)
        if sold is not None:  # "how many tracks were sold this year": the units on the sales' lines
            key = agg("sum", value_of(sold))
        query.said.insert(0, f"number of {query.entity}" + (" sold" if sold is not None else ""))
        if group is None:
            query.add_select(key)
            return
        if group.kind == "table" and group.table == query.entity and not query.joins:
            # "headcount per shop" with nothing else named: each shop is one shop; what to count isn't said
            raise self.puzzled(f"I can't tell what to count for each {singular(query.entity)}")
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

    def _units_sold(self, query: Query) -> Column | None:
        """The quantity on the lines that sell the entity, when the question says they were sold."""
        if any(w.kind in ("never", "not", "none") for w in self.words):
            return None  # "tracks never sold" are counted one by one
        own = self.role_column(query.entity, "quantity")
        nouns = {w.at for w in self.words if w.kind in ("table", "column", "value")}  # "count the orders"
        verbs = [at for at, token in enumerate(self.raw)
                 if at not in nouns and (token in _SOLD or stem(token) in _SOLD_STEMS)]
        if own is not None and verbs:
            self.use(*[w for w in self.words if w.at in verbs])
            return own  # "how many items did user007 order": the quantities on their lines
        passive = any(self.raw[at] in _SOLD and at > 0 and self.raw[at - 1] in _BEEN for at in range(len(self.raw)))
        # "did we sell", "did the harbour stall sell": an auxiliary, a subject of a word or three, the verb
        asked = any(self.raw[at] in _SOLD and _DID & set(self.raw[max(0, at - 5):at - 1])
                    for at in range(len(self.raw)))
        if not passive and not asked:  # "were sold", "did we sell": the units on the lines
            return None
        lines = [link.child for link in self.catalog.links if link.parent == query.entity and not link.self_reference]
        quantities = [c for table in lines if (c := self.role_column(table, "quantity")) is not None]
        if len(quantities) != 1:
            return None
        self.join(query, quantities[0].table)
        self.use(*[w for w in self.words if w.text in _SOLD])
        return quantities[0]

    def _owns(self, parent: str, child: str) -> bool:
        """Rows of `child` belong to rows of `parent`: a path of child links (through a junction table too)."""
        path = self.path(parent, child)
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
        named = [w for w in self.all_of("column") if not w.cue.startswith("role")]  # "paid in freight": the freight
        candidates = [w for w in self.all_of("column") if after is not None and w.at == after.at] + [
            w for w in named if after is None or w.at > after.at] + [
            w for w in self.all_of("column") if after is None or w.at > after.at] + self.all_of("column")
        for found in candidates:
            column = self.column_of(found)
            if column is not None and column.temporal and found.cue == "event" and found.at not in self.used \
                    and hint not in ("date", "lifecycle", "birth") and (
                        money := self.role_column(column.table, "money")) is not None:
                self.use(found)  # "who has paid us the most": the payments' amounts, not their dates
                return money
            if column is not None and (column.numeric or column.temporal) and found.at not in self.used \
                    and not column.key:
                self.use(found)
                return column
        if hint == "activity":
            return None
        verb = next((w for w in self.words if w.kind == "table" and w.cue == "verb" and w.at not in self.used
                     and w.table != query.entity), None)
        acted = self.role_column(verb.table, hint or "money") if verb is not None else None
        if verb is not None and acted is not None:
            self.use(verb)  # "who rented something most recently": the rentals' date, not the customer's
            if hint in ("date", "lifecycle"):
                self.note_date(acted)
            return acted
        if not hint and after is not None and after.text in _SIZES and self.role_column(query.entity, "size"):
            return self.role_column(query.entity, "size")  # "the biggest stadium": by its capacity
        if not hint and after is not None and after.text in _HEIGHTS and self.role_column(query.entity, "height"):
            return self.role_column(query.entity, "height")  # "the highest site": by its elevation
        if hint == "birth" and not self.person(query.entity):
            # "the oldest team": a thing's age is from its own first date (founded), not its people's birthdays
            return self.role_column(query.entity, "lifecycle") or self.role_column(query.entity, "date")
        if hint in ("temperature", "lifecycle"):
            # "the coldest site": temperatures don't add up over a site's sightings; "the newest species":
            # when the species came to be, which the date of a sighting of it is not
            return self.role_column(query.entity, hint)
        near = self.nearest(query.entity, hint or "money")
        if near is not None and not hint and not self.all_of("column") and near.table != query.entity \
                and not any(link.parent == query.entity and link.child == near.table for link in self.catalog.links):
            # "average goals per match": nothing names an amount, and the nearest money is a scorer's wage,
            # which no goal has; a guess that far is no reading
            raise self.puzzled(f"I don't know which amount of the {query.entity} you mean")
        if near is None and hint == "birth":
            near = self.nearest(query.entity, "date")
        if hint in ("date", "lifecycle"):
            self.note_date(near)
        return near

    def aggregated(self, query: Query, agg_word: Word, group: Word | None) -> None:
        unit = next((w for w in self.words if w.kind == "unit" and w.at not in self.used), None)
        column = self._measured_in(agg_word) or self.measure(query, agg_word, "size" if unit is not None else "")
        if column is not None and self._in_unit(query, agg_word.cue, column, group):
            self.use(agg_word)
            return
        if column is None:
            raise self.puzzled(f"I don't know what to {agg_word.cue} in {query.entity}")
        self.use(agg_word)
        if column.temporal and "birth" in roles_of(column) and agg_word.cue in ("avg", "min", "max"):
            self.join(query, column.table)  # "the average age of our staff": their ages, from their births
            labels = self.group_by(query, group) if group is not None else []
            query.add_select(*labels, agg(agg_word.cue, age_of(column, self.today)))
            query.said.insert(0, f"{agg_word.cue} age of {query.entity}")
            return
        if column.temporal and agg_word.cue in ("sum", "avg"):
            raise self.puzzled(f"I can't {'add up' if agg_word.cue == 'sum' else 'average'} dates")
        reading = f"{'total' if agg_word.cue == 'sum' else 'average'} {column.name} of {query.entity}"
        self.summarised(query, agg_word.cue, column, reading, group)

    def _measured_in(self, agg_word: Word) -> Column | None:
        """"How much butter was delivered, in kg": a value of a column of units (unit = 'kg') says the amount
        asked for is the quantity beside it, not the money, unless money is said too."""
        if agg_word.cue not in ("sum", "avg") or self.money_said():
            return None
        units = [w for w in self.words if w.kind == "value" and set(name_parts(w.column)) & _UNIT_COLUMNS]
        return self.role_column(units[0].table, "quantity") if len(units) == 1 else None

    def _in_unit(self, query: Query, function: str, column: Column, group: Word | None) -> bool:
        """"Average trip in minutes", "longest trip in hours": the column's own unit (seconds) converted."""
        unit = next((w for w in self.words if w.kind == "unit" and w.at not in self.used), None)
        if unit is None or column_unit(column) is None:
            return False
        self.use(unit, self.before(unit, ("when",), 1))
        self.join(query, column.table)
        scale = literal(column_unit(column) / float(unit.cue))  # type: ignore[operator]
        converted = exp.Mul(this=value_of(column), expression=scale)
        query.said.insert(0, f"{function} {column.name} of {query.entity} in {unit.text}")
        labels = self.group_by(query, group) if group is not None else []
        query.add_select(*labels, agg(function, converted))
        return True

    def extreme(self, query: Query, best: Word, group: Word | None) -> None:
        direction, _, hint = best.cue.partition(":")
        self.needs_measure(best)
        column = self.measure(query, best, hint)
        if column is None:
            raise self.puzzled(f"I don't know what “{best.text}” is about")
        self.use(best)
        if self._in_unit(query, direction, column, group):
            return
        self.summarised(query, direction, column, f"{best.text} {column.name} of {query.entity}", group)

    def summarised(self, query: Query, function: str, column: Column, reading: str, group: Word | None) -> None:
        """One aggregate of a column (per group, if there is one): SUM, AVG, MIN or MAX. The average of an
        amount kept on the entity's lines ("average order value") is the average of each entity's total."""
        fanned = query.fanout
        self.join(query, column.table)
        # (a column named by its own name is averaged over its own rows: "average fare paid by members on a
        # plan" is the fare of their trips, not each member's total fares)
        lines = function == "avg" and column.table != query.entity and query.fanout and not fanned \
            and column.table in constructs.descendants(self, query.entity) \
            and not (group is not None and group.kind == "table" and group.table == query.entity) \
            and not any(w.kind == "column" and (w.table, w.column) == (column.table, column.name) and not w.cue
                        and not self.kindred(w) for w in self.words)
        expression = agg("sum" if lines else function, value_of(column))
        query.said.insert(0, reading)
        labels = self.group_by(query, group) if group is not None else []
        query.add_select(*labels, expression)
        if lines:
            query.per = [ref(query.entity, self.table(query.entity).key)]
            query.said.insert(0, f"the average over {query.entity} of")

    def counts_averaged(self, query: Query, average: Word, counting: Word) -> bool:
        """"Average number of tracks per album": how many there are of each, averaged."""
        counted = self.after(counting, ("table",), 2)
        per = self.after(counted, ("group",), 2) if counted is not None else None
        owner = self.after(per, ("table", "column"), 2) if per is not None else None
        if counted is None or owner is None or counted.table != query.entity:
            return False
        self.use(average, counting, counted, per, owner)
        if owner.kind == "table" and self._owns(owner.table, query.entity):
            # "average number of comments per ticket": every ticket counts, those with none as 0
            _, count = self.flipped(query, owner)
            query.group, query.select = [], [count]
            query.per = [ref(owner.table, self.table(owner.table).key)]
            query.said.insert(0, f"the average number of {counted.table} per {owner.text}")
            return True
        if owner.kind == "table":
            self.join(query, owner.table)
            key = ref(owner.table, self.table(owner.table).key)
        else:
            self.join(query, owner.table)
            key = ref(owner.table, owner.column)
        query.add_select(agg("count"))
        query.per = [key]
        query.said.insert(0, f"the average number of {query.entity} per {owner.text}")
        return True

    def ranked(self, query: Query, best: Word, agg_word: Word | None, group: Word | None, top: int | None) -> None:
        direction, _, hint = best.cue.partition(":")
        descending = direction == "max" and not any(w.kind == "bottom" for w in self.words)
        self.use(best, self.first("bottom"))
        counted = self.after(best, ("table",), 3)  # "most of our customers"
        by = next((w for w in self.words if w.kind == "by" and w.at > best.at), None)
        after_by = self.after(by, ("table",), 1) if by is not None else None
        if after_by is not None and after_by.table != query.entity and (counted is None or
                                                                       counted.table == query.entity):
            counted = after_by  # "top 5 customers by rentals": by how many rentals they have
            self.use(by)
        key: exp.Expression
        if agg_word is not None and agg_word.at > best.at and agg_word.cue == "count":
            self.use(agg_word)  # "top 5 cities by number of customers"
            named = self.after(agg_word, ("table",), 2)
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
        elif (counted is not None and counted.table == query.entity and group is not None and not hint) or (
                group is not None and group.kind == "column" and not hint and best.text not in ("top", "best") and
                not any(w.kind in ("column", "agg") and w.at != group.at for w in self.words)):
            key = agg("count")  # "which country has the most customers", "which house is the biggest"
            labels = self.group_by(query, group)
            query.said.insert(0, f"{group.text} ranked by number of {query.entity}")
        elif counted is not None and counted.table != query.entity and not hint and not self.money_said():
            self.use(counted)
            self.join(query, counted.table)
            key = agg("count", ref(counted.table, self.table(counted.table).key))
            sold = self.sold_lines(counted.table)
            if sold is not None:  # "which genre sold the most tracks": the units on the tracks' sales
                self.join(query, sold.table)
                key = agg("sum", value_of(sold))
            labels = self.group_by(query, group) if group is not None else self.group_by_entity(query)
            query.said.insert(0, f"{query.entity} ranked by number of {counted.table}")
        else:
            self.needs_measure(best)
            column = self.measure(query, best, hint)
            if column is None:
                raise self.puzzled(f"I don't know what “{best.text}” is about")
            if best.text in _PRICE_OF_ONE and column.table in constructs.descendants(self, query.entity):
                # "the most expensive room type" is its own price, not what its rooms' stays added up to
                raise self.puzzled(f"I can't see a price that belongs to the {_spaced(query.entity)} themselves, "
                                   f"only to their {_spaced(column.table)}")
            self.join(query, column.table)
            key = value_of(column)
            summed = any(w.kind == "column" and (w.text in SUMMED or stem(w.text) in _SUMMED_STEMS
                                                 or self._costs_us(w)) for w in self.words)
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
                named = self.after(best, ("column",), 1)  # "the biggest stadium": the stadium is shown
                if named is not None and named.table == query.entity and ref(named.table, named.column) not in labels \
                        and (shown := self.column_of(named)) is not None and not shown.numeric:
                    labels.append(ref(named.table, named.column))
                query.filter(exp.Not(this=exp.Is(this=key.copy(), expression=exp.Null())))
            query.said.insert(0, f"{query.entity} with the {best.text} {column.name}")
        query.add_select(*labels, key)
        query.order_by(key, descending)
        query.limit = top or 1

    def money_said(self) -> bool:
        """A word for money not yet read ("owes the most in fines"): what is ranked is money, not a count."""
        return any(w.kind == "column" and w.cue == "role:money" and w.at not in self.used for w in self.words)

    def _costs_us(self, word: Word) -> bool:
        """"The category that costs us the most": what it costs us is all we paid for it, added up (a price
        said without "us" is what one of them costs)."""
        after = word.at + word.span
        return stem(word.text) == "cost" and after < len(self.raw) and self.raw[after] in _US

    def needs_measure(self, best: Word) -> None:
        """"Highest", "most", "best" say which end, not of what: without a named number (or a role such as
        "most expensive"), "the best singer" has no answer in the tables."""
        if ":" in best.cue or best.text in ("top", "bottom"):
            return
        entity = self.entity()
        named = [w for w in self.words if w.at != best.at and (
            w.kind == "agg" or (w.kind == "table" and w.at > best.at and w.table != entity)
            or (w.kind == "column" and (c := self.column_of(w)) is not None and (c.numeric or c.temporal)))]
        sized = (best.text in _SIZES and self.role_column(entity, "size") is not None) or (  # "the biggest stadium"
            best.text in _HEIGHTS and self.role_column(entity, "height") is not None)  # "the highest site"
        if not named and not self._money_of(entity) and not sized:
            raise self.puzzled(f"I don't know what “{best.text}” is measured by")

    def _money_of(self, entity: str) -> bool:
        """"The biggest invoice", "our best customer": money measures the entity if it is the entity's own,
        or the total of the sales that belong to it; a price two tables away is no measure of a singer."""
        column = self.nearest(entity, "money")
        if column is None:
            return False
        if column.table == entity:  # "the best teacher" is no question of salary, nor "the best product" of price
            return "pay" not in roles_of(column) and bool(set(column.parts) & _TOTALS or "*" in column.name)
        owned = constructs.descendants(self, entity)
        return column.table in owned and ("*" in column.name or bool(set(column.parts) & _TOTALS))

    def with_their(self, query: Query) -> None:
        """"customer names with their order totals": one row per entity with an aggregate of linked rows."""
        their = self.first("their")
        assert their is not None
        agg_word = self.after(their, ("agg",), 4)
        counted = self.after(their, ("table",), 3)
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
                             "has", "value"):
                continue
            if word.kind == "table":
                following = next((w for w in self.words if w.at == word.at + word.span), None)
                if following is not None and following.kind == "column" and following.table == word.table \
                        and following.cue != "agent":  # "shows directed by …" are shows
                    self.use(word)
                    continue  # "product categories": the table only says whose categories
                return None
            if word.kind != "column":
                return None
            column = self.column_of(word)
            labels = self.label(word.table)
            if column is None or column.numeric or column.temporal or column in labels or word.cue.startswith("role"):
                return None
            if word.cue == "agent" and not self.first("who"):
                return None  # "directed" names the director only in "who directed …"
            self.use(word)
            return word
        return None

    def distinct_values(self, query: Query, word: Word) -> None:
        self.join(query, word.table)
        self.use(self.first("distinct"))
        query.add_select(ref(word.table, word.column))
        query.distinct = True
        query.said.insert(0, f"the different {word.column} values")

    def counting_words(self, agg_word: Word | None) -> Word | None:
        """"total number of orders" counts them; "total number of pages" and "average number of pages" are
        about the pages column: the "number of" is just how the column is said."""
        if agg_word is None:
            return None
        following = self.after(agg_word, ("table", "column"), 2)
        measured = self.column_of(following) if following is not None and following.kind == "column" else None
        if agg_word.cue == "count" and measured is not None and following is not None \
                and following.at == agg_word.at + agg_word.span and (column_is_time(measured) or (
                    "quantity" in roles_of(measured)) or set(measured.parts) & _UNIT_NOUNS):
            # "how many hours did Farid log", "how many units were sold": the hours and units add up
            return Word("agg", agg_word.text, agg_word.at, cue="sum", span=agg_word.span)
        if "number of" in agg_word.text and agg_word.cue == "sum" and following is not None \
                and following.kind == "table":
            return Word("agg", agg_word.text, agg_word.at, cue="count", span=agg_word.span)
        if agg_word.cue in ("sum", "avg", "min", "max"):
            counting = self.after(agg_word, ("agg",), 1)
            after = self.after(counting, ("column",), 1) if counting is not None else None
            column = self.column_of(after) if after is not None else None
            if counting is not None and counting.cue == "count" and column is not None and column.numeric:
                self.use(counting)
                self.words = [w for w in self.words if w is not counting]
        return agg_word

    def listed(self, query: Query) -> None:
        asked = self._asked_column(query)
        if asked is not None:  # "what's the capacity of a Volvo FL": the capacity, once for each value it has
            self.use(asked)
            query.add_select(ref(asked.table, asked.column))
            query.distinct = True
            query.said.insert(0, f"the {asked.column} of the {query.entity}")
            return
        query.add_select(*self.labels(query))
        query.said.insert(0, f"the {query.entity}")

    def _asked_column(self, query: Query) -> Word | None:
        """"What's the X of …", "what is the X for …": a question that asks for one column of rows it names."""
        if self.raw[:1] not in (["what"], ["whats"]) or not query.where:
            return None
        first = next((w for w in self.words if w.kind in ("table", "column", "value")), None)
        if first is None or first.kind != "column" or first.table != query.entity or first.at in self.used:
            return None
        column = self.column_of(first)
        if column is None or column in self.label(query.entity) or column.key:
            return None
        after = self.raw[first.at + first.span] if first.at + first.span < len(self.raw) else ""
        return first if after in ("of", "for", "on", "in") else None

    def labels(self, query: Query) -> list[exp.Expression]:
        """The columns a listing shows: the name, plus every column the question mentions."""
        chosen: list[exp.Expression] = [ref(query.entity, c.name) for c in self.label(query.entity)]
        for word in self.all_of("column"):
            if word.table == query.entity or word.table in query.joined:
                column_ref = ref(word.table, word.column)
                if column_ref not in chosen and self.before(word, ("order",), 1) is None \
                        and (word.cue != "event" or self.first("date") is not None) \
                        and (word.at not in self.used or word.cue.startswith("role")):
                    self.use(word)
                    chosen.append(column_ref)
        return chosen or [exp.Column(this=exp.Star(), table=exp.to_identifier(query.entity))]


def _spaced(table: str) -> str:
    """A table's name as said: room_types → room types."""
    return " ".join(name_parts(table)) or table
