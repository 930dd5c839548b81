"""A delivery company: depots, vehicles, drivers (each with a supervisor who is also a driver), customers,
shipments and their legs, fuel purchases, maintenance records and incidents.

Written blind, like the rest of the held-out corpus: by someone who has not read the English reader. The
naming is mixed on purpose: most tables are snake_case, some columns terse (``veh_id``, ``wt_kg``,
``dlv_ts``, ``decl_value``, ``supv_id``, ``lic_class``), `customers` is camelCase (``customerId``,
``companyName``, ``contactEmail``, ``accountType``, ``createdAt``) and so is `fuel_purchases.pricePerLitre`.
Every date is ISO TEXT, timestamps carry a time. The Leeds depot opened this autumn and has no vehicles; a few
vehicles have never carried a shipment; many drivers have no incidents; shipments not yet delivered have no
``dlv_ts``; some shipments have no declared value and some customers no e-mail.
"""

from __future__ import annotations

import datetime
import itertools
import random
from typing import Any

from .common import NOW, TODAY, Case, create, insert, iso, money, random_day, random_moment

SEED = 40417

SCHEMA = (
    """CREATE TABLE depots (
        depot_id INTEGER PRIMARY KEY,
        depot_name TEXT NOT NULL,
        city TEXT NOT NULL,
        opened_on TEXT NOT NULL,
        bays INTEGER NOT NULL
    )""",
    """CREATE TABLE vehicles (
        veh_id INTEGER PRIMARY KEY,
        reg_plate TEXT NOT NULL,
        veh_type TEXT NOT NULL,
        make TEXT NOT NULL,
        capacity_kg INTEGER NOT NULL,
        depot_id INTEGER REFERENCES depots (depot_id),
        acquired_on TEXT NOT NULL,
        retired_on TEXT
    )""",
    """CREATE TABLE drivers (
        driver_id INTEGER PRIMARY KEY,
        first_name TEXT NOT NULL,
        last_name TEXT NOT NULL,
        supv_id INTEGER REFERENCES drivers (driver_id),
        depot_id INTEGER REFERENCES depots (depot_id),
        hired_on TEXT NOT NULL,
        lic_class TEXT NOT NULL,
        hourly_rate REAL NOT NULL
    )""",
    """CREATE TABLE customers (
        customerId INTEGER PRIMARY KEY,
        companyName TEXT NOT NULL,
        city TEXT NOT NULL,
        contactEmail TEXT,
        accountType TEXT NOT NULL,
        createdAt TEXT NOT NULL
    )""",
    """CREATE TABLE shipments (
        shp_id INTEGER PRIMARY KEY,
        cust_id INTEGER NOT NULL REFERENCES customers (customerId),
        origin_depot INTEGER NOT NULL REFERENCES depots (depot_id),
        veh_id INTEGER REFERENCES vehicles (veh_id),
        driver_id INTEGER REFERENCES drivers (driver_id),
        dest_city TEXT NOT NULL,
        wt_kg REAL NOT NULL,
        decl_value REAL,
        pickup_ts TEXT NOT NULL,
        dlv_ts TEXT,
        status TEXT NOT NULL
    )""",
    """CREATE TABLE shipment_legs (
        leg_id INTEGER PRIMARY KEY,
        shp_id INTEGER NOT NULL REFERENCES shipments (shp_id),
        leg_no INTEGER NOT NULL,
        from_city TEXT NOT NULL,
        to_city TEXT NOT NULL,
        km REAL NOT NULL
    )""",
    """CREATE TABLE fuel_purchases (
        fuel_id INTEGER PRIMARY KEY,
        veh_id INTEGER NOT NULL REFERENCES vehicles (veh_id),
        driver_id INTEGER REFERENCES drivers (driver_id),
        bought_at TEXT NOT NULL,
        litres REAL NOT NULL,
        pricePerLitre REAL NOT NULL,
        cost REAL NOT NULL,
        station TEXT
    )""",
    """CREATE TABLE maintenance (
        maint_id INTEGER PRIMARY KEY,
        veh_id INTEGER NOT NULL REFERENCES vehicles (veh_id),
        svc_date TEXT NOT NULL,
        svc_type TEXT NOT NULL,
        cost REAL NOT NULL,
        odometer_km INTEGER,
        garage TEXT
    )""",
    """CREATE TABLE incidents (
        incident_id INTEGER PRIMARY KEY,
        driver_id INTEGER NOT NULL REFERENCES drivers (driver_id),
        veh_id INTEGER REFERENCES vehicles (veh_id),
        shp_id INTEGER REFERENCES shipments (shp_id),
        occurred_at TEXT NOT NULL,
        severity TEXT NOT NULL,
        kind TEXT NOT NULL,
        damage_cost REAL
    )""",
)

