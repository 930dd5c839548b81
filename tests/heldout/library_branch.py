"""A public library network: branches, staff (with supervisors), patrons, authors, items, loans, holds, fines.

Written blind, like the rest of the held-out corpus: by someone who has not read the English reader or the
other sets. The shapes vary on purpose: `loans` declares its foreign keys, `holds` and `fines` carry bare
``*_id`` columns, `items` is camelCase (``itemId``, ``authorId``, ``replacementCost``), `loans` keeps its
dates as ISO TEXT while `patrons`, `staff` and `branches` declare DATE columns. Branch 8 (Harbor Point)
opened in October 2026 and has lent nothing yet.
"""

from __future__ import annotations

import bisect
import datetime
import itertools
import random
from typing import Any

from .common import FIRST_DAY, LAST_DAY, TODAY, Case, create, insert, iso, money, random_day

SEED = 20261118

SCHEMA = (
    """CREATE TABLE branches (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        city TEXT NOT NULL,
        opened_on DATE,
        phone TEXT
    )""",
    """CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        first_name TEXT NOT NULL,
        last_name TEXT NOT NULL,
        role TEXT NOT NULL,
        branch_id INTEGER REFERENCES branches (id),
        supervisor_id INTEGER REFERENCES staff (id),
        hired_on DATE,
        salary REAL
    )""",
    """CREATE TABLE patrons (
        id INTEGER PRIMARY KEY,
        first_name TEXT NOT NULL,
        last_name TEXT NOT NULL,
        email TEXT,
        city TEXT,
        date_of_birth DATE,
        signup_date DATE NOT NULL,
        membership TEXT NOT NULL,
        home_branch_id INTEGER REFERENCES branches (id)
    )""",
    """CREATE TABLE authors (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        country TEXT,
        born INTEGER
    )""",
    """CREATE TABLE items (
        itemId INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        authorId INTEGER,
        itemType TEXT NOT NULL,
        genre TEXT,
        publishedYear INTEGER,
        branchId INTEGER,
        replacementCost REAL,
        acquiredOn TEXT
    )""",
    """CREATE TABLE loans (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES items (itemId),
        patron_id INTEGER NOT NULL REFERENCES patrons (id),
        branch_id INTEGER REFERENCES branches (id),
        loaned_on TEXT NOT NULL,
        due_on TEXT NOT NULL,
        returned_on TEXT,
        renewals INTEGER NOT NULL
    )""",
    """CREATE TABLE holds (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL,
        patron_id INTEGER NOT NULL,
        placed_at TEXT NOT NULL,
        status TEXT NOT NULL,
        pickup_branch_id INTEGER
    )""",
    """CREATE TABLE fines (
        id INTEGER PRIMARY KEY,
        loan_id INTEGER,
        patron_id INTEGER NOT NULL,
        amount REAL NOT NULL,
        reason TEXT NOT NULL,
        issued_on TEXT NOT NULL,
        paid INTEGER NOT NULL,
        paid_on TEXT
    )""",
)

BRANCHES = (
    (1, "Central", "Riverton", "2001-05-12", "555-0100"),
    (2, "Eastside", "Riverton", "2008-09-01", "555-0142"),
    (3, "Ashford", "Ashford", "1998-03-20", None),
    (4, "Millbrook", "Millbrook", "2012-06-15", "555-0177"),
    (5, "Northgate", "Riverton", "2015-01-10", None),
    (6, "Kessington", "Kessington", "2005-11-02", "555-0190"),
    (7, "Lowmoor", "Lowmoor", "2019-04-27", "555-0123"),
    (8, "Harbor Point", "Ashford", "2026-10-05", None),
)
ACTIVE_BRANCHES = (1, 2, 3, 4, 5, 6, 7)
CITY_BRANCHES = {"Riverton": (1, 2, 5), "Ashford": (3,), "Millbrook": (4,), "Kessington": (6,), "Lowmoor": (7,)}
PATRON_CITIES = (("Riverton", 40), ("Ashford", 14), ("Millbrook", 13), ("Kessington", 12), ("Lowmoor", 9),
                 ("Fenwick", 7), ("Dunmore", 5))  # fmt: skip

