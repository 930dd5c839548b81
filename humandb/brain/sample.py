"""Dave's sample company: employees, customers, products and orders, seeded and a little messy.

`build` writes the company into an empty connection: the same seed and scale always give the same
rows. Faker only names people; everything else comes from one ``random.Random``, so a build takes a
fraction of a second. `cached_sample` keeps one built file per (format, seed, scale) in the cache
directory and `open_sample` copies it into a connection with SQLite's backup API, so a new ``":dave:"``
connection costs a few milliseconds and never imports Faker.

The data carries planted oddities for Dave to notice: one order from 1987, three orders with a
negative quantity, two customers sharing one email, and a few employees whose salary is NULL.

>>> import sqlite3
>>> con = sqlite3.connect(":memory:")
>>> build(con)  # or open_sample(con): the same rows, copied from the cache
>>> con.execute("SELECT title, department FROM employees WHERE name LIKE 'Dave %'").fetchone()
('Senior Data Analyst', 'Data')
"""

from __future__ import annotations

import atexit
import bisect
import contextlib
import functools
import itertools
import math
import os
import random
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

__all__ = ["SAMPLE_FORMAT", "SAMPLE_SEED", "build", "cache_dir", "cached_sample", "open_sample"]

SAMPLE_SEED: int = 2024
SAMPLE_FORMAT: int = 1  # bump whenever build() changes its output, so stale cache files are not reused

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


def _orders(rng: random.Random, signups: Sequence[int], prices: Sequence[float], count: int) -> list[Row]:
    days = range(FIRST_ORDER_DAY, LAST_ORDER_DAY + 1)
    chosen_days = sorted(rng.choices(days, cum_weights=_cumulative_day_weights(), k=count))
    popularity = list(itertools.accumulate(rng.random() ** 2 + 0.05 for _ in prices))
    products = rng.choices(range(len(prices)), cum_weights=popularity, k=count)
    quantities = rng.choices(_QUANTITIES, _QUANTITY_WEIGHTS, k=count)
    hours = rng.choices(range(24), _HOUR_WEIGHTS, k=count)
    rows: list[Row] = []
    for day, product, quantity, hour in zip(chosen_days, products, quantities, hours, strict=True):
        minute, second = divmod(rng.randrange(3600), 60)
        moment = f"{_day(day)} {hour:02d}:{minute:02d}:{second:02d}"
        customer, status = _customer_on(rng, signups, day), _status(rng, LAST_ORDER_DAY - day)
        rows.append((customer, product + 1, quantity, round(quantity * prices[product], 2), status, moment))
    # Ids follow time, as a real order system's do; times within one day were drawn unsorted.
    rows.sort(key=lambda row: str(row[5]))
    return _plant_order_oddities(rng, [(number, *row) for number, row in enumerate(rows, 1)])


def _customer_on(rng: random.Random, signups: Sequence[int], day: int) -> int:
    # Only customers who had signed up by then can order; older customers come back more often.
    known = max(1, bisect.bisect_right(signups, day))
    return int(known * rng.random() ** 1.3) + 1


def _status(rng: random.Random, age: int) -> str:
    _, statuses, thresholds = next(bracket for bracket in _STATUSES if age <= bracket[0])
    return statuses[bisect.bisect_right(thresholds, rng.random() * 1000)]


def _plant_order_oddities(rng: random.Random, rows: list[Row]) -> list[Row]:
    typo, *negatives = rng.sample(range(len(rows)), 4)
    # One order typed with the wrong year (keeping the id, which gives it away); 29 February had no 1987.
    moment = str(rows[typo][6]).replace("-02-29", "-02-28")
    rows[typo] = (*rows[typo][:6], "1987" + moment[4:])
    for index in negatives:  # returns keyed in as negative orders
        number, customer, product, quantity, amount, status, moment = rows[index]
        rows[index] = (number, customer, product, -quantity, -amount, status, moment)
    return rows


