"""Rows that stand in a relation to other rows: a table that refers to itself (an employee's manager, a vet's
mentor, a category's parent, a task's subtasks) and a link named for the part the other row plays (a store's
manager, a project's owner, a department's head).

Up the link: "who is Tess's manager?", "who manages store 2?", "the parent category of X-ray". Down it: "who
reports to Tess?", "which vets did Omar mentor?", "subtasks of task 14". Neither end: "the employee with no
manager", "who's the top boss", "staff who supervise nobody".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlglot import exp

from humandb.brain.catalog import Link, name_parts, spelled_out
from humandb.reading.questions.query import Query, agg, ref, table_ref
from humandb.reading.questions.vocabulary import CUES, LINKING_VERBS
from humandb.reading.questions.words import Word, singular, stem

if TYPE_CHECKING:
    from humandb.reading.questions.contract import Reader

__all__ = ["is_verb", "related", "role_named"]

_AUXILIARIES = frozenset({"did", "does", "do", "has", "have", "had", "will"})
_NOBODY = frozenset({"nobody", "noone", "none", "no", "never", "not"})
_BOSS = "boss"  # the alias of the other row of a table that refers to itself


@dataclass(frozen=True)
class Relation:
    link: Link
    cue: Word
    verb: bool  # said as what the other row does ("manages", "mentored") rather than what it is ("manager")
    down: bool  # the answer is the rows the named one is linked from (its reports, its subtasks)


def role_named(link: Link) -> bool:
    """A link whose column says what the other row is to this one (manager_staff_id, OwnerId, mentor_id), not
    only which row it is (store_id)."""
    parts = name_parts(link.column)
    core = parts[:-1] if parts and parts[-1] in ("id", "key", "fk", "no") else parts
    return tuple(singular(p) for p in spelled_out(core)) != tuple(
        singular(p) for p in spelled_out(name_parts(link.parent)))


def _role(link: Link) -> str:
    """The link's role as a root: manager_staff_id → "manag", OwnerId → "own", mentor_id → "mentor"."""
    parts = spelled_out(name_parts(link.column))  # mgr_id is a manager's
    core = [p for p in (parts[:-1] if parts and parts[-1] in ("id", "key", "fk") else parts)
            if singular(p) not in {singular(q) for q in name_parts(link.parent)}] or list(parts[:1])
    noun = core[0] if core else ""
    for ending in ("ee", "er", "or", "ist"):
        if noun.endswith(ending) and len(noun) - len(ending) >= 3:
            return noun[: -len(ending)]
    return stem(noun)


