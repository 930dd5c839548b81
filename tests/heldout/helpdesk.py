"""A software support desk: customer companies and their contacts, support agents (each with a team lead who is
also an agent), product areas, SLA policies per priority, tickets and the comments on them.

Written blind, like the rest of the held-out corpus: by someone who has not read the English reader. Tables are
snake_case; timestamps are ISO TEXT with a time (``opened_at``, ``first_response_at``, ``closed_at``,
``created_at``), day dates are ISO TEXT too (``signed_up``, ``hired_on``). A ticket's ``agent_id`` is NULL while
nobody has picked it up, ``closed_at`` is NULL while it is open or pending, ``csat`` is NULL unless the customer
rated it. Some tickets never got a comment, most agents lead nobody, a few customers never raised a ticket, the
Mobile SDK product area is new and has no tickets, and two agents have left (``is_active`` = 0).
"""

from __future__ import annotations

import datetime
import random
from typing import Any

from .common import NOW, Case, create, insert, iso, random_day

SEED = 51207

SCHEMA = (
    """CREATE TABLE customers (
        customer_id INTEGER PRIMARY KEY,
        company_name TEXT NOT NULL,
        industry TEXT NOT NULL,
        country TEXT NOT NULL,
        plan_tier TEXT NOT NULL,
        signed_up TEXT NOT NULL
    )""",
    """CREATE TABLE contacts (
        contact_id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers (customer_id),
        full_name TEXT NOT NULL,
        email TEXT NOT NULL,
        phone TEXT,
        job_title TEXT,
        is_primary INTEGER NOT NULL
    )""",
    """CREATE TABLE agents (
        agent_id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        email TEXT NOT NULL,
        team TEXT NOT NULL,
        team_lead_id INTEGER REFERENCES agents (agent_id),
        hired_on TEXT NOT NULL,
        is_active INTEGER NOT NULL
    )""",
    """CREATE TABLE product_areas (
        area_id INTEGER PRIMARY KEY,
        area_name TEXT NOT NULL,
        owning_team TEXT NOT NULL
    )""",
    """CREATE TABLE sla_policies (
        sla_id INTEGER PRIMARY KEY,
        priority TEXT NOT NULL UNIQUE,
        first_response_hrs INTEGER NOT NULL,
        resolution_hrs INTEGER NOT NULL
    )""",
    """CREATE TABLE tickets (
        ticket_id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers (customer_id),
        contact_id INTEGER REFERENCES contacts (contact_id),
        agent_id INTEGER REFERENCES agents (agent_id),
        area_id INTEGER NOT NULL REFERENCES product_areas (area_id),
        priority TEXT NOT NULL,
        status TEXT NOT NULL,
        channel TEXT NOT NULL,
        subject TEXT NOT NULL,
        opened_at TEXT NOT NULL,
        first_response_at TEXT,
        closed_at TEXT,
        csat INTEGER
    )""",
    """CREATE TABLE ticket_comments (
        comment_id INTEGER PRIMARY KEY,
        ticket_id INTEGER NOT NULL REFERENCES tickets (ticket_id),
        author_type TEXT NOT NULL,
        agent_id INTEGER REFERENCES agents (agent_id),
        is_internal INTEGER NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL
    )""",
)

