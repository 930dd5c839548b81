"""What the brain holds, described for the English reader: tables, columns, their keys and links, what their
values look like, and the small set of text values a question may name ("Engineering", "returned", "Germany").

Built from SQLite's own schema and a few bounded queries (every one has a LIMIT, and reads at most a sample
of a big table's rows), so describing a visitor's 1.8-million-row table or a table of 30,000-word values
stays quick. The store caches the result until the data changes.

SQLite has no date type, and most real files keep dates as TEXT: a column whose sampled values all read as
ISO dates is a date column, whatever its declared type.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from humandb.brain.names import quote

__all__ = ["Catalog", "Column", "Link", "Table", "describe", "name_parts", "spelled_out"]

_MAX_VALUES = 300  # a text column with more distinct values than this is names or free text, not categories
_MAX_NAMES = 20_000  # but names and titles are how people point at rows ("Erik Black's email")
_MAX_VALUE_CHARS = 60  # nobody types a longer value into a question: longer ones are never read
_SCANNED_ROWS = 25_000  # distinct values are looked for in this many rows of a table at most (a bound on time)
_SAMPLED = 24  # values read to decide a column's shape
_NAMES = frozenset({"name", "title", "label"})
_SELF = frozenset({"manager", "boss", "supervisor", "parent", "reports", "lead", "mentor", "head", "referrer",
                   "referred", "leader", "superior", "coach"})

_PARTS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")  # fixed-width alternatives: no backtracking blow-up


@functools.lru_cache(maxsize=8192)  # the reader asks for the same few names over and over
def name_parts(name: str) -> tuple[str, ...]:
    """The words of a name, lowercased: "signed_up_on", "SignedUpOn" and "Signed Up On" all give
    ("signed", "up", "on"); "CustomerID" gives ("customer", "id")."""
    return tuple(part.lower() for part in _PARTS.findall(name[:120]))


# Abbreviations people write into names ("appt_date", "microchip_no", "dept_id", "qty"): in a name, not in a
# question, where "no" means none and "cat" may be a cat.
_SPELLED = {
    "no": "number", "num": "number", "nr": "number", "nbr": "number", "cnt": "count", "qty": "quantity",
    "amt": "amount", "dt": "date", "ts": "time", "appt": "appointment", "appts": "appointments",
    "proc": "procedure", "procs": "procedures", "cat": "category", "cats": "categories", "desc": "description",
    "descr": "description", "dob": "birth date", "acct": "account", "msg": "message", "org": "organisation",
    "loc": "location", "ref": "reference", "dur": "duration", "wt": "weight", "fname": "first name",
    "lname": "last name", "hrs": "hours", "mins": "minutes", "secs": "seconds", "dept": "department",
    "depts": "departments", "emp": "employee", "emps": "employees", "cust": "customer", "custs": "customers",
    "mgr": "manager", "prod": "product", "prods": "products", "inv": "invoice", "txn": "transaction",
    "txns": "transactions", "addr": "address", "tel": "phone", "yr": "year", "pct": "percent", "avg": "average",
    "min": "minimum", "max": "maximum", "tot": "total", "info": "information", "nm": "name", "nme": "name",
    "svc": "service", "svcs": "services", "supv": "supervisor", "supvr": "supervisor", "mgmt": "management",
    "sched": "scheduled", "resp": "response", "req": "request", "reqs": "requests", "cmt": "comment",
    "cmts": "comments",
}
# Currencies and units a name may end in ("fee_usd", "weight_kg"): how a value is counted, not what it is.
_UNITS = frozenset("usd eur gbp chf jpy cad aud kg kgs lb lbs cm mm km".split())


@functools.lru_cache(maxsize=8192)
def spelled_out(parts: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words with abbreviations written out and a trailing unit dropped: ("appt", "date") gives
    ("appointment", "date"), ("vet", "fee", "usd") gives ("vet", "fee")."""
    words: list[str] = []
    for part in parts:
        words += _SPELLED.get(part, part).split()
    return tuple(word for word in words if word not in _UNITS) or tuple(words)


