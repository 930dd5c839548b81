"""English: "Dave learned SQL first, then English. He understands both."

A rule-based reader, no language model. The question's words are linked to the catalog (linking.py: names in
every spelling, kindred nouns, roles such as money or a moment, category and name values), read into the
parts of one SELECT (reader.py, constructs.py) built as sqlglot expressions, and checked for honesty
(honesty.py): a content word the reading did not use makes Dave refuse, naming it, rather than answer
another question. Two shapes wrap a reading: a yes/no question ("is any fine over 50?") asks whether its rows
exist (whether.py), and "where …?" is read as "which <place> …?" for the catalog's places (places.py).

    >>> is_english("how many orders were returned?"), is_english("select 1")
    (True, False)
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from sqlglot import exp

from humandb.brain.catalog import Catalog, name_parts
from humandb.reading.questions.budget import ByteBudgetCache
from humandb.reading.questions.honesty import unread
from humandb.reading.questions.lexer import lex
from humandb.reading.questions.linking import index_of, roles_of
from humandb.reading.questions.places import places
from humandb.reading.questions.query import Query, is_aggregate
from humandb.reading.questions.reader import Reader
from humandb.reading.questions.refusal import NotUnderstood, Puzzled, about_dave, quote_list, refusal
from humandb.reading.questions.whether import asks_whether, asks_yes_or_no, every_one, whether
from humandb.reading.questions.words import MAX_TOKENS, Word, singular, tokens
from humandb.reading.sql_or_english import is_english

__all__ = ["NotUnderstood", "Reading", "is_english", "translate"]


@dataclass(frozen=True)
class Reading:
    """What Dave made of a question: the statement he built (a sqlglot expression, SQLite-ready), its SQL
    text, and how he read it in words."""

    question: str
    sql: str
    read_as: str
    expression: exp.Expression


_READINGS: ByteBudgetCache[Reading] = ByteBudgetCache(2_000_000)


def translate(question: str, catalog: Catalog, today: datetime.date) -> Reading:
    """Read an English question against a catalog; raises NotUnderstood when it can't be read honestly."""
    key = (question, id(catalog), today)
    found = _READINGS.get(key)
    if found is not None and _READ_FOR.get(key) is catalog:
        return found
    reading = _translate(question, catalog, today)
    _READINGS.put(key, reading, 2 * len(question) + 2 * len(reading.sql) + len(reading.read_as) + 2_000)
    _READ_FOR[key] = catalog
    if len(_READ_FOR) > 4 * max(len(_READINGS), 64):
        _READ_FOR.clear()
    return reading


# Which catalog a cached reading was made for: ids are reused once a catalog is gone, so the id alone is no key.
_READ_FOR: dict[tuple[str, int, datetime.date], Catalog] = {}


def _counted_twice(reader: Reader, query: Query) -> str | None:
    """What is wrong with adding up one table's rows while another table hangs off a shared parent in the
    same join (a cinema's snack sales beside its tickets): each row would be counted once per row of the
    other. Dave says so rather than hand back an inflated total."""
    tables = {query.entity, *query.joined}
    for item in query.select:
        for function in item.find_all(exp.Sum, exp.Avg):
            for table in {column.table for column in function.find_all(exp.Column)}:
                siblings = [t for t in tables - {table} if reader.fans_out(table, t) and reader.fans_out(t, table)]
                other = max(siblings, key=lambda t: (reader.table(t).rows, t)) if siblings else None
                if other is not None:
                    return (f"Adding up the {_said(table)} beside the {_said(other)} would count each "
                            f"{_one(table)} once per {_one(other)}")
    return None


def _said(table: str) -> str:
    return " ".join(name_parts(table)) or table


def _one(table: str) -> str:
    """One row of the table, said: bar_sales → bar sale."""
    *first, last = name_parts(table) or [table]
    one = singular(last)  # ("sales" stays "sales" for the reader, where it is a column's money)
    if one == last and last.endswith("s") and not last.endswith("ss"):
        one = last[:-1]
    return " ".join([*first, one])


