"""Reading understood words into one SELECT: what is counted, summed or ranked, the filters, the groups,
the order, and the joins along the catalog's links. The work is shared out by concern: looking.py (words,
schema, entity, joins) ← grouping.py ← filtering.py ← asking.py ← here, where `read` puts them together.

Every word a construct relies on is marked used; the caller refuses a question whose content words were
not all used (honesty before helpfulness).
"""

from __future__ import annotations

from sqlglot import exp

from humandb.reading.questions import constructs
from humandb.reading.questions.asking import Asking
from humandb.reading.questions.linking import roles_of
from humandb.reading.questions.query import Query, agg, is_aggregate, literal, ref, value_of
from humandb.reading.questions.refusal import quote_list
from humandb.reading.questions.words import Word, singular

__all__ = ["Reader"]

_PER = frozenset({"a", "an", "per", "each", "every"})
_WHEN = frozenset({"when", "what day", "what date"})
_SUMMARIES = frozenset({"sum", "avg", "min", "max"})
_SOMETHING = frozenset({"something", "anything", "stuff"})
_TRAILING = frozenset({"out", "back", "off", "away", "up", "down"})  # "lent anything out", not "… in 2024"
_NEGATIONS = frozenset({"not", "never", "no"})
# What a business does all the time, said at the end of a question ("the cakes we sell"): its catalogue.
_WHAT_WE_DO = frozenset({"sell", "offer", "stock", "carry", "serve", "make", "bake", "rent", "run", "have", "support"})
_PARTICLES = frozenset({"out", "up", "in", "on", "off", "down", "away"})
_ZERO = frozenset({"zero", "zeros", "zeroes", "0", "none", "nothing", "no"})
_KEEP = frozenset({"including", "include", "included", "show", "showing", "even", "keep"})
_CLAUSE = frozenset({"with", "if", "for", "those", "ones", "them", "too", "also", "any", "where", "there", "is",
                     "are", "the", "a", "an", "who", "that", "it", "was", "were", "has", "have", "had", "been"})


