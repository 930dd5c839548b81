"""A small hotel group: hotels, room types, rooms, guests, reservations, invoices, staff (with managers),
housekeeping tasks and reviews.

Written blind, like the rest of the held-out corpus: by someone who has not read the English reader. The
naming is mixed on purpose: `guests` and `reservations` are camelCase (``guestId``, ``firstName``,
``checkInDate``, ``checkOutDate``, ``loyaltyTier``), the rest use terse snake_case (``amt_total``,
``mgr_id``, ``hk_tasks``, ``sched_dt``, ``max_occ``). Every date is TEXT, money is REAL. Northgate Express
opened in October 2026 and has had no bookings yet; the Presidential Suite room type has no rooms; some
guests never booked, some staff manage nobody, some invoices are unpaid and some reservations lie in the future.
"""

from __future__ import annotations

import datetime
import itertools
import random
from typing import Any

from .common import TODAY, Case, create, insert, iso, money, random_day, random_moment

SEED = 7731

SCHEMA = (
    """CREATE TABLE hotels (
        hotel_id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        city TEXT NOT NULL,
        country TEXT NOT NULL,
        stars INTEGER NOT NULL,
        opened_dt TEXT
    )""",
    """CREATE TABLE room_types (
        type_id INTEGER PRIMARY KEY,
        type_name TEXT NOT NULL,
        base_rate REAL NOT NULL,
        max_occ INTEGER NOT NULL
    )""",
    """CREATE TABLE rooms (
        room_id INTEGER PRIMARY KEY,
        hotel_id INTEGER NOT NULL REFERENCES hotels (hotel_id),
        room_no TEXT NOT NULL,
        type_id INTEGER NOT NULL REFERENCES room_types (type_id),
        floor INTEGER NOT NULL,
        is_accessible INTEGER NOT NULL
    )""",
    """CREATE TABLE guests (
        guestId INTEGER PRIMARY KEY,
        firstName TEXT NOT NULL,
        lastName TEXT NOT NULL,
        email TEXT,
        countryCode TEXT,
        loyaltyTier TEXT,
        createdAt TEXT NOT NULL
    )""",
    """CREATE TABLE reservations (
        resId INTEGER PRIMARY KEY,
        guestId INTEGER NOT NULL REFERENCES guests (guestId),
        roomId INTEGER NOT NULL REFERENCES rooms (room_id),
        checkInDate TEXT NOT NULL,
        checkOutDate TEXT NOT NULL,
        status TEXT NOT NULL,
        bookedAt TEXT NOT NULL,
        channel TEXT NOT NULL,
        numGuests INTEGER NOT NULL,
        nightlyRate REAL NOT NULL
    )""",
    """CREATE TABLE invoices (
        inv_id INTEGER PRIMARY KEY,
        res_id INTEGER NOT NULL REFERENCES reservations (resId),
        issued_dt TEXT NOT NULL,
        room_amt REAL NOT NULL,
        extras_amt REAL NOT NULL,
        tax_amt REAL NOT NULL,
        amt_total REAL NOT NULL,
        paid_dt TEXT,
        pay_method TEXT
    )""",
    """CREATE TABLE staff (
        emp_id INTEGER PRIMARY KEY,
        full_name TEXT NOT NULL,
        role TEXT NOT NULL,
        hotel_id INTEGER REFERENCES hotels (hotel_id),
        mgr_id INTEGER REFERENCES staff (emp_id),
        hire_dt TEXT NOT NULL,
        hourly_wage REAL
    )""",
    """CREATE TABLE hk_tasks (
        task_id INTEGER PRIMARY KEY,
        room_id INTEGER NOT NULL,
        emp_id INTEGER,
        task_type TEXT NOT NULL,
        sched_dt TEXT NOT NULL,
        done_at TEXT,
        mins INTEGER
    )""",
    """CREATE TABLE reviews (
        review_id INTEGER PRIMARY KEY,
        res_id INTEGER NOT NULL,
        hotel_id INTEGER NOT NULL,
        rating INTEGER NOT NULL,
        review_dt TEXT NOT NULL,
        title TEXT,
        would_recommend INTEGER
    )""",
)

# name, city, country, stars, opened, rooms per floor, floors
HOTELS = (
    ("Harborview Grand", "Lisbon", "Portugal", 5, "2009-05-14", 5, 4),
    ("Alfama Boutique", "Lisbon", "Portugal", 4, "2016-03-01", 4, 3),
    ("Ribeira Suites", "Porto", "Portugal", 4, "2018-07-20", 4, 3),
    ("Castle Rock Inn", "Edinburgh", "United Kingdom", 3, "2004-10-02", 5, 3),
    ("Old Town Lodge", "Edinburgh", "United Kingdom", 3, "2012-04-11", 4, 2),
    ("Canal House", "Amsterdam", "Netherlands", 4, "2015-09-30", 4, 3),
    ("Dune Resort", "Faro", "Portugal", 5, "2019-06-01", 5, 3),
    ("Northgate Express", "Manchester", "United Kingdom", 2, "2026-10-20", 4, 2),
)
NEW_HOTEL = 8
STAR_FACTOR = {2: 0.7, 3: 0.85, 4: 1.0, 5: 1.45}

