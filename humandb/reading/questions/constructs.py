"""Constructs beyond one plain SELECT: anti-joins ("agents who never handled a ticket"), flags ("unpaid
invoices"), comparisons with an aggregate ("above-average"), counts of related rows ("the busiest agent",
"how many tickets did each agent handle", keeping the ones with none), ratios ("what share of …"),
"are there more X than Y?", self-references ("who is Tess's manager?") and the next birthday."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlglot import exp

from humandb.brain.catalog import Column as CatalogColumn
from humandb.brain.catalog import name_parts
from humandb.reading.questions.ages import how_old
from humandb.reading.questions.durations import elapsed
from humandb.reading.questions.linking import ending, of_people, roles_of
from humandb.reading.questions.looking import SOLD_VERBS
from humandb.reading.questions.periods import ranked_period
from humandb.reading.questions.query import Query, agg, literal, ref, table_ref, value_of
from humandb.reading.questions.relations import is_verb, related
from humandb.reading.questions.versus import ratio_of, versus
from humandb.reading.questions.words import Word, plural, singular, stem

if TYPE_CHECKING:
    from humandb.brain.catalog import Column, Link
    from humandb.reading.questions.contract import Reader

__all__ = ["activity", "average_comparisons", "done", "flags", "special", "states", "versus_average",
           "without"]

_NEGATIONS = ("never", "none", "not", "zero")
_QUANTIFIERS = frozenset({"single", "one", "solitary", "lone"})
_ANYONE = frozenset({"anyone", "anybody", "someone", "somebody", "noone", "nobody"})


def special(reader: Reader, query: Query) -> Query | None:
    """Whole-question shapes that are not one SELECT over the entity: checked before anything else."""
    for construct in (_next_birthday, how_old, elapsed, ranked_period, versus, related, _ratio):
        found = construct(reader, query)
        if found is not None:
            return found
    return None


# -- counting related rows -----------------------------------------------------------------------------


def activity_table(reader: Reader, entity: str, after: Word | None = None) -> str | None:
    """The rows that count an entity's activity: a table the question names (or a verb names: "rented"),
    else the one descendant table of events (it has a date or an amount), the busiest if several."""
    if after is not None:
        named = reader.after(after, ("table",), 3)
        if named is not None and named.table != entity and named.table in reader.distances(entity):
            reader.use(named)
            return named.table
    # its own events before its rows' events ("the most popular room type": its rooms' stays), then its rows
    children = descendants(reader, entity, depth=1)
    pool = _events(reader, children) or _events(reader, descendants(reader, entity)) or children \
        or descendants(reader, entity)
    if not pool:
        return None
    return max(pool, key=lambda t: (reader.table(t).rows, t))


def _events(reader: Reader, tables: list[str]) -> list[str]:
    """The tables of things that happen (they have a date or an amount), of `tables`."""
    return [t for t in tables if any(c.temporal or "money" in roles_of(c) for c in reader.table(t).columns)]


def descendants(reader: Reader, entity: str, depth: int = 2) -> list[str]:
    """Tables whose rows belong to the entity's rows (child links, up to `depth` hops), not itself."""
    found: list[str] = []
    frontier = [entity]
    for _ in range(depth):
        following = []
        for table in frontier:
            for link in reader.catalog.links:
                if link.parent == table and link.child != link.parent and link.child not in found \
                        and link.child != entity:
                    found.append(link.child)
                    following.append(link.child)
        frontier = following
    return found


