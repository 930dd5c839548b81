"""Schemas the English reader was not designed around, with questions written before it read them.

`HELPDESK` is a support desk whose dates are all TEXT (ISO strings), with a team lead who is another
agent (a self-reference) and no declared foreign keys. `GYM` is a fitness club in CamelCase with declared
foreign keys and primary keys named after their tables (MemberId, PlanId).

Written in the held-out corpus's form (tests/heldout: a `Case` per question, compared by
tests/heldout/compare.py) and in its categories, by the second English pass before its reader ran on them:
`HOTEL` (a room key that is a number, a supervisor who is staff, money per night and per stay), `TRACKER`
(CamelCase, a parent task, an owner and an assignee who are users, T-separated timestamps), `SCHOOL` (given
and family names in two tables, a TEXT course code as key, a head of department, British spellings) and
`FLEET` (drivers with a lead driver, trips still on the road, money on shipments and on services). FLEET
was kept unread by the reader until the end of that pass, as its last unseen check.

The questions are in the words people type (lowercase, typos, informal). "Today" is 2026-11-18, as in
tests/english_corpus.py, and the same conventions hold: reference SQL names the essential columns, an answer
may carry more; order is compared only when the reference has ORDER BY. A reference of None means Dave should
refuse: the question can't be answered from the tables, and a plausible table would be a lie.
"""

from __future__ import annotations

import datetime
import random
import sqlite3
from typing import Any

from tests.heldout.common import Case, create, insert, iso, money, random_day, random_moment

__all__ = ["FLEET", "GYM", "HELPDESK", "HOTEL", "SCHOOL", "TRACKER", "build_fleet", "build_gym", "build_helpdesk",
           "build_hotel", "build_school", "build_tracker"]

HELPDESK: list[tuple[str, str | None]] = [
    ("how many tickets are there", "SELECT COUNT(*) FROM tickets"),
    ("how many tickets are still open", "SELECT COUNT(*) FROM tickets WHERE status = 'open'"),
    ("number of urgent tickets", "SELECT COUNT(*) FROM tickets WHERE priority = 'urgent'"),
    ("how many agents are on the billing team", "SELECT COUNT(*) FROM agents WHERE team = 'Billing'"),
    ("tickets per priority", "SELECT priority, COUNT(*) FROM tickets GROUP BY priority"),
    ("how many tickets were opened in 2025",
     "SELECT COUNT(*) FROM tickets WHERE opened_at >= '2025-01-01' AND opened_at < '2026-01-01'"),
    ("tickets opened last year",
     "SELECT id FROM tickets WHERE opened_at >= '2025-01-01' AND opened_at < '2026-01-01'"),
    ("how many tickets were opened in march 2026",
     "SELECT COUNT(*) FROM tickets WHERE opened_at >= '2026-03-01' AND opened_at < '2026-04-01'"),
    ("average minutes spent per ticket", "SELECT AVG(minutes_spent) FROM tickets"),
    ("total minutes spent on urgent tickets", "SELECT SUM(minutes_spent) FROM tickets WHERE priority = 'urgent'"),
    ("which agent handled the most tickets",
     "SELECT a.full_name FROM tickets t JOIN agents a ON a.id = t.agent_id GROUP BY a.id ORDER BY COUNT(*) DESC"
     " LIMIT 1"),
    ("how many tickets did each agent handle",
     "SELECT a.full_name, COUNT(t.id) FROM agents a LEFT JOIN tickets t ON t.agent_id = a.id GROUP BY a.id"),
    ("agents who never handled a ticket",
     "SELECT full_name FROM agents WHERE id NOT IN (SELECT agent_id FROM tickets WHERE agent_id IS NOT NULL)"),
    ("clients with no tickets",
     "SELECT company FROM clients WHERE id NOT IN (SELECT client_id FROM tickets WHERE client_id IS NOT NULL)"),
    ("who is the highest paid agent", "SELECT full_name FROM agents ORDER BY hourly_rate DESC LIMIT 1"),
    ("average hourly rate by team", "SELECT team, AVG(hourly_rate) FROM agents GROUP BY team"),
    ("agents earning above average",
     "SELECT full_name FROM agents WHERE hourly_rate > (SELECT AVG(hourly_rate) FROM agents)"),
    ("who is the newest agent", "SELECT full_name FROM agents ORDER BY hired DESC LIMIT 1"),
    ("agents hired before 2020", "SELECT full_name FROM agents WHERE hired < '2020-01-01'"),
    ("the 3 most recent tickets", "SELECT id FROM tickets ORDER BY opened_at DESC LIMIT 3"),
    ("earliest ticket", "SELECT id FROM tickets ORDER BY opened_at ASC LIMIT 1"),
    ("how many clients per country", "SELECT country, COUNT(*) FROM clients GROUP BY country"),
    ("clients in germany", "SELECT company FROM clients WHERE country = 'Germany'"),
    ("how many gold tier clients", "SELECT COUNT(*) FROM clients WHERE tier = 'gold'"),
    ("total invoiced per client",
     "SELECT c.company, SUM(i.total) FROM invoices i JOIN clients c ON c.id = i.client_id GROUP BY c.id"),
    ("how much have we invoiced in total", "SELECT SUM(total) FROM invoices"),
    ("unpaid invoices", "SELECT id FROM invoices WHERE paid = 0"),
    ("which client has the most tickets",
     "SELECT c.company FROM tickets t JOIN clients c ON c.id = t.client_id GROUP BY c.id ORDER BY COUNT(*) DESC"
     " LIMIT 1"),
    ("who is the team lead of Raj Patel",
     "SELECT l.full_name FROM agents a JOIN agents l ON l.id = a.lead_id WHERE a.full_name = 'Raj Patel'"),
    ("tickets per month in 2026",
     "SELECT SUBSTR(opened_at, 1, 7), COUNT(*) FROM tickets WHERE opened_at >= '2026-01-01'"
     " AND opened_at < '2027-01-01' GROUP BY SUBSTR(opened_at, 1, 7)"),
    ("what percentage of tickets are closed",
     "SELECT 100.0 * SUM(status = 'closed') / COUNT(*) FROM tickets"),
    ("are there more urgent tickets than low ones",
     "SELECT (SELECT COUNT(*) FROM tickets WHERE priority = 'urgent') >"
     " (SELECT COUNT(*) FROM tickets WHERE priority = 'low')"),
    ("teams with more than 4 agents", "SELECT team FROM agents GROUP BY team HAVING COUNT(*) > 4"),
    ("urgent tickets for gold clients",
     "SELECT t.id FROM tickets t JOIN clients c ON c.id = t.client_id WHERE t.priority = 'urgent'"
     " AND c.tier = 'gold'"),
    ("number of tickets by client tier",
     "SELECT c.tier, COUNT(*) FROM tickets t JOIN clients c ON c.id = t.client_id GROUP BY c.tier"),
    ("how many tikets are closed", "SELECT COUNT(*) FROM tickets WHERE status = 'closed'"),
    ("whats the avg hourly rate on the support team",
     "SELECT AVG(hourly_rate) FROM agents WHERE team = 'Support'"),
    ("top 2 agents by minutes spent",
     "SELECT a.full_name FROM tickets t JOIN agents a ON a.id = t.agent_id GROUP BY a.id"
     " ORDER BY SUM(t.minutes_spent) DESC LIMIT 2"),
    ("which tickets were never closed", "SELECT id FROM tickets WHERE closed_at IS NULL"),
    # refusals: nothing in the tables says these
    ("how many tickets were escalated to the ceo", None),
    ("what is the average customer satisfaction score", None),
]

GYM: list[tuple[str, str | None]] = [
    ("how many members do we have", "SELECT COUNT(*) FROM Members"),
    ("how many members live in Leeds", "SELECT COUNT(*) FROM Members WHERE City = 'Leeds'"),
    ("members per city", "SELECT City, COUNT(*) FROM Members GROUP BY City"),
    ("what plans are there", "SELECT PlanName FROM Plans"),
    ("most expensive plan", "SELECT PlanName FROM Plans ORDER BY MonthlyFee DESC LIMIT 1"),
    ("average monthly fee", "SELECT AVG(MonthlyFee) FROM Plans"),
    ("how many members are on each plan",
     "SELECT p.PlanName, COUNT(m.MemberId) FROM Plans p LEFT JOIN Members m ON m.PlanId = p.PlanId"
     " GROUP BY p.PlanId"),
    ("how many members joined in 2025",
     "SELECT COUNT(*) FROM Members WHERE JoinDate >= '2025-01-01' AND JoinDate < '2026-01-01'"),
    ("who joined most recently", "SELECT FirstName, LastName FROM Members ORDER BY JoinDate DESC LIMIT 1"),
    ("the 5 earliest members", "SELECT FirstName, LastName FROM Members ORDER BY JoinDate ASC LIMIT 5"),
    ("oldest member", "SELECT FirstName, LastName FROM Members ORDER BY BirthDate ASC LIMIT 1"),
    ("how many bookings are there", "SELECT COUNT(*) FROM Bookings"),
    ("number of bookings per class",
     "SELECT c.Title, COUNT(*) FROM Bookings b JOIN Classes c ON c.ClassId = b.ClassId GROUP BY c.ClassId"),
    ("which class is the most popular",
     "SELECT c.Title FROM Bookings b JOIN Classes c ON c.ClassId = b.ClassId GROUP BY c.ClassId"
     " ORDER BY COUNT(*) DESC LIMIT 1"),
    ("members who never booked a class",
     "SELECT FirstName, LastName FROM Members WHERE MemberId NOT IN (SELECT MemberId FROM Bookings)"),
    ("classes in studio b", "SELECT Title FROM Classes WHERE Room = 'Studio B'"),
    ("biggest class by capacity", "SELECT Title FROM Classes ORDER BY Capacity DESC LIMIT 1"),
    ("total capacity of all classes", "SELECT SUM(Capacity) FROM Classes"),
    ("how many bookings were attended", "SELECT COUNT(*) FROM Bookings WHERE Attended = 1"),
    ("how many bookings in october 2026",
     "SELECT COUNT(*) FROM Bookings WHERE BookedAt >= '2026-10-01' AND BookedAt < '2026-11-01'"),
    ("bookings by month",
     "SELECT SUBSTR(BookedAt, 1, 7), COUNT(*) FROM Bookings GROUP BY SUBSTR(BookedAt, 1, 7)"),
    ("how many yoga bookings",
     "SELECT COUNT(*) FROM Bookings b JOIN Classes c ON c.ClassId = b.ClassId WHERE c.Title = 'Yoga'"),
    ("which members booked spin",
     "SELECT DISTINCT m.FirstName, m.LastName FROM Bookings b JOIN Members m ON m.MemberId = b.MemberId"
     " JOIN Classes c ON c.ClassId = b.ClassId WHERE c.Title = 'Spin'"),
    ("members on the premium plan",
     "SELECT m.FirstName, m.LastName FROM Members m JOIN Plans p ON p.PlanId = m.PlanId"
     " WHERE p.PlanName = 'Premium'"),
    ("monthly revenue from fees",
     "SELECT SUM(p.MonthlyFee) FROM Members m JOIN Plans p ON p.PlanId = m.PlanId"),
    ("which member has the most bookings",
     "SELECT m.FirstName, m.LastName FROM Bookings b JOIN Members m ON m.MemberId = b.MemberId"
     " GROUP BY m.MemberId ORDER BY COUNT(*) DESC LIMIT 1"),
    ("members born after 1990", "SELECT FirstName, LastName FROM Members WHERE BirthDate >= '1991-01-01'"),
    ("how many members from each city joined last year",
     "SELECT City, COUNT(*) FROM Members WHERE JoinDate >= '2025-01-01' AND JoinDate < '2026-01-01'"
     " GROUP BY City"),
    ("what share of bookings were attended", "SELECT 1.0 * SUM(Attended = 1) / COUNT(*) FROM Bookings"),
    ("classes with more than 40 bookings",
     "SELECT c.Title FROM Bookings b JOIN Classes c ON c.ClassId = b.ClassId GROUP BY c.ClassId"
     " HAVING COUNT(*) > 40"),
    ("lisst the rooms", "SELECT DISTINCT Room FROM Classes"),
    ("whats the cheapest plan", "SELECT PlanName FROM Plans ORDER BY MonthlyFee ASC LIMIT 1"),
    ("members in york sorted by join date",
     "SELECT FirstName, LastName FROM Members WHERE City = 'York' ORDER BY JoinDate"),
    ("average capacity of classes in studio a", "SELECT AVG(Capacity) FROM Classes WHERE Room = 'Studio A'"),
    ("how many classes does each instructor teach", "SELECT Instructor, COUNT(*) FROM Classes GROUP BY Instructor"),
    # refusals
    ("how many members cancelled their membership", None),
    ("what is the average heart rate in spin", None),
]

