"""English questions: the corpus (result values against reference SQL) and the reader's manners."""

from __future__ import annotations

import datetime
import math
from collections.abc import Iterator, Sequence
from typing import Any

import pytest

import humandb
import humandb.english
from humandb.stage.clock import FakeClock
from tests.conftest import TODAY
from tests.english_corpus import LIBRARY, SAMPLE, build_library


def _connect(database: str = ":dave:") -> humandb.Connection:
    return humandb.connect(database, sla="instant", exact=True, show=False, sound=False, clock=FakeClock(TODAY),
                           words=True)


@pytest.fixture(scope="module")
def company() -> Iterator[humandb.Connection]:
    con = _connect()
    yield con
    con.close()


@pytest.fixture(scope="module")
def library() -> Iterator[humandb.Connection]:
    con = _connect(":memory:")
    build_library(con)
    con.commit()
    yield con
    con.close()


def _same(value: Any, other: Any) -> bool:
    if isinstance(value, float) or isinstance(other, float):
        try:
            return math.isclose(float(value), float(other), rel_tol=1e-6, abs_tol=1e-6)
        except (TypeError, ValueError):
            return False
    return bool(value == other)


def _contains(row: Sequence[Any], wanted: Sequence[Any]) -> bool:
    """Every value of the reference row appears in the answer's row (which may carry more columns)."""
    left = list(row)
    for value in wanted:
        match = next((i for i, candidate in enumerate(left) if _same(candidate, value)), None)
        if match is None:
            return False
        left.pop(match)
    return True


def _matches(answer: list[tuple[Any, ...]], reference: list[tuple[Any, ...]], ordered: bool) -> bool:
    if len(answer) != len(reference):
        return False
    if ordered:
        return all(_contains(row, wanted) for row, wanted in zip(answer, reference, strict=True))
    left = list(answer)
    for wanted in reference:
        match = next((i for i, row in enumerate(left) if _contains(row, wanted)), None)
        if match is None:
            return False
        left.pop(match)
    return True


def _check(con: humandb.Connection, question: str, sql: str) -> None:
    reference = con.execute(sql).fetchall()
    cursor = con.execute(question)
    answer = cursor.fetchall()
    written = cursor.messages[-1][1]
    assert _matches(answer, reference, "order by" in sql.lower()), (
        f"{question!r}\n  Dave wrote: {written}\n  reference: {sql}\n  got {answer[:5]}\n  want {reference[:5]}"
    )


@pytest.mark.parametrize(("question", "sql"), SAMPLE, ids=[q for q, _ in SAMPLE])
def test_question(company: humandb.Connection, question: str, sql: str) -> None:
    _check(company, question, sql)


@pytest.mark.parametrize(("question", "sql"), LIBRARY, ids=[q for q, _ in LIBRARY])
def test_question_library(library: humandb.Connection, question: str, sql: str) -> None:
    _check(library, question, sql)


# -- the reader's manners ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "english"),
    [("select 1", False), ("SELECT * FROM orders", False), ("insert into t values (1)", False),
     ("Selec * from orders", False), ("  -- hi\nselect 1", False), ("with x as (select 1) select * from x", False),
     ("how many orders?", True), ("What's the customer's total?", True), ("show me the staff", True),
     ("list products under 20", True), ("(select 1)", False), ("", False),
     # every statement keyword of sqlglot's dialects is SQL, even the ones that are English verbs too
     ("SHOW TABLES", False), ("show tables", False), ("describe orders", False), ("DESCRIBE orders", False),
     ("COPY orders TO 'o.csv'", False), ("SUMMARIZE orders", False), ("set x = 1", False), ("USE shop", False),
     ("CALL proc()", False), ("MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE", False),
     ("INSTALL httpfs", False), ("EXPORT DATABASE 'dir'", False), ("SHOW ALL", False), ("PIVOT t ON x", False),
     ("show customers in paris", True), ("list all products", True), ("get me the orders", True),
     ("show all order statuses", True), ("5 most expensive products", True), ("analyze sales by month", True),
     # an apostrophe inside or at the end of a word is English (a possessive, "don't"); a string opens after a space
     ("list each employee with their manager's name", True), ("show me each customer's orders", True),
     ("list customers' orders from last year", True), ("get the products that don't sell", True),
     ("SHOW TABLES LIKE 'ord%'", False), ("show columns from orders like 'id'", False),
     ("COPY orders FROM 'o.csv'", False), ("list 'orders'", False)],
)
def test_sql_or_english(text: str, english: bool) -> None:
    assert humandb.english.is_english(text) is english


