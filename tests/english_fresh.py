"""Two schemas the English reader was not designed around, with questions written before it read them.

`HELPDESK` is a support desk whose dates are all TEXT (ISO strings), with a team lead who is another
agent (a self-reference) and no declared foreign keys. `GYM` is a fitness club in CamelCase with declared
foreign keys and primary keys named after their tables (MemberId, PlanId). The questions are in the words
people type (lowercase, typos, informal). "Today" is 2026-11-18, as in tests/english_corpus.py, and the
same conventions hold: reference SQL names the essential columns, an answer may carry more; order is
compared only when the reference has ORDER BY. A reference of None means Dave should refuse: the question
can't be answered from the tables, and a plausible table would be a lie.
"""

from __future__ import annotations

import random
import sqlite3

__all__ = ["GYM", "HELPDESK", "build_gym", "build_helpdesk"]

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
    import datetime

    return (datetime.date(1970, 1, 1) + datetime.timedelta(days=days_since_epoch)).isoformat()
