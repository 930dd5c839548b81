"""Dave's sample company at scale: the same company drawn faster, its cache (stale, damaged, raced for),
the facts it keeps for Dave, and connect()'s `scale` and `timeout`.

Correctness only: how fast a scale-100 build is, and how fast Dave answers on it, is measured by
benchmarks/run.py. Most tests use scale 3 (54,000 orders); one builds the real scale 100 once.
"""

from __future__ import annotations

import bisect
import itertools
import os
import random
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import humandb
from humandb import version
from humandb.brain import facts, sample, sample_cache, store
from humandb.brain.facts import Oddity
from humandb.brain.store import Store

SCALE = 3.0  # 54,000 orders: enough to see scaling, quick enough to build in a test


def one(con: sqlite3.Connection, sql: str) -> Any:
    return con.execute(sql).fetchone()[0]


def rows(con: sqlite3.Connection, table: str) -> list[tuple[Any, ...]]:
    return con.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()


def planted(con: sqlite3.Connection) -> dict[str, Any]:
    """The planted oddities as SQL sees them."""
    return {
        "1987": one(con, "SELECT count(*) FROM orders WHERE ordered_at LIKE '1987-%'"),
        "negative": one(con, "SELECT count(*) FROM orders WHERE quantity < 0 AND amount < 0"),
        "shared emails": con.execute("SELECT count(*) FROM customers GROUP BY email HAVING count(*) > 1").fetchall(),
        "no salary": one(con, "SELECT count(*) FROM employees WHERE salary IS NULL"),
    }


PLANTED = {"1987": 1, "negative": 3, "shared emails": [(2,)], "no salary": sample.NULL_SALARIES}


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HUMANDB_CACHE_DIR", str(tmp_path))
    return tmp_path


# -- the same company, drawn faster -------------------------------------------------------------


def plain_orders(rng: random.Random, signups: list[int], prices: list[float], count: int) -> list[tuple[Any, ...]]:
    """How the orders were drawn before they had to be fast: one row at a time, every draw a call."""
    days = range(sample.FIRST_ORDER_DAY, sample.LAST_ORDER_DAY + 1)
    chosen_days = sorted(rng.choices(days, cum_weights=sample._cumulative_day_weights(), k=count))
    popularity = list(itertools.accumulate(rng.random() ** 2 + 0.05 for _ in prices))
    products = rng.choices(range(len(prices)), cum_weights=popularity, k=count)
    quantities = rng.choices(sample._QUANTITIES, sample._QUANTITY_WEIGHTS, k=count)
    hours = rng.choices(range(24), sample._HOUR_WEIGHTS, k=count)
    rows: list[tuple[Any, ...]] = []
    for day, product, quantity, hour in zip(chosen_days, products, quantities, hours, strict=True):
        minute, second = divmod(rng.randrange(3600), 60)
        moment = f"{date.fromordinal(day).isoformat()} {hour:02d}:{minute:02d}:{second:02d}"
        customer = int(max(1, bisect.bisect_right(signups, day)) * rng.random() ** 1.3) + 1
        _, statuses, thresholds = next(b for b in sample._STATUSES if sample.LAST_ORDER_DAY - day <= b[0])
        status = statuses[bisect.bisect_right(thresholds, rng.random() * 1000)]
        rows.append((customer, product + 1, quantity, round(quantity * prices[product], 2), status, moment))
    rows.sort(key=lambda row: str(row[5]))
    numbered = [(number, *row) for number, row in enumerate(rows, 1)]
    typo, *negatives = rng.sample(range(count), 4)
    moment = str(numbered[typo][6]).replace("-02-29", "-02-28")
    numbered[typo] = (*numbered[typo][:6], "1987" + moment[4:])
    for index in negatives:
        number, customer, product, quantity, amount, status, moment = numbered[index]
        numbered[index] = (number, customer, product, -quantity, -amount, status, moment)
    return numbered


@pytest.mark.parametrize("seed", [2024, 7])
def test_orders_are_drawn_as_a_plain_loop_would_draw_them(seed: int) -> None:
    signups = sorted(random.Random(seed).randint(sample.FIRST_SIGNUP_DAY, sample.LAST_ORDER_DAY) for _ in range(700))
    prices = [round(random.Random(seed + n).uniform(1, 500), 2) for n in range(120)]
    fast, plain = random.Random(seed), random.Random(seed)
    assert list(sample._orders(fast, signups, prices, 20_000)) == plain_orders(plain, signups, prices, 20_000)
    assert fast.getstate() == plain.getstate()  # not one draw more or less: what comes after stays the same


# -- scale ----------------------------------------------------------------------------------------


def test_scale_multiplies_customers_and_orders_and_keeps_the_rest(cache: Path) -> None:
    with closing(sqlite3.connect(sample_cache.cached_sample(scale=SCALE))) as big, \
            closing(sqlite3.connect(sample_cache.cached_sample())) as usual:  # fmt: skip
        assert one(big, "SELECT count(*) FROM orders") == 54_000
        assert one(big, "SELECT count(*) FROM customers") == 6_000
        for table in ("employees", "products"):
            assert rows(big, table) == rows(usual, table)
        assert planted(big) == PLANTED


