"""Dave's sample company: the schema, the story it tells, the planted oddities, and the cache."""

from __future__ import annotations

import re
import sqlite3
import sys
import threading
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import pytest

from humandb.brain import sample, sample_cache

SCHEMA = {
    "employees": [
        ("id", "INTEGER"), ("name", "TEXT"), ("email", "TEXT"), ("department", "TEXT"), ("title", "TEXT"),
        ("salary", "INTEGER"), ("hired_on", "DATE"), ("birthday", "DATE"), ("manager_id", "INTEGER"),
    ],
    "customers": [
        ("id", "INTEGER"), ("name", "TEXT"), ("email", "TEXT"), ("city", "TEXT"), ("country", "TEXT"),
        ("signed_up_on", "DATE"),
    ],
    "products": [("id", "INTEGER"), ("name", "TEXT"), ("category", "TEXT"), ("price", "REAL")],
    "orders": [
        ("id", "INTEGER"), ("customer_id", "INTEGER"), ("product_id", "INTEGER"), ("quantity", "INTEGER"),
        ("amount", "REAL"), ("status", "TEXT"), ("ordered_at", "TIMESTAMP"),
    ],
}  # fmt: skip
DEPARTMENTS = {"Engineering", "Sales", "Marketing", "Finance", "Support", "Operations", "Data"}
STATUSES = {"pending", "shipped", "delivered", "returned", "cancelled"}
SMALL = 0.02  # enough rows for every oddity, quick enough to build many times


@pytest.fixture(scope="module")
def company() -> Iterator[sqlite3.Connection]:
    con = sqlite3.connect(":memory:")
    sample.build(con)
    yield con
    con.close()


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HUMANDB_CACHE_DIR", str(tmp_path))
    return tmp_path


def one(con: sqlite3.Connection, sql: str, *params: Any) -> Any:
    return con.execute(sql, params).fetchone()[0]


def dump(con: sqlite3.Connection) -> list[str]:
    return list(con.iterdump())


# -- the schema -------------------------------------------------------------------------------


def test_schema_is_exactly_as_specified(company: sqlite3.Connection) -> None:
    for table, columns in SCHEMA.items():
        info = company.execute(f"PRAGMA table_info({table})").fetchall()
        assert [(row[1], row[2]) for row in info] == columns
        assert [row[1] for row in info if row[5]] == ["id"]


def test_no_indexes_until_dave_sticks_a_post_it(company: sqlite3.Connection) -> None:
    assert one(company, "SELECT count(*) FROM sqlite_master WHERE type = 'index'") == 0


def test_row_counts(company: sqlite3.Connection) -> None:
    assert 220 <= one(company, "SELECT count(*) FROM employees") <= 260
    assert one(company, "SELECT count(*) FROM customers") == 2_000
    assert one(company, "SELECT count(*) FROM products") == 120
    assert one(company, "SELECT count(*) FROM orders") == 18_000


# -- the people -------------------------------------------------------------------------------


def test_departments(company: sqlite3.Connection) -> None:
    rows = company.execute("SELECT DISTINCT department FROM employees").fetchall()
    assert {row[0] for row in rows} == DEPARTMENTS


def test_engineering_pays_about_87_thousand(company: sqlite3.Connection) -> None:
    average = one(company, "SELECT avg(salary) FROM employees WHERE department = 'Engineering'")
    assert abs(average - 87_000) <= 1_500


def test_there_is_exactly_one_dave(company: sqlite3.Connection) -> None:
    rows = company.execute(
        "SELECT name, title, department, salary FROM employees WHERE name LIKE 'Dave%'"
    ).fetchall()
    assert len(rows) == 1
    name, title, department, salary = rows[0]
    assert name.startswith("Dave ")
    assert (title, department) == ("Senior Data Analyst", "Data")
    assert salary is not None


def test_gary_keeps_the_ledger_in_finance(company: sqlite3.Connection) -> None:
    rows = company.execute("SELECT name, department FROM employees WHERE name LIKE 'Gary%'").fetchall()
    assert len(rows) == 1
    assert rows[0][0].startswith("Gary ")
    assert rows[0][1] == "Finance"


def test_every_chain_of_managers_ends_at_the_top(company: sqlite3.Connection) -> None:
    managers = dict(company.execute("SELECT id, manager_id FROM employees").fetchall())
    tops = [person for person, manager in managers.items() if manager is None]
    assert 1 <= len(tops) <= len(DEPARTMENTS)
    for person in managers:
        seen = {person}
        while managers[person] is not None:
            person = managers[person]
            assert person in managers and person not in seen
            seen.add(person)


