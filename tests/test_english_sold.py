"""How many of a thing were sold is the quantity on the lines that sold it, added up; not how many different
things or sellers there were. A plant nursery with market stalls, written before the reader read it; compared
by values."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

import humandb
from humandb.stage.clock import FakeClock
from tests.conftest import TODAY
from tests.english_schemas import Pair, answers, schema_pair

SCHEMA = (
    "CREATE TABLE plants (plant_id INTEGER PRIMARY KEY, common_name TEXT NOT NULL, kind TEXT, price REAL)",
    "CREATE TABLE stalls (stall_id INTEGER PRIMARY KEY, stall_name TEXT NOT NULL)",
    "CREATE TABLE staff (staff_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, "
    "stall_id INTEGER REFERENCES stalls (stall_id))",
    "CREATE TABLE supplies (supply_id INTEGER PRIMARY KEY, material TEXT, qty REAL, unit TEXT, amt REAL, "
    "arrived TEXT)",
    "CREATE TABLE sold (sale_id INTEGER PRIMARY KEY, plant_id INTEGER REFERENCES plants (plant_id), "
    "stall_id INTEGER REFERENCES stalls (stall_id), sold_on TEXT, units INTEGER, takings REAL)",
)
PLANTS = [(1, "Foxglove", "perennial", 4.5), (2, "Lavender", "shrub", 6.0), (3, "Sweet Pea", "annual", 3.0),
          (4, "Rosemary", "shrub", 5.5)]
STALLS = [(1, "Harbour"), (2, "Castle Market"), (3, "Station")]


def _build(con: sqlite3.Connection) -> None:
    for statement in SCHEMA:
        con.execute(statement)
    con.executemany("INSERT INTO plants VALUES (?, ?, ?, ?)", PLANTS)
    con.executemany("INSERT INTO stalls VALUES (?, ?)", STALLS)
    con.executemany("INSERT INTO supplies VALUES (?, ?, ?, ?, ?, ?)",
                    [(n, ("compost", "bark", "grit")[n % 3], 10.0 + (n * 7) % 40, ("kg", "bag")[n % 2],
                      25.0 + (n * 13) % 90, f"2026-{1 + n % 10:02d}-05") for n in range(1, 31)])
    con.executemany("INSERT INTO staff VALUES (?, ?, ?, ?)",
                    [(1, "Ada", "Price", 1), (2, "Ben", "Hollis", 2), (3, "Cas", "Marlow", 3)])
    rows = []
    for n in range(1, 121):
        day = f"2026-{1 + n % 11:02d}-{1 + (n * 7) % 28:02d}" if n % 10 else "2026-11-17"
        units = 1 + (n * 5) % 9
        rows.append((n, 1 + n % 4, 1 + (n // 4) % 3, day, units, units * 4.5))
    con.executemany("INSERT INTO sold VALUES (?, ?, ?, ?, ?, ?)", rows)
    con.commit()


CASES = [
    ("how many foxgloves did we sell in 2026", "SELECT SUM(units) FROM sold WHERE plant_id = 1"),
    ("how many lavender did the harbour stall sell",
     "SELECT SUM(units) FROM sold WHERE plant_id = 2 AND stall_id = 1"),
    ("how many plants did we sell yesterday", "SELECT SUM(units) FROM sold WHERE sold_on = '2026-11-17'"),
    # what the business does all the time names its catalogue, every row of it
    ("list the shrubs we sell", "SELECT common_name FROM plants WHERE kind = 'shrub'"),
    # an amount counted in a unit ("in kg") is the quantity, not the money
    ("how much compost has come in, in kg", "SELECT SUM(qty) FROM supplies WHERE material = 'compost' AND unit = 'kg'"),
    ("how much did we spend on compost", "SELECT SUM(amt) FROM supplies WHERE material = 'compost'"),
    # someone on the staff called Price is not the plants' price
    ("plants priced above the average price",
     "SELECT common_name FROM plants WHERE price > (SELECT AVG(price) FROM plants)"),
]


@pytest.fixture(scope="module")
def nursery() -> Iterator[Pair]:
    with schema_pair(_build) as pair:
        yield pair


@pytest.mark.parametrize(("question", "sql"), CASES)
def test_how_many_sold_is_the_quantity(nursery: Pair, question: str,
                                       sql: str) -> None:
    expected, _ = answers(nursery, question, sql)
    assert expected and expected[0][0], sql


def test_a_table_of_sales_over_a_time_is_how_much_they_came_to() -> None:
    """"Sales this month" where the rows are sales: their total, as "payments this month" is."""
    con = humandb.connect(":memory:", sla="instant", exact=True, show=False, sound=False, clock=FakeClock(TODAY))
    con.execute("CREATE TABLE sales (sale_id INTEGER PRIMARY KEY, sold_on TEXT, amount REAL)")
    con.executemany("INSERT INTO sales VALUES (?, ?, ?)",
                    [(n, f"2026-{1 + n % 11:02d}-{1 + n % 28:02d}", 10.0 + n) for n in range(1, 60)])
    expected = con.execute("SELECT SUM(amount) FROM sales WHERE sold_on >= '2026-11-01'").fetchall()
    cursor = con.execute("sales this month")
    assert cursor.fetchall() == expected, cursor.messages[-1][1]
    con.close()


def test_the_most_expensive_is_a_price_of_its_own() -> None:
    """"The most expensive plant kind" where only the sales have prices: Dave says the kinds have no price of
    their own rather than rank them by what their sales added up to."""
    con = humandb.connect(":memory:", sla="instant", exact=True, show=False, sound=False, clock=FakeClock(TODAY))
    con.execute("CREATE TABLE kinds (kind_id INTEGER PRIMARY KEY, kind_name TEXT)")
    con.execute("CREATE TABLE sales (sale_id INTEGER PRIMARY KEY, kind_id INTEGER REFERENCES kinds (kind_id), "
                "price REAL, sold_on TEXT)")
    con.executemany("INSERT INTO kinds VALUES (?, ?)", [(1, "shrub"), (2, "annual"), (3, "bulb")])
    con.executemany("INSERT INTO sales VALUES (?, ?, ?, ?)",
                    [(n, 1 + n % 3, 2.0 + n % 7, f"2026-0{1 + n % 9}-02") for n in range(1, 40)])
    with pytest.raises(humandb.Error, match="kinds themselves"):
        con.execute("what's the most expensive kind")
    assert con.execute("SELECT COUNT(*) FROM kinds").fetchone() == (3,)
    con.close()


def test_do_we_sell_any_asks_about_the_catalogue(nursery: Pair) -> None:
    con, _ = nursery
    cursor = con.execute("do we sell any annuals")
    assert cursor.fetchall() == [("yes",)], cursor.messages[-1][1]