def _where(question: str, raw: list[str], catalog: Catalog, today: datetime.date) -> Reading:
    """"Where …?" read as "which <place> …?" for each place the catalog has; of the readings, the place
    closest to what is asked about (fewest joins): where observers live is their city, not a site they visited."""
    refused: NotUnderstood | None = None
    readings: list[Reading] = []
    for place, owner in places(catalog):
        try:
            reading = _translate(" ".join(["which", place, *raw[1:]]), catalog, today)
        except NotUnderstood as error:
            refused = refused or error
            continue
        if owner is None or _rows_of(reading.expression) == owner:
            readings.append(reading)
    if readings:
        found = min(readings, key=lambda reading: len(list(reading.expression.find_all(exp.Join))))
        return Reading(question, found.sql, found.read_as, found.expression)
    if refused is not None:
        raise refused
    known = places(catalog)
    problem = (f"I can't tell where: the places here ({quote_list([p for p, _ in known])}) aren't where that "
               "happened" if known else "I don't know where: nothing here records a place")
    raise refusal(question, catalog, problem, [])


# Words a question uses to speak to Dave. Said with a table's own name or a count ("how many orders do you
# have", "can you count the people") they are politeness around a question about the data; said without
# either ("what is your name", "are you a real person"), the question is about Dave himself.
_TO_DAVE = frozenset({"you", "your", "yours", "yourself", "youre", "you're", "ya"})


def _about_dave(raw: list[str], words: list[Word]) -> bool:
    return bool(_TO_DAVE.intersection(raw)) and not any(word.kind == "agg" or _names_its_table(word)
                                                        for word in words)


def _names_its_table(word: Word) -> bool:
    """A table called by its own name ("orders", "an order"), not by a word for what its rows are ("person")."""
    if word.kind != "table":
        return False
    stem = word.text.lower().removesuffix("s").removesuffix("e") if len(word.text) > 3 else word.text.lower()
    return stem in word.table.lower().replace("_", " ")


def _rows_of(expression: exp.Expression) -> str | None:
    """The table a reading's rows come from (its FROM)."""
    source = expression.find(exp.From)
    table = source.find(exp.Table) if source is not None else None
    return table.name if table is not None else None


def _translate(question: str, catalog: Catalog, today: datetime.date) -> Reading:
    if len(tokens(question)) > MAX_TOKENS:
        raise refusal(question, catalog, f"That's more than {MAX_TOKENS} words; I read questions, not letters",
                      [])
    index = index_of(catalog)
    raw, words = lex(question, index)
    if _about_dave(raw, words):
        raise about_dave(question, catalog)
    if raw[:1] == ["where"] and len(raw) > 1:
        return _where(question, raw, catalog, today)
    reader = Reader(raw, words, catalog, today)
    try:
        query = reader.read()
    except Puzzled as puzzled:
        unknown = [w.text for w in words if w.kind == "unknown"]
        problem = f"I don't know what {quote_list(unknown)} means here" if unknown else puzzled.problem
        raise refusal(question, catalog, problem, [w for w in reader.words if w.kind != "unknown"]) from None
    expression = query.expression()
    shown = {(column.table, column.name) for column in expression.find_all(exp.Column)}
    played = {role for table, name in shown if table in catalog.tables
              and (column := catalog.tables[table].column(name)) is not None for role in roles_of(column)}
    left = unread(reader.words, reader.used, {query.entity, *query.joined}, shown, reader.event_dated,
                  reader.first_dated, raw, played, reader.guessed_person)
    if left:
        names = quote_list([w.text for w in left])
        all_unknown = all(w.kind == "unknown" for w in left)
        problem = (f"I don't know what {names} means here" if all_unknown
                   else f"I understood {names} but couldn't work it into the answer")
        raise refusal(question, catalog, problem, [w for w in reader.words if w.at in reader.used])
    chasm = _counted_twice(reader, query)
    if chasm is not None:
        raise refusal(question, catalog, chasm, [w for w in reader.words if w.at in reader.used])
    read_as = query.read_as()
    listing = not query.bare and not any(is_aggregate(item) for item in query.select)
    if (every := every_one(raw)) is not None and listing:
        whole = "all of them do" if every == "all" else "every one of them does"
        raise refusal(question, catalog, f"I can list the ones that do, but not tell you whether {whole}",
                      [w for w in reader.words if w.at in reader.used])
    if (asks_whether(raw) or asks_yes_or_no(raw)) and listing:
        expression, read_as = whether(expression), f"whether there are any: {read_as}"
    return Reading(question, expression.sql(dialect="sqlite"), read_as, expression)