FIRST_NAMES = (
    "Ana", "Ben", "Carla", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemi", "Liam", "Maya",
    "Nikhil", "Olga", "Pablo", "Quinn", "Rosa", "Samir", "Tessa", "Umar", "Vera", "Wes", "Ximena", "Yusuf", "Zoe",
    "Arjun", "Bianca", "Colin", "Dana", "Emeka", "Freya", "Gus", "Hannah", "Ivan", "June", "Kofi", "Lena",
)  # fmt: skip
LAST_NAMES = (
    "Silva", "Okafor", "Novak", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Kowalski", "Brennan", "Achterberg",
    "Mensah", "Rossi", "Petrov", "Quispe", "Delacroix", "Fitzgerald", "Gupta", "Hale", "Ibarra", "Jensen",
    "Kaplan", "Larsen", "Mbeki", "Nakamura", "Ortega", "Park", "Reyes", "Sato", "Thornton", "Underwood",
)  # fmt: skip

AUTHOR_FIRST = (
    "Margaret", "Thomas", "Ingrid", "Rafael", "Chen", "Amara", "Desmond", "Lucia", "Oskar", "Priya", "Harold",
    "Simone", "Kwame", "Beatrix", "Anton", "Mireille", "Callum", "Noor", "Teodor", "Yara",
)  # fmt: skip
AUTHOR_LAST = (
    "Whitlock", "Abernathy", "Castellano", "Oyelaran", "Voss", "Ferreira", "Halloran", "Ishikawa", "Marchetti",
    "Quill", "Renwick", "Szabo", "Vantongeren", "Winslow", "Zamora",
)  # fmt: skip
COUNTRIES = ("USA", "UK", "Canada", "Nigeria", "Japan", "Italy", "Brazil", "Sweden", "India", "France")

GENRES = ("fiction", "mystery", "science fiction", "history", "biography", "children", "cooking", "travel")
TYPE_WEIGHTS = (("book", 60), ("dvd", 18), ("audiobook", 12), ("magazine", 10))
TITLE_ADJ = (
    "Silent", "Crimson", "Hidden", "Last", "Golden", "Broken", "Winter", "Northern", "Quiet", "Burning", "Lost",
    "Paper", "Iron", "Glass", "Salt", "Midnight", "Wild", "Distant", "Little", "Secret",
)  # fmt: skip
TITLE_NOUN = (
    "Harbor", "Orchard", "Kingdom", "Letters", "River", "Garden", "Lighthouse", "Atlas", "Kitchen", "Journey",
    "Mountain", "Witness", "Archive", "Compass", "Empire", "Island", "Voyage", "Daughter", "Engine", "Feast",
)  # fmt: skip
MAGAZINES = ("Riverton Weekly", "Home Cook Monthly", "Trail & Travel", "Science Today", "Young Readers")