def activity(reader: Reader, query: Query, best: Word, group: Word | None, top: int | None) -> None:
    """"The busiest agent", "the 3 most borrowed books": entities ranked by how many related rows they have;
    "the most common reason", "the most popular extra": the value that comes up most often."""
    if group is not None and group.at > 0 and reader.raw[group.at - 1] in ("each", "every", "per"):
        # "the best selling product at each shop": a top one within every group, which Dave doesn't rank
        raise reader.puzzled(f"I can rank {query.entity} overall, not the {best.text} one for each {group.text}")
    if _mode(reader, query, best, top):
        return
    verb = _verb_beside(reader, best)
    table = verb.table if verb is not None and verb.cue in ("verb", "event") and verb.table != query.entity \
        and verb.kind in ("table", "column") else None
    if table is None and verb is not None:  # "ordered the most": the orders, not their lines
        root = stem(verb.text)
        named = [t for t in descendants(reader, query.entity) if name_parts(t)[:1]
                 and name_parts(t)[0].startswith(root)]
        distance = reader.distances(query.entity)
        table = min(named, key=lambda t: (distance.get(t, 99), t)) if named else None
    table = table or activity_table(reader, query.entity, best)
    if table is None:
        raise reader.puzzled(f"I don't know what to count to find the {best.text} {query.entity}")
    reader.use(best, verb)
    reader.join(query, table)
    key = agg("count", ref(table, reader.table(table).key))
    quantity = reader.role_column(table, "quantity") if "sell" in best.text else None
    sold = reader.sold_lines(table) if quantity is None and table != query.entity else None
    if sold is not None:  # "which genre sold the most tracks": the units on the tracks' sales
        reader.join(query, sold.table)
        quantity = sold
    elif any(token in SOLD_VERBS for token in reader.raw) and not any(
            c.temporal or "money" in roles_of(c) for c in reader.table(table).columns):
        raise reader.puzzled(f"I can't see where {table} are sold")  # "which artist sold the most albums"
    if quantity is not None:  # "the best selling track": the most units sold
        key = agg("sum", value_of(quantity))
    labels = reader.group_by(query, group) if group is not None else reader.group_by_entity(query)
    query.add_select(*labels, key)
    query.order_by(key, best.cue.startswith("max"))
    query.limit = top or 1
    query.said.insert(0, f"{query.entity} ranked by number of {table}")


def _mode(reader: Reader, query: Query, best: Word, top: int | None) -> bool:
    """"The most common reason for a visit", "the 3 most common reasons dogs come in": GROUP BY the category,
    most rows first. A thing with no rows of its own to count ("the most popular extra") is counted by name."""
    agent = next((w for w in reader.words if w.cue == "agent" and w.kind == "column" and w.at < best.at), None)
    asker = next((w for w in reader.words if w.kind == "who" or (w.kind == "column" and agent is not None
                                                                 and w.column == agent.column and w.at < agent.at)),
                 None)  # "who directed the most shows", "which director directed the fewest": by director
    if agent is not None and asker is not None:
        reader.use(asker)
        column = reader.column_of(agent)
        if column is not None and column.table == query.entity:
            reader.use(*[w for w in reader.words if w.kind == "table" and w.table == column.table], agent)
            best = Word(best.kind, best.text, best.at, cue="max:activity" if best.cue.startswith("max")
                        else "min:activity")
    named = reader.after(best, ("column", "table"), 2) if agent is None else agent
    column = reader.column_of(named) if named is not None and named.kind == "column" else None
    if named is not None and named.kind == "table" and named.table == query.entity and not \
            descendants(reader, query.entity):
        labels = [c for c in reader.label(query.entity) if not c.key] or _categories(reader, query.entity)
        column = labels[0] if len(labels) == 1 else None
    if column is None or column.numeric or column.temporal or column.key or best.cue.endswith("activity") is False:
        return False
    if named is not None and named.kind == "column" and column in reader.label(column.table) \
            and descendants(reader, column.table):
        return False  # "the most popular product name": the products, ranked by what they sold
    reader.use(best, named)
    reader.join(query, column.table)
    key = agg("count")
    column_ref = ref(column.table, column.name)
    query.add_group(column_ref)
    query.add_select(column_ref, key)
    query.order_by(key, best.cue.startswith("max"))
    query.limit = top or 1
    query.said.insert(0, f"the {column.name} that comes up {'most' if best.cue.startswith('max') else 'least'}")
    return True


def _categories(reader: Reader, table: str) -> list[CatalogColumn]:
    """The text columns whose values the catalog knows (categories and names), keys aside."""
    named = {column for column, _ in reader.table(table).values}
    return [c for c in reader.table(table).columns if c.name in named and not c.key]


def most_verbed(reader: Reader, best: Word) -> bool:
    """"most borrowed books", "least rented films", "which customer ordered the most": a ranking word beside
    a verb."""
    measured = reader.after(best, ("column",), 2)  # "sold the most units": ranked by the units
    column = reader.column_of(measured) if measured is not None else None
    if column is not None and column.numeric:
        return False
    return _verb_beside(reader, best) is not None and ":" not in best.cue


