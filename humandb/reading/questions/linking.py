"""The catalog as phrases a question can use: table and column names in every spelling people type, the
words of the general vocabulary that point at them (kindred nouns, roles), and the values of category and
name columns.

Built once per catalog and kept in a small cache bounded in bytes. Its size is bounded too: values are
short (the catalog keeps no value over 60 characters) and at most `_MAX_VALUE_PHRASES` of them are indexed.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass, field

from humandb.brain.catalog import Catalog, Column, Table, name_parts, spelled_out
from humandb.reading.questions.budget import ByteBudgetCache
from humandb.reading.questions.query import line_revenue
from humandb.reading.questions.relations import role_named
from humandb.reading.questions.spelling import deletions
from humandb.reading.questions.vocabulary import (
    ACTIVITY,
    COUNTRY_NAMES,
    CUES,
    DEMONYMS,
    ENDINGS,
    KINDRED,
    KINDRED_FALLBACKS,
    KINDRED_NAMES,
    LIFECYCLE_VERBS,
    LINKING_VERBS,
    MONTHS,
    NUMBER_WORDS,
    PEOPLE_NOUNS,
    PERSON_NAME_PARTS,
    ROLE_PARTS,
    ROLE_WORDS,
    STOPWORDS,
    TIME_UNITS,
)
from humandb.reading.questions.words import Word, plural, singular, stem, tokens

__all__ = ["WHOLE_MONEY", "Index", "column_is_time", "ending", "index_of", "of_people", "roles_of", "typo_targets",
           "verb_columns", "verb_tables"]

_MAX_PHRASE = 6  # words: no table, column or value phrase is longer
_MAX_VALUE_PHRASES = 40_000
_MAX_ROLE_CANDIDATES = 10
_NAME_END = frozenset({"on", "at", "date", "time", "name", "count", "num", "number", "no", "dt", "ts"})
_GENERIC = frozenset({"id", "on", "at", "is", "of", "the", "no", "num", "to", "by", "in", "dt", "ts", "key",
                      "code", "flag", "first", "last", "full", "given", "family", "middle", "per"})
_GLUE = frozenset(CUES) | STOPWORDS
# Words too common to stand for a person's first name ("since june", "will", "mark").
_PLAIN = frozenset(CUES) | STOPWORDS | frozenset(MONTHS) | frozenset(NUMBER_WORDS) | LINKING_VERBS | frozenset(
    "january february march april may june july august september october november december".split())
# Money a thing incurs beside what it is worth: an order's value is its lines, not its freight.
_INCIDENTAL = frozenset("freight shipping postage tax vat tip deposit commission bonus discount".split())
# The whole of a row's money (amt_total, gross_amount) rather than one of its parts (labour_amt, parts_amt).
WHOLE_MONEY = frozenset({"total", "gross", "grand"})
# Money planned rather than moved: what was spent or earned is never a budget or a target.
_PLANNED = frozenset("budget budgeted budgets target targets quota allowance limit forecast estimate planned".split())
_CURRENCIES = frozenset("usd eur gbp chf jpy cad aud dollars euros pounds".split())
_PER_TIME = frozenset("hourly nightly daily day weekly monthly annual yearly".split())
# Words that say how a question is put ("has", "list", "next", "per"): a column named has_balcony or
# list_price or nextDue is not what they point at.
_GRAMMAR = STOPWORDS | frozenset(phrase for phrase, (kind, _) in CUES.items() if " " not in phrase and kind in (
    "next", "has", "when", "group", "group?", "by", "who", "not", "none", "never", "zero", "their", "or", "and",
    "than", "more", "fewer", "cmp", "dir", "order", "order?", "distinct", "future", "why")) | {"when"}
_TOTALS = frozenset("amount total revenue sales subtotal payment paid billed charge".split())


@functools.lru_cache(maxsize=8192)
def roles_of(column: Column) -> frozenset[str]:
    """What a column does: money, pay, birth, lifecycle, size, quantity, name, first, last, date."""
    parts = _words(column)
    found = {role for role, words in ROLE_PARTS.items() if parts & words}
    if parts & _CURRENCIES or ("rate" in parts and parts & _PER_TIME):
        found.add("money")  # fee_usd is money whatever it is called; a nightly rate is a price
    if column.temporal or column.shape == "year":
        found.add("date")  # a release_year says when a thing is from, as a date does
    else:
        found -= {"lifecycle"}
        if "birth" in found and column.shape != "year":
            found.discard("birth")
    if not column.numeric or column.key or column.shape == "flag":
        found -= {"money", "pay", "size", "quantity"}
    if column.numeric or column.temporal:
        found -= {"name", "first", "last"}
    if "name" not in found and ("first" in found or "last" in found) and not column.numeric \
            and not parts & _NAME_ITSELF:
        found -= {"first", "last"}  # first_visit is no name; a surname or a forename is one by itself
    if "money" not in found and "pay" in found and "rate" in parts and not parts & {"hourly", "pay", "day"}:
        found.discard("pay")  # a "rate" is pay only when it says so (hourly_rate, pay_rate)
    return frozenset(found)


def _words(column: Column) -> set[str]:
    """A column's name in its own words and written out: an "amt" is an amount, a "qty" a quantity."""
    return set(column.parts) | set(spelled_out(column.parts))