# -- the data ------------------------------------------------------------------------------------------

_FIRST = "Ines Omar Lena Raj Tess Hugo Mina Arlo Zara Finn Cleo Dev Nia Ravi Uma Theo Ada Leo Ivy Sam".split()
_LAST = "Ford Khan Moss Patel Quinn Reyes Stone Vance Wolfe Yates Lowe Hart Cruz Diaz Egan Frey Gill Hale".split()


def build_helpdesk(con: sqlite3.Connection) -> None:
    """agents (14), clients (25), tickets (400), invoices (120); all dates TEXT, seeded."""
    rng = random.Random(16)
    con.executescript("""
        CREATE TABLE agents (id INTEGER PRIMARY KEY, full_name TEXT, team TEXT, hired TEXT,
                             hourly_rate REAL, lead_id INTEGER);
        CREATE TABLE clients (id INTEGER PRIMARY KEY, company TEXT, country TEXT, tier TEXT, created_at TEXT);
        CREATE TABLE tickets (id INTEGER PRIMARY KEY, client_id INTEGER, agent_id INTEGER, subject TEXT,
                              priority TEXT, status TEXT, opened_at TEXT, closed_at TEXT, minutes_spent INTEGER);
        CREATE TABLE invoices (id INTEGER PRIMARY KEY, client_id INTEGER, issued_on TEXT, total REAL,
                               paid INTEGER);
    """)
    teams = ["Billing", "Support", "Onboarding"]
    agents = []
    for number in range(1, 15):
        name = f"{_FIRST[number - 1]} {_LAST[number - 1]}"
        team = teams[number % 3]
        lead = None if number <= 3 else 1 + number % 3
        hired = f"{2015 + number % 11}-{1 + number % 12:02d}-{1 + number % 27:02d}"
        agents.append((number, name, team, hired, round(22 + number * 1.75 + (number % 4) * 3.1, 2), lead))
    con.executemany("INSERT INTO agents VALUES (?, ?, ?, ?, ?, ?)", agents)
    countries = ["Germany", "France", "Spain", "Ireland", "Canada"]
    clients = [(n, f"Client {chr(64 + n)} Ltd", countries[n % 5], ["gold", "silver", "bronze"][n % 3],
                f"20{19 + n % 7}-{1 + n % 12:02d}-{1 + n % 28:02d}T09:{n:02d}:00") for n in range(1, 26)]
    con.executemany("INSERT INTO clients VALUES (?, ?, ?, ?, ?)", clients)
    tickets = []
    for number in range(1, 401):
        day = 20_000 + rng.randrange(0, 1400)  # days since 1970: 2024-10 … 2028-08, clipped below
        day = min(day, 20_774)  # 2026-11-17
        opened = _iso(day) + f" {8 + number % 10:02d}:{number % 60:02d}:00"
        status = rng.choice(["open", "closed", "closed", "closed", "pending"])
        closed = None if status != "closed" else _iso(day + rng.randrange(0, 9)) + " 17:00:00"
        agent = rng.choice([a[0] for a in agents if a[0] not in (13, 14)])  # two agents never got a ticket
        client = rng.choice([c[0] for c in clients if c[0] not in (24, 25)])  # two clients never wrote in
        tickets.append((number, client, agent, f"Problem {number}", rng.choice(["low", "normal", "high", "urgent"]),
                        status, opened, closed, rng.randrange(5, 240)))
    con.executemany("INSERT INTO tickets VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", tickets)
    invoices = [(n, 1 + n % 23, _iso(19_800 + n * 8), round(200 + rng.random() * 5000, 2), int(n % 5 != 0))
                for n in range(1, 121)]
    con.executemany("INSERT INTO invoices VALUES (?, ?, ?, ?, ?)", invoices)
    con.commit()


def build_gym(con: sqlite3.Connection) -> None:
    """Plans (4), Members (60), Classes (8), Bookings (500); CamelCase, declared keys, TEXT dates, seeded."""
    rng = random.Random(61)
    con.executescript("""
        CREATE TABLE Plans (PlanId INTEGER PRIMARY KEY, PlanName TEXT, MonthlyFee REAL);
        CREATE TABLE Members (MemberId INTEGER PRIMARY KEY, FirstName TEXT, LastName TEXT, City TEXT,
                              JoinDate TEXT, BirthDate TEXT, PlanId INTEGER REFERENCES Plans(PlanId));
        CREATE TABLE Classes (ClassId INTEGER PRIMARY KEY, Title TEXT, Instructor TEXT, Room TEXT,
                              Capacity INTEGER);
        CREATE TABLE Bookings (BookingId INTEGER PRIMARY KEY, MemberId INTEGER REFERENCES Members(MemberId),
                               ClassId INTEGER REFERENCES Classes(ClassId), BookedAt TEXT, Attended INTEGER);
    """)
    con.executemany("INSERT INTO Plans VALUES (?, ?, ?)",
                    [(1, "Basic", 19.0), (2, "Standard", 29.5), (3, "Premium", 49.0), (4, "Student", 14.0)])
    cities = ["Leeds", "York", "Bristol", "Bath"]
    members = []
    for number in range(1, 61):
        first, last = _FIRST[number % 20], _LAST[(number * 7) % 18]
        joined = _iso(18_000 + number * 47 + rng.randrange(0, 20))
        born = f"{1960 + (number * 13) % 45}-{1 + number % 12:02d}-{1 + number % 28:02d}"
        plan = 1 + number % 3 if number % 10 else None if number == 10 else 4
        members.append((number, first, last, cities[number % 4], joined, born, plan))
    con.executemany("INSERT INTO Members VALUES (?, ?, ?, ?, ?, ?, ?)", members)
    classes = [(1, "Yoga", "Mara Lind", "Studio A", 20), (2, "Spin", "Joe Park", "Studio B", 30),
               (3, "Pilates", "Mara Lind", "Studio A", 18), (4, "Boxing", "Kit Rowe", "Hall", 24),
               (5, "Zumba", "Joe Park", "Hall", 40), (6, "HIIT", "Kit Rowe", "Studio B", 25),
               (7, "Stretch", "Mara Lind", "Studio A", 15), (8, "Rowing", "Sol Ng", "Studio C", 12)]
    con.executemany("INSERT INTO Classes VALUES (?, ?, ?, ?, ?)", classes)
    weights = [9, 12, 5, 6, 8, 7, 2, 1]
    bookings = []
    for number in range(1, 501):
        member = rng.randrange(1, 56)  # members 56-60 never booked
        klass = rng.choices(range(1, 9), weights)[0]
        booked = _iso(20_200 + rng.randrange(0, 570)) + f"T{6 + number % 14:02d}:00:00"
        bookings.append((number, member, klass, booked, int(rng.random() < 0.8)))
    con.executemany("INSERT INTO Bookings VALUES (?, ?, ?, ?, ?)", bookings)
    con.commit()


def _iso(days_since_epoch: int) -> str:
    return (datetime.date(1970, 1, 1) + datetime.timedelta(days=days_since_epoch)).isoformat()


# -- hotel: A small hotel: room types, rooms, guests, stays, staff (a supervisor who is another member of staff),
_HOTEL_SEED = 7071

_HOTEL_SCHEMA = (
    "CREATE TABLE room_types (type_id INTEGER PRIMARY KEY, type_name TEXT NOT NULL, nightly_rate REAL, "
    "max_guests INTEGER)",
    "CREATE TABLE rooms (room_no INTEGER PRIMARY KEY, type_id INTEGER REFERENCES room_types (type_id), "
    "floor INTEGER, has_balcony INTEGER)",
    "CREATE TABLE guests (guest_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, country TEXT, email TEXT, "
    "is_vip INTEGER, created_at TEXT, birth_date TEXT)",
    "CREATE TABLE stays (stay_id INTEGER PRIMARY KEY, guest_id INTEGER, room_no INTEGER, check_in TEXT, "
    "check_out TEXT, nights INTEGER, channel TEXT, total_charge REAL)",
    "CREATE TABLE staff (staff_id INTEGER PRIMARY KEY, full_name TEXT, job_title TEXT, supervisor_id INTEGER, "
    "hired_date TEXT, annual_salary REAL)",
    "CREATE TABLE reviews (review_id INTEGER PRIMARY KEY, stay_id INTEGER REFERENCES stays (stay_id), "
    "stars INTEGER, posted_on TEXT, comment TEXT)",
    "CREATE TABLE extras (extra_id INTEGER PRIMARY KEY, stay_id INTEGER, item TEXT, amount REAL, charged_at TEXT)",
)

_HOTEL_TYPES = ((1, "Single", 79.0, 1), (2, "Double", 119.0, 2), (3, "Twin", 115.0, 2), (4, "Family", 169.0, 4),
         (5, "Suite", 289.0, 3), (6, "Penthouse", 640.0, 4))
_HOTEL_COUNTRIES = (("Germany", 30), ("France", 22), ("United Kingdom", 18), ("Italy", 12), ("Spain", 10),
             ("United States", 9), ("Canada", 6), ("Japan", 4), ("Brazil", 3))
_HOTEL_FIRST = ("Anna", "Bruno", "Chloe", "Dario", "Elif", "Felix", "Greta", "Hugo", "Irene", "Jonas", "Kira", "Luca",
         "Marta", "Nils", "Olga", "Pablo", "Rosa", "Stefan", "Tara", "Umberto", "Vera", "Wim", "Xenia", "Yann")