def _verb_beside(reader: Reader, best: Word) -> Word | None:
    following = next((w for w in reader.words if w.at == best.at + best.span), None)
    before = next((w for w in reader.words if best.at - 2 <= w.at < best.at and w.at + w.span >= best.at - 1), None)
    # "the most owls seen": the verb after what is counted
    after_noun = next((w for w in reader.words if following is not None and following.kind in ("table", "value")
                       and w.at == following.at + following.span and w.kind == "column" and w.cue == "event"), None)
    for word in (following, before, after_noun):
        if word is not None and word.kind == "column" and word.cue == "event" and ":" not in best.cue:
            return word  # "which baker baked the most": a count of what the verb made, never its date
        if word is not None and (is_verb(word) or word.cue == "verb"):
            if word is following and word.kind == "unknown" and not word.text.endswith(("ed", "en", "wn", "ing")):
                continue  # "the best reviews": a noun after the ranking word, unlike "the most borrowed"
            return word
    return None


# -- anti-joins and semi-joins ----------------------------------------------------------------------------


def without(reader: Reader, query: Query) -> None:
    """"Agents who never handled a ticket", "clients with no tickets": no related row exists.
    "Tickets never closed": the event's date is missing."""
    for word in reader.words:
        if (word.kind not in _NEGATIONS and word.kind not in ("none", "empty")) or word.at in reader.used:
            continue  # (a negation another construct has read: "staff who don't manage anybody")
        target = next((w for w in reader.words if word.at < w.at <= word.at + 6 and w.kind in ("table", "column")
                       and not (w.cue == "verb" and w.table == query.entity) and w.at not in reader.used), None)
        verbs = [w for w in reader.words if word.at < w.at <= word.at + 3 and is_verb(w)]
        own_date = target is not None and target.kind == "column" and target.table == query.entity and \
            (column := reader.column_of(target)) is not None and column.temporal
        if verbs and target is None and _to_anyone(reader, query, word, verbs) is not None:
            continue  # "tickets that haven't been assigned to anyone": no one named on them (or which, unclear)
        if word.kind == "empty" or (verbs and not own_date and (target is None or target.table == query.entity)):
            # "tracks never sold", "customers who never bought anything", "empty playlists"
            table = activity_table(reader, query.entity) if word.kind == "empty" else _deed_table(
                reader, query.entity, word)
            if table is None:
                continue
            target = Word("table", table, (verbs[-1] if verbs else word).at, table=table)
        target = target or _stated(reader, query, word)
        if target is None:
            continue
        between = [w for w in reader.words if (word.at < w.at < target.at or w in verbs) and w.at != target.at]
        glue = ("unknown", "has", "when")
        between = [w for w in between if w.text not in _QUANTIFIERS]  # "not a single copy": no copy at all
        # "never had a hull repair": a value of the rows looked for says which of them
        kinds = [w for w in between if w.kind == "value" and w.table == target.table and target.kind == "table"]
        if any(w.kind not in glue and w not in verbs and w not in kinds and not (w.kind == "table" and w.cue == "verb")
               for w in between) or any(w.kind == "unknown" and not is_verb(w) for w in between):
            continue
        if target.kind == "column" and target.table != query.entity:
            dated = reader.column_of(target)
            if dated is None or not dated.temporal:
                continue  # "guests with no country": a hotel's country is no deed of theirs
            target = Word("table", target.text, target.at, table=target.table, span=target.span)  # "never booked"
        if target.kind == "column":
            column = reader.column_of(target)
            if column is None or not (column.temporal or (word.kind in ("not", "none") and not column.numeric)):
                continue  # "films without special features": nothing there
            if reader.through_many(query.entity, target.table):
                continue  # "guests with no country": their own, not a hotel's they stayed at
            reader.use(word, target, *between)
            reader.join(query, target.table)
            query.filter(exp.Is(this=ref(target.table, target.column), expression=exp.Null()))
            query.said.append(f"with no {target.column}")
            continue
        if target.table == query.entity:
            continue
        pointer = next((link for link in reader.catalog.links if link.child == query.entity
                        and link.parent == target.table and not link.self_reference), None)
        if pointer is not None and not any(w.kind in ("table", "value") for w in between):  # "lockers with no member"
            reader.use(word, *between, *[w for w in reader.words if w.at == target.at])
            query.filter(exp.Is(this=ref(query.entity, pointer.column), expression=exp.Null()))
            query.said.append(f"with no {pointer.column}")
            continue
        inner = _related_keys(reader, query.entity, target.table)
        if inner is None:
            continue
        reader.use(word, *between, *[w for w in reader.words if w.at == target.at])
        key = ref(query.entity, reader.table(query.entity).key)
        query.at = target.at
        reader.use(*[w for w in reader.words if target.at < w.at <= target.at + 3 and w.kind == "table"
                     and (w.table in _parents(reader, target.table) or w.table == target.table)])
        # "never booked a class": any class; "never placed an order": any order
        for kind in kinds:
            inner.where(exp.EQ(this=ref(kind.table, kind.column), expression=literal(kind.value)), copy=False)
        inside = _kept_inside(reader, query, target.table, inner)
        query.filter(exp.Not(this=exp.In(this=key, query=exp.Subquery(this=inner))))
        query.said.append(" ".join([f"with no {target.table}", *inside]))