def test_connect_opens_the_sample_at_the_scale_asked() -> None:
    con = humandb.connect(":dave:", scale=SCALE, exact=True)
    try:
        assert con.execute("SELECT COUNT(*) FROM orders").fetchone() == (54_000,)
        assert con.settings.scale == SCALE
    finally:
        con.close()


@pytest.mark.parametrize("scale", [0, -2, float("nan"), float("inf"), "big"])
def test_a_meaningless_scale_is_refused(scale: Any) -> None:
    with pytest.raises(humandb.InterfaceError, match="scale"):
        humandb.connect(":dave:", scale=scale)


def test_only_daves_sample_scales(tmp_path: Path) -> None:
    with pytest.raises(humandb.InterfaceError, match="scale"):
        humandb.connect(str(tmp_path / "mine.db"), scale=2)
    humandb.connect(str(tmp_path / "mine.db"), scale=1).close()  # the default, said out loud, is fine


def test_the_real_scale_100_company(cache: Path) -> None:
    """The only test that builds 1.8 million orders (a few seconds), in a cache of its own that is
    emptied afterwards: 110 MB is too much to leave behind in a temporary directory."""
    try:
        con = humandb.connect(":dave:", scale=100, seed=7, accuracy=1.0)
        try:
            cursor = con.execute("SELECT COUNT(*) FROM orders")
            assert cursor.exact_rows == [(1_800_000,)]
            assert "1987" in cursor.messages[0][1]  # from the facts the sample keeps, not a scan
            assert con.execute("SELECT COUNT(*) FROM customers").fetchone() == (200_000,)
        finally:
            con.close()
        with closing(sqlite3.connect(sample_cache.cached_sample(scale=100))) as big, \
                closing(sqlite3.connect(sample_cache.cached_sample())) as usual:  # fmt: skip
            assert planted(big) == PLANTED
            for table in ("employees", "products"):
                assert rows(big, table) == rows(usual, table)
    finally:
        for built in cache.iterdir():
            built.unlink()


# -- the facts a sample keeps -------------------------------------------------------------------------


def test_the_sample_keeps_what_dave_would_notice(cache: Path) -> None:
    with closing(sqlite3.connect(sample_cache.cached_sample(scale=SCALE))) as con:
        kept = facts.recall(con)
        assert kept is not None
        assert set(kept) == {"employees", "customers", "products", "orders"}
        for table, found in kept.items():
            assert found == facts.oddities(con, table)
        assert {odd.kind for odd in kept["orders"]} == {"old_date", "negative"}


def test_a_fresh_brain_remarks_from_the_kept_facts_without_scanning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "_PRISTINE_ODDITIES", {})

    def no_scan(db: sqlite3.Connection, table: str) -> tuple[Oddity, ...]:
        raise AssertionError(f"scanned {table}")

    brain = Store(":dave:", scale=SCALE)
    try:
        monkeypatch.setattr(facts, "oddities", no_scan)
        assert Oddity("old_date", "orders", "ordered_at", 1, "1987") in brain.oddities("orders")
    finally:
        brain.close()


def test_pristine_facts_and_catalogs_are_kept_apart_by_scale(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "_PRISTINE_ODDITIES", {})
    monkeypatch.setattr(store, "_PRISTINE_CATALOG", {})
    usual, big = Store(":dave:"), Store(":dave:", scale=SCALE)
    try:
        # Whichever brain asks first, each gets its own sample's answers.
        for brain, orders in ((big, 54_000), (usual, 18_000)):
            assert brain.catalog().tables["orders"].rows == orders
            assert brain.oddities("customers") == facts.oddities(brain._db, "customers")
        assert usual.oddities("customers") != big.oddities("customers")  # the shared email differs
        again = Store(":dave:", scale=SCALE)
        try:
            assert again.oddities("customers") is big.oddities("customers")
            assert again.catalog() is big.catalog()
        finally:
            again.close()
    finally:
        usual.close()
        big.close()


def test_after_a_write_only_tables_small_enough_are_looked_over_again(monkeypatch: pytest.MonkeyPatch) -> None:
    brain = Store(":dave:")
    try:
        monkeypatch.setattr(store, "RECHECK_ROWS", 10_000)  # between the 240 employees and the 18,000 orders
        assert brain.oddities("orders")  # pristine: the kept facts, whatever the size
        brain.run("UPDATE employees SET salary = 1 WHERE id = (SELECT min(id) FROM employees WHERE salary IS NULL)",
                  writes=True)
        assert brain.oddities("orders") == ()  # too big to look over again: no remark rather than a scan
        nulls = [odd for odd in brain.oddities("employees") if odd.kind == "nulls"]
        assert [odd.count for odd in nulls] == [sample.NULL_SALARIES - 1]  # small: looked over, up to date
    finally:
        brain.close()


# -- the cache: stale, damaged, raced for ------------------------------------------------------------


SMALL = 0.02