# name, city, opened, bays
DEPOTS = (
    ("Birmingham Central", "Birmingham", "2011-03-14", 24),
    ("Manchester North", "Manchester", "2014-06-02", 18),
    ("Bristol Docks", "Bristol", "2016-09-19", 12),
    ("Glasgow East", "Glasgow", "2018-04-30", 14),
    ("Cardiff Bay", "Cardiff", "2021-01-11", 8),
    ("Leeds Ring Road", "Leeds", "2026-10-05", 10),
)
NEW_DEPOT = 6
# vehicle type, capacity range kg, makes, weight, litres per 100 km
VEH_TYPES = (
    ("van", (900, 1400), ("Ford", "Renault", "Mercedes"), 14),
    ("box truck", (3000, 4500), ("Iveco", "Mercedes", "DAF"), 9),
    ("rigid", (8000, 12000), ("DAF", "Volvo", "Scania"), 6),
    ("articulated", (20000, 26000), ("Volvo", "Scania"), 3),
    ("cargo bike", (120, 180), ("Urban Arrow",), 2),
)
CITIES = ("Birmingham", "Manchester", "Bristol", "Glasgow", "Cardiff", "Leeds", "London", "Liverpool", "Leicester",
          "Edinburgh", "Newcastle", "Sheffield", "Nottingham", "Southampton", "Swansea", "Aberdeen")  # fmt: skip
FIRST = ("Aaron", "Bethany", "Connor", "Deepa", "Ewan", "Fatima", "Gareth", "Hollie", "Imran", "Jodie", "Kieran",
         "Leanne", "Mohammed", "Nadia", "Owen", "Priya", "Rhys", "Siobhan", "Tomasz", "Wendy")  # fmt: skip
LAST = ("Adeyemi", "Bowen", "Campbell", "Doyle", "Evans", "Fletcher", "Grant", "Hussain", "Jenkins", "Kowalski",
        "Lloyd", "MacDonald", "Nowak", "Patel", "Reid", "Sutton")  # fmt: skip
COMPANY_A = ("Northern", "Atlas", "Crown", "Riverside", "Summit", "Oak", "Harbour", "Pennine", "Clyde", "Severn",
             "Brightside", "Redwood", "Union", "Castle", "Meridian")  # fmt: skip
COMPANY_B = ("Foods", "Pharma", "Electricals", "Textiles", "Books", "Furniture", "Garden Supplies", "Auto Parts")
STATIONS = ("Shell", "BP", "Esso", "Texaco", "Tesco")
GARAGES = ("Fleetcare Ltd", "QuickFit Commercial", "in-house")
SVC_TYPES = (("service", 50, (180, 650)), ("tyres", 20, (240, 1400)), ("brakes", 12, (300, 900)),
             ("MOT", 13, (60, 160)), ("bodywork", 5, (400, 3200)))  # fmt: skip
INCIDENT_KINDS = ("collision", "damaged goods", "speeding", "late delivery complaint", "lost parcel", "breakdown")


def _vehicles(rng: random.Random) -> list[tuple[Any, ...]]:
    rows = []
    letters = "ABCDEFGHJKLMNPRSTVWXY"
    for veh_id in range(1, 43):
        kind, (low, high), makes, _ = rng.choices(VEH_TYPES, [t[3] for t in VEH_TYPES])[0]
        if veh_id in (41, 42):
            kind, (low, high), makes, _ = VEH_TYPES[4] if veh_id == 41 else VEH_TYPES[0]
        capacity = rng.randrange(low, high + 1, 50)
        depot = 1 + (veh_id - 1) % 5
        acquired = random_day(rng, datetime.date(2019, 1, 1), datetime.date(2024, 6, 30))
        if veh_id in (38, 39, 40, 41, 42):
            acquired = random_day(rng, datetime.date(2026, 10, 1), datetime.date(2026, 11, 14))
        retired = None
        if veh_id in (5, 17, 29):
            retired = random_day(rng, datetime.date(2025, 1, 1), datetime.date(2026, 3, 31))
        plate = "".join(rng.choice(letters) for _ in range(2)) + f"{rng.randint(10, 75)} " + "".join(
            rng.choice(letters) for _ in range(3))
        rows.append((veh_id, plate, kind, rng.choice(makes), capacity, depot, iso(acquired), iso(retired)))
    return rows


def _drivers(rng: random.Random) -> list[tuple[Any, ...]]:
    names = list(itertools.product(FIRST, LAST))
    rng.shuffle(names)
    rows: list[tuple[Any, ...]] = []

    def add(supv: int | None, depot: int | None, hired: datetime.date, lic: str, rate: float) -> int:
        first, last = names[len(rows)]
        rows.append((len(rows) + 1, first, last, supv, depot, iso(hired), lic, rate))
        return len(rows)

    chief = add(None, 1, datetime.date(2011, 4, 4), "C+E", 24.5)
    for depot in range(1, 6):
        opened = datetime.date.fromisoformat(DEPOTS[depot - 1][2])
        lead = add(chief, depot, random_day(rng, opened, datetime.date(2022, 6, 30)), "C+E",
                   money(rng.uniform(19, 22)))
        for _ in range(rng.randint(6, 9)):
            lic = rng.choices(("B", "C1", "C", "C+E"), (5, 3, 3, 2))[0]
            add(lead, depot, random_day(rng, opened, datetime.date(2026, 9, 30)), lic, money(rng.uniform(12.2, 17.8)))
    add(chief, NEW_DEPOT, datetime.date(2026, 10, 12), "C", 18.0)
    add(chief, NEW_DEPOT, datetime.date(2026, 11, 2), "B", 13.1)
    return rows