# name, base rate, max occupancy, weight
ROOM_TYPES = (
    ("Single", 79.0, 1, 3),
    ("Double", 119.0, 2, 6),
    ("Twin", 115.0, 2, 4),
    ("Deluxe King", 189.0, 2, 3),
    ("Family Room", 169.0, 4, 2),
    ("Junior Suite", 259.0, 3, 1),
    ("Presidential Suite", 1450.0, 4, 0),
)

FIRST_NAMES = (
    "Ana", "Bruno", "Carla", "Duarte", "Eva", "Filipe", "Greta", "Hugo", "Ines", "Jonas", "Kirsty", "Lars",
    "Mei", "Nuno", "Olga", "Pieter", "Rosa", "Sanne", "Tiago", "Ursula", "Viktor", "Wendy", "Yusuf", "Zara",
    "Callum", "Fenna", "Marta", "Ewan",
)  # fmt: skip
LAST_NAMES = (
    "Almeida", "Brennan", "Coelho", "Dekker", "Esteves", "Fraser", "Gomes", "Hendriks", "Imrie", "Jansen",
    "Keller", "Lopes", "McLeod", "Nunes", "Oliveira", "Pires", "Quinn", "Ramos", "Smit", "Teixeira", "Visser",
    "Watt",
)  # fmt: skip
COUNTRIES = (("PT", 24), ("GB", 22), ("US", 14), ("DE", 10), ("NL", 10), ("FR", 8), ("ES", 7), ("BR", 5))
CHANNELS = (("direct", 30), ("booking.com", 35), ("expedia", 20), ("phone", 10), ("walk-in", 5))

STAFF_FIRST = (
    "Amelia", "Bernardo", "Catriona", "Daan", "Eilidh", "Francisco", "Gabriela", "Hamish", "Isabel", "Joost",
    "Leonor", "Malcolm", "Noor", "Orla", "Paulo", "Rui", "Sofia", "Thijs", "Vera", "Willem", "Beatriz",
    "Fiona", "Goncalo", "Lieke",
)  # fmt: skip
STAFF_LAST = (
    "Abreu", "Baird", "Cardoso", "de Vries", "Duncan", "Faria", "Graham", "Henriques", "Kerr", "Meijer",
    "Moreira", "Munro", "Peeters", "Rocha", "Sousa", "Stewart",
)  # fmt: skip
TASK_TYPES = (("clean", 60, (20, 45)), ("linen change", 15, (10, 20)), ("deep clean", 10, (60, 120)),
              ("turndown", 8, (5, 15)), ("inspection", 7, (10, 25)))  # fmt: skip
REVIEW_TITLES = {
    1: ("Never again", "Dirty room", "Very disappointing"),
    2: ("Not great", "Noisy at night", "Overpriced"),
    3: ("Okay stay", "Average", "Fine for one night"),
    4: ("Lovely stay", "Great location", "Friendly staff"),
    5: ("Perfect", "Best hotel in town", "Will be back"),
}


def _hotels() -> list[tuple[Any, ...]]:
    return [(i, name, city, country, stars, opened) for i, (name, city, country, stars, opened, _, _) in
            enumerate(HOTELS, 1)]  # fmt: skip


def _room_types() -> list[tuple[Any, ...]]:
    return [(i, name, rate, occ) for i, (name, rate, occ, _) in enumerate(ROOM_TYPES, 1)]


def _rooms(rng: random.Random) -> list[tuple[Any, ...]]:
    rows = []
    weights = [t[3] for t in ROOM_TYPES]
    for hotel_id, (*_, per_floor, floors) in enumerate(HOTELS, 1):
        for floor in range(1, floors + 1):
            for number in range(1, per_floor + 1):
                type_id = rng.choices(range(1, len(ROOM_TYPES) + 1), weights)[0]
                if hotel_id == 5 and type_id == 6:
                    type_id = 2  # Old Town Lodge has no suites
                accessible = 1 if floor == 1 and number <= 2 else 0
                rows.append((len(rows) + 1, hotel_id, f"{floor}{number:02d}", type_id, floor, accessible))
    return rows


def _guests(rng: random.Random) -> list[tuple[Any, ...]]:
    names = list(itertools.product(FIRST_NAMES, LAST_NAMES))
    rng.shuffle(names)
    rows = []
    for ident in range(1, 421):
        first, last = names[ident - 1]
        email = None if rng.random() < 0.12 else f"{first.lower()}.{last.lower()}{rng.randint(1, 99)}@mail.example"
        country = None if rng.random() < 0.03 else rng.choices([c for c, _ in COUNTRIES], [w for _, w in COUNTRIES])[0]
        tier = rng.choices(("gold", "silver", "bronze", None), (8, 17, 30, 45))[0]
        created = random_moment(rng, datetime.date(2020, 1, 1), datetime.date(2026, 11, 10))
        rows.append((ident, first, last, email, country, tier, iso(created)))
    return rows


