"""A city bike share: docking stations (each in a district), bikes (classic and e-bikes), members on plans, trips
between stations, and maintenance jobs on bikes.

Written blind, like the rest of the held-out corpus: by someone who has not read the English reader. `members`
is camelCase (``memberId``, ``firstName``, ``planType``, ``joinedDate``, ``birthYear``, ``homeDistrict``), the
rest snake_case. Times are ISO TEXT (``start_time``, ``end_time`` with a time of day; ``commissioned``,
``opened_on``, ``reported_on``, ``fixed_on`` plain days); ``duration_sec`` is whole seconds and ``fare`` is REAL
money. Summit Park sits on top of a hill: trips start there but none has ever ended there; Harbour Quay opened
last week and has seen no trips at all. The last batch of bikes was commissioned this month and has never been
ridden, some members never took a trip, and open maintenance jobs have no ``fixed_on`` and no ``cost`` yet.
"""

from __future__ import annotations

import datetime
import itertools
import math
import random
from typing import Any

from .common import Case, create, insert, iso, money, random_day

SEED = 90215

SCHEMA = (
    """CREATE TABLE stations (
        station_id INTEGER PRIMARY KEY,
        station_name TEXT NOT NULL,
        district TEXT NOT NULL,
        docks INTEGER NOT NULL,
        lat REAL NOT NULL,
        lon REAL NOT NULL,
        opened_on TEXT NOT NULL
    )""",
    """CREATE TABLE bikes (
        bike_id INTEGER PRIMARY KEY,
        serial_no TEXT NOT NULL UNIQUE,
        model TEXT NOT NULL,
        is_ebike INTEGER NOT NULL,
        commissioned TEXT NOT NULL,
        status TEXT NOT NULL
    )""",
    """CREATE TABLE members (
        memberId INTEGER PRIMARY KEY,
        firstName TEXT NOT NULL,
        lastName TEXT NOT NULL,
        email TEXT,
        planType TEXT NOT NULL,
        joinedDate TEXT NOT NULL,
        birthYear INTEGER,
        homeDistrict TEXT
    )""",
    """CREATE TABLE trips (
        trip_id INTEGER PRIMARY KEY,
        bike_id INTEGER NOT NULL REFERENCES bikes (bike_id),
        member_id INTEGER NOT NULL REFERENCES members (memberId),
        start_station_id INTEGER NOT NULL REFERENCES stations (station_id),
        end_station_id INTEGER NOT NULL REFERENCES stations (station_id),
        start_time TEXT NOT NULL,
        end_time TEXT NOT NULL,
        duration_sec INTEGER NOT NULL,
        fare REAL NOT NULL
    )""",
    """CREATE TABLE maintenance_jobs (
        job_id INTEGER PRIMARY KEY,
        bike_id INTEGER NOT NULL REFERENCES bikes (bike_id),
        issue TEXT NOT NULL,
        reported_on TEXT NOT NULL,
        fixed_on TEXT,
        cost REAL,
        mechanic TEXT
    )""",
)

# name, district, docks, lat, lon, opened, popularity
STATIONS = (
    ("Central Station", "Old Town", 40, 53.3498, -6.2603, "2022-05-01", 14),
    ("Cathedral Square", "Old Town", 24, 53.3430, -6.2710, "2022-05-01", 9),
    ("Market Hall", "Old Town", 20, 53.3455, -6.2650, "2022-05-01", 8),
    ("Castle Gate", "Old Town", 18, 53.3429, -6.2674, "2022-09-12", 6),
    ("Riverside Walk", "Riverside", 22, 53.3470, -6.2500, "2022-05-01", 8),
    ("Mill Bridge", "Riverside", 16, 53.3481, -6.2440, "2023-03-20", 5),
    ("Boathouse", "Riverside", 14, 53.3502, -6.2390, "2023-03-20", 4),
    ("Library Steps", "University", 30, 53.3440, -6.2540, "2022-05-01", 11),
    ("Science Park", "University", 26, 53.3405, -6.2480, "2022-05-01", 9),
    ("Student Union", "University", 28, 53.3420, -6.2560, "2022-09-12", 10),
    ("Dock Street", "Docklands", 20, 53.3475, -6.2350, "2023-06-05", 6),
    ("Canal Basin", "Docklands", 18, 53.3440, -6.2300, "2023-06-05", 5),
    ("Tech Quarter", "Docklands", 24, 53.3460, -6.2280, "2024-02-14", 7),
    ("Harbour Quay", "Docklands", 16, 53.3490, -6.2250, "2026-11-10", 0),
    ("Summit Park", "Hillside", 12, 53.3350, -6.2800, "2023-05-15", 3),
    ("Reservoir Road", "Hillside", 14, 53.3370, -6.2760, "2023-05-15", 3),
    ("Orchard Lane", "Hillside", 10, 53.3390, -6.2720, "2024-04-01", 2),
)
SUMMIT = 15
HARBOUR_QUAY = 14

