"""A music download store in the shape of the Chinook layout, with its own (invented) catalogue and people.

artists, albums, tracks (milliseconds, bytes, unit_price), genres, media_types, customers, employees
(reports_to: a self-reference), invoices, invoice_lines, playlists and playlist_tracks.
"""

from __future__ import annotations

import datetime
import itertools
import random
from typing import Any

from .common import Case, create, insert, iso, money, random_day

SEED = 1971

SCHEMA = (
    "CREATE TABLE artists (artist_id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
    "CREATE TABLE genres (genre_id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
    "CREATE TABLE media_types (media_type_id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
    "CREATE TABLE albums (album_id INTEGER PRIMARY KEY, title TEXT NOT NULL, "
    "artist_id INTEGER NOT NULL REFERENCES artists (artist_id))",
    "CREATE TABLE tracks (track_id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
    "album_id INTEGER REFERENCES albums (album_id), "
    "media_type_id INTEGER NOT NULL REFERENCES media_types (media_type_id), "
    "genre_id INTEGER REFERENCES genres (genre_id), composer TEXT, milliseconds INTEGER NOT NULL, bytes INTEGER, "
    "unit_price REAL NOT NULL)",
    "CREATE TABLE employees (employee_id INTEGER PRIMARY KEY, last_name TEXT NOT NULL, first_name TEXT NOT NULL, "
    "title TEXT, reports_to INTEGER REFERENCES employees (employee_id), birth_date DATE, hire_date DATE, "
    "address TEXT, city TEXT, state TEXT, country TEXT, postal_code TEXT, phone TEXT, fax TEXT, email TEXT)",
    "CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL, "
    "company TEXT, address TEXT, city TEXT, state TEXT, country TEXT, postal_code TEXT, phone TEXT, fax TEXT, "
    "email TEXT NOT NULL, support_rep_id INTEGER REFERENCES employees (employee_id))",
    "CREATE TABLE invoices (invoice_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL "
    "REFERENCES customers (customer_id), invoice_date DATETIME NOT NULL, billing_address TEXT, billing_city TEXT, "
    "billing_state TEXT, billing_country TEXT, billing_postal_code TEXT, total REAL NOT NULL)",
    "CREATE TABLE invoice_lines (invoice_line_id INTEGER PRIMARY KEY, invoice_id INTEGER NOT NULL "
    "REFERENCES invoices (invoice_id), track_id INTEGER NOT NULL REFERENCES tracks (track_id), "
    "unit_price REAL NOT NULL, quantity INTEGER NOT NULL)",
    "CREATE TABLE playlists (playlist_id INTEGER PRIMARY KEY, name TEXT)",
    "CREATE TABLE playlist_tracks (playlist_id INTEGER NOT NULL REFERENCES playlists (playlist_id), "
    "track_id INTEGER NOT NULL REFERENCES tracks (track_id), PRIMARY KEY (playlist_id, track_id))",
)

# genre, weight of albums; the last two never get a track.
GENRES = (
    ("Rock", 30), ("Jazz", 10), ("Metal", 9), ("Alternative", 9), ("Blues", 6), ("Latin", 8), ("Classical", 6),
    ("Pop", 8), ("Electronic", 6), ("Hip Hop", 4), ("Reggae", 3), ("TV Shows", 3), ("Spoken Word", 0),
    ("Opera", 0),
)  # fmt: skip
MEDIA_TYPES = ("MPEG audio file", "AAC audio file", "Protected AAC audio file", "FLAC lossless file",
               "MPEG-4 video file", "Purchased AAC audio file")  # fmt: skip
AUDIO_MEDIA = ((1, 60, 0.99), (2, 20, 0.99), (3, 10, 0.99), (4, 10, 1.29))  # media_type_id, weight, price

BAND_FIRST = ("Copper", "Midnight", "Velvet", "Hollow", "Neon", "Silver", "Crimson", "Quiet", "Electric", "Golden",
              "Paper", "Wild", "Lunar", "Rusty", "Northern", "Broken", "Static", "Amber")  # fmt: skip
BAND_SECOND = ("Lanterns", "Orchard", "Harbor", "Pilots", "Foxes", "Engines", "Choir", "Tides", "Saints", "Radio",
               "Canyon", "Sparrows", "Machines", "Gardens", "Wolves", "Parade")  # fmt: skip