def related(reader: Reader, query: Query) -> Query | None:
    found = _relation(reader, query)
    if found is None:
        return None
    link, cue = found.link, found.cue
    child, parent = link.child, link.parent
    if query.entity not in (child, parent) and reader.heard is not None:
        reader.words = list(reader.heard)  # "subcategories of Surgery": the category Surgery, not the reason
        reader.resolve(child)
    upper = _BOSS if link.self_reference else parent
    person = _named_row(reader, found)
    nobody = next((w for w in reader.words if w.kind in ("never", "none", "not") or w.text in _NOBODY), None)
    their = reader.first("their") or reader.first("and")
    top = next((w for w in reader.words if w.kind == "best" and w.text == "top" and cue.at - 2 <= w.at < cue.at),
               None)
    if person is None and nobody is None and top is None and (their is None or their.at > cue.at):
        return None  # "tasks that have a parent task": a filter, read with the others
    reader.use(cue, top, *[w for w in reader.words if w.kind == "table" and w.table in (child, parent)])
    reader.use(*[w for w in reader.words if w.kind in ("parent", "child", "manages") or (
        w.kind == "column" and w.table == child and w.column == link.column)])  # "the top boss, with no manager"
    answer = Query(child)
    on = exp.EQ(this=ref(upper, link.parent_column), expression=ref(child, link.column))
    shown_table = child
    if (nobody is not None or top is not None) and person is None:
        reader.use(nobody)
        # "who supervise nobody", "who don't manage anybody": the negation after the verb, or before it with
        # "any…" after (one word between: "for anybody")
        anyone = nobody is not None and nobody.at < cue.at and any(
            token.startswith("any") for token in reader.raw[cue.at + cue.span:cue.at + cue.span + 2])
        # "agents who aren't team lead for anybody": the role, said of nobody, is childless too
        childless = nobody is not None and cue.kind != "child" and ((found.verb and nobody.at > cue.at) or anyone)
        if childless:  # "staff who supervise nobody": no row points at them
            answer = Query(parent)
            pointing = exp.select(ref(child, link.column)).from_(table_ref(child)).where(
                exp.Not(this=exp.Is(this=ref(child, link.column), expression=exp.Null())))
            answer.filter(exp.Not(this=exp.In(this=ref(parent, reader.table(parent).key),
                                              query=exp.Subquery(this=pointing))))
            shown_table = parent
            other = "other " if link.self_reference else ""  # "the rowers no other rower names as captain"
            answer.said.append(f"the {parent} no {other}{singular(child)} names as {cue.text}")
        else:  # "the employee with no manager", "the top boss"
            answer.filter(exp.Is(this=ref(child, link.column), expression=exp.Null()))
            answer.said.append(f"the {child} with no {cue.text}")
        answer.add_select(*[ref(shown_table, c.name) for c in reader.label(shown_table)])
    elif their is not None and their.at < cue.at and person is None:
        reader.use(their)
        answer.joins.append(exp.Join(this=table_ref(parent, _BOSS if link.self_reference else ""), on=on,
                                     side="LEFT"))
        answer.add_select(*[ref(child, c.name) for c in reader.label(child)],
                          *[ref(upper, c.name) for c in reader.label(parent)])
        answer.said.append(f"each of the {child} with their {cue.text}")
    else:
        answer.joins.append(exp.Join(this=table_ref(parent, _BOSS if link.self_reference else ""), on=on))
        shown = child if found.down else upper
        shown_of = parent if shown == upper else child
        if person is not None and person.kind == "table" and person.table == shown_of:
            answer.add_select(ref(shown, reader.table(shown_of).key))  # "subtasks of task 14": by number too
        answer.add_select(*[ref(shown, c.name) for c in reader.label(shown_of)])
        answer.said.append(f"the {child} whose {cue.text} is" if found.down and cue.cue != "noun"
                           else f"the {cue.text} of")  # "the direct reports of" whoever is named
    answer.joined.add(upper)
    reader.filters(answer)
    _named_in_words(answer)
    if found.down and person is not None and person.table == parent:  # the row named is the one pointed at
        _retarget(answer, child if link.self_reference else "", upper)
    counting = next((w for w in reader.words if w.kind == "agg" and w.cue == "count"), None)
    if counting is not None:
        reader.use(counting)
        answer.select = [agg("count")]
    return answer


def _named_in_words(answer: Query) -> None:
    """"The captain of Eli Marsh", not "the captain of where full_name is Eli Marsh": the row the relation is
    about, said by its name right after the relation's words."""
    for n, said in enumerate(answer.said[:-1]):
        following = answer.said[n + 1]
        if said.endswith((" of", " is")) and following.startswith("where ") and " is " in following:
            answer.said[n:n + 2] = [f"{said} {following.split(' is ', 1)[1]}"]
            return


def _retarget(answer: Query, table: str, upper: str) -> None:
    """"Who reports to Tess": the filters said of the table are said of the boss's side of the join."""
    if not table:
        return
    for item in answer.where:
        for column in item.find_all(exp.Column):
            if column.table == table:
                column.set("table", exp.to_identifier(upper))


def _named_row(reader: Reader, found: Relation) -> Word | None:
    tables = {found.link.child, found.link.parent}
    row = next((w for w in reader.words if w.kind == "value" and w.table in tables), None)
    if row is not None:
        return row
    numbered = next((w for w in reader.words if w.kind == "table" and w.table in tables and any(
        n.kind == "number" and n.at == w.at + w.span for n in reader.words)), None)
    return numbered  # "store 2", "task 14"


