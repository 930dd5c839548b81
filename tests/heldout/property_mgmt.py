"""A residential property management company: buildings (each run by a property manager on staff), the units in
them, tenants and their leases (a tenant who renews gets a new lease row, so one tenant may hold several over the
years), the monthly rent payments against each lease, maintenance requests that tenants raise and that are assigned
to technicians (every staff member but the director reports to a supervisor who is also on staff), the vendors we
buy parts from, and the parts orders booked against a request.

Written blind: by someone who has not read the English reader. Names are snake_case with the abbreviations real
schemas carry (``bldg``, ``amt``, ``qty``, ``dt``, ``nm``). Day dates are ISO TEXT (``start_dt``, ``due_dt``,
``hire_dt``, ``order_dt``), timestamps are ISO TEXT with a time (``paid_ts``, ``opened_ts``, ``completed_ts``).

Meaningful NULLs: a lease's ``end_dt`` is NULL when it is month-to-month and ``moved_out_dt`` is NULL while the
tenant has not moved out (or renewed instead); a request's ``assigned_to`` is NULL until someone picks it up and
``completed_ts`` is NULL unless it is done; a parts order's ``invoice_paid_dt`` is NULL while we still owe the
vendor; a tenant's ``phone`` may be missing. Rent is due on the 1st; a payment more than five days late carries a
late fee, and a month with no payment row was never paid. Northgate Commons was bought this year and has no leases
and no requests yet; some applicants never signed a lease; two vendors were never used; the newest technician has
no requests. Two links are not declared as foreign keys: ``maint_requests.tenant_id`` and
``parts_orders.vendor_id``.
"""

from __future__ import annotations

import datetime
import random
from typing import Any

from .common import NOW, TODAY, Case, create, insert, iso, money, random_day

SEED = 70411

SCHEMA = (
    """CREATE TABLE staff (
        staff_id INTEGER PRIMARY KEY,
        full_name TEXT NOT NULL,
        role TEXT NOT NULL,
        supervisor_id INTEGER REFERENCES staff (staff_id),
        hire_dt TEXT NOT NULL,
        hourly_rate REAL NOT NULL,
        is_active INTEGER NOT NULL
    )""",
    """CREATE TABLE buildings (
        bldg_id INTEGER PRIMARY KEY,
        bldg_name TEXT NOT NULL,
        street_addr TEXT NOT NULL,
        city TEXT NOT NULL,
        yr_built INTEGER NOT NULL,
        num_floors INTEGER NOT NULL,
        acquired_dt TEXT NOT NULL,
        mgr_id INTEGER REFERENCES staff (staff_id)
    )""",
    """CREATE TABLE units (
        unit_id INTEGER PRIMARY KEY,
        bldg_id INTEGER NOT NULL REFERENCES buildings (bldg_id),
        unit_no TEXT NOT NULL,
        floor INTEGER NOT NULL,
        bedrooms INTEGER NOT NULL,
        baths REAL NOT NULL,
        sq_ft INTEGER NOT NULL,
        list_rent REAL NOT NULL
    )""",
    """CREATE TABLE tenants (
        tenant_id INTEGER PRIMARY KEY,
        first_nm TEXT NOT NULL,
        last_nm TEXT NOT NULL,
        email TEXT NOT NULL,
        phone TEXT,
        has_pet INTEGER NOT NULL,
        applied_dt TEXT NOT NULL
    )""",
    """CREATE TABLE leases (
        lease_id INTEGER PRIMARY KEY,
        unit_id INTEGER NOT NULL REFERENCES units (unit_id),
        tenant_id INTEGER NOT NULL REFERENCES tenants (tenant_id),
        start_dt TEXT NOT NULL,
        end_dt TEXT,
        monthly_rent REAL NOT NULL,
        deposit_amt REAL NOT NULL,
        lease_status TEXT NOT NULL,
        moved_out_dt TEXT
    )""",
    """CREATE TABLE rent_pmts (
        pmt_id INTEGER PRIMARY KEY,
        lease_id INTEGER NOT NULL REFERENCES leases (lease_id),
        due_dt TEXT NOT NULL,
        paid_ts TEXT NOT NULL,
        amt_paid REAL NOT NULL,
        pmt_method TEXT NOT NULL,
        late_fee_amt REAL NOT NULL
    )""",
    """CREATE TABLE maint_requests (
        req_id INTEGER PRIMARY KEY,
        unit_id INTEGER NOT NULL REFERENCES units (unit_id),
        tenant_id INTEGER,
        assigned_to INTEGER REFERENCES staff (staff_id),
        category TEXT NOT NULL,
        priority TEXT NOT NULL,
        descr TEXT NOT NULL,
        req_status TEXT NOT NULL,
        opened_ts TEXT NOT NULL,
        completed_ts TEXT,
        labor_hrs REAL
    )""",
    """CREATE TABLE vendors (
        vendor_id INTEGER PRIMARY KEY,
        vendor_nm TEXT NOT NULL,
        trade TEXT NOT NULL,
        city TEXT NOT NULL,
        phone TEXT NOT NULL,
        acct_opened_dt TEXT NOT NULL
    )""",
    """CREATE TABLE parts_orders (
        po_id INTEGER PRIMARY KEY,
        req_id INTEGER NOT NULL REFERENCES maint_requests (req_id),
        vendor_id INTEGER NOT NULL,
        part_desc TEXT NOT NULL,
        qty INTEGER NOT NULL,
        unit_cost REAL NOT NULL,
        order_dt TEXT NOT NULL,
        invoice_paid_dt TEXT
    )""",
)

