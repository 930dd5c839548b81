"""A food trading company in the shape of the Northwind layout, with its own (invented) firms and people.

categories, suppliers, products (unit_price, units_in_stock, discontinued), customers (text ids),
employees (reports_to: a self-reference), shippers, orders (order_date, required_date, shipped_date,
freight) and order_details (unit_price, quantity, discount).
"""

from __future__ import annotations

import datetime
import itertools
import random
from typing import Any

from .common import Case, create, insert, iso, money, random_day

SEED = 1996

SCHEMA = (
    "CREATE TABLE categories (category_id INTEGER PRIMARY KEY, category_name TEXT NOT NULL, description TEXT)",
    "CREATE TABLE suppliers (supplier_id INTEGER PRIMARY KEY, company_name TEXT NOT NULL, contact_name TEXT, "
    "contact_title TEXT, city TEXT, country TEXT, phone TEXT, homepage TEXT)",
    "CREATE TABLE products (product_id INTEGER PRIMARY KEY, product_name TEXT NOT NULL, "
    "supplier_id INTEGER REFERENCES suppliers (supplier_id), category_id INTEGER REFERENCES categories (category_id), "
    "quantity_per_unit TEXT, unit_price REAL, units_in_stock INTEGER, units_on_order INTEGER, "
    "reorder_level INTEGER, discontinued INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE customers (customer_id TEXT PRIMARY KEY, company_name TEXT NOT NULL, contact_name TEXT, "
    "contact_title TEXT, city TEXT, region TEXT, country TEXT, phone TEXT, fax TEXT)",
    "CREATE TABLE employees (employee_id INTEGER PRIMARY KEY, last_name TEXT NOT NULL, first_name TEXT NOT NULL, "
    "title TEXT, title_of_courtesy TEXT, birth_date DATE, hire_date DATE, city TEXT, country TEXT, "
    "reports_to INTEGER REFERENCES employees (employee_id))",
    "CREATE TABLE shippers (shipper_id INTEGER PRIMARY KEY, company_name TEXT NOT NULL, phone TEXT)",
    "CREATE TABLE orders (order_id INTEGER PRIMARY KEY, customer_id TEXT REFERENCES customers (customer_id), "
    "employee_id INTEGER REFERENCES employees (employee_id), order_date DATE, required_date DATE, "
    "shipped_date DATE, ship_via INTEGER REFERENCES shippers (shipper_id), freight REAL, ship_name TEXT, "
    "ship_city TEXT, ship_country TEXT)",
    "CREATE TABLE order_details (order_id INTEGER NOT NULL REFERENCES orders (order_id), "
    "product_id INTEGER NOT NULL REFERENCES products (product_id), unit_price REAL NOT NULL, "
    "quantity INTEGER NOT NULL, discount REAL NOT NULL DEFAULT 0, PRIMARY KEY (order_id, product_id))",
)

# name, description, (low, high) price, products
CATEGORIES = (
    ("Beverages", "Soft drinks, coffees, teas, beers and ales", (4, 48), (
        "Highland Black Tea", "Cold Brew Concentrate", "Ginger Beer", "Sparkling Yuzu Soda", "Dark Roast Beans",
        "Oolong Leaf Tea", "Amber Ale", "Elderflower Cordial", "Mango Lassi Mix", "Hibiscus Iced Tea",
        "Single Origin Espresso", "Stout Six-Pack")),
    ("Condiments", "Sweet and savory sauces, relishes, spreads and seasonings", (3, 40), (
        "Smoked Chipotle Sauce", "Wholegrain Mustard", "Black Garlic Paste", "Truffle Mayonnaise", "Harissa",
        "Sweet Chili Relish", "Miso Paste", "Aged Balsamic", "Pickled Jalapenos", "Cajun Spice Rub",
        "Seaweed Seasoning")),
    ("Confections", "Desserts, candies and sweet breads", (5, 60), (
        "Salted Caramel Fudge", "Dark Chocolate Bar", "Almond Nougat", "Maple Toffee", "Lemon Shortbread",
        "Pistachio Baklava", "Marzipan Fruits", "Licorice Twists", "Honey Wafers", "Chocolate Truffles",
        "Gingerbread Biscuits")),
    ("Dairy Products", "Cheeses and other dairy", (4, 55), (
        "Aged Gouda", "Smoked Cheddar", "Goat Cheese Log", "Blue Stilton Wedge", "Greek Yogurt", "Cultured Butter",
        "Burrata", "Mascarpone", "Alpine Gruyere", "Ricotta Tub")),
    ("Grains & Cereals", "Breads, crackers, pasta and cereal", (3, 38), (
        "Spelt Flour", "Wild Rice Blend", "Rye Crispbread", "Steel Cut Oats", "Durum Penne", "Buckwheat Noodles",
        "Quinoa Sack", "Sourdough Crackers", "Barley Pearls", "Granola Clusters")),
    ("Meat & Poultry", "Prepared meats", (9, 130), (
        "Smoked Duck Breast", "Chorizo Links", "Venison Sausage", "Bresaola", "Free Range Chicken Thighs",
        "Pork Rillettes", "Lamb Merguez", "Beef Jerky", "Wagyu Strip Loin")),
    ("Produce", "Dried fruit and bean curd", (5, 52), (
        "Sun-dried Tomatoes", "Dried Apricots", "Smoked Tofu", "Pickled Beets", "Medjool Dates", "Dried Porcini",
        "Roasted Peppers", "Candied Ginger")),
    ("Seafood", "Seaweed and fish", (6, 70), (
        "Smoked Salmon Side", "Anchovy Fillets", "Kippered Herring", "Crab Meat Tin", "Nori Sheets",
        "Pickled Mussels", "Tuna Belly", "Scallop Roe", "Dried Shrimp", "Cod Roe Spread", "Sardines in Oil")),
    ("Frozen Foods", "Frozen meals and desserts", (5, 40), ()),
)  # fmt: skip

