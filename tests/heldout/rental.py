"""A DVD rental chain in the shape of the Sakila layout, with its own (invented) films, actors and people.

actors, films (rating, length, rental_rate, release_year), film_actor, categories, film_category, languages,
country/city/address, stores, staff, customers, inventory, rentals (rental_date, return_date) and payments
(amount, payment_date). Names and titles are in capitals, as in the original layout.
"""

from __future__ import annotations

import datetime
import itertools
import random
from typing import Any

from .common import LAST_DAY, Case, create, insert, iso, money, random_moment

SEED = 2005

SCHEMA = (
    "CREATE TABLE languages (language_id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
    "CREATE TABLE categories (category_id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
    "CREATE TABLE actors (actor_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL)",
    "CREATE TABLE films (film_id INTEGER PRIMARY KEY, title TEXT NOT NULL, description TEXT, release_year INTEGER, "
    "language_id INTEGER NOT NULL REFERENCES languages (language_id), rental_duration INTEGER NOT NULL, "
    "rental_rate REAL NOT NULL, length INTEGER, replacement_cost REAL NOT NULL, rating TEXT, special_features TEXT)",
    "CREATE TABLE film_actor (actor_id INTEGER NOT NULL REFERENCES actors (actor_id), "
    "film_id INTEGER NOT NULL REFERENCES films (film_id), PRIMARY KEY (actor_id, film_id))",
    "CREATE TABLE film_category (film_id INTEGER NOT NULL REFERENCES films (film_id), "
    "category_id INTEGER NOT NULL REFERENCES categories (category_id), PRIMARY KEY (film_id, category_id))",
    "CREATE TABLE country (country_id INTEGER PRIMARY KEY, country TEXT NOT NULL)",
    "CREATE TABLE city (city_id INTEGER PRIMARY KEY, city TEXT NOT NULL, "
    "country_id INTEGER NOT NULL REFERENCES country (country_id))",
    "CREATE TABLE address (address_id INTEGER PRIMARY KEY, address TEXT NOT NULL, address2 TEXT, district TEXT, "
    "city_id INTEGER NOT NULL REFERENCES city (city_id), postal_code TEXT, phone TEXT)",
    "CREATE TABLE staff (staff_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, "
    "address_id INTEGER REFERENCES address (address_id), email TEXT, store_id INTEGER NOT NULL, "
    "active INTEGER NOT NULL DEFAULT 1, username TEXT NOT NULL)",
    "CREATE TABLE stores (store_id INTEGER PRIMARY KEY, manager_staff_id INTEGER NOT NULL "
    "REFERENCES staff (staff_id), address_id INTEGER NOT NULL REFERENCES address (address_id))",
    "CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, store_id INTEGER NOT NULL REFERENCES stores (store_id), "
    "first_name TEXT NOT NULL, last_name TEXT NOT NULL, email TEXT, "
    "address_id INTEGER REFERENCES address (address_id), "
    "active INTEGER NOT NULL DEFAULT 1, create_date DATETIME NOT NULL)",
    "CREATE TABLE inventory (inventory_id INTEGER PRIMARY KEY, film_id INTEGER NOT NULL REFERENCES films (film_id), "
    "store_id INTEGER NOT NULL REFERENCES stores (store_id))",
    "CREATE TABLE rentals (rental_id INTEGER PRIMARY KEY, rental_date DATETIME NOT NULL, "
    "inventory_id INTEGER NOT NULL REFERENCES inventory (inventory_id), "
    "customer_id INTEGER NOT NULL REFERENCES customers (customer_id), return_date DATETIME, "
    "staff_id INTEGER NOT NULL REFERENCES staff (staff_id))",
    "CREATE TABLE payments (payment_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL "
    "REFERENCES customers (customer_id), staff_id INTEGER NOT NULL REFERENCES staff (staff_id), "
    "rental_id INTEGER REFERENCES rentals (rental_id), amount REAL NOT NULL, payment_date DATETIME NOT NULL)",
)