@dataclass(frozen=True)
class Column:
    table: str
    name: str
    type: str  # the declared type, upper case ("INTEGER", "TEXT", "DATE", ...)
    shape: str = ""  # what the values look like: "date", "datetime", "year", "flag", "text", "number" or unknown
    primary: bool = False

    @property
    def parts(self) -> tuple[str, ...]:
        return name_parts(self.name)

    @property
    def numeric(self) -> bool:
        if self.shape in ("date", "datetime"):
            return False
        return self.shape in ("number", "year", "flag") or any(
            word in self.type for word in ("INT", "REAL", "FLOA", "DOUB", "NUM", "DEC"))

    @property
    def temporal(self) -> bool:
        """Holds moments: declared DATE/TIME, or TEXT whose values are ISO dates."""
        return self.shape in ("date", "datetime") or (
            ("DATE" in self.type or "TIME" in self.type) and self.shape not in ("number", "text", "year"))

    @property
    def key(self) -> bool:
        parts = self.parts
        return self.primary or (bool(parts) and parts[-1] == "id")


@dataclass(frozen=True)
class Link:
    """A foreign key, declared or inferred from a `<table>_id` column: child.column → parent.parent_column."""

    child: str
    column: str
    parent: str
    parent_column: str = "id"
    declared: bool = False

    @property
    def self_reference(self) -> bool:
        return self.child == self.parent


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    rows: int
    values: tuple[tuple[str, str], ...] = ()  # (column, value) for category-like and name-like text columns
    key_name: str = ""  # the single-column primary key, if it has one
    people: frozenset[str] = frozenset()  # "first last", lowercased, where a person's name is in two columns

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name.lower() == name.lower()), None)

    @property
    def key(self) -> str:
        """The column rows are known by: the primary key, else `id`, else SQLite's rowid."""
        if self.key_name:
            return self.key_name
        found = self.column("id")
        return found.name if found is not None else "rowid"


@dataclass(frozen=True, eq=False)  # compared (and hashed) by identity: the store hands out one per version
class Catalog:
    tables: dict[str, Table] = field(default_factory=dict)
    links: tuple[Link, ...] = ()


def describe(db: sqlite3.Connection, *, out_of_time: Callable[[], bool] = lambda: False) -> Catalog:
    """The user's tables (not HumanDB's own), with their columns, keys, links, value shapes and values.

    `out_of_time` is asked between tables: a schema of thousands of small tables is many quick queries, none
    long enough for a time budget to stop, so the walk stops itself (as an interrupted statement would).
    """
    names = [row[0] for row in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'humandb_%' ORDER BY name"
    )]
    tables = {}
    for name in names:
        if out_of_time():
            raise sqlite3.OperationalError("interrupted")
        tables[name] = _table(db, name)
    return Catalog(tables, _links(db, tables))


def _table(db: sqlite3.Connection, name: str) -> Table:
    info = db.execute(f"PRAGMA table_info({quote(name)})").fetchall()
    primary = [str(row[1]) for row in info if row[5]]
    key = primary[0] if len(primary) == 1 else ""
    rows = int(db.execute(f"SELECT COUNT(*) FROM {quote(name)}").fetchone()[0])
    columns = []
    for row in info:
        column = Column(name, str(row[1]), str(row[2] or "").upper(), primary=str(row[1]) == key)
        columns.append(Column(name, column.name, column.type, _shape(db, column), column.primary))
    values: list[tuple[str, str]] = []
    for column in columns:
        if column.numeric or column.temporal or column.key or column.shape == "flag" or "email" in column.parts:
            continue
        values += [(column.name, value) for value in _values(db, column)]
    return Table(name, tuple(columns), rows, tuple(values), key, _people(db, name, columns))


_FIRST = frozenset({"first", "given", "forename", "fname"})
_LAST = frozenset({"last", "family", "surname", "lname"})


