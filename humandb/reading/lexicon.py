"""Words of an English question matched to the catalog: tables, columns, values, numbers and cue words.

Matching goes longest phrase first (a value like "United States" beats "states"), through singular and
plural forms, a small synonym list, and typo tolerance (difflib) for words the catalog does not know.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from humandb.brain.catalog import Catalog, Column

__all__ = ["CUES", "Word", "lex"]

_TOKEN = re.compile(r"\d{4}-\d{2}-\d{2}|\$?\d[\d,]*(?:\.\d+)?k?|[a-z]+(?:-[a-z]+)*")
_NUMBER_WORDS = {word: n for n, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
MONTHS = {word: n for n, word in enumerate(
    "january february march april may june july august september october november december".split(), start=1)}

# Words that mean a table or column under another name; used only when the target exists in the catalog.
SYNONYMS: dict[str, str | tuple[str, ...]] = {
    "staff": "employees", "people": "employees", "workers": "employees", "worker": "employees",
    "colleagues": "employees", "person": "employees", "everyone": "employees", "employee": "employees",
    "clients": "customers", "client": "customers", "buyers": "customers", "shoppers": "customers",
    "items": "products", "item": "products", "goods": "products",
    "purchases": "orders", "purchase": "orders", "sales": "amount", "revenue": "amount", "spent": "amount",
    "spend": "amount", "spending": "amount", "turnover": "amount", "value": "amount",
    "pay": "salary", "paid": "salary", "earnings": "salary", "earn": "salary", "earns": "salary",
    "wage": "salary", "wages": "salary", "income": "salary", "salaries": "salary",
    "cost": "price", "costs": "price", "prices": "price", "priced": "price",
    "hired": "hired_on", "hire": "hired_on", "hire date": "hired_on", "joined": ("joined_on", "signed_up_on"),
    "born": ("born", "birthday"), "birth": ("born", "birthday"), "birth year": ("born", "birthday"),
    "birthdays": "birthday", "earning": "salary", "units": "quantity", "unit": "quantity",
    "manager": "manager_id", "managers": "manager_id", "job": "title", "jobs": "title", "job titles": "title",
    "job title": "title", "borrowed": ("loans", "loaned_on"), "loaned": ("loans", "loaned_on"),
    "borrowings": "loans", "lent": ("loans", "loaned_on"),
    "buy": "products", "bought": "products", "buys": "products",
    "signed": "signed_up_on", "ordered": "ordered_at", "placed": "ordered_at", "published": "published",
    "writers": "authors", "writer": "authors",
    "readers": "members", "reader": "members", "borrowers": "members", "novels": "books", "novel": "books",
    "titles": "title", "amounts": "amount", "quantities": "quantity", "statuses": "status",
    "countries": "country", "cities": "city", "categories": "category", "departments": "department",
    "genres": "genre", "dates": "date", "names": "name",
}

# Cue phrases: what the question asks for, as (kind, value). Multi-word phrases are matched first.
CUES: dict[str, tuple[str, str]] = {
    "how many": ("agg", "count"), "number of": ("agg", "count"), "count": ("agg", "count"),
    "headcount": ("agg", "count"), "total number of": ("agg", "sum"),
    "different": ("distinct", ""), "distinct": ("distinct", ""), "unique": ("distinct", ""),
    "no": ("none", ""), "without a": ("none", ""), "without any": ("none", ""),
    "negative": ("sign", "<"), "positive": ("sign", ">"),
    "per year": ("yearly", ""), "each year": ("yearly", ""), "by year": ("yearly", ""), "every year": ("yearly", ""),
    "per month": ("monthly", ""), "each month": ("monthly", ""), "by month": ("monthly", ""),
    "date": ("date", ""), "dates": ("date", ""), "when": ("date", ""),
    "most recently": ("best", "max:date"), "most recent first": ("dir", "desc"), "latest first": ("dir", "desc"),
    "earliest first": ("dir", "asc"), "most first": ("dir", "desc"), "least first": ("dir", "asc"),
    "more expensive than": ("cmp", ">:money"), "pricier than": ("cmp", ">:money"),
    "longer than": ("cmp", ">:size"), "shorter than": ("cmp", "<:size"),
    "count of": ("agg", "count"), "how much": ("agg", "sum"),
    "total": ("agg", "sum"), "totals": ("agg", "sum"), "sum": ("agg", "sum"), "sum of": ("agg", "sum"),
    "combined": ("agg", "sum"), "altogether": ("agg", "sum"), "in total": ("agg", "sum"),
    "average": ("agg", "avg"), "avg": ("agg", "avg"), "mean": ("agg", "avg"), "typical": ("agg", "avg"),
    "on average": ("agg", "avg"),
    "highest": ("best", "max"), "maximum": ("best", "max"), "max": ("best", "max"), "largest": ("best", "max"),
    "biggest": ("best", "max"), "greatest": ("best", "max"), "most": ("best", "max"), "top": ("best", "max"),
    "longest": ("best", "max:size"), "highest-paid": ("best", "max:money"), "best-paid": ("best", "max:money"),
    "highest paid": ("best", "max:money"), "best paid": ("best", "max:money"),
    "lowest": ("best", "min"), "minimum": ("best", "min"), "min": ("best", "min"), "smallest": ("best", "min"),
    "least": ("best", "min"), "fewest": ("best", "min"), "shortest": ("best", "min:size"),
    "lowest-paid": ("best", "min:money"), "lowest paid": ("best", "min:money"),
    "most expensive": ("best", "max:money"), "priciest": ("best", "max:money"), "dearest": ("best", "max:money"),
    "cheapest": ("best", "min:money"), "least expensive": ("best", "min:money"),
    "oldest": ("best", "min:birth"), "youngest": ("best", "max:birth"),
    "newest": ("best", "max:date"), "latest": ("best", "max:date"), "most recent": ("best", "max:date"),
    "earliest": ("best", "min:date"), "longest-serving": ("best", "min:date"), "longest serving": ("best", "min:date"),
    "first": ("best", "min:date"), "last": ("best", "max:date"),
    "more than": ("cmp", ">"), "over": ("cmp", ">"), "above": ("cmp", ">"), "greater than": ("cmp", ">"),
    "higher than": ("cmp", ">"), "exceeding": ("cmp", ">"), "bigger than": ("cmp", ">"), "larger than": ("cmp", ">"),
    "less than": ("cmp", "<"), "under": ("cmp", "<"), "below": ("cmp", "<"), "fewer than": ("cmp", "<"),
    "lower than": ("cmp", "<"), "cheaper than": ("cmp", "<:money"), "smaller than": ("cmp", "<"),
    "at least": ("cmp", ">="), "no less than": ("cmp", ">="), "or more": ("cmp", ">=post"),
    "at most": ("cmp", "<="), "no more than": ("cmp", "<="), "up to": ("cmp", "<="), "or less": ("cmp", "<=post"),
    "exactly": ("cmp", "="), "equal to": ("cmp", "="), "between": ("cmp", "between"),
    "before": ("when", "before"), "after": ("when", "after"), "since": ("when", "since"), "in": ("when", "in"),
    "during": ("when", "in"), "last year": ("year", "-1"), "this year": ("year", "0"), "previous year": ("year", "-1"),
    "per": ("group", ""), "for each": ("group", ""), "for every": ("group", ""), "in each": ("group", ""),
    "each": ("group", ""), "grouped by": ("group", ""), "broken down by": ("group", ""), "by": ("by", ""),
    "sorted by": ("order", ""), "ordered by": ("order", ""), "order by": ("order", ""), "sort by": ("order", ""),
    "sorted": ("order", ""), "ordered": ("order?", ""), "alphabetically": ("order", "alpha"),
    "descending": ("dir", "desc"), "desc": ("dir", "desc"), "ascending": ("dir", "asc"), "asc": ("dir", "asc"),
    "highest first": ("dir", "desc"), "lowest first": ("dir", "asc"), "most expensive first": ("dir", "desc"),
    "cheapest first": ("dir", "asc"), "biggest first": ("dir", "desc"), "smallest first": ("dir", "asc"),
    "newest first": ("dir", "desc"), "oldest first": ("dir", "asc"), "largest first": ("dir", "desc"),
    "who": ("who", ""), "whom": ("who", ""), "whose": ("who", ""),
    "bottom": ("bottom", ""),
    "with their": ("their", ""), "and their": ("their", ""), "along with": ("their", ""),
    "not": ("not", ""), "without": ("not", ""),
}

# Words that carry no meaning for the query (they are read, not matched).
STOPWORDS = frozenset("""
a an the of is are was were be been being do does did has have had what which show me list give get find
display tell please can could would you i we our my all any there their them they it its to for from with
and or that this these those on at as per named called whose whom who by into about
some one ones much many rows row records record entries entry data table tables info information details
each every just only also so than then such same like us let see want know need other kind sort type
name names full currently current now ever still already yet again
how where why
live lives living lived came come comes place make made makes sold sell sells work works
working worked belong belongs got contain contains located based single do we our ones earned
been being ago
""".split())

LISTING = frozenset({"show", "list", "give", "find", "display", "which", "what", "get", "tell", "name", "names",
                     "who", "whose", "return", "fetch", "print", "see"})


@dataclass(frozen=True)
class Word:
    """One understood piece of the question, at its position among the tokens."""

    kind: str  # table, column, value, number, year, cue kinds (agg, best, cmp, ...), unknown
    text: str  # the words as the user wrote them
    at: int
    table: str = ""
    column: str = ""
    value: str = ""
    cue: str = ""
    number: float = 0.0


def tokens(question: str) -> list[str]:
    text = question.lower().replace("’", "'")
    text = re.sub(r"(\w)'s\b", r"\1", text)  # what's → what, customer's → customer
    return _TOKEN.findall(text.replace("'", " "))


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


class Vocabulary:
    """Every phrase the catalog gives a meaning to, with a fuzzy fallback for typos."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.phrases: dict[tuple[str, ...], list[Word]] = {}
        for table in catalog.tables.values():
            for form in {table.name.lower(), _singular(table.name.lower())}:
                self._add(form, Word("table", form, 0, table=table.name))
            for column in table.columns:
                self._add_column(column)
            for column_name, value in table.values:
                meaning = Word("value", value, 0, table=table.name, column=column_name, value=value)
                self._add(value.lower(), meaning)
                self._add(value.lower() + "s", meaning)  # "Software Engineers" are each a 'Software Engineer'
        for phrase, (kind, cue) in CUES.items():
            self._add(phrase, Word(kind, phrase, 0, cue=cue))
        for word, targets in SYNONYMS.items():
            for target in (targets,) if isinstance(targets, str) else targets:
                for meaning in self.phrases.get((target,), []):
                    if meaning.kind in ("table", "column"):
                        self._add(word, meaning)
        self.longest = max(len(phrase) for phrase in self.phrases)
        self.single = sorted({phrase[0] for phrase in self.phrases if len(phrase) == 1} | STOPWORDS)

    def _add(self, phrase: str, word: Word) -> None:
        key = tuple(phrase.split())
        if key and word not in self.phrases.setdefault(key, []):
            self.phrases[key].append(word)

    def _add_column(self, column: Column) -> None:
        word = Word("column", column.name, 0, table=column.table, column=column.name)
        name = column.name.lower()
        parts = [part for part in name.split("_") if part]
        if name == "id" or (name.endswith("_id") and self._links_to_table(name)):
            return  # keys are how tables link, not what people ask about
        if name.endswith("_id"):  # manager_id is about the manager
            self._add(name[:-3].replace("_", " "), word)
        self._add(" ".join(parts), word)
        self._add(_singular(name), word)
        if len(parts) > 1 and parts[-1] in ("on", "at", "date", "count", "name"):
            self._add(" ".join(parts[:-1]), word)  # hired_on ↔ "hired", signed_up_on ↔ "signed up"
        self._add(name + "s", word)

    def _links_to_table(self, column: str) -> bool:
        stem = column.lower().removesuffix("_id")
        return any(t.lower() in (stem, stem + "s", stem + "es") for t in self.catalog.tables)

    def meanings(self, phrase: tuple[str, ...]) -> list[Word]:
        found = self.phrases.get(phrase)
        if found is None and len(phrase) == 1 and phrase[0].endswith("s"):
            found = self.phrases.get((_singular(phrase[0]),))
        return found or []

    def correct(self, word: str) -> str | None:
        """The known word a typo most likely meant ("salery" → "salary"), or None."""
        if len(word) < 4 or word in STOPWORDS:
            return None
        close = difflib.get_close_matches(word, self.single, n=1, cutoff=0.8)
        return close[0] if close else None