LANGUAGES = ("English", "Italian", "Japanese", "Mandarin", "French", "German")
LANGUAGE_WEIGHTS = (80, 4, 5, 3, 6, 0)
CATEGORIES = ("Action", "Animation", "Children", "Classics", "Comedy", "Documentary", "Drama", "Family", "Foreign",
              "Games", "Horror", "Music", "New", "Sci-Fi", "Sports", "Travel", "Western")  # fmt: skip
CATEGORY_WEIGHTS = (10, 9, 7, 8, 9, 8, 9, 8, 7, 6, 7, 6, 7, 8, 15, 6, 0)
RATINGS = (("G", 18), ("PG", 20), ("PG-13", 23), ("R", 20), ("NC-17", 19))
FEATURES = ("Trailers", "Commentaries", "Deleted Scenes", "Behind the Scenes")
TITLE_FIRST = ("ARCTIC", "BANDIT", "CANYON", "DAWN", "ELEVATOR", "FALCON", "GALAXY", "HARBOR", "IDOL", "JUNGLE",
               "KARMA", "LANTERN", "MAGNOLIA", "NIGHTMARE", "ORCHARD", "PHANTOM", "QUEST", "RODEO", "SATURN",
               "TORNADO", "UNICORN", "VOYAGE", "WIZARD", "YANKEE")  # fmt: skip
TITLE_SECOND = ("ACADEMY", "BALLROOM", "CIRCUS", "DETECTIVE", "EXPRESS", "FUGITIVE", "GHOST", "HUSTLE", "ISLAND",
                "JEOPARDY", "KINGDOM", "LEGEND", "MOCKINGBIRD", "NOTEBOOK", "OUTLAW", "PRINCESS", "REUNION",
                "SECRETARY", "TELEGRAPH", "UPRISING", "VANISHING", "WARRIOR", "ZOMBIE")  # fmt: skip
ADJECTIVES = ("A Thrilling", "A Heartwarming", "A Brooding", "A Fast-Paced", "An Epic", "A Quirky", "A Touching",
              "A Taut")  # fmt: skip
SUBJECTS = ("Tale of a Dentist and a Robot", "Story of a Lumberjack in a Submarine", "Saga of a Pastry Chef",
            "Drama of a Monkey and a Teacher", "Yarn of a Detective in a Lighthouse",
            "Chronicle of a Mad Scientist and a Cat")  # fmt: skip
FIRST_NAMES = ("ALMA", "BRUNO", "CELIA", "DORIAN", "EDITH", "FELIX", "GRETA", "HECTOR", "IRIS", "JASPER", "KIRA",
               "LEON", "MAEVE", "NOAH", "OPAL", "PERCY", "RUBY", "SILAS", "TESSA", "ULRIC", "VIOLA", "WALTER",
               "XAVIER", "YVONNE", "ZANE", "AUDREY", "BORIS", "CLARA", "DESMOND", "ELOISE")  # fmt: skip
LAST_NAMES = ("ABBOTT", "BECKETT", "CALLOWAY", "DRUMMOND", "ELLINGTON", "FAIRBANKS", "GALLOWAY", "HARGROVE",
              "IVERSON", "JEFFERSON", "KINCAID", "LOCKHART", "MERCER", "NORTHCOTT", "OSBORNE", "PRESCOTT",
              "QUINCY", "RUTHERFORD", "STANHOPE", "THORNTON", "UNDERWOOD", "VALENTINE", "WHITAKER",
              "YORKE")  # fmt: skip