SOLO_ARTISTS = ("Mara Quinlan", "Dex Holloway", "Ines Carvalho", "Yusuf Demir", "Lena Sorensen", "Otis Fairweather",
                "Camila Duarte", "Rafael Ortega", "Hiroshi Tanabe", "Beatrix Lowe", "Kwame Asante", "Nadia Petrova",
                "The Adeyemi Quartet", "Orquesta del Sur")  # fmt: skip
ALBUM_OPENERS = ("Echoes of", "Letters from", "Songs for", "Nights in", "Return to", "Live at", "Ghosts of",
                 "Summer in", "Tales from", "Dreams of", "Notes from", "Lights over")  # fmt: skip
ALBUM_PLACES = ("Lisbon", "the Harbor", "Saturn", "the Valley", "Winter", "Tomorrow", "Paper Towns", "the Lighthouse",
                "Glass City", "Route 9", "the Deep End", "Kingston", "the Old Mill", "Blue Mountain")  # fmt: skip
TRACK_FIRST = ("Blue", "Slow", "Burning", "Silent", "Golden", "Broken", "Endless", "Midnight", "Electric", "Lonely",
               "Sweet", "Falling", "Restless", "Hidden", "Crystal", "Distant", "Paper", "Velvet", "Wild", "Frozen",
               "Painted", "Lucky", "Hollow", "Bright", "Secret", "Dusty", "Empty", "Sleepless", "Last", "Neon",
               "Summer", "Northern", "Little", "Heavy", "Gentle", "Stolen", "Rising", "Faded", "Open",
               "Drifting")  # fmt: skip
TRACK_SECOND = ("Horizon", "River", "Highway", "Heart", "Window", "Letter", "Garden", "Station", "Mirror", "Fire",
                "Rain", "Shadow", "Harbor", "Morning", "Circle", "Signal", "Engine", "Ocean", "Thunder", "Dance",
                "Promise", "Lullaby", "Runaway", "Avenue", "Parade", "Island", "Echo", "Satellite", "Sunrise", "Street",
                "Anthem", "Coast", "Skyline", "Ballad", "Waltz", "Season", "Ladder", "Compass", "Lantern", "Feather",
                "Bridge", "Canyon", "Radio", "Prayer", "Mountain", "Wire", "Stone", "Ember", "Tide",
                "Frontier")  # fmt: skip
COMPOSERS = ("J. Whitcombe", "A. Moreno", "K. Lindqvist", "R. Abara", "S. Nakamura", "T. Okafor", "M. Delacroix",
             "P. Rossi", "E. Brandt", "L. Gallagher", "D. Haddad", "C. Muller", "F. Ibarra", "G. Novak")  # fmt: skip

# id, last, first, title, reports_to, birth, hire, city, state, country
EMPLOYEES = (
    (1, "Olsen", "Margaret", "General Manager", None, "1968-03-22", "2021-08-14", "Halifax", "NS", "Canada"),
    (2, "Reyes", "Colin", "Sales Manager", 1, "1975-11-29", "2021-09-01", "Halifax", "NS", "Canada"),
    (3, "Natarajan", "Priya", "IT Manager", 1, "1979-06-05", "2021-10-18", "Halifax", "NS", "Canada"),
    (4, "Whitlock", "Hannah", "Sales Support Agent", 2, "1988-01-17", "2022-02-07", "Dartmouth", "NS", "Canada"),
    (5, "Brandt", "Tomas", "Sales Support Agent", 2, "1991-12-08", "2022-05-23", "Halifax", "NS", "Canada"),
    (6, "Coleman", "Aisha", "Sales Support Agent", 2, "1985-08-30", "2023-03-13", "Moncton", "NB", "Canada"),
    (7, "Park", "Leo", "IT Staff", 3, "1996-04-11", "2023-06-05", "Halifax", "NS", "Canada"),
    (8, "Abernathy", "Ruth", "IT Staff", 3, "1972-02-02", "2024-01-15", "Truro", "NS", "Canada"),
)  # fmt: skip

