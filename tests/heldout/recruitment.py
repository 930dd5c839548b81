"""A recruitment agency: client companies, the consultants who work their desks (each reporting to another
consultant, up to the managing director), job openings with a salary band, registered candidates, their
applications, the interviews consultants hold with them, and the placements the agency is paid a fee for.

Written blind, like the rest of the held-out corpus: by someone who has not read the English reader. Most
tables are snake_case, but ``candidates`` is camelCase (``candidateId``, ``firstName``, ``homeCity``,
``yearsExperience``, ``expectedSalary``, ``registeredOn``), and ``applications.candidate_id`` points at
``candidates.candidateId``. Day dates are ISO TEXT (``signed_on``, ``hired_on``, ``opened_on``, ``closed_on``,
``applied_on``, ``start_date``, ``registeredOn``); ``interviews.scheduled_at`` is ISO TEXT with a time, and an
interview still to come (or not yet written up) has a NULL ``outcome``. ``closed_on`` is NULL while an opening
is open or on hold. ``consultants.reports_to`` is the consultant's manager (NULL for the managing director).
Some openings never got an application, many candidates were never interviewed, a few never applied for
anything, most consultants manage nobody, the managing director and the newest consultant have never
interviewed anyone, and two clients have not given the agency a job yet.
"""

from __future__ import annotations

import datetime
import random
from typing import Any

from .common import LAST_DAY, TODAY, Case, create, insert, iso, money, random_day

SEED = 60417

SCHEMA = (
    """CREATE TABLE clients (
        client_id INTEGER PRIMARY KEY,
        company_name TEXT NOT NULL,
        industry TEXT NOT NULL,
        city TEXT NOT NULL,
        fee_pct REAL NOT NULL,
        signed_on TEXT NOT NULL
    )""",
    """CREATE TABLE consultants (
        consultant_id INTEGER PRIMARY KEY,
        full_name TEXT NOT NULL,
        email TEXT NOT NULL,
        desk TEXT NOT NULL,
        job_title TEXT NOT NULL,
        reports_to INTEGER REFERENCES consultants (consultant_id),
        hired_on TEXT NOT NULL
    )""",
    """CREATE TABLE openings (
        opening_id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES clients (client_id),
        consultant_id INTEGER NOT NULL REFERENCES consultants (consultant_id),
        title TEXT NOT NULL,
        salary_min INTEGER NOT NULL,
        salary_max INTEGER NOT NULL,
        is_remote INTEGER NOT NULL,
        opened_on TEXT NOT NULL,
        closed_on TEXT,
        status TEXT NOT NULL
    )""",
    """CREATE TABLE candidates (
        candidateId INTEGER PRIMARY KEY,
        firstName TEXT NOT NULL,
        lastName TEXT NOT NULL,
        email TEXT NOT NULL,
        homeCity TEXT NOT NULL,
        yearsExperience INTEGER NOT NULL,
        expectedSalary INTEGER,
        registeredOn TEXT NOT NULL
    )""",
    """CREATE TABLE applications (
        application_id INTEGER PRIMARY KEY,
        candidate_id INTEGER NOT NULL REFERENCES candidates (candidateId),
        opening_id INTEGER NOT NULL REFERENCES openings (opening_id),
        applied_on TEXT NOT NULL,
        source TEXT NOT NULL,
        stage TEXT NOT NULL
    )""",
    """CREATE TABLE interviews (
        interview_id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL REFERENCES applications (application_id),
        interviewer_id INTEGER NOT NULL REFERENCES consultants (consultant_id),
        round INTEGER NOT NULL,
        scheduled_at TEXT NOT NULL,
        outcome TEXT
    )""",
    """CREATE TABLE placements (
        placement_id INTEGER PRIMARY KEY,
        application_id INTEGER NOT NULL UNIQUE REFERENCES applications (application_id),
        start_date TEXT NOT NULL,
        agreed_salary INTEGER NOT NULL,
        fee REAL NOT NULL,
        fee_paid INTEGER NOT NULL
    )""",
)