_HOTEL_LAST = ("Albrecht", "Bianchi", "Costa", "Dubois", "Eriksen", "Fontaine", "Gruber", "Haas", "Ivanova", "Jansen",
        "Kowalski", "Lambert", "Moretti", "Novak", "Olsen", "Petit", "Richter", "Silva", "Tanaka", "Vogel")
_HOTEL_CHANNELS = (("direct", 35), ("Booking.com", 30), ("Expedia", 20), ("phone", 15))
_HOTEL_EXTRAS = (("breakfast", 18.0), ("minibar", 24.0), ("spa", 65.0), ("parking", 15.0), ("late checkout", 40.0))
# staff_id, name, title, supervisor, hired, salary
_HOTEL_STAFF = (
    (1, "Margot Lindqvist", "General Manager", None, "2012-04-02", 98000.0),
    (2, "Samuel Okoye", "Front Office Manager", 1, "2015-09-14", 61000.0),
    (3, "Ines Carvalho", "Head Housekeeper", 1, "2016-02-01", 52000.0),
    (4, "Theo Brandt", "Receptionist", 2, "2019-05-20", 34000.0),
    (5, "Sofia Ramirez", "Receptionist", 2, "2021-11-08", 33500.0),
    (6, "Pavel Horak", "Night Auditor", 2, "2018-03-12", 36500.0),
    (7, "Lena Kraus", "Housekeeper", 3, "2020-07-06", 29000.0),
    (8, "Ahmed Nasser", "Housekeeper", 3, "2022-01-17", 28500.0),
    (9, "Julia Meyer", "Housekeeper", 3, "2026-09-28", 27000.0),
    (10, "Ray Donovan", "Chef", 1, "2017-06-30", 57000.0),
)


def build_hotel(con: Any) -> None:
    rng = random.Random(_HOTEL_SEED)
    cur = con.cursor()
    create(cur, _HOTEL_SCHEMA)
    insert(cur, "room_types", ("type_id", "type_name", "nightly_rate", "max_guests"), _HOTEL_TYPES)
    rooms = []
    for floor in range(1, 6):
        for number in range(1, 9):
            room_no = floor * 100 + number
            kind = 6 if floor == 5 and number <= 2 else 5 if number == 8 else rng.choice((1, 2, 2, 2, 3, 3, 4))
            rooms.append((room_no, kind, floor, int(floor >= 3 and number % 2 == 0)))
    insert(cur, "rooms", ("room_no", "type_id", "floor", "has_balcony"), rooms)
    guests = []
    names = rng.sample([(first, last) for first in _HOTEL_FIRST for last in _HOTEL_LAST], 180)
    for number, (first, last) in enumerate(names, 1):
        country = rng.choices([c for c, _ in _HOTEL_COUNTRIES], [w for _, w in _HOTEL_COUNTRIES])[0]
        email = None if rng.random() < 0.12 else f"{first.lower()}.{last.lower()}@mail.example"
        created = datetime.datetime(2022, 1, 1) + datetime.timedelta(minutes=number * 8_700 + rng.randrange(600))
        born = datetime.date(1950, 1, 1) + datetime.timedelta(days=rng.randrange(0, 365 * 52))
        guests.append((number, first, last, country, email, int(rng.random() < 0.1),
                       created.isoformat(" ", "seconds"), iso(born)))
    insert(cur, "guests", ("guest_id", "first_name", "last_name", "country", "email", "is_vip", "created_at",
                           "birth_date"), guests)
    rate = {t[0]: t[2] for t in _HOTEL_TYPES}
    kind_of = {r[0]: r[1] for r in rooms}
    loyal = [g[0] for g in guests[:150]]  # guests 151-180 never stayed
    weights = [1.0 + (7.0 if g == 42 else 0.0) + rng.random() * 2 for g in loyal]
    room_weights = [1.0 + (4.0 if r[0] == 203 else 0.0) for r in rooms if r[0] != 408]  # room 408: never booked
    open_rooms = [r[0] for r in rooms if r[0] != 408]
    stays = []
    for number in range(1, 901):
        guest = rng.choices(loyal, weights)[0]
        room = rng.choices(open_rooms, room_weights)[0]
        check_in = random_day(rng, datetime.date(2023, 3, 1), datetime.date(2026, 11, 17))
        nights = rng.choice((1, 1, 2, 2, 2, 3, 3, 4, 5, 7, 10))
        out_day = check_in + datetime.timedelta(days=nights)
        check_out = None if out_day > datetime.date(2026, 11, 18) else iso(out_day)
        channel = rng.choices([c for c, _ in _HOTEL_CHANNELS], [w for _, w in _HOTEL_CHANNELS])[0]
        stays.append((number, guest, room, iso(check_in), check_out, nights, channel,
                      money(rate[kind_of[room]] * nights * rng.uniform(0.85, 1.1))))
    insert(cur, "stays", ("stay_id", "guest_id", "room_no", "check_in", "check_out", "nights", "channel",
                          "total_charge"), stays)
    insert(cur, "staff", ("staff_id", "full_name", "job_title", "supervisor_id", "hired_date", "annual_salary"),
           _HOTEL_STAFF)
    reviews, extras = [], []
    for stay in stays:
        if stay[4] is not None and rng.random() < 0.4:
            posted = datetime.date.fromisoformat(stay[4]) + datetime.timedelta(days=rng.randrange(0, 6))
            comment = None if rng.random() < 0.3 else rng.choice(("lovely", "noisy street", "great breakfast",
                                                                   "friendly staff", "small room"))
            reviews.append((len(reviews) + 1, stay[0], rng.choices((1, 2, 3, 4, 5), (1, 2, 4, 8, 9))[0],
                            iso(min(posted, datetime.date(2026, 11, 17))), comment))
        for _ in range(rng.choice((0, 0, 1, 1, 2, 3))):
            item, price = rng.choice(_HOTEL_EXTRAS)
            day = datetime.date.fromisoformat(stay[3]) + datetime.timedelta(days=rng.randrange(0, stay[5]))
            extras.append((len(extras) + 1, stay[0], item, money(price * rng.choice((1, 1, 2))),
                           f"{iso(day)} {rng.randint(7, 22):02d}:{rng.randrange(60):02d}:00"))
    insert(cur, "reviews", ("review_id", "stay_id", "stars", "posted_on", "comment"), reviews)
    insert(cur, "extras", ("extra_id", "stay_id", "item", "amount", "charged_at"), extras)
    con.commit()


_HOTEL_GUEST = "g.first_name, g.last_name"
_HOTEL_Y2025 = "s.check_in >= '2025-01-01' AND s.check_in < '2026-01-01'"