# Words that are a part of a person's name by themselves, without "name" beside them.
_NAME_ITSELF = frozenset({"surname", "forename"})


def column_is_time(column: Column) -> bool:
    """A number of hours, minutes, days or nights: time spent, which adds up."""
    return column.numeric and bool(set(column.parts) & _SPENT_TIME)


_SPENT_TIME = frozenset("hours hrs minutes mins seconds secs milliseconds days nights weeks duration".split())


@dataclass
class Index:
    """Phrases → meanings for one catalog, and the single words typos are corrected towards."""

    catalog: Catalog
    phrases: dict[tuple[str, ...], list[Word]] = field(default_factory=dict)
    # values by their words joined with one space: (table, column, value, weak); Words are made on lookup
    values: dict[str, list[tuple[str, str, str, bool]]] = field(default_factory=dict)
    known: list[str] = field(default_factory=list)  # single words of the schema's names (and their kin)
    vocabulary: list[str] = field(default_factory=list)  # single words of cues and stopwords
    valued: list[str] = field(default_factory=list)  # single words of values
    near_known: dict[str, list[str]] = field(default_factory=dict)  # one-letter deletions → known words
    near_vocabulary: dict[str, list[str]] = field(default_factory=dict)
    size: int = 0  # estimated bytes
    ready: bool = False  # the typo lists above are made (see `typo_targets`)

    def meanings(self, phrase: tuple[str, ...]) -> list[Word]:
        found = self._phrase(phrase)
        single = singular(phrase[-1])
        if found is None and single != phrase[-1]:
            found = self._phrase((*phrase[:-1], single))
        values = self.values.get(" ".join(phrase))
        if values is None and single != phrase[-1] and len(single) > 2 and phrase[-1] not in STOPWORDS:
            values = self.values.get(" ".join((*phrase[:-1], single)))  # "Software Engineers": each one is a value
        if not values:
            return found or []
        return [Word("value", value, 0, table=table, column=column, value=value, cue="weak" if weak else "")
                for table, column, value, weak in values] + (found or [])

    def _phrase(self, phrase: tuple[str, ...]) -> list[Word] | None:
        """The catalog's meanings of a phrase, then the general vocabulary's."""
        own, general = self.phrases.get(phrase), _general().phrases.get(phrase)
        if own is None or general is None:
            return own if general is None else general
        return own + [word for word in general if word not in own]

    def add(self, phrase: tuple[str, ...], word: Word) -> None:
        if not phrase or len(phrase) > _MAX_PHRASE:
            return
        meanings = self.phrases.setdefault(phrase, [])
        if word not in meanings:
            meanings.append(word)
            self.size += 120 + sum(len(part) + 50 for part in phrase) + len(word.value) + len(word.text)


def index_of(catalog: Catalog) -> Index:
    found = _CACHE.get(catalog)
    if found is None:
        found = _build(catalog)
        _CACHE.put(catalog, found, found.size)
    return found


_CACHE: ByteBudgetCache[Index] = ByteBudgetCache(24_000_000)


def _build(catalog: Catalog) -> Index:
    index = Index(catalog)
    for table in catalog.tables.values():
        _add_table(index, table)
        for column in table.columns:
            _add_column(index, catalog, column)
    _add_head_nouns(index, catalog)
    _add_kindred(index)
    _add_roles(index, catalog)
    _add_values(index, catalog)
    index.size += 60 * 8 * sum(1 for phrase in index.phrases if len(phrase) == 1)  # the typo maps, when made
    return index