def _people(db: sqlite3.Connection, table: str, columns: list[Column]) -> frozenset[str]:
    """The full names of a table of people whose first and last names are two columns ("Maya Nolan" is a
    student here, not a teacher, even if a teacher is called Maya and another Nolan)."""
    first = next((c for c in columns if set(c.parts) & _FIRST and not c.numeric), None)
    last = next((c for c in columns if set(c.parts) & _LAST and not c.numeric), None)
    if first is None or last is None:
        return frozenset()
    one, other, name = quote(first.name), quote(last.name), quote(table)
    found = db.execute(
        f"SELECT DISTINCT lower({one}) || ' ' || lower({other}) FROM (SELECT {one}, {other} FROM {name} "
        f"LIMIT {_SCANNED_ROWS}) WHERE typeof({one}) = 'text' AND typeof({other}) = 'text' "
        f"AND substr({one}, {_MAX_VALUE_CHARS + 1}, 1) = '' AND substr({other}, {_MAX_VALUE_CHARS + 1}, 1) = '' "
        f"LIMIT {_MAX_NAMES + 1}").fetchall()
    return frozenset(str(row[0]) for row in found) if len(found) <= _MAX_NAMES else frozenset()


def _shape(db: sqlite3.Connection, column: Column) -> str:
    """What a sample of the values looks like: dates in TEXT are dates; 0/1 integers are flags."""
    ref, table = quote(column.name), quote(column.table)
    # Only the first 41 characters of a text are read: a 30,000-word value is no date, and is never copied.
    sample = [row[0] for row in db.execute(
        f"SELECT CASE WHEN typeof({ref}) = 'text' THEN substr({ref}, 1, 41) ELSE {ref} END "
        f"FROM (SELECT {ref} FROM {table} LIMIT {_SCANNED_ROWS}) WHERE {ref} IS NOT NULL LIMIT {_SAMPLED}")]
    if not sample:
        return ""
    if all(isinstance(value, str) for value in sample):
        if all(_is_iso_date(value) for value in sample):
            return "datetime" if any(len(value) > 10 for value in sample) else "date"
        lowered = {value.strip().lower() for value in sample}
        return "flag" if lowered <= {"yes", "no", "true", "false", "y", "n"} and len(lowered) <= 2 else "text"
    if all(isinstance(value, int) for value in sample):
        if set(sample) <= {0, 1} and ("INT" in column.type or "BOOL" in column.type or not column.type):
            return "flag"
        if ("year" in column.parts or "born" in column.parts) and all(1000 <= value <= 2999 for value in sample):
            return "year"  # release_year 1994 is a year; year_group 9 is a number
        if column.parts and len(column.parts[-1]) > 4 and column.parts[-1].endswith("ed") \
                and all(1500 <= value <= 2199 for value in sample):
            return "year"  # founded 1887, established 1950: a moment named by its verb, held as a year
        return "number"
    if all(isinstance(value, (int, float)) for value in sample):
        return "number"
    return ""


def _is_iso_date(value: str) -> bool:
    """2024-03-01, 2024-03-01 10:00:00, 2024-03-01T10:00:00Z …: a year, a month and a day in that order."""
    if len(value) < 10 or len(value) > 40:
        return False
    head = value[:10]
    return (head[:4].isdigit() and head[4] in "-/" and head[5:7].isdigit() and head[7] == head[4]
            and head[8:10].isdigit() and 1 <= int(head[5:7]) <= 12 and 1 <= int(head[8:10]) <= 31
            and (len(value) == 10 or value[10] in " T"))


def _values(db: sqlite3.Connection, column: Column) -> list[str]:
    limit = _MAX_NAMES if set(column.parts) & _NAMES else _MAX_VALUES
    ref, table = quote(column.name), quote(column.table)
    # substr(…, 61, 1) reads 61 characters at most, where length() would read the whole value
    found = db.execute(
        f"SELECT DISTINCT {ref} FROM (SELECT {ref} FROM {table} LIMIT {_SCANNED_ROWS}) "
        f"WHERE typeof({ref}) = 'text' AND {ref} <> '' AND substr({ref}, {_MAX_VALUE_CHARS + 1}, 1) = '' "
        f"LIMIT {limit + 1}"
    ).fetchall()
    return [str(value) for (value,) in found] if len(found) <= limit else []