def _pick(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


def _staff(rng: random.Random) -> list[tuple[Any, ...]]:
    names = [f"{first} {last}" for first, last in itertools.product(FIRST_NAMES, LAST_NAMES)]
    rng.shuffle(names)
    hire_days = rng.sample(range(datetime.date(2006, 1, 1).toordinal(), datetime.date(2026, 10, 1).toordinal()), 60)
    rows: list[tuple[Any, ...]] = []

    def add(role: str, branch: int, supervisor: int | None, salary: float) -> int:
        first, last = names.pop().split()
        ident = len(rows) + 1
        hired = datetime.date.fromordinal(hire_days[ident - 1])
        rows.append((ident, first, last, role, branch, supervisor, iso(hired), salary))
        return ident

    director = add("Director", 1, None, 98500.0)
    for branch, *_ in BRANCHES:
        manager = add("Branch Manager", branch, director, float(rng.randrange(620, 730) * 100))
        librarians = [
            add("Librarian", branch, manager, float(rng.randrange(480, 590) * 100))
            for _ in range(1 if branch == 8 else rng.randint(1, 3))
        ]
        for _ in range(0 if branch == 8 else rng.randint(1, 3)):
            add("Library Assistant", branch, rng.choice(librarians), float(rng.randrange(310, 385) * 100))
    for _ in range(2):
        add("IT Technician", 1, director, float(rng.randrange(500, 560) * 100))
    # the newest hire is the Harbor Point librarian, hired just before it opened; the director came in 2011
    for index, row in enumerate(rows):
        if row[3] == "Librarian" and row[4] == 8:
            rows[index] = (*row[:6], "2026-10-20", row[7])
    rows[0] = (*rows[0][:6], "2011-03-14", rows[0][7])
    return rows


def _age_on(born: datetime.date, day: datetime.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def _patrons(rng: random.Random) -> list[tuple[Any, ...]]:
    rows = []
    early = (datetime.date(2023, 1, 2), datetime.date(2023, 3, 31))
    late = (datetime.date(2023, 1, 2), datetime.date(2026, 11, 14))
    for ident in range(1, 701):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        city = _pick(rng, PATRON_CITIES)
        home = rng.choice(CITY_BRANCHES.get(city, ACTIVE_BRANCHES))
        signup = random_day(rng, *early) if rng.random() < 0.35 else random_day(rng, *late)
        kind = rng.random()
        if kind < 0.12:
            born = random_day(rng, datetime.date(2012, 1, 1), datetime.date(2021, 6, 30))
        elif kind < 0.30:
            born = random_day(rng, datetime.date(1999, 1, 1), datetime.date(2012, 1, 1))
        elif kind < 0.82:
            born = random_day(rng, datetime.date(1955, 1, 1), datetime.date(1999, 1, 1))
        else:
            born = random_day(rng, datetime.date(1936, 6, 1), datetime.date(1962, 1, 1))
        age = _age_on(born, TODAY)
        membership = "child" if age < 13 else "student" if age < 25 else "senior" if age >= 65 else "adult"
        email = None if rng.random() < 0.16 else f"{first.lower()}.{last.lower()}{ident}@mail.example"
        dob = None if rng.random() < 0.03 else iso(born)
        rows.append((ident, first, last, email, city, dob, iso(signup), membership, home))
    # one patron is clearly the oldest, one clearly the first and one clearly the newest to sign up
    rows[140] = (*rows[140][:5], "1931-02-07", rows[140][6], "senior", rows[140][8])
    rows[141] = (*rows[141][:6], "2023-01-01", *rows[141][7:])
    rows[142] = (*rows[142][:6], "2026-11-15", *rows[142][7:])
    return rows


def _authors(rng: random.Random) -> list[tuple[Any, ...]]:
    names = [f"{first} {last}" for first, last in itertools.product(AUTHOR_FIRST, AUTHOR_LAST)]
    rng.shuffle(names)
    rows = []
    for ident in range(1, 141):
        country = None if rng.random() < 0.06 else rng.choice(COUNTRIES)
        born = None if rng.random() < 0.1 else rng.randint(1890, 1995)
        rows.append((ident, names[ident - 1], country, born))
    return rows


def _items(rng: random.Random, authors: int) -> list[tuple[Any, ...]]:
    titles = [f"The {a} {n}" for a, n in itertools.product(TITLE_ADJ, TITLE_NOUN)]
    titles += [f"{a} {n}" for a, n in itertools.product(TITLE_ADJ, TITLE_NOUN)]
    titles += [f"Beyond the {a} {n}" for a, n in itertools.product(TITLE_ADJ, TITLE_NOUN)]
    rng.shuffle(titles)
    used_authors = list(range(1, authors - 17))  # the last 18 authors have nothing in the catalogue
    author_weight = [rng.choice((1, 1, 2, 3, 5, 8)) for _ in used_authors]
    costs: set[float] = set()
    rows = []
    for ident in range(1, 1201):
        kind = _pick(rng, TYPE_WEIGHTS)
        if kind == "magazine":
            title = f"{rng.choice(MAGAZINES)} no. {ident}"
            author = None
            genre = rng.choice(("travel", "cooking", "children", "history"))
        else:
            title = titles.pop()
            author = rng.choices(used_authors, author_weight)[0]
            genre = rng.choice(GENRES)
        low, high = {"book": (12, 45), "dvd": (8, 30), "audiobook": (20, 60), "magazine": (4, 9)}[kind]
        cost = money(rng.uniform(low, high))
        while cost in costs:
            cost = money(cost + 0.01)
        costs.add(cost)
        year = None if rng.random() < 0.04 else rng.randint(1950, 2026)
        if kind == "magazine":
            year = rng.randint(2023, 2026)
        if rng.random() < 0.7:
            acquired = random_day(rng, datetime.date(2012, 1, 1), datetime.date(2022, 12, 31))
        else:
            acquired = random_day(rng)
        rows.append((ident, title, author, kind, genre, year, rng.choice(ACTIVE_BRANCHES), cost, iso(acquired)))
    return rows


def _loans(rng: random.Random, items: list[tuple[Any, ...]], patrons: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    borrowers = [p for p in patrons if p[0] % 13 != 0]  # every 13th patron never borrows
    weights = list(itertools.accumulate(rng.choice((1, 1, 1, 2, 3, 6)) for _ in borrowers))
    signup = {p[0]: datetime.date.fromisoformat(p[6]) for p in patrons}
    home = {p[0]: p[8] for p in patrons}
    rows: list[tuple[Any, ...]] = []
    for item in items:
        start = max(datetime.date.fromisoformat(item[8]), FIRST_DAY)
        mean_gap = rng.choice((40, 90, 180, 400, 900, 3000))
        period = 7 if item[3] == "dvd" else 14 if item[3] == "magazine" else 21
        day = start + datetime.timedelta(days=int(rng.expovariate(1 / mean_gap)))
        while day <= LAST_DAY:
            for _ in range(60):
                patron = borrowers[bisect.bisect(weights, rng.random() * weights[-1])][0]
                if signup[patron] <= day:
                    break
            else:
                break
            renewals = rng.choices((0, 1, 2), (70, 22, 8))[0]
            due = day + datetime.timedelta(days=period * (1 + renewals))
            fate = rng.random()
            if fate < 0.01:
                returned = None
            elif fate < 0.16:
                returned = due + datetime.timedelta(days=rng.randint(1, 45))
            else:
                returned = day + datetime.timedelta(days=rng.randint(1, (due - day).days))
            if returned is not None and returned > LAST_DAY:
                returned = None
            branch = item[6] if rng.random() < 0.8 else home[patron]
            rows.append((len(rows) + 1, item[0], patron, branch, iso(day), iso(due), iso(returned), renewals))
            if returned is None:
                break
            day = returned + datetime.timedelta(days=1 + int(rng.expovariate(1 / mean_gap)))
    return rows


def _fines(rng: random.Random, loans: list[tuple[Any, ...]], cost: dict[int, float]) -> list[tuple[Any, ...]]:
    rows = []
    for loan_id, item, patron, _branch, _loaned, due, returned, _ in loans:
        due_day = datetime.date.fromisoformat(due)
        fines = []
        if returned is None:
            if due_day < datetime.date(2026, 6, 1):
                fines.append((cost[item], "lost", due_day + datetime.timedelta(days=30)))
        else:
            back = datetime.date.fromisoformat(returned)
            if back > due_day:
                fines.append((min(money(0.25 * (back - due_day).days), 10.0), "overdue", back))
            if rng.random() < 0.025:
                fines.append((float(rng.randint(5, 40)), "damaged", back))
        for amount, reason, issued in fines:
            paid_day = issued + datetime.timedelta(days=rng.randint(0, 60))
            paid = rng.random() < 0.72 and paid_day <= LAST_DAY
            rows.append((len(rows) + 1, loan_id, patron, amount, reason, iso(issued), int(paid),
                         iso(paid_day) if paid else None))  # fmt: skip
    return rows


def _holds(rng: random.Random, items: list[tuple[Any, ...]], patrons: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    rows = []
    moments: set[str] = set()
    for ident in range(1, 641):
        while True:
            patron = rng.choice(patrons)
            day = random_day(rng, datetime.date.fromisoformat(patron[6]))
            moment = datetime.datetime(day.year, day.month, day.day, rng.randint(8, 21), rng.randrange(60),
                                       rng.randrange(60))  # fmt: skip
            if iso(moment) not in moments and patron[0] % 17 != 0:  # every 17th patron never places a hold
                break
        moments.add(iso(moment))
        if (TODAY - day).days <= 30:
            status = rng.choice(("waiting", "waiting", "ready"))
        else:
            status = "fulfilled" if rng.random() < 0.75 else "cancelled"
        pickup = None if rng.random() < 0.05 else patron[8]
        rows.append((ident, rng.choice(items)[0], patron[0], iso(moment), status, pickup))
    return rows


def build(con: Any) -> None:
    rng = random.Random(SEED)
    cur = con.cursor()
    create(cur, SCHEMA)
    staff = _staff(rng)
    patrons = _patrons(rng)
    authors = _authors(rng)
    items = _items(rng, len(authors))
    loans = _loans(rng, items, patrons)
    fines = _fines(rng, loans, {item[0]: item[7] for item in items})
    holds = _holds(rng, items, patrons)
    insert(cur, "branches", ("id", "name", "city", "opened_on", "phone"), BRANCHES)
    insert(cur, "staff", ("id", "first_name", "last_name", "role", "branch_id", "supervisor_id", "hired_on",
                          "salary"), staff)  # fmt: skip
    insert(cur, "patrons", ("id", "first_name", "last_name", "email", "city", "date_of_birth", "signup_date",
                            "membership", "home_branch_id"), patrons)  # fmt: skip
    insert(cur, "authors", ("id", "name", "country", "born"), authors)
    insert(cur, "items", ("itemId", "title", "authorId", "itemType", "genre", "publishedYear", "branchId",
                          "replacementCost", "acquiredOn"), items)  # fmt: skip
    insert(cur, "loans", ("id", "item_id", "patron_id", "branch_id", "loaned_on", "due_on", "returned_on",
                          "renewals"), loans)  # fmt: skip
    insert(cur, "holds", ("id", "item_id", "patron_id", "placed_at", "status", "pickup_branch_id"), holds)
    insert(cur, "fines", ("id", "loan_id", "patron_id", "amount", "reason", "issued_on", "paid", "paid_on"), fines)


OVERDUE = "returned_on IS NULL AND due_on < '2026-11-18'"
AGE = ("(CAST(strftime('%Y', '2026-11-18') AS INTEGER) - CAST(strftime('%Y', date_of_birth) AS INTEGER)"
       " - (strftime('%m-%d', '2026-11-18') < strftime('%m-%d', date_of_birth)))")  # fmt: skip

QUESTIONS: list[Case] = [
    # -- plain and easy --------------------------------------------------------------------------------------
    Case("how many patrons are there", "SELECT COUNT(*) FROM patrons"),
    Case("how many branches do we have?", "SELECT COUNT(*) FROM branches"),
    Case("list all the branches and the city each one is in", "SELECT name, city FROM branches"),
    Case("how many dvds do we have", "SELECT COUNT(*) FROM items WHERE itemType = 'dvd'"),
    Case("total of all unpaid fines", "SELECT SUM(amount) FROM fines WHERE paid = 0"),
    Case("whats the average replacement cost of an item", "SELECT AVG(replacementCost) FROM items"),
    Case("how many staff work here", "SELECT COUNT(*) FROM staff"),
    Case("highest salary on staff?", "SELECT MAX(salary) FROM staff"),
    Case("how many patrons live in millbrook", "SELECT COUNT(*) FROM patrons WHERE city = 'Millbrook'"),
    Case("number of senior members", "SELECT COUNT(*) FROM patrons WHERE membership = 'senior'"),
    Case("how many loans are still out?", "SELECT COUNT(*) FROM loans WHERE returned_on IS NULL"),
    Case("when was the earliest loan in the system", "SELECT MIN(loaned_on) FROM loans"),
    Case("how many authors are in the database", "SELECT COUNT(*) FROM authors"),
    Case("which branches have no phone number on file", "SELECT name FROM branches WHERE phone IS NULL"),
    Case("how many patrons didnt give us an email address", "SELECT COUNT(*) FROM patrons WHERE email IS NULL"),
    Case("what's ana gupta's email", "SELECT email FROM patrons WHERE first_name = 'Ana' AND last_name = 'Gupta'"),
    # -- counts with filters, distinct counts ----------------------------------------------------------------
    Case("how many checkouts are overdue right now", f"SELECT COUNT(*) FROM loans WHERE {OVERDUE}"),
    Case("how many holds are still waiting", "SELECT COUNT(*) FROM holds WHERE status = 'waiting'"),
    Case("how many times were books borowed in 2025",
         "SELECT COUNT(*) FROM loans l JOIN items i ON i.itemId = l.item_id "
         "WHERE i.itemType = 'book' AND l.loaned_on BETWEEN '2025-01-01' AND '2025-12-31'"),
    Case("how many different patrons borrowed something in 2024",
         "SELECT COUNT(DISTINCT patron_id) FROM loans WHERE loaned_on BETWEEN '2024-01-01' AND '2024-12-31'"),
    Case("how many distinct genres are in the catalogue", "SELECT COUNT(DISTINCT genre) FROM items"),
    Case("in how many diffrent cities do our members live", "SELECT COUNT(DISTINCT city) FROM patrons"),
    Case("how many unpaid fines are for lost items", "SELECT COUNT(*) FROM fines WHERE reason = 'lost' AND paid = 0"),
    # -- sum / avg / min / max -------------------------------------------------------------------------------
    Case("how much have we collected in fines altogether (paid ones)", "SELECT SUM(amount) FROM fines WHERE paid = 1"),
    Case("avg fine for damaged stuff", "SELECT AVG(amount) FROM fines WHERE reason = 'damaged'"),
    Case("what's the biggest single fine ever issued", "SELECT MAX(amount) FROM fines"),
    Case("on average how many times does a loan get renewed", "SELECT AVG(renewals) FROM loans"),
    Case("on average how many days do people keep a loan before bringing it back",
         "SELECT AVG(julianday(returned_on) - julianday(loaned_on)) FROM loans WHERE returned_on IS NOT NULL"),
    # -- top-N, bottom-N, first / latest ---------------------------------------------------------------------
    Case("top 5 most borrowed titles",
         "SELECT i.title FROM loans l JOIN items i ON i.itemId = l.item_id "
         "GROUP BY i.itemId ORDER BY COUNT(*) DESC LIMIT 5"),
    Case("the 3 cheapest dvds to replace",
         "SELECT title FROM items WHERE itemType = 'dvd' ORDER BY replacementCost LIMIT 3"),
    Case("top 3 borrowers by number of loans",
         "SELECT p.first_name, p.last_name FROM loans l JOIN patrons p ON p.id = l.patron_id "
         "GROUP BY p.id ORDER BY COUNT(*) DESC LIMIT 3"),
    Case("show me the last 5 holds that were placed", "SELECT placed_at FROM holds ORDER BY placed_at DESC LIMIT 5"),
    Case("who was the very first person to sign up for a card",
         "SELECT first_name, last_name FROM patrons ORDER BY signup_date LIMIT 1"),
    Case("which patron joined most recently",
         "SELECT first_name, last_name FROM patrons ORDER BY signup_date DESC LIMIT 1"),
    Case("who is our oldest patron?",
         "SELECT first_name, last_name FROM patrons WHERE date_of_birth IS NOT NULL ORDER BY date_of_birth LIMIT 1"),
    Case("who was hired most recently", "SELECT first_name, last_name FROM staff ORDER BY hired_on DESC LIMIT 1"),
    # -- which Y has the most X ------------------------------------------------------------------------------
    Case("which branch lends out the most stuff",
         "SELECT b.name FROM loans l JOIN branches b ON b.id = l.branch_id "
         "GROUP BY b.id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which patron owes the most in unpaid fines",
         "SELECT p.first_name, p.last_name FROM fines f JOIN patrons p ON p.id = f.patron_id WHERE f.paid = 0 "
         "GROUP BY p.id ORDER BY SUM(f.amount) DESC LIMIT 1"),
    Case("which author has the most items in the collection",
         "SELECT a.name FROM items i JOIN authors a ON a.id = i.authorId GROUP BY a.id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("what genre racks up the highest total in fines",
         "SELECT i.genre FROM fines f JOIN loans l ON l.id = f.loan_id JOIN items i ON i.itemId = l.item_id "
         "GROUP BY i.genre ORDER BY SUM(f.amount) DESC LIMIT 1"),
    Case("which supervisor has the most direct reports",
         "SELECT m.first_name, m.last_name FROM staff s JOIN staff m ON m.id = s.supervisor_id "
         "GROUP BY m.id ORDER BY COUNT(*) DESC LIMIT 1"),
    # -- per-group breakdowns ---------------------------------------------------------------------------------
    Case("number of items by format", "SELECT itemType, COUNT(*) FROM items GROUP BY itemType"),
    Case("count of patrons per membership type", "SELECT membership, COUNT(*) FROM patrons GROUP BY membership"),
    Case("fines broken down by reason - how many and how much",
         "SELECT reason, COUNT(*), SUM(amount) FROM fines GROUP BY reason"),
    Case("month by month loan counts for 2025",
         "SELECT strftime('%Y-%m', loaned_on), COUNT(*) FROM loans "
         "WHERE loaned_on BETWEEN '2025-01-01' AND '2025-12-31' GROUP BY 1"),
    Case("how many new members signed up each year",
         "SELECT strftime('%Y', signup_date), COUNT(*) FROM patrons GROUP BY 1"),
    Case("avg salary for each staff role", "SELECT role, AVG(salary) FROM staff GROUP BY role"),
    Case("holds split by status", "SELECT status, COUNT(*) FROM holds GROUP BY status"),
    Case("average staff pay at each branch",
         "SELECT b.name, AVG(s.salary) FROM staff s JOIN branches b ON b.id = s.branch_id GROUP BY b.id"),
    Case("total fine amount by patron city",
         "SELECT p.city, SUM(f.amount) FROM fines f JOIN patrons p ON p.id = f.patron_id GROUP BY p.city"),
    Case("per year, how many items did we aquire",
         "SELECT strftime('%Y', acquiredOn), COUNT(*) FROM items GROUP BY 1"),
    # -- per-group counts keeping the zeros --------------------------------------------------------------------
    Case("loans for each branch, including branches with zero loans",
         "SELECT b.name, COUNT(l.id) FROM branches b LEFT JOIN loans l ON l.branch_id = b.id GROUP BY b.id"),
    Case("for every author, how many items we hold - show 0 if none",
         "SELECT a.name, COUNT(i.itemId) FROM authors a LEFT JOIN items i ON i.authorId = a.id GROUP BY a.id"),
    # -- anti-joins --------------------------------------------------------------------------------------------
    Case("patrons who have never borrowed anything",
         "SELECT first_name, last_name FROM patrons p "
         "WHERE NOT EXISTS (SELECT 1 FROM loans l WHERE l.patron_id = p.id)"),
    Case("how many items have never been checked out",
         "SELECT COUNT(*) FROM items i WHERE NOT EXISTS (SELECT 1 FROM loans l WHERE l.item_id = i.itemId)"),
    Case("which authors have nothing in our collection",
         "SELECT name FROM authors a WHERE NOT EXISTS (SELECT 1 FROM items i WHERE i.authorId = a.id)"),
    Case("branches that have never lent anything out",
         "SELECT name FROM branches b WHERE NOT EXISTS (SELECT 1 FROM loans l WHERE l.branch_id = b.id)"),
    Case("how many patrons have never put a hold on anything",
         "SELECT COUNT(*) FROM patrons p WHERE NOT EXISTS (SELECT 1 FROM holds h WHERE h.patron_id = p.id)"),
    # -- ratios, comparisons with the average ----------------------------------------------------------------
    Case("what percentage of returned loans came back late",
         "SELECT 100.0 * SUM(returned_on > due_on) / COUNT(*) FROM loans WHERE returned_on IS NOT NULL"),
    Case("what fraction of fines have been paid", "SELECT AVG(paid) FROM fines"),
    Case("ratio of dvds to books",
         "SELECT 1.0 * SUM(itemType = 'dvd') / SUM(itemType = 'book') FROM items"),
    Case("how many items cost more than average to replace",
         "SELECT COUNT(*) FROM items WHERE replacementCost > (SELECT AVG(replacementCost) FROM items)"),
    Case("staff who earn above the average salery",
         "SELECT first_name, last_name FROM staff WHERE salary > (SELECT AVG(salary) FROM staff)"),
    # -- self-reference --------------------------------------------------------------------------------------
    Case("who is hannah larsen's supervisor",
         "SELECT m.first_name, m.last_name FROM staff s JOIN staff m ON m.id = s.supervisor_id "
         "WHERE s.first_name = 'Hannah' AND s.last_name = 'Larsen'"),
    Case("who reports directly to pablo rossi?",
         "SELECT s.first_name, s.last_name FROM staff s JOIN staff m ON m.id = s.supervisor_id "
         "WHERE m.first_name = 'Pablo' AND m.last_name = 'Rossi'"),
    Case("which staff member doesn't have a supervisor",
         "SELECT first_name, last_name FROM staff WHERE supervisor_id IS NULL"),
    # -- yes / no --------------------------------------------------------------------------------------------
    Case("are there more dvds than audiobooks?",
         "SELECT (SELECT COUNT(*) FROM items WHERE itemType = 'dvd') > "
         "(SELECT COUNT(*) FROM items WHERE itemType = 'audiobook')"),
    Case("do we have more child members than student members",
         "SELECT (SELECT COUNT(*) FROM patrons WHERE membership = 'child') > "
         "(SELECT COUNT(*) FROM patrons WHERE membership = 'student')"),
    Case("is any fine over $50?", "SELECT EXISTS (SELECT 1 FROM fines WHERE amount > 50)"),
    # -- HAVING ----------------------------------------------------------------------------------------------
    Case("patrons with more than 60 loans",
         "SELECT p.first_name, p.last_name FROM loans l JOIN patrons p ON p.id = l.patron_id "
         "GROUP BY p.id HAVING COUNT(*) > 60"),
    Case("genres with atleast 150 items", "SELECT genre FROM items GROUP BY genre HAVING COUNT(*) >= 150"),
    Case("authors whose books have been borrowed over 200 times",
         "SELECT a.name FROM loans l JOIN items i ON i.itemId = l.item_id JOIN authors a ON a.id = i.authorId "
         "GROUP BY a.id HAVING COUNT(*) > 200"),
    Case("which item types have an avg replacement cost over 25 bucks",
         "SELECT itemType FROM items GROUP BY itemType HAVING AVG(replacementCost) > 25"),
    Case("patrons with more than 2 overdue items right now",
         "SELECT p.first_name, p.last_name FROM loans l JOIN patrons p ON p.id = l.patron_id "
         f"WHERE {OVERDUE.replace('returned_on', 'l.returned_on').replace('due_on', 'l.due_on')} "
         "GROUP BY p.id HAVING COUNT(*) > 2"),
    # -- date ranges -----------------------------------------------------------------------------------------
    Case("how many loans were made in march 2024",
         "SELECT COUNT(*) FROM loans WHERE loaned_on BETWEEN '2024-03-01' AND '2024-03-31'"),
    Case("number of fines issued last year",
         "SELECT COUNT(*) FROM fines WHERE issued_on BETWEEN '2025-01-01' AND '2025-12-31'"),
    Case("how many people have joined since june", "SELECT COUNT(*) FROM patrons WHERE signup_date >= '2026-06-01'"),
    Case("checkouts in Q3 2025", "SELECT COUNT(*) FROM loans WHERE loaned_on BETWEEN '2025-07-01' AND '2025-09-30'"),
    Case("how many holds were placed before 2024", "SELECT COUNT(*) FROM holds WHERE placed_at < '2024-01-01'"),
    Case("total fines issued so far this year", "SELECT SUM(amount) FROM fines WHERE issued_on >= '2026-01-01'"),
    Case("how many things were borrowed last month",
         "SELECT COUNT(*) FROM loans WHERE loaned_on BETWEEN '2026-10-01' AND '2026-10-31'"),
    Case("how many staff were hired in 2024",
         "SELECT COUNT(*) FROM staff WHERE hired_on BETWEEN '2024-01-01' AND '2024-12-31'"),
    # -- names and cities, NULLs -----------------------------------------------------------------------------
    Case("what has callum castellano written",
         "SELECT i.title FROM items i JOIN authors a ON a.id = i.authorId WHERE a.name = 'Callum Castellano'"),
    Case("how many loans did the central branch make in 2025",
         "SELECT COUNT(*) FROM loans l JOIN branches b ON b.id = l.branch_id "
         "WHERE b.name = 'Central' AND l.loaned_on BETWEEN '2025-01-01' AND '2025-12-31'"),
    Case("list patrons from fenwick who signed up in 2026",
         "SELECT first_name, last_name FROM patrons WHERE city = 'Fenwick' AND signup_date >= '2026-01-01'"),
    Case("how many items borrowed before 2026 still havent come back",
         "SELECT COUNT(*) FROM loans WHERE loaned_on < '2026-01-01' AND returned_on IS NULL"),
    # -- composed --------------------------------------------------------------------------------------------
    Case("top 3 branches by number of loans in 2025",
         "SELECT b.name FROM loans l JOIN branches b ON b.id = l.branch_id "
         "WHERE l.loaned_on BETWEEN '2025-01-01' AND '2025-12-31' GROUP BY b.id ORDER BY COUNT(*) DESC LIMIT 3"),
    Case("in 2024 which 3 genres got borrowed the most",
         "SELECT i.genre FROM loans l JOIN items i ON i.itemId = l.item_id "
         "WHERE l.loaned_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY i.genre ORDER BY COUNT(*) DESC LIMIT 3"),
    Case("among senior members, who has checked out the most?",
         "SELECT p.first_name, p.last_name FROM loans l JOIN patrons p ON p.id = l.patron_id "
         "WHERE p.membership = 'senior' GROUP BY p.id ORDER BY COUNT(*) DESC LIMIT 1"),
    # -- ages and birthdays ----------------------------------------------------------------------------------
    Case("how many patrons are under 18", "SELECT COUNT(*) FROM patrons WHERE date_of_birth > '2008-11-18'"),
    Case("how old is our oldest member",
         f"SELECT {AGE} FROM patrons WHERE date_of_birth = (SELECT MIN(date_of_birth) FROM patrons)"),
    Case("how many patrons have a birthday this month",
         "SELECT COUNT(*) FROM patrons WHERE strftime('%m', date_of_birth) = '11'"),
    Case("how many members are 65 or older", "SELECT COUNT(*) FROM patrons WHERE date_of_birth <= '1961-11-18'"),
    # -- should refuse ---------------------------------------------------------------------------------------
    Case("what's the weather going to be like in riverton tomorrow", None),
    Case("which book is the best one to read this winter", None),
    Case("how many loans will we have next year", None),
    Case("what is kofi brennan's home address", None),
    Case("what's the isbn of the burning orchard", None),
    Case("how many pages is silent garden", None),
    Case("which patrons are happiest with our service", None),
    Case("how much did we spend fixing the roof at the central branch", None),
    Case("should we hire more staff at millbrook", None),
    Case("what's amazon's stock price today", None),
    Case("how many ebook downloads did we have in 2025", None),
    Case("write me a short poem about libraries", None),
]
