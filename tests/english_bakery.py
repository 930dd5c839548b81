"""A bakery's shops, bakers, items, customers, orders and bakes: a schema the English reader never saw,
with questions written before it read them (issue 16's held-out discipline, third English pass).

Its shape differs from the other fresh sets on purpose: no foreign key is declared except a baker's head
baker (a self-reference), so links must be inferred from names that are abbreviated (`cust_id`) or not keys
at all by their spelling (`order_no`); every date is TEXT, some as dates, some as minutes ('2025-03-14
09:30'); money is on the order lines (`qty` × `price_each`), never in a column called revenue or total; the
quantity of a bake is a bare verb (`made`, `wasted`).

"Today" is 2026-11-18 (a Wednesday), as in the other sets. The questions are in the words people type.
A reference of None means Dave should refuse.
"""

from __future__ import annotations

import datetime
import random
from typing import Any

from tests.heldout.common import Case, create, insert, iso, money, random_day

__all__ = ["BAKERY", "build_bakery"]

_SEED = 2468

_SCHEMA = (
    "CREATE TABLE shops (shop_id INTEGER PRIMARY KEY, shop_name TEXT NOT NULL, district TEXT, opened TEXT)",
    "CREATE TABLE bakers (baker_id INTEGER PRIMARY KEY, full_name TEXT NOT NULL, shop_id INTEGER, "
    "head_baker_id INTEGER REFERENCES bakers (baker_id), started TEXT, birthday TEXT, wage_per_hour REAL)",
    "CREATE TABLE items (item_id INTEGER PRIMARY KEY, item_name TEXT NOT NULL, category TEXT, unit_price REAL, "
    "gluten_free INTEGER, launched TEXT)",
    "CREATE TABLE customers (cust_id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT, loyalty_tier TEXT, "
    "joined TEXT)",
    "CREATE TABLE orders (order_no INTEGER PRIMARY KEY, cust_id INTEGER, shop_id INTEGER, placed_at TEXT, "
    "pickup_date TEXT, channel TEXT, status TEXT)",
    "CREATE TABLE order_lines (line_id INTEGER PRIMARY KEY, order_no INTEGER, item_id INTEGER, qty INTEGER, "
    "price_each REAL)",
    "CREATE TABLE batches (batch_id INTEGER PRIMARY KEY, item_id INTEGER, baker_id INTEGER, baked_on TEXT, "
    "made INTEGER, wasted INTEGER)",
)

_SHOPS = ((1, "Riverside", "Old Town", "2016-04-01"), (2, "Market Hall", "Centre", "2019-09-14"),
          (3, "Hilltop", "North End", "2022-05-20"), (4, "Station Kiosk", "Centre", "2025-02-03"))
# baker_id, full_name, shop, head baker, started, birthday, wage per hour (the kiosk has no bakers)
_BAKERS = (
    (1, "Odile Marchand", 1, None, "2016-03-20", "1971-02-11", 24.5),
    (2, "Tom Pryce", 1, 1, "2018-07-02", "1990-11-29", 17.0),
    (3, "Beatriz Souza", 2, None, "2019-08-30", "1983-06-04", 22.0),
    (4, "Kenji Ito", 2, 3, "2020-01-13", "1995-12-19", 16.5),
    (5, "Hannah Olsen", 2, 3, "2021-10-04", "1999-03-27", 15.25),
    (6, "Samir Haddad", 3, None, "2022-05-02", "1978-09-15", 21.0),
    (7, "Lotte de Vries", 3, 6, "2023-02-27", "2001-11-24", 14.75),
    (8, "Rory Quinn", 1, 1, "2024-09-09", "1997-07-08", 15.5),
    (9, "Aoife Byrne", 3, 6, "2026-10-05", "2004-01-30", 13.0),  # an apprentice: no bakes yet
)
# item_id, name, category, price, gluten free, launched
_ITEMS = (
    (1, "Sourdough Loaf", "bread", 5.2, 0, "2016-04-01"), (2, "Rye Bread", "bread", 4.6, 0, "2016-04-01"),
    (3, "Seeded Batch", "bread", 4.1, 0, "2018-03-10"), (4, "Buckwheat Loaf", "bread", 5.9, 1, "2023-06-01"),
    (5, "Croissant", "pastry", 2.4, 0, "2016-04-01"), (6, "Pain au Chocolat", "pastry", 2.7, 0, "2016-04-01"),
    (7, "Cinnamon Bun", "pastry", 3.1, 0, "2019-09-14"), (8, "Almond Danish", "pastry", 3.4, 0, "2021-02-15"),
    (9, "Lemon Drizzle", "cake", 18.0, 0, "2017-05-05"), (10, "Carrot Cake", "cake", 21.5, 0, "2018-10-01"),
    (11, "Flourless Chocolate Torte", "cake", 26.0, 1, "2022-11-11"),
    (12, "Victoria Sponge", "cake", 19.5, 0, "2016-04-01"),
    (13, "Oat Cookie", "cookie", 1.6, 0, "2016-04-01"), (14, "Macaron Box", "cookie", 9.0, 1, "2024-04-20"),
    (15, "Pumpkin Loaf", "bread", 6.3, 0, "2026-10-20"),  # too new to have been ordered
    (16, "Chestnut Tart", "cake", 23.0, 1, "2026-11-02"),  # too new to have been ordered
)
_GIVEN = ("Alba", "Bram", "Cora", "Dilan", "Esme", "Femi", "Gia", "Hal", "Iris", "Jude", "Kemal", "Liv", "Maeve",
          "Nico", "Orla", "Pim", "Quentin", "Rosa", "Silas", "Tova")