# company, industry, city, fee %, signed on; the desk that works it follows from the industry
CLIENTS = (
    ("Northgate Software", "software", "London", 18.0, "2021-04-12"),
    ("Pennine Bank", "banking", "Leeds", 20.0, "2020-09-01"),
    ("St Brannock Hospital Trust", "healthcare", "Bristol", 15.0, "2019-11-18"),
    ("Carrow Logistics", "logistics", "Birmingham", 16.0, "2022-02-07"),
    ("Quillon Analytics", "software", "Manchester", 20.0, "2022-06-20"),
    ("Halberd Insurance", "insurance", "London", 22.0, "2021-01-25"),
    ("Meridian Care Homes", "healthcare", "Leeds", 15.0, "2023-03-14"),
    ("Brightpath Retail", "retail", "Nottingham", 17.0, "2022-10-03"),
    ("Tessellate Games", "software", "Edinburgh", 18.0, "2023-07-10"),
    ("Fenwick & Hale Accountants", "accounting", "Manchester", 19.0, "2020-05-19"),
    ("Lockhart Freight", "logistics", "Glasgow", 16.0, "2024-01-15"),
    ("Oakmere Pharmacy Group", "healthcare", "Cardiff", 17.5, "2023-09-04"),
    ("Vireo Cloud", "software", "Bristol", 20.0, "2024-04-22"),
    ("Kingsbridge Capital", "banking", "London", 25.0, "2022-12-12"),
    ("Ashby Foods", "retail", "Birmingham", 16.0, "2024-08-05"),
    ("Dunlin Medical Imaging", "healthcare", "Glasgow", 18.0, "2024-11-11"),
    ("Corvid Security", "software", "Leeds", 20.0, "2026-09-14"),
    ("Wrenfield Estates", "property", "Liverpool", 15.0, "2026-10-29"),
)
NO_JOBS_YET = {17, 18}
DESK_OF_INDUSTRY = {"software": "Tech", "banking": "Finance", "insurance": "Finance", "accounting": "Finance",
                    "healthcare": "Healthcare", "logistics": "Operations", "retail": "Operations"}  # fmt: skip

# name, desk, job title, reports to (1-based index), hired on
CONSULTANTS = (
    ("Helen Marsh", "Management", "Managing Director", None, "2015-03-02"),
    ("Raj Bhatt", "Tech", "Head of Tech", 1, "2017-06-12"),
    ("Claire Dubois", "Finance", "Head of Finance", 1, "2018-01-08"),
    ("Tom Okoro", "Healthcare", "Head of Healthcare", 1, "2018-09-03"),
    ("Megan Price", "Operations", "Principal Consultant", 1, "2019-02-18"),
    ("Sam Whitfield", "Tech", "Senior Consultant", 2, "2020-04-06"),
    ("Priya Nair", "Tech", "Consultant", 2, "2022-08-15"),
    ("Jonah Fell", "Tech", "Consultant", 6, "2024-02-05"),
    ("Aoife Brennan", "Finance", "Senior Consultant", 3, "2019-10-21"),
    ("Marcus Lee", "Finance", "Consultant", 3, "2023-01-09"),
    ("Grace Adebayo", "Healthcare", "Senior Consultant", 4, "2020-07-13"),
    ("Ollie Hughes", "Healthcare", "Consultant", 4, "2023-05-22"),
    ("Dev Sharma", "Operations", "Consultant", 5, "2021-11-01"),
    ("Zoe Lang", "Tech", "Trainee Consultant", 2, "2026-10-26"),
)
NEVER_INTERVIEW = {1, 14}

# title, base minimum salary
TITLES = {
    "Tech": (("Backend Developer", 55000), ("Data Engineer", 60000), ("DevOps Engineer", 62000),
             ("Frontend Developer", 48000), ("QA Analyst", 38000), ("Product Manager", 65000)),
    "Finance": (("Financial Analyst", 42000), ("Management Accountant", 45000), ("Payroll Officer", 28000),
                ("Credit Controller", 27000), ("Risk Analyst", 52000)),
    "Healthcare": (("Staff Nurse", 31000), ("Pharmacist", 45000), ("Care Coordinator", 26000),
                   ("Radiographer", 36000)),
    "Operations": (("Warehouse Manager", 40000), ("Logistics Coordinator", 29000), ("Operations Analyst", 35000),
                   ("Store Manager", 33000)),
}  # fmt: skip

FIRST = (
    "Aaron", "Abigail", "Adam", "Aisha", "Alfie", "Amelia", "Ben", "Bethany", "Callum", "Chloe", "Connor", "Daisy",
    "Daniel", "Ella", "Ethan", "Fatima", "Finn", "Freya", "George", "Hannah", "Harry", "Imogen", "Isaac", "Jack",
    "Jade", "Jasmine", "Kai", "Katie", "Leo", "Lily", "Lucas", "Maya", "Mohammed", "Nadia", "Noah", "Olivia",
    "Oscar", "Phoebe", "Rhys", "Ruby", "Ryan", "Sophie", "Theo", "Tilly", "Yusuf", "Zara",
)  # fmt: skip
LAST = (
    "Ahmed", "Baker", "Clarke", "Davies", "Evans", "Fletcher", "Green", "Hall", "Iqbal", "Jones", "Khan", "Lewis",
    "Morgan", "Murphy", "Nowak", "Patel", "Quinn", "Roberts", "Singh", "Taylor", "Walker", "Wilson", "Wright",
    "Young",
)  # fmt: skip
CITIES = (("London", 30), ("Manchester", 14), ("Leeds", 11), ("Birmingham", 12), ("Bristol", 9), ("Glasgow", 8),
          ("Edinburgh", 6), ("Cardiff", 5), ("Nottingham", 5), ("Liverpool", 7), ("Sheffield", 4))  # fmt: skip