STAR = ("MILO", "FAIRBANKS")  # the actor in the most films
# country: cities
PLACES = (
    ("Canada", ("Kelowna", "Halifax", "Regina")), ("Australia", ("Bendigo", "Hobart", "Cairns")),
    ("United States", ("Akron", "Boise", "Tacoma", "Tulsa")), ("United Kingdom", ("York", "Bath")),
    ("India", ("Pune", "Mysore")), ("Brazil", ("Curitiba", "Recife")), ("Mexico", ("Leon", "Merida")),
    ("Japan", ("Sendai",)), ("Philippines", ("Davao",)), ("Germany", ("Bremen",)),
)  # fmt: skip
COUNTRY_WEIGHTS = (14, 10, 20, 6, 9, 7, 6, 3, 4, 3)
# staff_id, first, last, store, active
STAFF = ((1, "Marisol", "Vega", 1, 1), (2, "Devon", "Achterberg", 1, 1), (3, "Priya", "Kaur", 2, 1),
         (4, "Callum", "Reid", 2, 0))  # fmt: skip
CALLUM_LEFT = datetime.date(2025, 6, 30)


def build(con: Any) -> None:
    """Create the rental chain's tables in `con` (any DB-API connection) and fill them with seeded data."""
    rng = random.Random(SEED)
    cur = con.cursor()
    create(cur, SCHEMA)
    insert(cur, "languages", ("language_id", "name"), enumerate(LANGUAGES, 1))
    insert(cur, "categories", ("category_id", "name"), enumerate(CATEGORIES, 1))

    countries, cities = [], []
    for country_id, (country, names) in enumerate(PLACES, 1):
        countries.append((country_id, country))
        cities.extend((len(cities) + 1, name, country_id) for name in names)
    insert(cur, "country", ("country_id", "country"), countries)
    insert(cur, "city", ("city_id", "city", "country_id"), cities)
    addresses: list[tuple[Any, ...]] = []

    def address(city_id: int) -> int:
        addresses.append((len(addresses) + 1, f"{rng.randint(1, 1999)} {rng.choice(LAST_NAMES).title()} Street",
                          None if rng.random() < 0.9 else f"Unit {rng.randint(1, 40)}",
                          rng.choice(("North", "South", "East", "West", "Central")), city_id,
                          f"{rng.randint(10000, 99999)}", f"{rng.randint(100000000, 999999999)}"))  # fmt: skip
        return len(addresses)

    store_addresses = (address(1), address(4))  # Kelowna, Bendigo
    staff_rows = [(number, first, last, address(1 if store == 1 else 4),
                   f"{first.lower()}.{last.lower()}@reelrentals.example", store, active, first.lower())
                  for number, first, last, store, active in STAFF]  # fmt: skip

    names = [(first, last) for first in FIRST_NAMES for last in LAST_NAMES if (first, last) != STAR]
    rng.shuffle(names)
    actors = [STAR, *names[:129]]
    rng.shuffle(actors)
    insert(cur, "actors", ("actor_id", "first_name", "last_name"),
           [(number, first, last) for number, (first, last) in enumerate(actors, 1)])  # fmt: skip
    star_id = actors.index(STAR) + 1
    idle_actors = set(rng.sample([n for n in range(1, 131) if n != star_id], 7))

    titles = [f"{a} {b}" for a in TITLE_FIRST for b in TITLE_SECOND]
    rng.shuffle(titles)
    films: list[tuple[Any, ...]] = []
    planted_lengths = {0: 191, 1: 187, 2: 185, 3: 184, 4: 182, 5: 41}
    for number in range(1, 421):
        length = planted_lengths.get(number - 1, rng.randint(46, 180))
        year = 1994 if number == 77 else 2025 if number == 301 else rng.randint(2000, 2024)
        features = None if rng.random() < 0.2 else ",".join(sorted(rng.sample(FEATURES, rng.randint(1, 3))))
        films.append((number, titles.pop(), f"{rng.choice(ADJECTIVES)} {rng.choice(SUBJECTS)}", year,
                      rng.choices(range(1, 7), LANGUAGE_WEIGHTS)[0], rng.randint(3, 7),
                      rng.choice((0.99, 2.99, 4.99)), length, rng.randint(9, 29) + 0.99,
                      rng.choices([r for r, _ in RATINGS], [w for _, w in RATINGS])[0], features))  # fmt: skip
    rng.shuffle(films)
    films = [(number, *row[1:]) for number, row in enumerate(films, 1)]
    insert(cur, "films", ("film_id", "title", "description", "release_year", "language_id", "rental_duration",
                          "rental_rate", "length", "replacement_cost", "rating", "special_features"),
           films)  # fmt: skip

    cast: set[tuple[int, int]] = set()
    working = [n for n in range(1, 131) if n not in idle_actors and n != star_id]
    for film in films:
        for actor in rng.sample(working, rng.randint(2, 6)):
            cast.add((actor, film[0]))
    for film in rng.sample(films, 44):
        cast.add((star_id, film[0]))
    insert(cur, "film_actor", ("actor_id", "film_id"), sorted(cast))
    insert(cur, "film_category", ("film_id", "category_id"),
           [(film[0], rng.choices(range(1, 18), CATEGORY_WEIGHTS)[0]) for film in films])  # fmt: skip

    customers: list[tuple[Any, ...]] = []
    people = rng.sample([(f, last) for f in FIRST_NAMES for last in LAST_NAMES], 400)
    country_cities = {cid: [c[0] for c in cities if c[2] == cid] for cid, _ in countries}
    for number, (first, last) in enumerate(people, 1):
        country_id = rng.choices(range(1, len(PLACES) + 1), COUNTRY_WEIGHTS)[0]
        joined = random_moment(rng, last=datetime.date(2026, 10, 31))
        email = None if rng.random() < 0.06 else f"{first}.{last}@members.reelrentals.example".lower()
        customers.append((number, 1 if rng.random() < 0.55 else 2, first, last, email,
                          address(rng.choice(country_cities[country_id])), 0 if rng.random() < 0.07 else 1,
                          iso(joined)))  # fmt: skip
    insert(cur, "address", ("address_id", "address", "address2", "district", "city_id", "postal_code", "phone"),
           addresses)  # fmt: skip
    insert(cur, "staff", ("staff_id", "first_name", "last_name", "address_id", "email", "store_id", "active",
                          "username"), staff_rows)  # fmt: skip
    insert(cur, "stores", ("store_id", "manager_staff_id", "address_id"),
           [(1, 1, store_addresses[0]), (2, 3, store_addresses[1])])  # fmt: skip
    insert(cur, "customers", ("customer_id", "store_id", "first_name", "last_name", "email", "address_id", "active",
                              "create_date"), customers)  # fmt: skip

    inventory: list[tuple[int, int, int]] = []
    stocked = rng.sample(films, 398)
    for film in sorted(stocked):
        for _ in range(rng.randint(1, 7)):
            inventory.append((len(inventory) + 1, film[0], rng.choice((1, 2))))
    insert(cur, "inventory", ("inventory_id", "film_id", "store_id"), inventory)
    film_by_id = {film[0]: film for film in films}

    idle_customers = set(rng.sample(range(1, 401), 8))
    renters = [row for row in customers if row[0] not in idle_customers]
    habits = list(itertools.accumulate(rng.random() ** 2 + 0.15 for _ in renters))
    rentable = rng.sample(inventory, len(inventory) - 60)  # some copies never go out
    appeal = list(itertools.accumulate(rng.random() ** 2 + 0.1 for _ in rentable))
    moments = sorted(random_moment(rng, hours=(10, 22)) for _ in range(5000))
    rentals: list[tuple[Any, ...]] = []
    payments: list[tuple[Any, ...]] = []
    end = datetime.datetime(LAST_DAY.year, LAST_DAY.month, LAST_DAY.day, 23, 59, 59)
    for number, moment in enumerate(moments, 1):
        customer = rng.choices(renters, cum_weights=habits)[0]
        copy = rng.choices(rentable, cum_weights=appeal)[0]
        film = film_by_id[copy[1]]
        staff = rng.choice((1, 2) if copy[2] == 1 else (3, 4))
        if staff == 4 and moment.date() > CALLUM_LEFT:  # Callum has left: Priya works the counter alone
            staff = 3
        kept = datetime.timedelta(days=rng.randint(1, 10), hours=rng.randint(-6, 6), minutes=rng.randrange(60))
        returned: datetime.datetime | None = moment + kept
        if returned is not None and (returned > end or rng.random() < 0.01):
            returned = None
        rentals.append((number, iso(moment), copy[0], customer[0], iso(returned), staff))
        if rng.random() < 0.97:
            late = max(0, (returned - moment).days - film[5]) if returned is not None else 0
            payments.append((len(payments) + 1, customer[0], staff, number, money(film[6] + late),
                             iso(moment + datetime.timedelta(minutes=rng.randint(0, 30)))))  # fmt: skip
    insert(cur, "rentals", ("rental_id", "rental_date", "inventory_id", "customer_id", "return_date", "staff_id"),
           rentals)  # fmt: skip
    insert(cur, "payments", ("payment_id", "customer_id", "staff_id", "rental_id", "amount", "payment_date"), payments)
    con.commit()