# name, contact, title, city, country, homepage?
SUPPLIERS = (
    ("Aurora Fjord Foods", "Ingrid Solberg", "Export Manager", "Bergen", "Norway", True),
    ("Bella Collina Farms", "Paolo Greco", "Owner", "Parma", "Italy", True),
    ("Cascade Creamery", "Megan Hollis", "Sales Representative", "Portland", "USA", False),
    ("Dunmore Provisions", "Alan Fitch", "Order Administrator", "Manchester", "UK", False),
    ("El Molino Verde", "Lucia Navarro", "Purchasing Manager", "Valencia", "Spain", True),
    ("Fuji Pantry Co.", "Kenji Mori", "Marketing Manager", "Osaka", "Japan", False),
    ("Golden Wattle Traders", "Chloe Barrett", "Sales Manager", "Adelaide", "Australia", True),
    ("Hanseatic Delikatessen", "Jurgen Vogel", "Sales Manager", "Hamburg", "Germany", False),
    ("Ile de Saveurs", "Margaux Petit", "Owner", "Lyon", "France", True),
    ("Jardim Tropical", "Rafael Souza", "Export Administrator", "Recife", "Brazil", False),
    ("Kettle & Crumb", "Owen Price", "Sales Representative", "Cardiff", "UK", False),
    ("Lakeshore Smokehouse", "Dana Kowal", "Owner", "Duluth", "USA", True),
    ("Maple Ridge Orchards", "Simone Gagnon", "Accounting Manager", "Quebec City", "Canada", False),
    ("Nordic Larder", "Erik Lund", "Sales Manager", "Gothenburg", "Sweden", False),
    ("Olive Grove Collective", "Eleni Pappas", "Owner", "Thessaloniki", "Greece", True),
    ("Pacific Rim Seafoods", "Grace Tan", "Sales Manager", "Singapore", "Singapore", False),
    ("Queensland Spice House", "Liam Doyle", "Marketing Manager", "Brisbane", "Australia", False),
    ("Rhine Valley Mills", "Katrin Weiss", "Product Manager", "Cologne", "Germany", False),
    ("Sierra Cheese Works", "Miguel Ortiz", "Sales Representative", "Sacramento", "USA", True),
    ("Tulip Coast Imports", "Daan de Vries", "Export Manager", "Rotterdam", "Netherlands", False),
    ("Uplands Heritage Meats", "Fiona Reid", "Owner", "Inverness", "UK", False),
    ("Vesuvio Pastaficio", "Chiara Russo", "Sales Manager", "Naples", "Italy", False),
    ("Windmill Dairy", "Sanne Bakker", "Owner", "Utrecht", "Netherlands", True),
    ("Xochi Market Goods", "Ana Lopez", "Purchasing Manager", "Oaxaca", "Mexico", False),
    ("Yarra Valley Preserves", "Tom Nguyen", "Sales Representative", "Melbourne", "Australia", False),
    ("Zeeland Oyster Co.", "Pieter Jansen", "Owner", "Middelburg", "Netherlands", False),
)  # fmt: skip
IDLE_SUPPLIERS = ("Kettle & Crumb", "Queensland Spice House", "Yarra Valley Preserves")  # products never ordered
EMPTY_SUPPLIER = "Zeeland Oyster Co."  # no products at all