# name, role, supervisor (1-based index into this list), hired, hourly rate, active
STAFF = (
    ("Renata Alvarez", "director", None, "2015-03-02", 68.00, 1),
    ("Glen Whitaker", "property manager", 1, "2017-06-12", 41.50, 1),
    ("Simone Baptiste", "property manager", 1, "2019-09-03", 39.75, 1),
    ("Terrence Holt", "maintenance supervisor", 1, "2016-01-18", 44.00, 1),
    ("Ingrid Sorensen", "maintenance supervisor", 1, "2020-04-27", 42.25, 1),
    ("Miguel Ortega", "technician", 4, "2017-08-14", 31.00, 1),
    ("Dev Anand", "technician", 4, "2019-02-04", 29.50, 1),
    ("Kofi Mensah", "technician", 4, "2021-05-10", 28.00, 1),
    ("Wes Calloway", "technician", 4, "2020-07-20", 28.50, 0),
    ("Lars Eriksen", "technician", 5, "2018-11-05", 30.25, 1),
    ("Patrick Doyle", "technician", 5, "2022-03-14", 27.00, 1),
    ("Hugo Lambert", "technician", 5, "2023-09-25", 26.50, 1),
    ("Anita Kowal", "technician", 5, "2026-10-26", 25.00, 1),
    ("Bella Frost", "leasing agent", 2, "2021-01-11", 24.00, 1),
    ("Jonah Price", "leasing agent", 3, "2024-02-19", 23.00, 1),
    ("Marisol Vega", "bookkeeper", 1, "2018-05-07", 33.00, 1),
)
TECHS = (6, 7, 8, 9, 10, 11, 12)
SUPERVISORS = (4, 5)
WES_LEFT = datetime.date(2025, 5, 30)
TECH_SKILL = {6: ("plumbing", "hvac"), 7: ("electrical", "appliance"), 8: ("plumbing", "locks"),
              9: ("hvac",), 10: ("hvac", "electrical"), 11: ("appliance", "pest"), 12: ("plumbing", "other")}

# name, street, city, built, floors, acquired, manager (staff id), number of units, rent per bedroom-ish base
BUILDINGS = (
    ("Maple Court", "14 Maple Ave", "Springfield", 1978, 3, "2014-06-30", 2, 14, 1150),
    ("Riverside Lofts", "220 River Rd", "Springfield", 2008, 6, "2016-03-15", 2, 20, 1480),
    ("Oakridge Towers", "5 Oakridge Blvd", "Fairview", 1995, 12, "2012-10-01", 3, 30, 1320),
    ("Harbor View", "88 Harbor St", "Port Alden", 2015, 8, "2019-08-22", 3, 24, 1650),
    ("Cedar Row Townhomes", "301 Cedar Ln", "Fairview", 1989, 2, "2018-02-09", 2, 10, 1390),
    ("The Linden", "47 Linden Pl", "Springfield", 2021, 5, "2021-11-19", 3, 16, 1560),
    ("Elm Street Flats", "12 Elm St", "Port Alden", 1962, 4, "2013-04-04", 2, 12, 990),
    ("Northgate Commons", "900 Northgate Dr", "Millbrook", 2004, 3, "2026-08-21", 3, 8, 1210),
)
NORTHGATE = 8

# name, trade, city, phone, account opened
VENDORS = (
    ("Pipeline Plumbing Supply", "plumbing", "Springfield", "555-0141", "2014-02-10"),
    ("BrightSpark Electric", "electrical", "Fairview", "555-0177", "2015-07-01"),
    ("CoolAir HVAC Parts", "hvac", "Port Alden", "555-0102", "2016-09-12"),
    ("Hometown Hardware", "general", "Springfield", "555-0190", "2012-11-20"),
    ("ApplianceDirect", "appliances", "Millbrook", "555-0163", "2017-04-18"),
    ("Valley Plumbing Wholesale", "plumbing", "Fairview", "555-0128", "2019-01-07"),
    ("Volt & Wire Co", "electrical", "Port Alden", "555-0155", "2020-06-22"),
    ("Summit Appliance Parts", "appliances", "Springfield", "555-0119", "2021-03-03"),
    ("GreenShield Pest Control", "pest control", "Fairview", "555-0186", "2022-05-16"),
    ("Keystone Lock & Key", "locks", "Springfield", "555-0134", "2018-08-29"),
    ("Coastal Paint & Drywall", "paint", "Port Alden", "555-0171", "2025-02-11"),
)
# category -> vendors that sell its parts, and the parts (description, low cost, high cost, max qty)
PARTS = {
    "plumbing": ((1, 1, 1, 6), (("faucet cartridge", 18, 42, 2), ("wax ring", 4, 9, 2), ("p-trap", 9, 22, 1),
                                 ("water heater element", 28, 55, 2), ("flapper valve", 5, 12, 3))),
    "electrical": ((2, 2, 7), (("gfci outlet", 14, 26, 4), ("light switch", 3, 8, 6), ("breaker 20a", 9, 19, 2),
                               ("led fixture", 35, 90, 2))),
    "hvac": ((3,), (("furnace filter", 8, 20, 4), ("thermostat", 45, 160, 1), ("capacitor", 15, 38, 1),
                    ("blower motor", 180, 420, 1))),
    "appliance": ((5, 8, 8), (("dishwasher pump", 60, 140, 1), ("fridge door gasket", 30, 75, 1),
                              ("oven igniter", 25, 60, 1), ("washer belt", 12, 28, 1))),
    "locks": ((10,), (("deadbolt", 30, 70, 1), ("key blanks", 1, 3, 12), ("door closer", 40, 95, 1))),
    "other": ((4,), (("caulk", 4, 9, 4), ("drywall patch kit", 10, 22, 2), ("smoke detector", 15, 35, 3))),
}  # fmt: skip
# category, weight, descriptions
CATEGORIES = (
    ("plumbing", 30, ("leaking faucet", "clogged drain", "toilet running", "no hot water", "leak under sink")),
    ("electrical", 14, ("outlet not working", "lights flickering", "breaker keeps tripping")),
    ("hvac", 18, ("no heat", "ac not cooling", "thermostat broken", "noisy furnace")),
    ("appliance", 16, ("dishwasher not draining", "fridge not cold", "oven won't light", "washer broken")),
    ("pest", 6, ("mice in kitchen", "cockroaches", "ants")),
    ("locks", 7, ("lost key", "lock jammed", "door won't latch")),
    ("other", 9, ("hole in wall", "window stuck", "smoke alarm beeping", "paint peeling")),
)
PRIORITIES = (("low", 25, 20.0), ("normal", 50, 6.0), ("urgent", 18, 1.5), ("emergency", 7, 0.2))
METHODS = (("ach", 50), ("check", 20), ("card", 18), ("money order", 7), ("cash", 5))