# country, weight, [(city, state)]
PLACES = (
    ("USA", 22, (("New York", "NY"), ("Chicago", "IL"), ("Austin", "TX"), ("Seattle", "WA"), ("Boston", "MA"))),
    ("Canada", 10, (("Toronto", "ON"), ("Vancouver", "BC"), ("Montreal", "QC"))),
    ("Brazil", 8, (("Sao Paulo", "SP"), ("Rio de Janeiro", "RJ"))),
    ("United Kingdom", 7, (("London", None), ("Manchester", None))),
    ("France", 7, (("Paris", None), ("Lyon", None))),
    ("Germany", 6, (("Berlin", None), ("Munich", None))),
    ("India", 4, (("Delhi", None), ("Bangalore", None))),
    ("Portugal", 3, (("Lisbon", None),)),
    ("Sweden", 2, (("Stockholm", None),)),
    ("Australia", 3, (("Sydney", "NSW"),)),
    ("Chile", 2, (("Santiago", None),)),
    ("Poland", 2, (("Warsaw", None),)),
    ("Netherlands", 2, (("Amsterdam", None),)),
)  # fmt: skip
CUSTOMER_FIRST = ("Ana", "Bruno", "Chloe", "Diego", "Elena", "Farid", "Grace", "Hugo", "Isla", "Jonas", "Keiko",
                  "Liam", "Maya", "Nico", "Olivia", "Pedro", "Quinn", "Rosa", "Sven", "Tara", "Umar", "Vera",
                  "Wes", "Ximena", "Yara", "Zoe", "Aaron", "Bianca", "Caleb", "Daria")  # fmt: skip
CUSTOMER_LAST = ("Silva", "Novak", "Fischer", "Murphy", "Laurent", "Kowalski", "Haddad", "Jensen", "Okoro", "Patel",
                 "Romero", "Schultz", "Tanaka", "Vargas", "Walsh", "Yilmaz", "Andersson", "Bianchi", "Costa",
                 "Dubois", "Evans", "Ferreira", "Gupta", "Hughes", "Ivanova")  # fmt: skip
COMPANIES = ("Brightwave Media", "Northwind Audio", "Kestrel Labs", "Bluefin Studios", "Harbor Digital",
             "Lumen Records", "Octave Systems", "Pinecone Games", "Redshift Radio", "Tandem Works")  # fmt: skip
PLAYLISTS = ("Music", "Road Trip", "Workout", "Chill Evenings", "90s Music", "Classical Picks", "Jazz Brunch",
             "Top 25", "TV Episodes", "Audiobooks", "Party Starters", "Study Focus")  # fmt: skip