def test_every_statement_keyword_of_sqlglot_is_known() -> None:
    """A new sqlglot that learns a statement fails here rather than reading it as English."""
    from sqlglot.dialects.dialect import Dialect, Dialects

    from humandb.reading.sql_or_english import STATEMENT_KEYWORDS

    missing = set()
    for dialect in Dialects:
        if not dialect.value:
            continue
        found = Dialect.get_or_raise(dialect.value)
        types = set(found.parser_class.STATEMENT_PARSERS) | set(found.tokenizer_class.COMMANDS)
        for keyword, kind in found.tokenizer_class.KEYWORDS.items():
            word = keyword.lower().split()[0] if keyword.strip() else ""
            if kind in types and word.isalpha() and word not in STATEMENT_KEYWORDS:
                missing.add(word)
    assert not missing


def test_sql_or_english_is_linear_in_the_text() -> None:
    import time

    started = time.perf_counter()
    for text in ("/**/" * 2500 + "(", "a" * 10_000, "-- x\n" * 2000 + "select 1", "how " * 2500):
        humandb.english.is_english(text)
    # The old regular expression took 27 s on the first text; linear work is a few ms. The bound is generous
    # so that a busy machine never fails it, and still far below what a backtracking expression takes.
    assert time.perf_counter() - started < 1.0


def test_apostrophes_and_question_marks_are_words_not_quotes_or_placeholders(company: humandb.Connection) -> None:
    cursor = company.execute("What's the customer's count?")
    assert cursor.fetchall() == [(2000,)]


def test_dave_says_how_he_read_it_and_shows_the_sql(company: humandb.Connection) -> None:
    cursor = company.execute("average salary of employees in engineering")
    words, sql = cursor.messages[0][1], cursor.messages[1][1]
    assert "average salary of employees" in words and "Engineering" in words
    assert sql == "SQL: SELECT AVG(employees.salary) FROM employees WHERE employees.department = 'Engineering'"
    lines = cursor.answer.report.script.lines()  # type: ignore[union-attr]
    assert any("SELECT AVG(employees.salary)" in line for line in lines)


def test_to_sql_is_public(company: humandb.Connection) -> None:
    assert humandb.english.to_sql("how many products are there", company) == "SELECT COUNT(*) FROM products"


@pytest.mark.parametrize(
    ("question", "names"),
    [("how many flibbertigibbets are there", ["flibbertigibbets"]),
     ("what is the zorbly average of the wumpus", ["zorbly", "wumpus"])],
)
def test_what_dave_cannot_read_is_a_helpful_error(company: humandb.Connection, question: str, names: list[str]) -> None:
    with pytest.raises(humandb.english.NotUnderstood) as caught:
        company.execute(question)
    message = str(caught.value)
    for name in names:
        assert name in message
    suggestion = caught.value.suggestion
    assert suggestion and f"I can do: {suggestion}" in message  # what he can answer instead
    assert company.execute(suggestion).fetchall()  # ... and he really can
    assert company.execute("how many products are there").fetchone() == (120,)