def _relation(reader: Reader, query: Query) -> Relation | None:
    tables = {query.entity} | {w.table for w in reader.words if w.kind in ("value", "table", "column") and w.table}
    selfs = [link for link in reader.catalog.links if link.self_reference and link.child in tables]
    roles = [link for link in reader.catalog.links if not link.self_reference and role_named(link)
             and (link.child in tables or link.parent in tables)]
    for word in reader.words:
        if word.kind in ("parent", "child", "manages", "parent?"):
            # a word of hierarchy is the table's one self-reference; a role link must be named by it
            link = next((each for each in selfs if word.kind != "parent?" or _matches(each, word)), None) or next(
                (each for each in roles if word.kind != "child" and _matches(each, word)), None)
            if link is None:
                continue
            verb = word.kind in ("manages", "child")
            return Relation(link, word, verb, _down(reader, word, verb, word.kind == "child"))
        if word.kind == "column":
            link = next((each for each in selfs + roles if each.child == word.table and each.column == word.column),
                        None)
            if link is not None:
                reports = CUES.get(word.text, ("", ""))[0] == "child"  # "reports to" names reports_to
                verb = reports or _said_as_verb(reader, word) or (_matches(link, word) and not _role_noun(link, word))
                return Relation(link, word, verb, _down(reader, word, verb, reports))
        if word.kind == "unknown":
            sub = _sub(reader, word, [link for link in reader.catalog.links if link.self_reference])
            if sub is not None:
                return sub
            link = next((each for each in selfs + roles if _matches(each, word)), None)
            if link is not None:
                return Relation(link, word, True, _down(reader, word, True, False))
    return None


def _matches(link: Link, word: Word) -> bool:
    root = _role(link)
    said = stem(word.text.split()[0])
    return len(root) >= 3 and (said.startswith(root) or (len(said) >= 4 and root.startswith(said)))


def _role_noun(link: Link, word: Word) -> bool:
    """The word is the column's own noun ("captain" for captain_id, "supervisors" for supervisor_id) or says
    who someone is ("mentee", "agent"), not what they do: "supervise" for supervisor_id is a verb."""
    parts = spelled_out(name_parts(link.column))
    core = parts[:-1] if len(parts) > 1 and parts[-1] in ("id", "key", "fk", "no") else parts
    said = singular(word.text.split()[0])
    return said in {singular(p) for p in core} or word.text.endswith(
        ("er", "or", "ee", "ers", "ors", "ees", "ent", "ents"))


def _sub(reader: Reader, word: Word, selfs: list[Link]) -> Relation | None:
    """"subtasks of task 14", "subcategories of Surgery": the children of a table that refers to itself."""
    if not word.text.startswith("sub") or len(word.text) < 6:
        return None
    rest = singular(word.text[3:])
    for link in selfs:
        if rest in {singular(p) for p in spelled_out(name_parts(link.child))}:
            return Relation(link, word, False, True)
    return None


def _said_as_verb(reader: Reader, word: Word) -> bool:
    """"Which vets did Omar mentor": the relation's noun used as a verb, after an auxiliary and its subject."""
    before = reader.raw[max(0, word.at - 4):word.at]
    return (bool(set(before) & _AUXILIARIES) and any(
        w.kind == "value" and w.at < word.at for w in reader.words)) or (
        word.at + word.span < len(reader.raw) and reader.raw[word.at + word.span] == "by")


def _down(reader: Reader, cue: Word, verb: bool, reports: bool) -> bool:
    """Whether the answer is the rows that point at the named one. "Who reports to X" (down), "who does X
    report to" (up); "who manages X" (up), "whom does X manage" (down); "X's manager" (up); "managed by X"
    (down); "employees whose manager is X" (down)."""
    row = next((w for w in reader.words if w.kind == "value"), None)
    after = cue.at + cue.span < len(reader.raw) and reader.raw[cue.at + cue.span] == "by"
    if after or cue.cue == "noun":
        return True  # "managed by X", "mentored by X"; "X's direct reports"
    if reports:
        return row is None or row.at > cue.at
    if verb:
        return row is not None and row.at < cue.at
    whose = any(token == "whose" for token in reader.raw[max(0, cue.at - 2):cue.at])
    return whose and row is not None and row.at > cue.at


_LINKING = frozenset(stem(verb) for verb in LINKING_VERBS)


def is_verb(word: Word) -> bool:
    """A verb that links things: unknown to the schema ("handled"), a column named after its event
    ("booked"), or a cue that is also a verb ("ordered")."""
    if word.kind == "order?":
        return word.text in LINKING_VERBS
    if word.kind != "unknown" and word.cue not in ("event", "agent"):
        return False
    return stem(word.text) in _LINKING or word.text in LINKING_VERBS