def typo_targets(index: Index) -> Index:
    """The words typos are corrected towards, and their one-letter deletions: made on the first misspelt word a
    catalog's questions have (most questions have none), then kept."""
    if index.ready:
        return index
    with _TYPO_LOCK:
        if index.ready:
            return index
        schema = {phrase[0] for phrase, meanings in index.phrases.items()
                  if len(phrase) == 1 and any(m.kind in ("table", "column") and not m.cue.startswith("role")
                                              for m in meanings)}
        general = _general_typos()
        cues = {phrase[0] for phrase in index.phrases if len(phrase) == 1} - schema - set(index.valued)
        near_known: dict[str, list[str]] = {}
        for word in sorted(schema):
            if len(word) >= 3 and word.isalpha():
                for variant in deletions(word):
                    near_known.setdefault(variant, []).append(word)
        index.known = sorted(schema)
        index.vocabulary = sorted((cues | set(general.vocabulary)) - schema)
        index.valued = sorted(set(index.valued) - schema - cues - set(general.vocabulary))
        index.near_vocabulary = general.near_vocabulary  # shared: the same for every catalog
        index.near_known = near_known
        index.ready = True
    return index


_TYPO_LOCK = threading.Lock()


@functools.lru_cache(maxsize=1)
def _general_typos() -> Index:
    """The general vocabulary's words and their deletions, for typos (made once, on the first typo)."""
    index = _general()
    roles = {word for word in ROLE_WORDS if " " not in word} | set(LIFECYCLE_VERBS)
    typos = Index(index.catalog, phrases=index.phrases)
    typos.vocabulary = sorted({phrase[0] for phrase in index.phrases if len(phrase) == 1} | STOPWORDS | roles)
    for word in typos.vocabulary:
        if len(word) >= 3 and word.isalpha():
            for variant in deletions(word):
                typos.near_vocabulary.setdefault(variant, []).append(word)
    return typos


@functools.lru_cache(maxsize=1)
def _general() -> Index:
    """The vocabulary every catalog shares (cue phrases, activity words, units, and the words typos are
    corrected towards), built once rather than for each catalog."""
    index = Index(Catalog())
    for word in ACTIVITY:
        index.add((word,), Word("best", word, 0, cue="max:activity"))
    for word, seconds in TIME_UNITS.items():
        index.add((word,), Word("unit", word, 0, cue=str(seconds)))
    for phrase, (kind, cue) in CUES.items():  # (the vocabulary's words are typo targets as well)
        index.add(tuple(phrase.split()), Word(kind, phrase, 0, cue=cue))
    return index


def _add_table(index: Index, table: Table) -> None:
    parts = name_parts(table.name)
    if not parts:
        return
    meaning = Word("table", table.name, 0, table=table.name)
    for spelled in {parts, spelled_out(parts)}:
        for last in {spelled[-1], singular(spelled[-1]), plural(singular(spelled[-1]))}:
            index.add((*spelled[:-1], last), meaning)


def _add_head_nouns(index: Index, catalog: Catalog) -> None:
    """"proc_categories" is what people call "categories": the last word of a table's name names it too,
    where no table is called that outright and the word is no function word ("order_details" is no "details")."""
    heads: dict[str, list[str]] = {}
    for table in catalog.tables.values():
        parts = spelled_out(name_parts(table.name))
        if len(parts) > 1 and singular(parts[-1]) not in STOPWORDS and parts[-1] not in STOPWORDS:
            heads.setdefault(singular(parts[-1]), []).append(table.name)
    for head, tables in heads.items():
        taken = any(m.kind == "table" and m.cue != "head" for m in index.phrases.get((head,), []))
        if len(tables) != 1 or taken:
            continue
        for word in {head, plural(head)}:
            index.add((word,), Word("table", tables[0], 0, table=tables[0], cue="head"))




