"""Groups and order: "per department", "by product category", "sorted by price, most expensive first"."""

from __future__ import annotations

from sqlglot import exp

from humandb.reading.questions.linking import roles_of
from humandb.reading.questions.looking import Looking
from humandb.reading.questions.query import Query, agg, is_aggregate, ref, table_ref, value_of
from humandb.reading.questions.words import Word, singular

__all__ = ["Grouping"]

_MEASURES = frozenset({"money", "pay", "size", "quantity", "weight", "temperature"})


class Grouping(Looking):
    def group_target(self, query: Query) -> Word | None:
        opening = next((w for w in self.words if w.at == 1), None) if self.raw[:1] in (["which"], ["what"]) else None
        owner = opening
        if opening is not None and opening.kind == "table":  # "which expense category …": the expenses' category
            opening = next((w for w in self.words if w.at == opening.at + opening.span and w.kind == "column"
                            and w.table == opening.table and not w.cue and (c := self.column_of(w)) is not None
                            and not c.numeric and not c.temporal), None)
        if opening is not None and opening.kind == "column" and (self.first("agg") or self.first("best")):
            column = self.column_of(opening)
            best = self.first("best")
            counted = best is not None and self.after(best, ("table",), 2) is not None
            if column is not None and (not column.numeric or (counted and not roles_of(column) & _MEASURES)):
                # "which department has the highest ...", "which floor has the most rooms"
                self.use(owner, opening)
                return opening
        ranking = any(w.kind in ("best", "bottom") for w in self.words)
        for word in self.words:
            if word.kind == "group" or (word.kind == "by" and not ranking):
                target = self.after(word, ("column", "table", "agg"), 2)
                if target is None or target.kind == "agg":
                    continue
                following = next((w for w in self.words if w.at == target.at + target.span), None)
                if target.kind == "table" and following is not None and following.kind == "column" \
                        and following.table == target.table:
                    self.use(target)
                    target = following  # "by product category": the category, not the product
                if word.kind == "by" and target.kind == "table" and not (self.all_of("agg") or self.implied_sum()):
                    continue  # "books by authors from …": written by, not grouped by
                self.use(word, target)
                return target
        return None

    def group_by(self, query: Query, target: Word) -> list[exp.Expression]:
        self.use(target)
        if target.kind == "table" and target.table == query.entity and self.before(target, ("group",), 1) \
                and any(w.kind == "agg" and w.cue in ("avg", "sum") for w in self.words) and not query.fanout:
            return []  # "average minutes spent per ticket": per row, which is what an average is
        if target.kind == "column":
            self.join(query, target.table)
            pointed = self._pointed_at(query, target)
            if pointed is not None:
                return pointed
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

    def _pointed_at(self, query: Query, target: Word) -> list[exp.Expression] | None:
        """"Passengers per destination port": a column that points at another table's rows groups by those
        rows, shown by their names, joined along that very link (not any other way the tables meet)."""
        link = next((link for link in self.catalog.links if link.child == target.table
                     and link.column == target.column and not link.self_reference), None)
        if link is None or link.parent in query.joined or link.parent == query.entity:
            return None
        query.joins.append(exp.Join(this=table_ref(link.parent), on=exp.EQ(
            this=ref(link.parent, link.parent_column), expression=ref(link.child, link.column))))
        query.joined.add(link.parent)
        key = ref(link.parent, link.parent_column)
        shown: list[exp.Expression] = [ref(link.parent, c.name) for c in self.label(link.parent)] or [key]
        query.add_group(key, *shown)
        query.said.append(f"per {target.column}")
        return shown

    def group_by_entity(self, query: Query) -> list[exp.Expression]:
        key = ref(query.entity, self.table(query.entity).key)
        shown: list[exp.Expression] = [ref(query.entity, c.name) for c in self.label(query.entity)] or [key]
        query.add_group(key, *shown)
        return shown

    def ordered(self, query: Query) -> None:
        maybe = self.first("order?")  # "ordered" sorts only beside a direction ("ordered newest first")
        cue = self.first("order") or (maybe if maybe is not None and self.after(maybe, ("dir",), 3) else None)
        direction = self.first("dir")
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
        target = self.after(cue, ("column", "agg"), 3) if cue is not None else None
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