def _to_anyone(reader: Reader, query: Query, negation: Word, verbs: list[Word]) -> bool | None:
    """"Not assigned to anyone", "never given to anybody": a deed done to a person is the entity's own link to
    its one table of people, and nobody is named there (the link is empty): True. With several links to people
    (an agent and a contact), which one is not guessed: False, and nothing else reads it. None: no "anyone"."""
    after = verbs[-1].at + verbs[-1].span
    if not set(reader.raw[after:after + 2]) & _ANYONE:
        return None
    people = [link for link in reader.catalog.links if link.child == query.entity and not link.self_reference
              and of_people(reader.table(link.parent))]
    if len(people) != 1:
        return False
    reader.use(negation, *verbs, *[w for w in reader.words if after <= w.at < after + 2])
    reader.used.update(range(after, after + 2))
    query.filter(exp.Is(this=ref(query.entity, people[0].column), expression=exp.Null()))
    query.said.append(f"with no {people[0].column}")
    return True


def _stated(reader: Reader, query: Query, negation: Word) -> Word | None:
    """"Students who have never been absent": a value of a table of the entity's rows said right after the
    negation (attendance.status = 'absent') is the rows looked for, that value among them."""
    value = next((w for w in reader.words if negation.at < w.at <= negation.at + 3 and w.kind == "value"), None)
    if value is None or value.table == query.entity or value.table not in descendants(reader, query.entity):
        return None
    if any(token not in ("been", "be", "was", "were", "is", "are") for token in reader.raw[negation.at + 1:value.at]):
        return None
    deed = any(c.temporal and c.name.lower().startswith(value.value.lower()) for c in reader.table(value.table).columns)
    # "courses nobody enrolled in": where the value names the rows' own date (enrolled, enrolled_dt), it is the
    # deed itself, any row of it; else the rows with that value ("never been absent")
    return Word("table", value.text, value.at if deed else value.at + value.span, table=value.table,
                span=value.span if deed else 1)


def _kept_inside(reader: Reader, query: Query, table: str, inner: exp.Select) -> list[str]:
    """"Staff with no shifts in October", "products High Street didn't sell yesterday": what the question says
    of the missing rows (their date, their shop) is said inside the anti-join, where those rows are looked for;
    outside it, it would keep only entity rows that had such rows, and no row would be missing."""
    through = {table} | {t for t in query.joined if table in [there for _, there, _ in reader.path(
        query.entity, t) or []]}
    keep: list[int] = []
    for n, condition in enumerate(query.where):
        tables = {column.table for column in condition.find_all(exp.Column)}
        if not tables or not tables <= through:
            keep.append(n)
            continue
        for other in sorted(tables - {table}):
            for here, there, link in reader.path(table, other) or []:
                if not any(join.this.name == there for join in inner.args.get("joins") or []):
                    inner.join(table_ref(there), on=_on(here, there, link), copy=False)
        inner.where(condition.copy(), copy=False)
    if len(keep) == len(query.where):
        return []
    # what Dave says of them goes with them ("the rowers with no outings with went_out_on in 2026-10")
    moved = {column.name for n, condition in enumerate(query.where) if n not in keep
             for column in condition.find_all(exp.Column)}
    inside = [said for said in query.said if any(name in said.split() for name in moved)]
    query.said = [said for said in query.said if said not in inside]
    query.where = [query.where[n] for n in keep]
    query.where_at = [query.where_at[n] for n in keep]
    used = {column.table for item in (*query.select, *query.where, *query.group, *query.order)
            for column in item.find_all(exp.Column)}
    for join in list(query.joins):
        name = join.this.name
        if name in through and name not in used and not _leads_to(reader, query, name, used):
            query.joins.remove(join)
            query.joined.discard(name)
    if not query.joins:
        query.fanout = False
    return inside