def test_a_file_from_another_format_or_version_is_not_reused(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = sample_cache.cached_sample(scale=SMALL)
    monkeypatch.setattr(sample, "SAMPLE_FORMAT", sample.SAMPLE_FORMAT + 1)
    second = sample_cache.cached_sample(scale=SMALL)
    monkeypatch.setattr(version, "__version__", version.__version__ + ".post1")
    third = sample_cache.cached_sample(scale=SMALL)
    assert len({first, second, third}) == 3
    assert all(sample_cache._intact(path) for path in (first, second, third))


def damage_by_truncating(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def damage_by_emptying(path: Path) -> None:
    path.write_bytes(b"")


def damage_with_noise(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def damage_by_replacing_with_another_database(path: Path) -> None:
    path.unlink()
    with closing(sqlite3.connect(path)) as other:
        other.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY)")
        other.commit()


def damage_by_appending(path: Path) -> None:
    with path.open("ab") as file:
        file.write(b"\0" * 4096)


@pytest.mark.parametrize("damage", [damage_by_truncating, damage_by_emptying, damage_with_noise,
                                    damage_by_replacing_with_another_database, damage_by_appending])
def test_a_damaged_cache_file_is_built_again(cache: Path, damage: Any) -> None:
    path = sample_cache.cached_sample(scale=SMALL)
    with closing(sqlite3.connect(path)) as con:
        expected = con.execute("SELECT * FROM orders").fetchall()
    damage(path)
    assert not sample_cache._intact(path)
    assert sample_cache.cached_sample(scale=SMALL) == path
    assert sample_cache._intact(path)
    with closing(sqlite3.connect(":memory:")) as target:
        sample_cache.open_sample(target, scale=SMALL)
        assert target.execute("SELECT * FROM orders").fetchall() == expected
    assert [entry.name for entry in cache.iterdir()] == [path.name]


def test_temporary_files_of_dead_builds_are_swept_up(cache: Path) -> None:
    old, fresh = cache / ".sample-dead.tmp", cache / ".sample-building.tmp"
    for leftover in (old, fresh):
        leftover.write_bytes(b"half a build")
    an_hour_and_more = old.stat().st_mtime - 2 * 3600
    os.utime(old, (an_hour_and_more, an_hour_and_more))
    sample_cache.cached_sample(scale=SMALL)
    assert not old.exists()
    assert fresh.exists()  # perhaps another process is still building it


_BUILDER = """
import os, sys, time
from humandb.brain import sample, sample_cache
open(sys.argv[1] + ".ready", "w").close()
while not os.path.exists(sys.argv[2]):
    time.sleep(0.005)
print(sample_cache.cached_sample(scale=float(sys.argv[3])))
"""


def test_two_processes_building_the_same_scale_at_once_both_succeed(cache: Path) -> None:
    go = cache.parent / f"{cache.name}-go"
    env = {**os.environ, "HUMANDB_CACHE_DIR": str(cache)}
    builders = [subprocess.Popen([sys.executable, "-c", _BUILDER, str(cache.parent / f"{cache.name}-{n}"), str(go),
                                  str(SCALE)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for n in range(2)]  # fmt: skip
    try:
        while not all((cache.parent / f"{cache.name}-{n}.ready").exists() for n in range(2)):
            if any(builder.poll() is not None for builder in builders):
                break
            time.sleep(0.005)
        go.touch()  # both are waiting: off they go, together
        outcomes = [builder.communicate(timeout=120) for builder in builders]
    finally:
        for builder in builders:
            builder.kill()
    assert [builder.returncode for builder in builders] == [0, 0], outcomes
    paths = {Path(out.strip()) for out, _ in outcomes}
    assert len(paths) == 1
    (path,) = paths
    assert [entry.name for entry in cache.iterdir()] == [path.name]  # one file, no temporary left behind
    assert sample_cache._intact(path)
    with closing(sqlite3.connect(path)) as con:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert one(con, "SELECT count(*) FROM orders") == 54_000
        assert planted(con) == PLANTED


# -- timeout ---------------------------------------------------------------------------------------------


def test_timeout_is_how_long_the_store_waits_for_a_lock(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    with closing(sqlite3.connect(path)) as other:
        other.execute("CREATE TABLE notes (body TEXT)")
        other.commit()
        patient = humandb.connect(str(path), exact=True)
        impatient = humandb.connect(str(path), timeout=0, exact=True)
        try:
            assert patient.settings.timeout == 5.0
            assert patient.store._db.execute("PRAGMA busy_timeout").fetchone() == (5000,)
            assert impatient.store._db.execute("PRAGMA busy_timeout").fetchone() == (0,)
            other.execute("BEGIN EXCLUSIVE")
            with pytest.raises(humandb.OperationalError):
                impatient.execute("INSERT INTO notes VALUES ('waiting for nobody')")
            other.rollback()
        finally:
            patient.close()
            impatient.close()


@pytest.mark.parametrize("timeout", [-1, float("nan"), "soon"])
def test_a_meaningless_timeout_is_refused(timeout: Any) -> None:
    with pytest.raises(humandb.InterfaceError, match="timeout"):
        humandb.connect(":memory:", timeout=timeout)