def _reservations(rng: random.Random, rooms: list[tuple[Any, ...]],
                  guests: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:  # fmt: skip
    bookers = [g for g in guests if g[0] % 12 != 0]  # guests 12, 24, ..., 420 never booked
    weights = [{"gold": 6, "silver": 3, "bronze": 2, None: 1}[g[5]] for g in bookers]
    stars = {i: h[3] for i, h in enumerate(HOTELS, 1)}
    rows: list[tuple[Any, ...]] = []
    for room in rooms:
        room_id, hotel_id, _, type_id, _, _ = room
        if hotel_id == NEW_HOTEL:
            continue
        _, base, occ, _ = ROOM_TYPES[type_id - 1]
        gap = rng.choice((22, 30, 40, 55))
        day = datetime.date(2023, 1, 1) + datetime.timedelta(days=rng.randint(0, 30))
        while day <= datetime.date(2027, 1, 31):
            nights = rng.choices((1, 2, 3, 4, 5, 7, 10), (20, 25, 20, 12, 10, 9, 4))[0]
            out = day + datetime.timedelta(days=nights)
            guest = rng.choices(bookers, weights)[0]
            booked = random_moment(rng, day - datetime.timedelta(days=rng.randint(1, 120)), day - datetime.timedelta(1))
            if booked.date() > TODAY:
                booked = booked.replace(year=TODAY.year, month=TODAY.month, day=rng.randint(1, 17))
            season = 1.25 if day.month in (6, 7, 8) else 0.9 if day.month in (1, 2, 11) else 1.0
            rate = money(base * STAR_FACTOR[stars[hotel_id]] * season * rng.uniform(0.9, 1.1))
            channel = rng.choices([c for c, _ in CHANNELS], [w for _, w in CHANNELS])[0]
            if channel == "walk-in":
                booked = datetime.datetime(day.year, day.month, day.day, rng.randint(12, 22), rng.randrange(60))
            if out <= TODAY:
                status = rng.choices(("completed", "cancelled", "no-show"), (87, 9, 4))[0]
            elif day <= TODAY:
                status = "checked-in"
            else:
                status = rng.choices(("confirmed", "cancelled"), (90, 10))[0]
            party = rng.randint(1, occ)
            rows.append((len(rows) + 1, guest[0], room_id, iso(day), iso(out), status, iso(booked), channel, party,
                         rate))  # fmt: skip
            day = out + datetime.timedelta(days=max(0, int(rng.expovariate(1 / gap))))
    rows.sort(key=lambda r: (r[6], r[2]))
    return [(i, *row[1:]) for i, row in enumerate(rows, 1)]


def _invoices(rng: random.Random, reservations: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    rows = []
    for res in reservations:
        res_id, _, _, check_in, check_out, status, _, _, party, rate = res
        if status not in ("completed", "no-show"):
            continue
        nights = (datetime.date.fromisoformat(check_out) - datetime.date.fromisoformat(check_in)).days
        room_amt = money(rate * (1 if status == "no-show" else nights))
        extras = 0.0 if status == "no-show" or rng.random() < 0.45 else money(rng.uniform(5, 60) * party)
        tax = money((room_amt + extras) * 0.09)
        total = money(room_amt + extras + tax)
        issued = datetime.date.fromisoformat(check_out)
        unpaid = ((TODAY - issued).days < 45 and rng.random() < 0.35) or rng.random() < 0.01
        paid = None if unpaid else issued + datetime.timedelta(days=rng.choice((0, 0, 0, 1, 3, 14, 30)))
        if paid is not None and paid > TODAY:
            paid = None
        method = None if paid is None else rng.choices(("card", "cash", "bank transfer"), (75, 10, 15))[0]
        rows.append((len(rows) + 1, res_id, iso(issued), room_amt, extras, tax, total, iso(paid), method))
    return rows


def _staff(rng: random.Random) -> list[tuple[Any, ...]]:
    names = [f"{first} {last}" for first, last in itertools.product(STAFF_FIRST, STAFF_LAST)]
    rng.shuffle(names)
    pool = iter(names)
    rows: list[tuple[Any, ...]] = []

    def add(role: str, hotel: int | None, mgr: int | None, wage: float | None, hired: datetime.date) -> int:
        rows.append((len(rows) + 1, next(pool), role, hotel, mgr, iso(hired), wage))
        return len(rows)

    ceo = add("chief operating officer", None, None, None, datetime.date(2008, 2, 4))
    regions = {"Portugal": add("regional director", None, ceo, None, datetime.date(2014, 9, 1)),
               "north": add("regional director", None, ceo, None, datetime.date(2017, 1, 9))}  # fmt: skip
    for hotel_id, (_, _, country, _, opened, per_floor, floors) in enumerate(HOTELS, 1):
        start = max(datetime.date.fromisoformat(opened), datetime.date(2010, 1, 1))
        region = regions["Portugal" if country == "Portugal" else "north"]
        gm = add("general manager", hotel_id, region, None, random_day(rng, start, datetime.date(2024, 6, 30))
                 if hotel_id != NEW_HOTEL else datetime.date(2026, 8, 1))  # fmt: skip
        head = add("head housekeeper", hotel_id, gm, money(rng.uniform(17, 21)), random_day(rng, start, TODAY))
        for _ in range(max(1, per_floor * floors // 7)):
            add("housekeeper", hotel_id, head, money(rng.uniform(11.5, 14.5)), random_day(rng, start, TODAY))
        for _ in range(2 if per_floor * floors < 14 else 3):
            add("front desk", hotel_id, gm, money(rng.uniform(12.5, 16)), random_day(rng, start, TODAY))
        if HOTELS[hotel_id - 1][3] == 5:
            add("concierge", hotel_id, gm, money(rng.uniform(16, 19)), random_day(rng, start, TODAY))
        add("maintenance", hotel_id, gm, money(rng.uniform(14, 18)), random_day(rng, start, TODAY))
    return rows


def _tasks(rng: random.Random, rooms: list[tuple[Any, ...]], staff: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    cleaners: dict[int, list[int]] = {}
    for emp in staff:
        if emp[2] in ("housekeeper", "head housekeeper"):
            cleaners.setdefault(emp[3], []).append(emp[0])
    lazy = {e for ids in cleaners.values() for e in ids[:1]}  # head housekeepers hand the work on
    rows = []
    for _ in range(1600):
        room = rng.choice(rooms)
        hotel = room[1]
        day = random_day(rng, datetime.date(2025, 6, 1), datetime.date(2026, 11, 25))
        if hotel == NEW_HOTEL:
            day = random_day(rng, datetime.date(2026, 10, 20), datetime.date(2026, 11, 25))
        kind, _, (low, high) = rng.choices(TASK_TYPES, [t[1] for t in TASK_TYPES])[0]
        team = [e for e in cleaners[hotel] if e not in lazy] or cleaners[hotel]
        emp = None if rng.random() < 0.04 or (day > TODAY and rng.random() < 0.5) else rng.choice(team)
        done = None
        mins = None
        if day < TODAY and emp is not None and rng.random() > 0.02:
            done = random_moment(rng, day, day, hours=(8, 16))
            mins = rng.randint(low, high)
        rows.append((len(rows) + 1, room[0], emp, kind, iso(day), iso(done), mins))
    return rows


def _reviews(rng: random.Random, reservations: list[tuple[Any, ...]], rooms: list[tuple[Any, ...]],
             invoices: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:  # fmt: skip
    hotel_of = {r[0]: r[1] for r in rooms}
    quality = {1: 4.4, 2: 4.1, 3: 3.9, 4: 3.3, 5: 2.8, 6: 4.0, 7: 4.6}
    rows = []
    for res in reservations:
        if res[5] != "completed" or rng.random() > 0.33:
            continue
        hotel = hotel_of[res[2]]
        rating = max(1, min(5, round(rng.gauss(quality[hotel], 0.9))))
        day = datetime.date.fromisoformat(res[4]) + datetime.timedelta(days=rng.randint(0, 12))
        if day > TODAY:
            continue
        title = None if rng.random() < 0.2 else rng.choice(REVIEW_TITLES[rating])
        recommend = None if rng.random() < 0.1 else int(rating >= 4 or (rating == 3 and rng.random() < 0.4))
        rows.append((len(rows) + 1, res[0], hotel, rating, iso(day), title, recommend))
    return rows


def build(con: Any) -> None:
    rng = random.Random(SEED)
    cur = con.cursor()
    create(cur, SCHEMA)
    hotels = _hotels()
    types = _room_types()
    rooms = _rooms(rng)
    guests = _guests(rng)
    reservations = _reservations(rng, rooms, guests)
    invoices = _invoices(rng, reservations)
    staff = _staff(rng)
    tasks = _tasks(rng, rooms, staff)
    reviews = _reviews(rng, reservations, rooms, invoices)
    insert(cur, "hotels", ("hotel_id", "name", "city", "country", "stars", "opened_dt"), hotels)
    insert(cur, "room_types", ("type_id", "type_name", "base_rate", "max_occ"), types)
    insert(cur, "rooms", ("room_id", "hotel_id", "room_no", "type_id", "floor", "is_accessible"), rooms)
    insert(cur, "guests", ("guestId", "firstName", "lastName", "email", "countryCode", "loyaltyTier", "createdAt"),
           guests)  # fmt: skip
    insert(cur, "reservations", ("resId", "guestId", "roomId", "checkInDate", "checkOutDate", "status", "bookedAt",
                                 "channel", "numGuests", "nightlyRate"), reservations)  # fmt: skip
    insert(cur, "invoices", ("inv_id", "res_id", "issued_dt", "room_amt", "extras_amt", "tax_amt", "amt_total",
                             "paid_dt", "pay_method"), invoices)  # fmt: skip
    insert(cur, "staff", ("emp_id", "full_name", "role", "hotel_id", "mgr_id", "hire_dt", "hourly_wage"), staff)
    insert(cur, "hk_tasks", ("task_id", "room_id", "emp_id", "task_type", "sched_dt", "done_at", "mins"), tasks)
    insert(cur, "reviews", ("review_id", "res_id", "hotel_id", "rating", "review_dt", "title", "would_recommend"),
           reviews)  # fmt: skip


RES_HOTEL = "FROM reservations r JOIN rooms m ON m.room_id = r.roomId JOIN hotels h ON h.hotel_id = m.hotel_id"
INV_HOTEL = ("FROM invoices i JOIN reservations r ON r.resId = i.res_id JOIN rooms m ON m.room_id = r.roomId "
             "JOIN hotels h ON h.hotel_id = m.hotel_id")  # fmt: skip
INV_GUEST = "FROM invoices i JOIN reservations r ON r.resId = i.res_id JOIN guests g ON g.guestId = r.guestId"
RES_GUEST = "FROM reservations r JOIN guests g ON g.guestId = r.guestId"
NIGHTS = "julianday(r.checkOutDate) - julianday(r.checkInDate)"
STAYED = "r.status IN ('completed', 'checked-in')"
IN_2025 = "BETWEEN '2025-01-01' AND '2025-12-31'"

QUESTIONS: list[Case] = [
    # -- plain and easy --------------------------------------------------------------------------------------
    Case("how many hotels do we have", "SELECT COUNT(*) FROM hotels"),
    Case("list all the hotels in lisbon", "SELECT name FROM hotels WHERE city = 'Lisbon'"),
    Case("how many rooms in total across the group", "SELECT COUNT(*) FROM rooms"),
    Case("how many guests r in the system", "SELECT COUNT(*) FROM guests"),
    Case("whats the most expensive room type", "SELECT type_name FROM room_types ORDER BY base_rate DESC LIMIT 1"),
    Case("how many 5 star hotels are there", "SELECT COUNT(*) FROM hotels WHERE stars = 5"),
    Case("list the gold tier guests", "SELECT firstName, lastName FROM guests WHERE loyaltyTier = 'gold'"),
    Case("avg nightly rate across all reservations", "SELECT AVG(nightlyRate) FROM reservations"),
    Case("total revenue from all invoices", "SELECT SUM(amt_total) FROM invoices"),
    Case("how many reservations were cancelled", "SELECT COUNT(*) FROM reservations WHERE status = 'cancelled'"),
    Case("when did the harborview grand open", "SELECT opened_dt FROM hotels WHERE name = 'Harborview Grand'"),
    Case("what's marta smit's email", "SELECT email FROM guests WHERE firstName = 'Marta' AND lastName = 'Smit'"),
    Case("how many staff work at canal house",
         "SELECT COUNT(*) FROM staff s JOIN hotels h ON h.hotel_id = s.hotel_id WHERE h.name = 'Canal House'"),
    Case("what room types do we offer", "SELECT type_name FROM room_types"),
    # -- counts with filters ---------------------------------------------------------------------------------
    Case("how many accessible rooms does dune resort have",
         "SELECT COUNT(*) FROM rooms m JOIN hotels h ON h.hotel_id = m.hotel_id "
         "WHERE h.name = 'Dune Resort' AND m.is_accessible = 1"),
    Case("no. of bookings made through booking.com", "SELECT COUNT(*) FROM reservations WHERE channel = 'booking.com'"),
    Case("how many guests are from germany", "SELECT COUNT(*) FROM guests WHERE countryCode = 'DE'"),
    Case("how many diff guests have stayed at the alfama boutique",
         f"SELECT COUNT(DISTINCT r.guestId) {RES_HOTEL} WHERE h.name = 'Alfama Boutique' AND {STAYED}"),
    Case("how many no-shows were there in 2025",
         f"SELECT COUNT(*) FROM reservations WHERE status = 'no-show' AND checkInDate {IN_2025}"),
    Case("how many rooms are on the 3rd floor of castle rock inn",
         "SELECT COUNT(*) FROM rooms m JOIN hotels h ON h.hotel_id = m.hotel_id "
         "WHERE h.name = 'Castle Rock Inn' AND m.floor = 3"),
    Case("how many reservations has jonas mcleod made",
         f"SELECT COUNT(*) {RES_GUEST} WHERE g.firstName = 'Jonas' AND g.lastName = 'McLeod'"),
    # -- sum / avg / min / max -------------------------------------------------------------------------------
    Case("total amount invoiced for dune resort in 2025",
         f"SELECT SUM(i.amt_total) {INV_HOTEL} WHERE h.name = 'Dune Resort' AND i.issued_dt {IN_2025}"),
    Case("avg rating for canal house",
         "SELECT AVG(v.rating) FROM reviews v JOIN hotels h ON h.hotel_id = v.hotel_id WHERE h.name = 'Canal House'"),
    Case("whats the longest reservation we've had, in nights", f"SELECT MAX({NIGHTS}) FROM reservations r"),
    Case("average number of nights per reservation", f"SELECT AVG({NIGHTS}) FROM reservations r"),
    Case("biggest invoice ever", "SELECT MAX(amt_total) FROM invoices"),
    Case("avg hourly wage for housekeepers", "SELECT AVG(hourly_wage) FROM staff WHERE role = 'housekeeper'"),
    Case("how much did we make on extras last year", f"SELECT SUM(extras_amt) FROM invoices WHERE issued_dt {IN_2025}"),
    Case("total tax collected", "SELECT SUM(tax_amt) FROM invoices"),
    # -- top-N, first / latest -------------------------------------------------------------------------------
    Case("top 5 guests by total spend",
         f"SELECT g.firstName, g.lastName {INV_GUEST} GROUP BY g.guestId ORDER BY SUM(i.amt_total) DESC LIMIT 5"),
    Case("which 3 hotels have the most reservations",
         f"SELECT h.name {RES_HOTEL} GROUP BY h.hotel_id ORDER BY COUNT(*) DESC LIMIT 3"),
    Case("the 3 cheapest room types", "SELECT type_name FROM room_types ORDER BY base_rate LIMIT 3"),
    Case("which guest has made the most reservations",
         f"SELECT g.firstName, g.lastName {RES_GUEST} GROUP BY g.guestId ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("bottom 3 hotels by avg rating",
         "SELECT h.name FROM reviews v JOIN hotels h ON h.hotel_id = v.hotel_id "
         "GROUP BY h.hotel_id ORDER BY AVG(v.rating) LIMIT 3"),
    Case("when was the earliest check-in on record", "SELECT MIN(checkInDate) FROM reservations"),
    Case("latest check out date we have on the books", "SELECT MAX(checkOutDate) FROM reservations"),
    Case("who made the most recent booking",
         f"SELECT g.firstName, g.lastName {RES_GUEST} ORDER BY r.bookedAt DESC LIMIT 1"),
    Case("which housekeeper has completed the most tasks",
         "SELECT s.full_name FROM hk_tasks t JOIN staff s ON s.emp_id = t.emp_id WHERE t.done_at IS NOT NULL "
         "GROUP BY s.emp_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("who's our longest serving employee", "SELECT full_name FROM staff ORDER BY hire_dt LIMIT 1"),
    Case("which city brings in the most revenue",
         f"SELECT h.city {INV_HOTEL} GROUP BY h.city ORDER BY SUM(i.amt_total) DESC LIMIT 1"),
    # -- per-group breakdowns --------------------------------------------------------------------------------
    Case("reservations by channel", "SELECT channel, COUNT(*) FROM reservations GROUP BY channel"),
    Case("number of rooms per hotel",
         "SELECT h.name, COUNT(*) FROM rooms m JOIN hotels h ON h.hotel_id = m.hotel_id GROUP BY h.hotel_id"),
    Case("revenue by hotel", f"SELECT h.name, SUM(i.amt_total) {INV_HOTEL} GROUP BY h.hotel_id"),
    Case("avg rating for each hotel",
         "SELECT h.name, AVG(v.rating) FROM reviews v JOIN hotels h ON h.hotel_id = v.hotel_id GROUP BY h.hotel_id"),
    Case("number of reservations by year of check-in",
         "SELECT strftime('%Y', checkInDate), COUNT(*) FROM reservations GROUP BY 1"),
    Case("how many guests in each loyalty tier",
         "SELECT loyaltyTier, COUNT(*) FROM guests WHERE loyaltyTier IS NOT NULL GROUP BY loyaltyTier"),
    Case("monthly revenue for 2025",
         f"SELECT strftime('%Y-%m', issued_dt), SUM(amt_total) FROM invoices WHERE issued_dt {IN_2025} GROUP BY 1"),
    Case("average invoice amount per payment method",
         "SELECT pay_method, AVG(amt_total) FROM invoices WHERE pay_method IS NOT NULL GROUP BY pay_method"),
    Case("housekeeping tasks split by type", "SELECT task_type, COUNT(*) FROM hk_tasks GROUP BY task_type"),
    Case("headcount per role", "SELECT role, COUNT(*) FROM staff GROUP BY role"),
    Case("avg minutes spent per task type", "SELECT task_type, AVG(mins) FROM hk_tasks GROUP BY task_type"),
    Case("revenue per room type",
         "SELECT t.type_name, SUM(i.amt_total) FROM invoices i JOIN reservations r ON r.resId = i.res_id "
         "JOIN rooms m ON m.room_id = r.roomId JOIN room_types t ON t.type_id = m.type_id GROUP BY t.type_id"),
    Case("how many rooms of each type, including types with no rooms",
         "SELECT t.type_name, COUNT(m.room_id) FROM room_types t LEFT JOIN rooms m ON m.type_id = t.type_id "
         "GROUP BY t.type_id"),
    Case("reservations for every hotel, show 0 for hotels with none",
         "SELECT h.name, COUNT(r.resId) FROM hotels h LEFT JOIN rooms m ON m.hotel_id = h.hotel_id "
         "LEFT JOIN reservations r ON r.roomId = m.room_id GROUP BY h.hotel_id"),
    # -- anti-joins ------------------------------------------------------------------------------------------
    Case("guests who have never made a reservation",
         "SELECT firstName, lastName FROM guests g WHERE NOT EXISTS "
         "(SELECT 1 FROM reservations r WHERE r.guestId = g.guestId)"),
    Case("which hotel has had no bookings at all",
         f"SELECT name FROM hotels WHERE hotel_id NOT IN (SELECT m.hotel_id {RES_HOTEL})"),
    Case("room types that no room uses",
         "SELECT type_name FROM room_types t WHERE NOT EXISTS (SELECT 1 FROM rooms m WHERE m.type_id = t.type_id)"),
    Case("how many employees dont manage anybody",
         "SELECT COUNT(*) FROM staff s WHERE NOT EXISTS (SELECT 1 FROM staff x WHERE x.mgr_id = s.emp_id)"),
    Case("which rooms have never been booked",
         "SELECT room_no FROM rooms m WHERE NOT EXISTS (SELECT 1 FROM reservations r WHERE r.roomId = m.room_id)"),
    Case("how many guests have booked with us but never left a review",
         "SELECT COUNT(DISTINCT r.guestId) FROM reservations r WHERE r.guestId NOT IN "
         "(SELECT r2.guestId FROM reviews v JOIN reservations r2 ON r2.resId = v.res_id)"),
    # -- ratios, comparisons with the average ----------------------------------------------------------------
    Case("what % of reservations get cancelled",
         "SELECT 100.0 * SUM(status = 'cancelled') / COUNT(*) FROM reservations"),
    Case("share of bookings that came in direct", "SELECT AVG(channel = 'direct') FROM reservations"),
    Case("what percentage of reviewers would recommend us", "SELECT AVG(would_recommend) FROM reviews"),
    Case("what fraction of invoices are still unpaid", "SELECT AVG(paid_dt IS NULL) FROM invoices"),
    Case("hotels whose avg rating is above the overall average",
         "SELECT h.name FROM reviews v JOIN hotels h ON h.hotel_id = v.hotel_id GROUP BY h.hotel_id "
         "HAVING AVG(v.rating) > (SELECT AVG(rating) FROM reviews)"),
    Case("how many invoices were above the average invoice",
         "SELECT COUNT(*) FROM invoices WHERE amt_total > (SELECT AVG(amt_total) FROM invoices)"),
    Case("which front desk staff earn more than the average front desk wage",
         "SELECT full_name FROM staff WHERE role = 'front desk' "
         "AND hourly_wage > (SELECT AVG(hourly_wage) FROM staff WHERE role = 'front desk')"),
    # -- self-reference --------------------------------------------------------------------------------------
    Case("who is leonor baird's manager",
         "SELECT m.full_name FROM staff s JOIN staff m ON m.emp_id = s.mgr_id WHERE s.full_name = 'Leonor Baird'"),
    Case("who reports to hamish munro",
         "SELECT s.full_name FROM staff s JOIN staff m ON m.emp_id = s.mgr_id WHERE m.full_name = 'Hamish Munro'"),
    Case("how many people report directly to the coo",
         "SELECT COUNT(*) FROM staff s JOIN staff m ON m.emp_id = s.mgr_id WHERE m.role = 'chief operating officer'"),
    Case("list each general manager and their boss",
         "SELECT s.full_name, m.full_name FROM staff s JOIN staff m ON m.emp_id = s.mgr_id "
         "WHERE s.role = 'general manager'"),
    Case("which managers have more than 5 direct reports",
         "SELECT m.full_name FROM staff s JOIN staff m ON m.emp_id = s.mgr_id GROUP BY m.emp_id HAVING COUNT(*) > 5"),
    # -- yes / no --------------------------------------------------------------------------------------------
    Case("are there more gold guests than silver ones?",
         "SELECT (SELECT COUNT(*) FROM guests WHERE loyaltyTier = 'gold') > "
         "(SELECT COUNT(*) FROM guests WHERE loyaltyTier = 'silver')"),
    Case("is dune resort rated higher than harborview grand on average",
         "SELECT (SELECT AVG(rating) FROM reviews v JOIN hotels h ON h.hotel_id = v.hotel_id "
         "WHERE h.name = 'Dune Resort') > (SELECT AVG(rating) FROM reviews v JOIN hotels h "
         "ON h.hotel_id = v.hotel_id WHERE h.name = 'Harborview Grand')"),
    Case("did anyone stay at canal house over christmas 2025",
         f"SELECT EXISTS (SELECT 1 {RES_HOTEL} WHERE h.name = 'Canal House' AND {STAYED} "
         "AND r.checkInDate <= '2025-12-25' AND r.checkOutDate > '2025-12-25')"),
    Case("do we have any unpaid invoices from 2024",
         "SELECT EXISTS (SELECT 1 FROM invoices WHERE paid_dt IS NULL AND issued_dt BETWEEN '2024-01-01' "
         "AND '2024-12-31')"),
    # -- HAVING ----------------------------------------------------------------------------------------------
    Case("guests with more than 35 reservations",
         f"SELECT g.firstName, g.lastName {RES_GUEST} GROUP BY g.guestId HAVING COUNT(*) > 35"),
    Case("hotels with over 600 reservations",
         f"SELECT h.name {RES_HOTEL} GROUP BY h.hotel_id HAVING COUNT(*) > 600"),
    Case("countries with at least 40 guests",
         "SELECT countryCode FROM guests GROUP BY countryCode HAVING COUNT(*) >= 40"),
    # -- dates -----------------------------------------------------------------------------------------------
    Case("how many reservations were for check-in last month",
         "SELECT COUNT(*) FROM reservations WHERE checkInDate BETWEEN '2026-10-01' AND '2026-10-31'"),
    Case("how many bookings were made this year", "SELECT COUNT(*) FROM reservations WHERE bookedAt >= '2026-01-01'"),
    Case("revenue in q1 2026",
         "SELECT SUM(amt_total) FROM invoices WHERE issued_dt BETWEEN '2026-01-01' AND '2026-03-31'"),
    Case("who's checking in tomorrow",
         f"SELECT DISTINCT g.firstName, g.lastName {RES_GUEST} WHERE r.checkInDate = '2026-11-19' "
         "AND r.status = 'confirmed'"),
    Case("which guests are in house right now",
         f"SELECT DISTINCT g.firstName, g.lastName {RES_GUEST} WHERE r.checkInDate <= '2026-11-18' "
         "AND r.checkOutDate > '2026-11-18' AND r.status = 'checked-in'"),
    Case("how many reviews were posted in 2025", f"SELECT COUNT(*) FROM reviews WHERE review_dt {IN_2025}"),
    Case("how many hk tasks are scheduled after today", "SELECT COUNT(*) FROM hk_tasks WHERE sched_dt > '2026-11-18'"),
    Case("how many staff have we hired since the start of 2025",
         "SELECT COUNT(*) FROM staff WHERE hire_dt >= '2025-01-01'"),
    Case("how many guests signed up in september 2026",
         "SELECT COUNT(*) FROM guests WHERE createdAt BETWEEN '2026-09-01' AND '2026-09-30 23:59:59'"),
    # -- NULLs -----------------------------------------------------------------------------------------------
    Case("which guests dont have an email", "SELECT firstName, lastName FROM guests WHERE email IS NULL"),
    Case("how many unpaid invoices are there", "SELECT COUNT(*) FROM invoices WHERE paid_dt IS NULL"),
    Case("how many hk tasks have nobody assigned", "SELECT COUNT(*) FROM hk_tasks WHERE emp_id IS NULL"),
    Case("guests with no country on file", "SELECT firstName, lastName FROM guests WHERE countryCode IS NULL"),
    # -- composed --------------------------------------------------------------------------------------------
    Case("in 2025 which hotel made the most money",
         f"SELECT h.name {INV_HOTEL} WHERE i.issued_dt {IN_2025} GROUP BY h.hotel_id "
         "ORDER BY SUM(i.amt_total) DESC LIMIT 1"),
    Case("avg rating per hotel for reviews written in 2026",
         "SELECT h.name, AVG(v.rating) FROM reviews v JOIN hotels h ON h.hotel_id = v.hotel_id "
         "WHERE v.review_dt >= '2026-01-01' GROUP BY h.hotel_id"),
    Case("which housekeeper at the harborview grand has spent the most minutes on tasks",
         "SELECT s.full_name FROM hk_tasks t JOIN staff s ON s.emp_id = t.emp_id JOIN hotels h "
         "ON h.hotel_id = s.hotel_id WHERE h.name = 'Harborview Grand' GROUP BY s.emp_id "
         "ORDER BY SUM(t.mins) DESC LIMIT 1"),
    Case("what's the average party size in family rooms",
         "SELECT AVG(r.numGuests) FROM reservations r JOIN rooms m ON m.room_id = r.roomId "
         "JOIN room_types t ON t.type_id = m.type_id WHERE t.type_name = 'Family Room'"),
    Case("how many nights in total has jonas mcleod stayed with us",
         f"SELECT SUM({NIGHTS}) {RES_GUEST} WHERE g.firstName = 'Jonas' AND g.lastName = 'McLeod' AND {STAYED}"),
    Case("cancellations per hotel in 2025",
         f"SELECT h.name, COUNT(*) {RES_HOTEL} WHERE r.status = 'cancelled' AND r.checkInDate {IN_2025} "
         "GROUP BY h.hotel_id"),
    Case("avg nightly rate in july vs january 2025",
         "SELECT AVG(nightlyRate) FROM reservations WHERE checkInDate BETWEEN '2025-07-01' AND '2025-07-31' "
         "OR checkInDate BETWEEN '2025-01-01' AND '2025-01-31' GROUP BY substr(checkInDate, 6, 2)"),
    # -- should refuse (the requests to change data come last) ------------------------------------------------
    Case("what's the wifi password at canal house", None),
    Case("which hotel has the best breakfast", None),
    Case("what's the weather going to be in faro this weekend", None),
    Case("predict our occupancy for next summer", None),
    Case("what's marta smit's phone number", None),
    Case("how much is parking at dune resort", None),
    Case("which of our guests are celebrities", None),
    Case("how many towels do we go through a month", None),
    Case("how old is pieter mcleod", None),
    Case("what do people on tripadvisor say about us", None),
    Case("write a welcome note for tomorrow's arrivals", None),
    Case("add a new hotel in berlin with 40 rooms", None),
    Case("give every housekeeper a 10% raise", None),
    Case("cancel all reservations for next week", None),
    Case("delete all guests", None),
]