def _leads_to(reader: Reader, query: Query, table: str, used: set[str]) -> bool:
    """Whether a joined table is on the way to another that the query still uses."""
    return any(table in [there for _, there, _ in reader.path(query.entity, other) or []][:-1]
               for other in used if other != query.entity)


def done(reader: Reader, query: Query) -> None:
    """"Boats that have been repaired", "has Swift been repaired?": a verb that names a table of the entity's
    events, said of the entity and not counted or ranked, means rows that have at least one such event."""
    if any(w.kind in ("best", "number") or (w.kind == "agg" and (w.cue != "count" or w.text.endswith(
            ("times", "often")))) for w in reader.words):
        return  # "rented the most", "more than 40 films", "how many times", "how much refunded": said elsewhere
    for word in reader.words:
        if word.kind != "table" or word.cue != "verb" or word.at in reader.used or word.table == query.entity \
                or reader.before(word, _NEGATIONS, 3) is not None or not word.text.endswith(("ed", "en", "t")):
            continue  # (done, not doing: "what formation does Dunmore play" asks about plays)
        inner = _related_keys(reader, query.entity, word.table)
        if inner is None:
            continue
        reader.use(word)
        query.filter(exp.In(this=ref(query.entity, reader.table(query.entity).key), query=exp.Subquery(this=inner)))
        query.said.append(f"with {word.table}")


def _deed_table(reader: Reader, entity: str, negation: Word) -> str | None:
    """Where a deed that never happened would have been written down: the entity's one table of events, or of
    several the one the verb's words name ("never repaired": repairs; "never taken out": outings). With
    several and none named, which one is not guessed."""
    children = descendants(reader, entity, depth=1)
    pool = _events(reader, children) or children
    if len(pool) <= 1:
        return pool[0] if pool else None
    said = [stem(token) for token in reader.raw[negation.at + 1:negation.at + 5] if len(token) >= 3]
    named = [t for t in pool if (first := name_parts(t)[:1]) and any(
        len(root) >= 3 and first[0].startswith(root) for root in said)]
    return named[0] if len(named) == 1 else None


def _related_keys(reader: Reader, entity: str, table: str) -> exp.Select | None:
    """SELECT the entity keys that `table` rows point at (through the links in between), NULLs left out."""
    path = reader.path(table, entity)
    if path is None or any(link.self_reference for _, _, link in path):
        return None
    last_here, _, last_link = path[-1]
    if last_link.parent != entity:
        return None  # the table is not "of" the entity (it is the entity's parent): no "never" to ask
    column = ref(last_here, last_link.column)
    select = exp.select(column).from_(table_ref(table))
    for here, there, link in path[:-1]:
        select = select.join(table_ref(there), on=_on(here, there, link))
    return select.where(exp.Not(this=exp.Is(this=column.copy(), expression=exp.Null())))


def _on(here: str, there: str, link: Link) -> exp.Expression:
    if link.child == there:
        return exp.EQ(this=ref(there, link.column), expression=ref(here, link.parent_column))
    return exp.EQ(this=ref(there, link.parent_column), expression=ref(here, link.column))


# -- flags ------------------------------------------------------------------------------------------------


def flags(reader: Reader, query: Query) -> None:
    """"Attended bookings", "unpaid invoices", "bookings not attended": a 0/1 (or yes/no) column is true or
    false. "Returned rentals": an event the entity may not have had yet has happened (its date is there)."""
    for word in reader.words:
        if word.kind != "column" or word.at in reader.used:
            continue
        column = reader.column_of(word)
        if column is not None and column.temporal and word.cue == "event" and column.table == query.entity \
                and reader.before(word, ("not", "never", "none"), 2) is None and _later_event(reader, column) \
                and not reader.first("date"):
            reader.use(word)
            query.at = word.at
            query.filter(exp.Not(this=exp.Is(this=value_of(column), expression=exp.Null())))
            query.said.append(f"that have a {column.name}")
            continue
        if column is None or column.shape != "flag":
            continue
        negation = reader.before(word, ("not", "never"), 2)
        query.at = word.at
        truth = not (negation is not None or word.cue == "negated")
        reader.use(word, negation)
        reader.join(query, column.table)
        column_ref = value_of(column)
        if column.numeric:
            query.filter(exp.EQ(this=column_ref, expression=literal(1 if truth else 0)))
        else:
            yes = exp.In(this=exp.Lower(this=column_ref), expressions=[literal(v) for v in ("yes", "y", "true")])
            query.filter(yes if truth else exp.Not(this=yes))
        query.said.append(f"where {column.name} is {'true' if truth else 'false'}")


