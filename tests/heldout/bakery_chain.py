"""A small chain of bakeries: shops, products, daily sales lines, staff and their shifts, suppliers, and
deliveries of ingredients to the shops.

Written blind, like the rest of the held-out corpus: by someone who has not read the English reader. Column
names are terse in places (``prod_id``, ``sup_id``, ``qty``, ``amt``, ``dt``, ``first_nm``, ``hrs``), and the
keys are a mix: `sales.shop_id`, `staff.shop_id` and `deliveries.shop_id` are declared with REFERENCES, while
`sales.prod_id`, `shifts.staff_id`, `shifts.shop_id` and `deliveries.sup_id` are plain same-named integers
with no declared foreign key. Every date is ISO TEXT ('YYYY-MM-DD'), shift start and end are 'HH:MM' text,
money is REAL. A sales line is one product's takings at one shop on one day. The Riverside shop opened in
October 2026; Old Mill never opens on Sundays; the Pumpkin Spice Loaf (launching next week) and the Rye Sourdough
XL have never sold; Cotswold Honey Co has never delivered; the newest hires have no shifts yet; managers have
no ``hourly_rate``.
"""

from __future__ import annotations

import datetime
import random
from typing import Any

from .common import Case, create, insert, iso, money, random_day

SEED = 66184

SCHEMA = (
    """CREATE TABLE shops (
        shop_id INTEGER PRIMARY KEY,
        shop_name TEXT NOT NULL,
        town TEXT NOT NULL,
        opened TEXT NOT NULL,
        seats INTEGER NOT NULL
    )""",
    """CREATE TABLE products (
        prod_id INTEGER PRIMARY KEY,
        prod_name TEXT NOT NULL,
        category TEXT NOT NULL,
        unit_price REAL NOT NULL,
        is_vegan INTEGER NOT NULL,
        launched TEXT NOT NULL
    )""",
    """CREATE TABLE sales (
        line_id INTEGER PRIMARY KEY,
        shop_id INTEGER NOT NULL REFERENCES shops (shop_id),
        sale_date TEXT NOT NULL,
        prod_id INTEGER NOT NULL,
        qty INTEGER NOT NULL,
        line_total REAL NOT NULL
    )""",
    """CREATE TABLE staff (
        staff_id INTEGER PRIMARY KEY,
        shop_id INTEGER NOT NULL REFERENCES shops (shop_id),
        first_nm TEXT NOT NULL,
        last_nm TEXT NOT NULL,
        role TEXT NOT NULL,
        hourly_rate REAL,
        start_dt TEXT NOT NULL
    )""",
    """CREATE TABLE shifts (
        shift_id INTEGER PRIMARY KEY,
        staff_id INTEGER NOT NULL,
        shop_id INTEGER NOT NULL,
        dt TEXT NOT NULL,
        start_hr TEXT NOT NULL,
        end_hr TEXT NOT NULL,
        hrs REAL NOT NULL
    )""",
    """CREATE TABLE suppliers (
        sup_id INTEGER PRIMARY KEY,
        sup_name TEXT NOT NULL,
        city TEXT NOT NULL,
        supplies TEXT NOT NULL,
        phone TEXT
    )""",
    """CREATE TABLE deliveries (
        deliv_id INTEGER PRIMARY KEY,
        sup_id INTEGER NOT NULL,
        shop_id INTEGER NOT NULL REFERENCES shops (shop_id),
        dt TEXT NOT NULL,
        ingredient TEXT NOT NULL,
        qty REAL NOT NULL,
        unit TEXT NOT NULL,
        amt REAL NOT NULL
    )""",
)

# name, town, opened, seats, trade (relative volume)
SHOPS = (
    ("High Street", "Bristol", "2015-03-14", 24, 1.3),
    ("Station Road", "Bath", "2017-09-01", 12, 1.1),
    ("Harbourside", "Bristol", "2019-05-20", 30, 1.0),
    ("Old Mill", "Frome", "2020-11-07", 16, 0.6),
    ("Market Square", "Bath", "2022-04-02", 20, 0.9),
    ("Riverside", "Bristol", "2026-10-03", 10, 0.5),
)
OLD_MILL = 4
RIVERSIDE = 6
SALES_FROM = datetime.date(2025, 1, 1)
SALES_TO = datetime.date(2026, 11, 17)

