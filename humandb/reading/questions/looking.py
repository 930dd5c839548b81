"""The reader's eyes: the question's words (which are used, which come next), the schema's tables and the
roles of their columns, which meaning of an ambiguous word is meant, what the question is about (the
entity), and the joins that reach the other tables along the catalog's links."""

from __future__ import annotations

import datetime
from collections import deque
from typing import TypeVar

from sqlglot import exp

from humandb.brain.catalog import Catalog, Column, Link, Table, name_parts, spelled_out
from humandb.reading.questions.linking import WHOLE_MONEY, column_is_time, ending, roles_of
from humandb.reading.questions.periods import asked_period
from humandb.reading.questions.query import Query, line_revenue, ref, table_ref
from humandb.reading.questions.refusal import Puzzled, quote_list
from humandb.reading.questions.relations import role_named
from humandb.reading.questions.vocabulary import (
    IRREGULAR_PARTICIPLES,
    PEOPLE_NOUNS,
    PERSON_NAME_PARTS,
    ROLE_SYNONYMS,
    STATES,
    SUMMED,
)
from humandb.reading.questions.words import Word, singular, stem

__all__ = ["Looking"]

_NAME_ITSELF = frozenset({"surname", "forename"})
SOLD_VERBS = frozenset({"sold", "bought", "purchased", "ordered", "shipped", "rented", "sell", "sells", "buy",
                        "buys"})
# Tables of money whose rows add up: "payments by method" is how much was paid ("sales" stays "sales" in the
# singular, as a column of them does).
_MONEY_TABLES = frozenset("payment sale sales revenue earning income donation expense charge fee receipt transaction "
                          "contribution refund purchase".split())
_IDENTIFIERS = frozenset("plate code reference ref sku isbn username handle serial registration tag barcode "
                         "callsign".split())
# Words for anyone at all: kin to the staff in the vocabulary, but said as readily of customers or members.
_ANYONE = frozenset({"people", "person", "everyone", "everybody", "anyone", "anybody", "someone", "somebody"})
# Names a column of money is called by when it is the money itself, not a rate or a price of one unit.
_MONEY_NAMES = frozenset({"amount", "total", "revenue", "sales", "subtotal"})
_NOT_LABELS = frozenset({"ship", "contact", "user", "file", "host", "middle", "maiden", "nick"})
# The name a row is called by in plain speech, beside its formal one (a species' common name, not its
# scientific one; a display name, not a legal one).
_EVERYDAY = frozenset({"full", "display", "common", "popular", "vernacular", "everyday", "preferred"})


def _named_for_role(step: tuple[str, str, Link]) -> bool:
    """A link whose column says what the other row is to this one (manager_staff_id, ship_via), not just which
    row it is (store_id, dept_id): the plain link is how the two usually connect."""
    return role_named(step[2])


_Reading = TypeVar("_Reading", bound="Looking")


# Words after which a question names what it is about: "which instructor", "top 2 members", "each shop", "no
# member".
_ASKED_ABOUT = frozenset({"which", "what", "top", "each", "every", "per", "many", "whose", "no"})