FILM_RENTALS = "films f JOIN inventory i ON i.film_id = f.film_id JOIN rentals r ON r.inventory_id = i.inventory_id"
CUSTOMER_COUNTRY = ("customers cu JOIN address a ON a.address_id = cu.address_id "
                    "JOIN city ci ON ci.city_id = a.city_id JOIN country co ON co.country_id = ci.country_id")

QUESTIONS: list[Case] = [
    # plain
    Case("how many films are there", "SELECT COUNT(*) FROM films"),
    Case("how many actors", "SELECT COUNT(*) FROM actors"),
    Case("how many films are rated pg-13", "SELECT COUNT(*) FROM films WHERE rating = 'PG-13'"),
    Case("how many films are longer than 2 hours", "SELECT COUNT(*) FROM films WHERE length > 120"),
    Case("how many different ratings are there", "SELECT COUNT(DISTINCT rating) FROM films"),
    Case("avg film length", "SELECT AVG(length) FROM films"),
    Case("list the categories", "SELECT name FROM categories"),
    Case("how many customers are active", "SELECT COUNT(*) FROM customers WHERE active = 1"),
    Case("number of rentals in 2025",
         "SELECT COUNT(*) FROM rentals WHERE rental_date >= '2025-01-01' AND rental_date < '2026-01-01'"),
    Case("avg payment", "SELECT AVG(amount) FROM payments"),
    # min / max / top-N / first and latest
    Case("longest film", "SELECT title FROM films ORDER BY length DESC LIMIT 1"),
    Case("shortest movie", "SELECT title FROM films ORDER BY length ASC LIMIT 1"),
    Case("5 longest films", "SELECT title FROM films ORDER BY length DESC LIMIT 5"),
    Case("oldest film in the catalogue", "SELECT title FROM films ORDER BY release_year ASC LIMIT 1"),
    Case("what's the newest film", "SELECT title FROM films ORDER BY release_year DESC LIMIT 1"),
    Case("largest payment", "SELECT MAX(amount) FROM payments"),
    Case("whats the highest replacement cost", "SELECT MAX(replacement_cost) FROM films"),
    Case("who rented something most recently",
         "SELECT cu.first_name, cu.last_name FROM rentals r JOIN customers cu ON cu.customer_id = r.customer_id "
         "ORDER BY r.rental_date DESC LIMIT 1"),
    Case("when was the first rental ever", "SELECT MIN(rental_date) FROM rentals"),
    Case("10 most recent rentals", "SELECT rental_id FROM rentals ORDER BY rental_date DESC LIMIT 10"),
    # which Y has the most X
    Case("which category has the most films",
         "SELECT c.name FROM categories c JOIN film_category fc ON fc.category_id = c.category_id "
         "GROUP BY c.category_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which actor has been in the most films",
         "SELECT a.first_name, a.last_name FROM actors a JOIN film_actor fa ON fa.actor_id = a.actor_id "
         "GROUP BY a.actor_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("top 5 customers by amount paid",
         "SELECT cu.first_name, cu.last_name FROM customers cu JOIN payments p ON p.customer_id = cu.customer_id "
         "GROUP BY cu.customer_id ORDER BY SUM(p.amount) DESC LIMIT 5"),
    Case("highest grossing film",
         f"SELECT f.title FROM {FILM_RENTALS} JOIN payments p ON p.rental_id = r.rental_id GROUP BY f.film_id "
         "ORDER BY SUM(p.amount) DESC LIMIT 1"),
    Case("most rented film", f"SELECT f.title FROM {FILM_RENTALS} GROUP BY f.film_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which rating gets rented the most",
         f"SELECT f.rating FROM {FILM_RENTALS} GROUP BY f.rating ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which staff member took the most payments",
         "SELECT s.first_name, s.last_name FROM staff s JOIN payments p ON p.staff_id = s.staff_id "
         "GROUP BY s.staff_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which country do most of our customers live in",
         f"SELECT co.country FROM {CUSTOMER_COUNTRY} GROUP BY co.country_id ORDER BY COUNT(*) DESC LIMIT 1"),
    # per-group breakdowns
    Case("revenue per store",
         "SELECT i.store_id, SUM(p.amount) FROM payments p JOIN rentals r ON r.rental_id = p.rental_id "
         "JOIN inventory i ON i.inventory_id = r.inventory_id GROUP BY i.store_id"),
    Case("payments month by month in 2025",
         "SELECT strftime('%Y-%m', payment_date), SUM(amount) FROM payments "
         "WHERE payment_date >= '2025-01-01' AND payment_date < '2026-01-01' GROUP BY 1"),
    Case("rentals per year", "SELECT strftime('%Y', rental_date), COUNT(*) FROM rentals GROUP BY 1"),
    Case("how many films per rating", "SELECT rating, COUNT(*) FROM films GROUP BY rating"),
    Case("avg rental rate for each category",
         "SELECT c.name, AVG(f.rental_rate) FROM categories c JOIN film_category fc ON fc.category_id = c.category_id "
         "JOIN films f ON f.film_id = fc.film_id GROUP BY c.category_id",
         note="categories with films only"),
    Case("customers split by country", f"SELECT co.country, COUNT(*) FROM {CUSTOMER_COUNTRY} GROUP BY co.country_id"),
    Case("average replacement cost grouped by rating",
         "SELECT rating, AVG(replacement_cost) FROM films GROUP BY rating"),
    # zero-keeping group counts
    Case("number of films in each category",
         "SELECT c.name, COUNT(fc.film_id) FROM categories c "
         "LEFT JOIN film_category fc ON fc.category_id = c.category_id "
         "GROUP BY c.category_id"),
    Case("how many films in each language",
         "SELECT l.name, COUNT(f.film_id) FROM languages l LEFT JOIN films f ON f.language_id = l.language_id "
         "GROUP BY l.language_id"),
    Case("rentals handled by each staff member last month",
         "SELECT s.first_name, s.last_name, COUNT(r.rental_id) FROM staff s LEFT JOIN rentals r "
         "ON r.staff_id = s.staff_id AND r.rental_date >= '2026-10-01' AND r.rental_date < '2026-11-01' "
         "GROUP BY s.staff_id"),
    # anti-joins
    Case("how many films has nobody ever rented",
         "SELECT COUNT(*) FROM films f WHERE NOT EXISTS (SELECT 1 FROM inventory i "
         "JOIN rentals r ON r.inventory_id = i.inventory_id WHERE i.film_id = f.film_id)"),
    Case("actors who aren't in any film",
         "SELECT first_name, last_name FROM actors WHERE actor_id NOT IN (SELECT actor_id FROM film_actor)"),
    Case("customers who never rented anything",
         "SELECT first_name, last_name FROM customers WHERE customer_id NOT IN (SELECT customer_id FROM rentals)"),
    Case("how many films don't we have a single copy of",
         "SELECT COUNT(*) FROM films WHERE film_id NOT IN (SELECT film_id FROM inventory)"),
    # ratios
    Case("what percentage of films are rated r", "SELECT 100.0 * SUM(rating = 'R') / COUNT(*) FROM films"),
    Case("proportion of customers who are inactive", "SELECT 1.0 * SUM(active = 0) / COUNT(*) FROM customers"),
    Case("what % of returned rentals came back late",
         "SELECT 100.0 * SUM(julianday(r.return_date) - julianday(r.rental_date) > f.rental_duration) / COUNT(*) "
         f"FROM {FILM_RENTALS} WHERE r.return_date IS NOT NULL"),
    Case("what share of the takings came from store 1",
         "SELECT SUM(CASE WHEN i.store_id = 1 THEN p.amount ELSE 0 END) / SUM(p.amount) FROM payments p "
         "JOIN rentals r ON r.rental_id = p.rental_id JOIN inventory i ON i.inventory_id = r.inventory_id"),
    # comparison with an aggregate
    Case("how many films are longer than the average film",
         "SELECT COUNT(*) FROM films WHERE length > (SELECT AVG(length) FROM films)"),
    Case("number of films with an above-average rental rate",
         "SELECT COUNT(*) FROM films WHERE rental_rate > (SELECT AVG(rental_rate) FROM films)"),
    # who runs what
    Case("who manages store 2",
         "SELECT s.first_name, s.last_name FROM stores st JOIN staff s ON s.staff_id = st.manager_staff_id "
         "WHERE st.store_id = 2"),
    Case("which store does devon achterberg work at",
         "SELECT store_id FROM staff WHERE first_name = 'Devon' AND last_name = 'Achterberg'"),
    # yes / no
    Case("are there more comedies than dramas",
         "SELECT (SELECT COUNT(*) FROM film_category fc JOIN categories c ON c.category_id = fc.category_id "
         "WHERE c.name = 'Comedy') > (SELECT COUNT(*) FROM film_category fc JOIN categories c "
         "ON c.category_id = fc.category_id WHERE c.name = 'Drama')"),
    Case("do we have more pg films than g films",
         "SELECT (SELECT COUNT(*) FROM films WHERE rating = 'PG') > (SELECT COUNT(*) FROM films WHERE rating = 'G')"),
    # HAVING
    Case("actors in more than 20 films",
         "SELECT a.first_name, a.last_name FROM actors a JOIN film_actor fa ON fa.actor_id = a.actor_id "
         "GROUP BY a.actor_id HAVING COUNT(*) > 20"),
    Case("customers who paid more than $140 in total",
         "SELECT cu.first_name, cu.last_name FROM customers cu JOIN payments p ON p.customer_id = cu.customer_id "
         "GROUP BY cu.customer_id HAVING SUM(p.amount) > 140"),
    Case("categories with at least 30 films",
         "SELECT c.name FROM categories c JOIN film_category fc ON fc.category_id = c.category_id "
         "GROUP BY c.category_id HAVING COUNT(*) >= 30"),
    # date ranges
    Case("rentals in march 2024",
         "SELECT COUNT(*) FROM rentals WHERE rental_date >= '2024-03-01' AND rental_date < '2024-04-01'"),
    Case("how much did we take last year",
         "SELECT SUM(amount) FROM payments WHERE payment_date >= '2025-01-01' AND payment_date < '2026-01-01'"),
    Case("rentals in Q3 2025",
         "SELECT COUNT(*) FROM rentals WHERE rental_date >= '2025-07-01' AND rental_date < '2025-10-01'"),
    Case("how many rentals since june", "SELECT COUNT(*) FROM rentals WHERE rental_date >= '2026-06-01'"),
    Case("how many customers signed up before 2024", "SELECT COUNT(*) FROM customers WHERE create_date < '2024-01-01'"),
    Case("takings last month",
         "SELECT SUM(amount) FROM payments WHERE payment_date >= '2026-10-01' AND payment_date < '2026-11-01'"),
    # names and places
    Case("how many films has milo fairbanks been in",
         "SELECT COUNT(*) FROM film_actor fa JOIN actors a ON a.actor_id = fa.actor_id "
         "WHERE a.first_name = 'MILO' AND a.last_name = 'FAIRBANKS'"),
    Case("how many customers live in kelowna", f"SELECT COUNT(*) FROM {CUSTOMER_COUNTRY} WHERE ci.city = 'Kelowna'"),
    Case("how many copies of jungle fugitive do we have",
         "SELECT COUNT(*) FROM inventory i JOIN films f ON f.film_id = i.film_id WHERE f.title = 'JUNGLE FUGITIVE'"),
    Case("how much has maeve ellington paid us",
         "SELECT SUM(p.amount) FROM payments p JOIN customers cu ON cu.customer_id = p.customer_id "
         "WHERE cu.first_name = 'MAEVE' AND cu.last_name = 'ELLINGTON'"),
    Case("how many customers from canada", f"SELECT COUNT(*) FROM {CUSTOMER_COUNTRY} WHERE co.country = 'Canada'"),
    # NULLs
    Case("rentals not returned yet", "SELECT COUNT(*) FROM rentals WHERE return_date IS NULL"),
    Case("how many customers have no email", "SELECT COUNT(*) FROM customers WHERE email IS NULL"),
    Case("films without special features", "SELECT COUNT(*) FROM films WHERE special_features IS NULL"),
    # composed
    Case("top 3 categories by revenue in 2025",
         f"SELECT c.name FROM {FILM_RENTALS} JOIN payments p ON p.rental_id = r.rental_id "
         "JOIN film_category fc ON fc.film_id = f.film_id JOIN categories c ON c.category_id = fc.category_id "
         "WHERE p.payment_date >= '2025-01-01' AND p.payment_date < '2026-01-01' GROUP BY c.category_id "
         "ORDER BY SUM(p.amount) DESC LIMIT 3"),
    Case("the 2 most rented pg films",
         f"SELECT f.title FROM {FILM_RENTALS} WHERE f.rating = 'PG' GROUP BY f.film_id ORDER BY COUNT(*) DESC LIMIT 2"),
    Case("longest g-rated film", "SELECT title FROM films WHERE rating = 'G' ORDER BY length DESC LIMIT 1"),
    Case("in store 1, which customer spent the most?",
         "SELECT cu.first_name, cu.last_name FROM customers cu JOIN payments p ON p.customer_id = cu.customer_id "
         "WHERE cu.store_id = 1 GROUP BY cu.customer_id ORDER BY SUM(p.amount) DESC LIMIT 1"),
    Case("average rental duration in days for returned rentals",
         "SELECT AVG(julianday(return_date) - julianday(rental_date)) FROM rentals WHERE return_date IS NOT NULL"),
    # should be refused
    Case("which film is the scariest", None),
    Case("who is the best actor ever", None),
    Case("will horror films be popular next year", None),
    Case("what's the weather in kelowna", None),
    Case("how many oscars did dawn island win", None),
    Case("which customer will rent next", None),
    Case("what was the box office of jungle fugitive", None),
    Case("who directed rodeo princess", None),
    Case("how many people watched galaxy legend in cinemas", None),
    Case("what's a good movie to watch with the kids tonight", None),
    Case("predict december's rentals", None),
    Case("why do customers like sports films so much", None),
]