@pytest.mark.parametrize(
    ("question", "unused", "suggested"),
    [("how many events were cancelled by the ceo", "ceo", "orders"),  # a real word, but not in the tables
     ("average salary of employees who never complained", "complained", "salary"),
     ("what is the meaning of life", "meaning", None),
     ("why are so many orders returned", "why", "orders"),
     ("who is the best singer of all time", "singer", None),
     # a real word one letter from a little word is not dropped as its typo ("think" is no "thing")
     ("what do customers think of us", "think", None),
     # a guessed person needs the schema's own verb: nothing here says who directed anything
     ("who directed the most orders", "directed", None)],
)
def test_a_refusal_names_the_words_it_could_not_use(company: humandb.Connection, question: str, unused: str,
                                                   suggested: str | None) -> None:
    with pytest.raises(humandb.english.NotUnderstood) as caught:
        company.execute(question)
    assert unused in str(caught.value)
    if suggested is not None:
        assert suggested in caught.value.suggestion
    company.execute(caught.value.suggestion)


def test_a_reading_carries_the_expression_it_built(company: humandb.Connection) -> None:
    from sqlglot import exp

    reading = humandb.english.translate("top 3 customers by total amount", company.store.catalog(), TODAY.date())
    assert isinstance(reading.expression, exp.Select)
    assert reading.expression.sql(dialect="sqlite") == reading.sql
    assert reading.expression.args["limit"] is not None
    assert company.execute(reading.sql).fetchall() == company.execute(
        "SELECT c.name, SUM(o.amount) FROM orders o JOIN customers c ON c.id = o.customer_id GROUP BY c.id "
        "ORDER BY SUM(o.amount) DESC LIMIT 3").fetchall()


@pytest.mark.parametrize("question", [
    "which customer spent the most money last year?",
    "whose birthday is next?",
])
def test_the_websites_jokes_are_answered(company: humandb.Connection, question: str) -> None:
    rows = company.execute(question).fetchall()
    assert len(rows) >= 1
    if "spent" in question:
        assert rows[0][0] == company.store._db.execute(
            "SELECT c.name FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.ordered_at >= '2025-01-01'"
            " AND o.ordered_at < '2026-01-01' GROUP BY c.id ORDER BY SUM(o.amount) DESC LIMIT 1").fetchone()[0]
    else:
        soonest = company.store._db.execute(
            "SELECT strftime('%m-%d', birthday) FROM employees WHERE birthday IS NOT NULL ORDER BY "
            "strftime('%m-%d', birthday) < '11-18', strftime('%m-%d', birthday) LIMIT 1").fetchone()[0]
        assert {row[-1][5:] for row in rows} == {soonest}


def test_last_year_is_relative_to_the_connections_today() -> None:
    def revenue(today: datetime.datetime) -> Any:
        con = humandb.connect(sla="instant", exact=True, clock=FakeClock(today))
        return con.execute("total revenue last year").fetchone()[0]

    assert revenue(datetime.datetime(2026, 3, 1)) == revenue(datetime.datetime(2026, 11, 18))
    assert revenue(datetime.datetime(2025, 6, 1)) != revenue(datetime.datetime(2026, 6, 1))


def test_english_works_through_query() -> None:
    answer = humandb.query("how many orders were returned?", sla="instant", exact=True)
    assert answer.exact_rows == humandb.connect(sla="instant", exact=True).execute(
        "SELECT COUNT(*) FROM orders WHERE status = 'returned'").fetchall()
    assert answer.sql.startswith("SELECT") and "returned" in answer  # how he read it, and the answer


@pytest.mark.parametrize(("question", "sql"), [
    # a ranking's "sales" is money, though a department is called Sales
    ("best year for sales", "SELECT CAST(substr(ordered_at, 1, 4) AS INTEGER) FROM orders GROUP BY 1 "
                            "ORDER BY SUM(amount) DESC LIMIT 1"),
    ("count the staff in sales", "SELECT COUNT(*) FROM employees WHERE department = 'Sales'"),
    # the period that stands out, by count or by money
    ("busiest month ever", "SELECT substr(ordered_at, 1, 7) FROM orders GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1"),
    ("top 3 months by revenue", "SELECT substr(ordered_at, 1, 7) FROM orders GROUP BY 1 ORDER BY SUM(amount) DESC "
                                "LIMIT 3"),
    # an age from a date of birth
    ("how many employees are older than 50", "SELECT COUNT(*) FROM employees WHERE birthday < '1976-11-18'"),
])
def test_constructs_of_the_second_pass(company: humandb.Connection, question: str, sql: str) -> None:
    _check(company, question, sql)