def test_dates_and_emails_look_real(company: sqlite3.Connection) -> None:
    dated = (("employees", "hired_on"), ("employees", "birthday"), ("customers", "signed_up_on"))
    for table, column in dated:
        values = [row[0] for row in company.execute(f"SELECT {column} FROM {table}")]
        assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) for value in values)
    for table in ("employees", "customers"):
        emails = [row[0] for row in company.execute(f"SELECT email FROM {table}")]
        assert all(re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]+", email) for email in emails)


# -- the shop ---------------------------------------------------------------------------------


def test_products_have_a_few_categories_and_prices_in_cents(company: sqlite3.Connection) -> None:
    assert 3 <= one(company, "SELECT count(DISTINCT category) FROM products") <= 8
    prices = [row[0] for row in company.execute("SELECT price FROM products")]
    assert all(price > 0 and round(price, 2) == price for price in prices)


def test_orders_add_up(company: sqlite3.Connection) -> None:
    mismatched = one(
        company,
        "SELECT count(*) FROM orders JOIN products ON products.id = orders.product_id "
        "WHERE orders.amount != round(orders.quantity * products.price, 2)",
    )
    assert mismatched == 0
    orphans = one(
        company,
        "SELECT count(*) FROM orders WHERE customer_id NOT IN (SELECT id FROM customers) "
        "OR product_id NOT IN (SELECT id FROM products)",
    )
    assert orphans == 0


def test_orders_fall_in_the_fixed_history(company: sqlite3.Connection) -> None:
    # Full dates in the literals: TIMESTAMP has NUMERIC affinity, so SQLite would turn '2000' into 2000.
    rows = company.execute("SELECT ordered_at FROM orders WHERE ordered_at > '2000-01-01'")
    moments = [row[0] for row in rows]
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}", moment) for moment in moments)
    assert min(moments) >= "2022-01-01 00:00:00"
    assert max(moments) <= "2026-10-31 23:59:59"


def test_statuses_delivered_most(company: sqlite3.Connection) -> None:
    counts = dict(company.execute("SELECT status, count(*) FROM orders GROUP BY status").fetchall())
    assert set(counts) == STATUSES
    assert max(counts, key=counts.__getitem__) == "delivered"


# -- the planted oddities ---------------------------------------------------------------------


def assert_oddities(con: sqlite3.Connection) -> None:
    assert one(con, "SELECT count(*) FROM orders WHERE ordered_at LIKE '1987-%'") == 1
    assert one(con, "SELECT count(*) FROM orders WHERE ordered_at < '2022-01-01'") == 1
    negatives = con.execute("SELECT quantity, amount FROM orders WHERE quantity < 0").fetchall()
    assert len(negatives) == 3
    assert all(amount < 0 for _, amount in negatives)
    assert one(con, "SELECT count(*) FROM orders WHERE amount < 0") == 3
    shared = con.execute("SELECT count(*) FROM customers GROUP BY email HAVING count(*) > 1").fetchall()
    assert shared == [(2,)]
    gaps = [row[0] for row in con.execute("SELECT name FROM employees WHERE salary IS NULL")]
    assert 3 <= len(gaps) <= 5
    assert not any(name.startswith("Dave ") for name in gaps)


def test_oddities_are_planted_exactly(company: sqlite3.Connection) -> None:
    assert_oddities(company)


# -- seeds and scale --------------------------------------------------------------------------


@contextmanager
def built(*, seed: int = sample.SAMPLE_SEED, scale: float = 1.0) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(":memory:")) as con:
        sample.build(con, seed=seed, scale=scale)
        yield con


def built_dump(*, seed: int = sample.SAMPLE_SEED, scale: float = 1.0) -> list[str]:
    with built(seed=seed, scale=scale) as con:
        return dump(con)


def test_the_same_seed_builds_the_same_company() -> None:
    assert built_dump(scale=SMALL) == built_dump(scale=SMALL)
    assert built_dump(scale=SMALL) != built_dump(seed=7, scale=SMALL)


def test_scale_two_doubles_orders_and_customers_only(company: sqlite3.Connection) -> None:
    with built(scale=2) as bigger:
        assert one(bigger, "SELECT count(*) FROM orders") == 36_000
        assert one(bigger, "SELECT count(*) FROM customers") == 4_000
        for table in ("employees", "products"):
            assert dump_table(bigger, table) == dump_table(company, table)
        assert_oddities(bigger)


