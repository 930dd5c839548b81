"""A small independent cinema chain: five cinemas and their screens, the films on release, every showing since
August (and the next twelve days already on sale), the tickets sold for them, snack-bar sales, and the staff with
their shifts.

Written blind, like the rest of the held-out corpus: by someone who has not read the English reader. Names are
terse in places (``scr_id``, ``shw_id``, ``tkt_id``, ``qty``, ``amt``, ``hrs``), and only ``screens.cinema_id``
and ``staff.cinema_id`` are declared with REFERENCES: ``showings.scr_id``, ``showings.film_id``,
``tickets.shw_id``, ``concession_sales.cinema_id``, ``concession_sales.snack_id``, ``concession_sales.staff_id``
and ``shifts.staff_id`` are plain same-named integers. Times are ISO TEXT (``starts_at``, ``bought_at``,
``sold_at`` with a time; ``release_date``, ``opened_on``, ``hired_on``, ``shift_date`` days), shift start and end
are 'HH:MM' text, money is REAL (``price``, ``amt``, ``unit_price``, ``hourly_rate``). A concession sale is one
snack line (``qty`` of one item, ``amt`` its total). The Electric Palace has no snack bar; Northlight's screen 3
is closed for refurbishment and has had no showings; Frostfall (out 4 December) and Paper Moons have never been
shown; no child tickets are sold for films rated 15 or 18; the two newest staff have no shifts yet.
"""

from __future__ import annotations

import datetime
import random
from typing import Any

from .common import NOW, TODAY, Case, create, insert, iso, money

SEED = 73309

SCHEMA = (
    """CREATE TABLE cinemas (
        cinema_id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        city TEXT NOT NULL,
        opened_on TEXT NOT NULL
    )""",
    """CREATE TABLE screens (
        scr_id INTEGER PRIMARY KEY,
        cinema_id INTEGER NOT NULL REFERENCES cinemas (cinema_id),
        screen_no INTEGER NOT NULL,
        seats INTEGER NOT NULL,
        screen_type TEXT NOT NULL
    )""",
    """CREATE TABLE films (
        film_id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        genre TEXT NOT NULL,
        runtime_min INTEGER NOT NULL,
        rating TEXT NOT NULL,
        release_date TEXT NOT NULL,
        distributor TEXT NOT NULL
    )""",
    """CREATE TABLE showings (
        shw_id INTEGER PRIMARY KEY,
        scr_id INTEGER NOT NULL,
        film_id INTEGER NOT NULL,
        starts_at TEXT NOT NULL,
        is_3d INTEGER NOT NULL
    )""",
    """CREATE TABLE tickets (
        tkt_id INTEGER PRIMARY KEY,
        shw_id INTEGER NOT NULL,
        ticket_type TEXT NOT NULL,
        price REAL NOT NULL,
        channel TEXT NOT NULL,
        bought_at TEXT NOT NULL
    )""",
    """CREATE TABLE snacks (
        snack_id INTEGER PRIMARY KEY,
        item_name TEXT NOT NULL,
        category TEXT NOT NULL,
        unit_price REAL NOT NULL
    )""",
    """CREATE TABLE concession_sales (
        sale_id INTEGER PRIMARY KEY,
        cinema_id INTEGER NOT NULL,
        snack_id INTEGER NOT NULL,
        staff_id INTEGER,
        qty INTEGER NOT NULL,
        amt REAL NOT NULL,
        sold_at TEXT NOT NULL
    )""",
    """CREATE TABLE staff (
        staff_id INTEGER PRIMARY KEY,
        first_name TEXT NOT NULL,
        last_name TEXT NOT NULL,
        cinema_id INTEGER NOT NULL REFERENCES cinemas (cinema_id),
        role TEXT NOT NULL,
        hourly_rate REAL NOT NULL,
        hired_on TEXT NOT NULL
    )""",
    """CREATE TABLE shifts (
        shift_id INTEGER PRIMARY KEY,
        staff_id INTEGER NOT NULL,
        shift_date TEXT NOT NULL,
        start_time TEXT NOT NULL,
        end_time TEXT NOT NULL,
        hrs REAL NOT NULL
    )""",
)

# name, city, opened on, adult price
CINEMAS = (
    ("The Regal", "Norwich", "1998-11-20", 11.50),
    ("Electric Palace", "Hastings", "2004-03-12", 9.00),
    ("Kestrel Cinema", "York", "2011-06-03", 10.50),
    ("The Plaza", "Exeter", "2016-09-30", 10.00),
    ("Northlight", "Durham", "2021-05-21", 9.50),
)
NO_SNACK_BAR = 2
# cinema (1-based), screen number, seats, type
SCREENS = (
    (1, 1, 320, "imax"), (1, 2, 180, "standard"), (1, 3, 120, "standard"), (1, 4, 40, "vip"),
    (2, 1, 150, "standard"), (2, 2, 70, "standard"),
    (3, 1, 220, "standard"), (3, 2, 140, "standard"), (3, 3, 90, "standard"), (3, 4, 36, "vip"),
    (4, 1, 200, "standard"), (4, 2, 110, "standard"), (4, 3, 60, "standard"),
    (5, 1, 160, "standard"), (5, 2, 100, "standard"), (5, 3, 80, "standard"),
)  # fmt: skip
CLOSED_SCREEN = 16
PREMIUM = {"imax": 4.00, "vip": 6.00, "standard": 0.0}