def states(reader: Reader, query: Query) -> None:
    """"Open tasks", "tasks that are done", "microchipped pets": where a row is in its life, read from the date
    that ends it (completed_at is empty while a task is open), or a thing it has (its column is filled in)."""
    for word in reader.words:
        if word.at in reader.used:
            continue
        query.at = word.at
        if word.kind == "column" and word.cue in ("having", "unhad") and word.table == query.entity:
            reader.use(word, reader.before(word, ("not",), 2))
            missing = (reader.before(word, ("not",), 2) is not None) != (word.cue == "unhad")
            condition: exp.Expression = exp.Is(this=ref(word.table, word.column), expression=exp.Null())
            query.filter(condition if missing else exp.Not(this=condition))
            query.said.append(f"{'without' if missing else 'with'} a {word.column}")
        elif word.kind == "state" and word.cue in ("late", "overdue", "ontime"):
            _timeliness(reader, query, word)
        elif word.kind == "state":
            end = ending(reader.table(query.entity))
            if end is None:
                continue
            negation = reader.before(word, ("not",), 2)
            still = (word.cue == "open") != (negation is not None)
            reader.use(word, negation)
            condition = exp.Is(this=value_of(end), expression=exp.Null())
            query.filter(condition if still else exp.Not(this=condition))
            query.said.append(f"with {'no' if still else 'a'} {end.name}")


def _timeliness(reader: Reader, query: Query, word: Word) -> None:
    """"Returned late", "overdue loans", "orders shipped on time": the ending date against the date it was due."""
    end = ending(reader.table(query.entity))
    due = next((c for c in reader.table(query.entity).columns if c.temporal and set(c.parts) & _DUE), None)
    if end is None or due is None or end == due:
        return
    reader.use(word)
    finished = exp.Not(this=exp.Is(this=value_of(end), expression=exp.Null()))
    if word.cue == "overdue":  # not ended, and the day it was due has passed
        condition: exp.Expression = exp.And(this=exp.Is(this=value_of(end), expression=exp.Null()), expression=exp.LT(
            this=value_of(due), expression=literal(reader.today.isoformat())))
    elif word.cue == "late":
        condition = exp.And(this=finished, expression=exp.GT(this=value_of(end), expression=value_of(due)))
    else:
        condition = exp.And(this=finished, expression=exp.LTE(this=value_of(end), expression=value_of(due)))
    query.filter(condition)
    query.said.append(f"{word.text} ({end.name} against {due.name})")


_DUE = frozenset("due required expected deadline promised planned scheduled".split())


def _later_event(reader: Reader, column: Column) -> bool:
    """Not the table's first date (every row has that one: an order is always placed)."""
    first = next((c for c in reader.table(column.table).columns if c.temporal and "birth" not in roles_of(c)), None)
    return first is not None and first != column


# -- comparisons with an aggregate -------------------------------------------------------------------------


_AVERAGE_FILLERS = frozenset({"company", "overall", "global", "general", "whole", "entire", "all", "usual", "normal"})


def average_comparisons(reader: Reader) -> None:
    """"pricier than the average product", "earn more than the company average": a comparison with no number
    whose other side is an average becomes one word, compared with the average of the same column."""
    words = reader.words
    for word in list(words):
        if word.kind != "cmp" or word.cue.partition(":")[0].removesuffix("post") not in (">", "<", ">=", "<="):
            continue
        if any(w.kind == "number" and word.at < w.at <= word.at + 4 for w in words):
            continue
        average = next((w for w in words if w.kind == "agg" and w.cue == "avg" and word.at < w.at <= word.at + 4),
                       None)
        if average is None:
            continue
        between = [w for w in words if word.at < w.at < average.at and w.text not in _AVERAGE_FILLERS]
        skipped = [reader.raw[at] for at in range(word.at + word.span, average.at)]
        if between or any(token not in _AVERAGE_FILLERS and token not in ("the", "a", "an") for token in skipped):
            continue
        after = next((w for w in words if w.at == average.at + average.span and w.kind in ("table", "column",
                                                                                             "value")), None)
        op, _, hint = word.cue.partition(":")
        end = (after or average).at + (after or average).span
        among = after if after is not None and after.kind == "value" else None  # "the average dog": dogs' average
        merged = Word("vsavg", " ".join(reader.raw[word.at:end]), word.at, cue=f"{op}:{hint}", span=end - word.at,
                      table=among.table if among else "", column=among.column if among else "",
                      value=among.value if among else "")
        keep = [w for w in words if not (word.at <= w.at < end) or (w is after and w.kind == "column")]
        reader.words = sorted([*keep, merged], key=lambda w: w.at)
        words = reader.words