# model, e-bike, weight
MODELS = (("Urban Classic", 0, 5), ("Urban Classic 2", 0, 4), ("Volt E1", 1, 3), ("Volt E2", 1, 3),
          ("Cargo Max", 1, 1))  # fmt: skip
NEW_BIKES = range(131, 139)  # commissioned this month, never ridden yet

PLANS = (("annual", 35), ("monthly", 25), ("pay as you go", 30), ("student", 10))
FIRST = (
    "Aoife", "Ciaran", "Niamh", "Sean", "Orla", "Darragh", "Siobhan", "Eoin", "Roisin", "Cormac", "Aisling",
    "Padraig", "Grainne", "Fionn", "Saoirse", "Declan", "Ella", "Jack", "Mia", "Noah", "Lucy", "Adam", "Zoe",
    "Luca", "Maya", "Oscar",
)  # fmt: skip
LAST = (
    "Byrne", "Kelly", "Murphy", "Ryan", "Walsh", "Doyle", "Brennan", "Lynch", "Quinn", "Farrell", "Nolan",
    "Kavanagh", "Dunne", "Hayes", "Power", "Reilly", "Moran", "Casey",
)  # fmt: skip
ISSUES = (("flat tyre", 35, (8, 20)), ("brakes", 20, (15, 45)), ("chain", 15, (10, 30)), ("lights", 10, (5, 18)),
          ("battery", 12, (60, 240)), ("frame damage", 4, (80, 300)), ("lock fault", 4, (20, 60)))  # fmt: skip
MECHANICS = ("Kev Doran", "Sinead Clarke", "Tomasz Wojcik", "Ade Bello")


def _stations() -> list[tuple[Any, ...]]:
    return [(i, name, district, docks, lat, lon, opened) for i, (name, district, docks, lat, lon, opened, _) in
            enumerate(STATIONS, 1)]  # fmt: skip


def _bikes(rng: random.Random) -> list[tuple[Any, ...]]:
    rows = []
    for bike_id in range(1, 139):
        model, ebike, _ = rng.choices(MODELS, [m[2] for m in MODELS])[0]
        if bike_id in NEW_BIKES:
            model, ebike = "Volt E2", 1
            day = datetime.date(2026, 11, 3) + datetime.timedelta(days=bike_id % 4)
        else:
            day = random_day(rng, datetime.date(2022, 4, 1), datetime.date(2024, 6, 30))
            if model == "Volt E2":
                day = random_day(rng, datetime.date(2024, 1, 1), datetime.date(2025, 3, 31))
        status = "retired" if bike_id % 23 == 0 else "active"
        rows.append((bike_id, f"BK-{10000 + bike_id * 37}", model, ebike, iso(day), status))
    return rows


def _members(rng: random.Random) -> list[tuple[Any, ...]]:
    names = list(itertools.product(FIRST, LAST))
    rng.shuffle(names)
    districts = sorted({s[1] for s in STATIONS})
    rows = []
    for member_id in range(1, 441):
        first, last = names[member_id - 1]
        plan = rng.choices([p for p, _ in PLANS], [w for _, w in PLANS])[0]
        joined = random_day(rng, datetime.date(2022, 5, 1), datetime.date(2026, 11, 16))
        born = rng.randint(1998, 2007) if plan == "student" else rng.randint(1952, 2004)
        if rng.random() < 0.06:
            born = None
        email = None if rng.random() < 0.05 else f"{first.lower()}.{last.lower()}@post.example"
        home = None if rng.random() < 0.1 else rng.choice(districts)
        rows.append((member_id, first, last, email, plan, iso(joined), born, home))
    return rows