# id, last, first, title, courtesy, birth, hire, city, country, reports_to
EMPLOYEES = (
    (1, "Harlow", "Denise", "Vice President, Sales", "Dr.", "1966-07-09", "2018-04-02", "Tacoma", "USA", None),
    (2, "Mbeki", "Samuel", "Sales Manager", "Mr.", "1974-11-26", "2018-10-15", "London", "UK", 1),
    (3, "Castellano", "Rita", "Sales Representative", "Ms.", "1983-02-14", "2019-01-07", "Seattle", "USA", 1),
    (4, "Oyelaran", "Tunde", "Sales Representative", "Mr.", "1988-12-03", "2019-05-20", "Seattle", "USA", 1),
    (5, "Pryce", "Hollie", "Sales Representative", "Mrs.", "1979-09-30", "2020-03-09", "Kirkland", "USA", 1),
    (6, "Lindgren", "Oskar", "Sales Representative", "Mr.", "1990-05-18", "2021-06-14", "London", "UK", 2),
    (7, "Adair", "Megan", "Sales Representative", "Ms.", "1993-08-21", "2022-01-10", "London", "UK", 2),
    (8, "Farrow", "Julian", "Inside Sales Coordinator", "Mr.", "1985-01-25", "2020-11-02", "Seattle", "USA", 1),
    (9, "Quintero", "Lola", "Sales Representative", "Ms.", "1995-04-04", "2023-09-18", "London", "UK", 2),
)  # fmt: skip
SHIPPERS = (("Swift Parcel", "(503) 555-9831"), ("Harbor Freight Lines", "(503) 555-3199"),
            ("Union Cargo", "(503) 555-9931"), ("Bluebird Couriers", "(503) 555-7740"))  # fmt: skip

# country, weight, cities, region for the cities (None: no region)
PLACES = (
    ("USA", 16, ("Boise", "Albuquerque", "Anchorage", "Eugene", "Walla Walla", "San Francisco"), "state"),
    ("Germany", 11, ("Berlin", "Munich", "Frankfurt", "Cologne", "Leipzig"), None),
    ("France", 9, ("Paris", "Lyon", "Nantes", "Marseille", "Lille"), None),
    ("Brazil", 8, ("Sao Paulo", "Rio de Janeiro", "Campinas"), "state"),
    ("UK", 7, ("London", "Cowes", "Bristol"), None),
    ("Spain", 5, ("Madrid", "Barcelona", "Sevilla"), None),
    ("Mexico", 5, ("Mexico City", "Puebla"), None),
    ("Italy", 4, ("Torino", "Bergamo", "Reggio Emilia"), None),
    ("Canada", 4, ("Vancouver", "Montreal", "Tsawassen"), "state"),
    ("Venezuela", 3, ("Caracas", "Barquisimeto"), "state"),
    ("Sweden", 3, ("Lulea", "Brandkopping"), None),
    ("Austria", 2, ("Graz", "Salzburg"), None),
    ("Belgium", 2, ("Bruxelles", "Charleroi"), None),
    ("Denmark", 2, ("Kobenhavn", "Arhus"), None),
    ("Ireland", 1, ("Cork",), "state"),
    ("Norway", 1, ("Stavern",), None),
    ("Poland", 1, ("Warszawa",), None),
)  # fmt: skip
REGIONS = {"Boise": "ID", "Albuquerque": "NM", "Anchorage": "AK", "Eugene": "OR", "Walla Walla": "WA",
           "San Francisco": "CA", "Sao Paulo": "SP", "Rio de Janeiro": "RJ", "Campinas": "SP", "Vancouver": "BC",
           "Montreal": "QC", "Tsawassen": "BC", "Caracas": "DF", "Barquisimeto": "Lara",
           "Cork": "Co. Cork"}  # fmt: skip
FIRM_FIRST = ("Alpine", "Bayside", "Cedar", "Corner", "Eastside", "Fairview", "Granary", "Hilltop", "Lighthouse",
              "Market", "Old Town", "Riverside", "Sunrise", "Village", "Wharf", "Crossroads", "Meadow", "Harbour",
              "Summit", "Gateway")  # fmt: skip
FIRM_SECOND = ("Grocers", "Delicatessen", "Food Hall", "Bistro", "Provisions", "Trading Post", "Market",
               "Pantry", "Emporium", "Cafe", "Supermarket", "Wholesale")  # fmt: skip