def versus_average(reader: Reader, query: Query, word: Word) -> None:
    """"Agents earning above average", "products priced below the average price": col > (SELECT AVG(col))."""
    op, _, hint = word.cue.partition(":")
    near = [w for w in reader.words if w.kind == "column" and -3 <= w.at - word.at <= word.span + 2]
    column: Column | None = None
    # a column named outright before a role's guess: "cost more than average to insure" is the premium
    for candidate in sorted(near, key=lambda w: (w.cue.startswith("role"), abs(w.at - word.at))):
        found = reader.column_of(candidate)
        if found is not None and found.numeric and not found.key:
            column = found
            reader.use(candidate)
            if candidate.at > 0 and reader.raw[candidate.at - 1] == "to":  # "cost … to insure": the premium
                reader.use(*[w for w in near if w.cue in ("role:price", "role:money")])
            break
    if column is None:
        column = reader.nearest(query.entity, hint or "money")
    if op == "?":  # "a bigger budget than average": the comparative came before what it compares
        op = _split_comparative(reader, word)
    if column is None or op == "?":
        raise reader.puzzled(f"I don't know what “{word.text}” compares")
    if column.table != query.entity and query.entity not in _parents(reader, column.table):
        raise reader.puzzled(f"I can't compare each of the {query.entity} with an average of {column.table} yet")
    reader.use(word)
    reader.join(query, column.table)
    among = exp.select(agg("avg", value_of(column))).from_(table_ref(column.table))
    if word.value:
        if word.table != column.table:
            raise reader.puzzled(f"I can't take the average of {column.name} among {word.value} yet")
        among = among.where(exp.EQ(this=ref(word.table, word.column), expression=literal(word.value)))
    average = exp.Subquery(this=among)
    above = op.startswith(">")
    query.filter((exp.GT if above else exp.LT)(this=value_of(column), expression=average))
    query.said.append(f"with {column.name} {'above' if above else 'below'} the average")


def _split_comparative(reader: Reader, word: Word) -> str:
    """The direction of a comparative said a few words before "than average" ("a higher elevation than
    average"), its words marked used; "?" when there is none."""
    for at in range(word.at - 1, max(-1, word.at - 4), -1):
        token = reader.raw[at]
        op = ">" if token in _MORE else "<" if token in _LESS else ""
        if op:
            reader.use(*[w for w in reader.words if w.at == at])
            reader.used.add(at)
            return op
    return "?"


_MORE = frozenset("higher bigger larger greater more longer heavier taller".split())
_LESS = frozenset("lower smaller less fewer shorter lighter cheaper".split())


def upcoming(reader: Reader, query: Query) -> None:
    """"Upcoming performances", "the next delivery": the rows whose date is still ahead, soonest first;
    a single row when the thing is named in the singular and nothing is counted or added up."""
    word = next((w for w in reader.all_of("next") if w.at not in reader.used), None)
    if word is None:
        return
    column = reader.date_column(query, word)
    if column is None or column.numeric or "birth" in roles_of(column):
        return
    reader.use(*reader.all_of("next"))
    reader.join(query, column.table)
    query.at = word.at
    query.filter(exp.GTE(this=value_of(column), expression=literal(reader.today.isoformat())))
    query.said.append(f"with {column.name} from today on")
    if any(w.kind in ("agg", "best", "group", "by") for w in reader.words):
        return
    named = next((w for w in reader.words if w.kind == "table" and w.table == query.entity and w.at > word.at), None)
    number = next((w for w in reader.words if w.kind == "number" and w.at == word.at + 1), None)
    if number is not None and number.number.is_integer():
        reader.use(number)  # "the next 3 classes"
        query.order_by(value_of(column), False)
        query.limit = int(number.number)
    elif named is not None and singular(named.text) == named.text and plural(named.text) != named.text:
        query.order_by(value_of(column), False)
        query.limit = 1