def _customers(rng: random.Random) -> list[tuple[Any, ...]]:
    names = [f"{a} {b}" for a, b in itertools.product(COMPANY_A, COMPANY_B)]
    rng.shuffle(names)
    rows = []
    for ident in range(1, 111):
        name = names[ident - 1]
        email = None if rng.random() < 0.15 else f"orders@{name.lower().replace(' ', '')}.example"
        kind = rng.choices(("business", "retail", "marketplace"), (60, 25, 15))[0]
        created = random_moment(rng, datetime.date(2018, 1, 1), datetime.date(2026, 11, 12))
        rows.append((ident, name, rng.choice(CITIES), email, kind, iso(created)))
    return rows


def _shipments(rng: random.Random, vehicles: list[tuple[Any, ...]], drivers: list[tuple[Any, ...]],
               customers: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:  # fmt: skip
    working = {}
    for v in vehicles:
        if v[0] >= 38:
            continue  # the newest vehicles have not carried anything yet
        working.setdefault(v[5], []).append(v)
    crew = {}
    for d in drivers:
        if d[4] != NEW_DEPOT and d[3] is not None:
            crew.setdefault(d[4], []).append(d)
    weights = [0 if c[0] % 23 == 0 else rng.choice((1, 1, 2, 3, 6)) for c in customers]  # four never ship
    rows = []
    for _ in range(2600):
        cust = rng.choices(customers, weights)[0]
        depot = rng.choices(range(1, 6), (30, 24, 16, 18, 12))[0]
        pickup = random_moment(rng, datetime.date(2023, 1, 2), datetime.date(2026, 11, 25), hours=(6, 17))
        options = [v for v in working[depot] if v[7] is None or v[7] > iso(pickup.date())]
        options = [v for v in options if v[6] <= iso(pickup.date())] or working[depot]
        veh = rng.choice(options)
        drv = rng.choice([d for d in crew[depot] if d[5] <= iso(pickup.date())] or crew[depot])
        weight = round(rng.uniform(0.05, 0.95) * veh[4], 1)
        value = None if rng.random() < 0.1 else money(rng.uniform(50, 25000))
        dest = rng.choice([c for c in CITIES if c != DEPOTS[depot - 1][1]])
        hours = rng.uniform(2, 60) if veh[2] != "cargo bike" else rng.uniform(0.3, 4)
        delivered = pickup + datetime.timedelta(hours=hours)
        delivered = delivered.replace(microsecond=0)
        if pickup > NOW:
            status, dlv, veh_id, drv_id = "scheduled", None, None, None
            if rng.random() < 0.5:
                veh_id, drv_id = veh[0], drv[0]
        else:
            veh_id, drv_id = veh[0], drv[0]
            status = rng.choices(("delivered", "cancelled", "returned"), (90, 6, 4))[0]
            dlv = delivered if status == "delivered" else None
            if status == "delivered" and delivered > NOW:
                status, dlv = "in transit", None
            if status == "cancelled" and rng.random() < 0.6:
                veh_id = drv_id = None
        rows.append([cust[0], depot, veh_id, drv_id, dest, weight, value, iso(pickup), iso(dlv), status])
    rows.sort(key=lambda r: r[7])
    return [(i, *row) for i, row in enumerate(rows, 1)]


def _legs(rng: random.Random, shipments: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    rows = []
    for shp in shipments:
        if shp[10] == "cancelled":
            continue
        start = DEPOTS[shp[2] - 1][1]
        stops = rng.choices((1, 2, 3), (60, 30, 10))[0]
        via = rng.sample([c for c in CITIES if c not in (start, shp[5])], stops - 1)
        path = [start, *via, shp[5]]
        for n, (a, b) in enumerate(itertools.pairwise(path), 1):
            rows.append((len(rows) + 1, shp[0], n, a, b, round(rng.uniform(25, 420), 1)))
    return rows


def _fuel(rng: random.Random, vehicles: list[tuple[Any, ...]],
          shipments: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:  # fmt: skip
    rows = []
    per_litre = {2023: 1.62, 2024: 1.55, 2025: 1.49, 2026: 1.44}
    for shp in shipments:
        if shp[3] is None or shp[10] in ("scheduled", "cancelled"):
            continue
        veh = vehicles[shp[3] - 1]
        if veh[2] == "cargo bike" or rng.random() < 0.45:
            continue
        moment = datetime.datetime.fromisoformat(shp[8]) + datetime.timedelta(minutes=rng.randint(20, 600))
        if moment > NOW:
            continue
        tank = {"van": (30, 70), "box truck": (60, 140), "rigid": (120, 300), "articulated": (250, 600)}[veh[2]]
        litres = round(rng.uniform(*tank), 1)
        price = round(per_litre[moment.year] * rng.uniform(0.94, 1.07), 3)
        driver = None if rng.random() < 0.05 else shp[4]
        station = None if rng.random() < 0.04 else rng.choice(STATIONS)
        rows.append((len(rows) + 1, veh[0], driver, iso(moment), litres, price, money(litres * price), station))
    return rows


def _maintenance(rng: random.Random, vehicles: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    rows = []
    for veh in vehicles:
        if veh[0] >= 38:
            continue
        day = max(datetime.date.fromisoformat(veh[6]), datetime.date(2023, 1, 1))
        end = datetime.date.fromisoformat(veh[7]) if veh[7] else TODAY
        odo = rng.randint(5000, 90000)
        while True:
            day += datetime.timedelta(days=rng.randint(60, 200))
            if day > end:
                break
            kind, _, (low, high) = rng.choices(SVC_TYPES, [s[1] for s in SVC_TYPES])[0]
            odo += rng.randint(4000, 30000)
            rows.append((len(rows) + 1, veh[0], iso(day), kind, money(rng.uniform(low, high)),
                         None if rng.random() < 0.07 else odo, rng.choice(GARAGES)))
    return rows


def _incidents(rng: random.Random, shipments: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    careless = {7, 19, 33}
    rows = []
    for shp in shipments:
        if shp[4] is None or shp[10] == "scheduled":
            continue
        chance = 0.12 if shp[4] in careless else 0.025
        if shp[4] % 4 == 0 and shp[4] not in careless:
            chance = 0.0  # a quarter of the drivers have a clean record
        if rng.random() >= chance:
            continue
        start = datetime.datetime.fromisoformat(shp[8])
        moment = start + datetime.timedelta(minutes=rng.randint(15, 900))
        if moment > NOW:
            continue
        kind = rng.choice(INCIDENT_KINDS)
        severity = rng.choices(("minor", "moderate", "major"), (60, 30, 10))[0]
        damage = money(rng.uniform(80, 9000) * {"minor": 0.2, "moderate": 1, "major": 3}[severity])
        if kind in ("speeding", "late delivery complaint") or rng.random() < 0.1:
            damage = None
        rows.append((len(rows) + 1, shp[4], shp[3], shp[0] if kind != "speeding" else None, iso(moment), severity,
                     kind, damage))
    return rows


def build(con: Any) -> None:
    rng = random.Random(SEED)
    cur = con.cursor()
    create(cur, SCHEMA)
    depots = [(i, *d) for i, d in enumerate(DEPOTS, 1)]
    vehicles = _vehicles(rng)
    drivers = _drivers(rng)
    customers = _customers(rng)
    shipments = _shipments(rng, vehicles, drivers, customers)
    legs = _legs(rng, shipments)
    fuel = _fuel(rng, vehicles, shipments)
    maint = _maintenance(rng, vehicles)
    incidents = _incidents(rng, shipments)
    insert(cur, "depots", ("depot_id", "depot_name", "city", "opened_on", "bays"), depots)
    insert(cur, "vehicles", ("veh_id", "reg_plate", "veh_type", "make", "capacity_kg", "depot_id", "acquired_on",
                             "retired_on"), vehicles)  # fmt: skip
    insert(cur, "drivers", ("driver_id", "first_name", "last_name", "supv_id", "depot_id", "hired_on", "lic_class",
                            "hourly_rate"), drivers)  # fmt: skip
    insert(cur, "customers", ("customerId", "companyName", "city", "contactEmail", "accountType", "createdAt"),
           customers)  # fmt: skip
    insert(cur, "shipments", ("shp_id", "cust_id", "origin_depot", "veh_id", "driver_id", "dest_city", "wt_kg",
                              "decl_value", "pickup_ts", "dlv_ts", "status"), shipments)  # fmt: skip
    insert(cur, "shipment_legs", ("leg_id", "shp_id", "leg_no", "from_city", "to_city", "km"), legs)
    insert(cur, "fuel_purchases", ("fuel_id", "veh_id", "driver_id", "bought_at", "litres", "pricePerLitre", "cost",
                                   "station"), fuel)  # fmt: skip
    insert(cur, "maintenance", ("maint_id", "veh_id", "svc_date", "svc_type", "cost", "odometer_km", "garage"), maint)
    insert(cur, "incidents", ("incident_id", "driver_id", "veh_id", "shp_id", "occurred_at", "severity", "kind",
                              "damage_cost"), incidents)  # fmt: skip


SHP_DRV = "FROM shipments s JOIN drivers d ON d.driver_id = s.driver_id"
SHP_VEH = "FROM shipments s JOIN vehicles v ON v.veh_id = s.veh_id"
SHP_CUST = "FROM shipments s JOIN customers c ON c.customerId = s.cust_id"
SHP_DEPOT = "FROM shipments s JOIN depots p ON p.depot_id = s.origin_depot"
HOURS = "(julianday(s.dlv_ts) - julianday(s.pickup_ts)) * 24"
IN_2025 = "BETWEEN '2025-01-01' AND '2025-12-31 23:59:59'"

QUESTIONS: list[Case] = [
    # -- plain and easy --------------------------------------------------------------------------------------
    Case("how many depots do we have", "SELECT COUNT(*) FROM depots"),
    Case("how many articulated lorries do we have", "SELECT COUNT(*) FROM vehicles WHERE veh_type = 'articulated'"),
    Case("list all drivers at the cardiff depot",
         "SELECT d.first_name, d.last_name FROM drivers d JOIN depots p ON p.depot_id = d.depot_id "
         "WHERE p.city = 'Cardiff'"),
    Case("total number of shipments", "SELECT COUNT(*) FROM shipments"),
    Case("how many customers dont have a contact email", "SELECT COUNT(*) FROM customers WHERE contactEmail IS NULL"),
    Case("whats the biggest vehicle capacity we have", "SELECT MAX(capacity_kg) FROM vehicles"),
    Case("which vehicle has the largest capacity",
         "SELECT reg_plate FROM vehicles ORDER BY capacity_kg DESC LIMIT 1"),
    Case("when did the bristol docks depot open", "SELECT opened_on FROM depots WHERE depot_name = 'Bristol Docks'"),
    Case("what's hollie nowak's hourly rate",
         "SELECT hourly_rate FROM drivers WHERE first_name = 'Hollie' AND last_name = 'Nowak'"),
    Case("reg plates of all the cargo bikes", "SELECT reg_plate FROM vehicles WHERE veh_type = 'cargo bike'"),
    Case("how many vehicles have been retired", "SELECT COUNT(*) FROM vehicles WHERE retired_on IS NOT NULL"),
    # -- counts with filters ---------------------------------------------------------------------------------
    Case("how many shipments were cancelled", "SELECT COUNT(*) FROM shipments WHERE status = 'cancelled'"),
    Case("no. of shipments currently in transit", "SELECT COUNT(*) FROM shipments WHERE status = 'in transit'"),
    Case("how many shipments were assigned to ewan evans",
         f"SELECT COUNT(*) {SHP_DRV} WHERE d.first_name = 'Ewan' AND d.last_name = 'Evans'"),
    Case("how many deliveries went to london in 2025",
         f"SELECT COUNT(*) FROM shipments WHERE status = 'delivered' AND dest_city = 'London' AND dlv_ts {IN_2025}"),
    Case("how many major incidents have there been", "SELECT COUNT(*) FROM incidents WHERE severity = 'major'"),
    Case("how many diffrent customers did we ship for in 2026",
         "SELECT COUNT(DISTINCT cust_id) FROM shipments WHERE pickup_ts >= '2026-01-01'"),
    Case("how many shipments over 10 tonnes", "SELECT COUNT(*) FROM shipments WHERE wt_kg > 10000"),
    Case("number of fuel purchases at shell", "SELECT COUNT(*) FROM fuel_purchases WHERE station = 'Shell'"),
    # -- sum / avg / min / max -------------------------------------------------------------------------------
    Case("total fuel spend", "SELECT SUM(cost) FROM fuel_purchases"),
    Case("how many litres of fuel did we buy in 2025",
         f"SELECT SUM(litres) FROM fuel_purchases WHERE bought_at {IN_2025}"),
    Case("avg shipment weight", "SELECT AVG(wt_kg) FROM shipments"),
    Case("total declared value of all delivered shipments",
         "SELECT SUM(decl_value) FROM shipments WHERE status = 'delivered'"),
    Case("avg price per litre in 2024",
         "SELECT AVG(pricePerLitre) FROM fuel_purchases "
         "WHERE bought_at BETWEEN '2024-01-01' AND '2024-12-31 23:59:59'"),
    Case("what did we spend on maintenance last year",
         "SELECT SUM(cost) FROM maintenance WHERE svc_date BETWEEN '2025-01-01' AND '2025-12-31'"),
    Case("total km driven across all shipment legs", "SELECT SUM(km) FROM shipment_legs"),
    Case("avg delivery time in hours", f"SELECT AVG({HOURS}) FROM shipments s WHERE s.dlv_ts IS NOT NULL"),
    Case("longest delivery ever, in hours", f"SELECT MAX({HOURS}) FROM shipments s"),
    Case("avg damage cost per incident", "SELECT AVG(damage_cost) FROM incidents"),
    Case("whats the avg hourly rate for our drivers", "SELECT AVG(hourly_rate) FROM drivers"),
    Case("how heavy was our heaviest shipment", "SELECT MAX(wt_kg) FROM shipments"),
    # -- top-N, first / latest -------------------------------------------------------------------------------
    Case("top 3 customers by number of shipments",
         f"SELECT c.companyName {SHP_CUST} GROUP BY c.customerId ORDER BY COUNT(*) DESC LIMIT 3"),
    Case("which driver has the most incidents",
         "SELECT d.first_name, d.last_name FROM incidents i JOIN drivers d ON d.driver_id = i.driver_id "
         "GROUP BY d.driver_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("3 vehicles with the highest maintenance costs",
         "SELECT v.reg_plate FROM maintenance m JOIN vehicles v ON v.veh_id = m.veh_id GROUP BY v.veh_id "
         "ORDER BY SUM(m.cost) DESC LIMIT 3"),
    Case("which depot ships the most",
         f"SELECT p.depot_name {SHP_DEPOT} GROUP BY p.depot_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("when was the most recent fuel purchase", "SELECT MAX(bought_at) FROM fuel_purchases"),
    Case("what was the first shipment we ever picked up", "SELECT shp_id FROM shipments ORDER BY pickup_ts LIMIT 1"),
    Case("who is our longest serving driver", "SELECT first_name, last_name FROM drivers ORDER BY hired_on LIMIT 1"),
    Case("newest vehicle in the fleet", "SELECT reg_plate FROM vehicles ORDER BY acquired_on DESC LIMIT 1"),
    Case("which 3 drivers have done the fewest deliveries",
         "SELECT d.first_name, d.last_name FROM drivers d LEFT JOIN shipments s ON s.driver_id = d.driver_id "
         "AND s.status = 'delivered' GROUP BY d.driver_id ORDER BY COUNT(s.shp_id) LIMIT 3", ordered=False),
    Case("top 3 destination cities",
         "SELECT dest_city FROM shipments GROUP BY dest_city ORDER BY COUNT(*) DESC LIMIT 3"),
    Case("which customer has the highest total declared value",
         f"SELECT c.companyName {SHP_CUST} GROUP BY c.customerId ORDER BY SUM(s.decl_value) DESC LIMIT 1"),
    Case("which make of vehicle do we have the most of",
         "SELECT make FROM vehicles GROUP BY make ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which driver has the fastest avg delivery time",
         f"SELECT d.first_name, d.last_name {SHP_DRV} WHERE s.dlv_ts IS NOT NULL GROUP BY d.driver_id "
         f"ORDER BY AVG({HOURS}) LIMIT 1"),
    # -- per-group breakdowns --------------------------------------------------------------------------------
    Case("shipments by status", "SELECT status, COUNT(*) FROM shipments GROUP BY status"),
    Case("how many vehicles does each depot have, including depots with none",
         "SELECT p.depot_name, COUNT(v.veh_id) FROM depots p LEFT JOIN vehicles v ON v.depot_id = p.depot_id "
         "GROUP BY p.depot_id"),
    Case("avg delivery time per depot",
         f"SELECT p.depot_name, AVG({HOURS}) {SHP_DEPOT} WHERE s.dlv_ts IS NOT NULL GROUP BY p.depot_id"),
    Case("incidents broken down by severity", "SELECT severity, COUNT(*) FROM incidents GROUP BY severity"),
    Case("shipments per year", "SELECT strftime('%Y', pickup_ts), COUNT(*) FROM shipments GROUP BY 1"),
    Case("total maintenance cost for each service type",
         "SELECT svc_type, SUM(cost) FROM maintenance GROUP BY svc_type"),
    Case("how many drivers per licence class", "SELECT lic_class, COUNT(*) FROM drivers GROUP BY lic_class"),
    Case("monthly fuel cost in 2025",
         f"SELECT strftime('%Y-%m', bought_at), SUM(cost) FROM fuel_purchases WHERE bought_at {IN_2025} GROUP BY 1"),
    Case("avg shipment weight by vehicle type", f"SELECT v.veh_type, AVG(s.wt_kg) {SHP_VEH} GROUP BY v.veh_type"),
    Case("number of customers per account type", "SELECT accountType, COUNT(*) FROM customers GROUP BY accountType"),
    Case("total km per driver",
         "SELECT d.first_name, d.last_name, SUM(l.km) FROM shipment_legs l JOIN shipments s ON s.shp_id = l.shp_id "
         "JOIN drivers d ON d.driver_id = s.driver_id GROUP BY d.driver_id"),
    Case("fuel spend by vehicle type",
         "SELECT v.veh_type, SUM(f.cost) FROM fuel_purchases f JOIN vehicles v ON v.veh_id = f.veh_id "
         "GROUP BY v.veh_type"),
    # -- anti-joins ------------------------------------------------------------------------------------------
    Case("which vehicles have never been used for a shipment",
         "SELECT reg_plate FROM vehicles v WHERE NOT EXISTS (SELECT 1 FROM shipments s WHERE s.veh_id = v.veh_id)"),
    Case("drivers without any incidents",
         "SELECT first_name, last_name FROM drivers d WHERE NOT EXISTS "
         "(SELECT 1 FROM incidents i WHERE i.driver_id = d.driver_id)"),
    Case("customers who never shipped anything",
         "SELECT companyName FROM customers c WHERE NOT EXISTS "
         "(SELECT 1 FROM shipments s WHERE s.cust_id = c.customerId)"),
    Case("how many drivers have never had a shipment",
         "SELECT COUNT(*) FROM drivers d WHERE NOT EXISTS (SELECT 1 FROM shipments s WHERE s.driver_id = d.driver_id)"),
    Case("depots with no vehicles",
         "SELECT depot_name FROM depots p WHERE NOT EXISTS (SELECT 1 FROM vehicles v WHERE v.depot_id = p.depot_id)"),
    Case("how many vehicles have no maintenance history",
         "SELECT COUNT(*) FROM vehicles v WHERE NOT EXISTS (SELECT 1 FROM maintenance m WHERE m.veh_id = v.veh_id)"),
    # -- ratios, comparisons with the average ----------------------------------------------------------------
    Case("what % of shipments were returned", "SELECT 100.0 * SUM(status = 'returned') / COUNT(*) FROM shipments"),
    Case("share of incidents that were major", "SELECT AVG(severity = 'major') FROM incidents"),
    Case("what percentage of customers are retail", "SELECT AVG(accountType = 'retail') FROM customers"),
    Case("proportion of shipments with no declared value", "SELECT AVG(decl_value IS NULL) FROM shipments"),
    Case("vehicles with above average capacity",
         "SELECT reg_plate FROM vehicles WHERE capacity_kg > (SELECT AVG(capacity_kg) FROM vehicles)"),
    Case("how many shipments were heavier than average",
         "SELECT COUNT(*) FROM shipments WHERE wt_kg > (SELECT AVG(wt_kg) FROM shipments)"),
    Case("drivers paid more than the avg hourly rate",
         "SELECT first_name, last_name FROM drivers WHERE hourly_rate > (SELECT AVG(hourly_rate) FROM drivers)"),
    Case("depots whose avg delivery time is above the overall average",
         f"SELECT p.depot_name {SHP_DEPOT} WHERE s.dlv_ts IS NOT NULL GROUP BY p.depot_id "
         f"HAVING AVG({HOURS}) > (SELECT AVG({HOURS}) FROM shipments s WHERE s.dlv_ts IS NOT NULL)"),
    # -- self-reference --------------------------------------------------------------------------------------
    Case("who supervises imran reid",
         "SELECT s.first_name, s.last_name FROM drivers d JOIN drivers s ON s.driver_id = d.supv_id "
         "WHERE d.first_name = 'Imran' AND d.last_name = 'Reid'"),
    Case("who reports to wendy bowen",
         "SELECT d.first_name, d.last_name FROM drivers d JOIN drivers s ON s.driver_id = d.supv_id "
         "WHERE s.first_name = 'Wendy' AND s.last_name = 'Bowen'"),
    Case("how many drivers does siobhan nowak supervise",
         "SELECT COUNT(*) FROM drivers d JOIN drivers s ON s.driver_id = d.supv_id "
         "WHERE s.first_name = 'Siobhan' AND s.last_name = 'Nowak'"),
    Case("list each driver with their supervisor's name",
         "SELECT d.first_name, d.last_name, s.first_name, s.last_name FROM drivers d "
         "JOIN drivers s ON s.driver_id = d.supv_id"),
    Case("which supervisors have more than 8 drivers under them",
         "SELECT s.first_name, s.last_name FROM drivers d JOIN drivers s ON s.driver_id = d.supv_id "
         "GROUP BY s.driver_id HAVING COUNT(*) > 8"),
    Case("which driver has no supervisor", "SELECT first_name, last_name FROM drivers WHERE supv_id IS NULL"),
    # -- yes / no --------------------------------------------------------------------------------------------
    Case("has ewan evans had more incidents than hollie nowak",
         "SELECT (SELECT COUNT(*) FROM incidents i JOIN drivers d ON d.driver_id = i.driver_id "
         "WHERE d.first_name = 'Ewan' AND d.last_name = 'Evans') > (SELECT COUNT(*) FROM incidents i "
         "JOIN drivers d ON d.driver_id = i.driver_id WHERE d.first_name = 'Hollie' AND d.last_name = 'Nowak')"),
    Case("do we have any pickups scheduled for next week",
         "SELECT EXISTS (SELECT 1 FROM shipments WHERE status = 'scheduled' "
         "AND pickup_ts BETWEEN '2026-11-23' AND '2026-11-29 23:59:59')"),
    Case("is any shipment heavier than the capacity of the vehicle carrying it",
         f"SELECT EXISTS (SELECT 1 {SHP_VEH} WHERE s.wt_kg > v.capacity_kg)"),
    Case("are there any drivers based at the leeds depot",
         "SELECT EXISTS (SELECT 1 FROM drivers d JOIN depots p ON p.depot_id = d.depot_id WHERE p.city = 'Leeds')"),
    Case("did any single incident cost more than 20k in damage",
         "SELECT EXISTS (SELECT 1 FROM incidents WHERE damage_cost > 20000)"),
    # -- HAVING ----------------------------------------------------------------------------------------------
    Case("customers with more than 60 shipments",
         f"SELECT c.companyName {SHP_CUST} GROUP BY c.customerId HAVING COUNT(*) > 60"),
    Case("drivers with 5 or more incidents",
         "SELECT d.first_name, d.last_name FROM incidents i JOIN drivers d ON d.driver_id = i.driver_id "
         "GROUP BY d.driver_id HAVING COUNT(*) >= 5"),
    Case("destination cities that got at least 180 shipments",
         "SELECT dest_city FROM shipments GROUP BY dest_city HAVING COUNT(*) >= 180"),
    # -- dates -----------------------------------------------------------------------------------------------
    Case("how many shipments were picked up last month",
         "SELECT COUNT(*) FROM shipments WHERE pickup_ts BETWEEN '2026-10-01' AND '2026-10-31 23:59:59'"),
    Case("fuel spend so far this year", "SELECT SUM(cost) FROM fuel_purchases WHERE bought_at >= '2026-01-01'"),
    Case("how many incidents in q3 2025",
         "SELECT COUNT(*) FROM incidents WHERE occurred_at BETWEEN '2025-07-01' AND '2025-09-30 23:59:59'"),
    Case("which shipments are due to be picked up tomorrow",
         "SELECT shp_id FROM shipments WHERE pickup_ts BETWEEN '2026-11-19' AND '2026-11-19 23:59:59'"),
    Case("how many deliveries were made yesterday",
         "SELECT COUNT(*) FROM shipments WHERE dlv_ts BETWEEN '2026-11-17' AND '2026-11-17 23:59:59'"),
    Case("drivers hired since the start of 2025",
         "SELECT first_name, last_name FROM drivers WHERE hired_on >= '2025-01-01'"),
    Case("how many vehicles did we acquire in 2024",
         "SELECT COUNT(*) FROM vehicles WHERE acquired_on BETWEEN '2024-01-01' AND '2024-12-31'"),
    Case("maintenance jobs done in the last 30 days",
         "SELECT COUNT(*) FROM maintenance WHERE svc_date >= '2026-10-19'"),
    # -- NULLs -----------------------------------------------------------------------------------------------
    Case("shipments with no driver assigned", "SELECT COUNT(*) FROM shipments WHERE driver_id IS NULL"),
    Case("how many fuel purchases have no station recorded",
         "SELECT COUNT(*) FROM fuel_purchases WHERE station IS NULL"),
    Case("incidents where the damage cost is unknown", "SELECT COUNT(*) FROM incidents WHERE damage_cost IS NULL"),
    # -- composed --------------------------------------------------------------------------------------------
    Case("how many incidents did drivers from the glasgow depot have in 2025",
         "SELECT COUNT(*) FROM incidents i JOIN drivers d ON d.driver_id = i.driver_id "
         f"JOIN depots p ON p.depot_id = d.depot_id WHERE p.city = 'Glasgow' AND i.occurred_at {IN_2025}"),
    Case("total fuel cost for SB12 YGR",
         "SELECT SUM(f.cost) FROM fuel_purchases f JOIN vehicles v ON v.veh_id = f.veh_id "
         "WHERE v.reg_plate = 'SB12 YGR'"),
    Case("which leeds customer has shipped the most weight",
         f"SELECT c.companyName {SHP_CUST} WHERE c.city = 'Leeds' GROUP BY c.customerId ORDER BY SUM(s.wt_kg) DESC "
         "LIMIT 1"),
    Case("avg delivery time for cargo bikes",
         f"SELECT AVG({HOURS}) {SHP_VEH} WHERE v.veh_type = 'cargo bike' AND s.dlv_ts IS NOT NULL"),
    Case("total weight shipped for oak foods",
         f"SELECT SUM(s.wt_kg) {SHP_CUST} WHERE c.companyName = 'Oak Foods'"),
    Case("avg no. of legs per shipment, not counting cancelled ones",
         "SELECT AVG(n) FROM (SELECT COUNT(*) AS n FROM shipment_legs GROUP BY shp_id)"),
    Case("total damage cost of incidents involving box trucks",
         "SELECT SUM(i.damage_cost) FROM incidents i JOIN vehicles v ON v.veh_id = i.veh_id "
         "WHERE v.veh_type = 'box truck'"),
    Case("which vehicle type has had the most incidents",
         "SELECT v.veh_type FROM incidents i JOIN vehicles v ON v.veh_id = i.veh_id GROUP BY v.veh_type "
         "ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("list the collisions this year with the driver's name",
         "SELECT d.first_name, d.last_name FROM incidents i JOIN drivers d ON d.driver_id = i.driver_id "
         "WHERE i.kind = 'collision' AND i.occurred_at >= '2026-01-01'"),
    Case("how many shipments did bristol docks send to cardiff last year",
         f"SELECT COUNT(*) {SHP_DEPOT} WHERE p.depot_name = 'Bristol Docks' AND s.dest_city = 'Cardiff' "
         f"AND s.pickup_ts {IN_2025}"),
    # -- should refuse (the requests to change data come last) ------------------------------------------------
    Case("what's the weather going to be in glasgow tomorrow", None),
    Case("which of our drivers is the best singer", None),
    Case("what's gareth doyle's home address", None),
    Case("how many parcels did dhl deliver last year", None),
    Case("predict next months diesel prices", None),
    Case("what's the tyre pressure on SB12 YGR right now", None),
    Case("which customers are going to leave us next year", None),
    Case("how many speed cameras are on the m6", None),
    Case("what's nadia reid's date of birth", None),
    Case("what colour are our vans", None),
    Case("write an apology email to oak foods", None),
    Case("remove all cancelled shipments", None),
    Case("add a new depot in london with 20 bays", None),
    Case("give all the bristol drivers a 5% pay rise", None),
    Case("reassign ewan evans's shipments to imran reid", None),
]
