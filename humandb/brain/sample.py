"""Dave's sample company: employees, customers, products and orders, seeded and a little messy.

`build` writes the company into an empty connection: the same seed and scale always give the same
rows. Faker only names people; everything else comes from one ``random.Random``, drawn a column at a
time where it can be, so a build takes a fraction of a second (scale 100, 1.8 million orders: several
seconds). Built once, it is kept on disk (see sample_cache.py), so a new ``":dave:"`` connection costs
a few milliseconds and never imports Faker.

The data carries planted oddities for Dave to notice: one order from 1987, three orders with a
negative quantity, two customers sharing one email, and a few employees whose salary is NULL.

>>> import sqlite3
>>> con = sqlite3.connect(":memory:")
>>> build(con)  # or sample_cache.open_sample(con): the same rows, copied from the cache
>>> con.execute("SELECT title, department FROM employees WHERE name LIKE 'Dave %'").fetchone()
('Senior Data Analyst', 'Data')
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import itertools
import math
import random
import re
import sqlite3
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from humandb.brain import facts

__all__ = ["SAMPLE_FORMAT", "SAMPLE_SEED", "build", "check"]

SAMPLE_SEED: int = 2024
SAMPLE_FORMAT: int = 2  # bump whenever build() or facts.oddities changes its output: stale files are not reused

Row = tuple[Any, ...]

SCHEMA = (
    "CREATE TABLE employees (id INTEGER PRIMARY KEY, name TEXT, email TEXT, department TEXT, title TEXT, "
    "salary INTEGER, hired_on DATE, birthday DATE, manager_id INTEGER)",
    "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT, email TEXT, city TEXT, country TEXT, "
    "signed_up_on DATE)",
    "CREATE TABLE products (id INTEGER PRIMARY KEY, name TEXT, category TEXT, price REAL)",
    "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, product_id INTEGER, "
    "quantity INTEGER, amount REAL, status TEXT, ordered_at TIMESTAMP)",
)

# Fixed calendar: the company's history never depends on the day the sample is built.
FIRST_ORDER_DAY = date(2022, 1, 1).toordinal()
LAST_ORDER_DAY = date(2026, 10, 31).toordinal()
FIRST_SIGNUP_DAY = date(2021, 3, 1).toordinal()
ORDERS = 18_000
CUSTOMERS = 2_000
PRODUCTS = 120
ENGINEERING_AVERAGE = 87_000  # Dave's favourite demo answer is "somewhere around $87,000"
COMPANY_DOMAIN = "dunmore-supply.example"


# -- the people -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Role:
    title: str
    low: int
    high: int
    weight: int = 1


@dataclass(frozen=True)
class _Department:
    name: str
    headcount: int
    head: _Role
    lead: _Role
    staff: tuple[_Role, ...]


R = _Role
DEPARTMENTS = (
    _Department("Engineering", 70,
        R("VP of Engineering", 175_000, 195_000), R("Engineering Manager", 130_000, 148_000), (
        R("Staff Engineer", 118_000, 135_000, 1), R("Senior Software Engineer", 95_000, 112_000, 4),
        R("Software Engineer", 72_000, 90_000, 6), R("Junior Software Engineer", 56_000, 66_000, 2),
        R("QA Engineer", 60_000, 76_000, 2), R("DevOps Engineer", 82_000, 100_000, 2))),
    _Department("Sales", 45,
        R("Head of Sales", 150_000, 170_000), R("Sales Manager", 95_000, 115_000), (
        R("Senior Account Executive", 75_000, 90_000, 3), R("Account Executive", 58_000, 72_000, 5),
        R("Sales Development Representative", 45_000, 55_000, 4),
        R("Sales Operations Analyst", 60_000, 72_000, 1))),
    _Department("Marketing", 25,
        R("Head of Marketing", 140_000, 160_000), R("Marketing Manager", 88_000, 102_000), (
        R("Marketing Specialist", 55_000, 68_000, 3), R("Content Writer", 50_000, 62_000, 2),
        R("Graphic Designer", 55_000, 70_000, 2), R("SEO Specialist", 58_000, 70_000, 1))),
    _Department("Finance", 18,
        R("Head of Finance", 150_000, 170_000), R("Finance Manager", 98_000, 112_000), (
        R("Accountant", 58_000, 70_000, 3), R("Financial Analyst", 65_000, 80_000, 2),
        R("Payroll Specialist", 52_000, 62_000, 1))),
    _Department("Support", 40,
        R("Head of Support", 120_000, 135_000), R("Support Team Lead", 68_000, 78_000), (
        R("Support Specialist", 42_000, 50_000, 5), R("Senior Support Specialist", 50_000, 58_000, 2),
        R("Technical Support Engineer", 55_000, 68_000, 2))),
    _Department("Operations", 22,
        R("Head of Operations", 135_000, 150_000), R("Operations Manager", 85_000, 98_000), (
        R("Operations Analyst", 58_000, 70_000, 2), R("Logistics Coordinator", 48_000, 58_000, 3),
        R("Procurement Specialist", 52_000, 64_000, 2), R("Office Manager", 50_000, 60_000, 1))),
    _Department("Data", 20,
        R("Head of Data", 155_000, 172_000), R("Analytics Manager", 112_000, 125_000), (
        R("Data Analyst", 62_000, 75_000, 4), R("Junior Data Analyst", 50_000, 58_000, 2),
        R("Data Engineer", 85_000, 102_000, 2), R("Data Scientist", 90_000, 108_000, 2),
        R("Analytics Engineer", 80_000, 95_000, 1))),
)  # fmt: skip

# The two people the jokes rely on: placed in their departments by name, the rest of the staff is drawn.
DAVE = ("Data", "Dave", R("Senior Data Analyst", 80_000, 88_000))
GARY = ("Finance", "Gary", R("Senior Accountant", 68_000, 78_000))
NULL_SALARIES = 4  # one of them in Engineering, so AVG(salary) and SUM/COUNT(*) disagree there


@dataclass
class _Employee:
    name: str
    email: str
    department: str
    title: str
    salary: int | None
    hired_on: int
    birthday: int
    manager: int | None  # index into the hiring list; ids come later, in order of hiring


class _Names:
    """Pools of Faker names, combined by the seeded random source (Faker is slow one name at a time)."""

    def __init__(self, seed: int) -> None:
        from faker import Faker  # imported here: loading the cached sample must not pay for Faker

        fake = Faker("en_US")
        fake.seed_instance(seed)
        # Dave and Gary are unique on purpose; no stranger may share their first names.
        firsts = dict.fromkeys(fake.first_name() for _ in range(260))
        self.firsts = [name for name in firsts if not name.startswith(("Dave", "Gary"))]
        self.lasts = list(dict.fromkeys(fake.last_name() for _ in range(260)))
        self.emails: set[str] = set()

    def colleague(self, rng: random.Random, first: str | None = None) -> tuple[str, str]:
        """A new employee's name and company email, both unused so far."""
        while True:
            given = first or rng.choice(self.firsts)
            surname = rng.choice(self.lasts)
            email = f"{_slug(given)}.{_slug(surname)}@{COMPANY_DOMAIN}"
            if email not in self.emails:
                self.emails.add(email)
                return f"{given} {surname}", email

    def customer(self, rng: random.Random) -> tuple[str, str]:
        """A customer's name and private email; customers may share names, never (by chance) emails."""
        given, surname = rng.choice(self.firsts), rng.choice(self.lasts)
        local = rng.choice(_EMAIL_STYLES).format(f=_slug(given), l=_slug(surname))
        domain = rng.choices(_EMAIL_DOMAINS, cum_weights=_EMAIL_DOMAIN_WEIGHTS)[0]
        email = f"{local}@{domain}"
        while email in self.emails:
            email = f"{local}{rng.randrange(10, 1000)}@{domain}"
        self.emails.add(email)
        return f"{given} {surname}", email