def test_a_small_scale_keeps_the_oddities() -> None:
    with built(scale=SMALL) as con:
        assert_oddities(con)


def dump_table(con: sqlite3.Connection, table: str) -> list[tuple[Any, ...]]:
    return con.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()


@pytest.mark.parametrize("scale", [0, -1.0, float("nan"), float("inf")])
def test_a_meaningless_scale_is_refused(scale: float) -> None:
    with closing(sqlite3.connect(":memory:")) as con, pytest.raises(ValueError, match="scale"):
        sample.build(con, scale=scale)


def test_build_commits() -> None:
    with built(scale=SMALL) as con:
        assert not con.in_transaction


# -- the cache --------------------------------------------------------------------------------


def test_cache_dir_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HUMANDB_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("USERPROFILE", str(tmp_path / "home"))
    assert sample_cache.cache_dir() == tmp_path / "home" / ".cache" / "humandb"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert sample_cache.cache_dir() == tmp_path / "xdg" / "humandb"
    monkeypatch.setenv("HUMANDB_CACHE_DIR", str(tmp_path / "mine"))
    assert sample_cache.cache_dir() == tmp_path / "mine"
    assert (tmp_path / "mine").is_dir()


def test_the_cached_file_is_built_once_and_reused(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = sample_cache.cached_sample(scale=SMALL)
    assert path.parent == cache
    assert [entry.name for entry in cache.iterdir()] == [path.name]  # no temporary file left behind
    built_at = path.stat().st_mtime_ns

    def no_rebuild(*args: object, **kwargs: object) -> None:
        raise AssertionError("the cached sample was built again")

    monkeypatch.setattr(sample, "build", no_rebuild)
    assert sample_cache.cached_sample(scale=SMALL) == path
    assert path.stat().st_mtime_ns == built_at


def test_the_cache_keys_by_seed_and_scale(cache: Path) -> None:
    paths = {sample_cache.cached_sample(scale=SMALL), sample_cache.cached_sample(seed=7, scale=SMALL)}
    assert len(paths) == 2
    assert all(path.parent == cache for path in paths)


def test_open_sample_copies_the_company_into_memory(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = built_dump(scale=SMALL)
    sample_cache.cached_sample(scale=SMALL)
    # Loading from the cache must not need Faker: make importing it fail.
    monkeypatch.setitem(sys.modules, "faker", None)
    with closing(sqlite3.connect(":memory:")) as target:
        sample_cache.open_sample(target, scale=SMALL)
        assert dump(target) == expected


def test_builders_racing_each_other_agree(cache: Path) -> None:
    paths: list[Path] = []
    racers = [threading.Thread(target=lambda: paths.append(sample_cache.cached_sample(scale=SMALL))) for _ in "abc"]
    for racer in racers:
        racer.start()
    for racer in racers:
        racer.join()
    assert len(set(paths)) == 1
    assert [entry.name for entry in cache.iterdir()] == [paths[0].name]
    with closing(sqlite3.connect(paths[0])) as raced:
        assert dump(raced) == built_dump(scale=SMALL)


def test_an_unwritable_cache_falls_back_to_a_temp_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the cache directory should be")
    monkeypatch.setenv("HUMANDB_CACHE_DIR", str(blocker / "humandb"))
    path = sample_cache.cached_sample(scale=SMALL)
    assert blocker not in path.parents
    with closing(sqlite3.connect(":memory:")) as target:
        sample_cache.open_sample(target, scale=SMALL)
        assert dump(target) == built_dump(scale=SMALL)


# -- facts shared between fresh brains ------------------------------------------------------------


def test_fresh_sample_brains_share_their_facts_until_one_writes() -> None:
    from humandb.brain.store import Store

    first, second = Store(":dave:"), Store(":dave:")
    try:
        kinds = {odd.kind for odd in first.oddities("orders")}
        assert {"old_date", "negative"} <= kinds
        assert second.oddities("orders") is first.oddities("orders")  # worked out once, shared
        assert second.catalog() is first.catalog()
        second.run("DELETE FROM orders WHERE amount < 0", writes=True)
        assert "negative" not in {odd.kind for odd in second.oddities("orders")}  # its own facts now
        assert "negative" in {odd.kind for odd in first.oddities("orders")}  # the other brain is untouched
        second.run("CREATE TABLE notes (body TEXT)", writes=True)
        assert "notes" in second.catalog().tables and "notes" not in first.catalog().tables
    finally:
        first.close()
        second.close()