def _add_column(index: Index, catalog: Catalog, column: Column) -> None:
    parts = column.parts
    if not parts or column.primary or (parts[-1] == "id" and len(parts) == 1):
        return
    meaning = Word("column", column.name, 0, table=column.table, column=column.name)
    links = [link for link in catalog.links if link.child == column.table and link.column == column.name]
    if links and not any(link.self_reference or role_named(link) for link in links):
        return  # keys are how tables link, not what people ask about; a role (manager_staff_id, OwnerId) is
    core = parts[:-1] if parts[-1] in ("id", "key") else parts
    for spelled in dict.fromkeys((core, spelled_out(core))):
        _add_column_phrases(index, column, spelled, meaning)


def _add_column_phrases(index: Index, column: Column, core: tuple[str, ...], meaning: Word) -> None:
    core = tuple(part for part in core if not part.isdigit()) or core  # address2 is an address, "2" a number
    for phrase in {core, (*core[:-1], singular(core[-1])), (*core[:-1], plural(singular(core[-1])))}:
        index.add(phrase, meaning)
    if len(core) > 1 and core[-1] in _NAME_END and not (len(core) == 2 and core[0] in _GENERIC):
        event = Word("column", column.name, 0, table=column.table, column=column.name, cue="event") \
            if column.temporal else meaning
        index.add(core[:-1], event)  # hired_on ↔ "hired", signed_up_on ↔ "signed up", PlanName ↔ "plan"
        if len(core) == 2:
            index.add((plural(singular(core[0])),), event)
    table_parts = {singular(part) for part in spelled_out(name_parts(column.table))}
    rest = tuple(part for part in core if singular(part) not in table_parts)
    # (an abbreviation left alone is the spelled-out word's: locker_no in lockers is "number", never "no"; a
    # little word left alone is no name at all: sold_on in sold is never "on")
    if rest and rest != core and spelled_out(rest) == rest and not (len(rest) == 1 and rest[0] in _GENERIC):
        index.add(rest, meaning)  # PlanName in Plans ↔ "name"; film_title in film ↔ "title"
        index.add((*rest[:-1], plural(singular(rest[-1]))), meaning)
    if len(core) > 1:
        for part in core:  # hourly_rate ↔ "rate", minutes_spent ↔ "minutes": weaker, the reader resolves
            if part not in _GENERIC and len(part) > 2 and part not in _NAME_END and part not in _GRAMMAR:
                index.add((part,), Word("column", part, 0, table=column.table, column=column.name, cue="part"))
                index.add((plural(singular(part)),), Word("column", part, 0, table=column.table,
                                                        column=column.name, cue="part"))


def verb_tables(index: Index, word: str) -> list[Word]:
    """A verb whose root starts a table's name: "rented" → rental, "booked" → bookings, "ordered" → orders."""
    root = stem(word)
    if len(root) < 4 or word in STOPWORDS:
        return []
    return [Word("table", word, 0, table=table.name, cue="verb") for table in index.catalog.tables.values()
            if (parts := name_parts(table.name)) and parts[0].startswith(root) and parts[0] != root]


def verb_columns(index: Index, word: str) -> list[Word]:
    """A verb that is a column's name in another form: "rated" → rating, "returned" → return_date."""
    root = stem(word)
    if len(root) < 3 or word in STOPWORDS or not word.endswith(("ed", "ing", "s")) or word.endswith("ss"):
        return []
    found = [Word("column", word, 0, table=column.table, column=column.name,
                  cue="event" if column.temporal else "" if column.numeric else "having")  # "microchipped"
             for table in index.catalog.tables.values() for column in table.columns
             if not column.key and column.parts and stem(column.parts[0]) == root] if word.endswith(("ed", "ing")) \
        else []
    if found or word.endswith("ing"):
        return found
    # "directed" → director, "owned" → owner, "funds" → funder: the column names who does it
    return [Word("column", word, 0, table=column.table, column=column.name, cue="agent")
            for table in index.catalog.tables.values() for column in table.columns
            if not column.key and not column.numeric and not column.temporal and len(column.parts) == 1
            and _agent_of(column.parts[0]) == root]


def _agent_of(noun: str) -> str:
    """The verb's root an agent noun is made from: director → direct, manager → manag, owner → own."""
    if len(noun) >= 5 and noun.endswith(("or", "er")):
        return stem(noun[:-2]) if noun[-3] != "e" or noun.endswith("eer") else stem(noun[:-1])
    return ""