_FAMILY = ("Abbott", "Brennan", "Castro", "Dunne", "Engel", "Farrow", "Garza", "Holt", "Ibsen", "Joyce", "Keane",
           "Lund", "Mercer", "Novak", "Ortiz", "Pike", "Rowan", "Sato", "Thorne", "Usher", "Voss", "Wilde")
_TIERS = (("none", 60), ("silver", 28), ("gold", 12))
_CHANNELS = (("walk-in", 50), ("app", 35), ("phone", 15))


def build_bakery(con: Any) -> None:
    rng = random.Random(_SEED)
    cur = con.cursor()
    create(cur, _SCHEMA)
    insert(cur, "shops", ("shop_id", "shop_name", "district", "opened"), _SHOPS)
    insert(cur, "bakers", ("baker_id", "full_name", "shop_id", "head_baker_id", "started", "birthday",
                           "wage_per_hour"), _BAKERS)
    insert(cur, "items", ("item_id", "item_name", "category", "unit_price", "gluten_free", "launched"), _ITEMS)
    customers = []
    for number in range(1, 81):
        name = "Mira Kowalski" if number == 7 else f"{_GIVEN[number % 20]} {_FAMILY[(number * 3) % 22]}"
        tier = rng.choices([t for t, _ in _TIERS], [w for _, w in _TIERS])[0]
        joined = random_day(rng, datetime.date(2023, 6, 1), datetime.date(2026, 11, 10))
        customers.append((number, name, f"{name.split()[0].lower()}{number}@example.org", tier, iso(joined)))
    insert(cur, "customers", ("cust_id", "name", "email", "loyalty_tier", "joined"), customers)
    orders, lines = [], []
    prices = {item[0]: item[3] for item in _ITEMS}
    for number in range(1, 1501):
        placed = datetime.datetime(2024, 1, 1, 7) + datetime.timedelta(
            days=rng.randrange(0, (datetime.date(2026, 11, 18) - datetime.date(2024, 1, 1)).days),
            minutes=rng.randrange(0, 11 * 60))
        status = rng.choices(("collected", "cancelled"), (94, 6))[0]
        if placed.date() >= datetime.date(2026, 11, 14) and status == "collected":
            status = "waiting"
        shop = rng.choices((1, 2, 3, 4), (40, 30, 20, 10 if placed.date() >= datetime.date(2025, 2, 3) else 0))[0]
        pickup = placed.date() + datetime.timedelta(days=rng.choice((0, 0, 1, 2)))
        orders.append((number, rng.randint(1, 76), shop, placed.strftime("%Y-%m-%d %H:%M"), iso(pickup),
                       rng.choices([c for c, _ in _CHANNELS], [w for _, w in _CHANNELS])[0], status))
        for item in rng.sample(range(1, 15), rng.randint(1, 3)):  # customers 77-80 and items 15-16: never ordered
            raised = 1.1 if placed.year == 2026 and item in (1, 9, 10) else 1.0
            lines.append((len(lines) + 1, number, item, rng.randint(1, 6 if prices[item] < 10 else 1),
                          money(prices[item] / raised if placed.year < 2026 else prices[item])))
    insert(cur, "orders", ("order_no", "cust_id", "shop_id", "placed_at", "pickup_date", "channel", "status"),
           orders)
    insert(cur, "order_lines", ("line_id", "order_no", "item_id", "qty", "price_each"), lines)
    batches = []
    for day in range(0, 700, 2):
        baked = datetime.date(2025, 1, 1) + datetime.timedelta(days=day)
        if baked >= datetime.date(2026, 11, 18):
            break
        for item in rng.sample(range(1, 15), 4):
            made = rng.randint(6, 60)
            batches.append((len(batches) + 1, item, rng.randint(1, 8), iso(baked), made,
                            rng.randint(0, made // 5)))
    insert(cur, "batches", ("batch_id", "item_id", "baker_id", "baked_on", "made", "wasted"), batches)
    con.commit()


_LINE_MONEY = "l.qty * l.price_each"
_Y2025 = "o.placed_at >= '2025-01-01' AND o.placed_at < '2026-01-01'"

BAKERY: list[Case] = [
    # plain
    Case("how many custmers do we have", "SELECT COUNT(*) FROM customers"),
    Case("how many gold customers are there", "SELECT COUNT(*) FROM customers WHERE loyalty_tier = 'gold'"),
    Case("list all the gluten free items", "SELECT item_name FROM items WHERE gluten_free = 1"),
    Case("how many orders came through the app", "SELECT COUNT(*) FROM orders WHERE channel = 'app'"),
    Case("average qty per order line", "SELECT AVG(qty) FROM order_lines"),
    Case("orders still waiting", "SELECT COUNT(*) FROM orders WHERE status = 'waiting'"),
    # extremes
    Case("whats the most expensive cake",
         "SELECT item_name FROM items WHERE category = 'cake' ORDER BY unit_price DESC LIMIT 1"),
    Case("cheapest 3 breads", "SELECT item_name FROM items WHERE category = 'bread' ORDER BY unit_price LIMIT 3"),
    Case("oldest baker", "SELECT full_name FROM bakers ORDER BY birthday LIMIT 1"),
    Case("first customer to join", "SELECT name FROM customers ORDER BY joined LIMIT 1"),
    Case("the 5 most recent orders", "SELECT order_no FROM orders ORDER BY placed_at DESC LIMIT 5"),
    # money on the lines
    Case("total sales in 2025",
         f"SELECT SUM({_LINE_MONEY}) FROM order_lines l JOIN orders o ON o.order_no = l.order_no WHERE {_Y2025}"),
    Case("revenue by shop",
         f"SELECT s.shop_name, SUM({_LINE_MONEY}) FROM order_lines l JOIN orders o ON o.order_no = l.order_no "
         "JOIN shops s ON s.shop_id = o.shop_id GROUP BY s.shop_id"),
    Case("top 3 customers by spend this year",
         f"SELECT c.name FROM customers c JOIN orders o ON o.cust_id = c.cust_id JOIN order_lines l "
         "ON l.order_no = o.order_no WHERE o.placed_at >= '2026-01-01' GROUP BY c.cust_id "
         f"ORDER BY SUM({_LINE_MONEY}) DESC LIMIT 3"),
    Case("average order value",
         f"SELECT AVG(t) FROM (SELECT SUM({_LINE_MONEY}) AS t FROM order_lines l GROUP BY l.order_no)"),
    # which Y has the most X
    Case("which shop gets the most orders",
         "SELECT s.shop_name FROM shops s JOIN orders o ON o.shop_id = s.shop_id GROUP BY s.shop_id "
         "ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which item has sold the most units",
         "SELECT i.item_name FROM items i JOIN order_lines l ON l.item_id = i.item_id GROUP BY i.item_id "
         "ORDER BY SUM(l.qty) DESC LIMIT 1"),
    # per group
    Case("orders per channel", "SELECT channel, COUNT(*) FROM orders GROUP BY channel"),
    Case("orders month by month this year",
         "SELECT strftime('%Y-%m', placed_at), COUNT(*) FROM orders WHERE placed_at >= '2026-01-01' GROUP BY 1"),
    Case("waste by category",
         "SELECT i.category, SUM(b.wasted) FROM batches b JOIN items i ON i.item_id = b.item_id "
         "GROUP BY i.category"),
    Case("how many batches has each baker baked",
         "SELECT k.full_name, COUNT(b.batch_id) FROM bakers k LEFT JOIN batches b ON b.baker_id = k.baker_id "
         "GROUP BY k.baker_id"),
    # anti-joins
    Case("customers who have never ordered",
         "SELECT name FROM customers WHERE cust_id NOT IN (SELECT cust_id FROM orders)"),
    Case("items nobody has ever ordered",
         "SELECT item_name FROM items WHERE item_id NOT IN (SELECT item_id FROM order_lines)"),
    Case("shops without any bakers",
         "SELECT shop_name FROM shops WHERE shop_id NOT IN (SELECT shop_id FROM bakers)"),
    # ratios
    Case("what percentage of orders were cancelled", "SELECT 100.0 * AVG(status = 'cancelled') FROM orders"),
    Case("proportion of items that are gluten free", "SELECT AVG(gluten_free) FROM items"),
    # against the average
    Case("items pricier than average",
         "SELECT item_name FROM items WHERE unit_price > (SELECT AVG(unit_price) FROM items)"),
    # self-reference
    Case("who is tom pryce's head baker",
         "SELECT h.full_name FROM bakers b JOIN bakers h ON h.baker_id = b.head_baker_id "
         "WHERE b.full_name = 'Tom Pryce'"),
    Case("bakers with no head baker", "SELECT full_name FROM bakers WHERE head_baker_id IS NULL"),
    # yes / no
    Case("are there more pastries than cakes",
         "SELECT (SELECT COUNT(*) FROM items WHERE category = 'pastry') > "
         "(SELECT COUNT(*) FROM items WHERE category = 'cake')"),
    # HAVING
    Case("shops with more than 400 orders",
         "SELECT s.shop_name FROM shops s JOIN orders o ON o.shop_id = s.shop_id GROUP BY s.shop_id "
         "HAVING COUNT(*) > 400"),
    Case("customers who spent over 900 in total",
         f"SELECT c.name FROM customers c JOIN orders o ON o.cust_id = c.cust_id JOIN order_lines l "
         f"ON l.order_no = o.order_no GROUP BY c.cust_id HAVING SUM({_LINE_MONEY}) > 900"),
    # TEXT dates
    Case("orders placed in march 2026",
         "SELECT COUNT(*) FROM orders WHERE placed_at >= '2026-03-01' AND placed_at < '2026-04-01'"),
    Case("how many customers joined this year", "SELECT COUNT(*) FROM customers WHERE joined >= '2026-01-01'"),
    Case("items launched since 2025", "SELECT item_name FROM items WHERE launched >= '2025-01-01'"),
    Case("how many orders were cancelled last month",
         "SELECT COUNT(*) FROM orders WHERE status = 'cancelled' AND placed_at >= '2026-10-01' "
         "AND placed_at < '2026-11-01'"),
    Case("how much was wasted last year",
         "SELECT SUM(wasted) FROM batches WHERE baked_on >= '2025-01-01' AND baked_on < '2026-01-01'"),
    Case("whose birthday is next",
         "SELECT full_name FROM bakers ORDER BY strftime('%m-%d', birthday) < '11-18', "
         "strftime('%m-%d', birthday) LIMIT 1"),
    # names and composed
    Case("how many orders has mira kowalski placed",
         "SELECT COUNT(*) FROM orders o JOIN customers c ON c.cust_id = o.cust_id WHERE c.name = 'Mira Kowalski'"),
    Case("average wage of the bakers at riverside",
         "SELECT AVG(b.wage_per_hour) FROM bakers b JOIN shops s ON s.shop_id = b.shop_id "
         "WHERE s.shop_name = 'Riverside'"),
    # refuse
    Case("which cake tastes the best", None),
    Case("how much flour did we use last week", None),
    Case("which baker is the friendliest", None),
    Case("will it rain at the market hall tomorrow", None),
    Case("how many croissants will we sell at christmas", None),
    Case("why did hilltop open", None),
]