HOTEL: list[Case] = [
    # plain
    Case("how many guests do we have", "SELECT COUNT(*) FROM guests"),
    Case("how many rooms have a balcony", "SELECT COUNT(*) FROM rooms WHERE has_balcony = 1"),
    Case("how many guests are from france", "SELECT COUNT(*) FROM guests WHERE country = 'France'"),
    Case("how many stays were booked through expedia", "SELECT COUNT(*) FROM stays WHERE channel = 'Expedia'"),
    Case("list the room types", "SELECT type_name FROM room_types"),
    Case("whats the nightly rate for a suite", "SELECT nightly_rate FROM room_types WHERE type_name = 'Suite'"),
    Case("how many different countries do our guests come from", "SELECT COUNT(DISTINCT country) FROM guests"),
    Case("total revenue from stays in 2025", f"SELECT SUM(total_charge) FROM stays s WHERE {_HOTEL_Y2025}"),
    Case("average length of stay in nights", "SELECT AVG(nights) FROM stays"),
    Case("how many vip guests are there", "SELECT COUNT(*) FROM guests WHERE is_vip = 1"),
    Case("how many rooms are on floor 3", "SELECT COUNT(*) FROM rooms WHERE floor = 3"),
    # min / max / top-N
    Case("most expensive room type", "SELECT type_name FROM room_types ORDER BY nightly_rate DESC LIMIT 1"),
    Case("cheapest room type", "SELECT type_name FROM room_types ORDER BY nightly_rate ASC LIMIT 1"),
    Case("the 3 most expensive stays", "SELECT stay_id FROM stays ORDER BY total_charge DESC LIMIT 3"),
    Case("highest paid member of staff", "SELECT full_name FROM staff ORDER BY annual_salary DESC LIMIT 1"),
    Case("who is our newest employee", "SELECT full_name FROM staff ORDER BY hired_date DESC LIMIT 1"),
    Case("when was the latest check in", "SELECT MAX(check_in) FROM stays"),
    Case("first 5 guests to register", "SELECT first_name, last_name FROM guests ORDER BY created_at LIMIT 5"),
    Case("biggest single extra charge", "SELECT MAX(amount) FROM extras"),
    # which Y has the most X
    Case("which guest has stayed with us the most",
         f"SELECT {_HOTEL_GUEST} FROM guests g JOIN stays s ON s.guest_id = g.guest_id GROUP BY g.guest_id "
         "ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which room gets booked most often",
         "SELECT room_no FROM stays GROUP BY room_no ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which country do most of our guests come from",
         "SELECT country FROM guests GROUP BY country ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which guest has spent the most",
         f"SELECT {_HOTEL_GUEST} FROM guests g JOIN stays s ON s.guest_id = g.guest_id GROUP BY g.guest_id "
         "ORDER BY SUM(s.total_charge) DESC LIMIT 1"),
    Case("which room type brings in the most revenue",
         "SELECT t.type_name FROM room_types t JOIN rooms r ON r.type_id = t.type_id "
         "JOIN stays s ON s.room_no = r.room_no GROUP BY t.type_id ORDER BY SUM(s.total_charge) DESC LIMIT 1"),
    Case("most common booking channel", "SELECT channel FROM stays GROUP BY channel ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("most popular extra", "SELECT item FROM extras GROUP BY item ORDER BY COUNT(*) DESC LIMIT 1"),
    # per-group breakdowns
    Case("stays by channel", "SELECT channel, COUNT(*) FROM stays GROUP BY channel"),
    Case("revenue by channel", "SELECT channel, SUM(total_charge) FROM stays GROUP BY channel"),
    Case("average rating by room type",
         "SELECT t.type_name, AVG(rv.stars) FROM reviews rv JOIN stays s ON s.stay_id = rv.stay_id "
         "JOIN rooms r ON r.room_no = s.room_no JOIN room_types t ON t.type_id = r.type_id GROUP BY t.type_id"),
    Case("check ins per month in 2026",
         "SELECT strftime('%Y-%m', check_in), COUNT(*) FROM stays WHERE check_in >= '2026-01-01' "
         "AND check_in < '2027-01-01' GROUP BY 1"),
    Case("guests per country", "SELECT country, COUNT(*) FROM guests GROUP BY country"),
    Case("how many rooms on each floor", "SELECT floor, COUNT(*) FROM rooms GROUP BY floor"),
    Case("extras revenue per item", "SELECT item, SUM(amount) FROM extras GROUP BY item"),
    Case("average salary by job title", "SELECT job_title, AVG(annual_salary) FROM staff GROUP BY job_title"),
    # zero-keeping group counts
    Case("how many stays has each room had",
         "SELECT r.room_no, COUNT(s.stay_id) FROM rooms r LEFT JOIN stays s ON s.room_no = r.room_no "
         "GROUP BY r.room_no"),
    Case("number of stays for each japanese guest",
         f"SELECT {_HOTEL_GUEST}, COUNT(s.stay_id) FROM guests g LEFT JOIN stays s ON s.guest_id = g.guest_id "
         "WHERE g.country = 'Japan' GROUP BY g.guest_id"),
    # anti-joins
    Case("guests who have never stayed with us",
         "SELECT first_name, last_name FROM guests WHERE guest_id NOT IN (SELECT guest_id FROM stays)"),
    Case("rooms that were never booked", "SELECT room_no FROM rooms WHERE room_no NOT IN (SELECT room_no FROM stays)"),
    Case("how many stays have no review",
         "SELECT COUNT(*) FROM stays WHERE stay_id NOT IN (SELECT stay_id FROM reviews)"),
    Case("staff who supervise nobody",
         "SELECT full_name FROM staff WHERE staff_id NOT IN "
         "(SELECT supervisor_id FROM staff WHERE supervisor_id IS NOT NULL)"),
    # ratios
    Case("what percentage of stays came through booking.com",
         "SELECT 100.0 * SUM(channel = 'Booking.com') / COUNT(*) FROM stays"),
    Case("share of guests who are vips", "SELECT AVG(is_vip) FROM guests"),
    Case("what fraction of revenue comes from direct bookings",
         "SELECT SUM(CASE WHEN channel = 'direct' THEN total_charge ELSE 0 END) / SUM(total_charge) FROM stays"),
    # comparison with an aggregate
    Case("how many stays were longer than average",
         "SELECT COUNT(*) FROM stays WHERE nights > (SELECT AVG(nights) FROM stays)"),
    Case("room types that cost more than the average rate",
         "SELECT type_name FROM room_types WHERE nightly_rate > (SELECT AVG(nightly_rate) FROM room_types)"),
    # self-references
    Case("who is sofia ramirez's supervisor",
         "SELECT b.full_name FROM staff s JOIN staff b ON b.staff_id = s.supervisor_id "
         "WHERE s.full_name = 'Sofia Ramirez'"),
    Case("who reports to ines carvalho",
         "SELECT s.full_name FROM staff s JOIN staff b ON b.staff_id = s.supervisor_id "
         "WHERE b.full_name = 'Ines Carvalho'"),
    Case("which staff member has no supervisor", "SELECT full_name FROM staff WHERE supervisor_id IS NULL"),
    # yes / no
    Case("are there more guests from germany than from france",
         "SELECT (SELECT COUNT(*) FROM guests WHERE country = 'Germany') > "
         "(SELECT COUNT(*) FROM guests WHERE country = 'France')"),
    Case("do we have more suites than family rooms",
         "SELECT (SELECT COUNT(*) FROM rooms r JOIN room_types t ON t.type_id = r.type_id "
         "WHERE t.type_name = 'Suite') > (SELECT COUNT(*) FROM rooms r JOIN room_types t ON t.type_id = r.type_id "
         "WHERE t.type_name = 'Family')"),
    # HAVING
    Case("guests with more than 10 stays",
         f"SELECT {_HOTEL_GUEST} FROM guests g JOIN stays s ON s.guest_id = g.guest_id GROUP BY g.guest_id "
         "HAVING COUNT(*) > 10"),
    Case("guests who spent over $8000 in total",
         f"SELECT {_HOTEL_GUEST} FROM guests g JOIN stays s ON s.guest_id = g.guest_id GROUP BY g.guest_id "
         "HAVING SUM(s.total_charge) > 8000"),
    Case("countries with at least 20 guests",
         "SELECT country FROM guests GROUP BY country HAVING COUNT(*) >= 20"),
    # dates
    Case("stays in july 2025",
         "SELECT COUNT(*) FROM stays WHERE check_in >= '2025-07-01' AND check_in < '2025-08-01'"),
    Case("how many reviews were posted this year",
         "SELECT COUNT(*) FROM reviews WHERE posted_on >= '2026-01-01' AND posted_on < '2027-01-01'"),
    Case("how many staff were hired before 2020", "SELECT COUNT(*) FROM staff WHERE hired_date < '2020-01-01'"),
    Case("revenue in q2 2026",
         "SELECT SUM(total_charge) FROM stays WHERE check_in >= '2026-04-01' AND check_in < '2026-07-01'"),
    Case("how many check ins last month",
         "SELECT COUNT(*) FROM stays WHERE check_in >= '2026-10-01' AND check_in < '2026-11-01'"),
    # names and places
    Case("how many times has tara novak stayed with us",
         "SELECT COUNT(*) FROM stays s JOIN guests g ON g.guest_id = s.guest_id "
         "WHERE g.first_name = 'Tara' AND g.last_name = 'Novak'"),
    Case("what type of room is room 204",
         "SELECT t.type_name FROM rooms r JOIN room_types t ON t.type_id = r.type_id WHERE r.room_no = 204"),
    Case("guests from spain sorted by last name",
         "SELECT first_name, last_name FROM guests WHERE country = 'Spain' ORDER BY last_name"),
    # NULLs
    Case("how many guests don't have an email", "SELECT COUNT(*) FROM guests WHERE email IS NULL"),
    Case("stays that haven't checked out yet", "SELECT COUNT(*) FROM stays WHERE check_out IS NULL"),
    Case("reviews with no comment", "SELECT COUNT(*) FROM reviews WHERE comment IS NULL"),
    # composed
    Case("top 3 guests by spend in 2025",
         f"SELECT {_HOTEL_GUEST} FROM guests g JOIN stays s ON s.guest_id = g.guest_id WHERE {_HOTEL_Y2025} "
         "GROUP BY g.guest_id ORDER BY SUM(s.total_charge) DESC LIMIT 3"),
    Case("average charge for expedia stays in 2025",
         f"SELECT AVG(total_charge) FROM stays s WHERE channel = 'Expedia' AND {_HOTEL_Y2025}"),
    Case("how many vip guests from germany", "SELECT COUNT(*) FROM guests WHERE is_vip = 1 AND country = 'Germany'"),
    # people and ages
    Case("oldest guest", "SELECT first_name, last_name FROM guests ORDER BY birth_date ASC LIMIT 1"),
    Case("whose birthday is next",
         "SELECT first_name, last_name FROM guests ORDER BY (strftime('%m-%d', birth_date) < '11-18'), "
         "strftime('%m-%d', birth_date) LIMIT 1"),
    Case("how many guests are under 30", "SELECT COUNT(*) FROM guests WHERE birth_date > '1996-11-18'"),
    # should be refused
    Case("which guest is the nicest", None),
    Case("what's the wifi password", None),
    Case("how many towels did room 101 use", None),
    Case("predict how full we'll be next summer", None),
    Case("why did the guest in room 312 complain", None),
    Case("is the pool open tomorrow", None),
    Case("what's the best room for a honeymoon", None),
    Case("how many guests brought a dog", None),
]


# -- tracker: A software team's tracker, in CamelCase with declared keys: Users, Projects (an owner who is a user),
_TRACKER_SEED = 9090

_TRACKER_SCHEMA = (
    "CREATE TABLE Users (UserId INTEGER PRIMARY KEY, DisplayName TEXT NOT NULL, Team TEXT, JoinedAt TEXT, "
    "IsAdmin INTEGER, Location TEXT)",
    "CREATE TABLE Projects (ProjectId INTEGER PRIMARY KEY, ProjectName TEXT NOT NULL, "
    "OwnerId INTEGER REFERENCES Users (UserId), StartDate TEXT, BudgetUsd REAL, Status TEXT)",
    "CREATE TABLE Tasks (TaskId INTEGER PRIMARY KEY, ProjectId INTEGER REFERENCES Projects (ProjectId), "
    "AssigneeId INTEGER REFERENCES Users (UserId), Title TEXT, Priority TEXT, CreatedAt TEXT, CompletedAt TEXT, "
    "EstimateHours REAL, ParentTaskId INTEGER REFERENCES Tasks (TaskId))",
    "CREATE TABLE TimeEntries (EntryId INTEGER PRIMARY KEY, TaskId INTEGER REFERENCES Tasks (TaskId), "
    "UserId INTEGER REFERENCES Users (UserId), LoggedOn TEXT, Hours REAL)",
    "CREATE TABLE Comments (CommentId INTEGER PRIMARY KEY, TaskId INTEGER REFERENCES Tasks (TaskId), "
    "AuthorId INTEGER REFERENCES Users (UserId), PostedAt TEXT, Body TEXT)",
)

_TRACKER_PEOPLE = ("Ada Brooks", "Bilal Chaudhry", "Carla Mendes", "Dong Wei", "Eva Lindgren", "Farid Haddad",
          "Gina Rossi", "Henrik Dahl", "Ivy Okafor", "Jon Ferris", "Kemal Aydin", "Lara Novak", "Mei Tan",
          "Noah Wright", "Oona Virtanen", "Petra Kovac", "Quinn Lowry", "Rui Santos")
_TRACKER_TEAMS = ("Backend", "Frontend", "Design", "QA")
_TRACKER_LOCATIONS = ("Berlin", "Lisbon", "Remote", "Toronto")
_TRACKER_PROJECTS = (  # name, owner, start, budget, status
    ("Apollo", 1, "2024-02-05", 180000.0, "active"), ("Borealis", 3, "2024-06-17", 95000.0, "active"),
    ("Cobalt", 5, "2023-09-01", 240000.0, "done"), ("Delta Sync", 1, "2025-01-13", 60000.0, "active"),
    ("Ember", 7, "2025-05-02", 120000.0, "on hold"), ("Fjord", 9, "2025-10-20", 45000.0, "active"),
    ("Granite", 5, "2023-03-15", 310000.0, "done"), ("Halo", 12, "2026-03-09", 75000.0, "active"),
    ("Iris", 3, "2026-08-24", 30000.0, "planned"),
)
_TRACKER_PRIORITIES = (("low", 20), ("medium", 45), ("high", 25), ("critical", 10))
_TRACKER_VERBS = ("Fix", "Add", "Refactor", "Test", "Document", "Design", "Migrate", "Optimise")
_TRACKER_THINGS = ("login", "search", "billing page", "export", "cache", "onboarding", "dashboard", "api limits",
          "notifications", "settings", "reports", "upload")


def build_tracker(con: Any) -> None:
    rng = random.Random(_TRACKER_SEED)
    cur = con.cursor()
    create(cur, _TRACKER_SCHEMA)
    users = []
    for number, name in enumerate(_TRACKER_PEOPLE, 1):
        joined = datetime.datetime(2021, 1, 4, 9) + datetime.timedelta(days=number * 97 + rng.randrange(30),
                                                                         minutes=rng.randrange(480))
        users.append((number, name, _TRACKER_TEAMS[number % 4], joined.isoformat("T", "seconds"), int(number in (1, 5)),
                      None if number in (4, 11) else rng.choice(_TRACKER_LOCATIONS)))
    insert(cur, "Users", ("UserId", "DisplayName", "Team", "JoinedAt", "IsAdmin", "Location"), users)
    insert(cur, "Projects", ("ProjectId", "ProjectName", "OwnerId", "StartDate", "BudgetUsd", "Status"),
           [(n, *p) for n, p in enumerate(_TRACKER_PROJECTS, 1)])
    tasks = []
    workers = list(range(1, 17))  # users 17 and 18 never got a task
    weights = [1.0 + (3.0 if u == 6 else 0.0) + rng.random() for u in workers]
    project_weights = (9, 6, 8, 4, 3, 2, 11, 3, 0)  # Iris (planned) has no tasks yet
    for number in range(1, 601):
        project = rng.choices(range(1, 10), project_weights)[0]
        start = datetime.date.fromisoformat(_TRACKER_PROJECTS[project - 1][2])
        created = random_moment(rng, start, datetime.date(2026, 11, 16))
        done = rng.random() < 0.65
        completed = created + datetime.timedelta(hours=rng.randint(2, 900)) if done else None
        if completed is not None and completed > datetime.datetime(2026, 11, 18, 9):
            completed = None
        parent = rng.choice([t[0] for t in tasks if t[1] == project]) if tasks and rng.random() < 0.2 and any(
            t[1] == project and t[8] is None for t in tasks) else None
        title = f"{rng.choice(_TRACKER_VERBS)} {rng.choice(_TRACKER_THINGS)}"
        tasks.append((number, project, None if rng.random() < 0.05 else rng.choices(workers, weights)[0], title,
                      rng.choices([p for p, _ in _TRACKER_PRIORITIES], [w for _, w in _TRACKER_PRIORITIES])[0],
                      created.isoformat("T", "seconds"),
                      completed.isoformat("T", "seconds") if completed else None,
                      rng.choice((1.0, 2.0, 3.0, 5.0, 8.0, 13.0)), parent))
    insert(cur, "Tasks", ("TaskId", "ProjectId", "AssigneeId", "Title", "Priority", "CreatedAt", "CompletedAt",
                          "EstimateHours", "ParentTaskId"), tasks)
    entries, comments = [], []
    for task in tasks:
        if task[2] is None:
            continue
        created = datetime.datetime.fromisoformat(task[5])
        for _ in range(rng.choice((0, 1, 2, 3, 4))):
            day = (created + datetime.timedelta(days=rng.randrange(0, 20))).date()
            if day > datetime.date(2026, 11, 17):
                continue
            entries.append((len(entries) + 1, task[0], task[2], iso(day), rng.choice((0.5, 1.0, 1.5, 2.0, 3.0, 4.0,
                                                                                     6.0))))
        for _ in range(rng.choice((0, 0, 1, 2))):
            moment = created + datetime.timedelta(hours=rng.randint(1, 300))
            if moment > datetime.datetime(2026, 11, 18, 9):
                continue
            comments.append((len(comments) + 1, task[0], rng.randint(1, 18), moment.isoformat("T", "seconds"),
                             rng.choice(("lgtm", "blocked on review", "needs tests", "done?", "see logs"))))
    insert(cur, "TimeEntries", ("EntryId", "TaskId", "UserId", "LoggedOn", "Hours"), entries)
    insert(cur, "Comments", ("CommentId", "TaskId", "AuthorId", "PostedAt", "Body"), comments)
    con.commit()


TRACKER: list[Case] = [
    # plain
    Case("how many projects are there", "SELECT COUNT(*) FROM Projects"),
    Case("how many tasks are critical", "SELECT COUNT(*) FROM Tasks WHERE Priority = 'critical'"),
    Case("number of users on the qa team", "SELECT COUNT(*) FROM Users WHERE Team = 'QA'"),
    Case("list the active projects", "SELECT ProjectName FROM Projects WHERE Status = 'active'"),
    Case("whats the total budget of all projects", "SELECT SUM(BudgetUsd) FROM Projects"),
    Case("avg estimate per task", "SELECT AVG(EstimateHours) FROM Tasks"),
    Case("how many hours have been logged in total", "SELECT SUM(Hours) FROM TimeEntries"),
    Case("how many admins do we have", "SELECT COUNT(*) FROM Users WHERE IsAdmin = 1"),
    Case("what's the budget for apollo", "SELECT BudgetUsd FROM Projects WHERE ProjectName = 'Apollo'"),
    # min / max / top-N
    Case("which project has the biggest budget", "SELECT ProjectName FROM Projects ORDER BY BudgetUsd DESC LIMIT 1"),
    Case("smallest budget", "SELECT MIN(BudgetUsd) FROM Projects"),
    Case("most recently started project", "SELECT ProjectName FROM Projects ORDER BY StartDate DESC LIMIT 1"),
    Case("who joined first", "SELECT DisplayName FROM Users ORDER BY JoinedAt ASC LIMIT 1"),
    Case("the 3 newest users", "SELECT DisplayName FROM Users ORDER BY JoinedAt DESC LIMIT 3"),
    Case("when was the last comment posted", "SELECT MAX(PostedAt) FROM Comments"),
    # which Y has the most X
    Case("which user has the most tasks assigned",
         "SELECT u.DisplayName FROM Users u JOIN Tasks t ON t.AssigneeId = u.UserId GROUP BY u.UserId "
         "ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which project has the most tasks",
         "SELECT p.ProjectName FROM Projects p JOIN Tasks t ON t.ProjectId = p.ProjectId GROUP BY p.ProjectId "
         "ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("who logged the most hours",
         "SELECT u.DisplayName FROM Users u JOIN TimeEntries e ON e.UserId = u.UserId GROUP BY u.UserId "
         "ORDER BY SUM(e.Hours) DESC LIMIT 1"),
    Case("which location has the most users",
         "SELECT Location FROM Users GROUP BY Location ORDER BY COUNT(*) DESC LIMIT 1"),
    # per-group breakdowns
    Case("tasks by priority", "SELECT Priority, COUNT(*) FROM Tasks GROUP BY Priority"),
    Case("hours logged per project",
         "SELECT p.ProjectName, SUM(e.Hours) FROM TimeEntries e JOIN Tasks t ON t.TaskId = e.TaskId "
         "JOIN Projects p ON p.ProjectId = t.ProjectId GROUP BY p.ProjectId"),
    Case("users per location", "SELECT Location, COUNT(*) FROM Users GROUP BY Location"),
    Case("tasks created per month in 2026",
         "SELECT strftime('%Y-%m', CreatedAt), COUNT(*) FROM Tasks WHERE CreatedAt >= '2026-01-01' "
         "AND CreatedAt < '2027-01-01' GROUP BY 1"),
    Case("budget by status", "SELECT Status, SUM(BudgetUsd) FROM Projects GROUP BY Status"),
    # zero-keeping
    Case("how many tasks does each project have",
         "SELECT p.ProjectName, COUNT(t.TaskId) FROM Projects p LEFT JOIN Tasks t ON t.ProjectId = p.ProjectId "
         "GROUP BY p.ProjectId"),
    # anti-joins
    Case("users with no tasks",
         "SELECT DisplayName FROM Users WHERE UserId NOT IN "
         "(SELECT AssigneeId FROM Tasks WHERE AssigneeId IS NOT NULL)"),
    Case("tasks nobody has commented on",
         "SELECT COUNT(*) FROM Tasks WHERE TaskId NOT IN (SELECT TaskId FROM Comments)"),
    Case("tasks without an assignee", "SELECT COUNT(*) FROM Tasks WHERE AssigneeId IS NULL"),
    # ratios
    Case("what percentage of tasks are done", "SELECT 100.0 * AVG(CompletedAt IS NOT NULL) FROM Tasks"),
    Case("share of tasks that are high priority", "SELECT AVG(Priority = 'high') FROM Tasks"),
    # comparison with an aggregate
    Case("projects with a budget above average",
         "SELECT ProjectName FROM Projects WHERE BudgetUsd > (SELECT AVG(BudgetUsd) FROM Projects)"),
    # self-references
    Case("subtasks of task 14", "SELECT TaskId FROM Tasks WHERE ParentTaskId = 14"),
    Case("how many tasks have a parent task", "SELECT COUNT(*) FROM Tasks WHERE ParentTaskId IS NOT NULL"),
    # yes / no
    Case("are there more critical tasks than low ones",
         "SELECT (SELECT COUNT(*) FROM Tasks WHERE Priority = 'critical') > "
         "(SELECT COUNT(*) FROM Tasks WHERE Priority = 'low')"),
    # HAVING
    Case("projects with more than 100 tasks",
         "SELECT p.ProjectName FROM Projects p JOIN Tasks t ON t.ProjectId = p.ProjectId GROUP BY p.ProjectId "
         "HAVING COUNT(*) > 100"),
    Case("users who logged more than 150 hours",
         "SELECT u.DisplayName FROM Users u JOIN TimeEntries e ON e.UserId = u.UserId GROUP BY u.UserId "
         "HAVING SUM(e.Hours) > 150"),
    # dates
    Case("tasks created in march 2026",
         "SELECT COUNT(*) FROM Tasks WHERE CreatedAt >= '2026-03-01' AND CreatedAt < '2026-04-01'"),
    Case("how many tasks were completed last month",
         "SELECT COUNT(*) FROM Tasks WHERE CompletedAt >= '2026-10-01' AND CompletedAt < '2026-11-01'"),
    Case("hours logged this year",
         "SELECT SUM(Hours) FROM TimeEntries WHERE LoggedOn >= '2026-01-01' AND LoggedOn < '2027-01-01'"),
    Case("projects started before 2025", "SELECT ProjectName FROM Projects WHERE StartDate < '2025-01-01'"),
    # names
    Case("tasks assigned to mei tan",
         "SELECT COUNT(*) FROM Tasks t JOIN Users u ON u.UserId = t.AssigneeId WHERE u.DisplayName = 'Mei Tan'"),
    Case("how many hours did farid haddad log",
         "SELECT SUM(e.Hours) FROM TimeEntries e JOIN Users u ON u.UserId = e.UserId "
         "WHERE u.DisplayName = 'Farid Haddad'"),
    Case("who owns the ember project",
         "SELECT u.DisplayName FROM Projects p JOIN Users u ON u.UserId = p.OwnerId WHERE p.ProjectName = 'Ember'"),
    # NULLs
    Case("open tasks", "SELECT COUNT(*) FROM Tasks WHERE CompletedAt IS NULL"),
    Case("users without a location", "SELECT DisplayName FROM Users WHERE Location IS NULL"),
    # composed
    Case("critical tasks in the apollo project that are still open",
         "SELECT COUNT(*) FROM Tasks t JOIN Projects p ON p.ProjectId = t.ProjectId "
         "WHERE t.Priority = 'critical' AND p.ProjectName = 'Apollo' AND t.CompletedAt IS NULL"),
    Case("top 3 users by hours logged in 2025",
         "SELECT u.DisplayName FROM Users u JOIN TimeEntries e ON e.UserId = u.UserId "
         "WHERE e.LoggedOn >= '2025-01-01' AND e.LoggedOn < '2026-01-01' GROUP BY u.UserId "
         "ORDER BY SUM(e.Hours) DESC LIMIT 3"),
    Case("average estimate of high priority tasks per project",
         "SELECT p.ProjectName, AVG(t.EstimateHours) FROM Tasks t JOIN Projects p ON p.ProjectId = t.ProjectId "
         "WHERE t.Priority = 'high' GROUP BY p.ProjectId"),
    # should be refused
    Case("who is the best developer", None),
    Case("when will apollo ship", None),
    Case("how many bugs are in the code", None),
    Case("which tasks are boring", None),
    Case("what's the velocity of the backend team", None),
    Case("how happy is the team", None),
]


# -- school: A secondary school: departments (a head who is a teacher), teachers, students, courses keyed by a TEXT
_SCHOOL_SEED = 31337

_SCHOOL_SCHEMA = (
    "CREATE TABLE departments (dept_id INTEGER PRIMARY KEY, dept_name TEXT NOT NULL, head_teacher_id INTEGER, "
    "building TEXT)",
    "CREATE TABLE teachers (teacher_id INTEGER PRIMARY KEY, given_name TEXT, family_name TEXT, "
    "dept_id INTEGER REFERENCES departments (dept_id), started_on TEXT, salary REAL, email TEXT)",
    "CREATE TABLE students (student_id INTEGER PRIMARY KEY, given_name TEXT, family_name TEXT, dob TEXT, "
    "year_group INTEGER, house TEXT, enrolled_on TEXT, left_on TEXT)",
    "CREATE TABLE courses (course_code TEXT PRIMARY KEY, title TEXT NOT NULL, dept_id INTEGER, "
    "teacher_id INTEGER, credits INTEGER)",
    "CREATE TABLE enrolments (enrolment_id INTEGER PRIMARY KEY, student_id INTEGER REFERENCES students (student_id), "
    "course_code TEXT REFERENCES courses (course_code), term TEXT, grade REAL)",
    "CREATE TABLE fees (fee_id INTEGER PRIMARY KEY, student_id INTEGER, amount_due REAL, due_date TEXT, "
    "paid_date TEXT)",
)

_SCHOOL_DEPARTMENTS = ((1, "Mathematics", "North"), (2, "Science", "North"), (3, "English", "South"),
                       (4, "History", "South"),
               (5, "Languages", "East"), (6, "Art", "East"), (7, "Music", "West"))
_SCHOOL_GIVEN = ("Amelia", "Ben", "Chloe", "Daniel", "Ella", "Finley", "Grace", "Harry", "Isla", "Jack", "Keira", "Leo",
         "Maya", "Noah", "Olivia", "Poppy", "Reuben", "Sophie", "Theo", "Zara")
_SCHOOL_FAMILY = ("Ashworth", "Barker", "Clarke", "Dixon", "Evans", "Fletcher", "Gibson", "Hughes", "Irving",
                  "Jennings",
          "Knowles", "Lawson", "Marsh", "Nolan", "Owen", "Pearce", "Quigley", "Rowe", "Shaw", "Turner")
_SCHOOL_HOUSES = ("Oak", "Ash", "Elm", "Yew")
_SCHOOL_COURSES = (  # code, title, dept, credits
    ("MA101", "Algebra", 1, 10), ("MA201", "Statistics", 1, 10), ("MA301", "Further Maths", 1, 20),
    ("SC101", "Biology", 2, 10), ("SC102", "Chemistry", 2, 10), ("SC103", "Physics", 2, 10),
    ("EN101", "English Literature", 3, 10), ("EN102", "Creative Writing", 3, 5), ("HI101", "Modern History", 4, 10),
    ("HI201", "Ancient Rome", 4, 5), ("LA101", "French", 5, 10), ("LA102", "Spanish", 5, 10),
    ("LA103", "Latin", 5, 5), ("AR101", "Drawing", 6, 5), ("MU101", "Music Theory", 7, 5),
    ("MU102", "Orchestra", 7, 5),
)
_SCHOOL_TERMS = ("2024-autumn", "2025-spring", "2025-summer", "2025-autumn", "2026-spring", "2026-summer",
                 "2026-autumn")


def build_school(con: Any) -> None:
    rng = random.Random(_SCHOOL_SEED)
    cur = con.cursor()
    create(cur, _SCHOOL_SCHEMA)
    teachers = []
    for number in range(1, 23):
        dept = 1 + (number - 1) % 7
        started = datetime.date(2004, 1, 1) + datetime.timedelta(days=number * 311 + rng.randrange(200))
        teachers.append((number, _SCHOOL_GIVEN[(number * 3) % 20], _SCHOOL_FAMILY[(number * 7) % 20], dept,
                         iso(started),
                         money(31000 + rng.randrange(0, 24000) + (9000 if number <= 7 else 0)),
                         None if number in (13, 20) else f"t{number}@school.example"))
    heads = {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: None}
    insert(cur, "departments", ("dept_id", "dept_name", "head_teacher_id", "building"),
           [(d, name, heads[d], building) for d, name, building in _SCHOOL_DEPARTMENTS])
    insert(cur, "teachers", ("teacher_id", "given_name", "family_name", "dept_id", "started_on", "salary", "email"),
           teachers)
    courses = []
    for code, title, dept, worth in _SCHOOL_COURSES:
        staff = [t[0] for t in teachers if t[3] == dept]
        courses.append((code, title, dept, None if code == "MU102" else rng.choice(staff), worth))
    insert(cur, "courses", ("course_code", "title", "dept_id", "teacher_id", "credits"), courses)
    students = []
    for number in range(1, 241):
        year = 7 + number % 7
        born = datetime.date(2026 - year - 5, 9, 1) + datetime.timedelta(days=rng.randrange(365))
        enrolled = datetime.date(2026 - (year - 7), 9, 3) if rng.random() < 0.85 else random_day(
            rng, datetime.date(2020, 1, 6), datetime.date(2026, 10, 30))
        left = iso(random_day(rng, datetime.date(2025, 1, 1), datetime.date(2026, 11, 1))) if rng.random() < 0.06 \
            else None
        students.append((number, _SCHOOL_GIVEN[rng.randrange(20)], _SCHOOL_FAMILY[rng.randrange(20)], iso(born), year,
                         _SCHOOL_HOUSES[rng.randrange(4)], iso(enrolled), left))
    insert(cur, "students", ("student_id", "given_name", "family_name", "dob", "year_group", "house", "enrolled_on",
                             "left_on"), students)
    enrolments = []
    popular = [c[0] for c in _SCHOOL_COURSES if c[0] != "LA103"]  # nobody takes Latin
    weights = [6 if code == "EN101" else 3 if code.startswith("MA") else 2 for code in popular]
    for student in students:
        for code in set(rng.choices(popular, weights, k=rng.randint(2, 6))):
            term = rng.choice(_SCHOOL_TERMS)
            grade = None if term == "2026-autumn" else round(rng.uniform(35, 98), 1)
            enrolments.append((len(enrolments) + 1, student[0], code, term, grade))
    insert(cur, "enrolments", ("enrolment_id", "student_id", "course_code", "term", "grade"), enrolments)
    fees = []
    for student in students:
        for term in range(rng.choice((0, 1, 2, 3))):
            due = datetime.date(2025, 9, 1) + datetime.timedelta(days=term * 120 + rng.randrange(10))
            paid = None if rng.random() < 0.15 else iso(due + datetime.timedelta(days=rng.randrange(-10, 30)))
            fees.append((len(fees) + 1, student[0], money(rng.choice((250.0, 400.0, 650.0)) + rng.randrange(0, 50)),
                         iso(due), paid))
    insert(cur, "fees", ("fee_id", "student_id", "amount_due", "due_date", "paid_date"), fees)
    con.commit()


_SCHOOL_NAME = "s.given_name, s.family_name"

SCHOOL: list[Case] = [
    # plain
    Case("how many students are there", "SELECT COUNT(*) FROM students"),
    Case("how many teachers do we employ", "SELECT COUNT(*) FROM teachers"),
    Case("how many students are in year 9", "SELECT COUNT(*) FROM students WHERE year_group = 9"),
    Case("how many kids are in oak house", "SELECT COUNT(*) FROM students WHERE house = 'Oak'"),
    Case("list all the courses", "SELECT title FROM courses"),
    Case("what departments are there", "SELECT dept_name FROM departments"),
    Case("average salary of teachers", "SELECT AVG(salary) FROM teachers"),
    Case("total fees due", "SELECT SUM(amount_due) FROM fees"),
    Case("how many credits is further maths worth", "SELECT credits FROM courses WHERE title = 'Further Maths'"),
    Case("average grade in chemistry",
         "SELECT AVG(e.grade) FROM enrolments e JOIN courses c ON c.course_code = e.course_code "
         "WHERE c.title = 'Chemistry'"),
    # extremes
    Case("highest paid teacher", "SELECT given_name, family_name FROM teachers ORDER BY salary DESC LIMIT 1"),
    Case("who has been teaching here the longest",
         "SELECT given_name, family_name FROM teachers ORDER BY started_on ASC LIMIT 1"),
    Case("youngest student", "SELECT given_name, family_name FROM students ORDER BY dob DESC LIMIT 1"),
    Case("top grade ever given", "SELECT MAX(grade) FROM enrolments"),
    Case("the 5 best grades in algebra",
         "SELECT e.grade FROM enrolments e JOIN courses c ON c.course_code = e.course_code "
         "WHERE c.title = 'Algebra' ORDER BY e.grade DESC LIMIT 5"),
    # which Y has the most X
    Case("which course has the most students",
         "SELECT c.title FROM courses c JOIN enrolments e ON e.course_code = c.course_code GROUP BY c.course_code "
         "ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which department has the most teachers",
         "SELECT d.dept_name FROM departments d JOIN teachers t ON t.dept_id = d.dept_id GROUP BY d.dept_id "
         "ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which house is the biggest", "SELECT house FROM students GROUP BY house ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which course has the highest average grade",
         "SELECT c.title FROM courses c JOIN enrolments e ON e.course_code = c.course_code GROUP BY c.course_code "
         "ORDER BY AVG(e.grade) DESC LIMIT 1"),
    # per group
    Case("students per year group", "SELECT year_group, COUNT(*) FROM students GROUP BY year_group"),
    Case("average grade by course",
         "SELECT c.title, AVG(e.grade) FROM enrolments e JOIN courses c ON c.course_code = e.course_code "
         "GROUP BY c.course_code"),
    Case("average salary per department",
         "SELECT d.dept_name, AVG(t.salary) FROM teachers t JOIN departments d ON d.dept_id = t.dept_id "
         "GROUP BY d.dept_id"),
    Case("enrolments by term", "SELECT term, COUNT(*) FROM enrolments GROUP BY term"),
    Case("fees due per month",
         "SELECT strftime('%Y-%m', due_date), SUM(amount_due) FROM fees GROUP BY 1"),
    # zero-keeping
    Case("how many students does each course have",
         "SELECT c.title, COUNT(e.enrolment_id) FROM courses c LEFT JOIN enrolments e "
         "ON e.course_code = c.course_code GROUP BY c.course_code"),
    # anti-joins
    Case("courses nobody is enrolled in",
         "SELECT title FROM courses WHERE course_code NOT IN (SELECT course_code FROM enrolments)"),
    Case("students who have no fees",
         "SELECT COUNT(*) FROM students WHERE student_id NOT IN (SELECT student_id FROM fees)"),
    Case("teachers who don't teach any course",
         "SELECT given_name, family_name FROM teachers WHERE teacher_id NOT IN "
         "(SELECT teacher_id FROM courses WHERE teacher_id IS NOT NULL)"),
    # ratios
    Case("what percentage of fees are unpaid", "SELECT 100.0 * AVG(paid_date IS NULL) FROM fees"),
    Case("proportion of students in elm house", "SELECT AVG(house = 'Elm') FROM students"),
    # vs average
    Case("teachers paid more than the average salary",
         "SELECT given_name, family_name FROM teachers WHERE salary > (SELECT AVG(salary) FROM teachers)"),
    Case("how many grades are below average",
         "SELECT COUNT(*) FROM enrolments WHERE grade < (SELECT AVG(grade) FROM enrolments)"),
    # heads (a link that is not a self-reference)
    Case("who is the head of science",
         "SELECT t.given_name, t.family_name FROM departments d JOIN teachers t ON t.teacher_id = d.head_teacher_id "
         "WHERE d.dept_name = 'Science'"),
    Case("which department has no head", "SELECT dept_name FROM departments WHERE head_teacher_id IS NULL"),
    # yes / no
    Case("are there more students in oak than in ash",
         "SELECT (SELECT COUNT(*) FROM students WHERE house = 'Oak') > "
         "(SELECT COUNT(*) FROM students WHERE house = 'Ash')"),
    # HAVING
    Case("courses with more than 100 enrolments",
         "SELECT c.title FROM courses c JOIN enrolments e ON e.course_code = c.course_code GROUP BY c.course_code "
         "HAVING COUNT(*) > 100"),
    Case("houses with over 55 students", "SELECT house FROM students GROUP BY house HAVING COUNT(*) > 55"),
    # dates
    Case("how many students enrolled in 2025",
         "SELECT COUNT(*) FROM students WHERE enrolled_on >= '2025-01-01' AND enrolled_on < '2026-01-01'"),
    Case("teachers who started before 2010", "SELECT given_name, family_name FROM teachers "
         "WHERE started_on < '2010-01-01'"),
    Case("fees paid in may",
         "SELECT COUNT(*) FROM fees WHERE paid_date >= '2026-05-01' AND paid_date < '2026-06-01'"),
    Case("how many students left this year",
         "SELECT COUNT(*) FROM students WHERE left_on >= '2026-01-01' AND left_on < '2027-01-01'"),
    # names
    Case("which courses does maya nolan take",
         "SELECT c.title FROM enrolments e JOIN students s ON s.student_id = e.student_id "
         "JOIN courses c ON c.course_code = e.course_code WHERE s.given_name = 'Maya' AND s.family_name = 'Nolan'"),
    Case("who teaches physics",
         "SELECT t.given_name, t.family_name FROM courses c JOIN teachers t ON t.teacher_id = c.teacher_id "
         "WHERE c.title = 'Physics'"),
    # NULLs
    Case("teachers with no email", "SELECT given_name, family_name FROM teachers WHERE email IS NULL"),
    Case("unpaid fees", "SELECT COUNT(*) FROM fees WHERE paid_date IS NULL"),
    Case("how many enrolments have no grade yet", "SELECT COUNT(*) FROM enrolments WHERE grade IS NULL"),
    # composed
    Case("top 3 students by average grade in 2025-spring",
         f"SELECT {_SCHOOL_NAME} FROM students s JOIN enrolments e ON e.student_id = s.student_id "
         "WHERE e.term = '2025-spring' GROUP BY s.student_id ORDER BY AVG(e.grade) DESC LIMIT 3"),
    Case("how many year 11 students are in yew house",
         "SELECT COUNT(*) FROM students WHERE year_group = 11 AND house = 'Yew'"),
    Case("total unpaid fees for year 7",
         "SELECT SUM(f.amount_due) FROM fees f JOIN students s ON s.student_id = f.student_id "
         "WHERE s.year_group = 7 AND f.paid_date IS NULL"),
    # people
    Case("oldest teacher by start date", "SELECT given_name, family_name FROM teachers ORDER BY started_on LIMIT 1"),
    Case("how many students are older than 16", "SELECT COUNT(*) FROM students WHERE dob < '2010-11-18'"),
    # refuse
    Case("who is the best teacher", None),
    Case("which student is most likely to drop out", None),
    Case("what's for lunch today", None),
    Case("how many students will pass their exams", None),
    Case("why is maya nolan late so often", None),
    Case("which classroom is the coldest", None),
]


# -- fleet: A delivery fleet: depots, drivers (a lead driver who is another driver), vehicles, trips, shipments
_FLEET_SEED = 555

_FLEET_SCHEMA = (
    "CREATE TABLE depots (depot_id INTEGER PRIMARY KEY, depot_name TEXT NOT NULL, city TEXT, opened TEXT)",
    "CREATE TABLE drivers (driver_id INTEGER PRIMARY KEY, first_name TEXT, last_name TEXT, "
    "depot_id INTEGER REFERENCES depots (depot_id), lead_driver_id INTEGER REFERENCES drivers (driver_id), "
    "date_of_birth TEXT, hired_on TEXT, licence_class TEXT, hourly_wage REAL)",
    "CREATE TABLE vehicles (vehicle_id INTEGER PRIMARY KEY, plate TEXT NOT NULL, make TEXT, model TEXT, "
    "vehicle_type TEXT, capacity_kg INTEGER, bought_on TEXT, depot_id INTEGER REFERENCES depots (depot_id), "
    "is_electric INTEGER)",
    "CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, company TEXT NOT NULL, city TEXT, segment TEXT, "
    "signed_up TEXT)",
    "CREATE TABLE trips (trip_id INTEGER PRIMARY KEY, driver_id INTEGER REFERENCES drivers (driver_id), "
    "vehicle_id INTEGER REFERENCES vehicles (vehicle_id), departed_at TEXT NOT NULL, returned_at TEXT, "
    "distance_km REAL, fuel_litres REAL, status TEXT)",
    "CREATE TABLE shipments (shipment_id INTEGER PRIMARY KEY, trip_id INTEGER REFERENCES trips (trip_id), "
    "customer_id INTEGER REFERENCES customers (customer_id), weight_kg REAL, price REAL, delivered_at TEXT)",
    "CREATE TABLE services (service_id INTEGER PRIMARY KEY, vehicle_id INTEGER REFERENCES vehicles (vehicle_id), "
    "serviced_on TEXT, kind TEXT, cost REAL)",
)

_FLEET_DEPOTS = ((1, "North Hub", "Leeds", "2015-03-02"), (2, "South Hub", "Bristol", "2017-06-19"),
          (3, "Midlands Cross", "Birmingham", "2019-09-09"), (4, "Harbour Yard", "Southampton", "2023-01-16"))
_FLEET_FIRST = ("Alan", "Bea", "Cyril", "Dana", "Eamon", "Fay", "Gus", "Hettie", "Ian", "Jo", "Kit", "Lorna", "Milo",
         "Nadia", "Owen", "Pia", "Reg", "Sadie", "Tariq", "Una", "Vic", "Wren")
_FLEET_LAST = ("Ashby", "Boyd", "Crane", "Doyle", "Ellis", "Frost", "Grey", "Hunt", "Irwin", "Jacks", "Kerr", "Lamb",
        "Mayo", "Nash", "Oakes", "Pratt", "Quill", "Reid", "Shaw", "Tate", "Udall", "Vane")
_FLEET_MAKES = (("Ford", "Transit", "van", 1400), ("Mercedes", "Sprinter", "van", 1600), ("Volvo", "FL", "truck", 7000),
         ("DAF", "LF", "truck", 6500), ("Renault", "Master E-Tech", "van", 1100), ("Iveco", "Daily", "van", 1500))
_FLEET_SEGMENTS = (("retail", 45), ("wholesale", 25), ("healthcare", 15), ("hospitality", 15))
_FLEET_CITIES = ("Leeds", "Bristol", "Birmingham", "Southampton", "York", "Bath")
_FLEET_SERVICE_KINDS = (("oil change", 90.0, 160.0), ("tyres", 300.0, 900.0), ("brakes", 200.0, 600.0),
                 ("inspection", 60.0, 120.0))


def build_fleet(con: Any) -> None:
    rng = random.Random(_FLEET_SEED)
    cur = con.cursor()
    create(cur, _FLEET_SCHEMA)
    insert(cur, "depots", ("depot_id", "depot_name", "city", "opened"), _FLEET_DEPOTS)
    drivers = []
    for number in range(1, 23):
        depot = 1 + number % 4
        lead = None if number <= 4 else 1 + number % 4
        born = datetime.date(1960, 1, 1) + datetime.timedelta(days=rng.randrange(0, 365 * 40))
        hired = datetime.date(2012, 1, 1) + datetime.timedelta(days=number * 160 + rng.randrange(100))
        drivers.append((number, _FLEET_FIRST[number - 1], _FLEET_LAST[(number * 5) % 22], depot, lead, iso(born),
                        iso(hired),
                        "C" if number % 3 == 0 else "C1", money(13.5 + rng.random() * 7)))
    insert(cur, "drivers", ("driver_id", "first_name", "last_name", "depot_id", "lead_driver_id", "date_of_birth",
                            "hired_on", "licence_class", "hourly_wage"), drivers)
    vehicles = []
    for number in range(1, 31):
        make, model, kind, capacity = _FLEET_MAKES[number % 6]
        vehicles.append((number, f"FL{number:02d} {chr(65 + number % 26)}XY", make, model, kind, capacity,
                         iso(random_day(rng, datetime.date(2016, 1, 1), datetime.date(2026, 6, 1))),
                         1 + number % 4 if number % 10 else 3, int(make == "Renault")))
    insert(cur, "vehicles", ("vehicle_id", "plate", "make", "model", "vehicle_type", "capacity_kg", "bought_on",
                             "depot_id", "is_electric"), vehicles)
    customers = []
    for number in range(1, 61):
        segment = rng.choices([s for s, _ in _FLEET_SEGMENTS], [w for _, w in _FLEET_SEGMENTS])[0]
        customers.append((number, f"{rng.choice(('Acme', 'Bright', 'Crown', 'Delta', 'Echo', 'Fern'))} "
                                  f"{rng.choice(('Foods', 'Pharma', 'Supplies', 'Goods', 'Traders'))} {number}",
                          rng.choice(_FLEET_CITIES), segment, iso(random_day(rng, datetime.date(2020, 1, 1)))))
    insert(cur, "customers", ("customer_id", "company", "city", "segment", "signed_up"), customers)
    trips, shipments = [], []
    active = [d[0] for d in drivers if d[0] not in (21, 22)]  # two drivers have never driven a trip
    weights = [1.0 + (4.0 if d == 7 else 0.0) + rng.random() for d in active]
    for number in range(1, 1201):
        departed = random_moment(rng, datetime.date(2024, 1, 1), datetime.date(2026, 11, 17), hours=(5, 14))
        if number > 1197:  # this morning's trips, still on the road
            departed = datetime.datetime(2026, 11, 18, 5 + number % 3, 15)
        back = departed + datetime.timedelta(hours=rng.randint(3, 11))
        status = "cancelled" if rng.random() < 0.04 and number <= 1197 else "completed"
        returned = None if status == "cancelled" or number > 1197 else back
        distance = round(rng.uniform(20, 420), 1)
        trips.append((number, rng.choices(active, weights)[0], rng.randint(1, 30),
                      departed.isoformat(" ", "seconds"), returned.isoformat(" ", "seconds") if returned else None,
                      distance, round(distance * rng.uniform(0.08, 0.14), 1), status))
        if status == "completed":
            for _ in range(rng.randint(1, 4)):
                customer = 9 if rng.random() < 0.01 else rng.randint(1, 57)  # 58-60 never shipped anything
                delivered = (departed + datetime.timedelta(hours=rng.randint(1, 6))).isoformat(" ", "seconds")
                shipments.append((len(shipments) + 1, number, customer, round(rng.uniform(5, 900), 1),
                                  money(rng.uniform(25, 480)), None if rng.random() < 0.03 else delivered))
    insert(cur, "trips", ("trip_id", "driver_id", "vehicle_id", "departed_at", "returned_at", "distance_km",
                          "fuel_litres", "status"), trips)
    insert(cur, "shipments", ("shipment_id", "trip_id", "customer_id", "weight_kg", "price", "delivered_at"),
           shipments)
    services = []
    for vehicle in range(1, 31):
        for _ in range(0 if vehicle == 30 else rng.randint(1, 6)):
            kind, low, high = rng.choice(_FLEET_SERVICE_KINDS)
            services.append((len(services) + 1, vehicle, iso(random_day(rng, datetime.date(2023, 1, 1))), kind,
                             money(rng.uniform(low, high))))
    insert(cur, "services", ("service_id", "vehicle_id", "serviced_on", "kind", "cost"), services)
    con.commit()


_FLEET_DRIVER = "d.first_name, d.last_name"
_FLEET_Y2025 = "t.departed_at >= '2025-01-01' AND t.departed_at < '2026-01-01'"

FLEET: list[Case] = [
    # plain
    Case("how many drivers do we have", "SELECT COUNT(*) FROM drivers"),
    Case("how many vans are there", "SELECT COUNT(*) FROM vehicles WHERE vehicle_type = 'van'"),
    Case("how many electric vehicles", "SELECT COUNT(*) FROM vehicles WHERE is_electric = 1"),
    Case("list the depots", "SELECT depot_name FROM depots"),
    Case("total distance driven", "SELECT SUM(distance_km) FROM trips"),
    Case("average shipment weight", "SELECT AVG(weight_kg) FROM shipments"),
    Case("how many trips were cancelled", "SELECT COUNT(*) FROM trips WHERE status = 'cancelled'"),
    Case("how many healthcare customers", "SELECT COUNT(*) FROM customers WHERE segment = 'healthcare'"),
    Case("what's the capacity of a volvo fl", "SELECT DISTINCT capacity_kg FROM vehicles WHERE make = 'Volvo'"),
    Case("how much fuel did we use in 2025",
         "SELECT SUM(fuel_litres) FROM trips t WHERE " + _FLEET_Y2025),
    # extremes
    Case("longest trip", "SELECT trip_id FROM trips ORDER BY distance_km DESC LIMIT 1"),
    Case("heaviest shipment", "SELECT shipment_id FROM shipments ORDER BY weight_kg DESC LIMIT 1"),
    Case("best paid driver", "SELECT first_name, last_name FROM drivers ORDER BY hourly_wage DESC LIMIT 1"),
    Case("newest vehicle", "SELECT plate FROM vehicles ORDER BY bought_on DESC LIMIT 1"),
    Case("who is our longest serving driver", "SELECT first_name, last_name FROM drivers ORDER BY hired_on LIMIT 1"),
    Case("most expensive service", "SELECT service_id FROM services ORDER BY cost DESC LIMIT 1"),
    Case("when did the last trip leave", "SELECT MAX(departed_at) FROM trips"),
    # which Y has the most X
    Case("which driver has done the most trips",
         f"SELECT {_FLEET_DRIVER} FROM drivers d JOIN trips t ON t.driver_id = d.driver_id GROUP BY d.driver_id "
         "ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which customer sends us the most shipments",
         "SELECT c.company FROM customers c JOIN shipments s ON s.customer_id = c.customer_id "
         "GROUP BY c.customer_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which vehicle has cost the most in services",
         "SELECT v.plate FROM vehicles v JOIN services s ON s.vehicle_id = v.vehicle_id GROUP BY v.vehicle_id "
         "ORDER BY SUM(s.cost) DESC LIMIT 1"),
    Case("which depot has the most vehicles",
         "SELECT dp.depot_name FROM depots dp JOIN vehicles v ON v.depot_id = dp.depot_id GROUP BY dp.depot_id "
         "ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("most common service", "SELECT kind FROM services GROUP BY kind ORDER BY COUNT(*) DESC LIMIT 1"),
    # per group
    Case("trips per month in 2026",
         "SELECT strftime('%Y-%m', departed_at), COUNT(*) FROM trips WHERE departed_at >= '2026-01-01' "
         "AND departed_at < '2027-01-01' GROUP BY 1"),
    Case("vehicles by make", "SELECT make, COUNT(*) FROM vehicles GROUP BY make"),
    Case("service costs by kind", "SELECT kind, SUM(cost) FROM services GROUP BY kind"),
    Case("average wage per depot",
         "SELECT dp.depot_name, AVG(d.hourly_wage) FROM drivers d JOIN depots dp ON dp.depot_id = d.depot_id "
         "GROUP BY dp.depot_id"),
    Case("shipping revenue by customer segment",
         "SELECT c.segment, SUM(s.price) FROM shipments s JOIN customers c ON c.customer_id = s.customer_id "
         "GROUP BY c.segment"),
    # zero-keeping
    Case("how many trips has each driver done",
         f"SELECT {_FLEET_DRIVER}, COUNT(t.trip_id) FROM drivers d LEFT JOIN trips t ON t.driver_id = d.driver_id "
         "GROUP BY d.driver_id"),
    # anti-joins
    Case("drivers who have never done a trip",
         "SELECT first_name, last_name FROM drivers WHERE driver_id NOT IN (SELECT driver_id FROM trips)"),
    Case("customers with no shipments",
         "SELECT company FROM customers WHERE customer_id NOT IN (SELECT customer_id FROM shipments)"),
    Case("vehicles that have never been serviced",
         "SELECT plate FROM vehicles WHERE vehicle_id NOT IN (SELECT vehicle_id FROM services)"),
    # ratios
    Case("what percentage of trips were cancelled", "SELECT 100.0 * AVG(status = 'cancelled') FROM trips"),
    Case("share of vehicles that are electric", "SELECT AVG(is_electric) FROM vehicles"),
    # vs average
    Case("trips longer than average", "SELECT COUNT(*) FROM trips WHERE distance_km > (SELECT AVG(distance_km) "
         "FROM trips)"),
    Case("drivers earning more than the average wage",
         "SELECT first_name, last_name FROM drivers WHERE hourly_wage > (SELECT AVG(hourly_wage) FROM drivers)"),
    # self-reference
    Case("who is milo vane's lead driver",
         "SELECT l.first_name, l.last_name FROM drivers d JOIN drivers l ON l.driver_id = d.lead_driver_id "
         "WHERE d.first_name = 'Milo'"),
    Case("drivers without a lead driver", "SELECT first_name, last_name FROM drivers WHERE lead_driver_id IS NULL"),
    # yes / no
    Case("do we have more vans than trucks",
         "SELECT (SELECT COUNT(*) FROM vehicles WHERE vehicle_type = 'van') > "
         "(SELECT COUNT(*) FROM vehicles WHERE vehicle_type = 'truck')"),
    # HAVING
    Case("drivers with more than 80 trips",
         f"SELECT {_FLEET_DRIVER} FROM drivers d JOIN trips t ON t.driver_id = d.driver_id GROUP BY d.driver_id "
         "HAVING COUNT(*) > 80"),
    Case("customers who paid us over $16000 in total",
         "SELECT c.company FROM customers c JOIN shipments s ON s.customer_id = c.customer_id "
         "GROUP BY c.customer_id HAVING SUM(s.price) > 16000"),
    # dates
    Case("trips in august 2025",
         "SELECT COUNT(*) FROM trips WHERE departed_at >= '2025-08-01' AND departed_at < '2025-09-01'"),
    Case("how many shipments were delivered last month",
         "SELECT COUNT(*) FROM shipments WHERE delivered_at >= '2026-10-01' AND delivered_at < '2026-11-01'"),
    Case("vehicles bought before 2020", "SELECT plate FROM vehicles WHERE bought_on < '2020-01-01'"),
    Case("service spend this year",
         "SELECT SUM(cost) FROM services WHERE serviced_on >= '2026-01-01' AND serviced_on < '2027-01-01'"),
    Case("customers who signed up since march",
         "SELECT COUNT(*) FROM customers WHERE signed_up >= '2026-03-01'"),
    # names
    Case("how many trips has tariq hunt done",
         "SELECT COUNT(*) FROM trips t JOIN drivers d ON d.driver_id = t.driver_id "
         "WHERE d.first_name = 'Tariq' AND d.last_name = 'Hunt'"),
    Case("which depot does dana udall work at",
         "SELECT dp.depot_name FROM drivers d JOIN depots dp ON dp.depot_id = d.depot_id "
         "WHERE d.first_name = 'Dana'"),
    # NULLs
    Case("shipments not delivered yet", "SELECT COUNT(*) FROM shipments WHERE delivered_at IS NULL"),
    Case("trips still out", "SELECT COUNT(*) FROM trips WHERE returned_at IS NULL AND status <> 'cancelled'"),
    # composed
    Case("top 3 drivers by distance in 2025",
         f"SELECT {_FLEET_DRIVER} FROM drivers d JOIN trips t ON t.driver_id = d.driver_id WHERE {_FLEET_Y2025} "
         "GROUP BY d.driver_id ORDER BY SUM(t.distance_km) DESC LIMIT 3"),
    Case("average distance of trips driven in electric vehicles",
         "SELECT AVG(t.distance_km) FROM trips t JOIN vehicles v ON v.vehicle_id = t.vehicle_id "
         "WHERE v.is_electric = 1"),
    # people
    Case("youngest driver", "SELECT first_name, last_name FROM drivers ORDER BY date_of_birth DESC LIMIT 1"),
    Case("how many drivers are over 50", "SELECT COUNT(*) FROM drivers WHERE date_of_birth < '1976-11-18'"),
    # refuse
    Case("which driver is the safest", None),
    Case("what's the traffic like on the m1", None),
    Case("how many parcels will we ship at christmas", None),
    Case("why was trip 12 late", None),
    Case("which route is the most scenic", None),
    Case("what music does tariq listen to while driving", None),
]