@functools.lru_cache(maxsize=1024)  # a few hundred names, slugged again for every one of 200,000 customers at scale 100
def _slug(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


def _employees(rng: random.Random, names: _Names) -> list[Row]:
    hires: list[_Employee] = []
    for department in DEPARTMENTS:
        _hire_department(rng, names, department, hires)
    _lose_salaries(rng, hires)
    _settle_engineering_pay(hires)
    return _employee_rows(hires)


def _hire_department(
    rng: random.Random, names: _Names, department: _Department, hires: list[_Employee]
) -> None:
    def hire(role: _Role, manager: int | None, years: tuple[int, int], first: str | None = None) -> int:
        name, email = names.colleague(rng, first)
        hired_on = rng.randint(date(years[0], 1, 1).toordinal(), date(years[1], 6, 30).toordinal())
        age_at_hire = rng.randint(22 * 365, (30 if manager is None else 40) * 365 + 364)
        salary = round(rng.randint(role.low, role.high) / 500) * 500
        hires.append(_Employee(name, email, department.name, role.title, salary, hired_on,
                               hired_on - age_at_hire, manager))  # fmt: skip
        return len(hires) - 1

    # Heads were hired first and staff most recently, so ids (in order of hiring) read like a history.
    head = hire(department.head, None, (2010, 2018))
    leads = [hire(department.lead, head, (2012, 2022)) for _ in range(max(1, department.headcount // 10))]
    staff_count = department.headcount - 1 - len(leads)
    for special_department, first, role in (DAVE, GARY):
        if special_department == department.name:
            hire(role, rng.choice(leads), (2014, 2017), first)  # veterans: they have seen things
            staff_count -= 1
    weights = [role.weight for role in department.staff]
    for role in rng.choices(department.staff, weights, k=staff_count):
        hire(role, rng.choice(leads), (2014, 2026))


def _lose_salaries(rng: random.Random, hires: list[_Employee]) -> None:
    """Payroll forgot a few people (never Dave or Gary, whose salaries are part of the story)."""
    spared = ("Dave ", "Gary ")
    candidates = [hire for hire in hires if hire.manager is not None and not hire.name.startswith(spared)]
    engineers = [hire for hire in candidates if hire.department == "Engineering"]
    others = [hire for hire in candidates if hire.department != "Engineering"]
    for hire in [rng.choice(engineers), *rng.sample(others, NULL_SALARIES - 1)]:
        hire.salary = None


def _settle_engineering_pay(hires: list[_Employee]) -> None:
    # Shift every engineer by the same round amount: the ranking stays, the average lands on the demo's
    # number whatever the seed, and salaries stay multiples of 500.
    engineers = [hire for hire in hires if hire.department == "Engineering" and hire.salary is not None]
    average = sum(hire.salary or 0 for hire in engineers) / len(engineers)
    shift = round((ENGINEERING_AVERAGE - average) / 500) * 500
    for hire in engineers:
        hire.salary = (hire.salary or 0) + shift


def _employee_rows(hires: list[_Employee]) -> list[Row]:
    # Ids follow the hiring date, like a real HR system's; managers are resolved after numbering.
    order = sorted(range(len(hires)), key=lambda index: hires[index].hired_on)
    ids = {index: position for position, index in enumerate(order, 1)}
    rows: list[Row] = []
    for index in order:
        hire = hires[index]
        manager_id = None if hire.manager is None else ids[hire.manager]
        rows.append((ids[index], hire.name, hire.email, hire.department, hire.title, hire.salary,
                     _day(hire.hired_on), _day(hire.birthday), manager_id))  # fmt: skip
    return rows


# -- the customers ----------------------------------------------------------------------------

_EMAIL_STYLES = ("{f}.{l}", "{f}{l}", "{f}_{l}", "{l}.{f}", "{f}")
_EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "proton.me")
_EMAIL_DOMAIN_WEIGHTS = tuple(itertools.accumulate((45, 15, 15, 10, 10, 5)))

CITIES = (
    ("New York", "United States", 14), ("Los Angeles", "United States", 9), ("Chicago", "United States", 7),
    ("Houston", "United States", 5), ("Seattle", "United States", 5), ("Austin", "United States", 4),
    ("Boston", "United States", 4), ("Denver", "United States", 4), ("Atlanta", "United States", 4),
    ("Portland", "United States", 3), ("Minneapolis", "United States", 3), ("Scranton", "United States", 2),
    ("Toronto", "Canada", 5), ("Vancouver", "Canada", 3), ("Montreal", "Canada", 3),
    ("London", "United Kingdom", 7), ("Manchester", "United Kingdom", 3), ("Edinburgh", "United Kingdom", 2),
    ("Berlin", "Germany", 4), ("Munich", "Germany", 3), ("Hamburg", "Germany", 2),
    ("Paris", "France", 4), ("Lyon", "France", 2), ("Amsterdam", "Netherlands", 3),
    ("Dublin", "Ireland", 2), ("Sydney", "Australia", 3), ("Melbourne", "Australia", 3),
)  # fmt: skip


def _customers(rng: random.Random, names: _Names, count: int) -> tuple[list[Row], list[int]]:
    """Customer rows (ids in order of sign-up) and their sign-up days, for picking who ordered when."""
    signups = sorted(rng.randint(FIRST_SIGNUP_DAY, LAST_ORDER_DAY) for _ in range(count))
    places = rng.choices(CITIES, weights=[weight for _, _, weight in CITIES], k=count)
    rows: list[Row] = []
    for number, (day, (city, country, _)) in enumerate(zip(signups, places, strict=True), 1):
        name, email = names.customer(rng)
        rows.append((number, name, email, city, country, _day(day)))
    # Planted: someone signed up twice with the same email (and the same name, as people do).
    first, again = sorted(rng.sample(range(count), 2))
    rows[again] = (rows[again][0], rows[first][1], rows[first][2], *rows[again][3:])
    return rows, signups


# -- the catalogue ----------------------------------------------------------------------------

# Each product is a noun at its own base price, dressed up (or down) by an adjective.
CATEGORIES = {
    "Office Supplies": {"Stapler": 12, "Notebook": 6, "Pen Set": 9, "Sticky Notes": 4, "Desk Organizer": 18,
                        "Whiteboard": 45, "Paper Shredder": 60, "Label Maker": 35, "Ledger Pad": 7},
    "Electronics": {"Headphones": 80, "Webcam": 60, "Keyboard": 50, "Mouse": 25, "USB Hub": 30,
                    "Monitor": 250, "Charger": 20, "Speaker": 70, "Desk Lamp": 40},
    "Furniture": {"Office Chair": 220, "Standing Desk": 450, "Bookshelf": 150, "Footrest": 40,
                  "Filing Cabinet": 130, "Monitor Stand": 45, "Side Table": 90},
    "Kitchen": {"Coffee Mug": 10, "Kettle": 35, "French Press": 28, "Water Bottle": 18, "Lunch Box": 15,
                "Coffee Grinder": 45, "Snack Jar": 12, "Thermos": 25},
    "Wellness": {"Yoga Mat": 30, "Stress Ball": 5, "Desk Plant": 20, "Foam Roller": 25, "Eye Mask": 9,
                 "Wrist Rest": 14, "Balance Board": 60},
}  # fmt: skip
ADJECTIVES = {
    "Classic": 1.0, "Ergonomic": 1.3, "Deluxe": 1.5, "Compact": 0.8, "Premium": 1.7, "Everyday": 0.9,
    "Pro": 1.4, "Eco": 1.1, "Mini": 0.6, "Heavy-Duty": 1.5, "Quiet": 1.2, "Executive": 2.0,
    "Travel": 0.85, "Smart": 1.6, "Vintage": 1.25, "Budget": 0.55,
}  # fmt: skip


def _products(rng: random.Random) -> list[Row]:
    rows: list[Row] = []
    per_category = PRODUCTS // len(CATEGORIES)
    for category, nouns in CATEGORIES.items():
        pairs = rng.sample([(adjective, noun) for adjective in ADJECTIVES for noun in nouns], per_category)
        for adjective, noun in pairs:
            # Shop prices end in .99; the jitter keeps two "Deluxe" things from costing the same multiple.
            price = round(nouns[noun] * ADJECTIVES[adjective] * rng.uniform(0.85, 1.15)) - 0.01
            rows.append((len(rows) + 1, f"{adjective} {noun}", category, round(max(price, 0.99), 2)))
    return rows


# -- the orders -------------------------------------------------------------------------------

_SEASON = {11: 1.3, 12: 1.6, 1: 0.8, 2: 0.85}  # the November rush, the December peak, the January lull
_HOUR_WEIGHTS = (1, 1, 1, 1, 1, 1, 2, 3, 5, 7, 8, 8, 9, 8, 8, 7, 7, 7, 8, 8, 7, 5, 3, 2)
_QUANTITIES, _QUANTITY_WEIGHTS = (1, 2, 3, 4, 5, 10), (60, 20, 9, 5, 4, 2)
# Status depends on how long ago the order was placed (days before the last day of the history).
# Weights are out of 1000 and cumulative, so one rng.random() picks a status (18,000 choices() are slow).
_STATUSES = (
    (3, ("pending", "shipped", "cancelled"), (600, 950, 1000)),
    (14, ("pending", "shipped", "delivered", "cancelled"), (50, 500, 950, 1000)),
    (math.inf, ("delivered", "returned", "cancelled", "shipped", "pending"), (880, 930, 985, 995, 1000)),
)


def _day_weight(ordinal: int) -> float:
    day = date.fromordinal(ordinal)
    growth = 1.0 + 2.0 * (ordinal - FIRST_ORDER_DAY) / (LAST_ORDER_DAY - FIRST_ORDER_DAY)
    return growth * _SEASON.get(day.month, 1.0) * (0.75 if day.weekday() >= 5 else 1.0)


@functools.cache
def _cumulative_day_weights() -> list[float]:
    return list(itertools.accumulate(map(_day_weight, range(FIRST_ORDER_DAY, LAST_ORDER_DAY + 1))))


def _orders(rng: random.Random, signups: Sequence[int], prices: Sequence[float], count: int) -> Iterator[Row]:
    """The order rows in id order. Everything is drawn now; the rows themselves are made as they are
    inserted, so 1.8 million of them never sit in memory at once.

    Columns are drawn whole with ``choices``; the per-order loop draws the rest straight from the
    generator, in the order a plain per-row loop calling ``randrange`` and ``random`` would (tests/
    test_scale.py holds that loop), so every scale keeps the company it always had.
    """
    days = list(range(FIRST_ORDER_DAY, LAST_ORDER_DAY + 1))  # a list: the drawn days share its int objects
    chosen_days = sorted(rng.choices(days, cum_weights=_cumulative_day_weights(), k=count))
    popularity = list(itertools.accumulate(rng.random() ** 2 + 0.05 for _ in prices))
    products = rng.choices(range(len(prices)), cum_weights=popularity, k=count)
    quantities = rng.choices(_QUANTITIES, _QUANTITY_WEIGHTS, k=count)
    hours = rng.choices(range(24), _HOUR_WEIGHTS, k=count)
    customers, statuses, moments = _order_details(rng, signups, chosen_days, hours)
    del chosen_days, hours
    # Ids follow time, as a real order system's do; times within one day were drawn unsorted. A moment
    # carries its draw's index in its low bits, so sorting plain ints is a stable sort by time.
    moments.sort()
    planted = _planted_order_oddities(rng, count)
    amounts = [[round(quantity * price, 2) for quantity in range(max(_QUANTITIES) + 1)] for price in prices]
    return _order_rows(moments, customers, products, quantities, amounts, statuses, planted)


def _order_rows(
    moments: list[int], customers: array[int], products: Sequence[int], quantities: Sequence[int],
    amounts: Sequence[Sequence[float]], statuses: Sequence[str], planted: dict[int, Callable[[Row], Row]],
) -> Iterator[Row]:
    shift = len(moments).bit_length()
    mask = (1 << shift) - 1
    day_names = [_day(day) + " " for day in range(FIRST_ORDER_DAY, LAST_ORDER_DAY + 1)]
    clock_names = [f"{hour:02d}:{minute:02d}:{second:02d}" for hour in range(24) for minute in range(60)
                   for second in range(60)]  # fmt: skip
    for number, moment in enumerate(moments, 1):
        draw = moment & mask
        day, second = divmod(moment >> shift, 86_400)
        product, quantity = products[draw], quantities[draw]
        row = (number, customers[draw], product + 1, quantity, amounts[product][quantity], statuses[draw],
               day_names[day] + clock_names[second])  # fmt: skip
        yield row if number not in planted else planted[number](row)


def _order_details(
    rng: random.Random, signups: Sequence[int], chosen_days: Sequence[int], hours: Sequence[int]
) -> tuple[array[int], list[str], list[int]]:
    """Per order, in draw order: the customer, the status, and the moment as a sortable int (see _orders)."""
    getrandbits, draw_float = rng.getrandbits, rng.random
    shift = len(chosen_days).bit_length()
    customers: array[int] = array("q")
    statuses: list[str] = []
    moments: list[int] = []
    add_customer, add_status, add_moment = customers.append, statuses.append, moments.append
    draw = 0
    # The days are sorted: everything that depends on the day alone is worked out once per day.
    for day, orders in itertools.groupby(chosen_days):
        # Only customers who had signed up by then can order; older customers come back more often.
        known = max(1, bisect.bisect_right(signups, day))
        by_mille = _statuses_by_age(LAST_ORDER_DAY - day)
        midnight = (day - FIRST_ORDER_DAY) * 86_400
        for _ in orders:
            # rng.randrange(3600), unrolled: 12 random bits, drawn again until they fall below 3600.
            clock = getrandbits(12)
            while clock >= 3600:
                clock = getrandbits(12)
            add_customer(int(known * draw_float() ** 1.3) + 1)
            add_status(by_mille[int(draw_float() * 1000)])
            add_moment(((midnight + hours[draw] * 3600 + clock) << shift) | draw)
            draw += 1
    return customers, statuses, moments


@functools.cache
def _status_tables() -> tuple[tuple[float, tuple[str, ...]], ...]:
    """Per bracket of age: the oldest age it covers, and the status for each whole per-mille of a draw
    (the thresholds are whole numbers, so flooring the draw picks what bisecting it would)."""
    return tuple((oldest, tuple(statuses[bisect.bisect_right(thresholds, mille)] for mille in range(1000)))
                 for oldest, statuses, thresholds in _STATUSES)  # fmt: skip


def _statuses_by_age(age: int) -> tuple[str, ...]:
    return next(table for oldest, table in _status_tables() if age <= oldest)


def _planted_order_oddities(rng: random.Random, count: int) -> dict[int, Callable[[Row], Row]]:
    """Order id → how that order is spoiled."""
    typo, *negatives = rng.sample(range(count), 4)
    planted: dict[int, Callable[[Row], Row]] = {number + 1: _returned for number in negatives}
    planted[typo + 1] = _mistyped
    return planted


def _mistyped(row: Row) -> Row:
    # One order typed with the wrong year (keeping the id, which gives it away); 29 February had no 1987.
    moment = str(row[6]).replace("-02-29", "-02-28")
    return (*row[:6], "1987" + moment[4:])


def _returned(row: Row) -> Row:
    # Returns keyed in as negative orders.
    number, customer, product, quantity, amount, status, moment = row
    return (number, customer, product, -quantity, -amount, status, moment)


def _day(ordinal: int) -> str:
    return date.fromordinal(ordinal).isoformat()


# -- building ---------------------------------------------------------------------


def build(con: sqlite3.Connection, *, seed: int = SAMPLE_SEED, scale: float = 1.0) -> None:
    """Create and fill the sample tables in `con` (which is empty), with what Dave notices in them. Commits.

    `scale` multiplies the customers and the orders (scale 100: 200,000 and 1.8 million); the staff,
    the catalogue and the planted oddities stay as they are. The oddities of every table are worked
    out once here and kept in the ``humandb_facts`` table (see facts.remember), so a fresh brain at
    any scale makes its first remark without scanning the data.
    """
    check(seed, scale)
    rng = random.Random(seed)
    names = _Names(seed)
    # Staff and catalogue are drawn before anything scale touches, so every scale shares them.
    employees = _employees(rng, names)
    products = _products(rng)
    customers, signups = _customers(rng, names, max(2, round(CUSTOMERS * scale)))
    orders = _orders(rng, signups, [float(row[3]) for row in products], max(4, round(ORDERS * scale)))
    tables: tuple[tuple[str, Iterable[Row]], ...] = (
        ("employees", employees), ("customers", customers), ("products", products), ("orders", orders))
    with _transaction(con):
        for statement in SCHEMA:
            con.execute(statement)
        for table, rows in tables:
            marks = ", ".join("?" * len(con.execute(f"PRAGMA table_info({table})").fetchall()))
            con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
        facts.remember(con, [table for table, _ in tables])


@contextlib.contextmanager
def _transaction(con: sqlite3.Connection) -> Iterator[None]:
    # Explicit BEGIN: the store's connections run in autocommit mode, and one transaction is what
    # makes a bulk insert fast.
    if not con.in_transaction:
        con.execute("BEGIN")
    try:
        yield
    except BaseException:
        con.rollback()
        raise
    con.commit()


def check(seed: int, scale: float) -> None:
    """Refuse a seed or scale no sample can be built with."""
    if not isinstance(seed, int):
        raise TypeError(f"the sample seed must be an int, not {seed!r}")
    if not (math.isfinite(scale) and scale > 0):
        raise ValueError(f"the sample scale must be a positive number, not {scale!r}")