@functools.lru_cache(maxsize=32)
def vocabulary(catalog: Catalog) -> Vocabulary:
    return Vocabulary(catalog)


def lex(question: str, catalog: Catalog) -> list[Word]:
    """The question as understood words, longest phrases first; unknown words are kept as kind "unknown"."""
    vocab = vocabulary(catalog)
    words = tokens(question)
    found: list[Word] = []
    at = 0
    while at < len(words):
        match = _longest(vocab, words, at)
        if match is not None:
            span, meanings = match
            found += [_placed(meaning, " ".join(words[at : at + span]), at) for meaning in _prefer(meanings)]
            at += span
            continue
        word = words[at]
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", word):
            found.append(Word("day", word, at, value=word))
        elif word[0].isdigit() or word[0] == "$":
            found.append(Word("number", word, at, number=_number(word)))
        elif word in _NUMBER_WORDS:
            found.append(Word("number", word, at, number=float(_NUMBER_WORDS[word])))
        elif word in MONTHS:
            found.append(Word("month", word, at, number=float(MONTHS[word])))
        elif word not in STOPWORDS:
            fixed = vocab.correct(word)
            meanings = vocab.meanings((fixed,)) if fixed else []
            if meanings:
                found += [_placed(meaning, word, at) for meaning in _prefer(meanings)]
            elif not fixed:
                found.append(Word("unknown", word, at))
        at += 1
    return found


def _number(text: str) -> float:
    digits = text.lstrip("$").replace(",", "")
    return float(digits[:-1]) * 1000 if digits.endswith("k") else float(digits)


def _longest(vocab: Vocabulary, words: list[str], at: int) -> tuple[int, list[Word]] | None:
    for span in range(min(vocab.longest, len(words) - at), 0, -1):
        meanings = vocab.meanings(tuple(words[at : at + span]))
        if meanings:
            return span, meanings
    return None


def _prefer(meanings: Iterable[Word]) -> list[Word]:
    # One phrase can mean several things ("sales" is a department and a synonym for amount); keep them
    # all, values and tables first, and let the reader pick by context.
    order = {"value": 0, "table": 1, "column": 2}
    return sorted(meanings, key=lambda word: order.get(word.kind, 3))


def _placed(meaning: Word, text: str, at: int) -> Word:
    return Word(meaning.kind, text, at, meaning.table, meaning.column, meaning.value, meaning.cue, meaning.number)