@pytest.mark.parametrize(
    ("question", "words"),
    [("what % of orders shipped", ["what", "percent", "of", "orders", "shipped"]),
     ("orders with a 20% discount", ["orders", "with", "a", "20%", "discount"]),
     ("no. of customers", ["number", "of", "customers"]),
     ("customers with no orders", ["customers", "with", "no", "orders"])],
)
def test_symbols_and_abbreviations_are_words(question: str, words: list[str]) -> None:
    from humandb.reading.questions.words import tokens

    assert tokens(question) == words


def test_a_noun_after_a_ranking_word_is_not_a_verb(company: humandb.Connection) -> None:
    # "reviews" could be a verb ("who reviews the most"), but after "best" it is a thing the schema lacks
    with pytest.raises(humandb.english.NotUnderstood, match="reviews"):
        company.execute("which product got the best reviews")


def test_today_of_a_thing_with_no_date_is_not_another_tables_day(company: humandb.Connection) -> None:
    # products have no date: "today" would have been the day of the orders they are in
    with pytest.raises(humandb.english.NotUnderstood, match="today"):
        company.execute("what's the price of the pro monitor today")


def test_a_real_word_is_not_a_typo(company: humandb.Connection) -> None:
    # "lost" is one letter from "last": read as "the last order" it answered something nobody asked
    with pytest.raises(humandb.english.NotUnderstood, match="lost"):
        company.execute("orders the customer lost")


def test_dave_suggests_a_breakdown_by_a_category_never_by_a_name() -> None:
    """"How many guests per first name?" is no question anyone asks: the suggestion groups by a category
    (few values, not a name, an email or a title), and he can answer it."""
    con = humandb.connect(":memory:", sla="instant", exact=True, show=False, sound=False)
    con.execute("CREATE TABLE guests (guest_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, email TEXT, "
                "loyalty_tier TEXT)")
    firsts, lasts = ["Ana", "Ben", "Cleo", "Dev", "Eli", "Fay"], ["Ng", "Oduya", "Park", "Quist"]
    con.executemany("INSERT INTO guests (first_name, last_name, email, loyalty_tier) VALUES (?, ?, ?, ?)",
                    [(firsts[n % 6], lasts[n % 4], f"g{n}@example.com", ("gold", "silver", "bronze")[n % 3])
                     for n in range(40)])
    with pytest.raises(humandb.english.NotUnderstood) as caught:
        con.execute("how many guests r frobnicated")
    assert caught.value.suggestion == "how many guests per loyalty tier?"
    assert len(con.execute(caught.value.suggestion).fetchall()) == 3
    con.close()


def test_dave_never_suggests_the_average_of_a_flag() -> None:
    """"The average is ebike of bikes" is no question: a yes/no column named in a refused question is not
    offered as an average; a category breakdown is."""
    con = humandb.connect(":memory:", sla="instant", exact=True, show=False, sound=False)
    con.execute("CREATE TABLE bikes (bike_id INTEGER PRIMARY KEY, model TEXT, is_ebike INTEGER)")
    con.executemany("INSERT INTO bikes (model, is_ebike) VALUES (?, ?)",
                    [(("Volt", "Urban", "Cargo")[n % 3], n % 2) for n in range(30)])
    with pytest.raises(humandb.english.NotUnderstood) as caught:
        con.execute("how many ebikes got frobnicated")
    assert "average" not in caught.value.suggestion and "is ebike" not in caught.value.suggestion
    con.execute(caught.value.suggestion)
    con.close()