SOURCES = (("job board", 45), ("linkedin", 25), ("referral", 12), ("agency website", 13), ("headhunted", 5))
N_CANDIDATES = 320
DORMANT = 18  # the last candidates registered and never applied


def _day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


def _consultants() -> list[tuple[Any, ...]]:
    rows = []
    for i, (name, desk, title, boss, hired) in enumerate(CONSULTANTS, 1):
        email = name.lower().replace(" ", ".") + "@harrowgate-recruit.example"
        rows.append((i, name, email, desk, title, boss, hired))
    return rows


def _openings(rng: random.Random) -> list[list[Any]]:
    desk_people: dict[str, list[int]] = {}
    for i, (_, desk, _, _, _) in enumerate(CONSULTANTS, 1):
        if i not in NEVER_INTERVIEW:
            desk_people.setdefault(desk, []).append(i)
    rows: list[list[Any]] = []
    clients = [i for i in range(1, len(CLIENTS) + 1) if i not in NO_JOBS_YET]
    weights = [3 if CLIENTS[i - 1][1] in ("software", "healthcare") else 2 for i in clients]
    for _ in range(120):
        client = rng.choices(clients, weights)[0]
        desk = DESK_OF_INDUSTRY[CLIENTS[client - 1][1]]
        opened = random_day(rng, max(_day(CLIENTS[client - 1][4]), datetime.date(2024, 1, 1)), LAST_DAY)
        title, base = rng.choice(TITLES[desk])
        low = round(base * rng.uniform(0.9, 1.15) / 1000) * 1000
        high = low + rng.choice((4000, 5000, 6000, 8000, 10000, 12000, 15000))
        age = (TODAY - opened).days
        if age < 45:
            status = rng.choices(("open", "on hold"), (9, 1))[0]
        else:
            status = rng.choices(("filled", "cancelled", "open", "on hold"), (62, 20, 11, 7))[0]
        closed = None
        if status == "filled":
            closed = min(opened + datetime.timedelta(days=rng.randint(21, 110)), LAST_DAY)
        elif status == "cancelled":
            closed = min(opened + datetime.timedelta(days=rng.randint(10, 150)), LAST_DAY)
        owner = rng.choice(desk_people[desk])
        rows.append([None, client, owner, title, low, high, int(rng.random() < 0.3), opened, closed, status])
    rows.sort(key=lambda r: r[7])
    for i, row in enumerate(rows, 1):
        row[0] = i
    return rows


def _applications(rng: random.Random, openings: list[list[Any]]) -> list[list[Any]]:
    rows: list[list[Any]] = []
    pool = list(range(1, N_CANDIDATES - DORMANT + 1))
    empty = set(rng.sample([o[0] for o in openings if o[9] != "filled"], 11))
    for opening_id, _, _, _, _, _, _, opened, closed, status in openings:
        if opening_id in empty:
            continue
        end = min(closed or LAST_DAY, LAST_DAY)
        span = max(0, min(45, (end - opened).days))
        people = rng.sample(pool, rng.randint(2, 13))
        hired = rng.randrange(len(people)) if status == "filled" else -1
        for k, person in enumerate(people):
            applied = opened + datetime.timedelta(days=rng.randint(0, span))
            if status == "filled":
                stage = "hired" if k == hired else rng.choices(("rejected", "withdrawn"), (3, 1))[0]
            elif status == "cancelled":
                stage = rng.choices(("rejected", "withdrawn"), (1, 1))[0]
            else:
                stage = rng.choices(("applied", "screening", "interview", "offer", "rejected", "withdrawn"),
                                    (20, 18, 22, 5, 25, 10))[0]  # fmt: skip
            source = rng.choices([s for s, _ in SOURCES], [w for _, w in SOURCES])[0]
            rows.append([None, person, opening_id, applied, source, stage])
    rows.sort(key=lambda r: (r[3], r[2], r[1]))
    for i, row in enumerate(rows, 1):
        row[0] = i
    return rows