def _fare(plan: str, seconds: int, ebike: int) -> float:
    minutes = math.ceil(seconds / 60)
    if plan in ("annual", "student"):
        fare = 0.10 * max(0, minutes - 45)
    elif plan == "monthly":
        fare = 0.12 * max(0, minutes - 30)
    else:
        fare = 1.00 + 0.15 * minutes
    return money(fare + (0.20 * minutes if ebike else 0))


def _trips(rng: random.Random, bikes: list[tuple[Any, ...]], members: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    riders = [m for m in members if m[0] % 11 != 0]  # every 11th member signed up and never rode
    rider_weights = [{"annual": 5, "monthly": 4, "student": 4, "pay as you go": 1}[m[4]] for m in riders]
    fleet = [b for b in bikes if b[0] not in NEW_BIKES]
    station_ids = list(range(1, len(STATIONS) + 1))
    pop = [s[6] for s in STATIONS]
    end_pop = [0 if i in (SUMMIT, HARBOUR_QUAY) else p for i, p in zip(station_ids, pop, strict=True)]
    rows: list[tuple[Any, ...]] = []
    while len(rows) < 4200:
        member = rng.choices(riders, rider_weights)[0]
        joined = datetime.date.fromisoformat(member[5])
        first = max(joined, datetime.date(2024, 1, 1))
        if first > datetime.date(2026, 11, 17):
            continue
        day = random_day(rng, first, datetime.date(2026, 11, 17))
        if day.month in (12, 1, 2) and rng.random() < 0.4:
            continue  # fewer rides in winter
        start_id = rng.choices(station_ids, pop)[0]
        opened = datetime.date.fromisoformat(STATIONS[start_id - 1][5])
        if opened > day:
            continue
        end_id = rng.choices(station_ids, end_pop)[0]
        if datetime.date.fromisoformat(STATIONS[end_id - 1][5]) > day:
            continue
        bike = rng.choice(fleet)
        if datetime.date.fromisoformat(bike[4]) > day:
            continue
        hour = rng.choices(range(6, 24), [2, 6, 10, 7, 4, 4, 5, 6, 5, 5, 6, 9, 10, 7, 5, 4, 3, 2])[0]
        start = datetime.datetime(day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(60))
        base = 420 if end_id != start_id else 1500
        seconds = int(min(4 * 3600, max(90, rng.lognormvariate(math.log(base + 300 * (bike[3] == 0)), 0.55))))
        end = start + datetime.timedelta(seconds=seconds)
        rows.append((bike[0], member[0], start_id, end_id, iso(start), iso(end), seconds,
                     _fare(member[4], seconds, bike[3])))  # fmt: skip
    rows.sort(key=lambda r: r[4])
    return [(i, *r) for i, r in enumerate(rows, 1)]


def _jobs(rng: random.Random, bikes: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    rows = []
    fleet = [b for b in bikes if b[0] not in NEW_BIKES]
    for _ in range(320):
        bike = rng.choice(fleet)
        issue, _, (low, high) = rng.choices(ISSUES, [i[1] for i in ISSUES])[0]
        if issue == "battery" and not bike[3]:
            issue, low, high = "flat tyre", 8, 20
        reported = random_day(rng, max(datetime.date.fromisoformat(bike[4]), datetime.date(2024, 1, 1)),
                              datetime.date(2026, 11, 17))  # fmt: skip
        fixed = reported + datetime.timedelta(days=rng.choice((0, 1, 1, 2, 3, 5, 9, 14)))
        if fixed > datetime.date(2026, 11, 18) or rng.random() < 0.02:
            fixed = None
        cost = None if fixed is None else money(rng.uniform(low, high))
        mechanic = None if fixed is None and rng.random() < 0.5 else rng.choice(MECHANICS)
        rows.append((len(rows) + 1, bike[0], issue, iso(reported), iso(fixed), cost, mechanic))
    rows.sort(key=lambda r: r[3])
    return [(i, *r[1:]) for i, r in enumerate(rows, 1)]


def build(con: Any) -> None:
    rng = random.Random(SEED)
    cur = con.cursor()
    create(cur, SCHEMA)
    bikes = _bikes(rng)
    members = _members(rng)
    trips = _trips(rng, bikes, members)
    jobs = _jobs(rng, bikes)
    insert(cur, "stations", ("station_id", "station_name", "district", "docks", "lat", "lon", "opened_on"),
           _stations())  # fmt: skip
    insert(cur, "bikes", ("bike_id", "serial_no", "model", "is_ebike", "commissioned", "status"), bikes)
    insert(cur, "members", ("memberId", "firstName", "lastName", "email", "planType", "joinedDate", "birthYear",
                            "homeDistrict"), members)  # fmt: skip
    insert(cur, "trips", ("trip_id", "bike_id", "member_id", "start_station_id", "end_station_id", "start_time",
                          "end_time", "duration_sec", "fare"), trips)  # fmt: skip
    insert(cur, "maintenance_jobs", ("job_id", "bike_id", "issue", "reported_on", "fixed_on", "cost", "mechanic"),
           jobs)  # fmt: skip


TRIP_START = "FROM trips t JOIN stations s ON s.station_id = t.start_station_id"
TRIP_END = "FROM trips t JOIN stations s ON s.station_id = t.end_station_id"
TRIP_MEMBER = "FROM trips t JOIN members m ON m.memberId = t.member_id"
TRIP_BIKE = "FROM trips t JOIN bikes b ON b.bike_id = t.bike_id"
LAST_MONTH = "BETWEEN '2026-10-01' AND '2026-10-31 23:59:59'"
IN_2025 = "BETWEEN '2025-01-01' AND '2025-12-31 23:59:59'"
DEPARTURES = ("WITH d AS (SELECT s.station_id, s.station_name, COUNT(t.trip_id) AS n FROM stations s "
              "LEFT JOIN trips t ON t.start_station_id = s.station_id GROUP BY s.station_id) ")  # fmt: skip

QUESTIONS: list[Case] = [
    # -- plain and easy --------------------------------------------------------------------------------------
    Case("how many docking stations are there", "SELECT COUNT(*) FROM stations"),
    Case("list the stations in old town", "SELECT station_name FROM stations WHERE district = 'Old Town'"),
    Case("how many e-bikes do we have", "SELECT COUNT(*) FROM bikes WHERE is_ebike = 1"),
    Case("how many members r on the annual plan", "SELECT COUNT(*) FROM members WHERE planType = 'annual'"),
    Case("total number of trips ever taken", "SELECT COUNT(*) FROM trips"),
    Case("how many docks at central station", "SELECT docks FROM stations WHERE station_name = 'Central Station'"),
    Case("when did summit park station open", "SELECT opened_on FROM stations WHERE station_name = 'Summit Park'"),
    Case("what bike models are in the fleet", "SELECT DISTINCT model FROM bikes"),
    Case("how many bikes have been retired", "SELECT COUNT(*) FROM bikes WHERE status = 'retired'"),
    Case("whats our total fare revenue", "SELECT SUM(fare) FROM trips"),
    # -- counts with filters ---------------------------------------------------------------------------------
    Case("how many rides started at library steps last month",
         f"SELECT COUNT(*) {TRIP_START} WHERE s.station_name = 'Library Steps' AND t.start_time {LAST_MONTH}"),
    Case("how many trips were on ebikes this year",
         f"SELECT COUNT(*) {TRIP_BIKE} WHERE b.is_ebike = 1 AND t.start_time >= '2026-01-01'"),
    Case("how many trips lasted more than an hour", "SELECT COUNT(*) FROM trips WHERE duration_sec > 3600"),
    Case("how many student members have joined since march",
         "SELECT COUNT(*) FROM members WHERE planType = 'student' AND joinedDate >= '2026-03-01'"),
    Case("how many rides didnt cost the rider anything", "SELECT COUNT(*) FROM trips WHERE fare = 0"),
    Case("how many trips ended back at the same station they started from",
         "SELECT COUNT(*) FROM trips WHERE start_station_id = end_station_id"),
    Case("no. of flat tyre repairs this year",
         "SELECT COUNT(*) FROM maintenance_jobs WHERE issue = 'flat tyre' AND reported_on >= '2026-01-01'"),
    # -- sum / avg / min / max -------------------------------------------------------------------------------
    Case("avg trip length in minutes", "SELECT AVG(duration_sec) / 60.0 FROM trips"),
    Case("longest ride ever, in minutes", "SELECT MAX(duration_sec) / 60.0 FROM trips"),
    Case("average fare paid by pay as you go members",
         f"SELECT AVG(t.fare) {TRIP_MEMBER} WHERE m.planType = 'pay as you go'"),
    Case("total repair cost for jobs reported in 2025",
         "SELECT SUM(cost) FROM maintenance_jobs WHERE reported_on BETWEEN '2025-01-01' AND '2025-12-31'"),
    Case("avg birth year of members on the student plan",
         "SELECT AVG(birthYear) FROM members WHERE planType = 'student'"),
    Case("when was the most recent trip taken", "SELECT MAX(start_time) FROM trips"),
    Case("which bike has been in service the longest (bike id)",
         "SELECT bike_id FROM bikes ORDER BY commissioned LIMIT 1"),
    # -- top-N -----------------------------------------------------------------------------------------------
    Case("which station do the most trips start from",
         f"SELECT s.station_name {TRIP_START} GROUP BY s.station_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("top 3 stations by number of trips ending there",
         f"SELECT s.station_name {TRIP_END} GROUP BY s.station_id ORDER BY COUNT(*) DESC LIMIT 3"),
    Case("who are our 2 most frequent riders",
         f"SELECT m.firstName, m.lastName {TRIP_MEMBER} GROUP BY m.memberId ORDER BY COUNT(*) DESC LIMIT 2"),
    Case("which bike id has been ridden the most times",
         "SELECT bike_id FROM trips GROUP BY bike_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which mechanic has completed the most repair jobs",
         "SELECT mechanic FROM maintenance_jobs WHERE fixed_on IS NOT NULL AND mechanic IS NOT NULL "
         "GROUP BY mechanic ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("names of whoever took the 3 longest trips this year, longest first",
         f"SELECT m.firstName, m.lastName {TRIP_MEMBER} WHERE t.start_time >= '2026-01-01' "
         "ORDER BY t.duration_sec DESC LIMIT 3"),
    Case("which district brings in the most fare money, going by where the trip started",
         f"SELECT s.district {TRIP_START} GROUP BY s.district ORDER BY SUM(t.fare) DESC LIMIT 1"),
    Case("whats the most common repair issue",
         "SELECT issue FROM maintenance_jobs GROUP BY issue ORDER BY COUNT(*) DESC LIMIT 1"),
    # -- per-group breakdowns --------------------------------------------------------------------------------
    Case("trips per district by start station", f"SELECT s.district, COUNT(*) {TRIP_START} GROUP BY s.district"),
    Case("avg ride duration by bike model, in mins",
         f"SELECT b.model, AVG(t.duration_sec) / 60.0 {TRIP_BIKE} GROUP BY b.model"),
    Case("members by plan type", "SELECT planType, COUNT(*) FROM members GROUP BY planType"),
    Case("how many trips ended at each station, including stations nobodys ridden to",
         "SELECT s.station_name, COUNT(t.trip_id) FROM stations s LEFT JOIN trips t "
         "ON t.end_station_id = s.station_id GROUP BY s.station_id"),
    Case("monthly ride counts for 2025",
         f"SELECT strftime('%Y-%m', start_time), COUNT(*) FROM trips WHERE start_time {IN_2025} GROUP BY 1"),
    Case("fare revenue per plan this year",
         f"SELECT m.planType, SUM(t.fare) {TRIP_MEMBER} WHERE t.start_time >= '2026-01-01' GROUP BY m.planType"),
    Case("avg repair cost for each kind of issue",
         "SELECT issue, AVG(cost) FROM maintenance_jobs GROUP BY issue"),
    Case("how many rides does each e-bike model get",
         f"SELECT b.model, COUNT(*) {TRIP_BIKE} WHERE b.is_ebike = 1 GROUP BY b.model"),
    Case("trips by hour of the day", "SELECT strftime('%H', start_time), COUNT(*) FROM trips GROUP BY 1"),
    Case("number of trips for every bike id, 0 if it's never been out",
         "SELECT b.bike_id, COUNT(t.trip_id) FROM bikes b LEFT JOIN trips t ON t.bike_id = b.bike_id "
         "GROUP BY b.bike_id"),
    # -- anti-joins ------------------------------------------------------------------------------------------
    Case("how many bikes have never been taken out",
         "SELECT COUNT(*) FROM bikes b WHERE NOT EXISTS (SELECT 1 FROM trips t WHERE t.bike_id = b.bike_id)"),
    Case("stations where no trip has ever ended",
         "SELECT station_name FROM stations s WHERE NOT EXISTS "
         "(SELECT 1 FROM trips t WHERE t.end_station_id = s.station_id)"),
    Case("members who signed up but never went for a ride",
         "SELECT COUNT(*) FROM members m WHERE NOT EXISTS (SELECT 1 FROM trips t WHERE t.member_id = m.memberId)"),
    Case("how many bikes have never needed a repair",
         "SELECT COUNT(*) FROM bikes b WHERE NOT EXISTS "
         "(SELECT 1 FROM maintenance_jobs j WHERE j.bike_id = b.bike_id)"),
    Case("are there any stations that have had no trips at all, in or out",
         "SELECT EXISTS (SELECT 1 FROM stations s WHERE NOT EXISTS (SELECT 1 FROM trips t "
         "WHERE t.start_station_id = s.station_id OR t.end_station_id = s.station_id))"),
    Case("how many members have ridden before but not since the start of june",
         "SELECT COUNT(DISTINCT member_id) FROM trips WHERE member_id NOT IN "
         "(SELECT member_id FROM trips WHERE start_time >= '2026-06-01')"),
    # -- ratios, comparisons with the average ----------------------------------------------------------------
    Case("what % of trips are on e-bikes", f"SELECT 100.0 * AVG(b.is_ebike) {TRIP_BIKE}"),
    Case("what share of rides are free", "SELECT AVG(fare = 0) FROM trips"),
    Case("percentage of members on the annual plan", "SELECT 100.0 * AVG(planType = 'annual') FROM members"),
    Case("what proportion of repair jobs are still open", "SELECT AVG(fixed_on IS NULL) FROM maintenance_jobs"),
    Case("how many trips were longer than the average trip",
         "SELECT COUNT(*) FROM trips WHERE duration_sec > (SELECT AVG(duration_sec) FROM trips)"),
    Case("stations with more departures than the avg station (count stations with none as 0)",
         DEPARTURES + "SELECT station_name FROM d WHERE n > (SELECT AVG(n) FROM d)"),
    Case("bike models whose avg trip is longer than the overall avg trip",
         f"SELECT b.model {TRIP_BIKE} GROUP BY b.model HAVING AVG(t.duration_sec) > "
         "(SELECT AVG(duration_sec) FROM trips)"),
    # -- yes / no --------------------------------------------------------------------------------------------
    Case("did anyone ride from summit park to central station last month",
         "SELECT EXISTS (SELECT 1 FROM trips t JOIN stations a ON a.station_id = t.start_station_id "
         "JOIN stations z ON z.station_id = t.end_station_id WHERE a.station_name = 'Summit Park' "
         f"AND z.station_name = 'Central Station' AND t.start_time {LAST_MONTH})"),
    Case("are there any e-bikes with an unfixed battery problem",
         "SELECT EXISTS (SELECT 1 FROM maintenance_jobs j JOIN bikes b ON b.bike_id = j.bike_id "
         "WHERE b.is_ebike = 1 AND j.issue = 'battery' AND j.fixed_on IS NULL)"),
    Case("do volt e2 bikes get more rides in total than volt e1s",
         f"SELECT (SELECT COUNT(*) {TRIP_BIKE} WHERE b.model = 'Volt E2') > "
         f"(SELECT COUNT(*) {TRIP_BIKE} WHERE b.model = 'Volt E1')"),
    Case("has harbour quay had any trips yet",
         "SELECT EXISTS (SELECT 1 FROM trips t JOIN stations s ON s.station_id IN (t.start_station_id, "
         "t.end_station_id) WHERE s.station_name = 'Harbour Quay')"),
    Case("are weekend rides longer on avg than weekday ones",
         "SELECT (SELECT AVG(duration_sec) FROM trips WHERE strftime('%w', start_time) IN ('0', '6')) > "
         "(SELECT AVG(duration_sec) FROM trips WHERE strftime('%w', start_time) NOT IN ('0', '6'))"),
    # -- HAVING ----------------------------------------------------------------------------------------------
    Case("members with more than 22 trips",
         f"SELECT m.firstName, m.lastName {TRIP_MEMBER} GROUP BY m.memberId HAVING COUNT(*) > 22"),
    Case("stations with over 350 departures",
         f"SELECT s.station_name {TRIP_START} GROUP BY s.station_id HAVING COUNT(*) > 350"),
    Case("bike ids that have had 6 or more maintenance jobs",
         "SELECT bike_id FROM maintenance_jobs GROUP BY bike_id HAVING COUNT(*) >= 6"),
    # -- dates -----------------------------------------------------------------------------------------------
    Case("how many rides happened yesterday",
         "SELECT COUNT(*) FROM trips WHERE start_time BETWEEN '2026-11-17' AND '2026-11-17 23:59:59'"),
    Case("trips from nov 1 to nov 7 inclusive",
         "SELECT COUNT(*) FROM trips WHERE start_time BETWEEN '2026-11-01' AND '2026-11-07 23:59:59'"),
    Case("how many people joined in 2025",
         "SELECT COUNT(*) FROM members WHERE joinedDate BETWEEN '2025-01-01' AND '2025-12-31'"),
    Case("how many bikes were commissioned before 2023",
         "SELECT COUNT(*) FROM bikes WHERE commissioned < '2023-01-01'"),
    Case("how many repair jobs were reported last month",
         "SELECT COUNT(*) FROM maintenance_jobs WHERE reported_on BETWEEN '2026-10-01' AND '2026-10-31'"),
    # -- NULLs -----------------------------------------------------------------------------------------------
    Case("which members have no email address", "SELECT firstName, lastName FROM members WHERE email IS NULL"),
    Case("repair jobs with no mechanic assigned", "SELECT COUNT(*) FROM maintenance_jobs WHERE mechanic IS NULL"),
    Case("how many members didnt tell us their home district",
         "SELECT COUNT(*) FROM members WHERE homeDistrict IS NULL"),
    # -- composed --------------------------------------------------------------------------------------------
    Case("top 3 stations for ebike departures in 2025",
         "SELECT s.station_name FROM trips t JOIN stations s ON s.station_id = t.start_station_id "
         f"JOIN bikes b ON b.bike_id = t.bike_id WHERE b.is_ebike = 1 AND t.start_time {IN_2025} "
         "GROUP BY s.station_id ORDER BY COUNT(*) DESC LIMIT 3"),
    Case("which student member has spent the most total time on bikes",
         f"SELECT m.firstName, m.lastName {TRIP_MEMBER} WHERE m.planType = 'student' GROUP BY m.memberId "
         "ORDER BY SUM(t.duration_sec) DESC LIMIT 1"),
    Case("avg fare for pay as you go riders, e-bikes vs classic bikes",
         "SELECT AVG(t.fare) FROM trips t JOIN members m ON m.memberId = t.member_id JOIN bikes b "
         "ON b.bike_id = t.bike_id WHERE m.planType = 'pay as you go' GROUP BY b.is_ebike"),
    Case("members from which home district take the most trips",
         f"SELECT m.homeDistrict {TRIP_MEMBER} WHERE m.homeDistrict IS NOT NULL GROUP BY m.homeDistrict "
         "ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("busiest route between two different stations",
         "SELECT a.station_name, z.station_name FROM trips t JOIN stations a ON a.station_id = t.start_station_id "
         "JOIN stations z ON z.station_id = t.end_station_id WHERE t.start_station_id <> t.end_station_id "
         "GROUP BY t.start_station_id, t.end_station_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("avg days from a repair being reported to it being fixed, per mechanic",
         "SELECT mechanic, AVG(julianday(fixed_on) - julianday(reported_on)) FROM maintenance_jobs "
         "WHERE fixed_on IS NOT NULL GROUP BY mechanic"),
    Case("total fares collected at riverside stations in the summer of 2025 (jun-aug)",
         f"SELECT SUM(t.fare) {TRIP_START} WHERE s.district = 'Riverside' "
         "AND t.start_time BETWEEN '2025-06-01' AND '2025-08-31 23:59:59'"),
    # -- should refuse (the requests to change data come last) ------------------------------------------------
    Case("how many calories did riders burn last month", None),
    Case("whats the weather forecast for tomorrow", None),
    Case("which stations are next to a coffee shop", None),
    Case("whats aoife byrne's phone number", None),
    Case("how many helmets did we sell this year", None),
    Case("which riders got a parking fine", None),
    Case("what's the battery level on bike 42 right now", None),
    Case("forecast demand at central station for next summer", None),
    Case("how many cars drive through the docklands every day", None),
    Case("tell me a joke about bikes", None),
    Case("what's the top speed of a volt e2", None),
    Case("delete every trip shorter than a minute", None),
    Case("move 10 bikes from central station to summit park", None),
    Case("switch every member to the annual plan", None),
]