CONTACT_FIRST = ("Maria", "Ana", "Thomas", "Hanna", "Frederique", "Martin", "Elizabeth", "Victoria", "Patricio",
                 "Francisco", "Yang", "Pedro", "Carlos", "Felipe", "Helen", "Philip", "Annette", "Diego", "Renate",
                 "Lino", "Karin", "Janine", "Jose", "Sven", "Paula")  # fmt: skip
CONTACT_LAST = ("Anders", "Trujillo", "Hardy", "Berglund", "Moos", "Citeaux", "Sommer", "Lebihan", "Lincoln",
                "Ashworth", "Simpson", "Chang", "Afonso", "Brown", "Cruz", "Roel", "Koskitalo", "Pontes",
                "Labrune", "Kloss", "Mendel", "Rodriguez", "Fonseca")  # fmt: skip
CONTACT_TITLES = ("Owner", "Sales Representative", "Purchasing Agent", "Marketing Manager", "Accounting Manager",
                  "Order Administrator")  # fmt: skip
TOP_CUSTOMER = "Lighthouse Provisions"  # the customer with clearly the most orders


def build(con: Any) -> None:
    """Create the trading company's tables in `con` (any DB-API connection) and fill them with seeded data."""
    rng = random.Random(SEED)
    cur = con.cursor()
    create(cur, SCHEMA)
    insert(cur, "categories", ("category_id", "category_name", "description"),
           [(number, name, text) for number, (name, text, _, _) in enumerate(CATEGORIES, 1)])  # fmt: skip
    insert(cur, "suppliers", ("supplier_id", "company_name", "contact_name", "contact_title", "city", "country",
                              "phone", "homepage"),
           [(number, name, contact, title, city, country, f"({rng.randint(10, 99)}) 555-{rng.randint(1000, 9999)}",
             f"https://{name.lower().replace(' ', '').replace('&', 'and').replace('.', '')}.example" if site else None)
            for number, (name, contact, title, city, country, site) in enumerate(SUPPLIERS, 1)])  # fmt: skip
    supplier_ids = {row[0]: number for number, row in enumerate(SUPPLIERS, 1)}

    products: list[tuple[Any, ...]] = []
    stocked = [name for name, *_ in SUPPLIERS if name != EMPTY_SUPPLIER and name not in IDLE_SUPPLIERS]
    for category_id, (_, _, (low, high), names) in enumerate(CATEGORIES, 1):
        for name in names:
            supplier = supplier_ids[rng.choice(stocked)]
            price = 263.5 if name == "Wagyu Strip Loin" else money(rng.uniform(low, high))
            per_case = rng.choice((6, 10, 12, 20, 24, 48))
            unit = f"{per_case} x {rng.choice(('250 g', '500 g', '1 kg', '12 oz', '330 ml'))}"
            stock = 0 if rng.random() < 0.08 else rng.randint(1, 130)
            on_order = rng.choice((0, 0, 0, 10, 20, 40, 70))
            products.append((len(products) + 1, name, supplier, category_id, unit, price, stock, on_order,
                             rng.choice((0, 5, 10, 15, 20, 25, 30)), 1 if rng.random() < 0.11 else 0))  # fmt: skip
    # make sure each idle supplier owns something (that nobody ever orders)
    for position, name in zip((4, 40, 77), IDLE_SUPPLIERS, strict=True):
        products[position] = (*products[position][:2], supplier_ids[name], *products[position][3:])
    insert(cur, "products", ("product_id", "product_name", "supplier_id", "category_id", "quantity_per_unit",
                             "unit_price", "units_in_stock", "units_on_order", "reorder_level", "discontinued"),
           products)  # fmt: skip
    idle = {supplier_ids[name] for name in IDLE_SUPPLIERS}
    never_ordered = {row[0] for row in products if row[2] in idle} | set(rng.sample(range(1, len(products) + 1), 3))
    orderable = [row for row in products if row[0] not in never_ordered]

    customers: list[tuple[Any, ...]] = []
    firms = rng.sample([f"{a} {b}" for a in FIRM_FIRST for b in FIRM_SECOND if f"{a} {b}" != TOP_CUSTOMER], 84)
    firms.insert(17, TOP_CUSTOMER)
    codes: set[str] = set()
    for firm in firms:
        letters = "".join(ch for ch in firm.upper() if ch.isalpha())
        code = (letters[:3] + letters[-2:])
        while code in codes:
            code = code[:4] + chr(ord("A") + rng.randrange(26))
        codes.add(code)
        country, _, cities, has_region = rng.choices(PLACES, [weight for _, weight, _, _ in PLACES])[0]
        city = rng.choice(cities)
        customers.append((code, firm, f"{rng.choice(CONTACT_FIRST)} {rng.choice(CONTACT_LAST)}",
                          rng.choice(CONTACT_TITLES), city, REGIONS.get(city) if has_region else None, country,
                          f"({rng.randint(100, 999)}) {rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
                          f"({rng.randint(100, 999)}) {rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
                          if rng.random() < 0.4 else None))  # fmt: skip
    insert(cur, "customers", ("customer_id", "company_name", "contact_name", "contact_title", "city", "region",
                              "country", "phone", "fax"), customers)  # fmt: skip
    insert(cur, "employees", ("employee_id", "last_name", "first_name", "title", "title_of_courtesy", "birth_date",
                              "hire_date", "city", "country", "reports_to"), EMPLOYEES)  # fmt: skip
    insert(cur, "shippers", ("shipper_id", "company_name", "phone"),
           [(number, name, phone) for number, (name, phone) in enumerate(SHIPPERS, 1)])  # fmt: skip

    silent = set(rng.sample([row[0] for row in customers if row[1] != TOP_CUSTOMER], 8))  # never ordered
    buyers = [row for row in customers if row[0] not in silent]
    weights = list(itertools.accumulate(2.6 if row[1] == TOP_CUSTOMER else rng.random() ** 2 + 0.3 for row in buyers))
    employee_weights = (0.4, 1.0, 2.0, 1.6, 1.3, 1.1, 0.9, 0.5, 0.6)
    days = sorted(random_day(rng) for _ in range(1300))
    days[-6:] = [datetime.date(2026, 11, day) for day in (9, 10, 11, 12, 13, 14)]
    days.sort()
    last_day = datetime.date(2026, 11, 15)
    orders: list[tuple[Any, ...]] = []
    details: list[tuple[Any, ...]] = []
    popularity = list(itertools.accumulate(rng.random() ** 2 + 0.1 for _ in orderable))
    for number, day in enumerate(days, 10001):
        customer = rng.choices(buyers, cum_weights=weights)[0]
        employee = rng.choices(range(1, 10), employee_weights)[0]
        if employee == 9 and day < datetime.date(2023, 9, 18):
            employee = 7
        required = day + datetime.timedelta(days=14 if rng.random() < 0.12 else 28)
        delay = rng.randint(1, 12) if rng.random() < 0.8 else rng.randint(13, 40)
        shipped: datetime.date | None = day + datetime.timedelta(days=delay)
        if shipped is not None and (shipped > last_day or rng.random() < 0.006):
            shipped = None
        freight = money(min(rng.expovariate(1 / 60), 900) + 0.5)
        orders.append((number, customer[0], employee, iso(day), iso(required), iso(shipped),
                       rng.choices((1, 2, 3), (5, 3, 2))[0], freight, customer[1], customer[4],
                       customer[6]))  # fmt: skip
        picked = rng.choices(orderable, cum_weights=popularity, k=rng.randint(1, 5))
        for product in {row[0]: row for row in picked}.values():
            price = product[5] if day.year >= 2025 else money(product[5] * 0.9)
            details.append((number, product[0], price, rng.randint(1, 60),
                            rng.choice((0.0, 0.0, 0.0, 0.0, 0.05, 0.1, 0.15, 0.2, 0.25))))  # fmt: skip
    insert(cur, "orders", ("order_id", "customer_id", "employee_id", "order_date", "required_date", "shipped_date",
                           "ship_via", "freight", "ship_name", "ship_city", "ship_country"), orders)  # fmt: skip
    insert(cur, "order_details", ("order_id", "product_id", "unit_price", "quantity", "discount"), details)
    con.commit()