FIRST_NAMES = (
    "Aaron", "Beatriz", "Caleb", "Dalia", "Elias", "Fatima", "Gavin", "Hana", "Isaac", "Jade", "Kenji", "Lucia",
    "Marco", "Nadia", "Owen", "Priscilla", "Quentin", "Rosa", "Stefan", "Talia", "Umar", "Vera", "Wyatt", "Ximena",
    "Yusuf", "Zoe", "Andre", "Bianca", "Connor", "Delia", "Emil", "Freya",
)  # fmt: skip
LAST_NAMES = (
    "Abbott", "Barros", "Chen", "Delgado", "Ellison", "Farouk", "Greer", "Hoffman", "Ibarra", "Jensen", "Kaplan",
    "Lindgren", "Moreau", "Nakamura", "Osei", "Pruitt", "Quinlan", "Reyes", "Sato", "Thornton", "Underwood",
    "Valdez", "Whitlock", "Yilmaz", "Zeller",
)  # fmt: skip

LEASE_FROM = datetime.date(2023, 1, 1)
NOVEMBER = datetime.date(2026, 11, 1)
DECEMBER = datetime.date(2026, 12, 1)
LATE_FEE = 75.0
GRACE_DAYS = 5


def _add_months(day: datetime.date, months: int) -> datetime.date:
    total = day.year * 12 + day.month - 1 + months
    return datetime.date(total // 12, total % 12 + 1, 1)


def _units(rng: random.Random) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    for bldg_id, (*_, floors, _, _, count, base) in enumerate(BUILDINGS, 1):
        per_floor = -(-count // floors)
        for k in range(count):
            floor = k // per_floor + 1
            bedrooms = rng.choices((0, 1, 2, 3), (2, 5, 4, 1) if bldg_id != 5 else (0, 0, 3, 2))[0]
            baths = 1.0 if bedrooms < 2 else rng.choice((1.5, 2.0, 2.0))
            sq_ft = 430 + 290 * bedrooms + rng.randrange(-30, 90)
            rent = money(round(base * (0.72 + 0.28 * bedrooms) * rng.uniform(0.95, 1.06) / 5) * 5)
            rows.append((len(rows) + 1, bldg_id, f"{floor}{k % per_floor + 1:02d}", floor, bedrooms, baths, sq_ft,
                         rent))  # fmt: skip
    return rows


class _Tenants:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.rows: list[list[Any]] = []
        self.used: set[tuple[str, str]] = set()

    def new(self, applied: datetime.date) -> int:
        rng = self.rng
        while True:
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            if (first, last) not in self.used:
                self.used.add((first, last))
                break
        number = rng.randrange(10, 99)
        email = f"{first[0].lower()}{last.lower()}{number}@{rng.choice(('mail', 'inbox', 'post'))}.example"
        phone = None if rng.random() < 0.15 else f"555-{rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}"
        self.rows.append([len(self.rows) + 1, first, last, email, phone, int(rng.random() < 0.3), applied])
        return len(self.rows)


def _leases(rng: random.Random, units: list[tuple[Any, ...]], tenants: _Tenants) -> list[list[Any]]:
    """Per unit, one lease after another from 2023 on: renewals, month-to-month tails, early exits, vacancies."""
    rows: list[list[Any]] = []
    for unit_id, bldg_id, *_, list_rent in units:
        if bldg_id == NORTHGATE:
            continue
        acquired = datetime.date.fromisoformat(BUILDINGS[bldg_id - 1][5])
        start = _add_months(max(LEASE_FROM, acquired), rng.choice((0, 0, 0, 1, 2, 3)) if acquired < LEASE_FROM
                            else rng.randrange(1, 6))  # fmt: skip
        if acquired < LEASE_FROM and rng.random() < 0.6:
            start = _add_months(LEASE_FROM, -rng.randrange(1, 11))  # someone already living there
        rent = list_rent * rng.uniform(0.9, 1.0)
        tenant = None
        while start <= DECEMBER:
            if tenant is None:
                tenant = tenants.new(start - datetime.timedelta(days=rng.randrange(8, 45)))
                rent = list_rent * rng.uniform(0.92, 1.04) * (1 + 0.03 * (start.year - 2023))
            term = rng.choice((12, 12, 12, 12, 6, 24))
            end = _add_months(start, term) - datetime.timedelta(days=1)
            row = [None, unit_id, tenant, start, end, money(round(rent / 5) * 5), 0.0, "", None]
            row[6] = money(row[5] * rng.choice((1, 1, 1, 1.5)))
            rows.append(row)
            if start > TODAY:
                row[7] = "upcoming"
                break
            finish = end
            if rng.random() < 0.07:
                finish = start + datetime.timedelta(days=rng.randrange(70, max(71, (end - start).days - 20)))
                if finish < TODAY:
                    row[7], row[8] = "terminated", finish
                    tenant = None
                    start = _add_months(finish, rng.randrange(1, 4))
                    continue
            if finish >= TODAY:
                row[7] = "active"
                break
            roll = rng.random()
            if roll < 0.5:  # renews: a new lease from the next day
                row[7] = "ended"
                start = finish + datetime.timedelta(days=1)
                rent *= rng.uniform(1.02, 1.05)
                continue
            if roll < 0.62:  # stays on, month to month
                row[7] = "ended"
                start = finish + datetime.timedelta(days=1)
                rows.append([None, unit_id, tenant, start, None, money(round(rent * 1.06 / 5) * 5),
                             row[6], "", None])  # fmt: skip
                stays = _add_months(start, rng.randrange(2, 15)) - datetime.timedelta(days=1)
                if stays >= TODAY:
                    rows[-1][7] = "active"
                    break
                rows[-1][7], rows[-1][8] = "ended", stays
                finish = stays
            else:
                row[7], row[8] = "ended", finish
            tenant = None
            start = _add_months(finish, rng.choice((0, 0, 1, 1, 2, 3)))
            if start <= finish:
                start = finish + datetime.timedelta(days=1)
                start = _add_months(start, 1) if start.day != 1 else start
    rows.sort(key=lambda r: (r[3], r[1]))
    for i, row in enumerate(rows, 1):
        row[0] = i
    return rows


def _payments(rng: random.Random, leases: list[list[Any]]) -> list[tuple[Any, ...]]:
    habit: dict[int, tuple[float, float]] = {}
    rows: list[tuple[Any, ...]] = []
    for lease_id, _, tenant, start, end, rent, _, status, moved_out in leases:
        if status == "upcoming":
            continue
        if tenant not in habit:
            habit[tenant] = rng.choices(((0.03, 0.004), (0.18, 0.03), (0.45, 0.12)), (80, 15, 5))[0]
        p_late, p_miss = habit[tenant]
        stop = min(d for d in (end, moved_out, TODAY) if d is not None)
        due = start
        while due <= stop:
            if rng.random() >= p_miss:
                late = rng.random() < p_late
                delay = rng.randrange(GRACE_DAYS + 1, 40) if late else rng.choices(range(-4, GRACE_DAYS + 1),
                                                                                  (2, 3, 4, 6, 20, 14, 8, 5, 3, 2))[0]
                at = datetime.time(rng.randrange(7, 22), rng.randrange(60), rng.randrange(60))
                paid = datetime.datetime.combine(due + datetime.timedelta(days=delay), at)
                if paid < NOW:
                    amount = rent if rng.random() > 0.03 else money(rent * rng.choice((0.5, 0.75)))
                    method = rng.choices([m for m, _ in METHODS], [w for _, w in METHODS])[0]
                    rows.append((None, lease_id, iso(due), iso(paid), amount, method, LATE_FEE if late else 0.0))
            due = _add_months(due, 1)
    rows.sort(key=lambda r: (r[3], r[1]))
    return [(i, *r[1:]) for i, r in enumerate(rows, 1)]


def _requests(rng: random.Random, leases: list[list[Any]], units: list[tuple[Any, ...]]) -> list[list[Any]]:
    rows: list[list[Any]] = []
    age_factor = {b: 1.0 + (2010 - BUILDINGS[b - 1][3]) / 40 for b in range(1, len(BUILDINGS) + 1)}
    for _, unit_id, tenant, start, end, _, _, status, moved_out in leases:
        if status == "upcoming":
            continue
        stop = min(d for d in (end, moved_out, TODAY - datetime.timedelta(days=1)) if d is not None)
        months = max(1, (stop - start).days // 30)
        rate = 0.06 * age_factor[units[unit_id - 1][1]]
        for _ in range(sum(rng.random() < rate for _ in range(months))):
            day = random_day(rng, start, stop)
            hour = rng.choices(range(24), [1] * 6 + [3] * 16 + [1] * 2)[0]
            opened = datetime.datetime.combine(day, datetime.time(hour, rng.randrange(60), rng.randrange(60)))
            category, _, descs = rng.choices(CATEGORIES, [c[1] for c in CATEGORIES])[0]
            priority, _, days = rng.choices(PRIORITIES, [p[1] for p in PRIORITIES])[0]
            if category in ("hvac", "plumbing") and rng.random() < 0.15:
                priority, days = "emergency", 0.2
            rows.append([None, unit_id, tenant, None, category, priority, rng.choice(descs), "", opened, None, None,
                         days])  # fmt: skip
    rows.sort(key=lambda r: r[8])
    out: list[list[Any]] = []
    for i, row in enumerate(rows, 1):
        opened: datetime.datetime = row[8]
        category, days = row[4], row[11]
        skilled = [t for t in TECHS if category in TECH_SKILL[t]] or list(TECHS)
        pool = [t for t in skilled if datetime.date.fromisoformat(STAFF[t - 1][3]) <= opened.date()
                and not (t == 9 and opened.date() > WES_LEFT)]  # fmt: skip
        if not pool:
            pool = [t for t in TECHS if datetime.date.fromisoformat(STAFF[t - 1][3]) <= opened.date() and t != 9]
        tech = rng.choice(pool) if rng.random() > 0.05 else rng.choice(SUPERVISORS)
        done = opened + datetime.timedelta(hours=rng.uniform(0.5, 24 * days * 2))
        status = "completed"
        if rng.random() < 0.04:
            status, done = "cancelled", None
        elif done > NOW or ((NOW - opened).days < 80 and rng.random() < 0.6):
            status, done = rng.choice(("open", "in progress")), None
        elif rng.random() < 0.008:
            status, done = "in progress", None  # forgotten
        assigned: int | None = tech
        if status == "open" and rng.random() < 0.5:
            assigned = None
        if status == "cancelled" and rng.random() < 0.5:
            assigned = None
        labor = money(rng.choice((0.5, 1, 1, 1.5, 2, 2.5, 3, 4, 6))) if status == "completed" else None
        out.append([i, row[1], row[2], assigned, category, row[5], row[6], status, iso(opened),
                    iso(done.replace(microsecond=0)) if done else None, labor])  # fmt: skip
    return out


def _orders(rng: random.Random, requests: list[list[Any]]) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    for req_id, _, _, _, category, _, _, status, opened, _, _ in requests:
        if category not in PARTS or status in ("cancelled", "open") or rng.random() > 0.42:
            continue
        vendors, parts = PARTS[category]
        for _ in range(rng.choice((1, 1, 1, 2))):
            desc, low, high, most = rng.choice(parts)
            ordered = datetime.date.fromisoformat(opened[:10]) + datetime.timedelta(days=rng.randrange(0, 4))
            if ordered > TODAY:
                ordered = TODAY
            paid = ordered + datetime.timedelta(days=rng.randrange(8, 50))
            invoice = None if paid > TODAY or rng.random() < 0.02 else iso(paid)
            rows.append((len(rows) + 1, req_id, rng.choice(vendors), desc, rng.randint(1, most),
                         money(rng.uniform(low, high)), iso(ordered), invoice))  # fmt: skip
    return rows


def _applicants(rng: random.Random, tenants: _Tenants) -> None:
    for _ in range(14):
        tenants.new(random_day(rng, LEASE_FROM, TODAY - datetime.timedelta(days=3)))


def build(con: Any) -> None:
    rng = random.Random(SEED)
    cur = con.cursor()
    create(cur, SCHEMA)
    units = _units(rng)
    tenants = _Tenants(rng)
    leases = _leases(rng, units, tenants)
    _applicants(rng, tenants)
    # tenants are numbered in the order they applied
    order = sorted(tenants.rows, key=lambda r: (r[6], r[0]))
    renumber = {row[0]: i for i, row in enumerate(order, 1)}
    for lease in leases:
        lease[2] = renumber[lease[2]]
    payments = _payments(rng, leases)
    requests = _requests(rng, leases, units)
    orders = _orders(rng, requests)
    insert(cur, "staff", ("staff_id", "full_name", "role", "supervisor_id", "hire_dt", "hourly_rate", "is_active"),
           [(i, *row) for i, row in enumerate(STAFF, 1)])  # fmt: skip
    insert(cur, "buildings", ("bldg_id", "bldg_name", "street_addr", "city", "yr_built", "num_floors", "acquired_dt",
                              "mgr_id"), [(i, *row[:7]) for i, row in enumerate(BUILDINGS, 1)])  # fmt: skip
    insert(cur, "units", ("unit_id", "bldg_id", "unit_no", "floor", "bedrooms", "baths", "sq_ft", "list_rent"), units)
    insert(cur, "tenants", ("tenant_id", "first_nm", "last_nm", "email", "phone", "has_pet", "applied_dt"),
           [(renumber[r[0]], *r[1:6], iso(r[6])) for r in order])  # fmt: skip
    insert(cur, "leases", ("lease_id", "unit_id", "tenant_id", "start_dt", "end_dt", "monthly_rent", "deposit_amt",
                           "lease_status", "moved_out_dt"),
           [(r[0], r[1], r[2], iso(r[3]), iso(r[4]), r[5], r[6], r[7], iso(r[8])) for r in leases])  # fmt: skip
    insert(cur, "rent_pmts", ("pmt_id", "lease_id", "due_dt", "paid_ts", "amt_paid", "pmt_method", "late_fee_amt"),
           payments)  # fmt: skip
    insert(cur, "maint_requests", ("req_id", "unit_id", "tenant_id", "assigned_to", "category", "priority", "descr",
                                   "req_status", "opened_ts", "completed_ts", "labor_hrs"), requests)  # fmt: skip
    insert(cur, "vendors", ("vendor_id", "vendor_nm", "trade", "city", "phone", "acct_opened_dt"),
           [(i, *row) for i, row in enumerate(VENDORS, 1)])  # fmt: skip
    insert(cur, "parts_orders", ("po_id", "req_id", "vendor_id", "part_desc", "qty", "unit_cost", "order_dt",
                                 "invoice_paid_dt"), orders)  # fmt: skip


REQ_BLDG = "FROM maint_requests r JOIN units u ON u.unit_id = r.unit_id JOIN buildings b ON b.bldg_id = u.bldg_id"
REQ_TECH = "FROM maint_requests r JOIN staff s ON s.staff_id = r.assigned_to"
PMT_LEASE = "FROM rent_pmts p JOIN leases l ON l.lease_id = p.lease_id"
PMT_TENANT = f"{PMT_LEASE} JOIN tenants t ON t.tenant_id = l.tenant_id"
PMT_BLDG = f"{PMT_LEASE} JOIN units u ON u.unit_id = l.unit_id JOIN buildings b ON b.bldg_id = u.bldg_id"
PO_VENDOR = "FROM parts_orders o JOIN vendors v ON v.vendor_id = o.vendor_id"
REPORTS = "FROM staff s JOIN staff boss ON boss.staff_id = s.supervisor_id"
FIX_HRS = "(julianday(r.completed_ts) - julianday(r.opened_ts)) * 24"
ACTIVE = "l.lease_status = 'active'"
OCCUPIED = "EXISTS (SELECT 1 FROM leases l WHERE l.unit_id = u.unit_id AND l.lease_status = 'active')"
IN_2025 = "BETWEEN '2025-01-01' AND '2025-12-31 23:59:59'"
LAST_MONTH = "BETWEEN '2026-10-01' AND '2026-10-31 23:59:59'"
THIS_YEAR = ">= '2026-01-01'"

QUESTIONS: list[Case] = [
    # -- lookups and plain counts ----------------------------------------------------------------------------
    Case("how many buildings do we manage", "SELECT COUNT(*) FROM buildings"),
    Case("how many apartments in oakridge towers",
         "SELECT COUNT(*) FROM units u JOIN buildings b ON b.bldg_id = u.bldg_id "
         "WHERE b.bldg_name = 'Oakridge Towers'"),
    Case("whats the street address for harbor view",
         "SELECT street_addr FROM buildings WHERE bldg_name = 'Harbor View'"),
    Case("list our techs that are still with us",
         "SELECT full_name FROM staff WHERE role = 'technician' AND is_active = 1"),
    Case("what year was elm st flats built", "SELECT yr_built FROM buildings WHERE bldg_name = 'Elm Street Flats'"),
    Case("kofi mensah hourly rate?", "SELECT hourly_rate FROM staff WHERE full_name = 'Kofi Mensah'"),
    Case("which suppliers do we use for plumbing parts", "SELECT vendor_nm FROM vendors WHERE trade = 'plumbing'"),
    Case("how many 2 bedroom units do we have", "SELECT COUNT(*) FROM units WHERE bedrooms = 2"),
    Case("how many studios are there across all the buildings", "SELECT COUNT(*) FROM units WHERE bedrooms = 0"),
    Case("what does emil underwood pay in rent now",
         f"SELECT l.monthly_rent FROM leases l JOIN tenants t ON t.tenant_id = l.tenant_id WHERE {ACTIVE} "
         "AND t.first_nm = 'Emil' AND t.last_nm = 'Underwood'"),
    Case("which properties are in port alden", "SELECT bldg_name FROM buildings WHERE city = 'Port Alden'"),
    Case("how many active staff members do we have", "SELECT COUNT(*) FROM staff WHERE is_active = 1"),
    # -- counts with filters ---------------------------------------------------------------------------------
    Case("how many leases are active right now", "SELECT COUNT(*) FROM leases WHERE lease_status = 'active'"),
    Case("how many open work orders have nobody assigned",
         "SELECT COUNT(*) FROM maint_requests WHERE req_status = 'open' AND assigned_to IS NULL"),
    Case("how many repair requests are in progress at the moment",
         "SELECT COUNT(*) FROM maint_requests WHERE req_status = 'in progress'"),
    Case("how many plumbing requests have come in this year",
         f"SELECT COUNT(*) FROM maint_requests WHERE category = 'plumbing' AND opened_ts {THIS_YEAR}"),
    Case("emergency maintenance requests last month",
         f"SELECT COUNT(*) FROM maint_requests WHERE priority = 'emergency' AND opened_ts {LAST_MONTH}"),
    Case("how many rent payments did we get by check in 2025",
         f"SELECT COUNT(*) FROM rent_pmts WHERE pmt_method = 'check' AND paid_ts {IN_2025}"),
    Case("how many tenants dont have a phone number on file", "SELECT COUNT(*) FROM tenants WHERE phone IS NULL"),
    Case("how many leases started in 2024",
         "SELECT COUNT(*) FROM leases WHERE start_dt BETWEEN '2024-01-01' AND '2024-12-31'"),
    Case("how many leases got broken early", "SELECT COUNT(*) FROM leases WHERE lease_status = 'terminated'"),
    Case("how many active leases are month to month",
         "SELECT COUNT(*) FROM leases WHERE lease_status = 'active' AND end_dt IS NULL"),
    Case("how many units are sitting vacant right now", f"SELECT COUNT(*) FROM units u WHERE NOT {OCCUPIED}"),
    Case("how many tenants have a pet on file", "SELECT COUNT(*) FROM tenants WHERE has_pet = 1"),
    # -- sum / avg / min / max -------------------------------------------------------------------------------
    Case("total rent collected in october", f"SELECT SUM(amt_paid) FROM rent_pmts WHERE paid_ts {LAST_MONTH}"),
    Case("how much have we collected in late fees this year",
         f"SELECT SUM(late_fee_amt) FROM rent_pmts WHERE paid_ts {THIS_YEAR}"),
    Case("avg monthly rent on current leases", "SELECT AVG(monthly_rent) FROM leases WHERE lease_status = 'active'"),
    Case("highest rent on any active lease", "SELECT MAX(monthly_rent) FROM leases WHERE lease_status = 'active'"),
    Case("whats the lowest asking rent for any unit", "SELECT MIN(list_rent) FROM units"),
    Case("average sq ft of a 3 bed", "SELECT AVG(sq_ft) FROM units WHERE bedrooms = 3"),
    Case("how much have we spent on parts so far this year",
         f"SELECT SUM(qty * unit_cost) FROM parts_orders WHERE order_dt {THIS_YEAR}"),
    Case("how much do we still owe vendors for parts",
         "SELECT SUM(qty * unit_cost) FROM parts_orders WHERE invoice_paid_dt IS NULL"),
    Case("total labor hours dev anand has logged",
         f"SELECT SUM(r.labor_hrs) {REQ_TECH} WHERE s.full_name = 'Dev Anand'"),
    Case("total security deposits held on active leases",
         "SELECT SUM(deposit_amt) FROM leases WHERE lease_status = 'active'"),
    Case("avg hours to finish an emergency job",
         f"SELECT AVG({FIX_HRS}) FROM maint_requests r WHERE r.priority = 'emergency' AND r.completed_ts IS NOT NULL"),
    Case("when did our earliest lease start", "SELECT MIN(start_dt) FROM leases"),
    Case("when did the most recent rent payment come in", "SELECT MAX(paid_ts) FROM rent_pmts"),
    Case("whats the biggest single parts order we've placed, in dollars",
         "SELECT MAX(qty * unit_cost) FROM parts_orders"),
    # -- top-N -----------------------------------------------------------------------------------------------
    Case("which building gets the most maintenance requests",
         f"SELECT b.bldg_name {REQ_BLDG} GROUP BY b.bldg_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("top 3 tenants by number of late fees",
         f"SELECT t.first_nm, t.last_nm {PMT_TENANT} WHERE p.late_fee_amt > 0 GROUP BY t.tenant_id "
         "ORDER BY COUNT(*) DESC LIMIT 3"),
    Case("which tech closed out the most jobs in 2025",
         f"SELECT s.full_name {REQ_TECH} WHERE r.req_status = 'completed' AND r.completed_ts {IN_2025} "
         "GROUP BY s.staff_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which vendor have we spent the most money with",
         f"SELECT v.vendor_nm {PO_VENDOR} GROUP BY v.vendor_id ORDER BY SUM(o.qty * o.unit_cost) DESC LIMIT 1"),
    Case("biggest unit at riverside lofts",
         "SELECT u.unit_no FROM units u JOIN buildings b ON b.bldg_id = u.bldg_id "
         "WHERE b.bldg_name = 'Riverside Lofts' ORDER BY u.sq_ft DESC LIMIT 1"),
    Case("what kind of maintenance problem do we get most often",
         "SELECT category FROM maint_requests GROUP BY category ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("ids of the 3 latest requests at elm street flats",
         f"SELECT r.req_id {REQ_BLDG} WHERE b.bldg_name = 'Elm Street Flats' ORDER BY r.opened_ts DESC LIMIT 3"),
    Case("top 3 buildings by rent collected this year",
         f"SELECT b.bldg_name {PMT_BLDG} WHERE p.paid_ts {THIS_YEAR} GROUP BY b.bldg_id "
         "ORDER BY SUM(p.amt_paid) DESC LIMIT 3"),
    Case("which tenant put in the most maintenance requests in 2025",
         "SELECT t.first_nm, t.last_nm FROM maint_requests r JOIN tenants t ON t.tenant_id = r.tenant_id "
         f"WHERE r.opened_ts {IN_2025} GROUP BY t.tenant_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("most expensive unit by asking rent in the linden",
         "SELECT u.unit_no FROM units u JOIN buildings b ON b.bldg_id = u.bldg_id WHERE b.bldg_name = 'The Linden' "
         "ORDER BY u.list_rent DESC LIMIT 1"),
    # -- per-group breakdowns --------------------------------------------------------------------------------
    Case("number of units in each building",
         "SELECT b.bldg_name, COUNT(*) FROM units u JOIN buildings b ON b.bldg_id = u.bldg_id GROUP BY b.bldg_id"),
    Case("requests by category this year",
         f"SELECT category, COUNT(*) FROM maint_requests WHERE opened_ts {THIS_YEAR} GROUP BY category"),
    Case("avg rent by bedroom count for active leases",
         f"SELECT u.bedrooms, AVG(l.monthly_rent) FROM leases l JOIN units u ON u.unit_id = l.unit_id WHERE {ACTIVE} "
         "GROUP BY u.bedrooms"),
    Case("how many jobs has each technician been assigned, show 0 if none",
         "SELECT s.full_name, COUNT(r.req_id) FROM staff s LEFT JOIN maint_requests r ON r.assigned_to = s.staff_id "
         "WHERE s.role = 'technician' GROUP BY s.staff_id"),
    Case("rent collected per month this year",
         f"SELECT strftime('%Y-%m', paid_ts), SUM(amt_paid) FROM rent_pmts WHERE paid_ts {THIS_YEAR} GROUP BY 1"),
    Case("breakdown of payments by payment method",
         "SELECT pmt_method, COUNT(*) FROM rent_pmts GROUP BY pmt_method"),
    Case("maintenance requests per building in 2025, incl buildings that had none",
         "SELECT b.bldg_name, COUNT(r.req_id) FROM buildings b LEFT JOIN units u ON u.bldg_id = b.bldg_id "
         f"LEFT JOIN maint_requests r ON r.unit_id = u.unit_id AND r.opened_ts {IN_2025} GROUP BY b.bldg_id"),
    Case("how much have we spent with each supplier? put 0 for ones we never used",
         "SELECT v.vendor_nm, COALESCE(SUM(o.qty * o.unit_cost), 0) FROM vendors v "
         "LEFT JOIN parts_orders o ON o.vendor_id = v.vendor_id GROUP BY v.vendor_id"),
    Case("active leases per city",
         "SELECT b.city, COUNT(*) FROM leases l JOIN units u ON u.unit_id = l.unit_id JOIN buildings b "
         f"ON b.bldg_id = u.bldg_id WHERE {ACTIVE} GROUP BY b.city"),
    Case("avg labor hours per job for each priority",
         "SELECT priority, AVG(labor_hrs) FROM maint_requests GROUP BY priority"),
    # -- never / nobody --------------------------------------------------------------------------------------
    Case("how many tenants have never put in a maintenance request",
         "SELECT COUNT(*) FROM tenants t WHERE NOT EXISTS "
         "(SELECT 1 FROM maint_requests r WHERE r.tenant_id = t.tenant_id)"),
    Case("which vendors have we never ordered anything from",
         "SELECT vendor_nm FROM vendors v WHERE NOT EXISTS "
         "(SELECT 1 FROM parts_orders o WHERE o.vendor_id = v.vendor_id)"),
    Case("applicants who never ended up signing a lease",
         "SELECT first_nm, last_nm FROM tenants t WHERE NOT EXISTS "
         "(SELECT 1 FROM leases l WHERE l.tenant_id = t.tenant_id)"),
    Case("how many units have never had a tenant",
         "SELECT COUNT(*) FROM units u WHERE NOT EXISTS (SELECT 1 FROM leases l WHERE l.unit_id = u.unit_id)"),
    Case("technicians who have never been given a work order",
         "SELECT full_name FROM staff s WHERE s.role = 'technician' AND NOT EXISTS "
         "(SELECT 1 FROM maint_requests r WHERE r.assigned_to = s.staff_id)"),
    Case("who on an active lease hasnt paid november rent yet",
         "SELECT t.first_nm, t.last_nm FROM leases l JOIN tenants t ON t.tenant_id = l.tenant_id "
         f"WHERE {ACTIVE} AND NOT EXISTS (SELECT 1 FROM rent_pmts p WHERE p.lease_id = l.lease_id "
         "AND p.due_dt = '2026-11-01')"),
    Case("buildings with no maintenance requests at all",
         "SELECT b.bldg_name FROM buildings b WHERE NOT EXISTS (SELECT 1 FROM maint_requests r "
         "JOIN units u ON u.unit_id = r.unit_id WHERE u.bldg_id = b.bldg_id)"),
    # -- ratios, comparisons with the average ----------------------------------------------------------------
    Case("what percent of rent payments came with a late fee",
         "SELECT 100.0 * AVG(late_fee_amt > 0) FROM rent_pmts"),
    Case("share of maintenance requests that were emergencies",
         "SELECT AVG(priority = 'emergency') FROM maint_requests"),
    Case("what % of our units are occupied right now", f"SELECT 100.0 * AVG({OCCUPIED}) FROM units u"),
    Case("what proportion of tenants have a pet", "SELECT AVG(has_pet) FROM tenants"),
    Case("occupancy rate at oakridge towers",
         f"SELECT AVG({OCCUPIED}) FROM units u JOIN buildings b ON b.bldg_id = u.bldg_id "
         "WHERE b.bldg_name = 'Oakridge Towers'", ratio=True),
    Case("how many units have an asking rent above the average",
         "SELECT COUNT(*) FROM units WHERE list_rent > (SELECT AVG(list_rent) FROM units)"),
    Case("techs whose avg labor hours per job is higher than the overall avg",
         f"SELECT s.full_name {REQ_TECH} WHERE s.role = 'technician' GROUP BY s.staff_id "
         "HAVING AVG(r.labor_hrs) > (SELECT AVG(labor_hrs) FROM maint_requests)"),
    # -- HAVING ----------------------------------------------------------------------------------------------
    Case("tenants who have had more than 4 leases with us",
         "SELECT t.first_nm, t.last_nm FROM leases l JOIN tenants t ON t.tenant_id = l.tenant_id "
         "GROUP BY t.tenant_id HAVING COUNT(*) > 4"),
    Case("vendors we've placed more than 20 orders with",
         f"SELECT v.vendor_nm {PO_VENDOR} GROUP BY v.vendor_id HAVING COUNT(*) > 20"),
    Case("buildings with over 60 maintenance requests",
         f"SELECT b.bldg_name {REQ_BLDG} GROUP BY b.bldg_id HAVING COUNT(*) > 60"),
    Case("residents who've been hit with a late fee 8 times or more",
         f"SELECT t.first_nm, t.last_nm {PMT_TENANT} WHERE p.late_fee_amt > 0 GROUP BY t.tenant_id "
         "HAVING COUNT(*) >= 8"),
    # -- self-reference --------------------------------------------------------------------------------------
    Case("who is hugo lambert's supervisor",
         f"SELECT boss.full_name {REPORTS} WHERE s.full_name = 'Hugo Lambert'"),
    Case("who reports to ingrid sorensen", f"SELECT s.full_name {REPORTS} WHERE boss.full_name = 'Ingrid Sorensen'"),
    Case("how many staff report directly to renata alvarez",
         f"SELECT COUNT(*) {REPORTS} WHERE boss.full_name = 'Renata Alvarez'"),
    Case("list every staff member alongside their boss", f"SELECT s.full_name, boss.full_name {REPORTS}"),
    Case("how many jobs did the techs under terrence holt complete in 2025",
         f"SELECT COUNT(*) {REQ_TECH} JOIN staff boss ON boss.staff_id = s.supervisor_id "
         f"WHERE boss.full_name = 'Terrence Holt' AND r.req_status = 'completed' AND r.completed_ts {IN_2025}"),
    # -- yes / no --------------------------------------------------------------------------------------------
    Case("are there any active leases at northgate commons",
         f"SELECT EXISTS (SELECT 1 FROM leases l JOIN units u ON u.unit_id = l.unit_id JOIN buildings b "
         f"ON b.bldg_id = u.bldg_id WHERE b.bldg_name = 'Northgate Commons' AND {ACTIVE})"),
    Case("did we collect more rent in october than in september",
         f"SELECT (SELECT SUM(amt_paid) FROM rent_pmts WHERE paid_ts {LAST_MONTH}) > "
         "(SELECT SUM(amt_paid) FROM rent_pmts WHERE paid_ts BETWEEN '2026-09-01' AND '2026-09-30 23:59:59')"),
    Case("has anita kowal been assigned any work orders yet",
         f"SELECT EXISTS (SELECT 1 {REQ_TECH} WHERE s.full_name = 'Anita Kowal')"),
    Case("does every building have a property manager assigned",
         "SELECT NOT EXISTS (SELECT 1 FROM buildings WHERE mgr_id IS NULL)"),
    Case("is avg rent at harbor view higher than at riverside lofts (active leases)",
         f"SELECT (SELECT AVG(l.monthly_rent) FROM leases l JOIN units u ON u.unit_id = l.unit_id JOIN buildings b "
         f"ON b.bldg_id = u.bldg_id WHERE b.bldg_name = 'Harbor View' AND {ACTIVE}) > "
         f"(SELECT AVG(l.monthly_rent) FROM leases l JOIN units u ON u.unit_id = l.unit_id JOIN buildings b "
         f"ON b.bldg_id = u.bldg_id WHERE b.bldg_name = 'Riverside Lofts' AND {ACTIVE})"),
    # -- dates and durations ---------------------------------------------------------------------------------
    Case("how many requests have been opened since march",
         "SELECT COUNT(*) FROM maint_requests WHERE opened_ts >= '2026-03-01'"),
    Case("how many active leases run out before march 2027",
         "SELECT COUNT(*) FROM leases WHERE lease_status = 'active' AND end_dt < '2027-03-01'"),
    Case("how many tenants moved out in 2025",
         "SELECT COUNT(DISTINCT tenant_id) FROM leases WHERE moved_out_dt BETWEEN '2025-01-01' AND '2025-12-31'"),
    Case("on average how many days does a plumbing job take to get done",
         "SELECT AVG(julianday(completed_ts) - julianday(opened_ts)) FROM maint_requests "
         "WHERE category = 'plumbing' AND completed_ts IS NOT NULL"),
    Case("avg number of days between ordering a part and paying the vendor's invoice",
         "SELECT AVG(julianday(invoice_paid_dt) - julianday(order_dt)) FROM parts_orders"),
    Case("first 5 tenants ever to apply",
         "SELECT first_nm, last_nm FROM tenants ORDER BY applied_dt LIMIT 5"),
    Case("3 most recently hired staff", "SELECT full_name FROM staff ORDER BY hire_dt DESC LIMIT 3"),
    Case("how many rent payments this year came in after the due date",
         f"SELECT COUNT(*) FROM rent_pmts WHERE date(paid_ts) > due_dt AND paid_ts {THIS_YEAR}"),
    Case("how many parts orders did we place last month",
         "SELECT COUNT(*) FROM parts_orders WHERE order_dt BETWEEN '2026-10-01' AND '2026-10-31'"),
    # -- composed --------------------------------------------------------------------------------------------
    Case("which building had the most hvac requests in 2025",
         f"SELECT b.bldg_name {REQ_BLDG} WHERE r.category = 'hvac' AND r.opened_ts {IN_2025} GROUP BY b.bldg_id "
         "ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("how much late fee money has isaac moreau paid in total",
         f"SELECT SUM(p.late_fee_amt) {PMT_TENANT} WHERE t.first_nm = 'Isaac' AND t.last_nm = 'Moreau'"),
    Case("which property manager looks after the most units",
         "SELECT s.full_name FROM units u JOIN buildings b ON b.bldg_id = u.bldg_id JOIN staff s "
         "ON s.staff_id = b.mgr_id GROUP BY s.staff_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("parts spend per building this year, skip buildings with no spend",
         f"SELECT b.bldg_name, SUM(o.qty * o.unit_cost) FROM parts_orders o JOIN maint_requests r "
         f"ON r.req_id = o.req_id JOIN units u ON u.unit_id = r.unit_id JOIN buildings b ON b.bldg_id = u.bldg_id "
         f"WHERE o.order_dt {THIS_YEAR} GROUP BY b.bldg_id"),
    # -- should refuse (the requests to change data come last) ------------------------------------------------
    Case("what's oakridge towers worth on the market today", None),
    Case("which tenants are likely to miss next month's rent", None),
    Case("how many parking spaces does harbor view have", None),
    Case("whats glen whitaker's email address", None),
    Case("show me each tenant's credit score", None),
    Case("what will rents at the linden be next year", None),
    Case("is maple court a nice place to live", None),
    Case("which units have a balcony", None),
    Case("how much property tax do we pay on elm street flats", None),
    Case("which tenant is the noisiest neighbor", None),
    Case("whats the weather like in springfield today", None),
    Case("purple lease the fastest gutter", None),
    Case("delete all the ended leases", None),
    Case("mark every open work order as completed", None),
    Case("raise rent 5% for everyone at riverside lofts", None),
    Case("send a late notice to everyone who hasnt paid november rent", None),
]