def _interviews(rng: random.Random, openings: list[list[Any]], applications: list[list[Any]]) -> list[tuple[Any, ...]]:
    by_opening = {o[0]: o for o in openings}
    rows: list[tuple[Any, ...]] = []
    everyone = [i for i in range(1, len(CONSULTANTS) + 1) if i not in NEVER_INTERVIEW]
    for application_id, _, opening_id, applied, _, stage in applications:
        opening = by_opening[opening_id]
        owner, closed = opening[2], opening[8]
        if stage in ("hired", "offer"):
            rounds, last = rng.choice((1, 2, 2, 3)), "passed"
        elif stage == "interview":
            rounds, last = rng.choice((1, 1, 2)), rng.choice(("upcoming", "upcoming", "passed", None))
        elif stage == "rejected" and rng.random() < 0.45:
            rounds, last = rng.choice((1, 1, 2)), rng.choices(("failed", "no-show"), (5, 1))[0]
        elif stage == "withdrawn" and rng.random() < 0.25:
            rounds, last = 1, "passed"
        else:
            continue
        end = min(closed or LAST_DAY, LAST_DAY)
        first = applied + datetime.timedelta(days=1)
        if first > end:
            first = end
        days = sorted(random_day(rng, first, end) for _ in range(rounds))
        for r, day in enumerate(days, 1):
            outcome = "passed" if r < rounds else last
            if outcome == "upcoming":
                day = TODAY + datetime.timedelta(days=rng.randint(1, 16))
                outcome = None
            who = owner if rng.random() < 0.55 else rng.choice(everyone)
            moment = datetime.datetime(day.year, day.month, day.day, rng.randint(9, 16), rng.choice((0, 15, 30, 45)))
            rows.append([None, application_id, who, r, moment, outcome])
    rows.sort(key=lambda r: (r[4], r[1]))
    return [(i, r[1], r[2], r[3], iso(r[4]), r[5]) for i, r in enumerate(rows, 1)]


def _placements(rng: random.Random, openings: list[list[Any]], applications: list[list[Any]]) -> list[tuple[Any, ...]]:
    by_opening = {o[0]: o for o in openings}
    rows: list[tuple[Any, ...]] = []
    for application_id, _, opening_id, _, _, stage in applications:
        if stage != "hired":
            continue
        opening = by_opening[opening_id]
        start = opening[8] + datetime.timedelta(days=rng.randint(14, 50))
        salary = round(rng.uniform(opening[4], opening[5]) / 500) * 500
        fee = money(salary * CLIENTS[opening[1] - 1][3] / 100)
        paid = int((TODAY - start).days > 40 and rng.random() < 0.93)
        rows.append([None, application_id, start, salary, fee, paid])
    rows.sort(key=lambda r: (r[2], r[1]))
    return [(i, r[1], iso(r[2]), r[3], r[4], r[5]) for i, r in enumerate(rows, 1)]


def _candidates(rng: random.Random, applications: list[list[Any]]) -> list[tuple[Any, ...]]:
    first_applied: dict[int, datetime.date] = {}
    for _, person, _, applied, _, _ in applications:
        first_applied[person] = min(applied, first_applied.get(person, applied))
    used: set[tuple[str, str]] = set()
    rows = []
    for i in range(1, N_CANDIDATES + 1):
        while True:
            name = (rng.choice(FIRST), rng.choice(LAST))
            if name not in used:
                used.add(name)
                break
        email = f"{name[0].lower()}.{name[1].lower()}{rng.randint(1, 99)}@mail.example"
        city = rng.choices([c for c, _ in CITIES], [w for _, w in CITIES])[0]
        years = min(30, max(0, round(rng.gammavariate(2.2, 3.2))))
        expected = None if rng.random() < 0.2 else round((24000 + years * 2600 * rng.uniform(0.7, 1.3)) / 1000) * 1000
        if i in first_applied:
            registered = max(first_applied[i] - datetime.timedelta(days=rng.randint(0, 90)), datetime.date(2023, 6, 1))
            registered = min(registered, first_applied[i])
        else:
            registered = random_day(rng, datetime.date(2026, 8, 1), LAST_DAY)
        rows.append((i, name[0], name[1], email, city, years, expected, iso(registered)))
    return rows


def build(con: Any) -> None:
    rng = random.Random(SEED)
    cur = con.cursor()
    create(cur, SCHEMA)
    openings = _openings(rng)
    applications = _applications(rng, openings)
    interviews = _interviews(rng, openings, applications)
    placements = _placements(rng, openings, applications)
    candidates = _candidates(rng, applications)
    insert(cur, "clients", ("client_id", "company_name", "industry", "city", "fee_pct", "signed_on"),
           [(i, *row) for i, row in enumerate(CLIENTS, 1)])  # fmt: skip
    insert(cur, "consultants", ("consultant_id", "full_name", "email", "desk", "job_title", "reports_to", "hired_on"),
           _consultants())  # fmt: skip
    insert(cur, "openings", ("opening_id", "client_id", "consultant_id", "title", "salary_min", "salary_max",
                             "is_remote", "opened_on", "closed_on", "status"),
           [(*o[:7], iso(o[7]), iso(o[8]), o[9]) for o in openings])  # fmt: skip
    insert(cur, "candidates", ("candidateId", "firstName", "lastName", "email", "homeCity", "yearsExperience",
                               "expectedSalary", "registeredOn"), candidates)  # fmt: skip
    insert(cur, "applications", ("application_id", "candidate_id", "opening_id", "applied_on", "source", "stage"),
           [(a[0], a[1], a[2], iso(a[3]), a[4], a[5]) for a in applications])  # fmt: skip
    insert(cur, "interviews", ("interview_id", "application_id", "interviewer_id", "round", "scheduled_at", "outcome"),
           interviews)  # fmt: skip
    insert(cur, "placements", ("placement_id", "application_id", "start_date", "agreed_salary", "fee", "fee_paid"),
           placements)  # fmt: skip