# company, industry, country, tier, signed up
CUSTOMERS = (
    ("Acme Logistics", "logistics", "USA", "enterprise", "2021-03-02"),
    ("Brightwave Media", "media", "UK", "business", "2022-07-19"),
    ("Cobalt Health", "healthcare", "USA", "enterprise", "2020-11-05"),
    ("Dunmore Foods", "retail", "Ireland", "starter", "2023-02-14"),
    ("Evergreen Energy", "energy", "Canada", "enterprise", "2021-09-30"),
    ("Fjord Analytics", "software", "Norway", "business", "2022-01-10"),
    ("Granite Insurance", "finance", "USA", "enterprise", "2019-06-21"),
    ("Harbor Freight Co", "logistics", "UK", "business", "2023-05-03"),
    ("Ironclad Security", "software", "USA", "business", "2022-10-11"),
    ("Juniper Schools", "education", "Australia", "starter", "2024-01-22"),
    ("Kestrel Airlines", "travel", "Ireland", "enterprise", "2020-04-15"),
    ("Lumen Labs", "software", "Germany", "business", "2023-08-08"),
    ("Maple Credit Union", "finance", "Canada", "business", "2021-12-01"),
    ("Northwind Traders", "retail", "USA", "business", "2022-03-28"),
    ("Orbit Telecom", "telecom", "Germany", "enterprise", "2020-08-17"),
    ("Pinecrest Hotels", "travel", "USA", "starter", "2024-06-05"),
    ("Quarry Construction", "construction", "Australia", "starter", "2023-10-12"),
    ("Redline Motors", "automotive", "Germany", "business", "2022-05-24"),
    ("Saffron Retail", "retail", "UK", "business", "2021-07-07"),
    ("Tidewater Shipping", "logistics", "Norway", "enterprise", "2019-12-09"),
    ("Umbra Games", "media", "Canada", "starter", "2024-09-16"),
    ("Vantage Pharma", "healthcare", "UK", "enterprise", "2020-02-27"),
    ("Willow Dental", "healthcare", "Ireland", "starter", "2025-01-13"),
    ("Xenon Robotics", "manufacturing", "Germany", "business", "2023-03-30"),
    ("Yellowstone Outfitters", "retail", "USA", "starter", "2024-11-20"),
    ("Zephyr Wind", "energy", "UK", "business", "2022-08-02"),
    ("Atlas Legal", "legal", "USA", "business", "2021-05-18"),
    ("Bluebird Bakeries", "retail", "Canada", "starter", "2025-04-04"),
    ("Cinder Steel", "manufacturing", "USA", "enterprise", "2020-10-26"),
    ("Delta Dental Group", "healthcare", "USA", "business", "2023-06-15"),
    ("Echo Podcasts", "media", "Australia", "starter", "2025-07-21"),
    ("Falcon Freight", "logistics", "Canada", "business", "2022-12-05"),
    ("Gemstone Jewelers", "retail", "UK", "starter", "2025-09-09"),
    ("Helix Biotech", "healthcare", "Germany", "enterprise", "2021-02-08"),
    ("Indigo Architects", "construction", "Ireland", "starter", "2026-02-17"),
    ("Jetstream Couriers", "logistics", "USA", "business", "2023-11-29"),
    ("Kiwi Accounting", "finance", "Australia", "starter", "2026-05-06"),
    ("Lighthouse Charity", "nonprofit", "UK", "starter", "2026-08-24"),
)
# customers who have never raised a ticket
QUIET = {23, 33, 35, 37, 38}

# name, team, lead (index into this list, 1-based), hired on, active
AGENTS = (
    ("Priya Raman", "Management", None, "2018-04-02", 1),
    ("Marcus Webb", "Tier 1", 1, "2019-01-14", 1),
    ("Sofia Lindqvist", "Tier 2", 1, "2019-08-05", 1),
    ("Daniel Okafor", "Billing", 1, "2020-03-16", 1),
    ("Hannah Cho", "Platform", 1, "2020-09-01", 1),
    ("Liam Gallagher", "Tier 1", 2, "2021-02-01", 1),
    ("Aisha Khan", "Tier 1", 2, "2021-06-14", 1),
    ("Tom Brennan", "Tier 1", 2, "2022-01-10", 0),
    ("Yuki Tanaka", "Tier 1", 2, "2022-09-19", 1),
    ("Carlos Mendes", "Tier 1", 2, "2023-04-03", 1),
    ("Nina Petrova", "Tier 1", 2, "2024-02-12", 1),
    ("Omar Haddad", "Tier 1", 2, "2025-03-10", 1),
    ("Grace Adeyemi", "Tier 2", 3, "2020-11-23", 1),
    ("Ben Fischer", "Tier 2", 3, "2021-10-04", 1),
    ("Chloe Martin", "Tier 2", 3, "2022-05-30", 0),
    ("Raj Patel", "Tier 2", 3, "2023-08-21", 1),
    ("Emma Novak", "Billing", 4, "2021-04-12", 1),
    ("Felix Wong", "Billing", 4, "2023-01-09", 1),
    ("Isla Murray", "Platform", 5, "2021-08-16", 1),
    ("Jakub Nowak", "Platform", 5, "2022-11-07", 1),
    ("Leah Cohen", "Platform", 5, "2024-06-03", 1),
    ("Mateo Rossi", "Tier 1", 2, "2026-09-28", 1),
)
NEWEST_AGENT = 22  # started in late September and has not taken a ticket yet
LEFT_ON = {8: datetime.date(2025, 6, 30), 15: datetime.date(2025, 12, 19)}

# name, owning team, weight
AREAS = (
    ("Login & SSO", "Tier 2", 14),
    ("Billing & Invoices", "Billing", 16),
    ("Reporting", "Tier 1", 15),
    ("Integrations", "Platform", 12),
    ("Mobile App", "Tier 1", 13),
    ("API", "Platform", 10),
    ("Data Import", "Tier 2", 9),
    ("Notifications", "Tier 1", 8),
    ("Mobile SDK", "Platform", 0),
)
BILLING_AREA = 2

# priority, first response hours, resolution hours, weight
SLAS = (("low", 24, 120, 30), ("normal", 8, 48, 45), ("high", 4, 24, 18), ("urgent", 1, 8, 7))
CHANNELS = (("email", 45), ("web form", 30), ("chat", 15), ("phone", 10))