# name, category, price, vegan, launched, daily demand
PRODUCTS = (
    ("White Sourdough", "bread", 4.20, 1, "2015-03-14", 14),
    ("Seeded Rye", "bread", 4.60, 1, "2015-03-14", 7),
    ("Baguette", "bread", 2.10, 1, "2015-03-14", 16),
    ("Wholemeal Tin Loaf", "bread", 3.40, 1, "2016-01-10", 6),
    ("Focaccia", "bread", 3.80, 1, "2021-05-01", 5),
    ("Butter Croissant", "pastry", 1.90, 0, "2015-03-14", 30),
    ("Pain au Chocolat", "pastry", 2.20, 0, "2015-03-14", 22),
    ("Almond Croissant", "pastry", 2.80, 0, "2016-06-01", 12),
    ("Cinnamon Bun", "pastry", 2.60, 0, "2018-02-01", 18),
    ("Vegan Danish", "pastry", 2.70, 1, "2023-01-15", 6),
    ("Victoria Sponge Slice", "cake", 3.50, 0, "2015-03-14", 8),
    ("Carrot Cake Slice", "cake", 3.70, 0, "2015-03-14", 9),
    ("Chocolate Brownie", "cake", 2.90, 0, "2015-03-14", 15),
    ("Lemon Drizzle Slice", "cake", 3.30, 1, "2019-03-01", 7),
    ("Celebration Cake (whole)", "cake", 32.00, 0, "2017-01-01", 0.4),
    ("Sausage Roll", "savoury", 3.10, 0, "2015-03-14", 20),
    ("Cheese & Onion Pasty", "savoury", 3.90, 0, "2016-09-01", 11),
    ("Spinach Feta Twist", "savoury", 3.60, 0, "2020-04-01", 6),
    ("Vegan Sausage Roll", "savoury", 3.20, 1, "2021-01-05", 8),
    ("Flat White", "drinks", 3.20, 0, "2015-03-14", 26),
    ("Pot of Tea", "drinks", 2.50, 1, "2015-03-14", 10),
    ("Fresh Orange Juice", "drinks", 2.90, 1, "2018-06-01", 5),
    ("Rye Sourdough XL", "bread", 7.50, 1, "2026-06-01", 0),
    ("Pumpkin Spice Loaf", "cake", 4.50, 0, "2026-11-25", 0),
)

FIRST = ("Amy", "Ben", "Cara", "Dev", "Ellie", "Finn", "Gemma", "Harry", "Isha", "Josh", "Kate", "Leo", "Maisie",
         "Nathan", "Olivia", "Pete", "Rhiannon", "Sam", "Tara", "Will", "Yasmin", "Zac", "Bryony", "Callum",
         "Dominika", "Ethan", "Freya", "George", "Hollie", "Ivan")  # fmt: skip
LAST = ("Allen", "Baker", "Carter", "Davies", "Edwards", "Foster", "Griffiths", "Hall", "Iqbal", "James", "King",
        "Lewis", "Morgan", "Nash", "Owen", "Price", "Rees", "Shaw", "Thomas", "Vaughan", "Ward", "Young",
        "Bishop", "Cole", "Dean", "Ellis", "Fox", "Green", "Hunt", "Irving")  # fmt: skip

# name, city, what they supply, phone
SUPPLIERS = (
    ("Millers Flour Ltd", "Gloucester", "flour", "01452 300411"),
    ("Westcountry Dairy", "Taunton", "dairy", "01823 220980"),
    ("Bean There Coffee", "Bristol", "coffee", None),
    ("Orchard Fruit Co", "Hereford", "fruit", "01432 510777"),
    ("Somerset Eggs", "Yeovil", "eggs", None),
    ("Pantry Wholesale", "Swindon", "dry goods", "01793 640022"),
    ("Cotswold Honey Co", "Cirencester", "honey", "01285 700355"),
)
# supplier, ingredient, unit, (low, high) quantity, price per unit, deliveries per week
INGREDIENTS = (
    (1, "flour", "kg", (50, 150), 0.85, 2),
    (2, "butter", "kg", (10, 40), 7.40, 2),
    (2, "milk", "litre", (20, 80), 1.10, 2),
    (3, "coffee beans", "kg", (4, 12), 18.50, 1),
    (4, "oranges", "kg", (10, 30), 2.10, 1),
    (5, "eggs", "dozen", (10, 40), 3.20, 1),
    (6, "sugar", "kg", (10, 40), 1.20, 1),
    (6, "chocolate", "kg", (4, 15), 9.80, 1),
)