def build(con: Any) -> None:
    """Create the music store's tables in `con` (any DB-API connection) and fill them with seeded data."""
    rng = random.Random(SEED)
    cur = con.cursor()
    create(cur, SCHEMA)
    insert(cur, "genres", ("genre_id", "name"), enumerate((name for name, _ in GENRES), 1))
    insert(cur, "media_types", ("media_type_id", "name"), enumerate(MEDIA_TYPES, 1))

    bands = [f"{first} {second}" for first in BAND_FIRST for second in BAND_SECOND]
    artists = ["Midnight Orchard", *rng.sample([b for b in bands if b != "Midnight Orchard"], 47), *SOLO_ARTISTS]
    rng.shuffle(artists)
    insert(cur, "artists", ("artist_id", "name"), enumerate(artists, 1))
    artist_ids = {name: number for number, name in enumerate(artists, 1)}
    silent = set(rng.sample([name for name in artists if name != "Midnight Orchard"], 8))  # never made an album

    titles = [f"{opener} {place}" for opener in ALBUM_OPENERS for place in ALBUM_PLACES]
    rng.shuffle(titles)
    albums: list[tuple[int, str, int, int]] = []  # id, title, artist, genre
    genre_weights = [weight for _, weight in GENRES]
    for name in artists:
        if name in silent:
            continue
        count = 9 if name == "Midnight Orchard" else rng.choice((1, 1, 2, 2, 2, 3, 3, 4, 5))
        home_genre = rng.choices(range(1, len(GENRES) + 1), genre_weights)[0]
        for _ in range(count):
            genre = home_genre if rng.random() < 0.8 else rng.choices(range(1, len(GENRES) + 1), genre_weights)[0]
            albums.append((len(albums) + 1, titles.pop(), artist_ids[name], genre))
    insert(cur, "albums", ("album_id", "title", "artist_id"), [row[:3] for row in albums])

    names = [f"{first} {second}" for first in TRACK_FIRST for second in TRACK_SECOND]
    rng.shuffle(names)
    tracks: list[tuple[Any, ...]] = []
    biggest = rng.choice([album for album in albums if album[3] != 12])[0]  # one album holds 22 tracks
    for album_id, _, _, genre in albums:
        video = genre == 12
        count = 22 if album_id == biggest else rng.randint(5, 10) if video else rng.randint(8, 16)
        composer = None if video or rng.random() < 0.3 else rng.choice(COMPOSERS)
        for _ in range(count):
            if video:
                media, price = 5, 1.99
                ms = rng.randint(1_250_000, 2_900_000)
                size = int(ms * rng.uniform(180, 260))
            else:
                media, _weight, price = rng.choices(AUDIO_MEDIA, [m[1] for m in AUDIO_MEDIA])[0]
                low, high = (200_000, 760_000) if genre in (2, 7) else (130_000, 430_000)
                ms = rng.randint(low, high)
                size = int(ms * rng.uniform(28, 34) * (3 if media == 4 else 1))
            writer = composer if rng.random() < 0.85 else None
            tracks.append((len(tracks) + 1, names.pop(), album_id, media, genre, writer, ms, size, price))
    insert(cur, "tracks", ("track_id", "name", "album_id", "media_type_id", "genre_id", "composer", "milliseconds",
                           "bytes", "unit_price"), tracks)  # fmt: skip

    staff = [
        (number, last, first, title, boss, born, hired, f"{100 + number * 7} Spring Garden Rd", city, state, country,
         f"B3H {number}K{number}", f"+1 (902) 555-01{number:02d}",
         f"+1 (902) 555-09{number:02d}" if number <= 3 else None,
         f"{first.lower()}.{last.lower()}@tunebarn.example")
        for number, last, first, title, boss, born, hired, city, state, country in EMPLOYEES
    ]  # fmt: skip
    insert(cur, "employees", ("employee_id", "last_name", "first_name", "title", "reports_to", "birth_date",
                              "hire_date", "address", "city", "state", "country", "postal_code", "phone", "fax",
                              "email"), staff)  # fmt: skip

    customers: list[tuple[Any, ...]] = []
    people = rng.sample([(first, last) for first in CUSTOMER_FIRST for last in CUSTOMER_LAST], 90)
    country_weights = [weight for _, weight, _ in PLACES]
    for number, (first, last) in enumerate(people, 1):
        country, _, cities = rng.choices(PLACES, country_weights)[0]
        city, state = rng.choice(cities)
        company = rng.choice(COMPANIES) if rng.random() < 0.15 else None
        fax = f"+{rng.randint(1, 99)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}" if rng.random() < 0.2 else None
        customers.append((number, first, last, company, f"{rng.randint(1, 400)} {rng.choice(ALBUM_PLACES)} St",
                          city, state, country, f"{rng.randint(10000, 99999)}",
                          f"+{rng.randint(1, 99)} {rng.randint(100, 999)} {rng.randint(100000, 999999)}", fax,
                          f"{first.lower()}.{last.lower()}@{rng.choice(('mail.example', 'post.example'))}",
                          rng.choice((4, 5, 6))))  # fmt: skip
    insert(cur, "customers", ("customer_id", "first_name", "last_name", "company", "address", "city", "state",
                              "country", "postal_code", "phone", "fax", "email", "support_rep_id"),
           customers)  # fmt: skip

    never = set(rng.sample(range(1, 91), 10))  # customers who never bought anything
    buyers = [row for row in customers if row[0] not in never]
    loyalty = list(itertools.accumulate(rng.random() ** 2 + 0.2 for _ in buyers))
    sellable = [row for row in tracks if rng.random() < 0.72]
    popularity = list(itertools.accumulate(rng.random() ** 3 + 0.05 for _ in sellable))
    days = sorted(random_day(rng, last=datetime.date(2026, 11, 2)) for _ in range(995))
    days += [datetime.date(2026, 11, day) for day in (4, 6, 8, 10, 14)]  # the latest invoices: a day each
    invoices: list[tuple[Any, ...]] = []
    lines: list[tuple[Any, ...]] = []
    for number, day in enumerate(days, 1):
        customer = rng.choices(buyers, cum_weights=loyalty)[0]
        size = rng.choice((1, 1, 2, 2, 3, 4, 6, 9))
        chosen = {row[0]: row for row in rng.choices(sellable, cum_weights=popularity, k=size)}
        total = 0.0
        for track_id, row in chosen.items():
            quantity = 2 if rng.random() < 0.08 else 1
            lines.append((len(lines) + 1, number, track_id, row[8], quantity))
            total += row[8] * quantity
        invoices.append((number, customer[0], f"{iso(day)} 00:00:00", customer[4], customer[5], customer[6],
                         customer[7], customer[8], money(total)))  # fmt: skip
    insert(cur, "invoices", ("invoice_id", "customer_id", "invoice_date", "billing_address", "billing_city",
                             "billing_state", "billing_country", "billing_postal_code", "total"), invoices)  # fmt: skip
    insert(cur, "invoice_lines", ("invoice_line_id", "invoice_id", "track_id", "unit_price", "quantity"), lines)

    insert(cur, "playlists", ("playlist_id", "name"), enumerate(PLAYLISTS, 1))
    members: list[tuple[int, int]] = []
    audio = [t[0] for t in tracks if t[4] != 12]
    picks = {
        1: rng.sample(audio, 640), 2: rng.sample(audio, 48), 3: rng.sample(audio, 75), 4: rng.sample(audio, 37),
        5: rng.sample(audio, 112), 6: [t[0] for t in tracks if t[4] == 7][:93],
        7: [t[0] for t in tracks if t[4] == 2][:66], 8: rng.sample(audio, 25), 9: [t[0] for t in tracks if t[4] == 12],
        10: [], 11: rng.sample(audio, 58), 12: [],
    }  # fmt: skip
    for playlist, chosen_ids in picks.items():
        members.extend((playlist, track) for track in sorted(chosen_ids))
    insert(cur, "playlist_tracks", ("playlist_id", "track_id"), members)
    con.commit()