SUBJECTS = {
    "Login & SSO": ("Can't log in", "SSO redirect loop", "Password reset email not arriving", "2FA codes rejected"),
    "Billing & Invoices": ("Charged twice", "Need a copy of invoice", "Update billing address", "Refund request"),
    "Reporting": ("Report totals look wrong", "Export to CSV fails", "Dashboard is slow", "Scheduled report missing"),
    "Integrations": ("Salesforce sync stopped", "Slack alerts not posting", "Webhook timing out",
                     "Zapier connection error"),
    "Mobile App": ("App crashes on launch", "Push notifications missing", "Can't upload photos", "Dark mode bug"),
    "API": ("API returns 500", "Rate limit too low", "Token expired early", "Pagination skips records"),
    "Data Import": ("CSV import fails", "Duplicate records after import", "Import stuck at 99%",
                    "Dates imported wrong"),
    "Notifications": ("Too many emails", "Digest not sent", "Wrong timezone in alerts", "Unsubscribe not working"),
}  # fmt: skip
JOB_TITLES = ("IT Manager", "Office Manager", "CTO", "Developer", "Operations Lead", "Finance Director", None)
CONTACT_FIRST = (
    "Alex", "Jordan", "Sam", "Taylor", "Morgan", "Casey", "Riley", "Jamie", "Avery", "Quinn", "Drew", "Robin",
    "Parker", "Reese", "Cameron", "Dana", "Elliot", "Frankie", "Hayden", "Kendall",
)  # fmt: skip
CONTACT_LAST = (
    "Smith", "Jones", "Brown", "Wilson", "Taylor", "Clarke", "Walsh", "Murphy", "Schmidt", "Larsen", "Dubois",
    "Nguyen", "Silva", "Kowalski", "O'Neill", "Hughes",
)  # fmt: skip
AGENT_LINES = ("Thanks for reaching out, looking into this now.", "Could you send a screenshot?",
               "We have escalated this to engineering.", "A fix has been deployed, can you confirm?",
               "Closing this as resolved.")  # fmt: skip
CUSTOMER_LINES = ("Still happening on our side.", "Screenshot attached.", "Any update on this?",
                  "Confirmed fixed, thanks!", "This is blocking our team.")  # fmt: skip


def _customers() -> list[tuple[Any, ...]]:
    return [(i, *row) for i, row in enumerate(CUSTOMERS, 1)]


def _contacts(rng: random.Random) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    used: set[str] = set()
    for customer_id, (company, *_rest) in enumerate(CUSTOMERS, 1):
        domain = company.lower().replace(" ", "").replace("&", "") + ".example"
        for k in range(rng.choice((1, 2, 2, 3, 3, 4))):
            while True:
                name = f"{rng.choice(CONTACT_FIRST)} {rng.choice(CONTACT_LAST)}"
                if name not in used:
                    used.add(name)
                    break
            first, last = name.split(" ", 1)
            email = f"{first.lower()}.{last.lower().replace(chr(39), '')}@{domain}"
            phone = None if rng.random() < 0.3 else f"+1 555 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
            rows.append((len(rows) + 1, customer_id, name, email, phone, rng.choice(JOB_TITLES), int(k == 0)))
    return rows


def _agents() -> list[tuple[Any, ...]]:
    rows = []
    for i, (name, team, lead, hired, active) in enumerate(AGENTS, 1):
        email = name.lower().replace(" ", ".") + "@supportdesk.example"
        rows.append((i, name, email, team, lead, hired, active))
    return rows


def _moment(rng: random.Random, first: datetime.date, last: datetime.date) -> datetime.datetime:
    day = random_day(rng, first, last)
    hour = rng.choices(range(24), [1, 1, 1, 1, 1, 2, 4, 8, 12, 14, 14, 13, 10, 12, 13, 12, 10, 8, 5, 3, 2, 2, 1, 1])[0]
    return datetime.datetime(day.year, day.month, day.day, hour, rng.randrange(60), rng.randrange(60))