REVENUE = "SUM(d.unit_price * d.quantity * (1 - d.discount))"
IN_2025 = "o.order_date >= '2025-01-01' AND o.order_date < '2026-01-01'"

QUESTIONS: list[Case] = [
    # plain
    Case("how many products are there", "SELECT COUNT(*) FROM products"),
    Case("how many products are discontinued", "SELECT COUNT(*) FROM products WHERE discontinued = 1"),
    Case("number of customers in germany", "SELECT COUNT(*) FROM customers WHERE country = 'Germany'"),
    Case("how many orders were placed in 2024",
         "SELECT COUNT(*) FROM orders WHERE order_date >= '2024-01-01' AND order_date < '2025-01-01'"),
    Case("how many different countries do we ship to", "SELECT COUNT(DISTINCT ship_country) FROM orders"),
    Case("list our shippers", "SELECT company_name FROM shippers"),
    Case("total freight in 2025",
         "SELECT SUM(freight) FROM orders WHERE order_date >= '2025-01-01' AND order_date < '2026-01-01'"),
    Case("avg freight per order", "SELECT AVG(freight) FROM orders"),
    Case("total units in stock", "SELECT SUM(units_in_stock) FROM products"),
    Case("how many employees are there", "SELECT COUNT(*) FROM employees"),
    Case("when was rita castellano hired",
         "SELECT hire_date FROM employees WHERE first_name = 'Rita' AND last_name = 'Castellano'"),
    # min / max / top-N
    Case("most expensive product", "SELECT product_name FROM products ORDER BY unit_price DESC LIMIT 1"),
    Case("cheapest 3 products", "SELECT product_name FROM products ORDER BY unit_price ASC LIMIT 3"),
    Case("top 5 products by revenue",
         f"SELECT p.product_name FROM products p JOIN order_details d ON d.product_id = p.product_id "
         f"GROUP BY p.product_id ORDER BY {REVENUE} DESC LIMIT 5"),
    Case("which order had the highest freight", "SELECT order_id FROM orders ORDER BY freight DESC LIMIT 1"),
    Case("earliest order date", "SELECT MIN(order_date) FROM orders"),
    Case("last 5 orders", "SELECT order_id FROM orders ORDER BY order_date DESC LIMIT 5"),
    Case("biggest discount anyone got", "SELECT MAX(discount) FROM order_details"),
    # which Y has the most X
    Case("which customer placed the most orders",
         "SELECT c.company_name FROM customers c JOIN orders o ON o.customer_id = c.customer_id "
         "GROUP BY c.customer_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which customer has spent the most with us",
         f"SELECT c.company_name FROM customers c JOIN orders o ON o.customer_id = c.customer_id "
         f"JOIN order_details d ON d.order_id = o.order_id GROUP BY c.customer_id ORDER BY {REVENUE} DESC LIMIT 1"),
    Case("which employee handled the most orders in 2025",
         f"SELECT e.first_name, e.last_name FROM employees e JOIN orders o ON o.employee_id = e.employee_id "
         f"WHERE {IN_2025} GROUP BY e.employee_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which shipper carried the most freight",
         "SELECT s.company_name FROM shippers s JOIN orders o ON o.ship_via = s.shipper_id "
         "GROUP BY s.shipper_id ORDER BY SUM(o.freight) DESC LIMIT 1"),
    Case("supplier with the most products",
         "SELECT s.company_name FROM suppliers s JOIN products p ON p.supplier_id = s.supplier_id "
         "GROUP BY s.supplier_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("what country are most of our customers in",
         "SELECT country FROM customers GROUP BY country ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("busiest month ever",
         "SELECT strftime('%Y-%m', order_date) FROM orders GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which category brings in the most revenue",
         f"SELECT c.category_name FROM categories c JOIN products p ON p.category_id = c.category_id "
         f"JOIN order_details d ON d.product_id = p.product_id GROUP BY c.category_id ORDER BY {REVENUE} DESC LIMIT 1"),
    # per-group breakdowns
    Case("revenue per category",
         f"SELECT c.category_name, {REVENUE} FROM categories c JOIN products p ON p.category_id = c.category_id "
         "JOIN order_details d ON d.product_id = p.product_id GROUP BY c.category_id",
         note="categories with sales only"),
    Case("orders per year", "SELECT strftime('%Y', order_date), COUNT(*) FROM orders GROUP BY 1"),
    Case("number of orders month by month in 2025",
         "SELECT strftime('%Y-%m', order_date), COUNT(*) FROM orders "
         "WHERE order_date >= '2025-01-01' AND order_date < '2026-01-01' GROUP BY 1"),
    Case("orders handled by each employee",
         "SELECT e.first_name, e.last_name, COUNT(*) FROM employees e JOIN orders o ON o.employee_id = e.employee_id "
         "GROUP BY e.employee_id"),
    Case("avg product price by category",
         "SELECT c.category_name, AVG(p.unit_price) FROM categories c JOIN products p ON p.category_id = c.category_id "
         "GROUP BY c.category_id",
         note="categories with products only"),
    Case("freight broken down by destination country",
         "SELECT ship_country, SUM(freight) FROM orders GROUP BY ship_country"),
    Case("how many orders per customer country",
         "SELECT c.country, COUNT(*) FROM customers c JOIN orders o ON o.customer_id = c.customer_id "
         "GROUP BY c.country"),
    # zero-keeping group counts
    Case("how many orders did each shipper handle",
         "SELECT s.company_name, COUNT(o.order_id) FROM shippers s LEFT JOIN orders o ON o.ship_via = s.shipper_id "
         "GROUP BY s.shipper_id"),
    Case("number of products in each category",
         "SELECT c.category_name, COUNT(p.product_id) FROM categories c "
         "LEFT JOIN products p ON p.category_id = c.category_id GROUP BY c.category_id"),
    Case("for each customer in france, how many orders have they placed",
         "SELECT c.company_name, COUNT(o.order_id) FROM customers c "
         "LEFT JOIN orders o ON o.customer_id = c.customer_id "
         "WHERE c.country = 'France' GROUP BY c.customer_id"),
    # anti-joins
    Case("suppliers that never shipped anything",
         "SELECT s.company_name FROM suppliers s WHERE NOT EXISTS (SELECT 1 FROM products p "
         "JOIN order_details d ON d.product_id = p.product_id WHERE p.supplier_id = s.supplier_id)",
         note="no product of theirs was ever ordered"),
    Case("customers with no orders",
         "SELECT company_name FROM customers WHERE customer_id NOT IN (SELECT customer_id FROM orders)"),
    Case("products that were never ordered",
         "SELECT product_name FROM products WHERE product_id NOT IN (SELECT product_id FROM order_details)"),
    Case("which shipper has never been used",
         "SELECT company_name FROM shippers WHERE shipper_id NOT IN (SELECT ship_via FROM orders)"),
    # ratios
    Case("what % of shipped orders went out after the required date",
         "SELECT 100.0 * SUM(shipped_date > required_date) / COUNT(*) FROM orders WHERE shipped_date IS NOT NULL"),
    Case("share of revenue from beverages",
         "SELECT SUM(CASE WHEN c.category_name = 'Beverages' THEN d.unit_price * d.quantity * (1 - d.discount) "
         f"ELSE 0 END) / {REVENUE} FROM order_details d JOIN products p ON p.product_id = d.product_id "
         "JOIN categories c ON c.category_id = p.category_id"),
    Case("what proportion of products are discontinued", "SELECT AVG(discontinued) FROM products"),
    Case("percentage of orders that got a discount",
         "SELECT 100.0 * SUM(EXISTS (SELECT 1 FROM order_details d WHERE d.order_id = o.order_id AND d.discount > 0)) "
         "/ COUNT(*) FROM orders o"),
    # comparison with an aggregate
    Case("how many products cost more than the average product",
         "SELECT COUNT(*) FROM products WHERE unit_price > (SELECT AVG(unit_price) FROM products)"),
    Case("number of orders with above-average freight",
         "SELECT COUNT(*) FROM orders WHERE freight > (SELECT AVG(freight) FROM orders)"),
    # self-reference
    Case("who does oskar lindgren report to",
         "SELECT m.first_name, m.last_name FROM employees e JOIN employees m ON m.employee_id = e.reports_to "
         "WHERE e.first_name = 'Oskar' AND e.last_name = 'Lindgren'"),
    Case("who reports to samuel mbeki",
         "SELECT e.first_name, e.last_name FROM employees e JOIN employees m ON m.employee_id = e.reports_to "
         "WHERE m.first_name = 'Samuel' AND m.last_name = 'Mbeki'"),
    Case("how many people report directly to denise harlow",
         "SELECT COUNT(*) FROM employees e JOIN employees m ON m.employee_id = e.reports_to "
         "WHERE m.first_name = 'Denise' AND m.last_name = 'Harlow'"),
    Case("who is the top boss, the employee with no manager",
         "SELECT first_name, last_name FROM employees WHERE reports_to IS NULL"),
    # yes / no
    Case("are there more customers in france than in spain",
         "SELECT (SELECT COUNT(*) FROM customers WHERE country = 'France') > "
         "(SELECT COUNT(*) FROM customers WHERE country = 'Spain')"),
    Case("did union cargo carry more orders than harbor freight lines?",
         "SELECT (SELECT COUNT(*) FROM orders o JOIN shippers s ON s.shipper_id = o.ship_via "
         "WHERE s.company_name = 'Union Cargo') > (SELECT COUNT(*) FROM orders o JOIN shippers s "
         "ON s.shipper_id = o.ship_via WHERE s.company_name = 'Harbor Freight Lines')"),
    # HAVING
    Case("categories with more than 10 products",
         "SELECT c.category_name FROM categories c JOIN products p ON p.category_id = c.category_id "
         "GROUP BY c.category_id HAVING COUNT(*) > 10"),
    Case("customers who spent over $90k",
         f"SELECT c.company_name FROM customers c JOIN orders o ON o.customer_id = c.customer_id "
         f"JOIN order_details d ON d.order_id = o.order_id GROUP BY c.customer_id HAVING {REVENUE} > 90000"),
    Case("which reps have handled over 200 orders",
         "SELECT e.first_name, e.last_name FROM employees e JOIN orders o ON o.employee_id = e.employee_id "
         "GROUP BY e.employee_id HAVING COUNT(*) > 200"),
    # date ranges
    Case("orders in march 2024",
         "SELECT COUNT(*) FROM orders WHERE order_date >= '2024-03-01' AND order_date < '2024-04-01'"),
    Case("revenue in Q3 2025",
         f"SELECT {REVENUE} FROM orders o JOIN order_details d ON d.order_id = o.order_id "
         "WHERE o.order_date >= '2025-07-01' AND o.order_date < '2025-10-01'"),
    Case("how much have we paid in freight since june",
         "SELECT SUM(freight) FROM orders WHERE order_date >= '2026-06-01'"),
    Case("how many orders before 2024", "SELECT COUNT(*) FROM orders WHERE order_date < '2024-01-01'"),
    Case("how many orders last month",
         "SELECT COUNT(*) FROM orders WHERE order_date >= '2026-10-01' AND order_date < '2026-11-01'"),
    Case("employees hired before 2020",
         "SELECT first_name, last_name FROM employees WHERE hire_date < '2020-01-01'"),
    # names and places
    Case("products from windmill dairy",
         "SELECT p.product_name FROM products p JOIN suppliers s ON s.supplier_id = p.supplier_id "
         "WHERE s.company_name = 'Windmill Dairy'"),
    Case("how many orders went to london", "SELECT COUNT(*) FROM orders WHERE ship_city = 'London'"),
    Case("how many orders did lighthouse provisions place",
         "SELECT COUNT(*) FROM orders o JOIN customers c ON c.customer_id = o.customer_id "
         "WHERE c.company_name = 'Lighthouse Provisions'"),
    Case("total qty of chorizo links sold",
         "SELECT SUM(d.quantity) FROM order_details d JOIN products p ON p.product_id = d.product_id "
         "WHERE p.product_name = 'Chorizo Links'"),
    # NULLs
    Case("orders not shipped yet", "SELECT COUNT(*) FROM orders WHERE shipped_date IS NULL"),
    Case("how many suppliers have no homepage", "SELECT COUNT(*) FROM suppliers WHERE homepage IS NULL"),
    Case("customers with no region", "SELECT COUNT(*) FROM customers WHERE region IS NULL"),
    # composed
    Case("top 3 employees by sales in 2025",
         f"SELECT e.first_name, e.last_name FROM employees e JOIN orders o ON o.employee_id = e.employee_id "
         f"JOIN order_details d ON d.order_id = o.order_id WHERE {IN_2025} GROUP BY e.employee_id "
         f"ORDER BY {REVENUE} DESC LIMIT 3"),
    Case("which usa customer ordered the most last year",
         f"SELECT c.company_name FROM customers c JOIN orders o ON o.customer_id = c.customer_id "
         f"WHERE c.country = 'USA' AND {IN_2025} GROUP BY c.customer_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("products below reorder level that aren't discontinued",
         "SELECT product_name FROM products WHERE units_in_stock < reorder_level AND discontinued = 0"),
    Case("5 most expensive products we still sell",
         "SELECT product_name FROM products WHERE discontinued = 0 ORDER BY unit_price DESC LIMIT 5"),
    Case("average days to ship an order",
         "SELECT AVG(julianday(shipped_date) - julianday(order_date)) FROM orders WHERE shipped_date IS NOT NULL"),
    Case("average order value",
         f"SELECT AVG(v) FROM (SELECT {REVENUE} AS v FROM order_details d GROUP BY d.order_id)"),
    # people
    Case("oldest employee", "SELECT first_name, last_name FROM employees ORDER BY birth_date LIMIT 1"),
    Case("whose birthday is next",
         "SELECT first_name, last_name FROM employees ORDER BY "
         "(strftime('%m-%d', birth_date) < '11-18'), strftime('%m-%d', birth_date) LIMIT 1"),
    # should be refused
    Case("what's the weather like in seattle today", None),
    Case("who is the nicest sales rep", None),
    Case("predict next quarter's orders", None),
    Case("what will the price of coffee be next year", None),
    Case("which supplier should we drop", None),
    Case("why are so many orders late", None),
    Case("what's the capital of france", None),
    Case("which product tastes the best", None),
    Case("what is our profit margin on the wagyu", None),
    Case("how many calories are in the dark chocolate bar", None),
    Case("how many employees will quit next year", None),
    Case("is denise a good manager", None),
]