def _add_kindred(index: Index) -> None:
    for group, kinds in [*((group, ("table",)) for group in KINDRED),
                         *((group, ("table", "column")) for group in KINDRED_NAMES)]:
        named = [meaning for word in sorted(group) for meaning in index.phrases.get((word,), [])
                 if meaning.kind in kinds and not meaning.cue.startswith("role")]
        if not named:
            continue
        for word in group:
            for meaning in named:
                index.add(tuple(word.split()), meaning)
    for narrow, broad in KINDRED_FALLBACKS:
        if any(m.kind == "table" for word in narrow for m in index.phrases.get((word,), [])):
            continue  # members of their own: the table called so
        named = [meaning for word in sorted(broad) for meaning in index.phrases.get((word,), [])
                 if meaning.kind == "table" and not meaning.cue.startswith("role")]
        for word in narrow:
            for meaning in named:
                index.add((word,), meaning)


def _add_roles(index: Index, catalog: Catalog) -> None:
    """Role words ("revenue", "earnings", "born", "joined") point at every column playing the role."""
    by_role: dict[str, list[Column]] = {}
    for table in catalog.tables.values():
        for column in table.columns:
            for role in roles_of(column):
                by_role.setdefault(role, []).append(column)
    for columns in by_role.values():
        columns.sort(key=lambda column: -catalog.tables[column.table].rows)  # facts before dimensions
    chosen: dict[str, list[Column]] = {}  # many words share a role: its columns are worked out once
    for word, role in ROLE_WORDS.items():
        if role not in chosen:
            chosen[role] = _role_columns(catalog, by_role, role)[:_MAX_ROLE_CANDIDATES]
        for column in chosen[role]:
            index.add(tuple(word.split()), Word("column", word, 0, table=column.table, column=column.name,
                                                cue="role:" + role))
    dated = [c for cs in by_role.values() for c in cs if c.temporal]
    for verb in LIFECYCLE_VERBS:
        root = stem(verb)
        own = [c for c in dated if any(stem(p) == root for p in c.parts)]
        columns = list(dict.fromkeys([*own, *by_role.get("lifecycle", [])]))  # "when did Grace join": hired_on
        if not columns:
            columns = [c for c in by_role.get("date", []) if "birth" not in roles_of(c)]
            columns = [c for c in columns if _earliest_date(catalog, c)]
        for column in columns[:_MAX_ROLE_CANDIDATES]:
            index.add((verb,), Word("column", verb, 0, table=column.table, column=column.name, cue="role:lifecycle"))


def _role_columns(catalog: Catalog, by_role: dict[str, list[Column]], role: str) -> list[Column]:
    """The columns a role word points at, likeliest first."""
    columns = by_role.get(role) or (by_role.get("money", []) if role == "pay" else [])
    if role == "money":  # revenue is what sales add up to: not salaries, and not a unit price if a total exists
        lines = [line for table in catalog.tables.values() if (line := line_revenue(table)) is not None]
        moved = [c for c in columns if not _words(c) & _PLANNED] or columns
        tiers = [[c for c in moved if "pay" not in roles_of(c) and _words(c) & _TOTALS] + lines,
                 [c for c in moved if "pay" not in roles_of(c)], moved]
        first = _wholes([c for c in next((tier for tier in tiers if tier), [])
                         if "*" in c.name or not _words(c) & _INCIDENTAL])
        owners = {c.table for c in first}  # a sale's total before its lines' amounts (a stay, then its extras)
        columns = sorted(first, key=lambda c: any(link.child == c.table and link.parent in owners
                                                  for link in catalog.links))
    if role == "price":  # what a thing costs or is worth: every table's own money, the nearest is meant
        columns = [worth for table in catalog.tables.values() if (worth := _worth(table)) is not None]
        columns.sort(key=lambda column: -catalog.tables[column.table].rows)
    return columns


def _worth(table: Table) -> Column | None:
    """What a row of the table is worth: its total, else its line's price × quantity, else its price."""
    money = [c for c in table.columns if "money" in roles_of(c) and "pay" not in roles_of(c)
             and not _words(c) & _INCIDENTAL]
    totals = _wholes([c for c in money if _words(c) & _TOTALS])
    return totals[0] if totals else line_revenue(table) or (money[0] if money else None)