def _tickets(rng: random.Random, contacts: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    by_customer: dict[int, list[int]] = {}
    for contact in contacts:
        by_customer.setdefault(contact[1], []).append(contact[0])
    raisers = [i for i in range(1, len(CUSTOMERS) + 1) if i not in QUIET]
    weights = [{"enterprise": 6, "business": 3, "starter": 1}[CUSTOMERS[i - 1][3]] for i in raisers]
    area_names = [a[0] for a in AREAS]
    area_weights = [a[2] for a in AREAS]
    team_members: dict[str, list[int]] = {}
    for i, (_, team, lead, _, _) in enumerate(AGENTS, 1):
        if lead is not None and i != NEWEST_AGENT:
            team_members.setdefault(team, []).append(i)
    rows: list[tuple[Any, ...]] = []
    end = NOW.date() - datetime.timedelta(days=1)
    for _ in range(1400):
        customer = rng.choices(raisers, weights)[0]
        signed = datetime.date.fromisoformat(CUSTOMERS[customer - 1][4])
        opened = _moment(rng, max(signed, datetime.date(2024, 1, 1)), end)
        area = rng.choices(range(1, len(AREAS) + 1), area_weights)[0]
        priority, first_hrs, res_hrs, _ = rng.choices(SLAS, [s[3] for s in SLAS])[0]
        channel = rng.choices([c for c, _ in CHANNELS], [w for _, w in CHANNELS])[0]
        subject = rng.choice(SUBJECTS[area_names[area - 1]])
        contact = None if rng.random() < 0.04 else rng.choice(by_customer[customer])
        team = AREAS[area - 1][1]
        if rng.random() < 0.25:
            team = "Tier 1" if team != "Tier 1" else "Tier 2"
        pool = [a for a in team_members[team]
                if datetime.date.fromisoformat(AGENTS[a - 1][3]) <= opened.date()
                and (a not in LEFT_ON or LEFT_ON[a] >= opened.date())]  # fmt: skip
        if not pool:
            pool = [a for a in team_members["Tier 1"] if datetime.date.fromisoformat(AGENTS[a - 1][3]) <= opened.date()]
        if rng.random() < 0.06:
            pool = [1 + rng.randrange(4) + 1]  # a lead takes it
        age_days = (NOW - opened).total_seconds() / 86400
        breach = rng.random() < 0.18
        first_resp = opened + datetime.timedelta(hours=rng.uniform(0.05, first_hrs * (2.5 if breach else 0.9)))
        resolve = opened + datetime.timedelta(hours=rng.uniform(0.3, res_hrs * (2.2 if breach else 0.95)))
        first_resp = min(first_resp, resolve)
        if age_days < 3 and rng.random() < 0.5:
            status = rng.choice(("open", "open", "pending"))
        elif age_days < 20 and rng.random() < 0.3:
            status = rng.choice(("open", "pending", "pending"))
        elif rng.random() < 0.008:
            status = "open"  # forgotten
        else:
            status = "solved" if (NOW - resolve).days < 7 else "closed"
        closed = resolve if status in ("solved", "closed") and resolve < NOW else None
        if closed is None and status in ("solved", "closed"):
            status = "pending"
        agent: int | None = rng.choice(pool)
        if status == "open" and rng.random() < 0.45:
            agent = None
        if status in ("open", "pending") and first_resp > NOW:
            first_resp = None  # type: ignore[assignment]
        if agent is None:
            first_resp = None  # type: ignore[assignment]
        csat = None
        if closed is not None and rng.random() < 0.4:
            mean = 4.3 - (1.6 if breach else 0) - (0.4 if area == BILLING_AREA else 0)
            csat = max(1, min(5, round(rng.gauss(mean, 0.8))))
        rows.append([None, customer, contact, agent, area, priority, status, channel, subject, opened, first_resp,
                     closed, csat])  # fmt: skip
    rows.sort(key=lambda r: r[9])
    return [(i, *r[1:9], iso(r[9]), iso(r[10]), iso(r[11]), r[12]) for i, r in enumerate(rows, 1)]


def _comments(rng: random.Random, tickets: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    for ticket in tickets:
        ticket_id, _, _, agent, _, _, _, channel, _, _, first_resp, closed, _ = ticket
        if first_resp is None or (channel == "phone" and rng.random() < 0.5) or rng.random() < 0.04:
            continue  # nobody wrote anything on it
        start = datetime.datetime.fromisoformat(first_resp)
        stop = datetime.datetime.fromisoformat(closed) if closed else NOW
        span = max(60.0, (stop - start).total_seconds())
        moments = sorted([start] + [start + datetime.timedelta(seconds=rng.uniform(0, span))
                                    for _ in range(rng.choice((0, 1, 1, 2, 2, 3, 4, 6)))])  # fmt: skip
        for k, moment in enumerate(moments):
            by_agent = k == 0 or rng.random() < 0.5
            internal = int(by_agent and k > 0 and rng.random() < 0.25)
            body = rng.choice(AGENT_LINES if by_agent else CUSTOMER_LINES)
            rows.append((len(rows) + 1, ticket_id, "agent" if by_agent else "customer", agent if by_agent else None,
                         internal, body, iso(moment.replace(microsecond=0))))  # fmt: skip
    return rows


def build(con: Any) -> None:
    rng = random.Random(SEED)
    cur = con.cursor()
    create(cur, SCHEMA)
    contacts = _contacts(rng)
    tickets = _tickets(rng, contacts)
    comments = _comments(rng, tickets)
    insert(cur, "customers", ("customer_id", "company_name", "industry", "country", "plan_tier", "signed_up"),
           _customers())  # fmt: skip
    insert(cur, "contacts", ("contact_id", "customer_id", "full_name", "email", "phone", "job_title", "is_primary"),
           contacts)  # fmt: skip
    insert(cur, "agents", ("agent_id", "name", "email", "team", "team_lead_id", "hired_on", "is_active"), _agents())
    insert(cur, "product_areas", ("area_id", "area_name", "owning_team"),
           [(i, name, team) for i, (name, team, _) in enumerate(AREAS, 1)])  # fmt: skip
    insert(cur, "sla_policies", ("sla_id", "priority", "first_response_hrs", "resolution_hrs"),
           [(i, p, f, r) for i, (p, f, r, _) in enumerate(SLAS, 1)])  # fmt: skip
    insert(cur, "tickets", ("ticket_id", "customer_id", "contact_id", "agent_id", "area_id", "priority", "status",
                            "channel", "subject", "opened_at", "first_response_at", "closed_at", "csat"), tickets)
    insert(cur, "ticket_comments", ("comment_id", "ticket_id", "author_type", "agent_id", "is_internal", "body",
                                    "created_at"), comments)  # fmt: skip


TK_AGENT = "FROM tickets t JOIN agents a ON a.agent_id = t.agent_id"
TK_CUST = "FROM tickets t JOIN customers c ON c.customer_id = t.customer_id"
TK_AREA = "FROM tickets t JOIN product_areas p ON p.area_id = t.area_id"
TK_SLA = "FROM tickets t JOIN sla_policies s ON s.priority = t.priority"
RES_HRS = "(julianday(t.closed_at) - julianday(t.opened_at)) * 24"
RESP_HRS = "(julianday(t.first_response_at) - julianday(t.opened_at)) * 24"
LAST_MONTH = "BETWEEN '2026-10-01' AND '2026-10-31 23:59:59'"
IN_2025 = "BETWEEN '2025-01-01' AND '2025-12-31 23:59:59'"

QUESTIONS: list[Case] = [
    # -- plain and easy --------------------------------------------------------------------------------------
    Case("how many customers do we have", "SELECT COUNT(*) FROM customers"),
    Case("hw many tickets are sitting in open status rn", "SELECT COUNT(*) FROM tickets WHERE status = 'open'"),
    Case("list the agents on the billing team", "SELECT name FROM agents WHERE team = 'Billing'"),
    Case("whats the resolution sla for urgent tickets",
         "SELECT resolution_hrs FROM sla_policies WHERE priority = 'urgent'"),
    Case("which companies are on the enterprise plan",
         "SELECT company_name FROM customers WHERE plan_tier = 'enterprise'"),
    Case("how many tickets came in by phone", "SELECT COUNT(*) FROM tickets WHERE channel = 'phone'"),
    Case("email address for hannah cho", "SELECT email FROM agents WHERE name = 'Hannah Cho'"),
    Case("how many contacts does acme logistics have",
         "SELECT COUNT(*) FROM contacts k JOIN customers c ON c.customer_id = k.customer_id "
         "WHERE c.company_name = 'Acme Logistics'"),
    Case("what product areas do we support", "SELECT area_name FROM product_areas"),
    Case("how many ticket comments are there in total", "SELECT COUNT(*) FROM ticket_comments"),
    # -- counts with filters ---------------------------------------------------------------------------------
    Case("how many urgent tickets were opened this year",
         "SELECT COUNT(*) FROM tickets WHERE priority = 'urgent' AND opened_at >= '2026-01-01'"),
    Case("no. of tickets raised by cobalt health", f"SELECT COUNT(*) {TK_CUST} WHERE c.company_name = 'Cobalt Health'"),
    Case("how many tickets has aisha khan resolved",
         f"SELECT COUNT(*) {TK_AGENT} WHERE a.name = 'Aisha Khan' AND t.closed_at IS NOT NULL"),
    Case("how many tickets havent been assigned to anyone", "SELECT COUNT(*) FROM tickets WHERE agent_id IS NULL"),
    Case("tickets opened last month", f"SELECT COUNT(*) FROM tickets WHERE opened_at {LAST_MONTH}"),
    Case("how many of our customers are based in germany", "SELECT COUNT(*) FROM customers WHERE country = 'Germany'"),
    Case("how many internal notes have agents left on tickets",
         "SELECT COUNT(*) FROM ticket_comments WHERE is_internal = 1"),
    Case("how many api tickets this year",
         f"SELECT COUNT(*) {TK_AREA} WHERE p.area_name = 'API' AND t.opened_at >= '2026-01-01'"),
    # -- sum / avg / min / max -------------------------------------------------------------------------------
    Case("avg csat score", "SELECT AVG(csat) FROM tickets"),
    Case("average time to resolve a ticket, in hours",
         f"SELECT AVG({RES_HRS}) FROM tickets t WHERE t.closed_at IS NOT NULL"),
    Case("whats the longest any ticket has taken to get resolved, in days",
         "SELECT MAX(julianday(closed_at) - julianday(opened_at)) FROM tickets"),
    Case("avg first response time on urgent tickets in minutes",
         f"SELECT AVG({RESP_HRS} * 60) FROM tickets t WHERE t.priority = 'urgent'"),
    Case("when did we get our very first ticket", "SELECT MIN(opened_at) FROM tickets"),
    Case("when was the most recent ticket opened", "SELECT MAX(opened_at) FROM tickets"),
    # -- top-N -----------------------------------------------------------------------------------------------
    Case("which agent has handled the most tickets",
         f"SELECT a.name {TK_AGENT} GROUP BY a.agent_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("top 4 customers by number of tickets",
         f"SELECT c.company_name {TK_CUST} GROUP BY c.customer_id ORDER BY COUNT(*) DESC LIMIT 4"),
    Case("which product area gets the most tickets",
         f"SELECT p.area_name {TK_AREA} GROUP BY p.area_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("3 agents with the best avg satisfaction rating, only counting agents with 20+ ratings",
         f"SELECT a.name {TK_AGENT} GROUP BY a.agent_id HAVING COUNT(t.csat) >= 20 "
         "ORDER BY AVG(t.csat) DESC LIMIT 3"),
    Case("which customer has the lowest average csat",
         f"SELECT c.company_name {TK_CUST} WHERE t.csat IS NOT NULL GROUP BY c.customer_id "
         "ORDER BY AVG(t.csat) LIMIT 1"),
    Case("which contact person raised the most tickets this year",
         "SELECT k.full_name FROM tickets t JOIN contacts k ON k.contact_id = t.contact_id "
         "WHERE t.opened_at >= '2026-01-01' GROUP BY k.contact_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("ticket ids of the 3 oldest tickets that still havent been resolved",
         "SELECT ticket_id FROM tickets WHERE closed_at IS NULL ORDER BY opened_at LIMIT 3"),
    Case("whos written the most comments last month (agents only)",
         "SELECT a.name FROM ticket_comments m JOIN agents a ON a.agent_id = m.agent_id "
         f"WHERE m.created_at {LAST_MONTH} GROUP BY a.agent_id ORDER BY COUNT(*) DESC LIMIT 1"),
    # -- per-group breakdowns --------------------------------------------------------------------------------
    Case("tickets per priority", "SELECT priority, COUNT(*) FROM tickets GROUP BY priority"),
    Case("ticket count by channel for 2025",
         f"SELECT channel, COUNT(*) FROM tickets WHERE opened_at {IN_2025} GROUP BY channel"),
    Case("avg csat by product area", f"SELECT p.area_name, AVG(t.csat) {TK_AREA} GROUP BY p.area_id"),
    Case("number of tickets in each product area, incl. areas with zero",
         "SELECT p.area_name, COUNT(t.ticket_id) FROM product_areas p LEFT JOIN tickets t ON t.area_id = p.area_id "
         "GROUP BY p.area_id"),
    Case("how many tickets does every agent have assigned? show 0 for those with none",
         "SELECT a.name, COUNT(t.ticket_id) FROM agents a LEFT JOIN tickets t ON t.agent_id = a.agent_id "
         "GROUP BY a.agent_id"),
    Case("monthly ticket volume this year",
         "SELECT strftime('%Y-%m', opened_at), COUNT(*) FROM tickets WHERE opened_at >= '2026-01-01' GROUP BY 1"),
    Case("how many customers on each plan", "SELECT plan_tier, COUNT(*) FROM customers GROUP BY plan_tier"),
    Case("avg hours to resolve, broken down by priority",
         f"SELECT t.priority, AVG({RES_HRS}) FROM tickets t GROUP BY t.priority"),
    Case("how many tickets has each support team handled",
         f"SELECT a.team, COUNT(*) {TK_AGENT} GROUP BY a.team"),
    Case("tickets per customer, including the ones who never logged any",
         "SELECT c.company_name, COUNT(t.ticket_id) FROM customers c LEFT JOIN tickets t "
         "ON t.customer_id = c.customer_id GROUP BY c.customer_id"),
    # -- anti-joins ------------------------------------------------------------------------------------------
    Case("which customers have never raised a ticket",
         "SELECT company_name FROM customers c WHERE NOT EXISTS "
         "(SELECT 1 FROM tickets t WHERE t.customer_id = c.customer_id)"),
    Case("tickets that never got a single comment",
         "SELECT COUNT(*) FROM tickets t WHERE NOT EXISTS "
         "(SELECT 1 FROM ticket_comments m WHERE m.ticket_id = t.ticket_id)"),
    Case("how many agents arent team lead for anybody",
         "SELECT COUNT(*) FROM agents a WHERE NOT EXISTS (SELECT 1 FROM agents x WHERE x.team_lead_id = a.agent_id)"),
    Case("agents who have never been assigned a ticket",
         "SELECT name FROM agents a WHERE NOT EXISTS (SELECT 1 FROM tickets t WHERE t.agent_id = a.agent_id)"),
    Case("is there any product area nobody has filed a ticket about",
         "SELECT EXISTS (SELECT 1 FROM product_areas p WHERE NOT EXISTS "
         "(SELECT 1 FROM tickets t WHERE t.area_id = p.area_id))"),
    Case("how many contacts have never opened a ticket",
         "SELECT COUNT(*) FROM contacts k WHERE NOT EXISTS "
         "(SELECT 1 FROM tickets t WHERE t.contact_id = k.contact_id)"),
    Case("customers with no tickets since the start of september",
         "SELECT company_name FROM customers c WHERE NOT EXISTS (SELECT 1 FROM tickets t "
         "WHERE t.customer_id = c.customer_id AND t.opened_at >= '2026-09-01')"),
    # -- ratios, comparisons with the average ----------------------------------------------------------------
    Case("what % of tickets are urgent", "SELECT 100.0 * SUM(priority = 'urgent') / COUNT(*) FROM tickets"),
    Case("percentage of resolved tickets that blew the resolution sla",
         f"SELECT 100.0 * AVG({RES_HRS} > s.resolution_hrs) {TK_SLA} WHERE t.closed_at IS NOT NULL"),
    Case("share of tickets coming in through chat", "SELECT AVG(channel = 'chat') FROM tickets"),
    Case("what fraction of resolved tickets got a satisfaction rating",
         "SELECT AVG(csat IS NOT NULL) FROM tickets WHERE closed_at IS NOT NULL"),
    Case("agents whose avg csat is higher than the overall average",
         f"SELECT a.name {TK_AGENT} GROUP BY a.agent_id HAVING AVG(t.csat) > (SELECT AVG(csat) FROM tickets)"),
    Case("how many resolved tickets took longer than the average resolution time",
         f"SELECT COUNT(*) FROM tickets t WHERE {RES_HRS} > (SELECT AVG({RES_HRS}) FROM tickets t)"),
    # -- self-reference --------------------------------------------------------------------------------------
    Case("who is yuki tanaka's team lead",
         "SELECT l.name FROM agents a JOIN agents l ON l.agent_id = a.team_lead_id WHERE a.name = 'Yuki Tanaka'"),
    Case("who reports to sofia lindqvist",
         "SELECT a.name FROM agents a JOIN agents l ON l.agent_id = a.team_lead_id WHERE l.name = 'Sofia Lindqvist'"),
    Case("list each agent next to their team lead (skip anyone who has no lead)",
         "SELECT a.name, l.name FROM agents a JOIN agents l ON l.agent_id = a.team_lead_id"),
    Case("how many ppl does marcus webb lead",
         "SELECT COUNT(*) FROM agents a JOIN agents l ON l.agent_id = a.team_lead_id WHERE l.name = 'Marcus Webb'"),
    Case("which team lead has the most people under them",
         "SELECT l.name FROM agents a JOIN agents l ON l.agent_id = a.team_lead_id GROUP BY l.agent_id "
         "ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("how many tickets have marcus webb's direct reports handled this year",
         "SELECT COUNT(*) FROM tickets t JOIN agents a ON a.agent_id = t.agent_id JOIN agents l "
         "ON l.agent_id = a.team_lead_id WHERE l.name = 'Marcus Webb' AND t.opened_at >= '2026-01-01'"),
    # -- yes / no --------------------------------------------------------------------------------------------
    Case("are there any urgent tickets still unresolved",
         "SELECT EXISTS (SELECT 1 FROM tickets WHERE priority = 'urgent' AND closed_at IS NULL)"),
    Case("has lighthouse charity ever opened a ticket with us",
         f"SELECT EXISTS (SELECT 1 {TK_CUST} WHERE c.company_name = 'Lighthouse Charity')"),
    Case("is the avg csat for billing & invoices lower than for reporting",
         f"SELECT (SELECT AVG(t.csat) {TK_AREA} WHERE p.area_name = 'Billing & Invoices') < "
         f"(SELECT AVG(t.csat) {TK_AREA} WHERE p.area_name = 'Reporting')"),
    Case("did we get more tickets in october than in september",
         "SELECT (SELECT COUNT(*) FROM tickets WHERE opened_at BETWEEN '2026-10-01' AND '2026-10-31 23:59:59') > "
         "(SELECT COUNT(*) FROM tickets WHERE opened_at BETWEEN '2026-09-01' AND '2026-09-30 23:59:59')"),
    Case("does every customer have a primary contact",
         "SELECT NOT EXISTS (SELECT 1 FROM customers c WHERE NOT EXISTS "
         "(SELECT 1 FROM contacts k WHERE k.customer_id = c.customer_id AND k.is_primary = 1))"),
    # -- HAVING ----------------------------------------------------------------------------------------------
    Case("customers with more than 70 tickets",
         f"SELECT c.company_name {TK_CUST} GROUP BY c.customer_id HAVING COUNT(*) > 70"),
    Case("agents whove resolved over 80 tickets",
         f"SELECT a.name {TK_AGENT} WHERE t.closed_at IS NOT NULL GROUP BY a.agent_id HAVING COUNT(*) > 80"),
    Case("product areas where avg satisfaction is under 3.85",
         f"SELECT p.area_name {TK_AREA} GROUP BY p.area_id HAVING AVG(t.csat) < 3.85"),
    # -- dates -----------------------------------------------------------------------------------------------
    Case("how many tickets have been opened since march",
         "SELECT COUNT(*) FROM tickets WHERE opened_at >= '2026-03-01'"),
    Case("how many tickets were opened on a weekend in 2025",
         f"SELECT COUNT(*) FROM tickets WHERE opened_at {IN_2025} AND strftime('%w', opened_at) IN ('0', '6')"),
    Case("how many agents did we hire before 2021", "SELECT COUNT(*) FROM agents WHERE hired_on < '2021-01-01'"),
    Case("how many new customers signed up in 2025",
         "SELECT COUNT(*) FROM customers WHERE signed_up BETWEEN '2025-01-01' AND '2025-12-31'"),
    Case("how many tickets were resolved this month", "SELECT COUNT(*) FROM tickets WHERE closed_at >= '2026-11-01'"),
    # -- NULLs -----------------------------------------------------------------------------------------------
    Case("tickets with no contact person on them", "SELECT COUNT(*) FROM tickets WHERE contact_id IS NULL"),
    Case("which contacts dont have a phone number on file", "SELECT full_name FROM contacts WHERE phone IS NULL"),
    # -- composed --------------------------------------------------------------------------------------------
    Case("for each priority, how many tickets missed the first response sla in 2025",
         f"SELECT t.priority, COUNT(*) {TK_SLA} WHERE t.opened_at {IN_2025} AND {RESP_HRS} > s.first_response_hrs "
         "GROUP BY t.priority"),
    Case("top 2 product areas by number of high or urgent tickets this year",
         f"SELECT p.area_name {TK_AREA} WHERE t.priority IN ('high', 'urgent') AND t.opened_at >= '2026-01-01' "
         "GROUP BY p.area_id ORDER BY COUNT(*) DESC LIMIT 2"),
    Case("among enterprise customers, who has the slowest avg resolution time",
         f"SELECT c.company_name {TK_CUST} WHERE c.plan_tier = 'enterprise' GROUP BY c.customer_id "
         f"ORDER BY AVG({RES_HRS}) DESC LIMIT 1"),
    Case("avg number of comments per ticket",
         "SELECT (SELECT COUNT(*) FROM ticket_comments) * 1.0 / (SELECT COUNT(*) FROM tickets)"),
    Case("which tier 2 agent replies fastest on average",
         f"SELECT a.name {TK_AGENT} WHERE a.team = 'Tier 2' GROUP BY a.agent_id ORDER BY AVG({RESP_HRS}) LIMIT 1"),
    Case("csat per team for tickets resolved in 2025",
         f"SELECT a.team, AVG(t.csat) {TK_AGENT} WHERE t.closed_at {IN_2025} GROUP BY a.team"),
    Case("how many tickets did tom brennan work before he left",
         f"SELECT COUNT(*) {TK_AGENT} WHERE a.name = 'Tom Brennan'"),
    # -- should refuse (the requests to change data come last) ------------------------------------------------
    Case("whats priya raman's phone number", None),
    Case("how much revenue does acme logistics bring in", None),
    Case("which agent has the highest salary", None),
    Case("when does kestrel airlines' contract come up for renewal", None),
    Case("how many employees does orbit telecom have", None),
    Case("when will the sso redirect bug be fixed", None),
    Case("predict how many tickets we'll get next month", None),
    Case("which agents are on vacation this week", None),
    Case("what are people saying about us on twitter", None),
    Case("what's the capital of norway", None),
    Case("write a polite reply to the latest ticket from cobalt health", None),
    Case("delete all closed tickets", None),
    Case("reassign all of tom brennans tickets to omar haddad", None),
    Case("bump every low priority ticket to urgent", None),
]