def _parents(reader: Reader, table: str) -> list[str]:
    return [link.parent for link in reader.catalog.links if link.child == table]


# -- whole-question shapes ---------------------------------------------------------------------------------


def _next_birthday(reader: Reader, query: Query) -> Query | None:
    """"Whose birthday is next?": the birthday that comes first counting from today (month and day)."""
    upcoming = reader.first("next")
    birth = next((w for w in reader.words if (w.kind == "column" and w.cue == "role:birth")
                  or (w.kind == "column" and "birth" in roles_of(reader.column_of(w) or _NO_COLUMN))), None)
    if upcoming is None or birth is None:
        return None
    column = reader.column_of(birth)
    if column is None or not column.temporal:
        return None
    reader.use(*reader.all_of("next"), birth)
    entity = Query(column.table)
    column_ref = value_of(column)
    day = exp.Anonymous(this="strftime", expressions=[literal("%m-%d"), column_ref])
    today = literal(reader.today.strftime("%m-%d"))
    known = exp.Not(this=exp.Is(this=column_ref.copy(), expression=exp.Null()))
    soonest = exp.select(day.copy()).from_(table_ref(column.table)).where(known.copy()).order_by(
        exp.Ordered(this=exp.LT(this=day.copy(), expression=today), nulls_first=True),
        exp.Ordered(this=day.copy(), nulls_first=True)).limit(1)
    entity.add_select(*[ref(column.table, c.name) for c in reader.label(column.table)], column_ref.copy())
    entity.filter(exp.EQ(this=day, expression=exp.Subquery(this=soonest)))  # everyone who shares that day
    entity.said.append(f"the next {column.name} after {reader.today:%d %B}")
    reader.filters(entity)
    return entity


def _ratio(reader: Reader, query: Query) -> Query | None:
    """"What percentage of tickets are closed?": the share of the entity's rows that pass the filters named
    after it, among those that pass the rest."""
    cue = reader.first("ratio")
    if cue is None:
        return None
    two_counts = ratio_of(reader, cue)
    if two_counts is not None:
        return two_counts
    reader.use(cue)
    money = next((w for w in reader.words if w.kind == "column" and w.cue == "role:money"), None)
    column = reader.column_of(money) if money is not None else None
    answer = Query(column.table if column is not None else query.entity)
    reader.filters(answer)
    entity_word = next((w for w in reader.words if w.kind == "table" and w.table == query.entity), None)
    split = entity_word.at if entity_word is not None and column is None else cue.at
    # a time says which rows are counted at all ("… cancelled in 2025": of 2025's appointments)
    dated = {w.at for w in reader.words if w.kind in ("when", "year", "monthrel", "dayrel", "quarter", "day")}
    chosen = [c for c, at in zip(answer.where, answer.where_at, strict=True) if at > split and at not in dated]
    base = [c for c, at in zip(answer.where, answer.where_at, strict=True) if at <= split or at in dated]
    if not chosen:
        raise reader.puzzled(f"I don't know which of the {query.entity} the {cue.text} is of")
    scale = 100.0 if cue.cue == "100" else 1.0
    weight: exp.Expression = literal(1) if column is None else value_of(column)
    share = exp.Sum(this=exp.Case(ifs=[exp.If(this=exp.and_(*chosen), true=weight)], default=literal(0)))
    total = agg("count") if column is None else agg("sum", value_of(column))
    if money is not None and column is not None:  # "what share of our revenue comes from the USA"
        reader.use(*[w for w in reader.words if w.kind == "column" and w.column == money.column])
    value = exp.Div(this=exp.Mul(this=literal(scale), expression=share), expression=total, typed=False, safe=False)
    answer.where, answer.where_at = base, [split] * len(base)
    answer.select = [value]
    answer.said.insert(0, f"the {'percentage' if scale == 100 else 'share'} of {answer.entity}")
    if answer.fanout:
        raise reader.puzzled(f"I can't take a share of {query.entity} across a join yet")
    return answer


_NO_COLUMN = CatalogColumn("", "", "")