def _day(ordinal: int) -> str:
    return date.fromordinal(ordinal).isoformat()


# -- building and caching ---------------------------------------------------------------------


def build(con: sqlite3.Connection, *, seed: int = SAMPLE_SEED, scale: float = 1.0) -> None:
    """Create and fill the sample tables in `con` (which is empty). Commits.

    `scale` multiplies the customers and the orders; the staff, the catalogue and the planted
    oddities stay as they are.
    """
    _check(seed, scale)
    rng = random.Random(seed)
    names = _Names(seed)
    # Staff and catalogue are drawn before anything scale touches, so every scale shares them.
    employees = _employees(rng, names)
    products = _products(rng)
    customers, signups = _customers(rng, names, max(2, round(CUSTOMERS * scale)))
    orders = _orders(rng, signups, [float(row[3]) for row in products], max(4, round(ORDERS * scale)))
    with _transaction(con):
        for statement in SCHEMA:
            con.execute(statement)
        for table, rows in (("employees", employees), ("customers", customers),
                            ("products", products), ("orders", orders)):  # fmt: skip
            marks = ", ".join("?" * len(rows[0]))
            con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)


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


def _check(seed: int, scale: float) -> None:
    if not isinstance(seed, int):
        raise TypeError(f"the sample seed must be an int, not {seed!r}")
    if not (math.isfinite(scale) and scale > 0):
        raise ValueError(f"the sample scale must be a positive number, not {scale!r}")


def cache_dir() -> Path:
    """HUMANDB_CACHE_DIR if set, else $XDG_CACHE_HOME/humandb, else ~/.cache/humandb (created on demand).

    A directory that cannot be created is still returned; `cached_sample` then builds elsewhere.
    """
    configured = os.environ.get("HUMANDB_CACHE_DIR")
    if configured:
        path = Path(configured).expanduser()
    else:
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        # The XDG spec says a relative XDG_CACHE_HOME is invalid and must be ignored.
        path = (Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache") / "humandb"
    with contextlib.suppress(OSError):
        path.mkdir(parents=True, exist_ok=True)
    return path


def cached_sample(*, seed: int = SAMPLE_SEED, scale: float = 1.0) -> Path:
    """The path of a database file holding the built sample, building it if it is missing.

    Files are keyed by `SAMPLE_FORMAT`, seed and scale. A build goes to a temporary file in the same
    directory and is renamed into place, so processes building at once are safe and nobody ever
    sees half a file. If the cache directory is not writable, the sample is built in a private
    temporary directory that lives as long as the process.
    """
    _check(seed, scale)
    from humandb import __version__

    # The package version is in the key too: an upgrade never reuses a sample an older build() made.
    name = f"sample-{__version__}-v{SAMPLE_FORMAT}-seed{seed}-scale{float(scale)!r}.sqlite"
    path = cache_dir() / name
    if path.exists():
        return path
    try:
        return _build_file(path, seed, scale)
    except (OSError, sqlite3.OperationalError):
        if path.exists():  # another process won the race (and Windows refused our rename)
            return path
    fallback = _private_temp_dir() / name
    return fallback if fallback.exists() else _build_file(fallback, seed, scale)


def _build_file(path: Path, seed: int, scale: float) -> Path:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
    os.close(handle)
    try:
        con = sqlite3.connect(temporary)
        try:
            build(con, seed=seed, scale=scale)
        finally:
            con.close()
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return path


@functools.lru_cache(maxsize=1)
def _private_temp_dir() -> Path:
    path = tempfile.mkdtemp(prefix="humandb-sample-")
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return Path(path)


def open_sample(target: sqlite3.Connection, *, seed: int = SAMPLE_SEED, scale: float = 1.0) -> None:
    """Copy the cached sample into `target` (e.g. an in-memory connection) with the SQLite backup API."""
    path = cached_sample(seed=seed, scale=scale)
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        source.backup(target)
    finally:
        source.close()