def _links(db: sqlite3.Connection, tables: dict[str, Table]) -> tuple[Link, ...]:
    links: list[Link] = []
    nouns = _Nouns(tables)
    keyed = _keys(tables)
    by_lower = {name.lower(): name for name in tables}
    for table in tables.values():
        declared = db.execute(f"PRAGMA foreign_key_list({quote(table.name)})").fetchall()
        for row in declared:
            parent = by_lower.get(str(row[2]).lower())
            if parent is not None and table.column(str(row[3])) is not None:
                to = str(row[4]) if row[4] else tables[parent].key
                links.append(Link(table.name, str(row[3]), parent, to, declared=True))
        linked = {link.column for link in links if link.child == table.name}
        for column in table.columns:
            if column.name in linked or column.primary:
                continue
            link = _same_key(table, column, tables, keyed) or _inferred(table, column, tables, nouns)
            if link is not None:
                links.append(link)
    return tuple(links)


class _Nouns:
    """The tables by the nouns of their names, singular and plural, so that a schema of 1,500 tables is looked
    up, not scanned, for each of its columns."""

    def __init__(self, tables: dict[str, Table]) -> None:
        self.named: dict[tuple[str, ...], list[str]] = {}
        self.headed: dict[str, list[str]] = {}
        for name in tables:
            parts = spelled_out(name_parts(name))
            if not parts:
                continue
            for key in _forms(parts):
                self.named.setdefault(key, []).append(name)
                self.headed.setdefault(key[-1], []).append(name)

    def called(self, stem: tuple[str, ...], other_than: str) -> list[str]:
        return list(dict.fromkeys(t for key in _forms(stem) for t in self.named.get(key, []) if t != other_than))

    def ending_in(self, word: str, other_than: str) -> list[str]:
        return list(dict.fromkeys(t for key in _forms((word,)) for t in self.headed.get(key[-1], [])
                                  if t != other_than))


def _forms(parts: tuple[str, ...]) -> set[tuple[str, ...]]:
    """A name with its last word in the forms a plural may take: ("categories",) and ("category",) meet."""
    last = parts[-1]
    forms = {last, last + "s", last + "es"}
    if last.endswith("y"):
        forms.add(last[:-1] + "ies")
    if last.endswith("ies"):
        forms.add(last[:-3] + "y")
    if last.endswith("es"):
        forms.add(last[:-2])
    if last.endswith("s"):
        forms.add(last[:-1])
    return {(*parts[:-1], form) for form in forms}


def _keys(tables: dict[str, Table]) -> dict[str, list[str]]:
    """The tables by the name of their own single-column key (lowercased), leaving out plain `id`s."""
    keyed: dict[str, list[str]] = {}
    for table in tables.values():
        if table.key_name and table.key_name.lower() not in ("id", "rowid"):
            keyed.setdefault(table.key_name.lower(), []).append(table.name)
    return keyed


def _same_key(table: Table, column: Column, tables: dict[str, Table], keyed: dict[str, list[str]]) -> Link | None:
    """outings.hull_no → boats, whose key is hull_no: a column named exactly like one other table's own key
    refers to it, whatever its words are (the commonest undeclared foreign key there is)."""
    owners = [name for name in keyed.get(column.name.lower(), []) if name != table.name]
    if len(owners) != 1:
        return None
    return Link(table.name, column.name, owners[0], tables[owners[0]].key)


def _inferred(table: Table, column: Column, tables: dict[str, Table], nouns: _Nouns) -> Link | None:
    """customer_id, CustomerId, customerID → the customers table; manager_id, reports_to → the same table."""
    parts = column.parts
    stem = spelled_out(parts[:-1]) if parts and parts[-1] in ("id", "key", "fk", "no") else ()
    if stem:
        called = nouns.called(stem, table.name)
        if called:
            return Link(table.name, column.name, called[0], tables[called[0]].key)
        heads = nouns.ending_in(stem[0], table.name) if len(stem) == 1 else []
        if len(heads) == 1:  # cat_id → proc_categories: the one table whose last word it is
            return Link(table.name, column.name, heads[0], tables[heads[0]].key)
        named = nouns.called(stem[-1:], "") if len(stem) > 1 else []
        if len(named) == 1:  # head_teacher_id → teachers, manager_staff_id → staff: a role, then the table
            return Link(table.name, column.name, named[0], tables[named[0]].key)
    if set(parts) & _SELF and (stem or len(parts) > 1) and table.key != "rowid" and not column.temporal \
            and column.shape not in ("text", "flag"):
        return Link(table.name, column.name, table.name, table.key)  # a table that refers to itself
    return None