# title, genre, runtime, rating, release date, distributor, pull (how many people it draws)
FILMS = (
    ("Harbour Lights", "drama", 124, "12A", "2026-07-01", "Northstar", 0.8),
    ("Iron Meridian", "action", 138, "12A", "2026-06-19", "Apex Pictures", 1.4),
    ("The Paper Fox", "animation", 94, "U", "2026-07-03", "Bramble Animation", 1.3),
    ("Two Left Feet", "comedy", 106, "12A", "2026-07-10", "Northstar", 1.0),
    ("Night Shift at Ward 9", "horror", 101, "18", "2026-07-17", "Grimlight", 0.9),
    ("Saltmarsh", "drama", 117, "15", "2026-08-07", "Fieldhouse", 0.7),
    ("Galaxy Runners 3", "sci-fi", 146, "12A", "2026-08-14", "Apex Pictures", 1.8),
    ("Pip and the Giant Pear", "family", 88, "U", "2026-08-21", "Bramble Animation", 1.1),
    ("The Quiet Orchard", "documentary", 92, "PG", "2026-09-04", "Fieldhouse", 0.4),
    ("Dead Reckoning Road", "action", 129, "15", "2026-09-11", "Apex Pictures", 1.2),
    ("Wedding Season", "comedy", 112, "12A", "2026-09-25", "Northstar", 1.0),
    ("Mothwood", "horror", 98, "15", "2026-10-02", "Grimlight", 1.0),
    ("Checkmate in Prague", "thriller", 121, "15", "2026-10-09", "Fieldhouse", 0.9),
    ("Little Lighthouse", "animation", 86, "U", "2026-10-16", "Bramble Animation", 1.2),
    ("The Haunting of Bell Street", "horror", 104, "18", "2026-10-23", "Grimlight", 1.1),
    ("Orbital Decay", "sci-fi", 133, "12A", "2026-10-30", "Apex Pictures", 1.5),
    ("A Very Long Lunch", "comedy", 99, "15", "2026-11-06", "Northstar", 0.9),
    ("Snowbound Express", "family", 97, "PG", "2026-11-13", "Bramble Animation", 1.3),
    ("Kingdom of Salt", "drama", 158, "12A", "2026-11-13", "Fieldhouse", 1.0),
    ("The Third Lantern", "drama", 104, "PG", "1962-03-10", "Heritage Films", 0.5),
    ("Frostfall", "action", 141, "12A", "2026-12-04", "Apex Pictures", 1.6),
    ("Paper Moons", "documentary", 80, "U", "2026-06-26", "Fieldhouse", 0.3),
)
CLASSIC = 20
NEVER_SHOWN = {21, 22}
RUN_DAYS = 49
THREE_D = {"Iron Meridian", "Galaxy Runners 3", "Orbital Decay", "Little Lighthouse"}
SLOTS = ("11:00", "13:30", "15:15", "17:45", "20:15", "21:00")

# item, category, price, weight
SNACKS = (
    ("Popcorn (small)", "popcorn", 4.50, 12), ("Popcorn (large)", "popcorn", 6.75, 14),
    ("Nachos", "hot food", 5.95, 6), ("Hot dog", "hot food", 5.25, 4),
    ("Cola (regular)", "drinks", 3.60, 12), ("Cola (large)", "drinks", 4.40, 8), ("Bottled water", "drinks", 2.20, 6),
    ("Pick & mix", "sweets", 4.00, 9), ("Chocolate bar", "sweets", 2.10, 7), ("Ice cream tub", "ice cream", 3.80, 6),
    ("Glass of wine", "bar", 6.50, 3),
)  # fmt: skip