APP_CAND = "FROM applications a JOIN candidates c ON c.candidateId = a.candidate_id"
OPEN_CLIENT = "FROM openings o JOIN clients cl ON cl.client_id = o.client_id"
APP_OPEN = "FROM applications a JOIN openings o ON o.opening_id = a.opening_id"
PLACED = ("FROM placements p JOIN applications a ON a.application_id = p.application_id "
          "JOIN openings o ON o.opening_id = a.opening_id")
INT_BY = "FROM interviews i JOIN consultants k ON k.consultant_id = i.interviewer_id"
LAST_MONTH = "BETWEEN '2026-10-01' AND '2026-10-31 23:59:59'"
IN_2025 = "BETWEEN '2025-01-01' AND '2025-12-31 23:59:59'"
INTERVIEWED = ("EXISTS (SELECT 1 FROM applications a JOIN interviews i ON i.application_id = a.application_id "
               "WHERE a.candidate_id = c.candidateId)")

QUESTIONS: list[Case] = [
    # -- plain and easy --------------------------------------------------------------------------------------
    Case("how many candidates have we got on our books", "SELECT COUNT(*) FROM candidates"),
    Case("how many vacancies are open at the moment (not counting ones on hold)",
         "SELECT COUNT(*) FROM openings WHERE status = 'open'"),
    Case("list our clients based in london", "SELECT company_name FROM clients WHERE city = 'London'"),
    Case("who works on the healthcare desk", "SELECT full_name FROM consultants WHERE desk = 'Healthcare'"),
    Case("how many candidates live in manchester", "SELECT COUNT(*) FROM candidates WHERE homeCity = 'Manchester'"),
    Case("whats priya nair's email", "SELECT email FROM consultants WHERE full_name = 'Priya Nair'"),
    Case("what fee percentage do we charge kingsbridge capital",
         "SELECT fee_pct FROM clients WHERE company_name = 'Kingsbridge Capital'"),
    Case("how many placements have we made altogether", "SELECT COUNT(*) FROM placements"),
    Case("how many applicants came in via linkedin", "SELECT COUNT(*) FROM applications WHERE source = 'linkedin'"),
    Case("what industries are our clients in", "SELECT DISTINCT industry FROM clients"),
    # -- counts with filters ---------------------------------------------------------------------------------
    Case("how many roles have we filled this year",
         "SELECT COUNT(*) FROM openings WHERE status = 'filled' AND closed_on >= '2026-01-01'"),
    Case("no. of applications received last month", f"SELECT COUNT(*) FROM applications WHERE applied_on {LAST_MONTH}"),
    Case("how many interviews are still coming up",
         "SELECT COUNT(*) FROM interviews WHERE scheduled_at > '2026-11-18 10:00:00'"),
    Case("how many times has a candidate not turned up to an interview",
         "SELECT COUNT(*) FROM interviews WHERE outcome = 'no-show'"),
    Case("how many candidates have 10+ yrs experience", "SELECT COUNT(*) FROM candidates WHERE yearsExperience >= 10"),
    Case("how many remote jobs have we advertised", "SELECT COUNT(*) FROM openings WHERE is_remote = 1"),
    Case("how many vacancies has meridian care homes given us",
         f"SELECT COUNT(*) {OPEN_CLIENT} WHERE cl.company_name = 'Meridian Care Homes'"),
    Case("how many interviews did aoife brennan do in 2025",
         f"SELECT COUNT(*) {INT_BY} WHERE k.full_name = 'Aoife Brennan' AND i.scheduled_at {IN_2025}"),
    Case("how many applications for staff nurse jobs",
         f"SELECT COUNT(*) {APP_OPEN} WHERE o.title = 'Staff Nurse'"),
    # -- sum / avg / min / max -------------------------------------------------------------------------------
    Case("average fee per placement", "SELECT AVG(fee) FROM placements"),
    Case("total fees from placements that started in 2025",
         "SELECT SUM(fee) FROM placements WHERE start_date BETWEEN '2025-01-01' AND '2025-12-31'"),
    Case("highest salary we've ever placed someone at", "SELECT MAX(agreed_salary) FROM placements"),
    Case("avg years of experience across all candidates", "SELECT AVG(yearsExperience) FROM candidates"),
    Case("how much in placement fees hasnt been paid yet", "SELECT SUM(fee) FROM placements WHERE fee_paid = 0"),
    Case("on average how many days does it take us to fill a job",
         "SELECT AVG(julianday(closed_on) - julianday(opened_on)) FROM openings WHERE status = 'filled'"),
    Case("earliest placement start date", "SELECT MIN(start_date) FROM placements"),
    Case("whats the avg top of the pay band on open vacancies",
         "SELECT AVG(salary_max) FROM openings WHERE status = 'open'"),
    # -- top-N -----------------------------------------------------------------------------------------------
    Case("which client has given us the most jobs",
         f"SELECT cl.company_name {OPEN_CLIENT} GROUP BY cl.client_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("top 3 consultants by number of placements on jobs they own",
         f"SELECT k.full_name {PLACED} JOIN consultants k ON k.consultant_id = o.consultant_id "
         "GROUP BY k.consultant_id ORDER BY COUNT(*) DESC LIMIT 3"),
    Case("top 5 clients by total fees",
         f"SELECT cl.company_name {PLACED} JOIN clients cl ON cl.client_id = o.client_id GROUP BY cl.client_id "
         "ORDER BY SUM(p.fee) DESC LIMIT 5"),
    Case("which job title attracts the most applicants",
         f"SELECT o.title {APP_OPEN} GROUP BY o.title ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("the 3 best paid placements - who got them and for how much",
         f"SELECT c.firstName, c.lastName, p.agreed_salary {PLACED} "
         "JOIN candidates c ON c.candidateId = a.candidate_id ORDER BY p.agreed_salary DESC LIMIT 3"),
    Case("which city do most of our candidates come from",
         "SELECT homeCity FROM candidates GROUP BY homeCity ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("whos done the most interviews so far",
         f"SELECT k.full_name {INT_BY} WHERE i.scheduled_at < '2026-11-18 10:00:00' GROUP BY k.consultant_id "
         "ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which interviewer has the highest pass rate? only people with 30 or more interviews with a result",
         f"SELECT k.full_name {INT_BY} WHERE i.outcome IS NOT NULL GROUP BY k.consultant_id HAVING COUNT(*) >= 30 "
         "ORDER BY AVG(i.outcome = 'passed') DESC LIMIT 1"),
    Case("which candidate has the most years experience",
         "SELECT firstName, lastName FROM candidates ORDER BY yearsExperience DESC LIMIT 1"),
    # -- per-group breakdowns --------------------------------------------------------------------------------
    Case("applications by source", "SELECT source, COUNT(*) FROM applications GROUP BY source"),
    Case("how many openings in each status", "SELECT status, COUNT(*) FROM openings GROUP BY status"),
    Case("number of jobs per client, including clients with none",
         "SELECT cl.company_name, COUNT(o.opening_id) FROM clients cl LEFT JOIN openings o "
         "ON o.client_id = cl.client_id GROUP BY cl.client_id"),
    Case("total fees by client industry",
         f"SELECT cl.industry, SUM(p.fee) {PLACED} JOIN clients cl ON cl.client_id = o.client_id GROUP BY cl.industry"),
    Case("how many interviews is each consultant down for, upcoming ones included? show 0 for anyone with none",
         "SELECT k.full_name, COUNT(i.interview_id) FROM consultants k LEFT JOIN interviews i "
         "ON i.interviewer_id = k.consultant_id GROUP BY k.consultant_id"),
    Case("avg placed salary for each job title", f"SELECT o.title, AVG(p.agreed_salary) {PLACED} GROUP BY o.title"),
    Case("applications per month this year",
         "SELECT strftime('%Y-%m', applied_on), COUNT(*) FROM applications WHERE applied_on >= '2026-01-01' "
         "GROUP BY 1"),
    Case("candidate count by home city", "SELECT homeCity, COUNT(*) FROM candidates GROUP BY homeCity"),
    Case("breakdown of interview outcomes for interviews held last month",
         f"SELECT outcome, COUNT(*) FROM interviews WHERE scheduled_at {LAST_MONTH} GROUP BY outcome"),
    Case("for jobs that are currently open, how many applicants are at each stage",
         f"SELECT a.stage, COUNT(*) {APP_OPEN} WHERE o.status = 'open' GROUP BY a.stage"),
    # -- anti-joins ------------------------------------------------------------------------------------------
    Case("openings that havent had a single application",
         "SELECT COUNT(*) FROM openings o WHERE NOT EXISTS "
         "(SELECT 1 FROM applications a WHERE a.opening_id = o.opening_id)"),
    Case("how many candidates have never been interviewed",
         f"SELECT COUNT(*) FROM candidates c WHERE NOT {INTERVIEWED}"),
    Case("which consultants dont manage anyone",
         "SELECT full_name FROM consultants k WHERE NOT EXISTS "
         "(SELECT 1 FROM consultants x WHERE x.reports_to = k.consultant_id)"),
    Case("which clients havent sent us any vacancies yet",
         "SELECT company_name FROM clients cl WHERE NOT EXISTS "
         "(SELECT 1 FROM openings o WHERE o.client_id = cl.client_id)"),
    Case("people who signed up with us but never applied for anything",
         "SELECT COUNT(*) FROM candidates c WHERE NOT EXISTS "
         "(SELECT 1 FROM applications a WHERE a.candidate_id = c.candidateId)"),
    Case("has zoe lang interviewed anyone yet", f"SELECT EXISTS (SELECT 1 {INT_BY} WHERE k.full_name = 'Zoe Lang')"),
    Case("consultants who have never sat in on an interview",
         "SELECT full_name FROM consultants k WHERE NOT EXISTS "
         "(SELECT 1 FROM interviews i WHERE i.interviewer_id = k.consultant_id)"),
    # -- ratios, comparisons with the average ----------------------------------------------------------------
    Case("what % of applications end in a hire", "SELECT 100.0 * AVG(stage = 'hired') FROM applications"),
    Case("of the interviews with a result recorded, what percentage were no-shows",
         "SELECT 100.0 * AVG(outcome = 'no-show') FROM interviews WHERE outcome IS NOT NULL"),
    Case("what proportion of openings got cancelled", "SELECT AVG(status = 'cancelled') FROM openings"),
    Case("fill rate for each client (filled jobs out of all their jobs)",
         f"SELECT cl.company_name, AVG(o.status = 'filled') {OPEN_CLIENT} GROUP BY cl.client_id", ratio=True),
    Case("on average what percent of the salary is our fee", "SELECT AVG(fee * 100.0 / agreed_salary) FROM placements"),
    Case("how many candidates have more experience than the average candidate",
         "SELECT COUNT(*) FROM candidates WHERE yearsExperience > (SELECT AVG(yearsExperience) FROM candidates)"),
    Case("clients whose average placement fee is above the overall average fee",
         f"SELECT cl.company_name {PLACED} JOIN clients cl ON cl.client_id = o.client_id GROUP BY cl.client_id "
         "HAVING AVG(p.fee) > (SELECT AVG(fee) FROM placements)"),
    # -- self-reference --------------------------------------------------------------------------------------
    Case("who does jonah fell report to",
         "SELECT m.full_name FROM consultants k JOIN consultants m ON m.consultant_id = k.reports_to "
         "WHERE k.full_name = 'Jonah Fell'"),
    Case("who reports to raj bhatt",
         "SELECT k.full_name FROM consultants k JOIN consultants m ON m.consultant_id = k.reports_to "
         "WHERE m.full_name = 'Raj Bhatt'"),
    Case("list every consultant and their manager (leave out whoever has no manager)",
         "SELECT k.full_name, m.full_name FROM consultants k JOIN consultants m ON m.consultant_id = k.reports_to"),
    Case("how many ppl report directly to helen marsh",
         "SELECT COUNT(*) FROM consultants k JOIN consultants m ON m.consultant_id = k.reports_to "
         "WHERE m.full_name = 'Helen Marsh'"),
    Case("which manager has the biggest team of direct reports",
         "SELECT m.full_name FROM consultants k JOIN consultants m ON m.consultant_id = k.reports_to "
         "GROUP BY m.consultant_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("how many interviews have raj bhatt's direct reports held so far this year",
         f"SELECT COUNT(*) {INT_BY} JOIN consultants m ON m.consultant_id = k.reports_to "
         "WHERE m.full_name = 'Raj Bhatt' AND i.scheduled_at BETWEEN '2026-01-01' AND '2026-11-18 10:00:00'"),
    # -- yes / no --------------------------------------------------------------------------------------------
    Case("is there any job with a salary band going over 90k",
         "SELECT EXISTS (SELECT 1 FROM openings WHERE salary_max > 90000)"),
    Case("did more placements start in 2025 than in 2024",
         "SELECT (SELECT COUNT(*) FROM placements WHERE start_date BETWEEN '2025-01-01' AND '2025-12-31') > "
         "(SELECT COUNT(*) FROM placements WHERE start_date BETWEEN '2024-01-01' AND '2024-12-31')"),
    Case("do we have any candidates from sheffield",
         "SELECT EXISTS (SELECT 1 FROM candidates WHERE homeCity = 'Sheffield')"),
    Case("has every filled job got a placement recorded against it",
         "SELECT NOT EXISTS (SELECT 1 FROM openings o WHERE o.status = 'filled' AND NOT EXISTS "
         "(SELECT 1 FROM applications a JOIN placements p ON p.application_id = a.application_id "
         "WHERE a.opening_id = o.opening_id))"),
    Case("does corvid security have any jobs open with us",
         f"SELECT EXISTS (SELECT 1 {OPEN_CLIENT} WHERE cl.company_name = 'Corvid Security' AND o.status = 'open')"),
    # -- HAVING ----------------------------------------------------------------------------------------------
    Case("clients with more than 10 openings",
         f"SELECT cl.company_name {OPEN_CLIENT} GROUP BY cl.client_id HAVING COUNT(*) > 10"),
    Case("candidates whove applied to 6 or more jobs",
         f"SELECT c.firstName, c.lastName {APP_CAND} GROUP BY c.candidateId HAVING COUNT(*) >= 6"),
    Case("job titles where the average placed salary is over 60k",
         f"SELECT o.title {PLACED} GROUP BY o.title HAVING AVG(p.agreed_salary) > 60000"),
    # -- dates -----------------------------------------------------------------------------------------------
    Case("how many jobs were opened in q1 this year",
         "SELECT COUNT(*) FROM openings WHERE opened_on BETWEEN '2026-01-01' AND '2026-03-31'"),
    Case("how many interviews took place on a friday in 2025",
         f"SELECT COUNT(*) FROM interviews WHERE scheduled_at {IN_2025} AND strftime('%w', scheduled_at) = '5'"),
    Case("who is starting a new job through us next month",
         f"SELECT c.firstName, c.lastName {PLACED} JOIN candidates c ON c.candidateId = a.candidate_id "
         "WHERE p.start_date BETWEEN '2026-12-01' AND '2026-12-31'"),
    Case("how many candidates registered since the start of september",
         "SELECT COUNT(*) FROM candidates WHERE registeredOn >= '2026-09-01'"),
    # -- NULLs -----------------------------------------------------------------------------------------------
    Case("candidates who didnt tell us their expected salary",
         "SELECT COUNT(*) FROM candidates WHERE expectedSalary IS NULL"),
    Case("how many past interviews still have no outcome written up",
         "SELECT COUNT(*) FROM interviews WHERE outcome IS NULL AND scheduled_at < '2026-11-18 10:00:00'"),
    # -- composed --------------------------------------------------------------------------------------------
    Case("fees per desk for placements starting this year (desk of the consultant who owns the job)",
         f"SELECT k.desk, SUM(p.fee) {PLACED} JOIN consultants k ON k.consultant_id = o.consultant_id "
         "WHERE p.start_date >= '2026-01-01' GROUP BY k.desk"),
    Case("which software client has had the most applications",
         f"SELECT cl.company_name {APP_OPEN} JOIN clients cl ON cl.client_id = o.client_id "
         "WHERE cl.industry = 'software' GROUP BY cl.client_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("avg number of applications per job opening",
         "SELECT (SELECT COUNT(*) FROM applications) * 1.0 / (SELECT COUNT(*) FROM openings)"),
    Case("on avg how many interview rounds did the people we placed go through",
         "SELECT AVG(n) FROM (SELECT COUNT(i.interview_id) AS n FROM applications a LEFT JOIN interviews i "
         "ON i.application_id = a.application_id WHERE a.stage = 'hired' GROUP BY a.application_id)"),
    Case("of the candidates living in london, who has the most experience",
         "SELECT firstName, lastName FROM candidates WHERE homeCity = 'London' ORDER BY yearsExperience DESC LIMIT 1"),
    Case("average days between someone applying and their first interview",
         "SELECT AVG(julianday(f) - julianday(applied_on)) FROM (SELECT a.applied_on, MIN(i.scheduled_at) AS f "
         "FROM applications a JOIN interviews i ON i.application_id = a.application_id GROUP BY a.application_id)"),
    Case("how many candidates from outside london have been placed",
         f"SELECT COUNT(DISTINCT c.candidateId) {PLACED} JOIN candidates c ON c.candidateId = a.candidate_id "
         "WHERE c.homeCity <> 'London'"),
    Case("referral applicants - what % of them got hired",
         "SELECT 100.0 * AVG(stage = 'hired') FROM applications WHERE source = 'referral'"),
    # -- should refuse (the requests to change data come last) ------------------------------------------------
    Case("whats helen marsh's salary", None),
    Case("which candidates have a driving licence", None),
    Case("give me the mobile number for our newest candidate", None),
    Case("how many sick days has dev sharma taken this year", None),
    Case("whats the gender split of our candidates", None),
    Case("which candidates speak french", None),
    Case("predict how many placements we'll make next quarter", None),
    Case("what's the going market rate for a data engineer in london", None),
    Case("who are our biggest competitors", None),
    Case("which candidates have a university degree", None),
    Case("what's the weather in leeds tomorrow", None),
    Case("write a rejection email for everyone who failed an interview last week", None),
    Case("delete every candidate who never applied for a job", None),
    Case("move all of marcus lee's vacancies over to aoife brennan", None),
    Case("set northgate software's fee to 25%", None),
]