class Reader(Asking):
    def read(self) -> Query:
        zeros = self._zeros_asked()
        self._what_we_do()
        self._new_joiners()
        self._did_something()
        self._named_in_the_hierarchy()
        entity = self.entity()
        self.resolve(entity)
        entity = self.entity()
        self.own_states(entity)
        query = Query(entity, outer=bool(zeros))
        self.use(*[w for w in self.words if w.kind == "table" and w.table == entity][:1])
        special = constructs.special(self, query)
        if special is not None:
            return special
        self.filters(query)
        top = self.top_n()
        if self.having_sum:  # "customers who spent over $100 in total": the total was the filter's
            self.words = [w for w in self.words if not (w.kind == "agg" and w.at in self.used)]
        agg_word = next((w for w in self.words if w.kind == "agg" and not w.cue.endswith("?")), None)
        counting = self.after(agg_word, ("agg",), 1) if agg_word is not None and agg_word.cue == "avg" else None
        if agg_word is not None and counting is not None and counting.cue == "count" \
                and self.counts_averaged(query, agg_word, counting):
            return query
        agg_word = self.counting_words(agg_word) or (None if self.having_sum else self.implied_sum())
        if agg_word is not None:  # "how much have we invoiced in total": said twice, meant once
            self.use(*[w for w in self.words if w.kind == "agg" and w.cue == agg_word.cue and w is not agg_word
                       and agg_word.cue != "count"])
        bests = self.all_of("best")
        # "top 3 most borrowed books": "top" only says how many; "most borrowed" says by what
        best = next((w for w in bests if w.text != "top"), bests[0]) if bests else None
        if best is not None and best.text != "top":
            self.use(*[w for w in bests if w.text == "top"])
        leading = self.leading_column()
        counting_it = agg_word is not None and agg_word.cue == "count" and leading is not None \
            and leading.at > agg_word.at
        grouped_by_leading = leading is not None and (agg_word or top) and not counting_it
        group = self.group_target(query) or (leading if grouped_by_leading else None)
        period = self.first("yearly") or self.first("monthly") or self.first("quarterly")
        if period is not None:
            self.by_period(query, period)
        verbed = any(w.kind == "table" and w.cue == "verb" and w.at not in self.used for w in self.words)
        # "which patron owes the most in fines": money said is what is ranked, not how many fines there are
        money_said = self.money_said()
        if best is not None and (best.cue.endswith(":activity") or (not money_said and (
                constructs.most_verbed(self, best) or (verbed and ":" not in best.cue and agg_word is None)))):
            constructs.activity(self, query, best, group, top)
        elif leading is not None and group is None and agg_word is None and best is None and not query.group \
                and not top and not self._named_value_of(leading):
            self.distinct_values(query, leading)
        elif agg_word is not None and agg_word.cue == "count" and (best is None or best.at < agg_word.at
                                                                   or group is None) and not top:
            self.counted(query, group, best)
        elif self.first("their") is not None:
            self.with_their(query)
        elif best is not None and (top or self.ranks(best, group)):
            self.ranked(query, best, agg_word, group, top)
        elif agg_word is not None:
            self.aggregated(query, agg_word, group)
        elif best is not None:
            self.extreme(query, best, group)
        elif group is not None:  # "customers per city", "rentals handled by each staff member": how many
            self.counted(query, group, None)
        elif period is not None:  # "tickets per month"
            query.add_select(agg("count"))
            query.said.insert(0, f"number of {query.entity}")
        elif top is not None:
            raise self.puzzled(f"I don't know what the {top} should be the top of")
        elif query.having and query.group and not self.having_sum:
            if not query.select:  # "owners in Riverton with more than 2 pets": the owners, by name
                query.add_select(*self.group_by_entity(query))
            query.said.insert(0, f"the {query.entity}")
        elif self.having_sum:
            query.add_select(*self.group_by_entity(query))
            query.said.insert(0, f"the {query.entity}")
        else:
            self.listed(query)
        self.ordered(query)
        if query.fanout and not query.group and not any(is_aggregate(item) for item in query.select):
            query.distinct = True
        for word in self.all_of("column"):  # "total quantity ordered": ordering is what made every order
            column = self.column_of(word)
            still = word.at > 0 and self.raw[word.at - 1] == "still"  # "checkouts still out": not every one is
            if word.cue == "event" and column is not None and column.table in {query.entity, *query.joined} \
                    and not still:
                first = next((c for c in self.table(column.table).columns if c.temporal
                              and "birth" not in roles_of(c)), None)
                if first == column:
                    self.use(word)
        self._per_period()
        self._when_shown(query)
        self._and_how_much(query)
        if zeros:
            self._zeros_kept(query, zeros)
        return query

    def _named_value_of(self, column: Word) -> bool:
        """"The gold tier guests": the column is named beside one of its values, which picks rows; it is not
        a request for the column's different values."""
        return any(w.kind == "value" and (w.table, w.column) == (column.table, column.column)
                   and abs(w.at - column.at) <= 2 for w in self.words)

    def _what_we_do(self) -> None:
        """"The cakes we sell", "which plants do we stock": what the business does all the time names the
        catalogue, every row of it; it adds nothing (it is not a count of sales: "how many did we sell")."""
        if self.raw[:2] in (["how", "many"], ["how", "much"]):
            return
        for at, token in enumerate(self.raw):
            if token not in _WHAT_WE_DO or at == 0 or self.raw[at - 1] not in ("we", "you"):
                continue
            ending = at + 1 == len(self.raw) and any(w.kind in ("table", "value") and w.at < at - 1
                                                     for w in self.words)
            asking = at == 2 and self.raw[0] in ("do", "does") and self.raw[3:4] in (["any"], ["a"], ["an"])
            if ending or asking:  # "the cakes we sell"; "do we sell any vegan cakes"
                self.used.update((at - 1, at))
                self.words = [w for w in self.words if w.at not in (at - 1, at)]

    def _new_joiners(self) -> None:
        """"How many new members signed up each year": members who joined are new ones; "new" says it again."""
        for word in [w for w in self.words if w.kind == "unknown" and w.text == "new"]:
            named = any(w.kind == "table" and w.at == word.at + 1 for w in self.words)
            joined = any(w.cue == "role:lifecycle" and w.at > word.at for w in self.words)
            if named and joined:
                self.used.add(word.at)
                self.words = [w for w in self.words if w is not word]

    def _did_something(self) -> None:
        """"Patrons who borrowed something in 2024", "observers who logged anything", "species never spotted": a
        verb with an unnamed object, or never done, is something done in another table's rows — the one table of
        events under the rows asked about (dated, linked to them). With several such tables, which one the verb
        means is not guessed."""
        subject = next((w for w in self.words if (w.kind == "table" and w.cue != "verb") or w.kind == "value"
                        or (w.kind == "column" and not w.cue)), None)
        for verb, end, never in self._unnamed_deeds():
            if subject is None or verb <= subject.at or any(w.at == verb and w.kind != "unknown" for w in self.words):
                continue  # a verb the catalog knows is read elsewhere
            said = " ".join(self.raw[verb:end])
            events = sorted({link.child for link in self.catalog.links if link.parent == subject.table
                             and not link.self_reference and any(c.temporal for c in self.table(link.child).columns)})
            if len(events) > 1 and not never:  # (rows that never did anything are the reading's "without")
                raise self.puzzled(f"I can't tell which of {quote_list(events)} “{said}” means")
            if len(events) != 1:
                continue
            done = Word("table", said, verb, table=events[0], cue="verb", span=end - verb)
            self.words = sorted([done, *(w for w in self.words if not verb <= w.at < end)], key=lambda w: w.at)
            self.used.update(range(verb + 1, end))  # the verb itself is the reading's to use

    def _unnamed_deeds(self) -> list[tuple[int, int, bool]]:
        """Where a verb without a named object is, as (its position, the end of its words): "borrowed something",
        "checked anything out", "never been spotted", "never lent anything out"; and whether it was never done."""
        found = []
        for at, token in enumerate(self.raw):
            if token in _SOMETHING and at >= 2:
                verb = at - 2 if self.raw[at - 1] in _PARTICLES else at - 1
                if self.raw[verb].endswith(("ed", "s")) and self.raw[verb - 1] not in _NEGATIONS:
                    found.append((verb, self._particle_after(at + 1), False))
            elif token == "never" and at + 1 < len(self.raw):
                verb = at + 2 if self.raw[at + 1] in ("been", "be") and at + 2 < len(self.raw) else at + 1
                end = verb + 1
                if end < len(self.raw) and self.raw[end] in _SOMETHING:
                    end += 1
                if self.raw[verb].endswith(("ed", "en", "t")):
                    found.append((verb, self._particle_after(end), True))
            elif token in ("most", "least") and at >= 1 and self._dated():
                # "which genre was borrowed the most in 2024": the year is the borrowing's, not the genre's items'
                verb = at - 2 if self.raw[at - 1] == "the" and at >= 2 else at - 1
                if self.raw[verb].endswith(("ed", "t", "en")):
                    found.append((verb, verb + 1, False))
        return found

    def _dated(self) -> bool:
        return any(w.kind in ("when", "year", "monthrel", "dayrel", "quarter", "day", "month") for w in self.words)

    def _particle_after(self, at: int) -> int:
        """Past a verb's particle at `at` ("lent anything out"), if there is one."""
        return at + 1 if at < len(self.raw) and self.raw[at] in _TRAILING else at

    def _named_in_the_hierarchy(self) -> None:
        """"Who reports to Pablo Rossi" where a patron is called Pablo Rossi too: beside a word of reporting lines,
        a name that is also a row of the table that refers to itself (the staff's supervisors) means that row."""
        if not any(w.kind in ("child", "parent", "manages") for w in self.words):
            return
        trees = {link.child for link in self.catalog.links if link.self_reference}
        ranked = {w.at for w in self.words if w.kind == "value" and w.table in trees}
        self.words = [w for w in self.words if not (w.kind == "value" and w.at in ranked and w.table not in trees)]

    def _zeros_asked(self) -> list[Word]:
        """"…, including branches with zero loans", "show 0 if none", "zero included": a closing clause that
        asks for the rows with nothing to count. Its words are taken out of the question and returned."""
        zero = next((at for at, token in enumerate(self.raw) if token in _ZERO), None)
        if zero is None or not any(token in _KEEP for token in self.raw[max(0, zero - 3):zero + 2]):
            zero = self._never_kept()
        if zero is None:
            return []
        start = zero
        while start > 0 and self.raw[start - 1] in _CLAUSE | _KEEP | _ZERO:
            start -= 1
        clause = [w for w in self.words if w.at >= start]
        # "…, including boats that never went out", "0 if it was never repaired": the deed is the clause's too
        deed = range(zero + 1, len(self.raw)) if self.raw[zero] == "never" else range(0)
        tables = {w.at for w in clause if w.kind == "table"}  # "boats" is the table, whatever else it may be
        kinds = ("table", "unknown", "has", "zero", "never", "none", "number", "group", "who")
        if start == 0 or any(w.kind not in kinds and w.cue != "part" and w.at not in deed and w.at not in tables
                             for w in clause) or not all(
                token in _CLAUSE | _KEEP | _ZERO or token == "never" or at in deed or at in tables
                for at, token in enumerate(self.raw) if at >= start):
            return []
        self.use(*clause)
        self.words = [w for w in self.words if w.at < start]
        return clause

    def _never_kept(self) -> int | None:
        """Where "never" closes a question that asks for every row ("including the ones that never…", "0 if it
        was never…"): after a word that keeps them, or a zero, a few words before."""
        never = next((at for at, token in enumerate(self.raw) if token == "never"), None)
        if never is None or not set(self.raw[max(0, never - 6):never]) & (_KEEP | {"0", "zero"}):
            return None
        return never

    def _zeros_kept(self, query: Query, clause: list[Word]) -> None:
        """The counts and totals of every row, those with none at 0: the joins keep them (query.outer) and an
        empty total is 0 rather than nothing."""
        counted = any(is_aggregate(item) for item in query.select) and query.group and query.joins
        named = {w.table for w in clause if w.kind == "table"}
        # the rows with none are kept only where they are the rows read from: grouped by another table's
        # columns, a join from the counted rows has no row for them to keep
        grouped = {column.table for item in query.group for column in item.find_all(exp.Column)}
        if not counted or not named <= {query.entity, *query.joined} or not grouped <= {query.entity}:
            raise self.puzzled("I can't see which rows with none to keep here")
        query.select = [item.transform(lambda node: exp.Coalesce(this=node, expressions=[literal(0)])
                                       if isinstance(node, exp.Sum) else node) for item in query.select]

    def _and_how_much(self, query: Query) -> None:
        """"Fines by reason - how many and how much", "number of fines and total amount by reason": a count and,
        after "and", a total (or average) of the same rows' own amount, side by side."""
        also = next((w for w in self.words if w.kind == "agg" and w.cue in _SUMMARIES and w.at not in self.used
                     and self.before(w, ("and",), 2) is not None), None)
        count = next((item for item in query.select if isinstance(item, exp.Count)), None)
        if also is None or query.bare or query.per or count is None:
            return
        counted = next((c.table for c in count.find_all(exp.Column)), query.entity)
        column = self.measure(query, also)
        if column is None or column.table != counted:
            return  # another table's amount would be repeated over the rows counted
        self.use(also, self.before(also, ("and",), 2))
        query.add_select(agg(also.cue, value_of(column)))
        query.said.append(f"and the {also.cue} of {column.name}")

    def _when_shown(self, query: Query) -> None:
        """"The 5 coldest readings - when were they": "when" beside rows shown asks for their moment too, where
        the rows have one date (not a birthday) to give."""
        asked = [w for w in self.words if w.kind == "date" and w.text in _WHEN and w.at not in self.used]
        if not asked or query.group or query.bare or not query.select \
                or any(is_aggregate(item) for item in query.select):
            return
        dates = [c for c in self.table(query.entity).columns if c.temporal and "birth" not in roles_of(c)]
        if len(dates) != 1:
            return
        query.add_select(ref(query.entity, dates[0].name))
        self.use(*asked)

    def _per_period(self) -> None:
        """"Earn over 50000 a week" of a weekly wage, "per night" of a nightly rate: the period the amount
        is already counted in, said again."""
        units = {"week": "weekly", "hour": "hourly", "night": "nightly", "month": "monthly", "day": "daily",
                 "year": "yearly"}
        periods = {part for w in self.words if w.kind == "column" and w.at in self.used
                   and (column := self.column_of(w)) is not None for part in column.parts}
        for word in self.words:
            unit = singular(word.text)
            if word.at in self.used or unit not in units or word.at == 0 or self.raw[word.at - 1] not in _PER:
                continue
            if units[unit] in periods or unit in periods or (unit == "year" and "annual" in periods):
                self.use(word, *[w for w in self.words if w.at == word.at - 1])