def _wholes(columns: list[Column]) -> list[Column]:
    """Where a table has its money's whole (amt_total) beside the parts (labour_amt, parts_amt), the whole."""
    whole = {c.table for c in columns if _words(c) & WHOLE_MONEY}
    return [c for c in columns if c.table not in whole or _words(c) & WHOLE_MONEY]


def _earliest_date(catalog: Catalog, column: Column) -> bool:
    """With no column named for it, an entity's lifecycle date is its first date column."""
    table = catalog.tables[column.table]
    return next((c for c in table.columns if c.temporal and "birth" not in roles_of(c)), None) == column


def _add_values(index: Index, catalog: Catalog) -> None:
    """Values as the words a question would say them in. Most values are plain words, lowercased as they are;
    only those with punctuation go through the question tokenizer. Names of two or three words also give
    their first name alone ("Who is Dave's manager?") when nobody else has it."""
    count = 0
    valued: set[str] = set()
    values = index.values
    for table in catalog.tables.values():
        per_column: dict[str, int] = {}
        for column_name, _ in table.values:
            per_column[column_name] = per_column.get(column_name, 0) + 1
        names = {column for column, many in per_column.items() if many > 300}
        # a first word stands for a whole name only of people ("Dave"): "spotted" is no 'Spotted Owl'
        named = {column for column in per_column if "name" in name_parts(column)} if of_people(table) else set()
        firsts: dict[tuple[str, str], list[str]] = {}
        size = 0
        meaning = values.setdefault  # bound once: this loop runs for every value of every table
        table_name = table.name
        for column_name, value in table.values:
            if count >= _MAX_VALUE_PHRASES:
                break
            key = value.lower()
            if not (key.replace(" ", "").isalnum() and "  " not in key and key == key.strip()):
                key = " ".join(tokens(key[:80]))  # punctuation, or spaces to tidy: as a question is read
                if not key:
                    continue
            spaces = key.count(" ")
            if spaces >= _MAX_PHRASE:
                continue
            count += 1
            if spaces:
                meaning(key, []).append((table_name, column_name, value, False))
                if spaces <= 2 and column_name in named:
                    firsts.setdefault((column_name, key[:key.index(" ")]), []).append(value)
            else:
                weak = key in _GLUE or len(key) <= 2  # "ON" (Ontario), "Data"
                meaning(key, []).append((table_name, column_name, value, weak))
                if column_name not in names:
                    valued.add(key)  # typos are corrected towards categories, never towards names
            size += 2 * len(key) + len(value) + 150
        index.size += size
        for (column_name, first), found in firsts.items():
            if len(found) == 1 and first not in values and first not in _PLAIN and first.isalpha() \
                    and (first,) not in index.phrases:
                values[first] = [(table.name, column_name, found[0], False)]
                index.size += 2 * len(first) + 150
    index.valued = list(valued)
    _add_country_names(index)


def of_people(table: Table) -> bool:
    """Rows that are people (or pets): called so, known by a person's kind of name, or born."""
    noun = name_parts(table.name)
    return bool(noun and singular(noun[-1]) in PEOPLE_NOUNS) or any(
        _person_name(column) or "birth" in roles_of(column) for column in table.columns)


def _person_name(column: Column) -> bool:
    """first_name, full_name, surname: a species' "family" is no family name."""
    parts = set(column.parts)
    return bool(parts & PERSON_NAME_PARTS) and ("name" in parts or bool(parts & _NAME_ALONE))


_NAME_ALONE = frozenset({"surname", "forename", "username"})


def _add_country_names(index: Index) -> None:
    for people, country in DEMONYMS.items():  # "japanese guests": guests from Japan
        if country in index.values and people not in index.values and (people,) not in index.phrases:
            index.values[people] = [(t, c, v, False) for t, c, v, _ in index.values[country]]
    for short, longs in COUNTRY_NAMES.items():
        for long in longs:
            if long in index.values and short not in index.values:
                index.values[short] = [(t, c, v, False) for t, c, v, _ in index.values[long]]


def ending(table: Table) -> Column | None:
    """The date a row's life ends on (completed_at, closed_on, returned): the one the table names so."""
    dates = [c for c in table.columns if c.temporal and "birth" not in roles_of(c)]
    ends = [c for c in dates[1:] if any(" ".join(c.parts).startswith(root) or any(
        part.startswith(root) for part in c.parts) for root in ENDINGS)]
    return ends[0] if len(ends) == 1 else None