class Looking:
    def __init__(self, raw: list[str], words: list[Word], catalog: Catalog, today: datetime.date) -> None:
        self.raw = raw
        self.catalog = catalog
        self.today = today
        # "total sales": right after an aggregate, a word that is also a value (the Sales department)
        # means the column it is a synonym for.
        self.words = [w for w in words if not (w.kind == "value" and self._prev_in(words, w, ("agg",), 1)
                                               and any(o.at == w.at and o.kind == "column" and o.cue.startswith(
                                                   "role") for o in words))
                      and not (w.kind == "value" and w.cue == "weak" and not self._named_value(words, w))]
        # "total minutes of jazz", "total amount": an aggregate word before what it adds up is the aggregate,
        # even where it is also a column's name (invoices.total)
        aggregates = {w.at for w in self.words if w.kind == "agg"}
        measured = {w.at for w in self.words if w.kind in ("unit", "column") and w.at - 1 in aggregates}
        self.words = [w for w in self.words if not (w.kind == "column" and w.at in aggregates and w.span == 1
                                                    and w.at + 1 in measured)]
        self.used: set[int] = set()  # positions given a meaning by the reading
        self.having_sum = False
        self.first_dated = False  # a date filter or ranking used a table's first date (its making)
        self.event_dated = False  # a date filter or ranking used the entity's one date (read for an event's verb)
        self._distances: dict[str, dict[str, int]] = {}
        self._paths: dict[tuple[str, str], list[tuple[str, str, Link]] | None] = {}
        self.ambiguous: set[tuple[str, str]] = set()  # pairs of tables joined along one of several ways
        self.heard: list[Word] | None = None  # every meaning of every word, before one was chosen
        self.guessed_person = False  # "who …" with no table of people named: the verb must be the schema's own

    def rereading(self: _Reading, words: list[Word]) -> _Reading:
        """The same question read again over some of its words (one side of "more X than Y")."""
        return type(self)(self.raw, words, self.catalog, self.today)

    def _named_value(self, words: list[Word], value: Word) -> bool:
        """A value that is also a little word ("on", "data") counts only where it reads as a value: beside its
        column or table ("the Data department"), or after "in"/"from" ("employees in Data")."""
        near = [w for w in words if abs(w.at - value.at) <= 2 and w.at != value.at and w.table == value.table
                and w.kind in ("table", "column") and (w.kind == "table" or w.column == value.column)]
        before = self.raw[value.at - 1] if value.at > 0 else ""
        return bool(near) or before in ("in", "from", "at")

    def use(self, *words: Word | None) -> None:
        for word in words:
            if word is not None:
                self.used.update(range(word.at, word.at + word.span))

    def all_of(self, kind: str) -> list[Word]:
        return [word for word in self.words if word.kind == kind]

    def first(self, kind: str) -> Word | None:
        return next((word for word in self.words if word.kind == kind), None)

    def after(self, word: Word, kinds: tuple[str, ...], within: int = 4) -> Word | None:
        for candidate in self.words:
            if word.at < candidate.at <= word.at + word.span - 1 + within and candidate.kind in kinds:
                return candidate
        return None

    def before(self, word: Word, kinds: tuple[str, ...], within: int = 4) -> Word | None:
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

    def label(self, table: str) -> list[Column]:
        """The columns a row is known by: its name (first and last, for people), else its title, else its key."""
        columns = [c for c in self.table(table).columns if not c.numeric and not c.temporal and not c.key]
        own = [singular(part) for part in name_parts(table)]
        words = {c.name: spelled_out(c.parts) for c in columns}  # first_nm is a first name
        named = [c for c in columns if "name" in words[c.name] or "company" in c.parts or set(c.parts) & _NAME_ITSELF]
        first = next((c for c in named if "first" in roles_of(c)), None)
        last = next((c for c in named if "last" in roles_of(c)), None)
        if last is not None and first is None:  # "first" and "surname": the first is the first name
            first = next((c for c in columns if c.parts in (("first",), ("given",))), None)
        elif first is not None and last is None:
            last = next((c for c in columns if c.parts in (("last",), ("family",))), None)
        for candidates in ([c for c in named if words[c.name] == ("name",)],
                           [c for c in columns if c.parts and tuple(singular(p) for p in c.parts) == tuple(own)],
                           # a room is known by its room number (room_no), a locker by its locker number
                           [c for c in columns if len(words[c.name]) > 1 and words[c.name][-1] in ("number", "code")
                            and tuple(singular(p) for p in words[c.name][:-1]) == tuple(own)],
                           [first, last] if first is not None and last is not None else [],
                           [c for c in named if c.parts[0] in own or c.parts[0] in _EVERYDAY],
                           [c for c in columns if c.parts in (("title",), ("label",))],
                           [c for c in named if words[c.name][-1] == "name" and not set(c.parts) & _NOT_LABELS],
                           [c for c in columns if c.parts[-1] == "title"],
                           [c for c in named if not set(c.parts) & _NOT_LABELS]):
            if candidates:
                return candidates if len(candidates) == 2 and candidates == [first, last] else [candidates[0]]
        code = self._identifier(table)
        if code is not None:  # a vehicle is known by its plate, a course by its code
            return [code]
        key = self.table(table).key
        found = self.table(table).column(key)
        return [found] if found is not None else []

    def _identifier(self, table: str) -> Column | None:
        """A text column named like an identifier whose values are all different (a plate, a code, an ISBN)."""
        rows = self.table(table).rows
        counts: dict[str, int] = {}
        for name, _ in self.table(table).values:
            counts[name] = counts.get(name, 0) + 1
        return next((c for c in self.table(table).columns if set(c.parts) & _IDENTIFIERS and not c.numeric
                     and rows > 1 and counts.get(c.name, 0) == rows), None)

    def role_column(self, table: str, role: str) -> Column | None:
        columns = [c for c in self.table(table).columns if role in roles_of(c)]
        line = line_revenue(self.table(table)) if role == "money" else None
        if line is not None:  # a line's price × quantity beats its unit price; a total beats both
            totals = [c for c in columns if set(c.parts) & _MONEY_NAMES]
            return totals[0] if totals else line
        if role == "money":
            # revenue is the amount of a sale, not a salary; a total beats a unit price; the whole (amt_total)
            # beats its parts (labour_amt, vat_amt), and a plain amount beats a qualified one (tax_amount)
            columns.sort(key=lambda c: ("pay" in roles_of(c), not set(c.parts) & _MONEY_NAMES,
                                        not set(c.parts) & WHOLE_MONEY, len(c.parts)))
        if role == "date":
            columns.sort(key=lambda c: "birth" in roles_of(c))
        if role == "size":  # a film's length, not how long it may be rented for
            columns.sort(key=lambda c: (not set(c.parts) & {"length", "runtime", "pages", "milliseconds", "minutes",
                                                            "seconds"}, len(c.parts)))
        if role == "lifecycle" and not columns:  # a date the row began with: any but a birthday
            dated = self.role_column(table, "date")
            return dated if dated is not None and "birth" not in roles_of(dated) else None
        if role == "birth" and not columns:
            return None
        return columns[0] if columns else None

    def nearest(self, table: str, role: str) -> Column | None:
        """A column playing `role` in the table or, failing that, the closest linked table that has one."""
        if role == "pay":
            found = self.nearest(table, "pay_only")
            return found if found is not None else self.nearest(table, "money")
        # nearest first (the dict keeps breadth-first order), and never across a shared parent to its other
        # children (a ticket's money is its price, not its cinema's snack sales), unless nothing else has one
        fallback: Column | None = None
        for candidate in self.distances(table):  # stops at the first that does: a catalog may be 1,500 tables
            column = self.role_column(candidate, "pay" if role == "pay_only" else role)
            if column is not None and not self.fans_out(table, column.table):
                return column
            fallback = fallback or column
        return fallback

    def resolve(self, entity: str) -> None:
        """Where a phrase has several meanings, keep the one nearest the entity (its own table, then links)."""
        if self.heard is None:
            self.heard = list(self.words)
        tables = {w.at for w in self.words if w.kind == "table" and w.cue != "verb"}
        if len(tables) == 1:  # "most recent vaccination": the vaccinations, not appointments for one
            only = tables.pop()
            self.words = [w for w in self.words if not (w.kind == "value" and w.at == only and any(
                o.at == only and o.kind == "table" and o.table == entity for o in self.words))]
        distance = self.distances(entity)
        self._compounds()
        self._full_names()
        chosen: dict[int, Word] = {}
        for word in self.words:
            if word.at in chosen and not self._better(word, chosen[word.at], entity, distance):
                continue
            chosen[word.at] = word
        self.words = [self._own_role(chosen[at], entity) for at in sorted(chosen)]

    def _own_role(self, word: Word, entity: str) -> Word:
        """"Ticket revenue per cinema": a role word (revenue) whose column is reached from the entity up to a
        parent and down to its other children (the cinema's snack sales) means the nearest column of that role
        that isn't (the tickets' price), where there is one: summed across the join, the other would count each
        snack sale once per ticket."""
        if word.kind != "column" or not word.cue.startswith("role:") or word.table == entity \
                or not self.fans_out(entity, word.table):
            return word
        own = self.nearest(entity, word.cue.partition(":")[2])
        if own is None or self.fans_out(entity, own.table):
            return word
        return Word("column", word.text, word.at, table=own.table, column=own.name, cue=word.cue, span=word.span)

    def own_states(self, entity: str) -> None:
        """"Tasks that are done" where a project's status may be 'done': the tasks' own state (their completion
        date) before a value of another table's."""
        if ending(self.table(entity)) is None:
            return
        self.words = [Word("state", w.text, w.at, cue=STATES[w.text], span=w.span)
                      if w.kind == "value" and w.table != entity and w.text in STATES else w for w in self.words]

    def _full_names(self) -> None:
        """"Maya Nolan": a first name and a last name side by side name one person, in the table that has her."""
        for first in [w for w in self.words if w.kind == "value"]:
            pair = f"{first.value} {self.raw[first.at + first.span] if first.at + first.span < len(self.raw) else ''}"
            lasts = [w for w in self.words if w.kind == "value" and w.at == first.at + first.span]
            tables = {w.table for w in lasts if w.table == first.table and pair.lower().strip() in self.table(
                w.table).people} if lasts else set()
            if len(tables) == 1:
                table = tables.pop()
                self.words = [w for w in self.words if w.kind != "value" or w.at not in (first.at, lasts[0].at)
                              or w.table == table]
                return

    def _compounds(self) -> None:
        """"Fee income", "salary costs", "freight charges": a column named beside a role word it plays is one
        thing said twice; both words mean that column."""
        by_at: dict[int, list[Word]] = {}
        for word in self.words:
            by_at.setdefault(word.at, []).append(word)
        for at, meanings in by_at.items():
            roles = [w for w in meanings if w.kind == "column" and w.cue.startswith("role:")]
            if not roles or len(roles) != len([w for w in meanings if w.kind == "column"]):
                continue
            role = roles[0].cue.partition(":")[2].replace("price", "money")
            for near in (by_at.get(at - 1, []), by_at.get(at + 1, [])):
                named = [w for w in near if w.kind == "column" and not w.cue.startswith("role")
                         and (c := self.column_of(w)) is not None and (role in roles_of(c) or (
                             role == "pay" and "money" in roles_of(c)))]
                if len(named) == 1:
                    column = named[0]
                    one = Word("column", roles[0].text, at, table=column.table, column=column.column,
                               cue=roles[0].cue, span=roles[0].span)
                    self.words = [w for w in self.words if w.at not in (at, column.at)] + [one, column]
                    self.words.sort(key=lambda w: w.at)
                    return

    def _better(self, word: Word, current: Word, entity: str, distance: dict[str, int]) -> bool:
        def score(candidate: Word) -> tuple[bool, bool, int, int, bool, bool, int, bool, bool]:
            first = (False, False, -1, 0, False, False, 0, False, False)
            if candidate.kind in ("agg", "best") and current.kind == "column" and distance.get(current.table, 99) > 0:
                return first  # "total minutes spent": their total, not theirs
            if candidate.kind == "value" and self.before(candidate, ("table",), 2) is not None and \
                    self.before(candidate, ("table",), 2).table == candidate.table:  # type: ignore[union-attr]
                return first  # "customers in France": the customers' country
            if candidate.kind == "value" and any(w.kind == "table" and w.table == candidate.table and w.cue != "verb"
                                                 and w.at == candidate.at + candidate.span for w in self.words):
                return first  # "london customers": the customers' city
            near = distance.get(candidate.table, 99) if candidate.table else 50
            kind = {"value": 0, "table": 1, "column": 2}.get(candidate.kind, 3)
            if candidate.kind == "value" and (self._asked_about(candidate) or any(
                    w.at == candidate.at and w.span > candidate.span and w.kind in ("column", "table")
                    for w in self.words) or self._surname_over_a_word(candidate)):
                # "which instructor", "top 2 members": the table, not messages whose sender is one; "email
                # address": the column its two words name, not the channel one of them is
                kind = 3
            if candidate.kind == "value" and self.before(candidate, ("agg",), 1) and any(
                    w.at == candidate.at and w.cue.startswith("role") for w in self.words):
                kind = 5  # "total sales": after an aggregate, sales is the amount, not the department
            if candidate.kind == "column" and candidate.cue.startswith("role") and kind < 5:
                kind = 2
            # A meaning that can't join loses. A column's whole name beats a part of a name or a role anywhere
            # ("total qty" is the quantity sold, not quantity_per_unit); between parts and roles the nearer table
            # wins, then a name over a role ("track price" is the track's unit_price, not what its sales add up to).
            role = candidate.cue.startswith("role")
            # "paid": paid_date, or pay? A column named by a kindred word ("stars" for "rating") comes after one
            # named by the word itself (the reviews' rating) and before a part or a role; "what costs us the
            # most": the entity's own money before another table's price, which is only kindred to the word
            kindred = kind == 2 and not role and self.kindred(candidate)
            loose = 0 if kind != 2 else 2 if role or candidate.cue in ("part", "event") or (
                kindred and candidate.table != entity and any(
                    w.at == candidate.at and w.table == entity and w.cue.startswith("role") for w in self.words)) \
                else 1 if kindred else 0
            # "enrolled" is students.enrolled_on before teachers.started_on, unless the teachers are asked about
            other = candidate.cue == "role:lifecycle" and near > 0 and not any(
                stem(part) == stem(candidate.text) for part in name_parts(candidate.column))
            # "the biggest travel costs" of a grant: the costs of the expenses filtered by 'travel', not the
            # grant's own budget; a role is played by the rows a value of the question filters
            unfiltered = not (role and candidate.table in filtered)
            # A number reached only up to a parent and down again to its other children ("costs" of a club's
            # spending: the boats' repairs) is counted once per sibling: the entity's own, or its own line's, wins.
            spread = candidate.kind == "column" and near > 1 and self.fans_out(entity, candidate.table)
            return near >= 99, spread, kind, loose, other, unfiltered, near, candidate.cue == "part", role

        filtered = {w.table for w in self.words if w.kind == "value"}
        return score(word) < score(current)

    def _asked_about(self, word: Word) -> bool:
        """A word that is a table's own name, said where a question names what it is about ("which
        instructor", "top 2 members", "each shop", "members who …"), is that table even where a column elsewhere
        holds it."""
        before = self.raw[word.at - 1] if word.at > 0 else ""
        ranked = before.isdigit() and word.at > 1 and self.raw[word.at - 2] in ("top", "bottom")
        if before not in _ASKED_ABOUT and not ranked and word.at > 0:  # (or the question's first word)
            return False
        return any(w.at == word.at and w.kind == "table" and not w.cue and w.span == word.span for w in self.words)

    def _surname_over_a_word(self, word: Word) -> bool:
        """"Products priced above the average price" where a baker is called Price: one word that is someone's
        name and also a column's is the column; a person is named by more than one word, or after "by"."""
        if word.span > 1 or (word.at > 0 and self.raw[word.at - 1] in ("by", "for", "named", "called")):
            return False
        column = self.table(word.table).column(word.column)
        if column is None or not roles_of(column) & {"name", "first", "last"}:
            return False
        return any(w.at == word.at and w.kind == "column" and not w.cue.startswith("role") for w in self.words)

    def kindred(self, word: Word) -> bool:
        """A column meant by a word its name doesn't have, only a kindred one ("costs" for price)."""
        if word.kind != "column" or word.cue:
            return False
        said = {singular(token) for token in spelled_out(tuple(word.text.split()))}  # "qty" is quantity's own
        return not said & {singular(part) for part in (*name_parts(word.column), *spelled_out(name_parts(word.column)))}

    def entity(self) -> str:
        """The table the question is about: the first table named that is not a group, order or ranking
        target; with no table named, the table closest to everything the question mentions."""
        named = [w for w in self.words if w.kind == "table" and w.cue != "verb"]
        if named and named[0].text in _ANYONE:
            self._which_people(named[0])
        acted = self.acted_upon()
        if acted is not None:
            return acted
        counted = next((w for w in self.words if w.at == 2), None) if self.raw[:2] == ["how", "many"] else None
        if counted is not None and counted.kind == "value" and self.sold_quantity(counted.table) is not None \
                and not any(w.kind == "table" and w.at == 2 for w in self.words):
            return counted.table  # "how many lavender did the harbour stall sell": lavender, wherever it sold
        asked = next((w for w in self.words if w.at == 1), None) if self.raw[:1] in (["which"], ["what"]) else None
        if asked is not None and asked.kind == "value" and not any(w.kind == "table" and w.at == 2 for w in self.words):
            return asked.table  # "which cat in Riverton had the most appointments": one of the cats
        which = next((w for w in named if w.at > 0 and self.raw[w.at - 1] in ("which", "who")), None)
        if which is not None:
            return which.table  # "in store 1, which customer spent the most?": the customers
        for word in named:
            if not self.before(word, ("group", "by", "order", "their", "best", "yearly"), 1):
                return word.table
        if named:
            return named[0].table
        mentioned: dict[int, list[Word]] = {}
        for word in self.words:
            if word.kind in ("column", "value") or (word.kind == "table" and word.cue == "verb" and self.raw[:1] in (
                    ["who"], ["whose"], ["whom"])):  # "who rented something most recently": whoever rents
                mentioned.setdefault(word.at, []).append(word)
        if not mentioned and asked_period(self):  # type: ignore[arg-type]
            dated = [t for t in self.catalog.tables.values() if any(
                c.temporal and "birth" not in roles_of(c) for c in t.columns)]
            if dated:  # "busiest month ever": of the business's events, the most numerous
                return max(dated, key=lambda t: (t.rows, t.name)).name
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
        tables = {w.table for meanings in mentioned.values() for w in meanings}

        def cost(table: str) -> tuple[int, int, int]:
            distance = self.distances(table)
            total = sum(min(distance.get(w.table, 99) for w in meanings) for meanings in mentioned.values())
            return total, 0 if table == first else 1, -self.table(table).rows

        if self.raw[:1] in (["who"], ["whose"], ["whom"]):  # "who logged the most hours": a person did
            people = [t for t in self.catalog.tables if self.person(t)]
            if people:
                def doer(table: str) -> tuple[int, bool, int]:
                    parent = any(link.parent == table and link.child in tables for link in self.catalog.links)
                    return cost(table)[0], not parent, -self.table(table).rows

                self.guessed_person = True
                return min(people, key=doer)
        return min(self.catalog.tables, key=cost)

    def _which_people(self, word: Word) -> None:
        """"How many people have joined since June" where staff and patrons are both people: a word for anyone
        names the table it is kin to only when something else in the question is that table's (a value, a
        column of its own: "people in finance", "people hired before 2014")."""
        others = [t for t in self.catalog.tables if t != word.table and self.person(t) and self.table(t).rows]
        tied = any(w.table == word.table and w.at != word.at and (
            w.kind == "value" or (w.kind == "column" and not w.cue.startswith("role") and w.cue != "part"))
            for w in self.words)
        if others and not tied and self.person(word.table):
            raise self.puzzled(f"I can't tell which of the {quote_list([word.table, *others])} “{word.text}” means")

    def person(self, table: str) -> bool:
        """Rows that are people: known by a first and last name, a full or display name, or called so."""
        labels = [c for c in self.label(table) if not c.key]
        if not labels:
            return False  # a table of links (film_actor) is nobody
        if any(set(roles_of(c)) & {"first", "last"} or set(c.parts) & PERSON_NAME_PARTS for c in labels):
            return True
        return singular(name_parts(table)[-1]) in PEOPLE_NOUNS if name_parts(table) else False

    def _totals(self, table: str) -> bool:
        column = self.role_column(table, "money")
        return column is not None and bool(set(column.parts) & _MONEY_NAMES)

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
            if link.parent == subject.table and not link.self_reference and self._titled(link.child):
                others.add(link.child)  # "what has Callum Castellano written": his items, known by their titles
            elif link.parent == subject.table and not link.self_reference:
                others |= {other.parent for other in self.catalog.links
                           if other.child == link.child and other.parent != subject.table and not other.self_reference}
        if len(others) != 1:
            return None
        self.use(verb)
        return others.pop()

    def _titled(self, table: str) -> bool:
        """Rows that are things with a name or title of their own (books, songs), not events (orders, visits),
        which are known by a key or a date and stand between the things they link."""
        label = self.label(table)
        return bool(label) and not any(c.key or c.primary or c.temporal for c in label) \
            and self._identifier(table) not in label

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

    def join(self, query: Query, table: str, outer: bool = False) -> None:
        """Join `table` to the query along the catalog's links (breadth first from the entity)."""
        if table == query.entity or table in query.joined:
            return
        path = self.path(query.entity, table)
        if path is None:
            raise self.puzzled(f"I can't see how {query.entity} and {table} connect")
        if (query.entity, table) in self.ambiguous:  # stores → payments: taken by their staff, or by their customers?
            raise self.puzzled(f"I can see more than one way {query.entity} and {table} connect, and they "
                               "give different answers")
        for here, there, link in path:
            if there in query.joined or there == query.entity:
                continue
            self.used.update(self._role_said(link))  # "trips that ended at …": the way they are joined
            if link.child == there:  # parent → child: one entity row becomes many
                query.fanout = True
                condition = exp.EQ(this=ref(there, link.column), expression=ref(here, link.parent_column))
            else:
                condition = exp.EQ(this=ref(there, link.parent_column), expression=ref(here, link.column))
            kind = "LEFT" if outer or query.outer else None
            query.joins.append(exp.Join(this=table_ref(there), on=condition, side=kind))
            query.joined.add(there)

    def path(self, start: str, goal: str) -> list[tuple[str, str, Link]] | None:
        """The shortest way along the links from `start` to `goal`. Of several, one that keeps going the same
        way (projects → their tasks → the tasks' time entries) beats one that goes up and down again
        (projects → their owner → the owner's time entries): that one joins things that merely share a parent."""
        found = self._paths.get((start, goal))
        if found is None:
            found = self._shortest(start, goal)
            self._paths[(start, goal)] = found
        return found

    def through_many(self, start: str, goal: str) -> bool:
        """Whether the way from `start` to `goal` passes through rows that belong to start's (guests → their
        reservations → …): a blank there is a blank on one of many rows, not on the start row itself."""
        return any(link.child == there for _, there, link in self.path(start, goal) or [])

    def fans_out(self, start: str, goal: str) -> bool:
        """Whether the way from `start` to `goal` goes up to a parent and then down to another of its children
        (expenses → their observer → the observer's checkouts): each start row meets all of its siblings' rows.
        Crossing a junction (categories → film_category → films) is no climb."""
        path = self.path(start, goal) or []
        went_up = crossing = False
        for here, _, link in path:
            if link.child == here and link.parent != here:
                # down into a junction and straight up out of it is a many-to-many crossed (a film's
                # categories), not a climb to a shared parent
                went_up = went_up or not crossing
                crossing = False
            elif went_up:
                return True
            else:
                crossing = self._junction(link.child)
        return False

    def _junction(self, table: str) -> bool:
        """A table that only pairs rows of two others (film_category): its links and at most one more column."""
        links = {link.column for link in self.catalog.links if link.child == table and not link.self_reference}
        rest = [c for c in self.table(table).columns if c.name not in links and not c.primary]
        return len(links) >= 2 and len(rest) <= 1

    def _shortest(self, start: str, goal: str) -> list[tuple[str, str, Link]] | None:
        depth: dict[str, int] = {start: 0}
        before: dict[str, list[tuple[str, Link]]] = {}
        queue = deque([start])
        while queue:
            current = queue.popleft()
            if current == goal:
                break
            for link in self.catalog.links:
                other = link.parent if link.child == current else link.child if link.parent == current else None
                if other is None or link.self_reference:
                    continue
                if other not in depth:
                    depth[other] = depth[current] + 1
                    queue.append(other)
                if depth[other] == depth[current] + 1 and len(before.setdefault(other, [])) < 8:
                    before[other].append((current, link))
        if goal not in depth:
            return None
        paths: list[list[tuple[str, str, Link]]] = []

        def walk(node: str, tail: list[tuple[str, str, Link]]) -> None:
            if len(paths) >= 32:
                return
            if node == start:
                paths.append(list(reversed(tail)))
                return
            for here, link in before.get(node, []):
                walk(here, [*tail, (here, node, link)])

        walk(goal, [])

        verbs = {w.table for w in self.words if w.kind == "table" and w.cue == "verb"}

        def bends(path: list[tuple[str, str, Link]]) -> tuple[bool, int, bool, int]:
            # "customers who rented more than 40 films": through the rentals the verb names; "trips that ended
            # at Central": along the link whose role the question says (end_station_id, not start_station_id)
            through = not any(there in verbs for _, there, _ in path[:-1])
            said = -sum(1 for _, _, link in path if self._role_said(link))
            return through, said, len({link.child == there for _, there, link in path}) > 1, sum(
                map(_named_for_role, path))

        best = min(paths, key=bends)
        if sum(1 for path in paths if bends(path) == bends(best)) > 1:
            self.ambiguous.add((start, goal))
        return best

    def _role_said(self, link: Link) -> list[int]:
        """Where the question says the part a role-named link plays: "start" or "from" for start_station_id,
        "ended" or "arrivals" for end_station_id."""
        if not role_named(link):
            return []
        parent = {singular(part) for part in spelled_out(name_parts(link.parent))}
        roles = {stem(part) for part in spelled_out(name_parts(link.column))
                 if part not in ("id", "key", "fk", "no") and singular(part) not in parent}
        said = set().union(*(ROLE_SYNONYMS.get(role, ()) for role in roles)) if roles else set()
        return [at for at, token in enumerate(self.raw) if stem(token) in roles or token in said]

    def sold_lines(self, table: str) -> Column | None:
        """The quantity on the lines that sell `table`'s rows, where the question says they were sold."""
        quantity = self.sold_quantity(table)
        if quantity is not None:
            self.use(*[w for w in self.words if w.text in SOLD_VERBS])
        return quantity

    def sold_quantity(self, table: str) -> Column | None:
        """The same, only looked at (nothing is used up)."""
        if not any(token in SOLD_VERBS for token in self.raw):
            return None
        lines = [link.child for link in self.catalog.links if link.parent == table and not link.self_reference]
        quantities = [c for child in lines if (c := self.role_column(child, "quantity")) is not None]
        return quantities[0] if len(quantities) == 1 else None

    def implied_sum(self) -> Word | None:
        """"What was the revenue last year?": revenue, sales, turnover are sums without saying so."""
        for word in self.words:
            if word.kind == "column" and word.text in SUMMED:
                column = self.column_of(word)
                if column is not None and column.numeric:
                    return Word("agg", word.text, word.at, cue="sum")
        return self._summed_head()

    def _summed_head(self) -> Word | None:
        """"Hours logged per project", "budget by status", "payments split by method": a question led by an
        amount that adds up (hours, a budget, the money of a table of payments), or by a table of money, asks
        for its total. A catalog's price is no such amount ("prices by category" lists prices)."""
        if any(w.kind in ("best", "cmp", "vsavg", "agg", "ratio", "their") for w in self.words):
            return None
        head = next((w for w in self.words if w.kind in ("table", "column", "value")), None)
        if head is None or head.kind == "value":
            return None
        following = next((w for w in self.words if w.at == head.at + head.span and w.kind == "column"), None)
        if head.kind == "table" and following is not None and following.table == head.table:
            head = following  # "service costs by kind": the costs of the services
        if head.kind == "column":
            column = self.column_of(head)
            if column is None or not self._adds_up(column):
                return None
            return Word("agg", head.text, head.at, cue="sum")
        money = self.role_column(head.table, "money")
        parts = {singular(part) for part in name_parts(head.table)}
        dated = any(w.kind in ("when", "year", "monthrel", "dayrel", "quarter", "yearly", "monthly", "quarterly",
                               "group", "by") for w in self.words)
        if money is None or not parts & _MONEY_TABLES or not dated:
            return None
        return Word("agg", head.text, head.at, cue="sum")

    def _adds_up(self, column: Column) -> bool:
        if not column.numeric or column.key or column.shape == "flag":
            return False
        roles = roles_of(column)
        if "quantity" in roles or column_is_time(column) or _done(column):
            return True
        dated = any(c.temporal for c in self.table(column.table).columns)
        return "money" in roles and (dated or not any(link.parent == column.table for link in self.catalog.links))



def _done(column: Column) -> bool:
    """A count of things done, named by the verb (made, wasted, goals_scored): it adds up."""
    last = column.parts[-1] if column.parts else ""
    if not column.numeric or column.key or column.shape in ("year", "flag"):
        return False
    return last in IRREGULAR_PARTICIPLES or (
        len(last) > 4 and last.endswith("ed") and last not in ("speed", "seed", "feed", "need", "bed", "shed"))