# first, last, cinema, role, hourly rate, hired on
STAFF = (
    ("Ruth", "Ellison", 1, "manager", 19.50, "2012-04-02"),
    ("Kwame", "Asante", 1, "projectionist", 14.80, "2016-09-12"),
    ("Lucy", "Barnes", 1, "concessions", 11.60, "2022-06-01"), ("Jay", "Patel", 1, "concessions", 11.60, "2024-03-18"),
    ("Ellie", "Moss", 1, "box office", 11.90, "2021-10-04"), ("Tariq", "Hussain", 1, "usher", 11.44, "2025-05-12"),
    ("Gwen", "Pryce", 2, "manager", 17.20, "2009-01-19"), ("Arthur", "Lamb", 2, "projectionist", 14.10, "2005-07-01"),
    ("Nell", "Whitaker", 2, "box office", 11.44, "2023-08-21"),
    ("Sanjay", "Rao", 3, "manager", 18.75, "2015-02-09"), ("Molly", "Quinn", 3, "projectionist", 14.50, "2019-05-27"),
    ("Dan", "Foster", 3, "concessions", 11.70, "2020-11-16"), ("Beth", "Carver", 3, "concessions", 11.44, "2025-09-01"),
    ("Hugo", "Lindsay", 3, "box office", 12.10, "2018-03-05"), ("Amara", "Obi", 3, "usher", 11.44, "2024-07-22"),
    ("Fiona", "Grant", 4, "manager", 18.40, "2016-08-15"), ("Leon", "Marsh", 4, "projectionist", 14.20, "2020-01-13"),
    ("Kasia", "Nowak", 4, "concessions", 11.80, "2021-04-26"), ("Owen", "Daly", 4, "box office", 11.90, "2022-12-05"),
    ("Isla", "Reid", 4, "usher", 11.44, "2026-11-09"),
    ("Marcus", "Bell", 5, "manager", 18.10, "2021-03-01"), ("Priya", "Shah", 5, "projectionist", 14.00, "2021-04-19"),
    ("Ben", "Tulloch", 5, "concessions", 11.50, "2023-02-20"), ("Chloe", "Kerr", 5, "concessions", 11.44, "2026-11-16"),
    ("Rory", "Adams", 5, "box office", 11.60, "2022-09-05"),
)  # fmt: skip
FIRST_SHOW_DAY = datetime.date(2026, 8, 1)
LAST_SHOW_DAY = TODAY + datetime.timedelta(days=12)
TYPE_WEIGHTS = {"U": (50, 35, 15), "PG": (55, 30, 15), "12A": (68, 17, 15), "15": (80, 0, 20), "18": (82, 0, 18)}
CHANNELS = (("online", 55), ("box office", 30), ("app", 15))


def _day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


def _showings(rng: random.Random) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    day = FIRST_SHOW_DAY
    releases = [_day(f[4]) for f in FILMS]
    while day <= LAST_SHOW_DAY:
        running = [i for i, r in enumerate(releases, 1)
                   if i not in NEVER_SHOWN and i != CLASSIC and r <= day <= r + datetime.timedelta(days=RUN_DAYS)]
        weights = [FILMS[i - 1][6] / (1 + (day - releases[i - 1]).days / 14) for i in running]  # fmt: skip
        for scr_id, (cinema, screen_no, _, kind) in enumerate(SCREENS, 1):
            if scr_id == CLOSED_SCREEN:
                continue
            count = rng.choice((1, 2, 2, 2, 3)) if kind != "vip" else rng.choice((1, 1, 2))
            if day.weekday() >= 5:
                count += 1
            for slot in sorted(rng.sample(SLOTS, min(count, len(SLOTS)))):
                film = rng.choices(running, weights)[0]
                if day.weekday() == 6 and slot == "11:00" and screen_no == 2 and cinema in (1, 3):
                    film = CLASSIC  # the Sunday classic
                hour, minute = map(int, slot.split(":"))
                start = datetime.datetime(day.year, day.month, day.day, hour, minute)
                three_d = int(FILMS[film - 1][0] in THREE_D and rng.random() < 0.4)
                rows.append((scr_id, film, start, three_d))
        day += datetime.timedelta(days=1)
    rows.sort(key=lambda r: (r[2], r[0]))
    return [(i, *r) for i, r in enumerate(rows, 1)]