def _shops() -> list[tuple[Any, ...]]:
    return [(i, name, town, opened, seats) for i, (name, town, opened, seats, _) in enumerate(SHOPS, 1)]


def _products() -> list[tuple[Any, ...]]:
    return [(i, name, cat, price, vegan, launched) for i, (name, cat, price, vegan, launched, _) in
            enumerate(PRODUCTS, 1)]  # fmt: skip


def _sales(rng: random.Random) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    span = (SALES_TO - SALES_FROM).days + 1
    for shop_id, (_, _, opened, _, trade) in enumerate(SHOPS, 1):
        first = max(SALES_FROM, datetime.date.fromisoformat(opened))
        for offset in range((first - SALES_FROM).days, span):
            day = SALES_FROM + datetime.timedelta(days=offset)
            weekday = day.weekday()
            if shop_id == OLD_MILL and weekday == 6:
                continue
            if (day.month, day.day) in ((12, 25), (12, 26), (1, 1)):
                continue
            busy = trade * (1.35 if weekday == 5 else 1.15 if weekday == 6 else 1.0)
            busy *= 1.2 if day.month == 12 else 0.9 if day.month in (1, 2) else 1.0
            for prod_id, (_, _, price, _, launched, demand) in enumerate(PRODUCTS, 1):
                if demand == 0 or day < datetime.date.fromisoformat(launched) or rng.random() < 0.55:
                    continue
                qty = max(1, round(rng.gauss(demand * busy, demand * busy * 0.3 + 0.5)))
                if demand < 1:
                    qty = rng.choice((1, 1, 2))
                rows.append((shop_id, iso(day), prod_id, qty, money(qty * price)))
    return [(i, *r) for i, r in enumerate(rows, 1)]


def _staff(rng: random.Random) -> list[tuple[Any, ...]]:
    names = [(f, LAST[(i * 7 + 3) % len(LAST)]) for i, f in enumerate(FIRST)]
    names += [(f, LAST[(i * 11 + 8) % len(LAST)]) for i, f in enumerate(FIRST[:12])]
    rng.shuffle(names)
    pool = iter(names)
    rows: list[tuple[Any, ...]] = []
    for shop_id, (_, _, opened, _, trade) in enumerate(SHOPS, 1):
        start = datetime.date.fromisoformat(opened)
        team = [("manager", None), ("baker", 14.5), ("baker", 13.9), ("counter", 11.9), ("counter", 12.2)]
        if trade >= 1.0:
            team += [("shift lead", 13.6), ("counter", 11.6)]
        for role, base in team:
            first, last = next(pool)
            rate = None if base is None else money(base + rng.choice((0, 0.25, 0.5, 0.75)))
            hired = random_day(rng, start, datetime.date(2026, 6, 30)) if shop_id != RIVERSIDE else start
            rows.append((len(rows) + 1, shop_id, first, last, role, rate, iso(hired)))
    for shop_id, role, hired in ((1, "counter", "2026-11-12"), (3, "baker", "2026-11-16")):  # no shifts yet
        first, last = next(pool)
        rows.append((len(rows) + 1, shop_id, first, last, role, 12.0 if role == "counter" else 14.5, hired))
    return rows