NAME = "c.first_name, c.last_name"

QUESTIONS: list[Case] = [
    # plain counts and lists
    Case("how many tracks are there", "SELECT COUNT(*) FROM tracks"),
    Case("how many albums do we have?", "SELECT COUNT(*) FROM albums"),
    Case("number of artists", "SELECT COUNT(*) FROM artists"),
    Case("how many customers are from brazil", "SELECT COUNT(*) FROM customers WHERE country = 'Brazil'"),
    Case("list all the genres", "SELECT name FROM genres"),
    Case("how many invoices were there in 2024",
         "SELECT COUNT(*) FROM invoices WHERE invoice_date >= '2024-01-01' AND invoice_date < '2025-01-01'"),
    Case("total sales", "SELECT SUM(total) FROM invoices"),
    Case("avg invoice total", "SELECT AVG(total) FROM invoices"),
    Case("how many custmers do we have in the usa", "SELECT COUNT(*) FROM customers WHERE country = 'USA'"),
    Case("how many diffrent countries are our customers from", "SELECT COUNT(DISTINCT country) FROM customers"),
    Case("how many distinct composers are there", "SELECT COUNT(DISTINCT composer) FROM tracks"),
    Case("what's the average track price", "SELECT AVG(unit_price) FROM tracks"),
    Case("list customers from the uk",
         "SELECT first_name, last_name FROM customers WHERE country = 'United Kingdom'"),
    # min / max / top-N / bottom-N
    Case("whats the longest track", "SELECT name FROM tracks ORDER BY milliseconds DESC LIMIT 1"),
    Case("show me the 5 longest tracks", "SELECT name FROM tracks ORDER BY milliseconds DESC LIMIT 5"),
    Case("shortest song?", "SELECT name FROM tracks ORDER BY milliseconds ASC LIMIT 1"),
    Case("the 3 shortest tracks", "SELECT name FROM tracks ORDER BY milliseconds ASC LIMIT 3"),
    Case("5 biggest invoices", "SELECT invoice_id FROM invoices ORDER BY total DESC LIMIT 5"),
    Case("what's the biggest single invoice total", "SELECT MAX(total) FROM invoices"),
    Case("when was the very first invoice", "SELECT MIN(invoice_date) FROM invoices"),
    Case("the 3 most recent invoices", "SELECT invoice_id FROM invoices ORDER BY invoice_date DESC LIMIT 3"),
    Case("avrage track length in minutes", "SELECT AVG(milliseconds) / 60000.0 FROM tracks"),
    # which Y has the most X
    Case("which genre has the most tracks",
         "SELECT g.name FROM genres g JOIN tracks t ON t.genre_id = g.genre_id GROUP BY g.genre_id "
         "ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which artist has the most albums",
         "SELECT ar.name FROM artists ar JOIN albums al ON al.artist_id = ar.artist_id GROUP BY ar.artist_id "
         "ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which album has the most tracks on it",
         "SELECT a.title FROM albums a JOIN tracks t ON t.album_id = a.album_id GROUP BY a.album_id "
         "ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("longest album by total running time",
         "SELECT a.title FROM albums a JOIN tracks t ON t.album_id = a.album_id GROUP BY a.album_id "
         "ORDER BY SUM(t.milliseconds) DESC LIMIT 1"),
    Case("whos our best customer",
         f"SELECT {NAME} FROM customers c JOIN invoices i ON i.customer_id = c.customer_id GROUP BY c.customer_id "
         "ORDER BY SUM(i.total) DESC LIMIT 1"),
    Case("top 5 customers by total spend",
         f"SELECT {NAME} FROM customers c JOIN invoices i ON i.customer_id = c.customer_id GROUP BY c.customer_id "
         "ORDER BY SUM(i.total) DESC LIMIT 5"),
    Case("best selling track",
         "SELECT t.name FROM tracks t JOIN invoice_lines il ON il.track_id = t.track_id GROUP BY t.track_id "
         "ORDER BY SUM(il.quantity) DESC LIMIT 1"),
    Case("which country has the most customers",
         "SELECT country FROM customers GROUP BY country ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("which sales rep's customers brought in the most money",
         "SELECT e.first_name, e.last_name FROM employees e JOIN customers c ON c.support_rep_id = e.employee_id "
         "JOIN invoices i ON i.customer_id = c.customer_id GROUP BY e.employee_id ORDER BY SUM(i.total) DESC LIMIT 1"),
    # per-group breakdowns
    Case("sales by country", "SELECT billing_country, SUM(total) FROM invoices GROUP BY billing_country"),
    Case("how many invoices per year",
         "SELECT strftime('%Y', invoice_date), COUNT(*) FROM invoices GROUP BY 1"),
    Case("revenue month by month in 2025",
         "SELECT strftime('%Y-%m', invoice_date), SUM(total) FROM invoices "
         "WHERE invoice_date >= '2025-01-01' AND invoice_date < '2026-01-01' GROUP BY 1"),
    Case("revenue per genre",
         "SELECT g.name, SUM(il.unit_price * il.quantity) FROM invoice_lines il "
         "JOIN tracks t ON t.track_id = il.track_id JOIN genres g ON g.genre_id = t.genre_id GROUP BY g.genre_id",
         note="genres with sales only"),
    Case("employees per city", "SELECT city, COUNT(*) FROM employees GROUP BY city"),
    Case("how many customers does each support agent look after",
         "SELECT e.first_name, e.last_name, COUNT(*) FROM employees e "
         "JOIN customers c ON c.support_rep_id = e.employee_id GROUP BY e.employee_id"),
    # zero-keeping group counts
    Case("number of tracks in each genre",
         "SELECT g.name, COUNT(t.track_id) FROM genres g LEFT JOIN tracks t ON t.genre_id = g.genre_id "
         "GROUP BY g.genre_id"),
    Case("how many tracks on each playlist",
         "SELECT p.name, COUNT(pt.track_id) FROM playlists p "
         "LEFT JOIN playlist_tracks pt ON pt.playlist_id = p.playlist_id GROUP BY p.playlist_id"),
    Case("track count broken down by media type",
         "SELECT m.name, COUNT(t.track_id) FROM media_types m "
         "LEFT JOIN tracks t ON t.media_type_id = m.media_type_id GROUP BY m.media_type_id"),
    # anti-joins
    Case("artists that have no albums",
         "SELECT name FROM artists WHERE artist_id NOT IN (SELECT artist_id FROM albums)"),
    Case("how many tracks have never been sold",
         "SELECT COUNT(*) FROM tracks WHERE track_id NOT IN (SELECT track_id FROM invoice_lines)"),
    Case("customers who never bought anything",
         "SELECT first_name, last_name FROM customers WHERE customer_id NOT IN (SELECT customer_id FROM invoices)"),
    Case("empty playlists",
         "SELECT name FROM playlists WHERE playlist_id NOT IN (SELECT playlist_id FROM playlist_tracks)"),
    # ratios
    Case("what percentage of tracks are longer than 5 minutes",
         "SELECT 100.0 * SUM(milliseconds > 300000) / COUNT(*) FROM tracks"),
    Case("what share of our revenue comes from the usa",
         "SELECT SUM(CASE WHEN billing_country = 'USA' THEN total ELSE 0 END) / SUM(total) FROM invoices"),
    Case("what proportion of customers have never bought anything",
         "SELECT 1.0 * SUM(customer_id NOT IN (SELECT customer_id FROM invoices)) / COUNT(*) FROM customers"),
    # comparison with an aggregate
    Case("how many tracks are longer than the average track",
         "SELECT COUNT(*) FROM tracks WHERE milliseconds > (SELECT AVG(milliseconds) FROM tracks)"),
    Case("how many tracks cost more than the average track price",
         "SELECT COUNT(*) FROM tracks WHERE unit_price > (SELECT AVG(unit_price) FROM tracks)"),
    # self-reference
    Case("who does hannah whitlock report to",
         "SELECT m.first_name, m.last_name FROM employees e JOIN employees m ON m.employee_id = e.reports_to "
         "WHERE e.first_name = 'Hannah' AND e.last_name = 'Whitlock'"),
    Case("which employees report to colin reyes",
         "SELECT e.first_name, e.last_name FROM employees e JOIN employees m ON m.employee_id = e.reports_to "
         "WHERE m.first_name = 'Colin' AND m.last_name = 'Reyes'"),
    Case("who's at the top of the org chart, the one who reports to nobody",
         "SELECT first_name, last_name FROM employees WHERE reports_to IS NULL"),
    # yes / no
    Case("are there more jazz tracks than blues tracks",
         "SELECT (SELECT COUNT(*) FROM tracks t JOIN genres g ON g.genre_id = t.genre_id WHERE g.name = 'Jazz') > "
         "(SELECT COUNT(*) FROM tracks t JOIN genres g ON g.genre_id = t.genre_id WHERE g.name = 'Blues')"),
    Case("do we have more customers in germany than in france?",
         "SELECT (SELECT COUNT(*) FROM customers WHERE country = 'Germany') > "
         "(SELECT COUNT(*) FROM customers WHERE country = 'France')",
         note="10 each: no"),
    # HAVING
    Case("genres with more than 150 tracks",
         "SELECT g.name FROM genres g JOIN tracks t ON t.genre_id = g.genre_id GROUP BY g.genre_id "
         "HAVING COUNT(*) > 150"),
    Case("customers who spent over $100 in total",
         f"SELECT {NAME} FROM customers c JOIN invoices i ON i.customer_id = c.customer_id GROUP BY c.customer_id "
         "HAVING SUM(i.total) > 100"),
    # date ranges
    Case("how many invoices in march 2024",
         "SELECT COUNT(*) FROM invoices WHERE invoice_date >= '2024-03-01' AND invoice_date < '2024-04-01'"),
    Case("total revenue last year",
         "SELECT SUM(total) FROM invoices WHERE invoice_date >= '2025-01-01' AND invoice_date < '2026-01-01'"),
    Case("how much did we make in Q3 2025",
         "SELECT SUM(total) FROM invoices WHERE invoice_date >= '2025-07-01' AND invoice_date < '2025-10-01'"),
    Case("how many invoices since june", "SELECT COUNT(*) FROM invoices WHERE invoice_date >= '2026-06-01'"),
    Case("how many invoices were issued before 2024",
         "SELECT COUNT(*) FROM invoices WHERE invoice_date < '2024-01-01'"),
    Case("how many tracks were sold this year",
         "SELECT SUM(il.quantity) FROM invoice_lines il JOIN invoices i ON i.invoice_id = il.invoice_id "
         "WHERE i.invoice_date >= '2026-01-01'"),
    Case("invoices last month",
         "SELECT COUNT(*) FROM invoices WHERE invoice_date >= '2026-10-01' AND invoice_date < '2026-11-01'"),
    # filters on names and places
    Case("how many tracks does midnight orchard have",
         "SELECT COUNT(*) FROM tracks t JOIN albums a ON a.album_id = t.album_id "
         "JOIN artists ar ON ar.artist_id = a.artist_id WHERE ar.name = 'Midnight Orchard'"),
    Case("albums by nadia petrova",
         "SELECT a.title FROM albums a JOIN artists ar ON ar.artist_id = a.artist_id WHERE ar.name = 'Nadia Petrova'"),
    Case("customers in lisbon", "SELECT first_name, last_name FROM customers WHERE city = 'Lisbon'"),
    Case("what did grace ivanova spend in total",
         "SELECT SUM(i.total) FROM invoices i JOIN customers c ON c.customer_id = i.customer_id "
         "WHERE c.first_name = 'Grace' AND c.last_name = 'Ivanova'"),
    Case("total minutes of jazz",
         "SELECT SUM(t.milliseconds) / 60000.0 FROM tracks t JOIN genres g ON g.genre_id = t.genre_id "
         "WHERE g.name = 'Jazz'"),
    Case("how many video tracks are there",
         "SELECT COUNT(*) FROM tracks t JOIN media_types m ON m.media_type_id = t.media_type_id "
         "WHERE m.name = 'MPEG-4 video file'"),
    # NULLs
    Case("how many tracks have no composer", "SELECT COUNT(*) FROM tracks WHERE composer IS NULL"),
    Case("how many customers don't have a company listed", "SELECT COUNT(*) FROM customers WHERE company IS NULL"),
    # composed
    Case("which artist has the most rock tracks",
         "SELECT ar.name FROM artists ar JOIN albums a ON a.artist_id = ar.artist_id "
         "JOIN tracks t ON t.album_id = a.album_id JOIN genres g ON g.genre_id = t.genre_id WHERE g.name = 'Rock' "
         "GROUP BY ar.artist_id ORDER BY COUNT(*) DESC LIMIT 1"),
    Case("who spent the most in 2025 among customers in the usa",
         f"SELECT {NAME} FROM customers c JOIN invoices i ON i.customer_id = c.customer_id "
         "WHERE c.country = 'USA' AND i.invoice_date >= '2025-01-01' AND i.invoice_date < '2026-01-01' "
         "GROUP BY c.customer_id ORDER BY SUM(i.total) DESC LIMIT 1"),
    Case("average number of tracks per album",
         "SELECT AVG(n) FROM (SELECT COUNT(*) AS n FROM tracks GROUP BY album_id)"),
    # people: ages and birthdays
    Case("who is the oldest employee", "SELECT first_name, last_name FROM employees ORDER BY birth_date LIMIT 1"),
    Case("youngest employee", "SELECT first_name, last_name FROM employees ORDER BY birth_date DESC LIMIT 1"),
    Case("whose birthday is coming up next",
         "SELECT first_name, last_name FROM employees ORDER BY "
         "(strftime('%m-%d', birth_date) < '11-18'), strftime('%m-%d', birth_date) LIMIT 1"),
    Case("how old is margaret olsen",
         "SELECT 2026 - CAST(strftime('%Y', birth_date) AS INTEGER) - (strftime('%m-%d', birth_date) > '11-18') "
         "FROM employees WHERE first_name = 'Margaret' AND last_name = 'Olsen'"),
    Case("who was hired first", "SELECT first_name, last_name FROM employees ORDER BY hire_date LIMIT 1"),
    # should be refused
    Case("what's the weather in london", None),
    Case("which album is the most underrated", None),
    Case("predict next year's revenue", None),
    Case("what will our sales be in december 2027", None),
    Case("who is the best singer of all time", None),
    Case("why did customers in germany stop buying", None),
    Case("show me the lyrics of the longest track", None),
    Case("which tracks make people happy", None),
    Case("how many streams did midnight orchard get on spotify", None),
    Case("what is the meaning of life", None),
    Case("recommend me a good jazz album for a rainy day", None),
    Case("which customer is most likely to cancel next month", None),
]