def _tickets(rng: random.Random, showings: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    channels = [c for c, _ in CHANNELS]
    channel_w = [w for _, w in CHANNELS]
    for shw_id, scr_id, film, start, three_d in showings:
        cinema, _, seats, kind = SCREENS[scr_id - 1]
        _, _, _, rating, released, _, pull = FILMS[film - 1]
        occ = 0.055 if start.hour >= 17 else 0.028
        if start.weekday() >= 5:
            occ *= 1.6
        age = max(0, (start.date() - _day(released)).days) if film != CLASSIC else 20
        occ *= pull / (1 + age / 21)
        n = min(seats, int(seats * occ * rng.uniform(0.4, 1.6)))
        adult = CINEMAS[cinema - 1][3] + PREMIUM[kind] + (1.50 if three_d else 0.0)
        prices = {"adult": adult, "child": adult - 3.50, "concession": adult - 2.00}
        types = rng.choices(("adult", "child", "concession"), TYPE_WEIGHTS[rating], k=n)
        for ticket_type, channel in zip(types, rng.choices(channels, channel_w, k=n), strict=True):
            lead = rng.randrange(6000) if channel == "box office" else rng.randrange(1200, 60 * 60 * 24 * 9)
            bought = start - datetime.timedelta(seconds=lead)
            if bought > NOW:
                continue
            rows.append((shw_id, ticket_type, money(prices[ticket_type]), channel, bought))
    rows.sort(key=lambda r: (r[4], r[0]))
    return [(i, r[0], r[1], r[2], r[3], iso(r[4])) for i, r in enumerate(rows, 1)]


def _concessions(rng: random.Random, showings: list[tuple[Any, ...]], tickets: list[tuple[Any, ...]]) -> list[Any]:
    sold: dict[int, int] = {}
    for ticket in tickets:
        sold[ticket[1]] = sold.get(ticket[1], 0) + 1
    servers: dict[int, list[int]] = {}
    for i, (_, _, cinema, role, _, hired) in enumerate(STAFF, 1):
        if role == "concessions" and _day(hired) < TODAY - datetime.timedelta(days=7):
            servers.setdefault(cinema, []).append(i)
    weights = [s[3] for s in SNACKS]
    rows: list[tuple[Any, ...]] = []
    for shw_id, scr_id, _, start, _ in showings:
        cinema = SCREENS[scr_id - 1][0]
        if cinema == NO_SNACK_BAR or start > NOW:
            continue
        n = int(sold.get(shw_id, 0) * rng.uniform(0.2, 0.5))
        for snack, qty in zip(rng.choices(range(1, len(SNACKS) + 1), weights, k=n),
                              rng.choices((1, 2, 3, 4), (60, 28, 8, 4), k=n), strict=True):
            staff = rng.choice(servers[cinema]) if rng.random() < 0.97 else None
            moment = start - datetime.timedelta(seconds=rng.randint(60, 40 * 60))
            rows.append((cinema, snack, staff, qty, money(qty * SNACKS[snack - 1][2]), moment))
    rows.sort(key=lambda r: (r[5], r[0]))
    return [(i, *r[:5], iso(r[5])) for i, r in enumerate(rows, 1)]


def _shifts(rng: random.Random) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    first = datetime.date(2026, 8, 3)
    for staff_id, (_, _, _, role, _, hired) in enumerate(STAFF, 1):
        if _day(hired) > TODAY - datetime.timedelta(days=14):
            continue  # too new to be on the rota yet
        week = first
        while week + datetime.timedelta(days=6) < TODAY:
            per_week = 5 if role == "manager" else rng.choice((2, 3, 3, 4))
            for offset in sorted(rng.sample(range(7), per_week)):
                start = rng.choice(("09:30", "10:30", "12:00", "16:00", "17:30"))
                length = rng.choice((4.0, 5.0, 6.0, 6.5, 8.0)) if role != "manager" else 8.0
                h, m = map(int, start.split(":"))
                end_minutes = h * 60 + m + int(length * 60)
                end = f"{end_minutes // 60 % 24:02d}:{end_minutes % 60:02d}"
                rows.append((staff_id, iso(week + datetime.timedelta(days=offset)), start, end, length))
            week += datetime.timedelta(days=7)
    rows.sort(key=lambda r: (r[1], r[2], r[0]))
    return [(i, *r) for i, r in enumerate(rows, 1)]


def build(con: Any) -> None:
    rng = random.Random(SEED)
    cur = con.cursor()
    create(cur, SCHEMA)
    showings = _showings(rng)
    tickets = _tickets(rng, showings)
    concessions = _concessions(rng, showings, tickets)
    shifts = _shifts(rng)
    insert(cur, "cinemas", ("cinema_id", "name", "city", "opened_on"),
           [(i, name, city, opened) for i, (name, city, opened, _) in enumerate(CINEMAS, 1)])  # fmt: skip
    insert(cur, "screens", ("scr_id", "cinema_id", "screen_no", "seats", "screen_type"),
           [(i, *s) for i, s in enumerate(SCREENS, 1)])  # fmt: skip
    insert(cur, "films", ("film_id", "title", "genre", "runtime_min", "rating", "release_date", "distributor"),
           [(i, *f[:6]) for i, f in enumerate(FILMS, 1)])  # fmt: skip
    insert(cur, "showings", ("shw_id", "scr_id", "film_id", "starts_at", "is_3d"),
           [(s[0], s[1], s[2], iso(s[3]), s[4]) for s in showings])  # fmt: skip
    insert(cur, "tickets", ("tkt_id", "shw_id", "ticket_type", "price", "channel", "bought_at"), tickets)
    insert(cur, "snacks", ("snack_id", "item_name", "category", "unit_price"),
           [(i, name, cat, price) for i, (name, cat, price, _) in enumerate(SNACKS, 1)])  # fmt: skip
    insert(cur, "concession_sales", ("sale_id", "cinema_id", "snack_id", "staff_id", "qty", "amt", "sold_at"),
           concessions)  # fmt: skip
    insert(cur, "staff", ("staff_id", "first_name", "last_name", "cinema_id", "role", "hourly_rate", "hired_on"),
           [(i, *s) for i, s in enumerate(STAFF, 1)])  # fmt: skip
    insert(cur, "shifts", ("shift_id", "staff_id", "shift_date", "start_time", "end_time", "hrs"), shifts)


TK = "FROM tickets t JOIN showings s ON s.shw_id = t.shw_id"
TK_FILM = f"{TK} JOIN films f ON f.film_id = s.film_id"
TK_CIN = f"{TK} JOIN screens r ON r.scr_id = s.scr_id JOIN cinemas c ON c.cinema_id = r.cinema_id"
SHW_CIN = "FROM showings s JOIN screens r ON r.scr_id = s.scr_id JOIN cinemas c ON c.cinema_id = r.cinema_id"
CS = "FROM concession_sales cs JOIN snacks k ON k.snack_id = cs.snack_id"
SHIFT_STAFF = "FROM shifts h JOIN staff st ON st.staff_id = h.staff_id"
NOW_TEXT = "'2026-11-18 10:00:00'"
OCT = "BETWEEN '2026-10-01' AND '2026-10-31 23:59:59'"
SEP = "BETWEEN '2026-09-01' AND '2026-09-30 23:59:59'"
WEEKDAY = ("CASE strftime('%w', s.starts_at) WHEN '0' THEN 'Sunday' WHEN '1' THEN 'Monday' WHEN '2' THEN 'Tuesday' "
           "WHEN '3' THEN 'Wednesday' WHEN '4' THEN 'Thursday' WHEN '5' THEN 'Friday' ELSE 'Saturday' END")

QUESTIONS: list[Case] = [
    # -- plain and easy --------------------------------------------------------------------------------------
    Case("how many screens does the regal have",
         "SELECT COUNT(*) FROM screens r JOIN cinemas c ON c.cinema_id = r.cinema_id WHERE c.name = 'The Regal'"),
    Case("what city is northlight in", "SELECT city FROM cinemas WHERE name = 'Northlight'"),
    Case("list all the horror films", "SELECT title FROM films WHERE genre = 'horror'"),
    Case("how long is galaxy runners 3", "SELECT runtime_min FROM films WHERE title = 'Galaxy Runners 3'"),
    Case("what's orbital decay rated", "SELECT rating FROM films WHERE title = 'Orbital Decay'"),
    Case("how many seats in the imax screen", "SELECT seats FROM screens WHERE screen_type = 'imax'"),
    Case("price of a large popcorn", "SELECT unit_price FROM snacks WHERE item_name = 'Popcorn (large)'"),
    Case("how many staff work at the kestrel",
         "SELECT COUNT(*) FROM staff st JOIN cinemas c ON c.cinema_id = st.cinema_id WHERE c.name = 'Kestrel Cinema'"),
    Case("who manages the plaza",
         "SELECT st.first_name, st.last_name FROM staff st JOIN cinemas c ON c.cinema_id = st.cinema_id "
         "WHERE c.name = 'The Plaza' AND st.role = 'manager'"),
    Case("total number of seats across the whole chain", "SELECT SUM(seats) FROM screens"),
    # -- counts with filters ---------------------------------------------------------------------------------
    Case("how many tickets did we sell last month", f"SELECT COUNT(*) FROM tickets WHERE bought_at {OCT}"),
    Case("how many child tix have been sold this year",
         "SELECT COUNT(*) FROM tickets WHERE ticket_type = 'child' AND bought_at >= '2026-01-01'"),
    Case("how many times have we screened mothwood so far",
         f"SELECT COUNT(*) FROM showings s JOIN films f ON f.film_id = s.film_id "
         f"WHERE f.title = 'Mothwood' AND s.starts_at < {NOW_TEXT}"),
    Case("how many tickets were bought online", "SELECT COUNT(*) FROM tickets WHERE channel = 'online'"),
    Case("how many 3d showings are scheduled from tomorrow onwards",
         "SELECT COUNT(*) FROM showings WHERE is_3d = 1 AND starts_at >= '2026-11-19'"),
    Case("how many of our films are rated 15 or 18", "SELECT COUNT(*) FROM films WHERE rating IN ('15', '18')"),
    Case("how many shifts did ruth ellison work in october",
         f"SELECT COUNT(*) {SHIFT_STAFF} WHERE st.first_name = 'Ruth' AND st.last_name = 'Ellison' "
         "AND h.shift_date BETWEEN '2026-10-01' AND '2026-10-31'"),
    Case("how many tickets has the electric palace sold", f"SELECT COUNT(*) {TK_CIN} WHERE c.name = 'Electric Palace'"),
    # -- sum / avg / min / max -------------------------------------------------------------------------------
    Case("avg ticket price", "SELECT AVG(price) FROM tickets"),
    Case("total box office takings for galaxy runners 3",
         f"SELECT SUM(t.price) {TK_FILM} WHERE f.title = 'Galaxy Runners 3'"),
    Case("total snack bar revenue last month", f"SELECT SUM(amt) FROM concession_sales WHERE sold_at {OCT}"),
    Case("average running time of the films we've actually shown",
         "SELECT AVG(runtime_min) FROM films f WHERE EXISTS (SELECT 1 FROM showings s WHERE s.film_id = f.film_id)"),
    Case("most expensive ticket we've sold", "SELECT MAX(price) FROM tickets"),
    Case("how many popcorns have we sold in total, counting quantity",
         f"SELECT SUM(cs.qty) {CS} WHERE k.category = 'popcorn'"),
    Case("what do ushers get paid per hour on average", "SELECT AVG(hourly_rate) FROM staff WHERE role = 'usher'"),
    Case("total hours put in by northlight staff in october",
         f"SELECT SUM(h.hrs) {SHIFT_STAFF} JOIN cinemas c ON c.cinema_id = st.cinema_id "
         "WHERE c.name = 'Northlight' AND h.shift_date BETWEEN '2026-10-01' AND '2026-10-31'"),
    Case("when's the last showing we've got scheduled", "SELECT MAX(starts_at) FROM showings"),
    # -- top-N -----------------------------------------------------------------------------------------------
    Case("which film has sold the most tickets",
         f"SELECT f.title {TK_FILM} GROUP BY f.film_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("top 5 films by box office revenue",
         f"SELECT f.title {TK_FILM} GROUP BY f.film_id ORDER BY SUM(t.price) DESC LIMIT 5"),
    Case("which cinema took the most money on tickets last month",
         f"SELECT c.name {TK_CIN} WHERE t.bought_at {OCT} GROUP BY c.cinema_id ORDER BY SUM(t.price) DESC LIMIT 1"),
    Case("best selling snack by number sold",
         f"SELECT k.item_name {CS} GROUP BY k.snack_id ORDER BY SUM(cs.qty) DESC LIMIT 1"),
    Case("which screen has sold the most tickets? cinema and screen number",
         f"SELECT c.name, r.screen_no {TK_CIN} GROUP BY r.scr_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("the 3 longest films we've shown",
         "SELECT title FROM films f WHERE EXISTS (SELECT 1 FROM showings s WHERE s.film_id = f.film_id) "
         "ORDER BY runtime_min DESC LIMIT 3"),
    Case("which genre sells the most child tickets",
         f"SELECT f.genre {TK_FILM} WHERE t.ticket_type = 'child' GROUP BY f.genre ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("apart from managers, who worked the most hours last month",
         f"SELECT st.first_name, st.last_name {SHIFT_STAFF} WHERE st.role <> 'manager' "
         "AND h.shift_date BETWEEN '2026-10-01' AND '2026-10-31' GROUP BY st.staff_id "
         "ORDER BY SUM(h.hrs) DESC LIMIT 1"),
    Case("who has rung up the most snack sales",
         "SELECT st.first_name, st.last_name FROM concession_sales cs JOIN staff st ON st.staff_id = cs.staff_id "
         "GROUP BY st.staff_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("what day of the week do we sell the most tickets for (by showing day)",
         f"SELECT {WEEKDAY} {TK} GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1"),
    # -- per-group breakdowns --------------------------------------------------------------------------------
    Case("tickets sold by ticket type", "SELECT ticket_type, COUNT(*) FROM tickets GROUP BY ticket_type"),
    Case("ticket revenue per cinema", f"SELECT c.name, SUM(t.price) {TK_CIN} GROUP BY c.cinema_id"),
    Case("number of snack sales at each cinema, including any with none",
         "SELECT c.name, COUNT(cs.sale_id) FROM cinemas c LEFT JOIN concession_sales cs "
         "ON cs.cinema_id = c.cinema_id GROUP BY c.cinema_id"),
    Case("showings per film, incl. films we never showed",
         "SELECT f.title, COUNT(s.shw_id) FROM films f LEFT JOIN showings s ON s.film_id = f.film_id "
         "GROUP BY f.film_id"),
    Case("avg price paid for each ticket type", "SELECT ticket_type, AVG(price) FROM tickets GROUP BY ticket_type"),
    Case("ticket sales per month (by purchase date)",
         "SELECT strftime('%Y-%m', bought_at), COUNT(*) FROM tickets GROUP BY 1"),
    Case("for each cinema: how many screens and how many seats in total",
         "SELECT c.name, COUNT(*), SUM(r.seats) FROM screens r JOIN cinemas c ON c.cinema_id = r.cinema_id "
         "GROUP BY c.cinema_id"),
    Case("headcount by job role", "SELECT role, COUNT(*) FROM staff GROUP BY role"),
    Case("snack revenue by category", f"SELECT k.category, SUM(cs.amt) {CS} GROUP BY k.category"),
    Case("average tickets sold per showing at each cinema, counting only showings that have already happened",
         "SELECT c.name, AVG(n) FROM (SELECT r.cinema_id, COUNT(t.tkt_id) AS n FROM showings s JOIN screens r "
         f"ON r.scr_id = s.scr_id LEFT JOIN tickets t ON t.shw_id = s.shw_id WHERE s.starts_at < {NOW_TEXT} "
         "GROUP BY s.shw_id) x JOIN cinemas c ON c.cinema_id = x.cinema_id GROUP BY c.cinema_id"),
    # -- anti-joins ------------------------------------------------------------------------------------------
    Case("films we've never shown",
         "SELECT title FROM films f WHERE NOT EXISTS (SELECT 1 FROM showings s WHERE s.film_id = f.film_id)"),
    Case("which screens havent had any showings",
         "SELECT c.name, r.screen_no FROM screens r JOIN cinemas c ON c.cinema_id = r.cinema_id "
         "WHERE NOT EXISTS (SELECT 1 FROM showings s WHERE s.scr_id = r.scr_id)"),
    Case("staff who have never done a shift",
         "SELECT first_name, last_name FROM staff st WHERE NOT EXISTS "
         "(SELECT 1 FROM shifts h WHERE h.staff_id = st.staff_id)"),
    Case("past showings that didnt sell a single ticket",
         f"SELECT COUNT(*) FROM showings s WHERE s.starts_at < {NOW_TEXT} AND NOT EXISTS "
         "(SELECT 1 FROM tickets t WHERE t.shw_id = s.shw_id)"),
    Case("is there a cinema that doesnt sell any snacks",
         "SELECT EXISTS (SELECT 1 FROM cinemas c WHERE NOT EXISTS "
         "(SELECT 1 FROM concession_sales cs WHERE cs.cinema_id = c.cinema_id))"),
    Case("concessions staff who havent made a single sale",
         "SELECT first_name, last_name FROM staff st WHERE st.role = 'concessions' AND NOT EXISTS "
         "(SELECT 1 FROM concession_sales cs WHERE cs.staff_id = st.staff_id)"),
    # -- ratios, comparisons with the average ----------------------------------------------------------------
    Case("what % of tickets are bought online", "SELECT 100.0 * AVG(channel = 'online') FROM tickets"),
    Case("what share of the paper fox tickets were for kids",
         f"SELECT AVG(t.ticket_type = 'child') {TK_FILM} WHERE f.title = 'The Paper Fox'"),
    Case("imax occupancy last month: tickets sold as a percentage of seats available",
         f"SELECT 100.0 * (SELECT COUNT(*) {TK} JOIN screens r ON r.scr_id = s.scr_id "
         f"WHERE r.screen_type = 'imax' AND s.starts_at {OCT}) / (SELECT SUM(r.seats) FROM showings s "
         f"JOIN screens r ON r.scr_id = s.scr_id WHERE r.screen_type = 'imax' AND s.starts_at {OCT})"),
    Case("what fraction of horror tickets are concessions",
         f"SELECT AVG(t.ticket_type = 'concession') {TK_FILM} WHERE f.genre = 'horror'"),
    Case("films whose average ticket price is above the overall average",
         f"SELECT f.title {TK_FILM} GROUP BY f.film_id HAVING AVG(t.price) > (SELECT AVG(price) FROM tickets)"),
    Case("how many staff earn more than the average hourly rate",
         "SELECT COUNT(*) FROM staff WHERE hourly_rate > (SELECT AVG(hourly_rate) FROM staff)"),
    # -- yes / no --------------------------------------------------------------------------------------------
    Case("are we showing kingdom of salt in 3d anywhere",
         "SELECT EXISTS (SELECT 1 FROM showings s JOIN films f ON f.film_id = s.film_id "
         "WHERE f.title = 'Kingdom of Salt' AND s.is_3d = 1)"),
    Case("did we sell more tickets in october than in september",
         f"SELECT (SELECT COUNT(*) FROM tickets WHERE bought_at {OCT}) > "
         f"(SELECT COUNT(*) FROM tickets WHERE bought_at {SEP})"),
    Case("has anyone ever bought a child ticket for an 18 rated film",
         f"SELECT EXISTS (SELECT 1 {TK_FILM} WHERE t.ticket_type = 'child' AND f.rating = '18')"),
    Case("does every cinema have a manager",
         "SELECT NOT EXISTS (SELECT 1 FROM cinemas c WHERE NOT EXISTS "
         "(SELECT 1 FROM staff st WHERE st.cinema_id = c.cinema_id AND st.role = 'manager'))"),
    Case("is the average ticket at the regal dearer than at the kestrel",
         f"SELECT (SELECT AVG(t.price) {TK_CIN} WHERE c.name = 'The Regal') > "
         f"(SELECT AVG(t.price) {TK_CIN} WHERE c.name = 'Kestrel Cinema')"),
    # -- HAVING ----------------------------------------------------------------------------------------------
    Case("films that have sold over 1000 tickets",
         f"SELECT f.title {TK_FILM} GROUP BY f.film_id HAVING COUNT(*) > 1000"),
    Case("cinemas where the average ticket costs more than 10 quid",
         f"SELECT c.name {TK_CIN} GROUP BY c.cinema_id HAVING AVG(t.price) > 10"),
    Case("snacks that have brought in more than 1500 in total",
         f"SELECT k.item_name {CS} GROUP BY k.snack_id HAVING SUM(cs.amt) > 1500"),
    # -- dates -----------------------------------------------------------------------------------------------
    Case("how many showings have we got this weekend",
         "SELECT COUNT(*) FROM showings WHERE starts_at BETWEEN '2026-11-21' AND '2026-11-22 23:59:59'"),
    Case("how many tickets have already been sold for showings that haven't happened yet",
         f"SELECT COUNT(*) {TK} WHERE s.starts_at > {NOW_TEXT}"),
    Case("how many films came out in october",
         "SELECT COUNT(*) FROM films WHERE release_date BETWEEN '2026-10-01' AND '2026-10-31'"),
    Case("how many tickets were bought on halloween",
         "SELECT COUNT(*) FROM tickets WHERE date(bought_at) = '2026-10-31'"),
    Case("how many people have we hired this year", "SELECT COUNT(*) FROM staff WHERE hired_on >= '2026-01-01'"),
    # -- NULLs -----------------------------------------------------------------------------------------------
    Case("snack sales with no staff member recorded against them",
         "SELECT COUNT(*) FROM concession_sales WHERE staff_id IS NULL"),
    # -- composed --------------------------------------------------------------------------------------------
    Case("avg ticket price for 3d showings vs 2d ones", f"SELECT s.is_3d, AVG(t.price) {TK} GROUP BY s.is_3d"),
    Case("how much did the regal take on snacks on saturdays in october",
         f"SELECT SUM(cs.amt) FROM concession_sales cs JOIN cinemas c ON c.cinema_id = cs.cinema_id "
         f"WHERE c.name = 'The Regal' AND cs.sold_at {OCT} AND strftime('%w', cs.sold_at) = '6'"),
    Case("which family or animation film has sold the most child tickets",
         f"SELECT f.title {TK_FILM} WHERE f.genre IN ('family', 'animation') AND t.ticket_type = 'child' "
         "GROUP BY f.film_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("avg runtime of our horror films", "SELECT AVG(runtime_min) FROM films WHERE genre = 'horror'"),
    Case("october wage bill per cinema (hours x hourly rate)",
         f"SELECT c.name, SUM(h.hrs * st.hourly_rate) {SHIFT_STAFF} JOIN cinemas c ON c.cinema_id = st.cinema_id "
         "WHERE h.shift_date BETWEEN '2026-10-01' AND '2026-10-31' GROUP BY c.cinema_id"),
    Case("how much ticket money came in through the app at northlight last month",
         f"SELECT SUM(t.price) {TK_CIN} WHERE c.name = 'Northlight' AND t.channel = 'app' AND t.bought_at {OCT}"),
    Case("how many different films has the electric palace shown",
         f"SELECT COUNT(DISTINCT s.film_id) {SHW_CIN} WHERE c.name = 'Electric Palace' AND s.starts_at < {NOW_TEXT}"),
    Case("avg number of snack items bought per sale", "SELECT AVG(qty) FROM concession_sales"),
    # -- should refuse (the requests to change data come last) ------------------------------------------------
    Case("which films got the best reviews", None),
    Case("what's the imdb score for mothwood", None),
    Case("who directed galaxy runners 3", None),
    Case("how many people walked out of the haunting of bell street", None),
    Case("how much do we pay the distributors for each film", None),
    Case("what's the vue in norwich charging for tickets", None),
    Case("which customers bought the most tickets", None),
    Case("what's ruth ellison's home address", None),
    Case("how much rent does the regal pay", None),
    Case("how many seats are wheelchair accessible", None),
    Case("what was the production budget of orbital decay", None),
    Case("will it rain in york on saturday", None),
    Case("add a late showing of mothwood on friday at 23:00 at the plaza", None),
    Case("refund every ticket for tonight's 20:15 at the kestrel", None),
    Case("give all the ushers a 50p an hour pay rise", None),
]