def _shifts(rng: random.Random, staff: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    first = datetime.date(2026, 7, 1)
    last = datetime.date(2026, 11, 28)
    starts = {"baker": ((4, 0), (5, 0)), "counter": ((7, 0), (11, 30)), "shift lead": ((6, 30), (7, 0)),
              "manager": ((8, 0), (9, 0))}  # fmt: skip
    for day_no in range((last - first).days + 1):
        day = first + datetime.timedelta(days=day_no)
        for member in staff:
            staff_id, shop_id, _, _, role, _, hired = member
            if datetime.date.fromisoformat(hired) > datetime.date(2026, 11, 10):
                continue
            if day < datetime.date.fromisoformat(hired) or day < datetime.date.fromisoformat(SHOPS[shop_id - 1][2]):
                continue
            if shop_id == OLD_MILL and day.weekday() == 6:
                continue
            if rng.random() > (0.55 if role != "manager" else 0.7):
                continue
            hour, minute = rng.choice(starts[role])
            lengths = (4.0, 6.0, 7.5, 8.0, 8.0, 8.5, 9.0, 10.0) if role != "counter" else (4.0, 5.0, 6.0, 8.0)
            length = rng.choice(lengths)
            end_minutes = hour * 60 + minute + int(length * 60)
            rows.append((staff_id, shop_id, iso(day), f"{hour:02d}:{minute:02d}",
                         f"{end_minutes // 60:02d}:{end_minutes % 60:02d}", length))  # fmt: skip
    return [(i, *r) for i, r in enumerate(rows, 1)]


def _deliveries(rng: random.Random) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    for shop_id, (_, _, opened, _, trade) in enumerate(SHOPS, 1):
        first = max(SALES_FROM, datetime.date.fromisoformat(opened) - datetime.timedelta(days=3))
        monday = first - datetime.timedelta(days=first.weekday())
        while monday <= SALES_TO:
            for sup_id, ingredient, unit, (low, high), price, per_week in INGREDIENTS:
                for k in range(per_week):
                    if rng.random() < 0.12:
                        continue
                    day = monday + datetime.timedelta(days=1 + 3 * k + rng.randint(0, 1))
                    if day < first or day > SALES_TO:
                        continue
                    qty = round(rng.uniform(low, high) * trade)
                    rows.append((sup_id, shop_id, iso(day), ingredient, float(qty), unit,
                                 money(qty * price * rng.uniform(0.97, 1.05))))  # fmt: skip
            monday += datetime.timedelta(days=7)
    rows.sort(key=lambda r: (r[2], r[1], r[0]))
    return [(i, *r) for i, r in enumerate(rows, 1)]


def build(con: Any) -> None:
    rng = random.Random(SEED)
    cur = con.cursor()
    create(cur, SCHEMA)
    staff = _staff(rng)
    insert(cur, "shops", ("shop_id", "shop_name", "town", "opened", "seats"), _shops())
    insert(cur, "products", ("prod_id", "prod_name", "category", "unit_price", "is_vegan", "launched"), _products())
    insert(cur, "sales", ("line_id", "shop_id", "sale_date", "prod_id", "qty", "line_total"), _sales(rng))
    insert(cur, "staff", ("staff_id", "shop_id", "first_nm", "last_nm", "role", "hourly_rate", "start_dt"), staff)
    insert(cur, "shifts", ("shift_id", "staff_id", "shop_id", "dt", "start_hr", "end_hr", "hrs"), _shifts(rng, staff))
    insert(cur, "suppliers", ("sup_id", "sup_name", "city", "supplies", "phone"),
           [(i, *s) for i, s in enumerate(SUPPLIERS, 1)])  # fmt: skip
    insert(cur, "deliveries", ("deliv_id", "sup_id", "shop_id", "dt", "ingredient", "qty", "unit", "amt"),
           _deliveries(rng))  # fmt: skip


SALE_PROD = "FROM sales s JOIN products p ON p.prod_id = s.prod_id"
SALE_SHOP = "FROM sales s JOIN shops h ON h.shop_id = s.shop_id"
SALE_BOTH = "FROM sales s JOIN products p ON p.prod_id = s.prod_id JOIN shops h ON h.shop_id = s.shop_id"
SHIFT_STAFF = "FROM shifts f JOIN staff e ON e.staff_id = f.staff_id"
DEL_SUP = "FROM deliveries d JOIN suppliers u ON u.sup_id = d.sup_id"
LAST_MONTH = "BETWEEN '2026-10-01' AND '2026-10-31'"
IN_2025 = "BETWEEN '2025-01-01' AND '2025-12-31'"
BEST_PER_SHOP = ("WITH x AS (SELECT shop_id, prod_id, SUM(qty) AS q FROM sales GROUP BY shop_id, prod_id), "
                 "r AS (SELECT shop_id, prod_id, RANK() OVER (PARTITION BY shop_id ORDER BY q DESC) AS rk FROM x) "
                 "SELECT h.shop_name, p.prod_name FROM r JOIN shops h ON h.shop_id = r.shop_id "
                 "JOIN products p ON p.prod_id = r.prod_id WHERE r.rk = 1")  # fmt: skip

QUESTIONS: list[Case] = [
    # -- plain and easy --------------------------------------------------------------------------------------
    Case("how many shops do we have", "SELECT COUNT(*) FROM shops"),
    Case("list all the cakes we sell", "SELECT prod_name FROM products WHERE category = 'cake'"),
    Case("how much is a butter croissant", "SELECT unit_price FROM products WHERE prod_name = 'Butter Croissant'"),
    Case("which of our shops are in bath", "SELECT shop_name FROM shops WHERE town = 'Bath'"),
    Case("how many vegan products are on the menu", "SELECT COUNT(*) FROM products WHERE is_vegan = 1"),
    Case("who are our suppliers", "SELECT sup_name FROM suppliers"),
    Case("how many staff work at harbourside",
         "SELECT COUNT(*) FROM staff e JOIN shops h ON h.shop_id = e.shop_id WHERE h.shop_name = 'Harbourside'"),
    Case("whats the priciest thing we sell", "SELECT prod_name FROM products ORDER BY unit_price DESC LIMIT 1"),
    Case("when did the riverside shop open", "SELECT opened FROM shops WHERE shop_name = 'Riverside'"),
    Case("what does millers flour supply us with",
         "SELECT supplies FROM suppliers WHERE sup_name = 'Millers Flour Ltd'"),
    # -- counts with filters ---------------------------------------------------------------------------------
    Case("how many butter croissants did we sell yesterday, all shops",
         f"SELECT SUM(s.qty) {SALE_PROD} WHERE p.prod_name = 'Butter Croissant' AND s.sale_date = '2026-11-17'"),
    Case("hw many deliveries came from millers flour last month",
         f"SELECT COUNT(*) {DEL_SUP} WHERE u.sup_name = 'Millers Flour Ltd' AND d.dt {LAST_MONTH}"),
    Case("how many bakers do we employ", "SELECT COUNT(*) FROM staff WHERE role = 'baker'"),
    Case("how many shifts are on the rota after today", "SELECT COUNT(*) FROM shifts WHERE dt > '2026-11-18'"),
    Case("total number of loaves sold this year (everything in the bread category)",
         f"SELECT SUM(s.qty) {SALE_PROD} WHERE p.category = 'bread' AND s.sale_date >= '2026-01-01'"),
    Case("how many flat whites did station road sell in october",
         f"SELECT SUM(s.qty) {SALE_BOTH} WHERE p.prod_name = 'Flat White' AND h.shop_name = 'Station Road' "
         f"AND s.sale_date {LAST_MONTH}"),
    # -- sum / avg / min / max -------------------------------------------------------------------------------
    Case("total takings last month", f"SELECT SUM(line_total) FROM sales WHERE sale_date {LAST_MONTH}"),
    Case("avg hourly rate for counter staff", "SELECT AVG(hourly_rate) FROM staff WHERE role = 'counter'"),
    Case("revenue for station road in 2025",
         f"SELECT SUM(s.line_total) {SALE_SHOP} WHERE h.shop_name = 'Station Road' AND s.sale_date {IN_2025}"),
    Case("average amount we pay per delivery", "SELECT AVG(amt) FROM deliveries"),
    Case("which day had the highest total sales across all shops",
         "SELECT sale_date FROM sales GROUP BY sale_date ORDER BY SUM(line_total) DESC LIMIT 1"),
    Case("avg shift length in hours", "SELECT AVG(hrs) FROM shifts"),
    Case("earliest sale date on record", "SELECT MIN(sale_date) FROM sales"),
    Case("how much butter have we had delivered in total, in kg",
         "SELECT SUM(qty) FROM deliveries WHERE ingredient = 'butter'"),
    # -- top-N -----------------------------------------------------------------------------------------------
    Case("top 5 best sellers by quantity",
         f"SELECT p.prod_name {SALE_PROD} GROUP BY p.prod_id ORDER BY SUM(s.qty) DESC LIMIT 5"),
    Case("which shop makes the most money",
         f"SELECT h.shop_name {SALE_SHOP} GROUP BY h.shop_id ORDER BY SUM(s.line_total) DESC LIMIT 1"),
    Case("3 products bringing in the least revenue (of the ones that have sold at all)",
         f"SELECT p.prod_name {SALE_PROD} GROUP BY p.prod_id ORDER BY SUM(s.line_total) LIMIT 3"),
    Case("which supplier do we spend the most with",
         f"SELECT u.sup_name {DEL_SUP} GROUP BY u.sup_id ORDER BY SUM(d.amt) DESC LIMIT 1"),
    Case("who worked the most hours last month",
         f"SELECT e.first_nm, e.last_nm {SHIFT_STAFF} WHERE f.dt {LAST_MONTH} GROUP BY e.staff_id "
         "ORDER BY SUM(f.hrs) DESC LIMIT 1"),
    Case("best selling pastry this year by units",
         f"SELECT p.prod_name {SALE_PROD} WHERE p.category = 'pastry' AND s.sale_date >= '2026-01-01' "
         "GROUP BY p.prod_id ORDER BY SUM(s.qty) DESC LIMIT 1"),
    Case("which town brings in the most revenue",
         f"SELECT h.town {SALE_SHOP} GROUP BY h.town ORDER BY SUM(s.line_total) DESC LIMIT 1"),
    Case("the 2 highest paid bakers by hourly rate",
         "SELECT first_nm, last_nm FROM staff WHERE role = 'baker' ORDER BY hourly_rate DESC LIMIT 2"),
    # -- per-group breakdowns --------------------------------------------------------------------------------
    Case("sales by shop for 2025", f"SELECT h.shop_name, SUM(s.line_total) {SALE_SHOP} WHERE s.sale_date {IN_2025} "
         "GROUP BY h.shop_id"),
    Case("units sold per category", f"SELECT p.category, SUM(s.qty) {SALE_PROD} GROUP BY p.category"),
    Case("how much have we spent with each supplier? show 0 for any we never ordered from",
         "SELECT u.sup_name, COALESCE(SUM(d.amt), 0) FROM suppliers u LEFT JOIN deliveries d ON d.sup_id = u.sup_id "
         "GROUP BY u.sup_id"),
    Case("monthly revenue this year",
         "SELECT strftime('%Y-%m', sale_date), SUM(line_total) FROM sales WHERE sale_date >= '2026-01-01' GROUP BY 1"),
    Case("headcount per shop",
         "SELECT h.shop_name, COUNT(*) FROM staff e JOIN shops h ON h.shop_id = e.shop_id GROUP BY h.shop_id"),
    Case("total hours worked per role in october",
         f"SELECT e.role, SUM(f.hrs) {SHIFT_STAFF} WHERE f.dt {LAST_MONTH} GROUP BY e.role"),
    Case("units sold of every product, with 0 for products that never sold",
         "SELECT p.prod_name, COALESCE(SUM(s.qty), 0) FROM products p LEFT JOIN sales s ON s.prod_id = p.prod_id "
         "GROUP BY p.prod_id"),
    Case("avg daily takings for each shop, on the days it traded",
         f"SELECT h.shop_name, SUM(s.line_total) / COUNT(DISTINCT s.sale_date) {SALE_SHOP} GROUP BY h.shop_id"),
    Case("delivery spend by ingredient in 2025",
         f"SELECT ingredient, SUM(amt) FROM deliveries WHERE dt {IN_2025} GROUP BY ingredient"),
    # -- anti-joins ------------------------------------------------------------------------------------------
    Case("products that have never sold",
         "SELECT prod_name FROM products p WHERE NOT EXISTS (SELECT 1 FROM sales s WHERE s.prod_id = p.prod_id)"),
    Case("suppliers we've never had a delivery from",
         "SELECT sup_name FROM suppliers u WHERE NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.sup_id = u.sup_id)"),
    Case("which staff havent worked a single shift",
         "SELECT first_nm, last_nm FROM staff e WHERE NOT EXISTS "
         "(SELECT 1 FROM shifts f WHERE f.staff_id = e.staff_id)"),
    Case("did old mill ever open on a sunday",
         "SELECT EXISTS (SELECT 1 FROM sales s JOIN shops h ON h.shop_id = s.shop_id WHERE h.shop_name = 'Old Mill' "
         "AND strftime('%w', s.sale_date) = '0')"),
    Case("which products did high street not sell any of yesterday",
         "SELECT prod_name FROM products p WHERE NOT EXISTS (SELECT 1 FROM sales s JOIN shops h "
         "ON h.shop_id = s.shop_id WHERE s.prod_id = p.prod_id AND h.shop_name = 'High Street' "
         "AND s.sale_date = '2026-11-17')"),
    Case("how many staff had no shifts at all in october",
         "SELECT COUNT(*) FROM staff e WHERE NOT EXISTS (SELECT 1 FROM shifts f WHERE f.staff_id = e.staff_id "
         f"AND f.dt {LAST_MONTH})"),
    # -- ratios, comparisons with the average ----------------------------------------------------------------
    Case("what % of revenue comes from cakes",
         f"SELECT 100.0 * SUM(CASE WHEN p.category = 'cake' THEN s.line_total ELSE 0 END) / SUM(s.line_total) "
         f"{SALE_PROD}"),
    Case("what share of our products are vegan", "SELECT AVG(is_vegan) FROM products"),
    Case("what proportion of shifts run longer than 8 hours", "SELECT AVG(hrs > 8) FROM shifts"),
    Case("products priced above the average price",
         "SELECT prod_name FROM products WHERE unit_price > (SELECT AVG(unit_price) FROM products)"),
    Case("of the shops that traded in 2025, which beat the avg shop revenue for that year",
         f"WITH y AS (SELECT shop_id, SUM(line_total) AS rev FROM sales WHERE sale_date {IN_2025} GROUP BY shop_id) "
         "SELECT h.shop_name FROM y JOIN shops h ON h.shop_id = y.shop_id WHERE y.rev > (SELECT AVG(rev) FROM y)"),
    Case("what fraction of delivery spend goes to millers flour",
         "SELECT SUM(CASE WHEN u.sup_name = 'Millers Flour Ltd' THEN d.amt ELSE 0 END) / SUM(d.amt) "
         f"{DEL_SUP}"),
    # -- yes / no --------------------------------------------------------------------------------------------
    Case("do we sell any vegan cakes",
         "SELECT EXISTS (SELECT 1 FROM products WHERE category = 'cake' AND is_vegan = 1)"),
    Case("has riverside sold more than 5000 items since it opened",
         f"SELECT (SELECT SUM(s.qty) {SALE_SHOP} WHERE h.shop_name = 'Riverside') > 5000"),
    Case("is station road out-earning high street this year",
         f"SELECT (SELECT SUM(s.line_total) {SALE_SHOP} WHERE h.shop_name = 'Station Road' "
         f"AND s.sale_date >= '2026-01-01') > (SELECT SUM(s.line_total) {SALE_SHOP} "
         "WHERE h.shop_name = 'High Street' AND s.sale_date >= '2026-01-01')"),
    Case("were there any dairy deliveries this month",
         f"SELECT EXISTS (SELECT 1 {DEL_SUP} WHERE u.supplies = 'dairy' AND d.dt >= '2026-11-01')"),
    # -- HAVING ----------------------------------------------------------------------------------------------
    Case("products that sold over 10k units in 2025",
         f"SELECT p.prod_name {SALE_PROD} WHERE s.sale_date {IN_2025} GROUP BY p.prod_id HAVING SUM(s.qty) > 10000"),
    Case("staff who put in more than 300 hours across september and october",
         f"SELECT e.first_nm, e.last_nm {SHIFT_STAFF} WHERE f.dt BETWEEN '2026-09-01' AND '2026-10-31' "
         "GROUP BY e.staff_id HAVING SUM(f.hrs) > 300"),
    Case("how many days has the chain taken more than 1500 quid in total",
         "SELECT COUNT(*) FROM (SELECT sale_date FROM sales GROUP BY sale_date HAVING SUM(line_total) > 1500)"),
    # -- dates -----------------------------------------------------------------------------------------------
    Case("sales so far this month", "SELECT SUM(line_total) FROM sales WHERE sale_date >= '2026-11-01'"),
    Case("how many staff have started since march", "SELECT COUNT(*) FROM staff WHERE start_dt >= '2026-03-01'"),
    Case("revenue in q3 2026",
         "SELECT SUM(line_total) FROM sales WHERE sale_date BETWEEN '2026-07-01' AND '2026-09-30'"),
    Case("how much flour was delivered in 2025, in kg",
         f"SELECT SUM(qty) FROM deliveries WHERE ingredient = 'flour' AND dt {IN_2025}"),
    Case("date of the last delivery to each shop",
         "SELECT h.shop_name, MAX(d.dt) FROM deliveries d JOIN shops h ON h.shop_id = d.shop_id GROUP BY h.shop_id"),
    Case("takings on christmas eve 2025", "SELECT SUM(line_total) FROM sales WHERE sale_date = '2025-12-24'"),
    # -- NULLs -----------------------------------------------------------------------------------------------
    Case("suppliers with no phone number on file", "SELECT sup_name FROM suppliers WHERE phone IS NULL"),
    Case("how many staff dont have an hourly rate", "SELECT COUNT(*) FROM staff WHERE hourly_rate IS NULL"),
    # -- composed --------------------------------------------------------------------------------------------
    Case("top 3 savoury items at market square this year, by units",
         f"SELECT p.prod_name {SALE_BOTH} WHERE p.category = 'savoury' AND h.shop_name = 'Market Square' "
         "AND s.sale_date >= '2026-01-01' GROUP BY p.prod_id ORDER BY SUM(s.qty) DESC LIMIT 3"),
    Case("which shop sold the most cake (in units) last month",
         f"SELECT h.shop_name {SALE_BOTH} WHERE p.category = 'cake' AND s.sale_date {LAST_MONTH} "
         "GROUP BY h.shop_id ORDER BY SUM(s.qty) DESC LIMIT 1"),
    Case("avg qty per sales line for each category in 2026",
         f"SELECT p.category, AVG(s.qty) {SALE_PROD} WHERE s.sale_date >= '2026-01-01' GROUP BY p.category"),
    Case("best selling product at each shop, by units", BEST_PER_SHOP),
    Case("wage bill per shop for october (hours x hourly rate, hourly staff only)",
         "SELECT h.shop_name, SUM(f.hrs * e.hourly_rate) FROM shifts f JOIN staff e ON e.staff_id = f.staff_id "
         f"JOIN shops h ON h.shop_id = f.shop_id WHERE f.dt {LAST_MONTH} AND e.hourly_rate IS NOT NULL "
         "GROUP BY h.shop_id"),
    Case("which baker at harbourside has done the most shifts",
         f"SELECT e.first_nm, e.last_nm {SHIFT_STAFF} JOIN shops h ON h.shop_id = e.shop_id "
         "WHERE e.role = 'baker' AND h.shop_name = 'Harbourside' GROUP BY e.staff_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("how much has harbourside spent on butter this year",
         "SELECT SUM(d.amt) FROM deliveries d JOIN shops h ON h.shop_id = d.shop_id WHERE h.shop_name = 'Harbourside' "
         "AND d.ingredient = 'butter' AND d.dt >= '2026-01-01'"),
    Case("avg price of a vegan product vs a non vegan one",
         "SELECT AVG(unit_price) FROM products GROUP BY is_vegan"),
    # -- should refuse (the requests to change data come last) ------------------------------------------------
    Case("whats the recipe for our white sourdough", None),
    Case("how many calories are in a cinnamon bun", None),
    Case("which customers buy the most cake", None),
    Case("what's the rent on the high street shop", None),
    Case("how many likes did our last instagram post get", None),
    Case("how many loaves did we throw away yesterday", None),
    Case("what's the weather in bath tomorrow", None),
    Case("which staff are allergic to nuts", None),
    Case("whats the phone number for the harbourside shop", None),
    Case("predict our takings for christmas eve this year", None),
    Case("write a job ad for a weekend baker", None),
    Case("delete all the sales from 2025", None),
    Case("put the price of every cake up by 10%", None),
    Case("remove whoever has worked the fewest shifts from the staff list", None),
]
